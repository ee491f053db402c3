"""Writes holdout201: tests/corpus/holdout201_events.jsonl and holdout201_labels.json.

Sealed: written from the brief, Segment's spec, the reference's default matcher table and the
corpus helpers (build.py, fake.py, build_holdout3.py for format) only, without reading the
detection engine, its vocabularies, its tests, the other corpora's labels or any score. Nothing
here was tuned to the engine; the corpus was not scored by its author.

Covers a ski resort and lift-pass company in Austria, Switzerland and Japan ("PeakPass", run by
Alpenglow Mountain Resorts): lift passes with a photo and an RFID keycard, gate scans, ski school
bookings for children and adults (levels, ages, allergies, medication, emergency contacts,
authorised pick-up adults, instructor reports), equipment rental (height, weight, Mondo boot size,
ISO 11088 skier type, DIN setting) from an English web shop, a German-keyed rental backend and a
.NET PascalCase point of sale, avalanche-beacon rental for guided off-piste tours, mountain rescue
incidents and billing, hotel packages (a Japanese hotel backend with romanised keys, a Japanese
member site with kana keys, a kebab-case booking widget), a warehouse reverse-ETL sync with
SCREAMING_SNAKE keys, e-commerce spec events, Stripe-, Twilio-, Meta CAPI-, SEPA- and Swiss
QR-bill-shaped payloads, seasonal staff hiring, parking, guest Wi-Fi and spa questionnaires.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter, and the
python, node, go, java, ruby, php and .NET server libraries, with their `context` blocks (ip,
traits, device, app, library, locale, userAgent, campaign, location, externalIds).

Conventions: each leaf path carries one label: classification (red / yellow / green), type (the
reference's default matcher name, or `bank account`, `geolocation`, `secret`, `national id`,
`health id`, `advertising id`, `credit card`, `ip`, `token`; `a|b` when either name is fair) and
value_only (the key does not say what the value is; only the value reveals it). Paths are flattened
as portal.events.flatten does (`properties.participants[].first_name`). Values are fake but
well-formed: Luhn-valid cards, mod-97 IBANs (AT, CH, DE), EAN-13-valid Swiss AHV numbers, Austrian
social-insurance numbers with their mod-11 check digit, Japanese My Number check digits, VINs with
their check digit, national phone formats for AT, CH, DE, JP, UK, US, AU, NL, SG, HK, KR, CN.

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- PII = personal data about a natural person (the user, a recipient, a contact, a dependant, a
  staff member, a traveller). Colour: the reference matcher's default; outside the reference,
  red for credentials/secrets, card numbers, bank accounts, government ids and health ids,
  yellow otherwise.
- Green: ids we issue (user, order, booking, session, device, keycard/WTP and wristband numbers,
  rental asset serials such as a rented avalanche beacon's), UUIDs, SKUs, versions, timestamps,
  amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `photo_match_score`, `password_strength`), product / hotel / lift / company / pet names (a
  hotel called "Gasthof Huber" is a thing), places that are not the person's (a resort's or a
  meeting point's coordinates, a hotel's city, a searched destination), country, locale,
  timezone, currency, user agents, OS-issued device ids, card brand / last four / expiry / BIN,
  BICs, SEPA creditor ids, the company's own QR-IBAN and numbers, the MAC of our own gate reader.
- Contested cases follow the product's published policy: loyalty / member / customer numbers,
  ages and age bands, marital status, job titles and employers, a business's own phone, e-mail and
  address (role mailboxes, the company's number in a Twilio webhook), pets' names and data
  (including a pet's microchip number), UUID tokens and e-mail Message-IDs are green; insurance
  policy and insurer member numbers (`identification`), pay and hourly rates (`salary`), vehicle
  plates (`license`), VINs (`serial`), gclid / fbclid / fbp / fbc (`advertising id`) and billing
  addresses (`address`) are yellow; Stripe `pm_` ids, one-time codes, sign-in link tokens, a
  PaymentIntent client secret and a gift card's redeemable code are red (`token` / `secret`);
  EHIC numbers and the Austrian social-insurance number are red (`health id`, with `national id`
  for the latter); a passport or ID-card number is red (`passport` / `national id`); answers about
  the right to work, visa sponsorship and residence permits are red (`visa`).
- Special categories: a boolean or enum that itself reveals health, disability or religion is PII
  of that category (`needs_epipen`, `uses_wheelchair`, a patient's `conscious` flag and Glasgow
  Coma Score, spa-questionnaire booleans, sit-ski equipment). Dietary requirements (halal, kosher,
  gluten-free, lactose-free) reveal religion or health: yellow `religion|allergy`.
- Decisions the brief leaves open (what a careful privacy owner at a mid-size company would want):
  height, weight, Mondo boot size, shoe size, skier type and DIN setting collected for binding
  adjustment are green, like an age (fitting attributes that neither identify nor fall in a special
  category); a nationality is yellow `citizenship`; a hash of a personal identifier (a SHA-256
  e-mail or phone for audience matching, Meta CAPI's `em` / `ph`) is yellow as the identifier it
  stands for, while hashes of our own ids are green; a person's portrait URL (pass photo, avatar)
  is yellow `photo`, the photo's id and a face-match score are green; the city a caller's number
  is registered in (Twilio `FromCity`) and the city of a device's location are yellow `city`; a
  staff member's named work e-mail is yellow `email` (a role mailbox is green).
- value_only PII paths hold that PII in every value; free-text fields are labelled by what every
  one of their values carries (an instructor report always names the child; a welcome card always
  names the guest; an SMS body always carries a one-time code), green when none does (chat-bot
  questions, damage descriptions, special requests). Optional keys appear only when they apply
  (`allergies`, `medical_notes`, `dietary_requirements`) so a health field never holds "none".
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- values ---------------------------------------------------------------------------------------

CULTURES = {
    "AT": (
        [
            "Lukas",
            "Anna",
            "Maximilian",
            "Lena",
            "Tobias",
            "Katharina",
            "Florian",
            "Theresa",
            "Jakob",
            "Magdalena",
        ],
        ["Huber", "Gruber", "Pichler", "Moser", "Steiner", "Hofer", "Wimmer", "Egger", "Mayr", "Berger"],
    ),
    "CH": (
        ["Reto", "Seraina", "Ueli", "Corina", "Beat", "Ladina", "Gian-Luca", "Léa", "Mathieu", "Giulia"],
        ["Zurbriggen", "Caduff", "Brunner", "Schnyder", "Bernasconi", "Perren", "Imboden", "Favre", "Rochat"],
    ),
    "DE": (
        ["Felix", "Hannah", "Jonas", "Marie", "Leon", "Sophie", "Paul", "Emilia"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann"],
    ),
    "JP": (
        ["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Kenta", "Sakura", "Daiki", "Mio"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"],
    ),
    "AU": (
        ["Jack", "Charlotte", "Oliver", "Isla", "Liam", "Matilda", "Cooper", "Ruby"],
        ["Smith", "Jones", "Williams", "Nguyen", "Taylor", "Wilson", "O'Connor", "Papadopoulos"],
    ),
    "GB": (
        ["Emily", "Harry", "Olivia", "George", "Amelia", "Alfie", "Priya", "Callum"],
        ["Brown", "Evans", "MacLeod", "Patel", "Hughes", "Okonkwo", "Davies", "Clarke"],
    ),
    "US": (
        ["Ethan", "Madison", "Tyler", "Ashley", "Jordan", "Kayla", "DeShawn", "Maria"],
        ["Johnson", "Martinez", "Anderson", "Robinson", "Walker", "Hernandez", "Kowalski"],
    ),
    "NL": (
        ["Sanne", "Daan", "Fleur", "Bram", "Noor"],
        ["de Vries", "van Dijk", "Jansen", "Bakker", "Visser"],
    ),
    "SG": (["Wei Ling", "Jun Jie", "Xin Yi", "Darren", "Nurul"], ["Tan", "Lim", "Ng", "Goh", "Rahman"]),
    "HK": (["Ka Ming", "Wing Yan", "Chun Kit", "Hoi Ching"], ["Wong", "Chan", "Leung", "Cheung"]),
    "KR": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"], ["Kim", "Park", "Lee", "Choi"]),
    "CN": (["Wei", "Fang", "Xinyi", "Hao", "Jing"], ["Wang", "Li", "Zhang", "Liu", "Chen"]),
    "IL": (["Noa", "Yosef", "Tamar"], ["Levi", "Cohen", "Mizrahi"]),
    "PL": (["Zofia", "Kacper", "Agnieszka"], ["Nowak", "Wiśniewska", "Kowalczyk"]),
}
COUNTRY_WEIGHTS = ["AT"] * 4 + ["CH"] * 3 + ["DE"] * 3 + ["JP"] * 3 + ["AU"] * 2 + ["GB", "US", "NL", "SG"]
COUNTRY_WEIGHTS += ["HK", "KR", "CN", "IL", "PL", "GB", "US"]

JP_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("渡辺", "ワタナベ"),
]
JP_FAMILY += [
    ("伊藤", "イトウ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
]
JP_GIVEN = [
    ("陽翔", "ハルト"),
    ("結衣", "ユイ"),
    ("蒼太", "ソウタ"),
    ("陽菜", "ヒナ"),
    ("蓮", "レン"),
    ("葵", "アオイ"),
]
JP_GIVEN += [("健太", "ケンタ"), ("さくら", "サクラ"), ("大輝", "ダイキ"), ("美桜", "ミオ"), ("翔", "ショウ")]

MAIL_DOMAINS = {
    "AT": ["gmx.at", "aon.at", "gmail.com", "chello.at"],
    "CH": ["bluewin.ch", "gmail.com", "hispeed.ch", "sunrise.ch"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com"],
    "GB": ["hotmail.co.uk", "btinternet.com", "gmail.com"],
    "US": ["gmail.com", "yahoo.com", "icloud.com"],
    "NL": ["ziggo.nl", "gmail.com"],
    "SG": ["singnet.com.sg", "gmail.com"],
    "HK": ["netvigator.com", "gmail.com"],
    "KR": ["naver.com", "daum.net"],
    "CN": ["163.com", "qq.com"],
    "IL": ["walla.co.il", "gmail.com"],
    "PL": ["wp.pl", "onet.pl"],
}

# (postcode, city, streets, state)
PLACES = {
    "AT": [
        ("1070", "Wien", ["Mariahilfer Straße", "Neubaugasse", "Kaiserstraße"], "Wien"),
        ("6020", "Innsbruck", ["Maria-Theresien-Straße", "Innrain", "Anichstraße"], "Tirol"),
        ("5020", "Salzburg", ["Linzer Gasse", "Getreidegasse", "Ignaz-Harrer-Straße"], "Salzburg"),
        ("6580", "St. Anton am Arlberg", ["Dorfstraße", "Kandaharweg"], "Tirol"),
        ("4020", "Linz", ["Landstraße", "Herrenstraße"], "Oberösterreich"),
        ("8010", "Graz", ["Sporgasse", "Annenstraße"], "Steiermark"),
    ],
    "CH": [
        ("8004", "Zürich", ["Langstrasse", "Badenerstrasse", "Zypressenstrasse"], "ZH"),
        ("3920", "Zermatt", ["Bahnhofstrasse", "Hofmattstrasse"], "VS"),
        ("1936", "Verbier", ["Route de Médran", "Chemin des Vernes"], "VS"),
        ("3011", "Bern", ["Kramgasse", "Marktgasse"], "BE"),
        ("1205", "Genève", ["Rue de Carouge", "Boulevard du Pont-d'Arve"], "GE"),
        ("7270", "Davos Platz", ["Promenade", "Talstrasse"], "GR"),
    ],
    "DE": [
        ("80331", "München", ["Sendlinger Straße", "Tal"], "BY"),
        ("10437", "Berlin", ["Kastanienallee", "Schönhauser Allee"], "BE"),
        ("20357", "Hamburg", ["Schanzenstraße", "Susannenstraße"], "HH"),
        ("70173", "Stuttgart", ["Königstraße", "Calwer Straße"], "BW"),
    ],
    "JP": [
        ("150-0001", "Shibuya-ku, Tokyo", ["Jingumae", "Sendagaya"], "Tokyo"),
        ("530-0012", "Kita-ku, Osaka", ["Shibata", "Umeda"], "Osaka"),
        ("064-0941", "Chuo-ku, Sapporo", ["Asahigaoka", "Minami 3-jo Nishi"], "Hokkaido"),
        ("044-0081", "Kutchan, Abuta-gun", ["Yamada", "Kita 1-jo Nishi"], "Hokkaido"),
        ("399-9301", "Hakuba-mura, Kitaazumi-gun", ["Hokujo", "Kamishiro"], "Nagano"),
    ],
    "AU": [
        ("2026", "Bondi", ["Campbell Parade", "Hall Street"], "NSW"),
        ("3121", "Richmond", ["Swan Street", "Church Street"], "VIC"),
        ("4217", "Surfers Paradise", ["Cavill Avenue", "Orchid Avenue"], "QLD"),
    ],
    "GB": [("SW11 2PR", "London", ["Lavender Hill", "Northcote Road"], "England")],
    "US": [
        ("80302", "Boulder", ["Pearl Street", "Mapleton Ave"], "CO"),
        ("10011", "New York", ["W 14th St"], "NY"),
    ],
    "NL": [("1016 GV", "Amsterdam", ["Prinsengracht", "Elandsgracht"], "NH")],
    "SG": [("238801", "Singapore", ["Orchard Road", "Tanglin Road"], "SG")],
    "HK": [("999077", "Hong Kong", ["Caine Road", "Robinson Road"], "HK")],
    "KR": [("06236", "Seoul", ["Teheran-ro", "Gangnam-daero"], "Seoul")],
    "CN": [("200040", "Shanghai", ["Nanjing West Road", "Huashan Road"], "SH")],
    "IL": [("6473925", "Tel Aviv", ["Dizengoff St", "Ibn Gabirol St"], "TA")],
    "PL": [("00-510", "Warszawa", ["ul. Marszałkowska", "ul. Hoża"], "MZ")],
}
JP_ADDRESS_KANJI = [
    ("150-0001", "東京都渋谷区神宮前{a}-{b}-{c}"),
    ("530-0012", "大阪府大阪市北区芝田{a}-{b}-{c}"),
    ("064-0941", "北海道札幌市中央区旭ケ丘{a}-{b}-{c}"),
    ("044-0081", "北海道虻田郡倶知安町山田{b}-{c}"),
    ("399-9301", "長野県北安曇郡白馬村北城{b}{c}"),
    ("231-0023", "神奈川県横浜市中区山下町{b}-{c}"),
]

RESORTS = [
    ("St. Anton am Arlberg", "AT", 47.1297, 10.2683),
    ("Ischgl", "AT", 47.0127, 10.2911),
    ("Kitzbühel", "AT", 47.4464, 12.3919),
    ("Saalbach Hinterglemm", "AT", 47.3912, 12.6363),
    ("Sölden", "AT", 46.9655, 11.0076),
    ("Zermatt", "CH", 46.0207, 7.7491),
    ("Verbier", "CH", 46.0961, 7.2286),
    ("Davos Klosters", "CH", 46.8027, 9.8360),
    ("Laax", "CH", 46.8096, 9.2581),
    ("Niseko United", "JP", 42.8048, 140.6874),
    ("Hakuba Valley", "JP", 36.6982, 137.8619),
    ("Furano", "JP", 43.3421, 142.3832),
    ("Nozawa Onsen", "JP", 36.9226, 138.4463),
]
RESORT_NAMES = [r[0] for r in RESORTS]
LIFTS = [
    "Galzigbahn",
    "Valluga II",
    "Rendlbahn",
    "Silvrettabahn",
    "Pardatschgratbahn",
    "Hahnenkammbahn",
    "3S-Bahn",
    "Schattberg X-press",
    "Gaislachkoglbahn",
    "Matterhorn Glacier Ride",
    "Sunnegga Express",
    "Médran 1",
    "Mont-Fort",
    "Parsennbahn",
    "Crap Sogn Gion",
    "Hirafu Gondola",
    "Ace Quad Lift #2",
    "Hanazono Hooded Quad",
    "Happo-one Adam Gondola",
    "Furano Ropeway",
    "Nagasaka Gondola",
]
PISTES = [
    "Kandahar",
    "Streif",
    "Piste 1 blau",
    "Standard",
    "Triftji",
    "Mont Gelé",
    "Parsenn Derby",
    "Super Course",
]
HOTELS = [
    "Hotel Schwarzer Adler",
    "Gasthof Huber",
    "Alpenhof Pichler",
    "Hotel Mont Cervin Palace",
    "Chalet Zurbriggen",
    "W Verbier",
    "Steigenberger Grandhotel Belvédère",
    "Park Hyatt Niseko Hanazono",
    "Hakuba Tokyu Hotel",
    "Ryokan Sakaya",
    "Kasara Niseko Village Townhouse",
    "Hotel Edelweiss Kitzbühel",
]
HOSPITALS = [
    "Krankenhaus Zams",
    "Klinik Hochrum",
    "Spital Visp",
    "Kantonsspital Graubünden",
    "Kutchan Kosei General Hospital",
    "Omachi Municipal General Hospital",
    "Bezirkskrankenhaus St. Johann",
]
PASS_PRODUCTS = [
    ("Arlberg 6-Day Pass", "LP-ARL-6D", 384.0),
    ("Ischgl/Samnaun 1-Day", "LP-ISC-1D", 74.5),
    ("KitzSki Season Pass", "SP-KTZ-24", 929.0),
    ("Zermatt Matterhorn Ski Paradise 3 Days", "LP-ZRM-3D", 259.0),
    ("4 Vallées Week Pass", "LP-4VL-7D", 412.0),
    ("Niseko United All Mountain 5-Day", "LP-NIS-5D", 44500.0),
    ("Hakuba Valley Ticket 4 Days", "LP-HKB-4D", 29800.0),
    ("Alpenglow Season Pass Adult", "SP-ALG-AD", 1149.0),
    ("Alpenglow Season Pass Child", "SP-ALG-CH", 574.0),
]
RENTAL_MODELS = [
    "Atomic Redster G9",
    "Head Supershape e-Magnum",
    "Rossignol Experience 82",
    "Salomon S/Max 8",
    "Völkl Deacon 76",
    "Burton Custom Flying V",
    "Fischer RC4 The Curv boot",
    "Lange LX 90 boot",
    "POC Obex helmet",
]
BEACONS = ["Mammut Barryvox S", "Ortovox Diract Voice", "Pieps Pro IPS", "Black Diamond Recon LT"]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]
CONDITIONS = [
    "Asthma, inhaler in jacket pocket",
    "Type 1 diabetes, carries glucose gel",
    "Epilepsy, last seizure 2022",
    "ADHD, needs clear short instructions",
    "Hearing impaired left ear",
    "Recovering from ACL surgery, no moguls",
    "Coeliac disease",
    "Heart murmur, avoid high exertion",
]
ALLERGIES = ["peanuts", "tree nuts", "penicillin", "bee stings", "lactose", "egg", "shellfish", "latex"]
MEDICATIONS = ["Salbutamol inhaler", "EpiPen Junior 0.15 mg", "Insulin (NovoRapid)", "Cetirizine 10 mg"]
MEDICATIONS += ["Methylphenidate 10 mg", "Levetiracetam 250 mg"]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


class F(Fake):
    """fake.py's generator plus the values this domain needs, and a per-message persona."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.persona()

    # -- people -----------------------------------------------------------------------------------
    def country(self) -> str:
        return self.pick(COUNTRY_WEIGHTS)

    def given(self, cc=None) -> str:
        return self.pick(CULTURES[cc or self.country()][0])

    def family(self, cc=None) -> str:
        return self.pick(CULTURES[cc or self.country()][1])

    def name(self, cc=None) -> str:
        cc = cc or self.country()
        if cc in ("CN", "KR", "HK") and self.r.random() < 0.4:
            return f"{self.family(cc)} {self.given(cc)}"
        return f"{self.given(cc)} {self.family(cc)}"

    def kanji_name(self) -> str:
        return f"{self.pick(JP_FAMILY)[0]} {self.pick(JP_GIVEN)[0]}"

    def kana_name(self) -> str:
        return f"{self.pick(JP_FAMILY)[1]} {self.pick(JP_GIVEN)[1]}"

    def mail(self, cc=None, first=None, last=None) -> str:
        cc = cc or self.country()
        first = ascii_fold(first or self.given(cc))
        last = ascii_fold(last or self.family(cc))
        if cc == "CN" and self.r.random() < 0.5:
            return f"{self.digits(9)}@qq.com"
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[cc])}"

    def tel(self, cc=None) -> str:
        cc = cc or self.country()
        d = self.digits
        r = self.r
        if cc == "AT":
            pre = self.pick(["650", "660", "664", "676", "680", "699"])
            n = d(7)
            return self.pick(
                [f"+43 {pre} {n}", f"+43{pre}{n}", f"0{pre} {n}", f"0{pre}/{n[:3]} {n[3:5]} {n[5:]}"]
            )
        if cc == "CH":
            pre = self.pick(["76", "77", "78", "79"])
            n = d(7)
            return self.pick(
                [f"+41 {pre} {n[:3]} {n[3:5]} {n[5:]}", f"0{pre} {n[:3]} {n[3:5]} {n[5:]}", f"+41{pre}{n}"]
            )
        if cc == "DE":
            pre = self.pick(["151", "160", "171", "176"])
            return self.pick([f"+49 {pre} {d(8)}", f"0{pre} {d(7)}", f"+49{pre}{d(8)}"])
        if cc == "JP":
            pre = self.pick(["90", "80", "70"])
            a, b = d(4), d(4)
            return self.pick([f"0{pre}-{a}-{b}", f"+81 {pre}-{a}-{b}", f"+81{pre}{a}{b}"])
        if cc == "AU":
            n = "4" + d(8)
            return self.pick([f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"])
        if cc == "GB":
            return self.pick([f"+44 7{r.randint(400, 999)} {d(6)}", f"07{r.randint(400, 999)} {d(6)}"])
        if cc == "NL":
            return f"+31 6 {d(8)}"
        if cc == "SG":
            return f"+65 {self.pick(['8', '9'])}{d(3)} {d(4)}"
        if cc == "HK":
            return f"+852 {self.pick(['5', '6', '9'])}{d(3)} {d(4)}"
        if cc == "KR":
            return self.pick([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"])
        if cc == "CN":
            return f"+86 1{self.pick(['38', '39', '58', '86'])} {d(4)} {d(4)}"
        if cc == "IL":
            return f"+972 5{r.randint(0, 8)}-{d(3)}-{d(4)}"
        if cc == "PL":
            return f"+48 {r.randint(500, 799)} {d(3)} {d(3)}"
        return self.phone(self.pick(["e164", "nanp_paren", "intl_space", "nanp_dash"]))

    def place(self, cc=None):
        return self.pick(PLACES[cc or self.country()])

    def street_line(self, cc=None) -> str:
        cc = cc or self.country()
        _, _, streets, _ = self.place(cc)
        s = self.pick(streets)
        n = self.r.randint(1, 180)
        if cc == "JP":
            return f"{self.r.randint(1, 6)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)} {s}"
        if cc in ("AU", "GB", "US", "SG", "HK", "IL", "CN", "KR"):
            return f"{n} {s}"
        if cc == "AT" and self.r.random() < 0.4:
            return f"{s} {n}/{self.r.randint(1, 12)}"
        return f"{s} {n}"

    def city_any(self, cc=None) -> str:
        return self.place(cc)[1]

    def postcode(self, cc=None) -> str:
        return self.place(cc)[0]

    def one_line_address(self, cc: str) -> str:
        pc, city, streets, _ = self.place(cc)
        return f"{self.pick(streets)} {self.r.randint(1, 140)}, {pc} {city}"

    def birthdate(self, lo=1950, hi=2006) -> str:
        return self.date(lo, hi)

    def child_birthdate(self) -> str:
        return self.date(2012, 2021)

    def persona(self):
        cc = self.country()
        first, last = self.given(cc), self.family(cc)
        pc, city, _streets, state = self.place(cc)
        self.p = {
            "cc": cc,
            "first": first,
            "last": last,
            "email": self.mail(cc, first, last),
            "phone": self.tel(cc),
            "street": self.street_line(cc),
            "city": city,
            "postcode": pc,
            "state": state,
            "dob": self.birthdate(),
            "gender": self.pick(["female", "male", "female", "male", "non_binary"]),
        }
        return self.p

    # -- ids and numbers --------------------------------------------------------------------------
    def iban_cc(self, cc: str) -> str:
        bban = {"AT": 16, "CH": 17, "DE": 18}[cc]
        if cc == "CH":
            body = self.pick(["00762", "00235", "00700", "08390"]) + self.digits(12)
        elif cc == "AT":
            body = self.pick(["20111", "12000", "32000", "14000", "36000"]) + self.digits(11)
        else:
            body = self.digits(bban)
        numeric = "".join(str(int(c, 36)) for c in body + cc + "00")
        raw = f"{cc}{98 - int(numeric) % 97:02d}{body}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.5 else raw

    def ahv(self) -> str:
        body = "756" + self.digits(9)
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        n = body + str((10 - total % 10) % 10)
        return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"

    def sv_nummer(self) -> str:
        """Austrian social-insurance number: 3 serial digits, a mod-11 check digit, DDMMYY."""
        while True:
            serial = str(self.r.randint(100, 999))
            dob = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(0, 99):02d}"
            digits = [int(c) for c in serial + dob]
            weights = [3, 7, 9, 5, 8, 4, 2, 1, 6]
            check = sum(a * b for a, b in zip(digits, weights, strict=True)) % 11
            if check < 10:
                n = f"{serial}{check}{dob}"
                return n if self.r.random() < 0.5 else f"{n[:4]} {n[4:]}"

    def my_number(self) -> str:
        body = self.digits(11)
        total = 0
        for n, c in enumerate(reversed(body), start=1):
            q = n + 1 if n <= 6 else n - 5
            total += int(c) * q
        rem = total % 11
        check = 0 if rem <= 1 else 11 - rem
        return f"{body}{check}"

    def passport(self, cc=None) -> str:
        cc = cc or self.country()
        if cc == "JP":
            return self.pick(["TK", "TR", "TZ", "MU"]) + self.digits(7)
        if cc in ("AT", "CH"):
            return self.pick(["P", "U", "X", "S"]) + self.digits(7)
        if cc == "DE":
            return "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc in ("AU", "SG", "HK"):
            return self.pick(["PA", "PB", "E", "K"]) + self.digits(7)
        if cc == "KR":
            return "M" + self.digits(8)
        if cc == "CN":
            return "E" + self.digits(8)
        return self.digits(9)

    def id_card(self) -> str:
        cc = self.pick(["AT", "CH", "DE"])
        if cc == "AT":
            return self.digits(8)
        if cc == "CH":
            return self.pick(["C", "E"]) + self.digits(7)
        return "L" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))

    def ehic(self) -> str:
        return self.pick(["80040", "80276", "80756", "80380"]) + self.digits(15)

    def policy_no(self) -> str:
        return self.pick(
            [
                f"POL-{self.r.randint(2023, 2025)}-{self.digits(7)}",
                f"AT{self.digits(10)}",
                f"{self.digits(3)}.{self.digits(4)}.{self.digits(3)}",
                f"ERV-{self.digits(8)}",
            ]
        )

    def insurer_member(self) -> str:
        return self.pick(
            [f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}", f"M{self.digits(8)}", self.digits(10)]
        )

    def keycard(self) -> str:
        """A SKIDATA-style keycard (WTP) number: ours, printed on the card."""
        return f"01-{self.digits(4)} {self.digits(4)} {self.digits(4)}-{self.r.randint(0, 9)}"

    def rfid_uid(self) -> str:
        return ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(7))

    def plate(self) -> str:
        cc = self.pick(["AT", "CH", "DE", "JP", "GB"])
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if cc == "AT":
            district = self.pick(["W", "I", "KB", "L", "S", "IL"])
            return f"{district}-{self.r.randint(1, 999)} {self.pick(up)}{self.pick(up)}"
        if cc == "CH":
            return f"{self.pick(['ZH', 'VS', 'BE', 'GR', 'GE'])} {self.r.randint(1000, 999999)}"
        if cc == "DE":
            return (
                f"{self.pick(['M', 'B', 'HH', 'S'])}-{self.pick(up)}{self.pick(up)} {self.r.randint(1, 9999)}"
            )
        if cc == "JP":
            office, kana = self.pick(["札幌", "長野", "品川", "松本"]), self.pick("さすせそたちつ")
            return f"{office} {self.r.randint(300, 599)} {kana} {self.digits(2)}-{self.digits(2)}"
        letters = "".join(self.pick(up) for _ in range(5))
        return f"{letters[:2]}{self.r.randint(10, 74)} {letters[2:]}"

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = {c: v for c, v in zip("ABCDEFGH", range(1, 9), strict=True)}
        trans.update({c: v for c, v in zip("JKLMN", range(1, 6), strict=True)})
        trans.update({"P": 7, "R": 9})
        trans.update({c: v for c, v in zip("STUVWXYZ", range(2, 10), strict=True)})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        vin = list(
            self.pick(["WVW", "WBA", "WAU", "JTD", "VF1", "TMB", "5YJ"])
            + "".join(self.pick(chars) for _ in range(14))
        )
        total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(vin, weights, strict=True))
        vin[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(vin)

    def idfa(self) -> str:
        return self.uuid().upper()

    def b64url(self, n: int) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.pick(alphabet) for _ in range(n))

    def gclid(self) -> str:
        return "Cj0KCQjw" + self.b64url(80) + "_BwE"

    def fbclid(self) -> str:
        return "IwAR" + self.b64url(57)

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def ip(self) -> str:
        return (
            self.ipv4()
            if self.r.random() < 0.8
            else f"2a02:{self.r.randint(0x1200, 0x8FFF):x}:"
            + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(4))
        )

    def near(self, spread=0.03):
        _, _, lat, lon = self.pick(RESORTS)
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    def polyline(self) -> str:
        chars = "".join(chr(c) for c in range(63, 127) if chr(c) not in "\\")
        return "".join(self.pick(chars) for _ in range(self.r.randint(40, 90)))

    def sha256(self, s: str) -> str:
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()

    def day(self, year=2025) -> str:
        month = self.pick([1, 2, 3, 12])
        return f"{year if month != 12 else year - 1}-{month:02d}-{self.r.randint(1, 28):02d}"

    def ts(self) -> str:
        return (
            self.day()
            + f"T{self.r.randint(6, 20):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"
        )

    def qr_reference(self) -> str:
        table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
        body = "0" * 6 + self.digits(20)
        carry = 0
        for c in body:
            carry = table[(carry + int(c)) % 10]
        return body + str((10 - carry) % 10)


