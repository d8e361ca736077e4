"""A supporter on a phone signs a petition in French.

They confirm by email and see their riding; the public pages raise no Content-Security-Policy
violation on the way.
"""

import re
import time

import pytest
from django.core import mail

from petitions.models import PostalCodeRiding, Signature
from tests.factories.petitions import (
    MemberFactory,
    PetitionIndexPageFactory,
    PetitionPageFactory,
    RidingFactory,
)
from tests.support.localize import sync_tree, translate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def wait_for_email(count, timeout=10):
    """The confirmation is sent by a task after the signing request commits."""
    deadline = time.monotonic() + timeout
    while len(mail.outbox) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(mail.outbox) >= count, "no confirmation email"
    return mail.outbox[count - 1]


def heading(page):
    """The page's h1, its spaces (French puts no-break spaces before colons) made plain."""
    return " ".join(page.get_by_role("heading", level=1).inner_text().split())


def test_a_phone_signer_signs_in_french_and_confirms(home_page, new_context, csp_violations):
    riding = RidingFactory(
        province="ON", name_en="University—Rosedale", name_fr="Université—Rosedale"
    )
    MemberFactory(riding=riding, first_name="Chrystia", last_name="Example")
    PostalCodeRiding.objects.create(postal_code="M5S 2T9", riding=riding)
    index = PetitionIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=index, title="Status for all", slug="status")
    sync_tree("fr")
    french = translate(petition, "fr", {"Status for all": "Un statut pour tous"})
    mail.outbox = []

    page = new_context(**PHONE).new_page()
    page.goto(french.get_url())
    assert page.locator("html").get_attribute("lang") == "fr"
    page.fill("input[name=full_name]", "Amélie Tremblay")
    page.fill("input[name=email]", "Amelie.Tremblay@example.org")
    page.fill("input[name=postal_code]", "m5s2t9")
    page.fill("input[name=city]", "Toronto")
    page.locator("input[name=consent][value=share_name_with_mp]").check()
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/signed/"))
    assert heading(page) == "Encore une étape : confirmez votre adresse courriel"

    message = wait_for_email(1)
    assert message.to == ["amelie.tremblay@example.org"]
    link = re.search(r"https?://\S+?(/fr/\S+/confirm/[\w-]+/)", message.body).group(1)
    page.goto(link)
    page.get_by_role("button").filter(has_text=re.compile("confirm", re.I)).click()
    page.wait_for_load_state()
    assert heading(page) == "Votre signature est confirmée"
    assert page.locator(".riding-summary__name").inner_text() == "Université—Rosedale"
    assert "Chrystia Example" in page.locator(".riding-summary").inner_text()

    signature = Signature.objects.get()
    assert signature.confirmed_at is not None
    assert signature.language == "fr"
    assert signature.consent == Signature.Consent.SHARE_WITH_MP
    # The page fits a phone: nothing wider than the viewport.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["viewport"]["width"]
    assert csp_violations == []
