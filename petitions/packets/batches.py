"""Batches of packet jobs, their state only.

Creating one, reopening it, its progress, its end, and the locks its jobs run under. Nothing here
enqueues a task: petitions/packets/tasks.py does (tasks.start_batch, tasks.resume), from what these
functions return.

A batch has one job per riding with at least one counted signature. Each job is a django-tasks
task (petitions/packets/tasks.py), so any number of `db_worker` processes, on any number of
machines, share the work. Workers that run the same job twice (a task enqueued again by a
resume) are harmless: a job is claimed under a lock and runs only while it is not done.

The lock is a PostgreSQL session advisory lock held while the job runs. The database drops it
when the worker's connection ends, so a worker killed mid-job (kill -9, a lost machine)
leaves a RUNNING job whose lock is free: `reopen` sees that and runs it again, while a job
whose worker is alive keeps its lock and is left alone. Other databases (SQLite, for
`make run` with its single worker) have no such lock: there a RUNNING job is taken for
abandoned after STALE_AFTER.
"""

from __future__ import annotations

import contextlib
import datetime
import logging

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from petitions.models import PacketBatch, PacketJob, PetitionPage, Signature

logger = logging.getLogger(__name__)

Status = PacketJob.Status
OPEN = [Status.PENDING, Status.RUNNING]
COMPLETED = [Status.DONE, Status.SKIPPED]
# First 32 bits of the advisory lock keys: "PK" (packet jobs) and "PZ" (ZIP archives).
JOB_LOCK_SPACE = 0x504B
ARCHIVE_LOCK_SPACE = 0x505A
STALE_AFTER = datetime.timedelta(minutes=30)


class NothingToGenerate(Exception):
    """The petition has no counted signature with a riding."""


class BatchNotResumable(Exception):
    """A newer batch of the same petition is running."""


# --- Locks ---------------------------------------------------------------------------------


def _uses_advisory_locks() -> bool:
    return connection.vendor == "postgresql"


def _lock_key(space: int, object_id: int) -> int:
    return (space << 40) | (object_id & ((1 << 40) - 1))


def try_lock(space: int, object_id: int) -> bool:
    if not _uses_advisory_locks():
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_lock_key(space, object_id)])
        return cursor.fetchone()[0]


def unlock(space: int, object_id: int) -> None:
    if not _uses_advisory_locks():
        return
    # A connection that broke has released its locks already.
    with contextlib.suppress(Exception), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s)", [_lock_key(space, object_id)])


@contextlib.contextmanager
def held(space: int, object_id: int):
    """Yields whether this process now holds the lock (released on exit)."""
    acquired = try_lock(space, object_id)
    try:
        yield acquired
    finally:
        if acquired:
            unlock(space, object_id)


def is_abandoned(job: PacketJob) -> bool:
    """Whether a RUNNING job's worker is gone (see the module's docstring)."""
    if _uses_advisory_locks():
        with held(JOB_LOCK_SPACE, job.pk) as acquired:
            return acquired
    return job.started_at is None or job.started_at < timezone.now() - STALE_AFTER


# --- Creating, reopening ---------------------------------------------------------------------


def running_batch(petition: PetitionPage) -> PacketBatch | None:
    return PacketBatch.objects.filter(petition=petition, finished_at__isnull=True).first()


def riding_ids_to_generate(petition_id: int) -> list[int]:
    """Ridings with at least one counted signature on the petition."""
    return list(
        Signature.objects.counted()
        .filter(petition_id=petition_id, riding__isnull=False)
        .order_by()
        .values_list("riding_id", flat=True)
        .distinct()
    )


def create(petition: PetitionPage, user, bilingual: bool = False) -> tuple[PacketBatch, bool]:
    """Create the petition's batch, a PENDING job per riding.

    Returns (batch, True); or, while a batch of the petition is running, (that batch, False),
    whoever clicked. Enqueues nothing (tasks.start_batch does). NothingToGenerate when no counted
    signature has a riding.
    """
    petition = petition.source_petition
    batch = running_batch(petition)
    if batch is not None:
        return batch, False
    riding_ids = riding_ids_to_generate(petition.pk)
    if not riding_ids:
        raise NothingToGenerate
    try:
        with transaction.atomic():
            batch = PacketBatch.objects.create(
                petition=petition,
                started_by=user if user is not None and user.is_authenticated else None,
                bilingual=bilingual,
            )
            PacketJob.objects.bulk_create(
                PacketJob(batch=batch, riding_id=riding_id) for riding_id in sorted(riding_ids)
            )
    except IntegrityError:
        # Someone else started one at the same moment (one running batch per petition).
        batch = running_batch(petition)
        if batch is None:
            raise
        return batch, False
    logger.info("Packet batch %s started: %d ridings", batch.pk, len(riding_ids))
    return batch, True


