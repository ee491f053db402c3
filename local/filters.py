"""Lambda event filtering (FilterCriteria), the EventBridge-style pattern syntax.

Supported: nested keys, exact values (strings, numbers, booleans, null), prefix, suffix,
equals-ignore-case, anything-but (values or prefix), numeric ranges, exists, and $or. Arrays in
the record match when any element matches. A record passes when any of the filters matches.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from local.template import TemplateError

_MISSING = object()


def matches_any(patterns: Iterable[Mapping[str, Any]], record: Mapping[str, Any]) -> bool:
    patterns = list(patterns)
    return not patterns or any(matches(p, record) for p in patterns)


def matches(pattern: Mapping[str, Any], record: Any) -> bool:
    for key, rule in pattern.items():
        if key == "$or":
            if not any(matches(alternative, record) for alternative in rule):
                return False
            continue
        value = record.get(key, _MISSING) if isinstance(record, Mapping) else _MISSING
        if isinstance(rule, Mapping):
            if value is _MISSING or not isinstance(value, Mapping):
                return False
            if not matches(rule, value):
                return False
        elif isinstance(rule, list):
            if not _matches_value(rule, value):
                return False
        else:
            raise TemplateError(f"filter pattern: {key} must map to an object or a list of values")
    return True


def sqs_filter_view(record: Mapping[str, Any]) -> dict[str, Any]:
    """Lambda matches SQS `body` patterns against the parsed body when it is JSON."""
    view = dict(record)
    try:
        view["body"] = json.loads(record.get("body", ""))
    except ValueError:
        return view  # a plain-text body still matches exact string rules as it is
    return view


def _matches_value(rules: list[Any], value: Any) -> bool:
    if value is not _MISSING and isinstance(value, list):
        return any(_matches_value(rules, element) for element in value) if value else False
    return any(_matches_rule(rule, value) for rule in rules)


def _matches_rule(rule: Any, value: Any) -> bool:
    if not isinstance(rule, Mapping):
        if value is _MISSING:
            return False
        return _equal(rule, value)
    ((operator, argument),) = rule.items()
    if operator == "exists":
        return (value is not _MISSING) == bool(argument)
    if value is _MISSING:
        return False
    if operator == "prefix":
        if isinstance(argument, Mapping):  # {"prefix": {"equals-ignore-case": "x"}}
            return isinstance(value, str) and value.lower().startswith(
                str(argument["equals-ignore-case"]).lower()
            )
        return isinstance(value, str) and value.startswith(argument)
    if operator == "suffix":
        if isinstance(argument, Mapping):
            return isinstance(value, str) and value.lower().endswith(
                str(argument["equals-ignore-case"]).lower()
            )
        return isinstance(value, str) and value.endswith(argument)
    if operator == "equals-ignore-case":
        return isinstance(value, str) and value.lower() == str(argument).lower()
    if operator == "anything-but":
        if isinstance(argument, Mapping):
            return not _matches_rule(argument, value)
        excluded = argument if isinstance(argument, list) else [argument]
        return not any(_equal(e, value) for e in excluded)
    if operator == "numeric":
        return _numeric(argument, value)
    raise TemplateError(f"filter pattern operator {operator!r} is not supported locally")


def _equal(expected: Any, value: Any) -> bool:
    if isinstance(expected, bool) or isinstance(value, bool) or expected is None or value is None:
        return expected is value or (expected is None and value is None)
    if isinstance(expected, (int, float)) and isinstance(value, (int, float)):
        return float(expected) == float(value)
    return type(expected) is type(value) and expected == value


_COMPARISONS = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "=": lambda a, b: a == b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
}


def _numeric(conditions: list[Any], value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    pairs = zip(conditions[0::2], conditions[1::2], strict=True)
    return all(_COMPARISONS[op](float(value), float(bound)) for op, bound in pairs)
