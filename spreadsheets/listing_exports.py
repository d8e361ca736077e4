"""The Export buttons of admin listings (Wagtail's list_export).

Text that a spreadsheet would run as a formula stays text, and a listing larger than
settings.IMPORT_BACKGROUND_ROWS becomes an ExportJob that a task writes (exports.py).
"""

import codecs
import io
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.models import TranslatableMixin

from spreadsheets import retention, tasks
from spreadsheets.exports import CONTENT_TYPES, write_rows_csv, write_rows_xlsx
from spreadsheets.formulas import escape_formula
from spreadsheets.models import ExportJob

logger = logging.getLogger(__name__)


class SafeSpreadsheetMixin:
    """For an IndexView with list_export: CSV cells that look like formulas get a quote.

    CSV files start with a UTF-8 byte-order mark, as the resource exports do (exports.py).

    XLSX needs none: Wagtail writes every text cell, "=..." included, as a string cell, which Excel
    shows as text and never evaluates.
    """

    def stream_csv(self, queryset):
        # A UTF-8 byte-order mark first: without it Excel reads the file as Windows-1252 and
        # garbles accents and Gurmukhi (the importer drops it again: reading.decode).
        yield codecs.BOM_UTF8
        yield from super().stream_csv(queryset)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            value = escape_formula(value)
        return value


class BackgroundExportMixin(SafeSpreadsheetMixin):
    """Large exports of an IndexView with list_export become an ExportJob.

    For an IndexView inside a viewset with ImportExportViewSetMixin; the request redirects to the
    job's progress page.

    With `export_resource_class` (an import-export resource), the Export buttons write what that
    resource exports (its columns, so that the file can be imported again) for the listing's rows
    that the resource's own queryset has (the source-language rows of a translatable model: a
    French listing exports the English rows of the same organizations).
    """

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
        retention.purge_exports()
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
