"""How long the results of finished background tasks are kept.

django-tasks-db stores a row per task: its arguments, its return value and, when it failed, the
exception and its traceback. An email task's arguments name a signature, and an exception can
quote an address a mail server refused, so finished rows are deleted TASK_RESULT_RETENTION_DAYS
after they finished (by `manage.py purge_transient_data`). Queued and running tasks are never
touched.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult


def purge_finished(now=None):
    """Delete the results of tasks finished more than TASK_RESULT_RETENTION_DAYS ago.

    Returns how many were deleted.
    """
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.TASK_RESULT_RETENTION_DAYS)
    deleted, _by_model = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return deleted
