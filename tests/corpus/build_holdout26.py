"""Writes the twenty-sixth holdout: tests/corpus/holdout26_events.jsonl and holdout26_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the tools, the
detection notes or any other holdout's labels (only build.py, fake.py and build_holdout3.py were
read, for the helpers and the format, with the shared REFERENCE.md and DESIGN.md). Nothing here was
tuned to the engine and it was not scored by its author.

Domain: marketplaces and subscriptions, as three Segment customers would send them.
- Craftly, a handmade-goods marketplace in the US, UK, Canada and Australia: buyer and seller
  identify calls, searches, listings, carts and checkouts, personalisation and engraving text,
  buyer/seller messages, custom order requests, shop setup with tax ids and bank payouts (ABA
  routing numbers, UK sort codes, Australian BSBs, Canadian transit numbers, IBANs), shop staff,
  Stripe-shaped charges, Shippo-shaped shipping labels, disputes handled by staff, reviews, a
  Quebec partner integration with French keys, page/screen/group/alias calls.
- BoxJoy, a monthly subscription box: subscriptions with Shopify-shaped addresses, gift
  subscriptions with recipients and gift notes, skips, cancellations, referrals with invitees, a
  Typeform-shaped survey webhook, ShipStation-shaped shipments, Iterable-shaped email events, a
  reverse-ETL identify from the warehouse with SCREAMING_SNAKE traits, pets and their birthdays,
  allergies and skin concerns.
- Cardly, a consumer debit card and budgeting app: a .NET application service with PascalCase
  keys, Persona-shaped ID verification (kebab-case attributes), Marqeta-shaped card issuing and
  authorisations (merchant card acceptors), Plaid-shaped account linking, direct deposit, round-ups,
  P2P transfers, payees, teen cards for dependants, trusted contacts, logins with geo-IP.
- Contexts of the real client libraries: analytics.js (page, userAgentData, campaign, ip),
  analytics-swift, analytics-kotlin, analytics-react-native and analytics flutter (app, device with
  advertising ids and the APNs push token, network, os, screen, traits, location), and the server
  libraries python, node, go, java, ruby, php and .NET (ip, userAgent, requestId, externalIds).

Values are coherent per message (one person per event, with their country's phone, address and
postcode formats) and drawn for many cultures; ids carry valid checksums where real ones have them
(Luhn cards and SINs, mod-97 IBANs, ABA routing numbers, Australian TFNs, SSA-structured SSNs).

Conventions: camelCase and snake_case English keys mostly; PascalCase (.NET), kebab-case (Persona),
SCREAMING_SNAKE (warehouse sync) and French (the Quebec integration) for the rest.

Labelling rules (Privacy Portal default colours):
- PII is personal data about a natural person: the user, a gift recipient, an invitee, a contact,
  a dependant, a trusted contact, shop staff or a seller (a sole trader is a person). Type is the
  reference matcher name where one fits; colour is the reference's default for it. Types outside
  the reference: `bank account`, `national id`, `secret` red; `geolocation`, `advertising id`
  yellow. Tax ids of sellers (SSN, SIN, NINO, TFN) are `national id`, red; `ssn_last4` is red.
- Credentials a person or their shop holds are `token`, red: the APNs push token in
  context.device.token, OAuth access and refresh tokens of connected shop apps, password-reset
  tokens, Plaid public tokens. A `Username` holding the login email is `email|name`.
- Green: ids we issue (including vendor resource ids under `token` keys: Marqeta's card_token and
  user_token, Typeform's response token, Shippo's servicelevel token, all identifiers and not
  credentials), SKUs, versions, timestamps, hashes, amounts, enums, counters and booleans under
  PII-sounding keys (emailVerified, phone_type, ssn_provided, address_verified, avs checks),
  masked PANs, card brand, last four, BIN and expiry, routing numbers, sort codes, BSBs, transit
  and institution numbers, product, plan, shop, budget, employer, bank and pet names (a pet's
  birthday is green), places that are not the person's (a searched location, a shop's location,
  a merchant's or ATM's city and postcode), country, state, province, locale, timezone, currency,
  user agents, OS analytics device ids. Coarse demographics without a person's exact value (an
  age range, a household size) are green, as in the main corpus where an age is green.
- A field whose values reveal a special category is PII of that category: military status
  (veteran, red), allergies and skin concerns (allergy / condition, yellow as in the reference).
  Citizenship under a key that says so is `citizenship` (yellow) even though its values are
  country codes.
- A city from geo-IP or an address is the person's city (yellow); coordinates of the person are
  `geolocation`.
- value_only is true when the key does not say what the value holds (`value`, `input`, `label`,
  `text`, `q`, `preview`, `personalization`, `gift_note`, Marqeta's `name_line_1.value`, the
  externalIds `id`); every value of a value_only PII path carries that PII (every engraving and
  gift note here contains a name; every preview begins with a greeting by name). Free text with no
  PII in any value (review text, skip reasons, transfer notes, request text) is green.
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

FIRST = [
    "Emily", "Marcus", "Jasmine", "DeShawn", "Madison", "Tyler", "Carlos", "Ashley", "Brandon",
    "Keisha", "Mariana", "Oliver", "Amelia", "Harry", "Isla", "Callum", "Niamh", "Siobhán", "Rhys",
    "Aoife", "Priya", "Arjun", "Harpreet", "Gurpreet", "Aisha", "Mohammed", "Fatima", "Yusuf",
    "Zainab", "Chloé", "Mathieu", "Geneviève", "Étienne", "Amélie", "Jean-François", "Liam", "Ava",
    "Noah", "Charlotte", "Lachlan", "Matilda", "Hamish", "Aroha", "Tāne", "Mei", "Xiaoling",
    "Hiroshi", "Yuki", "Minh", "Ji-woo", "Seo-yeon", "Oluwaseun", "Chidi", "Ngozi", "Kwame",
    "Thandiwe", "Sipho", "Dmitri", "Anastasia", "Katarzyna", "Björn", "Ingrid", "Giulia", "Matteo",
    "Sofía", "Alejandro", "Valentina", "Diego", "Leilani", "Zeynep", "Emre", "Tomasz", "Eilidh",
]  # fmt: skip
LAST = [
    "Johnson", "Williams", "Rodriguez", "Washington", "Nguyen", "Kim", "Patel", "Singh", "Kaur",
    "Chen", "Wong", "Tremblay", "Gagnon", "Bouchard", "Côté", "MacDonald", "Campbell", "O'Sullivan",
    "Murphy", "Jones", "Evans", "Taylor", "Thompson", "Okafor", "Adeyemi", "Mensah", "Dlamini",
    "Haddad", "Al-Sayed", "Khan", "Hussain", "Kowalski", "Nowak", "Ivanova", "Petrov", "Rossi",
    "García", "Hernández", "López", "Sato", "Tanaka", "Yamamoto", "Park", "Ngata", "Te Rangi",
    "Papadopoulos", "Andersson", "Lindqvist", "Schmidt", "Müller", "Fitzgerald", "Baptiste",
    "Cohen", "Goldberg", "Okonkwo", "Mahlangu", "Yilmaz", "Demir", "Fernandes", "Santos",
]  # fmt: skip

COUNTRIES = {
    "US": {
        "cities": [
            ("Austin", "TX", 30.27, -97.74, "787"),
            ("Portland", "OR", 45.52, -122.68, "972"),
            ("Columbus", "OH", 39.96, -83.0, "432"),
            ("Raleigh", "NC", 35.78, -78.64, "276"),
            ("Tucson", "AZ", 32.22, -110.97, "857"),
            ("Boise", "ID", 43.61, -116.2, "837"),
            ("Brooklyn", "NY", 40.68, -73.94, "112"),
        ],
        "streets": [
            "Magnolia Ave",
            "Cedar Ln",
            "W 34th St",
            "Peachtree Rd NE",
            "N Lamar Blvd",
            "SE Division St",
            "Oakwood Dr",
            "Willow Creek Rd",
            "Maple St",
        ],
        "line2": ["Apt 4B", "Unit 210", "Apt 12", "Suite 5", "#3"],
        "domains": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
        "areas": ["512", "503", "614", "919", "520", "208", "718", "347", "737", "971"],
    },
    "GB": {
        "cities": [
            ("Leeds", "England", 53.8, -1.55, "LS"),
            ("Bristol", "England", 51.45, -2.59, "BS"),
            ("Glasgow", "Scotland", 55.86, -4.25, "G"),
            ("Cardiff", "Wales", 51.48, -3.18, "CF"),
            ("Manchester", "England", 53.48, -2.24, "M"),
            ("Norwich", "England", 52.63, 1.3, "NR"),
            ("London", "England", 51.51, -0.13, "SE"),
        ],
        "streets": [
            "Victoria Road",
            "Church Lane",
            "High Street",
            "Kingsway",
            "Mill Road",
            "Station Approach",
            "Albert Terrace",
            "Queens Drive",
        ],
        "line2": ["Flat 2", "Flat 11B", "Flat 4", "The Old Forge", "Ground Floor Flat"],
        "domains": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    },
    "CA": {
        "cities": [
            ("Toronto", "ON", 43.65, -79.38, "M"),
            ("Montréal", "QC", 45.5, -73.57, "H"),
            ("Calgary", "AB", 51.05, -114.07, "T"),
            ("Halifax", "NS", 44.65, -63.58, "B"),
            ("Vancouver", "BC", 49.28, -123.12, "V"),
            ("Ottawa", "ON", 45.42, -75.7, "K"),
        ],
        "streets": [
            "Rue Saint-Denis",
            "Queen St W",
            "Bloor St E",
            "17 Ave SW",
            "Robson St",
            "Spring Garden Rd",
            "Boulevard Saint-Laurent",
            "Bank St",
        ],
        "line2": ["Apt 1204", "Unit 3", "App. 5", "Suite 400", "#1802"],
        "domains": ["gmail.com", "hotmail.ca", "videotron.ca", "shaw.ca", "rogers.com", "icloud.com"],
        "areas": ["416", "647", "514", "438", "403", "902", "604", "613"],
    },
    "AU": {
        "cities": [
            ("Sydney", "NSW", -33.87, 151.21, "2"),
            ("Melbourne", "VIC", -37.81, 144.96, "3"),
            ("Brisbane", "QLD", -27.47, 153.03, "4"),
            ("Adelaide", "SA", -34.93, 138.6, "5"),
            ("Perth", "WA", -31.95, 115.86, "6"),
            ("Hobart", "TAS", -42.88, 147.33, "7"),
        ],
        "streets": [
            "George Street",
            "Wattle Crescent",
            "Beach Road",
            "Brunswick St",
            "Sturt Street",
            "Parramatta Rd",
            "Banksia Ave",
            "Ocean Parade",
        ],
        "line2": ["Unit 4", "Level 2", "Apt 7", "Unit 12"],
        "domains": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
    },
}
HOUSE_NUMBERS = {"US": 9899, "GB": 180, "CA": 3500, "AU": 250}
UK_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
CA_POST_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and ord(c) < 128).lower()


@dataclass
class Person:
    country: str
    first: str
    last: str
    email: str
    phone: str
    street: str
    line2: str | None
    city: str
    state: str
    postcode: str
    lat: float
    lon: float
    dob: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def phone_for(f: Fake, country: str) -> str:
    r = f.r
    if country in ("US", "CA"):
        area = f.pick(COUNTRIES[country]["areas"])
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return f.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area} {ex} {line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )
    if country == "GB":
        mob = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
        return f.pick(
            [
                f"0{mob[:4]} {mob[4:]}",
                f"+44 {mob[:4]} {mob[4:]}",
                f"+44{mob}",
                f"0113 {r.randint(200, 499)} {r.randint(1000, 9999)}",
                f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
            ]
        )
    mob = f"4{r.randint(10, 99)}{r.randint(100000, 999999)}"
    return f.pick(
        [
            f"0{mob[:3]} {mob[3:6]} {mob[6:]}",
            f"+61 {mob[:3]} {mob[3:6]} {mob[6:]}",
            f"+61{mob}",
            f"(02) {r.randint(8000, 9999)} {r.randint(1000, 9999)}",
        ]
    )


def postcode_for(f: Fake, country: str, prefix: str) -> str:
    r = f.r
    if country == "US":
        base = f"{prefix}{r.randint(0, 99):02d}"
        return base if r.random() < 0.8 else f"{base}-{r.randint(1000, 9999)}"
    if country == "GB":
        return (
            f"{prefix}{r.randint(1, 19)} {r.randint(1, 9)}{f.pick(UK_POST_LETTERS)}{f.pick(UK_POST_LETTERS)}"
        )
    if country == "CA":
        return (
            f"{prefix}{r.randint(1, 9)}{f.pick(CA_POST_LETTERS)} "
            f"{r.randint(0, 9)}{f.pick(CA_POST_LETTERS)}{r.randint(0, 9)}"
        )
    return f"{prefix}{r.randint(0, 999):03d}"


def person(f: Fake, country: str | None = None) -> Person:
    country = country or f.pick(["US", "US", "US", "GB", "GB", "CA", "AU"])
    spec = COUNTRIES[country]
    first, last = f.pick(FIRST), f.pick(LAST)
    user = f.pick(
        [
            f"{plain(first)}.{plain(last)}",
            f"{plain(first)}{plain(last)}{f.r.randint(1, 99)}",
            f"{plain(first)[0]}{plain(last)}",
            f"{plain(first)}_{plain(last)[:4]}{f.r.randint(70, 99)}",
        ]
    )
    city, state, lat, lon, prefix = f.pick(spec["cities"])
    return Person(
        country=country,
        first=first,
        last=last,
        email=f"{user}@{f.pick(spec['domains'])}",
        phone=phone_for(f, country),
        street=f"{f.r.randint(1, HOUSE_NUMBERS[country])} {f.pick(spec['streets'])}",
        line2=f.pick(spec["line2"]) if f.r.random() < 0.4 else None,
        city=city,
        state=state,
        postcode=postcode_for(f, country, prefix),
        lat=round(lat + f.r.uniform(-0.15, 0.15), 6),
        lon=round(lon + f.r.uniform(-0.15, 0.15), 6),
        dob=f.date(1952, 2005),
    )


# -- ids with checksums ------------------------------------------------------------------------------


def aba(f: Fake) -> str:
    d = [int(c) for c in f"{f.pick([1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31, 32]):02d}"]
    d += [f.r.randint(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def sin(f: Fake) -> str:
    n = f.luhn_complete(
        str(f.pick([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    )
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        for last in range(10):
            if sum(w * x for w, x in zip(weights, [*d, last], strict=True)) % 11 == 0:
                n = "".join(map(str, d)) + str(last)
                return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def nino(f: Fake) -> str:
    pre = f.pick(["JH", "NP", "SX", "PR", "WL", "KR", "AB", "CE", "HT", "ZA"])
    body = "".join(str(f.r.randint(0, 9)) for _ in range(6))
    suf = f.pick("ABCD")
    return f.pick([f"{pre}{body}{suf}", f"{pre} {body[:2]} {body[2:4]} {body[4:]} {suf}"])


def national_id(f: Fake, country: str) -> str:
    return {"US": f.ssn, "CA": lambda: sin(f), "GB": lambda: nino(f), "AU": lambda: tfn(f)}[country]()


def itin(f: Fake) -> str:
    return f"9{f.r.randint(0, 99):02d}-{f.pick([70, 75, 78, 83, 88, 90, 94])}-{f.r.randint(1, 9999):04d}"


def acct_no(f: Fake, country: str) -> str:
    return {
        "US": lambda: f.digits(f.pick([9, 10, 12])),
        "GB": lambda: f.digits(8),
        "CA": lambda: f.digits(7),
        "AU": lambda: f.digits(f.pick([6, 8, 9])),
    }[country]()


def bank_code(f: Fake, country: str) -> str:
    return {
        "US": lambda: aba(f),
        "GB": lambda: (
            f"{f.pick(['20', '40', '60', '30', '77', '09'])}-{f.r.randint(0, 99):02d}-"
            f"{f.r.randint(0, 99):02d}"
        ),
        "CA": lambda: f"{f.digits(5)}-{f.pick(['001', '002', '003', '004', '006', '010', '815'])}",
        "AU": lambda: f"{f.pick(['062', '063', '033', '082', '012', '732'])}-{f.r.randint(0, 999):03d}",
    }[country]()


def dl_number(f: Fake, p: Person) -> str:
    if p.country == "GB":
        sur = (plain(p.last).upper() + "99999")[:5]
        y, m, d = p.dob.split("-")
        return (
            f"{sur}{y[2]}{m}{d}{y[3]}{plain(p.first)[0].upper()}9{f.pick('ABCDEFGHJK')}{f.r.randint(10, 99)}"
        )
    if p.country == "AU":
        return f.digits(f.pick([8, 9]))
    if p.country == "CA":
        return f"{plain(p.last)[0].upper()}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}"
    return f.pick(
        [f"{plain(p.last)[0].upper()}{f.digits(7)}", f.digits(9), f"{f.pick('ABDFS')}{f.digits(12)}"]
    )


def ipv6(f: Fake) -> str:
    pre = f.pick(["2600:1700", "2601:646", "2a02:c7c", "2a00:23c5", "2001:56a", "2405:6e00", "2001:8003"])
    return (
        pre
        + ":"
        + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(f.pick([2, 6])))
        + ("" if f.r.random() < 0.5 else "::1")
    )


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def epoch_s(f: Fake) -> int:
    return f.r.randint(1_700_000_000, 1_735_000_000)


def day(f: Fake, year=2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def idfa(f: Fake) -> str:
    return f.uuid().upper() if f.r.random() < 0.85 else "00000000-0000-0000-0000-000000000000"


# -- rendering: build.py's render plus optional keys and mixed arrays --------------------------------


@dataclass
class Opt:
    """A key present in a share of the messages (optional properties, vendor fields)."""

    item: Any
    p: float = 0.6


@dataclass
class Seq:
    """An array whose elements have different shapes (Typeform answers)."""

    items: list


_MISSING = object()


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Opt):
        if f.r.random() >= template.p:
            return _MISSING
        return render(template.item, f, path, labels)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            rendered = render(value, f, f"{path}.{key}", labels)
            if rendered is not _MISSING:
                out[key] = rendered
        return out
    raise TypeError(type(template))


# -- contexts -----------------------------------------------------------------------------------------

BRANDS = {
    "craftly": ("Craftly", "com.craftly", "https://www.craftly.com"),
    "boxjoy": ("BoxJoy", "com.boxjoy", "https://boxjoy.co"),
    "cardly": ("Cardly", "app.cardly", "https://app.cardly.money"),
}
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]
PAGES = {
    "craftly": [
        ("/", "Craftly - Handmade, vintage and one of a kind"),
        ("/search", "Search results | Craftly"),
        ("/listing/{n}/hand-thrown-ceramic-mug", "Hand Thrown Ceramic Mug - Craftly"),
        ("/cart", "Your cart | Craftly"),
        ("/your/shops/me/dashboard", "Shop Manager - Craftly"),
    ],
    "boxjoy": [
        ("/", "BoxJoy | A box of joy every month"),
        ("/gift", "Give BoxJoy | Gift subscriptions"),
        ("/account/subscription", "My subscription - BoxJoy"),
        ("/checkout", "Checkout - BoxJoy"),
    ],
    "cardly": [
        ("/", "Cardly - Banking that rounds up"),
        ("/apply", "Apply for your Cardly card"),
        ("/dashboard", "Dashboard | Cardly"),
    ],
}
LOCALES = {"US": "en-US", "GB": "en-GB", "CA": f"{'fr-CA'}", "AU": "en-AU"}
TZS = {
    "US": ["America/Chicago", "America/Los_Angeles", "America/New_York", "America/Phoenix", "America/Boise"],
    "GB": ["Europe/London"],
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
}


def locale(f: Fake) -> str:
    c = f.p.country
    if c == "CA":
        return f.pick(["en-CA", "fr-CA"])
    return LOCALES[c]


def tz(f: Fake) -> str:
    return f.pick(TZS[f.p.country])


def web_context(brand: str):
    _, _, origin = BRANDS[brand]

    def page(f):
        path, title = f.pick(PAGES[brand])
        f.page = (path.replace("{n}", f.digits(10)), title)
        return f.page[0]

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.pinterest.com/",
                        "https://l.instagram.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "",
                        "?ref=hp_rv",
                        "?utm_source=pinterest&utm_medium=social",
                        "?gclid=Cj0KCQjw" + f.hexid(12),
                    ]
                )
            ),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: origin + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "125", "99", "8"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([False, False, True])),
                "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
            },
            0.6,
        ),
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(ip, "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["spring_makers_fair", "mothers_day_gifts", "bf_cm_2024", "gift_guide"])
                ),
                "source": G(lambda f: f.pick(["pinterest", "google", "newsletter", "facebook", "tiktok"])),
                "medium": G(lambda f: f.pick(["social", "cpc", "email", "paid_social"])),
                "term": G(
                    lambda f: f.pick(
                        [
                            "personalized necklace",
                            "subscription box gift",
                            "debit card for teens",
                            "ceramic planter",
                        ]
                    )
                ),
                "content": G(lambda f: f.pick(["carousel_2", "story_a", "hero_banner", "text_link"])),
            },
            0.35,
        ),
    }


def swift_context(brand: str):
    name, ns, _ = BRANDS[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["6.18.0", "6.19.2", "6.20.0"])),
            "build": G(lambda f: f.pick(["61800", "61902", "62004"])),
            "namespace": G(lambda f: ns + ".ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(idfa, "advertising id"), 0.5),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430, 820])),
            "height": G(lambda f: f.pick([844, 852, 932, 1180])),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: f.user_id),
            "email": Opt(Y(lambda f: f.p.email, "email"), 0.5),
        },
    }


def kotlin_context(brand: str):
    name, ns, _ = BRANDS[brand]
    ctx = {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["6.18.0", "6.19.1"])),
            "build": G(lambda f: f.pick(["6180012", "6190104"])),
            "namespace": G(lambda f: ns + ".android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "CPH2449", "moto g power (2023)"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "OP594DL1", "devonn"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["T-Mobile", "Verizon", "EE", "Vodafone AU", "Telstra", "Rogers", "Bell"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "15"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(tz),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Pro Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: f.user_id)},
    }
    if brand == "cardly":
        ctx["location"] = Opt(
            {
                "latitude": Y(lambda f: f.p.lat, "geolocation"),
                "longitude": Y(lambda f: f.p.lon, "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 0.0, 1.4])),
            },
            0.5,
        )
    return ctx


def rn_context(brand: str):
    name, ns, _ = BRANDS[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: ns + ".app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546E", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(locale),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Opt(Y(lambda f: f.p.email, "email"), 0.7),
            "firstName": Opt(Y(lambda f: f.p.first, "name"), 0.5),
        },
    }


def flutter_context(brand: str):
    name, ns, _ = BRANDS[brand]
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.0"])),
            "build": G(lambda f: f.pick(["208", "209"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-G991U"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(locale),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5.1", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 384])), "height": G(lambda f: f.pick([852, 854]))},
        "timezone": G(tz),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Opt(Y(lambda f: f.p.email, "email"), 0.5)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.1", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(client: str, brand: str):
    lib, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "ruby", "php", "python"):
        ctx["ip"] = Opt(Y(ip, "ip"), 0.7)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(WEB_UAS)), 0.5)
    if client in ("node", "go", "java"):
        ctx["requestId"] = G(lambda f: f.pick([f.uuid(), "req_" + f.hexid(20)]))
    if client in ("python", "go", "java", "dotnet"):
        ctx["active"] = G(lambda f: False)
    if client == "ruby":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.p.email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.5,
        )
    if client == "node":
        ctx["groupId"] = Opt(G(lambda f: str(f.shop_id)), 0.5)
    if client == "php":
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email")}
    return ctx


def context_for(client: str, brand: str):
    if client == "web":
        return web_context(brand)
    if client == "swift":
        return swift_context(brand)
    if client == "kotlin":
        return kotlin_context(brand)
    if client == "rn":
        return rn_context(brand)
    if client == "flutter":
        return flutter_context(brand)
    return server_context(client, brand)


# -- value pools ---------------------------------------------------------------------------------------

LISTINGS = [
    ("Hand Thrown Ceramic Mug - Speckled Oatmeal", "Home & Living", "Ceramics"),
    ("Personalised Leather Dog Collar", "Pet Supplies", "Collars"),
    ("Custom Name Necklace, 14k Gold Fill", "Jewelry", "Necklaces"),
    ("Macrame Plant Hanger - Large", "Home & Living", "Decor"),
    ("Engraved Walnut Cutting Board", "Home & Living", "Kitchen"),
    ("Hand-knit Merino Beanie", "Clothing", "Hats"),
    ("Botanical Soy Candle - Fig & Cedar", "Home & Living", "Candles"),
    ("Watercolour Pet Portrait (digital)", "Art & Collectibles", "Prints"),
    ("Vintage Pyrex Mixing Bowl Set", "Vintage", "Kitchen"),
    ("Stoneware Planter with Drainage", "Home & Living", "Planters"),
    ("Linen Apron with Pockets", "Clothing", "Aprons"),
    ("Wedding Guest Book - Calligraphy Cover", "Weddings", "Guest Books"),
]
SHOPS = [
    "OakAndEmberCo", "TheLinenLoft", "MossyStoneStudio", "KilnAndCo", "NorthShoreKnits",
    "FernGullyPrints", "SaltmarshCandles", "TimberTrailGoods", "BrassAndBloom", "PaperPlaneAtelier",
]  # fmt: skip
SHOP_LOCATIONS = [
    "Asheville, North Carolina", "Bath, United Kingdom", "Halifax, Nova Scotia", "Fremantle, Australia",
    "Santa Fe, New Mexico", "Leeds, United Kingdom", "Victoria, British Columbia", "Byron Bay, Australia",
]  # fmt: skip
SEARCHES = [
    "personalized cutting board", "name necklace", "macrame", "wedding guest book", "dog collar leather",
    "soy candle gift set", "pet portrait", "ceramic mug handmade", "baby blanket knitted", "vintage pyrex",
]  # fmt: skip


def engraving(f: Fake) -> str:
    a, b = f.pick(FIRST), f.pick(FIRST)
    return f.pick(
        [
            f"{a} & {b} · {day(f, f.r.randint(2015, 2025))}",
            f"{a} {f.pick(LAST)}",
            f"Grandpa {a}",
            f"Property of {a} {f.pick(LAST)}",
            f"{a.upper()}",
            f"Mr & Mrs {f.pick(LAST)} est. {f.r.randint(1998, 2024)}",
            f"Love you always, {a} x",
            f"{a} ❤️ {b}",
            f"If found call {f.p.phone} - {a}",
        ]
    )


def gift_note(f: Fake) -> str:
    to, frm = f.q.first, f.p.first
    return f.pick(
        [
            f"Happy birthday {to}! Love, {frm}",
            f"Dear {to}, a little something for the new flat. xx {frm}",
            f"Merry Christmas {to}! From {frm} & family",
            f"Congrats on the new job {to}!! - {frm}",
            f"{to}, thinking of you. Hugs, {frm}",
            f"For {to}, because you deserve a treat every month ♥ {frm}",
        ]
    )


def greeting(f: Fake) -> str:
    name = f.q.first
    return f.pick(
        [
            f"Hi {name}, thanks so much for your order! I'll get it in the post tomorrow.",
            f"Hello {name}! Just checking which font you'd like for the engraving",
            f"Hi {name} - yes I can do it in sage green, would that work?",
            f"Thanks {name}! Your custom order is ready to ship",
            f"Hey {name}, sorry for the delay, the kiln was down this week",
            f"Dear {name}, your parcel was returned to me, can you confirm the address?",
        ]
    )


# -- events ----------------------------------------------------------------------------------------------


def P(attr):
    return lambda f: getattr(f.p, attr)


def Q(attr):
    return lambda f: getattr(f.q, attr)


def S(attr):
    return lambda f: getattr(f.s, attr)


def sku(f):
    kind = f.pick(["MUG", "COL", "NCK", "CND", "BRD", "PRT"])
    return f"{kind}-{f.r.randint(100, 999)}-{f.pick(['S', 'M', 'L', 'OAT', 'WAL', 'GLD'])}"


def listing_id(f):
    return int(f.digits(10))


def product_line():
    return {
        "product_id": G(lambda f: f.digits(10)),
        "sku": G(lambda f: sku(f)),
        "name": G(lambda f: f.pick(LISTINGS)[0]),
        "category": G(lambda f: f.pick(LISTINGS)[1]),
        "price": G(lambda f: f.money(8, 180)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "shop_id": G(lambda f: int(f.digits(8))),
        "variant": G(
            lambda f: f.pick(["Oatmeal", "Walnut", "14k Gold Fill", "Size M", "Sterling Silver", None])
        ),
    }


CURRENCY = {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD"}


def cur(f):
    return CURRENCY[f.p.country]


CRAFTLY = [
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(P("email"), "email"),
            "firstName": Y(P("first"), "name"),
            "lastName": Y(P("last"), "name"),
            "username": Y(
                lambda f: f.pick(
                    [
                        plain(f.p.first) + plain(f.p.last)[:3],
                        plain(f.p.first) + "makes",
                        plain(f.p.first) + str(f.r.randint(1, 999)),
                    ]
                ),
                "name",
            ),
            "phone": Opt(Y(P("phone"), "phone"), 0.4),
            "birthday": Opt(Y(lambda f: f.p.dob[5:], "birthdate"), 0.5),
            "gender": Opt(
                Y(lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"), 0.5
            ),
            "avatarUrl": Opt(
                Y(
                    lambda f: (
                        f"https://i.craftlystatic.com/iusa/{f.hexid(6)}/{f.digits(9)}/iusa_75x75.{f.digits(8)}_{f.hexid(4)}.jpg"
                    ),
                    "photo",
                ),
                0.5,
            ),
            "createdAt": G(lambda f: f.iso()),
            "country": G(lambda f: f.p.country),
            "preferredCurrency": G(cur),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, True, False])),
            "isSeller": G(lambda f: f.pick([True, False, False])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email_domain": G(lambda f: f.p.email.split("@")[1]),
            "referral_code": Opt(G(lambda f: "CRF-" + f.hexid(6).upper()), 0.3),
            "signup_surface": G(lambda f: f.pick(["header", "checkout", "favorite_prompt"])),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": G(lambda f: f.pick(SEARCHES)),
            "filters": {
                "category": G(lambda f: f.pick(["all", "Jewelry", "Home & Living", "Pet Supplies"])),
                "price_max": G(lambda f: f.pick([None, 50, 100, 250])),
                "ships_to": G(lambda f: f.p.country),
                "shop_location": G(
                    lambda f: f.pick(
                        ["Anywhere", "United States", "Melbourne", "Toronto", "Bristol", "Custom"]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            "product_id": G(lambda f: f.digits(10)),
            "sku": G(lambda f: sku(f)),
            "name": G(lambda f: f.pick(LISTINGS)[0]),
            "category": G(lambda f: f.pick(LISTINGS)[1]),
            "price": G(lambda f: f.money(8, 180)),
            "currency": G(cur),
            "shop_id": G(lambda f: int(f.digits(8))),
            "shop_name": G(lambda f: f.pick(SHOPS)),
            "shop_location": G(lambda f: f.pick(SHOP_LOCATIONS)),
            "is_personalizable": G(lambda f: f.pick([True, False])),
            "image_count": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.digits(10)),
            "variant": G(
                lambda f: f.pick(["Oatmeal", "Walnut", "14k Gold Fill", "Size M", "Sterling Silver"])
            ),
            "price": G(lambda f: f.money(8, 180)),
            "quantity": G(lambda f: f.r.randint(1, 3)),
            "personalization": Y(engraving, "name", True),
            "personalization_char_count": G(lambda f: f.r.randint(3, 40)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: f.digits(10)),
            "revenue": G(lambda f: f.money(12, 400)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.pick([0, 0, 5.0, 12.5])),
            "coupon": G(lambda f: f.pick(["", "SPRINGMAKERS", "FREESHIP", "WELCOME10"])),
            "currency": G(cur),
            "products": Many(product_line(), 3),
        },
    ),
    (
        "track",
        "Checkout Field Completed",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "field": G(lambda f: "cc_number"),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "avs_zip_match": G(lambda f: f.pick([True, False, None])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: f.digits(10)),
            "total": G(lambda f: f.money(12, 400)),
            "subtotal": G(lambda f: f.money(10, 380)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 30)),
            "currency": G(cur),
            "products": Many(product_line(), 3),
            "buyer": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(P("email"), "email"),
            },
            "shipping_address": {
                "name": Y(lambda f: f.q.full if f.gift else f.p.full, "name"),
                "first_line": Y(lambda f: (f.q if f.gift else f.p).street, "address|street"),
                "second_line": Y(lambda f: (f.q if f.gift else f.p).line2, "address|street"),
                "city": Y(lambda f: (f.q if f.gift else f.p).city, "city"),
                "state": G(lambda f: (f.q if f.gift else f.p).state),
                "zip": Y(lambda f: (f.q if f.gift else f.p).postcode, "zipcode"),
                "country_iso": G(lambda f: (f.q if f.gift else f.p).country),
            },
            "is_gift": G(lambda f: f.gift),
            "shipping_method": G(
                lambda f: f.pick(["standard", "priority", "royal_mail_tracked_48", "auspost_express"])
            ),
        },
    ),
    (
        "track",
        "Gift Message Added",
        ["web", "swift"],
        {
            "order_id": G(lambda f: f.digits(10)),
            "gift_message": Y(gift_note, "name", True),
            "message_length": G(lambda f: f.r.randint(10, 140)),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["node"],
        {
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3" + f.hexid(23)),
                    "amount": G(lambda f: f.r.randint(1200, 40000)),
                    "currency": G(lambda f: cur(f).lower()),
                    "billing_details": {
                        "name": Y(lambda f: f.p.full, "name"),
                        "email": Y(P("email"), "email"),
                        "phone": Y(lambda f: f.p.phone if f.r.random() < 0.7 else None, "phone"),
                        "address": {
                            "line1": Y(P("street"), "address|street"),
                            "line2": Y(P("line2"), "address|street"),
                            "city": Y(P("city"), "city"),
                            "state": G(P("state")),
                            "postal_code": Y(P("postcode"), "zipcode"),
                            "country": G(P("country")),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "fingerprint": G(
                                lambda f: "".join(
                                    f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789")
                                    for _ in range(16)
                                )
                            ),
                            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                            "country": G(lambda f: f.p.country),
                            "checks": {
                                "address_line1_check": G(
                                    lambda f: f.pick(["pass", "fail", "unchecked", None])
                                ),
                                "address_postal_code_check": G(lambda f: f.pick(["pass", "fail", None])),
                            },
                        },
                    },
                    "receipt_email": Y(P("email"), "email"),
                    "receipt_url": G(lambda f: f"https://pay.stripe.com/receipts/payment/{f.hexid(40)}"),
                    "outcome": {
                        "risk_score": G(lambda f: f.r.randint(0, 80)),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Shipping Label Purchased",
        ["ruby"],
        {
            "object_id": G(lambda f: f.hexid(32)),
            "carrier": G(lambda f: f.pick(["usps", "royal_mail", "canada_post", "australia_post", "ups"])),
            "servicelevel": {
                "name": G(
                    lambda f: f.pick(["Priority Mail", "Tracked 48", "Expedited Parcel", "Parcel Post"])
                ),
                "token": G(
                    lambda f: f.pick(
                        [
                            "usps_priority",
                            "royal_mail_tracked_48",
                            "canada_post_expedited_parcel",
                            "australia_post_parcel_post",
                        ]
                    )
                ),
            },
            "address_from": {
                "name": Y(lambda f: f.s.full, "name"),
                "company": G(lambda f: f.pick(SHOPS)),
                "street1": Y(S("street"), "address|street"),
                "city": Y(S("city"), "city"),
                "state": G(S("state")),
                "zip": Y(S("postcode"), "zipcode"),
                "country": G(S("country")),
                "phone": Y(S("phone"), "phone"),
                "email": Y(S("email"), "email"),
            },
            "address_to": {
                "name": Y(lambda f: f.p.full, "name"),
                "street1": Y(P("street"), "address|street"),
                "street2": Y(lambda f: f.p.line2 or "", "address|street"),
                "city": Y(P("city"), "city"),
                "state": G(P("state")),
                "zip": Y(P("postcode"), "zipcode"),
                "country": G(P("country")),
                "is_residential": G(lambda f: f.pick([True, True, None])),
            },
            "parcel": {
                "length": G(lambda f: str(f.r.randint(6, 18))),
                "weight": G(lambda f: str(round(f.r.uniform(0.2, 4.5), 2))),
            },
            "tracking_number": G(
                lambda f: f.pick(["9400" + f.digits(18), "TT" + f.digits(9) + "GB", f.digits(16)])
            ),
            "label_url": G(lambda f: f"https://deliver.goshippo.com/{f.hexid(32)}.pdf"),
            "rate": {"amount": G(lambda f: str(f.money(3, 40))), "currency": G(lambda f: cur(f))},
            "order_id": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Message Sent",
        ["web", "swift", "kotlin"],
        {
            "conversation_id": G(lambda f: int(f.digits(11))),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: "seller"),
            "recipient_user_id": G(lambda f: int(f.digits(9))),
            "preview": Y(greeting, "name", True),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "message_length": G(lambda f: f.r.randint(20, 900)),
            "related_order_id": G(lambda f: f.pick([f.digits(10), None])),
        },
    ),
    (
        "track",
        "Custom Order Requested",
        ["web", "swift"],
        {
            "request_id": G(lambda f: f.uuid()),
            "listing_id": G(listing_id),
            "shop_id": G(lambda f: int(f.digits(8))),
            "budget": G(lambda f: f.pick([50, 75, 120, 200, 350])),
            "currency": G(cur),
            "needed_by": G(lambda f: day(f, 2025)),
            "request_text": G(
                lambda f: f.pick(
                    [
                        "Could you make this in sage green with a 20cm diameter?",
                        "Looking for a set of 6 matching mugs for a wedding party",
                        "Is it possible to add a second charm to the necklace?",
                        "Can the board be 18 inches instead of 14?",
                        "Would love the candle in a larger tin, no dye please",
                    ]
                )
            ),
            "recipient_first_name": Y(Q("first"), "name"),
            "engraving_text": Y(engraving, "name", True),
            "engraving_font": G(lambda f: f.pick(["script", "serif", "block", "typewriter"])),
        },
    ),
    (
        "track",
        "Shop Created",
        ["web"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "shop_name": G(lambda f: f.pick(SHOPS)),
            "shop_currency": G(cur),
            "shop_country": G(lambda f: f.p.country),
            "seller": {
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "date_of_birth": Y(P("dob"), "birthdate"),
                "email": Y(P("email"), "email"),
                "phone_number": Y(P("phone"), "phone"),
                "phone_type": G(lambda f: f.pick(["mobile", "landline"])),
            },
            "onboarding_step": G(lambda f: f.pick(["name_shop", "stock_shop", "payouts", "billing"])),
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        ["ruby"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "tax_country": G(lambda f: f.p.country),
            "tax_id_type": G(lambda f: {"US": "ssn", "CA": "sin", "GB": "nino", "AU": "tfn"}[f.p.country]),
            "tax_id": RED(lambda f: national_id(f, f.p.country), "national id"),
            "legal_name": Y(lambda f: f.p.full, "name"),
            "business_type": G(lambda f: f.pick(["individual", "sole_proprietor"])),
            "tax_form": G(
                lambda f: {"US": "W-9", "CA": "T4A-NR", "GB": "DAC7", "AU": "ABN_WITHHOLDING"}[f.p.country]
            ),
            "address_line1": Y(P("street"), "address|street"),
            "postal_code": Y(P("postcode"), "zipcode"),
            "w9_signed": G(lambda f: f.pick([True, False])),
            "ssn_provided": G(lambda f: f.p.country == "US"),
        },
    ),
    (
        "track",
        "Seller Identity Confirmed",
        ["ruby"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "itin": Opt(RED(itin, "national id"), 0.5),
            "dob_match": G(lambda f: f.pick([True, False])),
            "name_match": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["node", "python"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "payout_currency": G(cur),
            "country": G(lambda f: f.p.country),
            "bank_name": G(
                lambda f: {
                    "US": f.pick(["Chase", "Wells Fargo", "Ally Bank"]),
                    "GB": f.pick(["Barclays", "Monzo", "Nationwide"]),
                    "CA": f.pick(["RBC", "TD Canada Trust", "Desjardins"]),
                    "AU": f.pick(["Commonwealth Bank", "Westpac", "ANZ"]),
                }[f.p.country]
            ),
            "routing_number": G(lambda f: aba(f) if f.p.country == "US" else None),
            "sort_code": G(lambda f: bank_code(f, "GB") if f.p.country == "GB" else None),
            "bsb": G(lambda f: bank_code(f, "AU") if f.p.country == "AU" else None),
            "transit_number": G(lambda f: f.digits(5) if f.p.country == "CA" else None),
            "institution_number": G(
                lambda f: f.pick(["001", "003", "004", "815"]) if f.p.country == "CA" else None
            ),
            "account_number": RED(lambda f: acct_no(f, f.p.country), "bank account"),
            "iban": RED(lambda f: f.iban("GB") if f.p.country == "GB" else None, "bank account"),
            "account_holder_name": Y(lambda f: f.p.full, "name"),
            "account_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Shop Member Added",
        ["web"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "member": {
                "name": Y(lambda f: f.q.full, "name"),
                "email": Y(Q("email"), "email"),
                "role": G(lambda f: f.pick(["helper", "photographer", "co-owner", "packer"])),
                "can_manage_orders": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Listing Created",
        ["web"],
        {
            "listing_id": G(listing_id),
            "title": G(lambda f: f.pick(LISTINGS)[0]),
            "description": G(
                lambda f: f.pick(
                    [
                        "Each mug is thrown by hand on the wheel, so no two are quite the same. "
                        "Dishwasher safe.",
                        "Made from full grain leather with solid brass hardware.",
                        "Enter the name you would like engraved at checkout (max 12 characters).",
                        "Hand poured in small batches using coconut soy wax. Burn time 45 hours.",
                    ]
                )
            ),
            "price": G(lambda f: f.money(8, 180)),
            "quantity": G(lambda f: f.r.randint(1, 40)),
            "tags": Many(
                G(
                    lambda f: f.pick(
                        ["gift for her", "personalized", "housewarming", "handmade", "wedding", "pet lover"]
                    )
                ),
                5,
            ),
            "when_made": G(lambda f: f.pick(["made_to_order", "2020_2024", "1970s"])),
            "is_personalizable": G(lambda f: f.pick([True, False])),
            "personalization_instructions": G(
                lambda f: f.pick(
                    [
                        "Enter the name for engraving",
                        "Pet name + phone number for the tag",
                        "Initials (up to 3 letters)",
                        None,
                    ]
                )
            ),
            "state": G(lambda f: f.pick(["active", "draft"])),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift", "kotlin"],
        {
            "review_id": G(lambda f: int(f.digits(10))),
            "listing_id": G(listing_id),
            "transaction_id": G(lambda f: int(f.digits(10))),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "Beautiful mug, even nicer in person. Arrived well packed.",
                        "Took a while to arrive but worth the wait",
                        "The engraving is perfect, my husband loved it",
                        "Colour is a bit darker than the photos",
                        "Gorgeous quality, will order again!",
                        "",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.p.first} {f.p.last[0]}.", "name"),
            "reviewer_location": Y(lambda f: f"{f.p.city}, {f.p.state}", "city"),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Case Opened",
        ["node"],
        {
            "case_id": G(lambda f: int(f.digits(9))),
            "order_id": G(lambda f: f.digits(10)),
            "reason": G(lambda f: f.pick(["not_received", "not_as_described", "damaged", "wrong_item"])),
            "amount": G(lambda f: f.money(12, 300)),
            "currency": G(cur),
            "buyer_email": Y(P("email"), "email"),
            "buyer_name": Y(lambda f: f.p.full, "name"),
            "seller_email": Y(S("email"), "email"),
            "contact_phone": Opt(Y(P("phone"), "phone"), 0.6),
            "description": G(
                lambda f: f.pick(
                    [
                        "Tracking says delivered but nothing arrived",
                        "The mug arrived in pieces",
                        "Engraving has a spelling mistake",
                        "Item is a different colour than listed",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Case Resolved",
        ["python"],
        {
            "case_id": G(lambda f: int(f.digits(9))),
            "outcome": G(lambda f: f.pick(["refund_buyer", "seller_favor", "partial_refund", "withdrawn"])),
            "refund_amount": G(lambda f: f.money(0, 300)),
            "resolved_by": {
                "staff_id": G(lambda f: "stf_" + f.digits(5)),
                "full_name": Y(lambda f: f.s.full, "name"),
                "email": Y(lambda f: f"{plain(f.s.first)}.{plain(f.s.last)}@craftly.com", "email"),
            },
            "resolution_note": G(
                lambda f: f.pick(
                    [
                        "Refund issued per policy 4.2",
                        "Seller provided proof of delivery",
                        "Buyer withdrew case",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Customer Lookup Performed",
        ["python"],
        {
            "q": Y(P("email"), "email", True),
            "tool": G(lambda f: "support_console"),
            "agent_id": G(lambda f: "stf_" + f.digits(5)),
            "results": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Commande personnalisée créée",
        ["php"],
        {
            "numero_commande": G(lambda f: "QC-" + f.digits(6)),
            "boutique": G(lambda f: f.pick(SHOPS)),
            "prenom": Y(P("first"), "name"),
            "nom": Y(P("last"), "name"),
            "courriel": Y(P("email"), "email"),
            "telephone": Y(P("phone"), "phone"),
            "adresse": Y(P("street"), "address|street"),
            "ville": Y(P("city"), "city"),
            "province": G(P("state")),
            "code_postal": Y(P("postcode"), "zipcode"),
            "texte_gravure": Y(engraving, "name", True),
            "prix": G(lambda f: f.money(15, 220)),
        },
    ),
    (
        "page",
        "Listing",
        ["web"],
        {
            "path": G(lambda f: f"/listing/{f.digits(10)}/hand-thrown-ceramic-mug"),
            "url": G(
                lambda f: (
                    f"https://www.craftly.com/listing/{f.digits(10)}/hand-thrown-ceramic-mug"
                    f"?ref=search_grid-{f.r.randint(1, 48)}"
                )
            ),
            "title": G(lambda f: f.pick(LISTINGS)[0] + " - Craftly"),
            "referrer": G(
                lambda f: f.pick(["https://www.craftly.com/search?q=mug", "", "https://www.pinterest.com/"])
            ),
            "search": G(lambda f: f"?ref=search_grid-{f.r.randint(1, 48)}"),
            "listing_id": G(listing_id),
        },
    ),
    (
        "screen",
        "Shop Home",
        ["swift", "kotlin"],
        {
            "shop_id": G(lambda f: int(f.digits(8))),
            "shop_name": G(lambda f: f.pick(SHOPS)),
            "is_favorite": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["node"],
        {
            "name": G(lambda f: f.pick(SHOPS)),
            "plan": G(lambda f: f.pick(["standard", "craftly_plus"])),
            "shop_location": G(lambda f: f.pick(SHOP_LOCATIONS)),
            "created_at": G(lambda f: f.iso()),
            "active_listings": G(lambda f: f.r.randint(0, 900)),
            "owner_name": Y(lambda f: f.p.full, "name"),
        },
    ),
    (
        "track",
        "Shipping Address Saved",
        ["web", "swift", "kotlin"],
        {
            "address_id": G(lambda f: int(f.digits(11))),
            "full_name": Y(lambda f: f.p.full, "name"),
            "address_line_1": Y(P("street"), "address|street"),
            "address_line_2": Y(P("line2"), "address|street"),
            "town_city": Y(P("city"), "city"),
            "county_state": G(P("state")),
            "postcode": Y(P("postcode"), "zipcode"),
            "country": G(P("country")),
            "phone": Y(lambda f: f.p.phone if f.r.random() < 0.5 else None, "phone"),
            "is_default": G(lambda f: f.pick([True, False])),
            "address_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Seller Document Uploaded",
        ["python"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "document_type": G(lambda f: "passport"),
            "passport_number": RED(
                lambda f: f.pick(
                    [
                        f.digits(9),
                        f"{f.pick('ABCEGHJKLMNP')}{f.pick('ABCEGHJKLMNP')}{f.digits(6)}",
                        f"PA{f.digits(7)}",
                    ]
                ),
                "passport",
            ),
            "issuing_country": G(P("country")),
            "document_front_url": Y(
                lambda f: f"https://kyc-uploads.craftly.com/{f.uuid()}/front.jpg", "photo"
            ),
            "document_expiry": G(lambda f: day(f, f.r.randint(2026, 2034))),
            "mrz_checksum_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Shop App Connected",
        ["node"],
        {
            "shop_id": G(lambda f: f.shop_id),
            "app_name": G(lambda f: f.pick(["Printful", "ShipStation", "QuickBooks", "Pinterest Shopping"])),
            "scopes": Many(G(lambda f: f.pick(["listings_r", "listings_w", "transactions_r", "shops_r"])), 3),
            "access_token": RED(lambda f: f"{f.digits(9)}.{f.hexid(40)}", "token"),
            "refresh_token": RED(lambda f: f"{f.digits(9)}.{f.hexid(48)}", "token"),
            "expires_in": G(lambda f: 3600),
        },
    ),
    ("alias", None, ["web", "swift"], {}),
]


BOX_PLANS = ["Joy Mini", "Joy Classic", "Joy Deluxe", "Pup Box", "Glow (self-care)"]
PET_NAMES = ["Biscuit", "Mochi", "Pickles", "Luna", "Waffles", "Bear", "Nugget", "Pepper", "Ziggy"]

BOXJOY = [
    (
        "track",
        "Address Validation Failed",
        ["php"],
        {
            "input_address": Y(
                lambda f: ", ".join(
                    x for x in [f.p.street, f.p.line2, f.p.city, f.p.state, f.p.postcode] if x
                ),
                "address",
            ),
            "suggested_address": Y(
                lambda f: f"{f.p.street.upper()}, {f.p.city.upper()} {f.p.state} {f.p.postcode}", "address"
            ),
            "dpv_match_code": G(lambda f: f.pick(["N", "S", "D"])),
            "footnotes": G(lambda f: f.pick(["AAN1", "AABB", "A#M#"])),
            "subscription_id": G(lambda f: f"sub_{f.digits(8)}"),
        },
    ),
    (
        "identify",
        None,
        ["web", "rn"],
        {
            "email": Y(P("email"), "email"),
            "first_name": Y(P("first"), "name"),
            "last_name": Y(P("last"), "name"),
            "phone_number": Opt(Y(P("phone"), "phone"), 0.6),
            "birthday": Opt(Y(P("dob"), "birthdate"), 0.5),
            "zip": Y(P("postcode"), "zipcode"),
            "subscription_status": G(lambda f: f.pick(["active", "paused", "cancelled", "trialing"])),
            "plan": G(lambda f: f.pick(BOX_PLANS)),
            "referral_code": G(lambda f: "BJ-" + f.hexid(6).upper()),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "instagram_handle": Opt(
                Y(lambda f: "@" + plain(f.p.first) + f.pick(["_", ".", ""]) + plain(f.p.last)[:5], "name"),
                0.5,
            ),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "age_range": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "dietary_preference": G(
                lambda f: f.pick(["no preference", "vegetarian", "vegan", "pescatarian", "keto"])
            ),
            "allergies": Many(
                Y(
                    lambda f: f.pick(
                        ["peanuts", "tree nuts", "gluten", "dairy", "soy", "sesame", "shellfish"]
                    ),
                    "allergy",
                ),
                2,
            ),
            "pet": Opt(
                {
                    "name": G(lambda f: f.pick(PET_NAMES)),
                    "breed": G(
                        lambda f: f.pick(["Labrador", "Cavoodle", "Staffy", "French Bulldog", "Mixed"])
                    ),
                    "birthday": G(lambda f: day(f, f.r.randint(2012, 2023))),
                    "weight_lbs": G(lambda f: f.r.randint(6, 90)),
                },
                0.4,
            ),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["php", "python"],
        {
            "subscription_id": G(lambda f: f"sub_{f.digits(8)}"),
            "plan_id": G(lambda f: f.pick(["joy-mini-m", "joy-classic-m", "joy-deluxe-3m", "pup-m"])),
            "plan_name": G(lambda f: f.pick(BOX_PLANS)),
            "price": G(lambda f: f.pick([24.99, 34.99, 49.99, 89.97])),
            "currency": G(cur),
            "coupon": G(lambda f: f.pick([None, "FIRSTBOX50", "JOYFRIEND"])),
            "shipping_address": {
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "address1": Y(P("street"), "address|street"),
                "address2": Y(P("line2"), "address|street"),
                "city": Y(P("city"), "city"),
                "province": G(P("state")),
                "zip": Y(P("postcode"), "zipcode"),
                "country_code": G(P("country")),
                "phone": Y(lambda f: f.p.phone if f.r.random() < 0.6 else None, "phone"),
            },
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ["web"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "months": G(lambda f: f.pick([1, 3, 6, 12])),
            "plan_name": G(lambda f: f.pick(BOX_PLANS)),
            "revenue": G(lambda f: f.money(25, 300)),
            "currency": G(cur),
            "giver_name": Y(lambda f: f.p.full, "name"),
            "recipient": {
                "first_name": Y(Q("first"), "name"),
                "last_name": Y(Q("last"), "name"),
                "email": Y(lambda f: f.q.email if f.r.random() < 0.7 else None, "email"),
                "address1": Y(Q("street"), "address|street"),
                "city": Y(Q("city"), "city"),
                "province_code": G(Q("state")),
                "zip": Y(Q("postcode"), "zipcode"),
                "country_code": G(Q("country")),
                "phone": Y(lambda f: f.q.phone if f.r.random() < 0.5 else None, "phone"),
            },
            "recipient_relationship": G(
                lambda f: f.pick(["friend", "mother", "partner", "sister", "coworker", "self"])
            ),
            "notify_recipient_by": G(lambda f: f.pick(["email", "printable_card", "none"])),
            "gift_note": Y(gift_note, "name", True),
        },
    ),
    (
        "track",
        "Gift Card Printed",
        ["web"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "design": G(lambda f: f.pick(["confetti", "botanical", "paws", "minimal"])),
            "text": Y(gift_note, "name", True),
        },
    ),
    (
        "track",
        "Gift Redeemed",
        ["web", "rn"],
        {
            "gift_code": G(lambda f: f"JOY-{f.hexid(4).upper()}-{f.hexid(4).upper()}"),
            "redeemer_email": Y(P("email"), "email"),
            "months_remaining": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Box Skipped",
        ["rn", "web"],
        {
            "subscription_id": G(lambda f: f"sub_{f.digits(8)}"),
            "skipped_month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "reason": G(lambda f: f.pick(["travelling", "too_much_product", "budget", "other"])),
            "reason_other": G(
                lambda f: f.pick(
                    [
                        "",
                        "on holiday in August",
                        "still have last month's snacks",
                        "moving house",
                        "money is tight this month",
                    ]
                )
            ),
            "skips_remaining": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["web", "rn"],
        {
            "subscription_id": G(lambda f: f"sub_{f.digits(8)}"),
            "cancel_reason": G(
                lambda f: f.pick(["too_expensive", "not_using", "quality", "switching", "other"])
            ),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "",
                        "Loved it but need to cut back",
                        "Too many repeats of the same brand",
                        "The pup box toys broke fast",
                    ]
                )
            ),
            "winback_offer_shown": G(lambda f: f.pick([True, False])),
            "months_active": G(lambda f: f.r.randint(1, 36)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "web"],
        {
            "referral_code": G(lambda f: "BJ-" + f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["email", "contacts"])),
            "invitees": Many(
                {
                    "name": Y(lambda f: person(f).full, "name"),
                    "email": Y(lambda f: person(f).email, "email"),
                },
                3,
            ),
            "reward_offered": G(lambda f: f.pick(["$15 credit", "free box", "£10 off"])),
        },
    ),
    (
        "track",
        "Referral Converted",
        ["python"],
        {
            "referrer_user_id": G(lambda f: "bj_" + f.digits(7)),
            "referee_user_id": G(lambda f: "bj_" + f.digits(7)),
            "referee_first_name": Y(Q("first"), "name"),
            "reward_amount": G(lambda f: f.pick([10, 15, 20])),
            "reward_type": G(lambda f: f.pick(["credit", "free_box"])),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["python"],
        {
            "form_response": {
                "form_id": G(lambda f: f.pick(["lT4Z3j", "bJ7mQa"])),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"user_id": G(lambda f: "bj_" + f.digits(7)), "email": Y(P("email"), "email")},
                "definition": {
                    "id": G(lambda f: f.pick(["lT4Z3j", "bJ7mQa"])),
                    "title": G(lambda f: f.pick(["Box feedback - June", "Tell us about you"])),
                },
                "answers": Seq(
                    [
                        {
                            "type": G(lambda f: "choice"),
                            "choice": {"label": G(lambda f: f.pick(["Loved it", "It was OK", "Not for me"]))},
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "multiple_choice"),
                                "ref": G(lambda f: "box_rating"),
                            },
                        },
                        {
                            "type": G(lambda f: "text"),
                            "text": G(
                                lambda f: f.pick(
                                    [
                                        "More chocolate please",
                                        "The lip balm was amazing",
                                        "Less tea, more coffee",
                                        "Nothing to add",
                                    ]
                                )
                            ),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "long_text"),
                                "ref": G(lambda f: "improve"),
                            },
                        },
                        {
                            "type": G(lambda f: "email"),
                            "email": Y(P("email"), "email"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "email"),
                                "ref": G(lambda f: "contact_email"),
                            },
                        },
                        {
                            "type": G(lambda f: "phone_number"),
                            "phone_number": Y(P("phone"), "phone"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "phone_number"),
                                "ref": G(lambda f: "sms"),
                            },
                        },
                        {
                            "type": G(lambda f: "number"),
                            "number": G(lambda f: f.r.randint(0, 10)),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "opinion_scale"),
                                "ref": G(lambda f: "nps"),
                            },
                        },
                        {
                            "type": G(lambda f: "boolean"),
                            "boolean": G(lambda f: f.pick([True, False])),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "yes_no"),
                                "ref": G(lambda f: "would_gift"),
                            },
                        },
                    ]
                ),
            },
            "event_id": G(lambda f: f.hexid(26).upper()),
        },
    ),
    (
        "track",
        "Beauty Profile Updated",
        ["rn"],
        {
            "skin_type": G(lambda f: f.pick(["dry", "oily", "combination", "normal", "sensitive"])),
            "skin_concerns": Many(
                Y(
                    lambda f: f.pick(
                        ["acne", "eczema", "rosacea", "psoriasis", "hyperpigmentation", "dryness"]
                    ),
                    "condition",
                ),
                3,
            ),
            "fragrance_free": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Box Item Rated",
        ["rn", "web"],
        {
            "box_id": G(lambda f: f"box_{f.digits(6)}"),
            "item_name": G(
                lambda f: f.pick(
                    [
                        "Sea Salt Caramels",
                        "Rosehip Face Oil",
                        "Lavender Bath Bomb",
                        "Tug Rope Toy",
                        "Matcha Sampler",
                    ]
                )
            ),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["", "My dog destroyed it in 5 minutes", "Smells amazing", "Too sweet for me"]
                )
            ),
        },
    ),
    (
        "track",
        "Box Shipped",
        ["php"],
        {
            "orderNumber": G(lambda f: "BJ" + f.digits(7)),
            "shipmentId": G(lambda f: int(f.digits(9))),
            "carrierCode": G(lambda f: f.pick(["stamps_com", "royal_mail", "canada_post", "auspost"])),
            "trackingNumber": G(
                lambda f: f.pick(["9400" + f.digits(18), "JD" + f.digits(16) + "GB", f.digits(16)])
            ),
            "shipDate": G(lambda f: day(f)),
            "shipTo": {
                "name": Y(lambda f: f.p.full, "name"),
                "street1": Y(P("street"), "address|street"),
                "street2": Y(P("line2"), "address|street"),
                "city": Y(P("city"), "city"),
                "state": G(P("state")),
                "postalCode": Y(P("postcode"), "zipcode"),
                "country": G(P("country")),
                "phone": Y(P("phone"), "phone"),
                "residential": G(lambda f: True),
                "addressVerified": G(
                    lambda f: f.pick(["Address validated successfully", "Address not yet validated"])
                ),
            },
            "weight": {"value": G(lambda f: round(f.r.uniform(1, 6), 1))},
        },
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        {
            "email": Y(P("email"), "email"),
            "dataFields": {
                "campaignId": G(lambda f: int(f.digits(7))),
                "templateId": G(lambda f: int(f.digits(8))),
                "messageId": G(lambda f: f.hexid(32)),
                "emailSubject": G(
                    lambda f: f.pick(
                        [
                            "Your June box is on its way 📦",
                            "Skip, swap or gift?",
                            "A little something for your pup",
                        ]
                    )
                ),
                "userAgent": G(lambda f: f.pick(WEB_UAS)),
                "ip": Y(ip, "ip"),
                "city": Y(P("city"), "city"),
            },
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(P("first"), "name"),
            "LAST_NAME": Y(P("last"), "name"),
            "EMAIL": Y(P("email"), "email"),
            "PHONE": Y(P("phone"), "phone"),
            "DATE_OF_BIRTH": Y(P("dob"), "birthdate"),
            "POSTAL_CODE": Y(P("postcode"), "zipcode"),
            "STATE_CODE": G(P("state")),
            "LTV_USD": G(lambda f: f.money(20, 2000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "BOXES_SHIPPED": G(lambda f: f.r.randint(0, 48)),
            "LAST_BOX_DATE": G(lambda f: day(f)),
            "IS_GIFTER": G(lambda f: f.pick([True, False])),
            "ACQUISITION_CHANNEL": G(lambda f: f.pick(["PAID_SOCIAL", "REFERRAL", "ORGANIC", "PODCAST"])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Newsletter Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "footer_signup"),
            "value": Y(P("email"), "email", True),
            "placement": G(lambda f: f.pick(["footer", "exit_intent", "blog_inline"])),
        },
    ),
    (
        "track",
        "SMS Opt-In Submitted",
        ["web", "rn"],
        {
            "input": Y(P("phone"), "phone", True),
            "field_name": G(lambda f: "sms_number"),
            "consent_text_version": G(lambda f: f.pick(["v3", "v4"])),
        },
    ),
    (
        "screen",
        "Next Box",
        ["rn"],
        {
            "box_month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "items_revealed": G(lambda f: f.r.randint(0, 6)),
            "can_swap": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Gift",
        ["web"],
        {
            "path": G(lambda f: "/gift"),
            "url": G(
                lambda f: (
                    "https://boxjoy.co/gift" + f.pick(["", "?occasion=birthday", "?occasion=mothers-day"])
                )
            ),
            "title": G(lambda f: "Give BoxJoy | Gift subscriptions"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?occasion=birthday", "?occasion=mothers-day"])),
        },
    ),
]


MERCHANTS = [
    ("STARBUCKS STORE 10432", "5814", "SEATTLE", "WA", "98101"),
    ("TRADER JOE'S #552", "5411", "AUSTIN", "TX", "78704"),
    ("SHELL OIL 57444", "5541", "COLUMBUS", "OH", "43215"),
    ("AMZN Mktp US*2K4", "5942", "AMZN.COM/BILL", "WA", "98109"),
    ("UBER *TRIP", "4121", "SAN FRANCISCO", "CA", "94103"),
    ("CVS/PHARMACY #0821", "5912", "RALEIGH", "NC", "27601"),
    ("SPOTIFY USA", "4899", "NEW YORK", "NY", "10011"),
    ("CHIPOTLE 2231", "5814", "PORTLAND", "OR", "97205"),
]


def merchant(i):
    return lambda f: f.merchant[i]


def card_token(f):
    return f.uuid()


CARDLY = [
    (
        "track",
        "Beneficiary Added",
        ["swift", "kotlin"],
        {
            "vault_id": G(lambda f: f.uuid()),
            "beneficiary": {
                "first_name": Y(Q("first"), "name"),
                "last_name": Y(Q("last"), "name"),
                "dob": Y(lambda f: f.date(1940, 2020), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "sibling"])),
                "percentage": G(lambda f: f.pick([25, 50, 100])),
            },
            "beneficiary_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["dotnet"],
        {
            "Email": Y(P("email"), "email"),
            "ResetToken": RED(lambda f: f.hexid(8) + "-" + f.hexid(24), "token|password"),
            "TokenExpiresAt": G(lambda f: f.iso()),
            "RequestIp": Y(ip, "ip"),
            "Channel": G(lambda f: f.pick(["Email", "Sms"])),
            "AttemptsToday": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Support Conversation Started",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: int(f.digits(12))),
            "user": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(P("email"), "email"),
                "user_id": G(lambda f: f.user_id),
            },
            "topic": G(
                lambda f: f.pick(["card_not_arrived", "dispute_charge", "direct_deposit", "locked_out"])
            ),
            "first_message": G(
                lambda f: f.pick(
                    [
                        "When will my card arrive?",
                        "I don't recognise a charge",
                        "My paycheck hasn't shown up",
                        "Can't log in",
                    ]
                )
            ),
            "channel": G(lambda f: "messenger"),
        },
    ),
    (
        "identify",
        None,
        ["swift", "kotlin", "flutter"],
        {
            "email": Y(P("email"), "email"),
            "phone": Y(P("phone"), "phone"),
            "first_name": Y(P("first"), "name"),
            "last_name": Y(P("last"), "name"),
            "address": {
                "line1": Y(P("street"), "address|street"),
                "line2": Y(P("line2"), "address|street"),
                "city": Y(P("city"), "city"),
                "state": G(P("state")),
                "postal_code": Y(P("postcode"), "zipcode"),
            },
            "kyc_status": G(lambda f: f.pick(["approved", "pending_review", "needs_document"])),
            "card_status": G(lambda f: f.pick(["active", "shipped", "locked", "not_ordered"])),
            "has_direct_deposit": G(lambda f: f.pick([True, False])),
            "roundups_enabled": G(lambda f: f.pick([True, False])),
            "created_at": G(lambda f: f.iso()),
            "military_status": Opt(
                RED(lambda f: f.pick(["civilian", "active_duty", "veteran", "reserve"]), "veteran"), 0.5
            ),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "date_of_birth": Y(P("dob"), "birthdate"),
            "ssn_last4": Opt(RED(lambda f: f.ssn()[-4:], "social security number"), 0.6),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["dotnet"],
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "FirstName": Y(P("first"), "name"),
            "LastName": Y(P("last"), "name"),
            "DateOfBirth": Y(lambda f: f.p.dob + "T00:00:00", "birthdate"),
            "Ssn": RED(
                lambda f: f.ssn().replace("-", "") if f.r.random() < 0.4 else f.ssn(),
                "social security number",
            ),
            "EmailAddress": Y(P("email"), "email"),
            "MobileNumber": Y(P("phone"), "phone"),
            "AddressLine1": Y(P("street"), "address|street"),
            "City": Y(P("city"), "city"),
            "State": G(P("state")),
            "ZipCode": Y(P("postcode"), "zipcode"),
            "CitizenshipCountry": Y(
                lambda f: f.pick(["US", "US", "US", "MX", "IN", "PH", "NG"]), "citizenship"
            ),
            "AnnualIncome": Y(lambda f: f.pick([18000, 32000, 45000, 61000, 87000, 120000]), "salary"),
            "Employer": G(lambda f: f.pick(["Walmart", "Amazon", "Kroger", "Self", "Target", "UPS"])),
            "IpAddress": Y(ip, "ip"),
            "DeviceFingerprint": G(lambda f: f.hexid(40)),
            "SubmittedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ID Verification Completed",
        ["go"],
        {
            "data": {
                "type": G(lambda f: "inquiry"),
                "id": G(lambda f: "inq_" + f.hexid(24)),
                "attributes": {
                    "status": G(lambda f: f.pick(["completed", "approved", "needs_review", "failed"])),
                    "reference-id": G(lambda f: f.user_id),
                    "created-at": G(lambda f: f.iso()),
                    "completed-at": G(lambda f: f.iso()),
                    "name-first": Y(P("first"), "name"),
                    "name-middle": Y(lambda f: f.pick([None, None, f.pick(FIRST)]), "name"),
                    "name-last": Y(P("last"), "name"),
                    "birthdate": Y(P("dob"), "birthdate"),
                    "address-street-1": Y(P("street"), "address|street"),
                    "address-street-2": Y(P("line2"), "address|street"),
                    "address-city": Y(P("city"), "city"),
                    "address-subdivision": G(P("state")),
                    "address-postal-code": Y(P("postcode"), "zipcode"),
                    "country-code": G(lambda f: "US"),
                    "email-address": Y(P("email"), "email"),
                    "phone-number": Y(P("phone"), "phone"),
                    "identification-class": G(lambda f: f.pick(["dl", "dl", "id"])),
                    "identification-number": Y(lambda f: dl_number(f, f.p), "identification|license"),
                    "selfie-photo-url": Y(
                        lambda f: f"https://files.withpersona.com/selfie/{f.hexid(24)}.jpg", "photo"
                    ),
                    "selfie-similarity-score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
                },
            },
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Card Issued",
        ["java"],
        {
            "card_token": G(card_token),
            "user_token": G(lambda f: f.uuid()),
            "card_product_token": G(
                lambda f: f.pick(["cardly-debit-physical", "cardly-debit-virtual", "cardly-teen"])
            ),
            "last_four": G(lambda f: f.digits(4)),
            "pan": G(lambda f: "************" + f.digits(4)),
            "bin": G(lambda f: f.pick(["423223", "485953", "531993"])),
            "expiration": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(27, 30)}"),
            "state": G(lambda f: f.pick(["UNACTIVATED", "ACTIVE"])),
            "card_personalization": {
                "text": {"name_line_1": {"value": Y(lambda f: f.p.full.upper(), "name", True)}},
            },
            "fulfillment": {
                "shipping": {
                    "method": G(lambda f: f.pick(["USPS_REGULAR", "FEDEX_2_DAY"])),
                    "recipient_address": {
                        "first_name": Y(P("first"), "name"),
                        "last_name": Y(P("last"), "name"),
                        "address1": Y(P("street"), "address|street"),
                        "city": Y(P("city"), "city"),
                        "state": G(P("state")),
                        "postal_code": Y(P("postcode"), "zipcode"),
                        "country": G(lambda f: "USA"),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Card Transaction Authorized",
        ["go"],
        {
            "token": G(lambda f: f.uuid()),
            "type": G(lambda f: f.pick(["authorization", "authorization.clearing", "refund"])),
            "state": G(lambda f: f.pick(["PENDING", "COMPLETION", "DECLINED"])),
            "amount": G(lambda f: f.money(1, 250)),
            "card_token": G(card_token),
            "user_token": G(lambda f: f.uuid()),
            "card_acceptor": {
                "mid": G(lambda f: f.digits(15)),
                "mcc": G(merchant(1)),
                "name": G(merchant(0)),
                "city": G(merchant(2)),
                "state": G(merchant(3)),
                "postal_code": G(merchant(4)),
                "country_code": G(lambda f: "USA"),
            },
            "response": {
                "code": G(lambda f: f.pick(["0000", "1016", "1813"])),
                "memo": G(lambda f: f.pick(["Approved or completed successfully", "Insufficient funds"])),
            },
            "gpa": {"available_balance": G(lambda f: f.money(0, 3000))},
            "roundup_amount": G(lambda f: round(f.r.uniform(0, 0.99), 2)),
        },
    ),
    (
        "track",
        "Transaction Categorized",
        ["swift", "kotlin", "flutter"],
        {
            "transaction_id": G(lambda f: f.uuid()),
            "merchant_name": G(
                lambda f: f.pick(["Starbucks", "Trader Joe's", "Shell", "Amazon", "Uber", "CVS Pharmacy"])
            ),
            "amount": G(lambda f: f.money(1, 250)),
            "category_old": G(lambda f: f.pick(["uncategorized", "shopping", "food_and_drink"])),
            "category_new": G(
                lambda f: f.pick(["groceries", "transport", "health", "subscriptions", "eating_out"])
            ),
            "note": G(
                lambda f: f.pick(
                    ["", "split with roommates", "🍕", "work lunch - expense", "birthday present"]
                )
            ),
            "apply_to_future": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Transactions Searched",
        ["swift", "kotlin", "flutter"],
        {
            "search_term": G(lambda f: f.pick(["uber", "amazon", "coffee", "rent", "spotify", "gas"])),
            "results": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Round-Up Settled",
        ["java", "go"],
        {
            "roundup_batch_id": G(lambda f: f.uuid()),
            "total_amount": G(lambda f: f.money(0.5, 40)),
            "transaction_count": G(lambda f: f.r.randint(1, 60)),
            "destination": G(lambda f: f.pick(["savings_vault", "investing"])),
            "settled_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Direct Deposit Switch Completed",
        ["go"],
        {
            "switch_id": G(lambda f: f.uuid()),
            "employer_name": G(
                lambda f: f.pick(["Walmart", "Amazon", "Starbucks", "Kaiser Permanente", "Target"])
            ),
            "payroll_provider": G(lambda f: f.pick(["ADP", "Gusto", "Workday", "Paychex"])),
            "allocation_type": G(lambda f: f.pick(["full", "percent", "amount"])),
            "allocation_value": G(lambda f: f.pick([100, 50, 25, 200, 500])),
            "routing_number": G(aba),
            "account_number": RED(lambda f: f.digits(f.pick([10, 12, 13])), "bank account"),
        },
    ),
    (
        "track",
        "Direct Deposit Received",
        ["go"],
        {
            "deposit_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(180, 3400)),
            "originator_name": G(
                lambda f: f.pick(
                    ["WALMART INC", "AMAZON.COM SVCS", "STARBUCKS CORP", "GUSTO", "IRS TREAS 310"]
                )
            ),
            "company_entry_description": G(lambda f: f.pick(["PAYROLL", "DIR DEP", "TAX REF"])),
            "trace_number": G(lambda f: f.digits(15)),
            "is_early_pay": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Linked Account Added",
        ["flutter", "swift"],
        {
            "public_token": RED(lambda f: f"public-production-{f.uuid()}", "token"),
            "link_session_id": G(lambda f: f.uuid()),
            "institution": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Chase",
                            "Bank of America",
                            "Wells Fargo",
                            "Capital One",
                            "Navy Federal Credit Union",
                        ]
                    )
                ),
                "institution_id": G(lambda f: f.pick(["ins_3", "ins_4", "ins_5", "ins_128026", "ins_15"])),
            },
            "accounts": Many(
                {
                    "id": G(
                        lambda f: "".join(
                            f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789")
                            for _ in range(37)
                        )
                    ),
                    "name": G(
                        lambda f: f.pick(
                            ["Plaid Checking", "TOTAL CHECKING", "Way2Save Savings", "360 Checking"]
                        )
                    ),
                    "mask": G(lambda f: f.digits(4)),
                    "subtype": G(lambda f: f.pick(["checking", "savings"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "P2P Transfer Sent",
        ["flutter", "swift", "kotlin"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([5, 12.5, 20, 40, 100, 250])),
            "note": G(lambda f: f.pick(["🍕", "rent", "concert tix", "thanks!!", "groceries 🛒", ""])),
            "recipient": {
                "display_name": Y(lambda f: f.q.full, "name"),
                "phone": Y(Q("phone"), "phone"),
                "is_cardly_user": G(lambda f: f.pick([True, False])),
                "from_contacts": G(lambda f: f.pick([True, False])),
            },
            "speed": G(lambda f: f.pick(["instant", "standard"])),
            "fee": G(lambda f: f.pick([0, 0, 1.75])),
        },
    ),
    (
        "track",
        "Payee Saved",
        ["flutter", "kotlin"],
        {
            "payee_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.q.full, "name", True),
            "payee_type": G(lambda f: f.pick(["person", "landlord", "individual"])),
            "routing_number": G(aba),
            "account_mask": G(lambda f: "••" + f.digits(4)),
            "is_favorite": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contacts Invited",
        ["kotlin", "swift"],
        {
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "contacts_count": G(lambda f: f.r.randint(20, 900)),
            "invited": Many(
                {
                    "name": Y(lambda f: person(f, "US").full, "name"),
                    "phone_number": Y(lambda f: phone_for(f, "US"), "phone"),
                },
                4,
            ),
            "invite_bonus": G(lambda f: f.pick([10, 25])),
        },
    ),
    (
        "track",
        "Teen Account Created",
        ["swift", "flutter"],
        {
            "teen_account_id": G(lambda f: f.uuid()),
            "child_first_name": Y(Q("first"), "name"),
            "child_dob": Y(lambda f: f.date(2007, 2014), "birthdate"),
            "relationship": G(lambda f: f.pick(["parent", "guardian", "grandparent"])),
            "allowance_amount": G(lambda f: f.pick([10, 15, 20, 25, 50])),
            "parent_approval_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["flutter", "swift"],
        {
            "trusted_contact": {
                "full_name": Y(lambda f: f.q.full, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "sibling", "friend"])),
                "email": Y(Q("email"), "email"),
                "phone": Y(Q("phone"), "phone"),
            },
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["dotnet"],
        {
            "UserId": G(lambda f: f.user_id),
            "Username": Y(P("email"), "email|name"),
            "LoginMethod": G(lambda f: f.pick(["Password", "FaceId", "MagicLink", "Biometric"])),
            "MfaMethod": G(lambda f: f.pick(["Sms", "Totp", "None"])),
            "IpAddress": Y(ip, "ip"),
            "Geo": {
                "City": Y(P("city"), "city"),
                "Region": G(P("state")),
                "Country": G(lambda f: "US"),
                "Latitude": Y(lambda f: round(f.p.lat, 4), "geolocation"),
                "Longitude": Y(lambda f: round(f.p.lon, 4), "geolocation"),
            },
            "NewDevice": G(lambda f: f.pick([True, False])),
            "RiskScore": G(lambda f: f.r.randint(0, 100)),
            "PasswordStrength": G(lambda f: f.pick(["Weak", "Fair", "Strong"])),
            "PasswordChangedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Card Reissue Requested",
        ["dotnet"],
        {
            "CaseId": G(lambda f: "CS-" + f.digits(7)),
            "CardNumber": RED(lambda f: f.card(formatted=False), "credit card"),
            "Reason": G(lambda f: f.pick(["Lost", "Stolen", "Damaged", "NameChange"])),
            "ShippingSpeed": G(lambda f: f.pick(["Standard", "Expedited"])),
            "ReplacementFee": G(lambda f: f.pick([0, 5, 25])),
        },
    ),
    (
        "track",
        "ATM Withdrawal",
        ["go"],
        {
            "transaction_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([20, 40, 60, 100, 200])),
            "fee": G(lambda f: f.pick([0, 2.5, 3.0])),
            "atm": {
                "location_name": G(
                    lambda f: f.pick(["Walgreens #4421", "Target T-1890", "CVS 8812", "7-Eleven 33021"])
                ),
                "city": G(lambda f: f.pick(["Austin", "Columbus", "Boise", "Brooklyn", "Tucson"])),
                "state": G(lambda f: f.pick(["TX", "OH", "ID", "NY", "AZ"])),
            },
        },
    ),
    (
        "track",
        "Budget Created",
        ["flutter", "swift", "kotlin"],
        {
            "budget_id": G(lambda f: f.uuid()),
            "budget_name": G(lambda f: f.pick(["Groceries", "Eating out", "Holiday fund", "Kids", "Gas"])),
            "category": G(lambda f: f.pick(["groceries", "eating_out", "travel", "family", "transport"])),
            "monthly_limit": G(lambda f: f.pick([100, 250, 400, 600])),
        },
    ),
    (
        "screen",
        "Card Details",
        ["swift", "kotlin", "flutter"],
        {
            "card_state": G(lambda f: f.pick(["active", "locked", "frozen"])),
            "last_four": G(lambda f: f.digits(4)),
            "reveal_tapped": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        "Apply",
        ["web"],
        {
            "path": G(lambda f: "/apply"),
            "url": G(lambda f: "https://app.cardly.money/apply" + f.pick(["", "?step=2", "?promo=ROUNDUP5"])),
            "title": G(lambda f: "Apply for your Cardly card"),
            "referrer": G(lambda f: f.pick(["", "https://www.nerdwallet.com/", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?step=2", "?promo=ROUNDUP5"])),
            "step": G(lambda f: f.r.randint(1, 5)),
        },
    ),
]


BRAND_EVENTS = [("craftly", CRAFTLY), ("boxjoy", BOXJOY), ("cardly", CARDLY)]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for brand, templates in BRAND_EVENTS:
            for kind, name, clients, body in templates:
                client = f.pick(clients)
                f.p = person(f, "US" if brand == "cardly" else None)
                f.q = person(f, f.p.country if f.r.random() < 0.8 else None)
                f.s = person(f)
                f.gift = f.r.random() < 0.3
                f.merchant = f.pick(MERCHANTS)
                f.shop_id = int(f.digits(8))
                prefix = {"craftly": "", "boxjoy": "bj_", "cardly": "usr_"}[brand]
                f.user_id = prefix + (
                    f.digits(9) if brand == "craftly" else f.hexid(12) if brand == "cardly" else f.digits(7)
                )
                msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                if client in ("web", "swift", "kotlin", "rn", "flutter"):
                    msg["anonymousId"] = f.uuid()
                if not (kind in ("track", "page") and client == "web" and f.r.random() < 0.3):
                    msg["userId"] = f.user_id
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = str(f.shop_id)
                elif kind == "alias":
                    msg["previousId"] = f.uuid()
                    msg["userId"] = f.user_id
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client, brand), f, "context", labels)
                msg["integrations"] = {}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2626, repeats=30)
    write(Path(__file__).parent, "holdout26_", events, labels)
