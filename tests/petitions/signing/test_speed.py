"""What makes signing fast, and that it changes nothing a signer sees.

The plain sign URL outside Wagtail's page routing, the cached petition facts and their
invalidation, the riding lists each process keeps, the Redis cache backend that reuses its client,
and the page cache's per-process copy in front of Redis.
"""

import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from config.redis_cache import RedisCache, count_in_window
from home import page_cache
from petitions.models import PetitionPage, Riding, Signature
from petitions.ridings import resolve as riding_resolution
from petitions.ridings.cache import forget_ridings
from petitions.signing import facts as petition_facts
from tests.factories.petitions import RidingFactory
from tests.support.html import main_text, soup
from tests.support.localize import translate
from tests.support.redis import default_cache_on_redis
from tests.support.signing import form_data, post_sign, route_sign_url, sign_url

REDIS_URL = "redis://127.0.0.1:6379/14"


@pytest.fixture
def ontario(db):
    return [
        RidingFactory(code="35001", name_en="Ajax", province="ON"),
        RidingFactory(code="35002", name_en="Algonquin", province="ON"),
    ]


@pytest.fixture
def redis_cache(settings):
    """The default cache on Redis (this project's backend).

    Its keys go under a prefix of its own, deleted afterwards.
    """
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    with default_cache_on_redis(
        settings, REDIS_URL, "config.redis_cache.RedisCache", prefix
    ) as backend:
        assert isinstance(backend, RedisCache)
        page_cache._local.clear()
        yield backend
        page_cache._local.clear()


# --- The plain sign URL ----------------------------------------------------------------------


def test_the_form_posts_to_the_plain_url_in_the_page_s_language(client, petition, ontario):
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})

    for page, language in [(petition, "en"), (french, "fr")]:
        form = soup(client.get(page.url)).find("form", class_="sign-form")
        assert form["action"] == f"/{language}/sign-petition/{page.pk}/#sign"

    response = client.post(f"/fr/sign-petition/{french.pk}/", form_data())

    assert response.status_code == 303
    assert response["Location"] == french.url + "signed/"
    signature = Signature.objects.get()
    assert (signature.petition_id, signature.language) == (petition.pk, "fr")


