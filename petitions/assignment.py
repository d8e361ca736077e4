"""Assigning ridings, in bulk, to a petition's counted signatures whose riding is unknown.

Two ways (the dashboard's "Riding unknown" section calls them): give many chosen signatures one
riding, or look every unassigned signature up again in the postal-code table (after a fuller
table was imported), assigning those whose postal code now gives exactly one riding. Either
changes only counted signatures of the petition that still have no riding, so a signature
assigned meanwhile by someone else keeps its riding. Each returns how many changed, and forgets
the cached public counts.
"""

from __future__ import annotations

from collections import defaultdict

from django.db import transaction

from petitions import dashboard, tally
from petitions.models import Riding, Signature
from petitions.ridings.resolve import RidingMap


def _assign(petition_id: int, signature_ids, riding: Riding) -> int:
    signatures = dashboard.unassigned_signatures(petition_id).filter(pk__in=list(signature_ids))
    # A signer who gave no province takes the riding's.
    Signature.objects.filter(pk__in=signatures.filter(province="").values("pk")).update(
        province=riding.province
    )
    return Signature.objects.filter(pk__in=signatures.values("pk")).update(riding=riding)


def assign_many(petition_id: int, signature_ids, riding: Riding) -> int:
    """Give `riding` to those of `signature_ids` still unassigned on the petition; how many."""
    with transaction.atomic():
        changed = _assign(petition_id, signature_ids, riding)
    if changed:
        tally.forget_counts(petition_id)
    return changed


def resolve_unassigned(petition_id: int) -> int:
    """Assign every unassigned signature whose postal code gives exactly one riding; how many.

    The same rules as a signature import (petitions/ridings/resolve.py RidingMap): the table's
    full postal code, else its forward sortation area, else a province with a single riding.
    A postal code that straddles ridings is left for an organizer to choose.
    """
    rows = list(dashboard.unassigned_signatures(petition_id).values_list("pk", "postal_code"))
    riding_map = RidingMap({code for _pk, code in rows if code})
    by_riding = defaultdict(list)
    for pk, postal_code in rows:
        riding_id = riding_map.resolve(postal_code) if postal_code else None
        if riding_id is not None:
            by_riding[riding_id].append(pk)
    ridings = Riding.objects.in_bulk(list(by_riding))
    changed = 0
    with transaction.atomic():
        for riding_id, signature_ids in by_riding.items():
            changed += _assign(petition_id, signature_ids, ridings[riding_id])
    if changed:
        tally.forget_counts(petition_id)
    return changed
