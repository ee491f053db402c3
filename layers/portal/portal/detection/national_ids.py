"""Government identity numbers by their own structure: shape, embedded dates and check digits.

A value that passes is a national id (red) wherever it is, under any key. Formatted numbers and
ones with letters (`529.982.247-25`, `AB 12 34 56 C`, `RSSMRA85T10A562S`) are strong evidence;
those in IN_PROSE are found inside prose too. A bare digit run is weak: an order number passes a
single check digit one time in ten, so such a path is flagged only when its values pass
consistently (engine.VALUE_SHARE), never inside prose and never under an identifier's key.

Checks, by country: Brazil's CPF (two mod-11 digits), Poland's PESEL (date and weighted digit),
Turkey's T.C. Kimlik No (two digits), the Netherlands' BSN (11-proof), India's Aadhaar
(Verhoeff) and PAN (a person's: fourth letter P), South Africa's identity number (date and
Luhn), Thailand's citizen id (mod 11), China's resident id (date, ISO 7064 MOD 11-2), the UK's
National Insurance number (prefixes HMRC never issues excluded), Spain's DNI and NIE (mod-23
letter), Italy's codice fiscale (check letter), Mexico's CURP (check digit), France's NIR
(mod-97 key), Finland's henkilötunnus (mod-31 character), Sweden's personnummer (date and Luhn),
Korea's resident registration number, Singapore's NRIC/FIN, the UAE's Emirates ID (784 and
Luhn), Chile's RUT, Belgium's national number (mod 97), Taiwan's national identification number
(its letter's two digits and nine more, weighted, mod 10), Denmark's CPR number (a date; no
check digit since 2007, so only with its dash), Ireland's PPS number (mod-23 letter),
Switzerland's AHV number (756 and an EAN-13 check digit), Mexico's RFC for a person (date and
mod-11 character), Norway's fødselsnummer (date and two mod-11 digits), Estonia's isikukood
(date and two weight rounds), Ghana's card (its GHA prefix), Argentina's CUIL (a person's
prefix and a mod-11 digit), Germany's Steuer-IdNr (one digit repeated, ISO 7064 MOD 11,10) and
Guatemala's CUI (the DPI's number: a mod-11 digit, then a department and one of its
municipalities).
Indonesia's NIK (a region and a birth date) and Pakistan's CNIC (its dashes and a province's
digit) have no check digit: both are weak evidence, even the CNIC with its dashes.
"""

from collections.abc import Callable
from datetime import date

NONE, WEAK, STRONG = 0, 1, 2

# The formats with letters, or that a version or a card number could not be: written once, used
# by the patterns below and by the scanner's cheap pre-filter (MARKS).
_NRIC_NIE = r"[STFGXYZ]-?\d{7}-?[A-Z]"
_CODICE_FISCALE = r"[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]"
_PAN = r"[A-Z]{3}P[A-Z]\d{4}[A-Z]"
_CURP = r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d"
_DNI = r"\d{8}-?[A-Za-z]"  # (typed with its letter in lower case too: `60002447r`)
_CHINA_X = r"\d{17}[Xx]"  # China's, with the X check character
_HETU = r"\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]"
# Chile's RUT with its dots, or without them as many forms store it (`17109912-9`).
_RUT = r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{7,8}-[\dkK]"
_PPSN = r"\d{7}[A-W][ABHW]?"
_TAIWAN = r"[A-Z][1289]\d{8}"  # (8 and 9: residents' numbers since 2021)
# Pakistan's CNIC: a province's digit (1-7), the rest of the area's code, a family number and a
# last digit that says the holder's sex (`35202-1735156-7`).
_CNIC = r"[1-7]\d{4}-\d{7}-\d"
_CNIC_SHAPE = "99999-9999999-9"
# Ghana's card: the country's code, nine digits and a last one (`GHA-163803814-5`), with or
# without its dashes.
_GHANA = r"GHA-?\d{9}-?\d"
# Mexico's RFC for a person: four letters of the name, the date of birth, a homoclave of two and
# a check character (`GODE561231GR8`). (A company's has three letters: not a person's.)
_RFC = r"[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A]"
# Argentina's CUIL (a person's tax and social-security number): 20, 23, 24 or 27, the DNI's eight
# digits and a mod-11 check digit (`27-42816323-6`). A company's CUIT starts 30, 33 or 34.
_CUIL = r"2[0347]-\d{8}-\d"

