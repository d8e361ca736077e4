"""Where one sign POST spends its time: queries, Redis round trips and a cProfile.

The queries, the Redis round trips and a cProfile of N sign POSTs through the full middleware
(Django's test client, CSRF checks enforced), in one process, against a scratch database with
production settings (bench/_settings.py).

    .venv/bin/python bench/_profile_sign.py [N] [--sort tottime|cumulative] [--top 40]

Not a benchmark (leading underscore: `make bench` skips it); a tool for finding what to cut.
"""

import argparse
import cProfile
import gc
import io
import pstats
import time
from urllib.parse import urlencode

from _harness import (
    create_petition_site,
    environment,
    new_prefix,
    prepare_database,
    redis_keys_removed,
    scratch_database,
    time_limit,
)

DATABASE = "bench_profile_sign"
FORM = "application/x-www-form-urlencoded"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=300)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--callees", default="", help="print the callees of this function")
    parser.add_argument(
        "--wsgi", action="store_true", help="call the WSGI application, not the test client"
    )
    parser.add_argument(
        "--without",
        choices=["enqueue", "rate-limit", "facts-cache"],
        action="append",
        default=[],
        help="leave a step out (monkeypatched), to weigh it inside a real request",
    )
    options = parser.parse_args()
    prefix = new_prefix("profile")
    with time_limit(600), redis_keys_removed(prefix), scratch_database(DATABASE) as url:
        env = environment(url, prefix)
        prepare_database(env)
        profile(create_petition_site(), options)


def profile(petition, options):
    import re

    from django.core.cache import cache
    from django.core.wsgi import get_wsgi_application
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    leave_out(options.without)
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1")
    page = client.get(petition.url)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content).group(1)
    action = re.search(rb'<form class="sign-form" method="post" action="([^"#]+)', page.content)
    sign_path = action.group(1).decode()
    counter = iter(range(10**9))

    application = get_wsgi_application()
    csrf_cookie = client.cookies["csrftoken"].value

    def wsgi_post(path, fields):
        """A POST through Django's WSGI handler as gunicorn calls it.

        request_started and request_finished signals included (the test client leaves some out).
        """
        body = urlencode(fields).encode()
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": path,
            "QUERY_STRING": "",
            "CONTENT_TYPE": FORM,
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_HOST": "127.0.0.1",
            "HTTP_COOKIE": f"csrftoken={csrf_cookie}",
            "REMOTE_ADDR": "127.0.0.1",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.input": io.BytesIO(body),
            "wsgi.url_scheme": "http",
            "wsgi.errors": io.StringIO(),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            "wsgi.version": (1, 0),
        }
        status = []
        response = application(environ, lambda s, headers, exc_info=None: status.append(s))
        b"".join(response)
        response.close()
        response.status_code = int(status[0].split()[0])
        response["Location"] = dict(response.items()).get("Location", "")
        return response

    def form_post(path, fields):
        # As browsers and bench/sign.py send it (the test client's default is multipart).
        if options.wsgi:
            return wsgi_post(path, fields)
        return client.post(path, urlencode(fields), content_type=FORM)

    def post():
        n = next(counter)
        return form_post(
            sign_path,
            {
                "csrfmiddlewaretoken": token.decode(),
                "full_name": f"Signer {n}",
                "email": f"profile-{n}@example.org",
                "postal_code": ["M5S 2T9", "H2X 1Y4", "V6B 1A1", "Y1A 2C6"][n % 4],
                "city": "Toronto",
                "consent": "count_only",
                "ref_code": "",
            },
        )

    for _ in range(20):  # warm-up: per-process caches
        assert post().status_code == 303
    with CaptureQueriesContext(connection) as queries:
        response = post()
    print(f"sign POST → {response.status_code} {response['Location']}")
    print(f"{len(queries)} queries:")
    for i, query in enumerate(queries, 1):
        print(f"  {i:2}. {query['sql'][:160]}")

    redis_calls = []
    client_class = type(cache._cache.get_client())
    original = client_class.execute_command

    def counting(self, *args, **kwargs):
        redis_calls.append(args[0])
        return original(self, *args, **kwargs)

    client_class.execute_command = counting
    post()
    client_class.execute_command = original
    print(f"{len(redis_calls)} Redis commands: {redis_calls}")

    def baseline():
        n = next(counter)
        return form_post(
            "/bench/insert/",
            {
                "csrfmiddlewaretoken": token.decode(),
                "petition": str(petition.pk),
                "full_name": f"Signer {n}",
                "email": f"profile-{n}@example.org",
                "postal_code": "M5S 2T9",
                "city": "Toronto",
            },
        )

    # Alternating one of each, so that other work on the machine weighs on both alike.
    for make in (post, baseline):
        for _ in range(20):
            assert make().status_code == 303
    used = {post: 0.0, baseline: 0.0}
    collecting = {post: [0.0, 0, 0], baseline: [0.0, 0, 0]}  # seconds, collections, full ones
    current = [post, 0.0]

    def gc_timer(phase, info):
        if phase == "start":
            current[1] = time.process_time()
        else:
            totals = collecting[current[0]]
            totals[0] += time.process_time() - current[1]
            totals[1] += 1
            totals[2] += info["generation"] == 2

    from _harness import process_cpu_seconds
    from django.db import connection as db

    with db.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    database_cpu = {post: 0.0, baseline: 0.0}
    gc.callbacks.append(gc_timer)
    for _ in range(options.n):
        for make in (post, baseline):
            current[0] = make
            started, started_db = time.process_time(), process_cpu_seconds(backend)
            make()
            used[make] += time.process_time() - started
            database_cpu[make] += process_cpu_seconds(backend) - started_db
    gc.callbacks.remove(gc_timer)
    print(
        "PostgreSQL backend CPU per POST: sign "
        f"{database_cpu[post] / options.n * 1000:.2f} ms, baseline insert "
        f"{database_cpu[baseline] / options.n * 1000:.2f} ms (clock ticks of 10 ms: a mean)"
    )
    for make, name in ((post, "sign"), (baseline, "baseline")):
        seconds, count, full = collecting[make]
        print(
            f"  {name}: garbage collection {seconds / options.n * 1000:.3f} ms per POST "
            f"({count} collections, {full} of the oldest generation; {len(gc.get_objects())} "
            "objects tracked)"
        )
    sign_ms, baseline_ms = (used[make] / options.n * 1000 for make in (post, baseline))
    print(
        f"CPU per POST in this process ({options.n} of each, alternating): sign {sign_ms:.2f} "
        f"ms, baseline insert {baseline_ms:.2f} ms, ratio {baseline_ms / sign_ms:.2f}"
    )

    time_parts(petition, options.n)

    profiler = cProfile.Profile(time.process_time)  # CPU, not waits
    profiler.enable()
    for _ in range(options.n):
        post()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats(options.sort)
    stats.print_stats(options.top)
    if options.callees:
        stats.print_callees(options.callees)
    print(out.getvalue())


