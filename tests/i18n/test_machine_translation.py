"""Machine translation in wagtail-localize's editor.

It is off by default and configured by the MACHINE_TRANSLATOR environment variable; the tests use
wagtail-localize's dummy translator, which reverses the order of the words.
"""

import html
import runpy

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation

from press.models import PressReleasePage
from tests.factories import PressReleasePageFactory, paragraph
from tests.support.database import committing
from tests.support.html import main_text, soup
from tests.support.localize import source_strings, translate, translate_strings, translated_strings
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

BASE_SETTINGS = "config/settings/base.py"


def base_settings(monkeypatch, **environment):
    """The names config/settings/base.py defines with this environment."""
    for name in ["MACHINE_TRANSLATOR", "DEEPL_AUTH_KEY"]:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(BASE_SETTINGS)


def test_machine_translation_is_off_by_default(monkeypatch):
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in base_settings(monkeypatch)


def test_machine_translator_is_chosen_by_the_environment(monkeypatch):
    names = base_settings(monkeypatch, MACHINE_TRANSLATOR="deepl", DEEPL_AUTH_KEY="key")

    assert names["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"] == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "key"},
    }


def reversed_words(text):
    return " ".join(reversed(text.split(" ")))


@pytest.fixture
def translation(press_index):
    """A release submitted for translation into French.

    Its French page is an untranslated draft.
    """
    release = PressReleasePageFactory(
        parent=press_index,
        title="Rally at Parliament",
        slug="rally",
        lede="Migrant workers rallied today.",
        body=paragraph("Workers gathered outside Parliament."),
        dateline_city="Ottawa",
    )
    translate(release, "fr", publish=False)
    return Translation.objects.get(source__object_id=release.translation_key)


def french_page():
    return PressReleasePage.objects.get(locale__language_code="fr")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def machine_translate(client, translation, **kwargs):
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": edit_url(french_page())},
        **kwargs,
    )


def messages_of(response):
    return [html.unescape(str(m)).strip() for m in get_messages(response.wsgi_request)]


def test_translator_machine_translates_and_publishes(client, translator, translation):
    client.force_login(translator)
    editor = client.get(edit_url(french_page()))
    assert "Dummy translator" in editor.content.decode()  # the editor offers it

    response = machine_translate(client, translation)

    assert response.status_code == 302
    assert response["Location"] == edit_url(french_page())
    assert "Successfully translated with Dummy translator." in messages_of(response)
    assert translated_strings(translation) == {
        text: reversed_words(text) for text in source_strings(translation)
    }
    assert set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list(
            "translation_type", "tool_name", "last_translated_by"
        )
    ) == {("machine", "Dummy translator", translator.pk)}

    with committing():
        client.post(edit_url(french_page()), {"action": "publish"})

    response = client.get("/fr/news/rally/")
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Parliament at Rally"
    assert "Parliament. outside gathered Workers" in main_text(response)


def test_machine_translation_keeps_human_translations(client, translator, translation):
    translate_strings(translation, {"Rally at Parliament": "Rassemblement au Parlement"})
    client.force_login(translator)

    machine_translate(client, translation)

    strings = translated_strings(translation)
    assert strings["Rally at Parliament"] == "Rassemblement au Parlement"
    assert strings["Ottawa"] == "Ottawa"
    assert strings["Workers gathered outside Parliament."] == (
        "Parliament. outside gathered Workers"
    )
    # Nothing is left to translate the second time.
    response = machine_translate(client, translation)
    assert "There isn't anything left to translate." in messages_of(response)


def test_machine_translation_needs_a_translator_and_permission(
    client, settings, translator, translation
):
    sign_in(client, staff_user("organizer", "Organizers"))
    response = machine_translate(client, translation)
    assert response["Location"] == reverse("wagtailadmin_home")
    assert translated_strings(translation) == {}

    del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    client.force_login(translator)
    # A 404, which LocaleMiddleware turns into a redirect to /en/admin/..., a 404 too.
    assert machine_translate(client, translation, follow=True).status_code == 404
    assert translated_strings(translation) == {}
