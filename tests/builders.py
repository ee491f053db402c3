"""One small builder for message variants on top of the JSON fixtures in tests/fixtures."""

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def message(name: str = "track_order_completed", drop: tuple[str, ...] = (), **changes: Any) -> dict:
    """A fixture message with top-level keys replaced (`changes`) or removed (`drop`)."""
    built = copy.deepcopy(fixture(name))
    for key in drop:
        built.pop(key, None)
    built.update(changes)
    return built
