"""Factories for the events app: an index, and events under it."""

import datetime

import factory
import wagtail_factories

from events.models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    introduction = "Rallies, vigils and meetings."

    class Meta:
        model = EventIndexPage


def days_from_now(days):
    return datetime.date.today() + datetime.timedelta(days=days)


class EventPageFactory(wagtail_factories.PageFactory):
    """A rally in Toronto ten days from now, 12:00 to 13:00, under `parent` (an index)."""

    title = "Rally for status for all"
    kind = "rally"
    summary = "Join us outside the minister's office."
    start_date = factory.LazyFunction(lambda: days_from_now(10))
    start_time = datetime.time(12, 0)
    end_time = datetime.time(13, 0)
    time_zone = "America/Toronto"
    attendance = "in_person"
    venue_name = "Queen's Park"
    address = "111 Wellesley St W"
    city = "Toronto"
    province = "ON"
    postal_code = "M7A 1A2"

    class Meta:
        model = EventPage
