"""`make run`: the whole site on this machine, in one terminal.

    python -m config.devserver

Starts SeaweedFS (S3 on 127.0.0.1:8333, data in var/seaweedfs), one django-tasks worker, a
loop that publishes scheduled (embargoed) pages every minute, and Django's development server
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
# publishing (embargoes) and the confirmation-email sweep (a safety net: signers schedule it).
PERIODIC_COMMANDS = ("publish_scheduled", "send_pending_confirmations")


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
    publisher: subprocess.Popen | None = None
    periodic = 0  # index in PERIODIC_COMMANDS of the next command
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
        next_publish = time.monotonic()
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
            # The cron commands, one at a time, the cycle starting once a minute.
            if time.monotonic() >= next_publish and (
                publisher is None or publisher.poll() is not None
            ):
                if publisher is not None and publisher.returncode != 0:
                    previous = PERIODIC_COMMANDS[periodic - 1]
                    print(f"devserver: {previous} failed (code {publisher.returncode})")
                publisher = manage(PERIODIC_COMMANDS[periodic], env=env)
                periodic = (periodic + 1) % len(PERIODIC_COMMANDS)
                if periodic == 0:
                    next_publish = time.monotonic() + PUBLISH_EVERY_SECONDS
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
        if publisher is not None:
            children["periodic command"] = publisher
        stop_all(children)
        if storage is not None:
            # weed's filer waits 15 s for its own gRPC streams before it exits by itself.
            print("devserver: stopping SeaweedFS (about 15 s)...", flush=True)
            storage.stop()
        print("devserver: stopped.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
