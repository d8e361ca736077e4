"""The confirmation link of a real email opens on the live server's own host and port.

PUBLIC_BASE_URL is set to the live server's address, as `make run` sets it to what it serves;
the link is followed as written in the email, not rebuilt from its path.
"""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command

from petitions.models import PostalCodeRiding, Signature
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory, RidingFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def wait_for_email(timeout=10):
    deadline = time.monotonic() + timeout
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.1)
    assert mail.outbox, "no confirmation email"
    return mail.outbox[0]


def test_the_emailed_confirmation_link_opens_the_confirmation_page(
    home_page, live_server, new_context, settings
):
    settings.PUBLIC_BASE_URL = live_server.url
    call_command("sync_site_address", verbosity=0)
    riding = RidingFactory(province="ON", name_en="University—Rosedale")
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=riding)
    index = PetitionIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=index, title="Status for all", slug="status")
    mail.outbox = []

    page = new_context().new_page()
    page.goto(petition.get_url())
    page.fill("input[name=full_name]", "Ana Reyes")
    page.fill("input[name=email]", "ana.reyes@example.org")
    page.fill("input[name=postal_code]", "M5S 2T9")
    page.locator("input[name=consent][value=count_only]").check()
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()

    link = re.search(r"https?://\S+/confirm/[\w-]+/", wait_for_email().body).group(0)
    assert urlsplit(link).netloc == urlsplit(live_server.url).netloc
    response = page.goto(link)  # as written: scheme, host, port and path
    assert response.status == 200
    assert page.url == link
    page.get_by_role("button").filter(has_text=re.compile("confirm", re.I)).click()
    page.wait_for_load_state()

    assert Signature.objects.get().confirmed_at is not None
    assert urlsplit(page.url).netloc == urlsplit(live_server.url).netloc
