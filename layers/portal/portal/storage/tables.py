"""Table names, read once from the environment the template sets."""

import os


def table_name(variable: str) -> str:
    name = os.environ.get(variable)
    if not name:
        raise RuntimeError(f"environment variable {variable} is not set (see template.yaml)")
    return name


def region() -> str | None:
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
