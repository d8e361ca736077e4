"""The demo superuser's second factor, so that a new user can sign in to `make run`'s admin.

Superusers must confirm each sign-in with a code (staff_auth). The demo admin gets an
authenticator-app device from load_demo; `manage.py demo_code` prints its current code, and
`make run`'s banner shows its otpauth:// URI for those who prefer to add it to an app. Only the
demo admin (the published password), and only with DEBUG on: never a real account's device.
"""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.demo.users import ADMIN_PASSWORD, ADMIN_USERNAME
from staff_auth.devices import APP_DEVICE_NAME


def demo_admin():
    """The demo superuser, while it still has the published password; else None."""
    user = get_user_model().objects.filter(username=ADMIN_USERNAME, is_superuser=True).first()
    if user is None or not user.check_password(ADMIN_PASSWORD):
        return None
    return user


def ensure_demo_device(report, user):
    """Give the demo admin a confirmed authenticator app when it has none."""
    if TOTPDevice.objects.devices_for_user(user, confirmed=True).exists():
        report.add("demo admin code device", False)
        return
    TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=True)
    report.add("demo admin code device", True)


def demo_device():
    """The demo admin's authenticator app, with DEBUG on; else None."""
    user = demo_admin() if settings.DEBUG else None
    if user is None:
        return None
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def current_code(device):
    """(the code an authenticator app shows now, seconds until it changes)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    seconds_left = device.step - int(totp.time - device.t0) % device.step
    return f"{totp.token():0{device.digits}d}", seconds_left
