"""Custom matchers: validation for the admin API, and how the engine applies them."""

import pytest

from portal.detection import Engine, Evidence, Matcher, default_matchers
from portal.detection.matchers import MAX_CUSTOM_MATCHERS, validate_custom_matchers
from portal.errors import InvalidRequest


def custom(**overrides):
    base = {"name": "employee number", "classification": "red", "match_on": "key", "precision": "similar"}
    return {**base, **overrides}


def test_valid_custom_matcher():
    m = Matcher.custom_from_dict(custom(synonyms=["staff no"], pattern=None))
    assert (m.name, m.classification, m.match_on, m.precision, m.synonyms, m.custom) == (
        "employee number",
        "red",
        "key",
        "similar",
        ("staff no",),
        True,
    )
    round_trip = {k: v for k, v in m.to_dict().items() if k != "custom"}
    assert Matcher.custom_from_dict(round_trip) == m


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        (r"(\d+)-\1", "backreferences"),
        (r"(?P<n>a)(?P=n)", "named backreferences"),
        (r"foo(?=bar)", "lookaround"),
        (r"(?<!x)y", "lookaround"),
        (r"[a-", "RE2"),
        (r"a{2000}", "repetition"),
        (r"x*", "empty string"),
    ],
)
def test_non_re2_patterns_are_rejected_naming_the_problem(pattern, problem):
    with pytest.raises(InvalidRequest) as err:
        Matcher.custom_from_dict(custom(match_on="value", pattern=pattern))
    message = str(err.value)
    assert problem in message
    assert pattern not in message  # never echo what was submitted


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"classification": "red"}, "name"),
        (custom(classification="green"), "classification"),
        (custom(match_on="both"), "match_on"),
        (custom(precision="fuzzy"), "precision"),
        (custom(synonyms="ssn"), "synonyms"),
        (custom(match_on="value"), "pattern"),
        (custom(name="x" * 65), "name"),
        (custom(colour="red"), "unknown"),
        ("not an object", "object"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(InvalidRequest) as err:
        Matcher.custom_from_dict(data)
    assert field in str(err.value)


def test_at_most_100_and_unique_names():
    items = [custom(name=f"m{i}") for i in range(MAX_CUSTOM_MATCHERS)]
    assert len(validate_custom_matchers(items)) == 100
    with pytest.raises(InvalidRequest, match="at most 100"):
        validate_custom_matchers([*items, custom(name="one more")])
    with pytest.raises(InvalidRequest, match=r"matchers\[1\].*name"):
        validate_custom_matchers([custom(name="Dup"), custom(name="dup")])
    with pytest.raises(InvalidRequest, match=r"matchers\[0\]: classification"):
        validate_custom_matchers([custom(classification="blue")])


def rec(engine, path, values):
    evidence = Evidence()
    for value in values:
        evidence.add(engine.observe(path, value))
    return engine.recommend(path, evidence)


def test_custom_key_matcher_exact_and_similar():
    engine = Engine(
        [
            *default_matchers(),
            Matcher.custom_from_dict(custom()),
            Matcher.custom_from_dict(custom(name="loyalty tier", classification="yellow", precision="exact")),
        ]
    )
    assert engine.key_match("properties.employeeNumber").name == "employee number"
    assert engine.key_match("properties.employe number").name == "employee number"  # Dice 0.9
    assert engine.key_match("properties.loyaltyTier").name == "loyalty tier"
    assert engine.key_match("properties.loyalty_tier_level") is None  # exact means exact
    result = rec(engine, "properties.employee_number", ["E123"])
    assert (result.classification, result.matcher, result.matched_on) == ("red", "employee number", "key")


def test_custom_key_pattern_and_custom_value_pattern_win():
    engine = Engine(
        [
            *default_matchers(),
            Matcher.custom_from_dict(custom(name="internal", pattern=r"^x_internal_")),
            Matcher.custom_from_dict(
                custom(
                    name="member code",
                    classification="yellow",
                    match_on="value",
                    precision="exact",
                    pattern=r"MBR-\d{6}",
                )
            ),
        ]
    )
    assert engine.key_match("properties.x_internal_score").name == "internal"
    result = rec(engine, "properties.ref", ["MBR-123456", "MBR-654321"])
    assert (result.classification, result.matcher, result.matched_on) == ("yellow", "member code", "value")
    # A custom value matcher found inside text counts as free-text evidence.
    assert rec(engine, "properties.note", ["code MBR-123456 ok"]).matcher == "member code"
