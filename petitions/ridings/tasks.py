"""Riding resolution's background jobs (django-tasks; workers run `manage.py db_worker`)."""

from django_tasks import task

from petitions.models import Riding, Signature
from petitions.ridings import represent

BACKFILL_BATCH = 50


@task()
def backfill_ridings(limit=BACKFILL_BATCH):
    """Assign ridings to unassigned signatures through the Represent API.

    A signature gets a riding when the API maps its postal code to exactly one riding (signers
    whose lookup timed out, or who answered "I don't know"). Codes it maps to several ridings stay
    for organizers to resolve. Asks the API about at most `limit` postal codes per run and stops at
    its rate limit; run it again later for the rest. Codes with a cached answer cost no request, so
    ambiguous or unknown codes never hold the next ones back. Returns how many signatures were
    assigned.
    """
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
