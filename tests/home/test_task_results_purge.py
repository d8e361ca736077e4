"""Results of finished background tasks are deleted after TASK_RESULT_RETENTION_DAYS.

django-tasks-db keeps a task's arguments, return value and traceback in its row; they can name a
signature or quote a refused address (home/task_results.py).
"""

import datetime

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.support.commands import run_command

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def task_result(status, finished_days_ago=None):
    now = timezone.now()
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [123], "kwargs": {}},
        task_path="petitions.signing.tasks.send_confirmation",
        backend_name="default",
        queue_name="default",
        run_after=now,
        finished_at=None if finished_days_ago is None else now - finished_days_ago * DAY,
        return_value=None,
        exception_class_path="smtplib.SMTPRecipientsRefused" if status == "FAILED" else "",
        traceback="SMTPRecipientsRefused({'canary@example.org': ...})"
        if status == "FAILED"
        else "",
    )


def test_finished_task_results_go_after_a_week(settings):
    old_success = task_result(TaskResultStatus.SUCCESSFUL, 8)
    old_failure = task_result(TaskResultStatus.FAILED, 8)
    recent = task_result(TaskResultStatus.SUCCESSFUL, 6)
    queued = task_result(TaskResultStatus.READY)
    running = task_result(TaskResultStatus.RUNNING)

    output = run_command("purge_transient_data")

    assert "2 finished task result(s)" in output
    remaining = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, queued.pk, running.pk}
    assert old_success.pk not in remaining and old_failure.pk not in remaining

    settings.TASK_RESULT_RETENTION_DAYS = 5
    run_command("purge_transient_data")
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {queued.pk, running.pk}
