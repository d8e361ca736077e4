"""The organizers' "Event registrations" admin menu item and its URLs (events/admin/urls.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from events.admin import urls
from events.permissions import VIEW_REGISTRATIONS


class OrganizerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_REGISTRATIONS)


class EventsAdminViewSet(ViewSet):
    name = "events_admin"
    url_prefix = "events"
    icon = "date"
    menu_label = _("Event registrations")
    menu_name = "event_registrations"
    menu_item_class = OrganizerMenuItem
    add_to_admin_menu = True
    menu_order = 260

    def get_urlpatterns(self):
        return list(urls.urlpatterns)
