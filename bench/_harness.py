"""What the benchmarks share: the database, Django, gunicorn, the load and the results.

A scratch PostgreSQL database, Django set up against it, gunicorn, a closed-loop HTTP load
generator, percentiles and the results file.

Everything stays on 127.0.0.1. Every process a benchmark starts (gunicorn in its own process
group, load-generator processes) is stopped by the benchmark, on success, failure, Ctrl-C or
its time limit (`time_limit`), and the scratch database and Redis keys are removed.

Environment:
    BENCH_SCALE       full (default) or small, for a quick run
    BENCH_POSTGRES    the PostgreSQL server (default postgres://postgres@127.0.0.1:5432)
    BENCH_REDIS_URL   the Redis database for the cache (default redis://127.0.0.1:6379/13);
                      keys go under a per-run prefix and are deleted afterwards
"""

import contextlib
import datetime
import functools
import http.client
import json
import multiprocessing
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
PYTHON = sys.executable
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432").rstrip("/")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
SCALE = os.environ.get("BENCH_SCALE", "full")
if SCALE not in ("full", "small"):
    raise SystemExit(f"BENCH_SCALE must be full or small, not {SCALE!r}")

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


STARTED = time.monotonic()
# Other work on the machine skews every wall-clock figure: the load before this benchmark
# started (at the end it includes the benchmark's own processes).
LOAD_AT_START = [round(value, 2) for value in os.getloadavg()]


def log(message):
    print(f"[{time.monotonic() - STARTED:6.1f} s] {message}", flush=True)


# --- Time limit -------------------------------------------------------------------------------


class TimeLimitExceeded(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds):
    """Raise TimeLimitExceeded in the main thread after `seconds`.

    It is raised so that every `finally` (gunicorn, databases) still runs; SIGTERM does the same.
    """

    def expire(signum, frame):
        raise TimeLimitExceeded(f"stopped after {seconds} s (signal {signum})")

    previous = signal.signal(signal.SIGALRM, expire), signal.signal(signal.SIGTERM, expire)
    signal.alarm(int(seconds))
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous[0])
        signal.signal(signal.SIGTERM, previous[1])


# --- PostgreSQL and Django --------------------------------------------------------------------


def _admin_connection():
    import psycopg

    return psycopg.connect(f"{POSTGRES}/postgres", autocommit=True)


@contextlib.contextmanager
def scratch_database(name):
    """A new, empty database `name` (dropped first if a previous run left it), dropped at the end.

    Yields its URL.
    """
    if not re.fullmatch(r"bench_[a-z0-9_]+", name):
        raise ValueError("scratch databases are named bench_*")
    with _admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{POSTGRES}/{name}"
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        with _admin_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment(database_url, cache_prefix, **extra):
    """The environment of every Django process of a benchmark.

    Bench settings, its database, Redis under its own key prefix.
    """
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench._settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": cache_prefix,
        "PYTHONPATH": str(REPO),
        **extra,
    }


def manage(env, *args, timeout=600):
    started = time.monotonic()
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    log(f"manage.py {' '.join(args)}: {time.monotonic() - started:.1f} s")
    return result.stdout


def setup_django(env):
    """Django in this process, on the benchmark's database and cache."""
    os.environ.update(env)
    import django

    django.setup()


def prepare_database(env, *commands):
    """Migrate and load the scratch database, and set Django up on it.

    Loads the ridings and then each management command of `commands` (import_members), and sets
    Django up in this process on that database.
    """
    for args in [("migrate", "--noinput"), ("import_ridings",), *[(c,) for c in commands]]:
        manage(env, *args)
    setup_django(env)


@contextlib.contextmanager
def redis_keys_removed(prefix):
    """Delete every cache key of this run (the prefix) at the end; other keys are left."""
    try:
        yield
    finally:
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])
        client.close()


def new_prefix(name):
    return f"bench-{name}-{uuid.uuid4().hex[:8]}"


def create_petition_site(petition_title="Permanent status for all migrant workers"):
    """A home page, a petition index and one open petition; returns the petition.

    The home page is the default site's root, with a petition index and one open petition under it
    (English, email confirmation required, as created in the admin).
    """
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from petitions.models import PetitionIndexPage, PetitionPage

    locale = Locale.get_default()
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(
            title="Home",
            slug="bench-home",
            locale=locale,
            hero_heading="Status for all migrant workers",
            hero_text="A coalition of migrant-worker organizations across Canada.",
        )
    )
    Site.objects.all().delete()
    Site.objects.create(
        hostname="127.0.0.1", port=80, root_page=home, is_default_site=True, site_name="Bench"
    )
    index = home.add_child(
        instance=PetitionIndexPage(title="Petitions", slug="petitions", locale=locale)
    )
    petition = index.add_child(
        instance=PetitionPage(
            title=petition_title,
            slug="status-for-all",
            locale=locale,
            summary="Permanent resident status for all migrant workers, now.",
            request=(
                "We, the undersigned residents of Canada, call upon the House of Commons to "
                "grant permanent resident status to all migrant workers and their families."
            ),
            goal=1_000_000,
        )
    )
    petition.save_revision().publish()
    petition.refresh_from_db()
    return petition


