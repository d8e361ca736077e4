"""Wagtail admin views of the Import and Export buttons.

Upload → check (dry-run preview) → confirm → result, the JSON status that drives the progress bar,
and the page and download of a background export. A viewset with ImportExportViewSetMixin
(spreadsheets/viewsets.py) registers them with its own URLs; `viewset` is that viewset.

Jobs are seen only by the person who started them, and only while they hold the permissions of the
listing they started from. Nothing here logs a file's content.
"""

import csv
import io
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from spreadsheets import exports, reading, retention, runner, tasks
from spreadsheets.forms import UploadForm
from spreadsheets.models import ExportJob, ImportJob, JobStatus

logger = logging.getLogger(__name__)


class ViewSetView(View):
    """A view that knows its viewset (passed to as_view)."""

    viewset = None

    def url(self, name, *args):
        return reverse(self.viewset.get_url_name(name), args=args)

    @cached_property
    def listing_url(self):
        return reverse(self.viewset.listing_url_name)


class ImportView(ViewSetView):
    def dispatch(self, request, *args, **kwargs):
        if not self.viewset.user_can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_job(self):
        job = get_object_or_404(
            ImportJob.objects.defer("data"),
            pk=self.kwargs["job_id"],
            target=self.viewset.url_namespace,
        )
        if job.created_by_id != self.request.user.pk:
            raise Http404
        return job


class ListingPageView(WagtailAdminTemplateMixin, TemplateView):
    """An admin page of an import or export (with a ViewSetView).

    Its breadcrumbs and its way back lead to the listing it was started from.
    """

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.listing_url, "label": self.viewset.listing_label},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["listing_url"] = self.listing_url
        context["listing_label"] = self.viewset.listing_label
        return context


class ImportPageView(ImportView, ListingPageView):
    header_icon = "upload"


