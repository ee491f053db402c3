"""A fake HTTP peer that records what it receives: stands in for Slack and for a Segment HTTP source.

A real HTTP server on loopback (not a mock): the code under test makes real requests. It can be
told to answer with errors first (`fail_next(429, retry_after=1, times=2)`).
"""

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Recorder:
    def __init__(self) -> None:
        self.requests: list[Received] = []
        self._failures: list[tuple[int, int | None]] = []
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with recorder._lock:
                    recorder.requests.append(
                        Received("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    failure = recorder._failures.pop(0) if recorder._failures else None
                    recorder._arrived.notify_all()
                status, retry_after = failure or (200, None)
                self.send_response(status)
                if retry_after is not None:
                    self.send_header("Retry-After", str(retry_after))
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, status: int, times: int = 1, retry_after: int | None = None) -> None:
        with self._lock:
            self._failures.extend([(status, retry_after)] * times)

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        """Block until at least `count` requests arrived (or the timeout passed); return them all."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.requests) >= count, timeout)
            return list(self.requests)

    def __enter__(self) -> "Recorder":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
