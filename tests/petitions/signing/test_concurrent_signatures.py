"""Two identical signatures at the same moment make one row.

The partial unique constraint decides, not a look-up that both requests pass before either has
inserted.

These tests commit for real (transaction=True) and sign from two threads, each with its own
database connection, on PostgreSQL. serialized_rollback restores the data the migrations
created (locales, groups) that the flush after each test removes.
"""

import threading
import time

import pytest
from django.core import mail
from django.db import connection, connections, transaction
from django.test import Client

from petitions.models import Signature
from petitions.signing import flow
from petitions.signing.forms import SignatureForm
from tests.support.signing import form_data, post_sign

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrent writes need PostgreSQL"
    ),
]


def run_in_threads(*functions, timeout=30):
    """Run each function in its own thread (and database connection).

    Return their results in order, re-raising the first error.
    """
    results = [None] * len(functions)
    errors = []

    def run(index, function):
        try:
            results[index] = function()
        except BaseException as error:  # re-raised below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(i, f), daemon=True) for i, f in enumerate(functions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
        assert not thread.is_alive(), "a signing thread hung"
    if errors:
        raise errors[0]
    return results


def test_two_identical_posts_at_once_make_one_signature(petition):
    """Both requests insert (there is no look-up first); the constraint lets one through.

    Both get the same answer.
    """
    barrier = threading.Barrier(2)

    def post():
        client = Client()
        barrier.wait()
        response = post_sign(client, petition)
        return response.status_code, response["Location"]

    results = run_in_threads(post, post)

    assert results[0] == results[1] == (303, petition.url + "signed/")
    assert Signature.objects.filter(email="ana.reyes@example.org").count() == 1
    # One confirmation email, not two.
    assert len(mail.outbox) == 1


def test_the_second_insert_waits_for_the_first_and_becomes_a_repeat(petition):
    """The second insert waits for the first and becomes a repeat.

    A holds its insert uncommitted; B, which cannot see it yet, inserts too and blocks on the
    unique index until A commits, then takes the conflict branch of the upsert (ON CONFLICT DO
    UPDATE), which changes nothing within a minute of A's signature: a repeat.
    """
    form = SignatureForm(form_data())
    assert form.is_valid()
    data = form.cleaned_data
    inserted = threading.Event()
    b_started = threading.Event()

    def a():
        with transaction.atomic():
            result = flow.sign(petition, data, ip="192.0.2.1", language="en")
            inserted.set()
            assert b_started.wait(10)
            time.sleep(0.5)  # B is now blocked on the index
        return result

    def b():
        assert inserted.wait(10)
        b_started.set()
        started = time.monotonic()
        result = flow.sign(petition, data, ip="192.0.2.2", language="en")
        return result, time.monotonic() - started

    result_a, (result_b, waited) = run_in_threads(a, b)

    assert result_a.status == flow.SIGNED
    assert result_b.status == flow.SIGNED
    assert result_a.is_new and not result_b.is_new
    assert waited >= 0.3, "B did not wait for A's transaction"
    assert Signature.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_burst_of_double_submits(petition):
    """Several people double-clicking at once: one signature each, whatever the timing."""
    people = [f"person{n}@example.org" for n in range(5)]

    def poster(email, barrier):
        def post():
            barrier.wait()
            return post_sign(Client(), petition, email=email).status_code

        return post

    functions = []
    for email in people:
        barrier = threading.Barrier(2)
        functions += [poster(email, barrier), poster(email, barrier)]

    statuses = run_in_threads(*functions)

    assert statuses == [303] * 10
    assert sorted(Signature.objects.values_list("email", flat=True)) == people
