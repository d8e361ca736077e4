"""`make run`'s email backend: one .eml file per email, one console line naming it."""

import io
import os
import subprocess
import sys
from email import message_from_bytes

from django.core.mail import EmailMultiAlternatives

from home.dev_mail import FileMailBackend
from tests.support.paths import REPO


def test_each_email_is_a_file_named_by_time_and_a_hash_and_one_console_line(tmp_path):
    console = io.StringIO()
    backend = FileMailBackend(file_path=tmp_path, stream=console)
    first = EmailMultiAlternatives(
        "Confirm your signature", "Open http://x/", to=["ana@example.org"]
    )
    first.attach_alternative("<p>Open</p>", "text/html")
    second = EmailMultiAlternatives("Confirm", "body", to=["luis@example.org"])

    assert backend.send_messages([first, second]) == 2

    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 2
    lines = console.getvalue().splitlines()
    assert [line.split(" (")[0] for line in lines] == [f"email: {path}" for path in files]
    assert lines[0].endswith("(Confirm your signature)")
    assert all("example.org" not in path.name for path in files)  # a hash, not the address
    parsed = message_from_bytes(files[0].read_bytes())
    assert parsed["To"] == "ana@example.org"
    assert "Open http://x/" in parsed.get_payload()[0].get_payload()


def test_make_run_writes_emails_to_files_and_keeps_task_lines_off_the_console():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("EMAIL_URL", None)
    env.pop("LOG_LEVEL", None)
    code = (
        "import django, logging; django.setup(); from django.conf import settings; "
        "print(settings.EMAIL_BACKEND); "
        "logging.getLogger('django_tasks').info('Task id=x state=RUNNING'); "
        "logging.getLogger('django_tasks').warning('a task failed')"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True
    )

    assert result.stdout.strip() == "home.dev_mail.FileMailBackend", result.stderr
    assert "a task failed" in result.stderr
    assert "state=RUNNING" not in result.stderr
    assert "Task id=x state=RUNNING" in (REPO / "var" / "log" / "dev.log").read_text()
