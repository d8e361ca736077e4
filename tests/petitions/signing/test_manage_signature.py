"""Signers withdraw, or change who may see their name, from the link in every email.

A signed token (petitions/signing/tokens.py, MANAGE), a page that changes nothing on GET, POSTs
behind CSRF, no-store, in the signer's language, effective at once (counts; packets: see
tests/petitions/packets/test_withdrawn_signers.py).
"""

import re

from django.core import mail
from django.test import Client

from petitions.models import Signature
from petitions.tally import petition_counts
from tests.support.html import main_text, soup
from tests.support.signing import csrf_token_of, only_signature, post_sign


def manage_path(message):
    return re.search(r"http://localhost(/\S+/manage/[\w-]+/)", message.body).group(1)


def signed_up(client, page, capture, **overrides):
    with capture(execute=True):
        post_sign(Client(), page, **overrides)
    return manage_path(mail.outbox[-1])


def test_every_email_links_to_the_manage_page(
    client, petition, instant_petition, django_capture_on_commit_callbacks
):
    for page in (petition, instant_petition):
        path = signed_up(client, page, django_capture_on_commit_callbacks)
        assert path.startswith(page.url + "manage/")
        html, _type = mail.outbox[-1].alternatives[0]
        assert f'href="http://localhost{path}"' in html


def test_withdrawing_deletes_the_signature_at_once(
    instant_petition, django_capture_on_commit_callbacks
):
    client = Client(enforce_csrf_checks=True)
    path = signed_up(client, instant_petition, django_capture_on_commit_callbacks)
    assert petition_counts(instant_petition).total == 1  # now cached

    page = client.get(path)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert only_signature()  # a GET (a mail scanner) changes nothing
    assert "Ana" not in page.content.decode()  # the page names nobody
    # Without the CSRF token: refused, nothing changed.
    assert client.post(path, {"action": "withdraw"}).status_code == 403
    assert Signature.objects.count() == 1

    response = client.post(
        path, {"action": "withdraw", "csrfmiddlewaretoken": csrf_token_of(page)}
    )

    assert response.status_code == 303
    assert response["Location"] == instant_petition.url + "withdrawn/"
    assert not Signature.objects.exists()
    assert petition_counts(instant_petition).total == 0
    assert "Your signature is withdrawn" in main_text(client.get(response["Location"]))
    # The link now opens nothing.
    assert client.get(path).status_code == 404


def test_changing_who_may_see_the_name(
    client, instant_petition, django_capture_on_commit_callbacks
):
    path = signed_up(
        client, instant_petition, django_capture_on_commit_callbacks, consent="share_name_with_mp"
    )
    page = soup(client.get(path))
    assert page.find("input", attrs={"name": "consent", "value": "share_name_with_mp"}).has_attr(
        "checked"
    )

    response = client.post(path, {"action": "consent", "consent": "count_only"})

    assert response.status_code == 303
    assert only_signature().consent == Signature.Consent.COUNT_ONLY
    assert "Saved" in main_text(client.get(response["Location"]))

    # Bad input: a clear error, nothing changed.
    bad = client.post(path, {"action": "consent", "consent": "everyone"})
    assert bad.status_code == 200
    assert "Choose one of the two options." in main_text(bad)
    assert only_signature().consent == Signature.Consent.COUNT_ONLY


def test_the_manage_page_speaks_the_signer_s_language(
    client, french, django_capture_on_commit_callbacks
):
    path = signed_up(client, french, django_capture_on_commit_callbacks)
    assert path.startswith("/fr/petitions/status/manage/")

    page = client.get(path)

    assert soup(page).html["lang"] == "fr"
    assert "Retirer ma signature" in main_text(page)
    response = client.post(path, {"action": "withdraw"})
    assert response["Location"] == "/fr/petitions/status/withdrawn/"
    assert not Signature.objects.exists()
    assert "Votre signature est retirée" in main_text(client.get(response["Location"]))
