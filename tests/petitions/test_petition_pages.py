"""The public petition pages.

The petition page (counts, progress, form, closed notice, share links), its cache for anonymous
visitors, the petition index, the home page's featured petitions, and the rule that no signer's
details appear on any public page.
"""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home import page_cache
from home.models import HomePageFeaturedPetition, SiteSettings
from petitions.models import PetitionPage, Signature
from tests.factories import StandardPageFactory
from tests.factories.petitions import (
    MemberFactory,
    PetitionPageFactory,
    RidingFactory,
    SignatureFactory,
)
from tests.support.html import main_text, soup
from tests.support.localize import translate
from tests.support.signing import csrf_token_of, form_data, post_sign, sign_url
from tests.support.two_factor import sign_in

HEADER = page_cache.HEADER


@pytest.fixture
def petition(petition_index):
    return PetitionPageFactory(
        parent=petition_index,
        title="Status for all",
        slug="status",
        goal=400,
        confirmation_required=False,
        share_text="I signed: status for all!",
        body=[
            (
                "story",
                {
                    "name": "Maria <b>M.</b>",
                    "description": "Seasonal farmworker, Niagara",
                    "story": "I have worked here for twelve summers.",
                    "image": None,
                    "image_alt": "",
                },
            )
        ],
    )


def counted(petition, n, **fields):
    return [SignatureFactory(petition=petition, **fields) for _ in range(n)]


# --- The petition page -----------------------------------------------------------------------


def test_the_petition_page_shows_the_petition_and_the_form(client, petition):
    counted(petition, 100)

    response = client.get(petition.url)

    assert response.status_code == 200
    document = soup(response)
    assert document.find("h1").get_text() == "Status for all"
    request = document.find(class_="petition-request")
    assert "call upon the House of Commons" in request.get_text()
    assert "Each signer's own MP" in request.get_text()
    # Counts and an accessible progress bar with a text equivalent.
    total = document.find(id="petition-progress-total")
    assert total.get_text(strip=True) == "100 signatures"
    bar = document.find("progress")
    assert (bar["max"], bar["value"]) == ("400", "100")
    assert bar["aria-labelledby"] == "petition-progress-total"
    assert document.find(id=bar["aria-describedby"]).get_text() == "25% of the goal of 400"
    # The story block.
    story = document.find(class_="story")
    assert "I have worked here for twelve summers." in story.get_text()
    assert "Maria &lt;b&gt;M.&lt;/b&gt;" in str(story)


def test_the_form_is_accessible(client, petition):
    document = soup(client.get(petition.url))
    form = document.find("form", class_="sign-form")

    assert form["method"] == "post"
    assert form["action"] == sign_url(petition) + "#sign"
    autocomplete = {
        field["name"]: field.get("autocomplete")
        for field in form.find_all("input")
        if field.get("type") in ("text", "email")
    }
    assert autocomplete == {
        "full_name": "name",
        "email": "email",
        "postal_code": "postal-code",
        "city": "address-level2",
        "ref_code": "off",
    }
    for field in form.find_all("input"):
        if field["type"] in ("hidden",) or field["name"] == "ref_code":
            continue
        assert form.find("label", attrs={"for": field["id"]}), f"no label for {field['name']}"
    consent = form.find("fieldset")
    assert consent.find("legend").get_text() == "Who may see your name?"
    radios = consent.find_all("input", type="radio")
    assert [(r["value"], r.has_attr("checked")) for r in radios] == [
        ("count_only", True),
        ("share_name_with_mp", False),
    ]
    updates = form.find("input", attrs={"name": "updates_opt_in"})
    assert updates["type"] == "checkbox" and not updates.has_attr("checked")
    # No inline scripts or styles anywhere.
    html = response_html = client.get(petition.url).content.decode()
    assert "<script" not in response_html
    assert " style=" not in html


