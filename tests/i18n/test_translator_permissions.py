"""Who may translate what (home/translator_permissions.py, home/wagtail_hooks.py).

Translators work in the translated trees and on translated snippets only, never on the English
source.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from press.models import MediaContact, Organization
from tests.factories import MediaContactFactory, OrganizationFactory, PressReleasePageFactory
from tests.support import admin_pages
from tests.support.database import committing
from tests.support.localize import locale, segments, submit, translate
from tests.support.two_factor import sign_in
from tests.support.users import staff_user

DENIED = "Sorry, you do not have permission to access this area."
TRANSLATION_EDITOR = "wagtail_localize/admin/edit_translation.html"


@pytest.fixture
def users(db):
    return {
        "editor": staff_user("editor", "Editors"),
        "translator": staff_user("translator", "Translators"),
        "translator_fr": staff_user("translator_fr", "Translators (fr)"),
        "organizer": staff_user("organizer", "Organizers"),
        "superuser": staff_user("admin", is_superuser=True),
    }


@pytest.fixture
def releases(press_index, users):
    """An English release and its French translation.

    The French home page is created here, after the translator groups (the migrations made them).
    """
    english = PressReleasePageFactory(parent=press_index, title="Rally", slug="rally")
    french = translate(english, "fr", {"Rally": "Rassemblement"})
    return {"en": english, "fr": french}


@pytest.fixture
def all_releases(releases):
    """`releases`, and the Spanish translation (and so the Spanish tree)."""
    return {**releases, "es": translate(releases["en"], "es", {"Rally": "Manifestación"})}


def assert_denied(response):
    """Denied, with Wagtail's error message when redirected (a 403 for XHR requests)."""
    admin_pages.assert_denied(response, message=DENIED)


def templates(response):
    return [t.name for t in response.templates]


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_staff_reach_the_admin(client, users):
    for user in users.values():
        sign_in(client, user)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200, user


# (user, language of the release) -> (can edit, can publish)
PAGE_MATRIX = {
    ("editor", "en"): (True, True),
    ("editor", "fr"): (True, True),
    ("editor", "es"): (True, True),
    ("translator", "en"): (False, False),
    ("translator", "fr"): (True, True),
    ("translator", "es"): (True, True),
    ("translator_fr", "en"): (False, False),
    ("translator_fr", "fr"): (True, True),
    ("translator_fr", "es"): (False, False),
    ("organizer", "en"): (False, False),
    ("organizer", "fr"): (False, False),
    ("organizer", "es"): (False, False),
    ("superuser", "en"): (True, True),
    ("superuser", "fr"): (True, True),
    ("superuser", "es"): (True, True),
}


def test_page_permissions(users, all_releases):
    releases = all_releases
    actual = {}
    for user, language in PAGE_MATRIX:
        permissions = releases[language].permissions_for_user(users[user])
        actual[user, language] = (permissions.can_edit(), permissions.can_publish())

    assert actual == PAGE_MATRIX
    # Translators may neither delete, unpublish nor add to the English tree.
    english = releases["en"]
    for user in ["translator", "translator_fr"]:
        for page in [english, english.get_parent(), english.get_parent().get_parent()]:
            permissions = page.permissions_for_user(users[user])
            assert not permissions.can_delete(), (user, page)
            assert not permissions.can_unpublish(), (user, page)
            assert not permissions.can_add_subpage(), (user, page)
    # Their permissions on the French tree came with its home page.
    french_home = releases["fr"].get_parent().get_parent()
    assert french_home.depth == 2 and french_home.locale.language_code == "fr"
    granted = set(french_home.group_permissions.values_list("group__name", "permission__codename"))
    assert granted == {
        (group, codename)
        for group in ["Translators", "Translators (fr)"]
        for codename in ["add_page", "change_page", "publish_page"]
    }


def test_who_gets_which_page_editor(client, users, releases):
    """Who gets which editor of a translated page.

    Translators get wagtail-localize's translation editor on the French page; nobody but editors
    (and superusers) get past the English page's edit view.
    """
    for user in ["translator", "translator_fr"]:
        client.force_login(users[user])
        response = client.get(page_edit_url(releases["fr"]))
        assert response.status_code == 200, user
        assert TRANSLATION_EDITOR in templates(response), user

    client.force_login(users["editor"])
    response = client.get(page_edit_url(releases["en"]))
    assert response.status_code == 200
    assert TRANSLATION_EDITOR not in templates(response)

    sign_in(client, users["organizer"])
    assert_denied(client.get(page_edit_url(releases["fr"])))


def test_english_page_cannot_be_edited_deleted_or_published(client, users, releases):
    english = releases["en"]
    for user in ["translator", "translator_fr", "organizer"]:
        sign_in(client, users[user])

        assert_denied(client.get(page_edit_url(english)))
        assert_denied(client.get(reverse("wagtailadmin_pages:delete", args=[english.pk])))
        assert_denied(client.post(reverse("wagtailadmin_pages:delete", args=[english.pk])))
        response = client.post(
            page_edit_url(english),
            {"title": "Hacked", "slug": "rally", "action-publish": "action-publish"},
        )
        assert_denied(response)
        unpublish_url = reverse("wagtailadmin_pages:unpublish", args=[english.pk])
        assert_denied(client.post(unpublish_url))

    english = Page.objects.get(pk=english.pk)
    assert english.title == "Rally"
    assert english.live
    assert not english.has_unpublished_changes


def test_translator_publishes_the_french_translation(client, users, releases):
    french = releases["fr"]
    translation = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=french.locale
    )
    client.force_login(users["translator_fr"])
    title = next(s for s in segments(translation) if s.string.data == "Rally")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]),
        b"value=Grand rassemblement",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200  # replaced the existing translation

    with committing():
        response = client.post(page_edit_url(french), {"action": "publish"})

    assert response.status_code == 302
    assert Page.objects.get(pk=french.pk).title == "Grand rassemblement"
    assert Page.objects.get(pk=releases["en"].pk).title == "Rally"


