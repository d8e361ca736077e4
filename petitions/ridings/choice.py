"""Which ridings a signer who must choose sees first: never the province's hundred at once.

The signer may choose any of their candidates (resolve.py: the postal code's ridings, or its
province's); the page shows at most MAX_SHOWN of them, narrowed by what is known, in order:

1. what they searched for (every word of the query in the riding's English or French name, case,
   accents and dashes folded: "montreal" finds "Montréal");
2. else those of their postal code's region (regions.py: M5 → downtown Toronto), the ones named
   after the city they typed first;
3. else the ridings named after that city (a rural L0 code typed with "Caledon");
4. else all candidates, when there are few enough.

The region comes before the city because a city's name is only in some of its ridings' names:
"Toronto" names three ridings, none of them University—Rosedale, where M5S lies.

When none of these gives a short list, none is shown and the page asks for a search.
"""

from dataclasses import dataclass, field

from home.text import comparison_key
from petitions.ridings.regions import region_of, region_riding_codes

MAX_SHOWN = 15

QUERY = "query"
CITY = "city"
REGION = "region"
ALL = "all"
NONE = "none"


@dataclass
class Narrowed:
    shown: list = field(default_factory=list)
    # What narrowed them: QUERY, CITY, REGION, ALL, or NONE (too many: search).
    basis: str = NONE
    # How many candidates matched the query (when searching): more than shown asks to refine.
    matches: int = 0
    # The postal code's region (regions.py key, "M5") when it narrowed them.
    region: str = ""


def _names(riding):
    return f"{comparison_key(riding.name_en)} {comparison_key(riding.name_fr)}"


def search(candidates, query):
    """The candidates whose names hold every word of `query` (folded), in the candidates' order."""
    words = comparison_key(query).split()
    if not words:
        return []
    return [riding for riding in candidates if all(word in _names(riding) for word in words)]


def _named_after(candidates, city):
    key = comparison_key(city)
    if len(key) < 3:
        return []
    return [riding for riding in candidates if key in _names(riding)]


def narrow(candidates, *, postal_code="", city="", query=""):
    """A Narrowed of `candidates` (see the module docstring)."""
    candidates = list(candidates)
    if query.strip():
        found = search(candidates, query)
        return Narrowed(found[:MAX_SHOWN], QUERY, len(found))
    by_city = _named_after(candidates, city) if city else []
    codes = set(region_riding_codes(postal_code))
    in_region = [riding for riding in candidates if riding.code in codes]
    if 0 < len(in_region) <= MAX_SHOWN:
        # Stable sort: the city's ridings first, each group in the candidates' order.
        in_region.sort(key=lambda riding: riding not in by_city)
        return Narrowed(in_region, REGION, region=region_of(postal_code))
    if 0 < len(by_city) <= MAX_SHOWN:
        return Narrowed(by_city, CITY)
    if len(candidates) <= MAX_SHOWN:
        return Narrowed(candidates, ALL)
    return Narrowed([], NONE)
