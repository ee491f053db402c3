"""Reading a function's environment once, at start, with a clear error for what is missing."""

import os


def require(*names: str, may_be_empty: tuple[str, ...] = ()) -> dict[str, str]:
    missing = [
        name
        for name in names
        if name not in os.environ or (not os.environ[name] and name not in may_be_empty)
    ]
    if missing:
        raise RuntimeError("missing environment variables (see template.yaml): " + ", ".join(missing))
    return {name: os.environ[name] for name in names}
