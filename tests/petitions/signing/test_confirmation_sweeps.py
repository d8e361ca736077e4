"""Confirmation emails in sweeps.

The signature row is the outbox (`confirmation_due`), a sign POST only makes sure a sweep task is
enqueued (a cache key), and the sweep sends every due email exactly once, in its signer's language,
even with two sweeps at the same moment, a failing mail server or a lost sweep.
"""

import logging
import threading
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home import sweeps
from petitions.models import Signature
from petitions.signing import emails, tasks
from tests.support.localize import translate
from tests.support.mail import RefusingBackend
from tests.support.signing import post_sign

SWEEP_PATH = "petitions.signing.tasks.send_pending_confirmations"


class SlowBackend(EmailBackend):
    """The locmem backend taking its time, so that two sweeps overlap.

    A real mail server takes its time too.
    """

    def send_messages(self, messages):
        time.sleep(0.05)
        return super().send_messages(messages)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def due_signature(petition, email, **fields):
    return Signature.objects.create(
        petition=petition,
        full_name="Ana Reyes",
        email=email,
        language=fields.pop("language", "en"),
        confirmation_due=True,
        **fields,
    )


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_burst_of_signatures_enqueues_one_sweep_that_sends_every_email(
    client, petition, database_tasks, django_capture_on_commit_callbacks
):
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})
    addresses = [f"signer{n}@example.org" for n in range(6)]
    for n, address in enumerate(addresses):
        with django_capture_on_commit_callbacks(execute=True):
            page = french if n % 2 else petition
            assert post_sign(client, page, email=address).status_code == 303

    assert DBTaskResult.objects.filter(task_path=SWEEP_PATH).count() == 1
    # No task row per signature (Wagtail's own tasks for the translation aside).
    assert DBTaskResult.objects.filter(task_path__startswith="petitions.").count() == 1
    assert mail.outbox == []  # the worker has not run it yet

    assert tasks.send_pending_confirmations.call() == 6

    assert recipients() == addresses
    for message in mail.outbox:
        signature = Signature.objects.get(email=message.to[0])
        assert message.extra_headers["Content-Language"] == signature.language
        assert f"/{signature.language}/petitions/status/confirm/" in message.body
    assert not Signature.objects.filter(confirmation_due=True).exists()
    # Nothing is sent twice, and the next signer enqueues the next sweep.
    assert tasks.send_pending_confirmations.call() == 0
    assert len(mail.outbox) == 6
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, email="later@example.org")
    assert DBTaskResult.objects.filter(task_path=SWEEP_PATH).count() == 2


def test_the_sweep_sends_nothing_for_signatures_that_need_no_email(petition):
    """Invalidated and anonymized signatures get nothing; a confirmed one its manage link."""
    now = timezone.now()
    confirmed = due_signature(petition, "confirmed@example.org", confirmed_at=now)
    invalidated = due_signature(petition, "invalidated@example.org", invalidated_at=now)
    anonymized = due_signature(petition, "")
    pending = due_signature(petition, "pending@example.org")

    assert emails.send_pending_confirmations() == (4, False)

    assert sorted(recipients()) == ["confirmed@example.org", "pending@example.org"]
    for signature in (confirmed, invalidated, anonymized, pending):
        signature.refresh_from_db()
        assert signature.confirmation_due is False


def test_a_failed_send_stays_due_and_the_next_sweep_sends_it(
    client, petition, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"
    RefusingBackend.refused = {"first@example.org"}
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, email="first@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, email="second@example.org")

    assert recipients() == ["second@example.org"]
    assert Signature.objects.get(email="first@example.org").confirmation_due is True
    assert "SMTPRecipientsRefused" in caplog.text
    assert "first@example.org" not in caplog.text  # no address in the logs

    RefusingBackend.refused = set()
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, email="third@example.org")

    assert recipients() == ["first@example.org", "second@example.org", "third@example.org"]
    assert not Signature.objects.filter(confirmation_due=True).exists()


