"""OpenGraph and Twitter card metadata on every page type."""

from urllib.parse import urlsplit

import pytest

from home.models import SiteSettings
from tests.factories import (
    ImageFactory,
    PolicyBriefPageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)
from tests.support.html import soup


def meta(response):
    """{property or name: content} of the <meta> elements in <head>."""
    head = soup(response).head
    values = {}
    for element in head.find_all("meta"):
        key = element.get("property") or element.get("name")
        if key:
            values[key] = element.get("content", "")
    return values


def is_absolute(url):
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@pytest.fixture
def pages(home_page, press_index, policy_index, coalition_page):
    standard = StandardPageFactory(
        parent=home_page, title="About us", introduction="Who we are and what we do."
    )
    release = PressReleasePageFactory(
        parent=press_index, title="A release", lede="The coalition said today."
    )
    brief = PolicyBriefPageFactory(
        parent=policy_index, title="A brief", summary="<p>We <b>recommend</b> status.</p>"
    )
    return {
        "home": (home_page, "website", "A coalition of migrant-worker organizations"),
        "standard": (standard, "website", "Who we are and what we do."),
        "press index": (press_index, "website", "Statements from the coalition."),
        "press release": (release, "article", "The coalition said today."),
        "policy index": (policy_index, "website", "Submissions to Parliament"),
        "policy brief": (brief, "article", "We recommend status."),
        "coalition": (coalition_page, "website", "Member organizations across the country."),
    }


def test_every_page_type_has_opengraph_and_twitter_meta(client, pages):
    for name, (page, og_type, description) in pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, name
        values = meta(response)

        assert values.get("og:title") == page.title, name
        assert values.get("og:type") == og_type, name
        assert description in values.get("og:description", ""), name
        assert "<" not in values["og:description"], name
        assert is_absolute(values.get("og:url", "")), name
        assert urlsplit(values["og:url"]).path == page.url, name
        assert values.get("twitter:card") in ("summary", "summary_large_image"), name
        # No share image anywhere: no og:image, and the small card.
        assert "og:image" not in values, name
        assert values["twitter:card"] == "summary", name


def test_seo_title_and_search_description_take_precedence(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="About",
        seo_title="About the Migrant Workers Coalition",
        search_description="Custom description for sharing.",
    )

    values = meta(client.get(page.url))

    assert values["og:title"] == "About the Migrant Workers Coalition"
    assert values["og:description"] == "Custom description for sharing."


def test_press_release_with_image_has_an_absolute_og_image(client, press_index):
    image = ImageFactory(file__width=1600, file__height=900)
    release = PressReleasePageFactory(parent=press_index, image=image)

    values = meta(client.get(release.url))

    assert "og:image" in values
    assert is_absolute(values["og:image"])
    # A 1200x630 rendition of the release's own image.
    rendition = image.get_rendition("fill-1200x630")
    assert urlsplit(values["og:image"]).path == rendition.url
    assert values["og:image:width"] == "1200"
    assert values["og:image:height"] == "630"
    assert values["twitter:card"] == "summary_large_image"


def test_home_page_hero_image_is_its_share_image(client, home_page):
    home_page.hero_image = ImageFactory()
    home_page.hero_image_alt = "Workers at a rally"
    home_page.save()

    values = meta(client.get(home_page.url))

    assert is_absolute(values["og:image"])
    assert values["og:image:alt"] == "Workers at a rally"


def test_pages_without_an_image_share_the_site_default_image(client, site, coalition_page):
    settings = SiteSettings.for_site(site)
    settings.default_share_image = ImageFactory(file__width=1600, file__height=900)
    settings.save()

    values = meta(client.get(coalition_page.url))

    assert is_absolute(values["og:image"])
    assert values["twitter:card"] == "summary_large_image"
