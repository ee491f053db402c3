"""Local-stack latencies as a user sees them: `make run` to ready, event to inbox, event to alert.

Run: .venv/bin/python -m bench.latency [--events 5]
Starts the real local stack (`python -m local`) on a free port, points alerts at a recording Slack
on loopback, sends events that each carry one new field, and times each field's arrival in
/admin/inbox and in a Slack post. The template's batching windows (SQS 2 s, stream 10 s) are
honoured locally, so they dominate these figures by design.
"""

import argparse
import base64
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid

from tests.recorder import Recorder

WRITE_KEY = "wk_latency_bench"
TOKEN = "ppo_latency_bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(method: str, url: str, headers: dict[str, str], body: object = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json", **headers}
    )
    with urllib.request.urlopen(req, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PORT": str(port), "PORTAL_WRITE_KEY": WRITE_KEY, "PORTAL_OWNER_TOKEN": TOKEN}
    started = time.monotonic()
    stack = subprocess.Popen(
        [sys.executable, "-m", "local"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        for line in stack.stdout:
            if "is ready on" in line:
                break
        else:
            raise SystemExit("the local stack did not start")
        ready = time.monotonic() - started
        owner = {"Authorization": f"Bearer {TOKEN}"}
        writer = {"Authorization": "Basic " + base64.b64encode(f"{WRITE_KEY}:".encode()).decode()}
        with Recorder() as slack:
            request(
                "PUT",
                f"{base}/admin/alerts",
                owner,
                {"slack": {"enabled": True, "webhook_url": slack.url + "/services/T/B/x"}},
            )
            to_inbox, to_alert = [], []
            for _ in range(args.events):
                field = f"properties.email_{uuid.uuid4().hex[:8]}"
                sent = time.monotonic()
                request(
                    "POST",
                    f"{base}/v1/track",
                    writer,
                    {
                        "userId": "u-1",
                        "event": "Latency Probe",
                        "properties": {field.split(".", 1)[1]: "jane@example.com"},
                    },
                )
                while field not in {
                    i["path"] for i in request("GET", f"{base}/admin/inbox?limit=200", owner)["items"]
                }:
                    time.sleep(0.05)
                to_inbox.append(time.monotonic() - sent)
                while not any(field in r.body.decode() for r in slack.requests):
                    time.sleep(0.05)
                to_alert.append(time.monotonic() - sent)
        print(f"make run -> ready:  {ready:.2f} s (python -m local, venv already built)")
        for name, values in (("event -> inbox", to_inbox), ("event -> Slack alert", to_alert)):
            print(
                f"{name}: median {statistics.median(values):.2f} s, max {max(values):.2f} s "
                f"over {len(values)} events"
            )
    finally:
        stack.terminate()
        stack.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
