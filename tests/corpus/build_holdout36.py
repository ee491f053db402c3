"""Writes the thirty-sixth holdout: tests/corpus/holdout36_events.jsonl and holdout36_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their builders (only build.py, fake.py and build_holdout3.py for the format),
and never scored by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout36`.

Domain: everyday retail subscriptions in the US, the UK, Germany and Japan.
- GlowBox (beauty and skincare): skin quizzes (a Typeform webhook too), skin type, concerns,
  sensitivities, diagnosed skin conditions, pregnancy and nursing, shade matching, product list
  filters (pregnancy-safe, fragrance-free), orders in Shopify's shape, subscriptions in
  Recharge's shape, reviews with photos (EXIF GPS), gift cards, military discounts via ID.me,
  birthday rewards, support chats, an influencer form in kebab-case, e-mail unsubscribes, a
  checkout error that echoes the typed card number, Signifyd-shaped fraud screening.
- FreshPlate (meal kits): delivery addresses and address autocomplete, household members,
  dietary preferences and allergies, box customisation, pauses, delivery tracking with the
  driver's position, referral invitations and credits, a .NET billing service in PascalCase,
  a German storefront and SEPA billing with German keys, a warehouse (reverse ETL) identify in
  SCREAMING_SNAKE, a corporate (group) account, gift boxes, age verification for wine add-ons
  (date of birth, driver's licence).
- Petopia (pet supplies): pet profiles, autoship, vet prescription diets (vet, clinic,
  prescriber licence, pharmacist), a legacy kebab-case vet-fax portal, Twilio-shaped SMS, guest
  order lookup, store pickup with an alternate pickup person, privacy requests, an affiliate
  payout form (SSN, ABA routing, account number), and a Japanese storefront and app with
  Japanese keys (氏名, 郵便番号, 住所, かかりつけ動物病院 ...).
Contexts: analytics.js (page, userAgentData, campaign, consent), analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the server libraries (python,
node, go, java, ruby, php, Analytics.NET), with context.ip, context.traits, device, app,
library, locale, timezone, location and push tokens. Also spec lifecycle events, page, screen,
group and alias calls, Facebook Conversions API-shaped user_data and a network-error event that
echoes request headers. About a fifth of the paths end in PascalCase (Analytics.NET, Twilio,
consent), kebab-case, SCREAMING_SNAKE, German or Japanese keys; the rest are camelCase and
snake_case.

Conventions: one label per flattened leaf path (`properties.pet.name`, `properties.items[].sku`);
`type` is the reference's default matcher name where one fits (`a|b` when either is fair) or one
of `geolocation`, `advertising id`, `credit card`, `bank account`, `token`, `secret`, `password`,
`social security number`, `identification`; `value_only` is true when the key does not say what
the value is (`value`, `label`, `text`, `note`, `q`, `input`, `input_value`, `username`, `To`,
`from`, `invitee`, a gift message, a URL that carries an e-mail, a token or a handle) and only
the value reveals it. Abbreviated keys that name the type (`em`, `ph`) are not value_only.

Labelling rules (the Privacy Portal's default colours):
- PII is data about a natural person: the customer, a gift or delivery recipient, an invitee, a
  household member, a vet, a pharmacist, a support agent, a driver. Colour: the reference's
  default for the matcher (red: social security number, password, credit card, token, veteran,
  disability, passport; yellow: name, email, phone, address, street, city, zipcode, birthdate,
  gender, photo, license, identification, allergy, condition, medication, ip ...). Outside the
  reference: bank accounts, card numbers, secrets and tokens red; geolocation and advertising
  ids yellow.
- A boolean or enum that itself reveals a special category about the person (pregnant or
  nursing, has a food allergy, how severe it is, a military affiliation) is red, typed with that
  category. A list of the person's allergies, skin conditions or prescription topicals under a
  key naming them keeps the matcher's default colour (yellow).
- Green: ids we or our vendors issue (orders, subscriptions, Stripe payment-method ids, Typeform
  response `token`s, ID.me uuids, prescription numbers, mandate references), versions,
  timestamps, amounts, counters, enums and booleans under PII-sounding keys (`email_opt_in`,
  `phoneVerified`, `PasswordStrength`, `birth_month`, `address_type`), product, recipe, brand,
  plan, company, clinic and pet names, age ranges, skin type, undertone and cosmetic concerns,
  country, state, prefecture, locale, timezone, currency, user agents, OS-issued device ids.
  Card brand, last four, expiry and BIN are green; ABA routing numbers, UK sort codes and BICs
  identify the bank: green; the last four of an SSN are red.
- Pets are not people: a pet's name, birthday, sex, weight, conditions, medications, allergies
  and photo are green. Its microchip number is yellow `identification|serial`, because a
  registry resolves it to the owner's name and address.
- An organisation's own contact details (a store's or a vet clinic's address, phone and fax,
  our SMS short code, our support line) are green; a named professional's own name, e-mail and
  licence number are PII.
- A hash of an e-mail or phone sent for ad matching (`em`, `ph`, `HASHED_EMAIL`) is still that
  person's identifier: yellow, typed as what was hashed. A processor's card fingerprint and
  hashes of our own ids are green, and so is a fraud vendor's device fingerprint (a device id).
- A typed address fragment (`input`) and an autocomplete `label` are the person's address.
  Free text is labelled by what every one of its values carries (a gift note always names the
  recipient); free text whose values carry no PII (review bodies, pause reasons, delivery hints
  in this corpus) is green.
- Judgement calls, made as a careful privacy owner at a mid-size retailer would want them
  flagged: a birthday without the year is a birthdate (yellow) but a birth month alone is green;
  a reviewer's "City, State" is the person's city; a personal social handle or profile URL is a
  `name`; an iOS push token, a session cookie and a bearer header are red `token`s; a driver's
  live position and a photo's EXIF GPS are yellow `geolocation`; age ranges are green.
"""

# ruff: noqa: RUF001  (real data has en dashes and the Turkish dotless i)

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people, places and numbers per market ---------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Jacob",
        "Aaliyah",
        "DeShawn",
        "María",
        "José",
        "Ashley",
        "Tyler",
        "Mei-Ling",
        "Priya",
        "Brianna",
        "Kevin",
        "Guadalupe",
        "Hannah",
        "Malik",
        "Sarah",
        "Thanh",
        "Kateri",
    ],
    "GB": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Mohammed",
        "Freya",
        "George",
        "Aisha",
        "Callum",
        "Siobhan",
        "Rhys",
        "Poppy",
        "Chidi",
        "Niamh",
    ],
    "DE": [
        "Lukas",
        "Anna",
        "Leonie",
        "Maximilian",
        "Jürgen",
        "Sabine",
        "Mehmet",
        "Ayşe",
        "Jonas",
        "Katharina",
        "Dominik",
        "Lena",
        "Björn",
        "Zofia",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Rodriguez",
        "Nguyen",
        "Kim",
        "Patel",
        "Jackson",
        "Martinez",
        "O'Connor",
        "Cohen",
        "Washington",
        "Lopez",
        "Anderson",
        "Chen",
        "Begay",
    ],
    "GB": [
        "Taylor",
        "Davies",
        "Evans",
        "Thomas",
        "Hughes",
        "Begum",
        "Ahmed",
        "MacDonald",
        "Wright",
        "Robinson",
        "Okonkwo",
        "Fitzgerald",
        "Singh",
    ],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Yılmaz",
        "Hoffmann",
        "Schäfer",
        "Krüger",
        "Wagner",
        "Nowak",
        "Öztürk",
    ],
}
# (kanji, katakana, romaji)
JP_FIRST = [
    ("花子", "ハナコ", "Hanako"),
    ("翔太", "ショウタ", "Shota"),
    ("美咲", "ミサキ", "Misaki"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("結衣", "ユイ", "Yui"),
    ("健太", "ケンタ", "Kenta"),
    ("さくら", "サクラ", "Sakura"),
    ("陽斗", "ハルト", "Haruto"),
    ("真由美", "マユミ", "Mayumi"),
    ("蓮", "レン", "Ren"),
]
JP_LAST = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
]
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com"],
    "DE": ["web.de", "gmx.de", "gmail.com", "t-online.de", "posteo.de", "freenet.de"],
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp", "softbank.ne.jp"],
}
CITY = {
    "US": [
        "Brooklyn",
        "Austin",
        "Columbus",
        "Seattle",
        "Atlanta",
        "San Diego",
        "Minneapolis",
        "Raleigh",
        "Tucson",
    ],
    "GB": [
        "London",
        "Manchester",
        "Leeds",
        "Bristol",
        "Glasgow",
        "Cardiff",
        "Birmingham",
        "Edinburgh",
        "Brighton",
    ],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Leipzig", "Stuttgart", "Düsseldorf"],
    "JP": ["Tokyo", "Yokohama", "Osaka", "Nagoya", "Sapporo", "Fukuoka", "Kyoto", "Kawasaki"],
}
JP_CITY = [
    "渋谷区",
    "世田谷区",
    "横浜市港北区",
    "大阪市北区",
    "名古屋市中区",
    "札幌市中央区",
    "福岡市博多区",
    "京都市左京区",
]
JP_PREF = ["東京都", "神奈川県", "大阪府", "愛知県", "北海道", "福岡県", "京都府", "埼玉県"]
STATE = {
    "US": ["NY", "TX", "OH", "WA", "GA", "CA", "MN", "NC", "AZ"],
    "GB": ["England", "Scotland", "Wales", "Northern Ireland"],
    "DE": ["BE", "BY", "HH", "NW", "HE", "SN", "BW"],
    "JP": ["Tokyo", "Kanagawa", "Osaka", "Aichi", "Hokkaido", "Fukuoka"],
}
US_STREETS = [
    "Oak Ave",
    "Maple St",
    "W 23rd St",
    "Lakeshore Dr",
    "Peachtree Rd NE",
    "Elm Street",
    "Mission Blvd",
]
GB_STREETS = [
    "Kingsway",
    "Albert Road",
    "Victoria Street",
    "Church Lane",
    "Mill Road",
    "Park Crescent",
    "High Street",
]
DE_STREETS = [
    "Schillerstraße",
    "Hauptstr.",
    "Am Markt",
    "Bergmannstraße",
    "Lindenallee",
    "Goethestr.",
    "Ringstraße",
]
JP_BLOCKS = ["神南", "代沢", "日吉本町", "梅田", "栄", "大通西", "博多駅前", "北白川"]
GB_OUTWARD = ["SW1A", "EC1V", "M1", "B15", "LS6", "EH3", "BS8", "CF10", "G12", "NW3", "SE15", "OX4", "BN1"]
GB_UNIT = "ABDEFGHJLNPQRSTUWXYZ"
CURRENCY = {"US": "USD", "GB": "GBP", "DE": "EUR", "JP": "JPY"}
LOCALE = {"US": ["en-US", "es-US"], "GB": ["en-GB"], "DE": ["de-DE", "en-DE"], "JP": ["ja-JP"]}
TZ = {
    "US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "GB": ["Europe/London"],
    "DE": ["Europe/Berlin"],
    "JP": ["Asia/Tokyo"],
}
COUNTRY_NAME = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "JP": "Japan"}
FOLD = str.maketrans(
    {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "ş": "s", "ı": "i", "é": "e", "í": "i", "'": ""}
)

