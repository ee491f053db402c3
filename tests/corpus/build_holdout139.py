"""Writes holdout139: tests/corpus/holdout139_events.jsonl and holdout139_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never run through the engine by its author. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for the format) and the reference's default
matcher table were read.

Domain: "Vowly", a wedding-planning and gift-registry platform in the US, Mexico and the
Philippines. Couples' profiles (identify from web, iOS, Android, React Native, Flutter), guest
lists with RSVPs, plus-ones, meal choices and mailing addresses for invitations, seating charts,
wedding-party members, padrinos and ninong/ninang, vendor search, inquiries and bookings (venues,
photographers, caterers, officiants), registry e-commerce (Segment's spec events), cash funds and
their payouts (ACH, SPEI/CLABE, GCash), Mexican CFDI invoices, wedding websites, guest photo
sharing, day-of check-in and valet, e-mail and SMS vendor webhooks (SendGrid-, Twilio- and
Meta-CAPI-shaped), a .NET booking service (PascalCase), a warehouse reverse-ETL feed
(SCREAMING_SNAKE), a kebab-case review widget, and Spanish and Tagalog backend keys.

Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / .NET server libraries.
Each event's country (US, MX, PH) makes its names, phones, addresses and locales coherent.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the user, a guest, a plus-one, a contributor, a
  recipient, a vendor's staff member, a wedding-party member): names, contact details, the
  person's own address or precise location, birth dates, government ids (SSN, CURP, RFC, PH TIN,
  PhilSys), financial accounts (US account numbers, CLABE, GCash wallets), full card numbers,
  special categories, credentials, IP addresses, advertising and ad-click ids, photos of people.
  Colour: the reference's default for the matcher; outside it, red for credentials / secrets,
  card numbers, bank accounts, government ids and health, yellow otherwise.
- Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys, product / company / venue / hotel / pet names, places that
  are not the person's (a venue, a searched destination, a vendor's city), country, state,
  province, locale, timezone, currency, user agents, OS-issued device ids, card brand / last four
  / expiry, routing numbers, the published contested cases (loyalty and member numbers, ages and
  age bands, marital / civil status, job titles, a business's own phone / e-mail / address,
  role mailboxes, call-tracking proxy numbers, pets, UUID tokens such as a Places session token
  or an appAccountToken, e-mail Message-IDs).
- Contested, as the product's policy says: insurance policy numbers `identification` (yellow);
  staff hourly rates `salary` (yellow); licence plates `license` (yellow); gclid / fbclid / fbp /
  fbc `advertising id` (yellow); billing and shipping addresses `address` (yellow); Stripe `pm_`
  ids, one-time codes, magic-link and invite tokens `token` (red); the last four of an SSN red.
- value_only is true when the key does not say what the value is (`q`, `label`, `input`, `text`,
  `body`, `field.value`, `message`, `gift_message`, `site_slug`, Twilio's `From` ...) and only the
  value reveals it; such a path carries that PII in every one of its values. Hashed identifiers
  (`user_data.em`) are not value_only: the value alone cannot reveal anything. Free text is
  labelled by what all its values carry: texts that carry no PII in any value are green.
- Decisions of this corpus where the brief is silent (what a careful privacy owner would flag):
  a wedding's ceremony tradition (Catholic, Hindu, Nikah ...) and a halal-meal flag reveal the
  couple's or guest's religion, as an officiant's denomination reveals the officiant's:
  `religion` (yellow); a couple role of bride / groom is `gender`
  and a couple type such as bride_bride is `sexual orientation` (yellow), while a guest's
  `side` (bride's side / groom's side) is green; accessible-seating and wheelchair flags are
  `disability` (red); a military status enum with veteran values is `veteran` (red); a GCash
  wallet number is a financial account keyed by a phone number: red `bank account|phone`;
  hashed e-mails and phones sent for ad matching (Meta CAPI `user_data.em`, `user_data.ph`) are
  still personal data: yellow `email` / `phone` (key-named, not value_only); an APNs push token
  is red `token`; a gallery download PIN is red `secret|token`; a website slug or custom
  message that always embeds the couple's first names is yellow `name`, value_only; the city
  Twilio derives from a sender's number and a reviewer's city are the person's: yellow `city`.
"""

