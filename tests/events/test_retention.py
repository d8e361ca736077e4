"""Registrants are deleted after their event; the counts stay."""

import datetime

import pytest
from django.utils import timezone

from events.models import EventPage, Registration, RegistrationTally
from events.registration import places
from tests.factories.events import EventPageFactory
from tests.support.commands import run_command

pytestmark = pytest.mark.django_db


def ended(event, ago):
    """Move the event's end `ago` into the past (as if the time had passed)."""
    EventPage.objects.filter(pk=event.pk).update(ends_at=timezone.now() - ago)
    event.refresh_from_db()


def test_anonymous_registrants_go_within_24_hours_of_the_end_and_counts_stay(event_index):
    event = EventPageFactory(
        parent=event_index, registration_enabled=True, privacy_mode="anonymous"
    )
    for nickname in ("Lupe", "Tomas", ""):
        places.register(event, language="es", nickname=nickname)
    output = run_command("purge_event_registrations")
    assert "Deleted 0 anonymous" in output
    assert Registration.objects.count() == 3

    ended(event, datetime.timedelta(minutes=5))
    run_command("purge_event_registrations")

    assert not Registration.objects.exists()
    tally = RegistrationTally.objects.get(event=event)
    assert tally.confirmed == 3 and tally.registrants_purged_at is not None


def test_standard_registrants_stay_for_the_retention_setting(event_index, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    event = EventPageFactory(parent=event_index, registration_enabled=True)
    places.register(event, language="en", name="Ana", email="ana@example.org")

    ended(event, datetime.timedelta(days=29))
    run_command("purge_event_registrations")
    assert Registration.objects.count() == 1

    ended(event, datetime.timedelta(days=31))
    run_command("purge_event_registrations")
    assert not Registration.objects.exists()
    assert RegistrationTally.objects.get(event=event).confirmed == 1
