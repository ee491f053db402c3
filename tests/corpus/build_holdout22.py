"""Writes the twenty-second holdout: tests/corpus/holdout22_events.jsonl and holdout22_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels, and never run through the engine by its author; it only describes what a
mainstream retail Segment customer sends and how a careful privacy owner would label it.

Covers mainstream retail, the most typical Segment customer, across three brands:
- Threadline, a fashion and shoes retailer (US, UK, France, Japan): pages and screens, search,
  product lists and details, cart and checkout (Segment e-commerce spec v2), guest checkout, gift
  options, gift cards and gift messages, click & collect (a kebab-case store-ops service), returns
  and exchanges, reviews with photos, size profiles, the loyalty programme, back-in-stock SMS
  alerts, referrals; the French storefront backend (PHP, French keys) and the Japanese one
  (PHP, Japanese keys).
- Voltmart, consumer electronics: trade-ins (IMEIs and serials), extended warranties and claims,
  installation appointments at home, US and UK financing applications, fraud review, product
  registration, B2B business accounts (group calls, a .NET service with PascalCase keys).
- Basketful, online grocery: delivery slots, address lookup, substitutions (shopper app in
  Flutter), dietary preferences and allergies, age-restricted items checked on delivery, pet
  profiles, shared lists, and integration syncs shaped like their vendors' payloads: Shopify
  order webhooks (Ruby), Klaviyo profiles (`$email` keys), Attentive SMS subscriptions, Stripe
  payment methods, Meta Conversions API user data, and a warehouse reverse-ETL identify with
  SCREAMING_SNAKE keys (Python).
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the node, php, python, ruby, go, java and .NET server libraries, with
context.ip, context.traits, context.location, device ids, advertising ids, push tokens, campaign.
Values are generated per market (each event draws one of its brand's countries): names from many
cultures (kanji and katakana for Japan), national phone formats, UK/US/FR/JP postcodes and
addresses, Luhn-valid cards and IMEIs, mod-97 IBANs, SSA-structured SSNs, ABA-valid routing
numbers, EAN-13 barcodes with check digits.

Conventions: one label per leaf path (arrays as `[]`), as the rest of the corpus does; type is the
reference matcher name where one fits (name, email, phone, address, street, city, zipcode,
birthdate, gender, ip, photo, salary, serial, license, religion, condition, allergy, disability,
social security number, credit card, token), else `geolocation`, `advertising id`,
`bank account`, `secret`; `a|b` where either name is fair.

Labelling rules:
- PII: personal data about a natural person (the customer, a gift or delivery recipient, a
  referred friend, a co-applicant, a B2B contact, a staff member such as a driver, shopper,
  technician or store associate). Colours are the reference's defaults; outside the reference,
  card numbers, bank account numbers, SSNs (also their last four), secrets and tokens are red,
  geolocation and advertising ids yellow.
- Green: ids we or our vendors issue (order, cart, checkout, member, loyalty and Shopify ids,
  Shopify cart/checkout tokens, which identify a cart, not a person's credential), SKUs and
  EAN barcodes, versions, timestamps, hashes of our own ids, amounts, enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `saved_phone_count`, `password_strength`,
  `contact_preferences.email`), product, brand, store, relay-point, company, plan and pet names
  (a pet's birthday too), a store's address, phone, postcode and coordinates, searched places,
  country, state, region, prefecture, locale, timezone, currency, user agents, OS-issued device
  ids, card brand, last four, BIN and expiry, masked cards, bank routing numbers and sort codes.
- A company's VAT number, a B2B site id and company names are green; B2B contacts, approvers and
  account managers are people: yellow.
- Special categories are red whether boolean, enum or list of enums (brief's rule): halal or
  kosher diets (religion), coeliac (condition), a customer's allergies (allergy), mobility
  assistance (disability). Lifestyle diets (vegetarian, vegan, gluten-free as a preference) are
  green; a product's allergens are green (they describe the product).
- Size profiles (height, weight, body measurements, usual sizes) are green: fit data, not health.
- A salutation (Mr/Mrs/Ms, civilite) reveals gender: yellow gender. Age bands are green.
- Hashed e-mail and phone sent for ad matching (Meta CAPI `em`/`ph`) stay personal data: yellow,
  typed by what was hashed. A gift card's redeemable code is a bearer secret: red secret.
- Review photos and proof-of-delivery photos: yellow photo. A password reset link carries a
  token: red token. A push token is red token (as the first corpus labels it).
- value_only is true when the key does not say what the value is (`q`, `note`, `to`, `label`,
  `text`, `value`, `message`, `gift_message`, externalIds[].id); such a PII path holds that PII
  in every value (checked at build time). Free text is labelled by what every one of its values
  carries; free text whose values carry no PII (review bodies, return comments, delivery
  instructions, Shopify order notes, B2B quote notes) is green.
"""

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from portal.events import flatten
from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places per market ----------------------------------------------------------------

FIRST = {
    "US": [
        "James",
        "Maria",
        "Jamal",
        "Emily",
        "José",
        "Priya",
        "Tyler",
        "Keisha",
        "Wei",
        "Hannah",
        "Carlos",
        "Aaliyah",
        "Ethan",
        "Fatima",
        "Dmitri",
        "Grace",
        "Tamika",
        "Kevin",
        "Mei",
        "Brandon",
    ],
    "GB": [
        "Oliver",
        "Amelia",
        "Siobhan",
        "Aisha",
        "Callum",
        "Isla",
        "Harpreet",
        "Rhys",
        "Chloe",
        "Kwame",
        "Niamh",
        "Mohammed",
        "Freya",
        "Tomasz",
        "Imogen",
        "Declan",
        "Zainab",
        "Alfie",
        "Bethan",
    ],
    "FR": [
        "Camille",
        "Léa",
        "Mathieu",
        "Yasmine",
        "Julien",
        "Chloé",
        "Théo",
        "Inès",
        "Mamadou",
        "Manon",
        "Hugo",
        "Sarah",
        "Karim",
        "Élodie",
        "Lucas",
        "Anaïs",
        "Thi Mai",
        "Baptiste",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Hernandez",
        "Washington",
        "Nguyen",
        "Patel",
        "Kim",
        "Rodriguez",
        "O'Connor",
        "Goldberg",
        "Okafor",
        "Murphy",
        "Singh",
        "Yazzie",
        "Kowalski",
        "Brooks",
        "Ramirez",
        "Chen",
    ],
    "GB": [
        "Smith",
        "Jones",
        "Begum",
        "Evans",
        "MacLeod",
        "Taylor",
        "Ahmed",
        "Williams",
        "O'Neill",
        "Kaur",
        "Davies",
        "Wright",
        "Hughes",
        "Nowak",
        "Campbell",
        "Osei",
        "Fletcher",
    ],
    "FR": [
        "Lefèvre",
        "Martin",
        "Benali",
        "Dubois",
        "Moreau",
        "Nguyen",
        "Diallo",
        "Garnier",
        "Rousseau",
        "Haddad",
        "Fontaine",
        "Lambert",
        "Mercier",
        "Traoré",
        "Bonnet",
        "Da Silva",
    ],
}
JP_FAMILY = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
]
JP_GIVEN = [
    ("花子", "ハナコ", "Hanako"),
    ("翔太", "ショウタ", "Shota"),
    ("美咲", "ミサキ", "Misaki"),
    ("健一", "ケンイチ", "Kenichi"),
    ("陽菜", "ヒナ", "Hina"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("結衣", "ユイ", "Yui"),
    ("拓海", "タクミ", "Takumi"),
    ("さくら", "サクラ", "Sakura"),
    ("蓮", "レン", "Ren"),
    ("愛子", "アイコ", "Aiko"),
]
FIRST["JP"] = [g[2] for g in JP_GIVEN]
LAST["JP"] = [f[2] for f in JP_FAMILY]
ALL_GIVEN = sorted({n for names in FIRST.values() for n in names} | {g[0] for g in JP_GIVEN})

EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "hotmail.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "outlook.com", "sky.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr"],
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"],
}
CITIES = {
    "US": [
        "Austin",
        "Columbus",
        "Portland",
        "Raleigh",
        "Denver",
        "Brooklyn",
        "Oakland",
        "Tucson",
        "Nashville",
        "Minneapolis",
        "Sacramento",
        "Albuquerque",
        "Jersey City",
    ],
    "GB": [
        "Manchester",
        "Leeds",
        "Bristol",
        "Glasgow",
        "Cardiff",
        "Nottingham",
        "Brighton",
        "Leicester",
        "Belfast",
        "Norwich",
        "Sheffield",
        "Milton Keynes",
    ],
    "FR": [
        "Lyon",
        "Marseille",
        "Toulouse",
        "Lille",
        "Nantes",
        "Bordeaux",
        "Strasbourg",
        "Montpellier",
        "Rennes",
        "Paris",
        "Saint-Étienne",
    ],
    "JP": ["Shibuya-ku", "Yokohama", "Osaka", "Sapporo", "Fukuoka", "Nagoya", "Kyoto", "Sendai"],
}
JP_CITIES = [
    "渋谷区",
    "横浜市港北区",
    "大阪市北区",
    "札幌市中央区",
    "福岡市博多区",
    "名古屋市中区",
    "京都市左京区",
    "仙台市青葉区",
    "世田谷区",
    "川崎市中原区",
]
JP_TOWNS = ["神宮前", "日吉", "梅田", "大通西", "博多駅前", "栄", "下鴨", "一番町", "三軒茶屋", "小杉町"]
JP_BUILDINGS = [
    "コーポ青山",
    "メゾン日吉",
    "グランドハイツ",
    "サンライズマンション",
    "パークハウス",
    "レジデンス栄",
]
REGIONS = {
    "US": ["CA", "TX", "NY", "OH", "WA", "GA", "IL", "NC", "CO", "TN", "NJ", "MN"],
    "GB": ["England", "Scotland", "Wales", "Northern Ireland"],
    "FR": ["Île-de-France", "Auvergne-Rhône-Alpes", "Occitanie", "Hauts-de-France", "Nouvelle-Aquitaine"],
    "JP": ["東京都", "神奈川県", "大阪府", "北海道", "福岡県", "愛知県", "京都府", "宮城県"],
}
US_STREETS = [
    "Magnolia Ave",
    "W 85th St",
    "Oak Street",
    "Lakeview Dr",
    "Pine Ridge Rd",
    "Elm Ct",
    "Mission St",
    "Cedar Lane",
    "E Franklin Blvd",
    "Sunset Ter",
]
GB_STREETS = [
    "Kingsley Road",
    "Albion Street",
    "Harrow Lane",
    "Queens Crescent",
    "Mill Close",
    "Station Road",
    "Victoria Avenue",
    "Church Lane",
    "Beech Grove",
]
FR_STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard de la République",
    "rue Victor Hugo",
    "allée des Tilleuls",
    "impasse du Moulin",
    "rue de la Paix",
    "quai Saint-Antoine",
]
LOCALES = {"US": "en-US", "GB": "en-GB", "FR": "fr-FR", "JP": "ja-JP"}
TZS = {
    "US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "GB": ["Europe/London"],
    "FR": ["Europe/Paris"],
    "JP": ["Asia/Tokyo"],
}
CURRENCY = {"US": "USD", "GB": "GBP", "FR": "EUR", "JP": "JPY"}
HOSTS = {
    "threadline": {
        "US": "www.threadline.com",
        "GB": "www.threadline.co.uk",
        "FR": "www.threadline.fr",
        "JP": "www.threadline.jp",
    },
    "voltmart": {"US": "www.voltmart.com", "GB": "www.voltmart.co.uk"},
    "basketful": {"GB": "www.basketful.co.uk", "US": "www.basketful.com"},
}
MARKETS = {"threadline": ["US", "GB", "FR", "JP"], "voltmart": ["US", "GB"], "basketful": ["GB", "US"]}

