"""PostgreSQL's own log keeps the values of a failing statement out, with the documented settings.

A failing INSERT makes the server log the statement's text (with its values, bound client-side)
and a DETAIL line that quotes them ("Key (email)=(...) already exists"). docs/deploying.md sets
`log_min_error_statement = panic` and `log_error_verbosity = terse`; this test sets the same two
for its own session (the test user is a superuser), makes an INSERT with a canary address fail,
and reads the server's log file. A control run with PostgreSQL's defaults shows that the canary
is logged without them, so the test proves something.
"""

import glob
import os
import time
import uuid

import psycopg
import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

LOG_FILES = "/var/log/postgresql/*.log"
DOCUMENTED = {"log_min_error_statement": "panic", "log_error_verbosity": "terse"}
DEFAULTS = {"log_min_error_statement": "error", "log_error_verbosity": "default"}


def server_log_path(cursor):
    """The file PostgreSQL writes its log to, or None."""
    cursor.execute("SELECT pg_current_logfile()")  # set when its logging collector runs
    current = cursor.fetchone()[0]
    if current:
        cursor.execute("SHOW data_directory")
        return os.path.join(cursor.fetchone()[0], current)
    # Debian's clusters log stderr to /var/log/postgresql/postgresql-<version>-<cluster>.log.
    candidates = sorted(glob.glob(LOG_FILES), key=os.path.getmtime)
    return candidates[-1] if candidates else None


def logged_by_failing_insert(settings):
    """What the server logged while an INSERT of a canary address failed under `settings`."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    canary = f"canary-{uuid.uuid4().hex}@example.org"
    marker = f"log-test-done-{uuid.uuid4().hex}"
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as server:
        cursor = server.cursor()
        path = server_log_path(cursor)
        if not path or not os.access(path, os.R_OK):
            pytest.skip(f"PostgreSQL's log file cannot be read here ({path or 'not found'})")
        start = os.path.getsize(path)
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
        for name, value in settings.items():
            cursor.execute(f"SET {name} = {value}")
        cursor.execute("CREATE TEMPORARY TABLE signer (email text PRIMARY KEY)")
        cursor.execute("INSERT INTO signer (email) VALUES (%s)", [canary])
        with pytest.raises(psycopg.errors.UniqueViolation):
            cursor.execute("INSERT INTO signer (email) VALUES (%s)", [canary])
        # A line of our own after the error: once it is in the file, so is everything before.
        cursor.execute(f"DO $$ BEGIN RAISE LOG '{marker}'; END $$")
    deadline = time.monotonic() + 10
    while True:
        with open(path, encoding="utf-8", errors="replace") as log:
            log.seek(start)
            written = log.read()
        if marker in written or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert marker in written, "the server's log did not receive our marker line"
    # Only this session's lines (Debian's log_line_prefix names the process): other sessions
    # of a shared server log their own errors meanwhile.
    ours = [line for line in written.splitlines() if f"[{pid}]" in line]
    return canary, "\n".join(ours) if any(marker in line for line in ours) else written


def test_without_the_settings_the_canary_is_logged():
    canary, written = logged_by_failing_insert(DEFAULTS)

    assert "duplicate key value violates unique constraint" in written
    assert canary in written  # in DETAIL and in STATEMENT


def test_the_documented_settings_keep_the_values_out_of_the_log():
    canary, written = logged_by_failing_insert(DOCUMENTED)

    # The error itself is still logged, for whoever runs the server...
    assert "duplicate key value violates unique constraint" in written
    # ...but neither the statement's text nor the detail that quotes its values.
    assert canary not in written
    assert "STATEMENT:" not in written and "DETAIL:" not in written