# -- templates ------------------------------------------------------------------------------------


@dataclass
class Opt:
    """A key that is present in some messages only."""

    item: Any
    p: float = 0.5


def render(template: Any, f: F, path: str, labels: dict[str, dict]) -> Any:
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


def pick(*items):
    return lambda f: f.pick(list(items))


def const(v):
    return lambda f: v


# -- contexts -------------------------------------------------------------------------------------


def web_context(f: F):
    page = f.pick(["/", "/lift-passes", "/ski-school", "/rental", "/checkout", "/hotels", "/ja/niseko"])
    host = f.pick(["www.peakpass.com", "shop.peakpass.com", "www.alpenglow-resorts.at"])
    ctx = {
        "library": {"name": const("analytics.js"), "version": pick("npm:next-1.70.0", "next-1.66.0")},
        "page": {
            "path": const(page),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.google.at/", "https://www.bergfex.at/"
            ),
            "search": pick("", "?utm_source=newsletter", "?lang=de", "?resort=zermatt"),
            "title": pick(
                "PeakPass \u2013 Lift Passes", "Checkout | PeakPass", "Ski School | PeakPass", "Rental"
            ),
            "url": const(f"https://{host}{page}"),
        },
        "userAgent": pick(*UA_WEB),
        "userAgentData": {
            "brands": Many(
                {"brand": pick("Chromium", "Google Chrome", "Not-A.Brand"), "version": pick("124", "24")}, 3
            ),
            "mobile": pick(False, True),
            "platform": pick("macOS", "Windows", "Android"),
        },
        "locale": pick("de-AT", "de-CH", "en-GB", "en-AU", "ja-JP", "fr-CH", "en-US", "zh-HK"),
        "timezone": pick("Europe/Vienna", "Europe/Zurich", "Asia/Tokyo", "Australia/Sydney", "Europe/London"),
        "ip": f.ip,
    }
    if f.r.random() < 0.5:
        ctx["campaign"] = {
            "name": pick("winter_early_bird", "powder_alert", "family_week", "niseko_2025"),
            "source": pick("google", "newsletter", "facebook", "bergfex"),
            "medium": pick("cpc", "email", "paid_social"),
            "term": pick("skipass st anton", "zermatt ski pass price", "niseko lift ticket", "hakuba rental"),
            "content": pick("hero_banner", "text_link", "carousel_3"),
        }
    return ctx


