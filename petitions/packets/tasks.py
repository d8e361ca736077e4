"""The packet tasks (django-tasks) and every enqueue of them.

`manage.py db_worker` runs them. start_batch() and resume() (what the organizers' Generate and
Resume buttons call) record the batch's state with petitions/packets/batches.py, then enqueue its
jobs once the transaction commits.

- generate_riding_packet(job_id): one riding's packet. Reads the riding's counts and named
  signers in one snapshot and writes the CSV (its SHA-256 is the "signature list" checksum
  printed on every page), skips the riding when nothing that shapes its packet changed since
  its newest packet, else renders the PDF from the CSV's rows, uploads both objects and only
  then records the Packet. A failure removes what it uploaded, records a one-line error (no
  personal data) and is retried later (MAX_ATTEMPTS, when the task backend can defer), then
  left FAILED for "Retry failed ridings".
- build_archive(batch_id): the "all ridings" ZIP (each riding's newest PDF and CSV and a
  manifest CSV: archive.py), written to a temporary file and uploaded in parts; it finishes the
  batch.

Both return small dicts of counts and states, never names.
"""

from __future__ import annotations

import datetime
import logging
import tempfile
import traceback

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from petitions.models import Packet, PacketBatch, PacketJob, PetitionPage
from petitions.packets import archive, batches, content, csvfile, render, storage

logger = logging.getLogger(__name__)

Status = PacketJob.Status
MAX_ATTEMPTS = 3
RETRY_DELAY = datetime.timedelta(seconds=30)
# Files up to this size stay in memory; larger ones spill to a temporary file.
SPOOL_BYTES = 4 * 1024 * 1024


# --- Starting and resuming a batch -----------------------------------------------------------


def start_batch(petition: PetitionPage, user, bilingual: bool = False):
    """Start generating the petition's packets.

    Returns (batch, True), its jobs enqueued once the transaction commits; or, while a batch of the
    petition is running, (that batch, False), whoever clicked. NothingToGenerate when no counted
    signature has a riding.
    """
    batch, created = batches.create(petition, user, bilingual=bilingual)
    if created:
        batch_id = batch.pk
        transaction.on_commit(lambda: enqueue_open_jobs(batch_id), robust=True)
    return batch, created


def resume(batch: PacketBatch) -> int:
    """Run again what did not finish.

    Failed jobs, jobs whose worker died, jobs whose task was lost, and the ZIP if it is missing.
    Reopens a finished batch when needed; refuses (BatchNotResumable) when a newer batch of the
    petition is running. Returns how many jobs will run again.
    """
    to_rerun = batches.reopen(batch)
    if to_rerun is None:
        return 0
    batch_id = batch.pk
    transaction.on_commit(lambda: enqueue_open_jobs(batch_id), robust=True)
    return to_rerun


def enqueue_open_jobs(batch_id: int) -> int:
    """Enqueue a task for every PENDING job of the batch.

    When there is none left, see whether the batch is complete. Returns the number of tasks
    enqueued.
    """
    job_ids = batches.pending_job_ids(batch_id)
    for job_id in job_ids:
        generate_riding_packet.enqueue(job_id)
    if not job_ids:
        finish_or_archive(batch_id)
    return len(job_ids)


def finish_or_archive(batch_id: int) -> None:
    """After a job: batches.finish_if_complete(), and the ZIP's task when it is due.

    When the batch is complete without failures, its ZIP is enqueued once the transaction commits.
    """
    if batches.finish_if_complete(batch_id):
        transaction.on_commit(lambda: build_archive.enqueue(batch_id), robust=True)


# --- One riding ------------------------------------------------------------------------------


@task()
def generate_riding_packet(job_id: int) -> dict:
    return run_job(job_id)


def run_job(job_id: int) -> dict:
    """Claim the job and run it; {"job", "status"}.

    A job another worker holds ("busy"), or that is not waiting to run (done, skipped, failed
    for good, or running elsewhere: "done"), is left alone.
    """
    with batches.held(batches.JOB_LOCK_SPACE, job_id) as acquired:
        if not acquired:
            return {"job": job_id, "status": "busy"}
        job = claim(job_id)
        if job is None:
            return {"job": job_id, "status": "done"}
        try:
            status = generate(job)
        except Exception as error:
            status = record_failure(job, error)
    finish_or_archive(job.batch_id)
    return {"job": job_id, "status": status}