# Formatted numbers and numbers with letters, as RE2 finds them in a value or in prose. Bare digit
# runs are not here: values.ValueScanner hands them to validate_digits.
IN_PROSE = "|".join(
    rf"\b(?:{pattern})\b"
    for pattern in (
        r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]",  # NINO
        _NRIC_NIE,
        _CODICE_FISCALE,
        r"\d{3}\.\d{3}\.\d{3}-\d{2}",  # CPF
        _PAN,
        _CURP,
    )
)
# Formats that start with a digit run, recognised as whole values only: searched for inside prose
# they cost every value the search set sees about 3 % more instructions (measured with
# cachegrind), and prose rarely carries them.
WHOLE = "|".join(
    (
        _DNI,
        r"[2-9]\d{3} \d{4} \d{4}",  # Aadhaar
        _CHINA_X,
        r"[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}",  # NIR
        _HETU,
        r"(?:\d{2})?\d{6}[-+]\d{4}",  # personnummer
        r"\d{6}-[1-8]\d{6}",  # resident registration number
        r"784-\d{4}-\d{7}-\d",  # Emirates ID
        _RUT,
        r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}",  # Belgian national number
        r"\d-\d{4}-\d{5}-\d{2}-\d",  # Thai citizen id
        _PPSN,
        r"756\.\d{4}\.\d{4}\.\d{2}",  # AHV number
        _TAIWAN,
        _CNIC,
        _GHANA,
        _RFC,
        _CUIL,
        r"[1-9]\d \d{3} \d{3} \d{3}",  # Steuer-IdNr as its letters print it
        r"\d{4} \d{5} \d{4}",  # Guatemala's CUI as the DPI prints it
    )
)
# Whole-value shapes the scanner's cheap pre-filter (values._MARKED) must let through to the sets:
# the others are digits and separators, or start with an IBAN's two letters and two digits.
MARKS = (_NRIC_NIE, _PAN, _CODICE_FISCALE, _CURP, _DNI, _CHINA_X, _HETU, _RUT, _PPSN, _TAIWAN, _GHANA, _RFC)

# Lengths of the digit-only numbers validate_digits knows.
DIGIT_LENGTHS = frozenset((9, 11, 12, 13, 15, 16, 18))


def validate(text: str) -> int:
    """STRONG for a formatted or lettered national id that passes its checks, WEAK for a bare digit
    run that does, NONE otherwise."""
    if text.isdigit():
        return validate_digits(text)
    compact = text.replace(" ", "")
    shape = _shape(compact)
    if shape == _CNIC_SHAPE:
        # Pakistan's CNIC has no check digit and M-Pesa's conversation ids share its shape
        # (`58444-7023536-1`): weak, so never under an id's key and only where a column agrees.
        return WEAK if "1" <= text[0] <= "7" else NONE
    checks = _BY_SHAPE.get(shape, ())
    return STRONG if any(check(text, compact) for check in checks) else NONE


def validate_digits(digits: str) -> int:
    """WEAK when a digit run is a national id of its length (never STRONG: see the module)."""
    if len(set(digits)) < 3:
        return NONE
    return WEAK if any(check(digits) for check in _BY_LENGTH.get(len(digits), ())) else NONE


def _shape(compact: str) -> str:
    """Letters as A, digits as 9, the rest as they are: `529.982.247-25` -> `999.999.999-99`."""
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in compact)


def _digits(text: str) -> list[int]:
    return [int(c) for c in text if c.isdigit()]


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _luhn(digits: str) -> bool:
    total = 0
    for index, c in enumerate(reversed(digits)):
        n = int(c)
        if index % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


# -- digit runs ---------------------------------------------------------------------------------


