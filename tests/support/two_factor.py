"""Two-factor authentication as the tests meet it (staff_auth, django-otp).

Organizers and superusers must confirm each sign-in with a code: `login_verified` signs a user
in to the test client as if they had (force_login, plus the session mark django-otp's own
login() leaves), so that tests about something else need not walk through it. The codes are
computed as an authenticator app does, from the device's key (`code_for`).
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP, hotp
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff_auth import devices
from staff_auth.policy import is_required_for


def give_app_device(user):
    """The user's confirmed authenticator app, created when they have none."""
    return devices.app_device(user) or TOTPDevice.objects.create(
        user=user, name=devices.APP_DEVICE_NAME, confirmed=True
    )


def code_for(device):
    """A code the device accepts now: the current step's, or a later one if it was used.

    A device takes each time step's code once (django-otp's last_t), and accepts the steps just
    before and after the current one (its tolerance).
    """
    device.refresh_from_db()
    now = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    step = max(now - device.tolerance, device.last_t + 1)
    assert step <= now + device.tolerance, "every code of this half-minute was used: wait"
    return f"{hotp(device.bin_key, step, digits=device.digits):0{device.digits}d}"


def wrong_code(device):
    """A six-digit code the device refuses now (none of the steps it would accept)."""
    device.refresh_from_db()
    now = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    accepted = {
        hotp(device.bin_key, step, digits=device.digits)
        for step in range(now - device.tolerance - 1, now + device.tolerance + 2)
    }
    return next(f"{n:06d}" for n in range(1, 1_000_000) if n not in accepted)


def login_verified(client, user):
    """Sign `user` in to the test client with a verified session.

    Gives them an authenticator app if they have none.
    """
    device = give_app_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def sign_in(client, user):
    """Sign `user` in to the test client as the admin's whole sign-in would leave them.

    Verified when they must use two-factor authentication (Organizers, superusers); for anyone
    else, force_login alone.
    """
    if is_required_for(user):
        login_verified(client, user)
    else:
        client.force_login(user)
