"""Event pages and the event index, as anonymous visitors see them."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from tests.factories.events import EventPageFactory, days_from_now

pytestmark = pytest.mark.django_db

SECRET_VIDEO = "https://meet.example.org/secret-room-4242"
SECRET_ADDRESS = "55 Hidden Lane, basement"


def json_ld(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found, "no JSON-LD"
    return json.loads(found.group(1))


def test_an_event_page_shows_its_time_in_its_zone_a_map_link_and_schema_org_data(
    client, event_index
):
    event = EventPageFactory(
        parent=event_index,
        time_zone="America/Regina",
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 30),
    )
    html = client.get(event.url).content.decode()
    assert "7:00" in html or "19:00" in html
    assert "Saskatchewan (Regina" in html
    assert "https://www.openstreetmap.org/search?query=111+Wellesley+St+W" in html
    data = json_ld(html)
    assert data["@type"] == "Event"
    assert data["startDate"].endswith("T19:00:00-06:00")
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"][0]["address"]["streetAddress"] == "111 Wellesley St W"
    assert "<iframe" not in html  # a plain link, no embedded third-party map


def test_the_video_link_and_a_private_address_are_never_in_public_html_ics_or_json_ld(
    client, event_index
):
    event = EventPageFactory(
        parent=event_index,
        attendance="hybrid",
        online_url=SECRET_VIDEO,
        address=SECRET_ADDRESS,
        address_after_registration=True,
        registration_enabled=True,
        privacy_mode="anonymous",
        # Inside the reveal window: even then the public page keeps them.
        start_date=timezone.localdate(),
        start_time=datetime.time(0, 0),
        end_time=datetime.time(23, 59),
    )
    for url in (event.url, event.url + "ical/", event_index.url, event_index.url + "ical/"):
        body = client.get(url).content.decode()
        assert SECRET_VIDEO not in body, url
        assert "Hidden Lane" not in body, url
        assert "meet.example.org" not in body, url


def test_cancelled_and_postponed_events_say_so_and_keep_their_url(client, event_index):
    event = EventPageFactory(parent=event_index, status="cancelled", status_note="Storm warning.")
    response = client.get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This event is cancelled." in html and "Storm warning." in html
    assert json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"
    event.status = "postponed"
    event.save_revision().publish()  # forgets the page the cache keeps for anonymous visitors
    assert "This event is postponed." in client.get(event.url).content.decode()


def test_the_index_lists_upcoming_events_first_then_past_ones_by_themselves(client, event_index):
    past = EventPageFactory(
        parent=event_index, title="Vigil of last month", start_date=days_from_now(-30)
    )
    later = EventPageFactory(parent=event_index, title="Later rally", start_date=days_from_now(20))
    sooner = EventPageFactory(
        parent=event_index, title="Sooner rally", start_date=days_from_now(2)
    )
    html = client.get(event_index.url).content.decode()
    upcoming, _, past_section = html.partition("Past events")
    assert upcoming.index(sooner.title) < upcoming.index(later.title)
    assert past.title in past_section and past.title not in upcoming


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("province=QC", {"Montréal assembly"}),
        ("city=Toronto", {"Toronto rally"}),
        ("kind=vigil", {"Vancouver vigil"}),
        ("language=es", {"Montréal assembly"}),
        ("online=on", {"Montréal assembly"}),
        ("", {"Toronto rally", "Montréal assembly", "Vancouver vigil"}),
    ],
)
def test_the_index_filters_by_place_kind_language_and_online(client, event_index, query, expected):
    EventPageFactory(parent=event_index, title="Toronto rally")
    EventPageFactory(
        parent=event_index,
        title="Montréal assembly",
        kind="online_assembly",
        city="Montréal",
        province="QC",
        attendance="hybrid",
        interpretation_languages=["es"],
    )
    EventPageFactory(
        parent=event_index, title="Vancouver vigil", kind="vigil", city="Vancouver", province="BC"
    )
    html = client.get(f"{event_index.url}?{query}").content.decode()
    shown = {
        title
        for title in ("Toronto rally", "Montréal assembly", "Vancouver vigil")
        if f">{title}</a>" in html
    }
    assert shown == expected


def test_the_index_paginates(client, event_index):
    for number in range(14):
        EventPageFactory(
            parent=event_index, title=f"Rally {number:02d}", start_date=days_from_now(number + 1)
        )
    first = client.get(event_index.url).content.decode()
    second = client.get(event_index.url + "?page=2").content.decode()
    assert ">Rally 00</a>" in first and ">Rally 12</a>" not in first
    assert ">Rally 12</a>" in second and ">Rally 13</a>" in second


def test_an_invalid_recurrence_rule_is_refused_with_a_clear_message(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(recurrence="FREQ=DAILY")
    with pytest.raises(ValidationError) as raised:
        event.clean()
    assert "needs an end" in str(raised.value)


def test_a_rule_whose_dates_are_all_skipped_is_refused(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(
        start_date=days_from_now(1),
        recurrence="FREQ=DAILY;COUNT=1",
        recurrence_exceptions=days_from_now(1).isoformat(),
    )
    with pytest.raises(ValidationError) as raised:
        event.clean()
    assert "leave no date" in str(raised.value)
