"""Event pages.

An event's times are wall-clock times in its own IANA time zone (start date and time, end time,
time zone), as organizers announce them; `starts_at` and `ends_at` are the UTC instants of its
first start and last end, kept on save for listing upcoming and past events in one query.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events import choices, recurrence
from events.fields import ChoiceListField
from events.models.index import SubpageUrlMixin
from home.blocks import BodyStreamBlock
from home.models import ShareImageMixin, image_field

OPENSTREETMAP_SEARCH = "https://www.openstreetmap.org/search"


class EventPage(ShareImageMixin, SubpageUrlMixin, RoutablePageMixin, Page):
    """One event, in person, online or both, once or repeating.

    Routes below the page (events/views/public.py, events/views/registration.py): `ical/` (its
    .ics file), `register/` (POST), `registered/` ("check your email"),
    `registration/<token>/` (the registrant's private page).
    """

    share_image_field = "image"

    kind = models.CharField(_("kind"), max_length=20, choices=choices.Kind.choices)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=choices.Status.choices,
        default=choices.Status.SCHEDULED,
        help_text=_("A cancelled or postponed event says so at the top of its page."),
    )
    status_note = models.CharField(
        _("status note"),
        max_length=300,
        blank=True,
        help_text=_("For example: postponed to a date to be announced."),
    )
    summary = models.TextField(_("summary"), max_length=500)
    start_date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only when it ends on a later day.")
    )
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=choices.TIME_ZONES,
        default=choices.DEFAULT_TIME_ZONE,
        help_text=_("The times above are local times in this zone."),
    )
    recurrence = models.CharField(
        _("repeats"),
        max_length=255,
        blank=True,
        help_text=_(
            "An iCalendar rule (RFC 5545 RRULE), for example FREQ=DAILY;UNTIL=20260614 for every "
            "day until June 14. Empty: it happens once."
        ),
    )
    recurrence_exceptions = models.TextField(
        _("skipped dates"),
        blank=True,
        help_text=_("Dates a repeating event does not happen, one YYYY-MM-DD a line."),
    )
    attendance = models.CharField(
        _("attendance"),
        max_length=10,
        choices=choices.Attendance.choices,
        default=choices.Attendance.IN_PERSON,
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("street address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    province = models.CharField(
        _("province or territory"), max_length=2, choices=choices.PROVINCES, blank=True
    )
    postal_code = models.CharField(_("postal code"), max_length=7, blank=True)
    address_after_registration = models.BooleanField(
        _("address sent after registration"),
        default=False,
        help_text=_(
            "The public page shows only the city; registrants see the address on their private "
            "page shortly before the start."
        ),
    )
    online_url = models.URLField(
        _("video link"),
        blank=True,
        help_text=_(
            "Never shown on the public page: registrants see it on their private page shortly "
            "before the start."
        ),
    )
    accessibility_notes = models.TextField(_("accessibility"), blank=True)
    languages = ChoiceListField(_("held in"), choice_list=choices.LANGUAGES)
    interpretation_languages = ChoiceListField(
        _("interpretation into"), choice_list=choices.LANGUAGES
    )
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    image = image_field(_("image"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    related_petition = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related petition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_enabled = models.BooleanField(_("registration"), default=False)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Confirmed places; later registrants join the waitlist. Empty: no limit."),
    )
    privacy_mode = models.CharField(
        _("privacy"),
        max_length=10,
        choices=choices.PrivacyMode.choices,
        default=choices.PrivacyMode.STANDARD,
    )
    registration_questions = models.TextField(
        _("questions"),
        blank=True,
        help_text=_("Optional questions to registrants, one a line (for example: accessibility)."),
    )
    starts_at = models.DateTimeField(editable=False, null=True, db_index=True)
    ends_at = models.DateTimeField(editable=False, null=True, db_index=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("status_note"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
                FieldPanel("recurrence"),
                FieldPanel("recurrence_exceptions"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel(
                    [FieldPanel("city"), FieldPanel("province"), FieldPanel("postal_code")]
                ),
                FieldPanel("address_after_registration"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_notes"),
                FieldPanel("languages"),
                FieldPanel("interpretation_languages"),
                FieldPanel("what_to_bring"),
            ],
            heading=_("Access and languages"),
        ),
        InlinePanel("hosts", label=_("Hosting organization"), heading=_("Hosted by")),
        FieldPanel("image"),
        FieldPanel("body"),
        PageChooserPanel("related_petition", page_type="petitions.PetitionPage"),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("privacy_mode")]),
                FieldPanel("registration_questions"),
            ],
            heading=_("Registration"),
        ),
    ]
    # When, where and how one registers are facts of the event, the same in every language.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "kind",
            "status",
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "recurrence",
            "recurrence_exceptions",
            "attendance",
            "address",
            "city",
            "province",
            "postal_code",
            "address_after_registration",
            "online_url",
            "languages",
            "interpretation_languages",
            "registration_enabled",
            "capacity",
            "privacy_mode",
        )
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("city"),
        index.SearchField("body"),
    ]

    parent_page_types = ["events.EventIndexPage", "events.ActionDayPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    @cached_property
    def source_event(self):
        """The source-language event that registrations belong to (this page when it is one).

        Its capacity, privacy mode and status are the ones that count: a translation may lag
        behind until it is synchronized.
        """
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return (
            EventPage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or self
        )

    # --- when -------------------------------------------------------------------------------

    @property
    def local_start(self):
        return datetime.datetime.combine(self.start_date, self.start_time)

    @property
    def local_end(self):
        return datetime.datetime.combine(self.end_date or self.start_date, self.end_time)

    def occurrences(self):
        """Every (start, end) as aware datetimes in the event's zone (events/recurrence.py)."""
        return recurrence.occurrences(
            self.local_start,
            self.local_end,
            self.time_zone,
            self.recurrence,
            self.recurrence_exceptions,
        )

    def next_occurrence(self, now=None):
        """The (start, end) not over yet, or the last one when the event is past."""
        found = self.occurrences() or recurrence.occurrences(
            self.local_start, self.local_end, self.time_zone
        )  # every date skipped: the first date stands for the event
        return recurrence.next_occurrence(found, now or timezone.now()) or found[-1]

    @property
    def is_past(self):
        return self.ends_at is not None and self.ends_at < timezone.now()

    @property
    def is_repeating(self):
        return bool(self.recurrence.strip())

    def clean(self):
        super().clean()
        errors = {}
        has_times = self.start_date and self.start_time and self.end_time
        if has_times and self.local_end <= self.local_start:
            errors["end_time"] = _("The event must end after it starts.")
        if self.recurrence:
            try:
                recurrence.parse_rule(self.recurrence, self.time_zone)
            except ValidationError as error:
                errors["recurrence"] = error.messages
        if self.recurrence_exceptions:
            try:
                recurrence.parse_exdates(self.recurrence_exceptions)
            except ValidationError as error:
                errors["recurrence_exceptions"] = error.messages
        if has_times and not errors and self.recurrence and not self.occurrences():
            errors["recurrence"] = _("This rule and the skipped dates leave no date at all.")
        if self.registration_enabled is False and self.address_after_registration:
            errors["address_after_registration"] = _(
                "The address can only be sent to registrants: turn registration on."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The UTC span of every occurrence: what listings sort and split (upcoming/past) by.
        found = self.occurrences()
        self.starts_at = found[0][0] if found else None
        self.ends_at = found[-1][1] if found else None
        return super().save(*args, **kwargs)

    # --- where ------------------------------------------------------------------------------

    @property
    def is_online(self):
        return self.attendance in (choices.Attendance.ONLINE, choices.Attendance.HYBRID)

    @property
    def is_in_person(self):
        return self.attendance in (choices.Attendance.IN_PERSON, choices.Attendance.HYBRID)

    @property
    def public_address(self):
        """The street address anyone may see: none when it is sent after registration."""
        return "" if self.address_after_registration else self.address

    def map_url(self):
        """A plain link to OpenStreetMap's search for the public address, or the city."""
        place = ", ".join(part for part in (self.public_address, self.city, self.province) if part)
        if not place:
            return ""
        return f"{OPENSTREETMAP_SEARCH}?{urlencode({'query': place})}"

    # --- routes -----------------------------------------------------------------------------

    @path("")
    def index_route(self, request):
        from events.views import public as views

        return views.event_page(request, self)

    @path("ical/", name="ics")
    def ics_route(self, request):
        from events.views import public as views

        return views.event_calendar(request, self)

    @path("register/", name="register")
    def register_route(self, request):
        from events.views import registration as views

        return views.register(request, self)

    @path("registered/", name="registered")
    def registered_route(self, request):
        from events.views import registration as views

        return views.registered(request, self)

    @path("registration/<str:token>/", name="registration")
    def registration_route(self, request, token):
        from events.views import registration as views

        return views.private_page(request, self, token)
