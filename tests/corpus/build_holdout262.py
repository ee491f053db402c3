"""Writes holdout262: tests/corpus/holdout262_events.jsonl and holdout262_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout262`); deterministic (seed 262).

Domain: a car-insurance and motor-claims app with telematics ("Sikura"), selling in Italy, Kenya and
Malaysia. Covered: quote funnels on the web (driver, vehicle, codice fiscale, licence, plate, VIN,
no-claims class), policy purchase as Segment e-commerce spec events, premium payments by card
(Stripe-shaped), M-Pesa (Daraja-style STK push results), FPX and SEPA mandates, KYC document
capture, telematics trips from the phone and from an OBD dongle (GPS points, harsh braking,
speeding, scores), roadside assistance, first notice of loss with accident location, photos,
third parties, witnesses and injuries, medical reports for injury claims, repair-shop assignment
from a partner platform, claim payouts, support tickets, chat, telephony and e-mail webhooks,
agents' console searches, reverse-ETL identifies from the warehouse and group calls for fleets.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, each with
the context block it really sends (ip, traits, device, app, library, locale, userAgent,
campaign, location).

Conventions: mostly camelCase and snake_case English keys; about 20 % of paths use PascalCase (a
.NET claims system), kebab-case (a repair-shop partner webhook), SCREAMING_SNAKE (warehouse
reverse-ETL), and Italian, Swahili and Malay keys from the local backends (`targa`,
`codice_fiscale`, `nambari_ya_simu`, `kitambulisho`, `no_kad_pengenalan`, `jantina` ...).
Values are generated per market: Italian, Kenyan and Malaysian (Malay, Chinese, Indian) names
and a few expats', national phone formats, local addresses and postcodes, valid codici fiscali
(check letter computed), Italian IBANs with a valid CIN and mod-97 check, Malaysian NRIC numbers
with real date and state-code structure, Kenyan ID numbers and KRA PINs, Luhn-valid cards, VINs
with a valid check digit (and Japanese-import chassis numbers in Kenya).

Labelling rules (the product's default colours; `a|b` when either matcher name is fair):
- PII when the values are personal data about a natural person (the user, a named driver, a
  third party, a witness, a beneficiary, an emergency contact, a staff member). Colour: the
  reference matcher's default; outside the reference, red for credentials/secrets, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue (user, quote, claim, trip, device ids, UUIDs, dongle asset numbers, M-Pesa
  receipt and FPX transaction ids, invoice numbers), versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans under PII-sounding keys, product, plan, insurer, repair
  shop and hospital names, places that are not the person's (a repair shop's address, a searched
  town), country, state, county, province, locale, timezone, currency, user agents, OS-issued
  analytics device ids. Card brand, last four, expiry and BIN, BIC/SWIFT and bank names are green.
- Published policy followed as written: claim, member and customer numbers green; ages and age
  bands, marital status, occupation and employer green; a business's own phone, e-mail (role
  mailboxes) and address green, and the company's number in a telephony webhook green; UUID
  session tokens green; e-mail Message-IDs green. Policy numbers and an insurer's member numbers
  yellow `identification`; pay and income yellow `salary`; credit (CRB) scores yellow
  `credit score`; vehicle plates yellow `license`; VINs and chassis numbers yellow `serial`;
  gclid/fbclid/fbp/fbc yellow `advertising id`; the person's billing address yellow `address`.
  Payment tokens (`pm_...`), one-time codes and sign-in link tokens red `token`; hospital patient
  numbers and national health-insurance numbers (SHA/NHIF, tessera sanitaria) red `health id`;
  identity-document numbers (codice fiscale, Kenyan ID, KRA PIN, MyKad/NRIC, passport) red
  `national id`/`passport`.
- Decisions taken here where the policy is silent (what a careful privacy owner would want):
  a driving licence number is yellow `license` (the reference's matcher for it); an IMEI is
  yellow `serial`, a dongle's Bluetooth MAC yellow `mac`; photos the person uploads (vehicle
  damage, accident scene, documents, selfies) are yellow `photo`, while photo ids, counts and
  hashes are green; the accident location (coordinates and street) is the person's precise
  location: yellow `geolocation` / `address`; trip points, trip start and end coordinates and
  their reverse-geocoded addresses likewise; a birthplace is yellow `city`; a boolean saying the
  driver was injured or declared a medical condition is yellow `condition`, an injury description
  yellow `condition|diagnosis`, ICD-10 codes yellow `diagnosis`, treatments yellow `procedure`; a
  car adapted for a disabled driver is red `disability`; motoring convictions (criminal-offence
  data) are yellow `criminal record`; Malaysian forms' race and religion fields are yellow
  `race`/`religion`; a police report reference is green (an incident reference like a claim
  number); no-claims bonus class and NCD percentage green; licence points balance green.
- value_only: true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `account_reference`, `description`, free text) and only the value
  reveals it. Every value of a value_only PII path carries that PII (the generators embed it in
  each value); free text that never carries PII is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST as INTL_FIRST
from tests.corpus.fake import LAST as INTL_LAST
from tests.corpus.fake import Fake

MARKETS = ("IT", "KE", "MY")


class MotorFake(Fake):
    """Fake with a current market (IT, KE, MY), set per event."""

    market = "IT"


# -- people -----------------------------------------------------------------------------------------

IT_FIRST = [
    "Giulia",
    "Marco",
    "Alessandro",
    "Francesca",
    "Chiara",
    "Luca",
    "Matteo",
    "Sofia",
    "Giuseppe",
    "Valentina",
    "Lorenzo",
    "Martina",
    "Davide",
    "Federica",
    "Salvatore",
    "Elena",
    "Gianluca",
    "Rosaria",
]
IT_LAST = [
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Lombardi",
    "Moretti",
    "D'Angelo",
    "Barbieri",
]
KE_FIRST = [
    "Wanjiru",
    "Otieno",
    "Achieng",
    "Njeri",
    "Kiprono",
    "Chebet",
    "Akinyi",
    "Mutua",
    "Wambui",
    "Omondi",
    "Nafula",
    "Barasa",
    "Jelimo",
    "Zawadi",
    "Baraka",
    "Faith",
    "Brian",
    "Mercy",
    "Kevin",
    "Grace",
    "Amina",
    "Hassan",
]
KE_LAST = [
    "Kamau",
    "Ochieng",
    "Otieno",
    "Wanjiku",
    "Mutua",
    "Kiplagat",
    "Njoroge",
    "Odhiambo",
    "Kariuki",
    "Mwangi",
    "Kimani",
    "Wafula",
    "Cheruiyot",
    "Onyango",
    "Muthoni",
    "Abdi",
    "Karanja",
    "Korir",
    "Mohamed",
]
MY_MALAY_M = ["Muhammad Hafiz", "Ahmad Faiz", "Mohd Firdaus", "Amirul Hakim", "Syafiq", "Azlan"]
MY_MALAY_F = ["Nur Aisyah", "Siti Khadijah", "Nurul Izzah", "Farah Nadia", "Aina", "Nor Hidayah"]
MY_FATHER = ["Ahmad", "Ismail", "Abdullah", "Rahman", "Othman", "Yusof", "Hassan", "Zakaria"]
MY_CN_SURNAME = ["Tan", "Lim", "Lee", "Wong", "Ong", "Chong", "Ng", "Teh", "Goh", "Chan"]
MY_CN_GIVEN = ["Wei Ling", "Chee Keong", "Mei Yee", "Jia Hui", "Boon Hock", "Kah Wai", "Xin Yi", "Jun Hao"]
MY_IN_M = ["Rajesh", "Suresh", "Arjun", "Kumaran", "Vikneswaran"]
MY_IN_F = ["Priya", "Kavitha", "Thivya", "Deepa", "Shalini"]
MY_IN_FATHER = ["Subramaniam", "Krishnan", "Muniandy", "Ramasamy", "Govindasamy", "Pillai"]


def _person(f: MotorFake) -> tuple[str, str, str]:
    """(first, last, full) for the current market; one in ten is an expat."""
    if f.r.random() < 0.1:
        first, last = f.pick(INTL_FIRST), f.pick(INTL_LAST)
        return first, last, f"{first} {last}"
    if f.market == "IT":
        first, last = f.pick(IT_FIRST), f.pick(IT_LAST)
        return first, last, f"{first} {last}"
    if f.market == "KE":
        first, last = f.pick(KE_FIRST), f.pick(KE_LAST)
        if f.r.random() < 0.3:
            middle = f.pick(KE_FIRST)
            return first, last, f"{first} {middle} {last}"
        return first, last, f"{first} {last}"
    kind = f.pick(["malay", "malay", "chinese", "indian"])
    if kind == "malay":
        female = f.r.random() < 0.5
        given = f.pick(MY_MALAY_F if female else MY_MALAY_M)
        last = ("binti " if female else "bin ") + f.pick(MY_FATHER)
        return given, last, f"{given} {last}"
    if kind == "chinese":
        surname, given = f.pick(MY_CN_SURNAME), f.pick(MY_CN_GIVEN)
        return given, surname, f"{surname} {given}"
    female = f.r.random() < 0.5
    given = f.pick(MY_IN_F if female else MY_IN_M)
    last = ("a/p " if female else "a/l ") + f.pick(MY_IN_FATHER)
    return given, last, f"{given} {last}"


def first(f):
    return _person(f)[0]


def last(f):
    return _person(f)[1]


def full(f):
    return _person(f)[2]


def _ascii(s: str) -> str:
    return "".join(c for c in s.lower() if c.isascii() and c.isalnum())


MAIL_DOMAINS = {
    "IT": ["gmail.com", "libero.it", "hotmail.it", "yahoo.it", "virgilio.it", "outlook.it", "icloud.com"],
    "KE": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"],
    "MY": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com", "icloud.com"],
}


def email(f):
    first_, last_, _ = _person(f)
    a, b = _ascii(first_.split()[0]), _ascii(last_.split()[-1])
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a}_{b}", f"{b}.{a}{f.r.randint(70, 99)}"])
    return f"{local}@{f.pick(MAIL_DOMAINS[f.market])}"


def staff_email(f):
    first_, last_, _ = _person(f)
    domain = {"IT": "sikura.it", "KE": "sikura.co.ke", "MY": "sikura.com.my"}[f.market]
    return f"{_ascii(first_.split()[0])}.{_ascii(last_.split()[-1])}@{domain}"


def _d(f, n):
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f, style=None):
    m = f.market
    if m == "IT":
        prefix = f.pick(["320", "328", "333", "338", "340", "347", "348", "349", "366", "380", "392"])
        body = _d(f, 7)
        style = style or f.pick(["intl", "e164", "local", "local_plain"])
        return {
            "intl": f"+39 {prefix} {body[:3]} {body[3:]}",
            "e164": f"+39{prefix}{body}",
            "local": f"{prefix} {body[:3]} {body[3:]}",
            "local_plain": f"{prefix}{body}",
            "msisdn": f"39{prefix}{body}",
        }[style]
    if m == "KE":
        prefix = f.pick(["710", "712", "722", "723", "726", "729", "733", "740", "757", "768", "790", "111"])
        body = _d(f, 6)
        style = style or f.pick(["intl", "e164", "local", "local_plain"])
        return {
            "intl": f"+254 {prefix} {body[:3]} {body[3:]}",
            "e164": f"+254{prefix}{body}",
            "local": f"0{prefix} {body[:3]} {body[3:]}",
            "local_plain": f"0{prefix}{body}",
            "msisdn": f"254{prefix}{body}",
        }[style]
    prefix = f.pick(["12", "13", "16", "17", "19", "11"])
    body = _d(f, 8 if prefix == "11" else 7)
    style = style or f.pick(["intl", "e164", "local", "local_plain"])
    return {
        "intl": f"+60 {prefix}-{body[:3]} {body[3:]}",
        "e164": f"+60{prefix}{body}",
        "local": f"0{prefix}-{body[:3]} {body[3:]}",
        "local_plain": f"0{prefix}{body}",
        "msisdn": f"60{prefix}{body}",
    }[style]


def msisdn(f):
    return phone(f, "msisdn")


# -- places -----------------------------------------------------------------------------------------

IT_CITIES = [
    ("Milano", "MI", "201", 45.4642, 9.19),
    ("Roma", "RM", "001", 41.9028, 12.4964),
    ("Napoli", "NA", "801", 40.8518, 14.2681),
    ("Torino", "TO", "101", 45.0703, 7.6869),
    ("Bologna", "BO", "401", 44.4949, 11.3426),
    ("Palermo", "PA", "901", 38.1157, 13.3615),
    ("Bari", "BA", "701", 41.1171, 16.8719),
    ("Firenze", "FI", "501", 43.7696, 11.2558),
]
KE_CITIES = [
    ("Nairobi", "Nairobi", "00100", -1.2921, 36.8219),
    ("Mombasa", "Mombasa", "80100", -4.0435, 39.6682),
    ("Kisumu", "Kisumu", "40100", -0.0917, 34.768),
    ("Nakuru", "Nakuru", "20100", -0.3031, 36.08),
    ("Eldoret", "Uasin Gishu", "30100", 0.5143, 35.2698),
    ("Thika", "Kiambu", "01000", -1.0333, 37.0693),
    ("Ruiru", "Kiambu", "00232", -1.1466, 36.9609),
]
MY_CITIES = [
    ("Kuala Lumpur", "W.P. Kuala Lumpur", "50450", 3.139, 101.6869),
    ("Petaling Jaya", "Selangor", "47300", 3.1073, 101.6067),
    ("Shah Alam", "Selangor", "40000", 3.0733, 101.5185),
    ("Johor Bahru", "Johor", "81200", 1.4927, 103.7414),
    ("George Town", "Pulau Pinang", "10200", 5.4141, 100.3288),
    ("Kota Kinabalu", "Sabah", "88000", 5.9804, 116.0735),
    ("Kuching", "Sarawak", "93000", 1.5535, 110.3593),
    ("Ipoh", "Perak", "30450", 4.5975, 101.0901),
]
CITIES = {"IT": IT_CITIES, "KE": KE_CITIES, "MY": MY_CITIES}


def _city_row(f):
    return f.pick(CITIES[f.market])


def city(f):
    return _city_row(f)[0]


def region(f):
    return _city_row(f)[1]


def postcode(f):
    row = _city_row(f)
    if f.market == "IT":
        return row[2] + f"{f.r.randint(0, 59):02d}"
    return row[2]


def lat(f):
    return round(_city_row(f)[3] + f.r.uniform(-0.09, 0.09), 6)


def lon(f):
    return round(_city_row(f)[4] + f.r.uniform(-0.09, 0.09), 6)


def latlon_str(f):
    row = _city_row(f)
    return f"{row[3] + f.r.uniform(-0.09, 0.09):.6f},{row[4] + f.r.uniform(-0.09, 0.09):.6f}"


IT_STREETS = [
    "Via Garibaldi",
    "Via Roma",
    "Via Giuseppe Mazzini",
    "Via Dante Alighieri",
    "Corso Vittorio Emanuele II",
    "Viale Monza",
    "Via dei Mille",
    "Corso Buenos Aires",
    "Piazza della Repubblica",
    "Via Toledo",
]
KE_STREETS = [
    "Kindaruma Road, Kilimani",
    "Mugumo Road, Lavington",
    "Ngong Road, Karen",
    "Nyali Road, Nyali",
    "Oginga Odinga Street",
    "Kiambu Road, Ridgeways",
    "Mombasa Road, Syokimau",
    "Lower Kabete Road, Westlands",
]
MY_STREETS = [
    "Jalan SS 2/55",
    "Jalan Ampang",
    "Jalan Tun Razak",
    "Lorong Kenari 3, Taman Bukit Indah",
    "Jalan Bukit Bintang",
    "Jalan Sultan Ismail",
    "Persiaran Gurney",
    "Jalan PJU 1A/3, Ara Damansara",
]


def street(f):
    if f.market == "IT":
        return f"{f.pick(IT_STREETS)} {f.r.randint(1, 180)}"
    if f.market == "KE":
        return f"{f.pick(['House', 'Apt', 'Plot'])} {f.r.randint(1, 300)}, {f.pick(KE_STREETS)}"
    return f"No. {f.r.randint(1, 99)}, {f.pick(MY_STREETS)}"


def address_line2(f):
    if f.market == "IT":
        return f"Scala {f.pick('ABCD')}, Int. {f.r.randint(1, 30)}"
    if f.market == "KE":
        return f"P.O. Box {f.r.randint(100, 99999)}-{postcode(f)}"
    return f"Taman {f.pick(['Melawati', 'Desa', 'Sri Petaling', 'Tun Dr Ismail', 'Mount Austin'])}"


def full_address(f):
    name, region_, code, _, _ = _city_row(f)
    if f.market == "IT":
        return f"{street(f)}, {code}{f.r.randint(0, 59):02d} {name} {region_}"
    if f.market == "KE":
        return f"{street(f)}, {name}"
    return f"{street(f)}, {code} {name}, {region_}"


# -- documents and vehicles -------------------------------------------------------------------------

# Odd-position values shared by the codice fiscale check letter and the Italian IBAN CIN.
_ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
_ODD_LETTERS = [*_ODD_DIGITS, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
_ODD = dict(zip("0123456789", _ODD_DIGITS, strict=True)) | dict(
    zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", _ODD_LETTERS, strict=True)
)


def _even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def _check_letter(s: str) -> str:
    total = sum(_ODD[c] if i % 2 == 0 else _even(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def _consonants(s):
    s = _ascii(s).upper()
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]


def codice_fiscale(f):
    surname, name = f.pick(IT_LAST), f.pick(IT_FIRST)
    cons, vows = _consonants(surname)
    part1 = "".join((cons + vows + ["X", "X", "X"])[:3])
    cons, vows = _consonants(name)
    if len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    part2 = "".join((cons + vows + ["X", "X", "X"])[:3])
    year = f.r.randint(1950, 2005) % 100
    month = "ABCDEHLMPRST"[f.r.randint(0, 11)]
    day = f.r.randint(1, 28) + (40 if f.r.random() < 0.5 else 0)
    place = f.pick(["F205", "H501", "F839", "L219", "A944", "G273", "A662", "D612"])
    body = f"{part1}{part2}{year:02d}{month}{day:02d}{place}"
    return body + _check_letter(body)


def nric(f):
    yy = f.r.randint(50, 99) if f.r.random() < 0.7 else f.r.randint(0, 5)
    mm, dd = f.r.randint(1, 12), f.r.randint(1, 28)
    state = f.pick(["01", "02", "05", "07", "08", "10", "12", "13", "14"])
    raw = f"{yy:02d}{mm:02d}{dd:02d}{state}{_d(f, 4)}"
    return f"{raw[:6]}-{raw[6:8]}-{raw[8:]}" if f.r.random() < 0.6 else raw


def ke_id(f):
    return (
        str(f.r.randint(20_000_000, 39_999_999)) if f.r.random() < 0.85 else str(f.r.randint(10**6, 9999999))
    )


def kra_pin(f):
    return f"A{_d(f, 9)}{chr(65 + f.r.randint(0, 25))}"


def national_id(f):
    return {"IT": codice_fiscale, "KE": ke_id, "MY": nric}[f.market](f)


def passport(f):
    if f.market == "IT":
        return f"Y{chr(65 + f.r.randint(0, 25))}{_d(f, 7)}"
    if f.market == "KE":
        return f"AK{_d(f, 7)}"
    return f"A{_d(f, 8)}"


_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def plate(f):
    def ls(n):
        return "".join(f.pick(_PLATE_LETTERS) for _ in range(n))

    if f.market == "IT":
        p = f"{ls(2)}{f.r.randint(0, 999):03d}{ls(2)}"
        return p if f.r.random() < 0.5 else f"{p[:2]} {p[2:5]} {p[5:]}"
    if f.market == "KE":
        return f"K{f.pick('CDB')}{ls(1)} {f.r.randint(1, 999):03d}{ls(1)}"
    return f"{f.pick('WBJPVSQ')}{ls(2)} {f.r.randint(1, 9999)}"


_VIN_VALUES = {**{str(i): i for i in range(10)}}
for _letters, _start in (("ABCDEFGH", 1), ("JKLMN", 1), ("P", 7), ("R", 9), ("STUVWXYZ", 2)):
    for _i, _c in enumerate(_letters):
        _VIN_VALUES[_c] = _start + _i
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin(f):
    wmi = {
        "IT": ["ZFA", "ZAR", "WVW", "VF1", "ZFF", "WBA", "TMB"],
        "KE": ["JTD", "JN1", "JMZ", "MHF", "JHM"],
        "MY": ["PL1", "PM2", "MR0", "PNV", "JTD"],
    }[f.market]
    body = f.pick(wmi) + "".join(f.pick(_VIN_CHARS) for _ in range(5))
    tail = f.pick("LMNPRS") + f.pick(_VIN_CHARS) + _d(f, 6)
    s = body + "0" + tail
    total = sum(_VIN_VALUES[c] * w for c, w in zip(s, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body + check + tail


def chassis(f):
    if f.market == "KE" and f.r.random() < 0.5:
        return f"{f.pick(['NZE141', 'KDH201', 'ZRE142', 'NCP160', 'GRJ150'])}-{_d(f, 7)}"
    return vin(f)


def licence_no(f):
    if f.market == "IT":
        if f.r.random() < 0.5:
            return f"{f.pick(['MI', 'RM', 'NA', 'TO', 'BO'])}{_d(f, 7)}{f.pick(_PLATE_LETTERS)}"
        return (
            f"U1{f.pick(_PLATE_LETTERS)}{_d(f, 2)}{f.pick(_PLATE_LETTERS)}{_d(f, 3)}{f.pick(_PLATE_LETTERS)}"
        )
    if f.market == "KE":
        return f"DL{_d(f, 7)}"
    return f"{f.pick('DHK')}{_d(f, 7)}"


def it_iban(f):
    abi = f.pick(["03069", "02008", "05034", "03062", "01030", "03111"])
    cab = _d(f, 5)
    conto = _d(f, 12)
    cin = _check_letter(abi + cab + conto)
    bban = cin + abi + cab + conto
    numeric = "".join(str(int(c, 36)) for c in bban + "IT00")
    check = 98 - int(numeric) % 97
    raw = f"IT{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def bank_account(f):
    if f.market == "IT":
        return it_iban(f)
    if f.market == "KE":
        return f.pick([f"01{_d(f, 11)}", f"11{_d(f, 8)}", f"0{_d(f, 12)}"])
    return f.pick([f"5{_d(f, 11)}", f"80{_d(f, 12)}", f"1{_d(f, 13)}"])


def bic(f):
    return {
        "IT": ["BCITITMM", "UNCRITMM", "BPMOIT22", "BAPPIT21"],
        "KE": ["EQBLKENA", "KCBLKENX", "SCBLKENX", "CBAFKENX"],
        "MY": ["MBBEMYKL", "CIBBMYKL", "PBBEMYKL", "RHBBMYKL"],
    }[f.market][f.r.randint(0, 3)]


def bank_name(f):
    return f.pick(
        {
            "IT": ["Intesa Sanpaolo", "UniCredit", "Banco BPM", "Fineco"],
            "KE": ["Equity Bank", "KCB", "Co-operative Bank", "NCBA"],
            "MY": ["Maybank", "CIMB Bank", "Public Bank", "RHB Bank"],
        }[f.market]
    )


def currency(f):
    return {"IT": "EUR", "KE": "KES", "MY": "MYR"}[f.market]


def premium(f):
    lo, hi = {"IT": (280, 1600), "KE": (12000, 95000), "MY": (700, 4200)}[f.market]
    return round(f.r.uniform(lo, hi), 2)


def claim_amount(f):
    lo, hi = {"IT": (300, 14000), "KE": (20000, 900000), "MY": (900, 38000)}[f.market]
    return round(f.r.uniform(lo, hi), 2)


def locale(f):
    return f.pick(
        {"IT": ["it-IT"], "KE": ["en-KE", "sw-KE", "en-GB"], "MY": ["ms-MY", "en-MY", "zh-MY"]}[f.market]
    )


def tz(f):
    return {"IT": "Europe/Rome", "KE": "Africa/Nairobi", "MY": "Asia/Kuala_Lumpur"}[f.market]


def carrier(f):
    return f.pick(
        {
            "IT": ["TIM", "vodafone IT", "WINDTRE", "iliad"],
            "KE": ["Safaricom", "Airtel KE", "Telkom KE"],
            "MY": ["Maxis", "CelcomDigi", "U Mobile", "unifi"],
        }[f.market]
    )


CARS = {
    "IT": [
        ("Fiat", "Panda"),
        ("Fiat", "500"),
        ("Lancia", "Ypsilon"),
        ("Volkswagen", "Golf"),
        ("Jeep", "Renegade"),
    ],
    "KE": [
        ("Toyota", "Probox"),
        ("Toyota", "Fielder"),
        ("Mazda", "Demio"),
        ("Subaru", "Forester"),
        ("Nissan", "Note"),
    ],
    "MY": [
        ("Perodua", "Myvi"),
        ("Proton", "Saga"),
        ("Perodua", "Axia"),
        ("Honda", "City"),
        ("Proton", "X50"),
    ],
}


def make(f):
    return f.pick(CARS[f.market])[0]


def model(f):
    return f.pick(CARS[f.market])[1]


INSURERS = {
    "IT": ["Generali", "UnipolSai", "Allianz Direct", "AXA", "Reale Mutua"],
    "KE": ["Jubilee Allianz", "Britam", "CIC Insurance", "APA Insurance", "Old Mutual"],
    "MY": ["Etiqa", "Takaful Malaysia", "Allianz Malaysia", "Zurich", "Tokio Marine"],
}


def insurer(f):
    return f.pick(INSURERS[f.market])


def policy_no(f):
    return {
        "IT": f"SK-IT-{_d(f, 8)}",
        "KE": f"SIK/MV/{f.r.randint(2021, 2025)}/{_d(f, 6)}",
        "MY": f"MY{f.pick('PV')}{_d(f, 9)}",
    }[f.market]


def claim_no(f):
    return f"CLM-{f.market}-{f.r.randint(2023, 2025)}-{_d(f, 6)}"


def dob(f):
    return f.date(1950, 2006)


def mpesa_receipt(f):
    return f.pick("QRST") + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


def ts_ms(f):
    return f.epoch_ms()


def gclid(f):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "Cj0KCQ" + "".join(f.pick(alnum) for _ in range(80))


def fbclid(f):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(58))


def fbp(f):
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f):
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def pm_token(f):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_" + "".join(f.pick(alnum) for _ in range(24))


def photo_url(f, kind="claims"):
    return f"https://media.sikura.app/{kind}/{f.hexid(8)}/{f.uuid()}.jpg"


def ip(f):
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


# -- contexts ---------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
]
SITE = {"IT": "https://www.sikura.it", "KE": "https://www.sikura.co.ke", "MY": "https://www.sikura.com.my"}


def web_context(page: str, title: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.facebook.com/", SITE[f.market] + "/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2", "?lang=en"])),
            "title": G(lambda f: title),
            "url": G(lambda f: SITE[f.market] + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(locale),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: {"IT": "rca_2024", "KE": "bima_ya_gari", "MY": "takaful_motor_q2"}[f.market]),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    {
                        "IT": ["assicurazione auto", "rc auto online", "preventivo rca"],
                        "KE": ["car insurance kenya", "bima ya gari", "comprehensive cover nairobi"],
                        "MY": ["insurans kereta", "takaful motor", "renew road tax online"],
                    }[f.market]
                )
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "cta_green"])),
        },
    }


def swift_context(location=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Sikura Drive"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2"])),
            "build": G(lambda f: f.pick(["41200", "41302"])),
            "namespace": G(lambda f: "app.sikura.drive"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(locale),
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
    }
    if location:
        ctx["location"] = {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 30), 1)),
        }
    return ctx


def kotlin_context(location=False):
    ctx = {
        "app": {
            "name": G(lambda f: "Sikura Drive"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.1"])),
            "build": G(lambda f: f.pick(["4120", "4131"])),
            "namespace": G(lambda f: "app.sikura.drive"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "TECNO", "OPPO", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "23021RAAEG", "TECNO KI7", "CPH2505", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "sapphire", "KI7", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: True),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(locale),
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(carrier),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: 2400),
            "width": G(lambda f: 1080),
        },
        "timezone": G(tz),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }
    if location:
        ctx["location"] = {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 30), 1)),
        }
    return ctx


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Sikura Claims"),
            "version": G(lambda f: f.pick(["2.7.0", "2.8.1"])),
            "build": G(lambda f: f.pick(["270", "281"])),
            "namespace": G(lambda f: "app.sikura.claims"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A155F", "TECNO CK7n"])),
            "name": G(lambda f: f.pick(["iPhone", "a15", "CK7n"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(locale),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"height": G(lambda f: f.pick([844, 2340])), "width": G(lambda f: f.pick([390, 1080]))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Sikura Drive"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.0"])),
            "build": G(lambda f: f.pick(["412", "413"])),
            "namespace": G(lambda f: "app.sikura.drive"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Infinix"])),
            "model": G(lambda f: f.pick(["SM-A256E", "iPhone13,2", "Infinix X6833B"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(locale),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.2"])),
        },
        "screen": {"height": G(lambda f: 2408), "width": G(lambda f: 1080), "density": G(lambda f: 2.5)},
        "timezone": G(tz),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0"]),
}


def server_context(lib: str, ip_=False, ua=False):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if ip_:
        ctx["ip"] = Y(ip, "ip")
    if ua:
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    return ctx


# -- shared bodies ----------------------------------------------------------------------------------


def coverage_item():
    return {
        "product_id": G(
            lambda f: f.pick(["rca", "furto_incendio", "kasko", "cristalli", "assistenza", "pa_driver"])
        ),
        "sku": G(
            lambda f: f.pick(["SK-RCA-01", "SK-FI-02", "SK-KSK-03", "SK-GLS-04", "SK-RSA-05", "SK-PAD-06"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Third Party Only",
                    "Comprehensive",
                    "Fire & Theft",
                    "Windscreen Cover",
                    "Roadside Assistance",
                    "Personal Accident (Driver)",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["core", "add_on"])),
        "price": G(lambda f: round(f.r.uniform(10, 900), 2)),
        "quantity": G(lambda f: 1),
        "position": G(lambda f: f.r.randint(1, 6)),
        "brand": G(lambda f: "Sikura"),
        "variant": G(lambda f: f.pick(["annual", "monthly", "semiannual"])),
    }


def address_block():
    return {
        "street": Y(street, "street|address"),
        "city": Y(city, "city"),
        "postalCode": Y(postcode, "zipcode"),
        "state": G(region),
        "country": G(lambda f: f.market),
    }


def note_with_phone(f):
    p = phone(f)
    return f.pick(
        [
            f"Customer asked for a callback on {p}",
            f"Called back on {p}, no answer, left voicemail",
            f"Prefers WhatsApp: {p}",
            f"Alternate number {p} (spouse's phone)",
        ]
    )


def chat_text(f):
    p = plate(f)
    return f.pick(
        [
            f"Hi, my car {p} was hit while parked, what do I do?",
            f"Can I add my son as a driver on {p}?",
            f"Need a tow for {p}, engine won't start",
            f"Has the repair on {p} been approved yet?",
            f"windscreen cracked on {p} today",
        ]
    )


def payout_note(f):
    return f.pick(["Payout to ", "Paid to ", "Settlement for ", "Transfer to "]) + full(f)


def mpesa_desc(f):
    return f.pick(["Premium ", "Bima ", "Malipo bima "]) + plate(f)


# -- events -----------------------------------------------------------------------------------------
# (kind, event or screen/page name, clients, markets, count, body)

EVENTS = [
    # ---- web quote funnel ----
    (
        "page",
        "Quote",
        ["web:/preventivo:Preventivo RC Auto | Sikura", "web:/quote:Get a car insurance quote | Sikura"],
        MARKETS,
        70,
        {
            "name": G(lambda f: "Quote"),
            "path": G(lambda f: f.pick(["/preventivo", "/quote"])),
            "url": G(lambda f: SITE[f.market] + f.pick(["/preventivo", "/quote"])),
            "title": G(
                lambda f: f.pick(["Preventivo RC Auto | Sikura", "Get a car insurance quote | Sikura"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=renewal"])),
        },
    ),
    (
        "track",
        "Quote Started",
        ["web:/quote:Get a car insurance quote | Sikura"],
        MARKETS,
        55,
        {
            "quote_id": G(lambda f: f.uuid()),
            "product": G(lambda f: f.pick(["motor_private", "motor_commercial", "motorcycle"])),
            "entry_point": G(lambda f: f.pick(["hero_cta", "nav", "renewal_email", "comparison_site"])),
            "country": G(lambda f: f.market),
            "gclid": Y(gclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "experiment_variant": G(lambda f: f.pick(["control", "short_form"])),
            "has_existing_policy": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driver Details Entered",
        ["web:/quote/driver:Driver details | Sikura"],
        MARKETS,
        55,
        {
            "quote_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "dateOfBirth": Y(dob, "birthdate"),
            "age": G(lambda f: f.r.randint(18, 79)),
            "gender": Y(lambda f: f.pick(["male", "female"]), "gender|sex"),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
            "occupation": G(
                lambda f: f.pick(["teacher", "nurse", "software engineer", "matatu driver", "accountant"])
            ),
            "email": Y(email, "email"),
            "mobile": Y(phone, "phone"),
            "licenceNumber": Y(licence_no, "license"),
            "licenceIssueDate": G(lambda f: f.date(1975, 2022)),
            "yearsLicensed": G(lambda f: f.r.randint(0, 45)),
            "licencePoints": G(lambda f: f.r.randint(0, 30)),
            "hasMotoringConvictions": Y(lambda f: f.pick([True, False]), "criminal record"),
            "declaredMedicalCondition": Y(lambda f: f.pick([True, False]), "condition"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(1, 2)),
            "homeAddress": address_block(),
        },
    ),
    (
        "track",
        "Vehicle Details Entered",
        ["web:/quote/vehicle:Vehicle | Sikura"],
        MARKETS,
        55,
        {
            "quote_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "registration": Y(plate, "license"),
            "vin": Y(vin, "serial"),
            "make": G(make),
            "model": G(model),
            "year": G(lambda f: f.r.randint(2004, 2024)),
            "fuel": G(lambda f: f.pick(["petrol", "diesel", "hybrid", "lpg", "electric"])),
            "engine_cc": G(lambda f: f.pick([998, 1197, 1329, 1496, 1998])),
            "market_value": G(lambda f: f.r.randint(2000, 45000)),
            "overnight_parking": G(lambda f: f.pick(["garage", "driveway", "street", "compound"])),
            "annual_km": G(lambda f: f.r.randint(3000, 40000)),
            "has_dashcam": G(lambda f: f.pick([True, False])),
            "has_tracker": G(lambda f: f.pick([True, False])),
            "adapted_for_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "modifications": Many(
                G(lambda f: f.pick(["alloy_wheels", "tinted_windows", "tow_bar", "none"])), 2
            ),
            "nickname": G(lambda f: f.pick(["Bluey", "La Bestia", "Kipanya", "Si Merah", "Old Faithful"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web:/quote/driver:Driver details | Sikura"],
        MARKETS,
        40,
        {
            "input": Y(street, "address|street", True),
            "sessiontoken": G(lambda f: f.uuid()),
            "prediction": {
                "description": Y(full_address, "address", True),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "types": Many(G(lambda f: f.pick(["street_address", "premise", "route", "geocode"])), 2),
            },
            "predictions_count": G(lambda f: f.r.randint(1, 5)),
            "provider": G(lambda f: "google_places"),
        },
    ),
    (
        "track",
        "Bonus Malus Details Entered",
        ["web:/preventivo/conducente:Conducente | Sikura"],
        ("IT",),
        40,
        {
            "quoteId": G(lambda f: f.uuid()),
            "codiceFiscale": RED(codice_fiscale, "national id"),
            "birthPlace": Y(
                lambda f: f.pick(["Milano", "Roma", "Napoli", "Torino", "Catania", "Bari"]), "city"
            ),
            "bonusMalusClass": G(lambda f: f.r.randint(1, 18)),
            "claimsLast5Years": G(lambda f: f.r.randint(0, 3)),
            "riskCertificateOnFile": G(lambda f: f.pick([True, False])),
            "plate": Y(plate, "license"),
            "province": G(lambda f: f.pick(["MI", "RM", "NA", "TO", "BO", "PA"])),
        },
    ),
    (
        "track",
        "Quote Generated",
        ["web:/quote/result:Your quote | Sikura"],
        MARKETS,
        60,
        {
            "quote_id": G(lambda f: f.uuid()),
            "quote_reference": G(lambda f: f"Q{f.market}{_d(f, 8)}"),
            "premium_annual": G(premium),
            "premium_monthly": G(lambda f: round(premium(f) / 12, 2)),
            "currency": G(currency),
            "cover_type": G(lambda f: f.pick(["third_party", "third_party_fire_theft", "comprehensive"])),
            "excess": G(lambda f: f.r.randint(100, 1000)),
            "ncd_percent": G(lambda f: f.pick([0, 25, 30, 38.33, 45, 55])),
            "telematics_discount_pct": G(lambda f: f.pick([0, 5, 10, 15])),
            "underwriter": G(insurer),
            "valid_until": G(lambda f: f.iso()),
            "risk_band": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web:/checkout:Checkout | Sikura"],
        MARKETS,
        45,
        {
            "order_id": G(lambda f: f"ORD-{_d(f, 9)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["Sikura Web", "Sikura Agent Portal"])),
            "revenue": G(premium),
            "tax": G(lambda f: round(f.r.uniform(5, 300), 2)),
            "discount": G(lambda f: round(f.r.uniform(0, 80), 2)),
            "coupon": G(lambda f: f.pick(["", "TELEMATICS10", "RINNOVO15", "BIMA500"])),
            "currency": G(currency),
            "products": Many(coverage_item(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web:/checkout/payment:Payment | Sikura"],
        ("IT", "MY"),
        45,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"ORD-{_d(f, 9)}"),
            "step": G(lambda f: 4),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "fpx", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: _d(f, 4)),
            "card_bin": G(lambda f: f.pick(["414720", "535316", "455701", "522182"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(full, "name"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(address_line2, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.market),
            },
            "save_card": G(lambda f: f.pick([True, False])),
            "installments": G(lambda f: f.pick([1, 2, 12])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web:/checkout/done:Thank you | Sikura", "python"],
        MARKETS,
        45,
        {
            "order_id": G(lambda f: f"ORD-{_d(f, 9)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(premium),
            "revenue": G(premium),
            "tax": G(lambda f: round(f.r.uniform(5, 300), 2)),
            "currency": G(currency),
            "coupon": G(lambda f: f.pick(["", "TELEMATICS10", "RINNOVO15", "BIMA500"])),
            "products": Many(coverage_item(), 3),
            "policy_number": Y(policy_no, "identification"),
            "payment_frequency": G(lambda f: f.pick(["annual", "monthly"])),
            "first_policy": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["node"],
        ("IT", "MY"),
        30,
        {
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "amount": G(lambda f: f.r.randint(2000, 160000)),
            "currency": G(lambda f: currency(f).lower()),
            "last_payment_error": {
                "code": G(lambda f: "card_declined"),
                "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
                "payment_method": {
                    "id": RED(pm_token, "token"),
                    "type": G(lambda f: "card"),
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                        "last4": G(lambda f: _d(f, 4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "country": G(lambda f: f.market),
                        "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                        "fingerprint": G(lambda f: f.hexid(16)),
                    },
                },
            },
            "receipt_email": Y(email, "email"),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "will_retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Tokenization Error",
        ["web:/checkout/payment:Payment | Sikura"],
        ("IT", "MY"),
        20,
        {
            "error_code": G(
                lambda f: f.pick(["incorrect_number", "invalid_expiry_year", "processing_error"])
            ),
            "gateway": G(lambda f: f.pick(["stripe", "adyen"])),
            # the raw card number a broken form handler forwarded in the error context
            "raw_input": RED(lambda f: f.card(), "credit card", True),
            "field": G(lambda f: "cardNumber"),
        },
    ),
    (
        "track",
        "SEPA Mandate Signed",
        ["python"],
        ("IT",),
        30,
        {
            "mandate_id": G(lambda f: f"SKM{_d(f, 10)}"),
            "iban": RED(it_iban, "bank account"),
            "bic": G(bic),
            "bank_name": G(bank_name),
            "account_holder": Y(full, "name"),
            "signed_at": G(lambda f: f.iso()),
            "signature_ip": Y(ip, "ip"),
            "sequence_type": G(lambda f: f.pick(["FRST", "RCUR"])),
        },
    ),
    (
        "track",
        "FPX Payment Completed",
        ["php"],
        ("MY",),
        40,
        {
            "fpx_txn_id": G(lambda f: f"{f.r.randint(2401, 2412)}{_d(f, 12)}"),
            "seller_order_no": G(lambda f: f"SKMY{_d(f, 8)}"),
            "buyer_bank_id": G(lambda f: f.pick(["MB2U0227", "BCBB0235", "PBB0233", "RHB0218"])),
            "buyer_bank_name": G(bank_name),
            "buyer_name": Y(full, "name"),
            "buyer_email": Y(email, "email"),
            "txn_amount": G(premium),
            "txn_currency": G(lambda f: "MYR"),
            "debit_auth_code": G(lambda f: f.pick(["00", "00", "00", "1A", "51"])),
            "product_desc": G(
                lambda f: f.pick(["Motor Takaful renewal", "Road tax + insurance", "Add-on: windscreen"])
            ),
        },
    ),
    (
        "track",
        "M-Pesa Payment Received",
        ["node"],
        ("KE",),
        55,
        {
            "merchant_request_id": G(lambda f: f"{f.r.randint(1000, 99999)}-{_d(f, 8)}-1"),
            "checkout_request_id": G(lambda f: f"ws_CO_{_d(f, 14)}{_d(f, 9)}"),
            "result_code": G(lambda f: f.pick([0, 0, 0, 1032, 1])),
            "result_desc": G(
                lambda f: f.pick(
                    ["The service request is processed successfully.", "Request cancelled by user"]
                )
            ),
            "amount": G(lambda f: f.r.randint(1000, 30000)),
            "mpesa_receipt_number": G(mpesa_receipt),
            "transaction_date": G(
                lambda f: int(f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{_d(f, 6)}")
            ),
            "phone_number": Y(msisdn, "phone"),
            "account_reference": Y(policy_no, "identification", True),
            "transaction_desc": Y(mpesa_desc, "license", True),
            "paybill": G(lambda f: "522533"),
            "installment_no": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Premium Financing Application Submitted",
        ["java"],
        ("KE",),
        35,
        {
            "application_id": G(lambda f: f.uuid()),
            "national_id_number": RED(ke_id, "national id"),
            "kra_pin": RED(kra_pin, "national id"),
            "monthly_income": Y(lambda f: f.r.randint(25, 600) * 1000, "salary"),
            "employer": G(
                lambda f: f.pick(
                    ["Safaricom PLC", "Kenya Power", "Self-employed", "Nairobi County", "KCB Group"]
                )
            ),
            "employment_type": G(lambda f: f.pick(["permanent", "contract", "self_employed"])),
            "crb_score": Y(lambda f: f.r.randint(250, 900), "credit score"),
            "loan_amount": G(lambda f: f.r.randint(10000, 90000)),
            "tenor_months": G(lambda f: f.pick([3, 6, 9, 10])),
            "interest_rate": G(lambda f: f.pick([3.5, 4.0, 4.5])),
            "decision": G(lambda f: f.pick(["approved", "declined", "referred"])),
            "dependants": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "identify",
        None,
        ["web:/account:My account | Sikura", "swift", "kotlin"],
        MARKETS,
        80,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": address_block(),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["telematics", "standard", "pay_per_km"])),
            "market": G(lambda f: f.market),
            "preferredLanguage": G(lambda f: f.pick(["it", "en", "sw", "ms", "zh"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "policyCount": G(lambda f: f.r.randint(0, 3)),
            "customerNumber": G(lambda f: f"C{_d(f, 8)}"),
            "avatar": Y(lambda f: photo_url(f, "avatars"), "photo"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ("IT",),
        35,
        {
            "nome": Y(lambda f: f.pick(IT_FIRST), "name"),
            "cognome": Y(lambda f: f.pick(IT_LAST), "name"),
            "codice_fiscale": RED(codice_fiscale, "national id"),
            "data_nascita": Y(dob, "birthdate"),
            "indirizzo": Y(street, "address|street"),
            "cap": Y(postcode, "zipcode"),
            "comune": Y(city, "city"),
            "provincia": G(lambda f: f.pick(["MI", "RM", "NA", "TO", "BO", "PA"])),
            "telefono": Y(phone, "phone"),
            "pec": Y(email, "email"),
            "numero_patente": Y(licence_no, "license"),
            "classe_merito": G(lambda f: f.r.randint(1, 18)),
            "cliente_dal": G(lambda f: f.date(2015, 2024)),
            "consenso_marketing": G(lambda f: f.pick([True, False])),
            "tessera_sanitaria": RED(lambda f: "80380" + _d(f, 15), "health id"),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        ("KE",),
        35,
        {
            "jina_la_kwanza": Y(first, "name"),
            "jina_la_mwisho": Y(last, "name"),
            "nambari_ya_simu": Y(phone, "phone"),
            "barua_pepe": Y(email, "email"),
            "kitambulisho": RED(ke_id, "national id"),
            "tarehe_ya_kuzaliwa": Y(dob, "birthdate"),
            "jinsia": Y(lambda f: f.pick(["mwanaume", "mwanamke"]), "gender|sex"),
            "kaunti": G(region),
            "mji": Y(city, "city"),
            "anwani": Y(address_line2, "address"),
            "lugha": G(lambda f: f.pick(["sw", "en"])),
            "idadi_ya_magari": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ("MY",),
        35,
        {
            "nama_penuh": Y(full, "name"),
            "no_kad_pengenalan": RED(nric, "national id"),
            "tarikh_lahir": Y(dob, "birthdate"),
            "jantina": Y(lambda f: f.pick(["Lelaki", "Perempuan"]), "gender|sex"),
            "bangsa": Y(
                lambda f: f.pick(["Melayu", "Cina", "India", "Iban", "Kadazan-Dusun"]), "race|ethnicity"
            ),
            "agama": Y(lambda f: f.pick(["Islam", "Buddha", "Hindu", "Kristian"]), "religion"),
            "no_telefon": Y(phone, "phone"),
            "emel": Y(email, "email"),
            "alamat": Y(street, "address|street"),
            "poskod": Y(postcode, "zipcode"),
            "bandar": Y(city, "city"),
            "negeri": G(region),
            "pekerjaan": G(lambda f: f.pick(["Guru", "Jurutera", "Peniaga", "Pegawai Kerajaan", "Pelajar"])),
            "status_perkahwinan": G(lambda f: f.pick(["Bujang", "Berkahwin", "Duda", "Janda"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        MARKETS,
        40,
        {
            "CUSTOMER_ID": G(lambda f: f"C{_d(f, 8)}"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_NUMBER": Y(lambda f: phone(f, "e164"), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "POSTCODE": Y(postcode, "zipcode"),
            "MARKET": G(lambda f: f.market),
            "LIFETIME_PREMIUM": G(premium),
            "CLAIMS_COUNT": G(lambda f: f.r.randint(0, 4)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "AVG_DRIVING_SCORE_90D": G(lambda f: f.r.randint(40, 99)),
            "HAS_TELEMATICS": G(lambda f: f.pick([True, False])),
            "LAST_CLAIM_DATE": G(lambda f: f.date(2019, 2024)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "SEGMENT": G(lambda f: f.pick(["young_driver", "family", "gig_driver", "fleet"])),
        },
    ),
    (
        "group",
        None,
        ["ruby"],
        MARKETS,
        30,
        {
            "name": G(
                lambda f: f.pick(
                    ["Twiga Foods", "Rapid Logistik Sdn Bhd", "Trasporti Bianchi S.r.l.", "Kilimall"]
                )
            ),
            "industry": G(lambda f: f.pick(["logistics", "ride_hailing", "construction", "retail"])),
            "employees": G(lambda f: f.r.randint(10, 3000)),
            "plan": G(lambda f: f.pick(["fleet_basic", "fleet_pro"])),
            "website": G(lambda f: f.pick(["https://twiga.example", "https://rapidlogistik.example"])),
            "fleet_size": G(lambda f: f.r.randint(3, 400)),
            "createdAt": G(lambda f: f.iso()),
            "company_registration_no": G(
                lambda f: f.pick([f"PVT-{_d(f, 6)}", f"{_d(f, 12)}", f"IT{_d(f, 11)}"])
            ),
            "billing_email": G(lambda f: f.pick(["accounts@twiga.example", "finance@rapidlogistik.example"])),
            "fleet_manager_name": Y(full, "name"),
            "fleet_manager_email": Y(email, "email"),
            "fleet_manager_mobile": Y(phone, "phone"),
        },
    ),
    (
        "alias",
        None,
        ["web:/account/signup:Create account | Sikura", "swift"],
        MARKETS,
        25,
        {},
    ),
    # ---- KYC ----
    (
        "track",
        "Identity Document Captured",
        ["kotlin", "swift"],
        MARKETS,
        45,
        {
            "document_type": G(lambda f: f.pick(["national_id", "passport", "driving_licence"])),
            "document_country": G(lambda f: f.market),
            "document_number": RED(national_id, "national id"),
            "passport_number": RED(passport, "passport"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "ocr_full_name": Y(full, "name"),
            "ocr_date_of_birth": Y(dob, "birthdate"),
            "selfie_url": Y(lambda f: photo_url(f, "kyc"), "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "vendor": G(lambda f: f.pick(["smile_id", "onfido", "jumio"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["kotlin", "swift", "web:/login:Accedi | Sikura"],
        MARKETS,
        40,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "otp_length": G(lambda f: 6),
            "resend_count": G(lambda f: f.r.randint(0, 3)),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "OTP Delivered",
        ["go"],
        MARKETS,
        35,
        {
            "provider": G(lambda f: f.pick(["africastalking", "twilio", "vonage"])),
            "to": Y(lambda f: phone(f, "e164"), "phone"),
            "verification_code": RED(lambda f: _d(f, 6), "token"),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "segments": G(lambda f: 1),
            "cost": G(lambda f: round(f.r.uniform(0.01, 0.08), 4)),
            "status": G(lambda f: f.pick(["delivered", "sent", "failed"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        MARKETS,
        30,
        {
            "recipient": Y(email, "email"),
            "magic_link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_s": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/claims", "/policy", "/trips"])),
            "from_address": G(lambda f: "no-reply@sikura.app"),
        },
    ),
    # ---- telematics ----
    (
        "screen",
        "Trip Summary",
        ["swift-loc", "kotlin-loc", "flutter"],
        MARKETS,
        90,
        {
            "trip_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: round(f.r.uniform(0.8, 180), 1)),
            "duration_s": G(lambda f: f.r.randint(120, 9000)),
            "score": G(lambda f: f.r.randint(35, 100)),
            "harsh_braking_count": G(lambda f: f.r.randint(0, 8)),
            "harsh_acceleration_count": G(lambda f: f.r.randint(0, 6)),
            "speeding_seconds": G(lambda f: f.r.randint(0, 600)),
            "phone_handling_minutes": G(lambda f: round(f.r.uniform(0, 12), 1)),
            "night_driving_pct": G(lambda f: f.r.randint(0, 100)),
            "start_lat": Y(lat, "geolocation"),
            "start_lng": Y(lon, "geolocation"),
            "end_lat": Y(lat, "geolocation"),
            "end_lng": Y(lon, "geolocation"),
            "start_address": Y(full_address, "address"),
            "end_address": Y(full_address, "address"),
            "source": G(lambda f: f.pick(["phone", "dongle"])),
            "passenger_trip": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trip Uploaded",
        ["go"],
        MARKETS,
        60,
        {
            "trip_id": G(lambda f: f.uuid()),
            "device_imei": Y(lambda f: f.luhn_complete("86" + _d(f, 12)), "serial"),
            "dongle_asset_no": G(lambda f: f"SKD-{_d(f, 7)}"),
            "vehicle_vin": Y(chassis, "serial"),
            "firmware": G(lambda f: f.pick(["2.4.17", "2.5.0", "2.5.3"])),
            "started_at": G(ts_ms),
            "ended_at": G(ts_ms),
            "odometer_km": G(lambda f: f.r.randint(5000, 320000)),
            "fuel_used_l": G(lambda f: round(f.r.uniform(0.2, 20), 2)),
            "points": Many(
                {
                    "lat": Y(lat, "geolocation"),
                    "lng": Y(lon, "geolocation"),
                    "ts": G(ts_ms),
                    "speed_kmh": G(lambda f: round(f.r.uniform(0, 130), 1)),
                    "heading": G(lambda f: f.r.randint(0, 359)),
                },
                6,
            ),
            "events": Many(
                {
                    "type": G(lambda f: f.pick(["harsh_brake", "harsh_accel", "sharp_turn", "speeding"])),
                    "g_force": G(lambda f: round(f.r.uniform(0.25, 0.9), 2)),
                    "ts": G(ts_ms),
                    "position": Y(latlon_str, "geolocation"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Harsh Braking Detected",
        ["kotlin-loc", "swift-loc"],
        MARKETS,
        60,
        {
            "trip_id": G(lambda f: f.uuid()),
            "deceleration_g": G(lambda f: round(f.r.uniform(0.3, 0.95), 2)),
            "speed_before_kmh": G(lambda f: f.r.randint(20, 130)),
            "speed_after_kmh": G(lambda f: f.r.randint(0, 60)),
            "road_type": G(lambda f: f.pick(["urban", "highway", "rural"])),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            "detected_by": G(lambda f: f.pick(["accelerometer", "obd"])),
        },
    ),
    (
        "track",
        "Driving Score Updated",
        ["python"],
        MARKETS,
        45,
        {
            "period": G(lambda f: f.pick(["2024-W14", "2024-W15", "2024-04"])),
            "score": G(lambda f: f.r.randint(35, 100)),
            "percentile": G(lambda f: f.r.randint(1, 99)),
            "discount_pct": G(lambda f: f.pick([0, 5, 10, 15, 20])),
            "trips_counted": G(lambda f: f.r.randint(1, 80)),
            "km_counted": G(lambda f: f.r.randint(10, 3000)),
            "braking_score": G(lambda f: f.r.randint(30, 100)),
            "speeding_score": G(lambda f: f.r.randint(30, 100)),
            "distraction_score": G(lambda f: f.r.randint(30, 100)),
            "model_version": G(lambda f: f.pick(["dsm-3.1.0", "dsm-3.2.0"])),
        },
    ),
    (
        "track",
        "Dongle Paired",
        ["swift", "kotlin"],
        MARKETS,
        35,
        {
            "dongle_asset_no": G(lambda f: f"SKD-{_d(f, 7)}"),
            "bluetooth_mac": Y(lambda f: f.mac(), "mac"),
            "dongle_model": G(lambda f: f.pick(["SK-OBD2-BLE", "SK-OBD2-LTE"])),
            "firmware": G(lambda f: f.pick(["2.4.17", "2.5.0", "2.5.3"])),
            "vehicle_plate": Y(plate, "license"),
            "pairing_duration_ms": G(lambda f: f.r.randint(800, 20000)),
            "rssi": G(lambda f: f.r.randint(-90, -40)),
        },
    ),
    (
        "track",
        "Dongle Heartbeat",
        ["go"],
        MARKETS,
        40,
        {
            "imei": Y(lambda f: f.luhn_complete("86" + _d(f, 12)), "serial"),
            "iccid": Y(lambda f: f.luhn_complete("8925" + _d(f, 14)), "serial"),
            "gsm_signal": G(lambda f: f.r.randint(0, 31)),
            "battery_v": G(lambda f: round(f.r.uniform(11.6, 14.4), 2)),
            "ignition": G(lambda f: f.pick([True, False])),
            "last_fix": {
                "lat": Y(lat, "geolocation"),
                "lon": Y(lon, "geolocation"),
            },
            "uptime_s": G(lambda f: f.r.randint(60, 10**6)),
            "fw": G(lambda f: f.pick(["2.4.17", "2.5.0", "2.5.3"])),
        },
    ),
    (
        "track",
        "Saved Place Added",
        ["flutter", "kotlin"],
        MARKETS,
        35,
        {
            "label": G(lambda f: f.pick(["Home", "Work", "Nyumbani", "Rumah", "Casa", "Gym"])),
            "address": Y(full_address, "address"),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "radius_m": G(lambda f: f.pick([100, 200, 500])),
            "places_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["flutter", "swift"],
        MARKETS,
        35,
        {
            "label": G(lambda f: f.pick(["Mum", "Husband", "Wife", "Brother", "Mama", "Abang", "Papà"])),
            "value": Y(phone, "phone", True),
            "contact_name": Y(full, "name"),
            "share_crash_alerts": G(lambda f: f.pick([True, False])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Crash Detected",
        ["kotlin-loc", "swift-loc"],
        MARKETS,
        30,
        {
            "crash_id": G(lambda f: f.uuid()),
            "peak_g": G(lambda f: round(f.r.uniform(2.5, 9), 2)),
            "speed_kmh": G(lambda f: f.r.randint(10, 110)),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "user_confirmed": G(lambda f: f.pick([True, False, None])),
            "emergency_contacts_notified": G(lambda f: f.r.randint(0, 2)),
            "location_text": Y(latlon_str, "geolocation"),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        ["swift-loc", "flutter"],
        MARKETS,
        40,
        {
            "request_id": G(lambda f: f"RSA-{_d(f, 8)}"),
            "issue": G(lambda f: f.pick(["flat_tyre", "battery", "out_of_fuel", "accident", "locked_out"])),
            "vehicle_plate": Y(plate, "license"),
            "callback_number": Y(phone, "phone"),
            "pickup": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
            "destination_garage": G(
                lambda f: f.pick(["Officina Rossi & Figli", "AutoXpress Westlands", "Bengkel Ah Seng"])
            ),
            "eta_min": G(lambda f: f.r.randint(15, 120)),
            "provider": G(lambda f: f.pick(["ACI Global", "AA Kenya", "MyAssist"])),
        },
    ),
    # ---- claims ----
    (
        "screen",
        "Claim Step",
        ["rn"],
        MARKETS,
        60,
        {
            "step": G(
                lambda f: f.pick(["incident", "vehicle", "third_party", "photos", "injuries", "review"])
            ),
            "step_index": G(lambda f: f.r.randint(1, 6)),
            "claim_draft_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "FNOL Submitted",
        ["rn"],
        MARKETS,
        60,
        {
            "claim_number": G(claim_no),
            "policy_number": Y(policy_no, "identification"),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "incident_time": G(lambda f: f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}"),
            "incident_type": G(
                lambda f: f.pick(["collision", "theft", "vandalism", "flood", "windscreen", "hit_and_run"])
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "Rear-ended at a red light, bumper and boot damaged",
                        "Reversed into a bollard in the supermarket car park",
                        "Side mirror knocked off while parked overnight",
                        "Hit a pothole, front tyre and rim damaged",
                        "Other car pulled out of a junction without looking",
                        "Flooded underpass, engine stalled",
                    ]
                )
            ),
            "accident_location": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "address": Y(full_address, "address"),
                "road_type": G(lambda f: f.pick(["urban", "highway", "rural", "car_park"])),
            },
            "police_report_no": G(
                lambda f: f"OB/{_d(f, 2)}/{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2024"
            ),
            "police_station": G(
                lambda f: f.pick(
                    ["Kilimani Police Station", "Balai Polis Dang Wangi", "Comando Vigili Urbani"]
                )
            ),
            "vehicle_drivable": G(lambda f: f.pick([True, False])),
            "third_party_involved": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 12)),
            "driver_injured": Y(lambda f: f.pick([True, False]), "condition"),
            "injured_persons_count": G(lambda f: f.r.randint(0, 3)),
            "estimated_damage": G(claim_amount),
            "currency": G(currency),
            "third_party": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "plate": Y(plate, "license"),
                "insurer": G(insurer),
                "policy_no": Y(policy_no, "identification"),
            },
            "witnesses": Many(
                {
                    "name": Y(full, "name"),
                    "phone": Y(phone, "phone"),
                    "statement": G(
                        lambda f: f.pick(
                            [
                                "The white van ran the red light.",
                                "I saw the blue car brake suddenly.",
                                "Didn't see the impact, only heard it.",
                                "The matatu was overtaking on the left.",
                            ]
                        )
                    ),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Injury Details Added",
        ["rn"],
        MARKETS,
        40,
        {
            "claim_number": G(claim_no),
            "injured_party_role": G(
                lambda f: f.pick(["driver", "passenger", "pedestrian", "third_party_driver"])
            ),
            "injured_party_name": Y(full, "name"),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "Whiplash, neck pain",
                        "Fractured left wrist",
                        "Bruised ribs from the seatbelt",
                        "Concussion, kept overnight for observation",
                        "Cut to forehead, five stitches",
                        "Lower back pain since the collision",
                    ]
                ),
                "condition|diagnosis",
            ),
            "hospital_visited": G(
                lambda f: f.pick(
                    ["Ospedale Niguarda", "Kenyatta National Hospital", "Hospital Kuala Lumpur", "Aga Khan"]
                )
            ),
            "ambulance_called": G(lambda f: f.pick([True, False])),
            "days_off_work": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Medical Report Uploaded",
        ["java"],
        MARKETS,
        30,
        {
            "claimNumber": G(claim_no),
            "patientNumber": RED(
                lambda f: f.pick([f"MRN{_d(f, 8)}", f"KNH/{_d(f, 6)}/24", f"RN{_d(f, 7)}"]), "health id"
            ),
            "shaNumber": RED(lambda f: f"SHA{_d(f, 9)}", "health id"),
            "icd10Codes": Many(
                Y(lambda f: f.pick(["S13.4", "S62.5", "S20.2", "S06.0", "S33.5"]), "diagnosis"), 2
            ),
            "treatments": Many(
                Y(lambda f: f.pick(["X-ray", "cervical collar", "physiotherapy", "sutures"]), "procedure"), 2
            ),
            "reportPages": G(lambda f: f.r.randint(1, 12)),
            "fileSha256": G(lambda f: f.hexid(64)),
            "uploadedBy": G(lambda f: f.pick(["claimant", "hospital", "lawyer"])),
            "treatingDoctor": Y(lambda f: "Dr. " + full(f), "name"),
        },
    ),
    (
        "track",
        "Claim Photo Uploaded",
        ["flutter", "rn"],
        MARKETS,
        70,
        {
            "claim_number": G(claim_no),
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(photo_url, "photo"),
            "kind": G(
                lambda f: f.pick(["damage_front", "damage_rear", "scene", "other_vehicle", "licence_disc"])
            ),
            "file_size_kb": G(lambda f: f.r.randint(300, 6000)),
            "mime_type": G(lambda f: "image/jpeg"),
            "sha256": G(lambda f: f.hexid(64)),
            "exif": {
                "gps_lat": Y(lat, "geolocation"),
                "gps_lng": Y(lon, "geolocation"),
                "taken_at": G(lambda f: f.iso()),
                "camera_model": G(lambda f: f.pick(["iPhone 13", "SM-A546E", "TECNO KI7"])),
            },
            "ai_damage_severity": G(lambda f: f.pick(["minor", "moderate", "severe", "total_loss"])),
        },
    ),
    (
        "track",
        "Claim Status Changed",
        ["python"],
        MARKETS,
        60,
        {
            "claim_number": G(claim_no),
            "from_status": G(lambda f: f.pick(["submitted", "triage", "assessment", "approved"])),
            "to_status": G(lambda f: f.pick(["triage", "assessment", "approved", "paid", "rejected"])),
            "handler_id": G(lambda f: f"EMP{_d(f, 5)}"),
            "handler_name": Y(full, "name"),
            "handler_email": Y(staff_email, "email"),
            "fraud_score": G(lambda f: round(f.r.random(), 3)),
            "reserve_amount": G(claim_amount),
            "sla_breached": G(lambda f: f.pick([True, False])),
            "reason_code": G(lambda f: f.pick(["R01", "R07", "A02", "A05"])),
        },
    ),
    (
        "track",
        "Repair Shop Assigned",
        ["java"],
        MARKETS,
        45,
        {
            "claim_number": G(claim_no),
            "shop_id": G(lambda f: f"RS{_d(f, 5)}"),
            "shop_name": G(
                lambda f: f.pick(
                    ["Carrozzeria Moderna", "AutoXpress Westlands", "Bengkel Ah Seng", "CMC Motors"]
                )
            ),
            "shop_address": G(
                lambda f: f.pick(
                    [
                        "Via Tortona 33, 20144 Milano",
                        "Woodvale Grove, Westlands, Nairobi",
                        "Lot 12, Jalan 51A/223, 46100 Petaling Jaya",
                    ]
                )
            ),
            "shop_phone": G(lambda f: f.pick(["+39 02 4870 1122", "+254 20 444 0190", "+60 3-7957 1200"])),
            "shop_email": G(
                lambda f: f.pick(
                    ["officina@carrozzeriamoderna.it", "service@autoxpress.co.ke", "info@ahseng.my"]
                )
            ),
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 40), 1)),
            "customer_first_name": Y(first, "name"),
            "courtesy_car": G(lambda f: f.pick([True, False])),
            "eta_days": G(lambda f: f.r.randint(2, 21)),
            "network_partner": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Repair Estimate Received",
        ["node"],
        MARKETS,
        40,
        {
            "repair-order-id": G(lambda f: f"RO-{_d(f, 7)}"),
            "shop-id": G(lambda f: f"RS{_d(f, 5)}"),
            "claim-ref": G(claim_no),
            "vehicle-reg": Y(plate, "license"),
            "customer-phone": Y(phone, "phone"),
            "technician-name": Y(full, "name"),
            "labour-hours": G(lambda f: round(f.r.uniform(1, 40), 1)),
            "estimate-total": G(claim_amount),
            "parts": Many(
                {
                    "part-number": G(
                        lambda f: f.pick(["52119-0D903", "735634872", "86511-1R000", "A2058800340"])
                    ),
                    "description": G(
                        lambda f: f.pick(
                            ["Front bumper cover", "Headlamp assy LH", "Door mirror RH", "Bonnet"]
                        )
                    ),
                    "qty": G(lambda f: f.r.randint(1, 2)),
                    "unit-price": G(lambda f: round(f.r.uniform(20, 900), 2)),
                },
                4,
            ),
            "status": G(lambda f: f.pick(["pending_approval", "approved", "queried"])),
        },
    ),
    (
        "track",
        "Claim Payout Issued",
        ["dotnet"],
        MARKETS,
        45,
        {
            "ClaimNumber": G(claim_no),
            "PolicyNumber": Y(policy_no, "identification"),
            "PayoutAmount": G(claim_amount),
            "PayoutCurrency": G(currency),
            "PayoutMethod": G(lambda f: f.pick(["bank_transfer", "mpesa", "duitnow", "cheque"])),
            "BeneficiaryName": Y(full, "name"),
            "BeneficiaryAccount": RED(bank_account, "bank account"),
            "BeneficiaryBankBic": G(bic),
            "MobileMoneyNumber": Y(msisdn, "phone"),
            "ApprovedBy": Y(full, "name"),
            "ApproverEmail": Y(staff_email, "email"),
            "ApprovedAt": G(lambda f: f.iso()),
            "IsTotalLoss": G(lambda f: f.pick([True, False])),
            "ExcessDeducted": G(lambda f: f.r.randint(0, 1000)),
            "Note": Y(payout_note, "name", True),
            "TransactionRef": G(lambda f: f"TRX{_d(f, 12)}"),
        },
    ),
    # ---- service ----
    (
        "track",
        "Named Driver Added",
        ["web:/policy/drivers:Drivers | Sikura", "kotlin"],
        MARKETS,
        40,
        {
            "policy_number": Y(policy_no, "identification"),
            "named_drivers": Many(
                {
                    "full_name": Y(full, "name"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "employee", "sibling"])),
                    "licence_number": Y(licence_no, "license"),
                    "years_licensed": G(lambda f: f.r.randint(0, 40)),
                },
                3,
            ),
            "extra_premium": G(lambda f: round(f.r.uniform(0, 400), 2)),
            "drivers_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        MARKETS,
        45,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(["Claim update", "Change of vehicle", "Refund request", "Dongle offline"])
            ),
            "body": Y(note_with_phone, "phone", True),
            "requester_email": Y(email, "email"),
            "assignee": Y(full, "name"),
            "group": G(lambda f: f.pick(["claims", "billing", "telematics"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "email", "whatsapp", "voice"])),
            "support_address": G(
                lambda f: f.pick(["support@sikura.it", "help@sikura.co.ke", "bantuan@sikura.com.my"])
            ),
            "tags": Many(G(lambda f: f.pick(["vip", "renewal", "claims", "telematics"])), 3),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "web:/help:Aiuto | Sikura"],
        MARKETS,
        45,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(chat_text, "license", True),
            "sender": G(lambda f: "customer"),
            "char_count": G(lambda f: f.r.randint(10, 200)),
            "bot_handled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Inbound Call Completed",
        ["node"],
        MARKETS,
        35,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: phone(f, "e164"), "phone"),
            "To": G(lambda f: f.pick(["+390294750000", "+254709123000", "+60327800000"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: f.r.randint(0, 1800)),
            "Direction": G(lambda f: "inbound"),
            "FromCountry": G(lambda f: f.market),
            "queue": G(lambda f: f.pick(["claims_it", "fnol_ke", "renewals_my"])),
            "agent_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Renewal Email Delivered",
        ["python"],
        MARKETS,
        40,
        {
            "email": Y(email, "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + _d(f, 3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@mail.sikura.app>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click"])),
            "ip": Y(ip, "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "template": G(lambda f: f.pick(["renewal_30d", "renewal_7d", "renewal_lapsed"])),
            "category": Many(G(lambda f: f.pick(["renewal", "motor", "transactional"])), 2),
            "renewal_premium": G(premium),
        },
    ),
    (
        "track",
        "Policy Searched",
        ["web:/agent/search:Agent console | Sikura"],
        MARKETS,
        40,
        {
            "q": Y(plate, "license", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: f"AG{_d(f, 4)}"),
            "branch": G(lambda f: f.pick(["Milano Centrale", "Nairobi CBD", "Mid Valley KL"])),
            "search_mode": G(lambda f: f.pick(["plate", "auto"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web:/quote/driver:Driver details | Sikura"],
        MARKETS,
        40,
        {
            "form": G(lambda f: "driver_details"),
            "field": G(lambda f: f.pick(["mobile", "telefono", "no_telefon", "nambari_ya_simu"])),
            "value": Y(phone, "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(400, 20000)),
            "corrections": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        MARKETS,
        30,
        {
            "referral_code": G(lambda f: f"SIK-{f.hexid(6).upper()}"),
            "referee_name": Y(full, "name"),
            "referee_phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 500, 20])),
        },
    ),
    (
        "track",
        "Policy Cancelled",
        ["java"],
        MARKETS,
        30,
        {
            "policy_number": Y(policy_no, "identification"),
            "cancellation_reason": G(
                lambda f: f.pick(["sold_vehicle", "found_cheaper", "moved_abroad", "non_payment"])
            ),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Found a better price elsewhere",
                        "Car was sold last month",
                        "Too expensive",
                        "",
                        "Moving abroad",
                    ]
                )
            ),
            "refund_amount": G(lambda f: round(f.r.uniform(0, 600), 2)),
            "days_active": G(lambda f: f.r.randint(1, 365)),
            "cooling_off": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Road Tax Renewed",
        ["php"],
        ("MY",),
        30,
        {
            "vehicle_reg_no": Y(plate, "license"),
            "chassis_no": Y(vin, "serial"),
            "road_tax_expiry": G(lambda f: f.date(2025, 2026)),
            "amount_paid": G(lambda f: round(f.r.uniform(20, 900), 2)),
            "paid_via": G(lambda f: f.pick(["FPX", "credit_card", "Touch n Go eWallet"])),
            "vehicle_type": G(lambda f: f.pick(["car", "motorcycle", "van"])),
            "ncd": G(lambda f: f.pick([0, 25, 30, 38.33, 45, 55])),
        },
    ),
    (
        "track",
        "Dai Taarifa ya Ajali",
        ["node"],
        ("KE",),
        30,
        {
            "nambari_ya_dai": G(claim_no),
            "namba_ya_gari": Y(plate, "license"),
            "jina_la_shahidi": Y(full, "name"),
            "simu_ya_shahidi": Y(phone, "phone"),
            "mahali_pa_ajali": Y(latlon_str, "geolocation"),
            "maelezo": G(
                lambda f: f.pick(
                    [
                        "Gari liligongwa kwa nyuma kwenye taa",
                        "Kioo cha mbele kilivunjika",
                        "Matatu iligonga upande wa kulia",
                    ]
                )
            ),
            "kiasi_kinachodaiwa": G(claim_amount),
            "tarehe": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Sinistro Aperto",
        ["python"],
        ("IT",),
        30,
        {
            "numero_sinistro": G(claim_no),
            "numero_polizza": Y(policy_no, "identification"),
            "targa_controparte": Y(plate, "license"),
            "nome_controparte": Y(full, "name"),
            "modulo_cai_firmato": G(lambda f: f.pick([True, False])),
            "luogo_sinistro": Y(full_address, "address"),
            "importo_stimato": G(claim_amount),
            "carrozzeria": G(
                lambda f: f.pick(["Carrozzeria Moderna", "Autofficina Gallo", "Centro Cristalli Bologna"])
            ),
            "note": Y(note_with_phone, "phone", True),
        },
    ),
    (
        "track",
        "Customer Profile Updated",
        ["dotnet"],
        MARKETS,
        40,
        {
            "CustomerNumber": G(lambda f: f"C{_d(f, 8)}"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(dob, "birthdate"),
            "HomeAddress": {
                "Line1": Y(street, "address|street"),
                "City": Y(city, "city"),
                "PostCode": Y(postcode, "zipcode"),
                "Region": G(region),
                "CountryCode": G(lambda f: f.market),
            },
            "UpdatedFields": Many(
                G(lambda f: f.pick(["Email", "MobilePhone", "HomeAddress", "Occupation"])), 3
            ),
            "EmailVerified": G(lambda f: f.pick([True, False])),
            "ModifiedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Fleet Driver Added",
        ["java"],
        MARKETS,
        35,
        {
            "fleet_account_id": G(lambda f: f"grp_{_d(f, 6)}"),
            "employee_number": G(lambda f: f"E{_d(f, 5)}"),
            "driver_name": Y(full, "name"),
            "driver_phone": Y(phone, "phone"),
            "driver_licence_no": Y(licence_no, "license"),
            "driver_national_id": RED(national_id, "national id"),
            "depot": G(
                lambda f: f.pick(["Industrial Area", "Shah Alam Hub", "Interporto Bologna", "Mombasa Port"])
            ),
            "assigned_vehicle_plate": Y(plate, "license"),
            "start_date": G(lambda f: f.date(2020, 2024)),
        },
    ),
    (
        "track",
        "Tuntutan Dihantar",
        ["php"],
        ("MY",),
        30,
        {
            "no_tuntutan": G(claim_no),
            "no_polisi": Y(policy_no, "identification"),
            "nama_pihak_ketiga": Y(full, "name"),
            "no_telefon_pihak_ketiga": Y(phone, "phone"),
            "no_kenderaan_pihak_ketiga": Y(plate, "license"),
            "lokasi_kemalangan": Y(full_address, "address"),
            "keterangan": G(
                lambda f: f.pick(
                    [
                        "Kereta dilanggar dari belakang di lampu isyarat",
                        "Cermin sisi patah semasa diletakkan",
                        "Terlanggar lubang jalan, tayar rosak",
                    ]
                )
            ),
            "jumlah_tuntutan": G(claim_amount),
            "laporan_polis_dibuat": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Policy Documents",
        ["swift", "kotlin", "flutter"],
        MARKETS,
        40,
        {
            "documents_count": G(lambda f: f.r.randint(1, 6)),
            "has_green_card": G(lambda f: f.pick([True, False])),
            "policy_status": G(lambda f: f.pick(["active", "expiring", "lapsed"])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "flutter"],
        MARKETS,
        50,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.1"])),
            "build": G(lambda f: f.pick(["41200", "4131"])),
            "referring_application": G(lambda f: f.pick(["com.whatsapp", "com.google.android.gm", ""])),
            "url": G(lambda f: f.pick(["sikura://trips", "sikura://claims/new", ""])),
        },
    ),
    (
        "track",
        "Push Notification Tapped",
        ["swift", "kotlin"],
        MARKETS,
        35,
        {
            "campaign_id": G(lambda f: f.r.randint(1000, 9999)),
            "message_title": G(
                lambda f: f.pick(["Your weekly driving score", "Renewal due", "Trip recorded"])
            ),
            "action": G(lambda f: f.pick(["open", "dismiss", "view_trip"])),
            "provider": G(lambda f: f.pick(["braze", "firebase"])),
        },
    ),
]


def _context(client: str):
    if client.startswith("web:"):
        _, page, title = client.split(":", 2)
        return web_context(page, title)
    if client == "swift":
        return swift_context()
    if client == "swift-loc":
        return swift_context(location=True)
    if client == "kotlin":
        return kotlin_context()
    if client == "kotlin-loc":
        return kotlin_context(location=True)
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    if client in ("node", "ruby"):
        return server_context(client, ip_=True, ua=True)
    if client == "php":
        return server_context(client, ip_=True)
    return server_context(client)


def build(seed: int):
    f = MotorFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, markets, count, body in EVENTS:
        for _ in range(count):
            f.market = f.pick(markets)
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f"usr_{_d(f, 9)}",
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f"grp_{_d(f, 6)}"
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(_context(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=262)
    write(Path(__file__).parent, "holdout262_", events, labels)
