"""Writes holdout246: tests/corpus/holdout246_events.jsonl and holdout246_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only the corpus helpers (build.py,
fake.py), build_holdout3.py (for the format) and the reference's matcher table were read.

Domain: "Orbyt", a mobile network operator selling prepaid SIMs in Nigeria, Indonesia and
Germany. Covers SIM registration (NIN/BVN, NIK + KK, German ID card / passport via VideoIdent),
selfies and ID-document OCR (a Smile-ID-shaped result in PascalCase, a KTP OCR in Indonesian),
airtime top-ups, recharge vouchers, data bundles and roaming passes, number porting (a kebab-case
porting service, a German form), eSIM activation (ICCID, EID, IMEI, LPA activation codes),
roaming sessions and call-detail summaries (MSISDN, IMSI, B-numbers, cell ids), customer-care
chats and tickets, an Africa's-Talking-shaped IVR and SMS webhook, retail agents' activation
app (agent staff data, GPS at capture, next of kin), card, SEPA, bank-transfer and mobile-money
payments (Paystack- and Midtrans-shaped webhooks, Stripe pm_ ids), a Meta-CAPI-shaped
conversion with hashed user data, a reverse-ETL identify in SCREAMING_SNAKE, a German .NET
backend in PascalCase and German, an Indonesian Go backend with Indonesian keys.
Clients: analytics.js, analytics-swift, analytics-kotlin (the self-care app and the agent app),
analytics-react-native, analytics_flutter, and python/node/go/java/ruby/php/.NET servers.
Calls: identify, track, page, screen, group, alias.

Conventions: a path is labelled once for every event that carries it (the same key under the
same parent means the same thing everywhere); `a|b` types when either matcher name is fair.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (user, recipient, contact, dependant, next of kin,
  staff, retail agent, rider). Colour = the reference matcher's default colour; outside the
  reference: red for credentials/secrets, card numbers, bank and wallet accounts, government ids,
  health ids; yellow otherwise (geolocation, advertising id, credit score).
- Green: ids we issue (user, order, session, registration, ticket, customer and dealer numbers,
  UUIDs), versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys,
  product / bundle / pass / company / outlet names, a business's own phone, e-mail and address
  (stores, outlets, the hotline in a telephony webhook, role mailboxes, a courier's call-masking
  proxy number), country, state, province, locale, timezone, currency, user agents, OS-issued
  device ids, card brand / BIN / last four / expiry, bank codes and BICs, e-mail Message-IDs.
- Policy: loyalty/customer numbers, ages, marital status, occupation and employer are green;
  credit scores and SCHUFA score classes yellow `credit score`; salaries, incomes and a retail
  agent's commission pay yellow `salary`; vehicle plates yellow `license`; gclid/fbclid/fbp/fbc/
  ttclid yellow `advertising id`; billing and shipping addresses yellow `address`; payment and
  card tokens (pm_, Paystack AUTH_), OTPs, eSIM activation codes, refresh and push tokens red
  `token`; identity document numbers red `national id` / `passport`.
- Decisions made here where the policy is silent:
  - Hardware and SIM serials of a thing a person carries (IMEI, ICCID, EID) follow the VIN rule:
    yellow `serial`; an IMSI (the subscriber's permanent identity) is yellow `identification`.
    A short ICCID suffix (like a card's last four) is green. A recharge voucher's printed serial
    is a stock id: green; its PIN is a bearer secret: red `secret`, as is a SIM's PUK.
  - Cell ids, LACs and the visited network are coarse network infrastructure: green. Latitude and
    longitude of the person (delivery point, capture point, device location) are yellow
    `geolocation`; an outlet's location is the business's: green.
  - NIN, BVN, NIK, KK (family card) numbers and a person's NPWP are red `national id`; a
    company's tax id and CAC RC number are green.
  - Mobile-money wallets whose account number is the phone number (OPay, GoPay, DANA) are
    financial accounts: red `bank account|phone`. A per-order payment virtual account number
    issued by the PSP (Midtrans va_number) is a payment reference: green.
  - A SHA-256 of a person's e-mail / phone / name / city sent for ad matching (Meta CAPI
    user_data) still identifies the person: labelled like the value it hashes (yellow); a hashed
    id we issue (external_id) is green.
  - A place of birth is the person's: yellow `city`; a person's LGA / kecamatan / kelurahan is
    part of the address: yellow `address|city`; a Nigerian state of origin is a state: green.
    A delivery landmark ("Opposite Shoprite") is part of the person's address: yellow.
  - Salutation (Herr/Frau) and KTP sex reveal gender: yellow `gender`. KTP religion (agama) is
    yellow `religion`; KTP blood group is health data, yellow `condition`. A German
    severe-disability flag (Schwerbehindert) is red `disability`. A roaming pass named for the
    Hajj is a product name: green.
  - Mother's maiden name (an Indonesian security question) is a person's name: yellow `name`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `to`, `recipient`, `gifted_to`, `alt-contact`, `top_contacts`, `ussd_string`, `link`,
  `description`, `externalIds[].id`); such a PII path carries the PII in every one of its
  values. Free text is labelled by what every value carries: green when none does (help-centre
  queries, gift messages, ticket subjects, app feedback, agent notes without personal data).
"""

# ruff: noqa: E501, RUF001 -- realistic long values (user agents, ids) and Turkish-German names

import hashlib
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places by country ------------------------------------------------------------------

FIRST = {
    "NG": [
        "Chinedu",
        "Ngozi",
        "Oluwaseun",
        "Aisha",
        "Ibrahim",
        "Funmilayo",
        "Emeka",
        "Halima",
        "Tunde",
        "Chiamaka",
        "Yusuf",
        "Blessing",
        "Adaeze",
        "Obinna",
        "Zainab",
        "Segun",
        "Temitope",
        "Uchenna",
        "Kelechi",
        "Hauwa",
    ],
    "ID": [
        "Budi",
        "Siti",
        "Agus",
        "Dewi",
        "Made",
        "Putu",
        "Rizky",
        "Nur",
        "Wahyu",
        "Intan",
        "Andi",
        "Rina",
        "Fajar",
        "Ayu",
        "Dimas",
        "Fitri",
        "Hendra",
        "Kadek",
        "Yohanes",
        "Lestiana",
    ],
    "DE": [
        "Lukas",
        "Anna",
        "Jonas",
        "Leonie",
        "Mehmet",
        "Katarzyna",
        "Jürgen",
        "Sophie",
        "Felix",
        "Marie",
        "Emre",
        "Hannah",
        "Dmitri",
        "Lea",
        "Tobias",
        "Ayşe",
        "Paul",
        "Mia",
        "Ahmad",
        "Greta",
    ],
}
LAST = {
    "NG": [
        "Okafor",
        "Adeyemi",
        "Bello",
        "Eze",
        "Musa",
        "Ogunleye",
        "Nwosu",
        "Abubakar",
        "Bakare",
        "Obi",
        "Okonkwo",
        "Adebayo",
        "Ibrahim",
        "Danjuma",
        "Olawale",
        "Nnamdi",
        "Lawal",
        "Effiong",
        "Yakubu",
    ],
    "ID": [
        "Santoso",
        "Rahmawati",
        "Setiawan",
        "Lestari",
        "Wirawan",
        "Pratama",
        "Hidayat",
        "Permatasari",
        "Saputra",
        "Nugroho",
        "Siregar",
        "Simanjuntak",
        "Wijaya",
        "Kusuma",
        "Hutapea",
        "Gunawan",
    ],
    "DE": [
        "Schneider",
        "Becker",
        "Weber",
        "Fischer",
        "Yılmaz",
        "Nowak",
        "Hoffmann",
        "Wagner",
        "Müller",
        "Schulz",
        "Krüger",
        "Öztürk",
        "Zimmermann",
        "Kaya",
        "Schmidt",
        "Braun",
        "Neumann",
        "Al-Hassan",
    ],
}
ID_MONONYMS = ["Sutrisno", "Sukarni", "Suharti", "Mulyono", "Darmini", "Slamet"]
ABROAD = [
    "Kwame Mensah",
    "Priya Nair",
    "Nguyen Van An",
    "Maria Santos",
    "Tomás Rivera",
    "Fatou Diop",
    "Li Wei",
    "Ahmed Hassan",
    "Olena Kovalenko",
    "James O'Connor",
    "Aroha Ngata",
    "Sven Lindqvist",
]
MOBILE_PREFIX = {
    "NG": [
        "803",
        "806",
        "813",
        "816",
        "703",
        "706",
        "903",
        "805",
        "807",
        "815",
        "905",
        "802",
        "808",
        "812",
        "701",
        "902",
        "901",
        "810",
    ],
    "ID": ["811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "896", "895", "881"],
    "DE": ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "175", "176", "177"],
}
DIAL = {"NG": "234", "ID": "62", "DE": "49"}
MAIL = {
    "NG": ["gmail.com", "yahoo.com", "outlook.com", "ymail.com"],
    "ID": ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
}
STREETS = {
    "NG": [
        "Adeola Odeku Street",
        "Allen Avenue",
        "Awolowo Road",
        "Herbert Macaulay Way",
        "Aminu Kano Crescent",
        "Ogui Road",
        "Ahmadu Bello Way",
        "Bode Thomas Street",
        "Opebi Road",
        "Ikwerre Road",
        "Admiralty Way",
    ],
    "ID": [
        "Jl. Sudirman",
        "Jl. Gatot Subroto",
        "Jl. Malioboro",
        "Jl. Diponegoro",
        "Jl. Raya Kuta",
        "Jl. Ahmad Yani Gg. Melati",
        "Jl. Pemuda",
        "Jl. Merdeka",
        "Jl. Kaliurang Km. 5",
        "Jl. Dago",
    ],
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Lindenallee",
        "Kastanienweg",
        "Schillerstraße",
        "Goethestraße",
        "Am Markt",
        "Friedrichstraße",
        "Karl-Marx-Straße",
        "Sonnenallee",
        "Ringstraße",
    ],
}
CITIES = {
    "NG": [
        "Lagos",
        "Ikeja",
        "Abuja",
        "Kano",
        "Port Harcourt",
        "Ibadan",
        "Enugu",
        "Benin City",
        "Kaduna",
        "Abeokuta",
        "Onitsha",
        "Lekki",
    ],
    "ID": [
        "Jakarta Selatan",
        "Bandung",
        "Surabaya",
        "Medan",
        "Denpasar",
        "Yogyakarta",
        "Makassar",
        "Semarang",
        "Bekasi",
        "Depok",
        "Tangerang",
    ],
    "DE": [
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt am Main",
        "Stuttgart",
        "Düsseldorf",
        "Leipzig",
        "Dortmund",
        "Bremen",
        "Dresden",
        "Nürnberg",
    ],
}
STATES = {
    "NG": ["Lagos", "FCT", "Kano", "Rivers", "Oyo", "Enugu", "Edo", "Kaduna", "Ogun", "Anambra"],
    "ID": [
        "DKI Jakarta",
        "Jawa Barat",
        "Jawa Timur",
        "Sumatera Utara",
        "Bali",
        "DI Yogyakarta",
        "Sulawesi Selatan",
        "Jawa Tengah",
        "Banten",
    ],
    "DE": ["Berlin", "Hamburg", "Bayern", "Nordrhein-Westfalen", "Hessen", "Baden-Württemberg", "Sachsen"],
}
LGAS = [
    "Ikeja",
    "Eti-Osa",
    "Surulere",
    "Alimosho",
    "Municipal Area Council",
    "Nassarawa",
    "Obio/Akpor",
    "Ibadan North",
    "Enugu East",
    "Kosofe",
    "Oshodi-Isolo",
]
KECAMATAN = [
    "Setiabudi",
    "Coblong",
    "Tegalsari",
    "Medan Baru",
    "Denpasar Barat",
    "Gondokusuman",
    "Tamalate",
    "Kebayoran Baru",
    "Cilandak",
    "Sukajadi",
]
KELURAHAN = [
    "Karet",
    "Dago",
    "Kedungdoro",
    "Petisah Tengah",
    "Dauh Puri",
    "Kotabaru",
    "Mangasa",
    "Senayan",
    "Gandaria Utara",
    "Pasteur",
]
LOCALES = {
    "NG": ["en-NG", "en-GB", "en-US"],
    "ID": ["id-ID", "en-ID", "id"],
    "DE": ["de-DE", "en-DE", "tr-DE"],
}
TZ = {
    "NG": ["Africa/Lagos"],
    "ID": ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"],
    "DE": ["Europe/Berlin"],
}
CURRENCY = {"NG": "NGN", "ID": "IDR", "DE": "EUR"}
DOMAIN = {"NG": "orbyt.ng", "ID": "orbyt.co.id", "DE": "orbyt.de"}
IP_PREFIX = {
    "NG": ["102.89", "105.112", "197.210", "41.184", "129.205", "102.90"],
    "ID": ["36.68", "114.124", "182.1", "180.252", "110.136", "114.10"],
    "DE": ["84.150", "91.64", "93.204", "178.24", "87.123", "79.199"],
}
OTHER_OPERATORS = {
    "NG": ["MTN", "Airtel", "Glo", "9mobile"],
    "ID": ["Telkomsel", "Indosat Ooredoo Hutchison", "XL Axiata", "Smartfren"],
    "DE": ["Telekom", "Vodafone", "O2 Telefónica", "1&1"],
}
MCC = {"NG": "621", "ID": "510", "DE": "262"}
BANKS_NG = [
    ("058", "Guaranty Trust Bank"),
    ("044", "Access Bank"),
    ("057", "Zenith Bank"),
    ("011", "First Bank"),
    ("033", "United Bank for Africa"),
    ("232", "Sterling Bank"),
    ("035", "Wema Bank"),
]
BANKS_ID = [("014", "BCA"), ("008", "Mandiri"), ("002", "BRI"), ("009", "BNI"), ("022", "CIMB Niaga")]
BUNDLES = {
    "NG": [
        "Daily 1GB",
        "Weekly 3.5GB",
        "Monthly 10GB",
        "Night Plan 2GB",
        "Social Bundle 1.5GB",
        "Monthly 40GB",
    ],
    "ID": [
        "Kuota Harian 2GB",
        "Internet OMG! 15GB",
        "Combo Sakti 25GB",
        "Kuota Belajar 10GB",
        "Paket Malam 8GB",
    ],
    "DE": ["Prepaid S 6GB", "Prepaid M 15GB", "Prepaid L 30GB", "Datenpass 2GB", "Tagesflat 1GB"],
}
PASSES = [
    "Roam Like Home 7 days",
    "Umroh & Haji 30 Hari",
    "Africa Roam 1GB",
    "World Pass 3GB",
    "EU+ 5GB",
    "Asia Explorer 10GB",
    "UK Week 2GB",
]
DEVICES = [
    ("Apple", "iPhone14,7", "iPhone 14"),
    ("Apple", "iPhone15,4", "iPhone 15"),
    ("samsung", "SM-A155F", "Galaxy A15"),
    ("samsung", "SM-S918B", "Galaxy S23 Ultra"),
    ("TECNO", "TECNO CK7n", "Camon 20"),
    ("Infinix", "Infinix X6833B", "Note 30"),
    ("Xiaomi", "23053RN02Y", "Redmi 12"),
    ("Google", "Pixel 8", "Pixel 8"),
    ("OPPO", "CPH2591", "A58"),
]


