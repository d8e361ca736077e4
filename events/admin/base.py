"""What the organizers' event screens share: the permission check and the event they are about."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from events.models import EventPage
from events.permissions import VIEW_REGISTRATIONS

NAMESPACE = "events_admin"


def admin_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


class OrganizerView(WagtailAdminTemplateMixin, TemplateView):
    """A screen of registrant data: Organizers only (a real 403 for anyone else)."""

    permission_required = VIEW_REGISTRATIONS
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # Without its own crumb, Wagtail's header shows only "Home" in place of the title.
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class EventView(OrganizerView):
    """A screen about one event (any translation's id leads to the source event)."""

    @cached_property
    def event(self):
        return get_object_or_404(EventPage, pk=self.kwargs["pk"]).source_event

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": admin_url("index"), "label": _("Event registrations")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pk = self.event.pk
        context.update(
            event=self.event,
            index_url=admin_url("index"),
            registrations_url=admin_url("registrations", pk),
            checkin_url=admin_url("checkin", pk),
            message_url=admin_url("message", pk),
        )
        return context