import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Opt:
    """A key present in about `p` of the events."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item = item
        self.p = p


class When(Opt):
    """A key present only in events of the given countries (and then in about `p` of them)."""

    def __init__(self, countries: str, item: Any, p: float = 1.0):
        super().__init__(item, p)
        self.countries = countries.split()


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if isinstance(value, When) and f.cc not in value.countries:
                    continue
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- people and places of three countries ---------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Tyler",
        "Madison",
        "Jamal",
        "Keisha",
        "Connor",
        "Hannah",
        "Ethan",
        "Aaliyah",
        "Brandon",
        "Priya",
        "Arjun",
        "Mei Ling",
        "Minh Anh",
        "Ji-woo",
        "Chiamaka",
        "Oluwaseun",
        "Siobhán",
        "Mateusz",
        "Noa",
        "Yusuf",
        "Destiny",
        "Caleb",
        "Sakura",
    ],
    "MX": [
        "María José",
        "Guadalupe",
        "Alejandro",
        "Ximena",
        "José Luis",
        "Fernanda",
        "Diego",
        "Itzel",
        "Juan Pablo",
        "Valeria",
        "Rodrigo",
        "Mariana",
        "Citlali",
        "Emiliano",
        "Renata",
        "Héctor",
        "Xóchitl",
        "Sofía",
    ],
    "PH": [
        "Maricel",
        "Jericho",
        "Kristine Joy",
        "Mark Anthony",
        "Jhoanna",
        "Rommel",
        "Lovely",
        "Princess",
        "Angelo",
        "Rizalyn",
        "Bong",
        "Divina",
        "Jaime",
        "Catriona",
        "Paolo",
        "Joy Anne",
        "Ferdinand",
        "Liezel",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "O'Connor",
        "Nguyen",
        "Kim",
        "Patel",
        "Okafor",
        "Adeyemi",
        "Cohen",
        "Schmidt",
        "Kowalski",
        "Haddad",
        "Washington",
        "Yamamoto",
        "Chen",
        "Rivera",
        "Brooks",
        "Al-Masri",
        "Ramírez",
        "Hughes",
    ],
    "MX": [
        "Hernández",
        "García",
        "Martínez",
        "Rodríguez",
        "Ramírez",
        "Flores",
        "Gutiérrez",
        "Ortiz",
        "Velázquez",
        "Castañeda",
        "Núñez",
        "Domínguez",
        "Peña",
        "Zúñiga",
        "de la Garza",
        "Ibarra",
    ],
    "PH": [
        "Dela Cruz",
        "Santos",
        "Reyes",
        "Bautista",
        "Macaraeg",
        "Villanueva",
        "Mendoza",
        "Pangilinan",
        "Tolentino",
        "Aquino",
        "Manalo",
        "Lim",
        "Soriano",
        "Go",
        "Cabrera",
        "Dimaculangan",
    ],
}
NICK = [
    "Tita Baby",
    "Tito Boy",
    "Lola Nena",
    "Tía Lupe",
    "Abuelita Carmen",
    "Aunt Linda",
    "Uncle Ray",
    "Ninang Cora",
]
DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "prodigy.net.mx", "live.com.mx"],
    "PH": ["gmail.com", "yahoo.com", "yahoo.com.ph", "hotmail.com", "outlook.ph", "up.edu.ph"],
}
US_PLACES = [
    ("Houston", "TX"),
    ("San Antonio", "TX"),
    ("Los Angeles", "CA"),
    ("Daly City", "CA"),
    ("Chicago", "IL"),
    ("Brooklyn", "NY"),
    ("Phoenix", "AZ"),
    ("Orlando", "FL"),
    ("Seattle", "WA"),
    ("Jersey City", "NJ"),
    ("El Paso", "TX"),
    ("Sacramento", "CA"),
]
MX_PLACES = [
    ("Ciudad de México", "CDMX", "Roma Norte"),
    ("Ciudad de México", "CDMX", "Del Valle Centro"),
    ("Guadalajara", "Jalisco", "Providencia"),
    ("Zapopan", "Jalisco", "Chapalita"),
    ("Monterrey", "Nuevo León", "Cumbres"),
    ("Puebla", "Puebla", "La Paz"),
    ("Mérida", "Yucatán", "García Ginerés"),
    ("Querétaro", "Querétaro", "Jurica"),
    ("León", "Guanajuato", "Jardines del Moral"),
]
PH_PLACES = [
    ("Quezon City", "Metro Manila", "Brgy. Teachers Village East"),
    ("Makati", "Metro Manila", "Brgy. Poblacion"),
    ("Pasig", "Metro Manila", "Brgy. Kapitolyo"),
    ("Cebu City", "Cebu", "Brgy. Lahug"),
    ("Davao City", "Davao del Sur", "Brgy. Talomo"),
    ("Taguig", "Metro Manila", "Brgy. Fort Bonifacio"),
    ("Iloilo City", "Iloilo", "Brgy. Jaro"),
    ("Antipolo", "Rizal", "Brgy. San Roque"),
    ("Dasmariñas", "Cavite", "Brgy. Salitran"),
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Westheimer Rd",
    "Sunset Blvd",
    "Pine Ridge Dr",
    "N Broadway",
    "Elm Ct",
    "Magnolia Ln",
]
MX_STREETS = [
    "Av. Revolución",
    "Calle Hidalgo",
    "Av. Insurgentes Sur",
    "Calle Morelos",
    "Av. Chapultepec",
    "Calle 60",
    "Blvd. Díaz Ordaz",
]
PH_STREETS = [
    "Mabini St.",
    "Rizal Ave.",
    "Katipunan Ave.",
    "Gen. Luna St.",
    "Sampaguita St.",
    "Osmeña Blvd.",
    "Narra St.",
]

VENUES = [
    "Hacienda Los Arcángeles",
    "Quinta Las Bugambilias",
    "The Grand Magnolia Ballroom",
    "Lakeside Barn at Willow Creek",
    "Taal Vista Garden Pavilion",
    "Casa Cielo Tagaytay",
    "The Foundry at Harbor Point",
    "Jardín Escondido Eventos",
    "Balay Dako Events Place",
]
VENUE_CITIES = [
    "Tulum",
    "San Miguel de Allende",
    "Tagaytay",
    "Boracay",
    "Austin",
    "Napa",
    "Cancún",
    "Valle de Guadalupe",
    "Savannah",
    "Cebu",
]
VENDORS = {
    "photographer": [
        "Luz y Sombra Fotografía",
        "Golden Hour Studio",
        "Kuya Ben Films",
        "Pixel & Petal Photo Co.",
    ],
    "caterer": [
        "Sazón de la Abuela Catering",
        "Bellissimo Events Catering",
        "Lechon Republic Cebu",
        "Smoke & Salt BBQ",
    ],
    "venue": VENUES[:4],
    "florist": ["Flor de Mayo Florería", "Petal & Stem", "Sampaguita Blooms"],
    "dj": ["DJ Nacho Sound", "Beat Drop Events", "Mabuhay Mobile Disco"],
    "officiant": ["Ceremonias con Amor", "Vows by the Bay", "Blessed Union Ministries"],
}
ROLE_MAILBOXES = ["hello", "bookings", "info", "eventos", "contacto", "inquiries"]
VENDOR_DOMAINS = [
    "goldenhour.studio",
    "luzysombra.mx",
    "petalandstem.com",
    "lechonrepublic.ph",
    "bellissimo-events.com",
]
PRODUCTS = [
    ("KitchenAid Artisan Stand Mixer 5qt", "KitchenAid", "Kitchen"),
    ("Le Creuset Round Dutch Oven 5.5qt", "Le Creuset", "Cookware"),
    ("Dyson V15 Detect Vacuum", "Dyson", "Home"),
    ("Nespresso Vertuo Next", "Nespresso", "Kitchen"),
    ("Brooklinen Luxe Sheet Set - Queen", "Brooklinen", "Bedding"),
    ("Zojirushi Rice Cooker NS-ZCC10", "Zojirushi", "Kitchen"),
    ("Molcajete de Piedra Volcánica", "Casa Artesanal", "Kitchen"),
    ("Talavera Serving Platter", "Uriarte Talavera", "Dining"),
    ("Instant Pot Duo 6qt", "Instant Pot", "Kitchen"),
    ("Samsonite Carry-On Spinner", "Samsonite", "Travel"),
]
STORES = [
    "Crate & Barrel",
    "Target",
    "Amazon",
    "Williams Sonoma",
    "Liverpool",
    "Rustan's",
    "SM Home",
    "Vowly Shop",
]
FUNDS = [
    "Honeymoon in Bali",
    "Casa nueva",
    "Our First Home",
    "Luna de miel en Oaxaca",
    "Puppy fund",
    "Boracay getaway",
    "Date-night jar",
]
HOTELS = [
    "Hyatt Regency",
    "Marriott Courtyard",
    "Fiesta Americana",
    "Shangri-La Mactan",
    "Hilton Garden Inn",
    "Hotel Xcaret",
]


def deaccent(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class WFake(Fake):
    """Fake with a current country: names, phones and addresses of the US, Mexico or the Philippines."""

    cc = "US"

    def set_country(self, cc=None):
        self.cc = cc or self.r.choices(["US", "MX", "PH"], weights=[5, 3, 3])[0]
        self.new_place()

    def new_place(self):
        self.place = self.pick({"US": US_PLACES, "MX": MX_PLACES, "PH": PH_PLACES}[self.cc])

    def first(self):
        cc = self.cc if self.r.random() < 0.85 else self.pick(["US", "MX", "PH"])
        return self.pick(FIRST[cc])

    def last(self):
        cc = self.cc if self.r.random() < 0.85 else self.pick(["US", "MX", "PH"])
        return self.pick(LAST[cc])

    def full_name(self):
        if self.cc == "MX":
            return f"{self.first()} {self.pick(LAST['MX'])} {self.pick(LAST['MX'])}"
        if self.cc == "PH" and self.r.random() < 0.4:
            return f"{self.first()} {self.pick(string.ascii_uppercase)}. {self.last()}"
        return f"{self.first()} {self.last()}"

    def couple(self):
        a, b = self.pick(FIRST[self.cc]), self.pick(FIRST[self.cc])
        joiner = {"MX": " y ", "PH": " & ", "US": " & "}[self.cc]
        return a + self.pick([joiner, " and "]) + b

    def email(self):
        first = deaccent(self.pick(FIRST[self.cc])).lower().replace(" ", "")
        last = deaccent(self.pick(LAST[self.cc])).lower().replace(" ", "").replace("'", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(80, 99)}",
            ]
        )
        return f"{user}@{self.pick(DOMAINS[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "MX":
            area = self.pick(["55", "33", "81", "222", "999", "442"])
            rest = (
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}"
                if len(area) == 2
                else f"{r.randint(100, 999)} {r.randint(1000, 9999)}"
            )
            return self.pick(
                [
                    f"+52 {area} {rest}",
                    f"{area} {rest}",
                    f"+52{area}{rest.replace(' ', '')}",
                    f"({area}) {rest.replace(' ', '-')}",
                ]
            )
        if self.cc == "PH":
            prefix = self.pick(["917", "918", "927", "939", "945", "966", "995"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick(
                [
                    f"+63 {prefix} {a} {b}",
                    f"0{prefix} {a} {b}",
                    f"0{prefix}{a}{b}",
                    f"+63{prefix}{a}{b}",
                    f"0{prefix}-{a}-{b}",
                ]
            )
        return Fake.phone(self, self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    def street(self):
        """A street line; also picks the city, region and district the next parts will use."""
        self.new_place()
        r = self.r
        if self.cc == "MX":
            return f"{self.pick(MX_STREETS)} {r.randint(12, 2400)}" + self.pick(
                ["", f" Int. {r.randint(1, 12)}", f" Depto. {r.randint(101, 804)}"]
            )
        if self.cc == "PH":
            return self.pick(
                [
                    f"{r.randint(1, 420)} {self.pick(PH_STREETS)}",
                    f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)} {self.pick(PH_STREETS)}",
                    f"Unit {r.randint(3, 40)}{r.randint(1, 20):02d}, "
                    f"{self.pick(['The Grove', 'Avida Towers', 'SMDC Light'])} Tower {r.randint(1, 4)}",
                ]
            )
        return f"{r.randint(10, 19999)} {self.pick(US_STREETS)}"

    def line2(self):
        if self.cc == "MX":
            return "Col. " + self.place[2]
        if self.cc == "PH":
            return self.place[2]
        return self.pick(["Apt 4B", "Unit 12", "Apt 301", "Ste 200", "#7", "Apt 2F"])

    def city(self):
        return self.place[0]

    def region(self):
        return self.place[1]

    def zip(self):
        if self.cc == "PH":
            return self.pick(["1100", "1101", "1209", "1600", "1630", "6000", "8000", "5000", "1870", "4114"])
        if self.cc == "MX":
            return f"{self.r.randint(1000, 97999):05d}"
        z = f"{self.r.randint(10001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def one_line_address(self):
        street = self.street()
        return f"{street}, {self.line2()}, {self.city()}, {self.region()} {self.zip()}"

    def new_item(self):
        """Picks the product the next line-item fields (name, brand, category) describe."""
        self.item = self.pick(PRODUCTS)
        return self.digits(8)

    def vendor(self):
        self.vendor_category = self.pick(list(VENDORS))
        return self.pick(VENDORS[self.vendor_category])

    def country_code(self):
        return self.cc

    def ip(self):
        if self.r.random() < 0.75:
            return self.ipv4()
        prefix = {"US": "2600:1700", "MX": "2806:10a6", "PH": "2001:4451"}[self.cc]
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def locale(self):
        return self.pick(
            {
                "US": ["en-US", "es-US", "en-US"],
                "MX": ["es-MX", "es-419", "en-US"],
                "PH": ["en-PH", "fil-PH", "en-US"],
            }[self.cc]
        )

    def tz(self):
        return self.pick(
            {
                "US": ["America/Chicago", "America/Los_Angeles", "America/New_York"],
                "MX": ["America/Mexico_City", "America/Monterrey", "America/Cancun"],
                "PH": ["Asia/Manila"],
            }[self.cc]
        )

    def currency(self):
        return {"US": "USD", "MX": "MXN", "PH": "PHP"}[self.cc]

    def amount(self, lo=20, hi=400):
        scale = {"US": 1, "MX": 18, "PH": 56}[self.cc]
        return round(self.r.uniform(lo, hi) * scale, 2)

    def date_future(self):
        return f"{self.r.choice([2025, 2026])}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def letters(self, n, alphabet=string.ascii_uppercase):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.letters(n, string.ascii_letters + string.digits)

    def curp(self):
        base = (
            self.letters(1)
            + self.pick("AEIOU")
            + self.letters(2)
            + f"{self.r.randint(70, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.pick("HM")
            + self.pick(["DF", "JC", "NL", "PL", "YN", "QT", "GT"])
            + self.letters(3, "BCDFGHJKLMNPRSTVZ")
            + str(self.r.randint(0, 9))
        )
        table = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(table.index(c) * (18 - i) for i, c in enumerate(base))
        return base + str((10 - total % 10) % 10)

    def rfc(self):
        base = (
            self.letters(1)
            + self.pick("AEIOU")
            + self.letters(2)
            + f"{self.r.randint(70, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + self.letters(2, string.ascii_uppercase + string.digits)
        )
        table = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(table.index(c) * (13 - i) for i, c in enumerate(base))
        check = 11 - total % 11
        return base + ("0" if check == 11 else "A" if check == 10 else str(check))

    def clabe(self):
        body = (
            self.pick(["002", "012", "014", "021", "072", "127", "646"])
            + f"{self.r.randint(10, 999):03d}"
            + self.digits(11)
        )
        weights = [3, 7, 1] * 6
        total = sum(int(d) * weights[i] % 10 for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def ph_tin(self):
        return f"{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-000"

    def philsys(self):
        return "-".join(f"{self.r.randint(0, 9999):04d}" for _ in range(4))

    def gcash(self):
        return "09" + self.pick(["17", "27", "55", "66", "95"]) + self.digits(7)

    def pm(self):
        return "pm_1" + self.alnum(23)

    def price(self):
        return round(
            self.r.choice([29.99, 49.95, 89.0, 129.99, 199.99, 349.0, 429.99, 749.99])
            * {"US": 1, "MX": 17, "PH": 55}[self.cc],
            2,
        )


def sha256(f: WFake, text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# -- contexts of the client libraries --------------------------------------------------------------

UAS_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97",
    "Mozilla/5.0 (Linux; Android 13; CPH2473) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
]
HOSTS = {"US": "https://www.vowly.com", "MX": "https://www.vowly.com.mx", "PH": "https://www.vowly.ph"}


def web_context(f: WFake, path: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.69.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=ig&utm_medium=social", "?ref=save_the_date", "?tab=guests"]
                )
            ),
            "title": G(
                lambda f: f.pick(["Vowly", "Guest List | Vowly", "Registry | Vowly", "Vendors | Vowly"])
            ),
            "url": G(lambda f: HOSTS[f.cc] + path),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["spring_engaged", "registry_launch", "boda2025", "kasalan_sale"])
                ),
                "source": G(lambda f: f.pick(["google", "instagram", "facebook", "tiktok"])),
                "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            [
                                "wedding website",
                                "registro de bodas",
                                "wedding planner app",
                                "wedding photographer tagaytay",
                            ]
                        )
                    ),
                    0.5,
                ),
                "content": Opt(G(lambda f: f.pick(["carousel_a", "reel_15s", "banner_top"])), 0.5),
            },
            0.3,
        ),
    }


def swift_context(f: WFake):
    return {
        "app": {
            "name": G(lambda f: "Vowly"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6412", "6501"])),
            "namespace": G(lambda f: "com.vowly.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": Opt(G(lambda f: f.pick([True, False])), 0.5),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.3),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "bluetooth": G(lambda f: False),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "height": G(lambda f: f.pick([844, 852, 932])),
            "width": G(lambda f: f.pick([390, 393, 430])),
        },
        "timezone": G(lambda f: f.tz()),
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.8),
        "traits": Opt(
            {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Opt(Y(lambda f: f.first(), "name"), 0.6),
                "anonymousId": G(lambda f: f.uuid()),
            },
            0.5,
        ),
    }


def kotlin_context(f: WFake):
    return {
        "app": {
            "name": G(lambda f: "Vowly"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "6.3.7"])),
            "build": G(lambda f: f.pick(["640012", "650003", "637001"])),
            "namespace": G(lambda f: "com.vowly.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 13", "CPH2473", "Pixel 8", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "sapphire", "OP5961L1", "shiba", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "carrier": G(
                lambda f: {
                    "US": f.pick(["T-Mobile", "Verizon", "AT&T"]),
                    "MX": f.pick(["Telcel", "AT&T MX", "Movistar"]),
                    "PH": f.pick(["Globe", "Smart", "DITO"]),
                }[f.cc]
            ),
            "bluetooth": G(lambda f: False),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2473 Build/TP1A.220905.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                ]
            )
        ),
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.8),
        "traits": Opt({"email": Y(lambda f: f.email(), "email"), "anonymousId": G(lambda f: f.uuid())}, 0.4),
    }


def rn_context(f: WFake):
    return {
        "app": {
            "name": G(lambda f: "Vowly Day-Of"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "234", "240"])),
            "namespace": G(lambda f: "com.vowly.dayof"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "2201117TG"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "spes"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.locale()),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 800])),
            "width": G(lambda f: f.pick([390, 412, 360])),
        },
        "timezone": G(lambda f: f.tz()),
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.7),
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(14.0, 33.0), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-118.0, 121.5), 6), "geolocation"),
                "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
            },
            0.4,
        ),
        "traits": Opt(
            {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")}, 0.4
        ),
    }


def flutter_context(f: WFake):
    return {
        "app": {
            "name": G(lambda f: "Vowly Vendors"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2", "3.2.0"])),
            "build": G(lambda f: f.pick(["310", "312", "320"])),
            "namespace": G(lambda f: "com.vowly.vendors"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X710", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.7"])),
        },
        "locale": G(lambda f: f.locale()),
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([1180, 2560, 2400])),
            "width": G(lambda f: f.pick([820, 1600, 1080])),
        },
        "timezone": G(lambda f: f.tz()),
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.7),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: WFake, lib: str):
    name, versions = SERVER_LIBS[lib]
    return {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.4),
        "userAgent": Opt(G(lambda f: f.pick(UAS_WEB)), 0.3),
    }


def context_for(f: WFake, client: str, path: str):
    if client == "web":
        return web_context(f, path)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- shared shapes ---------------------------------------------------------------------------------


def person_address():
    """A natural person's postal address: every part but state and country is yellow."""
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Opt(Y(lambda f: f.line2(), "address|street"), 0.6),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.region()),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.country_code()),
    }