class MF(Fake):
    """Fake with a current country: every generator below answers for the message's market."""

    cc = "NG"

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cc = "NG"


def given(f: MF) -> str:
    return f.pick(FIRST[f.cc])


def surname(f: MF) -> str:
    return f.pick(LAST[f.cc])


def full_name(f: MF) -> str:
    if f.cc == "ID" and f.r.random() < 0.2:
        return f.pick(ID_MONONYMS)
    if f.cc == "NG" and f.r.random() < 0.25:
        first, middle = f.r.sample(FIRST["NG"], 2)
        return f"{first} {middle} {surname(f)}"
    return f"{given(f)} {surname(f)}"


def any_name(f: MF) -> str:
    return f.pick([full_name(f), full_name(f), f.pick(ABROAD)])


def ascii_fold(s: str) -> str:
    table = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "ı": "i", "ş": "s", "é": "e", "á": "a", "'": ""}
    return "".join(table.get(c, c) for c in s.lower())


def email(f: MF) -> str:
    first, last = ascii_fold(given(f)), ascii_fold(surname(f)).replace(" ", "")
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{first[0]}.{last}",
            f"{first}_{last}",
            f"{last}{f.r.randint(70, 2005)}",
            f"{first}.{last}{f.r.randint(1, 9)}",
        ]
    )
    return f"{local}@{f.pick(MAIL[f.cc])}"


def staff_email(f: MF) -> str:
    return f"{ascii_fold(given(f))}.{ascii_fold(surname(f))}@{DOMAIN[f.cc]}"


def national_number(f: MF) -> str:
    prefix = f.pick(MOBILE_PREFIX[f.cc])
    n = {"NG": 7, "ID": f.pick([7, 8]), "DE": f.pick([7, 8])}[f.cc]
    return prefix + "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: MF) -> str:
    nn, dial = national_number(f), DIAL[f.cc]
    if f.cc == "NG":
        return f.pick(
            [
                f"+234 {nn[:3]} {nn[3:6]} {nn[6:]}",
                "0" + nn,
                "234" + nn,
                "+234" + nn,
                f"0{nn[:3]} {nn[3:6]} {nn[6:]}",
            ]
        )
    if f.cc == "ID":
        return f.pick(
            [
                f"+62 {nn[:3]}-{nn[3:7]}-{nn[7:]}",
                "0" + nn,
                "62" + nn,
                "+62" + nn,
                f"0{nn[:3]} {nn[3:7]} {nn[7:]}",
            ]
        )
    return f.pick(
        [
            f"+49 {nn[:3]} {nn[3:]}",
            f"0{nn[:3]} {nn[3:]}",
            f"+{dial}{nn}",
            f"+49 (0){nn[:3]} {nn[3:]}",
            f"0{nn}",
        ]
    )


def msisdn(f: MF) -> str:
    return DIAL[f.cc] + national_number(f)


def local_phone(f: MF) -> str:
    return "0" + national_number(f)


def street(f: MF) -> str:
    s, n = f.pick(STREETS[f.cc]), f.r.randint(1, 180)
    if f.cc == "NG":
        return f.pick([f"{n} {s}", f"Plot {n}, {s}", f"No. {n} {s}", f"{n}B {s}"])
    if f.cc == "ID":
        return f.pick(
            [f"{s} No. {n}", f"{s} No. {n}A", f"{s} Kav. {n}", f"{s} Blok C{f.r.randint(1, 9)} No. {n}"]
        )
    return f.pick([f"{s} {n}", f"{s} {n}a", f"{s} {n}-{n + 2}"])


def city(f: MF) -> str:
    return f.pick(CITIES[f.cc])


def postcode(f: MF) -> str:
    if f.cc == "NG":
        return f.pick(["100001", "101233", "900108", "500272", "400001", "200212", "110001", "300001"])
    if f.cc == "ID":
        return f"{f.r.randint(10110, 99999)}"
    return f"{f.r.randint(1067, 99998):05d}"


def address_line(f: MF) -> str:
    if f.cc == "NG":
        return f"{street(f)}, {f.pick(LGAS)}, {f.pick(STATES['NG'])}"
    if f.cc == "ID":
        rt = f"RT {f.r.randint(1, 15):03d}/RW {f.r.randint(1, 12):03d}"
        return f"{street(f)}, {rt}, Kel. {f.pick(KELURAHAN)}, Kec. {f.pick(KECAMATAN)}, {city(f)}"
    return f"{street(f)}, {postcode(f)} {city(f)}"


def state(f: MF) -> str:
    return f.pick(STATES[f.cc])


def dob(f: MF, lo=1955, hi=2006) -> str:
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return (
        f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"]) if f.cc != "DE" else f"{d:02d}.{m:02d}.{y}"
    )


def iso_dob(f: MF) -> str:
    return f"{f.r.randint(1955, 2006)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def ip(f: MF) -> str:
    if f.cc == "DE" and f.r.random() < 0.3:
        return "2003:e5:" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    if f.cc == "NG" and f.r.random() < 0.15:
        return "2c0f:f5c0:" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    return f"{f.pick(IP_PREFIX[f.cc])}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"


def iso(f: MF, year=2024) -> str:
    r = f.r
    return (
        f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
        f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"
    )


def local_ts(f: MF) -> str:
    r = f.r
    return f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def epoch(f: MF) -> int:
    return f.r.randint(1_704_067_200, 1_735_603_200)


def money(f: MF, lo_ngn=100, hi_ngn=20000):
    if f.cc == "NG":
        return f.pick([100, 200, 500, 1000, 1500, 2000, 3000, 5000, 10000, f.r.randint(lo_ngn, hi_ngn)])
    if f.cc == "ID":
        return f.pick([5000, 10000, 20000, 25000, 50000, 100000, 150000, 200000])
    return f.pick([5, 10, 15, 20, 25, 30, 50, 9.99, 14.99])


def upper_alnum(f: MF, n: int) -> str:
    return "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def b64(f: MF, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# -- identifiers with real structure -----------------------------------------------------------------


def luhn(f: MF, partial: str) -> str:
    return f.luhn_complete(partial)


def imei(f: MF) -> str:
    tac = f.pick(["35328115", "35467011", "86079305", "35209611", "35662911", "86472604", "35890211"])
    return luhn(f, tac + "".join(str(f.r.randint(0, 9)) for _ in range(6)))


def iccid(f: MF) -> str:
    head = {"NG": "89234", "ID": "8962", "DE": "8949"}[f.cc] + f.pick(["01", "10", "22", "07"])
    body = head + "".join(str(f.r.randint(0, 9)) for _ in range(18 - len(head)))
    return luhn(f, body)


