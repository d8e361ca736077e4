"""A db_worker killed in the middle of a batch: resuming completes it.

Real `manage.py db_worker` processes (django-tasks-db) generate a batch on PostgreSQL and
SeaweedFS: a worker killed with SIGKILL in the middle of a riding leaves a batch that completes
when it is resumed and run again; the job it held runs once more, the others are not redone.

The workers use config.settings.dev (its TASKS: the database backend) pointed at this test's
database and SeaweedFS server through the environment. The test commits for real
(transaction=True); serialized_rollback restores what the migrations created.
"""

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from petitions.models import Packet, PacketBatch, PacketJob, Signature
from petitions.packets import batches, storage, tasks
from tests.factories import MemberFactory, RidingFactory
from tests.factories.petitions import make_petition
from tests.support import s3
from tests.support.database import postgres_url
from tests.support.paths import REPO

s3_server = s3.s3_server

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.s3,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="workers share the queue in PostgreSQL"
    ),
]

Status = PacketJob.Status
RIDINGS = 6
NAMED_PER_RIDING = 2500  # a few seconds of rendering each: time to kill a worker mid-riding


# The workers' shared cache (config/settings/dev.py), apart from make run's var/cache.
WORKER_CACHE_DIR = str(Path(tempfile.gettempdir()) / "coalition-test-packet-workers-cache")


def start_worker(server, *args):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": postgres_url(connection.settings_dict),
        "AWS_S3_ENDPOINT_URL": server.endpoint_url,
        "AWS_ACCESS_KEY_ID": server.access_key,
        "AWS_SECRET_ACCESS_KEY": server.secret_key,
        "AWS_STORAGE_BUCKET_NAME": server.bucket,
        "PACKET_FONT_DIR": str(settings.PACKET_FONT_DIR),
        "LOG_LEVEL": "WARNING",
        # Not make run's var/cache: the root paths of this test's site would be served there.
        "DEV_CACHE_DIR": WORKER_CACHE_DIR,
    }
    env.pop("REDIS_URL", None)
    return subprocess.Popen(  # noqa: S603 (our own interpreter and command)
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0.2",
            *args,
        ],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def kill(process):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def wait_for(condition, timeout, what, worker=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if worker is not None and worker.poll() is not None:
            raise AssertionError(f"the worker exited: {worker.stderr.read().decode()[-3000:]}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def petition(home_page):
    petition = make_petition(home_page, title="Status for all", slug="status-for-all")
    signatures = []
    for r in range(RIDINGS):
        riding = RidingFactory(province="ON", code=f"35{800 + r}", name_en=f"Riding {r}")
        MemberFactory(riding=riding, first_name="Member", last_name=f"Number {r}")
        signatures += [
            Signature(
                petition=petition,
                riding=riding,
                full_name=f"Signer {r}-{i:05d}",
                email=f"signer-{r}-{i}@example.org",
                postal_code="M5S 2T9",
                city="Toronto",
                province="ON",
                consent=Signature.Consent.SHARE_WITH_MP,
                confirmed_at=timezone.now(),
            )
            for i in range(NAMED_PER_RIDING)
        ]
    Signature.objects.bulk_create(signatures, batch_size=5000)
    return petition


def advisory_locks_held():
    """Advisory locks held in this test's database (other runs on the server hold their own)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return cursor.fetchone()[0]


def worker_logs(workers):
    """What the (stopped) workers wrote at WARNING and above: a failed attempt is logged there."""
    return "\n".join(worker.stderr.read().decode()[-3000:] for worker in workers)


def test_a_worker_killed_mid_batch_leaves_a_batch_that_completes_when_run_again(
    s3_server, petition, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with s3.use_s3(s3_server):
        worker = start_worker(s3_server)
        try:
            batch, created = tasks.start_batch(petition, None)
            assert created
            jobs = PacketJob.objects.filter(batch=batch)

            # Kill it while it renders a riding, after it has finished at least one.
            wait_for(
                lambda: (
                    jobs.filter(status=Status.DONE).exists()
                    and jobs.filter(status=Status.RUNNING).exists()
                ),
                timeout=240,
                what="a riding done and the next one running",
                worker=worker,
            )
        finally:
            kill(worker)

        held = jobs.get(status=Status.RUNNING)
        done_before = {job.pk: job.packet_id for job in jobs.filter(status=Status.DONE)}
        assert len(done_before) < RIDINGS
        batch.refresh_from_db()
        assert batch.finished_at is None
        assert batches.progress(batch)["finished"] is False
        # The dead worker's database session, and with it the job's lock, goes away.
        wait_for(lambda: advisory_locks_held() == 0, timeout=30, what="the lock to be freed")
        assert batches.is_abandoned(held)

        to_rerun = tasks.resume(batch)
        assert to_rerun == RIDINGS - len(done_before)

        worker = start_worker(s3_server, "--batch")
        try:
            worker.wait(timeout=600)
        finally:
            kill(worker)
        assert worker.returncode == 0, worker.stderr.read().decode()[-3000:]

        batch.refresh_from_db()
        assert batch.finished_at is not None, batches.progress(batch)
        assert set(jobs.values_list("status", flat=True)) == {Status.DONE}
        held.refresh_from_db()
        assert held.attempts == 2
        # Ridings finished before the kill were not generated again.
        for job in jobs.filter(pk__in=done_before):
            assert (job.attempts, job.packet_id) == (1, done_before[job.pk])
        packets = Packet.objects.filter(petition=petition)
        assert packets.count() == RIDINGS
        assert {p.named_count for p in packets} == {NAMED_PER_RIDING}
        # Nothing in the bucket that no Packet records (the killed attempt's uploads, if any,
        # were removed by the retry), and the ZIP is there.
        recorded = {key for p in packets for key in (p.pdf_key, p.csv_key)}
        names = set(storage.list_names(storage.petition_prefix(petition.pk)))
        assert names == recorded | {batch.archive_key}
        assert PacketBatch.objects.get().archive_key == batch.archive_key


def test_two_workers_share_a_batch_and_duplicate_tasks_run_nothing_twice(
    s3_server, petition, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with s3.use_s3(s3_server):
        workers = [start_worker(s3_server), start_worker(s3_server)]
        try:
            batch, _created = tasks.start_batch(petition, None)
            # A second enqueue of every job still waiting, while both workers run: each
            # riding must still be generated once.
            tasks.enqueue_open_jobs(batch.pk)
            wait_for(
                lambda: PacketBatch.objects.filter(
                    pk=batch.pk, finished_at__isnull=False
                ).exists(),
                timeout=600,
                what="the batch to finish",
                worker=workers[0],
            )
        finally:
            for worker in workers:
                kill(worker)

        batch.refresh_from_db()
        jobs = PacketJob.objects.filter(batch=batch)
        # A second attempt would be a failed first one retried (its error is in the workers'
        # log) or a job claimed twice: either way a riding run twice.
        assert set(jobs.values_list("status", "attempts")) == {(Status.DONE, 1)}, worker_logs(
            workers
        )
        assert Packet.objects.filter(petition=petition).count() == RIDINGS
        assert batch.archive_key and not batch.archive_error
        names = set(storage.list_names(storage.petition_prefix(petition.pk)))
        assert len(names) == 2 * RIDINGS + 1
