"""Writes holdout194: tests/corpus/holdout194_events.jsonl and holdout194_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only build.py and fake.py (helpers),
build_holdout3.py (format), REFERENCE.md and DESIGN.md were read.

Covers a driving-school and licensing-test booking platform ("RoadReady") operating in India,
South Africa and France: learner sign-up with identity documents (Aadhaar with a Verhoeff check
digit, PAN, South African ID numbers with their Luhn digit, French NIR with its mod-97 key,
passports), KYC vendor webhooks, instructor and vehicle assignment (plates, VINs), lesson booking
with pickup addresses and Places autocomplete, GPS-tracked lessons (route arrays, geohashes,
context.location), theory and mock tests, medical fitness declarations (India's Form 1/1A,
South Africa's eye test, French medical opinion), test appointments at government centres (RTO,
DLTC, ANTS/NEPH), payments (e-commerce spec, UPI, Stripe, Razorpay, SEPA and debit orders,
instalments), instructor payouts and employment-equity forms, accompanied-driving companions
(France's AAC), guardians and dependants, referrals and gift vouchers, SMS and masked-call
vendor payloads, support tickets and admin back-office searches, ad-click attribution, a
warehouse reverse-ETL sync and partner-school group calls.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and server libraries python, node, go, java, ruby, php and .NET, each with the
context block its library really sends (ip, userAgent, device, app, library, locale, timezone,
campaign, traits, location where natural).

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use PascalCase
(.NET services), kebab-case (a Go telematics service), SCREAMING_SNAKE (a warehouse sync), and
keys in romanised Hindi, Afrikaans and French from the local backends.

Labelling rules (the product's default colours):
- A path is PII when its values are personal data about a natural person: the learner, a
  guardian, an accompanying driver, a dependant, a referee, a gift recipient, an emergency
  contact, an instructor or a doctor. Colour: the reference's default for its matcher; outside
  the reference, red for credentials/secrets/tokens, card numbers, bank accounts, government ids
  and health ids, yellow otherwise (geolocation, advertising id, credit score...).
- Green: ids we or a vendor issue (learner, booking, lesson, payment `pay_`/`pi_` ids, order
  and application reference numbers, mandate references), versions, timestamps, UUIDs (incl. a
  Places session token), hashes of files, amounts, enums, counters and booleans under
  PII-sounding keys (`emailVerified`, `phoneCount`, `passwordStrength`), product, package,
  school, insurer and employer names, job titles, ages and age bands, government test centres'
  names, addresses, cities and phone numbers, a business's phone/e-mail (sender ids, role
  mailboxes, call-masking proxy numbers), country, state, locale, language, timezone, currency,
  user agents, OS-issued analytics device ids, card brand/last four/expiry/BIN, IFSC, branch
  codes and BICs (they identify a bank).
- Contested cases follow the product's published policy: insurance policy numbers are yellow
  `identification`; pay and hourly rates yellow `salary`; credit scores yellow `credit score`;
  plates yellow `license`, VINs yellow `serial`; gclid/fbclid/fbp/fbc yellow `advertising id`;
  billing addresses yellow `address`; payment tokens (Stripe `pm_`), one-time codes and
  sign-in-link tokens red `token`; identity documents' numbers red `national id`/`passport`;
  right-to-work and residence-permit answers red `visa`.
- Decisions this corpus had to make, in the careful privacy owner's favour:
  driving and learner licence numbers (and an instructor's Professional Driving Permit) are the
  reference's yellow `license` matcher, not an identity document; France's NEPH (a prefecture's
  per-person licence-file number) and Aadhaar/PAN/SA ID/NIR are red `national id` (NIR also
  `social security number`); the last four digits of an Aadhaar are red like an SSN's; a UPI
  VPA (`name@bank`) is red `bank account` (it addresses the person's bank account); a push
  token in context.device.token is red `token` as in the main corpus; booleans and enums that
  reveal health (epilepsy, diabetes, corrective lenses, colour blindness, blood group, vision
  acuity) are yellow `condition`, ones that reveal disability (adapted vehicle, hand controls)
  red `disability`; South Africa's employment-equity population group is yellow `race`; a
  pickup address is the learner's own (home or work) and is yellow `address`; an ID scan or
  selfie URL is yellow `photo`; an OAuth refresh token is red `token`; a vehicle tracker's IMEI
  is yellow `serial` like a VIN; staff members' own e-mails and names (support agents,
  managers, examiners, doctors) are PII like the learner's.
- value_only is true when the key does not say what the value is (`to`, `q`, `input`, `note`,
  `message`, `body`, `description`, `value`...) and only the value reveals it; such a path holds
  that PII in every one of its values. Free text is labelled by what every one of its values
  carries (`a|b` when each value carries one of them), green when none does; no free-text path
  mixes PII and PII-free values.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "in": [
        "Aarav",
        "Priya",
        "Rohan",
        "Ananya",
        "Vikram",
        "Sneha",
        "Arjun",
        "Kavya",
        "Rahul",
        "Pooja",
        "Imran",
        "Fatima",
        "Harpreet",
        "Gurpreet",
        "Lakshmi",
        "Karthik",
        "Meenakshi",
        "Sandeep",
        "Deepika",
        "Aditya",
        "Nikhil",
        "Shreya",
        "Zoya",
        "Venkatesh",
    ],
    "za": [
        "Thabo",
        "Sipho",
        "Lerato",
        "Naledi",
        "Pieter",
        "Annelie",
        "Johan",
        "Marike",
        "Zanele",
        "Bongani",
        "Ayesha",
        "Riaan",
        "Nomvula",
        "Kagiso",
        "Lindiwe",
        "Francois",
        "Chantelle",
        "Thandeka",
        "Mandla",
        "Elmarie",
        "Tshepo",
        "Refilwe",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Hugo",
        "Lucas",
        "Manon",
        "Chloé",
        "Théo",
        "Inès",
        "Jules",
        "Louise",
        "Mathis",
        "Yasmine",
        "Nathan",
        "Sarah",
        "Karim",
        "Amandine",
        "Baptiste",
        "Élodie",
        "Mamadou",
        "Aïcha",
        "Gaëlle",
        "Quentin",
    ],
}
LAST = {
    "in": [
        "Sharma",
        "Patel",
        "Iyer",
        "Reddy",
        "Nair",
        "Singh",
        "Gupta",
        "Deshpande",
        "Kulkarni",
        "Banerjee",
        "Chatterjee",
        "Khan",
        "Shaikh",
        "Menon",
        "Pillai",
        "Joshi",
        "Verma",
        "Rao",
        "Das",
        "Mukherjee",
        "Gill",
        "Fernandes",
    ],
    "za": [
        "van der Merwe",
        "Botha",
        "Nkosi",
        "Dlamini",
        "Mokoena",
        "Naidoo",
        "Pretorius",
        "Khumalo",
        "Ndlovu",
        "Jacobs",
        "du Plessis",
        "Mahlangu",
        "Steyn",
        "Govender",
        "Sithole",
        "Venter",
        "Mthembu",
        "Coetzee",
        "Molefe",
        "Adams",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Lefèvre",
        "Girard",
        "Benali",
        "Diallo",
        "Nguyen",
        "Rousseau",
        "Fontaine",
        "Lambert",
        "Mercier",
        "Traoré",
        "Le Gall",
    ],
}
MAIL = {
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr"],
}
CITY = {
    "in": [
        "Pune",
        "Mumbai",
        "New Delhi",
        "Bengaluru",
        "Jaipur",
        "Lucknow",
        "Chennai",
        "Hyderabad",
        "Ahmedabad",
        "Kochi",
        "Nagpur",
        "Indore",
    ],
    "za": [
        "Johannesburg",
        "Cape Town",
        "Pretoria",
        "Durban",
        "Stellenbosch",
        "Bloemfontein",
        "Gqeberha",
        "Polokwane",
        "Soweto",
        "Centurion",
    ],
    "fr": [
        "Paris",
        "Lyon",
        "Marseille",
        "Toulouse",
        "Lille",
        "Nantes",
        "Bordeaux",
        "Rennes",
        "Strasbourg",
        "Montpellier",
        "Saint-Denis",
    ],
}
TZ = {"in": "Asia/Kolkata", "za": "Africa/Johannesburg", "fr": "Europe/Paris"}
LOCALES = ["en-IN", "hi-IN", "mr-IN", "en-ZA", "af-ZA", "zu-ZA", "fr-FR", "en-GB"]
TIMEZONES = ["Asia/Kolkata", "Africa/Johannesburg", "Europe/Paris"]
STATES = {
    "in": ["MH", "KA", "DL", "TN", "RJ", "UP", "GJ", "KL"],
    "za": ["GP", "WC", "KZN", "EC", "FS", "LP"],
    "fr": ["IDF", "ARA", "PACA", "OCC", "HDF", "PDL", "NAQ", "BRE"],
}
COUNTRY = {"in": "IN", "za": "ZA", "fr": "FR"}
ALL_STATES = [s for states in STATES.values() for s in states]


def mk(f: Fake) -> str:
    return f.pick(["in", "in", "za", "fr"])


def first(f: Fake, m: str | None = None) -> str:
    return f.pick(FIRST[m or mk(f)])


def last(f: Fake, m: str | None = None) -> str:
    return f.pick(LAST[m or mk(f)])


def full_name(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    return f"{first(f, m)} {last(f, m)}"


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def email(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    fn, ln = ascii_(first(f, m)), ascii_(last(f, m))
    user = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(80, 2008)}"]
    )
    return f"{user}@{f.pick(MAIL[m])}"


def phone(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    if m == "in":
        n = f.pick("6789") + f.digits(9)
        return f.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n}", f"{n[:5]}-{n[5:]}", n])
    if m == "za":
        n = f.pick(["60", "71", "72", "73", "76", "78", "79", "81", "82", "83", "84"]) + f.digits(7)
        return f.pick([f"+27 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"+27{n}", f"0{n}"])
    n = f.pick("67") + f.digits(8)
    pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
    return f.pick(
        [f"0{n[0]} {pairs}", f"+33 {n[0]} {pairs}", f"+33{n}", f"0{n[0]}." + pairs.replace(" ", ".")]
    )


IN_BLDG = [
    "Sai Krupa CHS",
    "Shanti Niwas",
    "Gokul Heights",
    "Prestige Lakeside",
    "Sunrise Apartments",
    "Ganga Vihar",
    "Lodha Aqua",
    "Kalpataru Residency",
]
IN_ROAD = ["MG Road", "Link Road", "Station Road"]
IN_AREA = [
    "Andheri East",
    "Kothrud",
    "Baner",
    "Koramangala 4th Block",
    "Malviya Nagar",
    "Gomti Nagar",
    "Velachery",
    "Banjara Hills",
    "Vastrapur",
    "Kakkanad",
    "Dharampeth",
    "Vijay Nagar",
]
ZA_COMPLEX = ["Parkview", "Sandown Gardens", "Eikehof"]
ZA_STREET = [
    "Voortrekker Road",
    "Jan Smuts Avenue",
    "Kerk Straat",
    "Main Road",
    "Church Street",
    "Rivonia Road",
    "Long Street",
    "Beyers Naude Drive",
    "Oxford Road",
    "Dorp Straat",
]
FR_DEPTS = ["75", "69", "13", "31", "59", "44", "33", "35", "67", "34", "93"]
FR_STREET = [
    "rue de la République",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue Victor Hugo",
    "place de la Liberté",
    "rue du Faubourg Saint-Antoine",
    "chemin des Vignes",
    "allée des Tilleuls",
]


def street(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    if m == "in":
        return f.pick(
            [
                f"Flat {f.r.randint(1, 19)}0{f.r.randint(1, 8)}, {f.pick(IN_BLDG)}, {f.pick(IN_AREA)}",
                f"{f.r.randint(1, 250)}/{f.r.randint(1, 20)}, {f.pick(IN_ROAD)}, {f.pick(IN_AREA)}",
                f"H.No. {f.r.randint(1, 999)}, Sector {f.r.randint(1, 60)}, {f.pick(IN_AREA)}",
            ]
        )
    if m == "za":
        return f.pick(
            [
                f"{f.r.randint(1, 250)} {f.pick(ZA_STREET)}",
                f"Unit {f.r.randint(1, 40)}, {f.pick(ZA_COMPLEX)}, {f.r.randint(1, 99)} {f.pick(ZA_STREET)}",
            ]
        )
    return f"{f.r.randint(1, 180)}{f.pick(['', '', ' bis'])} {f.pick(FR_STREET)}"


def postcode(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    if m == "in":
        return f"{f.r.randint(11, 85)}{f.r.randint(0, 9999):04d}"
    if m == "za":
        return f"{f.r.randint(1, 9299):04d}"
    return f"{f.pick(FR_DEPTS)}{f.r.randint(0, 20):03d}"


def city(f: Fake, m: str | None = None) -> str:
    return f.pick(CITY[m or mk(f)])


def street_city(f: Fake) -> str:
    m = mk(f)
    return f"{street(f, m)}, {city(f, m)}"


def dob(f: Fake, lo=1962, hi=2008) -> str:
    return f.date(lo, hi)


def dob_fr(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1970, 2008)}"


# -- identifiers with their real check digits -------------------------------------------------------

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(f: Fake, spaced: bool | None = None) -> str:
    body = f.pick("23456789") + f.digits(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    number = body + str(_VINV[c])
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(number[i : i + 4] for i in range(0, 12, 4)) if spaced else number


def pan(f: Fake) -> str:
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return (
        "".join(f.pick(up) for _ in range(3)) + "P" + f.pick(up) + f"{f.r.randint(1, 9999):04d}" + f.pick(up)
    )


def sa_id(f: Fake) -> str:
    y, m, d = f.r.randint(1962, 2007), f.r.randint(1, 12), f.r.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{d:02d}{f.r.randint(0, 9999):04d}{f.pick('0001')}8"
    return f.luhn_complete(body)


def nir(f: Fake, spaced: bool | None = None) -> str:
    dept = f.pick(["75", "69", "13", "31", "59", "44", "93", "99"])
    parts = [
        f.pick("12"),
        f"{f.r.randint(70, 99):02d}",
        f"{f.r.randint(1, 12):02d}",
        dept,
        f"{f.r.randint(1, 990):03d}",
        f"{f.r.randint(1, 999):03d}",
    ]
    key = 97 - int("".join(parts)) % 97
    parts.append(f"{key:02d}")
    spaced = f.r.random() < 0.5 if spaced is None else spaced
    return " ".join(parts) if spaced else "".join(parts)


def passport(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    if m == "in":
        return f.pick("JKLMNPRSTUVZ") + f.digits(7)
    if m == "za":
        return f.pick("AMT") + f"{f.r.randint(0, 99999999):08d}"
    return f"{f.r.randint(10, 24)}{f.pick(['AB', 'CK', 'FD', 'HR', 'XT'])}{f.r.randint(10000, 99999)}"


def national_id(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    return {"in": aadhaar, "za": sa_id, "fr": nir}[m](f)


def dl_number(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    if m == "in":
        rto = f"{f.pick(STATES['in'])}{f.r.randint(1, 50):02d}"
        return f"{rto}{f.pick([' ', '', '-'])}{f.r.randint(2005, 2024)}{f.r.randint(1, 99999):07d}"
    if m == "za":
        letters = "".join(f.pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(4))
        return f"{f.r.randint(1000, 9999)}000{letters}{f.r.randint(1, 9)}"
    return f"{f.r.randint(90, 99)}{f.r.randint(1, 12):02d}{f.pick(['75', '69', '13', '31'])}{f.digits(6)}"


def plate(f: Fake, m: str | None = None) -> str:
    m = m or mk(f)
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if m == "in":
        series = f.pick(up) + f.pick(up)
        s = f"{f.pick(STATES['in'])} {f.r.randint(1, 50):02d} {series} {f.r.randint(1, 9999):04d}"
        return f.pick([s, s.replace(" ", "")])
    if m == "za":
        return f.pick(
            [
                f"CA {f.r.randint(100, 999)}-{f.r.randint(100, 999)}",
                f"{f.pick(up)}{f.pick(up)} {f.r.randint(10, 99)} {f.pick(up)}{f.pick(up)} GP",
                f"ND {f.r.randint(100, 999)} {f.r.randint(100, 999)}",
            ]
        )
    return f"{f.pick(up)}{f.pick(up)}-{f.r.randint(100, 999)}-{f.pick(up)}{f.pick(up)}"


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["MA3", "MAL", "MAT", "AHT", "AAV", "VF1", "VF3", "VF7", "WVW"])
    return wmi + "".join(f.pick(chars) for _ in range(8)) + "".join(f.pick("0123456789") for _ in range(6))


def upi(f: Fake) -> str:
    handle = f.pick(["okhdfcbank", "okicici", "oksbi", "ybl", "paytm", "axl", "ibl"])
    user = f.pick(
        [
            ascii_(first(f, "in")) + "." + ascii_(last(f, "in")),
            f.pick("6789") + f.digits(9),
            ascii_(first(f, "in")) + str(f.r.randint(10, 999)),
        ]
    )
    return f"{user}@{handle}"


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def card(f: Fake) -> str:
    if f.r.random() < 0.25:  # RuPay
        return f.luhn_complete(f.pick(["6521", "6522", "6080"]) + f.digits(11))
    return f.card()


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58)


def geohash(f: Fake) -> str:
    prefix = f.pick(["te7u", "tek0", "tdr1", "ttng", "tsq4", "ke7f", "kekm", "u09t", "u0bg", "spey"])
    return prefix + "".join(f.pick("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(4))


COORD = {"in": (18.52, 73.85), "za": (-26.15, 28.03), "fr": (48.86, 2.35)}


def lat(f: Fake) -> float:
    """A latitude near one of the markets' cities; the next lon() call stays in the same city."""
    f.geo_base = f.pick(list(COORD.values()))
    return round(f.geo_base[0] + f.r.uniform(-0.25, 0.25), 6)


