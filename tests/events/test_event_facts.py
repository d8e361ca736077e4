"""What the register view knows of an event (events/registration/facts.py, home/page_facts.py).

Cached in Redis, with each process's own copy for LOCAL_TTL seconds in front of it, and forgotten
when the event is published.
"""

import uuid

import pytest
from wagtail.models import PageViewRestriction

from events.registration import facts
from tests.factories.events import EventPageFactory
from tests.support.redis import default_cache_on_redis

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings):
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    with default_cache_on_redis(
        settings, "redis://127.0.0.1:6379/14", "config.redis_cache.RedisCache", prefix
    ) as backend:
        facts.facts_cache._local.clear()
        yield backend
        facts.facts_cache._local.clear()


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, registration_enabled=True, capacity=40)


def test_the_facts_say_what_registering_needs(event):
    found = facts.for_page_id(event.pk)
    assert (found.source_id, found.capacity, found.privacy_mode) == (event.pk, 40, "standard")
    assert found.registration_open and found.public and found.language == "en"
    assert found.route_url("registered") == event.url + "registered/"
    assert facts.for_page_id(event.get_parent().pk) is None  # the index is no event


def test_each_process_keeps_a_copy_for_a_moment_in_front_of_redis(redis_cache, event):
    facts.for_page_id(event.pk)
    key = facts.facts_cache.cache_key(event.pk)
    redis_cache.delete(key)  # as if another process had forgotten it a moment ago

    assert facts.for_page_id(event.pk).capacity == 40  # this process's copy, for LOCAL_TTL
    _expiry, copy = facts.facts_cache._local[key]
    facts.facts_cache._local[key] = (0, copy)  # LOCAL_TTL later
    facts.for_page_id(event.pk)
    assert redis_cache.get(key) is not None  # read from the database again, and stored


def test_publishing_forgets_at_once_in_this_process_and_in_redis(redis_cache, event):
    facts.for_page_id(event.pk)
    event.capacity = 80
    event.save_revision().publish()

    assert redis_cache.get(facts.facts_cache.cache_key(event.pk)) is None
    assert facts.for_page_id(event.pk).capacity == 80


def test_a_restriction_above_the_event_forgets_its_facts_at_once(event):
    assert facts.for_page_id(event.pk).public  # now cached
    PageViewRestriction.objects.create(
        page=event.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert not facts.for_page_id(event.pk).public
