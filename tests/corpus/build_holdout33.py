"""Writes holdout33: tests/corpus/holdout33_events.jsonl and holdout33_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only the helpers in build.py / fake.py and build_holdout3.py's format), and never
scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout33`; deterministic (seed 33).

Domain: connected cars, EV charging and parking in Germany, the Netherlands, the US and Norway.
- Voltway, an EV charging network: charge sessions (apps and OCPP 1.6 backend), RFID charge cards,
  roaming (Hubject OICP in PascalCase, OCPI CDRs in snake_case, credentials rotation), Stripe-shaped
  payment methods, SEPA mandates, Plug&Share payouts, home wallbox installation and commissioning,
  household members, fleet accounts (group calls, .NET invoices), a web shop (e-commerce spec).
- ParkEasy, parking: plate-based sessions (React Native), .NET backend (PascalCase) for session
  extensions and US permits, a PHP garage system with ANPR plate reads, Dutch municipal permits
  (Dutch keys), Oslo residential permits (Norwegian keys), fines, appeals, Adyen-shaped payments.
- DriveLink, a connected-car app (Flutter, Swift, Kotlin; Python, Go, Ruby, Java backends):
  Smartcar-shaped vehicle linking, telemetry, trips with GPS and encoded polylines, remote commands,
  shared digital keys, driver profiles, teen drivers, service bookings (English and a German dealer
  system), Norwegian toll passages, roadside assistance, ID verification, financing pre-qualification.
- A warehouse reverse-ETL identify in SCREAMING_SNAKE, a website form in kebab-case.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python/node/go/java/ruby/php/C# server libraries.

Conventions: each leaf path carries one label wherever it appears (a conflict stops the build);
type is the reference's default matcher name where one fits, `a|b` when either is fair.

Labelling rules (the Privacy Portal's default colours):
- Personal (the user, recipients, household members, contacts, teen drivers, staff such as
  technicians, service advisors and parking officers): names and name parts (initials, Dutch
  tussenvoegsel), contact details, the person's own address parts (street, house number, postcode,
  city), precise location (their GPS fixes, trip start/end and the reverse-geocoded address of a
  trip end, encoded polylines of their route, where their car is parked), birth dates, IPs,
  advertising ids; colour = the reference matcher's default (yellow for these). Salutation
  (Anrede: Herr/Frau/Divers) reveals gender: yellow gender.
- Vehicles: a person's licence plate is yellow `license plate|license`; a VIN (and German
  Fahrgestellnummer) of a person's car yellow `serial|vin`; the serial, MAC and telematics IMEI of a
  device the person owns (home wallbox, car TCU, phone Bluetooth address) yellow serial / mac. The
  serials, EVSE ids, coordinates, addresses and cities of public chargers, garages, dealers and
  searched destinations are green (places and things, not the person's). A dealer's business phone
  is green.
- Red: credit card numbers, IBANs (`bank account`), national ids (Norwegian fødselsnummer, Dutch
  BSN), SSN and its last four, passports / identity-card numbers, OAuth access and refresh tokens,
  bearer JWTs, push tokens, roaming-partner credentials (any credential or secret is red, whoever
  holds it), passwords and password hashes, and the RFID/NFC UID of a charge card or OCPP idTag:
  whoever replays that UID charges on the person's account, so it is treated as a credential (red
  token). Special categories from booleans: a disabled parking badge or toll exemption for
  mobility impairment is red disability; a veteran discount is red veteran.
- Yellow outside the reference: `geolocation`, `advertising id`, `license plate`. Driver's licence
  numbers are the reference's `license` (yellow). Annual income is `salary` (yellow).
- A SHA-256 of a person's email sent for ad-platform matching is yellow email (anyone holding an
  email list can recompute it); a payment processor's card fingerprint and other opaque hashes are
  green.
- Green: ids we or a partner issue (user, session, contract/eMAID, visual card numbers, customer
  numbers, citation numbers, badge numbers, Stripe/Adyen references, UUIDs), versions, timestamps,
  amounts, counters, enums and booleans even under PII-sounding keys (emailVerified, licenseClass,
  phoneVerified, hasPhone), card brand / last4 / BIN / expiry, BIC, creditor ids, company VAT ids,
  product, plan, company, charger, garage and vehicle names and nicknames, country, state,
  locale, timezone, currency, user agents, OS-issued device ids, Wi-Fi SSIDs with router default
  names, free text that carries no personal data.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `input`, `login`, `sendTo`, `origin`, `rotatedBy`, `externalIds[].id`,
  `instrument.value`); every value of such a PII path carries that PII, and free text is labelled
  by what every one of its values carries (green when none does).
"""

# ruff: noqa: RUF001  (real names, titles and places carry en dashes and a dotless i)
import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

FIRST = {
    "DE": ["Lukas", "Anna", "Jürgen", "Sabine", "Emre", "Ayşe", "Katarzyna", "Dmitri", "Leonie", "Jonas"],
    "NL": ["Daan", "Sanne", "Bram", "Femke", "Joost", "Mohammed", "Fatima", "Rishi", "Anouk", "Thijs"],
    "NO": ["Ingrid", "Ole", "Sigrid", "Håkon", "Kari", "Hodan", "Abdirahman", "Magnus", "Nora", "Tuva"],
    "US": ["Tyrone", "Ashley", "Jamal", "María", "Linh", "Wei", "Ananya", "Connor", "Destiny", "José"],
}
LAST = {
    "DE": ["Müller", "Schmidt", "Yılmaz", "Weber", "Kowalski", "Becker", "Hoffmann", "Schäfer", "Nowak"],
    "NL": ["de Vries", "van den Berg", "Jansen", "Bakker", "El Amrani", "Visser", "Ramdin", "de Jong"],
    "NO": ["Hansen", "Johansen", "Olsen", "Haugen", "Ødegård", "Mohamud", "Berg", "Lie", "Bakke"],
    "US": ["Washington", "Nguyen", "Rodríguez", "Kim", "Sharma", "O'Connor", "Johnson", "Chen", "Ahmed"],
}
STREETS = {
    "DE": ["Hauptstraße", "Lindenallee", "Schillerstraße", "Bahnhofstraße", "Am Wiesengrund", "Kastanienweg"],
    "NL": ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Van Speijkstraat", "Lindenlaan"],
    "NO": ["Storgata", "Bygdøy allé", "Thereses gate", "Kirkeveien", "Skogveien", "Sandviksveien"],
    "US": ["N Maple Ave", "Pine St", "Lakeview Dr", "W 38th St", "Cedar Ridge Rd", "Elm Ct"],
}
# city, latitude, longitude, postcode prefix, US state
CITIES = {
    "DE": [
        ("Berlin", 52.52, 13.405, "1", None),
        ("München", 48.137, 11.575, "8", None),
        ("Hamburg", 53.551, 9.993, "2", None),
        ("Köln", 50.937, 6.96, "5", None),
        ("Leipzig", 51.339, 12.373, "04", None),
    ],
    "NL": [
        ("Amsterdam", 52.372, 4.894, "10", None),
        ("Utrecht", 52.09, 5.121, "35", None),
        ("Rotterdam", 51.924, 4.477, "30", None),
        ("Eindhoven", 51.441, 5.478, "56", None),
        ("Den Haag", 52.078, 4.288, "25", None),
    ],
    "NO": [
        ("Oslo", 59.913, 10.752, "0", None),
        ("Bergen", 60.391, 5.322, "50", None),
        ("Trondheim", 63.43, 10.395, "70", None),
        ("Stavanger", 58.97, 5.733, "40", None),
        ("Tromsø", 69.649, 18.956, "90", None),
    ],
    "US": [
        ("Seattle", 47.606, -122.332, "981", "WA"),
        ("Austin", 30.267, -97.743, "787", "TX"),
        ("Denver", 39.739, -104.99, "802", "CO"),
        ("Oakland", 37.804, -122.271, "946", "CA"),
        ("Boston", 42.36, -71.058, "021", "MA"),
    ],
}
MAIL = {
    "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "NO": ["gmail.com", "online.no", "hotmail.no", "icloud.com", "outlook.com"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "comcast.net"],
}
COUNTRY_NAME = {"DE": "Germany", "NL": "Netherlands", "NO": "Norway", "US": "United States"}
US_STATES = ["WA", "TX", "CO", "CA", "MA"]


def ascii_fold(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("å", "a").replace("æ", "ae").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def phone_for(f: Fake, cc: str) -> str:
    r = f.r
    if cc == "DE":
        pre = r.choice(["151", "160", "170", "171", "176", "157"])
        num = f.digits(8 if pre.startswith("15") else 7)
        return r.choice([f"+49 {pre} {num}", f"0{pre} {num}", f"+49{pre}{num}", f"0{pre}/{num}"])
    if cc == "NL":
        num = f.digits(8)
        return r.choice([f"+31 6 {num}", f"06-{num}", f"+316{num}", f"06 {num[:2]} {num[2:5]} {num[5:]}"])
    if cc == "NO":
        num = r.choice("49") + f.digits(7)
        return r.choice(
            [f"+47 {num[:3]} {num[3:5]} {num[5:]}", num, f"+47{num}", f"{num[:3]} {num[3:5]} {num[5:]}"]
        )
    area, ex, line = r.randint(201, 989), r.randint(201, 989), r.randint(0, 9999)
    return r.choice(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1 {area} {ex} {line:04d}",
        ]
    )


def postcode_for(f: Fake, cc: str, prefix: str | None = None) -> str:
    r = f.r
    prefix = prefix if prefix is not None else f.pick(CITIES[cc])[3]

    def fill(n: int) -> str:
        return prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix)))

    if cc == "DE":
        return fill(5)
    if cc == "NL":
        return f"{fill(4)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    if cc == "NO":
        return fill(4)
    return r.choice([fill(5), f"{fill(5)}-{r.randint(1, 9999):04d}"])