def leave_out(steps):
    from petitions.signing import flow, views

    if "enqueue" in steps:
        flow._enqueue_confirmation = lambda signature_id: None
        flow._schedule_confirmation_sweep = lambda: None
    if "rate-limit" in steps:
        views.allow_signing = lambda petition_id, ip_hash: True
    if "facts-cache" in steps:
        from petitions.signing import facts as petition_facts

        facts = {}
        real = petition_facts.for_page_id

        def memoized(page_id):
            if page_id not in facts:
                facts[page_id] = real(page_id)
            return facts[page_id]

        views.petition_facts.for_page_id = memoized
    if steps:
        print(f"left out: {', '.join(steps)}")


def time_parts(petition, n):
    """CPU of each step of a signature, called directly (no profiler)."""
    from django.core.cache import cache

    from home import client_ip as client_addresses
    from petitions.models import Signature
    from petitions.ridings import resolve as riding_resolution
    from petitions.signing import facts as petition_facts
    from petitions.signing import flow, ratelimit, tokens
    from petitions.signing.forms import SignatureForm
    from petitions.signing.tasks import send_confirmation_email

    data = {
        "full_name": "Ana Reyes",
        "email": "ana@example.org",
        "postal_code": "M5S 2T9",
        "city": "Toronto",
        "consent": "count_only",
    }
    facts = petition_facts.for_page_id(petition.pk)
    signature = Signature.objects.filter(petition_id=petition.pk).first()
    counter = iter(range(10**9))

    def insert():
        row = Signature(
            petition_id=petition.pk,
            full_name="Parts",
            email=f"parts-{next(counter)}@example.org",
            postal_code="M5S 2T9",
        )
        flow._insert(row)

    parts = {
        "SignatureForm(data).is_valid()": lambda: SignatureForm(data).is_valid(),
        "petition_facts.for_page_id": lambda: petition_facts.for_page_id(petition.pk),
        "ratelimit.allow_signing": lambda: ratelimit.allow_signing(petition.pk, "x" * 64),
        "ratelimit.hash_ip": lambda: client_addresses.hash_ip("127.0.0.1"),
        "riding_resolution.resolve_riding": lambda: riding_resolution.resolve_riding("M5S 2T9"),
        "flow._insert (ON CONFLICT)": insert,
        "send_confirmation_email.enqueue": lambda: send_confirmation_email.enqueue(0),
        "tokens.make": lambda: tokens.make(signature, tokens.RIDING),
        "facts.route_url": lambda: facts.route_url("signed"),
        "cache.get (one round trip)": lambda: cache.get("nothing"),
    }
    print("CPU per call in this process (best of 3 runs):")
    for name, call in parts.items():
        runs = []
        for _ in range(3):
            started = time.process_time()
            for _ in range(n // 5):
                call()
            runs.append((time.process_time() - started) / (n // 5) * 1000)
        print(f"  {min(runs):6.3f} ms  {name}")


if __name__ == "__main__":
    main()