PRODUCTS = {
    "threadline": [
        ("Wool Blend Overcoat", "Threadline Studio", "Women/Coats"),
        ("Leather Chelsea Boots", "Ardenne", "Men/Shoes/Boots"),
        ("Linen Midi Dress", "Maison Clair", "Women/Dresses"),
        ("Slim Fit Chinos", "Northfield", "Men/Trousers"),
        ("Canvas Low-Top Sneakers", "Kobe Canvas", "Unisex/Shoes/Sneakers"),
        ("Cashmere Crew Jumper", "Threadline Studio", "Women/Knitwear"),
        ("Suede Penny Loafers", "Ardenne", "Men/Shoes/Loafers"),
        ("Pleated Wide-Leg Trousers", "Maison Clair", "Women/Trousers"),
        ("Kids' Puffer Jacket", "Northfield", "Kids/Outerwear"),
    ],
    "voltmart": [
        ('OLED 55" 4K Smart TV', "LG", "TV & Home Cinema"),
        ("Noise-Cancelling Headphones WH-1000XM5", "Sony", "Audio"),
        ("Galaxy S24 128GB", "Samsung", "Phones"),
        ("iPhone 15 Pro 256GB", "Apple", "Phones"),
        ('14" Ultrabook Core i7 16GB', "Lenovo", "Laptops"),
        ("Robot Vacuum R8", "Roborock", "Home Appliances"),
        ("Soundbar 5.1 Dolby Atmos", "Sonos", "TV & Home Cinema"),
        ("Smart Thermostat E", "Nest", "Smart Home"),
        ("Washer Dryer 9kg", "Bosch", "Large Appliances"),
    ],
    "basketful": [
        ("Semi-Skimmed Milk 2L", "Basketful", "Dairy"),
        ("Free Range Eggs x12", "Happy Hens", "Dairy & Eggs"),
        ("Sourdough Loaf 800g", "Bread Co", "Bakery"),
        ("Bananas x5", "Basketful", "Fruit & Veg"),
        ("Mature Cheddar 400g", "Cathedral City", "Cheese"),
        ("Rioja Reserva 75cl", "Campo Viejo", "Wine"),
        ("Oat Drink Barista 1L", "Oatly", "Dairy Alternatives"),
        ("Chicken Thighs 1kg", "Basketful", "Meat"),
        ("Basmati Rice 2kg", "Tilda", "Cupboard"),
        ("Adult Dry Dog Food 2kg", "Lily's Kitchen", "Pets"),
    ],
}
SIZES = {
    "US": ["6", "8", "10", "XS", "S", "M", "L", "9.5"],
    "GB": ["UK 8", "UK 10", "UK 12", "UK 7", "S", "M"],
    "FR": ["36", "38", "40", "42", "EU 41", "M"],
    "JP": ["S", "M", "L", "24.5", "26.0", "9号"],
}
STORES = {
    "threadline": [
        "Threadline Covent Garden",
        "Threadline SoHo",
        "Threadline Le Marais",
        "Threadline Omotesando",
        "Threadline Manchester Arndale",
        "Threadline Union Square",
    ],
    "voltmart": ["Voltmart Stratford", "Voltmart Dallas Galleria", "Voltmart Brooklyn", "Voltmart Croydon"],
    "basketful": ["Basketful Hatfield CFC", "Basketful Erith CFC", "Basketful Andover CFC"],
}
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Shop(Fake):
    """Fake values for the market (`cc`) and brand of the event being rendered."""

    cc = "US"
    brand = "threadline"
    page = "/"

    def first(self):
        return self.pick(FIRST[self.cc])

    def last(self):
        return self.pick(LAST[self.cc])

    def full_name(self):
        if self.cc == "JP" and self.r.random() < 0.5:
            return self.jp_name()
        return f"{self.first()} {self.last()}"

    def jp_name(self):
        return f"{self.pick(JP_FAMILY)[0]} {self.pick(JP_GIVEN)[0]}"

    def jp_kana(self):
        return f"{self.pick(JP_FAMILY)[1]} {self.pick(JP_GIVEN)[1]}"

    def display_name(self):
        return f"{self.first()} {self.last()[0]}."

    def email(self):
        first = ascii_fold(self.first()).lower().replace(" ", "")
        last = ascii_fold(self.last()).lower().replace("'", "").replace(" ", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
                f"{last}.{first}",
                f"{first}{self.r.randint(100, 9999)}",
            ]
        )
        return f"{user}@{self.pick(EMAIL_DOMAINS[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "US":
            a, e, n = (
                self.pick([212, 312, 415, 512, 614, 702, 206, 404, 617, 303, 615]),
                r.randint(201, 989),
                r.randint(0, 9999),
            )
            return self.pick(
                [
                    f"+1{a}{e}{n:04d}",
                    f"({a}) {e}-{n:04d}",
                    f"{a}-{e}-{n:04d}",
                    f"{a}.{e}.{n:04d}",
                    f"{a}{e}{n:04d}",
                    f"+1 {a}-{e}-{n:04d}",
                ]
            )
        if self.cc == "GB":
            mid, end = r.randint(100, 999), r.randint(100000, 999999)
            return self.pick(
                [
                    f"07{mid} {end}",
                    f"+44 7{mid} {end}",
                    f"+447{mid}{end}",
                    f"07{mid}{end}",
                    f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
                ]
            )
        if self.cc == "FR":
            pairs = [f"{r.randint(0, 99):02d}" for _ in range(4)]
            lead = self.pick(["6", "7"])
            return self.pick(
                [
                    f"0{lead} {' '.join(pairs)}",
                    f"+33 {lead} {' '.join(pairs)}",
                    f"+33{lead}{''.join(pairs)}",
                    f"0{lead}.{'.'.join(pairs)}",
                    f"0{lead}{''.join(pairs)}",
                ]
            )
        pre, mid, end = self.pick(["090", "080", "070"]), r.randint(1000, 9999), r.randint(1000, 9999)
        return self.pick(
            [f"{pre}-{mid}-{end}", f"+81 {pre[1:]}-{mid}-{end}", f"{pre}{mid}{end}", f"03-{mid}-{end}"]
        )

    def street(self):
        r = self.r
        if self.cc == "US":
            return f"{r.randint(12, 9850)} {self.pick(US_STREETS)}"
        if self.cc == "GB":
            return self.pick(
                [
                    f"{r.randint(1, 220)} {self.pick(GB_STREETS)}",
                    f"Flat {r.randint(1, 40)}, {r.randint(1, 120)} {self.pick(GB_STREETS)}",
                ]
            )
        if self.cc == "FR":
            return f"{r.randint(1, 180)}{self.pick(['', '', ' bis'])} {self.pick(FR_STREETS)}"
        town = self.pick(["Jingumae", "Hiyoshi", "Umeda", "Sakae"])
        return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {town}"

    def line2(self):
        r = self.r
        return {
            "US": lambda: self.pick(
                [
                    f"Apt {r.randint(1, 30)}{self.pick('ABCD')}",
                    f"Unit {r.randint(100, 999)}",
                    f"Suite {r.randint(100, 500)}",
                    f"#{r.randint(2, 40)}",
                ]
            ),
            "GB": lambda: self.pick(
                [
                    f"Flat {r.randint(1, 60)}",
                    f"Apartment {r.randint(1, 90)}",
                    f"{self.pick(['Rose', 'Ivy', 'Orchard'])} Cottage",
                ]
            ),
            "FR": lambda: self.pick(
                [
                    f"Bâtiment {self.pick('ABC')}",
                    f"Appt {r.randint(1, 60)}, {r.randint(1, 9)}e étage",
                    f"Résidence les {self.pick(['Pins', 'Acacias', 'Cèdres'])}",
                ]
            ),
            "JP": lambda: f"{self.pick(JP_BUILDINGS)} {r.randint(1, 12)}0{r.randint(1, 9)}号室",
        }[self.cc]()

    def city(self):
        return self.pick(CITIES[self.cc])

    def zip(self):
        r = self.r
        if self.cc == "US":
            z = f"{r.randint(1001, 99950):05d}"
            return self.pick([z, z, f"{z}-{r.randint(1, 9999):04d}"])
        if self.cc == "GB":
            area = self.pick(
                ["SW", "N", "E", "M", "LS", "BS", "G", "CF", "NG", "BN", "LE", "BT", "NR", "EH", "B", "S"]
            )
            unit = "".join(self.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            return f"{area}{r.randint(1, 20)} {r.randint(0, 9)}{unit}"
        if self.cc == "FR":
            return (
                f"{r.randint(1, 95):02d}{r.randint(0, 9)}{r.randint(0, 9)}{self.pick(['0', '0', '1', '3'])}"
            )
        return f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"

    BOXES = {
        "US": (26, 47, -122, -72),
        "GB": (50.5, 57, -4.5, 1.5),
        "FR": (43, 50, -1.5, 7.5),
        "JP": (33, 43, 130, 141),
    }

    def lat(self):
        lo, hi, _, _ = self.BOXES[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        _, _, lo, hi = self.BOXES[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def region(self):
        return self.pick(REGIONS[self.cc])

    def currency(self):
        return CURRENCY[self.cc]

    def price(self, lo=5, hi=400):
        if self.cc == "JP":
            return self.r.randint(lo, hi) * 150
        return self.money(lo, hi)

    def host(self):
        return HOSTS[self.brand][self.cc]

    def product(self):
        return self.pick(PRODUCTS[self.brand])

    def sku(self):
        r = self.r
        if self.brand == "threadline":
            season, colour = self.pick(["24SS", "24AW", "25SS"]), self.pick(["BLK", "NVY", "CML", "OLV"])
            return f"TL-{season}-{r.randint(100, 999):04d}-{colour}"
        if self.brand == "voltmart":
            return f"VM-{r.randint(1000000, 9999999)}"
        return self.ean13()

    def ean13(self):
        body = self.pick(["50", "50", "54", "87", "00"]) + "".join(
            str(self.r.randint(0, 9)) for _ in range(10)
        )
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def imei(self):
        tac = self.pick(["35391110", "35875110", "35332811", "86950104", "01326300", "35467911"])
        return self.luhn_complete(tac + "".join(str(self.r.randint(0, 9)) for _ in range(6)))

    def device_serial(self):
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return self.pick(
            [
                "".join(self.pick(alnum) for _ in range(self.pick([10, 12]))),  # Apple
                "R5C" + "".join(self.pick(alnum) for _ in range(8)),  # Samsung
                # LG TV
                f"{self.r.randint(100, 999)}{self.pick(['KC', 'RA', 'WV'])}{self.r.randint(100000, 999999)}",
                "PF" + "".join(self.pick(alnum) for _ in range(6)),  # Lenovo
            ]
        )

    def routing(self):
        d = [int(c) for c in f"{self.pick([0, 1, 2, 3])}{self.r.randint(1, 9)}"] + [
            self.r.randint(0, 9) for _ in range(6)
        ]
        for check in range(10):
            n = [*d, check]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0:
                return "".join(map(str, n))
        raise AssertionError

    def sort_code(self):
        return f"{self.r.randint(1, 99):02d}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def bank_code(self):
        return self.routing() if self.cc == "US" else self.sort_code()

    def account_number(self):
        return self.digits(8) if self.cc == "GB" else self.digits(self.pick([10, 11, 12]))

    def gift_card_code(self):
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "TLGC-" + "-".join("".join(self.pick(alnum) for _ in range(4)) for _ in range(3))

    def postcode_lookup(self):
        return self.zip() if self.cc == "GB" else self.zip()[:5]

    def full_address(self):
        if self.cc == "GB":
            return f"{self.street()}, {self.city()} {self.zip()}"
        return f"{self.street()}, {self.city()}, {self.region()} {self.zip()[:5]}"

    def gift_message(self):
        if self.cc == "JP":
            a, b = self.pick(JP_GIVEN)[0], self.pick(JP_GIVEN)[0]
            return self.pick(
                [
                    f"{a}さん、お誕生日おめでとう！ {b}より",  # noqa: RUF001
                    f"{a}へ いつもありがとう。{b}",
                    f"Happy birthday {a}! Love, {b}",
                ]
            )
        a, b = self.first(), self.first()
        if self.cc == "FR":
            return self.pick(
                [
                    f"Joyeux anniversaire {a} ! Bisous, {b}",
                    f"Pour {a}, félicitations pour le nouveau poste. {b}",
                    f"Joyeux Noël {a} ! Avec toute mon affection, {b}",
                ]
            )
        return self.pick(
            [
                f"Happy birthday {a}! Love, {b}",
                f"Dear {a}, congratulations on the new job. From all of us, {b}",
                f"Merry Christmas {a} x",
                f"To {a}, thank you for everything this year. {b} & family",
                f"For {a} - something for the new flat. Love {b}",
                f"{a}, happy anniversary! Can't wait for Paris. {b}",
            ]
        )

    def warm_date(self, start=2024, end=2025):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


def pick(*options):
    return G(lambda f: f.pick(options))


def ids(prefix, n):
    return G(lambda f: prefix + f.digits(n))


# -- contexts of the client libraries ------------------------------------------------------------

PAGE_TITLES = {
    "/": "Home",
    "/search": "Search results",
    "/cart": "Your bag",
    "/checkout": "Checkout",
    "/account": "My account",
    "/stores": "Find a store",
    "/gift-cards": "Gift cards",
    "/returns": "Returns",
    "/p/": "Product",
    "/c/": "Category",
    "/finance": "Pay monthly",
    "/services/installation": "Installation",
    "/delivery-slots": "Book a slot",
    "/register": "Register your product",
}


def web_context(f: Shop):
    return {
        "library": {
            "name": pick("analytics.js"),
            "version": pick("npm:next-1.64.0", "next-1.70.0", "npm:next-1.72.1"),
        },
        "page": {
            "path": G(lambda f: f.page),
            "referrer": pick(
                "https://www.google.com/",
                "",
                "https://www.instagram.com/",
                "https://l.facebook.com/",
                "https://www.bing.com/",
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "",
                        "?utm_source=instagram&utm_medium=social",
                        "?gclid=Cj0KCQjw" + f.hexid(12),
                        "?utm_source=newsletter&utm_campaign=spring",
                    ]
                )
            ),
            "title": G(lambda f: f"{PAGE_TITLES.get(f.page, 'Shop')} | {f.brand.title()}"),
            "url": G(lambda f: f"https://{f.host()}{f.page}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "123", "99", "8"),
                },
                3,
            ),
            "mobile": pick(True, False),
            "platform": pick("macOS", "Windows", "Android", "Linux"),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip"),
        "campaign": {
            "name": pick(
                "spring_sale", "black_friday", "back_to_school", "summer_clearance", "loyalty_double_points"
            ),
            "source": pick("google", "instagram", "newsletter", "tiktok", "affiliate_awin"),
            "medium": pick("cpc", "email", "social", "affiliate"),
            "term": pick(
                "chelsea boots", "oled tv deals", "grocery delivery", "linen dress", "noise cancelling"
            ),
        },
    }


def swift_context(f: Shop):
    return {
        "app": {
            "name": G(lambda f: f.brand.title()),
            "version": pick("6.14.0", "6.15.2", "6.16.0"),
            "build": pick("61400", "61520", "61600"),
            "namespace": G(lambda f: f"com.{f.brand}.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": pick("Apple"),
            "model": pick("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2", "iPad13,18"),
            "name": pick("iPhone", "iPad"),
            "type": pick("ios"),
            "adTrackingEnabled": pick(True, False),
            "advertisingId": Y(
                lambda f: f.uuid().upper() if f.r.random() < 0.85 else "00000000-0000-0000-0000-000000000000",
                "advertising id",
            ),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": pick("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": pick("iOS"), "version": pick("17.4.1", "17.5", "16.7.8", "18.0")},
        "screen": {"width": pick(390, 393, 430, 820), "height": pick(844, 852, 932, 1180)},
    }


def kotlin_context(f: Shop):
    ctx = {
        "app": {
            "name": G(lambda f: "Voltmart Field" if f.brand == "voltmart" else f.brand.title()),
            "version": pick("4.2.0", "4.3.1", "4.4.0"),
            "build": pick("4200", "4310", "4400"),
            "namespace": G(lambda f: f"com.{f.brand}.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "OnePlus", "motorola", "Xiaomi"),
            "model": pick("SM-S921B", "Pixel 8", "CPH2581", "moto g84 5G", "23049PCD8G"),
            "name": pick("e1q", "shiba", "OP5913L1", "bangkk", "topaz"),
            "type": pick("android"),
            "adTrackingEnabled": pick(True, False),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": pick("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("EE", "Vodafone UK", "T-Mobile", "Verizon", "O2 - UK", "Orange F", "NTT DOCOMO"),
        },
        "os": {"name": pick("Android"), "version": pick("14", "13", "12")},
        "screen": {
            "density": pick(2.625, 3.0, 2.75),
            "width": pick(1080, 1440),
            "height": pick(2340, 2400, 3120),
        },
        "userAgent": pick(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
            "Dalvik/2.1.0 (Linux; U; Android 13; moto g84 5G Build/U1TC34.82-14)",
        ),
    }
    if f.brand == "threadline":
        ctx["traits"] = {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        }
    else:
        ctx["traits"] = {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
        }
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        }
    return ctx


def rn_context(f: Shop):
    return {
        "app": {
            "name": pick("Voltmart"),
            "version": pick("3.22.0", "3.23.1"),
            "build": pick("322", "3231"),
            "namespace": pick("com.voltmart.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone15,3", "SM-A546B", "Pixel 7a", "iPhone14,5"),
            "name": pick("iPhone", "a54x", "lynx"),
            "type": pick("ios", "android"),
            "adTrackingEnabled": pick(True, False),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": pick("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14", "16.6")},
        "screen": {"width": pick(393, 412, 428), "height": pick(852, 915, 926)},
    }


def flutter_context(f: Shop):
    return {
        "app": {
            "name": pick("Basketful Shopper"),
            "version": pick("2.8.0", "2.9.3"),
            "build": pick("280", "293"),
            "namespace": pick("com.basketful.shopper"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Zebra Technologies"),
            "model": pick("SM-G736B", "TC58", "SM-A256B"),
            "type": pick("android"),
        },
        "library": {"name": pick("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "network": {"wifi": pick(False, True), "cellular": pick(True, False)},
        "os": {"name": pick("Android"), "version": pick("13", "14")},
        "screen": {"width": pick(1080, 720), "height": pick(2400, 1280), "density": pick(2.625, 2.0)},
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        },
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: Shop, client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": pick(name), "version": pick(*versions)}}
    if client == "php":
        ctx["library"]["consumer"] = pick("LibCurl", "ForkCurl")
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["locale"] = G(lambda f: LOCALES[f.cc])
    if client == "node":
        ctx["ip"] = Y(lambda f: f.ipv4() if f.r.random() < 0.7 else f.ipv6(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
    if client in ("python", "go"):
        ctx["active"] = pick(False)
    if client == "ruby":
        ctx["integration"] = {"name": pick("shopify-sync"), "version": pick("1.4.2", "1.5.0")}
    if client == "java":
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    return ctx


BRAND_APPS = {
    "threadline": ["web", "swift", "kotlin"],
    "voltmart": ["web", "rn"],
    "basketful": ["web", "kotlin"],
}

# -- shared shapes ---------------------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: f.hexid(24) if f.brand != "basketful" else f.digits(9)),
        "sku": G(lambda f: f.sku()),
        "name": G(lambda f: f.product()[0]),
        "brand": G(lambda f: f.product()[1]),
        "category": G(lambda f: f.product()[2]),
        "variant": G(lambda f: f.pick(["Black", "Navy", "Camel", "128GB", "Titanium", "2L", "x12", "Olive"])),
        "price": G(lambda f: f.price()),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "position": G(lambda f: f.r.randint(1, 48)),
        "url": G(lambda f: f"https://{f.host()}/p/{f.r.randint(10000, 99999)}"),
        "image_url": G(lambda f: f"https://cdn.{f.brand}.com/img/{f.hexid(10)}.jpg"),
    }


def cart_item():
    p = product_item()
    return {k: p[k] for k in ("product_id", "sku", "name", "brand", "variant", "price", "quantity")}


def order_totals():
    return {
        "order_id": G(lambda f: f.hexid(24)),
        "affiliation": G(lambda f: f"{f.brand.title()} {f.pick(['Web', 'iOS', 'Android'])}"),
        "value": G(lambda f: f.price(20, 900)),
        "revenue": G(lambda f: f.price(20, 900)),
        "shipping": G(lambda f: f.price(0, 15)),
        "tax": G(lambda f: f.price(0, 80)),
        "discount": G(lambda f: f.price(0, 40)),
        "coupon": pick("", "WELCOME10", "SPRING20", "FREESHIP", "STAFF30"),
        "currency": G(lambda f: f.currency()),
    }


def address_block(zip_key="postal_code"):
    return {
        "address1": Y(lambda f: f.street(), "address|street"),
        "address2": Y(lambda f: f.line2(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        zip_key: Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: f.cc),
    }


def reviews_body(f: Shop):
    return f.pick(
        [
            "Fits true to size, really comfortable from day one.",
            "Colour is slightly darker than in the photos but still lovely.",
            "Sole started peeling after a month of daily wear.",
            "Bought these for a wedding and got lots of compliments.",
            "Runs small - size up if you're between sizes.",
            "Great quality for the price, will buy again.",
            "Taille un peu grand, mais très belle matière.",
            "生地がしっかりしていて着心地が良いです。",
        ]
    )


# -- events ----------------------------------------------------------------------------------------


@dataclass
class T:
    kind: str
    event: str | None
    clients: Any  # a list of clients, or "app" for the brand's apps
    brand: str
    body: dict | None
    n: int = 1
    markets: list[str] | None = None
    pages: list[str] | None = None
    ctx: dict | None = None


THREADLINE = [
    T(
        "page",
        "Home",
        "web",
        "threadline",
        {
            "name": G(lambda f: PAGE_TITLES.get(f.page, "Shop")),
            "path": G(lambda f: f.page),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://www.pinterest.com/"
            ),
            "search": pick("", "?utm_source=newsletter", "?ref=nav", "?sort=newest"),
            "title": G(lambda f: f"{PAGE_TITLES.get(f.page, 'Shop')} | Threadline"),
            "url": G(lambda f: f"https://{f.host()}{f.page}"),
        },
        n=3,
        pages=["/", "/c/", "/p/", "/search", "/stores", "/gift-cards", "/returns"],
    ),
    T(
        "screen",
        "Product Detail",
        ["swift", "kotlin"],
        "threadline",
        {
            "name": pick("Product Detail", "Home", "Bag", "Wishlist", "Size Guide"),
            "from_screen": pick("Home", "Search", "Category", "Push Notification"),
        },
        n=2,
    ),
    T(
        "identify",
        None,
        ["web", "swift"],
        "threadline",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "emailVerified": pick(True, False),
            "marketingOptIn": pick(True, False),
            "loyaltyTier": pick("Thread", "Silver Thread", "Gold Thread"),
            "loyaltyPoints": G(lambda f: f.r.randint(0, 12000)),
            "createdAt": G(lambda f: f.iso()),
            "preferredStore": G(lambda f: f.pick(STORES["threadline"])),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.region()),
                "country": G(lambda f: f.cc),
            },
            "sizeProfile": {
                "tops": pick("XS", "S", "M", "L", "XL"),
                "bottoms": pick("26", "28", "30", "32", "UK 10"),
                "shoeSize": pick("UK 5", "UK 9", "EU 39", "US 10", "24.5"),
                "fit": pick("slim", "regular", "relaxed"),
            },
        },
        n=2,
    ),
    T(
        "track",
        "Products Searched",
        "app",
        ["threadline", "voltmart", "basketful"],
        {
            "query": G(
                lambda f: f.pick(
                    {
                        "threadline": [
                            "chelsea boots",
                            "linen dress",
                            "black trainers",
                            "wool coat women",
                            "ワンピース",
                            "robe lin",
                        ],
                        "voltmart": ["oled tv", "airpods", "washing machine", "iphone 15 case", "4k monitor"],
                        "basketful": [
                            "oat milk",
                            "gluten free bread",
                            "nappies size 4",
                            "prosecco",
                            "chicken thighs",
                        ],
                    }[f.brand]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 480)),
        },
        n=2,
    ),
    T(
        "track",
        "Product List Viewed",
        "app",
        ["threadline", "voltmart", "basketful"],
        {
            "list_id": pick("new-in", "sale", "boots", "tvs-55-inch", "weekly-offers", "bestsellers"),
            "category": G(lambda f: f.product()[2]),
            "products": Many(product_item(), 4),
        },
        n=2,
    ),
    T(
        "track",
        "Product Viewed",
        "app",
        ["threadline", "voltmart"],
        {
            **{k: v for k, v in product_item().items() if k not in ("quantity", "position")},
            "currency": G(lambda f: f.currency()),
            "value": G(lambda f: f.price()),
            "size": G(lambda f: f.pick(SIZES[f.cc])),
            "gender": pick("women", "men", "unisex", "kids"),
            "in_stock": pick(True, False),
        },
        n=3,
    ),
    T(
        "track",
        "Product Added",
        "app",
        ["threadline", "voltmart", "basketful"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in product_item().items()
                if k in ("product_id", "sku", "name", "variant", "price", "quantity")
            },
            "size": G(lambda f: f.pick(SIZES[f.cc])),
            "currency": G(lambda f: f.currency()),
        },
        n=2,
    ),
    T(
        "track",
        "Cart Viewed",
        "app",
        ["threadline", "voltmart", "basketful"],
        {
            "cart_id": G(lambda f: f.uuid()),
            "products": Many(cart_item(), 5),
        },
    ),
    T(
        "track",
        "Checkout Started",
        "app",
        ["threadline", "voltmart", "basketful"],
        {
            **order_totals(),
            "products": Many(cart_item(), 4),
        },
    ),
    T(
        "track",
        "Checkout Step Completed",
        ["web", "swift"],
        "threadline",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "shipping_method": pick("standard", "express", "click_collect", "nominated_day"),
            "payment_method": pick("card", "paypal", "apple_pay", "klarna", "konbini"),
            "is_guest": pick(True, False),
        },
    ),
    T(
        "track",
        "Guest Details Entered",
        "web",
        "threadline",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "guest_email": Y(lambda f: f.email(), "email"),
            "create_account_opt_in": pick(True, False),
            "marketing_consent": pick(True, False),
        },
        pages=["/checkout"],
    ),
    T(
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        "threadline",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "step": pick(3),
            "payment_method": pick("card", "apple_pay", "paypal"),
            "card_brand": pick("visa", "mastercard", "amex", "jcb", "cb"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["4", "51", "53", "37", "35"]) + f.digits(4)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postcode": Y(lambda f: f.zip(), "zipcode"),
        },
        pages=["/checkout"],
    ),
    T(
        "track",
        "Gift Options Saved",
        "web",
        "threadline",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "gift_wrap": pick(True, False),
            "hide_prices": pick(True, False),
            "gift_message": Y(lambda f: f.gift_message(), "name", True),
            "recipient": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
        },
        pages=["/checkout"],
    ),
    T(
        "track",
        "Order Completed",
        ["node"],
        "threadline",
        {
            "checkout_id": G(lambda f: f.uuid()),
            **order_totals(),
            "order_number": G(lambda f: "TL" + f.digits(8)),
            "total": G(lambda f: f.price(20, 900)),
            "subtotal": G(lambda f: f.price(20, 900)),
            "payment_method": pick("card", "paypal", "apple_pay", "klarna"),
            "products": Many({**product_item(), "size": G(lambda f: f.pick(SIZES[f.cc]))}, 4),
            "delivery_method": pick("standard", "express", "click_collect", "nominated_day"),
            "email": Y(lambda f: f.email(), "email"),
            "is_gift": pick(True, False),
            "shipping_address": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                **address_block(),
                "region": G(lambda f: f.region()),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
        },
        n=2,
    ),
    T(
        "track",
        "Order Ready For Collection",
        ["node"],
        "threadline",
        {
            "order-ref": G(lambda f: "TL" + f.digits(8)),
            "store-id": G(lambda f: "ST" + f.digits(3)),
            "store-name": G(lambda f: f.pick(STORES["threadline"])),
            "store-postcode": pick("WC2E 8BE", "M4 3AQ", "10012", "75004", "150-0001"),
            "ready-at": G(lambda f: f.iso()),
            "collector-name": Y(lambda f: f.full_name(), "name"),
            "collector-mobile": Y(lambda f: f.phone(), "phone"),
            "staff-member": Y(lambda f: f.display_name(), "name"),
        },
        markets=["GB", "US"],
    ),
    T(
        "track",
        "Order Collected",
        ["node"],
        "threadline",
        {
            "order-ref": G(lambda f: "TL" + f.digits(8)),
            "store-id": G(lambda f: "ST" + f.digits(3)),
            "collected-by-third-party": pick(True, False),
            "staff-member": Y(lambda f: f.display_name(), "name"),
        },
        markets=["GB", "US"],
    ),
    T(
        "track",
        "Return Requested",
        ["web", "swift"],
        "threadline",
        {
            "return_id": G(lambda f: "RMA-" + f.digits(7)),
            "order_id": G(lambda f: f.hexid(24)),
            "items": Many(
                {
                    "product_id": G(lambda f: f.hexid(24)),
                    "sku": G(lambda f: f.sku()),
                    "size": G(lambda f: f.pick(SIZES[f.cc])),
                    "reason": pick(
                        "too_small", "too_big", "not_as_pictured", "faulty", "changed_mind", "arrived_late"
                    ),
                },
                3,
            ),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Too tight across the toes",
                        "Colour not as pictured",
                        "",
                        "Stitching came loose on the hem",
                        "Ordered two sizes to compare",
                        "Trop petit, je prends une taille au-dessus",
                        "思ったより大きかったです",
                    ]
                )
            ),
            "resolution": pick("refund", "exchange", "store_credit"),
            "return_method": pick("drop_off", "courier_pickup", "in_store"),
            "pickup_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
            },
            "label_tracking_number": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), "JV" + f.digits(9) + "GB"])
            ),
        },
        pages=["/returns"],
    ),
    T(
        "track",
        "Product Reviewed",
        "web",
        "threadline",
        {
            "review_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.hexid(24)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_title": pick("Love these!", "Not for me", "Perfect fit", "Good but pricey", "最高です"),
            "review_body": G(reviews_body),
            "fit": pick("runs_small", "true_to_size", "runs_large"),
            "reviewer": {
                "display_name": Y(lambda f: f.display_name(), "name"),
                "location": Y(lambda f: f"{f.city()}, {f.cc}", "city"),
                "age_range": pick("18-24", "25-34", "35-44", "45-54", "55+"),
            },
            "photos": Many(
                {
                    "photo_id": G(lambda f: f.hexid(16)),
                    "url": Y(lambda f: f"https://ugc.threadline.com/reviews/{f.hexid(12)}.jpg", "photo"),
                },
                3,
            ),
            "verified_buyer": pick(True, False),
            "would_recommend": pick(True, False),
        },
        pages=["/p/"],
    ),
    T(
        "track",
        "Size Profile Updated",
        ["swift", "kotlin"],
        "threadline",
        {
            "profile_id": G(lambda f: f.uuid()),
            "profile_for": pick("me", "partner", "child"),
            "height_cm": G(lambda f: f.r.randint(120, 198)),
            "weight_kg": G(lambda f: f.r.randint(30, 120)),
            "shoe_size": G(lambda f: f.pick(SIZES[f.cc])),
            "usual_size": pick("XS", "S", "M", "L", "XL"),
            "fit_preference": pick("fitted", "regular", "loose"),
        },
    ),
    T(
        "track",
        "Loyalty Programme Joined",
        ["swift", "web"],
        "threadline",
        {
            "member_id": G(lambda f: "TLM" + f.digits(9)),
            "tier": pick("Thread"),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "referral_code": G(lambda f: "THREAD-" + f.hexid(6).upper()),
        },
    ),
    T(
        "track",
        "Back In Stock Alert Requested",
        ["web", "swift"],
        "threadline",
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.sku()),
            "size": G(lambda f: f.pick(SIZES[f.cc])),
            "channel": pick("sms", "sms_and_push", "sms_and_email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "sms_consent": pick(True),
        },
    ),
    T(
        "track",
        "Back In Stock Alert Sent",
        ["node"],
        "threadline",
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.sku()),
            "provider": pick("attentive", "twilio"),
            "to": Y(lambda f: f.phone(), "phone", True),
            "delivered": pick(True, False),
        },
    ),
    T(
        "track",
        "Gift Card Purchased",
        "web",
        "threadline",
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.pick([25, 50, 75, 100, 150]) * (150 if f.cc == "JP" else 1)),
            "currency": G(lambda f: f.currency()),
            "design": pick("Birthday Balloons", "Thank You", "Festive Knit", "Classic Navy"),
            "delivery_method": pick("email", "post", "sms"),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "message": Y(lambda f: f.gift_message(), "name", True),
        },
        pages=["/gift-cards"],
    ),
    T(
        "track",
        "Gift Card Redeemed",
        ["node"],
        "threadline",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "gift_card_code": RED(lambda f: f.gift_card_code(), "secret"),
            "gift_card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    T(
        "track",
        "Product Added to Wishlist",
        ["swift", "kotlin"],
        "threadline",
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": pick(
                "Wedding guest", "Autumn wishlist", "Birthday ideas", "Work wear", "お気に入り", "Vacances"
            ),
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.sku()),
            "size": G(lambda f: f.pick(SIZES[f.cc])),
            "price": G(lambda f: f.price()),
        },
    ),
    T(
        "track",
        "Stores Searched",
        "web",
        "threadline",
        {
            "query": G(
                lambda f: f.pick(["Covent Garden", "Manchester", "Lyon", "Shibuya", "SoHo", "Brooklyn"])
            ),
            "use_my_location": pick(True, False),
            "user_location": {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "results": Many(
                {
                    "store_id": G(lambda f: "ST" + f.digits(3)),
                    "name": G(lambda f: f.pick(STORES["threadline"])),
                    "city": pick("London", "Manchester", "New York", "Paris", "Tokyo"),
                    "postcode": pick("WC2E 8BE", "M4 3AQ", "10012", "75004", "150-0001"),
                    "phone": pick(
                        "+44 20 7946 0312", "+1 212 555 0148", "+33 1 42 77 10 20", "+81 3-5466-1111"
                    ),
                    "latitude": pick(51.5117, 53.4839, 40.7233, 48.8575, 35.6652),
                    "longitude": pick(-0.1240, -2.2390, -74.0030, 2.3592, 139.7126),
                    "distance_km": G(lambda f: f.money(0, 40)),
                },
                4,
            ),
        },
        pages=["/stores"],
    ),
    T(
        "track",
        "Newsletter Subscribed",
        ["web"],
        ["threadline", "voltmart", "basketful"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "list_id": pick("weekly", "offers", "new_in"),
            "source": pick("footer", "exit_intent", "checkout", "account"),
            "consent": pick(True),
        },
    ),
    T(
        "track",
        "Signed In",
        ["swift", "kotlin", "web"],
        "threadline",
        {
            "method": pick("password", "apple", "google", "magic_link"),
        },
    ),
    T(
        "track",
        "Signed Up",
        ["swift", "web"],
        "threadline",
        {
            "email": Y(lambda f: f.email(), "email"),
            "method": pick("email", "apple", "google"),
            "marketing_opt_in": pick(True, False),
            "signup_source": pick("checkout", "header", "wishlist_prompt"),
        },
    ),
    T(
        "track",
        "Password Reset Requested",
        ["node"],
        "threadline",
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_link": RED(lambda f: f"https://{f.host()}/account/reset?token={f.hexid(40)}", "token"),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    T(
        "track",
        "Account Updated",
        ["web", "swift"],
        "threadline",
        {
            "fields_changed": Many(pick("email", "phone", "address", "password", "name"), 3),
            "email_changed": pick(True, False),
            "password_changed": pick(True, False),
            "saved_phone_count": G(lambda f: f.r.randint(0, 3)),
            "password_strength": pick("weak", "fair", "strong", "very_strong"),
            "two_factor_enabled": pick(True, False),
        },
        pages=["/account"],
    ),
    T(
        "track",
        "Referral Sent",
        ["swift"],
        "threadline",
        {
            "referral_code": G(lambda f: "THREAD-" + f.hexid(6).upper()),
            "channel": pick("email", "sms", "whatsapp", "copy_link"),
            "friend_email": Y(lambda f: f.email(), "email"),
            "friend_first_name": Y(lambda f: f.first(), "name"),
        },
    ),
    T(
        "track",
        "Promo Code Entered",
        ["web", "swift"],
        "threadline",
        {
            "input": pick(
                "WELCOME10", "SPRING20", "FREESHIP", "THREAD-7F3A2C", "BDAY15", "STAFF30", "welcome 10"
            ),
            "valid": pick(True, False),
            "reason": pick("", "expired", "minimum_not_met", "not_found"),
            "cart_value": G(lambda f: f.price()),
        },
        pages=["/cart"],
    ),
    T("alias", None, "web", "threadline", None),
    # -- French storefront backend (PrestaShop, PHP) ---------------------------------------------
    T(
        "track",
        "Commande Validée",
        ["php"],
        "threadline",
        {
            "numero_commande": G(lambda f: "FR" + f.digits(9)),
            "date_commande": G(lambda f: f.iso()),
            "civilite": Y(lambda f: f.pick(["M.", "Mme", "Mme", "M."]), "gender"),
            "nom": Y(lambda f: f.last(), "name"),
            "prenom": Y(lambda f: f.first(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "telephone_portable": Y(lambda f: f.phone(), "phone"),
            "adresse_livraison": {
                "ligne1": Y(lambda f: f.street(), "address|street"),
                "complement": Y(lambda f: f.line2(), "address|street"),
                "code_postal": Y(lambda f: f.zip(), "zipcode"),
                "ville": Y(lambda f: f.city(), "city"),
                "pays": pick("France", "FR"),
            },
            "mode_livraison": pick("colissimo", "point_relais", "retrait_magasin", "chronopost"),
            "point_relais": {
                "identifiant": G(lambda f: f.digits(6)),
                "nom": pick(
                    "Tabac Presse du Centre",
                    "Carrefour City Gambetta",
                    "Pressing des Lilas",
                    "Relay Gare de Lyon",
                ),
                "adresse": pick(
                    "12 place de la Mairie", "3 rue Gambetta", "Gare de Lyon, hall 1", "88 avenue de Saxe"
                ),
                "code_postal": pick("69003", "75012", "33000", "59000"),
                "ville": pick("Lyon", "Paris", "Bordeaux", "Lille"),
            },
            "montant_ttc": G(lambda f: f.money(20, 600)),
            "moyen_paiement": pick("cb", "paypal", "paiement_en_3x", "apple_pay"),
            "articles": Many(
                {
                    "reference": G(lambda f: f.sku()),
                    "libelle": pick(
                        "Robe midi en lin", "Bottines Chelsea cuir", "Pull col rond cachemire", "Chino slim"
                    ),
                    "taille": pick("36", "38", "40", "42", "EU 41"),
                    "quantite": G(lambda f: f.r.randint(1, 3)),
                    "prix_unitaire": G(lambda f: f.money(20, 300)),
                },
                3,
            ),
            "newsletter": pick(True, False),
        },
        markets=["FR"],
    ),
    T(
        "track",
        "Retour Demandé",
        ["php"],
        "threadline",
        {
            "numero_retour": G(lambda f: "RET" + f.digits(7)),
            "numero_commande": G(lambda f: "FR" + f.digits(9)),
            "motif": pick(
                "taille trop petite",
                "taille trop grande",
                "ne correspond pas à la photo",
                "défectueux",
                "changement d'avis",
            ),
            "commentaire": pick(
                "La couleur est plus foncée que sur le site",
                "Trop serré aux épaules",
                "",
                "Couture décousue à la livraison",
                "Je préfère l'échanger contre un 40",
            ),
            "mode_remboursement": pick("carte", "avoir", "virement"),
            "iban_remboursement": RED(lambda f: f.iban("FR"), "bank account"),
            "titulaire_compte": Y(lambda f: f.full_name(), "name"),
            "articles": Many(
                {
                    "reference": G(lambda f: f.sku()),
                    "taille": pick("36", "38", "40", "42", "EU 41"),
                    "quantite": G(lambda f: f.r.randint(1, 2)),
                },
                2,
            ),
        },
        markets=["FR"],
    ),
    T(
        "identify",
        None,
        ["php"],
        "threadline",
        {
            "civilite": Y(lambda f: f.pick(["M.", "Mme"]), "gender"),
            "nom": Y(lambda f: f.last(), "name"),
            "prenom": Y(lambda f: f.first(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "date_de_naissance": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "telephone": Y(lambda f: f.phone(), "phone"),
            "code_postal": Y(lambda f: f.zip(), "zipcode"),
            "ville": Y(lambda f: f.city(), "city"),
            "pays": pick("France"),
            "inscrit_newsletter": pick(True, False),
            "programme_fidelite": {
                "numero_carte": G(lambda f: "TLM" + f.digits(9)),
            },
        },
        markets=["FR"],
    ),
    # -- Japanese storefront backend (EC-CUBE, PHP) -----------------------------------------------
    T(
        "track",
        "注文完了",
        ["php"],
        "threadline",
        {
            "注文番号": G(lambda f: "JP" + f.digits(8)),
            "注文日時": G(lambda f: f.iso()),
            "お名前": Y(lambda f: f.jp_name(), "name"),
            "フリガナ": Y(lambda f: f.jp_kana(), "name"),
            "メールアドレス": Y(lambda f: f.email(), "email"),
            "電話番号": Y(lambda f: f.phone(), "phone"),
            "郵便番号": Y(lambda f: f.zip(), "zipcode"),
            "都道府県": G(lambda f: f.region()),
            "市区町村": Y(lambda f: f.pick(JP_CITIES), "city"),
            "番地": Y(
                lambda f: f"{f.pick(JP_TOWNS)}{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)}",
                "address|street",
            ),
            "建物名": Y(
                lambda f: f"{f.pick(JP_BUILDINGS)} {f.r.randint(1, 12)}0{f.r.randint(1, 9)}号室", "address"
            ),
            "お届け希望日": G(lambda f: f.warm_date()),
            "お届け時間帯": pick("午前中", "14時～16時", "16時～18時", "19時～21時", "指定なし"),  # noqa: RUF001
            "支払方法": pick("クレジットカード", "代金引換", "コンビニ払い", "PayPay"),
            "合計金額": G(lambda f: f.r.randint(30, 600) * 100),
            "商品": Many(
                {
                    "商品コード": G(lambda f: f.sku()),
                    "商品名": pick(
                        "リネンワンピース", "レザーチェルシーブーツ", "カシミヤニット", "スリムチノパンツ"
                    ),
                    "サイズ": pick("S", "M", "L", "24.5", "26.0"),
                    "数量": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
        },
        markets=["JP"],
    ),
    T(
        "identify",
        None,
        ["php"],
        "threadline",
        {
            "会員ID": G(lambda f: f.digits(8)),
            "お名前": Y(lambda f: f.jp_name(), "name"),
            "フリガナ": Y(lambda f: f.jp_kana(), "name"),
            "メールアドレス": Y(lambda f: f.email(), "email"),
            "電話番号": Y(lambda f: f.phone(), "phone"),
            "生年月日": Y(lambda f: f.date(1950, 2006).replace("-", "/"), "birthdate"),
            "性別": Y(lambda f: f.pick(["女性", "男性", "回答しない"]), "gender"),
            "郵便番号": Y(lambda f: f.zip(), "zipcode"),
            "都道府県": G(lambda f: f.region()),
            "メルマガ受信": pick(True, False),
        },
        markets=["JP"],
    ),
]

VOLTMART = [
    T(
        "page",
        "Product",
        "web",
        "voltmart",
        {
            "name": G(lambda f: PAGE_TITLES.get(f.page, "Shop")),
            "path": G(lambda f: f.page),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.reddit.com/", "https://www.rtings.com/"
            ),
            "search": pick("", "?utm_source=newsletter", "?ref=nav", "?sort=newest"),
            "title": G(lambda f: f"{PAGE_TITLES.get(f.page, 'Shop')} | Voltmart"),
            "url": G(lambda f: f"https://{f.host()}{f.page}"),
        },
        n=2,
        pages=["/", "/p/", "/c/", "/finance", "/services/installation", "/register"],
    ),
    T(
        "identify",
        None,
        ["rn", "web"],
        "voltmart",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.region()),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "voltPlusMember": pick(True, False),
            "preferredStore": G(lambda f: f.pick(STORES["voltmart"])),
            "marketingOptIn": pick(True, False),
            "emailVerified": pick(True, False),
        },
    ),
    T(
        "track",
        "Order Completed",
        "app",
        "voltmart",
        {
            "checkout_id": G(lambda f: f.uuid()),
            **order_totals(),
            "total": G(lambda f: f.price(20, 2500)),
            "products": Many(cart_item(), 3),
            "delivery_method": pick("standard", "next_day", "click_collect", "two_person"),
        },
    ),
    T(
        "track",
        "Trade-In Quote Requested",
        ["rn"],
        "voltmart",
        {
            "quote_id": G(lambda f: "TQ-" + f.digits(8)),
            "device": {
                "category": pick("phone", "tablet"),
                "brand": pick("Apple", "Samsung", "Google"),
                "model": pick("iPhone 12", "iPhone 13 Pro", "Galaxy S22", "Pixel 7", "iPad Air 4"),
                "condition": pick("excellent", "good", "fair", "broken"),
                "imei": Y(lambda f: f.imei(), "serial"),
            },
            "quote_amount": G(lambda f: f.money(20, 600)),
            "currency": G(lambda f: f.currency()),
            "payout_method": pick("store_credit", "bank_transfer", "gift_card"),
        },
    ),
    T(
        "track",
        "Trade-In Device Inspected",
        ["go"],
        "voltmart",
        {
            "trade_in_id": G(lambda f: f.uuid()),
            "quote_id": G(lambda f: "TQ-" + f.digits(8)),
            "identifier": {
                "type": pick("imei", "serial"),
                "value": Y(lambda f: f.imei() if f.r.random() < 0.6 else f.device_serial(), "serial", True),
            },
            "inspection": {
                "blacklist_status": pick("clean", "lost_stolen", "unpaid_balance"),
            },
            "final_offer": G(lambda f: f.money(0, 600)),
            "technician_id": G(lambda f: "T" + f.digits(5)),
        },
    ),
    T(
        "track",
        "Trade-In Payout Sent",
        ["go"],
        "voltmart",
        {
            "trade_in_id": G(lambda f: f.uuid()),
            "payout_method": pick("bank_transfer"),
            "amount": G(lambda f: f.money(20, 600)),
            "currency": G(lambda f: f.currency()),
            "payee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "bank_code": G(lambda f: f.bank_code()),
                "account_number": RED(lambda f: f.account_number(), "bank account"),
            },
        },
    ),
    T(
        "track",
        "Extended Warranty Purchased",
        ["go"],
        "voltmart",
        {
            "warranty_id": G(lambda f: "W" + f.digits(10)),
            "plan_name": pick("VoltCare 2 Year", "VoltCare 3 Year", "VoltCare+ Accidental Damage 3 Year"),
            "term_months": pick(24, 36),
            "premium": G(lambda f: f.money(29, 399)),
            "currency": G(lambda f: f.currency()),
            "covered_product": {
                "sku": G(lambda f: f.sku()),
                "name": G(lambda f: f.product()[0]),
                "serial_number": Y(lambda f: f.device_serial(), "serial"),
                "purchase_date": G(lambda f: f.warm_date()),
            },
            "owner_email": Y(lambda f: f.email(), "email"),
        },
    ),
    T(
        "track",
        "Warranty Claim Submitted",
        ["go"],
        "voltmart",
        {
            "claim_id": G(lambda f: "CL" + f.digits(8)),
            "warranty_id": G(lambda f: "W" + f.digits(10)),
            "device_serial": Y(lambda f: f.device_serial(), "serial"),
            "fault_category": pick("display", "power", "audio", "connectivity", "physical_damage"),
            "fault_description": pick(
                "Screen flickers when HDMI 2 is used",
                "Won't charge past 80%",
                "Left earbud has no sound",
                "Fan very loud after update",
                "Dead pixels in the top right corner",
                "Dropped it, glass cracked",
            ),
            "accidental_damage": pick(True, False),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    T(
        "track",
        "Installation Appointment Booked",
        ["web", "rn"],
        "voltmart",
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(7)),
            "service": pick("TV wall mount", "Washer install", "Smart thermostat setup", "Soundbar setup"),
            "product_sku": G(lambda f: f.sku()),
            "slot_start": G(lambda f: f.iso()),
            "slot_end": G(lambda f: f.iso()),
            "technician": {
                "id": G(lambda f: "T" + f.digits(5)),
                "first_name": Y(lambda f: f.first(), "name"),
            },
            "address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.region()),
                "zip": Y(lambda f: f.zip(), "zipcode"),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "access": {
                "note": Y(
                    lambda f: f.pick(
                        [
                            "Side gate is unlocked, please call {} when 15 min away",
                            "Ring the doorbell; if no answer text {}",
                            "Buzzer broken - call {} and I'll come down",
                            "Dog in the yard, call {} first please",
                            "Park in the visitor bay, my mobile is {}",
                        ]
                    ).format(f.phone()),
                    "phone",
                    True,
                ),
            },
            "property_type": pick("house", "apartment", "townhouse"),
            "onsite_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
        },
        pages=["/services/installation"],
    ),
    T(
        "track",
        "Installation Completed",
        ["kotlin"],
        "voltmart",
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(7)),
            "technician_id": G(lambda f: "T" + f.digits(5)),
            "outcome": pick("completed", "partial", "customer_absent", "rebook_required"),
            "customer_signature_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    T(
        "track",
        "Financing Application Submitted",
        ["java"],
        "voltmart",
        {
            "application_id": G(lambda f: f.uuid()),
            "lender": pick("Synchrony", "Affirm", "Citizens Pay"),
            "amount_financed": G(lambda f: f.money(300, 4000)),
            "term_months": pick(6, 12, 18, 24, 36),
            "apr": pick(0, 9.99, 19.99, 29.99),
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.date(1950, 2005), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile_phone": Y(lambda f: f.phone(), "phone"),
                "annual_income": Y(lambda f: f.r.randint(18, 240) * 1000, "salary"),
                "employment_status": pick("full_time", "part_time", "self_employed", "retired"),
                "employer_name": pick("Target", "Kaiser Permanente", "Self", "Austin ISD", "Amazon"),
                "housing_status": pick("rent", "own", "live_with_family"),
                "address": {
                    "street": Y(lambda f: f.street(), "address|street"),
                    "unit": Y(lambda f: f.line2(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.region()),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                },
            },
        },
        markets=["US"],
        pages=["/finance"],
    ),
    T(
        "track",
        "Finance Application Submitted",
        ["java"],
        "voltmart",
        {
            "reference": G(lambda f: "VMF" + f.digits(9)),
            "lender": pick("V12 Retail Finance", "Klarna", "Barclays Partner Finance"),
            "loan_amount": G(lambda f: f.money(300, 4000)),
            "term_months": pick(12, 24, 36, 48),
            "applicant": {
                "title": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]), "gender"),
                "forename": Y(lambda f: f.first(), "name"),
                "surname": Y(lambda f: f.last(), "name"),
                "dob": Y(lambda f: f.date(1950, 2005), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "gross_annual_income": Y(lambda f: f.r.randint(15, 150) * 1000, "salary"),
                "employment_status": pick("full_time", "part_time", "self_employed", "retired"),
                "residential_status": pick("homeowner", "tenant", "living_with_parents"),
            },
            "address": {
                "house_number": Y(lambda f: str(f.r.randint(1, 220)), "address|street"),
                "street": Y(lambda f: f.pick(GB_STREETS), "address|street"),
                "town": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
            },
            "bank": {
                "sort_code": G(lambda f: f.sort_code()),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "account_holder_name": Y(lambda f: f.full_name(), "name"),
            },
        },
        markets=["GB"],
        pages=["/finance"],
    ),
    T(
        "track",
        "Financing Decision Received",
        ["java"],
        "voltmart",
        {
            "application_id": G(lambda f: f.uuid()),
            "decision": pick("approved", "declined", "referred"),
            "apr": pick(0, 9.99, 19.99, 29.99),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ssn_match": pick(True, False),
        },
        markets=["US"],
    ),
    T(
        "track",
        "Down Payment Submitted",
        ["java"],
        "voltmart",
        {
            "application_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(50, 500)),
            "payment": {
                "method": pick("card"),
                "card_number": RED(lambda f: f.card(), "credit card"),
                "card_brand": pick("visa", "mastercard", "amex", "discover"),
                "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "masked_pan": G(
                    lambda f: (
                        f.pick(["411111", "545454", "371449"]) + "******" + f"{f.r.randint(0, 9999):04d}"
                    )
                ),
                "billing_zip": Y(lambda f: f.zip(), "zipcode"),
            },
        },
        markets=["US"],
    ),
    T(
        "track",
        "Order Fraud Reviewed",
        ["java"],
        "voltmart",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "score": G(lambda f: f.r.randint(0, 999)),
            "decision": pick("accept", "review", "reject"),
            "signals": {
                "browser_ip": Y(lambda f: f.ipv4(), "ip"),
                "device_fingerprint": G(lambda f: f.hexid(32)),
            },
            "reviewed_by": Y(lambda f: f.full_name(), "name"),
        },
    ),
    T(
        "track",
        "Product Registered",
        "web",
        "voltmart",
        {
            "registration_id": G(lambda f: f.uuid()),
            "product_sku": G(lambda f: f.sku()),
            "serial_number": Y(lambda f: f.device_serial(), "serial"),
            "purchase_date": G(lambda f: f.warm_date()),
            "retailer": pick("Voltmart", "Voltmart Marketplace", "Other"),
            "owner": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "zip": Y(lambda f: f.zip(), "zipcode"),
            },
            "marketing_opt_in": pick(True, False),
        },
        pages=["/register"],
    ),
    # -- B2B business accounts (.NET service) -------------------------------------------------------
    T(
        "group",
        None,
        ["dotnet"],
        "voltmart",
        {
            "name": pick(
                "Harbor Dental Group",
                "Brightside Cafés Ltd",
                "Okafor & Sons Builders",
                "Pinecrest School District",
                "Nimbus Co-Working",
                "Keller Logistics GmbH",
            ),
            "industry": pick(
                "Healthcare", "Hospitality", "Construction", "Education", "Real Estate", "Logistics"
            ),
            "employees": G(lambda f: f.r.randint(3, 4000)),
            "plan": pick("Business", "Business Plus", "Enterprise"),
            "website": pick(
                "https://harbordental.com",
                "https://brightsidecafes.co.uk",
                "https://okafor-builders.com",
                "https://pinecrest.k12.us",
            ),
            "createdAt": G(lambda f: f.iso()),
            "vatNumber": G(
                lambda f: f.pick(["GB" + f.digits(9), "US-EIN-" + f.digits(2) + "-" + f.digits(7)])
            ),
            "accountManager": Y(lambda f: f.full_name(), "name"),
            "billingContact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
        },
    ),
    T(
        "identify",
        None,
        ["dotnet"],
        "voltmart",
        {
            "Email": Y(lambda f: f.email(), "email"),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "Phone": Y(lambda f: f.phone(), "phone"),
            "JobTitle": pick("Office Manager", "IT Director", "Procurement Lead", "Facilities Coordinator"),
            "CompanyId": G(lambda f: "ACC-" + f.digits(6)),
        },
    ),
    T(
        "track",
        "Quote Requested",
        ["dotnet"],
        "voltmart",
        {
            "QuoteId": G(lambda f: "Q-" + f.digits(7)),
            "AccountId": G(lambda f: "ACC-" + f.digits(6)),
            "CompanyName": pick(
                "Harbor Dental Group", "Brightside Cafés Ltd", "Okafor & Sons Builders", "Nimbus Co-Working"
            ),
            "ContactName": Y(lambda f: f.full_name(), "name"),
            "ContactEmail": Y(lambda f: f.email(), "email"),
            "ContactPhone": Y(lambda f: f.phone(), "phone"),
            "JobTitle": pick("Office Manager", "IT Director", "Procurement Lead"),
            "LineItems": Many(
                {
                    "Sku": G(lambda f: f.sku()),
                    "Description": G(lambda f: f.product()[0]),
                    "Quantity": G(lambda f: f.r.randint(1, 50)),
                },
                4,
            ),
            "TotalExVat": G(lambda f: f.money(500, 60000)),
            "Currency": G(lambda f: f.currency()),
            "PoNumber": G(lambda f: f.pick(["PO-" + f.digits(6), f.digits(8), ""])),
            "Notes": pick(
                "Need delivery before 9am, loading bay at rear",
                "Please quote with 3 year warranty",
                "",
                "Tax exempt - certificate on file",
                "Split delivery across two sites OK",
            ),
        },
    ),
    T(
        "track",
        "Invoice Paid",
        ["dotnet"],
        "voltmart",
        {
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(8)),
            "AccountId": G(lambda f: "ACC-" + f.digits(6)),
            "AmountPaid": G(lambda f: f.money(100, 60000)),
            "Currency": G(lambda f: f.currency()),
            "PaymentMethod": pick("BACS", "ACH", "Card", "Cheque"),
            "ApprovedBy": Y(lambda f: f.full_name(), "name"),
            "RemittanceEmail": Y(lambda f: f.email(), "email"),
        },
    ),
]

