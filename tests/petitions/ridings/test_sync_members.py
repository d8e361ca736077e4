"""`manage.py sync_members` against a real HTTP server on 127.0.0.1.

The server speaks the Represent API's representatives JSON (../shared/data/REPRESENT_API.md). What
is checked: pages, offices, a by-election, a floor crossing, and every way the API can fail
(nothing changed then).
"""

import itertools
import json
import socket
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.core.management.base import CommandError
from django.utils import timezone

from petitions.models import Member
from tests.factories.petitions import ELECTION_2025, given_names, mps_2025
from tests.support.commands import run_command
from tests.support.database import member_history, snapshot
from tests.support.loopback_http import LoopbackHandler, LoopbackServer
from tests.support.represent import FEDERAL_2023

PATH = "/representatives/house-of-commons/"


def representative(code, district, first, last, party, email="", offices=(), languages=None):
    """A representative as BaseRepresentative.as_dict writes it."""
    data = {
        "name": f"{first} {last}",
        "district_name": district,
        "elected_office": "MP",
        "source_url": "https://www.ourcommons.ca/Members/en/search",
        "first_name": first,
        "last_name": last,
        "party_name": party,
        "email": email,
        "url": "",
        "personal_url": "",
        "photo_url": "",
        "gender": "",
        "offices": list(offices),
        "extra": {"preferred_languages": languages} if languages else {},
        "representative_set_name": "House of Commons",
        "related": {"representative_set_url": "/representative-sets/house-of-commons/"},
    }
    if code:
        data["related"]["boundary_url"] = f"/boundaries/{FEDERAL_2023}/{code}/"
    return data


def representatives_2025(changes=None):
    """Today's MPs as the 2025 file has them.

    Representatives are replaced by riding code in `changes` (None: the riding is left out).
    """

    def write(row):
        return representative(
            row["code"], row["riding_name_en"], given_names(row), row["surname"], row["party"]
        )

    replaced = {
        code: None if found is None else [found] for code, found in (changes or {}).items()
    }
    return mps_2025(write, replaced)


class RepresentativesServer(LoopbackServer):
    """Answers /representatives/house-of-commons/?limit=&offset= from `representatives`.

    At most `page_size` a page, with meta.next as the real server writes it. `answer`, when set, is
    a callable taking the handler (to fail in some way) and the page's offset.
    """

    def __init__(self):
        self.representatives = []
        self.page_size = 1000
        self.answer = None
        self.request_times = []
        server = self

        class Handler(LoopbackHandler):
            def do_GET(self):
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                server.request_times.append(time.monotonic())
                offset = int(query.get("offset", ["0"])[0])
                if server.answer is not None and server.answer(self, offset):
                    return
                if parts.path != PATH:
                    self.send_body(404, b"<html>Not Found</html>", "text/html")
                    return
                limit = min(int(query.get("limit", ["20"])[0]), server.page_size)
                page = server.representatives[offset : offset + limit]
                more = offset + limit < len(server.representatives)
                body = {
                    "objects": page,
                    "meta": {
                        "total_count": len(server.representatives),
                        "limit": limit,
                        "offset": offset,
                        "previous": None,
                        "next": f"{PATH}?limit={limit}&offset={offset + limit}" if more else None,
                    },
                }
                self.send_body(200, json.dumps(body).encode(), "application/json")

        super().__init__(Handler)
        self.start()


@pytest.fixture
def server(settings):
    server = RepresentativesServer()
    settings.REPRESENT_API_URL = server.url
    settings.REPRESENT_API_TIMEOUT = 2.0
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 6000
    yield server
    server.stop()


def sync(*args):
    return run_command("sync_members", *args)


CONSTITUENCY_OFFICE = {
    "type": "constituency",
    "postal": "Main office - Avalon\n12 Water Street\nCarbonear NL  A1Y 1B1",
    "tel": "1 709 555-0100",
}
LEGISLATURE_OFFICE = {
    "type": "legislature",
    "postal": "House of Commons\nOttawa ON  K1A 0A6",
    "tel": "1 613 555-0100",
}


