"""Writes holdout 67: tests/corpus/holdout67_events.jsonl and holdout67_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' builders (only build.py, fake.py and build_holdout3.py, for the format), and
never scored by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout67`; seeded,
so every run writes the same files.

Domain: a B2B SaaS suite ("Kitebase": a CRM, a help desk and a project-management tool) sold to
companies in the US, the UK, India and Germany (and some Canadian users). Covered: workspace
sign-up and teammate invites; identify / group / alias / page / screen calls; contacts and deals
of the customers' own customers (imports with rejected rows, inline edits, searches, e-mail
sequences, recipients, notes, meetings, field-sales check-ins and mileage, enrichment); support
tickets with free text and attachments, inbound support e-mail with its headers, chat widget and
bot; vendor payloads forwarded as track calls (Zendesk ticket webhooks, Intercom conversation
notifications, HubSpot property-change webhooks, Calendly invitees, Clearbit-style enrichment,
Twilio voice callbacks in PascalCase, Stripe invoices); e-commerce spec events for seats and
plans; billing, payment methods, failed payments; partner payouts (SSN, NI number, PAN,
Steuer-ID, IBAN, account numbers); SSO, SCIM, API keys, Slack integration, webhooks with their
HTTP headers; audit logs; a team directory; a customer-summit registration; reverse-ETL rows from
a warehouse (SCREAMING_SNAKE); a German PHP backend (anrede, vorname, nachname, firma,
telefonnummer, strasse, plz, ort, ansprechpartner); a .NET billing service (PascalCase).
Contexts of analytics.js (app and marketing site), analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
externalIds, location, groupId).

Conventions: mostly camelCase and snake_case; about 15 % of paths are PascalCase (.NET service,
Twilio), kebab-case (HTTP and e-mail headers, a chat widget), SCREAMING_SNAKE (warehouse sync)
or German. Values come from per-country generators: names from many cultures, national phone
formats (NANP, UK, Indian, German, E.164), local addresses and postcodes, SSNs with a valid
structure, UK NI numbers with valid prefixes, PANs with the person-holder letter, Steuer-IDs with
their ISO 7064 check digit, mod-97 IBANs, Luhn card numbers, ABA routing numbers, IFSCs, sort
codes, BICs, GSTINs.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, teammates, the customers' contacts,
  invitees, staff (agents, account owners, CSMs, sales reps), partners, attendees, emergency
  contacts. Colour and type are the reference's default matcher (name, email, phone,
  address|street, city, zipcode, birthdate, gender, photo, ip, salary, license, ...); outside
  it: `bank account`, `national id`, `social security number`, `credit card`, `secret`,
  `token`, `password`, `disability` red; `geolocation`, `advertising id`, `social profile`
  yellow.
- Green: ids we or a vendor issue (user, workspace, ticket, deal, Stripe cus_/in_, Twilio CA/AC
  sids, Zendesk and HubSpot numeric ids), customer numbers (kundennummer), invoice and offer
  numbers, versions, timestamps, hashes of non-PII (Intercom user_hash is an HMAC of a user id;
  file checksums; webhook signatures; card fingerprints), amounts, enums, counters and booleans
  under PII-sounding keys (emailVerified, has_phone, email_count, password_strength,
  mapped_fields, columns, fields_changed), job titles, employers, company / product / project /
  workspace / event names, the customer company's own address, phone, role e-mail and domain
  (group traits, a support mailbox, Twilio `To` = the company's line), country, state, locale,
  timezone, user agents, OS device ids, server and vendor IPs (10.x hosts, webhook sender IPs),
  card brand / last four / expiry, routing numbers, sort codes, IFSCs, BICs, the relationship of
  an emergency contact (like marital status).
- Contested, per the product's published policy: billing addresses are the person's (yellow);
  hourly and cost rates are `salary` (yellow); vehicle plates are `license` (yellow); gclid,
  fbclid, _fbp, _fbc, msclkid and li_fat_id are `advertising id` (yellow); payment-method ids
  (pm_), a SetupIntent client secret, and invitation / verification codes are red (`token`,
  `secret`); SSN last four is red.
- Decided here (no policy; what a careful privacy owner would want): company tax ids (VAT,
  GSTIN, EIN, USt-IdNr) identify a business: green. An IdP's public signing certificate and its
  fingerprint are a company's: green. A hashed e-mail sent for ad matching is still the
  person's: yellow `email`. A salutation (anrede) and pronouns reveal gender: yellow `gender`.
  Dietary requirements (halal, kosher, coeliac ...) reveal religion or health: yellow
  `religion|allergy`; needing wheelchair access is red `disability`. A push token
  (device.token) is red `token`. A Slack incoming-webhook URL embeds its secret: red `secret`.
  A LinkedIn URL or handle is yellow `social profile`; Twitter and Slack handles are
  `social profile|name`. A city from the person's IP, profile, own or billing address is yellow
  `city` (a "City, State, Country" location string `city|address`); a customer office's,
  venue's or searched city is green. A birthday without a year is still `birthdate`. A
  malformed e-mail address a person typed (rejected import rows) is still their e-mail.
- value_only is true when the key does not say what the value is (`new_value`, `input`, `q`,
  `label`, `text`, `body`, `body_text`, `to`, `cc`, `sender`, `recipient`, `delivered_to`,
  `From`, `Caller`, `Reply-To`, `propertyValue`, `input_value`, `errors[].value`,
  `personal_message`, `incoming_webhook_url`, `externalIds[].id`) and only the value shows it.
  Every value of a value_only PII path carries that PII (the type names what every value
  carries; `a|b` when values carry one or the other, or both); free text is labelled by what
  every one of its values carries, and is green when none carries any (ticket descriptions,
  deal-lost notes, CSAT comments, demo-request messages).
"""

import base64
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and values from the four markets --------------------------------------------

NAMES = {
    "US": (
        ["Emily", "Michael", "Jessica", "DeShawn", "Ashley", "Tyler", "Maria", "Kevin", "Brianna", "Jamal"],
        [
            "Johnson",
            "Brown",
            "Martinez",
            "Williams",
            "Nguyen",
            "Robinson",
            "Hernandez",
            "Kim",
            "Walsh",
            "Cohen",
        ],
    ),
    "GB": (
        ["Oliver", "Amelia", "Harry", "Siobhan", "Callum", "Aisha", "Rhys", "Imogen", "Tariq", "Niamh"],
        [
            "Hughes",
            "Clarke",
            "Evans",
            "Murphy",
            "MacLeod",
            "Begum",
            "Davies",
            "Thompson",
            "Ahmed",
            "O'Connor",
        ],
    ),
    "IN": (
        ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Lakshmi", "Imran"],
        ["Sharma", "Iyer", "Mehta", "Reddy", "Nair", "Kulkarni", "Gupta", "Menon", "Banerjee", "Qureshi"],
    ),
    "DE": (
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Jürgen", "Sabine", "Mehmet", "Katarzyna"],
        [
            "Schneider",
            "Fischer",
            "Weber",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Krüger",
            "Wolf",
            "Y\u0131lmaz",
            "Nowak",
        ],
    ),
    "CA": (
        ["Chen", "Yuki", "Fatima", "Olumide", "Diego", "Nadia", "Thandiwe", "Mateus", "Sun-hee", "Aleksandr"],
        ["Wei", "Tanaka", "Al-Sayed", "Adeyemi", "Fernández", "Rahman", "Dlamini", "Costa", "Park", "Volkov"],
    ),
}
COMPANIES = {
    "US": [
        ("Orbit Freight Inc.", "orbitfreight.com"),
        ("Pinecrest Dental Group", "pinecrest-dental.com"),
        ("Bluefinch Labs", "bluefinch.io"),
        ("Harlow & Pike Partners", "harlowpike.com"),
    ],
    "GB": [
        ("Harbourline Ltd", "harbourline.co.uk"),
        ("Thistle Analytics", "thistle-analytics.co.uk"),
        ("Kingsbridge Legal LLP", "kingsbridge-legal.co.uk"),
    ],
    "IN": [
        ("Suryatech Solutions Pvt Ltd", "suryatech.in"),
        ("Nilgiri Foods", "nilgiri-foods.in"),
        ("Vardhan Infra Projects", "vardhan-infra.co.in"),
    ],
    "DE": [
        ("Kranich Software GmbH", "kranich-software.de"),
        ("Lindqvist Bau GmbH", "lindqvist-bau.de"),
        ("Elbe Logistik AG", "elbe-logistik.de"),
        ("Müller & Söhne KG", "mueller-soehne.de"),
    ],
}
COMPANIES["CA"] = COMPANIES["US"] + COMPANIES["GB"]
PERSONAL_DOMAINS = {
    "US": ["gmail.com", "outlook.com", "icloud.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com"],
    "DE": ["gmx.de", "web.de", "t-online.de"],
    "CA": ["gmail.com", "proton.me"],
}
CITIES = {
    "US": [
        ("Austin", "TX", "787"),
        ("Chicago", "IL", "606"),
        ("Denver", "CO", "802"),
        ("Seattle", "WA", "981"),
        ("Atlanta", "GA", "303"),
        ("Boston", "MA", "021"),
    ],
    "GB": [
        ("London", "England", "EC2A"),
        ("Manchester", "England", "M1"),
        ("Leeds", "England", "LS6"),
        ("Edinburgh", "Scotland", "EH3"),
        ("Bristol", "England", "BS1"),
        ("Cardiff", "Wales", "CF10"),
    ],
    "IN": [
        ("Bengaluru", "Karnataka", "5600"),
        ("Pune", "Maharashtra", "4110"),
        ("Mumbai", "Maharashtra", "4000"),
        ("Hyderabad", "Telangana", "5000"),
        ("Chennai", "Tamil Nadu", "6000"),
        ("Kochi", "Kerala", "6820"),
    ],
    "DE": [
        ("Berlin", "Berlin", "10"),
        ("München", "Bayern", "80"),
        ("Hamburg", "Hamburg", "20"),
        ("Köln", "Nordrhein-Westfalen", "50"),
        ("Stuttgart", "Baden-Württemberg", "70"),
        ("Leipzig", "Sachsen", "04"),
    ],
}
CITIES["CA"] = [
    ("Toronto", "ON", "M5V"),
    ("Vancouver", "BC", "V6B"),
    ("Montréal", "QC", "H2X"),
    ("Calgary", "AB", "T2P"),
]
STREETS = {
    "US": ["Oak Avenue", "Maple Street", "Lakeshore Dr", "Pine Ridge Rd", "Elm St", "Sunset Blvd"],
    "GB": ["Baker Street", "Queen's Road", "Station Road", "Victoria Terrace", "Mill Lane", "Church Street"],
    "IN": ["MG Road", "Linking Road", "Anna Salai", "Jubilee Hills Rd No. 36", "FC Road", "100 Feet Road"],
    "DE": ["Hauptstraße", "Lindenallee", "Schillerstraße", "Am Markt", "Bahnhofstraße", "Goethestraße"],
}
STREETS["CA"] = ["King Street West", "Robson Street", "Rue Saint-Denis", "Bloor Street", "Elm St"]
COUNTRY_NAMES = {
    "US": "United States",
    "GB": "United Kingdom",
    "IN": "India",
    "DE": "Germany",
    "CA": "Canada",
}
METROS = [
    (12.9716, 77.5946),
    (18.5204, 73.8567),
    (19.076, 72.8777),
    (51.5072, -0.1276),
    (53.4808, -2.2426),
    (52.52, 13.405),
    (48.1351, 11.582),
    (53.5511, 9.9937),
    (30.2672, -97.7431),
    (41.8781, -87.6298),
    (47.6062, -122.3321),
    (43.6532, -79.3832),
]
TIMEZONES = {
    "US": ["America/Chicago", "America/Denver", "America/New_York", "America/Los_Angeles"],
    "GB": ["Europe/London"],
    "IN": ["Asia/Kolkata"],
    "DE": ["Europe/Berlin"],
    "CA": ["America/Toronto", "America/Vancouver"],
}
LOCALES = {"US": "en-US", "GB": "en-GB", "IN": "en-IN", "DE": "de-DE", "CA": "en-CA"}
JOB_TITLES = [
    "Head of Sales",
    "Account Executive",
    "Support Lead",
    "Customer Success Manager",
    "CTO",
    "Operations Manager",
    "Geschäftsführer",
    "Vertriebsleiterin",
    "Project Manager",
    "Founder & CEO",
    "SDR",
    "VP Engineering",
    "Office Manager",
]
ASCII = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "á": "a",
        "\u0131": "i",
        "'": "",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "-": "",
    }
)
PLANS = ["free", "starter", "growth", "business", "enterprise"]
PRODUCTS = [
    ("KB-CRM-STD", "KiteCRM Standard", 19.0),
    ("KB-CRM-PRO", "KiteCRM Pro", 49.0),
    ("KB-DSK-TEAM", "KiteDesk Team", 29.0),
    ("KB-DSK-ENT", "KiteDesk Enterprise", 79.0),
    ("KB-PLN-BIZ", "KitePlan Business", 12.0),
    ("KB-ADD-AI", "Kite Assist AI add-on", 20.0),
]
TAX_ID_TYPES = {"US": "us_ein", "CA": "ca_bn", "GB": "gb_vat", "IN": "in_gst", "DE": "eu_vat"}
ROUTING = ["021000021", "026009593", "121000248", "011000138", "122105278", "111000025"]
SORT_CODES = ["20-00-00", "40-47-84", "60-83-71", "30-99-50", "09-01-28", "11-00-01"]
IFSCS = ["HDFC0001234", "ICIC0000456", "SBIN0004567", "UTIB0000089", "KKBK0008041"]
BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "INGDDEFFXXX", "GENODEF1M04", "BYLADEM1001"]
PLATES = {
    "US": lambda f: f"{f.r.randint(1, 9)}{f.letters(3)}{f.r.randint(100, 999)}",
    "GB": lambda f: f"{f.letters(2)}{f.r.randint(10, 73)} {f.letters(3)}",
    "IN": lambda f: f"KA {f.r.randint(1, 53):02d} {f.letters(2)} {f.r.randint(1000, 9999)}",
    "DE": lambda f: f"{f.pick(['M', 'B', 'HH', 'K', 'S'])}-{f.letters(2)} {f.r.randint(1, 9999)}",
}


