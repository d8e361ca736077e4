"""`make run`: the whole site on this machine, in one terminal.

    python -m config.devserver

Starts SeaweedFS (S3 on 127.0.0.1:8333, data in var/seaweedfs), one django-tasks worker, a
loop that runs production's cron commands (scheduled publishing and the confirmation sweep every
minute, the purge of transient data every five), and Django's development server
on http://127.0.0.1:8000/. Ctrl-C (or SIGTERM) stops them all. If one of them dies, the others
are stopped too and this exits non-zero; if this is killed hard (SIGKILL), the kernel stops them
(config/child_processes.py).

Before the web server starts, the Wagtail Site is pointed at PUBLIC_BASE_URL (what this serves),
and the Represent API is probed (a few seconds at most): postal codes are looked up when it
answers, and the banner says which way it went.

SeaweedFS gets its port and credentials from the settings (config/settings/dev.py: the
AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, with
dev defaults), so every manage.py command run by hand finds it too. DEV_HTTP_PORT (8000) moves
the web server; DJANGO_SETTINGS_MODULE defaults to config.settings.dev.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from config import seaweedfs
from config.child_processes import die_with_parent

BASE_DIR = Path(__file__).resolve().parent.parent
PUBLISH_EVERY_SECONDS = 60
# What production runs from cron every minute, run here one after the other: scheduled
# publishing (embargoes), the confirmation-email and private-link sweeps (safety nets: signers
# and registrants schedule them) and the reminders before events.
PERIODIC_COMMANDS = (
    "publish_scheduled",
    "send_pending_confirmations",
    "send_pending_event_links",
    "send_event_reminders",
)
# What production runs hourly, run here every few minutes so that a developer sees it work: the
# purge of unconfirmed uploads, old exports and finished task results, and of the registrants of
# past events.
PURGE_COMMANDS = ("purge_transient_data", "purge_event_registrations")
PURGE_EVERY_SECONDS = 5 * 60


# Open North's Represent API (postal code -> riding): used when this machine can reach it.
REPRESENT_PUBLIC_URL = "https://represent.opennorth.ca"
REPRESENT_PROBE_PATH = "/postcodes/K1A0A6/"  # Parliament Hill, a code that always answers
REPRESENT_PROBE_SECONDS = 3.0


def probe_represent(url: str, timeout: float = REPRESENT_PROBE_SECONDS) -> str | None:
    """Why the Represent API at `url` cannot be used now, or None when it answers."""
    try:
        with urllib.request.urlopen(  # noqa: S310 (an http(s) URL from our settings)
            url.rstrip("/") + REPRESENT_PROBE_PATH, timeout=timeout
        ) as response:
            json.load(response)
    except urllib.error.HTTPError as error:
        return f"answered HTTP {error.code}"
    except (OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        return f"did not answer ({reason})"
    return None


def choose_represent(environ: dict, timeout: float = REPRESENT_PROBE_SECONDS) -> tuple[str, str]:
    """(REPRESENT_API_URL for the children, "" for off; the banner's line about it).

    REPRESENT_API_URL set to an empty string turns it off without a probe.
    """
    configured = environ.get("REPRESENT_API_URL")
    if configured == "":
        return "", "off (REPRESENT_API_URL is empty): signers choose their riding from a list"
    url = configured or REPRESENT_PUBLIC_URL
    problem = probe_represent(url, timeout)
    if problem:
        return "", f"off: {url} {problem}; signers choose their riding from a list"
    return url, f"on: postal codes are looked up at {url}"


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
        # Stopped by the kernel if we are killed hard (SIGKILL): config/child_processes.py.
        preexec_fn=die_with_parent(),
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
            # Quiet unless something is wrong: the console is for what a developer acts on.
            self.process = manage(self.name, "--verbosity=0", env=env)


def banner(represent: str, s3_url: str) -> str:
    """What `make run` prints once everything has started."""
    from django.conf import settings

    from home.demo.two_factor import demo_device

    site = settings.PUBLIC_BASE_URL
    lines = [
        "",
        f"  Site:       {site}/",
        f"  Admin:      {site}/admin/  demo login: admin / demo-admin-password",
    ]
    device = demo_device()
    if device is not None:
        lines += [
            "              then the code it asks for: .venv/bin/python manage.py demo_code",
            f"              (or add this to an authenticator app: {device.config_url})",
        ]
    lines += [
        "  Emails:     written to var/mail/, one line here per email",
        "  Logs:       var/log/dev.log (background tasks, the rest at INFO)",
        f"  Represent:  {represent}",
        f"  S3:         {s3_url}  bucket {settings.AWS_STORAGE_BUCKET_NAME}, "
        "log var/seaweedfs/weed.log",
        "  Ctrl-C stops everything.",
        "",
    ]
    return "\n".join(lines)


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
        # Postal codes are looked up when the network allows it, else the signer picks.
        env["REPRESENT_API_URL"], represent = choose_represent(os.environ)
        # Links in emails, share links and the sitemap point at what this serves
        # (PUBLIC_BASE_URL, from DEV_HTTP_PORT in config/settings/dev.py), and so does the Site.
        subprocess.run(  # noqa: S603 (our own interpreter and arguments)
            [sys.executable, str(BASE_DIR / "manage.py"), "sync_site_address"],
            cwd=BASE_DIR,
            env=env,
            check=True,
        )
        children["tasks worker"] = manage("db_worker", "--queue-name=*", "--no-reload", env=env)
        children["web server"] = manage(
            "runserver", f"127.0.0.1:{http_port}", "--noreload", env=env
        )
        print(banner(represent, storage.endpoint_url), flush=True)
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