WEB_LABELS = {"ip": ("yellow", "ip")}


def ios_context(f: F):
    ctx = {
        "app": {
            "name": const("PeakPass"),
            "version": pick("6.4.0", "6.4.2", "6.5.0"),
            "build": pick("6400", "6421", "6502"),
            "namespace": const("com.alpenglow.peakpass"),
        },
        "device": {
            "id": lambda f: f.uuid().upper(),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"),
            "name": pick("iPhone", "iPad"),
            "type": const("ios"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": pick("de-AT", "en-AU", "ja-JP", "en-GB", "de-CH"),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("A1", "Swisscom", "docomo", "Telstra", "Magenta"),
        },
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(393, 430, 390), "height": pick(852, 932, 844), "density": const(3)},
        "timezone": pick("Europe/Vienna", "Asia/Tokyo", "Europe/Zurich"),
        "instanceId": lambda f: f.uuid(),
        "ip": f.ip,
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = "ADV"
    if f.r.random() < 0.4:
        ctx["device"]["token"] = "PUSH"
    return ctx


def android_context(f: F):
    ctx = {
        "app": {
            "name": const("PeakPass"),
            "version": pick("6.4.0", "6.5.0"),
            "build": pick("640010", "650003"),
            "namespace": const("com.alpenglow.peakpass"),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": pick("samsung", "Google", "Xiaomi", "SONY"),
            "model": pick("SM-S918B", "Pixel 8", "23049PCD8G", "XQ-DQ72"),
            "name": pick("dm3q", "shiba", "marble", "pdx234"),
            "type": const("android"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "locale": pick("de-AT", "en-GB", "ja-JP", "de-DE"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False), "bluetooth": pick(False, True)},
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 3.0, 2.75), "width": const(1080), "height": pick(2340, 2400)},
        "timezone": pick("Europe/Vienna", "Asia/Tokyo", "Europe/Berlin"),
        "userAgent": const("Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "instanceId": lambda f: f.uuid(),
        "ip": f.ip,
    }
    if f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = "ADV"
    return ctx


def rn_context(f: F):
    return {
        "app": {
            "name": const("PeakPass"),
            "version": const("6.5.0"),
            "build": const("6502"),
            "namespace": const("com.alpenglow.peakpass"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick("Apple", "samsung"),
            "model": pick("iPhone15,3", "SM-A546B"),
            "name": pick("iPhone", "a54x"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.1")},
        "locale": pick("en-AU", "de-AT", "ja-JP"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14")},
        "screen": {"width": pick(393, 412), "height": pick(852, 915)},
        "timezone": pick("Asia/Tokyo", "Europe/Vienna", "Europe/Zurich"),
        "traits": "TRAITS",
        "location": "LOCATION",
        "ip": f.ip,
    }


def flutter_context(f: F):
    return {
        "app": {
            "name": const("Alpenglow Staff"),
            "version": const("2.3.1"),
            "build": const("231"),
            "namespace": const("com.alpenglow.staff"),
        },
        "device": {
            "id": lambda f: f.uuid(),
            "manufacturer": pick("samsung", "Zebra Technologies", "Apple"),
            "model": pick("SM-X205", "TC57", "iPad13,18"),
            "type": pick("android", "ios"),
        },
        "library": {"name": const("analytics_flutter"), "version": const("1.1.3")},
        "locale": pick("de-AT", "de-CH", "ja-JP", "en-AU"),
        "os": {"name": pick("Android", "iOS"), "version": pick("13", "17.5")},
        "screen": {"width": pick(800, 1080), "height": pick(1280, 1920)},
        "timezone": pick("Europe/Vienna", "Europe/Zurich", "Asia/Tokyo"),
        "network": {"wifi": const(True), "cellular": const(False)},
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.1",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_context(f: F, lib: str):
    ctx: dict[str, Any] = {"library": {"name": const(lib), "version": const(SERVER_VERSIONS[lib])}}
    if lib in ("analytics-node", "analytics-ruby", "analytics-php") and f.r.random() < 0.7:
        ctx["ip"] = f.ip
        ctx["userAgent"] = pick(*UA_WEB)
    if lib == "analytics-node" and f.r.random() < 0.5:
        ctx["traits"] = "TRAITS_SERVER"
    if lib == "analytics-java" and f.r.random() < 0.6:
        ctx["externalIds"] = "EXTERNAL"
    if lib == "analytics-go" and f.r.random() < 0.5:
        ctx["groupId"] = "GROUP"
    return ctx


def context_template(f: F, client: str) -> dict:
    """The context template for a client; placeholder strings become labelled leaves here."""
    ctx = {
        "web": web_context,
        "ios": ios_context,
        "android": android_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client)
    raw = ctx(f) if ctx else server_context(f, client)
    return to_template(raw)


def to_template(raw: Any) -> Any:
    if isinstance(raw, dict):
        return {
            k: special(k, v) if not isinstance(v, dict | Many) else to_template(v) for k, v in raw.items()
        }
    if isinstance(raw, Many):
        return Many(to_template(raw.item), raw.n)
    return raw


def special(key: str, v: Any) -> Any:
    if isinstance(v, L):
        return v
    if v == "ADV":
        return Y(lambda f: f.idfa() if f.r.random() < 0.5 else f.uuid(), "advertising id")
    if v == "PUSH":
        return RED(lambda f: f.hexid(64), "token")
    if v == "TRAITS":
        return {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "passHolder": G(pick(True, False)),
            "homeResort": G(pick(*RESORT_NAMES)),
            "userId": G(lambda f: "pp_" + f.digits(8)),
        }
    if v == "TRAITS_SERVER":
        return {"email": Y(lambda f: f.p["email"], "email"), "loyaltyNumber": G(lambda f: "AG" + f.digits(9))}
    if v == "LOCATION":
        return {
            "latitude": Y(lambda f: f.near()[0], "geolocation"),
            "longitude": Y(lambda f: f.near()[1], "geolocation"),
            "city": Y(
                pick("Kutchan", "Hakuba", "St. Anton am Arlberg", "Zermatt", "Ischgl", "Kitzbühel"), "city"
            ),
            "country": G(pick("Japan", "Austria", "Switzerland")),
            "speed": G(lambda f: round(f.r.uniform(0, 14), 1)),
        }
    if v == "EXTERNAL":
        return Many(
            {
                "id": Y(lambda f: f.p["email"], "email", True),
                "type": G(const("email")),
                "collection": G(const("users")),
                "encoding": G(const("none")),
            },
            1,
        )
    if v == "GROUP":
        return G(lambda f: "grp_" + f.digits(5))
    if key == "ip":
        return Y(lambda f: f.ip(), "ip")
    if callable(v):
        return G(v)
    raise TypeError((key, v))


# -- reusable fragments ---------------------------------------------------------------------------


def pass_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(PASS_PRODUCTS)[1]),
        "name": G(lambda f: f.pick(PASS_PRODUCTS)[0]),
        "category": G(pick("Lift Pass", "Season Pass", "Ski School", "Rental")),
        "variant": G(pick("Adult", "Child 6-15", "Youth 16-19", "Senior 65+", "Family")),
        "price": G(lambda f: f.pick(PASS_PRODUCTS)[2]),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "brand": G(pick("Alpenglow", "Ski Arlberg", "Niseko United", "Hakuba Valley")),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: f"https://shop.peakpass.com/p/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.peakpass.com/products/{f.hexid(10)}.webp"),
    }


def pick_keys(d, *keys):
    return {k: d[k] for k in keys}


# -- events ---------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, weight, body)

EVENTS: list[tuple[str, str | None, list[str], int, dict]] = [
    # -- accounts ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "ios", "android", "rn"],
        5,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "birthday": Y(lambda f: f.p["dob"], "birthdate"),
            "gender": Opt(Y(lambda f: f.p["gender"], "gender"), 0.6),
            "address": {
                "street": Y(lambda f: f.p["street"], "street|address"),
                "city": Y(lambda f: f.p["city"], "city"),
                "postalCode": Y(lambda f: f.p["postcode"], "zipcode"),
                "state": G(lambda f: f.p["state"]),
                "country": G(lambda f: f.p["cc"]),
            },
            "avatar": Opt(Y(lambda f: f"https://cdn.peakpass.com/avatars/{f.uuid()}.jpg", "photo"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "homeResort": G(pick(*RESORT_NAMES)),
            "passType": G(pick("season", "multi_day", "day", "none")),
            "loyaltyNumber": G(lambda f: "AG" + f.digits(9)),
            "loyaltyTier": G(pick("Bronze", "Silber", "Gold", "Platin")),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "marketingOptIn": G(pick(True, False)),
            "age": G(lambda f: f.r.randint(18, 74)),
            "skiLevel": G(pick("beginner", "intermediate", "advanced", "expert")),
        },
    ),
    (
        "identify",
        None,
        ["analytics-python"],
        4,
        {
            "EMAIL": Y(lambda f: f.p["email"], "email"),
            "EMAIL_SHA256": Y(lambda f: f.sha256(f.p["email"]), "email"),
            "FIRST_NAME": Y(lambda f: f.p["first"], "name"),
            "LAST_NAME": Y(lambda f: f.p["last"], "name"),
            "PHONE_NUMBER": Y(lambda f: f.p["phone"], "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.p["dob"], "birthdate"),
            "POSTAL_CODE": Y(lambda f: f.p["postcode"], "zipcode"),
            "COUNTRY_CODE": G(lambda f: f.p["cc"]),
            "CUSTOMER_NUMBER": G(lambda f: "C" + f.digits(8)),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(0, 12000)),
            "SEASONS_ACTIVE": G(lambda f: f.r.randint(1, 14)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "HOME_RESORT": G(pick(*RESORT_NAMES)),
            "IS_FAMILY_ACCOUNT": G(pick(True, False)),
            "MARITAL_STATUS": G(pick("married", "single", "unknown", "divorced")),
            "AGE_BAND": G(pick("18-24", "25-34", "35-44", "45-54", "55+")),
        },
    ),
    (
        "group",
        None,
        ["analytics-node", "web"],
        3,
        {
            "name": G(
                pick(
                    "Skiclub Arlberg",
                    "Raiffeisen Tirol Firmenskitag",
                    "SC Zermatt",
                    "Sydney Uni Snow Club",
                    "Niseko Powder Tours KK",
                )
            ),
            "industry": G(pick("Sports Club", "Banking", "Education", "Travel")),
            "employees": G(lambda f: f.r.randint(8, 4000)),
            "plan": G(pick("corporate", "club", "school")),
            "vatNumber": G(lambda f: f.pick(["ATU", "CHE-"]) + f.digits(8)),
            "website": G(
                pick("https://www.skiclub-arlberg.at", "https://sczermatt.ch", "https://sus.org.au")
            ),
            "officePhone": G(pick("+43 5446 2269", "+41 27 966 01 01", "+61 2 9351 2222", "+81 136-44-1111")),
            "contactPerson": Y(lambda f: f.name(), "name"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "ios", "android"],
        3,
        {
            "method": G(pick("email", "apple", "google", "line")),
            "email": Y(lambda f: f.p["email"], "email"),
            "emailDomain": G(lambda f: f.p["email"].split("@")[1]),
            "password_strength": G(pick("weak", "fair", "strong")),
            "newsletter_opt_in": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Login Link Sent",
        ["analytics-python"],
        3,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "login_url": RED(
                lambda f: "https://account.peakpass.com/magic?token=" + f.b64url(43), "token", True
            ),
            "expires_in": G(const(900)),
            "delivery": G(pick("email", "sms")),
        },
    ),
    (
        "track",
        "Sign In Attempted",
        ["web", "ios", "android"],
        3,
        {
            "method": G(pick("password", "magic_link", "otp")),
            "success": G(pick(True, False)),
            "failure_reason": G(pick("wrong_password", "expired_code", "none", "locked")),
            "otp_code": Opt(RED(lambda f: f.digits(6), "token"), 0.5),
            "mfa_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["analytics-node"],
        3,
        {
            "to": Y(lambda f: f.tel(), "phone", True),
            "from": G(pick("+43 676 8000 1234", "PeakPass", "+41 79 807 00 00")),
            "body": RED(
                lambda f: f.pick(
                    [
                        "Your PeakPass code is {c}. It expires in 10 minutes.",
                        "{c} ist dein PeakPass Bestätigungscode.",
                        "PeakPass 認証コード: {c}",
                        "Use {c} to verify your phone for your Alpenglow season pass.",
                    ]
                ).format(c=f.digits(6)),
                "token|secret",
                True,
            ),
            "messageSid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        2,
        {
            "form_id": G(pick("login-form", "account-login")),
            "form_action": G(const("/account/login")),
            "fields": {
                "username": Y(lambda f: f.p["email"], "email"),
                "password": RED(lambda f: f.b64url(f.r.randint(9, 16)), "password"),
                "remember": G(pick("on", "off")),
            },
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        3,
        {
            "form_id": G(pick("newsletter_footer", "group_enquiry", "checkout_contact")),
            "field": G(const("email")),
            "value": Y(lambda f: f.mail(), "email", True),
            "duration_ms": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web", "analytics-php"],
        2,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "list": G(pick("powder-alert", "family", "niseko-news")),
            "language": G(pick("de", "en", "ja")),
            "double_opt_in": G(pick(True, False)),
            "source": G(pick("footer", "popup", "checkout")),
        },
    ),
    # -- shop: lift passes (e-commerce spec) --------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "ios", "android"],
        3,
        {
            "q": G(
                pick(
                    "St. Anton", "zermatt 3 tage", "Niseko", "Hakuba", "Kitz season", "ニセコ", "Verbier week"
                )
            ),
            "results": G(lambda f: f.r.randint(0, 24)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "ios"],
        2,
        {
            "list_id": G(pick("passes_at", "passes_ch", "passes_jp", "season")),
            "category": G(pick("Lift Pass", "Season Pass")),
            "products": Many(
                pick_keys(pass_product(), "product_id", "sku", "name", "price", "position", "variant"), 4
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "ios", "android", "rn"],
        4,
        {
            **pass_product(),
            "currency": G(pick("EUR", "CHF", "JPY")),
            "resort": G(pick(*RESORT_NAMES)),
            "valid_from": G(lambda f: f.day()),
            "days": G(pick(1, 2, 3, 5, 6, 7)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "ios", "rn"],
        4,
        {
            "cart_id": G(lambda f: f.uuid()),
            **pick_keys(pass_product(), "product_id", "sku", "name", "price", "quantity", "variant"),
            "passholder": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "birth_date": Y(lambda f: f.birthdate(1948, 2021), "birthdate"),
                "age_category": G(pick("adult", "child", "youth", "senior")),
                "photo_id": G(lambda f: f.uuid()),
                "photo_url": Y(lambda f: f"https://photos.peakpass.com/passholders/{f.uuid()}.jpg", "photo"),
                "reuse_keycard": G(pick(True, False)),
            },
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["web"],
        2,
        {
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: "cpn_" + f.hexid(8)),
            "coupon_name": G(pick("EARLYBIRD25", "FAMILY10", "SNOWCLUB")),
            "discount": G(lambda f: f.money(5, 120)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "ios"],
        3,
        {
            "order_id": G(lambda f: "PP" + f.digits(9)),
            "revenue": G(lambda f: f.money(50, 2500)),
            "tax": G(lambda f: f.money(5, 300)),
            "discount": G(lambda f: f.money(0, 80)),
            "coupon": G(pick("EARLYBIRD25", "", "FAMILY10")),
            "currency": G(pick("EUR", "CHF", "JPY")),
            "products": Many(
                pick_keys(pass_product(), "product_id", "sku", "name", "price", "quantity", "category"), 4
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "ios"],
        3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "PP" + f.digits(9)),
            "step": G(const(3)),
            "payment_method": G(pick("card", "twint", "paypal", "sofort", "konbini")),
            "payment_method_id": RED(
                lambda f: "pm_" + f.b64url(24).replace("-", "A").replace("_", "b"), "token"
            ),
            "card_brand": G(pick("visa", "mastercard", "amex", "jcb")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(pick("414720", "535522", "376543", "354113")),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"),
            "cardholder_name": Y(lambda f: f.p["first"] + " " + f.p["last"], "name"),
            "billing_postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
            "save_card": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "analytics-node"],
        4,
        {
            "order_id": G(lambda f: "PP" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(50, 2500)),
            "subtotal": G(lambda f: f.money(50, 2500)),
            "tax": G(lambda f: f.money(5, 300)),
            "currency": G(pick("EUR", "CHF", "JPY")),
            "payment_method": G(pick("card", "twint", "paypal", "sofort", "konbini")),
            "customer_email": Y(lambda f: f.p["email"], "email"),
            "billing_address": {
                "line1": Y(lambda f: f.p["street"], "address|street"),
                "line2": Opt(
                    Y(pick("Top 4", "2. OG", "Apt 1203", "c/o Hotel Alpenhof"), "address|street"), 0.3
                ),
                "city": Y(lambda f: f.p["city"], "city"),
                "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                "country": G(lambda f: f.p["cc"]),
            },
            "products": Many(
                pick_keys(pass_product(), "product_id", "sku", "name", "price", "quantity", "category"), 4
            ),
            "passholders": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "dob": Y(lambda f: f.birthdate(1948, 2021), "birthdate"),
                    "keycard_number": G(lambda f: f.keycard()),
                    "photo_url": Y(
                        lambda f: f"https://photos.peakpass.com/passholders/{f.uuid()}.jpg", "photo"
                    ),
                    "age_category": G(pick("adult", "child", "youth", "senior")),
                },
                4,
            ),
            "fulfilment": G(pick("pickup_ticket_office", "reload_keycard", "post")),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["analytics-node"],
        2,
        {
            "order_id": G(lambda f: "PP" + f.digits(9)),
            "refund_amount": G(lambda f: f.money(20, 900)),
            "reason": G(pick("weather_closure", "injury_certificate", "duplicate", "covid_policy")),
            "currency": G(pick("EUR", "CHF", "JPY")),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["analytics-node"],
        3,
        {
            "charge": {
                "id": G(lambda f: "ch_3P" + f.b64url(21).replace("-", "x").replace("_", "Q")),
                "amount": G(lambda f: f.r.randint(5000, 250000)),
                "currency": G(pick("eur", "chf", "jpy")),
                "customer": G(lambda f: "cus_" + f.b64url(14).replace("-", "z").replace("_", "K")),
                "payment_intent": G(lambda f: "pi_3P" + f.b64url(21).replace("-", "m").replace("_", "R")),
                "payment_method": RED(
                    lambda f: "pm_1P" + f.b64url(22).replace("-", "a").replace("_", "T"), "token"
                ),
                "receipt_email": Y(lambda f: f.p["email"], "email"),
                "billing_details": {
                    "name": Y(lambda f: f.p["first"] + " " + f.p["last"], "name"),
                    "email": Y(lambda f: f.p["email"], "email"),
                    "phone": Y(lambda f: f.p["phone"], "phone"),
                    "address": {
                        "line1": Y(lambda f: f.p["street"], "address|street"),
                        "city": Y(lambda f: f.p["city"], "city"),
                        "postal_code": Y(lambda f: f.p["postcode"], "zipcode"),
                        "country": G(lambda f: f.p["cc"]),
                    },
                },
                "payment_method_details": {
                    "type": G(const("card")),
                    "card": {
                        "brand": G(pick("visa", "mastercard", "amex", "jcb")),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2026, 2031)),
                        "country": G(pick("AT", "CH", "DE", "JP", "AU")),
                    },
                },
            },
            "client_secret": RED(
                lambda f: (
                    "pi_3P" + f.b64url(21).replace("-", "m") + "_secret_" + f.b64url(25).replace("-", "n")
                ),
                "secret",
            ),
        },
    ),
    (
        "track",
        "Card Payment Captured",
        ["Analytics.NET"],
        2,
        {
            "TerminalId": G(lambda f: "T-" + f.pick(["STA", "ISC", "ZRM", "NIS"]) + f.digits(3)),
            "ReceiptNumber": G(lambda f: f.digits(6)),
            "Pan": RED(lambda f: f.card(formatted=False), "credit card"),
            "CardBrand": G(pick("VISA", "MASTERCARD", "MAESTRO", "JCB")),
            "Amount": G(lambda f: f.money(20, 900)),
            "Currency": G(pick("EUR", "CHF")),
            "Cashier": Y(lambda f: f.name(f.pick(["AT", "CH", "AU", "GB"])), "name"),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ["analytics-java"],
        3,
        {
            "mandate_reference": G(lambda f: "ALG-SP-" + f.digits(8)),
            "iban": RED(lambda f: f.iban_cc(f.pick(["AT", "DE", "AT"])), "bank account"),
            "bic": G(pick("RZTIAT22263", "BKAUATWW", "OPSKATWW", "COBADEFFXXX", "GENODEM1GLS")),
            "account_holder": Y(lambda f: f.name(f.pick(["AT", "DE"])), "name"),
            "creditor_id": G(const("AT61ZZZ00000012345")),
            "installments": G(pick(3, 6, 10)),
            "first_debit_date": G(lambda f: f.day()),
            "product": G(pick("Alpenglow Season Pass Adult", "KitzSki Season Pass")),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["analytics-php"],
        3,
        {
            "invoice_number": G(lambda f: "RE-2025-" + f.digits(6)),
            "qr_reference": G(lambda f: f.qr_reference()),
            "creditor_iban": G(const("CH44 3199 9123 0008 8901 2")),
            "amount": G(lambda f: f.money(60, 1900)),
            "currency": G(const("CHF")),
            "due_date": G(lambda f: f.day()),
            "debtor": {
                "name": Y(lambda f: f.name("CH"), "name"),
                "street": Y(lambda f: f.street_line("CH"), "street|address"),
                "postal_code": Y(lambda f: f.postcode("CH"), "zipcode"),
                "town": Y(lambda f: f.city_any("CH"), "city"),
                "country": G(const("CH")),
            },
            "debtor_iban": RED(lambda f: f.iban_cc("CH"), "bank account"),
            "language": G(pick("de", "fr", "it")),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        2,
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(pick(50, 100, 150, 250)),
            "currency": G(pick("EUR", "CHF")),
            "gift_card_code": RED(lambda f: "-".join(f.hexid(4).upper() for _ in range(4)), "secret"),
            "recipient_name": Y(lambda f: f.name(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "sender_name": Y(lambda f: f.p["first"], "name"),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Happy birthday {n}! See you on the slopes.",
                        "Frohe Weihnachten, liebe {n}!",
                        "{n}, enjoy Niseko powder from all of us",
                        "Alles Gute zum 40er, {n} \u2013 Ski heil!",
                    ]
                ).format(n=f.given()),
                "name",
                True,
            ),
            "delivery_date": G(lambda f: f.day()),
        },
    ),
    # -- pass holders, gates ------------------------------------------------------------------------
    (
        "track",
        "Pass Photo Uploaded",
        ["ios", "android", "rn"],
        3,
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(lambda f: f"https://photos.peakpass.com/passholders/{f.uuid()}.jpg", "photo"),
            "source": G(pick("camera", "library")),
            "face_detected": G(pick(True, False)),
            "width": G(pick(600, 800, 1200)),
            "height": G(pick(800, 1067, 1600)),
            "pass_id": G(lambda f: "LP" + f.digits(10)),
        },
    ),
    (
        "track",
        "Lift Gate Passed",
        ["analytics-go"],
        6,
        {
            "gate_id": G(lambda f: f"G{f.r.randint(1, 40):02d}-{f.r.randint(1, 6)}"),
            "lift": G(pick(*LIFTS)),
            "resort": G(pick(*RESORT_NAMES)),
            "keycard_wtp": G(lambda f: f.keycard()),
            "chip_uid": G(lambda f: f.rfid_uid()),
            "reader_mac": G(lambda f: "00:1B:" + ":".join(f"{f.r.randint(0, 255):02X}" for _ in range(4))),
            "pass_type": G(pick("day", "multi_day", "season", "point_card")),
            "scanned_at": G(lambda f: f.ts()),
            "access_granted": G(pick(True, True, True, False)),
            "photo_check_required": G(pick(True, False)),
            "photo_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "vertical_m": G(lambda f: f.r.randint(200, 1100)),
        },
    ),
    (
        "track",
        "Pass Photo Mismatch Flagged",
        ["flutter"],
        2,
        {
            "keycard_wtp": G(lambda f: f.keycard()),
            "photo_url": Y(lambda f: f"https://photos.peakpass.com/passholders/{f.uuid()}.jpg", "photo"),
            "staff_name": Y(lambda f: f.name(f.pick(["AT", "CH", "AU", "JP"])), "name"),
            "staff_id": G(lambda f: "E" + f.digits(5)),
            "reason": G(pick("different_person", "child_pass_adult_user", "photo_unclear")),
            "action": G(pick("warning", "pass_blocked", "verified_ok")),
            "lift": G(pick(*LIFTS)),
        },
    ),
    (
        "screen",
        "Pass Detail",
        ["ios", "android", "rn"],
        3,
        {
            "pass_id": G(lambda f: "LP" + f.digits(10)),
            "holder_name": Y(lambda f: f.name(), "name"),
            "photo_url": Y(lambda f: f"https://photos.peakpass.com/passholders/{f.uuid()}.jpg", "photo"),
            "valid_until": G(lambda f: f.day()),
            "keycard_wtp": G(lambda f: f.keycard()),
            "days_remaining": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "screen",
        "Lift Status",
        ["ios", "android", "rn"],
        4,
        {
            "resort": G(pick(*RESORT_NAMES)),
            "open_lifts": G(lambda f: f.r.randint(3, 88)),
            "snow_depth_cm": G(lambda f: f.r.randint(20, 380)),
            "avalanche_danger_level": G(pick(1, 2, 3, 4)),
            "resort_lat": G(lambda f: f.pick(RESORTS)[2]),
            "resort_lon": G(lambda f: f.pick(RESORTS)[3]),
        },
    ),
    (
        "track",
        "Run Tracked",
        ["rn", "ios"],
        3,
        {
            "session_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: round(f.r.uniform(0.8, 9), 2)),
            "vertical_m": G(lambda f: f.r.randint(200, 1100)),
            "max_speed_kmh": G(lambda f: round(f.r.uniform(30, 110), 1)),
            "start_location": {
                "lat": Y(lambda f: f.near()[0], "geolocation"),
                "lon": Y(lambda f: f.near()[1], "geolocation"),
            },
            "track_polyline": Y(lambda f: f.polyline(), "geolocation"),
            "piste": G(pick(*PISTES)),
        },
    ),
    (
        "page",
        "Lift Passes",
        ["web"],
        5,
        {
            "path": G(pick("/lift-passes", "/lift-passes/arlberg", "/ja/niseko/lift-tickets")),
            "url": G(lambda f: "https://www.peakpass.com" + f.pick(["/lift-passes", "/lift-passes/arlberg"])),
            "title": G(pick("Lift Passes | PeakPass", "Arlberg Skipass | PeakPass", "リフト券 | PeakPass")),
            "referrer": G(pick("", "https://www.google.com/", "https://www.skiresort.info/")),
            "search": G(pick("", "?resort=niseko", "?utm_campaign=winter_early_bird")),
            "name": G(const("Lift Passes")),
        },
    ),
    (
        "page",
        "Campaign Landing",
        ["web"],
        3,
        {
            "path": G(pick("/lp/early-bird", "/lp/family")),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.5),
            "utm_source": G(pick("google", "facebook", "instagram")),
            "utm_medium": G(pick("cpc", "paid_social")),
            "utm_campaign": G(pick("winter_early_bird", "family_week")),
        },
    ),
    (
        "track",
        "Purchase",
        ["analytics-node"],
        2,
        {
            "event_id": G(lambda f: f.uuid()),
            "event_source_url": G(pick("https://shop.peakpass.com/checkout/thank-you")),
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(f.p["email"]), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(f.p["phone"]), "phone"), 1),
                "external_id": Many(G(lambda f: f.sha256("pp_" + f.digits(8))), 1),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(pick(*UA_WEB)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.6),
            },
            "custom_data": {
                "value": G(lambda f: f.money(50, 2500)),
                "currency": G(pick("EUR", "CHF", "JPY")),
                "content_ids": Many(G(lambda f: f.pick(PASS_PRODUCTS)[1]), 3),
            },
        },
    ),
    # -- ski school ----------------------------------------------------------------------------------
    (
        "track",
        "Ski School Lesson Booked",
        ["web", "rn", "analytics-ruby"],
        5,
        {
            "booking_id": G(lambda f: "SS-" + f.digits(7)),
            "lesson_type": G(pick("group", "private", "kids_club", "freeride")),
            "resort": G(pick(*RESORT_NAMES)),
            "start_date": G(lambda f: f.day()),
            "days": G(pick(1, 3, 5, 6)),
            "meeting_point": {
                "name": G(
                    pick(
                        "Kinderland Nasserein",
                        "Sunnegga Snowli",
                        "Hirafu Welcome Center",
                        "Ecole Suisse Médran",
                    )
                ),
                "lat": G(lambda f: f.pick(RESORTS)[2]),
                "lon": G(lambda f: f.pick(RESORTS)[3]),
            },
            "participants": Many(
                {
                    "first_name": Y(lambda f: f.given(), "name"),
                    "last_name": Y(lambda f: f.family(), "name"),
                    "birth_date": Y(lambda f: f.child_birthdate(), "birthdate"),
                    "age": G(lambda f: f.r.randint(3, 14)),
                    "level": G(pick("Bambini", "Blue Prince", "Red King", "Level 2", "Snowli 1", "Star 3")),
                    "allergies": Opt(Many(Y(pick(*ALLERGIES), "allergy"), 2), 0.3),
                    "medical_notes": Opt(Y(pick(*CONDITIONS), "condition"), 0.2),
                    "medication": Opt(Y(pick(*MEDICATIONS), "medication"), 0.15),
                    "needs_epipen": Opt(Y(const(True), "allergy|medication"), 0.1),
                },
                3,
            ),
            "parent_email": Y(lambda f: f.p["email"], "email"),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(pick("mother", "father", "grandparent", "hotel reception")),
            },
            "pickup_authorised": Many(Y(lambda f: f.name(), "name"), 2),
            "photo_consent": G(pick(True, False)),
            "total": G(lambda f: f.money(90, 1800)),
            "currency": G(pick("EUR", "CHF", "JPY")),
        },
    ),
    (
        "track",
        "Adult Lesson Booked",
        ["web", "ios"],
        3,
        {
            "booking_id": G(lambda f: "SS-" + f.digits(7)),
            "lesson_type": G(pick("group", "private", "kids_club", "freeride")),
            "level": G(pick("A1 first timer", "B2 parallel", "C1 off-piste", "Carving Pro")),
            "discipline": G(pick("ski", "snowboard", "telemark", "cross_country")),
            "instructor_requested": Opt(Y(lambda f: f.name(f.pick(["AT", "CH", "JP", "AU"])), "name"), 0.4),
            "age_band": G(pick("18-29", "30-49", "50-64", "65+")),
            "start_date": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Adaptive Lesson Requested",
        ["web", "analytics-ruby"],
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "resort": G(pick(*RESORT_NAMES)),
            "uses_wheelchair": RED(pick(True, False), "disability"),
            "adaptive_equipment": RED(
                pick("sit-ski", "bi-ski", "outriggers", "guide for visually impaired skier"), "disability"
            ),
            "companion_name": Y(lambda f: f.name(), "name"),
            "companion_phone": Y(lambda f: f.tel(), "phone"),
            "preferred_date": G(lambda f: f.day()),
            "contact_preference": G(pick("phone", "email")),
        },
    ),
    (
        "track",
        "Lesson Checked In",
        ["flutter"],
        4,
        {
            "group_id": G(lambda f: "GRP-" + f.digits(4)),
            "instructor_id": G(lambda f: "I" + f.digits(4)),
            "instructor_name": Y(lambda f: f.name(f.pick(["AT", "CH", "JP", "AU", "GB"])), "name"),
            "child_first_name": Y(lambda f: f.given(), "name"),
            "wristband_id": G(lambda f: f.hexid(8).upper()),
            "present": G(pick(True, False)),
            "checked_in_at": G(lambda f: f.ts()),
            "picked_up_by": Opt(Y(lambda f: f.name(), "name"), 0.5),
        },
    ),
    (
        "track",
        "Instructor Report Submitted",
        ["flutter"],
        3,
        {
            "group_id": G(lambda f: "GRP-" + f.digits(4)),
            "instructor_id": G(lambda f: "I" + f.digits(4)),
            "feedback": Y(
                lambda f: f.pick(
                    [
                        "{n} did great on the blue run today, ready for red.",
                        "{n} war heute etwas müde, bitte früh ins Bett :)",
                        "{n} mastered the pizza stop. Next: parallel turns.",
                        "Lovely day with {n}, a bit scared on the T-bar.",
                        "{n}ちゃん、今日はとても上手に滑れました\uff01",
                    ]
                ).format(n=f.given()),
                "name",
                True,
            ),
            "next_level": G(pick("Blue Prince", "Red King", "Level 3", "Star 4")),
            "skills": Many(G(pick("snowplough", "parallel", "t-bar", "chairlift", "moguls")), 3),
            "stars": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- rental -------------------------------------------------------------------------------------
    (
        "track",
        "Rental Reserved",
        ["web", "ios", "android"],
        4,
        {
            "rental_id": G(lambda f: "R" + f.digits(8)),
            "shop_id": G(lambda f: f.pick(["STA", "ZRM", "NIS", "HKB"]) + f"-{f.r.randint(1, 9):02d}"),
            "shop_name": G(
                pick("Intersport Arlberg", "Bayard Sport Zermatt", "Rhythm Niseko", "Spicy Rentals Hakuba")
            ),
            "pickup_date": G(lambda f: f.day()),
            "return_date": G(lambda f: f.day()),
            "items": Many(
                {
                    "sku": G(lambda f: "RNT-" + f.digits(5)),
                    "model": G(pick(*RENTAL_MODELS)),
                    "category": G(pick("ski", "boots", "helmet", "snowboard", "poles")),
                },
                4,
            ),
            "renters": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "height_cm": G(lambda f: f.r.randint(105, 198)),
                    "weight_kg": G(lambda f: f.r.randint(18, 115)),
                    "boot_size_mondo": G(lambda f: f.pick([19.5, 22.5, 24.5, 26.0, 27.5, 28.5, 30.0])),
                    "skier_type": G(pick("1", "2", "3", "3+")),
                    "din_setting": G(lambda f: f.pick([2.5, 3.5, 5.0, 6.0, 7.5, 9.0])),
                    "age": G(lambda f: f.r.randint(5, 70)),
                },
                4,
            ),
            "total": G(lambda f: f.money(40, 900)),
        },
    ),
    (
        "track",
        "Verleih Reservierung",
        ["analytics-java"],
        4,
        {
            "Reservierungsnummer": G(lambda f: "VR-" + f.digits(7)),
            "Filiale": G(pick("Sport Alber St. Anton", "Intersport Ischgl", "Skiverleih Kitzbühel Mitte")),
            "Vorname": Y(lambda f: f.p["first"], "name"),
            "Nachname": Y(lambda f: f.p["last"], "name"),
            "Geburtsdatum": Y(lambda f: ".".join(reversed(f.p["dob"].split("-"))), "birthdate"),
            "Telefon": Y(lambda f: f.p["phone"], "phone"),
            "EMail": Y(lambda f: f.p["email"], "email"),
            "Ausweisnummer": RED(lambda f: f.id_card(), "national id|passport"),
            "Koerpergroesse_cm": G(lambda f: f.r.randint(140, 198)),
            "Gewicht_kg": G(lambda f: f.r.randint(40, 115)),
            "Schuhgroesse": G(lambda f: f.r.randint(35, 47)),
            "Fahrertyp": G(pick("1", "2", "3")),
            "Z_Wert": G(lambda f: f.pick([3.5, 5.0, 6.0, 7.0, 8.5])),
            "Mietbeginn": G(lambda f: f.day()),
            "Mietende": G(lambda f: f.day()),
            "Artikel": Many(
                {"Artikelnummer": G(lambda f: f.digits(7)), "Bezeichnung": G(pick(*RENTAL_MODELS))}, 3
            ),
        },
    ),
    (
        "track",
        "Rental Returned",
        ["Analytics.NET"],
        3,
        {
            "RentalId": G(lambda f: "R" + f.digits(8)),
            "ShopCode": G(pick("STA-01", "ZRM-02", "ISC-01")),
            "ReturnedAt": G(lambda f: f.ts()),
            "CustomerName": Y(lambda f: f.name(), "name"),
            "CustomerPhone": Y(lambda f: f.tel(), "phone"),
            "StaffMember": Y(lambda f: f.name(f.pick(["AT", "CH"])), "name"),
            "DamageReported": G(pick(True, False)),
            "DamageDescription": G(
                pick("Kantenschaden links", "scratch on base", "binding loose", "", "Belag tief zerkratzt")
            ),
            "DepositRefunded": G(pick(True, False)),
            "CardLast4": G(lambda f: f.digits(4)),
            "Items": Many(
                {
                    "ItemSerial": G(lambda f: "SN" + f.digits(9)),
                    "Sku": G(lambda f: "RNT-" + f.digits(5)),
                    "Condition": G(pick("A", "B", "C", "defect")),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Rental Note Added",
        ["flutter"],
        2,
        {
            "rental_id": G(lambda f: "R" + f.digits(8)),
            "note": Y(
                lambda f: f.pick(
                    [
                        "{n} called, boots too tight, swap to 27.5",
                        "Kunde {n} holt Ski morgen 8:00 ab",
                        "{n} asked to extend until Saturday",
                        "Skier {n} lost a pole on Galzig, charged 25 EUR",
                    ]
                ).format(n=f.name()),
                "name",
                True,
            ),
            "author_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Avalanche Beacon Rented",
        ["analytics-java"],
        3,
        {
            "beacon_serial": G(lambda f: f.pick(["BVX", "DRC", "PPS"]) + "-" + f.digits(8)),
            "beacon_model": G(pick(*BEACONS)),
            "frequency_khz": G(const(457)),
            "kit": Many(G(pick("shovel", "probe 240", "airbag pack", "beacon")), 3),
            "renter_name": Y(lambda f: f.name(), "name"),
            "renter_mobile": Y(lambda f: f.tel(), "phone"),
            "tour_guide_name": Y(lambda f: f.name(f.pick(["AT", "CH", "JP"])), "name"),
            "tour_guide_phone": Y(lambda f: f.tel(f.pick(["AT", "CH", "JP"])), "phone"),
            "route": G(
                pick(
                    "Valluga North Face",
                    "Schindlerkar",
                    "Haute Route Day 1",
                    "Niseko Gate 3",
                    "Hakuba Tsugaike backcountry",
                )
            ),
            "group_size": G(lambda f: f.r.randint(2, 8)),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(pick("spouse", "friend", "parent", "sibling")),
            },
            "return_due": G(lambda f: f.ts()),
        },
    ),
    # -- mountain rescue ------------------------------------------------------------------------------
    (
        "track",
        "Rescue Incident Logged",
        ["analytics-go"],
        4,
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "reported_at": G(lambda f: f.ts()),
            "resort": G(pick(*RESORT_NAMES)),
            "piste": G(pick(*PISTES)),
            "severity": G(pick("minor", "moderate", "severe", "critical")),
            "caller_phone": Y(lambda f: f.tel(), "phone"),
            "patient": {
                "name": Y(lambda f: f.name(), "name"),
                "birth_date": Y(lambda f: f.birthdate(1940, 2019), "birthdate"),
                "sex": Y(pick("M", "F", "X"), "sex|gender"),
                "nationality": Y(pick("AUT", "CHE", "DEU", "JPN", "AUS", "GBR", "NLD", "USA"), "citizenship"),
                "injury": Y(
                    pick(
                        "suspected tibia fracture",
                        "ACL rupture",
                        "concussion",
                        "shoulder dislocation",
                        "hypothermia",
                        "wrist fracture",
                    ),
                    "diagnosis|condition",
                ),
                "injured_body_part": Y(
                    pick("left knee", "right shoulder", "head", "wrist", "lower back"), "condition|diagnosis"
                ),
                "conscious": Y(pick(True, True, False), "condition"),
                "gcs": Y(lambda f: f.r.randint(8, 15), "condition"),
                "treatment": Many(
                    Y(
                        pick(
                            "vacuum splint",
                            "oxygen",
                            "methoxyflurane analgesia",
                            "cervical collar",
                            "warming blanket",
                        ),
                        "procedure",
                    ),
                    3,
                ),
                "insurer": G(
                    pick(
                        "Europäische Reiseversicherung",
                        "ÖAMTC Schutzbrief",
                        "Allianz Travel",
                        "World Nomads",
                        "Tokio Marine",
                    )
                ),
                "insurance_policy_no": Y(lambda f: f.policy_no(), "identification"),
                "ehic_number": Opt(RED(lambda f: f.ehic(), "health id"), 0.5),
            },
            "location": {
                "lat": Y(lambda f: f.near(0.02)[0], "geolocation"),
                "lon": Y(lambda f: f.near(0.02)[1], "geolocation"),
                "altitude_m": G(lambda f: f.r.randint(900, 3400)),
            },
            "patroller_id": G(lambda f: "P" + f.digits(3)),
            "patroller_name": Y(lambda f: f.name(f.pick(["AT", "CH", "JP"])), "name"),
            "helicopter_dispatched": G(pick(True, False)),
            "transported_to": G(pick(*HOSPITALS)),
        },
    ),
    (
        "track",
        "Rescue Bill Issued",
        ["Analytics.NET"],
        2,
        {
            "BillNumber": G(lambda f: "BR-" + f.digits(6)),
            "IncidentId": G(lambda f: "INC-" + f.digits(6)),
            "PatientName": Y(lambda f: f.name(f.pick(["CH", "AT", "DE"])), "name"),
            "AhvNumber": Opt(RED(lambda f: f.ahv(), "social security number|national id"), 0.5),
            "SvNummer": Opt(RED(lambda f: f.sv_nummer(), "national id|health id"), 0.5),
            "InsurerName": G(pick("CSS", "Helsana", "Swica", "ÖGK", "SVS", "Rega Gönnerschaft")),
            "InsurerMemberNumber": Y(lambda f: f.insurer_member(), "identification"),
            "AmountChf": G(lambda f: f.money(350, 12000)),
            "HelicopterMinutes": G(lambda f: f.r.randint(0, 55)),
            "BillingAddress": Y(lambda f: f.one_line_address("CH"), "address"),
        },
    ),
    # -- hotels --------------------------------------------------------------------------------------
    (
        "track",
        "Hotel Package Booked",
        ["web", "analytics-php"],
        4,
        {
            "booking_ref": G(lambda f: "HP" + f.hexid(6).upper()),
            "hotel_name": G(pick(*HOTELS)),
            "hotel_city": G(pick("St. Anton am Arlberg", "Zermatt", "Kutchan", "Hakuba", "Kitzbühel")),
            "hotel_phone": G(pick("+43 5446 2244", "+41 27 966 88 88", "+81 136-27-1234")),
            "package_name": G(pick("Ski & Spa 7 Nights", "Family Powder Week", "Niseko Deluxe 5N")),
            "check_in": G(lambda f: f.day()),
            "check_out": G(lambda f: f.day()),
            "nights": G(lambda f: f.r.randint(2, 14)),
            "room_type": G(pick("Double Superior", "Family Suite", "Japanese-style Washitsu", "Studio")),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children_ages": Many(G(lambda f: f.r.randint(1, 15)), 3),
            "lead_guest": {
                "first_name": Y(lambda f: f.p["first"], "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "email": Y(lambda f: f.p["email"], "email"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
                "country": G(lambda f: f.p["cc"]),
            },
            "guests": Many({"name": Y(lambda f: f.name(), "name")}, 4),
            "dietary_requirements": Opt(
                Y(pick("halal", "kosher", "gluten-free", "lactose-free"), "religion|allergy"), 0.35
            ),
            "special_requests": G(
                pick(
                    "late check-in after 22:00",
                    "quiet room",
                    "twin beds",
                    "high floor",
                    "ski room near entrance",
                )
            ),
            "welcome_card": Y(
                lambda f: f.pick(
                    ["Welcome back, {n}!", "Herzlich willkommen, {n}", "Happy anniversary {n} & family"]
                ).format(n=f.given()),
                "name",
                True,
            ),
            "pet": Opt(
                {
                    "name": G(pick("Bello", "Luna", "Max", "Hachi", "Rocky")),
                    "breed": G(pick("Labrador", "Dachshund", "Shiba Inu", "Border Collie")),
                    "weight_kg": G(lambda f: f.r.randint(4, 38)),
                    "microchip": G(lambda f: f.pick(["040", "756", "392"]) + f.digits(12)),
                },
                0.2,
            ),
            "arrival_flight": G(pick("OS 512", "LX 1658", "NH 4711", "JL 503", "QF 25")),
            "total": G(lambda f: f.money(600, 14000)),
            "currency": G(pick("EUR", "CHF", "JPY")),
        },
    ),
    (
        "track",
        "Reservation Confirmed",
        ["analytics-node"],
        4,
        {
            "yoyaku_bangou": G(lambda f: "NS" + f.digits(8)),
            "shisetsu_mei": G(
                pick("Park Hyatt Niseko Hanazono", "Hakuba Tokyu Hotel", "Ryokan Sakaya", "ニセコ ヴィレッジ")
            ),
            "shimei": Y(lambda f: f.kanji_name() if f.r.random() < 0.6 else f.name(), "name"),
            "shimei_kana": Y(lambda f: f.kana_name(), "name"),
            "denwa_bangou": Y(lambda f: f.tel("JP") if f.r.random() < 0.6 else f.tel(), "phone"),
            "mail_address": Y(lambda f: f.mail(f.pick(["JP", "JP", "AU", "SG", "HK"])), "email"),
            "yuubin_bangou": Y(lambda f: f.postcode("JP"), "zipcode"),
            "juusho": Y(
                lambda f: (
                    lambda z: z[1].format(a=f.r.randint(1, 6), b=f.r.randint(1, 30), c=f.r.randint(1, 20))
                )(f.pick(JP_ADDRESS_KANJI)),
                "address",
            ),
            "seinengappi": Y(lambda f: f.birthdate().replace("-", "/"), "birthdate"),
            "kokuseki": Y(
                pick("日本", "オーストラリア", "香港", "シンガポール", "AUS", "USA"), "citizenship"
            ),
            "ryoken_bangou": Opt(
                RED(lambda f: f.passport(f.pick(["AU", "SG", "HK", "KR", "CN", "US", "GB"])), "passport"), 0.6
            ),
            "shukuhaku_su": G(lambda f: f.r.randint(2, 10)),
            "ninzuu": G(lambda f: f.r.randint(1, 6)),
            "heya_taipu": G(pick("和室", "洋室ツイン", "スイート", "Japanese-style")),
            "chekku_in_bi": G(lambda f: f.day()),
            "ryoukin": G(lambda f: f.r.randint(30000, 900000)),
        },
    ),
    (
        "track",
        "Member Registered",
        ["flutter", "web"],
        3,
        {
            "メールアドレス": Y(lambda f: f.mail("JP"), "email"),
            "フリガナ": Y(lambda f: f.kana_name(), "name"),
            "なまえ": Y(lambda f: f.kanji_name(), "name"),
            "ニックネーム": Y(
                lambda f: f.pick(["ゆき", "けんた", "sakura_ski", "パウダー太郎", "mio88"]), "name"
            ),
            "でんわ": Y(lambda f: f.tel("JP"), "phone"),
            "パスワード強度": G(pick("弱", "普通", "強")),
            "会員ランク": G(pick("レギュラー", "シルバー", "ゴールド")),
            "ポイント残高": G(lambda f: f.r.randint(0, 12000)),
            "お気に入りスキー場": G(pick("ニセコ", "白馬", "富良野", "野沢温泉")),
        },
    ),
    (
        "track",
        "Booking Widget Submitted",
        ["web"],
        3,
        {
            "booking-ref": G(lambda f: "BW-" + f.digits(6)),
            "guest-name": Y(lambda f: f.name(), "name"),
            "guest-email": Y(lambda f: f.mail(), "email"),
            "guest-phone": Y(lambda f: f.tel(), "phone"),
            "arrival-date": G(lambda f: f.day()),
            "party-size": G(lambda f: f.r.randint(1, 8)),
            "room-category": G(pick("standard", "superior", "suite")),
            "promo-code": G(pick("", "SKI7FOR6", "EARLY15")),
        },
    ),
    (
        "track",
        "Hotel Checked In",
        ["analytics-php"],
        3,
        {
            "booking_ref": G(lambda f: "HP" + f.hexid(6).upper()),
            "hotel_name": G(pick(*HOTELS)),
            "room_number": G(lambda f: str(f.r.randint(101, 428))),
            "guest_name": Y(lambda f: f.name(), "name"),
            "id_document_type": G(pick("passport", "id_card", "drivers_licence")),
            "id_document_number": RED(lambda f: f.passport(), "passport|national id"),
            "nationality": Y(pick("AT", "DE", "CH", "AU", "JP", "GB", "NL", "US"), "citizenship"),
            "guest_tax_paid": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Spa Treatment Booked",
        ["web", "ios"],
        2,
        {
            "treatment": G(
                pick("Alpine Hay Bath", "Deep Tissue Massage 60", "Onsen Private Bath", "Facial Edelweiss")
            ),
            "slot": G(lambda f: f.ts()),
            "therapist_preference": G(pick("any", "female", "male")),
            "health_questionnaire": {
                "pregnant": Y(pick(True, False), "condition"),
                "high_blood_pressure": Y(pick(True, False), "condition"),
                "recent_surgery": Y(pick(True, False), "condition|procedure"),
                "skin_allergies": Y(pick(True, False), "allergy"),
            },
            "guest_room": G(lambda f: str(f.r.randint(101, 428))),
        },
    ),
    # -- parking, wifi, insurance, lost & found -----------------------------------------------------
    (
        "track",
        "Parking Reserved",
        ["web", "ios"],
        3,
        {
            "parking_lot": G(
                pick(
                    "P1 Nasserein", "Parkhaus Silvretta", "Hirafu Welcome Center", "Täsch Matterhorn Terminal"
                )
            ),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": G(pick("VW", "Toyota", "Tesla", "Subaru", "Skoda")),
            "ev_charging": G(pick(True, False)),
            "arrival": G(lambda f: f.ts()),
            "price": G(lambda f: f.money(8, 40)),
        },
    ),
    (
        "track",
        "EV Charging Started",
        ["analytics-go"],
        2,
        {
            "charger_id": G(lambda f: "AT*ALG*E" + f.digits(5)),
            "connector": G(pick("CCS", "Type2", "CHAdeMO")),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Guest WiFi Session Started",
        ["analytics-python"],
        3,
        {
            "ssid": G(pick("Alpenglow-Guest", "Hotel-Edelweiss", "Gondola-Free-WiFi")),
            "ap_name": G(pick("AP-Galzig-Top-02", "AP-Lobby-1", "AP-Hirafu-Base")),
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "client_ip": Y(lambda f: f.ip(), "ip"),
            "session_minutes": G(lambda f: f.r.randint(1, 240)),
            "captive_portal_email": Y(lambda f: f.mail(), "email"),
            "device_os": G(pick("iOS", "Android", "macOS", "Windows")),
        },
    ),
    (
        "track",
        "Ski Insurance Purchased",
        ["web", "analytics-node"],
        3,
        {
            "insurer": G(
                pick(
                    "Europäische Reiseversicherung",
                    "ÖAMTC Schutzbrief",
                    "Allianz Travel",
                    "World Nomads",
                    "Tokio Marine",
                )
            ),
            "policy_number": Y(lambda f: f.policy_no(), "identification"),
            "coverage": G(pick("rescue_only", "rescue_and_cancellation", "full")),
            "premium": G(lambda f: f.money(4, 120)),
            "insured_persons": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "birth_date": Y(lambda f: f.birthdate(1940, 2021), "birthdate"),
                },
                4,
            ),
            "valid_days": G(pick(1, 6, 7, 120)),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        ["web", "rn"],
        2,
        {
            "item_category": G(pick("phone", "glove", "keycard", "goggles", "wallet")),
            "item_description": G(
                pick("black Oakley goggles", "one red glove", "iPhone with blue case", "Kinder-Skihelm pink")
            ),
            "lost_near": G(pick(*LIFTS)),
            "reporter_name": Y(lambda f: f.name(), "name"),
            "reporter_phone": Y(lambda f: f.tel(), "phone"),
            "contact_preference": G(pick("sms", "email", "whatsapp")),
        },
    ),
    # -- support, comms ------------------------------------------------------------------------------
    (
        "track",
        "Call Received",
        ["analytics-node"],
        3,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(const("AC3f9a1c27e0b84d52a9c6be10d7e4f812")),
            "From": Y(lambda f: f.tel(), "phone"),
            "To": G(pick("+43 5446 23520", "+41 27 966 01 01", "+81 136 21 6688")),
            "FromCity": Opt(Y(pick("INNSBRUCK", "ZURICH", "SYDNEY", "SAPPORO", "MUNICH"), "city"), 0.5),
            "FromCountry": G(pick("AT", "CH", "AU", "JP", "DE")),
            "ToCity": G(pick("ST ANTON", "ZERMATT", "KUTCHAN")),
            "CallStatus": G(pick("ringing", "in-progress", "completed")),
            "CallDuration": G(lambda f: f.r.randint(0, 900)),
            "queue": G(pick("ski_school", "rental", "passes", "rescue_billing")),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["analytics-node"],
        3,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    pick(
                        "Keycard not working",
                        "Refund for closed lifts",
                        "Change lesson date",
                        "Photo rejected",
                    )
                ),
                "description": G(
                    pick(
                        "The gate at Galzig kept rejecting my pass.",
                        "Lifts closed for storm on Tuesday, can I get a credit?",
                        "Can we move the kids' lesson to Thursday?",
                        "My photo upload failed twice.",
                    )
                ),
                "priority": G(pick("low", "normal", "high")),
                "tags": Many(G(pick("passes", "refund", "ski_school", "photo")), 2),
            },
            "requester": {"name": Y(lambda f: f.name(), "name"), "email": Y(lambda f: f.mail(), "email")},
            "assignee": {
                "name": Y(lambda f: f.name(f.pick(["AT", "CH", "JP"])), "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(f.given("AT")) + "." + ascii_fold(f.family("AT")) + "@alpenglow-resorts.at"
                    ),
                    "email",
                ),
                "team": G(pick("Passes", "Ski School", "Billing")),
            },
            "reply_to": G(const("support@peakpass.com")),
        },
    ),
    (
        "track",
        "Guest Looked Up",
        ["analytics-node"],
        2,
        {
            "term": Y(lambda f: f.pick([f.name(), f.family(), f.kanji_name()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 9)),
            "desk": G(pick("ticket_office_nasserein", "hotel_front_desk", "ski_school_office")),
            "staff_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["analytics-ruby"],
        3,
        {
            "email_id": G(lambda f: f.uuid()),
            "campaign_id": G(lambda f: f.digits(6)),
            "template": G(pick("booking_confirmation", "powder_alert", "lesson_reminder", "receipt")),
            "subject": G(
                pick("Your lift pass is ready", "Fresh snow: 40 cm overnight", "Ski school starts tomorrow")
            ),
            "recipient": Y(lambda f: f.mail(), "email", True),
            "from_address": G(const("no-reply@peakpass.com")),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.peakpass.com>"),
            "opens": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["ios", "android"],
        3,
        {
            "campaign_id": G(lambda f: "push_" + f.digits(4)),
            "title": G(pick("Powder alert!", "Neuschnee in St. Anton", "ニセコ 新雪30cm")),
            "alert_body": G(
                pick(
                    "40 cm overnight. First chair 8:30.",
                    "Galzigbahn opens early today.",
                    "Your lesson starts in 1 hour.",
                )
            ),
            "deep_link": G(pick("peakpass://resort/niseko", "peakpass://passes", "peakpass://school")),
        },
    ),
    (
        "track",
        "Assistant Message Sent",
        ["web", "ios"],
        3,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "input": G(
                pick(
                    "what time does the gondola close",
                    "is the Valluga open today",
                    "kann ich meinen Skipass verlängern",
                    "ニセコのリフト券の値段",
                    "rental for a 6 year old",
                )
            ),
            "intent": G(pick("opening_hours", "lift_status", "pass_extension", "pricing", "rental")),
        },
    ),
    (
        "track",
        "CTA Clicked",
        ["web"],
        4,
        {
            "label": G(pick("Buy now", "Jetzt buchen", "今すぐ予約", "Book lesson", "See prices")),
            "location": G(pick("hero", "header", "footer", "sticky_bar")),
            "variant": G(pick("A", "B")),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "ios"],
        2,
        {
            "resort": G(pick(*RESORT_NAMES)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "text": G(
                pick(
                    "Best powder of my life.",
                    "Queues at the gondola were long.",
                    "Ski school was excellent for our kids.",
                    "最高の雪でした",
                )
            ),
            "reviewer_name": Y(lambda f: f.p["first"] + " " + f.p["last"][:1] + ".", "name"),
            "verified_guest": G(pick(True, False)),
        },
    ),
    # -- hiring ------------------------------------------------------------------------------------------
    (
        "track",
        "Seasonal Job Application Submitted",
        ["analytics-ruby", "web"],
        3,
        {
            "application_id": G(lambda f: f.uuid()),
            "job_title": G(
                pick("Lift Operator", "Ski Instructor", "Rental Technician", "Housekeeping", "Ski Patrol")
            ),
            "resort": G(pick(*RESORT_NAMES)),
            "applicant_name": Y(lambda f: f.name(), "name"),
            "applicant_email": Y(lambda f: f.mail(), "email"),
            "applicant_phone": Y(lambda f: f.tel(), "phone"),
            "date_of_birth": Y(lambda f: f.birthdate(1975, 2006), "birthdate"),
            "has_work_permit": RED(pick(True, False), "visa"),
            "needs_visa_sponsorship": RED(pick(True, False), "visa"),
            "visa_type": Opt(
                RED(
                    pick(
                        "Working Holiday (subclass 417)",
                        "Rot-Weiß-Rot-Karte",
                        "L permit",
                        "Specified Skilled Worker",
                    ),
                    "visa",
                ),
                0.5,
            ),
            "expected_hourly_rate": Y(lambda f: f.pick([14.5, 16.0, 18.5, 1300, 1500, 24.0]), "salary"),
            "instructor_licence_no": Opt(
                Y(lambda f: f.pick(["SSBS-", "ÖSSV-", "SAJ-"]) + f.digits(6), "license|certificate"), 0.4
            ),
            "current_employer": G(pick("Arlberger Bergbahnen", "Vail Resorts", "Thredbo", "self-employed")),
            "languages": Many(G(pick("de", "en", "ja", "fr", "it", "zh")), 3),
            "start_date": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Locals Discount Requested",
        ["web", "analytics-php"],
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "resort": G(pick("Zermatt", "St. Anton am Arlberg", "Davos Klosters", "Laax")),
            "residence_address": Y(lambda f: f.one_line_address("CH"), "address"),
            "municipality": Y(
                pick("Zermatt", "Täsch", "St. Anton am Arlberg", "Pettneu", "Davos", "Flims"), "city"
            ),
            "residence_permit": RED(pick("B", "C", "L", "G", "none_swiss_citizen"), "visa"),
            "ahv_number": RED(lambda f: f.ahv(), "social security number|national id"),
            "registration_doc_uploaded": G(pick(True, False)),
            "household_members": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "My Number Verified",
        ["analytics-go"],
        1,
        {
            "employee_id": G(lambda f: "JP" + f.digits(5)),
            "my_number": RED(lambda f: f.my_number(), "national id"),
            "verified_by": Y(lambda f: f.kanji_name(), "name"),
            "payroll_start": G(lambda f: f.day()),
            "monthly_wage_jpy": Y(lambda f: f.r.randint(200, 320) * 1000, "salary"),
        },
    ),
    (
        "track",
        "Season Summary",
        ["analytics-python"],
        3,
        {
            "PASS_ID": G(lambda f: "LP" + f.digits(10)),
            "RESORT_CODE": G(pick("STA", "ISC", "ZRM", "NIS", "HKB")),
            "DAYS_SKIED": G(lambda f: f.r.randint(1, 80)),
            "VERTICAL_TOTAL_M": G(lambda f: f.r.randint(2000, 400000)),
            "FAVOURITE_LIFT": G(pick(*LIFTS)),
            "FIRST_SCAN_AT": G(lambda f: f.iso()),
            "KEYCARD_WTP": G(lambda f: f.keycard()),
        },
    ),
    (
        "track",
        "Webhook Received",
        ["analytics-node"],
        2,
        {
            "source": G(pick("skidata-dta", "axess-smartcore")),
            "payload": {
                "id": G(lambda f: f.uuid()),
                "data": {
                    "value": RED(lambda f: f.iban_cc("AT"), "bank account", True),
                    "owner": Y(lambda f: f.name("AT"), "name"),
                    "ts": G(lambda f: f.epoch_ms()),
                },
                "signature": G(lambda f: f.hexid(64)),
            },
        },
    ),
]

CLIENTS_SERVER = set(SERVER_VERSIONS)


def message(f: F, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    f.persona()
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid()}
    if client in CLIENTS_SERVER:
        msg["messageId"] = f"{client.lower()}-{f.uuid()}"
        if f.r.random() < 0.3:
            msg["anonymousId"] = f.uuid()
        msg["userId"] = "pp_" + f.digits(8)
    else:
        msg["anonymousId"] = f.uuid()
        if kind != "page" or f.r.random() < 0.5:
            msg["userId"] = "pp_" + f.digits(8)
    ts = f.iso()
    msg["timestamp"] = ts
    msg["originalTimestamp"] = ts
    msg["sentAt"] = ts
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(5)
    section = "traits" if kind in ("identify", "group") else "properties"
    msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_template(f, client), f, "context", labels)
    msg["integrations"] = {}
    return msg


def alias(f: F, client: str, labels: dict) -> dict:
    f.persona()
    return {
        "type": "alias",
        "messageId": f.uuid(),
        "previousId": f.uuid(),
        "userId": "pp_" + f.digits(8),
        "timestamp": f.iso(),
        "context": render(context_template(f, client), f, "context", labels),
    }


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, weight, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, f.pick(clients), body, labels))
        for client in ("web", "ios", "android"):
            events.append(alias(f, client, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=201, repeats=9)
    write(Path(__file__).parent, "holdout201_", events, labels)
