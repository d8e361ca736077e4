"""Importing 100,000 paper signatures from a CSV file, as the admin's Import button does it.

Measures, in a scratch database (bench_import) with the 343 ridings and a postal-code table:

1. the framework's import (spreadsheets/runner.py with petitions.resources.signatures): the
   file read and checked (dry run, the preview's counts), then applied in one transaction,
   timed and with the peak RSS of the process that does it (a fresh forked process);
2. for comparison, in the same run: a raw `bulk_create` of the same rows (the CSV read with
   the csv module, the riding taken from the same preloaded table), with its time and RSS.

Target: the check and the apply together in at most 60 s, peak RSS under 500 MB.

The file: 100,000 rows (BENCH_SCALE=small: 10,000); 70 % with an email, 85 % of postal codes
in the table, 10 % straddling two ridings, 5 % unknown; dates, consent in English and French.
"""

import csv
import io
import multiprocessing
import random
import resource
import time

from _harness import (
    SCALE,
    create_petition_site,
    environment,
    log,
    new_prefix,
    prepare_database,
    redis_keys_removed,
    scratch_database,
    time_limit,
    verdict,
    write_result,
)

ROWS = 100_000 if SCALE == "full" else 10_000
DATABASE = "bench_import"
TARGET_SECONDS = 60
TARGET_RSS_MB = 500
CODES_PER_RIDING = 60
LETTERS = "ABCEGHJKLMNPRSTVXY"
FIRST_LETTER = {
    "NL": "A",
    "NS": "B",
    "PE": "C",
    "NB": "E",
    "QC": "H",
    "ON": "M",
    "MB": "R",
    "SK": "S",
    "AB": "T",
    "BC": "V",
    "YT": "Y",
    "NT": "X",
    "NU": "X",
}


def postal_code(rng, first):
    return (
        f"{first}{rng.randint(0, 9)}{rng.choice(LETTERS)} "
        f"{rng.randint(0, 9)}{rng.choice(LETTERS)}{rng.randint(0, 9)}"
    )


def build_postal_table(rng):
    """Full postal codes per riding, some straddling two ridings.

    Returns (resolvable, ambiguous) codes.
    """
    from petitions.models import PostalCodeRiding, Riding

    ridings = list(Riding.objects.current().order_by("code"))
    rows, resolvable, ambiguous, used = [], [], [], set()
    for index, riding in enumerate(ridings):
        for _ in range(CODES_PER_RIDING):
            code = postal_code(rng, FIRST_LETTER[riding.province])
            if code in used:
                continue
            used.add(code)
            rows.append(PostalCodeRiding(postal_code=code, riding=riding, weight=1.0))
            resolvable.append(code)
        neighbour = ridings[(index + 1) % len(ridings)]
        for _ in range(6):
            code = postal_code(rng, FIRST_LETTER[riding.province])
            if code in used:
                continue
            used.add(code)
            rows.append(PostalCodeRiding(postal_code=code, riding=riding, weight=0.6))
            rows.append(PostalCodeRiding(postal_code=code, riding=neighbour, weight=0.4))
            ambiguous.append(code)
    PostalCodeRiding.objects.bulk_create(rows, batch_size=5000)
    return resolvable, ambiguous


def build_csv(rng, resolvable, ambiguous):
    consents = ["", "share", "count only", "oui", "non", "partager", "yes", "no"]
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(["name", "email", "postal_code", "city", "date_signed", "consent"])
    for n in range(ROWS):
        draw = rng.random()
        if draw < 0.85:
            code = rng.choice(resolvable)
        elif draw < 0.95:
            code = rng.choice(ambiguous)
        else:
            code = postal_code(rng, "M")
        writer.writerow(
            [
                f"Signer Person{n}",
                f"signer{n}@example.org" if rng.random() < 0.7 else "",
                code.replace(" ", "") if n % 3 == 0 else code,
                "Toronto",
                f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
                rng.choice(consents),
            ]
        )
    return output.getvalue().encode("utf-8")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(function, *args):
    """Run function(*args) in a forked process (its own peak RSS); returns its result."""
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()

    def target():
        try:
            queue.put(("ok", function(*args)))
        except BaseException as error:
            queue.put(("error", repr(error)))
            raise

    process = context.Process(target=target)
    process.start()
    try:
        state, value = queue.get(timeout=900)
    finally:
        process.join(timeout=60)
        if process.is_alive():
            process.kill()
    if state != "ok":
        raise RuntimeError(value)
    return value


