"""The organizations hosting an event."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class EventHost(TranslatableMixin, Orderable):
    """An organization hosting an event (press's Organization snippet, by model name).

    Translatable so that a translated event points at the translated organization.
    """

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="hosts")
    organization = models.ForeignKey(
        "press.Organization",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("organization")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