BASKETFUL = [
    T(
        "page",
        "Delivery Slots",
        "web",
        "basketful",
        {
            "name": G(lambda f: PAGE_TITLES.get(f.page, "Shop")),
            "path": G(lambda f: f.page),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.facebook.com/", "https://www.mumsnet.com/"
            ),
            "search": pick("", "?utm_source=newsletter", "?ref=nav", "?sort=newest"),
            "title": G(lambda f: f"{PAGE_TITLES.get(f.page, 'Shop')} | Basketful"),
            "url": G(lambda f: f"https://{f.host()}{f.page}"),
        },
        n=2,
        pages=["/", "/c/", "/delivery-slots", "/checkout", "/account"],
    ),
    T(
        "screen",
        "Basket",
        ["kotlin"],
        "basketful",
        {
            "name": pick("Basket", "Home", "Slots", "Order Tracking", "Favourites"),
            "from_screen": pick("Home", "Search", "Category", "Push Notification"),
        },
    ),
    T(
        "identify",
        None,
        ["kotlin", "python"],
        "basketful",
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "default_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "delivery_pass": pick(True, False),
            "dietary_preferences": Many(
                pick("vegetarian", "vegan", "pescatarian", "organic", "low_sugar", "high_protein"), 3
            ),
            "allergies": Many(
                RED(
                    lambda f: f.pick(["peanuts", "tree nuts", "milk", "eggs", "shellfish", "sesame", "soya"]),
                    "allergy",
                ),
                2,
            ),
            "dietary": {
                "vegetarian": pick(True, False),
                "gluten_free": pick(True, False),
                "halal": RED(lambda f: f.pick([True, False]), "religion"),
                "kosher": RED(lambda f: f.pick([True, False]), "religion"),
                "coeliac": RED(lambda f: f.pick([True, False]), "condition"),
            },
            "mobility_assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "contact_preferences": {"email": pick(True, False), "sms": pick(True, False)},
        },
        n=2,
    ),
    T(
        "track",
        "Delivery Slot Selected",
        ["kotlin", "web"],
        "basketful",
        {
            "slot_id": G(lambda f: "SL" + f.digits(8)),
            "slot": {
                "label": G(
                    lambda f: (
                        f"{f.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])} {f.r.randint(1, 28)} "
                        f"{f.pick(['May', 'Jun', 'Jul'])}, {f.r.randint(7, 20)}:00-{f.r.randint(8, 22)}:00"
                    )
                ),
                "fee": pick(0, 1.5, 3.5, 5.99),
            },
            "postcode": Y(lambda f: f.zip(), "zipcode"),
        },
        n=2,
        pages=["/delivery-slots"],
    ),
    T(
        "track",
        "Address Lookup Searched",
        ["web", "kotlin"],
        "basketful",
        {
            "provider": pick("loqate", "getaddress.io", "google_places"),
            "q": Y(lambda f: f.postcode_lookup(), "zipcode", True),
            "results_count": G(lambda f: f.r.randint(0, 60)),
        },
        pages=["/checkout"],
    ),
    T(
        "track",
        "Address Selected",
        ["web", "kotlin"],
        "basketful",
        {
            "provider": pick("loqate", "getaddress.io", "google_places"),
            "suggestion": {
                "id": G(lambda f: f"{f.cc}|RM|A|{f.digits(8)}"),
                "label": Y(lambda f: f.full_address(), "address", True),
            },
            "manual_entry": pick(True, False),
        },
        pages=["/checkout"],
    ),
    T(
        "track",
        "Product Viewed",
        "app",
        "basketful",
        {
            **{k: v for k, v in product_item().items() if k not in ("quantity", "position")},
            "currency": G(lambda f: f.currency()),
            "value": G(lambda f: f.price(1, 30)),
            "allergens": Many(pick("milk", "gluten", "eggs", "mustard", "celery", "sulphites"), 3),
            "age_restricted": pick(True, False),
        },
        n=2,
    ),
    T(
        "track",
        "Age Verification Prompted",
        ["web", "kotlin"],
        "basketful",
        {
            "product_sku": G(lambda f: f.sku()),
            "restriction": pick("alcohol", "knives", "energy_drinks", "tobacco"),
            "date_of_birth_entered": Y(lambda f: f.date(1950, 2010), "birthdate"),
            "passed": pick(True, False),
        },
    ),
    T(
        "track",
        "Substitution Offered",
        ["flutter"],
        "basketful",
        {
            "order_id": G(lambda f: "BF" + f.digits(9)),
            "original": {"sku": G(lambda f: f.sku()), "name": G(lambda f: f.product()[0])},
            "substitute": {
                "sku": G(lambda f: f.sku()),
                "name": G(lambda f: f.product()[0]),
                "price": G(lambda f: f.money(1, 20)),
            },
            "reason": pick("out_of_stock", "damaged", "short_date"),
            "shopper": {"id": G(lambda f: "SH" + f.digits(5)), "first_name": Y(lambda f: f.first(), "name")},
            "message": {
                "text": Y(
                    lambda f: f.pick(
                        [
                            "Hi {}, we're out of {}. I've picked {} instead - tap to accept or reject.",
                            "Hello {}! The {} wasn't in stock so I chose {} at the same price.",
                            "{}, sorry, no {} today. Would {} work for you?",
                        ]
                    ).format(f.first(), f.product()[0], f.product()[0]),
                    "name",
                    True,
                ),
                "channel": pick("push", "sms", "in_app"),
            },
        },
    ),
    T(
        "track",
        "Substitution Responded",
        ["kotlin"],
        "basketful",
        {
            "order_id": G(lambda f: "BF" + f.digits(9)),
            "substitute_sku": G(lambda f: f.sku()),
            "decision": pick("accepted", "rejected", "timeout"),
        },
    ),
    T(
        "track",
        "Order Delivered",
        ["flutter"],
        "basketful",
        {
            "order_id": G(lambda f: "BF" + f.digits(9)),
            "driver": {"id": G(lambda f: "DR" + f.digits(5)), "first_name": Y(lambda f: f.first(), "name")},
            "delivered_at": G(lambda f: f.iso()),
            "left_at_door": pick(True, False),
            "received_by": Y(lambda f: f.full_name(), "name"),
            "proof_photo_url": Y(lambda f: f"https://pod.basketful.co.uk/{f.uuid()}.jpg", "photo"),
            "id_check": {
                "required": pick(True, False),
                "document_type": pick("driving_licence", "passport", "pass_card", "none"),
                "date_of_birth": Y(lambda f: f.date(1950, 2006), "birthdate"),
                "passed": pick(True, False),
            },
        },
    ),
    T(
        "track",
        "Order Completed",
        ["python"],
        "basketful",
        {
            **order_totals(),
            "products": Many(cart_item(), 6),
            "slot_id": G(lambda f: "SL" + f.digits(8)),
            "substitutions_allowed": pick(True, False),
            "delivery_instructions": pick(
                "Leave in the porch",
                "Please knock, bell broken",
                "",
                "Side door please",
                "No plastic bags",
                "Leave with the concierge",
            ),
            "delivery_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
            },
        },
        n=2,
    ),
    T(
        "track",
        "Order Created",
        ["ruby"],
        "basketful",
        {
            "id": G(lambda f: int("5" + f.digits(12))),
            "name": G(lambda f: f"#{f.r.randint(1001, 98000)}"),
            "order_number": G(lambda f: f.r.randint(1001, 98000)),
            "email": Y(lambda f: f.email(), "email"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "created_at": G(lambda f: f.iso()),
            "currency": G(lambda f: f.currency()),
            "total_price": G(lambda f: f"{f.money(10, 300):.2f}"),
            "financial_status": pick("paid", "pending", "partially_refunded", "authorized"),
            "browser_ip": Y(lambda f: f.ipv4(), "ip"),
            "landing_site": pick("/", "/collections/weekly-offers", "/products/sourdough-loaf?variant=4390"),
            "note": pick(
                "", "Please leave in porch", "No plastic bags please", "Gift - please remove price tags"
            ),
            "token": G(lambda f: f.hexid(32)),
            "cart_token": G(lambda f: f.hexid(32)),
            "checkout_token": G(lambda f: f.hexid(32)),
            "customer": {
                "id": G(lambda f: int("6" + f.digits(12))),
                "email": Y(lambda f: f.email(), "email"),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "accepts_marketing": pick(True, False),
            },
            "billing_address": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "name": Y(lambda f: f.full_name(), "name"),
                **address_block("zip"),
                "province": G(lambda f: f.region()),
                "country_code": G(lambda f: f.cc),
                "phone": Y(lambda f: f.phone(), "phone"),
                "company": pick(None, "", "Brightside Cafés Ltd", "Harbor Dental Group"),
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "shipping_address": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                **address_block("zip"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "line_items": Many(
                {
                    "id": G(lambda f: int("1" + f.digits(13))),
                    "sku": G(lambda f: f.sku()),
                    "title": G(lambda f: f.product()[0]),
                    "quantity": G(lambda f: f.r.randint(1, 6)),
                    "price": G(lambda f: f"{f.money(1, 20):.2f}"),
                },
                5,
            ),
            "discount_codes": Many(
                {
                    "code": pick("WELCOME5", "FREEDEL", "BASKET10"),
                    "amount": pick("5.00", "3.99", "10.00"),
                },
                1,
            ),
        },
    ),
    T(
        "track",
        "Klaviyo Profile Synced",
        ["python"],
        "basketful",
        {
            "$id": G(
                lambda f: "01H" + "".join(f.pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))
            ),
            "$email": Y(lambda f: f.email(), "email"),
            "$phone_number": Y(lambda f: f.phone(), "phone"),
            "$first_name": Y(lambda f: f.first(), "name"),
            "$last_name": Y(lambda f: f.last(), "name"),
            "$city": Y(lambda f: f.city(), "city"),
            "$zip": Y(lambda f: f.zip(), "zipcode"),
            "$region": G(lambda f: f.region()),
            "$country": G(lambda f: f.cc),
            "$consent": Many(pick("email", "sms", "web"), 3),
            "Accepts Marketing": pick(True, False),
            "Last Order Date": G(lambda f: f.warm_date()),
            "Delivery Pass": pick(True, False),
        },
        ctx={
            "externalIds": Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": pick("email"),
                    "collection": pick("users"),
                    "encoding": pick("none"),
                },
                1,
            )
        },
    ),
    T(
        "track",
        "SMS Subscribed",
        ["python"],
        "basketful",
        {
            "type": pick("sms.subscribed"),
            "timestamp": G(lambda f: f.epoch_ms()),
            "company": {"display_name": pick("Basketful")},
            "subscriber": {
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "external_id": G(lambda f: f.digits(8)),
            },
            "subscription": {"type": pick("MARKETING", "TRANSACTIONAL"), "channel": pick("TEXT")},
            "signup_source": pick("checkout", "popup", "keyword", "back_in_stock"),
        },
    ),
    T(
        "track",
        "Payment Method Attached",
        ["python"],
        "basketful",
        {
            "payment_method_id": G(lambda f: "pm_" + f.hexid(24)),
            "type": pick("card"),
            "card": {
                "brand": pick("visa", "mastercard", "amex"),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "fingerprint": G(
                    lambda f: "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(16)
                    )
                ),
            },
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "line2": Y(lambda f: f.line2(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.region()),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: f.cc),
                },
            },
        },
    ),
    T(
        "track",
        "Conversion Sent To Meta",
        ["python"],
        "basketful",
        {
            "event_name": pick("Purchase", "AddToCart", "InitiateCheckout"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ipv4() if f.r.random() < 0.7 else f.ipv6(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": G(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}"),
            },
            "custom_data": {"value": G(lambda f: f.money(10, 200)), "currency": G(lambda f: f.currency())},
        },
    ),
    T(
        "identify",
        None,
        ["python"],
        "basketful",
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 9000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 400)),
            "RFM_SEGMENT": pick("champions", "at_risk", "new", "hibernating", "loyal"),
            "IS_DELIVERY_PASS_MEMBER": pick(True, False),
            "EMAIL_OPT_IN": pick(True, False),
            "SMS_OPT_IN": pick(True, False),
        },
    ),
    T(
        "track",
        "Pet Profile Created",
        ["kotlin"],
        "basketful",
        {
            "pet": {
                "id": G(lambda f: f.uuid()),
                "name": pick("Biscuit", "Luna", "Mochi", "Pickles", "Bella", "Captain Whiskers", "Nala"),
                "species": pick("dog", "cat", "rabbit"),
                "breed": pick("Cockapoo", "Labrador", "British Shorthair", "Mixed", "Dachshund"),
                "birthday": G(lambda f: f.date(2010, 2024)),
            },
        },
    ),
    T(
        "track",
        "Shopping List Shared",
        ["kotlin"],
        "basketful",
        {
            "list_id": G(lambda f: f.uuid()),
            "list_name": pick(
                "Weekly shop", "BBQ Saturday", "Baby stuff", "Christmas dinner", "Student care package"
            ),
            "items_count": G(lambda f: f.r.randint(1, 60)),
            "shared_with_email": Y(lambda f: f.email(), "email"),
            "permission": pick("view", "edit"),
        },
    ),
]

