"""The detection gate: field-level precision, recall and F1 on the labelled corpora.

The main corpus was written alongside the engine; the holdouts were written after it, each by
someone who had not read the engine's vocabularies (see tests/corpus/build_holdout*.py). Their
first, unseen scores are in docs/detection.md; once a holdout's misses have been read and fixed
it guards against regressions here. The corpus, holdout and holdout3 must meet the issue's
targets; the later holdouts (and holdout2) must not fall below the floors their fixes reached.
"""

import pytest

from tests.corpus.evaluate import format_report, run

PRECISION = 0.97
RECALL = 0.97
VALUE_ONLY_RECALL = 0.9

# Reached after the general fixes each holdout prompted, less 0.01 for label noise.
FLOORS = {
    # Its `visa-sponsorship-required` is labelled green; the labelling policy and four later
    # labellers make a visa sponsorship answer red, and so does the engine since session 7.
    "holdout2": (0.92, 0.96),
    "holdout4": (0.97, 0.98),
    "holdout5": (0.98, 0.96),
    "holdout6": (0.98, 0.98),
    "holdout7": (0.97, 0.97),
    "holdout8": (0.96, 0.94),
    "holdout9": (0.96, 0.96),
    "holdout10": (0.97, 0.96),
    "holdout11": (0.96, 0.97),
    "holdout12": (0.95, 0.97),
    "holdout13": (0.97, 0.96),
    "holdout14": (0.98, 0.99),
    "holdout15": (0.98, 0.99),
    "holdout16": (0.96, 0.96),
    "holdout17": (0.97, 0.96),
    "holdout18": (0.97, 0.93),
    "holdout19": (0.96, 0.94),
    "holdout20": (0.96, 0.79),
    "holdout21": (0.93, 0.96),
    "holdout22": (0.98, 0.95),
    "holdout23": (0.95, 0.94),
    "holdout24": (0.95, 0.93),
    "holdout25": (0.96, 0.95),
    "holdout26": (0.96, 0.97),
    "holdout27": (0.94, 0.93),
    "holdout28": (0.98, 0.93),
    "holdout29": (0.93, 0.95),
    "holdout30": (0.93, 0.95),
    "holdout31": (0.93, 0.93),
    "holdout32": (0.94, 0.89),
    "holdout33": (0.95, 0.94),
    "holdout34": (0.95, 0.88),
    "holdout35": (0.94, 0.95),
    "holdout36": (0.93, 0.90),
    "holdout37": (0.92, 0.94),
    "holdout38": (0.95, 0.90),
    # Its A/B test's `test_name` is green; eight labels of ten elsewhere make a `test_name` a lab
    # test's (procedure), and so does the engine since session 10.
    "holdout39": (0.94, 0.97),
    "holdout40": (0.94, 0.90),
    "holdout41": (0.95, 0.80),
    "holdout42": (0.94, 0.92),
    "holdout43": (0.96, 0.87),
    "holdout44": (0.95, 0.95),
    "holdout45": (0.91, 0.90),
    "holdout46": (0.98, 0.92),
    "holdout47": (0.90, 0.96),
    "holdout48": (0.95, 0.86),
    "holdout49": (0.96, 0.92),
    "holdout50": (0.92, 0.90),
    "holdout51": (0.93, 0.94),
    "holdout52": (0.95, 0.92),
    "holdout53": (0.96, 0.86),
    "holdout54": (0.97, 0.91),
    "holdout55": (0.95, 0.92),
    "holdout56": (0.96, 0.93),
    "holdout57": (0.96, 0.92),
    "holdout58": (0.95, 0.90),
    "holdout59": (0.97, 0.94),
    "holdout60": (0.93, 0.92),
    "holdout61": (0.95, 0.93),
    "holdout62": (0.95, 0.91),
    "holdout63": (0.94, 0.97),
    "holdout64": (0.97, 0.92),
    "holdout65": (0.95, 0.88),
    "holdout66": (0.93, 0.89),
    "holdout67": (0.96, 0.97),
    "holdout68": (0.93, 0.95),
    "holdout69": (0.97, 0.94),
    "holdout70": (0.96, 0.95),
    "holdout71": (0.94, 0.94),
    "holdout72": (0.95, 0.87),
    "holdout73": (0.97, 0.96),
    "holdout74": (0.93, 0.93),
    "holdout75": (0.96, 0.96),
    "holdout76": (0.96, 0.88),
    "holdout77": (0.94, 0.95),
    "holdout78": (0.97, 0.96),
    "holdout79": (0.95, 0.92),
    "holdout80": (0.95, 0.94),
    "holdout81": (0.96, 0.94),
    "holdout82": (0.94, 0.92),
    "holdout83": (0.97, 0.97),
    "holdout84": (0.95, 0.94),
    "holdout85": (0.91, 0.92),
    "holdout86": (0.96, 0.89),
    "holdout87": (0.96, 0.92),
    "holdout88": (0.96, 0.96),
    "holdout89": (0.95, 0.90),
    "holdout90": (0.93, 0.90),
    "holdout91": (0.96, 0.91),
    "holdout92": (0.94, 0.95),
    "holdout93": (0.95, 0.93),
    "holdout94": (0.94, 0.93),
    # 95-101: first scores, not yet read (the session's last wave, on its closing engine).
    "holdout95": (0.94, 0.94),
    "holdout96": (0.90, 0.92),
    "holdout97": (0.95, 0.95),
    "holdout98": (0.97, 0.85),
    "holdout99": (0.94, 0.92),
    "holdout100": (0.93, 0.90),
    "holdout101": (0.97, 0.91),
    "holdout102": (0.98, 0.92),
    "holdout103": (0.92, 0.93),
    "holdout104": (0.95, 0.95),
    "holdout105": (0.93, 0.94),
    "holdout106": (0.95, 0.93),
    "holdout107": (0.93, 0.95),
    "holdout108": (0.92, 0.96),
    "holdout109": (0.96, 0.86),
    "holdout110": (0.94, 0.92),
    "holdout111": (0.96, 0.96),
    "holdout112": (0.92, 0.91),
    "holdout113": (0.90, 0.88),
    "holdout114": (0.94, 0.90),
    "holdout115": (0.94, 0.95),
    "holdout116": (0.97, 0.90),
    "holdout117": (0.96, 0.96),
    "holdout118": (0.96, 0.94),
    "holdout119": (0.95, 0.92),
    "holdout120": (0.98, 0.91),
    "holdout121": (0.95, 0.92),
    "holdout122": (0.96, 0.83),
    "holdout123": (0.95, 0.93),
    "holdout124": (0.97, 0.83),
    "holdout125": (0.96, 0.95),
    "holdout126": (0.97, 0.93),
    "holdout127": (0.95, 0.83),
    "holdout128": (0.95, 0.88),
    "holdout129": (0.92, 0.92),
    "holdout130": (0.95, 0.95),
    "holdout131": (0.98, 0.93),
    "holdout132": (0.95, 0.81),
    "holdout133": (0.93, 0.94),
    "holdout134": (0.96, 0.94),
    "holdout135": (0.95, 0.94),
    "holdout136": (0.94, 0.94),
    "holdout137": (0.95, 0.88),
    "holdout138": (0.92, 0.88),
    "holdout139": (0.95, 0.91),
    "holdout140": (0.93, 0.78),
    "holdout141": (0.94, 0.92),
    "holdout142": (0.9, 0.91),
    "holdout143": (0.97, 0.93),
    "holdout144": (0.95, 0.83),
    "holdout145": (0.96, 0.93),
    "holdout146": (0.96, 0.94),
    "holdout147": (0.91, 0.91),
    "holdout148": (0.96, 0.81),
    "holdout149": (0.96, 0.88),
    "holdout150": (0.96, 0.86),
    "holdout151": (0.97, 0.9),
    "holdout152": (0.95, 0.95),
    "holdout153": (0.95, 0.81),
    "holdout154": (0.96, 0.85),
    "holdout155": (0.97, 0.93),
    "holdout156": (0.96, 0.89),
    "holdout157": (0.95, 0.89),
    "holdout158": (0.97, 0.85),
    "holdout159": (0.93, 0.9),
    "holdout160": (0.97, 0.9),
    "holdout161": (0.93, 0.95),
    "holdout162": (0.95, 0.91),
    "holdout163": (0.95, 0.91),
    "holdout164": (0.97, 0.93),
    "holdout165": (0.94, 0.94),
    "holdout166": (0.96, 0.92),
    "holdout167": (0.97, 0.96),
    "holdout168": (0.96, 0.97),
    "holdout169": (0.94, 0.94),
    "holdout170": (0.98, 0.96),
    "holdout171": (0.94, 0.94),
    "holdout172": (0.97, 0.97),
    "holdout173": (0.94, 0.96),
    "holdout174": (0.96, 0.96),
    "holdout175": (0.98, 0.93),
    "holdout176": (0.99, 0.95),
    "holdout177": (0.97, 0.98),
    "holdout178": (0.91, 0.96),
    "holdout179": (0.97, 0.95),
    "holdout180": (0.97, 0.96),
    "holdout181": (0.96, 0.93),
    "holdout182": (0.95, 0.98),
    "holdout183": (0.94, 0.97),
    "holdout184": (0.97, 0.93),
    "holdout185": (0.97, 0.96),
    "holdout186": (0.96, 0.94),
    "holdout187": (0.97, 0.89),
    "holdout188": (0.95, 0.97),
    "holdout189": (0.98, 0.96),
    "holdout190": (0.98, 0.94),
    "holdout191": (0.94, 0.94),
    "holdout192": (0.95, 0.93),
    "holdout193": (0.96, 0.95),
    "holdout194": (0.97, 0.91),
    "holdout195": (0.98, 0.94),
    "holdout196": (0.98, 0.96),
    "holdout197": (0.96, 0.95),
    "holdout198": (0.96, 0.93),
    "holdout199": (0.98, 0.95),
    "holdout200": (0.98, 0.96),
    "holdout201": (0.95, 0.97),
    "holdout202": (0.96, 0.97),
    "holdout203": (0.95, 0.96),
    "holdout204": (0.97, 0.94),
    "holdout205": (0.96, 0.98),
    # Wave 30, written at the start of session 12 and scored unseen there (P .978, R .954 at
    # b15986e), then read.
    "holdout206": (0.97, 0.95),
    "holdout207": (0.97, 0.99),
    "holdout208": (0.95, 0.95),
    "holdout209": (0.97, 0.97),
    "holdout210": (0.96, 0.91),
    "holdout211": (0.97, 0.96),
    "holdout212": (0.98, 0.96),
    # Wave 31, written at the end of session 12 and scored unseen there (P .961, R .932 at
    # 888fd76), then read in session 13.
    "holdout213": (0.93, 0.89),
    "holdout214": (0.97, 0.93),
    "holdout215": (0.92, 0.95),
    "holdout216": (0.98, 0.93),
    "holdout217": (0.96, 0.92),
    "holdout218": (0.96, 0.94),
    "holdout219": (0.95, 0.97),
    # Wave 32, written at the start of session 13 and scored unseen there (P .977, R .950 at
    # d33a26f), then read in session 14.
    "holdout220": (0.95, 0.93),
    "holdout221": (0.97, 0.97),
    "holdout222": (0.99, 0.93),
    "holdout223": (0.98, 0.96),
    "holdout224": (0.94, 0.96),
    "holdout225": (0.97, 0.96),
    "holdout226": (0.98, 0.98),
    # Wave 33, written in session 14 and scored unseen at the start of session 15 (P .971, R .933
    # at 08579f9), then read.
    "holdout227": (0.96, 0.94),
    "holdout228": (0.98, 0.95),
    "holdout229": (0.95, 0.96),
    "holdout230": (0.97, 0.90),
    "holdout231": (0.94, 0.96),
    "holdout232": (0.96, 0.92),
    "holdout233": (0.98, 0.96),
    # Wave 34, written in session 15 and scored unseen at the start of session 16 (P .978, R .932
    # at c41d850), then read.
    "holdout234": (0.98, 0.94),
    "holdout235": (0.97, 0.95),
    "holdout236": (0.97, 0.94),
    "holdout237": (0.98, 0.91),
    "holdout238": (0.96, 0.97),
    "holdout239": (0.99, 0.96),
    "holdout240": (0.97, 0.99),
    # Wave 35, written in session 16 and scored unseen at the start of session 17 (P .970, R .949
    # at 289767e), then read.
    "holdout241": (0.95, 0.93),
    "holdout242": (0.95, 0.96),
    "holdout243": (0.97, 0.97),
    "holdout244": (0.97, 0.98),
    "holdout245": (0.97, 0.95),
    "holdout246": (0.98, 0.95),
    "holdout247": (0.97, 0.97),
    # Wave 36, written in session 17 and scored unseen at the start of session 18 (P .962, R .917
    # at 74f5c32), then read.
    "holdout248": (0.96, 0.92),
    "holdout249": (0.96, 0.97),
    "holdout250": (0.95, 0.97),
    "holdout251": (0.98, 0.96),
    "holdout252": (0.96, 0.93),
    "holdout253": (0.95, 0.92),
    "holdout254": (0.95, 0.93),
    # Wave 37, written in session 18 and scored unseen at the start of session 19 (P .965, R .934
    # at f07be2d), then read.
    "holdout255": (0.93, 0.91),
    "holdout256": (0.94, 0.97),
    "holdout257": (0.97, 0.92),
    "holdout258": (0.98, 0.92),
    "holdout259": (0.94, 0.97),
    "holdout260": (0.93, 0.91),
    "holdout261": (0.98, 0.97),
    # Wave 38, written in session 19 and scored unseen at the start of session 20 (P .973, R .910
    # at a160aa3), then read.
    "holdout262": (0.98, 0.97),
    "holdout263": (0.97, 0.92),
    "holdout264": (0.96, 0.95),
    "holdout265": (0.96, 0.89),
    "holdout266": (0.96, 0.97),
    "holdout267": (0.98, 0.97),
    "holdout268": (0.93, 0.96),
    # Wave 39, written in session 20 and scored unseen at the start of session 21 (P .974, R .929
    # at 6a4af89), then read.
    "holdout269": (0.97, 0.97),
    "holdout270": (0.94, 0.93),
    "holdout271": (0.98, 0.95),
    "holdout272": (0.98, 0.92),
    "holdout273": (0.94, 0.89),
    "holdout274": (0.97, 0.95),
    "holdout275": (0.96, 0.96),
    # Wave 40, written in session 21 and scored unseen at the start of session 22 (P .975, R .925
    # at d962e83), then read.
    "holdout276": (0.97, 0.94),
    "holdout277": (0.95, 0.97),
    "holdout278": (0.98, 0.92),
    "holdout279": (0.98, 0.94),
    "holdout280": (0.93, 0.94),
    "holdout281": (0.97, 0.94),
    "holdout282": (0.97, 0.96),
    # Wave 41, written in session 22 and scored unseen at the start of session 23 (P .954, R .937
    # at 67af956), then read.
    "holdout283": (0.89, 0.89),
    "holdout284": (0.96, 0.97),
    "holdout285": (0.97, 0.96),
    "holdout286": (0.96, 0.92),
    "holdout287": (0.98, 0.96),
    "holdout288": (0.96, 0.98),
    "holdout289": (0.93, 0.94),
    # Wave 42, written in session 23 and scored unseen at the start of session 24 (P .981, R .914
    # at 1548a50), then read.
    "holdout290": (0.98, 0.96),
    "holdout291": (0.98, 0.97),
    "holdout292": (0.96, 0.88),
    "holdout293": (0.98, 0.93),
    "holdout294": (0.97, 0.94),
    "holdout295": (0.97, 0.96),
    "holdout296": (0.97, 0.98),
    # Waves 43 and 44, written in session 24 and scored unseen at the start of session 25 (P .972,
    # R .940 at 704f1c9), then read (P .974, R .947 at 7f8c927).
    "holdout297": (0.98, 0.92),
    "holdout298": (0.97, 0.95),
    "holdout299": (0.96, 0.97),
    "holdout300": (0.95, 0.95),
    "holdout301": (0.95, 0.89),
    "holdout302": (0.97, 0.98),
    "holdout303": (0.95, 0.85),
    "holdout304": (0.98, 0.97),
    "holdout305": (0.96, 0.96),
    "holdout306": (0.93, 0.93),
    "holdout307": (0.99, 0.95),
    "holdout308": (0.93, 0.95),
    "holdout309": (0.97, 0.90),
    "holdout310": (0.95, 0.93),
    # Wave 45, written in session 25 and scored unseen at the start of session 26 (P .979, R .945
    # at c9ca55b), then read (P .981, R .978 at 6190557).
    "holdout311": (0.97, 0.98),
    "holdout312": (0.98, 0.98),
    "holdout313": (0.95, 0.98),
    "holdout314": (0.97, 0.92),
    "holdout315": (0.96, 0.98),
    "holdout316": (0.96, 0.94),
    "holdout317": (0.98, 0.98),
    # Wave 46, written and scored unseen in session 26 (P .966, R .936 at e5ba3a0), then read
    # (P .970, R .958).
    "holdout318": (0.96, 0.96),
    "holdout319": (0.95, 0.96),
    "holdout320": (0.98, 0.94),
    "holdout321": (0.95, 0.92),
    "holdout322": (0.94, 0.93),
    "holdout323": (0.96, 0.95),
    "holdout324": (0.95, 0.94),
}


def _detail(corpus, report):
    return format_report(corpus, report) + "\n" + "\n".join(report.errors)


@pytest.mark.parametrize("corpus", ["corpus", "holdout", "holdout3"])
def test_detection_meets_targets(corpus):
    report = run(corpus)
    detail = _detail(corpus, report)
    assert report.paths >= (300 if corpus == "corpus" else 100), detail
    assert report.overall.precision >= PRECISION, detail
    assert report.overall.recall >= RECALL, detail
    assert report.value_only.recall >= VALUE_ONLY_RECALL, detail
    # Colours must be the reference's defaults wherever both say "personal".
    assert report.colour_agreement == 1.0, detail


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_detection_does_not_regress_on_read_holdouts(corpus):
    report = run(corpus)
    precision, recall = FLOORS[corpus]
    detail = _detail(corpus, report)
    assert report.overall.precision >= precision, detail
    assert report.overall.recall >= recall, detail


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