def _cpf(digits: str) -> bool:
    d = _digits(digits)
    first = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
    second = sum(d[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
    return d[9] == first and d[10] == second


def _pesel(digits: str) -> bool:
    d = _digits(digits)
    if (10 - sum(w * n for w, n in zip((1, 3, 7, 9) * 3, d[:10], strict=False)) % 10) % 10 != d[10]:
        return False
    month = d[2] * 10 + d[3]
    century = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}
    year = century[d[2]] + d[0] * 10 + d[1]
    return _valid_date(year, month % 20, d[4] * 10 + d[5])


def _fodselsnummer(digits: str) -> bool:
    """Norway's fødselsnummer, `DDMMYYIIICC`: a date (a D-number's day plus 40) and two mod-11
    check digits."""
    d = _digits(digits)
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(w * n for w, n in zip(weights, d, strict=False)) % 11
        if (0 if check == 11 else check) != d[at]:
            return False
    day, month, year = int(digits[:2]) % 40, int(digits[2:4]), int(digits[4:6])
    return _valid_date(1900 + year, month, day) or _valid_date(2000 + year, month, day)


def _isikukood(digits: str) -> bool:
    """Estonia's (and Lithuania's) personal code, `GYYMMDDSSSC`: the century and sex (1-6), a date
    and a check digit by two rounds of weights."""
    d = _digits(digits)
    if not 1 <= d[0] <= 6:
        return False
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        check = sum(w * n for w, n in zip(weights, d, strict=False)) % 11
        if check < 10:
            break
    else:
        check = 0
    year = 1800 + 100 * ((d[0] - 1) // 2) + int(digits[1:3])
    return check == d[10] and _valid_date(year, int(digits[3:5]), int(digits[5:7]))


def _personnummer_digits(digits: str) -> bool:
    """Sweden's personnummer with its century, `YYYYMMDDNNNC`, as e-ID services send it."""
    return digits[:2] in ("19", "20") and _personnummer(digits, digits)


def _kimlik(digits: str) -> bool:
    d = _digits(digits)
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[0] != 0 and d[9] == tenth and d[10] == sum(d[:10]) % 10


def _bsn(digits: str) -> bool:
    d = _digits(digits)
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def _aadhaar(digits: str) -> bool:
    d = _digits(digits)
    if d[0] < 2:
        return False
    check = 0
    for index, n in enumerate(reversed(d)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[index % 8][n]]
    return check == 0


def _south_african(digits: str) -> bool:
    d = _digits(digits)
    year = d[0] * 10 + d[1]
    return (
        d[10] in (0, 1)
        and _valid_date(2000 + year if year < 30 else 1900 + year, d[2] * 10 + d[3], d[4] * 10 + d[5])
        and _luhn(digits)
    )


def _thai(digits: str) -> bool:
    d = _digits(digits)
    return d[0] != 0 and (11 - sum(d[i] * (13 - i) for i in range(12)) % 11) % 10 == d[12]


def _nik(digits: str) -> bool:
    """Indonesia's NIK: a province (11-96), regency and district, the birth date as DDMMYY (a
    woman's day plus 40), and a serial that is never 0000. No check digit, so only a column of
    them all passing counts (the module's weak evidence)."""
    day, month = int(digits[6:8]), int(digits[8:10])
    return (
        11 <= int(digits[:2]) <= 96
        and 1 <= (day - 40 if day > 40 else day) <= 31
        and 1 <= month <= 12
        and digits[12:] != "0000"
    )


def _china(text: str) -> bool:
    body, check = text[:17], text[17].upper()
    if not body.isdigit() or not _valid_date(int(body[6:10]), int(body[10:12]), int(body[12:14])):
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 11] == check


def _nir(digits: str) -> bool:
    body = digits[:13].upper().replace("2A", "19").replace("2B", "18")
    month = int(digits[3:5])
    return (1 <= month <= 12 or 20 <= month <= 42 or month >= 50) and 97 - int(body) % 97 == int(
        digits[13:15]
    )


def _ahv(digits: str) -> bool:
    """Switzerland's AHV/AVS number: 756, then nine digits and an EAN-13 check digit."""
    if not digits.startswith("756"):
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def _cuil(digits: str) -> bool:
    if digits[:2] not in ("20", "23", "24", "27"):
        return False
    remainder = (
        11 - sum(w * int(c) for w, c in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), digits, strict=False)) % 11
    )
    return (0 if remainder == 11 else remainder) == int(digits[10])


