"""The private links of standard registrations go out in sweeps.

A registration only makes sure a sweep task is queued (a cache key, home/sweeps.py); the sweep
emails every link due once, in the registrant's language, and a failed send stays due. The link's
token is derived (events/registration/tokens.py), so no task ever holds it.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from events.models import Registration
from events.registration import emails, places, tasks
from tests.factories.events import EventPageFactory
from tests.support.localize import translate
from tests.support.mail import RefusingBackend

pytestmark = pytest.mark.django_db

SWEEP_PATH = "events.registration.tasks.send_pending_links"


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, registration_enabled=True, capacity=3)


def post_registration(client, page, email):
    with translation.override(page.locale.language_code):
        url = reverse("event_register", args=[page.pk])
    return client.post(url, {"name": "Ana Reyes", "email": email})


def link_in(message):
    return re.search(r"https?://\S+/registration/[\w-]+/", message.body).group(0)


def test_a_burst_of_registrations_queues_one_sweep_that_emails_every_link(
    client, event, locales, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    spanish = translate(event, "es")
    addresses = [f"person{n}@example.org" for n in range(5)]
    for n, address in enumerate(addresses):
        with django_capture_on_commit_callbacks(execute=True):
            page = spanish if n % 2 else event
            assert post_registration(client, page, address).status_code == 303

    # One task for the five of them, and no task row that holds a link.
    assert DBTaskResult.objects.filter(task_path__startswith="events.").count() == 1
    assert DBTaskResult.objects.filter(task_path=SWEEP_PATH).count() == 1
    assert mail.outbox == []  # the worker has not run it yet

    assert tasks.send_pending_links.call() == 5

    assert sorted(message.to[0] for message in mail.outbox) == addresses
    for message in mail.outbox:
        registration = Registration.objects.get(email=message.to[0])
        link = link_in(message)
        # On the event in the registrant's language, and it opens their private page.
        assert f"/{registration.language}/" in link
        page = Client().get(urlsplit(link).path)
        assert page.status_code == 200 and registration.code in page.content.decode()
    statuses = sorted(Registration.objects.values_list("status", flat=True))
    assert statuses == ["confirmed"] * 3 + ["waitlisted"] * 2
    # Nothing is sent twice.
    assert tasks.send_pending_links.call() == 0
    assert not Registration.objects.filter(link_emailed_at__isnull=True).exists()


def test_a_failed_send_stays_due_and_the_next_sweep_sends_it(event, settings, caplog):
    settings.EMAIL_BACKEND = "tests.support.mail.RefusingBackend"
    RefusingBackend.refused = {"first@example.org"}
    for address in ("first@example.org", "second@example.org"):
        places.register(event, language="en", name="Ana", email=address)

    assert emails.send_pending_links() == (1, True)
    assert [message.to for message in mail.outbox] == [["second@example.org"]]
    assert Registration.objects.get(email="first@example.org").link_emailed_at is None
    assert "SMTPRecipientsRefused" in caplog.text
    assert "first@example.org" not in caplog.text  # no address in the logs

    RefusingBackend.refused = set()
    assert emails.send_pending_links() == (1, False)
    assert mail.outbox[-1].to == ["first@example.org"]


def test_a_registration_cancelled_before_the_sweep_gets_no_link(event):
    registration = places.register(event, language="en", name="A", email="a@x.org")[0]
    places.cancel(registration)

    assert emails.send_pending_links() == (1, False)

    assert mail.outbox == []
    registration.refresh_from_db()
    assert registration.link_emailed_at is not None  # no longer due


def test_a_link_due_when_the_secret_key_changed_is_written_with_the_old_key(event, settings):
    token = places.register(event, language="en", name="A", email="a@x.org")[1]
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-for-this-test-only-0123456789-abcdefghijklmnop"

    emails.send_pending_links()

    [message] = mail.outbox
    assert link_in(message).endswith(f"/registration/{token}/")
