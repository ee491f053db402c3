"""The HTTP front: a threading HTTP server that hands each request to the deployment's router."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from local.apigw import MAX_PAYLOAD_BYTES, HttpResponse, error_response

log = logging.getLogger("local.http")

# (method, request target, headers, body, client address) -> response
Dispatch = Callable[[str, str, list[tuple[str, str]], bytes, str], HttpResponse]


class PayloadTooLarge(Exception):
    pass


class HttpFront:
    def __init__(self, dispatch: Dispatch, host: str, port: int) -> None:
        handler = _handler_class(dispatch)
        self.server = ThreadingHTTPServer((host, port), handler)
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def start(self) -> None:
        self._thread = threading.Thread(target=self.server.serve_forever, name="http-front", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        # shutdown() waits for serve_forever() to return, so it would hang if serving never began.
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=5)
        self.server.server_close()


def _handler_class(dispatch: Dispatch) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "PrivacyPortalLocal"
        sys_version = ""

        def _serve(self) -> None:
            try:
                body = self._read_body()
            except PayloadTooLarge:
                self.close_connection = True
                self._send(error_response(413, "Request Entity Too Large"))
                return
            except ValueError:
                self.close_connection = True
                self._send(error_response(400, "Bad Request"))
                return
            response = dispatch(
                self.command, self.path, list(self.headers.items()), body, self.client_address[0]
            )
            self._send(response)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = _serve

        def _read_body(self) -> bytes:
            if "chunked" in self.headers.get("transfer-encoding", "").lower():
                chunks = []
                total = 0
                while True:
                    size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline().strip():
                            pass  # trailers carry nothing the handlers read
                        break
                    total += size
                    if total > MAX_PAYLOAD_BYTES:
                        raise PayloadTooLarge
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
                return b"".join(chunks)
            length = int(self.headers.get("content-length") or 0)
            if length < 0:
                raise ValueError("negative Content-Length")
            if length > MAX_PAYLOAD_BYTES:
                # Read it anyway (in pieces, kept nowhere) so the client sees the 413, not a broken pipe.
                while length > 0:
                    chunk = self.rfile.read(min(length, 1 << 20))
                    if not chunk:
                        break
                    length -= len(chunk)
                raise PayloadTooLarge
            return self.rfile.read(length) if length else b""

        def _send(self, response: HttpResponse) -> None:
            self.send_response(response.status)
            names = set()
            for name, value in response.headers:
                if name.lower() in ("content-length", "connection", "transfer-encoding"):
                    continue
                names.add(name.lower())
                self.send_header(name, value)
            if "content-type" not in names and response.body:
                self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(response.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:
            # Request lines are logged per invocation by local.invoke; keep the stdlib's access log quiet.
            log.debug(format, *args)

    return Handler
