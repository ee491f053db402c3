"""Writes holdout27: tests/corpus/holdout27_events.jsonl and holdout27_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its tools or
the other holdouts' labels, and never run against the engine; only build.py's helpers, fake.py,
build_holdout3.py (for the format) and the reference's matcher table were read.

Domain: everyday health-tech, not a hospital.
- PulseFit, a wearable and fitness app (US, UK, Germany): identify from analytics-swift,
  analytics-kotlin, analytics-react-native and Flutter; band pairing (serial, Bluetooth MAC),
  workouts with routes and pets, sleep and heart-rate summaries, ECG readings, goals, challenges
  with friends, coaching, employer wellness groups, NHS GP linking, a Python backend.
- MedNow, a telehealth app: sign-up, visit booking for the user or a dependant, intake, a symptom
  checker, video visits (Twilio-style access tokens), e-prescriptions sent to pharmacies (Java),
  insurance cards and Medicare checks, ID verification, Stripe-shaped payments, a .NET billing
  service (PascalCase), Twilio SMS relays, a Meta Conversions API shaped relay (hashed e-mail).
- RxDrop, an online pharmacy: prescription transfers, refills (a kebab-case web tracking plan),
  Segment e-commerce spec OTC orders, delivery (Go), pharmacist chat, caregivers, savings cards,
  a support console search; the German subsidiary's PHP backend sends German keys (Vorname,
  Versichertennummer, E-Rezept token, PZN, a Pflegebox application with Pflegegrad ...), and a
  warehouse reverse-ETL sends SCREAMING_SNAKE traits.
Every message carries a real client library's context (analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter, and the python, node, go, java,
ruby, php and .NET server libraries), with context.ip, context.traits, device, app, library,
locale, userAgent, location and campaign where those libraries send them.

Conventions: paths are flattened as portal.events.flatten does (`properties.products[].sku`);
each leaf path has one label: classification, type (the reference's matcher name, or `bank
account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`; `a|b` when either
is fair) and value_only (the key does not say what the value is; such a path holds its PII in
every value).

Labelling rules (the Privacy Portal's default colours):
- PII is data about a natural person: the user, a dependant, a caregiver, a friend, a delivery
  recipient, a staff member (provider, prescriber, pharmacist, coach, courier). Reference types
  keep the reference's colour (name, email, phone, address, city, zipcode, birthdate, gender, sex,
  ethnicity, photo, serial, mac, ip, license, medication, allergy, condition, diagnosis, procedure,
  salary, race are yellow; ssn, passport, credit card, password, token, veteran, disability are
  red); outside the reference: bank account, national id, health id (insurer member ids, Medicare
  MBI, NHS number, German Versichertennummer) and secret red; geolocation (coordinates, a route
  polyline), advertising id yellow. A staff member's name and direct phone are PII (prescriber,
  pediatrician); a business's phone and address (a pharmacy, a lab's service centre) are green.
- A key that names a reference matcher keeps its colour even when its values are an enum
  (`sexAtBirth`, `anrede` = Herr/Frau -> gender). A boolean or enum under any other key that itself
  reveals a special category about the person is red in that category: wheelchair mode
  (disability), military service (veteran), pregnancy, tobacco use, an ECG classification, a
  heart-rhythm alert type, a controlled-substance prescription, and the care category of the
  person's own visit (`specialty` = mental_health, sexual_health ...), blood type, a chronic
  condition flag and the German Pflegegrad (care level, as disability) are red.
- Body and activity measurements (steps, heart rate, HRV, sleep minutes, SpO2, height, weight,
  calories) are green: numbers that state no condition. A drug or diagnosis code on the person's
  own prescription, order or claim (NDC, PZN, ICD-10, CPT) is that person's medication /
  diagnosis / procedure; the same kind of code in a catalog view is green, as are catalog product
  names and searches, including medicines the pharmacy sells over the counter.
- Green: ids we issue (user, visit, order, prescription numbers, Twilio SIDs, Stripe ids), NPIs
  (a public professional registry), insurance group numbers, Rx BIN/PCN, pharmacy NCPDP ids,
  versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys
  (`emailVerified`, `password_strength`, `email_confirmed`), product, plan, pharmacy, clinic, insurer,
  employer, challenge and pet names, places that are not the person's (a pharmacy's address and
  phone, a searched city), country, state, locale, timezone, currency, user agents, OS-issued device
  ids; our own business phone number (Twilio `To`). Card brand, last four, expiry and BIN are green;
  the last four of an SSN are red. Coupon / savings-card member ids are shared programme ids:
  green; an insurer's member id is a health id: red.
- A push token and access tokens (video-room JWT, Stripe client secret, e-prescription access
  code) are red token|secret. A hashed e-mail or phone sent to an ad platform still identifies the
  person: labelled as the e-mail / phone it hashes (yellow); an ad-network browser id (`fbp`,
  `fbc`) is an advertising id.
- Free text is labelled by what every value carries (the events are built so that a text field
  either always carries the PII or never does); a free-text field that never does is green.
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

FIRSTS = [
    "Amara", "Luis", "Mei", "Olga", "Ravi", "Sofia", "Kwame", "Hana", "Fatima", "Noah", "Chloé",
    "Björn", "Sipho", "Yuki", "Mateo", "Priya", "Aylin", "Mehmet", "Jörg", "Leonie", "Siobhan",
    "Dmitri", "Nkechi", "Thandiwe", "Ahmed", "Wei", "Xiaoling", "Jae-won", "Ngozi", "Carmen",
    "Giulia", "Lars", "Ingrid", "Tomás", "Anh", "Esperanza", "Rahul", "Deepika", "Oluwaseun",
    "Fatoumata", "Zeynep", "Agnieszka", "Kofi", "Malia", "Saoirse", "Émilie", "Jürgen", "Lukas",
    "Emma", "Liam", "Hamid", "Keanu", "Grace", "Darnell", "Marisol", "Connor", "Ayesha",
]  # fmt: skip
LASTS = [
    "Okafor", "García", "Chen", "Ivanova", "Patel", "Rossi", "Mensah", "Sato", "Dubois", "Haddad",
    "Müller", "O'Brien", "Nakamura", "Kowalski", "Nguyen", "Silva", "Khan", "Schmidt", "Schneider",
    "Fischer", "Yılmaz", "Kaya", "Wang", "Kim", "Park", "Adeyemi", "Nwosu", "Hernández", "López",  # noqa: RUF001
    "Jones", "Williams", "Taylor", "Murphy", "Singh", "Sharma", "Johansson", "Novák", "Kovács",
    "Tanaka", "Nowak", "Tran", "Ferreira", "van der Berg", "Hoffmann", "Washington", "Begum",
]  # fmt: skip
MAIL_DOMAINS = [
    "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk", "btinternet.com",
    "web.de", "gmx.de", "t-online.de", "proton.me", "aol.com",
]  # fmt: skip
US_PLACES = [
    ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Chicago", "IL", "606"), ("Seattle", "WA", "981"),
    ("Atlanta", "GA", "303"), ("Phoenix", "AZ", "850"), ("Brooklyn", "NY", "112"),
    ("Oakland", "CA", "946"), ("Columbus", "OH", "432"), ("Nashville", "TN", "372"),
]  # fmt: skip
UK_PLACES = [
    ("London", "SW1A"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS7"),
    ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Birmingham", "B15"), ("Brighton", "BN1"),
]  # fmt: skip
DE_PLACES = [
    ("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Leipzig", "04"),
    ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Dresden", "01"), ("Bremen", "28"),
]  # fmt: skip
US_STREETS = [
    "Oak Ave",
    "Maple Street",
    "E 7th St",
    "Sunset Blvd",
    "Cedar Lane",
    "Willow Dr",
    "Lake Shore Dr",
    "Magnolia Ave",
    "N Halsted St",
    "Pine Ridge Rd",
    "W 34th St",
]
UK_STREETS = [
    "Victoria Road",
    "Church Lane",
    "Gloucester Road",
    "Hyde Park Crescent",
    "Mill Street",
    "Queen's Drive",
    "Stanley Road",
    "Albert Terrace",
]
DE_STREETS = [
    "Hauptstraße",
    "Schillerstr.",
    "Goethestraße",
    "Bahnhofstr.",
    "Lindenallee",
    "Am Kirchberg",
    "Friedrichstraße",
    "Kastanienweg",
    "Berliner Str.",
]
CITY_COORDS = [
    (30.2672, -97.7431), (39.7392, -104.9903), (41.8781, -87.6298), (47.6062, -122.3321),
    (51.5074, -0.1278), (53.4808, -2.2426), (52.52, 13.405), (48.1351, 11.582), (53.5511, 9.9937),
    (50.9375, 6.9603), (33.749, -84.388), (40.6782, -73.9442),
]  # fmt: skip


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("éèöüäıçáíñóúšå", "eeouaicainousa")
    return s.lower().translate(table).replace("'", "").replace(" ", "").replace("ß", "ss")


def email(f: Fake) -> str:
    a, b = ascii_fold(first(f)), ascii_fold(last(f))
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}"])
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["US", "US", "UK", "DE", "NG", "IN", "FR", "JP", "BR"])
    d = f.digits
    if country == "US":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
    if country == "UK":
        return f.pick([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+447{d(9)}"])
    if country == "DE":
        mobile = f.pick(["151", "160", "170", "171", "176", "157"])
        return f.pick([f"+49 {mobile} {d(8)}", f"0{mobile} {d(7)}", f"+49{mobile}{d(8)}", f"030 {d(8)}"])
    if country == "NG":
        return f"+234 80{f.r.randint(2, 9)} {d(3)} {d(4)}"
    if country == "IN":
        return f"+91 9{d(4)} {d(5)}"
    if country == "FR":
        return "+33 6 " + " ".join(d(2) for _ in range(4))
    if country == "JP":
        return f"+81 90-{d(4)}-{d(4)}"
    return f"+55 11 9{d(4)}-{d(4)}"


def us_zip(f: Fake) -> str:
    z = f.pick(US_PLACES)[2] + f"{f.r.randint(0, 99):02d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1000, 9999)}"


def uk_postcode(f: Fake) -> str:
    unit = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{f.pick(UK_PLACES)[1]} {f.r.randint(1, 9)}{f.pick(unit)}{f.pick(unit)}"


def de_plz(f: Fake) -> str:
    return f.pick(DE_PLACES)[1] + f"{f.r.randint(0, 999):03d}"


def postcode(f: Fake) -> str:
    return f.pick([us_zip, us_zip, uk_postcode, de_plz])(f)


def us_street(f: Fake) -> str:
    return f"{f.r.randint(12, 9800)} {f.pick(US_STREETS)}"


def uk_street(f: Fake) -> str:
    return f"{f.pick(['', 'Flat 2, ', 'Flat 14, '])}{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"


def de_street(f: Fake) -> str:
    return f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"


def street(f: Fake) -> str:
    return f.pick([us_street, us_street, uk_street, de_street])(f)


def line2(f: Fake) -> str:
    return f.pick(["Apt 4B", "Unit 12", "Apt 1203", "#305", "Suite 210", "Apt 2F", "Floor 3"])


def person_city(f: Fake) -> str:
    return f.pick([p[0] for p in US_PLACES] + [p[0] for p in UK_PLACES] + [p[0] for p in DE_PLACES])


def dob(f: Fake, start=1948, end=2004) -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"])


def de_dob(f: Fake, start=1940, end=2004) -> str:
    return f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(start, end)}"


def near(f: Fake, axis: int) -> float:
    # A latitude is rendered just before its longitude: the pair shares one city.
    if axis == 0 or not hasattr(f, "_city"):
        f._city = f.pick(CITY_COORDS)
    return round(f._city[axis] + f.r.uniform(-0.08, 0.08), 6)


def lat(f: Fake) -> float:
    return near(f, 0)


def lng(f: Fake) -> float:
    return near(f, 1)


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def nhs_number(f: Fake) -> str:
    while True:
        digits = [f.r.randint(0, 9) for _ in range(9)]
        digits[0] = f.r.randint(4, 9)
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def kvnr(f: Fake) -> str:
    """German Krankenversichertennummer: a letter, eight digits, a check digit."""
    letter = f.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    body = f"{ord(letter) - 64:02d}" + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    total = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return f"{letter}{body[2:]}{total % 10}"


def npi(f: Fake) -> str:
    """A US National Provider Identifier: 10 digits, Luhn over the 80840 prefix."""
    return f.luhn_complete("808401" + f.digits(8))[5:]


def polyline(f: Fake) -> str:
    """A route encoded with Google's polyline algorithm, as fitness APIs return it."""
    y, x = lat(f), lng(f)
    points = [(y, x)]
    for _ in range(f.r.randint(6, 14)):
        y, x = y + f.r.uniform(-0.002, 0.002), x + f.r.uniform(-0.002, 0.002)
        points.append((y, x))
    out, prev = [], (0, 0)
    for point in points:
        for i in (0, 1):
            value = round(point[i] * 1e5)
            delta = value - prev[i]
            delta = ~(delta << 1) if delta < 0 else delta << 1
            while delta >= 0x20:
                out.append(chr((0x20 | (delta & 0x1F)) + 63))
                delta >>= 5
            out.append(chr(delta + 63))
        prev = (round(point[0] * 1e5), round(point[1] * 1e5))
    return "".join(out)


