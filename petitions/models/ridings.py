from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from localflavor.ca.ca_provinces import PROVINCE_CHOICES


class RepresentationOrder(models.IntegerChoices):
    RO_2013 = 2013, _("2013 (legacy)")
    RO_2023 = 2023, _("2023")


CURRENT_REPRESENTATION_ORDER = RepresentationOrder.RO_2023


class RidingQuerySet(models.QuerySet):
    def current(self):
        return self.filter(representation_order=CURRENT_REPRESENTATION_ORDER)


class Riding(models.Model):
    """A federal electoral district.

    Facts imported from Elections Canada, not translated content: it carries its official English
    and French names.

    Codes are unique within a representation order only (2013's 10001 and 2023's 10001 are
    different districts), so the code is not the primary key.
    """

    code = models.CharField(_("code"), max_length=5)
    name_en = models.CharField(_("English name"), max_length=200)
    name_fr = models.CharField(_("French name"), max_length=200)
    province = models.CharField(_("province or territory"), max_length=2, choices=PROVINCE_CHOICES)
    representation_order = models.PositiveSmallIntegerField(
        _("representation order"),
        choices=RepresentationOrder.choices,
        default=CURRENT_REPRESENTATION_ORDER,
    )

    objects = RidingQuerySet.as_manager()

    class Meta:
        verbose_name = _("riding")
        verbose_name_plural = _("ridings")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["representation_order", "code"], name="unique_riding_code_per_order"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def name(self):
        """The official name in the active language (French for fr, English otherwise)."""
        return self.name_fr if (get_language() or "").startswith("fr") else self.name_en

    @property
    def is_legacy(self):
        return self.representation_order != CURRENT_REPRESENTATION_ORDER


class MemberQuerySet(models.QuerySet):
    def current(self):
        return self.filter(active_to__isnull=True)


class Member(models.Model):
    """A Member of Parliament for a riding over a period.

    A by-election or a change of party closes the current row (active_to) and opens a new one, so
    history is kept.
    """

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        FRENCH = "fr", _("French")

    riding = models.ForeignKey(
        Riding, verbose_name=_("riding"), on_delete=models.PROTECT, related_name="members"
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    honorific = models.CharField(_("honorific"), max_length=30, blank=True)
    party = models.CharField(_("party"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    constituency_office = models.TextField(
        _("constituency office address"),
        blank=True,
        help_text=_("Leave empty to write to the House of Commons, Ottawa, Ontario K1A 0A6."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=2,
        choices=Language.choices,
        blank=True,
        help_text=_("Empty: French for Quebec ridings, English elsewhere."),
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_to = models.DateField(_("active to"), null=True, blank=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Member of Parliament")
        verbose_name_plural = _("Members of Parliament")
        ordering = ["riding__code", "-active_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["riding"],
                condition=Q(active_to__isnull=True),
                name="one_current_member_per_riding",
            )
        ]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def language(self):
        """The language to write to this MP in."""
        if self.preferred_language:
            return self.preferred_language
        return self.Language.FRENCH if self.riding.province == "QC" else self.Language.ENGLISH


class PostalCodeRiding(models.Model):
    """One row of a postal-code-to-riding table.

    The table is, for example, Statistics Canada's licensed file. A row holds a full postal code
    ("M5S 2T9") or a forward sortation area ("M5S"), a riding it touches, and optionally the share
    of its population there.
    """

    postal_code = models.CharField(_("postal code or FSA"), max_length=7, db_index=True)
    riding = models.ForeignKey(
        Riding, verbose_name=_("riding"), on_delete=models.CASCADE, related_name="+"
    )
    weight = models.FloatField(_("weight"), null=True, blank=True)

    class Meta:
        verbose_name = _("postal code riding")
        verbose_name_plural = _("postal code ridings")
        constraints = [
            models.UniqueConstraint(
                fields=["postal_code", "riding"], name="unique_postal_code_riding"
            )
        ]

    def __str__(self):
        return f"{self.postal_code} → {self.riding.code}"
