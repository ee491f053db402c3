"""Writes holdout284: tests/corpus/holdout284_events.jsonl and holdout284_labels.json.

SEALED: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py's format were read), and
never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout284`; seeded, so
the output is the same on every run.

Domain: a ski resort group (Powderline) selling lift passes, ski-school lessons, equipment rental
and lodging in Austria, Japan (Hokkaido, Nagano) and Chile. Covered: pass purchase with a holder
photo and the RFID keycard number, family skier profiles (children's ages, heights and weights for
bindings, DIN settings), lesson bookings with instructors, adaptive lessons, lift-gate scans and
on-mountain GPS run tracking, ski-patrol incident reports, waivers, e-commerce spec events
(search, list, product, cart, checkout, payment, order, refund, review, gifting), hotel
and airport-shuttle bookings, hotel check-in of foreign guests in Japan (passport), travel and ski
insurance, a US military verification, staff hiring (visa sponsorship, hourly rate) and Chilean
payroll onboarding, support tickets, lost and found, an SMS webhook (Twilio-shaped), Stripe-shaped
payment events, a reverse-ETL warehouse identify (SCREAMING_SNAKE), a .NET ticketing backend
(PascalCase), a PHP rental backend (kebab-case), and local-language backends: Austrian German
keys, Japanese keys (romanised and kanji/katakana) and Chilean Spanish keys. Every Segment call
type (identify, track, page, screen, group, alias) and the context blocks of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python, node,
go, java, ruby, php and .NET server libraries.

Conventions: a leaf path is dotted from the message root, arrays as `[]` (portal.events.flatten).
Each path has one label: classification (red/yellow/green), type (the reference's matcher name,
or bank account, geolocation, secret, national id, health id, advertising id, trade union; `a|b`
when either is fair) and value_only (the key does not say what the value is).

Labelling rules followed (the product's default colours and published policy):
- PII is data about a natural person: the user, a family member, a recipient, a contact, a
  guest, a staff member. Colour is the reference's default for that matcher; outside the
  reference: red for credentials/secrets/tokens, card numbers, bank accounts, government ids and
  health ids; yellow for geolocation, advertising ids and trade union membership.
- Green: ids we issue (user/order/booking/session/device ids, UUIDs, SKUs, invoice and
  confirmation numbers, loyalty/member/claim numbers), versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans even under PII-sounding keys, product/hotel/resort/club
  names, places that are not the person's (a resort, a hotel's address and phone, an airport, a
  searched destination, a lift), country/state/prefecture/region, locale, timezone, currency, user
  agents, OS analytics device ids, ages and age bands, job titles and employers, role mailboxes,
  UUID tokens, card brand/last four/expiry, bank and branch codes.
- Yellow per policy: insurance policy numbers (identification), vehicle plates (license), pay and
  hourly rates (salary), ad click ids (gclid, fbclid: advertising id), billing/shipping addresses.
  Red per policy: payment-method tokens (`pm_`), one-time codes, sign-in link tokens, health
  insurance / e-card / social-insurance numbers (health id), identity-document numbers (national
  id / passport), visa-sponsorship answers (visa).
- Booleans and enums that reveal a special category are labelled as that category: adaptive /
  sit-ski lessons and access passes are `disability` (red), a military verification group is
  `veteran` (red), a halal meal requirement is `religion`, a pregnancy or "declared medical
  condition" flag and an injury severity are `condition`, union membership is `trade union`.
- Decisions where no rule applied (a careful mid-size privacy owner's choice):
  * Body measurements taken for equipment fit (height, weight, boot sole length, shoe size) and
    DIN / skier-type settings are green: they size equipment, like an age or a clothing size.
  * The RFID keycard / WTP number printed on a lift pass is green: a number the resort issues,
    like a member number. A rental ski's serial is green (our equipment, not a person's device).
  * Lift and gate names, resort coordinates, a hotel's coordinates are green (places that are
    not the person's); a guest's own GPS points and the origin of a directions request are
    yellow geolocation.
  * A gift-card redemption code is red `secret` (a bearer credential the person holds).
  * A masked phone (`+43 *** ***12`) is green, like a card's last four.
  * In a patrol report the injury's type, body part, severity and treatment are yellow health
    data (diagnosis / condition / procedure); the hospital the guest went to is green (a place,
    like a store's city); a patient's nationality code is `citizenship`; a German salutation
    (`Anrede`: Herr/Frau/Divers) is `gender`.
  * A Stripe PaymentIntent id (`pi_`) and customer id (`cus_`) are green ids; its client secret
    is red (`secret|token`); a pm_ id is red per policy.
- value_only is true for neutral keys (`value`, `label`, `text`, `body`, `note`, `q`, `input`,
  `link`, `to`, Twilio's `From`, `id` in externalIds) and for free text whose key does not name
  the PII it carries (a patrol `narrative`). A value_only path holds its PII in every value;
  `email|phone` marks a path whose every value is one or the other.
- Values: names from Austrian, Japanese (romaji, kanji, katakana), Chilean and other cultures;
  national phone formats (AT, JP, CL, AU, US, KR, SG, GB, DE); Chilean RUTs with a valid mod-11
  check digit, Austrian social-insurance numbers with a valid check digit, IBANs with valid
  mod-97 check digits, Luhn-valid card numbers (fake.py); coordinates near the resorts.
- Free text: every free-text path either carries its PII in every value (then labelled with that
  PII) or carries none in any value (then green). No free-text path mixes the two.
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value pools ------------------------------------------------------------------------------------

AT_FIRST = [
    "Lukas",
    "Anna",
    "Maximilian",
    "Sophie",
    "Elias",
    "Lena",
    "Florian",
    "Johanna",
    "Tobias",
    "Katharina",
    "Jakob",
    "Magdalena",
    "Felix",
    "Theresa",
]
AT_LAST = [
    "Gruber",
    "Huber",
    "Wagner",
    "Pichler",
    "Steiner",
    "Moser",
    "Hofer",
    "Leitner",
    "Berger",
    "Fuchs",
    "Eder",
    "Brunner",
    "Schwarz",
    "Egger",
    "Mayrhofer",
]
JP_FIRST = [
    "Haruto",
    "Yui",
    "Sota",
    "Aoi",
    "Ren",
    "Hina",
    "Kenji",
    "Sakura",
    "Takumi",
    "Mio",
    "Daiki",
    "Yuna",
    "Riku",
    "Emi",
]
JP_LAST = [
    "Sato",
    "Takahashi",
    "Suzuki",
    "Tanaka",
    "Watanabe",
    "Ito",
    "Yamamoto",
    "Kobayashi",
    "Nakamura",
    "Kato",
    "Yoshida",
    "Matsumoto",
]
JP_SEI = [
    ("佐藤", "サトウ"),
    ("高橋", "タカハシ"),
    ("鈴木", "スズキ"),
    ("田中", "タナカ"),
    ("渡辺", "ワタナベ"),
    ("伊藤", "イトウ"),
    ("山本", "ヤマモト"),
    ("小林", "コバヤシ"),
    ("中村", "ナカムラ"),
    ("加藤", "カトウ"),
]
JP_MEI = [
    ("陽翔", "ハルト"),
    ("結衣", "ユイ"),
    ("蒼太", "ソウタ"),
    ("葵", "アオイ"),
    ("蓮", "レン"),
    ("陽菜", "ヒナ"),
    ("健二", "ケンジ"),
    ("さくら", "サクラ"),
    ("拓海", "タクミ"),
    ("美緒", "ミオ"),
]
CL_FIRST = [
    "Benjamín",
    "Sofía",
    "Vicente",
    "Isidora",
    "Matías",
    "Florencia",
    "Agustín",
    "Antonella",
    "Tomás",
    "Catalina",
    "Joaquín",
    "Martina",
]
CL_LAST = [
    "Muñoz",
    "González",
    "Rojas",
    "Díaz",
    "Soto",
    "Contreras",
    "Silva",
    "Pérez",
    "Morales",
    "Fuentes",
    "Araya",
    "Castro",
    "Espinoza",
    "Tapia",
]
INTL_FIRST = [
    "Olivia",
    "Jack",
    "Chloe",
    "Liam",
    "Min-jun",
    "Seo-yeon",
    "Wei",
    "Mei Ling",
    "Arjun",
    "Priya",
    "João",
    "Astrid",
    "Daan",
    "Zofia",
    "Aisha",
    "Kwame",
    "Siobhán",
    "Minh",
    "Tariq",
    "Noa",
]
INTL_LAST = [
    "Thompson",
    "O'Connor",
    "Kim",
    "Park",
    "Zhang",
    "Lim",
    "Mehta",
    "Pereira",
    "Lindqvist",
    "de Vries",
    "Nowak",
    "Al-Hassan",
    "Mensah",
    "Ó Briain",
    "Tan",
    "Nguyen",
    "Williams",
    "Cohen",
]
POOLS = [(AT_FIRST, AT_LAST), (JP_FIRST, JP_LAST), (CL_FIRST, CL_LAST), (INTL_FIRST, INTL_LAST)]

MAIL_DOMAINS = [
    "gmail.com",
    "gmx.at",
    "yahoo.co.jp",
    "icloud.com",
    "outlook.com",
    "hotmail.cl",
    "a1.net",
    "docomo.ne.jp",
    "bigpond.com",
    "naver.com",
    "web.de",
    "live.com.au",
]

RESORTS = [
    "St. Anton am Arlberg",
    "Kitzbühel",
    "Ischgl",
    "Saalbach Hinterglemm",
    "Niseko Hirafu",
    "Rusutsu",
    "Furano",
    "Hakuba Happo-one",
    "Nozawa Onsen",
    "Shiga Kogen",
    "Valle Nevado",
    "La Parva",
    "Portillo",
    "Nevados de Chillán",
]
RESORT_GEO = {
    "St. Anton am Arlberg": (47.1297, 10.2682),
    "Kitzbühel": (47.4464, 12.3922),
    "Niseko Hirafu": (42.8625, 140.6987),
    "Hakuba Happo-one": (36.6983, 137.8320),
    "Valle Nevado": (-33.3572, -70.2497),
    "Portillo": (-32.8355, -70.1309),
}
RESORT_IDS = [
    "AT-ARL",
    "AT-KIT",
    "AT-ISC",
    "AT-SAA",
    "JP-NIS",
    "JP-RUS",
    "JP-FUR",
    "JP-HAK",
    "JP-NOZ",
    "JP-SHI",
    "CL-VNE",
    "CL-LPA",
    "CL-POR",
    "CL-NCH",
]
LIFTS = [
    "Galzigbahn",
    "Valluga II",
    "Hahnenkammbahn",
    "Silvrettabahn",
    "Hirafu Gondola",
    "King Hooded Quad",
    "Ace Family Quad",
    "Happo Gondola Adam",
    "Nagasaka Gondola",
    "Tres Puntas",
    "Andes Express",
    "Roca Jack",
    "Juncalillo",
]
RUNS = [
    "Kandahar",
    "Streif",
    "Strawberry Fields",
    "Super Course",
    "Schuss",
    "Rabbit Hill",
    "Mahnkopf",
    "Happo Kurobishi",
    "Las Tres Marías",
    "Tío Bob",
    "Roca Jack",
    "Hirafu Jumbo",
]
PRODUCTS = [
    ("LP-AT-6D-ADU", "Arlberg 6-Day Pass Adult", "Lift Pass", 389.0),
    ("LP-AT-1D-YTH", "Kitzbühel 1-Day Pass Youth", "Lift Pass", 52.5),
    ("LP-JP-5D-ADU", "Niseko United All-Mountain 5 Day", "Lift Pass", 41500.0),
    ("LP-JP-SEA-ADU", "Hakuba Valley Season Pass", "Lift Pass", 98000.0),
    ("LP-CL-SEA-ADU", "Valle Nevado Pase Temporada", "Lift Pass", 690000.0),
    ("SS-AT-PRV-2H", "Private Lesson 2h (German/English)", "Ski School", 195.0),
    ("SS-JP-KID-FD", "Kids Club Full Day Niseko", "Ski School", 26000.0),
    ("SS-CL-GRP-3D", "Clases Grupales 3 Días", "Ski School", 210000.0),
    ("RN-AT-PRM-SKI", "Premium Ski Rental (Atomic Redster)", "Rental", 62.0),
    ("RN-JP-SBD-BUR", "Snowboard Rental Burton Custom", "Rental", 7500.0),
    ("RN-XX-HLM", "Helmet Rental", "Rental", 8.0),
    ("LD-JP-ONS-TKT", "Onsen Day Ticket", "Lodging", 1200.0),
    ("LD-AT-BRK-PKG", "Lodge Breakfast Package", "Lodging", 24.0),
]
HOTELS = [
    (
        "H-AT-001",
        "Hotel Arlberghof",
        "Dorfstraße 12, 6580 St. Anton am Arlberg",
        "+43 5446 2345",
        47.1289,
        10.2650,
    ),
    (
        "H-AT-002",
        "Gasthof Hahnenkamm",
        "Hahnenkammstraße 4, 6370 Kitzbühel",
        "+43 5356 6789",
        47.4452,
        12.3911,
    ),
    (
        "H-JP-001",
        "Powderline Lodge Hirafu",
        "北海道虻田郡倶知安町字山田204",
        "+81 136-22-0101",
        42.8590,
        140.7036,
    ),
    (
        "H-JP-002",
        "Hakuba Echoland Chalet",
        "長野県北安曇郡白馬村北城3020",
        "+81 261-72-0202",
        36.6962,
        137.8461,
    ),
    (
        "H-CL-001",
        "Hotel Puerta del Sol Valle Nevado",
        "Camino Valle Nevado s/n, Lo Barnechea",
        "+56 2 2477 7000",
        -33.3568,
        -70.2489,
    ),
]
AIRPORTS = [
    "New Chitose Airport (CTS)",
    "Innsbruck Airport (INN)",
    "Munich Airport (MUC)",
    "Santiago SCL",
    "Matsumoto Airport (MMJ)",
    "Salzburg Airport (SZG)",
    "Tokyo Haneda (HND)",
]


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúñüöäÁÉÍÓÚÑÜÖÄ'ß ", "aeiounuoaAEIOUNUOA-s.")
    return s.translate(table).lower().replace("ó", "o")


def first(f: Fake) -> str:
    return f.pick(f.pick(POOLS)[0])


def last(f: Fake) -> str:
    return f.pick(f.pick(POOLS)[1])


def full_name(f: Fake) -> str:
    firsts, lasts = f.pick(POOLS)
    if lasts is CL_LAST:
        return f"{f.pick(firsts)} {f.pick(lasts)} {f.pick(lasts)}"
    if firsts is JP_FIRST and f.r.random() < 0.3:
        return f"{f.pick(lasts).upper()} {f.pick(firsts)}"
    return f"{f.pick(firsts)} {f.pick(lasts)}"


def kanji_name(f: Fake, space=True) -> str:
    return f.pick(JP_SEI)[0] + (" " if space else "") + f.pick(JP_MEI)[0]


def kana_name(f: Fake) -> str:
    return f.pick(JP_SEI)[1] + " " + f.pick(JP_MEI)[1]


def email(f: Fake) -> str:
    firsts, lasts = f.pick(POOLS)
    a, b = ascii_fold(f.pick(firsts)), ascii_fold(f.pick(lasts))
    user = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}_{a}", f"{a}.{b}+ski"])
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake, country=None) -> str:
    d = f.digits
    country = country or f.pick(["AT", "JP", "CL", "AU", "US", "KR", "SG", "GB", "DE"])
    return {
        "AT": lambda: f.pick(
            [
                f"+43 {f.pick(['664', '676', '650', '699'])} {d(7)}",
                f"0664 {d(3)} {d(4)}",
                f"+43{f.pick(['664', '660'])}{d(7)}",
            ]
        ),
        "JP": lambda: f.pick(
            [f"090-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}", f"080{d(8)}", f"+81-90-{d(4)}-{d(4)}"]
        ),
        "CL": lambda: f.pick([f"+56 9 {d(4)} {d(4)}", f"+569{d(8)}", f"9 {d(4)} {d(4)}"]),
        "AU": lambda: f.pick([f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}"]),
        "US": lambda: f.pick(
            [
                f"+1 ({f.r.randint(201, 989)}) {f.r.randint(201, 989)}-{d(4)}",
                f"+1{f.r.randint(201, 989)}{f.r.randint(201, 989)}{d(4)}",
            ]
        ),
        "KR": lambda: f"+82 10-{d(4)}-{d(4)}",
        "SG": lambda: f"+65 {f.pick(['8', '9'])}{d(3)} {d(4)}",
        "GB": lambda: f"+44 7{d(3)} {d(6)}",
        "DE": lambda: f"+49 1{f.pick(['51', '60', '70', '76'])} {d(8)}",
    }[country]()


def at_street(f: Fake) -> str:
    s = f.pick(
        [
            "Mariahilfer Straße",
            "Hauptplatz",
            "Museumstraße",
            "Linzer Gasse",
            "Anichstraße",
            "Getreidegasse",
            "Herrengasse",
            "Bahnhofstraße",
            "Kaiserjägerstraße",
        ]
    )
    return f"{s} {f.r.randint(1, 140)}" + f.pick(["", f"/{f.r.randint(1, 24)}", f"/Top {f.r.randint(1, 30)}"])


def jp_address(f: Fake) -> str:
    n = f.r.randint
    return f.pick(
        [
            f"北海道札幌市中央区北{n(1, 20)}条西{n(1, 25)}丁目{n(1, 30)}-{n(1, 20)}",
            f"東京都世田谷区三軒茶屋{n(1, 2)}-{n(1, 40)}-{n(1, 20)}",
            f"長野県長野市大字鶴賀{n(100, 2000)}-{n(1, 9)}",
            f"大阪府大阪市北区梅田{n(1, 3)}-{n(1, 12)}-{n(1, 30)} {n(2, 30)}0{n(1, 9)}号室",
        ]
    )


def jp_address_romaji(f: Fake) -> str:
    n = f.r.randint
    return f.pick(
        [
            f"{n(1, 30)}-{n(1, 20)} Kita {n(1, 20)}-jo Nishi {n(1, 25)}-chome, Chuo-ku",
            f"{n(1, 2)}-{n(1, 40)}-{n(1, 20)} Sangenjaya, Setagaya-ku",
            f"{n(1, 5)}-{n(1, 20)}-{n(1, 9)} Minami-Aoyama, Minato-ku #{n(101, 1205)}",
        ]
    )


def cl_street(f: Fake) -> str:
    s = f.pick(
        [
            "Av. Providencia",
            "Av. Apoquindo",
            "Los Leones",
            "Av. Vitacura",
            "Pedro de Valdivia",
            "Av. Libertad",
            "Calle Esmeralda",
            "Av. Kennedy",
        ]
    )
    return f"{s} {f.r.randint(100, 9999)}" + f.pick(
        ["", f", Depto {f.r.randint(11, 2405)}", f" Of. {f.r.randint(101, 1802)}"]
    )


def intl_street(f: Fake) -> str:
    n = f.r.randint
    return f.pick(
        [
            f"{n(1, 220)} {f.pick(['Bourke St', 'Military Rd', 'Pittwater Rd', 'Glenferrie Rd'])}",
            f"{n(1, 9999)} {f.pick(['Oak Avenue', 'Pearl St', 'Alpine Dr', 'Cedar Ln'])}",
            f"Flat {n(1, 40)}, {n(1, 200)} {f.pick(['Camden Rd', 'King Street', 'Leith Walk'])}",
            f"{n(1, 99)}-{n(1, 40)} Gangnam-daero, Seocho-gu",
            f"Blk {n(100, 999)} Tampines St {n(11, 99)}, #{n(2, 20):02d}-{n(1, 400)}",
        ]
    )


def street(f: Fake) -> str:
    return f.pick([at_street, cl_street, intl_street, jp_address_romaji])(f)


def city(f: Fake) -> str:
    return f.pick(
        [
            "Wien",
            "Graz",
            "Innsbruck",
            "Salzburg",
            "Linz",
            "Sapporo",
            "Tokyo",
            "Osaka",
            "Nagano",
            "Santiago",
            "Viña del Mar",
            "Concepción",
            "Sydney",
            "Melbourne",
            "Singapore",
            "Seoul",
            "Hong Kong",
            "London",
            "München",
            "Denver",
            "Auckland",
        ]
    )


def comuna(f: Fake) -> str:
    return f.pick(
        [
            "Las Condes",
            "Providencia",
            "Vitacura",
            "Ñuñoa",
            "Lo Barnechea",
            "La Reina",
            "Viña del Mar",
            "Concepción",
            "Santiago Centro",
        ]
    )


def postcode(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(1010, 9992)}",
            f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}",
            f"{f.r.randint(7500000, 8320000)}",
            f"{f.r.randint(2000, 3999)}",
            f"{f.r.randint(10000, 99999)}",
            f"SW{f.r.randint(1, 20)} {f.r.randint(1, 9)}{f.pick(['AB', 'LT', 'QZ'])}",
        ]
    )


def full_address(f: Fake) -> str:
    n = f.r.randint
    return f.pick(
        [
            lambda: f"{at_street(f)}, {n(1010, 9992)} {f.pick(['Wien', 'Graz', 'Innsbruck', 'Salzburg'])}",
            lambda: f"{cl_street(f)}, {comuna(f)}, Santiago",
            lambda: f"〒{n(100, 999)}-{n(0, 9999):04d} {jp_address(f)}",
            lambda: (
                intl_street(f)
                + ", "
                + f.pick(["Sydney NSW 2000", "Melbourne VIC 3122", "Singapore 520123", "Denver CO 80205"])
            ),
        ]
    )()


def dob(f: Fake, start=1955, end=2004) -> str:
    return f"{f.r.randint(start, end)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def dob_de(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1958, 2006)}"


def dob_jp(f: Fake) -> str:
    return f"{f.r.randint(1960, 2006)}年{f.r.randint(1, 12)}月{f.r.randint(1, 28)}日"


def child_dob(f: Fake) -> str:
    return dob(f, 2008, 2021)


def rut(f: Fake, dotted=None) -> str:
    body = f.r.randint(5_000_000, 26_000_000)
    total, factor = 0, 2
    for ch in reversed(str(body)):
        total += int(ch) * factor
        factor = 2 if factor == 7 else factor + 1
    dv = 11 - total % 11
    dv_s = {11: "0", 10: "K"}.get(dv, str(dv))
    dotted = f.r.random() < 0.6 if dotted is None else dotted
    return (f"{body:,}".replace(",", ".") if dotted else str(body)) + "-" + dv_s


def at_svnr(f: Fake) -> str:
    weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        serial = f"{f.r.randint(100, 999)}"
        birth = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(0, 99):02d}"
        digits = [int(c) for c in serial + "0" + birth]
        check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check < 10:
            raw = f"{serial}{check}{birth}"
            return raw if f.r.random() < 0.5 else f"{raw[:4]} {raw[4:]}"


def at_iban(f: Fake) -> str:
    bban = f.pick(["20111", "12000", "32000", "14000", "60000"]) + f.digits(11)
    numeric = "".join(str(int(c, 36)) for c in bban + "AT00")
    raw = f"AT{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban(f: Fake) -> str:
    return at_iban(f) if f.r.random() < 0.5 else f.iban(f.pick(["DE", "GB", "NL", "FR"]))


def passport(f: Fake) -> str:
    return f.pick(
        [
            lambda: "P" + f.digits(7),
            lambda: f.pick(["TK", "TZ", "MU", "TR"]) + f.digits(7),
            lambda: "PA" + f.digits(7),
            lambda: f.digits(9),
            lambda: "M" + f.digits(8),
            lambda: "F" + f.digits(8),
            lambda: "E" + f.digits(8),
        ]
    )()


def wtp(f: Fake) -> str:
    h = f.hexid(16).upper()
    return f"{h[:8]}-{h[8:11]}-{h[11:14]}"


def keycard_no(f: Fake) -> str:
    return f"01-{f.digits(4)} {f.digits(4)} {f.digits(4)} {f.digits(4)}-{f.r.randint(0, 9)}"


def photo_url(f: Fake) -> str:
    return f"https://media.powderline.example/passholders/{f.uuid()}/portrait.jpg?v={f.r.randint(1, 9)}"


def geo_near(f: Fake, spread=0.03):
    lat, lon = getattr(f, "resort_geo", None) or f.pick(list(RESORT_GEO.values()))
    return round(lat + f.r.uniform(-spread, spread), 6), round(lon + f.r.uniform(-spread, spread), 6)


def glat(f: Fake) -> float:
    """A latitude near a resort; the longitude rendered next (glon) belongs to the same point."""
    point = geo_near(f)
    f.pending_lon = point[1]  # type: ignore[attr-defined]
    return point[0]


def glon(f: Fake) -> float:
    lon = getattr(f, "pending_lon", None)
    f.pending_lon = None  # type: ignore[attr-defined]
    return lon if lon is not None else geo_near(f)[1]


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def money(f: Fake, lo=5, hi=900) -> float:
    return round(f.r.uniform(lo, hi), 2)


def yen(f: Fake) -> int:
    return f.r.randint(10, 400) * 100


def clp(f: Fake) -> int:
    return f.r.randint(20, 900) * 1000


def plate(f: Fake) -> str:
    n = f.r.randint
    kana = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
    return f.pick(
        [
            lambda: (
                f"{f.pick(['I', 'IL', 'KB', 'S', 'W', 'SL'])}-{n(1, 999)} {f.pick(['AB', 'KX', 'TR', 'ZM'])}"
            ),
            lambda: (
                f.pick(["札幌", "長野", "松本", "品川"])
                + f" {n(300, 599)} {f.pick(kana)} {n(10, 99)}-{n(10, 99)}"
            ),
            lambda: f"{''.join(f.pick('BCDFGHJKLPRSTVWXYZ') for _ in range(4))}-{n(10, 99)}",
            lambda: f"{n(1, 9)}{''.join(f.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{n(100, 999)}",
        ]
    )()


def iso_date(f: Fake, year=2025) -> str:
    return f"{year}-{f.pick([1, 2, 3, 7, 8, 12]):02d}-{f.r.randint(1, 28):02d}"


def sha256(f: Fake) -> str:
    return hashlib.sha256(f.hexid(32).encode()).hexdigest()


def masked_phone(f: Fake) -> str:
    return f.pick(
        [f"+43 *** ***{f.digits(2)}", f"+81 ** **** **{f.digits(2)}", f"+56 9 **** **{f.digits(2)}"]
    )


def jwt(f: Fake) -> str:
    return f.jwt()


# -- contexts of the client libraries ---------------------------------------------------------------

LOCALES = ["de-AT", "ja-JP", "es-CL", "en-AU", "en-US", "en-GB", "ko-KR", "zh-Hant-HK", "en-SG", "pt-BR"]
TIMEZONES = [
    "Europe/Vienna",
    "Asia/Tokyo",
    "America/Santiago",
    "Australia/Sydney",
    "Asia/Singapore",
    "Asia/Seoul",
    "America/Denver",
    "Europe/London",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0",
]
WEB_PAGES = [
    ("/", "Powderline | Ski Austria, Japan & Chile"),
    ("/de/tickets/arlberg", "Skipässe Arlberg | Powderline"),
    ("/ja/niseko/lift-tickets", "ニセコ リフト券 | Powderline"),
    ("/es/valle-nevado/pases", "Pases Valle Nevado | Powderline"),
    ("/en/ski-school/kids", "Kids Ski School | Powderline"),
    ("/en/rental", "Ski & Board Rental | Powderline"),
    ("/en/checkout", "Checkout | Powderline"),
    ("/en/lodging/hirafu", "Lodging in Hirafu | Powderline"),
]


def web_ctx(f: Fake):
    path, title = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.google.co.jp/",
                        "https://l.instagram.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=newsletter&utm_medium=email",
                        "?lang=de",
                        "?resort=JP-NIS&date=2025-02-11",
                    ]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://www.powderline.example" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "8", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["early_bird_2025", "niseko_powder_week", "temporada_2025"])),
            "source": G(lambda f: f.pick(["google", "newsletter", "instagram", "facebook"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(lambda f: f.pick(["niseko lift ticket", "skipass arlberg", "valle nevado pase"])),
            "content": G(lambda f: f.pick(["hero_banner", "text_link", "carousel_3"])),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Powderline"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.powderline.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(idfa, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "18.0"]))},
        "screen": {
            "height": G(lambda f: f.pick([852, 932, 844])),
            "width": G(lambda f: f.pick([393, 430, 390])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "userId": G(lambda f: "pl_" + f.digits(8))},
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "name": G(lambda f: "Powderline"),
            "namespace": G(lambda f: "com.powderline.android"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201117TG", "SH-53C"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "spes", "SH-53C"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["A1", "Magenta", "NTT DOCOMO", "au", "Entel", "Movistar", "SoftBank"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: 2340),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SH-53C Build/S7010)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "build": G(lambda f: f.pick(["310", "312"])),
            "name": G(lambda f: "Powderline Family"),
            "namespace": G(lambda f: "com.powderline.family"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"height": G(lambda f: f.pick([844, 915])), "width": G(lambda f: f.pick([390, 412]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {"phone": Y(phone, "phone"), "name": Y(full_name, "name")},
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "build": G(lambda f: f.pick(["88", "91"])),
            "name": G(lambda f: "Powderline Tracks"),
            "namespace": G(lambda f: "com.powderline.tracks"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-G991B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.5", "1.1.7"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"height": G(lambda f: f.pick([932, 2400])), "width": G(lambda f: f.pick([430, 1080]))},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "location": {
            "latitude": Y(glat, "geolocation"),
            "longitude": Y(glon, "geolocation"),
            "altitude": G(lambda f: round(f.r.uniform(800, 3100), 1)),
            "accuracy": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "speed": G(lambda f: round(f.r.uniform(0, 22), 2)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_ctx(name: str):
    lib, versions = SERVER_LIBS[name]

    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}}
        if name in ("python", "ruby", "php", "dotnet", "node"):
            c["ip"] = Y(ip, "ip")
        if name in ("node", "php"):
            c["userAgent"] = G(lambda f: f.pick(UAS))
            c["locale"] = G(lambda f: f.pick(LOCALES))
        if name == "node":
            c["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if name == "python":
            c["traits"] = {"email": Y(email, "email"), "userId": G(lambda f: "pl_" + f.digits(8))}
        if name == "java":
            c["groupId"] = G(lambda f: f.pick(RESORT_IDS))
        if name == "dotnet":
            c["timezone"] = G(lambda f: f.pick(TIMEZONES))
        return c

    return ctx


CONTEXTS = {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
CONTEXTS.update({name: server_ctx(name) for name in SERVER_LIBS})
MOBILE = ["swift", "kotlin"]
APPS = ["web", "swift", "kotlin"]


# -- free text --------------------------------------------------------------------------------------


def text_with_email(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Hi, please resend my pass confirmation to {e}",
            f"My booking email changed to {e}, can you update it?",
            f"Can you send the receipt to {e} please",
            f"メールアドレスを{e}に変更してください",
            f"Por favor envíen la boleta a {e}",
            f"Bitte die Rechnung an {e} schicken, danke!",
        ]
    )


def note_with_phone(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Guest asked to be called back on {p}",
            f"Rückruf erbeten: {p}",
            f"折り返し電話希望 {p}",
            f"Llamar al {p} antes de las 18h",
            f"Boots 26.5, customer reachable at {p}",
        ]
    )


def staff_note_with_name(f: Fake) -> str:
    n = full_name(f)
    return f.pick(
        [
            f"Called {n} re: lesson time change",
            f"{n} will pick up the kids at 15:30",
            f"Spoke with {n}, refund approved",
            f"{n} ruft morgen wegen der Stornierung an",
            f"{n} llegará tarde a la clase",
        ]
    )


def patrol_narrative(f: Fake) -> str:
    run = f.pick(RUNS)
    return f.pick(
        [
            f"Guest fell below the {run} lip, pain in left knee, splinted and sledded to clinic.",
            f"Collision with snowboarder on {run}; suspected wrist fracture, vacuum splint applied.",
            f"Tree-well immersion near {run}, hypothermic, warmed and transported.",
            f"Sturz auf der {run}, Verdacht auf Schulterluxation, Abtransport mit Akja.",
            f"{run}コースで転倒、頭部打撲、意識清明、救護所へ搬送。",
            f"Caída en {run}, dolor lumbar, se inmovilizó y trasladó a la clínica.",
        ]
    )


GREEN_REVIEWS = [
    "Super geduldig mit den Kindern!",
    "とても分かりやすかった",
    "Excelente clase, volveremos",
    "Great progress on parallel turns",
    "Powder day of my life",
    "Lift lines were long on Saturday",
    "Rental boots were comfy",
    "Muy buena nieve, mal estacionamiento",
]


# -- events -----------------------------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(PRODUCTS)[0]),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "brand": G(lambda f: "Powderline"),
        "variant": G(lambda f: f.pick(["adult", "youth", "child", "senior"])),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: f"https://www.powderline.example/p/{f.r.randint(1000, 9999)}"),
        "image_url": G(lambda f: f"https://media.powderline.example/products/{f.hexid(10)}.webp"),
    }


def cart_item():
    return {
        k: v
        for k, v in product_item().items()
        if k in ("product_id", "sku", "name", "price", "quantity", "variant")
    }


def address_block():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(
            lambda f: f.pick(["Top 4", "Depto 1203", "#12-304", "Apt 2B", "2F", "Stiege 2"]), "address|street"
        ),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "state": G(lambda f: f.pick(["Tirol", "Hokkaido", "RM", "NSW", "CO", "Wien"])),
        "country": G(lambda f: f.pick(["AT", "JP", "CL", "AU", "US", "SG", "KR", "DE"])),
    }


EVENTS = [
    # -- identify -------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["Tirol", "Salzburg", "Hokkaido", "Nagano", "RM", "NSW", "VIC"])),
                "country": G(lambda f: f.pick(["Austria", "Japan", "Chile", "Australia", "Singapore"])),
            },
            "avatar": Y(lambda f: f"https://media.powderline.example/avatars/{f.hexid(12)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "homeResort": G(lambda f: f.pick(RESORTS)),
            "skillLevel": G(lambda f: f.pick(["beginner", "intermediate", "advanced", "expert"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "loyaltyNumber": G(lambda f: "PL" + f.digits(9)),
            "loyaltyTier": G(lambda f: f.pick(["Bronze", "Silver", "Gold", "Black Diamond"])),
            "age": G(lambda f: f.r.randint(18, 74)),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "firstName": Y(first, "name"),
            "email": Y(email, "email"),
            "familySize": G(lambda f: f.r.randint(2, 6)),
            "familyMembers": Many(
                {
                    "memberId": G(lambda f: "fm_" + f.hexid(10)),
                    "firstName": Y(first, "name"),
                    "birthYear": Y(lambda f: f.r.randint(2008, 2021), "birthdate"),
                    "age": G(lambda f: f.r.randint(3, 17)),
                    "relation": G(lambda f: f.pick(["child", "partner", "grandparent"])),
                    "heightCm": G(lambda f: f.r.randint(95, 185)),
                    "weightKg": G(lambda f: f.r.randint(14, 80)),
                    "abilityLevel": G(
                        lambda f: f.pick(["first_timer", "snowplough", "parallel", "off_piste"])
                    ),
                },
                4,
            ),
            "emergencyContact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relation": G(lambda f: f.pick(["grandmother", "neighbour", "uncle", "friend"])),
            },
            "childrenCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_E164": Y(lambda f: phone(f).replace(" ", "").replace("-", ""), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HOME_COUNTRY": G(lambda f: f.pick(["AT", "JP", "CL", "AU", "SG", "KR", "US"])),
            "LTV_EUR": G(lambda f: money(f, 40, 12000)),
            "LAST_VISIT_DATE": G(lambda f: iso_date(f, 2024)),
            "LOYALTY_TIER": G(lambda f: f.pick(["BRONZE", "SILVER", "GOLD"])),
            "IS_PASSHOLDER": G(lambda f: f.pick([True, False])),
            "PREFERRED_RESORT": G(lambda f: f.pick(RESORT_IDS)),
            "MARKETING_CONSENT": G(lambda f: f.pick(["granted", "denied", "unknown"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "会員番号": G(lambda f: f.digits(10)),
            "氏名": Y(kanji_name, "name"),
            "フリガナ": Y(kana_name, "name"),
            "メールアドレス": Y(email, "email"),
            "電話番号": Y(lambda f: phone(f, "JP"), "phone"),
            "郵便番号": Y(lambda f: f"{f.r.randint(1, 999):03d}-{f.r.randint(0, 9999):04d}", "zipcode"),
            "都道府県": G(lambda f: f.pick(["北海道", "長野県", "東京都", "大阪府", "神奈川県"])),
            "住所": Y(jp_address, "address"),
            "生年月日": Y(dob_jp, "birthdate"),
            "性別": Y(lambda f: f.pick(["男性", "女性", "回答しない"]), "gender"),
            "会員ランク": G(lambda f: f.pick(["レギュラー", "シルバー", "ゴールド"])),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "nombre": Y(lambda f: f.pick(CL_FIRST), "name"),
            "apellido_paterno": Y(lambda f: f.pick(CL_LAST), "name"),
            "apellido_materno": Y(lambda f: f.pick(CL_LAST), "name"),
            "rut": RED(rut, "national id"),
            "correo": Y(email, "email"),
            "celular": Y(lambda f: phone(f, "CL"), "phone"),
            "direccion": Y(cl_street, "address|street"),
            "comuna": Y(comuna, "city"),
            "region": G(lambda f: f.pick(["Metropolitana", "Valparaíso", "Biobío", "Ñuble"])),
            "fecha_nacimiento": Y(dob, "birthdate"),
            "acepta_marketing": G(lambda f: f.pick([True, False])),
            "centro_favorito": G(
                lambda f: f.pick(["Valle Nevado", "La Parva", "Portillo", "Nevados de Chillán"])
            ),
            "nivel": G(lambda f: f.pick(["principiante", "intermedio", "avanzado"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Kundennummer": G(lambda f: "K" + f.digits(7)),
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "Titel": G(lambda f: f.pick(["", "Dr.", "Mag.", "DI", "BSc"])),
            "Vorname": Y(lambda f: f.pick(AT_FIRST), "name"),
            "Nachname": Y(lambda f: f.pick(AT_LAST), "name"),
            "E-Mail": Y(email, "email"),
            "Telefon": Y(lambda f: phone(f, f.pick(["AT", "DE"])), "phone"),
            "Strasse": Y(at_street, "address|street"),
            "PLZ": Y(lambda f: str(f.r.randint(1010, 9992)), "zipcode"),
            "Ort": Y(
                lambda f: f.pick(["Wien", "Graz", "Innsbruck", "Salzburg", "Linz", "Kufstein", "Landeck"]),
                "city",
            ),
            "Land": G(lambda f: f.pick(["Österreich", "Deutschland", "Schweiz"])),
            "Geburtsdatum": Y(dob_de, "birthdate"),
            "NewsletterAbo": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- group / alias / page / screen ------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "SC Arlberg",
                        "Skiclub Kitzbühel",
                        "Niseko Ski Club",
                        "Club Andino Valle Nevado",
                        "Sydney Uni Snow Sports",
                        "Tokyo Ski Circle",
                    ]
                )
            ),
            "club_type": G(lambda f: f.pick(["ski_club", "school", "corporate", "university"])),
            "member_count": G(lambda f: f.r.randint(8, 400)),
            "office_email": G(
                lambda f: f.pick(
                    [
                        "office@sc-arlberg.example",
                        "info@nisekoskiclub.example",
                        "contacto@clubandino.example",
                        "bookings@susnow.example",
                    ]
                )
            ),
            "office_phone": G(
                lambda f: f.pick(["+43 5446 3010", "+81 136-21-5050", "+56 2 2211 7700", "+61 2 9351 2222"])
            ),
            "club_address": G(
                lambda f: f.pick(
                    [
                        "Kirchgasse 3, 6580 St. Anton",
                        "Hirafu 188-4, Kutchan",
                        "Av. Las Condes 11000, Santiago",
                    ]
                )
            ),
            "contact_person": Y(full_name, "name"),
            "contact_person_mobile": Y(phone, "phone"),
            "plan": G(lambda f: f.pick(["group_10", "group_25", "club_season"])),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None),
    (
        "page",
        "Resort",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/de/arlberg", "/ja/niseko", "/es/valle-nevado", "/en/hakuba"])),
            "url": G(
                lambda f: "https://www.powderline.example/" + f.pick(["de/arlberg", "ja/niseko", "en/hakuba"])
            ),
            "title": G(
                lambda f: f.pick(["Arlberg | Powderline", "ニセコ | Powderline", "Hakuba | Powderline"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.skiresort.info/"])),
            "search": G(lambda f: f.pick(["", "?utm_campaign=early_bird_2025", "?lang=en"])),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
        },
    ),
    (
        "screen",
        "Pass Wallet",
        ["swift", "kotlin", "rn"],
        {
            "tab": G(lambda f: f.pick(["active", "upcoming", "history"])),
            "passes_count": G(lambda f: f.r.randint(0, 5)),
            "from_notification": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- lift passes -------------------------------------------------------------------------------
    (
        "track",
        "Lift Pass Purchased",
        APPS,
        {
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "pass_type": G(lambda f: f.pick(["1_day", "3_day", "6_day", "season", "points_card"])),
            "sku": G(lambda f: f.pick(PRODUCTS[:5])[0]),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "valid_from": G(lambda f: iso_date(f)),
            "days": G(lambda f: f.pick([1, 3, 5, 6, 7])),
            "price": G(lambda f: f.pick(PRODUCTS[:5])[3]),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
            "holder": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "birth_date": Y(dob, "birthdate"),
                "photo_url": Y(photo_url, "photo"),
                "photo_id": G(lambda f: f.uuid()),
                "age_category": G(lambda f: f.pick(["adult", "youth", "child", "senior"])),
            },
            "keycard": {
                "wtp_number": G(wtp),
                "chip_uid": G(lambda f: f.hexid(14).upper()),
                "reused": G(lambda f: f.pick([True, False])),
            },
            "insurance_added": G(lambda f: f.pick([True, False])),
            "delivery": G(lambda f: f.pick(["pickup_machine", "reload", "post"])),
        },
    ),
    (
        "track",
        "Lift Gate Scanned",
        ["go"],
        {
            "gate_id": G(lambda f: f"G{f.r.randint(1, 60):03d}"),
            "lift_name": G(lambda f: f.pick(LIFTS)),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "scanned_at": G(lambda f: f.epoch_ms()),
            "pass_number": G(keycard_no),
            "result": G(lambda f: f.pick(["valid", "valid", "valid", "blocked", "expired", "wrong_zone"])),
            "photo_check": G(lambda f: f.pick(["match", "mismatch", "not_required"])),
            "holder_photo_url": Y(photo_url, "photo"),
        },
    ),
    # -- on-mountain tracking ----------------------------------------------------------------------
    (
        "track",
        "Run Completed",
        ["flutter"],
        {
            "run_id": G(lambda f: f.uuid()),
            "run_name": G(lambda f: f.pick(RUNS)),
            "lift_name": G(lambda f: f.pick(LIFTS)),
            "vertical_m": G(lambda f: f.r.randint(120, 1400)),
            "distance_m": G(lambda f: f.r.randint(400, 9000)),
            "max_speed_kmh": G(lambda f: round(f.r.uniform(20, 110), 1)),
            "started_at": G(lambda f: f.iso()),
            "start": {"lat": Y(glat, "geolocation"), "lng": Y(glon, "geolocation")},
            "end": {"lat": Y(glat, "geolocation"), "lng": Y(glon, "geolocation")},
            "track": Many(
                {
                    "lat": Y(glat, "geolocation"),
                    "lng": Y(glon, "geolocation"),
                    "alt": G(lambda f: round(f.r.uniform(800, 3100), 1)),
                    "t": G(lambda f: f.r.randint(0, 1500)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Friend Location Shared",
        ["flutter", "swift"],
        {
            "friend_user_id": G(lambda f: "pl_" + f.digits(8)),
            "friend_name": Y(full_name, "name"),
            "latitude": Y(glat, "geolocation"),
            "longitude": Y(glon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "share_duration_min": G(lambda f: f.pick([30, 60, 240])),
        },
    ),
    (
        "track",
        "Directions Requested",
        ["swift", "kotlin"],
        {
            "origin": {"lat": Y(glat, "geolocation"), "lng": Y(glon, "geolocation")},
            "destination": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Galzig Talstation",
                            "Hirafu Welcome Center",
                            "Base Valle Nevado",
                            "Kinderland Nasserein",
                            "Happo Bus Terminal",
                        ]
                    )
                ),
                "lat": G(lambda f: f.resort_geo[0]),
                "lng": G(lambda f: f.resort_geo[1]),
            },
            "places_session_token": G(lambda f: f.uuid()),
        },
    ),
    # -- skier profiles, lessons, rental ------------------------------------------------------------
    (
        "track",
        "Skier Profile Updated",
        ["rn"],
        {
            "skier_id": G(lambda f: "sk_" + f.hexid(10)),
            "skier": {
                "first_name": Y(first, "name"),
                "birth_date": Y(child_dob, "birthdate"),
                "age": G(lambda f: f.r.randint(3, 17)),
                "height_cm": G(lambda f: f.r.randint(95, 185)),
                "weight_kg": G(lambda f: f.r.randint(14, 80)),
                "boot_sole_length_mm": G(lambda f: f.r.randint(235, 325)),
                "skier_type": G(lambda f: f.pick(["-1", "1", "2", "3"])),
                "din_setting": G(lambda f: f.pick([2.5, 3.0, 3.5, 4.5, 5.5, 6.0, 7.0])),
            },
            "relation": G(lambda f: f.pick(["child", "self", "partner"])),
        },
    ),
    (
        "track",
        "Lesson Booked",
        ["web", "rn"],
        {
            "booking_id": G(lambda f: "SS-" + f.digits(7)),
            "lesson_type": G(lambda f: f.pick(["private", "group", "kids_club", "freeride"])),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "meeting_point": G(
                lambda f: f.pick(
                    [
                        "Galzig Talstation",
                        "Kinderland Nasserein",
                        "Hirafu Welcome Center",
                        "Escuela de Ski Base",
                    ]
                )
            ),
            "start_time": G(lambda f: f.iso()),
            "instructor": {
                "id": G(lambda f: "INS-" + f.digits(4)),
                "name": Y(full_name, "name"),
                "certification": G(
                    lambda f: f.pick(
                        [
                            "Landesskilehrer",
                            "Staatlich geprüfter Skilehrer",
                            "SAJ Level 2",
                            "ISIA",
                            "CSIA Level 3",
                        ]
                    )
                ),
                "photo_url": Y(lambda f: f"https://media.powderline.example/staff/{f.hexid(8)}.jpg", "photo"),
            },
            "participants": Many(
                {
                    "first_name": Y(first, "name"),
                    "birth_date": Y(child_dob, "birthdate"),
                    "age": G(lambda f: f.r.randint(3, 15)),
                    "ability_level": G(lambda f: f.pick(["first_timer", "snowplough", "parallel"])),
                    "allergies": Y(
                        lambda f: f.pick(["none", "peanuts", "bee stings", "lactose", "Nüsse", "卵"]),
                        "allergy",
                    ),
                    "medical_notes": Y(
                        lambda f: f.pick(
                            [
                                "Asthma - inhaler in jacket pocket",
                                "Type 1 diabetes, carries glucose gel",
                                "ADHS, braucht klare Anweisungen",
                                "Epilepsie, Medikament morgens",
                                "喘息あり",
                                "Epilepsia controlada",
                            ]
                        ),
                        "condition",
                    ),
                },
                3,
            ),
            "emergency_contact": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "price": G(lambda f: money(f, 80, 900)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
        },
    ),
    (
        "track",
        "Adaptive Lesson Requested",
        ["web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "program": RED(
                lambda f: f.pick(["sit-ski", "bi-ski", "visually impaired guiding", "3-track", "4-track"]),
                "disability",
            ),
            "disability_type": RED(
                lambda f: f.pick(
                    [
                        "paraplegia",
                        "visual impairment",
                        "autism spectrum",
                        "below-knee amputation",
                        "cerebral palsy",
                    ]
                ),
                "disability",
            ),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "transfer_assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "participant_name": Y(full_name, "name"),
            "contact_email": Y(email, "email"),
            "preferred_date": G(lambda f: iso_date(f)),
            "own_equipment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Instructor Rated",
        MOBILE,
        {
            "lesson_id": G(lambda f: "SS-" + f.digits(7)),
            "instructor_id": G(lambda f: "INS-" + f.digits(4)),
            "instructor_first_name": Y(first, "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(lambda f: f.pick(GREEN_REVIEWS)),
            "would_book_again": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rental Reserved",
        ["web", "swift"],
        {
            "reservation_id": G(lambda f: "RN-" + f.digits(7)),
            "shop_id": G(lambda f: f"SHOP-{f.r.randint(1, 30):02d}"),
            "shop_name": G(
                lambda f: f.pick(
                    [
                        "Intersport Arlberg",
                        "Rhythm Niseko",
                        "Powderline Rental Hakuba",
                        "Rent a Ski Valle Nevado",
                    ]
                )
            ),
            "pickup_date": G(lambda f: iso_date(f)),
            "items": Many(
                {
                    "sku": G(lambda f: f.pick(PRODUCTS[8:11])[0]),
                    "model": G(
                        lambda f: f.pick(
                            [
                                "Atomic Redster X9S",
                                "Burton Custom 156",
                                "Head Kore 99",
                                "Rossignol Experience 80",
                            ]
                        )
                    ),
                    "length_cm": G(lambda f: f.pick([110, 140, 156, 163, 170, 177])),
                },
                3,
            ),
            "renter": {
                "first_name": Y(first, "name"),
                "height_cm": G(lambda f: f.r.randint(110, 198)),
                "weight_kg": G(lambda f: f.r.randint(20, 110)),
                "shoe_size_eu": G(lambda f: f.pick([31, 36, 38.5, 42, 44, 46])),
                "skier_type": G(lambda f: f.pick(["1", "2", "3"])),
                "age": G(lambda f: f.r.randint(6, 70)),
            },
            "total": G(lambda f: money(f, 20, 600)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
        },
    ),
    (
        "track",
        "rental-returned",
        ["php"],
        {
            "rental-id": G(lambda f: "RN-" + f.digits(7)),
            "shop-code": G(lambda f: f.pick(["ARL01", "NIS02", "HAK01", "VNE03"])),
            "ski-serial": G(lambda f: f.pick(["AA", "HD", "RS"]) + f.digits(8)),
            "boot-serial": G(lambda f: "BT" + f.digits(9)),
            "customer-name": Y(full_name, "name"),
            "customer-mobile": Y(phone, "phone"),
            "deposit-amount": G(lambda f: f.pick([100, 200, 20000])),
            "deposit-card-last4": G(lambda f: f.digits(4)),
            "damage-reported": G(lambda f: f.pick([True, False])),
            "damage-notes": G(
                lambda f: f.pick(
                    ["", "Kratzer am Belag", "edge dent near tip", "ビンディング緩み", "base gouge 3cm"]
                )
            ),
            "returned-at": G(lambda f: f.iso()),
        },
    ),
    # -- patrol, waivers, insurance -----------------------------------------------------------------
    (
        "track",
        "Patrol Incident Reported",
        ["java"],
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_no": G(lambda f: f"PAT-2025-{f.digits(5)}"),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "run_name": G(lambda f: f.pick(RUNS)),
            "reported_at": G(lambda f: f.iso()),
            "incident_type": G(
                lambda f: f.pick(["fall", "collision", "tree_well", "lift", "avalanche_burial"])
            ),
            "location": {"lat": Y(glat, "geolocation"), "lon": Y(glon, "geolocation")},
            "patient": {
                "name": Y(full_name, "name"),
                "date_of_birth": Y(dob, "birthdate"),
                "age": G(lambda f: f.r.randint(5, 80)),
                "sex": Y(lambda f: f.pick(["M", "F"]), "sex"),
                "nationality": Y(
                    lambda f: f.pick(["AT", "JP", "CL", "AU", "DE", "SG", "KR", "GB"]), "citizenship"
                ),
                "phone": Y(phone, "phone"),
                "insurer": G(
                    lambda f: f.pick(["ÖGK", "Allianz Travel", "Tokio Marine", "Sura", "World Nomads"])
                ),
                "policy_number": Y(lambda f: f.pick(["AZT", "WN", "TM"]) + f.digits(9), "identification"),
                "e_card_number": RED(at_svnr, "health id"),
            },
            "injury": {
                "type": Y(
                    lambda f: f.pick(
                        [
                            "suspected ACL tear",
                            "distal radius fracture",
                            "concussion",
                            "shoulder dislocation",
                            "Knieprellung",
                            "鎖骨骨折",
                        ]
                    ),
                    "diagnosis",
                ),
                "body_part": Y(
                    lambda f: f.pick(["left knee", "right wrist", "head", "shoulder", "lower back"]),
                    "condition|diagnosis",
                ),
                "severity": Y(lambda f: f.pick(["minor", "moderate", "serious"]), "condition"),
                "treatment": Y(
                    lambda f: f.pick(
                        ["vacuum splint", "cervical collar", "Akja transport", "oxygen", "none"]
                    ),
                    "procedure",
                ),
                "helmet_worn": G(lambda f: f.pick([True, False])),
            },
            "transported_to": G(
                lambda f: f.pick(
                    ["Krankenhaus Zams", "Kutchan Kosei Hospital", "Clínica Alemana", "Hakuba clinic", "self"]
                )
            ),
            "patroller": {
                "id": G(lambda f: "PTR-" + f.digits(3)),
                "name": Y(full_name, "name"),
            },
            "witness": {"name": Y(full_name, "name")},
            "narrative": Y(patrol_narrative, "condition|diagnosis", True),
        },
    ),
    (
        "track",
        "Waiver Signed",
        ["web", "rn"],
        {
            "waiver_id": G(lambda f: f.uuid()),
            "waiver_version": G(lambda f: f.pick(["2024.3", "2025.1"])),
            "signer_name": Y(full_name, "name"),
            "signer_email": Y(email, "email"),
            "signed_at": G(lambda f: f.iso()),
            "document_sha256": G(sha256),
            "participant": {
                "first_name": Y(first, "name"),
                "birth_date": Y(dob, "birthdate"),
            },
            "medical_conditions_declared": Y(lambda f: f.pick([True, False]), "condition"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "ip_address": Y(ip, "ip"),
            "accepted": G(lambda f: True),
            "guardian_signed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ski Insurance Added",
        ["web"],
        {
            "policy_number": Y(lambda f: f.pick(["ERV-", "TMN-", "SURA-"]) + f.digits(8), "identification"),
            "insurer": G(lambda f: f.pick(["Europäische Reiseversicherung", "Tokio Marine", "Sura"])),
            "plan": G(lambda f: f.pick(["day", "season", "family_season"])),
            "premium": G(lambda f: money(f, 3, 120)),
            "coverage_days": G(lambda f: f.pick([1, 6, 120])),
            "insured_persons": Many({"name": Y(full_name, "name"), "birth_date": Y(dob, "birthdate")}, 4),
        },
    ),
    (
        "track",
        "Insurance Claim Submitted",
        ["python"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "policy_number": Y(lambda f: f.pick(["ERV-", "TMN-", "SURA-"]) + f.digits(8), "identification"),
            "incident_id": G(lambda f: f.uuid()),
            "amount_claimed": G(lambda f: money(f, 50, 8000)),
            "iban": RED(iban, "bank account"),
            "account_holder": Y(full_name, "name"),
            "diagnosis_code": Y(lambda f: f.pick(["S83.5", "S52.5", "S06.0", "S43.0", "T68"]), "diagnosis"),
            "medical_report_file_id": G(lambda f: f.uuid()),
            "treating_hospital": G(
                lambda f: f.pick(["Krankenhaus Zams", "Kutchan Kosei Hospital", "Clínica Alemana"])
            ),
        },
    ),
]

EVENTS += [
    # -- lodging and transport ----------------------------------------------------------------------
    (
        "track",
        "Lodging Searched",
        ["web", "swift"],
        {
            "destination": G(lambda f: f.pick(RESORTS)),
            "check_in": G(lambda f: iso_date(f)),
            "check_out": G(lambda f: iso_date(f)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "children_ages": Many(G(lambda f: f.r.randint(2, 16)), 3),
            "query": G(
                lambda f: f.pick(
                    [
                        "hirafu ski in ski out",
                        "onsen 2 beds",
                        "St. Anton Chalet Sauna",
                        "valle nevado departamento",
                        "白馬 温泉 ファミリー",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Hotel Viewed",
        ["web", "swift", "kotlin"],
        {
            "hotel": {
                "id": G(lambda f: f.pick(HOTELS)[0]),
                "name": G(lambda f: f.pick(HOTELS)[1]),
                "address": G(lambda f: f.pick(HOTELS)[2]),
                "phone": G(lambda f: f.pick(HOTELS)[3]),
                "latitude": G(lambda f: f.pick(HOTELS)[4]),
                "longitude": G(lambda f: f.pick(HOTELS)[5]),
            },
            "price_per_night": G(lambda f: money(f, 90, 900)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
        },
    ),
    (
        "track",
        "Lodging Booked",
        ["node"],
        {
            "booking_id": G(lambda f: "LD-" + f.digits(8)),
            "confirmation_code": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "hotel_id": G(lambda f: f.pick(HOTELS)[0]),
            "hotel_name": G(lambda f: f.pick(HOTELS)[1]),
            "check_in": G(lambda f: iso_date(f)),
            "check_out": G(lambda f: iso_date(f)),
            "guests": Many(
                {
                    "first_name": Y(first, "name"),
                    "is_child": G(lambda f: f.pick([True, False])),
                    "age": G(lambda f: f.r.randint(1, 80)),
                },
                4,
            ),
            "lead_guest": {
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "country": G(lambda f: f.pick(["AT", "JP", "CL", "AU", "SG", "HK", "US"])),
            },
            "special_requests": G(
                lambda f: f.pick(
                    [
                        "high floor please",
                        "twin beds",
                        "late check-in around 23:00",
                        "禁煙ルーム希望",
                        "cuna para bebé",
                        "",
                    ]
                )
            ),
            "halal_meal_required": Y(lambda f: f.pick([True, False]), "religion"),
            "loyalty_number": G(lambda f: "PL" + f.digits(9)),
            "billing_address": address_block(),
            "total": G(lambda f: money(f, 200, 9000)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
        },
    ),
    (
        "track",
        "Hotel Check-in Completed",
        ["java"],
        {
            "reservation_no": G(lambda f: f.digits(9)),
            "hotel_id": G(lambda f: f.pick(HOTELS[2:4])[0]),
            "room_no": G(lambda f: str(f.r.randint(101, 812))),
            "guest_name": Y(full_name, "name"),
            "nationality": Y(
                lambda f: f.pick(["Australia", "Singapore", "Hong Kong", "Korea", "USA", "Thailand"]),
                "citizenship",
            ),
            "passport_no": RED(passport, "passport"),
            "address_abroad": Y(full_address, "address"),
            "occupation": G(
                lambda f: f.pick(["engineer", "teacher", "student", "nurse", "retired", "会社員"])
            ),
            "date_of_birth": Y(dob, "birthdate"),
            "passport_scanned": G(lambda f: f.pick([True, False])),
            "checked_in_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Shuttle Booked",
        ["ruby"],
        {
            "shuttle_booking_id": G(lambda f: "SH-" + f.digits(6)),
            "route": G(
                lambda f: f.pick(["CTS → Hirafu", "INN → St. Anton", "SCL → Valle Nevado", "HND → Hakuba"])
            ),
            "pickup": {
                "location": G(lambda f: f.pick(AIRPORTS)),
                "time": G(lambda f: f.iso()),
            },
            "dropoff": {
                "hotel_name": G(lambda f: f.pick(HOTELS)[1]),
                "address": G(lambda f: f.pick(HOTELS)[2]),
            },
            "passenger": {
                "name": Y(full_name, "name"),
                "mobile": Y(phone, "phone"),
                "whatsapp": G(lambda f: f.pick([True, False])),
            },
            "passengers": G(lambda f: f.r.randint(1, 8)),
            "ski_bags": G(lambda f: f.r.randint(0, 6)),
            "flight_number": G(lambda f: f.pick(["NH 61", "JL 503", "OS 901", "LA 330", "QF 25", "CX 582"])),
            "frequent_flyer_no": G(lambda f: f.digits(10)),
            "driver_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Parking Reserved",
        ["web", "kotlin"],
        {
            "parking_id": G(lambda f: "PK-" + f.digits(6)),
            "lot": G(
                lambda f: f.pick(["P1 Nasserein", "P3 Galzig", "Hirafu Lot B", "Estacionamiento Sector 2"])
            ),
            "license_plate": Y(plate, "license"),
            "vehicle_make": G(lambda f: f.pick(["VW", "Toyota", "Subaru", "Hyundai", "Skoda"])),
            "arrival_date": G(lambda f: iso_date(f)),
            "ev_charging": G(lambda f: f.pick([True, False])),
            "price": G(lambda f: money(f, 5, 40)),
        },
    ),
    # -- e-commerce spec ----------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "niseko 5 day",
                        "saisonkarte",
                        "kids club",
                        "helmet rental",
                        "pase temporada",
                        "リフト券",
                    ]
                )
            )
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin"],
        {
            "category": G(lambda f: f.pick(["Lift Pass", "Ski School", "Rental", "Lodging"])),
            "products": Many(product_item(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            **{k: v for k, v in product_item().items() if k not in ("quantity", "position")},
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
            "value": G(lambda f: f.pick(PRODUCTS)[3]),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **cart_item(),
            "holder_first_name": Y(first, "name"),
        },
    ),
    (
        "track",
        "Cart Viewed",
        ["web", "swift"],
        {"cart_id": G(lambda f: f.uuid()), "products": Many(cart_item(), 4)},
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "value": G(lambda f: money(f, 40, 3000)),
            "revenue": G(lambda f: money(f, 40, 3000)),
            "tax": G(lambda f: money(f, 0, 300)),
            "discount": G(lambda f: money(f, 0, 120)),
            "coupon": G(lambda f: f.pick(["", "EARLYBIRD25", "FAMILY10"])),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
            "products": Many(product_item(), 4),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "shipping_method": G(lambda f: f.pick(["pickup_machine", "post", "hotel_delivery"])),
            "payment_method_type": G(
                lambda f: f.pick(["card", "paypal", "eps", "paypay", "webpay", "apple_pay"])
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["4", "5", "35"]) + f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(full_name, "name"),
            "billing_postal_code": Y(postcode, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
            "three_ds_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 40, 3000)),
            "revenue": G(lambda f: money(f, 40, 3000)),
            "tax": G(lambda f: money(f, 0, 300)),
            "discount": G(lambda f: money(f, 0, 120)),
            "coupon": G(lambda f: f.pick(["", "EARLYBIRD25", "FAMILY10"])),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
            "invoice_number": G(lambda f: f"RE-2025-{f.digits(6)}"),
            "customer_email": Y(email, "email"),
            "products": Many(product_item(), 4),
            "billing_address": address_block(),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        {
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "total": G(lambda f: money(f, 40, 3000)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
            "reason": G(lambda f: f.pick(["resort_closed_wind", "injury", "duplicate", "changed_plans"])),
        },
    ),
    (
        "track",
        "Product Reviewed",
        ["web", "swift"],
        {
            "product_id": G(lambda f: f.digits(6)),
            "review_body": G(lambda f: f.pick(GREEN_REVIEWS)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
        },
    ),
    (
        "track",
        "Pass Gifted",
        ["web"],
        {
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "sku": G(lambda f: f.pick(PRODUCTS[:5])[0]),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Enjoy the powder!",
                        "Frohe Weihnachten!",
                        "¡Feliz cumpleaños!",
                        "お誕生日おめでとう！",  # noqa: RUF001
                        "See you on the slopes",
                    ]
                )
            ),
            "send_date": G(lambda f: iso_date(f, 2024)),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        ["swift", "kotlin"],
        {
            "gift_card_code": RED(lambda f: "-".join(f.hexid(4).upper() for _ in range(4)), "secret"),
            "amount": G(lambda f: f.pick([50, 100, 10000, 50000])),
            "balance_remaining": G(lambda f: money(f, 0, 200)),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "CLP"])),
        },
    ),
    # -- payments (vendor-shaped) ---------------------------------------------------------------
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "stripe_event_id": G(lambda f: "evt_" + f.hexid(24)),
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "client_secret": RED(lambda f: "pi_" + f.hexid(24) + "_secret_" + f.hexid(25), "secret|token"),
            "amount": G(lambda f: f.r.randint(500, 500000)),
            "currency": G(lambda f: f.pick(["eur", "jpy", "clp"])),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "charge": {
                "id": G(lambda f: "ch_" + f.hexid(24)),
                "receipt_email": Y(email, "email"),
                "payment_method_details": {
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "jcb", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    }
                },
                "billing_details": {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "PL-" + f.digits(8)),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.digits(4)),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "card_number": RED(lambda f: f.card(), "credit card"),
        },
    ),
    (
        "track",
        "TicketOrderPlaced",
        ["dotnet"],
        {
            "OrderId": G(lambda f: f.uuid()),
            "CustomerId": G(lambda f: f.digits(7)),
            "CustomerEmail": Y(email, "email"),
            "CustomerFullName": Y(full_name, "name"),
            "BillingStreet": Y(street, "address|street"),
            "BillingCity": Y(city, "city"),
            "BillingPostalCode": Y(postcode, "zipcode"),
            "BillingCountry": G(lambda f: f.pick(["AT", "DE", "CH", "IT", "NL"])),
            "PaymentMethodToken": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "CardLast4": G(lambda f: f.digits(4)),
            "TotalAmount": G(lambda f: money(f, 40, 3000)),
            "Currency": G(lambda f: "EUR"),
            "PosTerminalId": G(lambda f: f"KASSA-{f.r.randint(1, 40):02d}"),
            "CashierName": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Saisonkarte Gekauft",
        ["dotnet"],
        {
            "Kartennummer": G(keycard_no),
            "Kartentyp": G(lambda f: f.pick(["Saisonkarte", "Jahreskarte", "Freizeitticket Tirol"])),
            "Vorname": Y(lambda f: f.pick(AT_FIRST), "name"),
            "Nachname": Y(lambda f: f.pick(AT_LAST), "name"),
            "Geburtsdatum": Y(dob_de, "birthdate"),
            "Foto": Y(photo_url, "photo"),
            "Hauptwohnsitz": Y(
                lambda f: f"{at_street(f)}, {f.r.randint(6020, 6691)} {f.pick(['Landeck', 'Zams', 'Imst'])}",
                "address",
            ),
            "Gemeinde": Y(
                lambda f: f.pick(["St. Anton am Arlberg", "Pettneu", "Flirsch", "Landeck", "Kitzbühel"]),
                "city",
            ),
            "Ausweisnummer": RED(lambda f: f.pick(["P", "I"]) + f.digits(7), "national id|passport"),
            "Ermaessigung": G(lambda f: f.pick(["Einheimische", "Jugend", "Senior", "keine"])),
            "Preis": G(lambda f: money(f, 300, 1100)),
        },
    ),
]

EVENTS += [
    # -- messaging, support, neutral keys ------------------------------------------------------------
    (
        "track",
        "SMS Received",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: phone(f).replace(" ", "").replace("-", ""), "phone", True),
            "To": G(lambda f: f.pick(["+4354469900", "+81136550000", "+56224777001"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "YES",
                        "STOP",
                        "What time does the Hirafu gondola open?",
                        "Is the shuttle running tomorrow?",
                        "¿Está abierto el Andes Express?",
                        "Danke!",
                    ]
                )
            ),
            "NumMedia": G(lambda f: f.pick(["0", "0", "1"])),
            "FromCountry": G(lambda f: f.pick(["AT", "JP", "CL", "AU", "SG"])),
        },
    ),
    (
        "track",
        "Email Message Sent",
        ["ruby"],
        {
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.powderline.example>"),
            "template": G(
                lambda f: f.pick(["order_confirmation", "lesson_reminder", "pass_ready", "powder_alert"])
            ),
            "to": Y(email, "email", True),
            "from": G(lambda f: "no-reply@powderline.example"),
            "reply_to": G(lambda f: f.pick(["support@powderline.example", "skischule@powderline.example"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your Arlberg pass is ready",
                        "レッスンのご案内",
                        "Tu pase está listo",
                        "Powder alert: 40cm overnight",
                    ]
                )
            ),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund for wind closure",
                        "Keycard not working",
                        "Change lesson time",
                        "Rechnung benötigt",
                        "返金について",
                    ]
                )
            ),
            "channel": G(lambda f: f.pick(["email", "chat", "phone", "whatsapp"])),
            "requester": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "locale": G(lambda f: f.pick(LOCALES)),
            },
            "tags": Many(G(lambda f: f.pick(["refund", "keycard", "ski_school", "lodging", "vip"])), 3),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.hexid(16)),
            "author_type": G(lambda f: "user"),
            "text": Y(text_with_email, "email", True),
            "attachment_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Agent Note Added",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "note": Y(note_with_phone, "phone", True),
            "internal": G(lambda f: True),
        },
    ),
    (
        "track",
        "CRM Activity Logged",
        ["python"],
        {
            "activity_id": G(lambda f: f.uuid()),
            "activity_type": G(lambda f: f.pick(["call", "email", "visit"])),
            "body": Y(staff_note_with_name, "name", True),
            "staff_id": G(lambda f: "ST" + f.digits(4)),
            "duration_min": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["node"],
        {
            "q": Y(lambda f: email(f) if f.r.random() < 0.6 else phone(f), "email|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_role": G(lambda f: f.pick(["front_desk", "ski_school_office", "call_center"])),
        },
    ),
    (
        "track",
        "Chatbot Contact Captured",
        ["web"],
        {
            "bot_id": G(lambda f: "bot_lodging"),
            "step": G(lambda f: f.pick(["ask_phone", "confirm_phone"])),
            "input": Y(phone, "phone", True),
            "turn": G(lambda f: f.r.randint(2, 9)),
        },
    ),
    (
        "track",
        "Family Member Selected",
        ["rn"],
        {
            "label": Y(first, "name", True),
            "index": G(lambda f: f.r.randint(0, 4)),
            "member_id": G(lambda f: "fm_" + f.hexid(10)),
            "context_screen": G(lambda f: f.pick(["lesson_booking", "rental", "pass_purchase"])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["footer", "powder_alert_modal"])),
            "field": {"name": G(lambda f: "email"), "value": Y(email, "email", True)},
            "consent": G(lambda f: True),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "topics": Many(G(lambda f: f.pick(["powder_alerts", "deals", "events"])), 3),
        },
    ),
    (
        "track",
        "Contact Method Added",
        MOBILE,
        {
            "contact": {
                "kind": G(lambda f: f.pick(["email", "phone"])),
                "value": Y(lambda f: email(f) if f.r.random() < 0.5 else phone(f), "email|phone", True),
            },
            "verified": G(lambda f: f.pick([True, False])),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- auth ---------------------------------------------------------------------------------------
    (
        "track",
        "Magic Link Opened",
        ["swift", "web"],
        {
            "link": RED(
                lambda f: f"https://app.powderline.example/auth/verify?token={f.hexid(40)}&src=email",
                "token",
                True,
            ),
            "link_age_s": G(lambda f: f.r.randint(5, 3600)),
            "email_domain": G(lambda f: f.pick(MAIL_DOMAINS)),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        ["kotlin", "swift"],
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_masked": G(masked_phone),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "breached_password_detected": G(lambda f: f.pick([True, False])),
            "method": G(lambda f: f.pick(["settings", "reset_link"])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "signup"),
            "form_values": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(["Powder2025!", "niseko#Love88", "Arlberg!1", "vallenevado2024"]),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
                "newsletter": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ["go"],
        {
            "endpoint": G(
                lambda f: f.pick(
                    ["https://pms.partner.example/hooks/powderline", "https://crm.example/in/skidata"]
                )
            ),
            "status_code": G(lambda f: f.pick([401, 500, 502, 504])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "request_headers": {
                "Authorization": RED(lambda f: "Bearer " + jwt(f), "token"),
                "X-Api-Key": RED(lambda f: f.secret(), "secret"),
                "Content-Type": G(lambda f: "application/json"),
                "User-Agent": G(lambda f: "powderline-hooks/1.4"),
            },
            "error": G(lambda f: f.pick(["timeout", "connection reset", "HTTP 401 Unauthorized"])),
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ["python"],
        {
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["early_bird_2025", "niseko_powder_week"])),
            "landing_page": G(lambda f: f.pick(["/ja/niseko/lift-tickets", "/de/tickets/arlberg"])),
            "conversion_value": G(lambda f: money(f, 40, 3000)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["kotlin", "swift"],
        {
            "referral_code": G(lambda f: "PWD-" + f.hexid(6).upper()),
            "referee_email": Y(email, "email"),
            "referee_name": Y(full_name, "name"),
            "channel": G(lambda f: f.pick(["email", "line", "whatsapp", "kakao"])),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        ["swift"],
        {
            "description": G(
                lambda f: f.pick(
                    [
                        "black Helly Hansen jacket",
                        "GoPro Hero 12 with red mount",
                        "Oakley goggles, orange lens",
                        "iPhone 15 blaue Hülle",
                        "guante izquierdo",
                    ]
                )
            ),
            "last_seen_lift": G(lambda f: f.pick(LIFTS)),
            "reporter_name": Y(full_name, "name"),
            "contact_phone": Y(phone, "phone"),
            "reported_at": G(lambda f: f.iso()),
        },
    ),
    # -- special categories ---------------------------------------------------------------------
    (
        "track",
        "Military Verification Completed",
        ["node"],
        {
            "verification_group": RED(
                lambda f: f.pick(["veteran", "active_duty", "military_family", "retiree"]), "veteran"
            ),
            "idme_uuid": G(lambda f: f.hexid(32)),
            "verified": G(lambda f: f.pick([True, False])),
            "discount_pct": G(lambda f: f.pick([10, 15, 20])),
            "status": G(lambda f: f.pick(["complete", "pending"])),
        },
    ),
    (
        "track",
        "Access Pass Requested",
        ["web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "mobility_aid": RED(
                lambda f: f.pick(["wheelchair", "crutches", "prosthesis", "guide dog"]), "disability"
            ),
            "companion_required": RED(lambda f: f.pick([True, False]), "disability"),
            "disability_card_number": RED(lambda f: f.digits(8), "disability|national id"),
            "proof_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Instructor Application Submitted",
        ["python"],
        {
            "application_id": G(lambda f: f.uuid()),
            "position": G(
                lambda f: f.pick(
                    ["Ski Instructor", "Snowboard Instructor", "Lift Operator", "Kids Club Carer"]
                )
            ),
            "resort_id": G(lambda f: f.pick(RESORT_IDS)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "nationality": Y(
                lambda f: f.pick(
                    ["Australian", "New Zealander", "British", "Austrian", "Chilean", "Japanese"]
                ),
                "citizenship",
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "working_holiday_visa": RED(lambda f: f.pick(["yes", "no", "applied"]), "visa"),
            "certification_level": G(
                lambda f: f.pick(["SAJ Level 1", "CSIA Level 2", "BASI Level 3", "Anwärter", "ISIA"])
            ),
            "languages": Many(G(lambda f: f.pick(["en", "ja", "de", "es", "zh"])), 3),
            "expected_hourly_rate": Y(lambda f: f.pick([22, 25, 28, 2500, 3000]), "salary"),
            "current_employer": G(
                lambda f: f.pick(["Perisher", "Thredbo", "Skischule Arlberg", "self-employed"])
            ),
        },
    ),
    (
        "track",
        "Trabajador Incorporado",
        ["node"],
        {
            "rut": RED(rut, "national id"),
            "nombre_completo": Y(lambda f: f"{f.pick(CL_FIRST)} {f.pick(CL_LAST)} {f.pick(CL_LAST)}", "name"),
            "cargo": G(
                lambda f: f.pick(["Instructor de Ski", "Operador de Andarivel", "Patrullero", "Cajero"])
            ),
            "centro": G(lambda f: f.pick(["Valle Nevado", "La Parva", "Portillo"])),
            "sueldo_base": Y(lambda f: f.r.randint(55, 180) * 10000, "salary"),
            "afp": G(lambda f: f.pick(["Habitat", "Provida", "Modelo", "Capital"])),
            "isapre": G(lambda f: f.pick(["FONASA", "Colmena", "Cruz Blanca", "Banmédica"])),
            "banco": G(lambda f: f.pick(["BancoEstado", "Banco de Chile", "Santander", "BCI"])),
            "numero_cuenta": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
            "afiliado_sindicato": Y(lambda f: f.pick([True, False]), "trade union"),
            "correo_personal": Y(email, "email"),
            "telefono": Y(lambda f: phone(f, "CL"), "phone"),
            "contacto_emergencia": {
                "nombre": Y(lambda f: f"{f.pick(CL_FIRST)} {f.pick(CL_LAST)}", "name"),
                "telefono": Y(lambda f: phone(f, "CL"), "phone"),
                "parentesco": G(lambda f: f.pick(["madre", "padre", "pareja", "hermano"])),
            },
        },
    ),
    # -- local-language backends ----------------------------------------------------------------
    (
        "track",
        "Compra Pase",
        ["php"],
        {
            "id_compra": G(lambda f: f.digits(9)),
            "tipo_pase": G(lambda f: f.pick(["diario", "3 días", "temporada", "medio día"])),
            "precio_clp": G(clp),
            "nombre_titular": Y(lambda f: f"{f.pick(CL_FIRST)} {f.pick(CL_LAST)}", "name"),
            "rut_titular": RED(rut, "national id"),
            "correo": Y(email, "email"),
            "celular": Y(lambda f: phone(f, "CL"), "phone"),
            "comuna": Y(comuna, "city"),
            "fecha_nacimiento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1960, 2010)}",
                "birthdate",
            ),
            "foto_url": Y(photo_url, "photo"),
            "boleta": G(lambda f: f.digits(7)),
            "medio_pago": G(lambda f: f.pick(["webpay", "mach", "transferencia", "onepay"])),
        },
    ),
    (
        "track",
        "Reservation Completed",
        ["php"],
        {
            "yoyaku_bango": G(lambda f: f"R{f.digits(8)}"),
            "shisetsu": G(lambda f: f.pick(["Powderline Lodge Hirafu", "Hakuba Echoland Chalet"])),
            "shimei": Y(kanji_name, "name"),
            "furigana": Y(kana_name, "name"),
            "denwa_bango": Y(lambda f: phone(f, "JP"), "phone"),
            "meru_adoresu": Y(email, "email"),
            "yubin_bango": Y(lambda f: f"{f.r.randint(1, 999):03d}-{f.r.randint(0, 9999):04d}", "zipcode"),
            "jusho": Y(jp_address, "address"),
            "seinengappi": Y(dob_jp, "birthdate"),
            "hokensho_bango": RED(lambda f: f"{f.digits(8)}", "health id"),
            "ninzu": G(lambda f: f.r.randint(1, 6)),
            "goukei_kingaku": G(yen),
            "biko": G(
                lambda f: f.pick(["チャイルドシート希望", "遅着予定", "禁煙ルーム", "", "スキー板持ち込み"])
            ),
        },
    ),
    (
        "track",
        "レッスン予約",
        ["php"],
        {
            "予約番号": G(lambda f: f"L{f.digits(8)}"),
            "受講者名": Y(kanji_name, "name"),
            "年齢": G(lambda f: f.r.randint(3, 70)),
            "身長": G(lambda f: f.r.randint(95, 190)),
            "体重": G(lambda f: f.r.randint(14, 95)),
            "レベル": G(lambda f: f.pick(["初心者", "初級", "中級", "上級"])),
            "保護者氏名": Y(lambda f: kanji_name(f, space=False), "name"),
            "緊急連絡先": Y(lambda f: phone(f, "JP"), "phone"),
            "アレルギー": Y(lambda f: f.pick(["なし", "卵", "小麦", "そば", "乳"]), "allergy"),
            "集合場所": G(lambda f: f.pick(["ひらふウェルカムセンター", "八方池山荘前", "名木山ゲレンデ"])),
            "料金": G(yen),
        },
    ),
]


def message(f: Fake, kind: str, name: str | None, client: str, body, labels: dict) -> dict:
    msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    f.resort_geo = f.pick(list(RESORT_GEO.values()))  # type: ignore[attr-defined]  # one resort per event
    if client in ("web", "swift", "kotlin", "rn", "flutter"):
        msg["anonymousId"] = f.uuid()
    if kind != "alias" and (client not in ("web",) or f.r.random() < 0.7):
        msg["userId"] = "pl_" + f.digits(8)
    if "userId" not in msg and "anonymousId" not in msg:
        msg["userId"] = "pl_" + f.digits(8)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "club_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = "pl_" + f.digits(8)
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    if client in ("web", "swift", "kotlin", "rn", "flutter"):
        msg["sentAt"] = msg["timestamp"]
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
    events, labels = build(seed=284, repeats=28)
    write(Path(__file__).parent, "holdout284_", events, labels)
