"""Reminders a day and an hour before, in the registrant's language and the event's time zone.

And notices to everyone registered when the event changes or is cancelled, sent by workers.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from events.models import EventPage
from events.registration import notices, places
from tests.factories.events import EventPageFactory
from tests.support.database import committing
from tests.support.localize import translate

pytestmark = pytest.mark.django_db

WINNIPEG = ZoneInfo("America/Winnipeg")


@pytest.fixture
def event_in_two_days(event_index):
    start = (timezone.now() + datetime.timedelta(days=2)).astimezone(WINNIPEG)
    return EventPageFactory(
        parent=event_index,
        title="Vigil",
        start_date=start.date(),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 0),
        time_zone="America/Winnipeg",
        registration_enabled=True,
    )


def at(event, before):
    """The moment `before` the event's start."""
    return event.next_occurrence()[0] - before


def test_reminders_go_once_a_day_and_once_an_hour_before_in_the_registrants_language(
    event_in_two_days, locales
):
    translate(event_in_two_days.get_parent(), "fr", {"Events": "Événements"})
    translate(event_in_two_days, "fr", {"Vigil": "Veillée"})
    places.register(event_in_two_days, language="fr", name="Marie", email="marie@example.org")
    places.register(event_in_two_days, language="en", name="Anon", email="", nickname="x")

    assert notices.send_due_reminders(at(event_in_two_days, datetime.timedelta(hours=25))) == 0
    assert notices.send_due_reminders(at(event_in_two_days, datetime.timedelta(hours=23))) == 1
    assert notices.send_due_reminders(at(event_in_two_days, datetime.timedelta(hours=22))) == 0
    [day] = mail.outbox
    assert day.to == ["marie@example.org"]
    assert "Veillée" in day.subject and day.subject.startswith("Demain")
    # 19:00 in Winnipeg, whatever the server's zone (Toronto).
    assert "19:00" in day.body or "19 h" in day.body
    assert notices.send_due_reminders(at(event_in_two_days, datetime.timedelta(minutes=50))) == 1
    assert len(mail.outbox) == 2 and "Veillée" in mail.outbox[1].subject


def test_cancelling_an_event_notifies_everyone_registered_once(event_in_two_days):
    places.register(event_in_two_days, language="en", name="Ana", email="ana@example.org")
    places.register(event_in_two_days, language="en", name="Ben", email="ben@example.org")
    mail.outbox.clear()
    with committing():
        event_in_two_days.save_revision().publish()  # nothing changed
    assert not mail.outbox

    event = EventPage.objects.get(pk=event_in_two_days.pk)
    event.status = "cancelled"
    with committing():
        event.save_revision().publish()
    assert sorted(email.to[0] for email in mail.outbox) == ["ana@example.org", "ben@example.org"]
    assert all(email.subject.startswith("Cancelled") for email in mail.outbox)
    with committing():
        event.save_revision().publish()
    assert len(mail.outbox) == 2
