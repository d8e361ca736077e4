"""Import and export jobs of the admin's Import and Export buttons (see spreadsheets/).

An ImportJob holds the uploaded file from the upload to the apply, in the database: web
processes and workers on any machine read it there, it is bounded by
settings.IMPORT_MAX_UPLOAD_BYTES, and it is blanked as soon as the job ends (applied, failed,
or checked and left unconfirmed for IMPORT_UPLOAD_RETENTION_HOURS: see retention.py). An
ExportJob points at its file in the private bucket, deleted with it after
EXPORT_RETENTION_HOURS. Neither stores signers' data anywhere else: per-row errors keep a row
number, a column and a message, never a value.
"""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Import jobs are deleted, row and all, after this long (their file went long before: see
# retention.py); what remains of them (totals, row numbers, messages) names nobody.
ABANDONED_AFTER = datetime.timedelta(days=1)


class JobStatus(models.TextChoices):
    CHECKING = "checking", _("Checking")
    CHECKED = "checked", _("Checked")
    IMPORTING = "importing", _("Importing")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    # Checked, then not confirmed in time: its file was deleted (retention.py).
    EXPIRED = "expired", _("Expired")


class ImportJobQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Jobs whose file is no longer needed and may be deleted."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - ABANDONED_AFTER)


class ImportJob(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # The listing it was started from: the URL namespace of its viewset.
    target = models.CharField(_("imported into"), max_length=100)
    resource = models.CharField(_("file format"), max_length=200, blank=True)
    file_name = models.CharField(_("file name"), max_length=255)
    file_format = models.CharField(_("format"), max_length=10)
    encoding = models.CharField(_("encoding"), max_length=20, blank=True)
    data = models.BinaryField(_("file"), editable=False)
    # Keyword arguments of the resource's import_data (JSON: ids, not objects).
    options = models.JSONField(_("options"), default=dict, blank=True)
    # [[label, value]] of those options, as the person chose them, for the preview.
    option_labels = models.JSONField(_("chosen options"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.CHECKING
    )
    background = models.BooleanField(_("in the background"), default=False)
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    # {"new", "update", "skip", "invalid", "error"} counts of the last run (check or apply).
    totals = models.JSONField(_("totals"), default=dict, blank=True)
    # [{"row", "column", "message"}], at most MAX_STORED_ERRORS of them.
    errors = models.JSONField(_("errors"), default=list, blank=True)
    error_count = models.PositiveIntegerField(_("problems"), default=0)
    # What the resource says about rows it imported or skipped without blocking the file
    # (duplicates, ridings to assign): [{"row", "column", "message"}], at most
    # MAX_STORED_ERRORS.
    notes = models.JSONField(_("notes"), default=list, blank=True)
    note_count = models.PositiveIntegerField(_("notes"), default=0)
    # Columns no field reads, each with the likely column it means, or "" (column_matching).
    ignored_columns = models.JSONField(_("ignored columns"), default=list, blank=True)
    # A problem with the whole file or run (not one row).
    message = models.TextField(_("message"), blank=True)
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.target} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def finished(self):
        return self.status in (
            JobStatus.CHECKED,
            JobStatus.DONE,
            JobStatus.FAILED,
            JobStatus.EXPIRED,
        )

    @property
    def can_apply(self):
        return (
            self.status == JobStatus.CHECKED
            and not self.error_count
            and not self.message
            and self.total_rows > 0
        )


class ExportJob(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    target = models.CharField(_("exported from"), max_length=100)
    # The listing's path and query string (filters, search, ordering) that the worker
    # replays with the same view.
    path = models.CharField(_("listing"), max_length=500)
    query = models.TextField(_("query"), blank=True)
    file_format = models.CharField(_("format"), max_length=10)
    file_name = models.CharField(_("file name"), max_length=255)
    # Needed to download the file, besides having asked for it ("" for none).
    permission = models.CharField(_("permission"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=8, default="en")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.RUNNING
    )
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    file_key = models.CharField(_("object key"), max_length=300, blank=True)
    message = models.TextField(_("message"), blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.target} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def finished(self):
        return self.status in (JobStatus.DONE, JobStatus.FAILED)
