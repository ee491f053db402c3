"""Writes holdout278: tests/corpus/holdout278_events.jsonl and holdout278_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (format
only), without reading the detection engine, its vocabularies, its tests or other holdouts'
labels, and without running the engine on these events. Nothing here is tuned to the engine.

Domain: "Hoverline", a drone-pilot registration and flight-operations platform in the US, the
UK and Japan. Pilot sign-up and identity checks (date of birth, FAA Part 107 certificates, UK
Flyer / Operator IDs, Japanese 技能証明), drone registrations with serial numbers (FAA "FA…",
Japanese "JU…" 登録記号, ANSI/CTA-2063 Remote ID serials), flight logs with GPS tracks and
altitudes, LAANC / DIPS / CAA airspace authorisations, Remote ID detections, insurance
quotes, policies and certificates, client jobs (roof inspections, real-estate photography at
customers' homes), incident reports, a small shop (Segment e-commerce spec), training courses,
pilot hiring with EEO self-identification, invoices, Stripe-shaped payments and payouts, US /
UK / Japanese bank details, support, e-mail, SMS and call-centre webhooks, ad attribution.

Clients: analytics.js (pilot portal, customer booking site), analytics-swift and
analytics-kotlin (pilot apps), analytics-react-native (customer app), analytics-flutter
(Japanese pilot app), server libraries python (the Japanese backend sends Japanese keys),
node, go, java, ruby (UK operations), php and Analytics.NET (PascalCase insurance and call
centre services). A per-message persona keeps one event's name, e-mail, phone, address and
coordinates coherent and regional (US names from many cultures, UK, Japanese with kana and
romaji e-mail); other people in an event (witnesses, crew, recipients, staff, realtors) are
separate personas. Checksums are real where the real identifier has one: Luhn cards, mod-97
IBANs, ABA routing numbers, SSA-structured SSNs, the My Number check digit, UK NINO prefixes.
Conventions: mostly camelCase and snake_case; about 20 % of paths are PascalCase (.NET, Twilio),
kebab-case (a Persona-shaped identity webhook), SCREAMING_SNAKE (a warehouse reverse-ETL sync)
or Japanese.

Labelling rules (the product's default colours, as the brief states them):
- PII is personal data about a natural person (the user, a recipient, a witness, crew, staff, a
  realtor); colour is the reference matcher's default (name, email, phone, address, street,
  city, zipcode, birthdate, gender, ethnicity, certificate, license, identification, serial, ip,
  photo, salary, condition: yellow; token, visa, veteran, disability, credit card, passport,
  social security number: red). Outside the reference: geolocation and advertising id yellow;
  secret, national id, bank account, health id, token red.
- Green: ids we or a processor issue (uuids, numeric ids, cus_/pi_/po_/in_/acct_ Stripe ids,
  invoice, claim, quote, job, authorisation and permit references), versions, timestamps,
  hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys, product,
  company, insurer, brokerage and pet names, drone nicknames, places that are not the person's
  (airports, searched places, testing centres), country / state / prefecture, locale, timezone,
  currency, user agents, OS-issued analytics device ids (identifierForVendor, the Android id),
  card brand / last four / expiry, bank routing numbers, sort codes and Japanese bank / branch
  codes, the last four of a bank account, role mailboxes, a business's own phone and address,
  call-masking proxy numbers, e-mail Message-IDs, UUID tokens.
- Published policy, applied as written: insurance policy numbers `identification` (yellow);
  pay rates and earnings totals `salary` (yellow), but one invoice or payout amount is an amount
  (green); ad click ids (gclid, fbclid, fbp, fbc) `advertising id` (yellow); billing and
  shipping addresses `address` (yellow); Stripe payment-instrument ids (pm_, ba_) and one-time
  codes and magic-link tokens red `token`; identity-document numbers red
  `national id|passport`; right-to-work / sponsorship answers red `visa`; the last four of an
  SSN red; ages green.
- Domain rules decided here (what a careful privacy owner would want flagged): a remote-pilot
  certificate, Flyer ID or 技能証明 number is `certificate` (Flyer / Operator IDs
  `certificate|license` and `license|identification`); a drone registration mark (FAA "FA…",
  "JU…") belongs to its owner like a number plate: `license`; a drone or Remote ID serial is
  like a VIN: `serial`; a drone's GPS position, a take-off point, a job site at a customer's
  home and a Remote ID operator position are the person's precise location: `geolocation`
  (an address string of such a place: `address`); an injury description is
  `condition|diagnosis`; answers to a pilot medical declaration (vision, colour vision, a
  declared condition) are `condition`; GI Bill funding reveals veteran status (red); the FAA
  Tracking Number is `identification`; a push token is red `token`; a gate or lockbox code in
  access instructions is red `secret`; a webhook signing secret is red `secret`; hashed
  e-mail / phone sent for ad matching (Meta CAPI `em` / `ph`) stay personal: yellow, typed as
  what was hashed, not value_only; a roof's `condition` is green.
- value_only is true when the key does not say what the value is (`value`, `text`, `q`,
  `label`, `input`, `note`, `recipient`, `To`, `Body`, `username`, `externalIds[].id` …) and only
  the value reveals it; every value of a value_only PII path carries that PII. Free text is
  labelled by what every value carries: each free-text path here either always carries the PII
  it is labelled with or never carries any (then it is green).
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

US_FIRST = [
    "Emily",
    "Michael",
    "Jasmine",
    "DeShawn",
    "Carlos",
    "María",
    "Wei",
    "Priya",
    "Tuan",
    "Aaliyah",
    "Ethan",
    "Olivia",
    "Mohammed",
    "Hyun-woo",
    "Ji-yeon",
    "Kateryna",
    "Santiago",
    "Grace",
    "Tyler",
    "Kayla",
    "Darnell",
    "Ana",
    "Rahul",
    "Fatima",
    "Connor",
    "Isabella",
    "Tomás",
    "Nnamdi",
    "Leilani",
    "Dmitri",
    "Brianna",
    "Hector",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Rodriguez",
    "Nguyen",
    "Patel",
    "Kim",
    "Washington",
    "O'Connor",
    "Hernández",
    "Goldberg",
    "Okafor",
    "Kowalczyk",
    "Yamamoto",
    "Begay",
    "Al-Sayed",
    "Schmidt",
    "Chen",
    "Jackson",
    "Ramírez",
    "Lee",
    "Murphy",
    "Novak",
    "Adeyemi",
    "Thompson",
    "Tran",
    "Reyes",
]
UK_FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "Mohammed",
    "Aisha",
    "Callum",
    "Niamh",
    "Rhys",
    "Siobhan",
    "Priya",
    "Kwabena",
    "Zofia",
    "Freddie",
    "Poppy",
    "Arjun",
    "Eilidh",
    "Tariq",
    "Hannah",
    "Jack",
]
UK_LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Evans",
    "Khan",
    "Hussain",
    "MacDonald",
    "O'Neill",
    "Patel",
    "Wright",
    "Kowalski",
    "Mensah",
    "Davies",
    "Campbell",
    "Ahmed",
    "Clarke",
    "Fitzgerald",
    "Walsh",
    "Begum",
    "Llewellyn",
]
JP_LAST = [
    ("佐藤", "サトウ", "sato"),
    ("鈴木", "スズキ", "suzuki"),
    ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"),
    ("伊藤", "イトウ", "ito"),
    ("渡辺", "ワタナベ", "watanabe"),
    ("山本", "ヤマモト", "yamamoto"),
    ("中村", "ナカムラ", "nakamura"),
    ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"),
    ("吉田", "ヨシダ", "yoshida"),
    ("山田", "ヤマダ", "yamada"),
    ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"),
    ("木村", "キムラ", "kimura"),
    ("清水", "シミズ", "shimizu"),
]
JP_FIRST = [
    ("健太", "ケンタ", "kenta"),
    ("美咲", "ミサキ", "misaki"),
    ("翔", "ショウ", "sho"),
    ("陽菜", "ヒナ", "hina"),
    ("大輔", "ダイスケ", "daisuke"),
    ("さくら", "サクラ", "sakura"),
    ("蓮", "レン", "ren"),
    ("結衣", "ユイ", "yui"),
    ("悠真", "ユウマ", "yuma"),
    ("葵", "アオイ", "aoi"),
    ("拓海", "タクミ", "takumi"),
    ("真由美", "マユミ", "mayumi"),
    ("誠", "マコト", "makoto"),
    ("隆", "タカシ", "takashi"),
    ("明美", "アケミ", "akemi"),
    ("直樹", "ナオキ", "naoki"),
]

US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Cedar Ln",
    "Sunset Blvd",
    "Washington St",
    "Lakeview Dr",
    "Pine Ridge Rd",
    "Elm St",
    "Highland Ave",
    "Mission St",
    "Peachtree St NE",
    "Cherry Creek Dr",
    "Bayshore Blvd",
    "Magnolia Way",
    "Sycamore Ct",
    "W 38th St",
]
US_CITIES = [  # city, state, ZIP prefix, lat, lon
    ("Austin", "TX", "787", 30.27, -97.74),
    ("Denver", "CO", "802", 39.74, -104.99),
    ("Phoenix", "AZ", "850", 33.45, -112.07),
    ("Tampa", "FL", "336", 27.95, -82.46),
    ("Seattle", "WA", "981", 47.61, -122.33),
    ("Charlotte", "NC", "282", 35.23, -80.84),
    ("Columbus", "OH", "432", 39.96, -83.0),
    ("Sacramento", "CA", "958", 38.58, -121.49),
    ("Boise", "ID", "837", 43.62, -116.2),
    ("Nashville", "TN", "372", 36.16, -86.78),
    ("Salt Lake City", "UT", "841", 40.76, -111.89),
    ("Albuquerque", "NM", "871", 35.08, -106.65),
    ("Omaha", "NE", "681", 41.26, -95.93),
    ("Buffalo", "NY", "142", 42.89, -78.88),
    ("Atlanta", "GA", "303", 33.75, -84.39),
    ("San Antonio", "TX", "782", 29.42, -98.49),
]
UK_STREETS = [
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Mill Lane",
    "Park Avenue",
    "Queens Road",
    "Kings Crescent",
    "Albert Terrace",
    "Manor Way",
    "Orchard Close",
    "Bridge Street",
]
UK_TOWNS = [  # town, nation, postcode area, lat, lon
    ("Leeds", "England", "LS", 53.8, -1.55),
    ("Bristol", "England", "BS", 51.45, -2.59),
    ("Manchester", "England", "M", 53.48, -2.24),
    ("Cardiff", "Wales", "CF", 51.48, -3.18),
    ("Glasgow", "Scotland", "G", 55.86, -4.25),
    ("Norwich", "England", "NR", 52.63, 1.3),
    ("Exeter", "England", "EX", 50.72, -3.53),
    ("Brighton", "England", "BN", 50.82, -0.14),
    ("York", "England", "YO", 53.96, -1.08),
    ("Belfast", "Northern Ireland", "BT", 54.6, -5.93),
    ("Aberdeen", "Scotland", "AB", 57.15, -2.09),
    ("Swansea", "Wales", "SA", 51.62, -3.94),
]
JP_PLACES = [  # prefecture, city, town, postcode prefix, lat, lon
    ("東京都", "渋谷区", "神南", "150", 35.66, 139.7),
    ("東京都", "世田谷区", "三軒茶屋", "154", 35.64, 139.67),
    ("大阪府", "大阪市北区", "梅田", "530", 34.7, 135.5),
    ("神奈川県", "横浜市中区", "山下町", "231", 35.44, 139.65),
    ("愛知県", "名古屋市中村区", "名駅", "450", 35.17, 136.88),
    ("福岡県", "福岡市博多区", "博多駅前", "812", 33.59, 130.42),
    ("北海道", "札幌市中央区", "北一条西", "060", 43.06, 141.35),
    ("京都府", "京都市下京区", "烏丸通", "600", 35.0, 135.76),
    ("千葉県", "木更津市", "中央", "292", 35.38, 139.92),
    ("静岡県", "浜松市中区", "鍛冶町", "430", 34.71, 137.73),
    ("宮城県", "仙台市青葉区", "一番町", "980", 38.26, 140.87),
    ("広島県", "広島市中区", "紙屋町", "730", 34.39, 132.46),
]
JP_BUILDINGS = ["", "", " メゾン桜201", " パークハイツ305", " グランドール102", " コーポ若葉2F"]

DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"],
    "UK": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "JP": ["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp", "softbank.ne.jp"],
}


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c not in "'").lower()


@dataclass
class Person:
    region: str
    first: str
    last: str
    first_kana: str
    last_kana: str
    first_r: str
    last_r: str
    email: str
    phone: str
    dob: str
    street: str
    line2: str
    city: str
    state: str
    postcode: str
    country: str
    lat: float
    lon: float

    @property
    def full(self) -> str:
        if self.region == "JP":
            return f"{self.last} {self.first}" if self.first_r[0] < "n" else f"{self.last}{self.first}"
        return f"{self.first} {self.last}"

    @property
    def kana(self) -> str:
        return f"{self.last_kana} {self.first_kana}"

    @property
    def address(self) -> str:
        if self.region == "JP":
            return f"{self.state}{self.city}{self.street}{self.line2}"
        if self.region == "UK":
            return f"{self.street}, {self.city} {self.postcode}"
        return f"{self.street}, {self.city}, {self.state} {self.postcode}"


def phone_for(f: Fake, region: str) -> str:
    r = f.r
    if region == "UK":
        n = f"7{r.randint(300, 999)}{r.randint(100000, 999999)}"
        return f.pick(
            [
                f"0{n[:4]} {n[4:]}",
                f"+44 {n[:4]} {n[4:]}",
                f"+44{n}",
                f"0{n}",
                f"020 7946 0{r.randint(100, 999)}",
            ]
        )
    if region == "JP":
        pre = f.pick(["90", "80", "70"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return f.pick(
            [f"0{pre}-{a}-{b}", f"+81 {pre}-{a}-{b}", f"+81{pre}{a}{b}", f"0{pre}{a}{b}", f"03-{a}-{b}"]
        )
    if r.random() < 0.15:  # US residents with a foreign mobile
        return f.pick(
            [
                f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
                f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            ]
        )
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def uk_postcode(f: Fake, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(1, 28)} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def make_person(f: Fake, region: str) -> Person:
    r = f.r
    if region == "JP":
        last, last_k, last_r = f.pick(JP_LAST)
        first, first_k, first_r = f.pick(JP_FIRST)
        pref, city, town, zp, lat, lon = f.pick(JP_PLACES)
        street = f"{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
        if r.random() < 0.5:
            street = f"{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        y, m, d = r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)
        dob = f.pick([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}年{m}月{d}日"])
        p = Person(
            region,
            first,
            last,
            first_k,
            last_k,
            first_r,
            last_r,
            "",
            "",
            dob,
            street,
            f.pick(JP_BUILDINGS).strip(),
            city,
            pref,
            f"{zp}-{r.randint(0, 9999):04d}",
            "JP",
            round(lat + r.uniform(-0.06, 0.06), 6),
            round(lon + r.uniform(-0.06, 0.06), 6),
        )
    elif region == "UK":
        first, last = f.pick(UK_FIRST), f.pick(UK_LAST)
        town, nation, area, lat, lon = f.pick(UK_TOWNS)
        y, m, d = r.randint(1955, 2005), r.randint(1, 12), r.randint(1, 28)
        dob = f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
        p = Person(
            region,
            first,
            last,
            "",
            "",
            ascii_fold(first),
            ascii_fold(last),
            "",
            "",
            dob,
            f"{r.randint(1, 240)} {f.pick(UK_STREETS)}",
            f.pick(["", "", "Flat 3", "Flat 12B"]),
            town,
            nation,
            uk_postcode(f, area),
            "GB",
            round(lat + r.uniform(-0.05, 0.05), 6),
            round(lon + r.uniform(-0.05, 0.05), 6),
        )
    else:
        first, last = f.pick(US_FIRST), f.pick(US_LAST)
        city, state, zp, lat, lon = f.pick(US_CITIES)
        y, m, d = r.randint(1955, 2005), r.randint(1, 12), r.randint(1, 28)
        dob = f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}T00:00:00.000Z"])
        postcode = f"{zp}{r.randint(0, 99):02d}" + (f"-{r.randint(1000, 9999)}" if r.random() < 0.2 else "")
        p = Person(
            region,
            first,
            last,
            "",
            "",
            ascii_fold(first),
            ascii_fold(last),
            "",
            "",
            dob,
            f"{r.randint(10, 19999)} {f.pick(US_STREETS)}",
            f.pick(["", "", "Apt 4B", "Unit 210", "#12"]),
            city,
            state,
            postcode,
            "US",
            round(lat + r.uniform(-0.08, 0.08), 6),
            round(lon + r.uniform(-0.08, 0.08), 6),
        )
    sep = f.pick([".", "_", "", "."])
    local = f.pick([f"{p.first_r}{sep}{p.last_r}", f"{p.first_r[0]}{p.last_r}", f"{p.first_r}{p.last_r[:1]}"])
    local = local.replace(" ", "").replace("-", "")
    if r.random() < 0.4:
        local += str(r.randint(1, 99))
    p.email = f"{local}@{f.pick(DOMAINS[region])}"
    p.phone = phone_for(f, region)
    return p


class World:
    """The persona of the message being rendered, and of the other person in scope."""

    me: Person
    other: Person
    region: str = "US"


W = World()


def me(f: Fake) -> Person:
    return W.me


def oth(f: Fake) -> Person:
    return W.other


@dataclass
class Other:
    """Render `template` with a fresh other person (a witness, a recipient, staff) in scope."""

    template: Any
    region: str | None = None


@dataclass
class Opt:
    """A key present in a share `p` of events."""

    template: Any
    p: float = 0.5


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Other):
        saved = W.other
        W.other = make_person(f, template.region or W.region)
        try:
            return render(template.template, f, path, labels)
        finally:
            W.other = saved
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- identifiers --------------------------------------------------------------------------------

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(ALNUM) for _ in range(n))


def faa_registration(f: Fake) -> str:
    return "FA" + alnum(f, 8)


def jp_registration(f: Fake) -> str:
    return "JU" + alnum(f, 10)


def registration_mark(f: Fake) -> str:
    region = W.region
    if region == "JP":
        return jp_registration(f)
    if region == "UK":
        return "GBR-OP-" + alnum(f, 12)
    return faa_registration(f)


def part107(f: Fake) -> str:
    return f.pick([f.digits(7), f.digits(7), "4" + f.digits(6)])


def flyer_id(f: Fake) -> str:
    return "GBR-RP-" + alnum(f, 8)


def operator_id(f: Fake) -> str:
    return "GBR-OP-" + alnum(f, 12)


def jp_certificate(f: Fake) -> str:
    return f.pick(["1", "2"]) + f.digits(9)


def certificate_number(f: Fake) -> str:
    if W.region == "JP":
        return jp_certificate(f)
    if W.region == "UK":
        return flyer_id(f)
    return part107(f)


def drone_serial(f: Fake) -> str:
    kind = f.pick(["dji", "dji", "skydio", "autel", "parrot"])
    if kind == "dji":
        return "1581F" + f.pick(["5FJ", "4XF", "6N8", "5BK"]) + alnum(f, 8)
    if kind == "skydio":
        return "SKD" + f.digits(9)
    if kind == "autel":
        return "7SE" + alnum(f, 11)
    return "PI04" + alnum(f, 14)


def remote_id_serial(f: Fake) -> str:
    """ANSI/CTA-2063-A: four-character manufacturer code, a length character, the serial."""
    body = alnum(f, f.r.randint(8, 14))
    return f.pick(["1581", "1596", "1748", "1668"]) + "0123456789ABCDEF"[len(body)] + body


def my_number(f: Fake) -> str:
    digits = [f.r.randint(0, 9) for _ in range(11)]
    total = sum(d * (n + 1 if n <= 6 else n - 5) for n, d in zip(range(1, 12), reversed(digits), strict=True))
    check = 0 if total % 11 <= 1 else 11 - total % 11
    raw = "".join(map(str, digits)) + str(check)
    return f.pick([raw, f"{raw[:4]} {raw[4:8]} {raw[8:]}"])


def nino(f: Fake) -> str:
    first = f.pick("ABCEGHJKLMNOPRSTWXYZ")
    second = f.pick("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = "A"
    d = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{first}{second}{d}{suffix}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def aba_routing(f: Fake) -> str:
    while True:
        base = f.pick(["02", "01", "12", "06", "07", "11", "32"]) + "".join(
            str(f.r.randint(0, 9)) for _ in range(6)
        )
        weights = [3, 7, 1, 3, 7, 1, 3, 7]
        total = sum(int(c) * w for c, w in zip(base, weights, strict=True))
        check = (10 - total % 10) % 10
        return base + str(check)


def sort_code(f: Fake) -> str:
    return f"{f.pick(['20', '40', '30', '60', '83', '77'])}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def bank_account(f: Fake) -> str:
    if W.region == "UK":
        return f.digits(8)
    if W.region == "JP":
        return f"{f.r.randint(0, 9999999):07d}"
    return f.digits(f.r.randint(9, 12))


def ssn(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def stripe_id(prefix: str):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return lambda f: prefix + "".join(f.pick(alphabet) for _ in range(24))


def policy_number(f: Fake) -> str:
    if W.region == "JP":
        return f.digits(10)
    if W.region == "UK":
        return f"CDR/UK/{f.digits(6)}"
    return f.pick([f"SW-{f.digits(8)}", f"UAV{f.digits(9)}", f"GLA-{f.digits(4)}-{f.digits(5)}"])


def ipaddr(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def ts_ms(f: Fake) -> int:
    return f.epoch_ms()


def drone_lat(f: Fake) -> float:
    return round(W.me.lat + f.r.uniform(-0.01, 0.01), 7)


def drone_lon(f: Fake) -> float:
    return round(W.me.lon + f.r.uniform(-0.01, 0.01), 7)


def currency(f: Fake) -> str:
    return {"US": "USD", "UK": "GBP", "JP": "JPY"}[W.region]


def amount(lo: float, hi: float):
    def gen(f: Fake):
        value = f.money(lo, hi)
        return int(value * 150) if W.region == "JP" else value

    return gen


def business_phone(f: Fake) -> str:
    return f.pick(
        [
            "+1 800 555 0199",
            "+1 (512) 555-0143",
            "0345 678 9000",
            "+44 20 3885 0100",
            "0120-123-456",
            "+81 3-6555-0100",
        ]
    )


def role_mailbox(f: Fake) -> str:
    return (
        f.pick(["accounts", "billing", "ops", "info", "bookings", "flightops"])
        + "@"
        + f.pick(
            ["skylinesurveys.com", "aerialeye.co.uk", "roofscan.io", "hoverline.jp", "brightvista-media.com"]
        )
    )


COMPANIES = [
    "Skyline Roof Surveys LLC",
    "AerialEye Media Ltd",
    "RoofScan Inc.",
    "BrightVista Media",
    "株式会社スカイワークス",
    "Northern Drone Services",
    "Peak Inspection Co.",
    "ドローンサービス合同会社",
]
DRONES = [
    ("DJI", "Mavic 3 Enterprise"),
    ("DJI", "Mini 4 Pro"),
    ("DJI", "Air 3"),
    ("DJI", "Matrice 350 RTK"),
    ("Skydio", "X10"),
    ("Skydio", "2+"),
    ("Autel", "EVO II Pro V3"),
    ("Parrot", "ANAFI USA"),
]
INSURERS = ["SkyWatch.AI", "Coverdrone", "BWI Aviation", "Global Aerospace", "東京海上日動", "損保ジャパン"]


# -- contexts -----------------------------------------------------------------------------------


def tz(f: Fake) -> str:
    return {
        "US": f.pick(["America/Chicago", "America/Denver", "America/Los_Angeles", "America/New_York"]),
        "UK": "Europe/London",
        "JP": "Asia/Tokyo",
    }[W.region]


def locale(f: Fake) -> str:
    return {"US": f.pick(["en-US", "en-US", "es-US"]), "UK": "en-GB", "JP": "ja-JP"}[W.region]


def web_ctx(host: str, pages: list[tuple[str, str]]):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)[0]),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/", f"https://{host}/"])
            ),
            "search": G(lambda f: f.pick(["", "", "?utm_source=newsletter&utm_medium=email", "?ref=nav"])),
            "title": G(lambda f: f.pick(pages)[1]),
            "url": G(lambda f: f"https://{host}{f.pick(pages)[0]}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(locale),
        "timezone": G(tz),
        "campaign": Opt(
            {
                "name": G(lambda f: f.pick(["part107_spring", "roof_season_2024", "jp_launch", "uk_a2coc"])),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "youtube"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "video"])),
                "term": Opt(
                    G(lambda f: f.pick(["drone insurance", "part 107 app", "roof inspection drone"])), 0.5
                ),
                "content": Opt(G(lambda f: f.pick(["hero_a", "sidebar", "cta_v2"])), 0.5),
            },
            0.35,
        ),
    }


AWK = "AppleWebKit/537.36 (KHTML, like Gecko)"
SAFARI = "AppleWebKit/605.1.15 (KHTML, like Gecko)"
WEB_UAS = [
    f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) {AWK} Chrome/124.0.0.0 Safari/537.36",
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) {AWK} Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) {SAFARI} Version/17.4 Mobile/15E148 "
    "Safari/604.1",
    f"Mozilla/5.0 (Linux; Android 14; Pixel 8) {AWK} Chrome/124.0.0.0 Mobile Safari/537.36",
    f"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) {SAFARI} Version/17.4 Safari/605.1.15",
]

PORTAL_PAGES = [
    ("/dashboard", "Dashboard | Hoverline"),
    ("/flights", "Flight log | Hoverline"),
    ("/fleet", "Fleet | Hoverline"),
    ("/jobs", "Jobs | Hoverline"),
    ("/payouts", "Payouts | Hoverline"),
    ("/airspace", "Airspace | Hoverline"),
    ("/settings/profile", "Profile | Hoverline"),
]
BOOKING_PAGES = [
    ("/", "Hoverline - drone roof inspections & property photos"),
    ("/book", "Book a pilot"),
    ("/pricing", "Pricing"),
    ("/shop", "Shop"),
    ("/checkout", "Checkout"),
    ("/training", "Part 107 course"),
]


def mobile_traits():
    return Opt(
        {
            "email": Opt(Y(lambda f: me(f).email, "email"), 0.8),
            "firstName": Opt(Y(lambda f: me(f).first, "name"), 0.7),
            "lastName": Opt(Y(lambda f: me(f).last, "name"), 0.7),
            "pilotTier": Opt(G(lambda f: f.pick(["recreational", "part107", "commercial_pro"])), 0.6),
        },
        0.75,
    )


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "Hoverline Pilot"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0"])),
            "build": G(lambda f: f.pick(["4120", "4121", "4130"])),
            "namespace": G(lambda f: "com.hoverline.pilot"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,18", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(locale),
        "timezone": G(tz),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "traits": mobile_traits(),
        "location": Opt(
            {
                "latitude": Y(drone_lat, "geolocation"),
                "longitude": Y(drone_lon, "geolocation"),
            },
            0.4,
        ),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "Hoverline Pilot"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.0"])),
            "build": G(lambda f: f.pick(["412000", "413002"])),
            "namespace": G(lambda f: "com.hoverline.pilot"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "CPH2449", "23049PCD8G"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "OP5913L1", "fuxi"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.45),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(locale),
        "timezone": G(tz),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": Opt(
                G(lambda f: f.pick(["EE", "Vodafone UK", "T-Mobile", "Verizon", "NTT DOCOMO"])), 0.7
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "traits": mobile_traits(),
        "location": Opt(
            {
                "latitude": Y(drone_lat, "geolocation"),
                "longitude": Y(drone_lon, "geolocation"),
            },
            0.4,
        ),
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "Hoverline"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "291"])),
            "namespace": G(lambda f: "com.hoverline.customer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "name": Opt(Y(lambda f: me(f).full, "name"), 0.8),
                "email": Opt(Y(lambda f: me(f).email, "email"), 0.8),
                "phone": Opt(Y(lambda f: me(f).phone, "phone"), 0.5),
            },
            0.7,
        ),
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "ホバーライン パイロット"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["42", "50"])),
            "namespace": G(lambda f: "jp.hoverline.pilot"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "SHARP", "Sony", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SH-53D", "XQ-DQ44", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: "ja-JP"),
        "timezone": G(lambda f: "Asia/Tokyo"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 892]))},
        "traits": mobile_traits(),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_ctx(lib: str):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])},
        "ip": Opt(Y(ipaddr, "ip"), 0.5),
    }
    if lib == "analytics-node":
        ctx["userAgent"] = Opt(G(lambda f: f.pick(WEB_UAS)), 0.5)
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: me(f).email, "email", True),
                    "type": G(lambda f: "email"),
                },
                1,
            ),
            0.3,
        )
    if lib in ("analytics-python", "analytics-ruby"):
        ctx["traits"] = Opt({"email": Y(lambda f: me(f).email, "email")}, 0.3)
    return ctx


CLIENTS = {
    "portal": lambda: web_ctx("app.hoverline.com", PORTAL_PAGES),
    "booking": lambda: web_ctx("www.hoverline.com", BOOKING_PAGES),
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": lambda: server_ctx("analytics-python"),
    "jp": lambda: server_ctx("analytics-python"),
    "node": lambda: server_ctx("analytics-node"),
    "go": lambda: server_ctx("analytics-go"),
    "java": lambda: server_ctx("analytics-java"),
    "ruby": lambda: server_ctx("analytics-ruby"),
    "php": lambda: server_ctx("analytics-php"),
    "dotnet": lambda: server_ctx("Analytics.NET"),
}

REGIONS = {  # client -> (regions, weights)
    "portal": (["US", "UK", "JP"], [6, 3, 1]),
    "booking": (["US", "UK"], [7, 3]),
    "swift": (["US", "UK", "JP"], [5, 3, 2]),
    "kotlin": (["UK", "US", "JP"], [5, 4, 1]),
    "rn": (["US", "UK"], [7, 3]),
    "flutter": (["JP"], [1]),
    "jp": (["JP"], [1]),
    "ruby": (["UK"], [1]),
    "java": (["US"], [1]),
    "dotnet": (["US"], [1]),
}
EVENT_REGION = {  # events that only exist in one market
    "LAANC Authorization Requested": "US",
    "Pilot Application Submitted": "US",
    "Tax Information Submitted": "US",
    "Property Photos Delivered": "US",
}


# -- events -------------------------------------------------------------------------------------


def me_Y(attr: str, type_: str, value_only: bool = False) -> L:
    return Y(lambda f: getattr(me(f), attr), type_, value_only)


def oth_Y(attr: str, type_: str, value_only: bool = False) -> L:
    return Y(lambda f: getattr(oth(f), attr), type_, value_only)


def product():
    return {
        "product_id": G(lambda f: f.digits(8)),
        "sku": G(
            lambda f: f.pick(
                ["DJI-M4P-FMC", "DJI-AIR3-STD", "SKY-X10-KIT", "ND-FILTER-6", "BAT-M3E-5000", "PROP-GUARD-M4"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "DJI Mini 4 Pro Fly More Combo",
                    "ND Filter Set (6-pack)",
                    "TB30 Intelligent Battery",
                    "Landing Pad 75cm",
                    "Propeller Guard",
                ]
            )
        ),
        "brand": G(lambda f: f.pick(["DJI", "Skydio", "Freewell", "Hoverline"])),
        "category": G(lambda f: f.pick(["Drones", "Batteries", "Accessories", "Training"])),
        "price": G(lambda f: f.money(19, 2200)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def address_obj(line1: str, city: str, postal: str, state: str = "state", country: str = "country", who=me_Y):
    return {
        line1: who("street", "address|street"),
        city: who("city", "city"),
        state: G(lambda f: (oth(f) if who is oth_Y else me(f)).state),
        postal: who("postcode", "zipcode"),
        country: G(lambda f: (oth(f) if who is oth_Y else me(f)).country),
    }


def log_file_name(f: Fake) -> str:
    r = f.r
    day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    return f"DJIFlightRecord_{day}_[{r.randint(10, 23)}-{r.randint(10, 59)}-{r.randint(10, 59)}].txt"


def work_email(f: Fake, domains: list[str]) -> str:
    return f"{oth(f).first_r}.{oth(f).last_r}@{f.pick(domains)}".replace(" ", "").replace("-", "")


def job_note_text(f: Fake) -> str:
    p = me(f)
    return f.pick(
        [
            f"Spoke to homeowner, prefers text at {p.phone}",
            f"Left voicemail on {p.phone}, will retry tomorrow",
            f"Client called from {p.phone} to move the shoot to the afternoon",
            f"Reschedule: call {p.phone} before 9am",
        ]
    )


def access_text(f: Fake) -> str:
    c = f.r.randint(1000, 9999)
    return f.pick(
        [
            f"Gate code {c}#",
            f"Lockbox on back door, code {c}",
            f"Side gate keypad {c}, dog is friendly",
            f"Garage code {c}, roof access via ladder in garage",
            f"Community gate: *{c}",
        ]
    )


def sms_body(f: Fake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your Hoverline verification code is {code}. Don't share it with anyone.",
            f"{code} is your Hoverline login code.",
            f"ホバーラインの認証コード: {code}(10分間有効)",
        ]
    )


def payout_note(f: Fake) -> str:
    iban = f.iban("GB") if W.region == "UK" else f.iban(f.pick(["DE", "NL", "FR", "ES"]))
    return f.pick(
        [
            f"Manual wire to {iban}",
            f"Resent to IBAN {iban} after bounce",
            f"Paid {iban} (pilot asked by email)",
        ]
    )


def q_value(f: Fake) -> str:
    p = oth(f)
    return f.pick([p.email, p.phone, p.full, p.last])


def crew_invite_text(f: Fake) -> str:
    p = oth(f)
    return f.pick(
        [
            f"Hi {p.first}, I'd like you as visual observer on my Hoverline crew.",
            f"{p.first} - join my crew on Hoverline for the Saturday roof jobs!",
            f"Hey {p.first} {p.last}, accept this invite to fly with me.",
        ]
    )


EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # ---------------------------------------------------------------- identify
    (
        "identify",
        None,
        ["portal", "swift", "kotlin"],
        {
            "email": me_Y("email", "email"),
            "firstName": me_Y("first", "name"),
            "lastName": me_Y("last", "name"),
            "phone": Opt(me_Y("phone", "phone"), 0.8),
            "birthday": Opt(me_Y("dob", "birthdate"), 0.7),
            "address": Opt(address_obj("street", "city", "postalCode"), 0.6),
            "avatar": Opt(Y(lambda f: f"https://cdn.hoverline.com/avatars/{f.uuid()}.jpg", "photo"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "pilotType": G(lambda f: f.pick(["recreational", "part_107", "commercial"])),
            "certificateNumber": Opt(Y(certificate_number, "certificate"), 0.6),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["free", "pro", "fleet"])),
            "company": Opt(G(lambda f: f.pick(COMPANIES)), 0.4),
            "title": Opt(G(lambda f: f.pick(["Chief Pilot", "Remote Pilot", "Owner", "Ops Manager"])), 0.4),
            "fleetSize": G(lambda f: f.r.randint(1, 12)),
            "totalFlightHours": G(lambda f: round(f.r.uniform(0, 900), 1)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "gender": Opt(
                Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"), 0.3
            ),
        },
        5,
    ),
    (
        "identify",
        None,
        ["kotlin", "portal"],
        {
            "email": me_Y("email", "email"),
            "firstName": me_Y("first", "name"),
            "lastName": me_Y("last", "name"),
            "flyerId": Y(flyer_id, "certificate|license"),
            "operatorId": Opt(Y(operator_id, "license|identification"), 0.7),
            "a2CofC": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 74)),
        },
        2,
    ),
    (
        "identify",
        None,
        ["jp"],
        {
            "氏名": me_Y("full", "name"),
            "フリガナ": me_Y("kana", "name"),
            "生年月日": me_Y("dob", "birthdate"),
            "メールアドレス": me_Y("email", "email"),
            "電話番号": me_Y("phone", "phone"),
            "郵便番号": me_Y("postcode", "zipcode"),
            "都道府県": G(lambda f: me(f).state),
            "住所": Y(lambda f: me(f).city + me(f).street + me(f).line2, "address"),
            "技能証明書番号": Opt(Y(jp_certificate, "certificate"), 0.6),
            "技能証明区分": G(lambda f: f.pick(["一等", "二等", "なし"])),
            "会員区分": G(lambda f: f.pick(["一般", "プロ", "法人"])),
            "登録日時": G(lambda f: f.iso()),
            "メール配信希望": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": me_Y("first", "name"),
            "LastName": me_Y("last", "name"),
            "Email": me_Y("email", "email"),
            "MobilePhone": me_Y("phone", "phone"),
            "DateOfBirth": me_Y("dob", "birthdate"),
            "RemotePilotCertificateNumber": Y(part107, "certificate"),
            "CertificateIssueDate": G(lambda f: f.date(2016, 2024)),
            "HomeState": G(lambda f: me(f).state),
            "AccountStatus": G(lambda f: f.pick(["Active", "Suspended", "PendingReview"])),
            "CreatedUtc": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "PILOT_ID": G(lambda f: int(f.digits(7))),
            "FIRST_NAME": me_Y("first", "name"),
            "LAST_NAME": me_Y("last", "name"),
            "EMAIL_ADDRESS": me_Y("email", "email"),
            "HOME_POSTCODE": me_Y("postcode", "zipcode"),
            "LIFETIME_FLIGHT_HOURS": G(lambda f: round(f.r.uniform(0, 1200), 2)),
            "LTV_USD": G(lambda f: f.money(0, 9000)),
            "LAST_FLIGHT_AT": G(lambda f: f.iso()),
            "JOBS_COMPLETED_90D": G(lambda f: f.r.randint(0, 60)),
            "IS_PART107": G(lambda f: f.pick([True, False])),
            "PHONE_COUNT": G(lambda f: f.r.randint(0, 2)),
        },
        2,
    ),
    # ---------------------------------------------------------------- group / page / screen / alias
    (
        "group",
        None,
        ["portal", "node"],
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Construction", "Real Estate", "Insurance", "Media"])),
            "employees": G(lambda f: f.r.randint(1, 250)),
            "plan": G(lambda f: f.pick(["fleet", "enterprise"])),
            "website": G(
                lambda f: f.pick(
                    ["https://skylinesurveys.com", "https://roofscan.io", "https://aerialeye.co.uk"]
                )
            ),
            "mainPhone": G(business_phone),
            "billingEmail": G(role_mailbox),
            "hqAddress": {
                "line1": G(
                    lambda f: f.pick(
                        ["500 Congress Ave Ste 200", "Unit 4, Kingsway Business Park", "丸の内2-7-2"]
                    )
                ),
                "city": G(lambda f: f.pick(["Austin", "Leeds", "千代田区"])),
                "postcode": G(lambda f: f.pick(["78701", "LS11 0NE", "100-0005"])),
                "country": G(lambda f: f.pick(["US", "GB", "JP"])),
            },
            "createdAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "page",
        "Flight Log",
        ["portal"],
        {
            "path": G(lambda f: f.pick(["/flights", "/flights/" + f.uuid()])),
            "url": G(lambda f: "https://app.hoverline.com/flights"),
            "title": G(lambda f: "Flight log | Hoverline"),
            "referrer": G(lambda f: f.pick(["", "https://app.hoverline.com/dashboard"])),
            "search": G(lambda f: f.pick(["", "?range=30d", "?drone=" + f.digits(5)])),
        },
        3,
    ),
    (
        "page",
        "Book a Pilot",
        ["booking"],
        {
            "path": G(lambda f: "/book"),
            "url": G(
                lambda f: f.pick(
                    ["https://www.hoverline.com/book", "https://www.hoverline.com/book?service=roof"]
                )
            ),
            "title": G(lambda f: "Book a pilot"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?service=roof", "?service=real_estate"])),
            "service": G(lambda f: f.pick(["roof", "real_estate", "insurance_claim"])),
        },
        3,
    ),
    (
        "screen",
        "Flight Map",
        ["swift", "kotlin", "flutter"],
        {
            "drone_id": G(lambda f: f.uuid()),
            "map_style": G(lambda f: f.pick(["satellite", "hybrid", "airspace"])),
            "zoom": G(lambda f: round(f.r.uniform(10, 18), 1)),
            "airspace_layers": Many(G(lambda f: f.pick(["class_b", "class_c", "tfr", "stadiums", "did"])), 3),
        },
        3,
    ),
    ("alias", None, ["portal", "node"], {}, 1),
    # ---------------------------------------------------------------- sign-up and identity
    (
        "track",
        "Sign Up Started",
        ["booking", "portal"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "landing_page": G(lambda f: f.pick(["/", "/pilots", "/training", "/insurance"])),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "_BwE", "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: "IwAR" + alnum(f, 40).lower(), "advertising id"), 0.3),
            "country_selected": G(lambda f: f.pick(["US", "GB", "JP"])),
            "referral_code": Opt(G(lambda f: "HOVER-" + alnum(f, 5)), 0.3),
        },
        4,
    ),
    (
        "track",
        "Sign Up Completed",
        ["portal", "swift", "kotlin"],
        {
            "email": me_Y("email", "email"),
            "terms_version": G(lambda f: f.pick(["2024-03", "2024-06"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "age_confirmed": G(lambda f: True),
            "referred_by": Opt(G(lambda f: "usr_" + alnum(f, 10).lower()), 0.3),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "email_domain_type": G(lambda f: f.pick(["consumer", "business"])),
        },
        4,
    ),
    (
        "track",
        "Age Verification Completed",
        ["portal", "swift"],
        {
            "date_of_birth": me_Y("dob", "birthdate"),
            "age": G(lambda f: f.r.randint(16, 80)),
            "age_band": G(lambda f: f.pick(["16-17", "18-24", "25-34", "35-44", "45-54", "55+"])),
            "meets_minimum_age": G(lambda f: f.pick([True, True, False])),
            "verification_method": G(lambda f: f.pick(["self_declared", "id_document"])),
        },
        2,
    ),
    (
        "track",
        "Pilot Certificate Added",
        ["portal", "swift", "kotlin", "flutter"],
        {
            "certificate_type": G(
                lambda f: f.pick(
                    ["part_107", "trust", "a2_cofc", "gvc", "一等無人航空機操縦士", "二等無人航空機操縦士"]
                )
            ),
            "certificate_number": Y(certificate_number, "certificate"),
            "issued_on": G(lambda f: f.date(2016, 2024)),
            "expires_on": Opt(G(lambda f: f.date(2025, 2030)), 0.6),
            "issuing_authority": G(lambda f: {"US": "FAA", "UK": "CAA", "JP": "国土交通省"}[W.region]),
            "certificate_photo_url": Opt(
                Y(lambda f: f"https://uploads.hoverline.com/certs/{f.uuid()}.jpg", "photo"), 0.6
            ),
            "verified": G(lambda f: f.pick([True, False])),
            "ftn": Opt(Y(lambda f: "A" + f.digits(7), "identification"), 0.4),
        },
        3,
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node"],
        {
            "provider": G(lambda f: "persona"),
            "data": {
                "id": G(lambda f: "inq_" + alnum(f, 24)),
                "attributes": {
                    "status": G(lambda f: f.pick(["completed", "failed", "needs_review"])),
                    "reference-id": G(lambda f: "usr_" + alnum(f, 10).lower()),
                    "name-first": me_Y("first", "name"),
                    "name-middle": Opt(Y(lambda f: f.pick(["Marie", "J.", "Lee", "Ann"]), "name"), 0.5),
                    "name-last": me_Y("last", "name"),
                    "birthdate": me_Y("dob", "birthdate"),
                    "address-street-1": me_Y("street", "address|street"),
                    "address-city": me_Y("city", "city"),
                    "address-subdivision": G(lambda f: me(f).state),
                    "address-postal-code": me_Y("postcode", "zipcode"),
                    "country-code": G(lambda f: me(f).country),
                    "email-address": me_Y("email", "email"),
                    "phone-number": Opt(me_Y("phone", "phone"), 0.6),
                    "identification-number": RED(
                        lambda f: f.pick(["D" + f.digits(8), f.digits(9), "X" + f.digits(8)]),
                        "national id|passport",
                    ),
                    "identification-class": G(lambda f: f.pick(["dl", "pp", "id"])),
                },
            },
        },
        2,
    ),
    (
        "track",
        "Tax Information Submitted",
        ["java"],
        {
            "form": G(lambda f: "W-9"),
            "tin_type": G(lambda f: f.pick(["ssn", "ein"])),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "legal_name": me_Y("full", "name"),
            "business_name": Opt(G(lambda f: f.pick(COMPANIES[:4])), 0.4),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc", "s_corp"])),
            "signed_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Payout Identity Check",
        ["java"],
        {
            "check_id": G(lambda f: f.uuid()),
            "ssn": RED(ssn, "social security number"),
            "dob": me_Y("dob", "birthdate"),
            "result": G(lambda f: f.pick(["pass", "review", "fail"])),
            "ssn_verified": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "HMRC Details Added",
        ["ruby"],
        {
            "ni_number": RED(nino, "national id"),
            "self_employed": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "本人確認書類提出",
        ["jp"],
        {
            "個人番号": RED(my_number, "national id"),
            "本人確認書類": G(lambda f: f.pick(["運転免許証", "マイナンバーカード", "パスポート"])),
            "確認状態": G(lambda f: f.pick(["確認中", "承認", "差戻し"])),
            "提出日時": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Verification Code Entered",
        ["portal", "swift", "rn"],
        {
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        3,
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": me_Y("email", "email"),
            "magic_link_url": RED(
                lambda f: f"https://app.hoverline.com/auth/magic?token={f.hexid(48)}", "token"
            ),
            "from_email": G(lambda f: "no-reply@hoverline.com"),
        },
        2,
    ),
    (
        "track",
        "Login Failed",
        ["portal"],
        {
            "username": me_Y("email", "email", True),
            "reason": G(lambda f: f.pick(["bad_password", "locked", "mfa_timeout"])),
            "password_length": G(lambda f: f.r.randint(6, 24)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # ---------------------------------------------------------------- drones
    (
        "track",
        "Drone Registered",
        ["portal", "swift", "kotlin", "flutter"],
        {
            "drone_id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(DRONES)[0]),
            "model": G(lambda f: f.pick(DRONES)[1]),
            "nickname": Opt(
                G(lambda f: f.pick(["Big Bird", "Roof Hawk", "Mavvy", "Sparrow 2", "とんび号"])), 0.5
            ),
            "serial_number": Y(drone_serial, "serial"),
            "remote_id_serial": Opt(Y(remote_id_serial, "serial"), 0.6),
            "registration_number": Y(registration_mark, "license"),
            "weight_grams": G(lambda f: f.pick([249, 720, 915, 2120, 6470])),
            "remote_id_compliant": G(lambda f: f.pick([True, False])),
            "firmware_version": G(lambda f: f.pick(["v01.00.0300", "v10.01.0407", "2.14.1"])),
        },
        4,
    ),
    (
        "track",
        "Drone Registration Synced",
        ["jp"],
        {
            "機体登録記号": Y(jp_registration, "license"),
            "製造番号": Y(drone_serial, "serial"),
            "機体メーカー": G(lambda f: f.pick(["DJI", "ACSL", "Skydio", "Parrot"])),
            "型式": G(lambda f: f.pick(["Mavic 3E", "SOTEN", "Mini 4 Pro", "X10"])),
            "登録日": G(lambda f: f.date(2022, 2024)),
            "有効期限": G(lambda f: f.date(2025, 2027)),
            "リモートID機器": G(lambda f: f.pick(["内蔵型", "外付型", "免除"])),
            "所有者氏名": me_Y("full", "name"),
            "使用者区分": G(lambda f: f.pick(["個人", "法人"])),
        },
        3,
    ),
    (
        "track",
        "Drone Transferred",
        ["node", "go"],
        {
            "drone_id": G(lambda f: f.uuid()),
            "serial_number": Y(drone_serial, "serial"),
            "from_user_id": G(lambda f: "usr_" + alnum(f, 10).lower()),
            "to_user_id": G(lambda f: "usr_" + alnum(f, 10).lower()),
            "new_owner": Other(
                {"name": oth_Y("full", "name"), "email": oth_Y("email", "email")},
            ),
            "transfer_reason": G(lambda f: f.pick(["sold", "gift", "company_fleet"])),
            "deregistered": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # ---------------------------------------------------------------- flights
    (
        "track",
        "Flight Started",
        ["swift", "kotlin", "flutter"],
        {
            "flight_id": G(lambda f: f.uuid()),
            "drone_id": G(lambda f: f.uuid()),
            "home_point": {"latitude": Y(drone_lat, "geolocation"), "longitude": Y(drone_lon, "geolocation")},
            "altitude_limit_ft": G(lambda f: f.pick([120, 200, 400])),
            "flight_mode": G(lambda f: f.pick(["normal", "cine", "sport", "waypoint"])),
            "battery_pct": G(lambda f: f.r.randint(60, 100)),
            "laanc_authorization_id": Opt(G(lambda f: "GZ" + alnum(f, 8)), 0.3),
            "visual_observer": Opt(Other({"name": oth_Y("full", "name")}), 0.3),
        },
        6,
    ),
    (
        "track",
        "Flight Ended",
        ["swift", "kotlin", "flutter"],
        {
            "flight_id": G(lambda f: f.uuid()),
            "duration_s": G(lambda f: f.r.randint(60, 2400)),
            "max_altitude_m": G(lambda f: round(f.r.uniform(10, 121), 1)),
            "distance_flown_m": G(lambda f: round(f.r.uniform(50, 9000), 1)),
            "landing_lat": Y(drone_lat, "geolocation"),
            "landing_lng": Y(drone_lon, "geolocation"),
            "warnings_count": G(lambda f: f.r.randint(0, 6)),
            "flight_log_sha256": G(lambda f: f.hexid(64)),
        },
        6,
    ),
    (
        "track",
        "Flight Log Uploaded",
        ["node"],
        {
            "flight_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["dji_fly", "airdata", "skydio_cloud", "manual"])),
            "file_name": G(log_file_name),
            "track": Many(
                {
                    "t": G(ts_ms),
                    "lat": Y(drone_lat, "geolocation"),
                    "lon": Y(drone_lon, "geolocation"),
                    "alt_m": G(lambda f: round(f.r.uniform(0, 120), 1)),
                    "speed_ms": G(lambda f: round(f.r.uniform(0, 18), 1)),
                    "heading": G(lambda f: f.r.randint(0, 359)),
                },
                6,
            ),
            "pilot_in_command_name": me_Y("full", "name"),
        },
        4,
    ),
    (
        "track",
        "Telemetry Batch Received",
        ["go"],
        {
            "device_serial": Y(drone_serial, "serial"),
            "batch_seq": G(lambda f: f.r.randint(1, 99999)),
            "points": Many(
                {
                    "ts": G(lambda f: f.iso()),
                    "lat": Y(drone_lat, "geolocation"),
                    "lon": Y(drone_lon, "geolocation"),
                    "agl_ft": G(lambda f: f.r.randint(0, 400)),
                },
                5,
            ),
        },
        3,
    ),
    (
        "track",
        "Altitude Warning",
        ["kotlin", "swift"],
        {
            "flight_id": G(lambda f: f.uuid()),
            "altitude_ft": G(lambda f: f.r.randint(380, 520)),
            "limit_ft": G(lambda f: 400),
            "latitude": Y(drone_lat, "geolocation"),
            "longitude": Y(drone_lon, "geolocation"),
            "warning_type": G(lambda f: f.pick(["approaching_limit", "limit_exceeded", "geofence"])),
        },
        2,
    ),
    (
        "track",
        "飛行日誌記録",
        ["jp"],
        {
            "飛行日": G(lambda f: f.date(2024, 2024)),
            "飛行開始時刻": G(lambda f: f"{f.r.randint(6, 17):02d}:{f.r.randint(0, 59):02d}"),
            "離陸場所": Y(lambda f: me(f).address, "address"),
            "操縦者氏名": me_Y("full", "name"),
            "機体登録記号": Y(jp_registration, "license"),
            "飛行目的": G(lambda f: f.pick(["空撮", "点検", "測量", "訓練"])),
            "飛行時間_分": G(lambda f: f.r.randint(3, 45)),
            "特定飛行": G(lambda f: f.pick([True, False])),
            "不具合事項": G(lambda f: f.pick(["特になし", "強風のため早期着陸", "GPS受信不良あり", "なし"])),
        },
        3,
    ),
    (
        "track",
        "Remote ID Detected",
        ["go"],
        {
            "receiver_id": G(lambda f: "rx-" + f.digits(4)),
            "uas_id": Y(remote_id_serial, "serial"),
            "ua_type": G(lambda f: f.pick(["helicopter_or_multirotor", "aeroplane"])),
            "operator_id": Opt(Y(operator_id, "license|identification"), 0.4),
            "aircraft": {"lat": Y(drone_lat, "geolocation"), "lon": Y(drone_lon, "geolocation")},
            "operator_location": {"lat": Y(drone_lat, "geolocation"), "lon": Y(drone_lon, "geolocation")},
            "height_agl_m": G(lambda f: round(f.r.uniform(0, 140), 1)),
            "speed_ms": G(lambda f: round(f.r.uniform(0, 20), 1)),
        },
        3,
    ),
    # ---------------------------------------------------------------- airspace
    (
        "track",
        "LAANC Authorization Requested",
        ["portal", "swift"],
        {
            "authorization_id": G(lambda f: "GZ" + alnum(f, 8)),
            "airport_code": G(lambda f: f.pick(["KAUS", "KDEN", "KPHX", "KTPA", "KSEA", "KBNA"])),
            "facility_map_ceiling_ft": G(lambda f: f.pick([0, 100, 200, 300, 400])),
            "requested_altitude_ft": G(lambda f: f.pick([100, 150, 200, 400])),
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "operation_area": {
                "center_lat": Y(drone_lat, "geolocation"),
                "center_lng": Y(drone_lon, "geolocation"),
                "radius_ft": G(lambda f: f.pick([500, 1000, 1500])),
            },
            "pilot_name": me_Y("full", "name"),
            "pilot_phone": me_Y("phone", "phone"),
            "part": G(lambda f: f.pick(["107", "44809"])),
            "status": G(lambda f: f.pick(["submitted", "auto_approved", "further_coordination"])),
        },
        3,
    ),
    (
        "track",
        "Airspace Searched",
        ["portal", "swift"],
        {
            "query": G(
                lambda f: f.pick(
                    ["KAUS", "Golden Gate Park", "Wembley Stadium", "東京タワー", "Lake Travis", "Heathrow"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "advisory_level": G(lambda f: f.pick(["clear", "caution", "restricted"])),
        },
        2,
    ),
    (
        "track",
        "DIPS申請送信",
        ["jp"],
        {
            "申請番号": G(lambda f: "DIPS-" + f.digits(8)),
            "申請者氏名": me_Y("full", "name"),
            "申請者電話番号": me_Y("phone", "phone"),
            "飛行範囲": G(lambda f: f.pick(["日本全国", "東京都全域", "大阪府内", "北海道全域"])),
            "飛行期間開始": G(lambda f: f.date(2024, 2025)),
            "飛行期間終了": G(lambda f: f.date(2025, 2026)),
            "許可承認番号": Opt(G(lambda f: f"東空運第{f.r.randint(10000, 99999)}号"), 0.5),
        },
        2,
    ),
    (
        "track",
        "Operational Authorisation Applied",
        ["ruby"],
        {
            "caa_reference": G(lambda f: "UAS" + f.digits(5)),
            "flyer_id": Y(flyer_id, "certificate|license"),
            "operator_id": Y(operator_id, "license|identification"),
            "gvc_certificate_number": Y(lambda f: "GVC-" + f.digits(6), "certificate"),
            "category": G(lambda f: f.pick(["specific", "open_a2"])),
        },
        2,
    ),
    # ---------------------------------------------------------------- insurance
    (
        "track",
        "Insurance Quote Requested",
        ["portal", "booking"],
        {
            "quote_id": G(lambda f: "Q-" + f.digits(8)),
            "insurer": G(lambda f: f.pick(INSURERS)),
            "coverage_type": G(lambda f: f.pick(["liability", "liability_hull", "hourly"])),
            "liability_limit": G(lambda f: f.pick([1_000_000, 2_000_000, 5_000_000])),
            "hull_value": G(lambda f: f.money(300, 25000)),
            "annual_premium": G(lambda f: f.money(90, 3000)),
            "drone_count": G(lambda f: f.r.randint(1, 8)),
            "currency": G(currency),
        },
        3,
    ),
    (
        "track",
        "Policy Purchased",
        ["node", "php"],
        {
            "policy_number": Y(policy_number, "identification"),
            "insurer": G(lambda f: f.pick(INSURERS)),
            "policy_start": G(lambda f: f.date(2024, 2024)),
            "policy_end": G(lambda f: f.date(2025, 2025)),
            "premium": G(amount(90, 3000)),
            "currency": G(currency),
            "insured_name": me_Y("full", "name"),
            "insured_address": address_obj("line1", "city", "postal_code"),
            "payment_method_id": RED(stripe_id("pm_"), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        },
        3,
    ),
    (
        "track",
        "Certificate Of Insurance Issued",
        ["node"],
        {
            "coi_id": G(lambda f: f.uuid()),
            "policy_number": Y(policy_number, "identification"),
            "additional_insured": G(
                lambda f: f.pick(
                    ["Greystar Property Management", "City of Austin", "Acme Roofing LLC", "Barratt Homes"]
                )
            ),
            "certificate_holder_email": Y(lambda f: make_person(f, W.region).email, "email"),
            "document_url": G(lambda f: f"https://docs.hoverline.com/coi/{f.uuid()}.pdf"),
            "job_id": Opt(G(lambda f: "job_" + f.digits(7)), 0.6),
        },
        2,
    ),
    (
        "track",
        "Claim Submitted",
        ["portal", "swift"],
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "policy_number": Y(policy_number, "identification"),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "damage_estimate": G(lambda f: f.money(100, 12000)),
            "description": G(
                lambda f: f.pick(
                    [
                        "Drone lost GPS lock and drifted into a tree.",
                        "Hard landing after battery warning, gimbal cracked.",
                        "Propeller strike on chimney during roof survey.",
                        "Flyaway over water, aircraft not recovered.",
                    ]
                )
            ),
            "photos_attached": G(lambda f: f.r.randint(0, 8)),
        },
        2,
    ),
    (
        "track",
        "Policy Renewed",
        ["dotnet"],
        {
            "PolicyNumber": Y(policy_number, "identification"),
            "InsuredName": me_Y("full", "name"),
            "RenewalPremium": G(lambda f: f.money(90, 3000)),
            "Currency": G(lambda f: "USD"),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "BrokerCompany": G(lambda f: f.pick(["Marsh", "Gallagher", "Lockton"])),
            "Broker": Other({"Name": oth_Y("full", "name"), "Email": oth_Y("email", "email")}, "US"),
        },
        2,
    ),
    (
        "track",
        "Phone Payment Taken",
        ["dotnet"],
        {
            "PaymentId": G(lambda f: f.uuid()),
            "PolicyNumber": Y(policy_number, "identification"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "Cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "CardholderName": me_Y("full", "name"),
            "Amount": G(lambda f: f.money(90, 3000)),
        },
        2,
    ),
    # ---------------------------------------------------------------- client jobs
    (
        "track",
        "Job Requested",
        ["rn", "booking"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "service_type": G(
                lambda f: f.pick(["roof_inspection", "real_estate_photos", "insurance_claim", "solar_survey"])
            ),
            "property_type": G(lambda f: f.pick(["single_family", "townhouse", "farm", "condo"])),
            "contact_name": me_Y("full", "name"),
            "contact_phone": me_Y("phone", "phone"),
            "contact_email": me_Y("email", "email"),
            "site_address": {
                "line1": me_Y("street", "address|street"),
                "line2": Opt(
                    Y(lambda f: f.pick(["Apt 4B", "Unit 210", "Flat 3", "Rear building"]), "address|street"),
                    0.3,
                ),
                "city": me_Y("city", "city"),
                "state": G(lambda f: me(f).state),
                "zip": me_Y("postcode", "zipcode"),
                "country": G(lambda f: me(f).country),
            },
            "site_lat": Y(drone_lat, "geolocation"),
            "site_lng": Y(drone_lon, "geolocation"),
            "preferred_date": G(lambda f: f.date(2024, 2025)),
            "notes": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Two-storey house, steep roof",
                            "Need listing photos by Friday",
                            "Solar panels on south side",
                            "Hail last week",
                        ]
                    )
                ),
                0.6,
            ),
            "access_instructions": Opt(RED(access_text, "secret", True), 0.5),
            "pets_on_site": G(lambda f: f.pick([True, False])),
            "pet_name": Opt(G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Mochi", "Pepper"])), 0.3),
        },
        4,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["rn", "booking"],
        {
            "session_token": G(lambda f: f.uuid()),
            "input": Y(lambda f: me(f).street[: f.r.randint(8, len(me(f).street))], "address|street", True),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
            "selected_description": Y(lambda f: me(f).address, "address", True),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        },
        3,
    ),
    (
        "track",
        "Quote Sent",
        ["php"],
        {
            "quote_id": G(lambda f: "Q-" + f.digits(8)),
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "pilot_id": G(lambda f: "usr_" + alnum(f, 10).lower()),
            "customer_email": me_Y("email", "email"),
            "amount": G(amount(120, 1500)),
            "currency": G(currency),
            "line_items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Roof inspection (up to 3,000 sq ft)",
                                "Twilight photos",
                                "4K video tour",
                                "Thermal scan add-on",
                            ]
                        )
                    ),
                    "qty": G(lambda f: f.r.randint(1, 2)),
                    "unit_price": G(lambda f: f.money(50, 600)),
                    "sku": G(lambda f: f.pick(["SVC-ROOF-STD", "SVC-RE-TWL", "SVC-VID-4K", "SVC-THERM"])),
                },
                3,
            ),
        },
        3,
    ),
    (
        "track",
        "Job Scheduled",
        ["java"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "scheduled_start": G(lambda f: f.iso()),
            "pilot_id": G(lambda f: "usr_" + alnum(f, 10).lower()),
            "pilot": Other({"name": oth_Y("full", "name"), "phone": oth_Y("phone", "phone")}),
            "customer_first_name": me_Y("first", "name"),
            "site_postcode": me_Y("postcode", "zipcode"),
            "proxy_phone": G(lambda f: f"+1 (512) 555-01{f.r.randint(10, 99)}"),
        },
        3,
    ),
    (
        "track",
        "Job Note Added",
        ["portal"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "text": Y(job_note_text, "phone", True),
            "visibility": G(lambda f: f.pick(["internal", "crew"])),
            "note_length": G(lambda f: f.r.randint(20, 90)),
        },
        2,
    ),
    (
        "track",
        "Job Completed",
        ["swift", "kotlin"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "photos_captured": G(lambda f: f.r.randint(12, 400)),
            "deliverable_url": G(lambda f: f"https://share.hoverline.com/g/{alnum(f, 10).lower()}"),
            "condition": G(
                lambda f: f.pick(["good", "fair", "needs repair", "hail damage", "missing shingles"])
            ),
            "damage_found": G(lambda f: f.pick([True, False])),
            "customer_signature_name": me_Y("full", "name"),
        },
        3,
    ),
    (
        "track",
        "Property Photos Delivered",
        ["go"],
        {
            "gallery_id": G(lambda f: f.uuid()),
            "listing_address": Y(lambda f: me(f).address, "address"),
            "mls_number": G(lambda f: f.pick(["", "MLS#"]) + f.digits(7)),
            "agent": Other(
                {
                    "name": oth_Y("full", "name"),
                    "email": Y(lambda f: work_email(f, ["compass.com", "kw.com", "cbrealty.com"]), "email"),
                },
                "US",
            ),
            "brokerage": G(lambda f: f.pick(["Compass", "Keller Williams", "Coldwell Banker"])),
            "photo_count": G(lambda f: f.r.randint(15, 60)),
        },
        2,
    ),
    (
        "track",
        "Customer Feedback Submitted",
        ["rn"],
        {
            "job_id": G(lambda f: "job_" + f.digits(7)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great photos, fast turnaround!",
                        "Pilot was late.",
                        "Very professional.",
                        "Report was hard to read.",
                    ]
                )
            ),
            "pilot_first_name": Y(lambda f: make_person(f, W.region).first, "name"),
        },
        2,
    ),
    (
        "track",
        "Pilot Profile Viewed",
        ["rn", "booking"],
        {
            "pilot_id": G(lambda f: "usr_" + alnum(f, 10).lower()),
            "listing": Other(
                {
                    "business_name": G(lambda f: f.pick(COMPANIES)),
                    "business_phone": G(business_phone),
                    "business_email": G(role_mailbox),
                    "pilot_display_name": Y(lambda f: f"{oth(f).first} {oth(f).last[0]}.", "name"),
                    "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
                }
            ),
            "distance_mi": G(lambda f: round(f.r.uniform(1, 60), 1)),
        },
        3,
    ),
    # ---------------------------------------------------------------- other people
    (
        "track",
        "Crew Member Invited",
        ["portal", "swift"],
        {
            "crew_member": Other(
                {
                    "first_name": oth_Y("first", "name"),
                    "last_name": oth_Y("last", "name"),
                    "email": oth_Y("email", "email"),
                    "role": G(lambda f: f.pick(["visual_observer", "payload_operator", "pilot"])),
                    "certificate_number": Opt(Y(certificate_number, "certificate"), 0.5),
                }
            ),
            "invite_message": Other(Y(crew_invite_text, "name", True)),
        },
        2,
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["swift", "kotlin"],
        {
            "emergency_contact": Other(
                {
                    "name": oth_Y("full", "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "parent", "partner", "friend", "sibling"])),
                    "phone": oth_Y("phone", "phone"),
                }
            ),
        },
        2,
    ),
    (
        "track",
        "Referral Sent",
        ["portal", "rn"],
        {
            "referral_code": G(lambda f: "HOVER-" + alnum(f, 5)),
            "invitee": Other({"email": oth_Y("email", "email"), "name": Opt(oth_Y("first", "name"), 0.6)}),
            "channel": G(lambda f: f.pick(["email", "sms", "link"])),
        },
        2,
    ),
    (
        "track",
        "Client Searched",
        ["portal"],
        {"q": Other(Y(q_value, "email|phone|name", True)), "results": G(lambda f: f.r.randint(0, 12))},
        2,
    ),
    (
        "track",
        "Client Selected",
        ["portal"],
        {
            "client_id": G(lambda f: "cli_" + f.digits(6)),
            "label": Other(Y(lambda f: oth(f).full, "name", True)),
        },
        2,
    ),
    (
        "track",
        "Form Field Changed",
        ["booking", "portal"],
        {
            "form": G(lambda f: f.pick(["booking_contact", "profile", "payout_contact"])),
            "field": G(lambda f: f.pick(["email", "phone"])),
            "value": Y(lambda f: f.pick([me(f).email, me(f).phone]), "email|phone", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    # ---------------------------------------------------------------- incidents
    (
        "track",
        "Incident Reported",
        ["portal", "swift", "kotlin"],
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_type": G(
                lambda f: f.pick(["flyaway", "crash", "near_miss", "property_damage", "injury"])
            ),
            "severity": G(lambda f: f.pick(["minor", "serious", "reportable"])),
            "occurred_at": G(lambda f: f.iso()),
            "location": {"lat": Y(drone_lat, "geolocation"), "lng": Y(drone_lon, "geolocation")},
            "drone_serial": Y(drone_serial, "serial"),
            "injured_party": Opt(
                Other(
                    {
                        "name": oth_Y("full", "name"),
                        "injury_description": Y(
                            lambda f: f.pick(
                                [
                                    "laceration to left forearm",
                                    "concussion",
                                    "bruised hand",
                                    "cut above right eye",
                                ]
                            ),
                            "condition|diagnosis",
                        ),
                    }
                ),
                0.5,
            ),
            "injury_count": G(lambda f: f.r.randint(0, 2)),
            "witness": Opt(Other({"name": oth_Y("full", "name"), "phone": oth_Y("phone", "phone")}), 0.5),
            "police_report_number": Opt(G(lambda f: f.pick(["APD-", "MPS-", ""]) + f.digits(8)), 0.3),
            "narrative": G(
                lambda f: f.pick(
                    [
                        "Lost video link at 300 ft, RTH did not trigger.",
                        "Bird strike during orbit, aircraft descended into yard.",
                        "Compass interference near metal roof, drifted into gutter.",
                        "Battery cell failure, emergency landing in field.",
                    ]
                )
            ),
        },
        3,
    ),
    (
        "track",
        "事故報告",
        ["jp"],
        {
            "事故発生日時": G(lambda f: f.iso()),
            "発生場所": Y(lambda f: me(f).address, "address"),
            "負傷者の有無": G(lambda f: f.pick([True, False])),
            "報告者氏名": me_Y("full", "name"),
            "報告者電話番号": me_Y("phone", "phone"),
            "機体登録記号": Y(jp_registration, "license"),
            "概要": G(
                lambda f: f.pick(
                    ["強風により機体が墜落", "電波障害で制御不能", "鳥との接触", "バッテリー異常で緊急着陸"]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Occurrence Report Filed",
        ["ruby"],
        {
            "eccairs_reference": G(lambda f: "GB-" + f.digits(6)),
            "reporter_email": me_Y("email", "email"),
            "aircraft_serial": Y(drone_serial, "serial"),
            "occurrence_class": G(lambda f: f.pick(["incident", "serious_incident", "accident"])),
        },
        2,
    ),
    # ---------------------------------------------------------------- health, veterans, hiring
    (
        "track",
        "Medical Declaration Completed",
        ["portal", "kotlin"],
        {
            "medical_condition_declared": Y(lambda f: f.pick([True, False, False]), "condition"),
            "uses_corrective_lenses": Y(lambda f: f.pick([True, False]), "condition"),
            "signed_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "身体検査結果登録",
        ["jp"],
        {
            "検査日": G(lambda f: f.date(2023, 2024)),
            "検査機関": G(lambda f: f.pick(["東京ドローンスクール", "日本無人機操縦士協会", "指定試験機関"])),
            "視力": Y(lambda f: f.pick(["1.0", "0.7", "1.2", "0.5(矯正)"]), "condition"),
            "色覚": Y(lambda f: f.pick(["正常", "異常あり"]), "condition"),
            "聴力": Y(lambda f: f.pick(["正常", "補聴器使用"]), "condition"),
        },
        2,
    ),
    (
        "track",
        "Course Enrolled",
        ["booking", "portal"],
        {
            "course_id": G(lambda f: "crs_" + f.digits(4)),
            "course_name": G(
                lambda f: f.pick(
                    ["Part 107 Exam Prep", "A2 CofC Online", "GVC Practical", "二等無人航空機操縦士講習"]
                )
            ),
            "price": G(lambda f: f.money(99, 1500)),
            "currency": G(currency),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "gi_bill_funding": RED(lambda f: f.pick([True, False]), "veteran"),
            "testing_center": G(
                lambda f: f.pick(["PSI Austin North", "PSI Denver", "CAA Gatwick", "日本ドローン協会 東京校"])
            ),
        },
        2,
    ),
    (
        "track",
        "Exam Result Recorded",
        ["python"],
        {
            "exam_id": G(lambda f: f.uuid()),
            "ftn": Y(lambda f: "A" + f.digits(7), "identification"),
            "score_pct": G(lambda f: f.r.randint(55, 100)),
            "passed": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Pilot Application Submitted",
        ["booking"],
        {
            "application_id": G(lambda f: f.uuid()),
            "years_experience": G(lambda f: f.r.randint(0, 15)),
            "expected_hourly_rate": Y(lambda f: f.pick([45, 60, 75, 90, 120]), "salary"),
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "eeo": {
                "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "decline"]), "gender"),
                "ethnicity": Y(
                    lambda f: f.pick(
                        [
                            "Hispanic or Latino",
                            "Asian",
                            "Black or African American",
                            "White",
                            "Two or more races",
                            "Decline",
                        ]
                    ),
                    "ethnicity",
                ),
                "veteran_status": RED(
                    lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline"]), "veteran"
                ),
                "disability_status": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
            },
        },
        2,
    ),
    (
        "track",
        "Pilot Rate Updated",
        ["python", "node"],
        {
            "rate_card_id": G(lambda f: "rc_" + f.digits(5)),
            "hourly_rate": Y(amount(35, 150), "salary"),
            "day_rate": Y(amount(300, 1200), "salary"),
            "currency": G(currency),
            "effective_from": G(lambda f: f.date(2024, 2025)),
        },
        2,
    ),
    # ---------------------------------------------------------------- e-commerce (shop)
    (
        "track",
        "Products Searched",
        ["booking"],
        {"query": G(lambda f: f.pick(["mini 4 pro", "nd filter", "landing pad", "battery"]))},
        2,
    ),
    ("track", "Product Viewed", ["booking", "rn"], {**product(), "currency": G(currency)}, 4),
    (
        "track",
        "Product Added",
        ["booking", "rn"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
        3,
    ),
    (
        "track",
        "Checkout Started",
        ["booking"],
        {
            "order_id": G(lambda f: f.digits(9)),
            "revenue": G(lambda f: f.money(19, 3000)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 200)),
            "coupon": Opt(G(lambda f: f.pick(["PILOT10", "SPRING24", "FREESHIP"])), 0.3),
            "currency": G(currency),
            "products": Many(product(), 3),
        },
        3,
    ),
    (
        "track",
        "Order Completed",
        ["booking", "node"],
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(19, 3000)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 200)),
            "coupon": Opt(G(lambda f: f.pick(["PILOT10", "SPRING24", "FREESHIP"])), 0.3),
            "currency": G(currency),
            "email": me_Y("email", "email"),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": me_Y("full", "name"),
                **address_obj("street", "city", "postal_code"),
            },
            "tracking_number": Opt(G(lambda f: "1Z" + alnum(f, 16)), 0.5),
        },
        3,
    ),
    # ---------------------------------------------------------------- invoices, payments, payouts
    (
        "track",
        "Invoice Created",
        ["node"],
        {
            "invoice_id": G(stripe_id("in_")),
            "invoice_number": G(lambda f: f"HOV-{f.r.randint(2023, 2024)}-{f.r.randint(1, 99999):05d}"),
            "customer_id": G(stripe_id("cus_")),
            "amount_due": G(amount(100, 2500)),
            "currency": G(currency),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "bill_to": {
                "name": me_Y("full", "name"),
                "email": me_Y("email", "email"),
                "address": Y(lambda f: me(f).address, "address"),
            },
            "line_items": Many(
                {
                    "description": G(
                        lambda f: f.pick(["Roof inspection", "Aerial photo package", "Travel fee"])
                    ),
                    "amount": G(lambda f: f.money(25, 900)),
                },
                3,
            ),
            "job_id": G(lambda f: "job_" + f.digits(7)),
        },
        3,
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "invoice_id": G(stripe_id("in_")),
            "payment_intent": G(stripe_id("pi_")),
            "amount_paid": G(amount(100, 2500)),
            "currency": G(currency),
            "payment_method_type": G(lambda f: f.pick(["card", "us_bank_account", "bacs_debit"])),
            "card": Opt(
                {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "country": G(lambda f: me(f).country),
                },
                0.7,
            ),
            "receipt_email": me_Y("email", "email"),
            "billing_details": {
                "name": me_Y("full", "name"),
                "email": me_Y("email", "email"),
                "phone": Opt(me_Y("phone", "phone"), 0.6),
                "address": {
                    "line1": me_Y("street", "address|street"),
                    "line2": Opt(Y(lambda f: me(f).line2 or "Apt 1", "address|street"), 0.4),
                    "city": me_Y("city", "city"),
                    "state": G(lambda f: me(f).state),
                    "postal_code": me_Y("postcode", "zipcode"),
                    "country": G(lambda f: me(f).country),
                },
            },
        },
        3,
    ),
    (
        "track",
        "Payout Method Added",
        ["portal"],
        {
            "method": G(lambda f: f.pick(["bank_account", "paypal"])),
            "account_holder_name": me_Y("full", "name"),
            "routing_number": Opt(G(aba_routing), 0.5),
            "sort_code": Opt(G(sort_code), 0.3),
            "account_number": RED(bank_account, "bank account"),
            "account_number_last4": G(lambda f: f.digits(4)),
            "paypal_email": Opt(me_Y("email", "email"), 0.3),
        },
        2,
    ),
    (
        "track",
        "Payout Sent",
        ["go"],
        {
            "payout_id": G(stripe_id("po_")),
            "connected_account": G(stripe_id("acct_")),
            "amount": G(amount(50, 4000)),
            "currency": G(currency),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
            "destination": RED(stripe_id("ba_"), "token"),
            "bank_name": G(
                lambda f: f.pick(["CHASE BANK", "WELLS FARGO", "BARCLAYS", "MONZO", "みずほ銀行"])
            ),
            "last4": G(lambda f: f.digits(4)),
            "method": G(lambda f: f.pick(["standard", "instant"])),
        },
        3,
    ),
    (
        "track",
        "Manual Payout Recorded",
        ["ruby"],
        {
            "payout_ref": G(lambda f: "MP-" + f.digits(6)),
            "amount": G(amount(50, 4000)),
            "currency": G(currency),
            "note": RED(payout_note, "bank account", True),
            "approved_by": G(lambda f: "staff_" + f.digits(3)),
        },
        2,
    ),
    (
        "track",
        "振込完了",
        ["jp"],
        {
            "振込ID": G(lambda f: "TR" + f.digits(10)),
            "金額": G(lambda f: f.r.randint(5000, 500000)),
            "銀行名": G(
                lambda f: f.pick(["みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "ゆうちょ銀行", "楽天銀行"])
            ),
            "銀行コード": G(lambda f: f.pick(["0001", "0005", "0009", "9900", "0036"])),
            "支店名": G(lambda f: f.pick(["渋谷支店", "梅田支店", "本店営業部", "〇一八支店"])),
            "支店コード": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "口座番号": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "口座名義": me_Y("kana", "name"),
            "振込日": G(lambda f: f.date(2024, 2024)),
            "備考": G(lambda f: f.pick(["2024年5月分報酬", "追加撮影分", ""])),
        },
        3,
    ),
    (
        "track",
        "Earnings Statement Generated",
        ["dotnet"],
        {
            "StatementId": G(lambda f: f.uuid()),
            "PilotId": G(lambda f: int(f.digits(6))),
            "PeriodStart": G(lambda f: f.date(2024, 2024)),
            "JobsCompleted": G(lambda f: f.r.randint(0, 40)),
            "YearToDateEarnings": Y(lambda f: f.money(500, 90000), "salary"),
            "Currency": G(lambda f: "USD"),
        },
        2,
    ),
    # ---------------------------------------------------------------- messaging, support, calls
    (
        "track",
        "Email Delivered",
        ["python", "node"],
        {
            "message_id": G(lambda f: f"<{f.uuid()}@mail.hoverline.com>"),
            "template": G(lambda f: f.pick(["job_confirmed", "payout_sent", "laanc_approved", "welcome"])),
            "subject": G(
                lambda f: f.pick(
                    ["Your job is confirmed", "Payout on its way", "LAANC approved", "Welcome to Hoverline"]
                )
            ),
            "recipient": me_Y("email", "email", True),
            "from": G(lambda f: f.pick(["no-reply@hoverline.com", "support@hoverline.com"])),
        },
        3,
    ),
    (
        "track",
        "Verification SMS Sent",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": me_Y("phone", "phone", True),
            "From": G(lambda f: f.pick(["+15125550143", "+447723000111", "HOVERLINE"])),
            "Body": RED(sms_body, "token", True),
        },
        3,
    ),
    (
        "track",
        "Support Ticket Created",
        ["python"],
        {
            "ticket_id": G(lambda f: int(f.digits(6))),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Payout missing",
                        "Can't connect DJI account",
                        "LAANC request stuck",
                        "Refund for course",
                    ]
                )
            ),
            "requester": {"name": me_Y("full", "name"), "email": me_Y("email", "email")},
            "assignee": Other(
                {
                    "name": oth_Y("full", "name"),
                    "email": Y(lambda f: work_email(f, ["hoverline.com"]), "email"),
                }
            ),
            "callback_number": Opt(me_Y("phone", "phone"), 0.5),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
            "support_email": G(lambda f: "support@hoverline.com"),
            "description": G(
                lambda f: f.pick(
                    [
                        "Payout shows sent but not in bank.",
                        "App crashes on log import.",
                        "Authorization still pending after 2 days.",
                    ]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Call Ended",
        ["node"],
        {
            "call_id": G(lambda f: int(f.digits(9))),
            "status": G(lambda f: f.pick(["done", "missed", "voicemail"])),
            "duration": G(lambda f: f.r.randint(0, 1800)),
            "raw_digits": me_Y("phone", "phone", True),
            "number": {
                "digits": G(lambda f: f.pick(["+1 512-555-0143", "+44 20 3885 0100"])),
                "name": G(lambda f: f.pick(["Hoverline Support US", "Hoverline Support UK"])),
            },
            "user": Other(
                {
                    "name": oth_Y("full", "name"),
                    "email": Y(lambda f: work_email(f, ["hoverline.com"]), "email"),
                }
            ),
        },
        2,
    ),
    # ---------------------------------------------------------------- developer / integrations
    (
        "track",
        "API Key Created",
        ["portal"],
        {
            "key_id": G(lambda f: "key_" + f.digits(6)),
            "key_prefix": G(lambda f: "hl_live_" + alnum(f, 4).lower()),
            "scopes": Many(G(lambda f: f.pick(["flights:read", "jobs:write", "fleet:read"])), 3),
            "created_from_ip": Y(ipaddr, "ip"),
        },
        2,
    ),
    (
        "track",
        "Webhook Endpoint Created",
        ["node"],
        {
            "endpoint_id": G(lambda f: "we_" + f.digits(8)),
            "url": G(
                lambda f: f.pick(
                    ["https://hooks.skylinesurveys.com/hoverline", "https://api.roofscan.io/webhooks/hl"]
                )
            ),
            "signing_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
            "events": Many(G(lambda f: f.pick(["job.completed", "flight.logged", "payout.sent"])), 3),
        },
        2,
    ),
    (
        "track",
        "DJI Account Connected",
        ["python"],
        {
            "integration": G(lambda f: "dji_cloud"),
            "oauth": {
                "access_token": RED(lambda f: f.jwt(), "token"),
                "scope": G(lambda f: "flight_records device"),
            },
            "devices_found": G(lambda f: f.r.randint(0, 6)),
        },
        2,
    ),
    # ---------------------------------------------------------------- attribution
    (
        "track",
        "Lead",
        ["python"],
        {
            "event_source_url": G(lambda f: "https://www.hoverline.com/book"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Opt(Y(lambda f: f.hexid(64), "phone"), 0.6),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(
                    Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{alnum(f, 30).lower()}", "advertising id"), 0.5
                ),
                "client_ip_address": Y(ipaddr, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: f.hexid(64)),
            },
        },
        2,
    ),
    (
        "track",
        "Install Attributed",
        ["go"],
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.5),
            "idfv": Opt(G(lambda f: f.uuid().upper()), 0.5),
            "advertising_id": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "apple_search_ads"])
            ),
            "campaign": G(lambda f: f.pick(["pilot_ios_us", "pilot_android_uk", "jp_launch"])),
            "ip": Y(ipaddr, "ip"),
            "country_code": G(lambda f: me(f).country),
        },
        2,
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                regions, weights = REGIONS.get(client, (["US", "UK", "JP"], [7, 2, 1]))
                W.region = EVENT_REGION.get(name or "") or f.r.choices(regions, weights)[0]
                W.me = make_person(f, W.region)
                W.other = W.me
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick(["usr_" + alnum(f, 10).lower(), f.uuid(), f.digits(7)]),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CLIENTS[client](), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=278, repeats=9)
    write(Path(__file__).parent, "holdout278_", events, labels)
