"""Person names as values: `Björn Haddad`, `Haddad, Björn`, `Zoe's iPhone`.

A name under a neutral key (`answers.q4`, `custom_3`) or under a key that is usually a thing's
(`properties.name`) is recognised when its first word is a known given name and its last a known
family name: about 21,000 of each, folded to ASCII, from Faker's person providers for a hundred
locales (data/, written by tools/build_name_lists.py). Two to four capitalised words, nothing
else: a name in prose is not looked for. The lists only decide membership; a value that matched
is never kept. Lexicon evidence is weak (`Paris Hilton` is a person, `Grace Church` may be a
place), so it never counts inside free text or under identifier keys, and a path is flagged only
when most of its values are names.

A device that names itself after its owner (`Zoe's iPhone`, `iPhone von Luis`) is strong
evidence: phones and laptops did so by default for years.
"""

import re
import unicodedata
from importlib.resources import files

from portal.detection.keys import fold

_APOSTROPHES = "'\u2019"
# Latin letters with their Western and Central European accents (Latin-1 and Extended-A/B:
# `Wiśniewski`, Turkish dotless i), as plain ranges so Python's re compiles them as RE2 does.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"
_OWNER = rf"[{_UPPER}][^\s{_APOSTROPHES}]*(?: [{_UPPER}][^\s{_APOSTROPHES}]*)?"
_DEVICES = (
    r"(?:iPhone|iPad|iPod|MacBook|iMac|Mac|Apple Watch|AirPods|Galaxy|Pixel|Phone|Laptop|PC"
    r"|Computer|Kindle|Chromebook|Surface|Tablet)"
)
_OF = "von|de|di|van|av"
OWNED_DEVICE = (
    rf"{_OWNER}[{_APOSTROPHES}]s {_DEVICES}\b[^\n]{{0,40}}"
    rf"|{_DEVICES}(?: [A-Za-z0-9+]+){{0,2}} (?:{_OF}) {_OWNER}"
)
# What each form of OWNED_DEVICE cannot do without: the owner's apostrophe or the word before the
# owner. Most values have neither, and this search costs a quarter of the full pattern's failure.
_OWNED_MARK = re.compile(rf"[{_APOSTROPHES}]| (?:{_OF}) ")
_WORD = rf"[{_UPPER}][{_LETTER}{_APOSTROPHES}]+"
# Given and family name, `Family, Given`, or up to two middle names or particles between.
PERSON_NAME = rf"{_WORD},?(?: {_WORD}){{1,3}}"
# The pattern of the `name` value matcher, anchored: a name is a whole value, never a substring.
PATTERN = rf"^(?:{OWNED_DEVICE}|{PERSON_NAME})$"

_OWNED = re.compile(OWNED_DEVICE)
_SHAPE = re.compile(PERSON_NAME)
_DATA = files("portal.detection").joinpath("data")
GIVEN = frozenset(_DATA.joinpath("given_names.txt").read_text().split())
FAMILY = frozenset(_DATA.joinpath("family_names.txt").read_text().split())


def may_be_a_name(text: str) -> bool:
    """Cheap shape test before any set runs: could this whole value be a person's name?"""
    return _SHAPE.fullmatch(text) is not None or owned_device(text)


# Runs of capitalised words in prose; a run that is a whole name names a person, one that merely
# contains a name (`Lycée Victor Hugo`, `Collège Jean Moulin`) names a place after one.
_RUN = re.compile(rf"{_WORD}(?: {_WORD})*")
# A greeting or a sign-off names its person by the first name alone: `Hi Jakub,`,
# `Happy birthday Hugo!`, `Love, Ama`, `xx from Sakura`.
_GREETED = re.compile(
    r"\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Bb]irthday|[Cc]hristmas|[Cc]ongratulations|[Cc]ongrats|[Tt]hanks"
    r"|[Tt]hank you|[Ll]ove,|xx from|[Cc]heers,|[Rr]egards,|[Bb]est,|[Ww]elcome)"
    rf",? ([{_UPPER}][{_LETTER}{_APOSTROPHES}]+)\b"
)


def named_in(text: str) -> bool:
    """A person's whole name somewhere in prose (`@Olga Müller can you review…`), or a known
    given name greeted or signed off (`Happy birthday Hugo! Love, Ama`)."""
    return any(1 <= run.count(" ") <= 2 and listed_name(run) for run in _RUN.findall(text)) or any(
        _folded_lower(name) in GIVEN for name in _GREETED.findall(text)
    )


def owned_device(text: str) -> bool:
    return _OWNED_MARK.search(text) is not None and _OWNED.fullmatch(text) is not None


def listed_name(text: str) -> bool:
    """A known given name first and a known family name last (`Family, Given` turned round)."""
    family, comma, given = text.partition(",")
    words = (given.split() + family.split()) if comma else text.split()
    if not 2 <= len(words) <= 4:
        return False
    return _folded_lower(words[0]) in GIVEN and _folded_lower(words[-1]) in FAMILY


# Combining marks as Latin letters decompose into (acute, umlaut, caron…).
_MARKS = "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c)))
_ASCII_AND_MARKS = re.compile(rf"[\x00-\x7f{_MARKS}]*")


def _folded_lower(word: str) -> str:
    """`fold(word).lower()` at a third of its cost for accented Latin names (`Björn`, `Dvořák`).

    fold filters the decomposition through `unicodedata.combining` per character. When the
    decomposition is ASCII and combining marks only, dropping every non-ASCII character drops
    exactly the marks, in C; letters fold translates itself (`ß`, `ł`) decompose to neither.
    """
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    if _ASCII_AND_MARKS.fullmatch(decomposed):
        return decomposed.encode("ascii", "ignore").decode().lower()
    return fold(word).lower()
