"""A day or week of action: one page gathering many events in many cities."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyStreamBlock


class ActionDayPage(RoutablePageMixin, Page):
    """Its events are its child pages, listed by province and city, with a postal-code filter.

    Under the home page or an event index; the index lists its events too.
    """

    introduction = models.TextField(_("introduction"), blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"), null=True, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("body"),
    ]
    override_translatable_fields = [SynchronizedField("start_date"), SynchronizedField("end_date")]
    parent_page_types = ["home.HomePage", "events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("day or week of action")

    @path("")
    def index_route(self, request):
        from events.views import public as views

        return views.action_day(request, self)
