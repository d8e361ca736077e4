"""A child of `make run` does not outlive it when `make run` is killed hard (SIGKILL).

A real parent process starts a real `manage.py` child through config/devserver.py's manage(),
the way `make run` starts its worker and web server, and is then SIGKILLed: no clean-up of its
own runs, only the kernel's death signal (config/child_processes.py).
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.paths import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's prctl")

PARENT = """
import os, sys, time
from config.devserver import manage
child = manage("shell", "-c", "import time; time.sleep(120)", env=dict(os.environ))
print(child.pid, flush=True)
time.sleep(120)
"""


def is_running(pid):
    """Whether `pid` is a live process (a zombie waiting to be reaped is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in {"Z", "X"}


def wait_until(condition, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_a_child_of_make_run_exits_when_make_run_is_killed_with_sigkill():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    parent = subprocess.Popen(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", PARENT], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    child = None
    try:
        child = int(parent.stdout.readline())
        assert wait_until(lambda: is_running(child), 5)
        time.sleep(1)  # the child is past its start-up, running its command

        parent.send_signal(signal.SIGKILL)
        parent.wait(10)

        assert wait_until(lambda: not is_running(child), 15), "the child outlived make run"
    finally:
        parent.kill()
        parent.wait()
        if child is not None and is_running(child):
            os.kill(child, signal.SIGKILL)
