"""Riding facts kept between requests, and forgetting them.

They are forgotten when ridings or the postal-code table change.

Riding facts change only when organizers import or edit them, and every sign request needs its
province's ridings: each process keeps them (and whether a postal-code table exists) in memory for
as long as GENERATION_KEY in the shared cache holds the same value (process_memo(), used by
resolve.py). Counting signatures needs every riding's code and province: the shared cache keeps
that map (ridings_by_id(), used by tally.py) for RIDINGS_TTL. forget_ridings() drops both, so every
process reloads on its next request: imports call it (they bulk_create, which sends no signals),
and admin edits of one row through the signals below.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from petitions.models import PostalCodeRiding, Riding

GENERATION_KEY = "ridings:generation"
RIDINGS_KEY = "tally:ridings"
RIDINGS_TTL = 60 * 60
_memo = {"generation": None, "values": {}}


def process_memo():
    """This process's memory of riding facts (a dict), emptied whenever GENERATION_KEY changed."""
    global _memo
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    current = _memo
    if generation is None or current["generation"] != generation:
        current = _memo = {"generation": generation, "values": {}}
    return current["values"]


def ridings_by_id():
    """{riding id: (code, province)}, cached.

    Ridings change only on import, which calls forget_ridings().
    """
    ridings = cache.get(RIDINGS_KEY)
    if ridings is None:
        ridings = {
            pk: (code, province)
            for pk, code, province in Riding.objects.values_list("pk", "code", "province")
        }
        cache.set(RIDINGS_KEY, ridings, RIDINGS_TTL)
    return ridings


def forget_ridings():
    """Forget the cached riding facts, after ridings or postal codes change.

    Drops the cached riding map, and what each process keeps in memory for riding resolution.
    """
    cache.delete_many([RIDINGS_KEY, GENERATION_KEY])


def _forget_on_change(sender, **kwargs):
    # At once for this process, and again once committed, in case another process reloaded
    # in between and kept the rows as they were before this transaction.
    forget_ridings()
    transaction.on_commit(forget_ridings)


# Edits in the admin (one row at a time). Imports that bulk_create call forget_ridings.
for _model in (Riding, PostalCodeRiding):
    post_save.connect(_forget_on_change, sender=_model, dispatch_uid="ridings-memo")
    post_delete.connect(_forget_on_change, sender=_model, dispatch_uid="ridings-memo")
