"""Interface strings, dates and numbers render in each of the site's five languages.

The English tree is copied into every other locale as aliases (wagtail-localize's tree
synchronization, as on the live site), so /fr/, /es/, /pa/ and /tl/ serve the same pages with
the interface in their language. Tagalog works only because locale/tl exists: Django ships no
tl catalogue, and without one it does not accept /tl/ at all.
"""

import datetime
import re
import uuid

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.test import TestCase
from django.test.signals import setting_changed
from django.utils import formats, translation
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from press.models import Organization
from tests.factories import PolicyBriefPageFactory, PressReleasePageFactory
from tests.support.html import main_text, soup

LANGUAGES = ["en", "fr", "es", "pa", "tl"]
NBSP = "\u00a0"

SKIP_LINK = {
    "en": "Skip to main content",
    "fr": "Passer au contenu principal",
    "es": "Saltar al contenido principal",
    "pa": "ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ",
    "tl": "Lumaktaw sa pangunahing nilalaman",
}
SEARCH_BUTTON = {"en": "Search", "fr": "Rechercher", "es": "Buscar", "pa": "ਖੋਜੋ", "tl": "Maghanap"}
RECOMMENDATIONS = {
    "en": "Recommendations",
    "fr": "Recommandations",
    "es": "Recomendaciones",
    "pa": "ਸਿਫ਼ਾਰਸ਼ਾਂ",
    "tl": "Mga rekomendasyon",
}
# DATE_FORMAT of 2026-11-21: Django's en, fr and es formats, config/formats/pa and tl.
LONG_DATE = {
    "en": "Nov. 21, 2026",
    "fr": "21 novembre 2026",
    "es": "21 de noviembre de 2026",
    "pa": "21 ਨਵੰਬਰ 2026",
    "tl": "Nobyembre 21, 2026",
}
# intcomma of 1234567: pa groups in lakhs (CLDR).
GROUPED = {
    "en": "1,234,567",
    "fr": f"1{NBSP}234{NBSP}567",
    "es": f"1{NBSP}234{NBSP}567",
    "pa": "12,34,567",
    "tl": "1,234,567",
}
# The coalition page's summary with 1,000 member organizations in Ontario.
COALITION_SUMMARY = {
    "en": "1,000 member organizations in 1 province or territory",
    "fr": f"1{NBSP}000 organismes membres dans 1 province ou territoire",
    "es": f"1{NBSP}000 organizaciones miembro en 1 provincia o territorio",
    "pa": "1 ਸੂਬਾ ਜਾਂ ਟੈਰੀਟਰੀ ਵਿੱਚ 1,000 ਮੈਂਬਰ ਸੰਸਥਾਵਾਂ",
    "tl": "1,000 kasaping organisasyon sa 1 probinsya o teritoryo",
}
THOUSAND = {"en": "1,000", "fr": f"1{NBSP}000", "es": f"1{NBSP}000", "pa": "1,000", "tl": "1,000"}
ONTARIO = {"en": "Ontario", "fr": "Ontario", "es": "Ontario", "pa": "ਓਨਟਾਰੀਓ", "tl": "Ontario"}


def collapse(text):
    """Runs of ASCII whitespace as one space.

    No-break spaces, which are part of the text in French ("1 000", "« mot »"), are kept
    (str.split() would remove them).
    """
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def reset_translation_caches():
    """Make Django reload the catalogues and formats it has cached in this process."""
    for setting in ["LOCALE_PATHS", "FORMAT_MODULE_PATH"]:
        setting_changed.send(
            sender=None, setting=setting, value=getattr(settings, setting), enter=False
        )


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """Compile the .mo files missing or older than their .po.

    The .mo files are build output (`make messages`); compiling them here means that running this
    file alone after a .po change tests the change.
    """
    stale = False
    for locale_dir in settings.LOCALE_PATHS:
        for po in locale_dir.glob("*/LC_MESSAGES/django.po"):
            mo = po.with_suffix(".mo")
            stale |= not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime
    if stale:
        call_command("compilemessages", ignore_patterns=[".venv", "var"], verbosity=0)
        reset_translation_caches()


def sync_trees():
    """Copy the English tree into every other locale as aliases.

    This is what wagtail-localize does when a locale's synchronization is saved (its jobs run
    inline; some of its work waits for the transaction to commit, which a test's transaction never
    does).
    """
    with TestCase.captureOnCommitCallbacks(execute=True):
        for synchronization in LocaleSynchronization.objects.all():
            synchronization.sync_trees()


def in_language(page, language):
    """The page's version in `language` (the alias the synchronization made)."""
    return page.get_translation(Locale.objects.get(language_code=language))