def claim(job_id: int) -> PacketJob | None:
    """Mark the job RUNNING (another attempt), or None when it is not PENDING.

    The claim is one conditional UPDATE: only a PENDING job of an unfinished batch becomes
    RUNNING. The job's advisory lock already keeps two workers apart on PostgreSQL; the condition
    keeps them apart wherever that lock is missing (SQLite) or was lost with its connection, so
    a job RUNNING elsewhere is never claimed a second time. Jobs become PENDING only when created,
    reopened (batches.reopen) or deferred for a retry (record_failure).
    """
    claimed = PacketJob.objects.filter(
        pk=job_id, status=Status.PENDING, batch__finished_at__isnull=True
    ).update(
        status=Status.RUNNING,
        attempts=F("attempts") + 1,
        started_at=timezone.now(),
        finished_at=None,
    )
    if not claimed:
        return None
    return PacketJob.objects.select_related("batch", "batch__petition", "riding").get(pk=job_id)


def snapshot():
    """A transaction whose reads share one snapshot.

    Inside an existing transaction (e.g. a test's), that transaction's.
    """
    if connection.in_atomic_block:
        return transaction.atomic()
    return _SnapshotAtomic()


class _SnapshotAtomic:
    def __enter__(self):
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return self

    def __exit__(self, *exc_info):
        return self._atomic.__exit__(*exc_info)


def newest_packet(petition_id: int, riding_id: int) -> Packet | None:
    return (
        Packet.objects.filter(petition_id=petition_id, riding_id=riding_id)
        .order_by("-generated_at", "-pk")
        .first()
    )


def generate(job: PacketJob) -> str:
    """Make the job's packet, or skip it; returns the job's new status.

    The PDF is rendered from the CSV's rows, so that the two list exactly the same signers.
    """
    batch = job.batch
    petition = batch.petition
    riding = job.riding
    if job.attempts > 1:
        remove_unrecorded_objects(petition.pk, riding.code)
    with (
        tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as csv_file,
        tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as pdf_file,
    ):
        generated_at = timezone.now()
        with snapshot():
            source = content.riding_source(petition, riding, bilingual=batch.bilingual)
            list_sha256 = csvfile.write_signers_csv(source.signers(), csv_file, source.language)
        fingerprint = source.fingerprint(list_sha256)
        previous = newest_packet(petition.pk, riding.pk)
        if previous is not None and previous.source_fingerprint == fingerprint:
            return complete(job, previous, Status.SKIPPED)
        pdf_name, csv_name = storage.packet_names(
            petition.pk, riding.code, generated_at, source.language_tag
        )
        packet_id = f"P{petition.pk}-{riding.code}-{storage.stamp(generated_at)[:15]}"
        try:
            storage.upload(csv_name, csv_file, "csv")
            csv_file.seek(0)
            pages = render.render_packet(
                source.content(packet_id, generated_at),
                csvfile.read_signers_csv(csv_file),
                list_sha256,
                pdf_file,
            )
            storage.upload(pdf_name, pdf_file, "pdf")
        except BaseException:
            # Nothing records these objects: take them away (or the next attempt will).
            storage.delete_quietly(pdf_name, csv_name)
            raise
    packet = Packet(
        petition=petition,
        riding=riding,
        language=source.language_tag,
        pdf_key=pdf_name,
        csv_key=csv_name,
        sha256=list_sha256,
        source_fingerprint=fingerprint,
        signature_count=source.signature_count,
        named_count=source.named_count,
        pages=pages,
        generated_at=generated_at,
    )
    return complete(job, packet, Status.DONE)


def complete(job: PacketJob, packet: Packet, status: str) -> str:
    with transaction.atomic():
        if packet.pk is None:
            packet.save()
        PacketJob.objects.filter(pk=job.pk).update(
            status=status, packet=packet, error="", finished_at=timezone.now()
        )
    return status


