"""A day or week of action: one page gathering many events in many cities."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
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
    # Acted on when the page is published (events/moderation.py), not when a draft is saved.
    accepts_partner_events = models.BooleanField(
        _("accept events from partner organizations"),
        default=False,
        help_text=_(
            "Once the page is published with this on, members of the “Event partners” group may "
            "add events under it. Their events are published only after an Events moderator "
            "approves them. Turn it off and publish to stop new submissions: events already "
            "submitted stay."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("accepts_partner_events")], heading=_("Partner submissions")),
    ]
    # Opening a page to partners is a fact of the source-language page, not a text to translate.
    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("accepts_partner_events"),
    ]
    parent_page_types = ["home.HomePage", "events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("day or week of action")

    @path("")
    def index_route(self, request):
        from events.views import public as views

        return views.action_day(request, self)
