"""Values: what shape a leaf has (its kind) and which validated value matcher it satisfies.

A pattern alone finds candidates; a validator decides. Card numbers must pass Luhn and carry a
known issuer prefix and length, IBANs mod-97, SSNs the SSA's structural rules, IPs and MACs must
parse, phone numbers must look like a dialled number rather than an order number. Digit-only
candidates (a bare 16-digit or 10-digit string) are *weak*: the engine ignores them under keys that
name an identifier, and never counts them inside free text.
"""

import base64
import binascii
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import unquote

import re2

from portal.detection import names, national_ids

NONE, WEAK, STRONG = 0, 1, 2

# Kinds are short because ingest ships one per leaf value through SNS.
NULL, BOOL, INT, FLOAT, EMPTY = "null", "bool", "int", "float", "empty"
# A whole number under COUNT_BELOW: a count, a code, a day or a month; never a phone number, an
# identity number or a postcode.
COUNT = "count"
COUNT_BELOW = 100
WORD, TEXT, STRING, NUMERIC = "word", "text", "str", "num"
# CODE: an id a system gives someone or something, a short prefix and a digit run (`staff_757`,
# `MED4531`, `CREW-92453`): a string, but never a person's name.
CODE = "code"
# MASKED: a number shown with most of its digits hidden (`•••• •••• •••• 4242`, `XXXX XXXX 7402`,
# `***.958.091-**`): a card's is not card data (PCI DSS); a national id's is still its holder's.
MASKED = "masked"
# ORG: an organisation's or a venue's name (names.organisation), or a business function's mailbox
# (`billing@globex.com`); GROUP: any datum a `group` call gives about the group itself (its phone,
# its address), whatever its shape; LISTED: a given or family name typed alone into a search box
# (engine.KeyFacts.search).
UUID, HEX, DATE, VERSION, URL, BOOLSTR, ENUM, ORG, GROUP, LISTED, OTHER = (
    "uuid",
    "hex",
    "date",
    "ver",
    "url",
    "boolstr",
    "enum",
    "org",
    "group",
    "listed",
    "other",
)
ALL_KINDS = frozenset(
    (
        NULL,
        BOOL,
        INT,
        COUNT,
        FLOAT,
        EMPTY,
        WORD,
        TEXT,
        STRING,
        CODE,
        MASKED,
        NUMERIC,
        UUID,
        HEX,
        DATE,
        VERSION,
        URL,
        BOOLSTR,
        ENUM,
        ORG,
        GROUP,
        LISTED,
        OTHER,
    )
)

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX = re.compile(r"(?:0x)?[0-9a-fA-F]{16,}")
_CODE = re.compile(r"[A-Z]{2,5}-?\d{3,}|[A-Za-z]{1,8}(?:[_-][A-Za-z]{1,8}){0,2}[_-]\d{3,}")
_MASK_FIRST = frozenset("*•Xx")
_MASKED = re.compile(r"(?=(?:[^*•xX]*[*•xX]){3})(?=(?:\D*\d){2})[\d\s*•xX.\-]+")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}")
# A time after a date written day or month first, or with slashes: `10.01.2024 19:43:40`,
# `01/10/2024 7:43 PM`.
_TIME_AFTER = r"(?:,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?"
_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?)?"
    rf"|\d{{4}}/\d{{2}}/\d{{2}}{_TIME_AFTER}|\d{{8}}T\d{{6}}Z?"
    # Year first with dots (Korea, Hungary, China): `1984.10.11`, with a plausible month and day,
    # which a version rarely has.
    rf"|(?:19|20)\d{{2}}\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01]){_TIME_AFTER}"
    # Day and month must be plausible: a sort code (12-34-56) is not a date.
    rf"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{{4}}|\d{{2}}){_TIME_AFTER}"
    r"|\d{2}:\d{2}(?::\d{2})?"
)
# What validate_ip accepts as IPv4, in ASCII: four octets up to 255 without leading zeros.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
# What prose puts after a word (names.as_written's closings), stripped before a pair is looked up.
_CLOSING = ',.!?:;)"'
# A proxy chain, as X-Forwarded-For sends it: the client's address, then each proxy's.
_IPV4_CHAIN = re.compile(rf"{_IPV4.pattern}(?:, ?{_IPV4.pattern})+")
_VERSION = re.compile(r"v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?")
_NUMBER_TEXT = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_BOOL_WORDS = frozenset(
    (
        *("true", "false", "yes", "no", "y", "n", "on", "off"),
        # Yes and no in Spanish, Portuguese, French, German, Indonesian and Turkish forms
        # (`victima: "si"`, `possui_deficiencia: "não"`).
        *("si", "sí", "sim", "nao", "não", "oui", "non", "ja", "nein", "tidak"),
        *("evet", "hayir", "hay\u0131r"),
    )
)
# Forms of address written in capitals, as airlines write them (IATA): words, not country codes.
_TITLES_IN_CAPITALS = frozenset(("mr", "ms"))
_URL_PREFIXES = ("http://", "https://", "www.", "mailto:", "ftp://")
# A number written as an address: RFC 3966's `tel:`, Twilio's `whatsapp:+5511…` and `sms:`.
_NUMBER_SCHEMES = ("tel:", "sms:", "whatsapp:", "viber:", "callto:")
MAX_SCANNED_CHARS = 4096


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
_NON_DIGIT = re.compile(r"\D")


def luhn_ok(digits: str) -> bool:
    kept, doubled = digits[-1::-2], digits[-2::-2]
    if digits.isascii():
        # Without a Python step per digit: an ASCII digit run's sum is its bytes' sum less 48 a
        # digit, and doubling d gives 2d, less 9 when d >= 5.
        total = (
            sum(kept.encode())
            + 2 * sum(doubled.encode())
            - 48 * (len(kept) + 2 * len(doubled))
            - 9 * sum(map(doubled.count, "56789"))
        )
    else:
        # Other scripts' digits (isdigit accepts them): int reads them one by one.
        total = sum(map(int, kept)) + sum(_DOUBLED[int(c)] for c in doubled)
    return total % 10 == 0


def _card_brand_ok(digits: str) -> bool:
    n = len(digits)
    two, four = int(digits[:2]), int(digits[:4])
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= four <= 3589:
        return 16 <= n <= 19
    if two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305:
        # (Diners Club issues 14 and 16 to 19 digits; 15 Luhn digits starting 30, 36, 38 or 39
        # are an IMEI's.)
        return n == 14 or 16 <= n <= 19
    if two in (50, 56, 57, 58, 62, 63, 67):
        return 16 <= n <= 19
    # National schemes: India's RuPay (60, 81, 82) and Iran's Shetab (603799…), Russia's Mir
    # (2200-2204), Türkiye's Troy (9792).
    if two in (60, 81, 82) or 2200 <= four <= 2204 or four == 9792:
        return n == 16
    return False


def validate_card(text: str) -> int:
    digits = text.replace(" ", "").replace("-", "")
    if not (13 <= len(digits) <= 19) or not digits.isdigit():
        return NONE
    if len(set(digits)) < 2 or not luhn_ok(digits) or not _card_brand_ok(digits):
        return NONE
    # Grouped like a card is printed: a strong signal. A bare digit run could be an order number.
    return STRONG if len(digits) != len(text) else WEAK


