"""The signatures listing (petition_signatures).

Filtering, searching, exporting (CSV and XLSX), correcting and deleting one signature. The viewset
is SignatureViewSet in viewsets.py.

Signers' personal data is shown to those with the "view signature" permission (Organizers)
only; exports need "export signature", changes "change signature". Nothing here logs a
name, an email address or a postal code.
"""

import logging
import re

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from localflavor.ca.ca_provinces import PROVINCE_CHOICES
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.coreutils import multigetattr

from petitions import moderation, tally
from petitions.admin.base import SafeDeleteView, postal_code_prefix
from petitions.models import PetitionPage, Riding, Signature
from petitions.packets import withdrawal
from petitions.permissions import EXPORT_SIGNATURES
from petitions.ridings.postal_codes import normalize_postal_code
from petitions.signing.cleaning import canonical_email

logger = logging.getLogger(__name__)

# A whole postal code, or its first three characters (as postal_code_prefix() writes them).
POSTAL_CODE_QUERY = re.compile(r"[A-Z]\d[A-Z]( \d[A-Z]\d)?")


def status_label(signature):
    """The listing's Status column: Invalid, Confirmed (counted) or Unconfirmed."""
    if signature.invalidated_at:
        return _("Invalid")
    if signature.confirmed_at:
        return _("Confirmed")
    return _("Unconfirmed")


class SignatureFilterSet(WagtailFilterSet):
    STATUS_CHOICES = [
        ("confirmed", gettext_lazy("Confirmed (counted)")),
        ("unconfirmed", gettext_lazy("Unconfirmed")),
        ("invalid", gettext_lazy("Invalid")),
    ]

    petition = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Petition"),
        queryset=lambda request: PetitionPage.objects.sources(),
        empty_label=gettext_lazy("All"),
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=STATUS_CHOICES,
        method="filter_status",
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    province = django_filters.ChoiceFilter(
        label=gettext_lazy("Province or territory"),
        choices=PROVINCE_CHOICES,
        empty_label=gettext_lazy("All"),
    )
    riding = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Riding"),
        queryset=lambda request: Riding.objects.order_by("-representation_order", "name_en"),
        empty_label=gettext_lazy("All"),
        null_label=gettext_lazy("Not assigned yet"),
    )
    consent = django_filters.ChoiceFilter(
        label=gettext_lazy("Consent"),
        choices=Signature.Consent.choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    source = django_filters.ChoiceFilter(
        label=gettext_lazy("Source"),
        choices=Signature.Source.choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Signed between"), widget=DateRangePickerWidget
    )
    ip_hash = django_filters.CharFilter(label=gettext_lazy("IP address (hashed)"))
    domain = django_filters.CharFilter(label=gettext_lazy("Email domain"), method="filter_domain")

    class Meta:
        model = Signature
        fields = []

    def filter_status(self, queryset, name, value):
        if value == "confirmed":
            return queryset.counted()
        if value == "unconfirmed":
            return queryset.unconfirmed()
        if value == "invalid":
            return queryset.invalid()
        return queryset

    def filter_domain(self, queryset, name, value):
        domain = moderation.normalize_domain(value)
        return queryset.filter(email__iendswith="@" + domain) if domain else queryset


class SignatureIndexView(IndexView):
    export_permission = EXPORT_SIGNATURES

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not request.user.has_perm(self.export_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.request.user.has_perm(self.export_permission)

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("petition", "riding")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        text = self.search_query.strip()
        query = (
            Q(full_name__icontains=text)
            | Q(email__icontains=text)
            | Q(postal_code__icontains=text)
            | Q(city__icontains=text)
        )
        prefix = postal_code_prefix(text)
        if POSTAL_CODE_QUERY.fullmatch(prefix):
            # "m5s2t9" finds "M5S 2T9".
            query |= Q(postal_code__startswith=prefix)
        return queryset.filter(query)

    def get_filename(self):
        name = self.export_filename
        if self.filters and self.filters.is_valid():
            petition = self.filters.form.cleaned_data.get("petition")
            if petition:
                name = f"{name}-{petition.slug}"
        return f"{name}-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        # Dotted paths through an empty riding give an empty cell, not an error.
        row = {}
        for field in self.list_export:
            try:
                row[field] = multigetattr(item, field)
            except AttributeError:
                row[field] = ""
        return row

    def as_spreadsheet(self, queryset, spreadsheet_format):
        logger.info("User %s exported signatures as %s", self.request.user.pk, spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)


class SignatureForm(WagtailAdminModelForm):
    """Correcting a signature: the signer's details, riding and consent.

    The petition, the times and the hashed IP are facts, not edited.
    """

    class Meta:
        model = Signature
        fields = [
            "full_name",
            "email",
            "postal_code",
            "city",
            "province",
            "riding",
            "consent",
            "updates_opt_in",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ridings = Riding.objects.current()
        if self.instance.riding_id:
            ridings = ridings | Riding.objects.filter(pk=self.instance.riding_id)
        self.fields["riding"].queryset = ridings.order_by("name_en")

    def clean_email(self):
        value = self.cleaned_data.get("email", "")
        if not value:
            return ""
        email = canonical_email(value)
        duplicate = (
            Signature.objects.filter(petition_id=self.instance.petition_id, email=email)
            .exclude(pk=self.instance.pk)
            .exists()
        )
        if duplicate:
            raise forms.ValidationError(_("Someone already signed this petition with this email."))
        return email

    def clean_postal_code(self):
        value = self.cleaned_data.get("postal_code", "")
        return normalize_postal_code(value) if value.strip() else ""


class SignatureEditView(EditView):
    """Correcting a signature: a signer who stops sharing their name (or moves) leaves packets."""

    def save_instance(self):
        before = Signature.objects.get(pk=self.object.pk)
        with transaction.atomic():
            instance = super().save_instance()
            if before.riding_id != instance.riding_id or instance.consent != before.consent:
                withdrawal.signer_left(before)
        tally.forget_counts(instance.petition_id)
        return instance


class SignatureDeleteView(SafeDeleteView):
    """Deleting one signer on their request: the row goes, counts and packets follow at once."""

    def delete_action(self):
        petition_id = self.object.petition_id
        with transaction.atomic():
            withdrawal.signer_left(self.object)
            super().delete_action()
        tally.forget_counts(petition_id)

    @property
    def confirmation_message(self):
        return _(
            "Delete this signature and the signer's personal data for good? It will no "
            "longer count toward the petition."
        )
