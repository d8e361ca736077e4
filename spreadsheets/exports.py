"""Writing exports of admin listings (Wagtail's list_export).

The files, and the background export that writes a listing larger than
settings.IMPORT_BACKGROUND_ROWS to the private bucket, downloaded through a short-lived presigned
URL (the Export buttons are in listing_exports.py).

The task replays the listing's own view (resolved from its path, with the same query string and
user), so a background export has exactly the rows, columns, filters and ordering of the download
it replaces.
"""

import csv
import io
import logging
import tempfile

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import storages
from django.http import QueryDict
from django.test import RequestFactory
from django.urls import resolve
from django.utils import timezone, translation

from spreadsheets import runner
from spreadsheets.models import ExportJob, JobStatus

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PROGRESS_EVERY = 1000


def storage():
    return storages["private"]


def export_key(job):
    return f"exports/{job.pk}/{job.file_name}"


def write_rows_csv(headers, rows, output):
    """CSV bytes (UTF-8 with a byte-order mark) into a binary file.

    Excel needs the byte-order mark to read accents. The rows come from a SpreadsheetResource,
    which already escaped formulas.
    """
    text = io.TextIOWrapper(output, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(headers)
    writer.writerows(rows)
    text.detach()


def write_rows_xlsx(headers, rows, output):
    """An XLSX workbook where every text cell is a string cell, never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Sheet1")

    def cells(values):
        for value in values:
            cell = WriteOnlyCell(sheet, value)
            if cell.data_type == "f":
                cell.data_type = "s"
            yield cell

    sheet.append(list(cells(headers)))
    for row in rows:
        sheet.append(list(cells(row)))
    workbook.save(output)


class ProgressQuerySet:
    """A queryset as Wagtail's writers need it, iterated in chunks with progress reports.

    It gives what they need of a queryset (`model` and iteration). The chunks keep memory flat
    however many rows there are; the progress is reported every PROGRESS_EVERY rows.
    """

    def __init__(self, queryset, job_id, total):
        self.queryset = queryset
        self.model = queryset.model
        self.job_id = job_id
        self.total = total

    def __iter__(self):
        for done, item in enumerate(self.queryset.iterator(chunk_size=2000), 1):
            yield item
            if done % PROGRESS_EVERY == 0:
                runner.report_progress(self.job_id, done, self.total)


def listing_view(job):
    """The listing's view, set up as it was for the person who asked for the export."""
    match = resolve(job.path)
    request = RequestFactory().get(job.path, QueryDict(job.query))
    request.user = get_user_model().objects.get(pk=job.created_by_id)
    request.LANGUAGE_CODE = job.language
    view_class = match.func.view_class
    view = view_class(**match.func.view_initkwargs)
    view.setup(request, *match.args, **match.kwargs)
    view.is_export = True
    return view


def write(job):
    """Write the job's export to the private bucket; returns the number of rows."""
    with translation.override(job.language):
        view = listing_view(job)
        queryset = view.get_queryset()
        total = queryset.count()
        ExportJob.objects.filter(pk=job.pk).update(total_rows=total)
        runner.report_progress(job.pk, 0, total)
        rows = ProgressQuerySet(queryset, job.pk, total)
        with tempfile.TemporaryFile() as output:
            view.write_export(rows, job.file_format, output)
            output.seek(0)
            key = storage().save(export_key(job), File(output, name=job.file_name))
    job.file_key = key
    job.total_rows = total
    job.status = JobStatus.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["file_key", "total_rows", "status", "finished_at"])
    return total


def download_url(job):
    """A presigned URL of the job's file, saved as its file name."""
    return storage().url(
        job.file_key,
        parameters={
            "ResponseContentDisposition": f'attachment; filename="{job.file_name}"',
            "ResponseContentType": CONTENT_TYPES.get(job.file_format, "text/csv"),
        },
    )
