"""The steps after the password: setting up an authenticator app, and confirming with a code.

The codes are computed as an authenticator app does: from the secret the setup page prints, or
from the device's key.
"""

import datetime

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from staff_auth import devices
from tests.security.test_redirects import HOSTILE, assert_stays_on_site
from tests.staff_auth.conftest import (
    PAGE,
    code_from_secret,
    location_path,
    password_sign_in,
    secret_on,
)
from tests.support.html import main_text, soup
from tests.support.two_factor import code_for, give_app_device, wrong_code

pytestmark = pytest.mark.django_db

SETUP = reverse("staff_auth:setup")
VERIFY = reverse("staff_auth:verify")


def field_errors(response):
    return [li.get_text(" ", strip=True) for li in soup(response).select(".error-message")]


def test_setting_up_an_app_then_signing_in_with_it(client, organizer):
    password_sign_in(client, "organizer")
    first = client.get(reverse("petition_signatures:index"), **PAGE)
    setup = client.get(location_path(first), **PAGE)

    assert setup.status_code == 200
    page = soup(setup)
    assert page.select_one(".staff-auth-qr svg") is not None
    secret = secret_on(setup)
    assert len(secret) == 32
    # The QR code is drawn here, into the page: no image is fetched from anywhere.
    assert not page.select(".staff-auth-qr img")

    wrong = client.post(SETUP, {"code": "123456", "next": "/admin/"})
    assert wrong.status_code == 200
    assert field_errors(wrong) == [
        "That code is not right. Check that the app shows this site, and type the newest "
        "code it shows."
    ]
    assert not TOTPDevice.objects.filter(user=organizer, confirmed=True).exists()
    # Past django-otp's one-second throttle after a wrong code.
    TOTPDevice.objects.filter(user=organizer).update(throttling_failure_timestamp=None)

    done = client.post(
        SETUP,
        {"code": code_from_secret(secret), "next": reverse("petition_signatures:index")},
    )
    assert done.status_code == 302
    codes_page = client.get(location_path(done))
    codes = [code.get_text() for code in soup(codes_page).select(".staff-auth-codes code")]
    assert len(codes) == devices.RECOVERY_CODE_COUNT == len(set(codes))
    assert soup(codes_page).select_one("a.staff-auth-continue")["href"] == reverse(
        "petition_signatures:index"
    )
    # Shown once.
    assert client.get(location_path(done)).status_code == 302

    assert client.get(reverse("petition_signatures:index"), **PAGE).status_code == 200
    device = TOTPDevice.objects.get(user=organizer)
    assert device.confirmed
    assert ModelLogEntry.objects.filter(
        object_id=str(organizer.pk), action="staff_auth.two_factor_on"
    ).exists()

    # The next sign-in, in another browser, asks for a code.
    other = Client()
    password_sign_in(other, "organizer")
    assert location_path(other.get("/admin/", **PAGE)) == f"{VERIFY}?next=%2Fadmin%2F"
    assert other.post(VERIFY, {"code": code_for(device), "next": "/admin/"})["Location"] == (
        "/admin/"
    )
    assert other.get("/admin/", **PAGE).status_code == 200


def test_a_wrong_code_is_refused_and_a_right_one_lets_in(client, organizer):
    device = give_app_device(organizer)
    password_sign_in(client, "organizer")

    wrong = client.post(VERIFY, {"code": wrong_code(device)})

    assert wrong.status_code == 200
    assert field_errors(wrong) == [
        "That code is not right. Type the newest code your app shows, or a recovery code you "
        "have not used yet."
    ]
    assert client.get("/admin/", **PAGE)["Location"].startswith(VERIFY)

    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    right = client.post(VERIFY, {"code": code_for(device)})

    assert right.status_code == 302
    assert client.get("/admin/", **PAGE).status_code == 200


def test_a_code_works_once(organizer):
    device = give_app_device(organizer)
    code = code_for(device)
    first, second = Client(), Client()
    password_sign_in(first, "organizer")
    password_sign_in(second, "organizer")

    assert first.post(VERIFY, {"code": code}).status_code == 302
    replay = second.post(VERIFY, {"code": code})

    assert replay.status_code == 200
    assert second.get("/admin/", **PAGE)["Location"].startswith(VERIFY)