def framework_import(data, petition_id):
    from django.contrib.auth.models import User

    from petitions.resources.signatures import SignatureResource
    from spreadsheets import reading, runner
    from spreadsheets.models import ImportJob

    baseline = peak_rss_mb()
    user = User.objects.create_user("bench-organizer")
    started = time.perf_counter()
    table = reading.read(data, "signatures.csv")
    job = ImportJob.objects.create(
        target="petition_signatures",
        resource=runner.resource_path(SignatureResource),
        file_name="signatures.csv",
        file_format=table.file_format,
        encoding=table.encoding,
        data=data,
        options={"petition": petition_id, "source": "paper"},
        created_by=user,
        total_rows=len(table),
        background=True,
    )
    del table
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    checked = runner.check(job)
    check_s = time.perf_counter() - started
    started = time.perf_counter()
    runner.claim(job)
    applied = runner.apply(job)
    apply_s = time.perf_counter() - started
    return {
        "read_s": round(read_s, 2),
        "check_s": round(check_s, 2),
        "apply_s": round(apply_s, 2),
        "total_s": round(read_s + check_s + apply_s, 2),
        "check_totals": checked.totals,
        "apply_totals": applied.totals,
        "problems": applied.error_count,
        "notes": applied.note_count,
        "message": applied.message,
        "rss_before_mb": round(baseline, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def raw_bulk_create(data, petition_id):
    """The same rows with a plain csv reader and one bulk_create.

    No checks beyond the riding map.
    """
    from django.db import transaction
    from django.utils import timezone

    from petitions.models import Signature
    from petitions.ridings.resolve import RidingMap

    started = time.perf_counter()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    codes = {row["postal_code"] for row in rows}
    codes = {c if " " in c else f"{c[:3]} {c[3:]}" for c in codes}
    ridings = RidingMap(codes)
    now = timezone.now()
    signatures = []
    for row in rows:
        code = row["postal_code"]
        code = code if " " in code else f"{code[:3]} {code[3:]}"
        signatures.append(
            Signature(
                petition_id=petition_id,
                full_name=row["name"],
                email=row["email"].replace("@", "+raw@") if row["email"] else "",
                postal_code=code,
                city=row["city"],
                riding_id=ridings.resolve(code),
                source="paper",
                confirmed_at=now,
            )
        )
    with transaction.atomic():
        Signature.objects.bulk_create(signatures, batch_size=2000)
    return {
        "total_s": round(time.perf_counter() - started, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def main():
    prefix = new_prefix("import")
    rng = random.Random(20261121)
    with (
        time_limit(1800),
        redis_keys_removed(prefix),
        scratch_database(DATABASE) as database_url,
    ):
        env = environment(database_url, prefix)
        prepare_database(env)

        from petitions.models import Signature

        petition = create_petition_site()
        resolvable, ambiguous = build_postal_table(rng)
        data = build_csv(rng, resolvable, ambiguous)
        log(f"{ROWS:,} rows, {len(data) / 1e6:.1f} MB of CSV")

        framework = in_child(framework_import, data, petition.pk)
        imported = Signature.objects.filter(petition=petition).count()
        log(
            f"framework: read {framework['read_s']} s, check {framework['check_s']} s, "
            f"apply {framework['apply_s']} s, peak RSS {framework['peak_rss_mb']} MB; "
            f"{imported:,} signatures"
        )
        assert framework["problems"] == 0 and not framework["message"], framework
        assert imported == framework["apply_totals"]["new"] == ROWS, imported
        assigned = Signature.objects.filter(petition=petition, riding__isnull=False).count()

        raw = in_child(raw_bulk_create, data, petition.pk)
        log(f"raw bulk_create: {raw['total_s']} s, peak RSS {raw['peak_rss_mb']} MB")

        write_result(
            "import",
            {
                "description": (
                    "Paper signatures from a CSV file through the admin's import machinery "
                    "(read, dry-run check, atomic apply; bulk mode, ridings from the "
                    "postal-code table preloaded once) against a raw bulk_create of the "
                    "same rows."
                ),
                "rows": ROWS,
                "csv_mb": round(len(data) / 1e6, 2),
                "ridings_assigned": assigned,
                "framework": framework,
                "raw_bulk_create": raw,
                "framework_vs_raw": round(framework["total_s"] / raw["total_s"], 1)
                if raw["total_s"]
                else None,
                "targets": {
                    "total_s": TARGET_SECONDS,
                    "peak_rss_mb": TARGET_RSS_MB,
                },
                "verdicts": {
                    "total_s": verdict(
                        framework["total_s"], TARGET_SECONDS, higher_is_better=False
                    ),
                    "peak_rss_mb": verdict(
                        framework["peak_rss_mb"], TARGET_RSS_MB, higher_is_better=False
                    ),
                },
            },
        )


if __name__ == "__main__":
    main()
