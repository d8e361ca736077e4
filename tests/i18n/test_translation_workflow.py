"""Translating a press release with wagtail-localize, through its API and its admin views.

Submit, translate, publish, sync after the English source changes, and the PO file round trip.
"""

import uuid

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import (
    LocaleSynchronization,
    StringTranslation,
    Translation,
    TranslationSource,
)

from press.models import PressReleasePage
from tests.factories import PressReleasePageFactory, paragraph
from tests.support.database import committing
from tests.support.html import main_text, soup
from tests.support.localize import (
    locale,
    segments,
    source_strings,
    submit,
    translate,
    translated_strings,
)

ENGLISH = {
    "title": "Rally at Parliament",
    "slug": "rally-at-parliament",
    "lede": "Migrant workers rallied for status today.",
    "body": "Workers gathered outside Parliament.",
}
FRENCH = {
    "Rally at Parliament": "Rassemblement au Parlement",
    "rally-at-parliament": "rassemblement-au-parlement",
    "Migrant workers rallied for status today.": "Les travailleurs migrants ont manifesté.",
    "Workers gathered outside Parliament.": "Les travailleuses se sont réunies au Parlement.",
}
ENGLISH_URL = "/en/news/rally-at-parliament/"
FRENCH_URL = "/fr/news/rassemblement-au-parlement/"


@pytest.fixture
def release(press_index):
    return PressReleasePageFactory(
        parent=press_index,
        title=ENGLISH["title"],
        slug=ENGLISH["slug"],
        lede=ENGLISH["lede"],
        body=paragraph(ENGLISH["body"]),
        dateline_city="Ottawa",
    )


def assert_english(response):
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == ENGLISH["title"]
    text = main_text(response)
    assert ENGLISH["body"] in text
    assert not any(french in text for french in FRENCH.values())


def assert_french(response):
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == "fr"
    assert html.h1.get_text(strip=True) == "Rassemblement au Parlement"
    text = main_text(response)
    assert "Les travailleurs migrants ont manifesté." in text
    assert "Les travailleuses se sont réunies au Parlement." in text
    assert ENGLISH["body"] not in text


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def test_every_content_language_is_synchronized_from_english(locales):
    synchronized = {
        sync.locale.language_code: sync.sync_from.language_code
        for sync in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }

    assert synchronized == {code: "en" for code in locales if code != "en"}
    assert set(locales) == {"en", "fr", "es", "pa", "tl"}


def test_release_segments_are_the_translatable_fields(release):
    translation = submit(release, "fr")

    assert source_strings(translation) == [
        ENGLISH["title"],
        ENGLISH["slug"],
        "Ottawa",
        ENGLISH["lede"],
        ENGLISH["body"],
    ]


def test_translated_release_is_published_in_french(client, release):
    french = translate(release, "fr", FRENCH)

    assert french.locale.language_code == "fr"
    assert french.live and french.alias_of_id is None
    assert french.translation_key == release.translation_key
    assert french.url == FRENCH_URL
    assert_french(client.get(FRENCH_URL))
    # The English release is untouched.
    assert_english(client.get(ENGLISH_URL))
    release.refresh_from_db()
    assert release.title == ENGLISH["title"]
    # The French press index was created on the way, as an alias of the English one.
    french_index = french.get_parent()
    assert french_index.alias_of_id == release.get_parent().pk
    assert client.get("/fr/news/").status_code == 200