def eid(f: MF) -> str:
    """32 digits whose value mod 97 is 1 (GSMA SGP.29 check digits)."""
    body = "89049032" + "".join(str(f.r.randint(0, 9)) for _ in range(22))
    check = 98 - (int(body + "00") % 97)
    return f"{body}{check:02d}"


def imsi(f: MF) -> str:
    mnc = {"NG": "70", "ID": "27", "DE": "23"}[f.cc]
    return MCC[f.cc] + mnc + "".join(str(f.r.randint(0, 9)) for _ in range(10))


def nin(f: MF) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(11))


def bvn(f: MF) -> str:
    return "22" + "".join(str(f.r.randint(0, 9)) for _ in range(9))


def nik(f: MF) -> str:
    region = f.pick(["3171", "3174", "3273", "3578", "1271", "5171", "3471", "7371", "3374", "3275", "3603"])
    district = f"{f.r.randint(1, 12):02d}"
    day = f.r.randint(1, 28) + f.pick([0, 40])
    return f"{region}{district}{day:02d}{f.r.randint(1, 12):02d}{f.r.randint(60, 99) % 100:02d}{f.r.randint(1, 3999):04d}"


def kk(f: MF) -> str:
    region = f.pick(["3171", "3174", "3273", "3578", "1271", "5171", "3471"])
    return f"{region}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(5, 23):02d}{f.r.randint(1, 9999):04d}"


def npwp(f: MF) -> str:
    d = "".join(str(f.r.randint(0, 9)) for _ in range(15))
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


ICAO_CHARS = "0123456789CFGHJKLMNPRTVWXYZ"


def icao_check(text: str) -> str:
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    return str(sum(val(c) * w for c, w in zip(text, [7, 3, 1] * 10)) % 10)


def de_id_number(f: MF) -> str:
    """German Personalausweis / Reisepass serial: 9 characters plus a 7-3-1 check digit."""
    first = f.pick(["L", "T", "C", "F", "G", "H", "J", "K"])
    body = first + "".join(f.r.choice(ICAO_CHARS) for _ in range(8))
    return body + icao_check(body)


def passport_no(f: MF) -> str:
    if f.cc == "NG":
        return f.pick(["A", "B"]) + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    if f.cc == "ID":
        return f.pick(["X", "C", "E"]) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    return "C" + "".join(f.r.choice(ICAO_CHARS) for _ in range(8))


def gov_id(f: MF) -> str:
    return {"NG": nin, "ID": nik, "DE": de_id_number}[f.cc](f)


def nuban(f: MF, bank_code: str) -> str:
    serial = "".join(str(f.r.randint(0, 9)) for _ in range(9))
    digits = (bank_code.zfill(3) + serial).zfill(12)[-12:]
    total = sum(int(d) * w for d, w in zip(digits, [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]))
    return serial + str((10 - total % 10) % 10)


def bank_account(f: MF) -> str:
    if f.cc == "NG":
        return nuban(f, f.pick(BANKS_NG)[0])
    if f.cc == "ID":
        return "".join(str(f.r.randint(0, 9)) for _ in range(f.pick([10, 13, 15])))
    return f.iban("DE")


def plate(f: MF) -> str:
    if f.cc == "NG":
        return f"{f.pick(['LSR', 'KJA', 'ABJ', 'EKY', 'FKJ'])}-{f.r.randint(100, 999)}-{upper_alnum(f, 2).replace('0', 'A')}"
    if f.cc == "ID":
        return f"{f.pick(['B', 'D', 'L', 'DK', 'AB'])} {f.r.randint(1000, 9999)} {f.pick(['ABC', 'TJK', 'UYE', 'KXZ'])}"
    return f"{f.pick(['B', 'HH', 'M', 'K', 'F'])}-{f.pick(['AB', 'XY', 'LK', 'TR'])} {f.r.randint(10, 9999)}"


def card(f: MF) -> str:
    if f.cc == "NG" and f.r.random() < 0.4:
        # Verve: 5061 BIN, 19 digits
        return luhn(f, "506105" + "".join(str(f.r.randint(0, 9)) for _ in range(12)))
    return f.card()


def fb_click(f: MF) -> str:
    return "IwAR" + b64(f, 56).replace("+", "_").replace("/", "-")


def gclid(f: MF) -> str:
    return "Cj0KCQ" + b64(f, 80).replace("+", "-").replace("/", "_") + "BwE"


def stripe_pm(f: MF) -> str:
    return "pm_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))


def jwt(f: MF) -> str:
    return f.jwt()


def selfie_url(f: MF) -> str:
    bucket = {"NG": "orbyt-kyc-ng", "ID": "orbyt-kyc-id", "DE": "orbyt-ident-de"}[f.cc]
    return f"https://{bucket}.s3.eu-west-1.amazonaws.com/selfies/2024/{f.uuid()}.jpg"


def ref(prefix: str, n: int):
    return lambda f: prefix + f.digits(n)


# -- contexts of the client libraries -----------------------------------------------------------------


def device_pick(f: MF, apple: bool | None = None):
    pool = [d for d in DEVICES if apple is None or (d[0] == "Apple") == apple]
    return f.pick(pool)


def web_context(f: MF):
    page = f.pick(["/", "/topup", "/bundles", "/esim", "/roaming", "/account", "/help", "/shop/sim"])
    host = {"NG": "my.orbyt.ng", "ID": "my.orbyt.co.id", "DE": "mein.orbyt.de"}[f.cc]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://l.facebook.com/", "https://t.co/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=sms&utm_medium=crm", "?ref=app_banner", "?lang=en"])
            ),
            "title": G(lambda f: f.pick(["MyOrbyt", "Top up | Orbyt", "eSIM | Orbyt", "Roaming - Orbyt"])),
            "url": G(lambda f: f"https://{host}{page}"),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Linux; Android 13; TECNO CK7n) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "Opera/9.80 (Android; Opera Mini/36.2.2254/191.256; U; en) Presto/2.12.423 Version/12.16",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["easter_data_promo", "esim_launch", "ramadan_bonus", "back_to_school"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "crm", "paid_social"])),
            "term": G(
                lambda f: f.pick(["cheap data", "esim nigeria", "paket internet murah", "prepaid karte"])
            ),
            "content": G(lambda f: f.pick(["banner_a", "video_15s", "carousel"])),
        },
    }


