"""Signature counts per petition, riding and province.

Counts are computed by one grouped query over the counted signatures (a partial index covers
it) and cached for COUNTS_TTL seconds, so they are at most that stale. Nothing adds one to a
hot row per signature: that lock contention is what took the UK Parliament petitions site
down in 2019.

Listings (the petition index, the home page's featured petitions) need only totals against
the goal (Progress, totals(), attach_progress()): a bounded number of queries however many
petitions are listed, and none in the steady state. Totals are keyed by translation_key,
which every translation of a petition shares with the source page that holds its signatures,
so a listing in any language needs no look-up of the source pages. The goal is the listed
page's own (a synchronized field).
"""

from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count
from django.utils import timezone

from petitions.models import Signature
from petitions.ridings.cache import ridings_by_id

COUNTS_TTL = 60


@dataclass
class Counts:
    total: int = 0
    unassigned: int = 0  # counted signatures whose riding is not known yet
    by_riding: dict = field(default_factory=dict)  # riding code → count
    by_province: dict = field(default_factory=dict)  # province code → count
    # When these counts were computed (ISO 8601, UTC); not part of equality.
    computed_at: str = field(default="", compare=False)


def compute_counts(petition_id):
    rows = (
        Signature.objects.counted()
        .filter(petition_id=petition_id)
        .values_list("riding_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    ridings = ridings_by_id()
    counts = Counts(computed_at=timezone.now().isoformat())
    for riding_id, n in rows:
        counts.total += n
        if riding_id is None or riding_id not in ridings:
            counts.unassigned += n
            continue
        code, province = ridings[riding_id]
        counts.by_riding[code] = counts.by_riding.get(code, 0) + n
        counts.by_province[province] = counts.by_province.get(province, 0) + n
    return counts


def petition_counts(petition):
    """Counts of a petition (any translation of it), at most COUNTS_TTL seconds old."""
    petition_id = petition.source_petition.pk
    key = f"tally:petition:{petition_id}"
    data = cache.get(key)
    if data is None:
        data = asdict(compute_counts(petition_id))
        cache.set(key, data, COUNTS_TTL)
    return Counts(**data)


def public_count(count):
    """`count` as public pages and JSON may show it: None when 0 < count < the threshold.

    A riding with one or two signers narrows them down to a few households, so public outputs say
    "fewer than PUBLIC_COUNT_THRESHOLD" instead; totals stay exact, organizers see every count.
    """
    return None if 0 < count < settings.PUBLIC_COUNT_THRESHOLD else count


def payload_cache_key(petition_id):
    """Where petitions.api keeps the counts JSON built from these counts."""
    return f"tally:payload:{petition_id}"


def forget_counts(petition_id):
    """Drop the cached counts, and what is built from them.

    Used after bulk changes organizers make (invalidations, imports).
    """
    cache.delete_many([f"tally:petition:{petition_id}", payload_cache_key(petition_id)])


def goal_percent(total: int, goal: int) -> int | None:
    """The share of the goal reached, in whole percent, or None without a goal.

    The one rounding of goal percentages (public progress bar, admin dashboard, home panel):
    rounded down and capped at 100, so that 100% means the goal is reached (19,990 of 20,000
    is 99%, never a premature 100%).
    """
    if not goal:
        return None
    return min(100, total * 100 // goal)


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
        return goal_percent(self.total, self.goal) or 0

    @property
    def reached(self):
        return bool(self.goal) and self.total >= self.goal

    @property
    def next_milestone(self):
        """The count to aim for next: the goal, then each further half of the goal.

        A petition past its goal still shows a target ("800 more to reach 7,500"): supporters
        sign more readily toward a number in reach than past a finished bar.
        """
        if not self.goal:
            return 0
        if self.total < self.goal:
            return self.goal
        step = max(1, self.goal // 2)
        return (self.total // step + 1) * step

    @property
    def remaining(self):
        """Signatures still needed to reach the next milestone."""
        return self.next_milestone - self.total if self.goal else 0


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
