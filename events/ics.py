"""Events as iCalendar (RFC 5545): one event's `.ics`, and the feed of an index.

Times are written in the event's own zone (DTSTART;TZID=America/Regina:...) with its VTIMEZONE,
so that a calendar program keeps a repeating gathering at its wall-clock time across daylight
saving changes. The video link and a private address are never written: a calendar file is as
public as the page it comes from.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from events import recurrence
from events.choices import Status

PRODUCT_ID = "-//Migrant Workers Coalition//Events//EN"
YEAR = datetime.timedelta(days=366)
STATUS = {
    Status.SCHEDULED: "CONFIRMED",
    Status.CANCELLED: "CANCELLED",
    # RFC 5545 has no "postponed": TENTATIVE is what calendar programs understand.
    Status.POSTPONED: "TENTATIVE",
}


def calendar_for(pages, name, absolute_url):
    """A VCALENDAR of `pages` (EventPages). `absolute_url(page)` gives each page's full URL."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    pages = list(pages)
    for page in pages:
        calendar.add_component(_event(page, absolute_url(page), stamp))
    if pages:
        # Time zone rules for the years of these events only, a year either side: a VTIMEZONE
        # with every transition since 1970 (Newfoundland's 1988 double daylight time included)
        # is misread by some parsers (dateutil's, which vobject uses) and bloats every file.
        first = min(page.start_date for page in pages) - YEAR
        last = max((page.ends_at.date() if page.ends_at else page.start_date) for page in pages)
        calendar.add_missing_timezones(first, last + YEAR)
    return calendar.to_ical()


def _event(page, url, stamp):
    zone = ZoneInfo(page.time_zone)
    event = Event()
    # The translation key: one UID for every language of the event, so a calendar that
    # subscribed in French and in English holds it once.
    event.add("uid", f"{page.translation_key}@events")
    event.add("dtstamp", stamp)
    event.add("last-modified", (page.last_published_at or stamp).astimezone(datetime.UTC))
    event.add("dtstart", page.local_start.replace(tzinfo=zone))
    event.add("dtend", page.local_end.replace(tzinfo=zone))
    event.add("summary", page.title)
    event.add("description", f"{page.summary}\n\n{url}")
    event.add("url", url)
    event.add("status", STATUS.get(page.status, "CONFIRMED"))
    location = _location(page)
    if location:
        event.add("location", location)
    if page.is_repeating:
        event.add("rrule", _utc_until(page))
        skipped = recurrence.parse_exdates(page.recurrence_exceptions)
        if skipped:
            event.add(
                "exdate",
                [
                    datetime.datetime.combine(day, page.start_time).replace(tzinfo=zone)
                    for day in skipped
                ],
            )
    return event


def _utc_until(page):
    """The rule with UNTIL in UTC: RFC 5545 wants it so when DTSTART has a time zone."""
    rule = vRecur(recurrence.parse_rule(page.recurrence, page.time_zone))
    until = recurrence.local_until(rule, page.time_zone)
    if until is not None:
        rule["UNTIL"] = [until.replace(tzinfo=ZoneInfo(page.time_zone)).astimezone(datetime.UTC)]
    return rule


def _location(page):
    if page.is_in_person:
        parts = [page.venue_name, page.public_address, page.city, page.province]
        return ", ".join(part for part in parts if part)
    return ""