def product():
    return {
        "product_id": G(lambda f: f.new_item()),
        "sku": G(
            lambda f: (
                f"{f.pick(['KA', 'LC', 'DY', 'NS', 'BL', 'ZJ'])}-{f.r.randint(10000, 99999)}-"
                f"{f.pick(['RED', 'BLK', 'QN', 'SS', '5QT'])}"
            )
        ),
        "name": G(lambda f: f.item[0]),
        "brand": G(lambda f: f.item[1]),
        "category": G(lambda f: f.item[2]),
        "variant": Opt(G(lambda f: f.pick(["Empire Red", "Matte Black", "Queen", "Sea Salt"])), 0.6),
        "price": G(lambda f: f.price()),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"{HOSTS[f.cc]}/shop/p/{f.digits(6)}"),
        "image_url": G(lambda f: f"https://cdn.vowly.com/products/{f.hexid(10)}.jpg"),
    }


def vendor_name(f: WFake, cat=None):
    return f.pick(VENDORS[cat or f.pick(list(VENDORS))])


def pick_fn(*fns):
    return lambda f: f.pick(fns)(f)


GIFTS = [
    "stand mixer",
    "dutch oven",
    "sheet set",
    "rice cooker",
    "cash gift",
    "molcajete",
    "honeymoon fund gift",
]


def thank_you_text(f: WFake) -> str:
    who = f.pick([f.first(), f.pick(NICK), f"{f.first()} and {f.first()}"])
    gift = f.pick(GIFTS)
    return f.pick(
        [
            f"Dear {who}, thank you so much for the {gift}! We can't wait to use it. Love, {f.couple()}",
            f"Querida {who}: ¡muchas gracias por el regalo! Con cariño, {f.couple()}",
            f"Hi {who}! Salamat po sa {gift}. We loved seeing you at the wedding!",
        ]
    )


def gift_message(f: WFake) -> str:
    return f.pick(
        [
            f"Congrats {f.couple()}! Love, {f.first()}",
            f"¡Felicidades! Con cariño, {f.full_name()}",
            f"Best wishes to you both — {f.pick(NICK)}",
            f"Mabuhay ang bagong kasal! - {f.first()} & family",
            f"So happy for you two. xo {f.first()}",
        ]
    )


def inquiry_message(f: WFake) -> str:
    return f.pick(
        [
            f"Hi! We're getting married on {f.date_future()} and love your work. "
            f"Can you call me at {f.phone()}?",
            f"Hola, ¿tienen disponibilidad para {f.r.randint(80, 300)} invitados? Mi WhatsApp es {f.phone()}",
            f"Hello po! Asking for your package rates for {f.r.randint(80, 300)} pax. "
            f"Please email me at {f.email()}",
            f"Do you travel for destination weddings? Best to reach me at {f.email()} — thanks!",
            f"Interested in your full-day package, text me {f.phone()} please",
        ]
    )


def support_text(f: WFake) -> str:
    return f.pick(
        [
            f"hi, my guest never got the invite, her email is {f.email()}",
            f"I can't log in, my account email is {f.email()}",
            f"Please change our RSVP contact to {f.email()}",
            f"hola, el correo de mi invitado está mal, es {f.email()}",
        ]
    )


def site_slug(f: WFake) -> str:
    a, b = deaccent(f.pick(FIRST[f.cc])).split()[0].lower(), deaccent(f.pick(FIRST[f.cc])).split()[0].lower()
    return f.pick([f"{a}-and-{b}", f"{a}-{b}-{f.r.choice([2025, 2026])}", f"{a}y{b}", f"{a}-weds-{b}"])


# -- events ----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, page path, body, weight)