def validate_ssn(text: str) -> int:
    if len(text) != 11 or text[3] != text[6] or text[3] not in "- ":
        return NONE
    area, group, serial = text[:3], text[4:6], text[7:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return NONE
    return STRONG


_IBAN_LENGTHS = {
    "AD": 24,
    "AE": 23,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BR": 29,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NL": 18,
    "NO": 15,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VG": 24,
    "XK": 20,
}


# Letters as IBAN check digits spell them (A = 10 … Z = 35), replaced in one translate call.
# Digits map to themselves: a character missing from the table costs translate a KeyError. int()
# then reads other scripts' digits as it would have one by one, and rejects other letters as
# int(c, 36) did.
_BASE36 = str.maketrans({c: str(int(c, 36)) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def validate_iban(text: str) -> int:
    compact = text.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return NONE
    rearranged = compact[4:] + compact[:4]
    return STRONG if int(rearranged.translate(_BASE36)) % 97 == 1 else NONE


# New Zealand's bank accounts (BB-bbbb-AAAAAAA-SS), checked by the Payments NZ modulus-11
# algorithms A (branch and account) and B (account from 990000): the weights over the branch's four
# digits and the account's eight. (Banks 08, 09, 25, 26, 28, 29, 31 and 33 use other algorithms.)
_NZ_WEIGHTS_A = (6, 3, 7, 9, 0, 0, 10, 5, 8, 4, 2, 1)
_NZ_WEIGHTS_B = (0, 0, 0, 0, 0, 0, 10, 5, 8, 4, 2, 1)
_NZ_OTHER_ALGORITHMS = frozenset(("08", "09", "25", "26", "28", "29", "31", "33"))


def validate_nz_bank(text: str) -> int:
    bank, branch, account, _suffix = text.split("-")
    if bank in _NZ_OTHER_ALGORITHMS:
        return NONE
    weights = _NZ_WEIGHTS_A if int(account) < 990_000 else _NZ_WEIGHTS_B
    total = sum(int(d) * w for d, w in zip(branch + account.zfill(8), weights, strict=True))
    return STRONG if total % 11 == 0 else NONE


def validate_orcid(text: str) -> int:
    """A researcher's ORCID iD (`0000-0002-1825-0097`): fifteen digits and an ISO 7064 mod 11-2
    check character (0-9 or X)."""
    total = 0
    for digit in text[:-1].replace("-", ""):
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    return STRONG if text[-1] == ("X" if check == 10 else str(check)) else NONE


def validate_clabe(digits: str) -> int:
    """Mexico's CLABE, a bank account's 18 digits: a bank's code (banks 001-199, brokers and
    payment institutions such as STP 600-699), a place, the account and a check digit (weights 3,
    7, 1). WEAK: a bare digit run, as an order number could be one time in thirty."""
    if len(digits) != 18 or digits[0] not in "016" or not digits.isdigit():
        return NONE
    total = sum(int(d) * w % 10 for d, w in zip(digits[:17], (3, 7, 1) * 6, strict=False))
    return WEAK if (10 - total % 10) % 10 == int(digits[17]) else NONE


def validate_phone(text: str) -> int:
    digits = _NON_DIGIT.sub("", text)
    n = len(digits)
    if n < 8 or _toll_free(text, digits):
        return NONE
    separated = n != len(text.lstrip("+"))
    if text.startswith("+"):
        return STRONG if n <= 15 and digits[0] != "0" else NONE
    if n == 11 and digits[0] == "1":
        digits, n = digits[1:], 10
    # NANP area codes never start with 0 or 1; exchanges neither, but example numbers in the
    # wild (555-123-4567) ignore that, and the 3-3-4 grouping is evidence enough.
    # A bare digit run is as often an id as a phone number: the key must say so.
    if not separated:
        return NONE
    if n == 10 and digits[0] in "23456789" and _nanp_grouped(text):
        # NANP: (415) 555-0123, 415-555-0123, 415.555.0123.
        return STRONG
    if digits[0] == "0" and digits[1] != "0" and 9 <= n <= 12 and (" " in text or "-" in text):
        # National trunk prefix: 020 7946 0958, 07700 900123, 06 12 34 56 78, 0151 74506321.
        return STRONG
    groups = _DIGIT_RUNS.findall(text)
    if (
        n > 12
        or len(groups) < 3
        or _date_like(groups)
        or _BELGIAN_ENTERPRISE.fullmatch(text)
        or _AUSTRALIAN_BUSINESS.fullmatch(text)
    ):
        return NONE
    if text.startswith("(") and len(groups[0]) <= 4:
        # An area code in brackets: (11) 93535-9183, (03) 9123 4567.
        return STRONG
    # Grouped national numbers without a trunk prefix (601-206-819, 612 34 56 78, 20 12 34 56):
    # the grouping is all that tells them from a formatted reference, so only weak evidence.
    return WEAK if all(2 <= len(g) <= 5 for g in groups) else NONE


# Freephone numbers are a business's, never a person's: North America's 8xx codes (`1-888-555-
# 0142`), the UK's 0800 and 0808, Australia's 1800 and 1300.
_NANP_TOLL_FREE = frozenset(("800", "833", "844", "855", "866", "877", "888"))
# A number written with its separators and nothing else (`0800 138 1111`, `1-888-555-0142`).
_PHONE_SHAPED = re.compile(r"[0-9 ().+-]+")


# How a freephone number can open; the callers test it before the call, as most tokens fail it.
_FREEPHONE_FIRST = frozenset("18(+0")


def _freephone(text: str, size: int) -> bool:
    """A whole value that is a freephone number: its length before any regex runs."""
    return (
        10 <= size <= 20
        and _PHONE_SHAPED.fullmatch(text) is not None
        and _toll_free(text, _NON_DIGIT.sub("", text))
    )


def _toll_free(text: str, digits: str) -> bool:
    """North America's by its +1 or its 3-3-4 grouping: India's ten-digit mobiles start with
    the same digits (`88813 95774`, `8442790339@okaxis`)."""
    n = len(digits)
    return (
        (
            (n == 10 and digits[:3] in _NANP_TOLL_FREE)
            or (n == 11 and digits[0] == "1" and digits[1:4] in _NANP_TOLL_FREE)
        )
        and (text.startswith("+1") or _nanp_grouped(text))
    ) or (
        (digits.startswith(("0800", "0808", "44800", "44808")) and 10 <= n <= 12)
        or (n == 10 and digits.startswith(("1800", "1300")))
    )


# A mobile number written as digits alone, as carriers' systems and messaging APIs send it: in
# international form without its + (`2348169507467`, `628227343696`, `447700900123`) or with the
# national trunk 0 (`08155787892`). Weak: the engine ignores it under an identifier's key, and a
# path needs most of its values to match, which a column of ids starting anywhere never does.
_BARE_MOBILE = re.compile(
    "|".join(
        (
            r"234[789][01]\d{8}|628\d{8,11}|491[5-7]\d{8,9}|91[6-9]\d{9}|447\d{9}|55[1-9]{2}9\d{8}",
            r"639\d{9}|254[17]\d{8}|27[6-8]\d{8}|923\d{9}|201[0125]\d{8}|905\d{9}|33[67]\d{8}",
            r"34[67]\d{8}|393\d{8,9}|614\d{8}|9715\d{8}|9665\d{8}|601\d{8,9}|66[689]\d{8}",
            r"84[35789]\d{8}|79\d{9}|48[4-8]\d{8}|316\d{8}|233[25]\d{8}|8801\d{9}|861[3-9]\d{9}",
            r"81[789]0\d{8}|8210\d{8}|573\d{9}|549\d{10}|569\d{8}|519\d{8}|2507[2389]\d{7}",
            # With the trunk 0, eleven digits or more (ten is a zero-padded id's length): Nigeria,
            # Indonesia, the UK, the Philippines, Pakistan, Turkey, Egypt and Bangladesh, Germany,
            # Japan, Korea.
            r"0[789][01]\d{8}|08\d{9,11}|07\d{9}|09\d{9}|03\d{9}|05\d{9}|01\d{9}|01[5-7]\d{9,10}",
        )
    )
)


_USSD = re.compile(r"\*\d{2,4}(?:\*\d{1,15})+#")


def _date_like(groups: list[str]) -> bool:
    """29 11 2024, 2024 11 29: day, month and a year, written with spaces."""
    if len(groups) != 3:
        return False
    year = groups[0] if len(groups[0]) == 4 else groups[2] if len(groups[2]) == 4 else ""
    return year[:2] in ("19", "20") and all(len(g) <= 2 for g in groups if g is not year)


_DIGIT_RUNS = re.compile(r"\d+")
# Belgium's enterprise number (KBO/BCE, its VAT number too): `0466.120.434`.
_BELGIAN_ENTERPRISE = re.compile(r"[01]\d{3}\.\d{3}\.\d{3}")
# An Australian Business Number as the register prints it: 51 824 753 556.
_AUSTRALIAN_BUSINESS = re.compile(r"\d{2} \d{3} \d{3} \d{3}")


def _nanp_grouped(text: str) -> bool:
    groups = _DIGIT_RUNS.findall(text)
    if groups and groups[0] == "1" and len(groups) == 4:
        groups = groups[1:]
    return [len(g) for g in groups] == [3, 3, 4]


def validate_ip(text: str) -> int:
    if "." in text:
        parts = text.split(".")
        # Hand-rolled: ipaddress.ip_address costs ~15 µs and runs for every address seen.
        if len(parts) != 4:
            return NONE
        longest = 0
        for part in parts:
            size = len(part)
            if not part.isdigit() or size > 3 or (size > 1 and part[0] == "0") or int(part) > 255:
                return NONE
            longest = max(longest, size)
        # Four dotted numbers are also build numbers (10.2.0.1): weak unless the key agrees, and
        # four single digits (2.3.4.1) are a version far more often than an address.
        return WEAK if longest > 1 else NONE
    # Eight full groups are valid and have the colons and hex digits asked for below, without
    # IPv6Address's parse (~10 µs) or a Python step per character.
    if _FULL_IPV6.fullmatch(text):
        return STRONG
    # IPv6 only: without a dot this cannot be IPv4, so skip ip_address's failing IPv4 attempt.
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return NONE
    hex_digits = sum(c in "0123456789abcdefABCDEF" for c in text)
    return STRONG if text.count(":") >= 2 and hex_digits >= 4 else NONE


_FULL_IPV6 = re.compile(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}")


def validate_mac(text: str) -> int:
    compact = text.replace(":", "").replace("-", "").replace(".", "")
    return STRONG if len(set(compact.lower())) > 1 else NONE


def validate_jwt(text: str) -> int:
    if text.lower().startswith("bearer "):
        return STRONG
    header = text.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
    except (binascii.Error, ValueError):
        return NONE
    return STRONG if b'"alg"' in decoded or b'"typ"' in decoded else NONE


def validate_geo(text: str) -> int:
    try:
        lat, lon = (float(p) for p in text.split(","))
    except ValueError:
        return NONE
    return STRONG if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0) else NONE


# Reporting bodies that allocate the first two digits of an IMEI's type allocation code.
_IMEI_BODIES = frozenset(
    ("01", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53", "54", "86", "91", "98", "99")
)


def validate_imei(text: str) -> int:
    """A handset's IMEI: 15 digits, a known reporting body, Luhn. Digits alone: weak evidence."""
    digits = text.replace("-", "").replace(" ", "")
    if len(digits) != 15 or not digits.isdigit() or digits[:2] not in _IMEI_BODIES or not luhn_ok(digits):
        return NONE
    return STRONG if len(digits) != len(text) else WEAK


def validate_person_name(text: str) -> int:
    # Listed names first, the common case: a title or a device's name never starts with a
    # known given or family name followed by a family name.
    if names.listed_name(text):
        return WEAK
    return STRONG if names.owned_device(text) or names.titled_name(text) else NONE


def validate_mrz(text: str) -> int:
    """A line of a travel document's machine-readable zone (ICAO 9303): 30, 36 or 44 characters
    of capitals, digits and `<` fillers. A passport's or a visa's first line holds no digit: the
    document's kind, its issuing state, then the holder's names (`P<KENASANTE<<PETER<<<…`)."""
    if len(text) not in (30, 36, 44) or "<<" not in text:
        return NONE
    names_line = text[0] in "PV" and text[2:5].isalpha()
    return STRONG if names_line or any(c.isdigit() for c in text) else NONE


# Mailboxes of a business's function, not of a person: `support@`, `kundenservice@`, `no-reply@`.
_ROLE_MAILBOXES = frozenset(
    (
        *("support", "help", "helpdesk", "info", "contact", "service", "services", "customerservice"),
        *("customercare", "care", "kundenservice", "kundendienst", "hilfe", "hallo", "hello", "hola"),
        *("bonjour", "ciao", "sales", "billing", "invoices", "accounts", "admin", "office", "team"),
        *("privacy", "dpo", "legal", "compliance", "security", "abuse", "noreply", "no-reply"),
        *("donotreply", "do-not-reply", "bounce", "bounces", "notifications", "notification", "alerts"),
        *("mailer-daemon", "postmaster", "webmaster", "news", "newsletter", "marketing", "careers"),
        *("jobs", "press", "reservations", "booking", "bookings", "orders", "receipts", "feedback"),
        *("servicio", "atendimento", "contato", "contacto", "assistance", "klantenservice"),
        # A company's finance mailboxes, as B2B billing contacts give them.
        *("finance", "ap", "ar", "accounting", "accountspayable", "payables", "receivables", "payroll"),
        *("payable", "receivable", "fatture", "facturas", "factures", "facturacion", "facturation"),
        *("comptabilite", "contabilidad", "contabilita", "buchhaltung", "rechnung", "rechnungen"),
        # Teams' and desks' mailboxes, alone or joined (`hr-ops@`, `oncall-it@`, `accounts.payable@`).
        *("hr", "people", "benefits", "recruiting", "talent", "it", "ops", "operations", "oncall"),
        *("escalation", "escalations", "dispatch", "reception", "frontdesk", "enquiries", "inquiries"),
        *("procurement", "purchasing", "treasury", "tax", "events", "partners", "partnerships", "media"),
        *("adopt", "adoptions", "adopciones", "adopcions", "volunteers", "donations", "members"),
        # Clubs', schools' and rental desks' offices (`registrar@`, `welfare@`, `reservas@`).
        *("registrar", "registration", "registrations", "admissions", "welfare", "safeguarding"),
        *("reservas", "reservaciones", "secretariat", "secretariaat", "secretaria", "ledenadministratie"),
        *("secretary", "treasurer", "membership", "committee", "board", "sekretariat", "sihteeri"),
        *("hallitus", "toimisto", "asiakaspalvelu", "kundeservice", "kundservice", "kontakt", "biuro"),
        # Travel desks (`travel-desk@`, `voyages@`), and finance and support in Polish, Turkish and
        # Portuguese (`faktury@`, `ksiegowosc@`, `muhasebe@`, `destek@`, `financeiro@`).
        *("travel", "desk", "voyages", "viajes", "reisen", "faktury", "ksiegowosc", "fakturor"),
        *("muhasebe", "destek", "iletisim", "fatura", "financeiro", "faturamento", "suporte", "cobranca"),
        # Disputes, claims, complaints, collections and fraud desks; help in Spanish, French,
        # Portuguese and Italian (`disputes@`, `ayuda@`, `reclamaciones@`).
        *("dispute", "disputes", "claims", "complaints", "collections", "cobros", "cobranzas", "fraud"),
        *("returns", "refunds", "verification", "kyc", "ayuda", "aide", "ajuda", "aiuto", "quejas"),
        *("reclamaciones", "reclamacoes", "reclamations"),
        # Support in Spanish and Vietnamese (hỗ trợ, chăm sóc khách hàng), and a site's health and
        # safety team (`hse@`).
        *("soporte", "hotro", "cskh", "hse", "safety"),
    )
)
_MAILBOX_WORD_SEPARATORS = re.compile(r"[._-]")
# SendGrid's `<290847d952d1c387.4018253602@ismtpd02p1mdw1.sendgrid.net>` has a dotted counter;
# other mailers join a time and a hex id (`<20240559630612.3237bc4a99@mail.acme.it>`).
_MESSAGE_ID_LOCAL = re.compile(
    r"<?(?:[0-9a-fA-F]{16,}(?:\.[0-9]+)?|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
    # SendGrid's `smtp-id`: `<6f838cc4a72.1a6.7368a1@ismtpd072p1mdw1.sendgrid.net>`.
    r"|[0-9a-fA-F]{8,}(?:\.[0-9a-fA-F]{3,})+)"
)


def validate_email(text: str) -> int:
    """An address of a person's mailbox: not a business function's (`support@acme.com`), nor a
    message's id written as an address (`<54dcb297-e25e-…@mail.acme.com>`, RFC 5322 Message-ID)."""
    local = text[: text.index("@")].lower()
    if len(local) >= 16 and _MESSAGE_ID_LOCAL.fullmatch(local):
        return NONE
    return NONE if _role_mailbox(local) else STRONG


# A British postcode typed without its space (`LS175ND`), its unit's letters never C, I, K, M, O
# or V: read in Python after the sets found nothing (in the full-match set it cost every token).
_POSTCODE_RUN_TOGETHER = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")

# Addresses whose national shape says what they are, read in Python after the sets found nothing
# (in the search set their long runs cost every value), each only on text that has its mark:
# - Colombia's grid: the street's kind and number, then `#` and the cross street's number and the
#   distance along it (`Calle 104 # 67-92`, `Cl. 64 # 2-75`, `Diagonal 160Bis # 86-77`);
#   Vietnam's: the house number, the street, then the ward or the district (`161 Lê Văn Sỹ, Phường
#   7, Quận 3`), or an alley's number (`Ngõ 20 Xã Đàn, Cầu Giấy`). On text with a `#`, an `N` (No,
#   N°) or a letter outside ASCII.
_GRID_OR_WARD = re.compile(
    r"\b(?:Calle|Cl|Cll|Carrera|Cra|Kr|Cr|Diagonal|Dg|Transversal|Tv|Avenida|Av|Ak|Ac)\.? \d{1,3}"
    r"[A-Z]?(?: ?Bis)?(?: ?[A-Z])? ?(?:#|No\.?|N°|Nº) ?\d{1,3}[A-Z]? ?- ?\d{1,3}\b"
    r"|\b\d{1,4}(?:/\d{1,4}){0,2}[A-Z]?,? [^\d,;\n]{2,40}, (?:Phường|P\.|Xã|Quận|Q\.|Huyện) "
    r"|(?:Ngõ|Ngách|Hẻm|Kiệt) \d{1,4}(?:/\d{1,4})?[A-Z]? [^\d,;\n]{2,40}, "
)
# - Czechia's and Slovakia's: the two house numbers, then the postcode and the town (`Vinohradská
#   2414/68, 120 00 Praha 2`). On text with a `/`.
# (From the `/`, a house number before it: a literal first character is found at C speed.)
_HOUSE_NUMBERS_AND_POSTCODE = re.compile(r"/\d{1,4}[a-zA-Z]?, \d{3} ?\d{2} [^\W\d_]")
# - India's: a flat's or a house's number, the locality and the landmark, then the town and its PIN
#   (`H.No. 6-6-48/B, Indiranagar, Opp. Hanuman Mandir, Bengaluru 560045`). On text ending in six
#   digits.
_FLAT_TO_PIN = re.compile(
    r"\b(?:Flat|H\. ?No\.?|H ?No\.?|House(?: No\.?)?|Plot(?: No\.?)?|Door No\.?) ?[\w/-]{1,12}, "
    r"(?:[^,\n]{2,40}, ){1,6}[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?(?: ?-)? [1-9]\d{5}$"
)
# - Brazil's: the street's number, then the town, the state and the CEP (`Av. Paulista, 32 - Jardim
#   Ângela, Rio de Janeiro - RJ, 69508-574`). On text that ends in a state and a CEP.
_STATE_AND_CEP = re.compile(
    r" - (?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO),? \d{5}-?\d{3}$"
)
_NUMBER_TO_CEP = re.compile(r", \d{1,5}\b.{0,80} - [A-Z]{2},? \d{5}-?\d{3}$")


def national_address(text: str) -> bool:
    """Whether the text holds an address in one of the national shapes above."""
    if ("#" in text or "N" in text or not text.isascii()) and _GRID_OR_WARD.search(text):
        return True
    if "/" in text and any(
        text[m.start() - 1 : m.start()].isdigit() for m in _HOUSE_NUMBERS_AND_POSTCODE.finditer(text)
    ):
        return True
    if not text[-1].isdigit():
        return False
    if text[-6:].isdigit() and not text[-7:-6].isdigit():
        return _FLAT_TO_PIN.search(text) is not None
    return _STATE_AND_CEP.search(text, len(text) - 16) is not None and _NUMBER_TO_CEP.search(text) is not None


# India's UPI address: a handle at a payment app's or a bank's suffix (`sneha531@paytm`,
# `6381587598@ybl`), which pays into the holder's bank account; never a domain's name, nor a
# payment link's payee (`upi://pay?pa=shop@hdfcbank`, most often a merchant's). Tried in Python
# on values with an @ only: in the sets its open start cost every value (+12 k instructions an
# event on the uniform mix).
_UPI = re.compile(
    r"(?:^|[^=\w.@/-])([A-Za-z0-9][A-Za-z0-9._-]{1,63})@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl|paytm"
    r"|pt(?:hdfc|sbi|axis|yes)|upi|apl|yapl|icici|sbi|hdfcbank|axisbank|kotak|indus|federal|idfcbank"
    r"|barodampay|rbl|aubank|yesbank|pnb|boi|cnrb|fbl|freecharge|airtel|ikwik|jupiteraxis|naviaxis|superyes)"
    r"(?![.\w])"
)


def _upi_address(text: str) -> bool:
    """A UPI address in the text, not a mandate's or a transaction's id written at a bank's suffix
    (`505c24e04bbd629fdbdf665ea6bef581@ybl`, a UPI mandate number)."""
    return any(not (len(handle) >= 20 and _HEX.fullmatch(handle)) for handle in _UPI.findall(text))


def _role_mailbox(local: str) -> bool:
    """A business function's mailbox: every word of the local part (before a `+tag`) names a
    function or a team (`support`, `no-reply`, `accounts.payable`, `hr-ops`), none a person."""
    local = local.partition("+")[0].lower()
    return local in _ROLE_MAILBOXES or _ROLE_MAILBOXES.issuperset(_MAILBOX_WORD_SEPARATORS.split(local))


def _message_id(local: str) -> bool:
    """A Message-ID's random left part (`CA+1MlnZnhKJlxkzGcDguOE`, SES's hex and dashes, SendGrid's
    `OehWMPLAhEcdiEhE`): a dozen characters, digits or capitals scattered among them, no name's
    dots (`<jane@x.com>` is an address in brackets)."""
    return (
        len(local) >= 12
        and "." not in local
        and (sum(c.isdigit() for c in local) >= 3 or sum(c.isupper() for c in local[1:]) >= 4)
    )


def validate_always(_text: str) -> int:
    return STRONG


# What someone types into an address box before picking a suggestion: the house number first
# (`193 knockb`, `Blk 269 Tampines`, `75 bis impass`), or a street then its number (`Am Markt 1`,
# `Kauppakatu 59`, `Rua Augusta, 1412`). Read as an address under a search key only (`input`,
# `q`): elsewhere `2 items` or `Air Max 90` is what it says.
_TYPED_NUMBER_FIRST = re.compile(
    r"(?:(?:blk|block|lot|unit|apt|no\.?|nr\.?) ?)?\d{1,5}[a-z]?(?: ?(?:bis|ter))?,? +"
    r"([^\W\d_][\w'\u2019.-]*)(?: +[^\W\d_][\w'\u2019.-]*){0,4} *",
    re.IGNORECASE,
)
_TYPED_NUMBER_LAST = re.compile(
    r"((?:[^\W\d_][\w'\u2019.-]* +){0,4}[^\W\d_][\w'\u2019.-]*),? +(?:nr\.? ?|no\.? ?|# ?)?(\d{1,5})[a-z]?",
    re.IGNORECASE,
)
_UNIT_STARTS = frozenset(("bl", "lo", "un", "ap", "no", "nr"))  # _TYPED_NUMBER_FIRST's first words
# Counts and measures, not streets: `18 km`, `2 items`, `3 nights`.
_NOT_STREETS = frozenset(
    (
        *("km", "mi", "miles", "kg", "g", "lb", "lbs", "ml", "l", "gb", "tb", "mb", "cm", "mm", "m"),
        *("in", "inch", "inches", "ft", "min", "mins", "minutes", "hours", "hrs", "days", "nights"),
        *("weeks", "months", "years", "items", "pcs", "pack", "people", "guests", "adults", "stars"),
        *("x", "for", "of", "and", "or", "to", "off", "per", "percent", "results", "year", "day"),
    )
)
# A street's own word, alone or at the end of one word (`Sonnenallee`, `Drottninggatan`).
_STREET_WORDS = frozenset(
    (
        *("calle", "carrera", "avenida", "avda", "av", "rua", "via", "viale", "corso", "carrer"),
        *("paseo", "rambla", "travessa", "alameda", "estrada", "rue", "boulevard", "boul", "bd"),
        *("ul", "ulica", "aleja", "al", "prosp", "vul", "str", "street", "st", "road", "rd", "avenue"),
        *("ave", "lane", "ln", "drive", "dr", "way", "court", "ct", "close", "crescent", "place"),
        *("blvd", "hwy", "highway", "terrace", "parade", "square", "privada", "calzada", "aleea"),
    )
)
_STREET_ENDINGS = (
    *("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "allé", "straat", "laan"),
    *("gracht", "plein", "kade", "vägen", "vagen", "gatan", "gata", "gränd", "veien", "vegen"),
    *("gaten", "gate", "vej", "vejen", "gade", "katu", "tie", "kuja", "ring", "damm", "ufer"),
)


def typed_address(text: str) -> bool:
    """Whether a short text is an address being typed (_TYPED_NUMBER_FIRST, _TYPED_NUMBER_LAST)."""
    # Most values fail at once: a house number or a unit's word starts it, or a number ends it.
    if " " not in text or not (
        text[0].isdigit() or text[-1].isdigit() or text[-2:-1].isdigit() or text[:2].lower() in _UNIT_STARTS
    ):
        return False
    found = _TYPED_NUMBER_FIRST.fullmatch(text)
    if found is not None:
        return found.group(1).lower() not in _NOT_STREETS
    found = _TYPED_NUMBER_LAST.fullmatch(text)
    if found is None or (len(found.group(2)) == 4 and found.group(2)[:2] in ("19", "20")):
        return False  # `Fall 2024`: a year
    words = found.group(1).lower().split()
    return (
        any(word.rstrip(".") in _STREET_WORDS for word in words)
        or words[-1].endswith(_STREET_ENDINGS)
        or (len(words) > 1 and found.group(1)[0].isupper())
    )


def validate_weak(_text: str) -> int:
    """Evidence of a whole value only (names.py's lists, street-first addresses)."""
    return WEAK


# A pattern with this validator matches whole values only: it is left out of the search set, which
# every prose value and token runs through (national_ids.WHOLE).
WHOLE_VALUES_ONLY = "national id, whole values"
# And this one in prose only: it is left out of whole-value matching, so what it finds is free
# text's (`gate code 1234` is a note that carries a code, however short).
IN_PROSE_ONLY = "in prose only"
# And this one is read with Python's re, on a short value in capitals that the sets found nothing
# in, and weakly (a whole column must agree; no validator runs): a vehicle's plate, whose open
# shapes would cost every value in the sets.
AFTER_THE_SETS = "whole values, after the sets"

VALIDATORS: dict[str, Callable[[str], int]] = {
    "card": validate_card,
    "ssn": validate_ssn,
    "iban": validate_iban,
    "nz bank": validate_nz_bank,
    "orcid": validate_orcid,
    "phone": validate_phone,
    "ip": validate_ip,
    "mac": validate_mac,
    "jwt": validate_jwt,
    "national id": national_ids.validate,
    WHOLE_VALUES_ONLY: national_ids.validate,
    "email": validate_email,
    "geo": validate_geo,
    "imei": validate_imei,
    "mrz": validate_mrz,
    "person name": validate_person_name,
    "always": validate_always,
    IN_PROSE_ONLY: validate_always,
    "weak": validate_weak,
}


@dataclass(frozen=True)
class ValuePattern:
    """One value matcher as the scanner needs it: its name, RE2 pattern and validator."""

    name: str
    pattern: str
    validator: str = "always"
    custom: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class ValueHit:
    kind: str
    matcher: str | None = None
    weak: bool = False


# Hits are shared, never built per value (a frozen dataclass costs a microsecond to build): one
# per kind for values that matched nothing, one per kind, matcher and strength for the rest. So
# a hit is its own identity, and the engine looks hits up by it (no field hashing per value).
_PLAIN = {kind: ValueHit(kind) for kind in ALL_KINDS}
PLAIN_WORD = _PLAIN[WORD]
_HITS: dict[tuple[str, str | None, bool], ValueHit] = {}


def _hit(kind: str, matcher: str | None, weak: bool = False) -> ValueHit:
    key = (kind, matcher, weak)
    hit = _HITS.get(key)
    if hit is None:
        hit = _HITS[key] = ValueHit(kind, matcher, weak)
    return hit


def re2_options() -> re2.Options:
    options = re2.Options()
    # Invalid custom patterns are reported to the caller; RE2 must not also log them to stderr.
    options.log_errors = False
    return options


# Nouns after an illness's name that make it an institution's or a campaign's: a cancer centre,
# a diabetes charity, an autism awareness month. (Not a clinic, a ward or a care plan: someone
# attends or has one.)
_INSTITUTIONS = frozenset(
    (
        *("center", "centre", "centers", "centres", "institute", "hospital", "society", "foundation"),
        *("research", "trust", "association", "alliance", "council", "charity", "network", "awareness"),
    )
)


class ValueScanner:
    """Compiles every value matcher once into two RE2 sets: anchored (whole value) and search."""

    def __init__(
        self,
        patterns: list[ValuePattern],
        words: dict[str, str] | None = None,
        prose: dict[str, str] | None = None,
    ):
        options = re2_options()
        # Whole values that are evidence as they are (matchers.value_words): weak, as words.
        self._words = {word: _hit(WORD, name, True) for word, name in (words or {}).items()}
        # Words that carry a matcher's datum inside prose (matchers.PROSE_WORDS), as written there.
        # One hit per word, not per form: there are some forty forms of each word.
        prose = prose or {}
        self._prose: dict[str, ValueHit] = {}
        for word, name in prose.items():
            self._prose.update(dict.fromkeys(names.as_written((word,)), _hit(TEXT, name)))
        # Two-word terms (`ear pain`, `food poisoning`) are found as pairs of prose words: their
        # last word, as written, says a sentence may hold one (_prose_pair).
        self._pairs = {
            tuple(word.split(" ")): _hit(TEXT, name) for word, name in prose.items() if word.count(" ") == 1
        }
        self._pair_ends = names.as_written(frozenset(last for _, last in self._pairs))
        # Such a word alone is the datum too: `conditions[]: "asthma"`.
        alone = {name: _hit(WORD, name, True) for name in prose.values()}
        for form, hit in self._prose.items():
            self._words.setdefault(form, alone[hit.matcher])
        # Those in Chinese, Japanese and Korean, whose sentences have no spaces to split words at:
        # searched for inside a value that is not ASCII. (Not `がん`, cancer: it opens `がんばって`.)
        in_script = sorted((w for w in prose if _CJK.search(w) and w != "がん"), key=len, reverse=True)
        self._in_script = re2.compile("|".join(map(re.escape, in_script)), options) if in_script else None
        self._longest_word = max(map(len, self._words), default=0)
        self.defaults = [p for p in patterns if not p.custom and p.validator != AFTER_THE_SETS]
        self._after_the_sets = [
            (re.compile(p.pattern), _hit(STRING, p.name, True))
            for p in patterns
            if not p.custom and p.validator == AFTER_THE_SETS
        ]
        # A plate inside a sentence, by the shapes no word or code of prose takes (_PLATE_IN_PROSE).
        plates = any(hit.matcher == "license" for _, hit in self._after_the_sets)
        self._plate_in_text = _hit(TEXT, "license") if plates else None
        self.customs = [p for p in patterns if p.custom]
        self._regexes = [re2.compile(p.pattern, options) for p in self.defaults]
        self._validators = [VALIDATORS[p.validator] for p in self.defaults]
        self._full = _compile_set(re2.Set.FullMatchSet(options), self.defaults)
        self._prose_only = frozenset(i for i, p in enumerate(self.defaults) if p.validator == IN_PROSE_ONLY)
        # Search-set index -> index in self.defaults.
        self._searched = [i for i, p in enumerate(self.defaults) if p.validator != WHOLE_VALUES_ONLY]
        self._search = _compile_set(re2.Set.SearchSet(options), [self.defaults[i] for i in self._searched])
        self._custom = _compile_set(re2.Set.SearchSet(options), self.customs) if self.customs else None
        # Shapes recognised before any set runs name these matchers directly.
        defined = {p.name for p in self.defaults}
        self._card = "credit card" if "credit card" in defined else None
        self._ip = "ip" if "ip" in defined else None
        self._phone = "phone" if "phone" in defined else None
        self._serial = "serial" if "serial" in defined else None
        self._national_id = _hit(NUMERIC, "national id", True) if "national id" in defined else None
        self._whole_national_id = _hit(STRING, "national id")
        self._postcode = _hit(STRING, "zipcode", True) if "zipcode" in defined else None
        self._national_address = _hit(TEXT, "address") if "address" in defined else None
        self._hl7_patient = _hit(TEXT, "name") if "name" in defined else None
        upi = "bank account" if "bank account" in defined else None
        self._upi_whole = _hit(STRING, upi) if upi else None
        self._upi_in_text = _hit(TEXT, upi) if upi else None
        self._clabe = _hit(NUMERIC, upi, True) if upi else None
        self._name = "name" if "name" in defined else None
        # The whole-value pattern of a person's name (names.PATTERN), by its validator.
        self._name_pattern = next(
            (i for i, p in enumerate(self.defaults) if p.validator == "person name"), None
        )
        self.listed_name = _hit(LISTED, self._name, True)
        # Each matcher's hits, built once: by strength for whole tokens, strong only in text.
        self._whole_hits = [(None, _hit(STRING, p.name, True), _hit(STRING, p.name)) for p in self.defaults]
        self._text_hits = [_hit(TEXT, p.name) for p in self.defaults]
        self._weak_ip = _hit(VERSION, self._ip, True)
        self._bare_mobile = _hit(NUMERIC, self._phone, True) if self._phone else None
        self._whole_name = _hit(STRING, self._name)
        self._typed_name = _hit(STRING, self._name, True)
        self._slug_name = _hit(URL, self._name)

    def scan(self, value: str) -> ValueHit:
        """The value's kind and the best validated value matcher it satisfies (or None).

        Not cached here: the engine caches observations of values that matched nothing, so
        personal data is never kept beyond the call that saw it.
        """
        if len(value) > MAX_SCANNED_CHARS:
            value = value[:MAX_SCANNED_CHARS]
        if self._custom is not None:
            found = self._custom.Match(value)
            if found:
                return _hit(TEXT if " " in value.strip() else STRING, self.customs[min(found)].name)
        text = value.strip()
        if not text:
            return _PLAIN[EMPTY]
        size = len(text)
        if size == 36 and text[8] == "-" and text[23] == "-" and _UUID.fullmatch(text):
            return _PLAIN[UUID]
        # Hex ids and hashes, but not an IBAN that happens to start with hex letters (DE89…). The
        # hex test first: most long values fail it at their first letters.
        if size >= 16 and not text.isdigit() and _HEX.fullmatch(text) and not _IBAN_SHAPE.match(text):
            return _PLAIN[HEX]
        first = text[0]
        # Masked numbers open with their mask or their first digits (`516732******6347`).
        if (first in _MASK_FIRST or (first.isdigit() and "*" in text)) and _MASKED.fullmatch(text):
            return _PLAIN[MASKED]
        # A USSD code dialled with a number in it (`*858*08071922354*1#`, a transfer of airtime or
        # money to that number).
        if (
            first == "*"
            and text[-1] == "#"
            and self._phone
            and _USSD.fullmatch(text)
            and any(_BARE_MOBILE.fullmatch(part) for part in text[1:-1].split("*"))
        ):
            return _hit(STRING, self._phone)
        if first.isdigit():
            if text.isdigit():
                # A digit run has no dot, separator, space or letter for the checks below. Of all
                # default matchers only a card number, an IMEI or a national id is one.
                if 13 <= size <= 19 and (strength := validate_card(text)):
                    return _hit(NUMERIC, self._card, strength == WEAK)
                if size == 15 and self._serial and validate_imei(text):
                    return _hit(NUMERIC, self._serial, True)
                if (
                    size in national_ids.DIGIT_LENGTHS
                    and self._national_id
                    and national_ids.validate_digits(text)
                ):
                    return self._national_id
                if 11 <= size <= 14 and self._bare_mobile is not None and _BARE_MOBILE.fullmatch(text):
                    return self._bare_mobile
                if size == 18 and self._clabe is not None and validate_clabe(text):
                    return self._clabe
                return _PLAIN[NUMERIC]
            # Valid IPv4 addresses are common and unique per user: the answer the version branch
            # below would reach through validate_ip (weak unless four single digits); not a date.
            if _IPV4.fullmatch(text):
                return self._weak_ip if size > 7 else _PLAIN[VERSION]
            if "," in text and text[-1].isdigit() and _IPV4_CHAIN.fullmatch(text):
                return self._weak_ip  # `88.166.39.179, 135.19.61.2`
            # Dates have a separator at position 2 or 4 (or are compact ISO); skip the regex
            # otherwise.
            if (
                text[2:3] in _DATE_SEPARATORS
                or text[4:5] in ("-", "/")
                or (text[4:5] == "." and text[:4].isdigit())
                or text[8:9] == "T"
            ) and _DATE.fullmatch(text):
                return _PLAIN[DATE]
        if " " in text or "\t" in text or "\n" in text or "\r" in text:
            if first in _FREEPHONE_FIRST and _freephone(text, size):
                return _PLAIN[ORG]  # `0800 138 1111`: a business's freephone line
            return self._scan_text(text)
        if text.isalpha():
            lowered = text.lower()
            # A country or language code in capitals (`MX`, `SR`) is not the word it spells; an
            # airline's titles are in capitals (`MR`, `MS`, as IATA writes them).
            hit = (
                None
                if size == 2 and text.isupper() and lowered not in _TITLES_IN_CAPITALS
                else self._words.get(lowered)
            )
            if hit is None and lowered not in _BOOL_WORDS and self._name and names.listed(text):
                # A name on its own is a person's only where the key asks for one (a search box):
                # the engine decides (engine.KeyFacts.search); so not cached either way.
                return self.listed_name
            if hit is None and self._name and names.script_name(text):
                return self._typed_name  # `高橋花子`
            if hit is None and not text.isascii() and self._name and names.honoured_in(text):
                return _hit(TEXT, self._name)  # `佐藤さんが来訪`, `美咲ちゃんは`
            if hit is None and not text.isascii() and (inside := self._in_script_prose(text)):
                return inside  # `病人主訴皮膚癢`
            return hit or _PLAIN[BOOLSTR if lowered in _BOOL_WORDS else WORD]
        # From here on the token is neither a UUID nor a hex id (the first checks would have said
        # so) nor a yes/no word (no character that is not a letter lowercases to one).
        if text.startswith(_NUMBER_SCHEMES):
            # One scheme only: a value of schemes repeated must not recurse.
            number = text[text.index(":") + 1 :]
            hit = _PLAIN[STRING] if number.startswith(_NUMBER_SCHEMES) else self.scan(number)
            if hit.matcher is not None:
                return hit
        if text.startswith(_URL_PREFIXES):
            # A query string, an address, an incoming webhook's secret path or a link's token as
            # its last segment (`/act/81f2f9b3…`: matchers._TOKEN_FORMATS).
            if "?" in text or "@" in text or "%40" in text or "hooks" in text or _TOKEN_PATH.search(text):
                hit = self._inside_token(text, URL)
                if hit.matcher is not None:
                    return hit
            if self._name and names.slug_name(text):
                return self._slug_name
            return _PLAIN[URL]
        if (first == "/" or text[1:3] == ":\\") and self._name and names.named_path(text):
            return self._whole_name
        if first == "-" and text[1:2].isdigit() and _NUMBER_TEXT.fullmatch(text):
            return _PLAIN[NUMERIC]  # `-33.868820`: a number sent as text
        if first.isdigit():
            dot = text.find(".")
            if 0 < dot <= 3 and size - dot > 4 and text.count(".") == 1 and _NUMBER_TEXT.fullmatch(text):
                # `37.774929`: a coordinate or a measure sent as text; no version has a four-digit
                # part after its first dot.
                return _PLAIN[NUMERIC]
            if _VERSION.fullmatch(text):
                # Four parts may be an IPv4 address, twelve characters a dotted phone number.
                if text.count(".") == 3 and (strength := validate_ip(text)):
                    return _hit(VERSION, self._ip, strength == WEAK)
                # A CPF, a RUT or a Belgian national number reads like a prerelease version, a
                # Swiss AHV number like a four-part one; a RUT's twelve characters like a dotted
                # phone number too (`23.345.379-K`), so its check digit is tried first.
                if (
                    ("-" in text or text.startswith("756."))
                    and self._national_id
                    and national_ids.validate(text)
                ):
                    return self._whole_national_id
                if size == 12 and validate_phone(text):
                    return _hit(VERSION, self._phone)
                return _PLAIN[VERSION]
            if _NUMBER_TEXT.fullmatch(text):
                return _PLAIN[NUMERIC]
        at = "@" in text
        # A document named after its owner (`CV_ROBINSON_Latoya.pdf`) names them whole.
        if not at and "." in text[-5:] and self._name and names.named_file(text):
            return self._whole_name
        if "=" in text or "%" in text:
            # A query string or a percent-encoded value: `?ref=sms&phone=%2B14155550123`.
            hit = self._inside_token(text, STRING)
            if hit.matcher is not None:
                return hit
        # An @ is itself the mark _worth_matching looks for first.
        if not at and not _worth_matching(text):
            if "-" in text:
                if len(text) <= self._longest_word and (hit := self._words.get(text.lower())):
                    return hit  # `Trump-Vance`, `ZANU-PF`: a hyphenated value word
                if self._name and (names.owned_host(text) or (text.islower() and names.named_slug(text))):
                    return self._whole_name
            if "\u3000" in text and self._name and names.script_name(text):
                return self._typed_name  # `橋本　愛`, with an ideographic space
            if not text.isascii() and self._name and names.honoured_in(text):
                return _hit(TEXT, self._name)  # `美咲ちゃんは砂場で友達と…。`: prose without spaces
            if not text.isascii() and (inside := self._in_script_prose(text)):
                return inside  # `透析中血壓偏低 100ml`
            if size <= _LONGEST_SHAPE and text.isupper() and (shaped := self._shaped(text)):
                return shaped  # `CN-630-YB`, `2-HZX-442`
            return _PLAIN[CODE if text[-1].isdigit() and _CODE.fullmatch(text) else STRING]
        hit = self._full_match(text)
        if (
            hit.matcher is None
            and 5 <= size <= 7
            and self._postcode is not None
            and _POSTCODE_RUN_TOGETHER.fullmatch(text)
        ):
            return self._postcode  # `LS175ND`: weak, a whole value only
        if (
            hit.matcher is None
            and size <= _LONGEST_SHAPE
            and text.isupper()
            and (shaped := self._shaped(text))
        ):
            return shaped  # `PO71YVP`
        if hit.matcher is None and first in _FREEPHONE_FIRST and _freephone(text, size):
            return _PLAIN[ORG]  # `1-888-555-0142`, `(800) 555-0199`: a business's freephone line
        if hit.matcher is None and at:
            if self._upi_whole is not None and _upi_address(text):
                return self._upi_whole
            if _role_mailbox(text[: text.index("@")]):
                return _PLAIN[ORG]  # `billing@globex.com`: the company's, not a person's
            if text[0] == "<" and text[-1] == ">":
                if _message_id(text[1 : text.index("@")]):
                    return _PLAIN[STRING]  # `<1sujTr4W1bqGo13c@ismtpd0042p1lon1.sendgrid.net>`
                # An address in brackets alone is as often a message's id (`<CAF=9x+ab12@mail.
                # gmail.com>`): weak, so a `message_id` key's values are not a mailbox's.
                hit = self._inside_token(text, STRING)
                return _hit(STRING, hit.matcher, True) if hit.matcher is not None else hit
            # An address inside a token: `mailto:jane@x.com?subject=hi`.
            return self._inside_token(text, STRING)
        return hit

    def _full_match(self, text: str) -> ValueHit:
        """The first matcher, in scanning order, whose pattern matches the whole token and whose
        validator accepts it."""
        found = self._full.Match(text)
        if found:
            if len(found) > 1:
                found.sort()
            validators, hits = self._validators, self._whole_hits
            for index in found:
                if index in self._prose_only:
                    continue
                strength = validators[index](text)
                if strength:
                    return hits[index][strength]
        return _PLAIN[STRING]

    def _scan_text(self, text: str) -> ValueHit:
        # A document named after its owner (`CV Darnell Tanaka 2024.docx`) names them whole; so
        # does a path in their home directory (`C:\\Users\\Priya Haddad\\AppData\\…`).
        if "." in text[-5:] and self._name and names.named_file(text):
            return self._whole_name
        if text[1:3] == ":\\" and self._name and names.named_path(text):
            return self._whole_name
        if text.startswith("MSH|") and "PID|" in text and self._hl7_patient is not None:
            # An HL7 v2 message with its patient identification segment: the patient's name,
            # identifiers and date of birth (`PID|1||76419385^^^HOSP^MR||IYER^FATIMA||19510605|F`).
            return self._hl7_patient
        if names.organisation(text):
            return _PLAIN[ORG]
        if len(text) <= self._longest_word and (hit := self._words.get(text.lower())):
            return hit
        # Prose without a digit, an @ or a key marker cannot hold any default value matcher but a
        # person's name.
        unmarked = (
            "@" not in text
            and _DIGIT.search(text) is None
            and "-----BEGIN" not in text
            and "eyJ" not in text
            and "Bearer" not in text
            and "bearer" not in text
        )
        if unmarked and not names.may_be_a_name(text):
            return self._named_in(text)
        # Formatted values with spaces (cards, phones, IBANs, addresses, "Bearer …") have few of
        # them; prose has many and goes straight to the search.
        if text.count(" ") <= 6:
            whole = self._whole_name_match(text) if unmarked else self._full_match(text)
            if whole.matcher is not None:
                return whole
            if len(text) <= _LONGEST_SHAPE and text.isupper() and (shaped := self._shaped(text)):
                return shaped  # `SG70 LCK`, `FR 724 BV`
            if not unmarked and self._name and names.dedicated(text):
                return self._whole_name  # `Sakura 1988-2018`, as engraved
        index = self._strong_in(text)
        if index is not None:
            return self._text_hits[index]
        if self._upi_in_text is not None and "@" in text and _upi_address(text):
            return self._upi_in_text  # `VPA ishita.reddy@okicici is not registered`
        if self._national_address is not None and national_address(text):
            return self._national_address
        return self._named_in(text)

    def _shaped(self, text: str) -> ValueHit | None:
        """The first AFTER_THE_SETS pattern that the whole short value matches."""
        return next((hit for regex, hit in self._after_the_sets if regex.fullmatch(text)), None)

    def _whole_name_match(self, text: str) -> ValueHit:
        """_full_match for a text shaped like a name (names.may_be_a_name) with no digit or mark:
        of the default patterns only the name's can match it whole, so the set need not run."""
        index = self._name_pattern
        if index is not None and (strength := self._validators[index](text)):
            return self._whole_hits[index][strength]
        return _PLAIN[STRING]

    def _strong_in(self, text: str) -> int | None:
        """The first default matcher (in priority order) with strong evidence somewhere in the text.

        Inside prose only strong evidence counts: a digit run in a sentence is not a card.
        """
        found = self._search.Match(text)
        if not found:
            return None
        # re2 iterates UTF-8 bytes at half the cost of str, whose match offsets it maps back to
        # characters in Python; a match never splits a character, so its bytes decode.
        encoded = text.encode()
        searched = self._searched
        for index in sorted(searched[i] for i in found):
            validator = self._validators[index]
            if validator is validate_always:
                # The set found the pattern in the text, so its first match is there to accept.
                return index
            for match in self._regexes[index].finditer(encoded):
                if validator(match.group().decode()) == STRONG and not (
                    validator in _PART_OF_A_PHONE and _in_a_longer_number(encoded, match.start(), match.end())
                ):
                    return index
        return None

    def _named_in(self, text: str) -> ValueHit:
        if self._name and (names.typed_name(text) or names.script_name(text)):
            return self._typed_name
        # Prose naming a person (`@Olga Müller can you review…`) or telling of their health
        # (`Diagnosed with dyslexia in 2019`): text evidence, which flags a path only when most
        # of its values carry it (engine._IN_MOST_VALUES).
        words = text.lower().split()
        if self._name and names.named_in(text, words):
            return _hit(TEXT, self._name)
        if self._prose and not self._prose.keys().isdisjoint(words):
            told = self._told_in(words)
            if told is not None:
                return told
        if not self._pair_ends.isdisjoint(words) and (pair := self._prose_pair(words)):
            return pair  # `surfaced with ear pain`
        if not text.isascii() and (inside := self._in_script_prose(text)):
            return inside  # `右膝の痛みを訴えあり。湿布貼付。`
        if self._name and names.searched_name(text):
            # A name to a search box only, the engine decides; not cached either way.
            return self.listed_name  # `declan murphy 1927`
        if (
            self._plate_in_text is not None
            and _DIGIT.search(text)
            and (
                _PLATE_IN_PROSE.search(text) or (not _PLATE_WORDS.isdisjoint(words) and _names_a_plate(text))
            )
        ):
            return self._plate_in_text  # `Van PO71YVP reversed into the parked car`
        return _PLAIN[TEXT]

    def _told_in(self, words: list[str]) -> ValueHit | None:
        """The hit of the first prose word that is not an institution's name (`Lakeshore Cancer
        Center`, `Diabetes UK`'s `Diabetes Research`)."""
        prose = self._prose
        for at, word in enumerate(words):
            if word in prose and (at + 1 == len(words) or words[at + 1] not in _INSTITUTIONS):
                return prose[word]
        return None

    def _prose_pair(self, words: list[str]) -> ValueHit | None:
        """The hit of the first two-word prose term in a sentence's lower-cased words."""
        pairs = self._pairs
        for before, word in pairwise(words):
            hit = pairs.get((before.lstrip('("'), word.rstrip(_CLOSING)))
            if hit is not None:
                return hit
        return None

    def _in_script_prose(self, text: str) -> ValueHit | None:
        # Most text that is not ASCII is accented Latin: one pass over a character class says so
        # before the alternation of words is tried.
        if self._in_script is None or _CJK.search(text) is None:
            return None
        found = self._in_script.search(text)
        return self._prose[found.group()] if found is not None else None

    def _inside_token(self, text: str, kind: str) -> ValueHit:
        """Strong evidence anywhere in a URL or a token, once percent-decoded: an e-mail, a
        phone number with its +, a JWT or a key in a query string. Digit runs (weak) do not count:
        paths and ids in URLs are full of them."""
        decoded = unquote(text)
        index = self._strong_in(decoded)
        if index is not None:
            return _hit(kind, self.defaults[index].name)
        if self._phone and "=" in decoded and _NUMBER_PARAMETER.search(decoded) is not None:
            return _hit(kind, self._phone)  # `/r/receipt?msisdn=491770695309&tx=…`
        return _PLAIN[kind]


# Digit groups a phone number written in prose can hold: Germany's `+49 170 41387045` passes
# Luhn, and Argentina's `011 15 1823 9115` starts like an SSN.
_PART_OF_A_PHONE = (validate_card, validate_ssn)


def _in_a_longer_number(encoded: bytes, start: int, end: int) -> bool:
    """Whether a match inside prose is part of a number: after a `+`, or with another group of
    digits before or after it."""
    before = encoded[max(start - 2, 0) : start]
    after = encoded[end : end + 2]
    return (
        before[-1:] == b"+"
        or (len(before) == 2 and before[1:] in (b" ", b"-") and before[:1].isdigit())
        or (len(after) == 2 and after[:1] in (b" ", b"-") and after[1:].isdigit())
    )


# A query string's parameter that names a phone number, with the number's digits alone.
_NUMBER_PARAMETER = re.compile(
    r"(?i)[?&](?:msisdn|phone|phone_?number|mobile|mobile_?number|tel|whatsapp|wa_?id)=\+?\d{9,15}(?:&|#|$)"
)
# A vehicle's plate inside a sentence (`Parking for B-AG 2083 stopped`, `saw SG70 LCK go through`):
# of the whole-value shapes (matchers' AFTER_THE_SETS license pattern), those prose's words, codes,
# years and units do not take: Britain's, France's, Belgium's, the Netherlands' side codes (with
# their dashes), Germany's, Kenya's spaced, California's. Not three letters and four digits (`ISO
# 9001`) nor four digits and three consonants (`1500 RPM`).
_PLATE_IN_PROSE = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|\d-[A-Z]{3}-\d{3}"
    r"|\d{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d"
    r"|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}"
    r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?|K[A-Z]{2} \d{3}[A-Z]|[1-9][A-Z]{3}\d{3})(?![\w-])"
)
# Any plate, letters and digits, right after the word for one (`I sold the vehicle with plate
# HRJ-7870`, `La patente JDRF56 no corresponde`), in English, Spanish, Portuguese, Dutch, German.
_PLATE_WORDS = frozenset(("plate", "patente", "placa", "matrícula", "matricula", "kenteken", "kennzeichen"))
_NAMED_PLATE = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(_PLATE_WORDS))}))(?: (?i:is|no|number|nr|nº))?[.:#]? "
    r"([A-Z0-9]{1,4}(?:[- ]?[A-Z0-9]{2,4}){1,2})(?![\w-])"
)


