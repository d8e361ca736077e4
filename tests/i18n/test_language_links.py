"""Links between the languages of a page.

The hreflang alternates, the language switcher, the canonical link of aliases, the Accept-Language
redirect of "/", the sitemap's alternates, and feeds and search per language.
"""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from tests.factories import PressReleasePageFactory, paragraph
from tests.support.html import soup
from tests.support.localize import locale, sync_tree, translate

EN = "http://localhost/en/news/rally/"
FR = "http://localhost/fr/news/rassemblement/"
FRENCH = {
    "Rally at Parliament": "Rassemblement au Parlement",
    "rally": "rassemblement",
    "Migrant workers rallied for status today.": "Les travailleurs migrants ont manifesté.",
    "Workers gathered outside Parliament.": "Les travailleuses se sont réunies devant la colline.",
}


@pytest.fixture
def release(press_index):
    return PressReleasePageFactory(
        parent=press_index,
        title="Rally at Parliament",
        slug="rally",
        lede="Migrant workers rallied for status today.",
        body=paragraph("Workers gathered outside Parliament."),
    )


@pytest.fixture
def french(release):
    """The French translation of `release`, published.

    The French home and press index are created as aliases on the way.
    """
    return translate(release, "fr", FRENCH)


def alternates(response):
    """{hreflang: href} of the page's <link rel="alternate" hreflang> elements."""
    links = soup(response).head.find_all("link", rel="alternate", hreflang=True)
    found = {link["hreflang"]: link["href"] for link in links}
    assert len(found) == len(links), "an hreflang appears twice"
    return found


def canonical(response):
    return soup(response).head.find("link", rel="canonical")["href"]


def switcher_nav(response):
    """The language switcher: the <nav> whose links have an hreflang.

    Its aria-label is in the page's language.
    """
    navs = [nav for nav in soup(response).find_all("nav") if nav.find("a", hreflang=True)]
    assert len(navs) == 1, "no language switcher, or more than one"
    assert navs[0].get("aria-label")
    return navs[0]


def switcher(response):
    """{hreflang: (href, text, aria-current)} of the language switcher's links."""
    nav = switcher_nav(response)
    return {
        a["hreflang"]: (a["href"], a.get_text(strip=True), a.get("aria-current"))
        for a in nav.find_all("a")
    }


def test_translated_page_lists_its_translations_as_alternates(client, release, french):
    sync_tree("es")  # a Spanish alias of the release, which is not a translation

    english_page = client.get(release.url)
    french_page = client.get(french.url)

    expected = {"en": EN, "fr": FR, "x-default": EN}
    assert alternates(english_page) == expected
    assert alternates(french_page) == expected
    assert canonical(english_page) == EN
    assert canonical(french_page) == FR


def test_pages_with_only_aliases_have_no_alternates(client, home_page, release):
    sync_tree("fr")

    for url in ["/en/", release.url, "/fr/", "/fr/news/rally/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert alternates(response) == {}, url


def test_alias_is_canonically_its_english_original(client, release, french):
    sync_tree("es")

    response = client.get("/es/news/rally/")

    assert response.status_code == 200
    assert soup(response).html["lang"] == "es"
    assert "Rally at Parliament" in soup(response).h1.get_text()
    assert canonical(response) == EN
    assert soup(response).head.find("meta", property="og:url")["content"] == EN
    assert "es" not in alternates(response)


def test_switcher_leads_to_the_page_in_each_language(client, home_page, release, french):
    sync_tree("es")  # Spanish: an alias of the release exists
    home_page.copy_for_translation(locale("pa"), alias=True)  # Punjabi: only a home page
    # Tagalog: no tree at all

    response = client.get(release.url)
    links = switcher(response)

    assert switcher_nav(response)["aria-label"] == "Language"
    assert links == {
        "en": ("/en/news/rally/", "English", "page"),
        "fr": ("/fr/news/rassemblement/", "Français", None),
        "es": ("/es/news/rally/", "Español", None),
        "pa": ("/pa/", "ਪੰਜਾਬੀ", None),
    }
    for href, _text, _current in links.values():
        assert client.get(href).status_code == 200, href
    # And back from the French translation.
    links = switcher(client.get(french.url))
    assert links["en"] == ("/en/news/rally/", "English", None)
    assert links["fr"] == ("/fr/news/rassemblement/", "Français", "page")
    # Each link is in its own language.
    for a in switcher_nav(client.get(french.url)).find_all("a"):
        assert a["lang"] == a["hreflang"]


@pytest.mark.parametrize(
    ("accept_language", "location"),
    [
        ("fr", "/fr/"),
        ("fr-CA,fr;q=0.9,en;q=0.8", "/fr/"),
        ("es-MX", "/es/"),
        ("de", "/en/"),
        ("de-DE,de;q=0.9,es;q=0.5", "/es/"),
        ("", "/en/"),
        # Filipino is standardized Tagalog: Philippine phones send fil or fil-PH.
        ("fil", "/tl/"),
        ("fil-PH,fil;q=0.9,en-US;q=0.8", "/tl/"),
        ("tl-PH", "/tl/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept_language, location):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == location


SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def test_sitemap_lists_every_language_with_alternates(client, release, french):
    sync_tree("es")

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own response
    urls = {}
    for url in root.findall("sm:url", SITEMAP_NS):
        links = url.findall("xhtml:link", SITEMAP_NS)
        assert all(link.get("rel") == "alternate" for link in links)
        urls[url.find("sm:loc", SITEMAP_NS).text] = {
            link.get("hreflang"): link.get("href") for link in links
        }
    translated = {"en": EN, "fr": FR, "x-default": EN}
    # The French home and press index and every Spanish page are aliases: left out.
    assert urls == {
        "http://localhost/en/": {},
        "http://localhost/en/news/": {},
        EN: translated,
        FR: translated,
    }


def test_feeds_are_per_language(client, press_index, release, french):
    PressReleasePageFactory(parent=press_index, title="Housing for all")

    english_feed = feedparser.parse(client.get("/en/news/feed/rss/").content)
    french_feed = feedparser.parse(client.get("/fr/news/feed/rss/").content)

    assert french_feed.feed.language == "fr"
    assert [entry.title for entry in french_feed.entries] == ["Rassemblement au Parlement"]
    assert french_feed.entries[0].link.endswith("/fr/news/rassemblement/")
    assert french_feed.entries[0].summary == "Les travailleurs migrants ont manifesté."
    assert english_feed.feed.language == "en"
    assert sorted(entry.title for entry in english_feed.entries) == [
        "Housing for all",
        "Rally at Parliament",
    ]


def search_results(client, language_code, query):
    response = client.get(f"/{language_code}/search/", {"query": query})
    assert response.status_code == 200
    return [result.specific for result in response.context["results"]]


def test_search_is_per_language(client, release, french):
    assert search_results(client, "fr", "travailleuses") == [french]
    assert search_results(client, "en", "travailleuses") == []
    assert search_results(client, "en", "Parliament") == [release]
    assert search_results(client, "fr", "Parliament") == []
