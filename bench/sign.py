"""Signing throughput, and the petition page for anonymous visitors.

gunicorn (4 workers) serves the project with production settings on PostgreSQL (a scratch
database, bench_sign, migrated, ridings imported) and the Redis cache. Closed-loop clients
(threads in 2 forked processes) first GET the petition page for a real CSRF cookie and the
form's csrfmiddlewaretoken, then, for SIGN_SECONDS:

- sign: POST distinct valid signatures where the page's form posts them
  (/<language>/sign-petition/<page id>/), the full path: form validation, rate limit, riding
  resolution (no postal-code table is loaded and Represent is off, so the province's ridings
  are looked up; the riding is asked later, behind the emailed link), the insert (an upsert),
  the confirmation sweep's cache check, 303 to signed/;
- baseline: POST to a bench-only view behind the same middleware, CSRF check included, that
  inserts one signature row and answers 303 (bench/_views.py).

The two take turns (ROUNDS runs of each, SIGN_SECONDS in all per kind), so that other work on
a shared machine weighs on both alike; "runs" in the results lists each run's figures.

Then: lost = accepted responses minus rows in the database, duplicates = rows sharing an
email. Targets: sign/baseline ≥ 0.6, ≥ 300 signatures/s, lost = duplicates = 0.

And the petition page (GET, no cookies: a new visitor, served from the page cache) against a
bare view returning "ok" behind the same middleware, in turns as well: target ratio ≥ 0.8
(bench/results/page.json).

BENCH_SCALE=small: 4 s per run instead of 15. BENCH_WORKER_CLASS=gthread (4 threads per
worker) instead of sync workers.
"""

import os
import re
import time
from urllib.parse import urlencode

from _harness import (
    SCALE,
    Gunicorn,
    alternating_runs,
    cookie_value,
    create_petition_site,
    environment,
    interleaved_runs,
    log,
    new_prefix,
    prepare_database,
    redis_keys_removed,
    request,
    run_load,
    scratch_database,
    time_limit,
    verdict,
    write_result,
)

SIGN_SECONDS = 15 if SCALE == "full" else 4
PAGE_SECONDS = 12 if SCALE == "full" else 3
# The page and the bare view in turns of 2 s at full scale (bench/_harness.interleaved_runs).
PAGE_ROUNDS = 6 if SCALE == "full" else 3
CLIENTS = 8
# Its own name per worktree (BENCH_SIGN_DATABASE) when several people bench one server at once.
DATABASE = os.environ.get("BENCH_SIGN_DATABASE", "bench_sign")
WORKERS = 4
WORKER_CLASS = os.environ.get("BENCH_WORKER_CLASS", "sync")
THREADS = 4 if WORKER_CLASS == "gthread" else 1
TARGETS = {"ratio": 0.6, "signatures_per_s": 300, "page_ratio": 0.8}

# Valid postal codes across the provinces and territories (the first letter gives the
# province, and with it the ridings a signer chooses from).
POSTAL_CODES = [
    "M5S 2T9",
    "K1A 0A6",
    "L5G 4L3",
    "N2L 3G1",
    "H2X 1Y4",
    "G1R 4S9",
    "J4K 2T5",
    "V6B 1A1",
    "T2P 1J9",
    "R3C 4T3",
    "S4P 3Y2",
    "B3H 4R2",
    "E1C 4M3",
    "A1C 5M2",
    "C1A 4P3",
    "Y1A 2C6",
    "X1A 2L9",
]
CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
SIGN_FORM = re.compile(rb'<form class="sign-form" method="post" action="([^"#]+)')


class Client:
    """One visitor: a keep-alive connection, the CSRF cookie and token.

    The connection is kept alive (sync workers close it after each response and http.client
    reconnects); the CSRF cookie and token come from a GET of the petition page.
    """

    def __init__(self, port, page_path):
        import http.client

        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        status, headers, body = self.send("GET", page_path)
        if status != 200:
            raise RuntimeError(f"petition page answered {status}")
        self.csrf_cookie = cookie_value(headers, "csrftoken")
        self.csrf_token = CSRF_INPUT.search(body).group(1).decode()
        self.sign_path = SIGN_FORM.search(body).group(1).decode()
        if not self.csrf_cookie:
            raise RuntimeError("no CSRF cookie")

    def send(self, method, path, fields=None):
        headers = {}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Cookie"] = f"csrftoken={self.csrf_cookie}"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.getheaders(), response.read()


def signer_fields(run, kind, index, n, csrf_token, part=0):
    number = index * 1_000_000 + n
    return {
        "csrfmiddlewaretoken": csrf_token,
        "full_name": f"Signer {kind} {number}",
        "email": f"{run}-{kind}-{part}.{index}-{n}@example.org",
        "postal_code": POSTAL_CODES[number % len(POSTAL_CODES)],
        "city": "Toronto",
        "consent": "share_name_with_mp" if number % 3 == 0 else "count_only",
        "ref_code": "",  # the honeypot, empty as a person leaves it
    }


