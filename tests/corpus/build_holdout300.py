"""Writes holdout300: tests/corpus/holdout300_events.jsonl and holdout300_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, the other corpora's labels or their
scores; nothing here was tuned against the engine's output. It is for unseen scoring.

What it covers: the everyday Segment traffic of "NorthBox", a self-storage and home-removals
company in Canada (English and some Québec French), Germany and Mexico: a booking site per
country (analytics.js), a customer app (analytics-swift, analytics-kotlin), a crew app
(analytics-react-native), a warehouse tablet app (analytics_flutter), and server back ends in
python (booking, auth, credit checks), node (quotes, dispatch, identity checks, e-mail), go
(gate access, telematics), java (payments, warehouse management in SCREAMING_SNAKE), ruby
(auctions, claims, support), php (the Mexican site, Spanish keys) and .NET (the German ERP,
PascalCase, partly German keys). Storage rentals with gate PINs and padlock codes, moving quotes
with pick-up / delivery addresses and room-by-room inventories, crew and truck assignments,
goods insurance and damage claims, card, PAD, SEPA, SPEI and OXXO payments, auctions of
abandoned units, tenant identity and credit checks; identify, track, page, screen, group and
alias calls; vendor-shaped payloads (Twilio, SendGrid, DocuSign, a Veriff-style decision,
Meta's Conversions API, a Samsara-style vehicle feed, Stripe objects).

Conventions: keys are mostly camelCase and snake_case English; about a fifth use what real
customers have besides: PascalCase (.NET ERP, Twilio), SCREAMING_SNAKE (warehouse system),
kebab-case (SendGrid's `smtp-id`, a dispatch board), and German, Mexican Spanish and French
keys. Values are generated per country (names from many cultures, national phone formats,
Canadian A1A 1A1 / German / Mexican postal codes, Luhn-valid SINs and card numbers, mod-97
IBANs, CLABEs and CURPs with their check digits, VINs with their check digit). One person per
message is coherent across its fields (`who(f)`); other people (contacts, crew, bidders) are
drawn independently. Deterministic: seed 300.

Labelling rules (each leaf path: classification, type, value_only):
- PII = personal data about a natural person: the customer, a tenant's alternate contact or
  authorised user, a referee, a bidder or buyer, staff (crew, agents, adjusters, warehouse
  operators). Colour is the reference default for the matcher; for types outside the reference,
  red for credentials/secrets, card numbers, bank accounts and government ids, yellow otherwise.
- Green: ids we or vendors issue (users, orders, quotes, jobs, units, lots, invoices, claims,
  customer and member numbers, Stripe `cus_`/`pi_` ids, envelope ids), versions, timestamps,
  hashes of files, amounts, enums, counters and booleans under PII-sounding keys, names of
  products, units, facilities, trucks, companies, insurers and pets; a business's own phone,
  e-mail (role mailboxes) and address; searched places and facility locations; country, state
  or province, locale, timezone, currency; user agents; OS-issued device ids; card brand, last
  four, expiry; bank transit / institution numbers, BIC and bank names; Places session tokens
  (UUIDs); e-mail Message-IDs; ages and marital status; employers and job titles.
- The brief's published policy is applied as written: insurance policy numbers are yellow
  `identification`; pay and hourly rates yellow `salary`; credit scores yellow `credit score`;
  vehicle plates yellow `license` (also a fleet truck's plate: the policy makes no exception)
  and VINs yellow `serial`; gclid / fbclid / fbp / fbc yellow `advertising id`; the person's
  billing and shipping addresses yellow `address`; trade-union membership yellow `trade union`;
  Stripe `pm_` ids, one-time codes and sign-in link tokens red `token|secret`; identity
  document numbers red `national id|passport`.
- Gate PINs and padlock combinations are credentials the tenant holds: red `password|secret`.
  A push token is red `token`, as in the project's first corpus.
- Special categories from booleans: a military / veteran discount flag is red `veteran`, a
  mobility-assistance or accessible-unit flag is red `disability`. A German salutation
  (`Anrede`, `salutation`: Herr / Frau) reveals sex: yellow `gender`.
- Decisions where the brief is silent (what a careful privacy owner would want flagged):
  staff members' named work e-mails are yellow `email` (role mailboxes stay green); photos of a
  person (selfie, ID scan) are yellow `photo`, photos of goods, units and damage are green;
  SHA-256 hashes of a person's e-mail / phone sent for ad matching are labelled as what they
  hash (yellow); a truck's live GPS during a job tracks its driver: yellow `geolocation`; the
  city Twilio derives from a caller's number is yellow `city`; a defaulted tenant's name in an
  auction listing and a bidder's username are yellow `name`; an identity document's expiry
  date is green (like a card expiry); a smart lock's MAC address is company hardware: green;
  a Mexican colonia in the person's address is yellow `address`; a person's RFC is red
  `national id`, a company's RFC or VAT id green; a Canadian SIN is red
  `social security number|national id`; CLABEs and Canadian account numbers are red
  `bank account`; the IP in an e-mail-open webhook is the reader's: yellow `ip`.
- value_only is true when the key (read with its parent object) names no personal attribute,
  so only the value shows what it is: neutral keys (`q`, `input`, `label`, `text`, `note`,
  `id`, `identifier`, `login_link`) and role words (`recipient`, `to`, `From`, `destination`,
  `dispatcher`, `scannedBy`, `signedBy`). A
  value_only PII path holds that PII in every value (`email|phone` where each value is one or
  the other). Free text is labelled by what every one of its values carries; free text that
  carries no PII in any value is green.
"""

import hashlib
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- structure ----------------------------------------------------------------------------------


@dataclass
class Opt:
    """A key that is present in only some messages (probability p)."""

    item: Any
    p: float = 0.5


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
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def K(value):
    return G(lambda f: value)


def P(*values):
    return G(lambda f: f.pick(values))


# -- people and places per country ----------------------------------------------------------------

FIRST = {
    "CA": [
        "Emily",
        "Liam",
        "Olivia",
        "Ethan",
        "Geneviève",
        "Mathieu",
        "Étienne",
        "Marie-Ève",
        "Jean-François",
        "Harpreet",
        "Gurpreet",
        "Wei",
        "Jia Hui",
        "Aarav",
        "Priya",
        "Siobhan",
        "Declan",
        "Fatima",
        "Mohamed",
        "Thi Lan",
        "Kateri",
        "Tyler",
        "Nadia",
        "Rajesh",
    ],
    "DE": [
        "Lukas",
        "Leonie",
        "Jürgen",
        "Sabine",
        "Ayşe",
        "Mehmet",
        "Anna-Lena",
        "Maximilian",
        "Björn",
        "Katharina",
        "Dragan",
        "Małgorzata",
        "Sven",
        "Ute",
        "Jonas",
        "Hannah",
        "Emre",
        "Yasemin",
        "Thorsten",
        "Ingrid",
        "Nikolai",
        "Aleksandra",
    ],
    "MX": [
        "José Luis",
        "María Guadalupe",
        "Juan Carlos",
        "Ximena",
        "Fernanda",
        "Alejandro",
        "Itzel",
        "Diego",
        "Sofía",
        "Luis Ángel",
        "Valeria",
        "Jesús",
        "Citlali",
        "Carlos Eduardo",
        "Ana Paola",
        "Rodrigo",
        "Xóchitl",
        "Mariana",
        "Héctor",
        "Yaretzi",
    ],
}
LAST = {
    "CA": [
        "Tremblay",
        "Gagnon",
        "Roy",
        "Côté",
        "Bouchard",
        "Smith",
        "Brown",
        "Wilson",
        "MacDonald",
        "Singh",
        "Sandhu",
        "Gill",
        "Chen",
        "Wong",
        "Li",
        "Nguyen",
        "Patel",
        "Campbell",
        "Lévesque",
        "Okonkwo",
        "Morrison",
        "O'Connor",
        "Haddad",
        "Kowalchuk",
    ],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Yılmaz",  # noqa: RUF001
        "Kaya",
        "Nowak",
        "Kowalczyk",
        "Weiß",
        "Groß",
        "Krüger",
        "Petrović",
        "von Ahlen",
        "Özdemir",
        "Nguyen",
        "Schäfer",
    ],
    "MX": [
        "Hernández",
        "García",
        "Martínez",
        "López",
        "González",
        "Pérez",
        "Rodríguez",
        "Sánchez",
        "Ramírez",
        "Cruz",
        "Flores",
        "Gómez",
        "Morales",
        "Vázquez",
        "Jiménez",
        "Reyes",
        "Díaz",
        "Torres",
        "Ruiz",
        "Mendoza",
        "Xicoténcatl",
        "Chávez",
    ],
}
MAIL_DOMAINS = {
    "CA": ["gmail.com", "outlook.com", "hotmail.ca", "videotron.ca", "rogers.com", "icloud.com", "bell.net"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "icloud.com"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es", "prodigy.net.mx", "live.com.mx"],
}
# city, province/state, postal prefix or range, lat, lon, timezone
CITIES = {
    "CA": [
        ("Toronto", "ON", "M", 43.6532, -79.3832, "America/Toronto"),
        ("Montréal", "QC", "H", 45.5019, -73.5674, "America/Toronto"),
        ("Vancouver", "BC", "V", 49.2827, -123.1207, "America/Vancouver"),
        ("Calgary", "AB", "T", 51.0447, -114.0719, "America/Edmonton"),
        ("Ottawa", "ON", "K", 45.4215, -75.6972, "America/Toronto"),
        ("Halifax", "NS", "B", 44.6488, -63.5752, "America/Halifax"),
        ("Québec", "QC", "G", 46.8139, -71.2080, "America/Toronto"),
        ("Mississauga", "ON", "L", 43.5890, -79.6441, "America/Toronto"),
    ],
    "DE": [
        ("Berlin", "BE", (10115, 14199), 52.5200, 13.4050, "Europe/Berlin"),
        ("Hamburg", "HH", (20095, 22769), 53.5511, 9.9937, "Europe/Berlin"),
        ("München", "BY", (80331, 81929), 48.1351, 11.5820, "Europe/Berlin"),
        ("Köln", "NW", (50667, 51149), 50.9375, 6.9603, "Europe/Berlin"),
        ("Frankfurt am Main", "HE", (60306, 60599), 50.1109, 8.6821, "Europe/Berlin"),
        ("Leipzig", "SN", (4103, 4357), 51.3397, 12.3731, "Europe/Berlin"),
        ("Stuttgart", "BW", (70173, 70629), 48.7758, 9.1829, "Europe/Berlin"),
    ],
    "MX": [
        ("Ciudad de México", "CDMX", (1000, 16999), 19.4326, -99.1332, "America/Mexico_City"),
        ("Guadalajara", "Jalisco", (44100, 45299), 20.6597, -103.3496, "America/Mexico_City"),
        ("Monterrey", "Nuevo León", (64000, 64999), 25.6866, -100.3161, "America/Monterrey"),
        ("Querétaro", "Querétaro", (76000, 76246), 20.5888, -100.3899, "America/Mexico_City"),
        ("Puebla", "Puebla", (72000, 72599), 19.0414, -98.2063, "America/Mexico_City"),
        ("Mérida", "Yucatán", (97000, 97399), 20.9674, -89.5926, "America/Merida"),
    ],
}
STREETS = {
    "CA": [
        "Rue Saint-Denis",
        "Queen St W",
        "Yonge St",
        "Boul. René-Lévesque O",
        "Commercial Dr",
        "Jasper Ave NW",
        "Rue Sherbrooke E",
        "Bank St",
        "Spring Garden Rd",
        "17 Ave SW",
        "Davie St",
        "Avenue du Mont-Royal E",
        "Dundas St E",
        "Kingsway",
    ],
    "DE": [
        "Hauptstraße",
        "Schönhauser Allee",
        "Bahnhofstr.",
        "Kastanienallee",
        "Leopoldstraße",
        "Am Mühlenberg",
        "Goethestraße",
        "Sonnenallee",
        "Friedrich-Ebert-Straße",
        "Lindenweg",
        "Karl-Marx-Allee",
        "Eppendorfer Weg",
        "Bergmannstraße",
    ],
    "MX": [
        "Av. Insurgentes Sur",
        "Calle Morelos",
        "Av. Chapultepec",
        "Calle Hidalgo",
        "Av. Revolución",
        "Calle 60",
        "Av. Vallarta",
        "Calle Juárez",
        "Blvd. Bernardo Quintana",
        "Av. Constitución",
        "Calle Zacatecas",
        "Av. Universidad",
    ],
}
COLONIAS = [
    "Del Valle",
    "Roma Norte",
    "Condesa",
    "Narvarte",
    "Providencia",
    "Centro",
    "Obispado",
    "Polanco",
    "Juriquilla",
    "García Ginerés",
    "Chapultepec",
    "La Paz",
]
MUNICIPIOS = {
    "Ciudad de México": ["Benito Juárez", "Cuauhtémoc", "Coyoacán", "Miguel Hidalgo"],
    "Guadalajara": ["Guadalajara", "Zapopan"],
    "Monterrey": ["Monterrey", "San Pedro Garza García"],
    "Querétaro": ["Querétaro", "El Marqués"],
    "Puebla": ["Puebla", "San Andrés Cholula"],
    "Mérida": ["Mérida"],
}
CA_POSTAL_LETTERS = "ABCEGHJKLMNPRSTVXY"
COUNTRY_NAMES = {"CA": "Canada", "DE": "Deutschland", "MX": "México"}
LOCALES = {"CA": ["en-CA", "en-CA", "fr-CA"], "DE": ["de-DE"], "MX": ["es-MX"]}
FACILITIES = {
    "CA": [
        ("TOR-LV-01", "NorthBox Toronto Liberty Village"),
        ("MTL-03", "NorthBox Montréal Rosemont"),
        ("VAN-02", "NorthBox Vancouver Strathcona"),
        ("YYC-01", "NorthBox Calgary Beltline"),
    ],
    "DE": [
        ("BER-KRZ", "NorthBox Berlin Kreuzberg"),
        ("HAM-ALT", "NorthBox Hamburg Altona"),
        ("MUC-SEN", "NorthBox München Sendling"),
    ],
    "MX": [
        ("CDMX-DV", "NorthBox CDMX Del Valle"),
        ("GDL-ZAP", "NorthBox Guadalajara Zapopan"),
        ("MTY-OBI", "NorthBox Monterrey Obispado"),
    ],
}


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("ö", "oe").replace("ü", "ue")  # noqa: RUF001
    return unicodedata.normalize("NFKD", s.replace("ä", "ae")).encode("ascii", "ignore").decode().lower()


def phone(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.cc
    r = f.r
    if cc == "CA":
        area = f.pick([416, 647, 437, 514, 438, 604, 778, 403, 587, 613, 902, 819, 418, 905])
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return f.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area} {ex} {line:04d}",
                f"{area}.{ex}.{line:04d}",
                f"1-{area}-{ex}-{line:04d}",
            ]
        )
    if cc == "DE":
        if r.random() < 0.65:
            pre = f.pick(["151", "152", "160", "170", "171", "172", "175", "176", "177", "179", "157"])
            sub = str(r.randint(1000000, 99999999))
            return f.pick([f"+49 {pre} {sub}", f"0{pre} {sub}", f"+49{pre}{sub}", f"0{pre}/{sub}"])
        area = f.pick(["30", "40", "89", "221", "69", "341", "711"])
        sub = str(r.randint(100000, 9999999))
        return f.pick([f"+49 {area} {sub}", f"0{area} {sub}", f"+49 (0){area} {sub}", f"0{area}/{sub}"])
    area = f.pick(["55", "33", "81", "442", "222", "999"])
    rest = 10 - len(area)
    num = str(r.randint(10 ** (rest - 1), 10**rest - 1))
    a, b = num[: rest - 4], num[rest - 4 :]
    return f.pick(
        [
            f"+52 {area} {a} {b}",
            f"{area} {a} {b}",
            f"+52{area}{num}",
            f"({area}) {a}-{b}",
            f"+52 1 {area} {a} {b}",
            f"{area}-{a}-{b}",
        ]
    )


