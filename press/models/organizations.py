"""The coalition's organizations and press releases' media contacts (translatable snippets)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from localflavor.ca.ca_provinces import PROVINCE_CHOICES
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import image_field
from press.choices import Membership


class Organization(TranslatableMixin, index.Indexed, models.Model):
    """A coalition member, or any organization that submits or endorses a brief."""

    Membership = Membership

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    province = models.CharField(_("province or territory"), max_length=2, choices=PROVINCE_CHOICES)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = image_field(_("logo"))
    description = models.TextField(_("description"), blank=True)
    membership = models.CharField(
        _("coalition membership"),
        max_length=20,
        choices=Membership.choices,
        blank=True,
        default=Membership.MEMBER,
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("acronym"),
        SynchronizedField("membership"),
        SynchronizedField("province"),
        SynchronizedField("city"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("membership"),
        FieldPanel("province"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class MediaContact(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    organization = models.CharField(_("organization"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("For example: English, French, Tagalog."),
    )

    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("organization"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        TranslatableField("languages_spoken"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.organization}" if self.organization else self.name