class Person:
    def __init__(self, f: "F", country: str | None = None):
        self.country = country or f.pick(["US", "US", "GB", "GB", "IN", "IN", "DE", "DE", "CA"])
        firsts, lasts = NAMES[self.country]
        self.first = f.pick(firsts)
        self.last = f.pick(lasts)
        self.company, self.domain = f.pick(COMPANIES[self.country])
        a, b = self.first.lower().translate(ASCII), self.last.lower().translate(ASCII)
        local = f.pick(
            [f"{a}.{b}", f"{a[0]}{b}", a, f"{a}_{b}", f"{a}{b[0]}", f"{a}.{b}{f.r.randint(1, 99)}"]
        )
        domain = self.domain if f.r.random() < 0.75 else f.pick(PERSONAL_DOMAINS[self.country])
        self.email = f"{local}@{domain}"
        self.phone = f.phone_in(self.country)
        self.e164 = f.e164(self.country)
        self.city, self.state, self.zip_prefix = f.pick(CITIES[self.country])

    @property
    def name(self):
        return f"{self.first} {self.last}"


class F(Fake):
    """fake.Fake with people, phones, addresses and ids from the US, the UK, India and Germany."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.new_event()

    def new_event(self, country=None):
        self.me = Person(self, country)
        self.them = Person(self)
        self.pages = {"app": self.pick(APP_PAGES), "www": self.pick(WWW_PAGES)}

    def person(self, country=None) -> Person:
        return Person(self, country)

    def letters(self, n):
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def phone_in(self, country):
        r, d = self.r, self.digits
        if country == "US" or country == "CA":
            area, ex, line = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1 {area} {ex} {line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if country == "GB":
            return self.pick(
                [
                    f"+44 7{d(3)} {d(6)}",
                    f"07{d(3)} {d(6)}",
                    f"020 7{d(3)} {d(4)}",
                    f"+447{d(9)}",
                    f"0161 {d(3)} {d(4)}",
                ]
            )
        if country == "IN":
            m = str(r.randint(6, 9)) + d(4)
            rest = d(5)
            return self.pick(
                [f"+91 {m} {rest}", f"+91-{m}{rest}", f"0{m}{rest}", f"{m}{rest}", f"+91{m}{rest}"]
            )
        return self.pick(
            [
                f"+49 15{r.randint(1, 9)} {d(4)} {d(4)}",
                f"0171 {d(7)}",
                f"030 {d(8)}",
                f"+49 (0)89 {d(7)}",
                f"0049 40 {d(6)}",
                f"+4917{r.randint(0, 9)}{d(7)}",
            ]
        )

    def e164(self, country):
        prefix = {
            "US": "+1" + str(self.r.randint(201, 989)),
            "CA": "+1" + str(self.r.randint(201, 989)),
            "GB": "+447" + self.digits(2),
            "IN": "+91" + str(self.r.randint(6, 9)) + self.digits(1),
            "DE": "+4915" + str(self.r.randint(1, 9)),
        }[country]
        return prefix + self.digits(7 if country in ("US", "CA") else 8)

    def street_in(self, country):
        r = self.r
        street = self.pick(STREETS[country])
        if country == "DE":
            return f"{street} {r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}"
        if country == "IN":
            building = self.pick(["Sai Residency", "Prestige Lakeside", "Green Acres"])
            return f"Flat {r.randint(101, 1204)}, {building}, {street}"
        if country == "GB":
            return self.pick(
                [f"{r.randint(1, 220)} {street}", f"Flat {r.randint(1, 12)}, {r.randint(1, 90)} {street}"]
            )
        return f"{r.randint(10, 9899)} {street}"

    def postcode(self, p: Person):
        if p.country == "GB":
            return f"{p.zip_prefix} {self.r.randint(1, 9)}{self.letters(2)}"
        if p.country == "CA":
            return f"{p.zip_prefix} {self.r.randint(1, 9)}{self.letters(1)}{self.r.randint(1, 9)}"
        if p.country == "IN":
            return p.zip_prefix + self.digits(2)
        if p.country == "DE":
            return p.zip_prefix + f"{self.r.randint(0, 999):03d}"
        return p.zip_prefix + f"{self.r.randint(0, 99):02d}"

    def office_street(self, country):
        r = self.r
        return {
            "US": lambda: (
                f"{r.randint(100, 2999)} {self.pick(['Congress Ave', 'Wacker Dr', 'Market St'])}, "
                f"Suite {r.randint(100, 1900)}"
            ),
            "GB": lambda: (
                f"Floor {r.randint(1, 12)}, "
                f"{r.randint(1, 200)} {self.pick(['Bishopsgate', 'Deansgate', 'Park Row'])}"
            ),
            "IN": lambda: (
                f"Tower {self.pick('ABCD')}, "
                f"{self.pick(['Embassy Tech Village', 'Cyber Towers', 'EON IT Park'])}"
            ),
            "DE": lambda: (
                f"{self.pick(['Industriestraße', 'Gewerbepark', 'Speicherstadt'])} {r.randint(1, 60)}"
            ),
            "CA": lambda: (
                f"{r.randint(100, 999)} {self.pick(['Bay Street', 'Burrard Street'])}, "
                f"Suite {r.randint(200, 3000)}"
            ),
        }[country]()

    def company_phone(self, country):
        d = self.digits
        return {
            "US": f"+1 {self.pick(['512', '312', '888'])} {d(3)} {d(4)}",
            "CA": f"+1 416 {d(3)} {d(4)}",
            "GB": f"+44 {self.pick(['20', '161', '113'])} {d(4)} {d(4)}",
            "IN": f"+91 {self.pick(['80', '20', '22'])} {d(4)} {d(4)}",
            "DE": f"+49 {self.pick(['30', '89', '40'])} {d(6)}-0",
        }[country]

    def address_line(self, p: Person):
        return f"{self.street_in(p.country)}, {p.city} {self.postcode(p)}"

    # -- ids with real structure ------------------------------------------------------------------

    def geo(self):
        lat, lon = self.pick(METROS)
        return round(lat + self.r.uniform(-0.12, 0.12), 6), round(lon + self.r.uniform(-0.12, 0.12), 6)

    def nino(self):
        first = self.pick([c for c in "ABCEGHJKLMNOPRSTWXYZ"])
        second = self.pick([c for c in "ABCEGHJKLMNPRSTWXYZ"])
        body = self.digits(6)
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{first}{second} {body[:2]} {body[2:4]} {body[4:]} {suffix}"
        return f"{first}{second}{body}{suffix}"

    def pan(self, last: str):
        return f"{self.letters(3)}P{last[0].upper().translate(ASCII)[0]}{self.digits(4)}{self.letters(1)}"

    def steuer_id(self):
        while True:
            pool = self.r.sample(range(10), 9)
            ten = [*pool, self.pick(pool)]
            self.r.shuffle(ten)
            if ten[0] != 0:
                break
        product = 10
        for d in ten:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, ten)) + str(check)

    def gstin(self):
        pan = f"{self.letters(3)}C{self.letters(1)}{self.digits(4)}{self.letters(1)}"
        return f"{self.pick(['29', '27', '36', '33'])}{pan}1Z{self.pick(string.digits + 'ABC')}"

    def vat(self, country):
        return {
            "DE": "DE" + self.digits(9),
            "GB": "GB" + self.digits(9),
            "IN": self.gstin(),
            "US": f"{self.r.randint(10, 99)}-{self.digits(7)}",
            "CA": self.digits(9) + "RT0001",
        }[country]

    def gclid(self):
        return (
            "Cj0KCQ"
            + self.pick(["jw", "iA", "jwq"])
            + self.alnum(70, string.ascii_letters + string.digits + "_-")
        )

    def fbclid(self):
        return "IwAR" + self.alnum(58, string.ascii_letters + string.digits + "_-")

    def api_key(self):
        return self.pick(["kb_live_", "kb_test_"]) + self.alnum(32)

    def b64(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def zd_id(self):
        return self.r.randint(10**10, 4 * 10**10)


def me(attr):
    return lambda f: getattr(f.me, attr)


def them(attr):
    return lambda f: getattr(f.them, attr)


def other(attr):
    return lambda f: getattr(f.person(), attr)


def company(f):
    return f.me.company


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def ts(f):
    return f.iso()


def uid(f):
    return f.uuid()


def workspace_id(f):
    return "ws_" + f.alnum(12, string.ascii_lowercase + string.digits)


def user_id(f):
    return "usr_" + f.alnum(14, string.ascii_lowercase + string.digits)


# -- contexts of the client libraries -------------------------------------------------------------

APP_PAGES = [
    ("/contacts", "Contacts · Kitebase CRM"),
    ("/deals/board", "Deals · Kitebase CRM"),
    ("/desk/tickets", "Tickets · KiteDesk"),
    ("/plan/projects", "Projects · KitePlan"),
    ("/settings/billing", "Billing · Kitebase"),
    ("/settings/members", "Members · Kitebase"),
]
WWW_PAGES = [
    ("/", "Kitebase — CRM, help desk and projects in one"),
    ("/pricing", "Pricing | Kitebase"),
    ("/demo", "Book a demo | Kitebase"),
    ("/de/preise", "Preise | Kitebase"),
    ("/in/pricing", "Pricing (INR) | Kitebase"),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
]


def web_context(site):
    host = "https://app.kitebase.io" if site == "app" else "https://www.kitebase.io"
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pages[site][0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.linkedin.com/",
                        "https://app.kitebase.io/login",
                        "https://www.g2.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "",
                        "?utm_source=linkedin&utm_medium=paid_social",
                        "?utm_source=newsletter&utm_campaign=may_release",
                        "?tab=open",
                    ]
                )
            ),
            "title": G(lambda f: f.pages[site][1]),
            "url": G(lambda f: host + f.pages[site][0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "mobile": G(lambda f: False),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Linux"])),
        },
        "locale": G(lambda f: LOCALES[f.me.country]),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.me.country])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if site == "app":
        ctx["groupId"] = G(workspace_id)
        ctx["Intercom"] = {"user_hash": G(lambda f: f.hexid(64))}
    else:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["crm_switch_q2", "helpdesk_uk", "brand_in", "de_mittelstand"])),
            "source": G(lambda f: f.pick(["google", "linkedin", "capterra", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "referral", "email"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "crm for small business",
                        "zendesk alternative",
                        "helpdesk software india",
                        "crm software deutsch",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_cta", "comparison_table", "video_ad_15s"])),
        }
    return ctx


def mobile_traits():
    return {
        "userId": G(user_id),
        "email": Y(me("email"), "email"),
        "name": Y(me("name"), "name"),
        "workspaceId": G(workspace_id),
        "role": G(lambda f: f.pick(["owner", "admin", "member", "agent", "guest"])),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Kitebase"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2"])),
            "build": G(lambda f: f.pick(["4120", "4132", "4133"])),
            "namespace": G(lambda f: "io.kitebase.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,4", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALES[f.me.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.me.country])),
        "instanceId": G(uid),
        "traits": mobile_traits(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Kitebase"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.1"])),
            "build": G(lambda f: f.pick(["41200", "41310"])),
            "namespace": G(lambda f: "io.kitebase.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "CPH2449", "2201116SI"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "OP5958L1", "veux"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(uid, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: LOCALES[f.me.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio", "Airtel", "Vodafone.de", "EE", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: f.pick([2340, 2400]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.me.country])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8 Pro"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(uid),
        "traits": mobile_traits(),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "KiteDesk Agent"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "io.kitebase.desk"),
        },
        "device": {
            "id": G(uid),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546E"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: LOCALES[f.me.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.me.country])),
        "traits": mobile_traits(),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "KitePlan"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.0"])),
            "build": G(lambda f: f.pick(["58", "61"])),
            "namespace": G(lambda f: "io.kitebase.plan"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Xiaomi", "OnePlus", "Apple", "vivo"])),
            "model": G(lambda f: f.pick(["23021RAAEG", "CPH2581", "iPhone13,2", "V2250"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: LOCALES[f.me.country]),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 360])), "height": G(lambda f: f.pick([873, 800]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.me.country])),
        "traits": mobile_traits(),
        "location": {
            "latitude": Y(lambda f: f.geo()[0], "geolocation"),
            "longitude": Y(lambda f: f.geo()[1], "geolocation"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.1"],
}
SERVER_LIB = {
    "python": "analytics-python",
    "node": "@segment/analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "dotnet": "Analytics.NET",
}


def server_context(client, forwarded):
    lib = SERVER_LIB[client]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
    }
    if not forwarded:
        # calls made on behalf of a signed-in user forward the browser's IP and agent
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["locale"] = G(lambda f: LOCALES[f.me.country])
        ctx["groupId"] = G(workspace_id)
    else:
        ctx["active"] = G(lambda f: False)
    if client in ("node", "python") and not forwarded:
        ctx["externalIds"] = Many(
            {
                "id": Y(me("email"), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


def context_for(client):
    if client in ("app", "www"):
        return web_context(client)
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    name, _, mode = client.partition(":")
    return server_context(name, mode == "hook")


MOBILE = ["swift", "kotlin", "rn", "flutter"]
SERVERS = ["python", "node", "go", "java", "ruby"]
HOOKS = [s + ":hook" for s in ["python", "node", "go", "ruby"]]


# -- bodies ---------------------------------------------------------------------------------------


def addr_person(with_name=False):
    body = {
        "line1": Y(lambda f: f.street_in(f.me.country), "address|street"),
        "city": Y(me("city"), "city"),
        "postal_code": Y(lambda f: f.postcode(f.me), "zipcode"),
        "state": G(me("state")),
        "country": G(me("country")),
    }
    if with_name:
        body = {"name": Y(me("name"), "name"), **body}
    return body


def seat_product():
    return {
        "product_id": G(lambda f: "prod_" + f.alnum(14)),
        "sku": G(lambda f: f.pick(PRODUCTS)[0] + f.pick(["-M", "-Y"])),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(["CRM", "Help desk", "Projects", "Add-on"])),
        "price": G(lambda f: f.pick(PRODUCTS)[2]),
        "quantity": G(lambda f: f.r.randint(1, 120)),
        "variant": G(lambda f: f.pick(["monthly", "annual"])),
    }


def ticket_text(f):
    return f.pick(
        [
            "CSV export of contacts times out after 60s when the list has more than 20k rows.",
            "Deal board does not load in Safari 17, spinner forever.",
            "We were charged twice for the March invoice, please check.",
            "How do I set up SLA policies per customer tier?",
            "SSO login with Azure AD fails with error AADSTS50011.",
            "Automations stopped firing after we renamed the pipeline stage.",
            "Bitte um Rückruf wegen der Umstellung auf Jahresabrechnung.",
            "Need GST invoice in the name of our Pune entity.",
        ]
    )


def signed_comment(f):
    p = f.person()
    return f.pick(
        [
            f"Thanks for the quick reply! Still seeing the error on my side.\n\nBest,\n{p.name}\n{p.company}",
            f"Hi team, attaching the screenshot you asked for. Regards, {p.name}",
            f"Following up on this — can someone call me? {p.phone}\n{p.name}",
            f"Viele Grüße\n{p.name}\n{p.company}",
            f"Thanks & regards,\n{p.name} | {p.company} | {p.phone}",
        ]
    )


def crm_note(f):
    p = f.person()
    return f.pick(
        [
            f"Met {p.name} at SaaStr, interested in the Pro plan for 40 reps.",
            f"Call with {p.name}: budget approved, wants a pilot in Q3.",
            f"{p.name} is the new decision maker, previous champion left.",
            f"Sent pricing to {p.name}; follow up next Tuesday.",
            f"Termin mit {p.name} verschoben auf nächste Woche.",
        ]
    )


def mention_comment(f):
    p = f.person()
    return f.pick(
        [
            f"@{p.name} can you review the copy before Friday?",
            f"Looping in @{p.name} for the API part.",
            f"@{p.name} blocked on the design assets, any ETA?",
            f"Done. @{p.name} please QA on staging.",
        ]
    )


def slack_text(f):
    p = f.person()
    return f.pick(
        [
            f":tada: {p.name} closed {f.person().company} — ${f.r.randint(5, 90)}k ARR",
            f"New enterprise trial assigned to {p.name}",
            f":warning: Ticket #{f.r.randint(10000, 99999)} breached SLA, owner {p.name}",
            f"{p.name} booked a demo for tomorrow 10:00",
        ]
    )


def invite_message(f):
    p = f.person()
    return f.pick(
        [
            f"Hi {p.first}, join us on Kitebase so we can share the pipeline.",
            f"Hey {p.first}! Here's the workspace for the support team.",
            f"{p.first}, this is where we track the launch tasks now.",
            f"Hallo {p.first}, hier ist unser neuer Workspace.",
        ]
    )


def bad_email(f):
    p = f.person()
    a, b = p.first.lower().translate(ASCII), p.last.lower().translate(ASCII)
    return f.pick(
        [
            f"{a}.{b}@{p.domain.split('.')[0]}",
            f"{a}.{b}@@{p.domain}",
            f"{a} {b}@{p.domain}",
            f"{a}.{b}@{p.domain},",
            f"{a}.{b}{p.domain}",
            f"<{a}.{b}@{p.domain}>;",
        ]
    )


def line_description(f):
    _, product, price = f.pick(PRODUCTS)
    return f"{f.r.randint(1, 80)} \u00d7 {product} (at ${price:.2f} / month)"


def dietary(f):
    return f.pick(
        [
            "vegetarian",
            "vegan",
            "halal",
            "kosher",
            "gluten-free (coeliac)",
            "nut allergy",
            "Jain",
            "lactose intolerant",
        ]
    )


EVENTS: list[tuple] = [  # (type, event or name, clients, body[, country of the user])
    # -- sign-up, identity, workspace ---------------------------------------------------------------
    (
        "identify",
        None,
        ["app", "swift", "kotlin", "node", "python"],
        {
            "email": Y(me("email"), "email"),
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "phone": Y(me("phone"), "phone"),
            "title": G(lambda f: f.pick(JOB_TITLES)),
            "avatar": Y(lambda f: "https://www.gravatar.com/avatar/" + f.hexid(32) + "?d=identicon", "photo"),
            "createdAt": G(ts),
            "role": G(lambda f: f.pick(["owner", "admin", "member", "agent"])),
            "company": {
                "id": G(workspace_id),
                "name": G(company),
                "plan": G(lambda f: f.pick(PLANS)),
                "employee_count": G(lambda f: f.pick([8, 25, 60, 140, 900, 3200])),
            },
            "emailVerified": G(lambda f: f.pick([True, False])),
            "timezone": G(lambda f: f.pick(TIMEZONES[f.me.country])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "seatType": G(lambda f: f.pick(["full", "light", "viewer"])),
            "logins": G(lambda f: f.r.randint(1, 800)),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "username": Y(
                lambda f: (
                    f.me.first.lower().translate(ASCII)
                    + f.pick(["", ".", "_"])
                    + f.me.last.lower().translate(ASCII)[:4]
                ),
                "name",
            ),
        },
    ),
    (
        "track",
        "Signed Up",
        ["www", "node"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "microsoft"])),
            "first_name": Y(me("first"), "name"),
            "last_name": Y(me("last"), "name"),
            "work_email": Y(me("email"), "email"),
            "company_name": G(company),
            "company_size": G(lambda f: f.pick(["1-10", "11-50", "51-200", "201-1000", "1000+"])),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "country": G(me("country")),
            "referral_code": G(lambda f: "KB" + f.letters(2) + f.digits(4)),
        },
    ),
    (
        "track",
        "Demo Requested",
        ["www"],
        {
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "email": Y(me("email"), "email"),
            "phone": Y(me("phone"), "phone"),
            "company": G(company),
            "jobTitle": G(lambda f: f.pick(JOB_TITLES)),
            "message": G(
                lambda f: f.pick(
                    [
                        "We need a CRM for 40 field reps.",
                        "Looking to replace Zendesk.",
                        "Interested in the India pricing.",
                        "",
                        "Wir suchen ein deutsches Hosting.",
                    ]
                )
            ),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "_fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "li_fat_id": Y(uid, "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python:hook"],
        {
            "destination": G(lambda f: f.pick(["linkedin_capi", "meta_capi", "google_ads_enhanced"])),
            "conversion_name": G(lambda f: f.pick(["demo_booked", "trial_started", "closed_won"])),
            "email_sha256": Y(lambda f: f.hexid(64), "email"),
            "value": G(money(500, 40000)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "INR"])),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "match_keys": Many(G(lambda f: f.pick(["email", "phone", "gclid", "li_fat_id"])), 3),
        },
    ),
    (
        "track",
        "Workspace Created",
        ["app", "node"],
        {
            "workspace_id": G(workspace_id),
            "workspace_name": G(company),
            "workspace_slug": G(lambda f: f.me.domain.split(".")[0]),
            "plan": G(lambda f: f.pick(PLANS)),
            "region": G(lambda f: f.pick(["us-east-1", "eu-central-1", "ap-south-1", "eu-west-2"])),
            "owner_email": Y(me("email"), "email"),
            "owner_name": Y(me("name"), "name"),
            "owner_id": G(user_id),
            "industry": G(
                lambda f: f.pick(["Logistics", "Healthcare", "Legal", "Construction", "Software", "Food"])
            ),
        },
    ),
    (
        "track",
        "Teammate Invited",
        ["app", "swift", "kotlin"],
        {
            "invite_id": G(lambda f: "inv_" + f.alnum(16)),
            "inviter_id": G(user_id),
            "invitee_email": Y(other("email"), "email"),
            "invitee_role": G(lambda f: f.pick(["admin", "member", "agent", "guest"])),
            "invite_token": RED(lambda f: f.alnum(40), "token"),
            "personal_message": Y(invite_message, "name", True),
            "seats_remaining": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Bulk Invite Sent",
        ["app"],
        {
            "invitees": Many(
                {
                    "email": Y(other("email"), "email"),
                    "role": G(lambda f: f.pick(["member", "agent", "guest"])),
                },
                5,
            ),
            "invite_count": G(lambda f: f.r.randint(2, 25)),
        },
    ),
    (
        "track",
        "Invite Accepted",
        ["app", "swift", "kotlin", "rn"],
        {
            "invite_id": G(lambda f: "inv_" + f.alnum(16)),
            "days_to_accept": G(lambda f: f.r.randint(0, 12)),
            "accepted_via": G(lambda f: f.pick(["email_link", "sso", "google"])),
            "display_name": Y(me("name"), "name"),
            "email_domain_matches": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["app", "node", "python"],
        {
            "name": G(company),
            "industry": G(lambda f: f.pick(["Logistics", "Healthcare", "Legal", "Construction", "Software"])),
            "employees": G(lambda f: f.pick([12, 48, 230, 1100])),
            "plan": G(lambda f: f.pick(PLANS)),
            "website": G(lambda f: "https://www." + f.me.domain),
            "createdAt": G(ts),
            "address": {
                "street": G(lambda f: f.office_street(f.me.country)),
                "city": G(me("city")),
                "state": G(me("state")),
                "postalCode": G(lambda f: f.postcode(f.me)),
                "country": G(lambda f: COUNTRY_NAMES[f.me.country]),
            },
            "mainPhone": G(lambda f: f.company_phone(f.me.country)),
            "billingEmail": G(lambda f: f.pick(["billing@", "accounts@", "finance@", "ap@"]) + f.me.domain),
            "taxId": G(lambda f: f.vat(f.me.country)),
            "accountOwner": Y(other("name"), "name"),
        },
    ),
    ("alias", None, ["app", "swift", "kotlin", "node"], {}),
    (
        "page",
        "Pricing",
        ["www"],
        {
            "path": G(lambda f: f.pages["www"][0]),
            "url": G(lambda f: "https://www.kitebase.io" + f.pages["www"][0]),
            "title": G(lambda f: f.pages["www"][1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.capterra.com/"])),
            "name": G(lambda f: f.pick(["Pricing", "Home", "Demo", "Preise"])),
        },
    ),
    (
        "page",
        "Contact",
        ["app"],
        {
            "path": G(lambda f: "/contacts/" + str(f.r.randint(10000, 99999))),
            "url": G(lambda f: "https://app.kitebase.io/contacts/" + str(f.r.randint(10000, 99999))),
            "title": G(lambda f: "Contact · Kitebase CRM"),
            "referrer": G(lambda f: "https://app.kitebase.io/contacts"),
            "name": G(lambda f: "Contact"),
        },
    ),
    (
        "screen",
        "Ticket Detail",
        ["rn", "swift", "kotlin"],
        {
            "ticket_id": G(lambda f: f.zd_id()),
            "name": G(lambda f: "Ticket Detail"),
            "from_push": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- CRM --------------------------------------------------------------------------------------
    (
        "track",
        "Contact Created",
        ["app", "swift", "kotlin", "node"],
        {
            "contact_id": G(lambda f: f.r.randint(100000, 9999999)),
            "first_name": Y(them("first"), "name"),
            "last_name": Y(them("last"), "name"),
            "email": Y(them("email"), "email"),
            "phone": Y(them("phone"), "phone"),
            "mobile": Y(lambda f: f.phone_in(f.them.country), "phone"),
            "secondary_email": Y(
                lambda f: (
                    f.them.first.lower().translate(ASCII)
                    + "."
                    + f.them.last.lower().translate(ASCII)
                    + "@"
                    + f.pick(PERSONAL_DOMAINS[f.them.country])
                ),
                "email",
            ),
            "birthdate": Y(lambda f: f.date(1958, 1999), "birthdate"),
            "assistant_name": Y(other("name"), "name"),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "company_name": G(lambda f: f.them.company),
            "linkedin_url": Y(
                lambda f: (
                    "https://www.linkedin.com/in/"
                    + f.them.first.lower().translate(ASCII)
                    + "-"
                    + f.them.last.lower().translate(ASCII)
                    + "-"
                    + f.hexid(8)
                ),
                "social profile",
            ),
            "mailing_address": {
                "street": Y(lambda f: f.street_in(f.them.country), "address|street"),
                "city": Y(them("city"), "city"),
                "zip": Y(lambda f: f.postcode(f.them), "zipcode"),
                "country_code": G(them("country")),
            },
            "lifecycle_stage": G(lambda f: f.pick(["lead", "mql", "sql", "opportunity", "customer"])),
            "owner_id": G(user_id),
            "email_count": G(lambda f: f.r.randint(0, 40)),
            "has_phone": G(lambda f: f.pick([True, False])),
            "created_from": G(lambda f: f.pick(["manual", "business_card_scan", "email_sync"])),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["python", "node"],
        {
            "import_id": G(uid),
            "source": G(lambda f: f.pick(["csv", "hubspot", "salesforce", "pipedrive"])),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "contacts_export_2024-03.csv",
                        "leads_tradeshow.xlsx",
                        "Kontakte.csv",
                        "crm_dump_final_v2.csv",
                    ]
                )
            ),
            "row_count": G(lambda f: f.r.randint(50, 40000)),
            "duplicate_count": G(lambda f: f.r.randint(0, 900)),
            "mapped_fields": Many(
                G(
                    lambda f: f.pick(
                        ["email", "first_name", "last_name", "phone", "company", "title", "postal_code"]
                    )
                ),
                6,
            ),
            "errors": Many(
                {
                    "row": G(lambda f: f.r.randint(2, 40000)),
                    "column": G(lambda f: "email"),
                    "value": Y(bad_email, "email", True),
                    "reason": G(lambda f: f.pick(["invalid_email", "invalid_format", "mx_not_found"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Inline Edit Saved",
        ["app"],
        {
            "object": G(lambda f: "contact"),
            "record_id": G(lambda f: f.r.randint(100000, 9999999)),
            "field": G(lambda f: f.pick(["phone", "mobile", "work_phone", "telefonnummer"])),
            "new_value": Y(lambda f: f.phone_in(f.them.country), "phone", True),
            "previous_value_empty": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contacts Searched",
        ["app", "swift", "kotlin"],
        {
            "q": Y(
                lambda f: f.pick([f.them.name, f.them.email, f.them.last, f.them.email.split("@")[0]]),
                "name|email",
                True,
            ),
            "results": G(lambda f: f.r.randint(0, 40)),
            "scope": G(lambda f: f.pick(["contacts", "all", "my_contacts"])),
            "search_latency_ms": G(lambda f: f.r.randint(12, 900)),
        },
    ),
    (
        "track",
        "Global Search Performed",
        ["app", "flutter"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "q3 launch",
                        "renewal",
                        "onboarding checklist",
                        "invoice",
                        "SLA",
                        "api migration",
                        "angebot",
                    ]
                )
            ),
            "result_count": G(lambda f: f.r.randint(0, 200)),
            "filters": Many(G(lambda f: f.pick(["projects", "tasks", "tickets", "deals"])), 2),
        },
    ),
    (
        "track",
        "Deal Stage Changed",
        ["app", "swift", "kotlin", "java"],
        {
            "deal_id": G(lambda f: f.r.randint(10**6, 10**8)),
            "deal_name": G(
                lambda f: f.them.company + f.pick([" — 50 seats", " renewal 2025", " expansion", " pilot"])
            ),
            "amount": G(money(1000, 250000)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "INR"])),
            "pipeline": G(lambda f: f.pick(["New business", "Renewals", "Partner"])),
            "to_stage": G(lambda f: f.pick(["proposal", "negotiation", "closed_won", "closed_lost"])),
            "probability": G(lambda f: f.pick([0.1, 0.3, 0.6, 0.9, 1.0])),
            "close_date": G(lambda f: f.date(2024, 2025)),
            "owner_name": Y(other("name"), "name"),
            "primary_contact": {
                "id": G(lambda f: f.r.randint(100000, 9999999)),
                "name": Y(them("name"), "name"),
                "email": Y(them("email"), "email"),
            },
        },
    ),
    (
        "track",
        "Deal Lost",
        ["app", "java"],
        {
            "deal_id": G(lambda f: f.r.randint(10**6, 10**8)),
            "lost_reason": G(lambda f: f.pick(["price", "competitor", "no_decision", "timing"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "Went with Salesforce, budget cut.",
                        "Chose a local vendor.",
                        "Project on hold",
                        "No response after the proposal.",
                        "Kein Budget in diesem Jahr.",
                    ]
                )
            ),
            "amount": G(money(1000, 250000)),
        },
    ),
    (
        "track",
        "Note Added",
        ["app", "swift", "kotlin"],
        {
            "note_id": G(uid),
            "contact_id": G(lambda f: f.r.randint(100000, 9999999)),
            "body": Y(crm_note, "name", True),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sequence Email Sent",
        ["go", "java"],
        {
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.kitebase.io>"),
            "sequence_id": G(lambda f: f.r.randint(1000, 99999)),
            "step": G(lambda f: f.r.randint(1, 6)),
            "to": Y(them("email"), "email", True),
            "cc": Many(Y(other("email"), "email", True), 2),
            "from_name": Y(me("name"), "name"),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Quick question about " + f.them.company,
                        "Following up",
                        "Kitebase x " + f.them.company,
                        "Re: pricing",
                    ]
                )
            ),
            "open_count": G(lambda f: f.r.randint(0, 9)),
            "bounced": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recipient Added",
        ["app"],
        {
            "composer_id": G(uid),
            "label": Y(lambda f: f"{f.them.name} <{f.them.email}>", "email|name", True),
            "field": G(lambda f: f.pick(["to", "cc", "bcc"])),
            "from_autocomplete": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Meeting Booked",
        ["node:hook"],
        {
            "payload": {
                "email": Y(them("email"), "email"),
                "name": Y(them("name"), "name"),
                "first_name": Y(them("first"), "name"),
                "last_name": Y(them("last"), "name"),
                "timezone": G(lambda f: f.pick(TIMEZONES[f.them.country])),
                "text_reminder_number": Y(them("phone"), "phone"),
                "rescheduled": G(lambda f: f.pick([True, False])),
                "scheduled_event": {
                    "name": G(lambda f: f.pick(["30 Minute Demo", "Discovery call", "Onboarding kickoff"])),
                    "start_time": G(ts),
                },
                "tracking": {
                    "utm_source": G(lambda f: f.pick(["website", "linkedin", None])),
                    "utm_campaign": G(lambda f: f.pick(["demo_page", "q2_outbound", None])),
                },
            },
        },
    ),
    (
        "track",
        "Visit Checked In",
        ["kotlin", "swift", "flutter"],
        {
            "visit_id": G(uid),
            "account_name": G(lambda f: f.them.company),
            "account_city": G(them("city")),
            "lat": Y(lambda f: f.geo()[0], "geolocation"),
            "lng": Y(lambda f: f.geo()[1], "geolocation"),
            "visit_type": G(lambda f: f.pick(["demo", "qbr", "cold_visit"])),
        },
    ),
    (
        "track",
        "Mileage Logged",
        ["kotlin", "swift", "flutter"],
        {
            "expense_id": G(uid),
            "vehicle_plate": Y(
                lambda f: PLATES[f.me.country if f.me.country in PLATES else "US"](f), "license"
            ),
            "distance_km": G(money(2, 400)),
            "rate_per_km": G(lambda f: f.pick([0.3, 0.45, 0.67, 12.0])),
            "reimbursable": G(lambda f: True),
            "trip_purpose": G(lambda f: f.pick(["client visit", "trade show", "Kundenbesuch"])),
        },
    ),
    (
        "track",
        "HubSpot Contact Property Changed",
        ["ruby:hook"],
        {
            "eventId": G(lambda f: f.r.randint(10**8, 4 * 10**9)),
            "subscriptionId": G(lambda f: f.r.randint(10**5, 10**6)),
            "portalId": G(lambda f: f.r.randint(10**6, 10**8)),
            "occurredAt": G(lambda f: f.epoch_ms()),
            "subscriptionType": G(lambda f: "contact.propertyChange"),
            "objectId": G(lambda f: f.r.randint(10**4, 10**9)),
            "propertyName": G(lambda f: f.pick(["email", "work_email", "hs_additional_emails"])),
            "propertyValue": Y(them("email"), "email", True),
            "changeSource": G(lambda f: f.pick(["CRM_UI", "IMPORT", "INTEGRATION", "FORM"])),
        },
    ),
    # -- help desk ------------------------------------------------------------------------------------
    (
        "track",
        "Zendesk Ticket Created",
        ["node:hook", "ruby:hook"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Export timing out",
                            "Charged twice",
                            "SSO broken",
                            "Rückruf erbeten",
                            "Question about SLAs",
                        ]
                    )
                ),
                "description": G(ticket_text),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "requester": {
                    "id": G(lambda f: f.zd_id()),
                    "name": Y(them("name"), "name"),
                    "email": Y(them("email"), "email"),
                    "phone": Y(them("phone"), "phone"),
                },
                "assignee": {
                    "id": G(lambda f: f.zd_id()),
                    "name": Y(other("name"), "name"),
                    "email": Y(
                        lambda f: f.person().first.lower().translate(ASCII) + "@kitebase-support.com", "email"
                    ),
                },
                "tags": Many(G(lambda f: f.pick(["billing", "sso", "export", "vip", "de", "in_gst"])), 3),
                "custom_fields": Many(
                    {
                        "id": G(lambda f: f.pick([360012345678, 360098765432, 4410022233])),
                        "value": G(lambda f: f.pick(["pro", "enterprise", True, False, "api", None])),
                    },
                    3,
                ),
                "created_at": G(ts),
            },
            "webhook_source_ip": G(lambda f: f.pick(["216.198.0.1", "185.12.80.2", "104.16.51.111"])),
        },
    ),
    (
        "track",
        "Ticket Reply Received",
        ["node:hook", "ruby:hook"],
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 999999)),
            "comment": {
                "id": G(lambda f: f.zd_id()),
                "body": Y(signed_comment, "name", True),
                "public": G(lambda f: True),
                "author_id": G(lambda f: f.zd_id()),
                "attachments": Many(
                    {
                        "file_name": G(
                            lambda f: f.pick(
                                [
                                    "screenshot.png",
                                    "Rechnung_2024-03.pdf",
                                    "error_log.txt",
                                    "IMG_4821.jpeg",
                                    "export.csv",
                                ]
                            )
                        ),
                        "size": G(lambda f: f.r.randint(2000, 8_000_000)),
                        "url": G(
                            lambda f: f"https://kitebase.zendesk.com/api/v2/attachments/{f.zd_id()}.json"
                        ),
                    },
                    2,
                ),
            },
            "channel": G(lambda f: f.pick(["email", "web"])),
        },
    ),
    (
        "track",
        "Intercom Conversation Started",
        ["go:hook"],
        {
            "topic": G(lambda f: "conversation.user.created"),
            "id": G(lambda f: "notif_" + f.uuid()),
            "created_at": G(lambda f: f.epoch_ms() // 1000),
            "data": {
                "item": {
                    "id": G(lambda f: str(f.r.randint(10**11, 10**12))),
                    "source": {
                        "body": G(lambda f: "<p>" + ticket_text(f) + "</p>"),
                        "author": {
                            "type": G(lambda f: "user"),
                            "id": G(lambda f: f.hexid(24)),
                            "name": Y(them("name"), "name"),
                            "email": Y(them("email"), "email"),
                        },
                    },
                },
            },
        },
    ),
    (
        "track",
        "Chat Widget Prechat Submitted",
        ["app", "www"],
        {
            "widget-id": G(lambda f: "wdg_" + f.alnum(8)),
            "visitor-name": Y(me("name"), "name"),
            "visitor-email": Y(me("email"), "email"),
            "department": G(lambda f: f.pick(["sales", "support", "billing"])),
            "page-url": G(lambda f: "https://www.kitebase.io" + f.pick(WWW_PAGES)[0]),
            "gdpr-consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Bot Step Completed",
        ["app", "www"],
        {
            "bot_id": G(lambda f: "bot_" + f.alnum(6)),
            "step": G(lambda f: "collect_email"),
            "input": Y(me("email"), "email", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ticket Solved",
        ["rn", "app"],
        {
            "ticket_id": G(lambda f: f.zd_id()),
            "agent_id": G(user_id),
            "agent_name": Y(me("name"), "name"),
            "customer_email": Y(them("email"), "email"),
            "time_to_resolution_min": G(lambda f: f.r.randint(3, 9000)),
            "reopen_count": G(lambda f: f.r.randint(0, 3)),
            "sla_breached": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "CSAT Submitted",
        ["app", "python"],
        {
            "ticket_id": G(lambda f: f.zd_id()),
            "rating": G(lambda f: f.pick(["good", "bad", "offered"])),
            "score": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Fast and friendly",
                        "Took three days to answer",
                        "",
                        "Sehr hilfreich!",
                        "Problem not solved",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        ["node:hook", "python:hook"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(them("e164"), "phone", True),
            "To": G(lambda f: f.pick(["+18885550142", "+442038085210", "+918047189900", "+4930568376100"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
            "Direction": G(lambda f: "inbound"),
            "Caller": Y(them("e164"), "phone", True),
            "CallerName": Y(lambda f: f.them.last.upper() + " " + f.them.first.upper(), "name"),
            "FromCity": Y(lambda f: f.them.city.upper(), "city"),
            "FromState": G(lambda f: f.them.state),
            "FromZip": Y(lambda f: f.postcode(f.them), "zipcode"),
            "FromCountry": G(them("country")),
            "CallDuration": G(lambda f: f.r.randint(0, 2400)),
        },
    ),
    # -- project management -------------------------------------------------------------------------
    (
        "track",
        "Task Created",
        ["app", "flutter", "swift"],
        {
            "task_id": G(lambda f: "T-" + str(f.r.randint(100, 99999))),
            "project_id": G(uid),
            "project_name": G(
                lambda f: f.pick(
                    ["Website relaunch", "Q3 onboarding", "SOC 2 audit", "Mobile app v5", "Kundenportal"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Update onboarding deck",
                        "Fix login redirect",
                        "Draft release notes",
                        "Migrate DNS",
                        "Angebot überarbeiten",
                    ]
                )
            ),
            "assignee": {
                "id": G(user_id),
                "name": Y(other("name"), "name"),
                "email": Y(other("email"), "email"),
            },
            "watchers": Many(G(user_id), 4),
            "due_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Comment Posted",
        ["app", "flutter", "swift", "kotlin"],
        {
            "comment_id": G(uid),
            "task_id": G(lambda f: "T-" + str(f.r.randint(100, 99999))),
            "text": Y(mention_comment, "name", True),
            "mentions": Many({"user_id": G(user_id), "display_name": Y(other("name"), "name")}, 2),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "File Attached",
        ["app", "flutter"],
        {
            "file_name": G(
                lambda f: f.pick(
                    [
                        "brand_guidelines.pdf",
                        "sprint-14-retro.docx",
                        "Q3_forecast.xlsx",
                        "wireframes_v3.fig",
                        "Lastenheft.pdf",
                    ]
                )
            ),
            "size_bytes": G(lambda f: f.r.randint(1000, 50_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Time Entry Logged",
        ["app", "flutter", "java"],
        {
            "entry_id": G(uid),
            "project_id": G(uid),
            "member_id": G(user_id),
            "member_name": Y(me("name"), "name"),
            "hours": G(lambda f: f.pick([0.25, 0.5, 1.5, 3, 7.5])),
            "billable": G(lambda f: f.pick([True, False])),
            "hourly_rate": Y(lambda f: f.pick([45, 60, 85, 120, 1500, 2200]), "salary"),
            "cost_rate": Y(lambda f: f.pick([30.0, 42.5, 55.0, 900.0]), "salary"),
            "rate_currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "INR"])),
        },
    ),
    (
        "track",
        "Project Shared",
        ["app"],
        {
            "project_id": G(uid),
            "guest_email": Y(other("email"), "email"),
            "guest_name": Y(other("name"), "name"),
            "permission": G(lambda f: f.pick(["view", "comment", "edit"])),
            "expires_at": G(ts),
            "external": G(lambda f: True),
        },
    ),
    (
        "track",
        "Slack Notification Sent",
        ["go", "node"],
        {
            "channel": G(lambda f: f.pick(["#sales-wins", "#support-escalations", "#ops"])),
            "text": Y(slack_text, "name", True),
            "workspace_id": G(workspace_id),
        },
    ),
    # -- billing ------------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["app"],
        {
            "checkout_id": G(uid),
            "value": G(money(19, 9000)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "INR"])),
            "coupon": G(lambda f: f.pick(["", "STARTUP50", "ANNUAL20", "PARTNER10"])),
            "products": Many(seat_product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["app", "node"],
        {
            "order_id": G(lambda f: "ord_" + f.alnum(18)),
            "checkout_id": G(uid),
            "revenue": G(money(19, 9000)),
            "tax": G(money(0, 1700)),
            "discount": G(money(0, 500)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR", "INR"])),
            "products": Many(seat_product(), 3),
            "billing_address": addr_person(with_name=True),
            "vat_id": G(lambda f: f.vat(f.me.country)),
            "billing_contact_email": Y(me("email"), "email"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["app"],
        {
            "checkout_id": G(uid),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "bacs_debit", "upi"])),
            "payment_method_id": RED(lambda f: "pm_" + f.alnum(24), "token"),
            "setup_intent_client_secret": RED(
                lambda f: f"seti_{f.alnum(24)}_secret_{f.alnum(25)}", "secret|token"
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(me("name"), "name"),
            "billing_phone": Y(me("phone"), "phone"),
            "billing_postal_code": Y(lambda f: f.postcode(f.me), "zipcode"),
        },
    ),
    (
        "track",
        "Payment Form Error",
        ["app"],
        {
            "form": G(lambda f: "checkout"),
            "field": G(lambda f: "cardnumber"),
            "error_code": G(lambda f: f.pick(["incorrect_number", "card_declined", "invalid_expiry_year"])),
            "input_value": RED(lambda f: f.card(), "credit card", True),
            "retries": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["python:hook", "node:hook"],
        {
            "id": G(lambda f: "in_" + f.alnum(24)),
            "number": G(lambda f: f.letters(8) + "-" + f"{f.r.randint(1, 40):04d}"),
            "customer": G(lambda f: "cus_" + f.alnum(14)),
            "customer_email": Y(me("email"), "email"),
            "customer_name": Y(me("name"), "name"),
            "customer_phone": Y(me("phone"), "phone"),
            "customer_address": {
                "line1": Y(lambda f: f.street_in(f.me.country), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Suite 200", "2nd Floor", "Unit 4", "c/o Buchhaltung"]),
                    "address|street",
                ),
                "city": Y(me("city"), "city"),
                "postal_code": Y(lambda f: f.postcode(f.me), "zipcode"),
                "state": G(me("state")),
                "country": G(me("country")),
            },
            "customer_tax_ids": Many(
                {"type": G(lambda f: TAX_ID_TYPES[f.me.country]), "value": G(lambda f: f.vat(f.me.country))},
                1,
            ),
            "amount_paid": G(lambda f: f.r.randint(1900, 900000)),
            "currency": G(lambda f: f.pick(["usd", "gbp", "eur", "inr"])),
            "lines": {
                "data": Many(
                    {
                        "description": G(line_description),
                    },
                    3,
                )
            },
            "charge": {
                "payment_method_details": {
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "fingerprint": G(lambda f: f.alnum(16)),
                    }
                }
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        ["python", "node"],
        {
            "invoice_id": G(lambda f: "in_" + f.alnum(24)),
            "failure_code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "next_payment_attempt": G(lambda f: f.epoch_ms() // 1000),
            "card_last4": G(lambda f: f.digits(4)),
            "dunning_email_sent_to": Y(me("email"), "email"),
            "amount_due": G(lambda f: f.r.randint(1900, 900000)),
        },
    ),
    (
        "track",
        "Seats Updated",
        ["app", "node"],
        {
            "seats_before": G(lambda f: f.r.randint(1, 200)),
            "seats_after": G(lambda f: f.r.randint(1, 200)),
            "mrr_delta": G(lambda f: round(f.r.uniform(-2000, 3000), 2)),
            "changed_by_email": Y(me("email"), "email"),
            "prorated": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- partner payouts -------------------------------------------------------------------------------
    (
        "track",
        "Payout Details Submitted",
        ["python"],
        {
            "partner_id": G(lambda f: "ptn_" + f.digits(6)),
            "legal_name": Y(me("name"), "name"),
            "tax_form": G(lambda f: "W-9"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "payout": {
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
            "payout_currency": G(lambda f: "USD"),
        },
        "US",
    ),
    (
        "track",
        "Payout Details Submitted",
        ["python"],
        {
            "partner_id": G(lambda f: "ptn_" + f.digits(6)),
            "legal_name": Y(me("name"), "name"),
            "national_insurance_number": RED(lambda f: f.nino(), "national id"),
            "payout": {
                "sort_code": G(lambda f: f.pick(SORT_CODES)),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
            },
            "payout_currency": G(lambda f: "GBP"),
        },
        "GB",
    ),
    (
        "track",
        "Payout Details Submitted",
        ["python"],
        {
            "partner_id": G(lambda f: "ptn_" + f.digits(6)),
            "legal_name": Y(me("name"), "name"),
            "pan": RED(lambda f: f.pan(f.me.last), "national id"),
            "payout": {
                "ifsc": G(lambda f: f.pick(IFSCS)),
                "account_number": RED(lambda f: f.digits(f.r.randint(11, 14)), "bank account"),
                "account_type": G(lambda f: f.pick(["savings", "current"])),
            },
            "payout_currency": G(lambda f: "INR"),
        },
        "IN",
    ),
    (
        "track",
        "Payout Details Submitted",
        ["python"],
        {
            "partner_id": G(lambda f: "ptn_" + f.digits(6)),
            "legal_name": Y(me("name"), "name"),
            "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
            "payout": {"iban": RED(lambda f: f.iban("DE"), "bank account"), "bic": G(lambda f: f.pick(BICS))},
            "payout_currency": G(lambda f: "EUR"),
        },
        "DE",
    ),
    (
        "track",
        "Partner Identity Verified",
        ["python"],
        {
            "partner_id": G(lambda f: "ptn_" + f.digits(6)),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "verification_status": G(lambda f: f.pick(["verified", "pending", "failed"])),
            "provider": G(lambda f: f.pick(["stripe_identity", "persona"])),
            "dob_match": G(lambda f: f.pick([True, False])),
            "date_of_birth": Y(lambda f: f.date(1960, 2001), "birthdate"),
        },
    ),
    # -- SSO, API keys, security ----------------------------------------------------------------------
    (
        "track",
        "SSO Connection Configured",
        ["app", "node"],
        {
            "connection_id": G(lambda f: "conn_" + f.alnum(16)),
            "provider": G(lambda f: f.pick(["okta", "azure_ad", "google_workspace", "onelogin"])),
            "protocol": G(lambda f: f.pick(["saml", "oidc", "saml2"])),
            "domain": G(lambda f: f.me.domain),
            "sso_url": G(
                lambda f: (
                    f"https://{f.me.domain.split('.')[0]}.okta.com/app/kitebase/exk{f.alnum(12)}/sso/saml"
                )
            ),
            "x509_certificate": G(lambda f: "MIIDpDCCAoygAwIBAgIG" + f.b64(120)),
            "certificate_fingerprint": G(lambda f: ":".join(f.hexid(2).upper() for _ in range(20))),
            "client_id": G(lambda f: f.uuid()),
            "client_secret": RED(
                lambda f: f.alnum(40, string.ascii_letters + string.digits + "~._-"), "secret"
            ),
            "scim_token": RED(lambda f: "scim_" + f.alnum(36), "token|secret"),
        },
    ),
    (
        "track",
        "API Key Created",
        ["app", "node"],
        {
            "key_id": G(lambda f: "key_" + f.alnum(12)),
            "name": G(lambda f: f.pick(["Zapier", "Data warehouse sync", "Prod backend", "n8n", "Power BI"])),
            "prefix": G(lambda f: "kb_live_" + f.alnum(4)),
            "api_key": RED(lambda f: f.api_key(), "secret"),
            "scopes": Many(G(lambda f: f.pick(["contacts:read", "deals:write", "tickets:read", "admin"])), 3),
            "expires_in_days": G(lambda f: f.pick([30, 90, 365, None])),
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ["go", "java"],
        {
            "webhook_id": G(lambda f: "wh_" + f.alnum(10)),
            "endpoint": G(lambda f: "https://hooks." + f.me.domain + "/kitebase/" + f.hexid(8)),
            "status_code": G(lambda f: f.pick([400, 401, 404, 500, 502, 504])),
            "attempt": G(lambda f: f.r.randint(1, 8)),
            "request_headers": {
                "Content-Type": G(lambda f: "application/json"),
                "User-Agent": G(lambda f: "Kitebase-Webhooks/2.3"),
                "X-Kitebase-Signature": G(lambda f: "sha256=" + f.hexid(64)),
                "Authorization": RED(lambda f: "Bearer " + f.pick([f.jwt(), f.api_key()]), "token"),
            },
        },
    ),
    (
        "track",
        "Integration Connected",
        ["app", "node"],
        {
            "integration": G(lambda f: "slack"),
            "channel": G(lambda f: f.pick(["#sales-wins", "#support", "#alerts"])),
            "incoming_webhook_url": RED(
                lambda f: f"https://hooks.slack.com/services/T0{f.letters(8)}/B0{f.letters(8)}/{f.alnum(24)}",
                "secret",
                True,
            ),
            "oauth_access_token": RED(
                lambda f: "xoxb-" + f.digits(12) + "-" + f.digits(13) + "-" + f.alnum(24), "token"
            ),
        },
    ),
    (
        "track",
        "Signed In",
        ["app", "swift", "kotlin", "rn", "flutter"],
        {
            "method": G(lambda f: f.pick(["password", "sso", "google", "magic_link"])),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "webauthn", None])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "geo": {
                "city": Y(me("city"), "city"),
                "region": G(me("state")),
                "country": G(me("country")),
                "postal_code": Y(lambda f: f.postcode(f.me), "zipcode"),
            },
            "new_device": G(lambda f: f.pick([True, False])),
            "session_id": G(uid),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["python", "node"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "recipient": Y(lambda f: f.me.phone if f.r.random() < 0.5 else f.me.email, "phone|email", True),
            "expires_in_s": G(lambda f: 600),
            "purpose": G(lambda f: f.pick(["login", "phone_verification", "password_reset"])),
        },
    ),
    (
        "track",
        "Signup Form Submitted",
        ["www"],
        {
            "form_id": G(lambda f: "signup-v3"),
            "fields": {
                "full_name": Y(me("name"), "name"),
                "email": Y(me("email"), "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Sommer2024!", "kitebase123", "P@ssw0rd!", "Chennai#1987", "correct-horse-battery"]
                    ),
                    "password",
                ),
                "company": G(company),
                "terms": G(lambda f: "on"),
            },
            "duration_ms": G(lambda f: f.r.randint(4000, 120000)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["app", "node"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_age_days": G(lambda f: f.r.randint(0, 900)),
            "breached_password_detected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Audit Log Entry",
        ["go", "java"],
        {
            "audit_id": G(uid),
            "action": G(lambda f: f.pick(["member.role_changed", "member.removed", "member.suspended"])),
            "actor": {
                "id": G(user_id),
                "email": Y(me("email"), "email"),
                "ip": Y(lambda f: f.ipv4(), "ip"),
            },
            "target": {
                "id": G(user_id),
                "display_name": Y(them("name"), "name"),
                "email": Y(them("email"), "email"),
            },
            "changes": Many(
                {
                    "field": G(lambda f: "role"),
                    "old": G(lambda f: f.pick(["member", "admin", "agent"])),
                    "new": G(lambda f: f.pick(["member", "admin", "guest"])),
                },
                1,
            ),
            "occurred_at": G(lambda f: f.epoch_ms()),
            "server": {
                "hostname": G(lambda f: f.pick(["api-7f9c-1", "api-7f9c-2", "api-b21e-1"])),
                "ip": G(lambda f: f.pick(["10.0.3.4", "10.0.3.9", "10.0.7.21"])),
            },
        },
    ),
    (
        "track",
        "Data Subject Request Received",
        ["python"],
        {
            "request_id": G(lambda f: "dsr_" + f.alnum(10)),
            "request_type": G(lambda f: f.pick(["access", "erasure", "rectification"])),
            "regulation": G(lambda f: f.pick(["GDPR", "UK GDPR", "CCPA", "DPDP"])),
            "requester_email": Y(them("email"), "email"),
            "requester_name": Y(them("name"), "name"),
            "identity_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- regional backends and other conventions ------------------------------------------------------
    (
        "identify",
        None,
        ["php"],
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "vorname": Y(me("first"), "name"),
            "nachname": Y(me("last"), "name"),
            "firma": G(company),
            "telefonnummer": Y(me("phone"), "phone"),
            "email": Y(me("email"), "email"),
            "strasse": Y(lambda f: f.street_in("DE"), "address|street"),
            "plz": Y(lambda f: f.postcode(f.me), "zipcode"),
            "ort": Y(me("city"), "city"),
            "position": G(lambda f: f.pick(["Geschäftsführer", "Vertriebsleiterin", "Teamleitung Support"])),
            "kundennummer": G(lambda f: "K-" + f.digits(6)),
            "newsletter_einwilligung": G(lambda f: f.pick([True, False])),
        },
        "DE",
    ),
    (
        "track",
        "Angebot Erstellt",
        ["php"],
        {
            "angebotsnummer": G(lambda f: "AN-2024-" + f.digits(5)),
            "firma": G(lambda f: f.pick(COMPANIES["DE"])[0]),
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "ansprechpartner": Y(lambda f: f.person("DE").name, "name"),
            "ansprechpartner_email": Y(lambda f: f.person("DE").email, "email"),
            "telefonnummer": Y(lambda f: f.phone_in("DE"), "phone"),
            "nettobetrag": G(money(500, 60000)),
            "gueltig_bis": G(lambda f: f.date(2024, 2025)),
            "ust_id": G(lambda f: "DE" + f.digits(9)),
            "vertriebsgebiet": G(lambda f: f.pick(["Nord", "Süd", "West", "DACH"])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "email": Y(me("email"), "email"),
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "mobile_number": Y(me("phone"), "phone"),
            "alternate_mobile": Y(lambda f: f.phone_in("IN"), "phone"),
            "address_line": Y(lambda f: f.street_in("IN") + ", " + f.me.city, "address"),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
            "pincode": Y(lambda f: f.postcode(f.me), "zipcode"),
            "state": G(me("state")),
            "gstin": G(lambda f: f.gstin()),
            "preferred_language": G(lambda f: f.pick(["en", "hi", "ta", "mr"])),
        },
        "IN",
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(user_id),
            "EMAIL": Y(me("email"), "email"),
            "FIRST_NAME": Y(me("first"), "name"),
            "LAST_NAME": Y(me("last"), "name"),
            "ACCOUNT_NAME": G(company),
            "ARR": G(money(500, 400000)),
            "HEALTH_SCORE": G(lambda f: f.r.randint(0, 100)),
            "CSM_NAME": Y(other("name"), "name"),
            "CSM_EMAIL": Y(other("email"), "email"),
            "LAST_SEEN_AT": G(ts),
            "SEATS_USED": G(lambda f: f.r.randint(1, 500)),
            "PHONE_NUMBER": Y(me("phone"), "phone"),
            "IS_DECISION_MAKER": G(lambda f: f.pick([True, False])),
            "LAST_LOGIN_IP": Y(lambda f: f.ipv4(), "ip"),
            "SIGNUP_COUNTRY": G(me("country")),
            "DBT_LOADED_AT": G(ts),
        },
    ),
    (
        "track",
        "InvoiceGenerated",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(7)),
            "InvoiceDate": G(ts),
            "CustomerId": G(lambda f: f.r.randint(10000, 999999)),
            "CustomerName": Y(me("name"), "name"),
            "AccountManagerEmail": Y(other("email"), "email"),
            "BillingAddress": Y(lambda f: f.address_line(f.me), "address"),
            "NetAmount": G(money(19, 90000)),
            "CurrencyCode": G(lambda f: f.pick(["USD", "GBP", "EUR", "INR"])),
            "IsReverseCharge": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SubscriptionRenewed",
        ["dotnet"],
        {
            "SubscriptionId": G(lambda f: "sub_" + f.alnum(14)),
            "PlanCode": G(lambda f: f.pick(PRODUCTS)[0]),
            "Seats": G(lambda f: f.r.randint(1, 400)),
            "RenewedByEmail": Y(me("email"), "email"),
            "RenewedByPhone": Y(me("phone"), "phone"),
            "NextRenewalDate": G(ts),
        },
    ),
    (
        "track",
        "Event Registration Completed",
        ["www", "node"],
        {
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Kitebase Connect London 2024",
                        "Kitebase Connect Bengaluru",
                        "Kitebase Roadshow München",
                    ]
                )
            ),
            "attendee": {
                "first_name": Y(me("first"), "name"),
                "last_name": Y(me("last"), "name"),
                "email": Y(me("email"), "email"),
                "company": G(company),
                "job_title": G(lambda f: f.pick(JOB_TITLES)),
                "phone": Y(me("phone"), "phone"),
                "badge_name": Y(lambda f: f.me.first + " " + f.me.last[0] + ".", "name"),
            },
            "dietary_requirements": Y(dietary, "religion|allergy"),
            "requires_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "venue_city": G(lambda f: f.pick(["London", "Bengaluru", "München"])),
        },
    ),
    (
        "track",
        "Report Exported",
        ["app", "ruby"],
        {
            "report_id": G(uid),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "row_count": G(lambda f: f.r.randint(0, 90000)),
            "includes_pii_columns": G(lambda f: f.pick([True, False])),
            "columns": Many(
                G(lambda f: f.pick(["email", "phone", "owner", "amount", "stage", "created_at"])), 6
            ),
            "delivered_to": Y(me("email"), "email", True),
        },
    ),
    # -- enrichment, inbound e-mail, team directory, seats ------------------------------------------
    (
        "track",
        "Lead Enriched",
        ["node:hook", "python:hook"],
        {
            "person": {
                "id": G(uid),
                "name": {
                    "fullName": Y(them("name"), "name"),
                    "givenName": Y(them("first"), "name"),
                    "familyName": Y(them("last"), "name"),
                },
                "email": Y(them("email"), "email"),
                "location": Y(
                    lambda f: f"{f.them.city}, {f.them.state}, {COUNTRY_NAMES[f.them.country]}",
                    "city|address",
                ),
                "timeZone": G(lambda f: f.pick(TIMEZONES[f.them.country])),
                "geo": {
                    "city": Y(them("city"), "city"),
                    "state": G(them("state")),
                    "countryCode": G(them("country")),
                },
                "employment": {
                    "name": G(lambda f: f.them.company),
                    "title": G(lambda f: f.pick(JOB_TITLES)),
                    "seniority": G(
                        lambda f: f.pick(["executive", "director", "manager", "individual_contributor"])
                    ),
                },
                "linkedin": {
                    "handle": Y(
                        lambda f: (
                            "in/"
                            + f.them.first.lower().translate(ASCII)
                            + "-"
                            + f.them.last.lower().translate(ASCII)
                            + "-"
                            + f.hexid(6)
                        ),
                        "social profile",
                    )
                },
                "twitter": {
                    "handle": Y(
                        lambda f: (
                            f.them.first.lower().translate(ASCII)
                            + f.pick(["_", "", "."])
                            + f.them.last.lower().translate(ASCII)[:5]
                            + str(f.r.randint(1, 99))
                        ),
                        "social profile|name",
                    ),
                    "followers": G(lambda f: f.r.randint(0, 20000)),
                },
                "avatar": Y(
                    lambda f: "https://d1ts43dypk8bqh.cloudfront.net/v1/avatars/" + f.uuid(), "photo"
                ),
            },
            "company": {
                "domain": G(lambda f: f.them.domain),
                "name": G(lambda f: f.them.company),
                "metrics": {"employees": G(lambda f: f.pick([12, 48, 230, 1100, 5400]))},
            },
        },
    ),
    (
        "track",
        "Support Email Received",
        ["ruby:hook", "go:hook"],
        {
            "mailbox": G(lambda f: f.pick(["support@", "help@", "kundenservice@", "care@"]) + f.me.domain),
            "sender": Y(lambda f: f"{f.them.name} <{f.them.email}>", "email|name", True),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Re: Invoice INV-2024-0412",
                        "Login problem",
                        "AW: Rückfrage zum Angebot",
                        "Urgent: export not working",
                        "GST invoice request",
                    ]
                )
            ),
            "body_text": Y(signed_comment, "name", True),
            "cc": Many(Y(other("email"), "email", True), 2),
            "headers": {
                "From": Y(lambda f: f'"{f.them.name}" <{f.them.email}>', "email|name", True),
                "Reply-To": Y(them("email"), "email", True),
                "Message-ID": G(lambda f: f"<{f.uuid()}@{f.them.domain}>"),
                "X-Originating-IP": Y(lambda f: f"[{f.ipv4()}]", "ip"),
                "Received-SPF": G(lambda f: f.pick(["pass", "softfail", "neutral"])),
                "X-Mailer": G(
                    lambda f: f.pick(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 115.9"])
                ),
            },
            "spam_score": G(lambda f: round(f.r.uniform(-2, 6), 1)),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Teammate Profile Updated",
        ["app", "flutter", "swift"],
        {
            "member_id": G(user_id),
            "display_name": Y(me("name"), "name"),
            "work_phone": Y(me("phone"), "phone"),
            "mobile_phone": Y(lambda f: f.phone_in(f.me.country), "phone"),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "based_in": Y(lambda f: f"{f.me.city}, {COUNTRY_NAMES[f.me.country]}", "city"),
            "photo_url": Y(lambda f: f"https://cdn.kitebase.io/avatars/{f.hexid(12)}.jpg", "photo"),
            "slack_handle": Y(
                lambda f: (
                    "@"
                    + f.me.first.lower().translate(ASCII)
                    + f.pick([".", ""])
                    + f.me.last.lower().translate(ASCII)[:1]
                ),
                "social profile|name",
            ),
            "emergency_contact": {
                "name": Y(other("name"), "name"),
                "phone": Y(other("phone"), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "sibling", "friend"])),
            },
            "weekly_capacity_hours": G(lambda f: f.pick([20, 32, 37.5, 40])),
            "fields_changed": Many(
                G(lambda f: f.pick(["display_name", "work_phone", "birthday", "photo"])), 3
            ),
        },
    ),
    (
        "track",
        "SeatAssignmentChanged",
        ["dotnet"],
        {
            "SeatId": G(lambda f: f.r.randint(100000, 999999)),
            "ProductCode": G(lambda f: f.pick(PRODUCTS)[0]),
            "AssignedUserName": Y(other("name"), "name"),
            "AssignedUserEmail": Y(other("email"), "email"),
            "AssignedByEmail": Y(me("email"), "email"),
            "SeatType": G(lambda f: f.pick(["Full", "Light", "Viewer"])),
            "ChangedAtUtc": G(ts),
        },
    ),
]


def message(f: F, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in ("app", "www") or client in MOBILE:
        msg["anonymousId"] = f.uuid()
    if not (client == "www" and kind != "identify"):
        msg["userId"] = user_id(f)
    elif "anonymousId" not in msg:
        msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = workspace_id(f)
    elif kind == "alias":
        msg["previousId"] = f.uuid()
        msg["userId"] = user_id(f)
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    if client not in ("app", "www") and client not in MOBILE:
        msg["sentAt"] = msg["timestamp"]
        if f.r.random() < 0.3:
            msg["integrations"] = {"All": True, "Salesforce": False}
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, *country in EVENTS:
            f.new_event(*country)
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=67, repeats=30)
    write(Path(__file__).parent, "holdout67_", events, labels)