def plate_for(f: Fake, cc: str) -> str:
    r = f.r
    up = "ABCDEFGHJKLMNPRSTVXYZ"
    if cc == "DE":
        city = r.choice(["B", "M", "HH", "K", "L", "S", "F"])
        return f"{city}-{r.choice(up)}{r.choice(up)} {r.randint(1, 9999)}{r.choice(['', '', 'E'])}"
    if cc == "NL":
        return r.choice(
            [
                f"{r.choice(up)}{r.choice(up)}-{r.randint(100, 999)}-{r.choice(up)}",
                f"{r.randint(1, 9)}-{r.choice(up)}{r.choice(up)}{r.choice(up)}-{r.randint(10, 99)}",
                f"{r.choice('GHJKLNPRSTXZ')}{r.choice(up)}-{r.choice(up)}{r.choice(up)}-{r.randint(10, 99)}",
            ]
        )
    if cc == "NO":
        return f"{r.choice(['EL', 'EK', 'EV', 'EB', 'EC'])} {r.randint(10000, 99999)}"
    return r.choice(
        [
            f"{r.randint(1, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{r.randint(100, 999)}",
            f"{r.choice(up)}{r.choice(up)}{r.choice(up)}-{r.randint(1000, 9999)}",
        ]
    )


class Person:
    def __init__(self, f: Fake, cc: str | None = None):
        r = f.r
        self.cc = cc or r.choice(["DE", "DE", "NL", "NL", "NO", "US", "US"])
        self.first = r.choice(FIRST[self.cc])
        self.last = r.choice(LAST[self.cc])
        self.name = f"{self.first} {self.last}"
        local = ascii_fold(f"{self.first}{r.choice(['.', '', '_'])}{self.last}").lower().replace(" ", "")
        local = local.replace("'", "")
        if r.random() < 0.3:
            local += str(r.randint(1, 99))
        self.email = f"{local}@{r.choice(MAIL[self.cc])}"
        self.phone = phone_for(f, self.cc)
        self.street = r.choice(STREETS[self.cc])
        self.house = str(r.randint(1, 240)) + r.choice(
            ["", "", "", "a", "B", "-H"] if self.cc != "US" else [""]
        )
        self.city, lat, lon, prefix, self.state = r.choice(CITIES[self.cc])
        self.postcode = postcode_for(f, self.cc, prefix)
        self.lat = round(lat + r.uniform(-0.08, 0.08), 6)
        self.lon = round(lon + r.uniform(-0.12, 0.12), 6)
        self.plate = plate_for(f, self.cc)
        self.dob = f.date(1948, 2004)

    def line1(self) -> str:
        if self.cc == "US":
            return f"{self.house} {self.street}"
        return f"{self.street} {self.house}"

    def one_line(self) -> str:
        if self.cc == "US":
            return f"{self.line1()}, {self.city}, {self.state} {self.postcode}"
        return f"{self.line1()}, {self.postcode} {self.city}"


def me(f: Fake) -> Person:
    """The message's user: one person per message, so their fields agree."""
    return f.cur  # type: ignore[attr-defined]


def other(f: Fake) -> Person:
    """Someone else in the same message: a recipient, contact, household member or staff member."""
    return f.oth  # type: ignore[attr-defined]


def anyone(f: Fake) -> Person:
    return Person(f)


# -- identifiers -----------------------------------------------------------------------------------

VIN_VALUES = {**{str(d): d for d in range(10)}}
VIN_VALUES.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
VIN_VALUES.update({"P": 7, "R": 9})
VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(f: Fake) -> str:
    wmi = f.pick(["WVW", "WBA", "5YJ", "YV1", "WP0", "KMH", "W1K", "VF1", "7SA", "LRW"])
    vds = "".join(f.r.choice(VIN_CHARS) for _ in range(5))
    year = f.pick("MNPRS")
    vis = f.r.choice(VIN_CHARS) + "".join(f.r.choice("0123456789") for _ in range(6))
    raw = wmi + vds + "0" + year + vis
    total = sum(VIN_VALUES[c] * w for c, w in zip(raw, VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return raw[:8] + check + raw[9:]


def fnr(f: Fake) -> str:
    """Norwegian fødselsnummer with both mod-11 check digits."""
    while True:
        d, m, y = f.r.randint(1, 28), f.r.randint(1, 12), f.r.randint(0, 99)
        base = [int(c) for c in f"{d:02d}{m:02d}{y:02d}{f.r.randint(0, 499):03d}"]
        k1 = 11 - sum(a * b for a, b in zip(base, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, base)) + str(k2)


def bsn(f: Fake) -> str:
    """Dutch burgerservicenummer passing the 11-proof."""
    while True:
        digits = [f.r.randint(0, 9) for _ in range(8)]
        digits[0] = f.r.randint(1, 6)
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last <= 9:
            return "".join(map(str, digits)) + str(last)


def iban(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["DE", "NL", "NO", "DE"])
    if cc == "DE":
        bban = f.digits(8) + f.digits(10)
    elif cc == "NL":
        bban = f.pick(["ABNA", "INGB", "RABO", "TRIO"]) + f.digits(10)
    else:
        bban = f.digits(11)
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def rfid_uid(f: Fake) -> str:
    return f.hexid(f.pick([8, 14, 14])).upper()


def emaid(f: Fake) -> str:
    return f"{f.pick(['DE', 'NL', 'NO'])}-VLW-C{f.digits(8)}-{f.r.randint(0, 9)}"


def evse_id(f: Fake) -> str:
    return f"{f.pick(['DE', 'NL', 'NO'])}*VLW*E{f.digits(7)}*{f.r.randint(1, 4)}"


def charge_point(f: Fake) -> str:
    return f"VLW-{f.pick(['BER', 'AMS', 'OSL', 'MUC', 'UTR', 'BGO'])}-{f.digits(5)}"


def imei(f: Fake) -> str:
    return f.luhn_complete("35" + f.digits(12))


def ip(f: Fake) -> str:
    if f.r.random() < 0.25:
        prefix = f.pick(["2a02:8109", "2001:1c00", "2a01:79c", "2600:1700", "2a02:a46"])
        return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    return f.ipv4()


def remember(f: Fake, key: str, value: Any) -> Any:
    f.mem[key] = value  # type: ignore[attr-defined]
    return value


def money(f: Fake, lo=1.0, hi=80.0) -> float:
    return f.money(lo, hi)


def epoch(f: Fake) -> int:
    return f.epoch_ms() // 1000


def polyline(f: Fake) -> str:
    """Google encoded polyline of a short route starting at the user's home."""
    p = me(f)
    points = [(p.lat, p.lon)]
    for _ in range(f.r.randint(4, 9)):
        lat, lon = points[-1]
        points.append((lat + f.r.uniform(-0.01, 0.01), lon + f.r.uniform(-0.01, 0.01)))
    out, plat, plon = [], 0, 0
    for lat, lon in points:
        ilat, ilon = round(lat * 1e5), round(lon * 1e5)
        for delta in (ilat - plat, ilon - plon):
            v = ~(delta << 1) if delta < 0 else delta << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plon = ilat, ilon
    return "".join(out)


def dl_number(f: Fake) -> str:
    cc = me(f).cc
    if cc == "DE":
        return f"{f.pick('BFJKMN')}{f.digits(3)}{f.hexid(5).upper()}{f.r.randint(1, 9)}{f.r.randint(1, 9)}"
    if cc == "NL":
        return f.digits(10)
    if cc == "NO":
        return f.digits(11)
    return f"{f.pick('ABDFGKNSW')}{f.digits(7)}"


def passport_no(f: Fake) -> str:
    return f.pick(["C", "F", "N", "X"]) + "".join(f.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))


def near(f: Fake, spread=0.05):
    p = me(f)
    return round(p.lat + f.r.uniform(-spread, spread), 6), round(p.lon + f.r.uniform(-spread, spread), 6)


# -- free text --------------------------------------------------------------------------------------


def support_text(f: Fake) -> str:
    p = me(f)
    return f.pick(
        [
            f"Hi, I was charged twice for the same session, please call me on {p.phone}",
            f"Can you send the invoice to {p.email} instead of my work address?",
            f"Charger at the Rewe car park is broken again. Reach me at {p.phone}",
            f"Bitte rufen Sie mich zurück unter {p.phone}, danke",
            f"Graag terugbellen op {p.phone}, mijn pas werkt niet",
            f"Kan dere sende kvitteringen til {p.email}?",
            f"please update my login email to {p.email}",
            f"My RFID card was stolen, block it please. {p.phone}",
        ]
    )


def callback_note(f: Fake) -> str:
    return f.pick(
        [
            "Call {} when you are 10 minutes away",
            "Phone battery low, use my partner's number {}",
            "Ring meg på {} når dere er her",
            "Bitte unter {} melden, wir warten im Auto",
            "Bel {} als u er bent",
            "Car is on the shoulder past exit 14, text {}",
        ]
    ).format(phone_for(f, f.pick(["DE", "NL", "NO", "US"])))


# -- contexts -----------------------------------------------------------------------------------------

APPS = {
    "voltway": ("Voltway", "com.voltway.app", "voltway.com"),
    "parkeasy": ("ParkEasy", "nl.parkeasy.app", "parkeasy.nl"),
    "drivelink": ("DriveLink", "io.drivelink.mobile", "drivelink.io"),
}


def web_context(product: str):
    name, _, domain = APPS[product]
    pages = {
        "voltway": ["/", "/map", "/account/cards", "/shop/checkout", "/home-charging"],
        "parkeasy": ["/", "/parkeren", "/account/fines", "/permits/apply", "/en/pricing"],
        "drivelink": ["/", "/login", "/garage", "/service/book", "/fleet"],
    }[product]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.70.0", "npm:next-1.74.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.google.de/",
                        "https://duckduckgo.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "", "?utm_source=newsletter&utm_medium=email", "?lang=en", "?ref=app"])
            ),
            "title": G(
                lambda f: f.pick([f"{name}", f"{name} | Account", f"{name} – Pricing", f"Checkout · {name}"])
            ),
            "url": G(lambda f: f"https://www.{domain}" + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["122", "123", "8", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "nb-NO", "en-US", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "Europe/Oslo", "America/Denver"])
        ),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_ev_promo", "black_friday_2024", "fleet_q3", "winter_tyres"])),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "linkedin"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "display"])),
            "term": G(
                lambda f: f.pick(
                    ["ev charging berlin", "parkeren amsterdam", "wallbox kaufen", "ladestasjon"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_a", "textlink", "banner_300x250"])),
        },
    }


UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
]


def app_block(product: str, versions: list[str]):
    name, namespace, _ = APPS[product]
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(versions)),
        "build": G(lambda f: f.pick(["4512", "4530", "4601", "4622"])),
        "namespace": G(lambda f: namespace),
    }


def traits_block():
    return {
        "email": Y(lambda f: me(f).email, "email"),
        "firstName": Y(lambda f: me(f).first, "name"),
        "lastName": Y(lambda f: me(f).last, "name"),
        "plan": G(
            lambda f: f.pick(["Voltway Flex", "Voltway Plus", "ParkEasy Pro", "free", "DriveLink Connect"])
        ),
    }