def pending_job_ids(batch_id: int) -> list[int]:
    """The batch's PENDING jobs, by riding code: those a task must be enqueued for."""
    return list(
        PacketJob.objects.filter(batch_id=batch_id, status=Status.PENDING)
        .order_by("riding__code")
        .values_list("pk", flat=True)
    )


def reopen(batch: PacketBatch) -> int | None:
    """Mark PENDING again what did not finish.

    That is, failed jobs and jobs whose worker died (a job whose task was lost is PENDING already);
    a finished batch is reopened when a job or the ZIP is missing. Returns how many jobs will run
    again, or None when the batch is finished and complete (nothing to enqueue). BatchNotResumable
    when a newer batch of the petition is running.
    """
    with transaction.atomic():
        batch = PacketBatch.objects.select_for_update().get(pk=batch.pk)
        abandoned = [
            job.pk for job in batch.jobs.filter(status=Status.RUNNING) if is_abandoned(job)
        ]
        retry = batch.jobs.filter(Q(status=Status.FAILED) | Q(pk__in=abandoned))
        to_rerun = retry.count() + batch.jobs.filter(status=Status.PENDING).count()
        needs_archive = not batch.archive_key
        if batch.finished_at is not None:
            if not to_rerun and not needs_archive:
                return None
            batch.finished_at = None
            batch.archive_error = ""
            try:
                with transaction.atomic():
                    batch.save(update_fields=["finished_at", "archive_error"])
            except IntegrityError:
                raise BatchNotResumable from None
        # Attempts keep counting: a job run again after an attempt cleans up what that
        # attempt may have uploaded (tasks.remove_unrecorded_objects).
        retry.update(status=Status.PENDING, started_at=None, finished_at=None)
    logger.info("Packet batch %s resumed: %d ridings to run", batch.pk, to_rerun)
    return to_rerun


# --- Progress and the end ------------------------------------------------------------------


def progress(batch: PacketBatch) -> dict:
    """The batch's progress counts.

    {"done", "total", "failed", "finished"} (the admin's progress bar), plus "generated", "skipped"
    (unchanged), "pending" and "running". `done` counts generated and skipped.
    """
    by_status = dict(
        PacketJob.objects.filter(batch_id=batch.pk)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    finished = PacketBatch.objects.filter(pk=batch.pk, finished_at__isnull=False).exists()
    return {
        "done": sum(by_status.get(s, 0) for s in COMPLETED),
        "total": sum(by_status.values()),
        "failed": by_status.get(Status.FAILED, 0),
        "finished": finished,
        "generated": by_status.get(Status.DONE, 0),
        "skipped": by_status.get(Status.SKIPPED, 0),
        "pending": by_status.get(Status.PENDING, 0),
        "running": by_status.get(Status.RUNNING, 0),
    }


def finish_if_complete(batch_id: int) -> bool:
    """Finish the batch, or say its ZIP is due, once no job is waiting or running.

    Called after each job. A batch with failures finishes (without a ZIP; resume retries them), and
    one without is ready for its ZIP, whose task finishes it. Returns True when the ZIP is due (the
    caller enqueues it). Two jobs ending together may both enqueue the ZIP: its task builds it
    once.
    """
    with transaction.atomic():
        batch = PacketBatch.objects.select_for_update().filter(pk=batch_id).first()
        if batch is None or batch.finished_at is not None:
            return False
        if batch.jobs.filter(status__in=OPEN).exists():
            return False
        failed = batch.jobs.filter(status=Status.FAILED).count()
        if failed:
            batch.finished_at = timezone.now()
            batch.save(update_fields=["finished_at"])
            logger.warning("Packet batch %s finished with %d failed ridings", batch_id, failed)
            return False
    return True


def latest_batch(petition: PetitionPage) -> PacketBatch | None:
    return PacketBatch.objects.filter(petition=petition).order_by("-created_at", "-pk").first()
