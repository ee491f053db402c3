"""Writes holdout155: tests/corpus/holdout155_events.jsonl and holdout155_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the detection docs, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout155`; seeded, so the output is deterministic.

Domain: a driving-school and driving-test booking platform in the UK, Ireland and Germany.
Learners (provisional licences, theory-test results, eyesight and medical declarations, lesson
bookings with pickup addresses), parents who pay, instructors (profiles, ADI badges, onboarding,
payouts), in-car dashcam and GPS lesson tracking, theory and practical test-centre bookings,
lesson packages bought through the e-commerce spec, gift vouchers and referrals. A German backend
sends German keys (`vorname`, `geburtsdatum`, `fuehrerscheinklasse`, `treffpunkt` ...).

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter and the
python, node, go, java, ruby, php and .NET server libraries, each with the `context` block that
library sends (app, device, os, screen, network, library, locale, timezone, userAgent, page,
campaign, traits, location, ip where the caller sets it). Calls: identify, track, page, screen,
group, alias. Vendor-shaped payloads forwarded as track events: a Stripe PaymentIntent, a Twilio
inbound SMS, SendGrid event webhooks, a Typeform response, a Veriff identity decision, an Adjust
install attribution, Meta Conversions API user_data; `context.externalIds` from a server source.
Other people's data throughout: parents and their children, emergency contacts, Irish
accompanying drivers, friends referred, voucher recipients, instructors, examiners, GPs, staff.

Conventions: mostly camelCase and snake_case; PascalCase from the .NET services, kebab-case from
an embedded booking widget, SCREAMING_SNAKE from a warehouse reverse-ETL, German keys from the
German backend, Twilio's PascalCase webhook keys.

Values: names from many cultures (British, Irish, German, Turkish, Polish, Romanian, Nigerian,
South Asian, Chinese, Vietnamese ...), UK/Irish/German phone formats, UK postcodes, Eircodes and
German PLZ, UK/IE/DE street addresses, UK driving-licence numbers built by DVLA's rules, NHS
numbers with their mod-11 check digit, Irish PPSNs with their mod-23 check letter, German
Steuer-IDs (ISO 7064 mod 11,10) and Personalausweis numbers (7-3-1 check digit), mod-97 IBANs
(GB, IE, DE), Luhn-valid cards, VINs with a valid check digit, plates in each country's format.

Labelling rules (the Privacy Portal's default colours):
- A leaf is personal when its values are personal data about a natural person: the learner, a
  parent, an emergency contact, an accompanying driver, a friend referred, a voucher recipient,
  an instructor, an examiner, a GP. Colour is the reference's default for the matcher named in
  `type`; outside the reference, red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (booking references, order ids, Stripe `cus_`/`pi_` ids, a
  Typeform response `token`, Twilio Sids), versions, timestamps, amounts, enums, counters and
  booleans under personal-sounding keys (`emailVerified`, `licenceType`, `phone_verified`,
  `had_phone_number`, `female_only`, `password_strength`),
  product, package, car-model, school and test-centre names, a business's phone, e-mail and
  address (test centres, the driving school, GP surgeries, role mailboxes, the company number a
  Twilio webhook is sent `To`, call-masking proxy numbers), country, county/state, locale,
  timezone, currency, user agents, OS-issued device ids, card brand/last4/expiry and a masked PAN
  (BIN + last four), sort codes and BICs, ages, marital status, job titles, occupations and
  employers, UUID session tokens, e-mail Message-IDs.
- Contested cases follow the product's published policy: insurance policy numbers are yellow
  `identification`; instructors' hourly rates and payouts and applicants' incomes are yellow
  `salary`; credit scores yellow `credit score`; plates yellow `license`, VINs yellow `serial`;
  gclid/fbclid/fbp/fbc yellow `advertising id`; billing addresses yellow `address`; Stripe `pm_`
  ids, one-time codes, DVLA licence share codes and sign-in-link tokens red `token`; a client
  secret red `secret`; NHS numbers red `health id`; passport and identity-card numbers, NI numbers,
  PPSNs and Steuer-IDs red (`passport` / `national id`); right-to-work answers red `visa`.
- Decisions this corpus had to make (what a careful privacy owner would want flagged):
  - Driving-licence and learner-permit numbers (and a theory-test candidate's driver number) are
    the reference's `license` matcher: yellow. ADI (instructor) numbers too (`license|certificate`).
    Theory-test pass certificates and DBS certificate numbers are yellow `certificate`.
  - Eyesight and medical declaration answers are health data even as booleans (`wears glasses`,
    `can read a plate at 20 m`, `sehtest_bestanden`): yellow `condition`; medication booleans
    yellow `medication`; reasonable adjustments for a test (extra time, a reader, BSL) reveal a
    disability: red `disability`.
  - A salutation (`anrede`: Herr/Frau) reveals sex: yellow `gender`. An
    instructor's gender on a public profile is the instructor's: yellow `gender`; a learner's
    *preferred* instructor gender is a preference, green.
  - A postcode the learner searches instructors near is the learner's own area: yellow `zipcode`.
    A place of birth is yellow `city`. The county is a region: green.
  - Hashed identifiers sent for ad matching (Meta CAPI `em`, `ph`) keep the type of what they
    hash: yellow `email` / `phone` (they single out the person); a hashed user id is green.
  - A gift-voucher code is a bearer one-time code: red `token`.
  - An attribution vendor's own device id (Adjust `adid`) and the IDFV are analytics device ids:
    green; the IDFA is an advertising id: yellow.
  - Twilio's `From` on an inbound SMS is the learner's number (value_only: the key does not say
    it is a phone number); its `To` is the company's number: green.
- value_only is true when the key does not say what the value is (`value`, `note`, `text`, `body`,
  `message`, `description`, `review_text`, `q`, `to`, `recipient`, `contact`, `actor`, `From`,
  `answers[].text`, `externalIds[].id`) and only the value reveals it. A value_only personal path
  holds that PII in every value. Free text is labelled by what every one of its values carries
  and is green when none does; this corpus never mixes free text that sometimes carries PII.
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------

FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "Siobhán",
    "Cian",
    "Aoife",
    "Oisín",
    "Niamh",
    "Seán",
    "Jürgen",
    "Lena",
    "Lukas",
    "Marie",
    "Mehmet",
    "Ayşe",
    "Elif",
    "Jakub",
    "Zofia",
    "Andrei",
    "Ioana",
    "Chidi",
    "Adaeze",
    "Tunde",
    "Tariq",
    "Aisha",
    "Harpreet",
    "Gurpreet",
    "Priya",
    "Arjun",
    "Wei",
    "Xin",
    "Thi Lan",
    "Minh",
    "Kofi",
    "Rhys",
    "Ffion",
    "Callum",
    "Morag",
    "Dmitri",
    "Olena",
    "Yusuf",
    "Mariam",
    "Sophie",
    "Finn",
    "Leonie",
    "Jonas",
    "Ciara",
]
LAST = [
    "Thompson",
    "O'Sullivan",
    "Ní Bhriain",
    "Mac Giolla Phádraig",
    "Murphy",
    "Kelly",
    "Byrne",
    "Walsh",
    "Schäfer",
    "Müller",
    "Schneider",
    "Hoffmann",
    "Özdemir",
    "Yılmaz",  # noqa: RUF001
    "Kowalczyk",
    "Nowak",
    "Popescu",
    "Okonkwo",
    "Adeyemi",
    "Rahman",
    "Hussain",
    "Sandhu",
    "Kaur",
    "Patel",
    "Zhang",
    "Nguyen",
    "Ferreira",
    "Jones",
    "Evans",
    "Davies",
    "MacLeod",
    "Campbell",
    "Mensah",
    "Bakker",
    "Wójcik",
    "Lehmann",
    "Fitzgerald",
    "Achterberg",
    "Chaudhry",
    "Brennan",
]
UK_STREETS = [
    "Victoria Road",
    "Albert Street",
    "Church Lane",
    "Mill Road",
    "Station Road",
    "Queens Avenue",
    "Wellington Close",
    "Beech Crescent",
    "Rowan Way",
    "Kingsway",
    "Oxford Road",
    "Clarence Gardens",
    "Hollybush Lane",
    "Wilmslow Road",
    "Ladypool Road",
    "Coldharbour Lane",
]
IE_STREETS = [
    "Main Street",
    "The Maples",
    "Árd na Gréine",
    "Bóthar na Trá",
    "Castle Street",
    "Willow Park",
    "Oakwood Drive",
    "St. Patrick's Terrace",
    "Ashgrove Avenue",
    "Cnoc na Lobhar",
]
DE_STREETS = [
    "Hauptstraße",
    "Lindenallee",
    "Goethestr.",
    "Am Markt",
    "Bahnhofstraße",
    "Schillerstraße",
    "Kastanienweg",
    "Berliner Allee",
    "Rosenstraße",
    "Im Winkel",
    "Karl-Liebknecht-Str.",
]
UK_PLACES = [
    ("Manchester", "M14", 53.45, -2.22),
    ("Leeds", "LS6", 53.82, -1.57),
    ("Bristol", "BS8", 51.46, -2.62),
    ("Glasgow", "G12", 55.88, -4.30),
    ("Cardiff", "CF24", 51.49, -3.16),
    ("Belfast", "BT7", 54.58, -5.92),
    ("Birmingham", "B12", 52.46, -1.88),
    ("Leicester", "LE2", 52.61, -1.11),
    ("London", "N16", 51.56, -0.08),
    ("London", "SE15", 51.47, -0.07),
    ("Croydon", "CR0", 51.37, -0.10),
    ("Norwich", "NR2", 52.63, 1.28),
    ("Swansea", "SA1", 51.62, -3.94),
    ("Newcastle upon Tyne", "NE6", 54.98, -1.57),
]
IE_PLACES = [
    ("Dublin 8", "D08", 53.34, -6.29),
    ("Dublin 6W", "D6W", 53.31, -6.30),
    ("Cork", "T12", 51.89, -8.47),
    ("Galway", "H91", 53.27, -9.05),
    ("Limerick", "V94", 52.66, -8.63),
    ("Waterford", "X91", 52.26, -7.11),
    ("Athlone", "N37", 53.42, -7.94),
    ("Ballincollig", "P31", 51.89, -8.59),
    ("Drogheda", "A92", 53.72, -6.35),
]
DE_PLACES = [
    ("Berlin", "10437", 52.54, 13.41),
    ("München", "80469", 48.13, 11.57),
    ("Köln", "50667", 50.94, 6.96),
    ("Hamburg", "22765", 53.55, 9.93),
    ("Leipzig", "04109", 51.34, 12.37),
    ("Dresden", "01099", 51.07, 13.75),
    ("Stuttgart", "70178", 48.77, 9.17),
    ("Nürnberg", "90402", 49.45, 11.08),
    ("Bremen", "28195", 53.08, 8.80),
]
IE_COUNTIES = ["Co. Dublin", "Co. Cork", "Co. Galway", "Co. Limerick", "Co. Waterford", "Co. Westmeath"]
UK_CENTRES = [
    ("Wood Green (London)", "Wood Green Driving Test Centre, 39 Station Road, London", "N22 6UX"),
    ("Manchester (Cheetham Hill)", "Cheetham Hill DTC, Waterloo Road, Manchester", "M8 8DT"),
    ("Leeds (Harehills)", "Harehills DTC, Roundhay Road, Leeds", "LS8 4DS"),
    ("Bristol (Kingswood)", "Kingswood DTC, Bristol", "BS15 9QT"),
    ("Cardiff (Llanishen)", "Llanishen DTC, Ty Glas Avenue, Cardiff", "CF14 5DX"),
    ("Glasgow (Shieldhall)", "Shieldhall DTC, Renfrew Road, Glasgow", "G51 4SL"),
]
IE_CENTRES = ["Finglas", "Tallaght", "Wilton (Cork)", "Galway", "Limerick", "Athlone", "Mulhuddart"]
DE_CENTRES = [
    "TÜV SÜD Service-Center München-Westend",
    "DEKRA Prüfstelle Berlin-Spandau",
    "TÜV Rheinland Prüfstelle Köln-Poll",
    "DEKRA Leipzig",
    "TÜV NORD Hamburg-Altona",
]
PACKAGES = [
    ("PKG-01H-MAN", "Single lesson (manual)", 38.0),
    ("PKG-01H-AUT", "Single lesson (automatic)", 42.0),
    ("PKG-10H-MAN", "10 hour block (manual)", 350.0),
    ("PKG-10H-AUT", "10 hour block (automatic)", 395.0),
    ("PKG-20H-INT", "Intensive course 20 h", 720.0),
    ("PKG-MOCK", "Mock test", 55.0),
    ("PKG-PASSPLUS", "Pass Plus", 180.0),
    ("PKG-MWAY", "Motorway lesson", 48.0),
]
CARS = [
    "Ford Fiesta",
    "Vauxhall Corsa",
    "VW Polo",
    "Toyota Yaris Hybrid",
    "Peugeot 208",
    "Skoda Fabia",
    "Seat Ibiza",
    "Renault Clio",
    "VW Golf",
    "MG4 EV",
]
SCHOOLS = [
    "Clutch & Co Driving School",
    "Green Light Driving",
    "Fahrschule Schneider GmbH",
    "Roundabout School of Motoring",
    "Fahrschule am Ring",
    "Learn2Pass Cork",
]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
ALNUM = string.ascii_letters + string.digits


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúÁÓÚüöäÜÖÄßışçğÿłńśźż", "aeiouAOUuoaUOAsiscgylnszz")
    return "".join(c for c in s.translate(table) if c.isalnum() or c in "._-")


def email(f: Fake, name: str | None = None) -> str:
    fn, ln = (name or full(f)).split(" ", 1)
    fn, ln = ascii_fold(fn).lower(), ascii_fold(ln.replace(" ", "")).lower()
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln[:1]}", f"{fn[:1]}{ln}{f.r.randint(1, 99)}", f"{fn}_{ln}{f.r.randint(1, 9)}"]
    )
    domain = f.pick(
        [
            "gmail.com",
            "outlook.com",
            "icloud.com",
            "hotmail.co.uk",
            "eircom.net",
            "web.de",
            "gmx.de",
            "yahoo.ie",
            "btinternet.com",
            "posteo.de",
        ]
    )
    return f"{local}@{domain}"


def phone(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["UK", "UK", "UK", "IE", "DE"])
    d = f.digits
    if country == "UK":
        n = "7" + f.pick(["700", "911", "412", "568", "833", "949"]) + str(f.r.randint(100000, 999999))
        return f.pick(
            [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}"]
        )
    if country == "IE":
        pre, rest = f.pick(["83", "85", "86", "87", "89"]), str(f.r.randint(1000000, 9999999))
        return f.pick(
            [f"0{pre} {rest[:3]} {rest[3:]}", f"+353 {pre} {rest[:3]} {rest[3:]}", f"+353{pre}{rest}"]
        )
    pre = f.pick(["151", "152", "160", "170", "171", "176", "1590"])
    n = 7 if len(pre) == 4 else f.pick([7, 8])
    return f.pick([f"0{pre} {d(n)}", f"+49 {pre} {d(n)}", f"+49 (0){pre} {d(n)}", f"0{pre}-{d(n)}"])


def e164(f: Fake) -> str:
    country = f.pick(["UK", "UK", "IE", "DE"])
    if country == "UK":
        return "+447" + f.pick(["700", "911", "412", "568"]) + str(f.r.randint(100000, 999999))
    if country == "IE":
        return "+3538" + f.pick("35679") + str(f.r.randint(1000000, 9999999))
    return "+491" + f.pick(["51", "52", "60", "70", "76"]) + f.digits(8)


def landline(f: Fake) -> str:
    return f.pick(
        [
            f"0161 496 {f.digits(4)}",
            f"020 7946 {f.digits(4)}",
            f"+44 29 2018 {f.digits(4)}",
            f"+353 1 {f.digits(3)} {f.digits(4)}",
            f"030 {f.digits(8)}",
            f"+49 89 {f.digits(7)}",
        ]
    )


UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"


def uk_postcode(f: Fake, outward: str | None = None) -> str:
    outward = outward or f.pick(UK_PLACES)[1]
    return f"{outward} {f.r.randint(1, 9)}{f.pick(UK_INWARD)}{f.pick(UK_INWARD)}"


def eircode(f: Fake, key: str | None = None) -> str:
    key = key or f.pick(IE_PLACES)[1]
    return key + " " + "".join(f.pick(EIR) for _ in range(4))


def postcode(f: Fake) -> str:
    kind = f.pick(["UK", "UK", "UK", "IE", "DE"])
    if kind == "UK":
        return uk_postcode(f)
    if kind == "IE":
        return eircode(f)
    return f.pick(DE_PLACES)[1]


def street_line(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["UK", "UK", "UK", "IE", "DE"])
    if country == "UK":
        return f.pick(
            [
                f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}",
                f"Flat {f.r.randint(1, 30)}, {f.r.randint(2, 90)} {f.pick(UK_STREETS)}",
            ]
        )
    if country == "IE":
        return f.pick(
            [f"{f.r.randint(1, 120)} {f.pick(IE_STREETS)}", f"Apt {f.r.randint(1, 40)}, {f.pick(IE_STREETS)}"]
        )
    return f"{f.pick(DE_STREETS)} {f.r.randint(1, 150)}{f.pick(['', '', 'a', 'b'])}"


def full_address(f: Fake) -> str:
    country = f.pick(["UK", "UK", "IE", "DE"])
    if country == "UK":
        city, out, *_ = f.pick(UK_PLACES)
        return f"{street_line(f, 'UK')}, {city} {uk_postcode(f, out)}"
    if country == "IE":
        city, key, *_ = f.pick(IE_PLACES)
        return f"{street_line(f, 'IE')}, {city}, {eircode(f, key)}"
    city, plz, *_ = f.pick(DE_PLACES)
    return f"{street_line(f, 'DE')}, {plz} {city}"


def city(f: Fake) -> str:
    return f.pick(f.pick([UK_PLACES, UK_PLACES, IE_PLACES, DE_PLACES]))[0]


def place_point(f: Fake) -> tuple[float, float]:
    """A point near the town this message is about (set per message), else a random town."""
    place = getattr(f, "place", None) or f.pick(f.pick([UK_PLACES, IE_PLACES, DE_PLACES]))
    _, _, lat, lon = place
    return round(lat + f.r.uniform(-0.04, 0.04), 6), round(lon + f.r.uniform(-0.06, 0.06), 6)


def lat(f: Fake) -> float:
    return place_point(f)[0]


def lon(f: Fake) -> float:
    return place_point(f)[1]


def polyline(f: Fake) -> str:
    """Google's encoded polyline of a short drive near a UK/IE/DE town."""
    la, lo = place_point(f)
    points = [(la, lo)]
    for _ in range(f.r.randint(6, 14)):
        la, lo = la + f.r.uniform(-0.002, 0.002), lo + f.r.uniform(-0.003, 0.003)
        points.append((la, lo))
    out, prev = [], (0, 0)
    for la, lo in points:
        cur = (round(la * 1e5), round(lo * 1e5))
        for delta in (cur[0] - prev[0], cur[1] - prev[1]):
            v = ~(delta << 1) if delta < 0 else delta << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        prev = cur
    return "".join(out)


