"""Registrations for an event, and its tally.

Registrations belong to the source-language event page (like signatures to the source petition):
a French and an English registrant take places of the same capacity. The tally row holds the
counts, which survive the purge of registrants (events/retention.py), and is the row locked while
a place is given (events/registration/places.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from events.choices import PrivacyMode


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("Waitlisted")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    privacy_mode = models.CharField(_("privacy"), max_length=10, choices=PrivacyMode.choices)
    # Standard registrations: a name and an email. Anonymous ones: at most a nickname; never an
    # email, a name or an address (docs/events.md).
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    nickname = models.CharField(_("nickname"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10)
    # The code shown to an anonymous registrant and printed on the check-in sheet.
    code = models.CharField(_("code"), max_length=12)
    # SHA-256 of the private link's token: the link itself is never stored.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved from the waitlist"), null=True, blank=True)
    # When the email with the private link went out (events/registration/emails.py's sweep);
    # empty while it is due. Standard registrations only: anonymous ones have no address.
    link_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_day_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_hour_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["event", "status", "created_at"]),
            # What the email sweep looks for: the few registrations whose link is due.
            models.Index(
                fields=["created_at"],
                condition=Q(link_emailed_at__isnull=True) & ~Q(email=""),
                name="events_registration_link_due",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["event", "code"], name="events_registration_code"),
            # The cap per email: one active registration per address and event.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(email="") & ~Q(status="cancelled"),
                name="events_registration_one_per_email",
            ),
            models.CheckConstraint(
                condition=Q(privacy_mode="standard") | (Q(email="") & Q(name="")),
                name="events_registration_anonymous_keeps_no_identity",
            ),
        ]

    def __str__(self):
        return self.name or self.nickname or self.code

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class RegistrationTally(models.Model):
    """An event's counts of confirmed, waitlisted and cancelled registrations.

    Updated in the transaction that changes a registration, with this row locked: the lock is
    what keeps confirmed registrations within the capacity.
    """

    event = models.OneToOneField(
        "events.EventPage", on_delete=models.CASCADE, primary_key=True, related_name="tally"
    )
    confirmed = models.PositiveIntegerField(default=0)
    waitlisted = models.PositiveIntegerField(default=0)
    cancelled = models.PositiveIntegerField(default=0)
    registrants_purged_at = models.DateTimeField(null=True, blank=True)
    # What registrants were last told (events/registration/notices.py): a change notice goes out
    # when the published event's facts no longer match it.
    notified_fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("registration counts")

    def __str__(self):
        return f"{self.confirmed}/{self.waitlisted}/{self.cancelled}"


class RegistrantMessage(models.Model):
    """A message an organizer sent to every active registrant of an event: the log of it.

    The text is kept (what was said, by whom, to how many); the recipients are not.
    """

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="registrant_messages"
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message to registrants")

    def __str__(self):
        return self.subject
