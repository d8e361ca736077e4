"""The event index page: a section's events, upcoming then past, and its calendar feed."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page


class SubpageUrlMixin:
    def subpage_url(self, name, *args, request=None):
        """The URL (relative to the site when it can be) of one of the page's routes."""
        # No URL yet: a new page's preview.
        return (self.get_url(request) or "") + self.reverse_subpage(name, args=args)


class EventIndexPage(SubpageUrlMixin, RoutablePageMixin, Page):
    """The events of one section: upcoming first, then past, with filters and a calendar feed.

    Routes: `ical/` (every upcoming and recent event as one iCalendar feed).
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.ActionDayPage"]

    class Meta:
        verbose_name = _("event index")

    @path("")
    def index_route(self, request):
        from events.views import public as views

        return views.event_index(request, self)

    @path("ical/", name="calendar")
    def calendar_route(self, request):
        from events.views import public as views

        return views.index_calendar(request, self)