class UploadView(ImportPageView):
    template_name = "spreadsheets/admin/upload.html"
    page_title = gettext_lazy("Import")

    def get_page_subtitle(self):
        return self.viewset.listing_label

    def options_form(self):
        form_class = self.viewset.import_options_form_class
        if form_class is None:
            return None
        if self.request.method == "POST":
            return form_class(self.request.POST, user=self.request.user)
        return form_class(user=self.request.user)

    def get_context_data(self, form=None, options_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        resources = self.viewset.import_resource_classes
        context.update(
            form=form or UploadForm(),
            options_form=options_form if options_form is not None else self.options_form(),
            formats=[
                {"label": r.format_label, "columns": runner.resource_columns(r), "resource": r}
                for r in resources
            ],
            required_columns=resources[0].required_columns,
            template_url=self.url("import_template"),
            max_upload_bytes=settings.IMPORT_MAX_UPLOAD_BYTES,
            background_rows=settings.IMPORT_BACKGROUND_ROWS,
        )
        return context

    def post(self, request, *args, **kwargs):
        form = UploadForm(request.POST, request.FILES)
        options_form = self.options_form()
        valid = form.is_valid()
        if options_form is not None and not options_form.is_valid():
            valid = False
        if not valid:
            return self.render_to_response(
                self.get_context_data(form=form, options_form=options_form)
            )
        upload = form.cleaned_data["file"]
        data = upload.read()
        try:
            summary = reading.inspect(
                data, upload.name, form.cleaned_data["file_format"], form.cleaned_data["encoding"]
            )
            resource_class, _renames = runner.choose_resource(
                self.viewset.import_resource_classes, summary.headers
            )
        except reading.FileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(
                self.get_context_data(form=form, options_form=options_form)
            )
        retention.purge_uploads()
        rows = summary.row_count
        job = ImportJob.objects.create(
            target=self.viewset.url_namespace,
            resource=runner.resource_path(resource_class),
            file_name=upload.name[:255],
            file_format=summary.file_format,
            encoding=summary.encoding,
            data=data,
            options=options_form.import_kwargs() if options_form is not None else {},
            option_labels=options_form.labels() if options_form is not None else [],
            created_by=request.user,
            total_rows=rows or 0,
            background=rows is None or rows > settings.IMPORT_BACKGROUND_ROWS,
        )
        logger.info(
            "User %s uploaded import %s (%s rows)", request.user.pk, job.pk, job.total_rows
        )
        if job.background:
            runner.report_progress(job.pk, 0, job.total_rows)
            tasks.check_import.enqueue(str(job.pk))
        else:
            runner.check(job)
        return HttpResponseRedirect(self.url("import_job", job.pk))


class JobView(ImportPageView):
    """The job's page.

    Its progress while it runs, the preview once checked (with the Confirm button when nothing is
    wrong), the result once applied.
    """

    template_name = "spreadsheets/admin/job.html"

    def get_page_title(self):
        if self.job.status in (JobStatus.DONE, JobStatus.IMPORTING) or self.job.applied_at:
            return _("Import result")
        return _("Import preview")

    def get_page_subtitle(self):
        return self.viewset.listing_label

    @cached_property
    def job(self):
        return self.get_job()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.job
        progress = runner.read_progress(job.pk)
        running = job.status in (JobStatus.CHECKING, JobStatus.IMPORTING)
        totals = job.totals or {}
        if job.status == JobStatus.EXPIRED:
            # Said here, in the reader's language, rather than stored by the purge.
            hours = settings.IMPORT_UPLOAD_RETENTION_HOURS
            job.message = ngettext(
                "This upload was not confirmed within %(hours)d hour, so its file was deleted "
                "and nothing was imported. Upload the file again to import it.",
                "This upload was not confirmed within %(hours)d hours, so its file was deleted "
                "and nothing was imported. Upload the file again to import it.",
                hours,
            ) % {"hours": hours}
        context.update(
            job=job,
            running=running,
            progress_label=(
                _("Checking the file…") if job.status == JobStatus.CHECKING else _("Importing…")
            ),
            done=progress.get("done", 0),
            total=progress.get("total", job.total_rows),
            status_url=self.url("import_status", job.pk),
            confirm_url=self.url("import_confirm", job.pk),
            cancel_url=self.url("import_cancel", job.pk),
            upload_url=self.url("import"),
            totals=totals,
            more_errors=max(0, job.error_count - len(job.errors)),
            more_notes=max(0, job.note_count - len(job.notes)),
            encoding_label=reading.ENCODING_LABELS.get(job.encoding, job.encoding),
            applied=job.status == JobStatus.DONE,
        )
        return context


class StatusView(ImportView):
    """{"done", "total", "failed", "finished"} for home/admin/includes/job_progress.html."""

    def get(self, request, *args, **kwargs):
        job = self.get_job()
        progress = runner.read_progress(job.pk)
        finished = job.status not in (JobStatus.CHECKING, JobStatus.IMPORTING)
        total = progress.get("total", job.total_rows)
        return JsonResponse(
            {
                "done": total if finished else progress.get("done", 0),
                "total": total,
                "failed": job.error_count,
                "finished": finished,
            }
        )


class ConfirmView(ImportView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        job = get_object_or_404(
            ImportJob, pk=self.kwargs["job_id"], target=self.viewset.url_namespace
        )
        if job.created_by_id != request.user.pk:
            raise Http404
        try:
            runner.claim(job)
        except runner.ApplyRefused:
            messages.error(request, _("This import cannot be applied (again)."))
            return HttpResponseRedirect(self.url("import_job", job.pk))
        logger.info("User %s applied import %s", request.user.pk, job.pk)
        if job.background:
            tasks.apply_import.enqueue(str(job.pk))
            return HttpResponseRedirect(self.url("import_job", job.pk))
        outcome = runner.apply(job)
        if outcome.ok:
            count = outcome.totals.get("new", 0) + outcome.totals.get("update", 0)
            messages.success(
                request,
                ngettext("%(count)d row was imported.", "%(count)d rows were imported.", count)
                % {"count": count},
            )
        else:
            messages.error(request, _("Nothing was imported."))
        return HttpResponseRedirect(self.url("import_job", job.pk))


class CancelView(ImportView):
    """Drop an upload that was checked and not applied (and the personal data in it)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        job = self.get_job()
        if job.status not in (JobStatus.IMPORTING,):
            ImportJob.objects.filter(pk=job.pk).delete()
            messages.success(request, _("The upload was discarded; nothing was imported."))
        return HttpResponseRedirect(self.listing_url)


class TemplateCSVView(ImportView):
    """An empty CSV file with the columns of the primary format, to fill in."""

    def get(self, request, *args, **kwargs):
        resource_class = self.viewset.import_resource_classes[0]
        output = io.StringIO()
        csv.writer(output).writerow(runner.resource_columns(resource_class))
        response = HttpResponse(
            "\ufeff" + output.getvalue(), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{self.viewset.url_namespace}-template.csv"'
        )
        return response


# --- Background exports ----------------------------------------------------------------------


class ExportView(ViewSetView):
    def get_job(self):
        job = get_object_or_404(
            ExportJob, pk=self.kwargs["job_id"], target=self.viewset.url_namespace
        )
        user = self.request.user
        if job.created_by_id != user.pk:
            raise Http404
        # Whoever may no longer open the listing (as Wagtail decides it) loses its exports.
        if not self.viewset.permission_policy.user_has_any_permission(
            user, {"add", "change", "delete", "view"}
        ):
            raise PermissionDenied
        if job.permission and not user.has_perm(job.permission):
            raise PermissionDenied
        return job


class ExportJobView(ExportView, ListingPageView):
    template_name = "spreadsheets/admin/export_job.html"
    page_title = gettext_lazy("Export")
    header_icon = "download"

    def get_page_subtitle(self):
        return self.viewset.listing_label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.get_job()
        progress = runner.read_progress(job.pk)
        context.update(
            job=job,
            done=progress.get("done", 0),
            total=progress.get("total", job.total_rows),
            status_url=self.url("export_status", job.pk),
            download_url=self.url("export_download", job.pk),
        )
        return context


class ExportStatusView(ExportView):
    def get(self, request, *args, **kwargs):
        job = self.get_job()
        progress = runner.read_progress(job.pk)
        total = job.total_rows or progress.get("total", 0)
        return JsonResponse(
            {
                "done": total if job.finished else progress.get("done", 0),
                "total": total,
                "failed": int(job.status == JobStatus.FAILED),
                "finished": job.finished,
            }
        )


class ExportDownloadView(ExportView):
    def get(self, request, *args, **kwargs):
        job = self.get_job()
        if job.status != JobStatus.DONE or not job.file_key:
            raise Http404
        logger.info("User %s downloaded export %s", request.user.pk, job.pk)
        return HttpResponseRedirect(exports.download_url(job))
