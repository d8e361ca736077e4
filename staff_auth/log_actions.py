"""The entries two-factor changes leave on a user's history in the admin.

Registered in wagtail_hooks.py. They say what changed and who did it, never a code or a secret.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

TURNED_ON = "staff_auth.two_factor_on"
TURNED_OFF = "staff_auth.two_factor_off"
RESET = "staff_auth.two_factor_reset"
NEW_RECOVERY_CODES = "staff_auth.new_recovery_codes"


class TurnedOn(LogFormatter):
    label = _("Turn on two-factor authentication")
    message = _("Turned on two-factor authentication")


class TurnedOff(LogFormatter):
    label = _("Turn off two-factor authentication")
    message = _("Turned off two-factor authentication")


class Reset(LogFormatter):
    label = _("Reset two-factor authentication")
    message = _("Reset two-factor authentication: the next sign-in sets it up again")


class NewRecoveryCodes(LogFormatter):
    label = _("Create new recovery codes")
    message = _("Created new recovery codes")


FORMATTERS = {
    TURNED_ON: TurnedOn,
    TURNED_OFF: TurnedOff,
    RESET: Reset,
    NEW_RECOVERY_CODES: NewRecoveryCodes,
}


def record(user, action, by=None):
    """Add `action` to the history of `user`, done by `by` (None: from the command line).

    request.user is a lazy proxy, whose type Wagtail's log registry does not know: it would
    drop the entry without a word. The entry is written for the user as stored.
    """
    stored = get_user_model()._default_manager.get(pk=user.pk)
    log(instance=stored, action=action, user=by)
