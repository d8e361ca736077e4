"""RSS and Atom feeds of the press release index."""

import datetime

import feedparser
import pytest

from tests.factories import PressReleasePageFactory
from tests.support.publishing import make_draft, make_embargoed

FEEDS = [
    ("feed/rss/", "rss20", "application/rss+xml"),
    ("feed/atom/", "atom10", "application/atom+xml"),
]


@pytest.fixture
def releases(press_index):
    older = PressReleasePageFactory(
        parent=press_index, title="Older release", release_date=datetime.date(2024, 3, 1)
    )
    newest = PressReleasePageFactory(
        parent=press_index,
        title="Newest release",
        release_date=datetime.date(2025, 5, 1),
        tags=["Housing"],
    )
    middle = PressReleasePageFactory(
        parent=press_index, title="Middle release", release_date=datetime.date(2024, 9, 1)
    )
    make_draft(
        PressReleasePageFactory,
        parent=press_index,
        title="Draft release",
        release_date=datetime.date(2025, 6, 1),
    )
    make_embargoed(
        PressReleasePageFactory,
        parent=press_index,
        title="Embargoed release",
        release_date=datetime.date(2025, 6, 2),
    )
    return [newest, middle, older]


@pytest.mark.parametrize(("suffix", "version", "content_type"), FEEDS)
def test_feed_lists_live_releases_newest_first(
    client, press_index, releases, suffix, version, content_type
):
    response = client.get(press_index.url + suffix)

    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == version
    assert feed.feed.title == press_index.title
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == [
        "Newest release",
        "Middle release",
        "Older release",
    ]


@pytest.mark.parametrize(("suffix", "version", "content_type"), FEEDS)
def test_feed_links_are_absolute(client, press_index, releases, suffix, version, content_type):
    feed = feedparser.parse(client.get(press_index.url + suffix).content)

    assert feed.feed.link == "http://testserver" + press_index.url
    assert [entry.link for entry in feed.entries] == [
        "http://testserver" + release.url for release in releases
    ]


@pytest.mark.parametrize(("suffix", "version", "content_type"), FEEDS)
def test_feed_entries_carry_lede_date_and_tags(
    client, press_index, releases, suffix, version, content_type
):
    feed = feedparser.parse(client.get(press_index.url + suffix).content)

    newest = feed.entries[0]
    assert newest.summary == releases[0].lede
    assert newest.published_parsed[:3] == (2025, 5, 1)
    assert [tag.term for tag in newest.tags] == ["Housing"]


def test_feeds_have_no_drafts_or_embargoed_releases(client, press_index, releases):
    for suffix, _version, _type in FEEDS:
        body = client.get(press_index.url + suffix).content.decode()
        assert "Draft release" not in body
        assert "Embargoed release" not in body


def test_feed_of_an_empty_index(client, press_index):
    feed = feedparser.parse(client.get(press_index.url + "feed/rss/").content)

    assert feed.version == "rss20"
    assert feed.entries == []
