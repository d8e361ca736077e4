"""One signature per email and petition, and nothing from outside tells whether an address signed.

A new signer, a repeat and a bot get the same status, redirect and page; a repeat changes nothing
visible and costs the same one statement; its signer hears by email (at most once a minute of the
signature, within the per-address cap); the translations' signatures count toward one total.
"""

import datetime
import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from petitions.models import Signature
from petitions.signing import flow
from petitions.tally import compute_counts, petition_counts
from tests.factories.petitions import PetitionPageFactory
from tests.support.database import snapshot
from tests.support.html import soup
from tests.support.localize import translate
from tests.support.signing import FRENCH, cleaned, only_signature, post_sign


def answer(page, **overrides):
    """(status, Location, the page it leads to, without CSRF tokens) of a sign POST."""
    response = post_sign(Client(), page, **overrides)
    followed = Client().get(response["Location"])
    body = re.sub(r'(csrfmiddlewaretoken" value|nonce)="[^"]+"', "", followed.content.decode())
    return response.status_code, response["Location"], followed.status_code, body


# Also on SQLite (`make test-smoke`, the embedded default of `make run`): the two-statement path.
@pytest.mark.smoke
def test_a_new_and_a_repeat_signer_get_the_same_answer(petition, ridings):
    new = answer(petition)
    Signature.objects.update(riding=ridings["a"])  # what a repeat could have revealed
    repeat = answer(petition, full_name="A Stranger")
    long_after = timezone.now() - datetime.timedelta(days=1)
    Signature.objects.update(created_at=long_after, confirmed_at=long_after)
    repeat_of_counted = answer(petition, full_name="A Stranger")
    another_new = answer(petition, email="someone.else@example.org")
    bot = answer(petition, email="bot@example.org", ref_code="x")

    assert new[0] == 303
    assert new[1] == petition.url + "signed/"
    for other in [repeat, repeat_of_counted, another_new, bot]:
        assert other == new
    assert "One more step: confirm your email" in new[3]
    for revealing in ["already", "Ana", ridings["a"].name_en]:
        assert revealing not in new[3]


def test_a_petition_without_confirmation_answers_alike_too(instant_petition):
    new = answer(instant_petition)
    repeat = answer(instant_petition, full_name="A Stranger", postal_code="H2J 1A1")
    assert new == repeat
    assert new[1] == instant_petition.url + "signed/"
    assert "Thank you for signing" in new[3]


@pytest.mark.smoke
def test_a_repeat_changes_nothing_visible(client, petition):
    post_sign(client, petition)
    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    Signature.objects.update(confirmation_due=False)
    before = snapshot(Signature.objects.all())

    response = post_sign(
        client,
        petition,
        email="  ANA.Reyes@example.org ",
        full_name="Someone Else",
        postal_code="H2J 1A1",
        city="Elsewhere",
        consent="share_name_with_mp",
        updates_opt_in="on",
    )

    assert response.status_code == 303
    after = Signature.objects.get()
    assert after.confirmation_due  # its owner is emailed again; nothing else changed
    Signature.objects.update(confirmation_due=False)
    assert snapshot(Signature.objects.all()) == before
    assert compute_counts(petition.pk).total == 0


def test_a_repeat_is_the_same_one_statement_as_a_new_signature(petition):
    flow.sign(petition, cleaned(email="first@example.org"), ip="10.0.0.1")
    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))

    with CaptureQueriesContext(connection) as new:
        flow.sign(petition, cleaned(email="second@example.org"), ip="10.0.0.1")
    with CaptureQueriesContext(connection) as repeat:
        flow.sign(petition, cleaned(email="first@example.org"), ip="10.0.0.1")

    assert len(new.captured_queries) == len(repeat.captured_queries) == 1
    for queries in (new, repeat):
        assert "ON CONFLICT" in queries.captured_queries[0]["sql"]
    assert Signature.objects.count() == 2


def test_a_repeat_emails_its_signer_at_most_once_a_minute_of_signing(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)  # a double click
    assert len(mail.outbox) == 1

    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(seconds=61))
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)

    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["ana.reyes@example.org"]
    assert "/confirm/" in mail.outbox[1].body


def test_a_repeat_of_a_counted_signature_sends_the_manage_link(
    client, instant_petition, ridings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)
    Signature.objects.update(
        created_at=timezone.now() - datetime.timedelta(minutes=5), riding=ridings["a"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)

    assert len(mail.outbox) == 2
    message = mail.outbox[1]
    assert message.subject == "Your signature: Count me in"
    assert "the signature counts" in message.body
    assert "/manage/" in message.body
    assert "/confirm/" not in message.body  # its riding is known: nothing to ask


def test_an_invalidated_signature_s_repeat_gets_no_email(
    client, instant_petition, django_capture_on_commit_callbacks
):
    post_sign(client, instant_petition)
    Signature.objects.update(
        invalidated_at=timezone.now(),
        created_at=timezone.now() - datetime.timedelta(days=2),
        confirmation_due=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert post_sign(client, instant_petition).status_code == 303
    assert mail.outbox == []
    assert not only_signature().confirmation_due


def test_the_same_email_may_sign_other_petitions(client, petition, instant_petition):
    post_sign(client, petition)
    post_sign(client, instant_petition)
    assert Signature.objects.count() == 2


def test_signatures_in_every_language_count_toward_one_total(client, petition_index):
    petition = PetitionPageFactory(
        parent=petition_index, title="Status for all", slug="status", confirmation_required=False
    )
    french = translate(petition, "fr", FRENCH)

    assert post_sign(client, petition, email="en@example.org").status_code == 303
    assert post_sign(client, french, email="fr@example.org").status_code == 303
    # The same person on the other language's page is a repeat, answered alike.
    repeat = post_sign(client, french, email="en@example.org")
    assert repeat.status_code == 303
    assert repeat["Location"] == french.url + "signed/"

    assert set(Signature.objects.values_list("petition_id", "language")) == {
        (petition.pk, "en"),
        (petition.pk, "fr"),
    }
    cache.clear()  # counts are up to a minute old
    assert petition_counts(petition).total == 2
    assert petition_counts(french).total == 2
    for page in [petition, french]:
        total = soup(client.get(page.url)).find(class_="petition-progress__total")
        assert total.get_text(strip=True).startswith("2")
