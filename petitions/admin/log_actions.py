"""The entries the abuse report's bulk changes leave on a petition's history.

Registered in petitions/wagtail_hooks.py. They say how many signatures were invalidated or
restored, never whose.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter

INVALIDATE_SIGNATURES = "petitions.invalidate_signatures"
RESTORE_SIGNATURES = "petitions.restore_signatures"


class InvalidateSignatures(LogFormatter):
    label = _("Invalidate signatures")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext(
            "Invalidated %(count)d signature", "Invalidated %(count)d signatures", count
        ) % {"count": count}


class RestoreSignatures(LogFormatter):
    label = _("Restore signatures")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext("Restored %(count)d signature", "Restored %(count)d signatures", count) % {
            "count": count
        }
