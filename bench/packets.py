"""Delivery packets for a petition with 1,000,000 confirmed signatures over the 343 ridings.

Every signer consented to share their name (the worst case: every row is printed). Riding
sizes are skewed (rank r is drawn with probability growing towards rank 1 like sqrt; the
largest riding gets over 25,000 signatures); names mix English, French, Spanish, Tagalog and
Punjabi (one in twenty in Gurmukhi script).

Measures, in one run:
- ours: the whole batch as organizers start it (petitions.packets.tasks.start_batch), run
  by 2 `manage.py db_worker` processes: database reads, CSV, PDF, uploads to a local
  SeaweedFS, progress rows. Wall time from start to the last riding done, and each worker's
  peak RSS (VmHWM). Target: at most 10 minutes; peak RSS under 300 MB.
- raw: petitions.packets.render.render_packet alone on the same rows (generated in memory,
  no database, no S3, no CSV) in 2 processes. Target: ours at most 1.3 times raw.
- single packets of 5,000 and 50,000 rows (raw render, each in a fresh process for its peak
  RSS). Target: the 50,000-row packet at most 10 times the 5,000-row one.

BENCH_SCALE=small: 60,000 signatures, and 500/5,000-row single packets.
"""

import datetime
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import (
    PYTHON,
    REPO,
    SCALE,
    create_petition_site,
    environment,
    log,
    new_prefix,
    prepare_database,
    redis_keys_removed,
    scratch_database,
    setup_django,
    time_limit,
    verdict,
    write_result,
)

SIGNATURES = 1_000_000 if SCALE == "full" else 60_000
SINGLE_SIZES = (5_000, 50_000) if SCALE == "full" else (500, 5_000)
WORKERS = 2
DATABASE = "bench_packets"
SEED = 2023
TARGETS = {"total_s": 600, "worker_peak_rss_mb": 300, "ratio_to_raw": 1.3, "size_ratio": 10}
ACCESS_KEY = "bench-access-key"
SECRET_KEY = "bench-secret-key-0123456789"  # noqa: S105 (loopback-only server)
BUCKET = "bench-packets"

# fmt: off
FIRST_NAMES = [
    "Maria", "José", "Ana", "Jean-François", "Émilie", "Chloé", "Juan", "Lourdes", "Rodrigo",
    "Marisol", "Dolores", "Nguyễn", "Ngozi", "Kwame", "Amanpreet", "Gurpreet", "Harjit",
    "Rosalinda", "Maricel", "Jomar", "Liza", "Héctor", "Íñigo", "François", "Zoë", "Ramón",
    "Catalina", "Bayani", "Dalisay", "Mylène", "Raphaël", "Sofía", "Ximena", "Joaquín",
]
LAST_NAMES = [
    "García", "Dela Cruz", "Santos", "Reyes", "Bautista", "Tremblay", "Gagnon", "Côté",
    "Bélanger", "López", "Hernández", "Martínez", "Pérez", "Sánchez", "Ramírez", "Gill",
    "Sandhu", "Dhaliwal", "Sidhu", "Mendoza", "Villanueva", "Aquino", "O'Brien", "Nuñez",
    "Gauthier", "Lévesque", "Castañeda", "Macaraeg", "Mañalac", "St-Pierre",
]
GURMUKHI_NAMES = [
    "ਅਮਨਪ੍ਰੀਤ ਕੌਰ", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਹਰਜੀਤ ਸਿੰਘ", "ਜਸਪ੍ਰੀਤ ਕੌਰ", "ਮਨਦੀਪ ਸਿੰਘ", "ਸੁਖਵਿੰਦਰ ਕੌਰ",
    "ਬਲਜੀਤ ਸਿੰਘ ਢਿੱਲੋਂ", "ਨਵਨੀਤ ਕੌਰ ਸੰਧੂ",
]
# fmt: on
CITIES = ["Toronto", "Montréal", "Surrey", "Brampton", "Leamington", "Saint-Rémi", "Kelowna"]
SIGNED_FROM = datetime.date(2026, 1, 5)