def test_the_form_links_to_the_privacy_policy_in_the_page_s_language(
    client, home_page, petition, site
):
    privacy = StandardPageFactory(parent=home_page, title="Privacy", slug="privacy")
    settings_ = SiteSettings.for_site(site)
    settings_.privacy_page = privacy
    settings_.save()

    form = soup(client.get(petition.url)).find("form", class_="sign-form")

    link = form.find("a", string="Privacy policy")
    assert link["href"] == "/en/privacy/"


def test_share_links_are_plain_links(client, petition):
    links = soup(client.get(petition.url)).select(".share__links a")

    hrefs = {urlsplit(a["href"]).netloc or urlsplit(a["href"]).scheme: a["href"] for a in links}
    assert set(hrefs) == {"mailto", "wa.me", "www.facebook.com", "x.com", "bsky.app"}
    url = "http://localhost/en/petitions/status/"
    assert parse_qs(urlsplit(hrefs["wa.me"]).query)["text"] == [f"I signed: status for all! {url}"]
    assert parse_qs(urlsplit(hrefs["www.facebook.com"]).query)["u"] == [url]
    assert parse_qs(urlsplit(hrefs["x.com"]).query) == {
        "text": ["I signed: status for all!"],
        "url": [url],
    }
    assert parse_qs(urlsplit(hrefs["bsky.app"]).query)["text"] == [
        f"I signed: status for all! {url}"
    ]
    assert parse_qs(urlsplit(hrefs["mailto"]).query)["subject"] == ["Status for all"]
    for a in links:
        assert "noreferrer" in a["rel"]


def test_a_delivered_petition_says_so(client, petition_index):
    petition = PetitionPageFactory(parent=petition_index, status=PetitionPage.Status.DELIVERED)
    text = main_text(client.get(petition.url))
    assert "This petition has been delivered." in text
    assert "Sign the petition" not in text


def test_the_closing_date_is_shown_while_open(client, petition_index):
    petition = PetitionPageFactory(parent=petition_index, closes_on=datetime.date(2099, 3, 1))
    assert "Open for signatures until March 1, 2099." in main_text(client.get(petition.url))


# --- The page cache --------------------------------------------------------------------------


def test_anonymous_visitors_get_the_cached_page_with_their_own_csrf_token(petition):
    first_visitor, second_visitor = (
        Client(enforce_csrf_checks=True),
        Client(enforce_csrf_checks=True),
    )

    first = first_visitor.get(petition.url)
    assert first[HEADER] == "miss"

    with CaptureQueriesContext(connection) as queries:
        second = second_visitor.get(petition.url)
        third = second_visitor.get(petition.url)
    assert len(queries) == 0
    assert (second[HEADER], third[HEADER]) == ("hit", "hit")
    assert second["Cache-Control"] == "private, max-age=0"
    assert second["X-Frame-Options"] == "DENY"  # other middleware still ran
    assert "csrftoken" in second.cookies

    tokens = {csrf_token_of(r) for r in [first, second, third]}
    assert len(tokens) == 3 and None not in tokens
    # Apart from the token, one page for everyone.
    strip = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')
    assert strip.sub(b"", first.content) == strip.sub(b"", second.content)

    # The token from a cached page works.
    response = second_visitor.post(
        sign_url(petition), {**form_data(), "csrfmiddlewaretoken": csrf_token_of(third)}
    )
    assert response.status_code == 303
    assert Signature.objects.count() == 1


def test_counts_on_the_cached_page_are_at_most_a_minute_old(client, petition):
    client.get(petition.url)
    counted(petition, 3)
    assert client.get(petition.url)[HEADER] == "hit"
    assert "0 signatures" in main_text(client.get(petition.url))

    cache.delete(page_cache.cache_key(petition.url))  # a minute later
    assert "3 signatures" in main_text(client.get(petition.url))


