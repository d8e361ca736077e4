"""The per-address rate limit on signing.

A counter per petition and hashed client address in the shared cache (home/client_ip.py gives the
address and its hash).
"""

from django.conf import settings
from django.core.cache import cache

from config.redis_cache import count_in_window


def allow_signing(petition_id, ip_hash):
    """Count one signing attempt from this (hashed) address on this petition.

    False once it has made more than PETITION_RATE_LIMIT's count within its window. The window
    starts at the first attempt; the counter lives in the shared cache, so every web process sees
    it.
    """
    limit, window = settings.PETITION_RATE_LIMIT
    if limit <= 0:
        return True
    key = f"petitions:rate:{petition_id}:{ip_hash or 'none'}"
    return count_in_window(cache, key, window) <= limit