def signer_row(n):
    """Signer n's (name, city, postal code, date signed).

    The same in the database and in the raw render.
    """
    if n % 20 == 0:
        name = GURMUKHI_NAMES[n // 20 % len(GURMUKHI_NAMES)]
    else:
        name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {LAST_NAMES[n // 7 % len(LAST_NAMES)]}"
    letter = "ABCEGHJKLMNPRSTVXY"[n % 18]
    postal_code = f"{letter}{n % 10}{'ABCEGHJKLM'[n // 10 % 10]} {n // 3 % 10}A{n // 5 % 10}"
    signed_on = SIGNED_FROM + datetime.timedelta(days=n % 300)
    return name, CITIES[n % len(CITIES)], postal_code, signed_on


def riding_ranks(count, ridings):
    """Each signer's riding rank (0 = largest): skewed, reproducible."""
    rng = random.Random(SEED)
    return [int(ridings * rng.random() ** 2) for _ in range(count)]


# --- Data ---------------------------------------------------------------------------------


def insert_signatures(petition_id, riding_ids, ranks):
    """COPY every signer into petitions_signature, confirmed and consenting."""
    from django.db import connection

    now = datetime.datetime.now(datetime.UTC)
    columns = (
        "petition_id, full_name, email, postal_code, city, province, riding_id, consent, "
        "updates_opt_in, language, source, created_at, confirmed_at, invalidated_at, "
        "invalid_reason, ip_hash, anonymized_at"
    )
    started = time.monotonic()
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY petitions_signature ({columns}) FROM STDIN") as copy:
            for n, rank in enumerate(ranks):
                riding_id, province = riding_ids[rank]
                name, city, postal_code, signed_on = signer_row(n)
                signed_at = datetime.datetime.combine(signed_on, datetime.time(12), datetime.UTC)
                copy.write_row(
                    (
                        petition_id, name, f"signer{n}@example.org", postal_code, city,
                        province, riding_id, "share_name_with_mp", False, "en", "web",
                        signed_at, now, None, "", "", None,
                    )
                )  # fmt: skip
        cursor.execute("VACUUM ANALYZE petitions_signature")
    log(f"inserted {len(ranks):,} signatures in {time.monotonic() - started:.1f} s")


# --- Raw render (no database, no S3) ----------------------------------------------------------


def raw_content(riding_code, count):
    from petitions.packets.records import PacketContent, Recipient

    return PacketContent(
        packet_id=f"BENCH-{riding_code}",
        languages=("en",),
        petition_titles={"en": "Permanent status for all migrant workers"},
        petition_requests={"en": "Grant permanent resident status to all migrant workers."},
        riding_code=riding_code,
        riding_name_en=f"Riding {riding_code}",
        riding_name_fr=f"Circonscription {riding_code}",
        province="ON",
        recipient=Recipient(name="Jane Doe", party="Independent", office_address=""),
        signature_count=count,
        named_count=count,
        organization_name="Bench Coalition",
        generated_at=datetime.datetime.now(datetime.UTC),
    )


def raw_render(task):
    """Render one riding's rows to a temporary file, as a worker would (minus DB and S3)."""
    riding_code, numbers = task
    from petitions.packets.records import NamedSigner
    from petitions.packets.render import render_packet

    signers = (NamedSigner(*signer_row(n)) for n in numbers)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        pages = render_packet(raw_content(riding_code, len(numbers)), signers, "0" * 64, out)
    return riding_code, len(numbers), pages, time.perf_counter() - started


def _init_django_process(env):
    setup_django(env)


def run_raw(env, by_riding):
    """All ridings' raw renders in WORKERS processes, largest first; wall seconds."""
    tasks = sorted(by_riding.items(), key=lambda item: -len(item[1]))
    started = time.monotonic()
    with multiprocessing.get_context("spawn").Pool(
        WORKERS, initializer=_init_django_process, initargs=(env,)
    ) as pool:
        results = list(pool.imap_unordered(raw_render, tasks))
    elapsed = time.monotonic() - started
    log(f"raw render of {len(results)} ridings: {elapsed:.1f} s")
    return elapsed, results


def single_packet(env, size):
    """A `size`-row packet rendered in a fresh process: seconds, pages and peak RSS.

    The fresh process runs `packets.py --single SIZE`.
    """
    result = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "--single", str(size)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    log(
        f"single packet of {size:,} rows: {figures['seconds']:.1f} s, {figures['pages']} pages, "
        f"peak RSS {figures['peak_rss_mb']:.0f} MB"
    )
    return figures


def single_packet_here(size):
    setup_django(dict(os.environ))
    _code, rows, pages, seconds = raw_render(("99999", range(size)))
    print(
        json.dumps(
            {"rows": rows, "pages": pages, "seconds": seconds, "peak_rss_mb": peak_rss_mb("self")}
        )
    )


# --- Ours: the batch with 2 db_worker processes ------------------------------------------------


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def run_batch(env, petition):
    from petitions.packets import batches, tasks

    workers = [
        subprocess.Popen(
            [PYTHON, "manage.py", "db_worker", "--interval", "0.2"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        for _ in range(WORKERS)
    ]
    try:
        time.sleep(3)  # both workers polling before the first job is enqueued
        started = time.monotonic()
        batch, _created = tasks.start_batch(petition, None)
        last_logged = 0
        ridings_seconds = None
        while True:
            state = batches.progress(batch)
            if ridings_seconds is None and state["done"] + state["failed"] >= state["total"]:
                ridings_seconds = time.monotonic() - started
                log(f"every riding done in {ridings_seconds:.1f} s; the ZIP is being built")
            if state["finished"]:
                break
            if time.monotonic() - last_logged > 30:
                log(f"batch: {state['done']}/{state['total']} done, {state['failed']} failed")
                last_logged = time.monotonic()
            for worker in workers:
                if worker.poll() is not None:
                    raise RuntimeError(f"a worker exited: {worker.stderr.read()[-2000:]}")
            time.sleep(0.5)
        elapsed = time.monotonic() - started
        rss = [peak_rss_mb(worker.pid) for worker in workers]
        log(f"batch: {state} in {elapsed:.1f} s; worker peak RSS {rss} MB")
        return state, ridings_seconds, elapsed, rss
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()


def check_packets(petition, by_code):
    """Every riding has one packet whose counts match the signatures put in."""
    from petitions.models import Packet

    packets = {p.riding.code: p for p in Packet.objects.filter(petition=petition)}
    wrong = [
        code
        for code, numbers in by_code.items()
        if code not in packets or packets[code].named_count != len(numbers)
    ]
    if wrong:
        raise AssertionError(f"packets missing or wrong for ridings {wrong[:10]}")
    return sum(p.pages for p in packets.values())


def main():
    from config import seaweedfs

    prefix = new_prefix("packets")
    with (
        time_limit(3600),
        redis_keys_removed(prefix),
        scratch_database(DATABASE) as database_url,
        tempfile.TemporaryDirectory(prefix="bench-weed-") as weed_dir,
    ):
        first_port = seaweedfs.free_port_block()
        with seaweedfs.start(
            Path(weed_dir), first_port, ACCESS_KEY, SECRET_KEY, BUCKET, base_port=first_port + 1
        ) as weed:
            env = environment(
                database_url,
                prefix,
                AWS_S3_ENDPOINT_URL=weed.endpoint_url,
                AWS_ACCESS_KEY_ID=ACCESS_KEY,
                AWS_SECRET_ACCESS_KEY=SECRET_KEY,
                AWS_STORAGE_BUCKET_NAME=BUCKET,
            )
            prepare_database(env, "import_members")

            from petitions.models import Riding

            petition = create_petition_site()
            ridings = list(Riding.objects.current().order_by("code"))
            riding_ids = [(riding.pk, riding.province) for riding in ridings]
            ranks = riding_ranks(SIGNATURES, len(ridings))
            insert_signatures(petition.pk, riding_ids, ranks)
            by_code = {}
            for n, rank in enumerate(ranks):
                by_code.setdefault(ridings[rank].code, []).append(n)
            sizes = sorted(len(numbers) for numbers in by_code.values())
            log(f"{len(by_code)} ridings, from {sizes[0]:,} to {sizes[-1]:,} signatures")

            singles = {size: single_packet(env, size) for size in SINGLE_SIZES}
            raw_seconds, raw_results = run_raw(env, by_code)
            state, ours_seconds, with_zip_seconds, worker_rss = run_batch(env, petition)
            total_pages = check_packets(petition, by_code)

    small, large = (singles[size] for size in SINGLE_SIZES)
    size_ratio = large["seconds"] / small["seconds"]
    ratio = ours_seconds / raw_seconds
    peak = max(value for value in worker_rss if value is not None)
    write_result(
        "packets",
        {
            "signatures": {
                "confirmed_consenting": SIGNATURES,
                "ridings": len(by_code),
                "smallest_riding": sizes[0],
                "median_riding": sizes[len(sizes) // 2],
                "largest_riding": sizes[-1],
                "gurmukhi_share": 0.05,
            },
            "ours": {
                "description": f"start_batch + {WORKERS} db_worker processes, PostgreSQL, "
                "SeaweedFS: DB reads, CSV, PDF, uploads, progress",
                "seconds": round(ours_seconds, 1),
                "seconds_including_zip": round(with_zip_seconds, 1),
                "jobs": state,
                "pages": total_pages,
                "worker_peak_rss_mb": [round(value, 1) for value in worker_rss],
            },
            "raw": {
                "description": f"render_packet alone on the same rows in {WORKERS} processes "
                "(no database, no S3, no CSV)",
                "seconds": round(raw_seconds, 1),
                "pages": sum(result[2] for result in raw_results),
            },
            "ratio_ours_to_raw": round(ratio, 3),
            "single_packets": {
                str(size): {key: round(value, 2) for key, value in figures.items()}
                for size, figures in singles.items()
            },
            "size_ratio": round(size_ratio, 2),
            "targets": {
                **TARGETS,
                "verdict_total": verdict(ours_seconds, TARGETS["total_s"], False)
                if SCALE == "full"
                else "n/a (small scale)",
                "verdict_worker_rss": verdict(peak, TARGETS["worker_peak_rss_mb"], False),
                "verdict_ratio_to_raw": verdict(ratio, TARGETS["ratio_to_raw"], False),
                "verdict_size_ratio": verdict(size_ratio, TARGETS["size_ratio"], False),
            },
        },
    )


if __name__ == "__main__":
    os.chdir(REPO)
    if sys.argv[1:2] == ["--single"]:
        single_packet_here(int(sys.argv[2]))
    else:
        main()