def dob(f: Fake, start: int = 1998, end: int = 2008) -> str:
    return f.date(start, end)


def dob_de(f: Fake) -> str:
    y, m, d = f.date(1996, 2008).split("-")
    return f"{d}.{m}.{y}"


def parent_dob(f: Fake) -> str:
    return f.date(1962, 1988)


def uk_licence(f: Fake) -> str:
    surname = ascii_fold(last(f)).upper().replace("'", "").replace(".", "")
    surname = "".join(c for c in surname if c.isalpha())[:5].ljust(5, "9")
    year, month, day = (int(x) for x in f.date(1996, 2008).split("-"))
    month += 50 if f.r.random() < 0.5 else 0
    initials = (ascii_fold(first(f))[0] + f.pick(["", "J", "A", "M"])).upper().ljust(2, "9")
    check = "".join(f.pick(string.ascii_uppercase) for _ in range(2))
    body = f"{surname}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"
    return body if f.r.random() < 0.7 else f"{body} {f.r.randint(10, 19)}"


def ie_licence(f: Fake) -> str:
    return f.digits(9)


def de_licence(f: Fake) -> str:
    chars = string.ascii_uppercase + string.digits
    return f.pick(["B", "J", "K", "F"]) + f.digits(3) + "".join(f.pick(chars) for _ in range(6)) + f.digits(1)


def licence_number(f: Fake) -> str:
    return f.pick([uk_licence, uk_licence, uk_licence, ie_licence, de_licence])(f)


def nino(f: Fake) -> str:
    first_l = f.pick([c for c in "ABCEGHJKLMNOPRSTWXYZ" if c not in "O"])
    second = f.pick([c for c in "ABCEGHJKLMNPRSTWXYZ"])
    while first_l + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = f.pick("ABCEHJLMPRSW")
    digits = f"{f.r.randint(0, 999999):06d}"
    suffix = f.pick("ABCD")
    if f.r.random() < 0.5:
        return f"{first_l}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{first_l}{second}{digits}{suffix}"


def ppsn(f: Fake) -> str:
    digits = f"{f.r.randint(0, 9999999):07d}"
    second = f.pick(["", "", "A"])
    total = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    rem = total % 23
    check = "W" if rem == 0 else chr(64 + rem)
    return f"{digits}{check}{second}"


def steuer_id(f: Fake) -> str:
    pool = f.r.sample(range(10), 9)
    body = [*pool, f.pick(pool)]
    f.r.shuffle(body)
    if body[0] == 0:
        i = next(i for i, d in enumerate(body) if d)
        body[0], body[i] = body[i], body[0]
    product = 10
    for d in body:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, body)) + str(check)