def _steuer_id(digits: str) -> bool:
    """Germany's tax identification number (Steuer-IdNr): no leading zero, one digit of the first
    ten used twice or three times and the rest at most once, and an ISO 7064 MOD 11,10 check
    digit."""
    if digits[0] == "0":
        return False
    repeated = [digits[:10].count(c) for c in set(digits[:10]) if digits[:10].count(c) > 1]
    if len(repeated) != 1 or repeated[0] > 3:
        return False
    product = 10
    for c in digits[:10]:
        product = ((int(c) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def _steuer_id_spaced(text: str, compact: str) -> bool:
    return text.count(" ") == 3 and _steuer_id(compact)


# Guatemala's municipalities per department, in the departments' order (01 Guatemala to 22
# Jutiapa): a CUI's last four digits are a department and one of its municipalities.
_GUATEMALA_MUNICIPALITIES = (17, 8, 16, 16, 14, 14, 19, 8, 24, 21, 9, 30, 33, 21, 8, 17, 14, 5, 11, 11, 7, 17)


def _cui(digits: str) -> bool:
    department, municipality = int(digits[9:11]), int(digits[11:13])
    if not 1 <= department <= len(_GUATEMALA_MUNICIPALITIES):
        return False
    if not 1 <= municipality <= _GUATEMALA_MUNICIPALITIES[department - 1]:
        return False
    return sum(int(d) * w for w, d in enumerate(digits[:8], start=2)) % 11 == int(digits[8])


def _cui_spaced(text: str, compact: str) -> bool:
    return text[4:5] == " " and text[10:11] == " " and _cui(compact)


def _emirates(digits: str) -> bool:
    return digits.startswith("784") and 1900 <= int(digits[3:7]) <= 2100 and _luhn(digits)


_BY_LENGTH = {
    9: (_bsn,),
    11: (_cpf, _pesel, _kimlik, _fodselsnummer, _isikukood, _cuil, _steuer_id),
    12: (_aadhaar, _personnummer_digits),
    13: (_south_african, _thai, _ahv, _cui),
    15: (_nir, _emirates),
    16: (_nik,),
    18: (_china,),
}


# -- formatted and lettered numbers -------------------------------------------------------------


_RFC_VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def _rfc(_text: str, compact: str) -> bool:
    """Mexico's RFC: a valid date of birth and its check character (mod 11 of the weighted
    values of the first twelve; 10 is A)."""
    year, month, day = int(compact[4:6]), int(compact[6:8]), int(compact[8:10])
    if not (_valid_date(1900 + year, month, day) or _valid_date(2000 + year, month, day)):
        return False
    total = sum(_RFC_VALUES.index(c) * (13 - i) for i, c in enumerate(compact[:12]))
    remainder = total % 11
    return compact[12] == ("0" if remainder == 0 else "A" if remainder == 1 else str(11 - remainder))


def _ghana(_text: str, compact: str) -> bool:
    return compact.startswith("GHA")


_NINO_NEVER = frozenset(("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))


def _nino(_text: str, compact: str) -> bool:
    return compact[:2] not in _NINO_NEVER


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(_text: str, compact: str) -> bool:
    digits = compact.replace("-", "")
    if digits[0].isalpha() and digits[0] not in "XYZ":
        return False
    if digits[0] in "XYZ":
        digits = str("XYZ".index(digits[0])) + digits[1:]
    return _DNI_LETTERS[int(digits[:-1]) % 23] == digits[-1].upper()


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            *(1, 0, 5, 7, 9, 13, 15, 17, 19, 21),  # 0-9
            *(1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        ),
        strict=True,
    )
)


def _codice_fiscale(_text: str, compact: str) -> bool:
    total = 0
    for index, c in enumerate(compact[:15]):
        if index % 2 == 0:
            total += _CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - ord("A")
    return chr(ord("A") + total % 26) == compact[15]


def _cpf_formatted(_text: str, compact: str) -> bool:
    return _cpf(compact.replace(".", "").replace("-", ""))


_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


def _nric(_text: str, compact: str) -> bool:
    if compact[0] not in _NRIC_LETTERS:
        return False
    weights = (2, 7, 6, 5, 4, 3, 2)
    total = sum(w * int(c) for w, c in zip(weights, compact[1:8], strict=True))
    total += 4 if compact[0] in "TG" else 0
    return _NRIC_LETTERS[compact[0]][total % 11] == compact[8]


def _pan(_text: str, compact: str) -> bool:
    return compact[3] == "P"


def _aadhaar_spaced(text: str, compact: str) -> bool:
    return text.count(" ") == 2 and _aadhaar(compact)


_CURP_VALUES = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"


def _curp(_text: str, compact: str) -> bool:
    total = sum(_CURP_VALUES.index(c) * (18 - i) for i, c in enumerate(compact[:17]))
    return (10 - total % 10) % 10 == int(compact[17]) and compact[10] in "HMX"


def _china_x(_text: str, compact: str) -> bool:
    return _china(compact)


def _nir_spaced(_text: str, compact: str) -> bool:
    return _nir(compact)


def _hetu(_text: str, compact: str) -> bool:
    century = {"+": 1800, "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900}
    year = century.get(compact[6], 2000) + int(compact[4:6])
    if not _valid_date(year, int(compact[2:4]), int(compact[:2])):
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(compact[:6] + compact[7:10]) % 31] == compact[10]


def _personnummer(_text: str, compact: str) -> bool:
    digits = compact.replace("-", "").replace("+", "")[-10:]
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6]) % 60  # samordningsnummer: day + 60
    return _valid_date(2000 + year, month, day) and _luhn(digits)


def _cpr(_text: str, compact: str) -> bool:
    """Denmark's CPR number, `DDMMYY-SSSS`: its date in either century (the first digit after the
    dash says which)."""
    day, month, year = int(compact[:2]), int(compact[2:4]), int(compact[4:6])
    return _valid_date(1900 + year, month, day) or _valid_date(2000 + year, month, day)


