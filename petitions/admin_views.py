"""Wagtail admin views for organizers: signature listing and export, riding and MP listings,
the per-petition dashboard and the abuse report. Registered in petitions/wagtail_hooks.py.

Signers' personal data is shown to those with the "view signature" permission (Organizers)
only; exports need "export signature", changes "change signature". Nothing here logs a
name, an email address or a postal code."""

import logging
import re

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, ProtectedError, Q, Subquery, Value
from django.db.models.functions import Concat
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from localflavor.ca.ca_provinces import PROVINCE_CHOICES
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.coreutils import multigetattr
from wagtail.log_actions import log

from petitions import dashboard, moderation, tally
from petitions.models import Member, PetitionPage, Riding, Signature
from petitions.signing.cleaning import canonical_email, normalize_postal_code

logger = logging.getLogger(__name__)

VIEW_SIGNATURES = "petitions.view_signature"
CHANGE_SIGNATURES = "petitions.change_signature"
EXPORT_SIGNATURES = "petitions.export_signature"

POSTAL_CODE_QUERY = re.compile(r"[A-Z]\d[A-Z](\d[A-Z]\d)?")


def status_label(signature):
    if signature.invalidated_at:
        return _("Invalid")
    if signature.confirmed_at:
        return _("Confirmed")
    return _("Unconfirmed")


# Signatures


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
        compact = re.sub(r"\s+", "", text).upper()
        if POSTAL_CODE_QUERY.fullmatch(compact):
            # "m5s2t9" finds "M5S 2T9".
            query |= Q(postal_code__startswith=f"{compact[:3]} {compact[3:]}".strip())
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
    """Correcting a signature: the signer's details, riding and consent. The petition, the
    times and the hashed IP are facts, not edited."""

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
    def save_instance(self):
        instance = super().save_instance()
        tally.forget_counts(instance.petition_id)
        return instance


