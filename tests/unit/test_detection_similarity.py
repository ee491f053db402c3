"""Dice pinned to godice v0.1.2's worked values (shared/REFERENCE.md)."""

import pytest

from portal.detection import dice


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("phone number", "phne number", 0.824),
        ("firstName", "first_name", 0.824),
        ("phone", "phone-no", 0.727),
        ("email", "e-mail", 0.667),
        ("lastName", "name", 0.6),
        ("credit card number", "ccn", 0.0),
        ("gopher", "golang", 0.2),
    ],
)
def test_godice_worked_values(a, b, expected):
    assert round(dice(a, b), 3) == expected
    assert round(dice(b, a), 3) == expected


def test_empty_and_identical():
    assert dice("", "email") == 0.0
    assert dice("email", "") == 0.0
    assert dice("email", "email") == 1.0


def test_bigrams_are_sets_and_never_span_words():
    # "aaaa" has one distinct pair; godice compares sets, not multisets.
    assert dice("aaaa", "aa") == 1.0
    # "a b" has no pairs at all ("a" and "b" are one-letter words; no pair spans the space).
    assert dice("a b", "ab") == 0.0


def test_case_is_ignored_after_the_exact_check():
    assert dice("EMAIL", "email") == 1.0


def test_similar_threshold_is_strictly_above_point_seven():
    from portal.detection.engine import SIMILAR

    assert SIMILAR == 0.7
    assert dice("phone", "phone-no") > SIMILAR
    assert not dice("email", "e-mail") > SIMILAR
