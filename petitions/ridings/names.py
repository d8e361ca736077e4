"""Riding names as other lists write them: matching a name to a riding of the current
representation order.

Official lists spell the same district in slightly different ways: Elections Canada's results
files write the em dash as "--" or as a plain hyphen, some files use typographic apostrophes
(U+2019) or the ligature "œ", others drop a hyphen or add a stray space after a dash. Those are
typography, not different names, so normalize_riding_name() folds them away. Letters are kept:
"Mont-Royal" and "Mount Royal" stay different, because a different word is a different
spelling, never a typographic accident. (Both still reach riding 24048, through its French and
its English name.)
"""

import re
import unicodedata

from petitions.models import Riding

# Every dash and hyphen a list may use where Elections Canada writes an em dash or a hyphen.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"
# Typographic apostrophes and the look-alikes people type for them.
_APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032\uff07"

_TRANSLATION = str.maketrans(
    {
        **dict.fromkeys(map(ord, _DASHES), " "),
        **dict.fromkeys(map(ord, _APOSTROPHES), "'"),
        # Ligatures that have no Unicode decomposition.
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
    }
)
_SEPARATORS = re.compile(r"\s+")


def normalize_riding_name(name):
    """A key under which spellings of one riding name are equal.

    Folds case, accents ("Île" = "Ile"), the ligatures œ and æ, typographic apostrophes, and
    treats every dash (em, en, "--", hyphen) and every run of white space around or instead of
    one as a single separator: "Acadie—Annapolis", "Acadie--Annapolis", "Acadie - Annapolis" and
    "acadie annapolis" give the same key. Invisible format characters (zero-width spaces, soft
    hyphens) are dropped."""
    text = unicodedata.normalize("NFKD", str(name or ""))
    text = "".join(
        ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )
    text = text.translate(_TRANSLATION).casefold()
    return _SEPARATORS.sub(" ", text).strip()


def normalize_person_name(name):
    """A key under which spellings of one person's name are equal: the same folding as
    normalize_riding_name() ("d’Entremont" = "D'Entremont", "Généreux" = "Genereux")."""
    return normalize_riding_name(name)


class RidingNameIndex:
    """Ridings by their normalized English and French names, for matching many names against
    one set of ridings without a query per name."""

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
    """The riding of the current representation order that the name (English or French, in any
    of the spellings normalize_riding_name() folds) is, or None when no riding or several
    ridings have that name. Narrowed to the province (a two-letter code) when given."""
    ridings = Riding.objects.current()
    if province:
        ridings = ridings.filter(province=province)
    return RidingNameIndex(ridings.only("pk", "code", "name_en", "name_fr", "province")).match(
        name, province
    )
