"""The petitions dashboard (petitions_admin:index).

Every petition with its totals, and the links to its dashboard and abuse report.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from petitions import dashboard
from petitions.admin.base import PetitionAdminView
from petitions.models import PetitionPage


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
        totals = dashboard.totals_by_petition(petitions)
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
