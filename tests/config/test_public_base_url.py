"""PUBLIC_BASE_URL: every absolute link the site hands out opens where the site is served.

`make run` serves 127.0.0.1:<DEV_HTTP_PORT> while Wagtail's default Site is localhost:80: links
built from the Site were dead for a demo signer.
"""

import io
import os
import re
import subprocess
import sys

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Site

from home.public_url import page_public_url, site_address
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory
from tests.support.html import soup
from tests.support.paths import REPO
from tests.support.signing import post_sign

BASE = "http://127.0.0.1:8123"


@pytest.fixture
def petition(home_page):
    index = PetitionIndexPageFactory(parent=home_page)
    return PetitionPageFactory(parent=index, title="Status for all", slug="status")


def test_the_dev_settings_follow_dev_http_port():
    env = {**os.environ, "DEV_HTTP_PORT": "8123", "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("PUBLIC_BASE_URL", None)
    env.pop("WAGTAILADMIN_BASE_URL", None)
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.PUBLIC_BASE_URL, settings.WAGTAILADMIN_BASE_URL)"
    )
    output = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True
    )
    assert output.stdout.split() == [BASE, BASE], output.stderr


def test_sync_site_address_points_the_default_site_at_the_public_url(home_page, settings):
    settings.PUBLIC_BASE_URL = BASE
    call_command("sync_site_address", stdout=io.StringIO())

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert home_page.get_full_url() == f"{BASE}/en/"
    assert site_address("https://coalition.example/") == ("coalition.example", 443)


def test_emails_share_links_canonical_and_sitemap_use_the_public_url(
    client, petition, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_BASE_URL = BASE  # the Site stays localhost:80: the setting decides

    with django_capture_on_commit_callbacks(execute=True):
        post_sign(client, petition)
    page = soup(client.get(petition.url))
    sitemap = client.get("/sitemap.xml").content.decode()

    assert re.search(rf"{BASE}/en/petitions/status/confirm/\S+/", mail.outbox[0].body)
    assert page.find("link", rel="canonical")["href"] == f"{BASE}/en/petitions/status/"
    assert page.find("meta", property="og:url")["content"] == f"{BASE}/en/petitions/status/"
    whatsapp = page.select_one(".share a[href^='https://wa.me/']")
    assert "127.0.0.1%3A8123%2Fen%2Fpetitions%2Fstatus" in whatsapp["href"]
    assert f"<loc>{BASE}/en/petitions/status/</loc>" in sitemap
    assert page_public_url(petition) == f"{BASE}/en/petitions/status/"
