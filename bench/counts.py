"""Per-riding counts of a petition with 1,000,000 counted signatures over the 343 ridings.

Measures (1) petitions.tally.compute_counts without any cache, in this process, and (2) the
public counts JSON (GET /api/petitions/<id>/counts.json) through gunicorn with the Redis
cache, p50/p99 at one client and under load. Target: p50 under 20 ms.

The signatures go straight into a scratch database (bench_counts) with INSERT ... SELECT
generate_series: riding sizes are skewed (the largest ridings get tens of times the smallest
one's signatures), 3 % of counted signatures have no riding yet, and 110,000 more signatures
that do not count (unconfirmed, invalidated) sit in the same table.

BENCH_SCALE=small: 50,000 counted signatures and shorter runs.
"""

import json
import statistics
import time

from _harness import (
    SCALE,
    Gunicorn,
    create_petition_site,
    environment,
    log,
    measured,
    new_prefix,
    percentile,
    prepare_database,
    redis_keys_removed,
    request,
    run_load,
    scratch_database,
    time_limit,
    verdict,
    write_result,
)

COUNTED = 1_000_000 if SCALE == "full" else 50_000
UNCONFIRMED = COUNTED // 10
INVALIDATED = COUNTED // 100
UNASSIGNED_SHARE = 0.03
LOAD_SECONDS = 15 if SCALE == "full" else 4
LOAD_CLIENTS = 8
TARGET_P50_MS = 20
DATABASE = "bench_counts"
# What is measured: the public endpoint, and two bench-only views (bench/_views.py) behind
# the same middleware for comparison.
VARIANTS = [
    ("endpoint", "/api/petitions/{id}/counts.json", "/api/petitions/<id>/counts.json"),
    (
        "reference",
        "/bench/counts/{id}/",
        "/bench/counts/<id>/: petitions.tally.petition_counts alone, as JSON",
    ),
    (
        "suggestion",
        "/bench/counts-payload-cached/{id}/",
        "/bench/counts-payload-cached/<id>/: the endpoint's JSON with its bytes cached for "
        "COUNTS_TTL (live/public check kept)",
    ),
]

SIGNATURES_SQL = """
WITH picks AS (
    -- Ridings by rank: power(random(), 2) makes the low ranks far more likely (skew).
    SELECT n,
           1 + floor(%(ridings)s * power(random(), 2))::int AS rank,
           random() AS unassigned
    FROM generate_series(1, %(count)s) AS n
)
INSERT INTO petitions_signature (
    petition_id, full_name, email, postal_code, city, province, riding_id, consent,
    updates_opt_in, language, source, created_at, confirmed_at, invalidated_at,
    invalid_reason, ip_hash, anonymized_at
)
SELECT %(petition)s,
       'Signer ' || picks.n,
       %(kind)s || picks.n || '@example.org',
       'K1A 0A6',
       '',
       ranked.province,
       CASE WHEN picks.unassigned < %(unassigned)s THEN NULL ELSE ranked.riding_id END,
       'count_only',
       false,
       'en',
       'web',
       now() - make_interval(secs => picks.n),
       CASE WHEN %(kind)s = 'unconfirmed' THEN NULL ELSE now() END,
       CASE WHEN %(kind)s = 'invalidated' THEN now() ELSE NULL END,
       CASE WHEN %(kind)s = 'invalidated' THEN 'bench' ELSE '' END,
       '',
       NULL
FROM picks JOIN bench_riding_rank AS ranked ON ranked.rank = picks.rank
"""


def generate_signatures(petition_id):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(0.2023)")
        cursor.execute(
            """
            CREATE TEMPORARY TABLE bench_riding_rank AS
            SELECT row_number() OVER (ORDER BY random())::int AS rank,
                   id AS riding_id, province
            FROM petitions_riding WHERE representation_order = 2023
            """
        )
        cursor.execute("SELECT count(*) FROM bench_riding_rank")
        ridings = cursor.fetchone()[0]
        for kind, count in (
            ("counted", COUNTED),
            ("unconfirmed", UNCONFIRMED),
            ("invalidated", INVALIDATED),
        ):
            started = time.monotonic()
            cursor.execute(
                SIGNATURES_SQL,
                {
                    "petition": petition_id,
                    "ridings": ridings,
                    "count": count,
                    "kind": kind,
                    "unassigned": UNASSIGNED_SHARE,
                },
            )
            log(f"inserted {count:,} {kind} signatures in {time.monotonic() - started:.1f} s")
        started = time.monotonic()
        cursor.execute("VACUUM ANALYZE petitions_signature")
        log(f"VACUUM ANALYZE: {time.monotonic() - started:.1f} s")
        cursor.execute(
            "EXPLAIN SELECT riding_id, count(*) FROM petitions_signature "
            "WHERE petition_id = %s AND confirmed_at IS NOT NULL AND invalidated_at IS NULL "
            "GROUP BY riding_id",
            [petition_id],
        )
        plan = [row[0] for row in cursor.fetchall()]
    return ridings, plan


def time_compute_counts(petition_id, runs=7):
    from django.core.cache import cache

    from petitions import tally

    timings = []
    counts = None
    for _ in range(runs):
        cache.delete_many(["tally:ridings", f"tally:petition:{petition_id}"])
        started = time.perf_counter()
        counts = tally.compute_counts(petition_id)
        timings.append((time.perf_counter() - started) * 1000)
    return counts, timings


