"""The Open North Represent client (petitions/ridings/represent.py), riding resolution
(petitions/ridings/resolve.py) and the backfill task, against a real HTTP server on 127.0.0.1 that
speaks the documented postcode JSON (../shared/data/REPRESENT_API.md): no mocks."""

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.utils import timezone

from petitions.models import (
    PetitionIndexPage,
    PetitionPage,
    PostalCodeRiding,
    RepresentationOrder,
    Riding,
    Signature,
)
from petitions.ridings import represent
from petitions.ridings.resolve import resolve_riding
from petitions.ridings.tasks import backfill_ridings
from tests.loopback_http import LoopbackHandler, LoopbackServer

FEDERAL_2023 = "federal-electoral-districts-2023-representation-order"
FEDERAL_2013 = "federal-electoral-districts-2013-representation-order"
ONTARIO = "ontario-electoral-districts-representation-act-2015"
REDIS_URL = "redis://127.0.0.1:6379/15"
REPO = Path(__file__).resolve().parent.parent


# --- A Represent server on loopback ------------------------------------------------------------


def boundary(code, set_slug=FEDERAL_2023, name="Riding", external_id=True):
    """A boundary object as Boundary.get_dicts writes it."""
    data = {
        "url": f"/boundaries/{set_slug}/{code}/",
        "name": name,
        "related": {"boundary_set_url": f"/boundary-sets/{set_slug}/"},
        "boundary_set_name": "Federal electoral district",
    }
    if external_id:
        data["external_id"] = code
    return data


def postcode_answer(code, centroid=(), concordance=(), province="ON", city="Toronto"):
    """A postcode answer as Postcode.as_dict writes it (no representatives: not asked for)."""
    return {
        "code": code,
        "city": city,
        "province": province,
        "centroid": {"type": "Point", "coordinates": [-79.39, 43.66]},
        "boundaries_concordance": list(concordance),
        "boundaries_centroid": list(centroid),
    }


NOT_FOUND_PAGE = b"<!DOCTYPE html><html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>"  # noqa: E501


class RepresentServer(LoopbackServer):
    """A threaded HTTP server answering /postcodes/{CODE}/ from `answers`:
    code → JSON-able object, or a callable taking the request handler. Unknown codes get the
    404 HTML page the real server sends. Every request is recorded."""

    def __init__(self):
        self.answers = {}
        self.requests = []  # (code, query) of every request
        self._lock = threading.Lock()
        server = self

        class Handler(LoopbackHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                segments = [s for s in parts.path.split("/") if s]
                code = segments[1] if len(segments) == 2 and segments[0] == "postcodes" else ""
                with server._lock:
                    server.requests.append((code, parse_qs(parts.query)))
                answer = server.answers.get(code)
                if answer is None:
                    self.send_body(404, NOT_FOUND_PAGE, "text/html; charset=utf-8")
                elif callable(answer):
                    answer(self)
                else:
                    self.send_body(200, json.dumps(answer).encode(), "application/json")

        super().__init__(Handler)

    def codes_requested(self):
        with self._lock:
            return [code for code, _query in self.requests]


@pytest.fixture
def server(settings):
    server = RepresentServer()
    server.start()
    settings.REPRESENT_API_URL = server.url
    settings.REPRESENT_API_TIMEOUT = 2.0
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 60
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings):
    """The cache on Redis, as in production: one rate-limit counter for every process. Keys go
    under a prefix of this test's own (other suites may share database 15) and are deleted
    afterwards."""
    prefix = f"test-represent-{uuid.uuid4().hex[:12]}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    yield prefix
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def same_minute():
    """The rate limit counts per wall-clock minute: start well inside one, so that a test's
    requests all fall in the same minute."""
    left = 60 - time.time() % 60
    if left < 15:
        time.sleep(left + 0.1)


# --- The client -----------------------------------------------------------------------------


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
    """A server that sends a byte every 0.1 s never trips a 0.3 s socket timeout: the
    deadline covers the whole answer, not each read."""
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


def raw(status_line_and_rest):
    def answer(handler):
        handler.wfile.write(status_line_and_rest)
        handler.wfile.flush()
        handler.close_connection = True

    return answer


def status(code, body=b"<html>Service unavailable</html>"):
    def answer(handler):
        handler.send_body(code, body, "text/html")

    return answer


def json_body(text):
    def answer(handler):
        handler.send_body(200, text.encode(), "application/json")

    return answer


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
    """Two processes (this one and a child with its own Django and Redis connections) draw on
    one counter in Redis: together they make no more than the limit's requests."""
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


# --- Riding resolution ------------------------------------------------------------------------


def riding(code, province, name=None, order=RepresentationOrder.RO_2023):
    return Riding.objects.create(
        code=code,
        name_en=name or f"Riding {code}",
        name_fr=name or f"Circonscription {code}",
        province=province,
        representation_order=order,
    )


