"""Folding text that people and official lists write in several ways.

What is folded: accents, ligatures, typographic dashes and apostrophes. Plain functions for any app
(no domain here): comparing names (ridings, MPs, organizations, the words of an imported cell) and
making ASCII file names.

Folding keeps letters: "Mont-Royal" and "Mount Royal" stay different, because a different word is a
different spelling, never a typographic accident.
"""

import re
import unicodedata

# Letters that Unicode does not decompose into ASCII ones (Île-des-Sœurs).
LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}
# Every dash and hyphen a list may use where Elections Canada writes an em dash or a hyphen.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"
# Typographic apostrophes and the look-alikes people type for them.
APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032\uff07"

_LIGATURES = str.maketrans(LIGATURES)
_PUNCTUATION = str.maketrans(
    {
        **dict.fromkeys(map(ord, DASHES), " "),
        **dict.fromkeys(map(ord, APOSTROPHES), "'"),
    }
)
_SPACES = re.compile(r"\s+")


def strip_accents(text):
    """`text` without accents and ligatures, case kept: "Sœur Île" → "Soeur Ile".

    Unicode's compatibility decomposition (NFKD) also turns full-width and other look-alike forms
    into their plain letters.
    """
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_LIGATURES)


def comparison_key(text):
    """A key under which spellings of one name are equal.

    Folds case, accents ("Île" = "Ile"), the ligatures œ and æ, typographic apostrophes
    ("d’Entremont" = "D'Entremont"), and treats every dash (em, en, "--", hyphen) and every
    run of white space around or instead of one as a single separator: "Acadie—Annapolis",
    "Acadie--Annapolis", "Acadie - Annapolis" and "acadie annapolis" give the same key.
    Invisible format characters (zero-width spaces, soft hyphens) are dropped.
    """
    text = "".join(ch for ch in strip_accents(text) if unicodedata.category(ch) != "Cf")
    text = text.translate(_PUNCTUATION).casefold()
    return _SPACES.sub(" ", text).strip()
