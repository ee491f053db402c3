"""An owner's day on the local stack: a real Segment client sends events, the fields reach the
inbox, the owner classifies them and adds them to the inventory with the `portal` CLI, and the
CSV export holds them with the right counts per source."""

import csv
import io
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.e2e

REPO_ROOT = Path(__file__).resolve().parents[2]
_MAIN = "import sys; from portal.cli import main; sys.exit(main(sys.argv[1:]))"


def _portal(stack, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PORTAL_URL": stack.base_url, "PORTAL_TOKEN": stack.owner_token}
    installed = REPO_ROOT / ".venv" / "bin" / "portal"
    command = [str(installed)] if installed.exists() else [sys.executable, "-c", _MAIN]
    return subprocess.run(
        [*command, *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _send(stack, write_key: str, events: list[tuple[str, dict]]) -> None:
    import segment.analytics as analytics

    client = analytics.Client(write_key=write_key, host=stack.base_url, sync_mode=True, max_retries=1)
    for event, properties in events:
        client.track(user_id="user-" + uuid.uuid4().hex[:6], event=event, properties=properties)
    client.flush()


def _wait_for_inbox(stack, paths: set[str], timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        inbox = _portal(stack, "inbox", "--all", "--json", "--search", "e2eowner")
        assert inbox.returncode == 0, inbox.stderr
        listed = {item["path"]: item for item in json.loads(inbox.stdout)["items"]}
        if paths <= set(listed):
            return listed
        if time.monotonic() > deadline:
            raise AssertionError(f"not in the inbox after {timeout}s: {sorted(paths - set(listed))}")
        time.sleep(0.5)


def test_events_to_inbox_to_inventory_and_csv_with_the_cli(local_stack):
    stack = local_stack
    headers = stack.admin_headers
    mobile = requests.post(
        f"{stack.base_url}/admin/sources",
        json={"name": "e2e mobile app", "environment": "staging"},
        headers=headers,
        timeout=10,
    )
    assert mobile.status_code == 201, mobile.text
    mobile_key, mobile_id = mobile.json()["write_key"], mobile.json()["id"]

    email, plan = "properties.e2eowner_email", "properties.e2eowner_plan"
    web_events = [
        ("E2E Signed Up", {"e2eowner_email": f"a{i}@example.com", "e2eowner_plan": "pro"}) for i in range(3)
    ]
    mobile_events = [
        ("E2E Signed Up", {"e2eowner_email": "b@example.com"}),
        ("E2E Upgraded", {"e2eowner_plan": "team"}),
    ]
    _send(stack, stack.write_key, web_events)
    _send(stack, mobile_key, mobile_events)

    listed = _wait_for_inbox(stack, {email, plan})
    assert listed[email]["recommended"] in ("yellow", "red")
    assert listed[email]["status"] == "inbox"
    table = _portal(stack, "inbox", "--search", "e2eowner")
    assert table.returncode == 0 and email in table.stdout and "PATH" in table.stdout

    classified = _portal(stack, "classify", email, "red", "--add")
    assert classified.returncode == 0, classified.stderr
    assert "red (in the inventory)" in classified.stdout
    assert _portal(stack, "classify", plan, "green", "--add").returncode == 0

    inventory = json.loads(_portal(stack, "inventory", "--json", "--all", "--search", "e2eowner").stdout)
    assert {i["path"]: i["classification"] for i in inventory["items"]} == {email: "red", plan: "green"}

    exported = _portal(stack, "inventory", "--csv")
    assert exported.returncode == 0, exported.stderr
    rows = {r["path"]: r for r in csv.DictReader(io.StringIO(exported.stdout, newline=""))}
    sources = requests.get(f"{stack.base_url}/admin/sources", headers=headers, timeout=10).json()["items"]
    web_name = next(s["name"] for s in sources if s["id"] == "default")
    mobile_column, web_column = "count e2e mobile app", f"count {web_name}"
    assert (rows[email]["classification"], rows[email][web_column], rows[email][mobile_column]) == (
        "red",
        "3",
        "1",
    )
    assert (rows[plan]["classification"], rows[plan][web_column], rows[plan][mobile_column]) == (
        "green",
        "3",
        "1",
    )
    assert rows[email]["count"] == "4"
    assert "e2eowner_email" in rows[email]["path"] and "@example.com" not in exported.stdout

    detail = _portal(stack, "field", email, "--json")
    by_source = {s["id"]: s["count"] for s in json.loads(detail.stdout)["counts_by_source"]}
    assert by_source == {"default": 3, mobile_id: 1}

    unauthorised = _portal(stack, "inbox", "--token", "ppo_wrong")
    assert unauthorised.returncode == 1 and "401" in unauthorised.stderr


def test_custom_matchers_with_the_cli(local_stack, tmp_path):
    stack = local_stack
    name = "e2e loyalty " + uuid.uuid4().hex[:6]
    added = _portal(
        stack, "matchers", "add", "--name", name, "--classification", "red", "--synonym", "member no"
    )
    assert added.returncode == 0, added.stderr
    matcher_id = added.stdout.split()[0]
    listed = _portal(stack, "matchers", "list")
    assert name in listed.stdout and "of 100 custom matchers" in listed.stdout

    payload = tmp_path / "message.json"
    payload.write_text(
        json.dumps({"type": "track", "event": "x", "properties": {"memberNo": "M-1", "plan": "pro"}})
    )
    tested = _portal(stack, "matchers", "test", "--id", matcher_id, "--payload", str(payload))
    assert tested.returncode == 0, tested.stderr
    assert "properties.memberNo" in tested.stdout and "properties.plan" not in tested.stdout

    invalid = _portal(
        stack,
        "matchers",
        "add",
        "--name",
        "bad",
        "--classification",
        "red",
        "--on",
        "value",
        "--pattern",
        r"(a)\1",
    )
    assert invalid.returncode == 1 and "backreference" in invalid.stderr

    removed = _portal(stack, "matchers", "rm", matcher_id)
    assert removed.returncode == 0 and f"deleted {matcher_id}" in removed.stdout
    assert name not in _portal(stack, "matchers", "list").stdout
