"""Signed links to one signature, sent by email only.

The confirmation (which also asks the riding) and the page where the signer withdraws or changes
who may see their name. Each purpose has its own salt,
so a token made for one step opens no other; a token names a signature and its petition, and proves
nothing else.

A token is Django's TimestampSigner output ("<value>:<timestamp>:<signature>") with "-" for ":",
because Wagtail routes only path segments made of word characters and hyphens:
"42x7-1xUoxR-TumVVTZV3JH1LXB-dSiKtCnNmaroKcgYQ3vSfVg_saM" (signature 42 of petition 7).
"""

import re

from django.conf import settings
from django.core import signing

CONFIRM = "petitions.confirm"
MANAGE = "petitions.manage"

MAX_AGE = {
    CONFIRM: "PETITION_CONFIRM_LINK_MAX_AGE",
    MANAGE: "PETITION_MANAGE_LINK_MAX_AGE",
}
VALUE = re.compile(r"(\d+)x(\d+)")


def make(signature, purpose):
    signed = signing.TimestampSigner(salt=purpose).sign(f"{signature.pk}x{signature.petition_id}")
    return signed.replace(":", "-", 2)


def read(token, purpose):
    """(signature id, petition id) from a token, or None when it is forged or expired."""
    parts = str(token).split("-", 2)
    if len(parts) != 3:
        return None
    try:
        value = signing.TimestampSigner(salt=purpose).unsign(
            ":".join(parts), max_age=getattr(settings, MAX_AGE[purpose])
        )
    except signing.BadSignature:  # SignatureExpired is one
        return None
    match = VALUE.fullmatch(value)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2))
