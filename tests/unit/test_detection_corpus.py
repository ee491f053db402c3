"""The detection gate: field-level precision, recall and F1 on the labelled corpora.

The main corpus was written alongside the engine; the holdouts were written after it (see
tests/corpus/build_holdout.py and build_holdout3.py). All three must meet the issue's targets;
their first, unseen scores are in docs/detection.md.
"""

import pytest

from tests.corpus.evaluate import format_report, run

PRECISION = 0.97
RECALL = 0.97
VALUE_ONLY_RECALL = 0.9


@pytest.mark.parametrize("corpus", ["corpus", "holdout", "holdout3"])
def test_detection_meets_targets(corpus):
    report = run(corpus)
    detail = format_report(corpus, report) + "\n" + "\n".join(report.errors)
    assert report.paths >= (300 if corpus == "corpus" else 100), detail
    assert report.overall.precision >= PRECISION, detail
    assert report.overall.recall >= RECALL, detail
    assert report.value_only.recall >= VALUE_ONLY_RECALL, detail
    # Colours must be the reference's defaults wherever both say "personal".
    assert report.colour_agreement == 1.0, detail


def test_corpus_covers_the_hard_cases():
    import json

    from tests.corpus.evaluate import CORPORA

    labels = json.loads(CORPORA["corpus"][1].read_text())
    value_only = [p for p, label in labels.items() if label["value_only"]]
    green = [p for p, label in labels.items() if label["classification"] == "green"]
    assert len(value_only) >= 10
    assert len(green) >= 150
    for hard in (
        "properties.email_opened",
        "properties.products[].condition",
        "properties.transaction_id",
        "properties.products[].name",
        "context.app.version",
        "properties.checkout_id",
    ):
        assert labels[hard]["classification"] == "green", hard
