"""What the organizers' home panel shows: each open petition's numbers at a glance.

Plain queries (no HTTP): for every open source petition, its counted, unconfirmed and unassigned
signatures, the ridings whose packet is still to be delivered, its goal percentage and its
latest packet batch. petitions/admin/home_panel.py renders them on the Wagtail admin's home page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from petitions import dashboard, delivery, tally
from petitions.models import PacketBatch, PetitionPage
from petitions.packets import batches


@dataclass(frozen=True)
class PetitionSummary:
    petition: PetitionPage
    counted: int
    unconfirmed: int
    unassigned: int
    pending_delivery: int
    goal_percent: int | None
    last_batch: PacketBatch | None
    last_batch_progress: dict | None


def open_petitions():
    """Source petitions that are open for signatures (status open, not past their closing date)."""
    return (
        PetitionPage.objects.sources()
        .filter(status=PetitionPage.Status.OPEN)
        .filter(Q(closes_on__isnull=True) | Q(closes_on__gte=timezone.localdate()))
        .order_by("-first_published_at", "title")
    )


def open_petition_summaries() -> list[PetitionSummary]:
    """One PetitionSummary per open petition, newest first."""
    petitions = list(open_petitions())
    totals = dashboard.totals_by_petition(petitions)
    latest = {}
    for batch in PacketBatch.objects.filter(petition__in=petitions).order_by("created_at", "pk"):
        latest[batch.petition_id] = batch
    summaries = []
    for petition in petitions:
        numbers = totals.get(petition.pk, dict.fromkeys(dashboard.TOTALS, 0))
        batch = latest.get(petition.pk)
        summaries.append(
            PetitionSummary(
                petition=petition,
                counted=numbers["counted"],
                unconfirmed=numbers["unconfirmed"],
                unassigned=numbers["unassigned"],
                pending_delivery=delivery.delivery_counts(petition.pk)["pending"],
                goal_percent=tally.goal_percent(numbers["counted"], petition.goal or 0),
                last_batch=batch,
                last_batch_progress=batches.progress(batch) if batch is not None else None,
            )
        )
    return summaries
