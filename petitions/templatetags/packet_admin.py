"""Delivery packets on the organizers' petition dashboard."""

from django import template
from django.urls import reverse

from petitions.delivery import delivery_counts
from petitions.permissions import VIEW_PACKETS

register = template.Library()


@register.inclusion_tag("petitions/admin/packets/dashboard_summary.html", takes_context=True)
def packet_summary(context, petition):
    """Delivered and pending ridings, and the link to the packets page.

    For those who may see packets.
    """
    user = context["request"].user
    if not user.has_perm(VIEW_PACKETS):
        return {"shown": False}
    return {
        "shown": True,
        "counts": delivery_counts(petition.pk),
        "packets_url": reverse("petitions_admin:packets", args=[petition.pk]),
    }
