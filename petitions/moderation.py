"""Spotting and undoing abuse of a petition: who signed how much, and bulk invalidation.

Organizers look at the volume of signatures per hashed IP address and per email domain over a
time range, then invalidate the signatures that match an IP hash, an email domain, a time
range, or a combination of them. Invalid signatures never count (see Signature.COUNTED) and
stay in the database as evidence until the retention purge anonymizes them.

Plain functions over querysets, testable without HTTP. Nothing here logs a name, an email
address or a postal code.
"""

import logging
from dataclasses import dataclass

from django.db.models import Count, Max, Min, Q, Value
from django.db.models.functions import Lower, StrIndex, Substr
from django.utils import timezone

from petitions import tally
from petitions.models import Signature
from petitions.models.signatures import COUNTED

logger = logging.getLogger(__name__)

DEFAULT_TOP = 20


@dataclass(frozen=True)
class Criteria:
    """Which signatures of a petition an organizer means: all of the given conditions hold.

    `start` and `end` are aware datetimes (signed at start <= t < end).
    """

    ip_hash: str = ""
    domain: str = ""
    start: object = None
    end: object = None

    def __bool__(self):
        return bool(self.ip_hash or self.domain or self.start or self.end)


def normalize_domain(value):
    """The domain in `value`, normalized: "@Example.ORG " → "example.org"."""
    return str(value or "").strip().lstrip("@").strip().lower()


def in_range(queryset, start=None, end=None):
    if start:
        queryset = queryset.filter(created_at__gte=start)
    if end:
        queryset = queryset.filter(created_at__lt=end)
    return queryset


def signatures_of(petition_id, start=None, end=None):
    return in_range(Signature.objects.filter(petition_id=petition_id), start, end)


def with_domain(queryset):
    """Annotate `domain`: the lower-cased part of the email after the "@"."""
    return queryset.exclude(email="").annotate(
        domain=Lower(Substr("email", StrIndex("email", Value("@")) + 1))
    )


def _volume(queryset, key, top):
    rows = (
        queryset.values(key)
        .annotate(
            total=Count("pk"),
            counted=Count("pk", filter=COUNTED),
            unconfirmed=Count(
                "pk", filter=Q(confirmed_at__isnull=True, invalidated_at__isnull=True)
            ),
            invalid=Count("pk", filter=Q(invalidated_at__isnull=False)),
            first=Min("created_at"),
            last=Max("created_at"),
        )
        .order_by("-total", key)
    )
    return list(rows[:top])


def volume_by_ip(petition_id, start=None, end=None, top=DEFAULT_TOP):
    """The `top` IP hashes by number of signatures in the range.

    Dicts with ip_hash, total, counted, unconfirmed, invalid, first and last (signing times).
    Signatures without an IP (paper, imports) are left out.
    """
    queryset = signatures_of(petition_id, start, end).exclude(ip_hash="")
    return _volume(queryset, "ip_hash", top)


def volume_by_domain(petition_id, start=None, end=None, top=DEFAULT_TOP):
    """The `top` email domains by number of signatures in the range, as volume_by_ip."""
    queryset = with_domain(signatures_of(petition_id, start, end))
    return _volume(queryset, "domain", top)


def matching(petition_id, criteria):
    """The signatures of the petition that `criteria` designates (invalid ones included)."""
    if not criteria:
        # Never "every signature of the petition" by accident.
        return Signature.objects.none()
    queryset = signatures_of(petition_id, criteria.start, criteria.end)
    if criteria.ip_hash:
        queryset = queryset.filter(ip_hash=criteria.ip_hash)
    if criteria.domain:
        queryset = queryset.filter(email__iendswith="@" + normalize_domain(criteria.domain))
    return queryset


def preview(petition_id, criteria, restoring=False):
    """How many signatures `invalidate` (or `restore`) would change.

    {"total", "counted"}, counted being how many of them count now.
    """
    queryset = matching(petition_id, criteria).filter(invalidated_at__isnull=not restoring)
    return queryset.aggregate(total=Count("pk"), counted=Count("pk", filter=COUNTED))


def invalidate(petition_id, criteria, reason):
    """Invalidate the valid signatures `criteria` designates, with `reason`; returns how many.

    The petition's cached counts are dropped so the change shows at once.
    """
    if not criteria:
        raise ValueError("Refusing to invalidate without criteria.")
    reason = str(reason or "").strip()[: Signature._meta.get_field("invalid_reason").max_length]
    updated = (
        matching(petition_id, criteria)
        .filter(invalidated_at__isnull=True)
        .update(invalidated_at=timezone.now(), invalid_reason=reason)
    )
    tally.forget_counts(petition_id)
    logger.info(
        "Invalidated %d signatures of petition %s (by %s)",
        updated,
        petition_id,
        ", ".join(describe(criteria)) or "nothing",
    )
    return updated


def restore(petition_id, criteria):
    """Undo invalidate: the invalid signatures `criteria` designates become valid again."""
    if not criteria:
        raise ValueError("Refusing to restore without criteria.")
    updated = (
        matching(petition_id, criteria)
        .filter(invalidated_at__isnull=False)
        .update(invalidated_at=None, invalid_reason="")
    )
    tally.forget_counts(petition_id)
    logger.info("Restored %d signatures of petition %s", updated, petition_id)
    return updated


def describe(criteria):
    """The kinds of criteria used (for logs: no values, so no personal data)."""
    kinds = []
    if criteria.ip_hash:
        kinds.append("IP hash")
    if criteria.domain:
        kinds.append("email domain")
    if criteria.start or criteria.end:
        kinds.append("time range")
    return kinds
