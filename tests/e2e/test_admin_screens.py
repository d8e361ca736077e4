"""Every admin screen the project adds, opened by a verified organizer in Chromium.

Each screen (petitions index and dashboard, packets, signatures, abuse report, imports,
delivery log, ridings, MPs, postal codes, the organizer's home panel) must load without a
JavaScript error or a console error, with no axe violation of serious or critical impact, and
with every button that has an icon showing its label, the icon no taller than the label's line
(an icon inside a `button` without Wagtail's `button--icon` used to be drawn at the button's
full width, its label pushed out of sight).

Screenshots of every screen at 1280 and 390 px, in English and Punjabi (the organizer's admin
language), are written to test-artifacts/screenshots/admin/ on every run, for a reviewer to look
at.
"""

import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from petitions.models import Signature
from petitions.packets import batches
from spreadsheets.models import ImportJob, JobStatus
from tests.e2e.conftest import ARTIFACTS, PASSWORD, log_in, run_axe
from tests.factories.packets import make_packet_petition
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCREENSHOTS = ARTIFACTS / "screenshots" / "admin"
SEVERE = {"serious", "critical"}
WIDTHS = (1280, 390)

# Every button (a link or a <button> styled as one) with an icon: its icon's box, its label's
# line height, whether its label is drawn inside the button.
BUTTON_GEOMETRY = """() => {
    const found = [];
    const buttons = document.querySelectorAll("main .button, main button, .w-header .button");
    for (const button of buttons) {
        const icon = button.querySelector("svg.icon");
        const rect = button.getBoundingClientRect();
        if (!icon || rect.width === 0 || button.closest("[hidden]")) continue;
        // Icon-only buttons (Wagtail's filter toggle, with its count) carry an aria-label,
        // which axe's button-name checks.
        if (button.hasAttribute("aria-label") || button.hasAttribute("aria-labelledby")) continue;
        const label = button.textContent.trim();
        if (!label) continue;
        const style = getComputedStyle(button);
        let line = parseFloat(style.lineHeight);
        if (Number.isNaN(line)) line = parseFloat(style.fontSize) * 1.5;
        const range = document.createRange();
        range.selectNodeContents(button);
        const text = [...range.getClientRects()].filter((r) => r.width > 0 && r.left >= rect.left
            && r.right <= rect.right + 1 && r.top >= rect.top - 1 && r.bottom <= rect.bottom + 1);
        const iconBox = icon.getBoundingClientRect();
        found.push({
            label: label,
            icon: [Math.round(iconBox.width), Math.round(iconBox.height)],
            line: Math.round(line),
            labelShown: text.some((r) => r.width > iconBox.width + 4) || text.length > 1,
        });
    }
    return found;
}"""


def describe(violations):
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )


@pytest.fixture
def organizer(db):
    user = staff_user("organizer", "Organizers")
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def organizer_screens(home_page, organizer):
    """The admin screens to open, by name, on a petition with counted, unassigned signatures."""
    petition, _ridings = make_packet_petition(home_page)
    Signature.objects.filter(petition=petition, full_name="Amrit Kaur").update(riding=None)
    # A finished batch with one failed riding: the packets screen shows its retry button.
    batch, _created = batches.create(petition, None)
    batch.jobs.update(status=batches.Status.DONE)
    batch.jobs.filter(pk=batch.jobs.first().pk).update(
        status=batches.Status.FAILED, error="The storage did not answer."
    )
    batches.finish_if_complete(batch.pk)
    # An import's preview, with an ignored column and a problem on one row.
    preview = ImportJob.objects.create(
        target="petition_signatures",
        resource="petitions.resources.signatures.SignatureResource",
        file_name="sheet.csv",
        file_format="csv",
        data=b"",
        status=JobStatus.CHECKED,
        created_by=organizer,
        total_rows=2,
        totals={"new": 1, "update": 0, "skip": 0, "invalid": 1, "error": 0},
        errors=[{"row": 3, "column": "name", "message": "A control character (NUL)."}],
        error_count=1,
        ignored_columns=[
            {"column": "Date de signature", "suggestion": "date_signed"},
            {"column": "Notes", "suggestion": ""},
        ],
    )
    pk = petition.pk
    return {
        "home panel": reverse("wagtailadmin_home"),
        "petitions": reverse("petitions_admin:index"),
        "dashboard": reverse("petitions_admin:dashboard", args=[pk]),
        "packets": reverse("petitions_admin:packets", args=[pk]),
        "abuse report": reverse("petitions_admin:abuse", args=[pk]),
        "signatures": reverse("petition_signatures:index"),
        "signature import": reverse("petition_signatures:import"),
        "import preview": reverse("petition_signatures:import_job", args=[preview.pk]),
        "delivery log": reverse("petition_deliveries:index"),
        "record a delivery": reverse("petition_deliveries:add"),
        "ridings": reverse("petition_ridings:index"),
        "MPs": reverse("petition_members:index"),
        "postal codes": reverse("petition_postal_codes:index"),
    }


def test_every_admin_screen_loads_cleanly_and_shows_its_buttons(
    organizer, organizer_screens, new_context
):
    context = new_context(bypass_csp=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on(
        "console",
        lambda message: message.type == "error" and errors.append(f"{page.url}: {message.text}"),
    )
    log_in(page, "organizer")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    problems = {}
    for language in ("en", "pa"):
        UserProfile.objects.update_or_create(
            user=organizer, defaults={"preferred_language": language}
        )
        for name, url in organizer_screens.items():
            slug = re.sub(r"\W+", "-", name)
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                response = page.goto(url)
                assert response.ok, f"{name} ({url}) answered {response.status}"
                page.wait_for_load_state("networkidle")
                page.screenshot(
                    path=SCREENSHOTS / f"{slug}-{language}-{width}.png", full_page=True
                )
                for button in page.evaluate(BUTTON_GEOMETRY):
                    icon_width, icon_height = button["icon"]
                    if max(icon_width, icon_height) > button["line"] or not button["labelShown"]:
                        problems.setdefault(name, []).append(f"{width}px {button}")
                if language == "en" and width == WIDTHS[0]:
                    severe = [v for v in run_axe(page) if v["impact"] in SEVERE]
                    if severe:
                        problems.setdefault(name, []).append(describe(severe))

    assert not errors, "\n".join(errors)
    assert not problems, "\n".join(f"{name}: {found}" for name, found in problems.items())
