from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from localflavor.ca.ca_provinces import PROVINCE_CHOICES

COUNTED = Q(confirmed_at__isnull=False, invalidated_at__isnull=True)


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """Signatures that count: confirmed and not invalidated."""
        return self.filter(COUNTED)

    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True, invalidated_at__isnull=True)

    def invalid(self):
        return self.filter(invalidated_at__isnull=False)


class Signature(models.Model):
    """One person's signature on a petition (always the source-language page).

    Personal data of people who may be at risk: shown to organizers only, never in public
    pages, JSON or logs; IPs are kept only as a salted hash.
    """

    class Consent(models.TextChoices):
        COUNT_ONLY = "count_only", _("Count my signature only")
        SHARE_WITH_MP = "share_name_with_mp", _("Share my name, city and postal code with my MP")

    class Source(models.TextChoices):
        WEB = "web", _("Web")
        PAPER = "paper", _("Paper")
        IMPORT = "import", _("Import")

    petition = models.ForeignKey(
        "petitions.PetitionPage",
        verbose_name=_("petition"),
        on_delete=models.PROTECT,
        related_name="signatures",
    )
    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email"), blank=True)
    postal_code = models.CharField(_("postal code"), max_length=7, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    province = models.CharField(
        _("province or territory"), max_length=2, choices=PROVINCE_CHOICES, blank=True
    )
    riding = models.ForeignKey(
        "petitions.Riding",
        verbose_name=_("riding"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="signatures",
    )
    consent = models.CharField(
        _("consent"), max_length=20, choices=Consent.choices, default=Consent.COUNT_ONLY
    )
    updates_opt_in = models.BooleanField(_("wants updates"), default=False)
    language = models.CharField(_("language"), max_length=8, default="en")
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.WEB
    )
    created_at = models.DateTimeField(_("signed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # The outbox of confirmation emails: set as a signature needing one is inserted, cleared
    # once its email is sent (petitions/signing/emails.py, send_pending_confirmations).
    # Database defaults too: rows written by COPY or raw SQL (benchmarks) get them.
    confirmation_due = models.BooleanField(default=False, db_default=False, editable=False)
    # Failed sends of that email: a failing address goes behind the others, and is given up
    # after emails.CONFIRMATION_MAX_ATTEMPTS, so that it never holds the queue.
    confirmation_attempts = models.PositiveSmallIntegerField(
        default=0, db_default=0, editable=False
    )
    invalidated_at = models.DateTimeField(_("invalidated at"), null=True, blank=True)
    invalid_reason = models.CharField(_("reason for invalidation"), max_length=200, blank=True)
    ip_hash = models.CharField(_("IP address (hashed)"), max_length=64, blank=True)
    anonymized_at = models.DateTimeField(_("anonymized at"), null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at"]
        # Organizers hold it (petitions/migrations/0003_organizer_permissions.py): downloading
        # every signer's details at once is a step beyond viewing them.
        permissions = [("export_signature", _("Can export signatures"))]
        constraints = [
            # One signature per person and petition; paper signatures may have no email.
            models.UniqueConstraint(
                fields=["petition", "email"],
                condition=~Q(email=""),
                name="one_signature_per_email_per_petition",
            )
        ]
        indexes = [
            # Counts per riding read only this index.
            models.Index(
                fields=["petition", "riding"], condition=COUNTED, name="counted_by_riding"
            ),
            models.Index(fields=["petition", "created_at"], name="signature_petition_time"),
            models.Index(fields=["ip_hash"], name="signature_ip_hash"),
            # The confirmation sweep reads only the few signatures whose email is due.
            models.Index(
                fields=["confirmation_attempts", "created_at"],
                condition=Q(confirmation_due=True),
                name="signature_confirmation_due",
            ),
        ]

    def __str__(self):
        return _("Signature %(id)s") % {"id": self.pk}

    @property
    def is_counted(self):
        return self.confirmed_at is not None and self.invalidated_at is None
