"""The abuse report of a petition, and the bulk invalidation (or restoration) it links to.

The abuse report (petitions_admin:abuse): signature volumes by hashed IP address and by email
domain over a time range. The bulk invalidation (petitions_admin:invalidate) is previewed before it
is confirmed. The queries and changes are petitions/moderation.py's; each change is logged on the
petition's history.
"""

from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.log_actions import log

from petitions import moderation
from petitions.admin.base import PetitionAdminView
from petitions.admin.log_actions import INVALIDATE_SIGNATURES, RESTORE_SIGNATURES
from petitions.permissions import CHANGE_SIGNATURES

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
    """Bulk invalidation (or restoration) of a petition's signatures.

    Signatures are chosen by IP hash, email domain and/or time range. GET, or POST without
    "confirm", shows how many signatures would change; POST with "confirm" changes them.
    """

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
            action = RESTORE_SIGNATURES
            message = ngettext(
                "%(count)d signature was restored.", "%(count)d signatures were restored.", n
            )
        else:
            n = moderation.invalidate(petition.pk, criteria, form.cleaned_data["reason"])
            action = INVALIDATE_SIGNATURES
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
