"""A Toronto signer with no postal-code table and Represent off, in English and Punjabi.

Ontario's 122 real ridings (settings.RIDING_DATA_DIR) are the candidates: the confirm page shows
at most 15, the search narrows them as one types, and every step of the flow (form, signed page,
emailed link, confirm with the riding choice, confirmed, manage) is screenshotted at 390 and 1280
px into SCREENSHOT_DIR (default /work/wt/shots/f12) for a reviewer to look at.
"""

import csv
import os
import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail

from petitions.models import Riding, Signature
from tests.e2e.conftest import run_axe
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory
from tests.support.localize import sync_tree, translate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SHOTS = Path(os.environ.get("SCREENSHOT_DIR", "/work/wt/shots/f12"))
WIDTHS = {390: {"is_mobile": True, "has_touch": True}, 1280: {}}
PUNJABI = {
    "Status for all": "ਸਾਰਿਆਂ ਲਈ ਦਰਜਾ",
    "Permanent resident status for all migrant workers, now.": (
        "ਸਾਰੇ ਪਰਵਾਸੀ ਕਾਮਿਆਂ ਲਈ ਪੱਕੀ ਰਿਹਾਇਸ਼, ਹੁਣੇ।"
    ),
}


def ontario_ridings():
    path = Path(settings.RIDING_DATA_DIR) / "ridings_2023.csv"
    with path.open(encoding="utf-8") as rows:
        ontario = [row for row in csv.DictReader(rows) if row["province"] == "ON"]
    Riding.objects.bulk_create(
        Riding(code=r["code"], name_en=r["name_en"], name_fr=r["name_fr"], province="ON")
        for r in ontario
    )
    return len(ontario)


def wait_for_email(count, timeout=10):
    deadline = time.monotonic() + timeout
    while len(mail.outbox) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(mail.outbox) >= count, "no email"
    return mail.outbox[count - 1]


def visible_choices(page):
    return page.locator("fieldset.riding-choices .choice:visible")


def assert_accessible(new_context, *paths):
    """No serious or critical axe violation (axe needs a context that bypasses the CSP)."""
    page = new_context(bypass_csp=True, viewport={"width": 390, "height": 900}).new_page()
    for path in paths:
        page.goto(path)
        serious = [v["id"] for v in run_axe(page) if v["impact"] in ("serious", "critical")]
        assert serious == [], (path, serious)
    page.context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("language", ["en", "pa"])
def test_a_toronto_signer_chooses_among_a_few_ridings(
    home_page, new_context, csp_violations, language
):
    assert ontario_ridings() == 122
    index = PetitionIndexPageFactory(parent=home_page)
    petition = PetitionPageFactory(parent=index, title="Status for all", slug="status")
    if language == "pa":
        sync_tree("pa")
        petition = translate(petition, "pa", PUNJABI)
    url = petition.get_url()

    for number, (width, options) in enumerate(WIDTHS.items()):
        mail.outbox = []
        page = new_context(viewport={"width": width, "height": 900}, **options).new_page()
        name = f"{language}-{width}"
        page.goto(url)
        page.fill("input[name=full_name]", "Ana Reyes")
        page.fill("input[name=email]", f"ana{number}@example.org")
        page.fill("input[name=postal_code]", "M5S 2T9")
        page.fill("input[name=city]", "Toronto")
        shot(page, f"1-form-{name}")
        page.locator("form button[type=submit]").last.click()
        page.wait_for_url(re.compile(r"/signed/"), wait_until="domcontentloaded")
        shot(page, f"2-signed-{name}")

        message = wait_for_email(1)
        link = re.search(r"https?://\S+?(/\S+/confirm/[\w-]+/)", message.body).group(1)
        manage = re.search(r"https?://\S+?(/\S+/manage/[\w-]+/)", message.body).group(1)
        page.goto(link)
        assert page.locator("html").get_attribute("lang") == language
        # At most 15 ridings and "I don't know" at once: downtown Toronto's (M5).
        shown = visible_choices(page)
        assert 2 <= shown.count() <= 16
        assert "University—Rosedale" in shown.all_inner_texts()
        assert page.locator("fieldset.riding-choices input[type=radio]").count() == 123
        shot(page, f"3-confirm-{name}")
        if width == 390:
            assert_accessible(new_context, link, manage)

        # The search narrows as one types (JavaScript), accents ignored.
        page.fill("#riding-search-input", "orleans")
        texts = [text.strip() for text in visible_choices(page).all_inner_texts()]
        assert texts[0] == "Orléans" and len(texts) == 2  # and "I don't know"
        page.fill("#riding-search-input", "scarb")
        assert visible_choices(page).count() == 7  # six Scarborough ridings, "I don't know"
        shot(page, f"4-search-{name}")
        page.get_by_label("Scarborough North").check()
        page.locator("main form[method=post] button[type=submit]").click()
        page.wait_for_load_state()
        shot(page, f"5-confirmed-{name}")

        signature = Signature.objects.get(email=f"ana{number}@example.org")
        assert signature.confirmed_at is not None
        assert signature.riding.name_en == "Scarborough North"

        page.goto(manage)
        shot(page, f"6-manage-{name}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.context.close()
    assert csp_violations == []
