"""Exports of admin listings (Wagtail's list_export): text that a spreadsheet would run as a
formula stays text, and listings larger than settings.IMPORT_BACKGROUND_ROWS are written by a
background task to the private bucket and downloaded through a short-lived presigned URL.

The task replays the listing's own view (resolved from its path, with the same query string
and user), so a background export has exactly the rows, columns, filters and ordering of the
download it replaces."""

import contextlib
import csv
import io
import logging
import tempfile

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import storages
from django.http import HttpResponse, HttpResponseRedirect, QueryDict
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from wagtail.models import TranslatableMixin

from spreadsheets import runner
from spreadsheets.formulas import escape_formula
from spreadsheets.models import ABANDONED_AFTER, ExportJob, JobStatus

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


class SafeSpreadsheetMixin:
    """For an IndexView with list_export: CSV cells that look like formulas get a quote.
    XLSX needs none: Wagtail writes every text cell, "=..." included, as a string cell,
    which Excel shows as text and never evaluates."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            value = escape_formula(value)
        return value


def write_rows_csv(headers, rows, output):
    """CSV bytes (UTF-8 with a byte-order mark, which Excel needs to read accents) into a
    binary file. The rows come from a SpreadsheetResource, which already escaped formulas."""
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


class BackgroundExportMixin(SafeSpreadsheetMixin):
    """For an IndexView with list_export, inside a viewset with ImportExportViewSetMixin:
    large exports become an ExportJob; the request redirects to its progress page.

    With `export_resource_class` (an import-export resource), the Export buttons write what
    that resource exports (its columns, so that the file can be imported again) for the
    listing's rows that the resource's own queryset has (the source-language rows of a
    translatable model: a French listing exports the English rows of the same
    organizations)."""

    # Set by the viewset: URL name of the export job page.
    export_job_url_name = None
    # A permission the user needs to download the file (besides having asked for it).
    export_permission = None
    export_resource_class = None

    @cached_property
    def show_export_buttons(self):
        return bool(self.export_resource_class) or super().show_export_buttons

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if self.export_job_url_name and queryset.count() > settings.IMPORT_BACKGROUND_ROWS:
            return self.start_background_export(spreadsheet_format)
        if self.export_resource_class is None:
            return super().as_spreadsheet(queryset, spreadsheet_format)
        output = io.BytesIO()
        self.write_export(queryset, spreadsheet_format, output)
        response = HttpResponse(output.getvalue(), content_type=CONTENT_TYPES[spreadsheet_format])
        response["Content-Disposition"] = (
            f'attachment; filename="{self.get_filename()}.{spreadsheet_format}"'
        )
        return response

    def resource_queryset(self, queryset):
        resource = self.export_resource_class()
        own = resource.get_queryset()
        if issubclass(queryset.model, TranslatableMixin):
            return own.filter(translation_key__in=queryset.values("translation_key"))
        return own.filter(pk__in=queryset.values("pk"))

    def write_export(self, queryset, spreadsheet_format, output):
        """Write the export of `queryset` (rows of the listing, or a ProgressQuerySet)."""
        if self.export_resource_class is None:
            if spreadsheet_format == self.FORMAT_XLSX:
                self.write_xlsx(queryset, output)
            else:
                for line in self.stream_csv(queryset):
                    output.write(line if isinstance(line, bytes) else line.encode("utf-8"))
            return
        resource = self.export_resource_class()
        base = getattr(queryset, "queryset", queryset)
        dataset = resource.export(queryset=self.resource_queryset(base))
        writer = write_rows_xlsx if spreadsheet_format == self.FORMAT_XLSX else write_rows_csv
        writer(dataset.headers, dataset, output)

    def start_background_export(self, spreadsheet_format):
        from spreadsheets import tasks

        forget_old_exports()
        query = self.request.GET.copy()
        query.pop("export", None)
        job = ExportJob.objects.create(
            target=self.export_job_url_name.split(":")[0],
            path=self.request.path,
            query=query.urlencode(),
            file_format=spreadsheet_format,
            file_name=f"{self.get_filename()}.{spreadsheet_format}",
            permission=self.export_permission or "",
            language=translation.get_language() or settings.LANGUAGE_CODE,
            created_by=self.request.user,
        )
        logger.info("User %s started export %s", self.request.user.pk, job.pk)
        tasks.run_export.enqueue(str(job.pk))
        return HttpResponseRedirect(reverse(self.export_job_url_name, args=[job.pk]))


class ProgressQuerySet:
    """What Wagtail's writers need of a queryset (`model` and iteration), iterated in chunks
    (memory stays flat however many rows) with the progress reported every PROGRESS_EVERY
    rows."""

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


def delete_file(job):
    with contextlib.suppress(Exception):
        if job.file_key:
            storage().delete(job.file_key)


def forget_old_exports():
    """Delete exports (their files first) older than a day: the files hold personal data and
    are downloaded at once."""
    for job in ExportJob.objects.filter(created_at__lt=timezone.now() - ABANDONED_AFTER):
        delete_file(job)
        job.delete()
