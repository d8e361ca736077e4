"""`make run`: the whole site on this machine, in one terminal.

    python -m config.devserver

Starts SeaweedFS (S3 on 127.0.0.1:8333, data in var/seaweedfs), one django-tasks worker, a
loop that runs production's cron commands (scheduled publishing and the confirmation sweep every
minute, the purge of transient data every five), and Django's development server
on http://127.0.0.1:8000/. Ctrl-C (or SIGTERM) stops them all. If one of them dies, the others
are stopped too and this exits non-zero.

SeaweedFS gets its port and credentials from the settings (config/settings/dev.py: the
AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, with
dev defaults), so every manage.py command run by hand finds it too. DEV_HTTP_PORT (8000) moves
the web server; DJANGO_SETTINGS_MODULE defaults to config.settings.dev.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from config import seaweedfs

BASE_DIR = Path(__file__).resolve().parent.parent
PUBLISH_EVERY_SECONDS = 60
# What production runs from cron every minute, run here one after the other: scheduled
# publishing (embargoes), the confirmation-email sweep (a safety net: signers schedule it) and
# the reminders before events.
PERIODIC_COMMANDS = ("publish_scheduled", "send_pending_confirmations", "send_event_reminders")
# What production runs hourly, run here every few minutes so that a developer sees it work: the
# purge of unconfirmed uploads, old exports and finished task results, and of the registrants of
# past events.
PURGE_COMMANDS = ("purge_transient_data", "purge_event_registrations")
PURGE_EVERY_SECONDS = 5 * 60


class Stop(Exception):
    """Raised by the signal handler: Ctrl-C or SIGTERM."""


def _on_signal(signum, frame):
    # Only the first signal counts: the clean-up that follows is bounded (SIGKILL after a grace
    # period), and a second Ctrl-C, or a wrapper that forwards the first one again, must not
    # cut it short and leave processes behind.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise Stop(signal.Signals(signum).name)


def manage(*args: str, env: dict) -> subprocess.Popen:
    """`manage.py ARGS` in its own process group.

    So a terminal's Ctrl-C reaches only us, and we stop each child, with whatever it started, as a
    whole.
    """
    return subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        cwd=BASE_DIR,
        env=env,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


def stop_all(children: dict[str, subprocess.Popen], timeout: float = 10) -> None:
    """SIGTERM to every child's process group, then SIGKILL to those still running."""
    for process in children.values():
        if process.poll() is None:
            _killpg(process, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for process in children.values():
        try:
            process.wait(max(0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _killpg(process, signal.SIGKILL)
            process.wait()


def _killpg(process: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)


class PeriodicCommands:
    """Production's cron commands, one at a time: a cycle a minute, the purge every few."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.name = ""
        self.due: list[str] = []  # the commands of this cycle not started yet
        self.next_cycle = self.next_purge = time.monotonic()

    def tick(self, env: dict) -> None:
        """Start the next due command once the previous one has exited."""
        now = time.monotonic()
        if not self.due and now >= self.next_cycle:
            self.due = list(PERIODIC_COMMANDS)
            self.next_cycle = now + PUBLISH_EVERY_SECONDS
            if now >= self.next_purge:
                self.due.extend(PURGE_COMMANDS)
                self.next_purge = now + PURGE_EVERY_SECONDS
        if self.due and (self.process is None or self.process.poll() is not None):
            if self.process is not None and self.process.returncode != 0:
                print(f"devserver: {self.name} failed (code {self.process.returncode})")
            self.name = self.due.pop(0)
            self.process = manage(self.name, env=env)


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django
    from django.conf import settings

    django.setup()
    http_port = int(os.environ.get("DEV_HTTP_PORT", "8000"))
    s3_port = urlsplit(settings.AWS_S3_ENDPOINT_URL or "http://127.0.0.1:8333").port or 8333
    access_key, secret_key = settings.AWS_ACCESS_KEY_ID, settings.AWS_SECRET_ACCESS_KEY

    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    storage = None
    children: dict[str, subprocess.Popen] = {}
    periodic = PeriodicCommands()
    try:
        print(f"Starting SeaweedFS S3 on 127.0.0.1:{s3_port} (data in var/seaweedfs)...")
        storage = seaweedfs.start(
            BASE_DIR / "var" / "seaweedfs",
            s3_port,
            access_key,
            secret_key,
            settings.AWS_STORAGE_BUCKET_NAME,
        )
        env = {
            **os.environ,
            "AWS_S3_ENDPOINT_URL": storage.endpoint_url,
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "PYTHONUNBUFFERED": "1",
        }
        children["tasks worker"] = manage("db_worker", "--queue-name=*", "--no-reload", env=env)
        children["web server"] = manage(
            "runserver", f"127.0.0.1:{http_port}", "--noreload", env=env
        )
        print(
            "\n"
            f"  Site:   http://127.0.0.1:{http_port}/\n"
            f"  Admin:  http://127.0.0.1:{http_port}/admin/  (demo login: admin / "
            "demo-admin-password)\n"
            f"  S3:     {storage.endpoint_url}  bucket {settings.AWS_STORAGE_BUCKET_NAME}, "
            f"log var/seaweedfs/weed.log\n"
            "  Ctrl-C stops everything.\n",
            flush=True,
        )
        while True:
            for name, process in children.items():
                if process.poll() is not None:
                    print(
                        f"\ndevserver: the {name} exited unexpectedly (code "
                        f"{process.returncode}); stopping the rest.",
                        file=sys.stderr,
                    )
                    return 1
            if storage.process.poll() is not None:
                print(
                    f"\ndevserver: SeaweedFS exited unexpectedly (code "
                    f"{storage.process.returncode}); stopping the rest. Last lines of its "
                    f"log:\n{storage.log_tail()}",
                    file=sys.stderr,
                )
                return 1
            periodic.tick(env)
            time.sleep(0.5)
    except Stop as stop:
        print(f"\ndevserver: {stop}, stopping...", flush=True)
        return 0
    except seaweedfs.SeaweedFSError as error:
        print(f"devserver: {error}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # see _on_signal
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if periodic.process is not None:
            children["periodic command"] = periodic.process
        stop_all(children)
        if storage is not None:
            # weed's filer waits 15 s for its own gRPC streams before it exits by itself.
            print("devserver: stopping SeaweedFS (about 15 s)...", flush=True)
            storage.stop()
        print("devserver: stopped.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