def first(f: Fake, cc=None):
    return f.pick(FIRST[cc or f.cc])


def last(f: Fake, cc=None):
    cc = cc or f.cc
    if cc == "MX":
        return f"{f.pick(LAST['MX'])} {f.pick(LAST['MX'])}"
    return f.pick(LAST[cc])


def full(f: Fake, cc=None):
    return f"{first(f, cc)} {last(f, cc)}"


def email_for(f: Fake, fn: str, ln: str, cc=None) -> str:
    a = ascii_fold(fn).replace(" ", "").replace("'", "")
    b = ascii_fold(ln.split(" ")[0]).replace("'", "").replace(" ", "")
    style = f.r.randint(0, 5)
    local = [
        f"{a}.{b}",
        f"{a}{b}{f.r.randint(1, 99)}",
        f"{a[0]}{b}",
        f"{a}_{b}",
        f"{b}.{a}",
        f"{a}{f.r.randint(70, 99)}",
    ][style]
    return f"{local}@{f.pick(MAIL_DOMAINS[cc or f.cc])}"


def email(f: Fake, cc=None) -> str:
    cc = cc or f.cc
    return email_for(f, first(f, cc), last(f, cc), cc)


def dob(f: Fake) -> str:
    return f.date(1948, 2004)


def postal(f: Fake, city_row) -> str:
    cc_prefix = city_row[2]
    if isinstance(cc_prefix, str):
        r = f.r
        return (
            f"{cc_prefix}{r.randint(1, 9)}{f.pick(CA_POSTAL_LETTERS)} "
            f"{r.randint(0, 9)}{f.pick(CA_POSTAL_LETTERS)}{r.randint(0, 9)}"
        )
    lo, hi = cc_prefix
    return f"{f.r.randint(lo, hi):05d}"


def street_line(f: Fake, cc: str) -> tuple[str, str, str]:
    name = f.pick(STREETS[cc])
    num = str(f.r.randint(1, 2999))
    if cc == "DE":
        num = str(f.r.randint(1, 180)) + f.pick(["", "", "", "a", "b"])
        return f"{name} {num}", name, num
    if cc == "MX":
        return f"{name} {num}", name, num
    return f"{num} {name}", name, num


def unit_line(f: Fake, cc: str) -> str:
    if cc == "CA":
        return f.pick(
            [
                f"Apt {f.r.randint(1, 40)}",
                f"#{f.r.randint(101, 3405)}",
                f"app. {f.r.randint(1, 12)}",
                f"Unit {f.r.randint(1, 20)}",
                f"Suite {f.r.randint(100, 900)}",
            ]
        )
    if cc == "DE":
        return f.pick(["Hinterhaus", "3. OG links", "2. OG", "Seitenflügel", "bei Kaya", "EG rechts"])
    return f.pick(
        [
            f"Int. {f.r.randint(1, 20)}",
            f"Depto. {f.r.randint(101, 905)}",
            f"Int. {f.r.randint(1, 9)}B",
            f"Casa {f.r.randint(1, 40)}",
        ]
    )


def new_person(f: Fake, cc: str) -> dict:
    fn, ln = first(f, cc), last(f, cc)
    return {
        "first": fn,
        "last": ln,
        "full": f"{fn} {ln}",
        "email": email_for(f, fn, ln, cc),
        "phone": phone(f, cc),
        "dob": dob(f),
    }


def new_address(f: Fake, cc: str) -> dict:
    row = f.pick(CITIES[cc])
    line1, street, num = street_line(f, cc)
    return {
        "line1": line1,
        "street": street,
        "num": num,
        "line2": unit_line(f, cc),
        "city": row[0],
        "region": row[1],
        "postal": postal(f, row),
        "country": cc,
        "country_name": COUNTRY_NAMES[cc],
        "lat": round(row[3] + f.r.uniform(-0.08, 0.08), 6),
        "lon": round(row[4] + f.r.uniform(-0.08, 0.08), 6),
        "colonia": f.pick(COLONIAS),
        "municipio": f.pick(MUNICIPIOS.get(row[0], [row[0]])),
    }


def who(f: Fake, slot: str = "me") -> dict:
    key = "who:" + slot
    if key not in f.cache:
        f.cache[key] = new_person(f, f.cc)
    return f.cache[key]


def where(f: Fake, slot: str = "home") -> dict:
    key = "where:" + slot
    if key not in f.cache:
        f.cache[key] = new_address(f, f.cc)
    return f.cache[key]


def me(attr):
    return lambda f: who(f)[attr]


def at(slot, attr):
    return lambda f: where(f, slot)[attr]


def person(slot, attr):
    return lambda f: who(f, slot)[attr]


def geo_near(f: Fake) -> tuple[float, float]:
    if "geo" not in f.cache:
        row = f.pick(CITIES[f.cc])
        f.cache["geo"] = (
            round(row[3] + f.r.uniform(-0.1, 0.1), 6),
            round(row[4] + f.r.uniform(-0.1, 0.1), 6),
        )
    return f.cache["geo"]


def city_row(f: Fake):
    if "city_row" not in f.cache:
        f.cache["city_row"] = f.pick(CITIES[f.cc])
    return f.cache["city_row"]


