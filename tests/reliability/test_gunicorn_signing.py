"""Signing against a real multi-process server.

The server is gunicorn as the benchmarks start it (bench/_harness.py: production settings on
loopback, bench/_settings.py, the Redis cache) serving the petition from PostgreSQL, with clients
that GET the petition page for the CSRF cookie and token and POST the sign form, as a browser does.

- Fifty clients sign at once, twenty distinct signatures each, plus deliberate duplicates
  (each client repeats its own first signature, and groups of five clients post the same
  email at the same moment): one row per accepted response, none for a duplicate.
- PostgreSQL stops and starts again while clients sign: requests it cannot serve get the
  translated 503 page (home.middleware.DatabaseUnavailableMiddleware) with Retry-After, never
  a 500 or a traceback; every accepted signature has its row and nothing else does; signing
  works again without restarting the application (CONN_HEALTH_CHECKS reconnects).

The outage test runs its own PostgreSQL server (Debian's binaries, a temporary directory, a
free port), never the shared one other tests use. The figures are printed (pytest -s).
"""

import contextlib
import http.client
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.db import connection

from bench._harness import Gunicorn, environment, free_port, new_prefix, redis_keys_removed
from petitions.models import Signature
from tests.factories.petitions import PetitionIndexPageFactory, PetitionPageFactory
from tests.support.database import postgres_url

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a live gunicorn server needs PostgreSQL"
    ),
]

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SIGN_FORM = re.compile(r'<form class="sign-form" method="post" action="([^"#]+)')
POSTAL_CODES = ["M5S 2T9", "H2X 1Y4", "V6B 1A1", "T2P 1J9", "B3H 4R2", "R3C 4T3"]
PAGE_503_HEADING = {"en": "We are temporarily unavailable", "fr": "Le site est temporairement"}


@pytest.fixture
def petition(home_page):
    index = PetitionIndexPageFactory(parent=home_page)
    return PetitionPageFactory(parent=index, title="Status for all", slug="status")


@contextlib.contextmanager
def gunicorn_serving(database, workers=4, threads=4):
    """A gunicorn server on `database`, stopped at the end, when its log must hold no traceback.

    Its workers are gthread ones, so that many requests hit the database at once.
    """
    prefix = new_prefix("reliability")
    server = Gunicorn(
        environment(database, prefix), workers=workers, worker_class="gthread", threads=threads
    )
    with redis_keys_removed(prefix):
        server.start()
        try:
            yield server
        finally:
            errors = server.stop()
            sessions_ended(database)
    assert not errors, f"gunicorn logged errors: {errors[:3]}"


def sessions_ended(database, timeout=15):
    """Wait until PostgreSQL has ended the stopped server's sessions.

    pytest-django cannot drop the test database while any is open.
    """
    name = database.rsplit("/", 1)[1]
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND pid <> pg_backend_pid()",
                [name],
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.1)


class Visitor:
    """One person's browser.

    It holds the CSRF cookie and the form's token from a GET of the petition page, and the sign
    form's action.
    """

    def __init__(self, port, page_path):
        self.port = port
        status, headers, body = self.send("GET", page_path)
        assert status == 200, f"the petition page answered {status}"
        self.csrf_cookie = next(
            re.match(r"csrftoken=([^;]*)", value).group(1)
            for name, value in headers
            if name.lower() == "set-cookie" and value.startswith("csrftoken=")
        )
        self.csrf_token = CSRF_INPUT.search(body).group(1)
        self.sign_path = SIGN_FORM.search(body).group(1)

    def send(self, method, path, fields=None):
        headers = {}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Cookie"] = f"csrftoken={self.csrf_cookie}"
        # A connection per request: a kept-alive one that the server closed while idle would
        # leave a POST's fate unknown, and a retry could hide a dropped request.
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read().decode()
        finally:
            connection.close()

    def sign(self, email, number):
        """POST one signature; returns (status, headers as a dict, body)."""
        status, headers, body = self.send(
            "POST",
            self.sign_path,
            {
                "csrfmiddlewaretoken": self.csrf_token,
                "full_name": f"Signer {number}",
                "email": email,
                "postal_code": POSTAL_CODES[number % len(POSTAL_CODES)],
                "city": "Toronto",
                "consent": "share_name_with_mp" if number % 3 == 0 else "count_only",
                "ref_code": "",
            },
        )
        return status, dict(headers), body


def accepted(status, headers):
    """The sign view's answer to a signature, new or repeat alike: 303 to signed/."""
    return status == 303 and headers.get("Location", "").endswith("/signed/")


def run_clients(count, client, timeout=120):
    """client(index) in `count` threads at once; the first error is re-raised."""
    errors = []

    def run(index):
        try:
            client(index)
        except BaseException as error:  # re-raised below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
        assert not thread.is_alive(), "a client hung"
    if errors:
        raise errors[0]


def rows_by_email(petition, emails):
    """{email: number of rows} of the petition's signatures with these emails."""
    counts = {}
    for email in Signature.objects.filter(petition=petition, email__in=emails).values_list(
        "email", flat=True
    ):
        counts[email] = counts.get(email, 0) + 1
    return counts


