"""SeaweedFS stopped in the middle of a batch.

The ridings that could not be uploaded fail with a clear error and no Packet row, the batch
finishes with failures (and no ZIP), and once the server is back "Retry failed ridings" completes
it. A dedicated SeaweedFS server, stopped and started again on the same ports and data.
"""

import io
import zipfile

import pytest
from django.test import TestCase

from config import seaweedfs
from petitions.models import Packet, PacketJob
from petitions.packets import batches, storage, tasks
from tests.factories.packets import make_packet_petition
from tests.support import s3

pytestmark = [pytest.mark.django_db, pytest.mark.s3]

Status = PacketJob.Status


@pytest.fixture
def weed(tmp_path):
    first = seaweedfs.free_port_block()
    servers = []

    def start():
        server = seaweedfs.start(
            tmp_path / "weed",
            first,
            s3.ACCESS_KEY,
            s3.SECRET_KEY,
            s3.BUCKET,
            base_port=first + 1,
            timeout=60,
        )
        servers.append(server)
        return server

    server = start()
    endpoint = s3.S3Server(server.endpoint_url, s3.ACCESS_KEY, s3.SECRET_KEY, s3.BUCKET)
    with s3.use_s3(endpoint):
        yield server, start
    for running in servers:
        running.stop(timeout=3)


def test_a_storage_outage_fails_clearly_and_a_retry_after_restart_succeeds(home_page, weed):
    server, start_again = weed
    petition, _ridings = make_packet_petition(home_page)
    with TestCase.captureOnCommitCallbacks(execute=False):
        batch, _ = tasks.start_batch(petition, None)
    first, *others = batch.jobs.order_by("riding__code")

    assert tasks.run_job(first.pk)["status"] == Status.DONE
    first_packet = Packet.objects.get()

    server.stop()  # graceful: what an operator's restart does
    with TestCase.captureOnCommitCallbacks(execute=True):
        for job in others:
            assert tasks.run_job(job.pk)["status"] == Status.FAILED

    batch.refresh_from_db()
    assert batch.finished_at is not None and not batch.archive_key
    assert batches.progress(batch)["failed"] == len(others)
    for job in others:
        job.refresh_from_db()
        assert job.status == Status.FAILED and job.packet is None
        assert job.error.startswith("S3 could not be reached:"), job.error
        assert server.endpoint_url in job.error
    assert Packet.objects.count() == 1

    start_again()
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert tasks.resume(batch) == len(others)

    batch.refresh_from_db()
    assert set(batch.jobs.values_list("status", flat=True)) == {Status.DONE}
    assert batch.finished_at is not None and batch.archive_key
    archive = zipfile.ZipFile(
        io.BytesIO(b"".join(storage.open_stream(batch.archive_key).iter_chunks()))
    )
    assert len([n for n in archive.namelist() if n.endswith(".pdf")]) == 3
    # The packet made before the outage is still there, byte for byte.
    assert b"".join(storage.open_stream(first_packet.pdf_key).iter_chunks()).startswith(b"%PDF")
