"""The delivery log: packets handed to MPs' offices, by whom, how, and what each office said.

It names no signer, so it outlives the packets (petitions/retention.py deletes those).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Delivery(models.Model):
    """A packet handed to an MP's office, and what the office said."""

    class Method(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        MAIL = "mail", _("Mail")
        EMAIL = "email", _("Email")

    petition = models.ForeignKey(
        "petitions.PetitionPage",
        verbose_name=_("petition"),
        on_delete=models.PROTECT,
        related_name="deliveries",
    )
    riding = models.ForeignKey(
        "petitions.Riding",
        verbose_name=_("riding"),
        on_delete=models.PROTECT,
        related_name="deliveries",
    )
    delivered_on = models.DateField(_("delivered on"), default=timezone.localdate)
    method = models.CharField(_("how"), max_length=10, choices=Method.choices)
    delivered_by = models.CharField(
        _("delivered by"),
        max_length=200,
        help_text=_("The person or member organization who delivered it."),
    )
    notes = models.TextField(_("notes"), blank=True)
    response = models.TextField(_("office's response"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-delivered_on", "riding__code"]

    def __str__(self):
        return _("%(riding)s on %(date)s") % {
            "riding": self.riding,
            "date": self.delivered_on.isoformat(),
        }
