"""Screenshots of the public pages, as a person meets them, on every run.

The demo content (load_demo: the real texts, long committee names, Punjabi translations) is
opened in Chromium at a phone's width (390 px) and a laptop's (1280 px), in English and
Punjabi, and every page is written to test-artifacts/screenshots/public/ for a reviewer to look
at. A page that answers an error, or that is wider than the screen (a phone would scroll it
sideways), fails the test.
"""

import io
import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Locale, Site

from petitions.models import PetitionPage, PostalCodeRiding
from tests.e2e.conftest import ARTIFACTS
from tests.factories.petitions import RidingFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCREENSHOTS = ARTIFACTS / "screenshots" / "public"
WIDTHS = {"phone": 390, "laptop": 1280}
LANGUAGES = ("en", "pa")
# The demo pages, by their English path under the home page.
PAGES = {
    "home": "",
    "petition": "petitions/open-work-permits",
    "press-release": "press/open-work-permits-for-every-migrant-worker",
    "brief-index": "policy",
    "coalition": "coalition",
    "privacy": "privacy",
}


def demo_page(path, language):
    """The demo page at English `path`, in `language` (its translation or its alias)."""
    page = Site.objects.get(is_default_site=True).root_page
    for slug in filter(None, path.split("/")):
        page = page.get_children().get(slug=slug)
    return page.get_translation(Locale.objects.get(language_code=language))


def capture(page, name, width):
    """Screenshot the current page; fail if it is wider than the viewport."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= width, f"{name} is {overflow} px wide on a {width} px screen"
    return path


@pytest.fixture
def demo():
    """The demo site as on a new machine, with one riding whose postal code a signer types."""
    riding = RidingFactory(province="ON", name_en="University—Rosedale")
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=riding)
    call_command("load_demo", "--no-admin", stdout=io.StringIO())


def test_screenshots_of_the_public_pages_at_phone_and_laptop_widths(demo, new_context):
    written = []
    for size, width in WIDTHS.items():
        context = new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for language in LANGUAGES:
            for name, path in PAGES.items():
                response = page.goto(demo_page(path, language).url)
                assert response.status == 200, f"{name} in {language}: {response.status}"
                written.append(capture(page, f"{name}-{language}-{size}", width))

            response = page.goto(f"/{language}/search/?query=work")
            assert response.status == 200
            written.append(capture(page, f"search-{language}-{size}", width))

            # The page a signer lands on after signing.
            petition = demo_page(PAGES["petition"], language)
            page.goto(petition.url)
            page.fill("input[name=full_name]", "Simran Kaur")
            page.fill("input[name=email]", f"simran.{size}.{language}@example.org")
            page.fill("input[name=postal_code]", "M5S 2T9")
            page.locator("input[name=consent][value=count_only]").check()
            page.locator("form button[type=submit]").last.click()
            page.wait_for_load_state()
            assert re.search(r"/(thanks|signed)/", page.url), page.url
            written.append(capture(page, f"signed-{language}-{size}", width))

    assert len(written) == len(WIDTHS) * len(LANGUAGES) * (len(PAGES) + 2)
    assert all(Path(path).stat().st_size > 10_000 for path in written)
    assert PetitionPage.objects.filter(slug="open-work-permits").exists()
    mail.outbox = []