PETS = [
    "Biscuit",
    "Luna",
    "Mochi",
    "Bella",
    "Max",
    "Pepper",
    "Milo",
    "Coco",
    "Hachi",
    "Sora",
    "Ziggy",
    "Nala",
]
JP_PETS = ["ポチ", "モモ", "ココ", "ハナ", "レオ", "きなこ", "マロン", "こむぎ"]
BREEDS = [
    "Labrador Retriever",
    "French Bulldog",
    "Shiba Inu",
    "Maine Coon",
    "Domestic Shorthair",
    "Dachshund",
]
PET_CONDITIONS = [
    "chronic kidney disease",
    "arthritis",
    "struvite crystals",
    "food-responsive enteropathy",
    "none",
]
PET_MEDS = ["Apoquel 16mg", "Carprofen 75mg", "Gabapentin 100mg", "Thyro-Tabs 0.5mg", "Cerenia"]
PET_ALLERGIES = ["chicken", "beef", "dairy", "wheat", "fleas", "none"]

GLOW_PRODUCTS = [
    ("Barrier Repair Cream 50ml", "Aveline"),
    ("Vitamin C Brightening Serum", "Lumière Lab"),
    ("Gentle Gel Cleanser", "Kōsa"),
    ("Mineral SPF 50 Fluid", "SunVeil"),
    ("Bakuchiol Night Oil", "Verdant"),
    ("Hyaluronic Dew Toner", "Aquamist"),
    ("Niacinamide 10% Booster", "Lumière Lab"),
    ("Azelaic Clearing Gel", "Derma Nord"),
    ("Bump-Safe Glow Set", "GlowBox Edit"),
]
SHADES = [
    "Fair 110 Cool",
    "Light 140 Neutral",
    "Medium 230 Warm",
    "Tan 320 Golden",
    "Deep 450 Neutral",
    "30ml",
]
RECIPES = [
    "Chicken Katsu Curry",
    "Honey Garlic Salmon",
    "Smoky Black Bean Tacos",
    "Beef Bulgogi Bowls",
    "Halloumi & Harissa Traybake",
    "Käsespätzle mit Röstzwiebeln",
    "Teriyaki Tofu Stir-Fry",
    "Creamy Tuscan Gnocchi",
    "Shepherd's Pie",
]
PET_PRODUCTS = [
    ("Grain-Free Salmon Kibble 12kg", "Wildpaw"),
    ("Renal Support Dry Food (Rx) 8lb", "VetBalance"),
    ("Urinary SO Wet Food 24x85g", "VetBalance"),
    ("Hip & Joint Soft Chews", "Pawsome"),
    ("Flea & Tick Collar Large", "GuardTail"),
    ("Clumping Cat Litter 10L", "Meowtain"),
    ("Hydrolyzed Protein Diet (Rx)", "VetBalance"),
]


class RetailFake(Fake):
    """fake.py's generator plus per-market people, addresses and phone numbers.

    `cc` is the market of the message being rendered (US, GB, DE or JP), set before rendering.
    """

    cc = "US"

    def first(self):
        if self.cc == "JP":
            return self.pick(JP_FIRST)[self.pick([0, 0, 2])]
        return self.pick(FIRST[self.cc])

    def last(self):
        if self.cc == "JP":
            return self.pick(JP_LAST)[self.pick([0, 0, 2])]
        return self.pick(LAST[self.cc])

    def full_name(self):
        if self.cc == "JP":
            (fk, _, fr), (lk, _, lr) = self.pick(JP_FIRST), self.pick(JP_LAST)
            return self.pick([f"{lk} {fk}", f"{lk}{fk}", f"{fr} {lr}"])
        return f"{self.first()} {self.last()}"

    def jp_name(self):
        return f"{self.pick(JP_LAST)[0]} {self.pick(JP_FIRST)[0]}"

    def jp_kana(self):
        return f"{self.pick(JP_LAST)[1]} {self.pick(JP_FIRST)[1]}"

    def email(self):
        if self.cc == "JP":
            first, last = self.pick(JP_FIRST)[2], self.pick(JP_LAST)[2]
        else:
            first, last = self.pick(FIRST[self.cc]), self.pick(LAST[self.cc])
        first, last = first.lower().translate(FOLD), last.lower().translate(FOLD).replace(" ", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
                f"{last}.{first}",
                f"{first}+{self.pick(['shop', 'orders', 'deals'])}",
            ]
        )
        return f"{local}@{self.pick(MAIL[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "GB":
            mob = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            land = f"20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}"
            return self.pick([f"0{mob[:4]} {mob[4:]}", f"+44 {mob[:4]} {mob[4:]}", f"+44{mob}", f"0{land}"])
        if self.cc == "DE":
            mob = f"1{self.pick(['51', '52', '57', '60', '70', '76'])}{r.randint(1000000, 99999999)}"
            return self.pick(
                [
                    f"+49 {mob[:3]} {mob[3:]}",
                    f"0{mob[:3]} {mob[3:]}",
                    f"+49{mob}",
                    f"030 {r.randint(2000000, 99999999)}",
                ]
            )
        if self.cc == "JP":
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            pre = self.pick(["090", "080", "070"])
            return self.pick([f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"{pre}{a}{b}", f"03-{a}-{b}"])
        area = self.pick([212, 347, 512, 614, 206, 404, 619, 612, 919, 520, 718, 773])
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )

    def street(self):
        r = self.r
        if self.cc == "GB":
            return self.pick(
                [
                    f"{r.randint(1, 220)} {self.pick(GB_STREETS)}",
                    f"Flat {r.randint(1, 12)}, {r.randint(2, 90)} {self.pick(GB_STREETS)}",
                ]
            )
        if self.cc == "DE":
            return f"{self.pick(DE_STREETS)} {r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}"
        if self.cc == "JP":
            return f"{self.pick(JP_CITY)}{self.pick(JP_BLOCKS)}{self.chome()}"
        return f"{r.randint(10, 9899)} {self.pick(US_STREETS)}"

    def chome(self):
        return f"{self.r.randint(1, 5)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"

    def line2(self):
        r = self.r
        return {
            "US": lambda: self.pick(
                [
                    f"Apt {r.randint(1, 30)}{self.pick('ABCD')}",
                    f"Unit {r.randint(100, 999)}",
                    f"Suite {r.randint(100, 400)}",
                ]
            ),
            "GB": lambda: self.pick(
                [f"Flat {r.randint(1, 20)}", "Ground Floor Flat", f"Unit {r.randint(1, 9)}"]
            ),
            "DE": lambda: self.pick(
                [f"{r.randint(1, 5)}. OG links", "Hinterhaus", f"Whg. {r.randint(1, 24)}"]
            ),
            "JP": lambda: self.pick(
                [
                    f"メゾン{self.pick(JP_BLOCKS)} {r.randint(101, 905)}号室",
                    f"コーポ{r.randint(1, 3)} {r.randint(101, 305)}",
                ]
            ),
        }[self.cc]()

    def city(self):
        return self.pick(CITY[self.cc])

    def state(self):
        return self.pick(STATE[self.cc])

    def zip(self):
        r = self.r
        if self.cc == "GB":
            unit = self.pick(GB_UNIT) + self.pick(GB_UNIT)
            return f"{self.pick(GB_OUTWARD)} {r.randint(1, 9)}{unit}"
        if self.cc == "DE":
            return f"{r.randint(1067, 99998):05d}"
        if self.cc == "JP":
            return f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"
        return self.pick(
            [f"{r.randint(10001, 98999):05d}", f"{r.randint(10001, 98999):05d}-{r.randint(1, 9999):04d}"]
        )

    def full_address(self):
        if self.cc == "JP":
            return f"〒{self.zip()} {self.pick(JP_PREF)}{self.street()}"
        if self.cc == "DE":
            return f"{self.street()}, {self.zip()} {self.city()}"
        if self.cc == "GB":
            return f"{self.street()}, {self.city()} {self.zip()}"
        return f"{self.street()}, {self.city()}, {self.state()} {self.zip()}"

    def money_cc(self, lo=5, hi=120):
        if self.cc == "JP":
            return self.r.randint(lo, hi) * 150 // 10 * 10
        return self.money(lo, hi)

    def currency(self):
        return CURRENCY[self.cc]

    def aba(self):
        d = [int(c) for c in self.pick(["02", "11", "12", "21", "26", "31", "07", "04"])] + [
            self.r.randint(0, 9) for _ in range(6)
        ]
        check = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]))) % 10
        return "".join(map(str, d)) + str(check)

    def sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def microchip(self):
        return self.pick(["985", "900", "956", "981", "392", "826"]) + self.digits(12)

    def sha256(self, text):
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def ascii_first(self):
        if self.cc == "JP":
            return self.pick(JP_FIRST)[2].lower()
        return self.first().lower().translate(FOLD)

    def ascii_last(self):
        if self.cc == "JP":
            return self.pick(JP_LAST)[2].lower()
        return self.last().lower().translate(FOLD)

    def ig_handle(self):
        first = self.ascii_first()
        return self.pick([f"@{first}.glows", f"@{first}_skin{self.r.randint(1, 99)}", f"@the.{first}.edit"])

    def cdn(self, folder):
        return f"https://cdn.{self.brand_domain}/{folder}/{self.hexid(20)}.jpg"

    brand_domain = "glowbox.com"


