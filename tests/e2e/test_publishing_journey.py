"""An editor publishes a press release and a translator translates it into French.

The editor publishes it with a media contact in the Wagtail admin, and it is on the site and in the
RSS feed; the translator translates it with wagtail-localize's editor, and the language switcher
leads from the English page to the French one.
"""

import re

import feedparser
import pytest

from press.models import PressReleasePage
from tests.e2e.conftest import PASSWORD, log_in
from tests.factories.press import MediaContactFactory
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Migrant workers rally for status"
FRENCH_TITLE = "Les travailleurs migrants manifestent pour un statut"


def editor_user(username, group):
    user = staff_user(username, group)
    user.set_password(PASSWORD)
    user.save()
    return user


def test_an_editor_publishes_a_press_release(press_index, new_context, csp_violations):
    editor_user("editor", "Editors")
    MediaContactFactory(name="Maria Santos", email="maria@example.org")
    page = new_context().new_page()
    log_in(page, "editor")

    page.goto(f"/admin/pages/{press_index.pk}/add_subpage/")
    if "/add/press/pressreleasepage/" not in page.url:
        page.get_by_role("link", name=re.compile("press release", re.I)).click()
    page.fill("#id_title", TITLE)
    page.fill("#id_release_date", "2026-11-20")
    page.fill("#id_dateline_city", "Ottawa")
    page.fill("#id_lede", "Workers from every province gathered on Parliament Hill today.")
    page.get_by_role("button", name=re.compile("add media contact", re.I)).click()
    page.get_by_role("button", name=re.compile("choose .*media contact", re.I)).click()
    page.get_by_role("link", name="Maria Santos").click()
    page.wait_for_selector("[data-chooser-title]:has-text('Maria Santos')")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name=re.compile("^publish$", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))

    release = PressReleasePage.objects.get(title=TITLE, locale__language_code="en")
    assert release.live
    assert release.media_contacts.get().contact.name == "Maria Santos"

    page.goto(release.get_url())
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    assert "Maria Santos" in page.locator("main").inner_text()

    response = page.request.get(press_index.get_url() + "feed/rss/")
    assert response.ok
    feed = feedparser.parse(response.body())
    assert [entry.title for entry in feed.entries] == [TITLE]

    translate_into_french(new_context().new_page(), release)
    english = new_context().new_page()
    english.goto(release.get_url())
    # As a visitor does: open the header's language picker, then choose French.
    english.locator(".language-picker summary").click()
    english.locator(".language-picker a[hreflang=fr]").click()
    english.wait_for_url(re.compile(r"/fr/"))
    assert english.get_by_role("heading", level=1).inner_text() == FRENCH_TITLE
    assert english.locator("html").get_attribute("lang") == "fr"

    assert csp_violations == []


def translate_into_french(page, release):
    """The translator's part: submit, translate the title, publish.

    Submit the release for translation, translate its title in wagtail-localize's editor (the other
    strings keep their English text) and publish.
    """
    editor_user("translator", "Translators")
    log_in(page, "translator")
    page.goto(f"/admin/localize/submit/page/{release.pk}/")
    page.get_by_label(re.compile("French|Français")).check()
    page.get_by_role("button", name=re.compile("submit", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    title_segment = page.locator("li", has_text=TITLE).last
    title_segment.get_by_role("button", name="Translate", exact=True).click()
    title_segment.locator("textarea").fill(FRENCH_TITLE)
    title_segment.get_by_role("button", name="Save", exact=True).click()
    title_segment.get_by_text("Translated manually").wait_for()
    page.get_by_role("button", name=re.compile("Publish in (French|Français)")).click()
    page.get_by_text(f"Published '{FRENCH_TITLE}'").wait_for()
