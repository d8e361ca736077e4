"""A signer named in packets leaves them: the stored files of their riding go, and it is redone.

Called when a signer who shared their name with their MP is deleted (by an organizer or by
themselves) or withdraws that consent (petitions/signing/manage.py, petitions/admin/signatures.py).
Every object that may name them goes from the private bucket: each PDF and CSV under the riding's
prefix (older packets and leftovers of interrupted attempts included) and every ZIP of the
petition (a ZIP holds every riding). Their Packet rows go and the batches forget their ZIPs, so
that the riding has no packet: the next "Generate packets" renders it again (no fingerprint to
match), which is what "marked for regeneration" means here (its row on the packets page has
nothing to download).

The rows go in the caller's transaction, so nothing serves the files from then on; the objects are
deleted once it commits. When the bucket cannot be reached then, a task tries again later
(tasks.delete_withdrawn_files), and the daily purge of a finished petition deletes its whole prefix
anyway.
"""

import logging

from django.db import transaction

from petitions.models import Packet, PacketBatch, Signature
from petitions.packets import storage
from petitions.packets.tasks import delete_withdrawn_files

logger = logging.getLogger(__name__)


def names_a_signer(signature):
    """Whether `signature`'s signer may be named in a packet: they share their name, with a riding.

    Unconfirmed or invalidated signers are not listed in packets, but may have been when the
    packet was made (an organizer restores, a signer confirms later): they count as named.
    """
    return (
        signature.consent == Signature.Consent.SHARE_WITH_MP
        and signature.riding_id is not None
        and not signature.anonymized_at
    )


def withdrawn_file_prefixes(petition_id, riding_code):
    """The prefixes under which every stored file that may name a signer of the riding lies."""
    return [
        storage.riding_prefix(petition_id, riding_code),
        f"{storage.petition_prefix(petition_id)}archives/",
    ]


def forget_riding_packets(petition_id, riding):
    """Unrecord the riding's packets and every ZIP of the petition; delete their files on commit.

    `petition_id` is the source page's (packets belong to it), `riding` a Riding.
    """
    Packet.objects.filter(petition_id=petition_id, riding=riding).delete()
    PacketBatch.objects.filter(petition_id=petition_id).exclude(archive_key="").update(
        archive_key=""
    )
    prefixes = withdrawn_file_prefixes(petition_id, riding.code)
    transaction.on_commit(lambda: _delete_or_retry(prefixes), robust=True)


def _delete_or_retry(prefixes):
    if not storage.delete_under(prefixes):
        delete_withdrawn_files.enqueue(prefixes)


def signer_left(signature):
    """`signature` was deleted, or stopped sharing its name: its packets go (when it was named)."""
    if names_a_signer(signature):
        forget_riding_packets(signature.petition_id, signature.riding)
