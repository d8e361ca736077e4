"""The organizers' panel on the Wagtail admin's home page.

Each open petition's counted, unconfirmed, unassigned and pending-delivery numbers and its latest
packet batch, with links to the screens that act on them (petitions/organizer_summary.py has the
queries). Shown only to users who may see signatures (the Organizers): the numbers say nothing
about who signed, but the links lead to screens that do.
"""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from petitions import organizer_summary
from petitions.permissions import VIEW_PACKETS, VIEW_SIGNATURES


class OrganizerPanel(Component):
    name = "petitions_organizer"
    template_name = "petitions/admin/home_panel.html"
    order = 50  # above Wagtail's own panels (locked pages at 300, recent edits at 250)

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        can_view_packets = self.user.has_perm(VIEW_PACKETS)
        context["rows"] = [
            {
                "summary": summary,
                "dashboard_url": reverse("petitions_admin:dashboard", args=[summary.petition.pk]),
                "packets_url": (
                    reverse("petitions_admin:packets", args=[summary.petition.pk])
                    if can_view_packets
                    else None
                ),
            }
            for summary in organizer_summary.open_petition_summaries()
        ]
        context["petitions_url"] = reverse("petitions_admin:index")
        return context


def add_organizer_panel(request, panels):
    """The construct_homepage_panels hook: the panel, for organizers only."""
    if request.user.has_perm(VIEW_SIGNATURES):
        panels.append(OrganizerPanel(request.user))
