"""The per-address rate limit on registering, in the shared cache signing uses.

Same counter (config/redis_cache.py) and same client network hash (home/client_ip.py) as
signing's limit, with its own key and setting (EVENT_RATE_LIMIT).
"""

from django.conf import settings
from django.core.cache import cache

from config.redis_cache import count_in_window
from home.client_ip import client_ip, hash_ip


def allow_registering(request, event_id):
    """Count one registration attempt of the request's client network for this event.

    False once it has made more than EVENT_RATE_LIMIT's count within its window. The hash of the
    network is the key of a short-lived counter; nothing about the address is stored with the
    registration.
    """
    limit, window = settings.EVENT_RATE_LIMIT
    if limit <= 0:
        return True
    key = f"events:rate:{event_id}:{hash_ip(client_ip(request)) or 'none'}"
    return count_in_window(cache, key, window) <= limit
