"""Which riding a signer lives in, from their postal code.

In order: the imported postal-code table (full codes, then forward sortation areas), the
Represent API when it is enabled, and otherwise the ridings of the province the code's first
letter gives. One postal code can straddle several ridings, so whenever the answer is not a
single riding the signer chooses: never a silent first-match guess.
"""

import re
from dataclasses import dataclass, field

from django.db.models import F

from petitions.models import CURRENT_REPRESENTATION_ORDER, PostalCodeRiding, Riding
from petitions.ridings import represent
from petitions.ridings.cache import process_memo
from petitions.ridings.postal_codes import compact_postal_code, normalize_postal_code
from petitions.ridings.provinces import provinces_for_postal_code

# A forward sortation area: the first three characters of a postal code ("M5S").
FSA = re.compile(r"[A-Z]\d[A-Z]")
# How many postal codes one query of a bulk look-up asks for.
LOOKUP_CHUNK = 5000


def _memoized(values, name, compute):
    if name not in values:
        values[name] = compute()
    return values[name]


def table_keys(postal_code):
    """The postal-code table's keys for a normalized postal code, the most precise first.

    The full code, then its forward sortation area.
    """
    return (postal_code, postal_code[:3])


def normalize_postal_key(value):
    """A key of the postal-code table: a full postal code or a forward sortation area.

    "m5s 2t9" → "M5S 2T9"; "m5s" → "M5S" (a forward sortation area). ValidationError when it is
    neither.
    """
    compact = compact_postal_code(value)
    if FSA.fullmatch(compact):
        return compact
    return normalize_postal_code(compact)


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
    keys = table_keys(postal_code)
    rows = (
        PostalCodeRiding.objects.filter(postal_code__in=keys, riding__in=Riding.objects.current())
        .select_related("riding")
        # Heaviest share first; rows without a weight after those with one (PostgreSQL
        # would sort NULL first in a descending order).
        .order_by(F("weight").desc(nulls_last=True), "riding__code")
    )
    by_key = {key: [] for key in keys}
    for row in rows:
        by_key[row.postal_code].append(row.riding)
    for key in keys:
        ridings = list(dict.fromkeys(by_key[key]))
        if ridings:
            return _from_ridings(ridings, "table")
    return None


def from_table(postal_code):
    """The postal-code table's rows for a postal code.

    Full-code rows first, else the rows of the code's forward sortation area (one query; none when
    no postal-code table is imported).
    """
    return _from_table(postal_code, process_memo())


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
    return _from_province(postal_code, process_memo())


def resolve_riding(postal_code):
    """A Resolution for a normalized postal code ("M5S 2T9")."""
    memo = process_memo()
    return (
        _from_table(postal_code, memo)
        or from_represent(postal_code)
        or _from_province(postal_code, memo)
    )


class RidingMap:
    """resolve_riding for the postal codes of a whole file, loaded once.

    For signature imports. The same rules (the table's full code, else its forward sortation area,
    else the ridings of the code's province) with one query per LOOKUP_CHUNK codes, without the
    Represent API, and an answer only when it is a single riding.
    """

    def __init__(self, postal_codes):
        keys = set()
        for code in postal_codes:
            keys.update(table_keys(code))
        self.by_key = {}
        keys = sorted(keys)
        for start in range(0, len(keys), LOOKUP_CHUNK):
            rows = PostalCodeRiding.objects.filter(
                postal_code__in=keys[start : start + LOOKUP_CHUNK],
                riding__representation_order=CURRENT_REPRESENTATION_ORDER,
            ).values_list("postal_code", "riding_id")
            for postal_code, riding_id in rows:
                self.by_key.setdefault(postal_code, set()).add(riding_id)
        self.provinces = {}
        ridings = Riding.objects.current().values_list("pk", "province")
        for riding_id, province in ridings:
            self.provinces.setdefault(province, set()).add(riding_id)
        self.province_of = {pk: province for province, ids in self.provinces.items() for pk in ids}

    def resolve(self, postal_code):
        """The riding id when the code gives exactly one riding, else None."""
        for lookup in table_keys(postal_code):
            ridings = self.by_key.get(lookup)
            if ridings:
                return next(iter(ridings)) if len(ridings) == 1 else None
        candidates = set()
        for province in provinces_for_postal_code(postal_code):
            candidates |= self.provinces.get(province, set())
        return next(iter(candidates)) if len(candidates) == 1 else None
