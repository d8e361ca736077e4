"""Email confirmation and the signed links of each step.

The email sent after the commit, in the signer's language, a confirmation that takes a
POST, petitions that need none; and the links of each step, signed per purpose and petition
(petitions/signing/tokens.py), that expire.
"""

import re

from django.core import mail
from django.utils import timezone

from petitions.signing import tokens
from petitions.signing.tasks import send_confirmation_email
from petitions.tally import compute_counts
from tests.factories.petitions import PetitionPageFactory, SignatureFactory
from tests.support.html import main_text, soup
from tests.support.signing import link_token, only_signature, post_sign


def test_emailed_links_are_signed_per_purpose_and_petition(
    client, petition, petition_index, django_capture_on_commit_callbacks
):
    other = PetitionPageFactory(parent=petition_index)
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    path = confirmation_path(mail.outbox[0])
    token = link_token(path, "confirm")
    signature = only_signature()

    # The same token on another petition, for another purpose, or altered: not valid.
    assert (
        client.get(other.url + other.reverse_subpage("confirm", args=[token])).status_code == 404
    )
    assert (
        client.get(petition.url + petition.reverse_subpage("manage", args=[token])).status_code
        == 404
    )
    assert client.get(path.replace(token, token[:-2] + "xx")).status_code == 404
    assert tokens.read(token, tokens.CONFIRM) == (signature.pk, petition.pk)
    assert tokens.read(token, tokens.MANAGE) is None


def test_confirmation_links_expire(client, petition, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    settings.PETITION_CONFIRM_LINK_MAX_AGE = -1

    response = client.get(confirmation_path(mail.outbox[0]))

    assert response.status_code == 404
    assert "This link is not valid" in main_text(response)


def confirmation_path(message):
    url = re.search(r"http://localhost(/\S+/confirm/[\w-]+/)", message.body).group(1)
    return url


def test_the_confirmation_email_is_sent_after_commit(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_sign(client, petition)
    assert len(callbacks) == 1
    assert mail.outbox == []  # never inside the request's transaction

    callbacks[0]()  # schedules the sweep, which runs inline in the tests

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana.reyes@example.org"]
    assert message.subject == "Confirm your signature: Status for all"
    assert message.extra_headers["Content-Language"] == "en"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    path = confirmation_path(message)
    assert path.startswith("/en/petitions/status/confirm/")
    assert f'href="http://localhost{path}"' in html


def test_confirming_takes_a_post(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    path = confirmation_path(mail.outbox[0])

    # A mail scanner's GET confirms nothing.
    page = client.get(path)
    assert page.status_code == 200
    assert only_signature().confirmed_at is None
    form = soup(page).find("form", method="post")
    assert form["action"] == path
    assert form.find("button").get_text() == "Confirm my signature"
    assert compute_counts(petition.pk).total == 0

    response = client.post(path)

    assert response.status_code == 303
    confirmed_at = only_signature().confirmed_at
    assert confirmed_at is not None
    assert compute_counts(petition.pk).total == 1
    assert "Your signature is confirmed" in main_text(client.get(path))

    # Twice is harmless.
    assert client.post(path).status_code == 303
    assert only_signature().confirmed_at == confirmed_at


def test_the_email_and_link_follow_the_signer_s_language(
    client, french, django_capture_on_commit_callbacks
):
    assert french.url == "/fr/petitions/status/"
    with django_capture_on_commit_callbacks(execute=True):
        response = post_sign(client, french)

    assert response["Location"] == "/fr/petitions/status/signed/"
    signature = only_signature()
    assert signature.language == "fr"
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "fr"
    assert "Un statut pour tous" in message.subject
    path = confirmation_path(message)
    assert path.startswith("/fr/petitions/status/confirm/")
    page = client.get(path)
    assert soup(page).html["lang"] == "fr"
    client.post(path)
    assert only_signature().confirmed_at is not None


def test_the_task_skips_signatures_that_need_no_email(petition):
    confirmed = SignatureFactory(petition=petition)
    invalidated = SignatureFactory(
        petition=petition, confirmed_at=None, invalidated_at=timezone.now()
    )
    assert send_confirmation_email.call(confirmed.pk) is False
    assert send_confirmation_email.call(invalidated.pk) is False
    assert send_confirmation_email.call(999_999) is False
    assert mail.outbox == []


def test_without_confirmation_a_signature_counts_at_once(
    client, instant_petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_sign(client, instant_petition)

    assert only_signature().confirmed_at is not None
    signed = client.get(response["Location"])
    assert "Thank you for signing" in main_text(signed)
    assert compute_counts(instant_petition.pk).total == 1
    # The email has nothing to confirm: it links to the signature's management.
    (message,) = mail.outbox
    assert message.subject == "Your signature: Count me in"
    assert "/manage/" in message.body
