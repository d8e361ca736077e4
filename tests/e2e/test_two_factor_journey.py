"""An organizer's first sign-in sets up two-factor authentication in a real browser.

After the password, the admin sends them to the setup page: they type the secret shown under the
QR code into their "app" (here the test computes the code from it, as an authenticator app does),
confirm with the code, see their recovery codes once, and reach the page they asked for. The
setup and verification pages are checked with axe and run under the admin's CSP without
violation.
"""

import re
from base64 import b32decode

import pytest
from django_otp.oath import TOTP, hotp, totp
from django_otp.plugins.otp_static.models import StaticToken

from tests.e2e.conftest import PASSWORD, run_axe
from tests.support.users import staff_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def wrong_code_for(secret):
    """Six digits that none of the codes the app could show now match."""
    key = b32decode(secret)
    now = TOTP(key).t()
    near = {hotp(key, step) for step in range(now - 2, now + 3)}
    return next(f"{n:06d}" for n in range(1_000_000) if n not in near)


def password_step(page, username):
    page.get_by_label(re.compile("username", re.I)).fill(username)
    page.get_by_label(re.compile("password", re.I)).first.fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.I)).click()


def test_an_organizer_sets_up_two_factor_at_first_sign_in(new_context, csp_violations):
    organizer = staff_user("organizer", "Organizers")
    organizer.set_password(PASSWORD)
    organizer.save()
    page = new_context().new_page()

    page.goto("/admin/petitions/signatures/")
    password_step(page, "organizer")

    page.wait_for_url(re.compile(r"/admin/two-factor/setup/\?next="))
    assert page.get_by_role("heading", level=1).inner_text() == "Set up two-factor authentication"
    qr_code = page.get_by_role("img", name="QR code to scan with your authenticator app")
    assert qr_code.locator("svg").is_visible()
    box = qr_code.locator("svg").bounding_box()
    assert box["width"] >= 150 and box["height"] >= 150, box
    secret = "".join(page.locator(".staff-auth-secret").inner_text().split())

    page.get_by_role("textbox", name=re.compile("^Code")).fill(wrong_code_for(secret))
    page.get_by_role("button", name="Confirm").click()
    assert "That code is not right." in page.locator(".error-message").inner_text()

    page.wait_for_timeout(1100)  # django-otp's one-second wait after a wrong code
    page.get_by_role("textbox", name=re.compile("^Code")).fill(f"{totp(b32decode(secret)):06d}")
    page.get_by_role("button", name="Confirm").click()

    page.wait_for_url(re.compile(r"/admin/two-factor/recovery-codes/"))
    shown = page.locator(".staff-auth-codes code").all_inner_texts()
    assert sorted(shown) == sorted(
        StaticToken.objects.filter(device__user=organizer).values_list("token", flat=True)
    )
    assert len(shown) == 10
    page.get_by_role("link", name="I have saved my recovery codes").click()
    page.wait_for_url(re.compile(r"/admin/petitions/signatures/$"))

    # The next sign-in, in another browser, asks for a code; a recovery code does.
    other = new_context().new_page()
    other.goto("/admin/")
    password_step(other, "organizer")
    other.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    other.get_by_role("textbox", name=re.compile("^Code")).fill(shown[0])
    other.get_by_role("button", name="Confirm").click()
    other.wait_for_url(re.compile(r"/admin/$"))
    assert "You used a recovery code." in other.locator(".messages").inner_text()

    assert csp_violations.in_admin() == []


def test_the_sign_in_steps_pass_axe(new_context):
    organizer = staff_user("organizer", "Organizers")
    organizer.set_password(PASSWORD)
    organizer.save()
    page = new_context(bypass_csp=True).new_page()

    page.goto("/admin/")
    password_step(page, "organizer")
    page.wait_for_url(re.compile(r"/admin/two-factor/setup/"))
    assert run_axe(page) == []

    secret = "".join(page.locator(".staff-auth-secret").inner_text().split())
    page.get_by_role("textbox", name=re.compile("^Code")).fill(wrong_code_for(secret))
    page.get_by_role("button", name="Confirm").click()
    page.locator(".error-message").wait_for()
    assert run_axe(page) == []
