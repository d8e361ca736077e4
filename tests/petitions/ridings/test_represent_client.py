"""The Open North Represent client (petitions/ridings/represent.py), no mocks.

Against a real HTTP server on 127.0.0.1 that speaks the documented postcode JSON
(../shared/data/REPRESENT_API.md): what it asks, what it keeps of the answers, how it gives up on a
slow or broken server, and its rate limit, shared by processes through Redis.
"""

import json
import os
import subprocess
import sys
import time

import pytest

from petitions.ridings import represent
from tests.support.paths import REPO
from tests.support.represent import (
    FEDERAL_2013,
    FEDERAL_2023,
    ONTARIO,
    REDIS_URL,
    boundary,
    json_body,
    postcode_answer,
    raw,
    status,
)


def test_single_2023_riding_in_centroid_list(server):
    server.answers["M5S2T9"] = postcode_answer(
        "M5S2T9", centroid=[boundary("35108", name="University—Rosedale")]
    )
    assert represent.lookup("M5S 2T9") == ["35108"]
    # The code goes upper-case without its space, and only the 2023 set is asked for.
    [(code, query)] = server.requests
    assert code == "M5S2T9"
    assert query == {"sets": [FEDERAL_2023]}


def test_lower_case_code_is_sent_upper_case(server):
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    assert represent.lookup("m5s 2t9") == ["35108"]
    assert server.codes_requested() == ["M5S2T9"]


def test_two_ridings_in_concordance_are_both_returned(server):
    server.answers["K1A0A6"] = postcode_answer(
        "K1A0A6", concordance=[boundary("35075"), boundary("35076")]
    )
    assert represent.lookup("K1A 0A6") == ["35075", "35076"]


def test_concordance_and_centroid_are_merged_without_duplicates(server):
    # The real server never names one set in both lists; a code in both still counts once.
    server.answers["K1A0A6"] = postcode_answer(
        "K1A0A6", concordance=[boundary("35075")], centroid=[boundary("35075")]
    )
    assert represent.lookup("K1A 0A6") == ["35075"]


def test_boundaries_of_other_sets_are_ignored(server):
    # The server is asked for the 2023 set only; a server that ignores `sets=` (or an old
    # alias) must not make a 2013 code or a provincial district look like a 2023 riding.
    server.answers["L5G4L3"] = postcode_answer(
        "L5G4L3",
        centroid=[
            boundary("35061", set_slug=FEDERAL_2013),
            boundary("35061", set_slug="federal-electoral-districts"),
            boundary("mississauga-lakeshore", set_slug=ONTARIO, external_id=False),
            boundary("35063", name="Mississauga—Lakeshore"),
        ],
        concordance=[boundary("1", set_slug="toronto-wards-2018")],
    )
    assert represent.lookup("L5G 4L3") == ["35063"]


def test_only_other_sets_means_no_riding(server):
    server.answers["L5G4L3"] = postcode_answer(
        "L5G4L3", centroid=[boundary("35061", set_slug=FEDERAL_2013)]
    )
    assert represent.lookup("L5G 4L3") == []


def test_code_from_url_when_external_id_is_missing(server):
    server.answers["L5G4L3"] = postcode_answer(
        "L5G4L3", centroid=[boundary("35063", external_id=False)]
    )
    assert represent.lookup("L5G 4L3") == ["35063"]


def test_unknown_postcode_is_an_empty_answer_and_cached(server):
    assert represent.lookup("X0A 0H0") == []
    assert represent.lookup("X0A 0H0") == []
    assert server.codes_requested() == ["X0A0H0"]
    assert represent.cached_answer("X0A 0H0") == []


def test_answers_are_cached_per_code(server):
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    server.answers["H2X1Y4"] = postcode_answer("H2X1Y4", centroid=[boundary("24017")])
    assert represent.lookup("M5S 2T9") == ["35108"]
    assert represent.lookup("M5S 2T9") == ["35108"]
    assert represent.lookup("m5s2t9") == ["35108"]
    assert represent.lookup("H2X 1Y4") == ["24017"]
    assert server.codes_requested() == ["M5S2T9", "H2X1Y4"]
    # A cached answer is served even once the server is gone.
    server.stop()
    assert represent.lookup("M5S 2T9") == ["35108"]


@pytest.mark.parametrize("code", ["M5S", "M5S 2T", "M5S/2T9", "../../x", ""])
def test_not_a_full_postal_code_is_no_riding_without_a_request(server, code):
    assert represent.lookup(code) == []
    assert server.requests == []


def test_disabled_without_url(server, settings):
    settings.REPRESENT_API_URL = ""
    assert represent.lookup("M5S 2T9") is None
    assert server.requests == []


def test_slow_server_is_given_up_on_quickly(server, settings):
    settings.REPRESENT_API_TIMEOUT = 0.3

    def answer(handler):
        server.release.wait(5)
        body = json.dumps(postcode_answer("M5S2T9", centroid=[boundary("35108")])).encode()
        handler.send_body(200, body, "application/json")

    server.answers["M5S2T9"] = answer
    started = time.monotonic()
    assert represent.lookup("M5S 2T9") is None
    assert time.monotonic() - started < 1.0
    # Not cached: the next lookup asks again.
    assert represent.cached_answer("M5S 2T9") is None


