"""The dashboard of one petition (petitions_admin:dashboard).

Totals, the goal, counts per province (with a chart) and per riding, and the counted signatures
whose riding is unknown: each with a form to assign one (AssignRidingView), checkboxes to give
many one riding (BulkAssignView), and a button to look them all up again in the postal-code table
(ResolveRidingsView). The numbers come from petitions/dashboard.py, the bulk changes from
petitions/assignment.py.
"""

from django import forms
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin import messages
from wagtail.log_actions import log

from petitions import assignment, dashboard, tally
from petitions.admin.base import PetitionAdminView
from petitions.admin.log_actions import ASSIGN_RIDINGS
from petitions.models import Riding, Signature
from petitions.permissions import CHANGE_SIGNATURES


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
            goal_percent=tally.goal_percent(totals["counted"], goal),
            provinces=provinces,
            chart=dashboard.province_chart(provinces),
            sort=sort,
            sort_links=self.sort_links(sort),
            ridings=dashboard.riding_rows(petition_id, sort),
            unassigned=unassigned,
            unassigned_rows=[(s, *choices[s.pk]) for s in unassigned.object_list],
            assign_url=self.url("assign", petition_id),
            bulk_assign_url=self.url("assign_many", petition_id),
            resolve_url=self.url("resolve", petition_id),
            current_ridings=sorted(Riding.objects.current(), key=lambda r: r.name.casefold()),
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


class BulkAssignForm(forms.Form):
    signatures = forms.TypedMultipleChoiceField(coerce=int, choices=())
    riding = forms.ModelChoiceField(queryset=Riding.objects.current())

    def __init__(self, petition_id, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ids = dashboard.unassigned_signatures(petition_id).values_list("pk", flat=True)
        self.fields["signatures"].choices = [(pk, pk) for pk in ids]


class BulkAssignView(PetitionAdminView):
    """POST: give the chosen unassigned signatures one riding (petitions/assignment.py)."""

    permission_required = CHANGE_SIGNATURES
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = BulkAssignForm(self.petition.pk, request.POST)
        target = self.url("dashboard", self.petition.pk) + "#unassigned"
        if not form.is_valid():
            messages.error(
                request, _("Select at least one signature whose riding is unknown, and a riding.")
            )
            return HttpResponseRedirect(target)
        riding = form.cleaned_data["riding"]
        n = assignment.assign_many(self.petition.pk, form.cleaned_data["signatures"], riding)
        log_assignment(request, self.petition, n, riding)
        messages.success(
            request,
            ngettext(
                "%(count)d signature now counts in %(riding)s.",
                "%(count)d signatures now count in %(riding)s.",
                n,
            )
            % {"count": n, "riding": riding},
        )
        return HttpResponseRedirect(target)


class ResolveRidingsView(PetitionAdminView):
    """POST: look every unassigned signature up again in the postal-code table."""

    permission_required = CHANGE_SIGNATURES
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        n = assignment.resolve_unassigned(self.petition.pk)
        log_assignment(request, self.petition, n, None)
        messages.success(
            request,
            ngettext(
                "The postal-code table gave %(count)d signature its riding.",
                "The postal-code table gave %(count)d signatures their riding.",
                n,
            )
            % {"count": n},
        )
        return HttpResponseRedirect(self.url("dashboard", self.petition.pk) + "#unassigned")


def log_assignment(request, petition, count, riding):
    """On the petition's history: how many, and to which riding (None: the postal-code table)."""
    if count:
        log(
            instance=petition,
            action=ASSIGN_RIDINGS,
            user=request.user,
            data={"count": count, "riding": riding.code if riding else None},
        )