def test_publishing_forgets_every_translation_s_cached_page(client, petition):
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})
    for url in [petition.url, french.url]:
        client.get(url)
        assert client.get(url)[HEADER] == "hit"

    petition.title = "Status for all, now"
    petition.save_revision().publish()

    english = client.get(petition.url)
    assert english[HEADER] == "miss"
    assert soup(english).find("h1").get_text() == "Status for all, now"
    assert client.get(french.url)[HEADER] == "miss"


def test_unpublishing_forgets_the_cached_page(client, petition):
    client.get(petition.url)
    petition.unpublish()
    assert client.get(petition.url).status_code == 404


def test_signed_in_editors_bypass_the_cache(client, petition):
    editor = User.objects.create_superuser("editor", password="x")
    sign_in(client, editor)

    for _ in range(2):
        response = client.get(petition.url)
        assert response.status_code == 200
        assert HEADER not in response
    # Nothing an editor saw was stored for anonymous visitors.
    assert Client().get(petition.url)[HEADER] == "miss"


def test_visitors_with_messages_are_never_served_from_the_cache(petition):
    Client().get(petition.url)
    visitor = Client()
    visitor.cookies["messages"] = "something"
    assert HEADER not in visitor.get(petition.url)


def test_pages_with_view_restrictions_are_never_cached(client, petition):
    PageViewRestriction.objects.create(
        page=petition, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _ in range(2):
        response = client.get(petition.url)
        assert HEADER not in response
        assert (
            "Status for all" not in main_text(response)
            or "password" in main_text(response).lower()
        )
    assert cache.get(page_cache.cache_key(petition.url)) is None


def test_a_new_view_restriction_forgets_the_cached_page(client, petition_index, petition):
    client.get(petition.url)
    assert client.get(petition.url)[HEADER] == "hit"

    PageViewRestriction.objects.create(
        page=petition_index, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    response = client.get(petition.url)
    assert HEADER not in response
    assert "call upon the House of Commons" not in main_text(response)


def test_deleting_the_page_forgets_the_cached_page(client, petition):
    client.get(petition.url)
    url = petition.url
    petition.delete()
    assert client.get(url).status_code == 404


def test_form_errors_are_never_cached(client, petition):
    post_sign(client, petition, email="wrong")
    response = Client().get(petition.url)
    assert "wrong" not in response.content.decode()
    assert not soup(response).find(class_="error-summary")


def test_the_cache_can_be_turned_off(client, petition, settings):
    settings.ANONYMOUS_PAGE_CACHE = False
    client.get(petition.url)
    assert HEADER not in client.get(petition.url)


# --- Listings --------------------------------------------------------------------------------


def test_the_index_lists_open_and_past_petitions(client, petition_index, petition):
    closed = PetitionPageFactory(
        parent=petition_index, title="An old petition", status=PetitionPage.Status.CLOSED
    )
    delivered = PetitionPageFactory(
        parent=petition_index, title="A delivered one", status=PetitionPage.Status.DELIVERED
    )
    counted(petition, 2)
    counted(delivered, 1234)

    response = client.get(petition_index.url)

    document = soup(response)
    open_section = document.find("section", attrs={"aria-labelledby": "open-petitions-heading"})
    past_section = document.find("section", attrs={"aria-labelledby": "past-petitions-heading"})
    assert [a.get_text() for a in open_section.select("h3 a")] == ["Status for all"]
    assert "2 signatures" in open_section.get_text()
    assert open_section.find("progress")["value"] == "2"
    past = " ".join(past_section.get_text().split())
    assert "An old petition" in past and "Closed" in past
    assert "A delivered one" in past and "Delivered · 1,234 signatures" in past
    assert closed.title not in open_section.get_text()


def test_the_index_costs_a_bounded_number_of_queries(client, petition_index):
    for _ in range(3):
        PetitionPageFactory(parent=petition_index)
    client.get(petition_index.url)
    with CaptureQueriesContext(connection) as few:
        client.get(petition_index.url)
    for n in range(10):
        PetitionPageFactory(
            parent=petition_index, status=PetitionPage.Status.CLOSED if n % 2 else "open"
        )
    client.get(petition_index.url)
    with CaptureQueriesContext(connection) as many:
        client.get(petition_index.url)
    assert len(many) <= len(few) <= 12


def test_the_home_page_features_petitions_with_their_progress(
    client, home_page, petition_index, petition
):
    others = [PetitionPageFactory(parent=petition_index, title=f"Other {n}") for n in range(2)]
    for order, page in enumerate([petition, *others]):
        HomePageFeaturedPetition.objects.create(
            page=home_page, petition=page, sort_order=order, locale=home_page.locale
        )
    counted(petition, 5)

    client.get(home_page.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(home_page.url)

    # One query per section whatever its length (petitions, press, events...): 13 in all.
    assert len(queries) <= 13, "\n".join(q["sql"][:200] for q in queries.captured_queries)
    document = soup(response)
    # The hero leads with the first featured petition and a Sign button to its form.
    lead = document.find(class_="lead-petition")
    assert lead.find("h2").get_text() == "Status for all"
    assert "5 signatures" in lead.get_text()
    assert lead.find("a", class_="button--cta")["href"] == petition.url + "#sign"
    section = document.find("section", attrs={"aria-labelledby": "more-petitions-heading"})
    cards = section.find_all("li", class_="card")
    assert [card.find("h3").get_text() for card in cards] == ["Other 0", "Other 1"]
    # Each progress bar is labelled by its own total.
    bars = [lead.find("progress"), *(card.find("progress") for card in cards)]
    ids = [bar["aria-labelledby"] for bar in bars]
    assert len(set(ids)) == 3
    for label in ids:
        assert document.find(id=label)


# --- Privacy ---------------------------------------------------------------------------------


def test_no_signer_s_details_appear_on_public_pages(client, home_page, petition_index, petition):
    riding = RidingFactory(province="QC", name_en="Secret Riding Name")
    MemberFactory(riding=riding)
    SignatureFactory(
        petition=petition,
        full_name="Zyxwvut Hiddenname",
        email="hidden.person@example.org",
        postal_code="K1A 0B1",
        city="Hiddenville",
        consent=Signature.Consent.SHARE_WITH_MP,
        riding=riding,
    )
    HomePageFeaturedPetition.objects.create(
        page=home_page, petition=petition, locale=home_page.locale
    )
    visitor = Client()
    thanks = visitor.get(
        post_sign(visitor, petition, email="someone.else@example.org")["Location"]
    )

    pages = [
        client.get(petition.url),
        client.get(petition.url),  # cached
        client.get(petition_index.url),
        client.get(home_page.url),
        thanks,  # another signer's thank-you page
        post_sign(Client(), petition, email="wrong"),  # another signer's errors
    ]

    for response in pages:
        assert response.status_code == 200
        html = response.content.decode()
        for secret in [
            "Zyxwvut",
            "Hiddenname",
            "hidden.person",
            "K1A 0B1",
            "Hiddenville",
            "Secret Riding",
        ]:
            assert secret not in html
    # The signer's own thank-you page does not name them either (people share URLs).
    assert "Ana Reyes" not in thanks.content.decode()
    assert "someone.else" not in thanks.content.decode()
    assert thanks["Referrer-Policy"] == "same-origin"
    assert "no-store" in thanks["Cache-Control"]


def test_an_uncached_petition_page_costs_a_bounded_number_of_queries(client, petition, settings):
    settings.ANONYMOUS_PAGE_CACHE = False
    counted(petition, 30)
    client.get(petition.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(petition.url)
    assert len(queries) <= 12


def test_previews_are_rendered_fresh_and_never_cached(petition):
    petition.title = "A draft title"
    response = petition.make_preview_request()

    assert response.status_code == 200
    assert HEADER not in response
    assert b"A draft title" in response.content
    assert cache.get(page_cache.cache_key(petition.url)) is None