# Shorthands for generators that read the market
def nm(f):
    return f.full_name()


def fn(f):
    return f.first()


def ln(f):
    return f.last()


def em(f):
    return f.email()


def ph(f):
    return f.phone()


def st(f):
    return f.street()


def ci(f):
    return f.city()


def pc(f):
    return f.zip()


def money(f):
    return f.money_cc()


def cur(f):
    return f.currency()


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def ints(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def flag(f):
    return f.pick([True, False])


def gid(prefix="", n=10):
    return lambda f: prefix + f.digits(n)


def uid(f):
    return f.uuid()


def iso(f):
    return f.iso()


# -- contexts of the client libraries --------------------------------------------------------------

BRANDS = {
    "glowbox": {
        "app": "GlowBox",
        "ios": "com.glowbox.ios",
        "android": "com.glowbox.skin",
        "domain": {"US": "www.glowbox.com", "GB": "www.glowbox.co.uk", "DE": "www.glowbox.de"},
        "markets": ["US", "US", "GB", "DE"],
        "pages": [
            ("/", "GlowBox | Skincare that fits you"),
            ("/quiz", "Find your routine | GlowBox"),
            ("/shop/serums", "Serums | GlowBox"),
            ("/checkout", "Checkout | GlowBox"),
            ("/account/subscription", "My subscription | GlowBox"),
        ],
    },
    "freshplate": {
        "app": "FreshPlate",
        "ios": "com.freshplate.ios",
        "android": "com.freshplate.android",
        "domain": {"US": "www.freshplate.com", "GB": "www.freshplate.co.uk", "DE": "www.freshplate.de"},
        "markets": ["US", "GB", "DE"],
        "pages": [
            ("/menu", "This week's menu | FreshPlate"),
            ("/plans", "Choose your plan | FreshPlate"),
            ("/account/deliveries", "Deliveries | FreshPlate"),
            ("/checkout/address", "Delivery address | FreshPlate"),
        ],
    },
    "petopia": {
        "app": "Petopia",
        "ios": "com.petopia.ios",
        "android": "com.petopia.app",
        "domain": {"US": "www.petopia.com", "GB": "www.petopia.co.uk", "JP": "www.petopia.jp"},
        "markets": ["US", "US", "GB", "JP"],
        "pages": [
            ("/", "Petopia – Pet food & supplies"),
            ("/autoship", "Autoship & Save | Petopia"),
            ("/pharmacy", "Pet Pharmacy | Petopia"),
            ("/account/pets", "My pets | Petopia"),
        ],
    },
}

UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0",
]


JP_PAGES = [
    ("/", "ペトピア | ペットフード・ペット用品の通販"),
    ("/cart", "ショッピングカート | ペトピア"),
    ("/mypage/pets", "マイページ | ペトピア"),
]


def web_context(f: RetailFake, brand: str) -> dict:
    b = BRANDS[brand]
    path, title = f.pick(JP_PAGES if f.cc == "JP" else b["pages"])
    host = b["domain"].get(f.cc, b["domain"]["US"])
    search = f.pick(
        ["", "", "?utm_source=instagram&utm_medium=paid_social", "?ref=nav", "?utm_source=newsletter"]
    )
    ctx: dict[str, Any] = {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"),
        },
        "page": {
            "path": const(path),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://www.bing.com/"
            ),
            "search": const(search),
            "title": const(title),
            "url": const(f"https://{host}{path}{search}"),
        },
        "locale": pick(*LOCALE[f.cc]),
        "timezone": pick(*TZ[f.cc]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    ua = f.pick(UAS)
    ctx["userAgent"] = const(ua)
    if "Chrome" in ua and "Firefox" not in ua:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "123", "99"),
                },
                3,
            ),
            "mobile": const("Mobile" in ua),
            "platform": const("Android" if "Android" in ua else "macOS" if "Mac" in ua else "Windows"),
        }
    if "utm_source" in search:
        ctx["campaign"] = {
            "name": pick("spring_glow", "summer_bundle", "win_back_q2", "autoship_promo"),
            "source": const("instagram" if "instagram" in search else "newsletter"),
            "medium": const("paid_social" if "instagram" in search else "email"),
            "content": pick("carousel_a", "reel_15s", "hero_banner"),
        }
    if f.r.random() < 0.35:
        ctx["consent"] = {
            "categoryPreferences": {
                "Advertising": flag,
                "Analytics": const(True),
                "Functional": const(True),
                "DataSharing": flag,
            }
        }
    return _wrap(ctx)


def render(template: Any, f: RetailFake, path: str, labels: dict[str, dict]) -> Any:
    """build.render, plus plain lists: arrays whose elements differ in shape (Typeform answers)."""
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, list):
        return [render(item, f, path + "[]", labels) for item in template]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def _wrap(template: Any) -> Any:
    """Bare generator functions become green leaves, so contexts read short."""
    if isinstance(template, dict):
        return {k: _wrap(v) for k, v in template.items()}
    if isinstance(template, list):
        return [_wrap(item) for item in template]
    if isinstance(template, Many):
        return Many(_wrap(template.item), template.n)
    if callable(template) and not hasattr(template, "gen"):
        return G(template)
    return template


def mobile_traits(f: RetailFake, brand: str) -> dict:
    if brand == "glowbox":
        return {
            "email": Y(em, "email"),
            "first_name": Y(fn, "name"),
            "skin_type": pick("oily", "dry", "combination"),
        }
    if brand == "freshplate":
        return {
            "email": Y(em, "email"),
            "firstName": Y(fn, "name"),
            "plan": pick("2 people · 3 meals", "4 people · 4 meals"),
        }
    return {"email": Y(em, "email"), "firstName": Y(fn, "name"), "petsCount": ints(1, 4)}


