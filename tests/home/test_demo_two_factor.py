"""The demo admin can sign in to `make run`'s admin: password, then `manage.py demo_code`.

Superusers must confirm each sign-in with a code (staff_auth). load_demo gives the demo admin an
authenticator-app device, with DEBUG on only; demo_code prints its current code.
"""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.demo.builder import Report
from home.demo.two_factor import ensure_demo_device
from home.demo.users import ADMIN_PASSWORD, ADMIN_USERNAME

pytestmark = pytest.mark.django_db

PAGE = {"HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8"}


@pytest.fixture
def demo_admin():
    user = get_user_model().objects.create_superuser(
        ADMIN_USERNAME, "admin@example.org", ADMIN_PASSWORD
    )
    ensure_demo_device(Report(), user)
    return user


def demo_code():
    output = io.StringIO()
    call_command("demo_code", stdout=output)
    return output.getvalue()


def test_the_demo_admin_signs_in_with_the_password_then_the_printed_code(
    client, demo_admin, settings
):
    settings.DEBUG = True
    printed = demo_code()
    code = re.match(r"(\d{6})  \(valid for \d+ more seconds", printed).group(1)

    client.post(
        reverse("wagtailadmin_login"), {"username": ADMIN_USERNAME, "password": ADMIN_PASSWORD}
    )
    assert client.get("/admin/", **PAGE)["Location"].startswith(reverse("staff_auth:verify"))
    client.post(reverse("staff_auth:verify"), {"code": code, "next": "/admin/"})

    assert client.get("/admin/", **PAGE).status_code == 200


def test_the_otpauth_uri_is_printed_for_an_authenticator_app(demo_admin, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("demo_code", "--uri", stdout=output)

    assert output.getvalue().startswith("otpauth://totp/")


def test_no_code_with_debug_off_nor_for_an_admin_whose_password_changed(demo_admin, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only with DEBUG on"):
        demo_code()

    settings.DEBUG = True
    demo_admin.set_password("a private password now")
    demo_admin.save()
    with pytest.raises(CommandError):
        demo_code()


def test_ensure_demo_device_gives_one_device_however_often_it_runs(demo_admin):
    ensure_demo_device(Report(), demo_admin)

    assert TOTPDevice.objects.filter(user=demo_admin, confirmed=True).count() == 1
