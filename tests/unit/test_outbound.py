import pytest

from portal.errors import InvalidRequest
from portal.outbound import LOOPBACK_FLAG, check_http_source, check_slack_webhook


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.slack.com/services/T/B/x",
        "https://hooks.slack.com.evil.example/services/x",
        "https://evil.example/?https://hooks.slack.com/",
        "https://hooks.slack.com@evil.example/",
        "http://127.0.0.1:9000/slack",
    ],
)
def test_slack_webhooks_only_to_slack_over_https(url, monkeypatch):
    monkeypatch.delenv(LOOPBACK_FLAG, raising=False)
    with pytest.raises(InvalidRequest):
        check_slack_webhook(url)


def test_real_slack_webhook_passes():
    url = "https://hooks.slack.com/services/T000/B000/XXXX"
    assert check_slack_webhook(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://collector.example.com",
        "ftp://x",
        "https://u:p@x.example",
        "http://localhost:8080",
        "not a url",
    ],
)
def test_http_sources_must_be_https(url, monkeypatch):
    monkeypatch.delenv(LOOPBACK_FLAG, raising=False)
    with pytest.raises(InvalidRequest) as error:
        check_http_source(url)
    assert url not in str(error.value)


def test_loopback_only_on_the_local_stack(monkeypatch):
    monkeypatch.setenv(LOOPBACK_FLAG, "true")
    assert check_http_source("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert check_slack_webhook("http://localhost:9/hook") == "http://localhost:9/hook"
    with pytest.raises(InvalidRequest):
        check_http_source("http://10.0.0.5:8080")
