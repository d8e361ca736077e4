"""Sitemap, robots.txt, site search and the error pages."""

import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from tests.factories import PressReleasePageFactory, StandardPageFactory, paragraph
from tests.support.html import main_text, soup
from tests.support.publishing import make_draft

# Also run on SQLite by `make test` (the `make run` database).
pytestmark = pytest.mark.smoke

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_only_live_pages(client, home_page, press_index, policy_index):
    about = StandardPageFactory(parent=home_page, title="About")
    release = PressReleasePageFactory(parent=press_index, title="Public release")
    draft = make_draft(PressReleasePageFactory, parent=press_index, title="Draft release")
    unpublished_section = make_draft(StandardPageFactory, parent=home_page, title="Hidden")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own response
    locations = [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert sorted(locations) == sorted(
        page.full_url for page in [home_page, about, press_index, policy_index, release]
    )
    assert all(location.startswith("http://localhost/en/") for location in locations)
    assert draft.full_url not in locations
    assert unpublished_section.full_url not in locations


def test_robots_txt_points_at_the_sitemap_and_lets_the_briefs_documents_be_crawled(
    client, home_page, settings
):
    settings.PUBLIC_BASE_URL = "https://coalition.example"
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: https://coalition.example/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    # The policy briefs' PDFs are served under /documents/: they are what the briefs are for.
    assert not any(line.startswith("Disallow: /documents") for line in lines)


def search(client, query):
    response = client.get("/en/search/", {"query": query})
    assert response.status_code == 200
    return response


def test_search_finds_a_word_only_in_a_streamfield_body(client, press_index):
    release = PressReleasePageFactory(
        parent=press_index,
        title="Rally at Queen's Park",
        lede="Workers rallied.",
        body=paragraph("Seasonal agricultural workers from Jamaica marched together."),
    )
    PressReleasePageFactory(parent=press_index, title="Another release")

    response = search(client, "Jamaica")

    assert [result.specific for result in response.context["results"]] == [release]
    links = [a["href"] for a in soup(response).select("ol.search-results a")]
    assert links == [release.url]
    assert "1 result for" in main_text(response)


def test_search_with_a_nonsense_word_finds_nothing(client, press_index):
    PressReleasePageFactory(parent=press_index, body=paragraph("Ordinary words."))

    response = search(client, "xyzzyplughfrobnicate")

    assert len(response.context["results"]) == 0
    assert soup(response).select("ol.search-results") == []
    assert "0 results for" in main_text(response)


def test_search_does_not_find_drafts(client, press_index):
    make_draft(PressReleasePageFactory, parent=press_index, body=paragraph("Sekritword here."))

    assert len(search(client, "Sekritword").context["results"]) == 0


def test_empty_search_renders_the_form(client, home_page):
    response = search(client, "")

    assert response.context["query"] == ""
    assert soup(response).find("input", attrs={"name": "query"}) is not None
    assert soup(response).select("ol.search-results") == []
    assert client.get("/en/search/").status_code == 200


def test_search_page_numbers_are_harmless(client, home_page):
    response = client.get("/en/search/", {"query": "anything", "page": "abc"})

    assert response.status_code == 200


def test_unknown_url_renders_the_site_404_page(client, home_page):
    response = client.get("/en/does-not-exist/")

    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    html = soup(response)
    assert html.find("h1").get_text(strip=True) == "Page not found"
    assert html.find("form", role="search") is not None


def test_unknown_url_below_an_index_is_a_404(client, press_index, policy_index):
    PressReleasePageFactory(parent=press_index, title="Known")

    assert client.get(press_index.url + "known/").status_code == 200
    assert client.get(press_index.url + "unknown/").status_code == 404
    assert client.get(press_index.url + "known/deeper/").status_code == 404
    assert client.get(policy_index.url + "unknown/").status_code == 404


def test_500_template_renders_standalone():
    # The 500 handler renders without a request context: no database, no context processors.
    html = render_to_string("500.html")

    assert "<html" in html
    assert "Something went wrong" in html


def test_500_template_renders_with_a_bare_request():
    html = render_to_string("500.html", request=RequestFactory().get("/en/"))

    assert "Something went wrong" in html
