"""The holdout dump tool's counting: what a session's commit messages report as fixed and broken."""

from tests.corpus.dumps import changes, pooled
from tests.corpus.evaluate import Prediction, evaluate

LABELS = {
    "h1": {
        "properties.email": {"classification": "yellow", "type": "email", "value_only": False},
        "properties.plan": {"classification": "green", "type": None, "value_only": False},
        "properties.note": {"classification": "yellow", "type": "name|email", "value_only": True},
        "properties.city": {"classification": "yellow", "type": "city", "value_only": False},
    }
}


def test_changes_count_personal_or_not_and_types_apart():
    before = {
        "h1": {
            "properties.email": ["green", None, ""],
            "properties.plan": ["green", None, ""],
            "properties.note": ["yellow", "phone", ""],
            "properties.city": ["yellow", "city", ""],
        }
    }
    after = {
        "h1": {
            "properties.email": ["yellow", "email", ""],  # fixed
            "properties.plan": ["yellow", "name", ""],  # broken
            "properties.note": ["yellow", "email", ""],  # a type fixed
            # properties.city not predicted: read green, so broken
        }
    }
    found = {(kind, path) for kind, _, path, *_ in changes(before, after, LABELS.__getitem__)}
    assert found == {
        ("fixed", "properties.email"),
        ("broken", "properties.plan"),
        ("type fixed", "properties.note"),
        ("broken", "properties.city"),
    }
    # A holdout one dump lacks is not compared.
    assert changes(before, {"h2": after["h1"]}, LABELS.__getitem__) == []


def test_pooled_scores_add_up_every_holdouts_paths():
    one = evaluate(LABELS["h1"], {"properties.email": Prediction("yellow", "email")})
    two = evaluate(LABELS["h1"], {"properties.plan": Prediction("yellow", "name")})
    overall, value_only = pooled([one, two])
    assert (overall.tp, overall.fp, overall.fn) == (1, 1, 5)
    assert (value_only.tp, value_only.fn) == (0, 2)
