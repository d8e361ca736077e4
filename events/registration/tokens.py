"""The private link's token and the registrant's code.

The code is random, short, unambiguous to read aloud (no 0/O, 1/I/L) and printed on the check-in
sheet of anonymous events. The token is an HMAC of the event and the code under SECRET_KEY, and
only its SHA-256 is stored: the link works for whoever holds it, and the database alone (codes
included) opens no registrant's private page. Derived rather than drawn at random so that the
email sweep (events/registration/emails.py) can write the link without the token ever being
stored, not even in a task's arguments.
"""

import base64
import hashlib
import secrets

from django.conf import settings
from django.utils.crypto import salted_hmac

HMAC_SALT = "events.registration.private-link"

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def private_token(event_id, code, secret=None):
    """The private link's token of the registration `code` at event `event_id` (32 characters).

    `secret`: a key of SECRET_KEY_FALLBACKS instead of SECRET_KEY (`candidate_tokens`).
    """
    value = f"{event_id}:{code}"
    digest = salted_hmac(HMAC_SALT, value, secret=secret, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest[:24]).decode()


def candidate_tokens(event_id, code):
    """The token under SECRET_KEY, then under each key it replaced (a link sent meanwhile)."""
    yield private_token(event_id, code)
    for secret in settings.SECRET_KEY_FALLBACKS:
        yield private_token(event_id, code, secret=secret)


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def new_code():
    """An 8-character code, shown as two groups of four (ABCD-2345)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"