def swift_context(f: MF):
    make, model, _ = device_pick(f, apple=True)
    return {
        "app": {
            "name": G(lambda f: "MyOrbyt"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["7400", "7421", "7502"])),
            "namespace": G(lambda f: "com.orbyt.selfcare"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: make),
            "model": G(lambda f: model),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: MF, agent: bool = False):
    make, model, _ = device_pick(f, apple=False)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Orbyt Agent" if agent else "MyOrbyt"),
            "version": G(lambda f: f.pick(["3.2.1", "3.3.0"]) if agent else f.pick(["7.4.0", "7.5.1"])),
            "build": G(lambda f: f.pick(["30201", "30300", "70400", "70501"])),
            "namespace": G(lambda f: "com.orbyt.agent" if agent else "com.orbyt.selfcare"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: make),
            "model": G(lambda f: model),
            "name": G(lambda f: f.pick(["CK7n", "X6833B", "a15", "shiba", "topaz"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "carrier": G(lambda f: f.pick(["Orbyt", f"Orbyt {f.cc}"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2400, 1600, 2340])),
            "width": G(lambda f: f.pick([1080, 720])),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 13; {model} Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }
    if agent:
        ctx["location"] = {
            "latitude": Y(geo_lat, "geolocation"),
            "longitude": Y(geo_lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
            "accuracy": G(lambda f: f.r.randint(3, 40)),
        }
    return ctx


def geo_lat(f: MF) -> float:
    base = {"NG": 6.5244, "ID": -6.2088, "DE": 52.52}[f.cc]
    return round(base + f.r.uniform(-2.5, 2.5), 6)


def geo_lon(f: MF) -> float:
    base = {"NG": 3.3792, "ID": 106.8456, "DE": 13.405}[f.cc]
    return round(base + f.r.uniform(-2.5, 2.5), 6)


def rn_context(f: MF):
    make, model, _ = device_pick(f)
    return {
        "app": {
            "name": G(lambda f: "MyOrbyt"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.0"])),
            "build": G(lambda f: f.pick(["7400", "7502"])),
            "namespace": G(lambda f: "com.orbyt.selfcare"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: make),
            "model": G(lambda f: model),
            "name": G(lambda f: "iPhone" if make == "Apple" else f.pick(["a15", "CK7n", "X6833B"])),
            "type": G(lambda f: "ios" if make == "Apple" else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if make == "Apple" else "Android"),
            "version": G(lambda f: f.pick(["17.4", "17.5"]) if make == "Apple" else f.pick(["13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "traits": {
            "name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "plan": G(lambda f: f.pick(["prepaid", "prepaid_esim"])),
        },
    }


def flutter_context(f: MF):
    make, model, _ = device_pick(f)
    return {
        "app": {
            "name": G(lambda f: "Orbyt Lite"),
            "version": G(lambda f: f.pick(["2.1.0", "2.1.3"])),
            "build": G(lambda f: f.pick(["210", "213"])),
            "namespace": G(lambda f: "com.orbyt.lite"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: make),
            "model": G(lambda f: model),
            "type": G(lambda f: "ios" if make == "Apple" else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if make == "Apple" else "Android"),
            "version": G(lambda f: f.pick(["17.4", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2400])),
            "density": G(lambda f: 2.0),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0", "1.8.0"],
    "Analytics.NET": ["3.8.1", "3.7.0"],
}
SERVER_OF = {
    "python": "analytics-python",
    "node": "@segment/analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "dotnet": "Analytics.NET",
}


def server_context(f: MF, client: str):
    lib = SERVER_OF[client]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
    }
    if client in ("node", "php"):
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(
            lambda f: (
                "Mozilla/5.0 (Linux; Android 13; SM-A155F) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36"
            )
        )
    if client == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(msisdn, "phone", True),
                "type": G(lambda f: "msisdn"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if client == "dotnet":
        ctx["timezone"] = G(lambda f: "Europe/Berlin")
    if client == "java":
        ctx["groupId"] = G(lambda f: "ent_" + f.digits(6))
    return ctx


def context_for(f: MF, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "agent":
        return kotlin_context(f, agent=True)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


MOBILE = ("swift", "kotlin", "rn", "flutter")
APPS = ("web", "swift", "kotlin", "rn", "flutter")
ALL3 = ("NG", "ID", "DE")


# -- free text ---------------------------------------------------------------------------------------


def chat_text(f: MF) -> str:
    p = phone(f)
    if f.cc == "NG":
        return f.pick(
            [
                f"Good afternoon, my line {p} no dey browse since morning",
                f"I bought 10GB for {p} but it is not showing",
                f"please reverse the airtime I sent to {p} by mistake",
                f"Thanks, I have reset the data settings on {p}. Kindly restart your phone.",
            ]
        )
    if f.cc == "ID":
        return f.pick(
            [
                f"Halo kak, nomor saya {p} tidak bisa internet dari tadi pagi",
                f"Kuota sudah dibeli untuk {p} tapi belum masuk",
                f"Mohon dicek nomor {p}, sinyal hilang terus",
                f"Baik kak, nomor {p} sudah kami reset jaringannya ya.",
            ]
        )
    return f.pick(
        [
            f"Hallo, meine Nummer {p} hat seit gestern kein Netz",
            f"Ich habe 15 Euro auf {p} aufgeladen, Guthaben fehlt",
            f"Bitte Rückruf unter {p}, eSIM lässt sich nicht installieren",
            f"Danke, wir haben die Rufnummer {p} neu provisioniert.",
        ]
    )


def ticket_description(f: MF) -> str:
    n = nin(f) if f.cc == "NG" else nik(f)
    label = "NIN" if f.cc == "NG" else "NIK"
    return f.pick(
        [
            f"Customer {label} {n} fails linking with 'record not found', pls escalate",
            f"{label} {n} shows mismatch on DOB. Customer has slip.",
            f"Kindly retry validation for {label} {n}, agent says biometrics captured",
            f"Duplicate registration on {label} {n} - more than 3 numbers",
        ]
    )


def ussd_string(f: MF) -> str:
    nn = "0" + national_number(f)
    return f.pick([f"*321*{nn}*{money(f)}#", f"*600*{nn}*500#", f"*858*{nn}*1#", f"*123*5*{nn}#"])


def receipt_link(f: MF) -> str:
    host = {"NG": "my.orbyt.ng", "ID": "my.orbyt.co.id", "DE": "mein.orbyt.de"}[f.cc]
    return f"https://{host}/r/receipt?msisdn={msisdn(f)}&tx={f.hexid(10)}"


# -- events ------------------------------------------------------------------------------------------
# (kind, name, clients, countries, body). identify/group bodies are traits; alias has none.

EVENTS: list[tuple[str, str | None, tuple, tuple, Any]] = [
    # identify --------------------------------------------------------------------------------------
    (
        "identify",
        None,
        MOBILE,
        ALL3,
        {
            "name": Y(full_name, "name"),
            "firstName": Y(given, "name"),
            "lastName": Y(surname, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(iso_dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "Male", "Female"]), "gender"),
            "country": G(lambda f: f.cc),
            "plan": G(lambda f: f.pick(["prepaid", "prepaid_esim", "family_prepaid"])),
            "simType": G(lambda f: f.pick(["physical", "esim"])),
            "msisdnVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "kycStatus": G(lambda f: f.pick(["verified", "pending", "nin_not_linked", "rejected"])),
            "createdAt": G(lambda f: iso(f, 2023)),
            "referralCode": G(lambda f: "ORB-" + upper_alnum(f, 6)),
            "avatarUrl": Y(lambda f: f"https://cdn.orbyt.example/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        ("DE",),
        {
            "FirstName": Y(given, "name"),
            "LastName": Y(surname, "name"),
            "Email": Y(email, "email"),
            "MobileNumber": Y(phone, "phone"),
            "DateOfBirth": Y(iso_dob, "birthdate"),
            "Salutation": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "Street": Y(lambda f: f.pick(STREETS["DE"]), "street|address"),
            "HouseNumber": Y(
                lambda f: f.pick([str(f.r.randint(1, 120)), f"{f.r.randint(1, 60)}a", "7-9"]),
                "address|street",
            ),
            "PostalCode": Y(postcode, "zipcode"),
            "City": Y(city, "city"),
            "CountryCode": G(lambda f: "DE"),
            "CustomerNumber": G(lambda f: "K" + f.digits(9)),
            "TariffName": G(lambda f: f.pick(BUNDLES["DE"])),
            "MarketingOptIn": G(lambda f: f.pick([True, False])),
            "IdentMethod": G(lambda f: f.pick(["VideoIdent", "POSTIDENT", "eID"])),
            "SchufaScore": Y(lambda f: round(f.r.uniform(82.0, 99.5), 2), "credit score"),
            "CreatedUtc": G(lambda f: iso(f)),
        },
    ),
    (
        "identify",
        None,
        ("python",),
        ("NG",),
        {
            "FULL_NAME": Y(full_name, "name"),
            "MSISDN": Y(msisdn, "phone"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "DOB": Y(iso_dob, "birthdate"),
            "HOME_STATE": G(state),
            "HOME_LGA": Y(lambda f: f.pick(LGAS), "city|address"),
            "LIFETIME_TOPUP_NGN": G(lambda f: f.r.randint(500, 900000)),
            "ARPU_30D": G(lambda f: round(f.r.uniform(150, 12000), 2)),
            "CHURN_RISK": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "LAST_TOPUP_AT": G(lambda f: local_ts(f)),
            "NIN_LINKED": G(lambda f: f.pick([True, False])),
            "PRIMARY_DEVICE_IMEI": Y(imei, "serial"),
            "VALUE_SEGMENT": G(lambda f: f.pick(["GOLD", "SILVER", "BRONZE", "YOUTH"])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
        },
    ),
    (
        "identify",
        None,
        ("go",),
        ("ID",),
        {
            "nama_lengkap": Y(full_name, "name"),
            "no_hp": Y(local_phone, "phone"),
            "email": Y(email, "email"),
            "tanggal_lahir": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1960, 2006)}",
                "birthdate",
            ),
            "tempat_lahir": Y(
                lambda f: f.pick(["Jakarta", "Bandung", "Surabaya", "Medan", "Klaten", "Padang", "Gianyar"]),
                "city",
            ),
            "jenis_kelamin": Y(lambda f: f.pick(["L", "P"]), "gender"),
            "agama": Y(lambda f: f.pick(["Islam", "Kristen", "Katolik", "Hindu", "Buddha"]), "religion"),
            "status_perkawinan": G(lambda f: f.pick(["BELUM KAWIN", "KAWIN", "CERAI HIDUP"])),
            "pekerjaan": G(lambda f: f.pick(["KARYAWAN SWASTA", "PELAJAR/MAHASISWA", "WIRASWASTA", "PNS"])),
            "kewarganegaraan": Y(lambda f: f.pick(["WNI", "WNI", "WNA"]), "citizenship"),
            "alamat": Y(address_line, "address"),
            "provinsi": G(state),
            "kota": Y(city, "city"),
            "kode_pos": Y(postcode, "zipcode"),
            "nik": RED(nik, "national id"),
            "tipe_kartu": G(lambda f: f.pick(["prabayar", "prabayar_esim"])),
            "terdaftar_pada": G(lambda f: local_ts(f)),
        },
    ),
    # group and alias -------------------------------------------------------------------------------
    (
        "group",
        None,
        ("web", "java"),
        ("NG", "ID"),
        {
            "legal_name": G(
                lambda f: f.pick(
                    [
                        "Dangote Logistics Ltd",
                        "PT Sinar Jaya Abadi",
                        "Kuda Foods Ltd",
                        "CV Maju Bersama",
                        "Lagos Ride Hailing Co",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["logistics", "retail", "food", "transport"])),
            "employees": G(lambda f: f.r.randint(8, 2000)),
            "plan": G(lambda f: f.pick(["SME Pooled 100GB", "Business Connect", "Fleet IoT"])),
            "rc_number": G(lambda f: "RC" + f.digits(7)),
            "tax_id": G(lambda f: npwp(f) if f.cc == "ID" else f.digits(8) + "-0001"),
            "billing_email": G(
                lambda f: (
                    f.pick(["accounts", "finance", "billing"])
                    + "@"
                    + f.pick(["dangote-log.example.ng", "sinarjaya.example.co.id", "kudafoods.example.com"])
                )
            ),
            "address": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "14 Creek Road, Apapa",
                            "Jl. Jend. Sudirman Kav. 52-53",
                            "Plot 7, Trans-Amadi Industrial Layout",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Lagos", "Jakarta Selatan", "Port Harcourt"])),
                "state": G(state),
                "country": G(lambda f: f.cc),
            },
            "admin_name": Y(full_name, "name"),
            "admin_phone": Y(phone, "phone"),
            "account_manager": Y(full_name, "name"),
            "account_manager_email": Y(staff_email, "email"),
            "sim_count": G(lambda f: f.r.randint(5, 900)),
        },
    ),
    ("alias", None, MOBILE, ALL3, None),
    # page / screen ---------------------------------------------------------------------------------
    (
        "page",
        "Top Up",
        ("web",),
        ALL3,
        {
            "path": G(lambda f: f.pick(["/topup", "/topup/amount", "/topup/confirm"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://my.orbyt.ng/"])),
            "search": G(lambda f: f.pick(["", "?src=ussd_sms", "?amount=1000"])),
            "title": G(lambda f: f.pick(["Top up | Orbyt", "Aufladen | Orbyt", "Isi Pulsa | Orbyt"])),
            "url": G(
                lambda f: "https://" + f.pick(["my.orbyt.ng", "mein.orbyt.de", "my.orbyt.co.id"]) + "/topup"
            ),
        },
    ),
    (
        "screen",
        "Screen",
        MOBILE,
        ALL3,
        {
            "name": G(
                lambda f: f.pick(["Home", "Bundles", "TopUp", "EsimSetup", "Roaming", "Profile", "Help"])
            ),
            "load_time_ms": G(lambda f: f.r.randint(80, 4000)),
        },
    ),
    # sign-up, login, OTP ---------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        MOBILE,
        ALL3,
        {
            "method": G(lambda f: f.pick(["msisdn_otp", "google", "apple"])),
            "msisdn": Y(msisdn, "phone"),
            "email": Y(email, "email"),
            "first_name": Y(given, "name"),
            "referral_code": G(lambda f: f.pick(["", "ORB-" + upper_alnum(f, 6)])),
            "country": G(lambda f: f.cc),
            "terms_accepted": G(lambda f: True),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "OTP Verified",
        ("node",),
        ALL3,
        {
            "request_id": G(lambda f: f.uuid()),
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp", "flash_call"])),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "otp_length": G(lambda f: 6),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_number": Y(phone, "phone"),
            "expires_in_sec": G(lambda f: f.pick([120, 300])),
            "verified": G(lambda f: f.pick([True, True, False])),
            "provider": G(lambda f: f.pick(["africastalking", "twilio", "infobip"])),
        },
    ),
    (
        "track",
        "Session Refreshed",
        ("kotlin", "swift"),
        ALL3,
        {
            "session_id": G(lambda f: f.uuid()),
            "refresh_token": RED(jwt, "token"),
            "fcm_token": RED(
                lambda f: f"{b64(f, 11).replace('/', '_')}:APA91b{b64(f, 134).replace('/', '-')}", "token"
            ),
            "expires_in": G(lambda f: 3600),
            "auth_method": G(lambda f: f.pick(["otp", "biometric", "pin"])),
            "device_trusted": G(lambda f: f.pick([True, False])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    # SIM registration (agent app) -------------------------------------------------------------------
    (
        "track",
        "SIM Registration Started",
        ("agent",),
        ("NG", "ID"),
        {
            "registration_id": G(lambda f: "REG-" + f.digits(10)),
            "agent_code": G(lambda f: "AGT" + f.digits(6)),
            "agent_name": Y(full_name, "name"),
            "agent_phone": Y(phone, "phone"),
            "outlet_id": G(lambda f: "OUT-" + f.digits(5)),
            "outlet_name": G(
                lambda f: f.pick(
                    [
                        "Chuks Phones & Accessories",
                        "Konter Pulsa Berkah",
                        "Mama Tee Ventures",
                        "Toko Seluler Jaya",
                    ]
                )
            ),
            "outlet_address": G(
                lambda f: f.pick(
                    [
                        "Shop 12, Computer Village, Ikeja",
                        "Ruko Cempaka Mas Blok B No. 3",
                        "Stall 45 Ariaria Market, Aba",
                    ]
                )
            ),
            "outlet_lat": G(lambda f: f.pick([6.5965, -6.1668, 5.1066])),
            "outlet_lng": G(lambda f: f.pick([3.3421, 106.8747, 7.3667])),
            "id_type": G(lambda f: f.pick(["NIN", "NIN_SLIP", "KTP", "VOTERS_CARD"])),
            "subscriber_msisdn": Y(msisdn, "phone"),
            "sim_serial": Y(iccid, "serial"),
            "device_imei": Y(imei, "serial"),
            "capture_lat": Y(geo_lat, "geolocation"),
            "capture_lng": Y(geo_lon, "geolocation"),
            "fingerprints_captured": G(lambda f: f.pick([2, 4, 10])),
            "fingerprint_quality": G(lambda f: f.r.randint(40, 100)),
            "step": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "SIM Registration Submitted",
        ("agent",),
        ("NG",),
        {
            "registration_id": G(lambda f: "REG-" + f.digits(10)),
            "nin": RED(nin, "national id"),
            "first_name": Y(given, "name"),
            "middle_name": Y(given, "name"),
            "surname": Y(surname, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F", "Male", "Female"]), "gender"),
            "state_of_origin": G(
                lambda f: f.pick(["Anambra", "Oyo", "Kano", "Imo", "Ogun", "Borno", "Akwa Ibom"])
            ),
            "residential_address": Y(street, "address"),
            "residential_lga": Y(lambda f: f.pick(LGAS), "city|address"),
            "residential_state": G(state),
            "occupation": G(lambda f: f.pick(["Trader", "Student", "Civil Servant", "Artisan", "Driver"])),
            "next_of_kin": {
                "full_name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["Mother", "Brother", "Spouse", "Uncle"])),
                "address": Y(address_line, "address"),
            },
            "biometrics_captured": G(lambda f: True),
            "verification_status": G(lambda f: f.pick(["PENDING_NIMC", "VERIFIED", "MISMATCH"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "Customer came with NIN slip",
                        "Biometrics retaken twice",
                        "",
                        "Network slow, retried upload",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ("agent",),
        ("NG", "ID"),
        {
            "form": G(lambda f: f.pick(["registration", "sim_swap", "msisdn_recovery"])),
            "field": G(lambda f: f.pick(["msisdn", "alt_msisdn", "nok_phone"])),
            "value": Y(phone, "phone", True),
            "duration_ms": G(lambda f: f.r.randint(400, 30000)),
            "corrected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Agent Commission Paid",
        ("java",),
        ("NG",),
        {
            "agent_code": G(lambda f: "AGT" + f.digits(6)),
            "agent_name": Y(full_name, "name"),
            "agent_msisdn": Y(msisdn, "phone"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "activations_count": G(lambda f: f.r.randint(0, 400)),
            "commission_amount": Y(lambda f: f.r.randint(2000, 350000), "salary"),
            "payout_bank_code": G(lambda f: f.pick(BANKS_NG)[0]),
            "payout_account": RED(bank_account, "bank account"),
            "bvn": RED(bvn, "national id"),
            "tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "paid_at": G(lambda f: iso(f)),
        },
    ),
    # identity verification -------------------------------------------------------------------------
    (
        "track",
        "NIN Verification Result",
        ("python",),
        ("NG",),
        {
            "SmileJobID": G(lambda f: f.digits(10).zfill(10)),
            "PartnerParams": {
                "job_id": G(lambda f: "job-" + f.uuid()),
                "user_id": G(lambda f: "u_" + f.digits(8)),
                "job_type": G(lambda f: f.pick([5, 6])),
            },
            "ResultType": G(lambda f: "ID Verification"),
            "ResultText": G(
                lambda f: f.pick(["ID Number Validated", "ID Number Not Found", "Partial Match"])
            ),
            "ResultCode": G(lambda f: f.pick(["1012", "1013", "1022"])),
            "IsFinalResult": G(lambda f: "true"),
            "Actions": {
                "Verify_ID_Number": G(lambda f: f.pick(["Verified", "Not Verified"])),
                "Return_Personal_Info": G(lambda f: f.pick(["Returned", "Not Returned"])),
                "Names": G(lambda f: f.pick(["Exact Match", "Partial Match", "Not Provided"])),
                "DOB": G(lambda f: f.pick(["Exact Match", "Not Provided"])),
            },
            "Country": G(lambda f: "NG"),
            "IDType": G(lambda f: f.pick(["NIN_V2", "NIN_SLIP", "BVN"])),
            "IDNumber": RED(nin, "national id"),
            "FullName": Y(full_name, "name"),
            "DOB": Y(iso_dob, "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F", "Male", "Female"]), "gender"),
            "PhoneNumber": Y(local_phone, "phone"),
            "Photo": Y(
                lambda f: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" + b64(f, 40),
                "photo",
            ),
            "ConfidenceValue": G(lambda f: f.pick(["99", "100", "87"])),
            "Source": G(lambda f: "NIMC"),
            "timestamp": G(lambda f: iso(f)),
        },
    ),
    (
        "track",
        "Selfie Captured",
        ("kotlin", "swift", "agent"),
        ALL3,
        {
            "selfie_url": Y(selfie_url, "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.4, 1.0), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1.0), 3)),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "camera": G(lambda f: f.pick(["front", "rear"])),
            "passed": G(lambda f: f.pick([True, False])),
            "capture_duration_ms": G(lambda f: f.r.randint(900, 9000)),
        },
    ),
    (
        "track",
        "KTP Scanned",
        ("rn",),
        ("ID",),
        {
            "ocr": {
                "nik": RED(nik, "national id"),
                "nama": Y(full_name, "name"),
                "tempat_lahir": Y(
                    lambda f: f.pick(["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "KLATEN"]), "city"
                ),
                "tgl_lahir": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1960, 2006)}",
                    "birthdate",
                ),
                "jenis_kelamin": Y(lambda f: f.pick(["LAKI-LAKI", "PEREMPUAN"]), "gender"),
                "gol_darah": Y(lambda f: f.pick(["A", "B", "O", "AB"]), "condition"),
                "alamat": Y(lambda f: street(f).upper(), "address|street"),
                "rt_rw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 12):03d}", "address"),
                "kel_desa": Y(lambda f: f.pick(KELURAHAN).upper(), "address|city"),
                "kecamatan": Y(lambda f: f.pick(KECAMATAN).upper(), "address|city"),
                "agama": Y(lambda f: f.pick(["ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDDHA"]), "religion"),
                "status_perkawinan": G(lambda f: f.pick(["BELUM KAWIN", "KAWIN"])),
                "pekerjaan": G(lambda f: f.pick(["KARYAWAN SWASTA", "PELAJAR/MAHASISWA", "WIRASWASTA"])),
                "kewarganegaraan": Y(lambda f: f.pick(["WNI", "WNI", "WNA"]), "citizenship"),
                "berlaku_hingga": G(lambda f: "SEUMUR HIDUP"),
            },
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "ktp_image_url": Y(
                lambda f: f"https://orbyt-kyc-id.s3.ap-southeast-3.amazonaws.com/ktp/{f.uuid()}.jpg", "photo"
            ),
            "processing_ms": G(lambda f: f.r.randint(300, 4000)),
            "vendor": G(lambda f: f.pick(["verihubs", "asliri"])),
        },
    ),
    (
        "track",
        "Registrasi Kartu Berhasil",
        ("go",),
        ("ID",),
        {
            "msisdn": Y(msisdn, "phone"),
            "nik": RED(nik, "national id"),
            "no_kk": RED(kk, "national id"),
            "hasil_validasi": G(
                lambda f: f.pick(["00 - Sukses", "01 - NIK tidak ditemukan", "02 - NIK dan KK tidak cocok"])
            ),
            "kode_registrasi": G(lambda f: "RG" + f.digits(12)),
            "jumlah_nomor_terdaftar": G(lambda f: f.r.randint(1, 3)),
            "kanal": G(lambda f: f.pick(["MyOrbyt", "SMS 4444", "Gerai", "Outlet"])),
            "waktu": G(lambda f: local_ts(f)),
        },
    ),
    (
        "track",
        "Identifizierung Abgeschlossen",
        ("dotnet",),
        ("DE",),
        {
            "VorgangsId": G(lambda f: f.uuid()),
            "IdentAnbieter": G(lambda f: f.pick(["IDnow", "POSTIDENT", "Nect"])),
            "IdentMethode": G(lambda f: f.pick(["VideoIdent", "AutoIdent", "eID"])),
            "Ergebnis": G(lambda f: f.pick(["SUCCESS", "FRAUD_SUSPICION", "ABORTED"])),
            "Vorname": Y(given, "name"),
            "Nachname": Y(surname, "name"),
            "Geburtsdatum": Y(dob, "birthdate"),
            "Geburtsort": Y(
                lambda f: f.pick(["Berlin", "Istanbul", "Kraków", "Hamburg", "Damaskus", "Essen", "Almaty"]),
                "city",
            ),
            "Staatsangehoerigkeit": Y(lambda f: f.pick(["DEU", "TUR", "POL", "SYR", "UKR"]), "citizenship"),
            "Ausweisart": G(lambda f: f.pick(["Personalausweis", "Reisepass", "Aufenthaltstitel"])),
            "Ausweisnummer": RED(de_id_number, "national id|passport"),
            "AusweisGueltigBis": G(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(2025, 2034)}"
            ),
            "Strasse": Y(lambda f: f.pick(STREETS["DE"]), "street|address"),
            "Hausnummer": Y(lambda f: str(f.r.randint(1, 140)) + f.pick(["", "a", "b"]), "address|street"),
            "Plz": Y(postcode, "zipcode"),
            "Ort": Y(city, "city"),
            "DauerSekunden": G(lambda f: f.r.randint(180, 1400)),
        },
    ),
    # top-ups, vouchers, bundles ----------------------------------------------------------------------
    (
        "track",
        "Airtime Top-up Completed",
        APPS,
        ALL3,
        {
            "transaction_id": G(lambda f: "TXN" + f.digits(12)),
            "amount": G(money),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "recipient": Y(phone, "phone", True),
            "is_self": G(lambda f: f.pick([True, False])),
            "recipient_operator": G(lambda f: f.pick(["Orbyt", *OTHER_OPERATORS[f.cc]])),
            "payment_method": G(lambda f: f.pick(["card", "bank_transfer", "wallet", "ussd"])),
            "channel": G(lambda f: f.pick(["app", "web", "ussd"])),
            "bonus_amount": G(lambda f: f.pick([0, 50, 100, 500])),
            "new_balance": G(lambda f: round(f.r.uniform(0, 25000), 2)),
            "promo_code": G(lambda f: f.pick(["", "DATA2X", "WEEKEND10"])),
        },
    ),
    (
        "track",
        "Recharge Voucher Loaded",
        ("python", "java"),
        ("NG", "ID"),
        {
            "voucher_pin": RED(
                lambda f: "".join(str(f.r.randint(0, 9)) for _ in range(f.pick([12, 16]))), "secret|token"
            ),
            "voucher_serial": G(lambda f: "SN" + f.digits(14)),
            "denomination": G(money),
            "load_channel": G(lambda f: f.pick(["ussd", "app", "sms"])),
            "status": G(lambda f: f.pick(["success", "already_used", "invalid"])),
            "msisdn": Y(msisdn, "phone"),
            "batch_no": G(lambda f: "B" + f.digits(6)),
        },
    ),
    (
        "track",
        "Data Bundle Purchased",
        MOBILE,
        ALL3,
        {
            "bundle_id": G(lambda f: "BND-" + f.digits(4)),
            "bundle_name": G(lambda f: f.pick(BUNDLES[f.cc])),
            "sku": G(lambda f: f.pick(["DATA-1GB-D", "DATA-10GB-M", "DATA-3_5GB-W", "KUOTA-15GB", "DP-2GB"])),
            "price": G(money),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "validity_days": G(lambda f: f.pick([1, 7, 30])),
            "data_mb": G(lambda f: f.pick([1024, 3584, 10240, 15360, 30720])),
            "auto_renew": G(lambda f: f.pick([True, False])),
            "payment_method": G(lambda f: f.pick(["airtime", "card", "wallet"])),
            "gifted_to": Y(phone, "phone", True),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Enjoy!",
                        "Happy birthday 🎉",
                        "for your exams",
                        "Selamat ulang tahun!",
                        "Alles Gute!",
                        "Sannu da zuwa",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Bundle Usage Alert Sent",
        ("python",),
        ALL3,
        {
            "alert_id": G(lambda f: f.uuid()),
            "threshold_pct": G(lambda f: f.pick([50, 80, 100])),
            "remaining_mb": G(lambda f: f.r.randint(0, 5000)),
            "bundle_name": G(lambda f: f.pick(BUNDLES[f.cc])),
            "channel": G(lambda f: f.pick(["sms", "push", "flash_sms"])),
            "msisdn": Y(msisdn, "phone"),
            "sent_at": G(lambda f: epoch(f)),
        },
    ),
    (
        "track",
        "Receipt Link Opened",
        ("web",),
        ALL3,
        {
            "link": Y(receipt_link, "phone", True),
            "opened_from": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "receipt_type": G(lambda f: f.pick(["topup", "bundle"])),
        },
    ),
    # shop: SIM kits and devices ----------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ("web", "rn"),
        ALL3,
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(
                lambda f: f.pick(["SIM-STARTER-NG", "ESIM-QR", "DEV-A15-128", "MIFI-4G-01", "DEV-IP15-128"])
            ),
            "name": G(
                lambda f: f.pick(
                    [
                        "Starter SIM Pack",
                        "eSIM Starter",
                        "Galaxy A15 128GB",
                        "Orbyt MiFi 4G",
                        "iPhone 15 128GB",
                    ]
                )
            ),
            "brand": G(lambda f: f.pick(["Orbyt", "Samsung", "Apple", "TECNO"])),
            "price": G(money),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "url": G(lambda f: f"https://shop.{DOMAIN[f.cc]}/p/{f.r.randint(100, 999)}"),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "node"),
        ALL3,
        {
            "order_id": G(lambda f: "SO-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(money),
            "shipping": G(lambda f: f.pick([0, 1500, 4.95, 15000])),
            "tax": G(lambda f: f.pick([0, 75, 1.9, 1100])),
            "coupon": G(lambda f: f.pick(["", "ESIM50", "SIMGRATIS"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(
                {
                    "product_id": G(lambda f: f.hexid(24)),
                    "sku": G(lambda f: f.pick(["SIM-STARTER-NG", "ESIM-QR", "DEV-A15-128", "MIFI-4G-01"])),
                    "name": G(
                        lambda f: f.pick(
                            ["Starter SIM Pack", "eSIM Starter", "Galaxy A15 128GB", "Orbyt MiFi 4G"]
                        )
                    ),
                    "price": G(money),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(
                        {
                            "NG": ["Flat 3", "Block C, Flat 12", "Off Allen Roundabout"],
                            "ID": ["RT 004/RW 011", "Blok F2 No. 9", "Perum Griya Asri"],
                            "DE": ["2. OG links", "Hinterhaus", "Whg. 14"],
                        }[f.cc]
                    ),
                    "address|street",
                ),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(state),
                "country": G(lambda f: f.cc),
                "phone": Y(phone, "phone"),
            },
            "billing_address": Y(address_line, "address"),
            "payment": {
                "method": G(lambda f: f.pick(["card", "bank_transfer", "paypal", "qris"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "verve"])),
                "card_last4": G(lambda f: f.digits(4)),
                "card_bin": G(lambda f: f.pick(["539983", "418742", "506105", "401288"])),
                "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            },
        },
    ),
    (
        "track",
        "SIM Delivery Scheduled",
        ("node",),
        ("NG", "ID"),
        {
            "order_id": G(lambda f: "SO-" + f.digits(8)),
            "courier": G(lambda f: f.pick(["GIG Logistics", "Kwik", "GoSend", "GrabExpress"])),
            "rider_name": Y(full_name, "name"),
            "rider_contact_number": G(
                lambda f: f.pick(
                    ["+234 201 330 0155", "+234 201 330 0156", "+62 21 5091 2233", "+62 21 5091 2234"]
                )
            ),
            "rider_vehicle_plate": Y(plate, "license"),
            "recipient_name": Y(full_name, "name"),
            "recipient_phone": Y(phone, "phone"),
            "delivery_address": Y(address_line, "address"),
            "landmark": Y(
                lambda f: f.pick(
                    [
                        "Opposite Shoprite",
                        "Behind First Bank",
                        "Dekat Indomaret",
                        "Near the filling station",
                        "Sebelah masjid",
                    ]
                ),
                "address",
            ),
            "delivery_lat": Y(geo_lat, "geolocation"),
            "delivery_lng": Y(geo_lon, "geolocation"),
            "eta_minutes": G(lambda f: f.r.randint(20, 240)),
            "delivery_fee": G(money),
        },
    ),
    (
        "track",
        "Store Visit Booked",
        ("web",),
        ALL3,
        {
            "store_id": G(lambda f: "ST" + f.digits(3)),
            "store_name": G(
                lambda f: f.pick(
                    ["Orbyt Store Ikeja City Mall", "Orbyt Gerai Grand Indonesia", "Orbyt Shop Alexa Berlin"]
                )
            ),
            "store_address": G(
                lambda f: f.pick(
                    [
                        "194 Obafemi Awolowo Way, Ikeja",
                        "Jl. M.H. Thamrin No. 1, Jakarta",
                        "Grunerstraße 20, 10179 Berlin",
                    ]
                )
            ),
            "store_phone": G(lambda f: f.pick(["+234 1 280 0000", "+62 21 2358 0001", "+49 30 2000 4100"])),
            "store_email": G(lambda f: f.pick(["ikeja@orbyt.ng", "gerai.gi@orbyt.co.id", "alexa@orbyt.de"])),
            "store_city": G(lambda f: f.pick(["Ikeja", "Jakarta Pusat", "Berlin"])),
            "slot_start": G(lambda f: iso(f)),
            "service": G(lambda f: f.pick(["sim_swap", "esim_conversion", "device_repair", "nin_linking"])),
        },
    ),
    # payments ---------------------------------------------------------------------------------------
    (
        "track",
        "Payment Info Entered",
        ("web",),
        ("DE",),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "paypal", "klarna"])),
            "payment_method_id": RED(stripe_pm, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_country": G(lambda f: f.pick(["DE", "AT", "NL"])),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "three_d_secure": G(lambda f: f.pick(["authenticated", "attempted", "not_required"])),
            "billing_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ("dotnet",),
        ("DE",),
        {
            "mandateReference": G(lambda f: "ORB-" + f.digits(10)),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "GENODEM1GLS"])),
            "bankName": G(lambda f: f.pick(["Commerzbank", "Deutsche Bank", "ING", "GLS Bank"])),
            "accountHolder": Y(full_name, "name"),
            "signedAt": G(lambda f: iso(f)),
            "autoTopUpThreshold": G(lambda f: f.pick([5, 10])),
            "autoTopUpAmount": G(lambda f: f.pick([15, 20, 30])),
        },
    ),
    (
        "track",
        "Payment Failed",
        ("dotnet",),
        ("DE",),
        {
            "paymentId": G(lambda f: f.uuid()),
            "amount": G(money),
            "currency": G(lambda f: "EUR"),
            "gateway": G(lambda f: f.pick(["Adyen", "Stripe"])),
            "errorCode": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "errorMessage": G(lambda f: f.pick(["Your card was declined.", "Refused", "Expired Card"])),
            "cardNumber": RED(card, "credit card"),
            "cardHolder": Y(full_name, "name"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Paystack Charge Succeeded",
        ("node",),
        ("NG",),
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: f.r.randint(10**9, 4 * 10**9)),
                "status": G(lambda f: "success"),
                "reference": G(lambda f: upper_alnum(f, 10)),
                "amount": G(lambda f: f.pick([100000, 150000, 500000, 1000000])),
                "paid_at": G(lambda f: iso(f)),
                "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
                "currency": G(lambda f: "NGN"),
                "ip_address": Y(ip, "ip"),
                "authorization": {
                    "authorization_code": RED(lambda f: "AUTH_" + f.hexid(10), "token"),
                    "bin": G(lambda f: f.pick(["408408", "539983", "506105"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": G(lambda f: f.pick(["visa DEBIT", "mastercard DEBIT", "verve"])),
                    "bank": G(lambda f: f.pick(BANKS_NG)[1]),
                    "country_code": G(lambda f: "NG"),
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "verve"])),
                    "reusable": G(lambda f: f.pick([True, False])),
                    "account_name": Y(full_name, "name"),
                },
                "customer": {
                    "id": G(lambda f: f.r.randint(10**7, 9 * 10**7)),
                    "first_name": Y(given, "name"),
                    "last_name": Y(surname, "name"),
                    "email": Y(email, "email"),
                    "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
                    "phone": Y(local_phone, "phone"),
                },
            },
        },
    ),
    (
        "track",
        "Midtrans Notification Received",
        ("go",),
        ("ID",),
        {
            "transaction_time": G(lambda f: local_ts(f)),
            "transaction_status": G(lambda f: f.pick(["settlement", "pending", "expire", "capture"])),
            "transaction_id": G(lambda f: f.uuid()),
            "status_code": G(lambda f: f.pick(["200", "201", "407"])),
            "signature_key": G(lambda f: f.hexid(128)),
            "payment_type": G(lambda f: f.pick(["bank_transfer", "qris", "gopay", "credit_card"])),
            "order_id": G(lambda f: "ORB-ID-" + f.digits(9)),
            "gross_amount": G(lambda f: f"{money(f)}.00"),
            "currency": G(lambda f: "IDR"),
            "va_numbers": Many(
                {"bank": G(lambda f: f.pick(["bca", "bni", "bri"])), "va_number": G(lambda f: f.digits(11))},
                1,
            ),
        },
    ),
    (
        "track",
        "Wallet Linked",
        ("flutter",),
        ("NG", "ID"),
        {
            "provider": G(
                lambda f: (
                    f.pick(["OPay", "PalmPay", "Moniepoint"])
                    if f.cc == "NG"
                    else f.pick(["GoPay", "DANA", "OVO"])
                )
            ),
            "wallet_account": RED(
                lambda f: national_number(f) if f.cc == "NG" else local_phone(f), "bank account|phone"
            ),
            "wallet_holder_name": Y(full_name, "name"),
            "link_id": G(lambda f: f.uuid()),
            "linked": G(lambda f: f.pick([True, False])),
            "daily_limit": G(lambda f: f.pick([50000, 200000, 2000000])),
            "kyc_tier": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "Bank Transfer Initiated",
        ("flutter", "web"),
        ("NG",),
        {
            "bank_code": G(lambda f: f.pick(BANKS_NG)[0]),
            "bank_name": G(lambda f: f.pick(BANKS_NG)[1]),
            "account_number": RED(bank_account, "bank account"),
            "account_name": Y(full_name, "name"),
            "narration": G(
                lambda f: f.pick(["Airtime topup", "Orbyt wallet funding", "data", "ORBYT/TOPUP"])
            ),
            "session_id": G(lambda f: "0000" + f.digits(26)),
            "amount": G(money),
            "fee": G(lambda f: f.pick([0, 10, 25, 50])),
        },
    ),
    (
        "track",
        "SIM Swap Requested",
        ("agent", "web"),
        ("NG",),
        {
            "swap_id": G(lambda f: "SWP-" + f.digits(9)),
            "msisdn": Y(msisdn, "phone"),
            "reason": G(lambda f: f.pick(["lost", "damaged", "upgrade_4g", "esim_conversion"])),
            "new_iccid": Y(iccid, "serial"),
            "last_recharge_amount": G(money),
            "frequently_called": Many(Y(local_phone, "phone", True), 3),
            "drivers_licence_no": Y(
                lambda f: (
                    f"{upper_alnum(f, 3).replace('0', 'K')}{f.digits(5)}{f.pick(['AA', 'AB', 'BA'])}{f.r.randint(10, 99)}"
                ),
                "license",
            ),
            "affidavit_ref": G(lambda f: "LAG/HC/" + f.digits(5) + "/2024"),
            "store_id": G(lambda f: "ST" + f.digits(3)),
        },
    ),
    # porting --------------------------------------------------------------------------------------
    (
        "track",
        "Port-In Requested",
        ("node",),
        ("NG",),
        {
            "port-request-id": G(lambda f: "PRQ-" + f.digits(9)),
            "msisdn": Y(msisdn, "phone"),
            "donor-operator": G(lambda f: f.pick(OTHER_OPERATORS["NG"])),
            "recipient-operator": G(lambda f: "Orbyt"),
            "subscriber-name": Y(full_name, "name"),
            "id-type": G(lambda f: f.pick(["NIN", "NIN_SLIP"])),
            "id-number": RED(nin, "national id"),
            "alt-contact": Y(phone, "phone", True),
            "scheduled-port-date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "port-status": G(lambda f: f.pick(["SUBMITTED", "APPROVED", "REJECTED", "COMPLETED"])),
            "rejection-reason": G(lambda f: f.pick(["", "DEBT_ON_DONOR", "SIM_AGE_LT_90D", "NAME_MISMATCH"])),
        },
    ),
    (
        "track",
        "Rufnummernmitnahme Beantragt",
        ("web",),
        ("DE",),
        {
            "rufnummer": Y(phone, "phone"),
            "bisheriger_anbieter": G(lambda f: f.pick(OTHER_OPERATORS["DE"])),
            "kundennummer_alt": G(lambda f: f.digits(10)),
            "vertragsinhaber": Y(full_name, "name"),
            "geburtsdatum": Y(dob, "birthdate"),
            "portierungstermin": G(lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2024"),
            "vorzeitige_portierung": G(lambda f: f.pick([True, False])),
            "status": G(lambda f: f.pick(["eingereicht", "bestaetigt", "abgelehnt"])),
        },
    ),
    # eSIM ----------------------------------------------------------------------------------------
    (
        "track",
        "eSIM Profile Installed",
        ("swift", "kotlin"),
        ALL3,
        {
            "iccid": Y(iccid, "serial"),
            "eid": Y(eid, "serial"),
            "imei": Y(imei, "serial"),
            "activation_code": RED(
                lambda f: (
                    f"LPA:1$smdp.orbyt.example${upper_alnum(f, 4)}-{upper_alnum(f, 4)}-{upper_alnum(f, 4)}-{upper_alnum(f, 4)}"
                ),
                "token",
            ),
            "smdp_address": G(lambda f: "smdp.orbyt.example"),
            "confirmation_code_required": G(lambda f: f.pick([True, False])),
            "profile_state": G(lambda f: f.pick(["installed", "enabled", "failed"])),
            "device_model": G(lambda f: device_pick(f)[2]),
            "error_code": G(lambda f: f.pick(["", "", "8.2.1", "6.1"])),
        },
    ),
    (
        "track",
        "eSIM QR Emailed",
        ("python",),
        ALL3,
        {
            "to": Y(email, "email", True),
            "from": G(lambda f: f"no-reply@{DOMAIN[f.cc]}"),
            "subject": G(
                lambda f: f.pick(
                    ["Your Orbyt eSIM is ready", "eSIM Anda siap dipasang", "Deine eSIM ist bereit"]
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@mail.{DOMAIN[f.cc]}>"),
            "template": G(lambda f: "esim_qr_v3"),
            "iccid": Y(iccid, "serial"),
            "qr_expires_at": G(lambda f: iso(f)),
        },
    ),
    (
        "track",
        "PUK Requested",
        ("web",),
        ALL3,
        {
            "sim_slot": G(lambda f: f.pick([1, 2])),
            "iccid_suffix": G(lambda f: f.digits(5)),
            "puk": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "secret"),
            "reason": G(lambda f: f.pick(["sim_locked", "forgot_pin"])),
            "verified_with": G(lambda f: f.pick(["otp", "selfie", "store"])),
        },
    ),
    # roaming and usage ----------------------------------------------------------------------------
    (
        "track",
        "Roaming Pass Purchased",
        MOBILE,
        ALL3,
        {
            "pass_id": G(lambda f: "RP" + f.digits(4)),
            "pass_name": G(lambda f: f.pick(PASSES)),
            "beneficiary_msisdn": Y(msisdn, "phone"),
            "destination_country": G(lambda f: f.pick(["SA", "GB", "US", "AE", "GH", "SG", "TR", "TH"])),
            "price": G(money),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "data_mb": G(lambda f: f.pick([1024, 3072, 5120])),
            "valid_days": G(lambda f: f.pick([1, 7, 30])),
            "travel_start_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    (
        "track",
        "Roaming Session Started",
        ("java",),
        ALL3,
        {
            "msisdn": Y(msisdn, "phone"),
            "imsi": Y(imsi, "identification"),
            "visited_mcc_mnc": G(lambda f: f.pick(["42001", "23415", "310260", "42402", "62002", "52501"])),
            "visited_network": G(
                lambda f: f.pick(["STC", "Vodafone UK", "T-Mobile US", "Etisalat", "MTN Ghana", "Singtel"])
            ),
            "visited_country": G(lambda f: f.pick(["SA", "GB", "US", "AE", "GH", "SG"])),
            "home_network": G(lambda f: MCC[f.cc] + f.pick(["70", "27", "23"])),
            "first_cell_id": G(lambda f: f.r.randint(10000, 268435455)),
            "data_enabled": G(lambda f: f.pick([True, False])),
            "welcome_sms_sent": G(lambda f: True),
            "started_at": G(lambda f: iso(f)),
        },
    ),
    (
        "track",
        "Call Detail Summary",
        ("java",),
        ALL3,
        {
            "msisdn": Y(msisdn, "phone"),
            "billing_period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "calls_out_count": G(lambda f: f.r.randint(0, 400)),
            "calls_in_count": G(lambda f: f.r.randint(0, 400)),
            "minutes_onnet": G(lambda f: f.r.randint(0, 3000)),
            "minutes_offnet": G(lambda f: f.r.randint(0, 3000)),
            "sms_count": G(lambda f: f.r.randint(0, 300)),
            "data_mb": G(lambda f: f.pick([1024, 3584, 10240, 15360, 30720])),
            "top_contacts": Many(Y(msisdn, "phone", True), 3),
            "last_call": {
                "b_number": Y(msisdn, "phone"),
                "duration_sec": G(lambda f: f.r.randint(3, 3600)),
                "started_at": G(
                    lambda f: (
                        f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}"
                    )
                ),
                "call_type": G(lambda f: f.pick(["MOC", "MTC", "MOC_ROAM"])),
                "cell_id": G(lambda f: f.r.randint(10000, 268435455)),
                "lac": G(lambda f: f.r.randint(1, 65535)),
            },
            "imei": Y(imei, "serial"),
        },
    ),
    # customer care -----------------------------------------------------------------------------
    (
        "track",
        "Care Chat Started",
        APPS,
        ALL3,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["in_app", "web", "whatsapp"])),
            "topic": G(lambda f: f.pick(["no_data", "esim", "billing", "nin_linking", "roaming"])),
            "queue": G(lambda f: f.pick(["tier1_en", "tier1_id", "tier1_de", "kyc"])),
            "agent": {
                "id": G(lambda f: f.r.randint(1000, 9999)),
                "name": Y(full_name, "name"),
                "email": Y(staff_email, "email"),
            },
            "customer_name": Y(full_name, "name"),
            "customer_email": Y(email, "email"),
            "wait_time_sec": G(lambda f: f.r.randint(0, 900)),
            "language": G(lambda f: f.pick(["en", "id", "de", "pcm"])),
            "priority": G(lambda f: f.pick(["normal", "high"])),
            "csat_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Care Chat Message Sent",
        ("ruby",),
        ALL3,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: "msg_" + f.hexid(20)),
            "sender_type": G(lambda f: f.pick(["customer", "agent"])),
            "text": Y(chat_text, "phone", True),
            "sentiment": G(lambda f: f.pick(["negative", "neutral", "positive"])),
            "char_count": G(lambda f: f.r.randint(10, 400)),
            "is_first_response": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Care Ticket Created",
        ("ruby",),
        ("NG", "ID"),
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "NIN linking failed",
                        "No data after bundle purchase",
                        "Validasi NIK gagal",
                        "SIM swap request",
                    ]
                )
            ),
            "description": RED(ticket_description, "national id", True),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "assignee_email": Y(staff_email, "email"),
            "group": G(lambda f: f.pick(["Tier 2 - KYC", "Tier 1 - General", "Porting Desk"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "via": G(lambda f: f.pick(["web", "email", "chat"])),
            "tags": Many(G(lambda f: f.pick(["nin", "kyc", "vip", "escalated"])), 3),
            "custom_fields": Many(
                {
                    "id": G(lambda f: f.pick([360001234567, 360009876543])),
                    "value": G(lambda f: f.pick(["nin_linking", "kyc_nik", "tier_2", ""])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Callback Requested",
        ("web", "kotlin"),
        ALL3,
        {
            "callback_number": Y(phone, "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "reason": G(lambda f: f.pick(["billing", "network", "porting", "esim"])),
            "language": G(lambda f: f.pick(["en", "id", "de", "yo", "ha", "ig"])),
            "note": G(
                lambda f: f.pick(
                    ["Please call after 6pm", "Urgent", "", "Tolong hubungi sore hari", "Bitte nur werktags"]
                )
            ),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ("web",),
        ALL3,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "how to link nin",
                        "cara aktivasi esim",
                        "esim übertragen",
                        "roaming usa",
                        "puk code",
                        "check data balance",
                        "transfer airtime",
                        "cek kuota",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "clicked_article_id": G(lambda f: f.pick([None, 4401, 4512, 5120])),
            "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        },
    ),
    (
        "track",
        "App Feedback Submitted",
        MOBILE,
        ALL3,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Network is slow in Ikeja",
                        "Aplikasi sering error saat beli kuota",
                        "eSIM Aktivierung hat super geklappt",
                        "Love the night plan",
                        "",
                    ]
                )
            ),
        },
    ),
    # telephony webhooks --------------------------------------------------------------------------
    (
        "track",
        "IVR Call Ended",
        ("python",),
        ("NG",),
        {
            "sessionId": G(lambda f: "ATVId_" + f.hexid(32)),
            "direction": G(lambda f: "Inbound"),
            "callerNumber": Y(lambda f: "+" + msisdn(f), "phone"),
            "destinationNumber": G(lambda f: f.pick(["+2342013300000", "+2342013300111"])),
            "dtmfDigits": G(lambda f: f.pick(["1", "2", "3", "0", "9#"])),
            "durationInSeconds": G(lambda f: str(f.r.randint(5, 900))),
            "callerCarrierName": G(lambda f: f.pick(["Orbyt", *OTHER_OPERATORS["NG"]])),
            "callStartTime": G(lambda f: local_ts(f)),
            "hangupCause": G(lambda f: f.pick(["NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER"])),
        },
    ),
    (
        "track",
        "SMS Delivery Report",
        ("python",),
        ("NG", "ID"),
        {
            "id": G(lambda f: "ATXid_" + f.hexid(32)),
            "phoneNumber": Y(lambda f: "+" + msisdn(f), "phone"),
            "status": G(lambda f: f.pick(["Success", "Failed", "Rejected", "Buffered"])),
            "networkCode": G(lambda f: f.pick(["62120", "62130", "62150", "51010"])),
            "failureReason": G(
                lambda f: f.pick(["", "DeliveryFailure", "AbsentSubscriber", "UserInBlacklist"])
            ),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        ("python",),
        ("NG", "ID"),
        {
            "session_id": G(lambda f: f.uuid()),
            "service_code": G(lambda f: f.pick(["*310#", "*888#", "*123#", "*363#"])),
            "ussd_string": Y(ussd_string, "phone", True),
            "msisdn": Y(msisdn, "phone"),
            "network_code": G(lambda f: f.pick(["62170", "51027"])),
            "menu_path": G(lambda f: f.pick(["1>3>2", "2>1", "4>1>1"])),
            "duration_ms": G(lambda f: f.r.randint(2000, 60000)),
            "outcome": G(lambda f: f.pick(["completed", "timeout", "cancelled"])),
        },
    ),
    # family, referrals, contacts ----------------------------------------------------------------
    (
        "track",
        "Family Member Added",
        MOBILE,
        ALL3,
        {
            "family_plan_id": G(lambda f: "FAM-" + f.digits(7)),
            "member": {
                "name": Y(full_name, "name"),
                "msisdn": Y(msisdn, "phone"),
                "relationship": G(lambda f: f.pick(["child", "spouse", "parent", "sibling"])),
                "email": Y(email, "email"),
                "age": G(lambda f: f.r.randint(8, 80)),
                "birthdate": Y(lambda f: iso_dob(f), "birthdate"),
                "is_minor": G(lambda f: f.pick([True, False])),
            },
            "members_count": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    (
        "track",
        "Referral Sent",
        MOBILE,
        ALL3,
        {
            "referral_code": G(lambda f: "ORB-" + upper_alnum(f, 6)),
            "invitee_phone": Y(phone, "phone"),
            "invitee_name": Y(any_name, "name"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "telegram"])),
            "reward_amount": G(money),
        },
    ),
    (
        "track",
        "Contact Picked",
        ("rn",),
        ALL3,
        {
            "source": G(lambda f: f.pick(["phonebook", "recent", "favourites"])),
            "label": Y(any_name, "name", True),
            "value": Y(phone, "phone", True),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "position": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    # marketing ---------------------------------------------------------------------------------
    (
        "track",
        "Ad Conversion Sent",
        ("node",),
        ALL3,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "CompleteRegistration", "Subscribe"])),
            "event_time": G(epoch),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["app", "website"])),
            "user_data": {
                "em": Y(lambda f: sha256(email(f)), "email"),
                "ph": Y(lambda f: sha256(msisdn(f)), "phone"),
                "fn": Y(lambda f: sha256(ascii_fold(given(f))), "name"),
                "ln": Y(lambda f: sha256(ascii_fold(surname(f))), "name"),
                "ct": Y(lambda f: sha256(ascii_fold(city(f)).replace(" ", "")), "city"),
                "country": G(lambda f: sha256(f.cc.lower())),
                "external_id": G(lambda f: sha256("u_" + f.digits(8))),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(
                    lambda f: (
                        "Mozilla/5.0 (Linux; Android 13; SM-A155F) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36"
                    )
                ),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fb_click(f)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            },
            "custom_data": {
                "value": G(money),
                "currency": G(lambda f: CURRENCY[f.cc]),
                "content_ids": Many(G(lambda f: f.pick(["DATA-10GB-M", "ESIM-QR", "RP0007"])), 2),
            },
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ("web",),
        ALL3,
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fb_click, "advertising id"),
            "ttclid": Y(
                lambda f: "E.C.P." + b64(f, 60).replace("/", "_").replace("+", "-"), "advertising id"
            ),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social"])),
            "utm_campaign": G(lambda f: f.pick(["esim_launch", "ramadan_bonus", "prepaid_switch_de"])),
            "landing_page": G(lambda f: f.pick(["/esim", "/bundles", "/switch"])),
            "click_timestamp": G(lambda f: f.epoch_ms()),
        },
    ),
    # credit, postpaid upgrade, concessions -------------------------------------------------------
    (
        "track",
        "Postpaid Upgrade Checked",
        ("dotnet",),
        ("DE",),
        {
            "checkId": G(lambda f: f.uuid()),
            "schufaScore": Y(lambda f: round(f.r.uniform(82.0, 99.5), 2), "credit score"),
            "scoreClass": Y(lambda f: f.pick(["A", "B", "C", "D", "E", "K"]), "credit score"),
            "decision": G(lambda f: f.pick(["APPROVED", "DEPOSIT_REQUIRED", "DECLINED"])),
            "monthlyNetIncome": Y(lambda f: f.r.randint(1100, 7000), "salary"),
            "employmentType": G(lambda f: f.pick(["Angestellt", "Selbstständig", "Student", "Rentner"])),
            "employer": G(lambda f: f.pick(["Siemens AG", "Deutsche Bahn", "Lidl", "Charité"])),
            "requestedTariff": G(lambda f: f.pick(["Orbyt Unlimited", "Orbyt M 20GB"])),
            "depositRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pengajuan Pascabayar",
        ("go",),
        ("ID",),
        {
            "nama_lengkap": Y(full_name, "name"),
            "nama_ibu_kandung": Y(full_name, "name"),
            "npwp": RED(npwp, "national id"),
            "penghasilan_bulanan": Y(
                lambda f: f.pick([4500000, 7500000, 12000000, f.r.randint(3, 60) * 1000000]), "salary"
            ),
            "pekerjaan": G(lambda f: f.pick(["KARYAWAN SWASTA", "WIRASWASTA", "PNS"])),
            "nama_perusahaan": G(
                lambda f: f.pick(["PT Astra International", "PT Bank Mandiri", "CV Maju Bersama"])
            ),
            "lama_bekerja_tahun": G(lambda f: f.r.randint(0, 30)),
            "skor_kredit": Y(lambda f: f.r.randint(300, 900), "credit score"),
            "kode_bank": G(lambda f: f.pick(BANKS_ID)[0]),
            "no_rekening": RED(bank_account, "bank account"),
            "paket": G(lambda f: f.pick(["Halo 50GB", "Halo Unlimited"])),
            "status_pengajuan": G(lambda f: f.pick(["DIAJUKAN", "DISETUJUI", "DITOLAK"])),
        },
    ),
    (
        "track",
        "Tarifrabatt Gewaehrt",
        ("dotnet",),
        ("DE",),
        {
            "RabattArt": G(lambda f: f.pick(["Student", "Azubi", "Senior", "Sozialtarif"])),
            "Schwerbehindert": RED(lambda f: f.pick([True, False]), "disability"),
            "NachweisGeprueft": G(lambda f: f.pick([True, False])),
            "RabattProzent": G(lambda f: f.pick([10, 20, 25])),
            "GueltigBis": G(lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2025"),
        },
    ),
    # dealer portal -----------------------------------------------------------------------------
    (
        "track",
        "Dealer API Key Rotated",
        ("go", "php"),
        ALL3,
        {
            "dealer_id": G(lambda f: "DLR-" + f.digits(5)),
            "key_id": G(lambda f: f.uuid()),
            "key_prefix": G(lambda f: "ok_live_" + f.hexid(4)),
            "api_key": RED(lambda f: "ok_live_" + f.hexid(40), "secret"),
            "rotated_by": Y(staff_email, "email"),
            "expires_at": G(lambda f: iso(f, 2025)),
            "scopes": Many(G(lambda f: f.pick(["activations:write", "msisdn:read", "topup:write"])), 3),
        },
    ),
]


def build(seed: int, repeats: int):
    f = MF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, countries, body in EVENTS:
            f.cc = f.pick(list(countries))
            client = f.pick(list(clients))
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": iso(f),
                "anonymousId": f.uuid(),
                "userId": f"u_{f.cc.lower()}_{f.digits(8)}",
            }
            if kind == "track":
                msg["event"] = name
            elif kind == "page":
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                if kind == "screen":
                    msg["name"] = msg[section]["name"]
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=246, repeats=36)
    write(Path(__file__).parent, "holdout246_", events, labels)
