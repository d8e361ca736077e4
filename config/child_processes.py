"""Children that do not outlive the process that started them, even when it is SIGKILLed.

`make run` stops its children itself on Ctrl-C or SIGTERM (config/devserver.py), but a SIGKILL
(an out-of-memory kill, `kill -9`, a closed terminal's wrapper) leaves it no time to: a
`db_worker` kept running, holding the database and taking jobs. Linux can send a signal to a
process when its parent dies (prctl PR_SET_PDEATHSIG); other systems keep the old behaviour.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent(sig: int = signal.SIGTERM):
    """A `preexec_fn` for subprocess.Popen: the child gets `sig` when this process dies.

    Returns None off Linux. The signal fires when the thread that started the child ends, so
    start children from the main thread. If this process is already gone by the time the child
    runs the function (a race at start-up), the child exits at once.
    """
    if not sys.platform.startswith("linux"):
        return None
    parent = os.getpid()

    def set_death_signal() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            return  # not fatal: the parent still stops its children itself
        if os.getppid() != parent:
            os._exit(1)

    return set_death_signal