def _ppsn(_text: str, compact: str) -> bool:
    """Ireland's PPS number: seven digits weighted 8 to 2, a second letter's value weighted 9; the
    sum mod 23 is the check letter (0 is W)."""
    total = sum(int(c) * (8 - i) for i, c in enumerate(compact[:7]))
    if len(compact) == 9:
        total += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(compact[8]))
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == compact[7]


def _korean(_text: str, compact: str) -> bool:
    """Numbers issued before October 2020 carry a check digit; later ones end in random digits
    that nothing tells from an order reference, so only the former are recognised."""
    d = _digits(compact)
    century = 1900 if d[6] in (1, 2, 5, 6) else 2000
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(w * n for w, n in zip(weights, d, strict=False)) % 11) % 10
    return _valid_date(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]) and check == d[12]


def _cuil_formatted(_text: str, compact: str) -> bool:
    return _cuil(compact.replace("-", ""))


def _emirates_formatted(_text: str, compact: str) -> bool:
    return _emirates(compact.replace("-", ""))


def _rut(_text: str, compact: str) -> bool:
    body, check = compact.replace(".", "")[:-2], compact[-1].upper()
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    expected = 11 - total % 11
    return check == ("0" if expected == 11 else "K" if expected == 10 else str(expected))


def _belgian(_text: str, compact: str) -> bool:
    digits = "".join(c for c in compact if c.isdigit())
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def _thai_formatted(_text: str, compact: str) -> bool:
    return _thai(compact.replace("-", ""))


def _ahv_formatted(_text: str, compact: str) -> bool:
    return _ahv(compact.replace(".", ""))


# Taiwan's letters stand for the two-digit numbers 10-35, in this order (I, O, W and Z came late).
_TAIWAN_LETTERS = {letter: 10 + i for i, letter in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO")}


def _taiwan(_text: str, compact: str) -> bool:
    code = _TAIWAN_LETTERS.get(compact[0])
    if code is None or compact[1] not in "1289":
        return False
    digits = (code // 10, code % 10, *_digits(compact[1:]))
    return sum(w * n for w, n in zip((1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), digits, strict=True)) % 10 == 0


_BY_SHAPE: dict[str, tuple[Callable[[str, str], bool], ...]] = {}
for _shapes, _check in (
    (("AA999999A",), _nino),
    (("99999999A", "99999999-A", "A9999999A", "A-9999999A", "A9999999-A", "A-9999999-A"), _dni),
    (("AAAAAA99A99A999A",), _codice_fiscale),
    (("999.999.999-99",), _cpf_formatted),
    (("A9999999A",), _nric),
    (("AAAAA9999A",), _pan),
    (("999999999999",), _aadhaar_spaced),
    (("AAAA999999AAAAAAA9", "AAAA999999AAAAAA99"), _curp),
    (("99999999999999999A",), _china_x),
    (("999999999999999", "999999A99999999"), _nir_spaced),  # Corsica: 2A, 2B
    (("999999-9999", "99999999-9999", "999999+9999", "99999999+9999"), _personnummer),
    (("999999-9999",), _cpr),
    (("9999999A", "9999999AA"), _ppsn),
    (("999999-9999999",), _korean),
    (("999-9999-9999999-9",), _emirates_formatted),
    (("9.999.999-9", "99.999.999-9", "9.999.999-A", "99.999.999-A"), _rut),
    (("9999999-9", "99999999-9", "9999999-A", "99999999-A"), _rut),
    (("99.99.99-999.99",), _belgian),
    (("9-9999-99999-99-9",), _thai_formatted),
    (("999.9999.9999.99",), _ahv_formatted),
    (("A999999999",), _taiwan),
    (("AAA-999999999-9", "AAA9999999999"), _ghana),
    (("99-99999999-9",), _cuil_formatted),
    (("99999999999",), _steuer_id_spaced),
    (("9999999999999",), _cui_spaced),
):
    for _s in _shapes:
        _BY_SHAPE[_s] = (*_BY_SHAPE.get(_s, ()), _check)
for _homoclave in ("AA", "A9", "9A", "99"):
    for _check in ("9", "A"):
        _s = f"AAAA999999{_homoclave}{_check}"
        _BY_SHAPE[_s] = (*_BY_SHAPE.get(_s, ()), _rfc)
# Finnish henkilötunnus: six digits, a century sign (a letter or - +), three digits and a check
# character (digit or letter): every combination of those shapes.
for _sign in ("-", "+", "A"):
    for _last in ("9", "A"):
        _s = f"999999{_sign}999{_last}"
        _BY_SHAPE[_s] = (*_BY_SHAPE.get(_s, ()), _hetu)
