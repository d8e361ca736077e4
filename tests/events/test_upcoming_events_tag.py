"""The home page and petition pages show upcoming events through the events template tag."""

import pytest

from tests.factories.events import EventPageFactory, days_from_now
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_the_next_events_and_no_past_ones(client, home_page, event_index):
    EventPageFactory(parent=event_index, title="Soon rally", start_date=days_from_now(3))
    EventPageFactory(parent=event_index, title="Old vigil", start_date=days_from_now(-3))
    html = client.get(home_page.url).content.decode()
    assert "Upcoming events" in html and "Soon rally" in html
    assert "Old vigil" not in html


def test_a_petition_page_lists_the_events_about_it(client, home_page, event_index):
    petitions = PetitionIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=petitions)
    EventPageFactory(parent=event_index, title="Delivery rally", related_petition=petition)
    EventPageFactory(parent=event_index, title="Unrelated workshop")
    html = client.get(petition.url).content.decode()
    assert "Delivery rally" in html and "Unrelated workshop" not in html


def test_events_under_a_restricted_page_are_not_listed(client, home_page, event_index):
    from wagtail.models import PageViewRestriction

    private = EventPageFactory(parent=event_index, title="Members-only meeting")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    EventPageFactory(parent=event_index, title="Public rally")
    html = client.get(home_page.url).content.decode()
    assert "Public rally" in html and "Members-only meeting" not in html
