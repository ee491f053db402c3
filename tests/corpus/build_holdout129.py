"""Writes holdout129: tests/corpus/holdout129_events.jsonl and holdout129_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never run against the engine by its author. Only the shared
helpers (build.py, fake.py), build_holdout3.py (for format), REFERENCE.md and DESIGN.md were read.

Domain: a coworking-space operator and property-tech app in Singapore, India and the UAE.
Membership plans and day passes (e-commerce spec events, Stripe / Razorpay shaped payloads),
desk and meeting-room bookings, visitor registration with ID scans (NRIC, Aadhaar, Emirates ID,
passports, MRZ lines), door access with mobile keys, company accounts (group calls) with
employees, invoices with tax ids (GSTIN, TRN, UEN), community events, parcel notifications at
reception (Twilio / WhatsApp / SendGrid shaped), parking, visa services, support tickets,
reverse-ETL identifies from the warehouse, ad-platform conversion payloads.

Clients: analytics.js (web portal, admin dashboard), analytics-swift, analytics-kotlin,
analytics-react-native (reception kiosk), analytics_flutter (community app), and the server
libraries python, node, go, java, ruby, php and .NET (analytics-csharp), each with the context
block its library really sends (context.ip, context.traits, device, app, library, locale,
userAgent, campaign, page, location on Android).

Conventions: mostly camelCase and snake_case; about 15 % other conventions: PascalCase from
.NET, kebab-case from an access-control vendor webhook, SCREAMING_SNAKE from the warehouse, and
keys in the domain's local languages (Arabic on the Dubai kiosk, Chinese on a Singapore landing
page, Hindi and Malay transliterations from partner integrations).

Values: names from Chinese, Malay, Tamil, North and South Indian, Emirati / Arab, Filipino,
Pakistani, Western and other cultures (Latin and Arabic scripts); SG / IN / AE phone formats and
a few foreign ones; addresses of HDB blocks, Indian flats and UAE apartments; NRIC / FIN with
valid check letters, Aadhaar with a valid Verhoeff digit, PAN structure, Emirates ID with Luhn,
MRZ lines with ICAO check digits, GSTIN with its mod-36 check character, UAE IBANs with mod-97,
Luhn cards (RuPay too), Singapore vehicle plates with their check letter.

Labelling rules (the Privacy Portal's default colours, as the brief states them):
- PII = personal data about a natural person (the user, a visitor, an attendee, an employee, a
  staff member, an emergency contact, a referee, a parcel recipient). Colour is the reference's
  default for its matcher; outside the reference: red for credentials / secrets / tokens, card
  numbers, bank accounts (incl. IBAN) and government ids; yellow otherwise (geolocation,
  advertising id).
- Green: ids we issue (member numbers, booking / invoice / badge numbers), UUIDs, versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `id_verified`, `phone_count`), names of plans, rooms, events, companies and pets, places that
  are not the person's (a space's city, address and coordinates, a searched area), country,
  state, locale, timezone, currency, user agents, OS-issued device ids. Card brand / last four /
  expiry are green; IFSC and SWIFT codes identify the bank: green; bank UTR / RRN references
  are transaction ids: green.
- The product's contested-case policy is followed: member numbers green; ages, job titles,
  employers green; a business's own phone, e-mail (role mailboxes) and address green, so a
  company account's registered / billing address and phone in group traits and company
  invoices are green while an individual member's billing address is yellow `address`; a
  Stripe `pm_` id, one-time codes (OTP, parcel pickup codes, Wi-Fi vouchers, mobile-key
  invitation codes) and sign-in link tokens are red `token`; an identity document's number is
  red `national id` / `passport`; answers about visas and sponsorship are red `visa`; vehicle
  plates yellow `license`; pay rates yellow `salary`; gclid / fbclid / fbp / fbc yellow
  `advertising id`; UUID tokens (StoreKit appAccountToken, Places session token) and e-mail
  Message-IDs green.
- Company tax ids (GSTIN, UAE TRN, Singapore UEN, trade licence numbers) identify businesses:
  green. A person's PAN, and a partial NRIC (Singapore's masked `*****567D`, the analogue of an
  SSN's last four), are red `national id`.
- Decisions the brief leaves open, taken as a careful privacy owner would:
  a UPI virtual payment address routes payments to the person's bank account: red
  `bank account`; an access-badge / card chip UID and a Singapore IU (in-vehicle unit) number
  are hardware serials tied to one person: yellow `serial`; the personal Wi-Fi password is a
  credential: red `password`; an APNs / FCM push token reaches the person's device: red `token`;
  SHA-256 hashes of a person's e-mail or phone sent to ad platforms (Meta CAPI `em` / `ph`) are
  still that person's identifier: yellow `email` / `phone` (not value_only: the CAPI key names
  them); dietary requirements that include halal / jain / kosher diets and intolerances reveal
  religion or health: yellow `religion|allergy`; a flag that the member needs an accessible desk
  or wheelchair access is red `disability`, while a location's `wheelchair_accessible` is green;
  a first-aid incident's description and a pregnancy flag are yellow `condition`; a staff
  member's hourly rate is yellow `salary`; HubSpot's `hubspotutk` visitor cookie is treated like
  fbp: yellow `advertising id`; an Indian director's DIN is a government-issued personal
  number: red `national id`; reception staff who log a parcel (`received_by`), instructors and
  hosts are natural persons: their names are yellow `name`.
- value_only is true when the key does not say what the value is (`value`, `input`,
  `user_input`, `label`, `text`, `note`, `q`, `to`, `sent_to`, `destination`, `link`, `body`,
  `summary`, `externalIds[].id`, a WhatsApp template parameter's `text`, a ticket's
  `description`) and only the value reveals it. Keys that name the kind of data (`username`,
  `contact`, CAPI's `em`) are not value_only even when the value's type is what settles it.
  Free text is generated so that either every one of its values carries the labelled PII or
  none does; text that never carries PII is green.

Run: `.venv/bin/python -m tests.corpus.build_holdout129` (seeded, deterministic).
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

CULTURES = {
    "sg_chinese": (
        ["Wei Ling", "Jun Jie", "Hui Min", "Kai Wen", "Mei Xin", "Zhi Hao", "Jia Hui", "Xin Yi", "Boon Keng"],
        ["Tan", "Lim", "Lee", "Ng", "Goh", "Chua", "Ong", "Koh", "Teo", "Wong"],
        "family_first",
    ),
    "western_sg": (
        ["Rachel", "Jonathan", "Cheryl", "Marcus", "Vanessa", "Darren", "Joanne"],
        ["Tan", "Lim", "Ho", "Yeo", "Chan", "Sim"],
        "given_first",
    ),
    "malay": (
        ["Nur Aisyah", "Muhammad Hafiz", "Siti Nurhaliza", "Ahmad Faizal", "Nurul Huda", "Iskandar"],
        ["Rahman", "Ismail", "Abdullah", "Hassan", "Osman", "Salleh"],
        "bin",
    ),
    "tamil": (
        ["Kavitha", "Arun", "Priya", "Senthil", "Deepa", "Karthik", "Lakshmi", "Vignesh"],
        ["Ramasamy", "Subramaniam", "Krishnan", "Pillai", "Murugan", "Raj"],
        "given_first",
    ),
    "north_indian": (
        ["Rohan", "Ananya", "Aarav", "Ishita", "Vikram", "Neha", "Harpreet", "Aditya", "Pooja", "Sanjay"],
        ["Mehta", "Sharma", "Gupta", "Kapoor", "Singh", "Kaur", "Agarwal", "Malhotra", "Joshi", "Verma"],
        "given_first",
    ),
    "south_indian": (
        ["Sandeep", "Divya", "Raghav", "Sneha", "Venkatesh", "Anjali", "Nikhil", "Meera"],
        ["Reddy", "Iyer", "Nair", "Rao", "Menon", "Hegde", "Naidu", "Shetty"],
        "given_first",
    ),
    "arab": (
        ["Mohammed", "Fatima", "Omar", "Mariam", "Khalid", "Noura", "Saeed", "Aisha", "Hamdan", "Layla"],
        ["Al Mansouri", "Al Hashimi", "Al Falasi", "Khalil", "Haddad", "Al Suwaidi", "Nasser", "Al Marri"],
        "given_first",
    ),
    "filipino": (
        ["Maria Clara", "Jose Miguel", "Kristine", "Paolo", "Angelica", "Rommel"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Garcia"],
        "given_first",
    ),
    "pakistani": (
        ["Ayesha", "Bilal", "Hira", "Usman", "Zainab"],
        ["Siddiqui", "Qureshi", "Butt", "Chaudhry", "Sheikh"],
        "given_first",
    ),
    "western": (
        ["James", "Sophie", "Oliver", "Charlotte", "Lukas", "Emma", "Thomas", "Chloé", "Daniel"],
        ["Whitfield", "Martin", "Müller", "O'Connor", "Andersen", "Brooks", "Fischer", "Dubois"],
        "given_first",
    ),
    "other": (
        ["Dmitri", "Yuki", "Ji-woo", "Chidi", "Nguyen Thi", "Svetlana", "Hiroshi", "Amara"],
        ["Volkov", "Tanaka", "Park", "Okafor", "Lan", "Petrova", "Sato", "Mensah"],
        "given_first",
    ),
}
CULTURE_WEIGHTS = {
    "sg_chinese": 14,
    "western_sg": 5,
    "malay": 6,
    "tamil": 6,
    "north_indian": 16,
    "south_indian": 12,
    "arab": 12,
    "filipino": 6,
    "pakistani": 4,
    "western": 12,
    "other": 7,
}
ARABIC_NAMES = [
    "محمد المنصوري",
    "فاطمة الهاشمي",
    "عمر خليل",
    "مريم الفلاسي",
    "خالد السويدي",
    "نورة المري",
    "سعيد ناصر",
    "عائشة الكتبي",
]
CHINESE_NAMES = ["陈伟玲", "林俊杰", "李慧敏", "黄志豪", "吴佳慧", "张欣怡", "刘宝强"]
FREEMAIL = [
    "gmail.com",
    "yahoo.co.in",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "yahoo.com.sg",
    "rediffmail.com",
]
COMPANIES = [
    ("Globex Asia Pte. Ltd.", "globex.sg"),
    ("Initech Technologies Pvt Ltd", "initech.in"),
    ("Sandstone Ventures FZ-LLC", "sandstone.ae"),
    ("Bluefin Analytics", "bluefin.io"),
    ("Kopi Labs Pte Ltd", "kopilabs.sg"),
    ("Chai Point Studio LLP", "chaipoint.studio"),
    ("Falcon Freight DMCC", "falconfreight.ae"),
    ("Monsoon Design Co.", "monsoon.design"),
    ("Zenith Legal LLP", "zenithlegal.in"),
    ("Orbital Robotics", "orbital-robotics.com"),
]
CITIES_SG_IN_AE = [
    "Singapore",
    "Mumbai",
    "Bengaluru",
    "Pune",
    "Gurugram",
    "Hyderabad",
    "Chennai",
    "Dubai",
    "Abu Dhabi",
    "Sharjah",
]
HOME_CITIES = [
    "Singapore",
    "Mumbai",
    "Bengaluru",
    "Pune",
    "Noida",
    "Hyderabad",
    "Chennai",
    "Dubai",
    "Sharjah",
    "Ajman",
    "Kochi",
]

# -- the operator's spaces ---------------------------------------------------------------------------

SPACES = [
    (
        "loc_sg_rfp",
        "One Raffles Place",
        "Singapore",
        "SG",
        "1 Raffles Place, #20-01, Singapore 048616",
        1.28431,
        103.85141,
    ),
    (
        "loc_sg_tpy",
        "Paya Lebar Quarter",
        "Singapore",
        "SG",
        "10 Paya Lebar Road, #09-01, Singapore 409057",
        1.31738,
        103.89321,
    ),
    (
        "loc_in_bkc",
        "BKC One",
        "Mumbai",
        "IN",
        "C-68, G Block, Bandra Kurla Complex, Mumbai 400051",
        19.06583,
        72.86901,
    ),
    (
        "loc_in_kor",
        "Koramangala Hub",
        "Bengaluru",
        "IN",
        "80 Feet Road, 4th Block, Koramangala, Bengaluru 560034",
        12.93521,
        77.62446,
    ),
    (
        "loc_in_cyb",
        "Cyber City Tower 8",
        "Gurugram",
        "IN",
        "Tower 8, DLF Cyber City, Gurugram 122002",
        28.49475,
        77.08892,
    ),
    ("loc_ae_difc", "DIFC Gate Village", "Dubai", "AE", "Gate Village 10, DIFC, Dubai", 25.21243, 55.28117),
    ("loc_ae_jlt", "JLT Cluster X", "Dubai", "AE", "Jumeirah Bay Tower X3, JLT, Dubai", 25.07655, 55.14532),
    (
        "loc_ae_auh",
        "ADGM Square",
        "Abu Dhabi",
        "AE",
        "Al Sila Tower, ADGM Square, Al Maryah Island, Abu Dhabi",
        24.50132,
        54.38965,
    ),
]
ROOMS = [
    "Merlion",
    "Ganges",
    "Al Fahidi",
    "Sentosa",
    "Marina",
    "Kaveri",
    "Jumeirah",
    "Orchard",
    "Hampi",
    "Liwa",
]
PLANS = [
    ("plan_hot", "Hot Desk", "HD-MON"),
    ("plan_ded", "Dedicated Desk", "DD-MON"),
    ("plan_po4", "Private Office (4 pax)", "PO4-MON"),
    ("plan_po8", "Private Office (8 pax)", "PO8-MON"),
    ("plan_day", "Day Pass", "DP-1"),
    ("plan_vo", "Virtual Office", "VO-12"),
]
CURRENCY = {"SG": "SGD", "IN": "INR", "AE": "AED"}
COMMUNITY_EVENTS = [
    "Founders Breakfast",
    "Diwali Mixer",
    "Iftar Networking Night",
    "Lunar New Year Lo Hei",
    "Pitch Night #14",
    "Yoga at 8",
    "Fintech Friday",
    "Women in Product Meetup",
]
COURIERS = [
    "Ninja Van",
    "SingPost",
    "Blue Dart",
    "Delhivery",
    "Aramex",
    "DHL Express",
    "Shadowfax",
    "Lalamove",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; RMX3686) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97",
]

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


AE_BUILDINGS = ["Marina Heights", "Al Khail Gate", "Sky Tower", "Binghatti Views"]
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


class H(Fake):
    """Fake values for Singapore, India and the UAE."""

    def culture(self) -> str:
        names, weights = zip(*CULTURE_WEIGHTS.items(), strict=True)
        return self.r.choices(names, weights)[0]

    def person(self) -> tuple[str, str, str]:
        c = self.culture()
        firsts, lasts, style = CULTURES[c]
        first, last = self.pick(firsts), self.pick(lasts)
        if style == "family_first":
            full = f"{last} {first}"
        elif style == "bin":
            link = "binti" if first in ("Nur Aisyah", "Siti Nurhaliza", "Nurul Huda") else "bin"
            full = f"{first} {link} {last}"
        else:
            full = f"{first} {last}"
        return first, last, full

    def first(self):
        return self.person()[0]

    def last(self):
        return self.person()[1]

    def full_name(self):
        return self.person()[2]

    def email(self, work=False):
        first, last, _ = self.person()
        user_first = first.lower().replace(" ", "").replace("é", "e").replace("ü", "u").replace("-", "")
        user_last = last.lower().replace(" ", "").replace("'", "").replace("ü", "ue")
        domain = self.pick(COMPANIES)[1] if work or self.r.random() < 0.35 else self.pick(FREEMAIL)
        style = self.r.randint(0, 3)
        if style == 0:
            user = f"{user_first}.{user_last}"
        elif style == 1:
            user = f"{user_first[0]}{user_last}"
        elif style == 2:
            user = f"{user_first}{self.r.randint(1, 99)}"
        else:
            user = f"{user_first}_{user_last}{self.r.randint(80, 99)}"
        return f"{user}@{domain}"

    def phone(self, style=None):
        country = style or self.r.choices(["sg", "in", "ae", "ph", "uk"], [35, 35, 22, 4, 4])[0]
        r = self.r
        if country == "sg":
            n = f"{r.choice('89')}{r.randint(0, 999):03d}{r.randint(0, 9999):04d}"
            return self.pick([f"+65 {n[:4]} {n[4:]}", f"+65{n}", f"{n[:4]} {n[4:]}", f"(+65) {n}"])
        if country == "in":
            n = f"{r.choice('6789')}{r.randint(0, 999999999):09d}"
            return self.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n}", f"+91-{n}", f"{n[:5]} {n[5:]}"])
        if country == "ae":
            op = self.pick(["50", "52", "54", "55", "56", "58"])
            n = f"{r.randint(0, 9999999):07d}"
            return self.pick(
                [f"+971 {op} {n[:3]} {n[3:]}", f"+971{op}{n}", f"0{op} {n[:3]} {n[3:]}", f"00971{op}{n}"]
            )
        if country == "ph":
            return f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}"
        return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"

    def phone_e164(self):
        return "+" + "".join(c for c in self.phone() if c.isdigit()).lstrip("0").removeprefix("0")

    def home_address(self) -> dict:
        r = self.r
        kind = self.r.choices(["sg", "in", "ae"], [35, 40, 25])[0]
        if kind == "sg":
            blk = r.randint(1, 999)
            street = self.pick(
                [
                    "Tampines Street 11",
                    "Ang Mo Kio Avenue 3",
                    "Jurong West Street 52",
                    "Bedok North Road",
                    "Punggol Drive",
                    "Toa Payoh Lorong 1",
                ]
            )
            return {
                "line1": f"Blk {blk} {street}",
                "line2": f"#{r.randint(2, 25):02d}-{r.randint(1, 400):03d}",
                "city": "Singapore",
                "postal": f"{r.randint(10, 82)}{r.randint(0, 9999):04d}",
                "state": "",
                "country": "SG",
            }
        if kind == "in":
            city, state, pin = self.pick(
                [
                    ("Mumbai", "MH", "4000"),
                    ("Bengaluru", "KA", "5600"),
                    ("Pune", "MH", "4110"),
                    ("Gurugram", "HR", "1220"),
                    ("Hyderabad", "TG", "5000"),
                    ("Chennai", "TN", "6000"),
                ]
            )
            society = self.pick(
                [
                    "Prestige Shantiniketan",
                    "Lodha Palava",
                    "DLF Phase 3",
                    "Hiranandani Gardens",
                    "Sobha Dream Acres",
                    "Brigade Gateway",
                ]
            )
            return {
                "line1": f"Flat {r.randint(1, 20)}{r.randint(1, 12):02d}, Tower {self.pick('ABCDEFG')}",
                "line2": society,
                "city": city,
                "postal": f"{pin}{r.randint(1, 99):02d}",
                "state": state,
                "country": "IN",
            }
        area = self.pick(
            ["Dubai Marina", "Al Barsha 1", "JVC", "Al Nahda 2", "Business Bay", "Al Reem Island"]
        )
        return {
            "line1": f"Apt {r.randint(1, 40)}{r.randint(1, 20):02d}, {self.pick(AE_BUILDINGS)}",
            "line2": area,
            "city": "Abu Dhabi" if area == "Al Reem Island" else "Dubai",
            "postal": "",
            "state": "DU",
            "country": "AE",
        }

    def address_line(self):
        a = self.home_address()
        tail = f" {a['postal']}" if a["postal"] else ""
        return f"{a['line1']}, {a['line2']}, {a['city']}{tail}"

    def home_city(self):
        return self.pick(HOME_CITIES)

    def postal(self):
        return self.pick(
            [
                f"{self.r.randint(10, 82)}{self.r.randint(0, 9999):04d}",
                f"{self.pick(['4000', '5600', '1220', '4110'])}{self.r.randint(1, 99):02d}",
            ]
        )

    # -- identity documents ---------------------------------------------------------------------

    def nric(self):
        prefix = self.r.choices("STFG", [40, 35, 15, 10])[0]
        digits = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
        if prefix in "TG":
            total += 4
        table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
        return prefix + "".join(map(str, digits)) + table[total % 11]

    def aadhaar(self):
        body = [self.r.randint(2, 9)] + [self.r.randint(0, 9) for _ in range(10)]
        c = 0
        for i, d in enumerate(reversed(body)):
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]]
        number = "".join(map(str, body)) + str(VERHOEFF_INV[c])
        return self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}"])

    def pan(self, kind="P", surname_initial=None):
        letters = string.ascii_uppercase
        s = surname_initial or self.r.choice(letters)
        return (
            "".join(self.r.choice(letters) for _ in range(3))
            + kind
            + s
            + f"{self.r.randint(0, 9999):04d}"
            + self.r.choice(letters)
        )

    def emirates_id(self):
        body = "784" + str(self.r.randint(1965, 2004)) + f"{self.r.randint(0, 9999999):07d}"
        full = self.luhn_complete(body)
        return self.pick([f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}", full])

    def passport_no(self):
        kind = self.pick(["in", "sg", "ae", "gb", "ph"])
        r = self.r
        if kind == "in":
            return r.choice("JKLMNPRSTUVWZ") + f"{r.randint(1000000, 9999999)}"
        if kind == "sg":
            return r.choice("EK") + f"{r.randint(1000000, 9999999)}" + r.choice(string.ascii_uppercase)
        if kind == "ph":
            return "P" + f"{r.randint(1000000, 9999999)}" + r.choice("ABC")
        return f"{r.randint(100000000, 999999999)}"

    def gov_id(self):
        return self.pick([self.nric, self.aadhaar, self.emirates_id, self.passport_no])()

    def mrz_line2(self):
        def check(s):
            vals = [int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55) for c in s]
            return str(sum(v * w for v, w in zip(vals, [7, 3, 1] * 20, strict=False)) % 10)

        number = (self.r.choice("JKLMNPRSTUVWZ") + f"{self.r.randint(1000000, 9999999)}").ljust(9, "<")
        nat = self.pick(["IND", "SGP", "ARE", "PAK", "PHL", "GBR"])
        dob = f"{self.r.randint(60, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        sex = self.pick(["M", "F"])
        exp = f"{self.r.randint(26, 34):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        personal = "<" * 14
        core = (
            number
            + check(number)
            + nat
            + dob
            + check(dob)
            + sex
            + exp
            + check(exp)
            + personal
            + check(personal)
        )
        composite = number + check(number) + dob + check(dob) + exp + check(exp) + personal + check(personal)
        return core + check(composite)

    def gstin(self):
        state = self.pick(["27", "29", "06", "07", "33", "36"])
        body = state + self.pan("C") + str(self.r.randint(1, 9)) + "Z"
        chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        factor, total = 2, 0
        for c in reversed(body):
            addend = factor * chars.index(c)
            factor = 1 if factor == 2 else 2
            total += addend // 36 + addend % 36
        return body + chars[(36 - total % 36) % 36]

    def trn(self):
        return "100" + f"{self.r.randint(0, 999999999999):012d}"

    def uen(self):
        return self.pick(
            [
                f"{self.r.randint(2005, 2023)}{self.r.randint(10000, 99999)}{self.r.choice('KMNRWZ')}",
                f"{self.r.randint(50000000, 53999999)}{self.r.choice('ABCDEJKLMW')}",
            ]
        )

    def ae_iban(self):
        bban = f"{self.pick(['033', '026', '035', '030', '044'])}{self.r.randint(0, 10**16 - 1):016d}"
        numeric = "".join(str(int(c, 36)) for c in bban + "AE00")
        raw = f"AE{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def bank_account_no(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(10**13, 10**14 - 1)}",
                f"{r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}",
                f"{r.randint(10**9, 10**10 - 1)}",
                f"50100{r.randint(10**8, 10**9 - 1)}",
            ]
        )

    def ifsc(self):
        return (
            self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "YESB"])
            + "0"
            + f"{self.r.randint(0, 999999):06d}"
        )

    def vpa(self):
        first, last, _ = self.person()
        user = self.pick(
            [
                f"{first.lower().replace(' ', '')}.{last.lower().replace(' ', '')}",
                f"{self.r.randint(6000000000, 9999999999)}",
                f"{first.lower().replace(' ', '')}{self.r.randint(1, 999)}",
            ]
        )
        return f"{user}@{self.pick(['okhdfcbank', 'okicici', 'ybl', 'paytm', 'oksbi', 'axl'])}"

    def card_any(self):
        if self.r.random() < 0.2:
            number = self.luhn_complete(
                self.pick(["6521", "6522", "6080"]) + "".join(str(self.r.randint(0, 9)) for _ in range(11))
            )
            return self.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])
        return self.card()

    def sg_plate(self):
        letters = "ABCDEFGHJKLMPRSTUXYZ"
        prefix = "S" + self.r.choice("BCDEFGJKL") + self.r.choice(letters)
        num = self.r.randint(1, 9999)
        vals = [ord(prefix[1]) - 64, ord(prefix[2]) - 64] + [int(c) for c in f"{num:04d}"]
        check = "AZYXUTSRPMLKJHGEDCB"[sum(v * w for v, w in zip(vals, [9, 4, 5, 4, 3, 2], strict=True)) % 19]
        return f"{prefix} {num} {check}"

    def plate(self):
        r = self.r
        kind = self.pick(["sg", "sg", "in", "in", "ae"])
        if kind == "sg":
            return self.sg_plate()
        if kind == "in":
            series = r.choice(PLATE_LETTERS) + r.choice(PLATE_LETTERS)
            state = self.pick(["MH", "KA", "DL", "HR", "TN"])
            return f"{state} {r.randint(1, 50):02d} {series} {r.randint(1, 9999):04d}"
        emirate = self.pick(["Dubai", "Abu Dhabi", "Sharjah"])
        return f"{emirate} {r.choice('ABCDEFGHIJKLMNOPQRS')} {r.randint(1000, 99999)}"

    # -- ad platforms, secrets, ids -------------------------------------------------------------

    def b64ish(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + self.b64ish(self.r.randint(60, 80))

    def fbclid(self):
        return "IwAR" + self.b64ish(57)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 10**10 - 1)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def stripe_id(self, prefix, n=24):
        return (
            prefix + "1" + "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n - 1))
        )

    def otp(self, n=6):
        return f"{self.r.randint(0, 10**n - 1):0{n}d}"

    def ipv6(self):
        return self.pick(["2401:4900:", "2406:3003:", "2001:8f8:", "2405:201:"]) + ":".join(
            f"{self.r.randint(0, 65535):x}" for _ in range(6)
        )

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def sha256(self):
        return self.hexid(64)

    def person_lat_lon(self):
        space = self.pick(SPACES)
        return round(space[5] + self.r.uniform(-0.08, 0.08), 6), round(
            space[6] + self.r.uniform(-0.08, 0.08), 6
        )

    def lat(self):
        return self.person_lat_lon()[0]

    def lon(self):
        return self.person_lat_lon()[1]

    def space(self):
        return self.pick(SPACES)

    def ts(self):
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}:00"
        return f"{day}T{clock}+{self.pick(['08:00', '05:30', '04:00'])}"

    def day(self, start=2024, end=2025):
        return self.date(start, end)

    def money_in(self, cur, lo, hi):
        factor = {"SGD": 1, "AED": 2.7, "INR": 62}[cur]
        value = self.r.uniform(lo, hi) * factor
        return round(value, 2) if cur != "INR" else round(value)


# -- templates ---------------------------------------------------------------------------------------


class Opt:
    """A key present in only some events (probability p)."""

    def __init__(self, item, p=0.6):
        self.item, self.p = item, p


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


def P(options):
    return G(lambda f: f.pick(options))


def app_block(name, namespace, versions):
    return {
        "name": G(lambda f: name),
        "version": P(versions),
        "build": P([v.replace(".", "") for v in versions]),
        "namespace": G(lambda f: namespace),
    }


def web_context(page_paths):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": P(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"]),
        },
        "page": {
            "path": P(page_paths),
            "referrer": P(
                [
                    "",
                    "https://www.google.com/",
                    "https://www.linkedin.com/",
                    "https://hub.spacecraft.work/dashboard",
                ]
            ),
            "search": P(["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?city=dubai"]),
            "title": P(
                [
                    "Spacecraft — Coworking in Singapore, India & UAE",
                    "Book a desk | Spacecraft",
                    "Member Hub | Spacecraft",
                ]
            ),
            "url": P(["https://hub.spacecraft.work" + p for p in page_paths]),
        },
        "userAgent": P(UAS),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": P(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"]),
                    "version": P(["124", "123", "99", "8"]),
                },
                3,
            ),
            "platform": P(["Windows", "macOS", "Android"]),
        },
        "locale": P(["en-SG", "en-IN", "en-AE", "en-GB", "ar-AE", "hi-IN", "zh-SG"]),
        "timezone": P(["Asia/Singapore", "Asia/Kolkata", "Asia/Dubai"]),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": P(["q2_bkc_launch", "difc_open_house", "hotdesk_sg_may"]),
                "source": P(["google", "linkedin", "newsletter", "facebook"]),
                "medium": P(["cpc", "email", "paid_social"]),
                "term": P(["coworking space mumbai", "hot desk singapore", "office space dubai"]),
                "content": P(["hero_cta", "carousel_2", "text_ad"]),
            },
            0.35,
        ),
    }


def swift_context(f):
    return {
        "app": app_block("Spacecraft", "work.spacecraft.member", ["6.4.0", "6.5.1", "6.5.2"]),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": P(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,18"]),
            "name": P(["iPhone", "iPad"]),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": P([True, False]),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": P(["1.5.11", "1.6.0"])},
        "locale": P(["en-SG", "en-IN", "en-AE", "ar-AE"]),
        "network": {"wifi": P([True, False]), "cellular": P([True, False])},
        "os": {"name": P(["iOS", "iPadOS"]), "version": P(["17.4.1", "17.5", "16.7.8"])},
        "screen": {"width": P([390, 393, 430]), "height": P([844, 852, 932])},
        "timezone": P(["Asia/Singapore", "Asia/Kolkata", "Asia/Dubai"]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
            "memberNumber": G(lambda f: "SC-" + f.digits(6)),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
        },
    }


def kotlin_context(f):
    return {
        "app": app_block("Spacecraft", "work.spacecraft.android", ["6.4.0", "6.5.1"]),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P(["samsung", "Xiaomi", "OnePlus", "Google", "realme"]),
            "model": P(["SM-S918B", "2201116SI", "CPH2449", "Pixel 8", "RMX3686"]),
            "name": P(["dm3q", "veux", "OP5958L1", "shiba"]),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": P([True, False]),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": P(["1.15.2", "1.16.3"])},
        "locale": P(["en-IN", "en-SG", "hi-IN", "en-AE"]),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            0.5,
        ),
        "network": {
            "wifi": P([True, False]),
            "cellular": P([True, False]),
            "carrier": P(["Jio", "Airtel", "Singtel", "StarHub", "du", "Etisalat"]),
        },
        "os": {"name": G(lambda f: "Android"), "version": P(["14", "13", "12"])},
        "screen": {
            "density": P([2.625, 3.0, 2.75]),
            "width": P([1080, 1220]),
            "height": P([2340, 2400, 2712]),
        },
        "timezone": P(["Asia/Kolkata", "Asia/Singapore", "Asia/Dubai"]),
        "userAgent": P(
            [
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; 2201116SI MIUI/V14.0.3.0)",
            ]
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "mem_" + f.digits(7))},
    }


def rn_kiosk_context(f):
    return {
        "app": app_block("Spacecraft Reception", "work.spacecraft.kiosk", ["3.2.0", "3.3.1"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P(["Apple", "samsung"]),
            "model": P(["iPad13,18", "iPad14,1", "SM-X710"]),
            "name": P(["iPad", "gts9wifi"]),
            "type": P(["ios", "android"]),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": P(["2.19.1", "2.20.3"])},
        "locale": P(["en-SG", "en-IN", "ar-AE", "en-AE"]),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {"name": P(["iPadOS", "Android"]), "version": P(["17.4", "14"])},
        "screen": {"width": P([820, 1024]), "height": P([1180, 1366])},
        "timezone": P(["Asia/Singapore", "Asia/Kolkata", "Asia/Dubai"]),
        "traits": {"kioskId": G(lambda f: "kiosk-" + f.hexid(6)), "locationId": P([s[0] for s in SPACES])},
    }


def flutter_context(f):
    return {
        "app": app_block("Spacecraft Community", "work.spacecraft.community", ["2.8.0", "2.9.3"]),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P(["Apple", "samsung", "Xiaomi"]),
            "model": P(["iPhone14,7", "SM-A546E", "23021RAAEG"]),
            "type": P(["ios", "android"]),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": P(["1.1.3", "1.1.5"])},
        "locale": P(["en_SG", "en_IN", "ar_AE"]),
        "network": {"wifi": P([True, False]), "cellular": P([True, False])},
        "os": {"name": P(["iOS", "Android"]), "version": P(["17.5", "14"])},
        "screen": {"width": P([390, 412]), "height": P([844, 915]), "density": P([3, 2.625])},
        "timezone": P(["Asia/Singapore", "Asia/Kolkata", "Asia/Dubai"]),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "company": P([c[0] for c in COMPANIES]),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": P(versions)}}
    if lib in ("node", "python", "php"):
        ctx["ip"] = Opt(Y(lambda f: f.ip(), "ip"), 0.6)
        ctx["userAgent"] = Opt(P(UAS), 0.5)
    if lib in ("node", "ruby"):
        ctx["groupId"] = Opt(G(lambda f: "co_" + f.digits(6)), 0.5)
    if lib == "python":
        ctx["traits"] = Opt(
            {
                "email": Y(lambda f: f.email(), "email"),
                "plan": P([p[1] for p in PLANS]),
                "homeLocationId": P([s[0] for s in SPACES]),
            },
            0.5,
        )
    if lib == "ruby":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.phone_e164(), "phone", True),
                    "type": G(lambda f: "phone"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.5,
        )
    if lib == "java":
        ctx["source"] = G(lambda f: "billing-svc")
    return ctx


def context_for(client: str, f):
    if client.startswith("web"):
        return web_context(PAGES.get(client, ["/"]))
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "kiosk":
        return rn_kiosk_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(client)


PAGES = {
    "web": [
        "/",
        "/pricing",
        "/locations/singapore/one-raffles-place",
        "/locations/mumbai/bkc-one",
        "/book-a-tour",
    ],
    "web_hub": ["/hub", "/hub/bookings", "/hub/visitors", "/hub/billing", "/hub/events"],
    "web_admin": ["/admin/company", "/admin/employees", "/admin/invoices", "/admin/access"],
}


def space_block():
    return {
        "id": P([s[0] for s in SPACES]),
        "name": P([s[1] for s in SPACES]),
        "city": P([s[2] for s in SPACES]),
        "country": P([s[3] for s in SPACES]),
    }


def product_item():
    return {
        "product_id": P([p[0] for p in PLANS]),
        "sku": P([p[2] for p in PLANS]),
        "name": P([p[1] for p in PLANS]),
        "category": P(["membership", "day_pass", "meeting_credits", "addon"]),
        "price": G(lambda f: f.money(15, 900)),
        "quantity": G(lambda f: f.r.randint(1, 8)),
    }


def free_text_with_name(f):
    name = f.full_name()
    return f.pick(
        [
            f"Please escort {name} to the 12th floor pantry.",
            f"{name} is interviewing with us, send her up to room Ganges.",
            f"Guest: {name}. Will arrive a bit late.",
            f"Let {name} in, he is collecting a monitor.",
            f"Expecting {name} from the auditors.",
        ]
    )


def meeting_title(f):
    first, _, full = f.person()
    return f.pick(
        [
            f"Interview: {full}",
            f"1:1 with {first}",
            f"Call with {full} (Globex)",
            f"{first}'s farewell lunch",
            f"Onboarding - {full}",
        ]
    )


# -- events ------------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, body, weight)

EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # -- marketing site ----------------------------------------------------------------------------
    (
        "page",
        "Location",
        ["web"],
        {
            "path": P(PAGES["web"]),
            "url": P(["https://spacecraft.work" + p for p in PAGES["web"]]),
            "title": P(["One Raffles Place | Spacecraft", "BKC One | Spacecraft", "Pricing | Spacecraft"]),
            "location_slug": P(["one-raffles-place", "bkc-one", "difc-gate-village", "koramangala-hub"]),
            "location_city": P([s[2] for s in SPACES]),
        },
        2,
    ),
    (
        "track",
        "Locations Searched",
        ["web", "swift", "kotlin"],
        {
            "query": P(
                [
                    "Bandra Kurla Complex",
                    "Dubai Marina",
                    "near Tanjong Pagar MRT",
                    "Koramangala",
                    "Cyber City",
                    "coworking JLT",
                    "Raffles Place",
                ]
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "sort": P(["distance", "price_asc", "popularity"]),
            "search_lat": G(lambda f: f.pick(SPACES)[5]),
            "search_lng": G(lambda f: f.pick(SPACES)[6]),
        },
        2,
    ),
    (
        "track",
        "Location Viewed",
        ["web", "swift", "kotlin"],
        {
            "location": {
                **space_block(),
                "address": P([s[4] for s in SPACES]),
                "lat": P([s[5] for s in SPACES]),
                "lng": P([s[6] for s in SPACES]),
                "phone": P(["+65 6805 1200", "+91 22 6170 4400", "+971 4 425 0800", "+91 80 4718 2200"]),
                "email": P(["hello.sg@spacecraft.work", "bkc@spacecraft.work", "difc@spacecraft.work"]),
                "wheelchair_accessible": P([True, False]),
            },
        },
        2,
    ),
    (
        "track",
        "Tour Requested",
        ["web"],
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "company_name": P([c[0] for c in COMPANIES]),
            "team_size": P(["1", "2-5", "6-15", "16-50", "50+"]),
            "preferred_location": P([s[1] for s in SPACES]),
            "preferred_date": G(lambda f: f.day()),
            "message": G(
                lambda f: f.pick(
                    [
                        "Looking for a 6-seat office from next quarter.",
                        "Need a virtual office for GST registration.",
                        "Can we see the event space?",
                        "Interested in hot desks for 3 people.",
                    ]
                )
            ),
            "whatsapp_opt_in": P([True, False]),
            "hubspotutk": Y(lambda f: f.hexid(32), "advertising id"),
        },
        2,
    ),
    (
        "track",
        "立即咨询",
        ["web"],
        {
            "姓名": Y(lambda f: f.pick(CHINESE_NAMES), "name"),
            "手机号码": Y(lambda f: f.phone("sg"), "phone"),
            "邮箱": Y(lambda f: f.email(), "email"),
            "公司名称": P(["Kopi Labs Pte Ltd", "Globex Asia Pte. Ltd.", "星河科技"]),
            "团队人数": P([1, 3, 5, 10]),
            "意向地点": P(["One Raffles Place", "Paya Lebar Quarter", "不确定"]),
            "语言": G(lambda f: "zh-SG"),
        },
        1,
    ),
    (
        "track",
        "Landing Page Viewed",
        ["web"],
        {
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.6),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.4),
            "utm_source": P(["google", "facebook", "linkedin"]),
            "utm_campaign": P(["q2_bkc_launch", "difc_open_house", "sg_hotdesk_retarget"]),
            "landing_variant": P(["A", "B", "C"]),
        },
        2,
    ),
    # -- signup / identity ------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web_hub", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "memberNumber": G(lambda f: "SC-" + f.digits(6)),
            "company": {"id": G(lambda f: "co_" + f.digits(6)), "name": P([c[0] for c in COMPANIES])},
            "title": P(
                [
                    "Founder",
                    "Product Manager",
                    "Software Engineer",
                    "Chartered Accountant",
                    "Designer",
                    "Head of Growth",
                ]
            ),
            "birthday": Opt(Y(lambda f: f.date(1965, 2003), "birthdate"), 0.6),
            "gender": Opt(Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"), 0.5),
            "avatar": Opt(Y(lambda f: f"https://cdn.spacecraft.work/avatars/{f.uuid()}.jpg", "photo"), 0.6),
            "plan": P([p[1] for p in PLANS]),
            "homeLocationId": P([s[0] for s in SPACES]),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": P([True, False]),
            "phoneVerified": P([True, False]),
            "marketingOptIn": P([True, False]),
            "age": Opt(G(lambda f: f.r.randint(21, 62)), 0.4),
            "city": Opt(Y(lambda f: f.home_city(), "city"), 0.5),
            "address": Opt(
                {
                    "street": Y(lambda f: f.home_address()["line1"], "address|street"),
                    "city": Y(lambda f: f.home_address()["city"], "city"),
                    "postalCode": Y(lambda f: f.postal(), "zipcode"),
                    "country": P(["SG", "IN", "AE"]),
                },
                0.5,
            ),
            "nationality": Opt(
                Y(
                    lambda f: f.pick(
                        ["Singaporean", "Indian", "Emirati", "Filipino", "British", "Pakistani"]
                    ),
                    "citizenship",
                ),
                0.4,
            ),
        },
        3,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "nric_masked": RED(lambda f: "*****" + f.nric()[-4:], "national id"),
            "member_since": G(lambda f: f.date(2019, 2024)),
            "membership_status": P(["active", "paused", "churned", "trial"]),
            "age_band": P(["18-24", "25-34", "35-44", "45-54"]),
            "marital_status": P(["single", "married", "prefer_not_to_say"]),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": P(["spouse", "parent", "sibling", "friend"]),
            },
            "home_address": Y(lambda f: f.address_line(), "address"),
            "phone_country_code": P(["+65", "+91", "+971"]),
            "email_domain": P([c[1] for c in COMPANIES]),
        },
        2,
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "MEMBER_ID": G(lambda f: "mem_" + f.digits(7)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "MOBILE": Y(lambda f: f.phone_e164(), "phone"),
            "ADDRESS_LINE_1": Y(lambda f: f.home_address()["line1"], "address|street"),
            "POSTAL_CODE": Y(lambda f: f.postal(), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "NATIONALITY": Y(lambda f: f.pick(["IN", "SG", "AE", "PH", "GB", "PK"]), "citizenship"),
            "PLAN_TIER": P(["hot_desk", "dedicated", "private_office", "virtual"]),
            "LTV_SGD": G(lambda f: f.money(50, 40000)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_BOOKING_AT": G(lambda f: f.iso()),
            "HOME_LOCATION_ID": P([s[0] for s in SPACES]),
            "IS_COMPANY_ADMIN": P([True, False]),
        },
        2,
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "signup_method": P(["email", "google", "apple", "linkedin"]),
            "email": Y(lambda f: f.email(), "email"),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "referral_code": Opt(G(lambda f: f.hexid(6).upper()), 0.4),
            "invited_by_company_id": Opt(G(lambda f: "co_" + f.digits(6)), 0.4),
            "accepted_terms": G(lambda f: True),
        },
        2,
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}, 1),
    (
        "track",
        "OTP Requested",
        ["go"],
        {
            "phone": Y(lambda f: f.phone_e164(), "phone"),
            "otp_code": RED(lambda f: f.otp(), "token"),
            "channel": P(["sms", "whatsapp", "voice"]),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_sec": G(lambda f: 300),
            "provider": P(["twilio", "msg91", "unifonic"]),
            "request_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Phone Verified",
        ["swift", "kotlin"],
        {
            "verified": G(lambda f: True),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "user_input": Y(lambda f: f.phone(), "phone", True),
            "country_code": P(["SG", "IN", "AE"]),
            "seconds_to_verify": G(lambda f: f.r.randint(8, 200)),
        },
        2,
    ),
    (
        "track",
        "Sign In Link Sent",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "link": RED(
                lambda f: f"https://hub.spacecraft.work/auth/verify?token={f.b64ish(43)}&next=%2Fhub",
                "token",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
            "template": G(lambda f: "magic_link_v3"),
        },
        2,
    ),
    (
        "track",
        "Logged In",
        ["web_hub", "swift", "kotlin"],
        {
            "method": P(["password", "magic_link", "google", "apple", "otp"]),
            "mfa_enabled": P([True, False]),
            "password_strength": P(["weak", "fair", "strong"]),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(lambda f: f.r.randint(1, 900)),
        },
        2,
    ),
    # -- checkout (e-commerce spec) ---------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            **product_item(),
            "url": P(
                [
                    "https://spacecraft.work/plans/hot-desk",
                    "https://spacecraft.work/plans/private-office",
                    "https://spacecraft.work/plans/day-pass",
                ]
            ),
            "image_url": G(lambda f: f"https://cdn.spacecraft.work/plans/{f.hexid(10)}.webp"),
            "currency": P(["SGD", "INR", "AED"]),
            "location_id": P([s[0] for s in SPACES]),
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "revenue": G(lambda f: f.money(20, 3000)),
            "tax": G(lambda f: f.money(1, 400)),
            "coupon": P(["FIRSTMONTH50", "", "DIWALI24", "RAMADAN15"]),
            "currency": P(["SGD", "INR", "AED"]),
            "products": Many(product_item(), 2),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "payment_method_type": P(["card", "upi", "netbanking", "paynow", "apple_pay"]),
            "payment_method_id": RED(lambda f: f.stripe_id("pm_"), "token"),
            "card_brand": P(["visa", "mastercard", "amex", "rupay"]),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["411111", "524193", "652150", "376211"])),
            "billing_name": Y(lambda f: f.full_name(), "name"),
            "billing_postcode": Y(lambda f: f.postal(), "zipcode"),
            "save_card": P([True, False]),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        ["node", "web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "total": G(lambda f: f.money(20, 3000)),
            "subtotal": G(lambda f: f.money(20, 3000)),
            "gst_amount": G(lambda f: f.money(1, 300)),
            "currency": P(["SGD", "INR", "AED"]),
            "products": Many(product_item(), 2),
            "billing_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.home_address()["line1"], "address|street"),
                "line2": Y(lambda f: f.home_address()["line2"], "address|street"),
                "city": Y(lambda f: f.home_address()["city"], "city"),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "state": P(["MH", "KA", "HR", "DU", ""]),
                "country": P(["SG", "IN", "AE"]),
            },
            "customer_gstin": Opt(G(lambda f: f.gstin()), 0.4),
            "receipt_number": G(lambda f: f.lucky_order_number()),
        },
        2,
    ),
    (
        "track",
        "Subscription Purchased",
        ["swift"],
        {
            "product_id": P(["work.spacecraft.daypass.10", "work.spacecraft.hotdesk.monthly"]),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "appAccountToken": G(lambda f: f.uuid()),
            "price": G(lambda f: f.money(10, 400)),
            "currency": P(["SGD", "INR", "AED"]),
            "is_trial": P([True, False]),
        },
        2,
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        ["node"],
        {
            "id": G(lambda f: f.stripe_id("ch_", 24)),
            "amount": G(lambda f: f.r.randint(2000, 300000)),
            "currency": P(["sgd", "aed"]),
            "customer": G(lambda f: f.stripe_id("cus_", 14)),
            "payment_intent": G(lambda f: f.stripe_id("pi_", 24)),
            "payment_method": RED(lambda f: f.stripe_id("pm_", 24), "token"),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone_e164(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.home_address()["line1"], "address|street"),
                    "city": Y(lambda f: f.home_address()["city"], "city"),
                    "postal_code": Y(lambda f: f.postal(), "zipcode"),
                    "country": P(["SG", "AE", "IN"]),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": P(["visa", "mastercard", "amex"]),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "country": P(["SG", "AE", "US", "IN"]),
                }
            },
        },
        2,
    ),
    (
        "track",
        "Razorpay Payment Captured",
        ["php"],
        {
            "razorpay_payment_id": G(lambda f: "pay_" + f.b64ish(14).replace("-", "A").replace("_", "b")),
            "razorpay_order_id": G(lambda f: "order_" + f.b64ish(14).replace("-", "Q").replace("_", "z")),
            "razorpay_signature": G(lambda f: f.sha256()),
            "amount": G(lambda f: f.r.randint(50000, 5000000)),
            "currency": G(lambda f: "INR"),
            "method": P(["upi", "card", "netbanking", "wallet"]),
            "vpa": RED(lambda f: f.vpa(), "bank account"),
            "contact": Y(lambda f: "+91" + f.digits(10), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "acquirer_data": {
                "rrn": G(lambda f: f.digits(12)),
                "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
            },
        },
        2,
    ),
    # -- bookings ---------------------------------------------------------------------------------
    (
        "screen",
        "Desk Map",
        ["swift", "kotlin"],
        {
            "floor": P(["L12", "L20", "3F", "Mezzanine"]),
            "location_id": P([s[0] for s in SPACES]),
            "available_desks": G(lambda f: f.r.randint(0, 80)),
        },
        2,
    ),
    (
        "track",
        "Desk Booked",
        ["swift", "kotlin", "web_hub"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "desk_id": G(lambda f: f.digits(5)),
            "desk_label": P(["3F-D12", "L20-HD-07", "12A-04", "M-22"]),
            "location": space_block(),
            "start_time": G(lambda f: f.ts()),
            "end_time": G(lambda f: f.ts()),
            "duration_minutes": P([60, 120, 240, 480, 540]),
            "credits_used": G(lambda f: f.r.randint(0, 12)),
            "needs_accessible_desk": RED(lambda f: f.pick([True, False]), "disability"),
        },
        3,
    ),
    (
        "track",
        "Meeting Room Booked",
        ["web_hub", "swift", "kotlin"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "room_id": G(lambda f: "rm_" + f.digits(4)),
            "room_name": P(ROOMS),
            "capacity": P([4, 6, 8, 12, 20]),
            "location_id": P([s[0] for s in SPACES]),
            "summary": Y(meeting_title, "name", True),
            "organizer_email": Y(lambda f: f.email(work=True), "email"),
            "attendees": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "is_external": P([True, False]),
                    "response": P(["accepted", "tentative", "needs_action"]),
                },
                4,
            ),
            "starts_at": G(lambda f: f.ts()),
            "duration_min": P([30, 60, 90, 120]),
        },
        3,
    ),
    (
        "track",
        "Booking Cancelled",
        ["web_hub", "swift", "kotlin", "node"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "booking_type": P(["desk", "meeting_room", "day_pass", "event_space"]),
            "reason": P(["plans_changed", "wfh", "sick", "duplicate", "no_show_auto"]),
            "credits_refunded": G(lambda f: f.r.randint(0, 12)),
        },
        2,
    ),
    (
        "track",
        "Booking Reminder Sent",
        ["go"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "destination": Y(lambda f: f.email(), "email", True),
            "channel": G(lambda f: "email"),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.spacecraft.work>"),
            "template": P(["booking_reminder_1h", "booking_reminder_24h"]),
            "from": P(["no-reply@spacecraft.work", "bookings@spacecraft.work"]),
        },
        2,
    ),
    # -- visitors -----------------------------------------------------------------------------------
    (
        "track",
        "Visitor Invited",
        ["web_hub", "swift", "kotlin"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "visitor": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "company": P([c[0] for c in COMPANIES] + ["Freelancer"]),
                "vehicle_plate": Opt(Y(lambda f: f.plate(), "license"), 0.4),
            },
            "host": {
                "member_id": G(lambda f: "mem_" + f.digits(7)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(work=True), "email"),
            },
            "expected_arrival": G(lambda f: f.ts()),
            "purpose": P(["meeting", "interview", "delivery", "contractor", "personal"]),
            "location_id": P([s[0] for s in SPACES]),
            "parking_required": P([True, False]),
            "nda_required": P([True, False]),
            "note": Y(free_text_with_name, "name", True),
            "visitor_count": G(lambda f: f.r.randint(1, 4)),
        },
        3,
    ),
    (
        "track",
        "Visitor Checked In",
        ["kiosk"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "visitor_name": Y(lambda f: f.full_name(), "name"),
            "visitor_email": Opt(Y(lambda f: f.email(), "email"), 0.6),
            "visitor_mobile": Y(lambda f: f.phone(), "phone"),
            "host_name": Y(lambda f: f.full_name(), "name"),
            "id_document": {
                "type": P(["nric", "fin", "aadhaar", "emirates_id", "passport"]),
                "number": RED(lambda f: f.gov_id(), "national id|passport"),
                "issuing_country": P(["SG", "IN", "AE", "PH", "GB", "PK"]),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "nationality": Y(lambda f: f.pick(["SGP", "IND", "ARE", "PHL", "GBR", "PAK"]), "citizenship"),
                "date_of_birth": Y(lambda f: f.date(1960, 2005), "birthdate"),
                "scan_image_url": Y(
                    lambda f: f"https://files.spacecraft.work/idscans/{f.uuid()}.jpg", "photo"
                ),
            },
            "selfie_url": Y(lambda f: f"https://files.spacecraft.work/selfies/{f.uuid()}.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "badge_number": G(lambda f: f"V-{f.r.randint(1, 999):03d}"),
            "host_notified": P([True, False]),
            "host_member_id": G(lambda f: "mem_" + f.digits(7)),
        },
        3,
    ),
    (
        "track",
        "Passport Scanned",
        ["kiosk"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "mrz_line_2": RED(lambda f: f.mrz_line2(), "passport"),
            "mrz_valid": P([True, False]),
            "scanner_model": P(["Regula 7028M", "ARH ComboSmart", "Thales AT10K"]),
            "duration_ms": G(lambda f: f.r.randint(400, 4000)),
        },
        2,
    ),
    (
        "track",
        "تسجيل زائر",
        ["kiosk"],
        {
            "الاسم_الكامل": Y(lambda f: f.pick(ARABIC_NAMES), "name"),
            "رقم_الجوال": Y(lambda f: f.phone("ae"), "phone"),
            "رقم_الهوية": RED(lambda f: f.emirates_id(), "national id"),
            "الجنسية": Y(lambda f: f.pick(["الإمارات", "مصر", "الأردن", "الهند", "باكستان"]), "citizenship"),
            "الشركة": P(["Sandstone Ventures FZ-LLC", "Falcon Freight DMCC", "شركة الواحة"]),
            "سبب_الزيارة": P(["اجتماع", "مقابلة", "توصيل"]),
            "تاريخ_الزيارة": G(lambda f: f.day()),
        },
        2,
    ),
    (
        "track",
        "Aagantuk Panjikaran",
        ["php"],
        {
            "naam": Y(lambda f: f.full_name(), "name"),
            "mobile_sankhya": Y(lambda f: f.phone("in"), "phone"),
            "pata": Y(lambda f: f.address_line(), "address"),
            "aadhaar_sankhya": RED(lambda f: f.aadhaar(), "national id"),
            "uddeshya": P(["baithak", "saakshatkaar", "delivery"]),
            "sthaan": P(["BKC One", "Koramangala Hub", "Cyber City Tower 8"]),
            "samay": G(lambda f: f.ts()),
        },
        1,
    ),
    (
        "track",
        "Pendaftaran Pelawat",
        ["kiosk"],
        {
            "nama_penuh": Y(lambda f: f.full_name(), "name"),
            "no_telefon_bimbit": Y(lambda f: f.phone("sg"), "phone"),
            "syarikat": P([c[0] for c in COMPANIES]),
            "tujuan_lawatan": P(["mesyuarat", "temuduga", "penghantaran"]),
            "bilangan_tetamu": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    # -- door access / mobile keys ----------------------------------------------------------------
    (
        "track",
        "Door Unlocked",
        ["swift", "kotlin"],
        {
            "door_id": G(lambda f: "door_" + f.digits(4)),
            "door_name": P(
                ["Main Entrance L12", "Phone Booth 3", "Bike Room", "Lift Lobby B", "Private Office 1205"]
            ),
            "method": P(["ble", "nfc", "qr", "remote"]),
            "mobile_key_id": G(lambda f: "mk_" + f.hexid(16)),
            "success": P([True, True, False]),
            "latency_ms": G(lambda f: f.r.randint(80, 2500)),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "location_id": P([s[0] for s in SPACES]),
        },
        4,
    ),
    (
        "track",
        "Mobile Key Issued",
        ["node"],
        {
            "key_id": G(lambda f: "mk_" + f.hexid(16)),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "access_groups": Many(P(["all-members", "L12-office-1205", "bike-room", "24x7"]), 3),
            "invitation_code": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "token"),
            "sent_to": Y(lambda f: f.phone_e164(), "phone", True),
            "credential_blob": RED(lambda f: f.b64ish(88), "secret"),
            "vendor": P(["salto_ks", "kisi", "hid_origo"]),
            "issued_by_admin_id": G(lambda f: "mem_" + f.digits(7)),
        },
        2,
    ),
    (
        "track",
        "Access Denied",
        ["go"],
        {
            "door_id": G(lambda f: "door_" + f.digits(4)),
            "reason": P(["expired_membership", "outside_schedule", "unknown_credential", "anti_passback"]),
            "badge_uid": Y(lambda f: f.hexid(8).upper(), "serial"),
            "badge_number": G(lambda f: f.digits(6)),
            "attempts_last_hour": G(lambda f: f.r.randint(1, 6)),
            "location_id": P([s[0] for s in SPACES]),
        },
        2,
    ),
    (
        "track",
        "lock-event",
        ["ruby"],
        {
            "event-type": P(["unlock", "unlock_failed", "door_held_open"]),
            "lock-id": G(lambda f: f.digits(6)),
            "place-id": G(lambda f: f.digits(5)),
            "actor-type": P(["user", "schedule", "admin"]),
            "actor-email": Y(lambda f: f.email(), "email"),
            "actor-name": Y(lambda f: f.full_name(), "name"),
            "occurred-at": G(lambda f: f.iso()),
            "device-platform": P(["ios", "android", "tap_card"]),
            "geofence-passed": P([True, False]),
            "source-ip": Y(lambda f: f.ip(), "ip"),
        },
        2,
    ),
    (
        "track",
        "WiFi Credentials Viewed",
        ["swift", "kotlin"],
        {
            "ssid": P(["Spacecraft-Members", "Spacecraft-5G", "SC-Secure"]),
            "auth_type": P(["wpa2_enterprise", "wpa3_personal", "wpa2_personal"]),
            "username": Y(lambda f: f.email(), "email"),
            "wifi_password": RED(
                lambda f: f.pick(["Kopi", "Chai", "Dates", "Mango"]) + f.b64ish(6) + f.pick(["!", "#", "$"]),
                "password",
            ),
            "copied_to_clipboard": P([True, False]),
        },
        2,
    ),
    (
        "track",
        "Guest WiFi Voucher Issued",
        ["kiosk"],
        {
            "voucher_code": RED(lambda f: f.b64ish(8).upper().replace("-", "7").replace("_", "K"), "token"),
            "guest_name": Y(lambda f: f.full_name(), "name"),
            "guest_mobile": Y(lambda f: f.phone(), "phone"),
            "valid_hours": P([4, 8, 24]),
            "bandwidth_mbps": P([10, 25, 50]),
        },
        2,
    ),
    (
        "track",
        "Parking Pass Requested",
        ["web_hub", "kotlin"],
        {
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "iu_number": Y(lambda f: "11" + f.digits(8), "serial"),
            "vehicle_make": P(["Toyota", "Honda", "Tesla", "Maruti Suzuki", "Nissan", "Hyundai"]),
            "ev_charging": P([True, False]),
            "pass_type": P(["monthly", "daily", "visitor"]),
            "price": G(lambda f: f.money(5, 350)),
        },
        2,
    ),
    # -- companies and employees ------------------------------------------------------------------
    (
        "group",
        None,
        ["dotnet"],
        {
            "Name": P([c[0] for c in COMPANIES]),
            "EmployeeCount": G(lambda f: f.r.randint(2, 400)),
            "Plan": P(["Enterprise", "Team", "Virtual Office"]),
            "BillingEmail": P(
                ["accounts@" + c[1] for c in COMPANIES] + ["finance@" + c[1] for c in COMPANIES]
            ),
            "Phone": P(["+65 6123 4500", "+91 22 4012 7700", "+971 4 567 8900", "+91 80 4912 3300"]),
            "Address": {
                "Street": P(
                    [
                        "71 Robinson Road, #14-01",
                        "Unit 1204, Platinum Tower, JLT",
                        "3rd Floor, Raheja Tower, BKC",
                        "Office 5, Building 2, Dubai Internet City",
                    ]
                ),
                "City": P(["Singapore", "Dubai", "Mumbai", "Bengaluru"]),
                "PostalCode": P(["068895", "400051", "560034", ""]),
                "Country": P(["SG", "AE", "IN"]),
            },
            "TaxId": P(["GSTIN", "TRN", "UEN"]),
            "TaxNumber": G(lambda f: f.pick([f.gstin, f.trn, f.uen])()),
            "TradeLicenseNumber": Opt(G(lambda f: f"{f.r.randint(100000, 999999)}"), 0.4),
            "CreatedAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "group",
        None,
        ["web_admin"],
        {
            "name": P([c[0] for c in COMPANIES]),
            "industry": P(["Software", "Logistics", "Legal", "Design"]),
            "employees": G(lambda f: f.r.randint(2, 400)),
            "plan": P(["enterprise", "team"]),
            "website": P(["https://" + c[1] for c in COMPANIES]),
            "admin_email": Y(lambda f: f.email(work=True), "email"),
            "admin_name": Y(lambda f: f.full_name(), "name"),
        },
        2,
    ),
    (
        "track",
        "Employee Added",
        ["dotnet"],
        {
            "CompanyId": G(lambda f: "co_" + f.digits(6)),
            "EmployeeId": G(lambda f: f.digits(5)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "WorkEmail": Y(lambda f: f.email(work=True), "email"),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "JobTitle": P(["Analyst", "Engineering Manager", "Sales Executive", "Intern", "CFO"]),
            "Department": P(["Engineering", "Sales", "Finance", "Operations"]),
            "Role": P(["member", "admin", "billing_admin"]),
            "StartDate": G(lambda f: f.date(2020, 2025)),
            "DateOfBirth": Opt(Y(lambda f: f.date(1965, 2004), "birthdate"), 0.5),
            "PersonalEmail": Opt(Y(lambda f: f.email(), "email"), 0.5),
            "EmergencyContactPhone": Opt(Y(lambda f: f.phone(), "phone"), 0.4),
            "SendWelcomeEmail": P([True, False]),
        },
        2,
    ),
    # -- invoices and payments --------------------------------------------------------------------
    (
        "track",
        "Invoice Issued",
        ["python"],
        {
            "invoice_number": G(
                lambda f: f"SC/{f.pick(['SG', 'IN', 'AE'])}/24-25/{f.r.randint(1, 99999):05d}"
            ),
            "invoice_date": G(lambda f: f.day()),
            "company_id": G(lambda f: "co_" + f.digits(6)),
            "company_name": P([c[0] for c in COMPANIES]),
            "supplier_gstin": G(lambda f: f.gstin()),
            "buyer_gstin": G(lambda f: f.gstin()),
            "buyer_trn": Opt(G(lambda f: f.trn()), 0.4),
            "bill_to": {
                "line1": P(
                    [
                        "3rd Floor, Raheja Tower, BKC",
                        "71 Robinson Road, #14-01",
                        "Office 5, Building 2, Dubai Internet City",
                    ]
                ),
                "city": P(["Mumbai", "Singapore", "Dubai"]),
                "pincode": P(["400051", "068895", "560034"]),
                "country": P(["IN", "SG", "AE"]),
            },
            "billing_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(work=True), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "ap_mailbox": P(["accounts@" + c[1] for c in COMPANIES] + ["ap@" + c[1] for c in COMPANIES]),
            "line_items": Many(
                {
                    "description": P(
                        [
                            "Private Office (8 pax) - Jun",
                            "Meeting room credits",
                            "Printing",
                            "Parking - B2 monthly",
                        ]
                    ),
                    "sac_code": P(["997212", "998599", "996742"]),
                    "quantity": G(lambda f: f.r.randint(1, 10)),
                    "amount": G(lambda f: f.money(10, 5000)),
                },
                4,
            ),
            "total": G(lambda f: f.money(100, 100000)),
            "currency": P(["INR", "SGD", "AED"]),
            "irn": G(lambda f: f.sha256()),
        },
        3,
    ),
    (
        "track",
        "Receipt Emailed",
        ["python"],
        {
            "receipt_id": G(lambda f: "rcpt_" + f.hexid(10)),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "customer_pan": RED(lambda f: f.pan("P"), "national id"),
            "customer_address": Y(lambda f: f.address_line(), "address"),
            "amount": G(lambda f: f.r.randint(500, 40000)),
            "currency": G(lambda f: "INR"),
            "tds_deducted": P([True, False]),
            "smtp_id": G(lambda f: f"<{f.uuid()}@ses.spacecraft.work>"),
        },
        2,
    ),
    (
        "track",
        "Invoice Paid",
        ["java"],
        {
            "paymentId": G(lambda f: f.uuid()),
            "invoiceNumber": G(lambda f: f"SC/IN/24-25/{f.r.randint(1, 99999):05d}"),
            "amount": G(lambda f: f.money(1000, 900000)),
            "currency": P(["INR", "SGD", "AED"]),
            "method": P(["neft", "imps", "upi", "giro", "paynow", "bank_transfer"]),
            "utr": G(lambda f: f.pick(["HDFCR5" + f.digits(16), f.digits(12)])),
            "payerName": Y(lambda f: f.full_name(), "name"),
            "payerAccountNumber": RED(lambda f: f.bank_account_no(), "bank account"),
            "payerIfsc": G(lambda f: f.ifsc()),
            "payerAccountLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "payerVpa": Opt(RED(lambda f: f.vpa(), "bank account"), 0.5),
        },
        2,
    ),
    (
        "track",
        "Deposit Refund Initiated",
        ["dotnet"],
        {
            "RefundId": G(lambda f: f.uuid()),
            "MembershipId": G(lambda f: "ms_" + f.digits(6)),
            "Amount": G(lambda f: f.money(500, 20000)),
            "Currency": G(lambda f: "AED"),
            "BeneficiaryName": Y(lambda f: f.full_name(), "name"),
            "BeneficiaryIban": RED(lambda f: f.ae_iban(), "bank account"),
            "SwiftCode": P(["EBILAEAD", "NBADAEAA", "ADCBAEAA", "MASHAEAD"]),
            "BankName": P(["Emirates NBD", "First Abu Dhabi Bank", "ADCB", "Mashreq"]),
            "ExpectedSettlement": G(lambda f: f.day()),
        },
        2,
    ),
    (
        "track",
        "Membership Started",
        ["node"],
        {
            "membership_id": G(lambda f: "ms_" + f.digits(6)),
            "plan_id": P([p[0] for p in PLANS]),
            "plan_name": P([p[1] for p in PLANS]),
            "start_date": G(lambda f: f.day()),
            "monthly_fee": G(lambda f: f.money(150, 4000)),
            "currency": P(["SGD", "INR", "AED"]),
            "home_location": space_block(),
            "referred_by_member_id": Opt(G(lambda f: "mem_" + f.digits(7)), 0.4),
            "referrer_email": Opt(Y(lambda f: f.email(), "email"), 0.4),
        },
        2,
    ),
    (
        "track",
        "Agreement Signed",
        ["node"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": P(["completed", "signed"]),
            "signer": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "ipAddress": Y(lambda f: f.ip(), "ip"),
                "signedAt": G(lambda f: f.iso()),
                "routingOrder": P([1, 2, 3]),
            },
            "templateName": P(
                ["Membership Agreement SG v7", "Office Licence IN v3", "Flexi Desk Licence AE v2"]
            ),
        },
        2,
    ),
    # -- visa and corporate services (UAE) ---------------------------------------------------------
    (
        "track",
        "Visa Service Requested",
        ["web_hub", "php"],
        {
            "request_id": G(lambda f: f.uuid()),
            "company_id": G(lambda f: "co_" + f.digits(6)),
            "service": P(["employment_visa", "visa_renewal", "family_visa", "golden_visa_assist"]),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "passport_number": RED(lambda f: f.passport_no(), "passport"),
            "emirates_id": Opt(RED(lambda f: f.emirates_id(), "national id"), 0.5),
            "current_visa_status": RED(
                lambda f: f.pick(["visit_visa", "employment_visa", "none", "cancelled_in_country"]), "visa"
            ),
            "sponsorship_required": RED(lambda f: f.pick([True, False]), "visa"),
            "visas_allocated": G(lambda f: f.r.randint(1, 6)),
            "fee_aed": G(lambda f: f.money(800, 7000)),
        },
        2,
    ),
    # -- community ---------------------------------------------------------------------------------
    (
        "track",
        "Event RSVP",
        ["flutter", "web_hub"],
        {
            "event_id": G(lambda f: "ev_" + f.digits(5)),
            "event_name": P(COMMUNITY_EVENTS),
            "event_date": G(lambda f: f.day()),
            "venue": P([s[1] for s in SPACES]),
            "rsvp_status": P(["going", "maybe", "not_going", "waitlist"]),
            "guests": Many(
                {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")}, 2
            ),
            "dietary_requirements": Y(
                lambda f: f.pick(
                    [
                        "vegetarian",
                        "halal",
                        "jain",
                        "vegan",
                        "nut allergy",
                        "gluten-free",
                        "kosher",
                        "lactose intolerant",
                    ]
                ),
                "religion|allergy",
            ),
            "requires_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "tshirt_size": P(["S", "M", "L", "XL"]),
            "plus_ones": G(lambda f: f.r.randint(0, 2)),
        },
        3,
    ),
    (
        "track",
        "Family Day Registered",
        ["flutter"],
        {
            "event_id": G(lambda f: "ev_" + f.digits(5)),
            "children": Many(
                {
                    "name": Y(lambda f: f.first(), "name"),
                    "age": G(lambda f: f.r.randint(2, 14)),
                    "tshirt": P(["kids-S", "kids-M", "kids-L"]),
                },
                3,
            ),
            "pets": Many(
                {
                    "name": P(["Mochi", "Bruno", "Simba", "Kaju", "Luna", "Tiger"]),
                    "species": P(["dog", "cat", "rabbit"]),
                    "breed": P(["Shih Tzu", "Indie", "Beagle", "Persian"]),
                },
                1,
            ),
            "parent_mobile": Y(lambda f: f.phone(), "phone"),
            "photo_consent": P([True, False]),
        },
        2,
    ),
    (
        "track",
        "Member Directory Searched",
        ["flutter", "web_hub"],
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.first(), f.last()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 30)),
            "filter_skill": P(["", "design", "fundraising", "react", "tax"]),
            "scope": P(["my_location", "all_locations", "my_company"]),
        },
        2,
    ),
    (
        "track",
        "Member Profile Viewed",
        ["flutter"],
        {
            "viewed_member_id": G(lambda f: "mem_" + f.digits(7)),
            "viewed_member_name": Y(lambda f: f.full_name(), "name"),
            "viewed_member_company": P([c[0] for c in COMPANIES]),
            "skills": Many(P(["UX", "Python", "GST filing", "Fundraising", "Arabic translation"]), 3),
        },
        2,
    ),
    (
        "track",
        "Message Posted",
        ["flutter"],
        {
            "channel": P(["#marketplace", "#general-bkc", "#lost-and-found"]),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Selling a standing desk, 40 SGD. Email me {f.email()}",
                        f"Anyone need a spare monitor? ping {f.email()}",
                        f"Found a black wallet at L12 pantry, contact {f.email()}",
                        f"Looking for a CA for GST filing, intros to {f.email()} please",
                    ]
                ),
                "email",
                True,
            ),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "thread_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Referral Sent",
        ["flutter", "web_hub"],
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_email": Y(lambda f: f.email(), "email"),
            "referee_phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
            "channel": P(["email", "whatsapp", "link"]),
            "reward_credits": P([50, 100, 200]),
        },
        2,
    ),
    (
        "track",
        "Desk Nameplate Printed",
        ["go"],
        {
            "desk_id": G(lambda f: f.digits(5)),
            "label": Y(lambda f: f.full_name(), "name", True),
            "printer": P(["Brother QL-820", "Dymo 450", "Zebra ZD421"]),
        },
        1,
    ),
    # -- reception: parcels -----------------------------------------------------------------------
    (
        "track",
        "Parcel Received",
        ["kotlin", "kiosk"],
        {
            "parcel_id": G(lambda f: "pcl_" + f.hexid(10)),
            "courier": P(COURIERS),
            "tracking_number": G(
                lambda f: f.pick(
                    [
                        "SPNDD" + f.digits(10),
                        f.digits(11),
                        "NVSG" + f.hexid(10).upper(),
                        "1Z" + f.hexid(16).upper(),
                    ]
                )
            ),
            "recipient": {
                "member_id": G(lambda f: "mem_" + f.digits(7)),
                "name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "company": P([c[0] for c in COMPANIES]),
            },
            "shelf": P(["A1", "A2", "B4", "Cold-1", "Oversize"]),
            "received_by": Y(lambda f: f.first(), "name"),
            "pickup_code": RED(lambda f: f.otp(6), "token"),
            "notify_channel": P(["whatsapp", "sms", "email", "push"]),
        },
        3,
    ),
    (
        "track",
        "Parcel Collected",
        ["kiosk"],
        {
            "parcel_id": G(lambda f: "pcl_" + f.hexid(10)),
            "collected_by_name": Y(lambda f: f.full_name(), "name"),
            "collected_by_self": P([True, False]),
            "id_verified": P([True, False]),
            "signature_captured": P([True, False]),
        },
        2,
    ),
    (
        "track",
        "SMS Sent",
        ["ruby"],
        {
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.phone_e164(), "phone", True),
            "from": P(["+6531591234", "+12025550143", "SPACECRFT"]),
            "body": RED(
                lambda f: f.pick(
                    [
                        f"Hi {f.first()}, a parcel from {f.pick(COURIERS)} is waiting at reception. "
                        f"Pickup code: {f.otp()}",
                        f"{f.first()}, your package is at the front desk (shelf B4). "
                        f"Show code {f.otp()} to collect.",
                        f"Dear {f.first()}, parcel received. Collection code {f.otp()}. - Spacecraft",
                    ]
                ),
                "token|name",
                True,
            ),
            "status": P(["queued", "sent", "delivered", "undelivered"]),
            "num_segments": P(["1", "2", "3"]),
            "price": P(["-0.0415", "-0.0600", None]),
        },
        2,
    ),
    (
        "track",
        "WhatsApp Template Sent",
        ["python"],
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "to": Y(lambda f: "".join(c for c in f.phone_e164() if c.isdigit()), "phone", True),
            "template": {
                "name": P(["parcel_arrived_v2", "visitor_arrived", "booking_confirmed"]),
                "language": {"code": P(["en", "ar", "hi"])},
                "components": Many(
                    {
                        "type": G(lambda f: "body"),
                        "parameters": Many(
                            {"type": G(lambda f: "text"), "text": Y(lambda f: f.first(), "name", True)}, 1
                        ),
                    },
                    1,
                ),
            },
            "wamid": G(lambda f: "wamid.HBgM" + f.b64ish(40)),
            "phone_number_id": G(lambda f: "1" + f.digits(14)),
        },
        2,
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": P(["delivered", "open", "click", "bounce"]),
            "sg_message_id": G(lambda f: f.b64ish(22) + ".filterdrecv-" + f.hexid(8)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0001p1sin1.sendgrid.net>"),
            "category": Many(P(["parcel", "booking", "billing", "community"]), 2),
            "useragent": P(UAS),
            "ip": Y(lambda f: f.ip(), "ip"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
        2,
    ),
    # -- support, ops, staff ----------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": P(
                    [
                        "Printer not working on L12",
                        "Invoice GST mismatch",
                        "Cannot unlock door with phone",
                        "AC too cold in Kaveri",
                    ]
                ),
                "description": Y(
                    lambda f: f.pick(
                        [
                            f"Please call me back on {f.phone()} about this.",
                            f"Reach me at {f.phone()}, I'm in office 1205 today.",
                            f"My number is {f.phone()} if you need more details.",
                        ]
                    ),
                    "phone",
                    True,
                ),
                "priority": P(["low", "normal", "high", "urgent"]),
                "status": P(["new", "open", "pending"]),
                "tags": Many(P(["it", "billing", "access", "facilities"]), 2),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.5),
                },
                "assignee_id": G(lambda f: f.r.randint(100000, 999999)),
            },
            "via": P(["web", "email", "mobile_sdk", "whatsapp"]),
        },
        2,
    ),
    (
        "track",
        "First Aid Incident Logged",
        ["web_admin"],
        {
            "incident_id": G(lambda f: f.uuid()),
            "injured_person_name": Y(lambda f: f.full_name(), "name"),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "twisted ankle on stairs",
                        "minor burn from coffee machine",
                        "fainted, low blood sugar",
                        "cut finger in pantry",
                        "asthma attack in gym",
                    ]
                ),
                "condition",
            ),
            "location_id": P([s[0] for s in SPACES]),
            "reported_by_staff_id": G(lambda f: "staff_" + f.digits(4)),
            "occurred_at": G(lambda f: f.iso()),
            "severity": P(["minor", "moderate", "serious"]),
        },
        1,
    ),
    (
        "track",
        "Staff Shift Ended",
        ["dotnet"],
        {
            "StaffId": G(lambda f: "staff_" + f.digits(4)),
            "StaffName": Y(lambda f: f.full_name(), "name"),
            "StaffPhone": Y(lambda f: f.phone(), "phone"),
            "Role": P(["community_manager", "front_desk", "facilities", "barista"]),
            "HourlyRate": Y(lambda f: f.pick([f.money(12, 25), f.r.randint(250, 600)]), "salary"),
            "Hours": G(lambda f: f.money(4, 12)),
            "Overtime": P([True, False]),
            "LocationId": P([s[0] for s in SPACES]),
        },
        1,
    ),
    (
        "track",
        "Reception Tablet Unlocked",
        ["kiosk"],
        {
            "staff_id": G(lambda f: "staff_" + f.digits(4)),
            "staff_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "unlock_reason": P(["manual_checkin", "settings", "parcel_log"]),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
        },
        1,
    ),
    (
        "track",
        "Laptop Registered",
        ["web_hub"],
        {
            "asset_id": G(lambda f: f.uuid()),
            "make": P(["Apple", "Lenovo", "Dell", "HP"]),
            "model": P(["MacBook Air M2", "ThinkPad X1 Carbon", "XPS 13", "EliteBook 840"]),
            "serial_number": Y(
                lambda f: f.pick(["C02" + f.hexid(9).upper(), "PF" + f.hexid(6).upper(), f.hexid(7).upper()]),
                "serial",
            ),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "gate_pass_required": P([True, False]),
        },
        1,
    ),
    (
        "track",
        "Virtual Office KYC Submitted",
        ["python", "web_hub"],
        {
            "application_id": G(lambda f: "vo_" + f.digits(6)),
            "entity_type": P(["private_limited", "llp", "proprietorship", "fz_llc"]),
            "company_name": P([c[0] for c in COMPANIES]),
            "director": {
                "name": Y(lambda f: f.full_name(), "name"),
                "pan": RED(lambda f: f.pan("P"), "national id"),
                "aadhaar": RED(lambda f: f.aadhaar(), "national id"),
                "dob": Y(lambda f: f.date(1960, 2000), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone("in"), "phone"),
                "residential_address": Y(lambda f: f.address_line(), "address"),
                "photo_url": Y(lambda f: f"https://files.spacecraft.work/kyc/{f.uuid()}.jpg", "photo"),
                "din": RED(lambda f: f"0{f.digits(7)}", "national id"),
            },
            "kyc_status": P(["submitted", "under_review", "approved", "rejected"]),
        },
        2,
    ),
    (
        "track",
        "Speaker Applied",
        ["flutter", "web"],
        {
            "event_id": G(lambda f: "ev_" + f.digits(5)),
            "talk_title": P(
                [
                    "Raising a seed round in India",
                    "GST for SaaS founders",
                    "Design systems at scale",
                    "Hiring in the UAE",
                ]
            ),
            "speaker_name": Y(lambda f: f.full_name(), "name"),
            "speaker_email": Y(lambda f: f.email(), "email"),
            "speaker_photo_url": Y(
                lambda f: f"https://cdn.spacecraft.work/speakers/{f.hexid(12)}.jpg", "photo"
            ),
            "speaker_company": P([c[0] for c in COMPANIES]),
        },
        1,
    ),
    (
        "track",
        "Wellness Session Booked",
        ["flutter", "swift"],
        {
            "session_id": G(lambda f: "ws_" + f.digits(5)),
            "session_type": P(["yoga", "physio_consult", "massage_chair", "meditation"]),
            "instructor_name": Y(lambda f: f.full_name(), "name"),
            "health_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["lower back pain", "hypertension", "asthma", "slipped disc", "migraine", "arthritis"]
                    ),
                    "condition",
                ),
                2,
            ),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "waiver_signed": G(lambda f: True),
            "emergency_contact_phone": Y(lambda f: f.phone(), "phone"),
            "price": G(lambda f: f.money(5, 60)),
        },
        2,
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "source": P(["footer", "blog", "exit_intent", "event_page"]),
            "lists": Many(P(["sg-community", "in-community", "ae-community", "product-updates"]), 2),
        },
        2,
    ),
    (
        "track",
        "Payment Failed",
        ["java"],
        {
            "paymentId": G(lambda f: f.uuid()),
            "cardNumber": RED(lambda f: f.card_any(), "credit card"),
            "cardHolder": Y(lambda f: f.full_name(), "name"),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "errorCode": P(["card_declined", "insufficient_funds", "do_not_honor", "3ds_failed"]),
            "gatewayResponse": P(["05", "51", "91", "N7"]),
            "amount": G(lambda f: f.money(100, 20000)),
            "currency": P(["INR", "SGD", "AED"]),
        },
        2,
    ),
    # -- ad platforms -----------------------------------------------------------------------------
    (
        "track",
        "Lead",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": P(UAS),
                "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.5),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {"value": G(lambda f: f.money(100, 3000)), "currency": P(["SGD", "INR", "AED"])},
        },
        2,
    ),
    # -- neutral keys -----------------------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "tour_form_v4"),
            "field_name": G(lambda f: "work_email"),
            "value": Y(lambda f: f.email(work=True), "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(500, 20000)),
        },
        2,
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web_hub", "kotlin"],
        {
            "input": Y(lambda f: f.home_address()["line1"], "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "suggestions_count": G(lambda f: f.r.randint(0, 5)),
            "provider": P(["google_places", "onemap", "mapmyindia"]),
        },
        2,
    ),
    (
        "track",
        "Announcement Posted",
        ["web_admin"],
        {
            "announcement_id": G(lambda f: f.uuid()),
            "message": G(
                lambda f: f.pick(
                    [
                        "Lift B under maintenance Sat 9-12.",
                        "Lo Hei at 5pm in the lounge!",
                        "Iftar boxes at reception from 6:40pm.",
                        "Water supply interruption on L20.",
                    ]
                )
            ),
            "audience": P(["location", "all", "company_admins"]),
        },
        1,
    ),
]

PAGE_SCREEN_EXTRA = {"page", "screen"}


def build(seed: int, repeats: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid()
                    if client in SERVER_LIBS
                    else f"ajs-next-{f.hexid(32)}"
                    if client.startswith("web")
                    else f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                }
                if client != "kiosk":
                    msg["userId"] = "mem_" + f.digits(7)
                if kind == "track":
                    msg["event"] = name
                elif kind in PAGE_SCREEN_EXTRA:
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "co_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client, f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=129, repeats=16)
    write(Path(__file__).parent, "holdout129_", events, labels)