def swift_context(product: str):
    return {
        "app": app_block(product, ["4.12.0", "4.13.2", "5.0.1"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone13,3"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "nb-NO", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "Europe/Oslo", "America/Los_Angeles"])
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": traits_block(),
    }


def kotlin_context(product: str):
    return {
        "app": app_block(product, ["4.12.0", "4.13.1", "5.0.0"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "CPH2581", "2311DRK48G"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "OP5913L1", "aurora"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "nl-NL", "nb-NO", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Amsterdam", "Europe/Oslo", "America/Chicago"])
        ),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Pro Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2581 Build/TP1A.220905.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: me(f).email, "email")},
    }


def rn_context(product: str):
    return {
        "app": app_block(product, ["3.22.0", "3.23.1", "3.24.0"]),
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.3", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(["nl-NL", "en-NL", "de-DE", "nb-NO", "en-US"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 896])),
            "width": G(lambda f: f.pick([390, 412, 414])),
        },
        "timezone": G(
            lambda f: f.pick(["Europe/Amsterdam", "Europe/Berlin", "Europe/Oslo", "America/New_York"])
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": traits_block(),
    }


def flutter_context(product: str):
    return {
        "app": app_block(product, ["2.8.0", "2.9.1", "3.0.0"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-S921B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["de_DE", "nb_NO", "nl_NL", "en_US"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"height": G(lambda f: f.pick([852, 915])), "width": G(lambda f: f.pick([393, 412]))},
        "timezone": G(
            lambda f: f.pick(["Europe/Berlin", "Europe/Oslo", "Europe/Amsterdam", "America/Denver"])
        ),
        "location": {
            "latitude": Y(lambda f: near(f, 0.03)[0], "geolocation"),
            "longitude": Y(lambda f: near(f, 0.03)[1], "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 33), 1)),
        },
        "traits": traits_block(),
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3", "2.0.0"]),
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "1.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0", "2.3.1"]),
}


def server_context(client: str, product: str):
    lib, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "python", "php", "dotnet"):
        # user-facing backends forward the caller's request
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick([*UAS, "okhttp/4.12.0", "DriveLink/5.0.1 CFNetwork/1494.0.7 Darwin/23.4.0"])
        )
        ctx["locale"] = G(lambda f: f.pick(["de-DE", "nl-NL", "nb-NO", "en-US"]))
    if client in ("node", "python"):
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: me(f).email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if client in ("go", "java", "ruby"):
        ctx["groupId"] = G(lambda f: f.pick(["acct_", "fleet_", "org_"]) + f.digits(6))
    if client == "dotnet":
        ctx["traits"] = {"email": Y(lambda f: me(f).email, "email")}
    return ctx


def context_for(client: str, product: str):
    if client == "web":
        return web_context(product)
    if client == "swift":
        return swift_context(product)
    if client == "kotlin":
        return kotlin_context(product)
    if client == "rn":
        return rn_context(product)
    if client == "flutter":
        return flutter_context(product)
    return server_context(client, product)


# -- shared shapes ------------------------------------------------------------------------------------

CHARGER_SITES = [
    ("Voltway Hub Berlin-Adlershof", "Rudower Chaussee 17", "12489", "Berlin", "DE", 52.4301, 13.5302),
    ("Voltway Schiphol P3", "Handelskade 60", "1118 AK", "Schiphol", "NL", 52.3081, 4.7642),
    ("Voltway Lade Gardermoen", "Hans Gaarders veg 2", "2060", "Gardermoen", "NO", 60.1939, 11.1004),
    ("Voltway München Nord", "Ingolstädter Str. 210", "80939", "München", "DE", 48.2111, 11.5872),
    ("Voltway Utrecht Papendorp", "Papendorpseweg 100", "3528 BJ", "Utrecht", "NL", 52.0712, 5.0856),
    ("Voltway Bergen Lagunen", "Laguneveien 1", "5239", "Rådal", "NO", 60.2967, 5.3273),
]
GARAGES = [
    "Q-Park Museumplein",
    "ParkEasy Centraal",
    "P+R Zeeburg",
    "Garage Stadhouderskade",
    "ParkEasy Alexanderplatz",
    "Vulkan P-hus",
    "Pike Place Garage",
    "ParkEasy Domplein",
]
PARTNERS = ["Ionity", "Fastned", "Shell Recharge", "Allego", "EnBW mobility+", "Mer", "Tesla", "ChargePoint"]
DEALERS = [
    ("Autohaus König Berlin", "Berlin", "+49 30 6397 1100"),
    ("Bilia Økern", "Oslo", "+47 22 08 40 00"),
    ("Stern Auto Utrecht", "Utrecht", "030 245 8800"),
    ("Emerald City Motors", "Seattle", "(206) 340-2200"),
    ("Autohaus Gerstenberg", "Leipzig", "0341 868 2300"),
]
MAKES = [
    ("Volkswagen", "ID.4"),
    ("Tesla", "Model Y"),
    ("BMW", "iX3"),
    ("Volvo", "EX30"),
    ("Hyundai", "Ioniq 5"),
    ("Polestar", "2"),
    ("Mercedes-Benz", "EQA"),
    ("Renault", "Mégane E-Tech"),
]


def site(i: int):
    return lambda f: f.site[i]  # one public site per message


def station_block():
    return {
        "id": G(lambda f: "loc_" + f.digits(6)),
        "name": G(site(0)),
        "address": G(site(1)),
        "postalCode": G(site(2)),
        "city": G(site(3)),
        "country": G(site(4)),
        "latitude": G(lambda f: round(f.site[5] + f.r.uniform(-0.001, 0.001), 6)),
        "longitude": G(lambda f: round(f.site[6] + f.r.uniform(-0.001, 0.001), 6)),
        "operator": G(lambda f: f.pick(["Voltway", "Voltway", "Ionity", "Fastned"])),
    }


