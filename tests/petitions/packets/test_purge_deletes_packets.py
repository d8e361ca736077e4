"""`manage.py purge_signatures` deletes the delivery packets of the petitions it anonymizes.

They name signers. Objects in the bucket first (real SeaweedFS), then the rows; the delivery log
stays.
"""

import datetime

import pytest
from django.core.management import CommandError
from django.test import TestCase
from django.utils import timezone

from petitions.models import Delivery, Packet, PacketBatch, PacketJob, PetitionPage, Signature
from petitions.packets import storage, tasks
from tests.factories.packets import DeliveryFactory, make_packet_petition
from tests.support import s3
from tests.support.commands import run_command

s3_server = s3.s3_server
private_storage = s3.private_storage

pytestmark = pytest.mark.django_db


def finish(petition, days_ago):
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    PetitionPage.objects.filter(pk=petition.pk).update(
        status=PetitionPage.Status.CLOSED,
        closes_on=moment.date(),
        latest_revision_created_at=moment,
        last_published_at=moment,
    )


def purge(*args):
    return run_command("purge_signatures", *args, with_stderr=True)


@pytest.fixture
def packets(private_storage, home_page):
    petition, ridings = make_packet_petition(home_page)
    with TestCase.captureOnCommitCallbacks(execute=True):
        tasks.start_batch(petition, None)
    DeliveryFactory(petition=petition, riding=ridings["toronto"])
    return petition


@pytest.mark.s3
def test_anonymizing_a_petition_deletes_its_packets_and_files(packets):
    petition = packets
    names = storage.list_names(storage.petition_prefix(petition.pk))
    assert len(names) == 7  # 3 PDFs, 3 CSVs, the ZIP
    finish(petition, days_ago=200)

    dry = purge("--dry-run")
    assert f"Would delete 3 delivery packet(s) of petition {petition.pk}" in dry
    assert Packet.objects.count() == 3
    assert len(storage.list_names(storage.petition_prefix(petition.pk))) == 7

    output = purge()

    assert f"Deleted 3 delivery packet(s) of petition {petition.pk}" in output
    assert storage.list_names(storage.petition_prefix(petition.pk)) == []
    assert not Packet.objects.exists()
    assert not PacketBatch.objects.exists() and not PacketJob.objects.exists()
    assert Delivery.objects.count() == 1
    assert not Signature.objects.exclude(full_name="").exists()
    # Again: nothing left to do.
    assert "delivery packet" not in purge()


@pytest.mark.s3
def test_packets_of_a_recent_or_open_petition_stay(packets):
    petition = packets
    finish(petition, days_ago=10)
    purge()
    assert Packet.objects.count() == 3
    assert len(storage.list_names(storage.petition_prefix(petition.pk))) == 7


def test_an_unreachable_bucket_fails_the_command_and_keeps_the_rows(home_page):
    # The test settings' S3 endpoint is a closed port.
    petition, _ridings = make_packet_petition(home_page)
    PacketBatch.objects.create(petition=petition, finished_at=timezone.now())
    finish(petition, days_ago=200)

    with pytest.raises(CommandError, match="could not be deleted"):
        purge()

    # The signatures are anonymized all the same; the batch stays for the next run.
    assert not Signature.objects.exclude(full_name="").exists()
    assert PacketBatch.objects.count() == 1