TEMPLATES = THREADLINE + VOLTMART + BASKETFUL

# -- self-checks for value-only paths --------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"\+?\d[\d ().-]{7,}\d")
POSTCODE_RE = re.compile(r"^([A-Z]{1,2}\d{1,2} \d[A-Z]{2}|\d{5})$")


def value_carries(type_: str, value: Any) -> bool:
    text = str(value)
    if type_ == "email":
        return bool(EMAIL_RE.search(text))
    if type_ == "phone":
        return bool(PHONE_RE.search(text))
    if type_ == "name":
        return any(name in text for name in ALL_GIVEN)
    if type_ == "zipcode":
        return bool(POSTCODE_RE.match(text))
    if type_ == "address":
        return bool(re.search(r"\d", text)) and any(c in text for c in CITIES["GB"] + CITIES["US"])
    if type_ == "serial":
        return len(text) >= 8 and text.isalnum()
    raise ValueError(type_)


def check(events: list[dict], labels: dict[str, dict]) -> None:
    values: dict[str, list] = {}
    for event in events:
        for path, value in flatten(event):
            values.setdefault(path, []).append(value)
    missing = set(values) - set(labels)
    assert not missing, missing
    for path, label in labels.items():
        if label["value_only"] and label["classification"] != "green":
            bad = [v for v in values[path] if not value_carries(label["type"], v)]
            assert not bad, (path, bad[:3])