def product_item():
    return {
        "product_id": G(lambda f: f.pick(["prd_", "p"]) + f.digits(6)),
        "sku": G(
            lambda f: f.pick(
                ["VW-HOME11-BLK", "VW-HOME22-WHT", "CBL-T2-5M", "CBL-T2-7M", "RFID-FOB-2PK", "HOLSTER-T2"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Voltway Home 11 kW",
                    "Voltway Home 22 kW",
                    "Type 2 Cable 5 m",
                    "Type 2 Cable 7 m",
                    "RFID Key Fob (2 pack)",
                    "Wall Holster",
                ]
            )
        ),
        "brand": G(lambda f: "Voltway"),
        "category": G(lambda f: f.pick(["Wallboxes", "Cables", "Accessories"])),
        "price": G(lambda f: money(f, 19, 1299)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def vehicle_block():
    return {
        "make": G(lambda f: f.pick(MAKES)[0]),
        "model": G(lambda f: f.pick(MAKES)[1]),
        "color": G(lambda f: f.pick(["white", "black", "grey", "blue", "red"])),
    }


def bools():
    return G(lambda f: f.pick([True, False]))


# -- events -------------------------------------------------------------------------------------------
# (kind, event, product, clients, body)

VOLTWAY = [
    (
        "identify",
        None,
        "voltway",
        ["swift", "kotlin", "web"],
        {
            "email": Y(lambda f: me(f).email, "email"),
            "firstName": Y(lambda f: me(f).first, "name"),
            "lastName": Y(lambda f: me(f).last, "name"),
            "phone": Y(lambda f: me(f).phone, "phone"),
            "address": {
                "street": Y(lambda f: me(f).line1(), "street|address"),
                "postalCode": Y(lambda f: me(f).postcode, "zipcode"),
                "city": Y(lambda f: me(f).city, "city"),
                "country": G(lambda f: me(f).cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["Voltway Flex", "Voltway Plus", "Voltway Business"])),
            "emailVerified": bools(),
            "phoneVerified": bools(),
            "rfidCardCount": G(lambda f: f.r.randint(0, 3)),
            "vehicleMake": G(lambda f: f.pick(MAKES)[0]),
            "vehicleModel": G(lambda f: f.pick(MAKES)[1]),
        },
    ),
    (
        "track",
        "Charging Session Started",
        "voltway",
        ["swift", "kotlin"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "evseId": G(evse_id),
            "connectorId": G(lambda f: f.r.randint(1, 4)),
            "connectorType": G(lambda f: f.pick(["CCS", "Type2", "CHAdeMO"])),
            "chargePointId": G(charge_point),
            "station": station_block(),
            "authMethod": G(lambda f: f.pick(["app", "rfid", "plug_and_charge", "qr"])),
            "pricePerKwh": G(lambda f: f.pick([0.49, 0.59, 0.69, 0.79])),
            "currency": G(lambda f: f.pick(["EUR", "NOK"])),
            "vehicle": {
                "vin": Y(lambda f: vin(f), "serial|vin"),
                "plate": Y(lambda f: me(f).plate, "license plate|license"),
                **vehicle_block(),
            },
        },
    ),
    (
        "track",
        "Charging Session Stopped",
        "voltway",
        ["swift", "kotlin"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "durationSeconds": G(lambda f: f.r.randint(600, 14000)),
            "energyKwh": G(lambda f: round(f.r.uniform(4, 80), 3)),
            "stopReason": G(
                lambda f: f.pick(["user_app", "ev_disconnected", "soc_limit", "remote", "local"])
            ),
            "cost": {
                "amount": G(lambda f: money(f, 3, 60)),
                "currency": G(lambda f: f.pick(["EUR", "NOK"])),
            },
            "socEnd": G(lambda f: f.r.randint(60, 100)),
        },
    ),
    (
        "track",
        "OCPP StartTransaction Received",
        "voltway",
        ["java"],
        {
            "chargeBoxId": G(charge_point),
            "connectorId": G(lambda f: f.r.randint(1, 2)),
            "idTag": RED(rfid_uid, "token"),
            "meterStart": G(lambda f: f.r.randint(100000, 9000000)),
            "timestamp": G(lambda f: f.iso()),
            "transactionId": G(lambda f: f.r.randint(100000, 999999)),
            "idTagInfo": {
                "status": G(lambda f: f.pick(["Accepted", "Blocked", "Expired", "Invalid"])),
                "expiryDate": G(lambda f: f.iso()),
                "parentIdTag": G(lambda f: "GRP-" + f.digits(6)),
            },
        },
    ),
    (
        "track",
        "RFID Card Ordered",
        "voltway",
        ["web", "swift"],
        {
            "orderId": G(lambda f: "VW-" + f.digits(8)),
            "cardType": G(lambda f: f.pick(["card", "keyfob"])),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "price": G(lambda f: f.pick([0, 4.99, 9.99])),
            "printedName": Y(lambda f: me(f).name.upper(), "name"),
            "shippingAddress": {
                "name": Y(lambda f: me(f).name, "name"),
                "line1": Y(lambda f: me(f).line1(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(
                        ["c/o " + other(f).name, "2. OG links", "3 hoog", "Apt " + str(f.r.randint(1, 40))]
                    ),
                    "address",
                ),
                "postalCode": Y(lambda f: me(f).postcode, "zipcode"),
                "city": Y(lambda f: me(f).city, "city"),
                "country": G(lambda f: me(f).cc),
            },
        },
    ),
    (
        "track",
        "RFID Card Activated",
        "voltway",
        ["swift", "kotlin"],
        {
            "cardId": G(lambda f: f.uuid()),
            "visualNumber": G(lambda f: f"VLW-{f.digits(4)}-{f.digits(4)}-{f.r.randint(0, 9)}"),
            "uid": RED(rfid_uid, "token"),
            "emaid": G(emaid),
            "activatedVia": G(lambda f: f.pick(["nfc_scan", "manual_entry", "qr"])),
            "isReplacement": bools(),
        },
    ),
    (
        "track",
        "Roaming Authorization Requested",
        "voltway",
        ["go"],
        {
            "OperatorID": G(lambda f: f.pick(["DE*ION", "NL*FAS", "DE*SHL", "NO*MER"])),
            "EvseID": G(evse_id),
            "SessionID": G(lambda f: f.uuid()),
            "ProviderID": G(lambda f: f.pick(["DE-VLW", "NL-VLW", "NO-VLW"])),
            "Identification": {
                "RFIDMifareFamilyIdentification": {"UID": RED(rfid_uid, "token")},
            },
            "AuthorizationStatus": G(lambda f: f.pick(["Authorized", "NotAuthorized"])),
            "RoamingPartner": G(lambda f: f.pick(PARTNERS)),
            "StatusCode": {
                "Code": G(lambda f: f.pick(["000", "102", "210"])),
                "Description": G(
                    lambda f: f.pick(
                        ["Success", "RFID Authentication failed - invalid UID", "No valid contract"]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Roaming CDR Received",
        "voltway",
        ["node"],
        {
            "country_code": G(lambda f: f.pick(["DE", "NL", "NO"])),
            "party_id": G(lambda f: f.pick(["ION", "FAS", "SHL", "MER"])),
            "id": G(lambda f: "CDR" + f.digits(10)),
            "start_date_time": G(lambda f: f.iso()),
            "end_date_time": G(lambda f: f.iso()),
            "cdr_token": {
                "uid": RED(rfid_uid, "token"),
                "type": G(lambda f: f.pick(["RFID", "APP_USER"])),
                "contract_id": G(emaid),
            },
            "cdr_location": {
                "id": G(lambda f: "LOC" + f.digits(5)),
                "name": G(
                    lambda f: f.pick(
                        [
                            "Ionity Hamburg-Stillhorn",
                            "Fastned Bodegraven",
                            "Mer Lillestrøm",
                            "Shell Recharge A9",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        ["Stillhorner Weg 40", "Rijksweg A12 3", "Storgata 30", "Raststätte Fürholzen West"]
                    )
                ),
                "city": G(lambda f: f.pick(["Hamburg", "Bodegraven", "Lillestrøm", "Neufahrn"])),
                "postal_code": G(lambda f: f.pick(["21109", "2411 NZ", "2000", "85376"])),
                "country": G(lambda f: f.pick(["DEU", "NLD", "NOR"])),
                "coordinates": {
                    "latitude": G(lambda f: f.pick(["53.468210", "52.072010", "59.955600", "48.338900"])),
                    "longitude": G(lambda f: f.pick(["10.012370", "4.746500", "11.049900", "11.620400"])),
                },
                "evse_id": G(evse_id),
                "connector_standard": G(lambda f: f.pick(["IEC_62196_T2_COMBO", "IEC_62196_T2"])),
            },
            "currency": G(lambda f: f.pick(["EUR", "NOK"])),
            "total_cost": {
                "excl_vat": G(lambda f: remember(f, "excl", money(f, 5, 60))),
                "incl_vat": G(lambda f: round(f.mem["excl"] * f.pick([1.19, 1.21, 1.25]), 2)),
            },
            "total_energy": G(lambda f: round(f.r.uniform(5, 90), 2)),
        },
    ),
    (
        "track",
        "Roaming Credentials Rotated",
        "voltway",
        ["go"],
        {
            "partner": G(lambda f: f.pick(PARTNERS)),
            "party_id": G(lambda f: f.pick(["ION", "FAS", "SHL", "MER"])),
            "role": G(lambda f: f.pick(["CPO", "EMSP"])),
            "token_c": RED(lambda f: f.uuid(), "token"),
            "versions_url": G(
                lambda f: f.pick(
                    [
                        "https://ocpi.ionity.eu/versions",
                        "https://ocpi.fastned.nl/versions",
                        "https://api.mer.eco/ocpi/versions",
                    ]
                )
            ),
            "rotatedBy": Y(
                lambda f: (
                    f.pick(["k.", "m.", "s."])
                    + ascii_fold(anyone(f).last).lower().replace(" ", "")
                    + "@voltway.com"
                ),
                "email",
                True,
            ),
            "rotated_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "voltway",
        ["node"],
        {
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "payment_method": {
                "id": G(lambda f: "pm_" + f.hexid(24)),
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "country": G(lambda f: me(f).cc),
                    "fingerprint": G(
                        lambda f: "".join(
                            f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                            for _ in range(16)
                        )
                    ),
                },
                "billing_details": {
                    "name": Y(lambda f: me(f).name, "name"),
                    "email": Y(lambda f: me(f).email, "email"),
                    "phone": Y(lambda f: me(f).phone, "phone"),
                    "address": {
                        "line1": Y(lambda f: me(f).line1(), "address|street"),
                        "city": Y(lambda f: me(f).city, "city"),
                        "postal_code": Y(lambda f: me(f).postcode, "zipcode"),
                        "state": G(lambda f: me(f).state or ""),
                        "country": G(lambda f: me(f).cc),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Card Payment Failed",
        "voltway",
        ["kotlin", "swift"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "declineCode": G(
                lambda f: f.pick(
                    ["insufficient_funds", "expired_card", "do_not_honor", "authentication_required"]
                )
            ),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBin": G(lambda f: f.pick(["535522", "424242", "459140", "518791"])),
            "amount": G(lambda f: money(f, 3, 60)),
            "currency": G(lambda f: f.pick(["EUR", "NOK"])),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        "voltway",
        ["node"],
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "mandate_reference": G(lambda f: "VLW-" + f.digits(9)),
            "iban": RED(lambda f: iban(f, f.pick(["DE", "NL"])), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "INGBNL2A", "RABONL2U", "DEUTDEDBBER", "BYLADEM1001"])),
            "account_holder": Y(lambda f: me(f).name, "name"),
            "creditor_id": G(lambda f: "DE98ZZZ0" + f.digits(10)),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payout Method Added",
        "voltway",
        ["python"],
        {
            "host_id": G(lambda f: "host_" + f.digits(6)),
            "programme": G(lambda f: "Plug&Share"),
            "instrument": {
                "type": G(lambda f: "sepa_credit_transfer"),
                "value": RED(lambda f: iban(f), "bank account", True),
                "currency": G(lambda f: f.pick(["EUR", "NOK"])),
            },
        },
    ),
    (
        "track",
        "Home Charger Installation Requested",
        "voltway",
        ["web"],
        {
            "installationId": G(lambda f: f.uuid()),
            "chargerModel": G(lambda f: f.pick(["Voltway Home 11", "Voltway Home 22", "Voltway Home Pro"])),
            "installAddress": {
                "street": Y(lambda f: me(f).street, "street|address"),
                "houseNumber": Y(lambda f: me(f).house, "address"),
                "postalCode": Y(lambda f: me(f).postcode, "zipcode"),
                "city": Y(lambda f: me(f).city, "city"),
                "country": G(lambda f: me(f).cc),
            },
            "propertyType": G(
                lambda f: f.pick(["detached_house", "terraced_house", "apartment", "business"])
            ),
            "parkingType": G(lambda f: f.pick(["driveway", "garage", "carport", "shared_underground"])),
            "distanceToPanelMeters": G(lambda f: f.r.randint(2, 40)),
            "contact": {
                "name": Y(lambda f: me(f).name, "name"),
                "phone": Y(lambda f: me(f).phone, "phone"),
                "email": Y(lambda f: me(f).email, "email"),
            },
            "panelPhotos": Many(G(lambda f: f"https://uploads.voltway.com/install/{f.uuid()}.jpg"), 3),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Garage is behind the house, gate code will be sent later",
                        "Fuse box is in the basement",
                        "Please avoid Mondays",
                        "",
                        "Tiefgarage, Stellplatz 14",
                        "Parkeerplaats achter het huis",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Installation Appointment Scheduled",
        "voltway",
        ["go"],
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(7)),
            "installation_id": G(lambda f: f.uuid()),
            "installer_company": G(
                lambda f: f.pick(
                    [
                        "Elektro Schulte GmbH",
                        "Stroomwerk B.V.",
                        "Elektroinstallatør Vik AS",
                        "BrightSpark Electric LLC",
                    ]
                )
            ),
            "technician": {
                "id": G(lambda f: "tech_" + f.digits(4)),
                "name": Y(lambda f: other(f).name, "name"),
                "phone": Y(lambda f: other(f).phone, "phone"),
            },
            "slot_start": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Wallbox Commissioned",
        "voltway",
        ["go"],
        {
            "installation_id": G(lambda f: f.uuid()),
            "wallbox_serial": Y(lambda f: "VWH" + f.digits(2) + "-" + f.digits(7), "serial"),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "firmware_version": G(lambda f: f.pick(["3.4.2", "3.5.0", "3.5.1"])),
            "max_current_a": G(lambda f: f.pick([16, 32])),
            "wifi_ssid": G(
                lambda f: f.pick(
                    ["FRITZ!Box 7590 XQ", "Ziggo5G-8A1F2", "Telenor-4F2A1", "NETGEAR42", "Vodafone-B3C4"]
                )
            ),
            "wifi_password": RED(
                lambda f: "".join(
                    f.r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                    for _ in range(f.r.randint(10, 20))
                ),
                "password",
            ),
            "grid_operator": G(
                lambda f: f.pick(["Stromnetz Berlin", "Liander", "Elvia", "Stedin", "Seattle City Light"])
            ),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "voltway",
        ["swift", "kotlin"],
        {
            "member": {
                "name": Y(lambda f: other(f).name, "name"),
                "email": Y(lambda f: other(f).email, "email"),
                "phone": Y(lambda f: other(f).phone, "phone"),
                "relationship": G(lambda f: f.pick(["partner", "child", "parent", "roommate"])),
            },
            "rfidCardIssued": bools(),
            "monthlySpendingLimit": G(lambda f: f.pick([50, 100, 200, None])),
        },
    ),
    (
        "track",
        "Charger Search",
        "voltway",
        ["swift", "kotlin", "web"],
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "Alexanderplatz",
                        "Schiphol",
                        "ikea",
                        "A7 Raststätte",
                        "Gardermoen",
                        "Utrecht centraal",
                        "supercharger",
                    ]
                )
            ),
            "filters": {
                "connector": G(lambda f: f.pick(["CCS", "Type2", "any"])),
                "minPowerKw": G(lambda f: f.pick([0, 50, 150])),
                "availableOnly": bools(),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 80)),
            "userLocation": {
                "lat": Y(lambda f: near(f)[0], "geolocation"),
                "lng": Y(lambda f: near(f)[1], "geolocation"),
            },
        },
    ),
    (
        "track",
        "Charger Reviewed",
        "voltway",
        ["swift", "kotlin"],
        {
            "chargePointId": G(charge_point),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Two of four stalls broken",
                        "Fast and clean, toilets nearby",
                        "Kabel zu kurz für den ID.4",
                        "Laderen var blokkert av en bensinbil",
                        "Prima locatie, koffie bij de AH",
                        "",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Referral Sent",
        "voltway",
        ["swift", "kotlin"],
        {
            "referralCode": G(lambda f: "VOLT-" + f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp", "copy_link"])),
            "inviteeEmail": Y(lambda f: other(f).email, "email"),
            "rewardKwh": G(lambda f: f.pick([50, 100])),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "voltway",
        ["web", "swift"],
        {
            "conversationId": G(lambda f: f.digits(12)),
            "channel": G(lambda f: f.pick(["messenger", "in_app"])),
            "text": Y(support_text, "phone|email", True),
            "authorType": G(lambda f: "user"),
            "topic": G(lambda f: f.pick(["billing", "charger_fault", "card", "account"])),
        },
    ),
    (
        "track",
        "Charge Receipt Emailed",
        "voltway",
        ["go"],
        {
            "receipt_id": G(lambda f: "RCPT-" + f.digits(9)),
            "session_id": G(lambda f: f.uuid()),
            "email": Y(lambda f: me(f).email, "email"),
            "amount": G(lambda f: money(f, 3, 60)),
            "kwh": G(lambda f: round(f.r.uniform(4, 80), 2)),
            "template": G(
                lambda f: f.pick(["receipt_v3_de", "receipt_v3_nl", "receipt_v3_no", "receipt_v3_en"])
            ),
        },
    ),
    (
        "group",
        None,
        "voltway",
        ["node"],
        {
            "accountName": G(
                lambda f: f.pick(
                    [
                        "Stadtwerke Logistik GmbH",
                        "PostNL Fleet",
                        "Tine SA",
                        "Bakkerij de Graaf B.V.",
                        "Rainier Plumbing LLC",
                    ]
                )
            ),
            "plan": G(lambda f: f.pick(["Fleet Basic", "Fleet Pro"])),
            "fleetSize": G(lambda f: f.r.randint(3, 400)),
            "vatId": G(lambda f: f.pick(["DE", "NL", "NO"]) + f.digits(9)),
            "billingAddress": {
                "street": G(
                    lambda f: f.pick(
                        ["Industriestraße 4", "Prinses Beatrixlaan 23", "Lakkegata 23", "Westlake Ave N 400"]
                    )
                ),
                "city": G(lambda f: f.pick(["Leipzig", "Den Haag", "Oslo", "Seattle"])),
            },
            "contactPerson": {
                "name": Y(lambda f: other(f).name, "name"),
                "email": Y(lambda f: other(f).email, "email"),
                "phone": Y(lambda f: other(f).phone, "phone"),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Fleet Driver Added",
        "voltway",
        ["node"],
        {
            "driver": {
                "first_name": Y(lambda f: other(f).first, "name"),
                "last_name": Y(lambda f: other(f).last, "name"),
                "email": Y(lambda f: other(f).email, "email"),
                "mobile": Y(lambda f: other(f).phone, "phone"),
                "license_number": Y(lambda f: dl_number(f), "license"),
                "employee_number": G(lambda f: "E" + f.digits(5)),
                "cost_center": G(lambda f: f.pick(["CC-4100", "CC-4200", "Sales", "Service"])),
            },
            "card_limit_eur": G(lambda f: f.pick([150, 300, 500])),
            "rfid_visual_number": G(lambda f: f"VLW-{f.digits(4)}-{f.digits(4)}-{f.r.randint(0, 9)}"),
            "home_charging_reimbursed": bools(),
        },
    ),
    (
        "track",
        "Invoice Generated",
        "voltway",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: "INV-2024-" + f.digits(6)),
            "CustomerNumber": G(lambda f: f.digits(8)),
            "Amount": G(lambda f: money(f, 40, 9000)),
            "VatAmount": G(lambda f: money(f, 8, 1700)),
            "Currency": G(lambda f: f.pick(["EUR", "NOK"])),
            "VatId": G(lambda f: f.pick(["DE", "NL"]) + f.digits(9)),
            "BillingContact": {
                "FullName": Y(lambda f: other(f).name, "name"),
                "Email": Y(lambda f: other(f).email, "email"),
                "Phone": Y(lambda f: other(f).phone, "phone"),
            },
            "DueDate": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Products Searched",
        "voltway",
        ["web"],
        {"query": G(lambda f: f.pick(["wallbox", "type 2 kabel", "11kw", "laadkabel", "holster"]))},
    ),
    (
        "track",
        "Order Completed",
        "voltway",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "SO" + f.digits(8)),
            "total": G(lambda f: money(f, 19, 1500)),
            "shipping": G(lambda f: f.pick([0, 4.95, 9.9])),
            "tax": G(lambda f: money(f, 3, 250)),
            "coupon": G(lambda f: f.pick(["", "WALLBOX50", "WELCOME10"])),
            "currency": G(lambda f: f.pick(["EUR", "NOK", "USD"])),
            "products": Many(product_item(), 3),
        },
    ),
    (
        "page",
        None,
        "voltway",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/", "/map", "/pricing", "/home-charging", "/account/cards"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.voltway.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?city=berlin"])),
            "title": G(lambda f: f.pick(["Voltway", "Voltway – Pricing", "Home charging | Voltway"])),
            "url": G(lambda f: "https://www.voltway.com" + f.pick(["/", "/map", "/pricing"])),
        },
    ),
    (
        "screen",
        None,
        "voltway",
        ["swift", "kotlin"],
        {
            "screen_name": G(lambda f: f.pick(["Map", "Charger Details", "Session", "Wallet"])),
            "chargePointId": G(charge_point),
            "fromScreen": G(lambda f: f.pick(["Map", "Search", "Favourites"])),
        },
    ),
    ("alias", None, "voltway", ["swift", "kotlin"], {}),
]

PARKEASY = [
    (
        "identify",
        None,
        "parkeasy",
        ["rn"],
        {
            "email": Y(lambda f: me(f).email, "email"),
            "name": Y(lambda f: me(f).name, "name"),
            "phone": Y(lambda f: me(f).phone, "phone"),
            "plates": Many(Y(lambda f: plate_for(f, me(f).cc), "license plate|license"), 3),
            "defaultPaymentMethod": G(lambda f: f.pick(["ideal", "card", "paypal", "invoice", "vipps"])),
            "createdAt": G(lambda f: f.iso()),
            "country": G(lambda f: me(f).cc),
        },
    ),
    (
        "track",
        "Vehicle Added",
        "parkeasy",
        ["rn"],
        {
            "plate": Y(lambda f: me(f).plate, "license plate|license"),
            "plateCountry": G(lambda f: me(f).cc),
            "vehicle": {
                **vehicle_block(),
                "nickname": G(
                    lambda f: f.pick(["Family car", "De Blauwe", "Work van", "Tesla", "Elbilen", "Moby"])
                ),
            },
            "isElectric": bools(),
        },
    ),
    (
        "track",
        "Parking Session Started",
        "parkeasy",
        ["rn"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "zoneCode": G(lambda f: f.pick(["1203", "AMS-C12", "363", "UTR-04", "OSL-2231", "SEA-117"])),
            "zoneName": G(
                lambda f: f.pick(
                    ["Centrum Noord", "Oud-West", "Grünerløkka", "Prenzlauer Berg", "Capitol Hill"]
                )
            ),
            "city": G(lambda f: f.pick(["Amsterdam", "Utrecht", "Oslo", "Berlin", "Seattle"])),
            "plate": Y(lambda f: me(f).plate, "license plate|license"),
            "startTime": G(lambda f: f.iso()),
            "ratePerHour": G(lambda f: f.pick([2.1, 4.5, 7.5, 3.0, 49.0])),
            "currency": G(lambda f: f.pick(["EUR", "NOK", "USD"])),
            "position": {
                "latitude": Y(lambda f: near(f)[0], "geolocation"),
                "longitude": Y(lambda f: near(f)[1], "geolocation"),
                "accuracy": G(lambda f: f.r.randint(3, 40)),
            },
        },
    ),
    (
        "track",
        "Parking Session Ended",
        "parkeasy",
        ["rn"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "durationMinutes": G(lambda f: f.r.randint(5, 600)),
            "amount": G(lambda f: money(f, 0.5, 40)),
            "currency": G(lambda f: f.pick(["EUR", "NOK", "USD"])),
            "paymentMethod": G(lambda f: f.pick(["ideal", "card", "paypal", "vipps"])),
        },
    ),
    (
        "track",
        "Receipt Requested",
        "parkeasy",
        ["rn"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["pdf", "ubl"])),
            "sendTo": Y(lambda f: f.pick([me(f).email, other(f).email]), "email", True),
            "forExpenses": bools(),
        },
    ),
    (
        "track",
        "Parking Session Extended",
        "parkeasy",
        ["dotnet"],
        {
            "SessionId": G(lambda f: f.uuid()),
            "LicensePlate": Y(lambda f: me(f).plate, "license plate|license"),
            "ExtendedByMinutes": G(lambda f: f.pick([15, 30, 60, 120])),
            "NewEndTime": G(lambda f: f.iso()),
            "Amount": G(lambda f: money(f, 0.5, 12)),
            "Currency": G(lambda f: f.pick(["EUR", "USD"])),
            "CustomerId": G(lambda f: f.r.randint(1000000, 9999999)),
            "CustomerEmail": Y(lambda f: me(f).email, "email"),
        },
    ),
    (
        "track",
        "Permit Application Submitted",
        "parkeasy",
        ["dotnet"],
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "PermitType": G(lambda f: f.pick(["Resident", "Visitor", "Business", "Contractor"])),
            "Applicant": {
                "FirstName": Y(lambda f: me(f).first, "name"),
                "LastName": Y(lambda f: me(f).last, "name"),
                "DateOfBirth": Y(lambda f: me(f).dob, "birthdate"),
                "Email": Y(lambda f: me(f).email, "email"),
                "Phone": Y(lambda f: me(f).phone, "phone"),
                "Address": {
                    "Street": Y(lambda f: me(f).line1(), "street|address"),
                    "PostalCode": Y(lambda f: me(f).postcode, "zipcode"),
                    "City": Y(lambda f: me(f).city, "city"),
                    "State": G(lambda f: me(f).state or ""),
                },
            },
            "Vehicles": Many(
                {
                    "LicensePlate": Y(lambda f: plate_for(f, me(f).cc), "license plate|license"),
                    "IsElectric": bools(),
                },
                2,
            ),
            "HasDisabledBadge": RED(lambda f: f.pick([True, False]), "disability"),
            "VeteranDiscount": RED(lambda f: f.pick([True, False]), "veteran"),
            "Zone": G(lambda f: f.pick(["Zone 4", "Zone 12", "RPZ 7", "Capitol Hill Zone 4"])),
            "ValidFrom": G(lambda f: f.date(2024, 2025)),
            "Fee": G(lambda f: f.pick([65, 95, 195, 450])),
        },
    ),
    (
        "track",
        "Parkeervergunning Aangevraagd",
        "parkeasy",
        ["php"],
        {
            "aanvraagId": G(lambda f: f.digits(9)),
            "vergunningType": G(lambda f: f.pick(["bewoner", "bezoeker", "bedrijf", "mantelzorg"])),
            "kenteken": Y(lambda f: plate_for(f, "NL"), "license plate|license"),
            "bsn": RED(bsn, "national id"),
            "voorletters": Y(
                lambda f: ".".join(c for c in anyone(f).first[:1] + f.pick(["", "J", "M", "A"])) + ".", "name"
            ),
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der", "van den", "ter", "el"]), "name"),
            "achternaam": Y(
                lambda f: f.pick(["Vries", "Berg", "Jansen", "Bakker", "Amrani", "Visser", "Ramdin"]), "name"
            ),
            "straatnaam": Y(lambda f: f.pick(STREETS["NL"]), "street|address"),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 300)), "address"),
            "postcode": Y(lambda f: postcode_for(f, "NL"), "zipcode"),
            "woonplaats": Y(lambda f: f.pick(CITIES["NL"])[0], "city"),
            "telefoonnummer": Y(lambda f: phone_for(f, "NL"), "phone"),
            "emailadres": Y(lambda f: Person(f, "NL").email, "email"),
            "geboortedatum": Y(lambda f: "-".join(reversed(f.date(1940, 2004).split("-"))), "birthdate"),
            "gehandicaptenparkeerkaart": RED(lambda f: f.pick([True, False]), "disability"),
            "aantalAutos": G(lambda f: f.r.randint(1, 2)),
            "parkeergebied": G(lambda f: f.pick(["West-1", "Centrum-3", "Zuid-2", "Oost-5"])),
            "kosten": G(lambda f: f.pick([31.5, 75.0, 174.34, 0])),
        },
    ),
    (
        "track",
        "Beboerparkering Søknad Sendt",
        "parkeasy",
        ["go"],
        {
            "søknadsId": G(lambda f: "BP-" + f.digits(7)),
            "fødselsnummer": RED(fnr, "national id"),
            "fornavn": Y(lambda f: f.pick(FIRST["NO"]), "name"),
            "etternavn": Y(lambda f: f.pick(LAST["NO"]), "name"),
            "adresse": Y(lambda f: Person(f, "NO").line1(), "address|street"),
            "postnummer": Y(lambda f: postcode_for(f, "NO"), "zipcode"),
            "poststed": Y(lambda f: f.pick(CITIES["NO"])[0], "city"),
            "mobil": Y(lambda f: phone_for(f, "NO"), "phone"),
            "epost": Y(lambda f: Person(f, "NO").email, "email"),
            "registreringsnummer": Y(lambda f: plate_for(f, "NO"), "license plate|license"),
            "sone": G(lambda f: f"Sone {f.r.randint(1, 12)}"),
            "elbil": bools(),
            "pris": G(lambda f: f.pick([3780, 4500, 6600])),
        },
    ),
    (
        "track",
        "Parking Fine Issued",
        "parkeasy",
        ["ruby", "dotnet"],
        {
            "fine_id": G(lambda f: f.uuid()),
            "citation_number": G(lambda f: f.pick(["SEA", "AMS", "OSL"]) + f.digits(9)),
            "plate": Y(lambda f: me(f).plate, "license plate|license"),
            "plate_state": G(lambda f: me(f).state or me(f).cc),
            "violation_code": G(lambda f: f.pick(["11.72.010", "R397", "P05", "EXPIRED_METER", "NO_PERMIT"])),
            "amount": G(lambda f: f.pick([47, 63, 95, 700, 1200])),
            "currency": G(lambda f: f.pick(["USD", "EUR", "NOK"])),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "officer": {
                "badge_number": G(lambda f: f.digits(5)),
                "name": Y(lambda f: other(f).name, "name"),
            },
            "registered_owner": {
                "name": Y(lambda f: me(f).name, "name"),
                "address": Y(lambda f: me(f).one_line(), "address"),
            },
            "violation_lat": Y(lambda f: near(f, 0.02)[0], "geolocation"),
            "violation_lng": Y(lambda f: near(f, 0.02)[1], "geolocation"),
            "vehicle_make": G(lambda f: f.pick(MAKES)[0]),
        },
    ),
    (
        "track",
        "Fine Appeal Submitted",
        "parkeasy",
        ["web"],
        {
            "fineId": G(lambda f: f.uuid()),
            "reason": G(
                lambda f: f.pick(["paid_but_not_registered", "sign_not_visible", "loading", "app_error"])
            ),
            "statement": G(
                lambda f: f.pick(
                    [
                        "The app crashed when I tried to extend the session.",
                        "The sign was covered by a tree.",
                        "Ik was aan het laden en lossen, minder dan 5 minuten.",
                        "Ich hatte ein gültiges Ticket.",
                        "Betalingen gikk gjennom, se vedlagt kvittering.",
                    ]
                )
            ),
            "hasEvidence": bools(),
            "contactPreference": G(lambda f: f.pick(["email", "post", "phone"])),
        },
    ),
    (
        "track",
        "Fine Paid",
        "parkeasy",
        ["web"],
        {
            "pspReference": G(lambda f: f.digits(16)),
            "merchantReference": G(lambda f: "FINE-" + f.digits(8)),
            "amount": {
                "value": G(lambda f: f.pick([4700, 6300, 9500])),
                "currency": G(lambda f: f.pick(["EUR", "USD"])),
            },
            "paymentMethod": {
                "type": G(lambda f: f.pick(["scheme", "ideal", "paypal"])),
                "brand": G(lambda f: f.pick(["visa", "mc", "ing", ""])),
            },
            "shopperEmail": Y(lambda f: me(f).email, "email"),
            "additionalData": {
                "cardBin": G(lambda f: f.pick(["411111", "535522", "459140"])),
                "cardSummary": G(lambda f: f.digits(4)),
                "cardHolderName": Y(lambda f: me(f).name, "name"),
                "expiryDate": G(lambda f: f"{f.r.randint(1, 12)}/{f.r.randint(2025, 2030)}"),
                "issuerCountry": G(lambda f: me(f).cc),
                "shopperIP": Y(ip, "ip"),
            },
        },
    ),
    (
        "track",
        "Garage Entry",
        "parkeasy",
        ["php"],
        {
            "garage_id": G(lambda f: f.r.randint(10, 99)),
            "garage_name": G(lambda f: f.pick(GARAGES)),
            "garage_city": G(lambda f: f.pick(["Amsterdam", "Berlin", "Oslo", "Seattle", "Utrecht"])),
            "plate_read": Y(lambda f: me(f).plate.replace("-", "").replace(" ", ""), "license plate|license"),
            "entry_time": G(lambda f: f.iso()),
            "ticket_number": G(lambda f: f.digits(12)),
            "season_pass": bools(),
        },
    ),
    (
        "track",
        "Garage Exit",
        "parkeasy",
        ["php"],
        {
            "garage_id": G(lambda f: f.r.randint(10, 99)),
            "ticket_number": G(lambda f: f.digits(12)),
            "plate_read": Y(lambda f: me(f).plate.replace("-", "").replace(" ", ""), "license plate|license"),
            "exit_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.r.randint(10, 900)),
            "amount_due": G(lambda f: money(f, 0, 45)),
        },
    ),
    (
        "track",
        "Season Pass Purchased",
        "parkeasy",
        ["php"],
        {
            "pass_id": G(lambda f: "SP" + f.digits(7)),
            "garage_name": G(lambda f: f.pick(GARAGES)),
            "holder_name": Y(lambda f: me(f).name, "name"),
            "holder_email": Y(lambda f: me(f).email, "email"),
            "employer": G(lambda f: f.pick(["Booking.com", "Zalando SE", "Equinor", "Amazon", "Rabobank"])),
            "registered_plates": Many(Y(lambda f: plate_for(f, me(f).cc), "license plate|license"), 2),
            "valid_until": G(lambda f: f.date(2025, 2026)),
            "price": G(lambda f: f.pick([149, 210, 2400])),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "parkeasy",
        ["web"],
        {
            "login": Y(lambda f: me(f).email, "email", True),
            "reason": G(lambda f: f.pick(["wrong_password", "unknown_account", "locked", "mfa_failed"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "rememberMe": bools(),
        },
    ),
    (
        "track",
        "Fleet Demo Requested",
        "parkeasy",
        ["web"],
        {
            "first-name": Y(lambda f: me(f).first, "name"),
            "last-name": Y(lambda f: me(f).last, "name"),
            "work-email": Y(
                lambda f: (
                    ascii_fold(me(f).first).lower()
                    + "@"
                    + f.pick(["dhl.com", "coolblue.nl", "posten.no", "bosch.com", "rei.com"])
                ),
                "email",
            ),
            "phone-number": Y(lambda f: me(f).phone, "phone"),
            "company-name": G(lambda f: f.pick(["DHL", "Coolblue", "Posten Norge", "Bosch", "REI"])),
            "fleet-size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "200+"])),
            "country": G(lambda f: me(f).cc),
            "how-did-you-hear": G(lambda f: f.pick(["search", "linkedin", "event", "colleague"])),
        },
    ),
    (
        "page",
        None,
        "parkeasy",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/", "/parkeren", "/permits/apply", "/en/pricing"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.nl/", "https://www.parkeasy.nl/"])),
            "search": G(lambda f: f.pick(["", "?lang=en", "?zone=AMS-C12"])),
            "title": G(
                lambda f: f.pick(["ParkEasy", "Parkeren in Amsterdam | ParkEasy", "Permits – ParkEasy"])
            ),
            "url": G(lambda f: "https://www.parkeasy.nl" + f.pick(["/", "/parkeren", "/en/pricing"])),
        },
    ),
    (
        "screen",
        None,
        "parkeasy",
        ["rn"],
        {
            "screen_name": G(lambda f: f.pick(["Home", "ActiveSession", "Fines", "Vehicles"])),
            "sessionActive": bools(),
        },
    ),
]

