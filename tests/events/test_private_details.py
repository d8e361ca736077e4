"""The video link and a private address: on the private page only, and only inside the window.

The window opens EVENT_REVEAL_MINUTES (30 by default) before the start and closes at the end.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.registration import places, tokens
from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db

VIDEO = "https://meet.example.org/assembly-77"
ADDRESS = "55 Hidden Lane, basement"


def event_starting_in(event_index, minutes, **fields):
    """An event starting `minutes` from now (wall-clock time in Halifax), an hour long."""
    zone = ZoneInfo("America/Halifax")
    start = (timezone.now() + datetime.timedelta(minutes=minutes)).astimezone(zone)
    start = start.replace(second=0, microsecond=0)
    end = start + datetime.timedelta(hours=1)
    return EventPageFactory(
        parent=event_index,
        start_date=start.date(),
        start_time=start.time(),
        end_date=end.date() if end.date() != start.date() else None,
        end_time=end.time(),
        time_zone="America/Halifax",
        registration_enabled=True,
        **fields,
    )


def private_page(client, event, **register):
    registration, token, _repeat = places.register(event, language="en", **register)
    return registration, client.get(event.url + f"registration/{token}/").content.decode()


@pytest.mark.parametrize(
    ("minutes", "revealed"),
    [(120, False), (31, False), (29, True), (0, True), (-59, True), (-61, False)],
)
def test_the_video_link_shows_on_the_private_page_only_inside_its_window(
    client, event_index, minutes, revealed
):
    event = event_starting_in(
        event_index, minutes, attendance="online", online_url=VIDEO, privacy_mode="anonymous"
    )
    _registration, html = private_page(client, event, nickname="Lupe")
    assert (VIDEO in html) is revealed
    assert VIDEO not in client.get(event.url).content.decode()
    if not revealed and minutes > 0:
        assert "The link or address appears here on" in html


def test_a_private_address_follows_the_same_window(client, event_index):
    soon = event_starting_in(
        event_index, 10, address=ADDRESS, address_after_registration=True, title="Soon"
    )
    later = event_starting_in(
        event_index, 300, address=ADDRESS, address_after_registration=True, title="Later"
    )
    assert ADDRESS in private_page(client, soon, name="Ana", email="a@example.org")[1]
    assert ADDRESS not in private_page(client, later, name="Ana", email="a@example.org")[1]
    for event in (soon, later):
        assert "Hidden Lane" not in client.get(event.url).content.decode()


def test_waitlisted_and_cancelled_registrants_never_see_the_link(client, event_index):
    event = event_starting_in(
        event_index, 5, attendance="online", online_url=VIDEO, capacity=1, privacy_mode="anonymous"
    )
    places.register(event, language="en")
    waiting, html = private_page(client, event, nickname="Second")
    assert waiting.status == "waitlisted" and VIDEO not in html
    _third, token, _ = places.register(event, language="en")
    assert VIDEO not in client.get(event.url + f"registration/{token}/").content.decode()


def test_only_the_hash_of_the_private_link_is_stored(event_index):
    event = event_starting_in(event_index, 60, privacy_mode="anonymous")
    registration, token, _repeat = places.register(event, language="en")
    assert token not in str(registration.__dict__)
    assert registration.token_hash == tokens.token_hash(token)
