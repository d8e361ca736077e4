"""load_demo (home/demo/) and the feature apps' demo content.

Their demo content is found by the loader, their translations are gathered in the order of
INSTALLED_APPS, and a second run creates nothing.
"""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django_tasks.signals import task_enqueued
from wagtail.models import Locale, Page, ReferenceIndex

from home.demo import translations as home_translations
from home.demo.loader import feature_demos
from home.demo.translate import TranslationPlan
from home.models import HomePage, HomePageFeaturedPetition
from petitions.models import PetitionPage
from press.models import MediaContact, Organization, PolicyBriefPage, PressReleasePage
from tests.support.html import soup


def test_the_feature_apps_demo_content_is_found_in_installed_apps_order():
    assert [demo.__name__ for demo in feature_demos()] == [
        "press.demo",
        "petitions.demo",
        "events.demo",
    ]


def test_the_translation_plan_gathers_every_app_in_order():
    plan = TranslationPlan.gather([home_translations, *feature_demos()])

    assert plan.languages() == ["fr", "es", "pa", "tl"]
    assert [path for path, _file in plan.pages["fr"]] == [
        "",
        "about",
        "privacy",
        "press",
        "press/open-work-permits-for-every-migrant-worker",
        "press/greenhouse-workers-report-dangerous-heat",
        "policy",
        "policy/ending-employer-tied-work-permits",
        "coalition",
        "petitions",
        "petitions/open-work-permits",
        "petitions/heat-protection",
        *EVENT_PAGES,
    ]
    assert [path for path, _file in plan.pages["es"]] == ["", "about", *EVENT_PAGES]
    assert plan.pages["es"][0] == ("", "home/demo/translations/es.py")
    assert [model for model, _file in plan.snippets["fr"]] == [MediaContact, Organization]
    assert plan.strings["fr"]["Home"] == "Accueil"
    assert plan.strings["fr"]["heat-protection"] == "protection-chaleur"


# The events app's translated demo pages (events/demo/translations/__init__.py).
EVENT_PAGES = [
    "events",
    "events/week-of-action",
    "events/permanent-protest",
    "events/open-assembly",
]


def counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_load_demo_fills_an_empty_site_and_a_second_run_changes_nothing():
    call_command("load_demo", "--no-admin", stdout=io.StringIO())
    first = counts()
    output = io.StringIO()
    call_command("load_demo", "--no-admin", stdout=output)

    assert counts() == first
    assert "created   0" in output.getvalue()
    assert HomePage.objects.filter(alias_of__isnull=True).count() == 5
    english = Page.objects.filter(locale__language_code="en", depth__gt=1)
    # 21, and the events app's 15: the index, the week of action with six rallies and five press
    # conferences, the nightly gathering and the assembly.
    assert english.count() == 36
    assert PressReleasePage.objects.filter(locale__language_code="en").count() == 9
    assert PolicyBriefPage.objects.filter(locale__language_code="en").count() == 3
    assert PetitionPage.objects.filter(locale__language_code="en").count() == 2
    assert Organization.objects.filter(locale__language_code="fr").count() == 24


def featured_links(client, language):
    """The links of the petition a language's home page leads with (its hero)."""
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    heading = soup(response).find(id="lead-petition-heading")
    assert heading is not None, f"/{language}/ features no petition"
    return [link["href"] for link in heading.find_parent("article").find_all("a", href=True)]


@pytest.mark.django_db
def test_the_demo_features_its_open_petition_on_every_languages_home_page(client):
    enqueued = []

    def record(sender, task_result, **kwargs):
        enqueued.append(task_result.task.module_path)

    task_enqueued.connect(record)
    try:
        call_command("load_demo", "--no-admin", stdout=io.StringIO())
    finally:
        task_enqueued.disconnect(record)
    # No reference-index job is queued for rows that wagtail-localize deletes right after (they
    # failed in `make run`'s worker with DoesNotExist); the index is rebuilt once, complete.
    assert "wagtail.tasks.update_reference_index_task" not in enqueued
    brief = PolicyBriefPage.objects.filter(locale__language_code="en").first()
    assert ReferenceIndex.get_references_for_object(brief).exists()
    english = PetitionPage.objects.get(locale__language_code="en", slug="open-work-permits")

    for language in ["en", "fr", "es", "pa", "tl"]:
        version = english.get_translation(Locale.objects.get(language_code=language))
        assert version.url in featured_links(client, language)
        # Featured by a row of its own home page, not only as the newest open petition.
        assert HomePageFeaturedPetition.objects.filter(
            page__locale__language_code=language, petition=version, sort_order__isnull=False
        ).exists()

    # A demo loaded before the fix: the French home page's row pointed at the English petition,
    # with no sort order, and the page featured nothing. load_demo repairs it, and only it.
    french_home = HomePage.objects.get(locale__language_code="fr")
    HomePageFeaturedPetition.objects.filter(page=french_home).update(
        petition=english, sort_order=None
    )
    output = io.StringIO()
    call_command("load_demo", "--no-admin", stdout=output)

    assert "featured petitions    created   1, already present   4" in output.getvalue()
    assert english.get_translation(french_home.locale).url in featured_links(client, "fr")