def e164(number: str, cc: str) -> str:
    """The E.164 form of a number written in any of the national formats above."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if cc == "CA":
        return "+1" + digits[-10:]
    if cc == "DE":
        national = digits[2:] if number.startswith("+49") else digits[1:]
        if national.startswith("0"):  # the (0) of +49 (0)89
            national = national[1:]
        return "+49" + national
    national = digits[2:] if number.startswith("+52") else digits
    if number.startswith("+52 1 "):
        national = national[1:]
    return "+52" + national


def steuer_id(f: Fake) -> str:
    """German tax id: 11 digits, one digit twice in the first ten, ISO 7064 MOD 11,10 check digit."""
    pool = f.r.sample(range(10), 9)
    pool.append(f.pick(pool))
    f.r.shuffle(pool)
    if pool[0] == 0:
        i = next(i for i, d in enumerate(pool) if d != 0)
        pool[0], pool[i] = pool[i], pool[0]
    product = 10
    for d in pool:
        total = (d + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return "".join(map(str, pool)) + str(0 if check == 10 else check)


# -- identifiers with real structure --------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits


def rand(f: Fake, n: int, alphabet: str = ALNUM) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def sin(f: Fake) -> str:
    number = f.luhn_complete(str(f.pick([1, 2, 3, 4, 5, 6, 7, 9])) + f.digits(7))
    return f.pick(
        [f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}", number]
    )


def curp(f: Fake) -> str:
    dictionary = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    year, month, day = f.r.randint(50, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    body = (
        f.pick(cons)
        + f.pick("AEIOU")
        + f.pick(cons)
        + f.pick(string.ascii_uppercase)
        + f"{year:02d}{month:02d}{day:02d}"
        + f.pick("HM")
        + f.pick(["DF", "JC", "NL", "QT", "PL", "YN", "MC", "GT"])
        + f.pick(cons)
        + f.pick(cons)
        + f.pick(cons)
        + "0"
    )
    total = sum(dictionary.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def rfc_person(f: Fake) -> str:
    u = string.ascii_uppercase
    return (
        rand(f, 4, u)
        + f"{f.r.randint(50, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + rand(f, 2, u + string.digits)
        + f.pick("0123456789A")
    )


def rfc_company(f: Fake) -> str:
    u = string.ascii_uppercase
    return (
        rand(f, 3, u)
        + f"{f.r.randint(0, 23):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + rand(f, 3, u + string.digits)
    )


def clabe(f: Fake) -> str:
    body = (
        f.pick(["002", "012", "014", "021", "072", "044", "127"])
        + f"{f.r.randint(10, 999):03d}"
        + f.digits(11)
    )
    weights = [3, 7, 1] * 6
    total = sum((int(d) * w) % 10 for d, w in zip(body, weights, strict=False))
    return body + str((10 - total % 10) % 10)


def vin(f: Fake) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    )
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = f.pick(["2T1", "1HG", "WVW", "WBA", "3VW", "5YJ", "2HG", "JM1", "KNA"])
    chars = list(wmi + rand(f, 5, alphabet) + "0" + rand(f, 2, alphabet) + rand(f, 6, string.digits))
    total = sum((int(c) if c.isdigit() else values[c]) * w for c, w in zip(chars, weights, strict=True))
    check = total % 11
    chars[8] = "X" if check == 10 else str(check)
    return "".join(chars)


def container_no(f: Fake) -> str:
    values, v = {}, 10
    for c in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        values[c] = v
        v += 1
    owner = f.pick(["NBX", "TGH", "MSK"]) + "U"
    serial = f"{f.r.randint(0, 999999):06d}"
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner + serial))
    return f"{owner} {serial} {total % 11 % 10}"


def id_doc(f: Fake) -> tuple[str, str]:
    """An identity document's type and number, coherent within a message."""
    if "id_doc" not in f.cache:
        kind = f.pick(
            ["PASSPORT", "ID_CARD", "RESIDENCE_PERMIT"] if f.cc != "CA" else ["PASSPORT", "RESIDENCE_PERMIT"]
        )
        if kind == "PASSPORT":
            number = passport_no(f)
        elif f.cc == "CA":
            number = rand(f, 2, string.ascii_uppercase) + f.digits(7)
        elif f.cc == "DE":
            number = f.pick("CFGHJKLMNPRTVWXYZ") + rand(f, 8, "CFGHJKLMNPRTVWXYZ0123456789")
        else:
            number = "IDMEX" + f.digits(10) if kind == "ID_CARD" else f.digits(9)
        f.cache["id_doc"] = (kind, number)
    return f.cache["id_doc"]


def passport_no(f: Fake) -> str:
    if f.cc == "CA":
        return rand(f, 2, string.ascii_uppercase) + f.digits(6)
    if f.cc == "DE":
        return "C" + rand(f, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    return f.pick("GN") + f.digits(8)


def plate(f: Fake) -> str:
    if f.cc == "CA":
        return f.pick(
            [
                rand(f, 4, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + f.digits(3),
                rand(f, 3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + f.digits(3),
                f"{f.digits(3)} {rand(f, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}",
            ]
        )
    if f.cc == "DE":
        district = f.pick(["B", "HH", "M", "K", "F", "L", "S"])
        return f"{district}-{rand(f, 2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {f.r.randint(1, 9999)}"
    return f"{rand(f, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{f.digits(3)}-{f.pick('ABCDEFGH')}"


def gate_code(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(0, 9999):04d}",
            f"{f.r.randint(0, 999999):06d}",
            f"#{f.r.randint(0, 9999):04d}",
            f"{f.r.randint(0, 99999):05d}#",
            f"*{f.r.randint(0, 9999):04d}",
        ]
    )


def combination(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(0, 39)}-{f.r.randint(0, 39)}-{f.r.randint(0, 39)}",
            f"{f.r.randint(0, 9999):04d}",
            f"{f.r.randint(0, 999):03d}",
        ]
    )


def otp(f: Fake) -> str:
    return f.pick(
        [f"{f.r.randint(0, 999999):06d}", f"{f.r.randint(0, 9999):04d}", f"{f.r.randint(0, 99999999):08d}"]
    )


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    return prefix + rand(f, n)


def gclid(f: Fake) -> str:
    return "Cj0KCQ" + rand(f, 2, "ij") + rand(f, 76, ALNUM + "-_") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + rand(f, 58, ALNUM + "-_")


def sha(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def unit_no(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick('ABCDEF')}-{f.r.randint(100, 460)}",
            f"{f.r.randint(1001, 4999)}",
            f"{f.pick('ABC')}{f.r.randint(1, 3)}-{f.r.randint(1, 60):02d}",
        ]
    )


def facility(f: Fake) -> tuple[str, str]:
    key = "facility"
    if key not in f.cache:
        f.cache[key] = f.pick(FACILITIES[f.cc])
    return f.cache[key]


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def money_cc(f: Fake, lo=20, hi=400):
    factor = {"CA": 1.0, "DE": 0.7, "MX": 17.0}[f.cc]
    return round(f.r.uniform(lo, hi) * factor, 2)


def currency(f: Fake) -> str:
    return {"CA": "CAD", "DE": "EUR", "MX": "MXN"}[f.cc]


def denial(f: Fake):
    if "denial" not in f.cache:
        f.cache["denial"] = f.pick([None, None, None, "delinquent", "outside_hours", "wrong_pin"])
    return f.cache["denial"]


def uid(f: Fake) -> str:
    return f.pick(["u_" + f.digits(6), f.uuid(), "cus-" + f.digits(8)])


def date_ahead(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


UNIT_NAMES = [
    "5'x5' Locker",
    "5'x10' Climate Controlled",
    "10'x10' Drive-Up",
    "10'x15' Indoor",
    "10'x20' Vehicle",
    "Locker S",
    "Box M (4 m²)",
    "Bodega 6 m²",
    "Box L (10 m²)",
    "Bodega 12 m²",
]
INVENTORY_ITEMS = [
    "Sofa (3-seater)",
    "Queen bed frame",
    "Mattress (queen)",
    "Dresser",
    "Dining table",
    "Chairs",
    "Bookshelf",
    "Washer",
    "Dryer",
    "Fridge",
    'TV 65"',
    "Desk",
    "Boxes (medium)",
    "Piano (upright)",
    "Bicycle",
    "Wardrobe",
    "Kleiderschrank",
    "Waschmaschine",
    "Ropero",
    "Comedor 6 sillas",
    "Refrigerador",
    "Crib",
    "Treadmill",
    "Aquarium",
]
ROOMS = [
    "Living room",
    "Kitchen",
    "Bedroom 1",
    "Bedroom 2",
    "Garage",
    "Basement",
    "Office",
    "Wohnzimmer",
    "Küche",
    "Schlafzimmer",
    "Keller",
    "Sala",
    "Cocina",
    "Recámara principal",
    "Patio",
]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
]
HOSTS = {"CA": "https://www.northbox.ca", "DE": "https://www.northbox.de", "MX": "https://www.northbox.mx"}


# -- contexts of the client libraries ---------------------------------------------------------------


def locale_of(f: Fake) -> str:
    return f.pick(LOCALES[f.cc])


def tz_of(f: Fake) -> str:
    return f.pick(CITIES[f.cc])[5]


def web_ctx(pages):
    def page_url(f, path):
        host = "https://ops.northbox.io" if path.startswith("/console") else HOSTS[f.cc]
        return host + path

    def chosen(f):
        if "page" not in f.cache:
            f.cache["page"] = f.pick(pages)
        return f.cache["page"]

    return {
        "library": {
            "name": K("analytics.js"),
            "version": P("npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"),
        },
        "page": {
            "path": G(lambda f: chosen(f)[0]),
            "referrer": P(
                "",
                "https://www.google.com/",
                "https://www.google.de/",
                "https://www.bing.com/",
                "https://www.facebook.com/",
                "https://www.sparefoot.com/",
            ),
            "search": P(
                "", "", "?utm_source=google&utm_medium=cpc&utm_campaign=storage_brand", "?ref=nav", "?lang=fr"
            ),
            "title": G(lambda f: chosen(f)[1]),
            "url": G(lambda f: page_url(f, chosen(f)[0])),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P("Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"),
                        "version": P("126", "125", "8", "24"),
                    },
                    3,
                ),
                "mobile": P(True, False),
                "platform": P("Windows", "macOS", "Android"),
            },
            0.6,
        ),
        "locale": G(locale_of),
        "timezone": G(tz_of),
        "campaign": Opt(
            {
                "name": P("storage_brand", "moving_q2", "umzug_sommer", "mudanzas_cdmx", "student_summer"),
                "source": P("google", "facebook", "newsletter", "sparefoot"),
                "medium": P("cpc", "email", "paid_social", "referral"),
                "term": P(
                    "self storage near me",
                    "storage units",
                    "lagerraum mieten",
                    "bodegas renta",
                    "movers toronto",
                ),
                "content": P("ad_a", "ad_b", "hero_banner"),
            },
            0.3,
        ),
    }


def ctx_traits():
    return {
        "email": Y(me("email"), "email"),
        "firstName": Opt(Y(me("first"), "name"), 0.6),
        "userId": G(lambda f: f.cache["userId"]),
    }


