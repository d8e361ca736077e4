"""One signature per email and petition, in whatever language it is signed.

A repeat changes nothing and tells a stranger nothing, its signer hears by email (at most once a
minute or a day), the database constraint decides, and the translations' signatures count toward
one total.
"""

import datetime

from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from petitions.models import Signature
from petitions.signing import flow
from petitions.signing.emails import already_signed_email
from petitions.tally import petition_counts
from tests.factories.petitions import PetitionPageFactory
from tests.support.html import main_text, soup
from tests.support.localize import translate
from tests.support.signing import FRENCH, cleaned, only_signature, post_sign


def test_the_same_email_signs_once(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = post_sign(client, petition, email="ana@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        second = post_sign(client, petition, email="  ANA@example.org ", full_name="Someone Else")

    assert first.status_code == 303
    assert second.status_code == 200
    assert "One more step: confirm your email" in main_text(second)
    signature = only_signature()
    assert signature.full_name == "Ana Reyes"  # a repeat changes nothing
    # Within a minute of the first email, no second one (a double click).
    assert len(mail.outbox) == 1

    # A minute later.
    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(seconds=61))
    with django_capture_on_commit_callbacks(execute=True):
        third = post_sign(client, petition, email="ana@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        fourth = post_sign(client, petition, email="ana@example.org")

    assert "One more step: confirm your email" in main_text(third)
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["ana@example.org"]
    assert "/confirm/" in mail.outbox[1].body
    # And again at most once a minute.
    assert fourth.status_code == 200
    assert len(mail.outbox) == 2


def test_a_repeat_page_tells_a_stranger_nothing(client, instant_petition, ridings):
    """A repeat's page tells a stranger nothing: the signer is told by email.

    Whoever types an address that has signed sees the thank-you page any signer sees, with no
    riding and no word of a previous signature.
    """
    post_sign(client, instant_petition)
    signature = only_signature()
    signature.riding = ridings["a"]
    signature.save()

    stranger = post_sign(Client(), instant_petition, full_name="A Stranger")
    bot = post_sign(Client(), instant_petition, email="bot@example.org", ref_code="x")

    assert stranger.status_code == bot.status_code == 200
    text = main_text(stranger)
    assert "Thank you for signing" in text
    for revealing in ["already", "Ana", ridings["a"].name_en]:
        assert revealing not in text
    assert text == main_text(bot)
    assert stranger["Cache-Control"] == "private, no-store"


def test_a_repeat_of_a_counted_signature_emails_its_signer(
    client, instant_petition, django_capture_on_commit_callbacks
):
    post_sign(client, instant_petition)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)
    assert mail.outbox == []  # a double click

    Signature.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, instant_petition)

    assert len(mail.outbox) == 1  # at most once a day
    message = mail.outbox[0]
    assert message.to == ["ana.reyes@example.org"]
    assert "You have already signed: Count me in" in message.subject
    assert "there is nothing more to do" in message.body
    assert "/confirm/" not in message.body


def test_the_already_signed_email_is_in_the_signer_s_language(instant_petition):
    signature = Signature.objects.create(
        petition=instant_petition,
        full_name="Ana Reyes",
        email="ana@example.org",
        language="fr",
        confirmed_at=timezone.now(),
    )
    message = already_signed_email(signature)

    assert message.extra_headers["Content-Language"] == "fr"
    html, _type = message.alternatives[0]
    assert '<html lang="fr">' in html


def test_an_invalidated_signature_s_repeat_gets_no_email(
    client, instant_petition, django_capture_on_commit_callbacks
):
    post_sign(client, instant_petition)
    Signature.objects.update(
        invalidated_at=timezone.now(), created_at=timezone.now() - datetime.timedelta(days=2)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert post_sign(client, instant_petition).status_code == 200
    assert mail.outbox == []


def test_the_same_email_may_sign_other_petitions(client, petition, instant_petition):
    post_sign(client, petition)
    post_sign(client, instant_petition)
    assert Signature.objects.count() == 2


def test_the_database_constraint_decides(petition, monkeypatch):
    """No look-up before the insert: the unique constraint spots a repeat.

    The insert uses ON CONFLICT DO NOTHING, so that PostgreSQL logs no error with the email in it,
    and only then is the existing signature read.
    """
    calls = []
    real_existing = flow._existing

    def recorded(petition_id, email):
        calls.append(email)
        return real_existing(petition_id, email)

    monkeypatch.setattr(flow, "_existing", recorded)
    first = flow.sign(petition, cleaned(), ip="10.0.0.1", language="en")
    assert first.status == flow.SIGNED
    assert calls == []

    result = flow.sign(petition, cleaned(), ip="10.0.0.1", language="en")

    assert result.status == flow.DUPLICATE
    assert result.signature.pk == first.signature.pk
    assert calls == ["ana.reyes@example.org"]
    assert Signature.objects.count() == 1


def test_signatures_in_every_language_count_toward_one_total(client, petition_index):
    petition = PetitionPageFactory(
        parent=petition_index, title="Status for all", slug="status", confirmation_required=False
    )
    french = translate(petition, "fr", FRENCH)

    assert post_sign(client, petition, email="en@example.org").status_code == 303
    assert post_sign(client, french, email="fr@example.org").status_code == 303
    # The same person on the other language's page is a repeat.
    assert post_sign(client, french, email="en@example.org").status_code == 200

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