def sign_client(port, page_path, run, kind, part=0):
    """Clients that sign (kind "sign") or post the baseline insert (kind "base").

    `part` keeps the emails of successive runs of the same kind apart.
    """

    def make(index):
        client = Client(port, page_path)
        counter = iter(range(1, 10**9))

        def post():
            n = next(counter)
            fields = signer_fields(run, kind, index, n, client.csrf_token, part)
            if kind == "sign":
                status, headers, _body = client.send("POST", client.sign_path, fields)
            else:
                fields["petition"] = str(PETITION_ID)
                status, headers, _body = client.send("POST", "/bench/insert/", fields)
            if status != 303:
                return f"status {status}"
            location = dict(headers).get("Location", "")
            if kind == "sign":
                if location.endswith("/signed/"):
                    return "ok:signed"
                return f"303 to {location[:40]}"
            return "ok"

        return post

    return make


def get_client(port, path, expect_cache_header=False):
    def make(index):
        import http.client

        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

        def get():
            # No cookies: each request is a new anonymous visitor.
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                return f"status {response.status}"
            if expect_cache_header:
                return f"ok:{response.getheader('X-Page-Cache') or 'no cache header'}"
            return "ok"

        return get

    return make


PETITION_ID = None
# The signatures and their baseline run in turns (base, sign, sign, base, base, sign), each for
# SIGN_SECONDS / ROUNDS: other work on the machine, which comes and goes, then weighs on both
# alike.
ROUNDS = 3


def count_rows(petition_id, run):
    from django.db import connection

    with connection.cursor() as cursor:
        result = {}
        for kind in ("sign", "base"):
            cursor.execute(
                "SELECT count(*), count(DISTINCT email) FROM petitions_signature "
                "WHERE petition_id = %s AND email LIKE %s",
                [petition_id, f"{run}-{kind}-%"],
            )
            rows, distinct = cursor.fetchone()
            result[kind] = {"rows": rows, "duplicates": rows - distinct}
        cursor.execute(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE task_path LIKE %s",
            ["petitions.signing.tasks.send_%confirmation%"],
        )
        result["confirmation_tasks"] = cursor.fetchone()[0]
    return result


def cost_ratio(cheap, costly):
    """Server CPU per request of the floor over that of the real thing."""
    a, b = cheap["server_cpu_ms_per_request"], costly["server_cpu_ms_per_request"]
    return round(a / b, 3) if a and b else None


def accepted(load):
    return sum(n for outcome, n in load["outcomes"].items() if outcome.startswith("ok"))


