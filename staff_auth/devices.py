"""A staff member's second factors: an authenticator app and one-time recovery codes.

Plain functions over django-otp's devices (TOTPDevice, StaticDevice), without HTTP. Every
check goes through the device's own verify_token, so django-otp's throttling applies: after n
wrong codes in a row the next one is refused for 2^(n-1) seconds, whatever it is.
"""

import math
from base64 import b32encode
from dataclasses import dataclass

import segno
from django.db import transaction
from django.utils import timezone
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
# Device names, seen only by superusers who inspect the database.
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


@dataclass(frozen=True)
class Check:
    """The outcome of checking a code: the device that accepted it, or how long to wait."""

    device: object = None
    wait_seconds: int = 0

    @property
    def accepted(self):
        return self.device is not None


def normalize(code):
    """The code without the spaces and dashes people type or copy with it, in lower case."""
    return "".join(code.split()).replace("-", "").lower()


def is_app_code(code):
    return code.isdigit() and len(code) == 6


def app_device(user):
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_app_device(user):
    """The authenticator app being set up: the same secret until it is confirmed.

    Reusing it means that reloading the setup page does not invalidate a QR code already scanned.
    """
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def secret_text(device):
    """The device's secret in base32, in groups of four, for people who cannot scan a QR code."""
    secret = b32encode(device.bin_key).decode("ascii")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The otpauth:// URI of the device as an inline SVG QR code, drawn here (no service)."""
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(scale=5, border=4, dark="#000", light="#fff", omitsize=True)


def _wait_seconds(device):
    allowed, details = device.verify_is_allowed()
    if allowed:
        return 0
    remaining = (details["locked_until"] - timezone.now()).total_seconds()
    return max(1, math.ceil(remaining))


def confirm_app_device(device, code):
    """Confirm the device being set up with a code it shows; throttled like any check."""
    code = normalize(code)
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(pk=device.pk).first()
        if device is None:
            # Confirmed in another browser meanwhile (which removes the pending ones).
            return Check()
        if wait := _wait_seconds(device):
            return Check(wait_seconds=wait)
        if not (is_app_code(code) and device.verify_token(code)):
            return Check(wait_seconds=0)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # Another device left half set up (a second browser) would never be confirmed.
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return Check(device=device)


def check_code(user, code):
    """Check a code from the authenticator app (six digits) or a recovery code.

    A recovery code is deleted as it is accepted: it works once.
    """
    code = normalize(code)
    if is_app_code(code):
        devices = TOTPDevice.objects.devices_for_user(user, confirmed=True)
    else:
        devices = StaticDevice.objects.devices_for_user(user, confirmed=True)
    wait = 0
    for device in devices:
        if device_wait := _wait_seconds(device):
            wait = max(wait, device_wait)
            continue
        if verified := verify_token(user, device.persistent_id, code):
            return Check(device=verified)
    return Check(wait_seconds=wait)


def new_recovery_codes(user):
    """Replace the user's recovery codes by RECOVERY_CODE_COUNT new ones, and return them."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove_all(user):
    """Delete every device of the user; return how many there were.

    Sessions verified with one of them are no longer verified: django-otp's middleware finds no
    device behind the session's device id.
    """
    with transaction.atomic():
        removed, _ = TOTPDevice.objects.filter(user=user).delete()
        static = StaticDevice.objects.filter(user=user)
        removed += static.count()
        static.delete()
    return removed
