"""Lighthouse on the public pages of the demo, in English and Punjabi, against the targets.

    make lighthouse          (make run's demo must be up: LIGHTHOUSE_BASE_URL, default
                              http://127.0.0.1:8000)

Lighthouse (npm, pinned in tests/e2e/package.json) with Debian's Chromium, its default mobile
preset and simulated throttling (a mid-range phone on a slow 4G link). For each page: the four
category scores, largest contentful paint, cumulative layout shift and the bytes transferred on
a first visit. Writes bench/results/lighthouse.json and exits non-zero when a page misses a
target (issue 14).

Environment: LIGHTHOUSE_BASE_URL, CHROME_PATH (default /usr/bin/chromium).
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "lighthouse.json"
LIGHTHOUSE = REPO / "tests" / "e2e" / "node_modules" / ".bin" / "lighthouse"
BASE_URL = os.environ.get("LIGHTHOUSE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
LANGUAGES = ("en", "pa")

# Scores out of 100; LCP in seconds; CLS unitless; transfer in KB (the petition page only).
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
MAX_LCP_SECONDS = 2.0
MAX_CLS = 0.05
MAX_PETITION_KB = 150


def get(path, timeout=30):
    """The body of BASE_URL + path (http or https only, checked here)."""
    if not BASE_URL.startswith(("http://", "https://")):
        sys.exit(f"lighthouse: LIGHTHOUSE_BASE_URL must be http(s): {BASE_URL}")
    with urllib.request.urlopen(BASE_URL + path, timeout=timeout) as response:  # noqa: S310
        return response.read().decode()


def first_link(path, pattern):
    """The first link on the page at `path` whose href matches `pattern` (the demo's pages)."""
    html = get(path)
    match = re.search(r'href="(' + pattern + r')"', html)
    if not match:
        sys.exit(f"lighthouse: no link matching {pattern} on {path}: is the demo loaded?")
    return match.group(1)


def pages_to_measure():
    """{name: path} for each page type in each language, found by following the demo's links."""
    pages = {}
    for language in LANGUAGES:
        home = f"/{language}/"
        pages[f"home ({language})"] = home
        pages[f"petition ({language})"] = first_link(home, rf"/{language}/petitions/[\w-]+/")
        pages[f"press release ({language})"] = first_link(
            f"/{language}/press/", rf"/{language}/press/[\w-]+/"
        )
        pages[f"coalition ({language})"] = f"/{language}/coalition/"
    return pages


def run_lighthouse(url, attempts=3):
    """Lighthouse's report on `url`, run again when Lighthouse itself fails.

    Its own runtime errors (NO_NAVSTART: "Something went wrong with recording the trace") come and
    go on a busy machine; a failed target is a low score, never an error.
    """
    for attempt in range(1, attempts + 1):
        try:
            return _run_lighthouse_once(url)
        except subprocess.CalledProcessError:
            if attempt == attempts:
                raise
            print(f"lighthouse failed on {url}: trying again ({attempt}/{attempts - 1})")
    return None


def _run_lighthouse_once(url):
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                "--only-categories=performance,accessibility,best-practices,seo",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": CHROME},
            timeout=300,
        )
        return json.loads(report.read_text())


def figures(report):
    audits = report["audits"]
    return {
        "scores": {
            key: round(category["score"] * 100) for key, category in report["categories"].items()
        },
        "lcp_seconds": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "transfer_kb": round(audits["total-byte-weight"]["numericValue"] / 1024, 1),
        "failed_audits": sorted(
            audit_id
            for category in report["categories"].values()
            for ref in category["auditRefs"]
            if ref["weight"] > 0
            and (audit_id := ref["id"]) in audits
            and audits[audit_id]["score"] is not None
            and audits[audit_id]["score"] < 0.9
        ),
    }


def misses(name, result):
    found = [
        f"{category} {result['scores'].get(category)} < {target}"
        for category, target in TARGETS.items()
        if result["scores"].get(category, 0) < target
    ]
    if result["lcp_seconds"] > MAX_LCP_SECONDS:
        found.append(f"LCP {result['lcp_seconds']} s > {MAX_LCP_SECONDS} s")
    if result["cls"] > MAX_CLS:
        found.append(f"CLS {result['cls']} > {MAX_CLS}")
    if name.startswith("petition") and result["transfer_kb"] > MAX_PETITION_KB:
        found.append(f"transfer {result['transfer_kb']} KB > {MAX_PETITION_KB} KB")
    return found


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("lighthouse: run `npm ci --prefix tests/e2e` first (make lighthouse does)")
    try:
        get("/en/", timeout=10)
    except (urllib.error.URLError, OSError):
        sys.exit(f"lighthouse: nothing answers at {BASE_URL}: start `make run` first")
    results, failures = {}, {}
    for name, path in pages_to_measure().items():
        result = figures(run_lighthouse(BASE_URL + path))
        result["url"] = path
        results[name] = result
        failures[name] = misses(name, result)
        scores = " ".join(f"{k} {v}" for k, v in result["scores"].items())
        print(
            f"{name:24} {scores}  LCP {result['lcp_seconds']} s  CLS {result['cls']}  "
            f"{result['transfer_kb']} KB"
            + (f"  MISSES: {'; '.join(failures[name])}" if failures[name] else "")
        )
    RESULTS.write_text(
        json.dumps(
            {
                "base_url": BASE_URL,
                "preset": "mobile (Lighthouse default, simulated throttling)",
                "targets": {
                    **TARGETS,
                    "lcp_seconds": MAX_LCP_SECONDS,
                    "cls": MAX_CLS,
                    "petition_transfer_kb": MAX_PETITION_KB,
                },
                "pages": results,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"written {RESULTS.relative_to(REPO)}")
    if any(failures.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