def ausweis(f: Fake) -> str:
    chars = "CFGHJKLMNPRTVWXYZ0123456789"
    body = f.pick("LMNPRTVWXY") + "".join(f.pick(chars) for _ in range(8))
    weights = [7, 3, 1]
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * weights[i % 3] for i, c in enumerate(body))
    return body + str(total % 10)


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            break
    n = "".join(map(str, body)) + str(check)
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def passport(f: Fake) -> str:
    return f.pick(
        [
            f.digits(9),
            "P" + f.pick("ABCDNT") + f.digits(7),
            "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        ]
    )


def iban(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["GB", "IE", "DE"])
    if country == "GB":
        bban = f.pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + f.digits(6) + f.digits(8)
    elif country == "IE":
        bban = f.pick(["AIBK", "BOFI", "IPBS"]) + f.digits(6) + f.digits(8)
    else:
        bban = f.digits(18)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def sort_code(f: Fake) -> str:
    return f.pick(["20-00-00", "40-47-84", "30-99-50", "60-83-71", "04-00-04", "93-11-52"])


def uk_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = f.pick(
        ["17", "18", "19", "20", "21", "22", "23", "24", "67", "68", "69", "70", "71", "72", "73", "74"]
    )
    return f"{f.pick(letters)}{f.pick(letters)}{age} {''.join(f.pick(letters) for _ in range(3))}"


def plate(f: Fake) -> str:
    kind = f.pick(["UK", "UK", "IE", "DE"])
    if kind == "UK":
        return uk_plate(f)
    if kind == "IE":
        year = f.pick(["191", "202", "231", "242", "241"])
        return f"{year}-{f.pick(['D', 'C', 'G', 'KY', 'LK', 'WH'])}-{f.r.randint(1, 99999)}"
    return de_plate(f)


def de_plate(f: Fake) -> str:
    letters = f.pick(string.ascii_uppercase) + f.pick(string.ascii_uppercase)
    return (
        f"{f.pick(['B', 'M', 'K', 'HH', 'L', 'DD'])}-{letters} {f.r.randint(1, 9999)}{f.pick(['', '', 'E'])}"
    )


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = f.pick(["WVW", "WF0", "VF3", "TMB", "SAL", "W0L", "JTD", "VSS"])
    body = list(wmi + "".join(f.pick(chars) for _ in range(14)))
    total = sum(values[c] * w for c, w in zip(body, weights, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def adi_number(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(100000, 999999)}",
            f"ADI {f.r.randint(100000, 999999)}",
            f"ADI{f.r.randint(1000, 9999)}",
        ]
    )


def ipv4(f: Fake) -> str:
    return (
        f.pick(
            [
                f"86.{f.r.randint(128, 191)}",
                f"81.{f.r.randint(96, 111)}",
                f"109.{f.r.randint(144, 159)}",
                f"90.{f.r.randint(192, 255)}",
                f"37.{f.r.randint(228, 231)}",
                f"31.{f.r.randint(16, 19)}",
                f"91.{f.r.randint(32, 63)}",
                f"217.{f.r.randint(224, 255)}",
            ]
        )
        + f".{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"
    )


def ipv6(f: Fake) -> str:
    pre = f.pick(["2a00:23c5", "2a02:c7c", "2001:bb6", "2a02:8109", "2003:e6"])
    return pre + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return ipv4(f) if f.r.random() < 0.75 else ipv6(f)


def b64url(f: Fake, n: int) -> str:
    return "".join(f.pick(ALNUM + "-_") for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + b64url(f, f.r.randint(70, 90))


def fbclid(f: Fake) -> str:
    return "IwAR" + b64url(f, 56)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(ALNUM) for _ in range(n))


def sha256(f: Fake) -> str:
    return f.hexid(64)


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi) * 2) / 2


def booking_ref(f: Fake) -> str:
    return f.digits(8)


def pick(*items: Any):
    return lambda f: f.pick(list(items))


def const(v: Any):
    return lambda f: v


# -- templates: optional keys and fixed lists ------------------------------------------------------


class Opt:
    """A key present in a share `p` of the events."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item, self.p = item, p


class Seq:
    """A fixed array: one element per template, in order (the answers of a form)."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if callable(template):
        template = G(template)
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- contexts ----------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Learn to drive with confidence | Clutch & Co"),
    ("/instructors", "Find a driving instructor near you"),
    ("/packages", "Lesson packages and prices"),
    ("/book", "Book a lesson"),
    ("/theory-test", "Theory test practice"),
    ("/account/bookings", "My bookings"),
    ("/checkout", "Checkout"),
]


HOME_PAGES = [
    ("/", "Learn to drive with confidence | Clutch & Co"),
    ("/de", "Fahrschule finden | Clutch & Co"),
    ("/ie", "Driving lessons in Ireland | Clutch & Co"),
]


def web_context() -> dict:
    return {
        "library": {"name": const("analytics.js"), "version": pick("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": G(lambda f: f.page[0]),
            "referrer": pick(
                "",
                "https://www.google.co.uk/",
                "https://www.google.ie/",
                "https://www.facebook.com/",
                "https://www.bing.com/",
            ),
            "search": pick("", "", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?postcode_prefill=1"),
            "title": G(lambda f: f.page[1]),
            "url": lambda_url(),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                        "version": pick("124", "123", "99", "8"),
                    },
                    3,
                ),
                "mobile": pick(True, False),
                "platform": pick("Windows", "Android", "macOS"),
            },
            0.5,
        ),
        "locale": pick("en-GB", "en-IE", "de-DE", "en-US", "pl-PL"),
        "timezone": pick("Europe/London", "Europe/Dublin", "Europe/Berlin"),
        "ip": Y(ip, "ip"),
        "campaign": Opt(
            {
                "name": pick("spring_intensive", "theory_bundle", "black_friday_blocks", "brand"),
                "source": pick("google", "facebook", "tiktok", "newsletter"),
                "medium": pick("cpc", "paid_social", "email"),
                "term": Opt(
                    pick("driving lessons near me", "automatic driving lessons", "fahrschule berlin"), 0.5
                ),
                "content": Opt(pick("carousel_a", "video_15s", "hero_cta"), 0.5),
            },
            0.35,
        ),
    }


def lambda_url() -> L:
    return G(lambda f: "https://www.clutchandco.example" + f.page[0])


def swift_context(app: str = "Clutch") -> dict:
    return {
        "app": {
            "name": const(app),
            "version": pick("4.18.0", "4.19.2", "4.20.0"),
            "build": pick("4180", "4192", "4200"),
            "namespace": const("com.clutchandco.learner"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"),
            "name": const("iPhone"),
            "type": const("ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": pick("en-GB", "en-IE", "de-DE"),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("EE", "Vodafone UK", "Three IE", "Telekom.de", "O2 - UK"),
        },
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 428), "height": pick(844, 852, 926), "density": const(3)},
        "timezone": pick("Europe/London", "Europe/Dublin", "Europe/Berlin"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Y(email, "email"),
                "firstName": Opt(Y(first, "name")),
                "userId": G(lambda f: "lrn_" + f.digits(7)),
            },
            0.6,
        ),
    }


def kotlin_context(app: str = "Clutch Instructor") -> dict:
    return {
        "app": {
            "name": const(app),
            "version": pick("2.9.0", "2.9.3", "3.0.1"),
            "build": pick("290", "293", "301"),
            "namespace": const("com.clutchandco.instructor"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "motorola", "Xiaomi"),
            "model": pick("SM-A546B", "Pixel 7a", "moto g54 5G", "23021RAAEG"),
            "name": pick("a54x", "lynx", "cancunf", "tapas"),
            "type": const("android"),
            "adTrackingEnabled": pick(True, False),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.1", "1.16.3")},
        "locale": pick("en-GB", "de-DE", "en-IE"),
        "network": {
            "bluetooth": pick(True, False),
            "cellular": pick(True, False),
            "wifi": pick(True, False),
            "carrier": pick("EE", "vodafone IE", "Telekom.de", "giffgaff"),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 2.75, 3.0), "height": pick(2340, 2400), "width": const(1080)},
        "timezone": pick("Europe/London", "Europe/Berlin", "Europe/Dublin"),
        "userAgent": pick(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
        ),
        "location": Opt(
            {
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
            },
            0.5,
        ),
        "traits": Opt({"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")}, 0.5),
    }