def test_trickling_server_is_given_up_on_at_the_deadline(server, settings):
    """The deadline covers the whole answer, not each read.

    A server that sends a byte every 0.1 s never trips a 0.3 s socket timeout.
    """
    settings.REPRESENT_API_TIMEOUT = 0.3
    body = json.dumps(postcode_answer("M5S2T9", centroid=[boundary("35108")])).encode()

    def answer(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.flush()
        for i in range(len(body)):
            if server.release.wait(0.1):
                return
            handler.wfile.write(body[i : i + 1])
            handler.wfile.flush()

    server.answers["M5S2T9"] = answer
    started = time.monotonic()
    assert represent.lookup("M5S 2T9") is None
    assert time.monotonic() - started < 1.0


def test_refused_connection_is_none(server, settings):
    server.stop()  # nothing listens on its port any more
    assert represent.lookup("M5S 2T9") is None


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(status(503), id="503 over the API's rate limit"),
        pytest.param(status(500), id="500"),
        pytest.param(status(429), id="429"),
        pytest.param(json_body('{"boundaries_centroid": [{"url": '), id="malformed JSON"),
        pytest.param(json_body("<html>maintenance</html>"), id="HTML with status 200"),
        pytest.param(json_body("[]"), id="JSON list instead of an object"),
        pytest.param(json_body('{"boundaries_centroid": 3}'), id="boundaries not a list"),
        pytest.param(json_body('{"boundaries_centroid": ["x"]}'), id="boundary not an object"),
        pytest.param(
            json_body(
                json.dumps(postcode_answer("M5S2T9", centroid=[boundary("Toronto Centre")]))
            ),
            id="riding code not five digits",
        ),
        pytest.param(
            raw(b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"code": '),
            id="truncated body",
        ),
        pytest.param(raw(b"NOT HTTP AT ALL\r\n\r\n"), id="garbage status line"),
    ],
)
def test_broken_answers_are_none_and_not_cached(server, answer):
    server.answers["M5S2T9"] = answer
    assert represent.lookup("M5S 2T9") is None
    assert represent.cached_answer("M5S 2T9") is None
    # Asked again next time (this time it answers).
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    assert represent.lookup("M5S 2T9") == ["35108"]
    assert server.codes_requested() == ["M5S2T9", "M5S2T9"]


def test_rate_limit_per_minute(server, settings, same_minute):
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 3
    for code in ("A1A1A1", "A1A1A2", "A1A1A3", "A1A1A4"):
        server.answers[code] = postcode_answer(code, centroid=[boundary("10001")])
    assert represent.lookup("A1A 1A1") == ["10001"]
    assert represent.lookup("A1A 1A2") == ["10001"]
    assert represent.lookup("A1A 1A3") == ["10001"]
    assert represent.lookup("A1A 1A4") is None
    assert server.codes_requested() == ["A1A1A1", "A1A1A2", "A1A1A3"]
    # Cached answers cost nothing and are still served.
    assert represent.lookup("A1A 1A1") == ["10001"]
    assert len(server.requests) == 3


def test_rate_limit_is_shared_by_processes_through_redis(
    server, settings, redis_cache, same_minute
):
    """Two processes together make no more than the limit's requests.

    This one and a child with its own Django and Redis connections draw on one counter in Redis.
    """
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 3
    codes = ["A1A1A1", "A1A1A2", "A1A1A3", "A1A1A4", "A1A1A5"]
    for code in codes:
        server.answers[code] = postcode_answer(code, centroid=[boundary("10001")])

    assert represent.lookup("A1A 1A1") == ["10001"]
    assert represent.lookup("A1A 1A2") == ["10001"]

    script = (
        "import json, sys, django; django.setup();"
        "from petitions.ridings import represent;"
        "print(json.dumps([represent.lookup(code) for code in sys.argv[1:]]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": redis_cache,
        "REPRESENT_API_URL": server.url,
        "REPRESENT_API_REQUESTS_PER_MINUTE": "3",
    }
    child = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", script, "A1A 1A3", "A1A 1A4", "A1A 1A1"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # The third slot, then the limit; A1A 1A1 comes from the shared cache, not the server.
    assert json.loads(child.stdout.strip().splitlines()[-1]) == [["10001"], None, ["10001"]]
    # And back in this process, the minute's requests are used up.
    assert represent.lookup("A1A 1A5") is None
    assert server.codes_requested() == ["A1A1A1", "A1A1A2", "A1A1A3"]
    # The child's answer for A1A 1A3 is in the shared cache.
    assert represent.lookup("A1A 1A3") == ["10001"]
    assert len(server.requests) == 3


def test_rate_limit_counter_works_on_redis(server, settings, redis_cache, same_minute):
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 3
    for code in ("A1A1A1", "A1A1A2", "A1A1A3", "A1A1A4"):
        server.answers[code] = postcode_answer(code, centroid=[boundary("10001")])
    results = [represent.lookup(code) for code in ("A1A1A1", "A1A1A2", "A1A1A3", "A1A1A4")]
    assert results == [["10001"], ["10001"], ["10001"], None]
    assert len(server.requests) == 3
