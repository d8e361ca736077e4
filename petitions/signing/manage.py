"""What a signer changes from the link in their emails: withdraw, or who may see their name.

Plain functions, effective at once: the counts are recomputed at the next request, and a signer
who was named in a riding's packets leaves them (petitions/packets/withdrawal.py).
"""

from django.db import transaction

from petitions.models import Signature
from petitions.packets import withdrawal
from petitions.tally import forget_counts


def withdraw(signature):
    """Delete the signature and every stored file that names its signer. Returns whether it was."""
    with transaction.atomic():
        withdrawal.signer_left(signature)
        deleted, _by_model = Signature.objects.filter(pk=signature.pk).delete()
    forget_counts(signature.petition_id)
    return bool(deleted)


def change_consent(signature, consent):
    """Set who may see the signer's name (a Signature.Consent value). Returns whether it changed.

    Going from "share my name with my MP" to "count only" takes the name out of the packets.
    """
    if consent not in Signature.Consent.values or consent == signature.consent:
        return False
    with transaction.atomic():
        updated = Signature.objects.filter(pk=signature.pk, consent=signature.consent).update(
            consent=consent
        )
        if updated and consent == Signature.Consent.COUNT_ONLY:
            withdrawal.signer_left(signature)  # still with its former consent
    if updated:
        signature.consent = consent
    return bool(updated)