# --- Fifty clients at once --------------------------------------------------------------------

CLIENTS = 50
SIGNATURES_EACH = 20
# Clients index // CONTESTED_GROUP post the same email at the same moment (after a barrier).
CONTESTED_GROUP = 5


def test_fifty_clients_signing_at_once_make_one_row_per_accepted_signature(petition):
    url = postgres_url(connection.settings_dict)
    page_path = petition.url
    results = []  # (email, status, accepted)
    lock = threading.Lock()
    all_ready = threading.Barrier(CLIENTS, timeout=60)
    contested_moment = threading.Barrier(CLIENTS, timeout=60)

    with gunicorn_serving(url) as server:

        def client(index):
            visitor = Visitor(server.port, page_path)
            own = []

            def sign(email, number):
                status, headers, _body = visitor.sign(email, number)
                own.append((email, status, accepted(status, headers)))

            all_ready.wait()
            for n in range(SIGNATURES_EACH):
                if n == SIGNATURES_EACH // 2:
                    contested_moment.wait()
                    sign(f"contested-{index // CONTESTED_GROUP}@example.org", index)
                sign(f"client-{index}-{n}@example.org", index * 100 + n)
            # A second click, or a second try, of this client's first signature.
            sign(f"client-{index}-0@example.org", index * 100)
            with lock:
                results.extend(own)

        started = time.perf_counter()
        run_clients(CLIENTS, client)
        elapsed = time.perf_counter() - started

    statuses = {}
    for _email, status, _ok in results:
        statuses[status] = statuses.get(status, 0) + 1
    accepted_emails = [email for email, _status, ok in results if ok]
    emails = {email for email, _status, _ok in results}
    rows = rows_by_email(petition, emails)
    print(
        f"\n{len(results)} sign requests from {CLIENTS} clients in {elapsed:.1f} s "
        f"({len(results) / elapsed:.0f}/s): statuses {statuses}, accepted "
        f"{len(accepted_emails)}, rows {sum(rows.values())}, "
        f"duplicate rows {sum(count - 1 for count in rows.values())}"
    )

    groups = CLIENTS // CONTESTED_GROUP
    assert len(results) == CLIENTS * (SIGNATURES_EACH + 2)
    # Every post is answered alike, repeats and the contested email's posts included (nothing
    # tells whether an address had signed).
    assert statuses == {303: len(results)}
    assert len(accepted_emails) == len(results)
    # One row per distinct email, nothing else: the repeats made none.
    distinct = set(accepted_emails)
    assert len(distinct) == CLIENTS * SIGNATURES_EACH + groups
    assert rows == dict.fromkeys(distinct, 1)
    assert Signature.objects.filter(petition=petition).count() == len(distinct)


# --- PostgreSQL restarted while clients sign --------------------------------------------------

SIGNING_CLIENTS = 6
OUTAGE_SECONDS = 1.5
# Signing must work again this soon after PostgreSQL accepts connections again.
RECOVERY_LIMIT_SECONDS = 5


def postgresql_binaries():
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3])
    )
    if not versions:
        pytest.skip("PostgreSQL server binaries (/usr/lib/postgresql/*/bin) not installed")
    return versions[-1].parent


