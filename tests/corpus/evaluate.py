"""Field-level precision, recall and F1 of a detector on a labelled corpus.

`python -m tests.corpus.evaluate [events.jsonl labels.json]` prints the per-type table and every
disagreement. The pytest gate (tests/unit/test_detection_corpus.py) and `make bench` use
`evaluate()` so the numbers in docs/benchmarks.md are the ones the tests enforce.
"""

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from portal.detection import Engine, Evidence, default_matchers

HERE = Path(__file__).parent
CORPORA = {
    "corpus": (HERE / "events.jsonl", HERE / "labels.json"),
    "holdout": (HERE / "holdout_events.jsonl", HERE / "holdout_labels.json"),
    "holdout2": (HERE / "holdout2_events.jsonl", HERE / "holdout2_labels.json"),
    "holdout3": (HERE / "holdout3_events.jsonl", HERE / "holdout3_labels.json"),
    "holdout4": (HERE / "holdout4_events.jsonl", HERE / "holdout4_labels.json"),
    "holdout5": (HERE / "holdout5_events.jsonl", HERE / "holdout5_labels.json"),
    "holdout6": (HERE / "holdout6_events.jsonl", HERE / "holdout6_labels.json"),
    "holdout7": (HERE / "holdout7_events.jsonl", HERE / "holdout7_labels.json"),
    "holdout8": (HERE / "holdout8_events.jsonl", HERE / "holdout8_labels.json"),
    "holdout9": (HERE / "holdout9_events.jsonl", HERE / "holdout9_labels.json"),
    "holdout10": (HERE / "holdout10_events.jsonl", HERE / "holdout10_labels.json"),
    "holdout11": (HERE / "holdout11_events.jsonl", HERE / "holdout11_labels.json"),
    "holdout12": (HERE / "holdout12_events.jsonl", HERE / "holdout12_labels.json"),
    "holdout13": (HERE / "holdout13_events.jsonl", HERE / "holdout13_labels.json"),
    "holdout14": (HERE / "holdout14_events.jsonl", HERE / "holdout14_labels.json"),
    "holdout15": (HERE / "holdout15_events.jsonl", HERE / "holdout15_labels.json"),
    "holdout16": (HERE / "holdout16_events.jsonl", HERE / "holdout16_labels.json"),
    "holdout17": (HERE / "holdout17_events.jsonl", HERE / "holdout17_labels.json"),
    "holdout18": (HERE / "holdout18_events.jsonl", HERE / "holdout18_labels.json"),
    "holdout19": (HERE / "holdout19_events.jsonl", HERE / "holdout19_labels.json"),
    "holdout20": (HERE / "holdout20_events.jsonl", HERE / "holdout20_labels.json"),
    "holdout21": (HERE / "holdout21_events.jsonl", HERE / "holdout21_labels.json"),
    "holdout22": (HERE / "holdout22_events.jsonl", HERE / "holdout22_labels.json"),
    "holdout23": (HERE / "holdout23_events.jsonl", HERE / "holdout23_labels.json"),
    "holdout24": (HERE / "holdout24_events.jsonl", HERE / "holdout24_labels.json"),
    "holdout25": (HERE / "holdout25_events.jsonl", HERE / "holdout25_labels.json"),
    "holdout26": (HERE / "holdout26_events.jsonl", HERE / "holdout26_labels.json"),
    "holdout27": (HERE / "holdout27_events.jsonl", HERE / "holdout27_labels.json"),
    "holdout28": (HERE / "holdout28_events.jsonl", HERE / "holdout28_labels.json"),
    "holdout29": (HERE / "holdout29_events.jsonl", HERE / "holdout29_labels.json"),
    "holdout30": (HERE / "holdout30_events.jsonl", HERE / "holdout30_labels.json"),
    "holdout31": (HERE / "holdout31_events.jsonl", HERE / "holdout31_labels.json"),
    "holdout32": (HERE / "holdout32_events.jsonl", HERE / "holdout32_labels.json"),
    "holdout33": (HERE / "holdout33_events.jsonl", HERE / "holdout33_labels.json"),
    "holdout34": (HERE / "holdout34_events.jsonl", HERE / "holdout34_labels.json"),
    "holdout35": (HERE / "holdout35_events.jsonl", HERE / "holdout35_labels.json"),
    "holdout36": (HERE / "holdout36_events.jsonl", HERE / "holdout36_labels.json"),
    "holdout37": (HERE / "holdout37_events.jsonl", HERE / "holdout37_labels.json"),
    "holdout38": (HERE / "holdout38_events.jsonl", HERE / "holdout38_labels.json"),
    "holdout39": (HERE / "holdout39_events.jsonl", HERE / "holdout39_labels.json"),
    "holdout40": (HERE / "holdout40_events.jsonl", HERE / "holdout40_labels.json"),
    "holdout41": (HERE / "holdout41_events.jsonl", HERE / "holdout41_labels.json"),
    "holdout42": (HERE / "holdout42_events.jsonl", HERE / "holdout42_labels.json"),
    "holdout43": (HERE / "holdout43_events.jsonl", HERE / "holdout43_labels.json"),
    "holdout44": (HERE / "holdout44_events.jsonl", HERE / "holdout44_labels.json"),
    "holdout45": (HERE / "holdout45_events.jsonl", HERE / "holdout45_labels.json"),
    "holdout46": (HERE / "holdout46_events.jsonl", HERE / "holdout46_labels.json"),
    "holdout47": (HERE / "holdout47_events.jsonl", HERE / "holdout47_labels.json"),
    "holdout48": (HERE / "holdout48_events.jsonl", HERE / "holdout48_labels.json"),
    "holdout49": (HERE / "holdout49_events.jsonl", HERE / "holdout49_labels.json"),
    "holdout50": (HERE / "holdout50_events.jsonl", HERE / "holdout50_labels.json"),
    "holdout51": (HERE / "holdout51_events.jsonl", HERE / "holdout51_labels.json"),
    "holdout52": (HERE / "holdout52_events.jsonl", HERE / "holdout52_labels.json"),
    "holdout53": (HERE / "holdout53_events.jsonl", HERE / "holdout53_labels.json"),
    "holdout54": (HERE / "holdout54_events.jsonl", HERE / "holdout54_labels.json"),
    "holdout55": (HERE / "holdout55_events.jsonl", HERE / "holdout55_labels.json"),
    "holdout56": (HERE / "holdout56_events.jsonl", HERE / "holdout56_labels.json"),
    "holdout57": (HERE / "holdout57_events.jsonl", HERE / "holdout57_labels.json"),
    "holdout58": (HERE / "holdout58_events.jsonl", HERE / "holdout58_labels.json"),
    "holdout59": (HERE / "holdout59_events.jsonl", HERE / "holdout59_labels.json"),
    "holdout60": (HERE / "holdout60_events.jsonl", HERE / "holdout60_labels.json"),
    "holdout61": (HERE / "holdout61_events.jsonl", HERE / "holdout61_labels.json"),
    "holdout62": (HERE / "holdout62_events.jsonl", HERE / "holdout62_labels.json"),
    "holdout63": (HERE / "holdout63_events.jsonl", HERE / "holdout63_labels.json"),
    "holdout64": (HERE / "holdout64_events.jsonl", HERE / "holdout64_labels.json"),
    "holdout65": (HERE / "holdout65_events.jsonl", HERE / "holdout65_labels.json"),
    "holdout66": (HERE / "holdout66_events.jsonl", HERE / "holdout66_labels.json"),
    "holdout67": (HERE / "holdout67_events.jsonl", HERE / "holdout67_labels.json"),
    "holdout68": (HERE / "holdout68_events.jsonl", HERE / "holdout68_labels.json"),
    "holdout69": (HERE / "holdout69_events.jsonl", HERE / "holdout69_labels.json"),
    "holdout70": (HERE / "holdout70_events.jsonl", HERE / "holdout70_labels.json"),
    "holdout71": (HERE / "holdout71_events.jsonl", HERE / "holdout71_labels.json"),
    "holdout72": (HERE / "holdout72_events.jsonl", HERE / "holdout72_labels.json"),
    "holdout73": (HERE / "holdout73_events.jsonl", HERE / "holdout73_labels.json"),
    "holdout74": (HERE / "holdout74_events.jsonl", HERE / "holdout74_labels.json"),
    "holdout75": (HERE / "holdout75_events.jsonl", HERE / "holdout75_labels.json"),
    "holdout76": (HERE / "holdout76_events.jsonl", HERE / "holdout76_labels.json"),
    "holdout77": (HERE / "holdout77_events.jsonl", HERE / "holdout77_labels.json"),
    "holdout78": (HERE / "holdout78_events.jsonl", HERE / "holdout78_labels.json"),
    "holdout79": (HERE / "holdout79_events.jsonl", HERE / "holdout79_labels.json"),
    "holdout80": (HERE / "holdout80_events.jsonl", HERE / "holdout80_labels.json"),
    "holdout81": (HERE / "holdout81_events.jsonl", HERE / "holdout81_labels.json"),
    "holdout82": (HERE / "holdout82_events.jsonl", HERE / "holdout82_labels.json"),
    "holdout83": (HERE / "holdout83_events.jsonl", HERE / "holdout83_labels.json"),
    "holdout84": (HERE / "holdout84_events.jsonl", HERE / "holdout84_labels.json"),
    "holdout85": (HERE / "holdout85_events.jsonl", HERE / "holdout85_labels.json"),
    "holdout86": (HERE / "holdout86_events.jsonl", HERE / "holdout86_labels.json"),
    "holdout87": (HERE / "holdout87_events.jsonl", HERE / "holdout87_labels.json"),
    "holdout88": (HERE / "holdout88_events.jsonl", HERE / "holdout88_labels.json"),
    "holdout89": (HERE / "holdout89_events.jsonl", HERE / "holdout89_labels.json"),
    "holdout90": (HERE / "holdout90_events.jsonl", HERE / "holdout90_labels.json"),
    "holdout91": (HERE / "holdout91_events.jsonl", HERE / "holdout91_labels.json"),
    "holdout92": (HERE / "holdout92_events.jsonl", HERE / "holdout92_labels.json"),
    "holdout93": (HERE / "holdout93_events.jsonl", HERE / "holdout93_labels.json"),
    "holdout94": (HERE / "holdout94_events.jsonl", HERE / "holdout94_labels.json"),
    "holdout95": (HERE / "holdout95_events.jsonl", HERE / "holdout95_labels.json"),
    "holdout96": (HERE / "holdout96_events.jsonl", HERE / "holdout96_labels.json"),
    "holdout97": (HERE / "holdout97_events.jsonl", HERE / "holdout97_labels.json"),
    "holdout98": (HERE / "holdout98_events.jsonl", HERE / "holdout98_labels.json"),
    "holdout99": (HERE / "holdout99_events.jsonl", HERE / "holdout99_labels.json"),
    "holdout100": (HERE / "holdout100_events.jsonl", HERE / "holdout100_labels.json"),
    "holdout101": (HERE / "holdout101_events.jsonl", HERE / "holdout101_labels.json"),
    "holdout102": (HERE / "holdout102_events.jsonl", HERE / "holdout102_labels.json"),
    "holdout103": (HERE / "holdout103_events.jsonl", HERE / "holdout103_labels.json"),
    "holdout104": (HERE / "holdout104_events.jsonl", HERE / "holdout104_labels.json"),
    "holdout105": (HERE / "holdout105_events.jsonl", HERE / "holdout105_labels.json"),
    "holdout106": (HERE / "holdout106_events.jsonl", HERE / "holdout106_labels.json"),
    "holdout107": (HERE / "holdout107_events.jsonl", HERE / "holdout107_labels.json"),
    "holdout108": (HERE / "holdout108_events.jsonl", HERE / "holdout108_labels.json"),
    "holdout109": (HERE / "holdout109_events.jsonl", HERE / "holdout109_labels.json"),
    "holdout110": (HERE / "holdout110_events.jsonl", HERE / "holdout110_labels.json"),
    "holdout111": (HERE / "holdout111_events.jsonl", HERE / "holdout111_labels.json"),
    "holdout112": (HERE / "holdout112_events.jsonl", HERE / "holdout112_labels.json"),
    "holdout113": (HERE / "holdout113_events.jsonl", HERE / "holdout113_labels.json"),
    "holdout114": (HERE / "holdout114_events.jsonl", HERE / "holdout114_labels.json"),
    "holdout115": (HERE / "holdout115_events.jsonl", HERE / "holdout115_labels.json"),
    "holdout116": (HERE / "holdout116_events.jsonl", HERE / "holdout116_labels.json"),
    "holdout117": (HERE / "holdout117_events.jsonl", HERE / "holdout117_labels.json"),
    "holdout118": (HERE / "holdout118_events.jsonl", HERE / "holdout118_labels.json"),
    "holdout119": (HERE / "holdout119_events.jsonl", HERE / "holdout119_labels.json"),
    "holdout120": (HERE / "holdout120_events.jsonl", HERE / "holdout120_labels.json"),
    "holdout121": (HERE / "holdout121_events.jsonl", HERE / "holdout121_labels.json"),
    "holdout122": (HERE / "holdout122_events.jsonl", HERE / "holdout122_labels.json"),
    "holdout123": (HERE / "holdout123_events.jsonl", HERE / "holdout123_labels.json"),
    "holdout124": (HERE / "holdout124_events.jsonl", HERE / "holdout124_labels.json"),
    "holdout125": (HERE / "holdout125_events.jsonl", HERE / "holdout125_labels.json"),
    "holdout126": (HERE / "holdout126_events.jsonl", HERE / "holdout126_labels.json"),
    "holdout127": (HERE / "holdout127_events.jsonl", HERE / "holdout127_labels.json"),
    "holdout128": (HERE / "holdout128_events.jsonl", HERE / "holdout128_labels.json"),
    "holdout129": (HERE / "holdout129_events.jsonl", HERE / "holdout129_labels.json"),
    "holdout130": (HERE / "holdout130_events.jsonl", HERE / "holdout130_labels.json"),
    "holdout131": (HERE / "holdout131_events.jsonl", HERE / "holdout131_labels.json"),
    "holdout132": (HERE / "holdout132_events.jsonl", HERE / "holdout132_labels.json"),
    "holdout133": (HERE / "holdout133_events.jsonl", HERE / "holdout133_labels.json"),
    "holdout134": (HERE / "holdout134_events.jsonl", HERE / "holdout134_labels.json"),
    "holdout135": (HERE / "holdout135_events.jsonl", HERE / "holdout135_labels.json"),
    "holdout136": (HERE / "holdout136_events.jsonl", HERE / "holdout136_labels.json"),
    "holdout137": (HERE / "holdout137_events.jsonl", HERE / "holdout137_labels.json"),
    "holdout138": (HERE / "holdout138_events.jsonl", HERE / "holdout138_labels.json"),
    "holdout139": (HERE / "holdout139_events.jsonl", HERE / "holdout139_labels.json"),
    "holdout140": (HERE / "holdout140_events.jsonl", HERE / "holdout140_labels.json"),
    "holdout141": (HERE / "holdout141_events.jsonl", HERE / "holdout141_labels.json"),
    "holdout142": (HERE / "holdout142_events.jsonl", HERE / "holdout142_labels.json"),
    "holdout143": (HERE / "holdout143_events.jsonl", HERE / "holdout143_labels.json"),
    "holdout144": (HERE / "holdout144_events.jsonl", HERE / "holdout144_labels.json"),
    "holdout145": (HERE / "holdout145_events.jsonl", HERE / "holdout145_labels.json"),
    "holdout146": (HERE / "holdout146_events.jsonl", HERE / "holdout146_labels.json"),
    "holdout147": (HERE / "holdout147_events.jsonl", HERE / "holdout147_labels.json"),
    "holdout148": (HERE / "holdout148_events.jsonl", HERE / "holdout148_labels.json"),
    "holdout149": (HERE / "holdout149_events.jsonl", HERE / "holdout149_labels.json"),
    "holdout150": (HERE / "holdout150_events.jsonl", HERE / "holdout150_labels.json"),
    "holdout151": (HERE / "holdout151_events.jsonl", HERE / "holdout151_labels.json"),
    "holdout152": (HERE / "holdout152_events.jsonl", HERE / "holdout152_labels.json"),
    "holdout153": (HERE / "holdout153_events.jsonl", HERE / "holdout153_labels.json"),
    "holdout154": (HERE / "holdout154_events.jsonl", HERE / "holdout154_labels.json"),
    "holdout155": (HERE / "holdout155_events.jsonl", HERE / "holdout155_labels.json"),
    "holdout156": (HERE / "holdout156_events.jsonl", HERE / "holdout156_labels.json"),
    "holdout157": (HERE / "holdout157_events.jsonl", HERE / "holdout157_labels.json"),
    "holdout158": (HERE / "holdout158_events.jsonl", HERE / "holdout158_labels.json"),
    "holdout159": (HERE / "holdout159_events.jsonl", HERE / "holdout159_labels.json"),
    "holdout160": (HERE / "holdout160_events.jsonl", HERE / "holdout160_labels.json"),
    "holdout161": (HERE / "holdout161_events.jsonl", HERE / "holdout161_labels.json"),
    "holdout162": (HERE / "holdout162_events.jsonl", HERE / "holdout162_labels.json"),
    "holdout163": (HERE / "holdout163_events.jsonl", HERE / "holdout163_labels.json"),
    "holdout164": (HERE / "holdout164_events.jsonl", HERE / "holdout164_labels.json"),
    "holdout165": (HERE / "holdout165_events.jsonl", HERE / "holdout165_labels.json"),
    "holdout166": (HERE / "holdout166_events.jsonl", HERE / "holdout166_labels.json"),
    "holdout167": (HERE / "holdout167_events.jsonl", HERE / "holdout167_labels.json"),
    "holdout168": (HERE / "holdout168_events.jsonl", HERE / "holdout168_labels.json"),
    "holdout169": (HERE / "holdout169_events.jsonl", HERE / "holdout169_labels.json"),
    "holdout170": (HERE / "holdout170_events.jsonl", HERE / "holdout170_labels.json"),
    "holdout171": (HERE / "holdout171_events.jsonl", HERE / "holdout171_labels.json"),
    "holdout172": (HERE / "holdout172_events.jsonl", HERE / "holdout172_labels.json"),
    "holdout173": (HERE / "holdout173_events.jsonl", HERE / "holdout173_labels.json"),
    "holdout174": (HERE / "holdout174_events.jsonl", HERE / "holdout174_labels.json"),
    "holdout175": (HERE / "holdout175_events.jsonl", HERE / "holdout175_labels.json"),
    "holdout176": (HERE / "holdout176_events.jsonl", HERE / "holdout176_labels.json"),
    "holdout177": (HERE / "holdout177_events.jsonl", HERE / "holdout177_labels.json"),
    "holdout178": (HERE / "holdout178_events.jsonl", HERE / "holdout178_labels.json"),
    "holdout179": (HERE / "holdout179_events.jsonl", HERE / "holdout179_labels.json"),
    "holdout180": (HERE / "holdout180_events.jsonl", HERE / "holdout180_labels.json"),
    "holdout181": (HERE / "holdout181_events.jsonl", HERE / "holdout181_labels.json"),
    "holdout182": (HERE / "holdout182_events.jsonl", HERE / "holdout182_labels.json"),
    "holdout183": (HERE / "holdout183_events.jsonl", HERE / "holdout183_labels.json"),
    "holdout184": (HERE / "holdout184_events.jsonl", HERE / "holdout184_labels.json"),
    "holdout185": (HERE / "holdout185_events.jsonl", HERE / "holdout185_labels.json"),
    "holdout186": (HERE / "holdout186_events.jsonl", HERE / "holdout186_labels.json"),
    "holdout187": (HERE / "holdout187_events.jsonl", HERE / "holdout187_labels.json"),
    "holdout188": (HERE / "holdout188_events.jsonl", HERE / "holdout188_labels.json"),
    "holdout189": (HERE / "holdout189_events.jsonl", HERE / "holdout189_labels.json"),
    "holdout190": (HERE / "holdout190_events.jsonl", HERE / "holdout190_labels.json"),
    "holdout191": (HERE / "holdout191_events.jsonl", HERE / "holdout191_labels.json"),
    "holdout192": (HERE / "holdout192_events.jsonl", HERE / "holdout192_labels.json"),
    "holdout193": (HERE / "holdout193_events.jsonl", HERE / "holdout193_labels.json"),
    "holdout194": (HERE / "holdout194_events.jsonl", HERE / "holdout194_labels.json"),
    "holdout195": (HERE / "holdout195_events.jsonl", HERE / "holdout195_labels.json"),
    "holdout196": (HERE / "holdout196_events.jsonl", HERE / "holdout196_labels.json"),
    "holdout197": (HERE / "holdout197_events.jsonl", HERE / "holdout197_labels.json"),
    "holdout198": (HERE / "holdout198_events.jsonl", HERE / "holdout198_labels.json"),
    "holdout199": (HERE / "holdout199_events.jsonl", HERE / "holdout199_labels.json"),
    "holdout200": (HERE / "holdout200_events.jsonl", HERE / "holdout200_labels.json"),
    "holdout201": (HERE / "holdout201_events.jsonl", HERE / "holdout201_labels.json"),
    "holdout202": (HERE / "holdout202_events.jsonl", HERE / "holdout202_labels.json"),
    "holdout203": (HERE / "holdout203_events.jsonl", HERE / "holdout203_labels.json"),
    "holdout204": (HERE / "holdout204_events.jsonl", HERE / "holdout204_labels.json"),
    "holdout205": (HERE / "holdout205_events.jsonl", HERE / "holdout205_labels.json"),
    "holdout206": (HERE / "holdout206_events.jsonl", HERE / "holdout206_labels.json"),
    "holdout207": (HERE / "holdout207_events.jsonl", HERE / "holdout207_labels.json"),
    "holdout208": (HERE / "holdout208_events.jsonl", HERE / "holdout208_labels.json"),
    "holdout209": (HERE / "holdout209_events.jsonl", HERE / "holdout209_labels.json"),
    "holdout210": (HERE / "holdout210_events.jsonl", HERE / "holdout210_labels.json"),
    "holdout211": (HERE / "holdout211_events.jsonl", HERE / "holdout211_labels.json"),
    "holdout212": (HERE / "holdout212_events.jsonl", HERE / "holdout212_labels.json"),
    "holdout213": (HERE / "holdout213_events.jsonl", HERE / "holdout213_labels.json"),
    "holdout214": (HERE / "holdout214_events.jsonl", HERE / "holdout214_labels.json"),
    "holdout215": (HERE / "holdout215_events.jsonl", HERE / "holdout215_labels.json"),
    "holdout216": (HERE / "holdout216_events.jsonl", HERE / "holdout216_labels.json"),
    "holdout217": (HERE / "holdout217_events.jsonl", HERE / "holdout217_labels.json"),
    "holdout218": (HERE / "holdout218_events.jsonl", HERE / "holdout218_labels.json"),
    "holdout219": (HERE / "holdout219_events.jsonl", HERE / "holdout219_labels.json"),
    "holdout220": (HERE / "holdout220_events.jsonl", HERE / "holdout220_labels.json"),
    "holdout221": (HERE / "holdout221_events.jsonl", HERE / "holdout221_labels.json"),
    "holdout222": (HERE / "holdout222_events.jsonl", HERE / "holdout222_labels.json"),
    "holdout223": (HERE / "holdout223_events.jsonl", HERE / "holdout223_labels.json"),
    "holdout224": (HERE / "holdout224_events.jsonl", HERE / "holdout224_labels.json"),
    "holdout225": (HERE / "holdout225_events.jsonl", HERE / "holdout225_labels.json"),
    "holdout226": (HERE / "holdout226_events.jsonl", HERE / "holdout226_labels.json"),
    "holdout227": (HERE / "holdout227_events.jsonl", HERE / "holdout227_labels.json"),
    "holdout228": (HERE / "holdout228_events.jsonl", HERE / "holdout228_labels.json"),
    "holdout229": (HERE / "holdout229_events.jsonl", HERE / "holdout229_labels.json"),
    "holdout230": (HERE / "holdout230_events.jsonl", HERE / "holdout230_labels.json"),
    "holdout231": (HERE / "holdout231_events.jsonl", HERE / "holdout231_labels.json"),
    "holdout232": (HERE / "holdout232_events.jsonl", HERE / "holdout232_labels.json"),
    "holdout233": (HERE / "holdout233_events.jsonl", HERE / "holdout233_labels.json"),
    "holdout234": (HERE / "holdout234_events.jsonl", HERE / "holdout234_labels.json"),
    "holdout235": (HERE / "holdout235_events.jsonl", HERE / "holdout235_labels.json"),
    "holdout236": (HERE / "holdout236_events.jsonl", HERE / "holdout236_labels.json"),
    "holdout237": (HERE / "holdout237_events.jsonl", HERE / "holdout237_labels.json"),
    "holdout238": (HERE / "holdout238_events.jsonl", HERE / "holdout238_labels.json"),
    "holdout239": (HERE / "holdout239_events.jsonl", HERE / "holdout239_labels.json"),
    "holdout240": (HERE / "holdout240_events.jsonl", HERE / "holdout240_labels.json"),
    "holdout241": (HERE / "holdout241_events.jsonl", HERE / "holdout241_labels.json"),
    "holdout242": (HERE / "holdout242_events.jsonl", HERE / "holdout242_labels.json"),
    "holdout243": (HERE / "holdout243_events.jsonl", HERE / "holdout243_labels.json"),
    "holdout244": (HERE / "holdout244_events.jsonl", HERE / "holdout244_labels.json"),
    "holdout245": (HERE / "holdout245_events.jsonl", HERE / "holdout245_labels.json"),
    "holdout246": (HERE / "holdout246_events.jsonl", HERE / "holdout246_labels.json"),
    "holdout247": (HERE / "holdout247_events.jsonl", HERE / "holdout247_labels.json"),
    "holdout248": (HERE / "holdout248_events.jsonl", HERE / "holdout248_labels.json"),
    "holdout249": (HERE / "holdout249_events.jsonl", HERE / "holdout249_labels.json"),
    "holdout250": (HERE / "holdout250_events.jsonl", HERE / "holdout250_labels.json"),
    "holdout251": (HERE / "holdout251_events.jsonl", HERE / "holdout251_labels.json"),
    "holdout252": (HERE / "holdout252_events.jsonl", HERE / "holdout252_labels.json"),
    "holdout253": (HERE / "holdout253_events.jsonl", HERE / "holdout253_labels.json"),
    "holdout254": (HERE / "holdout254_events.jsonl", HERE / "holdout254_labels.json"),
    "holdout255": (HERE / "holdout255_events.jsonl", HERE / "holdout255_labels.json"),
    "holdout256": (HERE / "holdout256_events.jsonl", HERE / "holdout256_labels.json"),
    "holdout257": (HERE / "holdout257_events.jsonl", HERE / "holdout257_labels.json"),
    "holdout258": (HERE / "holdout258_events.jsonl", HERE / "holdout258_labels.json"),
    "holdout259": (HERE / "holdout259_events.jsonl", HERE / "holdout259_labels.json"),
    "holdout260": (HERE / "holdout260_events.jsonl", HERE / "holdout260_labels.json"),
    "holdout261": (HERE / "holdout261_events.jsonl", HERE / "holdout261_labels.json"),
    "holdout262": (HERE / "holdout262_events.jsonl", HERE / "holdout262_labels.json"),
    "holdout263": (HERE / "holdout263_events.jsonl", HERE / "holdout263_labels.json"),
    "holdout264": (HERE / "holdout264_events.jsonl", HERE / "holdout264_labels.json"),
    "holdout265": (HERE / "holdout265_events.jsonl", HERE / "holdout265_labels.json"),
    "holdout266": (HERE / "holdout266_events.jsonl", HERE / "holdout266_labels.json"),
    "holdout267": (HERE / "holdout267_events.jsonl", HERE / "holdout267_labels.json"),
    "holdout268": (HERE / "holdout268_events.jsonl", HERE / "holdout268_labels.json"),
    "holdout269": (HERE / "holdout269_events.jsonl", HERE / "holdout269_labels.json"),
    "holdout270": (HERE / "holdout270_events.jsonl", HERE / "holdout270_labels.json"),
    "holdout271": (HERE / "holdout271_events.jsonl", HERE / "holdout271_labels.json"),
    "holdout272": (HERE / "holdout272_events.jsonl", HERE / "holdout272_labels.json"),
    "holdout273": (HERE / "holdout273_events.jsonl", HERE / "holdout273_labels.json"),
    "holdout274": (HERE / "holdout274_events.jsonl", HERE / "holdout274_labels.json"),
    "holdout275": (HERE / "holdout275_events.jsonl", HERE / "holdout275_labels.json"),
    "holdout276": (HERE / "holdout276_events.jsonl", HERE / "holdout276_labels.json"),
    "holdout277": (HERE / "holdout277_events.jsonl", HERE / "holdout277_labels.json"),
    "holdout278": (HERE / "holdout278_events.jsonl", HERE / "holdout278_labels.json"),
    "holdout279": (HERE / "holdout279_events.jsonl", HERE / "holdout279_labels.json"),
    "holdout280": (HERE / "holdout280_events.jsonl", HERE / "holdout280_labels.json"),
    "holdout281": (HERE / "holdout281_events.jsonl", HERE / "holdout281_labels.json"),
    "holdout282": (HERE / "holdout282_events.jsonl", HERE / "holdout282_labels.json"),
    "holdout283": (HERE / "holdout283_events.jsonl", HERE / "holdout283_labels.json"),
    "holdout284": (HERE / "holdout284_events.jsonl", HERE / "holdout284_labels.json"),
    "holdout285": (HERE / "holdout285_events.jsonl", HERE / "holdout285_labels.json"),
    "holdout286": (HERE / "holdout286_events.jsonl", HERE / "holdout286_labels.json"),
    "holdout287": (HERE / "holdout287_events.jsonl", HERE / "holdout287_labels.json"),
    "holdout288": (HERE / "holdout288_events.jsonl", HERE / "holdout288_labels.json"),
    "holdout289": (HERE / "holdout289_events.jsonl", HERE / "holdout289_labels.json"),
    "holdout290": (HERE / "holdout290_events.jsonl", HERE / "holdout290_labels.json"),
    "holdout291": (HERE / "holdout291_events.jsonl", HERE / "holdout291_labels.json"),
    "holdout292": (HERE / "holdout292_events.jsonl", HERE / "holdout292_labels.json"),
    "holdout293": (HERE / "holdout293_events.jsonl", HERE / "holdout293_labels.json"),
    "holdout294": (HERE / "holdout294_events.jsonl", HERE / "holdout294_labels.json"),
    "holdout295": (HERE / "holdout295_events.jsonl", HERE / "holdout295_labels.json"),
    "holdout296": (HERE / "holdout296_events.jsonl", HERE / "holdout296_labels.json"),
    "holdout297": (HERE / "holdout297_events.jsonl", HERE / "holdout297_labels.json"),
    "holdout298": (HERE / "holdout298_events.jsonl", HERE / "holdout298_labels.json"),
    "holdout299": (HERE / "holdout299_events.jsonl", HERE / "holdout299_labels.json"),
    "holdout300": (HERE / "holdout300_events.jsonl", HERE / "holdout300_labels.json"),
    "holdout301": (HERE / "holdout301_events.jsonl", HERE / "holdout301_labels.json"),
    "holdout302": (HERE / "holdout302_events.jsonl", HERE / "holdout302_labels.json"),
    "holdout303": (HERE / "holdout303_events.jsonl", HERE / "holdout303_labels.json"),
    "holdout304": (HERE / "holdout304_events.jsonl", HERE / "holdout304_labels.json"),
    "holdout305": (HERE / "holdout305_events.jsonl", HERE / "holdout305_labels.json"),
    "holdout306": (HERE / "holdout306_events.jsonl", HERE / "holdout306_labels.json"),
    "holdout307": (HERE / "holdout307_events.jsonl", HERE / "holdout307_labels.json"),
    "holdout308": (HERE / "holdout308_events.jsonl", HERE / "holdout308_labels.json"),
    "holdout309": (HERE / "holdout309_events.jsonl", HERE / "holdout309_labels.json"),
    "holdout310": (HERE / "holdout310_events.jsonl", HERE / "holdout310_labels.json"),
    "holdout311": (HERE / "holdout311_events.jsonl", HERE / "holdout311_labels.json"),
    "holdout312": (HERE / "holdout312_events.jsonl", HERE / "holdout312_labels.json"),
    "holdout313": (HERE / "holdout313_events.jsonl", HERE / "holdout313_labels.json"),
    "holdout314": (HERE / "holdout314_events.jsonl", HERE / "holdout314_labels.json"),
    "holdout315": (HERE / "holdout315_events.jsonl", HERE / "holdout315_labels.json"),
    "holdout316": (HERE / "holdout316_events.jsonl", HERE / "holdout316_labels.json"),
    "holdout317": (HERE / "holdout317_events.jsonl", HERE / "holdout317_labels.json"),
    "holdout318": (HERE / "holdout318_events.jsonl", HERE / "holdout318_labels.json"),
    "holdout319": (HERE / "holdout319_events.jsonl", HERE / "holdout319_labels.json"),
    "holdout320": (HERE / "holdout320_events.jsonl", HERE / "holdout320_labels.json"),
    "holdout321": (HERE / "holdout321_events.jsonl", HERE / "holdout321_labels.json"),
    "holdout322": (HERE / "holdout322_events.jsonl", HERE / "holdout322_labels.json"),
    "holdout323": (HERE / "holdout323_events.jsonl", HERE / "holdout323_labels.json"),
    "holdout324": (HERE / "holdout324_events.jsonl", HERE / "holdout324_labels.json"),
    "holdout325": (HERE / "holdout325_events.jsonl", HERE / "holdout325_labels.json"),
    "holdout326": (HERE / "holdout326_events.jsonl", HERE / "holdout326_labels.json"),
    "holdout327": (HERE / "holdout327_events.jsonl", HERE / "holdout327_labels.json"),
    "holdout328": (HERE / "holdout328_events.jsonl", HERE / "holdout328_labels.json"),
    "holdout329": (HERE / "holdout329_events.jsonl", HERE / "holdout329_labels.json"),
    "holdout330": (HERE / "holdout330_events.jsonl", HERE / "holdout330_labels.json"),
    "holdout331": (HERE / "holdout331_events.jsonl", HERE / "holdout331_labels.json"),
}