def remove_unrecorded_objects(petition_id: int, riding_code: str) -> None:
    """Remove the objects of the riding that no Packet records.

    They are left by an attempt that died between its uploads and its database row. Only this job
    writes under the riding's prefix while it holds the job's lock (one running batch per petition,
    one job per riding).
    """
    names = storage.list_names(storage.riding_prefix(petition_id, riding_code))
    recorded = set()
    for pdf_key, csv_key in Packet.objects.filter(
        petition_id=petition_id, riding__code=riding_code
    ).values_list("pdf_key", "csv_key"):
        recorded.update((pdf_key, csv_key))
    stray = [name for name in names if name not in recorded]
    if stray:
        storage.delete(*stray)
        logger.info("Removed %d unrecorded packet objects of riding %s", len(stray), riding_code)


def describe_failure(error: Exception) -> str:
    """The error as recorded on the job and shown to organizers.

    Storage errors in full (endpoints, HTTP codes), anything else by its type only (an exception
    message may quote a signer's data).
    """
    if isinstance(error, storage.StorageUnavailable):
        return str(error)
    if isinstance(error, storage.STORAGE_ERRORS):
        return storage.describe(error)
    return f"{type(error).__name__} while generating the packet (see the worker's log)."


def record_failure(job: PacketJob, error: Exception) -> str:
    """Record the failure; enqueue a later retry or leave the job FAILED.

    A retry is enqueued while attempts remain and the backend can defer tasks; else the job is left
    FAILED. Logs the traceback without the exception's message.
    """
    message = describe_failure(error)
    logger.error(
        "Packet job %s (riding %s, attempt %d) failed: %s\n%s",
        job.pk,
        job.riding.code,
        job.attempts,
        message,
        "".join(traceback.format_tb(error.__traceback__)),
    )
    backend = generate_riding_packet.get_backend()
    retry = job.attempts < MAX_ATTEMPTS and backend.supports_defer
    status = Status.PENDING if retry else Status.FAILED
    PacketJob.objects.filter(pk=job.pk).update(
        status=status, error=message, finished_at=None if retry else timezone.now()
    )
    if retry:
        run_after = timezone.now() + RETRY_DELAY * job.attempts
        generate_riding_packet.using(run_after=run_after).enqueue(job.pk)
    return status


# --- The "all ridings" ZIP -------------------------------------------------------------------


@task()
def build_archive(batch_id: int) -> dict:
    return run_archive(batch_id)


def run_archive(batch_id: int) -> dict:
    """Build and upload the batch's ZIP, then finish the batch.

    The batch finishes with archive_error when the upload failed: resume builds it again.
    """
    with batches.held(batches.ARCHIVE_LOCK_SPACE, batch_id) as acquired:
        if not acquired:
            return {"batch": batch_id, "status": "busy"}
        batch = PacketBatch.objects.select_related("petition").filter(pk=batch_id).first()
        if batch is None or batch.finished_at is not None:
            return {"batch": batch_id, "status": "done"}
        jobs = list(batch.jobs.select_related("riding", "packet").order_by("riding__code", "pk"))
        if any(job.status not in batches.COMPLETED or job.packet is None for job in jobs):
            return {"batch": batch_id, "status": "incomplete"}
        moment = timezone.now()
        name = storage.archive_name(batch.petition_id, batch.pk, moment)
        try:
            with tempfile.TemporaryFile() as zip_file:
                archive.write_archive(batch, jobs, zip_file)
                storage.upload(name, zip_file, "zip")
        except Exception as error:
            storage.delete_quietly(name)
            message = describe_failure(error)
            logger.error("Packet batch %s: the ZIP failed: %s", batch_id, message)
            PacketBatch.objects.filter(pk=batch_id).update(
                archive_error=message, finished_at=timezone.now()
            )
            return {"batch": batch_id, "status": "failed"}
        PacketBatch.objects.filter(pk=batch_id).update(
            archive_key=name, archive_error="", finished_at=timezone.now()
        )
        logger.info("Packet batch %s finished: ZIP of %d ridings", batch_id, len(jobs))
        return {"batch": batch_id, "status": "done", "ridings": len(jobs)}


@task()
def delete_withdrawn_files(prefixes: list[str]) -> bool:
    """Delete every object under `prefixes` (a withdrawn signer's riding: withdrawal.py).

    Enqueued when the bucket could not be reached at the moment of the withdrawal; tries once more.
    Returns whether it could.
    """
    return storage.delete_under(prefixes)
