"""Client for the Open North Represent API's postcode lookup (../shared/data/REPRESENT_API.md).

It answers within REPRESENT_API_TIMEOUT seconds or not at all, caches every answer per postal
code, and keeps under the API's 60 requests a minute across all processes with a counter in
the shared cache. A code it could not look up in time is left for the backfill task."""

import json
import logging
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

FEDERAL_SET = "federal-electoral-districts-2023-representation-order"
ANSWER_TTL = 60 * 60 * 24 * 30


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
    """The 2023 riding codes in a postcode response, concordance and centroid matches alike
    (an API answer names a set in one list or the other, never both)."""
    codes = []
    for boundary in [
        *data.get("boundaries_concordance", []),
        *data.get("boundaries_centroid", []),
    ]:
        url = boundary.get("url", "")
        if not url.startswith(f"/boundaries/{FEDERAL_SET}/"):
            continue
        code = boundary.get("external_id") or url.rstrip("/").rsplit("/", 1)[-1]
        if code not in codes:
            codes.append(code)
    return codes


def lookup(postal_code):
    """2023 riding codes for a postal code ("M5S 2T9"): a list, empty when the API does not
    know the code, or None when it could not answer now (disabled, rate limit, timeout,
    error)."""
    if not is_enabled():
        return None
    compact = postal_code.replace(" ", "").upper()
    cache_key = f"represent:postcode:{compact}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    if not _take_request_slot():
        return None
    url = f"{settings.REPRESENT_API_URL.rstrip('/')}/postcodes/{compact}/?sets={FEDERAL_SET}"
    try:
        with urllib.request.urlopen(url, timeout=settings.REPRESENT_API_TIMEOUT) as response:  # noqa: S310
            codes = riding_codes_from_response(json.load(response))
    except urllib.error.HTTPError as error:
        if error.code != 404:
            logger.warning("Represent API answered %s", error.code)
            return None
        codes = []  # an unknown postal code: a 404 HTML page, not JSON
    except (OSError, ValueError) as error:  # timeouts, refused connections, bad JSON
        logger.warning("Represent API unavailable: %s", type(error).__name__)
        return None
    cache.set(cache_key, codes, ANSWER_TTL)
    return codes
