"""Matcher definitions and the default set (the reference's table; extended by the engine issue)."""

from dataclasses import dataclass, field
from typing import Literal

Classification = Literal["red", "yellow", "green"]
MatchOn = Literal["key", "value"]
Precision = Literal["exact", "similar"]


@dataclass(frozen=True)
class Matcher:
    name: str
    classification: Classification
    match_on: MatchOn = "key"
    precision: Precision = "similar"
    synonyms: tuple[str, ...] = field(default_factory=tuple)
    pattern: str | None = None  # RE2 syntax; for value matchers, or key matchers by pattern
    custom: bool = False


_RED = ("social security number", "password", "visa", "veteran", "disability", "credit card",
        "passport", "token")
_YELLOW = ("race", "birthdate", "phone", "address", "gender", "ethnicity", "citizenship", "name",
           "street", "city", "zipcode", "email", "certificate", "license", "identification",
           "serial", "ip", "photo", "salary", "religion", "mac", "sex", "sexual orientation",
           "medication", "allergy", "condition", "diagnosis", "procedure")


def default_matchers() -> list[Matcher]:
    return [Matcher(n, "red") for n in _RED] + [Matcher(n, "yellow") for n in _YELLOW] + [
        Matcher("email", "yellow", match_on="value", precision="exact",
                pattern=r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    ]