def main():
    prefix = new_prefix("counts")
    with (
        time_limit(1800),
        redis_keys_removed(prefix),
        scratch_database(DATABASE) as database_url,
    ):
        env = environment(database_url, prefix)
        prepare_database(env)

        from petitions import tally
        from petitions.models import Riding

        petition = create_petition_site()
        ridings, plan = generate_signatures(petition.pk)
        assert ridings == Riding.objects.current().count() == 343, ridings

        counts, timings = time_compute_counts(petition.pk)
        assert counts.total == COUNTED, counts.total
        assert sum(counts.by_riding.values()) + counts.unassigned == COUNTED
        sizes = sorted(counts.by_riding.values())
        log(
            f"compute_counts: first {timings[0]:.0f} ms, median {statistics.median(timings):.0f}"
            f" ms; ridings from {sizes[0]:,} to {sizes[-1]:,} signatures"
        )
        tally.forget_counts(petition.pk)

        path = f"/api/petitions/{petition.pk}/counts.json"
        with Gunicorn(env) as server:
            # The first request after the cache expired computes the counts (a miss).
            started = time.perf_counter()
            status, _headers, body = request(server.port, "GET", path, timeout=30)
            miss_ms = (time.perf_counter() - started) * 1000
            assert status == 200, (status, body[:500])
            payload = json.loads(body)
            assert payload["total"] == COUNTED, payload["total"]
            assert len(payload["by_riding"]) == len(counts.by_riding)
            hit_ms = sorted(single_request_ms(server.port, path) for _ in range(200))

            def client_of(path):
                def client(index):
                    def get():
                        status, _headers, body = request(server.port, "GET", path)
                        return "ok" if status == 200 and body.startswith(b"{") else f"{status}"

                    return get

                return client

            variants = {}
            for name, variant_path, description in VARIANTS:
                variant_path = variant_path.format(id=petition.pk)
                status, _headers, _body = request(server.port, "GET", variant_path)
                assert status == 200, (variant_path, status)
                variants[name] = {
                    "path": description,
                    "one_client": measured(
                        server,
                        DATABASE,
                        lambda p=variant_path: run_load(
                            client_of(p), duration=max(1, LOAD_SECONDS // 3), clients=1
                        ),
                    ),
                    "loaded": measured(
                        server,
                        DATABASE,
                        lambda p=variant_path: run_load(
                            client_of(p), duration=LOAD_SECONDS, clients=LOAD_CLIENTS
                        ),
                    ),
                }
            workers = server.description

    endpoint = variants["endpoint"]
    result = {
        "signatures": {
            "counted": COUNTED,
            "unconfirmed": UNCONFIRMED,
            "invalidated": INVALIDATED,
            "counted_without_riding": counts.unassigned,
            "ridings": ridings,
            "smallest_riding": sizes[0],
            "median_riding": sizes[len(sizes) // 2],
            "largest_riding": sizes[-1],
        },
        "compute_counts_uncached_ms": {
            "first": round(timings[0], 1),
            "median": round(statistics.median(timings), 1),
            "min": round(min(timings), 1),
            "runs": len(timings),
        },
        "query_plan": plan,
        "server": f"{workers}, PostgreSQL, Redis cache, production settings",
        "endpoint_response_bytes": len(body),
        "endpoint_cache_miss_ms": round(miss_ms, 1),
        "endpoint_sequential": {
            "requests": len(hit_ms),
            "p50_ms": round(percentile(hit_ms, 50), 2),
            "p99_ms": round(percentile(hit_ms, 99), 2),
        },
        **variants,
        "target": {
            "p50_ms_under": TARGET_P50_MS,
            "verdict_loaded": verdict(
                endpoint["loaded"]["p50_ms"], TARGET_P50_MS, higher_is_better=False
            ),
            "verdict_one_client": verdict(
                endpoint["one_client"]["p50_ms"], TARGET_P50_MS, higher_is_better=False
            ),
        },
    }
    write_result("counts", result)
    print_summary(result)


def single_request_ms(port, path):
    started = time.perf_counter()
    status, _headers, _body = request(port, "GET", path)
    assert status == 200
    return (time.perf_counter() - started) * 1000


def print_summary(result):
    compute = result["compute_counts_uncached_ms"]
    signatures = result["signatures"]
    lines = [
        f"counts ({SCALE}): {signatures['counted']:,} counted signatures over "
        f"{signatures['ridings']} ridings (riding sizes {signatures['smallest_riding']:,} .. "
        f"{signatures['largest_riding']:,}); {result['server']}",
        f"  compute_counts, uncached: median {compute['median']} ms (first {compute['first']} ms)",
        f"  counts.json, cache miss: {result['endpoint_cache_miss_ms']} ms; sequential p50 "
        f"{result['endpoint_sequential']['p50_ms']} ms",
    ]
    for name, _path, _description in VARIANTS:
        for level in ("one_client", "loaded"):
            load = result[name][level]
            lines.append(
                f"  {name:10s} {load['clients']} client(s): p50 {load['p50_ms']} ms, "
                f"p99 {load['p99_ms']} ms, {load['per_s']}/s, server CPU "
                f"{load['server_cpu_ms_per_request']} ms/request"
            )
    target = result["target"]
    lines.append(
        f"  target p50 < {TARGET_P50_MS} ms (counts.json): {target['verdict_one_client']} at "
        f"one client, {target['verdict_loaded']} at {LOAD_CLIENTS} clients"
    )
    print("\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
