"""Background imports and exports (django-tasks; `manage.py db_worker` runs them).

Files with more than settings.IMPORT_BACKGROUND_ROWS rows are checked and applied here, and
listings with more rows than that are exported here, so that no admin request waits for them.
"""

import logging

from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from spreadsheets import exports, runner
from spreadsheets.models import ExportJob, ImportJob, JobStatus

logger = logging.getLogger(__name__)


def _fail(job, status_field_values):
    for name, value in status_field_values.items():
        setattr(job, name, value)
    job.save()


@task()
def check_import(job_id):
    """The dry run of a large upload. Returns the number of problems found."""
    job = ImportJob.objects.filter(pk=job_id, status=JobStatus.CHECKING).first()
    if job is None:
        return None
    try:
        return runner.check(job).error_count
    except Exception as error:
        # No traceback in the job: it could quote a value of the file.
        logger.exception("Import check %s failed", job_id)
        _fail(
            job,
            {
                "status": JobStatus.FAILED,
                "message": _("The check failed (%(error)s); nothing was imported.")
                % {"error": type(error).__name__},
                "data": b"",
            },
        )
        raise


@task()
def apply_import(job_id):
    """Apply a large upload that the views claimed (status importing). Returns the totals."""
    job = ImportJob.objects.filter(pk=job_id, status=JobStatus.IMPORTING).first()
    if job is None:
        return None
    try:
        return runner.apply(job).totals
    except Exception as error:
        logger.exception("Import %s failed", job_id)
        _fail(
            job,
            {
                "status": JobStatus.FAILED,
                "message": _("The import failed (%(error)s); nothing was imported.")
                % {"error": type(error).__name__},
                "data": b"",
                "applied_at": timezone.now(),
            },
        )
        raise


@task()
def run_export(job_id):
    """Write a large export to the private bucket. Returns the number of rows written."""
    job = ExportJob.objects.filter(pk=job_id, status=JobStatus.RUNNING).first()
    if job is None:
        return None
    try:
        return exports.write(job)
    except Exception as error:
        logger.exception("Export %s failed", job_id)
        _fail(
            job,
            {
                "status": JobStatus.FAILED,
                "message": _("The export failed (%(error)s).") % {"error": type(error).__name__},
                "finished_at": timezone.now(),
            },
        )
        raise