def build(seed: int, repeats: int):
    f = Shop(seed)
    labels: dict[str, dict] = {}
    events = []
    clients = {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }
    for _ in range(repeats):
        for t in TEMPLATES:
            for _ in range(t.n):
                f.brand = f.pick(t.brand) if isinstance(t.brand, list) else t.brand
                f.cc = f.pick(t.markets or MARKETS[f.brand])
                client = f.pick(
                    BRAND_APPS[f.brand]
                    if t.clients == "app"
                    else [t.clients]
                    if isinstance(t.clients, str)
                    else t.clients
                )
                f.page = (
                    f.pick(t.pages)
                    if t.pages
                    else f.pick(["/", "/p/", "/c/", "/search", "/cart", "/checkout"])
                )
                msg: dict[str, Any] = {
                    "type": t.kind,
                    "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.digits(8) if f.brand == "basketful" else "u_" + f.hexid(12),
                }
                if t.kind == "track":
                    msg["event"] = t.event
                elif t.kind in ("page", "screen"):
                    msg["name"] = t.event
                elif t.kind == "group":
                    msg["groupId"] = "ACC-" + f.digits(6)
                elif t.kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if t.body is not None:
                    section = "traits" if t.kind in ("identify", "group") else "properties"
                    msg[section] = render(t.body, f, section, labels)
                context = clients[client](f) if client in clients else server_context(f, client)
                if t.ctx:
                    context = {**context, **t.ctx}
                msg["context"] = render(context, f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2222, repeats=22)
    check(events, labels)
    write(Path(__file__).parent, "holdout22_", events, labels)
