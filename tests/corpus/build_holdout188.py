"""Writes holdout188: tests/corpus/holdout188_events.jsonl and holdout188_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for format), REFERENCE.md and
DESIGN.md only, without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any score; nothing here was tuned to the engine's output.

Domain: "Saqr Air", a Dubai-based airline selling in the UAE, India and the UK. Covers its booking
engine (searches, fares as Segment e-commerce spec products, passenger details, APIS / passport
scans with MRZ lines, seats, religious and medical meals, special assistance SSRs, medical
clearance, pets in cabin, payments by card, Stripe, UPI and bank transfer, refunds and disruption
claims in free text), the mobile apps (check-in, boarding passes with BCBP barcodes, wallet passes,
push, nearby-airport location), the loyalty programme (enrolment, family pools, miles transfers),
ancillaries (insurance, lounges, hotels, chauffeur drive, airport parking, visa checks, DigiYatra),
corporate accounts (group calls), and crew, agent, gate and kiosk systems; vendor-shaped payloads
(a Stripe payment, Twilio call and SendGrid delivery webhooks, ad click ids, reverse-ETL traits).
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.
Keys are mostly camelCase and snake_case; the rest are PascalCase (.NET, Twilio), kebab-case
(a kiosk vendor, a legacy PHP payment form, SendGrid's smtp-id), SCREAMING_SNAKE (warehouse
reverse ETL) and Arabic- and Hindi-transliterated backend keys (al_ism_al_awwal, raqam_al_jawal,
yatri_naam, janm_tithi, aadhaar_sankhya ...).

Conventions (as build.py): a label per leaf path (`properties`, `traits`, `context` only; arrays as
`[]`); classification red / yellow / green; type = the reference's matcher name or one of
national id, bank account, geolocation, token, advertising id, trade union ... (`a|b` when either is
fair); value_only = the key does not say what the value is and only the value reveals it.

Labelling rules followed (the brief's, with the product's published policy for contested cases):
- PII = personal data about a natural person: the user, co-passengers, escorts, nominees,
  emergency contacts, staff (agents, crew, drivers, physicians, account managers). Colour: the
  reference default for the matcher; outside it red for credentials / tokens, cards, bank
  accounts, government ids and health ids, yellow otherwise.
- Green: ids the airline or its vendors issue (PNRs, e-ticket numbers, booking, order, claim,
  member / frequent-flyer numbers, bag-tag "license plates", wallet-pass serials, Stripe `cus_`
  and `pi_` ids, CallSids, Message-IDs), amounts, counters, enums and booleans under PII-sounding
  keys (emailVerified, halal meal counts loaded), ages and age bands, marital status, job titles
  and employers, company names, tax ids and addresses of businesses, hotel / lounge / airport
  names, searched origins and destinations, countries, states and emirates, locales, currencies,
  user agents, OS-issued device ids, IFSC codes and sort codes, card brand / last four / expiry /
  BIN, the sending IP in a SendGrid delivery webhook (the ESP's server, not a person), a gate
  scanner's serial (the airline's equipment), call-masking proxy numbers and the airline's own
  numbers in a Twilio webhook, role mailboxes.
- Special categories from enums / booleans: SSR meal codes and meal descriptions that are all
  religious or medical meals are `religion|condition` (yellow, value_only); assistance SSR codes,
  wheelchair types and assistance notes are `disability` (red); medical-clearance, oxygen,
  fitness-to-fly, pregnancy and pre-existing-condition flags are `condition` (yellow).
- Contested, per policy: insurance policy numbers yellow `identification`; crew hourly pay yellow
  `salary`; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc / ttclid yellow
  `advertising id`; billing addresses yellow `address`; union membership yellow `trade union`;
  `pm_` ids, card-vault tokens, OTPs, magic-link tokens, session JWTs and APNs tokens red `token`;
  passport numbers and MRZ lines red `passport`; Emirates ID, Aadhaar (also masked to its last
  four, as for an SSN), PAN, redress and known-traveller numbers red `national id`; visa numbers,
  visa types and "holds a residence visa" answers red `visa`; UPI ids (VPAs) are payment accounts:
  red `bank account`.
- Decisions of my own (a careful privacy owner's): passenger titles restricted to MR / MRS / MS /
  MISS / MSTR reveal sex: yellow `gender`, value_only; place of birth is the person's: yellow
  `city`; a passport's expiry date, like a card's, is green; the caller's city in a Twilio webhook
  is yellow `city`; a chauffeur vehicle's plate is yellow `license` (the policy names plates
  without exception).
- value_only PII paths hold that PII in every value; free text is labelled by what all its values
  carry (deep links always carry lastName=, compliments always name a crew member, agent remarks
  always a phone number), and free text that never carries PII is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

CULTURES = {
    "emirati": (
        ["Mohammed", "Khalid", "Saeed", "Hamdan", "Rashid", "Sultan", "Abdulla", "Yousef", "Majid"],
        ["Fatima", "Aisha", "Mariam", "Noura", "Hessa", "Shamma", "Latifa", "Reem", "Alya"],
        [
            "Al Mansoori",
            "Al Hashimi",
            "Al Nuaimi",
            "Al Falasi",
            "Al Mazrouei",
            "Al Ketbi",
            "Al Suwaidi",
            "Al Shamsi",
            "Al Dhaheri",
            "Bin Sulayem",
            "Al Marri",
        ],
    ),
    "levant_egypt": (
        ["Omar", "Ahmed", "Karim", "Mahmoud", "Tarek", "Fadi"],
        ["Yasmin", "Rania", "Lina", "Dina", "Nour", "Salma"],
        ["Haddad", "Khoury", "Nasser", "El-Sayed", "Abdel-Rahman", "Saleh", "Mansour"],
    ),
    "indian": (
        [
            "Arjun",
            "Rahul",
            "Vikram",
            "Rohan",
            "Aditya",
            "Sanjay",
            "Ishaan",
            "Venkatesh",
            "Farhan",
            "Harpreet",
        ],
        ["Priya", "Ananya", "Sneha", "Kavya", "Deepika", "Lakshmi", "Sunita", "Meera", "Gurpreet", "Nandini"],
        [
            "Sharma",
            "Verma",
            "Patel",
            "Iyer",
            "Nair",
            "Reddy",
            "Menon",
            "Gupta",
            "Singh",
            "Kaur",
            "Chatterjee",
            "Deshpande",
            "Kulkarni",
            "Rao",
            "Pillai",
            "Joshi",
            "Qureshi",
            "D'Souza",
            "Banerjee",
        ],
    ),
    "british": (
        ["Oliver", "Harry", "George", "Jack", "Thomas", "William", "James", "Callum", "Rhys"],
        ["Amelia", "Isla", "Olivia", "Emily", "Charlotte", "Sophie", "Grace", "Eleanor", "Niamh"],
        [
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Evans",
            "Roberts",
            "Walker",
            "Wright",
            "Hughes",
            "Edwards",
            "O'Connor",
            "MacDonald",
            "Clarke",
        ],
    ),
    "pakistani": (
        ["Imran", "Bilal", "Usman", "Hamza"],
        ["Ayesha", "Sana", "Hira", "Mahnoor"],
        ["Khan", "Malik", "Chaudhry", "Butt", "Siddiqui"],
    ),
    "filipino": (
        ["Jose", "Mark Anthony", "Rodel", "Paolo"],
        ["Maria Lourdes", "Angelica", "Kristine", "Joy"],
        ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva"],
    ),
    "other": (
        ["Chinedu", "Wei", "Dmitri", "Jonas", "Tanvir", "Dinesh", "Mateus", "Kenji"],
        ["Ngozi", "Li Na", "Olga", "Katarzyna", "Farzana", "Ishara", "Chloé", "Yuki"],
        [
            "Okafor",
            "Adeyemi",
            "Zhang",
            "Wang",
            "Ivanova",
            "Nowak",
            "Becker",
            "Rahman",
            "Perera",
            "Silva",
            "Tanaka",
        ],
    ),
}
CULTURE_WEIGHTS = [
    ("emirati", 16),
    ("levant_egypt", 8),
    ("indian", 30),
    ("british", 20),
    ("pakistani", 8),
    ("filipino", 8),
    ("other", 10),
]
NATIONALITY = {
    "emirati": ("AE", "ARE", "Emirati"),
    "levant_egypt": ("EG", "EGY", "Egyptian"),
    "indian": ("IN", "IND", "Indian"),
    "british": ("GB", "GBR", "British"),
    "pakistani": ("PK", "PAK", "Pakistani"),
    "filipino": ("PH", "PHL", "Filipino"),
    "other": ("NG", "NGA", "Nigerian"),
}
MAIL_DOMAINS = {
    "emirati": ["gmail.com", "outlook.com", "emirates.net.ae", "icloud.com"],
    "indian": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "british": ["gmail.com", "hotmail.co.uk", "btinternet.com", "icloud.com"],
}
UAE_AREAS = [
    "Al Barsha 2",
    "Dubai Marina",
    "Jumeirah Village Circle",
    "Al Nahda 1",
    "Mirdif",
    "Khalifa City A",
    "Al Reem Island",
    "Al Majaz 3",
    "Deira",
    "Business Bay",
]
UAE_CITIES = ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"]
IN_AREAS = [
    "Andheri West",
    "Whitefield",
    "Banjara Hills",
    "Koramangala",
    "Salt Lake Sector V",
    "Kakkanad",
    "Vasant Kunj",
    "Adyar",
    "Kothrud",
    "Navrangpura",
]
UAE_TOWERS = ["Marina Pinnacle", "Al Fahad Tower 2", "Silicon Gates 3", "Bay Square 11"]
IN_SOCIETIES = ["Shanti Apartments", "Prestige Lakeside", "Hiranandani Gardens", "DLF Phase 3"]
IN_CITIES = [
    "Mumbai",
    "Bengaluru",
    "Hyderabad",
    "Kochi",
    "Chennai",
    "New Delhi",
    "Pune",
    "Kolkata",
    "Thiruvananthapuram",
    "Ahmedabad",
    "Lucknow",
]
IN_STATES = [
    "Maharashtra",
    "Karnataka",
    "Telangana",
    "Kerala",
    "Tamil Nadu",
    "Delhi",
    "Gujarat",
    "West Bengal",
]
UK_STREETS = [
    "Kingsley Road",
    "Albert Street",
    "Wilmslow Road",
    "Belgrave Gate",
    "Soho Road",
    "Victoria Avenue",
    "Church Lane",
    "Station Road",
    "Harehills Lane",
    "Green Street",
]
UK_CITIES = ["London", "Manchester", "Birmingham", "Leicester", "Glasgow", "Leeds", "Edinburgh", "Bradford"]
AIRPORTS = [
    "DXB",
    "AUH",
    "SHJ",
    "BOM",
    "DEL",
    "BLR",
    "COK",
    "HYD",
    "MAA",
    "TRV",
    "LHR",
    "LGW",
    "MAN",
    "BHX",
    "EDI",
    "KHI",
    "MNL",
    "LOS",
]
CITY_OF = {
    "DXB": "Dubai",
    "AUH": "Abu Dhabi",
    "SHJ": "Sharjah",
    "BOM": "Mumbai",
    "DEL": "Delhi",
    "BLR": "Bengaluru",
    "COK": "Kochi",
    "HYD": "Hyderabad",
    "MAA": "Chennai",
    "TRV": "Thiruvananthapuram",
    "LHR": "London",
    "LGW": "London",
    "MAN": "Manchester",
    "BHX": "Birmingham",
    "EDI": "Edinburgh",
    "KHI": "Karachi",
    "MNL": "Manila",
    "LOS": "Lagos",
}
FARE_FAMILIES = [
    "Economy Saver",
    "Economy Value",
    "Economy Flex",
    "Business Value",
    "Business Flex",
    "First Flex",
]
LOCALES = ["en-AE", "ar-AE", "en-IN", "hi-IN", "en-GB", "ml-IN"]
TIMEZONES = ["Asia/Dubai", "Asia/Kolkata", "Europe/London"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

RELIGIOUS_OR_MEDICAL_MEALS = ["MOML", "HNML", "KSML", "VJML", "DBML", "GFML", "LSML", "NLML", "BLML"]
MEAL_DESCRIPTIONS = [
    "Muslim meal (halal, no pork or alcohol)",
    "Hindu meal (no beef)",
    "Kosher meal",
    "Jain vegetarian meal",
    "Diabetic meal",
    "Gluten intolerant meal",
    "Low salt meal",
    "Low lactose meal",
    "Bland meal",
]
ASSISTANCE_SSRS = ["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA"]
ASSISTANCE_NOTES = [
    "Pax cannot manage steps, needs ambulift at {apt}",
    "Wheelchair user, own manual chair to be gate-checked",
    "Blind passenger travelling with guide dog, seat with extra legroom",
    "Deaf pax, please brief crew, communicates by writing",
    "Limited mobility after knee replacement, cannot walk long distances in terminal",
    "Autistic child, needs quiet boarding and pre-boarding",
    "Uses powered wheelchair (lithium battery 300Wh), needs WCHC to seat",
]
DIAGNOSES = [
    "Post-operative recovery, laparoscopic appendectomy",
    "Stable angina",
    "COPD on home oxygen",
    "Fractured femur, leg in cast",
    "Pregnancy 32 weeks, uncomplicated",
    "Type 1 diabetes with insulin pump",
    "Recent myocardial infarction (6 weeks)",
]


def weighted_culture(f: Fake) -> str:
    total = sum(w for _, w in CULTURE_WEIGHTS)
    x = f.r.randint(1, total)
    for name, w in CULTURE_WEIGHTS:
        x -= w
        if x <= 0:
            return name
    return "indian"


def ascii_fold(s: str) -> str:
    return s.replace("é", "e").replace("'", "").replace("-", "")


def slug(s: str) -> str:
    return ascii_fold(s).lower().replace(" ", "")


class AirFake(Fake):
    """fake.py's generator plus names, phones, ids and addresses of the airline's markets."""

    def person(self, culture: str | None = None) -> dict:
        culture = culture or weighted_culture(self)
        males, females, lasts = CULTURES[culture]
        sex = self.pick(["M", "F"])
        first = self.pick(males if sex == "M" else females)
        return {"first": first, "last": self.pick(lasts), "sex": sex, "culture": culture}

    def pfirst(self) -> str:
        return self.person()["first"]

    def plast(self) -> str:
        return self.person()["last"]

    def pname(self) -> str:
        p = self.person()
        return f"{p['first']} {p['last']}"

    def titled_name(self) -> str:
        p = self.person()
        title = "Mr" if p["sex"] == "M" else self.pick(["Mrs", "Ms"])
        return f"{title} {p['first']} {p['last']}"

    def pemail(self) -> str:
        p = self.person()
        first = ascii_fold(p["first"]).lower().replace(" ", "")
        last = ascii_fold(p["last"]).lower().replace(" ", "")
        domain = self.pick(MAIL_DOMAINS.get(p["culture"], ["gmail.com", "yahoo.com", "outlook.com"]))
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first}_{last[:5]}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{domain}"

    def mobile(self, country: str | None = None) -> str:
        country = country or self.pick(["AE", "AE", "IN", "IN", "GB", "GB", "PK", "PH", "NG", "US"])
        d = self.digits
        if country == "AE":
            pre = self.pick(["50", "52", "54", "55", "56", "58"])
            rest = str(self.r.randint(1000000, 9999999))
            return self.pick(
                [
                    f"+971 {pre} {rest[:3]} {rest[3:]}",
                    f"+971{pre}{rest}",
                    f"0{pre} {rest[:3]} {rest[3:]}",
                    f"00971{pre}{rest}",
                ]
            )
        if country == "IN":
            n = str(self.r.randint(6, 9)) + d(9)
            return self.pick(
                [f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n[:5]} {n[5:]}", f"+91-{n[:5]}-{n[5:]}", n]
            )
        if country == "GB":
            n = "7" + str(self.r.randint(4, 9)) + d(8)
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}"])
        if country == "PK":
            return f"+92 3{self.r.randint(0, 4)}{self.r.randint(0, 9)} {d(7)}"
        if country == "PH":
            return f"+63 9{self.r.randint(10, 99)} {d(3)} {d(4)}"
        if country == "NG":
            return f"+234 80{self.r.randint(2, 9)} {d(3)} {d(4)}"
        return f"+1 ({self.r.randint(201, 989)}) {self.r.randint(200, 999)}-{d(4)}"

    def uk_postcode(self) -> str:
        area = self.pick(["M", "B", "LE", "G", "LS", "EH", "BD", "E", "SW", "N", "UB", "HA"])
        return (
            f"{area}{self.r.randint(1, 20)} {self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            + self.pick("ABDEFGHJLNPQRSTUWXYZ")
        )

    def in_pin(self) -> str:
        return f"{self.r.randint(1, 8)}{self.r.randint(10000, 99999)}"

    def home_street(self) -> str:
        kind = self.pick(["AE", "IN", "GB"])
        if kind == "AE":
            return self.pick(
                [
                    f"Villa {self.r.randint(1, 80)}, Street {self.r.randint(1, 40)}, {self.pick(UAE_AREAS)}",
                    f"Apt {self.r.randint(1, 48)}0{self.r.randint(1, 9)}, {self.pick(UAE_TOWERS)}",
                ]
            )
        if kind == "IN":
            return self.pick(
                [
                    f"{self.pick('ABCD')}-{self.r.randint(1, 12)}0{self.r.randint(1, 9)}, "
                    f"{self.pick(IN_SOCIETIES)}, {self.pick(IN_AREAS)}",
                    f"H.No {self.r.randint(1, 12)}-{self.r.randint(1, 9)}-{self.r.randint(100, 999)}, "
                    f"Road No {self.r.randint(1, 14)}, {self.pick(IN_AREAS)}",
                ]
            )
        return self.pick(
            [
                f"{self.r.randint(1, 240)} {self.pick(UK_STREETS)}",
                f"Flat {self.r.randint(1, 12)}, {self.r.randint(1, 90)} {self.pick(UK_STREETS)}",
            ]
        )

    def home_city(self) -> str:
        return self.pick(UAE_CITIES[:4] + IN_CITIES + UK_CITIES)

    def home_address(self) -> str:
        kind = self.pick(["AE", "IN", "GB"])
        if kind == "AE":
            street = f"Villa {self.r.randint(1, 80)}, Street {self.r.randint(1, 40)}"
            return f"{street}, {self.pick(UAE_AREAS)}, {self.pick(UAE_CITIES)}"
        if kind == "IN":
            flat = f"Flat {self.r.randint(1, 12)}0{self.r.randint(1, 9)}"
            return f"{flat}, {self.pick(IN_AREAS)}, {self.pick(IN_CITIES)} {self.in_pin()}"
        return (
            f"{self.r.randint(1, 240)} {self.pick(UK_STREETS)}, {self.pick(UK_CITIES)} {self.uk_postcode()}"
        )

    def postcode(self) -> str:
        return self.pick(
            [
                self.uk_postcode(),
                self.in_pin(),
                self.uk_postcode(),
                self.in_pin(),
                f"P.O. Box {self.r.randint(1000, 99999)}",
            ]
        )

    def dob(self, start=1948, end=2006) -> str:
        return self.date(start, end)

    def nationality(self) -> str:
        return self.pick(
            [
                "Indian",
                "British",
                "Emirati",
                "Pakistani",
                "Filipino",
                "Egyptian",
                "Nigerian",
                "Bangladeshi",
                "Sri Lankan",
                "Irish",
            ]
        )

    def nat3(self) -> str:
        return self.pick(["IND", "GBR", "ARE", "PAK", "PHL", "EGY", "NGA", "BGD", "LKA", "IRL"])

    def passport_no(self) -> str:
        kind = self.pick(["GB", "IN", "AE", "PK", "PH"])
        if kind == "GB":
            return self.digits(9)
        if kind == "IN":
            return self.pick("JKLMNPRSTUVWZ") + self.digits(7)
        if kind == "AE":
            return self.pick("ABNP") + self.digits(7)
        if kind == "PK":
            return self.pick(["AB", "BK", "CV", "DU"]) + self.digits(7)
        return "P" + self.digits(7) + self.pick("ABC")

    def emirates_id(self) -> str:
        body = "784" + str(self.r.randint(1960, 2010)) + self.digits(7)
        full = self.luhn_complete(body)
        if self.r.random() < 0.7:
            return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"
        return full

    def aadhaar(self) -> str:
        body = str(self.r.randint(2, 9)) + self.digits(10)
        full = body + verhoeff_digit(body)
        return self.pick([full, f"{full[:4]} {full[4:8]} {full[8:]}"])

    def pan(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (
            "".join(self.pick(letters) for _ in range(3))
            + "P"
            + self.pick(letters)
            + self.digits(4)
            + self.pick(letters)
        )

    def pnr(self) -> str:
        return "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def flight(self) -> str:
        return f"SR {self.r.randint(1, 999)}" if self.r.random() < 0.5 else f"SR{self.r.randint(1, 999):03d}"

    def ticket(self) -> str:
        return "648" + self.digits(10)

    def ffp(self) -> str:
        return self.pick(
            [
                "SR" + self.digits(9),
                self.digits(9),
                "SR " + self.digits(3) + " " + self.digits(3) + " " + self.digits(3),
            ]
        )

    def seat(self) -> str:
        return f"{self.r.randint(1, 48)}{self.pick('ABCDEFGHJK')}"

    def dep_date(self) -> str:
        return f"2025-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def airport(self) -> str:
        return self.pick(AIRPORTS)

    def iban_any(self) -> str:
        country = self.pick(["AE", "GB", "AE", "GB", "DE"])
        if country == "AE":
            return mod97_iban(self, "AE", self.pick(["033", "026", "035", "030"]) + self.digits(16))
        if country == "GB":
            return mod97_iban(self, "GB", self.pick(["NWBK", "BARC", "HBUK", "LOYD"]) + self.digits(14))
        return self.iban("DE")

    def upi(self) -> str:
        p = self.person()
        handle = self.pick(["okicici", "okhdfcbank", "oksbi", "ybl", "paytm", "axl"])
        user = self.pick(
            [
                f"{slug(p['first'])}.{slug(p['last'])}",
                str(self.r.randint(6, 9)) + self.digits(9),
                f"{slug(p['first'])}{self.r.randint(10, 99)}",
            ]
        )
        return f"{user}@{handle}"

    def rupay_or_card(self) -> str:
        if self.r.random() < 0.25:
            return self.luhn_complete(self.pick(["6521", "6080", "8171"]) + self.digits(11))
        return self.card()

    def bcbp(self) -> str:
        p = self.person()
        title = self.pick(["MR", "MSTR"]) if p["sex"] == "M" else self.pick(["MS", "MRS", "MISS"])
        name = f"{slug(p['last']).upper()}/{slug(p['first']).upper()} {title}"[:20]
        org, dst = self.pick(AIRPORTS), self.pick(AIRPORTS)
        seat = f"{self.r.randint(1, 48):03d}{self.pick('ACDFHK')}"
        return (
            f"M1{name:<20}E{self.pnr():<7}{org}{dst}SR {self.r.randint(1, 999):04d} "
            f"{self.r.randint(1, 365):03d}Y{seat}{self.r.randint(1, 300):04d} 100"
        )

    def mrz2(self) -> str:
        number = self.passport_no()[:9]
        dob = self.dob().replace("-", "")[2:]
        expiry = f"{self.r.randint(26, 35)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        num_field = f"{number:<<9}"
        personal = "<" * 14
        line = (
            num_field
            + mrz_check(num_field)
            + self.nat3()
            + dob
            + mrz_check(dob)
            + self.pick("MF")
            + expiry
            + mrz_check(expiry)
            + personal
            + mrz_check(personal)
        )
        composite = line[0:10] + line[13:20] + line[21:43]
        return line + mrz_check(composite)


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


def verhoeff_digit(number: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_valid(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def mrz_check(field: str) -> str:
    weights = [7, 3, 1]
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        total += v * weights[i % 3]
    return str(total % 10)


def mod97_iban(f: Fake, country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


# -- contexts of the client libraries ---------------------------------------------------------------

PAGES = [
    "/",
    "/en-ae/book/flights",
    "/en-in/flights/dubai-to-mumbai",
    "/en-gb/manage-booking",
    "/en-ae/saqr-miles",
    "/en-in/checkout/payment",
    "/en-gb/offers/summer-sale",
]


def web_context(f: AirFake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "npm:next-1.70.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.skyscanner.ae/",
                        "https://www.makemytrip.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?cid=EM_SUMMER25", "?lang=hi"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Book flights | Saqr Air",
                        "Manage your booking | Saqr Air",
                        "Saqr Miles",
                        "Payment | Saqr Air",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.saqrair.example" + f.pick(PAGES)),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_sale_25", "diwali_fares", "ramadan_offers", "uk_half_term"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "skyscanner"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "metasearch"])),
            "term": G(lambda f: f.pick(["cheap flights dubai", "dxb to bom", "business class london", ""])),
            "content": G(lambda f: f.pick(["hero_banner", "cta_1", "carousel_3"])),
        },
    }


def swift_context(f: AirFake):
    return {
        "app": {
            "name": G(lambda f: "Saqr Air"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["7400", "7421", "7503"])),
            "namespace": G(lambda f: "com.saqrair.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: AirFake):
    return {
        "app": {
            "name": G(lambda f: "Saqr Air"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.1", "7.5.0"])),
            "build": G(lambda f: f.pick(["740012", "741003", "750001"])),
            "namespace": G(lambda f: "com.saqrair.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "23021RAAEG", "CPH2581", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "sapphire", "OP5958L1", "shiba"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["etisalat", "du", "Jio", "Airtel", "EE", "Vodafone IN"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: f.pick([1080, 1440, 720])),
            "height": G(lambda f: f.pick([2340, 2400, 3120])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.pemail(), "email"),
            "firstName": Y(lambda f: f.pfirst(), "name"),
            "lastName": Y(lambda f: f.plast(), "name"),
            "loyaltyNumber": G(lambda f: f.ffp()),
        },
    }


def rn_context(f: AirFake):
    return {
        "app": {
            "name": G(lambda f: "Saqr Air"),
            "version": G(lambda f: f.pick(["6.9.3", "6.10.0", "6.10.2"])),
            "build": G(lambda f: f.pick(["693", "6100", "6102"])),
            "namespace": G(lambda f: f.pick(["com.saqrair.rn", "com.saqrair.rn.beta"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "2201116PI"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.pemail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "name": Y(lambda f: f.pname(), "name"),
            "tier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
        },
    }


def flutter_context(f: AirFake):
    return {
        "app": {
            "name": G(lambda f: "Saqr Air Lite"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "com.saqrair.lite"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "realme", "vivo", "Apple"])),
            "model": G(lambda f: f.pick(["SM-M146B", "RMX3710", "V2250", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.0.7"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.2"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 828])),
            "height": G(lambda f: f.pick([1600, 2400, 1792])),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(8.0, 56.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-4.5, 88.0), 6), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.2", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0", "3.8.0"]),
}


def server_context(lib: str, with_ip: bool = True):
    name, versions = SERVER_LIBS[lib]

    def build(f: AirFake):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if with_ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
            ctx["locale"] = G(lambda f: f.pick(LOCALES))
        if lib == "dotnet":
            ctx["groupId"] = G(lambda f: "corp_" + f.digits(6))
        if lib == "node" and with_ip:
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.pemail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
    **{f"{lib}-hook": server_context(lib, with_ip=False) for lib in SERVER_LIBS},
}

# -- shared templates -------------------------------------------------------------------------------


def fare_product():
    return {
        "product_id": G(lambda f: f.hexid(20)),
        "sku": G(
            lambda f: (
                f.pick(["YSAVAE", "YFLXIN", "JVALGB", "JFLXAE", "FFLXAE", "YVALIN"]) + f.pick(["", "1", "2"])
            )
        ),
        "name": G(lambda f: f.pick(FARE_FAMILIES)),
        "brand": G(lambda f: "Saqr Air"),
        "category": G(lambda f: f.pick(["Flights/Economy", "Flights/Business", "Flights/First"])),
        "variant": G(lambda f: f.pick(["Y", "J", "F", "W"])),
        "price": G(lambda f: f.money(250, 9000)),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "position": G(lambda f: f.r.randint(1, 30)),
        "flight_number": G(lambda f: f.flight()),
        "origin": G(lambda f: f.airport()),
        "destination": G(lambda f: f.airport()),
        "departure_time": G(
            lambda f: f.dep_date() + f"T{f.r.randint(0, 23):02d}:{f.pick(['05', '20', '35', '50'])}:00+04:00"
        ),
    }


def title_gen(f: AirFake) -> str:
    return f.pick(["MR", "MRS", "MS", "MISS", "MSTR"])


EVENTS = [
    # -- shopping -------------------------------------------------------------------------------
    (
        "track",
        "Flights Searched",
        ["web", "rn", "swift", "kotlin"],
        {
            "origin": G(lambda f: f.airport()),
            "destination": G(lambda f: f.airport()),
            "departureDate": G(lambda f: f.dep_date()),
            "returnDate": G(lambda f: f.pick([f.dep_date(), None])),
            "tripType": G(lambda f: f.pick(["return", "one_way", "multi_city"])),
            "cabinClass": G(lambda f: f.pick(["economy", "premium_economy", "business", "first"])),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "infants": G(lambda f: f.r.randint(0, 1)),
            "promoCode": G(lambda f: f.pick(["", "DIWALI25", "SUMMER10", "STUDENTSR"])),
            "flexibleDates": G(lambda f: f.pick([True, False])),
            "q": G(
                lambda f: f.pick(
                    ["dxb to bom", "london dubai next friday", "cheap flights kochi", "abu dhabi manchester"]
                )
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 64)),
            "currency": G(lambda f: f.pick(["AED", "INR", "GBP"])),
            "pointOfSale": G(lambda f: f.pick(["AE", "IN", "GB"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "rn"],
        {
            "list_id": G(lambda f: f"{f.airport()}-{f.airport()}-{f.dep_date()}"),
            "category": G(lambda f: f.pick(["outbound", "inbound"])),
            "products": Many(fare_product(), 4),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in fare_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity", "variant")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "affiliation": G(lambda f: f.pick(["saqrair.example", "Saqr Air app"])),
            "revenue": G(lambda f: f.money(400, 12000)),
            "tax": G(lambda f: f.money(30, 900)),
            "fees": G(lambda f: f.money(0, 120)),
            "coupon": G(lambda f: f.pick(["", "DIWALI25", "SUMMER10"])),
            "currency": G(lambda f: f.pick(["AED", "INR", "GBP"])),
            "products": Many(fare_product(), 3),
        },
    ),
    (
        "track",
        "Passenger Details Entered",
        ["web", "rn"],
        {
            "bookingSessionId": G(lambda f: f.uuid()),
            "passengers": Many(
                {
                    "title": Y(title_gen, "gender", True),
                    "firstName": Y(lambda f: f.pfirst(), "name"),
                    "middleName": Y(
                        lambda f: f.pick(["Kumar", "Bint Ahmed", "Louise", "Devi", "James", "Abdul"]), "name"
                    ),
                    "lastName": Y(lambda f: f.plast(), "name"),
                    "dateOfBirth": Y(lambda f: f.dob(1940, 2024), "birthdate"),
                    "passportNumber": RED(lambda f: f.passport_no(), "passport"),
                    "paxType": G(lambda f: f.pick(["ADT", "CHD", "INF"])),
                    "age": G(lambda f: f.r.randint(0, 84)),
                    "gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
                    "nationality": Y(lambda f: f.pick(["IN", "GB", "AE", "PK", "PH", "EG"]), "citizenship"),
                    "frequentFlyerNumber": G(lambda f: f.ffp()),
                    "frequentFlyerProgramme": G(lambda f: f.pick(["SR", "EY", "AI", "BA"])),
                },
                4,
            ),
            "contact": {
                "email": Y(lambda f: f.pemail(), "email"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "countryCode": G(lambda f: f.pick(["+971", "+91", "+44"])),
            },
            "bookerIsTraveller": G(lambda f: f.pick([True, False])),
            "savedTravellersUsed": G(lambda f: f.r.randint(0, 4)),
            "stepDurationMs": G(lambda f: f.r.randint(9000, 400000)),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        ["rn", "web"],
        {
            "label": Y(lambda f: f.titled_name(), "name", True),
            "travellerId": G(lambda f: "trv_" + f.hexid(12)),
            "relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent", "colleague"])),
            "hasValidPassport": G(lambda f: f.pick([True, False])),
            "passportExpiresInDays": G(lambda f: f.r.randint(-30, 3650)),
        },
    ),
    (
        "track",
        "Advance Passenger Information Submitted",
        ["java", "swift"],
        {
            "passengerId": G(lambda f: f"PT{f.r.randint(1, 9)}"),
            "pnr": G(lambda f: f.pnr()),
            "travelDocument": {
                "type": G(lambda f: f.pick(["P", "I", "AC"])),
                "documentNumber": RED(lambda f: f.passport_no(), "passport"),
                "issuingCountry": G(lambda f: f.nat3()),
                "expiryDate": G(
                    lambda f: f"20{f.r.randint(26, 35)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                ),
                "nationality": Y(lambda f: f.nat3(), "citizenship"),
            },
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "placeOfBirth": Y(
                lambda f: f.pick(IN_CITIES + UK_CITIES + ["Karachi", "Cairo", "Manila", "Lagos", "Dubai"]),
                "city",
            ),
            "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "countryOfResidence": G(lambda f: f.pick(["AE", "IN", "GB"])),
            "redressNumber": RED(lambda f: f.digits(7), "national id"),
            "knownTravelerNumber": RED(lambda f: f.pick(["TT", "98"]) + f.digits(7), "national id"),
            "visa": {
                "number": RED(lambda f: f.pick(["", "V"]) + f.digits(8), "visa"),
                "type": RED(
                    lambda f: f.pick(["B1/B2", "Standard Visitor", "Schengen C", "Tourist e-Visa"]), "visa"
                ),
                "issuePlace": G(lambda f: f.pick(["Mumbai", "Abu Dhabi", "New Delhi", "London"])),
                "validUntil": G(lambda f: f.dep_date()),
            },
            "apisStatus": G(lambda f: f.pick(["complete", "pending_verification", "rejected"])),
            "segmentIds": Many(G(lambda f: f"SEG{f.r.randint(1, 6)}"), 3),
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["swift", "kotlin"],
        {
            "scanProvider": G(lambda f: f.pick(["Regula", "BlinkID", "in-house"])),
            "scanDurationMs": G(lambda f: f.r.randint(700, 15000)),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "mrzLine2": RED(lambda f: f.mrz2(), "passport"),
            "documentExpired": G(lambda f: f.pick([True, False])),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.2, 0.99), 2)),
            "documentNumberEdited": G(lambda f: f.pick([True, False])),
            "passportScanAttempts": G(lambda f: f.r.randint(1, 4)),
            "fields": {
                "surname": Y(lambda f: ascii_fold(f.plast()).upper(), "name"),
                "givenNames": Y(lambda f: ascii_fold(f.pfirst()).upper(), "name"),
                "sex": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            },
        },
    ),
    (
        "track",
        "Seat Selected",
        ["rn", "kotlin", "web"],
        {
            "seat_number": G(lambda f: f.seat()),
            "seat_type": G(lambda f: f.pick(["window", "aisle", "middle"])),
            "cabin": G(lambda f: f.pick(["Y", "W", "J"])),
            "price": G(lambda f: f.pick([0, 35, 60, 120, 180])),
            "currency": G(lambda f: f.pick(["AED", "INR", "GBP"])),
            "paxIndex": G(lambda f: f.r.randint(0, 5)),
            "flight_number": G(lambda f: f.flight()),
            "is_extra_legroom": G(lambda f: f.pick([True, False])),
            "exit_row_eligible": G(lambda f: f.pick([True, False])),
            "seat_map_version": G(lambda f: f.pick(["v3.2", "v3.3", "v4.0"])),
        },
    ),
    (
        "track",
        "Meal Selected",
        ["rn", "kotlin", "web"],
        {
            "flight_number": G(lambda f: f.flight()),
            "paxIndex": G(lambda f: f.r.randint(0, 5)),
            "mealChoice": G(
                lambda f: f.pick(
                    ["Chicken machboos", "Paneer tikka masala", "Beef lasagne", "Vegetable biryani"]
                )
            ),
            "course": G(lambda f: f.pick(["main", "dessert", "breakfast"])),
            "preOrdered": G(lambda f: f.pick([True, False])),
            "allergens": Many(
                Y(
                    lambda f: f.pick(["peanut", "sesame", "shellfish", "tree nuts", "gluten", "dairy"]),
                    "allergy",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "Special Meal Requested",
        ["web", "php", "swift"],
        {
            "ssr_code": Y(lambda f: f.pick(RELIGIOUS_OR_MEDICAL_MEALS), "religion|condition", True),
            "meal_description": Y(lambda f: f.pick(MEAL_DESCRIPTIONS), "religion|condition", True),
            "flight_number": G(lambda f: f.flight()),
            "pnr": G(lambda f: f.pnr()),
            "paxIndex": G(lambda f: f.r.randint(0, 5)),
            "request_source": G(lambda f: f.pick(["manage_booking", "booking_flow", "call_centre"])),
            "hours_before_departure": G(lambda f: f.r.randint(24, 900)),
        },
    ),
    (
        "track",
        "Special Assistance Requested",
        ["web", "node"],
        {
            "ssrCode": RED(lambda f: f.pick(ASSISTANCE_SSRS), "disability", True),
            "wheelchairType": RED(
                lambda f: f.pick(["manual", "powered_dry_cell", "powered_lithium", "airline_provided"]),
                "disability",
            ),
            "requiresMedicalClearance": Y(lambda f: f.pick([True, False]), "condition"),
            "oxygenRequired": Y(lambda f: f.pick([True, False]), "condition"),
            "escortName": Y(lambda f: f.pname(), "name"),
            "escortRelationship": G(lambda f: f.pick(["spouse", "son", "daughter", "carer", "friend"])),
            "assistanceNotes": RED(
                lambda f: f.pick(ASSISTANCE_NOTES).format(apt=f.airport()), "disability", True
            ),
            "requestChannel": G(lambda f: f.pick(["web", "app", "call_centre"])),
            "leadTimeHours": G(lambda f: f.r.randint(48, 1200)),
            "ssrStatus": G(lambda f: f.pick(["HK", "KK", "UN", "NN"])),
            "pnr": G(lambda f: f.pnr()),
        },
    ),
    (
        "track",
        "Medical Clearance Submitted",
        ["python"],
        {
            "medifFormId": G(lambda f: "MEDIF-" + f.digits(7)),
            "pnr": G(lambda f: f.pnr()),
            "diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "physicianName": Y(lambda f: "Dr " + f.pname(), "name"),
            "fitToFly": Y(lambda f: f.pick([True, False]), "condition"),
            "requiresStretcher": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnancyWeeks": Y(lambda f: f.r.randint(12, 36), "condition"),
            "currentMedications": Many(
                Y(
                    lambda f: f.pick(
                        ["insulin glargine", "salbutamol inhaler", "warfarin", "enoxaparin", "metoprolol"]
                    ),
                    "medication",
                ),
                3,
            ),
            "infectiousDisease": Y(lambda f: f.pick([True, False]), "condition"),
            "clearanceStatus": G(lambda f: f.pick(["approved", "pending", "rejected"])),
            "reviewedBy": G(lambda f: "MED" + f.digits(4)),
            "submittedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pet Added to Booking",
        ["web", "rn"],
        {
            "pet": {
                "name": G(lambda f: f.pick(["Simba", "Coco", "Bruno", "Luna", "Milo", "Zara"])),
                "species": G(lambda f: f.pick(["cat", "dog", "falcon"])),
                "breed": G(lambda f: f.pick(["Persian", "Shih Tzu", "Saluki", "Maltese", "Peregrine"])),
                "weightKg": G(lambda f: f.money(1, 8)),
                "microchipNumber": G(lambda f: "784" + f.digits(12)),
                "healthCertificateNumber": G(
                    lambda f: "VHC-" + f.pick(["DXB", "BOM", "LON"]) + "-" + f.digits(6)
                ),
            },
            "containerDims": G(lambda f: f.pick(["45x35x20", "40x30x25", "55x40x23"])),
            "petcFee": G(lambda f: f.pick([450, 600, 8000, 75])),
            "ownerFullName": Y(lambda f: f.pname(), "name"),
            "pnr": G(lambda f: f.pnr()),
        },
    ),
    # -- orders and payments --------------------------------------------------------------------
    (
        "track",
        "Order Completed",
        ["node", "java"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "pnr": G(lambda f: f.pnr()),
            "ticketNumbers": Many(G(lambda f: f.ticket()), 4),
            "total": G(lambda f: f.money(300, 15000)),
            "revenue": G(lambda f: f.money(300, 15000)),
            "tax": G(lambda f: f.money(30, 900)),
            "currency": G(lambda f: f.pick(["AED", "INR", "GBP"])),
            "paymentType": G(lambda f: f.pick(["card", "upi", "apple_pay", "miles", "bank_transfer"])),
            "coupon": G(lambda f: f.pick(["", "DIWALI25", "SUMMER10"])),
            "products": Many(fare_product(), 3),
            "passengers_count": G(lambda f: f.r.randint(1, 6)),
            "customerIp": Y(lambda f: f.ipv4(), "ip"),
            "booker": {
                "email": Y(lambda f: f.pemail(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "fullName": Y(lambda f: f.pname(), "name"),
            },
            "loyalty": {
                "number": G(lambda f: f.ffp()),
                "tier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
                "milesEarned": G(lambda f: f.r.randint(0, 40000)),
            },
            "is_corporate": G(lambda f: f.pick([True, False])),
            "corporate": {
                "name": G(
                    lambda f: f.pick(["Infosys Ltd", "Emaar Properties", "Tesco PLC", "Aster DM Healthcare"])
                ),
                "accountId": G(lambda f: "CORP" + f.digits(6)),
            },
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_type": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "upi", "tabby"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])),
                "last4": G(lambda f: f.digits(4)),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "bin": G(lambda f: f.pick(["4", "5", "6"]) + f.digits(5)),
                "holderName": Y(lambda f: ascii_fold(f.pname()).upper(), "name"),
                "vaultToken": RED(lambda f: "src_" + f.hexid(26), "token"),
            },
            "billingAddress": {
                "line1": Y(lambda f: f.home_street(), "address|street"),
                "city": Y(lambda f: f.home_city(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["AE", "IN", "GB"])),
            },
            "threeDS": {
                "version": G(lambda f: f.pick(["2.1.0", "2.2.0"])),
                "eci": G(lambda f: f.pick(["05", "02", "07"])),
                "transStatus": G(lambda f: f.pick(["Y", "C", "N", "A"])),
                "dsTransId": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Legacy Payment Form Submitted",
        ["php"],
        {
            "form-id": G(lambda f: f.pick(["pay-agency-v1", "pay-groups-v2", "pay-charter"])),
            "card-number": RED(lambda f: f.rupay_or_card(), "credit card"),
            "card-holder": Y(lambda f: f.pname(), "name"),
            "expiry-date": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "amount-due": G(lambda f: f.money(200, 40000)),
            "agency-iata": G(lambda f: f.digits(8)),
            "booking-ref": G(lambda f: f.pnr()),
            "contact-email": Y(lambda f: f.pemail(), "email"),
        },
    ),
    (
        "track",
        "Payment Completed",
        ["node-hook"],
        {
            "id": G(lambda f: "pi_" + f.hexid(24)),
            "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "amount": G(lambda f: f.r.randint(20000, 2000000)),
            "currency": G(lambda f: f.pick(["aed", "gbp", "inr"])),
            "status": G(lambda f: f.pick(["succeeded", "requires_action", "processing"])),
            "receipt_email": Y(lambda f: f.pemail(), "email"),
            "statement_descriptor": G(lambda f: "SAQR AIR " + f.pick(["DXB", "LON", "BOM"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["AE", "GB", "IN", "US"])),
            },
            "billing_details": {
                "name": Y(lambda f: f.pname(), "name"),
                "email": Y(lambda f: f.pemail(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.home_street(), "address|street"),
                    "city": Y(lambda f: f.home_city(), "city"),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "state": G(lambda f: f.pick(["Dubai", "Maharashtra", "England", "Karnataka"])),
                    "country": G(lambda f: f.pick(["AE", "IN", "GB"])),
                },
            },
        },
    ),
    (
        "track",
        "UPI Payment Initiated",
        ["kotlin", "flutter"],
        {
            "upiId": RED(lambda f: f.upi(), "bank account"),
            "upiApp": G(lambda f: f.pick(["GPay", "PhonePe", "Paytm", "BHIM"])),
            "amountInr": G(lambda f: f.r.randint(4000, 180000)),
            "txnRef": G(lambda f: "SRUPI" + f.digits(10)),
            "rrn": G(lambda f: f.digits(12)),
            "payerName": Y(lambda f: f.pname(), "name"),
            "collectRequest": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["web", "ruby"],
        {
            "refund_id": G(lambda f: "RF" + f.digits(8)),
            "order_id": G(lambda f: f.hexid(24)),
            "pnr": G(lambda f: f.pnr()),
            "reason": G(
                lambda f: f.pick(
                    ["flight_cancelled", "schedule_change", "medical", "visa_refused", "changed_plans"]
                )
            ),
            "refund_amount": G(lambda f: f.money(50, 8000)),
            "contact_email": Y(lambda f: f.pemail(), "email"),
            "refund_to": G(lambda f: f.pick(["original_payment", "voucher", "bank_transfer"])),
            "bank": {
                "accountHolder": Y(lambda f: f.pname(), "name"),
                "iban": RED(lambda f: f.iban_any(), "bank account"),
                "sortCode": G(lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"),
                "accountNumber": RED(lambda f: f.digits(f.pick([8, 11, 14])), "bank account"),
                "ifsc": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB"]) + "0" + f.digits(6)),
                "bankName": G(
                    lambda f: f.pick(["Emirates NBD", "HDFC Bank", "Barclays", "State Bank of India"])
                ),
            },
            "claim_text": G(
                lambda f: f.pick(
                    [
                        f"Flight {f.flight()} was cancelled, rebooked two days later, refund the taxes",
                        "Schedule changed by 6 hours, I can no longer travel",
                        f"Paid twice for extra baggage on booking {f.pnr()}",
                        "Seat was not available although I paid for it",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Disruption Claim Submitted",
        ["ruby", "web"],
        {
            "claimNumber": G(lambda f: "DC-" + f.digits(8)),
            "flightNumber": G(lambda f: f.flight()),
            "scheduledDeparture": G(lambda f: f.iso()),
            "delayMinutes": G(lambda f: f.r.randint(0, 900)),
            "compensationScheme": G(lambda f: f.pick(["UK261", "EU261", "DGCA-CAR-S3-M4", "none"])),
            "claimAmount": G(lambda f: f.pick([220, 350, 520, 10000, 0])),
            "description": G(
                lambda f: f.pick(
                    [
                        f"Missed my connection in DXB to {f.airport()} because the inbound was late",
                        "Flight cancelled at the gate after 4 hours waiting, no hotel offered",
                        "Diverted to Muscat due to fog, arrived 7 hours late",
                        "Denied boarding due to overbooking",
                    ]
                )
            ),
            "additionalInfo": Y(
                lambda f: f.pick(
                    [
                        f"Please call me on {f.mobile()} as I am travelling",
                        f"Send the decision to {f.pemail()}, not the booking email",
                        f"My daughter's number is {f.mobile()} if I can't be reached",
                    ]
                ),
                "phone|email",
                True,
            ),
            "coPassengerNames": Many(Y(lambda f: f.pname(), "name"), 3),
            "representedBy": G(lambda f: f.pick(["self", "AirHelp", "Flightright", "ClaimCompass"])),
            "claimantEmail": Y(lambda f: f.pemail(), "email"),
            "claimantAddress": Y(lambda f: f.home_address(), "address"),
        },
    ),
    (
        "track",
        "Booking Retrieved",
        ["web"],
        {
            "pnr": G(lambda f: f.pnr()),
            "lastNameMatched": G(lambda f: f.pick([True, False])),
            "retrieval_method": G(lambda f: f.pick(["pnr_lastname", "eticket", "email_link"])),
            "deep_link": Y(
                lambda f: (
                    f"https://www.saqrair.example/manage?pnr={f.pnr()}"
                    f"&lastName={ascii_fold(f.plast()).upper().replace(' ', '%20')}"
                    f"&lang={f.pick(['en-IN', 'en-GB', 'ar-AE'])}"
                ),
                "name",
                True,
            ),
            "segments": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- check-in, boarding, airport ------------------------------------------------------------
    (
        "track",
        "Online Check-in Completed",
        ["swift", "kotlin", "web"],
        {
            "pnr": G(lambda f: f.pnr()),
            "flight_number": G(lambda f: f.flight()),
            "paxCheckedIn": G(lambda f: f.r.randint(1, 6)),
            "bagsDeclared": G(lambda f: f.r.randint(0, 4)),
            "dangerousGoodsDeclared": G(lambda f: False),
            "boardingPassId": G(lambda f: f.uuid()),
            "checkinChannel": G(lambda f: f.pick(["app", "web", "whatsapp"])),
            "apisComplete": G(lambda f: f.pick([True, False])),
            "passengerNames": Many(Y(lambda f: ascii_fold(f.pname()).upper(), "name"), 4),
            "emergencyContact": {
                "fullName": Y(lambda f: f.pname(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "email": Y(lambda f: f.pemail(), "email"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
        },
    ),
    (
        "track",
        "Boarding Pass Added to Wallet",
        ["swift"],
        {
            "walletType": G(lambda f: "apple_wallet"),
            "passTypeIdentifier": G(lambda f: "pass.com.saqrair.boardingpass"),
            "serialNumber": G(lambda f: "BP" + f.digits(12)),
            "barcodeData": Y(lambda f: f.bcbp(), "name", True),
            "barcodeFormat": G(
                lambda f: f.pick(["PKBarcodeFormatAztec", "PKBarcodeFormatQR", "PKBarcodeFormatPDF417"])
            ),
            "gate": G(lambda f: f.pick(["B12", "C34", "A1", "F6", "D8"])),
            "boardingTime": G(lambda f: f.iso()),
            "zone": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "screen",
        "Boarding Pass",
        ["kotlin", "flutter", "rn"],
        {
            "name": G(lambda f: "Boarding Pass"),
            "flight_number": G(lambda f: f.flight()),
            "sequenceNumber": G(lambda f: f.r.randint(1, 350)),
            "passengerName": Y(
                lambda f: ascii_fold(f.plast()).upper() + "/" + ascii_fold(f.pfirst()).upper(), "name"
            ),
            "seat": G(lambda f: f.seat()),
            "brightnessBoosted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Passenger Boarded",
        ["go-hook"],
        {
            "gate": G(lambda f: f.pick(["B12", "C34", "A1", "F6", "D8"])),
            "scannedAt": G(lambda f: f.iso()),
            "agentId": G(lambda f: "AG" + f.digits(5)),
            "scannerSerial": G(lambda f: f.pick(["ZBR-TC52-", "HON-CT60-"]) + f.digits(8)),
            "boardingSequence": G(lambda f: f.r.randint(1, 350)),
            "pnr": G(lambda f: f.pnr()),
            "documentsChecked": G(lambda f: f.pick([True, False])),
            "flight_number": G(lambda f: f.flight()),
            "wchrCount": G(lambda f: f.r.randint(0, 14)),
        },
    ),
    (
        "track",
        "Bag Tag Printed",
        ["go-hook"],
        {
            "baggage": {
                "licensePlate": G(lambda f: "0648" + f.digits(6)),
                "weightKg": G(lambda f: f.money(5, 32)),
                "pieces": G(lambda f: f.r.randint(1, 3)),
                "finalDestination": G(lambda f: f.airport()),
            },
            "printerId": G(lambda f: "BTP-" + f.pick(["T1", "T3"]) + "-" + f.digits(3)),
            "agentId": G(lambda f: "AG" + f.digits(5)),
            "pnr": G(lambda f: f.pnr()),
        },
    ),
    (
        "track",
        "Kiosk Check-in",
        ["java-hook"],
        {
            "kiosk-id": G(lambda f: f.pick(["DXB-T3-K", "BOM-T2-K", "LHR-T4-K"]) + f.digits(2)),
            "airport-code": G(lambda f: f.pick(["DXB", "BOM", "LHR", "COK"])),
            "pax-count": G(lambda f: f.r.randint(1, 5)),
            "document-type": G(lambda f: f.pick(["passport", "emirates_id"])),
            "document-number": RED(
                lambda f: f.pick([f.passport_no(), f.emirates_id()]), "passport|national id"
            ),
            "pax-surname": Y(lambda f: ascii_fold(f.plast()).upper(), "name"),
            "receipt-email": Y(lambda f: f.pemail(), "email"),
            "bag-count": G(lambda f: f.r.randint(0, 4)),
            "session-duration-ms": G(lambda f: f.r.randint(30000, 400000)),
        },
    ),
    (
        "track",
        "DigiYatra Enrolled",
        ["kotlin", "flutter"],
        {
            "maskedAadhaar": RED(lambda f: "XXXX XXXX " + f.digits(4), "national id"),
            "digiYatraId": G(lambda f: "DY" + f.hexid(16).upper()),
            "faceCaptured": G(lambda f: f.pick([True, False])),
            "airport": G(lambda f: f.pick(["BLR", "DEL", "HYD", "COK", "BOM"])),
            "credentialShared": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Flight Status Checked",
        ["flutter", "web"],
        {
            "flight_number": G(lambda f: f.flight()),
            "date": G(lambda f: f.dep_date()),
            "status": G(lambda f: f.pick(["on_time", "delayed", "boarding", "cancelled", "landed"])),
            "subscribedSms": G(lambda f: f.pick([True, False])),
            "smsNumber": Y(lambda f: f.mobile(), "phone"),
            "notifyEmail": Y(lambda f: f.pemail(), "email"),
        },
    ),
    (
        "track",
        "Nearby Airport Detected",
        ["flutter"],
        {
            "lat": Y(lambda f: round(f.r.uniform(8.0, 56.0), 5), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-4.5, 88.0), 5), "geolocation"),
            "accuracyM": G(lambda f: f.r.randint(5, 200)),
            "nearestAirport": G(lambda f: f.airport()),
            "distanceKm": G(lambda f: f.money(1, 80)),
        },
    ),
    # -- ancillaries ----------------------------------------------------------------------------
    (
        "track",
        "Chauffeur Drive Booked",
        ["rn", "swift"],
        {
            "pickupAddress": Y(lambda f: f.home_address(), "address"),
            "pickupLat": Y(lambda f: round(f.r.uniform(24.0, 25.5), 6), "geolocation"),
            "pickupLng": Y(lambda f: round(f.r.uniform(54.3, 55.6), 6), "geolocation"),
            "pickupTime": G(lambda f: f.iso()),
            "vehicleClass": G(lambda f: f.pick(["BMW 7 Series", "Mercedes S-Class", "Lexus ES"])),
            "driverName": Y(lambda f: f.pname(), "name"),
            "passengerMobile": Y(lambda f: f.mobile(), "phone"),
            "driverMaskedPhone": G(
                lambda f: f.pick(["+971 4 555 0100", "+971 4 555 0123", "+971 4 555 0188"])
            ),
            "vehicleRegistration": Y(
                lambda f: (
                    f.pick(["Dubai ", "Abu Dhabi ", "Sharjah "])
                    + f.pick("ABCDGHJKLMN")
                    + " "
                    + str(f.r.randint(1000, 99999))
                ),
                "license",
            ),
            "dropoffAirport": G(lambda f: f.pick(["DXB", "AUH"])),
            "chauffeurVendor": G(lambda f: f.pick(["Blacklane", "Al Ghazal Transport", "Careem Business"])),
        },
    ),
    (
        "track",
        "Airport Parking Booked",
        ["web"],
        {
            "parkingProduct": G(lambda f: f.pick(["Meet & Greet", "Long Stay", "Short Stay", "Valet"])),
            "entryTime": G(lambda f: f.iso()),
            "exitTime": G(lambda f: f.iso()),
            "carRegistration": Y(
                lambda f: f.pick(["AB12 CDE", "LK70 XTP", "MA19 OPR", "GX68 BNV", "YR21 KHL"]), "license"
            ),
            "carMake": G(lambda f: f.pick(["Toyota", "Ford", "BMW", "Kia"])),
            "carColour": G(lambda f: f.pick(["black", "silver", "white", "blue"])),
            "terminal": G(lambda f: f.pick(["T3", "T4", "T5", "T2"])),
            "parkingPrice": G(lambda f: f.money(20, 250)),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["java"],
        {
            "policyNumber": Y(lambda f: f.pick(["TRV", "AXA-", "TATA"]) + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["AXA Gulf", "Tata AIG", "Allianz Partners"])),
            "premium": G(lambda f: f.money(20, 400)),
            "coverageType": G(lambda f: f.pick(["single_trip", "annual", "family"])),
            "insuredTravellers": Many(
                {
                    "fullName": Y(lambda f: f.pname(), "name"),
                    "dateOfBirth": Y(lambda f: f.dob(1940, 2024), "birthdate"),
                    "passportNumber": RED(lambda f: f.passport_no(), "passport"),
                    "relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
                },
                4,
            ),
            "preExistingConditionDeclared": Y(lambda f: f.pick([True, False]), "condition"),
            "nomineeName": Y(lambda f: f.pname(), "name"),
        },
    ),
    (
        "track",
        "Hotel Added",
        ["web", "rn"],
        {
            "hotelName": G(
                lambda f: f.pick(
                    ["Rove Downtown", "Jumeirah Beach Hotel", "Premier Inn Dubai Airport", "Taj Dubai"]
                )
            ),
            "hotelCity": G(lambda f: "Dubai"),
            "hotelAddress": G(
                lambda f: f.pick(
                    [
                        "312 Al Sa'ada Street, Downtown Dubai",
                        "Jumeirah Street, Umm Suqeim 3",
                        "Al Garhoud, Dubai International Airport",
                    ]
                )
            ),
            "hotelPhone": G(lambda f: f.pick(["+971 4 561 9000", "+971 4 348 0000", "+971 4 885 0999"])),
            "checkIn": G(lambda f: f.dep_date()),
            "nights": G(lambda f: f.r.randint(1, 4)),
            "roomType": G(lambda f: f.pick(["Deluxe King", "Twin", "Family Suite"])),
            "guestName": Y(lambda f: f.pname(), "name"),
            "guestEmail": Y(lambda f: f.pemail(), "email"),
            "starRating": G(lambda f: f.pick([3, 4, 5])),
        },
    ),
    (
        "track",
        "Lounge Access Purchased",
        ["swift", "kotlin"],
        {
            "loungeName": G(
                lambda f: f.pick(["Saqr Business Lounge B", "Marhaba Lounge", "Plaza Premium T2"])
            ),
            "airport": G(lambda f: f.pick(["BLR", "DEL", "HYD", "COK", "BOM", "DXB"])),
            "guests": G(lambda f: f.r.randint(0, 3)),
            "price": G(lambda f: f.pick([150, 250, 3500, 45])),
            "accessType": G(lambda f: f.pick(["paid", "tier", "card_benefit"])),
            "guestNames": Many(Y(lambda f: f.pname(), "name"), 3),
        },
    ),
    (
        "track",
        "Visa Requirement Checked",
        ["web"],
        {
            "passportNationality": Y(lambda f: f.pick(["IN", "GB", "PK", "PH", "EG", "NG"]), "citizenship"),
            "destination": G(lambda f: f.airport()),
            "transitVia": G(lambda f: f.pick(["DXB", "AUH", ""])),
            "visaRequired": G(lambda f: f.pick([True, False])),
            "holdsUaeResidenceVisa": RED(lambda f: f.pick([True, False]), "visa"),
            "timaticVersion": G(lambda f: f.pick(["2024.11", "2025.01", "2025.02"])),
        },
    ),
    (
        "track",
        "Upgrade Bid Placed",
        ["web", "swift"],
        {
            "bidAmount": G(lambda f: f.r.randint(200, 4000)),
            "targetCabin": G(lambda f: f.pick(["J", "F", "W"])),
            "pnr": G(lambda f: f.pnr()),
            "payment_type": G(lambda f: f.pick(["card", "miles"])),
            "bidStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    # -- loyalty --------------------------------------------------------------------------------
    (
        "track",
        "Loyalty Enrolled",
        ["web", "rn"],
        {
            "memberNumber": G(lambda f: f.ffp()),
            "tier": G(lambda f: "blue"),
            "enrolmentSource": G(lambda f: f.pick(["booking_flow", "app", "airport_kiosk", "partner_hdfc"])),
            "memberFirstName": Y(lambda f: f.pfirst(), "name"),
            "memberLastName": Y(lambda f: f.plast(), "name"),
            "preferredName": Y(lambda f: f.pfirst(), "name"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "email": Y(lambda f: f.pemail(), "email"),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "referrerMemberNumber": G(lambda f: f.ffp()),
            "homeAirport": G(lambda f: f.airport()),
        },
    ),
    (
        "track",
        "Family Pool Member Added",
        ["swift", "kotlin"],
        {
            "poolId": G(lambda f: "FP" + f.digits(7)),
            "nominee": {
                "firstName": Y(lambda f: f.pfirst(), "name"),
                "lastName": Y(lambda f: f.plast(), "name"),
                "dateOfBirth": Y(lambda f: f.dob(1950, 2022), "birthdate"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "sibling"])),
                "memberNumber": G(lambda f: f.ffp()),
            },
            "poolSize": G(lambda f: f.r.randint(2, 8)),
        },
    ),
    (
        "track",
        "Miles Transferred",
        ["node", "swift"],
        {
            "fromMember": G(lambda f: f.ffp()),
            "toMember": G(lambda f: f.ffp()),
            "recipientName": Y(lambda f: f.pname(), "name"),
            "recipientEmail": Y(lambda f: f.pemail(), "email"),
            "miles": G(lambda f: f.pick([1000, 2500, 5000, 10000, 25000])),
            "fee": G(lambda f: f.money(0, 300)),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Happy birthday {n}! Enjoy the trip",
                        "For your Goa holiday, {n}",
                        "{n}, use these for Eid!",
                        "Congrats on the new job {n}",
                    ]
                ).format(n=f.pfirst()),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Miles Redeemed",
        ["web", "kotlin"],
        {
            "milesUsed": G(lambda f: f.r.randint(5000, 150000)),
            "redemptionType": G(lambda f: f.pick(["award_flight", "upgrade", "partner_hotel", "lounge"])),
            "milesBalanceAfter": G(lambda f: f.r.randint(0, 600000)),
            "award_pnr": G(lambda f: f.pnr()),
            "cashTopUp": G(lambda f: f.money(0, 900)),
        },
    ),
    # -- identity -------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin", "rn", "web"],
        {
            "email": Y(lambda f: f.pemail(), "email"),
            "firstName": Y(lambda f: f.pfirst(), "name"),
            "lastName": Y(lambda f: f.plast(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.home_street(), "street|address"),
                "city": Y(lambda f: f.home_city(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.pick(["Dubai", "Kerala", "England", "Maharashtra", "Scotland"])),
                "country": G(lambda f: f.pick(["United Arab Emirates", "India", "United Kingdom"])),
            },
            "nationality": Y(lambda f: f.nationality(), "citizenship"),
            "avatar": Y(lambda f: f"https://cdn.saqrair.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "loyaltyNumber": G(lambda f: f.ffp()),
            "loyaltyTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
            "milesBalance": G(lambda f: f.r.randint(0, 900000)),
            "createdAt": G(lambda f: f.iso()),
            "homeAirport": G(lambda f: f.airport()),
            "preferredLanguage": G(lambda f: f.pick(["en", "ar", "hi", "ml", "ta"])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "totalFlights": G(lambda f: f.r.randint(0, 400)),
            "age": G(lambda f: f.r.randint(18, 85)),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: f.pfirst(), "name"),
            "LastName": Y(lambda f: f.plast(), "name"),
            "Email": Y(lambda f: f.pemail(), "email"),
            "MobileNumber": Y(lambda f: f.mobile("AE"), "phone"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "Nationality": Y(lambda f: f.nationality(), "citizenship"),
            "EmiratesIdNumber": RED(lambda f: f.emirates_id(), "national id"),
            "PassportNumber": RED(lambda f: f.passport_no(), "passport"),
            "Gender": Y(lambda f: f.pick(["Male", "Female"]), "gender"),
            "HomeCity": Y(lambda f: f.pick(UAE_CITIES), "city"),
            "PreferredLanguage": G(lambda f: f.pick(["en-AE", "ar-AE"])),
            "LoyaltyTier": G(lambda f: f.pick(["Blue", "Silver", "Gold", "Platinum"])),
            "CreatedUtc": G(lambda f: f.iso()),
            "CorporateAccount": G(lambda f: f.pick(["ADNOC", "Emaar Properties", "DP World", ""])),
            "JobTitle": G(
                lambda f: f.pick(["Procurement Manager", "Site Engineer", "HR Business Partner", "Nurse"])
            ),
            "IsEmailVerified": G(lambda f: f.pick([True, False])),
            "MarketingOptInSms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python-hook"],
        {
            "PASSENGER_FIRST_NAME": Y(lambda f: ascii_fold(f.pfirst()).upper(), "name"),
            "PASSENGER_LAST_NAME": Y(lambda f: ascii_fold(f.plast()).upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.pemail(), "email"),
            "MOBILE_E164": Y(lambda f: f.mobile().replace(" ", "").replace("-", ""), "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "NATIONALITY_CODE": Y(lambda f: f.pick(["IN", "GB", "AE", "PK", "PH"]), "citizenship"),
            "LIFETIME_REVENUE_AED": G(lambda f: f.money(0, 400000)),
            "FLIGHTS_LAST_12M": G(lambda f: f.r.randint(0, 60)),
            "LAST_FLIGHT_DATE": G(lambda f: f.date(2023, 2025)),
            "HOME_AIRPORT": G(lambda f: f.airport()),
            "HOME_CITY": Y(lambda f: f.home_city().upper(), "city"),
            "HOME_POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "PREDICTED_CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LOYALTY_TIER": G(lambda f: f.pick(["BLUE", "SILVER", "GOLD", "PLATINUM"])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "MARITAL_STATUS": G(lambda f: f.pick(["SINGLE", "MARRIED", "UNKNOWN"])),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "new", "hibernating"])),
            "CONSENT_EMAIL": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "yatri_naam": Y(lambda f: f.person("indian")["first"] + " " + f.person("indian")["last"], "name"),
            "mobile_sankhya": Y(lambda f: f.mobile("IN"), "phone"),
            "janm_tithi": Y(lambda f: f.pick([f.dob(), "/".join(reversed(f.dob().split("-")))]), "birthdate"),
            "pata": Y(lambda f: f.home_street(), "address"),
            "shahar": Y(lambda f: f.pick(IN_CITIES), "city"),
            "pin_code": Y(lambda f: f.in_pin(), "zipcode"),
            "rajya": G(lambda f: f.pick(IN_STATES)),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "aadhaar_sankhya": RED(lambda f: f.aadhaar(), "national id"),
            "pan_sankhya": RED(lambda f: f.pan(), "national id"),
            "bhasha": G(lambda f: f.pick(["hi", "en", "ml", "ta", "bn"])),
            "sadasyata_sankhya": G(lambda f: f.ffp()),
            "sthiti": G(lambda f: f.pick(["sakriya", "nishkriya"])),
        },
    ),
    (
        "track",
        "Passenger Profile Synced",
        ["node-hook"],
        {
            "al_ism_al_awwal": Y(lambda f: f.person("emirati")["first"], "name"),
            "ism_al_aila": Y(lambda f: f.person(f.pick(["emirati", "levant_egypt"]))["last"], "name"),
            "raqam_al_jawal": Y(lambda f: f.mobile("AE"), "phone"),
            "al_barid_al_electroni": Y(lambda f: f.pemail(), "email"),
            "tarikh_al_milad": Y(lambda f: f.dob(), "birthdate"),
            "al_jinsiya": Y(lambda f: f.pick(["ARE", "EGY", "JOR", "IND", "PAK"]), "citizenship"),
            "raqam_al_hawiya": RED(lambda f: f.emirates_id(), "national id"),
            "raqam_jawaz_al_safar": RED(lambda f: f.passport_no(), "passport"),
            "al_imara": G(lambda f: f.pick(["Dubai", "Abu Dhabi", "Sharjah", "Ajman"])),
            "al_unwan": Y(lambda f: f"Villa {f.r.randint(1, 80)}, {f.pick(UAE_AREAS)}", "address"),
            "raqam_al_udwiya": G(lambda f: f.ffp()),
            "al_fia": G(lambda f: f.pick(["blue", "silver", "gold"])),
            "tarikh_al_tahdith": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed In",
        ["swift", "web", "kotlin"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google", "uae_pass"])),
            "mfaUsed": G(lambda f: f.pick([True, False])),
            "loginEmail": Y(lambda f: f.pemail(), "email"),
            "magicLinkToken": RED(lambda f: f.hexid(40), "token"),
            "failedAttemptsBefore": G(lambda f: f.r.randint(0, 5)),
            "sessionToken": RED(lambda f: f.jwt(), "token"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["php", "go"],
        {
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
            "value": Y(lambda f: f.pick([f.pemail(), f.mobile()]), "email|phone", True),
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "otpLength": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expiresInSec": G(lambda f: f.pick([120, 300, 600])),
        },
    ),
    (
        "group",
        None,
        ["dotnet", "node"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Infosys Ltd", "Emaar Properties", "Tesco PLC", "Aster DM Healthcare", "DP World"]
                )
            ),
            "industry": G(
                lambda f: f.pick(["IT services", "Real estate", "Retail", "Healthcare", "Logistics"])
            ),
            "employees": G(lambda f: f.pick([1200, 45000, 300000, 8000])),
            "plan": G(lambda f: f.pick(["corporate_silver", "corporate_gold", "sme"])),
            "accountManagerName": Y(lambda f: f.pname(), "name"),
            "accountManagerEmail": Y(
                lambda f: (
                    ascii_fold(f.pfirst()).lower().replace(" ", "")
                    + "."
                    + ascii_fold(f.plast()).lower().replace(" ", "")
                    + "@saqrair.example"
                ),
                "email",
            ),
            "billingEmail": G(
                lambda f: f.pick(
                    ["accounts.payable@infosys.example", "travel.desk@emaar.example", "ap@tesco.example"]
                )
            ),
            "switchboardPhone": G(
                lambda f: f.pick(["+91 80 2852 0261", "+971 4 367 3333", "+44 1992 632222"])
            ),
            "headquarters": {
                "city": G(lambda f: f.pick(["Bengaluru", "Dubai", "Welwyn Garden City"])),
                "country": G(lambda f: f.pick(["IN", "AE", "GB"])),
            },
            "gstin": G(lambda f: f.pick(["29AAACI4798L1ZX", "27AABCT3518Q1ZW", "07AAACD1234K1Z5"])),
            "trn": G(lambda f: "100" + f.digits(12)),
            "iataNumber": G(lambda f: f.digits(8)),
            "website": G(lambda f: f.pick(["https://www.infosys.example", "https://www.emaar.example"])),
        },
    ),
    (
        "track",
        "Corporate Booking Approved",
        ["dotnet"],
        {
            "ApprovalId": G(lambda f: f.uuid()),
            "ApproverName": Y(lambda f: f.pname(), "name"),
            "ApproverEmail": Y(lambda f: f.pemail(), "email"),
            "TravellerName": Y(lambda f: f.pname(), "name"),
            "TravellerEmployeeId": G(lambda f: "E" + f.digits(6)),
            "CostCentre": G(lambda f: f.pick(["CC-4410", "CC-2001", "OPS-UAE-07"])),
            "TravelPolicyCompliant": G(lambda f: f.pick([True, False])),
            "TotalFare": G(lambda f: f.money(300, 20000)),
            "Currency": G(lambda f: f.pick(["AED", "INR", "GBP"])),
        },
    ),
    # -- staff, crew, contact centre -------------------------------------------------------------
    (
        "track",
        "Agent Booking Modified",
        ["java"],
        {
            "agentId": G(lambda f: "AG" + f.digits(5)),
            "agentName": Y(lambda f: f.pname(), "name"),
            "agentEmail": Y(
                lambda f: (
                    ascii_fold(f.pfirst()).lower().replace(" ", "")[0]
                    + "."
                    + ascii_fold(f.plast()).lower().replace(" ", "")
                    + "@saqrair.example"
                ),
                "email",
            ),
            "officeId": G(lambda f: f.pick(["DXBSR08AA", "BOMSR01CC", "LONSR22BB"])),
            "action": G(lambda f: f.pick(["rebook", "name_correction", "waive_fee", "split_pnr", "refund"])),
            "pnr": G(lambda f: f.pnr()),
            "waiverCode": G(lambda f: f.pick(["WX" + f.digits(3), ""])),
            "reason": G(lambda f: f.pick(["ops_disruption", "customer_request", "medical", "bereavement"])),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Pax called from {p}, rebooked on next available",
                        "Callback requested on {p} re name correction",
                        "Contact updated to {p}; fee waived per supervisor",
                    ]
                ).format(p=f.mobile()),
                "phone",
                True,
            ),
            "fareDifference": G(lambda f: f.money(0, 3000)),
            "queueNumber": G(lambda f: f.r.randint(1, 99)),
        },
    ),
    (
        "track",
        "Crew Report Filed",
        ["go"],
        {
            "crewStaffNumber": G(lambda f: f.digits(6)),
            "crewName": Y(lambda f: f.pname(), "name"),
            "crewRole": G(lambda f: f.pick(["CPT", "FO", "SFS", "FA"])),
            "base": G(lambda f: f.pick(["DXB", "BOM", "LHR"])),
            "flight_number": G(lambda f: f.flight()),
            "reportType": G(lambda f: f.pick(["cabin_defect", "catering", "unruly_passenger", "medical"])),
            "involvedPassengerSeat": G(lambda f: f.seat()),
            "involvedPassengerName": Y(lambda f: ascii_fold(f.pname()).upper(), "name"),
            "incidentNotes": G(
                lambda f: f.pick(
                    [
                        "Oven 3 in galley 2 u/s, MEL raised",
                        "Catering short 4 vegetarian meals ex BOM",
                        "IFE screen 23C frozen, reset twice",
                        "Lav 4 smoke detector fault",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Catering Loaded",
        ["go-hook"],
        {
            "flight_number": G(lambda f: f.flight()),
            "mealsLoaded": G(lambda f: f.r.randint(150, 480)),
            "specialMealsLoaded": {
                "MOML": G(lambda f: f.r.randint(0, 60)),
                "HNML": G(lambda f: f.r.randint(0, 30)),
                "KSML": G(lambda f: f.r.randint(0, 4)),
                "DBML": G(lambda f: f.r.randint(0, 8)),
                "VGML": G(lambda f: f.r.randint(0, 25)),
            },
            "caterer": G(lambda f: f.pick(["emirates flight catering", "TajSATS", "Gate Gourmet LHR"])),
            "loadedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Crew Roster Bid Submitted",
        ["kotlin"],
        {
            "staffNumber": G(lambda f: f.digits(6)),
            "bidPeriod": G(lambda f: f.pick(["2025-03", "2025-04", "2025-05"])),
            "preferredPairings": Many(
                G(lambda f: f.pick(["DXB-LHR-DXB", "DXB-COK-DXB", "DXB-BOM-DXB", "DXB-MAN-DXB"])), 3
            ),
            "unionMembership": Y(
                lambda f: f.pick(["BALPA", "Unite the Union", "ALPA India", "IPG"]), "trade union"
            ),
            "hourlyFlyingPay": Y(lambda f: f.pick([62.5, 71.0, 88.25, 104.0, 133.5]), "salary"),
            "seniorityNumber": G(lambda f: f.r.randint(1, 4000)),
            "homeBase": G(lambda f: f.pick(["DXB", "BOM", "LHR"])),
            "daysOffRequested": G(lambda f: f.r.randint(0, 10)),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node-hook"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.mobile().replace(" ", "").replace("-", ""), "phone"),
            "To": G(lambda f: f.pick(["+97146008888", "+912233557788", "+442034507777"])),
            "CallerName": Y(lambda f: ascii_fold(f.pname()).upper(), "name"),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: f.r.randint(10, 3600)),
            "Direction": G(lambda f: "inbound"),
            "FromCountry": G(lambda f: f.pick(["AE", "IN", "GB"])),
            "FromCity": Y(lambda f: f.pick(["DUBAI", "MUMBAI", "LONDON", "KOCHI", "SHARJAH"]), "city"),
            "QueueTime": G(lambda f: f.r.randint(0, 1500)),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python-hook"],
        {
            "email": Y(lambda f: f.pemail(), "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(
                lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8) + "-1-" + f.hexid(8).upper() + "-1.0"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd{f.r.randint(1, 9)}.sendgrid.net>"),
            "ip": G(lambda f: f.pick(["167.89.118.4", "149.72.154.231", "168.245.40.12"])),
            "response": G(lambda f: f.pick(["250 2.0.0 OK", "250 Message accepted", "250 2.6.0 Queued"])),
            "tls": G(lambda f: f.pick([0, 1])),
            "category": Many(
                G(
                    lambda f: f.pick(
                        ["booking_confirmation", "eticket", "checkin_reminder", "miles_statement"]
                    )
                ),
                2,
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Ad Click Attributed",
        ["node"],
        {
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(48), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "ttclid": Y(lambda f: "E.C.P." + f.hexid(40), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social"])),
            "utm_campaign": G(lambda f: f.pick(["summer_sale_25", "diwali_fares", "ramadan_offers"])),
            "landing_page": G(lambda f: "https://www.saqrair.example" + f.pick(PAGES)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "rn"],
        {
            "campaign_id": G(lambda f: "cmp_" + f.hexid(10)),
            "message_title": G(
                lambda f: f.pick(
                    [
                        f"Your flight {f.flight()} is now boarding",
                        "Check-in is open",
                        "Gate changed",
                        "Miles expiring soon",
                    ]
                )
            ),
            "push_deep_link": G(
                lambda f: f.pick(["saqrair://trips", "saqrair://checkin", "saqrair://miles"])
            ),
            "opened_from_background": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "rn"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": G(
                lambda f: f.pick(
                    [
                        "Where is my bag?",
                        "Can I add a bag to my booking?",
                        "Is my flight on time?",
                        "How do I get a refund?",
                        "I need to change my date",
                    ]
                )
            ),
            "author_role": G(lambda f: f.pick(["customer", "agent", "bot"])),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "intent": G(lambda f: f.pick(["baggage", "change", "refund", "status"])),
        },
    ),
    (
        "track",
        "Chatbot Answer Submitted",
        ["web"],
        {
            "question_id": G(lambda f: "ask_email_for_receipt"),
            "input": Y(lambda f: f.pemail(), "email", True),
            "bot_version": G(lambda f: f.pick(["2.4.1", "2.5.0", "2.5.2"])),
            "turn": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "Feedback Survey Submitted",
        ["ruby"],
        {
            "survey_id": G(lambda f: "SV" + f.digits(5)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comments": G(
                lambda f: f.pick(
                    ["Food was cold", "Great legroom", "Boarding was chaotic", "Wifi did not work", ""]
                )
            ),
            "crew_compliment": Y(
                lambda f: f.pick(
                    [
                        "{n} in business class was wonderful",
                        "Thanks to {n} at the gate",
                        "{n} looked after my mother so well",
                    ]
                ).format(n=f.pfirst()),
                "name",
                True,
            ),
            "flight_number": G(lambda f: f.flight()),
            "cabin": G(lambda f: f.pick(["Y", "W", "J"])),
        },
    ),
    (
        "page",
        None,
        ["web"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Home", "Search Results", "Manage Booking", "Saqr Miles Dashboard", "Payment"]
                )
            ),
            "category": G(lambda f: f.pick(["booking", "loyalty", "content"])),
            "path": G(lambda f: f.pick(PAGES)),
            "url": G(lambda f: "https://www.saqrair.example" + f.pick(PAGES)),
            "title": G(
                lambda f: f.pick(["Book flights | Saqr Air", "Manage your booking | Saqr Air", "Saqr Miles"])
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.saqrair.example/"])),
        },
    ),
    (
        "screen",
        "Trips",
        ["swift", "kotlin", "flutter"],
        {
            "name": G(lambda f: f.pick(["Trips", "Trip Detail", "Saqr Miles", "Settings"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Trips", "Profile"])),
            "tab": G(lambda f: f.pick(["upcoming", "past"])),
            "trips_count": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web", "rn"], {}),
]


def build(seed: int, repeats: int):
    f = AirFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "u_" + f.digits(8),
            }
            if event and kind == "track":
                msg["event"] = event
            if kind in ("screen", "page") and event:
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = "corp_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=188, repeats=36)
    write(Path(__file__).parent, "holdout188_", events, labels)