def test_french_translators_cannot_translate_the_spanish_tree(client, users, all_releases):
    releases = all_releases
    spanish = releases["es"]
    translation = Translation.objects.get(
        source__object_id=spanish.translation_key, target_locale=spanish.locale
    )
    client.force_login(users["translator_fr"])

    assert_denied(client.get(page_edit_url(spanish)))
    with committing():
        assert_denied(client.post(page_edit_url(spanish), {"action": "publish"}))
    assert_denied(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])))
    title = next(s for s in segments(translation) if s.string.data == "Rally")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]),
        b"value=Hacked",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert Page.objects.get(pk=spanish.pk).title == "Manifestación"
    # Organizers may not even submit a page for translation.
    sign_in(client, users["organizer"])
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[releases["en"].pk])
    assert_denied(client.get(submit_url))


# Snippets

# model -> (factory, fields, the translatable field the tests translate, its French text)
SNIPPETS = {
    Organization: (OrganizationFactory, {"name": "Workers Centre"}, "name", "Centre ouvrier"),
    MediaContact: (
        MediaContactFactory,
        {"name": "Ana Reyes", "organization": "Coalition"},
        "organization",
        "Coalition (FR)",
    ),
}


def snippet_url(instance, action):
    meta = instance._meta
    return reverse(
        f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{action}", args=[instance.pk]
    )


@pytest.fixture(params=[Organization, MediaContact], ids=["organization", "media contact"])
def snippets(request, users, locale_en):
    """An English snippet and its French translation."""
    factory, fields, field, translated = SNIPPETS[request.param]
    english = factory(**fields)
    french = translate(english, "fr", {fields[field]: translated})
    assert getattr(french, field) == translated
    return {"en": english, "fr": french, "field": field}


def test_who_gets_which_snippet_editor(client, users, snippets):
    """Who gets which editor of a translated snippet.

    Translators get the translation editor of the French snippet, editors the snippet editor of the
    English one.
    """
    client.force_login(users["translator"])
    response = client.get(snippet_url(snippets["fr"], "edit"))
    assert response.status_code == 200
    assert TRANSLATION_EDITOR in templates(response)

    client.force_login(users["editor"])
    response = client.get(snippet_url(snippets["en"], "edit"))
    assert response.status_code == 200
    assert TRANSLATION_EDITOR not in templates(response)
    assert response.context["object"] == snippets["en"]


def test_translators_cannot_change_or_delete_english_snippets(client, users, snippets):
    english, french = snippets["en"], snippets["fr"]
    model = type(english)
    form = {"name": "Hacked", "organization": "Hacked", "province": "ON", "membership": "member"}
    for user in ["translator", "translator_fr"]:
        client.force_login(users[user])

        assert_denied(client.get(snippet_url(english, "edit")))
        assert_denied(client.post(snippet_url(english, "edit"), form))
        assert_denied(client.get(snippet_url(english, "delete")))
        assert_denied(client.post(snippet_url(english, "delete")))
        assert_denied(client.post(snippet_url(french, "delete")))

    assert model.objects.get(pk=english.pk).name == english.name
    assert model.objects.filter(pk=french.pk).exists()


def test_translators_cannot_add_source_snippets(client, users, locale_en):
    client.force_login(users["translator"])
    for model in [Organization, MediaContact]:
        url = reverse(f"wagtailsnippets_press_{model._meta.model_name}:add")
        form = {"name": "New", "province": "ON", "membership": "member"}

        assert_denied(client.get(url))
        assert_denied(client.post(url, form))
        assert not model.objects.exists()


def test_translator_publishes_a_french_snippet_translation(client, users, snippets):
    english, french, field = snippets["en"], snippets["fr"], snippets["field"]
    translation = submit(english, "fr")
    client.force_login(users["translator"])
    segment = next(s for s in segments(translation) if s.string.data == getattr(english, field))
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Texte révisé".encode(),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200  # replaced the existing translation

    with committing():
        response = client.post(snippet_url(french, "edit"), {"action": "publish"})

    assert response.status_code == 302
    model = type(french)
    french = model.objects.get(pk=french.pk)
    assert getattr(french, field) == "Texte révisé"
    assert french.locale == locale("fr")
    assert getattr(model.objects.get(pk=english.pk), field) == getattr(english, field)


def test_language_translators_edit_only_their_language_snippets(client, users, snippets):
    spanish = translate(snippets["en"], "es")
    client.force_login(users["translator_fr"])

    assert client.get(snippet_url(snippets["fr"], "edit")).status_code == 200
    assert_denied(client.get(snippet_url(spanish, "edit")))
    assert_denied(client.post(snippet_url(spanish, "edit"), {"action": "publish"}))

    client.force_login(users["translator"])
    assert client.get(snippet_url(spanish, "edit")).status_code == 200


def test_only_editors_and_translators_submit_translations(client, users, releases):
    """Only editors and translators submit translations, never the per-language groups.

    wagtail-localize creates and republishes translations in any locale for whoever may submit, so
    the per-language groups may not: they would reach the other trees.
    """
    english = releases["en"]
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    for user, allowed in [("editor", True), ("translator", True), ("translator_fr", False)]:
        client.force_login(users[user])
        response = client.get(submit_url)
        if allowed:
            assert response.status_code == 200, user
        else:
            assert_denied(response)

    client.force_login(users["translator_fr"])
    tagalog = Page.objects.filter(locale__language_code="tl")
    assert_denied(client.post(submit_url, {"locales": [locale("tl").pk]}))
    assert not tagalog.exists()
