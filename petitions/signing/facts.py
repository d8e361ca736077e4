"""What the sign view needs to know about a petition page, cached.

Whether the page is live and public, its URL, and the terms of the petition it belongs to (the
source page's status, closing date and confirmation rule). Cached so that a signature costs no page
query.

Entries live in the shared cache for FACTS_TTL seconds, keyed by page id, and are forgotten when
any translation is published, unpublished or deleted, or a view restriction is saved or deleted
(home/page_facts.py). The closing date is compared with today's date at each request, never
cached as "open".
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from home.page_facts import PageFactsCache, location_facts
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
            facts.update(location_facts(page))
        return cls(**facts)


# Cached for the sign view, forgotten as home/page_facts.py says (connected in petitions/apps.py).
facts_cache = PageFactsCache(
    PetitionPage, KEY_PREFIX, FACTS_TTL, lambda page: PetitionFacts.of(page, with_location=True)
)
cache_key = facts_cache.cache_key
for_page_id = facts_cache.for_page_id
