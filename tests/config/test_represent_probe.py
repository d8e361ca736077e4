"""`make run` uses the Represent API when it answers, and its banner says which way it went.

The probe speaks real HTTP to a loopback server (tests/support/represent.py), never to the
real API.
"""

import time

import pytest

from config.devserver import choose_represent, probe_represent
from tests.support.represent import PostcodeServer, postcode_answer, status


@pytest.fixture
def represent():
    server = PostcodeServer()
    server.start()
    yield server
    server.stop()


def test_an_api_that_answers_is_used(represent):
    represent.answers["K1A0A6"] = postcode_answer("K1A0A6", province="ON", city="Ottawa")

    url, line = choose_represent({"REPRESENT_API_URL": represent.url}, timeout=2)

    assert url == represent.url
    assert line == f"on: postal codes are looked up at {represent.url}"
    assert represent.codes_requested() == ["K1A0A6"]


def test_an_api_that_fails_or_is_unreachable_is_not_used_and_the_banner_says_why(represent):
    represent.answers["K1A0A6"] = status(503)

    url, line = choose_represent({"REPRESENT_API_URL": represent.url}, timeout=2)
    assert url == ""
    assert line.startswith(f"off: {represent.url} answered HTTP 503;")

    started = time.monotonic()
    problem = probe_represent("http://127.0.0.1:1", timeout=2)  # nothing listens there
    assert problem.startswith("did not answer")
    assert time.monotonic() - started < 3


def test_an_empty_represent_api_url_turns_it_off_without_a_probe():
    url, line = choose_represent({"REPRESENT_API_URL": ""})

    assert url == ""
    assert line.startswith("off (REPRESENT_API_URL is empty)")
