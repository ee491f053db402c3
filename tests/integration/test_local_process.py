"""`python -m local` as a process: failures at start-up are one clear line and a non-zero exit."""

import socket
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_busy_port_fails_fast_and_clearly():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "local"],
            cwd=REPO_ROOT,
            env={"PATH": "/usr/bin:/bin", "PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert f"local stack failed to start: cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_port_value_is_named():
    result = subprocess.run(
        [sys.executable, "-m", "local"],
        cwd=REPO_ROOT,
        env={"PATH": "/usr/bin:/bin", "PORT": "http"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "PORT" in result.stderr and "Traceback" not in result.stderr
