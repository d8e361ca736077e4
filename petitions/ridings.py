"""Which riding a signer lives in, from their postal code.

In order: the imported postal-code table (full codes, then forward sortation areas), the
Represent API when it is enabled, and otherwise the ridings of the province the code's first
letter gives. One postal code can straddle several ridings, so whenever the answer is not a
single riding the signer chooses: never a silent first-match guess."""

from dataclasses import dataclass, field

from django.db.models import F

from petitions import represent
from petitions.models import PostalCodeRiding, Riding
from petitions.signers import provinces_for_postal_code


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


def from_table(postal_code):
    for key in (postal_code, postal_code[:3]):
        rows = (
            PostalCodeRiding.objects.filter(postal_code=key, riding__in=Riding.objects.current())
            .select_related("riding")
            # Heaviest share first; rows without a weight after those with one (PostgreSQL
            # would sort NULL first in a descending order).
            .order_by(F("weight").desc(nulls_last=True), "riding__code")
        )
        ridings = list(dict.fromkeys(row.riding for row in rows))
        if ridings:
            return _from_ridings(ridings, "table")
    return None


def from_represent(postal_code):
    codes = represent.lookup(postal_code)
    if not codes:
        return None
    by_code = {r.code: r for r in Riding.objects.current().filter(code__in=codes)}
    ridings = [by_code[code] for code in codes if code in by_code]
    return _from_ridings(ridings, "represent") if ridings else None


def from_province(postal_code):
    ridings = list(
        Riding.objects.current()
        .filter(province__in=provinces_for_postal_code(postal_code))
        .order_by("name_en")
    )
    # Yukon, for one, is a single riding: no choice to make there.
    return _from_ridings(ridings, "province")


def resolve_riding(postal_code):
    """A Resolution for a normalized postal code ("M5S 2T9")."""
    return from_table(postal_code) or from_represent(postal_code) or from_province(postal_code)