def test_sync_fills_offices_and_applies_a_by_election_and_a_floor_crossing(members_2025, server):
    today = timezone.localdate()
    server.page_size = 150
    server.representatives = representatives_2025(
        {
            "10001": representative(
                "10001",
                "Avalon",
                "Paul",
                "Connors",
                "Liberal",
                email="paul.connors@parl.gc.ca",
                offices=[LEGISLATURE_OFFICE, CONSTITUENCY_OFFICE],
                languages=["English"],
            ),
            # Found by its district name: no boundary URL.
            "48002": representative(
                "", "Battle River—Crowfoot", "Pierre", "Poilievre", "Conservative"
            ),
            "12001": representative(
                "12001", "Acadie—Annapolis", "Chris", "d'Entremont", "Liberal"
            ),
            "35001": None,
        }
    )
    server.representatives.append(
        representative("", "Nowhere North", "Jane", "Doe", "Independent")
    )

    output = sync()

    assert len(server.request_times) == 3, "three pages of 150"
    assert "created 2, updated 1, unchanged 339, closed 2" in output
    assert "1 representative matches no current riding: Nowhere North." in output
    assert "1 current riding has no representative in the API" in output
    connors = Member.objects.current().get(riding__code="10001")
    assert connors.email == "paul.connors@parl.gc.ca"
    assert connors.constituency_office == "12 Water Street\nCarbonear NL  A1Y 1B1"
    assert connors.preferred_language == "en"
    assert member_history("48002") == [
        ("Kurek", "Conservative", ELECTION_2025, today),
        ("Poilievre", "Conservative", today, None),
    ]
    assert member_history("12001") == [
        ("d'Entremont", "Conservative", ELECTION_2025, today),
        ("d'Entremont", "Liberal", today, None),
    ]
    # A riding the API has no one for keeps its MP.
    assert Member.objects.current().filter(riding__code="35001").exists()

    before = snapshot(Member.objects.all())
    output = sync()
    assert "created 0, updated 0, unchanged 342, closed 0" in output
    assert snapshot(Member.objects.all()) == before


def test_a_dry_run_changes_nothing(members_2025, server):
    server.representatives = representatives_2025(
        {"48002": representative("48002", "Battle River—Crowfoot", "Pierre", "Poilievre", "CPC")}
    )
    before = snapshot(Member.objects.all())

    output = sync("--dry-run")

    assert "Dry run, nothing saved: would be created 1" in output
    assert snapshot(Member.objects.all()) == before


def test_an_unreachable_api_is_a_clear_error_and_changes_nothing(members_2025, settings):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.REPRESENT_API_URL = f"http://127.0.0.1:{port}"
    before = snapshot(Member.objects.all())

    with pytest.raises(CommandError) as error:
        sync()

    assert error.value.returncode == 3
    assert "cannot be reached" in str(error.value)
    assert "Nothing was changed" in str(error.value)
    assert snapshot(Member.objects.all()) == before


def test_a_slow_api_times_out_and_changes_nothing(members_2025, server):
    server.representatives = representatives_2025()

    def slow(handler, offset):
        server.release.wait(5)
        return False

    server.answer = slow
    before = snapshot(Member.objects.all())
    started = time.monotonic()

    with pytest.raises(CommandError) as error:
        sync("--timeout", "0.5")

    assert time.monotonic() - started < 3
    assert error.value.returncode == 3
    assert "did not answer within 0.5 seconds" in str(error.value)
    assert snapshot(Member.objects.all()) == before


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (503, b"<html>Too many requests</html>", "over its rate limit"),
        (500, b"<html>Server error</html>", "answered HTTP 500"),
        (200, b"<html>Not JSON</html>", "not JSON"),
        (200, b'{"objects": {"not": "a list"}}', "not a list of representatives"),
    ],
)
def test_a_failing_second_page_changes_nothing(members_2025, server, status, body, words):
    server.page_size = 200
    server.representatives = representatives_2025(
        {"48002": representative("48002", "Battle River—Crowfoot", "Pierre", "Poilievre", "CPC")}
    )

    def fail_second_page(handler, offset):
        if offset == 0:
            return False
        handler.send_body(status, body, "text/html")
        return True

    server.answer = fail_second_page
    before = snapshot(Member.objects.all())

    with pytest.raises(CommandError) as error:
        sync()

    assert error.value.returncode == 3
    assert words in str(error.value)
    assert snapshot(Member.objects.all()) == before


def test_requests_keep_under_the_rate_limit(members_2025, server, settings):
    settings.REPRESENT_API_REQUESTS_PER_MINUTE = 150  # one request every 0.4 s
    server.page_size = 120
    server.representatives = representatives_2025()
    minute = int(time.time() // 60)

    sync()

    times = server.request_times
    assert len(times) == 3
    assert all(later - earlier >= 0.39 for earlier, later in itertools.pairwise(times))
    # The requests took their slots in the counter the postcode lookups share.
    counted = sum(cache.get(f"represent:minute:{m}") or 0 for m in (minute, minute + 1))
    assert counted == 3


def test_without_a_configured_api_nothing_is_asked(members_2025, settings):
    settings.REPRESENT_API_URL = ""

    with pytest.raises(CommandError) as error:
        sync()

    assert error.value.returncode == 3
    assert "not configured" in str(error.value)


def test_a_next_page_on_another_server_is_refused(members_2025, server):
    def elsewhere(handler, offset):
        body = {"objects": [], "meta": {"next": "http://example.invalid/representatives/"}}
        handler.send_body(200, json.dumps(body).encode(), "application/json")
        return True

    server.answer = elsewhere
    before = snapshot(Member.objects.all())

    with pytest.raises(CommandError, match="another server"):
        sync()
    assert snapshot(Member.objects.all()) == before
