"""Personal data never reaches public output, and script and formulas stay text.

Signers' personal data never reaches public pages, public JSON, feeds, the sitemap or the logs;
script in names, titles and organization names is shown as text, in pages and in the admin; CSV
exports keep text that a spreadsheet would run as a formula as text.
"""

import csv
import html
import io
import logging
import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from petitions.models import Signature
from tests.factories import MemberFactory, OrganizationFactory, RidingFactory
from tests.factories.packets import DeliveryFactory
from tests.factories.petitions import make_petition, make_signature
from tests.support.html import soup
from tests.support.public_site import build_public_site
from tests.support.signing import post_sign
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db

SIGNER = {
    "full_name": "Zephyrine Quorblefeld",
    "email": "zephyrine.quorble@example.org",
    "postal_code": "T9X 4W7",
    "city": "Quorbleton",
}


def forms_of(value):
    """The ways a value could show up in a response.

    As typed, HTML-escaped, URL-encoded, without its space (postal codes), lower-cased.
    """
    forms = {value, html.escape(value), value.replace(" ", ""), value.replace(" ", "+")}
    forms |= {form.replace("@", "%40") for form in forms}
    return {form.lower() for form in forms}


SECRETS = sorted(set().union(*(forms_of(value) for value in SIGNER.values())))
# Parts of the name alone must not show either (a "first name" shown on a thank-you page).
SECRETS += [part.lower() for part in SIGNER["full_name"].split()]


def leaked(text):
    text = text.lower()
    return [secret for secret in SECRETS if secret in text]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def public_site(home_page, press_index, policy_index, coalition_page):
    return build_public_site(home_page, press_index, policy_index, coalition_page)


def test_signers_never_appear_in_public_pages_json_feeds_or_logs(client, public_site, caplog):
    caplog.set_level(logging.DEBUG)
    # The settings quiet django.request below ERROR; here it says everything it would.
    caplog.set_level(logging.DEBUG, logger="django.request")
    petition = public_site.petition
    RidingFactory(province="AB", name_en="Quorble Lake")
    visited = []

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = post_sign(client, petition, consent="share_name_with_mp", **SIGNER)
    # The signer's own steps: riding choice or thank-you page (the URLs people share).
    while response.status_code in (301, 302, 303):
        visited.append(response["Location"])
        response = client.get(response["Location"])
    assert response.status_code == 200
    assert leaked(body(response)) == [], visited
    assert Signature.objects.filter(email=SIGNER["email"]).exists()
    # The confirmation email is the one place the signer's data goes (to the signer).
    assert mail.outbox and mail.outbox[0].to == [SIGNER["email"]]
    confirm_url = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[0].body).group(0)
    confirm_page = client.get(confirm_url)
    assert leaked(body(confirm_page)) == []
    client.post(confirm_url)

    for url in public_site.urls:
        response = client.get(url)
        assert leaked(body(response)) == [], url
    client.cookies.clear()
    for url in public_site.urls:  # anonymous, from the page cache where there is one
        assert leaked(body(client.get(url))) == [], url

    records = [
        record for record in caplog.records if not record.name.startswith("django.db.backends")
    ]
    assert records, "nothing was logged: the capture did not work"
    logged = "\n".join(
        f"{record.name} {record.getMessage()} {record.args!r} {record.exc_text or ''}"
        for record in records
    )
    assert leaked(logged) == []


def test_the_search_and_sitemap_do_not_index_signers(client, public_site):
    petition = public_site.petition
    make_signature(petition, full_name="Ignatia Verbrugghe", email="ignatia@example.org")

    response = client.get("/en/search/", {"query": "Verbrugghe"})

    assert response.status_code == 200
    assert list(response.context["results"]) == []
    assert "verbrugghe" not in client.get("/sitemap.xml").content.decode().lower()


# Script in names, titles and organization names

SCRIPT = "<script>alert(1)</script>"
IMAGE = '<img src=x onerror="alert(2)">'


def assert_inert(response, *payloads):
    text = body(response)
    for payload in payloads:
        assert payload not in text, response.request["PATH_INFO"]
        assert html.escape(payload, quote=False) in text or html.escape(payload) in text, (
            response.request["PATH_INFO"],
            payload,
        )
    document = soup(response)
    for script in document.find_all("script"):
        assert "alert(" not in script.get_text()
    assert not document.find_all(attrs={"onerror": True})


