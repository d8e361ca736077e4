"""Limits count client networks: an IPv4 address, or an IPv6 /64.

An IPv6 subscriber may use any address of its /64, so the signing rate limit, the admin sign-in
lockout and the stored address hash all count the /64 (home/client_ip.py).
"""

import ipaddress

import pytest
from django.urls import reverse

from home import client_ip
from petitions.models import Signature
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory
from tests.support.signing import post_sign
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db

ONE_64 = ipaddress.ip_network("2001:db8:aa:1::/64")
OTHER_64 = ipaddress.ip_network("2001:db8:aa:2::/64")


def addresses(network, count=20):
    """`count` addresses spread over a network, as a client rotating through its /64 uses them."""
    step = (network.num_addresses - 1) // count
    return [str(network.network_address + 1 + n * step) for n in range(count)]


def test_an_ipv6_client_is_its_64_and_an_ipv4_client_its_address():
    assert client_ip.network("2001:db8:aa:1:ffff:1:2:3") == "2001:db8:aa:1::"
    assert client_ip.network("2001:db8:aa:1::9") == client_ip.network("2001:db8:aa:1:8::1")
    assert client_ip.network("2001:db8:aa:2::9") != client_ip.network("2001:db8:aa:1::9")
    assert client_ip.network("198.51.100.7") == "198.51.100.7"
    assert client_ip.network("198.51.100.8") != client_ip.network("198.51.100.7")
    assert client_ip.network("::ffff:198.51.100.7") == "198.51.100.7"
    assert client_ip.network("") == ""


def test_the_client_network_is_taken_behind_the_proxies(rf, settings):
    settings.NUM_PROXIES = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="2001:db8:aa:1::77")
    assert client_ip.client_network(request) == "2001:db8:aa:1::"


def test_the_stored_hash_is_the_hash_of_the_network():
    one = {client_ip.hash_ip(address) for address in addresses(ONE_64)}
    assert len(one) == 1
    assert one != {client_ip.hash_ip(addresses(OTHER_64)[0])}
    assert client_ip.hash_ip("198.51.100.7") != client_ip.hash_ip("198.51.100.8")


@pytest.fixture
def petition(home_page):
    index = PetitionIndexPageFactory(parent=home_page)
    return PetitionPageFactory(parent=index, title="Status for all", slug="status")


def test_twenty_addresses_of_one_64_share_one_signing_limit(client, petition, settings):
    settings.PETITION_RATE_LIMIT = (3, 3600)
    answers = [
        post_sign(client, petition, email=f"p{n}@example.org", REMOTE_ADDR=address).status_code
        for n, address in enumerate(addresses(ONE_64))
    ]

    assert answers == [303] * 3 + [429] * 17
    assert Signature.objects.count() == 3
    # The signatures' stored hashes are one: the network's.
    assert Signature.objects.values("ip_hash").distinct().count() == 1
    # Another /64 has a limit of its own.
    other = post_sign(
        client, petition, email="other@example.org", REMOTE_ADDR=addresses(OTHER_64)[0]
    )
    assert other.status_code == 303


def sign_in(client, password, address):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "staffer", "password": password},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def staffer(db):
    user = staff_user("staffer", "Editors")
    user.set_password("correct horse battery")
    user.save()
    return user


def test_twenty_addresses_of_one_64_share_one_sign_in_lockout(client, staffer, settings):
    settings.AXES_FAILURE_LIMIT = 3
    answers = [sign_in(client, "wrong", address).status_code for address in addresses(ONE_64)]

    assert answers == [200] * 2 + [429] * 18
    # Even the right password, from a fresh address of the same /64...
    assert sign_in(client, "correct horse battery", str(ONE_64[12345])).status_code == 429
    # ...while another /64 signs in.
    other = sign_in(client, "correct horse battery", addresses(OTHER_64)[0])
    assert other.status_code == 302
    assert other["Location"] == reverse("wagtailadmin_home")
