"""What the register view needs to know about an event page, cached.

Why: a rally announced in one post brings a crowd to register at once. With these facts cached,
a registration costs no page query (no routing, no page, no translation lookup): only the
registration's own statements (events/registration/places.py), as a signature costs only its own
(petitions/signing/facts.py does the same for petitions).

Entries live in the shared cache for FACTS_TTL seconds, keyed by page id, and are forgotten when
any translation of the event is published, unpublished or deleted, or a view restriction is saved
or deleted (home/page_facts.py). Whether the event is over is compared with
the time at each request, never cached as "open".
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from events.choices import Status
from events.models import EventPage
from home.page_facts import PageFactsCache, location_facts

FACTS_TTL = 60
KEY_PREFIX = "events:facts:"


@dataclass(frozen=True)
class EventFacts:
    page_id: int
    # The source-language event page that registrations belong to.
    source_id: int
    live: bool
    registration_enabled: bool
    status: str
    ends_at: datetime.datetime | None
    privacy_mode: str
    capacity: int | None  # None: no limit
    # The page's own (translated) questions, one a line: the form's labels and the answers' keys.
    registration_questions: str
    # No view restriction on the page or above it.
    public: bool = True
    # The page's URL (relative when one site serves it), "" when it has none.
    url: str = ""
    language: str = ""  # of the page's locale

    @property
    def registration_open(self):
        if not self.registration_enabled or self.status != Status.SCHEDULED:
            return False
        return self.ends_at is None or self.ends_at >= timezone.now()

    def route_url(self, name, *args):
        """The URL of one of the page's routes (EventPage's `path()`s)."""
        return self.url + EventPage.get_resolver().reverse(name, *args)

    @classmethod
    def of(cls, page, *, with_location=False):
        """The facts of an EventPage (any language).

        Its terms only (one query, for the source page), or also whether it is public and its
        URL (`with_location`).
        """
        source = page.source_event
        facts = {
            "page_id": page.pk,
            "source_id": source.pk,
            "live": page.live,
            "registration_enabled": source.registration_enabled,
            "status": source.status,
            "ends_at": source.ends_at,
            "privacy_mode": source.privacy_mode,
            "capacity": source.capacity,
            "registration_questions": page.registration_questions,
        }
        if with_location:
            facts.update(location_facts(page))
        return cls(**facts)


# Cached for the register view, forgotten as home/page_facts.py says (connected in events/apps.py).
facts_cache = PageFactsCache(
    EventPage, KEY_PREFIX, FACTS_TTL, lambda page: EventFacts.of(page, with_location=True)
)
for_page_id = facts_cache.for_page_id
