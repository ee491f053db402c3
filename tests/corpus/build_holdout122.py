"""Writes holdout 122: tests/corpus/holdout122_events.jsonl and holdout122_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, the other holdouts' labels or builders
(bar build_holdout3.py, for the format), and without running the engine on these events.

Domain: "Sallah", a grocery and meal delivery app for the UAE, Saudi Arabia and Kuwait. Customers
(iOS on analytics-swift, Android on analytics-kotlin, the KSA app on analytics-react-native, the
web shop on analytics.js), riders (a Flutter app), pickers in dark stores (analytics-kotlin on
handhelds), and back-end services on analytics-python, -node, -go, -java, -ruby, -php and the C#
library. Covers identify / track / page / screen / group / alias calls; addresses with building,
floor, flat, landmark, Makani numbers, the Saudi National Address and Kuwaiti block / street /
jadda / house; delivery slots, riders' live location, cash on delivery and card payments
(Checkout.com-, Tap- and KNET-shaped payloads), substitutions, the loyalty wallet and payouts,
Ramadan and iftar offers, customer support (Zendesk-, Twilio-, SendGrid- and Typeform-shaped
payloads), ratings of riders, referrals and contacts, household members, pets, meal plans,
rider onboarding and incidents, ZATCA invoices and a reverse-ETL identify from the warehouse.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the C# payouts and
wallet services and from Twilio; kebab-case from the web forms; SCREAMING_SNAKE from the
warehouse; Arabic keys in Arabic script (the KSA storefront) and in transliteration (the Kuwaiti
back office). Values: Gulf and expatriate names (Arabic script too), UAE / KSA / Kuwaiti and
South-Asian, Filipino, Egyptian mobile formats, Emirates IDs, Saudi IDs / iqamas and Kuwaiti
civil IDs with valid check digits, Luhn-valid Visa / Mastercard / mada cards, mod-97-valid
AE / SA / KW IBANs, EAN-13 barcodes with check digits, coordinates inside the three countries.

Labelling rules (the Privacy Portal's default colours, as the brief sets them):
- PII is personal data about a natural person: the customer, a rider, a picker, a support agent,
  a recipient, an invited friend, a household member. Colour and type follow the reference's
  default matchers (name, email, phone, address, street, city, zipcode, birthdate, gender,
  citizenship, license, identification, photo, salary, religion, allergy, condition, ip: yellow;
  password, token, visa, credit card, passport: red); outside the table: geolocation and
  advertising id yellow, national id / bank account / secret / health id red.
- Green: ids we or a vendor issue (order, cart, store, rider and picker ids, loyalty and member
  numbers, employee numbers, Twilio SIDs, Zendesk ids, e-mail Message-IDs, a Typeform response
  token), SKUs, barcodes, versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys (`phoneVerified`, `channels.email`, `receipt.sms`, `is_fasting` excepted, see
  below), product / brand / store / company / charity / pet names, a store's or a company's own
  phone, e-mail and address, call-masking proxy numbers, a country calling code alone, a masked
  phone or card (BIN + last four), card expiry, bank names and SWIFT codes, emirate / region /
  governorate (states), country, locale, timezone, currency, user agents, device ids.
- Parts of a person's delivery, billing or home address are yellow `address` (building name or
  number, floor, flat, landmark, Makani / PACI / Saudi short address, block, house), the street
  `street|address`, the district or area `city|address`, the city `city`, the postal code
  `zipcode`. A pin the person drops on their home and a rider's live position are `geolocation`.
- Contested cases follow the product's published policy (loyalty / member numbers, ages, job
  titles, business contact details and role mailboxes, pets, UUID tokens green; insurance
  policy / member numbers, pay and earnings, plates, ad click ids yellow; card / payment tokens,
  one-time and delivery PINs, sign-in link tokens, hospital file numbers, identity document
  numbers, visa / right-to-work answers red).
- A boolean that itself reveals a special category is that category: `is_fasting` (Ramadan) is
  `religion`, `pregnant` and `medical_diet` are `condition`. Product attributes (`halal_certified`,
  `contains_allergens`) describe the product, not the person: green.
- Hashed contact details sent for ad matching (`hashed_email`, `hashed_phone`, SHA-256) are
  labelled yellow with the type of what was hashed: a careful owner treats them as the person's
  identifiers. A push token (`context.device.token`) is red `token`, as the main corpus has it.
- value_only is true when the key does not say what the value is (`From`, `q`, `text`, `note`,
  `input`, `description`, `link`, `udf2`, `field.value`, `externalIds[].id`, `label`); every
  value of such a path carries the labelled PII. A generic leaf under a parent that names it
  (`customer.phone.number`, `contacts_selected[].number`, `receiver.name`) is not value_only.
  Free text is labelled by what every one of its values carries; the free-text fields here
  either all carry PII or none does (green: comments, picker notes, gift notes, instructions).
"""

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import UAS, Fake

# -- values -----------------------------------------------------------------------------------------

GULF_M = ["Mohammed", "Abdullah", "Khalid", "Faisal", "Saud", "Hamad", "Yousef", "Sultan", "Rashid", "Turki"]
GULF_F = ["Fatima", "Noura", "Mariam", "Aisha", "Hessa", "Latifa", "Reem", "Shaikha", "Lulwa", "Alanoud"]
GULF_LAST = [
    "Al Mansoori",
    "Al Suwaidi",
    "Al-Otaibi",
    "Al-Qahtani",
    "Al Shamsi",
    "Al Sabah",
    "Al-Mutairi",
    "Al Zaabi",
    "Al Harbi",
    "Al Dosari",
    "Al Ketbi",
    "Al-Ajmi",
    "Bin Lahej",
]
EXPATS = [
    ("Ravi", "Menon"),
    ("Priya", "Nair"),
    ("Arjun", "Pillai"),
    ("Muhammad", "Asif"),
    ("Ayesha", "Siddiqui"),
    ("Rakib", "Hossain"),
    ("Bishnu", "Thapa"),
    ("Suman", "Gurung"),
    ("Maria", "Santos"),
    ("Jomar", "dela Cruz"),
    ("Mahmoud", "Abdel Aziz"),
    ("Rami", "Khoury"),
    ("Lina", "Haddad"),
    ("Tarig", "Osman"),
    ("Emma", "Clarke"),
    ("Anastasia", "Volkova"),
    ("Dilshan", "Perera"),
    ("Wanjiru", "Kamau"),
    ("Selam", "Tesfaye"),
    ("Camille", "Laurent"),
    ("Chen", "Wei"),
    ("Olumide", "Adeyemi"),
]
RIDER_NAMES = [
    ("Muhammad", "Imran"),
    ("Ramesh", "Kumar"),
    ("Bishnu", "Thapa"),
    ("Rakib", "Hossain"),
    ("Shahid", "Afridi Khan"),
    ("Sajid", "Ali"),
    ("Anil", "Shrestha"),
    ("Mohammed", "Rafiq"),
    ("Jomar", "dela Cruz"),
    ("Abdul", "Rehman"),
    ("Prakash", "Rai"),
    ("Tariq", "Mehmood"),
]
AR_NAMES = [
    "محمد العتيبي",
    "نورة القحطاني",
    "خالد المطيري",
    "فاطمة الشامسي",
    "عبدالله الحربي",
    "مريم السويدي",
    "سعود الدوسري",
    "هيا العجمي",
    "ريم الغامدي",
    "تركي الشهري",
]
AR_DISTRICTS = ["حي النرجس", "حي الملقا", "حي الروضة", "حي السلامة", "حي الحمراء", "حي الياسمين"]
AR_STREETS = ["شارع الأمير سلطان", "طريق الملك فهد", "شارع التحلية", "شارع الأمير محمد بن عبدالعزيز"]
AR_CITIES = ["الرياض", "جدة", "الدمام", "الخبر"]
MAIL = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.com"]

AE_AREAS = ["Al Barsha 1", "Jumeirah Lake Towers", "Dubai Marina", "Al Nahda 2", "Mirdif", "Business Bay"]
AE_AREAS += ["Al Khalidiyah", "Al Reem Island", "Al Majaz 3", "Jumeirah Village Circle"]
AE_CITIES = ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain"]
AE_BUILDINGS = ["Marina Crown", "Lake Point Tower", "Al Fattan Tower", "Concorde Tower", "Bay Square 4"]
AE_BUILDINGS += ["Sky Gardens", "Al Noor Building", "Villa", "Sobha Hartland Greens", "Al Reem Tower B"]
LANDMARKS = [
    "Near Lulu Hypermarket",
    "Opposite Mall of the Emirates metro",
    "Behind Carrefour Market",
    "Next to Emirates NBD branch",
    "Facing the ENOC station",
    "Near the mosque, blue gate",
    "Behind Choithrams",
]
KSA_CITIES = ["Riyadh", "Jeddah", "Dammam", "Khobar", "Madinah"]
KSA_DISTRICTS = ["Al Narjis", "Al Malqa", "Al Rawdah", "Al Salamah", "Al Hamra", "Al Yasmin", "Al Olaya"]
KSA_STREETS = ["Prince Sultan Rd", "King Fahd Rd", "Tahlia St", "Anas Ibn Malik Rd", "Olaya St"]
KW_AREAS = ["Salmiya", "Jabriya", "Hawally", "Mishref", "Rumaithiya", "Surra", "Fintas"]
GRID = {
    "Dubai": (25.06, 25.28, 55.13, 55.42),
    "Abu Dhabi": (24.40, 24.50, 54.35, 54.62),
    "Sharjah": (25.30, 25.36, 55.38, 55.47),
    "Riyadh": (24.65, 24.85, 46.60, 46.80),
    "Jeddah": (21.48, 21.65, 39.15, 39.25),
    "Kuwait": (29.28, 29.36, 47.95, 48.10),
}
STORES = [
    ("st_dxb_jlt02", "Sallah Mart JLT", "+971 4 558 2201", 25.0697, 55.1409),
    ("st_dxb_brsh1", "Sallah Mart Al Barsha", "+971 4 558 2234", 25.1093, 55.1960),
    ("st_ruh_olaya", "Sallah Mart Olaya", "+966 11 510 4400", 24.6957, 46.6851),
    ("st_jed_tahlia", "Sallah Mart Tahlia", "+966 12 612 0091", 21.5496, 39.1518),
    ("st_kwi_slmy", "Sallah Mart Salmiya", "+965 2224 7100", 29.3390, 48.0756),
]
PRODUCTS = [
    ("Almarai Full Fat Fresh Milk 2L", "Almarai", "Dairy", 11.5),
    ("Al Rawabi Laban 1L", "Al Rawabi", "Dairy", 5.25),
    ("KDD Fresh Juice Orange 1L", "KDD", "Beverages", 4.75),
    ("Vimto Cordial 710ml", "Vimto", "Beverages", 12.95),
    ("Tang Orange Powder 2.5kg", "Tang", "Beverages", 39.0),
    ("Medjool Dates Premium 1kg", "Bateel", "Ramadan", 89.0),
    ("Sukkari Dates 3kg Box", "Al Qassim Farms", "Ramadan", 64.5),
    ("India Gate Basmati Rice 5kg", "India Gate", "Pantry", 47.25),
    ("Puck Cream Cheese Spread 500g", "Puck", "Dairy", 17.5),
    ("Americana Chicken Nuggets 750g", "Americana", "Frozen", 24.0),
    ("Sadia Whole Chicken 1.2kg", "Sadia", "Frozen", 19.95),
    ("Lusine Samoon Bread 6pc", "Lusine", "Bakery", 4.5),
    ("Bananas Ecuador 1kg", "Fresh", "Fruit & Veg", 6.25),
    ("Tomatoes Jordan 1kg", "Fresh", "Fruit & Veg", 5.75),
    ("Nido Fortified Milk Powder 2.25kg", "Nestle", "Dairy", 79.0),
    ("Iftar Box for 4", "Sallah Kitchen", "Ready Meals", 149.0),
    ("Royal Canin Adult Cat 2kg", "Royal Canin", "Pets", 92.0),
    ("Masafi Water 1.5L x 6", "Masafi", "Beverages", 9.0),
]
PROMOS = ["RAMADAN25", "IFTAR15", "SALLAH10", "EID50", "FREEDEL", "WELCOME20", ""]
CURRENCIES = ["AED", "SAR", "KWD"]


