"""Event pages, indexes and "check your email" served to anonymous visitors from the page cache.

The mechanism is home/page_cache.py (petition pages use it too: tests/petitions/); these tests
check what events opt into, and that publishing shows at once.
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from home.page_cache import HEADER
from tests.factories.events import EventPageFactory
from tests.support.html import main_text

pytestmark = pytest.mark.django_db

CSRF_INPUT = 'name="csrfmiddlewaretoken" value="'


def csrf_value(response):
    html = response.content.decode()
    start = html.index(CSRF_INPUT) + len(CSRF_INPUT)
    return html[start : html.index('"', start)]


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, registration_enabled=True, capacity=50)


def test_the_event_page_comes_from_the_cache_with_each_visitor_s_own_csrf_token(event):
    first, second = Client().get(event.url), Client().get(event.url)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert main_text(first) == main_text(second)
    # Each visitor's form carries a token matching their own cookie, not the first visitor's.
    assert csrf_value(first) != csrf_value(second)
    assert second.cookies["csrftoken"].value


def test_publishing_an_event_shows_at_once_on_its_page_and_in_the_index(event, event_index):
    Client().get(event.url), Client().get(event_index.url)
    assert Client().get(event_index.url)[HEADER] == "hit"

    event.title = "Rally moved to the legislature"
    event.save_revision().publish()

    for url in (event.url, event_index.url):
        response = Client().get(url)
        assert response[HEADER] == "miss"
        assert "Rally moved to the legislature" in main_text(response)


def test_a_filtered_index_is_never_served_the_unfiltered_copy(event, event_index):
    EventPageFactory(parent=event_index, title="Candlelight vigil", kind="vigil")
    Client().get(event_index.url)  # the unfiltered index, stored

    filtered = Client().get(event_index.url + "?kind=vigil")

    assert HEADER not in filtered
    assert "Candlelight vigil" in main_text(filtered)
    assert event.title not in main_text(filtered)


def test_a_restriction_added_to_a_cached_event_closes_it_at_once(event):
    assert Client().get(event.url)[HEADER] == "miss"  # stored
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="sesame"
    )
    response = Client().get(event.url)
    assert HEADER not in response
    assert event.title not in main_text(response)


def test_check_your_email_is_one_shared_page(event):
    url = event.url + "registered/"
    first, second = Client().get(url), Client().get(url)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert "Check your email" in main_text(second)
