"""Writes portal/detection/data/{given,family}_names.txt from Faker's person providers.

Run by hand when refreshing the lists (not part of the build; the output is committed):

    python -m venv /tmp/faker && /tmp/faker/bin/pip install faker==40.63.0
    /tmp/faker/bin/python tools/build_name_lists.py

Faker (MIT licence) carries first and last names for about a hundred locales. Names are folded to
lower-case ASCII as portal.detection.keys.fold does (Cyrillic and Greek transliterated, Japanese
and Chinese taken from their romanised lists); names of one word only.
"""

import importlib
import re
import unicodedata
from pathlib import Path

from faker.config import AVAILABLE_LOCALES

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


def fold(name: str) -> str:
    name = "".join(_CYRILLIC.get(c, _GREEK.get(c, c)) for c in name.lower())
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def collect(provider: type, attributes: re.Pattern) -> set[str]:
    names: set[str] = set()
    for attribute in dir(provider):
        value = getattr(provider, attribute, None)
        if attributes.search(attribute) and isinstance(value, dict | list | tuple | set):
            names |= {name for name in value if isinstance(name, str)}
    return {folded for name in names if re.fullmatch(r"[a-z][a-z']+", folded := fold(name))}


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
    # Polish and other West Slavic surnames take a feminine form the lists hold in the masculine:
    # Kowalski -> Kowalska, Nowicki -> Nowicka.
    family |= {name[:-1] + "a" for name in family if name.endswith(("ski", "cki", "dzki"))}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "given_names.txt").write_text("\n".join(sorted(given)) + "\n")
    (OUT / "family_names.txt").write_text("\n".join(sorted(family)) + "\n")
    print(f"{len(given)} given names, {len(family)} family names")


if __name__ == "__main__":
    main()
