"""A week of action: its events by province and city, a postal-code filter."""

import pytest
from wagtail.models import Locale

from events.models import ActionDayPage
from tests.factories.events import EventPageFactory, days_from_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def week(event_index):
    week = ActionDayPage(
        title="Week of action for status", start_date=days_from_now(5), locale=Locale.get_default()
    )
    event_index.add_child(instance=week)
    week.save_revision().publish()
    for title, city, province, postal in (
        ("Toronto rally", "Toronto", "ON", "M5S 2T9"),
        ("Ottawa vigil", "Ottawa", "ON", "K1A 0A6"),
        ("Montréal march", "Montréal", "QC", "H2X 1Y4"),
    ):
        EventPageFactory(
            parent=week, title=title, city=city, province=province, postal_code=postal
        )
    EventPageFactory(
        parent=week, title="Online assembly", attendance="online", city="", province=""
    )
    return week


def test_events_are_listed_by_province_then_city(client, week):
    html = client.get(week.url).content.decode()
    assert html.index(">Ontario</h2>") < html.index(">Ottawa</h3>") < html.index(">Toronto</h3>")
    assert ">Quebec</h2>" in html and "Montréal march" in html and "Online assembly" in html
    assert "4 events" in html


@pytest.mark.parametrize(
    ("postal", "shown", "hidden"),
    [
        ("m", "Toronto rally", "Ottawa vigil"),
        ("K1A 0A6", "Ottawa vigil", "Toronto rally"),
        ("h2x", "Montréal march", "Toronto rally"),
    ],
)
def test_the_postal_filter_keeps_the_region_and_online_events(client, week, postal, shown, hidden):
    html = client.get(week.url, {"postal": postal}).content.decode()
    assert shown in html and "Online assembly" in html and hidden not in html


def test_the_index_lists_the_events_of_its_weeks_of_action(client, event_index, week):
    html = client.get(event_index.url).content.decode()
    assert "Toronto rally" in html and "Montréal march" in html
