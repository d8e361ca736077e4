"""What the cells of a signature sheet may say (petitions/resources/signatures.py).

Consent, yes or no, in English and in French; the date a signature was signed; the signer's
language.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.text import comparison_key
from petitions.models import Signature
from spreadsheets.resources import cell_date, cell_text

# Spellings of the consent column, in English and French (compared lower-cased, accents
# and punctuation kept out by key()).
SHARE_VALUES = {
    "share_name_with_mp",
    "share",
    "share with mp",
    "share my name",
    "share my name with my mp",
    "yes",
    "y",
    "x",
    "true",
    "1",
    "oui",
    "o",
    "vrai",
    "partager",
    "partager avec le depute",
    "partager avec la deputee",
    "partager mon nom",
    "nom partage",
}
COUNT_ONLY_VALUES = {
    "",
    "count_only",
    "count only",
    "count my signature only",
    "no",
    "n",
    "false",
    "0",
    "non",
    "faux",
    "compter seulement",
    "compter ma signature seulement",
    "compte seulement",
    "compter",
}
YES_VALUES = {"yes", "y", "x", "true", "1", "oui", "o", "vrai"}
NO_VALUES = {"", "no", "n", "false", "0", "non", "faux"}
LANGUAGES = {"en", "fr", "es", "pa", "tl"}


def key(value):
    """A cell's words as they are compared with the lists above.

    Folded like every name (home.text.comparison_key: case, accents, dashes), apostrophes and
    underscores as spaces.
    """
    return re.sub(r"[\s_']+", " ", comparison_key(cell_text(value))).strip()


def clean_consent(value):
    word = key(value)
    if word.replace(" ", "_") == Signature.Consent.SHARE_WITH_MP or word in SHARE_VALUES:
        return Signature.Consent.SHARE_WITH_MP
    if word in COUNT_ONLY_VALUES or word.replace(" ", "_") == Signature.Consent.COUNT_ONLY:
        return Signature.Consent.COUNT_ONLY
    raise ValidationError(
        _(
            "Write “share” (or “yes”, “oui”, “partager”) when the signer shares their name "
            "with their MP, “count only” (or “no”, “non”, empty) otherwise."
        )
    )


def clean_yes_no(value):
    word = key(value)
    if word in YES_VALUES:
        return True
    if word in NO_VALUES:
        return False
    raise ValidationError(_("Write yes or no (oui ou non)."))


def clean_date_signed(value, today):
    try:
        day = cell_date(value)
    except ValueError:
        raise ValidationError(_("Write the date as YYYY-MM-DD, for example 2026-11-21.")) from None
    if day is not None and day > today:
        raise ValidationError(_("This date is in the future."))
    return day
