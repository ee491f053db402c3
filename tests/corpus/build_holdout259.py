"""Writes holdout259: tests/corpus/holdout259_events.jsonl and holdout259_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the helpers
and the format), and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout259`; the output is deterministic (seeded).

Domain: "RouteRoo", a school transport and student bus-tracking product used by districts and
contractors in the United States, South Africa and the Philippines. Parents' apps (analytics-swift,
analytics-react-native, analytics_flutter, analytics.js), a drivers' app (analytics-kotlin), a
coordinators' web dashboard, and server backends (python, node, go, java, ruby, php, .NET) send:
parent and driver identify calls, a warehouse reverse-ETL of student records, group calls for
districts, alias calls; live bus GPS pings (a kebab-case tracker feed and a Samsara-shaped webhook),
RFID boarding and alighting scans, manifests, incidents, medication given on board; students'
profiles with guardians, home addresses, special needs, allergies and medical aid; absence
notices and pickup changes from parents; drivers' onboarding, licences, background checks
(a Checkr-shaped webhook), identity documents; route planning and stops; transport fees as
e-commerce spec events, Stripe-, SendGrid- and Twilio-shaped payloads, SA EFT, US ACH and GCash
payments; sign-up attribution (gclid, fbclid, fbp, fbc), sign-in codes and links.

Conventions: mostly camelCase and snake_case English keys; about 18 % of paths use PascalCase
(.NET HR service, Twilio), kebab-case (GPS tracker, HTTP headers, SendGrid `smtp-id`),
SCREAMING_SNAKE (warehouse reverse-ETL), Afrikaans keys (SA payments, learners, drivers) and
Tagalog keys (PH payments, students, drivers). Values span the three countries: names from many
cultures, US / SA / PH phone formats, addresses with barangays and suburbs, SA ID numbers with a
valid Luhn digit, SSNs with a valid structure, Luhn card numbers, real ABA routing and SA universal
branch codes.

Labelling rules (the product's default colours): each leaf path is labelled red / yellow / green
with the reference matcher's name as its type (`a|b` when either is fair) and value_only when the
key does not say what the value is. PII = personal data about a natural person (parents,
students, guardians, drivers, bus aides, authorised adults, SMS and e-mail recipients, coordinators
named in records). Colours follow the reference defaults; types outside it: red for secrets and
tokens, card numbers, bank accounts, government ids and health ids, yellow otherwise
(geolocation, advertising id, trade union, criminal record). Green: ids we or a vendor issue
(student, driver, route, stop, order, invoice, Stripe `cus_`/`pi_` ids, RFID card UIDs, badge
numbers), versions, timestamps, hashes, amounts, enums, counters and booleans under PII-sounding
keys, school, district, contractor, product and bus names, public stops and their coordinates,
countries, states, languages, timezones, user agents, OS device ids, card brand / last four /
expiry / masked PAN, bank routing numbers, branch codes and an account's last four. The product's
published policy settles the contested cases as the brief lists them (member numbers, ages,
marital status, job titles, business contacts and role mailboxes, UUID tokens, Message-IDs:
green; insurer member numbers, rx numbers, pay, plates, VINs, ad click ids, billing addresses,
union membership: yellow; `pm_` tokens, one-time codes, sign-in link tokens, patient / health
system numbers, identity document numbers, right-to-work answers: red).

Rules chosen here where the brief is silent (what a careful privacy owner would want flagged):
- A bus's live GPS position (tracker pings, vehicle webhooks, scans, panic alerts) is the precise
  location of its driver and the children on board: yellow `geolocation`. Planned stops and
  their coordinates are public places: green.
- A driver's licence or SA PrDP number takes the reference `license` matcher's colour (yellow);
  passports and national identity cards are red.
- Government-issued learner numbers (the Philippines' DepEd LRN) are national ids: red. A
  district's own student id is green. SSS and TIN numbers are national ids (red);
  PhilHealth and Medicaid numbers are health ids (red); an SA medical aid membership number is an
  insurer's member number (yellow `identification`).
- A background check's result (clear / consider) reveals criminal-record data: yellow
  `criminal record`; its status (pending / complete) is green.
- An absence reason category (illness, appointment, family, travel) is green; free-text absence
  notes always name the child and are labelled `name`.
- A bus tracker's IMEI follows the VIN policy: yellow `serial`. Photos of a bus are green; photos
  of a person and a signature image are yellow `photo`.
- A mobile push token (context.device.token) is red `token`. A URL that carries a sign-in or
  reset token is red `token`, value_only (the key names a link, not a token).
- A Checkr-style masked SSN (`XXX-XX-1234`) carries the last four: red.
- A pickup code a parent gives an authorised adult to show the driver is a one-time code: red.
- Booleans and flags that reveal a special category take that category: a wheelchair lift,
  IEP / Section 504 flags, `may_kapansanan` (disability, red); `epipen_required` (allergy,
  yellow); a union-member flag (trade union, yellow); visa sponsorship (visa, red).
- Free text is labelled by what every value carries: parents' absence notes, drivers' incident
  details and Twilio SMS bodies always name a child (`name`), parents' chat messages always carry
  a phone number (`phone`); support-ticket descriptions, item descriptions and driver-rating
  comments carry none (green). Neutral keys holding PII in every value are value_only: `note`,
  `text`, `details`, `Body`, `label`, `value`, `input`, `q`, `term`, `externalIds[].id`,
  `reset_url`.
- Twilio's `From` is the company's own sending number (green); `To` is a guardian (yellow).
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Jacob",
        "Aaliyah",
        "Mateo",
        "Olivia",
        "DeShawn",
        "Hannah",
        "Ethan",
        "Sofia",
        "Jayden",
        "Madison",
        "Diego",
        "Chloe",
        "Tyler",
        "Nia",
        "Connor",
        "Abdullah",
        "Isabella",
        "Keanu",
        "Dakota",
    ],
    "ZA": [
        "Thabo",
        "Lerato",
        "Sipho",
        "Naledi",
        "Pieter",
        "Annelie",
        "Zanele",
        "Kagiso",
        "Johan",
        "Ayanda",
        "Mpho",
        "Riaan",
        "Lindiwe",
        "Themba",
        "Chantelle",
        "Fatima",
        "Ruan",
        "Nomvula",
        "Bongani",
        "Karabo",
    ],
    "PH": [
        "Juan",
        "Maria",
        "Jose",
        "Andrea",
        "Mark",
        "Kristine",
        "Jhon",
        "Rhea",
        "Angelo",
        "Princess",
        "Christian",
        "Aira",
        "Joshua",
        "Mary Grace",
        "Carlo",
        "Jasmine",
        "Paolo",
        "Bea",
        "Rommel",
        "Liezel",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Hernandez",
        "O'Connor",
        "Nguyen",
        "Patel",
        "Jackson",
        "Kowalski",
        "Rivera",
        "Thompson",
        "Kim",
        "Washington",
        "Schmidt",
        "Begay",
        "Goldberg",
        "Okonkwo",
    ],
    "ZA": [
        "Nkosi",
        "Mokoena",
        "Dlamini",
        "van der Merwe",
        "Botha",
        "Naidoo",
        "Khumalo",
        "Pillay",
        "Ndlovu",
        "Mahlangu",
        "Adams",
        "Pretorius",
        "Mthembu",
        "Jacobs",
        "Coetzee",
        "Govender",
    ],
    "PH": [
        "dela Cruz",
        "Santos",
        "Reyes",
        "Bautista",
        "Villanueva",
        "Mendoza",
        "Aquino",
        "Garcia",
        "Ramos",
        "Castillo",
        "Flores",
        "Del Rosario",
        "Pascual",
        "Manalo",
        "Tolentino",
        "Macaraeg",
    ],
}
KIDS = {
    "US": ["Ava", "Liam", "Mia", "Noah", "Zoe", "Elijah", "Harper", "Santiago", "Amara", "Owen"],
    "ZA": ["Lwazi", "Anika", "Tumelo", "Liam", "Ziyanda", "Ethan", "Refilwe", "Mia", "Onthatile", "Dian"],
    "PH": ["Miguel", "Althea", "Gabriel", "Sophia", "Nathan", "Kyla", "Yuan", "Janelle", "Ezekiel", "Pia"],
}
STREETS = {
    "US": ["Maple Ln", "Oak Ave", "Cedar Ridge Dr", "W 5th St", "Pecan St", "Lakeview Blvd", "Elm Ct"],
    "ZA": ["Jacaranda St", "Protea Ave", "Voortrekker Rd", "Kerk St", "Nelson Mandela Dr", "Disa Cres"],
    "PH": ["Sampaguita St", "Rizal Ave", "Mabini St", "Kalayaan Ave", "Narra St", "Aguinaldo Hwy"],
}
CITIES = {
    "US": ["Austin", "Columbus", "Fresno", "Tulsa", "Raleigh", "Mesa", "Omaha"],
    "ZA": ["Pretoria", "Durban", "Cape Town", "Soweto", "Gqeberha", "Bloemfontein", "Polokwane"],
    "PH": ["Quezon City", "Cebu City", "Davao City", "Makati", "Pasig", "Antipolo", "Iloilo City"],
}
SUBURBS = ["Lynnwood", "Umhlanga", "Bellville", "Orlando East", "Summerstrand", "Brandwag"]
BARANGAYS = ["Brgy. San Antonio", "Barangay Holy Spirit", "Brgy. Lahug", "Brgy. Poblacion", "Brgy. Kapitolyo"]
SCHOOLS = [
    "Lincoln Elementary",
    "Cedar Ridge Middle School",
    "Hoërskool Menlopark",
    "Laerskool Lynnwood",
    "Umhlanga Primary",
    "Holy Spirit National High School",
    "Ramon Magsaysay Elementary",
    "Westlake High School",
]
STOPS = [
    "Maple Ln & 5th St",
    "Cnr Atterbury & Lynnwood Rd",
    "Riverside Mall (North gate)",
    "Shell Garage, Kerk St",
    "SM City Fairview Terminal",
    "Barangay Hall, Holy Spirit",
    "Oak Ave & Pecan St",
    "Library Loop",
]
DOMAINS = ["example.com", "example.org", "mail.example.net", "example.co.za", "example.com.ph"]
REGIONS = ("US", "ZA", "PH")
PH_PREFIXES = ["905", "915", "917", "918", "919", "920", "927", "939", "945", "956", "961", "977", "995"]
ZA_PREFIXES = ["60", "61", "71", "72", "73", "76", "78", "79", "81", "82", "83", "84"]


def reg(f: Fake) -> str:
    return f.pick(REGIONS)


def first(f: Fake, region: str | None = None) -> str:
    return f.pick(FIRST[region or reg(f)])


def last(f: Fake, region: str | None = None) -> str:
    return f.pick(LAST[region or reg(f)])


def full(f: Fake, region: str | None = None) -> str:
    region = region or reg(f)
    return f"{first(f, region)} {last(f, region)}"


def kid(f: Fake, region: str | None = None) -> str:
    return f.pick(KIDS[region or reg(f)])


def phone(f: Fake, region: str | None = None) -> str:
    region = region or reg(f)
    if region == "US":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))
    d3, d4 = f"{f.r.randint(0, 999):03d}", f"{f.r.randint(0, 9999):04d}"
    if region == "ZA":
        p = f.pick(ZA_PREFIXES)
        return f.pick([f"+27 {p} {d3} {d4}", f"0{p} {d3} {d4}", f"+27{p}{d3}{d4}", f"0{p}{d3}{d4}"])
    p = f.pick(PH_PREFIXES)
    return f.pick([f"+63 {p} {d3} {d4}", f"0{p}-{d3}-{d4}", f"0{p}{d3}{d4}", f"+63{p}{d3}{d4}"])


def email(f: Fake, region: str | None = None) -> str:
    region = region or reg(f)
    a = first(f, region).lower().replace(" ", "")
    b = last(f, region).lower().replace(" ", "").replace("'", "")
    user = f.pick([f"{a}.{b}", f"{a}{b[:1]}{f.r.randint(1, 99)}", f"{b}_{a}", f"{a[:1]}{b}"])
    return f"{user}@{f.pick(DOMAINS)}"


def work_email(f: Fake, domain: str) -> str:
    initial = first(f).lower()[:1]
    surname = last(f).lower().replace(" ", "").replace("'", "")
    return f"{initial}.{surname}@{domain}"


def street(f: Fake, region: str | None = None) -> str:
    region = region or reg(f)
    n = f.r.randint(1, 4999)
    if region == "PH":
        return f.pick(
            [
                f"Blk {f.r.randint(1, 40)} Lot {f.r.randint(1, 60)} {f.pick(STREETS['PH'])}",
                f"{n} {f.pick(STREETS['PH'])}",
            ]
        )
    if region == "ZA":
        return f"{f.r.randint(1, 300)} {f.pick(STREETS['ZA'])}, {f.pick(SUBURBS)}"
    return f"{n} {f.pick(STREETS['US'])}"


def city(f: Fake, region: str | None = None) -> str:
    return f.pick(CITIES[region or reg(f)])


def postal(f: Fake, region: str | None = None) -> str:
    region = region or reg(f)
    if region == "US":
        return f"{f.r.randint(10000, 99999)}"
    return f"{f.r.randint(100, 9999):04d}"


def full_address(f: Fake, region: str | None = None) -> str:
    region = region or reg(f)
    if region == "PH":
        return f"{street(f, 'PH')}, {f.pick(BARANGAYS)}, {city(f, 'PH')} {postal(f, 'PH')}"
    if region == "ZA":
        return f"{street(f, 'ZA')}, {city(f, 'ZA')}, {postal(f, 'ZA')}"
    return f"{street(f, 'US')}, {city(f, 'US')}, {f.pick(['TX', 'OH', 'CA', 'OK', 'NC'])} {postal(f, 'US')}"


def sa_id(f: Fake) -> str:
    """A South African ID number: YYMMDD, gender sequence, citizenship, 8, Luhn check digit."""
    dob = f.date(1965, 2005).replace("-", "")[2:]
    body = dob + f"{f.r.randint(0, 9999):04d}" + f.pick(["0", "0", "1"]) + "8"
    return f.luhn_complete(body)


GEO_CENTRES = [
    (30.2672, -97.7431),  # Austin
    (39.9612, -82.9988),  # Columbus
    (36.7378, -119.7871),  # Fresno
    (-25.7479, 28.2293),  # Pretoria
    (-29.8587, 31.0218),  # Durban
    (-33.9249, 18.4241),  # Cape Town
    (-26.2485, 27.8540),  # Soweto
    (14.6760, 121.0437),  # Quezon City
    (10.3157, 123.8854),  # Cebu City
    (7.1907, 125.4553),  # Davao City
]


def geo_lat(f: Fake, digits: int = 6) -> float:
    """A latitude near one of the served cities; geo_lng, called next, stays in the same city."""
    centre = f.pick(GEO_CENTRES)
    f.__dict__["_geo_centre"] = centre
    return round(centre[0] + f.r.uniform(-0.12, 0.12), digits)


def geo_lng(f: Fake, digits: int = 6) -> float:
    centre = f.__dict__.get("_geo_centre") or f.pick(GEO_CENTRES)
    return round(centre[1] + f.r.uniform(-0.12, 0.12), digits)


def passport(f: Fake) -> str:
    return f.pick([f.pick(["A", "M", "T"]) + f.digits(8), "P" + f.digits(7) + f.pick("ABC"), f.digits(9)])


def us_licence(f: Fake) -> str:
    return f.pick(
        [
            "D" + f.digits(7),
            f.digits(8),
            f.digits(9),
            f"S{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-0",
        ]
    )


def za_licence(f: Fake) -> str:
    return f.digits(10) + "".join(f.pick(string.ascii_uppercase) for _ in range(2))


def ph_licence(f: Fake) -> str:
    return f"{f.pick(['N', 'D', 'K', 'G'])}{f.digits(2)}-{f.digits(2)}-{f.digits(6)}"


def plate(f: Fake) -> str:
    letters = "".join(f.pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
    return f.pick(
        [
            f"{f.r.randint(1, 9)}{letters}{f.digits(3)}",
            f"{letters} {f.digits(3)} GP",
            f"CA {f.digits(3)}-{f.digits(3)}",
            f"{letters} {f.digits(4)}",
        ]
    )


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["4UZ", "1BA", "4DR", "1T8", "AHT", "JHH"]) + "".join(f.pick(chars) for _ in range(14))


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86"]) + f.digits(12))


def rfid(f: Fake) -> str:
    return f.pick([f.hexid(8).upper(), "04" + f.hexid(12).upper(), f.digits(10)])


def card_pm(f: Fake) -> str:
    return "pm_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))


def stripe_id(f: Fake, prefix: str) -> str:
    return prefix + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))


def gclid(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits + "_-"
    return "Cj0KCQ" + "".join(f.pick(alnum) for _ in range(80))


def fbclid(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits + "_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(56))


def za_account(f: Fake) -> str:
    return f.pick([f.digits(10), f.digits(11), "62" + f.digits(9)])


def ph_account(f: Fake) -> str:
    return f.pick([f.digits(10), f.digits(12), f"{f.digits(4)}-{f.digits(4)}-{f.digits(2)}"])


def masked_pan(f: Fake) -> str:
    full_pan = f.card(formatted=False)
    return full_pan[:6] + "*" * (len(full_pan) - 10) + full_pan[-4:]


def ph_zip_city(f: Fake) -> str:
    return city(f, "PH")


def absence_note(f: Fake) -> str:
    k = kid(f)
    return f.pick(
        [
            f"{k} has a fever, back on Monday hopefully",
            f"{k} has a dentist appointment, I'll drop her at school myself",
            f"We're away this week, {k} won't need the bus",
            f"{k} is staying with his gran, no PM bus please",
            f"{k} is siek vandag, dankie",
            f"Hindi makakapasok si {k} ngayon, may lagnat po",
            f"{k} will be picked up by me after practice",
        ]
    )


def parent_text(f: Fake) -> str:
    p, k = phone(f), kid(f)
    return f.pick(
        [
            f"Running late today, please call me on {p}",
            f"New number for {k}'s mom: {p}",
            f"If {k} isn't at the stop please ring {p}",
            f"Pls text {p} when bus leaves school",
            f"Ma'am pakitawagan po ako sa {p}",
        ]
    )


def incident_text(f: Fake) -> str:
    k = kid(f)
    return f.pick(
        [
            f"{k} refused to stay seated after two warnings",
            f"{k} felt unwell near the bridge, parent called",
            f"Argument between {k} and another learner at the stop",
            f"{k} left a backpack on seat 7",
            f"{k} was not at the stop, waited 2 min",
        ]
    )


def sms_body(f: Fake) -> str:
    k = kid(f)
    return f.pick(
        [
            f"RouteRoo: {k} boarded Bus {f.r.randint(1, 60)} at {f.r.randint(6, 8)}:{f.r.randint(10, 59)}.",
            f"RouteRoo: {k} got off at {f.pick(STOPS)} at {f.r.randint(14, 16)}:{f.r.randint(10, 59)}.",
            f"RouteRoo: {k}'s bus is running {f.r.randint(5, 25)} min late. Reply STOP to opt out.",
            f"RouteRoo: {k} was marked absent on Bus {f.r.randint(1, 60)} this morning.",
        ]
    )


def support_text(f: Fake) -> str:
    return f.pick(
        [
            "Bus was 20 minutes late this morning and the app showed it at school",
            "App keeps logging me out after the update",
            "The map is not loading on my phone",
            "Charged twice for the term pass",
            "ETA notifications stopped working",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


WEB_CLIENTS = [
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/123.0.0.0 Safari/537.36",
        ["Google Chrome", "Not:A-Brand", "Chromium"],
        "123",
        False,
        "Windows",
    ),
    (
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/122.0.0.0 Mobile Safari/537.36",
        ["Chromium", "Not(A:Brand", "Google Chrome"],
        "122",
        True,
        "Android",
    ),
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
        ["Microsoft Edge", "Not:A-Brand", "Chromium"],
        "123",
        False,
        "Windows",
    ),
    (UAS[0], ["Google Chrome", "Chromium", "Not_A Brand"], "120", False, "macOS"),
    (UAS[1], None, None, None, None),
    (UAS[2], None, None, None, None),
]


def web_ctx(f: Fake, path: str, title: str):
    ua, brands, major, mobile, platform = f.pick(WEB_CLIENTS)
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://app.routeroo.example/login",
                        "https://m.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=sms&utm_medium=reminder", "?ref=email", "?district=ctu"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://app.routeroo.example" + path),
        },
        "userAgent": G(lambda f: ua),
        "locale": G(lambda f: f.pick(["en-US", "en-ZA", "af-ZA", "en-PH", "fil-PH", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Africa/Johannesburg", "Asia/Manila", "America/New_York"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["back_to_school_2024", "term3_fees", "driver_hiring"])),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "reminder", "email"])),
            "term": G(
                lambda f: f.pick(["school bus tracker", "bus app for parents", "school transport pretoria"])
            ),
            "content": G(lambda f: f.pick(["hero_cta", "banner_b", "textlink"])),
        },
    }
    if brands:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(brands)),
                    "version": G(lambda f: f.pick([major, "8", "24", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: mobile),
            "platform": G(lambda f: platform),
        }
    return ctx


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RouteRoo"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: "com.routeroo.parent"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.2"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-ZA", "en-PH"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Africa/Johannesburg", "Asia/Manila"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "userId": G(lambda f: "par_" + f.digits(7)),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
        },
    }


RN_DEVICES = [
    ("samsung", "SM-A145F", "android", "Android", "13", 412, 915, 2.625),
    ("OPPO", "CPH2387", "android", "Android", "13", 360, 800, 2),
    ("Xiaomi", "23021RAAEG", "android", "Android", "14", 393, 873, 2.75),
    ("Apple", "iPhone13,2", "ios", "iOS", "17.4.1", 390, 844, 3),
    ("Apple", "iPhone14,7", "ios", "iOS", "17.5", 390, 844, 3),
]


def rn_ctx(f: Fake):
    maker, model, kind, os_name, os_version, width, height, density = f.pick(RN_DEVICES)
    return {
        "app": {
            "name": G(lambda f: "RouteRoo"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["20240412", "20240601", "20240718"])),
            "namespace": G(lambda f: "com.routeroo.parent"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if kind == "ios" else f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: kind),
            "advertisingId": Y(lambda f: f.uuid().upper() if kind == "ios" else f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.4", "2.20.0"])),
        },
        "os": {"name": G(lambda f: os_name), "version": G(lambda f: os_version)},
        "screen": {
            "width": G(lambda f: width),
            "height": G(lambda f: height),
            "density": G(lambda f: density),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Vodacom", "MTN", "T-Mobile", "Smart", "Globe"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-ZA", "en-PH", "af-ZA"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Africa/Johannesburg", "Asia/Manila"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "userId": G(lambda f: "par_" + f.digits(7)),
            "email": Y(lambda f: email(f), "email"),
            "phone": Y(lambda f: phone(f), "phone"),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RouteRoo PH"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0", "2.1.4"])),
            "build": G(lambda f: f.pick(["203", "210", "214"])),
            "namespace": G(lambda f: "ph.routeroo.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["realme", "vivo", "samsung", "HUAWEI"])),
            "model": G(lambda f: f.pick(["RMX3630", "V2207", "SM-A057F", "NOH-NX9"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.2", "1.1.0", "1.1.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        "network": {
            "carrier": G(lambda f: f.pick(["Smart", "Globe", "DITO"])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "ceb-PH"])),
        "timezone": G(lambda f: "Asia/Manila"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "userId": G(lambda f: "par_" + f.digits(7)),
            "firstName": Y(lambda f: first(f, "PH"), "name"),
            "phone": Y(lambda f: phone(f, "PH"), "phone"),
        },
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RouteRoo Driver"),
            "version": G(lambda f: f.pick(["3.0.1", "3.1.0", "3.1.2"])),
            "build": G(lambda f: f.pick(["301", "310", "312"])),
            "namespace": G(lambda f: "com.routeroo.driver"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies", "Google"])),
            "model": G(lambda f: f.pick(["SM-T225", "TC26", "Pixel 7a", "SM-X200"])),
            "name": G(lambda f: f.pick(["gta7lite", "TC26", "lynx"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.625])),
            "width": G(lambda f: f.pick([800, 1080])),
            "height": G(lambda f: f.pick([1340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: False),
            "cellular": G(lambda f: True),
            "carrier": G(lambda f: f.pick(["Verizon", "AT&T", "Vodacom", "Cell C", "Smart"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-ZA", "en-PH"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Africa/Johannesburg", "Asia/Manila"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-T225 Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 11; TC26 Build/11-49-18.00-RG-U00-STD-HEL-04)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: geo_lat(f, 6), "geolocation"),
            "longitude": Y(lambda f: geo_lng(f, 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 22), 1)),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "drv_" + f.digits(5))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.2.0", "3.3.0"],
    "analytics-java": ["3.5.0", "3.5.1"],
    "analytics-ruby": ["2.4.1", "2.4.3"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.0", "3.8.1"],
}


def server_ctx(library: str, ip: bool = False):
    def make(f: Fake):
        ctx: dict[str, Any] = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if library == "@segment/analytics-node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: email(f), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    make.server = True  # type: ignore[attr-defined]
    return make


def web(path: str, title: str):
    def make(f: Fake):
        return web_ctx(f, path, title)

    make.web = True  # type: ignore[attr-defined]
    return make


PARENT_APPS = [swift_ctx, rn_ctx, flutter_ctx]

# -- reusable body parts ----------------------------------------------------------------------------


def page_props(path: str, title: str, name: str):
    return {
        "name": G(lambda f: name),
        "path": G(lambda f: path),
        "url": G(lambda f: "https://app.routeroo.example" + path + f.pick(["", "?term=3", "?child=2"])),
        "title": G(lambda f: title),
        "referrer": G(
            lambda f: f.pick(["", "https://app.routeroo.example/home", "https://mail.example.com/"])
        ),
        "search": G(lambda f: f.pick(["", "?term=3", "?child=2"])),
    }


PASS_NAMES = ["Term 3 Bus Pass", "Annual Bus Pass 2024", "AM Only Pass", "Sibling Add-on", "Late Bus Pass"]


def pass_product():
    return {
        "product_id": G(lambda f: "prod_" + f.digits(5)),
        "sku": G(lambda f: f.pick(["PASS-T3-24", "PASS-ANN-24", "PASS-AM-24", "PASS-SIB", "PASS-LATE"])),
        "name": G(lambda f: f.pick(PASS_NAMES)),
        "category": G(lambda f: f.pick(["bus_pass", "add_on", "transport_fee"])),
        "price": G(lambda f: f.pick([45.0, 120.0, 850.0, 1250.0, 2400.0, 3500.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


# -- events -----------------------------------------------------------------------------------------
# (kind, event or screen/page name, contexts, weight, body)

EVENTS: list[tuple[str, str | None, list, int, dict]] = [
    # ---- parents ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        [swift_ctx, rn_ctx, web("/account", "My account | RouteRoo")],
        2,
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(
                    lambda f: f.pick(["TX", "OH", "Gauteng", "KwaZulu-Natal", "Metro Manila", "Cebu"])
                ),
                "postalCode": Y(lambda f: postal(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "ZA", "PH"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: "guardian"),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "preferredLanguage": G(lambda f: f.pick(["en", "af", "zu", "fil", "es"])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "feePlan": G(lambda f: f.pick(["monthly", "termly", "annual", "subsidised"])),
            "birthday": Y(lambda f: f.date(1962, 2000), "birthdate"),
            "avatarUrl": Y(lambda f: f"https://cdn.routeroo.example/avatars/{f.hexid(16)}.png", "photo"),
            "timezone": G(lambda f: f.pick(["America/Chicago", "Africa/Johannesburg", "Asia/Manila"])),
            "relationshipToStudent": G(
                lambda f: f.pick(["mother", "father", "grandparent", "legal guardian"])
            ),
        },
    ),
    (
        "screen",
        "Live Bus Map",
        PARENT_APPS,
        3,
        {
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "bus_number": G(lambda f: str(f.r.randint(1, 80))),
            "eta_minutes": G(lambda f: f.r.randint(0, 35)),
            "stop_id": G(lambda f: "stp_" + f.digits(5)),
            "stop_name": G(lambda f: f.pick(STOPS)),
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "is_bus_moving": G(lambda f: f.pick([True, False])),
            "last_ping_age_s": G(lambda f: f.r.randint(1, 120)),
        },
    ),
    (
        "screen",
        "Student Profile",
        PARENT_APPS,
        1,
        {
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "student_name": Y(lambda f: f"{kid(f)} {last(f)}", "name"),
            "grade": G(lambda f: f.pick(["K", "1", "4", "7", "Grade R", "Grade 5", "Grade 10"])),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "has_photo": G(lambda f: f.pick([True, False])),
            "photo_url": Y(lambda f: f"https://cdn.routeroo.example/students/{f.hexid(12)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Student Added",
        [swift_ctx, rn_ctx, web("/students/new", "Add a student | RouteRoo")],
        1,
        {
            "student": {
                "id": G(lambda f: "stu_" + f.digits(6)),
                "first_name": Y(lambda f: kid(f), "name"),
                "last_name": Y(lambda f: last(f), "name"),
                "date_of_birth": Y(lambda f: f.date(2008, 2019), "birthdate"),
                "grade": G(lambda f: f.pick(["K", "2", "5", "8", "Grade 1", "Grade 9"])),
                "school_id": G(lambda f: "sch_" + f.digits(4)),
                "school_name": G(lambda f: f.pick(SCHOOLS)),
                "gender": Y(lambda f: f.pick(["female", "male", "F", "M"]), "gender"),
                "home_address": {
                    "line1": Y(lambda f: street(f), "address|street"),
                    "city": Y(lambda f: city(f), "city"),
                    "postal_code": Y(lambda f: postal(f), "zipcode"),
                    "lat": Y(lambda f: geo_lat(f, 6), "geolocation"),
                    "lng": Y(lambda f: geo_lng(f, 6), "geolocation"),
                },
                "assigned_stop": {
                    "stop_id": G(lambda f: "stp_" + f.digits(5)),
                    "stop_name": G(lambda f: f.pick(STOPS)),
                    "route_id": G(lambda f: "rt_" + f.digits(4)),
                },
                "special_needs": Many(
                    RED(
                        lambda f: f.pick(
                            [
                                "wheelchair user",
                                "autism spectrum",
                                "visual impairment",
                                "ADHD",
                                "hearing impairment",
                            ]
                        ),
                        "disability",
                    ),
                    2,
                ),
                "needs_wheelchair_lift": RED(lambda f: f.pick([True, False]), "disability"),
                "medical": {
                    "conditions": Many(
                        Y(lambda f: f.pick(["asthma", "epilepsy", "type 1 diabetes", "none"]), "condition"), 2
                    ),
                    "allergies": Many(
                        Y(lambda f: f.pick(["peanuts", "bee stings", "penicillin", "none"]), "allergy"), 2
                    ),
                    "medications": Many(
                        Y(
                            lambda f: f.pick(
                                ["albuterol inhaler", "EpiPen Jr", "insulin", "methylphenidate"]
                            ),
                            "medication",
                        ),
                        2,
                    ),
                    "epipen_required": Y(lambda f: f.pick([True, False]), "allergy"),
                    "physician_name": Y(lambda f: "Dr. " + full(f), "name"),
                },
                "photo_consent": G(lambda f: f.pick([True, False])),
            },
            "added_by_role": G(lambda f: f.pick(["guardian", "coordinator", "school_admin"])),
            "siblings_on_account": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Guardian Contact Added",
        PARENT_APPS,
        1,
        {
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "contact": {
                "full_name": Y(lambda f: full(f), "name"),
                "relationship": G(
                    lambda f: f.pick(["aunt", "grandmother", "neighbour", "older sibling", "tita"])
                ),
                "mobile": Y(lambda f: phone(f), "phone"),
                "email": Y(lambda f: email(f), "email"),
                "can_pick_up": G(lambda f: f.pick([True, False])),
                "is_emergency_contact": G(lambda f: f.pick([True, False])),
                "priority": G(lambda f: f.r.randint(1, 4)),
            },
            "contacts_total": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Absence Reported",
        [swift_ctx, rn_ctx, flutter_ctx, web("/absences", "Report an absence | RouteRoo")],
        2,
        {
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "absence_date": G(lambda f: f.date(2024, 2024)),
            "absence_type": G(lambda f: f.pick(["full_day", "am_only", "pm_only"])),
            "reason": G(lambda f: f.pick(["illness", "appointment", "family", "travel", "other"])),
            "note": Y(absence_note, "name", True),
            "notify_driver": G(lambda f: f.pick([True, False])),
            "submitted_via": G(lambda f: f.pick(["app", "web", "sms"])),
        },
    ),
    (
        "track",
        "Pickup Change Requested",
        [swift_ctx, rn_ctx, web("/pickup", "Pickup changes | RouteRoo")],
        1,
        {
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "date": G(lambda f: f.date(2024, 2024)),
            "alternate_stop_id": G(lambda f: "stp_" + f.digits(5)),
            "alternate_stop_name": G(lambda f: f.pick(STOPS)),
            "authorized_adult": {
                "name": Y(lambda f: full(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["uncle", "family friend", "lola", "au pair"])),
            },
            "pickup_code": RED(lambda f: f.digits(4), "token|secret"),
            "recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        PARENT_APPS,
        1,
        {
            "channels": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "push": G(lambda f: f.pick([True, False])),
                "whatsapp": G(lambda f: f.pick([True, False])),
            },
            "eta_threshold_minutes": G(lambda f: f.pick([5, 10, 15])),
            "quiet_hours_start": G(lambda f: f.pick(["21:00", "22:00", "20:30"])),
            "phone_calls": G(lambda f: f.pick([True, False])),
            "notify_on_board": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent",
        PARENT_APPS,
        1,
        {
            "thread_id": G(lambda f: f.uuid()),
            "recipient_role": G(lambda f: f.pick(["driver", "school office", "bus aide"])),
            "text": Y(parent_text, "phone", True),
            "char_count": G(lambda f: f.r.randint(12, 160)),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Chip Tapped",
        [swift_ctx, rn_ctx],
        1,
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        full(f),
                        first(f),
                        "Mr " + last(f),
                        "Tita " + f.pick(["Liezel", "Rhea", "Bea", "Jasmine", "Marites"]),
                    ]
                ),
                "name",
                True,
            ),
            "contact_type": G(lambda f: f.pick(["guardian", "driver", "bus aide"])),
            "action": G(lambda f: f.pick(["call", "sms", "whatsapp"])),
            "position": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "screen",
        "Driver Profile",
        PARENT_APPS,
        1,
        {
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "driver_first_name": Y(lambda f: first(f), "name"),
            "years_experience": G(lambda f: f.r.randint(1, 30)),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
            "photo_url": Y(lambda f: f"https://cdn.routeroo.example/drivers/{f.hexid(12)}.jpg", "photo"),
            "background_checked": G(lambda f: True),
        },
    ),
    (
        "track",
        "Driver Rated",
        [rn_ctx, swift_ctx],
        1,
        {
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "trip_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["Always on time", "Drove too fast on the hill", "Very friendly", "", "Bus was dirty"]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["punctual", "safe", "friendly", "late"])), 2),
        },
    ),
    (
        "track",
        "Consent Given",
        [web("/consent", "Consent | RouteRoo"), swift_ctx],
        1,
        {
            "consent_type": G(lambda f: f.pick(["photo", "location_sharing", "medical_info_sharing"])),
            "granted": G(lambda f: f.pick([True, False])),
            "policy_version": G(lambda f: f.pick(["2023-08", "2024-01", "2024-06"])),
            "signed_name": Y(lambda f: full(f), "name"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "alias",
        None,
        [swift_ctx, rn_ctx],
        1,
        {},
    ),
    # ---- sign-up, auth ----------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        [web("/signup", "Create your account | RouteRoo")],
        1,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "district_code": G(lambda f: f.pick(["AUS-ISD", "CTU", "TSH-01", "DEPED-NCR"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "school_letter"])),
            "country": G(lambda f: f.pick(["US", "ZA", "PH"])),
        },
    ),
    (
        "track",
        "Account Created",
        [server_ctx("analytics-php", ip=True)],
        1,
        {
            "full_name": Y(lambda f: full(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "password": RED(
                lambda f: f.pick(["Thabo2015!", "ilovemykids", "Manila#2024", "Summer2024", "p@ssw0rd1"]),
                "password",
            ),
            "password_confirmation": RED(
                lambda f: f.pick(["Thabo2015!", "ilovemykids", "Manila#2024", "Summer2024"]), "password"
            ),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_accepted": G(lambda f: True),
            "role": G(lambda f: f.pick(["guardian", "driver", "coordinator"])),
        },
    ),
    (
        "track",
        "Phone Verified",
        [swift_ctx, rn_ctx, flutter_ctx],
        1,
        {
            "phone_number": Y(lambda f: phone(f), "phone"),
            "otp_code": RED(lambda f: f.digits(6), "token|secret"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "phone_verified": G(lambda f: True),
            "carrier": G(lambda f: f.pick(["Vodacom", "MTN", "Smart", "Globe", "Verizon"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        [server_ctx("@segment/analytics-node", ip=True)],
        1,
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_url": RED(
                lambda f: "https://app.routeroo.example/reset?token=" + f.hexid(40), "token", True
            ),
            "expires_in_s": G(lambda f: 3600),
            "requests_today": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        [web("/students/contacts", "Emergency contacts | RouteRoo")],
        1,
        {
            "form_id": G(lambda f: "emergency_contact"),
            "field_name": G(lambda f: f.pick(["mobile", "alt_mobile", "work_phone"])),
            "value": Y(lambda f: phone(f), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(800, 12000)),
            "is_valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Registration Step Completed",
        [web("/register/learner", "Registreer leerder | RouteRoo")],
        1,
        {
            "step_name": G(lambda f: "id_number"),
            "step": G(lambda f: 2),
            "input": RED(sa_id, "national id", True),
            "input_method": G(lambda f: f.pick(["typed", "pasted", "autofill"])),
        },
    ),
    (
        "page",
        "Pay Transport Fees",
        [web("/fees", "Pay transport fees | RouteRoo")],
        2,
        page_props("/fees", "Pay transport fees | RouteRoo", "Pay Transport Fees"),
    ),
    (
        "page",
        "Routes Dashboard",
        [web("/admin/routes", "Routes | RouteRoo Admin")],
        2,
        page_props("/admin/routes", "Routes | RouteRoo Admin", "Routes Dashboard"),
    ),
    # ---- fees and payments ----------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        [web("/fees/passes", "Bus passes | RouteRoo"), swift_ctx, rn_ctx],
        1,
        {
            **pass_product(),
            "currency": G(lambda f: f.pick(["USD", "ZAR", "PHP"])),
            "route_id": G(lambda f: "rt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Checkout Started",
        [web("/fees/checkout", "Checkout | RouteRoo"), swift_ctx, rn_ctx],
        1,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "revenue": G(lambda f: f.money(40, 3500)),
            "currency": G(lambda f: f.pick(["USD", "ZAR", "PHP"])),
            "coupon": G(lambda f: f.pick(["", "SIBLING20", "EARLYBIRD"])),
            "products": Many(pass_product(), 3),
            "student_ids": Many(G(lambda f: "stu_" + f.digits(6)), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        [web("/fees/checkout", "Checkout | RouteRoo"), flutter_ctx],
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "payment_method": G(lambda f: f.pick(["card", "gcash", "eft", "ach", "maya"])),
            "step": G(lambda f: 2),
        },
    ),
    (
        "track",
        "Order Completed",
        [
            web("/fees/thanks", "Thank you | RouteRoo"),
            swift_ctx,
            rn_ctx,
            server_ctx("@segment/analytics-node"),
        ],
        2,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
            "total": G(lambda f: f.money(40, 3500)),
            "tax": G(lambda f: f.money(0, 300)),
            "discount": G(lambda f: f.money(0, 100)),
            "currency": G(lambda f: f.pick(["USD", "ZAR", "PHP"])),
            "products": Many(pass_product(), 3),
            "billing_address": {
                "name": Y(lambda f: full(f), "name"),
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postal(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "ZA", "PH"])),
            },
            "payment": {
                "method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "card_last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                "stripe_payment_method": RED(card_pm, "token"),
            },
            "payer_email": Y(lambda f: email(f), "email"),
            "fee_waiver_applied": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Refunded",
        [server_ctx("@segment/analytics-node")],
        1,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "refund_amount": G(lambda f: f.money(10, 800)),
            "reason": G(lambda f: f.pick(["duplicate", "moved_school", "route_cancelled"])),
            "currency": G(lambda f: f.pick(["USD", "ZAR", "PHP"])),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        [server_ctx("@segment/analytics-node")],
        1,
        {
            "payment_intent": {
                "id": G(lambda f: stripe_id(f, "pi_")),
                "amount": G(lambda f: f.r.randint(4000, 350000)),
                "currency": G(lambda f: f.pick(["usd", "zar", "php"])),
                "status": G(lambda f: "succeeded"),
                "customer": G(lambda f: stripe_id(f, "cus_")[:18]),
                "payment_method": RED(card_pm, "token"),
                "receipt_email": Y(lambda f: email(f), "email"),
            },
            "billing_details": {
                "name": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "address": {
                    "line1": Y(lambda f: street(f), "address|street"),
                    "city": Y(lambda f: city(f), "city"),
                    "postal_code": Y(lambda f: postal(f), "zipcode"),
                    "state": G(lambda f: f.pick(["TX", "OH", "GP", "WC"])),
                    "country": G(lambda f: f.pick(["US", "ZA", "PH"])),
                },
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                "fingerprint": G(
                    lambda f: "".join(f.pick(string.ascii_letters + string.digits) for _ in range(16))
                ),
            },
        },
    ),
    (
        "track",
        "Payment Method Added",
        [swift_ctx, rn_ctx],
        1,
        {
            "type": G(lambda f: "card"),
            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "payment_method_id": RED(card_pm, "token"),
            "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "none"])),
            "set_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Failed",
        [server_ctx("analytics-php", ip=True)],
        1,
        {
            "transaction_ref": G(lambda f: "TXN" + f.digits(10)),
            "amount": G(lambda f: f.money(40, 3500)),
            "currency": G(lambda f: f.pick(["ZAR", "USD"])),
            "gateway": G(lambda f: f.pick(["payfast", "authorize_net", "peach_payments"])),
            "error_code": G(lambda f: f.pick(["05", "51", "54", "insufficient_funds"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "masked_pan": G(masked_pan),
            "cardholder": Y(lambda f: full(f), "name"),
            "payer_ip": Y(lambda f: f.ipv4(), "ip"),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Bayad Natanggap",
        [server_ctx("analytics-php")],
        1,
        {
            "halaga": G(lambda f: f.pick([1500, 2500, 3200, 4800.5])),
            "payment_channel": G(lambda f: f.pick(["GCash", "Maya", "BDO Online", "7-Eleven CLIQQ"])),
            "numero_ng_gcash": Y(lambda f: phone(f, "PH"), "phone"),
            "pangalan_ng_nagbayad": Y(lambda f: full(f, "PH"), "name"),
            "paid_on": G(lambda f: f.date(2024, 2024)),
            "or_number": G(lambda f: "OR-" + f.digits(7)),
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "billing_month": G(lambda f: f.pick(["Hunyo", "Hulyo", "Agosto", "Setyembre"])),
            "reference_no": G(lambda f: f.digits(13)),
        },
    ),
    (
        "track",
        "Betaling Ontvang",
        [server_ctx("analytics-python")],
        1,
        {
            "bedrag": G(lambda f: f.pick([850.0, 1250.0, 2400.0, 450.0])),
            "rekeninghouer": Y(lambda f: full(f, "ZA"), "name"),
            "rekeningnommer": RED(za_account, "bank account"),
            "takkode": G(lambda f: f.pick(["250655", "632005", "051001", "198765", "470010"])),
            "bank": G(lambda f: f.pick(["FNB", "ABSA", "Standard Bank", "Nedbank", "Capitec"])),
            "verwysing": G(lambda f: "RR" + f.digits(6)),
            "payment_date": G(lambda f: f.date(2024, 2024)),
            "learner_id": G(lambda f: "stu_" + f.digits(6)),
            "ouer_selfoon": Y(lambda f: phone(f, "ZA"), "phone"),
            "ouer_epos": Y(lambda f: email(f, "ZA"), "email"),
        },
    ),
    (
        "track",
        "Autopay Enrolled",
        [server_ctx("analytics-ruby")],
        1,
        {
            "account_holder_name": Y(lambda f: full(f, "US"), "name"),
            "routing_number": G(
                lambda f: f.pick(["021000021", "011000015", "121000358", "111000614", "322271627"])
            ),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_last4": G(lambda f: f.digits(4)),
            "mandate_id": G(lambda f: "mandate_" + f.hexid(16)),
            "plaid_access_token": RED(lambda f: f"access-production-{f.uuid()}", "secret|token"),
            "plaid_item_id": G(
                lambda f: "".join(f.pick(string.ascii_letters + string.digits) for _ in range(37))
            ),
            "debit_day": G(lambda f: f.pick([1, 15, 28])),
        },
    ),
    (
        "track",
        "Fee Statement Email Event",
        [server_ctx("@segment/analytics-node")],
        1,
        {
            "email": Y(lambda f: email(f), "email"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["fee_statement", "term3", "reminder"])), 2),
            "sg_event_id": G(
                lambda f: "".join(f.pick(string.ascii_letters + string.digits) for _ in range(22))
            ),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(
                lambda f: f.pick(
                    ["https://app.routeroo.example/fees", "https://app.routeroo.example/fees/passes"]
                )
            ),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        [server_ctx("analytics-python")],
        2,
        {
            "From": G(lambda f: f.pick(["+15125550143", "+27600700123", "+639171230000"])),
            "To": Y(lambda f: phone(f), "phone"),
            "Body": Y(sms_body, "name", True),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Fee Reminder Sent",
        [server_ctx("analytics-go")],
        1,
        {
            "invoice_id": G(lambda f: "inv_" + f.hexid(10)),
            "amount_due": G(lambda f: f.money(40, 3500)),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "recipient": {
                "name": Y(lambda f: full(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
            },
            "days_overdue": G(lambda f: f.r.randint(0, 60)),
            "template_id": G(lambda f: f.pick(["fee_due_v3", "fee_overdue_v2", "fee_final_notice_v1"])),
        },
    ),
    # ---- drivers: app --------------------------------------------------------------------------
    (
        "identify",
        None,
        [kotlin_ctx],
        1,
        {
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "email": Y(
                lambda f: work_email(
                    f, f.pick(["jacarandashuttles.example", "lonestartransit.example", "metrobus.example.ph"])
                ),
                "email",
            ),
            "phone": Y(lambda f: phone(f), "phone"),
            "employee_number": G(lambda f: "E" + f.digits(5)),
            "role": G(lambda f: "driver"),
            "depot": G(lambda f: f.pick(["North Depot", "Centurion", "Fairview Yard", "Pflugerville"])),
            "employer": G(
                lambda f: f.pick(
                    ["Jacaranda Shuttles (Pty) Ltd", "Lone Star Student Transit", "Metro School Bus Co."]
                )
            ),
            "job_title": G(lambda f: f.pick(["School Bus Driver", "Relief Driver", "Lead Driver"])),
            "license_class": G(lambda f: f.pick(["B", "C1", "EC1", "CDL-B", "Professional"])),
            "license_expires_on": G(lambda f: f.date(2025, 2029)),
            "hire_date": G(lambda f: f.date(2012, 2024)),
            "languages": Many(G(lambda f: f.pick(["en", "af", "zu", "fil", "es"])), 2),
        },
    ),
    (
        "track",
        "Shift Started",
        [kotlin_ctx],
        2,
        {
            "shift_id": G(lambda f: f.uuid()),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "bus_number": G(lambda f: str(f.r.randint(1, 80))),
            "vehicle_plate": Y(plate, "license"),
            "odometer_start": G(lambda f: f.r.randint(20000, 400000)),
            "pre_trip_inspection_passed": G(lambda f: f.pick([True, False])),
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "started_at": G(lambda f: f.iso()),
            "fuel_level_pct": G(lambda f: f.r.randint(10, 100)),
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "aide_name": Y(lambda f: full(f), "name"),
        },
    ),
    (
        "track",
        "Pre-Trip Inspection Submitted",
        [kotlin_ctx],
        1,
        {
            "inspection_id": G(lambda f: f.uuid()),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "vin": Y(vin, "serial"),
            "defects": Many(
                G(lambda f: f.pick(["none", "cracked mirror", "stop arm light out", "low tire"])), 2
            ),
            "tire_pressure_ok": G(lambda f: f.pick([True, False])),
            "brakes_ok": G(lambda f: f.pick([True, False])),
            "defect_photo_urls": Many(
                G(lambda f: f"https://cdn.routeroo.example/inspections/{f.hexid(10)}.jpg"), 2
            ),
            "signature_url": Y(
                lambda f: f"https://cdn.routeroo.example/signatures/{f.hexid(12)}.png", "photo"
            ),
        },
    ),
    (
        "track",
        "Student Boarded",
        [kotlin_ctx, flutter_ctx],
        4,
        {
            "scan_id": G(lambda f: f.uuid()),
            "rfid_uid": G(rfid),
            "reader_id": G(lambda f: "rdr-" + f.hexid(6)),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "stop_id": G(lambda f: "stp_" + f.digits(5)),
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "student_name": Y(lambda f: f"{kid(f)} {last(f)}", "name"),
            "grade": G(lambda f: f.pick(["K", "1", "4", "7", "Grade R", "Grade 5", "Grade 10"])),
            "scanned_at": G(lambda f: f.iso()),
            "direction": G(lambda f: f.pick(["AM", "PM"])),
            "lat": Y(lambda f: geo_lat(f, 6), "geolocation"),
            "lng": Y(lambda f: geo_lng(f, 6), "geolocation"),
            "match_method": G(lambda f: f.pick(["rfid", "qr", "manual"])),
            "is_correct_bus": G(lambda f: f.pick([True, True, False])),
            "guardian_notified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Student Alighted",
        [kotlin_ctx],
        3,
        {
            "scan_id": G(lambda f: f.uuid()),
            "rfid_uid": G(rfid),
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "stop_id": G(lambda f: "stp_" + f.digits(5)),
            "alighted_at": G(lambda f: f.iso()),
            "authorized_pickup_name": Y(lambda f: full(f), "name"),
            "handoff_verified": G(lambda f: f.pick([True, False])),
            "gps": {
                "lat": Y(lambda f: geo_lat(f, 6), "geolocation"),
                "lon": Y(lambda f: geo_lng(f, 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            },
        },
    ),
    (
        "track",
        "Manifest Loaded",
        [kotlin_ctx],
        1,
        {
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "run_date": G(lambda f: f.date(2024, 2024)),
            "student_count": G(lambda f: f.r.randint(8, 60)),
            "students": Many(
                {
                    "student_id": G(lambda f: "stu_" + f.digits(6)),
                    "first_name": Y(lambda f: kid(f), "name"),
                    "stop_id": G(lambda f: "stp_" + f.digits(5)),
                    "needs_booster_seat": G(lambda f: f.pick([True, False])),
                    "wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
                    "medical_alert": Y(
                        lambda f: f.pick(["asthma", "epilepsy", "severe nut allergy", "diabetes"]),
                        "condition|allergy",
                    ),
                    "guardian_phone": Y(lambda f: phone(f), "phone"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Incident Reported",
        [kotlin_ctx],
        1,
        {
            "incident_id": G(lambda f: "inc_" + f.digits(6)),
            "type": G(lambda f: f.pick(["behavior", "medical", "collision", "lost_item", "no_show"])),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "details": Y(incident_text, "name", True),
            "involved_student_ids": Many(G(lambda f: "stu_" + f.digits(6)), 3),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "reported_at": G(lambda f: f.iso()),
            "police_notified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medication Administered",
        [kotlin_ctx],
        1,
        {
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "medication_name": Y(
                lambda f: f.pick(["Ventolin", "EpiPen Jr", "glucose gel", "Diastat"]), "medication"
            ),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "administered_by": Y(lambda f: full(f), "name"),
            "administered_at": G(lambda f: f.iso()),
            "guardian_notified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Alert Triggered",
        [kotlin_ctx],
        1,
        {
            "alert_id": G(lambda f: f.uuid()),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "type": G(lambda f: f.pick(["medical", "mechanical", "security", "traffic"])),
            "lat": Y(lambda f: geo_lat(f, 6), "geolocation"),
            "lng": Y(lambda f: geo_lng(f, 6), "geolocation"),
            "students_on_board": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    # ---- buses, routes, operations -------------------------------------------------------------
    (
        "track",
        "Bus Location Updated",
        [server_ctx("analytics-go")],
        5,
        {
            "device-imei": Y(imei, "serial"),
            "bus-id": G(lambda f: "bus_" + f.digits(3)),
            "route-id": G(lambda f: "rt_" + f.digits(4)),
            "lat": Y(lambda f: geo_lat(f, 6), "geolocation"),
            "lng": Y(lambda f: geo_lng(f, 6), "geolocation"),
            "speed-kph": G(lambda f: round(f.r.uniform(0, 80), 1)),
            "heading-deg": G(lambda f: f.r.randint(0, 359)),
            "ignition": G(lambda f: f.pick([True, False])),
            "odometer-km": G(lambda f: f.r.randint(20000, 400000)),
            "recorded-at": G(lambda f: f.iso()),
            "driver-badge": G(lambda f: "B" + f.digits(5)),
            "fw-version": G(lambda f: f.pick(["03.27.07", "03.28.01", "03.28.04"])),
        },
    ),
    (
        "track",
        "Vehicle Location",
        [server_ctx("@segment/analytics-node")],
        2,
        {
            "eventId": G(lambda f: f.uuid()),
            "eventType": G(lambda f: "VehicleLocationUpdated"),
            "eventTime": G(lambda f: f.iso()),
            "data": {
                "vehicle": {
                    "id": G(lambda f: f.digits(15)),
                    "name": G(lambda f: f"Bus {f.r.randint(1, 80)}"),
                    "vin": Y(vin, "serial"),
                    "licensePlate": Y(plate, "license"),
                },
                "location": {
                    "latitude": Y(lambda f: geo_lat(f, 6), "geolocation"),
                    "longitude": Y(lambda f: geo_lng(f, 6), "geolocation"),
                    "heading": G(lambda f: f.r.randint(0, 359)),
                    "reverseGeo": {"formattedLocation": Y(lambda f: full_address(f), "geolocation|address")},
                },
                "driver": {"id": G(lambda f: f.digits(10)), "name": Y(lambda f: full(f), "name")},
            },
        },
    ),
    (
        "track",
        "Route Deviation Detected",
        [server_ctx("analytics-go")],
        1,
        {
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "deviation_m": G(lambda f: f.r.randint(150, 3000)),
            "expected_stop_id": G(lambda f: "stp_" + f.digits(5)),
            "bus_lat": Y(lambda f: geo_lat(f, 6), "geolocation"),
            "bus_lng": Y(lambda f: geo_lng(f, 6), "geolocation"),
            "detected_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Trip Summary",
        [server_ctx("analytics-go")],
        2,
        {
            "trip_id": G(lambda f: f.uuid()),
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "run": G(lambda f: f.pick(["AM", "PM", "MIDDAY"])),
            "actual_start": G(lambda f: f.iso()),
            "on_time_pct": G(lambda f: round(f.r.uniform(60, 100), 1)),
            "students_boarded": G(lambda f: f.r.randint(0, 60)),
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Route Optimized",
        [server_ctx("analytics-python")],
        1,
        {
            "plan_id": G(lambda f: f.uuid()),
            "district_id": G(lambda f: "dist_" + f.digits(4)),
            "run_date": G(lambda f: f.date(2024, 2024)),
            "vehicles_used": G(lambda f: f.r.randint(3, 40)),
            "total_distance_km": G(lambda f: round(f.r.uniform(40, 900), 1)),
            "stops": Many(
                {
                    "stop_id": G(lambda f: "stp_" + f.digits(5)),
                    "name": G(lambda f: f.pick(STOPS)),
                    "lat": G(lambda f: geo_lat(f, 5)),
                    "lng": G(lambda f: geo_lng(f, 5)),
                    "sequence": G(lambda f: f.r.randint(1, 40)),
                    "eta": G(lambda f: f"{f.r.randint(6, 8):02d}:{f.r.randint(0, 59):02d}"),
                    "students_assigned": G(lambda f: f.r.randint(1, 12)),
                },
                5,
            ),
            "unassigned_students": G(lambda f: f.r.randint(0, 9)),
            "planner_version": G(lambda f: f.pick(["2.4.1", "2.5.0", "2.5.2"])),
        },
    ),
    (
        "track",
        "Stop Created",
        [web("/admin/stops", "Stops | RouteRoo Admin")],
        1,
        {
            "stop_id": G(lambda f: "stp_" + f.digits(5)),
            "stop_name": G(lambda f: f.pick(STOPS)),
            "address": G(
                lambda f: f.pick(
                    [
                        "Cnr Atterbury Rd & Lynnwood Rd, Pretoria",
                        "W 5th St & Maple Ln, Austin TX",
                        "EDSA cor. Quezon Ave, Quezon City",
                        "Riverside Mall, Bellville",
                    ]
                )
            ),
            "location": {
                "lat": G(lambda f: geo_lat(f, 5)),
                "lng": G(lambda f: geo_lng(f, 5)),
            },
            "shelter": G(lambda f: f.pick([True, False])),
            "crossing_guard": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Student Searched",
        [web("/admin/students", "Students | RouteRoo Admin")],
        2,
        {
            "q": Y(lambda f: f.pick([full(f), kid(f) + " " + last(f), last(f), kid(f)]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "school_id": G(lambda f: "sch_" + f.digits(4)),
                "route_id": G(lambda f: f.pick(["", "rt_" + f.digits(4)])),
            },
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Stops Searched",
        [web("/admin/stops", "Stops | RouteRoo Admin")],
        1,
        {
            "query": G(lambda f: f.pick(["riverside", "library loop", "Kerk St", "SM Fairview", "oak ave"])),
            "results_count": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Driver Assigned",
        [web("/admin/routes", "Routes | RouteRoo Admin")],
        1,
        {
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "driver_name": Y(lambda f: full(f), "name"),
            "driver_phone": Y(lambda f: phone(f), "phone"),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
            "effective_date": G(lambda f: f.date(2024, 2024)),
            "assigned_by": G(lambda f: "usr_" + f.digits(6)),
            "backup_driver_name": Y(lambda f: full(f), "name"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        [server_ctx("analytics-ruby")],
        1,
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(["Bus late", "Login problem", "Refund request", "Map not loading"])
            ),
            "description": G(support_text),
            "requester": {"name": Y(lambda f: full(f), "name"), "email": Y(lambda f: email(f), "email")},
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "tags": Many(G(lambda f: f.pick(["parent", "billing", "app", "eta"])), 3),
            "via_channel": G(lambda f: f.pick(["web", "email", "mobile"])),
            "organization": G(
                lambda f: f.pick(["Austin ISD Transportation", "Jacaranda Shuttles", "DepEd NCR"])
            ),
        },
    ),
    (
        "track",
        "API Request Failed",
        [server_ctx("@segment/analytics-node")],
        1,
        {
            "endpoint": G(lambda f: f.pick(["/v2/payments", "/v1/students/sync", "/v1/routes"])),
            "status_code": G(lambda f: f.pick([401, 500, 502, 429])),
            "latency_ms": G(lambda f: f.r.randint(20, 30000)),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.secret(), "secret"),
                "user-agent": G(
                    lambda f: f.pick(
                        ["RouteRoo-Backend/5.2 (+node 20.11)", "axios/1.6.8", "RouteRoo-Sync/1.4"]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "content-type": G(lambda f: "application/json"),
            },
            "retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        [web("/admin", "Dashboard | RouteRoo Admin"), server_ctx("analytics-python")],
        1,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Austin ISD",
                        "Tshwane South District",
                        "DepEd NCR - Quezon City",
                        "Cape Town Unified Transport",
                        "Cedar Ridge Schools",
                    ]
                )
            ),
            "district_code": G(lambda f: f.pick(["AUS-ISD", "TSH-01", "DEPED-NCR", "CTU"])),
            "plan": G(lambda f: f.pick(["starter", "district", "enterprise"])),
            "student_count": G(lambda f: f.r.randint(300, 80000)),
            "bus_count": G(lambda f: f.r.randint(5, 600)),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://www.austinisd.example.org",
                        "https://tshwane-south.example.gov.za",
                        "https://depedqc.example.ph",
                    ]
                )
            ),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "transport@austinisd.example.org",
                        "no-reply@routeroo.example",
                        "vervoer@tshwane.example.gov.za",
                    ]
                )
            ),
            "office_phone": G(lambda f: f.pick(["+1 512-414-0000", "+27 12 358 0000", "(02) 8633 7202"])),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "4000 S IH 35 Frontage Rd, Austin, TX",
                        "Sammy Marks Square, Pretoria",
                        "DepEd Complex, Meralco Ave, Pasig",
                    ]
                )
            ),
            "country": G(lambda f: f.pick(["US", "ZA", "PH"])),
        },
    ),
    (
        "track",
        "Trip Shared",
        [swift_ctx, rn_ctx],
        1,
        {
            "share_id": G(lambda f: f.uuid()),
            "recipient_name": Y(lambda f: full(f), "name"),
            "recipient_phone": Y(lambda f: phone(f), "phone"),
            "expires_in_minutes": G(lambda f: f.pick([30, 60, 120])),
            "share_channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "ETA Notification Opened",
        PARENT_APPS,
        2,
        {
            "notification_id": G(lambda f: f.uuid()),
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "minutes_before_arrival": G(lambda f: f.pick([5, 10, 15])),
            "opened_at": G(lambda f: f.iso()),
            "deep_link": G(
                lambda f: f.pick(
                    ["routeroo://map", "routeroo://map?route=" + f.digits(4), "routeroo://trips"]
                )
            ),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        [rn_ctx, web("/lost-and-found", "Lost and found | RouteRoo")],
        1,
        {
            "item_id": G(lambda f: "itm_" + f.digits(6)),
            "item_description": G(
                lambda f: f.pick(
                    ["blue lunchbox with stickers", "black school blazer", "water bottle", "library book"]
                )
            ),
            "item_category": G(lambda f: f.pick(["clothing", "bag", "electronics", "books"])),
            "name_on_item": Y(
                lambda f: f.pick([kid(f), f"{kid(f)} {last(f)}", f"{kid(f)[:1]}. {last(f)}"]), "name"
            ),
            "bus_id": G(lambda f: "bus_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Bus Capacity Alert",
        [server_ctx("analytics-go")],
        1,
        {
            "route_id": G(lambda f: "rt_" + f.digits(4)),
            "capacity": G(lambda f: f.pick([48, 65, 72, 84])),
            "riders": G(lambda f: f.r.randint(40, 90)),
            "overflow": G(lambda f: f.r.randint(0, 18)),
        },
    ),
    (
        "track",
        "Guardian Lookup",
        [web("/admin/guardians", "Guardians | RouteRoo Admin")],
        1,
        {
            "term": Y(lambda f: email(f), "email", True),
            "match_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # ---- drivers: HR, background checks, documents -----------------------------------------------
    (
        "track",
        "DriverOnboarded",
        [server_ctx("Analytics.NET")],
        2,
        {
            "DriverId": G(lambda f: f.r.randint(10000, 99999)),
            "FirstName": Y(lambda f: first(f, "US"), "name"),
            "LastName": Y(lambda f: last(f, "US"), "name"),
            "DateOfBirth": Y(lambda f: f.date(1960, 1998) + "T00:00:00", "birthdate"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "LicenseNumber": Y(us_licence, "license"),
            "LicenseState": G(lambda f: f.pick(["TX", "OH", "CA", "NC", "OK"])),
            "LicenseExpiry": G(lambda f: f.date(2025, 2030)),
            "HourlyRate": Y(lambda f: round(f.r.uniform(17, 29), 2), "salary"),
            "WorkAuthorization": RED(
                lambda f: f.pick(["US Citizen", "Permanent Resident", "EAD", "H-2B"]), "visa"
            ),
            "RequiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "EmergencyContact": {
                "Name": Y(lambda f: full(f, "US"), "name"),
                "Phone": Y(lambda f: phone(f, "US"), "phone"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Mother", "Brother", "Friend"])),
            },
            "HomeAddress": {
                "Line1": Y(lambda f: street(f, "US"), "address|street"),
                "City": Y(lambda f: city(f, "US"), "city"),
                "State": G(lambda f: f.pick(["TX", "OH", "CA"])),
                "Zip": Y(lambda f: postal(f, "US"), "zipcode"),
            },
            "MedicalCertificateNumber": Y(lambda f: "MEC" + f.digits(8), "certificate"),
            "Employer": G(
                lambda f: f.pick(
                    ["Lone Star Student Transit", "Cedar Ridge Schools", "Durham School Services"]
                )
            ),
            "JobTitle": G(
                lambda f: f.pick(
                    ["School Bus Driver", "Relief Driver", "Driver Trainer", "Activity Trip Driver"]
                )
            ),
            "MaritalStatus": G(lambda f: f.pick(["Married", "Single", "Divorced"])),
            "Age": G(lambda f: f.r.randint(24, 68)),
        },
    ),
    (
        "track",
        "BackgroundCheckOrdered",
        [server_ctx("Analytics.NET")],
        1,
        {
            "DriverId": G(lambda f: f.r.randint(10000, 99999)),
            "SsnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "Package": G(lambda f: f.pick(["driver_pro", "tasker_standard", "mvr_only"])),
            "OrderedBy": G(lambda f: "usr_" + f.digits(6)),
            "Consented": G(lambda f: True),
        },
    ),
    (
        "track",
        "Background Check Completed",
        [server_ctx("analytics-ruby")],
        1,
        {
            "type": G(lambda f: "report.completed"),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "object": G(lambda f: "report"),
                    "status": G(lambda f: f.pick(["complete", "pending", "suspended"])),
                    "result": Y(lambda f: f.pick(["clear", "clear", "consider"]), "criminal record"),
                    "package": G(lambda f: f.pick(["driver_pro", "tasker_standard"])),
                    "candidate_id": G(lambda f: f.hexid(24)),
                    "completed_at": G(lambda f: f.iso()),
                    "turnaround_time": G(lambda f: f.r.randint(3600, 600000)),
                    "motor_vehicle_report_id": G(lambda f: f.hexid(24)),
                },
            },
            "candidate": {
                "first_name": Y(lambda f: first(f, "US"), "name"),
                "last_name": Y(lambda f: last(f, "US"), "name"),
                "email": Y(lambda f: email(f, "US"), "email"),
                "phone": Y(lambda f: phone(f, "US"), "phone"),
                "dob": Y(lambda f: f.date(1960, 1998), "birthdate"),
                "ssn": RED(lambda f: "XXX-XX-" + f"{f.r.randint(1, 9999):04d}", "social security number"),
                "zipcode": Y(lambda f: postal(f, "US"), "zipcode"),
                "driver_license_number": Y(us_licence, "license"),
                "driver_license_state": G(lambda f: f.pick(["TX", "OH", "CA"])),
                "no_middle_name": G(lambda f: f.pick([True, False])),
                "custom_id": G(lambda f: "drv_" + f.digits(5)),
            },
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        [kotlin_ctx],
        1,
        {
            "document_type": G(lambda f: f.pick(["passport", "national_id_card"])),
            "document_number": RED(lambda f: f.pick([passport(f), sa_id(f)]), "national id|passport"),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "issuing_country": G(lambda f: f.pick(["ZA", "PH", "US", "ZW", "MZ"])),
            "selfie_url": Y(lambda f: f"https://cdn.routeroo.example/kyc/{f.hexid(16)}.jpg", "photo"),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "file_sha256": G(lambda f: f.hexid(64)),
            "upload_ms": G(lambda f: f.r.randint(300, 15000)),
        },
    ),
    (
        "track",
        "Bestuurder Geregistreer",
        [server_ctx("analytics-python")],
        1,
        {
            "naam": Y(lambda f: first(f, "ZA"), "name"),
            "van": Y(lambda f: last(f, "ZA"), "name"),
            "id_nommer": RED(sa_id, "national id"),
            "selfoon": Y(lambda f: phone(f, "ZA"), "phone"),
            "epos": Y(lambda f: email(f, "ZA"), "email"),
            "rybewys_nommer": Y(za_licence, "license"),
            "pdp_nommer": Y(lambda f: "PDP" + f.digits(9), "license"),
            "pdp_vervaldatum": G(lambda f: f.date(2025, 2027)),
            "geboortedatum": Y(lambda f: f.date(1962, 1998), "birthdate"),
            "woonadres": Y(lambda f: full_address(f, "ZA"), "address"),
            "poskode": Y(lambda f: postal(f, "ZA"), "zipcode"),
            "vakbond": Y(lambda f: f.pick(["SATAWU", "NUMSA", "TOWU", "geen"]), "trade union"),
            "maandelikse_salaris": Y(lambda f: f.pick([9800, 11250, 12400, 14900]), "salary"),
            "depot": G(lambda f: f.pick(["Centurion", "Bellville", "Pinetown"])),
        },
    ),
    (
        "track",
        "Drayber Nairehistro",
        [server_ctx("analytics-php")],
        1,
        {
            "buong_pangalan": Y(lambda f: full(f, "PH"), "name"),
            "numero_ng_lisensya": Y(ph_licence, "license"),
            "tin": RED(lambda f: f"{f.digits(3)}-{f.digits(3)}-{f.digits(3)}-000", "national id"),
            "sss_no": RED(lambda f: f"{f.digits(2)}-{f.digits(7)}-{f.r.randint(0, 9)}", "national id"),
            "philhealth_no": RED(lambda f: f"{f.digits(2)}-{f.digits(9)}-{f.r.randint(0, 9)}", "health id"),
            "kaarawan": Y(lambda f: f.date(1965, 2000), "birthdate"),
            "tirahan": Y(lambda f: street(f, "PH"), "address|street"),
            "barangay": Y(lambda f: f.pick(BARANGAYS), "address"),
            "lungsod": Y(lambda f: city(f, "PH"), "city"),
            "numero_ng_telepono": Y(lambda f: phone(f, "PH"), "phone"),
            "sahod_kada_araw": Y(lambda f: f.pick([610, 645, 700, 750]), "salary"),
            "relihiyon": Y(
                lambda f: f.pick(["Roman Catholic", "Iglesia ni Cristo", "Islam", "Born Again Christian"]),
                "religion",
            ),
        },
    ),
    # ---- students: backends ------------------------------------------------------------------------
    (
        "identify",
        None,
        [server_ctx("analytics-python")],
        2,
        {
            "STUDENT_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(lambda f: kid(f, "US"), "name"),
            "LAST_NAME": Y(lambda f: last(f, "US"), "name"),
            "DOB": Y(lambda f: f.date(2008, 2019), "birthdate"),
            "GRADE_LEVEL": G(lambda f: f.pick(["KG", "01", "04", "07", "11"])),
            "SEX": Y(lambda f: f.pick(["M", "F", "X"]), "sex"),
            "ETHNICITY": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "RACE": Y(
                lambda f: f.pick(
                    [
                        "White",
                        "Black or African American",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Two or more",
                    ]
                ),
                "race",
            ),
            "HOME_LANGUAGE": G(lambda f: f.pick(["English", "Spanish", "Vietnamese", "Arabic"])),
            "IEP_FLAG": RED(lambda f: f.pick(["Y", "N"]), "disability"),
            "SECTION_504_FLAG": RED(lambda f: f.pick(["Y", "N"]), "disability"),
            "MEDICAID_ID": RED(lambda f: f.digits(9) + f.pick(["", "A"]), "health id"),
            "GUARDIAN_EMAIL": Y(lambda f: email(f, "US"), "email"),
            "GUARDIAN_PHONE": Y(lambda f: phone(f, "US"), "phone"),
            "HOME_ADDRESS": Y(lambda f: full_address(f, "US"), "address"),
            "HOME_ZIP": Y(lambda f: postal(f, "US"), "zipcode"),
            "TRANSPORT_ELIGIBLE": G(lambda f: f.pick([True, False])),
            "DISTANCE_TO_SCHOOL_MI": G(lambda f: round(f.r.uniform(0.2, 14), 2)),
        },
    ),
    (
        "track",
        "Mag-aaral Nairehistro",
        [server_ctx("analytics-php"), flutter_ctx],
        1,
        {
            "lrn": RED(lambda f: f.digits(12), "national id"),
            "pangalan": Y(lambda f: kid(f, "PH"), "name"),
            "apelyido": Y(lambda f: last(f, "PH"), "name"),
            "gitnang_pangalan": Y(lambda f: last(f, "PH"), "name"),
            "kaarawan": Y(lambda f: f.date(2008, 2019), "birthdate"),
            "kasarian": Y(lambda f: f.pick(["Lalaki", "Babae"]), "gender|sex"),
            "grade_level": G(lambda f: f.pick(["Kinder", "Grade 1", "Grade 4", "Grade 8"])),
            "tirahan": Y(lambda f: street(f, "PH"), "address|street"),
            "barangay": Y(lambda f: f.pick(BARANGAYS), "address"),
            "lungsod": Y(lambda f: city(f, "PH"), "city"),
            "magulang": {
                "pangalan": Y(lambda f: full(f, "PH"), "name"),
                "telepono": Y(lambda f: phone(f, "PH"), "phone"),
                "relasyon": G(lambda f: f.pick(["Nanay", "Tatay", "Lola", "Tita"])),
            },
            "may_kapansanan": RED(lambda f: f.pick([True, False]), "disability"),
            "route_code": G(
                lambda f: f.pick(["Ruta 3 - Fairview", "Ruta 7 - Commonwealth", "Ruta 12 - Lahug"])
            ),
        },
    ),
    (
        "track",
        "Leerder Geregistreer",
        [server_ctx("analytics-python"), web("/register/learner", "Registreer leerder | RouteRoo")],
        1,
        {
            "leerder_naam": Y(lambda f: kid(f, "ZA"), "name"),
            "leerder_van": Y(lambda f: last(f, "ZA"), "name"),
            "graad": G(lambda f: f.pick(["R", "3", "7", "10", "12"])),
            "school_name": G(
                lambda f: f.pick(["Hoërskool Menlopark", "Laerskool Lynnwood", "Umhlanga Primary"])
            ),
            "geboortedatum": Y(lambda f: f.date(2007, 2019), "birthdate"),
            "ouer": {
                "naam": Y(lambda f: full(f, "ZA"), "name"),
                "selfoon": Y(lambda f: phone(f, "ZA"), "phone"),
                "epos": Y(lambda f: email(f, "ZA"), "email"),
            },
            "stop_name": G(
                lambda f: f.pick(
                    ["Cnr Atterbury & Lynnwood Rd", "Shell Garage, Kerk St", "Riverside Mall (North gate)"]
                )
            ),
            "mediese_fonds": G(lambda f: f.pick(["Discovery Health", "Bonitas", "Momentum Health", "GEMS"])),
            "mediese_fonds_nommer": Y(lambda f: f.digits(9), "identification"),
            "allergieë": Many(
                Y(lambda f: f.pick(["grondboontjies", "by-steke", "penisillien", "geen"]), "allergy"), 2
            ),
            "spesiale_behoeftes": RED(
                lambda f: f.pick(["rolstoel", "outisme", "swak sig", "ADHD"]), "disability"
            ),
        },
    ),
    (
        "track",
        "Student Transport Profile Updated",
        [server_ctx("@segment/analytics-node")],
        2,
        {
            "studentId": G(lambda f: "stu_" + f.digits(6)),
            "guardians": Many(
                {
                    "guardianId": G(lambda f: "par_" + f.digits(7)),
                    "fullName": Y(lambda f: full(f), "name"),
                    "relationship": G(lambda f: f.pick(["mother", "father", "grandmother", "foster parent"])),
                    "mobilePhone": Y(lambda f: phone(f), "phone"),
                    "email": Y(lambda f: email(f), "email"),
                    "isPrimary": G(lambda f: f.pick([True, False])),
                    "smsOptIn": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "transportMode": G(lambda f: f.pick(["bus", "walker", "parent_dropoff", "sped_door_to_door"])),
            "amStopId": G(lambda f: "stp_" + f.digits(5)),
            "pmStopId": G(lambda f: "stp_" + f.digits(5)),
            "busEligible": G(lambda f: f.pick([True, False])),
            "updatedBy": Y(
                lambda f: work_email(f, f.pick(["austinisd.example.org", "routeroo.example"])), "email"
            ),
            "updatedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Bus Pass Printed",
        [server_ctx("analytics-java")],
        1,
        {
            "pass_id": G(lambda f: "pass_" + f.digits(7)),
            "rfid_uid": G(rfid),
            "student_name": Y(lambda f: f"{kid(f)} {last(f)}", "name"),
            "photo_url": Y(lambda f: f"https://cdn.routeroo.example/students/{f.hexid(12)}.jpg", "photo"),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "valid_until": G(lambda f: f.date(2025, 2025)),
            "printed_at": G(lambda f: f.iso()),
            "batch_number": G(lambda f: f.r.randint(100, 999)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, contexts, weight, body in EVENTS:
            for _ in range(weight):
                make_ctx = f.pick(contexts)
                is_server = getattr(make_ctx, "server", False)
                is_web = getattr(make_ctx, "web", False)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f"ajs-next-{f.hexid(32)}" if is_web else f.uuid(),
                    "timestamp": f.iso(),
                }
                if kind == "identify" or kind == "alias" or f.r.random() < 0.8:
                    if make_ctx is kotlin_ctx:
                        msg["userId"] = "drv_" + f.digits(5)
                    elif make_ctx in PARENT_APPS:
                        msg["userId"] = "par_" + f.digits(7)
                    else:
                        msg["userId"] = f.pick(["par_", "usr_"]) + f.digits(f.pick([6, 7]))
                if not is_server:
                    msg["anonymousId"] = f.uuid()
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "dist_" + f.digits(4)
                elif kind == "alias":
                    msg["previousId"] = f.uuid()
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(make_ctx(f), f, "context", labels)
                msg["integrations"] = {}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=259, repeats=18)
    write(Path(__file__).parent, "holdout259_", events, labels)