def test_a_sign_post_costs_one_insert_and_no_page_routing(
    client, petition, ontario, settings, django_capture_on_commit_callbacks
):
    """A sign POST costs one insert and no page routing.

    Once the facts and ridings are cached (by the first signature), a signature costs its insert,
    and nothing after the commit while a confirmation sweep is waiting to run: no task row, no
    page, site or riding query. The first signer after a sweep has started enqueues the next one (a
    second INSERT).
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    post_sign(client, petition, email="first@example.org")

    def tables_written(email):
        with (
            CaptureQueriesContext(connection) as queries,
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = post_sign(client, petition, email=email)
        assert response.status_code == 303
        assert [q["sql"].split()[0] for q in queries] == ["INSERT"] * len(queries), queries
        return [q["sql"].split('"')[1] for q in queries]

    assert tables_written("second@example.org") == [
        "petitions_signature",
        "django_tasks_database_dbtaskresult",
    ]
    assert tables_written("third@example.org") == ["petitions_signature"]


def test_the_route_under_the_page_still_signs(client, petition, ontario):
    """Forms rendered before the plain URL existed post to <petition URL>sign/."""
    response = client.post(route_sign_url(petition), form_data())

    assert response.status_code == 303
    assert response["Location"] == petition.url + "signed/"
    assert Signature.objects.count() == 1
    assert client.get(route_sign_url(petition)).status_code == 302


@pytest.mark.parametrize("problem", ["unknown page", "other language", "not a petition"])
def test_posts_to_a_wrong_sign_url_are_not_found(client, petition, problem):
    page_id = {"unknown page": 999_999, "other language": petition.pk}.get(
        problem, petition.get_parent().pk
    )
    language = "fr" if problem == "other language" else "en"

    response = client.post(f"/{language}/sign-petition/{page_id}/", form_data())

    assert response.status_code == 404
    assert not Signature.objects.exists()


def test_an_unpublished_petition_is_not_found(client, petition):
    post_sign(client, petition, email="first@example.org")  # its facts are cached
    petition.unpublish()

    response = post_sign(client, petition, email="second@example.org")

    assert response.status_code == 404
    assert Signature.objects.count() == 1


def test_closing_a_petition_takes_effect_at_once(client, petition, ontario):
    assert post_sign(client, petition, email="first@example.org").status_code == 303
    petition.status = PetitionPage.Status.CLOSED
    petition.save_revision().publish()

    response = post_sign(client, petition, email="second@example.org")

    assert response.status_code == 403
    assert "This petition is closed" in main_text(response)
    assert Signature.objects.count() == 1


def test_a_view_restriction_applies_to_the_sign_url(client, petition):
    PageViewRestriction.objects.create(
        page=petition.get_parent(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )

    response = post_sign(client, petition)

    assert response.status_code == 200  # Wagtail's password form, as on the page
    assert soup(response).find("input", attrs={"name": "password"})
    assert not Signature.objects.exists()


def test_sign_url_of_a_page_is_in_its_language(petition):
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})
    with translation.override("fr"):
        assert reverse("petition_sign", args=[french.pk]) == sign_url(french)
    assert sign_url(french) == f"/fr/sign-petition/{french.pk}/"


# --- Cached facts ----------------------------------------------------------------------------


def test_petition_facts_follow_the_source_page(petition):
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})

    facts = petition_facts.for_page_id(french.pk)

    assert facts.source_id == petition.pk
    assert facts.language == "fr"
    assert facts.url == french.url
    assert facts.public and facts.live and facts.is_open
    assert facts.route_url("confirm", "1x2-a-b") == french.url + "confirm/1x2-a-b/"
    assert petition_facts.for_page_id(petition.get_parent().pk) is None


def test_publishing_any_translation_forgets_every_translation_s_facts(petition):
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})
    petition_facts.for_page_id(petition.pk)
    petition_facts.for_page_id(french.pk)

    petition.save_revision().publish()

    assert cache.get(petition_facts.cache_key(petition.pk)) is None
    assert cache.get(petition_facts.cache_key(french.pk)) is None


# --- Ridings kept in memory ------------------------------------------------------------------


def test_province_ridings_are_kept_until_ridings_change(client, petition, ontario):
    post_sign(client, petition, email="first@example.org")
    with CaptureQueriesContext(connection) as queries:
        resolution = riding_resolution.resolve_riding("M5S 2T9")
    assert [r.code for r in resolution.candidates] == ["35001", "35002"]
    assert not [q for q in queries if "petitions_riding" in q["sql"]]

    RidingFactory(code="35003", name_en="Aurora", province="ON")  # an edit in the admin

    assert [r.code for r in riding_resolution.resolve_riding("M5S 2T9").candidates] == [
        "35001",
        "35002",
        "35003",
    ]


def test_an_import_makes_every_process_reload_its_ridings(ontario):
    """An import makes every process reload its ridings.

    Imports bulk_create (no signals) and call forget_ridings, which changes the generation every
    process checks.
    """
    assert len(riding_resolution.resolve_riding("K1A 0A6").candidates) == 2
    Riding.objects.bulk_create(
        [Riding(code="35004", name_en="Barrie", province="ON", representation_order=2023)]
    )
    assert len(riding_resolution.resolve_riding("K1A 0A6").candidates) == 2  # still the kept list

    forget_ridings()

    assert len(riding_resolution.resolve_riding("K1A 0A6").candidates) == 3


def test_without_a_postal_code_table_it_is_not_queried(ontario):
    riding_resolution.resolve_riding("M5S 2T9")
    with CaptureQueriesContext(connection) as queries:
        riding_resolution.resolve_riding("M4C 1A1")
    assert queries.captured_queries == []


# --- The Redis backend -----------------------------------------------------------------------


def test_the_redis_backend_reuses_one_client(redis_cache):
    client = redis_cache._cache.get_client(write=True)
    assert redis_cache._cache.get_client() is client

    redis_cache.set("answer", {"value": 42}, 30)
    assert redis_cache.get("answer") == {"value": 42}
    assert redis_cache.get_many(["answer", "nothing"]) == {"answer": {"value": 42}}


def test_count_in_window_counts_with_an_expiry(redis_cache):
    assert [count_in_window(redis_cache, "attempts", 30) for _ in range(3)] == [1, 2, 3]
    client = redis_cache._cache.get_client()
    ttl = client.ttl(redis_cache.make_and_validate_key("attempts"))
    assert 0 < ttl <= 30
    assert redis_cache.get("attempts") == 3  # an ordinary cache value too


def test_count_in_window_on_other_backends(db):
    assert [count_in_window(cache, "attempts", 30) for _ in range(2)] == [1, 2]


def test_the_rate_limit_counts_in_redis(redis_cache, client, petition, ontario, settings):
    settings.PETITION_RATE_LIMIT = (2, 3600)
    for n in range(2):
        assert post_sign(client, petition, email=f"s{n}@example.org").status_code == 303

    response = post_sign(client, petition, email="third@example.org")

    assert response.status_code == 429
    assert Signature.objects.count() == 2


# --- The page cache's per-process copy -------------------------------------------------------


def test_the_page_cache_keeps_a_copy_in_process_memory(redis_cache, petition):
    visitor = Client()
    assert visitor.get(petition.url)[page_cache.HEADER] == "miss"
    key = page_cache.cache_key(petition.url)
    redis_cache.delete(key)  # as if another process had forgotten it a moment ago

    hit = visitor.get(petition.url)

    assert hit[page_cache.HEADER] == "hit"  # from this process's copy, for LOCAL_TTL
    page_cache._local[key] = (0, page_cache._local[key][1])  # LOCAL_TTL later
    assert visitor.get(petition.url)[page_cache.HEADER] == "miss"


def test_publishing_forgets_this_process_s_copy_at_once(redis_cache, petition):
    visitor = Client()
    visitor.get(petition.url)
    assert Client().get(petition.url)[page_cache.HEADER] == "hit"

    petition.title = "Status for all, now"
    petition.save_revision().publish()
    response = Client().get(petition.url)

    assert response[page_cache.HEADER] == "miss"
    assert "Status for all, now" in main_text(response)


def test_a_local_cache_keeps_no_second_copy(petition, client):
    client.get(petition.url)
    assert page_cache._local == {}
