"""Open North's Represent API on loopback (../shared/data/REPRESENT_API.md).

Its boundary and postcode JSON as the real server writes it, a server answering /postcodes/{CODE}/,
and answers that fail in the ways the real one can.
"""

import json
import threading
from urllib.parse import parse_qs, urlsplit

from tests.support.loopback_http import LoopbackHandler, LoopbackServer

FEDERAL_2023 = "federal-electoral-districts-2023-representation-order"
FEDERAL_2013 = "federal-electoral-districts-2013-representation-order"
ONTARIO = "ontario-electoral-districts-representation-act-2015"
# The Redis database of the Represent tests' rate-limit counter, shared with a child process.
REDIS_URL = "redis://127.0.0.1:6379/15"


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


class PostcodeServer(LoopbackServer):
    """A threaded HTTP server answering /postcodes/{CODE}/ from `answers`.

    `answers` maps code → JSON-able object, or a callable taking the request handler. Unknown codes
    get the 404 HTML page the real server sends. Every request is recorded.
    """

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


def raw(status_line_and_rest):
    """An answer that writes these bytes as they are, then hangs up."""

    def answer(handler):
        handler.wfile.write(status_line_and_rest)
        handler.wfile.flush()
        handler.close_connection = True

    return answer


def status(code, body=b"<html>Service unavailable</html>"):
    """An answer with this HTTP status and an HTML body."""

    def answer(handler):
        handler.send_body(code, body, "text/html")

    return answer


def json_body(text):
    """An answer of status 200 that calls `text` JSON, whatever it is."""

    def answer(handler):
        handler.send_body(200, text.encode(), "application/json")

    return answer
