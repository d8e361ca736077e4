"""Drafts and embargoed (scheduled) press releases stay hidden until they are published."""

import datetime
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from tests.factories import PressReleasePageFactory, paragraph
from tests.support.html import main_text
from tests.support.publishing import make_draft, make_embargoed, move_schedule_into_past

# Also run on SQLite by `make test` (the `make run` database).
pytestmark = pytest.mark.smoke

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own response
    return [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]


def search_titles(client, word):
    response = client.get("/en/search/", {"query": word})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


def feed_titles(client, index, suffix):
    return [e.title for e in feedparser.parse(client.get(index.url + suffix).content).entries]


def visible_everywhere(client, home_page, index, page, title, word):
    """Where the release shows up.

    Its own URL, the index, both feeds, the home page, search and the sitemap.
    """
    return {
        "own URL": client.get(page.url).status_code == 200,
        "index": title in main_text(client.get(index.url)),
        "RSS": title in feed_titles(client, index, "feed/rss/"),
        "Atom": title in feed_titles(client, index, "feed/atom/"),
        "home page": title in main_text(client.get(home_page.url)),
        "search": title in search_titles(client, word),
        "sitemap": page.full_url in sitemap_locations(client),
    }


@pytest.fixture
def live_release(press_index):
    return PressReleasePageFactory(
        parent=press_index,
        title="Live release",
        release_date=datetime.date(2025, 1, 1),
        body=paragraph("Ordinary words about wages."),
    )


def test_a_live_release_is_visible_everywhere(client, home_page, press_index, live_release):
    where = visible_everywhere(
        client, home_page, press_index, live_release, "Live release", "wages"
    )

    assert where == dict.fromkeys(where, True)


def test_a_draft_is_hidden_everywhere(client, home_page, press_index, live_release):
    draft = make_draft(
        PressReleasePageFactory,
        parent=press_index,
        title="Secret draft",
        release_date=datetime.date(2025, 2, 1),
        body=paragraph("Unannounced zanzibarite campaign."),
    )

    where = visible_everywhere(
        client, home_page, press_index, draft, "Secret draft", "zanzibarite"
    )

    assert where == dict.fromkeys(where, False)
    assert client.get(draft.url).status_code == 404


def test_an_editor_can_still_preview_a_draft(admin_client, press_index):
    draft = make_draft(PressReleasePageFactory, parent=press_index, title="Secret draft")

    response = admin_client.get(f"/admin/pages/{draft.pk}/view_draft/")

    assert response.status_code == 200
    assert "Secret draft" in main_text(response)


def test_an_embargoed_release_is_hidden_until_its_go_live_time(
    client, home_page, press_index, live_release
):
    embargoed = make_embargoed(
        PressReleasePageFactory,
        parent=press_index,
        title="Embargoed release",
        release_date=datetime.date(2025, 3, 1),
        body=paragraph("Forthcoming quixotically worded announcement."),
    )
    assert embargoed.status_string == "scheduled"

    where = visible_everywhere(
        client, home_page, press_index, embargoed, "Embargoed release", "quixotically"
    )
    assert where == dict.fromkeys(where, False)

    # Running the scheduler before the go-live time changes nothing.
    call_command("publish_scheduled")
    embargoed.refresh_from_db()
    assert not embargoed.live
    assert client.get(embargoed.url).status_code == 404

    move_schedule_into_past(embargoed)
    call_command("publish_scheduled")

    embargoed.refresh_from_db()
    assert embargoed.live
    assert embargoed.first_published_at is not None
    assert not embargoed.revisions.exclude(approved_go_live_at=None).exists()
    where = visible_everywhere(
        client, home_page, press_index, embargoed, "Embargoed release", "quixotically"
    )
    assert where == dict.fromkeys(where, True)
    index_text = main_text(client.get(press_index.url))
    assert index_text.index("Embargoed release") < index_text.index("Live release")


@pytest.mark.parametrize("restrict", ["release", "index"])
def test_private_releases_are_not_listed(client, home_page, press_index, live_release, restrict):
    private = PressReleasePageFactory(
        parent=press_index,
        title="Members only",
        release_date=datetime.date(2025, 2, 1),
        body=paragraph("Confidential xylophonic briefing."),
    )
    protected = private if restrict == "release" else press_index
    PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    assert "Members only" not in main_text(client.get(home_page.url))
    assert "Members only" not in search_titles(client, "xylophonic")
    assert private.full_url not in sitemap_locations(client)
    if restrict == "release":
        # The index itself is public: it lists the other releases, feeds included.
        assert "Live release" in main_text(client.get(press_index.url))
        assert "Members only" not in main_text(client.get(press_index.url))
        assert feed_titles(client, press_index, "feed/rss/") == ["Live release"]
    else:
        assert "Live release" not in main_text(client.get(home_page.url))
