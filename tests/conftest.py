"""Fixtures every tier shares: recording fakes for the alert targets."""

from collections.abc import Iterator

import pytest

from tests.recorder import Recorder


@pytest.fixture
def slack() -> Iterator[Recorder]:
    """A fake Slack incoming webhook on loopback."""
    with Recorder() as recorder:
        yield recorder


@pytest.fixture
def http_source() -> Iterator[Recorder]:
    """A fake Segment HTTP source on loopback."""
    with Recorder() as recorder:
        yield recorder