def _names_a_plate(text: str) -> bool:
    """A plate right after the word for one: letters and digits both (not `plate 3 of 4`)."""
    return any(
        _DIGIT.search(plate) and not plate.replace("-", "").replace(" ", "").isdigit()
        for plate in _NAMED_PLATE.findall(text)
    )


# The longest value an AFTER_THE_SETS pattern is tried on (a plate: `B-AG 2083E`).
_LONGEST_SHAPE = 10
# Regexes, not str.translate: translate looks every character up in a dict (~2 µs a value).
_DIGIT = re.compile(r"[0-9]")
_DATE_SEPARATORS = frozenset("/.-:")
# Prefixes of the well-known secret and token formats (matchers._SECRET_FORMATS, _TOKEN_FORMATS)
# and of JWTs.
SECRET_PREFIXES = (
    "AKIA",
    "ASIA",
    "gh",
    "github_pat_",
    "xox",
    "sk_",
    "rk_",
    "whsec_",
    "AIza",
    "glpat-",
    "SG.",
    "npm_",
    "sk-",
    "shp",
    "-----BEGIN",
    "hf_",
    "dop_v1_",
    "SK",
    "key-",
    "eyJ",
    "pm_",  # a Stripe PaymentMethod (matchers._TOKEN_FORMATS)
    "token_",  # a Razorpay saved card
    "AUTH_",  # Paystack's card authorisation
)


