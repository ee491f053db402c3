"""Writes holdout 82: tests/corpus/holdout82_events.jsonl and holdout82_labels.json.

Sealed: written from the brief, the corpus helpers (build.py, fake.py), build_holdout3.py (for its
format only), REFERENCE.md and DESIGN.md, without reading the detection engine, its vocabularies,
its tests, the detection docs or any other corpus's labels, and without running the engine on
these events. Run with `.venv/bin/python -m tests.corpus.build_holdout82`; seeded, deterministic.

Covers car and home insurance in the US, the UK and Germany, as a Segment customer's everyday
traffic: quote funnels (drivers and named drivers, vehicles, claims history, convictions, property
details), e-commerce spec events for buying a policy, payments by card and by direct debit (SEPA,
Bacs), Stripe-, GoCardless-, Twilio-, call-tracking- and Facebook-CAPI-shaped payloads, renewals
and cancellations, claims with photos, accident and injury descriptions, third parties and
witnesses, loss adjusters and repairers, telematics trips and driving scores, roadside assistance,
sign-up, one-time codes and password resets; identify / track / page / screen / group / alias
calls with the `context` blocks of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries (context.ip, traits, device, app, library, locale, userAgent, campaign,
location, externalIds).

Conventions: mostly camelCase and snake_case English keys; about 18 % of paths use PascalCase
(.NET, Twilio), kebab-case (a PHP backend), SCREAMING_SNAKE (a warehouse sync) or German keys
(versicherungsnehmer, geburtsdatum, kennzeichen, schadennummer, bankverbindung, ...).
Values: names from many cultures; US, UK and German phone formats; US, UK and German addresses
and postcodes; Luhn-valid cards, mod-97 IBANs, SSA-structured SSNs, mod-11 NHS numbers, check-digit
KVNRs (German health insurance numbers), check-digit VINs, UK driving licence numbers built by the
DVLA's layout, real plate layouts per country, real sha256 hashes of e-mails and phones.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has a classification (red / yellow / green), a type (the reference's matcher
  name, or bank account, geolocation, secret, national id, health id, advertising id, credit
  card, password, ip, conviction; `a|b` where either name is fair) and value_only (the key does
  not say what the value is; only the value can tell).
- PII = personal data about a natural person (policyholder, named driver, third party, witness,
  injured party, occupant, friend referred, staff such as claims handlers and loss adjusters):
  names, contact details, the person's own address and precise location, birth dates, government
  ids, bank accounts and full card numbers, health, credentials and secrets, IP addresses,
  advertising and ad-click ids. Colour: the reference's default for its matcher; outside the
  reference, red for credentials/secrets, cards, bank accounts, government ids and health ids,
  yellow otherwise.
- Green: ids we or vendors issue (customer, quote, order, claim, mandate, payment-intent, Stripe
  customer, GoCardless and Twilio ids, police and crime reference numbers), versions, timestamps
  and dates other than birth dates, hashes of non-personal data (file checksums, a sha256 of our
  own user id), amounts, enums, counters and booleans even under PII-sounding keys, product,
  insurer, repairer, broker, bank and pet names and pet data, places that are not the person's
  (a repairer's or broker's address, an incident's town), country, state, county, locale,
  timezone, currency, user agents, OS-issued device ids. Card brand, last four, expiry and BIN are
  green; sort codes, BICs, routing numbers and SEPA creditor ids are green; ssn_last4 is red.
- Published policy on contested cases, followed as written: customer / claim / member numbers,
  ages, marital status, occupations and employers, a business's own phone, e-mail and address
  (including a company's number in a telephony webhook) and pets' data are green; insurance policy
  numbers (`identification`), pay and income (`salary`), vehicle plates (`license`) and VINs
  (`serial`), gclid / fbclid / fbp / fbc (`advertising id`), billing addresses (`address`) are
  yellow; payment and card tokens, client secrets and one-time codes are red (`token|secret`).
- Special categories carried by a boolean or enum are PII of that category in its matcher's
  colour: military status / veteran (red veteran), a home adapted for a disabled occupant (red
  disability), injury type and severity, medical conditions and treatment (yellow condition /
  procedure).
- Decisions where the brief is silent (what a careful privacy owner at a mid-size insurer would
  want flagged):
  - Motoring convictions are criminal-offence data: the offence code and the yes/no answer to
    "any convictions?" are yellow `conviction`; the date, penalty points and fine attached to a
    conviction are green like other dates, counters and amounts.
  - Photos a claimant uploads (damage, injuries, driving licence scans) may show faces, plates
    and homes: their URLs are yellow `photo`; photo ids, sizes, mime types and checksums are green.
  - Where an incident happened: coordinates and what3words are the person's precise location
    (yellow geolocation); the town or state of an incident is green.
  - Hashed e-mails and phones sent to ad platforms (Facebook CAPI `em`, `ph`) keep the type of
    what they hash, yellow, and are not value_only (the key names them, the value cannot).
  - A salutation (Mr / Mrs / Ms, Herr / Frau) reveals gender: yellow `gender`.
  - Serial numbers of a person's own things (stolen laptops, a telematics tag) are yellow
    `serial`, like VINs.
  - A staff member's own name, work mobile and personal work e-mail are PII (yellow); a shared
    business mailbox or switchboard number is green.
- Motoring convictions include US violation types (`violations[].type`: DUI, reckless driving).
- value_only is true for neutral or generic keys (`field.value`, `label`, `input`, `note`,
  `message`, `to`, `From`, `destination`, `recipient`, `statement`, `unfallhergang`, `text`, `id`
  in context.externalIds); such a path holds its PII in every value. Free text is labelled by what
  every one of its values carries (each free-text generator below puts the PII in every value:
  a plate in every witness statement, an e-mail in every handler note, a phone in every callback
  message, a code in every SMS), green when none does (FNOL descriptions, chat lines, feedback,
  help-centre queries, SMS replies).
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, L, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ------------------------------------------------------------------------------

FIRSTS = [
    "Aoife",
    "Siobhan",
    "Dariusz",
    "Thandiwe",
    "Ngozi",
    "Hamid",
    "Leilani",
    "Jürgen",
    "Ayşe",
    "Mehmet",
    "Lukas",
    "Anneliese",
    "Karim",
    "Deepika",
    "Wei",
    "Haruto",
    "Olumide",
    "Carmen",
    "Tomás",
    "Eilidh",
    "Rhys",
    "Magdalena",
    "Dmitri",
    "Nasrin",
    "Kofi",
    "Seo-yeon",
    "Minh",
    "Bongani",
    "Inês",
    "Giulia",
    "Malik",
    "Emily",
    "Connor",
    "DeShawn",
    "Maria",
    "Jennifer",
    "Brandon",
    "Sven",
    "Ingrid",
    "Fatou",
    "Arjun",
    "Lena",
    "Friederike",
    "Oluwaseun",
    "Ximena",
    "Rahul",
    "Zeynep",
    "Callum",
    "Keisha",
    "Yusuf",
]
LASTS = [
    "Schneider",
    "Yılmaz",  # noqa: RUF001
    "Nowak",
    "Hoffmann",
    "Adeyemi",
    "Kim",
    "Tran",
    "Jones",
    "Williams",
    "MacDonald",
    "Fitzgerald",
    "van der Berg",
    "Al-Sayed",
    "Hernández",
    "Papadopoulos",
    "Okonkwo",
    "Becker",
    "Wagner",
    "Richter",
    "Shah",
    "Singh",
    "Ahmed",
    "Zhang",
    "Kowalczyk",
    "Lindqvist",
    "Murphy",
    "Washington",
    "O'Neill",
    "Morgan",
    "Evans",
    "Krüger",
    "Schäfer",
    "Nguyen",
    "Rodríguez",
    "Bianchi",
    "Mbeki",
    "Chowdhury",
    "Ivanov",
    "Takahashi",
    "Johnson",
]
MAILS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "btinternet.com",
    "icloud.com",
    "hotmail.com",
    "web.de",
    "gmx.de",
    "t-online.de",
    "aol.com",
    "proton.me",
    "sky.com",
]
ASCII = str.maketrans(
    {
        "ü": "ue",
        "ö": "oe",
        "ä": "ae",
        "ß": "ss",
        "ş": "s",
        "ı": "i",  # noqa: RUF001
        "é": "e",
        "á": "a",
        "ê": "e",
        "í": "i",
        "ó": "o",
        "'": "",
        " ": "",
        "-": "",
    }
)

US_STREETS = [
    "Oak Ave",
    "Maple Street",
    "W 34th St",
    "Lakeshore Dr",
    "Pine Ridge Rd",
    "Elm Ct",
    "Sunset Blvd",
]
UK_STREETS = ["Victoria Road", "Mill Lane", "Church Street", "Station Road", "The Crescent", "Kings Avenue"]
DE_STREETS = ["Hauptstraße", "Schillerstraße", "Am Lindenhof", "Bahnhofstr.", "Goethestraße", "Kirchweg"]
US_CITIES = [
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Tampa", "FL"),
    ("Denver", "CO"),
    ("Fresno", "CA"),
    ("Albany", "NY"),
]
UK_TOWNS = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Milton Keynes", "Norwich", "Bolton", "Belfast"]
DE_ORTE = ["Berlin", "München", "Köln", "Leipzig", "Freiburg im Breisgau", "Bochum", "Kiel", "Würzburg"]
UK_AREAS = ["LS", "BS", "CF", "G", "MK", "NR", "BL", "BT", "SW", "N", "M", "EH", "OX"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def email(f: Fake) -> str:
    a, b = first(f).lower().translate(ASCII), last(f).lower().translate(ASCII)
    user = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b[:4]}{f.r.randint(70, 99)}"]
    )
    return f"{user}@{f.pick(MAILS)}"


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone_uk(f: Fake) -> str:
    n = f.digits(6)
    return f.pick(
        [
            f"07{f.r.randint(400, 999)} {n}",
            f"+44 7{f.r.randint(400, 999)} {n}",
            f"+447{f.r.randint(400, 999)}{n}",
            f"0113 {f.r.randint(200, 499)} {f.digits(4)}",
            f"020 7{f.r.randint(100, 999)} {f.digits(4)}",
        ]
    )


def phone_de(f: Fake) -> str:
    return f.pick(
        [
            f"+49 15{f.r.randint(1, 9)} {f.digits(8)}",
            f"01{f.pick(['51', '60', '70', '76'])} {f.digits(7)}",
            f"030 {f.digits(8)}",
            f"+49 (0)89 {f.digits(7)}",
            f"+4917{f.r.randint(0, 9)}{f.digits(7)}",
        ]
    )


def phone_any(f: Fake) -> str:
    return f.pick([phone_us, phone_uk, phone_de])(f)


def uk_postcode(f: Fake) -> str:
    area = f.pick(UK_AREAS)
    return f"{area}{f.r.randint(1, 19)} {f.r.randint(0, 9)}{f.pick(PC_LETTERS)}{f.pick(PC_LETTERS)}"


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(1001, 99950):05d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.digits(4)}"


def de_plz(f: Fake) -> str:
    return f"{f.r.randint(1067, 99998):05d}"


def uk_line1(f: Fake) -> str:
    n = f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"
    return n if f.r.random() < 0.7 else f"Flat {f.r.randint(1, 12)}, {n}"


def us_line1(f: Fake) -> str:
    return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}"


def de_strasse(f: Fake) -> str:
    return f.pick(DE_STREETS)


def de_line(f: Fake) -> str:
    return f"{de_strasse(f)} {f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"


def full_address(f: Fake) -> str:
    kind = f.pick(["us", "uk", "de"])
    if kind == "us":
        city, state = f.pick(US_CITIES)
        return f"{us_line1(f)}, {city}, {state} {us_zip(f)}"
    if kind == "uk":
        return f"{uk_line1(f)}, {f.pick(UK_TOWNS)} {uk_postcode(f)}"
    return f"{de_line(f)}, {de_plz(f)} {f.pick(DE_ORTE)}"


def dob_iso(f: Fake) -> str:
    return f.date(1944, 2006)


def dob_uk(f: Fake) -> str:
    y, m, d = dob_iso(f).split("-")
    return f"{d}/{m}/{y}"


def dob_us(f: Fake) -> str:
    y, m, d = dob_iso(f).split("-")
    return f"{m}/{d}/{y}"


def dob_de(f: Fake) -> str:
    y, m, d = dob_iso(f).split("-")
    return f"{d}.{m}.{y}"


def uk_dln(f: Fake) -> str:
    """DVLA layout: surname(5, 9-padded), decade, month(+5 for women), day, year, initials, 9, check."""
    surname = "".join(c for c in last(f).upper().translate(ASCII) if c.isalpha())[:5].ljust(5, "9")
    y, m, d = dob_iso(f).split("-")
    month = int(m) + (50 if f.r.random() < 0.5 else 0)
    initials = (first(f)[0] + f.pick("ABCDEFGHJKLMNPRSTW9")).upper().translate(ASCII)[:2]
    check = f.pick("ABCDEFGHIJKLMNPQRSTUVWXYZ") + str(f.r.randint(0, 9))
    return f"{surname}{y[2]}{month:02d}{d}{y[3]}{initials}9{check}"


def us_dl(f: Fake) -> str:
    return f.pick(
        [
            f.pick("ABCDEFGHJKLMNPRSTVWXY") + f.digits(7),  # CA
            f"{f.digits(3)} {f.digits(3)} {f.digits(3)}",  # NY
            f.digits(8),  # TX
            # FL:
            f"{f.pick('ABCDEFGHJKLMNPRSTVWXY')}{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-0",
        ]
    )


def de_fs(f: Fake) -> str:
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick("BFJKMN") + f.digits(3) + "".join(f.pick(alnum) for _ in range(6)) + str(f.r.randint(0, 9))


VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6))), P=7, R=9, **dict(zip("STUVWXYZ", range(2, 10))))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    wmi = f.pick(["1FA", "1HG", "2T1", "3VW", "5YJ", "WVW", "WBA", "WDD", "SAL", "VF1", "JTD", "KMH"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = wmi + "".join(f.pick(chars) for _ in range(5)) + "0" + f.pick("KLMNPRS") + f.pick(chars)
    body += f.digits(6)
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def plate_uk(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = f.pick(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "15", "66"])
    tail = "".join(f.pick(letters) for _ in range(3))
    return (
        f"{f.pick(letters)}{f.pick(letters)}{age} {tail}"
        if f.r.random() < 0.7
        else f"{f.pick(letters)}{f.pick(letters)}{age}{tail}"
    )


def plate_de(f: Fake) -> str:
    district = f.pick(["B", "M", "K", "HH", "L", "FR", "BO", "KI", "WÜ", "S"])
    letters = "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(f.r.randint(1, 2)))
    return f"{district}{f.pick(['-', ' '])}{letters} {f.r.randint(1, 9999)}{f.pick(['', '', 'E'])}"


def plate_us(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(1, 9)}{''.join(f.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{f.digits(3)}",
            f"{''.join(f.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{f.digits(4)}",
            f"{''.join(f.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} {f.digits(3)}",
        ]
    )


def plate_any(f: Fake) -> str:
    return f.pick([plate_uk, plate_de, plate_us])(f)


def policy_no(f: Fake) -> str:
    return f.pick(
        [
            f"HBI-MTR-{f.digits(8)}",
            f"HBI/HH/{f.digits(7)}",
            f"PM{f.digits(10)}",
            f"{f.digits(3)}-{f.digits(4)}-{f.r.randint(10, 99)}",
            f"KF-{f.digits(3)}.{f.digits(3)}.{f.digits(3)}",
        ]
    )


def vsnr(f: Fake) -> str:
    return f"{f.pick(['KF', 'HR', 'WG'])}-{f.digits(3)}.{f.digits(3)}.{f.digits(3)}"


def claim_no(f: Fake) -> str:
    return f.pick([f"CLM-2024-{f.digits(6)}", f"HB{f.digits(9)}", f"{f.digits(2)}-{f.digits(7)}-A"])


def schaden_no(f: Fake) -> str:
    return f"SN-{f.r.randint(22, 24)}-{f.digits(7)}"


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 7)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return s if f.r.random() < 0.5 else f"{s[:3]} {s[3:6]} {s[6:]}"


def kvnr(f: Fake) -> str:
    letter = f.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    digits8 = f.digits(8)
    raw = f"{ord(letter) - 64:02d}" + digits8
    total = 0
    for i, c in enumerate(raw):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return f"{letter}{digits8}{total % 10}"


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2a02:8108", "2600:1700", "2a00:23c8", "2003:e4", "2607:fb90", "2a01:4b00"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(5))


def ip_any(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def b64url(f: Fake, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(f.pick(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQiA", "CjwKCAjw", "EAIaIQob"]) + b64url(f, 80) + f.pick(["_BwE", "EALw_wcB"])


def fbclid(f: Fake) -> str:
    return "IwAR" + b64url(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(100000000, 2147483647)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


REGIONS = [((25.5, 47.5), (-122.5, -71.0)), ((50.3, 57.4), (-5.4, 1.6)), ((47.6, 54.7), (6.1, 14.9))]


def geo_lat(f: Fake) -> float:
    """A latitude in the US, UK or Germany; the longitude that follows is in the same country."""
    f.region = f.pick(REGIONS)
    return round(f.r.uniform(*f.region[0]), 6)


def geo_lon(f: Fake) -> float:
    return round(f.r.uniform(*getattr(f, "region", REGIONS[0])[1]), 6)


def w3w(f: Fake) -> str:
    words = [
        "filled",
        "count",
        "soap",
        "index",
        "home",
        "raft",
        "blunt",
        "tiger",
        "prism",
        "loud",
        "mint",
        "crate",
    ]
    return "///" + ".".join(f.pick(words) for _ in range(3))


def amount(lo: float, hi: float):
    return lambda f: f.money(lo, hi)


def P(*options):
    return lambda f: f.pick(list(options))


def C(value):
    return lambda f: value


def I(lo: int, hi: int):  # noqa: E743
    return lambda f: f.r.randint(lo, hi)


def B():
    return lambda f: f.pick([True, False])


def uuid_(f: Fake) -> str:
    return f.uuid()


def iso(f: Fake) -> str:
    return f.iso()


def day(f: Fake) -> str:
    return f.date(2022, 2024)


# free text: every value of each generator carries (or none carries) the labelled PII


def witness_statement(f: Fake) -> str:
    plate = plate_any(f)
    return f.pick(
        [
            f"The silver car, reg {plate}, pulled out of the side road without stopping.",
            f"I was waiting at the bus stop and saw {plate} go through the red light.",
            f"Van {plate} reversed into the parked car and drove off.",
            f"Driver of {plate} was on the phone when it happened.",
        ]
    )


def unfallhergang(f: Fake) -> str:
    plate = plate_de(f)
    return f.pick(
        [
            f"Der Unfallgegner ({plate}) ist beim Abbiegen auf mein Fahrzeug aufgefahren.",
            f"Fahrzeug mit dem Kennzeichen {plate} hat die Vorfahrt missachtet.",
            f"Beim Ausparken hat {plate} meine Fahrerseite gestreift.",
            f"{plate} ist an der Ampel ungebremst aufgefahren.",
        ]
    )


def handler_note(f: Fake) -> str:
    addr = email(f)
    return f.pick(
        [
            f"Emailed claimant at {addr} asking for repair invoice.",
            f"Claimant prefers contact by email: {addr}",
            f"Sent settlement letter to {addr}, awaiting reply.",
            f"Customer changed email to {addr} on the call.",
        ]
    )


def callback_note(f: Fake) -> str:
    number = phone_any(f)
    return f.pick(
        [
            f"Best number is {number}, after 6pm please",
            f"Call me on {number}",
            f"Mobile {number} - at work until 5",
            f"please ring {number} not the landline",
        ]
    )


def injury_text(f: Fake) -> str:
    return f.pick(
        [
            "Whiplash, stiff neck and headaches since the collision",
            "Bruised ribs from the seatbelt",
            "Fractured left wrist, in a cast for 6 weeks",
            "Cut to forehead, needed stitches",
            "Lower back pain, seeing a physio",
            "Concussion, kept in overnight",
        ]
    )


def otp_sms(f: Fake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your Harbourside verification code is {code}. It expires in 10 minutes.",
            f"{code} is your Prairie Mutual login code. Don't share it with anyone.",
            f"Ihr Bestätigungscode für Lindwurm: {code}",
        ]
    )


# -- contexts --------------------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
SITES = [
    "https://www.harbourside.co.uk",
    "https://www.prairiemutual.com",
    "https://www.lindwurm-versicherung.de",
]


PAGES = [
    ("/car-insurance/quote/driver", "Your details | Harbourside"),
    ("/car-insurance/quote/vehicle", "Your car | Harbourside"),
    ("/quote/summary", "Your quote | Prairie Mutual"),
    ("/checkout", "Checkout | Prairie Mutual"),
    ("/claims/new", "Make a claim | Harbourside"),
    ("/account/policies", "My policies | Prairie Mutual"),
    ("/mein-konto/vertraege", "Meine Verträge | Lindwurm"),
    ("/kfz-versicherung/rechner", "Kfz-Versicherung berechnen | Lindwurm"),
    ("/schaden-melden", "Schaden melden | Lindwurm"),
    ("/home-insurance/quote/property", "Your home | Harbourside"),
]


MARKETS = [
    ("https://www.harbourside.co.uk", "en-GB", "Europe/London", "https://www.comparethemarket.com/"),
    ("https://www.prairiemutual.com", "en-US", "America/Chicago", "https://www.google.com/"),
    ("https://www.prairiemutual.com", "es-US", "America/New_York", "https://www.bing.com/"),
    ("https://www.lindwurm-versicherung.de", "de-DE", "Europe/Berlin", "https://www.check24.de/"),
]


def web_context(f: Fake):
    site, locale, tz, ref = f.pick(MARKETS)
    pages = [p for p in PAGES if ("Lindwurm" in p[1]) == ("lindwurm" in site)]
    page, title = f.pick(pages)
    ctx = {
        "library": {
            "name": C("analytics.js"),
            "version": P("npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"),
        },
        "page": {
            "path": C(page),
            "referrer": P(ref, "", site + "/"),
            "search": P("", "?utm_source=google&utm_medium=cpc", "?ref=renewal_email", "?step=2"),
            "title": C(title),
            "url": C(site + page),
        },
        "userAgent": P(*UAS),
        "locale": C(locale),
        "timezone": C(tz),
        "ip": Y(ip_any, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {"brand": P("Chromium", "Google Chrome", "Not-A.Brand"), "version": P("124", "99", "8")}, 3
            ),
            "mobile": B(),
            "platform": P("Windows", "macOS", "Android"),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": P("motor_q2_brand", "home_renewal_push", "kfz_wechsel_2024"),
            "source": P("google", "bing", "newsletter", "facebook"),
            "medium": P("cpc", "email", "paid_social"),
            "term": P(
                "cheap car insurance",
                "kfz versicherung wechseln",
                "home insurance quote",
                "young driver insurance",
            ),
            "content": P("ad_v1", "hero_banner", "text_link"),
        }
    return ctx


def mobile_traits(f: Fake):
    traits = {"anonymousId": uuid_, "userId": lambda f: "cus_" + f.digits(7)}
    if f.r.random() < 0.6:
        traits["email"] = Y(email, "email")
        traits["firstName"] = Y(first, "name")
    return traits


def swift_context(f: Fake):
    device = {
        "id": lambda f: f.uuid().upper(),
        "manufacturer": C("Apple"),
        "model": P("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"),
        "name": C("iPhone"),
        "type": C("ios"),
    }
    if f.r.random() < 0.4:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.3:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        device["adTrackingEnabled"] = C(True)
    return {
        "app": {
            "name": P("Harbourside", "Prairie Mutual"),
            "version": P("6.4.0", "6.5.2", "6.6.0"),
            "build": P("6400", "6502", "6600"),
            "namespace": P("uk.co.harbourside.app", "com.prairiemutual.mobile"),
        },
        "device": device,
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": P("en-GB", "en-US"),
        "network": {"wifi": B(), "cellular": B()},
        "os": {"name": C("iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430), "height": P(844, 852, 932)},
        "timezone": P("Europe/London", "America/Chicago", "America/Denver"),
        "instanceId": uuid_,
        "traits": mobile_traits(f),
    }


def kotlin_context(f: Fake):
    ctx = {
        "app": {
            "name": P("Harbourside", "Lindwurm"),
            "version": P("6.4.0", "3.2.1", "6.5.2"),
            "build": P("640", "321", "652"),
            "namespace": P("uk.co.harbourside.app", "de.lindwurm.kfz"),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": P("samsung", "Google", "Xiaomi", "OnePlus"),
            "model": P("SM-S918B", "Pixel 8", "2201117TG", "CPH2449"),
            "name": P("dm3q", "shiba", "spes", "OP5961L1"),
            "type": C("android"),
            "adTrackingEnabled": B(),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3")},
        "locale": P("en-GB", "de-DE"),
        "network": {
            "wifi": B(),
            "cellular": B(),
            "bluetooth": B(),
            "carrier": P("Vodafone", "EE", "Telekom.de", "O2 - DE"),
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "width": P(1080, 1440), "height": P(2340, 3120, 2400)},
        "timezone": P("Europe/London", "Europe/Berlin"),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            "Dalvik/2.1.0 (Linux; U; Android 12; 2201117TG Build/SKQ1.211103.001)",
        ),
        "instanceId": uuid_,
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(uuid_, "advertising id")
    return ctx


RN_DEVICES = [
    ("Apple", "iPhone14,7", "iPhone", "ios", "iOS", "17.4"),
    ("samsung", "SM-A546U", "a54x", "android", "Android", "14"),
    ("motorola", "moto g power (2023)", "devonn", "android", "Android", "13"),
    ("Apple", "iPhone15,4", "iPhone", "ios", "iOS", "17.5.1"),
]
FLUTTER_DEVICES = [
    ("samsung", "SM-G991B", "o1s", "android", "Android", "14"),
    ("Apple", "iPhone13,3", "iPhone", "ios", "iOS", "17.4.1"),
    ("Google", "Pixel 7", "panther", "android", "Android", "13"),
]


def handset(f: Fake, devices):
    f.handset = f.pick(devices)
    return f.handset


def rn_context(f: Fake):
    ctx = {
        "app": {
            "name": C("RoadReady"),
            "version": P("2.8.0", "2.9.1", "2.10.0"),
            "build": P("280", "291", "2100"),
            "namespace": C("com.prairiemutual.roadready"),
        },
        "device": {
            "id": uuid_,
            "manufacturer": lambda f: handset(f, RN_DEVICES)[0],
            "model": lambda f: f.handset[1],
            "name": lambda f: f.handset[2],
            "type": lambda f: f.handset[3],
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.0")},
        "locale": P("en-US", "es-US"),
        "network": {"wifi": B(), "cellular": B()},
        "os": {"name": lambda f: f.handset[4], "version": lambda f: f.handset[5]},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "timezone": P("America/Chicago", "America/Los_Angeles", "America/New_York"),
        "instanceId": uuid_,
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(geo_lat, "geolocation"),
            "longitude": Y(geo_lon, "geolocation"),
            "speed": P(0.0, 12.4, 27.8),
        }
    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": C("Lindwurm"),
            "version": P("3.2.1", "3.3.0", "3.4.0"),
            "build": P("321", "330", "340"),
            "namespace": C("de.lindwurm.kfz"),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": lambda f: handset(f, FLUTTER_DEVICES)[0],
            "model": lambda f: f.handset[1],
            "type": lambda f: f.handset[3],
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.2", "1.1.4")},
        "locale": P("de-DE", "en-DE", "de-AT"),
        "os": {"name": lambda f: f.handset[4], "version": lambda f: f.handset[5]},
        "screen": {"width": P(1080, 1170), "height": P(2400, 2532), "density": P(2.625, 3.0)},
        "network": {"wifi": B(), "cellular": B()},
        "timezone": C("Europe/Berlin"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.0"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(f: Fake, lib: str):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": C(name), "version": C(version)}}
    if f.r.random() < 0.5:
        ctx["ip"] = Y(ip_any, "ip")
        ctx["userAgent"] = P(*UAS)
    if lib == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        )
    if lib in ("python", "ruby") and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(email, "email"), "userId": lambda f: "cus_" + f.digits(7)}
    if f.r.random() < 0.3:
        ctx["groupId"] = lambda f: "brk_" + f.digits(5)
    return ctx


def context_for(f: Fake, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


AGENCIES = [  # name, phone, e-mail, street, city, postcode, country
    (
        "Castle Brokers Ltd",
        "0121 496 0000",
        "hello@castlebrokers.co.uk",
        "12 Colmore Row",
        "Birmingham",
        "B3 2BH",
        "GB",
    ),
    (
        "Midlands Insurance Services",
        "0115 496 0321",
        "quotes@midlandsinsurance.co.uk",
        "3 King Street",
        "Nottingham",
        "NG1 2AS",
        "GB",
    ),
    (
        "Versicherungsmakler Weber GmbH",
        "+49 221 98765-0",
        "info@makler-weber.de",
        "Hohenzollernring 51",
        "Köln",
        "50672",
        "DE",
    ),
    (
        "Gulf Coast Agency",
        "(713) 555-0100",
        "service@gulfcoastagency.com",
        "4400 Post Oak Pkwy",
        "Houston",
        "77027",
        "US",
    ),
]


def agency(f: Fake):
    f.agency = f.pick(AGENCIES)
    return f.agency


def bill_line1(f: Fake) -> str:
    """A billing street line; the city, postcode and country that follow belong to the same address."""
    kind = f.pick(["uk", "us", "de"])
    if kind == "uk":
        f.addr = (uk_line1(f), f.pick(UK_TOWNS), uk_postcode(f), "GB", f.pick(["ENG", "SCT", "WLS"]))
    elif kind == "us":
        city, state = f.pick(US_CITIES)
        f.addr = (us_line1(f), city, us_zip(f), "US", state)
    else:
        f.addr = (de_line(f), f.pick(DE_ORTE), de_plz(f), "DE", f.pick(["BY", "NW", "BE", "SN"]))
    return f.addr[0]


# -- shared pieces ---------------------------------------------------------------------------------

PRODUCTS = [
    "Comprehensive Car Insurance",
    "Third Party, Fire & Theft",
    "Home Buildings & Contents",
    "Kfz-Vollkasko Komfort",
    "Hausrat Premium",
    "HO-3 Homeowners",
    "Auto Standard Plus",
]


def product():
    return {
        "product_id": P("motor_comp", "motor_tpft", "home_bc", "kfz_vk", "hausrat_p", "ho3", "auto_std"),
        "sku": P(
            "MTR-COMP-24",
            "MTR-TPFT-24",
            "HOME-BC-24",
            "KFZ-VK-KOMF",
            "HR-PREM-24",
            "US-HO3-TX",
            "US-AUTO-STD",
        ),
        "name": P(*PRODUCTS),
        "category": P("motor", "home", "kfz", "hausrat"),
        "brand": P("Harbourside", "Prairie Mutual", "Lindwurm"),
        "variant": P("annual", "monthly", "12 Monate"),
        "price": amount(180, 2400),
        "quantity": C(1),
        "position": I(1, 6),
    }


def address_us():
    return {
        "street": Y(us_line1, "address|street"),
        "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
        "state": P("TX", "OH", "FL", "CO", "CA", "NY"),
        "postalCode": Y(us_zip, "zipcode"),
        "country": P("US", "USA", "United States"),
    }


# -- events: (kind, event or screen/page name, clients, body template or a function of f) ----------


def claims_history(f: Fake):
    body = {
        "quoteId": uuid_,
        "claimsLast5Years": I(0, 3),
        "claims": Many(
            {
                "type": P("accident", "windscreen", "theft", "vandalism", "fire"),
                "date": day,
                "cost": amount(150, 12000),
                "atFault": B(),
            },
            2,
        ),
        "hasConvictions": Y(C(False), "conviction"),
        "hasUnspentNonMotoringConvictions": Y(B(), "conviction"),
    }
    if f.r.random() < 0.35:
        body["hasConvictions"] = Y(C(True), "conviction")
        body["convictions"] = Many(
            {
                "code": Y(P("SP30", "SP50", "CU80", "IN10", "DR10", "TS10", "MS90"), "conviction"),
                "date": day,
                "points": I(3, 6),
                "fineGbp": P(100, 250, 400, 1000),
            },
            2,
        )
    return body


def us_driver(f: Fake):
    body = {
        "quote_id": uuid_,
        "first_name": Y(first, "name"),
        "last_name": Y(last, "name"),
        "dob": Y(dob_us, "birthdate"),
        "gender": Y(P("male", "female", "non_binary"), "gender"),
        "marital_status": P("single", "married", "divorced", "widowed"),
        "relationship_to_insured": P("self", "spouse", "child", "other"),
        "license_state": P("TX", "OH", "FL", "CO", "CA", "NY"),
        "license_number": Y(us_dl, "license"),
        "age_first_licensed": I(15, 25),
        "occupation": P("teacher", "nurse", "software engineer", "student", "retired", "electrician"),
        "age": I(16, 85),
    }
    if f.r.random() < 0.3:
        body["violations"] = Many(
            {
                "type": Y(
                    P("speeding_11_20", "dui", "reckless_driving", "red_light", "suspended_license"),
                    "conviction",
                ),
                "date": day,
            },
            2,
        )
    return body


def occupants():
    return {
        "name": Y(full_name, "name"),
        "relationship": P("spouse", "child", "parent", "roommate"),
        "age": I(1, 90),
    }


def tp_template():
    return {
        "full_name": Y(full_name, "name"),
        "phone": Y(phone_any, "phone"),
        "email": Y(email, "email"),
        "address": Y(full_address, "address"),
        "vehicle_reg": Y(plate_any, "license"),
        "vehicle_make": P("Ford", "Vauxhall", "BMW", "Toyota", "Volkswagen", "Tesla"),
        "insurer": P("Aviva", "Admiral", "GEICO", "Allianz", "HUK-Coburg", "Progressive"),
        "insurer_policy_number": Y(policy_no, "identification"),
        "admitted_liability": B(),
    }


EVENTS = [
    # -- quote funnel: landing, start, drivers, vehicles, history -----------------------------------
    (
        "page",
        "Car Insurance",
        ["web"],
        {
            "name": C("Car Insurance"),
            "category": C("landing"),
            "path": C("/car-insurance"),
            "url": lambda f: f.pick(SITES) + "/car-insurance",
            "title": P("Car Insurance Quotes | Harbourside", "Cheap Car Insurance - Prairie Mutual"),
            "referrer": P("https://www.google.com/", "https://www.bing.com/", ""),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "page",
        "Home Insurance",
        ["web"],
        {
            "name": C("Home Insurance"),
            "category": C("landing"),
            "path": C("/home-insurance"),
            "url": lambda f: f.pick(SITES) + "/home-insurance",
            "title": P("Home Insurance | Harbourside", "Homeowners Insurance | Prairie Mutual"),
            "referrer": P("https://m.facebook.com/", "https://l.facebook.com/", "https://www.instagram.com/"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Quote Started",
        ["web", "swift", "kotlin", "rn"],
        {
            "quote_id": uuid_,
            "product_line": P("car", "home", "car_and_home"),
            "market": P("US", "GB", "DE"),
            "entry_point": P("homepage", "aggregator", "app_home", "renewal_email"),
        },
    ),
    (
        "track",
        "Driver Details Entered",
        ["web", "kotlin"],
        {
            "quoteId": uuid_,
            "step": C(2),
            "driver": {
                "salutation": Y(P("Mr", "Mrs", "Ms", "Miss"), "gender"),
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dateOfBirth": Y(dob_uk, "birthdate"),
                "maritalStatus": P("Single", "Married", "Civil Partnership", "Divorced"),
                "occupation": P("Nurse", "Software Developer", "Plumber", "Teacher", "Retired", "Student"),
                "licenceType": P("full_uk", "provisional", "eu", "international"),
                "licenceNumber": Y(uk_dln, "license"),
                "yearsLicenceHeld": I(0, 45),
                "medicalConditions": Many(
                    Y(
                        P("none", "diabetes (insulin treated)", "epilepsy", "sleep apnoea", "glaucoma"),
                        "condition",
                    ),
                    2,
                ),
            },
            "additionalDrivers": Many(
                {
                    "firstName": Y(first, "name"),
                    "lastName": Y(last, "name"),
                    "dateOfBirth": Y(dob_uk, "birthdate"),
                    "relationship": P("spouse", "partner", "child", "parent", "sibling"),
                    "licenceType": P("full_uk", "provisional", "eu"),
                },
                2,
            ),
            "licenceCheckConsent": B(),
        },
    ),
    (
        "track",
        "Vehicle Details Entered",
        ["web", "kotlin", "swift"],
        {
            "quoteId": uuid_,
            "step": C(3),
            "vehicle": {
                "registration": Y(plate_uk, "license"),
                "make": P("Ford", "Vauxhall", "Volkswagen", "BMW", "Kia", "Tesla", "Toyota"),
                "model": P("Fiesta", "Corsa", "Golf", "320d", "Sportage", "Model 3", "Yaris Hybrid"),
                "year": I(2008, 2024),
                "abiCode": lambda f: f.digits(8),
                "estimatedValue": I(1500, 55000),
                "fuelType": P("petrol", "diesel", "electric", "hybrid"),
                "keptOvernight": P("driveway", "garage", "street", "car park"),
                "overnightPostcode": Y(uk_postcode, "zipcode"),
                "annualMileage": P(3000, 5000, 8000, 10000, 15000),
                "usage": P("sdp", "sdp_commuting", "business"),
            },
        },
    ),
    ("track", "Claims History Entered", ["web", "kotlin"], claims_history),
    (
        "track",
        "Quote Completed",
        ["web", "swift", "kotlin", "rn", "flutter"],
        {
            "quote_id": uuid_,
            "quote_reference": lambda f: "Q" + f.digits(9),
            "annual_premium": amount(220, 2600),
            "monthly_premium": amount(19, 230),
            "currency": P("GBP", "USD", "EUR"),
            "voluntary_excess": P(0, 100, 250, 500),
            "cover_level": P("comprehensive", "tpft", "third_party", "vollkasko", "teilkasko"),
            "ncd_years": I(0, 9),
            "cheapest_brand": P("Harbourside", "Prairie Mutual", "Lindwurm"),
        },
    ),
    (
        "track",
        "Quote Retrieved",
        ["web"],
        {
            "quote_reference": lambda f: "Q" + f.digits(9),
            "retrieved_via": P("email_link", "form", "aggregator_click"),
            "email": Y(email, "email"),
            "postcode": Y(uk_postcode, "zipcode"),
            "date_of_birth": Y(dob_iso, "birthdate"),
            "days_since_quote": I(0, 30),
            "price_changed": B(),
        },
    ),
    # -- US quote ------------------------------------------------------------------------------------
    (
        "track",
        "Coverage Selected",
        ["web", "rn"],
        {
            "quote_id": uuid_,
            "state": P("TX", "OH", "FL", "CO", "CA", "NY"),
            "garaging_zip": Y(us_zip, "zipcode"),
            "bodily_injury_limits": P("25/50", "50/100", "100/300", "250/500"),
            "comprehensive_deductible": P(250, 500, 1000),
            "collision_deductible": P(500, 1000, 2000),
            "uninsured_motorist": B(),
            "military_affiliation": RED(P("none", "active_duty", "veteran", "reserve", "none"), "veteran"),
            "prior_carrier": P("GEICO", "State Farm", "Progressive", "Allstate", "none"),
        },
    ),
    ("track", "Driver Added", ["rn", "web"], us_driver),
    (
        "track",
        "Credit Check Consent Given",
        ["web", "rn"],
        {
            "quote_id": uuid_,
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "ssn_provided": B(),
            "consent_text_version": P("2023-11", "2024-03", "2024-06"),
            "consented_at": iso,
        },
    ),
    (
        "track",
        "Underwriting Report Requested",
        ["node", "java"],
        {
            "quote_id": uuid_,
            "vendor": P("LexisNexis", "Verisk", "TransUnion"),
            "report_types": Many(P("clue_auto", "mvr", "insurance_score", "a_plus"), 3),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "dob": Y(dob_iso, "birthdate"),
                "address": address_us(),
                "drivers_license": Y(us_dl, "license"),
                "annual_income": Y(P(38000, 52000, 67500, 84000, 120000, 155000), "salary"),
            },
            "request_id": uuid_,
        },
    ),
    # -- Germany quote -------------------------------------------------------------------------------
    (
        "track",
        "Angebot Berechnet",
        ["java", "flutter"],
        {
            "angebotsnummer": lambda f: "ANG-" + f.digits(8),
            "versicherungsnehmer": {
                "anrede": Y(P("Herr", "Frau", "Divers"), "gender"),
                "vorname": Y(first, "name"),
                "nachname": Y(last, "name"),
                "geburtsdatum": Y(dob_de, "birthdate"),
                "strasse": Y(de_strasse, "address|street"),
                "hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', 'a', 'b'])}", "address|street"),
                "plz": Y(de_plz, "zipcode"),
                "ort": Y(P(*DE_ORTE), "city"),
                "telefon": Y(phone_de, "phone"),
                "email": Y(email, "email"),
                "familienstand": P("ledig", "verheiratet", "geschieden", "verwitwet"),
            },
            "fahrzeug": {
                "hersteller": P("Volkswagen", "BMW", "Mercedes-Benz", "Opel", "Skoda", "Audi"),
                "modell": P("Golf VIII", "3er Touring", "A-Klasse", "Corsa F", "Octavia", "A4 Avant"),
                "kennzeichen": Y(plate_de, "license"),
                "fin": Y(vin, "serial"),
            },
            "sf_klasse_haftpflicht": P("SF 1/2", "SF 3", "SF 12", "SF 25", "SF 35"),
            "jahresfahrleistung": P(6000, 9000, 12000, 15000, 20000),
            "selbstbeteiligung": P("150/300", "300/500", "500/1000"),
            "tarif": P("Basis", "Komfort", "Premium"),
            "beitrag_jaehrlich": amount(280, 1900),
            "zahlweise": P("jährlich", "halbjährlich", "monatlich"),
        },
    ),
    # -- home quotes ---------------------------------------------------------------------------------
    (
        "track",
        "Property Details Entered",
        ["web", "swift"],
        {
            "quoteId": uuid_,
            "address": {
                "line1": Y(uk_line1, "address|street"),
                "town": Y(P(*UK_TOWNS), "city"),
                "county": P("West Yorkshire", "Bristol", "South Glamorgan", "Norfolk", "Greater Manchester"),
                "postcode": Y(uk_postcode, "zipcode"),
            },
            "propertyType": P("detached", "semi_detached", "terraced", "flat", "bungalow"),
            "bedrooms": I(1, 6),
            "yearBuilt": P(1890, 1935, 1962, 1988, 2004, 2019),
            "floodRisk": P("low", "medium", "high"),
            "rebuildCost": P(180000, 250000, 320000, 450000, 600000),
            "childrenInHousehold": I(0, 4),
            "smokersInHousehold": I(0, 2),
            "adaptedForDisability": RED(B(), "disability"),
            "alarmFitted": B(),
        },
    ),
    (
        "track",
        "Home Quote Requested",
        ["python", "node"],
        {
            "quote_id": uuid_,
            "property_address": Y(
                lambda f: f"{us_line1(f)}, {f.pick(US_CITIES)[0]}, {f.pick(US_CITIES)[1]} {us_zip(f)}",
                "address",
            ),
            "property_lat": Y(geo_lat, "geolocation"),
            "property_lng": Y(geo_lon, "geolocation"),
            "dwelling_coverage": P(250000, 350000, 480000, 720000),
            "roof_age_years": I(0, 30),
            "year_built": I(1920, 2023),
            "has_pool": B(),
            "dog_breed": P("Labrador", "German Shepherd", "Pit Bull", "Beagle", "none"),
            "dog_name": P("Biscuit", "Luna", "Max", "Bella", "Rocky"),
            "num_dogs": I(0, 3),
            "mortgagee_name": P("Wells Fargo Home Mortgage", "Rocket Mortgage", "Chase", "none"),
            "occupants": Many(occupants(), 3),
        },
    ),
    (
        "track",
        "Contents Policy Purchased",
        ["php"],
        {
            "policy_number": Y(vsnr, "identification"),
            "insured_address": {
                "street": Y(de_line, "address|street"),
                "postal_code": Y(de_plz, "zipcode"),
                "city": Y(P(*DE_ORTE), "city"),
            },
            "date_of_birth": Y(dob_de, "birthdate"),
            "living_area_sqm": I(28, 190),
            "sum_insured": P(45000, 65000, 85000, 120000),
            "tariff": P("Basis", "Komfort", "Premium"),
            "monthly_premium": amount(4, 28),
            "deductible": P(0, 150, 300),
        },
    ),
    # -- buying a policy (e-commerce spec) -------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {**product(), "currency": P("GBP", "USD", "EUR"), "url": lambda f: f.pick(SITES) + "/quote/summary"},
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "affiliation": P("Harbourside Web", "Prairie Mutual App", "Lindwurm Online"),
            "value": amount(180, 2400),
            "revenue": amount(180, 2400),
            "tax": amount(10, 280),
            "discount": P(0, 0, 25, 50),
            "coupon": P("", "MULTICAR10", "WELCOME25", "NEUKUNDE"),
            "currency": P("GBP", "USD", "EUR"),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": uuid_,
            "order_id": lambda f: "ord_" + f.hexid(20),
            "step": C(4),
            "payment_method": P("card", "direct_debit", "apple_pay", "paypal", "sepa"),
            "payment_plan": P("annual", "monthly"),
            "card_brand": P("visa", "mastercard", "amex"),
            "card_last4": lambda f: f.digits(4),
            "card_exp": lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}",
            "card_bin": P("424242", "545454", "400011", "520082"),
            "cardholder_name": Y(full_name, "name"),
            "billing_postcode": Y(lambda f: f.pick([uk_postcode, us_zip, de_plz])(f), "zipcode"),
            "save_card": B(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "rn"],
        {
            "order_id": lambda f: "ord_" + f.hexid(20),
            "checkout_id": uuid_,
            "total": amount(180, 2400),
            "revenue": amount(180, 2400),
            "tax": amount(10, 280),
            "currency": P("GBP", "USD", "EUR"),
            "coupon": P("", "MULTICAR10", "WELCOME25"),
            "products": Many(product(), 2),
            "payment_method": P("card", "direct_debit", "apple_pay", "sepa"),
            "policy_number": Y(policy_no, "identification"),
            "start_date": day,
            "billing_address": {
                "line1": Y(bill_line1, "address|street"),
                "line2": Y(P("Apt 4B", "Flat 2", "Unit 12", "2. OG links"), "address|street"),
                "city": Y(lambda f: f.addr[1], "city"),
                "postal_code": Y(lambda f: f.addr[2], "zipcode"),
                "state": lambda f: f.addr[4],
                "country": lambda f: f.addr[3],
            },
            "customer_email": Y(email, "email"),
            "new_customer": B(),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "id": lambda f: "evt_3" + f.hexid(24),
            "type": C("payment_intent.succeeded"),
            "data": {
                "object": {
                    "payment_intent": lambda f: "pi_3" + b64url(f, 23).replace("-", "a").replace("_", "b"),
                    "client_secret": RED(
                        lambda f: f"pi_3{f.hexid(20)}_secret_{b64url(f, 25)}", "secret|token"
                    ),
                    "payment_method": RED(
                        lambda f: "pm_1" + b64url(f, 23).replace("-", "Q").replace("_", "z"), "token"
                    ),
                    "customer": lambda f: "cus_" + b64url(f, 14).replace("-", "x").replace("_", "y"),
                    "amount": I(1900, 240000),
                    "currency": P("gbp", "usd", "eur"),
                    "receipt_email": Y(email, "email"),
                    "billing_details": {
                        "name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone_any, "phone"),
                        "address": {
                            "line1": Y(bill_line1, "address|street"),
                            "city": Y(lambda f: f.addr[1], "city"),
                            "postal_code": Y(lambda f: f.addr[2], "zipcode"),
                            "country": lambda f: f.addr[3],
                        },
                    },
                    "card": {
                        "brand": P("visa", "mastercard", "amex"),
                        "last4": lambda f: f.digits(4),
                        "exp_month": I(1, 12),
                        "exp_year": I(2025, 2031),
                        "country": P("GB", "US", "DE"),
                    },
                    "metadata": {"policy_number": Y(policy_no, "identification"), "quote_id": uuid_},
                },
            },
        },
    ),
    (
        "track",
        "PaymentCaptured",
        ["dotnet"],
        {
            "PolicyNumber": Y(policy_no, "identification"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardHolderName": Y(full_name, "name"),
            "ExpiryMonth": I(1, 12),
            "ExpiryYear": I(25, 31),
            "AuthCode": lambda f: f"{f.r.randint(0, 999999):06d}",
            "Amount": amount(19, 2400),
            "Currency": C("GBP"),
            "TransactionId": uuid_,
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        ["web", "rn", "swift"],
        {
            "policy_number": Y(policy_no, "identification"),
            "account_holder_name": Y(full_name, "name"),
            "sort_code": P("20-45-77", "40-47-84", "30-96-26", "60-16-13", "09-01-28"),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": P("Barclays", "HSBC UK", "Lloyds", "NatWest", "Santander UK"),
            "collection_day": I(1, 28),
            "mandate_reference": lambda f: "HBI-" + f.hexid(10).upper(),
            "payment_frequency": P("monthly", "annual"),
            "first_collection_date": day,
            "confirm_sole_signatory": B(),
        },
    ),
    (
        "track",
        "Lastschriftmandat Erteilt",
        ["java", "flutter"],
        {
            "versicherungsscheinnummer": Y(vsnr, "identification"),
            "bankverbindung": {
                "kontoinhaber": Y(full_name, "name"),
                "iban": RED(lambda f: f.iban("DE"), "bank account"),
                "bic": P("COBADEFFXXX", "DEUTDEDBXXX", "GENODEM1GLS", "BYLADEM1001", "INGDDEFFXXX"),
                "kreditinstitut": P("Commerzbank", "Deutsche Bank", "GLS Bank", "Sparkasse", "ING"),
            },
            "mandatsreferenz": lambda f: "LW" + f.digits(10),
            "glaeubiger_id": C("DE98ZZZ09999999999"),
            "zahlweise": P("monatlich", "vierteljährlich", "jährlich"),
        },
    ),
    (
        "track",
        "Mandate Created",
        ["python"],
        {
            "id": lambda f: "EV" + f.hexid(12).upper(),
            "created_at": iso,
            "resource_type": C("mandates"),
            "action": P("created", "submitted", "active"),
            "links": {
                "mandate": lambda f: "MD" + f.hexid(12).upper(),
                "customer": lambda f: "CU" + f.hexid(12).upper(),
                "customer_bank_account": lambda f: "BA" + f.hexid(12).upper(),
            },
            "details": {
                "cause": P("mandate_created", "mandate_submitted", "mandate_activated"),
                "description": P(
                    "Mandate created via the API.",
                    "Mandate submitted to the banks.",
                    "The mandate has been activated.",
                ),
            },
            "account_number_ending": lambda f: f.digits(2),
            "bank_name": P("BARCLAYS BANK PLC", "HSBC UK BANK PLC", "LLOYDS BANK PLC"),
        },
    ),
    # -- policy lifecycle ----------------------------------------------------------------------------
    (
        "track",
        "PolicyIssued",
        ["dotnet"],
        {
            "PolicyNumber": Y(policy_no, "identification"),
            "InceptionDate": day,
            "AnnualPremium": amount(220, 2600),
            "PolicyHolder": {
                "Salutation": Y(P("Mr", "Mrs", "Ms", "Miss"), "gender"),
                "FirstName": Y(first, "name"),
                "LastName": Y(last, "name"),
                "DateOfBirth": Y(lambda f: dob_iso(f) + "T00:00:00", "birthdate"),
                "EmailAddress": Y(email, "email"),
                "MobileNumber": Y(phone_uk, "phone"),
                "Address": {
                    "Line1": Y(uk_line1, "address|street"),
                    "Town": Y(P(*UK_TOWNS), "city"),
                    "Postcode": Y(uk_postcode, "zipcode"),
                    "CountryCode": C("GB"),
                },
                "CustomerNumber": lambda f: "C" + f.digits(8),
            },
            "NamedDrivers": Many(
                {
                    "FullName": Y(full_name, "name"),
                    "DateOfBirth": Y(lambda f: dob_iso(f) + "T00:00:00", "birthdate"),
                    "LicenceNumber": Y(uk_dln, "license"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Renewal Invited",
        ["python", "ruby"],
        {
            "policy_number": Y(policy_no, "identification"),
            "renewal_date": day,
            "current_premium": amount(220, 2600),
            "renewal_premium": amount(220, 2900),
            "auto_renew": B(),
            "invite_channel": P("email", "post", "app_push"),
            "ncd_years": I(0, 9),
        },
    ),
    (
        "track",
        "Renewal Accepted",
        ["swift", "kotlin", "web"],
        {
            "policy_number": Y(policy_no, "identification"),
            "renewal_premium": amount(220, 2900),
            "payment_plan": P("annual", "monthly"),
            "addons": Many(P("breakdown", "legal_cover", "courtesy_car", "key_cover"), 3),
        },
    ),
    (
        "track",
        "Policy Cancelled",
        ["web", "php"],
        {
            "policy_number": Y(policy_no, "identification"),
            "reason": P(
                "found_cheaper", "sold_vehicle", "moved_abroad", "no_longer_needed", "unhappy_service"
            ),
            "refund_amount": amount(0, 900),
            "cancelled_at": iso,
            "feedback": P(
                "Found a cheaper quote elsewhere",
                "Selling the car next month",
                "",
                "Too expensive at renewal",
            ),
        },
    ),
    (
        "track",
        "Document Downloaded",
        ["web", "swift", "kotlin"],
        {
            "policy_number": Y(policy_no, "identification"),
            "document_type": P(
                "certificate_of_insurance",
                "policy_schedule",
                "statement_of_fact",
                "ipid",
                "versicherungsschein",
            ),
            "file_name": P(
                "certificate.pdf", "schedule.pdf", "statement-of-fact.pdf", "Versicherungsschein.pdf"
            ),
        },
    ),
    (
        "track",
        "Policy Document Emailed",
        ["ruby"],
        {
            "policy_number": Y(policy_no, "identification"),
            "recipient": Y(email, "email", True),
            "template_id": P("d-7f3a9c", "d-19b2e4", "d-a0c5f1"),
            "sg_message_id": lambda f: b64url(f, 22) + ".filterdrecv-" + f.digits(3),
            "sent_at": iso,
            "attachments": I(1, 3),
        },
    ),
    # -- claims --------------------------------------------------------------------------------------
    (
        "track",
        "Claim Started",
        ["swift", "kotlin", "rn", "web"],
        {
            "claim_number": claim_no,
            "policy_number": Y(policy_no, "identification"),
            "claim_type": P("collision", "windscreen", "theft", "vandalism", "escape_of_water", "storm"),
            "incident_date": day,
            "incident_location": {"lat": Y(geo_lat, "geolocation"), "lng": Y(geo_lon, "geolocation")},
            "incident_town": P("Leeds", "Austin", "München", "Bristol", "Columbus"),
            "police_attended": B(),
            "police_reference": lambda f: f.pick(["CAD", "CR", "POL"]) + f.digits(7),
            "reported_via": P("app", "web", "phone"),
        },
    ),
    (
        "track",
        "Third Party Details Added",
        ["rn", "web", "kotlin"],
        {"claim_number": claim_no, "third_party": tp_template(), "third_party_count": I(1, 3)},
    ),
    (
        "track",
        "Witness Added",
        ["swift", "kotlin"],
        {
            "claim_number": claim_no,
            "witness": {
                "name": Y(full_name, "name"),
                "phone": Y(phone_any, "phone"),
                "email": Y(email, "email"),
            },
            "statement": Y(witness_statement, "license", True),
            "witness_count": I(1, 3),
            "independent": B(),
        },
    ),
    (
        "track",
        "Injury Reported",
        ["web", "java"],
        {
            "claim_number": claim_no,
            "injured_party_role": P("driver", "passenger", "third_party_driver", "pedestrian", "cyclist"),
            "injured_party": {
                "name": Y(full_name, "name"),
                "dob": Y(dob_iso, "birthdate"),
                "phone": Y(phone_uk, "phone"),
                "nhs_number": RED(nhs_number, "health id"),
            },
            "injury_description": Y(injury_text, "condition"),
            "injury_severity": Y(P("minor", "moderate", "serious", "life_changing"), "condition"),
            "treatment": Many(Y(P("x-ray", "stitches", "physiotherapy", "cast", "ct scan"), "procedure"), 2),
            "hospital_name": P(
                "Leeds General Infirmary", "Royal Bristol Infirmary", "University Hospital of Wales"
            ),
            "days_off_work": I(0, 60),
        },
    ),
    (
        "track",
        "Claim Photo Uploaded",
        ["swift", "kotlin", "rn"],
        {
            "claim_number": claim_no,
            "photo_id": uuid_,
            "photo_url": Y(lambda f: f"https://claims-media.harbourside.co.uk/{f.uuid()}.jpg", "photo"),
            "thumbnail_url": Y(
                lambda f: f"https://claims-media.harbourside.co.uk/thumb/{f.uuid()}.jpg", "photo"
            ),
            "category": P(
                "damage_front", "damage_rear", "scene", "injury", "third_party_vehicle", "document"
            ),
            "file_size": I(200000, 6000000),
            "mime_type": P("image/jpeg", "image/heic", "image/png"),
            "sha256": lambda f: f.hexid(64),
            "taken_at": iso,
            "gps": {"latitude": Y(geo_lat, "geolocation"), "longitude": Y(geo_lon, "geolocation")},
        },
    ),
    (
        "track",
        "Schaden Gemeldet",
        ["java", "flutter"],
        {
            "schadennummer": schaden_no,
            "versicherungsscheinnummer": Y(vsnr, "identification"),
            "schadenart": P("Haftpflicht", "Vollkasko", "Teilkasko", "Glasbruch", "Wildschaden"),
            "schadendatum": day,
            "schadenort": P("München", "Berlin", "Köln", "Leipzig", "Autobahn A9"),
            "unfallhergang": Y(unfallhergang, "license", True),
            "unfallgegner": {
                "name": Y(full_name, "name"),
                "kennzeichen": Y(plate_de, "license"),
                "versicherung": P("HUK-Coburg", "Allianz", "DEVK", "ERGO"),
            },
            "polizei_aktenzeichen": lambda f: f"ST/{f.digits(7)}/2024",
            "sachverstaendiger": {
                "name": Y(full_name, "name"),
                "telefon": P("+49 711 7861-0", "+49 89 5791-0", "+49 711 97676-0"),
            },
        },
    ),
    (
        "track",
        "Krankenkasse Erfasst",
        ["java"],
        {
            "schadennummer": schaden_no,
            "verletzte_person": {
                "vorname": Y(first, "name"),
                "nachname": Y(last, "name"),
                "geburtsdatum": Y(dob_de, "birthdate"),
                "krankenversichertennummer": RED(kvnr, "health id"),
                "krankenkasse": P("AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit"),
            },
            "verletzungsart": Y(P("Schleudertrauma", "Prellung", "Fraktur", "Schnittwunde"), "condition"),
            "arbeitsunfaehig_tage": I(0, 42),
        },
    ),
    (
        "track",
        "Claim Status Changed",
        ["python", "go"],
        {
            "claim_number": claim_no,
            "old_status": P("new", "triage", "assessing", "awaiting_docs"),
            "new_status": P("triage", "assessing", "approved", "settled", "declined"),
            "handler": {
                "id": lambda f: "stf_" + f.digits(4),
                "name": Y(full_name, "name"),
                "email": Y(
                    lambda f: (
                        f"{first(f).lower().translate(ASCII)}.{last(f).lower().translate(ASCII)}@harbourside.co.uk"
                    ),
                    "email",
                ),
            },
            "reserve_amount": amount(200, 25000),
            "settlement_amount": amount(0, 25000),
            "fraud_score": amount(0, 1),
            "note": Y(handler_note, "email", True),
        },
    ),
    (
        "track",
        "Repair Booked",
        ["web", "swift"],
        {
            "claim_number": claim_no,
            "repairer": {
                "id": lambda f: "rep_" + f.digits(4),
                "name": P(
                    "Halo Bodyworks Ltd",
                    "Autohaus Meier GmbH",
                    "Lone Star Collision",
                    "Crown Accident Repair",
                ),
                "phone": P("0113 496 0100", "+49 89 4520 330", "(512) 555-0142", "0117 496 0777"),
                "email": P(
                    "bookings@halobodyworks.co.uk",
                    "service@autohaus-meier.de",
                    "office@lonestarcollision.com",
                ),
                "address": P(
                    "Unit 4, Kirkstall Trading Estate, Leeds LS5 3BT",
                    "Landsberger Str. 302, 80687 München",
                    "2210 E Riverside Dr, Austin, TX 78741",
                ),
            },
            "booking_date": day,
            "courtesy_car": B(),
            "estimate_amount": amount(150, 9000),
        },
    ),
    (
        "track",
        "Home Claim Submitted",
        ["web", "python"],
        {
            "claim_number": claim_no,
            "peril": P("escape_of_water", "storm", "theft", "accidental_damage", "fire"),
            "loss_date": day,
            "rooms_affected": Many(P("kitchen", "bathroom", "living_room", "bedroom", "loft"), 3),
            "estimated_loss": amount(200, 40000),
            "stolen_items": Many(
                {
                    "description": P(
                        "MacBook Pro 14", "Engagement ring", "Sony A7 camera", "iPad Air", "Road bike"
                    ),
                    "value": amount(300, 6000),
                    "serial_number": Y(
                        lambda f: f.pick(["C02", "DMP", "SN", "WTU"]) + f.hexid(9).upper(), "serial"
                    ),
                },
                2,
            ),
            "crime_reference": lambda f: f"{f.pick(['13', '14', '22'])}/{f.digits(5)}/24",
            "loss_adjuster": {
                "name": Y(full_name, "name"),
                "firm": P("Crawford & Company", "Sedgwick", "Cunningham Lindsey"),
                "mobile": Y(phone_uk, "phone"),
            },
        },
    ),
    (
        "track",
        "FNOL Submitted",
        ["ruby"],
        {
            "claim_number": claim_no,
            "policy_number": Y(policy_no, "identification"),
            "loss_date": day,
            "loss_state": P("TX", "OH", "FL", "CO", "CA"),
            "claimant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "phone": Y(phone_us, "phone"),
                "email": Y(email, "email"),
            },
            "injured_count": I(0, 3),
            "police_report_number": lambda f: f"APD-24-{f.digits(6)}",
            "description": P(
                "Rear-ended at a stop light",
                "Hail damage to roof and hood",
                "Hit a deer on the highway",
                "Sideswiped in a parking lot",
                "Tree fell on the car in a storm",
            ),
            "at_fault": P("insured", "other_party", "shared", "unknown"),
        },
    ),
    # -- telematics, roadside ------------------------------------------------------------------------
    (
        "track",
        "Trip Completed",
        ["kotlin", "swift", "rn"],
        {
            "trip_id": uuid_,
            "started_at": iso,
            "distance_miles": amount(0.5, 180),
            "duration_s": I(120, 12000),
            "score": I(40, 100),
            "harsh_braking": I(0, 9),
            "phone_handling_s": I(0, 400),
            "speeding_events": I(0, 12),
            "start": {
                "lat": Y(geo_lat, "geolocation"),
                "lng": Y(geo_lon, "geolocation"),
                "postcode": Y(uk_postcode, "zipcode"),
            },
            "end": {
                "lat": Y(geo_lat, "geolocation"),
                "lng": Y(geo_lon, "geolocation"),
                "postcode": Y(uk_postcode, "zipcode"),
            },
            "tag_serial": Y(lambda f: "TG" + f.hexid(10).upper(), "serial"),
        },
    ),
    (
        "track",
        "Driving Score Updated",
        ["python", "go"],
        {
            "policy_number": Y(policy_no, "identification"),
            "score_period": P("2024-W10", "2024-W11", "2024-05", "2024-06"),
            "overall_score": I(40, 100),
            "braking_score": I(30, 100),
            "discount_pct": P(0, 5, 10, 15, 20),
            "trips_counted": I(0, 90),
        },
    ),
    (
        "screen",
        "Policy Details",
        ["swift", "kotlin", "flutter"],
        {
            "policy_number": Y(policy_no, "identification"),
            "cover_type": P("comprehensive", "tpft", "vollkasko", "buildings_contents"),
            "tab": P("overview", "drivers", "documents", "payments"),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        ["rn", "flutter"],
        {
            "request_id": uuid_,
            "location": {"latitude": Y(geo_lat, "geolocation"), "longitude": Y(geo_lon, "geolocation")},
            "what3words": Y(w3w, "geolocation"),
            "problem": P("flat_tyre", "battery", "lockout", "accident", "fuel"),
            "vehicle_reg": Y(plate_any, "license"),
            "callback_number": Y(phone_any, "phone"),
            "provider": P("RoadRescue", "ADAC", "AA", "Agero"),
        },
    ),
    # -- account, identity, contact ------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn", "flutter"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone_any, "phone"),
            "birthday": Y(dob_iso, "birthdate"),
            "address": address_us(),
            "createdAt": iso,
            "customerNumber": lambda f: "C" + f.digits(8),
            "policyCount": I(0, 4),
            "hasCarPolicy": B(),
            "emailVerified": B(),
            "marketingOptIn": B(),
            "preferredContact": P("email", "sms", "phone", "post"),
            "age": I(18, 89),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone_any, "phone"),
            "POSTCODE": Y(lambda f: f.pick([uk_postcode, us_zip, de_plz])(f), "zipcode"),
            "DATE_OF_BIRTH": Y(dob_iso, "birthdate"),
            "ANNUAL_INCOME": Y(P(28000, 41000, 56000, 72500, 98000, 130000), "salary"),
            "LIFETIME_PREMIUM_GBP": amount(200, 14000),
            "POLICY_COUNT": I(1, 5),
            "CHURN_RISK_SCORE": amount(0, 1),
            "LAST_CLAIM_DATE": day,
            "CUSTOMER_SEGMENT": P("young_driver", "family", "mature", "high_value_home"),
            "MARKETING_CONSENT": B(),
        },
    ),
    (
        "identify",
        None,
        ["java", "flutter"],
        {
            "vorname": Y(first, "name"),
            "nachname": Y(last, "name"),
            "email": Y(email, "email"),
            "telefon": Y(phone_de, "phone"),
            "geburtsdatum": Y(dob_de, "birthdate"),
            "strasse": Y(de_line, "address|street"),
            "plz": Y(de_plz, "zipcode"),
            "ort": Y(P(*DE_ORTE), "city"),
            "anrede": Y(P("Herr", "Frau", "Divers"), "gender"),
            "kundennummer": lambda f: "K-" + f.digits(9),
            "familienstand": P("ledig", "verheiratet", "geschieden"),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": lambda f: agency(f)[0],
            "industry": C("Insurance Brokerage"),
            "plan": P("broker_basic", "broker_pro", "broker_enterprise"),
            "fca_firm_reference": lambda f: f.digits(6),
            "support_phone": lambda f: f.agency[1],
            "support_email": lambda f: f.agency[2],
            "office": {
                "street": lambda f: f.agency[3],
                "city": lambda f: f.agency[4],
                "postcode": lambda f: f.agency[5],
                "country": lambda f: f.agency[6],
            },
            "created_at": iso,
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None),
    (
        "track",
        "Account Created",
        ["php"],
        {
            "customer-id": lambda f: "C" + f.digits(8),
            "email-address": Y(email, "email"),
            "mobile-number": Y(phone_any, "phone"),
            "password": RED(
                P("Summer2024!", "ilovemydog1", "P@ssw0rd123", "Hertha1892!", "london_calling88"), "password"
            ),
            "password-strength": P("weak", "fair", "strong"),
            "terms-version": P("2024-01", "2024-04"),
            "signup-source": P("quote_flow", "app", "renewal"),
            "marketing-opt-in": B(),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": P("sms", "whatsapp", "voice"),
            "destination": Y(phone_any, "phone", True),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "secret|token"),
            "expires_in_s": P(300, 600),
            "attempt": I(1, 3),
            "template_id": P("otp_login_v2", "otp_signup_v1"),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["go"],
        {
            "to": Y(phone_any, "phone", True),
            "from": P("Harbourside", "+441134960123", "Lindwurm"),
            "text": RED(otp_sms, "secret|token", True),
            "provider": P("twilio", "messagebird", "vonage"),
            "message_sid": lambda f: "SM" + f.hexid(32),
            "segments": I(1, 2),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", "node"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "requested_from_ip": Y(ip_any, "ip"),
            "reset_link_expires_at": iso,
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ["python"],
        {
            "MessageSid": lambda f: "SM" + f.hexid(32),
            "AccountSid": C("AC" + "3f9c1e27a8b64d05e9f1c2b3a4d5e6f7"),
            "From": Y(lambda f: "+" + f.pick(["1", "44", "49"]) + f.digits(10), "phone", True),
            "To": P("+441134960123", "+15125550147", "+4930901820"),
            "Body": P("YES", "STOP", "Thanks, got it", "Can someone call me back tomorrow?", "JA"),
            "FromCity": Y(lambda f: f.pick([*UK_TOWNS, "AUSTIN", "DENVER", "BERLIN"]), "city"),
            "FromZip": Y(lambda f: f.pick([uk_postcode, us_zip])(f), "zipcode"),
            "FromState": P("TX", "CO", "England", ""),
            "FromCountry": P("US", "GB", "DE"),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "call_id": lambda f: "CAL" + f.hexid(32),
            "caller_number": Y(phone_us, "phone"),
            "caller_name": Y(lambda f: f"{last(f).upper()} {first(f).upper()}", "name"),
            "caller_city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "caller_state": P("TX", "OH", "FL", "CO"),
            "tracking_number": P("+15125550147", "+16145550199", "+18135550123"),
            "business_phone": P("+15125550100", "+16145550100"),
            "duration": I(0, 1800),
            "source": P("Google Ads", "Bing Ads", "Direct", "Organic"),
            "gclid": Y(gclid, "advertising id"),
            "agent_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Lead",
        ["node"],
        lambda f: {
            "event_name": C("Lead"),
            "event_time": lambda f: f.r.randint(1_700_000_000, 1_735_000_000),
            "action_source": C("website"),
            "event_source_url": lambda f: f.pick(SITES) + "/quote/thank-you",
            "user_data": {
                "em": Y(lambda f: sha256(email(f).lower()), "email"),
                "ph": Y(lambda f: sha256("1" + f.digits(10)), "phone"),
                "external_id": lambda f: sha256("cus_" + f.digits(7)),
                "client_ip_address": Y(ip_any, "ip"),
                "client_user_agent": P(*UAS),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {
                "value": amount(200, 2400),
                "currency": P("USD", "GBP"),
                "content_name": P("Car Insurance Quote", "Home Insurance Quote"),
            },
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        {
            "referral_code": lambda f: "HB-" + f.hexid(6).upper(),
            "friend_name": Y(full_name, "name"),
            "friend_email": Y(email, "email"),
            "channel": P("email", "whatsapp", "copy_link"),
            "reward_amount": P(25, 50),
        },
    ),
    (
        "track",
        "Driving Licence Scanned",
        ["swift", "kotlin"],
        {
            "scan_id": uuid_,
            "document_country": P("GB", "DE", "US"),
            "licence_number": Y(lambda f: f.pick([uk_dln, de_fs, us_dl])(f), "license"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "birth_date": Y(dob_iso, "birthdate"),
            "address": Y(full_address, "address"),
            "expiry_date": day,
            "front_image_url": Y(
                lambda f: f"https://kyc.harbourside.co.uk/scans/{f.uuid()}/front.jpg", "photo"
            ),
            "face_match_score": amount(0.4, 1),
        },
    ),
    (
        "track",
        "Address Lookup Performed",
        ["web"],
        {
            "input": Y(lambda f: f.pick([uk_postcode, de_plz])(f), "zipcode", True),
            "provider": P("loqate", "getaddress.io", "ideal_postcodes"),
            "results_count": I(0, 60),
        },
    ),
    (
        "track",
        "Lead Form Field Completed",
        ["web"],
        {
            "form_id": P("quote_contact", "callback_form", "home_contact"),
            "field": {
                "name": P("email", "emailAddress", "contact_email"),
                "type": C("email"),
                "value": Y(email, "email", True),
            },
            "time_to_complete_ms": I(300, 20000),
            "autofilled": B(),
        },
    ),
    (
        "track",
        "Saved Driver Selected",
        ["web", "swift"],
        {
            "driver_id": lambda f: "drv_" + f.digits(6),
            "label": Y(full_name, "name", True),
            "position": I(0, 3),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "rn"],
        {
            "reason": P("new_quote", "claim_update", "renewal", "complaint"),
            "preferred_slot": P("morning", "afternoon", "evening"),
            "message": Y(callback_note, "phone", True),
            "queue": P("sales", "claims", "service"),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web", "swift", "kotlin"],
        {
            "q": P(
                "add named driver",
                "windscreen excess",
                "cancel policy",
                "no claims bonus proof",
                "Schadenfreiheitsklasse übertragen",
                "what is sr22",
            ),
            "results_count": I(0, 40),
            "clicked_article_id": lambda f: f.digits(8),
        },
    ),
    (
        "track",
        "Chat Transcript Saved",
        ["node", "ruby"],
        {
            "conversation_id": lambda f: f.digits(12),
            "channel": P("web_chat", "whatsapp", "in_app"),
            "messages": Many(
                {
                    "author": Y(full_name, "name"),
                    "role": P("customer", "agent"),
                    "text": P(
                        "Hi, I need to change my address",
                        "Sure, I can help with that",
                        "When will my refund arrive?",
                        "It's processed within 5 working days",
                        "Thanks!",
                    ),
                    "sent_at": iso,
                },
                4,
            ),
            "resolved": B(),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "rn", "flutter"],
        {
            "version": P("6.4.0", "6.5.2", "3.2.1", "2.9.1"),
            "build": P("6400", "6502", "321", "291"),
            "from_background": B(),
            "url": P("", "harbourside://claims", "roadready://trip", "lindwurm://vertrag"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            msg["userId"] = "cus_" + f.digits(7)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "brk_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                template = body(f) if callable(body) else body
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(wrap(template), f, section, labels)
            msg["context"] = render(wrap(context_for(f, client)), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


def wrap(template):
    """Plain callables in a template are green leaves."""
    if isinstance(template, L):
        return template
    if isinstance(template, Many):
        return Many(wrap(template.item), template.n)
    if isinstance(template, dict):
        return {k: wrap(v) for k, v in template.items()}
    if callable(template):
        return G(template)
    raise TypeError(type(template))


if __name__ == "__main__":
    events, labels = build(seed=82, repeats=32)
    write(Path(__file__).parent, "holdout82_", events, labels)
