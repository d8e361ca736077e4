"""A page not yet translated, and the pages that are not pages (search), in the visitor's language.

An alias (wagtail-localize) shows the English text under another language's interface: it says
so in that language and marks its text `lang="en"`. The search page has the language switcher,
and keeps the query when switching.
"""

from tests.factories import PressReleasePageFactory, paragraph
from tests.support.html import soup
from tests.support.localize import locale, sync_tree, translate


def test_an_untranslated_page_says_so_in_the_visitors_language_and_marks_its_text_english(
    client, press_index
):
    release = PressReleasePageFactory(
        parent=press_index, title="Rally", slug="rally", body=paragraph("Workers gathered.")
    )
    sync_tree("pa")
    alias = release.get_translation(locale("pa"))

    page = soup(client.get(alias.url))

    notice = page.select_one("main .notice--untranslated")
    assert notice is not None
    assert notice["lang"] == "pa"
    assert notice.get_text(strip=True) == ("ਇਹ ਪੰਨਾ ਅਜੇ ਪੰਜਾਬੀ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਇੱਥੇ ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ।")
    assert page.find("main")["lang"] == "en"
    assert page.find("html")["lang"] == "pa"


def test_a_translated_page_and_an_english_page_have_no_notice(client, press_index):
    release = PressReleasePageFactory(parent=press_index, title="Rally", slug="rally")
    sync_tree("fr")
    french = translate(release, "fr", {"Rally": "Rassemblement", "rally": "rassemblement"})

    for url in (release.url, french.url):
        page = soup(client.get(url))
        assert page.select_one(".notice--untranslated") is None
        assert not page.find("main").has_attr("lang")


def test_the_search_page_switches_language_and_keeps_the_query(client, home_page):
    page = soup(client.get("/pa/search/", {"query": "status"}))

    links = {a["hreflang"]: a["href"] for a in page.select("nav.language-nav a[hreflang]")}
    assert links == {
        "en": "/en/search/?query=status",
        "fr": "/fr/search/?query=status",
        "es": "/es/search/?query=status",
        "pa": "/pa/search/?query=status",
        "tl": "/tl/search/?query=status",
    }
    assert page.select_one("nav.language-nav a[aria-current=page]")["hreflang"] == "pa"
