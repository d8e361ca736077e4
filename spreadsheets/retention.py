"""How long uploaded import files and background exports are kept, and the purge that applies it.

Both hold personal data (a file of signatures, an export of the signature listing) and are needed
only for minutes: an upload until the person who checked it confirms it, an export until the
person who asked for it downloads it.

- An upload checked and not confirmed within IMPORT_UPLOAD_RETENTION_HOURS loses its file: the
  job stays, marked expired, so that its page says why nothing can be applied any more; its
  preview (totals, row numbers, messages) names nobody. The job itself goes after a day
  (models.ABANDONED_AFTER), like any job.
- An export is deleted, file first, EXPORT_RETENTION_HOURS after it was started. If the bucket
  cannot be reached, the job stays and the next run tries again. The bucket's lifecycle rule on
  `exports/` (docs/deploying.md) deletes whatever a purge never saw.

`manage.py purge_transient_data` runs both (hourly, from cron), and the upload and export views
run them before they add a job of their own.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from spreadsheets import exports
from spreadsheets.models import ExportJob, ImportJob, JobStatus

logger = logging.getLogger(__name__)


def upload_max_age():
    return datetime.timedelta(hours=settings.IMPORT_UPLOAD_RETENTION_HOURS)


def export_max_age():
    return datetime.timedelta(hours=settings.EXPORT_RETENTION_HOURS)


@dataclass
class ExportPurge:
    deleted: int = 0
    # (job id, the error's type) of exports whose file could not be deleted.
    errors: list = field(default_factory=list)


def purge_uploads(now=None):
    """Drop the files of uploads left unconfirmed too long; delete day-old jobs.

    Returns (uploads whose file was dropped, jobs deleted).
    """
    now = now or timezone.now()
    dropped = (
        ImportJob.objects.filter(status=JobStatus.CHECKED, checked_at__lt=now - upload_max_age())
        .exclude(data=b"")
        .update(data=b"", status=JobStatus.EXPIRED)
    )
    deleted, _by_model = ImportJob.objects.expired(now).delete()
    return dropped, deleted


def purge_exports(now=None):
    """Delete the exports started more than EXPORT_RETENTION_HOURS ago, file first."""
    now = now or timezone.now()
    report = ExportPurge()
    storage = exports.storage()
    for job in ExportJob.objects.filter(created_at__lt=now - export_max_age()):
        # The key a worker writes to, even when it died before it could record it.
        keys = {job.file_key, exports.export_key(job)} - {""}
        try:
            for key in sorted(keys):
                storage.delete(key)
        except Exception as error:  # the bucket is out of reach: keep the job, try again
            logger.warning("Export %s: its file could not be deleted (%s)", job.pk, type(error))
            report.errors.append((job.pk, type(error).__name__))
            continue
        job.delete()
        report.deleted += 1
    return report
