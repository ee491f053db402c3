"""End-to-end fixtures: the real local stack (`python -m local`) in a subprocess.

local_stack   one stack for the whole session (start-up costs seconds): base_url, write_key,
              owner_token. State accumulates across tests, so use field names unique to a test.
start_local_stack(**env)  a factory for a stack of one's own (e.g. a different batching window).
The fake Slack and HTTP source (`slack`, `http_source`) are tests/conftest.py's, shared by every tier.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

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