EVENTS = [
    # -- couples: accounts and profiles ------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift"],
        "/onboarding",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
            "partnerFirstName": Y(lambda f: f.first(), "name"),
            "partnerLastName": Opt(Y(lambda f: f.last(), "name"), 0.7),
            "partnerEmail": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "role": Y(lambda f: f.pick(["bride", "groom", "partner"]), "gender"),
            "coupleType": Opt(
                Y(
                    lambda f: f.pick(["bride_groom", "bride_bride", "groom_groom", "partner_partner"]),
                    "sexual orientation",
                ),
                0.5,
            ),
            "weddingDate": G(lambda f: f.date_future()),
            "weddingDateFlexible": G(lambda f: f.pick([True, False])),
            "weddingLocation": G(lambda f: f.pick(VENUE_CITIES)),
            "guestCountEstimate": G(lambda f: f.pick([50, 80, 120, 150, 200, 300])),
            "budget": G(lambda f: f.amount(8000, 40000)),
            "plan": G(lambda f: f.pick(["free", "plus", "premium"])),
            "createdAt": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["en", "es", "fil"])),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "avatar": Opt(Y(lambda f: f"https://cdn.vowly.com/avatars/{f.uuid()}.jpg", "photo"), 0.5),
            "militaryStatus": Opt(
                RED(lambda f: f.pick(["veteran", "active_duty", "spouse_of_veteran", "none"]), "veteran"), 0.3
            ),
        },
        3,
    ),
    (
        "identify",
        None,
        ["kotlin", "flutter"],
        "/",
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "birthday": Opt(Y(lambda f: f.date(1975, 2003), "birthdate"), 0.5),
            "zip_code": Opt(Y(lambda f: f.zip(), "zipcode"), 0.6),
            "partner_name": Y(lambda f: f.full_name(), "name"),
            "wedding_date": G(lambda f: f.date_future()),
            "engagement_date": Opt(G(lambda f: f.date(2022, 2024)), 0.5),
            "how_did_you_hear": G(
                lambda f: f.pick(["instagram", "friend", "tiktok", "google", "wedding_expo"])
            ),
            "user_type": G(lambda f: f.pick(["couple", "planner", "family_member"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "guest_count": G(lambda f: f.r.randint(20, 350)),
            "avatar_url": Opt(Y(lambda f: f"https://cdn.vowly.com/avatars/{f.hexid(20)}.jpg", "photo"), 0.5),
        },
        2,
    ),
    (
        "track",
        "Account Created",
        ["web", "swift", "kotlin"],
        "/signup",
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "user_role": G(lambda f: f.pick(["couple", "guest", "vendor"])),
            "email_domain": G(
                lambda f: f.pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"])
            ),
            "referral_code": Opt(
                G(lambda f: "VOW" + f.letters(5, string.ascii_uppercase + string.digits)), 0.4
            ),
            "marketing_consent": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin"],
        "/login",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple"])),
            "login_count": G(lambda f: f.r.randint(1, 400)),
            "remember_me": G(lambda f: f.pick([True, False])),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
            "magic_link_token": Opt(RED(lambda f: f.alnum(43), "token"), 0.4),
        },
        2,
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        "",
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "requested_at": G(lambda f: f.iso()),
            "expires_in_minutes": G(lambda f: f.pick([10, 15, 30])),
            "password_last_changed_days": G(lambda f: f.r.randint(0, 900)),
        },
        1,
    ),
    (
        "track",
        "Partner Invited",
        ["web", "swift"],
        "/account/partner",
        {
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            "invite_channel": G(lambda f: f.pick(["email", "sms", "link"])),
            "invite_token": RED(lambda f: f.alnum(32), "token"),
            "inviter_user_id": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "Wedding Details Updated",
        ["web", "swift", "kotlin"],
        "/planning/details",
        {
            "wedding_id": G(lambda f: f.uuid()),
            "wedding_date": G(lambda f: f.date_future()),
            "ceremony_venue": G(lambda f: f.pick(VENUES)),
            "ceremony_city": G(lambda f: f.pick(VENUE_CITIES)),
            "reception_venue_address": G(
                lambda f: f.pick(
                    [
                        "Carretera Tulum-Cobá Km 4.5, Tulum, Q.R.",
                        "1200 Lakeshore Dr, Austin, TX 78746",
                        "Aguinaldo Hwy, Tagaytay, Cavite 4120",
                    ]
                )
            ),
            "ceremony_tradition": Y(
                lambda f: f.pick(
                    [
                        "Catholic",
                        "Civil",
                        "Christian (non-denominational)",
                        "Hindu",
                        "Jewish",
                        "Nikah",
                        "Iglesia ni Cristo",
                    ]
                ),
                "religion",
            ),
            "colors": Many(
                G(lambda f: f.pick(["sage", "terracotta", "dusty blue", "champagne", "burgundy"])), 3
            ),
            "estimated_guests": G(lambda f: f.r.randint(40, 350)),
            "budget_total": G(lambda f: f.amount(8000, 40000)),
            "currency": G(lambda f: f.currency()),
            "is_destination_wedding": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # -- guests ---------------------------------------------------------------------------------------
    (
        "track",
        "Guest Added",
        ["web", "swift", "kotlin"],
        "/guests",
        {
            "guest_id": G(lambda f: f.uuid()),
            "household_id": G(lambda f: f.digits(7)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Opt(Y(lambda f: f.email(), "email"), 0.6),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            "relationship": G(
                lambda f: f.pick(
                    ["cousin", "college friend", "coworker", "aunt", "neighbor", "ninang", "kumare"]
                )
            ),
            "side": G(lambda f: f.pick(["bride", "groom", "both", "partner_a", "partner_b"])),
            "age_group": G(lambda f: f.pick(["adult", "child", "infant", "teen"])),
            "plus_one_allowed": G(lambda f: f.pick([True, False])),
            "mailing_address": Opt(person_address(), 0.6),
            "invited_to": Many(
                G(lambda f: f.pick(["ceremony", "reception", "rehearsal_dinner", "after_party"])), 3
            ),
            "tags": Many(G(lambda f: f.pick(["A-list", "family", "work", "college", "church"])), 2),
            "note": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Mom's side",
                            "Send paper invite",
                            "Invite to after-party",
                            "Out of town",
                            "Confirm later",
                        ]
                    )
                ),
                0.4,
            ),
            "source": G(lambda f: f.pick(["manual", "csv_import", "google_contacts", "address_collector"])),
        },
        4,
    ),
    (
        "track",
        "Guests Imported",
        ["python"],
        "",
        {
            "import_id": G(lambda f: f.uuid()),
            "import_source": G(lambda f: f.pick(["csv", "xlsx", "google_contacts", "icloud_contacts"])),
            "rows_total": G(lambda f: f.r.randint(20, 400)),
            "rows_imported": G(lambda f: f.r.randint(15, 380)),
            "rows_missing_email": G(lambda f: f.r.randint(0, 60)),
            "rows_missing_address": G(lambda f: f.r.randint(0, 90)),
            "columns_mapped": Many(
                G(lambda f: f.pick(["first_name", "last_name", "email", "phone", "address", "plus_one"])), 5
            ),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Address Collector Submitted",
        ["web"],
        "/a/collect",
        {
            "collector_id": G(lambda f: f.hexid(10)),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "address": person_address(),
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "children_names": Opt(Many(Y(lambda f: f.first(), "name"), 3), 0.4),
            "children_ages": Opt(Many(G(lambda f: f.r.randint(0, 16)), 3), 0.4),
            "address_verified": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web"],
        "/a/collect",
        {
            "input": Y(lambda f: f.street(), "address|street", True),
            "label": Y(lambda f: f.one_line_address(), "address", True),
            "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
            "session_token": G(lambda f: f.uuid()),
            "suggestion_index": G(lambda f: f.r.randint(0, 4)),
            "provider": G(lambda f: "google_places"),
        },
        1,
    ),
    (
        "track",
        "RSVP Lookup Searched",
        ["web"],
        "/w/rsvp",
        {
            "site_id": G(lambda f: f.digits(6)),
            "q": Y(
                lambda f: f.pick([f.full_name(), f.first() + " " + f.last(), f.last() + ", " + f.first()]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "match_type": G(lambda f: f.pick(["exact", "fuzzy", "none"])),
        },
        2,
    ),
    (
        "track",
        "RSVP Submitted",
        ["web"],
        "/w/rsvp",
        {
            "rsvp_id": G(lambda f: f.uuid()),
            "site_id": G(lambda f: f.digits(6)),
            "guest_name": Y(lambda f: f.full_name(), "name"),
            "attending": G(lambda f: f.pick(["yes", "no", "maybe"])),
            "party_size": G(lambda f: f.r.randint(1, 5)),
            "events_attending": Many(
                G(lambda f: f.pick(["ceremony", "reception", "welcome_drinks", "brunch"])), 3
            ),
            "plus_one": Opt(
                {"first_name": Y(lambda f: f.first(), "name"), "last_name": Y(lambda f: f.last(), "name")},
                0.4,
            ),
            "meal_choice": G(lambda f: f.pick(["chicken", "beef", "fish", "vegetarian", "kids_meal"])),
            "dietary_restrictions": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "shellfish allergy",
                            "celiac",
                            "peanut allergy",
                            "lactose intolerant",
                            "tree nut allergy",
                        ]
                    ),
                    "allergy|condition",
                ),
                0.4,
            ),
            "requires_halal": Opt(Y(lambda f: f.pick([True, False]), "religion"), 0.3),
            "needs_accessible_seating": Opt(RED(lambda f: f.pick([True, False]), "disability"), 0.4),
            "song_request": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "September - Earth, Wind & Fire",
                            "Tusa - Karol G",
                            "Buko - Jireh Lim",
                            "Dancing Queen - ABBA",
                        ]
                    )
                ),
                0.5,
            ),
            "message_to_couple": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Can't wait!",
                            "¡Felicidades!",
                            "Congrats sa inyong dalawa!",
                            "So happy for you both",
                            "Sorry we'll miss it",
                        ]
                    )
                ),
                0.5,
            ),
            "email_for_updates": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "children_attending": G(lambda f: f.r.randint(0, 3)),
            "hotel_block": Opt(G(lambda f: f.pick(HOTELS)), 0.4),
            "arrival_date": Opt(G(lambda f: f.date_future()), 0.4),
        },
        4,
    ),
    (
        "track",
        "RSVP Form Field Completed",
        ["web"],
        "/w/rsvp",
        {
            "form": G(lambda f: "rsvp"),
            "step": G(lambda f: f.r.randint(1, 4)),
            "field": {
                "name": G(lambda f: "contact"),
                "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
                "valid": G(lambda f: f.pick([True, False])),
            },
            "time_on_field_ms": G(lambda f: f.r.randint(400, 15000)),
        },
        2,
    ),
    (
        "track",
        "Plus One Added",
        ["web", "swift"],
        "/guests",
        {
            "host_guest_id": G(lambda f: f.uuid()),
            "plus_one_name": Y(lambda f: f.full_name(), "name"),
            "plus_one_email": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "relationship_to_guest": G(lambda f: f.pick(["partner", "spouse", "date", "friend", "child"])),
            "added_by": G(lambda f: f.pick(["couple", "guest"])),
            "plus_ones_remaining": G(lambda f: f.r.randint(0, 20)),
        },
        2,
    ),
    (
        "track",
        "Meal Selection Updated",
        ["web", "kotlin"],
        "/guests/meals",
        {
            "guest_id": G(lambda f: f.uuid()),
            "course": G(lambda f: f.pick(["entree", "dessert", "kids"])),
            "choice": G(
                lambda f: f.pick(
                    [
                        "Chicken Cordon Bleu",
                        "Lechon Belly",
                        "Mole Poblano",
                        "Mushroom Risotto",
                        "Grilled Salmon",
                    ]
                )
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "dairy", "eggs"]), "allergy"), 2
            ),
            "is_vegan": G(lambda f: f.pick([True, False])),
            "meal_count_by_choice": {
                "chicken": G(lambda f: f.r.randint(0, 90)),
                "beef": G(lambda f: f.r.randint(0, 90)),
                "vegetarian": G(lambda f: f.r.randint(0, 30)),
            },
        },
        2,
    ),
    (
        "track",
        "Seating Chart Updated",
        ["web"],
        "/seating",
        {
            "chart_id": G(lambda f: f.uuid()),
            "table_count": G(lambda f: f.r.randint(5, 40)),
            "table": {
                "table_number": G(lambda f: f.r.randint(1, 40)),
                "table_name": G(
                    lambda f: f.pick(
                        ["Head Table", "Sweetheart", "Kids Table", "Table 7", "Mesa 3", "Ninongs & Ninangs"]
                    )
                ),
                "capacity": G(lambda f: f.pick([8, 10, 12])),
                "guests": Many(
                    {
                        "guest_id": G(lambda f: f.uuid()),
                        "seat_number": G(lambda f: f.r.randint(1, 12)),
                        "display_name": Y(lambda f: f.full_name(), "name"),
                        "needs_high_chair": G(lambda f: f.pick([True, False])),
                        "wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
                    },
                    6,
                ),
            },
            "last_edited_by": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Wedding Party Member Added",
        ["web", "swift"],
        "/wedding-party",
        {
            "member_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "party_role": G(
                lambda f: f.pick(
                    ["best_man", "maid_of_honor", "bridesmaid", "groomsman", "flower_girl", "ring_bearer"]
                )
            ),
            "is_pet": G(lambda f: f.pick([True, False])),
            "pet": Opt(
                {
                    "name": G(lambda f: f.pick(["Biscuit", "Mochi", "Canela", "Bantay", "Luna"])),
                    "breed": G(lambda f: f.pick(["Golden Retriever", "Aspin", "Chihuahua", "Shih Tzu"])),
                },
                0.3,
            ),
            "bio": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Roommates since freshman year.",
                            "The one who introduced us!",
                            "Childhood best friend.",
                            "Our favorite cousin.",
                        ]
                    )
                ),
                0.5,
            ),
            "photo_url": Opt(Y(lambda f: f"https://cdn.vowly.com/party/{f.hexid(16)}.jpg", "photo"), 0.6),
            "display_order": G(lambda f: f.r.randint(1, 12)),
        },
        2,
    ),
    # -- invitations and messaging --------------------------------------------------------------------
    (
        "track",
        "Invitations Ordered",
        ["web"],
        "/paper/checkout",
        {
            "order_id": G(lambda f: "PPR-" + f.digits(7)),
            "design": G(
                lambda f: f.pick(
                    ["Letterpress Botanica", "Papel Picado Fiesta", "Minimal Script", "Sampaguita Garden"]
                )
            ),
            "quantity": G(lambda f: f.pick([50, 75, 100, 150])),
            "envelope_addressing": G(lambda f: f.pick([True, False])),
            "recipients": Many(
                {
                    "name": Y(
                        lambda f: f.pick(
                            [f.full_name(), f"The {f.last()} Family", f"Mr. and Mrs. {f.last()}"]
                        ),
                        "name",
                    ),
                    "address_line1": Y(lambda f: f.street(), "address|street"),
                    "address_line2": Opt(Y(lambda f: f.line2(), "address|street"), 0.5),
                    "city": Y(lambda f: f.city(), "city"),
                    "region": G(lambda f: f.region()),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: f.country_code()),
                },
                4,
            ),
            "return_address": Y(lambda f: f.one_line_address(), "address"),
            "total": G(lambda f: f.amount(150, 900)),
            "currency": G(lambda f: f.currency()),
        },
        2,
    ),
    (
        "track",
        "Save the Date Sent",
        ["ruby"],
        "",
        {
            "send_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
            "recipient_email": Opt(Y(lambda f: f.email(), "email"), 0.7),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "sms_to": Opt(Y(lambda f: f.phone(), "phone"), 0.4),
            "template_id": G(lambda f: "tmpl_" + f.digits(4)),
            "status": G(lambda f: f.pick(["queued", "sent", "bounced"])),
            "message_id": G(lambda f: f"<{f.digits(14)}.{f.hexid(12)}@mail.vowly.com>"),
        },
        2,
    ),
    (
        "track",
        "Invitation Email Event",
        ["node"],
        "",
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "spamreport"])),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(
                lambda f: f.alnum(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-2A-0"
            ),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "category": Many(G(lambda f: f.pick(["invitation", "save_the_date", "reminder"])), 2),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(G(lambda f: f.pick(UAS_WEB)), 0.6),
            "url": Opt(G(lambda f: f"https://www.vowly.com/w/{f.digits(6)}/rsvp"), 0.4),
        },
        2,
    ),
    (
        "track",
        "SMS RSVP Received",
        ["node"],
        "",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone(), "phone", True),
            "To": G(lambda f: f.pick(["+18335550142", "+525544401122", "+639178880001"])),
            "Body": G(
                lambda f: f.pick(["YES", "NO", "Oo, dadalo kami", "Sí, confirmamos 2", "Y 3", "yes + 1"])
            ),
            "FromCity": Opt(Y(lambda f: f.city(), "city"), 0.6),
            "FromState": Opt(G(lambda f: f.region()), 0.6),
            "FromZip": Opt(Y(lambda f: f.zip(), "zipcode"), 0.4),
            "FromCountry": G(lambda f: f.country_code()),
            "SmsStatus": G(lambda f: "received"),
        },
        2,
    ),
    # -- wedding websites -----------------------------------------------------------------------------
    (
        "track",
        "Website Published",
        ["web"],
        "/website/settings",
        {
            "site_id": G(lambda f: f.digits(6)),
            "site_slug": Y(site_slug, "name", True),
            "theme": G(lambda f: f.pick(["Garden Party", "Hacienda", "Modern Mono", "Tropical"])),
            "sections": Many(
                G(lambda f: f.pick(["our_story", "schedule", "travel", "registry", "faq", "gallery"])), 5
            ),
            "password_protected": G(lambda f: f.pick([True, False])),
            "site_password": Opt(
                RED(
                    lambda f: f.pick(
                        ["ana&marco25", "Kasal2025!", "boda-en-tulum", "love4ever", "Mabuhay123"]
                    ),
                    "password",
                ),
                0.5,
            ),
        },
        2,
    ),
    (
        "page",
        "Wedding Website",
        ["web"],
        "/w/site",
        {
            "path": G(
                lambda f: f.pick(["/w/site", "/w/site/travel", "/w/site/schedule", "/w/site/registry"])
            ),
            "url": G(lambda f: HOSTS[f.cc] + f.pick(["/w/site", "/w/site/travel", "/w/site/schedule"])),
            "title": G(lambda f: f.pick(["Our Wedding", "Travel & Stay", "Schedule", "Registry"])),
            "referrer": G(lambda f: f.pick(["", "https://l.instagram.com/", "https://m.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=invite", "?ref=qr"])),
            "site_id": G(lambda f: f.digits(6)),
            "section": G(lambda f: f.pick(["home", "travel", "schedule", "registry"])),
        },
        4,
    ),
    (
        "screen",
        "Guest List",
        ["swift", "kotlin"],
        "",
        {
            "filter": G(lambda f: f.pick(["all", "attending", "declined", "no_response"])),
            "guest_total": G(lambda f: f.r.randint(10, 350)),
            "sort": G(lambda f: f.pick(["last_name", "side", "rsvp_status"])),
        },
        3,
    ),
    (
        "screen",
        "Checklist",
        ["swift", "kotlin", "flutter"],
        "",
        {
            "tasks_completed": G(lambda f: f.r.randint(0, 80)),
            "tasks_total": G(lambda f: f.pick([82, 95, 110])),
        },
        2,
    ),
    (
        "track",
        "Checklist Task Completed",
        ["swift", "kotlin", "web"],
        "/checklist",
        {
            "task_id": G(lambda f: f.digits(5)),
            "task_name": G(
                lambda f: f.pick(
                    [
                        "Book photographer",
                        "Send save-the-dates",
                        "Apply for marriage license",
                        "Attend Pre-Cana seminar",
                        "Book padrinos",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["vendors", "paperwork", "guests", "ceremony"])),
            "due_in_days": G(lambda f: f.r.randint(-30, 365)),
        },
        2,
    ),
    (
        "track",
        "Name Change Kit Purchased",
        ["web"],
        "/name-change",
        {
            "order_id": G(lambda f: "NCK-" + f.digits(6)),
            "maiden_name": Y(lambda f: f.last(), "name"),
            "new_last_name": Y(lambda f: f.last(), "name"),
            "state": G(lambda f: f.pick(["TX", "CA", "NY", "IL", "FL"])),
            "documents_to_update": Many(
                G(lambda f: f.pick(["social_security_card", "drivers_license", "passport", "bank_accounts"])),
                4,
            ),
            "ssn_card_update": G(lambda f: f.pick([True, False])),
            "passport_number": Opt(RED(lambda f: f.pick(["5", "A", "6"]) + f.digits(8), "passport"), 0.5),
            "price": G(lambda f: f.pick([29.0, 39.0, 49.0])),
        },
        2,
    ),
    # -- vendors --------------------------------------------------------------------------------------
    (
        "track",
        "Vendors Searched",
        ["web", "swift", "kotlin"],
        "/vendors",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "photographer tagaytay",
                        "mariachi cdmx",
                        "lechon catering cebu",
                        "barn venue austin",
                        "florist",
                        "dj",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(list(VENDORS))),
            "location": G(lambda f: f.pick(VENUE_CITIES)),
            "budget_max": Opt(G(lambda f: f.amount(500, 8000)), 0.5),
            "available_on": Opt(G(lambda f: f.date_future()), 0.5),
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "sort": G(lambda f: f.pick(["recommended", "price_low", "rating"])),
        },
        3,
    ),
    (
        "track",
        "Vendor Viewed",
        ["web", "swift", "kotlin"],
        "/vendors/profile",
        {
            "vendor_id": G(lambda f: f.digits(6)),
            "vendor_name": G(lambda f: f.vendor()),
            "category": G(lambda f: f.vendor_category),
            "city": G(lambda f: f.pick(VENUE_CITIES)),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5.0), 1)),
            "review_count": G(lambda f: f.r.randint(0, 600)),
            "price_tier": G(lambda f: f.pick(["$", "$$", "$$$", "$$$$"])),
            "position": G(lambda f: f.r.randint(1, 30)),
        },
        3,
    ),
    (
        "track",
        "Vendor Inquiry Sent",
        ["web", "swift"],
        "/vendors/profile",
        {
            "inquiry_id": G(lambda f: f.uuid()),
            "vendor_id": G(lambda f: f.digits(6)),
            "vendor_name": G(lambda f: vendor_name(f)),
            "couple_name": Y(lambda f: f.couple(), "name"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "contact_phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "preferred_contact_method": G(lambda f: f.pick(["email", "phone", "whatsapp", "viber"])),
            "wedding_date": G(lambda f: f.date_future()),
            "guest_count": G(lambda f: f.r.randint(30, 350)),
            "message": Y(inquiry_message, "phone|email", True),
            "tracking_phone_number": Opt(
                G(lambda f: f.pick(["+1 512-555-0134", "+52 55 5000 1199", "+63 2 8555 0100"])), 0.4
            ),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.alnum(60) + "_BwE", "advertising id"), 0.3),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.alnum(56), "advertising id"), 0.3),
        },
        3,
    ),
    (
        "group",
        None,
        ["node", "python"],
        "",
        {
            "name": G(lambda f: f.vendor()),
            "industry": G(lambda f: f.vendor_category),
            "plan": G(lambda f: f.pick(["basic", "pro", "elite"])),
            "support_phone": G(
                lambda f: f.pick(
                    ["+1 (512) 555-0188", "+52 998 555 0123", "+63 32 555 0147", "(210) 555-0199"]
                )
            ),
            "bookings_email": G(lambda f: f"{f.pick(ROLE_MAILBOXES)}@{f.pick(VENDOR_DOMAINS)}"),
            "website": G(lambda f: "https://" + f.pick(VENDOR_DOMAINS)),
            "business_address": {
                "street": G(
                    lambda f: f.pick(
                        ["1200 Lakeshore Dr", "Calle 5 de Mayo 18", "Gen. Maxilom Ave. 221", "88 Market Row"]
                    )
                ),
                "city": G(lambda f: f.pick(VENUE_CITIES)),
                "state": G(lambda f: f.pick(["TX", "Quintana Roo", "Cebu", "CA"])),
                "postal_code": G(lambda f: f.pick(["78746", "77500", "6000", "94558"])),
                "country": G(lambda f: f.pick(["US", "MX", "PH"])),
            },
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "owner_email": Y(lambda f: f.email(), "email"),
            "createdAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Vendor Booked",
        ["dotnet"],
        "",
        {
            "BookingId": G(lambda f: f.digits(9)),
            "VendorId": G(lambda f: f.digits(6)),
            "VendorName": G(lambda f: f.vendor()),
            "VendorCategory": G(lambda f: f.vendor_category),
            "ContractAmount": G(lambda f: f.amount(800, 9000)),
            "Currency": G(lambda f: f.currency()),
            "EventDate": G(lambda f: f.date_future() + "T00:00:00"),
            "ClientFullName": Y(lambda f: f.full_name(), "name"),
            "ClientEmail": Y(lambda f: f.email(), "email"),
            "ClientPhone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "BillingAddress": Opt(Y(lambda f: f.one_line_address(), "address"), 0.5),
            "CoordinatorName": Y(lambda f: f.full_name(), "name"),
            "CoordinatorMobile": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "VenueAddress": G(
                lambda f: f.pick(
                    [
                        "Carretera Tulum-Cobá Km 4.5, Tulum, Q.R.",
                        "1200 Lakeshore Dr, Austin, TX 78746",
                        "Aguinaldo Hwy, Tagaytay, Cavite 4120",
                    ]
                )
            ),
            "VenuePhone": G(lambda f: f.pick(["+52 984 555 0110", "+1 512 555 0177", "+63 46 555 0190"])),
            "ContractSignedAt": G(lambda f: f.iso()),
            "SignatureIp": Y(lambda f: f.ip(), "ip"),
            "PaymentMethodId": RED(lambda f: f.pm(), "token"),
            "IsMilitaryDiscount": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Lead Responded",
        ["flutter"],
        "",
        {
            "lead_id": G(lambda f: f.uuid()),
            "response_time_minutes": G(lambda f: f.r.randint(1, 2880)),
            "responder_name": Y(lambda f: f.full_name(), "name"),
            "client_name": Y(lambda f: f.couple(), "name"),
            "client_phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "quote_amount": G(lambda f: f.amount(500, 8000)),
            "template_used": G(
                lambda f: f.pick(["Full Day Package", "Paquete Oro", "Basic Coverage", "none"])
            ),
        },
        2,
    ),
    (
        "track",
        "Staff Scheduled",
        ["java"],
        "",
        {
            "event_id": G(lambda f: f.digits(8)),
            "caterer": G(lambda f: vendor_name(f, "caterer")),
            "shift_date": G(lambda f: f.date_future()),
            "staff": Many(
                {
                    "staff_id": G(lambda f: f.digits(5)),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "role": G(
                        lambda f: f.pick(["server", "bartender", "captain", "lechonero", "dishwasher"])
                    ),
                    "hourly_rate": Y(lambda f: f.pick([18.5, 22.0, 25.0, 95.0, 120.0, 450.0]), "salary"),
                    "shift_start": G(lambda f: f.pick(["14:00", "15:30", "16:00"])),
                    "mobile": Y(lambda f: f.phone(), "phone"),
                },
                5,
            ),
        },
        1,
    ),
    (
        "track",
        "Integration Connected",
        ["flutter", "php"],
        "",
        {
            "provider": G(lambda f: f.pick(["google_calendar", "quickbooks", "honeybook", "outlook"])),
            "scopes": Many(G(lambda f: f.pick(["calendar.events", "accounting", "contacts.readonly"])), 2),
            "access_token": RED(lambda f: "ya29." + f.alnum(80), "token"),
            "refresh_token": Opt(RED(lambda f: "1//0" + f.alnum(60), "token"), 0.5),
            "expires_in": G(lambda f: 3599),
            "token_type": G(lambda f: "Bearer"),
        },
        1,
    ),
    (
        "track",
        "Gallery Shared",
        ["go"],
        "",
        {
            "gallery_id": G(lambda f: f.hexid(12)),
            "photographer": G(lambda f: vendor_name(f, "photographer")),
            "gallery_url": G(lambda f: f"https://gallery.vowly.com/g/{f.hexid(12)}"),
            "photo_count": G(lambda f: f.r.randint(200, 1800)),
            "download_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret|token"),
            "shared_with": Many(Y(lambda f: f.email(), "email"), 3),
            "cover_photo_url": Y(lambda f: f"https://gallery.vowly.com/g/{f.hexid(12)}/cover.jpg", "photo"),
        },
        1,
    ),
    (
        "track",
        "Tasting Scheduled",
        ["web", "kotlin"],
        "/vendors/booking",
        {
            "tasting_id": G(lambda f: f.uuid()),
            "caterer": G(lambda f: vendor_name(f, "caterer")),
            "tasting_at": G(lambda f: f.iso()),
            "attendee_names": Many(Y(lambda f: f.full_name(), "name"), 4),
            "dietary_restrictions": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "shellfish allergy",
                            "celiac",
                            "peanut allergy",
                            "lactose intolerant",
                            "tree nut allergy",
                        ]
                    ),
                    "allergy|condition",
                ),
                0.5,
            ),
            "kitchen_address": G(
                lambda f: f.pick(
                    [
                        "410 E 5th St, Austin, TX",
                        "Av. Vallarta 3100, Guadalajara, Jal.",
                        "M.J. Cuenco Ave, Cebu City",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Officiant Booked",
        ["web"],
        "/vendors/officiant",
        {
            "officiant_id": G(lambda f: f.digits(6)),
            "officiant_name": Y(
                lambda f: f.pick(["Rev. ", "Fr. ", "Pastor ", "Lic. ", ""]) + f.full_name(), "name"
            ),
            "organization": G(lambda f: vendor_name(f, "officiant")),
            "officiant_phone": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "denomination": Y(
                lambda f: f.pick(
                    [
                        "Catholic",
                        "Non-denominational",
                        "Baptist",
                        "Interfaith",
                        "Iglesia Filipina Independiente",
                    ]
                ),
                "religion",
            ),
            "license_state": G(lambda f: f.pick(["TX", "CA", "NY"])),
            "fee": G(lambda f: f.amount(150, 900)),
        },
        2,
    ),
    # -- registry and e-commerce ----------------------------------------------------------------------
    (
        "track",
        "Registry Created",
        ["web", "swift"],
        "/registry/setup",
        {
            "registry_id": G(lambda f: f.digits(8)),
            "registry_type": G(lambda f: f.pick(["universal", "cash_only", "hybrid"])),
            "shipping_address": person_address(),
            "ship_after": G(lambda f: f.date_future()),
            "is_public": G(lambda f: f.pick([True, False])),
            "linked_stores": Many(G(lambda f: f.pick(STORES)), 3),
        },
        2,
    ),
    (
        "track",
        "Registry Viewed",
        ["web", "swift"],
        "/registry",
        {
            "registry_id": G(lambda f: f.digits(8)),
            "couple_names": Y(lambda f: f.couple(), "name"),
            "viewer_is_guest": G(lambda f: f.pick([True, False])),
            "items_count": G(lambda f: f.r.randint(5, 120)),
            "sort": G(lambda f: f.pick(["featured", "price_low", "price_high"])),
        },
        3,
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift"],
        "/shop",
        {
            "query": G(
                lambda f: f.pick(
                    ["kitchenaid mixer", "dutch oven", "sábanas queen", "rice cooker", "luggage set"]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 80)),
        },
        2,
    ),
    (
        "track",
        "Product Added to Registry",
        ["web", "swift", "kotlin"],
        "/shop",
        {
            "registry_id": G(lambda f: f.digits(8)),
            "store": G(lambda f: f.pick(STORES)),
            "quantity_requested": G(lambda f: f.r.randint(1, 8)),
            "external_url": Opt(
                G(
                    lambda f: (
                        f"https://www.{f.pick(['amazon.com', 'target.com', 'liverpool.com.mx'])}"
                        f"/dp/{f.alnum(10)}"
                    )
                ),
                0.5,
            ),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "brand", "price")},
        },
        3,
    ),
    (
        "track",
        "Product Added",
        ["web", "swift"],
        "/shop/cart",
        {
            "cart_id": G(lambda f: f.uuid()),
            "registry_id": G(lambda f: f.digits(8)),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
        3,
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        "/shop/checkout",
        {
            "order_id": G(lambda f: f.digits(10)),
            "registry_id": G(lambda f: f.digits(8)),
            "value": G(lambda f: f.amount(30, 400)),
            "revenue": G(lambda f: f.amount(30, 400)),
            "shipping": G(lambda f: f.amount(0, 15)),
            "tax": G(lambda f: f.amount(0, 30)),
            "currency": G(lambda f: f.currency()),
            "products": Many(product(), 3),
        },
        3,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        "/shop/checkout",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(10)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "oxxo", "gcash", "apple_pay"])),
            "card_brand": Opt(G(lambda f: f.pick(["visa", "mastercard", "amex"])), 0.7),
            "card_last4": Opt(G(lambda f: f"{f.r.randint(0, 9999):04d}"), 0.7),
            "card_exp_month": Opt(G(lambda f: f.r.randint(1, 12)), 0.7),
            "card_exp_year": Opt(G(lambda f: f.r.randint(2025, 2032)), 0.7),
            "payment_method_id": Opt(RED(lambda f: f.pm(), "token"), 0.6),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "address": person_address(),
            },
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "node"],
        "/shop/confirmation",
        {
            "order_id": G(lambda f: f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "registry_id": G(lambda f: f.digits(8)),
            "total": G(lambda f: f.amount(30, 400)),
            "subtotal": G(lambda f: f.amount(30, 400)),
            "tax": G(lambda f: f.amount(0, 30)),
            "shipping": G(lambda f: f.amount(0, 15)),
            "discount": G(lambda f: f.amount(0, 20)),
            "coupon": Opt(G(lambda f: f.pick(["COMPLETION20", "BODA10", "WELCOME5"])), 0.4),
            "currency": G(lambda f: f.currency()),
            "products": Many(product(), 3),
            "purchaser": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "gift_message": Opt(Y(gift_message, "name", True), 0.6),
            "ship_to_couple": G(lambda f: f.pick([True, False])),
            "anonymous_gift": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Order Shipped",
        ["python"],
        "",
        {
            "order_id": G(lambda f: f.digits(10)),
            "carrier": G(lambda f: f.pick(["UPS", "FedEx", "Estafeta", "LBC", "J&T Express"])),
            "tracking_number": G(
                lambda f: f.pick(["1Z" + f.alnum(16).upper(), "LBC" + f.digits(12), f.digits(22)])
            ),
            "ship_to": {
                "name": Y(lambda f: f.couple(), "name"),
                "address": person_address(),
                "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            },
            "estimated_delivery": G(lambda f: f.date_future()),
        },
        2,
    ),
    (
        "track",
        "Cash Fund Contributed",
        ["web", "node"],
        "/registry/fund",
        {
            "fund_id": G(lambda f: f.digits(7)),
            "fund_name": G(lambda f: f.pick(FUNDS)),
            "amount": G(lambda f: f.amount(20, 500)),
            "currency": G(lambda f: f.currency()),
            "fee_covered_by_guest": G(lambda f: f.pick([True, False])),
            "contributor_name": Y(lambda f: f.full_name(), "name"),
            "contributor_email": Y(lambda f: f.email(), "email"),
            "note": Opt(
                G(
                    lambda f: f.pick(
                        ["Enjoy Bali!", "Para su nueva casita", "Have fun!", "Cheers to forever"]
                    )
                ),
                0.5,
            ),
            "charge_id": G(lambda f: "ch_3" + f.alnum(23)),
            "payment_method_id": Opt(RED(lambda f: f.pm(), "token"), 0.5),
        },
        3,
    ),
    (
        "track",
        "Vendor Deposit Paid",
        ["php"],
        "",
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "vendor_id": G(lambda f: f.digits(6)),
            "amount": G(lambda f: f.amount(100, 2000)),
            "currency": G(lambda f: f.currency()),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_cvc": Opt(RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"), 0.5),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "billing_zip": Y(lambda f: f.zip(), "zipcode"),
            "gateway_response": G(lambda f: f.pick(["approved", "declined", "requires_3ds"])),
        },
        2,
    ),
    (
        "track",
        "Tax Info Submitted",
        ["python"],
        "",
        {
            "form": G(lambda f: "W-9"),
            "legal_name": Y(lambda f: f.full_name(), "name"),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc"])),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "mailing_address": person_address(),
            "certified": G(lambda f: True),
            "signed_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Cash Fund Withdrawal Requested",
        ["python"],
        "",
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.amount(100, 3000)),
            "currency": G(lambda f: f.currency()),
            "method": G(
                lambda f: {"US": "ach", "MX": "spei", "PH": f.pick(["instapay", "pesonet", "gcash"])}[f.cc]
            ),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "bank_name": G(
                lambda f: f.pick(
                    {
                        "US": ["Chase", "Bank of America", "Wells Fargo"],
                        "MX": ["BBVA México", "Banorte", "Santander"],
                        "PH": ["BDO", "BPI", "Metrobank"],
                    }[f.cc]
                )
            ),
            "routing_number": When(
                "US", G(lambda f: f.pick(["111000025", "121000358", "322271627", "026009593"]))
            ),
            "account_number": When("US PH", RED(lambda f: f.digits(f.pick([10, 12])), "bank account"), 0.7),
            "clabe": When("MX", RED(lambda f: f.clabe(), "bank account")),
            "gcash_number": When("PH", RED(lambda f: f.gcash(), "bank account|phone"), 0.6),
            "ssn_last4": When("US", RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number")),
            "date_of_birth": Y(lambda f: f.date(1975, 2003), "birthdate"),
            "curp": When("MX", RED(lambda f: f.curp(), "national id"), 0.8),
            "tin": When("PH", RED(lambda f: f.ph_tin(), "national id"), 0.7),
            "valid_id_type": When(
                "PH", G(lambda f: f.pick(["PhilSys", "UMID", "Passport", "Driver's License"]))
            ),
            "valid_id_number": When("PH", RED(lambda f: f.philsys(), "national id"), 0.7),
            "civil_status": When("PH", G(lambda f: f.pick(["Single", "Married"]))),
            "verification_status": G(lambda f: f.pick(["pending", "verified", "needs_review"])),
        },
        3,
    ),
    (
        "track",
        "Thank You Note Sent",
        ["web", "swift"],
        "/registry/thank-yous",
        {
            "note_id": G(lambda f: f.uuid()),
            "gift_id": G(lambda f: f.digits(9)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_address": Opt(Y(lambda f: f.one_line_address(), "address"), 0.5),
            "delivery": G(lambda f: f.pick(["email", "printed_card", "sms"])),
            "text": Y(thank_you_text, "name", True),
        },
        2,
    ),
    (
        "track",
        "Premium Upgrade Purchased",
        ["swift"],
        "",
        {
            "product_id": G(
                lambda f: f.pick(["com.vowly.premium.annual", "com.vowly.website.custom_domain"])
            ),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([19.99, 49.99, 349.0, 1190.0])),
            "currency": G(lambda f: f.currency()),
        },
        1,
    ),
    (
        "track",
        "Purchase",
        ["go"],
        "",
        {
            "event_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.amount(30, 400)),
            "currency": G(lambda f: f.currency()),
            "user_data": {
                "em": Y(lambda f: sha256(f, f.email()), "email"),
                "ph": Opt(Y(lambda f: sha256(f, f.phone()), "phone"), 0.6),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"), 0.5),
            },
        },
        2,
    ),
    # -- day-of -----------------------------------------------------------------------------------------
    (
        "track",
        "Guest Checked In",
        ["rn"],
        "",
        {
            "guest_id": G(lambda f: f.uuid()),
            "venue": G(lambda f: f.pick(VENUES)),
            "table_number": G(lambda f: f.r.randint(1, 40)),
            "checked_in_at": G(lambda f: f.iso()),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(14.0, 33.0), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-118.0, 121.5), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
        },
        2,
    ),
    (
        "track",
        "Guest Photo Uploaded",
        ["rn"],
        "",
        {
            "upload_id": G(lambda f: f.uuid()),
            "uploader_name": Y(lambda f: f.first(), "name"),
            "uploader_email": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "photo_url": Y(lambda f: f"https://photos.vowly.com/u/{f.hexid(24)}.heic", "photo"),
            "caption": Opt(
                G(
                    lambda f: f.pick(
                        ["Dance floor 🔥", "First kiss!", "Lechon time", "Mariachi!!", "The cake 😍"]
                    )
                ),
                0.5,
            ),
            "face_tags": Opt(
                Many(
                    {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
                    },
                    3,
                ),
                0.4,
            ),
            "exif": {
                "gps_lat": Opt(Y(lambda f: round(f.r.uniform(14.0, 33.0), 6), "geolocation"), 0.6),
                "gps_lng": Opt(Y(lambda f: round(f.r.uniform(-118.0, 121.5), 6), "geolocation"), 0.6),
                "camera_model": G(lambda f: f.pick(["iPhone 15 Pro", "SM-S918B", "Pixel 8"])),
                "taken_at": G(lambda f: f.iso()),
            },
        },
        2,
    ),
    (
        "track",
        "Valet Ticket Issued",
        ["java"],
        "",
        {
            "ticket_number": G(lambda f: f.digits(6)),
            "venue": G(lambda f: f.pick(VENUES)),
            "license_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.letters(3)}-{f.digits(4)}",
                        f"{f.letters(3)} {f.digits(4)}",
                        f"{f.digits(1)}{f.letters(3)}{f.digits(3)}",
                    ]
                ),
                "license",
            ),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Nissan", "Honda", "Ford", "Mitsubishi"])),
            "guest_phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            "issued_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Hotel Block Reserved",
        ["ruby"],
        "",
        {
            "reservation_id": G(lambda f: f.digits(9)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_city": G(lambda f: f.pick(VENUE_CITIES)),
            "guest_name": Y(lambda f: f.full_name(), "name"),
            "guest_email": Opt(Y(lambda f: f.email(), "email"), 0.6),
            "check_in": G(lambda f: f.date_future()),
            "check_out": G(lambda f: f.date_future()),
            "rooms": G(lambda f: f.r.randint(1, 3)),
            "confirmation_number": G(lambda f: f.alnum(8).upper()),
            "loyalty_number": Opt(G(lambda f: f.digits(9)), 0.4),
        },
        2,
    ),
    (
        "track",
        "Wedding Insurance Quoted",
        ["php"],
        "",
        {
            "quote_id": G(lambda f: f.uuid()),
            "insurer": G(lambda f: f.pick(["WedSafe", "Markel", "Travelers"])),
            "insured_name": Y(lambda f: f.full_name(), "name"),
            "insured_email": Y(lambda f: f.email(), "email"),
            "insured_address": Opt(Y(lambda f: f.one_line_address(), "address"), 0.5),
            "policy_number": Opt(Y(lambda f: f"WS-{f.digits(8)}", "identification"), 0.5),
            "coverage_amount": G(lambda f: f.pick([10000, 25000, 50000])),
            "event_date": G(lambda f: f.date_future()),
            "premium": G(lambda f: f.money(120, 900)),
        },
        2,
    ),
    # -- support and feedback ---------------------------------------------------------------------------
    (
        "track",
        "Support Chat Started",
        ["web", "kotlin"],
        "/help",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "topic": G(lambda f: f.pick(["rsvp", "registry", "login", "website"])),
            "body": Y(support_text, "email", True),
            "agent_assigned": G(lambda f: f.pick([True, False])),
            "visitor_ip": Y(lambda f: f.ip(), "ip"),
        },
        2,
    ),
    (
        "track",
        "NPS Submitted",
        ["web", "swift", "kotlin"],
        "/feedback",
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Love the guest list tool",
                            "Registry checkout was slow",
                            "Ang galing!",
                            "Muy fácil de usar",
                        ]
                    )
                ),
                0.6,
            ),
            "respondent_role": G(lambda f: f.pick(["couple", "guest", "vendor"])),
        },
        2,
    ),
    (
        "track",
        "Guest List Exported",
        ["web"],
        "/guests",
        {
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "row_count": G(lambda f: f.r.randint(10, 400)),
            "columns": Many(
                G(lambda f: f.pick(["first_name", "last_name", "email", "phone", "mailing_address", "meal"])),
                6,
            ),
            "include_addresses": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Budget Item Updated",
        ["web", "swift", "kotlin"],
        "/budget",
        {
            "item_id": G(lambda f: f.digits(7)),
            "category": G(lambda f: f.pick(["venue", "catering", "photography", "attire", "flowers"])),
            "vendor_name": Opt(G(lambda f: vendor_name(f)), 0.6),
            "estimated_cost": G(lambda f: f.amount(100, 9000)),
            "actual_cost": Opt(G(lambda f: f.amount(100, 9000)), 0.5),
            "paid": G(lambda f: f.pick([True, False])),
            "due_date": Opt(G(lambda f: f.date_future()), 0.5),
        },
        2,
    ),
    # -- other conventions: warehouse, kebab-case widget, Spanish and Tagalog backends -------------------
    (
        "identify",
        None,
        ["python"],
        "",
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Opt(Y(lambda f: f.phone(), "phone"), 0.6),
            "ZIP_CODE": Opt(Y(lambda f: f.zip(), "zipcode"), 0.6),
            "STATE": G(lambda f: f.region()),
            "WEDDING_DATE": G(lambda f: f.date_future()),
            "LIFETIME_REGISTRY_GMV": G(lambda f: f.amount(0, 9000)),
            "GUEST_COUNT": G(lambda f: f.r.randint(0, 350)),
            "LTV_SEGMENT": G(lambda f: f.pick(["high", "mid", "low"])),
            "IS_PREMIUM": G(lambda f: f.pick([True, False])),
            "LAST_LOGIN_TS": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Review Widget Loaded",
        ["web"],
        "/vendors/profile",
        {
            "widget-id": G(lambda f: "rw_" + f.hexid(8)),
            "vendor-slug": G(
                lambda f: f.pick(
                    ["golden-hour-studio", "luz-y-sombra", "lechon-republic-cebu", "petal-and-stem"]
                )
            ),
            "review-count": G(lambda f: f.r.randint(0, 400)),
            "avg-rating": G(lambda f: round(f.r.uniform(3.5, 5.0), 2)),
            "top-review": {
                "reviewer-name": Y(
                    lambda f: f.pick([f.full_name(), f.first() + " " + f.last()[0] + "."]), "name"
                ),
                "reviewer-city": Y(lambda f: f.city(), "city"),
                "star-rating": G(lambda f: f.r.randint(1, 5)),
                "posted-at": G(lambda f: f.iso()),
            },
        },
        2,
    ),
    (
        "track",
        "Invitado Confirmado",
        ["php"],
        "",
        {
            "id_invitado": G(lambda f: f.digits(7)),
            "nombre": Y(lambda f: f.first(), "name"),
            "apellido_paterno": Y(lambda f: f.pick(LAST["MX"]), "name"),
            "apellido_materno": Opt(Y(lambda f: f.pick(LAST["MX"]), "name"), 0.7),
            "correo": Opt(Y(lambda f: f.email(), "email"), 0.7),
            "celular": Y(lambda f: f.phone(), "phone"),
            "num_acompanantes": G(lambda f: f.r.randint(0, 4)),
            "mesa": G(lambda f: f.r.randint(1, 40)),
            "confirmado": G(lambda f: f.pick([True, False])),
            "menu": G(lambda f: f.pick(["pollo", "res", "vegetariano", "infantil"])),
            "calle_y_numero": Opt(Y(lambda f: f.street(), "address|street"), 0.5),
            "colonia": Opt(Y(lambda f: f.place[2], "address"), 0.5),
            "municipio": Opt(Y(lambda f: f.city(), "city"), 0.5),
            "codigo_postal": Opt(Y(lambda f: f.zip(), "zipcode"), 0.5),
            "estado": G(lambda f: f.region()),
        },
        3,
    ),
    (
        "track",
        "Factura Solicitada",
        ["php"],
        "",
        {
            "folio": G(lambda f: "A-" + f.digits(6)),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "uso_cfdi": G(lambda f: f.pick(["G03", "S01", "D01"])),
            "regimen_fiscal": G(lambda f: f.pick(["605", "612", "626"])),
            "correo_factura": Y(lambda f: f.email(), "email"),
            "codigo_postal_fiscal": Y(lambda f: f.zip(), "zipcode"),
            "monto": G(lambda f: f.amount(50, 800)),
        },
        2,
    ),
    (
        "track",
        "Padrinos Registrados",
        ["php"],
        "",
        {
            "id_boda": G(lambda f: f.digits(6)),
            "padrinos": Many(
                {
                    "nombre": Y(lambda f: f.full_name(), "name"),
                    "tipo": G(lambda f: f.pick(["lazo", "arras", "anillos", "velación", "pastel"])),
                    "telefono": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
                },
                4,
            ),
            "total_padrinos": G(lambda f: f.r.randint(1, 12)),
        },
        2,
    ),
    (
        "track",
        "Bisita Nagkumpirma",
        ["go"],
        "",
        {
            "kasal_id": G(lambda f: f.digits(6)),
            "pangalan": Y(lambda f: f.first(), "name"),
            "apelyido": Y(lambda f: f.pick(LAST["PH"]), "name"),
            "numero_ng_telepono": Y(lambda f: f.phone(), "phone"),
            "tirahan": Opt(Y(lambda f: f.street(), "address|street"), 0.5),
            "barangay": Opt(Y(lambda f: f.place[2], "address"), 0.5),
            "lungsod": Opt(Y(lambda f: f.city(), "city"), 0.5),
            "lalawigan": G(lambda f: f.region()),
            "dadalo": G(lambda f: f.pick([True, False])),
            "bilang_ng_kasama": G(lambda f: f.r.randint(0, 4)),
            "petsa_ng_kasal": G(lambda f: f.date_future()),
        },
        3,
    ),
    (
        "track",
        "Ninong Ninang Added",
        ["go"],
        "",
        {
            "kasal_id": G(lambda f: f.digits(6)),
            "ninong_name": Y(lambda f: f.full_name(), "name"),
            "ninang_name": Y(lambda f: f.full_name(), "name"),
            "sponsor_type": G(
                lambda f: f.pick(["principal", "secondary_veil", "secondary_cord", "secondary_candle"])
            ),
            "relasyon": G(lambda f: f.pick(["tito", "tita", "boss", "kumpare", "family friend"])),
        },
        2,
    ),
    ("alias", None, ["web", "swift", "kotlin"], "/signup", None, 2),
]


# Events only one country's backend sends.
COUNTRY_OF = {
    "Tax Info Submitted": "US",
    "Name Change Kit Purchased": "US",
    "Invitado Confirmado": "MX",
    "Factura Solicitada": "MX",
    "Padrinos Registrados": "MX",
    "Bisita Nagkumpirma": "PH",
    "Ninong Ninang Added": "PH",
}


def build(seed: int, repeats: int):
    f = WFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, path, body, weight in EVENTS:
            for _ in range(weight):
                f.set_country(COUNTRY_OF.get(name))
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick([f.uuid(), "usr_" + f.digits(8)]),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "vnd_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(f, client, path or "/"), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=139, repeats=14)
    write(Path(__file__).parent, "holdout139_", events, labels)