@pytest.fixture
def synced_site(home_page):
    sync_trees()
    return home_page


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_interface_is_in_the_language(client, synced_site, language):
    url = in_language(synced_site, language).url

    response = client.get(url)

    assert url == f"/{language}/"
    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == language
    assert document.find("a", class_="skip-link").get_text(strip=True) == SKIP_LINK[language]
    search = document.find("form", class_="site-search")
    assert search.find("button").get_text(strip=True) == SEARCH_BUTTON[language]
    # The language switcher names every language in that language (endonyms), untranslated.
    switcher = document.find("nav", class_="language-nav")
    assert [a.get_text(strip=True) for a in switcher.find_all("a")] == [
        name for _code, name in settings.LANGUAGES
    ]
    current = switcher.find("a", attrs={"aria-current": "page"})
    assert current["lang"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_policy_brief_headings_and_date_are_in_the_language(client, policy_index, language):
    brief = PolicyBriefPageFactory(parent=policy_index, date=datetime.date(2026, 11, 21))
    sync_trees()

    response = client.get(in_language(brief, language).url)

    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == language
    assert document.find(id="recommendations-heading").get_text() == RECOMMENDATIONS[language]
    time = document.find("dl", class_="facts").find("time")
    assert time["datetime"] == "2026-11-21"
    assert time.get_text() == LONG_DATE[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_coalition_counts_are_grouped_per_language(client, coalition_page, language):
    """A count of 1,000 prints with the language's thousands separator.

    The province name is translated (django-localflavor has no pa catalogue: ours supplies it).
    """
    locale = Locale.objects.get(language_code=language)
    Organization.objects.bulk_create(
        Organization(
            name=f"Workers Centre {n:04d}",
            province="ON",
            membership=Organization.Membership.MEMBER,
            locale=locale,
            translation_key=uuid.uuid4(),
        )
        for n in range(1000)
    )
    sync_trees()

    response = client.get(in_language(coalition_page, language).url)

    assert response.status_code == 200
    document = soup(response)
    total = document.find("p", class_="coalition-summary__total")
    assert collapse(total.get_text()) == COALITION_SUMMARY[language]
    roles = document.find("dl", class_="coalition-summary__roles")
    assert roles.find("dd").get_text() == THOUSAND[language]
    province = document.find("section", class_="province")
    assert province.find("h2").get_text() == ONTARIO[language]
    assert province.find("p", class_="meta").get_text().startswith(THOUSAND[language] + " ")


@pytest.mark.parametrize("language", ["fr", "pa"])
def test_years_are_never_grouped(client, press_index, language):
    """2026 shows as a year, never as a grouped number.

    In the year filter of the press release index, and in the release's date, 2026 is a year, not a
    number ("2 026" in French, if thousands grouping were on everywhere).
    """
    PressReleasePageFactory(parent=press_index, release_date=datetime.date(2026, 11, 21))
    sync_trees()

    response = client.get(in_language(press_index, language).url)

    assert response.status_code == 200
    options = soup(response).find("select", id="filter-year").find_all("option")
    assert [(o["value"], o.get_text()) for o in options[1:]] == [("2026", "2026")]
    assert LONG_DATE[language] in main_text(response)


def test_french_search_result_count_uses_the_french_plural(client, synced_site):
    """French counts 0 as singular (Plural-Forms: n > 1)."""
    response = client.get("/fr/search/", {"query": "introuvable"})

    assert response.status_code == 200
    heading = soup(response).find(id="search-results-heading")
    assert collapse(heading.get_text()) == f"0 résultat pour «{NBSP}introuvable{NBSP}»"
    assert (
        soup(response)
        .title.get_text()
        .startswith(f"Résultats de recherche pour «{NBSP}introuvable{NBSP}»")
    )


@pytest.mark.parametrize(
    "language,expected",
    [
        ("en", "Page not found"),
        ("fr", "Page introuvable"),
        ("es", "Página no encontrada"),
        ("pa", "ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ"),
        ("tl", "Hindi nahanap ang pahina"),
    ],
)
def test_not_found_page_is_in_the_language(client, synced_site, language, expected):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == language
    assert document.find("h1").get_text() == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_date_and_number_filters_per_language(language):
    template = Template(
        '{% load humanize %}{{ day|date:"DATE_FORMAT" }}|{{ count|intcomma }}|{{ year }}'
    )
    context = Context({"day": datetime.date(2026, 11, 21), "count": 1234567, "year": 2026})

    with translation.override(language):
        rendered = template.render(context)

    assert rendered == f"{LONG_DATE[language]}|{GROUPED[language]}|2026"


def test_punjabi_times_say_before_or_after_midday_not_morning_or_evening():
    # Django's pa catalogue translates PM as "evening": noon printed as "12:00 ਸ਼ਾਮ".
    with translation.override("pa"):
        assert formats.time_format(datetime.time(12, 0)) == "12:00 ਬਾ.ਦੁ."
        assert formats.time_format(datetime.time(9, 30)) == "9:30 ਪੂ.ਦੁ."
