"""Fifty people register at the same instant: never more confirmed than the capacity.

A registration is one statement that claims a place on the event's tally row by a conditional
UPDATE, which PostgreSQL re-checks on the row as the previous claim committed it, and inserts the
registration; cancelling locks the row (events/registration/places.py). These tests commit for
real, each thread with its own connection, on PostgreSQL.
"""

import threading
import time

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
    """A registrant's statement meets a cancellation that holds the row: the freed place is theirs.

    The cancellation is held open on purpose after it looked for someone to promote (nobody had
    committed on the waitlist), until the registrant's statement, which started while the event
    was full, is waiting for the row.
    """
    for n in range(CAPACITY):
        places.register(event, language="en", name=f"P{n}", email=f"p{n}@example.org")
    first_confirmed = Registration.objects.filter(event=event).first()
    holding_the_row = threading.Event()
    promote = places.promote_waitlisted

    def promote_then_hold(event):
        promoted = promote(event)
        holding_the_row.set()
        assert _someone_waits_for_this_connection(), "the registrant never waited for the row"
        return promoted

    monkeypatch.setattr(places, "promote_waitlisted", promote_then_hold)

    def late_registrant():
        assert holding_the_row.wait(10)
        places.register(event, language="en", name="Late", email="late@example.org")

    run_together([lambda: places.cancel(first_confirmed), late_registrant])

    late = Registration.objects.get(email="late@example.org")
    assert late.status == "confirmed"
    tally = RegistrationTally.objects.get(event=event)
    assert (tally.confirmed, tally.waitlisted, tally.cancelled) == (CAPACITY, 0, 1)


def _someone_waits_for_this_connection(seconds=10):
    # pg_locks, not pg_stat_activity: the latter is a snapshot for the whole transaction.
    with connection.cursor() as cursor:
        for _ in range(seconds * 20):
            cursor.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted "
                "AND pg_backend_pid() = ANY(pg_blocking_pids(pid))"
            )
            if cursor.fetchone()[0]:
                return True
            time.sleep(0.05)
    return False


def test_a_place_left_free_by_a_cancellation_goes_to_the_next_registrant(home_page):
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
