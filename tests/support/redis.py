"""The default cache on a real Redis server (127.0.0.1:6379), as in production.

It is for the tests of what shares a cache between processes: rate limits, the page cache.
"""

import contextlib

from django.core.cache import caches


@contextlib.contextmanager
def default_cache_on_redis(settings, url, backend, prefix):
    """Put the default cache on Redis at `url` with `backend` and `prefix`.

    `prefix` is a key prefix of the test's own (other test runs may share the database). Yields the
    cache, and deletes every key under the prefix afterwards. `settings` is pytest-django's
    fixture.
    """
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": url, "KEY_PREFIX": prefix}}
    cache = caches["default"]
    yield cache
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
