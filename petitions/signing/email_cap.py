"""At most a few emails a day to one address, whatever petitions it is typed into.

The sign form takes any address, so without a cap it would send the coalition's emails to a
stranger as often as someone posts it. PETITION_EMAILS_PER_ADDRESS = (count, seconds): a counter
per address in the shared cache, started by the first email and kept `seconds`. The key is a
keyed hash of the address (the cache never holds it), so the cap holds across petitions and
processes.
"""

import contextlib
import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

KEY_PREFIX = "petitions:emails-to:"


def _key(address):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), address.strip().lower().encode(), hashlib.sha256
    ).hexdigest()
    return KEY_PREFIX + digest[:40]


def allow_email_to(address):
    """Count one email to `address`; False when it is over the cap (then do not send it)."""
    limit, seconds = settings.PETITION_EMAILS_PER_ADDRESS
    key = _key(address)
    cache.add(key, 0, timeout=seconds)
    try:
        sent = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, timeout=seconds)
        sent = 1
    return sent <= limit


def uncount(address):
    """Give back the email counted for `address` when sending it failed."""
    # ValueError: expired meanwhile, nothing to give back.
    with contextlib.suppress(ValueError):
        cache.decr(_key(address))