@pytest.fixture
def ridings(db):
    """A few 2023 ridings, and a 2013 one that shares a code with a 2023 one."""
    return {
        "35108": riding("35108", "ON", "University—Rosedale"),
        "35109": riding("35109", "ON", "Toronto Centre"),
        "35075": riding("35075", "ON", "Ottawa Centre"),
        "35076": riding("35076", "ON", "Ottawa South"),
        "24017": riding("24017", "QC", "Laurier—Sainte-Marie"),
        "60001": riding("60001", "YT", "Yukon"),
        "61001": riding("61001", "NT", "Northwest Territories"),
        "62001": riding("62001", "NU", "Nunavut"),
        "legacy-35108": riding("35108", "ON", "Old riding", order=RepresentationOrder.RO_2013),
    }


def table(postal_code, *ridings_and_weights):
    for item in ridings_and_weights:
        found, weight = item if isinstance(item, tuple) else (item, None)
        PostalCodeRiding.objects.create(postal_code=postal_code, riding=found, weight=weight)


def test_table_full_code_first(ridings, server):
    table("M5S 2T9", ridings["35108"])
    table("M5S", ridings["35108"], ridings["35109"])
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35109")])
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding == ridings["35108"]
    assert resolution.source == "table"
    assert server.requests == []  # the table answered: Represent is not asked


def test_table_fsa_when_the_full_code_is_missing(ridings, server):
    table("M5S", ridings["35109"])
    resolution = resolve_riding("M5S 2T9")
    assert (resolution.riding, resolution.source) == (ridings["35109"], "table")
    assert server.requests == []


def test_table_fsa_with_several_ridings_asks_the_signer(ridings, server):
    table("M5S", (ridings["35108"], 0.3), (ridings["35109"], 0.7))
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding is None
    assert resolution.candidates == [ridings["35109"], ridings["35108"]]  # heaviest first
    assert resolution.source == "table"
    assert server.requests == []


def test_table_rows_without_weight_come_after_weighted_ones(ridings):
    table("M5S", ridings["35108"], (ridings["35109"], 0.2))
    assert resolve_riding("M5S 2T9").candidates == [ridings["35109"], ridings["35108"]]


def test_table_ignores_legacy_ridings(ridings, server):
    # Only a 2013 riding in the table: the code goes on to Represent.
    table("M5S 2T9", ridings["legacy-35108"])
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    resolution = resolve_riding("M5S 2T9")
    assert (resolution.riding, resolution.source) == (ridings["35108"], "represent")


def test_represent_single_riding(ridings, server):
    server.answers["H2X1Y4"] = postcode_answer(
        "H2X1Y4", centroid=[boundary("24017")], province="QC", city="Montréal"
    )
    resolution = resolve_riding("H2X 1Y4")
    assert (resolution.riding, resolution.source) == (ridings["24017"], "represent")
    assert resolution.riding.representation_order == RepresentationOrder.RO_2023


def test_represent_two_ridings_asks_the_signer(ridings, server):
    server.answers["K1A0A6"] = postcode_answer(
        "K1A0A6", concordance=[boundary("35075"), boundary("35076")]
    )
    resolution = resolve_riding("K1A 0A6")
    assert resolution.riding is None
    assert resolution.candidates == [ridings["35075"], ridings["35076"]]
    assert resolution.source == "represent"


def test_represent_codes_not_imported_fall_back_to_the_province(ridings, server):
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35999")])
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding is None
    assert resolution.source == "province"
    assert {r.code for r in resolution.candidates} == {"35108", "35109", "35075", "35076"}


@pytest.mark.parametrize("broken", ["unknown", "503", "disabled"])
def test_without_represent_the_signer_picks_among_the_province(ridings, server, settings, broken):
    if broken == "503":
        server.answers["M5S2T9"] = status(503)
    elif broken == "disabled":
        settings.REPRESENT_API_URL = ""
    resolution = resolve_riding("M5S 2T9")
    assert resolution.riding is None
    assert resolution.source == "province"
    # Ontario's 2023 ridings by English name, no legacy riding, no guess.
    assert [r.code for r in resolution.candidates] == ["35075", "35076", "35109", "35108"]


def test_province_with_one_riding_needs_no_choice(ridings, settings):
    settings.REPRESENT_API_URL = ""
    resolution = resolve_riding("Y1A 1A1")
    assert (resolution.riding, resolution.source) == (ridings["60001"], "province")


def test_x_codes_offer_both_territories(ridings, settings):
    settings.REPRESENT_API_URL = ""
    resolution = resolve_riding("X0A 0H0")
    assert resolution.riding is None
    assert {r.code for r in resolution.candidates} == {"61001", "62001"}


# --- The backfill task ------------------------------------------------------------------------


@pytest.fixture
def petition(home_page):
    index = home_page.add_child(instance=PetitionIndexPage(title="Petitions", slug="petitions"))
    return index.add_child(
        instance=PetitionPage(
            title="Status for all",
            slug="status-for-all",
            summary="Permanent status for all migrant workers.",
            request="We ask the House of Commons to grant permanent status to all.",
        )
    )


