"""Writes holdout130: tests/corpus/holdout130_events.jsonl and holdout130_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its other
labels, and never scored by its author. Only tests/corpus/build.py, fake.py, build_holdout3.py (for
the format), shared/REFERENCE.md and shared/DESIGN.md were read.

Domain: a sportswear and sneaker brand ("Solemark") selling in the US, Japan and Germany, with a
shop app, a running app and stores. Covers product drops and raffles with identity checks (a
Persona-shaped verification payload, a raffle vendor's kebab-case webhook), sizes and fit
profiles, e-commerce spec events (search, product, cart, checkout, order, refund, returns, gift
cards, personalisation), Stripe-shaped payment and Connect payout payloads, running activities
with GPS routes, polylines, splits and heart rate (a Strava-shaped activity), sensors and
watches, challenges, leaderboards, friends and contacts, member rewards, military discount
verification, a Typeform-shaped ambassador application, store appointments, curbside pickup
(.NET PascalCase), staff shifts and job applications, a Twilio-shaped call webhook,
SendGrid-shaped e-mail events, Meta CAPI user_data, a German health-insurer bonus programme,
warehouse reverse-ETL identifies in SCREAMING_SNAKE, Japanese (氏名, 住所, 連絡先 ...) and German
(Vorname, PLZ, Kontoinhaber ...) keys. All message types: identify, track, page, screen, group,
alias. Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native (with
context.traits), analytics_flutter and the server libraries for Python, Node, Go, Java, Ruby, PHP
and .NET.

Conventions: the L/G/Y/RED/Many helpers of build.py; `Opt` drops a key from some events; `Pair`
is a fixed-length array with one template per element (a [lat, lng] pair, Typeform answers).
Paths are dotted, arrays as `[]`. Deterministic: seed 130.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the member, a recipient, a friend, a contact, a
  dependant, a staff member, a job applicant, a caller. Colour is the reference default for the
  matcher; outside the reference, red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids, yellow otherwise (geolocation, advertising id).
- Green: ids we or a business issue (user, order, member, customer, employee, conversation ids,
  Stripe `cus_`/`pi_` ids, LINE user ids), UUIDs, SKUs, GTINs, versions, timestamps, amounts,
  enums, counters, booleans under PII-sounding keys, product / shoe / plan / crew / company /
  pet names, stores' and businesses' phones, e-mails (role mailboxes) and addresses, searched
  places, country, state, prefecture, locale, timezone, currency, user agents, OS-issued device
  ids (IDFV, Android id), card brand, last four, expiry and BIN, routing numbers and BICs, e-mail
  Message-IDs, ages and age bands, job titles and employers.
- Contested cases follow the published policy: insurer member numbers (Versichertennummer) are
  yellow `identification`; pay and hourly rates yellow `salary`; vehicle plates yellow `license`;
  gclid / fbclid / fbp / fbc yellow `advertising id`; billing and shipping addresses yellow
  `address`; payment-method tokens (`pm_`), one-time, pickup and verification codes, sign-in
  link tokens and gift-card PINs red `token|secret`; identity document numbers red; answers about
  the right to work or sponsorship red `visa`.
- Decisions made here where the policy is silent (what a careful privacy owner would flag):
  any identity document's number presented for an identity check (passport, national id card,
  My Number, a driver's licence used as ID) is red `national id|passport|license`; hashes of
  personal data sent for ad matching (Meta `em`, `ph`) carry the label of what they hash;
  fitness metrics (heart rate, pace, cadence, VO2max, calories) and body measurements for sizing
  (height, weight, foot length) are green, while conditions, injuries, asthma and pregnancy are
  yellow `condition`; a mobility aid reveals a disability (red); military status or a military
  discount group reveals veteran status (red); the start city of a person's run and a caller's
  city are the person's location (yellow `city`); a partial birth date (month, day, year) is
  yellow `birthdate`; shopping department preferences ("womens") are green; the salutation
  (Anrede) is yellow `gender`; a named employee's work e-mail (an HR contact) is yellow `email`;
  an identity document's type, country and expiry are green; the serial of store equipment (a
  foot scanner) is green, the serial of the member's own watch or sensor yellow `serial`.
- value_only is true when the key does not say what the value is (`q`, `input`, `to`, `from`,
  `value`, `note`, `From`, `連絡先`, a BLE `address` holding a MAC) and only the value reveals it;
  such a path holds that PII in every value. A leaf named `value` under a key that names it
  (Persona's `fields.name-first.value`) is labelled by that key, not value_only. Free text is
  labelled by what every one of its values carries: green when none does (every free-text
  generator here either always or never carries PII).
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

US_FIRST = [
    "Jasmine",
    "Tyler",
    "DeShawn",
    "Emily",
    "Carlos",
    "Madison",
    "Aaliyah",
    "Brandon",
    "Guadalupe",
    "Ethan",
    "Keisha",
    "Hunter",
    "Mei-Ling",
    "Jamal",
    "Savannah",
    "Diego",
    "Olivia",
    "Marcus",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Rodriguez",
    "Nguyen",
    "Washington",
    "Kim",
    "Patel",
    "O'Connor",
    "Hernandez",
    "Brooks",
    "Goldberg",
    "Yazzie",
    "Okonkwo",
    "Miller",
    "Castillo",
    "Begay",
]
JP_FIRST = ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kenji", "Mio", "Daiki", "Rin"]
JP_LAST = [
    "Sato",
    "Suzuki",
    "Takahashi",
    "Tanaka",
    "Watanabe",
    "Ito",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Kato",
    "Yoshida",
    "Yamada",
]
JP_KANJI = [
    ("佐藤", "陽翔", "サトウ", "ハルト"),
    ("鈴木", "結衣", "スズキ", "ユイ"),
    ("高橋", "蒼", "タカハシ", "ソウ"),
    ("田中", "葵", "タナカ", "アオイ"),
    ("渡辺", "蓮", "ワタナベ", "レン"),
    ("伊藤", "陽菜", "イトウ", "ヒナ"),
    ("山本", "悠斗", "ヤマモト", "ユウト"),
    ("中村", "さくら", "ナカムラ", "サクラ"),
    ("小林", "健二", "コバヤシ", "ケンジ"),
    ("加藤", "美桜", "カトウ", "ミオ"),
]
DE_FIRST = [
    "Lukas",
    "Leonie",
    "Maximilian",
    "Hannah",
    "Felix",
    "Lea",
    "Jonas",
    "Mia",
    "Emre",
    "Elif",
    "Tobias",
    "Katharina",
    "Jürgen",
    "Sophie",
    "Niklas",
    "Aylin",
]
DE_LAST = [
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
    "Yılmaz",  # noqa: RUF001 (Turkish dotless i, as real names have it)
    "Kowalczyk",
    "Nowak",
    "Zimmermann",
    "Groß",
    "Krüger",
]
WORLD = [
    ("Chiamaka", "Eze"),
    ("Arjun", "Reddy"),
    ("Ji-woo", "Park"),
    ("Thiago", "Oliveira"),
    ("Fatemeh", "Ahmadi"),
    ("Siosaia", "Tonga"),
    ("Ngozi", "Adeyemi"),
    ("Lars", "Eriksson"),
    ("Anaïs", "Lefèvre"),
    ("Tomás", "Ó Briain"),
    ("Wei", "Zhang"),
    ("Aroha", "Ngata"),
    ("Oksana", "Kovalenko"),
    ("Mohammed", "Al-Farsi"),
]
ASCII = str.maketrans(
    {
        "ü": "ue",
        "ö": "oe",
        "ä": "ae",
        "ß": "ss",
        "ı": "i",  # noqa: RUF001
        "ï": "i",
        "è": "e",
        "é": "e",
        "á": "a",
        "Ó": "o",
        "'": "",
        " ": "",
        "-": "",
    }
)


def first(f: Fake) -> str:
    pool = f.pick(["us", "jp", "de", "world"])
    if pool == "us":
        return f.pick(US_FIRST)
    if pool == "jp":
        return f.pick(JP_FIRST)
    if pool == "de":
        return f.pick(DE_FIRST)
    return f.pick(WORLD)[0]


def last(f: Fake) -> str:
    pool = f.pick(["us", "jp", "de", "world"])
    return {"us": f.pick(US_LAST), "jp": f.pick(JP_LAST), "de": f.pick(DE_LAST), "world": f.pick(WORLD)[1]}[
        pool
    ]


def full_name(f: Fake) -> str:
    pool = f.pick(["us", "jp", "jpk", "de", "world"])
    if pool == "us":
        return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"
    if pool == "jp":
        return f"{f.pick(JP_FIRST)} {f.pick(JP_LAST)}"
    if pool == "jpk":
        k = f.pick(JP_KANJI)
        return f"{k[0]} {k[1]}"
    if pool == "de":
        return f"{f.pick(DE_FIRST)} {f.pick(DE_LAST)}"
    a, b = f.pick(WORLD)
    return f"{a} {b}"


def handle(f: Fake) -> str:
    return f.pick(
        [
            first(f).lower().translate(ASCII) + f.pick(["_runs", ".run", "", "_"]) + str(f.r.randint(1, 99)),
            first(f).translate(ASCII) + " " + last(f)[0] + ".",
        ]
    )


MAIL = [
    "gmail.com",
    "icloud.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "outlook.com",
    "web.de",
    "gmx.de",
    "t-online.de",
    "hotmail.com",
    "proton.me",
    "ezweb.ne.jp",
    "yahoo.com",
]


def email(f: Fake) -> str:
    a = first(f).lower().translate(ASCII)
    b = last(f).lower().translate(ASCII)
    local = f.pick(
        [
            f"{a}.{b}",
            f"{a}{b[:3]}{f.r.randint(1, 99)}",
            f"{a[0]}{b}",
            f"{a}_{f.r.randint(80, 2005)}",
            f"{b}.{a}+drops",
        ]
    )
    return f"{local}@{f.pick(MAIL)}"


def work_email(f: Fake) -> str:
    """A named employee's work address at a customer company (not a role mailbox)."""
    domain = f.pick(["initech.example", "siemens.example", "zalando.example", "bahn.example"])
    return f"{first(f).lower().translate(ASCII)}.{last(f).lower().translate(ASCII)}@{domain}"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country: str | None = None) -> str:
    c = country or f.pick(["us", "jp", "de"])
    if c == "us":
        a, e, n = f.r.randint(201, 989), f.r.randint(200, 999), d(f, 4)
        return f.pick([f"+1{a}{e}{n}", f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}.{e}.{n}"])
    if c == "jp":
        p = f.pick(["90", "80", "70"])
        a, b = d(f, 4), d(f, 4)
        return f.pick([f"0{p}-{a}-{b}", f"+81 {p} {a} {b}", f"+81{p}{a}{b}", f"0{p}{a}{b}"])
    p = f.pick(["151", "152", "160", "170", "171", "176", "157"])
    n = d(f, f.pick([7, 8]))
    return f.pick([f"+49 {p} {n}", f"0{p} {n}", f"+49{p}{n}", f"0{p}/{n}", f"+49 (0){p} {n}"])


def store_phone(f: Fake) -> str:
    return f.pick(
        [
            "+1 503-555-0142",
            "03-6455-1820",
            "+49 30 2084 1190",
            "(212) 555-0199",
            "+49 89 2154 7730",
            "06-6341-7702",
        ]
    )


US_STREETS = [
    "Oak Avenue",
    "NE Alberta St",
    "Maple Lane",
    "W 78th St",
    "Mission Street",
    "Cedar Dr",
    "SE Hawthorne Blvd",
    "Elm Rd",
    "Bedford Ave",
]
DE_STREETS = [
    "Kastanienallee",
    "Hauptstraße",
    "Bergmannstr.",
    "Schillerstraße",
    "Leopoldstraße",
    "Am Kiesgrund",
    "Sonnenallee",
    "Königsweg",
]
JP_ADDR = [
    "東京都渋谷区神宮前{a}-{b}-{c}",
    "大阪府大阪市北区梅田{a}-{b}-{c}",
    "神奈川県横浜市中区山下町{a}-{b}",
    "東京都世田谷区三軒茶屋{a}-{b}-{c} メゾン三茶{c}0{b}",
    "福岡県福岡市中央区天神{a}-{b}-{c}",
]
JP_ROMAJI = [
    "{a}-{b}-{c} Jingumae, Shibuya-ku",
    "{a}-{b}-{c} Sangenjaya, Setagaya-ku",
    "{a}-{b}-{c} Umeda, Kita-ku",
]


def street(f: Fake) -> str:
    c = f.pick(["us", "us", "de", "jp", "jpr"])
    a, b, cc = f.r.randint(1, 5), f.r.randint(1, 30), f.r.randint(1, 20)
    if c == "us":
        return f"{f.r.randint(12, 9899)} {f.pick(US_STREETS)}" + f.pick(["", "", " Apt 4C", " Unit 12"])
    if c == "de":
        return f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"
    if c == "jp":
        return f.pick(JP_ADDR).format(a=a, b=b, c=cc)
    return f.pick(JP_ROMAJI).format(a=a, b=b, c=cc)


def address_line2(f: Fake) -> str:
    return f.pick(["Apt 3B", "Unit 210", "Suite 5", "2. OG links", "Hinterhaus", "#1204", "Apt 17", "3F"])


def city(f: Fake) -> str:
    return f.pick(
        [
            "Portland",
            "Brooklyn",
            "Austin",
            "Oakland",
            "Chicago",
            "Berlin",
            "München",
            "Hamburg",
            "Köln",
            "Shibuya-ku",
            "Osaka",
            "Yokohama",
            "Fukuoka",
            "Leipzig",
            "Denver",
        ]
    )


def postal(f: Fake) -> str:
    c = f.pick(["us", "us4", "jp", "de"])
    if c == "us":
        return f"{f.r.randint(10001, 99950)}"
    if c == "us4":
        return f"{f.r.randint(10001, 99950)}-{d(f, 4)}"
    if c == "jp":
        return f"{f.r.randint(100, 999)}-{d(f, 4)}"
    return f"{f.r.randint(1067, 99998):05d}"


def dob(f: Fake) -> str:
    y, m, dd = f.r.randint(1958, 2008), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{dd:02d}.{m:02d}.{y}"])


# -- places and routes -----------------------------------------------------------------------------

RUN_CENTRES = [
    (45.5231, -122.6765),
    (40.6782, -73.9442),
    (35.6717, 139.7016),
    (34.7025, 135.4959),
    (52.5145, 13.3501),
    (48.1374, 11.5755),
    (53.5511, 9.9937),
    (30.2672, -97.7431),
]


def centre(f: Fake) -> tuple[float, float]:
    """The city this event's run is in: chosen once per event so a lat and a lng agree."""
    return getattr(f, "centre", None) or f.pick(RUN_CENTRES)


def lat(f: Fake) -> float:
    return round(centre(f)[0] + f.r.uniform(-0.05, 0.05), 6)


def lng(f: Fake) -> float:
    return round(centre(f)[1] + f.r.uniform(-0.05, 0.05), 6)


def _enc(v: int) -> str:
    v = ~(v << 1) if v < 0 else v << 1
    out = ""
    while v >= 0x20:
        out += chr((0x20 | (v & 0x1F)) + 63)
        v >>= 5
    return out + chr(v + 63)


def polyline(f: Fake) -> str:
    la, ln = centre(f)
    la += f.r.uniform(-0.03, 0.03)
    ln += f.r.uniform(-0.03, 0.03)
    pla = pln = 0
    out = ""
    for _ in range(f.r.randint(8, 18)):
        la += f.r.uniform(-0.002, 0.002)
        ln += f.r.uniform(-0.002, 0.002)
        ila, iln = round(la * 1e5), round(ln * 1e5)
        out += _enc(ila - pla) + _enc(iln - pln)
        pla, pln = ila, iln
    return out


STORES = [
    {
        "id": "US-PDX-014",
        "name": "Solemark Pearl District",
        "city": "Portland",
        "phone": "+1 503-555-0142",
        "email": "pearl@stores.solemark.example",
        "address": "1120 NW Couch St",
        "zip": "97209",
        "lat": 45.5236,
        "lng": -122.6829,
    },
    {
        "id": "US-NYC-003",
        "name": "Solemark SoHo",
        "city": "New York",
        "phone": "(212) 555-0199",
        "email": "soho@stores.solemark.example",
        "address": "510 Broadway",
        "zip": "10012",
        "lat": 40.7231,
        "lng": -73.9985,
    },
    {
        "id": "JP-TYO-001",
        "name": "ソールマーク 原宿",
        "city": "渋谷区",
        "phone": "03-6455-1820",
        "email": "harajuku@stores.solemark.example",
        "address": "東京都渋谷区神宮前6-10-1",
        "zip": "150-0001",
        "lat": 35.6683,
        "lng": 139.7055,
    },
    {
        "id": "JP-OSA-002",
        "name": "Solemark Umeda",
        "city": "Osaka",
        "phone": "06-6341-7702",
        "email": "umeda@stores.solemark.example",
        "address": "大阪府大阪市北区角田町8-7",
        "zip": "530-0017",
        "lat": 34.7036,
        "lng": 135.4988,
    },
    {
        "id": "DE-BER-001",
        "name": "Solemark Berlin Mitte",
        "city": "Berlin",
        "phone": "+49 30 2084 1190",
        "email": "berlin-mitte@stores.solemark.example",
        "address": "Alte Schönhauser Str. 23",
        "zip": "10119",
        "lat": 52.5262,
        "lng": 13.4066,
    },
    {
        "id": "DE-MUC-002",
        "name": "Solemark München",
        "city": "München",
        "phone": "+49 89 2154 7730",
        "email": "muenchen@stores.solemark.example",
        "address": "Kaufingerstraße 9",
        "zip": "80331",
        "lat": 48.1379,
        "lng": 11.5716,
    },
]


def store(key: str) -> L:
    return G(lambda f: f.pick(STORES)[key])


# -- ids with checksums ----------------------------------------------------------------------------


def gtin13(f: Fake) -> str:
    body = "0" + f.pick(["19615", "19625", "40660", "45337"]) + d(f, 6)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def my_number(f: Fake) -> str:
    body = d(f, 11)
    p = [int(c) for c in reversed(body)]
    s = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return body + str(0 if r <= 1 else 11 - r)


def steuer_id(f: Fake) -> str:
    while True:
        digits = f.r.sample(range(10), 9)
        digits.append(f.pick(digits))
        f.r.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for x in digits:
        s = (x + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    return "".join(map(str, digits)) + str(0 if check == 10 else check)


def kvnr(f: Fake) -> str:
    """German health insurance number: a letter, 8 digits and a check digit."""
    letter = f.pick(string.ascii_uppercase)
    body = f"{ord(letter) - 64:02d}" + d(f, 8)
    total = 0
    for i, c in enumerate(body):
        v = int(c) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return letter + body[2:] + str(total % 10)


DOC_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


def id_document(f: Fake) -> str:
    kind = f.pick(["us_pp", "jp_pp", "de_pp", "de_id", "my_number", "us_dl"])
    if kind == "us_pp":
        return f.pick([d(f, 9), "A" + d(f, 8)])
    if kind == "jp_pp":
        return f.pick(["TK", "TR", "MZ", "TS"]) + d(f, 7)
    if kind == "de_pp":
        return "C" + "".join(f.pick(DOC_CHARS) for _ in range(8))
    if kind == "de_id":
        return "L" + "".join(f.pick(DOC_CHARS) for _ in range(8))
    if kind == "my_number":
        return my_number(f)
    return f.pick(["A", "B", "D", "Y"]) + d(f, 7)


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def style_code(f: Fake) -> str:
    return f"{f.pick(['DV', 'FB', 'HQ', 'SM', 'KZ'])}{d(f, 4)}-{f.pick(['001', '100', '402', '600', '010'])}"


def order_no(f: Fake) -> str:
    return f.pick(["SM-US-", "SM-JP-", "SM-DE-", "C0"]) + d(f, 8)


def sha256(f: Fake) -> str:
    return f.hexid(64)


SHOES = [
    "Kaze Runner 4",
    "Kaze Runner 4 GTX",
    "Tempo Elite 2",
    "Trail Fox 3",
    "Court Classic Low",
    "Aerostride Pro",
    "Hayate Racer",
    "Urban 90 'Triple White'",
    "Solemark x Atmos 'Sakura'",
]
SIZES = ["US 8", "US 9.5", "US 10.5", "US 11", "EU 42", "EU 44 2/3", "26.5cm", "27.0cm", "UK 7", "W US 7.5"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]


# -- template helpers ------------------------------------------------------------------------------


class Opt:
    """A key present in about `p` of the events."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item, self.p = item, p


class Pair:
    """A fixed-length array, one template per element: a [lat, lng] pair, a form's answers."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Pair):
        return [render(item, f, path + "[]", labels) for item in template.items]
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


def C(value):
    return G(lambda f: value)


def P(*items):
    return G(lambda f: f.pick(list(items)))


# -- contexts --------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "Solemark | Running shoes & sneakers"),
    ("/launch", "SNKRS Drops | Solemark"),
    ("/p/kaze-runner-4", "Kaze Runner 4 | Solemark"),
    ("/checkout", "Checkout | Solemark"),
    ("/de/laufschuhe", "Laufschuhe | Solemark DE"),
    ("/jp/launch", "抽選販売 | ソールマーク"),
    ("/account/rewards", "Rewards | Solemark"),
]


def web_context(f: Fake):
    page, title = f.pick(WEB_PAGES)
    host = f.pick(
        ["www.solemark.example", "www.solemark.example", "jp.solemark.example", "de.solemark.example"]
    )
    return {
        "library": {
            "name": C("analytics.js"),
            "version": P("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"),
        },
        "page": {
            "path": C(page),
            "referrer": P(
                "https://www.google.com/",
                "",
                "https://www.instagram.com/",
                "https://t.co/x8Kd2",
                "https://www.yahoo.co.jp/",
            ),
            "search": P("", "?utm_source=braze&utm_medium=email", "?ref=nav", "?size=10.5"),
            "title": C(title),
            "url": C(f"https://{host}{page}"),
        },
        "userAgent": P(*UAS),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {"brand": P("Chromium", "Google Chrome", "Not-A.Brand"), "version": P("124", "99", "8")},
                    3,
                ),
                "mobile": P(True, False),
                "platform": P("macOS", "Windows", "Android"),
            },
            0.6,
        ),
        "locale": P("en-US", "ja-JP", "de-DE", "en-GB", "ja"),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": P("kaze4_launch", "tempo_elite_drop", "summer_sale_24", "sakura_pack"),
                "source": P("braze", "google", "instagram", "line"),
                "medium": P("email", "cpc", "social", "push"),
                "term": Opt(P("running shoes", "ランニングシューズ", "laufschuhe damen", "sneaker drop")),
                "content": Opt(P("hero_a", "hero_b", "footer_link")),
            },
            0.4,
        ),
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": P("Solemark Run", "Solemark"),
            "version": P("7.4.0", "7.5.1", "7.6.0"),
            "build": P("7400", "7512", "7601"),
            "namespace": P("com.solemark.run", "com.solemark.shop"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "adTrackingEnabled": P(True, False),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0", "1.5.9")},
        "locale": P("en-US", "ja-JP", "de-DE"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": P("iOS", "iPadOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430), "height": P(844, 852, 932), "density": C(3)},
        "timezone": P("America/Los_Angeles", "Asia/Tokyo", "Europe/Berlin", "America/New_York"),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": C("Solemark Run"),
            "version": P("7.4.0", "7.5.1", "7.6.0"),
            "namespace": C("com.solemark.run"),
            "build": P("740", "751", "760"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "SHARP", "Sony"),
            "model": P("SM-S921B", "Pixel 8", "SH-53D", "XQ-DQ54"),
            "name": P("e1q", "shiba", "SH-53D", "pdx234"),
            "type": C("android"),
            "adTrackingEnabled": P(True, False),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.16.3", "1.15.0", "1.17.0")},
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "height": P(2340, 2400, 2520), "width": C(1080)},
        "network": {
            "bluetooth": P(True, False),
            "carrier": P("Verizon", "NTT DOCOMO", "Telekom.de", "au", "T-Mobile"),
            "cellular": P(True, False),
            "wifi": P(True, False),
        },
        "locale": P("en-US", "ja-JP", "de-DE"),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
            "Dalvik/2.1.0 (Linux; U; Android 13; SH-53D Build/S1234)",
        ),
        "timezone": P("America/Chicago", "Asia/Tokyo", "Europe/Berlin"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": C("Solemark"),
            "version": P("24.18.0", "24.20.1", "24.21.0"),
            "build": P("2418", "2420", "2421"),
            "namespace": C("com.solemark.shop"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Google"),
            "model": P("iPhone15,3", "SM-A546B", "Pixel 7"),
            "name": P("iPhone", "a54x", "panther"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.0", "2.18.1")},
        "locale": P("en-US", "ja-JP", "de-DE"),
        "network": {"cellular": P(True, False), "wifi": P(True, False)},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14", "17.4.1")},
        "screen": {"width": P(393, 412, 430), "height": P(852, 915, 932)},
        "timezone": P("America/New_York", "Asia/Tokyo", "Europe/Berlin"),
        "traits": {
            "email": Y(email, "email"),
            "first_name": Opt(Y(first, "name")),
            "member_tier": Opt(P("Bronze", "Silver", "Gold", "Black")),
            "userId": G(lambda f: "m_" + d(f, 9)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": C("Solemark JP"),
            "version": P("3.2.0", "3.3.1", "3.4.0"),
            "build": P("320", "331", "340"),
            "namespace": C("jp.solemark.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "SHARP", "Sony"),
            "model": P("iPhone14,5", "SH-M26", "SO-51D"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.0", "1.1.3", "1.0.9")},
        "locale": C("ja-JP"),
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14", "13")},
        "screen": {"width": P(390, 411), "height": P(844, 891)},
        "timezone": C("Asia/Tokyo"),
        "network": {"wifi": P(True, False)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("analytics-csharp", ["2.3.4", "2.3.5"]),
}


def server_context(lib: str):
    def ctx(f: Fake):
        name, versions = SERVER_LIBS[lib]
        out: dict[str, Any] = {"library": {"name": C(name), "version": P(*versions)}}
        if lib in ("node", "php", "ruby"):
            out["ip"] = Opt(Y(lambda f: f.ipv4(), "ip"), 0.7)
            out["userAgent"] = Opt(P(*UAS), 0.7)
        if lib == "node":
            out["locale"] = Opt(P("en-US", "ja-JP", "de-DE"))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}
APP = ["swift", "kotlin"]
SHOP = ["web", "rn"]
SERVER = ["python", "node", "go", "java", "ruby", "php"]


# -- shared shapes ---------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: d(f, 8)),
        "sku": G(style_code),
        "name": G(lambda f: f.pick(SHOES)),
        "brand": P("Solemark", "Solemark x Atmos", "Solemark ACG"),
        "category": P("Running", "Lifestyle", "Trail", "Basketball", "Kids"),
        "variant": P("Black/White", "Volt", "Sakura Pink", "Triple White", "Obsidian"),
        "size": P(*SIZES),
        "gender": P("men", "women", "unisex", "kids"),
        "price": G(lambda f: f.pick([129.99, 159.99, 18700, 21450, 149.95, 89.99])),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2, 3])),
        "url": G(lambda f: f"https://www.solemark.example/p/{style_code(f).lower()}"),
        "upc": Opt(G(gtin13)),
    }


def order_address():
    return {
        "first_name": Y(first, "name"),
        "last_name": Y(last, "name"),
        "address1": Y(street, "address|street"),
        "address2": Opt(Y(address_line2, "address|street"), 0.4),
        "city": Y(city, "city"),
        "province": P("OR", "NY", "TX", "東京都", "大阪府", "BE", "BY"),
        "zip": Y(postal, "zipcode"),
        "country_code": P("US", "JP", "DE"),
        "phone": Opt(Y(phone, "phone"), 0.7),
    }


def billing_details():
    return {
        "name": Y(full_name, "name"),
        "email": Y(email, "email"),
        "phone": Opt(Y(phone, "phone"), 0.6),
        "address": {
            "line1": Y(street, "address|street"),
            "line2": Opt(Y(address_line2, "address|street"), 0.3),
            "city": Y(city, "city"),
            "postal_code": Y(postal, "zipcode"),
            "state": P("OR", "NY", "CA", "Tokyo", "Berlin", "Bayern"),
            "country": P("US", "JP", "DE"),
        },
    }


def staff_note(f: Fake) -> str:
    return f.pick(
        [
            f"Customer asked for a callback on {phone(f)} about the half size.",
            f"Left voicemail at {phone(f)}, will try again tomorrow",
            f"Reschedule requested, reach her at {phone(f)}",
            f"Bring old shoes for wear pattern. Mobile: {phone(f)}",
            f"SMS bounced, new number {phone(f)}",
        ]
    )


def callback_or_email(f: Fake) -> str:
    return f.pick([phone(f), email(f)])


# -- events ----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body)

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # ---- pages and screens ----
    (
        "page",
        "Product Detail",
        ["web"],
        {
            "path": P("/p/kaze-runner-4", "/p/tempo-elite-2", "/de/p/trail-fox-3", "/jp/p/hayate-racer"),
            "referrer": P("", "https://www.google.com/", "https://www.solemark.example/launch"),
            "search": P("", "?color=volt", "?size=27.0"),
            "title": P("Kaze Runner 4 | Solemark", "Tempo Elite 2 | Solemark", "Hayate Racer | ソールマーク"),
            "url": P(
                "https://www.solemark.example/p/kaze-runner-4",
                "https://de.solemark.example/p/trail-fox-3",
                "https://jp.solemark.example/p/hayate-racer",
            ),
            "category": P("Running", "Trail", "Racing"),
        },
    ),
    (
        "page",
        "Launch Landing",
        ["web"],
        {
            "path": C("/launch"),
            "url": P("https://www.solemark.example/launch", "https://jp.solemark.example/launch"),
            "title": C("SNKRS Drops | Solemark"),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + alnum(f, 60) + "_BwE", "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: "IwAR" + alnum(f, 55), "advertising id"), 0.5),
            "drop_id": G(lambda f: "drop_" + d(f, 5)),
        },
    ),
    (
        "screen",
        "Run Summary",
        APP,
        {
            "activity_id": G(lambda f: f.uuid()),
            "tab": P("overview", "splits", "map", "heart_rate"),
            "source": P("run_end", "activity_feed", "notification"),
        },
    ),
    # ---- shopping ----
    (
        "track",
        "Products Searched",
        SHOP,
        {
            "query": P(
                "kaze runner",
                "trail shoes women",
                "ランニングシューズ 厚底",
                "laufschuhe herren",
                "court classic white",
                "sakura",
            ),
            "filters": {"size": Opt(P(*SIZES)), "gender": Opt(P("men", "women", "kids"))},
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "shop_preference": P("mens", "womens", "kids", "all"),
        },
    ),
    (
        "track",
        "Product Viewed",
        SHOP,
        {
            **product(),
            "currency": P("USD", "JPY", "EUR"),
            "value": G(lambda f: f.money(60, 220)),
            "in_stock": P(True, False),
        },
    ),
    ("track", "Product Added", SHOP, {"cart_id": G(lambda f: f.uuid()), **product()}),
    ("track", "Cart Viewed", SHOP, {"cart_id": G(lambda f: f.uuid()), "products": Many(product(), 3)}),
    (
        "track",
        "Checkout Started",
        SHOP,
        {
            "order_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money(60, 500)),
            "revenue": G(lambda f: f.money(60, 500)),
            "shipping": P(0, 7.5, 550, 4.95),
            "tax": G(lambda f: f.money(0, 40)),
            "coupon": P("", "WELCOME10", "MEMBER15", "GEBURTSTAG"),
            "currency": P("USD", "JPY", "EUR"),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        SHOP,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": P(1, 2, 3),
            "shipping_method": P("standard", "express", "store_pickup", "コンビニ受取", "DHL Packstation"),
            "payment_method": P("card", "apple_pay", "paypal", "klarna", "konbini", "cod"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        SHOP,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": P("card", "apple_pay", "paypal", "klarna", "konbini", "cod"),
            "payment_method_id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
            "card_brand": P("visa", "mastercard", "amex", "jcb"),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": P("424242", "535522", "356600", "379912"),
            "billing_same_as_shipping": P(True, False),
            "billing_address": order_address(),
        },
    ),
    (
        "track",
        "Checkout Error",
        ["web"],
        {
            "error_code": P("card_declined", "incorrect_cvc", "validation_failed"),
            "step": P("payment", "review"),
            "form": {
                "card_number": RED(lambda f: f.card(), "credit card"),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "name_on_card": Y(full_name, "name"),
                "save_card": P(True, False),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "python", "go"],
        {
            "order_id": G(lambda f: f.uuid()),
            "order_number": G(order_no),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(60, 600)),
            "revenue": G(lambda f: f.money(60, 600)),
            "tax": G(lambda f: f.money(0, 40)),
            "shipping": P(0, 7.5, 550, 4.95),
            "currency": P("USD", "JPY", "EUR"),
            "products": Many(product(), 3),
            "email": Y(email, "email"),
            "shipping_address": order_address(),
            "billing_address": order_address(),
            "is_gift": P(True, False),
            "gift_message": Opt(
                P(
                    "Happy birthday!! Go run that PR",
                    "お誕生日おめでとう！",  # noqa: RUF001
                    "Viel Spaß beim Laufen",
                    "For the marathon — proud of you",
                    "Merry Christmas",
                )
            ),
            "fbp": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{d(f, 10)}", "advertising id")),
            "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 40)}", "advertising id"), 0.4),
            "stripe_customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "member_number": Opt(G(lambda f: "SM" + d(f, 10))),
        },
    ),
    (
        "track",
        "Return Requested",
        SHOP,
        {
            "order_number": G(order_no),
            "return_id": G(lambda f: "RMA" + d(f, 8)),
            "reason": P("too_small", "too_large", "defective", "changed_mind", "not_as_pictured"),
            "comment": P(
                "Runs half a size small",
                "Toe box too narrow for me",
                "Color looks different in person",
                "Zu klein, bitte eine Nummer größer",
                "サイズが合いませんでした",
                "",
            ),
            "items": Many(
                {"sku": G(style_code), "size": P(*SIZES), "condition": P("unworn", "worn_once", "damaged")}, 2
            ),
            "refund_method": P("original_payment", "store_credit", "bank_transfer"),
            "label_tracking_number": G(lambda f: "1Z" + alnum(f, 16).upper()),
        },
    ),
    (
        "track",
        "Rückerstattung Bankdaten Übermittelt",
        ["web"],
        {
            "Bestellnummer": G(lambda f: "SM-DE-" + d(f, 8)),
            "Retourennummer": G(lambda f: "RMA" + d(f, 8)),
            "Kontoinhaber": Y(full_name, "name"),
            "IBAN": RED(lambda f: f.iban(f.pick(["DE", "DE", "NL", "FR"])), "bank account"),
            "BIC": P("COBADEFFXXX", "DEUTDEDBBER", "BYLADEM1001", "INGDDEFFXXX", "GENODEF1S04"),
            "Erstattungsbetrag": G(lambda f: f.money(40, 250)),
            "Zahlungsart": P("Nachnahme", "Rechnung", "Vorkasse"),
        },
    ),
    (
        "track",
        "Product Reviewed",
        SHOP,
        {
            "product_id": G(lambda f: d(f, 8)),
            "review_id": G(lambda f: "rv_" + d(f, 7)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "size_feedback": P("runs_small", "true_to_size", "runs_large"),
            "review_body": P(
                "Super comfy on long runs, took my usual size.",
                "Heel slips a bit after 10k.",
                "最高のクッション性。リピートします。",
                "Sohle nach 300 km abgenutzt.",
                "Great for wide feet",
            ),
            "reviewer_nickname": Y(handle, "name"),
            "reviewer_location": Y(
                lambda f: f.pick(
                    ["Portland, OR", "Brooklyn, NY", "Berlin", "大阪府", "Austin, TX", "München"]
                ),
                "city",
            ),
            "verified_purchase": P(True, False),
            "age_range": P("18-24", "25-34", "35-44", "45-54"),
        },
    ),
    (
        "track",
        "Back In Stock Subscribed",
        SHOP,
        {
            "sku": G(style_code),
            "size": P(*SIZES),
            "channel": P("sms", "email", "push"),
            "contact": Y(callback_or_email, "phone|email", True),
        },
    ),
    (
        "track",
        "Order Lookup Submitted",
        ["web"],
        {
            "order_number": G(order_no),
            "input": Y(email, "email", True),
            "found": P(True, False),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        SHOP,
        {
            "gift_card_id": G(lambda f: "gc_" + d(f, 10)),
            "amount": P(25, 50, 100, 5000, 10000, 75),
            "currency": P("USD", "JPY", "EUR"),
            "to": Y(full_name, "name", True),
            "from": Y(first, "name", True),
            "recipient_email": Y(email, "email"),
            "message": P(
                "Happy birthday!",
                "Go get that sub-3!",
                "Alles Gute zum Geburtstag",
                "いつもありがとう",
                "Merry Christmas from all of us",
            ),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        SHOP,
        {
            "gift_card_last4": G(lambda f: d(f, 4)),
            "gift_card_pin": RED(lambda f: d(f, f.pick([4, 6, 8])), "secret|token"),
            "amount_applied": G(lambda f: f.money(5, 150)),
            "remaining_balance": G(lambda f: f.money(0, 100)),
        },
    ),
    (
        "track",
        "Shoe Personalized",
        SHOP,
        {
            "product_id": G(lambda f: d(f, 8)),
            "personalization": {
                "text": Y(
                    lambda f: f.pick(
                        [
                            first(f).upper().translate(ASCII),
                            first(f).translate(ASCII) + " " + str(f.r.randint(1, 99)),
                            last(f).upper().translate(ASCII),
                        ]
                    ),
                    "name",
                    True,
                ),
                "font": P("block", "script", "kanji"),
                "placement": P("tongue", "heel_left", "heel_right"),
            },
        },
    ),
    (
        "track",
        "Wishlist Product Added",
        SHOP,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": P("Race day", "Winter", "For Mom", "欲しいもの", "Geburtstag"),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price")},
        },
    ),
    # ---- drops and raffles ----
    (
        "track",
        "Drop Reminder Set",
        ["rn", "flutter"],
        {
            "drop_id": G(lambda f: "drop_" + d(f, 5)),
            "style_code": G(style_code),
            "reminder_channel": P("push", "sms", "line"),
            "phone_number": Opt(Y(phone, "phone"), 0.7),
            "sms_opt_in": P(True, False),
        },
    ),
    (
        "track",
        "Raffle Entered",
        ["rn", "swift", "flutter"],
        {
            "raffle_id": G(lambda f: "rf_" + d(f, 6)),
            "drop_id": G(lambda f: "drop_" + d(f, 5)),
            "style_code": G(style_code),
            "size": P(*SIZES),
            "pickup_store_id": store("id"),
            "entry_method": P("app", "in_store_qr", "line"),
            "member_number": G(lambda f: "SM" + d(f, 10)),
            "entries_this_month": G(lambda f: f.r.randint(1, 12)),
            "id_check": {
                "document_type": P("passport", "drivers_license", "my_number_card", "personalausweis"),
                "document_country": P("US", "JP", "DE"),
                "document_number": RED(id_document, "national id|passport|license"),
                "document_expiry": G(lambda f: f.date(2025, 2034)),
                "full_name": Y(full_name, "name"),
                "date_of_birth": Y(dob, "birthdate"),
                "selfie_url": Y(lambda f: f"https://kyc.solemark.example/selfies/{f.uuid()}.jpg", "photo"),
                "liveness_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
                "status": P("approved", "needs_review", "declined"),
            },
        },
    ),
    (
        "track",
        "Raffle Entry Received",
        ["ruby"],
        {
            "entry-id": G(lambda f: f.uuid()),
            "raffle-id": G(lambda f: "rf_" + d(f, 6)),
            "full-name": Y(full_name, "name"),
            "email-address": Y(email, "email"),
            "mobile-number": Y(phone, "phone"),
            "shoe-size": P(*SIZES),
            "entry-ip": Y(lambda f: f.ipv4(), "ip"),
            "id-verified": P(True, False),
            "bot-score": G(lambda f: round(f.r.uniform(0, 1), 2)),
            "store-code": store("id"),
            "submitted-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Raffle Result Notified",
        ["python", "java"],
        {
            "raffle_id": G(lambda f: "rf_" + d(f, 6)),
            "result": P("won", "not_selected", "waitlist"),
            "pickup_code": RED(lambda f: f.pick([d(f, 6), alnum(f, 8).upper()]), "token|secret"),
            "pickup_deadline": G(lambda f: f.iso()),
            "pickup_store": {"name": store("name"), "phone": store("phone"), "address": store("address")},
            "notification_channel": P("push", "email", "sms", "line"),
            "line_user_id": Opt(G(lambda f: "U" + f.hexid(32)), 0.4),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        {
            "inquiry_id": G(lambda f: "inq_" + alnum(f, 24)),
            "template_id": P("itmpl_Drop2024US", "itmpl_DropJP", "itmpl_DropDE"),
            "status": P("completed", "approved", "declined", "needs_review"),
            "fields": {
                "name-first": {"value": Y(first, "name")},
                "name-last": {"value": Y(last, "name")},
                "birthdate": {"value": Y(lambda f: f.date(1960, 2007), "birthdate")},
                "address-street-1": {"value": Y(street, "address|street")},
                "address-city": {"value": Y(city, "city")},
                "address-subdivision": {"value": P("OR", "NY", "Tokyo", "Berlin", "Bavaria")},
                "address-postal-code": {"value": Y(postal, "zipcode")},
                "identification-class": {"value": P("dl", "pp", "id")},
                "identification-number": {"value": RED(id_document, "national id|passport|license")},
            },
            "verification_checks_passed": G(lambda f: f.r.randint(5, 14)),
        },
    ),
    # ---- fit ----
    (
        "track",
        "Fit Profile Updated",
        ["swift", "rn"],
        {
            "foot_length_mm": G(lambda f: f.r.randint(225, 305)),
            "foot_width": P("narrow", "regular", "wide", "extra_wide"),
            "arch_type": P("flat", "neutral", "high"),
            "pronation": P("overpronation", "neutral", "supination"),
            "usual_size_us": P(7, 8.5, 9, 10, 10.5, 11.5),
            "preferred_fit": P("snug", "true_to_size", "roomy"),
            "height_cm": G(lambda f: f.r.randint(150, 198)),
            "weight_kg": G(lambda f: f.r.randint(45, 110)),
            "mobility_aid": RED(
                lambda f: f.pick(["none", "wheelchair", "prosthetic_leg", "cane", "afo_brace"]), "disability"
            ),
        },
    ),
    (
        "track",
        "Foot Scan Completed",
        ["rn"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "store_id": store("id"),
            "left_length_mm": G(lambda f: f.r.randint(225, 305)),
            "recommended_size": P(*SIZES),
            "scanner_serial": C("FS3D-00412"),
            "associate_id": G(lambda f: "E" + d(f, 6)),
        },
    ),
    # ---- running ----
    (
        "track",
        "Run Started",
        APP,
        {
            "activity_id": G(lambda f: f.uuid()),
            "activity_type": P("run", "trail_run", "treadmill", "walk"),
            "start_lat": Y(lat, "geolocation"),
            "start_lng": Y(lng, "geolocation"),
            "gps_accuracy_m": G(lambda f: round(f.r.uniform(3, 25), 1)),
            "guided_run_id": Opt(P("gr_easy_30", "gr_tempo_5k", "gr_long_sunday")),
            "shoe_id": G(lambda f: "shoe_" + d(f, 6)),
        },
    ),
    (
        "track",
        "Run Completed",
        APP,
        {
            "activity_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: round(f.r.uniform(1, 42.2), 2)),
            "duration_s": G(lambda f: f.r.randint(600, 14000)),
            "avg_pace_s_per_km": G(lambda f: f.r.randint(220, 480)),
            "avg_heart_rate": G(lambda f: f.r.randint(118, 178)),
            "max_heart_rate": G(lambda f: f.r.randint(160, 201)),
            "calories": G(lambda f: f.r.randint(80, 2900)),
            "elevation_gain_m": G(lambda f: f.r.randint(0, 900)),
            "cadence_spm": G(lambda f: f.r.randint(150, 190)),
            "route": {
                "polyline": Y(polyline, "geolocation"),
                "start": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
                "end": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
                "name": Opt(P("Morning loop", "Tiergarten 10k", "皇居ラン", "Waterfront Park", "Isar Trail")),
                "points": Many(
                    {
                        "lat": Y(lat, "geolocation"),
                        "lng": Y(lng, "geolocation"),
                        "t": G(lambda f: f.r.randint(0, 7200)),
                    },
                    3,
                ),
            },
            "splits": Many(
                {
                    "km": G(lambda f: f.r.randint(1, 21)),
                    "pace_s": G(lambda f: f.r.randint(220, 480)),
                    "hr_avg": G(lambda f: f.r.randint(120, 185)),
                },
                4,
            ),
            "shoe": {
                "id": G(lambda f: "shoe_" + d(f, 6)),
                "nickname": P("Race day flats", "Daily beaters", "Blue ones", "Trail Fox #2", "雨用"),
                "model": P(*SHOES),
            },
            "ran_with_dog": P(True, False),
            "dog_name": Opt(P("Biscuit", "Mochi", "Bruno", "Luna", "Hachi")),
            "timezone": P("America/Los_Angeles", "Asia/Tokyo", "Europe/Berlin"),
        },
    ),
    (
        "track",
        "Activity Synced",
        ["python"],
        {
            "owner_id": G(lambda f: int(d(f, 8))),
            "activity": {
                "id": G(lambda f: int(d(f, 11))),
                "name": P("Morning Run", "Lunch Run", "Tempo Tuesday", "Long Sunday", "Evening Run"),
                "distance": G(lambda f: round(f.r.uniform(1000, 42195), 1)),
                "start_date_local": G(lambda f: f.iso()[:19] + "Z"),
                "timezone": P(
                    "(GMT-08:00) America/Los_Angeles", "(GMT+09:00) Asia/Tokyo", "(GMT+01:00) Europe/Berlin"
                ),
                "start_latlng": Pair(Y(lat, "geolocation"), Y(lng, "geolocation")),
                "end_latlng": Pair(Y(lat, "geolocation"), Y(lng, "geolocation")),
                "location_city": Y(city, "city"),
                "location_country": P("United States", "Japan", "Germany"),
                "average_heartrate": G(lambda f: round(f.r.uniform(120, 175), 1)),
                "device_name": P("Garmin Forerunner 265", "Apple Watch Series 9", "COROS PACE 3"),
            },
        },
    ),
    (
        "track",
        "Heart Rate Sensor Paired",
        ["kotlin"],
        {
            "sensor": {
                "name": P("Polar H10 8A1B2C3D", "HRM-Pro:123456", "Wahoo TICKR 4F2A", "COROS HRM"),
                "address": Y(lambda f: f.mac(), "mac", True),
                "manufacturer": P("Polar", "Garmin", "Wahoo", "COROS"),
                "serial_number": Y(lambda f: f.pick(["C7", "G5", "W1"]) + d(f, 9), "serial"),
            },
        },
    ),
    (
        "track",
        "Watch Connected",
        ["swift"],
        {
            "watch_model": P("Watch7,1", "Watch6,18", "Watch7,5"),
            "watch_serial_number": Y(lambda f: alnum(f, 10).upper(), "serial"),
            "complications_enabled": P(True, False),
        },
    ),
    (
        "track",
        "Training Plan Started",
        APP,
        {
            "plan_id": G(lambda f: "tp_" + d(f, 5)),
            "plan_name": P("First 5K", "Half Marathon Sub-2", "Marathon Build 16wk", "Return to Run"),
            "goal_race": P("Berlin Marathon", "Tokyo Marathon", "NYC Half", "Hood to Coast", ""),
            "current_injuries": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "plantar fasciitis",
                            "IT band syndrome",
                            "shin splints",
                            "achilles tendinopathy",
                            "runner's knee",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnancy_mode": Y(lambda f: f.pick([True, False]), "condition"),
            "resting_hr": G(lambda f: f.r.randint(42, 78)),
            "vo2max": G(lambda f: round(f.r.uniform(32, 68), 1)),
            "age": G(lambda f: f.r.randint(16, 72)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        APP,
        {
            "contact_name": Y(full_name, "name"),
            "contact_phone": Y(phone, "phone"),
            "relationship": P("partner", "parent", "friend", "sibling"),
            "live_tracking_enabled": P(True, False),
            "contacts_total": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Live Run Shared",
        APP,
        {
            "activity_id": G(lambda f: f.uuid()),
            "recipients": Many({"name": Y(full_name, "name"), "phone": Y(phone, "phone")}, 3),
            "share_channel": P("sms", "whatsapp", "line"),
        },
    ),
    (
        "track",
        "Kids Profile Added",
        ["rn"],
        {
            "child_first_name": Y(first, "name"),
            "child_birthdate": Y(lambda f: f.date(2012, 2022), "birthdate"),
            "child_shoe_size": P("10C", "12.5C", "1Y", "3.5Y", "18cm", "EU 31"),
        },
    ),
    # ---- social ----
    (
        "track",
        "Leaderboard Viewed",
        APP,
        {
            "challenge_id": G(lambda f: "ch_" + d(f, 6)),
            "my_rank": G(lambda f: f.r.randint(1, 5000)),
            "entries": Many(
                {
                    "rank": G(lambda f: f.r.randint(1, 50)),
                    "member_id": G(lambda f: "m_" + d(f, 9)),
                    "display_name": Y(handle, "name"),
                    "avatar_url": Y(lambda f: f"https://avatars.solemark.example/{f.hexid(16)}.jpg", "photo"),
                    "country": P("US", "JP", "DE", "GB", "KR"),
                    "distance_km": G(lambda f: round(f.r.uniform(5, 400), 1)),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Friend Invited",
        APP,
        {
            "invite_code": G(lambda f: alnum(f, 8).upper()),
            "method": P("sms", "email", "link"),
            "invitee_name": Opt(Y(full_name, "name"), 0.6),
            "invitee_email": Opt(Y(email, "email"), 0.5),
            "invitee_phone": Opt(Y(phone, "phone"), 0.5),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["rn"],
        {
            "contacts_uploaded": G(lambda f: f.r.randint(20, 900)),
            "matched": Many(
                {
                    "member_id": G(lambda f: "m_" + d(f, 9)),
                    "name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                },
                4,
            ),
            "permission": P("full", "limited"),
        },
    ),
    # ---- members and rewards ----
    (
        "identify",
        None,
        SHOP,
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone": Opt(Y(phone, "phone"), 0.7),
            "birthday": Y(
                lambda f: f.pick([f.date(1960, 2008), f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"]),
                "birthdate",
            ),
            "gender": Opt(
                Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender")
            ),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": P("OR", "NY", "TX", "Tokyo", "Bayern", "Berlin"),
                "postal_code": Y(postal, "zipcode"),
                "country": P("US", "JP", "DE"),
            },
            "member_number": G(lambda f: "SM" + d(f, 10)),
            "member_tier": P("Bronze", "Silver", "Gold", "Black"),
            "points_balance": G(lambda f: f.r.randint(0, 40000)),
            "email_verified": P(True, False),
            "phone_verified": P(True, False),
            "marketing_opt_in": P(True, False),
            "preferred_store_id": store("id"),
            "shoe_size": P(*SIZES),
            "avatar_url": Opt(Y(lambda f: f"https://avatars.solemark.example/{f.hexid(16)}.jpg", "photo")),
            "created_at": G(lambda f: f.iso()),
            "age": Opt(G(lambda f: f.r.randint(16, 70))),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "氏名": Y(lambda f: " ".join(f.pick(JP_KANJI)[:2]), "name"),
            "フリガナ": Y(lambda f: " ".join(f.pick(JP_KANJI)[2:]), "name"),
            "メールアドレス": Y(email, "email"),
            "電話番号": Y(lambda f: phone(f, "jp"), "phone"),
            "郵便番号": Y(lambda f: f"{f.r.randint(100, 999)}-{d(f, 4)}", "zipcode"),
            "都道府県": P("東京都", "大阪府", "神奈川県", "福岡県", "北海道"),
            "住所": Y(
                lambda f: f.pick(JP_ADDR).format(
                    a=f.r.randint(1, 5), b=f.r.randint(1, 30), c=f.r.randint(1, 20)
                ),
                "address",
            ),
            "生年月日": Y(
                lambda f: f"{f.r.randint(1960, 2006)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "性別": Y(lambda f: f.pick(["男性", "女性", "回答しない"]), "gender"),
            "会員番号": G(lambda f: d(f, 12)),
            "会員ランク": P("ブロンズ", "シルバー", "ゴールド"),
            "お気に入り店舗": P("原宿", "梅田", "天神"),
            "靴のサイズ": P("25.5", "26.0", "27.0", "27.5", "23.5"),
            "line_user_id": Opt(G(lambda f: "U" + f.hexid(32)), 0.5),
        },
    ),
    (
        "identify",
        None,
        ["web"],
        {
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "Vorname": Y(lambda f: f.pick(DE_FIRST), "name"),
            "Nachname": Y(lambda f: f.pick(DE_LAST), "name"),
            "E-Mail": Y(email, "email"),
            "Telefon": Opt(Y(lambda f: phone(f, "de"), "phone")),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1960, 2006)}",
                "birthdate",
            ),
            "Straße": Y(lambda f: f.pick(DE_STREETS), "street|address"),
            "Hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', '', 'a'])}", "address|street"),
            "PLZ": Y(lambda f: f"{f.r.randint(1067, 99998):05d}", "zipcode"),
            "Ort": Y(
                lambda f: f.pick(["Berlin", "München", "Hamburg", "Köln", "Leipzig", "Freiburg"]), "city"
            ),
            "Land": C("DE"),
            "Kundennummer": G(lambda f: d(f, 9)),
            "Newsletter": P(True, False),
            "Lieblingsfiliale": P("Berlin Mitte", "München", "Hamburg Jungfernstieg", ""),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Opt(Y(phone, "phone"), 0.7),
            "BIRTH_DATE": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "POSTAL_CODE": Y(postal, "zipcode"),
            "COUNTRY_CODE": P("US", "JP", "DE"),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 4000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 60)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "LOYALTY_TIER": P("BRONZE", "SILVER", "GOLD", "BLACK"),
            "MEMBER_NUMBER": G(lambda f: "SM" + d(f, 10)),
            "PREFERRED_SIZE": P(*SIZES),
            "HOME_STORE_ID": store("id"),
            "IS_EMPLOYEE": P(True, False),
            "EMAIL_SUBSCRIBED": P(True, False),
        },
    ),
    (
        "track",
        "Birthday Reward Issued",
        ["python"],
        {
            "member_number": G(lambda f: "SM" + d(f, 10)),
            "birth_month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
            "reward_value": P(10, 15, 1000),
            "birthday_reward_sent": P(True, False),
        },
    ),
    (
        "track",
        "Discount Verification Completed",
        ["web"],
        {
            "verification_provider": P("ID.me", "SheerID", "GovX"),
            "group": RED(
                lambda f: f.pick(
                    ["military", "veteran", "military_family", "first_responder", "nurse", "student"]
                ),
                "veteran",
            ),
            "military_branch": Opt(
                RED(
                    lambda f: f.pick(["Army", "Navy", "Marine Corps", "Air Force", "Coast Guard"]), "veteran"
                ),
                0.5,
            ),
            "verified": P(True, False),
            "discount_percent": P(10, 15, 20),
        },
    ),
    # ---- auth ----
    (
        "track",
        "Signed Up",
        SHOP,
        {
            "method": P("email", "apple", "google", "line"),
            "email": Y(email, "email"),
            "marketing_consent": P(True, False),
            "referral_code": Opt(G(lambda f: alnum(f, 8).upper())),
            "age_gate_passed": P(True, False),
            "country": P("US", "JP", "DE"),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "magic_link": RED(
                lambda f: "https://www.solemark.example/auth/verify?token=" + alnum(f, 43), "token"
            ),
            "expires_in": C(900),
        },
    ),
    (
        "track",
        "Phone Verification Sent",
        ["node", "go"],
        {
            "phone": Y(phone, "phone"),
            "verification_code": RED(lambda f: d(f, 6), "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "channel": P("sms", "voice", "whatsapp"),
            "provider_sid": G(lambda f: "VE" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Sign Up Failed",
        ["web"],
        {
            "error": P("email_taken", "weak_password", "captcha_failed"),
            "form": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Sneakerhead2024!", "kaze4ever", "Laufen#123", "hashtag$runs", "pdxTrail99"]
                    ),
                    "password",
                ),
                "newsletter": P(True, False),
            },
        },
    ),
    (
        "track",
        "Signed In",
        SHOP,
        {
            "method": P("password", "magic_link", "apple", "passkey"),
            "mfa_used": P(True, False),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "login_count": G(lambda f: f.r.randint(1, 900)),
            "password_strength": P("weak", "fair", "strong"),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    # ---- payments and payouts ----
    (
        "track",
        "Payment Failed",
        ["node"],
        {
            "payment_intent": G(lambda f: "pi_" + alnum(f, 24)),
            "payment_method_id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
            "decline_code": P("insufficient_funds", "do_not_honor", "expired_card", "generic_decline"),
            "amount": G(lambda f: f.r.randint(5000, 60000)),
            "currency": P("usd", "jpy", "eur"),
            "card": {
                "brand": P("visa", "mastercard", "jcb", "amex"),
                "last4": G(lambda f: d(f, 4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": P("US", "JP", "DE"),
                "funding": P("credit", "debit", "prepaid"),
            },
            "billing_details": billing_details(),
        },
    ),
    (
        "track",
        "Ambassador Payout Account Created",
        ["python"],
        {
            "ambassador_id": G(lambda f: "amb_" + d(f, 5)),
            "connect_account_id": G(lambda f: "acct_" + alnum(f, 16)),
            "individual": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, "us"), "phone"),
                "dob": {
                    "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
                    "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
                    "year": Y(lambda f: f.r.randint(1965, 2004), "birthdate"),
                },
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postal, "zipcode"),
                    "state": P("OR", "NY", "CA", "TX"),
                },
                "ssn_last_4": RED(lambda f: d(f, 4), "social security number"),
                "id_number": RED(lambda f: f.ssn(), "social security number|national id"),
            },
            "external_account": {
                "routing_number": P("021000021", "026009593", "121000248", "322271627", "031176110"),
                "account_number": RED(lambda f: d(f, f.pick([9, 10, 12])), "bank account"),
                "last4": G(lambda f: d(f, 4)),
                "bank_name": P("JPMORGAN CHASE", "BANK OF AMERICA", "WELLS FARGO", "CITIBANK"),
            },
        },
    ),
    (
        "track",
        "Ambassador Application Submitted",
        ["ruby"],
        {
            "form_id": P("rUn8Xq", "Amb2024", "AmbJP24"),
            "submitted_at": G(lambda f: f.iso()),
            "hidden": {"member_number": G(lambda f: "SM" + d(f, 10))},
            "answers": Pair(
                {
                    "type": C("text"),
                    "field": {"id": C("Fn4m3"), "ref": C("full_name")},
                    "text": Y(full_name, "name", True),
                },
                {
                    "type": C("email"),
                    "field": {"id": C("Em41l"), "ref": C("email")},
                    "email": Y(email, "email"),
                },
                {
                    "type": C("phone_number"),
                    "field": {"id": C("Ph0n3"), "ref": C("phone")},
                    "phone_number": Y(phone, "phone"),
                },
                {
                    "type": C("choice"),
                    "field": {"id": C("Ch01c"), "ref": C("favourite_terrain")},
                    "choice": {"label": P("Road", "Trail", "Track", "Treadmill")},
                },
                {
                    "type": C("number"),
                    "field": {"id": C("Nm8r1"), "ref": C("weekly_km")},
                    "number": G(lambda f: f.r.randint(10, 140)),
                },
            ),
        },
    ),
    (
        "track",
        "Botschafter Auszahlung Eingerichtet",
        ["python"],
        {
            "botschafter_id": G(lambda f: "amb_" + d(f, 5)),
            "steuer_id": RED(steuer_id, "national id"),
            "kontoinhaber": Y(full_name, "name"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": P("COBADEFFXXX", "DEUTDEDBBER", "BYLADEM1001"),
            "kleinunternehmer": P(True, False),
            "auszahlungswaehrung": C("EUR"),
        },
    ),
    # ---- health insurer bonus programme (DE) ----
    (
        "track",
        "Bonusprogramm Aktivität Übermittelt",
        ["java"],
        {
            "Krankenkasse": P("Techniker Krankenkasse", "AOK Bayern", "BARMER", "DAK-Gesundheit"),
            "Versichertennummer": Y(kvnr, "identification"),
            "Vorname": Y(lambda f: f.pick(DE_FIRST), "name"),
            "Nachname": Y(lambda f: f.pick(DE_LAST), "name"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1955, 2005)}",
                "birthdate",
            ),
            "Aktivitaetsart": P("Laufen", "Walking", "Trailrunning"),
            "Kilometer": G(lambda f: round(f.r.uniform(20, 300), 1)),
            "Bonuspunkte": G(lambda f: f.r.randint(50, 500)),
            "Einwilligung": P(True, False),
        },
    ),
    # ---- groups ----
    (
        "group",
        None,
        ["swift", "kotlin"],
        {
            "name": P(
                "PDX Trail Dogs", "Tokyo Night Runners", "Spree Pacers", "Brooklyn Track Club", "Isar Läufer"
            ),
            "member_count": G(lambda f: f.r.randint(3, 400)),
            "city": P("Portland", "Tokyo", "Berlin", "Brooklyn", "München"),
            "captain_member_id": G(lambda f: "m_" + d(f, 9)),
            "visibility": P("public", "invite_only"),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["java"],
        {
            "name": P("Siemens AG", "Initech GmbH", "Deutsche Bahn", "SAP SE", "Zalando"),
            "industry": P("Manufacturing", "Software", "Transport", "Retail"),
            "employees": G(lambda f: f.r.randint(200, 300000)),
            "plan": P("wellness_basic", "wellness_plus", "wellness_pilot"),
            "hr_contact_name": Y(full_name, "name"),
            "hr_contact_email": Y(work_email, "email"),
            "billing_email": P("payables@initech.example", "ap@siemens.example", "rechnung@zalando.example"),
        },
    ),
    # ---- stores and staff ----
    (
        "track",
        "Store Appointment Booked",
        SHOP,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "service": P("gait_analysis", "custom_insoles", "sports_bra_fitting", "kids_fitting"),
            "slot_start": G(lambda f: f.iso()),
            "store": {
                k: store(k2)
                for k, k2 in (
                    ("id", "id"),
                    ("name", "name"),
                    ("phone", "phone"),
                    ("email", "email"),
                    ("address", "address"),
                    ("city", "city"),
                    ("postal_code", "zip"),
                    ("lat", "lat"),
                    ("lng", "lng"),
                )
            },
            "associate": {"name": Y(full_name, "name"), "employee_number": G(lambda f: "E" + d(f, 6))},
            "customer": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "notes": P(
                "Bring your current running shoes", "Training for first marathon", "", "Wants wide options"
            ),
            "party_size": P(1, 2, 3),
        },
    ),
    (
        "track",
        "Appointment Note Added",
        ["rn"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "note": Y(staff_note, "phone", True),
            "author_employee_id": G(lambda f: "E" + d(f, 6)),
            "store_id": store("id"),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["php"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "provider": P("twilio", "vonage", "messagebird"),
            "sms": {
                "sid": G(lambda f: "SM" + f.hexid(32)),
                "to": Y(phone, "phone", True),
                "from": P("+15035550100", "+4915888001234", "SOLEMARK", "+81345550123"),
                "body": P(
                    "Reminder: your gait analysis at Solemark tomorrow at 10:00. Reply C to cancel.",
                    "Erinnerung: Ihr Termin zur Laufanalyse morgen um 14:30.",
                    "明日11:00のご来店予約のお知らせです。",
                ),
            },
        },
    ),
    (
        "track",
        "Store Call Completed",
        ["dotnet"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(phone, "phone", True),
            "To": store("phone"),
            "FromCity": Y(
                lambda f: f.pick(["PORTLAND", "BROOKLYN", "BEAVERTON", "NEW YORK", "AUSTIN"]), "city"
            ),
            "FromState": P("OR", "NY", "TX"),
            "FromZip": Y(lambda f: f"{f.r.randint(10001, 99950)}", "zipcode"),
            "FromCountry": P("US", "JP", "DE"),
            "ToCity": P("PORTLAND", "NEW YORK", "BEAVERTON"),
            "CallStatus": P("completed", "no-answer", "busy"),
            "CallDuration": G(lambda f: f.r.randint(0, 900)),
            "Direction": C("inbound"),
        },
    ),
    (
        "track",
        "Curbside Pickup Completed",
        ["dotnet"],
        {
            "OrderNumber": G(order_no),
            "StoreNumber": store("id"),
            "PickupPersonName": Y(full_name, "name"),
            "PickupPersonPhone": Y(phone, "phone"),
            "LicensePlate": Y(
                lambda f: f.pick(
                    [
                        f"{alnum(f, 3).upper()}{d(f, 4)}",
                        f"B-{alnum(f, 2).upper()} {d(f, 4)}",
                        f"M-{alnum(f, 2).upper()} {d(f, 3)}",
                        f"品川 300 さ {d(f, 2)}-{d(f, 2)}",
                    ]
                ),
                "license",
            ),
            "VehicleColor": P("silver", "black", "white", "blue"),
            "PickupCode": RED(lambda f: d(f, 6), "token|secret"),
            "IdChecked": P(True, False),
            "AssociateName": Y(full_name, "name"),
            "ArrivedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        ["java"],
        {
            "employee_id": G(lambda f: "E" + d(f, 6)),
            "employee_name": Y(full_name, "name"),
            "store_id": store("id"),
            "role": P("sales_associate", "store_manager", "stock_lead", "fit_specialist"),
            "hourly_rate": Y(lambda f: f.pick([17.5, 19.25, 22, 1250, 1400, 14.6]), "salary"),
            "shift_start": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "job_id": G(lambda f: "req_" + d(f, 5)),
            "position": P("Sales Associate", "Store Manager", "Fit Specialist", "Stock Associate"),
            "store_id": store("id"),
            "applicant_name": Y(full_name, "name"),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(phone, "phone"),
            "authorized_to_work": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_hourly_rate": Y(lambda f: f.pick([18, 20, 22.5, 25, 1300]), "salary"),
            "is_over_18": P(True, False),
            "availability": P("weekends", "full_time", "part_time", "evenings"),
        },
    ),
    (
        "track",
        "Customer Searched",
        ["rn"],
        {
            "q": Y(callback_or_email, "phone|email", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "store_id": store("id"),
            "associate_id": G(lambda f: "E" + d(f, 6)),
        },
    ),
    (
        "track",
        "Store Locator Searched",
        SHOP,
        {
            "search_term": P("Portland", "SoHo", "渋谷", "Berlin", "80331", "Osaka"),
            "results": Many(
                {"store_id": store("id"), "store_name": store("name"), "store_city": store("city")}, 3
            ),
            "used_current_location": P(True, False),
        },
    ),
    # ---- support and messaging ----
    (
        "track",
        "Support Chat Started",
        SHOP,
        {
            "conversation_id": G(lambda f: d(f, 10)),
            "visitor_name": Y(full_name, "name"),
            "visitor_email": Y(email, "email"),
            "department": P("orders", "returns", "launches", "membership"),
            "order_number": Opt(G(order_no)),
            "first_message": P(
                "Where is my order?",
                "I want to return my shoes",
                "抽選結果が届きません",
                "Wann kommt meine Bestellung?",
                "Can I change my size?",
            ),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["go"],
        {
            "email": Y(email, "email"),
            "event": P("delivered", "open", "click", "bounce"),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + d(f, 4)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@ismtpd0042p1mdw1.sendgrid.net>"),
            "category": Many(P("launch", "transactional", "rewards", "newsletter"), 2),
            "url": Opt(
                P("https://www.solemark.example/launch", "https://www.solemark.example/account/rewards"), 0.4
            ),
            "marketing_campaign_name": P("Kaze 5 Launch", "Member Days", "Raffle Results"),
        },
    ),
    (
        "track",
        "Gift Order Attributes Captured",
        ["node"],
        {
            "order_number": G(order_no),
            "note_attributes": Many({"name": C("gift_recipient_email"), "value": Y(email, "email", True)}, 1),
            "source_name": P("web", "shopify_draft_order", "pos"),
        },
    ),
    (
        "track",
        "Profile Field Edited",
        SHOP,
        {
            "field_name": P("phone", "mobile_phone", "phone_number"),
            "old_value": Y(phone, "phone", True),
            "new_value": Y(phone, "phone", True),
            "edited_via": P("settings", "checkout", "support_agent"),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        {
            "event_name": P("Purchase", "AddToCart", "CompleteRegistration"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": P("website", "app", "physical_store"),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Opt(Y(sha256, "phone")),
                "external_id": G(sha256),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": P(*UAS),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{d(f, 10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 40)}", "advertising id")),
            },
        },
    ),
    # ---- Japanese-keyed events ----
    (
        "track",
        "購入完了",
        ["web"],
        {
            "注文番号": G(lambda f: "SM-JP-" + d(f, 8)),
            "合計金額": G(lambda f: f.r.randint(5000, 60000)),
            "支払方法": P("クレジットカード", "コンビニ決済", "代金引換", "PayPay"),
            "配送先": {
                "氏名": Y(lambda f: " ".join(f.pick(JP_KANJI)[:2]), "name"),
                "郵便番号": Y(lambda f: f"{f.r.randint(100, 999)}-{d(f, 4)}", "zipcode"),
                "住所": Y(
                    lambda f: f.pick(JP_ADDR).format(
                        a=f.r.randint(1, 5), b=f.r.randint(1, 30), c=f.r.randint(1, 20)
                    ),
                    "address",
                ),
                "電話番号": Y(lambda f: phone(f, "jp"), "phone"),
            },
            "配送希望日": G(lambda f: f.date(2024, 2024)),
            "配送時間帯": P("午前中", "14-16時", "18-20時", "指定なし"),
        },
    ),
    (
        "track",
        "来店予約完了",
        ["flutter"],
        {
            "予約番号": G(lambda f: "R" + d(f, 8)),
            "店舗名": P("ソールマーク 原宿", "Solemark Umeda", "ソールマーク 天神"),
            "予約日時": G(lambda f: f.iso()),
            "予約者名": Y(lambda f: " ".join(f.pick(JP_KANJI)[:2]), "name"),
            "連絡先": Y(lambda f: phone(f, "jp"), "phone", True),
            "備考": P("初めてのランニングシューズです", "幅広の足です", "子供の靴も見たい", ""),
        },
    ),
    # ---- German-keyed events ----
    (
        "track",
        "Termin Gebucht",
        ["web"],
        {
            "Filiale": P("Berlin Mitte", "München", "Hamburg Jungfernstieg"),
            "Termin": G(lambda f: f.iso()),
            "Leistung": P("Laufanalyse", "Einlagenberatung", "Kinderschuh-Beratung"),
            "Name": Y(full_name, "name"),
            "E-Mail-Adresse": Y(email, "email"),
            "Telefonnummer": Y(lambda f: phone(f, "de"), "phone"),
            "Anmerkungen": P(
                "Bitte mit alten Laufschuhen kommen", "Erster Marathon geplant", "", "Breite Füße"
            ),
            "Erinnerung per SMS": P(True, False),
        },
    ),
    # ---- app lifecycle ----
    (
        "track",
        "Application Opened",
        [*APP, "rn", "flutter"],
        {
            "from_background": P(True, False),
            "build": P("7400", "2418", "320", "751"),
            "version": P("7.4.0", "24.18.0", "3.2.0", "7.5.1"),
            "referring_application": Opt(
                P("com.apple.mobilesafari", "jp.naver.line.android", "com.instagram.android")
            ),
        },
    ),
    (
        "track",
        "Application Installed",
        [*APP, "rn"],
        {
            "build": P("7400", "2418", "751"),
            "version": P("7.4.0", "24.18.0", "7.5.1"),
        },
    ),
    (
        "track",
        "Push Notification Tapped",
        [*APP, "rn"],
        {
            "campaign_id": G(lambda f: f.uuid()),
            "title": P(
                "It's live: Kaze Runner 5", "Raffle closes in 1 hour", "抽選結果のお知らせ", "Dein Lauf-Recap"
            ),
            "deep_link": P("solemark://launch/kaze5", "solemark://raffle", "solemark://run/recap"),
            "push_token": RED(lambda f: f.hexid(64), "token"),
        },
    ),
]

ALIAS_CLIENTS = ["web", "rn", "swift"]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            f.centre = f.pick(RUN_CENTRES)
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": ("ajs-next-" if client == "web" else "") + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            msg["userId"] = f.pick(["m_" + d(f, 9), d(f, 9)])
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f.pick(["crew_", "org_"]) + d(f, 6)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
        for _ in range(2):
            client = f.pick(ALIAS_CLIENTS)
            msg = {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": "m_" + d(f, 9),
                "context": render(CONTEXTS[client](f), f, "context", labels),
            }
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=130, repeats=22)
    write(Path(__file__).parent, "holdout130_", events, labels)