# Segments after which a link's last one may be its token (matchers._TOKEN_FORMATS).
ONE_TIME_LINK_SEGMENTS = "magic|verify|reset|activate|activation|act|invite|invitation|confirm|claim"
_TOKEN_PATH = re.compile(rf"/(?:{ONE_TIME_LINK_SEGMENTS})/")


def _worth_matching(token: str) -> bool:
    """Whether a token without spaces could satisfy any default value matcher at all.

    Each family has a mark: e-mail an @, MAC and IPv6 colons, lat/long a comma, secrets and JWTs
    a known prefix, IBANs two letters and two digits; cards, SSNs and phone numbers are digits
    and separators only; a Japanese address its prefecture. Ids that mix letters and digits
    (user_123456, INV-2024-0042) have none.
    """
    if len(token) in (14, 17) and (token[2] in ".:-" or token[4] == "."):
        return True  # MAC address shapes
    return (
        _MARKED.match(token) is not None
        or (len(token) >= 24 and token.startswith(_CLICK_ID_PREFIXES))
        or (not token.isascii() and not _PREFECTURES.isdisjoint(token))
    )


# Ad platforms' click ids and cookies (gclid, fbclid, _fbc, _fbp: matchers' `advertising id`), by a
# prefix test rather than a branch of _MARKED, which every token tries.
_CLICK_ID_PREFIXES = (
    "Cj0KC",
    "CjwKC",
    "Cj0KE",
    "CjwKE",
    "EAIaIQob",
    "IwAR",
    "IwZXh0bgNhZW0",
    "fb.1.",
    "fb.2.",
)


