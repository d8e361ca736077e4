"""The dashboard of one petition (petitions_admin:dashboard).

Totals, the goal, counts per province (with a chart) and per riding, and the counted signatures
whose riding is unknown, each with a form to assign one (AssignRidingView). The numbers come from
petitions/dashboard.py.
"""

from django import forms
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.log_actions import log

from petitions import dashboard, tally
from petitions.admin.base import PetitionAdminView
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
