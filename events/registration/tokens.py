"""The private link's token and the registrant's code.

The token is random and only its SHA-256 is stored: the link works for whoever holds it, and the
database alone opens no registrant's private page. The code is short, unambiguous to read aloud
(no 0/O, 1/I/L) and printed on the check-in sheet of anonymous events.
"""

import hashlib
import secrets

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_token():
    return secrets.token_urlsafe(24)


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def new_code():
    """An 8-character code, shown as two groups of four (ABCD-2345)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"
