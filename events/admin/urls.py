"""The URLs of the events_admin namespace, under /admin/events/ (EventsAdminViewSet).

Every view answers a refusal with a real 403 (base.OrganizerView).
"""

import functools

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.views.defaults import permission_denied

from events.admin.checkin import CheckInSheetView
from events.admin.message import MessageView
from events.admin.registrations import EventListView, RegistrationsView


def forbidden_as_403(view):
    """A real 403 for those without permission.

    Wagtail's admin would redirect them to its dashboard with a message; these screens name
    registrants, and scripts and tests must see a refusal as one.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exception:
            return permission_denied(request, exception)

    return wrapped


urlpatterns = [
    path("", forbidden_as_403(EventListView.as_view()), name="index"),
    path(
        "<int:pk>/registrations/",
        forbidden_as_403(RegistrationsView.as_view()),
        name="registrations",
    ),
    path("<int:pk>/check-in.pdf", forbidden_as_403(CheckInSheetView.as_view()), name="checkin"),
    path("<int:pk>/message/", forbidden_as_403(MessageView.as_view()), name="message"),
]
