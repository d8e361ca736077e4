"""What a form's view needs to know about a page, cached by page id, forgotten when it changes.

Why: the sign and register forms post to plain URLs (petitions/signing/views.py,
events/views/registration.py) so that a surge of signatures or registrations costs no page
routing and no page query: their views read a few facts of the page (live, public, open, its
URL...) from the shared cache instead. Each app says which facts (its `build` function); this
module keeps them and forgets them.

Entries live for `ttl` seconds, keyed by page id. They are forgotten for every version of a page
(translations and aliases, one translation key) when any of them is published, unpublished or
deleted, and for every page below a view restriction saved or deleted (`connect`). What no
signal reports (a page moved, a restriction on an ancestor of an unpublished page) shows within
the ttl.

In front of a shared cache in another process (Redis), each web process also keeps the facts it
read for LOCAL_TTL seconds, as home/page_cache.py keeps pages: a surge of posts costs no cache
round trip for them. What the signals forget reaches the other processes within LOCAL_TTL.
"""

import time

from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished


def location_facts(page):
    """The facts every form's view needs of its page: public, URL and language."""
    return {
        # No view restriction on the page or above it.
        "public": not page.get_view_restrictions().exists(),
        # Relative when one site serves it; "" when it has none.
        "url": page.get_url() or "",
        "language": page.locale.language_code,
    }


LOCAL_TTL = 2
LOCAL_MAX_ENTRIES = 500


class PageFactsCache:
    def __init__(self, model, key_prefix, ttl, build):
        """Facts of `model` pages: `build(page)`, kept `ttl` seconds under `key_prefix`<id>."""
        self.model, self.key_prefix, self.ttl, self.build = model, key_prefix, ttl, build
        self._local = {}  # cache key → (monotonic expiry, facts), with a remote shared cache

    def _remember(self, key, facts):
        if isinstance(caches["default"], LocMemCache | DummyCache):
            return  # the shared cache is this process's memory already
        if len(self._local) >= LOCAL_MAX_ENTRIES:
            self._local.clear()
        self._local[key] = (time.monotonic() + LOCAL_TTL, facts)

    def cache_key(self, page_id):
        return f"{self.key_prefix}{page_id}"

    def for_page_id(self, page_id):
        """The facts of the page `page_id`, or None when there is no such page."""
        key = self.cache_key(page_id)
        found = self._local.get(key)
        if found is not None and found[0] > time.monotonic():
            return found[1]
        facts = cache.get(key)
        if facts is None:
            page = self.model.objects.filter(pk=page_id).select_related("locale").first()
            if page is None:
                return None  # not cached: a page created later may take this id
            facts = self.build(page)
            cache.set(key, facts, self.ttl)
        self._remember(key, facts)
        return facts

    def forget(self, page):
        """Forget the facts of every version of `page` (translations and aliases)."""
        versions = self.model.objects.filter(translation_key=page.translation_key)
        keys = [self.cache_key(pk) for pk in versions.values_list("pk", flat=True)]
        for key in keys:
            self._local.pop(key, None)
        cache.delete_many(keys)

    def _forget_on_publish(self, sender, instance, **kwargs):
        if isinstance(instance, self.model):
            self.forget(instance)

    def _forget_on_restriction(self, sender, instance, **kwargs):
        for page in self.model.objects.descendant_of(instance.page, inclusive=True):
            self.forget(page)

    def connect(self, dispatch_uid):
        """Connect the receivers that forget (from the app's AppConfig.ready())."""
        page_published.connect(self._forget_on_publish, dispatch_uid=dispatch_uid)
        page_unpublished.connect(self._forget_on_publish, dispatch_uid=dispatch_uid)
        pre_delete.connect(self._forget_on_publish, sender=self.model, dispatch_uid=dispatch_uid)
        for signal in (post_save, post_delete):
            signal.connect(
                self._forget_on_restriction, sender=PageViewRestriction, dispatch_uid=dispatch_uid
            )
