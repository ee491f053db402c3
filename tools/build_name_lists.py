"""Writes portal/detection/data/{given,family}_names.txt from Faker's and faker-js's person data.

Run by hand when refreshing the lists (not part of the build; the output is committed):

    python -m venv /tmp/faker && /tmp/faker/bin/pip install faker==40.63.0 wordfreq==3.1.1
    npm install --prefix /tmp/fakerjs @faker-js/faker@10.6.0
    node tools/faker_js_names.mjs /tmp/fakerjs > /tmp/fakerjs/names.json
    /tmp/faker/bin/python tools/build_name_lists.py /tmp/fakerjs/names.json

Faker (MIT licence) carries first and last names for about a hundred locales; faker-js (MIT) for
73, with names Faker lacks (Yoruba, Nepali, Bengali, Ghanaian, Ukrainian). Names are folded to
lower-case ASCII as portal.detection.keys.fold does (Cyrillic and Greek transliterated, Japanese
and Chinese taken from their romanised lists); names of one word only. Ukrainian names are kept in
both the Russian-style spelling and Ukraine's own (Дмитро: dmitro and dmytro; Мельник: melnik and
melnyk). faker-js's lists hold more everyday words (Care, Garden, Pit): a name only faker-js has
is left out when it is a common word in a major Western European language (wordfreq's Zipf
frequency of 3.5 or more: `care` 5.6, `verde` 5.1; `hossain` 2.4, `adebayo` 2.0). Name lists built
from leaked user data are deliberately not used. Names these lists lack (Gulf, South Asian, African,
Central Asian…) are written by hand into data/added_{given,family}_names.txt, which this tool
leaves alone; names.py reads both.
"""

import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from faker.config import AVAILABLE_LOCALES
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "layers" / "portal" / "portal" / "detection" / "data"
# Providers name their lists differently (`first_names_male`, `male_last_names`,
# `last_romanized_names`): any collection attribute whose name says first or last name.
GIVEN = re.compile(r"first|given")
FAMILY = re.compile(r"last|surname")
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
            "a",
            "e",
            "i",
            "i",
            "o",
            "y",
            "o",
        ],
        strict=True,
    )
)
_UNDECOMPOSED = str.maketrans(
    {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "\u0131": "i", "þ": "th"}
)


# Ukraine's national transliteration (2010), where it differs from the Russian-style table.
_UKRAINIAN = _CYRILLIC | dict(zip("гийх", ["h", "y", "i", "kh"], strict=True))


def fold(name: str, cyrillic: dict[str, str] = _CYRILLIC) -> str:
    name = "".join(cyrillic.get(c, _GREEK.get(c, c)) for c in name.lower())
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def collect(provider: type, attributes: re.Pattern) -> set[str]:
    names: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute, None)
        if attributes.search(attribute) and isinstance(value, dict | list | tuple | set):
            names |= {name for name in value if isinstance(name, str)}
    return folded_names(names)


def folded_names(names: set[str]) -> set[str]:
    folded = {fold(name) for name in names} | {fold(name, _UKRAINIAN) for name in names}
    return {name for name in folded if re.fullmatch(r"[a-z][a-z']+", name)}


COMMON_WORD = 3.5
COMMON_IN = ("en", "es", "fr", "de", "it", "pt", "nl")


def uncommon(names: set[str]) -> set[str]:
    return {name for name in names if max(zipf_frequency(name, lang) for lang in COMMON_IN) < COMMON_WORD}


def main() -> None:
    given: set[str] = set()
    family: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        given |= collect(provider, GIVEN)
        family |= collect(provider, FAMILY)
    for names in json.loads(Path(sys.argv[1]).read_text()).values():
        given |= uncommon(folded_names(set(names["first"])) - given)
        family |= uncommon(folded_names(set(names["last"])) - family)
    # Polish and other West Slavic surnames take a feminine form the lists hold in the masculine:
    # Kowalski -> Kowalska, Nowicki -> Nowicka.
    family |= {name[:-1] + "a" for name in family if name.endswith(("ski", "cki", "dzki"))}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "given_names.txt").write_text("\n".join(sorted(given)) + "\n")
    (OUT / "family_names.txt").write_text("\n".join(sorted(family)) + "\n")
    print(f"{len(given)} given names, {len(family)} family names")


if __name__ == "__main__":
    main()
