"""What the sign view needs to know about a petition page, cached.

Whether the page is live and public, its URL, and the terms of the petition it belongs to (the
source page's status, closing date and confirmation rule). Cached so that a signature costs no page
query.

Entries live in the shared cache for FACTS_TTL seconds, keyed by page id, and are forgotten when
the cached page is (home/page_cache.py: publishing, unpublishing or deleting any translation, a
view restriction saved or deleted; receivers connected in petitions/apps.py). What no signal
reports (a page moved, a restriction on an ancestor of an unpublished page) shows within
FACTS_TTL. The closing date is compared with today's date at each request, never cached as
"open".
"""

from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.utils import timezone

from petitions.models import PetitionPage
from petitions.tally import COUNTS_TTL

FACTS_TTL = COUNTS_TTL
KEY_PREFIX = "petitions:facts:"
OPEN = "open"  # PetitionPage.Status.OPEN, without importing the models here


@dataclass(frozen=True)
class PetitionFacts:
    page_id: int
    source_id: int  # the source-language page that signatures belong to
    status: str
    closes_on: date | None
    confirmation_required: bool
    live: bool = True
    # No view restriction on the page or above it.
    public: bool = True
    # The page's URL (relative when one site serves it), "" when it has none.
    url: str = ""
    language: str = ""  # of the page's locale

    @property
    def is_open(self):
        """PetitionPage.is_open, from the source page's terms."""
        if self.status != OPEN:
            return False
        return self.closes_on is None or self.closes_on >= timezone.localdate()

    def route_url(self, name, *args):
        """The URL of one of the page's routes (PetitionPage's `path()`s)."""
        return self.url + PetitionPage.get_resolver().reverse(name, *args)

    @classmethod
    def of(cls, page, *, with_location=False):
        """The facts of a PetitionPage instance.

        Its terms only (no query but the source page's lookup), or also whether it is public and
        its URL (`with_location`).
        """
        source = page.source_petition
        facts = {
            "page_id": page.pk,
            "source_id": source.pk,
            "status": source.status,
            "closes_on": source.closes_on,
            "confirmation_required": source.confirmation_required,
            "live": page.live,
        }
        if with_location:
            facts["public"] = not page.get_view_restrictions().exists()
            facts["url"] = page.get_url() or ""
            facts["language"] = page.locale.language_code
        return cls(**facts)


def cache_key(page_id):
    return f"{KEY_PREFIX}{page_id}"


def for_page_id(page_id):
    """The PetitionFacts of the petition page `page_id`, or None when there is no such page."""
    key = cache_key(page_id)
    facts = cache.get(key)
    if facts is None:
        page = PetitionPage.objects.filter(pk=page_id).first()
        if page is None:
            return None  # not cached: a page created later may take this id
        facts = PetitionFacts.of(page, with_location=True)
        cache.set(key, facts, FACTS_TTL)
    return facts


def forget(page_ids):
    cache.delete_many([cache_key(page_id) for page_id in page_ids])


def forget_petition(page):
    """Forget the facts of every version of a petition (translations and aliases)."""
    forget(
        PetitionPage.objects.filter(translation_key=page.translation_key).values_list(
            "pk", flat=True
        )
    )


def forget_on_publish(sender, instance, **kwargs):
    """page_published, page_unpublished and pre_delete receiver."""
    if isinstance(instance, PetitionPage):
        forget_petition(instance)


def forget_on_restriction(sender, instance, **kwargs):
    """PageViewRestriction post_save / post_delete receiver: the page may be public no more."""
    for page in PetitionPage.objects.descendant_of(instance.page, inclusive=True):
        forget_petition(page)
