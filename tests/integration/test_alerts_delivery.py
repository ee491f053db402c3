"""Alerts in-process on moto: stream → alerts function → a recording Slack and HTTP source."""

import base64
import json

import pytest

from portal.alerts import ALERT_EVENT
from portal.storage.config import SETTINGS, AlertSettingsRecord
from tests.builders import message


@pytest.fixture
def alerting(deployment, credentials, slack, http_source):
    AlertSettingsRecord(
        SETTINGS,
        slack_enabled=True,
        slack_webhook_url=slack.url + "/services/T/B/x",
        slack_channel="#privacy",
        http_enabled=True,
        http_url=http_source.url,
        http_write_key="wk_alerts_source",
    ).save()
    return deployment


def send(deployment, credentials, body) -> None:
    auth = "Basic " + base64.b64encode(f"{credentials.write_key}:".encode()).decode()
    response = deployment.request("POST", "/v1/track", {"authorization": auth}, json.dumps(body))
    assert response.status == 200


def test_new_fields_raise_one_slack_digest_and_one_track_event_each(
    alerting, credentials, slack, http_source
):
    send(
        alerting,
        credentials,
        message(properties={"email": "jane@example.com", "password": "hunter2"}, context={}),
    )
    alerting.drain()
    [posted] = slack.requests
    digest = posted.json()
    assert digest["channel"] == "#privacy"
    assert "2 new fields" in digest["text"]
    assert "properties.email" in json.dumps(digest) and "properties.password" in json.dumps(digest)
    assert "hunter2" not in posted.body.decode()
    [batch] = http_source.requests
    assert batch.path == "/v1/batch"
    assert batch.headers["authorization"] == "Basic " + base64.b64encode(b"wk_alerts_source:").decode()
    events = batch.json()["batch"]
    assert {e["event"] for e in events} == {ALERT_EVENT}
    by_path = {e["properties"]["path"]: e["properties"] for e in events}
    assert by_path["properties.password"]["recommended_classification"] == "red"
    assert by_path["properties.email"]["recommended_classification"] == "yellow"


def test_known_fields_do_not_alert_again(alerting, credentials, slack):
    send(alerting, credentials, message(properties={"email": "jane@example.com"}, context={}))
    alerting.drain()
    send(
        alerting,
        credentials,
        message(messageId="second", properties={"email": "joe@example.com"}, context={}),
    )
    alerting.drain()
    assert len(slack.requests) == 1


def test_slack_429_is_retried_after_the_delay_it_asks_for(alerting, credentials, slack):
    slack.fail_next(429, retry_after=1)
    send(alerting, credentials, message(properties={"email": "jane@example.com"}, context={}))
    alerting.drain()
    assert len(slack.requests) == 2
    assert slack.requests[0].body == slack.requests[1].body


def test_a_failing_http_source_does_not_make_slack_post_twice(alerting, credentials, slack, http_source):
    http_source.fail_next(500, times=4)
    send(alerting, credentials, message(properties={"email": "jane@example.com"}, context={}))
    alerting.drain()
    assert len(slack.requests) == 1
    assert len(http_source.requests) >= 5
    assert http_source.requests[-1].json()["batch"][0]["properties"]["path"] == "properties.email"


def test_no_alert_settings_means_no_posts(deployment, credentials, slack):
    send(deployment, credentials, message(properties={"email": "jane@example.com"}, context={}))
    deployment.drain()
    assert slack.requests == []