def main():
    global PETITION_ID
    prefix = new_prefix("sign")
    run = prefix.rsplit("-", 1)[-1]
    with (
        time_limit(1200),
        redis_keys_removed(prefix),
        scratch_database(DATABASE) as database_url,
    ):
        env = environment(database_url, prefix)
        prepare_database(env)
        petition = create_petition_site()
        PETITION_ID = petition.pk
        page_path = petition.get_url()
        log(f"petition {petition.pk} at {page_path}")

        with Gunicorn(env, workers=WORKERS, worker_class=WORKER_CLASS, threads=THREADS) as server:
            port = server.port
            # Warm up: every worker renders the page, signs, inserts (not counted below).
            run_load(sign_client(port, page_path, run + "w", "sign"), duration=2, clients=8)
            run_load(sign_client(port, page_path, run + "w", "base"), duration=2, clients=8)

            log(f"page vs bare view, in turns, {PAGE_ROUNDS} runs of each")
            _status, page_headers, page_body = request(port, "GET", page_path)
            _status, _headers, bare_body = request(port, "GET", "/bench/ok/")
            pages = interleaved_runs(
                server,
                DATABASE,
                {
                    "page": lambda _round: get_client(port, page_path, expect_cache_header=True),
                    "bare": lambda _round: get_client(port, "/bench/ok/"),
                },
                seconds=PAGE_SECONDS,
                rounds=PAGE_ROUNDS,
                clients=CLIENTS,
            )
            page, bare = pages["page"], pages["bare"]

            log(f"baseline inserts and signatures, alternating, {ROUNDS} runs of each")
            baseline, sign = alternating_runs(
                server,
                DATABASE,
                lambda turn, part: sign_client(port, page_path, run, turn, part=part),
                "sign",
                seconds=SIGN_SECONDS,
                rounds=ROUNDS,
                clients=CLIENTS,
            )
            description = server.description
        time.sleep(0.5)
        rows = count_rows(petition.pk, run)

    lost = accepted(sign) - rows["sign"]["rows"]
    baseline_lost = accepted(baseline) - rows["base"]["rows"]
    ratio = round(sign["per_s"] / baseline["per_s"], 3) if baseline["per_s"] else None
    page_ratio = round(page["per_s"] / bare["per_s"], 3) if bare["per_s"] else None
    server = f"{description}, PostgreSQL, Redis cache, production settings"
    sign_result = {
        "server": server,
        "clients": CLIENTS,
        "duration_s": SIGN_SECONDS,
        "signatures_per_s": sign["per_s"],
        "baseline_per_s": baseline["per_s"],
        "ratio": ratio,
        "p50_ms": sign["p50_ms"],
        "p99_ms": sign["p99_ms"],
        "baseline_p50_ms": baseline["p50_ms"],
        "baseline_p99_ms": baseline["p99_ms"],
        # Server CPU (gunicorn + PostgreSQL) per request: the ratio that contention from
        # other work on the machine barely moves.
        "server_cpu_ms_per_signature": sign["server_cpu_ms_per_request"],
        "server_cpu_ms_per_baseline_insert": baseline["server_cpu_ms_per_request"],
        "cpu_cost_ratio": cost_ratio(baseline, sign),
        "accepted": accepted(sign),
        "rows": rows["sign"]["rows"],
        "lost": lost,
        "duplicates": rows["sign"]["duplicates"],
        "baseline_lost": baseline_lost,
        "baseline_duplicates": rows["base"]["duplicates"],
        "confirmation_tasks_queued_incl_warmup": rows["confirmation_tasks"],
        "sign": sign,
        "baseline": baseline,
        "targets": {
            "ratio_at_least": TARGETS["ratio"],
            "signatures_per_s_at_least": TARGETS["signatures_per_s"],
            "lost_and_duplicates": 0,
            "verdict_ratio": verdict(ratio, TARGETS["ratio"]),
            "verdict_signatures_per_s": verdict(sign["per_s"], TARGETS["signatures_per_s"]),
            "verdict_lost_duplicates": "met"
            if lost == 0 and rows["sign"]["duplicates"] == 0
            else "MISSED",
        },
    }
    page_result = {
        "server": server,
        "clients": CLIENTS,
        "duration_s": PAGE_SECONDS,
        "page_per_s": page["per_s"],
        "bare_view_per_s": bare["per_s"],
        "ratio": page_ratio,
        "page_p50_ms": page["p50_ms"],
        "page_p99_ms": page["p99_ms"],
        "bare_p50_ms": bare["p50_ms"],
        "bare_p99_ms": bare["p99_ms"],
        "server_cpu_ms_per_page": page["server_cpu_ms_per_request"],
        "server_cpu_ms_per_bare_view": bare["server_cpu_ms_per_request"],
        "cpu_cost_ratio": cost_ratio(bare, page),
        "page_bytes": len(page_body),
        "page_cache_header": page_headers.get("X-Page-Cache"),
        "bare_bytes": len(bare_body),
        "page": page,
        "bare_view": bare,
        "targets": {
            "ratio_at_least": TARGETS["page_ratio"],
            "verdict_ratio": verdict(page_ratio, TARGETS["page_ratio"]),
        },
    }
    write_result("sign", sign_result)
    write_result("page", page_result)
    print(
        f"""
sign ({SCALE}, {server}, {CLIENTS} clients, {SIGN_SECONDS} s):
  signatures: {sign["per_s"]}/s (p50 {sign["p50_ms"]} ms, p99 {sign["p99_ms"]} ms)
  baseline:   {baseline["per_s"]}/s (p50 {baseline["p50_ms"]} ms, p99 {baseline["p99_ms"]} ms)
  ratio {ratio} (target ≥ {TARGETS["ratio"]}: {sign_result["targets"]["verdict_ratio"]}), \
≥ {TARGETS["signatures_per_s"]}/s: {sign_result["targets"]["verdict_signatures_per_s"]}
  server CPU per request: signature {sign["server_cpu_ms_per_request"]} ms, baseline \
{baseline["server_cpu_ms_per_request"]} ms (ratio {sign_result["cpu_cost_ratio"]})
  accepted {accepted(sign)}, rows {rows["sign"]["rows"]}: lost {lost}, \
duplicates {rows["sign"]["duplicates"]} ({sign_result["targets"]["verdict_lost_duplicates"]})
  outcomes: {sign["outcomes"]}
page ({PAGE_SECONDS} s):
  petition page: {page["per_s"]}/s (p50 {page["p50_ms"]} ms, p99 {page["p99_ms"]} ms) \
{page["outcomes"]}
  bare view:     {bare["per_s"]}/s (p50 {bare["p50_ms"]} ms, p99 {bare["p99_ms"]} ms)
  server CPU per request: page {page["server_cpu_ms_per_request"]} ms, bare \
{bare["server_cpu_ms_per_request"]} ms (ratio {page_result["cpu_cost_ratio"]})
  ratio {page_ratio} (target ≥ {TARGETS["page_ratio"]}: {page_result["targets"]["verdict_ratio"]})
"""
    )


if __name__ == "__main__":
    main()
