"""`.ics` files of an event and of an index, read back by two independent parsers.

icalendar (which writes them) and vobject (which shares no code with it).
"""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def nightly_regina(event_index):
    """A gathering every night at 19:00 in Regina, across the night Canada falls back."""
    return EventPageFactory(
        parent=event_index,
        title="Permanent protest",
        kind="vigil",
        start_date=datetime.date(2026, 10, 29),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 0),
        time_zone="America/Regina",
        city="Regina",
        province="SK",
        recurrence="FREQ=DAILY;UNTIL=20261104",
        recurrence_exceptions="2026-11-02",
    )


def test_an_event_ics_is_valid_for_both_parsers_with_its_time_zone(client, nightly_regina):
    response = client.get(nightly_regina.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content

    calendar = icalendar.Calendar.from_ical(body)
    [event] = calendar.walk("VEVENT")
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "America/Regina"
    assert event["DTSTART"].dt == datetime.datetime(
        2026, 10, 29, 19, 0, tzinfo=ZoneInfo("America/Regina")
    )
    assert event["SUMMARY"] == "Permanent protest"
    assert str(event["UID"]) == f"{nightly_regina.translation_key}@events"

    parsed = vobject.readOne(body.decode())
    starts = list(parsed.vevent.getrruleset(addRDate=True))
    # 29, 30, 31 October, 1, 3, 4 November (the 2nd is skipped): all at 19:00 Regina time,
    # 01:00 UTC, on either side of the night the rest of Canada changes its clocks.
    assert [start.date().isoformat() for start in starts] == [
        "2026-10-29",
        "2026-10-30",
        "2026-10-31",
        "2026-11-01",
        "2026-11-03",
        "2026-11-04",
    ]
    assert {start.astimezone(datetime.UTC).hour for start in starts} == {1}
    assert {start.hour for start in starts} == {19}


def test_a_st_johns_event_expands_at_its_wall_clock_time_in_a_calendar_program(
    client, event_index
):
    event = EventPageFactory(
        parent=event_index,
        start_date=datetime.date(2026, 10, 31),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 0),
        time_zone="America/St_Johns",
        recurrence="FREQ=DAILY;COUNT=2",
    )
    parsed = vobject.readOne(client.get(event.url + "ical/").content.decode())
    first, second = parsed.vevent.getrruleset(addRDate=True)
    assert first.hour == second.hour == 19
    assert second.astimezone(datetime.UTC) - first.astimezone(datetime.UTC) == datetime.timedelta(
        hours=25
    )


def test_the_index_feed_holds_every_event_once_and_says_which_are_cancelled(
    client, event_index, nightly_regina
):
    EventPageFactory(parent=event_index, title="Cancelled rally", status="cancelled")
    body = client.get(event_index.url + "ical/").content
    calendar = icalendar.Calendar.from_ical(body)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {"Permanent protest", "Cancelled rally"}
    assert events["Cancelled rally"]["STATUS"] == "CANCELLED"
    assert {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")} == {
        "America/Regina",
        "America/Toronto",
    }
    parsed = vobject.readOne(body.decode())
    assert sorted(str(event.summary.value) for event in parsed.vevent_list) == [
        "Cancelled rally",
        "Permanent protest",
    ]