class GFake(Fake):
    """Fake values for the Gulf: names, phones, national ids, IBANs and places.

    A coordinate pair, a product and a store are drawn once and read field by field, so a latitude
    goes with its longitude and a product's name with its brand and price.
    """

    def __init__(self, seed: int):
        super().__init__(seed)
        self.pt = (25.2, 55.3)
        self.product = PRODUCTS[0]
        self.store = STORES[0]

    def new_product(self):
        self.product = self.pick(PRODUCTS)
        return self.product

    def new_store(self):
        self.store = self.pick(STORES)
        return self.store

    def person(self):
        roll = self.r.random()
        if roll < 0.3:
            return self.pick(GULF_M + GULF_F), self.pick(GULF_LAST)
        return self.pick(EXPATS)

    def cfirst(self):
        return self.person()[0]

    def clast(self):
        return self.person()[1]

    def cname(self):
        first, last = self.person()
        return f"{first} {last}"

    def rider_name(self):
        first, last = self.pick(RIDER_NAMES)
        return f"{first} {last}"

    def ar_name(self):
        return self.pick(AR_NAMES)

    def cemail(self, name=None):
        first, last = (name or self.cname()).split(" ", 1)
        last = last.lower().replace(" ", "").replace("-", "").replace("'", "")
        first = first.lower()
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:4]}",
            ]
        )
        return f"{user}@{self.pick(MAIL)}"

    def staff_email(self):
        first, last = self.rider_name().split(" ", 1) if self.r.random() < 0.3 else self.person()
        return f"{first.lower()}.{last.split()[-1].lower().replace('-', '')}@sallah.ae"

    def ae_mobile(self):
        prefix = self.pick(["50", "52", "54", "55", "56", "58"])
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        return self.pick(
            [
                f"+971 {prefix} {a} {b}",
                f"+971{prefix}{a}{b}",
                f"0{prefix} {a} {b}",
                f"0{prefix}{a}{b}",
                f"971{prefix}{a}{b}",
            ]
        )

    def sa_mobile(self):
        prefix = self.pick(["50", "53", "54", "55", "56", "58", "59"])
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        return self.pick(
            [f"+966 {prefix} {a} {b}", f"+966{prefix}{a}{b}", f"0{prefix}{a}{b}", f"0{prefix} {a} {b}"]
        )

    def kw_mobile(self):
        n = f"{self.pick(['5', '6', '9'])}{self.r.randint(1000000, 9999999)}"
        return self.pick([f"+965 {n[:4]} {n[4:]}", f"+965{n}", f"{n[:4]} {n[4:]}"])

    def expat_mobile(self):
        return self.pick(
            [
                f"+91 {self.r.randint(70000, 99999)} {self.r.randint(10000, 99999)}",
                f"+63 9{self.r.randint(10, 99)} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                f"+92 3{self.r.randint(0, 4)}{self.r.randint(0, 9)} {self.r.randint(1000000, 9999999)}",
                f"+20 1{self.pick('0125')} {self.r.randint(1000, 9999)} {self.r.randint(1000, 9999)}",
                f"+977 98{self.r.randint(10000000, 99999999)}",
                f"+880 17{self.r.randint(10, 99)}-{self.r.randint(100000, 999999)}",
                f"+44 7{self.r.randint(100, 999)} {self.r.randint(100000, 999999)}",
            ]
        )

    def gphone(self):
        roll = self.r.random()
        if roll < 0.45:
            return self.ae_mobile()
        if roll < 0.75:
            return self.sa_mobile()
        if roll < 0.9:
            return self.kw_mobile()
        return self.expat_mobile()

    def e164(self):
        return self.pick(
            [
                f"+9715{self.pick('024568')}{self.r.randint(0, 9999999):07d}",
                f"+9665{self.pick('0345689')}{self.r.randint(0, 9999999):07d}",
                f"+965{self.pick('569')}{self.r.randint(0, 9999999):07d}",
            ]
        )

    def proxy_number(self):
        return (
            self.pick(["+97145100", "+97145100", "+966115200", "+96522200"]) + f"{self.r.randint(100, 999)}"
        )

    def masked_phone(self):
        return f"+971 5{self.r.randint(0, 8)} *** **{self.r.randint(10, 99)}"

    def emirates_id(self):
        body = f"784{self.r.randint(1965, 2004)}{self.r.randint(1000000, 9999999)}"
        full = self.luhn_complete(body)
        if self.r.random() < 0.6:
            return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"
        return full

    def saudi_id(self, kind=None):
        kind = kind or self.pick(["1", "2"])
        return self.luhn_complete(kind + self.digits(8))

    def kuwait_civil_id(self):
        weights = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        while True:
            year = self.r.randint(1965, 2004)
            century = "2" if year < 2000 else "3"
            born = f"{year % 100:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            body = f"{century}{born}{self.digits(4)}"
            check = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
            if check < 10:
                return body + str(check)

    def national_id(self):
        return self.pick([self.emirates_id, self.saudi_id, self.kuwait_civil_id])()

    def passport(self):
        return self.pick(
            [
                "P" + self.digits(7),
                self.pick("KLMNPRSTUVZ") + self.digits(7),
                self.pick(["AB", "BC", "CK"]) + self.digits(7),
                "P" + self.digits(7) + self.pick("ABC"),
                self.pick(["A", "B"]) + self.digits(8),
            ]
        )

    def giban(self, country=None):
        country = country or self.pick(["AE", "SA", "KW"])
        if country == "AE":
            bban = self.pick(["026", "033", "035", "030"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(16)
            )
        elif country == "SA":
            bban = self.pick(["80", "10", "45", "05"]) + "".join(str(self.r.randint(0, 9)) for _ in range(18))
        else:
            bban = self.pick(["NBOK", "KFHO", "GULB", "CBKU"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(22)
            )
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def gcard(self):
        prefix, length = self.pick(
            [("4", 16), ("51", 16), ("55", 16), ("588845", 16), ("446404", 16), ("968208", 16), ("37", 15)]
        )
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        if length == 16 and self.r.random() < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def ean13(self):
        body = self.pick(["629", "628", "627", "501", "400"]) + self.digits(9)
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def plate(self):
        return self.pick(
            [
                f"Dubai {self.pick('ABCDFHIKLMN')} {self.r.randint(10000, 99999)}",
                f"DXB {self.pick('ABCDEFGHIJKLMNOPQRS')}{self.r.randint(1000, 99999)}",
                f"AD {self.r.randint(1, 17)} {self.r.randint(1000, 99999)}",
                f"{self.pick(['ABJ', 'RSD', 'KHN', 'TBA'])} {self.r.randint(1000, 9999)}",
                f"{self.r.randint(1, 99)}/{self.r.randint(10000, 99999)}",
            ]
        )

    def point(self, city=None):
        lat0, lat1, lon0, lon1 = GRID[city or self.pick(list(GRID))]
        return round(self.r.uniform(lat0, lat1), 6), round(self.r.uniform(lon0, lon1), 6)

    def glat(self, city=None):
        self.pt = self.point(city)
        return self.pt[0]

    def glon(self):
        return self.pt[1]

    def building(self):
        return self.pick(AE_BUILDINGS)

    def ae_street(self):
        return self.pick(
            [
                f"{self.r.randint(2, 45)}th Street",
                f"Street {self.r.randint(1, 60)}",
                "Al Wasl Road",
                "Sheikh Zayed Road",
                "Hessa Street",
                f"{self.r.randint(10, 30)}B Street",
                "Al Khail Road",
                "Corniche Road",
            ]
        )

    def home_address(self):
        return self.pick(
            [
                f"Villa {self.r.randint(1, 80)}, {self.ae_street()}, "
                f"{self.pick(AE_AREAS)}, {self.pick(AE_CITIES)}",
                f"Apt {self.r.randint(101, 3210)}, {self.building()}, {self.pick(AE_AREAS)}",
                f"{self.r.randint(1000, 9999)} {self.pick(KSA_STREETS)}, {self.pick(KSA_DISTRICTS)}, "
                f"{self.pick(KSA_CITIES)} {self.r.randint(11000, 34999)}",
                f"Block {self.r.randint(1, 12)}, Street {self.r.randint(1, 40)}, "
                f"House {self.r.randint(1, 90)}, {self.pick(KW_AREAS)}",
            ]
        )

    def ar_address(self):
        return f"{self.pick(AR_DISTRICTS)}، {self.pick(AR_STREETS)}، مبنى {self.r.randint(1000, 9999)}"

    def makani(self):
        return f"{self.r.randint(10000, 39999)} {self.r.randint(10000, 99999)}"

    def short_address(self):
        return "".join(self.pick("ABDEHJKMNRSTW") for _ in range(4)) + f"{self.r.randint(1000, 9999)}"

    def money3(self, lo=5, hi=600):
        return round(self.r.uniform(lo, hi), 2)

    def order_no(self):
        return f"SAL-{self.pick(['AE', 'SA', 'KW'])}-{self.digits(7)}"

    def alnum(self, n):
        return "".join(
            self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
        )

    def sha256(self, text):
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()


# -- templates --------------------------------------------------------------------------------------


class Seq:
    """A fixed list of differently shaped items, all at `path[]` (Typeform's answers)."""

    def __init__(self, *items):
        self.items = items


def render(template: Any, f: GFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def C(value):
    return G(lambda f: value)


def P(*values):
    return G(lambda f: f.pick(list(values)))


TZ = P("Asia/Dubai", "Asia/Riyadh", "Asia/Kuwait")
LOCALE = P("en-AE", "ar-AE", "ar-SA", "en-SA", "ar-KW", "en-US", "hi-IN", "en-GB")
CARRIER = P("du", "Etisalat", "stc", "Mobily", "Zain KW", "Ooredoo", "Virgin Mobile UAE")


def web_context(page: str):
    return {
        "library": {"name": C("analytics.js"), "version": P("npm:next-1.72.0", "next-1.70.1")},
        "page": {
            "path": P(page, "/ae-en/offers", "/sa-ar/ramadan", "/kw-en/cart"),
            "referrer": P("https://www.google.com/", "", "https://www.instagram.com/", "https://sallah.ae/"),
            "search": P("", "?utm_source=instagram&utm_medium=paid", "?lang=ar", "?ref=ramadan"),
            "title": P("Sallah | Groceries in 20 minutes", "سلة | توصيل البقالة", "Checkout | Sallah"),
            "url": G(
                lambda f: (
                    "https://sallah.ae"
                    + f.pick([page, "/ae-en/offers", "/sa-ar/ramadan"])
                    + f.pick(["", "?lang=ar", "?utm_source=instagram"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {"brand": P("Chromium", "Google Chrome", "Not_A Brand"), "version": P("124", "8")}, 3
            ),
            "mobile": P(True, False),
            "platform": P("Android", "Windows", "macOS"),
        },
        "locale": LOCALE,
        "timezone": TZ,
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": P("ramadan_2024", "eid_al_fitr", "summer_saver", "ksa_launch"),
            "source": P("google", "instagram", "snapchat", "tiktok"),
            "medium": P("cpc", "paid_social", "email"),
            "term": P("grocery delivery dubai", "توصيل بقالة", "iftar box", "fresh milk delivery"),
            "content": P("story_v2", "carousel_dates", "search_brand"),
        },
    }


def swift_context():
    return {
        "app": {
            "name": C("Sallah"),
            "version": P("7.4.0", "7.4.2", "7.5.0"),
            "build": P("7400", "7421", "7503"),
            "namespace": C("ae.sallah.customer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone12,1"),
            "name": C("iPhone"),
            "type": C("ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": P(True, False),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": LOCALE,
        "network": {"wifi": P(True, False), "cellular": P(True, False), "carrier": CARRIER},
        "os": {"name": C("iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 430, 393), "height": P(844, 932, 852)},
        "timezone": TZ,
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(app="Sallah", namespace="ae.sallah.customer", handheld=False):
    return {
        "app": {
            "name": C(app),
            "version": P("7.4.0", "7.5.0") if not handheld else P("2.9.1", "2.9.3"),
            "build": P("70400", "70500") if not handheld else P("291", "293"),
            "namespace": C(namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Xiaomi", "HUAWEI", "OPPO")
            if not handheld
            else C("Zebra Technologies"),
            "model": P("SM-A546E", "SM-S918B", "2201117TG", "CPH2473") if not handheld else P("TC52", "TC57"),
            "name": P("a54x", "dm3q", "spes", "OP5958") if not handheld else P("TC52", "TC57"),
            "type": C("android"),
            **(
                {}
                if handheld
                else {
                    "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
                    "adTrackingEnabled": P(True, False),
                }
            ),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.16.3", "1.17.0")},
        "locale": LOCALE,
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "bluetooth": C(False),
            "carrier": CARRIER,
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.0), "width": P(1080, 720), "height": P(2340, 2400, 1600)},
        "timezone": TZ,
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; {f.pick(['SM-A546E', 'TC52'])} "
                f"Build/{f.pick(['UP1A.231005.007', 'TQ3A.230901.001'])})"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context():
    return {
        "app": {
            "name": C("Sallah"),
            "version": P("6.12.0", "6.13.1"),
            "build": P("612", "631"),
            "namespace": C("sa.sallah.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung"),
            "model": P("iPhone14,2", "SM-S911B"),
            "name": P("iPhone", "dm1q"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("@segment/analytics-react-native"), "version": P("2.19.2", "2.20.0")},
        "locale": P("ar-SA", "en-SA"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": P("iOS", "Android"), "version": P("17.4", "14")},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "timezone": C("Asia/Riyadh"),
        "traits": {
            "email": Y(lambda f: f.cemail(), "email"),
            "phone": Y(lambda f: f.sa_mobile(), "phone"),
            "firstName": Y(lambda f: f.cfirst(), "name"),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": C("Sallah Rider"),
            "version": P("3.2.0", "3.3.1"),
            "build": P("320", "331"),
            "namespace": C("ae.sallah.rider"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Xiaomi", "realme"),
            "model": P("SM-A145F", "Redmi Note 12", "RMX3630"),
            "type": C("android"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.3", "1.1.5")},
        "locale": P("en-AE", "ur-PK", "hi-IN", "ne-NP", "ar-SA"),
        "os": {"name": C("Android"), "version": P("13", "12")},
        "screen": {"width": C(720), "height": C(1600)},
        "network": {"wifi": C(False), "cellular": C(True), "carrier": CARRIER},
        "timezone": TZ,
        "location": {
            "latitude": Y(lambda f: f.glat(), "geolocation"),
            "longitude": Y(lambda f: f.glon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 14), 1)),
        },
        "traits": {
            "name": Y(lambda f: f.rider_name(), "name"),
            "phone": Y(lambda f: f.pick([f.ae_mobile, f.sa_mobile, f.kw_mobile])(), "phone"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.1",
    "analytics-php": "3.8.0",
    "Analytics-CSharp": "2.4.1",
}


def server_context(lib: str, ip=False, external=False):
    ctx: dict[str, Any] = {"library": {"name": C(lib), "version": C(SERVER_VERSIONS[lib])}}
    if ip:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    if external:
        ctx["externalIds"] = Seq(
            {
                "id": Y(lambda f: f.cemail(), "email|phone", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            {
                "id": Y(lambda f: f.gphone(), "email|phone", True),
                "type": C("phone"),
                "collection": C("users"),
                "encoding": C("none"),
            },
        )
    return ctx


def CLIENT(name: str, page="/"):
    if name == "web":
        return web_context(page)
    if name == "swift":
        return swift_context()
    if name == "kotlin":
        return kotlin_context()
    if name == "picker":
        return kotlin_context("Sallah Picker", "ae.sallah.picker", handheld=True)
    if name == "rn":
        return rn_context()
    if name == "flutter":
        return flutter_context()
    if name.startswith("srv:"):
        lib, *flags = name[4:].split("+")
        return server_context(lib, ip="ip" in flags, external="ext" in flags)
    raise ValueError(name)


APPS = ["swift", "kotlin", "rn"]
CUSTOMER = [*APPS, "web"]
NODE = "srv:@segment/analytics-node"

# -- body fragments ---------------------------------------------------------------------------------


def product_full():
    return {
        "product_id": G(lambda f: f"prd_{PRODUCTS.index(f.new_product()):02d}{f.digits(6)}"),
        "sku": G(lambda f: f"{f.product[2][:3].upper()}-{PRODUCTS.index(f.product):03d}{f.digits(3)}"),
        "name": G(lambda f: f.product[0]),
        "brand": G(lambda f: f.product[1]),
        "category": G(lambda f: f.product[2]),
        "price": G(lambda f: f.product[3]),
        "quantity": G(lambda f: f.r.randint(1, 6)),
        "position": G(lambda f: f.r.randint(1, 40)),
    }


def sub_item():
    return {
        "sku": G(lambda f: f"{f.new_product()[2][:3].upper()}-{PRODUCTS.index(f.product):03d}{f.digits(3)}"),
        "name": G(lambda f: f.product[0]),
    }


def product_short():
    return {
        k: v for k, v in product_full().items() if k in ("product_id", "sku", "name", "price", "quantity")
    }


def lat_lng(cls="yellow"):
    if cls == "green":
        return {"lat": G(lambda f: f.store[3]), "lng": G(lambda f: f.store[4])}
    return {"lat": Y(lambda f: f.glat(), "geolocation"), "lng": Y(lambda f: f.glon(), "geolocation")}


ORDER_ID = G(lambda f: f.uuid())
ORDER_NO = G(lambda f: f.order_no())
STORE_ID = G(lambda f: f.new_store()[0])
RIDER_ID = G(lambda f: f"rdr_{f.digits(6)}")
CURRENCY = G(lambda f: f.pick(CURRENCIES))


def support_description(f: GFake) -> str:
    return f.pick(
        [
            f"Order {f.order_no()} is missing the laban and the dates. Please call me on {f.gphone()}",
            f"Rider was rude and left the bags at security. My number is {f.gphone()}.",
            f"I was charged twice for my order, send the receipt to {f.cemail()} please",
            f"الطلب ناقص، الرجاء الاتصال على {f.sa_mobile()}",
            f"Wrong address used, I am in JLT not Marina. Reach me at {f.cemail()} or {f.ae_mobile()}",
            f"Milk expired yesterday. WhatsApp {f.gphone()} for photos",
        ]
    )


def rider_chat(f: GFake) -> str:
    return f.pick(
        [
            f"I am at the gate, call me {f.gphone()}",
            f"Please call {f.gphone()} when you reach the tower",
            f"Give the bags to my driver, his number is {f.gphone()}",
            f"اتصل على {f.sa_mobile()} عند الوصول",
            f"Wrong building. Call my husband {f.gphone()}",
        ]
    )


def rider_note(f: GFake) -> str:
    return f.pick(
        [
            f"Customer not answering, called {f.gphone()} 3 times",
            f"Customer asked to deliver to neighbour, number {f.gphone()}",
            f"Pin is wrong, customer gave new number {f.gphone()} to call",
            f"Security not allowing entry. Customer phone {f.gphone()} switched off",
        ]
    )


def clean_comment(f: GFake) -> str:
    return f.pick(
        [
            "Very polite, thank you!",
            "Was 20 minutes late but apologised",
            "شكراً على السرعة",
            "Bags were wet",
            "Excellent, came before iftar",
            "",
            "Did not follow the instructions",
        ]
    )


# -- the tracking plan ------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- identities ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "firstName": Y(lambda f: f.cfirst(), "name"),
            "lastName": Y(lambda f: f.clast(), "name"),
            "email": Y(lambda f: f.cemail(), "email"),
            "phone": Y(lambda f: f.gphone(), "phone"),
            "whatsappNumber": Y(lambda f: f.gphone(), "phone"),
            "gender": Y(lambda f: f.pick(["male", "female", "prefer_not_to_say"]), "gender"),
            "birthday": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["AE", "SA", "IN", "PK", "PH", "EG", "GB", "KW"]), "citizenship"
            ),
            "city": Y(lambda f: f.pick(AE_CITIES + KSA_CITIES + ["Kuwait City"]), "city"),
            "avatar": Y(lambda f: f"https://cdn.sallah.ae/avatars/{f.uuid()}.jpg", "photo"),
            "preferredLanguage": P("ar", "en"),
            "country": P("AE", "SA", "KW"),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": P(True, False),
            "phoneVerified": P(True, False),
            "loyaltyTier": P("green", "silver", "gold", "platinum"),
            "loyaltyNumber": G(lambda f: "SL" + f.digits(10)),
            "referralCode": G(lambda f: "SAL-" + f.alnum(5).upper()),
            "age": G(lambda f: f.r.randint(18, 70)),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "full_name": Y(lambda f: f.rider_name(), "name"),
            "mobile": Y(lambda f: f.gphone(), "phone"),
            "rider_code": G(lambda f: "R" + f.digits(5)),
            "vehicle_type": P("motorbike", "car", "bicycle"),
            "plate_number": Y(lambda f: f.plate(), "license"),
            "nationality": Y(lambda f: f.pick(["IN", "PK", "NP", "BD", "PH", "EG", "SD"]), "citizenship"),
            "iqama_number": RED(lambda f: f.saudi_id("2"), "national id"),
            "iqama_expiry": G(lambda f: f.date(2025, 2027)),
            "date_of_birth": Y(lambda f: f.date(1975, 2003), "birthdate"),
            "driving_licence_no": Y(lambda f: f.digits(7), "license"),
            "joined_at": G(lambda f: f.iso()),
            "languages": Many(P("ur", "hi", "ne", "bn", "ar", "en", "ml", "tl"), 3),
            "emergency_contact": {
                "name": Y(lambda f: f.rider_name(), "name"),
                "phone": Y(lambda f: f.expat_mobile(), "phone"),
                "relation": P("brother", "wife", "cousin", "friend", "father"),
            },
            "home_country_address": Y(
                lambda f: f.pick(
                    [
                        f"House {f.r.randint(1, 300)}, Village Kotli, District Mirpur, AJK, Pakistan",
                        f"Ward {f.r.randint(1, 20)}, Pokhara-{f.r.randint(1, 30)}, Kaski, Nepal",
                        f"{f.r.randint(1, 99)}/{f.r.randint(1, 9)} Kuttanad Road, Alappuzha, "
                        f"Kerala {f.digits(6)}",
                        f"Holding {f.r.randint(10, 400)}, Sylhet Sadar, "
                        f"Sylhet {f.r.randint(3100, 3199)}, Bangladesh",
                    ]
                ),
                "address",
            ),
            "bank_iban": RED(lambda f: f.giban(), "bank account"),
        },
    ),
    (
        "identify",
        None,
        ["srv:analytics-python"],
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL_ADDRESS": Y(lambda f: f.cemail(), "email"),
            "MOBILE_NUMBER": Y(lambda f: f.gphone(), "phone"),
            "FIRST_NAME": Y(lambda f: f.cfirst(), "name"),
            "LAST_NAME": Y(lambda f: f.clast(), "name"),
            "HOME_CITY": Y(lambda f: f.pick(AE_CITIES + KSA_CITIES), "city"),
            "DEFAULT_ADDRESS_AREA": Y(lambda f: f.pick(AE_AREAS + KSA_DISTRICTS + KW_AREAS), "city|address"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "GENDER": Y(lambda f: f.pick(["M", "F", "U"]), "gender"),
            "COUNTRY_CODE": P("AE", "SA", "KW"),
            "EMAIL_DOMAIN": G(lambda f: f.pick(MAIL)),
            "LIFETIME_ORDERS": G(lambda f: f.r.randint(1, 400)),
            "LTV_AED": G(lambda f: f.money3(20, 40000)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "PREFERRED_PAYMENT": P("COD", "CARD", "APPLE_PAY", "WALLET", "MADA"),
            "IS_COD_ONLY": P(True, False),
            "CHURN_PROBABILITY": G(lambda f: round(f.r.random(), 4)),
            "WALLET_BALANCE_AED": G(lambda f: f.money3(0, 500)),
        },
    ),
    (
        "group",
        None,
        [NODE],
        {
            "name": P("Emaar Hospitality", "Tabreed", "Jarir Bookstore HQ", "Zain Kuwait", "Noon Office JLT"),
            "employees": G(lambda f: f.r.randint(20, 5000)),
            "plan": P("business_lite", "business_plus", "enterprise"),
            "vat_number": G(lambda f: "3" + f.digits(13) + "3"),
            "trade_license_no": G(lambda f: f.pick(["CN-", "DED-", ""]) + f.digits(7)),
            "billing_email": P(
                "accounts@emaar.example.ae", "ap@tabreed.example.ae", "finance@zain.example.com.kw"
            ),
            "office_phone": P("+971 4 366 1688", "+971 2 202 0400", "+966 11 212 3000", "+965 2464 4444"),
            "office_address": {
                "street": P("Sheikh Zayed Road", "King Fahd Road", "Al Soor Street"),
                "building": P("Emirates Towers", "Kingdom Centre", "Al Hamra Tower"),
                "city": P("Dubai", "Riyadh", "Kuwait City"),
            },
            "account_manager": Y(lambda f: f.cname(), "name"),
            "account_manager_email": Y(lambda f: f.staff_email(), "email"),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    # -- sign up, login, otp -------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        APPS,
        {
            "method": P("phone_otp", "apple", "google"),
            "country_code": P("+971", "+966", "+965"),
            "phone_number": Y(lambda f: f"5{f.r.randint(0, 9)}{f.r.randint(1000000, 9999999)}", "phone"),
            "referral_code_used": P("SAL-" + "K7Q2M", "", "SAL-9XW3B", "SAL-TT4QA"),
            "terms_accepted": C(True),
            "marketing_consent": P(True, False),
        },
    ),
    (
        "track",
        "OTP Requested",
        APPS,
        {
            "channel": P("sms", "whatsapp", "voice"),
            "otp_length": P(4, 6),
            "resend_count": G(lambda f: f.r.randint(0, 3)),
            "mobile": Y(lambda f: f.gphone(), "phone"),
            "masked_mobile": G(lambda f: f.masked_phone()),
            "request_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "OTP Verified",
        APPS,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": P(True, False),
            "time_to_verify_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
    ),
    (
        "track",
        "Logged In",
        ["web"],
        {
            "login_email": Y(lambda f: f.cemail(), "email"),
            "method": P("password", "magic_link", "google"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "remember_me": P(True, False),
            "password_strength": P("weak", "medium", "strong"),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "link": RED(
                lambda f: f"https://business.sallah.ae/auth/verify?token={f.alnum(43)}&email_hint=1",
                "token",
                True,
            ),
            "link_age_s": G(lambda f: f.r.randint(5, 900)),
            "device_match": P(True, False),
        },
    ),
    # -- addresses -----------------------------------------------------------------------------------
    (
        "track",
        "Address Search Typed",
        ["swift", "kotlin", "web"],
        {
            "input": Y(
                lambda f: f.pick(
                    [
                        f"Villa {f.r.randint(1, 80)} {f.ae_street()} {f.pick(AE_AREAS)}",
                        f"{f.building()} apt {f.r.randint(101, 3210)}",
                        f"Apartment {f.r.randint(101, 2400)}, {f.building()}",
                        f"Block {f.r.randint(1, 12)} street {f.r.randint(1, 40)} house {f.r.randint(1, 90)}",
                    ]
                ),
                "address|street",
                True,
            ),
            "sessiontoken": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "provider": P("google_places", "mapbox"),
        },
    ),
    (
        "track",
        "Address Added",
        ["swift", "kotlin", "web"],
        {
            "address_id": G(lambda f: f"adr_{f.digits(8)}"),
            "address": {
                "type": P("home", "work", "other"),
                "label": P("Home", "Office", "Mama's house", "Gym", "Beach villa"),
                "building_name": Y(lambda f: f.building(), "address"),
                "floor": Y(lambda f: str(f.r.randint(0, 48)), "address"),
                "flat": Y(lambda f: str(f.r.randint(101, 4810)), "address"),
                "street": Y(lambda f: f.ae_street(), "street|address"),
                "area": Y(lambda f: f.pick(AE_AREAS), "city|address"),
                "city": Y(lambda f: f.pick(AE_CITIES), "city"),
                "emirate": P("Dubai", "Abu Dhabi", "Sharjah", "Ajman"),
                "country": C("AE"),
                "landmark": Y(lambda f: f.pick(LANDMARKS), "address"),
                "makani": Y(lambda f: f.makani(), "address"),
                "latitude": Y(lambda f: f.glat("Dubai"), "geolocation"),
                "longitude": Y(lambda f: f.glon(), "geolocation"),
                "contact_phone": Y(lambda f: f.ae_mobile(), "phone"),
                "is_default": P(True, False),
                "delivery_instructions": P(
                    "Leave with the security guard", "Ring the bell twice", "Don't ring, baby sleeping", ""
                ),
            },
        },
    ),
    (
        "track",
        "National Address Verified",
        ["rn"],
        {
            "shortAddress": Y(lambda f: f.short_address(), "address"),
            "buildingNumber": Y(lambda f: str(f.r.randint(1000, 9999)), "address"),
            "streetName": Y(lambda f: f.pick(KSA_STREETS), "street|address"),
            "district": Y(lambda f: f.pick(KSA_DISTRICTS), "city|address"),
            "city": Y(lambda f: f.pick(KSA_CITIES), "city"),
            "postalCode": Y(lambda f: str(f.r.randint(11000, 34999)), "zipcode"),
            "additionalNumber": Y(lambda f: str(f.r.randint(2000, 9999)), "address"),
            "unitNumber": Y(lambda f: str(f.r.randint(1, 40)), "address"),
            "region": P("Riyadh Region", "Makkah Region", "Eastern Province"),
            "verifiedVia": P("spl_api", "manual"),
            "isPrimary": P(True, False),
        },
    ),
    (
        "track",
        "Delivery Address Saved",
        ["srv:analytics-php"],
        {
            "country": C("KW"),
            "governorate": P("Hawalli", "Al Asimah", "Al Ahmadi", "Farwaniya"),
            "area_name": Y(lambda f: f.pick(KW_AREAS), "city|address"),
            "block": Y(lambda f: str(f.r.randint(1, 12)), "address"),
            "street": Y(lambda f: f"Street {f.r.randint(1, 40)}", "street|address"),
            "jadda": Y(lambda f: f.pick(["", "Jadda 3", "Jadda 11", "Jadda 7"]), "street|address"),
            "house_no": Y(lambda f: str(f.r.randint(1, 120)), "address"),
            "floor_no": Y(lambda f: str(f.r.randint(0, 12)), "address"),
            "apartment_no": Y(lambda f: str(f.r.randint(1, 30)), "address"),
            "paci_number": Y(lambda f: f.digits(8), "address"),
            "address_type": P("house", "apartment", "office"),
            "customer_id": G(lambda f: f.digits(9)),
        },
    ),
    # -- browsing ------------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        CUSTOMER,
        {
            "query": P("laban", "حليب", "dates", "vimto", "chicken", "تمر", "baby diapers", "eggs"),
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "category_filter": P("", "Dairy", "Ramadan", "Frozen"),
            "is_voice": P(True, False),
        },
    ),
    (
        "track",
        "Product List Viewed",
        CUSTOMER,
        {
            "list_id": P("ramadan_essentials", "fresh_deals", "iftar_boxes", "recently_bought"),
            "category": P("Ramadan", "Dairy", "Fruit & Veg", "Bakery"),
            "products": Many(
                {
                    k: v
                    for k, v in product_full().items()
                    if k in ("product_id", "sku", "name", "price", "position")
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        CUSTOMER,
        {
            **product_full(),
            "currency": CURRENCY,
            "barcode": G(lambda f: f.ean13()),
            "country_of_origin": P("UAE", "Saudi Arabia", "Ecuador", "Jordan", "India"),
            "halal_certified": P(True, False),
            "contains_allergens": Many(P("milk", "nuts", "gluten", "soy", "eggs"), 3),
        },
    ),
    (
        "track",
        "Product Added",
        CUSTOMER,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product_short(),
            "substitution_preference": P("best_match", "call_me", "do_not_substitute"),
            "note_to_picker": P("Ripe bananas please", "Smallest size", "", "Green ones not yellow"),
        },
    ),
    (
        "track",
        "Cart Viewed",
        CUSTOMER,
        {
            "cart_id": G(lambda f: f.uuid()),
            "products": Many(product_full(), 5),
            "value": G(lambda f: f.money3(15, 700)),
            "currency": CURRENCY,
        },
    ),
    # -- checkout ------------------------------------------------------------------------------------
    (
        "track",
        "Delivery Slot Selected",
        CUSTOMER,
        {
            "slot_id": G(lambda f: "slot_" + f.digits(6)),
            "slot_start": G(lambda f: f.iso()),
            "slot_type": P("express_20min", "scheduled", "iftar", "suhoor"),
            "is_iftar_slot": P(True, False),
            "delivery_fee": G(lambda f: f.pick([0, 5, 7, 9.5, 0.5])),
            "store_id": STORE_ID,
        },
    ),
    (
        "track",
        "Checkout Started",
        CUSTOMER,
        {
            "order_id": ORDER_ID,
            "value": G(lambda f: f.money3(15, 700)),
            "tax": G(lambda f: f.money3(1, 90)),
            "discount": G(lambda f: f.money3(0, 50)),
            "coupon": G(lambda f: f.pick(PROMOS)),
            "currency": CURRENCY,
            "products": Many(product_full(), 4),
            "payment_method": P("cod", "card", "apple_pay", "wallet", "mada", "knet"),
            "delivery_type": P("express", "scheduled"),
            "tip_amount": G(lambda f: f.pick([0, 2, 5, 10])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": P("card", "mada", "apple_pay"),
            "card_brand": P("visa", "mastercard", "mada", "amex"),
            "card_bin": G(lambda f: f.pick(["458265", "588845", "446404", "521020", "968208"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.cname().upper(), "name"),
            "card_number": RED(lambda f: f.gcard(), "credit card"),
            "save_card": P(True, False),
            "billing_address": {
                "line1": Y(lambda f: f.home_address(), "address"),
                "city": Y(lambda f: f.pick(AE_CITIES + KSA_CITIES), "city"),
                "country": P("AE", "SA", "KW"),
            },
        },
    ),
    (
        "track",
        "Payment Method Added",
        APPS,
        {
            "card_token": RED(lambda f: "tok_" + f.alnum(26), "token"),
            "scheme": P("visa", "mastercard", "mada", "amex"),
            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "bin": G(lambda f: f.pick(["458265", "588845", "446404", "521020"])),
            "expiry_month": G(lambda f: f.r.randint(1, 12)),
            "expiry_year": G(lambda f: f.r.randint(2025, 2031)),
            "issuer": P("Emirates NBD", "Al Rajhi Bank", "National Bank of Kuwait", "ADCB", "SNB"),
            "masked_pan": G(
                lambda f: f"{f.pick(['458265', '588845', '521020'])}******{f.r.randint(0, 9999):04d}"
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        [NODE + "+ip+ext"],
        {
            "order_id": ORDER_ID,
            "order_number": ORDER_NO,
            "total": G(lambda f: f.money3(15, 700)),
            "revenue": G(lambda f: f.money3(15, 700)),
            "vat": G(lambda f: f.money3(1, 90)),
            "delivery_fee": G(lambda f: f.pick([0, 5, 7, 9.5, 0.5])),
            "discount": G(lambda f: f.money3(0, 50)),
            "coupon": G(lambda f: f.pick(PROMOS)),
            "currency": CURRENCY,
            "payment_method": P("cod", "card", "apple_pay", "wallet", "mada", "knet"),
            "cod_amount": G(lambda f: f.money3(0, 400)),
            "change_required_for": P(0, 100, 200, 500),
            "products": Many(product_full(), 4),
            "store_id": STORE_ID,
            "store_name": G(lambda f: f.store[1]),
            "customer_name": Y(lambda f: f.cname(), "name"),
            "customer_phone": Y(lambda f: f.gphone(), "phone"),
            "customer_email": Y(lambda f: f.cemail(), "email"),
            "delivery_address": {
                "building": Y(lambda f: f.building(), "address"),
                "street": Y(lambda f: f.ae_street(), "street|address"),
                "flat": Y(lambda f: str(f.r.randint(101, 4810)), "address"),
                "area": Y(lambda f: f.pick(AE_AREAS + KSA_DISTRICTS + KW_AREAS), "city|address"),
                "city": Y(lambda f: f.pick(AE_CITIES + KSA_CITIES + ["Kuwait City"]), "city"),
                "landmark": Y(lambda f: f.pick(LANDMARKS), "address"),
                **lat_lng(),
            },
            "receiver": {
                "name": Y(lambda f: f.cname(), "name"),
                "phone": Y(lambda f: f.gphone(), "phone"),
                "relation": P("self", "driver", "housemaid", "colleague", "spouse"),
            },
            "is_first_order": P(True, False),
        },
    ),
    (
        "track",
        "Order Placed",
        ["srv:analytics-php"],
        {
            "رقم_الطلب": ORDER_NO,
            "اسم_العميل": Y(lambda f: f.ar_name(), "name"),
            "رقم_الجوال": Y(lambda f: f.sa_mobile(), "phone"),
            "البريد_الإلكتروني": Y(lambda f: f.cemail(), "email"),
            "المدينة": Y(lambda f: f.pick(AR_CITIES), "city"),
            "الحي": Y(lambda f: f.pick(AR_DISTRICTS), "city|address"),
            "العنوان": Y(lambda f: f.ar_address(), "address"),
            "المبلغ_الإجمالي": G(lambda f: f.money3(20, 900)),
            "العملة": C("SAR"),
            "طريقة_الدفع": P("الدفع عند الاستلام", "مدى", "أبل باي", "بطاقة ائتمانية"),
            "عدد_المنتجات": G(lambda f: f.r.randint(1, 30)),
            "ملاحظات": P("", "بدون أكياس بلاستيك", "التوصيل بعد المغرب", "الرجاء عدم قرع الجرس"),
            "تاريخ_الطلب": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Talab Jadeed",
        ["srv:analytics-php"],
        {
            "raqm_altalab": ORDER_NO,
            "ism_alameel": Y(lambda f: f.cname(), "name"),
            "raqm_alhatif": Y(lambda f: f.kw_mobile(), "phone"),
            "almintaqa": Y(lambda f: f.pick(KW_AREAS), "city|address"),
            "alqitaa": Y(lambda f: f"Block {f.r.randint(1, 12)}", "address"),
            "alshari": Y(lambda f: f"Street {f.r.randint(1, 40)}", "street|address"),
            "almanzil": Y(lambda f: f"House {f.r.randint(1, 120)}", "address"),
            "tariqat_aldaf": P("knet", "cash", "credit_card"),
            "almablagh": G(lambda f: round(f.r.uniform(2, 60), 3)),
            "waqt_altawsil": G(lambda f: f.iso()),
        },
    ),
    # -- fulfilment: pickers and riders --------------------------------------------------------------
    (
        "track",
        "Order Status Updated",
        ["srv:analytics-go"],
        {
            "order_id": ORDER_ID,
            "status": P("accepted", "picking", "ready", "out_for_delivery", "delivered", "cancelled"),
            "updated_at": G(lambda f: f.iso()),
            "rider_id": RIDER_ID,
            "picker_id": G(lambda f: f"pk_{f.digits(5)}"),
            "store_id": STORE_ID,
            "eta_minutes": G(lambda f: f.r.randint(5, 90)),
            "reason_code": P("", "STORE_BUSY", "RIDER_DELAY", "CUSTOMER_UNREACHABLE"),
        },
    ),
    (
        "track",
        "Rider Assigned",
        ["srv:analytics-java"],
        {
            "order_id": ORDER_ID,
            "rider": {
                "id": RIDER_ID,
                "name": Y(lambda f: f.rider_name(), "name"),
                "proxy_number": G(lambda f: f.proxy_number()),
                "photo_url": Y(lambda f: f"https://cdn.sallah.ae/riders/{f.hexid(12)}.jpg", "photo"),
                "vehicle": P("motorbike", "car", "bicycle"),
                "plate": Y(lambda f: f.plate(), "license"),
                "rating": G(lambda f: round(f.r.uniform(3.6, 5.0), 2)),
                "languages": Many(P("ur", "hi", "ar", "en", "ml"), 2),
            },
            "dispatch_algo": P("nearest_v3", "batched_v2"),
        },
    ),
    (
        "track",
        "Rider Location Updated",
        ["flutter"],
        {
            "order_id": ORDER_ID,
            **lat_lng(),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 70), 1)),
            "is_mock_location": C(False),
            "recorded_at": G(lambda f: f.epoch_ms()),
            "status": P("to_store", "at_store", "to_customer", "at_customer"),
        },
    ),
    (
        "track",
        "Order Tracking Viewed",
        APPS,
        {
            "order_id": ORDER_ID,
            "rider_location": lat_lng(),
            "store_location": {"lat": G(lambda f: f.new_store()[3]), "lng": G(lambda f: f.store[4])},
            "eta_minutes": G(lambda f: f.r.randint(2, 60)),
            "tracking_stage": P("picking", "on_the_way", "nearby"),
        },
    ),
    (
        "track",
        "Rider Arrived",
        ["flutter"],
        {
            "order_id": ORDER_ID,
            "arrived_at": G(lambda f: f.iso()),
            "distance_from_pin_m": G(lambda f: f.r.randint(0, 400)),
            "customer_reachable": P(True, False),
            "call_attempts": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        ["srv:analytics-ruby"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": C("AC5f1c0a9e2b7d4c3f8a6e9b1d2c7f4e0a"),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(lambda f: f.proxy_number().replace(" ", "")),
            "Direction": P("inbound", "outbound-dial"),
            "CallStatus": P("completed", "no-answer", "busy"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 240))),
            "FromCountry": P("AE", "SA", "KW"),
            "order_id": ORDER_ID,
        },
    ),
    (
        "track",
        "Cash Collected",
        ["flutter"],
        {
            "order_id": ORDER_ID,
            "cod_amount": G(lambda f: f.money3(0, 400)),
            "amount_collected": G(lambda f: f.money3(10, 500)),
            "currency": CURRENCY,
            "collected_at": G(lambda f: f.iso()),
            "denominations": Many(P(5, 10, 20, 50, 100, 200, 500), 4),
        },
    ),
    (
        "track",
        "Order Delivered",
        ["flutter"],
        {
            "order_id": ORDER_ID,
            "delivered_at": G(lambda f: f.iso()),
            "pod_type": P("pin", "photo", "contactless"),
            "delivery_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
            "handed_to": P("customer", "security", "reception", "driver", "housemaid"),
            "recipient_name": Y(lambda f: f.cname(), "name"),
            "contactless": P(True, False),
            "delivery_lat": Y(lambda f: f.glat(), "geolocation"),
            "delivery_lng": Y(lambda f: f.glon(), "geolocation"),
            "minutes_late": G(lambda f: f.r.randint(-10, 45)),
        },
    ),
    (
        "track",
        "Delivery Issue Reported",
        ["flutter"],
        {
            "order_id": ORDER_ID,
            "issue_type": P("customer_unreachable", "wrong_pin", "access_denied"),
            "note": Y(rider_note, "phone", True),
            "reported_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Rider Shift Ended",
        ["flutter"],
        {
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
            "deliveries_completed": G(lambda f: f.r.randint(0, 40)),
            "distance_km": G(lambda f: round(f.r.uniform(5, 180), 1)),
            "earnings_today": Y(lambda f: f.money3(40, 380), "salary"),
            "cash_in_hand": G(lambda f: f.money3(0, 3000)),
            "end_lat": Y(lambda f: f.glat(), "geolocation"),
            "end_lng": Y(lambda f: f.glon(), "geolocation"),
        },
    ),
    (
        "track",
        "Substitution Proposed",
        ["picker"],
        {
            "order_id": ORDER_ID,
            "picker_id": G(lambda f: f"pk_{f.digits(5)}"),
            "original_item": sub_item(),
            "substitute_item": sub_item(),
            "reason": P("out_of_stock", "damaged", "near_expiry"),
            "customer_response": P("approved", "rejected", "timeout"),
        },
    ),
    (
        "track",
        "Picking Completed",
        ["picker"],
        {
            "order_id": ORDER_ID,
            "picker_id": G(lambda f: f"pk_{f.digits(5)}"),
            "picker_name": Y(lambda f: f.cname(), "name"),
            "items_picked": G(lambda f: f.r.randint(1, 60)),
            "items_missing": G(lambda f: f.r.randint(0, 4)),
            "pick_duration_s": G(lambda f: f.r.randint(60, 1800)),
            "store_id": STORE_ID,
            "tote_ids": Many(G(lambda f: "T" + f.digits(5)), 3),
            "notes": P("", "Freezer door broken", "Short on bags", "All good"),
        },
    ),
    (
        "track",
        "Shift Started",
        ["srv:Analytics-CSharp"],
        {
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "EmployeeName": Y(lambda f: f.pick([f.cname, f.rider_name])(), "name"),
            "ShiftId": G(lambda f: f.uuid()),
            "StoreCode": G(lambda f: f.pick(STORES)[0].upper()),
            "Role": P("Picker", "Rider", "ShiftLead"),
            "HourlyRate": Y(lambda f: f.pick([14.5, 16.0, 18.75, 22.0]), "salary"),
            "ClockInTime": G(lambda f: f.iso()),
            "ClockInLatitude": Y(lambda f: f.glat(), "geolocation"),
            "ClockInLongitude": Y(lambda f: f.glon(), "geolocation"),
            "BadgeNumber": G(lambda f: f.digits(5)),
            "SupervisorName": Y(lambda f: f.cname(), "name"),
            "JobTitle": P("Picker II", "Senior Rider", "Dark Store Supervisor"),
        },
    ),
    (
        "track",
        "Rider Payout Processed",
        ["srv:Analytics-CSharp"],
        {
            "PayoutId": G(lambda f: f.uuid()),
            "RiderId": RIDER_ID,
            "WeekStarting": G(lambda f: f.date(2024, 2024)),
            "DeliveriesCount": G(lambda f: f.r.randint(20, 320)),
            "GrossEarnings": Y(lambda f: f.money3(400, 4200), "salary"),
            "NetPayout": Y(lambda f: f.money3(300, 4000), "salary"),
            "Currency": CURRENCY,
            "Iban": RED(lambda f: f.giban(), "bank account"),
            "AccountHolder": Y(lambda f: f.rider_name().upper(), "name"),
            "BankName": P("Emirates NBD", "Al Rajhi Bank", "Kuwait Finance House", "Mashreq"),
            "SwiftCode": P("EBILAEAD", "RJHISARI", "KFHOKWKW", "BOMLAEAD"),
            "TransferReference": G(lambda f: "PAY" + f.digits(10)),
        },
    ),
    (
        "track",
        "Rider Onboarding Document Uploaded",
        ["flutter"],
        {
            "document_type": P("emirates_id", "iqama", "civil_id"),
            "document_number": RED(lambda f: f.national_id(), "national id"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "document_expiry": G(lambda f: f.date(2025, 2029)),
            "full_name_en": Y(lambda f: f.rider_name(), "name"),
            "full_name_ar": Y(lambda f: f.ar_name(), "name"),
            "nationality": Y(
                lambda f: f.pick(["Pakistan", "India", "Nepal", "Bangladesh", "Egypt"]), "citizenship"
            ),
            "date_of_birth": Y(lambda f: f.date(1975, 2003), "birthdate"),
            "visa_status": RED(lambda f: f.pick(["employment", "visit", "residence", "cancelled"]), "visa"),
            "sponsor_name": P("Sallah Logistics LLC", "Falcon Manpower Services", "Gulf Riders Agency"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "verification_status": P("pending", "approved", "rejected"),
        },
    ),
    (
        "track",
        "Rider Incident Reported",
        ["srv:analytics-java"],
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "rider_id": RIDER_ID,
            "incident_type": P("road_accident", "fall", "heat_exhaustion"),
            "injury_description": Y(
                lambda f: f.pick(
                    ["fractured wrist", "minor bruises on leg", "heat stroke", "knee ligament tear"]
                ),
                "condition",
            ),
            "hospital_name": P("Rashid Hospital", "King Fahad Medical City", "Mubarak Al-Kabeer Hospital"),
            "insurance_policy_no": Y(lambda f: "DHA-" + f.digits(9), "identification"),
            "insurer_member_id": Y(
                lambda f: f.pick(["AXA", "DAMAN", "BUPA"]) + f.digits(8), "identification"
            ),
            "hospital_file_no": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "incident_lat": Y(lambda f: f.glat(), "geolocation"),
            "incident_lng": Y(lambda f: f.glon(), "geolocation"),
            "reported_by": P("rider", "supervisor", "ops"),
            "bike_damaged": P(True, False),
        },
    ),
    # -- payments vendors ----------------------------------------------------------------------------
    (
        "track",
        "Payment Captured",
        ["srv:analytics-go"],
        {
            "id": G(lambda f: "pay_" + f.alnum(26).lower()),
            "amount": G(lambda f: f.r.randint(1500, 90000)),
            "currency": CURRENCY,
            "reference": ORDER_NO,
            "source": {
                "id": RED(lambda f: "src_" + f.alnum(26).lower(), "token"),
                "bin": G(lambda f: f.pick(["458265", "588845", "446404", "521020"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "expiry_month": G(lambda f: f.r.randint(1, 12)),
                "expiry_year": G(lambda f: f.r.randint(2025, 2031)),
                "scheme": P("Visa", "Mastercard", "Mada"),
            },
            "customer": {
                "id": G(lambda f: "cus_" + f.alnum(26).lower()),
                "email": Y(lambda f: f.cemail(), "email"),
                "name": Y(lambda f: f.cname(), "name"),
            },
        },
    ),
    (
        "track",
        "Charge Updated",
        ["srv:analytics-php"],
        {
            "charge_id": G(lambda f: "chg_TS0" + f.digits(4) + f.alnum(16)),
            "status": P("CAPTURED", "DECLINED", "INITIATED"),
            "amount": G(lambda f: f.r.randint(1500, 90000)),
            "currency": CURRENCY,
            "customer": {
                "first_name": Y(lambda f: f.cfirst(), "name"),
                "last_name": Y(lambda f: f.clast(), "name"),
                "email": Y(lambda f: f.cemail(), "email"),
                "phone": {
                    "country_code": P("971", "966", "965"),
                    "number": Y(lambda f: f"5{f.r.randint(0, 9)}{f.r.randint(1000000, 9999999)}", "phone"),
                },
            },
            "card": {
                "first_six": G(lambda f: f.pick(["458265", "588845", "446404", "521020"])),
                "last_four": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "brand": P("VISA", "MASTERCARD", "MADA"),
            },
            "receipt": {"email": P(True, False), "sms": P(True, False)},
            "reference": {"transaction": G(lambda f: "txn_" + f.digits(8)), "order": ORDER_NO},
        },
    ),
    (
        "track",
        "KNET Payment Result",
        ["srv:analytics-php"],
        {
            "paymentid": G(lambda f: f.digits(18)),
            "result": P("CAPTURED", "NOT CAPTURED", "CANCELED"),
            "ref": G(lambda f: f.digits(12)),
            "trackid": G(lambda f: f.digits(10)),
            "amt": G(lambda f: f"{f.r.uniform(2, 60):.3f}"),
            "udf1": ORDER_NO,
            "udf2": Y(lambda f: f.cemail(), "email", True),
            "udf3": Y(lambda f: f.kw_mobile().replace(" ", ""), "phone", True),
        },
    ),
    (
        "track",
        "Purchase",
        ["web"],
        {
            "event_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money3(15, 700)),
            "currency": CURRENCY,
            "content_ids": Many(G(lambda f: f"prd_{f.digits(8)}"), 4),
            "content_type": C("product"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.alnum(60), "advertising id"),
            "hashed_email": Y(lambda f: f.sha256(f.cemail()), "email"),
            "hashed_phone": Y(lambda f: f.sha256(f.gphone().replace(" ", "")), "phone"),
        },
    ),
    (
        "track",
        "Invoice Generated",
        ["srv:analytics-python"],
        {
            "invoice_number": G(lambda f: "INV-SA-" + f.digits(8)),
            "uuid": G(lambda f: f.uuid()),
            "seller_vat_number": C("310122393500003"),
            "total_with_vat": G(lambda f: f.money3(15, 900)),
            "invoice_hash": G(lambda f: f.hexid(44)),
            "qr_code": G(lambda f: "AQ1TYWxsYWggTG9naXN0aWNzAg8zMTAxMjIzOTM1MDAwMDMD" + f.alnum(40)),
        },
    ),
    # -- wallet and loyalty --------------------------------------------------------------------------
    (
        "track",
        "Wallet Topped Up",
        ["srv:Analytics-CSharp"],
        {
            "WalletId": G(lambda f: "w_" + f.digits(9)),
            "CustomerId": G(lambda f: f.digits(9)),
            "Amount": G(lambda f: f.pick([50, 100, 200, 500])),
            "Currency": CURRENCY,
            "CardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "CardScheme": P("Visa", "Mastercard", "Mada"),
        },
    ),
    (
        "track",
        "Wallet Refund Issued",
        ["srv:analytics-ruby"],
        {
            "wallet_id": G(lambda f: "w_" + f.digits(9)),
            "order_id": ORDER_ID,
            "refund_amount": G(lambda f: f.money3(2, 200)),
            "customer_email": Y(lambda f: f.cemail(), "email"),
            "reason": P("missing_item", "damaged", "late_delivery", "substitution_rejected"),
            "issued_by_agent": Y(lambda f: f.cname(), "name"),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Wallet Withdrawal Requested",
        APPS,
        {
            "request_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money3(50, 2000)),
            "currency": CURRENCY,
            "iban": RED(lambda f: f.giban(), "bank account"),
            "beneficiary_name": Y(lambda f: f.cname(), "name"),
            "bank_name": P("Emirates NBD", "Al Rajhi Bank", "National Bank of Kuwait", "ADCB"),
            "swift_bic": P("EBILAEAD", "RJHISARI", "NBOKKWKW", "ADCBAEAA"),
        },
    ),
    (
        "track",
        "Loyalty Points Redeemed",
        APPS,
        {
            "points_redeemed": G(lambda f: f.pick([500, 1000, 2500])),
            "points_balance": G(lambda f: f.r.randint(0, 40000)),
            "tier": P("green", "silver", "gold", "platinum"),
            "member_number": G(lambda f: "SL" + f.digits(10)),
            "reward_name": P("Free delivery week", "AED 20 off", "Free Iftar Box"),
        },
    ),
    # -- ramadan -------------------------------------------------------------------------------------
    (
        "track",
        "Ramadan Offer Viewed",
        CUSTOMER,
        {
            "offer_id": G(lambda f: "off_" + f.digits(5)),
            "offer_name": P("Iftar Box for 4", "Vimto x2 + Dates", "Suhoor Bundle", "Eid Sweets Platter"),
            "iftar_time": G(lambda f: f"18:{f.r.randint(10, 59):02d}"),
            "hijri_date": G(lambda f: f"1445-09-{f.r.randint(1, 29):02d}"),
            "market": P("AE-DXB", "AE-AUH", "SA-RUH", "SA-JED", "KW-KWI"),
        },
    ),
    (
        "track",
        "Ramadan Preferences Updated",
        APPS,
        {
            "is_fasting": Y(lambda f: f.pick([True, False]), "religion"),
            "iftar_reminders": P(True, False),
            "preferred_iftar_slot": P("before_maghrib", "at_maghrib", "after_taraweeh"),
            "suhoor_delivery": P(True, False),
        },
    ),
    # -- meal plans, household, pets ---------------------------------------------------------------
    (
        "track",
        "Meal Plan Subscribed",
        ["swift", "kotlin", "web"],
        {
            "plan_id": G(lambda f: "mp_" + f.digits(4)),
            "plan_name": P(
                "Keto 5-day", "Balanced Lunch & Dinner", "High Protein 6-day", "Ramadan Iftar Plan"
            ),
            "meals_per_day": P(1, 2, 3),
            "calories_target": P(1200, 1500, 1800, 2200),
            "dietary_preferences": Many(P("vegetarian", "low_carb", "no_seafood", "dairy_free"), 2),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "sesame", "eggs"]), "allergy"), 2
            ),
            "medical_diet": Y(
                lambda f: f.pick(["diabetic", "renal", "low_sodium_hypertension", "celiac"]), "condition"
            ),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Household Member Added",
        ["swift", "kotlin"],
        {
            "member_name": Y(lambda f: f.cname(), "name"),
            "relationship": P("spouse", "child", "driver", "nanny", "housemaid", "parent"),
            "member_phone": Y(lambda f: f.gphone(), "phone"),
            "member_email": Y(lambda f: f.cemail(), "email"),
            "member_birthdate": Y(lambda f: f.date(1970, 2015), "birthdate"),
            "spending_limit": G(lambda f: f.pick([0, 200, 500, 1000])),
            "can_use_wallet": P(True, False),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["swift", "kotlin"],
        {
            "pet_name": P("Luna", "Simba", "Coco", "Max", "Zaatar", "Loulou", "Shadow"),
            "species": P("cat", "dog", "bird"),
            "breed": P("Persian", "Saluki", "British Shorthair", "Golden Retriever", "Arabian Mau"),
            "pet_birthday": G(lambda f: f.date(2012, 2024)),
        },
    ),
    # -- referrals, gifts, contacts ------------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        APPS,
        {
            "channel": P("whatsapp", "sms", "copy_link"),
            "referral_code": G(lambda f: "SAL-" + f.alnum(5).upper()),
            "invitee_phone": Y(lambda f: f.gphone(), "phone"),
            "invitee_name": Y(lambda f: f.cname(), "name"),
            "contacts_permission": P("granted", "denied", "limited"),
            "contacts_selected": Many(
                {
                    "display_name": Y(lambda f: f.pick([f.cname(), f.cfirst(), f.cname()]), "name"),
                    "number": Y(lambda f: f.gphone(), "phone"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Gift Order Created",
        APPS,
        {
            "order_id": ORDER_ID,
            "recipient": {
                "name": Y(lambda f: f.cname(), "name"),
                "phone": Y(lambda f: f.gphone(), "phone"),
                "address": Y(lambda f: f.home_address(), "address"),
            },
            "gift_note": P(
                "Ramadan Kareem!", "Eid Mubarak from all of us", "Get well soon", "Happy birthday ❤️"
            ),
            "occasion": P("ramadan", "eid", "birthday", "get_well"),
            "hide_price": P(True, False),
        },
    ),
    (
        "track",
        "Recipient Picked",
        APPS,
        {
            "label": Y(lambda f: f.cname(), "name", True),
            "source": P("contacts", "recent", "manual"),
            "position": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    # -- support -------------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["srv:analytics-ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": P(
                    "Missing item", "Late delivery", "Refund request", "Rider behaviour", "مشكلة في الطلب"
                ),
                "description": Y(support_description, "phone|email", True),
                "requester": {
                    "name": Y(lambda f: f.cname(), "name"),
                    "email": Y(lambda f: f.cemail(), "email"),
                    "phone": Y(lambda f: f.gphone(), "phone"),
                },
                "assignee": {
                    "name": Y(lambda f: f.cname(), "name"),
                    "email": Y(lambda f: f.staff_email(), "email"),
                },
                "via": {"channel": P("email", "chat", "voice", "api")},
                "recipient": P("support@sallah.ae", "help@sallah.sa", "care@sallah.com.kw"),
                "tags": Many(P("ramadan", "refund", "missing_item", "vip", "cod"), 3),
                "priority": P("low", "normal", "high", "urgent"),
                "custom_fields": Many({"id": P(360001, 360002, 360017), "value": ORDER_NO}, 2),
            },
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["srv:analytics-python"],
        {
            "q": Y(lambda f: f.pick([f.gphone, f.cemail])(), "phone|email", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "agent_email": Y(lambda f: f.staff_email(), "email"),
            "lookup_reason": P("inbound_call", "chat", "refund_audit"),
        },
    ),
    (
        "track",
        "Rider Chat Message Sent",
        APPS,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_type": C("customer"),
            "text": Y(rider_chat, "phone", True),
            "message_length": G(lambda f: f.r.randint(10, 90)),
            "has_attachment": P(True, False),
        },
    ),
    (
        "track",
        "Support Call Received",
        [NODE],
        {
            "call_id": G(lambda f: f.uuid()),
            "caller_number": Y(lambda f: f.gphone(), "phone"),
            "callback_number": Y(lambda f: f.gphone(), "phone"),
            "called_number": P("800 725524", "+971 4 318 8800", "920012345", "+965 1 800 800"),
            "ivr_path": P("ar>orders>missing", "en>payments", "en>orders>late"),
            "queue": P("uae_ar", "uae_en", "ksa_ar", "kw_ar"),
            "wait_seconds": G(lambda f: f.r.randint(0, 600)),
            "agent_name": Y(lambda f: f.cname(), "name"),
            "language": P("ar", "en", "ur", "hi"),
        },
    ),
    (
        "track",
        "Email Opened",
        ["srv:analytics-python"],
        {
            "email": Y(lambda f: f.cemail(), "email"),
            "event": C("open"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@ismtpd0{f.r.randint(1, 9)}.sendgrid.net>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "Survey Submitted",
        [NODE],
        {
            "form_response": {
                "form_id": C("kX9pQ2"),
                "token": G(lambda f: f.alnum(32).lower()),
                "hidden": {"order_id": ORDER_ID},
                "answers": Seq(
                    {
                        "type": C("choice"),
                        "field": {"id": C("q_sat")},
                        "choice": {"label": P("Very satisfied", "Satisfied", "Unsatisfied")},
                    },
                    {
                        "type": C("number"),
                        "field": {"id": C("q_nps")},
                        "number": G(lambda f: f.r.randint(0, 10)),
                    },
                    {
                        "type": C("text"),
                        "field": {"id": C("q_why")},
                        "text": P("Fast delivery", "Dates were dry", "Good prices in Ramadan", "App is slow"),
                    },
                    {
                        "type": C("email"),
                        "field": {"id": C("q_email")},
                        "email": Y(lambda f: f.cemail(), "email"),
                    },
                    {
                        "type": C("phone_number"),
                        "field": {"id": C("q_phone")},
                        "phone_number": Y(lambda f: f.gphone().replace(" ", ""), "phone"),
                    },
                ),
            },
        },
    ),
    # -- ratings -------------------------------------------------------------------------------------
    (
        "track",
        "Rider Rated",
        APPS,
        {
            "order_id": ORDER_ID,
            "rider_id": RIDER_ID,
            "rider_name": Y(lambda f: f.rider_name().split(" ")[0], "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(P("polite", "on_time", "rude", "late", "careful_with_items"), 3),
            "comment": G(clean_comment),
            "tip_amount": G(lambda f: f.pick([0, 2, 5, 10])),
        },
    ),
    (
        "track",
        "Product Reviewed",
        CUSTOMER,
        {
            "product_id": G(lambda f: f"prd_{f.digits(8)}"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_title": P("Fresh!", "Not as pictured", "Best dates", "ممتاز"),
            "review_text": P("Very fresh, will buy again", "Expiry date too close", "Good for iftar", "حلو"),
            "reviewer_display_name": Y(lambda f: f"{f.cfirst()} {f.clast()[0]}.", "name"),
        },
    ),
    (
        "track",
        "Store Info Viewed",
        CUSTOMER,
        {
            "store": {
                "id": STORE_ID,
                "name": G(lambda f: f.store[1]),
                "phone": G(lambda f: f.store[2]),
                "email": P("jlt@stores.sallah.ae", "olaya@stores.sallah.sa", "salmiya@stores.sallah.com.kw"),
                "address": P(
                    "Cluster D, JLT, Dubai", "Olaya St, Riyadh 12214", "Salem Al Mubarak St, Salmiya"
                ),
                **lat_lng("green"),
                "manager_name": Y(lambda f: f.cname(), "name"),
            },
        },
    ),
    # -- forms, b2b, misc ----------------------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": P("guest_checkout", "callback_request"),
            "field": {
                "name": P("mobile", "phone", "whatsapp_number"),
                "value": Y(lambda f: f.gphone(), "phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Catering Enquiry Submitted",
        ["web"],
        {
            "contact-name": Y(lambda f: f.cname(), "name"),
            "contact-email": Y(lambda f: f.cemail(), "email"),
            "contact-phone": Y(lambda f: f.gphone(), "phone"),
            "company-name": P("Emaar Hospitality", "ADNOC Distribution", "Kuwait Airways", "STC"),
            "company-size": P("50-200", "200-1000", "1000+"),
            "event-date": G(lambda f: f.date(2024, 2025)),
            "guest-count": G(lambda f: f.r.randint(20, 800)),
            "event-venue": P("Dubai World Trade Centre", "Riyadh Front", "The Avenues Mall"),
            "budget-aed": G(lambda f: f.r.randint(2000, 80000)),
            "message": P(
                "Iftar for our staff, 3 nights", "Need halal and vegan options", "Quarterly town hall"
            ),
        },
    ),
    (
        "track",
        "Rider Application Submitted",
        ["web"],
        {
            "full-name": Y(lambda f: f.rider_name(), "name"),
            "mobile-number": Y(lambda f: f.pick([f.ae_mobile, f.sa_mobile, f.kw_mobile])(), "phone"),
            "whatsapp-number": Y(lambda f: f.expat_mobile(), "phone"),
            "nationality": Y(
                lambda f: f.pick(["Pakistani", "Indian", "Nepali", "Bangladeshi", "Egyptian"]), "citizenship"
            ),
            "current-visa-status": RED(
                lambda f: f.pick(["Visit visa", "Employment visa", "Cancelled visa", "Golden visa"]), "visa"
            ),
            "driving-licence-number": Y(lambda f: f.digits(7), "license"),
            "preferred-city": P("Dubai", "Sharjah", "Riyadh", "Kuwait City"),
            "years-experience": G(lambda f: f.r.randint(0, 12)),
            "expected-salary": Y(lambda f: f.pick([2500, 3000, 3500, 4000]), "salary"),
            "date-of-birth": Y(lambda f: f.date(1975, 2004), "birthdate"),
            "has-own-bike": P(True, False),
            "referred-by": G(lambda f: f.pick(["", "R" + f.digits(5)])),
        },
    ),
    (
        "track",
        "Corporate Employee Invited",
        ["web"],
        {
            "invitee_email": Y(lambda f: f.cemail(), "email"),
            "invitee_name": Y(lambda f: f.cname(), "name"),
            "role": P("member", "admin", "approver"),
            "job_title": P("Office Manager", "HR Coordinator", "Site Engineer"),
            "employee_number": G(lambda f: "EMP" + f.digits(5)),
            "monthly_allowance_aed": P(0, 300, 500, 1000),
            "manager_email": Y(lambda f: f.cemail(), "email"),
        },
    ),
    (
        "track",
        "Customer Profile Updated",
        ["rn"],
        {
            "changedFields": Many(P("email", "phone", "firstName", "birthday", "language"), 3),
            "previousEmail": Y(lambda f: f.cemail(), "email"),
            "newEmail": Y(lambda f: f.cemail(), "email"),
            "marketingConsent": P(True, False),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        APPS,
        {
            "channels": {
                "email": P(True, False),
                "sms": P(True, False),
                "whatsapp": P(True, False),
                "push": P(True, False),
            },
            "quiet_hours": P("", "23:00-07:00", "during_taraweeh"),
        },
    ),
    # -- pages, screens ------------------------------------------------------------------------------
    (
        "page",
        "Offers",
        ["web"],
        {
            "name": P("Offers", "Ramadan", "Home", "Category"),
            "path": P("/ae-en/offers", "/sa-ar/ramadan", "/kw-en/", "/ae-ar/c/dairy"),
            "url": G(lambda f: "https://sallah.ae" + f.pick(["/ae-en/offers", "/sa-ar/ramadan", "/kw-en/"])),
            "title": P("Offers | Sallah", "رمضان | سلة", "Sallah"),
            "referrer": P("", "https://www.google.com/", "https://www.snapchat.com/"),
            "search": P("", "?utm_source=snapchat", "?lang=ar"),
        },
    ),
    (
        "screen",
        "Home",
        ["swift", "kotlin", "rn", "flutter"],
        {
            "previous_screen": P("Splash", "Cart", "Orders", "Wallet"),
            "tab": P("home", "categories", "offers", "account"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = GFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(9),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            page = "/ae-en/checkout" if kind == "track" else "/ae-en/offers"
            msg["context"] = render(CLIENT(client, page), f, "context", labels)
            events.append(msg)
        for _ in range(2):
            client = f.pick(["swift", "kotlin", "rn"])
            events.append(
                {
                    "type": "alias",
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "previousId": f.uuid(),
                    "userId": f.digits(9),
                    "context": render(CLIENT(client), f, "context", labels),
                }
            )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=122, repeats=24)
    write(Path(__file__).parent, "holdout122_", events, labels)
