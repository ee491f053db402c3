"""Writes holdout306: tests/corpus/holdout306_events.jsonl and holdout306_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py's format were read), and
never run through the engine by its author. It is for scoring on events the engine has not seen.

What it covers: the everyday Segment traffic of an on-demand laundry and dry-cleaning pickup and
delivery app ("FreshFold") in the UAE, India and Poland. Every message is drawn for one region, so a
customer in Dubai has a UAE mobile number, a villa or flat address with a Makani number and pays in
AED; in India a PIN code, UPI and RuPay cards; in Poland a kod pocztowy, BLIK and PLN. Calls:
identify, track, page, screen, group and alias, with the context blocks of analytics.js,
analytics-swift, analytics-kotlin (customer, driver and facility handheld apps),
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and csharp
server libraries (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
context.location for the driver app). Events: accounts and sign-in, saved addresses, pickup slots,
e-commerce spec cart and orders, garment tagging with barcodes, stain and damage reports,
drivers' onboarding, shifts, routes, location pings and proof of delivery, subscriptions, card /
UPI / BLIK payments and payment webhooks, loyalty credits, referrals and gift cards, complaints,
refunds, support tickets, SMS / WhatsApp / e-mail / telephony webhooks, B2B hotel and corporate
accounts. Keys are mostly camelCase and snake_case English; about 15 % are PascalCase (.NET refunds,
Twilio-shaped webhooks), kebab-case (a route-optimisation vendor), SCREAMING_SNAKE (warehouse
reverse-ETL traits), Polish, romanised Hindi and Arabic-script keys.

Conventions: one label per leaf path (arrays are `[]`), the classification, the type (the
reference's default matcher name, or `bank account`, `geolocation`, `secret`, `national id`,
`advertising id`, `credit card`, `token`; `a|b` when either is fair) and value_only.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the customer, a household member, a gift or
  referral recipient, a driver, a facility operator, a support agent, a hotel guest. Colour is
  the reference matcher's default; outside the reference, red for credentials and secrets, card
  numbers, bank accounts, government ids and health ids, yellow otherwise (`geolocation`,
  `advertising id`).
- Green: ids we issue (user, order, garment tag and barcode, bag, route, stop, ticket, invoice,
  loyalty and referral numbers), versions, timestamps, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys (`phoneVerified`, `addressCount`,
  `name_changed`), product / plan / hotel / company names, places that are not the person's (a
  hub's address, phone and coordinates, an InPost locker id, a hotel room number), country,
  emirate / state, locale, language, timezone, currency, user agents, OS-issued device ids, card
  brand / BIN / last four / expiry, IFSC codes, a business's own phone, role mailbox, tax id
  (TRN, GSTIN, NIP of a company) and address, call-masking proxy numbers, e-mail Message-IDs,
  masked phone numbers that keep only two digits, ages.
- Contested cases follow the product's published policy: insurer / policy numbers yellow
  `identification`; salaries and hourly pay yellow `salary`; vehicle plates yellow `license`,
  VINs yellow `serial`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing and shipping
  addresses yellow `address`; payment-method and card tokens (pm_, tok_, Razorpay token_), one-time
  codes and magic-link tokens red `token`; identity-document numbers red `national id` /
  `passport`; visa status red `visa`.
- Decisions this corpus had to make (what a careful privacy owner would want flagged):
  a UPI VPA (`name@bank`) is a payment account handle: red `bank account`; a Makani number, a
  building / flat / villa number, a landmark and an area name that are parts of the person's
  address are yellow `address`; a door or gate access code is red `secret`; a masked Aadhaar
  with its last four digits is red `national id` (like an SSN's last four); a SHA-256 of the
  person's e-mail sent for ad matching is yellow `email`; a push-notification device token is
  red `token`; proof-of-delivery photos and signature images are yellow `photo`, photos of a
  stained garment are green; a preference to avoid prayer times is yellow `religion`; a need for
  mobility assistance is red `disability`; a skin condition or detergent allergy is yellow
  `condition` / `allergy`, while a plain fragrance-free preference is green; a preferred
  driver gender is green (a preference, not the person's gender); a staff member's own work
  e-mail and name are PII (yellow), a role mailbox is not; referral codes we issue are green
  even when they start with the person's first name.
- value_only is true when the key does not say what the value is (`field.value`, `label`, `q`,
  `input`, `identifier`, `new_value`, `search_text`, `recipient`, `To`, `Body`, `peer`,
  `instructions`, `gift_message`, `statuses[].recipient_id`, `context.externalIds[].id`); such a
  path holds that PII in every one of its values (`a|b` when each value is one of the two).
  Free text is labelled by what every one of its values carries and is green when none does;
  every free-text template here either always carries the PII or never does (checked when the
  builder runs).
"""

import hashlib
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from portal.events import flatten
from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the three markets --------------------------------------------------