class PrivatePostgreSQL:
    """A PostgreSQL server of this test's own.

    In a temporary directory, on a free loopback port, trust authentication. initdb refuses to run
    as root: as root the server runs as the postgres system user.
    """

    def __init__(self):
        self.bin = postgresql_binaries()
        self.directory = Path(tempfile.mkdtemp(prefix="reliability-postgresql-"))
        self.data = self.directory / "data"
        self.port = free_port()
        self.as_owner = []
        if os.geteuid() == 0:
            self.as_owner = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.directory, "postgres", "postgres")

    def pg_ctl(self, *args):
        self.run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.directory / "log"),
            "-w", *args,
        )  # fmt: skip

    def run(self, *command):
        result = subprocess.run(  # noqa: S603 (PostgreSQL binaries, our arguments)
            [*self.as_owner, *command], capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, f"{command[0]} failed: {result.stdout}{result.stderr}"

    def start(self):
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self.pg_ctl("-o", options, "start")

    def stop(self):
        self.pg_ctl("-m", "fast", "stop")

    def __enter__(self):
        self.run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.start()
        return self

    def __exit__(self, *exc):
        with contextlib.suppress(Exception):
            self.pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(self.directory, ignore_errors=True)

    def copy_database(self, source_url, name):
        """A database `name` on this server holding what `source_url` holds."""
        self.run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), name)
        dump = subprocess.run(  # noqa: S603 (pg_dump, our arguments)
            [str(self.bin / "pg_dump"), "--no-owner", "--no-privileges", source_url],
            capture_output=True,
            timeout=120,
            check=True,
        )
        restore = subprocess.run(  # noqa: S603 (psql, our arguments)
            [
                str(self.bin / "psql"), "-q", "-v", "ON_ERROR_STOP=1",
                f"postgres://postgres@127.0.0.1:{self.port}/{name}",
            ],
            input=dump.stdout, capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        assert restore.returncode == 0, restore.stderr.decode()[-2000:]
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


def test_postgresql_restart_while_signing_gives_503_then_recovers(petition):
    with PrivatePostgreSQL() as postgresql:
        url = postgresql.copy_database(postgres_url(connection.settings_dict), "reliability")
        page_path = petition.url
        attempts = []  # (client, started, finished, email, status, accepted)
        page_503s = []  # the 503 pages' (headers, body)
        lock = threading.Lock()
        restarted_at = []  # when PostgreSQL accepted connections again
        stop_signing = threading.Event()
        all_signing = threading.Barrier(SIGNING_CLIENTS + 1, timeout=60)

        with gunicorn_serving(url) as server:
            workers_before = sorted(server.pids())

            def client(index):
                visitor = Visitor(server.port, page_path)
                all_signing.wait()
                n = 0
                while not stop_signing.is_set():
                    n += 1
                    email = f"outage-{index}-{n}@example.org"
                    # After a 503, the signer tries again with the same email, as the page
                    # says is safe.
                    while True:
                        started = time.monotonic()
                        status, headers, body = visitor.sign(email, index * 10_000 + n)
                        with lock:
                            attempts.append(
                                (index, started, time.monotonic(), email, status,
                                 accepted(status, headers))
                            )  # fmt: skip
                        if status != 503:
                            break
                        with lock:
                            page_503s.append((headers, body))
                        time.sleep(0.1)

            signers = threading.Thread(
                target=run_clients, args=(SIGNING_CLIENTS, client), daemon=True
            )
            signers.start()
            all_signing.wait()
            time.sleep(2)
            postgresql.stop()
            stopped_at = time.monotonic()
            # A page that needs the database, in French, while PostgreSQL is down.
            french = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            french.request("GET", "/fr/")
            french_response = french.getresponse()
            french_page = (french_response.status, french_response.read().decode())
            french.close()
            time.sleep(max(0, OUTAGE_SECONDS - (time.monotonic() - stopped_at)))
            postgresql.start()
            restarted_at.append(time.monotonic())
            time.sleep(RECOVERY_LIMIT_SECONDS)
            stop_signing.set()
            signers.join(60)
            assert not signers.is_alive(), "the signing clients hung"

            # Signing works again from a new visitor, with the same server processes.
            final = Visitor(server.port, page_path)
            final_status, final_headers, _body = final.sign("after-outage@example.org", 1)
            assert accepted(final_status, final_headers)
            assert sorted(server.pids()) == workers_before, "gunicorn workers were restarted"

        up = restarted_at[0]
        statuses = {}
        for *_rest, status, _ok in attempts:
            statuses[status] = statuses.get(status, 0) + 1
        first_success = min(
            (finished for _c, started, finished, *_e, ok in attempts if ok and started >= up),
            default=None,
        )
        recovery = None if first_success is None else first_success - up
        accepted_emails = [email for *_times, email, _status, ok in attempts if ok]
        print(
            f"\n{len(attempts)} sign requests from {SIGNING_CLIENTS} clients around a "
            f"{OUTAGE_SECONDS} s PostgreSQL outage: statuses {statuses}, accepted "
            f"{len(accepted_emails)}, recovery {recovery and round(recovery, 3)} s "
            f"after PostgreSQL was up"
        )

        # Only accepted signatures and 503s: no 500, no "already signed" for a signature
        # whose first try failed, no dropped connection (that would have raised).
        assert set(statuses) == {303, 503}, statuses
        assert len(accepted_emails) == statuses[303]
        for headers, body in page_503s:
            assert PAGE_503_HEADING["en"] in body
            assert "Traceback" not in body and "OperationalError" not in body
            assert headers.get("Retry-After") == "30"
            assert "no-store" in headers.get("Cache-Control", "")
        assert french_page[0] == 503
        assert PAGE_503_HEADING["fr"] in french_page[1]
        assert 'lang="fr"' in french_page[1]

        # Recovery: every client signs again soon after PostgreSQL is back, and nothing
        # fails once one has.
        assert recovery is not None and recovery < RECOVERY_LIMIT_SECONDS
        for index in range(SIGNING_CLIENTS):
            assert any(c == index and ok and s >= up for c, s, _f, _e, _st, ok in attempts)
        assert all(ok for _c, started, *_rest, ok in attempts if started >= first_success)

        # Every accepted signature has its row, whole; no other row exists.
        with psycopg_connection(url) as database:
            rows = database.execute(
                "SELECT email, full_name, postal_code FROM petitions_signature "
                "WHERE petition_id = %s",
                [petition.pk],
            ).fetchall()
        emails = [email for email, _name, _code in rows]
        assert sorted(emails) == sorted([*accepted_emails, "after-outage@example.org"])
        assert all(name.startswith("Signer ") and code for _email, name, code in rows)


@contextlib.contextmanager
def psycopg_connection(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as database:
        yield database
