"""Background jobs (django-tasks; workers run `manage.py db_worker`)."""

import logging

from django.core.cache import cache
from django_tasks import task

from petitions import represent
from petitions.models import Riding, Signature

logger = logging.getLogger(__name__)

BACKFILL_BATCH = 50

# Set while a confirmation sweep is enqueued and has not started: the signers meanwhile
# enqueue nothing. Its lifetime bounds how long a lost sweep (a worker that died, a failed
# enqueue) delays the next one; `manage.py send_pending_confirmations` (cron) covers the
# moments when nobody signs.
CONFIRMATION_SWEEP_KEY = "petitions:confirmation-sweep"
CONFIRMATION_SWEEP_KEY_TTL = 30


@task()
def backfill_ridings(limit=BACKFILL_BATCH):
    """Assign a riding to unassigned signatures whose postal code the Represent API maps to
    exactly one riding (signers whose lookup timed out, or who answered "I don't know").
    Codes it maps to several ridings stay for organizers to resolve. Asks the API about at
    most `limit` postal codes per run and stops at its rate limit; run it again later for the
    rest. Codes with a cached answer cost no request, so ambiguous or unknown codes never
    hold the next ones back. Returns how many signatures were assigned."""
    if not represent.is_enabled():
        return 0
    postal_codes = (
        Signature.objects.filter(riding__isnull=True, invalidated_at__isnull=True)
        .exclude(postal_code="")
        # order_by() replaces Meta.ordering, which would add created_at to the DISTINCT.
        .order_by("postal_code")
        .values_list("postal_code", flat=True)
        .distinct()
    )
    assigned = 0
    requests = 0
    for postal_code in list(postal_codes):
        codes = represent.cached_answer(postal_code)
        if codes is None:
            if requests >= limit:
                break
            requests += 1
            codes = represent.lookup(postal_code)
            if codes is None:
                break  # rate limit or API unavailable: try again on the next run
        if len(codes) != 1:
            continue
        riding = Riding.objects.current().filter(code=codes[0]).first()
        if riding is not None:
            assigned += Signature.objects.filter(
                riding__isnull=True, invalidated_at__isnull=True, postal_code=postal_code
            ).update(riding=riding)
    return assigned


@task()
def send_confirmation_email(signature_id):
    """Email a signer the link that confirms their signature, in their language (enqueued by
    petitions/signing.py once the signature is committed). Does nothing for a signature
    confirmed, invalidated or deleted in the meantime. Returns whether an email was sent."""
    from petitions.emails import send_confirmation

    return send_confirmation(signature_id)


def schedule_confirmation_sweep():
    """Make sure a confirmation sweep will run after this moment: enqueue one unless one is
    enqueued and not started yet. One cache round trip when it is. Call it once the
    signatures whose emails are due are committed."""
    if not cache.add(CONFIRMATION_SWEEP_KEY, 1, timeout=CONFIRMATION_SWEEP_KEY_TTL):
        return False
    try:
        send_pending_confirmations.enqueue()
    except Exception:
        cache.delete(CONFIRMATION_SWEEP_KEY)  # the next signer tries again
        raise
    return True


@task()
def send_pending_confirmations():
    """Send every confirmation email that is due (petitions/emails.py), in the signers'
    languages. Returns how many signatures were handled."""
    from petitions.emails import SWEEP_LIMIT
    from petitions.emails import send_pending_confirmations as sweep

    # First: a signature committed from now on schedules a sweep of its own, and one
    # committed before is seen by this one.
    cache.delete(CONFIRMATION_SWEEP_KEY)
    handled, left = sweep()
    if left:
        logger.info("Confirmation sweep: %s handled, some left for the next sweep", handled)
    if handled >= SWEEP_LIMIT:
        schedule_confirmation_sweep()
    return handled


@task()
def send_already_signed_email(signature_id):
    """Tell a signer their address was used to sign a petition again (enqueued by
    petitions/signing.py for a repeat whose signature needs no confirming). Returns whether
    an email was sent."""
    from petitions.emails import send_already_signed

    return send_already_signed(signature_id)
