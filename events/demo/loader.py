"""The events app's demo content (content.py), created under the home page."""

import datetime

from django.utils import timezone

from events.demo import content
from events.models import ActionDayPage, EventIndexPage, EventPage


def day(offset):
    return timezone.localdate() + datetime.timedelta(days=offset)


def load(builder):
    """Find or create the events app's demo content with `builder` (home/demo/builder.py)."""
    index = builder.ensure_index(EventIndexPage, content.EVENT_INDEX)
    week = ensure_week(builder, index)
    for city, province, postal, venue, zone, offset in content.WEEK_EVENTS:
        registering = city == content.REGISTERING_RALLY["city"]
        ensure_event(
            builder,
            week,
            title=f"Rally for status for all: {city}",
            slug=f"rally-{city.lower().replace('é', 'e')}",
            kind="rally",
            summary=content.RALLY_SUMMARY,
            start_date=day(content.WEEK["starts_in_days"] + offset),
            start_time=datetime.time(12, 0),
            end_time=datetime.time(13, 30),
            time_zone=zone,
            venue_name=venue,
            city=city,
            province=province,
            postal_code=postal,
            languages=["en", "fr" if province == "QC" else "es"],
            registration_enabled=registering,
            capacity=content.REGISTERING_RALLY["capacity"] if registering else None,
        )
    for city, province, zone in content.PRESS_CITIES:
        # The same instant everywhere: 11:00 in Toronto, read in each city's own zone.
        ensure_event(
            builder,
            week,
            title=f"Press conference: {city}",
            slug=f"press-conference-{city.lower().replace('é', 'e')}",
            kind="press_conference",
            summary=content.PRESS_SUMMARY,
            start_date=day(content.WEEK["starts_in_days"]),
            **same_instant(zone),
            time_zone=zone,
            city=city,
            province=province,
        )
    nightly = content.NIGHTLY
    ensure_event(
        builder,
        index,
        title=nightly["title"],
        slug=nightly["slug"],
        kind="vigil",
        summary=nightly["summary"],
        start_date=day(nightly["starts_in_days"]),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 30),
        time_zone="America/Toronto",
        recurrence=f"FREQ=DAILY;COUNT={nightly['nights']}",
        venue_name=nightly["venue_name"],
        address=nightly["address"],
        city=nightly["city"],
        province=nightly["province"],
        postal_code=nightly["postal_code"],
    )
    assembly = content.ASSEMBLY
    ensure_event(
        builder,
        index,
        title=assembly["title"],
        slug=assembly["slug"],
        kind="online_assembly",
        summary=assembly["summary"],
        start_date=day(assembly["starts_in_days"]),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(20, 0),
        time_zone="America/Toronto",
        attendance="online",
        online_url="https://meet.example.org/open-assembly",
        languages=["es"],
        interpretation_languages=["en", "es"],
        registration_enabled=True,
        privacy_mode="anonymous",
        capacity=300,
    )


def same_instant(zone):
    """Start and end times in `zone` of 11:00 to 12:00 Toronto time."""
    from zoneinfo import ZoneInfo

    toronto = datetime.datetime.combine(
        day(content.WEEK["starts_in_days"]), datetime.time(11, 0), ZoneInfo("America/Toronto")
    )
    local = toronto.astimezone(ZoneInfo(zone))
    return {"start_time": local.time(), "end_time": (local + datetime.timedelta(hours=1)).time()}


def ensure_week(builder, index):
    data = content.WEEK
    page = builder.find_child(index, ActionDayPage, data["slug"])
    if page:
        return page
    start = day(data["starts_in_days"])
    return builder.publish_child(
        index,
        ActionDayPage(
            title=data["title"],
            slug=data["slug"],
            introduction=data["introduction"],
            start_date=start,
            end_date=start + datetime.timedelta(days=data["days"] - 1),
            accepts_partner_events=data["accepts_partner_events"],
        ),
    )


def ensure_event(builder, parent, **fields):
    if builder.find_child(parent, EventPage, fields["slug"]):
        return
    builder.publish_child(parent, EventPage(**fields))