NAMES = {
    "AE": (
        [
            ("Mohammed", "Al Mansoori"),
            ("Fatima", "Al Hashimi"),
            ("Aisha", "Al Nuaimi"),
            ("Khalid", "Al Marzouqi"),
            ("Mariam", "Bin Lootah"),
            ("Hessa", "Al Suwaidi"),
            ("Yousef", "Haddad"),
            ("Layla", "Khoury"),
            ("Omar", "El-Sayed"),
            ("Noura", "Al Falasi"),
            ("Maria", "Santos"),
            ("Jerome", "dela Cruz"),
            ("Emily", "Carter"),
            ("Liam", "O'Connor"),
            ("Ayesha", "Siddiqui"),
            ("Hamza", "Qureshi"),
            ("Svetlana", "Morozova"),
            ("Chinedu", "Eze"),
            ("Anil", "Varghese"),
            ("Shreya", "Pillai"),
        ]
    ),
    "IN": (
        [
            ("Rohan", "Mehta"),
            ("Ananya", "Iyer"),
            ("Priya", "Sharma"),
            ("Arjun", "Nair"),
            ("Vikram", "Reddy"),
            ("Sneha", "Deshmukh"),
            ("Gurpreet", "Kaur"),
            ("Aditya", "Banerjee"),
            ("Kavya", "Menon"),
            ("Imran", "Khan"),
            ("Lakshmi", "Subramanian"),
            ("Siddharth", "Joshi"),
            ("Deepika", "Chatterjee"),
            ("Rahul", "Gupta"),
            ("Meera", "Kulkarni"),
            ("Farhan", "Ansari"),
        ]
    ),
    "PL": (
        [
            ("Katarzyna", "Nowak"),
            ("Piotr", "Wiśniewski"),
            ("Małgorzata", "Wójcik"),
            ("Tomasz", "Kamiński"),
            ("Agnieszka", "Lewandowska"),
            ("Krzysztof", "Zieliński"),
            ("Anna", "Szymańska"),
            ("Paweł", "Dąbrowski"),
            ("Zofia", "Kaczmarek"),
            ("Michał", "Grabowski"),
            ("Joanna", "Jabłońska"),
            ("Łukasz", "Król"),
            ("Oksana", "Kovalenko"),
            ("Dmytro", "Shevchuk"),
        ]
    ),
}
MAIL_DOMAINS = {
    "AE": ["gmail.com", "hotmail.com", "icloud.com", "outlook.com", "yahoo.com", "emirates.net.ae"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "PL": ["gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "op.pl"],
}
CITIES = {
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain"],
    "IN": ["Mumbai", "Bengaluru", "Pune", "Gurugram", "Hyderabad", "Chennai"],
    "PL": ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
}
CENTRES = {
    "AE": (25.13, 55.24, 0.12),
    "IN": (19.07, 72.88, 0.15),
    "PL": (52.23, 21.01, 0.1),
}
CURRENCY = {"AE": "AED", "IN": "INR", "PL": "PLN"}
LOCALES = {"AE": ["en-AE", "ar-AE", "en-US"], "IN": ["en-IN", "hi-IN"], "PL": ["pl-PL", "en-GB", "uk-UA"]}
TZ = {"AE": "Asia/Dubai", "IN": "Asia/Kolkata", "PL": "Europe/Warsaw"}
COUNTRY = {"AE": "AE", "IN": "IN", "PL": "PL"}
STATE = {
    "AE": ["Dubai", "Abu Dhabi", "Sharjah"],
    "IN": ["Maharashtra", "Karnataka", "Haryana", "Telangana"],
    "PL": ["mazowieckie", "małopolskie", "dolnośląskie", "pomorskie"],
}
AE_AREAS = ["Al Barsha 2", "Jumeirah 3", "Mirdif", "Arabian Ranches", "Al Khawaneej 1", "Khalifa City A"]
AE_TOWERS = [
    ("Marina Heights", "Dubai Marina"),
    ("Al Fahad Tower 2", "Tecom"),
    ("Sky Gardens", "DIFC"),
    ("Executive Tower B", "Business Bay"),
    ("Al Nahda Pearl", "Al Nahda 2"),
    ("Sun Tower", "Al Reem Island"),
    ("Lake City Tower", "JLT Cluster D"),
]
IN_SOCIETIES = [
    "Sai Krupa Apartments",
    "Prestige Shantiniketan",
    "Hiranandani Gardens",
    "DLF Phase 4",
    "Kumar Parc",
]
IN_LOCALITIES = [
    ("Indiranagar", "560038"),
    ("Koramangala 5th Block", "560095"),
    ("Powai", "400076"),
    ("Baner", "411045"),
    ("Sector 43", "122009"),
    ("Gachibowli", "500032"),
]
PL_STREETS = ["Marszałkowska", "Puławska", "Długa", "Grunwaldzka", "Kościuszki", "Mickiewicza", "Wrocławska"]
LANDMARKS = [
    "Near Spinneys Al Barsha",
    "Opposite Al Safa Park gate 3",
    "Behind HDFC Bank ATM",
    "Next to Shiv Mandir",
    "Near Hanuman temple, lane 2",
    "Behind Carrefour Mirdif",
    "Opp. Domino's, 80 ft road",
]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
SERVICES = [
    ("WF-KG-STD", "Wash & Fold (per kg)", "Wash & Fold"),
    ("DC-SHIRT", "Shirt - Wash & Press", "Laundry"),
    ("DC-KANDURA", "Kandura - Wash & Press", "Laundry"),
    ("DC-ABAYA", "Abaya - Dry Clean", "Dry Cleaning"),
    ("DC-SUIT-2PC", "Suit 2pc - Dry Clean", "Dry Cleaning"),
    ("DC-SAREE-SILK", "Silk Saree - Dry Clean", "Dry Cleaning"),
    ("DC-SHERWANI", "Sherwani - Dry Clean", "Dry Cleaning"),
    ("HC-CURTAIN-M2", "Curtains (per m2)", "Home Care"),
    ("HC-DUVET-K", "Duvet King", "Home Care"),
    ("SH-SNEAKER", "Sneaker Cleaning", "Shoe Care"),
    ("PL-GARNITUR", "Garnitur 2-częściowy - pranie chemiczne", "Pranie chemiczne"),
    ("PL-KURTKA-PUCH", "Kurtka puchowa", "Pranie chemiczne"),
    ("PR-IRON-ONLY", "Press Only (per item)", "Ironing"),
]
GARMENTS = [
    "shirt",
    "trousers",
    "kandura",
    "abaya",
    "saree",
    "kurta",
    "suit_jacket",
    "dress",
    "duvet",
    "jeans",
]
GARMENT_BRANDS = [
    "Zara",
    "H&M",
    "Hugo Boss",
    "Fabindia",
    "Reserved",
    "Massimo Dutti",
    "Uniqlo",
    "Manyavar",
    "unknown",
]
STAINS = ["red_wine", "coffee", "turmeric", "grease", "ink", "sweat", "lipstick", "blood", "mud", "henna"]
HUBS = {
    "AE": [
        (
            "FreshFold Al Quoz Hub",
            "+971 4 338 1200",
            "Warehouse 7, Street 18, Al Quoz Industrial 3",
            25.135,
            55.231,
        )
    ],
    "IN": [
        ("FreshFold Powai Facility", "+91 22 4890 1200", "Unit 12, Saki Vihar Road, Powai", 19.121, 72.893)
    ],
    "PL": [
        ("FreshFold Pralnia Wola", "+48 22 307 12 00", "ul. Kolejowa 45, 01-210 Warszawa", 52.229, 20.972)
    ],
}
HOTELS = [
    "Jumeirah Beach Hotel",
    "Rove Downtown",
    "Taj Lands End",
    "Lemon Tree Premier Pune",
    "Hotel Bristol Warszawa",
]
COMPANIES = [
    "Emaar Hospitality",
    "Infosys Pune Campus",
    "Marriott Executive Apartments",
    "PKO BP Centrum",
    "Wipro",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class F(Fake):
    """Fake with a market: every message is drawn for one region (AE, IN or PL)."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.region = "AE"
        self.field = "mobile"

    def set_region(self, allowed=("AE", "IN", "PL")):
        weights = {"AE": 5, "IN": 4, "PL": 3}
        pool = [r for r in allowed for _ in range(weights[r])]
        self.region = self.pick(pool)

    # names and contact details
    def person(self):
        return self.pick(NAMES[self.region])

    def first(self):
        return self.person()[0]

    def last(self):
        return self.person()[1]

    def full_name(self):
        first, last = self.person()
        return f"{first} {last}"

    def email(self):
        first, last = (ascii_fold(p).lower().replace(" ", "").replace("'", "") for p in self.person())
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(80, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[self.region])}"

    def phone(self, region=None):
        region = region or self.region
        r = self.r
        if region == "AE":
            p, a, b = (
                self.pick(["50", "52", "54", "55", "56", "58"]),
                r.randint(100, 999),
                r.randint(1000, 9999),
            )
            return self.pick([f"+971 {p} {a} {b}", f"0{p} {a} {b}", f"+971{p}{a}{b}", f"0{p}{a}{b}"])
        if region == "IN":
            n = str(r.randint(6, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
            return self.pick([f"+91 {n[:5]} {n[5:]}", f"+91-{n}", n, f"0{n}", f"+91{n}"])
        n = str(r.choice([5, 6, 7, 8])) + "".join(str(r.randint(0, 9)) for _ in range(8))
        return self.pick(
            [
                f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"+48{n}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
            ]
        )

    def wa_id(self):
        r = self.r
        if self.region == "AE":
            return "9715" + self.pick("024568") + "".join(str(r.randint(0, 9)) for _ in range(7))
        if self.region == "IN":
            return "91" + str(r.randint(6, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
        return "48" + str(r.choice([5, 6, 7, 8])) + "".join(str(r.randint(0, 9)) for _ in range(8))

    # addresses
    def line1(self):
        r = self.r
        if self.region == "AE":
            if r.random() < 0.5:
                return f"Villa {r.randint(1, 120)}, Street {r.randint(1, 40)}{self.pick(['', 'a', 'b'])}"
            tower, _ = self.pick(AE_TOWERS)
            return f"Flat {r.randint(1, 45)}{r.randint(1, 12):02d}, {tower}"
        if self.region == "IN":
            return f"Flat {self.pick('ABCD')}-{r.randint(101, 1204)}, {self.pick(IN_SOCIETIES)}"
        return f"ul. {self.pick(PL_STREETS)} {r.randint(1, 140)}/{r.randint(1, 60)}"

    def line2(self):
        if self.region == "AE":
            return self.pick(AE_AREAS + [area for _, area in AE_TOWERS])
        if self.region == "IN":
            return f"{self.r.randint(1, 18)}th Cross, {self.pick(IN_LOCALITIES)[0]}"
        return f"m. {self.r.randint(1, 80)}, klatka {self.pick('ABC')}"

    def area(self):
        if self.region == "AE":
            return self.pick(AE_AREAS + [area for _, area in AE_TOWERS])
        if self.region == "IN":
            return self.pick(IN_LOCALITIES)[0]
        return self.pick(["Mokotów", "Wola", "Śródmieście", "Kazimierz", "Krzyki", "Wrzeszcz", "Jeżyce"])

    def building(self):
        if self.region == "AE":
            return self.pick([t for t, _ in AE_TOWERS] + ["Villa " + str(self.r.randint(1, 120))])
        if self.region == "IN":
            return self.pick(IN_SOCIETIES) + ", Tower " + self.pick("ABC")
        return f"{self.pick(PL_STREETS)} {self.r.randint(1, 140)}"

    def unit(self):
        r = self.r
        if self.region == "AE":
            return self.pick([f"Flat {r.randint(1, 45)}{r.randint(1, 12):02d}", f"Villa {r.randint(1, 120)}"])
        if self.region == "IN":
            return f"{self.pick('ABCD')}-{r.randint(101, 1204)}"
        return f"{r.randint(1, 140)}/{r.randint(1, 60)}"

    def one_line(self):
        return f"{self.line1()}, {self.area()}, {self.city()}"

    def city(self):
        return self.pick(CITIES[self.region])

    def zip(self):
        r = self.r
        if self.region == "AE":
            return f"PO Box {r.randint(1000, 999999)}"
        if self.region == "IN":
            return self.pick(IN_LOCALITIES)[1] if r.random() < 0.5 else f"{r.randint(110001, 695999)}"
        return f"{r.randint(0, 99):02d}-{r.randint(1, 999):03d}"

    def makani(self):
        n = f"{self.r.randint(10000, 99999)}{self.r.randint(10000, 99999)}"
        return self.pick([n, f"{n[:5]} {n[5:]}"])

    def geo(self, axis):
        lat, lon, spread = CENTRES[self.region]
        centre = lat if axis == "lat" else lon
        return round(centre + self.r.uniform(-spread, spread), 6)

    def latlon(self):
        return f"{self.geo('lat')},{self.geo('lon')}"

    # money and payments
    def amount(self):
        lo, hi = {"AE": (25, 900), "IN": (199, 6000), "PL": (29, 600)}[self.region]
        return round(self.r.uniform(lo, hi), 2)

    def currency(self):
        return CURRENCY[self.region]

    def card(self, formatted=None):
        prefixes = {
            "AE": ["4", "51", "55", "37"],
            "IN": ["4", "52", "6521", "6522", "6070"],
            "PL": ["4", "53", "2221"],
        }
        prefix = self.pick(prefixes[self.region])
        length = 15 if prefix == "37" else 16
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        if (self.r.random() < 0.5 if formatted is None else formatted) and length == 16:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def iban(self, country=None):
        country = country or ("PL" if self.region == "PL" else "AE")
        if country == "AE":
            bban = self.pick(["033", "026", "035", "030"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(16)
            )
        else:
            bban = self.pick(["10204027", "11402004", "10501445", "24900005"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(16)
            )
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def bank_account(self):
        if self.region == "IN":
            return self.digits(self.pick([11, 12, 14]))
        return self.iban()

    def vpa(self):
        first, last = (ascii_fold(p).lower().replace(" ", "") for p in self.person())
        handle = self.pick([f"{first}.{last}", f"{first}{self.r.randint(1, 999)}", self.wa_id()[2:]])
        return f"{handle}@{self.pick(['okhdfcbank', 'okicici', 'ybl', 'paytm', 'oksbi', 'axl'])}"

    # government ids
    def emirates_id(self):
        body = "784" + str(self.r.randint(1970, 2004)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"

    def aadhaar(self):
        digits = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        n = digits + verhoeff_check(digits)
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])

    def pesel(self):
        r = self.r
        year, month, day = r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)
        mm = month + (20 if year >= 2000 else 0)
        base = f"{year % 100:02d}{mm:02d}{day:02d}" + "".join(str(r.randint(0, 9)) for _ in range(4))
        weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(c) * w for c, w in zip(base, weights, strict=True)) % 10) % 10
        return base + str(check)

    def national_id(self):
        return {"AE": self.emirates_id, "IN": self.aadhaar, "PL": self.pesel}[self.region]()

    def pan(self):
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return (
            "".join(self.pick(letters) for _ in range(3))
            + "P"
            + self.pick(letters)
            + self.digits(4)
            + self.pick(letters)
        )

    def passport(self):
        r = self.r
        return self.pick(
            [
                self.pick("JKLMNPRSTUVZ") + str(r.randint(1000000, 9999999)),
                "E" + self.pick("ACDEFHJ") + str(r.randint(1000000, 9999999)),
                "P" + str(r.randint(1000000, 9999999)) + self.pick("ABC"),
                self.pick(["AB", "BC", "CK"]) + str(r.randint(1000000, 9999999)),
            ]
        )

    def driving_licence(self):
        r = self.r
        if self.region == "AE":
            return str(r.randint(1000000, 9999999))
        if self.region == "IN":
            state = self.pick(["MH12", "KA03", "HR26", "TS09"])
            return f"{state} {r.randint(2005, 2022)}{r.randint(1000000, 9999999)}"
        return f"{r.randint(10000, 99999)}/{r.randint(10, 23)}/{r.randint(1000, 9999)}"

    def plate(self):
        r = self.r
        if self.region == "AE":
            return self.pick(
                [
                    f"Dubai {self.pick('ABHKLMNR')} {r.randint(10000, 99999)}",
                    f"AD {r.randint(1, 17)} {r.randint(1000, 99999)}",
                ]
            )
        if self.region == "IN":
            state, series = self.pick(["MH 12", "KA 03", "HR 26", "TS 09"]), self.pick(["AB", "EQ", "KT"])
            return f"{state} {series} {r.randint(1000, 9999)}"
        return f"{self.pick(['WA', 'WI', 'KR', 'DW'])} {r.randint(10000, 99999)}{self.pick(['', 'C', 'K'])}"

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["JTDKB", "MA3FB", "WVWZZ", "MALA8", "SJNFA"]) + "".join(
            self.pick(chars) for _ in range(12)
        )

    # devices and network
    def ip(self):
        r = self.r
        prefixes = {
            "AE": ["94.200", "86.98", "5.195", "91.73"],
            "IN": ["49.36", "103.21", "157.45", "117.99"],
            "PL": ["83.24", "89.64", "5.173", "188.146"],
        }
        if r.random() < 0.15:
            head = {"AE": "2001:8f8:", "IN": "2401:4900:", "PL": "2a02:a311:"}[self.region]
            return head + ":".join(f"{r.randint(0, 65535):x}" for _ in range(6))
        return f"{self.pick(prefixes[self.region])}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def sha256(self):
        return hashlib.sha256(str(self.r.random()).encode()).hexdigest()

    def tag(self):
        return "FF" + {"AE": "DXB", "IN": "BOM", "PL": "WAW"}[self.region] + self.digits(8)

    def ean13(self):
        base = "20" + self.digits(10)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base))
        return base + str((10 - total % 10) % 10)

    def order_no(self):
        return "FF-" + {"AE": "AE", "IN": "IN", "PL": "PL"}[self.region] + "-" + self.digits(7)

    def slot(self):
        h = self.pick([8, 10, 12, 14, 16, 18, 20])
        return f"{h:02d}:00-{h + 2:02d}:00"

    def date_soon(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(digits: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_valid(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def pick(*items):
    return lambda f: f.pick(list(items))


def set_field(f: F, choices):
    f.field = f.pick(choices)
    return f.field


def phone_or_email(f: F):
    return f.phone() if f.field in ("mobile", "phone", "whatsapp", "sms") else f.email()


# -- contexts of the client libraries -----------------------------------------------------------------


def app_block(name, namespace, versions):
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(versions)),
        "build": G(lambda f: f.pick([v.replace(".", "") for v in versions])),
        "namespace": G(lambda f: namespace),
    }


def mobile_traits():
    return {
        "userId": G(lambda f: "usr_" + f.digits(8)),
        "anonymousId": G(lambda f: f.uuid()),
        "name": Y(lambda f: f.full_name(), "name"),
        "email": Y(lambda f: f.email(), "email"),
        "phone": Y(lambda f: f.phone(), "phone"),
    }


def carrier(f: F):
    return f.pick(
        {"AE": ["du", "Etisalat"], "IN": ["Jio", "Airtel", "Vi"], "PL": ["Play", "Orange PL", "T-Mobile.pl"]}[
            f.region
        ]
    )


def web_ctx(f: F):
    page = f.pick(["/", "/pricing", "/book", "/account/orders", "/pl/cennik", "/services/dry-cleaning"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                pick("https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/")
            ),
            "search": G(pick("", "?utm_source=google&utm_medium=cpc", "?ref=whatsapp", "?lang=ar")),
            "title": G(
                pick(
                    "FreshFold | Laundry & Dry Cleaning Pickup",
                    "Book a pickup - FreshFold",
                    "Cennik - FreshFold",
                )
            ),
            "url": G(lambda f: "https://www.freshfold.app" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "99", "8")),
                },
                3,
            ),
            "mobile": G(pick(True, False)),
            "platform": G(pick("Windows", "Android", "macOS")),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: TZ[f.region]),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(pick("ramadan_2024", "diwali_fold", "wiosna24", "first_order_30")),
            "source": G(pick("google", "facebook", "instagram", "newsletter")),
            "medium": G(pick("cpc", "paid_social", "email")),
            "term": G(
                pick("dry cleaning near me", "laundry pickup dubai", "pralnia z odbiorem", "kandura ironing")
            ),
            "content": G(pick("carousel_v2", "video_15s", "hero_cta")),
        },
    }


def swift_ctx(f: F):
    return {
        "app": app_block("FreshFold", "app.freshfold.ios", ["4.18.0", "4.19.2", "4.20.1"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(pick(True, False)),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {
            "width": G(pick(390, 393, 430)),
            "height": G(pick(844, 852, 932)),
            "scale": G(lambda f: 3),
        },
        "timezone": G(lambda f: TZ[f.region]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_ctx(f: F):
    return {
        "app": app_block("FreshFold", "app.freshfold.android", ["4.18.0", "4.19.2", "4.20.1"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "OnePlus", "Google")),
            "model": G(pick("SM-A546E", "2201116SI", "CPH2449", "Pixel 8")),
            "name": G(pick("a54x", "veux", "OP5958L1", "shiba")),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(pick(True, False)),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(pick("1.15.0", "1.16.3"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(lambda f: False),
            "carrier": G(carrier),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1220)),
            "height": G(pick(2340, 2400, 2712)),
        },
        "timezone": G(lambda f: TZ[f.region]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_ctx(f: F):
    return {
        "app": app_block("FreshFold", "app.freshfold", ["4.18.0", "4.19.2"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Xiaomi")),
            "model": G(pick("iPhone14,5", "SM-S918B", "M2101K6G")),
            "name": G(pick("iPhone", "dm3q", "sweet")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(pick("2.19.2", "2.20.0"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "timezone": G(lambda f: TZ[f.region]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def flutter_ctx(f: F):
    return {
        "app": app_block("FreshFold", "app.freshfold", ["4.20.1"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "realme")),
            "model": G(pick("iPhone15,3", "SM-M146B", "RMX3761")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(pick("1.1.3", "1.1.5"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "13"))},
        "screen": {"width": G(pick(393, 360)), "height": G(pick(852, 800)), "density": G(pick(3.0, 2.0))},
        "timezone": G(lambda f: TZ[f.region]),
        "traits": mobile_traits(),
    }


def driver_ctx(f: F):
    return {
        "app": app_block("FreshFold Driver", "app.freshfold.driver", ["2.7.0", "2.8.1"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi")),
            "model": G(pick("SM-A155F", "23106RN0DA")),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {"wifi": G(lambda f: False), "cellular": G(lambda f: True), "carrier": G(carrier)},
        "os": {"name": G(lambda f: "Android"), "version": G(pick("14", "13"))},
        "timezone": G(lambda f: TZ[f.region]),
        "location": {
            "latitude": Y(lambda f: f.geo("lat"), "geolocation"),
            "longitude": Y(lambda f: f.geo("lon"), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 22), 1)),
        },
        "traits": {
            "userId": G(lambda f: "drv_" + f.digits(5)),
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def facility_ctx(f: F):
    return {
        "app": app_block("FreshFold Facility", "app.freshfold.facility", ["1.4.0", "1.4.2"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: "Zebra Technologies"),
            "model": G(pick("TC52", "TC21")),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "11")},
        "timezone": G(lambda f: TZ[f.region]),
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.2"]),
    "php": ("analytics-php", ["3.7.0"]),
    "dotnet": ("analytics-csharp", ["2.3.7", "2.4.0"]),
}


def server_ctx(lib):
    def ctx(f: F):
        name, versions = SERVER_LIBS[lib]
        block = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "php"):
            block["ip"] = Y(lambda f: f.ip(), "ip")
            block["userAgent"] = G(lambda f: f.pick(UAS_WEB))
            block["locale"] = G(lambda f: f.pick(LOCALES[f.region]))
        if lib in ("go", "java", "dotnet"):
            block["active"] = G(lambda f: False)
        if lib == "python":
            block["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return block

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "driver": driver_ctx,
    "facility": facility_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}
APP = ["swift", "kotlin", "rn", "flutter"]
CUSTOMER = [*APP, "web"]
ALL3 = ("AE", "IN", "PL")

# -- reusable bodies --------------------------------------------------------------------------------


def service_item():
    return {
        "product_id": G(lambda f: f.pick(SERVICES)[0]),
        "sku": G(lambda f: f.pick(SERVICES)[0] + "-" + f.pick(["STD", "EXP"])),
        "name": G(lambda f: f.pick(SERVICES)[1]),
        "category": G(lambda f: f.pick(SERVICES)[2]),
        "price": G(lambda f: round(f.amount() / 8, 2)),
        "quantity": G(lambda f: f.r.randint(1, 12)),
    }


def person_address():
    return {
        "line1": Y(lambda f: f.line1(), "address|street"),
        "line2": Y(lambda f: f.line2(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "country": G(lambda f: COUNTRY[f.region]),
        "state": G(lambda f: f.pick(STATE[f.region])),
    }


NO_PII_NOTES = [
    "Ring the bell twice please",
    "Bag will be with the security desk",
    "Leave the bag at the door, no need to knock",
    "Please come after 6pm",
    "Mix whites separately",
    "Proszę dzwonić domofonem",
    "Kurta par starch mat lagana",
    "Baby is sleeping, do not ring",
    "",
]


def instructions(f: F):
    phone = f.phone()
    return f.pick(
        [
            f"Call {phone} when you reach the gate",
            f"Security won't let you up, call me on {phone}",
            f"If I don't answer try my husband {phone}",
            f"WhatsApp {phone} 10 min before",
            f"Zadzwoń {phone} przed przyjazdem",
            f"Gate pe aake {phone} pe call karna",
        ]
    )


def gift_message(f: F):
    name = f.first()
    return f.pick(
        [
            f"Eid Mubarak {name}! Enjoy a month of fresh clothes",
            f"Happy birthday {name} - no more ironing for you",
            f"Wszystkiego najlepszego, {name}!",
            f"{name}, congratulations on the new flat!",
            f"Happy Diwali {name} ji, with love",
        ]
    )


def otp_sms(f: F):
    code = f"{f.r.randint(0, 999999):06d}"
    if f.region == "PL":
        return f.pick(
            [
                f"Kod weryfikacyjny FreshFold: {code}. Nie udostępniaj go nikomu.",
                f"{code} is your FreshFold login code. It expires in 5 minutes.",
            ]
        )
    return f.pick(
        [
            f"Your FreshFold verification code is {code}. Do not share it with anyone.",
            f"{code} is your FreshFold login code. It expires in 5 minutes.",
            f"<#> FreshFold OTP {code} - valid for 10 min. aB3xK9pQ2z",
        ]
    )


def damage_note(f: F):
    return f.pick(
        [
            "Small hole near left cuff, existed before wash",
            "Button missing on front placket",
            "Colour bleed from label, customer informed",
            "Stain partially removed after 2 cycles",
            "Zipper pull broken on arrival",
            "Sequins loose on hem, hand-finish advised",
        ]
    )


# -- events -------------------------------------------------------------------------------------------
# (type, event, clients, regions, body)

EVENTS = [
    # accounts -----------------------------------------------------------------------------------------
    (
        "identify",
        None,
        CUSTOMER,
        ALL3,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.line1(), "address|street"),
                "area": Y(lambda f: f.area(), "address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.pick(STATE[f.region])),
                "country": G(lambda f: COUNTRY[f.region]),
            },
            "birthday": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "gender": Y(pick("female", "male", "prefer_not_to_say"), "gender"),
            "age": G(lambda f: f.r.randint(19, 64)),
            "avatar": Y(lambda f: f"https://cdn.freshfold.app/avatars/{f.hexid(12)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(pick("pay_as_you_go", "plus_monthly", "family_30kg")),
            "marketingOptIn": G(pick(True, False)),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "addressCount": G(lambda f: f.r.randint(0, 5)),
            "referralCode": G(lambda f: ascii_fold(f.first()).upper()[:6] + f.hexid(3).upper()),
            "loyaltyNumber": G(lambda f: "FFL" + f.digits(9)),
            "loyaltyTier": G(pick("silver", "gold", "platinum")),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ALL3,
        {
            "CUSTOMER_ID": G(lambda f: "usr_" + f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "MOBILE_E164": Y(lambda f: "+" + f.wa_id(), "phone"),
            "FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "HOME_CITY": Y(lambda f: f.city(), "city"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "LIFETIME_ORDERS": G(lambda f: f.r.randint(1, 300)),
            "LIFETIME_VALUE": G(lambda f: round(f.r.uniform(50, 40000), 2)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "RFM_SEGMENT": G(pick("champions", "at_risk", "new", "hibernating")),
            "PREFERRED_HUB": G(pick("DXB-ALQ", "BOM-PWI", "WAW-WOL")),
            "IS_CORPORATE": G(pick(True, False)),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ("PL",),
        {
            "imie": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "telefon": Y(lambda f: f.phone(), "phone"),
            "adres": {
                "ulica": Y(lambda f: f"ul. {f.pick(PL_STREETS)}", "address|street"),
                "nr_domu": Y(lambda f: str(f.r.randint(1, 140)), "address"),
                "nr_lokalu": Y(lambda f: str(f.r.randint(1, 80)), "address"),
                "kod_pocztowy": Y(lambda f: f.zip(), "zipcode"),
                "miasto": Y(lambda f: f.city(), "city"),
            },
            "zgoda_marketingowa": G(pick(True, False)),
            "jezyk": G(pick("pl", "uk", "en")),
            "data_rejestracji": G(lambda f: f.date_soon()),
            "liczba_zamowien": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Signed Up",
        APP,
        ALL3,
        {
            "method": G(lambda f: set_field(f, ["phone", "email", "phone"])),
            "identifier": Y(phone_or_email, "phone|email", True),
            "signup_source": G(pick("organic", "referral", "paid_social")),
            "referral_code_used": G(lambda f: f.pick(["", "PRIYA7K2", "AISHA3F0", "PIOTR9QX"])),
            "terms_accepted": G(lambda f: True),
            "country": G(lambda f: COUNTRY[f.region]),
        },
    ),
    (
        "track",
        "Sign In Started",
        CUSTOMER,
        ALL3,
        {
            "method": G(lambda f: set_field(f, ["phone", "email"])),
            "identifier": Y(phone_or_email, "phone|email", True),
            "remember_me": G(pick(True, False)),
        },
    ),
    (
        "track",
        "OTP Verified",
        APP,
        ("AE", "IN"),
        {
            "channel": G(pick("sms", "whatsapp")),
            "phone_masked": G(
                lambda f: {"AE": "+971 5* *** **", "IN": "+91 9**** ***"}[f.region] + f"{f.r.randint(10, 99)}"
            ),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "otp_length": G(lambda f: 6),
            "seconds_to_verify": G(lambda f: f.r.randint(4, 90)),
            "auto_read": G(pick(True, False)),
            "verified": G(lambda f: True),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        ("PL", "AE"),
        {
            "token": RED(lambda f: f.hexid(8) + "-" + f.hexid(32), "token"),
            "link_age_minutes": G(lambda f: f.r.randint(0, 55)),
            "redirect_to": G(pick("/account/orders", "/book", "/subscription")),
            "same_device": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Profile Updated",
        APP,
        ALL3,
        {
            "fields_changed": Many(G(pick("email", "phone", "first_name", "avatar", "language")), 3),
            "name_changed": G(pick(True, False)),
            "email_changed": G(pick(True, False)),
            "new_email": Y(lambda f: f.email(), "email"),
            "passwordStrength": G(pick("weak", "fair", "strong")),
        },
    ),
    (
        "track",
        "Account Deletion Requested",
        ["node"],
        ALL3,
        {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "reason": G(pick("moving_away", "too_expensive", "privacy", "other")),
            "open_orders": G(lambda f: f.r.randint(0, 2)),
            "wallet_forfeited": G(lambda f: round(f.r.uniform(0, 80), 2)),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    # addresses and slots ---------------------------------------------------------------------------
    (
        "track",
        "Address Added",
        APP,
        ALL3,
        {
            "address_id": G(lambda f: "adr_" + f.hexid(10)),
            "address_type": G(pick("villa", "apartment", "office", "hotel")),
            "nickname": G(pick("Home", "Office", "Mum's", "Gym", "Dom")),
            "building_name": Y(lambda f: f.building(), "address"),
            "unit_number": Y(lambda f: f.unit(), "address"),
            "street": Y(lambda f: f.line1(), "address|street"),
            "area": Y(lambda f: f.area(), "address"),
            "landmark": Y(lambda f: f.pick(LANDMARKS), "address"),
            "city": Y(lambda f: f.city(), "city"),
            "makani_number": Y(lambda f: f.makani(), "address"),
            "latitude": Y(lambda f: f.geo("lat"), "geolocation"),
            "longitude": Y(lambda f: f.geo("lon"), "geolocation"),
            "gate_code": RED(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1000, 9999)}#",
                        f"*{f.r.randint(100, 9999)}",
                        f"{f.r.randint(1000, 999999)}",
                    ]
                ),
                "secret",
            ),
            "pin_dropped": G(pick(True, False)),
            "is_default": G(pick(True, False)),
            "address_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Saved Address Selected",
        APP,
        ALL3,
        {
            "address_id": G(lambda f: "adr_" + f.hexid(10)),
            "label": Y(lambda f: f.one_line(), "address", True),
            "position": G(lambda f: f.r.randint(0, 4)),
            "in_service_area": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Pickup Slot Selected",
        CUSTOMER,
        ALL3,
        {
            "slot_id": G(lambda f: f"slot_{f.date_soon().replace('-', '')}_{f.r.randint(8, 20):02d}"),
            "slot_date": G(lambda f: f.date_soon()),
            "slot_window": G(lambda f: f.slot()),
            "hub_id": G(pick("DXB-ALQ", "BOM-PWI", "WAW-WOL", "AUH-MSF")),
            "express": G(pick(True, False)),
            "surcharge": G(lambda f: f.pick([0, 10, 15, 99, 19.99])),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Pickup Scheduled",
        CUSTOMER,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "pickup_window": G(lambda f: f.slot()),
            "service_types": Many(
                G(pick("wash_fold", "dry_clean", "press_only", "shoe_care", "home_care")), 3
            ),
            "bag_count": G(lambda f: f.r.randint(1, 5)),
            "estimated_items": G(lambda f: f.r.randint(1, 40)),
            "note": G(lambda f: f.pick(NO_PII_NOTES)),
            "contactless": G(pick(True, False)),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "address_id": G(lambda f: "adr_" + f.hexid(10)),
            "preferred_driver_gender": G(pick("any", "female", "male")),
        },
    ),
    (
        "track",
        "Delivery Instructions Updated",
        APP,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "instructions": Y(instructions, "phone", True),
            "leave_at_door": G(pick(True, False)),
            "char_count": G(lambda f: f.r.randint(10, 120)),
        },
    ),
    (
        "track",
        "Care Preferences Updated",
        APP,
        ALL3,
        {
            "starch_level": G(pick("none", "light", "medium", "heavy")),
            "fold_or_hang": G(pick("fold", "hang")),
            "fragrance_free": G(pick(True, False)),
            "detergent_allergy": Y(pick(True, False), "allergy"),
            "skin_condition": Y(pick("eczema", "psoriasis", "contact dermatitis", "none"), "condition"),
            "mobility_assistance_required": RED(pick(True, False), "disability"),
            "avoid_prayer_times": Y(pick(True, False), "religion"),
            "eco_wash": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Household Member Added",
        APP,
        ALL3,
        {
            "member_name": Y(lambda f: f.full_name(), "name"),
            "relation": G(pick("spouse", "child", "parent", "housemaid", "flatmate")),
            "member_phone": Y(lambda f: f.phone(), "phone"),
            "member_birth_year": Y(lambda f: f.r.randint(1950, 2020), "birthdate"),
            "can_place_orders": G(pick(True, False)),
            "member_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # catalogue, cart and orders --------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        CUSTOMER,
        ALL3,
        {
            "query": G(
                pick(
                    "curtain cleaning",
                    "kandura",
                    "saree dry clean",
                    "pranie dywanów",
                    "wedding dress",
                    "sneakers",
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Product Added",
        CUSTOMER,
        ALL3,
        {
            "cart_id": G(lambda f: f.uuid()),
            **service_item(),
            "variant": G(pick("Standard 48h", "Express 24h", "Same day")),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Checkout Started",
        CUSTOMER,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "value": G(lambda f: f.amount()),
            "revenue": G(lambda f: f.amount()),
            "tax": G(lambda f: round(f.amount() * 0.05, 2)),
            "discount": G(lambda f: f.pick([0, 10, 25.5, 100])),
            "coupon": G(pick("", "FIRST30", "RAMADAN20", "DIWALI15", "WIOSNA10")),
            "currency": G(lambda f: f.currency()),
            "products": Many(service_item(), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        CUSTOMER,
        ALL3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.order_no()),
            "payment_method": G(pick("card", "apple_pay", "google_pay", "cash_on_delivery")),
            "card_brand": G(pick("visa", "mastercard", "amex", "rupay")),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.card(formatted=False)[:6]),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2024, 2031)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "save_card": G(pick(True, False)),
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(5).upper() + f.hexid(18), "token"),
        },
    ),
    (
        "track",
        "UPI Payment Initiated",
        ["kotlin", "rn", "web"],
        ("IN",),
        {
            "upi_vpa": RED(lambda f: f.vpa(), "bank account"),
            "upi_app": G(pick("gpay", "phonepe", "paytm", "bhim")),
            "razorpay_order_id": G(lambda f: "order_" + f.hexid(14).upper()),
            "amount": G(lambda f: f.r.randint(19900, 600000)),
            "currency": G(lambda f: "INR"),
            "intent_flow": G(pick(True, False)),
        },
    ),
    (
        "track",
        "BLIK Payment Authorised",
        ["web", "kotlin"],
        ("PL",),
        {
            "p24_session_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: "PLN"),
            "blik_oneclick_alias": G(pick(True, False)),
            "payer_email": Y(lambda f: f.email(), "email"),
            "status": G(pick("success", "pending", "rejected")),
            "seconds_to_confirm": G(lambda f: f.r.randint(5, 110)),
        },
    ),
    (
        "track",
        "Order Completed",
        CUSTOMER,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "order_number": G(lambda f: f.digits(9)),
            "total": G(lambda f: f.amount()),
            "subtotal": G(lambda f: f.amount()),
            "tax": G(lambda f: round(f.amount() * 0.05, 2)),
            "delivery_fee": G(lambda f: f.pick([0, 7, 49, 9.99])),
            "discount": G(lambda f: f.pick([0, 10, 25.5, 100])),
            "coupon": G(pick("", "FIRST30", "RAMADAN20", "DIWALI15", "WIOSNA10")),
            "currency": G(lambda f: f.currency()),
            "payment_method": G(pick("card", "apple_pay", "upi", "blik", "cash_on_delivery")),
            "products": Many(service_item(), 4),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                **person_address(),
            },
            "loyalty_credits_earned": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "total": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "event_id": G(lambda f: f.uuid()),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(60), "advertising id"),
            "hashed_email": Y(lambda f: hashlib.sha256(f.email().encode()).hexdigest(), "email"),
            "action_source": G(lambda f: "app"),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["dotnet"],
        ALL3,
        {
            "OrderId": G(lambda f: f.order_no()),
            "RefundId": G(lambda f: "RF" + f.digits(10)),
            "RefundAmount": G(lambda f: f.amount()),
            "Currency": G(lambda f: f.currency()),
            "Reason": G(pick("Damaged", "MissingItem", "LateDelivery", "StainNotRemoved")),
            "RefundMethod": G(pick("OriginalPayment", "Wallet", "BankTransfer")),
            "ApprovedBy": Y(lambda f: f.full_name(), "name"),
            "CustomerEmail": Y(lambda f: f.email(), "email"),
            "CardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "PayoutAccount": RED(lambda f: f.bank_account(), "bank account"),
            "IsPartial": G(pick(True, False)),
            "TicketNumber": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Card Payment Failed",
        ["node"],
        ALL3,
        {
            "gateway": G(pick("checkout.com", "razorpay", "przelewy24", "stripe")),
            "error_code": G(pick("card_declined", "20051", "insufficient_funds", "3ds_failed")),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "amount": G(lambda f: f.amount()),
            "raw_request": {
                "card": {
                    "number": RED(lambda f: f.card(), "credit card"),
                    "expiry_month": G(lambda f: f.r.randint(1, 12)),
                    "expiry_year": G(lambda f: f.r.randint(2024, 2031)),
                    "name": Y(lambda f: f.full_name(), "name"),
                },
                "billing_address": {
                    "address_line1": Y(lambda f: f.line1(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: COUNTRY[f.region]),
                },
                "customer": {
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                "reference": G(lambda f: f.order_no()),
                "capture": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Payment Webhook Received",
        ["java"],
        ("AE", "PL"),
        {
            "id": G(lambda f: "evt_" + f.hexid(26)),
            "type": G(pick("payment_captured", "payment_declined", "payment_refunded")),
            "data": {
                "id": G(lambda f: "pay_" + f.hexid(26)),
                "amount": G(lambda f: f.r.randint(2500, 90000)),
                "currency": G(lambda f: f.currency()),
                "source": {
                    "id": RED(lambda f: "src_" + f.hexid(26), "token"),
                    "scheme": G(pick("Visa", "Mastercard")),
                    "bin": G(lambda f: f.card(formatted=False)[:6]),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "expiry_month": G(lambda f: f.r.randint(1, 12)),
                    "expiry_year": G(lambda f: f.r.randint(2024, 2031)),
                    "fingerprint": G(lambda f: f.hexid(64).upper()),
                },
                "customer": {
                    "id": G(lambda f: "cus_" + f.hexid(26)),
                    "email": Y(lambda f: f.email(), "email"),
                    "name": Y(lambda f: f.full_name(), "name"),
                },
                "reference": G(lambda f: f.order_no()),
            },
        },
    ),
    (
        "track",
        "Fraud Check Completed",
        ["python"],
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "risk_score": G(lambda f: f.r.randint(0, 99)),
            "decision": G(pick("approve", "review", "decline")),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "peer": Y(lambda f: f.ip(), "ip", True),
            "device_fingerprint": G(lambda f: f.sha256()),
            "email_domain": G(lambda f: f.pick(MAIL_DOMAINS[f.region])),
            "phone_country": G(lambda f: COUNTRY[f.region]),
            "card_bin": G(lambda f: f.card(formatted=False)[:6]),
            "velocity_24h": G(lambda f: f.r.randint(0, 7)),
        },
    ),
    # Arabic, Polish and Hindi backends ---------------------------------------------------------
    (
        "track",
        "تم إنشاء الطلب",
        ["dotnet"],
        ("AE",),
        {
            "رقم_الطلب": G(lambda f: f.order_no()),
            "اسم_العميل": Y(lambda f: f.full_name(), "name"),
            "رقم_الجوال": Y(lambda f: f.phone("AE"), "phone"),
            "العنوان": Y(lambda f: f.one_line(), "address"),
            "المدينة": Y(lambda f: f.city(), "city"),
            "رقم_مكاني": Y(lambda f: f.makani(), "address"),
            "المبلغ": G(lambda f: f.amount()),
            "العملة": G(lambda f: "AED"),
            "طريقة_الدفع": G(pick("بطاقة", "نقدا عند التسليم", "Apple Pay")),
            "عدد_القطع": G(lambda f: f.r.randint(1, 30)),
            "ملاحظات": G(pick("الرجاء عدم استخدام النشا", "كوي فقط", "", "تسليم سريع")),
        },
    ),
    (
        "track",
        "Zamówienie Złożone",
        ["php"],
        ("PL",),
        {
            "numer_zamowienia": G(lambda f: f.order_no()),
            "imie_nazwisko": Y(lambda f: f.full_name(), "name"),
            "telefon": Y(lambda f: f.phone("PL"), "phone"),
            "adres_odbioru": Y(lambda f: f.one_line(), "address"),
            "kod_pocztowy": Y(lambda f: f.zip(), "zipcode"),
            "miasto": Y(lambda f: f.city(), "city"),
            "paczkomat": G(
                lambda f: f.pick(["WAW", "KRA", "WRO", "GDA"]) + str(f.r.randint(10, 399)) + f.pick("MAN")
            ),
            "liczba_workow": G(lambda f: f.r.randint(1, 4)),
            "metoda_platnosci": G(pick("blik", "karta", "przelew", "pobranie")),
            "kwota": G(lambda f: f.amount()),
            "uwagi": G(pick("Proszę dzwonić domofonem", "Koszule na wieszakach", "", "Bez zmiękczacza")),
        },
    ),
    (
        "track",
        "Faktura Wystawiona",
        ["php"],
        ("PL",),
        {
            "numer_faktury": G(lambda f: f"FV/2024/{f.r.randint(1, 12):02d}/{f.r.randint(1, 9999):04d}"),
            "nip_nabywcy": G(lambda f: f"{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(2)}"),
            "nazwa_firmy": G(pick("Hotel Bristol Sp. z o.o.", "PKO BP Centrum S.A.", "Fitness Wola Sp.j.")),
            "kwota_netto": G(lambda f: f.amount()),
            "kwota_brutto": G(lambda f: f.amount()),
            "stawka_vat": G(lambda f: "23%"),
            "waluta": G(lambda f: "PLN"),
            "termin_platnosci": G(lambda f: f.date_soon()),
            "osoba_kontaktowa": Y(lambda f: f.full_name(), "name"),
            "email_kontaktowy": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Dhulai Order Banaya",
        ["node"],
        ("IN",),
        {
            "order_sankhya": G(lambda f: f.order_no()),
            "grahak_naam": Y(lambda f: f.full_name(), "name"),
            "mobile_no": Y(lambda f: f.phone("IN"), "phone"),
            "pata": Y(lambda f: f.one_line(), "address"),
            "pincode": Y(lambda f: f.zip(), "zipcode"),
            "sheher": Y(lambda f: f.city(), "city"),
            "kapdon_ki_sankhya": G(lambda f: f.r.randint(1, 40)),
            "kul_rashi": G(lambda f: f.amount()),
            "bhugtan_tarika": G(pick("upi", "card", "cash")),
            "pickup_samay": G(lambda f: f.slot()),
            "vishesh_nirdesh": G(
                pick("Kurta par starch mat lagana", "Saree ko alag se dhona", "", "Jaldi chahiye")
            ),
        },
    ),
    # garments, facility and complaints ---------------------------------------------------------------
    (
        "track",
        "Garment Tagged",
        ["facility"],
        ALL3,
        {
            "tag_id": G(lambda f: f.tag()),
            "barcode": G(lambda f: f.ean13()),
            "order_id": G(lambda f: f.order_no()),
            "bag_id": G(lambda f: "BAG-" + f.digits(6)),
            "garment_type": G(lambda f: f.pick(GARMENTS)),
            "brand": G(lambda f: f.pick(GARMENT_BRANDS)),
            "care_label": Many(G(pick("do_not_tumble", "dry_clean_only", "wash_30", "iron_low")), 3),
            "stains": Many(
                {"type": G(lambda f: f.pick(STAINS)), "location": G(pick("collar", "cuff", "front", "hem"))},
                2,
            ),
            "rfid_uid": G(lambda f: "E280" + f.hexid(20).upper()),
            "operator_id": G(lambda f: "op_" + f.digits(4)),
            "operator_name": Y(lambda f: f.full_name(), "name"),
            "weight_grams": G(lambda f: f.r.randint(120, 2400)),
        },
    ),
    (
        "track",
        "Garment Damage Reported",
        ["java"],
        ALL3,
        {
            "tag_barcode": G(lambda f: f.tag()),
            "garment_type": G(lambda f: f.pick(GARMENTS)),
            "brand": G(lambda f: f.pick(GARMENT_BRANDS)),
            "damage_type": G(pick("hole", "colour_run", "shrinkage", "missing_button", "tear")),
            "stain_type": G(lambda f: f.pick(STAINS)),
            "damage_note": G(damage_note),
            "photo_url": G(lambda f: f"https://media.freshfold.app/garments/{f.tag()}/{f.hexid(8)}.jpg"),
            "reported_by": Y(lambda f: f.full_name(), "name"),
            "facility_id": G(pick("DXB-ALQ", "BOM-PWI", "WAW-WOL")),
            "compensation_offered": G(lambda f: f.pick([0, 50, 150, 400])),
            "customer_phone": Y(lambda f: f.phone(), "phone"),
            "qc_passed": G(lambda f: False),
        },
    ),
    (
        "track",
        "Stain Treatment Approved",
        APP,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "garment_tag": G(lambda f: f.tag()),
            "stain_type": G(lambda f: f.pick(STAINS)),
            "treatment": G(pick("enzyme_pre_soak", "solvent_spot", "oxygen_bleach")),
            "extra_charge": G(lambda f: f.pick([0, 15, 25, 149])),
            "approved": G(pick(True, False)),
            "photo_urls": Many(G(lambda f: f"https://media.freshfold.app/stains/{f.hexid(12)}.jpg"), 3),
        },
    ),
    (
        "track",
        "Complaint Submitted",
        APP,
        ALL3,
        {
            "complaint_id": G(lambda f: "CMP-" + f.digits(7)),
            "order_id": G(lambda f: f.order_no()),
            "category": G(pick("damage", "stain_not_removed", "missing_item", "late", "wrong_items")),
            "garment_tag": G(lambda f: f.tag()),
            "description": G(
                pick(
                    "My white kandura came back with a yellow patch on the sleeve",
                    "One sock missing from the bag again",
                    "Delivered 3 hours late, slot was 10-12",
                    "Koszula ma przypalenie na kołnierzu",
                    "Saree border threads pulled out",
                )
            ),
            "preferred_contact": G(pick("call", "whatsapp", "email")),
            "callback_number": Y(lambda f: f.phone(), "phone"),
            "contact_email": Y(lambda f: f.email(), "email"),
            "severity": G(pick("low", "medium", "high")),
            "refund_requested": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        ALL3,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    pick("Missing item", "Refund not received", "Driver did not arrive", "Change pickup slot")
                ),
                "priority": G(pick("low", "normal", "high", "urgent")),
                "status": G(pick("new", "open", "pending")),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                "assignee": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(
                        lambda f: (
                            ascii_fold(f.first()).lower()
                            + "."
                            + ascii_fold(f.last()).lower().replace(" ", "")
                            + "@freshfold.app"
                        ),
                        "email",
                    ),
                },
                "tags": Many(G(pick("refund", "vip", "dubai", "damage", "sla_breach")), 3),
                "brand_email": G(pick("support@freshfold.app", "pomoc@freshfold.pl", "help@freshfold.in")),
                "organization": G(pick("", "Emaar Hospitality", "Infosys Pune Campus")),
            },
        },
    ),
    (
        "track",
        "Customer Searched",
        ["web"],
        ALL3,
        {
            "q": Y(lambda f: f.phone(), "phone", True),
            "search_by": G(lambda f: "phone"),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_email": Y(lambda f: ascii_fold(f.first()).lower() + "@freshfold.app", "email"),
            "took_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    # drivers ---------------------------------------------------------------------------------------------
    (
        "track",
        "Driver Onboarded",
        ["ruby"],
        ALL3,
        {
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "national_id_number": RED(lambda f: f.national_id(), "national id"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(
                pick("Indian", "Pakistani", "Filipino", "Nepali", "Polish", "Ukrainian", "Egyptian"),
                "citizenship",
            ),
            "visa_status": RED(
                pick("employment", "visit", "golden", "family_sponsored", "not_required"), "visa"
            ),
            "driving_licence_number": Y(lambda f: f.driving_licence(), "license"),
            "licence_expiry": G(lambda f: f.date(2025, 2030)),
            "payout_account": RED(lambda f: f.bank_account(), "bank account"),
            "ifsc": G(lambda f: f.pick(["HDFC0001234", "ICIC0000104", "SBIN0004567", "UTIB0000027"])),
            "hourly_rate": Y(lambda f: f.pick([18, 22.5, 150, 180, 32]), "salary"),
            "monthly_salary": Y(lambda f: f.r.randint(2200, 45000), "salary"),
            "employer": G(pick("FreshFold FZ-LLC", "Quess Corp", "Grafton Recruitment")),
            "job_title": G(pick("Delivery Driver", "Senior Driver", "Route Lead")),
            "date_of_birth": Y(lambda f: f.date(1970, 2003), "birthdate"),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relation": G(pick("wife", "brother", "father", "mother")),
            },
            "languages": Many(G(pick("en", "ar", "hi", "ur", "ml", "tl", "pl")), 3),
            "background_check_passed": G(pick(True, False)),
            "has_own_vehicle": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Driver KYC Verified",
        ["node"],
        ("IN",),
        {
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "pan": RED(lambda f: f.pan(), "national id"),
            "aadhaar_masked": RED(lambda f: f"XXXX XXXX {f.r.randint(0, 9999):04d}", "national id"),
            "digilocker_verified": G(pick(True, False)),
            "name_match_score": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
            "kyc_provider": G(pick("signzy", "idfy", "hyperverge")),
        },
    ),
    (
        "track",
        "Driver Shift Started",
        ["driver"],
        ALL3,
        {
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "driver_name": Y(lambda f: f.full_name(), "name"),
            "shift_id": G(lambda f: f.uuid()),
            "hub_id": G(pick("DXB-ALQ", "BOM-PWI", "WAW-WOL", "AUH-MSF")),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "vehicle_type": G(pick("van", "motorbike", "car")),
            "odometer_km": G(lambda f: f.r.randint(1000, 180000)),
            "start_lat": Y(lambda f: f.geo("lat"), "geolocation"),
            "start_lng": Y(lambda f: f.geo("lon"), "geolocation"),
            "battery_pct": G(lambda f: f.r.randint(15, 100)),
        },
    ),
    (
        "track",
        "Driver Location Updated",
        ["driver"],
        ALL3,
        {
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "lat": Y(lambda f: f.geo("lat"), "geolocation"),
            "lng": Y(lambda f: f.geo("lon"), "geolocation"),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 80), 1)),
            "accuracy_m": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "on_trip": G(pick(True, False)),
            "recorded_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Route Optimized",
        ["go"],
        ALL3,
        {
            "route-id": G(lambda f: "rt-" + f.hexid(12)),
            "driver-id": G(lambda f: "drv_" + f.digits(5)),
            "stop-count": G(lambda f: f.r.randint(4, 28)),
            "total-distance-km": G(lambda f: round(f.r.uniform(8, 140), 1)),
            "optimized-at": G(lambda f: f.iso()),
            "algorithm-version": G(pick("vrp-2.3.1", "vrp-2.4.0")),
            "stops": Many(
                {
                    "stop-id": G(lambda f: "st-" + f.hexid(8)),
                    "order-id": G(lambda f: f.order_no()),
                    "customer-name": Y(lambda f: f.full_name(), "name"),
                    "address": Y(lambda f: f.one_line(), "address"),
                    "lat": Y(lambda f: f.geo("lat"), "geolocation"),
                    "lng": Y(lambda f: f.geo("lon"), "geolocation"),
                    "time-window": G(lambda f: f.slot()),
                    "contact-phone": Y(lambda f: f.phone(), "phone"),
                    "eta": G(lambda f: f.iso()),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Proof Of Delivery Captured",
        ["driver"],
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "stop_id": G(lambda f: "st-" + f.hexid(8)),
            "pod_photo_url": Y(lambda f: f"https://media.freshfold.app/pod/{f.uuid()}.jpg", "photo"),
            "signature_url": Y(lambda f: f"https://media.freshfold.app/sig/{f.uuid()}.png", "photo"),
            "received_by": Y(lambda f: f.full_name(), "name"),
            "relation_to_customer": G(pick("self", "family", "housemaid", "security", "reception")),
            "gps_lat": Y(lambda f: f.geo("lat"), "geolocation"),
            "gps_lng": Y(lambda f: f.geo("lon"), "geolocation"),
            "gps_accuracy_m": G(lambda f: round(f.r.uniform(3, 30), 1)),
            "delivered_at": G(lambda f: f.iso()),
            "bags_delivered": G(lambda f: f.r.randint(1, 5)),
            "left_at_door": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Delivery Failed",
        ["driver"],
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "reason": G(pick("customer_unreachable", "no_access", "wrong_address", "customer_requested")),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "driver_comment": G(
                pick("Nobody at home", "Security did not allow entry", "Building under maintenance", "")
            ),
            "proxy_number": G(
                lambda f: (
                    f.pick(["+971 4 520 ", "+91 80 4718 ", "+48 22 104 "]) + str(f.r.randint(1000, 9999))
                )
            ),
            "calls_attempted": G(lambda f: f.r.randint(0, 4)),
            "reschedule_slot": G(lambda f: f.slot()),
        },
    ),
    (
        "track",
        "Driver Rated",
        APP,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "driver_first_name": Y(lambda f: f.first(), "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tip_amount": G(lambda f: f.pick([0, 5, 10, 50, 20])),
            "comment": G(
                pick("Very polite", "On time", "", "Bardzo miły kierowca", "Called before arriving, thanks")
            ),
        },
    ),
    # subscriptions, loyalty, referrals and gifts ------------------------------------------------------
    (
        "track",
        "Subscription Started",
        CUSTOMER,
        ALL3,
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan_id": G(pick("plus_monthly", "family_30kg", "business_50kg")),
            "plan_name": G(pick("FreshFold Plus", "Family 30 kg", "Business 50 kg")),
            "billing_interval": G(pick("month", "year")),
            "price": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "pickups_per_week": G(lambda f: f.r.randint(1, 3)),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "auto_renew": G(pick(True, False)),
            "billing_address": person_address(),
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(5).upper() + f.hexid(18), "token"),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        CUSTOMER,
        ALL3,
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan_name": G(pick("FreshFold Plus", "Family 30 kg", "Business 50 kg")),
            "reason": G(pick("too_expensive", "moving", "quality", "not_using")),
            "feedback": G(pick("Moving to another city", "Too many missed pickups", "", "Za drogo")),
            "months_active": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Loyalty Credits Earned",
        ["python"],
        ALL3,
        {
            "loyalty_number": G(lambda f: "FFL" + f.digits(9)),
            "credits": G(lambda f: f.r.randint(5, 400)),
            "balance": G(lambda f: f.r.randint(0, 9000)),
            "tier": G(pick("silver", "gold", "platinum")),
            "source": G(pick("order", "referral", "review", "birthday_bonus")),
            "expires_at": G(lambda f: f.date_soon()),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        APP,
        ALL3,
        {
            "channel": G(lambda f: set_field(f, ["whatsapp", "sms", "email"])),
            "input": Y(phone_or_email, "phone|email", True),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "referral_code": G(lambda f: ascii_fold(f.first()).upper()[:6] + f.hexid(3).upper()),
            "reward_amount": G(lambda f: f.pick([20, 25, 200, 30])),
            "contacts_permission": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        CUSTOMER,
        ALL3,
        {
            "gift_card_id": G(lambda f: "GC" + f.digits(10)),
            "amount": G(lambda f: f.pick([100, 200, 500, 1000])),
            "currency": G(lambda f: f.currency()),
            "recipient": Y(lambda f: f.email(), "email", True),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "sender_name": Y(lambda f: f.first(), "name"),
            "gift_message": Y(gift_message, "name", True),
            "delivery_date": G(lambda f: f.date_soon()),
            "design": G(pick("eid", "diwali", "birthday", "classic")),
        },
    ),
    # messaging and telephony webhooks -----------------------------------------------------------------
    (
        "track",
        "OTP SMS Delivered",
        ["go"],
        ("AE", "IN", "PL"),
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(pick("FreshFold", "+14155238886", "FRSHFD")),
            "To": Y(lambda f: "+" + f.wa_id(), "phone", True),
            "Body": RED(otp_sms, "token", True),
            "MessageStatus": G(pick("delivered", "sent", "undelivered")),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ErrorCode": G(pick("", "30003", "30005")),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "WhatsApp Message Status",
        ["python"],
        ALL3,
        {
            "metadata": {
                "display_phone_number": G(pick("97145201200", "918047181200", "48221041200")),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "statuses": Many(
                {
                    "id": G(lambda f: "wamid.HBgM" + f.hexid(40).upper()),
                    "status": G(pick("sent", "delivered", "read", "failed")),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "recipient_id": Y(lambda f: f.wa_id(), "phone", True),
                    "conversation": {"id": G(lambda f: f.hexid(32))},
                    "pricing": {"category": G(pick("utility", "marketing", "service"))},
                },
                2,
            ),
            "template_name": G(pick("pickup_reminder_v3", "order_ready_ar", "delivery_eta_pl")),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        ALL3,
        {
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(10)}@mail.freshfold.app>"),
            "recipient": Y(lambda f: f.email(), "email", True),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "from": G(pick("no-reply@freshfold.app", "orders@freshfold.app", "zamowienia@freshfold.pl")),
            "template": G(pick("order_receipt", "pickup_confirmed", "invoice_pl", "subscription_renewal")),
            "subject": G(
                pick("Your FreshFold receipt", "Pickup confirmed for tomorrow", "Faktura za zamówienie")
            ),
            "opened": G(pick(True, False)),
            "clicks": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Call Completed",
        ["python"],
        ("AE", "IN"),
        {
            "call_sid": G(lambda f: f.hexid(32)),
            "from_number": Y(lambda f: f.phone(), "phone"),
            "caller_name": Y(lambda f: f.full_name(), "name"),
            "to_number": G(pick("+97145201200", "+918047181200", "08047181200")),
            "virtual_number": G(
                lambda f: f.pick(["+971 4 520 ", "+91 80 4718 "]) + str(f.r.randint(1000, 9999))
            ),
            "agent_name": Y(lambda f: f.full_name(), "name"),
            "direction": G(pick("inbound", "outbound")),
            "duration_sec": G(lambda f: f.r.randint(0, 900)),
            "status": G(pick("completed", "no-answer", "busy")),
        },
    ),
    # forms, hubs, B2B, misc ----------------------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        ["web"],
        ALL3,
        {
            "form_id": G(pick("checkout", "signup", "corporate_enquiry")),
            "field": {
                "name": G(lambda f: set_field(f, ["mobile", "email"])),
                "type": G(lambda f: "tel" if f.field == "mobile" else "email"),
                "value": Y(phone_or_email, "phone|email", True),
            },
            "time_ms": G(lambda f: f.r.randint(300, 20000)),
            "valid": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Hub Details Viewed",
        CUSTOMER,
        ALL3,
        {
            "hub": {
                "name": G(lambda f: HUBS[f.region][0][0]),
                "phone": G(lambda f: HUBS[f.region][0][1]),
                "address": G(lambda f: HUBS[f.region][0][2]),
                "city": G(lambda f: CITIES[f.region][0]),
                "lat": G(lambda f: HUBS[f.region][0][3]),
                "lng": G(lambda f: HUBS[f.region][0][4]),
                "email": G(pick("alquoz@freshfold.app", "powai@freshfold.in", "wola@freshfold.pl")),
            },
            "distance_km": G(lambda f: round(f.r.uniform(0.5, 30), 1)),
        },
    ),
    (
        "track",
        "Hotel Laundry Batch Received",
        ["java"],
        ALL3,
        {
            "hotel_id": G(lambda f: "htl_" + f.digits(4)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "batch_id": G(lambda f: "HB-" + f.digits(8)),
            "room_number": G(lambda f: str(f.r.randint(101, 2450))),
            "guest_name": Y(lambda f: f.full_name(), "name"),
            "items": G(lambda f: f.r.randint(1, 25)),
            "express": G(pick(True, False)),
            "housekeeping_phone": G(pick("+971 4 348 0000", "+91 22 6668 1234", "+48 22 551 10 00")),
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        ALL3,
        {
            "name": G(lambda f: f.pick(COMPANIES + HOTELS)),
            "employees": G(lambda f: f.r.randint(20, 20000)),
            "plan": G(pick("business_50kg", "enterprise", "hotel_partner")),
            "tax_id": G(
                lambda f: {
                    "AE": "100" + f.digits(12),
                    "IN": f"27{f.pan()[:5]}{f.digits(4)}A1Z{f.r.randint(1, 9)}",
                    "PL": f.digits(10),
                }[f.region]
            ),
            "billing_email": G(
                pick("accounts@jumeirah.example", "ap@infosys.example", "faktury@bristol.example")
            ),
            "office_phone": G(pick("+971 4 348 0000", "+91 20 2293 2800", "+48 22 551 10 00")),
            "office_address": G(
                pick(
                    "Jumeirah Beach Road, Umm Suqeim 3",
                    "Plot 24, Hinjewadi Phase 1",
                    "Krakowskie Przedmieście 42/44",
                )
            ),
            "account_manager": Y(lambda f: f.full_name(), "name"),
            "monthly_volume_kg": G(lambda f: f.r.randint(100, 12000)),
        },
    ),
    (
        "track",
        "Order Placed For Someone Else",
        APP,
        ALL3,
        {
            "order_id": G(lambda f: f.order_no()),
            "recipient": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "building": Y(lambda f: f.building(), "address"),
                "unit": Y(lambda f: f.unit(), "address"),
                "area": Y(lambda f: f.area(), "address"),
                "city": Y(lambda f: f.city(), "city"),
                "makani": Y(lambda f: f.makani(), "address"),
            },
            "occasion": G(pick("gift", "parents", "elderly_relative", "employee")),
            "hide_prices": G(pick(True, False)),
            "pay_on_behalf": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Corporate Enquiry Submitted",
        ["web"],
        ALL3,
        {
            "firstname": Y(lambda f: f.first(), "name"),
            "lastname": Y(lambda f: f.last(), "name"),
            "work_email": Y(
                lambda f: (
                    ascii_fold(f.first()).lower()
                    + "."
                    + ascii_fold(f.last()).lower().replace(" ", "")
                    + "@"
                    + f.pick(["jumeirah.example", "infosys.example", "bristol.example", "mbank.example"])
                ),
                "email",
            ),
            "mobilephone": Y(lambda f: f.phone(), "phone"),
            "company": G(lambda f: f.pick(COMPANIES + HOTELS)),
            "jobtitle": G(
                pick("Housekeeping Manager", "Facilities Lead", "Office Manager", "Kierownik administracji")
            ),
            "employees": G(pick("11-50", "51-200", "201-1000", "1000+")),
            "message": G(
                pick(
                    "We need daily linen pickup for 120 rooms",
                    "Uniform cleaning for 40 staff",
                    "Szukamy pralni dla biura",
                )
            ),
        },
    ),
    (
        "track",
        "Garment Protection Claim Filed",
        ["python"],
        ("AE", "PL"),
        {
            "claim_number": G(lambda f: "GPC-" + f.digits(8)),
            "policy_number": Y(lambda f: f.pick(["AXA-", "OIC-", "PZU-"]) + f.digits(9), "identification"),
            "insurer": G(pick("AXA Gulf", "Orient Insurance", "PZU")),
            "claimant_name": Y(lambda f: f.full_name(), "name"),
            "claimant_email": Y(lambda f: f.email(), "email"),
            "payout_iban": RED(lambda f: f.iban(), "bank account"),
            "garment_value": G(lambda f: f.amount()),
            "incident": G(pick("burn", "lost", "shrinkage", "colour_run")),
            "documents_uploaded": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Umowa Kierowcy Podpisana",
        ["php"],
        ("PL",),
        {
            "imie": Y(lambda f: f.first(), "name"),
            "nazwisko": Y(lambda f: f.last(), "name"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "nr_dowodu_osobistego": RED(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f.digits(6),
                "national id",
            ),
            "numer_konta": RED(lambda f: f.iban("PL"), "bank account"),
            "adres_zamieszkania": Y(lambda f: f.one_line(), "address"),
            "data_urodzenia": Y(lambda f: f.date(1970, 2003), "birthdate"),
            "stawka_godzinowa": Y(lambda f: f.pick([28.1, 30.5, 32, 35]), "salary"),
            "czlonek_zwiazku_zawodowego": Y(pick(True, False), "trade union"),
            "stanowisko": G(pick("Kierowca", "Kierowca - lider trasy")),
            "rodzaj_umowy": G(pick("umowa zlecenie", "umowa o pracę", "B2B")),
            "data_rozpoczecia": G(lambda f: f.date_soon()),
        },
    ),
    (
        "track",
        "Traffic Fine Recorded",
        ["ruby"],
        ("AE", "IN"),
        {
            "fine_number": G(lambda f: f.digits(10)),
            "driver_id": G(lambda f: "drv_" + f.digits(5)),
            "driver_name": Y(lambda f: f.full_name(), "name"),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "amount": G(lambda f: f.pick([300, 600, 1000, 500, 2000])),
            "offence": G(pick("speeding", "red_light", "parking", "no_seatbelt")),
            "location": {
                "lat": Y(lambda f: f.geo("lat"), "geolocation"),
                "lng": Y(lambda f: f.geo("lon"), "geolocation"),
            },
            "issued_at": G(lambda f: f.iso()),
            "deducted_from_salary": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        APP,
        ALL3,
        {
            "search_text": Y(lambda f: f.line1().lower()[: f.r.randint(14, 30)], "address", True),
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Preference Changed",
        CUSTOMER,
        ALL3,
        {
            "setting": G(lambda f: set_field(f, ["invoice_email", "backup_phone", "whatsapp"])),
            "new_value": Y(
                lambda f: f.email() if f.field == "invoice_email" else f.phone(), "phone|email", True
            ),
            "source": G(pick("settings", "checkout", "support")),
        },
    ),
    ("alias", None, [*APP, "web"], ALL3, {}),
    (
        "page",
        None,
        ["web"],
        ALL3,
        {
            "path": G(pick("/", "/pricing", "/book", "/account/orders", "/pl/cennik")),
            "url": G(lambda f: "https://www.freshfold.app" + f.pick(["/", "/pricing", "/book"])),
            "title": G(
                pick(
                    "FreshFold | Laundry & Dry Cleaning Pickup",
                    "Book a pickup - FreshFold",
                    "Cennik - FreshFold",
                )
            ),
            "referrer": G(pick("https://www.google.com/", "", "https://www.instagram.com/")),
            "search": G(pick("", "?utm_source=google&utm_medium=cpc", "?ref=whatsapp")),
            "name": G(pick("Home", "Pricing", "Booking", "Orders")),
        },
    ),
    (
        "screen",
        None,
        APP,
        ALL3,
        {
            "name": G(pick("Home", "Slot Picker", "Order Tracking", "Wallet", "Care Preferences")),
            "from_screen": G(pick("Home", "Orders", "Push")),
        },
    ),
    (
        "track",
        "Application Opened",
        APP,
        ALL3,
        {
            "from_background": G(pick(True, False)),
            "version": G(pick("4.19.2", "4.20.1")),
            "url": G(
                lambda f: f.pick(
                    ["", "freshfold://orders/" + f.order_no(), "https://freshfold.app/r/" + f.hexid(6)]
                )
            ),
        },
    ),
    (
        "track",
        "Push Notification Tapped",
        APP,
        ALL3,
        {
            "campaign_id": G(lambda f: f.hexid(24)),
            "title": G(pick("Your clothes are ready", "Driver on the way", "Twoje ubrania są gotowe")),
            "body": G(
                pick(
                    "Delivery arrives between 6-8pm today", "Rate your last order", "Odbiór jutro 10:00-12:00"
                )
            ),
        },
    ),
    (
        "track",
        "Promo Code Applied",
        CUSTOMER,
        ALL3,
        {
            "code": G(pick("FIRST30", "RAMADAN20", "DIWALI15", "WIOSNA10", "CORP-EMAAR")),
            "discount_amount": G(lambda f: f.pick([10, 30, 150, 20])),
            "valid": G(pick(True, False)),
        },
    ),
]


# -- build and self-checks ----------------------------------------------------------------------------

PHONE_RE = re.compile(r"(?:\+?\d[\d \-]{7,16}\d)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
IP_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){3,7})$")
CODE_RE = re.compile(r"\b\d{6}\b")


def check_value_only(events, labels):
    """Every value of a value_only PII path carries that PII (a template error aborts the build)."""
    values = defaultdict(list)
    for event in events:
        for path, value in flatten(event):
            values[path].append(value)
    names = {ascii_fold(n) for region in NAMES.values() for person in region for n in person}
    checks = {
        "phone": lambda v: bool(PHONE_RE.search(str(v))),
        "email": lambda v: bool(EMAIL_RE.search(str(v))),
        "ip": lambda v: bool(IP_RE.match(str(v))),
        "token": lambda v: bool(CODE_RE.search(str(v))),
        "name": lambda v: any(n in ascii_fold(str(v)) for n in names),
        "address": lambda v: bool(re.search(r"(villa|flat|ul\.)", str(v), re.IGNORECASE)),
    }
    for path, label in labels.items():
        if label["value_only"] and label["classification"] != "green":
            types = label["type"].split("|")
            for v in values[path]:
                if not any(checks[t](v) for t in types):
                    raise SystemExit(f"value_only {path} holds a value without {label['type']}: {v!r}")
    return values


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, regions, body in EVENTS:
            f.set_region(regions)
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


def verify_ids():
    f = F(1)
    for _ in range(200):
        f.region = "IN"
        assert verhoeff_valid(f.aadhaar().replace(" ", ""))


if __name__ == "__main__":
    verify_ids()
    events, labels = build(seed=306, repeats=34)
    seen = {path for event in events for path, _ in flatten(event)}
    values = check_value_only(events, {p: labels[p] for p in seen})
    write(Path(__file__).parent, "holdout306_", events, labels)
    final = {p: labels[p] for p in seen}
    personal = sum(1 for lab in final.values() if lab["classification"] != "green")
    value_only = sum(1 for lab in final.values() if lab["value_only"])
    few = [p for p, vs in values.items() if 1 < len({repr(v) for v in vs}) < 3]
    print(
        f"paths {len(final)}, personal {personal} ({personal / len(final):.0%}), value_only {value_only}, "
        f"paths with only 2 distinct values: {len(few)}",
        file=sys.stderr,
    )