@dataclass
class Prediction:
    classification: str
    type: str | None
    reason: str = ""


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    overall: Scores = field(default_factory=Scores)
    value_only: Scores = field(default_factory=Scores)
    per_type: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    colour_right: int = 0
    colour_total: int = 0
    errors: list[str] = field(default_factory=list)
    paths: int = 0

    @property
    def colour_agreement(self) -> float:
        return self.colour_right / self.colour_total if self.colour_total else 1.0


def load_events(path: Path) -> list[dict]:
    with path.open() as lines:
        return [json.loads(line) for line in lines if line.strip()]


def engine_predictions(events: Iterable[dict], engine: Engine | None = None) -> dict[str, Prediction]:
    engine = engine or Engine(default_matchers())
    evidence: dict[str, Evidence] = defaultdict(Evidence)
    for event in events:
        for path, obs in engine.observe_message(event):
            evidence[path].add(obs)
    out = {}
    for path, ev in evidence.items():
        rec = engine.recommend(path, ev)
        out[path] = Prediction(rec.classification, rec.matcher, rec.reason)
    return out


def evaluate(labels: dict[str, dict], predictions: dict[str, Prediction]) -> Report:
    report = Report()
    for path, label in labels.items():
        report.paths += 1
        pred = predictions.get(path, Prediction("green", None, "not seen"))
        truth = label["classification"] != "green"
        said = pred.classification != "green"
        types = label["type"].split("|") if label["type"] else []
        canonical = types[0] if types else None
        predicted_type = canonical if pred.type in types else pred.type
        _count(report.overall, truth, said)
        if label.get("value_only"):
            _count(report.value_only, truth, said)
        if truth and said:
            report.colour_total += 1
            report.colour_right += pred.classification == label["classification"]
        if canonical is not None:
            _count(report.per_type[canonical], True, said and predicted_type == canonical)
        if said and predicted_type != canonical and predicted_type is not None:
            report.per_type[predicted_type].fp += 1
        if truth != said or (
            truth and (predicted_type != canonical or pred.classification != label["classification"])
        ):
            report.errors.append(
                f"{path}: expected {label['classification']}/{label['type']}, got "
                f"{pred.classification}/{pred.type} ({pred.reason})"
            )
    return report


