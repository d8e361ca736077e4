"""Fifty people register at the same instant: never more confirmed than the capacity.

A place is claimed on the event's tally row by one conditional UPDATE, which PostgreSQL re-checks
on the row as the previous claim committed it; cancelling locks the row (events/registration/
places.py). These tests commit for real, each thread with its own connection, on PostgreSQL.
"""

import threading

import pytest
from django.db import connection, connections

from events.models import Registration, RegistrationTally
from events.registration import places
from tests.factories.events import EventIndexPageFactory, EventPageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's locks"),
]

PEOPLE = 50
CAPACITY = 10


def run_together(functions, timeout=60):
    barrier = threading.Barrier(len(functions))
    errors = []

    def run(function):
        try:
            barrier.wait()
            function()
        except BaseException as error:  # re-raised in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(f,), daemon=True) for f in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
        assert not thread.is_alive(), "a registering thread hung"
    if errors:
        raise errors[0]


@pytest.fixture
def event(home_page):
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, registration_enabled=True, capacity=CAPACITY)


def test_fifty_simultaneous_registrations_fill_the_capacity_exactly(event):
    def registrant(number):
        return lambda: places.register(
            event, language="en", name=f"Person {number}", email=f"p{number}@example.org"
        )

    run_together([registrant(n) for n in range(PEOPLE)])

    statuses = list(Registration.objects.values_list("status", flat=True))
    assert len(statuses) == PEOPLE
    assert statuses.count("confirmed") == CAPACITY
    assert statuses.count("waitlisted") == PEOPLE - CAPACITY
    tally = RegistrationTally.objects.get(event=event)
    assert (tally.confirmed, tally.waitlisted) == (CAPACITY, PEOPLE - CAPACITY)


def test_simultaneous_cancellations_promote_each_waiting_person_once(event):
    registered = [
        places.register(event, language="en", name=f"P{n}", email=f"p{n}@example.org")[0]
        for n in range(CAPACITY + 5)
    ]
    confirmed = [r for r in registered if r.status == "confirmed"]

    run_together([lambda r=r: places.cancel(r) for r in confirmed[:5]] * 2)

    counts = {
        status: Registration.objects.filter(event=event, status=status).count()
        for status in ("confirmed", "waitlisted", "cancelled")
    }
    assert counts == {"confirmed": CAPACITY, "waitlisted": 0, "cancelled": 5}
    tally = RegistrationTally.objects.get(event=event)
    assert (tally.confirmed, tally.waitlisted, tally.cancelled) == (CAPACITY, 0, 5)


def test_one_address_registering_ten_times_at_once_gets_one_registration(event):
    results = []

    def registrant():
        results.append(places.register(event, language="en", name="Ana", email="ana@example.org"))

    run_together([registrant] * 10)

    assert Registration.objects.filter(event=event).count() == 1
    assert sorted(repeat for _registration, _token, repeat in results) == [False] + [True] * 9
    assert RegistrationTally.objects.get(event=event).confirmed == 1


def test_registrations_and_cancellations_at_once_never_exceed_the_capacity(event):
    registered = [
        places.register(event, language="en", name=f"P{n}", email=f"p{n}@example.org")[0]
        for n in range(CAPACITY)
    ]

    def newcomer(number):
        return lambda: places.register(
            event, language="en", name=f"New {number}", email=f"new{number}@example.org"
        )

    run_together(
        [lambda r=r: places.cancel(r) for r in registered[:5]]
        + [newcomer(n) for n in range(PEOPLE - 5)]
    )

    counts = {
        status: Registration.objects.filter(event=event, status=status).count()
        for status in ("confirmed", "waitlisted", "cancelled")
    }
    # Every place freed went to someone (a newcomer or the first waiting), and no more.
    assert counts == {"confirmed": CAPACITY, "waitlisted": PEOPLE - 5 - 5, "cancelled": 5}
    tally = RegistrationTally.objects.get(event=event)
    assert (tally.confirmed, tally.waitlisted, tally.cancelled) == (
        CAPACITY,
        PEOPLE - 10,
        5,
    )


def test_a_place_freed_while_someone_is_being_waitlisted_goes_to_them(event, monkeypatch):
    """The window between a failed claim and the waitlisting, held open on purpose."""
    for n in range(CAPACITY):
        places.register(event, language="en", name=f"P{n}", email=f"p{n}@example.org")
    first_confirmed = Registration.objects.filter(event=event).first()
    claim_failed, cancelled = threading.Event(), threading.Event()
    count_as = places._count_as

    def count_then_pause(event_id, status, capacity):
        done = count_as(event_id, status, capacity)
        if status == "confirmed" and not done and not claim_failed.is_set():
            claim_failed.set()
            assert cancelled.wait(10), "the cancellation never came"
        return done

    monkeypatch.setattr(places, "_count_as", count_then_pause)

    def late_registrant():
        places.register(event, language="en", name="Late", email="late@example.org")

    def cancel_once_the_claim_failed():
        assert claim_failed.wait(10)
        places.cancel(first_confirmed)  # nobody committed on the waitlist yet: no one promoted
        cancelled.set()

    run_together([late_registrant, cancel_once_the_claim_failed])

    late = Registration.objects.get(email="late@example.org")
    assert late.status == "confirmed"
    tally = RegistrationTally.objects.get(event=event)
    assert (tally.confirmed, tally.waitlisted, tally.cancelled) == (CAPACITY, 0, 1)


def test_a_registration_guessed_waitlisted_takes_a_place_that_is_free(home_page):
    # After a waitlisted registration, the next is inserted as waitlisted (one statement less
    # on a full event); a place freed since must still go to it.
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=index, registration_enabled=True, capacity=2)
    first, second, third = (
        places.register(event, language="en", name=n, email=f"{n}@example.org")[0]
        for n in ("a", "b", "c")
    )
    assert third.status == "waitlisted"
    places.cancel(first)  # the third is promoted
    places.cancel(second)  # nobody waits: a place stays free

    fourth = places.register(event, language="en", name="d", email="d@example.org")[0]

    fourth.refresh_from_db()
    assert fourth.status == "confirmed"
    tally = RegistrationTally.objects.get(event=event)
    assert (tally.confirmed, tally.waitlisted, tally.cancelled) == (2, 0, 2)
