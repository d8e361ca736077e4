"""Client for the Open North Represent API's postcode lookup (../shared/data/REPRESENT_API.md).

It answers within REPRESENT_API_TIMEOUT seconds or not at all, caches every answer per postal
code, and keeps under the API's 60 requests a minute across all processes with a counter in
the shared cache. A code it could not look up in time is left for the backfill task.
"""

import http.client
import json
import logging
import re
import threading
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.core.cache import cache

from petitions.ridings.postal_codes import compact_postal_code

logger = logging.getLogger(__name__)

FEDERAL_SET = "federal-electoral-districts-2023-representation-order"
ANSWER_TTL = 60 * 60 * 24 * 30
# A postcode answer is a few kilobytes; anything this large is not one.
MAX_ANSWER_BYTES = 1024 * 1024
RIDING_CODE = re.compile(r"\d{5}")
POSTAL_CODE = re.compile(r"[A-Z]\d[A-Z]\d[A-Z]\d")


def is_enabled():
    return bool(settings.REPRESENT_API_URL)


def _take_request_slot():
    """One of the API's requests for the current minute, shared by every process."""
    key = f"represent:minute:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=120)
        used = 1
    return used <= settings.REPRESENT_API_REQUESTS_PER_MINUTE


def riding_codes_from_response(data):
    """The 2023 riding codes in a postcode response.

    Concordance and centroid matches alike (an API answer names a set in one list or the other,
    never both). ValueError when the answer does not have the documented shape.
    """
    if not isinstance(data, dict):
        raise ValueError("a postcode answer is a JSON object")
    boundaries = []
    for key in ("boundaries_concordance", "boundaries_centroid"):
        found = data.get(key) or []
        if not isinstance(found, list):
            raise ValueError(f"{key} is not a list")
        boundaries.extend(found)
    codes = []
    for boundary in boundaries:
        if not isinstance(boundary, dict):
            raise ValueError("a boundary is not a JSON object")
        url = boundary.get("url")
        if not isinstance(url, str) or not url.startswith(f"/boundaries/{FEDERAL_SET}/"):
            continue
        code = str(boundary.get("external_id") or url.rstrip("/").rsplit("/", 1)[-1])
        if not RIDING_CODE.fullmatch(code):
            raise ValueError("a 2023 riding code has five digits")
        if code not in codes:
            codes.append(code)
    return codes


def _fetch_codes(url, timeout):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310
            body = response.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()
        if error.code == 404:
            return []  # an unknown postal code: a 404 HTML page, not JSON
        raise
    if len(body) > MAX_ANSWER_BYTES:
        raise ValueError("answer too large")
    return riding_codes_from_response(json.loads(body))


def _fetch_codes_within(url, timeout):
    """_fetch_codes, given up on after `timeout` seconds in all.

    A socket timeout bounds each read only, and a server that trickles its answer out would hold
    the request (a signer waiting on the sign form) for as long as it likes: the fetch runs in a
    daemon thread that is abandoned at the deadline and ends with its own socket timeout.
    """
    outcome = {}

    def run():
        try:
            outcome["codes"] = _fetch_codes(url, timeout)
        except Exception as error:  # re-raised in the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=run, name="represent-lookup", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError(f"no complete answer within {timeout} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["codes"]


def cached_answer(postal_code):
    """The cached answer for a postal code (see lookup), or None when there is none."""
    return cache.get(_cache_key(postal_code))


def _cache_key(postal_code):
    return f"represent:postcode:{compact_postal_code(postal_code)}"


def lookup(postal_code):
    """2023 riding codes for a postal code ("M5S 2T9").

    A list, empty when the API does not know the code, or None when it could not answer now
    (disabled, rate limit, timeout, error).
    """
    if not is_enabled():
        return None
    compact = compact_postal_code(postal_code)
    if not POSTAL_CODE.fullmatch(compact):
        return []  # the API knows only full postal codes (an FSA cannot be looked up)
    cache_key = _cache_key(compact)
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    if not _take_request_slot():
        return None
    url = f"{settings.REPRESENT_API_URL.rstrip('/')}/postcodes/{compact}/?sets={FEDERAL_SET}"
    try:
        codes = _fetch_codes_within(url, settings.REPRESENT_API_TIMEOUT)
    except urllib.error.HTTPError as error:  # 503 once over the API's own rate limit
        logger.warning("Represent API answered %s", error.code)
        return None
    # Timeouts and refused connections (OSError), broken HTTP (HTTPException), answers that
    # are not the documented JSON (ValueError).
    except (OSError, http.client.HTTPException, ValueError) as error:
        logger.warning("Represent API unavailable: %s", type(error).__name__)
        return None
    cache.set(cache_key, codes, ANSWER_TTL)
    return codes
