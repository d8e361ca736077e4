"""`make run`'s loop (config/devserver.py) runs production's cron commands one at a time.

Scheduled publishing and the confirmation sweep every minute, the purge of transient data every
five minutes. The commands are recorded instead of started: what is under test is the schedule.
"""

import io

import pytest
from django.core.management import call_command

from config import devserver


class Finished:
    returncode = 0

    def poll(self):
        return 0


@pytest.fixture
def started(monkeypatch):
    names = []
    clock = {"now": 1000.0}
    monkeypatch.setattr(devserver.time, "monotonic", lambda: clock["now"])

    def manage(name, *args, env):
        names.append(name)
        return Finished()

    monkeypatch.setattr(devserver, "manage", manage)
    return names, clock


def run_for(periodic, clock, seconds):
    for _ in range(int(seconds)):
        periodic.tick(env={})
        clock["now"] += 1


def test_the_purge_runs_at_start_then_every_five_minutes(started):
    names, clock = started
    periodic = devserver.PeriodicCommands()

    run_for(periodic, clock, 10 * 60)

    assert names[:6] == [
        "publish_scheduled",
        "send_pending_confirmations",
        "send_pending_event_links",
        "send_event_reminders",
        "purge_transient_data",
        "purge_event_registrations",
    ]
    assert names.count("publish_scheduled") == 10
    assert names.count("send_pending_confirmations") == 10
    assert names.count("send_pending_event_links") == 10
    assert names.count("send_event_reminders") == 10
    assert names.count("purge_transient_data") == 2
    assert names.count("purge_event_registrations") == 2


@pytest.mark.django_db
@pytest.mark.parametrize("command", [*devserver.PERIODIC_COMMANDS, *devserver.PURGE_COMMANDS])
def test_each_command_is_quiet_at_the_verbosity_make_run_gives_it(command):
    # Each runs every minute or five in make run's console: a line each time buried the rest.
    output = io.StringIO()
    call_command(command, verbosity=0, stdout=output)
    assert output.getvalue() == ""