DRIVELINK = [
    (
        "identify",
        None,
        "drivelink",
        ["flutter", "swift"],
        {
            "email": Y(lambda f: me(f).email, "email"),
            "firstName": Y(lambda f: me(f).first, "name"),
            "lastName": Y(lambda f: me(f).last, "name"),
            "phone": Y(lambda f: me(f).phone, "phone"),
            "birthday": Y(lambda f: me(f).dob, "birthdate"),
            "avatarUrl": Y(lambda f: f"https://cdn.drivelink.io/avatars/{f.uuid()}.jpg", "photo"),
            "preferredDealer": G(lambda f: f.pick(DEALERS)[0]),
            "licenseClass": G(lambda f: f.pick(["B", "BE", "C1", "D"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Vehicle Linked",
        "drivelink",
        ["python"],
        {
            "vehicle": {
                "id": G(lambda f: f.uuid()),
                "vin": Y(vin, "serial|vin"),
                **{k: v for k, v in vehicle_block().items() if k != "color"},
            },
            "access_token": RED(lambda f: f.uuid(), "token"),
            "refresh_token": RED(lambda f: f.uuid(), "token"),
            "expires_in": G(lambda f: 7200),
            "permissions": Many(
                G(
                    lambda f: f.pick(
                        [
                            "read_vehicle_info",
                            "read_location",
                            "control_security",
                            "read_battery",
                            "read_odometer",
                        ]
                    )
                ),
                4,
            ),
            "provider": G(lambda f: f.pick(["smartcar", "high_mobility"])),
        },
    ),
    (
        "track",
        "Trip Completed",
        "drivelink",
        ["python"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "vin": Y(vin, "serial|vin"),
            "driver_name": Y(lambda f: f.pick([me(f).name, other(f).name]), "name"),
            "started_at": G(lambda f: f.iso()),
            "ended_at": G(lambda f: f.iso()),
            "distance_km": G(lambda f: round(f.r.uniform(1, 320), 1)),
            "energy_used_kwh": G(lambda f: round(f.r.uniform(0.5, 60), 2)),
            "harsh_braking_count": G(lambda f: f.r.randint(0, 6)),
            "eco_score": G(lambda f: f.r.randint(40, 100)),
            "start": {
                "lat": Y(lambda f: me(f).lat, "geolocation"),
                "lon": Y(lambda f: me(f).lon, "geolocation"),
            },
            "end": {
                "lat": Y(lambda f: near(f, 0.2)[0], "geolocation"),
                "lon": Y(lambda f: near(f, 0.2)[1], "geolocation"),
                "address": Y(lambda f: anyone(f).one_line(), "address"),
            },
            "polyline": Y(polyline, "geolocation"),
            "purpose": G(lambda f: f.pick(["private", "business", "commute", None])),
        },
    ),
    (
        "track",
        "Vehicle Telemetry Snapshot",
        "drivelink",
        ["go"],
        {
            "vin": Y(vin, "serial|vin"),
            "odometer_km": G(lambda f: f.r.randint(200, 180000)),
            "battery_soc": G(lambda f: f.r.randint(3, 100)),
            "charging_state": G(lambda f: f.pick(["NOT_CHARGING", "CHARGING", "FULLY_CHARGED"])),
            "doors_locked": bools(),
            "location": {
                "lat": Y(lambda f: near(f, 0.1)[0], "geolocation"),
                "lon": Y(lambda f: near(f, 0.1)[1], "geolocation"),
                "heading": G(lambda f: f.r.randint(0, 359)),
                "gps_accuracy_m": G(lambda f: f.r.randint(2, 30)),
            },
            "tcu_imei": Y(imei, "serial|imei"),
            "tcu_firmware": G(lambda f: f.pick(["TCU-4.2.118", "TCU-4.3.002", "TCU-5.0.011"])),
            "recorded_at": G(lambda f: epoch(f)),
        },
    ),
    (
        "track",
        "Remote Command Sent",
        "drivelink",
        ["swift", "kotlin", "flutter"],
        {
            "command": G(
                lambda f: f.pick(
                    ["lock", "unlock", "climate_start", "honk_flash", "charge_start", "trunk_open"]
                )
            ),
            "vehicleId": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["success", "timeout", "vehicle_asleep", "rejected"])),
            "latencyMs": G(lambda f: f.r.randint(600, 30000)),
        },
    ),
    (
        "track",
        "Remote Command Received",
        "drivelink",
        ["go"],
        {
            "command_id": G(lambda f: f.uuid()),
            "command": G(lambda f: f.pick(["lock", "unlock", "climate_start", "honk_flash"])),
            "vehicle_id": G(lambda f: f.uuid()),
            "requested_by": G(lambda f: "usr_" + f.digits(8)),
            "origin": Y(ip, "ip", True),
            "request": {
                "headers": {
                    "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "x-request-id": G(lambda f: f.uuid()),
                    "user-agent": G(
                        lambda f: f.pick(
                            [
                                "DriveLink/5.0.1 (iPhone; iOS 17.4)",
                                "DriveLink/5.0.0 (Android 14)",
                                "okhttp/4.12.0",
                            ]
                        )
                    ),
                },
            },
        },
    ),
    (
        "track",
        "Digital Key Shared",
        "drivelink",
        ["swift", "kotlin"],
        {
            "keyId": G(lambda f: f.uuid()),
            "vehicleId": G(lambda f: f.uuid()),
            "recipient": {
                "name": Y(lambda f: other(f).name, "name"),
                "phone": Y(lambda f: other(f).phone, "phone"),
                "email": Y(lambda f: other(f).email, "email"),
            },
            "permissions": G(lambda f: f.pick(["drive", "unlock_only", "valet"])),
            "validFrom": G(lambda f: f.iso()),
            "validUntil": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Digital Key Accepted",
        "drivelink",
        ["python"],
        {
            "key_id": G(lambda f: f.uuid()),
            "recipient_user_id": G(lambda f: "usr_" + f.digits(8)),
            "phone_bluetooth_address": Y(lambda f: f.mac(), "mac"),
            "ccc_key_identifier": G(lambda f: f.hexid(16)),
            "accepted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Contact Picked",
        "drivelink",
        ["flutter", "rn"],
        {
            "source": G(lambda f: f.pick(["address_book", "recent", "favourites"])),
            "label": Y(lambda f: other(f).name, "name", True),
            "hasPhone": bools(),
            "hasEmail": bools(),
            "purpose": G(lambda f: f.pick(["share_key", "share_eta", "emergency_contact"])),
        },
    ),
    (
        "track",
        "Phone Number Updated",
        "drivelink",
        ["kotlin", "flutter"],
        {
            "field": G(lambda f: "phone"),
            "value": Y(lambda f: me(f).phone, "phone", True),
            "verified": bools(),
            "previousCountryCode": G(lambda f: f.pick(["+49", "+31", "+47", "+1"])),
        },
    ),
    (
        "track",
        "Home Address Set",
        "drivelink",
        ["flutter"],
        {
            "type": G(lambda f: f.pick(["home", "home"])),
            "input": Y(lambda f: me(f).one_line(), "address", True),
            "source": G(lambda f: f.pick(["typed", "autocomplete", "map_pin"])),
            "placeId": G(
                lambda f: (
                    "ChIJ"
                    + "".join(
                        f.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                        for _ in range(23)
                    )
                )
            ),
        },
    ),
    (
        "track",
        "Navigation Started",
        "drivelink",
        ["flutter", "swift"],
        {
            "destination": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "IKEA Delft",
                            "Flughafen BER Terminal 1",
                            "Oslo S",
                            "Pike Place Market",
                            "Ionity Hamburg-Stillhorn",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Olof Palmestraat 1, 2616 LN Delft",
                            "Melli-Beese-Ring 1, 12529 Schönefeld",
                            "Jernbanetorget 1, 0154 Oslo",
                            "85 Pike St, Seattle, WA 98101",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([52.0016, 52.3646, 59.9111, 47.6097])),
                "lng": G(lambda f: f.pick([4.3779, 13.5107, 10.7528, -122.3422])),
            },
            "etaMinutes": G(lambda f: f.r.randint(4, 240)),
            "routeType": G(lambda f: f.pick(["fastest", "eco", "avoid_tolls"])),
        },
    ),
    (
        "track",
        "Service Appointment Booked",
        "drivelink",
        ["ruby"],
        {
            "booking_id": G(lambda f: "SB-" + f.digits(7)),
            "dealer": {
                "id": G(lambda f: "dlr_" + f.digits(4)),
                "name": G(lambda f: f.dealer[0]),
                "city": G(lambda f: f.dealer[1]),
                "phone": G(lambda f: f.dealer[2]),
            },
            "service_type": G(
                lambda f: f.pick(
                    ["annual_inspection", "tyre_change", "brake_check", "recall", "hv_battery_check"]
                )
            ),
            "slot": G(lambda f: f.iso()),
            "vin": Y(vin, "serial|vin"),
            "customer_phone": Y(lambda f: me(f).phone, "phone"),
            "customer_comment": G(
                lambda f: f.pick(
                    [
                        "Squeaking noise from front left brake",
                        "Winter tyres are in storage at your place",
                        "Klimaanlage riecht muffig",
                        "Ruitenwisser rechts hapert",
                        "",
                    ]
                )
            ),
            "advisor": {
                "name": Y(lambda f: other(f).name, "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(other(f).first).lower()
                        + "."
                        + ascii_fold(other(f).last).lower().replace(" ", "").replace("'", "")
                        + "@dealer-mail.com"
                    ),
                    "email",
                ),
            },
        },
    ),
    (
        "track",
        "Werkstatttermin Bestätigt",
        "drivelink",
        ["java"],
        {
            "terminId": G(lambda f: f.digits(8)),
            "kundennummer": G(lambda f: "K" + f.digits(7)),
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "vorname": Y(lambda f: f.pick(FIRST["DE"]), "name"),
            "nachname": Y(lambda f: f.pick(LAST["DE"]), "name"),
            "strasse": Y(lambda f: f.pick(STREETS["DE"]), "street|address"),
            "hausnummer": Y(lambda f: str(f.r.randint(1, 180)) + f.pick(["", "", "a"]), "address"),
            "plz": Y(lambda f: postcode_for(f, "DE"), "zipcode"),
            "ort": Y(lambda f: f.pick(CITIES["DE"])[0], "city"),
            "telefon": Y(lambda f: phone_for(f, "DE"), "phone"),
            "email": Y(lambda f: Person(f, "DE").email, "email"),
            "kennzeichen": Y(lambda f: plate_for(f, "DE"), "license plate|license"),
            "fahrgestellnummer": Y(vin, "serial|vin"),
            "werkstatt": G(
                lambda f: f.pick(["Autohaus König Berlin", "Autohaus Gerstenberg", "Autohaus Süd München"])
            ),
            "auftragsart": G(lambda f: f.pick(["Inspektion", "Reifenwechsel", "HU/AU", "Garantie"])),
            "bemerkung": G(lambda f: f.pick(["Kunde wartet", "Räder einlagern", "Rückruf 24-V-123", ""])),
        },
    ),
    (
        "track",
        "Bompassering Registrert",
        "drivelink",
        ["go"],
        {
            "passeringId": G(lambda f: f.digits(10)),
            "bomstasjon": G(
                lambda f: f.pick(
                    [
                        "Bomring Oslo – Ring 1 Festningen",
                        "Bergen Nygårdstangen",
                        "E18 Holmestrand",
                        "Trondheim Klett",
                    ]
                )
            ),
            "tidspunkt": G(lambda f: f.iso()),
            "beløp": G(lambda f: f.pick([9.0, 13.5, 22.0, 44.0])),
            "registreringsnummer": Y(lambda f: plate_for(f, "NO"), "license plate|license"),
            "elbilRabatt": bools(),
            "fritakForflytningshemmet": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Driver Profile Created",
        "drivelink",
        ["flutter"],
        {
            "profileId": G(lambda f: f.uuid()),
            "displayName": Y(lambda f: f.pick([other(f).first, other(f).name]), "name"),
            "relationship": G(lambda f: f.pick(["self", "spouse", "child", "friend"])),
            "isPrimary": bools(),
        },
    ),
    (
        "track",
        "Teen Driver Added",
        "drivelink",
        ["swift"],
        {
            "driver": {
                "firstName": Y(lambda f: f.pick(FIRST["US"]), "name"),
                "lastName": Y(lambda f: f.pick(LAST["US"]), "name"),
                "dateOfBirth": Y(lambda f: f.date(2006, 2009), "birthdate"),
                "licenseNumber": Y(lambda f: f"{f.pick('ABDFGKNSW')}{f.digits(7)}", "license"),
                "licenseState": G(lambda f: f.pick(US_STATES)),
                "licenseVerified": bools(),
            },
            "limits": {
                "maxSpeedMph": G(lambda f: f.pick([55, 65, 70])),
                "curfewStart": G(lambda f: f.pick(["22:00", "23:00"])),
            },
            "notifyParentSms": bools(),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "drivelink",
        ["kotlin"],
        {
            "contact": {
                "name": Y(lambda f: other(f).name, "name"),
                "phone": Y(lambda f: other(f).phone, "phone"),
                "email": Y(lambda f: other(f).email, "email"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
            "crashDetectionEnabled": bools(),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        "drivelink",
        ["kotlin", "swift"],
        {
            "caseId": G(lambda f: "RSA-" + f.digits(8)),
            "issue": G(
                lambda f: f.pick(["flat_tyre", "battery_empty", "locked_out", "accident", "warning_light"])
            ),
            "position": {
                "latitude": Y(lambda f: near(f, 0.3)[0], "geolocation"),
                "longitude": Y(lambda f: near(f, 0.3)[1], "geolocation"),
                "accuracy": G(lambda f: f.r.randint(3, 40)),
            },
            "note": Y(callback_note, "phone", True),
            "vehicle": vehicle_block(),
            "towRequired": bools(),
        },
    ),
    (
        "track",
        "Identity Verified",
        "drivelink",
        ["python"],
        {
            "check_id": G(lambda f: f.uuid()),
            "result": G(lambda f: f.pick(["clear", "consider"])),
            "document_type": G(lambda f: f.pick(["passport", "national_identity_card"])),
            "document_number": RED(passport_no, "passport|national id"),
            "issuing_country": G(lambda f: f.pick(["DEU", "NLD", "NOR", "USA", "POL", "TUR"])),
            "first_name": Y(lambda f: me(f).first, "name"),
            "last_name": Y(lambda f: me(f).last, "name"),
            "date_of_birth": Y(lambda f: me(f).dob, "birthdate"),
            "breakdown": {
                "data_consistency": G(lambda f: "clear"),
            },
            "purpose": G(lambda f: f.pick(["key_sharing", "car_sharing"])),
        },
    ),
    (
        "track",
        "Financing Prequalified",
        "drivelink",
        ["node"],
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant": {
                "first_name": Y(lambda f: Person(f, "US").first, "name"),
                "last_name": Y(lambda f: Person(f, "US").last, "name"),
                "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
                "dob": Y(lambda f: f.date(1955, 2004), "birthdate"),
                "annual_income": Y(lambda f: f.r.randrange(32000, 240000, 500), "salary"),
                "employer": G(
                    lambda f: f.pick(["Boeing", "Starbucks", "Dell", "Kaiser Permanente", "self-employed"])
                ),
                "housing_status": G(lambda f: f.pick(["own", "rent", "other"])),
                "dl_number": Y(lambda f: f"{f.pick('ABDFGKNSW')}{f.digits(7)}", "license"),
                "dl_state": G(lambda f: f.pick(US_STATES)),
            },
            "credit_tier": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "apr": G(lambda f: round(f.r.uniform(3.9, 17.9), 2)),
            "vehicle_vin": Y(vin, "serial|vin"),
        },
    ),
    (
        "identify",
        None,
        "drivelink",
        ["python"],
        {
            "EMAIL": Y(lambda f: me(f).email, "email"),
            "EMAIL_SHA256": Y(lambda f: hashlib.sha256(me(f).email.lower().encode()).hexdigest(), "email"),
            "FIRST_NAME": Y(lambda f: me(f).first, "name"),
            "LAST_NAME": Y(lambda f: me(f).last, "name"),
            "PHONE_NUMBER": Y(lambda f: me(f).phone, "phone"),
            "HOME_POSTCODE": Y(lambda f: me(f).postcode, "zipcode"),
            "LIFETIME_KWH": G(lambda f: round(f.r.uniform(10, 9000), 1)),
            "TOTAL_TRIPS": G(lambda f: f.r.randint(0, 4000)),
            "LTV_EUR": G(lambda f: money(f, 0, 4000)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_TRIP_AT": G(lambda f: f.iso()),
            "PREFERRED_NETWORK": G(lambda f: f.pick(PARTNERS)),
            "SEGMENT": G(lambda f: f.pick(["commuter", "road_tripper", "fleet", "dormant"])),
            "HAS_HOME_CHARGER": bools(),
            "VEHICLE_MODEL": G(lambda f: f.pick(MAKES)[1]),
        },
    ),
    (
        "screen",
        None,
        "drivelink",
        ["flutter", "swift"],
        {
            "screen_name": G(lambda f: f.pick(["Garage", "Trip Details", "Climate", "Keys"])),
            "vehicleId": G(lambda f: f.uuid()),
            "tab": G(lambda f: f.pick(["overview", "trips", "charging"])),
        },
    ),
    (
        "page",
        None,
        "drivelink",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/", "/login", "/garage", "/service/book"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.de/", "https://drivelink.io/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=app", "?ref=mail"])),
            "title": G(lambda f: f.pick(["DriveLink", "Log in – DriveLink", "Book a service | DriveLink"])),
            "url": G(lambda f: "https://www.drivelink.io" + f.pick(["/", "/garage", "/service/book"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "drivelink",
        ["swift", "kotlin"],
        {
            "campaign": {
                "id": G(lambda f: f.digits(7)),
                "name": G(lambda f: f.pick(["charge_complete", "service_due", "winter_preheat_tip"])),
            },
            "actionIdentifier": G(lambda f: f.pick(["open", "view_trip", "dismiss"])),
        },
    ),
    ("alias", None, "drivelink", ["flutter", "swift"], {}),
]

EVENTS = VOLTWAY + PARKEASY + DRIVELINK


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, product, clients, body in EVENTS:
            client = f.pick(clients)
            f.cur = Person(f)  # type: ignore[attr-defined]
            f.oth = Person(f)  # type: ignore[attr-defined]
            f.mem = {}  # type: ignore[attr-defined]
            f.site = f.pick(CHARGER_SITES)  # type: ignore[attr-defined]
            f.dealer = f.pick(DEALERS)  # type: ignore[attr-defined]
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": {"voltway": "vw_", "parkeasy": "pe", "drivelink": "usr_"}[product] + f.digits(8),
            }
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = "fleet_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, product), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=33, repeats=30)
    write(Path(__file__).parent, "holdout33_", events, labels)
