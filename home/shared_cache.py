"""What the page cache and the page facts caches share: a local copy, and when to forget.

The cache of rendered pages (home/page_cache.py) and the caches of page facts
(home/page_facts.py) both live in the shared cache. In front of a shared cache in another
process (Redis), each web process also keeps the entries it read or stored in its own memory for
LOCAL_TTL seconds, so that a surge of visitors or posts costs no cache round trip per request.
What is forgotten reaches the other processes within LOCAL_TTL (at once in the process that
forgets).
"""

import time

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

LOCAL_TTL = 2
LOCAL_MAX_ENTRIES = 500


def _shared_cache_is_remote():
    return not isinstance(caches["default"], LocMemCache | DummyCache)


class LocalCopy(dict):
    """This process's copy of shared cache entries: key → (monotonic expiry, entry).

    Empty unless the shared cache is in another process: a local memory cache needs no copy.
    """

    def fresh(self, key):
        """The entry kept under `key`, or None when there is none or it is LOCAL_TTL old."""
        found = self.get(key)
        if found is None or found[0] <= time.monotonic():
            return None
        return found[1]

    def remember(self, key, entry):
        if not _shared_cache_is_remote():
            return
        if len(self) >= LOCAL_MAX_ENTRIES:
            self.clear()
        self[key] = (time.monotonic() + LOCAL_TTL, entry)

    def forget(self, keys):
        for key in keys:
            self.pop(key, None)


def connect_forgetting(on_page_change, on_restriction_change, *, dispatch_uid, page_model=None):
    """Connect the receivers that forget cached entries (from an AppConfig.ready()).

    `on_page_change(sender, instance)`: a page was published, unpublished or is being deleted
    (of `page_model` only for deletions, when given). `on_restriction_change(sender, instance)`:
    a view restriction was saved or deleted.
    """
    page_published.connect(on_page_change, dispatch_uid=dispatch_uid)
    page_unpublished.connect(on_page_change, dispatch_uid=dispatch_uid)
    pre_delete.connect(on_page_change, sender=page_model, dispatch_uid=dispatch_uid)
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_change, sender=PageViewRestriction, dispatch_uid=dispatch_uid
        )
