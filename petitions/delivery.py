"""⑥ Delivery: what organizers need to know to deliver packets to the MPs' offices.

Plain queries (no HTTP) about a petition's packets: each riding's newest packet and latest
delivery, how many ridings are delivered or pending, the rows of the petition summary PDF, and the
names the downloaded files get.

The screens that show them are in petitions/admin/packets.py and packet_files.py; the delivery
log itself is the Delivery model (petitions/admin/deliveries.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.utils import timezone

from petitions.models import Delivery, Packet, PacketBatch, PetitionPage, Riding, Signature
from petitions.packets import batches, storage
from petitions.packets.records import SummaryRow


def newest_packets(petition_id: int) -> dict:
    """{riding id: its newest Packet} for the petition."""
    newest = (
        Packet.objects.filter(petition_id=petition_id, riding=OuterRef("riding"))
        .order_by("-generated_at", "-pk")
        .values("pk")[:1]
    )
    packets = (
        Packet.objects.filter(petition_id=petition_id)
        .annotate(newest_pk=Subquery(newest))
        .filter(pk=F("newest_pk"))
    )
    return {packet.riding_id: packet for packet in packets}


def delivered_ridings(petition_id: int) -> dict:
    """{riding id: its latest Delivery} for the petition."""
    found = {}
    for delivery in Delivery.objects.filter(petition_id=petition_id).order_by(
        "-delivered_on", "-recorded_at"
    ):
        found.setdefault(delivery.riding_id, delivery)
    return found


def delivery_counts(petition_id: int) -> dict:
    """{"delivered", "pending"}: ridings with counted signatures, delivered or not.

    "delivered": those whose packet was delivered at least once; "pending": the others.
    """
    ridings = set(batches.riding_ids_to_generate(petition_id))
    delivered = set(
        Delivery.objects.filter(petition_id=petition_id, riding_id__in=ridings).values_list(
            "riding_id", flat=True
        )
    )
    return {"delivered": len(delivered), "pending": len(ridings - delivered)}


@dataclass(frozen=True)
class RidingCount:
    """A riding with counted signatures on a petition.

    How many, and how many of their signers agreed to share their name with the MP.
    """

    riding: Riding
    count: int
    named: int


def riding_counts(petition_id: int) -> list[RidingCount]:
    """Per riding with counted signatures: riding, count, named count (by province, then code)."""
    counts = (
        Signature.objects.counted()
        .filter(petition_id=petition_id, riding__isnull=False)
        .values_list("riding_id")
        .annotate(
            n=Count("pk"), named=Count("pk", filter=Q(consent=Signature.Consent.SHARE_WITH_MP))
        )
        .order_by()
    )
    by_riding = {riding_id: (n, named) for riding_id, n, named in counts}
    ridings = Riding.objects.in_bulk(list(by_riding))
    return sorted(
        (RidingCount(ridings[pk], *numbers) for pk, numbers in by_riding.items()),
        key=lambda row: (row.riding.province, row.riding.code),
    )


def summary_rows(petition_id: int, language: str) -> list[SummaryRow]:
    """The rows of the petition summary PDF in `language` ("en" or "fr").

    Each riding with counted signatures, its counts, and the date of its latest delivery (None:
    pending).
    """
    deliveries = delivered_ridings(petition_id)
    return [
        SummaryRow(
            riding_code=row.riding.code,
            riding_name=row.riding.name_fr if language == "fr" else row.riding.name_en,
            province=row.riding.province,
            signature_count=row.count,
            named_count=row.named,
            delivered_on=deliveries[row.riding.pk].delivered_on
            if row.riding.pk in deliveries
            else None,
        )
        for row in riding_counts(petition_id)
    ]


def download_file_name(petition: PetitionPage, packet: Packet, extension: str) -> str:
    """A packet's download name: "<petition slug>-35001-Toronto-Centre.pdf".

    The riding's name is in the packet's language.
    """
    riding = packet.riding
    name = riding.name_fr if packet.language.startswith("fr") else riding.name_en
    return f"{petition.slug}-{riding.code}-{storage.file_name_part(name)}.{extension}"


def archive_file_name(petition: PetitionPage, batch: PacketBatch) -> str:
    """A batch's download name: "<petition slug>-packets-2025-10-01.zip".

    The ZIP of every riding's packet of a batch, dated by the day the batch started.
    """
    return f"{petition.slug}-packets-{timezone.localtime(batch.created_at):%Y-%m-%d}.zip"