def swift_context(f: RetailFake, brand: str) -> dict:
    b = BRANDS[brand]
    tracking = f.r.random() < 0.3
    device: dict[str, Any] = {
        "id": lambda f: f.uuid().upper(),
        "manufacturer": const("Apple"),
        "model": pick("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"),
        "name": const("iPhone"),
        "type": const("ios"),
        "adTrackingEnabled": const(tracking),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.3:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx = {
        "app": {
            "name": const(b["app"]),
            "version": pick("4.18.0", "4.19.2", "4.20.0"),
            "build": pick("4180", "4192", "4200"),
            "namespace": const(b["ios"]),
        },
        "device": device,
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": pick(*LOCALE[f.cc]),
        "network": {"wifi": flag, "cellular": flag},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "timezone": pick(*TZ[f.cc]),
        "instanceId": uid,
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f, brand)
    return _wrap(ctx)


def kotlin_context(f: RetailFake, brand: str) -> dict:
    b = BRANDS[brand]
    ctx: dict[str, Any] = {
        "app": {
            "name": const(b["app"]),
            "version": pick("4.18.0", "4.19.1"),
            "build": pick("418000", "419010"),
            "namespace": const(b["android"]),
        },
        "device": {
            "id": lambda f: f.hexid(16),
            "manufacturer": pick("samsung", "Google", "OnePlus", "Xiaomi"),
            "model": pick("SM-S918B", "Pixel 8", "CPH2449", "2201117TY"),
            "name": pick("dm3q", "shiba", "OP5958L1", "spes"),
            "type": const("android"),
            "adTrackingEnabled": const(True),
            "advertisingId": Y(uid, "advertising id"),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "locale": pick(*LOCALE[f.cc]),
        "network": {
            "wifi": flag,
            "cellular": flag,
            "bluetooth": const(False),
            "carrier": pick("T-Mobile", "Vodafone", "EE", "Telekom.de", "O2 - DE"),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 3.0, 2.75), "height": pick(2340, 2400), "width": const(1080)},
        "timezone": pick(*TZ[f.cc]),
        "userAgent": const("Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "instanceId": uid,
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {"anonymousId": uid, **mobile_traits(f, brand)}
        if f.r.random() < 0.7
        else {"anonymousId": uid},
    }
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": const(0.0),
        }
    return _wrap(ctx)


def rn_context(f: RetailFake, brand: str) -> dict:
    b = BRANDS[brand]
    ios = f.r.random() < 0.55
    ctx = {
        "app": {
            "name": const(b["app"]),
            "version": pick("3.2.0", "3.3.1"),
            "build": pick("320", "331"),
            "namespace": const(b["ios"] if ios else b["android"]),
        },
        "device": {
            "id": uid,
            "manufacturer": const("Apple" if ios else "samsung"),
            "model": const("iPhone14,5" if ios else "SM-A546B"),
            "name": const("iPhone" if ios else "a54x"),
            "type": const("ios" if ios else "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "locale": pick(*LOCALE[f.cc]),
        "network": {"cellular": flag, "wifi": flag},
        "os": {"name": const("iOS" if ios else "Android"), "version": const("17.4" if ios else "14")},
        "screen": {"width": const(390 if ios else 412), "height": const(844 if ios else 915)},
        "timezone": pick(*TZ[f.cc]),
        "instanceId": uid,
        "traits": mobile_traits(f, brand),
    }
    return _wrap(ctx)


def flutter_context(f: RetailFake, brand: str) -> dict:
    b = BRANDS[brand]
    ios = f.r.random() < 0.5
    ctx = {
        "app": {
            "name": const(b["app"]),
            "version": pick("2.7.0", "2.8.3"),
            "build": pick("270", "283"),
            "namespace": const(b["ios"] if ios else b["android"]),
        },
        "device": {
            "id": uid,
            "manufacturer": const("Apple" if ios else "Google"),
            "model": const("iPhone15,4" if ios else "Pixel 7"),
            "type": const("ios" if ios else "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.1", "1.1.3")},
        "os": {"name": const("iOS" if ios else "Android"), "version": const("17.5" if ios else "14")},
        "screen": {
            "width": const(393 if ios else 412),
            "height": const(852 if ios else 915),
            "density": const(3.0 if ios else 2.625),
        },
        "locale": pick(*LOCALE[f.cc]),
        "timezone": pick(*TZ[f.cc]),
        "network": {"wifi": flag, "cellular": flag},
        "traits": mobile_traits(f, brand),
    }
    return _wrap(ctx)


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(f: RetailFake, lib: str) -> dict:
    name, version = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": const(name), "version": const(version)}}
    if f.r.random() < 0.45:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = pick(*UAS)
    if f.r.random() < 0.3:
        ctx["traits"] = {"email": Y(em, "email")}
    if f.r.random() < 0.3:
        ctx["locale"] = pick(*LOCALE[f.cc])
    return _wrap(ctx)


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def context_for(f: RetailFake, client: str, brand: str) -> dict:
    if client in CONTEXTS:
        return CONTEXTS[client](f, brand)
    return server_context(f, client)


# -- shared shapes ---------------------------------------------------------------------------------


def glow_product():
    return {
        "product_id": gid("", 13),
        "sku": lambda f: f"GB-{f.r.randint(1000, 9999)}-{f.pick(['30', '50', '100', 'KIT'])}",
        "name": lambda f: f.pick(GLOW_PRODUCTS)[0],
        "brand": lambda f: f.pick(GLOW_PRODUCTS)[1],
        "category": pick("Serums", "Moisturisers", "Cleansers", "Sun Care", "Sets"),
        "variant": pick(*SHADES),
        "price": money,
        "quantity": ints(1, 3),
        "position": ints(1, 24),
        "url": lambda f: f"https://www.glowbox.com/products/{f.hexid(6)}",
        "pregnancy_safe": flag,
    }


def shopify_address(f=None):
    return {
        "first_name": Y(fn, "name"),
        "last_name": Y(ln, "name"),
        "address1": Y(st, "address|street"),
        "address2": Y(lambda f: f.line2(), "address|street"),
        "city": Y(ci, "city"),
        "province": lambda f: f.state(),
        "province_code": lambda f: f.state()[:2].upper(),
        "zip": Y(pc, "zipcode"),
        "country": lambda f: COUNTRY_NAME[f.cc],
        "country_code": lambda f: f.cc,
        "phone": Y(ph, "phone"),
        "company": pick("", "", "Northwind Dental", "Brightside Studio"),
        "latitude": Y(lambda f: f.lat(), "geolocation"),
        "longitude": Y(lambda f: f.lon(), "geolocation"),
    }


def pet_profile():
    return {
        "id": gid("", 8),
        "name": pick(*PETS),
        "species": pick("dog", "cat", "dog", "rabbit"),
        "breed": pick(*BREEDS),
        "birthday": lambda f: f.date(2010, 2023),
        "weight_kg": lambda f: f.money(1, 45),
        "sex": pick("male", "female"),
        "neutered": flag,
        "conditions": Many(pick(*PET_CONDITIONS), 2),
        "medications": Many(pick(*PET_MEDS), 2),
        "food_allergies": Many(pick(*PET_ALLERGIES), 2),
    }


def gift_note(f):
    name = f.first()
    return f.pick(
        [
            f"Happy birthday {name}! Treat yourself x",
            f"For {name} – you deserve a spa day. Love, Mum",
            f"{name}, congrats on the new job!!",
            f"Dear {name}, thank you for everything this year.",
            f"Merry Christmas {name} 🎄",
        ]
    )


# -- GlowBox ---------------------------------------------------------------------------------------

GLOWBOX = [
    (
        "identify",
        None,
        ["web", "swift", "rn"],
        3,
        {
            "email": Y(em, "email"),
            "first_name": Y(fn, "name"),
            "last_name": Y(ln, "name"),
            "phone": Y(ph, "phone"),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "address": {
                "street": Y(st, "street|address"),
                "city": Y(ci, "city"),
                "state": lambda f: f.state(),
                "postal_code": Y(pc, "zipcode"),
                "country": lambda f: f.cc,
            },
            "skin_type": pick("oily", "dry", "combination", "normal", "sensitive"),
            "loyalty_tier": pick("Glow", "Radiant", "Luminous"),
            "points_balance": ints(0, 4800),
            "email_opt_in": flag,
            "sms_opt_in": flag,
            "created_at": iso,
            "gender": Y(pick("female", "male", "non-binary", "prefer not to say"), "gender"),
            "avatar_url": Y(lambda f: f"https://cdn.glowbox.com/avatars/{f.hexid(16)}.jpg", "photo"),
            "referral_code": lambda f: "GLOW-" + f.hexid(5).upper(),
        },
    ),
    (
        "track",
        "Skin Quiz Started",
        ["web", "rn"],
        1,
        {
            "quiz_id": const("skin-quiz"),
            "quiz_version": pick("v7", "v8"),
        },
    ),
    (
        "track",
        "Skin Quiz Completed",
        ["web", "rn"],
        2,
        {
            "quiz_id": const("skin-quiz"),
            "quiz_version": pick("v7", "v8"),
            "skin_type": pick("oily", "dry", "combination", "normal"),
            "skin_concerns": Many(
                pick("dullness", "fine lines", "dark spots", "large pores", "dehydration", "uneven texture"),
                3,
            ),
            "sensitivities": Many(
                Y(
                    lambda f: f.pick(
                        ["fragrance", "essential oils", "retinoids", "salicylic acid", "nut oils", "lanolin"]
                    ),
                    "allergy",
                ),
                2,
            ),
            "diagnosed_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["eczema", "rosacea", "psoriasis", "cystic acne", "perioral dermatitis", "melasma"]
                    ),
                    "condition|diagnosis",
                ),
                2,
            ),
            "prescription_topicals": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "tretinoin 0.025%",
                            "azelaic acid 15%",
                            "clindamycin gel",
                            "hydroquinone 4%",
                            "metronidazole cream",
                        ]
                    ),
                    "medication",
                ),
                2,
            ),
            "pregnant_or_breastfeeding": RED(flag, "condition"),
            "age_range": pick("18-24", "25-34", "35-44", "45-54", "55+"),
            "undertone": pick("warm", "cool", "neutral", "olive"),
            "routine_steps": ints(1, 9),
            "result_regimen_id": lambda f: "rgm_" + f.hexid(8),
            "recommended_skus": Many(
                lambda f: f"GB-{f.r.randint(1000, 9999)}-{f.pick(['30', '50', '100'])}", 4
            ),
            "duration_sec": ints(40, 600),
            "email": Y(em, "email"),
            "first_name": Y(fn, "name"),
        },
    ),
    (
        "track",
        "Typeform Response Received",
        ["node"],
        1,
        {
            "form_id": pick("Xk3vQp", "Ld92Tt"),
            "token": lambda f: f.hexid(32),
            "submitted_at": iso,
            "answers": [
                {
                    "field": {"id": const("n4mE1x"), "type": const("short_text"), "ref": const("first_name")},
                    "type": const("text"),
                    "text": Y(fn, "name", True),
                },
                {
                    "field": {
                        "id": const("Sk1nTy"),
                        "type": const("multiple_choice"),
                        "ref": const("skin_type"),
                    },
                    "type": const("choice"),
                    "choice": {"label": pick("Oily", "Dry", "Combination", "Normal")},
                },
                {
                    "field": {
                        "id": const("C0ncrn"),
                        "type": const("multiple_choice"),
                        "ref": const("concerns"),
                    },
                    "type": const("choices"),
                    "choices": {"labels": Many(pick("Dullness", "Fine lines", "Dark spots", "Pores"), 3)},
                },
                {
                    "field": {
                        "id": const("Ag3Rng"),
                        "type": const("number"),
                        "ref": const("routine_minutes"),
                    },
                    "type": const("number"),
                    "number": ints(2, 30),
                },
                {
                    "field": {"id": const("eM41lz"), "type": const("email"), "ref": const("email")},
                    "type": const("email"),
                    "email": Y(em, "email"),
                },
                {
                    "field": {"id": const("Sms0pt"), "type": const("yes_no"), "ref": const("sms_tips")},
                    "type": const("boolean"),
                    "boolean": flag,
                },
            ],
        },
    ),
    (
        "track",
        "Product List Filtered",
        ["web"],
        2,
        {
            "list_id": pick("serums", "moisturisers", "sun-care", "bestsellers"),
            "category": pick("Serums", "Moisturisers", "Sun Care"),
            "filters": Many(
                {
                    "type": pick("pregnancy_safe", "fragrance_free", "skin_type", "price"),
                    "value": pick("true", "oily", "dry", "under_25", "vegan"),
                },
                3,
            ),
            "sorts": Many({"type": pick("price", "rating", "newest"), "value": pick("asc", "desc")}, 1),
            "products": Many(glow_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "rn"],
        3,
        {
            **glow_product(),
            "currency": cur,
            "value": money,
            "rating_avg": lambda f: round(f.r.uniform(3.2, 5), 1),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "rn"],
        2,
        {
            "cart_id": uid,
            **{
                k: v
                for k, v in glow_product().items()
                if k in ("product_id", "sku", "name", "variant", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        3,
        {
            "order_id": gid("", 13),
            "checkout_id": lambda f: f.hexid(32),
            "total": money,
            "subtotal": money,
            "tax": lambda f: f.money(0, 12),
            "shipping": pick(0, 4.95, 5.99),
            "discount": lambda f: f.money(0, 15),
            "coupon": pick("", "WELCOME15", "GLOWUP", "BDAY20"),
            "currency": cur,
            "products": Many(glow_product(), 3),
            "shipping_address": shopify_address(),
            "customer": {
                "id": gid("", 13),
                "email": Y(em, "email"),
                "first_name": Y(fn, "name"),
                "last_name": Y(ln, "name"),
                "orders_count": ints(1, 30),
                "accepts_marketing": flag,
                "verified_email": flag,
                "phone": Y(ph, "phone"),
            },
            "billing_address": {
                "name": Y(nm, "name"),
                "address1": Y(st, "address|street"),
                "city": Y(ci, "city"),
                "zip": Y(pc, "zipcode"),
                "country_code": lambda f: f.cc,
                "phone": Y(ph, "phone"),
            },
            "is_gift": flag,
            "gift_recipient": {"name": Y(nm, "name"), "email": Y(em, "email")},
            "gift_message": Y(gift_note, "name", True),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["ruby"],
        2,
        {
            "subscription_id": gid("", 9),
            "plan": pick("GlowBox Monthly", "GlowBox Quarterly", "Routine Refill"),
            "price": money,
            "order_interval_unit": pick("month", "week"),
            "order_interval_frequency": pick(1, 2, 3),
            "next_charge_scheduled_at": lambda f: f.date(2024, 2025),
            "customer_email": Y(em, "email"),
            "payment_method": {
                "id": lambda f: "pm_1" + f.hexid(23),
                "brand": pick("visa", "mastercard", "amex"),
                "last4": lambda f: f.digits(4),
                "exp_month": ints(1, 12),
                "exp_year": ints(2025, 2031),
            },
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["web"],
        1,
        {
            "subscription_id": gid("", 9),
            "cancel_reason": pick("too_expensive", "too_many_products", "skin_reaction", "switching_brand"),
            "feedback": pick(
                "Too many products piling up",
                "Loved it but need a break for budget reasons",
                "The serum was too strong for me",
                "",
                "Will come back in autumn",
            ),
            "months_active": ints(1, 30),
            "offered_discount": flag,
        },
    ),
    (
        "track",
        "Product Reviewed",
        ["web", "rn"],
        2,
        {
            "product_id": gid("", 13),
            "review_id": lambda f: "rv_" + f.hexid(10),
            "rating": ints(1, 5),
            "review_title": pick("Holy grail!", "Not for me", "Nice texture", "Broke me out", "Worth it"),
            "review_body": pick(
                "Sinks in fast and my skin feels calmer after two weeks.",
                "Smells strongly of citrus, had to stop using it.",
                "Great under makeup, no pilling.",
                "Packaging leaked in the box but the product is lovely.",
            ),
            "reviewer_display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "reviewer_email": Y(em, "email"),
            "reviewer_location": Y(lambda f: f"{f.city()}, {f.state()}", "city|address"),
            "skin_type": pick("oily", "dry", "combination", "normal"),
            "age_range": pick("18-24", "25-34", "35-44", "45-54"),
            "photo_count": ints(0, 3),
            "photos": Many(
                {
                    "url": Y(lambda f: f"https://cdn.glowbox.com/ugc/reviews/{f.hexid(18)}.jpg", "photo"),
                },
                2,
            ),
            "verified_buyer": flag,
            "incentivized": const(False),
        },
    ),
    (
        "track",
        "Review Photo Uploaded",
        ["swift"],
        1,
        {
            "review_id": lambda f: "rv_" + f.hexid(10),
            "image_id": uid,
            "file_size_kb": ints(200, 4800),
            "mime_type": pick("image/heic", "image/jpeg"),
            "kind": pick("before", "after", "texture"),
            "exif": {
                "gps_latitude": Y(lambda f: f.lat(), "geolocation"),
                "gps_longitude": Y(lambda f: f.lon(), "geolocation"),
                "camera_model": pick("iPhone 15 Pro", "iPhone 13", "iPhone 14"),
                "taken_at": lambda f: f.iso()[:19].replace("-", ":").replace("T", " "),
            },
        },
    ),
    (
        "track",
        "Military Discount Verified",
        ["python"],
        1,
        {
            "verification_provider": const("ID.me"),
            "idme_uuid": lambda f: f.hexid(32),
            "affiliation": RED(pick("veteran", "active_duty", "military_spouse", "retiree"), "veteran"),
            "discount_pct": const(15),
            "verified_at": iso,
        },
    ),
    (
        "track",
        "Birthday Reward Claimed",
        ["python"],
        1,
        {
            "reward_id": lambda f: "rw_" + f.hexid(8),
            "birth_month": ints(1, 12),
            "points_awarded": pick(250, 500),
            "sku": lambda f: f"GB-{f.r.randint(1000, 9999)}-KIT",
        },
    ),
    (
        "screen",
        "My Routine",
        ["swift", "rn"],
        1,
        {
            "routine_id": lambda f: "rgm_" + f.hexid(8),
            "step_count": ints(2, 8),
            "reminder_time": pick("07:30", "21:45", "22:00"),
            "notifications_enabled": flag,
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        1,
        {
            "gift_card_id": lambda f: "gc_" + f.hexid(12),
            "amount": pick(25, 50, 75, 100),
            "currency": cur,
            "recipient_name": Y(nm, "name"),
            "recipient_email": Y(em, "email"),
            "sender_name": Y(fn, "name"),
            "note": Y(gift_note, "name", True),
            "deliver_on": lambda f: f.date(2024, 2024),
        },
    ),
    (
        "track",
        "Checkout Field Completed",
        ["web"],
        1,
        {
            "checkout_id": lambda f: f.hexid(32),
            "step": const(1),
            "field": {"name": const("phone"), "type": const("tel"), "value": Y(ph, "phone", True)},
            "autofilled": flag,
            "duration_ms": ints(300, 9000),
        },
    ),
    (
        "track",
        "Checkout Error Shown",
        ["web"],
        1,
        {
            "checkout_id": lambda f: f.hexid(32),
            "field": {"name": const("card_number"), "type": const("text")},
            "error_code": pick("card_declined", "incorrect_number", "processing_error"),
            "input_value": RED(lambda f: f.card(), "credit card", True),
            "attempt": ints(1, 4),
        },
    ),
    (
        "track",
        "Email Unsubscribed",
        ["python"],
        1,
        {
            "email_address": Y(em, "email"),
            "list_id": pick("Xy7Pq2", "Nw3Lm8"),
            "campaign_id": lambda f: "01H" + f.hexid(23).upper(),
            "unsubscribe_url": Y(
                lambda f: (
                    f"https://www.glowbox.com/account/preferences?email={f.email().replace('@', '%40')}&c=1"
                ),
                "email",
                True,
            ),
            "reason": pick("too_many_emails", "not_relevant", ""),
        },
    ),
    (
        "track",
        "Chat Started",
        ["web"],
        1,
        {
            "ticket": {
                "id": ints(100000, 999999),
                "channel": pick("chat", "instagram_dm"),
                "subject": pick("Where is my order?", "Skip next box", "Reaction to product"),
                "requester": {"name": Y(nm, "name"), "email": Y(em, "email"), "phone": Y(ph, "phone")},
                "assignee": {"id": gid("", 6), "name": Y(nm, "name")},
                "tags": Many(pick("wismo", "subscription", "vip", "skin_reaction"), 2),
            },
            "first_message": pick(
                "Hi, my order hasn't arrived yet",
                "Can I swap the cleanser in my next box?",
                "The toner is stinging, is that normal?",
            ),
        },
    ),
    (
        "track",
        "influencer-application-submitted",
        ["php"],
        1,
        {
            "full-name": Y(nm, "name"),
            "email-address": Y(em, "email"),
            "instagram-handle": Y(lambda f: f.ig_handle(), "name"),
            "tiktok-url": Y(lambda f: "https://www.tiktok.com/" + f.ig_handle(), "name", True),
            "follower-count": ints(800, 250000),
            "niche": pick("skincare", "clean beauty", "mom life", "wellness"),
            "mailing-address": Y(lambda f: f.full_address(), "address"),
            "date-of-birth": Y(lambda f: f.date(1985, 2004), "birthdate"),
            "agree-terms": const(True),
        },
    ),
    (
        "page",
        "Quiz Results",
        ["web"],
        1,
        {
            "path": const("/quiz/results"),
            "url": lambda f: f"https://www.glowbox.com/quiz/results?r={f.hexid(8)}",
            "title": const("Your routine | GlowBox"),
            "referrer": const("https://www.glowbox.com/quiz"),
            "search": lambda f: f"?r={f.hexid(8)}",
            "name": const("Quiz Results"),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["node"],
        1,
        {
            "destination": const("facebook_conversions_api"),
            "event_name": pick("Purchase", "Subscribe", "CompleteRegistration"),
            "event_id": uid,
            "user_data": {
                "em": Many(Y(lambda f: f.sha256(f.email()), "email"), 1),
                "ph": Many(Y(lambda f: f.sha256(f.phone()), "phone"), 1),
                "external_id": Many(lambda f: f.sha256(f.digits(13)), 1),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": pick(*UAS),
            },
            "custom_data": {"value": money, "currency": cur},
        },
    ),
]

GLOWBOX.append(
    (
        "track",
        "Order Risk Assessed",
        ["node"],
        1,
        {
            "order_id": gid("", 13),
            "provider": const("signifyd"),
            "decision": pick("ACCEPT", "ACCEPT", "HOLD", "REJECT"),
            "score": ints(0, 1000),
            "browser_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "device_fingerprint": lambda f: f.hexid(32),
            "email_domain": lambda f: f.pick(MAIL[f.cc]),
            "billing_shipping_match": flag,
            "purchaser": {
                "full_name": Y(nm, "name"),
                "email": Y(em, "email"),
                "phone": Y(ph, "phone"),
                "account_created_at": iso,
            },
        },
    )
)

# -- FreshPlate ------------------------------------------------------------------------------------

FRESHPLATE = [
    (
        "identify",
        None,
        ["kotlin", "swift", "web"],
        3,
        {
            "firstName": Y(fn, "name"),
            "lastName": Y(ln, "name"),
            "email": Y(em, "email"),
            "phone": Y(ph, "phone"),
            "address": {
                "street": Y(st, "street|address"),
                "city": Y(ci, "city"),
                "postalCode": Y(pc, "zipcode"),
                "state": lambda f: f.state(),
                "country": lambda f: f.cc,
            },
            "householdSize": ints(1, 6),
            "dietaryPreference": pick(
                "classic", "vegetarian", "pescatarian", "low-carb", "family", "calorie-smart"
            ),
            "allergies": Many(
                Y(
                    lambda f: f.pick(
                        ["peanuts", "tree nuts", "shellfish", "gluten", "sesame", "dairy", "egg"]
                    ),
                    "allergy",
                ),
                2,
            ),
            "plan": pick("2 people · 3 meals", "4 people · 4 meals", "2 people · 5 meals"),
            "boxesDelivered": ints(0, 140),
            "createdAt": iso,
            "referralCode": lambda f: "FP" + f.hexid(6).upper(),
            "marketingConsent": flag,
            "phoneVerified": flag,
        },
    ),
    (
        "track",
        "Delivery Address Updated",
        ["web", "kotlin"],
        2,
        {
            "addressId": uid,
            "addressType": pick("home", "work", "other"),
            "line1": Y(st, "address|street"),
            "line2": Y(lambda f: f.line2(), "address|street"),
            "city": Y(ci, "city"),
            "postcode": Y(pc, "zipcode"),
            "state": lambda f: f.state(),
            "country": lambda f: f.cc,
            "deliveryInstructions": pick(
                "Leave in the porch",
                "Ring the bell twice",
                "Side gate is unlocked",
                "",
                "Leave with reception",
            ),
            "isDefault": flag,
            "geocode": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "validated": flag,
            "validationProvider": pick("loqate", "smarty", "google_places"),
            "contactName": Y(nm, "name"),
            "contactPhone": Y(ph, "phone"),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web"],
        1,
        {
            "input": Y(lambda f: f.street()[: f.r.randint(8, 14)], "address|street", True),
            "label": Y(lambda f: f.full_address(), "address", True),
            "provider": pick("loqate", "google_places"),
            "suggestionIndex": ints(0, 4),
            "resultId": lambda f: f.pick(["GB|RM|A|", "US|US|A|", "DE|DP|A|"]) + f.digits(8),
        },
    ),
    (
        "track",
        "Meal Selected",
        ["kotlin", "swift"],
        3,
        {
            "recipeId": lambda f: f.hexid(24),
            "recipeName": pick(*RECIPES),
            "weekOf": pick("2024-W22", "2024-W23", "2024-W24"),
            "servings": pick(2, 4),
            "allergens": Many(pick("milk", "gluten", "egg", "fish", "soy", "sesame", "mustard", "celery"), 3),
            "tags": Many(pick("quick", "spicy", "family friendly", "high protein", "veggie"), 2),
        },
    ),
    (
        "track",
        "Box Customised",
        ["web"],
        1,
        {
            "deliveryWeek": pick("2024-W22", "2024-W23"),
            "mealsSelected": Many(lambda f: f.hexid(24), 4),
            "addOns": Many(
                {
                    "sku": lambda f: "FP-ADD-" + f.digits(4),
                    "name": pick("Garlic Bread", "Brownie Kit", "Chicken Breast 2x"),
                    "qty": ints(1, 3),
                },
                2,
            ),
            "totalPrice": money,
            "swaps": ints(0, 4),
        },
    ),
    (
        "track",
        "Subscription Paused",
        ["kotlin", "web"],
        2,
        {
            "subscriptionId": uid,
            "pauseWeeks": ints(1, 6),
            "pauseStart": lambda f: f.date(2024, 2024),
            "pauseEnd": lambda f: f.date(2024, 2024),
            "reason": pick("traveling", "budget", "too_much_food", "moving", "other"),
            "reasonDetail": pick(
                "On holiday for two weeks", "Cooking less in summer", "", "Trying another service"
            ),
        },
    ),
    (
        "track",
        "Delivery Status Updated",
        ["go"],
        2,
        {
            "deliveryId": uid,
            "trackingNumber": lambda f: f.pick(["1Z", "JD0", "H"]) + f.digits(14),
            "status": pick("out_for_delivery", "arriving_soon", "delivered"),
            "eta": iso,
            "stopsAway": ints(0, 12),
            "driver": {
                "id": gid("drv_", 5),
                "firstName": Y(fn, "name"),
                "photoUrl": Y(lambda f: f"https://cdn.freshplate.com/drivers/{f.hexid(12)}.jpg", "photo"),
                "vehicle": pick("white Ford Transit", "blue Mercedes Sprinter"),
                "location": {
                    "lat": Y(lambda f: f.lat(), "geolocation"),
                    "lng": Y(lambda f: f.lon(), "geolocation"),
                },
            },
            "recipient": {"name": Y(nm, "name"), "phone": Y(ph, "phone")},
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        2,
        {
            "referralId": uid,
            "channel": pick("email", "sms"),
            "invitee": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "inviteeName": Y(fn, "name"),
            "creditOffered": pick(20, 40, 60),
        },
    ),
    (
        "track",
        "Referral Credit Applied",
        ["node"],
        1,
        {
            "referrerUserId": uid,
            "refereeUserId": uid,
            "refereeFirstName": Y(fn, "name"),
            "refereeEmail": Y(em, "email"),
            "creditAmount": pick(20, 40),
            "currency": cur,
            "orderId": gid("FP-", 8),
        },
    ),
    (
        "track",
        "Allergy Profile Updated",
        ["kotlin", "web"],
        1,
        {
            "hasFoodAllergies": RED(flag, "allergy"),
            "allergies": Many(
                Y(
                    lambda f: f.pick(
                        ["peanuts", "tree nuts", "shellfish", "gluten", "sesame", "dairy", "egg"]
                    ),
                    "allergy",
                ),
                3,
            ),
            "severity": RED(pick("mild", "moderate", "severe", "anaphylactic"), "allergy"),
            "excludedIngredients": Many(pick("pork", "beef", "mushrooms", "coriander", "olives"), 3),
        },
    ),
    (
        "track",
        "Household Member Added",
        ["swift"],
        1,
        {
            "memberId": uid,
            "firstName": Y(fn, "name"),
            "relationship": pick("partner", "child", "roommate", "parent"),
            "ageGroup": pick("child", "teen", "adult"),
            "allergies": Many(
                Y(
                    lambda f: f.pick(
                        ["peanuts", "tree nuts", "shellfish", "gluten", "sesame", "dairy", "egg"]
                    ),
                    "allergy",
                ),
                2,
            ),
            "pickyEater": flag,
        },
    ),
    (
        "track",
        "Payment Failed",
        ["python"],
        1,
        {
            "invoice_id": lambda f: "in_1" + f.hexid(23),
            "attempt": ints(1, 4),
            "decline_code": pick("insufficient_funds", "expired_card", "do_not_honor"),
            "card_brand": pick("visa", "mastercard", "amex"),
            "card_last4": lambda f: f.digits(4),
            "card_exp": lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(24, 30)}",
            "card_bin": lambda f: f.pick(["4", "5"]) + f.digits(5),
            "amount": money,
            "next_retry_at": iso,
            "customer_email": Y(em, "email"),
        },
    ),
    (
        "track",
        "Account Registered",
        ["dotnet"],
        1,
        {
            "Email": Y(em, "email"),
            "Password": RED(
                lambda f: f.pick(["Summer2024!", "freshplate123", "P@ssw0rd#1", "Kochen!2024", "ilovetacos"]),
                "password",
            ),
            "FirstName": Y(fn, "name"),
            "LastName": Y(ln, "name"),
            "PhoneNumber": Y(ph, "phone"),
            "PasswordStrength": pick("Weak", "Medium", "Strong"),
            "MarketingOptIn": flag,
            "SignupSource": pick("web", "ios", "android"),
            "CreatedUtc": iso,
            "Culture": lambda f: f.pick(LOCALE[f.cc]),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["dotnet"],
        2,
        {
            "InvoiceNumber": lambda f: f"FP-{f.r.randint(2023, 2024)}-{f.digits(6)}",
            "CustomerId": uid,
            "CustomerEmail": Y(em, "email"),
            "BillingName": Y(nm, "name"),
            "BillingAddress": {
                "Line1": Y(st, "address|street"),
                "Line2": Y(lambda f: f.line2(), "address|street"),
                "City": Y(ci, "city"),
                "PostalCode": Y(pc, "zipcode"),
                "Country": lambda f: f.cc,
            },
            "AmountDue": money,
            "Currency": cur,
            "PaymentMethod": {
                "Id": lambda f: "pm_1" + f.hexid(23),
                "Brand": pick("visa", "mastercard", "amex"),
                "Last4": lambda f: f.digits(4),
                "Fingerprint": lambda f: f.hexid(16),
            },
            "PaidAtUtc": iso,
        },
    ),
    (
        "track",
        "Refund Issued",
        ["dotnet"],
        1,
        {
            "refundId": lambda f: "re_" + f.hexid(24),
            "orderNumber": gid("FP-", 8),
            "amount": money,
            "reason": pick("MissingItem", "DamagedBox", "LateDelivery"),
            "approvedBy": Y(nm, "name"),
            "notes": pick("Goodwill credit", "Ice packs melted", "Courier left box in rain", ""),
        },
    ),
    (
        "track",
        "Lieferadresse geändert",
        ["web"],
        2,
        {
            "Vorname": Y(fn, "name"),
            "Nachname": Y(ln, "name"),
            "Straße": Y(lambda f: f.pick(DE_STREETS).rstrip("."), "street|address"),
            "Hausnummer": Y(lambda f: f"{f.r.randint(1, 140)}{f.pick(['', 'a', 'b'])}", "address|street"),
            "Adresszusatz": Y(lambda f: f.line2(), "address|street"),
            "PLZ": Y(pc, "zipcode"),
            "Ort": Y(ci, "city"),
            "Bundesland": pick("Berlin", "Bayern", "Hamburg", "Nordrhein-Westfalen", "Sachsen"),
            "Telefonnummer": Y(ph, "phone"),
            "Lieferhinweis": pick(
                "Bitte beim Nachbarn abgeben", "Im Hinterhof abstellen", "", "Klingel defekt, bitte klopfen"
            ),
            "Abstellgenehmigung": flag,
        },
    ),
    (
        "track",
        "SEPA-Lastschriftmandat erteilt",
        ["java"],
        1,
        {
            "Mandatsreferenz": lambda f: "FPM" + f.digits(10),
            "Kontoinhaber": Y(nm, "name"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "BIC": pick("COBADEFFXXX", "DEUTDEBBXXX", "GENODEF1S04", "INGDDEFFXXX"),
            "Unterschriftsdatum": lambda f: f.date(2024, 2024),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            "EMAIL": Y(em, "email"),
            "FIRST_NAME": Y(fn, "name"),
            "LAST_NAME": Y(ln, "name"),
            "PHONE_NUMBER": Y(ph, "phone"),
            "POSTAL_CODE": Y(pc, "zipcode"),
            "CITY": Y(ci, "city"),
            "COUNTRY_CODE": lambda f: f.cc,
            "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "HASHED_EMAIL": Y(lambda f: f.sha256(f.email()), "email"),
            "LTV_USD": lambda f: f.money(0, 4000),
            "ORDERS_COUNT": ints(0, 160),
            "LAST_ORDER_AT": iso,
            "CHURN_RISK_SCORE": lambda f: round(f.r.random(), 3),
            "IS_PAUSED": flag,
            "PREFERRED_DIET": pick("CLASSIC", "VEGGIE", "PESCATARIAN", "LOW_CARB"),
            "EMAIL_CONSENT_STATUS": pick("SUBSCRIBED", "UNSUBSCRIBED", "NEVER_SUBSCRIBED"),
            "SF_CONTACT_ID": lambda f: "003" + f.hexid(15),
        },
    ),
    (
        "group",
        None,
        ["node"],
        1,
        {
            "name": pick("Northwind Traders", "Globex Corp", "Initech GmbH", "Umbrella Health"),
            "industry": pick("Software", "Healthcare", "Retail"),
            "employees": pick(45, 120, 800),
            "plan": pick("FreshPlate for Teams", "Office Lunch Pro"),
            "billing_contact_email": Y(em, "email"),
            "billing_contact_name": Y(nm, "name"),
            "office_city": pick("Austin", "London", "Berlin"),
            "created_at": iso,
        },
    ),
    ("alias", None, ["swift", "kotlin"], 1, None),
    (
        "page",
        "Plans",
        ["web"],
        2,
        {
            "path": const("/plans"),
            "url": pick(
                "https://www.freshplate.com/plans",
                "https://www.freshplate.com/plans?utm_source=google&utm_medium=cpc",
            ),
            "title": const("Choose your plan | FreshPlate"),
            "referrer": pick("https://www.freshplate.com/", "https://www.google.com/", ""),
            "search": pick("", "?utm_source=google&utm_medium=cpc"),
            "name": const("Plans"),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "rn", "flutter"],
        2,
        {
            "from_background": flag,
            "version": pick("4.19.2", "2.8.3", "3.3.1"),
            "build": pick("4192", "283", "331"),
        },
    ),
    (
        "track",
        "Application Updated",
        ["swift", "kotlin"],
        1,
        {
            "previous_build": pick("4180", "4173"),
            "version": const("4.19.2"),
            "build": const("4192"),
        },
    ),
]

FRESHPLATE += [
    (
        "track",
        "Gift Box Sent",
        ["web", "swift"],
        1,
        {
            "giftId": uid,
            "boxSize": pick("2 people · 3 meals", "2 people · 4 meals"),
            "recipientName": Y(nm, "name"),
            "recipientEmail": Y(em, "email"),
            "recipientAddress": {
                "line1": Y(st, "address|street"),
                "city": Y(ci, "city"),
                "postcode": Y(pc, "zipcode"),
                "country": lambda f: f.cc,
            },
            "senderName": Y(fn, "name"),
            "giftMessage": Y(gift_note, "name", True),
            "deliveryDate": lambda f: f.date(2024, 2024),
        },
    ),
    (
        "track",
        "Wine Add-On Age Verified",
        ["python"],
        1,
        {
            "verification_id": uid,
            "method": pick("drivers_license", "state_id", "database"),
            "date_of_birth": Y(lambda f: f.date(1950, 2003), "birthdate"),
            "drivers_license_number": Y(
                lambda f: f.pick(["D", "S", "F"]) + f.digits(f.pick([7, 8, 12])), "license"
            ),
            "license_state": pick("CA", "NY", "TX", "IL", "FL"),
            "verified": flag,
        },
    ),
]

# -- Petopia ---------------------------------------------------------------------------------------

PETOPIA = [
    (
        "identify",
        None,
        ["web", "swift", "flutter"],
        3,
        {
            "email": Y(em, "email"),
            "firstName": Y(fn, "name"),
            "lastName": Y(ln, "name"),
            "phone": Y(ph, "phone"),
            "address": {
                "street": Y(st, "street|address"),
                "city": Y(ci, "city"),
                "state": lambda f: f.state(),
                "postalCode": Y(pc, "zipcode"),
                "country": lambda f: f.cc,
            },
            "petsCount": ints(1, 4),
            "autoshipActive": flag,
            "createdAt": iso,
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["flutter", "swift"],
        2,
        {
            "pet": {
                **pet_profile(),
                "microchip_number": Y(lambda f: f.microchip(), "identification|serial"),
                "photo_url": lambda f: f"https://cdn.petopia.com/pets/{f.hexid(14)}.jpg",
            },
            "source": pick("onboarding", "account", "pharmacy"),
        },
    ),
    (
        "track",
        "Autoship Created",
        ["web", "java"],
        2,
        {
            "autoship_id": gid("AS", 9),
            "frequency_weeks": pick(2, 4, 6, 8),
            "next_ship_date": lambda f: f.date(2024, 2025),
            "items": Many(
                {
                    "sku": lambda f: "PT" + f.digits(6),
                    "name": lambda f: f.pick(PET_PRODUCTS)[0],
                    "brand": lambda f: f.pick(PET_PRODUCTS)[1],
                    "qty": ints(1, 3),
                    "price": money,
                    "rx_required": flag,
                },
                3,
            ),
            "discount_pct": pick(5, 10, 35),
            "shipping_address_id": gid("", 9),
            "currency": cur,
        },
    ),
    (
        "track",
        "Prescription Requested",
        ["web"],
        2,
        {
            "rx_request_id": uid,
            "product_sku": lambda f: "PT" + f.digits(6),
            "pet": pet_profile(),
            "vet": {
                "name": Y(lambda f: f"Dr. {f.full_name()}", "name"),
                "email": Y(em, "email"),
                "clinic_name": pick(
                    "Banfield Pet Hospital", "Riverside Animal Clinic", "VCA Westside", "Harbour Vets"
                ),
                "clinic_phone": pick("(512) 555-0143", "+44 20 7946 0321", "206-555-0187"),
                "clinic_fax": pick("(512) 555-0144", "206-555-0188"),
                "clinic_address": {
                    "line1": pick("4101 Guadalupe St", "12 Harbour Way", "900 Westlake Ave N"),
                    "city": pick("Austin", "Bristol", "Seattle"),
                    "state": pick("TX", "England", "WA"),
                    "zip": pick("78751", "BS1 5TX", "98109"),
                },
            },
            "contact_preference": pick("fax", "phone", "email"),
        },
    ),
    (
        "track",
        "Prescription Approved",
        ["java"],
        1,
        {
            "rx_number": gid("RX", 8),
            "pet_id": gid("", 8),
            "drug_name": pick(*PET_MEDS),
            "sig": pick(
                "Give 1 tablet by mouth twice daily with food",
                "Feed exclusively, 2 cups daily",
                "1 chew daily",
            ),
            "refills": ints(0, 11),
            "expires_on": lambda f: f.date(2025, 2025),
            "prescriber": {
                "full_name": Y(lambda f: f"Dr. {f.full_name()}", "name"),
                "license_number": Y(
                    lambda f: f"{f.pick(['TX', 'WA', 'CA', 'NY'])} VET {f.digits(5)}", "license"
                ),
            },
            "pharmacist_name": Y(nm, "name"),
            "verification_method": pick("fax", "phone", "vet_portal"),
        },
    ),
    (
        "track",
        "rx-fax-received",
        ["php"],
        1,
        {
            "rx-id": gid("RX", 8),
            "clinic-name": pick("Banfield Pet Hospital", "Riverside Animal Clinic", "VCA Westside"),
            "vet-name": Y(lambda f: f"Dr. {f.last()}", "name"),
            "pet-name": pick(*PETS),
            "owner-name": Y(nm, "name"),
            "owner-phone": Y(ph, "phone"),
            "fax-number": pick("(512) 555-0144", "206-555-0188", "(614) 555-0102"),
            "received-at": iso,
        },
    ),
    (
        "track",
        "Order Lookup Submitted",
        ["web"],
        1,
        {
            "q": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "order_number": gid("PT", 9),
            "found": flag,
        },
    ),
    (
        "track",
        "Store Pickup Selected",
        ["web", "flutter"],
        1,
        {
            "store": {
                "id": gid("", 4),
                "name": pick("Petopia Capitol Hill", "Petopia South Congress", "Petopia Clifton"),
                "address": pick("1520 E Pine St", "1601 S Congress Ave", "8 Regent St"),
                "city": pick("Seattle", "Austin", "Bristol"),
                "phone": pick("(206) 555-0110", "(512) 555-0190", "0117 496 0123"),
            },
            "distance_mi": lambda f: f.money(0, 25),
            "pickup_date": lambda f: f.date(2024, 2024),
            "pickup_person": {"name": Y(nm, "name"), "phone": Y(ph, "phone")},
        },
    ),
    (
        "track",
        "Autoship Reminder Sent",
        ["go"],
        1,
        {
            "MessageSid": lambda f: "SM" + f.hexid(32),
            "To": Y(ph, "phone", True),
            "From": pick("+18885550123", "72345"),
            "Body": lambda f: (
                f"Petopia: your autoship for {f.pick(PETS)} ships {f.pick(['Tue', 'Thu', 'Mon'])}. "
                "Reply SKIP to skip, STOP to opt out."
            ),
            "Status": pick("queued", "sent", "delivered"),
            "autoship_id": gid("AS", 9),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        1,
        {
            "topic": pick("pharmacy", "autoship", "order"),
            "callback_note": Y(
                lambda f: f.pick(
                    [
                        f"Please call me on {f.phone()} after 5pm",
                        f"Best number is {f.phone()}",
                        f"Call {f.phone()} re: renal diet refill",
                    ]
                ),
                "phone",
                True,
            ),
            "preferred_time": pick("morning", "afternoon", "evening"),
        },
    ),
    (
        "track",
        "Affiliate Payout Configured",
        ["python"],
        1,
        {
            "affiliate_id": gid("aff_", 6),
            "legal_name": Y(nm, "name"),
            "tax_classification": pick("individual", "sole_proprietor"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "tin": RED(lambda f: f.ssn(), "social security number"),
            "payout_method": pick("ach", "paypal"),
            "bank_routing_number": lambda f: f.aba(),
            "bank_account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_holder": Y(nm, "name"),
            "paypal_email": Y(em, "email"),
            "instagram_handle": Y(lambda f: f.ig_handle(), "name"),
            "mailing_address": Y(lambda f: f.full_address(), "address"),
            "date_of_birth": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "w9_signed_at": iso,
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        2,
        {
            "checkout_id": uid,
            "step": const(3),
            "payment_method": pick("card", "paypal", "apple_pay"),
            "card_brand": pick("Visa", "Mastercard", "Discover", "Amex"),
            "card_last4": lambda f: f.digits(4),
            "card_exp_month": ints(1, 12),
            "card_exp_year": ints(2025, 2031),
            "billing_same_as_shipping": flag,
        },
    ),
    (
        "track",
        "Signed In",
        ["flutter"],
        1,
        {
            "method": pick("email", "apple", "google"),
            "username": Y(em, "email", True),
            "remember_me": flag,
            "attempts": ints(1, 3),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        1,
        {
            "email": Y(em, "email"),
            "reset_url": RED(
                lambda f: "https://www.petopia.com/account/reset?token=" + f.hexid(40), "token", True
            ),
            "expires_in_minutes": const(30),
        },
    ),
    (
        "track",
        "Network Request Failed",
        ["rn"],
        1,
        {
            "url": lambda f: f"https://api.petopia.com/v2/autoship/{f.digits(9)}",
            "method": pick("GET", "PATCH"),
            "status_code": pick(401, 500, 502, 504),
            "duration_ms": ints(80, 30000),
            "headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "Content-Type": const("application/json"),
                "X-Request-Id": uid,
                "Cookie": RED(
                    lambda f: f"pt_session={f.hexid(48)}; _ga=GA1.1.{f.digits(9)}.{f.digits(10)}", "token"
                ),
            },
        },
    ),
    (
        "screen",
        "Pet Profile",
        ["flutter", "swift"],
        1,
        {"pet_id": gid("", 8), "tab": pick("overview", "health", "orders")},
    ),
    (
        "track",
        "Support Call Completed",
        ["node"],
        1,
        {
            "call": {
                "id": gid("", 9),
                "from": Y(ph, "phone", True),
                "to": pick("+18885550123", "+448081570000"),
                "duration_sec": ints(30, 1800),
            },
            "agent": {
                "name": Y(nm, "name"),
                "email": Y(lambda f: f"{f.ascii_first()}.{f.ascii_last()[0]}@petopia.com", "email"),
            },
            "tags": Many(pick("pharmacy", "autoship", "refund"), 2),
            "csat": ints(1, 5),
        },
    ),
]

PETOPIA += [
    (
        "page",
        "Pharmacy",
        ["web"],
        2,
        {
            "path": const("/pharmacy"),
            "url": pick(
                "https://www.petopia.com/pharmacy",
                "https://www.petopia.com/pharmacy?utm_source=google&utm_medium=cpc",
            ),
            "title": const("Pet Pharmacy | Petopia"),
            "referrer": pick("https://www.petopia.com/", "https://www.google.com/", ""),
            "search": pick("", "?utm_source=google&utm_medium=cpc"),
            "name": const("Pharmacy"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["java", "web"],
        2,
        {
            "order_id": gid("PT", 9),
            "total": money,
            "currency": cur,
            "autoship": flag,
            "items": Many(
                {
                    "sku": lambda f: "PT" + f.digits(6),
                    "name": lambda f: f.pick(PET_PRODUCTS)[0],
                    "brand": lambda f: f.pick(PET_PRODUCTS)[1],
                    "qty": ints(1, 3),
                    "price": money,
                    "rx_required": flag,
                },
                4,
            ),
            "ship_to": {
                "name": Y(nm, "name"),
                "line1": Y(st, "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(ci, "city"),
                "state": lambda f: f.state(),
                "zip": Y(pc, "zipcode"),
                "phone": Y(ph, "phone"),
            },
            "customer_email": Y(em, "email"),
        },
    ),
    (
        "track",
        "Privacy Request Submitted",
        ["python"],
        1,
        {
            "request_id": uid,
            "request_type": pick("access", "deletion", "opt_out_of_sale"),
            "regulation": pick("CCPA", "UK GDPR", "APPI"),
            "requester_email": Y(em, "email"),
            "verification_ip": Y(lambda f: f.ipv4(), "ip"),
            "verified": flag,
            "due_date": lambda f: f.date(2024, 2025),
        },
    ),
]

# The Japanese storefront (petopia.jp) and app: Japanese keys.
PETOPIA_JP = [
    (
        "identify",
        None,
        ["web"],
        2,
        {
            "姓": Y(lambda f: f.pick(JP_LAST)[0], "name"),
            "名": Y(lambda f: f.pick(JP_FIRST)[0], "name"),
            "セイ": Y(lambda f: f.pick(JP_LAST)[1], "name"),
            "メイ": Y(lambda f: f.pick(JP_FIRST)[1], "name"),
            "メールアドレス": Y(em, "email"),
            "電話番号": Y(ph, "phone"),
            "郵便番号": Y(pc, "zipcode"),
            "都道府県": pick(*JP_PREF),
            "市区町村": Y(lambda f: f.pick(JP_CITY), "city"),
            "番地・建物名": Y(
                lambda f: f"{f.pick(JP_BLOCKS)}{f.chome()} {f.line2()}",
                "address|street",
            ),
            "生年月日": Y(lambda f: f.date(1950, 2004).replace("-", "/"), "birthdate"),
            "性別": Y(pick("男性", "女性", "回答しない"), "gender"),
            "会員ランク": pick("レギュラー", "シルバー", "ゴールド"),
            "ポイント残高": ints(0, 12000),
            "メルマガ配信": flag,
        },
    ),
    (
        "track",
        "注文完了",
        ["web"],
        2,
        {
            "注文番号": lambda f: "PJ" + f.digits(10),
            "小計": lambda f: f.r.randint(20, 300) * 100,
            "合計": lambda f: f.r.randint(20, 300) * 100,
            "商品": Many(
                {
                    "商品コード": lambda f: "PT" + f.digits(6),
                    "商品名": pick(
                        "ロイヤルカナン 腎臓サポート 2kg",
                        "ヒルズ c/d 猫用 2kg",
                        "国産ささみジャーキー 100g",
                        "紙砂 10L",
                    ),
                    "数量": ints(1, 4),
                    "単価": lambda f: f.r.randint(3, 90) * 100,
                },
                3,
            ),
            "ご依頼主": {"氏名": Y(lambda f: f.jp_name(), "name"), "メールアドレス": Y(em, "email")},
            "お届け先": {
                "氏名": Y(lambda f: f.jp_name(), "name"),
                "氏名カナ": Y(lambda f: f.jp_kana(), "name"),
                "郵便番号": Y(pc, "zipcode"),
                "住所": Y(lambda f: f"{f.pick(JP_PREF)}{f.street()}", "address"),
                "電話番号": Y(ph, "phone"),
            },
            "お届け希望日": lambda f: f.date(2024, 2024).replace("-", "/"),
            "お届け時間帯": pick("午前中", "14-16時", "18-20時", "指定なし"),
            "お支払い方法": pick("クレジットカード", "代金引換", "コンビニ決済", "Amazon Pay"),
            "定期便": flag,
        },
    ),
    (
        "track",
        "ペット登録",
        ["flutter"],
        1,
        {
            "ペット": {
                "名前": pick(*JP_PETS),
                "種類": pick("犬", "猫"),
                "品種": pick("柴犬", "トイプードル", "スコティッシュフォールド", "雑種"),
                "誕生日": lambda f: f.date(2012, 2023),
                "体重": lambda f: f.money(1, 30),
                "性別": pick("オス", "メス"),
                "避妊去勢": flag,
            },
            "かかりつけ動物病院": {
                "病院名": pick("さくら動物病院", "みなと犬猫病院", "青葉どうぶつクリニック"),
                "獣医師名": Y(lambda f: f"{f.pick(JP_LAST)[0]} {f.pick(JP_FIRST)[0]}", "name"),
                "電話番号": pick("03-5555-0123", "045-555-0190", "06-5555-0147"),
            },
        },
    ),
    (
        "track",
        "商品検索",
        ["web"],
        1,
        {
            "キーワード": pick("腎臓 療法食", "猫砂", "シニア犬 フード", "ノミ ダニ"),
            "results_count": ints(0, 300),
        },
    ),
]

CATALOGUE = (
    [("glowbox", t) for t in GLOWBOX]
    + [("freshplate", t) for t in FRESHPLATE]
    + [("petopia", t) for t in PETOPIA]
)
CATALOGUE += [("petopia-jp", t) for t in PETOPIA_JP]
GERMAN_EVENTS = {"Lieferadresse geändert", "SEPA-Lastschriftmandat erteilt"}


def user_id(f: RetailFake, brand: str) -> str:
    if brand == "glowbox":
        return f.digits(13)
    if brand == "freshplate":
        return f.uuid()
    return "pt_" + f.digits(9)


def message(
    f: RetailFake, brand_key: str, kind: str, event: str | None, client: str, body: Any, labels: dict
) -> dict:
    brand = "petopia" if brand_key == "petopia-jp" else brand_key
    if brand_key == "petopia-jp":
        f.cc = "JP"
    elif event in GERMAN_EVENTS:
        f.cc = "DE"
    else:
        f.cc = f.pick(BRANDS[brand]["markets"])
    f.brand_domain = BRANDS[brand]["domain"].get(f.cc, BRANDS[brand]["domain"]["US"])
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.pick(["", "ajs-next-"]) + f.uuid() if client == "web" else f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": user_id(f, brand),
    }
    if kind == "track":
        msg["event"] = event
    if kind in ("page", "screen"):
        msg["name"] = event
    if kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(_wrap(body), f, section, labels)
    msg["context"] = render(context_for(f, client, brand), f, "context", labels)
    if client not in CONTEXTS:
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = RetailFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for brand_key, (kind, event, clients, weight, body) in CATALOGUE:
            for _ in range(weight):
                events.append(message(f, brand_key, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=3636, repeats=16)
    write(Path(__file__).parent, "holdout36_", events, labels)