# --- gunicorn ---------------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn serving config.wsgi on 127.0.0.1 in its own process group.

    stop() ends the group (SIGTERM, then SIGKILL after a grace period).
    """

    def __init__(self, env, workers=4, worker_class="sync", threads=1):
        self.env = env
        self.workers = workers
        self.worker_class = worker_class
        self.threads = threads
        self.port = free_port()
        self.process = None
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed in stop)
            prefix="bench-gunicorn-", suffix=".log", delete=False
        )

    @property
    def description(self):
        kind = self.worker_class + (f" x{self.threads} threads" if self.threads > 1 else "")
        return f"gunicorn {self.workers} {kind} workers"

    def start(self, ready_path="/bench/ok/", timeout=60):
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--worker-class",
                self.worker_class,
                "--threads",
                str(self.threads),
                "--backlog",
                "2048",
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
                "--log-level",
                "warning",
            ],
            cwd=REPO,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_text()}")
            try:
                status, _headers, _body = request(self.port, "GET", ready_path, timeout=5)
                if status == 200:
                    # Every worker imports the application at boot; give them all a moment.
                    time.sleep(1)
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn not ready after {timeout} s:\n{self.log_text()}")

    def pids(self):
        """The master and its workers."""
        pids = [self.process.pid]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == self.process.pid:
                    pids.append(int(stat.parent.name))
        return pids

    def cpu_seconds(self, database=None):
        """CPU time used so far by gunicorn and the database's backends.

        The backends are the PostgreSQL ones serving `database`, other than this process's own.
        Unlike wall-clock figures, barely changed by other work on the machine.
        """
        pids = self.pids()
        if database:
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s "
                    "AND pid <> pg_backend_pid()",
                    [database],
                )
                pids += [row[0] for row in cursor.fetchall()]
        return sum(process_cpu_seconds(pid) for pid in pids)

    def log_text(self):
        return Path(self.log.name).read_text(errors="replace")[-5000:]

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)
        self.log.close()
        errors = [
            line for line in self.log_text().splitlines() if "Traceback" in line or "ERROR" in line
        ]
        Path(self.log.name).unlink(missing_ok=True)
        return errors

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        errors = self.stop()
        if errors:
            log(f"gunicorn logged {len(errors)} errors, e.g. {errors[0]}")


def process_cpu_seconds(pid):
    """User and system CPU time of a process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(server, database, load):
    """run_load(...) wrapped: `load` is a no-argument callable running it.

    Adds the server's CPU milliseconds per request (gunicorn and PostgreSQL; Redis is shared and
    not counted).
    """
    before = server.cpu_seconds(database)
    result = load()
    used = server.cpu_seconds(database) - before
    requests = sum(result["outcomes"].values())
    result["server_cpu_ms_per_request"] = round(used * 1000 / requests, 2) if requests else None
    return result


# --- HTTP -------------------------------------------------------------------------------------


