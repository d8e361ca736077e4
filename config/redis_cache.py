"""Django's Redis cache backend, with one Redis client per process instead of one per call.

Django's RedisCacheClient builds a new `redis.Redis` object for every cache operation (about
a hundred microseconds of CPU: its response-callback tables are copied each time), which made
a cache read cost four times the round trip it wraps. The petition page served from the cache
and the sign POST each make a few cache calls per request, so that was a good part of their
CPU. A `redis.Redis` object is safe to share between threads (connections come from its
pool, which also notices a fork and starts afresh in the child).

`count_in_window` is the one addition: a counter that starts at 1 with an expiry and counts
up, in one atomic round trip (the rate limits).
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def count_in_window(self, key, window):
        pipeline = self.get_client(key, write=True).pipeline(transaction=True)
        pipeline.set(key, 0, ex=window, nx=True)
        pipeline.incr(key)
        return pipeline.execute()[-1]


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def count_in_window(self, key, window, version=None):
        """Add one to the counter `key`; returns the new count.

        The counter is created with a `window`-second expiry when absent (MULTI: SET NX EX, INCR).
        """
        return self._cache.count_in_window(self.make_and_validate_key(key, version), window)


def count_in_window(cache, key, window):
    """`cache.count_in_window` where the backend has it, else the same from add and incr.

    The fallback takes two round trips, and a key that expires between them restarts at 1.
    """
    if hasattr(cache, "count_in_window"):
        return cache.count_in_window(key, window)
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return 1
