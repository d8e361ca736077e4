"""Delivery packets: per-riding PDFs in the private bucket and the batches that generate them.

The log of their delivery to MPs' offices is petitions/models/deliveries.py.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PacketBatch(models.Model):
    """One click on "Generate packets" for a petition: a job per riding, then the ZIP."""

    petition = models.ForeignKey(
        "petitions.PetitionPage",
        verbose_name=_("petition"),
        on_delete=models.CASCADE,
        related_name="packet_batches",
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bilingual = models.BooleanField(_("bilingual cover letters"), default=False)
    created_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    archive_key = models.CharField(_("ZIP object key"), max_length=300, blank=True)
    archive_error = models.TextField(_("ZIP error"), blank=True)

    class Meta:
        verbose_name = _("packet batch")
        verbose_name_plural = _("packet batches")
        ordering = ["-created_at"]
        constraints = [
            # A second click while a batch runs returns that batch instead of starting another.
            models.UniqueConstraint(
                fields=["petition"],
                condition=Q(finished_at__isnull=True),
                name="one_running_packet_batch_per_petition",
            )
        ]

    def __str__(self):
        return _("Packets for %(petition)s, %(date)s") % {
            "petition": self.petition_id,
            "date": self.created_at.date().isoformat(),
        }


class PacketJob(models.Model):
    """One riding's share of a batch.

    Its status is the batch's progress; a job left RUNNING by a killed worker, or FAILED, runs
    again when the batch is resumed.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Generating")
        DONE = "done", _("Generated")
        SKIPPED = "skipped", _("Unchanged")
        FAILED = "failed", _("Failed")

    batch = models.ForeignKey(
        PacketBatch, verbose_name=_("batch"), on_delete=models.CASCADE, related_name="jobs"
    )
    riding = models.ForeignKey(
        "petitions.Riding", verbose_name=_("riding"), on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error"), blank=True)
    packet = models.ForeignKey(
        "petitions.Packet",
        verbose_name=_("packet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("packet job")
        verbose_name_plural = _("packet jobs")
        ordering = ["riding__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["batch", "riding"], name="one_job_per_riding_per_batch"
            )
        ]

    def __str__(self):
        return f"{self.batch_id}/{self.riding_id}: {self.status}"


class Packet(models.Model):
    """A generated riding packet: the PDF and its CSV in the private bucket.

    Rows are written only after both objects are uploaded, so a Packet always points at complete
    files.
    """

    petition = models.ForeignKey(
        "petitions.PetitionPage",
        verbose_name=_("petition"),
        on_delete=models.CASCADE,
        related_name="packets",
    )
    riding = models.ForeignKey(
        "petitions.Riding", verbose_name=_("riding"), on_delete=models.PROTECT, related_name="+"
    )
    language = models.CharField(_("language"), max_length=8)
    pdf_key = models.CharField(_("PDF object key"), max_length=300)
    csv_key = models.CharField(_("CSV object key"), max_length=300)
    sha256 = models.CharField(_("SHA-256 of the signature list"), max_length=64)
    # What the PDF was made from (list, counts, MP, petition text, options): a batch skips a
    # riding whose fingerprint has not changed since its newest packet.
    source_fingerprint = models.CharField(_("source fingerprint"), max_length=64)
    signature_count = models.PositiveIntegerField(_("confirmed signatures"))
    named_count = models.PositiveIntegerField(_("signers named"))
    pages = models.PositiveIntegerField(_("pages"))
    generated_at = models.DateTimeField(_("generated at"), default=timezone.now)

    class Meta:
        verbose_name = _("packet")
        verbose_name_plural = _("packets")
        ordering = ["riding__code", "-generated_at"]
        indexes = [
            models.Index(fields=["petition", "riding", "-generated_at"], name="packet_newest"),
        ]

    def __str__(self):
        return self.pdf_key