def swift_ctx():
    return {
        "app": {
            "name": K("NorthBox"),
            "version": P("4.2.0", "4.3.1", "4.3.2"),
            "build": P("4200", "4310", "4322"),
            "namespace": K("ca.northbox.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": K("Apple"),
            "model": P("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2", "iPhone12,8"),
            "name": K("iPhone"),
            "type": K("ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
            "adTrackingEnabled": P(True, False),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": K("analytics-swift"), "version": P("1.5.11", "1.6.1")},
        "os": {"name": K("iOS"), "version": P("17.5.1", "17.4", "16.7.8", "18.0.1")},
        "screen": {"width": P(390, 393, 430, 375), "height": P(844, 852, 932, 667)},
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "locale": G(locale_of),
        "timezone": G(tz_of),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": K("NorthBox"),
            "version": P("4.2.0", "4.3.1"),
            "build": P("40200", "40310"),
            "namespace": K("ca.northbox.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: android_model(f)[0]),
            "model": G(lambda f: android_model(f)[1]),
            "name": G(lambda f: android_model(f)[2]),
            "type": K("android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.35),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": K("analytics-kotlin"), "version": P("1.16.3", "1.15.0")},
        "os": {"name": K("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "height": P(2400, 2340, 2316), "width": P(1080, 1220)},
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "bluetooth": K(False),
            "carrier": P(
                "Rogers", "Bell", "TELUS", "Vodafone.de", "Telekom.de", "o2 - de", "Telcel", "AT&T MX"
            ),
        },
        "locale": G(locale_of),
        "timezone": G(tz_of),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            "Dalvik/2.1.0 (Linux; U; Android 12; 2201117TY Build/SKQ1.211006.001)",
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


ANDROID_MODELS = [
    ("samsung", "SM-S921B", "e1q"),
    ("Google", "Pixel 8", "shiba"),
    ("motorola", "moto g54 5G", "cancunf"),
    ("Xiaomi", "2201117TY", "spes"),
    ("samsung", "SM-A546E", "a54x"),
]


def android_model(f: Fake):
    if "android" not in f.cache:
        f.cache["android"] = f.pick(ANDROID_MODELS)
    return f.cache["android"]


def rn_ctx():
    return {
        "app": {
            "name": K("NorthBox Crew"),
            "version": P("2.8.0", "2.9.1"),
            "build": P("280", "291"),
            "namespace": K("com.northbox.crew"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung"),
            "model": P("iPhone14,7", "SM-G991W", "SM-A536W"),
            "type": P("ios", "android"),
        },
        "library": {"name": K("analytics-react-native"), "version": P("2.20.3", "2.19.5")},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14", "13")},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "network": {"wifi": P(True, False), "cellular": K(True)},
        "locale": G(locale_of),
        "timezone": G(tz_of),
        "location": Opt(
            {
                "latitude": Y(lambda f: where(f, "job")["lat"], "geolocation"),
                "longitude": Y(lambda f: where(f, "job")["lon"], "geolocation"),
                "speed": G(lambda f: round(f.r.uniform(0, 3), 1)),
            },
            0.8,
        ),
        "traits": {"employeeId": G(lambda f: "E" + f.digits(5)), "role": P("mover", "driver", "crew_lead")},
    }


def flutter_ctx():
    return {
        "app": {
            "name": K("NorthBox Yard"),
            "version": P("1.4.0", "1.5.2"),
            "build": P("140", "152"),
            "namespace": K("com.northbox.yard"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Zebra Technologies"),
            "model": P("SM-X205", "ET40", "TC58"),
            "type": K("android"),
        },
        "library": {"name": K("analytics_flutter"), "version": P("1.1.4", "1.1.6")},
        "os": {"name": K("Android"), "version": P("13", "11")},
        "screen": {"width": P(1200, 800), "height": P(1920, 1280)},
        "locale": G(locale_of),
        "timezone": G(tz_of),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.7.2"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_ctx(lib):
    name, version = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": K(name), "version": K(version)}}
    if lib in ("python", "node", "php", "ruby"):
        ctx["ip"] = Opt(Y(ip, "ip"), 0.7)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS_WEB)), 0.4)
    if lib in ("python", "node"):
        ctx["locale"] = Opt(G(locale_of), 0.5)
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(me("email"), "email", True),
                    "type": K("email"),
                    "collection": K("users"),
                    "encoding": K("none"),
                },
                1,
            ),
            0.3,
        )
    if lib == "dotnet":
        ctx["traits"] = Opt({"tenantCountry": K("DE")}, 0.3)
    return ctx


def context_for(client, pages):
    if client == "web":
        return web_ctx(pages)
    if client == "swift":
        return swift_ctx()
    if client == "kotlin":
        return kotlin_ctx()
    if client == "rn":
        return rn_ctx()
    if client == "flutter":
        return flutter_ctx()
    return server_ctx(client)


# -- events ---------------------------------------------------------------------------------------


@dataclass
class E:
    kind: str
    name: str | None
    client: str  # web, app (swift or kotlin), swift, kotlin, rn, flutter, or a server library
    body: dict
    cc: str = "*"  # CA, DE, MX, or * for any
    weight: float = 1.0
    pages: tuple = (("/", "NorthBox"),)


def ca_free(f):
    return f.pick(
        [
            "Narrow staircase, 3rd floor walk-up.",
            "We have an upright piano.",
            "Parking is tight on our street.",
            "Need boxes delivered a week before.",
            "Elevator must be booked with the building.",
            "",
            "Please call before arriving.",
            "Fragile: antique mirror.",
        ]
    )


def product_item():
    return {
        "product_id": G(lambda f: f.pick(["unit_", "sup_"]) + f.digits(6)),
        "sku": G(
            lambda f: f.pick(["SU-", "BOX-", "LCK-", "TAPE-"]) + f.digits(4) + f.pick(["", "-M", "-L", "-CC"])
        ),
        "name": P(
            *UNIT_NAMES, "Medium moving box (bundle of 10)", "Disc padlock", "Packing tape", "Mattress cover"
        ),
        "category": P("storage_unit", "moving_supplies", "locks", "protection"),
        "price": G(lambda f: money_cc(f, 2, 300)),
        "quantity": G(lambda f: f.r.randint(1, 12)),
    }


EVENTS: list[E] = [
    # ---- booking site ------------------------------------------------------------------------
    E(
        "page",
        "Home",
        "web",
        {
            "path": P("/", "/fr", "/umzug", "/mudanzas", "/storage-units/toronto", "/lagerraum/berlin"),
            "url": G(lambda f: HOSTS[f.cc] + f.pick(["/", "/storage-units", "/moving"])),
            "title": P(
                "Self Storage & Moving | NorthBox",
                "Lagerraum & Umzug | NorthBox",
                "Bodegas y Mudanzas | NorthBox",
                "Entreposage et déménagement | NorthBox",
            ),
            "referrer": P(
                "", "https://www.google.com/", "https://www.google.com.mx/", "https://duckduckgo.com/"
            ),
            "search": P("", "?utm_source=google&utm_medium=cpc", "?ref=footer"),
        },
        weight=3,
        pages=(("/", "Self Storage & Moving | NorthBox"), ("/storage-units", "Storage units | NorthBox")),
    ),
    E(
        "track",
        "Storage Units Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "Toronto",
                        "H2J 2K8",
                        "Liberty Village",
                        "Berlin Kreuzberg",
                        "10997",
                        "Polanco",
                        "Monterrey centro",
                        "storage near Union Station",
                        "Zapopan",
                    ]
                )
            ),
            "filters": {
                "size": P("small", "medium", "large", "vehicle", "any"),
                "climateControlled": P(True, False),
            },
            "results_count": G(lambda f: f.r.randint(0, 48)),
            "nearest_facility_id": G(lambda f: facility(f)[0]),
        },
        weight=2,
        pages=(("/storage-units", "Find storage | NorthBox"),),
    ),
    E(
        "track",
        "Product Viewed",
        "web",
        {
            **{k: v for k, v in product_item().items() if k != "quantity"},
            "currency": G(currency),
            "facility": {
                "id": G(lambda f: facility(f)[0]),
                "name": G(lambda f: facility(f)[1]),
                "city": G(lambda f: f.pick(CITIES[f.cc])[0]),
                "phone": G(
                    lambda f: {"CA": "+1 416 900 4210", "DE": "+49 30 2093 1180", "MX": "+52 55 4170 2233"}[
                        f.cc
                    ]
                ),
                "address": G(
                    lambda f: {
                        "CA": "55 Hanna Ave, Toronto, ON",
                        "DE": "Ohlauer Str. 43, 10999 Berlin",
                        "MX": "Av. Coyoacán 1435, Del Valle, CDMX",
                    }[f.cc]
                ),
                "latitude": G(lambda f: {"CA": 43.6389, "DE": 52.4951, "MX": 19.3720}[f.cc]),
                "longitude": G(lambda f: {"CA": -79.4198, "DE": 13.4331, "MX": -99.1710}[f.cc]),
            },
        },
        weight=2,
        pages=(("/storage-units/unit", "Unit details | NorthBox"),),
    ),
    E(
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: money_cc(f)),
            "currency": G(currency),
            "coupon": P("", "FIRSTMONTH", "STUDENT25", "MUDANZA10"),
            "products": Many(product_item(), 3),
        },
        pages=(("/checkout", "Checkout | NorthBox"),),
    ),
    E(
        "track",
        "Reservation Form Submitted",
        "web",
        {
            "reservation_id": G(lambda f: "R-" + f.digits(7)),
            "unit_id": G(unit_no),
            "first_name": Y(me("first"), "name"),
            "last_name": Y(me("last"), "name"),
            "email": Y(me("email"), "email"),
            "phone": Y(me("phone"), "phone"),
            "move_in_date": G(lambda f: date_ahead(f)),
            "marketing_opt_in": P(True, False),
            "sms_opt_in": P(True, False),
            "how_heard": P("google", "friend", "drove_by", "sparefoot", "instagram"),
            "military_discount": RED(lambda f: f.pick([True, False, False, False]), "veteran"),
            "accessible_unit_requested": RED(lambda f: f.pick([True, False, False]), "disability"),
            "phone_type": P("mobile", "home", "work"),
        },
        weight=1.5,
        pages=(("/reserve", "Reserve your unit | NorthBox"),),
    ),
    E(
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: money_cc(f)),
            "tax": G(lambda f: money_cc(f, 2, 60)),
            "currency": G(currency),
            "payment_method": P("card", "sepa_debit", "oxxo", "pad", "apple_pay"),
            "products": Many(product_item(), 3),
            "billing_address": {
                "line1": Y(at("home", "line1"), "address|street"),
                "line2": Opt(Y(at("home", "line2"), "address|street"), 0.5),
                "city": Y(at("home", "city"), "city"),
                "postal_code": Y(at("home", "postal"), "zipcode"),
                "state": G(at("home", "region")),
                "country": G(at("home", "country")),
            },
            "is_first_order": P(True, False),
        },
        pages=(("/checkout/confirmation", "Thank you | NorthBox"),),
    ),
    E(
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": K(3),
            "payment_method": P("card", "sepa_debit", "oxxo"),
            "card_brand": P("visa", "mastercard", "amex", "interac"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "stripe_payment_method": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "cardholder_name": Y(me("full"), "name"),
            "billing_postal_code": Y(at("home", "postal"), "zipcode"),
            "save_card": P(True, False),
        },
        pages=(("/checkout/payment", "Payment | NorthBox"),),
    ),
    E(
        "track",
        "Moving Quote Requested",
        "web",
        {
            "quote_id": G(lambda f: "Q-2025-" + f.digits(6)),
            "move_type": P("local", "long_distance", "international", "office"),
            "move_date": G(lambda f: date_ahead(f)),
            "flexible_dates": P(True, False),
            "pickup": {
                "street": Y(at("from", "line1"), "street|address"),
                "unit": Opt(Y(at("from", "line2"), "address|street"), 0.5),
                "city": Y(at("from", "city"), "city"),
                "postal_code": Y(at("from", "postal"), "zipcode"),
                "province": G(at("from", "region")),
                "country": G(at("from", "country")),
                "floor": G(lambda f: f.r.randint(0, 14)),
                "elevator": P(True, False),
            },
            "dropoff": {
                "street": Y(at("to", "line1"), "street|address"),
                "unit": Opt(Y(at("to", "line2"), "address|street"), 0.5),
                "city": Y(at("to", "city"), "city"),
                "postal_code": Y(at("to", "postal"), "zipcode"),
                "province": G(at("to", "region")),
                "country": G(at("to", "country")),
                "floor": G(lambda f: f.r.randint(0, 14)),
                "elevator": P(True, False),
            },
            "home_size": P("studio", "1br", "2br", "3br", "4br+"),
            "contact": {
                "name": Y(me("full"), "name"),
                "email": Y(me("email"), "email"),
                "phone": Y(me("phone"), "phone"),
                "preferred_method": P("email", "phone", "sms", "whatsapp"),
            },
            "comments": G(ca_free),
            "moving_with_pets": P(True, False),
            "pet_name": Opt(P("Luna", "Bella", "Max", "Milo", "Coco", "Rocky", "Pelusa", "Simba"), 0.3),
            "gclid": Opt(Y(gclid, "advertising id"), 0.3),
            "mobility_assistance_required": RED(lambda f: f.pick([True, False, False]), "disability"),
        },
        weight=1.5,
        pages=(("/moving/quote", "Get a moving quote | NorthBox"),),
    ),
    E(
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(
                lambda f: f.pick(
                    [
                        where(f, "from")["line1"],
                        where(f, "from")["line1"] + ", " + where(f, "from")["city"][:3],
                    ]
                ),
                "address",
                True,
            ),
            "session_token": G(lambda f: f.uuid()),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(lambda f: "ChIJ" + rand(f, 23, ALNUM + "_-")),
            "field": P("pickup", "dropoff", "billing"),
            "provider": K("google_places"),
        },
        pages=(("/moving/quote", "Get a moving quote | NorthBox"),),
    ),
    E(
        "track",
        "Inventory Item Added",
        "app",
        {
            "quote_id": G(lambda f: "Q-2025-" + f.digits(6)),
            "room": P(*ROOMS),
            "item_name": P(*INVENTORY_ITEMS),
            "quantity": G(lambda f: f.r.randint(1, 30)),
            "cubic_feet": G(lambda f: round(f.r.uniform(1, 70), 1)),
            "fragile": P(True, False),
            "notes": P("", "glass top", "legs come off", "very heavy", "Glasplatte", "frágil"),
        },
        weight=2,
    ),
    E(
        "track",
        "Move Inventory Submitted",
        "node",
        {
            "quote_id": G(lambda f: "Q-2025-" + f.digits(6)),
            "rooms": Many(
                {
                    "name": P(*ROOMS),
                    "items": Many(
                        {
                            "name": P(*INVENTORY_ITEMS),
                            "qty": G(lambda f: f.r.randint(1, 20)),
                            "volume_m3": G(lambda f: round(f.r.uniform(0.05, 2.5), 2)),
                        },
                        4,
                    ),
                },
                4,
            ),
            "total_volume_m3": G(lambda f: round(f.r.uniform(8, 90), 1)),
        },
    ),
    E(
        "track",
        "Quote Sent",
        "node",
        {
            "quote_id": G(lambda f: "Q-2025-" + f.digits(6)),
            "estimate_total": G(lambda f: money_cc(f, 400, 6000)),
            "currency": G(currency),
            "valid_until": G(lambda f: date_ahead(f)),
            "sales_rep_name": Y(lambda f: full(f), "name"),
            "sales_rep_email": Y(
                lambda f: (
                    ascii_fold(first(f)).replace(" ", ".")
                    + f.pick([".", "_"])
                    + ascii_fold(f.pick(LAST[f.cc])).replace("'", "").replace(" ", "")
                    + "@northbox."
                    + f.cc.lower()
                ),
                "email",
            ),
            "recipient": Y(me("email"), "email", True),
            "reply_to": P("quotes@northbox.ca", "angebote@northbox.de", "cotizaciones@northbox.mx"),
            "pdf_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    E(
        "track",
        "Quote Accepted",
        "web",
        {
            "quote_id": G(lambda f: "Q-2025-" + f.digits(6)),
            "deposit_amount": G(lambda f: money_cc(f, 50, 500)),
            "accepted_terms": K(True),
            "signature_name": Y(me("full"), "name"),
            "move_date": G(lambda f: date_ahead(f)),
            "insurance_selected": P("basic", "full_value", "none"),
        },
        pages=(("/moving/quote/accept", "Accept your quote | NorthBox"),),
    ),
    E(
        "identify",
        None,
        "web",
        {
            "email": Y(me("email"), "email"),
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "phone": Y(me("phone"), "phone"),
            "address": {
                "street": Y(at("home", "line1"), "street|address"),
                "city": Y(at("home", "city"), "city"),
                "postalCode": Y(at("home", "postal"), "zipcode"),
                "state": G(at("home", "region")),
                "country": G(at("home", "country")),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": P("en", "fr", "de", "es"),
            "customerType": P("storage", "moving", "both", "business"),
            "activeRentals": G(lambda f: f.r.randint(0, 3)),
            "emailVerified": P(True, False),
            "age": G(lambda f: f.r.randint(19, 82)),
        },
        weight=2,
    ),
    E(
        "track",
        "Signed In",
        "app",
        {
            "method": P("password", "apple", "google", "magic_link"),
            "email_verified": P(True, False),
            "phone_verified": P(True, False),
            "two_factor_enabled": P(True, False),
            "password_strength": P("weak", "fair", "strong"),
        },
        weight=2,
    ),
    E(
        "track",
        "Password Reset Requested",
        "python",
        {
            "email": Y(me("email"), "email"),
            "reset_token": RED(lambda f: rand(f, 43, ALNUM + "-_"), "token"),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    E(
        "track",
        "Verification Code Sent",
        "python",
        {
            "channel": K("sms"),
            "destination": Y(me("phone"), "phone", True),
            "code": RED(otp, "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    E(
        "track",
        "Sign-in Link Sent",
        "python",
        {
            "login_link": RED(
                lambda f: f"https://app.northbox.{f.cc.lower()}/auth/verify?token={rand(f, 48, ALNUM)}",
                "token|secret",
                True,
            ),
            "identifier": Y(lambda f: f.pick([who(f)["email"], who(f)["phone"]]), "email|phone", True),
            "expires_minutes": K(15),
        },
    ),
    # ---- customer app -------------------------------------------------------------------------
    E(
        "screen",
        "Unit Details",
        "app",
        {
            "unit_id": G(unit_no),
            "facility_id": G(lambda f: facility(f)[0]),
            "from_screen": P("Home", "My Units", "Payments", "Notifications"),
        },
        weight=3,
    ),
    E(
        "track",
        "Gate Code Viewed",
        "app",
        {
            "unit_id": G(unit_no),
            "facility_id": G(lambda f: facility(f)[0]),
            "gate_code": RED(gate_code, "password|secret"),
            "pin_length": P(4, 5, 6),
            "biometric_unlock": P(True, False),
            "copied_to_clipboard": P(True, False),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Gate Access Granted",
        "go",
        {
            "facility_id": G(lambda f: facility(f)[0]),
            "gate_id": P("GATE-1", "GATE-2", "PED-1", "ELEV-3"),
            "keypad_serial": G(lambda f: "PTI-" + f.digits(8)),
            "access_method": P("pin", "bluetooth", "app_button", "plate_recognition"),
            "entered_pin": Opt(RED(gate_code, "password|secret"), 0.6),
            "tenant_id": G(lambda f: "T" + f.digits(7)),
            "unit_number": G(unit_no),
            "vehicle_plate": Opt(Y(plate, "license"), 0.5),
            "direction": P("in", "out"),
            "denied": G(lambda f: denial(f) is not None),
            "denied_reason": G(denial),
        },
        weight=2,
    ),
    E(
        "track",
        "Padlock Code Updated",
        "app",
        {
            "unit_id": G(unit_no),
            "lock_serial": G(lambda f: "NB-" + f.digits(6)),
            "lock_type": P("combination_disc", "cylinder", "smart"),
            "combination": RED(combination, "password|secret"),
            "previous_combination": Opt(RED(combination, "password|secret"), 0.5),
            "shared_with_authorized_users": P(True, False),
        },
    ),
    E(
        "track",
        "Smart Lock Unlocked",
        "kotlin",
        {
            "lock_id": G(lambda f: "lk_" + f.hexid(12)),
            "lock_mac": G(lambda f: "E4:" + f.mac()[3:]),
            "offline_key_used": P(True, False),
        },
    ),
    E(
        "track",
        "Autopay Enabled",
        "app",
        {
            "rental_id": G(lambda f: "RNT-" + f.digits(7)),
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "brand": P("visa", "mastercard", "amex"),
            "last4": G(lambda f: f.digits(4)),
            "autopay_day": G(lambda f: f.r.randint(1, 28)),
            "paperless_billing": P(True, False),
        },
    ),
    E(
        "track",
        "Alternate Contact Added",
        "app",
        {
            "rental_id": G(lambda f: "RNT-" + f.digits(7)),
            "contact": {
                "name": Y(person("alt", "full"), "name"),
                "phone": Y(person("alt", "phone"), "phone"),
                "email": Opt(Y(person("alt", "email"), "email"), 0.6),
                "relationship": P("spouse", "parent", "sibling", "friend", "employer"),
            },
            "authorized_for_access": P(True, False),
            "contact_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    E(
        "track",
        "Authorized User Added",
        "swift",
        {
            "unit_id": G(unit_no),
            "authorized_user": {
                "first_name": Y(person("auth", "first"), "name"),
                "last_name": Y(person("auth", "last"), "name"),
                "mobile": Y(person("auth", "phone"), "phone"),
            },
            "access_expires_at": Opt(G(lambda f: f.iso()), 0.6),
            "gate_pin_issued": P(True, False),
        },
    ),
    E(
        "track",
        "Referral Sent",
        "app",
        {
            "referral_code": G(lambda f: "NB" + rand(f, 6, string.ascii_uppercase + string.digits)),
            "referee_email": Y(email, "email"),
            "channel": P("email", "sms", "copy_link"),
            "reward_amount": P(25, 50, 300),
        },
    ),
    E(
        "track",
        "Vehicle Storage Booked",
        "web",
        {
            "reservation_id": G(lambda f: "R-" + f.digits(7)),
            "vehicle": {
                "type": P("car", "rv", "boat", "motorcycle", "trailer"),
                "make": P("Toyota", "Honda", "Volkswagen", "BMW", "Ford", "Nissan", "Kia"),
                "model": P("Corolla", "Civic", "Golf", "X3", "F-150", "Versa", "Sportage"),
                "year": G(lambda f: f.r.randint(1998, 2024)),
                "vin": Y(vin, "serial"),
                "plate": Y(plate, "license"),
                "length_ft": G(lambda f: f.r.randint(12, 40)),
            },
            "space_type": P("covered", "uncovered", "indoor"),
            "insurance_proof_uploaded": P(True, False),
        },
        pages=(("/vehicle-storage/book", "Vehicle storage | NorthBox"),),
    ),
    E(
        "track",
        "Application Opened",
        "app",
        {
            "from_background": P(True, False),
            "version": P("4.2.0", "4.3.1", "4.3.2"),
            "build": P("4200", "4310", "40310"),
        },
        weight=2,
    ),
    # ---- payments ----------------------------------------------------------------------------
    E(
        "track",
        "Invoice Paid",
        "java",
        {
            "invoice_number": G(lambda f: f.pick(["INV-CA-", "RE-2025-", "FAC-A-"]) + f.digits(6)),
            "rental_id": G(lambda f: "RNT-" + f.digits(7)),
            "amount": G(lambda f: money_cc(f)),
            "currency": G(currency),
            "payment_method": P("card", "sepa_debit", "pad", "spei", "oxxo"),
            "card": Opt(
                {
                    "brand": P("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "bin": G(lambda f: f.pick(["4", "5", "37"]) + f.digits(4 if f.r.random() < 0.5 else 5)),
                },
                0.6,
            ),
            "stripe_customer_id": G(lambda f: stripe_id(f, "cus_", 14)),
            "payment_intent": G(lambda f: stripe_id(f, "pi_")),
            "paid_at": G(lambda f: f.iso()),
        },
        weight=2,
    ),
    E(
        "track",
        "PAD Agreement Signed",
        "python",
        {
            "rental_id": G(lambda f: "RNT-" + f.digits(7)),
            "institution_number": P("001", "002", "003", "004", "006", "010", "815"),
            "transit_number": G(lambda f: f.digits(5)),
            "account_number": RED(lambda f: f.digits(f.r.randint(7, 12)), "bank account"),
            "account_holder_name": Y(me("full"), "name"),
            "signed_ip": Y(ip, "ip"),
            "mandate_reference": G(lambda f: "PAD-" + f.digits(8)),
        },
        cc="CA",
    ),
    E(
        "track",
        "SEPA Mandate Created",
        "java",
        {
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": P("COBADEFFXXX", "DEUTDEBBXXX", "BYLADEM1001", "GENODEF1S04", "INGDDEFFXXX"),
            "bank_name": P("Commerzbank", "Deutsche Bank", "DKB", "Berliner Volksbank", "ING"),
            "account_holder": Y(me("full"), "name"),
            "mandate_id": G(lambda f: "NBX-MNDT-" + f.digits(7)),
            "signed_at": G(lambda f: f.iso()),
            "iban_last4": G(lambda f: f.digits(4)),
        },
        cc="DE",
    ),
    E(
        "track",
        "Phone Payment Taken",
        "web",
        {
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "rental_id": G(lambda f: "RNT-" + f.digits(7)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "amount": G(lambda f: money_cc(f)),
            "call_recorded": K(False),
        },
        cc="CA",
        weight=0.6,
        pages=(("/console/payments/new", "Take payment · NorthBox Ops"),),
    ),
    # ---- identity and credit ---------------------------------------------------------------
    E(
        "track",
        "Tenant Identity Verified",
        "node",
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": P("approved", "declined", "resubmission_requested"),
                "decisionTime": G(lambda f: f.iso()),
                "person": {
                    "firstName": Y(me("first"), "name"),
                    "lastName": Y(me("last"), "name"),
                    "dateOfBirth": Y(me("dob"), "birthdate"),
                    "nationality": Y(
                        lambda f: f.pick(
                            {
                                "CA": ["CA", "IN", "CN", "PH"],
                                "DE": ["DE", "TR", "PL", "SY"],
                                "MX": ["MX", "VE", "CO"],
                            }[f.cc]
                        ),
                        "citizenship",
                    ),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "idNumber": Opt(
                        RED(lambda f: {"MX": curp, "DE": steuer_id, "CA": sin}[f.cc](f), "national id"), 0.5
                    ),
                },
                "document": {
                    "number": RED(lambda f: id_doc(f)[1], "national id|passport"),
                    "type": G(lambda f: id_doc(f)[0]),
                    "country": G(lambda f: f.cc),
                    "validUntil": G(
                        lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                    ),
                },
                "riskScore": G(lambda f: round(f.r.uniform(0, 1), 2)),
            },
        },
    ),
    E(
        "track",
        "ID Document Uploaded",
        "app",
        {
            "document_type": P("passport", "drivers_licence", "ine", "personalausweis"),
            "side": P("front", "back"),
            "file_size_kb": G(lambda f: f.r.randint(300, 4200)),
            "upload_ms": G(lambda f: f.r.randint(400, 9000)),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.northbox.io/selfie/{f.uuid()}.jpg", "photo"),
            "auto_capture": P(True, False),
        },
    ),
    E(
        "track",
        "Rental Application Submitted",
        "web",
        {
            "application_id": G(lambda f: "APP-" + f.digits(6)),
            "applicant": {
                "first_name": Y(me("first"), "name"),
                "last_name": Y(me("last"), "name"),
                "date_of_birth": Y(me("dob"), "birthdate"),
                "sin": Opt(RED(sin, "social security number|national id"), 0.6),
                "drivers_licence": Y(
                    lambda f: f"{f.pick('ABCDEFGHKLMNPRSTW')}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}",
                    "license",
                ),
                "employer": P(
                    "Shopify", "TD Bank", "City of Toronto", "Self-employed", "Hydro-Québec", "Loblaw"
                ),
                "job_title": P("Nurse", "Software Developer", "Teacher", "Electrician", "Student", "Retired"),
                "annual_income": Y(lambda f: f.r.randint(28, 190) * 1000, "salary"),
                "marital_status": P("single", "married", "common_law", "divorced"),
                "age_band": P("18-24", "25-34", "35-44", "45-54", "55+"),
            },
            "previous_address": Y(
                lambda f: (
                    f"{where(f, 'prev')['line1']}, {where(f, 'prev')['city']}, "
                    f"{where(f, 'prev')['region']} {where(f, 'prev')['postal']}"
                ),
                "address",
            ),
            "years_at_address": G(lambda f: f.r.randint(0, 20)),
            "sin_provided": P(True, False),
            "emergency_contact": {
                "name": Y(person("alt", "full"), "name"),
                "phone": Y(person("alt", "phone"), "phone"),
                "relationship": P("mother", "father", "partner", "friend", "sister"),
            },
        },
        cc="CA",
        pages=(("/business/apply", "Rental application | NorthBox"),),
    ),
    E(
        "track",
        "Credit Check Completed",
        "python",
        {
            "application_id": G(lambda f: "APP-" + f.digits(6)),
            "bureau": P("Equifax Canada", "TransUnion Canada"),
            "credit_score": Y(lambda f: f.r.randint(480, 880), "credit score"),
            "decision": P("approved", "deposit_required", "declined"),
            "deposit_required": P(0, 100, 250),
        },
        cc="CA",
    ),
    E(
        "track",
        "Lease Signed",
        "node",
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": K("completed"),
            "emailSubject": P(
                "Please sign: NorthBox rental agreement",
                "Bitte unterschreiben: Mietvertrag NorthBox",
                "Firma tu contrato de arrendamiento NorthBox",
            ),
            "sender": {
                "userName": K("NorthBox Leasing"),
                "email": P("leasing@northbox.ca", "vertrag@northbox.de", "contratos@northbox.mx"),
            },
            "recipients": {
                "signers": Many(
                    {
                        "name": Y(lambda f: full(f), "name"),
                        "email": Y(email, "email"),
                        "recipientId": P("1", "2"),
                        "status": P("completed", "signed"),
                        "signedDateTime": G(lambda f: f.iso()),
                    },
                    2,
                ),
            },
            "documentsCombinedSha256": G(lambda f: f.hexid(64)),
        },
    ),
    # ---- moving operations -------------------------------------------------------------------
    E(
        "track",
        "Crew Assigned",
        "node",
        {
            "job_id": G(lambda f: "JOB-" + f.digits(5)),
            "move_date": G(lambda f: date_ahead(f)),
            "crew": Many(
                {
                    "employee_id": G(lambda f: "E" + f.digits(5)),
                    "name": Y(lambda f: full(f), "name"),
                    "role": P("mover", "driver", "crew_lead", "packer"),
                    "hourly_rate": Y(
                        lambda f: round(f.r.uniform(17, 32) * (17 if f.cc == "MX" else 1), 2), "salary"
                    ),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
                },
                4,
            ),
            "truck": {
                "unit_number": G(lambda f: f.pick(["T-", "LKW-", "CAM-"]) + str(f.r.randint(101, 160))),
                "nickname": P("Big Bertha", "Moose", "La Güera", "Brummi", "Old Blue"),
                "plate": Y(plate, "license"),
            },
            "dispatcher": Y(lambda f: full(f), "name", True),
        },
    ),
    E(
        "track",
        "Job Started",
        "rn",
        {
            "job_id": G(lambda f: "JOB-" + f.digits(5)),
            "arrived_at": G(lambda f: f.iso()),
            "on_time": P(True, False),
            "crew_lead_id": G(lambda f: "E" + f.digits(5)),
            "customer_present": P(True, False),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Inventory Condition Recorded",
        "rn",
        {
            "job_id": G(lambda f: "JOB-" + f.digits(5)),
            "item_tag": G(lambda f: "NBX-" + f.digits(6)),
            "item_description": P(*INVENTORY_ITEMS),
            "pre_existing_damage": Many(P("scratched", "dented", "torn", "chipped", "none"), 2),
            "photo_urls": Many(
                G(lambda f: f"https://media.northbox.io/jobs/{f.hexid(10)}/{f.r.randint(1, 40)}.jpg"), 3
            ),
            "signedBy": Y(me("full"), "name", True),
            "tag_color": P("green", "yellow", "red"),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Vehicle Location",
        "go",
        {
            "vehicle": {
                "id": G(lambda f: f.digits(15)),
                "name": G(lambda f: "Truck " + str(f.r.randint(101, 160))),
            },
            "driver": {"id": G(lambda f: f.digits(9)), "name": Y(lambda f: full(f), "name")},
            "location": {
                "latitude": Y(lambda f: geo_near(f)[0], "geolocation"),
                "longitude": Y(lambda f: geo_near(f)[1], "geolocation"),
                "speedKph": G(lambda f: f.r.randint(0, 100)),
            },
        },
        weight=1.5,
    ),
    E(
        "track",
        "Dispatch Board Updated",
        "node",
        {
            "job-id": G(lambda f: "JOB-" + f.digits(5)),
            "board-date": G(lambda f: date_ahead(f)),
            "crew-size": G(lambda f: f.r.randint(2, 6)),
            "truck-id": G(lambda f: f.pick(["T-", "LKW-", "CAM-"]) + str(f.r.randint(101, 160))),
            "customer-name": Y(me("full"), "name"),
            "customer-phone": Y(me("phone"), "phone"),
            "pickup-postal": Y(at("from", "postal"), "zipcode"),
            "status": P("scheduled", "confirmed", "en-route", "done"),
        },
    ),
    # ---- insurance and claims ---------------------------------------------------------------
    E(
        "track",
        "Goods Insurance Purchased",
        "web",
        {
            "policy_number": Y(lambda f: f.pick(["NBP-", "GV-", "SEG-"]) + f.digits(8), "identification"),
            "insurer": P("Intact Insurance", "Allianz", "HDI", "GNP Seguros", "Qualitas", "Aviva Canada"),
            "coverage_type": P("basic", "full_value", "storage_contents"),
            "coverage_amount": G(lambda f: f.pick([2000, 5000, 10000, 25000, 50000])),
            "premium": G(lambda f: money_cc(f, 8, 60)),
        },
        pages=(("/checkout/protection", "Protect your belongings | NorthBox"),),
    ),
    E(
        "track",
        "Damage Claim Submitted",
        "app",
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(7)),
            "job_id": G(lambda f: "JOB-" + f.digits(5)),
            "policy_number": Y(lambda f: f.pick(["NBP-", "GV-", "SEG-"]) + f.digits(8), "identification"),
            "items": Many(
                {
                    "description": P(
                        "Dining table leg broken",
                        "TV screen cracked",
                        "Scratched dresser",
                        "Mirror shattered",
                        "Lampe beschädigt",
                        "Sillón roto",
                    ),
                    "claimed_amount": G(lambda f: money_cc(f, 20, 3000)),
                    "photo_url": G(lambda f: f"https://media.northbox.io/claims/{f.hexid(12)}.jpg"),
                },
                3,
            ),
            "incident_date": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "contact_phone": Y(me("phone"), "phone"),
            "preferred_payout": P("card_refund", "bank_transfer", "cheque"),
            "payout_iban": Opt(RED(lambda f: f.iban("DE"), "bank account"), 0.3),
        },
    ),
    E(
        "track",
        "Claim Status Changed",
        "ruby",
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(7)),
            "old_status": P("submitted", "in_review", "awaiting_docs"),
            "new_status": P("in_review", "approved", "denied", "paid"),
            "adjuster_name": Y(lambda f: full(f), "name"),
            "adjuster_email": Y(
                lambda f: (
                    ascii_fold(first(f)).replace(" ", "")
                    + "."
                    + ascii_fold(f.pick(LAST[f.cc])).replace("'", "").replace(" ", "")
                    + "@claims.northbox.io"
                ),
                "email",
            ),
            "settlement_amount": G(lambda f: money_cc(f, 0, 2500)),
            "note": Y(
                lambda f: f.pick(
                    {
                        "CA": [
                            "Left voicemail at {}.",
                            "Customer prefers calls at {}.",
                            "Called {} - no answer.",
                        ],
                        "DE": [
                            "Rückruf unter {} erbeten.",
                            "Mailbox unter {} besprochen.",
                            "Called {} - no answer.",
                        ],
                        "MX": [
                            "Llamar al {} por la tarde.",
                            "Se dejó mensaje al {}.",
                            "Called {} - no answer.",
                        ],
                    }[f.cc]
                ).format(who(f)["phone"]),
                "phone",
                True,
            ),
        },
    ),
    # ---- auctions -----------------------------------------------------------------------------
    E(
        "track",
        "Unit Listed For Auction",
        "ruby",
        {
            "lot_id": G(lambda f: "LOT-" + f.digits(6)),
            "facility_id": G(lambda f: facility(f)[0]),
            "unit_number": G(unit_no),
            "lien_date": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "tenant_name": Y(me("full"), "name"),
            "balance_owed": G(lambda f: money_cc(f, 200, 3000)),
            "auction_platform": P("StorageTreasures", "Lockerfox", "in_person"),
            "photos": Many(G(lambda f: f"https://media.northbox.io/auctions/{f.hexid(10)}.jpg"), 4),
            "description": P(
                "Furniture, boxes, bicycle",
                "Tools and a washer",
                "Household goods, mattresses",
                "Boxes only",
                "Kartons, Fahrrad, Sofa",
                "Muebles y cajas",
            ),
            "opening_bid": P(1, 25, 50, 100),
        },
    ),
    E(
        "track",
        "Bid Placed",
        "web",
        {
            "lot_id": G(lambda f: "LOT-" + f.digits(6)),
            "bid_amount": G(lambda f: f.r.randint(10, 2500)),
            "bidder_id": G(lambda f: "bdr_" + f.digits(6)),
            "bidder_username": Y(
                lambda f: (
                    f.pick(
                        [
                            "storagehunter",
                            "binwarrior",
                            "lockerlotte",
                            "subastasmx",
                            "pickerpete",
                            "findlingfritz",
                        ]
                    )
                    + str(f.r.randint(1, 999))
                ),
                "name",
            ),
            "is_winning": P(True, False),
        },
        weight=1.5,
        pages=(("/auctions/lot", "Auction lot | NorthBox"),),
    ),
    E(
        "track",
        "Auction Won",
        "ruby",
        {
            "lot_id": G(lambda f: "LOT-" + f.digits(6)),
            "winning_bid": G(lambda f: f.r.randint(10, 2500)),
            "buyer": {
                "name": Y(person("buyer", "full"), "name"),
                "email": Y(person("buyer", "email"), "email"),
                "phone": Y(person("buyer", "phone"), "phone"),
                "resale_certificate": Opt(
                    Y(lambda f: f.pick(["ON-RST-", "QC-", "BC-PST-"]) + f.digits(8), "certificate"), 0.5
                ),
            },
            "cleanout_deadline": G(lambda f: f.iso()),
        },
    ),
    # ---- business accounts (group) from the German/Canadian ERP (.NET) ---------------------
    E(
        "group",
        None,
        "dotnet",
        {
            "Name": P(
                "Schreinerei Vogel GmbH",
                "Maple Leaf Events Inc.",
                "Boulangerie Côté",
                "TechNord GmbH",
                "Rocky Mountain Pharmacy Ltd.",
                "Hoffmann Messebau KG",
            ),
            "Industry": P("Retail", "Events", "Construction", "E-commerce", "Healthcare"),
            "Employees": G(lambda f: f.r.randint(2, 400)),
            "Plan": P("business_storage", "archive", "pallet"),
            "Phone": P("+49 30 6098 2210", "+1 416 862 7700", "+49 40 3008 1200", "+1 403 266 1180"),
            "Email": P(
                "info@vogel-schreinerei.de",
                "accounts@mapleleafevents.ca",
                "buchhaltung@technord.de",
                "ap@rockymountainrx.ca",
            ),
            "Address": {
                "Street": P("Industriestraße 12", "250 Front St W", "Am Sandtorkai 5", "8 Ave SW 420"),
                "City": P("Berlin", "Toronto", "Hamburg", "Calgary"),
                "PostalCode": P("12099", "M5V 3G5", "20457", "T2P 1H9"),
                "Country": P("DE", "CA"),
            },
            "VatId": G(lambda f: f.pick(["DE" + f.digits(9), f.digits(9) + "RT0001"])),
            "PrimaryContact": {
                "Name": Y(lambda f: full(f, f.pick(["DE", "CA"])), "name"),
                "Email": Y(lambda f: email(f, f.pick(["DE", "CA"])), "email"),
                "Phone": Y(lambda f: phone(f, f.pick(["DE", "CA"])), "phone"),
            },
            "CreatedAt": G(lambda f: f.iso()),
        },
        cc="DE",
    ),
    E(
        "track",
        "InvoiceCreated",
        "dotnet",
        {
            "InvoiceNumber": G(lambda f: "RE-2025-" + f.digits(6)),
            "CustomerId": G(lambda f: "K" + f.digits(6)),
            "Amount": G(lambda f: money_cc(f, 30, 4000)),
            "Currency": K("EUR"),
            "DueDate": G(lambda f: date_ahead(f)),
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": P("COBADEFFXXX", "DEUTDEBBXXX", "BYLADEM1001", "GENODEF1S04"),
            "AccountHolder": Y(me("full"), "name"),
            "MandateReference": G(lambda f: "NBX-MNDT-" + f.digits(7)),
            "LineItems": Many(
                {
                    "Description": P(
                        "Lagerraum 6 m² – Monatsmiete",  # noqa: RUF001
                        "Umzugskartons (10 Stk.)",
                        "Halteverbotszone",
                        "Umzug – Arbeitsstunden",  # noqa: RUF001
                    ),
                    "Quantity": G(lambda f: f.r.randint(1, 12)),
                    "UnitPrice": G(lambda f: money_cc(f, 2, 400)),
                },
                3,
            ),
            "TaxRate": P(0.19, 0.07),
        },
        cc="DE",
    ),
    E(
        "track",
        "Umzugsauftrag Erstellt",
        "dotnet",
        {
            "Auftragsnummer": G(lambda f: "UA-" + f.digits(7)),
            "Kunde": {
                "Anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
                "Vorname": Y(me("first"), "name"),
                "Nachname": Y(me("last"), "name"),
                "Email": Y(me("email"), "email"),
                "Telefon": Y(me("phone"), "phone"),
            },
            "Auszugsadresse": {
                "Strasse": Y(at("from", "street"), "street|address"),
                "Hausnummer": Y(at("from", "num"), "address|street"),
                "Plz": Y(at("from", "postal"), "zipcode"),
                "Ort": Y(at("from", "city"), "city"),
                "Etage": G(lambda f: f.r.randint(0, 6)),
                "Aufzug": P(True, False),
            },
            "Einzugsadresse": {
                "Strasse": Y(at("to", "street"), "street|address"),
                "Hausnummer": Y(at("to", "num"), "address|street"),
                "Plz": Y(at("to", "postal"), "zipcode"),
                "Ort": Y(at("to", "city"), "city"),
            },
            "Umzugsdatum": G(lambda f: date_ahead(f)),
            "Halteverbotszone": P(True, False),
            "PreisNetto": G(lambda f: money_cc(f, 400, 5000)),
            "Bemerkung": P(
                "",
                "Klavier im 2. OG",
                "Parkplatz vor dem Haus reservieren",
                "Keller muss mit",
                "Bitte vorher anrufen",
            ),
        },
        cc="DE",
    ),
    E(
        "identify",
        None,
        "web",
        {
            "salutation": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "email": Y(me("email"), "email"),
            "phone": Y(me("phone"), "phone"),
            "address": {
                "street": Y(at("home", "line1"), "street|address"),
                "postalCode": Y(at("home", "postal"), "zipcode"),
                "city": Y(at("home", "city"), "city"),
            },
            "birthday": Y(me("dob"), "birthdate"),
            "customerNumber": G(lambda f: "K" + f.digits(6)),
            "newsletter": P(True, False),
        },
        cc="DE",
        pages=(("/konto", "Mein Konto | NorthBox"),),
    ),
    E(
        "track",
        "Ausweis Geprüft",
        "dotnet",
        {
            "Auftragsnummer": G(lambda f: "UA-" + f.digits(7)),
            "Ausweisnummer": RED(
                lambda f: f.pick("CFGHJKLMNPRTVWXYZ") + rand(f, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
                "national id|passport",
            ),
            "Ausweistyp": P("Personalausweis", "Reisepass", "Aufenthaltstitel"),
            "GueltigBis": G(
                lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "Geburtsdatum": Y(me("dob"), "birthdate"),
            "Staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "syrisch", "italienisch"]), "citizenship"
            ),
            "Geprueft": K(True),
        },
        cc="DE",
    ),
    # ---- Mexico (php, Spanish keys) -----------------------------------------------------------
    E(
        "track",
        "Cotizacion Solicitada",
        "php",
        {
            "folio": G(lambda f: "COT-" + f.digits(6)),
            "nombre": Y(me("first"), "name"),
            "apellido_paterno": Y(lambda f: who(f)["last"].split(" ")[0], "name"),
            "apellido_materno": Y(lambda f: who(f)["last"].split(" ")[-1], "name"),
            "correo": Y(me("email"), "email"),
            "telefono_celular": Y(me("phone"), "phone"),
            "whatsapp": Opt(Y(me("phone"), "phone"), 0.5),
            "direccion_origen": {
                "calle": Y(at("from", "street"), "street|address"),
                "numero_exterior": Y(at("from", "num"), "address|street"),
                "numero_interior": Opt(Y(at("from", "line2"), "address|street"), 0.5),
                "colonia": Y(at("from", "colonia"), "address"),
                "codigo_postal": Y(at("from", "postal"), "zipcode"),
                "municipio": Y(at("from", "municipio"), "city"),
                "estado": G(at("from", "region")),
            },
            "direccion_destino": {
                "calle": Y(at("to", "street"), "street|address"),
                "numero_exterior": Y(at("to", "num"), "address|street"),
                "colonia": Y(at("to", "colonia"), "address"),
                "codigo_postal": Y(at("to", "postal"), "zipcode"),
                "municipio": Y(at("to", "municipio"), "city"),
                "estado": G(at("to", "region")),
            },
            "fecha_mudanza": G(lambda f: date_ahead(f)),
            "tipo_inmueble": P("departamento", "casa", "oficina", "bodega"),
            "comentarios": P(
                "",
                "Tenemos un piano",
                "El edificio no tiene elevador",
                "Favor de llamar antes",
                "Hay que subir por escalera",
            ),
        },
        cc="MX",
        weight=1.5,
    ),
    E(
        "track",
        "Payment Received",
        "php",
        {
            "quote_folio": G(lambda f: "COT-" + f.digits(6)),
            "amount": G(lambda f: money_cc(f, 30, 800)),
            "currency": K("MXN"),
            "payment_method": P("oxxo", "spei", "card", "mercado_pago"),
            "oxxo_reference": Opt(G(lambda f: "9300" + f.digits(10)), 0.4),
            "refund_clabe": Opt(RED(clabe, "bank account"), 0.5),
            "bank": P("BBVA", "Banorte", "Santander", "Citibanamex", "HSBC"),
            "account_holder": Y(me("full"), "name"),
            "invoice_requested": P(True, False),
            "rfc": RED(rfc_person, "national id"),
            "cfdi_use": P("G03", "S01", "D10"),
            "tax_regime": P("605", "612", "626"),
        },
        cc="MX",
    ),
    E(
        "identify",
        None,
        "php",
        {
            "nombre": Y(me("first"), "name"),
            "apellidos": Y(me("last"), "name"),
            "correo": Y(me("email"), "email"),
            "celular": Y(me("phone"), "phone"),
            "curp": RED(curp, "national id"),
            "fecha_nacimiento": Y(me("dob"), "birthdate"),
            "genero": Y(lambda f: f.pick(["masculino", "femenino", "no_binario"]), "gender"),
            "ciudad": Y(at("home", "city"), "city"),
            "cliente_desde": G(lambda f: f.iso()),
            "numero_cliente": G(lambda f: "MX" + f.digits(7)),
        },
        cc="MX",
    ),
    E(
        "group",
        None,
        "php",
        {
            "legal_name": P(
                "Comercializadora del Bajío SA de CV",
                "Eventos Luna SC",
                "Farmacias Ruiz SA de CV",
                "Muebles Finos de Occidente SA",
            ),
            "tax_id": G(rfc_company),
            "office_phone": P("+52 55 5250 1100", "+52 33 3615 4400", "+52 81 8340 2200"),
            "billing_email": P(
                "facturacion@bajio.com.mx", "pagos@eventosluna.mx", "cxp@farmaciasruiz.com.mx"
            ),
            "plan": P("bodega_empresarial", "archivo_muerto"),
        },
        cc="MX",
    ),
    E(
        "track",
        "Registro Completado",
        "php",
        {
            "campos": {
                "usuario": Y(me("email"), "email"),
                "contrasena": RED(
                    lambda f: f.pick(
                        [
                            "Mudanza2025!",
                            "Guadalupe#88",
                            "qwerty123",
                            "Tacos.al.Pastor7",
                            "Xime_2011",
                            "Monterrey$81",
                        ]
                    ),
                    "password",
                ),
                "acepta_terminos": K("on"),
                "boletin": P("on", "off"),
            },
            "formulario_id": P("gf_3", "gf_7"),
        },
        cc="MX",
        weight=0.6,
    ),
    # ---- Québec site (French keys) ----------------------------------------------------------
    E(
        "track",
        "Soumission Demandée",
        "web",
        {
            "prenom": Y(me("first"), "name"),
            "nom_famille": Y(me("last"), "name"),
            "courriel": Y(me("email"), "email"),
            "telephone": Y(me("phone"), "phone"),
            "code_postal": Y(at("from", "postal"), "zipcode"),
            "ville_depart": Y(at("from", "city"), "city"),
            "ville_arrivee": Y(at("to", "city"), "city"),
            "date_demenagement": G(lambda f: date_ahead(f)),
            "taille_logement": P("3 1/2", "4 1/2", "5 1/2", "maison"),
            "premier_juillet": P(True, False),
        },
        cc="CA",
        pages=(("/fr/demenagement/soumission", "Soumission déménagement | NorthBox"),),
    ),
    # ---- warehouse tools ---------------------------------------------------------------------
    E(
        "track",
        "PALLET_MOVED",
        "java",
        {
            "PALLET_ID": G(lambda f: "PAL" + f.digits(8)),
            "FROM_LOCATION": G(
                lambda f: f"{f.pick('ABCD')}-{f.r.randint(1, 30):02d}-{f.r.randint(1, 6):02d}"
            ),
            "TO_LOCATION": G(lambda f: f"{f.pick('ABCD')}-{f.r.randint(1, 30):02d}-{f.r.randint(1, 6):02d}"),
            "OPERATOR_ID": G(lambda f: f.digits(5)),
            "OPERATOR_NAME": Y(lambda f: full(f).upper(), "name"),
            "SCANNED_AT": G(lambda f: f.epoch_ms()),
            "CUSTOMER_REF": G(lambda f: "C" + f.digits(7)),
            "SITE_CODE": P("YYZ1", "BER2", "MEX1"),
        },
        weight=1.5,
    ),
    E(
        "track",
        "SHIFT_CLOCK_IN",
        "java",
        {
            "EMPLOYEE_ID": G(lambda f: f.digits(5)),
            "EMPLOYEE_NAME": Y(lambda f: full(f).upper(), "name"),
            "BADGE_NO": G(lambda f: f.digits(8)),
            "SITE_CODE": P("YYZ1", "BER2", "MEX1"),
            "CLOCK_IN_TS": G(lambda f: f.iso()),
            "HOURLY_RATE": Y(lambda f: round(f.r.uniform(16, 31), 2), "salary"),
            "FORKLIFT_CERT_NO": Y(
                lambda f: f.pick(["FLC-ON-", "STAPLER-", "MONT-"]) + f.digits(6), "certificate"
            ),
            "UNION_LOCAL": Y(
                lambda f: f.pick(["Teamsters Local 419", "Unifor Local 4268", "ver.di", "none", "SNTMMSRM"]),
                "trade union",
            ),
            "OVERTIME_ELIGIBLE": P(True, False),
        },
    ),
    E(
        "track",
        "Container Checked In",
        "flutter",
        {
            "containerId": G(container_no),
            "customerName": Y(lambda f: full(f), "name"),
            "sealNumber": G(lambda f: f.digits(7)),
            "weightKg": G(lambda f: f.r.randint(200, 2600)),
            "bayLocation": G(lambda f: f"BAY-{f.r.randint(1, 40):02d}"),
            "damageNoted": P(True, False),
            "scannedBy": Y(lambda f: full(f), "name", True),
        },
        weight=1.5,
    ),
    E(
        "track",
        "Label Printed",
        "flutter",
        {
            "label": Y(
                lambda f: (
                    f"{who(f)['last'].split(' ')[0].upper()}, {who(f)['first'][0]}. · "
                    f"NBX-{f.digits(6)} · {f.r.randint(1, 20)}/{f.r.randint(20, 40)}"
                ),
                "name",
                True,
            ),
            "printerId": P("ZT230-01", "ZT230-02", "ZD421-04"),
        },
    ),
    # ---- support and communications ---------------------------------------------------------
    E(
        "track",
        "SMS Received",
        "go",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": K("AC3f5c0e7d2b9a41c68e0d7f1a2b3c4d5e"),
            "From": Y(lambda f: e164(who(f)["phone"], f.cc), "phone", True),
            "To": P("+14169004210", "+4930209311800", "+525541702233"),
            "Body": P(
                "YES",
                "C",
                "STOP",
                "Can the crew come at 9 instead?",
                "Ja, passt",
                "Sí, confirmo",
                "Is the gate open on Sunday?",
            ),
            "FromCity": Y(lambda f: city_row(f)[0].upper(), "city"),
            "FromState": G(lambda f: city_row(f)[1]),
            "FromCountry": G(lambda f: f.cc),
        },
    ),
    E(
        "track",
        "Text Message Sent",
        "node",
        {
            "to": Y(me("phone"), "phone", True),
            "text": Y(
                lambda f: f.pick(
                    {
                        "CA": [
                            "Hi {}, your NorthBox crew arrives between 8 and 10 am tomorrow.",
                            "{}, your rent is due on the 1st. Reply STOP to opt out.",
                            "Bonjour {}, votre équipe arrive demain entre 8 h et 10 h.",
                        ],
                        "DE": [
                            "Hallo {}, Ihr Umzugsteam kommt morgen zwischen 8 und 10 Uhr.",
                            "Hallo {}, Ihre Miete ist am 1. fällig.",
                        ],
                        "MX": [
                            "Hola {}, tu equipo de mudanza llega mañana entre 8 y 10 am.",
                            "{}, tu renta de bodega vence el día 1. Responde BAJA para no recibir más.",
                        ],
                    }[f.cc]
                ).format(who(f)["first"]),
                "name",
                True,
            ),
            "template": P("crew_eta", "rent_reminder"),
        },
    ),
    E(
        "track",
        "Call Completed",
        "node",
        {
            "call_id": G(lambda f: f.digits(10)),
            "direction": P("inbound", "outbound"),
            "caller_number": Y(me("phone"), "phone"),
            "line_number": P("+1 416 900 4210", "+49 30 2093 1180", "+52 55 4170 2233"),
            "agent_name": Y(lambda f: full(f), "name"),
            "duration_sec": G(lambda f: f.r.randint(5, 1800)),
            "masked_number": P("+1 647 931 0042", "+49 30 5557 3021", "+52 55 8421 0090"),
        },
    ),
    E(
        "track",
        "Support Ticket Created",
        "ruby",
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": P(
                "Gate keypad not working",
                "Billing question",
                "Change move date",
                "Rechnung falsch",
                "Cambio de fecha",
                "Unit access after hours",
            ),
            "description": P(
                "The keypad at the front gate shows an error.",
                "I was charged twice this month.",
                "Can we move the date to next Friday?",
                "Die Rechnung enthält einen Fehler.",
                "Necesito cambiar la fecha de mi mudanza.",
            ),
            "requester": {"name": Y(me("full"), "name"), "email": Y(me("email"), "email")},
            "assignee_name": Opt(Y(lambda f: full(f), "name"), 0.6),
            "organization_name": Opt(P("Maple Leaf Events Inc.", "TechNord GmbH", "Eventos Luna SC"), 0.3),
        },
    ),
    E(
        "track",
        "Customer Looked Up",
        "web",
        {
            "q": Y(lambda f: f.pick([who(f)["email"], who(f)["phone"]]), "email|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 4)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "match_type": P("exact", "fuzzy"),
        },
        pages=(("/console/customers", "Customer search · NorthBox Ops"),),
    ),
    E(
        "track",
        "Email Opened",
        "node",
        {
            "email": Y(me("email"), "email"),
            "sg_event_id": G(lambda f: rand(f, 22, ALNUM)),
            "sg_message_id": G(
                lambda f: rand(f, 22, ALNUM) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-2.0"
            ),
            "smtp-id": G(lambda f: f"<{rand(f, 22, ALNUM)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "category": Many(P("rent_reminder", "move_confirmation", "newsletter"), 2),
            "useragent": G(lambda f: f.pick(UAS_WEB)),
            "ip": Y(ip, "ip"),
        },
    ),
    E(
        "track",
        "Review Submitted",
        "app",
        {
            "job_id": G(lambda f: "JOB-" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": P(
                "Crew was fast and careful.",
                "Late by two hours.",
                "Great price, friendly staff.",
                "Sehr zuverlässig!",
                "Excelente servicio",
                "Box was damp when we picked up.",
            ),
            "would_recommend": P(True, False),
        },
    ),
    E(
        "track",
        "Conversion Sent",
        "node",
        {
            "event_name": P("Lead", "Purchase", "Schedule"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": K("website"),
            "user_data": {
                "em": Y(lambda f: sha(who(f)["email"].lower()), "email"),
                "ph": Y(lambda f: sha(e164(who(f)["phone"], f.cc)[1:]), "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"), 0.5),
                "external_id": G(lambda f: f.cache["userId"]),
            },
            "custom_data": {"value": G(lambda f: money_cc(f)), "currency": G(currency)},
        },
    ),
    E("alias", None, "web", {}, weight=0.7),
]


# -- assembly -------------------------------------------------------------------------------------

COUNTRY_WEIGHTS = [("CA", 0.45), ("DE", 0.3), ("MX", 0.25)]


def pick_country(f: Fake) -> str:
    x, acc = f.r.random(), 0.0
    for cc, w in COUNTRY_WEIGHTS:
        acc += w
        if x < acc:
            return cc
    return "CA"


def message(f: Fake, ev: E, labels: dict) -> dict:
    f.cc = pick_country(f) if ev.cc == "*" else ev.cc
    f.cache = {}
    user_id = uid(f)
    f.cache["userId"] = user_id
    client = ev.client
    if client == "app":
        client = f.pick(["swift", "kotlin"])
    msg: dict[str, Any] = {"type": ev.kind, "messageId": f.uuid()}
    if client in ("web", "swift", "kotlin", "rn", "flutter"):
        msg["anonymousId"] = f.uuid()
    if ev.kind != "alias" and (client not in ("web",) or f.r.random() < 0.7):
        msg["userId"] = user_id
    elif ev.kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = user_id
    if "userId" not in msg and "anonymousId" not in msg:
        msg["userId"] = user_id
    if ev.kind == "track":
        msg["event"] = ev.name
    elif ev.kind in ("page", "screen"):
        msg["name"] = ev.name
    elif ev.kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    if ev.body:
        section = "traits" if ev.kind in ("identify", "group") else "properties"
        msg[section] = render(ev.body, f, section, labels)
    msg["context"] = render(context_for(client, ev.pages), f, "context", labels)
    msg["timestamp"] = f.iso()
    if client in ("swift", "kotlin", "rn", "flutter"):
        msg["sentAt"] = msg["timestamp"]
    if f.r.random() < 0.15:
        msg["integrations"] = {"All": True, "Facebook Conversions API (Actions)": False}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for ev in EVENTS:
        for _ in range(max(3, round(repeats * ev.weight))):
            events.append(message(f, ev, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=300, repeats=26)
    write(Path(__file__).parent, "holdout300_", events, labels)
