"""Registering for an event: standard and anonymous modes, waitlist, abuse, private page."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from events.models import Registration, RegistrationTally
from tests.factories.events import EventPageFactory
from tests.support.database import committing
from tests.support.html import soup

pytestmark = pytest.mark.django_db

HONEYPOT = "website"


@pytest.fixture
def standard_event(event_index):
    return EventPageFactory(
        parent=event_index,
        registration_enabled=True,
        capacity=1,
        registration_questions="Do you need interpretation?",
    )


@pytest.fixture
def anonymous_event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Open and anonymous assembly",
        kind="online_assembly",
        attendance="online",
        online_url="https://meet.example.org/assembly-77",
        registration_enabled=True,
        privacy_mode="anonymous",
    )


def register_url(event):
    """Where the event page's form posts (the plain URL, outside Wagtail's routing)."""
    with translation.override(event.locale.language_code):
        return reverse("event_register", args=[event.pk])


def register(client, event, **data):
    """POST the form; the emails queued after the commit are sent, as a real commit would."""
    with committing():
        return client.post(register_url(event), data)


def test_the_event_page_s_form_posts_to_the_plain_url(client, standard_event):
    form = soup(client.get(standard_event.url)).select_one("form.register-form")
    assert form["action"] == register_url(standard_event) + "#register"


def private_link_in(text):
    """The path of the private link in an email or a page."""
    found = re.search(r"https?://[^/\s]+(/[^\s\"<]*/registration/[\w-]+/)", text)
    assert found, f"no private link in {text!r}"
    return found.group(1)


def test_a_standard_registration_emails_its_private_link_and_asks_the_questions(
    client, standard_event
):
    response = register(
        client,
        standard_event,
        name="Ana Reyes",
        email="Ana@Example.org",
        question_0="Spanish, please",
    )
    assert response.status_code == 303
    assert response["Location"] == standard_event.url + "registered/"
    assert "Check your email" in client.get(response["Location"]).content.decode()
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.status) == (
        "Ana Reyes",
        "ana@example.org",
        "confirmed",
    )
    assert registration.answers == {"Do you need interpretation?": "Spanish, please"}
    [email] = mail.outbox
    assert email.to == ["ana@example.org"]
    link = private_link_in(email.body)
    page = client.get(link)
    assert "Confirmed: you have a place." in page.content.decode()
    assert page["X-Robots-Tag"] == "noindex"


# Also on SQLite (`make test-smoke`, the embedded default of `make run`): the three-statement path
# of events/registration/places.py.
@pytest.mark.smoke
def test_registering_again_with_the_same_address_changes_nothing_and_tells_nobody(
    client, standard_event
):
    first = register(client, standard_event, name="Ana", email="ana@example.org")
    again = register(client, standard_event, name="Someone else", email="ANA@example.org")
    # The same answer, whether the address had registered or not.
    assert first.status_code == again.status_code == 303
    assert first["Location"] == again["Location"]
    assert Registration.objects.count() == 1
    assert Registration.objects.get().name == "Ana"
    assert "already registered" in mail.outbox[-1].subject
    # The refused insert counted nothing (the event is full: it would have counted as waiting).
    tally = RegistrationTally.objects.get(event=standard_event)
    assert (tally.confirmed, tally.waitlisted) == (1, 0)


@pytest.mark.smoke
def test_when_full_the_next_person_waits_and_is_promoted_and_emailed_when_someone_cancels(
    client, standard_event
):
    register(client, standard_event, name="Ana", email="ana@example.org")
    register(client, standard_event, name="Ben", email="ben@example.org")
    ana, ben = Registration.objects.order_by("pk")
    assert (ana.status, ben.status) == ("confirmed", "waitlisted")
    ana_link = private_link_in(mail.outbox[0].body)
    assert "waitlist" in mail.outbox[1].body
    page = client.get(private_link_in(mail.outbox[1].body))
    assert "On the waitlist (number 1)" in page.content.decode()

    mail.outbox.clear()
    with committing():
        response = client.post(ana_link, {"action": "cancel"})
    assert response.status_code == 302
    ana.refresh_from_db()
    ben.refresh_from_db()
    assert (ana.status, ben.status) == ("cancelled", "confirmed")
    [promoted] = mail.outbox
    assert promoted.to == ["ben@example.org"] and "place opened" in promoted.subject
    tally = RegistrationTally.objects.get(event=standard_event)
    assert (tally.confirmed, tally.waitlisted, tally.cancelled) == (1, 0, 1)


def test_a_registrant_changes_their_answers_on_the_private_page(client, standard_event):
    register(client, standard_event, name="Ana", email="ana@example.org")
    link = private_link_in(mail.outbox[0].body)
    response = client.post(link, {"action": "change", "name": "Ana R.", "question_0": "No"})
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.name == "Ana R."
    assert registration.answers == {"Do you need interpretation?": "No"}
    # A name is required: nothing changes, and the page says why.
    response = client.post(link, {"action": "change", "name": ""})
    assert response.status_code == 400
    assert Registration.objects.get().name == "Ana R."


def test_an_anonymous_registration_shows_code_and_link_and_keeps_no_email_name_or_address(
    client, anonymous_event
):
    response = register(
        client, anonymous_event, nickname="Lupe", email="lupe@example.org", name="Real Name"
    )
    html = response.content.decode()
    assert response.status_code == 200
    registration = Registration.objects.get()
    assert registration.code in html
    link = private_link_in(html)
    assert (registration.email, registration.name, registration.nickname) == ("", "", "Lupe")
    stored = " ".join(str(value) for value in Registration.objects.values_list().get())
    assert "lupe@example.org" not in stored and "127.0.0.1" not in stored
    assert "Real Name" not in stored
    # The address was used once, to send the code, and is in no queued task either.
    [email] = mail.outbox
    assert email.to == ["lupe@example.org"] and registration.code in email.body
    from django_tasks_db.models import DBTaskResult

    assert not DBTaskResult.objects.filter(args_kwargs__icontains="lupe").exists()
    assert client.get(link).status_code == 200


def test_an_anonymous_registration_needs_no_field_at_all(client, anonymous_event):
    response = register(client, anonymous_event)
    assert response.status_code == 200
    assert Registration.objects.get().nickname == ""
    assert not mail.outbox


def test_the_honeypot_stores_and_sends_nothing(client, standard_event):
    response = register(
        client, standard_event, name="Bot", email="bot@example.org", **{HONEYPOT: "x"}
    )
    # Where every registrant goes.
    assert response.status_code == 303
    assert response["Location"] == standard_event.url + "registered/"
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_the_rate_limit_per_address_stops_a_flood(client, standard_event, settings):
    settings.EVENT_RATE_LIMIT = (2, 3600)
    statuses = [
        register(client, standard_event, name=f"P{n}", email=f"p{n}@example.org").status_code
        for n in range(3)
    ]
    assert statuses == [303, 303, 429]
    assert Registration.objects.count() == 2


def test_a_post_without_the_csrf_token_is_refused(standard_event):
    client = Client(enforce_csrf_checks=True)
    response = register(client, standard_event, name="Ana", email="ana@example.org")
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_bad_input_is_reported_in_the_form_and_nothing_is_stored(client, standard_event):
    response = register(client, standard_event, name="", email="not-an-email")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please correct the following:" in html and 'class="error-summary"' in html
    assert not Registration.objects.exists()


def test_a_cancelled_event_takes_no_registrations(client, standard_event):
    standard_event.status = "cancelled"
    standard_event.save_revision().publish()
    response = register(client, standard_event, name="Ana", email="ana@example.org")
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_a_wrong_private_link_is_a_404(client, standard_event):
    assert client.get(standard_event.url + "registration/not-a-token/").status_code == 404


def test_a_restricted_event_is_registered_for_through_its_route(client, standard_event):
    PageViewRestriction.objects.create(
        page=standard_event, restriction_type=PageViewRestriction.PASSWORD, password="sesame"
    )
    # The plain URL hands the POST (307 keeps it) to the page's route, where Wagtail checks the
    # restriction first: the password form, and nothing stored.
    response = register(client, standard_event, name="Ana", email="ana@example.org")
    assert response.status_code == 307
    assert response["Location"] == standard_event.url + "register/"
    with committing():
        response = client.post(response["Location"], {"name": "Ana", "email": "ana@example.org"})
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert not Registration.objects.exists()


def test_registration_closes_as_soon_as_the_cancellation_is_published(client, standard_event):
    register(client, standard_event, name="Ana", email="ana@example.org")  # facts now cached
    standard_event.status = "cancelled"
    standard_event.save_revision().publish()
    response = register(client, standard_event, name="Ben", email="ben@example.org")
    assert response.status_code == 403
    assert Registration.objects.count() == 1
