"""Abuse protection of the sign form.

IP addresses kept only as salted hashes, X-Forwarded-For trusted only behind the configured
proxies, the rate limit per address, the honeypot and the CSRF token.
"""

import re

from django.core import mail
from django.test import Client

from home import client_ip as client_addresses
from petitions.models import Signature
from tests.support.html import main_text, soup
from tests.support.signing import only_signature, post_sign


def test_ips_are_stored_only_as_salted_hashes(client, petition, settings):
    post_sign(client, petition, REMOTE_ADDR="203.0.113.7")
    signature = only_signature()

    assert re.fullmatch(r"[0-9a-f]{64}", signature.ip_hash)
    assert signature.ip_hash == client_addresses.hash_ip("203.0.113.7")
    assert "203.0.113.7" not in str(Signature.objects.values().get())
    settings.IP_HASH_SALT = "another-salt"
    assert client_addresses.hash_ip("203.0.113.7") != signature.ip_hash


def test_x_forwarded_for_is_trusted_only_behind_configured_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
    settings.NUM_PROXIES = 0
    assert client_addresses.client_ip(request) == "10.0.0.1"
    settings.NUM_PROXIES = 1
    assert client_addresses.client_ip(request) == "198.51.100.9"
    settings.NUM_PROXIES = 2
    assert client_addresses.client_ip(request) == "1.2.3.4"
    settings.NUM_PROXIES = 3  # fewer addresses than proxies: not through them all
    assert client_addresses.client_ip(request) == "10.0.0.1"
    settings.NUM_PROXIES = 1
    forged = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-ip")
    assert client_addresses.client_ip(forged) == "10.0.0.1"


def test_too_many_signatures_from_one_address_get_a_429(
    client, petition, instant_petition, settings
):
    settings.PETITION_RATE_LIMIT = (3, 3600)
    for n in range(3):
        assert post_sign(client, petition, email=f"person{n}@example.org").status_code == 303

    response = post_sign(client, petition, email="person3@example.org")

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many signatures from your connection" in main_text(response)
    assert soup(response).find("a", class_="skip-link")  # in the site's shell
    assert Signature.objects.count() == 3
    # Another address, or another petition, is not held back.
    assert (
        post_sign(client, petition, email="p4@example.org", REMOTE_ADDR="10.9.9.9").status_code
        == 303
    )
    assert post_sign(client, instant_petition, email="p5@example.org").status_code == 303


def test_invalid_forms_do_not_count_toward_the_limit(client, petition, settings):
    settings.PETITION_RATE_LIMIT = (1, 3600)
    for _ in range(3):
        assert post_sign(client, petition, postal_code="nope").status_code == 200
    assert post_sign(client, petition).status_code == 303


def test_the_honeypot_stores_nothing(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_sign(client, petition, ref_code="http://spam.example/")

    # Where every signer goes (tests/petitions/signing/test_one_signature_per_email.py).
    assert response.status_code == 303
    assert response["Location"] == petition.url + "signed/"
    assert not Signature.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(client, petition):
    document = soup(client.get(petition.url))
    trap = document.find("input", attrs={"name": "ref_code"})
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert trap.find_parent(class_="hp")["aria-hidden"] == "true"


def test_posts_need_the_csrf_token(petition):
    client = Client(enforce_csrf_checks=True)
    response = post_sign(client, petition)
    assert response.status_code == 403
    assert "Please try again" in main_text(response)
    assert not Signature.objects.exists()
