"""Links in content: http, https, mailto, tel and relative URLs only (home/link_safety.py).

A translator of one language can override a page's links in wagtail-localize's editor; a
`javascript:` link is refused there, and saved content never keeps one, whatever wrote it.
"""

import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from home import link_safety
from home.models import StandardPage
from tests.factories import PolicyBriefPageFactory
from tests.support.database import committing
from tests.support.localize import translate
from tests.support.users import staff_user

SCRIPT_LINKS = [
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript&#58;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
]
GOOD_LINKS = [
    "https://example.org/fr/rapport",
    "http://example.org/",
    "mailto:info@example.org",
    "tel:+15145550100",
    "/fr/a-propos/",
    "#recommandations",
    "?page=2",
    "rapport.pdf",
]
SOURCE_LINK = "https://example.org/report"


@pytest.mark.parametrize("url", SCRIPT_LINKS)
def test_script_links_are_unsafe(url):
    assert not link_safety.is_safe_url(url)


@pytest.mark.parametrize("url", GOOD_LINKS)
def test_web_mail_phone_and_relative_links_are_safe(url):
    assert link_safety.is_safe_url(url)


@pytest.fixture
def brief(policy_index):
    """An English brief whose summary links to a report, and its French translation."""
    english = PolicyBriefPageFactory(
        parent=policy_index,
        title="Status now",
        slug="status-now",
        summary=f'<p>Read <a href="{SOURCE_LINK}">the report</a>.</p>',
    )
    french = translate(english, "fr", {"Status now": "Un statut maintenant"})
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=french.locale
    )
    link = OverridableSegment.objects.get(
        source=translation.source, data_json=json.dumps(SOURCE_LINK)
    )
    return french, translation, link


def form_body(value):
    return urlencode({"value": value})


def publish(client, page):
    with committing():
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302, response.content.decode()[:500]


@pytest.mark.django_db
@pytest.mark.parametrize("url", SCRIPT_LINKS[:3])
def test_a_translator_cannot_override_a_link_with_a_script(client, brief, url):
    french, translation, link = brief
    client.force_login(staff_user("translator_fr", "Translators (fr)"))

    response = client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, link.pk]),
        form_body(url),
        content_type="application/x-www-form-urlencoded",
    )

    # The editor shows the error on the field, as for any override wagtail-localize refuses...
    assert response.status_code == 201
    assert "links may only start with http:, https:, mailto: or tel:" in response.json()["error"]
    # ...and an override with an error is never applied.
    assert SegmentOverride.objects.get().has_error
    publish(client, french)
    html = client.get(Page.objects.get(pk=french.pk).url).content.decode()
    assert "javascript:" not in html.lower()
    assert f'href="{SOURCE_LINK}"' in html


@pytest.mark.django_db
def test_a_translator_still_overrides_a_link_with_a_web_address(client, brief):
    french, translation, link = brief
    client.force_login(staff_user("translator_fr", "Translators (fr)"))

    response = client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, link.pk]),
        form_body(GOOD_LINKS[0]),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 201
    assert response.json()["error"] is None
    publish(client, french)
    html = client.get(Page.objects.get(pk=french.pk).url).content.decode()
    assert f'href="{GOOD_LINKS[0]}"' in html


@pytest.mark.django_db
def test_a_safe_link_clears_the_refusal_and_a_script_link_sets_it_again(client, brief):
    _french, translation, link = brief
    client.force_login(staff_user("translator_fr", "Translators (fr)"))
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, link.pk])
    client.put(url, form_body(SCRIPT_LINKS[0]), content_type="application/x-www-form-urlencoded")

    response = client.put(
        url, form_body(GOOD_LINKS[0]), content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert response.json()["error"] is None
    assert not SegmentOverride.objects.get().has_error
    # Changing an existing override back to a script link is refused as well.
    response = client.put(
        url, form_body(SCRIPT_LINKS[1]), content_type="application/x-www-form-urlencoded"
    )
    assert "links may only start with" in response.json()["error"]
    assert SegmentOverride.objects.get().has_error


@pytest.mark.django_db
def test_a_script_link_that_reached_an_override_is_never_published(client, brief):
    """An override stored past the guard (bulk_create sends no signal) is neutralized."""
    french, translation, link = brief
    SegmentOverride.objects.bulk_create(
        [
            SegmentOverride(
                locale=french.locale,
                context=link.context,
                data_json=json.dumps("javascript:alert(document.cookie)"),
            )
        ]
    )

    with committing():
        translation.save_target(publish=True)

    page = Page.objects.get(pk=french.pk).specific
    assert "javascript:" not in page.summary
    assert "the report" in page.summary  # the link's text stays
    html = client.get(page.url).content.decode()
    assert "javascript:" not in html.lower()


@pytest.mark.django_db
def test_saved_streams_keep_no_script_link(home_page):
    page = StandardPage(
        title="About",
        slug="about",
        body=[
            (
                "paragraph",
                RichText(
                    '<p><a href="javascript:alert(1)">x</a> <a href="/fr/">y</a>'
                    " <a href='JAVASCRIPT:alert(2)'>z</a></p>"
                ),
            )
        ],
    )
    home_page.add_child(instance=page)

    stored = StandardPage.objects.get(pk=page.pk).body.raw_data[0]["value"]
    assert "javascript" not in stored.lower()
    assert 'href="/fr/"' in stored