def _count(scores: Scores, truth: bool, said: bool) -> None:
    if truth and said:
        scores.tp += 1
    elif said:
        scores.fp += 1
    elif truth:
        scores.fn += 1


def format_report(name: str, report: Report) -> str:
    lines = [
        f"{name}: {report.paths} labelled paths; precision {report.overall.precision:.3f}, "
        f"recall {report.overall.recall:.3f}, F1 {report.overall.f1:.3f}; value-only recall "
        f"{report.value_only.recall:.3f} ({report.value_only.tp}/{report.value_only.tp + report.value_only.fn}); "  # noqa: E501
        f"colour agreement {report.colour_agreement:.3f}",
        f"{'type':26} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} {'f1':>6}",
    ]
    for name_, s in sorted(report.per_type.items()):
        lines.append(
            f"{name_:26} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        )
    return "\n".join(lines)


def run(name: str, predict: Callable[[list[dict]], dict[str, Prediction]] = engine_predictions) -> Report:
    events_path, labels_path = CORPORA[name]
    labels = json.loads(labels_path.read_text())
    return evaluate(labels, predict(load_events(events_path)))


if __name__ == "__main__":
    names = sys.argv[1:] or [n for n, (e, _) in CORPORA.items() if e.exists()]
    for corpus in names:
        result = run(corpus)
        print(format_report(corpus, result))
        for error in result.errors:
            print("  " + error)
