"""How long signers' personal data is kept (`manage.py purge_signatures`).

Two rules:

1. Signatures of a finished petition are anonymized SIGNATURE_RETENTION_DAYS after it
   finished. A petition is finished when its status (on the source-language page, which
   holds the signatures) is "closed" or "delivered"; it finished on the latest of its closing
   date and the last time the page was edited or published (the status change itself is
   such an edit, and Wagtail records no separate "closed at"). Taking the latest date means a
   petition is never purged early, for example before its packets are delivered; a petition
   still marked "open" after its closing date is never purged: close it first.
   Anonymizing blanks the name, email, postal code, city and hashed IP, clears the updates
   opt-in and sets anonymized_at; it keeps petition, riding, province, consent, source,
   language and the signed, confirmed and invalidated times, so counts per riding and
   province stay as they were.
2. Signatures never confirmed are deleted UNCONFIRMED_SIGNATURE_DAYS after they were made,
   on every petition (they never counted; invalidated ones included).

Both are idempotent. Nothing here logs personal data.

Delivery packets name signers, so anonymizing a petition also deletes its packets: every
object under its prefix in the private bucket (PDFs, CSVs, ZIPs, leftovers of interrupted
attempts) and then its Packet and PacketBatch rows (the delivery log stays: it names no
signer). When the bucket cannot be reached, the rows stay and the next run tries again.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from petitions.models import Packet, PacketBatch, PetitionPage, Signature
from petitions.packets import storage

logger = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 180
DEFAULT_UNCONFIRMED_DAYS = 7
FINISHED = [PetitionPage.Status.CLOSED, PetitionPage.Status.DELIVERED]
ANONYMIZED_VALUES = {
    "full_name": "",
    "email": "",
    "postal_code": "",
    "city": "",
    "ip_hash": "",
    "updates_opt_in": False,
}


def retention_days():
    return getattr(settings, "SIGNATURE_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def unconfirmed_days():
    return getattr(settings, "UNCONFIRMED_SIGNATURE_DAYS", DEFAULT_UNCONFIRMED_DAYS)


def finished_on(petition):
    """The date a closed or delivered petition finished, as described above."""
    dates = [
        petition.closes_on,
        *(
            timezone.localdate(moment)
            for moment in (petition.latest_revision_created_at, petition.last_published_at)
            if moment
        ),
    ]
    dates = [d for d in dates if d]
    return max(dates) if dates else None


def petitions_to_anonymize(days, today=None):
    """Source-language petitions finished more than `days` days before `today`."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=days)
    # Signatures belong to source pages only, so only pages holding signatures matter.
    candidates = PetitionPage.objects.filter(
        status__in=FINISHED, pk__in=Signature.objects.values("petition_id")
    ).order_by("pk")
    return [p for p in candidates if (finished_on(p) or today) < cutoff]


@dataclass
class PurgeReport:
    # [(petition, number of signatures anonymized or to anonymize)]
    anonymized: list = field(default_factory=list)
    # [(petition, number of unconfirmed signatures deleted or to delete)]
    deleted: list = field(default_factory=list)
    # [(petition, number of packets deleted or to delete)]
    packets: list = field(default_factory=list)
    # [(petition, why its packets could not be deleted)]
    packet_errors: list = field(default_factory=list)

    @property
    def anonymized_total(self):
        return sum(n for _petition, n in self.anonymized)

    @property
    def deleted_total(self):
        return sum(n for _petition, n in self.deleted)

    @property
    def packets_total(self):
        return sum(n for _petition, n in self.packets)


def stale_unconfirmed(days, now=None):
    """The signatures never confirmed and made more than `days` days ago."""
    now = now or timezone.now()
    return Signature.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - datetime.timedelta(days=days)
    )


def delete_unconfirmed(days, dry_run=False, now=None):
    """Delete the signatures never confirmed and made more than `days` days ago."""
    queryset = stale_unconfirmed(days, now=now)
    per_petition = dict(
        queryset.values_list("petition_id").annotate(n=Count("pk")).order_by("petition_id")
    )
    petitions = PetitionPage.objects.in_bulk(list(per_petition))
    result = [(petitions[pk], n) for pk, n in per_petition.items() if pk in petitions]
    if not dry_run and per_petition:
        queryset.delete()
    return result


def anonymize_finished(days, dry_run=False, today=None, deleted=None):
    """Anonymize the signatures of petitions finished more than `days` days ago.

    `deleted`: signatures about to be deleted, left out of a dry run's numbers.
    """
    result = []
    now = timezone.now()
    for petition in petitions_to_anonymize(days, today=today):
        queryset = Signature.objects.filter(petition=petition, anonymized_at__isnull=True)
        if dry_run:
            if deleted is not None:
                queryset = queryset.exclude(pk__in=deleted.values("pk"))
            n = queryset.count()
        else:
            n = queryset.update(anonymized_at=now, **ANONYMIZED_VALUES)
        if n:
            result.append((petition, n))
    return result


def delete_packets(petition, dry_run=False):
    """Delete the petition's packets (objects, then rows).

    Returns how many Packet rows went (or would go). StorageUnavailable when the bucket cannot be
    reached.
    """
    packets = Packet.objects.filter(petition=petition)
    batches = PacketBatch.objects.filter(petition=petition)
    n = packets.count()
    if dry_run or not (n or batches.exists()):
        return n
    storage.delete(*storage.list_names(storage.petition_prefix(petition.pk)))
    with transaction.atomic():
        batches.delete()
        packets.delete()
    return n


def delete_finished_packets(petitions, report, dry_run=False):
    for petition in petitions:
        try:
            n = delete_packets(petition, dry_run=dry_run)
        except storage.StorageUnavailable as error:
            report.packet_errors.append((petition, str(error)))
            logger.error("Packets of petition %s could not be deleted: %s", petition.pk, error)
            continue
        if n:
            report.packets.append((petition, n))


def purge(retention=None, unconfirmed=None, dry_run=False):
    """Apply both rules (unconfirmed deletions first); returns a PurgeReport."""
    retention = retention_days() if retention is None else retention
    unconfirmed = unconfirmed_days() if unconfirmed is None else unconfirmed
    report = PurgeReport(deleted=delete_unconfirmed(unconfirmed, dry_run=dry_run))
    report.anonymized = anonymize_finished(
        retention, dry_run=dry_run, deleted=stale_unconfirmed(unconfirmed)
    )
    # Every finished petition, not only those anonymized now: a run that could not reach
    # the bucket left packets behind.
    delete_finished_packets(petitions_to_anonymize(retention), report, dry_run=dry_run)
    if not dry_run:
        logger.info(
            "Signature purge: deleted %d unconfirmed, anonymized %d on %d petitions, "
            "deleted %d packets",
            report.deleted_total,
            report.anonymized_total,
            len(report.anonymized),
            report.packets_total,
        )
    return report
