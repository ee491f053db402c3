"""End-to-end fixtures: the real local stack (`python -m local`) in a subprocess, and recording fakes.

local_stack   one stack for the whole session (start-up costs seconds): base_url, write_key,
              owner_token. State accumulates across tests, so use field names unique to a test.
start_local_stack(**env)  a factory for a stack of one's own (e.g. a different batching window).
recorder      a real HTTP server on 127.0.0.1 that records every request; a fake Slack webhook
              or HTTP source. `recorder.throttle(2, retry_after=1)` answers 429 twice first.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITE_KEY = "wk_e2e_0123456789abcdefghijkl"
OWNER_TOKEN = "ppo_e2e-owner-token-0123456789abcdefghijklmnop"
READY_LINE = "Privacy Portal is ready on "
START_TIMEOUT_SECONDS = 60


def _python() -> str:
    venv = REPO_ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningStack:
    base_url: str
    write_key: str
    owner_token: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)
    ready_seconds: float = 0.0

    @property
    def tracking_url(self) -> str:
        return f"{self.base_url}/v1/track"

    @property
    def admin_headers(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.owner_token}"}

    def log(self) -> str:
        return "".join(self.output)

    def stop(self) -> int:
        """SIGINT, as Ctrl-C would; returns the exit code (0 means it stopped cleanly)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return int(self.process.returncode)


def _start(**extra_env: str) -> RunningStack:
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "PORTAL_WRITE_KEY": WRITE_KEY,
        "PORTAL_OWNER_TOKEN": OWNER_TOKEN,
        "PYTHONUNBUFFERED": "1",
        **extra_env,
    }
    started = time.monotonic()
    process = subprocess.Popen(
        [_python(), "-m", "local"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    stack = RunningStack(f"http://127.0.0.1:{port}", WRITE_KEY, OWNER_TOKEN, process)
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            stack.output.append(line)
            if line.startswith(READY_LINE):
                ready.set()

    threading.Thread(target=read, name="local-stack-output", daemon=True).start()
    while not ready.wait(0.1):
        if process.poll() is not None or time.monotonic() - started > START_TIMEOUT_SECONDS:
            stack.stop()
            pytest.fail(
                f"the local stack did not become ready (exit code {process.returncode}); its output:\n"
                + stack.log(),
                pytrace=False,
            )
    stack.ready_seconds = time.monotonic() - started
    return stack


@pytest.fixture(scope="session")
def local_stack() -> Iterator[RunningStack]:
    stack = _start()
    yield stack
    code = stack.stop()
    if code != 0:
        pytest.fail(
            f"the local stack exited with {code} on SIGINT; its output:\n{stack.log()}", pytrace=False
        )


@pytest.fixture
def start_local_stack() -> Iterator[Callable[..., RunningStack]]:
    started: list[RunningStack] = []

    def start(**extra_env: str) -> RunningStack:
        stack = _start(**extra_env)
        started.append(stack)
        return stack

    yield start
    for stack in started:
        stack.stop()


# ------------------------------------------------------------------------------------------ recorder


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    status: int  # what the recorder answered

    def json(self) -> Any:
        return json.loads(self.body)


class Recorder:
    """A fake HTTP endpoint (Slack webhook, HTTP source) that keeps every request it receives."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Condition()
        self._throttle_left = 0
        self._retry_after = 1
        self.status = 200
        self.response_body = b"ok"
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="recorder", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def throttle(self, times: int, retry_after: int = 1) -> None:
        """Answer the next `times` requests with 429 and Retry-After: retry_after."""
        with self._lock:
            self._throttle_left = times
            self._retry_after = retry_after

    def accepted(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.status < 300]

    def wait_for(self, count: int = 1, timeout: float = 30.0) -> list[RecordedRequest]:
        """Waits until `count` requests were answered with success; returns them."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len([r for r in self.requests if r.status < 300]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"recorder got {len(self.requests)} requests ({self.accepted().__len__()} accepted), "
                        f"wanted {count} accepted within {timeout}s"
                    )
                self._lock.wait(left)
            return [r for r in self.requests if r.status < 300]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str]]:
        with self._lock:
            if self._throttle_left > 0:
                self._throttle_left -= 1
                status, extra = 429, {"retry-after": str(self._retry_after)}
            else:
                status, extra = self.status, {}
            self.requests.append(RecordedRequest(method, path, headers, body, status))
            self._lock.notify_all()
        return status, extra

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _record(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, extra = recorder._answer(self.command, self.path, headers, body)
                payload = recorder.response_body if status < 300 else b"rate limited"
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("content-type", "text/plain")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_POST = do_PUT = do_GET = do_PATCH = do_DELETE = _record

            def log_message(self, format: str, *args: object) -> None:
                return None  # keep test output clean; the recorded requests are the log

        return Handler


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    fake = Recorder()
    yield fake
    fake.close()


@pytest.fixture
def make_recorder() -> Iterator[Callable[[], Recorder]]:
    """For tests that need two fakes at once (Slack and an HTTP source)."""
    made: list[Recorder] = []

    def make() -> Recorder:
        fake = Recorder()
        made.append(fake)
        return fake

    yield make
    for fake in made:
        fake.close()
