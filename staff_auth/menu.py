"""The account page's "Two-factor authentication" item (under "More actions")."""

from django.urls import reverse
from django.utils.translation import gettext as _

from staff_auth import devices
from staff_auth.policy import is_required_for


def account_item(request):
    user = request.user
    if devices.app_device(user) is not None:
        help_text = _("On: each sign-in asks for a code from your authenticator app.")
    elif is_required_for(user):
        help_text = _("Required for your account.")
    else:
        help_text = _("Off. Turn it on so that a stolen password is not enough to sign in.")
    return {
        "url": reverse("staff_auth:manage"),
        "label": _("Two-factor authentication"),
        "help_text": help_text,
    }
