"""The events app's admin registrations (viewsets and menus are declared in events/admin/)."""

from wagtail import hooks

from events.admin.viewsets import EventsAdminViewSet


@hooks.register("register_admin_viewset")
def register_events_admin():
    return EventsAdminViewSet()
