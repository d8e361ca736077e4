"""The entries the organizers' bulk changes leave on a petition's history.

Registered in petitions/wagtail_hooks.py. They say how many signatures were invalidated,
restored or given a riding (and which riding, or that the postal-code table gave them), never
whose.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter

INVALIDATE_SIGNATURES = "petitions.invalidate_signatures"
RESTORE_SIGNATURES = "petitions.restore_signatures"
ASSIGN_RIDINGS = "petitions.assign_ridings"


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


class AssignRidings(LogFormatter):
    label = _("Assign ridings")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        riding = log_entry.data.get("riding")
        if riding:
            return ngettext(
                "Assigned %(count)d signature to riding %(riding)s",
                "Assigned %(count)d signatures to riding %(riding)s",
                count,
            ) % {"count": count, "riding": riding}
        return ngettext(
            "Assigned %(count)d signature a riding from the postal-code table",
            "Assigned %(count)d signatures a riding from the postal-code table",
            count,
        ) % {"count": count}
