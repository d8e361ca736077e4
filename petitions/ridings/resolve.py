"""Which riding a signer lives in, from their postal code.

In order: the imported postal-code table (full codes, then forward sortation areas), the
Represent API when it is enabled, and otherwise the ridings of the province the code's first
letter gives. One postal code can straddle several ridings, so whenever the answer is not a
single riding the signer chooses: never a silent first-match guess."""

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save

from petitions.models import PostalCodeRiding, Riding
from petitions.ridings import represent
from petitions.signing.cleaning import provinces_for_postal_code

# Riding facts change only when organizers import or edit them, and every sign request needs
# its province's ridings: each process keeps them (and whether a postal-code table exists) in
# memory for as long as this key in the shared cache holds the same value.
# tally.forget_ridings() deletes it, so every process reloads on its next request.
GENERATION_KEY = "ridings:generation"
_memo = {"generation": None, "values": {}}


def _memo_values():
    """This process's memory of riding facts, emptied whenever GENERATION_KEY changed."""
    global _memo
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    memo = _memo
    if generation is None or memo["generation"] != generation:
        memo = _memo = {"generation": generation, "values": {}}
    return memo["values"]


def _memoized(values, name, compute):
    if name not in values:
        values[name] = compute()
    return values[name]


def _forget_on_change(sender, **kwargs):
    from petitions.tally import forget_ridings

    # At once for this process, and again once committed, in case another process reloaded
    # in between and kept the rows as they were before this transaction.
    forget_ridings()
    transaction.on_commit(forget_ridings)


# Edits in the admin (one row at a time). Imports that bulk_create call tally.forget_ridings.
for _model in (Riding, PostalCodeRiding):
    post_save.connect(_forget_on_change, sender=_model, dispatch_uid="ridings-memo")
    post_delete.connect(_forget_on_change, sender=_model, dispatch_uid="ridings-memo")


@dataclass
class Resolution:
    riding: Riding | None = None
    # When riding is None, the ridings the signer chooses from (most likely first).
    candidates: list = field(default_factory=list)
    # "table", "represent" or "province": where the answer came from.
    source: str = ""


def _from_ridings(ridings, source):
    if len(ridings) == 1:
        return Resolution(riding=ridings[0], source=source)
    return Resolution(candidates=ridings, source=source)


def _from_table(postal_code, memo):
    if not _memoized(memo, "table has rows", PostalCodeRiding.objects.exists):
        return None
    fsa = postal_code[:3]
    rows = (
        PostalCodeRiding.objects.filter(
            postal_code__in=[postal_code, fsa], riding__in=Riding.objects.current()
        )
        .select_related("riding")
        # Heaviest share first; rows without a weight after those with one (PostgreSQL
        # would sort NULL first in a descending order).
        .order_by(F("weight").desc(nulls_last=True), "riding__code")
    )
    by_key = {postal_code: [], fsa: []}
    for row in rows:
        by_key[row.postal_code].append(row.riding)
    for key in (postal_code, fsa):
        ridings = list(dict.fromkeys(by_key[key]))
        if ridings:
            return _from_ridings(ridings, "table")
    return None


def from_table(postal_code):
    """Full-code rows first, else the rows of the code's forward sortation area (one query;
    none when no postal-code table is imported)."""
    return _from_table(postal_code, _memo_values())


def from_represent(postal_code):
    codes = represent.lookup(postal_code)
    if not codes:
        return None
    by_code = {r.code: r for r in Riding.objects.current().filter(code__in=codes)}
    ridings = [by_code[code] for code in codes if code in by_code]
    return _from_ridings(ridings, "represent") if ridings else None


def _from_province(postal_code, memo):
    provinces = tuple(provinces_for_postal_code(postal_code))
    ridings = _memoized(
        memo,
        ("province", provinces),
        lambda: list(
            Riding.objects.current().filter(province__in=provinces).order_by("name_en", "code")
        ),
    )
    # Yukon, for one, is a single riding: no choice to make there.
    return _from_ridings(list(ridings), "province")


def from_province(postal_code):
    return _from_province(postal_code, _memo_values())


def resolve_riding(postal_code):
    """A Resolution for a normalized postal code ("M5S 2T9")."""
    memo = _memo_values()
    return (
        _from_table(postal_code, memo)
        or from_represent(postal_code)
        or _from_province(postal_code, memo)
    )
