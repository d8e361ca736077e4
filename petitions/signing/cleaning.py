"""Cleaning what signers type: emails and names.

Postal codes are cleaned by petitions/ridings/postal_codes.py. Plain functions, used by the sign
form and by imports alike.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

MAX_NAME_LENGTH = 200


def canonical_email(value):
    """An email address trimmed and lower-cased, so that one address is one signer.

    ValidationError when it is not an email address.
    """
    email = str(value or "").strip().lower()
    if not email:
        raise ValidationError(_("Enter your email address."), code="required")
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(
            _("Enter a valid email address, for example name@example.com."), code="invalid"
        ) from None
    return email


def fold_text(value, keep_joiners=False):
    """`value` without control or invisible format characters, in NFC.

    Runs of white space are folded to one space. Zero-width (non-)joiners shape Gurmukhi and other
    scripts: names keep them (`keep_joiners`).
    """
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} or ch.isspace() else ch
        for ch in str(value or "")
        if unicodedata.category(ch) != "Cf" or (keep_joiners and ch in "\u200c\u200d")
    )
    # Normalized after the removals: a format character between a letter and its accent
    # would otherwise leave them uncomposed, and one name stored two ways.
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


def clean_name(value):
    """A name as people write it (fold_text); ValidationError when empty or too long."""
    name = fold_text(value, keep_joiners=True)
    if not name:
        raise ValidationError(_("Enter your full name."), code="required")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("Your name can have at most %(limit)d characters.") % {"limit": MAX_NAME_LENGTH},
            code="max_length",
        )
    return name