def sign(petition, postal_code, riding=None, invalidated=False):
    n = Signature.objects.count()
    return Signature.objects.create(
        petition=petition,
        full_name=f"Signer {n}",
        email=f"signer{n}@example.org",
        postal_code=postal_code,
        province="ON",
        riding=riding,
        confirmed_at=timezone.now(),
        invalidated_at=timezone.now() if invalidated else None,
    )


def test_backfill_assigns_single_riding_codes_only(ridings, server, petition):
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    server.answers["K1A0A6"] = postcode_answer(
        "K1A0A6", concordance=[boundary("35075"), boundary("35076")]
    )
    single = [sign(petition, "M5S 2T9") for _ in range(3)]
    ambiguous = sign(petition, "K1A 0A6")
    unknown = sign(petition, "X0A 0H0")
    chosen = sign(petition, "M5S 2T9", riding=ridings["35109"])  # the signer chose
    invalid = sign(petition, "H2X 1Y4", invalidated=True)
    no_code = sign(petition, "")

    assert backfill_ridings.enqueue().return_value == 3

    for signature in single:
        signature.refresh_from_db()
        assert signature.riding == ridings["35108"]
    for signature in (ambiguous, unknown, invalid, no_code):
        signature.refresh_from_db()
        assert signature.riding is None
    chosen.refresh_from_db()
    assert chosen.riding == ridings["35109"]
    # One request per distinct code: none for assigned, invalidated or empty codes.
    assert sorted(server.codes_requested()) == ["K1A0A6", "M5S2T9", "X0A0H0"]


def test_backfill_stops_at_the_rate_limit(ridings, server, settings, petition, same_minute):
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 2
    codes = ["M5S 2T1", "M5S 2T2", "M5S 2T3", "M5S 2T4"]
    for code in codes:
        compact = code.replace(" ", "")
        server.answers[compact] = postcode_answer(compact, centroid=[boundary("35108")])
        sign(petition, code)
    assert backfill_ridings.call() == 2
    assert len(server.requests) == 2
    assert Signature.objects.filter(riding__isnull=True).count() == 2
    # Within the same minute, a second run makes no request at all.
    assert backfill_ridings.call() == 0
    assert len(server.requests) == 2


def test_backfill_is_not_held_back_by_ambiguous_codes(ridings, server, petition):
    """Codes that stay unassigned (several ridings, unknown) must not fill every batch: their
    answers are cached, so the next run moves on to the codes after them."""
    for code in ("K1A0A1", "K1A0A2", "K1A0A3"):
        server.answers[code] = postcode_answer(
            code, concordance=[boundary("35075"), boundary("35076")]
        )
        sign(petition, f"{code[:3]} {code[3:]}")
    server.answers["K1A0A4"] = postcode_answer("K1A0A4", centroid=[boundary("35075")])
    last = sign(petition, "K1A 0A4")

    assert backfill_ridings.call(limit=2) == 0
    assert backfill_ridings.call(limit=2) == 1
    last.refresh_from_db()
    assert last.riding == ridings["35075"]
    assert sorted(server.codes_requested()) == ["K1A0A1", "K1A0A2", "K1A0A3", "K1A0A4"]


def test_backfill_batch_counts_distinct_codes(ridings, server, petition):
    """Many signatures with one code are one lookup, not `limit` of them."""
    server.answers["M5S2T9"] = postcode_answer("M5S2T9", centroid=[boundary("35108")])
    server.answers["M5S2T8"] = postcode_answer("M5S2T8", centroid=[boundary("35109")])
    sign(petition, "M5S 2T8")
    for _ in range(5):
        sign(petition, "M5S 2T9")  # the newest five
    assert backfill_ridings.call(limit=2) == 6
    assert sorted(server.codes_requested()) == ["M5S2T8", "M5S2T9"]


def test_backfill_does_nothing_when_represent_is_disabled(ridings, server, settings, petition):
    settings.REPRESENT_API_URL = ""
    sign(petition, "M5S 2T9")
    assert backfill_ridings.call() == 0
    assert server.requests == []


def test_signer_the_api_could_not_place_gets_a_backfill_later(
    ridings, server, settings, petition, django_capture_on_commit_callbacks
):
    """Represent on but unable to answer (here: 503): the signer picks among the province's
    ridings, and one backfill task is queued for after the rate-limit window, however many
    signers are waiting."""
    from django_tasks import default_task_backend

    from petitions.signing.flow import sign as sign_petition

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    server.answers["M5S2T9"] = status(503)
    data = {"full_name": "Ana Reyes", "postal_code": "M5S 2T9"}

    with django_capture_on_commit_callbacks(execute=True):
        first = sign_petition(petition, {**data, "email": "ana@example.org"}, language="en")
        sign_petition(petition, {**data, "email": "luis@example.org"}, language="en")

    assert first.signature.riding is None and first.candidates
    backfills = [
        result
        for result in default_task_backend.results
        if result.task.name == backfill_ridings.name
    ]
    assert len(backfills) == 1
    assert backfills[0].task.run_after > timezone.now()