def mbi(f: Fake) -> str:
    """Medicare Beneficiary Identifier: 11 characters, C A AN N A AN N A A N N."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    c = [
        str(f.r.randint(1, 9)),
        f.pick(letters),
        f.pick(alnum),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(alnum),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(letters),
        str(f.r.randint(0, 9)),
        str(f.r.randint(0, 9)),
    ]
    s = "".join(c)
    return f.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def member_id(f: Fake) -> str:
    return f.pick(
        [
            f.pick(["XOF", "JQU", "YPB", "ZGP"]) + f.digits(9),
            "W" + f.digits(9),
            "U" + f.digits(8) + "01",
            "1" + f.digits(10),
            "H" + f.digits(8),
        ]
    )


def us_license(f: Fake) -> str:
    return f.pick(
        [
            "D" + f.digits(7),
            "S" + f.digits(12),
            f.digits(9),
            f"{f.pick('ABCFGW')}{f.digits(3)}-{f.digits(4)}-{f.digits(4)}",
        ]
    )


def jwt(f: Fake) -> str:
    return f.jwt()


def password(f: Fake) -> str:
    return f.pick(
        [
            "Sommer2024!",
            "ilovemydog12",
            "P@ssw0rd123",
            "Tr0ub4dor&3",
            "correct-horse-battery",
            "Basti#1987",
            "qwerty2023!",
            "Liverpool#19",
            "marathon42k",
            "Gesundheit!9",
        ]
    )


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def card(f: Fake) -> str:
    return f.card()


def ua_web(f: Fake) -> str:
    return f.pick(
        [
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
            "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.6367.82 Mobile Safari/537.36",
        ]
    )


def ts(f: Fake) -> str:
    return f.iso()


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def uuid(f: Fake) -> str:
    return f.uuid()


def boolean(f: Fake) -> bool:
    return f.pick([True, False])


def ints(lo, hi):
    return lambda f: f.r.randint(lo, hi)


SITES = {
    "pulsefit": ("https://www.pulsefit.com", "PulseFit"),
    "mednow": ("https://app.mednow.health", "MedNow"),
    "rxdrop": ("https://www.rxdrop.com", "RxDrop Pharmacy"),
    "rxdrop_de": ("https://www.rxdrop.de", "RxDrop Apotheke"),
}
PAGES = {
    "pulsefit": ["/", "/band-4", "/premium", "/challenges", "/blog/zone-2-training", "/account/settings"],
    "mednow": ["/", "/book", "/visits", "/conditions/uti", "/conditions/acne", "/insurance", "/pricing"],
    "rxdrop": ["/", "/transfer", "/refills", "/shop/cold-flu", "/shop/vitamins", "/cart", "/checkout"],
    "rxdrop_de": ["/", "/e-rezept", "/shop/erkaeltung", "/warenkorb", "/kasse", "/konto"],
}

# -- contexts sent by the client libraries -------------------------------------------------------


def web_context(site: str):
    base, title = SITES[site]
    locale = "de-DE" if site == "rxdrop_de" else None
    return {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES[site])),
            "referrer": G(
                pick("", "https://www.google.com/", "https://www.bing.com/", "https://duckduckgo.com/")
            ),
            "search": G(
                pick("", "?utm_source=newsletter&utm_medium=email", "?ref=app_banner", "?gclid=Cj0KCQjw")
            ),
            "title": G(lambda f: f.pick([title, f"{title} | Account", f"Checkout – {title}"])),  # noqa: RUF001
            "url": G(lambda f: base + f.pick(PAGES[site])),
        },
        "userAgent": G(ua_web),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": G(boolean),
            "platform": G(pick("macOS", "Windows", "Android")),
        },
        "locale": G(lambda f: locale or f.pick(["en-US", "en-GB", "de-DE", "es-US"])),
        "timezone": G(
            lambda f: (
                "Europe/Berlin"
                if locale
                else f.pick(["America/Chicago", "America/New_York", "Europe/London"])
            )
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(pick("spring_checkup", "flu_season_24", "band4_launch", "refill_reminder")),
            "source": G(pick("google", "facebook", "newsletter", "tiktok")),
            "medium": G(pick("cpc", "paid_social", "email")),
            "term": G(pick("online pharmacy", "telehealth visit", "fitness tracker", "e-rezept einlösen")),
            "content": G(pick("hero_a", "carousel_2", "textlink")),
        },
    }


APPS = {
    "pulsefit": ("PulseFit", "com.pulsefit.app", ["7.4.0", "7.5.2", "7.6.0"]),
    "mednow": ("MedNow", "health.mednow.patient", ["3.18.1", "3.19.0", "3.20.3"]),
    "rxdrop": ("RxDrop", "com.rxdrop.pharmacy", ["12.2.0", "12.3.1", "12.4.0"]),
}


def app_block(app: str):
    name, namespace, versions = APPS[app]
    return {
        "name": G(const(name)),
        "version": G(lambda f: f.pick(versions)),
        "build": G(lambda f: f.pick(versions).replace(".", "") + f.pick(["0", "1", "4"])),
        "namespace": G(const(namespace)),
    }


def context_traits(rich: bool):
    traits = {
        "anonymousId": G(uuid),
        "userId": G(lambda f: "usr_" + f.hexid(12)),
        "email": Y(email, "email"),
        "plan": G(pick("free", "premium", "premium_family")),
    }
    if rich:
        traits["firstName"] = Y(first, "name")
        traits["lastName"] = Y(last, "name")
        traits["phone"] = Y(phone, "phone")
    return traits


def swift_context(app: str):
    return {
        "app": app_block(app),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone13,2")),
            "name": G(const("iPhone")),
            "type": G(const("ios")),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(boolean),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.1"))},
        "locale": G(pick("en-US", "en-GB", "de-DE")),
        "network": {
            "wifi": G(boolean),
            "cellular": G(boolean),
            "carrier": G(pick("T-Mobile", "Verizon", "AT&T", "EE", "Vodafone UK", "Telekom.de", "o2-de")),
        },
        "os": {"name": G(const("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430)), "height": G(pick(844, 852, 932)), "density": G(const(3))},
        "timezone": G(pick("America/Chicago", "Europe/London", "Europe/Berlin", "America/Los_Angeles")),
        "instanceId": G(uuid),
        "ip": Y(ip, "ip"),
        "traits": context_traits(rich=True),
    }


def kotlin_context(app: str):
    return {
        "app": app_block(app),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "OnePlus", "Xiaomi")),
            "model": G(pick("SM-S918B", "Pixel 8 Pro", "CPH2449", "2201116SG")),
            "name": G(pick("dm3q", "husky", "OP594DL1", "veux")),
            "type": G(const("android")),
            "advertisingId": Y(uuid, "advertising id"),
            "adTrackingEnabled": G(boolean),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3"))},
        "locale": G(pick("en-US", "en-GB", "de-DE")),
        "network": {"wifi": G(boolean), "cellular": G(boolean), "bluetooth": G(boolean)},
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(const(1080)),
            "height": G(pick(2340, 2400)),
        },
        "timezone": G(pick("America/New_York", "Europe/London", "Europe/Berlin")),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-S918B', 'Pixel 8 Pro'])} "
                f"Build/{f.pick(['UP1A.231005.007', 'AP1A.240405.002'])})"
            )
        ),
        "instanceId": G(uuid),
        "ip": Y(ip, "ip"),
        "traits": context_traits(rich=False),
    }


def rn_context(app: str):
    return {
        "app": app_block(app),
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,7", "SM-A546B", "Pixel 7a")),
            "name": G(pick("iPhone", "a54x", "lynx")),
            "type": G(pick("ios", "android")),
        },
        "library": {
            "name": G(const("@segment/analytics-react-native")),
            "version": G(pick("2.19.2", "2.20.0")),
        },
        "locale": G(pick("en-US", "es-US", "en-GB")),
        "network": {"wifi": G(boolean), "cellular": G(boolean)},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "16.6"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "timezone": G(pick("America/Denver", "America/Chicago", "America/New_York")),
        "instanceId": G(uuid),
        "ip": Y(ip, "ip"),
        "traits": context_traits(rich=True),
    }


def flutter_context(app: str):
    return {
        "app": app_block(app),
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone15,3", "SM-G991B", "Pixel 6")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5"))},
        "locale": G(pick("en-GB", "de-DE", "en-US")),
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14", "13"))},
        "screen": {"width": G(pick(393, 412)), "height": G(pick(852, 915)), "density": G(pick(3, 2.625))},
        "timezone": G(pick("Europe/London", "Europe/Berlin", "America/New_York")),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "city": Y(person_city, "city"),
            "country": G(pick("United Kingdom", "Germany", "United States")),
            "speed": G(lambda f: round(f.r.uniform(0, 4), 2)),
        },
        "ip": Y(ip, "ip"),
        "traits": context_traits(rich=False),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(const(name)), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "ruby", "php"):
        # Request-scoped server calls forward the caller's address and browser.
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(ua_web)
    if lib == "node":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(const("email")),
                "collection": G(const("users")),
                "encoding": G(const("none")),
            },
            1,
        )
    return ctx


def context_for(client: str):
    kind, _, app = client.partition(":")
    if kind == "web":
        return web_context(app)
    if kind == "swift":
        return swift_context(app)
    if kind == "kotlin":
        return kotlin_context(app)
    if kind == "rn":
        return rn_context(app)
    if kind == "flutter":
        return flutter_context(app)
    return server_context(kind)


PF_MOBILE = ["swift:pulsefit", "kotlin:pulsefit", "flutter:pulsefit"]
MN_MOBILE = ["swift:mednow", "rn:mednow"]
RX_MOBILE = ["swift:rxdrop", "kotlin:rxdrop", "rn:rxdrop"]

# -- shared shapes ------------------------------------------------------------------------------


def page_props(site: str):
    base, title = SITES[site]
    return {
        "path": G(lambda f: f.pick(PAGES[site])),
        "url": G(lambda f: base + f.pick(PAGES[site])),
        "title": G(lambda f: f.pick([title, f"{title} – Home", f"Book a visit | {title}"])),  # noqa: RUF001
        "referrer": G(pick("", "https://www.google.com/", "https://l.facebook.com/")),
        "search": G(pick("", "?utm_campaign=spring_checkup", "?ref=nav")),
    }


OTC = [
    ("Ibuprofen 200 mg Tablets, 100 ct", "Advil", "Pain Relief"),
    ("Loratadine 10 mg, 30 ct", "Claritin", "Allergy"),
    ("Vitamin D3 2000 IU Softgels", "Nature Made", "Vitamins"),
    ("Melatonin 5 mg Gummies", "Olly", "Sleep"),
    ("SPF 50 Sunscreen Lotion 200 ml", "La Roche-Posay", "Skin Care"),
    ("Cold & Flu Daytime Caplets", "DayQuil", "Cold & Flu"),
    ("Digital Thermometer", "Braun", "Devices"),
    ("Electrolyte Powder Lemon 20 ct", "Liquid I.V.", "Sports Nutrition"),
    ("Blister Plasters Mixed", "Compeed", "First Aid"),
]


def otc_product():
    return {
        "product_id": G(lambda f: "prd_" + f.digits(7)),
        "sku": G(lambda f: f"RXD-{f.r.randint(10000, 99999)}"),
        "name": G(lambda f: f.pick(OTC)[0]),
        "brand": G(lambda f: f.pick(OTC)[1]),
        "category": G(lambda f: f.pick(OTC)[2]),
        "price": G(money(3, 45)),
        "quantity": G(ints(1, 3)),
        "url": G(lambda f: f"https://www.rxdrop.com/p/{f.digits(7)}"),
        "image_url": G(lambda f: f"https://cdn.rxdrop.com/catalog/{f.hexid(10)}.jpg"),
    }


def us_address_block():
    return {
        "line1": Y(us_street, "address|street"),
        "line2": Y(line2, "address|street"),
        "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
        "state": G(lambda f: f.pick(US_PLACES)[1]),
        "postal_code": Y(us_zip, "zipcode"),
        "country": G(const("US")),
    }


def pharmacy_block():
    return {
        "name": G(
            pick(
                "CVS Pharmacy #4821",
                "Walgreens #11392",
                "RxDrop Austin Fulfillment",
                "Kroger Pharmacy",
                "H-E-B Pharmacy",
                "Rite Aid #6012",
            )
        ),
        "ncpdp_id": G(lambda f: f.digits(7)),
        "phone": G(pick("(512) 555-0143", "(303) 555-0187", "(312) 555-0110", "(206) 555-0162")),
        "address": G(pick("2901 S Lamar Blvd", "1600 E Colfax Ave", "1130 N State St", "400 Pine St")),
        "city": G(pick("Austin", "Denver", "Chicago", "Seattle")),
        "zip": G(pick("78704", "80218", "60610", "98101")),
    }


MEDS = [
    "Lisinopril",
    "Atorvastatin",
    "Metformin",
    "Sertraline",
    "Levothyroxine",
    "Albuterol HFA",
    "Escitalopram",
    "Amoxicillin",
    "Nitrofurantoin",
    "Tretinoin 0.025% cream",
    "Semaglutide",
    "Bupropion XL",
    "Adderall XR",
    "Valacyclovir",
]
STRENGTHS = ["10 mg", "20 mg", "500 mg", "50 mcg", "90 mcg/actuation", "0.25 mg/0.5 mL", "150 mg", "1 g"]
CONDITIONS = [
    "hypertension",
    "type 2 diabetes",
    "asthma",
    "hypothyroidism",
    "anxiety",
    "depression",
    "migraine",
    "eczema",
    "GERD",
    "high cholesterol",
]
ALLERGIES = ["penicillin", "sulfa drugs", "peanuts", "latex", "shellfish", "codeine", "NKDA"]
ICD10 = ["J06.9", "N39.0", "L70.0", "F41.1", "E11.9", "I10", "J45.909", "B00.9", "K21.9", "F32.A"]
CPT = ["99213", "99214", "99442", "99443", "G2012", "99421"]
NDC = ["0093-7180-56", "0378-3512-77", "68180-0513-01", "00591-0405-01", "0172-5728-60", "65862-0157-90"]

# -- events -------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body)

PULSEFIT = [
    (
        "identify",
        None,
        PF_MOBILE,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "username": Y(
                lambda f: ascii_fold(first(f)) + f.pick(["_runs", "fit", "", "_"]) + str(f.r.randint(1, 999)),
                "name",
            ),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(pick("female", "male", "non_binary", "prefer_not_to_say"), "gender"),
            "heightCm": G(ints(150, 198)),
            "weightKg": G(money(48, 120)),
            "units": G(pick("metric", "imperial")),
            "country": G(pick("US", "GB", "DE")),
            "plan": G(pick("free", "premium", "premium_family")),
            "createdAt": G(ts),
            "avatarUrl": Y(lambda f: f"https://img.pulsefit.com/avatars/{f.hexid(20)}.jpg", "photo"),
            "emailVerified": G(boolean),
            "phoneNumber": Y(lambda f: phone(f, f.pick(["US", "UK", "DE"])), "phone"),
            "marketingOptIn": G(boolean),
            "deviceCount": G(ints(0, 3)),
            "wheelchairMode": RED(boolean, "disability"),
            "restingHeartRate": G(ints(48, 82)),
            "city": Y(person_city, "city"),
        },
    ),
    (
        "track",
        "Device Paired",
        PF_MOBILE,
        {
            "device_model": G(
                pick("PulseFit Band 4", "PulseFit Band 3", "PulseFit Ring", "PulseFit Scale S")
            ),
            "serial_number": Y(lambda f: "PF4" + f.hexid(9).upper(), "serial"),
            "bluetooth_mac": Y(lambda f: f.mac(), "mac"),
            "firmware_version": G(pick("4.2.17", "4.3.2", "3.9.40")),
            "battery_level": G(ints(5, 100)),
            "pairing_method": G(pick("qr", "nfc", "bluetooth_scan")),
            "is_first_device": G(boolean),
        },
    ),
    (
        "track",
        "Workout Completed",
        PF_MOBILE,
        {
            "workout_id": G(uuid),
            "activity_type": G(pick("run", "ride", "walk", "strength", "swim", "yoga", "hiit")),
            "duration_sec": G(ints(600, 7200)),
            "distance_m": G(ints(0, 42195)),
            "calories": G(ints(50, 1400)),
            "avg_heart_rate": G(ints(95, 172)),
            "started_at": G(ts),
            "start_lat": Y(lat, "geolocation"),
            "start_lng": Y(lng, "geolocation"),
            "route_polyline": Y(polyline, "geolocation"),
            "gear_name": G(pick("Nike Pegasus 40", "Hoka Clifton 9", "Canyon Endurace", "Brooks Ghost 15")),
            "walked_with": G(pick("Biscuit", "Luna", "Rex", "Mochi", "Bella", "Pepper")),
            "tagged_friends": Many(Y(full, "name"), 3),
            "source": G(pick("band", "phone", "manual")),
        },
    ),
    (
        "track",
        "Sleep Summary Synced",
        PF_MOBILE,
        {
            "sleep_date": G(lambda f: f.date(2024, 2024)),
            "total_sleep_min": G(ints(240, 560)),
            "deep_min": G(ints(20, 140)),
            "rem_min": G(ints(30, 150)),
            "sleep_score": G(ints(40, 98)),
            "resting_hr": G(ints(46, 80)),
            "hrv_ms": G(ints(18, 120)),
            "spo2_avg": G(money(91, 99)),
            "bedtime": G(lambda f: f"{f.pick([21, 22, 23, 0, 1]):02d}:{f.r.randint(0, 59):02d}"),
        },
    ),
    (
        "track",
        "ECG Recorded",
        PF_MOBILE,
        {
            "recording_id": G(uuid),
            "duration_sec": G(const(30)),
            "avg_bpm": G(ints(55, 130)),
            "ecg_result": RED(
                pick("sinus_rhythm", "atrial_fibrillation", "inconclusive", "high_heart_rate"), "condition"
            ),
            "shared_with_doctor": G(boolean),
            "algorithm_version": G(pick("2.1.0", "2.2.3")),
        },
    ),
    (
        "track",
        "Heart Rate Alert Triggered",
        PF_MOBILE,
        {
            "alert_type": RED(pick("high_heart_rate", "low_heart_rate", "irregular_rhythm"), "condition"),
            "threshold_bpm": G(pick(40, 50, 120, 130)),
            "observed_bpm": G(ints(35, 165)),
            "while_inactive": G(boolean),
            "notification_opened": G(boolean),
        },
    ),
    (
        "track",
        "Goal Set",
        PF_MOBILE,
        {
            "goal_type": G(pick("steps", "weight", "active_minutes", "sleep", "distance")),
            "target_value": G(ints(5, 15000)),
            "target_weight_kg": G(money(50, 100)),
            "deadline": G(lambda f: f.date(2024, 2025)),
            "goal_name": G(
                pick("Run the Berlin Marathon", "10k steps a day", "Sub-25 5k", "Sleep 7h", "Couch to 5K")
            ),
            "pregnancy_mode": RED(boolean, "condition"),
            "reminders_enabled": G(boolean),
        },
    ),
    (
        "track",
        "Challenge Created",
        PF_MOBILE,
        {
            "challenge_id": G(lambda f: "ch_" + f.hexid(10)),
            "challenge_name": G(
                pick("Weekend Warrior", "Office Step Battle", "March Madness Miles", "Team Tuesday")
            ),
            "challenge_type": G(pick("steps", "distance", "active_minutes")),
            "duration_days": G(pick(3, 7, 14, 30)),
            "friends": Many(
                {
                    "user_id": G(lambda f: "usr_" + f.hexid(12)),
                    "display_name": Y(full, "name"),
                    "rank": G(ints(1, 12)),
                    "steps": G(ints(0, 90000)),
                },
                4,
            ),
            "invited_count": G(ints(1, 10)),
        },
    ),
    (
        "track",
        "Friend Invited",
        PF_MOBILE,
        {
            "invite_channel": G(pick("email", "sms", "link")),
            "invitee_email": Y(email, "email"),
            "invitee_phone": Y(phone, "phone"),
            "invitee_name": Y(full, "name"),
            "from_contacts": G(boolean),
            "invite_code": G(lambda f: f.hexid(8).upper()),
            "contacts_synced_count": G(ints(0, 800)),
        },
    ),
    (
        "track",
        "Coaching Session Booked",
        PF_MOBILE,
        {
            "session_id": G(uuid),
            "coach_id": G(lambda f: "coach_" + f.digits(4)),
            "coach_name": Y(full, "name"),
            "session_type": G(pick("running_form", "strength_plan", "nutrition", "recovery")),
            "scheduled_at": G(ts),
            "notes_for_coach": Y(
                lambda f: f.pick(
                    [
                        "Recovering from ACL surgery last year, knee still weak",
                        "I have asthma, need walk breaks on intervals",
                        "Type 1 diabetic - I check glucose before long runs",
                        "Lower back pain (herniated disc L5)",
                        "Postpartum, 4 months - cleared for exercise",
                        "Plantar fasciitis in left foot",
                        "High blood pressure, on meds",
                    ]
                ),
                "condition",
                True,
            ),
            "preferred_coach_gender": G(pick("any", "female", "male")),
            "price": G(pick(0, 29.99, 49.99)),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift:pulsefit", "kotlin:pulsefit"],
        {
            "plan_id": G(pick("premium_monthly", "premium_annual", "family_annual")),
            "price": G(pick(9.99, 79.99, 119.99, 8.99, 7.99)),
            "currency": G(pick("USD", "GBP", "EUR")),
            "trial": G(boolean),
            "store": G(pick("app_store", "play_store")),
            "original_transaction_id": G(lambda f: f.digits(15)),
        },
    ),
    (
        "track",
        "GP Practice Linked",
        ["flutter:pulsefit", "swift:pulsefit"],
        {
            "nhs_number": RED(nhs_number, "health id"),
            "gp_practice_name": G(
                pick("Riverside Medical Centre", "The Elms Surgery", "Park Road Health Centre")
            ),
            "ods_code": G(lambda f: f.pick("ABCDFGHJKLMNPY") + f.digits(5)),
            "postcode": Y(uk_postcode, "zipcode"),
            "nhs_login_verified": G(boolean),
            "consent_scope": G(pick("summary_care_record", "activity_only")),
        },
    ),
    (
        "screen",
        "Today",
        PF_MOBILE,
        {
            "steps_today": G(ints(0, 24000)),
            "tab": G(pick("today", "trends", "community")),
            "has_unread_messages": G(boolean),
        },
    ),
    (
        "screen",
        "Challenge Leaderboard",
        PF_MOBILE,
        {
            "challenge_id": G(lambda f: "ch_" + f.hexid(10)),
            "leader_name": Y(full, "name"),
            "my_rank": G(ints(1, 12)),
            "participants": G(ints(2, 12)),
        },
    ),
    (
        "group",
        None,
        ["python"],
        {
            "name": G(
                pick(
                    "Globex Corporation", "Initech GmbH", "Hooli", "Northwind Traders Ltd", "Stark Logistics"
                )
            ),
            "industry": G(pick("Software", "Logistics", "Retail", "Manufacturing")),
            "employees": G(ints(50, 20000)),
            "plan": G(pick("wellness_basic", "wellness_plus")),
            "wellness_budget_per_employee": G(pick(120, 250, 400)),
            "hr_contact_email": Y(email, "email"),
            "hr_contact_name": Y(full, "name"),
            "country": G(pick("US", "GB", "DE")),
            "contract_start": G(lambda f: f.date(2022, 2024)),
        },
    ),
    (
        "track",
        "Weekly Report Emailed",
        ["python"],
        {
            "report_week": G(lambda f: f"2024-W{f.r.randint(1, 52):02d}"),
            "recipient": Y(email, "email", True),
            "subject": G(pick("Your week in review", "New personal best!", "You slept 6% more this week")),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "total_steps": G(ints(10000, 120000)),
            "sendgrid_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        ["python", "web:pulsefit"],
        {
            "request_id": G(uuid),
            "reason": G(pick("privacy", "switching_app", "too_expensive", "other")),
            "export_requested": G(boolean),
            "email_confirmed": G(boolean),
            "confirm_email": Y(email, "email"),
            "days_active": G(ints(1, 1900)),
        },
    ),
    (
        "page",
        "Band 4",
        ["web:pulsefit"],
        {
            **page_props("pulsefit"),
            "name": G(pick("Band 4", "Premium", "Home", "Challenges")),
            "category": G(pick("Product", "Marketing", "Account")),
        },
    ),
    (
        "alias",
        None,
        ["swift:pulsefit", "kotlin:pulsefit", "web:pulsefit"],
        {},
    ),
]

MEDNOW = [
    (
        "identify",
        None,
        ["web:mednow", *MN_MOBILE, "node"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(lambda f: phone(f, "US"), "phone"),
            "dateOfBirth": Y(dob, "birthdate"),
            "sexAtBirth": Y(pick("female", "male"), "sex"),
            "genderIdentity": Y(
                pick("woman", "man", "non-binary", "transgender man", "prefer not to say"), "gender"
            ),
            "address": {
                "street": Y(us_street, "address|street"),
                "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "state": G(lambda f: f.pick(US_PLACES)[1]),
                "postalCode": Y(us_zip, "zipcode"),
                "country": G(const("US")),
            },
            "preferredPharmacyId": G(lambda f: f.digits(7)),
            "insuranceStatus": G(pick("insured", "self_pay", "medicare", "medicaid")),
            "createdAt": G(ts),
            "visitsCount": G(ints(0, 40)),
            "phoneVerified": G(boolean),
            "smsConsent": G(boolean),
            "race": Y(
                pick(
                    "Asian",
                    "Black or African American",
                    "White",
                    "American Indian or Alaska Native",
                    "Native Hawaiian or Other Pacific Islander",
                    "Two or more races",
                ),
                "race",
            ),
            "ethnicity": Y(pick("Hispanic or Latino", "Not Hispanic or Latino", "Declined"), "ethnicity"),
            "preferredLanguage": G(pick("en", "es", "vi", "zh-Hans")),
            "emergencyContactName": Y(full, "name"),
            "emergencyContactPhone": Y(lambda f: phone(f, "US"), "phone"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web:mednow", *MN_MOBILE],
        {
            "signup_method": G(pick("email", "apple", "google")),
            "email": Y(email, "email"),
            "referral_source": G(pick("search", "friend", "employer", "podcast", "tv")),
            "accepted_hipaa_notice": G(const(True)),
            "age_verified": G(boolean),
            "state_of_residence": G(lambda f: f.pick(US_PLACES)[1]),
            "password": RED(password, "password"),
            "password_strength": G(pick("weak", "fair", "strong")),
            "military_member": RED(boolean, "veteran"),
        },
    ),
    (
        "track",
        "Visit Booked",
        ["web:mednow", *MN_MOBILE],
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(14)),
            "specialty": RED(
                pick(
                    "mental_health",
                    "sexual_health",
                    "dermatology",
                    "weight_management",
                    "urgent_care",
                    "hair_loss",
                ),
                "condition",
            ),
            "visit_type": G(pick("video", "chat", "async")),
            "scheduled_for": G(ts),
            "provider": {
                "id": G(lambda f: "prv_" + f.digits(5)),
                "name": Y(lambda f: f"Dr. {full(f)}", "name"),
                "credentials": G(pick("MD", "DO", "NP", "PA-C")),
                "npi": G(npi),
            },
            "for_dependent": G(boolean),
            "dependent": {
                "first_name": Y(first, "name"),
                "dob": Y(lambda f: dob(f, 2008, 2022), "birthdate"),
                "relationship": G(pick("child", "spouse", "parent")),
            },
            "price": G(pick(39, 49, 79, 0)),
            "currency": G(const("USD")),
            "state_of_care": G(lambda f: f.pick(US_PLACES)[1]),
        },
    ),
    (
        "track",
        "Intake Submitted",
        ["web:mednow", *MN_MOBILE],
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(14)),
            "chief_complaint": Y(
                pick(
                    "burning when urinating",
                    "itchy rash on forearm",
                    "persistent cough",
                    "trouble sleeping",
                    "cold sores",
                    "acne flare-up",
                    "anxiety and panic attacks",
                ),
                "condition",
            ),
            "symptom_duration_days": G(ints(1, 60)),
            "allergies": Many(Y(pick(*ALLERGIES), "allergy"), 2),
            "current_medications": Many(Y(lambda f: f"{f.pick(MEDS)} {f.pick(STRENGTHS)}", "medication"), 3),
            "conditions": Many(Y(pick(*CONDITIONS), "condition"), 2),
            "is_pregnant": RED(boolean, "condition"),
            "tobacco_use": RED(pick("never", "former", "current"), "condition"),
            "height_in": G(ints(58, 77)),
            "weight_lb": G(ints(105, 290)),
            "questions_answered": G(ints(8, 24)),
            "pharmacy_ncpdp_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Symptom Checker Used",
        ["web:mednow", *MN_MOBILE],
        {
            "session_id": G(uuid),
            "input": Y(
                lambda f: f.pick(
                    [
                        "headache and fever for 3 days",
                        "I think I have a UTI",
                        "rash on my arm after hiking, itchy",
                        "sore throat and swollen glands",
                        "chest tightness when I run, I have asthma",
                        "my period is 2 weeks late",
                        "can't sleep, feeling anxious all the time",
                        "pink eye in my left eye",
                    ]
                ),
                "condition",
                True,
            ),
            "steps_completed": G(ints(1, 12)),
            "booked_after": G(boolean),
        },
    ),
    (
        "track",
        "Video Visit Started",
        ["web:mednow", *MN_MOBILE],
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(14)),
            "room_name": G(lambda f: "RM" + f.hexid(32)),
            "access_token": RED(jwt, "token"),
            "patient_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "wait_time_sec": G(ints(0, 1800)),
            "camera_enabled": G(boolean),
            "interpreter_language": G(pick("none", "es", "vi", "zh")),
            "provider_joined_at": G(ts),
        },
    ),
    (
        "track",
        "Visit Completed",
        ["java", "node"],
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(14)),
            "duration_min": G(ints(4, 45)),
            "diagnosis_codes": Many(Y(pick(*ICD10), "diagnosis"), 2),
            "follow_up_needed": G(boolean),
            "e_prescribed": G(boolean),
            "prescriptions_count": G(ints(0, 3)),
            "provider_rating": G(ints(1, 5)),
            "work_note_issued": G(boolean),
        },
    ),
    (
        "track",
        "E-Prescription Sent",
        ["java"],
        {
            "rx_id": G(lambda f: "erx_" + f.digits(10)),
            "medication": Y(pick(*MEDS), "medication"),
            "strength": Y(pick(*STRENGTHS), "medication"),
            "quantity": G(pick(30, 60, 90, 1)),
            "days_supply": G(pick(30, 90, 7, 10)),
            "refills": G(ints(0, 5)),
            "is_controlled": RED(boolean, "medication"),
            "pharmacy": pharmacy_block(),
            "prescriber": {"name": Y(lambda f: f"Dr. {full(f)}", "name"), "npi": G(npi)},
            "patient": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "phone": Y(lambda f: phone(f, "US"), "phone"),
            },
            "surescripts_message_id": G(lambda f: f.hexid(32)),
            "transmitted_at": G(ts),
        },
    ),
    (
        "track",
        "Insurance Card Added",
        ["web:mednow", *MN_MOBILE],
        {
            "payer_name": G(
                pick(
                    "Aetna",
                    "Blue Cross Blue Shield of Texas",
                    "UnitedHealthcare",
                    "Cigna",
                    "Kaiser Permanente",
                )
            ),
            "member_id": RED(member_id, "health id"),
            "group_number": G(lambda f: f.digits(f.pick([6, 7, 8]))),
            "rx_bin": G(pick("610014", "004336", "003858", "610502")),
            "rx_pcn": G(pick("ADV", "MEDDADV", "9999", "A4")),
            "subscriber": {
                "name": Y(full, "name"),
                "dob": Y(dob, "birthdate"),
                "relationship": G(pick("self", "spouse", "child")),
            },
            "card_front_image_url": Y(
                lambda f: f"https://files.mednow.health/ins/{f.uuid()}/front.jpg", "photo"
            ),
            "card_back_image_url": Y(
                lambda f: f"https://files.mednow.health/ins/{f.uuid()}/back.jpg", "photo"
            ),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "is_primary": G(boolean),
        },
    ),
    (
        "track",
        "Medicare Eligibility Checked",
        ["node", "java"],
        {
            "mbi": RED(mbi, "health id"),
            "eligible": G(boolean),
            "plan_type": G(pick("Part B", "Medicare Advantage", "Part D")),
            "check_id": G(uuid),
            "clearinghouse": G(pick("Availity", "Change Healthcare")),
        },
    ),
    (
        "track",
        "ID Verified",
        ["node"],
        {
            "inquiry_id": G(lambda f: "inq_" + f.hexid(24)),
            "verification_vendor": G(const("persona")),
            "document_type": G(pick("drivers_license", "state_id")),
            "license_number": Y(us_license, "license"),
            "issuing_state": G(lambda f: f.pick(US_PLACES)[1]),
            "dob": Y(dob, "birthdate"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "selfie_url": Y(lambda f: f"https://withpersona.com/files/{f.hexid(32)}/selfie.jpg", "photo"),
            "status": G(pick("approved", "declined", "needs_review")),
            "attempts": G(ints(1, 3)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web:mednow", *MN_MOBILE],
        {
            "checkout_id": G(uuid),
            "payment_method": G(pick("card", "hsa_fsa", "apple_pay")),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(pick("424242", "545454", "601100", "378282")),
            "billing_zip": Y(us_zip, "zipcode"),
            "cardholder_name": Y(full, "name"),
            "stripe_payment_method": G(lambda f: "pm_" + f.hexid(24)),
            "client_secret": RED(lambda f: f"pi_3{f.hexid(23)}_secret_{f.hexid(25)}", "secret|token"),
            "is_hsa_card": G(boolean),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "total": G(pick(39, 49, 79, 99, 129)),
            "currency": G(const("USD")),
            "products": Many(
                {
                    "product_id": G(pick("visit_video", "visit_async", "membership_monthly")),
                    "name": G(pick("Video visit", "Async visit", "MedNow+ membership")),
                    "price": G(pick(39, 49, 79)),
                    "quantity": G(const(1)),
                },
                2,
            ),
            "stripe_customer": G(lambda f: "cus_" + f.hexid(14)),
            "coupon": G(pick("", "FIRSTVISIT", "EMPLOYER25")),
        },
    ),
    (
        "track",
        "Claim Submitted",
        ["dotnet"],
        {
            "ClaimId": G(lambda f: "CLM" + f.digits(10)),
            "PatientFirstName": Y(first, "name"),
            "PatientLastName": Y(last, "name"),
            "PatientDateOfBirth": Y(lambda f: f"{f.date()}T00:00:00", "birthdate"),
            "MemberId": RED(member_id, "health id"),
            "PayerName": G(pick("Aetna", "Cigna", "Humana", "UnitedHealthcare")),
            "PayerId": G(pick("60054", "62308", "61101", "87726")),
            "GroupNumber": G(lambda f: f.digits(7)),
            "DiagnosisCodes": Many(Y(pick(*ICD10), "diagnosis"), 3),
            "ProcedureCodes": Many(Y(pick(*CPT), "procedure"), 2),
            "BilledAmount": G(money(39, 240)),
            "RenderingProviderNpi": G(npi),
            "SubmittedUtc": G(ts),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(7)),
            "AmountPaid": G(money(20, 300)),
            "Currency": G(const("USD")),
            "PaidVia": G(pick("Card", "Ach", "HsaCard")),
            "BankAccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "RoutingNumber": G(pick("021000021", "111000025", "322271627", "071000013")),
            "AccountHolderName": Y(full, "name"),
            "PaidAtUtc": G(ts),
        },
    ),
    (
        "track",
        "Visit Reminder Sent",
        ["node"],
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(14)),
            "channel": G(const("sms")),
            "recipient_phone": Y(lambda f: phone(f, "US"), "phone"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, your MedNow visit with Dr. {last(f)} starts at "
                        f"{f.r.randint(1, 12)}:30 PM. Join: https://mdn.ow/v/{f.hexid(6)}",
                        f"{first(f)}, reminder: video visit tomorrow at {f.r.randint(8, 11)}:00 AM. "
                        "Reply C to cancel.",
                        f"Hello {first(f)} - Dr. {last(f)} is ready for you. Tap to join https://mdn.ow/v/{f.hexid(6)}",
                    ]
                ),
                "name",
                True,
            ),
            "template_id": G(pick("visit_reminder_24h", "visit_reminder_1h", "provider_ready")),
            "twilio_sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(
                lambda f: phone(f, "US").replace(" ", "") if f.r.random() < 0.5 else f.phone("e164"),
                "phone",
                True,
            ),
            "To": G(pick("+15125550199", "+18335550142")),
            "Body": G(pick("YES", "C", "STOP", "Y", "ok thanks", "HELP")),
            "NumMedia": G(pick("0", "0", "1")),
            "FromCity": Y(lambda f: f.pick(US_PLACES)[0].upper(), "city"),
            "FromState": G(lambda f: f.pick(US_PLACES)[1]),
            "FromZip": Y(lambda f: us_zip(f)[:5], "zipcode"),
            "FromCountry": G(const("US")),
        },
    ),
    (
        "track",
        "Conversion Relayed",
        ["node"],
        {
            "event_name": G(pick("Lead", "Purchase", "CompleteRegistration")),
            "event_id": G(uuid),
            "action_source": G(const("website")),
            "user_data": {
                "em": Many(Y(lambda f: sha256(email(f)), "email"), 1),
                "ph": Many(Y(lambda f: sha256("1" + f.digits(10)), "phone"), 1),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(ua_web),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(28)}", "advertising id"),
                "external_id": G(lambda f: sha256(f.uuid())),
            },
            "custom_data": {"value": G(pick(39, 49, 79)), "currency": G(const("USD"))},
        },
    ),
    (
        "page",
        "Condition Page",
        ["web:mednow"],
        {
            **page_props("mednow"),
            "name": G(pick("UTI treatment", "Acne treatment", "Pricing", "How it works")),
            "category": G(pick("Conditions", "Marketing")),
        },
    ),
    (
        "screen",
        "Visit Summary",
        MN_MOBILE,
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(14)),
            "summary_sections": G(ints(2, 6)),
            "has_prescription": G(boolean),
            "from_push": G(boolean),
        },
    ),
]

RXDROP = [
    (
        "identify",
        None,
        ["web:rxdrop", *RX_MOBILE, "ruby"],
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone": Y(lambda f: phone(f, "US"), "phone"),
            "birthdate": Y(dob, "birthdate"),
            "shipping_address": us_address_block(),
            "auto_refill_enabled": G(boolean),
            "preferred_delivery_window": G(pick("morning", "afternoon", "evening")),
            "insurance_on_file": G(boolean),
            "caregiver_count": G(ints(0, 2)),
            "created_at": G(ts),
            "lifetime_orders": G(ints(0, 60)),
            "insurance_member_id": RED(member_id, "health id"),
        },
    ),
    (
        "track",
        "Prescription Transfer Requested",
        ["web:rxdrop", *RX_MOBILE],
        {
            "transfer_id": G(lambda f: "trf_" + f.hexid(12)),
            "from_pharmacy": {
                "name": G(
                    pick("CVS Pharmacy", "Walgreens", "Rite Aid", "Costco Pharmacy", "Publix Pharmacy")
                ),
                "phone": G(pick("(512) 555-0143", "(404) 555-0177", "(615) 555-0121", "(206) 555-0190")),
                "city": G(pick("Austin", "Atlanta", "Nashville", "Seattle")),
                "state": G(pick("TX", "GA", "TN", "WA")),
            },
            "rx_number": G(lambda f: f.digits(7)),
            "medication_name": Y(lambda f: f"{f.pick(MEDS)} {f.pick(STRENGTHS)}", "medication"),
            "prescriber_name": Y(lambda f: f"Dr. {full(f)}", "name"),
            "prescriber_phone": Y(lambda f: phone(f, "US"), "phone"),
            "patient_dob": Y(dob, "birthdate"),
            "transfer_all": G(boolean),
        },
    ),
    (
        "track",
        "Refill Requested",
        ["web:rxdrop"],
        {
            "rx-number": G(lambda f: f.digits(7)),
            "patient-name": Y(full, "name"),
            "medication": Y(pick(*MEDS), "medication"),
            "ndc": Y(pick(*NDC), "medication"),
            "days-supply": G(pick(30, 90)),
            "refills-left": G(ints(0, 11)),
            "auto-refill": G(boolean),
            "delivery-method": G(pick("standard", "same_day", "pickup")),
            "phone-number": Y(lambda f: phone(f, "US"), "phone"),
            "notify-by-sms": G(boolean),
            "copay": G(money(0, 45)),
        },
    ),
    (
        "track",
        "Refill Reminder Set",
        ["web:rxdrop"],
        {
            "reminder-id": G(uuid),
            "reminder-time": G(lambda f: f"{f.r.randint(6, 21):02d}:{f.pick(['00', '15', '30', '45'])}"),
            "reminder-channel": G(pick("sms", "push", "email")),
            "email-address": Y(email, "email"),
            "days-before": G(pick(3, 5, 7)),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web:rxdrop", *RX_MOBILE],
        {
            "query": G(
                pick(
                    "ibuprofen",
                    "vitamin d",
                    "sunscreen spf 50",
                    "allergy relief",
                    "melatonin",
                    "cold and flu",
                    "thermometer",
                    "electrolytes",
                )
            ),
            "results_count": G(ints(0, 80)),
            "filters_applied": G(ints(0, 3)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web:rxdrop", *RX_MOBILE],
        {**otc_product(), "currency": G(const("USD")), "in_stock": G(boolean)},
    ),
    (
        "track",
        "Product Added",
        ["web:rxdrop", *RX_MOBILE],
        {
            "cart_id": G(uuid),
            **{k: v for k, v in otc_product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web:rxdrop", *RX_MOBILE],
        {
            "order_id": G(lambda f: "RXD-" + f.digits(8)),
            "value": G(money(8, 160)),
            "revenue": G(money(8, 160)),
            "shipping": G(pick(0, 4.99, 9.99)),
            "tax": G(money(0, 12)),
            "currency": G(const("USD")),
            "products": Many(otc_product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["ruby"],
        {
            "order_id": G(lambda f: "RXD-" + f.digits(8)),
            "checkout_id": G(uuid),
            "total": G(money(8, 160)),
            "subtotal": G(money(8, 150)),
            "discount": G(money(0, 10)),
            "coupon": G(pick("", "FIRSTVISIT", "SPRING10")),
            "currency": G(const("USD")),
            "products": Many(otc_product(), 3),
            "shipping_address": {"name": Y(full, "name"), **us_address_block()},
            "recipient_phone": Y(lambda f: phone(f, "US"), "phone"),
            "customer_email": Y(email, "email"),
            "delivery_instructions": G(
                pick("Leave at front door", "Ring bell", "", "Leave with front desk", "Side gate")
            ),
            "includes_rx": G(boolean),
            "tracking_number": G(lambda f: "1Z" + f.hexid(16).upper()),
        },
    ),
    (
        "track",
        "Delivery Status Updated",
        ["go"],
        {
            "order_id": G(lambda f: "RXD-" + f.digits(8)),
            "status": G(pick("out_for_delivery", "delivered", "attempted", "picked_up")),
            "carrier": G(pick("rxdrop_fleet", "ups", "doordash_drive")),
            "courier": {
                "id": G(lambda f: "cour_" + f.digits(5)),
                "first_name": Y(first, "name"),
                "vehicle": G(pick("bike", "car", "scooter")),
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
            },
            "dropoff": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
            "eta_min": G(ints(0, 90)),
            "signed_by": Y(full, "name"),
            "note": G(
                pick(
                    "Left at front door",
                    "Handed to recipient",
                    "Left in parcel locker",
                    "No answer, will retry",
                )
            ),
            "id_checked": G(boolean),
        },
    ),
    (
        "track",
        "Pharmacist Chat Message Sent",
        ["web:rxdrop", *RX_MOBILE],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(const("patient")),
            "content": Y(
                lambda f: f.pick(
                    [
                        f"Hi, this is {full(f)}, DOB {dob(f)}. Is my refill ready?",
                        f"Hello, {full(f)} here - can I take my {f.pick(MEDS)} with ibuprofen?",
                        f"This is {full(f)} calling about my transfer from CVS",
                        f"My name is {full(f)}, my mom's prescription is under her name, can I pick it up?",
                    ]
                ),
                "name|birthdate",
                True,
            ),
            "pharmacist": {
                "id": G(lambda f: "rph_" + f.digits(4)),
                "name": Y(lambda f: f"{full(f)}, PharmD", "name"),
                "license_state": G(lambda f: f.pick(US_PLACES)[1]),
            },
            "message_length": G(ints(12, 400)),
            "attachments": G(ints(0, 2)),
        },
    ),
    (
        "track",
        "Caregiver Added",
        ["web:rxdrop", *RX_MOBILE],
        {
            "caregiver": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, "US"), "phone"),
                "relationship": G(pick("daughter", "son", "spouse", "home_health_aide", "parent")),
            },
            "can_pickup": G(boolean),
            "can_view_medications": G(boolean),
            "hipaa_authorization_signed": G(boolean),
            "contacts": Many(
                {"label": G(pick("mobile", "home", "work")), "value": Y(phone, "phone", True)}, 2
            ),
        },
    ),
    (
        "track",
        "Savings Card Applied",
        ["web:rxdrop", *RX_MOBILE],
        {
            "program": G(pick("RxDrop Savings", "SingleCare", "Manufacturer copay card")),
            "coupon": {
                "bin": G(pick("610020", "015995", "610524")),
                "pcn": G(pick("PDMI", "GDC", "Loyalty")),
                "group": G(pick("99992234", "RXD01", "EC4512")),
                "member_id": G(pick("RXD7730012", "RXD7730012", "SC99001", "CPY4520061")),
            },
            "savings_amount": G(money(2, 180)),
            "price_before": G(money(10, 400)),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["ruby"],
        {
            "q": Y(
                lambda f: f.pick([email(f), full(f), phone(f, "US"), last(f) + ", " + first(f)]),
                "email|name|phone",
                True,
            ),
            "results": G(ints(0, 6)),
            "agent_id": G(lambda f: "agt_" + f.digits(3)),
            "console": G(const("support")),
        },
    ),
    (
        "page",
        "Shop",
        ["web:rxdrop"],
        {
            **page_props("rxdrop"),
            "name": G(pick("Cold & Flu", "Vitamins", "Transfer", "Refills", "Home")),
            "category": G(pick("Shop", "Pharmacy")),
        },
    ),
    (
        "screen",
        "Refill Queue",
        RX_MOBILE,
        {
            "rx_count": G(ints(0, 8)),
            "due_soon": G(ints(0, 3)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            # Census reverse-ETL from the warehouse: column names pass through as-is.
            "USER_ID": G(lambda f: "usr_" + f.hexid(12)),
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "DOB": Y(lambda f: f.date(), "birthdate"),
            "ZIP_CODE": Y(lambda f: us_zip(f)[:5], "zipcode"),
            "HOME_STATE": G(lambda f: f.pick(US_PLACES)[1]),
            "LTV_USD": G(money(0, 3000)),
            "ORDERS_COUNT": G(ints(0, 80)),
            "LAST_ORDER_AT": G(ts),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_CAREGIVER": G(boolean),
            "ACTIVE_RX_COUNT": G(ints(0, 9)),
            "CHRONIC_CONDITION_FLAG": RED(boolean, "condition"),
            "HOUSEHOLD_INCOME_BAND": Y(pick("<25k", "25-50k", "50-100k", "100k+"), "salary"),
        },
    ),
]

RXDROP_DE = [
    (
        "identify",
        None,
        ["php", "web:rxdrop_de"],
        {
            "anrede": Y(pick("Herr", "Frau", "Divers"), "gender"),
            "vorname": Y(first, "name"),
            "nachname": Y(last, "name"),
            "e_mail": Y(email, "email"),
            "telefon": Y(lambda f: phone(f, "DE"), "phone"),
            "mobil": Y(lambda f: phone(f, "DE"), "phone"),
            "geburtsdatum": Y(de_dob, "birthdate"),
            "strasse": Y(lambda f: f.pick(DE_STREETS), "street|address"),
            "hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', 'a', 'b'])}", "address|street"),
            "plz": Y(de_plz, "zipcode"),
            "ort": Y(lambda f: f.pick(DE_PLACES)[0], "city"),
            "land": G(const("DE")),
            "kundennummer": G(lambda f: "K" + f.digits(8)),
            "newsletter_einwilligung": G(boolean),
            "kundengruppe": G(pick("privat", "privat_plus", "pflegeheim")),
        },
    ),
    (
        "track",
        "E-Rezept Eingelöst",
        ["php"],
        {
            "task_id": G(
                lambda f: f"160.{f.digits(3)}.{f.digits(3)}.{f.digits(3)}.{f.digits(3)}.{f.digits(2)}"
            ),
            "e_rezept_token": RED(lambda f: f.hexid(64), "token"),
            "pzn": Y(lambda f: f.digits(8), "medication"),
            "medikament": Y(
                pick(
                    "Ramipril 5 mg",
                    "L-Thyroxin 75 µg",
                    "Metformin 1000 mg",
                    "Pantoprazol 40 mg",
                    "Salbutamol Dosieraerosol",
                    "Sertralin 50 mg",
                ),
                "medication",
            ),
            "versichertennummer": RED(kvnr, "health id"),
            "versicherter_name": Y(full, "name"),
            "krankenkasse": G(
                pick("Techniker Krankenkasse", "AOK Plus", "BARMER", "DAK-Gesundheit", "IKK classic")
            ),
            "zuzahlung": G(pick(5.0, 6.73, 10.0, 0.0)),
            "lieferart": G(pick("standard", "express", "abholung")),
            "eingeloest_am": G(ts),
        },
    ),
    (
        "track",
        "Bestellung Abgeschlossen",
        ["php"],
        {
            "bestellnummer": G(lambda f: "DE-" + f.digits(9)),
            "gesamtbetrag": G(money(5, 140)),
            "waehrung": G(const("EUR")),
            "zahlungsart": G(pick("sepa_lastschrift", "paypal", "kreditkarte", "klarna")),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "kontoinhaber": Y(full, "name"),
            "artikel": Many(
                {
                    "pzn": G(lambda f: f.digits(8)),
                    "bezeichnung": G(
                        pick(
                            "Ibuprofen AL 400 mg 20 St.",
                            "Vitamin D3 1000 I.E.",
                            "Bepanthen Wund- und Heilsalbe",
                            "Nasenspray E ratiopharm",
                            "Magnesium Verla 50 St.",
                        )
                    ),
                    "menge": G(ints(1, 3)),
                    "preis": G(money(2, 25)),
                },
                3,
            ),
            "lieferadresse": {
                "name": Y(full, "name"),
                "strasse": Y(de_street, "street|address"),
                "plz": Y(de_plz, "zipcode"),
                "ort": Y(lambda f: f.pick(DE_PLACES)[0], "city"),
            },
            "lieferhinweis": G(
                pick("Bitte beim Nachbarn abgeben", "", "Ablageort: Garage", "Bitte klingeln")
            ),
            "rezeptpflichtig": G(boolean),
        },
    ),
    (
        "track",
        "Kontaktformular Gesendet",
        ["php", "web:rxdrop_de"],
        {
            "anliegen": G(pick("lieferung", "rezept", "rechnung", "sonstiges")),
            "nachricht": Y(
                lambda f: f.pick(
                    [
                        f"Bitte rufen Sie mich zurück unter {phone(f, 'DE')}, danke.",
                        f"Meine Lieferung ist nicht angekommen. Tel.: {phone(f, 'DE')}",
                        f"Rückfrage zum Rezept bitte an {phone(f, 'DE')} (ab 17 Uhr)",
                    ]
                ),
                "phone",
                True,
            ),
            "rueckrufnummer": Y(lambda f: phone(f, "DE"), "phone"),
            "e_mail": Y(email, "email"),
            "datenschutz_akzeptiert": G(const(True)),
        },
    ),
]

PULSEFIT += [
    (
        "track",
        "Friends Found",
        PF_MOBILE,
        {
            "contacts_scanned": G(ints(20, 1500)),
            "matched": Many(
                {
                    "user_id": G(lambda f: "usr_" + f.hexid(12)),
                    "display_name": Y(full, "name"),
                    "mutual_friends": G(ints(0, 25)),
                },
                4,
            ),
            "source": G(pick("phone_contacts", "facebook", "qr")),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        PF_MOBILE,
        {
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(pick("partner", "mother", "father", "friend", "sibling")),
            },
            "fall_detection_enabled": G(boolean),
            "medical_id": {
                "blood_type": RED(pick("A+", "O+", "B-", "AB+", "O-", "A-"), "condition"),
                "medical_notes": Y(
                    pick(
                        "Allergic to bee stings, carries EpiPen",
                        "Type 1 diabetes, insulin pump",
                        "Epilepsy - seizure plan in wallet",
                        "Penicillin allergy",
                        "Pacemaker fitted 2021",
                    ),
                    "condition|allergy",
                ),
                "organ_donor": G(boolean),
                "show_on_lock_screen": G(boolean),
            },
        },
    ),
    (
        "track",
        "Privacy Zone Created",
        PF_MOBILE,
        {
            "zone_id": G(lambda f: "pz_" + f.hexid(8)),
            "label": G(pick("Home", "Work", "Gym", "Parents")),
            "center_lat": Y(lat, "geolocation"),
            "center_lng": Y(lng, "geolocation"),
            "radius_m": G(pick(200, 400, 800, 1000)),
            "address": Y(street, "address|street"),
            "zones_total": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Referral Reward Issued",
        ["python"],
        {
            "referral_id": G(lambda f: "ref_" + f.hexid(10)),
            "referrer_email": Y(email, "email"),
            "referee_email": Y(email, "email"),
            "reward_amount": G(pick(10, 15, 25)),
            "reward_currency": G(pick("USD", "GBP", "EUR")),
            "payout_paypal_email": Y(email, "email"),
            "fraud_score": G(lambda f: round(f.r.random(), 2)),
        },
    ),
]

MEDNOW += [
    (
        "track",
        "Dependent Added",
        ["web:mednow", *MN_MOBILE],
        {
            "dependent_id": G(lambda f: "dep_" + f.hexid(10)),
            "dependent_first_name": Y(first, "name"),
            "dependent_last_name": Y(last, "name"),
            "dependent_dob": Y(lambda f: dob(f, 2008, 2023), "birthdate"),
            "dependent_sex": Y(pick("female", "male"), "sex"),
            "relationship": G(pick("child", "stepchild", "spouse")),
            "pediatrician_name": Y(lambda f: f"Dr. {full(f)}", "name"),
            "school_name": G(pick("Lincoln Elementary", "Oak Hill Middle School", "Westlake High", "none")),
            "dependents_total": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web:mednow"],
        {
            "form_id": G(pick("pharmacy_callback", "pharmacy_callback_v2")),
            "field": {
                "name": G(const("callback_number")),
                "type": G(const("tel")),
                "value": Y(lambda f: phone(f, f.pick(["US", "US", "US", "UK"])), "phone", True),
            },
            "time_to_complete_ms": G(ints(800, 22000)),
            "autofilled": G(boolean),
        },
    ),
    (
        "track",
        "Lab Order Placed",
        ["java", "web:mednow"],
        {
            "lab_order_id": G(lambda f: "LAB" + f.digits(9)),
            "tests": Many(
                Y(
                    pick(
                        "Lipid panel",
                        "Hemoglobin A1c",
                        "Comprehensive metabolic panel",
                        "STI panel",
                        "TSH",
                        "Vitamin D, 25-hydroxy",
                        "hCG quantitative",
                    ),
                    "procedure",
                ),
                3,
            ),
            "lab_name": G(pick("Quest Diagnostics", "Labcorp")),
            "psc_address": G(pick("3801 S Lamar Blvd Ste 200", "1719 E 19th Ave", "737 N Michigan Ave")),
            "ordering_provider": Y(lambda f: f"Dr. {full(f)}", "name"),
            "fasting_required": G(boolean),
            "home_collection": G(boolean),
            "home_collection_address": Y(lambda f: f"{us_street(f)}, {f.pick(US_PLACES)[0]}", "address"),
            "patient_email": Y(email, "email"),
        },
    ),
]

RXDROP += [
    (
        "track",
        "Pickup Authorized",
        ["web:rxdrop", *RX_MOBILE],
        {
            "order_id": G(lambda f: "RXD-" + f.digits(8)),
            "pickup_person": {
                "full_name": Y(full, "name"),
                "phone": Y(lambda f: phone(f, "US"), "phone"),
                "id_type": G(pick("drivers_license", "state_id", "passport")),
            },
            "pickup_store": G(pick("RxDrop Austin Fulfillment", "RxDrop Denver Hub", "RxDrop Chicago Loop")),
            "valid_until": G(ts),
        },
    ),
    (
        "track",
        "Address Updated",
        RX_MOBILE,
        {
            "address_id": G(lambda f: "adr_" + f.hexid(10)),
            "address_line_1": Y(us_street, "address|street"),
            "address_line_2": Y(line2, "address|street"),
            "city": Y(lambda f: f.pick(US_PLACES)[0], "city"),
            "zip": Y(us_zip, "zipcode"),
            "state": G(lambda f: f.pick(US_PLACES)[1]),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lng, "geolocation"),
            "address_type": G(pick("home", "work", "other")),
            "is_default": G(boolean),
            "validated_by": G(pick("smarty", "google_places", "none")),
        },
    ),
]

RXDROP_DE.append(
    (
        "track",
        "Pflegebox Beantragt",
        ["php", "web:rxdrop_de"],
        {
            "antrag_id": G(lambda f: "PB-" + f.digits(7)),
            "pflegegrad": RED(pick(1, 2, 3, 4, 5), "disability"),
            "versichertennummer": RED(kvnr, "health id"),
            "pflegekasse": G(
                pick("AOK Bayern Pflegekasse", "TK Pflegekasse", "BARMER Pflegekasse", "DAK Pflegekasse")
            ),
            "geburtsdatum_versicherter": Y(de_dob, "birthdate"),
            "angehoeriger_name": Y(full, "name"),
            "angehoeriger_telefon": Y(lambda f: phone(f, "DE"), "phone"),
            "box_variante": G(pick("Standard", "Hygiene Plus", "Individuell")),
            "monatsbudget_eur": G(const(40)),
            "unterschrift_vorhanden": G(boolean),
        },
    )
)

EVENTS = PULSEFIT + MEDNOW + RXDROP + RXDROP_DE


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg = {
        "type": kind,
        "messageId": ("ajs-next-" if client.startswith("web") else "") + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
    }
    if kind != "page" or f.r.random() < 0.6:
        msg["userId"] = "usr_" + f.hexid(12)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["userId"] = "usr_" + f.hexid(12)
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2727, repeats=24)
    write(Path(__file__).parent, "holdout27_", events, labels)
