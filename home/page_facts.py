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
read for a moment, as home/page_cache.py keeps pages (home/shared_cache.py): a surge of posts
costs no cache round trip for them.
"""

from django.core.cache import cache

from home.shared_cache import LocalCopy, connect_forgetting


def location_facts(page):
    """The facts every form's view needs of its page: public, URL and language."""
    return {
        # No view restriction on the page or above it.
        "public": not page.get_view_restrictions().exists(),
        # Relative when one site serves it; "" when it has none.
        "url": page.get_url() or "",
        "language": page.locale.language_code,
    }


class PageFactsCache:
    def __init__(self, model, key_prefix, ttl, build):
        """Facts of `model` pages: `build(page)`, kept `ttl` seconds under `key_prefix`<id>."""
        self.model, self.key_prefix, self.ttl, self.build = model, key_prefix, ttl, build
        self._local = LocalCopy()

    def cache_key(self, page_id):
        return f"{self.key_prefix}{page_id}"

    def for_page_id(self, page_id):
        """The facts of the page `page_id`, or None when there is no such page."""
        key = self.cache_key(page_id)
        facts = self._local.fresh(key)
        if facts is not None:
            return facts
        facts = cache.get(key)
        if facts is None:
            page = self.model.objects.filter(pk=page_id).select_related("locale").first()
            if page is None:
                return None  # not cached: a page created later may take this id
            facts = self.build(page)
            cache.set(key, facts, self.ttl)
        self._local.remember(key, facts)
        return facts

    def forget(self, page):
        """Forget the facts of every version of `page` (translations and aliases)."""
        self._forget_versions([page.translation_key])

    def _forget_versions(self, translation_keys):
        versions = self.model.objects.filter(translation_key__in=translation_keys)
        keys = [self.cache_key(pk) for pk in versions.values_list("pk", flat=True)]
        self._local.forget(keys)
        cache.delete_many(keys)

    def _forget_on_publish(self, sender, instance, **kwargs):
        if isinstance(instance, self.model):
            self.forget(instance)

    def _forget_on_restriction(self, sender, instance, **kwargs):
        # Every page below the restriction, in one query.
        below = self.model.objects.descendant_of(instance.page, inclusive=True)
        self._forget_versions(below.values("translation_key"))

    def connect(self, dispatch_uid):
        """Connect the receivers that forget (from the app's AppConfig.ready())."""
        connect_forgetting(
            self._forget_on_publish,
            self._forget_on_restriction,
            dispatch_uid=dispatch_uid,
            page_model=self.model,
        )