class SafeDeleteView(DeleteView):
    """Delete, or explain why not when other rows still need the object."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("%(object)s cannot be deleted: signatures or other records still use it.")
                % {"object": capfirst(str(self.object))},
            )
            return redirect(self.get_success_url())


class SignatureDeleteView(SafeDeleteView):
    """Deleting one signer on their request: the row goes and the counts follow at once."""

    def delete_action(self):
        petition_id = self.object.petition_id
        super().delete_action()
        tally.forget_counts(petition_id)

    @property
    def confirmation_message(self):
        return _(
            "Delete this signature and the signer's personal data for good? It will no "
            "longer count toward the petition."
        )


# Ridings and MPs


def current_member_name():
    return Subquery(
        Member.objects.current()
        .filter(riding=OuterRef("pk"))
        .annotate(full=Concat("first_name", Value(" "), "last_name"))
        .values("full")[:1]
    )


class RidingIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(current_member=current_member_name())


class MemberFilterSet(WagtailFilterSet):
    province = django_filters.ChoiceFilter(
        label=gettext_lazy("Province or territory"),
        field_name="riding__province",
        choices=PROVINCE_CHOICES,
        empty_label=gettext_lazy("All"),
    )
    representation_order = django_filters.ChoiceFilter(
        label=gettext_lazy("Representation order"),
        field_name="riding__representation_order",
        choices=Riding._meta.get_field("representation_order").choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    current = django_filters.BooleanFilter(
        label=gettext_lazy("Sitting MP"),
        field_name="active_to",
        lookup_expr="isnull",
        widget=forms.RadioSelect(
            choices=[
                ("", gettext_lazy("All")),
                ("true", gettext_lazy("Yes")),
                ("false", gettext_lazy("No")),
            ]
        ),
    )
    party = django_filters.CharFilter(label=gettext_lazy("Party"), lookup_expr="icontains")

    class Meta:
        model = Member
        fields = []


class MemberIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("riding")


class PostalCodeRidingIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("riding")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        compact = re.sub(r"\s+", "", self.search_query).upper()
        if len(compact) > 3:
            compact = f"{compact[:3]} {compact[3:]}"
        return queryset.filter(postal_code__startswith=compact)


# Petition dashboard and abuse report


class PetitionAdminView(WagtailAdminTemplateMixin, TemplateView):
    """A view about one petition (any translation's id leads to the source page)."""

    permission_required = VIEW_SIGNATURES
    header_icon = "table"
    url_namespace = "petitions_admin"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def url(self, name, *args, query=None):
        url = reverse(f"{self.url_namespace}:{name}", args=args)
        return f"{url}?{urlencode(query)}" if query else url

    @cached_property
    def petition(self):
        page = get_object_or_404(PetitionPage, pk=self.kwargs["pk"])
        return page.source_petition

    def get_page_subtitle(self):
        return self.petition.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.url("index"), "label": _("Petitions dashboard")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(
            petition=self.petition,
            can_change=user.has_perm(CHANGE_SIGNATURES),
            can_export=user.has_perm(EXPORT_SIGNATURES),
            dashboard_url=self.url("dashboard", self.petition.pk),
            abuse_url=self.url("abuse", self.petition.pk),
            signatures_url=reverse("petition_signatures:index")
            + "?"
            + urlencode({"petition": self.petition.pk}),
            counts_json_url=reverse("petition_counts_json", args=[self.petition.pk]),
            edit_page_url=reverse("wagtailadmin_pages:edit", args=[self.petition.pk]),
        )
        return context


class PetitionListView(PetitionAdminView):
    template_name = "petitions/admin/petition_list.html"
    page_title = gettext_lazy("Petitions dashboard")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_page_subtitle(self):
        return ""

    def get_context_data(self, **kwargs):
        context = WagtailAdminTemplateMixin.get_context_data(self, **kwargs)
        petitions = list(PetitionPage.objects.sources().order_by("-first_published_at", "title"))
        totals = {
            row["petition_id"]: row
            for row in Signature.objects.filter(petition__in=petitions)
            .values("petition_id")
            .annotate(**dashboard.TOTALS)
            .order_by()
        }
        context["rows"] = [
            {
                "petition": petition,
                "totals": totals.get(petition.pk, dict.fromkeys(dashboard.TOTALS, 0)),
                "dashboard_url": self.url("dashboard", petition.pk),
                "abuse_url": self.url("abuse", petition.pk),
            }
            for petition in petitions
        ]
        return context


class DashboardView(PetitionAdminView):
    template_name = "petitions/admin/dashboard.html"
    page_title = gettext_lazy("Petition dashboard")
    unassigned_per_page = 50

    def sort_links(self, sort):
        """{column: (url, aria-sort value)}: each header toggles between its two orders."""
        links = {}
        for column in dashboard.RIDING_SORTS:
            if sort == column:
                next_sort, state = f"-{column}", "ascending"
            elif sort == f"-{column}":
                next_sort, state = column, "descending"
            else:
                next_sort = f"-{column}" if column == "count" else column
                state = "none"
            url = self.url("dashboard", self.petition.pk, query={"sort": next_sort})
            links[column] = {"url": f"{url}#ridings", "aria_sort": state}
        return links

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        petition_id = self.petition.pk
        totals = dashboard.totals(petition_id)
        sort = dashboard.normalize_sort(self.request.GET.get("sort"))
        provinces = dashboard.province_rows(petition_id)
        unassigned = Paginator(
            dashboard.unassigned_signatures(petition_id), self.unassigned_per_page
        ).get_page(self.request.GET.get("p"))
        choices = dashboard.riding_choices(unassigned.object_list)
        goal = self.petition.goal or 0
        context.update(
            totals=totals,
            goal=goal,
            goal_percent=min(100, round(100 * totals["counted"] / goal)) if goal else None,
            provinces=provinces,
            chart=dashboard.province_chart(provinces),
            sort=sort,
            sort_links=self.sort_links(sort),
            ridings=dashboard.riding_rows(petition_id, sort),
            unassigned=unassigned,
            unassigned_rows=[(s, *choices[s.pk]) for s in unassigned.object_list],
            assign_url=self.url("assign", petition_id),
        )
        return context


class AssignRidingForm(forms.Form):
    signature = forms.IntegerField()
    riding = forms.ModelChoiceField(queryset=Riding.objects.current())
    p = forms.IntegerField(required=False)


class AssignRidingView(PetitionAdminView):
    """POST: set the riding of one of the petition's signatures."""

    permission_required = CHANGE_SIGNATURES
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = AssignRidingForm(request.POST)
        target = self.url("dashboard", self.petition.pk)
        if not form.is_valid():
            messages.error(request, _("Choose a riding for the signature."))
            return HttpResponseRedirect(target + "#unassigned")
        signature = get_object_or_404(
            Signature, pk=form.cleaned_data["signature"], petition=self.petition
        )
        riding = form.cleaned_data["riding"]
        dashboard.assign_riding(signature, riding)
        log(instance=signature, action="wagtail.edit", user=request.user)
        messages.success(
            request,
            _("%(signature)s now counts in %(riding)s.")
            % {"signature": signature, "riding": riding},
        )
        if form.cleaned_data.get("p"):
            target += "?" + urlencode({"p": form.cleaned_data["p"]})
        return HttpResponseRedirect(target + "#unassigned")


DATETIME_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"]


class RangeForm(forms.Form):
    start = forms.DateTimeField(
        label=gettext_lazy("From"),
        required=False,
        input_formats=DATETIME_INPUT_FORMATS,
        widget=AdminDateTimeInput,
    )
    end = forms.DateTimeField(
        label=gettext_lazy("Until"),
        required=False,
        input_formats=DATETIME_INPUT_FORMATS,
        widget=AdminDateTimeInput,
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start >= end:
            raise forms.ValidationError(_("The end of the range must come after its start."))
        return cleaned


class AbuseReportForm(RangeForm):
    top = forms.IntegerField(
        label=gettext_lazy("Show the top"),
        min_value=1,
        max_value=500,
        required=False,
        initial=moderation.DEFAULT_TOP,
    )


class AbuseReportView(PetitionAdminView):
    template_name = "petitions/admin/abuse_report.html"
    page_title = gettext_lazy("Abuse report")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = AbuseReportForm(self.request.GET or None)
        start = end = None
        top = moderation.DEFAULT_TOP
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            top = form.cleaned_data["top"] or top
        range_query = {
            key: value.isoformat()
            for key, value in (("start", start), ("end", end))
            if value is not None
        }
        petition_id = self.petition.pk
        invalidate_url = self.url("invalidate", petition_id)
        signatures_url = reverse("petition_signatures:index")

        def links(criterion, value):
            query = {criterion: value, **range_query}
            return {
                "invalidate": f"{invalidate_url}?{urlencode(query)}",
                "restore": f"{invalidate_url}?{urlencode({**query, 'action': 'restore'})}",
                "signatures": f"{signatures_url}?"
                + urlencode({"petition": petition_id, criterion: value}),
            }

        context.update(
            form=form,
            top=top,
            by_ip=[
                {**row, "value": row["ip_hash"], "links": links("ip_hash", row["ip_hash"])}
                for row in moderation.volume_by_ip(petition_id, start, end, top)
            ],
            by_domain=[
                {**row, "value": row["domain"], "links": links("domain", row["domain"])}
                for row in moderation.volume_by_domain(petition_id, start, end, top)
            ],
            invalidate_url=invalidate_url,
            has_range=bool(range_query),
            range_invalidate_url=f"{invalidate_url}?{urlencode(range_query)}",
        )
        return context


class InvalidationForm(RangeForm):
    INVALIDATE = "invalidate"
    RESTORE = "restore"

    ip_hash = forms.CharField(
        label=gettext_lazy("IP address (hashed)"),
        required=False,
        max_length=64,
        widget=forms.HiddenInput,
    )
    domain = forms.CharField(
        label=gettext_lazy("Email domain"),
        required=False,
        max_length=254,
        widget=forms.HiddenInput,
    )
    action = forms.ChoiceField(
        choices=[(INVALIDATE, INVALIDATE), (RESTORE, RESTORE)],
        required=False,
        widget=forms.HiddenInput,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Kept with each signature, for example: bot burst from one IP."),
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["start"].widget = forms.HiddenInput()
        self.fields["end"].widget = forms.HiddenInput()

    def clean_domain(self):
        return moderation.normalize_domain(self.cleaned_data.get("domain"))

    def clean(self):
        cleaned = super().clean()
        if not self.criteria:
            raise forms.ValidationError(
                _("Choose an IP address, an email domain or a time range."), code="no_criteria"
            )
        if (
            cleaned.get("confirm")
            and not self.restoring
            and not (cleaned.get("reason") or "").strip()
        ):
            self.add_error("reason", _("Say why these signatures are invalid."))
        return cleaned

    @property
    def restoring(self):
        return (self.cleaned_data.get("action") or self.INVALIDATE) == self.RESTORE

    @property
    def criteria(self):
        data = getattr(self, "cleaned_data", {})
        return moderation.Criteria(
            ip_hash=data.get("ip_hash") or "",
            domain=data.get("domain") or "",
            start=data.get("start"),
            end=data.get("end"),
        )


class InvalidateView(PetitionAdminView):
    """Bulk invalidation (or restoration) of a petition's signatures by IP hash, email domain
    and/or time range. GET, or POST without "confirm", shows how many signatures would change;
    POST with "confirm" changes them."""

    permission_required = CHANGE_SIGNATURES
    template_name = "petitions/admin/invalidate.html"

    def get_page_title(self):
        if self.request.method == "POST" or self.request.GET:
            form = self.form
            if form.is_valid() and form.restoring:
                return _("Restore signatures")
        return _("Invalidate signatures")

    @cached_property
    def form(self):
        data = self.request.POST if self.request.method == "POST" else self.request.GET
        return InvalidationForm(data)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items.insert(-1, {"url": self.url("abuse", self.petition.pk), "label": _("Abuse report")})
        return items

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.form
        context["form"] = form
        # Show what would change unless the criteria themselves are wrong (a missing reason
        # is not).
        if not set(form.errors) - {"reason"}:
            criteria = form.criteria
            context["criteria"] = criteria
            context["restoring"] = form.restoring
            context["preview"] = moderation.preview(
                self.petition.pk, criteria, restoring=form.restoring
            )
        return context

    def post(self, request, *args, **kwargs):
        form = self.form
        if not (form.is_valid() and form.cleaned_data.get("confirm")):
            return self.get(request, *args, **kwargs)
        petition = self.petition
        criteria = form.criteria
        if form.restoring:
            n = moderation.restore(petition.pk, criteria)
            action = "petitions.restore_signatures"
            message = ngettext(
                "%(count)d signature was restored.", "%(count)d signatures were restored.", n
            )
        else:
            n = moderation.invalidate(petition.pk, criteria, form.cleaned_data["reason"])
            action = "petitions.invalidate_signatures"
            message = ngettext(
                "%(count)d signature was invalidated.", "%(count)d signatures were invalidated.", n
            )
        # On the petition's history: counts and the kinds of criteria, no personal data
        # (editors see page history).
        log(
            instance=petition,
            action=action,
            user=request.user,
            data={"count": n, "criteria": moderation.describe(criteria)},
        )
        messages.success(request, message % {"count": n})
        return redirect(self.url("abuse", petition.pk))