# Chinese characters, kana and Hangul: scripts written without spaces between words.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# The last character of a Japanese prefecture's name (東京都, 北海道, 大阪府, 神奈川県).
_PREFECTURES = frozenset("都道府県")


# The other marks as one regex tried at the token's start (one call instead of four): an @,
# colon or comma anywhere, a secret prefix, an IBAN's country and check digits, or digits and
# phone separators only with at least seven digits. Possessive repeats: giving characters back
# could never make a branch match (each repeat excludes what follows it), and not trying saves
# a third of the time on the ids that match nothing.
_MARKED = re.compile(
    "|".join(
        (
            "[^@:,]*+[@:,]",
            "(?:[^<]*+<)+?<",  # a passport's machine-readable zone: `P<KEN…`, `N5477695<4…<<`
            *map(re.escape, SECRET_PREFIXES),
            "[a-z]{2,4}_live_",  # other vendors' live keys (matchers._SECRET_FORMATS)
            r"[A-Z]{2}\d{2}",
            r"[ \-.()+/]*+(?:[0-9][ \-.()+/]*+){7,}+\Z",
            # National ids with letters: NRIC, NIE, PAN, codice fiscale, CURP, DNI, China's with
            # its X, the henkilötunnus, a RUT.
            *(rf"(?:{mark})\Z" for mark in national_ids.MARKS),
        )
    )
)


def _compile_set(target: re2.Set, patterns: list[ValuePattern]) -> re2.Set:
    for pattern in patterns:
        target.Add(pattern.pattern)
    target.Compile()
    return target