def request(port, method, path, body=None, headers=None, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def cookie_value(headers, name):
    """A cookie's value from the Set-Cookie headers of an http.client response."""
    for header, value in headers:
        if header.lower() == "set-cookie":
            match = re.match(rf"\s*{re.escape(name)}=([^;]*)", value)
            if match:
                return match.group(1)
    return None


def percentile(sorted_values, p):
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return None
    rank = max(1, min(len(sorted_values), round(p / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def _load_process(make_client, indexes, start_at, stop_at, queue):
    latencies = []
    outcomes = Counter()
    errors = []
    lock = threading.Lock()

    def run(index):
        try:
            client = make_client(index)
        except Exception as error:
            with lock:
                outcomes["client setup failed"] += 1
                errors.append(repr(error))
            return
        own = []
        own_outcomes = Counter()
        time.sleep(max(0, start_at - time.time()))
        while time.time() < stop_at:
            started = time.perf_counter()
            try:
                outcome = client()
            except Exception as error:
                outcome = f"error: {type(error).__name__}"
                if len(errors) < 5:
                    errors.append(repr(error))
            elapsed = time.perf_counter() - started
            own_outcomes[outcome] += 1
            if outcome == "ok" or outcome.startswith("ok:"):
                own.append(elapsed)
        with lock:
            latencies.extend(own)
            outcomes.update(own_outcomes)

    threads = [threading.Thread(target=run, args=(index,)) for index in indexes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put((latencies, dict(outcomes), errors))


def run_load(make_client, *, duration, clients, processes=2, keep_latencies=False):
    """A closed loop of concurrent clients making requests back to back.

    `clients` concurrent clients (threads spread over `processes` forked processes, so that the
    load generator is not held back by one GIL) each make requests back to back for `duration`
    seconds. make_client(index) returns a callable that makes one request and returns "ok" (or
    "ok:<detail>") or another outcome name. Returns throughput and latencies of the "ok" requests,
    and the count of every outcome (with `keep_latencies`, also each latency, "latencies_s", for
    load_summary).
    """
    # The children are forked: they must not share this process's database connections.
    with contextlib.suppress(Exception):
        from django.db import connections

        connections.close_all()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    start_at = time.time() + 1.5  # every client has set up (CSRF GET) before the clock starts
    stop_at = start_at + duration
    workers = []
    for p in range(processes):
        indexes = list(range(p, clients, processes))
        if indexes:
            worker = context.Process(
                target=_load_process,
                args=(make_client, indexes, start_at, stop_at, queue),
                daemon=True,
            )
            worker.start()
            workers.append(worker)
    latencies, outcomes, errors = [], Counter(), []
    try:
        for _ in workers:
            part, part_outcomes, part_errors = queue.get(timeout=duration + 120)
            latencies.extend(part)
            outcomes.update(part_outcomes)
            errors.extend(part_errors)
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
                worker.join(timeout=5)
    result = load_summary(latencies, outcomes, errors, duration=duration, clients=clients)
    if keep_latencies:
        result["latencies_s"] = latencies
    return result


def load_summary(latencies, outcomes, errors, *, duration, clients):
    """run_load's figures, from the results of one or more runs.

    They come from the latencies (seconds) of the "ok" requests, the count of every outcome and the
    errors of one or more runs lasting `duration` seconds in all.
    """
    ms = sorted(value * 1000 for value in latencies)
    return {
        "clients": clients,
        "duration_s": duration,
        "requests_ok": len(ms),
        "per_s": round(len(ms) / duration, 1),
        "p50_ms": _round(percentile(ms, 50)),
        "p90_ms": _round(percentile(ms, 90)),
        "p99_ms": _round(percentile(ms, 99)),
        "max_ms": _round(ms[-1] if ms else None),
        "outcomes": dict(outcomes),
        "errors": list(errors)[:5],
    }


def _round(value, digits=2):
    return None if value is None else round(value, digits)


# --- Results ----------------------------------------------------------------------------------


def machine():
    import django

    info = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "platform": platform.platform(),
        "load_average_1_5_15_min_at_start": LOAD_AT_START,
        "load_average_1_5_15_min_at_end": [round(value, 2) for value in os.getloadavg()],
    }
    with contextlib.suppress(Exception), _admin_connection() as connection:
        info["postgresql"] = connection.execute("SHOW server_version").fetchone()[0]
    with contextlib.suppress(Exception):
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
        info["git_commit"] = commit
    return info


def write_result(name, result):
    """bench/results/<name>.json (through a .tmp file, which .gitignore ignores)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {
        "benchmark": name,
        "scale": SCALE,
        "run_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        **result,
    }
    path = RESULTS / f"{name}.json"
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    temporary.replace(path)
    log(f"wrote {path.relative_to(REPO)}")
    return path


def verdict(value, target, higher_is_better=True):
    if value is None:
        return "n/a"
    met = value >= target if higher_is_better else value <= target
    return "met" if met else "MISSED"


def merged_runs(parts, *, clients):
    """One result from the runs of one kind, with each run's throughput and server CPU.

    Its figures are over all their requests.
    """
    latencies, outcomes, errors = [], Counter(), []
    for part in parts:
        latencies += part.pop("latencies_s")
        outcomes.update(part["outcomes"])
        errors += part["errors"]
    result = load_summary(
        latencies, outcomes, errors, duration=sum(p["duration_s"] for p in parts), clients=clients
    )
    requests = [sum(part["outcomes"].values()) for part in parts]
    cpu_ms = sum(
        (part["server_cpu_ms_per_request"] or 0) * n
        for part, n in zip(parts, requests, strict=True)
    )
    result["server_cpu_ms_per_request"] = (
        round(cpu_ms / sum(requests), 2) if any(requests) else None
    )
    result["runs"] = [
        {"per_s": part["per_s"], "server_cpu_ms_per_request": part["server_cpu_ms_per_request"]}
        for part in parts
    ]
    return result


def alternating_runs(server, database, make_client, kind, *, seconds, rounds, clients):
    """The baseline and `kind` in turns (base, kind, kind, base, base, kind...), merged per kind.

    `make_client(kind, part)` makes the load's client of one turn (interleaved_runs).
    """
    runs = interleaved_runs(
        server,
        database,
        {turn: functools.partial(make_client, turn) for turn in ("base", kind)},
        seconds=seconds,
        rounds=rounds,
        clients=clients,
    )
    return runs["base"], runs[kind]


def interleaved_runs(server, database, loads, *, seconds, rounds, clients):
    """Each of `loads` (name → make_client(round)) in turns, the order rotating every round.

    Each turn lasts seconds / rounds: other work on the machine, which comes and goes, then
    weighs on all alike. Returns name → the runs of that name merged (merged_runs).
    """
    names = list(loads)
    parts = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            parts[name].append(
                measured(
                    server,
                    database,
                    lambda name=name, round_=round_: run_load(
                        loads[name](round_),
                        duration=seconds / rounds,
                        clients=clients,
                        keep_latencies=True,
                    ),
                )
            )
    return {name: merged_runs(parts[name], clients=clients) for name in names}
