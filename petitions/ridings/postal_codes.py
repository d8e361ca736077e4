"""Postal codes as people type them, and their canonical forms.

The one place that says what may separate the parts of a code (the sign form, imports, admin
searches, Represent look-ups).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from localflavor.ca.forms import CAPostalCodeField

# What people type between the two halves of a postal code ("M5S 2T9", "M5S-2T9"): white
# space and hyphens of any kind.
_POSTAL_CODE_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2013]+")
_postal_code_field = CAPostalCodeField()


def compact_postal_code(value):
    """A postal code without white space or hyphens, upper-cased.

    "m5s 2t9", " M5S-2T9 " → "M5S2T9".

    The one place that says what may separate the parts of a postal code (the sign form, imports,
    admin searches, Represent look-ups).
    """
    return _POSTAL_CODE_SEPARATORS.sub("", str(value or "")).upper()


def normalize_postal_code(value):
    """A postal code in its canonical form.

    "m5s2t9", " M5S 2t9 ", "M5S-2T9" → "M5S 2T9"; ValidationError when it is not a Canadian code.
    """
    compact = compact_postal_code(value)
    if not compact:
        raise ValidationError(_("Enter your postal code."), code="required")
    try:
        return _postal_code_field.clean(compact)
    except ValidationError:
        raise ValidationError(
            _("Enter a Canadian postal code, for example K1A 0A6."), code="invalid"
        ) from None
