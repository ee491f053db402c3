import base64
import json

import pytest

from portal.credentials import digest
from portal.detection import Engine, default_matchers
from portal.errors import Unauthorized
from portal.snapshot import Snapshot, Source
from portal.tracking import basic_auth_user, handle_tracking_request
from tests.builders import message

NOW = "2026-11-29T01:00:00.000Z"
WEB = Source("src_web", "Web", "production", True)
OFF = Source("src_off", "Old", "production", False)


def snapshot(**sources: Source) -> Snapshot:
    return Snapshot("v1", {digest(k): s for k, s in sources.items()}, frozenset(), Engine(default_matchers()))


def basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode()


def call(body: dict, authorization: str | None = None, snapshots=None):
    asked: list[bool] = []

    def snapshot_for_key(fresh: bool) -> Snapshot:
        asked.append(fresh)
        return (snapshots or [snapshot(wk_web=WEB)])[len(asked) - 1 if snapshots else 0]

    result = handle_tracking_request(
        "track", json.dumps(body).encode(), None, authorization, snapshot_for_key, NOW
    )
    return result, asked


def test_basic_auth_write_key():
    result, _ = call(message(), basic("wk_web"))
    assert result.source == WEB
    assert result.accepted == 1
    assert len(result.published) == 1


def test_write_key_in_body():
    result, _ = call(message(writeKey="wk_web"))
    assert result.source == WEB


def test_unknown_key_rechecks_a_fresh_snapshot_before_refusing():
    fresh = snapshot(wk_web=WEB, wk_new=Source("src_new", "New", "staging", True))
    result, asked = call(message(), basic("wk_new"), snapshots=[snapshot(wk_web=WEB), fresh])
    assert asked == [False, True]
    assert result.source.id == "src_new"


@pytest.mark.parametrize("auth", [None, basic("wrong"), basic(""), "Bearer wk_web", "Basic !!!", "Basic"])
def test_missing_malformed_or_unknown_keys_are_unauthorized(auth):
    with pytest.raises(Unauthorized):
        call(message(), auth)


def test_disabled_source_is_unauthorized():
    with pytest.raises(Unauthorized):
        handle_tracking_request(
            "track",
            json.dumps(message()).encode(),
            None,
            basic("wk_off"),
            lambda fresh: snapshot(wk_off=OFF),
            NOW,
        )


def test_dropped_messages_are_counted_by_reason():
    body = {"batch": [message(), message(drop=("userId",)), message(drop=("userId",))]}
    result = handle_tracking_request(
        "batch", json.dumps(body).encode(), None, basic("wk_web"), lambda fresh: snapshot(wk_web=WEB), NOW
    )
    assert (result.accepted, result.dropped) == (1, 2)
    assert result.drop_reasons == {"userId or anonymousId is required": 2}


def test_basic_auth_user_ignores_the_password_part():
    assert basic_auth_user(basic("wk_web")) == "wk_web"
    assert basic_auth_user(None) is None
