"""Signature totals against the goal, for listings (the petition index, the home page's
featured petitions): a bounded number of queries however many petitions are listed, and none
in the steady state.

Totals are keyed by translation_key, which every translation of a petition shares with the
source page that holds its signatures, so a listing in any language needs no look-up of the
source pages. They come from the shared cache (COUNTS_TTL seconds, like petitions.tally) and
the misses from one grouped query. The goal is the listed page's own (a synchronized field);
a petition's own page uses petitions.tally for its per-riding counts."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count

from petitions.models import Signature
from petitions.tally import COUNTS_TTL


@dataclass
class Progress:
    total: int = 0
    goal: int = 0
    html_id: str = "petition-progress"  # unique in the page: the bar's label refers to it

    @property
    def value(self):
        """The total, capped at the goal (what a progress bar shows)."""
        return min(self.total, self.goal)

    @property
    def percent(self):
        return min(100, self.total * 100 // self.goal) if self.goal else 0

    @property
    def reached(self):
        return bool(self.goal) and self.total >= self.goal


def _key(translation_key):
    return f"petitions:total:{translation_key}"


def totals(translation_keys):
    """{translation key: counted signatures of that petition}, at most COUNTS_TTL old."""
    translation_keys = list(dict.fromkeys(translation_keys))
    if not translation_keys:
        return {}
    cached = cache.get_many([_key(key) for key in translation_keys])
    found = {key: cached[_key(key)] for key in translation_keys if _key(key) in cached}
    missing = [key for key in translation_keys if key not in found]
    if missing:
        rows = dict(
            Signature.objects.counted()
            .filter(petition__translation_key__in=missing)
            .values_list("petition__translation_key")
            .annotate(n=Count("*"))
            .order_by()
        )
        computed = {key: rows.get(key, 0) for key in missing}
        cache.set_many({_key(key): n for key, n in computed.items()}, COUNTS_TTL)
        found.update(computed)
    return found


def attach_progress(pages):
    """Set `page.progress` (a Progress) on each petition page; returns the pages."""
    counted = totals([page.translation_key for page in pages])
    for page in pages:
        page.progress = Progress(
            total=counted.get(page.translation_key, 0),
            goal=page.goal,
            html_id=f"petition-{page.pk}-progress",
        )
    return pages
