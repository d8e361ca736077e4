"""An event translated through wagtail-localize: one event, one capacity, in every language."""

import datetime

import pytest

from events.models import EventPage, Registration
from tests.factories.events import EventPageFactory
from tests.support.database import committing
from tests.support.localize import source_strings, submit, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_event(event_index, locales):
    event = EventPageFactory(
        parent=event_index,
        title="Open assembly",
        summary="An assembly for people without status.",
        kind="online_assembly",
        attendance="online",
        online_url="https://meet.example.org/a",
        registration_enabled=True,
        privacy_mode="anonymous",
        capacity=1,
        accessibility_notes="Live captions.",
        start_time=datetime.time(18, 0),
        end_time=datetime.time(20, 0),
        time_zone="America/Vancouver",
    )
    translate(event_index, "es", {"Events": "Eventos"})
    return translate(
        event,
        "es",
        {
            "Open assembly": "Asamblea abierta",
            "An assembly for people without status.": "Una asamblea para personas sin estatus.",
            "Live captions.": "Subtítulos en vivo.",
        },
    )


def test_translators_get_the_texts_and_never_the_video_link(event_index, locales):
    event = EventPageFactory(
        parent=event_index, online_url="https://meet.example.org/secret", attendance="online"
    )
    strings = source_strings(submit(event, "fr"))
    assert "Rally for status for all" in strings
    assert not any("meet.example.org" in string for string in strings)


def test_the_translated_event_shows_translated_text_and_the_same_time(client, spanish_event):
    assert isinstance(spanish_event, EventPage)
    assert spanish_event.locale.language_code == "es"
    assert (spanish_event.start_time, spanish_event.time_zone) == (
        datetime.time(18, 0),
        "America/Vancouver",
    )
    html = client.get(spanish_event.url).content.decode()
    assert "Asamblea abierta" in html and "Subtítulos en vivo." in html
    assert 'lang="es"' in html


def test_registrations_in_any_language_share_the_source_events_places(client, spanish_event):
    source = EventPage.objects.get(
        translation_key=spanish_event.translation_key, locale__language_code="en"
    )
    with committing():
        client.post(spanish_event.url + "register/", {"nickname": "Lupe"})
        client.post(source.url + "register/", {"nickname": "Ann"})
    lupe, ann = Registration.objects.order_by("pk")
    assert lupe.event_id == ann.event_id == source.pk
    assert (lupe.language, lupe.status) == ("es", "confirmed")
    assert ann.status == "waitlisted"
