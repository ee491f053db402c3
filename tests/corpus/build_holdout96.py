"""Writes holdout96: tests/corpus/holdout96_events.jsonl and holdout96_labels.json.

SEALED. Written without reading the detection engine, its vocabularies, its docs or tests, or any
other corpus's labels (only build.py, fake.py and build_holdout3.py for the format, and the shared
REFERENCE.md / DESIGN.md). It has not been scored by its author.

Domain: "Hubstead", a workplace and coworking management SaaS selling in the US, UK and Germany.
Covers desk and room booking, meeting-room display panels, visitor management (pre-registration,
kiosk sign-in, host notifications over Slack and Twilio SMS, visitor badges with photos, NDAs,
identity-document scans, guest Wi-Fi), employee badges and door access logs (a .NET access
controller bridge with PascalCase keys), parking with licence plates and ANPR cameras, health and
safety check-ins, incident reports and evacuation roll calls, deliveries, contractors, interview
candidates, family-day guests, Wi-Fi presence, Microsoft Graph-shaped calendar invites, an Azure
AD-shaped identify in PascalCase, a Checkr-shaped background check (masked SSN), coworking
memberships and day passes (e-commerce spec events, Stripe-shaped invoices, SEPA and Bacs
mandates, a legacy PHP billing integration), SSO (Okta-shaped system log, SAML assertions, magic
links, MFA), admin audit logs, HRIS syncs for the US, UK and Germany (German backend keys from a
Java connector), a warehouse reverse-ETL job with SCREAMING_SNAKE traits, a vendor webhook relayed
with kebab-case keys, SendGrid-shaped e-mail events, a marketing site with ad click ids.
Clients: analytics.js (admin app and marketing site), analytics-react-native (employee app,
with context.traits and a push token), analytics-swift (iPad visitor kiosk), analytics-kotlin
(Android meeting-room panels), analytics_flutter (coworking member app, with IDFA/AAID), and
the python, node, go, java, ruby, php and csharp server libraries. identify, track, page,
screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET bridge,
Twilio), kebab-case (relayed webhook headers and payload), SCREAMING_SNAKE (warehouse) and
German keys (Vorname, Nachname, Geburtsdatum, PLZ, Ort, Kennzeichen, Steuer-ID, Ausweisnummer,
Behindertenparkplatz ...). The key conventions are unchanged per source, as real pipelines send them.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, visitors, hosts, colleagues, emergency
  contacts, attendees, cardholders, admins. Colour is the reference matcher's default colour;
  outside the reference, red for credentials/secrets/tokens, card numbers, bank accounts,
  government ids, health ids; yellow otherwise (ip, geolocation, advertising id, ...).
- Green: ids we issue (user, employee, member, badge and booking numbers, UUIDs, Slack user and
  channel ids, Stripe object ids other than payment methods), versions, timestamps, hashes of
  non-PII, amounts, enums, counters and booleans under PII-sounding keys (emailVerified,
  phone_verified, nda_signed, photo_included), room / desk / site / product / company / pet
  names, job titles and departments, a business's own phone numbers, addresses and role
  mailboxes (company HQ in group traits, a Twilio sending number, the vet's phone), card brand,
  last four, BIN and expiry, BIC and sort codes, country / state / locale / timezone, user
  agents, OS-issued device ids, document expiry dates.
- Contested cases follow the published policy: plates are yellow `license`; ad click ids
  (gclid, fbclid, _fbp) yellow `advertising id`; billing addresses yellow `address`; Stripe
  `pm_` ids, activation codes, one-time codes and magic-link tokens red `token`; identity
  document numbers and MRZ lines red `passport|national id`; right-to-work and visa
  sponsorship answers (and a right-to-work expiry date) red `visa`; a contractor's liability
  insurance policy number yellow `identification`; member numbers green. A masked SSN that
  keeps the last four (XXX-XX-1234) is red `social security number`.
- Special categories as booleans or enums are PII of that category: step-free access, blue
  badge holder, Schwerbehinderung are red `disability`; symptoms, fever, temperature,
  vaccination and a health screening's pass/fail outcome are yellow `condition`; dietary
  requirements (halal, kosher, nut allergy, coeliac) are yellow `religion|allergy`; accessibility
  requests of an interview candidate are red `disability`.
- value_only is true only where the key does not say what the value is (`q`, `label`, `text`,
  `input`, `note`, `Body`, `destination`, `alternateId`, `name_id`, `user_principal_name`,
  `UserPrincipalName`); such a path holds that PII in every value. Free text is labelled by what
  every one of its values carries, green when none does (desk comments, meeting titles, demo
  request messages, access-request justifications, visitor feedback); an injury description is
  labelled by its key (yellow `condition|diagnosis`).
- Judgement calls made here (what a careful privacy owner would want): an APNs/FCM push token is
  red `token`; a hashed e-mail (sha256) is still yellow `email`; camera snapshots and signature
  images of a person are yellow `photo`; the city, postcode and coordinates an IdP derives from
  a login IP are the person's approximate location (yellow `city`, `zipcode`, `geolocation`); a
  visitor's per-visit guest Wi-Fi password and a kiosk admin PIN are red `password`.
  Building hardware is not a person: the private IPs, MACs and serial numbers of door
  controllers, Wi-Fi sensors and room panels are green; the MAC of a visitor's own phone is
  yellow `mac`. Access-card numbers and facility codes printed on badges we issue are green
  even under `CardNumber`. Rooms named after famous people (Ada Lovelace, Turing) are green, and
  so is a photo of a parcel. The private IP of an employee's own device seen on the office Wi-Fi
  is yellow `ip` (it is the person's, not the building's).
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

FIRST = [
    "Amara",
    "Siobhan",
    "Dmitri",
    "Aisha",
    "Tomasz",
    "Ngozi",
    "Hiroshi",
    "Leonie",
    "Jürgen",
    "Tariq",
    "Guadalupe",
    "Wei",
    "Ingrid",
    "Kofi",
    "Rhiannon",
    "Emre",
    "Ayşe",
    "Kai",
    "Marta",
    "Lars",
    "Priya",
    "Mateo",
    "Chloé",
    "Björn",
    "Fatima",
    "Noah",
    "Yuki",
    "Olusegun",
    "Mei",
    "Hannah",
    "Sven",
    "Lucía",
    "Rahul",
    "Anneliese",
    "Declan",
    "Zainab",
    "Thuy",
    "Felix",
    "Keisha",
    "Jonas",
]
LAST = [
    "Okafor",
    "Schmidt",
    "Wagner",
    "Y\u0131lmaz",
    "Nowak",
    "Adeyemi",
    "Fitzgerald",
    "Hernández",
    "Kim",
    "Ahmed",
    "Bauer",
    "Jones",
    "Williams",
    "Papadopoulos",
    "Lindqvist",
    "Takahashi",
    "Müller",
    "O'Connor",
    "Nguyen",
    "Patel",
    "Chen",
    "Becker",
    "Kowalczyk",
    "Mensah",
    "Rossi",
    "Hoffmann",
    "Brown",
    "Singh",
    "Dubois",
    "Haddad",
    "Schäfer",
    "Evans",
    "García",
    "Novak",
    "Zimmermann",
]
COMPANIES = ["Globex", "Initech", "Northwind Traders", "Umbrella GmbH", "Stark Logistics", "Wayne & Co"]
WORK_DOMAINS = ["globex.com", "initech.io", "northwind.co.uk", "umbrella.de", "starklogistics.com"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "web.de", "icloud.com", "yahoo.co.uk", "gmx.de"]
SITES = [
    "London Bridge",
    "Berlin Mitte",
    "Munich Werksviertel",
    "Austin Domain",
    "NYC Flatiron",
    "Manchester",
]
ROOMS = ["Ada Lovelace", "Turing", "Brandenburg", "Thames", "Hopper", "Alster", "Rosalind Franklin", "Hudson"]
US_CITIES = ["Austin", "Brooklyn", "Jersey City", "Round Rock", "Hoboken", "Cedar Park"]
UK_CITIES = ["London", "Manchester", "Salford", "Croydon", "Stockport", "Bristol"]
DE_CITIES = ["Berlin", "München", "Potsdam", "Freising", "Hamburg", "Köln"]
US_STREETS = ["Congress Ave", "Lamar Blvd", "Atlantic Ave", "Elm Street", "Washington St", "Burnet Rd"]
UK_STREETS = ["Tooley Street", "Deansgate", "Oxford Road", "Mill Lane", "Victoria Road", "Church Street"]
DE_STREETS = ["Torstraße", "Kastanienallee", "Leopoldstraße", "Sonnenallee", "Hauptstraße", "Bergmannstraße"]
PAGES = ["/dashboard", "/bookings", "/visitors", "/settings/sso", "/people", "/analytics/occupancy"]


def ascii_(s: str) -> str:
    table = str.maketrans(
        {
            "ä": "ae",
            "ö": "oe",
            "ü": "ue",
            "ß": "ss",
            "é": "e",
            "\u0131": "i",
            "ş": "s",
            "ç": "c",
            "ñ": "n",
            "á": "a",
            "í": "i",
            "'": "",
        }
    )
    return s.lower().translate(table).replace(" ", "")


def first(f):
    return f.pick(FIRST)


def last(f):
    return f.pick(LAST)


def full(f):
    return f"{first(f)} {last(f)}"


def work_email(f):
    return f"{ascii_(first(f))}.{ascii_(last(f))}@{f.pick(WORK_DOMAINS)}"


def personal_email(f):
    sep = f.pick([".", "_", ""])
    return f"{ascii_(first(f))}{sep}{ascii_(last(f))}{f.r.randint(1, 99)}@{f.pick(PERSONAL_DOMAINS)}"


def any_email(f):
    return work_email(f) if f.r.random() < 0.6 else personal_email(f)


def phone(f, country=None):
    country = country or f.pick(["US", "UK", "DE"])
    r = f.r
    if country == "US":
        a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
        return f.pick([f"+1{a}{b}{c:04d}", f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a} {b} {c:04d}"])
    if country == "UK":
        n = r.randint(100000, 999999)
        return f.pick(
            [
                f"07{r.randint(400, 999)} {n}",
                f"+44 7{r.randint(400, 999)} {n}",
                f"+447{r.randint(400, 999)}{n}",
            ]
        )
    pre = f.pick(["151", "160", "170", "171", "176", "152"])
    n = r.randint(1000000, 99999999)
    return f.pick([f"+49 {pre} {n}", f"0{pre} {n}", f"+49{pre}{n}"])


def e164(f):
    return (
        phone(f, f.pick(["US", "UK", "DE"]))
        .replace(" ", "")
        .replace("(", "")
        .replace(")", "")
        .replace("-", "")
    )


def uk_postcode(f):
    area = f.pick(["SE1", "EC2A", "M1", "M15", "SW1A", "BS1", "N7", "CR0", "SK4", "E14"])
    return f"{area} {f.r.randint(1, 9)}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}"


def de_plz(f):
    return f"{f.pick(['10', '12', '13', '80', '81', '20', '50', '14'])}{f.r.randint(0, 999):03d}"


def us_zip(f):
    return f.pick(
        [f"{f.r.randint(73301, 78799)}", f"{f.r.randint(10001, 11299)}", f"0{f.r.randint(7001, 7999)}"]
    )


def home_address(f):
    c = f.pick(["US", "UK", "DE"])
    if c == "US":
        return {
            "line1": f"{f.r.randint(1, 9999)} {f.pick(US_STREETS)}",
            "city": f.pick(US_CITIES),
            "zip": us_zip(f),
        }
    if c == "UK":
        return {
            "line1": f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}",
            "city": f.pick(UK_CITIES),
            "zip": uk_postcode(f),
        }
    return {
        "line1": f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}",
        "city": f.pick(DE_CITIES),
        "zip": de_plz(f),
    }


def street(f):
    return home_address(f)["line1"]


def city(f):
    return f.pick(US_CITIES + UK_CITIES + DE_CITIES)


def postcode(f):
    return f.pick([uk_postcode, de_plz, us_zip])(f)


def plate(f):
    r = f.r
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    three = "".join(f.pick(letters) for _ in range(3))
    two = f.pick(letters) + f.pick(letters)
    return f.pick(
        [
            f"{two}{r.randint(10, 74)} {three}",
            f"{f.pick(['B', 'M', 'HH', 'K', 'P', 'FS'])}-{two} {r.randint(1, 9999)}{f.pick(['', '', 'E'])}",
            f"{r.randint(1, 9)}{''.join(f.pick(letters) for _ in range(3))}{r.randint(100, 999)}",
            f"{''.join(f.pick(letters) for _ in range(3))}-{r.randint(1000, 9999)}",
        ]
    )


def ni_number(f):
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = f.pick(ok1) + f.pick(ok2)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    return f.pick([f"{pre}{d}{f.pick('ABCD')}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {f.pick('ABCD')}"])


def steuer_id(f):
    """German tax id: 11 digits, one digit repeated in the first ten, ISO 7064 MOD 11,10 check."""
    while True:
        digits = f.r.sample(range(10), 9)
        digits.append(f.pick(digits))
        f.r.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return "".join(map(str, digits)) + str(check)


def passport_no(f):
    return f.pick(
        [f.digits(9), "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), f.digits(9)]
    )


def personalausweis(f):
    return "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))


def mrz_line(f):
    surname = ascii_(last(f)).upper()
    given = ascii_(first(f)).upper()
    country = f.pick(["GBR", "D<<", "USA", "NGA", "IND"])
    line1 = f"P<{country}{surname}<<{given}".ljust(44, "<")[:44]
    born = f.date(1960, 2004).replace("-", "")[2:]
    line2 = f"{f.digits(9)}{f.r.randint(0, 9)}{country}{born}{f.r.randint(0, 9)}"
    return line1 + "\n" + line2.ljust(44, "<")


def wifi_password(f):
    word = f.pick(["blue", "maple", "river", "tiger"])
    return f"{word}-{f.r.randint(1000, 9999)}-{f.pick(['ox', 'sky', 'fox'])}"


def ssn_last4(f):
    return f"{f.r.randint(1, 9999):04d}"


def photo_url(f, kind="visitors"):
    return f"https://files.hubstead.io/{kind}/{f.uuid()}.{f.pick(['jpg', 'jpeg', 'png'])}"


def ts(f):
    return f.iso()


def pm_id(f):
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "pm_1" + "".join(f.pick(alnum) for _ in range(23))


def stripe_id(f, prefix):
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(f.pick(alnum) for _ in range(14))


def otp(f):
    return f"{f.r.randint(0, 999999):06d}"


def url_token(f):
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    return "".join(f.pick(alnum) for _ in range(43))


def gclid(f):
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    return "Cj0KCQiA" + "".join(f.pick(alnum) for _ in range(60)) + "_BwE"


def fbclid(f):
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(57))


def slack_id(f, prefix="U"):
    return prefix + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10))


def private_ip(f):
    return f.pick(
        [
            f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}",
            f"192.168.{f.r.randint(0, 20)}.{f.r.randint(2, 254)}",
            f"172.16.{f.r.randint(0, 31)}.{f.r.randint(2, 254)}",
        ]
    )


def public_ip(f):
    return f.ipv4() if f.r.random() < 0.85 else f.ipv6()


def sha256_of(text):
    return hashlib.sha256(text.encode()).hexdigest()


def money(f, lo, hi):
    return f.money(lo, hi)


# -- contexts -----------------------------------------------------------------------------------

UA_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]
GMAIL_PROXY_UA = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"


def _web_base(f, host, paths, titles):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://app.hubstead.io/dashboard",
                        "https://www.linkedin.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?tab=upcoming", "?utm_source=linkedin&utm_medium=paid", "?floor=3"])
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: f"https://{host}{f.pick(paths)}"),
        },
        "userAgent": G(lambda f: f.pick(UA_DESKTOP)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "de-DE", "de-AT"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/New_York", "Europe/London", "Europe/Berlin"])
        ),
        "ip": Y(public_ip, "ip"),
    }


def web_app_context(f):
    return _web_base(
        f,
        "app.hubstead.io",
        PAGES,
        ["Dashboard · Hubstead", "Visitors · Hubstead", "SSO settings · Hubstead", "Bookings · Hubstead"],
    )


def web_site_context(f):
    ctx = _web_base(
        f,
        "www.hubstead.io",
        ["/", "/pricing", "/demo", "/coworking/berlin", "/visitor-management"],
        [
            "Hubstead - the workplace platform",
            "Pricing | Hubstead",
            "Book a demo | Hubstead",
            "Coworking in Berlin | Hubstead",
        ],
    )
    ctx["campaign"] = {
        "name": G(lambda f: f.pick(["hybrid-work-2024", "visitor_mgmt_uk", "coworking_berlin_q2", "brand"])),
        "source": G(lambda f: f.pick(["google", "linkedin", "newsletter", "capterra"])),
        "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
        "term": G(
            lambda f: f.pick(
                ["desk booking software", "visitor management system", "coworking berlin", "hot desking app"]
            )
        ),
        "content": G(lambda f: f.pick(["ad_a", "carousel_2", "hero_cta", "textlink"])),
    }
    return ctx


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Hubstead"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
            "namespace": G(lambda f: "io.hubstead.workplace"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "SM-S918B", "Pixel 8 Pro"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "husky"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "token": RED(
                lambda f: f.pick([f.hexid(64), "f" + f.hexid(10) + ":APA91b" + f.hexid(120)]), "token"
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 412])),
            "height": G(lambda f: f.pick([852, 932, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone", "Telekom.de", "T-Mobile", "AT&T"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "de-DE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "America/Chicago"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(work_email, "email"),
            "firstName": Y(first, "name"),
            "employeeId": G(lambda f: f"E{f.digits(5)}"),
            "officeId": G(lambda f: f"ofc_{f.hexid(8)}"),
        },
    }


def swift_kiosk_context(f):
    return {
        "app": {
            "name": G(lambda f: "Hubstead Kiosk"),
            "version": G(lambda f: f.pick(["2.7.0", "2.7.1", "2.8.0"])),
            "build": G(lambda f: f.pick(["270", "271", "280"])),
            "namespace": G(lambda f: "io.hubstead.kiosk"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad14,1", "iPad12,1"])),
            "name": G(lambda f: "iPad"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4", "17.5.1", "16.7.8"]))},
        "screen": {"width": G(lambda f: f.pick([820, 1024])), "height": G(lambda f: f.pick([1180, 1366]))},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "America/New_York"])),
    }


def kotlin_panel_context(f):
    return {
        "app": {
            "name": G(lambda f: "Hubstead Rooms"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "324", "330"])),
            "namespace": G(lambda f: "io.hubstead.rooms"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Philips", "Qbic", "Samsung"])),
            "model": G(lambda f: f.pick(["10BDL4551T", "TD-1060 Slim", "SM-T636B"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["8.1.0", "11", "13"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.0, 1.5, 2.0])),
            "width": G(lambda f: 1280),
            "height": G(lambda f: 800),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 11; TD-1060 Slim Build/RQ3A.211001.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 8.1.0; 10BDL4551T Build/OPM8.190605.005)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-T636B Build/TP1A.220624.014)",
                ]
            )
        ),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "ethernet": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "de-DE", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Berlin", "America/Chicago"])),
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "Hubstead Spaces"),
            "version": G(lambda f: f.pick(["1.9.0", "1.9.3", "2.0.1"])),
            "build": G(lambda f: f.pick(["190", "193", "201"])),
            "namespace": G(lambda f: "io.hubstead.spaces"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "23049PCD8G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.pick([f.uuid().upper(), f.uuid()]), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 873])),
        },
        "network": {"carrier": G(lambda f: f.pick(["O2 - DE", "Vodafone UK", "Verizon", "1&1"]))},
        "locale": G(lambda f: f.pick(["de-DE", "en-GB", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Europe/London", "America/New_York"])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.3.4"],
    "analytics-node": ["2.1.0", "2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.3.1", "3.2.2"],
    "analytics-java": ["3.5.0", "3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.1", "2.5.0", "2.4.3"],
    "analytics-php": ["3.7.0", "3.8.0", "3.8.1"],
    "analytics-csharp": ["2.3.5", "2.3.7", "2.4.0"],
}


def server_context(lib):
    def make(f):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib == "analytics-python":
            ctx["ip"] = Y(public_ip, "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_DESKTOP))
        if lib == "analytics-node":
            ctx["traits"] = {"email": Y(work_email, "email")}
        return ctx

    return make


CONTEXTS = {
    "web": web_app_context,
    "site": web_site_context,
    "rn": rn_context,
    "kiosk": swift_kiosk_context,
    "panel": kotlin_panel_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("analytics-csharp"),
}

# -- shared pieces ------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f"prod_{f.hexid(12)}"),
        "sku": G(
            lambda f: f.pick(["DP-BER-1D", "DP-LON-1D", "MR-8P-1H", "HD-MON-M", "DD-MON-M", "MR-4P-1H"])
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Day Pass",
                    "Meeting Room (8 seats) · 1 hour",
                    "Hot Desk Monthly",
                    "Dedicated Desk Monthly",
                    "Phone Booth · 30 min",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["day_pass", "meeting_room", "membership", "add_on"])),
        "location": G(lambda f: f.pick(SITES)),
        "price": G(lambda f: f.pick([25.0, 35.0, 49.0, 229.0, 399.0, 12.5])),
        "quantity": G(lambda f: f.r.randint(1, 5)),
    }


def billing_address():
    return {
        "name": Y(full, "name"),
        "line1": Y(street, "address|street"),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "country": G(lambda f: f.pick(["US", "GB", "DE"])),
    }


HEALTH_SYMPTOMS = [
    "cough",
    "fever",
    "loss of taste or smell",
    "sore throat",
    "shortness of breath",
    "fatigue",
]


def visitor_note(f):
    p = phone(f)
    return f.pick(
        [
            f"Please call me on {p} when you arrive",
            f"Coming by car, mobile {p}",
            f"If the gate is closed ring {p}",
            f"Courier - contact {p} for signature",
            f"Running late? text {p}",
        ]
    )


def slack_text(f):
    return f.pick(
        [
            f"Your visitor {full(f)} ({f.pick(COMPANIES)}) has arrived at {f.pick(SITES)} reception.",
            f"{full(f)} is waiting for you in the lobby :wave:",
            f"Heads up: {full(f)} signed in and is heading to {f.pick(ROOMS)}.",
            f"A delivery for you was signed for by {full(f)}.",
        ]
    )


def block_text(f):
    return f.pick(
        [
            f"*{full(f)}* from {f.pick(COMPANIES)} is here",
            f"*Visitor:* {full(f)}",
            f"*{full(f)}* signed the NDA",
        ]
    )


def sms_body(f):
    return f.pick(
        [
            f"Hubstead: {full(f)} has arrived for you at {f.pick(SITES)}.",
            f"Hi {first(f)}, your guest {full(f)} is at reception.",
            f"Hi {first(f)}, your parking space for tomorrow is confirmed.",
            f"{first(f)}, your desk booking starts in 15 min.",
        ]
    )


def host_query(f):
    return f.pick([full(f), first(f), last(f), full(f).lower()])


# -- events -------------------------------------------------------------------------------------

EVENTS = [
    # -- employee app: identity, desks, rooms ----------------------------------------------------
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(work_email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "mobile": Y(phone, "phone"),
            "avatar": Y(lambda f: photo_url(f, "avatars"), "photo"),
            "employeeId": G(lambda f: f"E{f.digits(5)}"),
            "department": G(lambda f: f.pick(["Engineering", "Finance", "People", "Sales", "Facilities"])),
            "jobTitle": G(
                lambda f: f.pick(["Office Manager", "Senior Engineer", "Account Executive", "Head of People"])
            ),
            "homeOffice": G(lambda f: f.pick(SITES)),
            "role": G(lambda f: f.pick(["employee", "admin", "receptionist", "facilities"])),
            "managerEmail": Y(work_email, "email"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "sie/ihr"]), "gender"),
            "startDate": G(lambda f: f.date(2015, 2024)),
            "createdAt": G(ts),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "desksBookedCount": G(lambda f: f.r.randint(0, 240)),
            "preferredLanguage": G(lambda f: f.pick(["en", "de", "en-GB"])),
        },
    ),
    ("alias", None, "rn", {}),
    (
        "track",
        "Desk Booked",
        "rn",
        {
            "booking_id": G(lambda f: f.uuid()),
            "desk_id": G(lambda f: f"dsk_{f.hexid(10)}"),
            "desk_label": G(lambda f: f"{f.r.randint(1, 6)}.{f.r.randint(1, 60):02d}{f.pick('ABCD')}"),
            "floor": G(lambda f: f.r.randint(0, 8)),
            "neighbourhood": G(lambda f: f.pick(["Engineering", "Quiet zone", "Sales pod", "Window side"])),
            "start_time": G(ts),
            "end_time": G(ts),
            "booking_type": G(lambda f: f.pick(["full_day", "morning", "afternoon", "custom"])),
            "is_recurring": G(lambda f: f.pick([True, False])),
            "booked_for": {
                "user_id": G(lambda f: f"usr_{f.hexid(12)}"),
                "name": Y(full, "name"),
                "email": Y(work_email, "email"),
            },
            "check_in_required": G(lambda f: f.pick([True, False])),
            "amenities": Many(
                G(lambda f: f.pick(["monitor", "standing desk", "dual screens", "docking station"])), 3
            ),
            "comment": G(
                lambda f: f.pick(
                    [
                        "near the window please",
                        "need a quiet spot",
                        "",
                        "bringing my own keyboard",
                        "team day",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Desk Checked In",
        "rn",
        {
            "booking_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["qr", "nfc", "geofence", "badge"])),
            "location": {
                "lat": Y(lambda f: round(f.r.uniform(51.45, 52.6), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-0.2, 13.5), 6), "geolocation"),
                "accuracy": G(lambda f: f.r.randint(5, 80)),
            },
            "distance_from_office_m": G(lambda f: f.r.randint(0, 400)),
            "check_in_at": G(ts),
            "late_by_minutes": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Room Booked",
        "web",
        {
            "room_id": G(lambda f: f"rm_{f.hexid(8)}"),
            "room_name": G(lambda f: f.pick(ROOMS)),
            "capacity": G(lambda f: f.pick([4, 6, 8, 12, 20])),
            "organizer_email": Y(work_email, "email"),
            "attendees": Many(
                {
                    "email": Y(any_email, "email"),
                    "name": Y(full, "name"),
                    "response": G(lambda f: f.pick(["accepted", "tentative", "needsAction", "declined"])),
                    "is_external": G(lambda f: f.pick([True, False])),
                },
                5,
            ),
            "attendee_count": G(lambda f: f.r.randint(2, 14)),
            "meeting_title": G(
                lambda f: f.pick(
                    [
                        "Q3 planning",
                        "Sprint review",
                        "Design crit",
                        "Board prep",
                        "Customer call - Globex",
                        "Weekly sync",
                    ]
                )
            ),
            "calendar_provider": G(lambda f: f.pick(["google", "microsoft365", "exchange"])),
            "online_meeting_url": G(
                lambda f: f.pick(
                    [
                        f"https://meet.google.com/{f.hexid(3)}-{f.hexid(4)}-{f.hexid(3)}",
                        f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{f.hexid(24)}%40thread.v2/0",
                    ]
                )
            ),
            "catering_requested": G(lambda f: f.pick([True, False])),
            "duration_minutes": G(lambda f: f.pick([15, 30, 45, 60, 90])),
        },
    ),
    (
        "screen",
        "Colleague Profile",
        "rn",
        {
            "name": G(lambda f: f.pick(["Colleague Profile", "Who's In", "Floor Map", "My Bookings"])),
            "label": Y(full, "name", True),
            "colleague_user_id": G(lambda f: f"usr_{f.hexid(12)}"),
            "from_screen": G(lambda f: f.pick(["search", "floor_map", "team_list"])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "rn",
        {
            "contact_name": Y(full, "name"),
            "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "sibling", "friend"])),
            "contact_phone": Y(phone, "phone"),
            "is_primary": G(lambda f: f.pick([True, False])),
            "updated_fields": Many(G(lambda f: f.pick(["name", "phone", "relationship"])), 3),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "rn",
        {
            "email_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "email_digest_frequency": G(lambda f: f.pick(["daily", "weekly", "never"])),
            "quiet_hours_start": G(lambda f: f.pick(["18:00", "19:30", "22:00"])),
        },
    ),
    (
        "track",
        "Pet Registered",
        "rn",
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Bruno", "Mochi", "Pepper", "Frieda"])),
            "species": G(lambda f: f.pick(["dog", "dog", "cat"])),
            "breed": G(lambda f: f.pick(["Labrador", "Dachshund", "Cockapoo", "Border Collie"])),
            "weight_kg": G(lambda f: money(f, 3, 40)),
            "vaccinations_up_to_date": G(lambda f: f.pick([True, False])),
            "vet_phone": G(lambda f: f.pick(["+44 20 7946 0321", "+49 30 901820", "(512) 555-0143"])),
            "owner_user_id": G(lambda f: f"usr_{f.hexid(12)}"),
            "office_id": G(lambda f: f"ofc_{f.hexid(8)}"),
        },
    ),
    (
        "track",
        "Mobile Key Activated",
        "rn",
        {
            "credential_id": G(lambda f: f"cred_{f.hexid(16)}"),
            "wallet": G(lambda f: f.pick(["apple_wallet", "google_wallet", "in_app"])),
            "pass_serial": G(lambda f: f.uuid()),
            "activation_code": RED(lambda f: f"{f.hexid(4).upper()}-{f.hexid(4).upper()}", "token"),
            "nfc_supported": G(lambda f: f.pick([True, False])),
            "express_mode": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- health and safety ------------------------------------------------------------------------
    (
        "track",
        "Health Check-In Completed",
        "rn",
        {
            "questionnaire_id": G(lambda f: f"hq_{f.hexid(6)}"),
            "questionnaire_version": G(lambda f: f.pick(["2024-01", "2024-03", "2023-11"])),
            "symptoms": Many(Y(lambda f: f.pick(HEALTH_SYMPTOMS), "condition"), 2),
            "has_fever": Y(lambda f: f.pick([True, False]), "condition"),
            "temperature_c": Y(lambda f: round(f.r.uniform(36.0, 38.9), 1), "condition"),
            "close_contact_positive_case": Y(lambda f: f.pick([True, False]), "condition"),
            "fully_vaccinated": Y(lambda f: f.pick([True, False]), "condition"),
            "result": Y(lambda f: f.pick(["cleared", "not_cleared", "cleared"]), "condition"),
            "site_id": G(lambda f: f"site_{f.digits(3)}"),
        },
    ),
    (
        "track",
        "Incident Reported",
        "web",
        {
            "incident_id": G(lambda f: f"INC-{f.digits(5)}"),
            "category": G(lambda f: f.pick(["slip_trip_fall", "first_aid", "fire_alarm", "near_miss"])),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "injured_person_name": Y(full, "name"),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "cut on left hand",
                        "sprained ankle on stairs",
                        "minor burn from kettle",
                        "bumped head on shelf",
                        "back strain lifting boxes",
                    ]
                ),
                "condition|diagnosis",
            ),
            "first_aider_name": Y(full, "name"),
            "reported_by_user_id": G(lambda f: f"usr_{f.hexid(12)}"),
            "location_desc": G(
                lambda f: f.pick(["Kitchen, 3rd floor", "Stairwell B", "Car park level -1", "Reception"])
            ),
            "riddor_reportable": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Evacuation Roll Call Completed",
        "web",
        {
            "drill_id": G(lambda f: f"drl_{f.hexid(8)}"),
            "site_id": G(lambda f: f"site_{f.digits(3)}"),
            "marshal_name": Y(full, "name"),
            "accounted_for": G(lambda f: f.r.randint(20, 400)),
            "missing": Many(
                {
                    "user_id": G(lambda f: f"usr_{f.hexid(12)}"),
                    "display_name": Y(full, "name"),
                    "last_badge_door": G(
                        lambda f: f.pick(["Main entrance", "Car park lift", "Level 3 east"])
                    ),
                    "last_seen_at": G(ts),
                },
                3,
            ),
        },
    ),
    # -- meeting-room panels ----------------------------------------------------------------------
    (
        "track",
        "Meeting Checked In",
        "panel",
        {
            "display_id": G(lambda f: f"dsp_{f.hexid(8)}"),
            "room_id": G(lambda f: f"rm_{f.hexid(8)}"),
            "room_name": G(lambda f: f.pick(ROOMS)),
            "meeting_id": G(lambda f: f.hexid(26)),
            "organizerName": Y(full, "name"),
            "started_from": G(lambda f: f.pick(["panel", "app", "auto"])),
            "no_show_released": G(lambda f: f.pick([True, False])),
            "panel_firmware": G(lambda f: f.pick(["FW 1.214", "FW 1.220", "FW 2.003"])),
            "panel_mac": G(lambda f: f.mac()),
            "panel_ip": G(private_ip),
            "panel_serial": G(lambda f: f.pick(["AU", "FZ", "XR"]) + f.digits(10)),
        },
    ),
    (
        "screen",
        "Room Schedule",
        "panel",
        {
            "name": G(lambda f: f.pick(["Room Schedule", "Book Now", "Idle"])),
            "room_id": G(lambda f: f"rm_{f.hexid(8)}"),
            "slots_shown": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    # -- visitor kiosk ----------------------------------------------------------------------------
    (
        "screen",
        "Sign In Form",
        "kiosk",
        {
            "name": G(
                lambda f: f.pick(["Welcome", "Sign In Form", "Host Search", "Take Photo", "Badge Printing"])
            ),
            "kiosk_id": G(lambda f: f"ksk_{f.hexid(6)}"),
            "language": G(lambda f: f.pick(["en", "de", "fr", "es"])),
        },
    ),
    (
        "track",
        "Host Searched",
        "kiosk",
        {
            "q": Y(host_query, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 8)),
            "selected_position": G(lambda f: f.r.randint(1, 5)),
            "search_latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Visitor Signed In",
        "kiosk",
        {
            "visit_id": G(lambda f: f"vis_{f.hexid(12)}"),
            "visitor": {
                "full_name": Y(full, "name"),
                "email": Y(any_email, "email"),
                "phone": Y(phone, "phone"),
                "company": G(lambda f: f.pick(COMPANIES)),
                "photo_url": Y(photo_url, "photo"),
                "type": G(lambda f: f.pick(["guest", "contractor", "interview", "delivery"])),
            },
            "host": {
                "name": Y(full, "name"),
                "email": Y(work_email, "email"),
                "employee_id": G(lambda f: f"E{f.digits(5)}"),
            },
            "location_id": G(lambda f: f"loc_{f.hexid(6)}"),
            "location_name": G(lambda f: f.pick(SITES)),
            "purpose": G(lambda f: f.pick(["Meeting", "Interview", "Maintenance", "Delivery"])),
            "signed_in_at": G(ts),
            "nda_signed": G(lambda f: f.pick([True, False])),
            "id_scanned": G(lambda f: f.pick([True, False])),
            "watchlist_match": G(lambda f: False),
        },
    ),
    (
        "track",
        "Visitor Badge Printed",
        "kiosk",
        {
            "badge_id": G(lambda f: f"bdg_{f.hexid(10)}"),
            "printer_model": G(
                lambda f: f.pick(["Brother QL-820NWB", "Zebra ZD421", "DYMO LabelWriter 550"])
            ),
            "template": G(lambda f: f.pick(["visitor_default", "contractor_red", "interview"])),
            "badge_name": Y(full, "name"),
            "badge_company": G(lambda f: f.pick(COMPANIES)),
            "qr_payload": G(lambda f: f"HBV1:{f.uuid()}"),
            "photo_included": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "NDA Signed",
        "kiosk",
        {
            "visit_id": G(lambda f: f"vis_{f.hexid(12)}"),
            "document_id": G(lambda f: f"doc_{f.hexid(8)}"),
            "document_title": G(
                lambda f: f.pick(["Mutual NDA 2024", "Site Safety Rules", "Vertraulichkeitsvereinbarung"])
            ),
            "signed_name": Y(full, "name"),
            "signature_image_url": Y(lambda f: photo_url(f, "signatures"), "photo|signature"),
            "signed_at": G(ts),
            "language": G(lambda f: f.pick(["en", "de", "fr"])),
            "scrolled_to_end": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visitor ID Scanned",
        "kiosk",
        {
            "visit_id": G(lambda f: f"vis_{f.hexid(12)}"),
            "document_type": G(lambda f: f.pick(["passport", "id_card", "driving_licence"])),
            "document_number": RED(
                lambda f: f.pick([passport_no(f), personalausweis(f)]), "passport|national id"
            ),
            "issuing_country": G(lambda f: f.pick(["GBR", "DEU", "USA", "NGA", "IND"])),
            "nationality": Y(
                lambda f: f.pick(["British", "German", "American", "Nigerian", "Indian"]), "citizenship"
            ),
            "date_of_birth": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "mrz": RED(mrz_line, "passport|national id"),
            "scan_confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
        },
    ),
    (
        "track",
        "Guest Wi-Fi Issued",
        "kiosk",
        {
            "visit_id": G(lambda f: f"vis_{f.hexid(12)}"),
            "ssid": G(lambda f: f.pick(["Hubstead-Guest", "GLOBEX-GUEST", "Gast-WLAN"])),
            "wifi_password": RED(
                wifi_password,
                "password",
            ),
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "expires_at": G(ts),
            "bandwidth_mbps": G(lambda f: f.pick([10, 25, 50])),
        },
    ),
    (
        "track",
        "Visitor Signed Out",
        "kiosk",
        {
            "visit_id": G(lambda f: f"vis_{f.hexid(12)}"),
            "duration_min": G(lambda f: f.r.randint(5, 480)),
            "badge_returned": G(lambda f: f.pick([True, False])),
            "feedback_rating": G(lambda f: f.r.randint(1, 5)),
            "feedback_comment": G(
                lambda f: f.pick(
                    [
                        "Smooth check-in",
                        "Coffee was great",
                        "",
                        "Printer jammed",
                        "Took a while to find the lift",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Kiosk Settings Unlocked",
        "kiosk",
        {
            "kiosk_id": G(lambda f: f"ksk_{f.hexid(6)}"),
            "admin_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password"),
            "pin_attempts": G(lambda f: f.r.randint(1, 3)),
            "unlocked": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- visitor pre-registration and host notifications -------------------------------------------
    (
        "track",
        "Visitor Pre-Registered",
        "web",
        {
            "invite_id": G(lambda f: f"inv_{f.hexid(10)}"),
            "visitor_name": Y(full, "name"),
            "visitor_email": Y(any_email, "email"),
            "visitor_company": G(lambda f: f.pick(COMPANIES)),
            "expected_arrival": G(ts),
            "host_user_id": G(lambda f: f"usr_{f.hexid(12)}"),
            "parking_required": G(lambda f: f.pick([True, False])),
            "licence_plate": Y(plate, "license"),
            "note": Y(visitor_note, "phone", True),
            "dietary_requirements": Many(
                Y(
                    lambda f: f.pick(
                        ["halal", "kosher", "vegetarian", "nut allergy", "gluten-free", "vegan"]
                    ),
                    "religion|allergy",
                ),
                2,
            ),
            "requires_step_free_access": RED(lambda f: f.pick([True, False]), "disability"),
            "send_invite_email": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Host Notified",
        "node",
        {
            "channel": G(lambda f: slack_id(f, "D")),
            "host_slack_id": G(lambda f: slack_id(f, "U")),
            "text": Y(slack_text, "name", True),
            "blocks": Many(
                {
                    "type": G(lambda f: "section"),
                    "text": {"type": G(lambda f: "mrkdwn"), "text": Y(block_text, "name", True)},
                },
                2,
            ),
            "notification_type": G(lambda f: f.pick(["visitor_arrived", "delivery", "visitor_signed_nda"])),
            "delivered": G(lambda f: f.pick([True, True, False])),
            "latency_ms": G(lambda f: f.r.randint(80, 3000)),
        },
    ),
    (
        "track",
        "SMS Sent",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+14155550123", "+447700900456", "+4915112345670"])),
            "To": Y(e164, "phone"),
            "Body": Y(sms_body, "name", True),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Opened",
        "node",
        {
            "email": Y(any_email, "email"),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "ip": Y(public_ip, "ip"),
            "useragent": G(lambda f: f.pick([*UA_DESKTOP, GMAIL_PROXY_UA])),
            "sg_event_id": G(lambda f: url_token(f)[:22]),
            "sg_message_id": G(
                lambda f: f"{url_token(f)[:22]}.filterdrecv-{f.hexid(8)}-{f.r.randint(1, 9)}-0"
            ),
            "smtp-id": G(
                lambda f: f"<{f.hexid(16)}.{f.digits(10)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"
            ),
            "event": G(lambda f: "open"),
            "category": Many(G(lambda f: f.pick(["visitor_invite", "booking_reminder", "weekly_digest"])), 2),
        },
    ),
    (
        "track",
        "Besucher Angemeldet",
        "java",
        {
            "Besuchs_ID": G(lambda f: f"B-{f.digits(8)}"),
            "Besuchername": Y(full, "name"),
            "Firma": G(lambda f: f.pick(COMPANIES)),
            "Gastgeber_Name": Y(full, "name"),
            "Gastgeber_Email": Y(work_email, "email"),
            "Ankunft": G(ts),
            "Kennzeichen": Y(plate, "license"),
            "Ausweisnummer": RED(personalausweis, "national id"),
            "Datenschutzhinweis_akzeptiert": G(lambda f: f.pick([True, False])),
            "Standort": G(lambda f: f.pick(["Berlin Mitte", "München Werksviertel", "Hamburg Hafencity"])),
        },
    ),
    (
        "track",
        "Kiosk Vendor Webhook Relayed",
        "php",
        {
            "headers": {
                "x-forwarded-for": Y(public_ip, "ip"),
                "user-agent": G(
                    lambda f: f.pick(["Envoy-Webhooks/1.0", "GuestHook/2.3", "SignInApp-Hooks/4.1"])
                ),
                "content-type": G(lambda f: "application/json"),
                "x-request-id": G(lambda f: f.uuid()),
                "x-hub-signature-256": G(lambda f: "sha256=" + f.hexid(64)),
            },
            "payload": {
                "event-type": G(lambda f: f.pick(["entry.signed-in", "entry.signed-out", "invite.created"])),
                "visitor-name": Y(full, "name"),
                "visitor-email": Y(any_email, "email"),
                "host-email": Y(work_email, "email"),
                "location-id": G(lambda f: f.digits(6)),
                "signed-in-at": G(ts),
            },
        },
    ),
    # -- access control and badges ------------------------------------------------------------------
    (
        "track",
        "Door Access Attempted",
        "dotnet",
        {
            "EventId": G(lambda f: f.uuid()),
            "DoorId": G(lambda f: f.r.randint(1, 400)),
            "DoorName": G(
                lambda f: f.pick(
                    ["Main Entrance", "Server Room", "Car Park Lift L-1", "Roof Terrace", "Level 3 East"]
                )
            ),
            "ControllerIp": G(private_ip),
            "CardNumber": G(lambda f: str(f.r.randint(1000, 65535))),
            "FacilityCode": G(lambda f: f.pick([12, 101, 205])),
            "CardholderName": Y(full, "name"),
            "CardholderEmployeeNo": G(lambda f: f"E{f.digits(5)}"),
            "AccessGranted": G(lambda f: f.pick([True, True, True, False])),
            "DenyReason": G(lambda f: f.pick(["", "OutsideSchedule", "CardExpired", "AntiPassback"])),
            "Direction": G(lambda f: f.pick(["In", "Out"])),
            "EventTime": G(ts),
            "BadgePhotoUrl": Y(lambda f: photo_url(f, "badges"), "photo"),
        },
    ),
    (
        "track",
        "Badge Issued",
        "python",
        {
            "badge_id": G(lambda f: f"bdg_{f.hexid(10)}"),
            "badge_type": G(lambda f: f.pick(["employee", "contractor", "temporary", "member"])),
            "card_uid": G(lambda f: f.hexid(14).upper()),
            "employee_id": G(lambda f: f"E{f.digits(5)}"),
            "holder_name": Y(full, "name"),
            "holder_photo_url": Y(lambda f: photo_url(f, "badges"), "photo"),
            "valid_until": G(lambda f: f.date(2025, 2027)),
            "access_groups": Many(
                G(lambda f: f.pick(["all-staff", "server-room", "car-park", "after-hours"])), 3
            ),
            "issued_by_admin_id": G(lambda f: f"usr_{f.hexid(12)}"),
        },
    ),
    (
        "track",
        "Occupancy Snapshot",
        "go",
        {
            "floor_id": G(lambda f: f"flr_{f.hexid(6)}"),
            "zone": G(lambda f: f.pick(["north", "south", "collab", "quiet"])),
            "device_count": G(lambda f: f.r.randint(0, 300)),
            "unique_devices_hashed": G(lambda f: f.r.randint(0, 250)),
            "peak": G(lambda f: f.r.randint(0, 300)),
            "sensor_id": G(lambda f: f"snsr-{f.digits(4)}"),
            "sensor_ip": G(private_ip),
            "sensor_mac": G(lambda f: f.mac()),
            "sampled_at": G(ts),
        },
    ),
    # -- parking ------------------------------------------------------------------------------------
    (
        "track",
        "Parking Space Booked",
        "flutter",
        {
            "booking_id": G(lambda f: f.uuid()),
            "lot_id": G(lambda f: f"lot_{f.hexid(6)}"),
            "lot_name": G(lambda f: f.pick(["Tiefgarage Mitte", "NCP Tooley St", "Domain Garage B"])),
            "space_number": G(lambda f: f"{f.pick(['A', 'B', 'P'])}{f.r.randint(1, 120)}"),
            "vehicle": {
                "plate": Y(plate, "license"),
                "make": G(lambda f: f.pick(["Volkswagen", "Tesla", "Toyota", "BMW", "Vauxhall"])),
                "model": G(lambda f: f.pick(["ID.4", "Model 3", "Corolla", "i3", "Corsa"])),
                "is_electric": G(lambda f: f.pick([True, False])),
            },
            "ev_charger_requested": G(lambda f: f.pick([True, False])),
            "accessible_bay_required": RED(lambda f: f.pick([True, False, False]), "disability"),
            "date": G(lambda f: f.date(2024, 2024)),
            "price": G(lambda f: f.pick([0.0, 8.5, 12.0, 15.0])),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
        },
    ),
    (
        "track",
        "Vehicle Entered",
        "go",
        {
            "camera_id": G(lambda f: f"anpr-{f.digits(3)}"),
            "lot_id": G(lambda f: f"lot_{f.hexid(6)}"),
            "plate_read": Y(plate, "license"),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 0.999), 3)),
            "direction": G(lambda f: f.pick(["entry", "exit"])),
            "matched_booking_id": G(lambda f: f.pick([f.uuid(), ""])),
            "gate_opened": G(lambda f: f.pick([True, False])),
            "snapshot_url": Y(lambda f: f"https://files.hubstead.io/anpr/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Parking Permit Requested",
        "web",
        {
            "permit_id": G(lambda f: f"pp_{f.digits(6)}"),
            "permit_type": G(lambda f: f.pick(["staff", "visitor", "contractor", "motorcycle"])),
            "vrm": Y(plate, "license"),
            "blue_badge_holder": RED(lambda f: f.pick([True, False, False]), "disability"),
            "home_postcode": Y(postcode, "zipcode"),
            "commute_distance_miles": G(lambda f: money(f, 0.5, 60)),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- coworking members and commerce ------------------------------------------------------------
    (
        "identify",
        None,
        "flutter",
        {
            "memberNumber": G(lambda f: f"M-{f.digits(6)}"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(personal_email, "email"),
            "mobile": Y(phone, "phone"),
            "company": G(lambda f: f.pick([*COMPANIES, "Freelance"])),
            "membershipPlan": G(lambda f: f.pick(["Flex 5", "Hot Desk", "Dedicated Desk", "Private Office"])),
            "homeLocation": G(lambda f: f.pick(SITES)),
            "birthday": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: f"HUB-{f.hexid(5).upper()}"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["DE", "GB", "US"])),
            },
        },
    ),
    (
        "track",
        "Product Viewed",
        "flutter",
        {
            **product(),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
            "url": G(lambda f: f"https://www.hubstead.io/coworking/{f.pick(['berlin', 'london', 'austin'])}"),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f"ord_{f.hexid(12)}"),
            "value": G(lambda f: money(f, 25, 900)),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
            "coupon": G(lambda f: f.pick(["", "FIRSTDAY", "BERLIN20"])),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        "flutter",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"ord_{f.hexid(12)}"),
            "invoice_number": G(lambda f: f"HS-{f.r.randint(2023, 2024)}-{f.digits(5)}"),
            "total": G(lambda f: money(f, 25, 900)),
            "tax": G(lambda f: money(f, 0, 150)),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
            "products": Many(product(), 3),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "sepa_debit"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "378282", "401288"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "payment_method_id": RED(pm_id, "token"),
            "billing_address": billing_address(),
            "company_vat_id": G(lambda f: f.pick(["DE811569869", "GB123456789", "DE293847561"])),
        },
    ),
    (
        "track",
        "Payment Failed",
        "php",
        {
            "member_no": G(lambda f: f"M-{f.digits(6)}"),
            "invoice_no": G(lambda f: f"HS-{f.r.randint(2023, 2024)}-{f.digits(5)}"),
            "amount": G(lambda f: money(f, 25, 900)),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "cc_holder": Y(full, "name"),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "05"])),
            "gateway": G(lambda f: f.pick(["authorize_net", "braintree", "adyen"])),
            "retry_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        "ruby",
        {
            "mandate_reference": G(lambda f: f"HUBST-{f.digits(8)}"),
            "scheme": G(lambda f: f.pick(["sepa_core", "sepa_b2b"])),
            "account_holder_name": Y(full, "name"),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "DE", "NL", "FR", "ES"])), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEFF", "INGDDEFFXXX", "ABNANL2A"])),
            "member_no": G(lambda f: f"M-{f.digits(6)}"),
            "signed_at": G(ts),
        },
    ),
    (
        "track",
        "Bacs Mandate Created",
        "ruby",
        {
            "mandate_reference": G(lambda f: f"HUBST-{f.digits(8)}"),
            "account_holder_name": Y(full, "name"),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "60-16-13", "30-99-50"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "member_no": G(lambda f: f"M-{f.digits(6)}"),
            "signed_at": G(ts),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "ruby",
        {
            "object": {
                "id": G(lambda f: stripe_id(f, "in_1")),
                "object": G(lambda f: "invoice"),
                "number": G(lambda f: f"{f.hexid(8).upper()}-{f.r.randint(1, 40):04d}"),
                "customer": G(lambda f: stripe_id(f, "cus_")),
                "customer_email": Y(any_email, "email"),
                "customer_name": Y(full, "name"),
                "customer_phone": Y(e164, "phone"),
                "customer_address": {
                    "line1": Y(street, "address|street"),
                    "line2": Y(lambda f: f.pick(["Flat 2", "Apt 4B", "2. OG", "Unit 7"]), "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "country": G(lambda f: f.pick(["DE", "GB", "US"])),
                    "state": G(lambda f: f.pick(["", "TX", "NY", "BE"])),
                },
                "amount_paid": G(lambda f: f.r.randint(2500, 90000)),
                "currency": G(lambda f: f.pick(["eur", "gbp", "usd"])),
                "hosted_invoice_url": G(
                    lambda f: f"https://invoice.stripe.com/i/acct_{f.hexid(16)}/live_{f.hexid(40)}"
                ),
                "payment_intent": G(lambda f: stripe_id(f, "pi_3")),
                "default_payment_method": RED(pm_id, "token"),
                "status": G(lambda f: "paid"),
                "created": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            },
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "domain": G(lambda f: f.pick(WORK_DOMAINS)),
            "plan": G(lambda f: f.pick(["starter", "business", "enterprise"])),
            "seats": G(lambda f: f.r.randint(10, 5000)),
            "industry": G(lambda f: f.pick(["Software", "Logistics", "Financial Services", "Manufacturing"])),
            "phone": G(
                lambda f: f.pick(
                    ["+1 512 555 0100", "+44 20 7946 0000", "+49 30 2345670", "+1 (212) 555-0190"]
                )
            ),
            "billingEmail": G(
                lambda f: f.pick(["accounts@", "billing@", "finance@", "ap@"]) + f.pick(WORK_DOMAINS)
            ),
            "hq": {
                "street": G(
                    lambda f: f.pick(
                        ["1 London Bridge St", "Friedrichstraße 68", "11501 Domain Dr", "100 Deansgate"]
                    )
                ),
                "city": G(lambda f: f.pick(["London", "Berlin", "Austin", "Manchester"])),
                "postalCode": G(lambda f: f.pick(["SE1 9GF", "10117", "78758", "M3 2GP"])),
                "country": G(lambda f: f.pick(["GB", "DE", "US"])),
            },
            "ssoEnabled": G(lambda f: f.pick([True, False])),
            "createdAt": G(ts),
        },
    ),
    # -- marketing site -----------------------------------------------------------------------------
    (
        "page",
        "Pricing",
        "site",
        {
            "name": G(lambda f: f.pick(["Pricing", "Home", "Demo", "Coworking Berlin"])),
            "path": G(lambda f: f.pick(["/", "/pricing", "/demo", "/coworking/berlin"])),
            "url": G(lambda f: "https://www.hubstead.io" + f.pick(["/", "/pricing", "/demo"])),
            "title": G(
                lambda f: f.pick(
                    ["Pricing | Hubstead", "Book a demo | Hubstead", "Hubstead - the workplace platform"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.g2.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?plan=business"])),
        },
    ),
    (
        "track",
        "Demo Requested",
        "site",
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "work_email": Y(work_email, "email"),
            "phone": Y(phone, "phone"),
            "company": G(lambda f: f.pick(COMPANIES)),
            "company_size": G(lambda f: f.pick(["1-50", "51-200", "201-1000", "1000+"])),
            "job_title": G(
                lambda f: f.pick(["Workplace Manager", "Head of Facilities", "COO", "IT Director"])
            ),
            "country": G(lambda f: f.pick(["United States", "United Kingdom", "Germany"])),
            "use_case": G(lambda f: f.pick(["desk_booking", "visitor_management", "room_booking", "all"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "We need visitor management for 3 offices",
                        "",
                        "Looking to replace our spreadsheets",
                        "Interested in Okta integration",
                    ]
                )
            ),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
            "email_sha256": Y(lambda f: sha256_of(work_email(f)), "email"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tour Booked",
        "site",
        {
            "full_name": Y(full, "name"),
            "email": Y(any_email, "email"),
            "phone_number": Y(phone, "phone"),
            "location": G(lambda f: f.pick(SITES)),
            "tour_date": G(lambda f: f.date(2024, 2024)),
            "team_size": G(lambda f: f.pick(["1", "2-5", "6-15", "16+"])),
            "how_heard": G(lambda f: f.pick(["google", "friend", "instagram", "walked past"])),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "site",
        {
            "form_id": G(lambda f: f.pick(["signup-main", "signup-modal", "trial-hero"])),
            "fields": {
                "email": Y(work_email, "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Summer2024!",
                            "Hubstead#1",
                            "correct-horse-" + f.hexid(4),
                            "P@ssw0rd" + str(f.r.randint(10, 99)),
                        ]
                    ),
                    "password",
                ),
                "company": G(lambda f: f.pick(COMPANIES)),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "duration_ms": G(lambda f: f.r.randint(5000, 120000)),
        },
    ),
    # -- SSO, auth and admin --------------------------------------------------------------------------
    (
        "track",
        "SSO Login Succeeded",
        "go",
        {
            "uuid": G(lambda f: f.uuid()),
            "eventType": G(lambda f: f.pick(["user.session.start", "user.authentication.sso"])),
            "actor": {
                "id": G(lambda f: "00u" + f.hexid(17)),
                "type": G(lambda f: "User"),
                "alternateId": Y(work_email, "email", True),
                "displayName": Y(full, "name"),
            },
            "client": {
                "ipAddress": Y(public_ip, "ip"),
                "userAgent": {
                    "rawUserAgent": G(lambda f: f.pick(UA_DESKTOP)),
                    "browser": G(lambda f: f.pick(["CHROME", "FIREFOX", "EDGE", "SAFARI"])),
                },
                "geographicalContext": {
                    "city": Y(city, "city"),
                    "state": G(lambda f: f.pick(["Texas", "England", "Berlin", "Bavaria"])),
                    "country": G(lambda f: f.pick(["United States", "United Kingdom", "Germany"])),
                    "postalCode": Y(postcode, "zipcode"),
                    "geolocation": {
                        "lat": Y(lambda f: round(f.r.uniform(30.0, 53.6), 4), "geolocation"),
                        "lon": Y(lambda f: round(f.r.uniform(-97.9, 13.5), 4), "geolocation"),
                    },
                },
            },
            "outcome": {"result": G(lambda f: f.pick(["SUCCESS", "ALLOW", "CHALLENGE"]))},
            "authenticationContext": {
                "externalSessionId": G(lambda f: "102" + f.hexid(22)),
            },
        },
    ),
    (
        "track",
        "SAML Assertion Received",
        "java",
        {
            "idp_entity_id": G(
                lambda f: f.pick(
                    ["http://www.okta.com/exk" + f.hexid(17), "https://sts.windows.net/" + f.uuid() + "/"]
                )
            ),
            "name_id": Y(work_email, "email", True),
            "name_id_format": G(lambda f: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
            "session_index": G(lambda f: "_" + f.hexid(32)),
            "assertion_id": G(lambda f: "_" + f.uuid()),
            "attributes": {
                "givenName": Y(first, "name"),
                "surname": Y(last, "name"),
                "department": G(lambda f: f.pick(["Engineering", "Finance", "People", "Sales"])),
                "groups": Many(
                    G(lambda f: f.pick(["hubstead-admins", "all-staff", "berlin-office", "facilities"])), 3
                ),
                "employeeNumber": G(lambda f: f"E{f.digits(5)}"),
            },
            "signature_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "node",
        {
            "email": Y(any_email, "email"),
            "link_token": RED(url_token, "token"),
            "expires_in_s": G(lambda f: f.pick([600, 900, 3600])),
            "redirect_path": G(lambda f: f.pick(["/bookings", "/visitors/new", "/"])),
            "ip_address": Y(public_ip, "ip"),
        },
    ),
    (
        "track",
        "MFA Challenge Sent",
        "node",
        {
            "method": G(lambda f: f.pick(["sms", "email", "totp"])),
            "otp_code": RED(otp, "token"),
            "destination": Y(e164, "phone", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "messagebird", "vonage"])),
        },
    ),
    (
        "track",
        "Admin Audit Event",
        "python",
        {
            "audit_id": G(lambda f: f.uuid()),
            "actor_user_id": G(lambda f: f"usr_{f.hexid(12)}"),
            "actor_email": Y(work_email, "email"),
            "actor_ip": Y(public_ip, "ip"),
            "action": G(
                lambda f: f.pick(
                    ["settings.updated", "policy.updated", "floorplan.published", "integration.removed"]
                )
            ),
            "resource_type": G(lambda f: f.pick(["office", "booking_policy", "floorplan", "integration"])),
            "resource_id": G(lambda f: f"res_{f.hexid(10)}"),
            "changes": Many(
                {
                    "field": G(
                        lambda f: f.pick(
                            [
                                "max_bookings_per_week",
                                "checkin_window_minutes",
                                "require_health_check",
                                "auto_release",
                            ]
                        )
                    ),
                    "old_value": G(lambda f: f.pick([5, 15, True, False, "30"])),
                    "new_value": G(lambda f: f.pick([10, 30, False, True, "60"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Member Role Changed",
        "python",
        {
            "target_user_id": G(lambda f: f"usr_{f.hexid(12)}"),
            "target_email": Y(work_email, "email"),
            "old_role": G(lambda f: f.pick(["employee", "receptionist", "admin"])),
            "new_role": G(lambda f: f.pick(["admin", "employee", "facilities"])),
            "changed_by": G(lambda f: f"usr_{f.hexid(12)}"),
            "via_scim": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Integration Connected",
        "web",
        {
            "integration": G(lambda f: f.pick(["slack", "microsoft_teams", "okta_scim", "webhooks"])),
            "webhook_url": RED(
                lambda f: (
                    f"https://hooks.slack.com/services/T{f.hexid(8).upper()}/B{f.hexid(10).upper()}/{url_token(f)[:24]}"
                ),
                "secret|token",
            ),
            "signing_secret": RED(lambda f: f.hexid(32), "secret"),
            "scopes": Many(
                G(lambda f: f.pick(["chat:write", "users:read", "users:read.email", "im:write"])), 4
            ),
            "connected_by": G(lambda f: f"usr_{f.hexid(12)}"),
        },
    ),
    (
        "track",
        "Members Searched",
        "web",
        {
            "input": Y(any_email, "email", True),
            "result_count": G(lambda f: f.r.randint(0, 3)),
            "filters": Many(G(lambda f: f.pick(["active", "admins", "berlin", "contractors"])), 2),
        },
    ),
    # -- HRIS syncs -------------------------------------------------------------------------------
    (
        "track",
        "Employee Synced",
        "python",
        {
            "employee_number": G(lambda f: f.digits(6)),
            "legal_first_name": Y(first, "name"),
            "legal_last_name": Y(last, "name"),
            "work_email": Y(work_email, "email"),
            "personal_email": Y(personal_email, "email"),
            "ssn_last4": RED(ssn_last4, "social security number"),
            "date_of_birth": Y(lambda f: f.date(1958, 2004), "birthdate"),
            "hire_date": G(lambda f: f.date(2012, 2024)),
            "job_title": G(
                lambda f: f.pick(["Software Engineer", "Office Coordinator", "Controller", "Sales Manager"])
            ),
            "employment_type": G(lambda f: f.pick(["full_time", "part_time", "contractor"])),
            "work_location": G(lambda f: f.pick(["Austin Domain", "NYC Flatiron", "Remote - US"])),
            "visa_sponsorship_required": RED(lambda f: f.pick([True, False, False]), "visa"),
        },
    ),
    (
        "track",
        "UK Employee Synced",
        "ruby",
        {
            "employee_ref": G(lambda f: f"EMP{f.digits(5)}"),
            "forename": Y(first, "name"),
            "surname": Y(last, "name"),
            "ni_number": RED(ni_number, "national id"),
            "work_email": Y(work_email, "email"),
            "mobile_number": Y(lambda f: phone(f, "UK"), "phone"),
            "start_date": G(lambda f: f.date(2012, 2024)),
            "right_to_work_expiry": RED(lambda f: f.date(2025, 2029), "visa"),
            "contract_type": G(lambda f: f.pick(["permanent", "fixed_term", "zero_hours"])),
            "site": G(lambda f: f.pick(["London Bridge", "Manchester", "Remote"])),
        },
    ),
    (
        "track",
        "Mitarbeiter Synchronisiert",
        "java",
        {
            "Personalnummer": G(lambda f: f.digits(6)),
            "Vorname": Y(first, "name"),
            "Nachname": Y(last, "name"),
            "E-Mail": Y(work_email, "email"),
            "Telefon_dienstlich": Y(lambda f: phone(f, "DE"), "phone"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1958, 2004)}",
                "birthdate",
            ),
            "Eintrittsdatum": G(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(2010, 2024)}"
            ),
            "Abteilung": G(lambda f: f.pick(["Entwicklung", "Vertrieb", "Personal", "Buchhaltung"])),
            "Standort": G(lambda f: f.pick(["Berlin Mitte", "München Werksviertel", "Hamburg Hafencity"])),
            "Steuer-ID": RED(steuer_id, "national id"),
            "Schwerbehinderung": RED(lambda f: f.pick([True, False, False, False]), "disability"),
            "Privatanschrift": {
                "Straße": Y(lambda f: f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}", "address|street"),
                "PLZ": Y(de_plz, "zipcode"),
                "Ort": Y(lambda f: f.pick(DE_CITIES), "city"),
            },
            "Kennzeichen": Y(plate, "license"),
        },
    ),
    (
        "track",
        "Buchung Storniert",
        "java",
        {
            "Buchungsnummer": G(lambda f: f"BU-{f.digits(7)}"),
            "Raumname": G(lambda f: f.pick(ROOMS)),
            "Stornogrund": G(lambda f: f.pick(["Termin verschoben", "Krank", "Doppelbuchung", "Sonstiges"])),
            "storniert_von": G(lambda f: f"usr_{f.hexid(12)}"),
            "Mitarbeiter": {
                "Vorname": Y(first, "name"),
                "Nachname": Y(last, "name"),
                "E-Mail": Y(work_email, "email"),
                "Personalnummer": G(lambda f: f.digits(6)),
            },
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "EMPLOYEE_ID": G(lambda f: f"E{f.digits(5)}"),
            "EMAIL_ADDRESS": Y(work_email, "email"),
            "FULL_NAME": Y(full, "name"),
            "HOME_POSTCODE": Y(postcode, "zipcode"),
            "PRIMARY_OFFICE": G(lambda f: f.pick(SITES)),
            "DESK_BOOKINGS_30D": G(lambda f: f.r.randint(0, 22)),
            "OFFICE_DAYS_90D": G(lambda f: f.r.randint(0, 65)),
            "LAST_BADGE_SWIPE_AT": G(ts),
            "IS_MANAGER": G(lambda f: f.pick([True, False])),
            "TEAM_NAME": G(lambda f: f.pick(["Platform", "Payments", "Growth", "Workplace"])),
        },
    ),
    # -- more people around a visit ------------------------------------------------------------------
    (
        "track",
        "Meeting Invite Synced",
        "python",
        {
            "iCalUId": G(lambda f: "040000008200E00074C5B7101A82E008" + f.hexid(40).upper()),
            "subject": G(
                lambda f: f.pick(["Site visit", "Quarterly review", "Interview loop", "Vendor demo"])
            ),
            "organizer": {"emailAddress": {"name": Y(full, "name"), "address": Y(work_email, "email")}},
            "attendees": Many(
                {
                    "type": G(lambda f: f.pick(["required", "optional", "resource"])),
                    "emailAddress": {"name": Y(full, "name"), "address": Y(any_email, "email")},
                },
                4,
            ),
            "location": {"displayName": G(lambda f: f.pick(ROOMS))},
        },
    ),
    (
        "track",
        "Contractor Registered",
        "web",
        {
            "contractor_name": Y(full, "name"),
            "contractor_email": Y(personal_email, "email"),
            "contractor_mobile": Y(phone, "phone"),
            "trade": G(lambda f: f.pick(["electrician", "HVAC", "cleaning", "IT install"])),
            "company": G(lambda f: f.pick([*COMPANIES, "Sparks & Sons", "Kälte Meier GmbH"])),
            "liability_policy_number": Y(
                lambda f: f.pick(["PL", "HX", "GL"]) + f.digits(9), "identification"
            ),
            "induction_completed": G(lambda f: f.pick([True, False])),
            "emergency_contact": {"name": Y(full, "name"), "phone": Y(phone, "phone")},
        },
    ),
    (
        "track",
        "Delivery Received",
        "kiosk",
        {
            "courier": G(lambda f: f.pick(["DHL", "UPS", "DPD", "Royal Mail", "FedEx"])),
            "tracking_number": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), "JD" + f.digits(18), f.digits(12)])
            ),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(work_email, "email"),
            "signed_by": Y(full, "name"),
            "package_count": G(lambda f: f.r.randint(1, 5)),
            "parcel_photo_url": G(lambda f: f"https://files.hubstead.io/parcels/{f.uuid()}.jpg"),
        },
    ),
    (
        "track",
        "Interview Candidate Arrived",
        "kiosk",
        {
            "ats_candidate_id": G(lambda f: f.digits(8)),
            "candidate_name": Y(full, "name"),
            "candidate_email": Y(personal_email, "email"),
            "candidate_phone": Y(phone, "phone"),
            "role_applied": G(lambda f: f.pick(["Backend Engineer", "Office Manager", "Account Executive"])),
            "interviewer_names": Many(Y(full, "name"), 3),
            "requires_visa_sponsorship": RED(lambda f: f.pick(["yes", "no", "no", "not sure"]), "visa"),
            "accessibility_requests": Many(
                RED(
                    lambda f: f.pick(
                        ["wheelchair access", "BSL interpreter", "quiet waiting room", "step-free route"]
                    ),
                    "disability",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "Family Day Guests Registered",
        "rn",
        {
            "event_id": G(lambda f: f"fd_{f.hexid(6)}"),
            "guests": Many(
                {
                    "name": Y(full, "name"),
                    "age": G(lambda f: f.r.randint(1, 80)),
                    "relation": G(lambda f: f.pick(["child", "partner", "parent", "friend"])),
                    "dietary": Y(
                        lambda f: f.pick(["halal", "kosher", "nut allergy", "coeliac", "lactose intolerant"]),
                        "religion|allergy",
                    ),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Wi-Fi Presence Detected",
        "go",
        {
            "user_principal_name": Y(work_email, "email", True),
            "ap_name": G(lambda f: f.pick(["AP-L3-EAST-02", "AP-L1-LOBBY", "WAP-OG2-07"])),
            "ap_mac": G(lambda f: f.mac()),
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "client_ip": Y(private_ip, "ip"),
            "rssi": G(lambda f: f.r.randint(-85, -40)),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "UserPrincipalName": Y(work_email, "email", True),
            "DisplayName": Y(full, "name"),
            "GivenName": Y(first, "name"),
            "Surname": Y(last, "name"),
            "Mail": Y(work_email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "JobTitle": G(lambda f: f.pick(["Facilities Lead", "Engineer", "Analyst", "Receptionist"])),
            "OfficeLocation": G(lambda f: f.pick(SITES)),
            "EmployeeId": G(lambda f: f.digits(6)),
            "AccountEnabled": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Access Request Submitted",
        "rn",
        {
            "requested_doors": Many(
                G(lambda f: f.pick(["Server Room", "Roof Terrace", "Car Park", "Lab 2"])), 2
            ),
            "justification": G(
                lambda f: f.pick(
                    ["on-call rotation", "new team location", "equipment delivery", "temporary project"]
                )
            ),
            "approver_name": Y(full, "name"),
            "approver_email": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "Guest Invited",
        "flutter",
        {
            "guest_first_name": Y(first, "name"),
            "guest_last_name": Y(last, "name"),
            "guest_email": Y(personal_email, "email"),
            "guest_phone": Y(phone, "phone"),
            "visit_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Background Check Completed",
        "node",
        {
            "report_id": G(lambda f: f.hexid(24)),
            "status": G(lambda f: f.pick(["clear", "consider", "pending", "suspended"])),
            "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "basic_criminal"])),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(personal_email, "email"),
                "dob": Y(lambda f: f.date(1960, 2004), "birthdate"),
                "zipcode": Y(us_zip, "zipcode"),
                "ssn": RED(lambda f: f"XXX-XX-{f.r.randint(1, 9999):04d}", "social security number"),
                "driver_license_number": Y(lambda f: f.pick(["D", "S", "F"]) + f.digits(7), "license"),
                "driver_license_state": G(lambda f: f.pick(["TX", "NY", "CA", "NJ"])),
            },
        },
    ),
    (
        "track",
        "Parkplatz Reserviert",
        "java",
        {
            "Reservierungsnummer": G(lambda f: f"PR-{f.digits(7)}"),
            "Stellplatz": G(lambda f: f"{f.pick(['U1', 'U2', 'H'])}-{f.r.randint(1, 90):03d}"),
            "Fahrer_Name": Y(full, "name"),
            "Mobilnummer": Y(lambda f: phone(f, "DE"), "phone"),
            "Kennzeichen": Y(plate, "license"),
            "Ladesäule_benötigt": G(lambda f: f.pick([True, False])),
            "Behindertenparkplatz": RED(lambda f: f.pick([True, False, False]), "disability"),
            "Datum": G(lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2024"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f"usr_{f.hexid(12)}",
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f"org_{f.hexid(10)}"
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=96, repeats=30)
    write(Path(__file__).parent, "holdout96_", events, labels)
