"""Riding names as other lists write them.

Matching a name to a riding of the current representation order.

Official lists spell the same district in slightly different ways: Elections Canada's results files
write the em dash as "--" or as a plain hyphen, some files use typographic apostrophes (U+2019) or
the ligature "œ", others drop a hyphen or add a stray space after a dash. Those are typography, not
different names, so normalize_riding_name() folds them away (with home.text.comparison_key, the
site's one folding). Letters are kept: "Mont-Royal" and "Mount Royal" stay different, because a
different word is a different spelling, never a typographic accident. (Both still reach riding
24048, through its French and its English name.)
"""

from home.text import comparison_key
from petitions.models import Riding


def normalize_riding_name(name):
    """A key under which spellings of one riding name are equal.

    "Acadie—Annapolis", "Acadie--Annapolis", "Acadie - Annapolis" and "acadie annapolis" give the
    same key (see home.text.comparison_key for everything it folds).
    """
    return comparison_key(name)


class RidingNameIndex:
    """Ridings by their normalized English and French names.

    For matching many names against one set of ridings without a query per name.
    """

    def __init__(self, ridings):
        self._by_key = {}
        for riding in ridings:
            for name in {riding.name_en, riding.name_fr}:
                key = normalize_riding_name(name)
                if key:
                    self._by_key.setdefault(key, {})[riding.pk] = riding

    def candidates(self, name, province=None):
        """Every riding the name may be, in code order; narrowed to the province when given."""
        found = self._by_key.get(normalize_riding_name(name), {}).values()
        if province:
            found = [riding for riding in found if riding.province == province]
        return sorted(found, key=lambda riding: riding.code)

    def match(self, name, province=None):
        """The one riding the name is, or None when it is none or several."""
        found = self.candidates(name, province)
        return found[0] if len(found) == 1 else None


def match_riding(name, province=None):
    """The riding of the current representation order that has this name.

    The name may be English or French, in any of the spellings normalize_riding_name() folds. None
    when no riding or several ridings have that name. Narrowed to the province (a two-letter code)
    when given.
    """
    ridings = Riding.objects.current()
    if province:
        ridings = ridings.filter(province=province)
    return RidingNameIndex(ridings.only("pk", "code", "name_en", "name_fr", "province")).match(
        name, province
    )