def test_translator_translates_and_publishes_through_the_admin(client, release, translator):
    client.force_login(translator)
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[release.pk])
    assert client.get(submit_url).status_code == 200

    with committing():
        response = client.post(submit_url, {"locales": [locale("fr").pk]})

    french = release.get_translation(locale("fr"))
    assert response.status_code == 302
    assert response["Location"] == edit_url(french)
    # The edit view of the French page is wagtail-localize's translation editor.
    editor = client.get(edit_url(french))
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]

    translation = Translation.objects.get(source__object_id=release.translation_key)
    for segment in segments(translation):
        if segment.string.data not in FRENCH:
            continue
        url = reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
        )
        response = client.put(
            url,
            f"value={FRENCH[segment.string.data]}".encode(),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 201, response.content
    with committing():
        response = client.post(edit_url(french), {"action": "publish"})

    assert response.status_code == 302
    assert any("Published" in message for message in messages_of(response))
    assert translated_strings(translation) == FRENCH
    assert all(
        t.last_translated_by == translator
        for t in StringTranslation.objects.filter(locale=locale("fr"))
    )
    assert_french(client.get(FRENCH_URL))
    assert_english(client.get(ENGLISH_URL))


def publish_new_english_body(release, text):
    """An editor changes the English body and publishes it."""
    page = PressReleasePage.objects.get(pk=release.pk)
    page.body = paragraph(text)
    with committing():
        page.save_revision().publish()


def test_sync_brings_source_changes_into_the_translation(client, release, translator):
    translate(release, "fr", FRENCH)
    publish_new_english_body(release, "Workers marched to the Senate.")
    source = TranslationSource.objects.get(object_id=release.translation_key)
    translation = source.translations.get()
    assert "Workers marched to the Senate." not in source_strings(translation)
    client.force_login(translator)
    update_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.get(update_url).status_code == 200

    # "Sync translated pages" without publishing: the strings to translate change, the
    # published French page does not.
    response = client.post(update_url)

    assert response.status_code == 302
    strings = source_strings(translation)
    assert "Workers marched to the Senate." in strings
    assert ENGLISH["body"] not in strings
    assert ENGLISH["title"] in strings
    assert_french(client.get(FRENCH_URL))
    assert "Workers marched to the Senate." in main_text(client.get(ENGLISH_URL))

    # Publishing at once: the new paragraph is in English until it is translated, the
    # translated strings stay French.
    with committing():
        response = client.post(update_url, {"publish_translations": "on"})

    assert response.status_code == 302
    response = client.get(FRENCH_URL)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Rassemblement au Parlement"
    text = main_text(response)
    assert "Les travailleurs migrants ont manifesté." in text
    assert "Workers marched to the Senate." in text
    assert "Les travailleuses se sont réunies" not in text


# PO files


@pytest.fixture
def draft_translation(release):
    """A translation into French whose page exists as an untranslated draft."""
    translate(release, "fr", publish=False)
    return Translation.objects.get(source__object_id=release.translation_key)


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith("-fr.po")
    return polib.pofile(response.content.decode())


def upload(client, translation, po, next_url):
    file = SimpleUploadedFile("release-fr.po", str(po).encode(), "text/x-gettext-translation")
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": file, "next": next_url},
    )


def test_po_download_has_the_english_strings_as_msgids(client, translator, draft_translation):
    client.force_login(translator)

    po = download(client, draft_translation)

    assert [entry.msgid for entry in po] == source_strings(draft_translation)
    assert ENGLISH["body"] in [entry.msgid for entry in po]
    assert all(entry.msgstr == "" for entry in po)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(draft_translation.uuid)


def test_po_upload_translates_and_publishing_shows_it(client, translator, draft_translation):
    french = PressReleasePage.objects.get(locale__language_code="fr")
    client.force_login(translator)
    po = download(client, draft_translation)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, "")

    response = upload(client, draft_translation, po, edit_url(french))

    assert response.status_code == 302
    assert response["Location"] == edit_url(french)
    assert "Successfully imported translations from PO File." in messages_of(response)
    assert translated_strings(draft_translation) == FRENCH
    # Not published yet: the French page is still the untranslated draft, not served.
    french.refresh_from_db()
    assert not french.live
    assert french.title == ENGLISH["title"]
    assert client.get("/fr/news/rally-at-parliament/").status_code == 404
    # The downloaded file now carries the translations.
    assert {e.msgid: e.msgstr for e in download(client, draft_translation) if e.msgstr} == FRENCH

    with committing():
        response = client.post(edit_url(french), {"action": "publish"})

    assert response.status_code == 302
    assert_french(client.get(FRENCH_URL))
    assert_english(client.get(ENGLISH_URL))


def test_po_file_of_another_translation_is_refused(client, translator, draft_translation):
    client.force_login(translator)
    po = download(client, draft_translation)
    po.metadata["X-WagtailLocalize-TranslationID"] = str(uuid.uuid4())
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, "")

    response = upload(client, draft_translation, po, "/admin/")

    assert response.status_code == 302
    assert "Cannot import PO file that was created for a different translation." in messages_of(
        response
    )
    assert translated_strings(draft_translation) == {}