def test_a_recovery_code_works_once(organizer):
    give_app_device(organizer)
    codes = devices.new_recovery_codes(organizer)
    first, second = Client(), Client()
    password_sign_in(first, "organizer")
    password_sign_in(second, "organizer")

    # As people type them: upper case, with a space in the middle.
    typed = f"{codes[3][:4].upper()} {codes[3][4:].upper()}"
    used = first.post(VERIFY, {"code": typed}, follow=True)

    assert used.status_code == 200
    assert "You used a recovery code. 9 recovery codes are left" in main_text(used)
    assert first.get("/admin/", **PAGE).status_code == 200
    assert StaticToken.objects.filter(device__user=organizer).count() == 9

    again = second.post(VERIFY, {"code": codes[3]})
    assert again.status_code == 200
    assert field_errors(again)
    assert second.get("/admin/", **PAGE)["Location"].startswith(VERIFY)


def test_wrong_codes_are_throttled(client, organizer):
    device = give_app_device(organizer)
    password_sign_in(client, "organizer")

    client.post(VERIFY, {"code": wrong_code(device)})
    client.post(VERIFY, {"code": wrong_code(device)})
    # Even the right code waits while the device is throttled.
    throttled = client.post(VERIFY, {"code": code_for(device)})

    assert throttled.status_code == 200
    [error] = field_errors(throttled)
    assert error.startswith("Too many wrong codes. Wait ")
    assert client.get("/admin/", **PAGE)["Location"].startswith(VERIFY)

    # Once the wait is over, the right code is accepted.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(minutes=5)
    )
    assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302


def test_wrong_codes_lock_the_address_out_like_wrong_passwords(client, organizer, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's throttle aside, to reach axes' limit
    device = give_app_device(organizer)
    password_sign_in(client, "organizer", REMOTE_ADDR="198.51.100.9")

    for _ in range(2):
        response = client.post(VERIFY, {"code": wrong_code(device)}, REMOTE_ADDR="198.51.100.9")
        assert response.status_code == 200
    locked = client.post(VERIFY, {"code": wrong_code(device)}, REMOTE_ADDR="198.51.100.9")
    assert locked.status_code == 429

    # Locked out: even the right code, and the password form, are refused from there.
    right = client.post(VERIFY, {"code": code_for(device)}, REMOTE_ADDR="198.51.100.9")
    assert right.status_code == 429
    assert client.get("/admin/", **PAGE, REMOTE_ADDR="198.51.100.9")["Location"].startswith(VERIFY)
    # The attempts keep no code typed.
    assert all(wrong_code(device) not in a.post_data for a in AccessAttempt.objects.all())


def test_the_code_step_never_sends_off_site(organizer):
    device = give_app_device(organizer)
    for target in HOSTILE:
        client = Client()
        password_sign_in(client, "organizer")
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)

        response = client.post(VERIFY, {"code": code_for(device), "next": target})

        assert response.status_code == 302
        assert_stays_on_site(response, target)


def test_errors_are_translated(client, organizer):
    device = give_app_device(organizer)
    profile = UserProfile.get_for_user(organizer)
    profile.preferred_language = "fr"
    profile.save()
    password_sign_in(client, "organizer")

    response = client.post(VERIFY, {"code": wrong_code(device)})

    assert soup(response).html["lang"] == "fr"
    [error] = field_errors(response)
    assert error.startswith("Ce code n'est pas le bon.")


def test_with_only_recovery_codes_left_the_setup_page_asks_for_one_first(client, organizer):
    codes = devices.new_recovery_codes(organizer)
    password_sign_in(client, "organizer")

    response = client.get(SETUP, **PAGE)

    assert response.status_code == 302
    assert location_path(response).startswith(VERIFY)
    assert client.post(VERIFY, {"code": codes[0]}).status_code == 302
    assert client.get(SETUP, **PAGE).status_code == 200