def rn_context() -> dict:
    return {
        "app": {
            "name": const("Clutch"),
            "version": pick("5.2.0", "5.3.1"),
            "build": pick("520", "531"),
            "namespace": const("com.clutchandco.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone13,2", "SM-G991B", "Pixel 6"),
            "name": pick("iPhone", "o1s", "oriole"),
            "type": pick("ios", "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.3),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "locale": pick("en-GB", "en-IE", "de-DE"),
        "network": {"cellular": pick(True, False), "wifi": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14", "13")},
        "screen": {"height": pick(844, 915), "width": pick(390, 412)},
        "timezone": pick("Europe/London", "Europe/Dublin", "Europe/Berlin"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {"name": Y(full, "name"), "email": Y(email, "email"), "phone": Opt(Y(phone, "phone"), 0.4)}, 0.5
        ),
        "location": Opt(
            {"city": Y(city, "city"), "country": pick("United Kingdom", "Ireland", "Germany")}, 0.3
        ),
    }


def flutter_context() -> dict:
    return {
        "app": {
            "name": const("Fahrschule App"),
            "version": pick("1.8.2", "1.9.0"),
            "build": pick("47", "52"),
            "namespace": const("de.fahrschule.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung", "OnePlus"),
            "model": pick("iPhone14,7", "SM-S918B", "CPH2449"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": pick("de-DE", "de-AT", "en-GB", "tr-TR"),
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14")},
        "screen": {"height": pick(844, 2316), "width": pick(390, 1080)},
        "timezone": const("Europe/Berlin"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str) -> dict:
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": const(name), "version": pick(*versions)}}
    if lib in ("python", "node", "ruby", "dotnet"):
        ctx["ip"] = Opt(Y(ip, "ip"), 0.7)
    if lib == "node":
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.5)
    if lib == "python":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(email, "email", True),
                    "type": const("email"),
                    "collection": const("users"),
                    "encoding": const("none"),
                },
                1,
            ),
            0.5,
        )
    if lib in ("java", "dotnet"):
        ctx["locale"] = pick("de-DE", "en-GB", "en-IE")
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}

# -- shared fragments --------------------------------------------------------------------------------


def pick_package(f: Fake) -> str:
    """Chooses the package the following keys of the same product describe."""
    f.pkg = f.pick(PACKAGES)
    return f.pkg[0].lower().replace("pkg-", "p_")


def package_item() -> dict:
    return {
        "product_id": G(pick_package),
        "sku": G(lambda f: f.pkg[0]),
        "name": G(lambda f: f.pkg[1]),
        "category": G(
            lambda f: "Tests" if "MOCK" in f.pkg[0] else "Courses" if "H-" not in f.pkg[0] else "Lessons"
        ),
        "variant": G(lambda f: "automatic" if "AUT" in f.pkg[0] else "manual"),
        "price": G(lambda f: f.pkg[2]),
        "quantity": pick(1, 1, 1, 2),
        "position": G(lambda f: f.r.randint(1, 8)),
        "url": G(lambda f: "https://www.clutchandco.example/packages/" + f.pkg[0].lower()),
    }


def test_centre_uk() -> dict:
    return {
        "name": G(lambda f: f.centre[0]),
        "address": G(lambda f: f.centre[1]),
        "postcode": G(lambda f: f.centre[2]),
        "phone": const("0300 200 1122"),
    }


def green_note(options: list[str]) -> L:
    return G(lambda f: f.pick(options))


# -- events ------------------------------------------------------------------------------------------
# (call, event or page/screen name, client, body, weight)

EVENTS: list[tuple[str, str | None, str, dict, int]] = []


def ev(call: str, name: str | None, client: str, body: dict, weight: int = 1) -> None:
    EVENTS.append((call, name, client, body, weight))


# Pages (analytics.js page properties).
ev(
    "page",
    "Home",
    "web",
    {
        "path": G(lambda f: f.page[0]),
        "referrer": pick("", "https://www.google.co.uk/", "https://www.google.de/"),
        "search": pick("", "?utm_source=google&utm_medium=cpc&utm_campaign=brand", "?ref=app_banner"),
        "title": G(lambda f: f.page[1]),
        "url": G(lambda f: "https://www.clutchandco.example" + f.page[0]),
    },
    3,
)
ev(
    "page",
    "Instructor Profile",
    "web",
    {
        "path": G(lambda f: f.page[0]),
        "title": G(lambda f: f.page[1]),
        "url": G(lambda f: "https://www.clutchandco.example" + f.page[0]),
        "referrer": pick("https://www.clutchandco.example/instructors", ""),
        "instructor_id": G(lambda f: f.digits(5)),
    },
    2,
)

# Learner identity.
ev(
    "identify",
    None,
    "web",
    {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Y(phone, "phone"),
        "birthday": Y(dob, "birthdate"),
        "gender": Opt(Y(pick("female", "male", "non_binary", "prefer_not_to_say"), "gender"), 0.5),
        "address": {
            "street": Y(street_line, "street|address"),
            "city": Y(city, "city"),
            "postalCode": Y(postcode, "zipcode"),
            "country": pick("GB", "IE", "DE"),
        },
        "age": G(lambda f: f.r.randint(17, 34)),
        "createdAt": G(lambda f: f.iso()),
        "licenceType": pick("provisional", "provisional", "full", "none"),
        "theoryTestPassed": pick(True, False),
        "lessonsTaken": G(lambda f: f.r.randint(0, 48)),
        "preferredInstructorGender": pick("any", "female", "male"),
        "transmission": pick("manual", "automatic"),
        "hasParentPayer": pick(True, False),
        "marketingOptIn": pick(True, False),
        "emailVerified": pick(True, False),
        "plan": pick("pay_as_you_go", "block_10", "intensive"),
    },
    2,
)
ev(
    "identify",
    None,
    "swift",
    {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Opt(Y(phone, "phone")),
        "avatar": Opt(Y(lambda f: f"https://cdn.clutchandco.example/avatars/{f.uuid()}.jpg", "photo"), 0.5),
        "licenceType": pick("provisional", "full", "none"),
        "pushEnabled": pick(True, False),
        "lessonsTaken": G(lambda f: f.r.randint(0, 48)),
        "instructorId": Opt(G(lambda f: f.digits(5))),
    },
)
ev("alias", None, "swift", {})
ev("alias", None, "web", {})

# Warehouse reverse-ETL (SCREAMING_SNAKE).
ev(
    "identify",
    None,
    "python",
    {
        "LEARNER_ID": G(lambda f: "lrn_" + f.digits(7)),
        "EMAIL": Y(email, "email"),
        "FIRST_NAME": Y(first, "name"),
        "LAST_NAME": Y(last, "name"),
        "MOBILE_NUMBER": Y(phone, "phone"),
        "POSTCODE": Y(postcode, "zipcode"),
        "DATE_OF_BIRTH": Y(dob, "birthdate"),
        "LIFETIME_VALUE_GBP": G(lambda f: money(f, 0, 2400)),
        "LESSONS_COMPLETED": G(lambda f: f.r.randint(0, 60)),
        "PASS_PROBABILITY": G(lambda f: round(f.r.random(), 3)),
        "CHURN_RISK": pick("LOW", "MEDIUM", "HIGH"),
        "IS_PARENT_FUNDED": pick(True, False),
        "LAST_LESSON_AT": G(lambda f: f.iso()),
        "HOME_REGION": pick("North West", "Leinster", "Munster", "Bayern", "London", "Wales"),
    },
)

# Instructor search and profile.
ev(
    "track",
    "Instructors Searched",
    "web",
    {
        "postcode": Y(postcode, "zipcode"),
        "transmission": pick("manual", "automatic", "any"),
        "radius_miles": pick(3, 5, 10),
        "results_count": G(lambda f: f.r.randint(0, 40)),
        "female_only": pick(True, False),
        "language": pick("English", "Polish", "Urdu", "Irish", "Deutsch", "Türkçe"),
    },
    2,
)
ev(
    "track",
    "Instructor Profile Viewed",
    "web",
    {
        "instructor_id": G(lambda f: f.digits(5)),
        "instructor_name": Y(full, "name"),
        "instructor_gender": Y(pick("female", "male"), "gender"),
        "adi_badge_verified": pick(True, False),
        "hourly_rate": Y(lambda f: money(f, 32, 52), "salary"),
        "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
        "car_model": pick(*CARS),
        "languages": Many(pick("English", "Polish", "Punjabi", "Urdu", "Irish", "German", "Turkish"), 2),
        "school_name": pick(*SCHOOLS),
    },
    2,
)
ev(
    "track",
    "Instructor Contacted",
    "rn",
    {
        "instructor_id": G(lambda f: f.digits(5)),
        "channel": pick("call", "sms", "whatsapp"),
        "proxy_number": pick("+44 7700 900461", "+44 7700 900462", "+353 86 180 0101"),
        "instructor_available": pick(True, False),
    },
)

# Lesson booking lifecycle.
ev(
    "track",
    "Lesson Booked",
    "web",
    {
        "booking_id": G(lambda f: f.digits(8)),
        "lesson_type": pick("standard", "motorway", "night", "mock_test", "refresher"),
        "duration_minutes": pick(60, 90, 120),
        "start_time": G(lambda f: f.iso()),
        "instructor_id": G(lambda f: f.digits(5)),
        "package_id": Opt(G(lambda f: f.pick(PACKAGES)[0])),
        "price": G(lambda f: money(f, 32, 95)),
        "currency": pick("GBP", "EUR"),
        "pickup": {
            "line1": Y(street_line, "address|street"),
            "town": Y(city, "city"),
            "postcode": Y(postcode, "zipcode"),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "is_home": pick(True, False),
        },
        "is_first_lesson": pick(True, False),
        "learner_age": G(lambda f: f.r.randint(17, 40)),
    },
    2,
)
ev(
    "track",
    "Lesson Booked",
    "swift",
    {
        "booking_id": G(lambda f: f.digits(8)),
        "lesson_type": pick("standard", "motorway", "night"),
        "duration_minutes": pick(60, 90, 120),
        "start_time": G(lambda f: f.iso()),
        "instructor_id": G(lambda f: f.digits(5)),
        "price": G(lambda f: money(f, 32, 95)),
        "currency": pick("GBP", "EUR"),
        "pickup": {
            "line1": Y(street_line, "address|street"),
            "town": Y(city, "city"),
            "postcode": Y(postcode, "zipcode"),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "is_home": pick(True, False),
        },
        "is_first_lesson": pick(True, False),
    },
)
ev(
    "track",
    "Lesson Cancelled",
    "swift",
    {
        "booking_id": G(lambda f: f.digits(8)),
        "reason": pick("illness", "work", "weather", "instructor_unavailable", "other"),
        "hours_notice": G(lambda f: f.r.randint(1, 120)),
        "fee_charged": G(lambda f: f.pick([0, 0, 19.0, 38.0])),
        "cancelled_by": pick("learner", "instructor", "parent"),
    },
)
ev(
    "track",
    "Pickup Note Added",
    "swift",
    {
        "booking_id": G(lambda f: f.digits(8)),
        "note": Y(
            lambda f: f.pick(
                [
                    f"Text me on {phone(f)} when you're outside",
                    f"Gate is locked, ring {phone(f)}",
                    f"If I'm late call my mum {phone(f)}",
                    f"Pick up from college car park, mob {phone(f)}",
                    f"Bitte kurz anrufen: {phone(f, 'DE')}",
                ]
            ),
            "phone",
            True,
        ),
    },
)
ev(
    "track",
    "Pickup Address Autocompleted",
    "web",
    {
        "session_token": G(lambda f: f.uuid()),
        "selected": {
            "description": Y(full_address, "address", True),
            "types": Many(pick("street_address", "premise", "subpremise"), 2),
        },
        "predictions_shown": G(lambda f: f.r.randint(1, 5)),
        "input_length": G(lambda f: f.r.randint(3, 24)),
        "provider": const("google_places"),
    },
)
ev(
    "track",
    "Form Field Completed",
    "web",
    {
        "form_id": pick("signup", "book_lesson"),
        "field": pick("email", "confirm_email"),
        "value": Y(email, "email", True),
        "time_to_complete_ms": G(lambda f: f.r.randint(900, 22000)),
        "autofilled": pick(True, False),
    },
)

# Licence, eyesight, medical.
ev(
    "track",
    "Provisional Licence Added",
    "swift",
    {
        "licenceNumber": Y(uk_licence, "license"),
        "nameOnLicence": Y(full, "name"),
        "issueNumber": pick("11", "12", "13", "14"),
        "validFrom": G(lambda f: f.date(2021, 2024)),
        "validTo": G(lambda f: f.date(2030, 2034)),
        "categories": Many(pick("B", "AM", "Q", "p"), 3),
        "shareCode": Opt(
            RED(
                lambda f: "".join(
                    f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)
                ),
                "token",
            ),
            0.5,
        ),
        "licenceVerified": pick(True, False),
        "photoCardExpiry": G(lambda f: f.date(2027, 2034)),
        "addressMatchesLicence": pick(True, False),
    },
)
ev(
    "track",
    "Eyesight Declaration Submitted",
    "kotlin",
    {
        "declaration_id": G(lambda f: f.uuid()),
        "can_read_plate_20m": Y(pick(True, True, True, False), "condition"),
        "wears_glasses_or_lenses": Y(pick(True, False), "condition"),
        "declared_at": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "MedicalDeclarationSubmitted",
    "dotnet",
    {
        "DeclarationId": G(lambda f: f.uuid()),
        "LearnerId": G(lambda f: "lrn_" + f.digits(7)),
        "NotifiableConditions": Many(
            Y(
                pick("epilepsy", "diabetes (insulin-treated)", "sleep apnoea", "none", "heart condition"),
                "condition",
            ),
            2,
        ),
        "TakesMedicationAffectingDriving": Y(pick(True, False), "medication"),
        "NhsNumber": Opt(RED(nhs_number, "health id"), 0.7),
        "GpName": Y(lambda f: "Dr " + full(f), "name"),
        "GpSurgery": pick("Ladybarn Group Practice", "The Beeches Medical Centre", "Riverside Health Centre"),
        "GpPhone": G(landline),
        "ConsentToContactGp": pick(True, False),
    },
)
ev(
    "track",
    "Theory Test Accommodations Requested",
    "web",
    {
        "request_id": G(lambda f: f.digits(7)),
        "reasonable_adjustments": Many(
            RED(
                pick("extra_time", "reader", "bsl_video", "separate_room", "listen_via_headphones"),
                "disability",
            ),
            2,
        ),
        "evidence_uploaded": pick(True, False),
        "evidence_file_type": pick("pdf", "jpg"),
        "voiceover_language": pick("none", "Welsh", "Polish", "Urdu"),
    },
)

# Theory and practical tests.
ev(
    "track",
    "Theory Test Booked",
    "web",
    {
        "booking_reference": G(booking_ref),
        "test_centre": test_centre_uk(),
        "test_date": G(lambda f: f.date(2024, 2025)),
        "test_time": pick("08:40", "10:10", "13:30", "15:10"),
        "fee": const(23.0),
        "licence_number": Y(uk_licence, "license"),
        "candidate_email": Y(email, "email"),
        "voiceover": pick(False, False, True),
    },
)
ev(
    "track",
    "Theory Test Result Recorded",
    "python",
    {
        "candidate_driver_number": Y(uk_licence, "license"),
        "passed": pick(True, False),
        "mc_score": G(lambda f: f.r.randint(30, 50)),
        "hpt_score": G(lambda f: f.r.randint(30, 75)),
        "certificate_number": Opt(Y(lambda f: f.digits(8), "certificate"), 0.6),
        "test_date": G(lambda f: f.date(2024, 2024)),
        "centre_name": pick("Manchester", "Leeds", "Croydon", "Swansea", "Belfast"),
    },
)
ev(
    "track",
    "Practical Test Booked",
    "node",
    {
        "dvsa_booking_ref": G(booking_ref),
        "test_centre": test_centre_uk(),
        "test_datetime": G(lambda f: f.iso()),
        "candidate": {
            "driver_number": Y(uk_licence, "license"),
            "name": Y(full, "name"),
            "theory_cert_number": Y(lambda f: f.digits(8), "certificate"),
            "mobile": Y(lambda f: phone(f, "UK"), "phone"),
        },
        "using_instructor_car": pick(True, False),
        "instructor_adi_number": Y(adi_number, "license|certificate"),
        "booked_via": pick("cancellation_checker", "dvsa_direct", "instructor"),
        "days_until_test": G(lambda f: f.r.randint(2, 160)),
    },
)
ev(
    "track",
    "Practical Test Result Recorded",
    "node",
    {
        "dvsa_booking_ref": G(booking_ref),
        "result": pick("pass", "fail"),
        "driving_faults": G(lambda f: f.r.randint(0, 15)),
        "serious_faults": G(lambda f: f.r.randint(0, 2)),
        "examiner_name": Y(full, "name"),
        "test_route_id": G(lambda f: f"R{f.r.randint(1, 24):02d}"),
        "pass_certificate_number": Opt(Y(lambda f: f.pick("ABCDEFGHJK") + f.digits(6), "certificate"), 0.5),
    },
)
ev(
    "track",
    "Test Slot Alert Subscribed",
    "rn",
    {
        "test_centres": Many(
            pick("Wood Green", "Mill Hill", "Borehamwood", "Cheetham Hill", "Finglas", "Tallaght"), 3
        ),
        "date_from": G(lambda f: f.date(2024, 2024)),
        "alert_channels": Many(pick("sms", "push", "email"), 2),
        "alert_phone": Y(phone, "phone"),
        "driving_licence_number": Y(licence_number, "license"),
        "booking_reference": G(booking_ref),
    },
)
ev(
    "track",
    "Driving Test Applied",
    "ruby",
    {
        "application_id": G(lambda f: "RSA-" + f.digits(7)),
        "ppsn": RED(ppsn, "national id"),
        "learner_permit_number": Y(ie_licence, "license"),
        "eircode": Y(eircode, "zipcode"),
        "county": pick(*IE_COUNTIES),
        "edt_lessons_completed": G(lambda f: f.r.randint(6, 12)),
        "edt_logbook_signed": pick(True, False),
        "preferred_centre": pick(*IE_CENTRES),
        "accompanying_driver": {
            "name": Y(full, "name"),
            "licence_number": Y(ie_licence, "license"),
            "phone": Y(lambda f: phone(f, "IE"), "phone"),
            "relationship": pick("parent", "sibling", "partner", "friend"),
            "years_licensed": G(lambda f: f.r.randint(2, 35)),
        },
        "fee_eur": const(85.0),
    },
)

# Instructors.
ev(
    "track",
    "Instructor Signed Up",
    "node",
    {
        "instructor_id": G(lambda f: f.digits(5)),
        "first_name": Y(first, "name"),
        "last_name": Y(last, "name"),
        "email": Y(email, "email"),
        "mobile": Y(phone, "phone"),
        "adi_number": Y(adi_number, "license|certificate"),
        "adi_badge_expiry": G(lambda f: f.date(2025, 2028)),
        "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
        "right_to_work_confirmed": RED(pick(True, True, False), "visa"),
        "national_insurance_number": RED(nino, "national id"),
        "years_experience": G(lambda f: f.r.randint(0, 30)),
        "car": {
            "make_model": pick(*CARS),
            "registration": Y(uk_plate, "license"),
            "transmission": pick("manual", "automatic"),
            "dual_controls": pick(True, True, False),
        },
        "payout": {
            "sort_code": G(sort_code),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder_name": Y(full, "name"),
        },
    },
)
ev(
    "identify",
    None,
    "kotlin",
    {
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "email": Y(email, "email"),
        "phone": Y(phone, "phone"),
        "role": const("instructor"),
        "adi_number": Y(adi_number, "license|certificate"),
        "hourly_rate": Y(lambda f: money(f, 32, 52), "salary"),
        "home_postcode": Y(postcode, "zipcode"),
        "areas_covered": Many(pick("M14", "M20", "M21", "LS6", "D08", "T12", "10437", "80469"), 4),
        "active_pupils": G(lambda f: f.r.randint(0, 40)),
        "school_id": G(lambda f: f.digits(4)),
        "onboarded_at": G(lambda f: f.iso()),
    },
)
ev(
    "group",
    None,
    "node",
    {
        "name": pick(*SCHOOLS),
        "bookings_email": pick(
            "bookings@clutchandco.example", "info@fahrschule-schneider.example", "hello@learn2pass.example"
        ),
        "office_phone": G(landline),
        "office_address": {
            "street": pick("Unit 4, Trafford Park Road", "Friedrichstraße 120", "12 South Mall"),
            "city": pick("Manchester", "Berlin", "Cork"),
            "postalCode": pick("M17 1HH", "10117", "T12 XK2P"),
            "country": pick("GB", "DE", "IE"),
        },
        "owner_name": Y(full, "name"),
        "plan": pick("solo", "school", "franchise"),
        "industry": const("Driver training"),
        "website": pick("https://www.clutchandco.example", "https://fahrschule-schneider.example"),
        "vat_number": pick("GB123456789", "DE811569869", "IE6388047V"),
        "createdAt": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "InstructorPayoutSent",
    "go",
    {
        "instructor_id": G(lambda f: f.digits(5)),
        "payout_amount": Y(lambda f: money(f, 200, 3200), "salary"),
        "currency": pick("GBP", "EUR"),
        "period_start": G(lambda f: f.date(2024, 2024)),
        "lessons_count": G(lambda f: f.r.randint(4, 90)),
        "commission_rate": pick(0.1, 0.12, 0.15),
        "payout_iban": RED(iban, "bank account"),
        "payout_reference": G(lambda f: "PO-" + f.digits(6)),
        "status": pick("paid", "pending", "failed"),
    },
)

# In-car tracking.
ev(
    "track",
    "Lesson Started",
    "kotlin",
    {
        "lesson_id": G(lambda f: f.digits(8)),
        "start_lat": Y(lat, "geolocation"),
        "start_lng": Y(lon, "geolocation"),
        "vehicle_registration": Y(plate, "license"),
        "odometer_miles": G(lambda f: f.r.randint(4000, 120000)),
        "dashcam_recording": pick(True, False),
        "pupil_id": G(lambda f: "lrn_" + f.digits(7)),
    },
    2,
)
ev(
    "track",
    "Lesson Route Uploaded",
    "kotlin",
    {
        "lesson_id": G(lambda f: f.digits(8)),
        "route_polyline": Y(polyline, "geolocation"),
        "points": Many(
            {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "ts": G(lambda f: f.epoch_ms()),
                "speed_kmh": G(lambda f: round(f.r.uniform(0, 95), 1)),
            },
            5,
        ),
        "distance_km": G(lambda f: round(f.r.uniform(4, 45), 2)),
        "max_speed_kmh": G(lambda f: f.r.randint(30, 115)),
        "harsh_braking_count": G(lambda f: f.r.randint(0, 6)),
        "stalls": G(lambda f: f.r.randint(0, 5)),
    },
)
ev(
    "track",
    "Dashcam Clip Saved",
    "kotlin",
    {
        "clip_id": G(lambda f: f.uuid()),
        "lesson_id": G(lambda f: f.digits(8)),
        "trigger": pick("harsh_brake", "manual", "near_miss", "instructor_brake"),
        "duration_s": pick(15, 30, 60),
        "cabin_snapshot_url": Y(lambda f: f"https://media.clutchandco.example/cabin/{f.uuid()}.jpg", "photo"),
        "latitude": Y(lat, "geolocation"),
        "longitude": Y(lon, "geolocation"),
        "sha256": G(sha256),
    },
)
ev(
    "track",
    "Lesson Completed",
    "kotlin",
    {
        "lesson_id": G(lambda f: f.digits(8)),
        "duration_minutes": pick(60, 90, 120),
        "skills_covered": Many(
            pick(
                "roundabouts",
                "parallel_park",
                "bay_park",
                "emergency_stop",
                "dual_carriageway",
                "independent_driving",
            ),
            3,
        ),
        "competency_scores": {
            "junctions": G(lambda f: f.r.randint(1, 5)),
            "roundabouts": G(lambda f: f.r.randint(1, 5)),
            "manoeuvres": G(lambda f: f.r.randint(1, 5)),
        },
        "instructor_feedback": green_note(
            [
                "Good progress on roundabouts, keep working on lane discipline.",
                "Mirror checks before signalling need to be more consistent.",
                "Great parallel park today. Ready for a mock test soon.",
                "Hesitant at busy junctions, more practice on the ring road.",
                "Bitte mehr auf Schulterblick achten.",
            ]
        ),
        "test_ready": pick(True, False),
        "miles_driven": G(lambda f: round(f.r.uniform(5, 40), 1)),
    },
    2,
)
ev(
    "screen",
    "Pupil Details",
    "kotlin",
    {
        "pupil_id": G(lambda f: "lrn_" + f.digits(7)),
        "tab": pick("progress", "notes", "payments"),
    },
)
ev(
    "screen",
    "Booking Summary",
    "rn",
    {"booking_id": G(lambda f: f.digits(8)), "from": pick("push", "diary", "deeplink")},
)

# Learner app: verification, chat, referrals, contacts.
ev(
    "track",
    "Phone Verification Requested",
    "rn",
    {
        "phone_number": Y(phone, "phone"),
        "channel": pick("sms", "whatsapp"),
        "otp_length": const(6),
        "attempt": G(lambda f: f.r.randint(1, 3)),
    },
)
ev(
    "track",
    "Verification Code Entered",
    "rn",
    {
        "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
        "success": pick(True, True, False),
        "phone_verified": pick(True, False),
    },
)
ev(
    "track",
    "Sign-in Link Requested",
    "ruby",
    {
        "email": Y(email, "email"),
        "magic_link_url": RED(
            lambda f: f"https://app.clutchandco.example/auth/magic?token={alnum(f, 43)}", "token"
        ),
        "link_expires_in": const(900),
        "requested_from": pick("web", "ios", "android"),
    },
)
ev(
    "track",
    "Message Sent",
    "rn",
    {
        "conversation_id": G(lambda f: f.uuid()),
        "sender_role": pick("learner", "instructor", "parent"),
        "text": Y(
            lambda f: f.pick(
                [
                    f"Hi {first(f)}, running 10 mins late sorry!",
                    f"Thanks {first(f)}, see you Tuesday",
                    f"Morning {first(f)} - can we do 2pm instead?",
                    f"{first(f)} I've paid for the next block now",
                    f"Hallo {first(f)}, passt 16 Uhr?",
                ]
            ),
            "name",
            True,
        ),
        "attachments_count": G(lambda f: f.r.randint(0, 2)),
    },
    2,
)
ev(
    "track",
    "Referral Sent",
    "swift",
    {
        "referral_code": G(lambda f: "CLUTCH-" + f.hexid(6).upper()),
        "channel": pick("sms", "whatsapp", "copy_link"),
        "friend_name": Y(full, "name"),
        "friend_phone": Y(phone, "phone"),
        "contacts_permission": pick(True, False),
    },
)
ev(
    "track",
    "Emergency Contact Updated",
    "swift",
    {
        "emergency_contact": {
            "name": Y(full, "name"),
            "phone": Y(phone, "phone"),
            "relationship": pick("mother", "father", "partner", "flatmate", "guardian"),
        },
    },
)
ev(
    "track",
    "Push Notification Opened",
    "swift",
    {
        "campaign_id": G(lambda f: f.digits(6)),
        "title": pick("Lesson tomorrow", "Your test is in 7 days", "New slot available"),
        "body": Y(
            lambda f: f.pick(
                [
                    f"Hi {first(f)}, your lesson with {first(f)} is tomorrow at {f.r.randint(8, 18)}:00",
                    f"{first(f)}, a test slot at {f.pick(IE_CENTRES)} just opened up",
                    f"{first(f)} has confirmed your pickup for {f.pick(['Monday', 'Friday', 'Saturday'])}",
                ]
            ),
            "name",
            True,
        ),
        "deeplink": pick("clutch://bookings", "clutch://tests/slots", "clutch://chat"),
    },
)
ev(
    "track",
    "Support Bot Message",
    "web",
    {
        "input": green_note(
            [
                "how do i change my test date",
                "refund for cancelled lesson",
                "can i use my own car",
                "what happens if i fail",
                "Kann ich die Prüfung verschieben?",
                "do you do automatic lessons",
            ]
        ),
        "intent": pick("reschedule_test", "refund", "faq_car", "faq_fail", "other"),
        "confidence": G(lambda f: round(f.r.uniform(0.3, 0.99), 2)),
        "handoff_to_agent": pick(True, False),
    },
)
ev(
    "track",
    "Support Ticket Created",
    "php",
    {
        "ticket_id": G(lambda f: f.digits(6)),
        "subject": pick("Refund request", "Instructor no-show", "Change pickup address", "Account locked"),
        "description": Y(
            lambda f: f.pick(
                [
                    f"Hi, this is {full(f)}. My instructor didn't turn up on Tuesday.",
                    f"My name is {full(f)} and I'd like a refund for my block booking.",
                    f"Booking for my son {full(f)} - can we move it to Saturday?",
                    f"I'm {full(f)}, I can't log in since I changed my phone.",
                ]
            ),
            "name",
            True,
        ),
        "requester_email": Y(email, "email"),
        "priority": pick("low", "normal", "high"),
        "channel": pick("web", "email", "app"),
    },
)
ev(
    "track",
    "Review Submitted",
    "web",
    {
        "instructor_id": G(lambda f: f.digits(5)),
        "rating": G(lambda f: f.r.randint(3, 5)),
        "review_text": Y(
            lambda f: f.pick(
                [
                    f"{first(f)} was brilliant, passed first time!",
                    f"Really patient instructor, {first(f)} made me feel calm before the test.",
                    f"Would recommend {first(f)} to anyone nervous about driving.",
                    f"{first(f)} ist super geduldig, danke!",
                ]
            ),
            "name",
            True,
        ),
        "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
        "would_recommend": pick(True, False),
        "passed_test": pick(True, False),
    },
)

# E-commerce spec: packages.
ev(
    "track",
    "Product List Viewed",
    "web",
    {
        "list_id": pick("packages_manual", "packages_automatic", "courses"),
        "category": pick("Lessons", "Courses"),
        "products": Many(package_item(), 4),
    },
    2,
)
ev(
    "track",
    "Product Added",
    "swift",
    {
        "cart_id": G(lambda f: f.uuid()),
        **{
            k: v for k, v in package_item().items() if k in ("product_id", "sku", "name", "price", "quantity")
        },
    },
)
ev(
    "track",
    "Checkout Started",
    "web",
    {
        "order_id": G(lambda f: f.hexid(24)),
        "revenue": G(lambda f: money(f, 38, 720)),
        "tax": G(lambda f: money(f, 0, 120)),
        "currency": pick("GBP", "EUR"),
        "products": Many(package_item(), 2),
    },
)
ev(
    "track",
    "Payment Info Entered",
    "web",
    {
        "checkout_id": G(lambda f: f.uuid()),
        "order_id": G(lambda f: f.hexid(24)),
        "step": const(2),
        "payment_method": pick("card", "apple_pay", "paypal", "klarna", "sepa_debit"),
        "card_brand": pick("visa", "mastercard", "amex"),
        "card_last4": G(lambda f: f.digits(4)),
        "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
        "payment_method_id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
        "billing_postcode": Y(postcode, "zipcode"),
        "cardholder_name": Y(full, "name"),
    },
)
ev(
    "track",
    "Order Completed",
    "web",
    {
        "order_id": G(lambda f: f.hexid(24)),
        "invoice_number": G(lambda f: "INV-" + f.digits(7)),
        "total": G(lambda f: money(f, 38, 720)),
        "tax": G(lambda f: money(f, 0, 120)),
        "discount": G(lambda f: f.pick([0, 0, 10.0, 35.0])),
        "coupon": pick("", "STUDENT10", "FIRSTLESSON"),
        "currency": pick("GBP", "EUR"),
        "products": Many(package_item(), 2),
        "payer": {
            "is_parent": pick(True, False),
            "name": Y(full, "name"),
            "email": Y(email, "email"),
        },
        "billing_address": {
            "line1": Y(street_line, "address|street"),
            "city": Y(city, "city"),
            "postcode": Y(postcode, "zipcode"),
            "country": pick("GB", "IE", "DE"),
        },
        "gclid": Opt(Y(gclid, "advertising id"), 0.4),
        "fbclid": Opt(Y(fbclid, "advertising id"), 0.3),
    },
    2,
)
ev(
    "track",
    "Parent Payment Invite Sent",
    "node",
    {
        "learner_id": G(lambda f: "lrn_" + f.digits(7)),
        "parent_email": Y(email, "email"),
        "parent_first_name": Y(first, "name"),
        "relationship": pick("mother", "father", "guardian", "grandparent"),
        "invite_token": RED(lambda f: alnum(f, 32), "token"),
        "expires_at": G(lambda f: f.iso()),
        "amount_requested": G(lambda f: money(f, 38, 720)),
    },
)
ev(
    "track",
    "Gift Voucher Purchased",
    "web",
    {
        "voucher_id": G(lambda f: f.uuid()),
        "voucher_code": RED(
            lambda f: "GIFT-" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "token"
        ),
        "amount": pick(38.0, 100.0, 150.0, 350.0),
        "recipient_name": Y(full, "name"),
        "recipient_email": Y(email, "email"),
        "message": Y(
            lambda f: f.pick(
                [
                    f"Happy 17th birthday {first(f)}! Love Mum & Dad xx",
                    f"For {first(f)} - time to learn! From Nan",
                    f"Alles Gute zum Geburtstag, {first(f)}!",
                    f"{first(f)}, no more lifts from me :) Happy birthday",
                ]
            ),
            "name",
            True,
        ),
        "deliver_on": G(lambda f: f.date(2024, 2025)),
        "sender_is_parent": pick(True, False),
    },
)
ev(
    "track",
    "PaymentPlanCreated",
    "dotnet",
    {
        "PlanId": G(lambda f: f.uuid()),
        "InstalmentCount": pick(3, 6, 12),
        "CreditScore": Y(lambda f: f.r.randint(420, 999), "credit score"),
        "CreditCheckProvider": pick("Experian", "Equifax", "SCHUFA"),
        "AffordabilityPassed": pick(True, False),
        "ApplicantEmploymentStatus": pick("student", "employed", "self_employed", "unemployed"),
        "ApplicantJobTitle": pick("Care assistant", "Student", "Barista", "Apprentice electrician", "Nurse"),
        "ApplicantEmployer": pick("Tesco", "NHS Greater Manchester", "Deutsche Bahn", "Penneys", "Self"),
        "ApplicantAnnualIncome": Y(lambda f: f.r.randint(6000, 42000), "salary"),
        "MaritalStatus": pick("single", "married", "cohabiting"),
        "Age": G(lambda f: f.r.randint(17, 45)),
        "ResidentialStatus": pick("living_with_parents", "renting", "homeowner"),
    },
)
ev(
    "track",
    "Practice Insurance Quoted",
    "web",
    {
        "quote_id": G(lambda f: f.uuid()),
        "vehicle_reg": Y(uk_plate, "license"),
        "vin": Opt(Y(vin, "serial"), 0.6),
        "vehicle_make": pick("Ford", "Vauxhall", "Volkswagen", "Toyota", "Kia"),
        "vehicle_model": pick("Fiesta", "Corsa", "Polo", "Yaris", "Picanto"),
        "vehicle_year": G(lambda f: f.r.randint(2008, 2023)),
        "owner_relationship": pick("parent", "partner", "sibling", "own"),
        "occupation": pick("Student", "Retail assistant", "Apprentice", "Chef", "Unemployed"),
        "risk_postcode": Y(lambda f: uk_postcode(f), "zipcode"),
        "cover_days": pick(7, 30, 90),
        "premium": G(lambda f: money(f, 25, 260)),
        "insurer": pick("Veygo", "Marmalade", "Collingwood"),
        "policy_number": Opt(Y(lambda f: f.pick(["VEY", "MML", "CLW"]) + f.digits(9), "identification"), 0.5),
        "quote_accepted": pick(True, False),
    },
)

# Vendor-shaped payloads forwarded to Segment.
ev(
    "track",
    "Stripe Payment Succeeded",
    "python",
    {
        "id": G(lambda f: "evt_" + alnum(f, 24)),
        "type": const("payment_intent.succeeded"),
        "data": {
            "object": {
                "id": G(lambda f: "pi_" + alnum(f, 24)),
                "amount": G(lambda f: f.r.randint(3800, 72000)),
                "currency": pick("gbp", "eur"),
                "customer": G(lambda f: "cus_" + alnum(f, 14)),
                "payment_method": RED(lambda f: "pm_" + alnum(f, 24), "token"),
                "client_secret": RED(lambda f: f"pi_{alnum(f, 24)}_secret_{alnum(f, 25)}", "secret"),
                "receipt_email": Y(email, "email"),
                "description": pick("10 hour block (manual)", "Single lesson", "Intensive course 20 h"),
                "billing_details": {
                    "name": Y(full, "name"),
                    "email": Opt(Y(email, "email")),
                    "phone": Opt(Y(phone, "phone"), 0.5),
                    "address": {
                        "line1": Y(street_line, "address|street"),
                        "line2": Opt(Y(pick("Flat 2", "2. OG", "Apt 5", "Top floor"), "address|street"), 0.6),
                        "city": Y(city, "city"),
                        "postal_code": Y(postcode, "zipcode"),
                        "country": pick("GB", "IE", "DE"),
                    },
                },
                "payment_method_details": {
                    "card": {
                        "brand": pick("visa", "mastercard", "amex"),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    },
                },
            },
        },
    },
)
ev(
    "track",
    "SMS Received",
    "go",
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": const("AC3f9e0c1a7b2d4e6f8091a2b3c4d5e6f7"),
        "From": Y(e164, "phone", True),
        "To": pick("+447700900100", "+353861800100"),
        "Body": green_note(
            [
                "Running 5 mins late",
                "Can we move Tuesday's lesson?",
                "STOP",
                "Yes",
                "Thanks see you then",
                "Is the lesson still on with the snow?",
            ]
        ),
        "FromCity": Opt(Y(city, "city"), 0.4),
        "FromCountry": pick("GB", "IE"),
    },
)
ev(
    "track",
    "Email Event",
    "node",
    {
        "email": Y(email, "email"),
        "event": pick("open", "click", "open"),
        "sg_message_id": G(lambda f: b64url(f, 22) + ".filterdrecv-" + f.hexid(8)),
        "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.clutchandco.example>"),
        "timestamp": G(lambda f: f.epoch_ms() // 1000),
        "ip": Y(ip, "ip"),
        "useragent": G(lambda f: f.pick(UAS)),
        "category": Many(pick("lesson_reminder", "test_countdown", "receipt", "newsletter"), 2),
        "reply_to": const("no-reply@clutchandco.example"),
    },
    2,
)
ev(
    "track",
    "Instructor Enquiry Form Submitted",
    "node",
    {
        "event_id": G(lambda f: f.hexid(10).upper()),
        "event_type": const("form_response"),
        "form_response": {
            "form_id": const("lT4Z3j"),
            "token": G(lambda f: f.hexid(32)),
            "submitted_at": G(lambda f: f.iso()),
            "answers": Seq(
                {
                    "type": const("text"),
                    "text": Y(full, "name", True),
                    "field": {
                        "id": const("nm7Ht2"),
                        "type": const("short_text"),
                        "ref": G(lambda f: f.uuid()),
                    },
                },
                {
                    "type": const("email"),
                    "email": Y(email, "email"),
                    "field": {"id": const("em1Qw9"), "type": const("email"), "ref": G(lambda f: f.uuid())},
                },
                {
                    "type": const("phone_number"),
                    "phone_number": Y(e164, "phone"),
                    "field": {
                        "id": const("ph8Lk0"),
                        "type": const("phone_number"),
                        "ref": G(lambda f: f.uuid()),
                    },
                },
                {
                    "type": const("choice"),
                    "choice": {"label": pick("Manual", "Automatic", "Not sure")},
                    "field": {
                        "id": const("tr3Xx5"),
                        "type": const("multiple_choice"),
                        "ref": G(lambda f: f.uuid()),
                    },
                },
            ),
        },
    },
)
ev(
    "track",
    "Conversion Sent",
    "python",
    {
        "event_name": pick("Purchase", "Lead", "CompleteRegistration"),
        "event_time": G(lambda f: f.epoch_ms() // 1000),
        "action_source": const("website"),
        "event_source_url": pick(
            "https://www.clutchandco.example/checkout", "https://www.clutchandco.example/book"
        ),
        "user_data": {
            "em": Y(sha256, "email"),
            "ph": Opt(Y(sha256, "phone")),
            "external_id": G(sha256),
            "client_ip_address": Y(ip, "ip"),
            "client_user_agent": G(lambda f: f.pick(UAS)),
            "fbc": Opt(Y(fbc, "advertising id"), 0.5),
            "fbp": Y(fbp, "advertising id"),
        },
        "custom_data": {"value": G(lambda f: money(f, 38, 720)), "currency": pick("GBP", "EUR")},
    },
)

# Embedded booking widget (kebab-case).
ev(
    "track",
    "booking-widget-step-completed",
    "web",
    {
        "widget-version": pick("2.3.1", "2.4.0"),
        "school-slug": pick("clutch-and-co", "green-light-driving", "learn2pass-cork"),
        "step-name": pick("slot", "details", "payment"),
        "step-index": pick(1, 2, 3),
        "learner-email": Y(email, "email"),
        "learner-postcode": Y(postcode, "zipcode"),
        "selected-slot": G(lambda f: f.iso()),
        "is-returning": pick(True, False),
    },
)

# German backend (German keys).
ev(
    "track",
    "Fahrschueler Angemeldet",
    "java",
    {
        "kunden_nr": G(lambda f: "K-" + f.digits(6)),
        "anrede": Y(pick("Herr", "Frau"), "gender"),
        "vorname": Y(first, "name"),
        "nachname": Y(last, "name"),
        "geburtsdatum": Y(dob_de, "birthdate"),
        "geburtsort": Y(
            lambda f: f.pick(["Leipzig", "Izmir", "Kraków", "Hamburg", "Gdańsk", "Köln", "Aleppo"]), "city"
        ),
        "staatsangehoerigkeit": Y(
            pick("deutsch", "türkisch", "polnisch", "syrisch", "rumänisch"), "citizenship"
        ),
        "personalausweisnummer": RED(ausweis, "national id"),
        "steuer_id": Opt(RED(steuer_id, "national id"), 0.5),
        "sehtest_bestanden": Y(pick(True, True, False), "condition"),
        "sehhilfe_erforderlich": Y(pick(True, False), "condition"),
        "erste_hilfe_nachweis": pick(True, False),
        "fuehrerscheinklasse": pick("B", "B", "BE", "B197", "A2"),
        "antragsnummer": G(lambda f: f.digits(10)),
        "zahlungsart": pick("lastschrift", "ueberweisung", "paypal"),
        "kontoinhaber": Opt(Y(full, "name"), 0.7),
        "iban": Opt(RED(lambda f: iban(f, "DE"), "bank account"), 0.7),
        "bic": pick("COBADEFFXXX", "DEUTDEDBXXX", "BYLADEM1001", "GENODEF1S04"),
        "sepa_mandatsreferenz": G(lambda f: "MND-" + f.digits(8)),
    },
)
ev(
    "track",
    "Fahrstunde Gebucht",
    "java",
    {
        "fahrstunde_id": G(lambda f: f.digits(9)),
        "fahrschueler": {
            "vorname": Y(first, "name"),
            "nachname": Y(last, "name"),
            "strasse": Y(lambda f: f.pick(DE_STREETS), "street|address"),
            "hausnummer": Y(lambda f: f"{f.r.randint(1, 150)}{f.pick(['', 'a'])}", "street|address"),
            "plz": Y(lambda f: f.pick(DE_PLACES)[1], "zipcode"),
            "ort": Y(lambda f: f.pick(DE_PLACES)[0], "city"),
            "telefon": Y(lambda f: phone(f, "DE"), "phone"),
            "email": Y(email, "email"),
        },
        "fahrlehrer": {"name": Y(full, "name"), "personal_nr": G(lambda f: f.digits(4))},
        "treffpunkt": Y(lambda f: f"{street_line(f, 'DE')}, {f.pick(DE_PLACES)[0]}", "address"),
        "fahrstunde_typ": pick("Übungsstunde", "Überlandfahrt", "Autobahnfahrt", "Nachtfahrt"),
        "beginn": G(lambda f: f.iso()),
        "dauer_min": pick(45, 90, 135),
        "preis": G(lambda f: money(f, 55, 180)),
        "kennzeichen": Y(de_plate, "license"),
    },
    2,
)
ev(
    "track",
    "Pruefung Abgeschlossen",
    "java",
    {
        "pruefung_id": G(lambda f: f.digits(9)),
        "pruefung_art": pick("Theorie", "Praxis"),
        "pruefungsort": pick(*DE_CENTRES),
        "pruefer": Y(full, "name"),
        "fehlerpunkte": G(lambda f: f.r.randint(0, 14)),
        "bestanden": pick(True, False),
        "versuch": G(lambda f: f.r.randint(1, 3)),
        "fuehrerscheinnummer": Opt(Y(de_licence, "license"), 0.5),
    },
)
ev(
    "screen",
    "Fahrstunden",
    "flutter",
    {"ansicht": pick("liste", "kalender"), "anzahl": G(lambda f: f.r.randint(0, 30))},
)
ev(
    "identify",
    None,
    "flutter",
    {
        "vorname": Y(first, "name"),
        "email": Y(email, "email"),
        "handynummer": Y(lambda f: phone(f, "DE"), "phone"),
        "fuehrerscheinklasse": pick("B", "BE", "B197"),
        "theorie_bestanden": pick(True, False),
        "fahrschule_id": G(lambda f: f.digits(4)),
    },
)

# Server-side learner events from the .NET booking service (PascalCase).
ev(
    "track",
    "LessonPackagePurchased",
    "dotnet",
    {
        "OrderId": G(lambda f: f.digits(9)),
        "PackageSku": G(lambda f: f.pick(PACKAGES)[0]),
        "PackageName": G(lambda f: f.pick(PACKAGES)[1]),
        "AmountPaid": G(lambda f: money(f, 38, 720)),
        "Currency": pick("GBP", "EUR"),
        "LearnerEmail": Y(email, "email"),
        "LearnerPhone": Opt(Y(phone, "phone")),
        "LessonsRemaining": G(lambda f: f.r.randint(0, 20)),
        "PaidByThirdParty": pick(True, False),
        "CreatedUtc": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Account Deleted",
    "php",
    {
        "reason": pick("passed_test", "too_expensive", "moved", "privacy", "other"),
        "lessons_completed": G(lambda f: f.r.randint(0, 60)),
        "data_export_requested": pick(True, False),
        "had_phone_number": pick(True, False),
        "email_count": G(lambda f: f.r.randint(0, 3)),
    },
)
ev(
    "track",
    "Signed In",
    "web",
    {
        "method": pick("password", "magic_link", "google", "apple"),
        "password_strength": pick("weak", "medium", "strong"),
        "failed_attempts": G(lambda f: f.r.randint(0, 4)),
        "mfa_enabled": pick(True, False),
        "session_id": G(lambda f: f.uuid()),
        "gclid": Opt(Y(gclid, "advertising id"), 0.3),
    },
    2,
)

# Identity verification (Veriff-shaped decision webhook) before a theory test account is activated.
ev(
    "track",
    "Identity Verification Decided",
    "node",
    {
        "status": const("success"),
        "verification": {
            "id": G(lambda f: f.uuid()),
            "status": pick("approved", "declined", "resubmission_requested"),
            "reason": Opt(pick("Document not readable", "Face not clearly visible"), 0.3),
            "person": {
                "firstName": Y(lambda f: first(f).upper(), "name"),
                "lastName": Y(lambda f: last(f).upper(), "name"),
                "idNumber": Opt(RED(lambda f: f.pick([nino, ppsn, steuer_id])(f), "national id"), 0.6),
                "dateOfBirth": Y(dob, "birthdate"),
                "gender": Y(pick("M", "F"), "gender"),
                "nationality": Y(pick("GB", "IE", "DE", "PL", "TR", "NG", "IN"), "citizenship"),
                "placeOfBirth": Opt(
                    Y(lambda f: f.pick(["LONDON", "CORK", "BERLIN", "LAGOS", "LAHORE", "KRAKÓW"]), "city"),
                    0.6,
                ),
            },
            "document": {
                "number": RED(lambda f: f.pick([passport, ausweis])(f), "passport|national id"),
                "type": pick("PASSPORT", "ID_CARD", "DRIVERS_LICENSE"),
                "country": pick("GB", "IE", "DE", "PL"),
                "validUntil": G(lambda f: f.date(2025, 2034)),
            },
            "decisionTime": G(lambda f: f.iso()),
        },
        "technicalData": {"ip": Y(ip, "ip")},
    },
)
# Parents: the paying parent's own account and the learners they fund.
ev(
    "identify",
    None,
    "rn",
    {
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "email": Y(email, "email"),
        "phone": Y(phone, "phone"),
        "accountType": const("parent"),
        "children": Many(
            {
                "learner_id": G(lambda f: "lrn_" + f.digits(7)),
                "first_name": Y(first, "name"),
                "date_of_birth": Y(lambda f: dob(f, 2005, 2008), "birthdate"),
                "lessons_remaining": G(lambda f: f.r.randint(0, 20)),
            },
            2,
        ),
        "monthly_budget": G(lambda f: f.pick([100, 150, 200, 300])),
    },
)
ev(
    "track",
    "Learner Profile Updated",
    "rn",
    {
        "fields_changed": Many(pick("address", "phone", "pronouns", "nationality"), 3),
        "home_address": Y(full_address, "address"),
        "pronouns": Opt(Y(pick("she/her", "he/him", "they/them"), "gender"), 0.75),
        "nationality": Opt(
            Y(pick("British", "Irish", "German", "Polish", "Nigerian", "Indian"), "citizenship"), 0.6
        ),
        "date_of_birth": Y(dob, "birthdate"),
        "first_language": pick("English", "Polish", "Irish", "Deutsch", "Urdu", "Romanian"),
        "profile_completeness": G(lambda f: round(f.r.uniform(0.3, 1), 2)),
    },
)
# Instructor app: pupil list, searches, reminders, staff audit.
ev(
    "track",
    "Pupils Synced",
    "kotlin",
    {
        "sync_id": G(lambda f: f.uuid()),
        "pupils": Many(
            {
                "pupil_id": G(lambda f: "lrn_" + f.digits(7)),
                "name": Y(full, "name"),
                "mobile": Y(phone, "phone"),
                "pickup_postcode": Y(postcode, "zipcode"),
                "lessons_booked": G(lambda f: f.r.randint(0, 30)),
                "test_booked": pick(True, False),
            },
            4,
        ),
        "pupil_count": G(lambda f: f.r.randint(1, 40)),
    },
)
ev(
    "track",
    "Pupil Searched",
    "kotlin",
    {
        "q": Y(
            lambda f: f.pick([first(f).lower(), last(f), f"{first(f)} {last(f)[0]}", full(f)]), "name", True
        ),
        "results_count": G(lambda f: f.r.randint(0, 5)),
    },
)
ev(
    "track",
    "Help Centre Searched",
    "web",
    {
        "query": green_note(
            [
                "cancellation fee",
                "theory test pass mark",
                "automatic vs manual",
                "refund policy",
                "Fahrlehrer wechseln",
                "pass plus",
            ]
        ),
        "results_count": G(lambda f: f.r.randint(0, 12)),
    },
)
ev(
    "track",
    "SMS Reminder Sent",
    "go",
    {
        "recipient": Y(phone, "phone", True),
        "template": pick("lesson_24h", "test_7d", "payment_due"),
        "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
        "segments": pick(1, 2),
        "sender_id": pick("CLUTCHCO", "+447700900100"),
    },
)
ev(
    "track",
    "Email Sent",
    "ruby",
    {
        "to": Y(email, "email", True),
        "template": pick("welcome", "receipt", "lesson_reminder", "test_result"),
        "message_id": G(lambda f: f"<{f.uuid()}@mail.clutchandco.example>"),
        "from": const("Clutch & Co <no-reply@clutchandco.example>"),
        "subject": pick("Your lesson is tomorrow", "Receipt for your order", "Welcome to Clutch & Co"),
    },
)
ev(
    "track",
    "Callback Requested",
    "web",
    {
        "contact": Y(phone, "phone", True),
        "preferred_time": pick("morning", "afternoon", "evening"),
    },
)
ev(
    "track",
    "Booking Edited By Staff",
    "php",
    {
        "booking_id": G(lambda f: f.digits(8)),
        "actor": Y(lambda f: email(f).split("@")[0] + "@clutchandco.example", "email", True),
        "change": pick("instructor_changed", "time_changed", "refund_issued", "note_added"),
    },
)
ev(
    "track",
    "MotoPaymentTaken",
    "php",
    {
        "order_id": G(lambda f: f.hexid(24)),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "card_holder": Y(full, "name"),
        "masked_pan": G(lambda f: (lambda c: c[:6] + "*" * (len(c) - 10) + c[-4:])(f.card(formatted=False))),
        "amount": G(lambda f: money(f, 38, 720)),
    },
)
ev(
    "track",
    "Install Attributed",
    "swift",
    {
        "network": pick("Apple Search Ads", "Meta Ads", "TikTok For Business", "Organic"),
        "campaign": pick("learner_app_uk", "learner_app_ie", "fahrschule_de"),
        "idfa": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.5),
        "idfv": G(lambda f: f.uuid().upper()),
        "adid": G(lambda f: f.hexid(32)),
        "install_ip": Y(ip, "ip"),
    },
)
ev(
    "track",
    "Button Clicked",
    "web",
    {
        "label": pick(
            "Book now", "Find instructors", "See packages", "Jetzt buchen", "Start theory practice"
        ),
        "location": pick("hero", "nav", "footer", "instructor_card"),
        "page_type": pick("home", "instructor", "packages"),
    },
    2,
)
ev(
    "track",
    "Rechnung Erstellt",
    "java",
    {
        "rechnungsnummer": G(lambda f: "RE-2024-" + f.digits(5)),
        "betrag_brutto": G(lambda f: money(f, 55, 2400)),
        "ust_satz": const(0.19),
        "rechnungsempfaenger": {
            "name": Y(full, "name"),
            "strasse": Y(lambda f: street_line(f, "DE"), "street|address"),
            "plz": Y(lambda f: f.pick(DE_PLACES)[1], "zipcode"),
            "ort": Y(lambda f: f.pick(DE_PLACES)[0], "city"),
            "email": Y(email, "email"),
        },
    },
)

# -- assembly ----------------------------------------------------------------------------------------

SERVER_CLIENTS = set(SERVER_LIBS)


def message(f: Fake, call: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": call, "messageId": f.uuid()}
    # What this message is about, so that related leaves agree (a route stays in one town).
    f.place = f.pick(f.pick([UK_PLACES, UK_PLACES, IE_PLACES, DE_PLACES]))
    f.centre = f.pick(UK_CENTRES)
    f.page = f.pick(WEB_PAGES)
    if call == "page" and name == "Home":
        f.page = f.pick(HOME_PAGES)
    elif call == "page":
        f.page = (
            f"/instructors/{f.r.randint(1000, 9999)}",
            f"Driving instructor in {f.place[0]} | Clutch & Co",
        )
    server = client in SERVER_CLIENTS
    if not server:
        msg["anonymousId"] = f.uuid()
    if call == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = "lrn_" + f.digits(7)
    elif call == "group":
        msg["userId"] = "ins_" + f.digits(5)
        msg["groupId"] = "sch_" + f.digits(4)
    elif server or f.r.random() < 0.7:
        msg["userId"] = f.pick(["lrn_", "lrn_", "ins_"]) + f.digits(7 if f.r.random() < 0.5 else 5)
    if call == "track":
        msg["event"] = name
    elif call in ("page", "screen"):
        msg["name"] = name
    msg["timestamp"] = f.iso()
    if body:
        section = "traits" if call in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    context = server_context(client) if server else CONTEXTS[client]()
    msg["context"] = render(context, f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for call, name, client, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, call, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=155, repeats=22)
    write(Path(__file__).parent, "holdout155_", events, labels)