@pytest.fixture
def hostile(home_page, coalition_page):
    petition = make_petition(home_page, title=f"Wages {SCRIPT}", goal=10)
    riding = RidingFactory(province="ON", name_en="Toronto Centre")
    MemberFactory(riding=riding, first_name="Ada", last_name="Member")
    unassigned = make_signature(
        petition,
        riding=None,
        province="ON",
        full_name=f"Mallory {SCRIPT}",
        city=IMAGE,
        postal_code="M5S 2T9",
    )
    assigned = make_signature(petition, riding=riding, full_name=f"Trudy {IMAGE}")
    OrganizationFactory(name=f"Centre {SCRIPT}")
    return {"petition": petition, "unassigned": unassigned, "assigned": assigned}


def test_script_in_titles_and_organizations_is_text_on_public_pages(client, hostile, home_page):
    petition = hostile["petition"]

    assert_inert(client.get(petition.url), SCRIPT)
    assert_inert(client.get(petition.get_parent().url), SCRIPT)


def test_script_in_organization_names_is_text_on_the_coalition_page(client, coalition_page):
    OrganizationFactory(name=f"Centre {SCRIPT}")

    response = client.get(coalition_page.url)

    assert response.status_code == 200
    assert_inert(response, SCRIPT)


def test_script_in_signers_is_text_in_the_admin(client, hostile):
    sign_in(client, staff_user("organizer", "Organizers"))
    petition = hostile["petition"]

    assert_inert(client.get(reverse("petition_signatures:index")), SCRIPT, IMAGE)
    assert_inert(client.get(reverse("petitions_admin:dashboard", args=[petition.pk])), SCRIPT)
    assert_inert(client.get(reverse("petitions_admin:index")), SCRIPT)
    inspect = reverse("petition_signatures:inspect", args=[hostile["unassigned"].pk])
    assert_inert(client.get(inspect), SCRIPT, IMAGE)


# CSV exports

FORMULAS = ["=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","y")']


def csv_rows(response):
    text = body(response).lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text)))


def test_every_csv_export_keeps_formulas_as_text(client, home_page):
    petition = make_petition(home_page, title="Status for all")
    riding = RidingFactory(province="ON", name_en=FORMULAS[1])
    MemberFactory(riding=riding, first_name=FORMULAS[0], last_name=FORMULAS[3])
    make_signature(petition, riding=riding, full_name=FORMULAS[4], city=FORMULAS[2])
    DeliveryFactory(petition=petition, riding=riding, delivered_by=FORMULAS[0], notes=FORMULAS[3])
    OrganizationFactory(name=FORMULAS[4], city=FORMULAS[2])
    sign_in(client, User.objects.create_superuser("root", "root@example.org", "x"))

    listings = [
        "petition_signatures:index",
        "petition_ridings:index",
        "petition_members:index",
        "petition_deliveries:index",
        "wagtailsnippets_press_organization:list",
    ]
    for listing in listings:
        response = client.get(reverse(listing), {"export": "csv"})
        assert_formulas_escaped(response, listing)


def assert_formulas_escaped(response, listing):
    assert response.status_code == 200, listing
    rows = csv_rows(response)
    assert len(rows) >= 2, listing
    cells = [cell for row in rows[1:] for cell in row]
    dangerous = [cell for cell in cells if cell.startswith(("=", "+", "@", "\t", "\r"))]
    dangerous += [c for c in cells if c.startswith("-") and not re.fullmatch(r"-[\d.]+", c)]
    assert dangerous == [], (listing, dangerous)
    # One quote, no more: an export must import again as the same text.
    assert any(cell.startswith("'") and cell[1:] in FORMULAS for cell in cells), (listing, cells)


def test_the_delivery_log_export_keeps_formulas_as_text(client, home_page):
    petition = make_petition(home_page, title="Status for all")
    riding = RidingFactory(province="ON")
    DeliveryFactory(petition=petition, riding=riding, delivered_by=FORMULAS[0], notes=FORMULAS[3])
    sign_in(client, User.objects.create_superuser("root", "root@example.org", "x"))

    response = client.get(reverse("petition_deliveries:index"), {"export": "csv"})

    assert_formulas_escaped(response, "petition_deliveries:index")