def test_a_sweep_stops_when_the_mail_server_keeps_failing(petition, settings):
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"
    addresses = [f"signer{n}@example.org" for n in range(emails.SWEEP_MAX_FAILURES + 2)]
    RefusingBackend.refused = set(addresses)
    for address in addresses:
        due_signature(petition, address)

    assert emails.send_pending_confirmations() == (0, True)
    assert Signature.objects.filter(confirmation_due=True).count() == len(addresses)
    RefusingBackend.refused = set()


def test_a_lost_sweep_delays_emails_until_the_next_one(
    client, petition, django_capture_on_commit_callbacks
):
    """A lost sweep delays the emails until the next one.

    The sweep was enqueued but lost (its worker died before it started): its key stays set until it
    expires, and meanwhile signers enqueue nothing; then the next signer's sweep sends the emails
    that waited. Without signers, the periodic command does.
    """
    cache.set(tasks.CONFIRMATION_SWEEP_KEY, 1, timeout=sweeps.KEY_TTL)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, email="waiting@example.org")
    assert mail.outbox == []

    cache.delete(tasks.CONFIRMATION_SWEEP_KEY)  # expired, or the cache was flushed
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition, email="next@example.org")

    assert recipients() == ["next@example.org", "waiting@example.org"]

    due_signature(petition, "quiet@example.org")
    call_command("send_pending_confirmations")
    assert recipients() == ["next@example.org", "quiet@example.org", "waiting@example.org"]


def test_a_sweep_re_enqueues_itself_when_it_reaches_its_limit(petition, monkeypatch):
    monkeypatch.setattr(emails, "SWEEP_LIMIT", 2)
    for n in range(5):
        due_signature(petition, f"signer{n}@example.org")

    # The immediate backend runs the sweeps it enqueues at once: 2 + 2 + 1.
    assert tasks.send_pending_confirmations.call() == 2

    assert len(mail.outbox) == 5
    assert not Signature.objects.filter(confirmation_due=True).exists()


def test_a_resent_confirmation_is_no_longer_due(petition):
    signature = due_signature(petition, "ana@example.org")

    assert emails.send_confirmation(signature.pk) is True
    assert emails.send_pending_confirmations() == (0, False)
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_sweeps_at_once_send_each_email_once(petition, settings):
    settings.EMAIL_BACKEND = f"{__name__}.SlowBackend"
    addresses = sorted(f"signer{n:02}@example.org" for n in range(12))
    for address in addresses:
        due_signature(petition, address)
    start = threading.Barrier(2)
    results = []

    def sweep():
        try:
            start.wait(timeout=10)
            results.append(emails.send_pending_confirmations())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep, daemon=True) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
        assert not thread.is_alive()

    assert recipients() == addresses  # each once
    handled = sorted(count for count, _left in results)
    assert sum(handled) == len(addresses)
    assert handled[0] > 0  # both sweeps sent some: they ran side by side
    assert not Signature.objects.filter(confirmation_due=True).exists()


def test_an_address_that_keeps_failing_never_holds_the_others_back(petition, settings):
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"
    refused = [f"bounce{n}@example.org" for n in range(emails.SWEEP_MAX_FAILURES)]
    RefusingBackend.refused = set(refused)
    for address in refused:  # the oldest: first in line
        due_signature(petition, address)
    due_signature(petition, "fine@example.org")

    # The first sweep stops at its failures; the next one tries the others first.
    assert emails.send_pending_confirmations() == (0, True)
    assert emails.send_pending_confirmations()[0] == 1
    assert recipients() == ["fine@example.org"]

    for _ in range(emails.CONFIRMATION_MAX_ATTEMPTS):
        emails.send_pending_confirmations()
    given_up = Signature.objects.filter(email__in=refused)
    assert not given_up.filter(confirmation_due=True).exists()
    assert {s.confirmation_attempts for s in given_up} == {emails.CONFIRMATION_MAX_ATTEMPTS}
    RefusingBackend.refused = set()