def lon(f: Fake) -> float:
    base = getattr(f, "geo_base", None) or f.pick(list(COORD.values()))
    return round(base[1] + f.r.uniform(-0.25, 0.25), 6)


def latlon(f: Fake) -> str:
    return f"{lat(f)},{lon(f)}"


def money_local(f: Fake) -> float:
    return f.pick([float(f.r.randint(5, 90) * 100), f.money(300, 3500), f.money(25, 900)])


def ts(f: Fake) -> str:
    return f.iso()


# -- contexts of the client libraries ---------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
]
WEB_PAGES = [
    "/",
    "/lessons",
    "/book",
    "/checkout",
    "/theory-test",
    "/fr/permis-b",
    "/za/learners-licence",
    "/in/learning-licence",
    "/account",
]


def web_ctx(f: Fake):
    tld = f.pick(["in", "co.za", "fr"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.google.co.in/",
                        "https://l.facebook.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?ref=home", "?lang=hi", "?step=2"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "RoadReady - Driving lessons",
                        "Book a lesson | RoadReady",
                        "Checkout | RoadReady",
                        "Code de la route | RoadReady",
                    ]
                )
            ),
            "url": G(lambda f: f"https://www.roadready.{tld}{f.pick(WEB_PAGES)}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand"])),
                    "version": G(lambda f: f.pick(["122", "123", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["monsoon_offer", "matric_2024", "permis_rentree", "diwali_lessons"])),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["driving school near me", "learners licence test", "auto ecole pas cher", "rto ll test"]
                )
            ),
            "content": G(lambda f: f.pick(["carousel_a", "video_15s", "textlink"])),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoadReady"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.10.0"])),
            "build": G(lambda f: f.pick(["480", "491", "4100"])),
            "namespace": G(lambda f: "com.roadready.learner"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
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
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.2"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["RoadReady", "RoadReady Coach"])),
            "version": G(lambda f: f.pick(["4.8.0", "2.3.1", "4.10.0"])),
            "build": G(lambda f: f.pick(["40800", "20301", "41000"])),
            "namespace": G(lambda f: f.pick(["com.roadready.learner", "com.roadready.coach"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "vivo", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "CPH2451", "V2231", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "OP5958L1", "PD2231", "lynx"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    ["Jio", "Airtel", "Vi India", "Vodacom", "MTN", "Cell C", "Orange F", "Free"]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: 2400),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoadReady"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1"])),
            "build": G(lambda f: f.pick(["1048", "1051"])),
            "namespace": G(lambda f: "com.roadready.learner"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "realme"])),
            "model": G(lambda f: f.pick(["iPhone 13", "SM-M336B", "RMX3630"])),
            "name": G(lambda f: f.pick(["iPhone", "m33x", "RE58B2"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "learnerStage": G(
                lambda f: f.pick(["registered", "learner_licence", "lessons", "test_booked", "licensed"])
            ),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoadReady Coach"),
            "version": G(lambda f: f.pick(["2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["231", "240"])),
            "namespace": G(lambda f: "com.roadready.coach"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A145F", "iPhone14,7", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.6", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: 2408), "density": G(lambda f: 2.625)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "location": {
            "latitude": Y(lambda f: lat(f), "geolocation"),
            "longitude": Y(lambda f: lon(f), "geolocation"),
            "accuracy": G(lambda f: f.pick([4.8, 12.0, 35.5, 6.1])),
            "speed": G(lambda f: f.money(0, 22)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "1.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.7", "2.4.0"]),
}


def server_ctx(lib: str):
    def ctx(f: Fake):
        name, versions = SERVER_LIBS[lib]
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php"):
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            c["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "python":
            c["traits"] = {
                "email": Y(lambda f: email(f), "email"),
                "learnerStage": G(lambda f: f.pick(["registered", "lessons", "licensed"])),
            }
        if lib == "java":
            c["groupId"] = G(lambda f: "sch_" + f.digits(5))
        if lib == "dotnet":
            c["instanceId"] = G(lambda f: f.uuid())
            c["timezone"] = G(lambda f: f.pick(TIMEZONES))
        return c

    return ctx


CONTEXTS = {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
CONTEXTS.update({lib: server_ctx(lib) for lib in SERVER_LIBS})
MOBILE = ["swift", "kotlin", "rn"]
LEARNER = ["web", "swift", "kotlin", "rn"]
SERVER = ["python", "node", "go", "java", "ruby"]

# -- catalogue --------------------------------------------------------------------------------------

PACKAGES = [
    ("RR-IN-MAN10", "10 Lesson Manual Package", "Packages"),
    ("RR-IN-2W-GL", "Two-Wheeler Gearless Course", "Two-Wheeler"),
    ("RR-ZA-C8-15", "Code 8 Manual - 15 Lessons", "Packages"),
    ("RR-ZA-K53-PREP", "K53 Test Prep Session", "Test Prep"),
    ("RR-FR-B20-MAN", "Forfait Permis B 20h Boîte Manuelle", "Forfaits"),
    ("RR-FR-CODE", "Pack Code de la Route en ligne", "Code"),
    ("RR-FR-AAC", "Formule Conduite Accompagnée", "Forfaits"),
    ("RR-REFRESH-1", "Refresher Lesson (60 min)", "Single Lessons"),
    ("RR-AUTO-5", "Automatic Starter - 5 Lessons", "Packages"),
]
SCHOOLS = [
    "Maruti Driving School Kothrud",
    "Sai Motor Training",
    "Jozi Driving Academy",
    "Cape Drive Skool",
    "Auto-École du Centre",
    "ECF Lyon Part-Dieu",
    "Shree Ganesh Motor Driving",
    "Durban North Driving School",
]
CENTRES = {
    "in": [
        ("RTO Pune (MH12)", "Sangam Bridge, Pune 411001", "020 2605 8080"),
        ("RTO Andheri (MH02)", "Four Bungalows, Andheri West, Mumbai 400053", "022 2636 6350"),
        ("Sarathi Test Track Jhajra", "Jhajra, Dehradun 248007", "0135 272 5120"),
    ],
    "za": [
        ("Randburg DLTC", "Cnr Jan Smuts Ave & Hans Schoeman St, Randburg", "011 686 7100"),
        ("Gallows Hill DLTC", "Ebenezer Road, Green Point, Cape Town", "021 444 7702"),
        ("Langlaagte DLTC", "Cnr Main Reef Rd, Langlaagte, Johannesburg", "011 247 4900"),
    ],
    "fr": [
        ("Centre d'examen Rungis", "Avenue du Lys, 94150 Rungis", "01 45 12 87 00"),
        ("Centre d'examen Lyon Vénissieux", "12 rue Jules Guesde, 69200 Vénissieux", "04 72 50 12 34"),
        ("Centre d'examen Marseille La Rose", "Rue Marius Briata, 13013 Marseille", "04 91 05 63 00"),
    ],
}


def centre(f: Fake, field: int):
    """A government test centre; name is rendered first and picks it, address and phone follow."""
    if field == 0 or not hasattr(f, "centre"):
        f.centre = f.pick(CENTRES[mk(f)])
    return f.centre[field]


def product():
    return {
        "product_id": G(lambda f: f.pick(PACKAGES)[0]),
        "sku": G(lambda f: f.pick(PACKAGES)[0] + "-" + f.pick(["STD", "PRM", "EMI"])),
        "name": G(lambda f: f.pick(PACKAGES)[1]),
        "category": G(lambda f: f.pick(PACKAGES)[2]),
        "brand": G(lambda f: "RoadReady"),
        "variant": G(lambda f: f.pick(["manual", "automatic", "gearless"])),
        "price": G(lambda f: money_local(f)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 9)),
        "url": G(lambda f: "https://www.roadready.in/packages/" + f.pick(PACKAGES)[0].lower()),
    }


def doc_type(f: Fake) -> str:
    f.doc = f.pick(["aadhaar", "pan", "passport", "sa_id", "cni"])
    return f.doc


def doc_number(f: Fake) -> str:
    """The number of the document doc_type (rendered just before) picked."""
    kind = getattr(f, "doc", "aadhaar")
    if kind == "cni":
        return f"{f.r.randint(10, 24)}{f.pick(['AB', 'CK', 'XT'])}{f.r.randint(10000, 99999)}"
    return {"aadhaar": aadhaar, "pan": pan, "passport": passport, "sa_id": sa_id}[kind](f)


def polyline(f: Fake) -> str:
    """An encoded polyline (Google's format: characters 63..126) of a lesson's route."""
    return "".join(chr(f.r.randint(63, 126)) for _ in range(f.r.randint(30, 60)))


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- sign-up and identity -------------------------------------------------------------------------
    (
        "identify",
        None,
        LEARNER,
        {
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(lambda f: f.pick(ALL_STATES)),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["IN", "ZA", "FR"])),
            },
            "age": G(lambda f: f.r.randint(16, 58)),
            "createdAt": G(lambda f: ts(f)),
            "learnerStage": G(
                lambda f: f.pick(["registered", "learner_licence", "lessons", "test_booked", "licensed"])
            ),
            "preferredLanguage": G(lambda f: f.pick(["en", "hi", "mr", "af", "zu", "fr"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "transmission": G(lambda f: f.pick(["manual", "automatic"])),
            "referralCode": G(lambda f: "RR" + alnum(f, 6).upper()),
            "avatar": Y(lambda f: f"https://cdn.roadready.in/avatars/{f.hexid(20)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Signed Up",
        LEARNER,
        {
            "method": G(lambda f: f.pick(["phone_otp", "google", "apple", "email"])),
            "signup_country": G(lambda f: f.pick(["IN", "ZA", "FR"])),
            "referral_code": G(lambda f: f.pick(["", "RR" + alnum(f, 6).upper()])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "email": Y(lambda f: email(f), "email"),
            "mobile_number": Y(lambda f: phone(f), "phone"),
            "licence_category": G(lambda f: f.pick(["LMV", "MCWG", "Code 8", "Code B", "B", "AM"])),
        },
    ),
    (
        "track",
        "Signup Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "signup_v" + str(f.r.randint(2, 4))),
            "field": G(lambda f: "email_or_mobile"),
            "input": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "time_on_field_ms": G(lambda f: f.r.randint(300, 15000)),
            "autofilled": G(lambda f: f.pick([True, False])),
            "error_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["node", "python"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "otp_length": G(lambda f: 6),
            "expires_in_sec": G(lambda f: f.pick([120, 300, 600])),
            "provider": G(lambda f: f.pick(["msg91", "twilio", "clickatell"])),
            "phone_country_code": G(lambda f: f.pick(["+91", "+27", "+33"])),
            "destination_masked": G(
                lambda f: f.pick(
                    ["+91 ******3210", "+27 ** *** 4512", "+33 6 ** ** ** 78", "******" + f.digits(4)]
                )
            ),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        {
            "login_link": RED(
                lambda f: "https://app.roadready.fr/auth/verify?token=" + alnum(f, 43), "token"
            ),
            "link_ttl_min": G(lambda f: 15),
            "recipient": Y(lambda f: email(f), "email", True),
            "template": G(lambda f: f.pick(["magic_link_fr", "magic_link_en"])),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.r.randint(1000, 9999)}@mail.roadready.fr>"),
        },
    ),
    (
        "track",
        "Identity Document Uploaded",
        LEARNER,
        {
            "documentType": G(lambda f: doc_type(f)),
            "documentNumber": RED(lambda f: doc_number(f), "national id|passport"),
            "issuingCountry": G(lambda f: f.pick(["IN", "ZA", "FR", "ZW", "MA"])),
            "expiryDate": G(lambda f: f.date(2025, 2034)),
            "side": G(lambda f: f.pick(["front", "back"])),
            "fileSizeKb": G(lambda f: f.r.randint(180, 4800)),
            "mimeType": G(lambda f: f.pick(["image/jpeg", "image/heic", "application/pdf"])),
            "fileSha256": G(lambda f: f.hexid(64)),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.55, 0.99), 3)),
            "scanUrl": Y(
                lambda f: f"https://kyc.roadready.in/uploads/{f.uuid()}/{f.pick(['front', 'back'])}.jpg",
                "photo",
            ),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Selfie Verified",
        MOBILE,
        {
            "livenessScore": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "passed": G(lambda f: f.pick([True, False])),
            "selfieUrl": Y(lambda f: f"https://kyc.roadready.in/selfies/{f.hexid(24)}.jpg", "photo"),
            "vendor": G(lambda f: f.pick(["idfy", "smile_id", "onfido"])),
        },
    ),
    (
        "track",
        "KYC Check Completed",
        ["python", "go"],
        {
            "vendor": G(lambda f: f.pick(["idfy", "smile_id", "onfido"])),
            "check_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "in_review", "failed"])),
            "result": {
                "decision": G(lambda f: f.pick(["clear", "consider", "rejected"])),
                "extraction_output": {
                    "name_on_card": Y(lambda f: full_name(f).upper(), "name"),
                    "id_number": RED(lambda f: f.pick([aadhaar(f, False), pan(f), sa_id(f)]), "national id"),
                    "date_of_birth": Y(lambda f: f.pick([dob(f), dob_fr(f)]), "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender|sex"),
                    "address": Y(lambda f: street_city(f), "address"),
                    "fathers_name": Y(lambda f: full_name(f, "in").upper(), "name"),
                    "is_scanned": G(lambda f: f.pick([True, False])),
                },
                "source_output": {
                    "status": G(lambda f: f.pick(["id_found", "id_not_found"])),
                    "name_match_score": G(lambda f: f.r.randint(40, 100)),
                    "aadhaar_seeding_status": G(lambda f: f.pick(["y", "n"])),
                    "masked_aadhaar": RED(lambda f: "XXXX XXXX " + aadhaar(f, False)[-4:], "national id"),
                },
            },
            "signature": G(lambda f: "sha256=" + f.hexid(64)),
        },
    ),
    (
        "track",
        "Learner Licence Application Submitted",
        ["python"],
        {
            "application_no": G(lambda f: f"{f.r.randint(2024, 2024)}{f.digits(8)}"),
            "naam": Y(lambda f: full_name(f, "in"), "name"),
            "pita_ka_naam": Y(lambda f: full_name(f, "in"), "name"),
            "janm_tithi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1970, 2008)}",
                "birthdate",
            ),
            "mobile_sankhya": Y(lambda f: phone(f, "in"), "phone"),
            "pata": Y(lambda f: street(f, "in"), "address"),
            "shahar": Y(lambda f: city(f, "in"), "city"),
            "pin_code": Y(lambda f: postcode(f, "in"), "zipcode"),
            "rajya": G(lambda f: f.pick(["Maharashtra", "Karnataka", "Delhi", "Uttar Pradesh", "Rajasthan"])),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "aadhaar_sankhya": RED(lambda f: aadhaar(f), "national id"),
            "rakt_samooh": Y(lambda f: f.pick(["A+", "B+", "O+", "AB+", "O-", "B-"]), "condition"),
            "shreni": Many(G(lambda f: f.pick(["LMV", "MCWG", "MCWOG"])), 2),
            "shulk": G(lambda f: f.pick([150, 200, 350])),
            "rto_code": G(lambda f: f.pick(["MH12", "MH02", "KA01", "DL4C", "UP32"])),
            "bhasha": G(lambda f: f.pick(["hindi", "marathi", "english"])),
        },
    ),
    (
        "track",
        "Leerder Geregistreer",
        ["php"],
        {
            "voornaam": Y(lambda f: first(f, "za"), "name"),
            "van": Y(lambda f: last(f, "za"), "name"),
            "id_nommer": RED(lambda f: sa_id(f), "national id"),
            "selfoonnommer": Y(lambda f: phone(f, "za"), "phone"),
            "e_pos": Y(lambda f: email(f, "za"), "email"),
            "geboortedatum": Y(lambda f: dob(f, 1970, 2007), "birthdate"),
            "woonadres": Y(lambda f: street(f, "za"), "address"),
            "voorstad": Y(
                lambda f: f.pick(["Sandton", "Bellville", "Soweto", "Hatfield", "Umhlanga", "Randburg"]),
                "city|address",
            ),
            "poskode": Y(lambda f: postcode(f, "za"), "zipcode"),
            "provinsie": G(lambda f: f.pick(["Gauteng", "Wes-Kaap", "KwaZulu-Natal", "Vrystaat"])),
            "taal": G(lambda f: f.pick(["afr", "eng", "zul", "xho"])),
            "kode": G(lambda f: f.pick(["Code 8", "Code 10", "Code A1"])),
            "bril_benodig": Y(lambda f: f.pick([True, False]), "condition"),
            "leerlinglisensie_geslaag": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["web", "dotnet"],
        {
            "prenom": Y(lambda f: first(f, "fr"), "name"),
            "nom": Y(lambda f: last(f, "fr"), "name"),
            "courriel": Y(lambda f: email(f, "fr"), "email"),
            "telephone": Y(lambda f: phone(f, "fr"), "phone"),
            "date_naissance": Y(lambda f: dob_fr(f), "birthdate"),
            "adresse": {
                "rue": Y(lambda f: street(f, "fr"), "street|address"),
                "code_postal": Y(lambda f: postcode(f, "fr"), "zipcode"),
                "ville": Y(lambda f: city(f, "fr"), "city"),
            },
            "numero_neph": RED(lambda f: f.digits(12), "national id"),
            "financement": G(lambda f: f.pick(["cpf", "permis_1_euro", "personnel", "pole_emploi"])),
            "conduite_accompagnee": G(lambda f: f.pick([True, False])),
            "tranche_age": G(lambda f: f.pick(["15-17", "18-24", "25-34", "35+"])),
        },
    ),
    (
        "track",
        "Licence Exchange Started",
        ["dotnet"],
        {
            "DossierId": G(lambda f: "ECH-" + f.digits(8)),
            "Nationalite": Y(
                lambda f: f.pick(["marocaine", "algérienne", "sénégalaise", "indienne", "sud-africaine"]),
                "citizenship",
            ),
            "PaysPermisOrigine": G(lambda f: f.pick(["MA", "DZ", "SN", "IN", "ZA"])),
            "TitreSejourType": RED(
                lambda f: f.pick(
                    ["carte de résident", "titre de séjour salarié", "étudiant", "passeport talent"]
                ),
                "visa",
            ),
            "TitreSejourNumero": RED(lambda f: f"{f.r.randint(75, 99)}{f.digits(8)}", "visa|national id"),
            "NumeroPasseport": RED(lambda f: passport(f), "passport"),
            "DateEntreeFrance": G(lambda f: f.date(2015, 2024)),
            "PermisOrigineNumero": Y(lambda f: dl_number(f, f.pick(["in", "za"])), "license"),
            "Statut": G(lambda f: f.pick(["brouillon", "deposee", "instruction", "acceptee"])),
            "DelaiEstimeJours": G(lambda f: f.r.randint(30, 240)),
        },
    ),
    # -- guardians, companions, dependants ------------------------------------------------------------
    (
        "track",
        "Accompagnateur Ajouté",
        ["web", "rn"],
        {
            "accompagnateur": {
                "prenom": Y(lambda f: first(f, "fr"), "name"),
                "nom": Y(lambda f: last(f, "fr"), "name"),
                "telephone": Y(lambda f: phone(f, "fr"), "phone"),
                "email": Y(lambda f: email(f, "fr"), "email"),
                "numero_permis": Y(lambda f: dl_number(f, "fr"), "license"),
                "annees_permis": G(lambda f: f.r.randint(5, 40)),
                "lien": G(lambda f: f.pick(["père", "mère", "oncle", "tante", "grand-parent", "ami"])),
            },
            "assureur_vehicule": G(lambda f: f.pick(["MAIF", "MACIF", "AXA", "Groupama", "MMA"])),
            "numero_contrat": Y(lambda f: f.pick(["MAIF", "MCF", "AXA"]) + f.digits(9), "identification"),
            "formule": G(lambda f: "AAC"),
        },
    ),
    (
        "track",
        "Dependant Added",
        LEARNER,
        {
            "dependant": {
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
                "dateOfBirth": Y(lambda f: dob(f, 2006, 2009), "birthdate"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "ward", "nephew"])),
                "school": G(
                    lambda f: f.pick(
                        ["DPS R.K. Puram", "Hoërskool Waterkloof", "Lycée Henri IV", "St John's College"]
                    )
                ),
                "mobile": Y(lambda f: phone(f), "phone"),
            },
            "dependantCount": G(lambda f: f.r.randint(1, 3)),
            "guardianConsent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        MOBILE,
        {
            "emergency_contact": {
                "name": Y(lambda f: full_name(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "spouse", "sibling", "friend"])),
            },
            "source_screen": G(lambda f: f.pick(["profile", "pre_lesson_check"])),
        },
    ),
    # -- instructor and vehicle -----------------------------------------------------------------------
    (
        "track",
        "Instructor Assigned",
        [*LEARNER, "node"],
        {
            "bookingId": G(lambda f: "BK" + f.digits(9)),
            "instructorId": G(lambda f: "ins_" + f.digits(5)),
            "instructorName": Y(lambda f: full_name(f), "name"),
            "instructorPhone": Y(lambda f: phone(f), "phone"),
            "instructorRating": G(lambda f: round(f.r.uniform(3.6, 5.0), 1)),
            "instructorGender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "preferredInstructorGender": G(lambda f: f.pick(["any", "female", "male"])),
            "instructorPhotoUrl": Y(
                lambda f: f"https://cdn.roadready.in/instructors/{f.hexid(16)}.jpg", "photo"
            ),
            "instructorLanguages": Many(G(lambda f: f.pick(["hi", "en", "mr", "af", "zu", "fr"])), 3),
            "yearsExperience": G(lambda f: f.r.randint(1, 30)),
            "school": G(lambda f: f.pick(SCHOOLS)),
            "vehicle": {
                "make": G(
                    lambda f: f.pick(
                        ["Maruti Suzuki", "Hyundai", "Volkswagen", "Toyota", "Renault", "Peugeot"]
                    )
                ),
                "model": G(lambda f: f.pick(["Swift", "i20", "Polo Vivo", "Corolla Quest", "Clio V", "208"])),
                "transmission": G(lambda f: f.pick(["manual", "automatic"])),
                "registration": Y(lambda f: plate(f), "license"),
                "colour": G(lambda f: f.pick(["white", "silver", "red", "grey"])),
                "dualControls": G(lambda f: True),
            },
            "matchScore": G(lambda f: round(f.r.uniform(0.4, 1), 2)),
        },
    ),
    (
        "track",
        "Vehicle Assigned",
        ["dotnet"],
        {
            "VehicleId": G(lambda f: f.r.randint(1000, 9999)),
            "RegistrationNumber": Y(lambda f: plate(f), "license"),
            "Vin": Y(lambda f: vin(f), "serial"),
            "Make": G(lambda f: f.pick(["Maruti Suzuki", "Volkswagen", "Renault", "Toyota"])),
            "Model": G(lambda f: f.pick(["Dzire", "Polo Vivo", "Clio V", "Yaris"])),
            "Year": G(lambda f: f.r.randint(2016, 2024)),
            "OdometerKm": G(lambda f: f.r.randint(8000, 240000)),
            "FuelType": G(lambda f: f.pick(["Petrol", "CNG", "Diesel", "Electric"])),
            "InstructorId": G(lambda f: "ins_" + f.digits(5)),
            "PucValidUntil": G(lambda f: f.date(2024, 2026)),
            "TrackerImei": Y(lambda f: f.luhn_complete("86" + f.digits(12)), "serial"),
        },
    ),
    (
        "track",
        "Instructor Applied",
        ["web", "ruby"],
        {
            "applicant_name": Y(lambda f: full_name(f, "za"), "name"),
            "applicant_email": Y(lambda f: email(f, "za"), "email"),
            "applicant_phone": Y(lambda f: phone(f, "za"), "phone"),
            "id_number": RED(lambda f: sa_id(f), "national id"),
            "pdp_number": Y(lambda f: "PDP" + f.digits(9), "license"),
            "instructor_registration_no": G(
                lambda f: "DI/" + f.pick(["GP", "WC", "KZN"]) + "/" + f.digits(5)
            ),
            "right_to_work": RED(lambda f: f.pick(["yes", "no", "permit_required"]), "visa"),
            "work_permit_number": RED(
                lambda f: f.pick(["CPT", "JHB", "DBN"]) + f.digits(7), "visa|national id"
            ),
            "population_group": Y(
                lambda f: f.pick(["African", "Coloured", "Indian", "White", "prefer not to say"]),
                "race|ethnicity",
            ),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "years_licensed": G(lambda f: f.r.randint(3, 35)),
            "expected_hourly_rate": Y(lambda f: f.pick([180, 200, 220, 250, 300]), "salary"),
            "own_vehicle": G(lambda f: f.pick([True, False])),
            "cv_filename": G(lambda f: f.pick(["cv.pdf", "CV_2024.pdf", "resume.docx"])),
            "source": G(lambda f: f.pick(["careers_page", "indeed", "referral"])),
        },
    ),
    (
        "track",
        "Instructor Payout Processed",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "po_" + f.hexid(16)),
            "InstructorId": G(lambda f: "ins_" + f.digits(5)),
            "PayeeName": Y(lambda f: full_name(f, "in"), "name"),
            "Pan": RED(lambda f: pan(f), "national id"),
            "BankAccountNumber": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
            "Ifsc": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + f.digits(6)),
            "HourlyRate": Y(lambda f: f.pick([350, 400, 450, 500]), "salary"),
            "HoursTaught": G(lambda f: f.money(10, 160)),
            "GrossAmount": Y(lambda f: f.money(8000, 70000), "salary"),
            "TdsDeducted": G(lambda f: f.money(100, 7000)),
            "Currency": G(lambda f: "INR"),
            "Utr": G(lambda f: f.pick(["HDFCN", "ICICN", "SBINR"]) + f.digits(11)),
        },
    ),
    # -- booking and lessons ----------------------------------------------------------------------------
    (
        "track",
        "Lesson Booked",
        LEARNER,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "lesson_type": G(
                lambda f: f.pick(["standard", "highway", "night", "parking", "mock_test", "two_wheeler"])
            ),
            "duration_minutes": G(lambda f: f.pick([30, 45, 60, 90, 120])),
            "start_time": G(lambda f: ts(f)),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "pickup_type": G(lambda f: f.pick(["home", "office", "college", "school_centre"])),
            "pickup_address": Y(lambda f: street(f), "address"),
            "contact_number": Y(lambda f: phone(f), "phone"),
            "pickup_lat": Y(lambda f: lat(f), "geolocation"),
            "pickup_lng": Y(lambda f: lon(f), "geolocation"),
            "pickup_landmark": G(
                lambda f: f.pick(["", "near main gate", "opposite petrol pump", "by the bus stop"])
            ),
            "price": G(lambda f: money_local(f)),
            "currency": G(lambda f: f.pick(["INR", "ZAR", "EUR"])),
            "credits_used": G(lambda f: f.r.randint(0, 2)),
            "is_first_lesson": G(lambda f: f.pick([True, False])),
            "lessons_remaining": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Pickup Address Selected",
        ["web", "swift", "rn"],
        {
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
            "session_token": G(lambda f: f.uuid()),
            "description": Y(lambda f: street_city(f), "address", True),
            "types": Many(
                G(lambda f: f.pick(["premise", "street_address", "establishment", "subpremise"])), 2
            ),
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
            "saved_as": G(lambda f: f.pick(["home", "work", "other"])),
        },
    ),
    (
        "track",
        "Pickup Note Added",
        MOBILE,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Pick me from {street(f)}, gate 2",
                        f"I'm at {street(f)} - ring the bell",
                        f"New address this week: {street(f)}",
                        f"{street(f)}, wait near the lift lobby",
                    ]
                ),
                "address",
                True,
            ),
            "char_count": G(lambda f: f.r.randint(20, 90)),
        },
    ),
    (
        "track",
        "Lesson Rescheduled",
        LEARNER,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "old_start": G(lambda f: ts(f)),
            "new_start": G(lambda f: ts(f)),
            "reason": G(
                lambda f: f.pick(["exam_clash", "work", "weather", "instructor_unavailable", "other"])
            ),
            "reason_text": G(
                lambda f: f.pick(
                    [
                        "College exam on Monday",
                        "Load shedding in our area",
                        "Train strike",
                        "Office meeting",
                        "Raining heavily",
                    ]
                )
            ),
            "reschedule_count": G(lambda f: f.r.randint(1, 4)),
            "fee_charged": G(lambda f: f.pick([0, 0, 100, 150])),
        },
    ),
    (
        "track",
        "Lesson Cancelled",
        [*LEARNER, "node"],
        {
            "lesson_id": G(lambda f: f.uuid()),
            "cancelled_by": G(lambda f: f.pick(["learner", "instructor", "ops"])),
            "hours_before_start": G(lambda f: f.r.randint(0, 72)),
            "refund_amount": G(lambda f: money_local(f)),
            "cancellation_fee": G(lambda f: f.pick([0, 50, 100])),
        },
    ),
    (
        "track",
        "Lesson Started",
        ["kotlin", "flutter"],
        {
            "lesson_id": G(lambda f: f.uuid()),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "learner_name": Y(lambda f: full_name(f), "name"),
            "start_lat": Y(lambda f: lat(f), "geolocation"),
            "start_lng": Y(lambda f: lon(f), "geolocation"),
            "start_geohash": Y(lambda f: geohash(f), "geolocation"),
            "odometer_start": G(lambda f: f.r.randint(8000, 240000)),
            "pre_checks": {
                "mirrors": G(lambda f: True),
                "seatbelt": G(lambda f: True),
                "learner_licence_sighted": G(lambda f: f.pick([True, False])),
            },
            "late_minutes": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Lesson Ended",
        ["kotlin", "flutter"],
        {
            "lesson_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: f.money(2, 45)),
            "duration_sec": G(lambda f: f.r.randint(1500, 7400)),
            "max_speed_kmh": G(lambda f: f.r.randint(30, 110)),
            "harsh_braking_count": G(lambda f: f.r.randint(0, 8)),
            "stall_count": G(lambda f: f.r.randint(0, 6)),
            "route": Many(
                {
                    "lat": Y(lambda f: lat(f), "geolocation"),
                    "lng": Y(lambda f: lon(f), "geolocation"),
                    "t": G(lambda f: f.epoch_ms()),
                    "speed": G(lambda f: f.money(0, 80)),
                },
                6,
            ),
            "end_address": Y(lambda f: street(f), "address"),
            "skills": {
                "clutch_control": G(lambda f: f.r.randint(1, 5)),
                "mirror_checks": G(lambda f: f.r.randint(1, 5)),
                "parallel_parking": G(lambda f: f.r.randint(1, 5)),
            },
            "instructor_comment": G(
                lambda f: f.pick(
                    [
                        "Good progress on clutch control",
                        "Needs more practice at roundabouts",
                        "Ready for mock test",
                        "Watch blind spots when merging",
                        "Très bonne séance",
                    ]
                )
            ),
            "ready_for_test": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "lesson-route-uploaded",
        ["go"],
        {
            "lesson-id": G(lambda f: f.uuid()),
            "tracker-imei": Y(lambda f: f.luhn_complete("86" + f.digits(12)), "serial"),
            "vehicle-reg": Y(lambda f: plate(f), "license"),
            "points-count": G(lambda f: f.r.randint(200, 4000)),
            "first-fix": Y(lambda f: latlon(f), "geolocation", True),
            "last-fix": Y(lambda f: latlon(f), "geolocation", True),
            "polyline": Y(lambda f: polyline(f), "geolocation"),
            "gps-provider": G(lambda f: f.pick(["teltonika", "queclink", "phone"])),
            "firmware": G(lambda f: f.pick(["03.28.07", "03.27.14"])),
            "upload-ms": G(lambda f: f.r.randint(80, 3000)),
            "s3-key": G(lambda f: f"routes/2024/{f.r.randint(1, 12):02d}/{f.uuid()}.json.gz"),
        },
    ),
    (
        "track",
        "Lesson Feedback Submitted",
        LEARNER,
        {
            "lesson_id": G(lambda f: f.uuid()),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(
                G(lambda f: f.pick(["patient", "punctual", "clear_explanations", "clean_car", "late"])), 3
            ),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Very patient and calm",
                        "Car was clean, great lesson",
                        "Instructor came 15 min late",
                        "Bonne pédagogie",
                        "Baie dankie, lekker les!",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "reviewer_display_name": Y(lambda f: first(f) + " " + last(f)[0] + ".", "name"),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        [*MOBILE, "flutter"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["learner", "instructor"])),
            "text": G(
                lambda f: f.pick(
                    [
                        "Running 5 min late",
                        "On my way",
                        "Can we start at 7 instead?",
                        "J'arrive dans 10 minutes",
                        "Sorry, traffic at the toll",
                        "Ek is amper daar",
                    ]
                )
            ),
        },
    ),
    # -- theory and tests -------------------------------------------------------------------------------
    (
        "track",
        "Theory Test Completed",
        [*LEARNER, "flutter"],
        {
            "attemptId": G(lambda f: f.uuid()),
            "testBank": G(lambda f: f.pick(["RTO-MH-2024", "K53-2023", "Code-ETG-2024", "Sarathi-LL"])),
            "language": G(lambda f: f.pick(["hi", "en", "mr", "af", "fr"])),
            "score": G(lambda f: f.r.randint(8, 40)),
            "totalQuestions": G(lambda f: f.pick([15, 20, 40, 68])),
            "passMark": G(lambda f: f.pick([9, 35, 60])),
            "passed": G(lambda f: f.pick([True, False])),
            "timeTakenSec": G(lambda f: f.r.randint(300, 2700)),
            "categoryScores": {
                "roadSigns": G(lambda f: f.r.randint(0, 100)),
                "rulesOfTheRoad": G(lambda f: f.r.randint(0, 100)),
                "vehicleControls": G(lambda f: f.r.randint(0, 100)),
            },
            "attemptNumber": G(lambda f: f.r.randint(1, 6)),
            "mockOrOfficial": G(lambda f: f.pick(["mock", "official"])),
        },
    ),
    # -- medical fitness --------------------------------------------------------------------------------
    (
        "track",
        "Medical Declaration Submitted",
        [*LEARNER, "python"],
        {
            "declaration_id": G(lambda f: f.uuid()),
            "form": G(lambda f: f.pick(["Form 1", "Form 1A", "avis_medical", "eye_test"])),
            "has_epilepsy": Y(lambda f: f.pick([True, False]), "condition"),
            "has_diabetes_on_insulin": Y(lambda f: f.pick([True, False]), "condition"),
            "uses_corrective_lenses": Y(lambda f: f.pick([True, False]), "condition"),
            "colour_blind": Y(lambda f: f.pick([True, False]), "condition"),
            "requires_adapted_vehicle": RED(lambda f: f.pick([True, False]), "disability"),
            "hand_controls": RED(lambda f: f.pick([True, False]), "disability"),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        ["levetiracetam", "insulin glargine", "sertraline", "metformin", "amlodipine"]
                    ),
                    "medication",
                ),
                2,
            ),
            "conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["epilepsy", "type 1 diabetes", "sleep apnoea", "glaucoma", "hypertension"]
                    ),
                    "condition|diagnosis",
                ),
                2,
            ),
            "vision_acuity_left": Y(lambda f: f.pick(["6/6", "6/9", "6/12", "6/18"]), "condition"),
            "vision_acuity_right": Y(lambda f: f.pick(["6/6", "6/9", "6/12", "6/18"]), "condition"),
            "doctor_name": Y(lambda f: "Dr. " + full_name(f), "name"),
            "doctor_registration_no": Y(
                lambda f: f.pick(["MMC", "KMC", "DMC"]) + "/" + f.digits(5), "license|certificate"
            ),
            "certificate_url": Y(
                lambda f: f"https://docs.roadready.in/medical/{f.uuid()}.pdf", "certificate"
            ),
            "declared_fit": G(lambda f: f.pick([True, False])),
            "signed_at": G(lambda f: ts(f)),
            "questions_answered": G(lambda f: f.r.randint(8, 14)),
        },
    ),
    (
        "track",
        "Visite Médicale Enregistrée",
        ["dotnet"],
        {
            "VisiteId": G(lambda f: f.uuid()),
            "MedecinAgree": Y(lambda f: "Dr " + full_name(f, "fr"), "name"),
            "NumeroSecuriteSociale": RED(lambda f: nir(f), "social security number|health id"),
            "AvisMedical": Y(
                lambda f: f.pick(["apte", "apte temporaire", "inapte", "apte avec restrictions"]),
                "condition|diagnosis",
            ),
            "DureeValiditeMois": G(lambda f: f.pick([6, 12, 24, 60])),
            "Restrictions": Many(
                RED(
                    lambda f: f.pick(
                        ["verres correcteurs", "boîte automatique", "aménagement poste de conduite"]
                    ),
                    "disability|condition",
                    True,
                ),
                2,
            ),
            "Tarif": G(lambda f: 36.0),
            "Prefecture": G(lambda f: f.pick(["Paris", "Rhône", "Bouches-du-Rhône", "Nord"])),
        },
    ),
    # -- test appointments ----------------------------------------------------------------------------
    (
        "track",
        "Test Appointment Booked",
        [*LEARNER, "java"],
        {
            "appointmentId": G(lambda f: "APT-" + f.digits(8)),
            "candidateName": Y(lambda f: full_name(f), "name"),
            "candidateDob": Y(lambda f: dob(f, 1966, 2008), "birthdate"),
            "centre": {
                "name": G(lambda f: centre(f, 0)),
                "address": G(lambda f: centre(f, 1)),
                "phone": G(lambda f: centre(f, 2)),
                "code": G(lambda f: f.pick(["MH12", "MH02", "DLTC-RBG", "DLTC-GH", "RUNGIS"])),
            },
            "slotStart": G(lambda f: ts(f)),
            "testType": G(
                lambda f: f.pick(["learner_licence", "driving_test", "k53_yard", "examen_pratique_b"])
            ),
            "vehicleClass": G(lambda f: f.pick(["LMV", "MCWG", "Code 8", "B"])),
            "applicationNumber": G(lambda f: f"{f.r.randint(2023, 2024)}{f.digits(7)}"),
            "learnerLicenceNumber": Y(lambda f: dl_number(f), "license"),
            "bookingFee": G(lambda f: money_local(f)),
            "bringOwnVehicle": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Toets Bespreek",
        ["php"],
        {
            "toetssentrum": G(
                lambda f: f.pick(["Randburg DLTC", "Gallows Hill DLTC", "Langlaagte DLTC", "Centurion DLTC"])
            ),
            "datum": G(lambda f: f.date(2024, 2025)),
            "tyd": G(lambda f: f.pick(["07:30", "09:00", "11:15", "13:30"])),
            "leerlinglisensie_nommer": Y(lambda f: dl_number(f, "za"), "license"),
            "id_nommer": RED(lambda f: sa_id(f), "national id"),
            "kode": G(lambda f: f.pick(["Code 8", "Code 10", "Code A1"])),
            "fooi": G(lambda f: f.pick([228.0, 300.0, 450.0])),
            "verwysing": G(lambda f: "NATIS" + f.digits(9)),
        },
    ),
    (
        "track",
        "Examen Réservé",
        ["web", "dotnet"],
        {
            "centre_examen": G(
                lambda f: f.pick(["Rungis", "Lyon Vénissieux", "Marseille La Rose", "Lille Lesquin"])
            ),
            "date_examen": G(lambda f: f.date(2024, 2025)),
            "numero_neph": RED(lambda f: f.digits(12), "national id"),
            "inspecteur": Y(lambda f: full_name(f, "fr"), "name"),
            "place_attribuee": G(lambda f: f.pick([True, False])),
            "heures_effectuees": G(lambda f: f.r.randint(20, 45)),
        },
    ),
    (
        "track",
        "Driving Test Result Recorded",
        ["java", "ruby"],
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(8)),
            "outcome": G(lambda f: f.pick(["pass", "fail", "absent"])),
            "faults": {
                "minor": G(lambda f: f.r.randint(0, 15)),
                "serious": G(lambda f: f.r.randint(0, 2)),
                "dangerous": G(lambda f: f.r.randint(0, 1)),
            },
            "examiner_id": G(lambda f: "EX" + f.digits(5)),
            "examiner_name": Y(lambda f: full_name(f), "name"),
            "licence_number_issued": Y(lambda f: dl_number(f), "license"),
            "licence_valid_until": G(lambda f: f.date(2034, 2044)),
            "retest_eligible_from": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- e-commerce and payments ----------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift", "rn"],
        {
            **product(),
            "currency": G(lambda f: f.pick(["INR", "ZAR", "EUR"])),
            "value": G(lambda f: money_local(f)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "affiliation": G(lambda f: f.pick(["RoadReady Web", "RoadReady App"])),
            "value": G(lambda f: money_local(f)),
            "revenue": G(lambda f: money_local(f)),
            "tax": G(lambda f: f.money(0, 800)),
            "discount": G(lambda f: f.money(0, 500)),
            "coupon": G(lambda f: f.pick(["", "MONSOON20", "MATRIC24", "PERMIS100"])),
            "currency": G(lambda f: f.pick(["INR", "ZAR", "EUR"])),
            "products": Many(product(), 2),
            "emi_selected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["upi", "card", "netbanking", "eft", "sepa_debit"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "rupay", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["416021", "512345", "652150", "457173"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "upi_vpa": RED(lambda f: upi(f), "bank account"),
            "billing_address": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["IN", "ZA", "FR"])),
            },
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn", "node"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "invoice_number": G(
                lambda f: f"RR/{f.r.randint(2023, 2024)}-{f.r.randint(10, 99)}/{f.digits(5)}"
            ),
            "total": G(lambda f: money_local(f)),
            "subtotal": G(lambda f: money_local(f)),
            "tax": G(lambda f: f.money(0, 800)),
            "currency": G(lambda f: f.pick(["INR", "ZAR", "EUR"])),
            "products": Many(product(), 2),
            "payment_gateway": G(lambda f: f.pick(["razorpay", "stripe", "payfast", "peach"])),
            "gateway_payment_id": G(lambda f: f.pick(["pay_" + alnum(f, 14), "pi_3O" + alnum(f, 22)])),
            "customer_email": Y(lambda f: email(f), "email"),
            "billing_name": Y(lambda f: full_name(f), "name"),
            "billing_phone": Y(lambda f: phone(f), "phone"),
            "gstin": G(lambda f: f.pick(["", "27AAACR" + f.digits(4) + "F1Z" + f.pick("0123456789")])),
        },
    ),
    (
        "track",
        "Instalment Paid",
        ["node", "python"],
        {
            "plan_id": G(lambda f: "plan_" + alnum(f, 10)),
            "instalment_number": G(lambda f: f.r.randint(1, 6)),
            "total_instalments": G(lambda f: f.pick([3, 6])),
            "amount": G(lambda f: money_local(f)),
            "currency": G(lambda f: f.pick(["INR", "ZAR", "EUR"])),
            "payment_method_id": RED(lambda f: "pm_1O" + alnum(f, 22), "token"),
            "payment_intent": G(lambda f: "pi_3O" + alnum(f, 22)),
            "attempt_count": G(lambda f: f.r.randint(1, 3)),
            "next_due_date": G(lambda f: f.date(2024, 2025)),
            "balance_remaining": G(lambda f: money_local(f)),
            "late_fee": G(lambda f: f.pick([0, 0, 99, 150])),
        },
    ),
    (
        "track",
        "Card Payment Declined",
        ["php"],
        {
            "gateway": G(lambda f: f.pick(["payu", "peach", "legacy_pos"])),
            "response_code": G(lambda f: f.pick(["05", "51", "54", "N7"])),
            "response_text": G(
                lambda f: f.pick(["Do not honour", "Insufficient funds", "Expired card", "CVV mismatch"])
            ),
            "card_number": RED(lambda f: card(f), "credit card"),
            "card_holder": Y(lambda f: full_name(f).upper(), "name"),
            "amount": G(lambda f: money_local(f)),
            "merchant_id": G(lambda f: "M" + f.digits(8)),
            "terminal_id": G(lambda f: "T" + f.digits(7)),
            "stan": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Debit Order Mandate Created",
        ["ruby"],
        {
            "mandate_reference": G(lambda f: "RRDO" + f.digits(10)),
            "bank_name": G(lambda f: f.pick(["FNB", "Capitec", "Absa", "Standard Bank", "Nedbank"])),
            "branch_code": G(lambda f: f.pick(["250655", "470010", "632005", "051001", "198765"])),
            "account_number": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
            "account_holder": Y(lambda f: full_name(f, "za"), "name"),
            "id_number": RED(lambda f: sa_id(f), "national id"),
            "account_type": G(lambda f: f.pick(["cheque", "savings", "transmission"])),
            "debit_day": G(lambda f: f.pick([1, 15, 25, 28])),
            "monthly_amount": G(lambda f: f.money(450, 2200)),
            "avs_result": G(lambda f: f.pick(["match", "partial", "no_match"])),
        },
    ),
    (
        "track",
        "Mandat SEPA Signé",
        ["dotnet"],
        {
            "Rum": G(lambda f: "RR-SEPA-" + f.digits(8)),
            "Iban": RED(lambda f: f.iban("FR"), "bank account"),
            "Bic": G(lambda f: f.pick(["BNPAFRPPXXX", "CRLYFRPP", "SOGEFRPP", "CEPAFRPP751"])),
            "Titulaire": Y(lambda f: full_name(f, "fr"), "name"),
            "DateSignature": G(lambda f: f.date(2024, 2024)),
            "Echeances": G(lambda f: f.pick([3, 4, 10])),
            "MontantEcheance": G(lambda f: f.money(80, 450)),
        },
    ),
    # -- insurance and finance partners ----------------------------------------------------------------
    (
        "track",
        "Insurance Quote Requested",
        ["web", "node"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "driver_name": Y(lambda f: full_name(f), "name"),
            "insurer": G(
                lambda f: f.pick(
                    ["Acko", "ICICI Lombard", "OUTsurance", "Discovery Insure", "Direct Assurance"]
                )
            ),
            "vehicle_reg": Y(lambda f: plate(f), "license"),
            "vehicle_value": G(lambda f: f.r.randint(150000, 900000)),
            "years_licensed": G(lambda f: f.r.randint(0, 3)),
            "existing_policy_number": Y(
                lambda f: f.pick(["OG-24-", "P/", "POL"]) + f.digits(10), "identification"
            ),
            "no_claim_bonus_pct": G(lambda f: f.pick([0, 20, 25, 35])),
            "premium_annual": G(lambda f: f.money(4000, 30000)),
            "driver_dob": Y(lambda f: dob(f, 1980, 2006), "birthdate"),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced"])),
            "occupation": G(
                lambda f: f.pick(["student", "software engineer", "nurse", "teacher", "self-employed"])
            ),
        },
    ),
    (
        "track",
        "Finance Pre-Approval Checked",
        ["ruby", "node"],
        {
            "application_id": G(lambda f: "FIN-" + f.digits(7)),
            "bureau": G(lambda f: f.pick(["TransUnion", "Experian", "CIBIL"])),
            "credit_score": Y(lambda f: f.r.randint(520, 850), "credit score"),
            "monthly_income": Y(lambda f: f.r.randint(8, 90) * 1000, "salary"),
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "student"])),
            "employer": G(
                lambda f: f.pick(["Infosys", "Shoprite", "Vodacom", "TCS", "Capgemini", "Checkers"])
            ),
            "job_title": G(lambda f: f.pick(["Analyst", "Cashier", "Nurse", "Developer", "Sales Associate"])),
            "approved": G(lambda f: f.pick([True, False])),
            "approved_limit": G(lambda f: f.r.randint(0, 40) * 5000),
            "id_number": RED(lambda f: sa_id(f), "national id"),
        },
    ),
    # -- people the learner brings in -----------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        LEARNER,
        {
            "referral_code": G(lambda f: "RR" + alnum(f, 6).upper()),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "copy_link"])),
            "referee_name": Y(lambda f: first(f), "name"),
            "referee_phone": Y(lambda f: phone(f), "phone"),
            "referee_email": Y(lambda f: email(f), "email"),
            "reward_amount": G(lambda f: f.pick([200, 250, 500])),
            "contacts_permission": G(lambda f: f.pick([True, False])),
            "contacts_count": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        ["web"],
        {
            "voucher_code": G(lambda f: "GIFT-" + alnum(f, 8).upper()),
            "amount": G(lambda f: money_local(f)),
            "recipient_name": Y(lambda f: full_name(f), "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "personal_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy 18th {first(f)}! Time to hit the road.",
                        f"Joyeux anniversaire {first(f, 'fr')}, bonne route !",
                        f"For {first(f)} - passing gift from Mum & Dad",
                        f"Veels geluk {first(f, 'za')}, ry veilig!",
                    ]
                ),
                "name",
                True,
            ),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
            "occasion": G(lambda f: f.pick(["birthday", "matric", "diwali", "christmas", "bac"])),
        },
    ),
    (
        "track",
        "Corporate Driver Enrolled",
        ["java"],
        {
            "employer": G(
                lambda f: f.pick(["Swiggy", "Zomato", "Takealot", "Mr D Food", "La Poste", "Uber"])
            ),
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "employee_email": Y(lambda f: email(f), "email"),
            "job_title": G(lambda f: f.pick(["Delivery Partner", "Field Sales", "Courier", "Technician"])),
            "cost_centre": G(lambda f: "CC-" + f.digits(4)),
            "programme": G(lambda f: f.pick(["two_wheeler_safety", "defensive_driving", "permis_b_pro"])),
            "sponsored_amount": G(lambda f: money_local(f)),
            "manager_email": Y(lambda f: email(f), "email"),
            "hr_mailbox": G(lambda f: f.pick(["hr@swiggy.in", "fleet@takealot.com", "rh@laposte.fr"])),
        },
    ),
    # -- messaging vendors ----------------------------------------------------------------------------
    (
        "track",
        "SMS Reminder Sent",
        ["python", "node"],
        {
            "provider": G(lambda f: f.pick(["twilio", "msg91", "gupshup", "clickatell"])),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: phone(f), "phone", True),
            "from": G(lambda f: f.pick(["RDYRDY", "+27 87 550 1200", "+33 1 84 88 22 10", "VM-RDYRDY"])),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, your lesson with {first(f)} starts at 07:30 tomorrow. "
                        "Reply C to cancel.",
                        f"Bonjour {first(f, 'fr')}, rappel : leçon demain à 18h avec {first(f, 'fr')}.",
                        f"Namaste {first(f, 'in')}, aapka LL test {f.date(2024, 2025)} ko hai. - RoadReady",
                        f"Hi {first(f, 'za')}, {first(f, 'za')} will fetch you at 09:00. Baie sterkte!",
                    ]
                ),
                "name",
                True,
            ),
            "segments": G(lambda f: f.pick([1, 2])),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "price": G(lambda f: f.money(0, 1)),
            "dlt_template_id": G(lambda f: "1107" + f.digits(15)),
        },
    ),
    (
        "track",
        "Masked Call Connected",
        ["node"],
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "caller": Y(lambda f: phone(f), "phone", True),
            "callee": Y(lambda f: phone(f), "phone", True),
            "proxy_number": G(lambda f: f.pick(["+91 80 4718 2200", "+27 10 500 4400", "+33 9 70 73 12 00"])),
            "company_number": G(lambda f: f.pick(["+91 20 6712 0000", "+27 87 550 1200"])),
            "direction": G(lambda f: f.pick(["learner_to_instructor", "instructor_to_learner"])),
            "duration_sec": G(lambda f: f.r.randint(0, 600)),
            "recording_enabled": G(lambda f: False),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "esp": G(lambda f: f.pick(["sendgrid", "ses", "brevo"])),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.r.randint(1000, 9999)}@mail.roadready.fr>"),
            "recipient": Y(lambda f: email(f), "email", True),
            "from_address": G(
                lambda f: f.pick(["no-reply@roadready.in", "support@roadready.co.za", "bonjour@roadready.fr"])
            ),
            "template": G(lambda f: f.pick(["booking_confirmation", "test_reminder", "invoice"])),
            "opened": G(lambda f: f.pick([True, False])),
            "bounce_type": G(lambda f: f.pick(["", "soft", "hard"])),
        },
    ),
    # -- support and back office ----------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["web", "ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "category": G(lambda f: f.pick(["refund", "instructor", "test_booking", "app_bug"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund not received",
                        "Instructor did not come",
                        "Cannot book test slot",
                        "App crash on payment",
                    ]
                )
            ),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Please call me back on {phone(f)}, instructor never showed up.",
                        f"Refund still pending, my number is {phone(f)}",
                        f"Pls contact {email(f)} regarding my booking",
                        f"Mon mail : {email(f, 'fr')}, merci de me rappeler",
                    ]
                ),
                "phone|email",
                True,
            ),
            "support_email": G(
                lambda f: f.pick(["support@roadready.in", "help@roadready.co.za", "aide@roadready.fr"])
            ),
            "attachments": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Learner Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([phone(f), email(f)]), "phone|email", True),
            "results": G(lambda f: f.r.randint(0, 4)),
            "search_scope": G(lambda f: f.pick(["learners", "bookings"])),
            "agent_id": G(lambda f: "agt_" + f.digits(3)),
            "agent_email": Y(lambda f: email(f), "email"),
            "latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Centre Searched",
        LEARNER,
        {
            "query": G(
                lambda f: f.pick(
                    ["rto pune", "DLTC near Randburg", "centre examen lyon", "rto andheri", "Gallows Hill"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
        },
    ),
    (
        "track",
        "Calendar Connected",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["google", "outlook"])),
            "calendar_email": Y(lambda f: email(f), "email"),
            "refresh_token": RED(lambda f: "1//0g" + alnum(f, 90), "token"),
            "scopes": Many(G(lambda f: f.pick(["calendar.events", "calendar.readonly", "openid"])), 2),
            "expires_in": G(lambda f: 3599),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Signed In",
        LEARNER,
        {
            "method": G(lambda f: f.pick(["phone_otp", "google", "apple", "email"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "session_id": G(lambda f: f.hexid(32)),
        },
    ),
    # -- marketing -----------------------------------------------------------------------------------
    (
        "track",
        "Lead Captured",
        ["node", "web"],
        {
            "lead_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: full_name(f), "name"),
            "whatsapp_number": Y(lambda f: phone(f), "phone"),
            "city_of_interest": G(lambda f: city(f)),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbclid": Y(lambda f: fbclid(f), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["monsoon_offer", "matric_2024", "permis_rentree"])),
            "form_variant": G(lambda f: f.pick(["A", "B"])),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python"],
        {
            "pixel_id": G(lambda f: f.digits(15)),
            "event_name": G(lambda f: f.pick(["Lead", "Purchase", "Schedule"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "country": G(lambda f: f.pick(["in", "za", "fr"])),
            },
            "custom_data": {
                "value": G(lambda f: money_local(f)),
                "currency": G(lambda f: f.pick(["INR", "ZAR", "EUR"])),
                "content_ids": Many(G(lambda f: f.pick(PACKAGES)[0]), 2),
            },
        },
    ),
    (
        "track",
        "Button Clicked",
        ["web", "swift", "kotlin"],
        {
            "label": G(
                lambda f: f.pick(
                    [
                        "Book now",
                        "Pay ₹4,500",
                        "Réserver",
                        "Start mock test",
                        "Call instructor",
                        "Bespreek nou",
                    ]
                )
            ),
            "location": G(lambda f: f.pick(["hero", "sticky_footer", "package_card", "lesson_detail"])),
            "element_id": G(lambda f: f.pick(["cta-book", "cta-pay", "btn-call", "btn-mock"])),
        },
    ),
    # -- warehouse sync -----------------------------------------------------------------------------
    (
        "track",
        "Learner Synced",
        ["python"],
        {
            "LEARNER_ID": G(lambda f: f.r.randint(100000, 999999)),
            "FULL_NAME": Y(lambda f: full_name(f), "name"),
            "MOBILE_NO": Y(lambda f: phone(f), "phone"),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "DOB": Y(lambda f: dob(f), "birthdate"),
            "HOME_CITY": Y(lambda f: city(f), "city"),
            "PIN_CODE": Y(lambda f: postcode(f, "in"), "zipcode"),
            "AADHAAR_LAST4": RED(lambda f: aadhaar(f, False)[-4:], "national id"),
            "LICENCE_CLASS": G(lambda f: f.pick(["LMV", "MCWG", "CODE_8", "B"])),
            "ENROLLED_AT": G(lambda f: ts(f)),
            "TOTAL_PAID": G(lambda f: money_local(f)),
            "BALANCE_DUE": G(lambda f: money_local(f)),
            "LESSONS_COMPLETED": G(lambda f: f.r.randint(0, 30)),
            "LAST_LESSON_AT": G(lambda f: ts(f)),
            "NPS_SCORE": G(lambda f: f.r.randint(0, 10)),
            "ROW_HASH": G(lambda f: f.hexid(32)),
        },
    ),
]

GROUP = (
    "group",
    None,
    ["web", "java"],
    {
        "name": G(lambda f: f.pick(SCHOOLS)),
        "industry": G(lambda f: "Driver Training"),
        "plan": G(lambda f: f.pick(["partner_basic", "partner_pro"])),
        "employees": G(lambda f: f.r.randint(2, 60)),
        "fleetSize": G(lambda f: f.r.randint(1, 40)),
        "officePhone": G(
            lambda f: f.pick(["+91 20 2543 1122", "+27 11 787 4400", "+33 4 78 62 11 09", "020 6601 2233"])
        ),
        "bookingsEmail": G(
            lambda f: f.pick(
                ["info@saimotors.in", "bookings@jozidriving.co.za", "contact@autoecoleducentre.fr"]
            )
        ),
        "officeAddress": {
            "street": G(
                lambda f: f.pick(["Shop 4, Karve Road", "12 Bram Fischer Drive", "3 place Bellecour"])
            ),
            "city": G(lambda f: f.pick(["Pune", "Randburg", "Lyon"])),
            "country": G(lambda f: f.pick(["IN", "ZA", "FR"])),
        },
        "ownerName": Y(lambda f: full_name(f), "name"),
        "ownerMobile": Y(lambda f: phone(f), "phone"),
        "registrationNumber": G(lambda f: f.pick(["MH12/DS/", "DS-GP-", "E 20 0"]) + f.digits(5)),
        "createdAt": G(lambda f: ts(f)),
    },
)

PAGES = [
    (
        "page",
        "Lesson Packages",
        ["web"],
        {
            "path": G(lambda f: "/lessons"),
            "title": G(lambda f: "Lesson packages | RoadReady"),
            "url": G(lambda f: "https://www.roadready.in/lessons"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.co.in/"])),
            "search": G(lambda f: f.pick(["", "?city=pune"])),
        },
    ),
    (
        "screen",
        "Lesson Tracking",
        ["kotlin", "flutter", "swift"],
        {"lesson_id": G(lambda f: f.uuid()), "eta_minutes": G(lambda f: f.r.randint(1, 30))},
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    templates = [*EVENTS, GROUP, *PAGES]
    for _ in range(repeats):
        for kind, event, clients, body in templates:
            client = f.pick(clients)
            server = client in SERVER_LIBS
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if not server or f.r.random() < 0.3:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.pick(["usr_" + f.digits(7), f.digits(6)])
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "sch_" + f.digits(5)
            section = "properties" if kind in ("track", "page", "screen") else "traits"
            msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
        if f.r.random() < 0.4:
            client = f.pick(["web", "swift", "kotlin"])
            events.append(
                {
                    "type": "alias",
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "previousId": f.uuid(),
                    "userId": "usr_" + f.digits(7),
                    "context": render(CONTEXTS[client](f), f, "context", labels),
                }
            )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=194, repeats=30)
    write(Path(__file__).parent, "holdout194_", events, labels)
