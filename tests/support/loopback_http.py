"""A real HTTP server on 127.0.0.1, for tests of clients of outside APIs.

The outside API is Open North's Represent. The client speaks real HTTP to the server, timeouts and
broken answers included.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackHandler(BaseHTTPRequestHandler):
    """A request handler with keep-alive and no request log on stderr.

    It keeps connections alive as the real servers do. Subclasses write do_GET.
    """

    protocol_version = "HTTP/1.1"

    def send_body(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client hung up on a slow answer: expected here


class LoopbackServer:
    """Serves `handler_class` on a free port of 127.0.0.1 from start() to stop().

    The server is at `url`. Handlers that answer slowly wait on `release`, which stop() sets so
    teardown never waits for them.
    """

    def __init__(self, handler_class):
        self.release = threading.Event()
        self.httpd = _Server(("127.0.0.1", 0), handler_class)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
