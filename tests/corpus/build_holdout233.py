"""Writes holdout233: tests/corpus/holdout233_events.jsonl and holdout233_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout233`; the output is deterministic (seeded).

What it covers: "CarNexa", a used-car dealership group and auto-finance portal selling in South
Africa (ZAR), the UAE (AED) and Germany (EUR). Vehicle listings and searches, shortlists, test
drives, trade-in valuations and payouts, finance applications with income, bureau and identity
checks (SA ID numbers, Emirates IDs, German Personalausweis and Steuer-ID), credit life and
insurance add-ons, deposits, debit orders, delivery and registration paperwork, dealer staff
(commission, onboarding, inspections), leads from the website, a marketplace feed, WhatsApp,
SMS and a telephony webhook, and a warehouse reverse-ETL feed. Messages are identify, track,
page, screen, group and alias calls with the `context` blocks of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, the Flutter library and the python, node, go, java,
ruby, php and C# server libraries. Each event is rendered for one market at a time, so phones,
addresses, postcodes, ids, currencies and locales agree with each other within one message.

Conventions: most keys are camelCase or snake_case English. About 15-20 % of paths are not:
PascalCase from the .NET finance and trade-in services, kebab-case from a legacy PHP dealer CMS,
SCREAMING_SNAKE from the warehouse reverse-ETL, German keys from the German finance and payroll
backends, Afrikaans keys from a South African branch system, and Arabic-script keys from a UAE
landing-page form builder. Optional keys (campaign blocks, advertising ids, push tokens, traits)
are present in some messages only, as the client libraries send them.

Labelling rules (Privacy Portal default colours):
- PII = personal data about a natural person: the user, a co-applicant, a beneficiary, an
  emergency contact, a referee, a recipient, or a staff member (salesperson, driver, inspector,
  dealer principal). Colour is the reference matcher's default colour; outside the reference
  table, red for credentials/secrets/tokens, full card numbers, bank accounts, government ids
  and health ids, yellow otherwise (geolocation, advertising id, credit score).
- Green: ids we issue (user, lead, booking, application, stock numbers, mandate references,
  UUIDs, numeric ids), versions, timestamps, hashes of files, amounts, counters, booleans and
  enums even under PII-sounding keys (`email_verified`, `phoneCount`, `id_type`,
  `licence_code`), vehicle, product, bank, insurer, employer and dealership names, places that
  are not the person's (a searched area, a branch city), country, province/emirate/Bundesland,
  locale, timezone, currency, user agents, OS analytics device ids, card brand, last four,
  BIN, masked PANs, expiry, bank branch codes and SWIFT codes.
- The product's published policy for contested cases is followed: loyalty and customer numbers,
  ages, marital status, job titles and employers, a business's own phone/e-mail/address
  (branches, sales@ mailboxes, the dealer's number in a telephony webhook, WhatsApp business
  numbers) are green; insurance policy numbers, medical-aid member numbers and the German eVB
  insurance confirmation code are yellow `identification`; pay, salary, income and commission
  are yellow `salary`; bureau scores are yellow `credit score`; number plates are yellow
  `license` and VINs yellow `serial` (also for dealer stock: policy does not distinguish);
  gclid/fbclid/fbp/fbc are yellow `advertising id`; billing and delivery addresses are yellow;
  payment tokens (`pm_`, `src_`), one-time codes, push tokens and magic-link tokens are red
  `token`; identity document numbers are red `national id`/`passport`; residency / work-permit
  answers are red `visa`.
- Special categories: smoker status and pre-existing conditions are yellow `condition`; the
  German church-tax `Konfession` is yellow `religion`; the SA employment-equity population group
  is yellow `race`; disability flags (hand controls needed, Schwerbehinderung) are red
  `disability`; the `Anrede` salutation (Herr/Frau) reveals sex and is yellow `gender`.
- value_only is true when the key does not say what the value is (`note`, `text`, `q`,
  `input`, `to`, `raw_digits`, `recipient`, `origin`, `wa_id`, `betreff`, `empfaenger`,
  `context.externalIds[].id`) and only the value reveals it. Such a PII path holds that PII in
  every value. Free text is labelled by what every one of its values
  carries, green when none does; no free-text path in this corpus mixes PII and non-PII values.
- Judgement calls, stated so the scorer knows them: hashes of a person's e-mail or phone sent
  for ad matching (`em`, `ph` in the Meta CAPI block) are labelled as the thing hashed (yellow
  `email`/`phone`), because they remain personal data and are sent exactly to identify the
  person; a suburb or district of the person's home is `city|address`; a choice of Islamic
  (murabaha) finance is a product choice, green, not religion; document expiry dates are green
  like card expiry; the dealer principal's personal mobile and a named staff member's work
  e-mail are personal (yellow), role mailboxes are not; the last four digits of a recipient's
  ID number are red `national id`, as the last four of an SSN are; the hashed country in the
  CAPI block is a hash of non-PII, green.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- rendering with optional keys -------------------------------------------------------------------


class Opt:
    """A key present in a share `p` of the messages."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item = item
        self.p = p


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


# -- people, places and documents of the three markets ----------------------------------------------

ZA_FIRST = [
    "Thabo",
    "Naledi",
    "Sipho",
    "Lerato",
    "Pieter",
    "Annelie",
    "Johan",
    "Zanele",
    "Ayesha",
    "Kagiso",
    "Bongani",
    "Refilwe",
    "Riaan",
    "Charmaine",
    "Sibusiso",
    "Nomvula",
    "Tshepo",
    "Lindiwe",
    "Deon",
    "Yusuf",
    "Priyanka",
    "Mpho",
]
ZA_LAST = [
    "Nkosi",
    "Dlamini",
    "van der Merwe",
    "Botha",
    "Mokoena",
    "Naidoo",
    "Pillay",
    "Khumalo",
    "Ndlovu",
    "Pretorius",
    "Mahlangu",
    "Jacobs",
    "Petersen",
    "du Plessis",
    "Molefe",
    "Govender",
    "Sithole",
    "Coetzee",
    "Abrahams",
]
AE_FIRST = [
    "Mohammed",
    "Fatima",
    "Ahmed",
    "Mariam",
    "Khalid",
    "Noura",
    "Saeed",
    "Aisha",
    "Hamdan",
    "Latifa",
    "Rashid",
    "Sara",
    "Rahul",
    "Anjali",
    "Maria",
    "Jose",
    "Ayesha",
    "Omar",
    "Rania",
    "James",
    "Olena",
    "Tariq",
]
AE_LAST = [
    "Al Mansoori",
    "Al Hashimi",
    "Al Suwaidi",
    "Al Nuaimi",
    "Al Ketbi",
    "Al Mazrouei",
    "Al Shamsi",
    "Al Falasi",
    "Al Dhaheri",
    "Menon",
    "Nair",
    "Santos",
    "Reyes",
    "Raza",
    "Siddiqui",
    "Haddad",
    "Khoury",
    "Whitfield",
    "Kovalenko",
    "Farouk",
]
DE_FIRST = [
    "Lukas",
    "Anna",
    "Jonas",
    "Lea",
    "Maximilian",
    "Sophie",
    "Mehmet",
    "Elif",
    "Katarzyna",
    "Paul",
    "Marie",
    "Jürgen",
    "Sabine",
    "Dimitrios",
    "Hannah",
    "Felix",
    "Ayşe",
    "Tobias",
]
DE_LAST = [
    "Schneider",
    "Weber",
    "Müller",
    "Fischer",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Y\u0131lmaz",
    "Kaya",
    "Nowak",
    "Wagner",
    "Schulz",
    "Krause",
    "Papadopoulos",
    "Özdemir",
    "Lehmann",
    "Zimmermann",
    "Braun",
]
AR_NAMES = [
    "محمد المنصوري",
    "فاطمة الهاشمي",
    "أحمد السويدي",
    "مريم النعيمي",
    "خالد الكتبي",
    "نورة المزروعي",
    "سعيد الشامسي",
    "عائشة الفلاسي",
    "حمدان الظاهري",
    "لطيفة العامري",
]

NAMES = {"ZA": (ZA_FIRST, ZA_LAST), "AE": (AE_FIRST, AE_LAST), "DE": (DE_FIRST, DE_LAST)}
MAIL_DOMAINS = {
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com", "yahoo.co.za"],
    "AE": ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "eim.ae", "yahoo.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
}
HOME_CITIES = {
    "ZA": [
        "Johannesburg",
        "Pretoria",
        "Cape Town",
        "Durban",
        "Soweto",
        "Centurion",
        "Stellenbosch",
        "Gqeberha",
        "Bloemfontein",
        "Polokwane",
        "Randburg",
    ],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"],
    "DE": [
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt am Main",
        "Stuttgart",
        "Leipzig",
        "Düsseldorf",
        "Dortmund",
        "Potsdam",
    ],
}
SUBURBS = {
    "ZA": [
        "Sandton",
        "Rosebank",
        "Midrand",
        "Khayelitsha",
        "Umlazi",
        "Durbanville",
        "Hatfield",
        "Bryanston",
        "Mitchells Plain",
        "Morningside",
        "Lynnwood",
    ],
    "AE": [
        "Al Barsha 2",
        "Jumeirah Lake Towers",
        "Dubai Marina",
        "Mirdif",
        "Al Nahda 1",
        "Khalifa City A",
        "Al Reem Island",
        "Al Khan",
        "Arabian Ranches",
    ],
    "DE": [
        "Kreuzberg",
        "Schwabing",
        "Ehrenfeld",
        "Sachsenhausen",
        "Altona",
        "Plagwitz",
        "Bad Cannstatt",
        "Prenzlauer Berg",
    ],
}
REGIONS = {
    "ZA": ["Gauteng", "Western Cape", "KwaZulu-Natal", "Eastern Cape", "Free State", "Limpopo"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah"],
    "DE": ["Berlin", "Bayern", "Hamburg", "Nordrhein-Westfalen", "Hessen", "Baden-Württemberg", "Sachsen"],
}
ZA_STREETS = [
    "Jan Smuts Ave",
    "Main Rd",
    "Beyers Naude Dr",
    "Voortrekker Rd",
    "Oxford Rd",
    "Church St",
    "Florida Rd",
    "Rivonia Rd",
    "Vilakazi St",
    "Long St",
]
DE_STREETS = [
    "Hauptstraße",
    "Schillerstraße",
    "Bahnhofstraße",
    "Goethestraße",
    "Lindenallee",
    "Kastanienweg",
    "Berliner Straße",
    "Am Markt",
    "Friedrichstraße",
    "Leopoldstraße",
]
AE_TOWERS = [
    "Marina Heights",
    "Al Fahad Tower 2",
    "Lake Terrace",
    "Sky Gardens",
    "Al Noor Building",
    "Emaar Residences",
]

DEALERS = {
    "ZA": [
        (
            "CarNexa Menlyn",
            "Pretoria",
            "+27 12 004 1100",
            "Cnr Atterbury Rd & Lois Ave, Menlyn, Pretoria, 0181",
        ),
        ("CarNexa Foreshore", "Cape Town", "+27 21 100 4420", "22 Hertzog Blvd, Foreshore, Cape Town, 8001"),
        ("CarNexa Umhlanga", "Durban", "+27 31 830 5500", "3 Park Ave, Umhlanga Ridge, 4319"),
    ],
    "AE": [
        ("CarNexa Al Quoz", "Dubai", "+971 4 380 2200", "Sheikh Zayed Rd, Al Quoz Industrial 3, Dubai"),
        ("CarNexa Mussafah", "Abu Dhabi", "+971 2 555 0190", "M-13, Mussafah Industrial, Abu Dhabi"),
        ("CarNexa Sharjah Auto Market", "Sharjah", "+971 6 544 7700", "Souq Al Haraj, Industrial 5, Sharjah"),
    ],
    "DE": [
        ("CarNexa Berlin-Tempelhof", "Berlin", "+49 30 7009 4410", "Tempelhofer Damm 180, 12099 Berlin"),
        ("CarNexa München-Ost", "München", "+49 89 4520 7700", "Rosenheimer Str. 214, 81669 München"),
        ("CarNexa Hamburg-Wandsbek", "Hamburg", "+49 40 6889 2100", "Wandsbeker Chaussee 98, 22089 Hamburg"),
    ],
}
DOMAIN = {"ZA": "carnexa.co.za", "AE": "carnexa.ae", "DE": "carnexa.de"}
CURRENCY = {"ZA": "ZAR", "AE": "AED", "DE": "EUR"}
LOCALES = {
    "ZA": ["en-ZA", "af-ZA", "en-US", "zu-ZA"],
    "AE": ["en-AE", "ar-AE", "en-GB", "en-IN"],
    "DE": ["de-DE", "en-GB", "tr-TR", "de-AT"],
}
TZ = {"ZA": "Africa/Johannesburg", "AE": "Asia/Dubai", "DE": "Europe/Berlin"}
PRICE = {"ZA": (89_000, 1_450_000), "AE": (24_000, 420_000), "DE": (7_500, 79_000)}
VEHICLES = [
    ("Toyota", "Hilux", "2.8 GD-6 Raider 4x4 A/T", "bakkie"),
    ("Toyota", "Fortuner", "2.8 GD-6 VX", "suv"),
    ("Volkswagen", "Polo Vivo", "1.4 Trendline", "hatchback"),
    ("Volkswagen", "Golf", "8 GTI", "hatchback"),
    ("Ford", "Ranger", "2.0 BiTurbo Wildtrak", "bakkie"),
    ("BMW", "3 Series", "320d M Sport", "sedan"),
    ("Mercedes-Benz", "C-Class", "C200 AMG Line", "sedan"),
    ("Nissan", "Patrol", "5.6 LE Platinum", "suv"),
    ("Toyota", "Land Cruiser", "300 GR Sport", "suv"),
    ("Suzuki", "Swift", "1.2 GL", "hatchback"),
    ("Hyundai", "Tucson", "2.0 Executive", "suv"),
    ("Kia", "Sportage", "1.6T GT-Line", "suv"),
    ("Audi", "A4", "40 TDI S tronic", "sedan"),
    ("Opel", "Corsa", "1.2 Edition", "hatchback"),
    ("Haval", "H6", "2.0T Super Luxury", "suv"),
    ("Skoda", "Octavia", "Combi 2.0 TDI Style", "estate"),
    ("Mitsubishi", "Pajero Sport", "2.4 4x4", "suv"),
]
COLOURS = ["Glacier White", "Graphite Grey", "Attitude Black", "Silver Metallic", "Deep Blue", "Red Mica"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
]
INSURERS = {
    "ZA": ["Discovery Insure", "OUTsurance", "Santam", "King Price"],
    "AE": ["AXA Gulf", "Oman Insurance", "Orient Insurance", "Sukoon"],
    "DE": ["HUK-COBURG", "Allianz", "DEVK", "R+V"],
}
BANKS = {
    "ZA": [
        ("FNB", "250655"),
        ("Absa", "632005"),
        ("Standard Bank", "051001"),
        ("Nedbank", "198765"),
        ("Capitec", "470010"),
    ],
    "AE": [("Emirates NBD", "EBILAEAD"), ("ADCB", "ADCBAEAA"), ("FAB", "NBADAEAA"), ("Mashreq", "BOMLAEAD")],
    "DE": [
        ("Sparkasse Berlin", "BELADEBEXXX"),
        ("Deutsche Bank", "DEUTDEFFXXX"),
        ("Commerzbank", "COBADEFFXXX"),
        ("ING", "INGDDEFFXXX"),
    ],
}
EMPLOYERS = {
    "ZA": ["Sasol", "Vodacom", "Department of Health", "Shoprite", "Anglo American", "Self-employed"],
    "AE": ["Emirates Group", "ADNOC", "Dubai Municipality", "Majid Al Futtaim", "Etisalat by e&"],
    "DE": ["Siemens AG", "Deutsche Bahn", "Charité", "SAP SE", "Stadtwerke München", "Selbständig"],
}
JOBS = [
    "Nurse",
    "Software Developer",
    "Teacher",
    "Sales Manager",
    "Electrician",
    "Accountant",
    "Police Officer",
    "Engineer",
    "Cabin Crew",
    "Pharmacist",
]


class F(Fake):
    """Fake values for one market at a time (ZA, AE or DE)."""

    m = "ZA"

    def cur(self):
        return CURRENCY[self.m]

    def first(self):
        return self.pick(NAMES[self.m][0])

    def last(self):
        return self.pick(NAMES[self.m][1])

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        def clean(s):
            s = unicodedata.normalize("NFKD", s.replace("\u0131", "i").replace("ş", "s"))
            return "".join(c for c in s if c.isalnum()).lower()

        first, last = clean(self.first()), clean(self.last())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}",
                f"{first}_{last}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[self.m])}"

    def staff_email(self):
        return f"{self.first().lower()}.{self.last().lower().replace(' ', '')}@{DOMAIN[self.m]}"

    def phone(self, style=None):
        r = self.r
        if self.m == "ZA":
            p, a, b = (
                self.pick(["82", "83", "72", "71", "60", "84", "79"]),
                r.randint(100, 999),
                r.randint(0, 9999),
            )
            return self.pick(
                [f"+27 {p} {a} {b:04d}", f"0{p} {a} {b:04d}", f"0{p}{a}{b:04d}", f"+27{p}{a}{b:04d}"]
            )
        if self.m == "AE":
            p, a, b = self.pick(["50", "52", "54", "55", "56", "58"]), r.randint(100, 999), r.randint(0, 9999)
            return self.pick(
                [f"+971 {p} {a} {b:04d}", f"0{p} {a} {b:04d}", f"+971{p}{a}{b:04d}", f"0{p}{a}{b:04d}"]
            )
        p = self.pick(["151", "160", "170", "172", "176", "157", "30", "89"])
        n = "".join(str(r.randint(0, 9)) for _ in range(8 if len(p) == 3 else 7))
        return self.pick([f"+49 {p} {n}", f"0{p} {n}", f"+49{p}{n}", f"0{p}/{n}"])

    def whatsapp_id(self):
        if self.m == "ZA":
            return "27" + self.pick(["82", "83", "72", "60", "79"]) + self.digits(7)
        if self.m == "AE":
            return "971" + self.pick(["50", "52", "55", "56"]) + self.digits(7)
        return "49" + self.pick(["151", "160", "172", "176"]) + self.digits(8)

    def city(self):
        return self.pick(HOME_CITIES[self.m])

    def suburb(self):
        return self.pick(SUBURBS[self.m])

    def zip(self):
        return f"{self.r.randint(1, 9999):04d}" if self.m == "ZA" else f"{self.r.randint(1067, 99998):05d}"

    def street(self):
        if self.m == "ZA":
            return f"{self.r.randint(1, 480)} {self.pick(ZA_STREETS)}"
        if self.m == "AE":
            return self.pick(
                [
                    f"Villa {self.r.randint(1, 90)}, Street {self.r.randint(1, 40)}",
                    f"Apt {self.r.randint(101, 3509)}, {self.pick(AE_TOWERS)}",
                ]
            )
        return f"{self.pick(DE_STREETS)} {self.r.randint(1, 160)}{self.pick(['', '', 'a', 'b'])}"

    def full_address(self):
        if self.m == "ZA":
            return f"{self.street()}, {self.suburb()}, {self.city()}, {self.zip()}"
        if self.m == "AE":
            return f"{self.street()}, {self.suburb()}, {self.city()}"
        return f"{self.street()}, {self.zip()} {self.city()}"

    def region(self):
        return self.pick(REGIONS[self.m])

    def dealer(self):
        return self.pick(DEALERS[self.m])

    def vehicle(self):
        return self.pick(VEHICLES)

    def price(self):
        lo, hi = PRICE[self.m]
        return round(self.r.randint(lo, hi), -3) - (100 if self.m != "DE" else 10)

    def stock_no(self):
        return f"{self.m}{self.r.randint(10, 99)}-{self.digits(6)}"

    def dob(self, start=1958, end=2004):
        return self.date(start, end)

    # identity documents ---------------------------------------------------------------------------
    def za_id(self):
        y, mo, d = self.r.randint(1958, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{y % 100:02d}{mo:02d}{d:02d}{self.r.randint(0, 9999):04d}{self.pick('0001')}8"
        return self.luhn_complete(body)

    def emirates_id(self):
        number = self.luhn_complete(f"784{self.r.randint(1960, 2004)}{self.digits(7)}")
        return self.pick([f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}", number])

    def de_ausweis(self):
        return self.pick("LMNPRTVWXY") + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))

    def steuer_id(self):
        digits = self.digits(10)
        product = 10
        for c in digits:
            total = (int(c) + product) % 10 or 10
            product = (total * 2) % 11
        check = (11 - product) % 10
        return self.pick(
            [digits + str(check), f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}{check}"]
        )

    def national_id(self):
        return {"ZA": self.za_id, "AE": self.emirates_id, "DE": self.de_ausweis}[self.m]()

    def passport(self):
        return self.pick(
            [
                "A0" + self.digits(7),
                "C" + self.digits(2) + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(6)),
                self.pick("KLMNPZ") + self.digits(7),
            ]
        )

    def driving_licence(self):
        if self.m == "ZA":
            return (
                self.digits(4)
                + "000"
                + self.digits(3)
                + "".join(self.pick(string.ascii_uppercase) for _ in range(2))
            )
        if self.m == "AE":
            return self.digits(7)
        return (
            self.pick("BFJKMN")
            + self.digits(3)
            + "".join(self.pick(string.ascii_uppercase + string.digits) for _ in range(5))
            + self.digits(1)
            + self.pick("1234")
        )

    def plate(self):
        r = self.r
        if self.m == "ZA":
            return self.pick(
                [
                    f"{self.pick(['BC', 'CZ', 'DF', 'JH', 'KL'])} {r.randint(10, 99)} "
                    f"{self.pick(['XY', 'RT', 'HN'])} GP",
                    f"CA {r.randint(100, 999)}-{r.randint(100, 999)}",
                    f"ND {r.randint(100, 999)}-{r.randint(100, 999)}",
                    f"CY {r.randint(10000, 99999)}",
                ]
            )
        if self.m == "AE":
            return self.pick(
                [
                    f"Dubai {self.pick('ABCDEFGHJKLMNOPQRS')} {r.randint(100, 99999)}",
                    f"Abu Dhabi {r.randint(1, 17)} {r.randint(100, 99999)}",
                    f"Sharjah {r.randint(1, 3)} {r.randint(1000, 99999)}",
                ]
            )
        city = self.pick(["B", "M", "HH", "K", "F", "S", "L", "D"])
        letters = "".join(self.pick("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(r.randint(1, 2)))
        return self.pick(
            [
                f"{city}-{letters} {r.randint(1, 9999)}",
                f"{city} {letters} {r.randint(1, 9999)}",
                f"{city}-{letters} {r.randint(1, 999)}E",
            ]
        )

    def vin(self):
        alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.pick(["AHT", "WVW", "WBA", "WDD", "JTM", "MA3", "KMH", "KNA", "WAU", "JN1", "LGW", "TMB"])
        vds = "".join(self.pick(alnum) for _ in range(5))
        tail = self.pick("FGHJKLMNP") + self.pick(alnum) + self.digits(6)
        values = {
            **{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)),
            "P": 7,
            "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
        }
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        raw = wmi + vds + "0" + tail
        check = sum(values[c] * w for c, w in zip(raw, weights, strict=True)) % 11
        return wmi + vds + ("X" if check == 10 else str(check)) + tail

    # money ----------------------------------------------------------------------------------------
    def iban_ae(self):
        bban = self.pick(["026", "030", "035", "033"]) + self.digits(16)
        numeric = "".join(str(int(c, 36)) for c in bban + "AE00")
        raw = f"AE{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def bank_account(self):
        if self.m == "ZA":
            return self.digits(self.pick([9, 10, 11]))
        return self.iban_ae() if self.m == "AE" else self.iban("DE")

    def bank(self):
        return self.pick(BANKS[self.m])

    def monthly_income(self):
        lo, hi = {"ZA": (9_000, 145_000), "AE": (6_000, 85_000), "DE": (1_900, 9_800)}[self.m]
        return self.r.randint(lo, hi) // 50 * 50

    def bureau_score(self):
        if self.m == "ZA":
            return self.r.randint(480, 767)
        if self.m == "AE":
            return self.r.randint(300, 900)
        return round(self.r.uniform(82.0, 99.9), 2)

    def pm_token(self):
        alnum = string.ascii_letters + string.digits
        return self.pick(["pm_1", "src_"]) + "".join(self.pick(alnum) for _ in range(24))

    def masked_pan(self):
        card = self.card(formatted=False)
        return card[:6] + "*" * (len(card) - 10) + card[-4:]


def vname(f):
    make, model, variant, _ = f.vehicle()
    return f"{f.r.randint(2015, 2023)} {make} {model} {variant}"


def msisdn_note(f):
    p = f.phone()
    local = {
        "ZA": f"Security at the boom needs the driver to phone {p}",
        "AE": f"اتصل قبل الوصول {p}",
        "DE": f"Bitte 30 Min vorher anrufen: {p}",
    }[f.m]
    return f.pick(
        [
            f"Call {p} when you are at the gate",
            local,
            f"Alt contact {p} (my wife), I am at work until 5",
            f"Complex has no visitor parking, WhatsApp {p} and I'll come down",
        ]
    )


def sms_text(f):
    n, d = f.first(), f.dealer()[0]
    return f.pick(
        [
            f"Hi {n}, your test drive at {d} is confirmed for tomorrow at {f.r.randint(8, 16)}:00. "
            "Reply STOP to opt out",
            f"Hallo {n}, Ihr Probefahrt-Termin bei {d} ist bestätigt."
            if f.m == "DE"
            else f"Hi {n}, thanks for visiting {d}!",
            f"{n}, your finance pre-approval is ready. Log in to view your offer.",
            f"Dear {n}, your vehicle is ready for collection at {d}.",
            f"Hi {n}! Your trade-in valuation is waiting for you in the CarNexa app.",
        ]
    )


def cust_lookup(f):
    return f.pick([f.phone(), f.email(), f.phone()])


# -- contexts ---------------------------------------------------------------------------------------

TRAITS = {
    "email": Opt(Y(lambda f: f.email(), "email"), 0.6),
    "firstName": Opt(Y(lambda f: f.first(), "name"), 0.4),
    "userId": Opt(G(lambda f: "cnx_" + f.digits(8)), 0.5),
    "anonymousId": Opt(G(lambda f: f.uuid()), 0.5),
}


def web_ctx(path):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.74.0", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.autotrader.co.za/",
                        "https://www.facebook.com/",
                        "https://www.mobile.de/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?make=toyota&body=bakkie", "?sort=price_asc"]
                )
            ),
            "title": G(lambda f: f.pick(["Used cars for sale | CarNexa", "Finance | CarNexa", "CarNexa"])),
            "url": G(lambda f: f"https://www.{DOMAIN[f.m]}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "99", "123"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "timezone": G(lambda f: TZ[f.m]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        ["bakkie_week", "ramadan_offers_2024", "sommeraktion", "finance_0_deposit"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            [
                                "used bakkie pretoria",
                                "gebrauchtwagen finanzierung",
                                "land cruiser for sale dubai",
                                "cheap cars under 100k",
                            ]
                        )
                    ),
                    0.6,
                ),
                "content": Opt(G(lambda f: f.pick(["carousel_a", "video_15s", "hero_banner"])), 0.6),
            },
            0.4,
        ),
        "traits": Opt(TRAITS, 0.35),
    }


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "CarNexa"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["4180", "4192", "4200"])),
            "namespace": G(lambda f: "com.carnexa.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(TRAITS, 0.7),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "CarNexa"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["418003", "419010"])),
            "namespace": G(lambda f: "com.carnexa.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "HUAWEI", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "SM-S918B", "VOG-L29", "2201117TY", "Pixel 7"])),
            "name": G(lambda f: f.pick(["a54x", "dm3q", "VOG", "spes", "panther"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "location": Opt(
            {
                "latitude": Y(
                    lambda f: round(
                        f.r.uniform(-34.2, -22.5)
                        if f.m == "ZA"
                        else (f.r.uniform(24.1, 25.6) if f.m == "AE" else f.r.uniform(47.5, 54.5)),
                        6,
                    ),
                    "geolocation",
                ),
                "longitude": Y(
                    lambda f: round(
                        f.r.uniform(18.3, 31.5)
                        if f.m == "ZA"
                        else (f.r.uniform(54.3, 56.1) if f.m == "AE" else f.r.uniform(6.1, 14.8)),
                        6,
                    ),
                    "geolocation",
                ),
                "speed": G(lambda f: 0.0),
            },
            0.3,
        ),
        "traits": Opt(TRAITS, 0.6),
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "CarNexa Staff"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "com.carnexa.staff"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X205", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPad", "gta8wifi", "iPhone"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.20.3")},
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android", "iOS"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 800, 390])),
            "height": G(lambda f: f.pick([1180, 1340, 844])),
        },
        "timezone": G(lambda f: TZ[f.m]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Y(lambda f: f.staff_email(), "email"),
                "name": Y(lambda f: f.full_name(), "name"),
                "role": G(
                    lambda f: f.pick(["sales_exec", "f_and_i", "inspector", "branch_manager", "driver"])
                ),
                "branchId": G(lambda f: "br_" + f.digits(3)),
            },
            0.7,
        ),
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "CarNexa Drive"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["190", "1102"])),
            "namespace": G(lambda f: "com.carnexa.drive"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145F", "CPH2473"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.3),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.m])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: TZ[f.m]),
        "traits": Opt(TRAITS, 0.4),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "1.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.7", "2.4.0"]),
}


def server_ctx(lib):
    name, versions = SERVER_LIBS[lib]
    return {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.45),
        "userAgent": Opt(G(lambda f: f.pick(UAS)), 0.3),
        "locale": Opt(G(lambda f: f.pick(LOCALES[f.m])), 0.3),
        "traits": Opt(TRAITS, 0.3),
        "groupId": Opt(G(lambda f: "dlr_" + f.digits(4)), 0.3),
        "externalIds": Opt(
            Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.25,
        ),
    }


CONTEXTS = {"web": None, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
MOBILE = ["swift", "kotlin", "flutter"]
CONSUMER = ["web", "web", "swift", "kotlin", "flutter"]

# -- shared shapes ----------------------------------------------------------------------------------


def vehicle_product():
    return {
        "product_id": G(lambda f: "veh_" + f.digits(7)),
        "sku": G(lambda f: f.stock_no()),
        "name": G(vname),
        "brand": G(lambda f: f.vehicle()[0]),
        "category": G(lambda f: f.vehicle()[3]),
        "variant": G(lambda f: f.pick(COLOURS)),
        "price": G(lambda f: f.price()),
        "quantity": G(lambda f: 1),
        "position": Opt(G(lambda f: f.r.randint(1, 24)), 0.5),
        "url": G(lambda f: f"https://www.{DOMAIN[f.m]}/used/{f.vehicle()[0].lower()}/{f.digits(7)}"),
        "image_url": G(lambda f: f"https://img.{DOMAIN[f.m]}/stock/{f.hexid(10)}/1.jpg"),
        "condition": G(lambda f: f.pick(["used", "demo", "certified pre-owned"])),
    }


def addon_product():
    return {
        "product_id": G(lambda f: "add_" + f.digits(4)),
        "sku": G(lambda f: f.pick(["TYRE-RIM-24", "SCR-DENT-12", "GAP-COVER", "SVC-PLAN-60K", "TINT-3M"])),
        "name": G(
            lambda f: f.pick(
                ["Tyre & Rim Cover", "Scratch & Dent", "GAP Cover", "Service Plan 60 000 km", "Window Tint"]
            )
        ),
        "price": G(lambda f: f.money(900, 14000) if f.m == "ZA" else f.money(90, 1900)),
        "quantity": G(lambda f: 1),
        "category": G(lambda f: "add-on"),
    }


def branch():
    return {
        "id": G(lambda f: "br_" + f.digits(3)),
        "name": G(lambda f: f.dealer()[0]),
        "city": G(lambda f: f.dealer()[1]),
        "phone": G(lambda f: f.dealer()[2]),
        "address": G(lambda f: f.dealer()[3]),
    }


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, market or None, body)

EVENTS = [
    # -- browsing and search -------------------------------------------------------------------------
    (
        "page",
        "Vehicle Detail",
        ["web"],
        None,
        {
            "path": G(lambda f: f"/used/{f.vehicle()[0].lower()}/{f.digits(7)}"),
            "url": G(lambda f: f"https://www.{DOMAIN[f.m]}/used/{f.vehicle()[0].lower()}/{f.digits(7)}"),
            "title": G(lambda f: vname(f) + " | CarNexa"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.cars.co.za/"])),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid_social", "?ref=similar"])
            ),
            "vehicle_id": G(lambda f: "veh_" + f.digits(7)),
            "stock_number": G(lambda f: f.stock_no()),
            "make": G(lambda f: f.vehicle()[0]),
            "model": G(lambda f: f.vehicle()[1]),
            "year": G(lambda f: f.r.randint(2013, 2023)),
            "mileage_km": G(lambda f: f.r.randint(8_000, 210_000)),
            "price": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
            "dealer_name": G(lambda f: f.dealer()[0]),
        },
    ),
    (
        "track",
        "Products Searched",
        CONSUMER,
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "hilux 2.8 gd6",
                        "automatic hatchback under 150k",
                        "land cruiser 300",
                        "golf 8 gti",
                        "suv 7 seater diesel",
                        "elektroauto gebraucht",
                        "patrol nismo",
                        "bakkie double cab 4x4",
                    ]
                )
            ),
            "filters": {
                "make": Opt(G(lambda f: f.vehicle()[0]), 0.7),
                "body_type": Opt(G(lambda f: f.vehicle()[3]), 0.6),
                "transmission": Opt(G(lambda f: f.pick(["automatic", "manual"])), 0.5),
                "fuel_type": Opt(G(lambda f: f.pick(["diesel", "petrol", "hybrid", "electric"])), 0.5),
                "price_max": Opt(G(lambda f: f.price()), 0.6),
                "year_from": Opt(G(lambda f: f.r.randint(2012, 2021)), 0.5),
                "location": Opt(G(lambda f: f.pick(HOME_CITIES[f.m])), 0.6),
                "radius_km": Opt(G(lambda f: f.pick([25, 50, 100, 250])), 0.5),
            },
            "results_count": G(lambda f: f.r.randint(0, 1800)),
            "sort": G(lambda f: f.pick(["relevance", "price_asc", "mileage_asc", "newest"])),
            "page": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Product Viewed",
        CONSUMER,
        None,
        {
            **vehicle_product(),
            "vin": Y(lambda f: f.vin(), "serial"),
            "registration_number": Opt(Y(lambda f: f.plate(), "license"), 0.6),
            "mileage_km": G(lambda f: f.r.randint(8_000, 210_000)),
            "year": G(lambda f: f.r.randint(2013, 2023)),
            "transmission": G(lambda f: f.pick(["automatic", "manual"])),
            "previous_owners": G(lambda f: f.r.randint(1, 4)),
            "service_history": G(lambda f: f.pick(["full", "partial", "none"])),
            "currency": G(lambda f: f.cur()),
            "value": G(lambda f: f.price()),
            "dealer": branch(),
            "finance_estimate_pm": G(lambda f: f.money(1500, 25000)),
        },
    ),
    (
        "track",
        "Product List Filtered",
        ["web", "web", "kotlin"],
        None,
        {
            "list_id": G(lambda f: f.pick(["search_results", "bakkies", "under_200k", "electric"])),
            "category": G(lambda f: f.pick(["bakkie", "suv", "hatchback", "sedan"])),
            "filters": Many(
                {
                    "type": G(lambda f: f.pick(["make", "price", "year", "mileage", "colour"])),
                    "value": G(lambda f: f.pick(["Toyota", "0-250000", "2018-2023", "<80000", "White"])),
                },
                3,
            ),
            "sorts": Many(
                {
                    "type": G(lambda f: f.pick(["price", "year"])),
                    "value": G(lambda f: f.pick(["asc", "desc"])),
                },
                1,
            ),
            "products": Many(
                {
                    "product_id": G(lambda f: "veh_" + f.digits(7)),
                    "sku": G(lambda f: f.stock_no()),
                    "name": G(vname),
                    "price": G(lambda f: f.price()),
                    "position": G(lambda f: f.r.randint(1, 24)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        CONSUMER,
        None,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(lambda f: f.pick(["My shortlist", "Favourites", "Merkliste"])),
            "product_id": G(lambda f: "veh_" + f.digits(7)),
            "sku": G(lambda f: f.stock_no()),
            "name": G(vname),
            "price": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
        },
    ),
    (
        "track",
        "Saved Search Created",
        ["web", "swift", "kotlin"],
        None,
        {
            "saved_search_id": G(lambda f: f.digits(9)),
            "label": G(
                lambda f: f.pick(
                    [
                        "Family SUV",
                        "Hilux for the farm",
                        "First car for Lwazi's varsity",
                        "Golf GTI under 300k",
                        "Zweitwagen",
                        "Patrol for desert trips",
                    ]
                )
            ),
            "alert_frequency": G(lambda f: f.pick(["instant", "daily", "weekly"])),
            "email_alerts": G(lambda f: f.pick([True, False])),
            "push_alerts": G(lambda f: f.pick([True, False])),
            "criteria_count": G(lambda f: f.r.randint(1, 7)),
        },
    ),
    (
        "screen",
        "Vehicle Gallery",
        MOBILE,
        None,
        {
            "vehicle_id": G(lambda f: "veh_" + f.digits(7)),
            "photo_index": G(lambda f: f.r.randint(0, 30)),
            "photo_count": G(lambda f: f.r.randint(8, 40)),
            "view_mode": G(lambda f: f.pick(["grid", "fullscreen", "360"])),
        },
    ),
    (
        "screen",
        "Finance Calculator",
        MOBILE,
        None,
        {
            "vehicle_price": G(lambda f: f.price()),
            "deposit": G(lambda f: f.price() // 10),
            "term_months": G(lambda f: f.pick([36, 48, 60, 72])),
            "balloon_pct": G(lambda f: f.pick([0, 10, 20, 30, 35])),
            "interest_rate": G(lambda f: f.money(6, 19)),
            "monthly_instalment": G(lambda f: f.money(1200, 28000)),
        },
    ),
    # -- account ------------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        CONSUMER,
        None,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "uae_pass"])),
            "email": Y(lambda f: f.email(), "email"),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "referral_code": Opt(G(lambda f: "CNX-" + f.hexid(6).upper()), 0.4),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "node"],
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": Opt(
                {
                    "street": Y(lambda f: f.street(), "street|address"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.region()),
                    "postalCode": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: f.m),
                },
                0.7,
            ),
            "birthday": Opt(Y(lambda f: f.dob(), "birthdate"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "preferredBranch": G(lambda f: f.dealer()[0]),
            "preferredLanguage": G(lambda f: f.pick(["en", "af", "ar", "de", "zu"])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "vehiclesOwned": G(lambda f: f.r.randint(0, 3)),
            "phoneCount": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    (
        "track",
        "Phone Verification Started",
        ["node", "go"],
        None,
        {
            "phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "code_length": G(lambda f: 6),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "clickatell", "infobip"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "magic_link": RED(lambda f: f"https://www.{DOMAIN[f.m]}/auth/verify?token={f.jwt()}", "token"),
            "expires_at": G(lambda f: f.iso()),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["node", "python"],
        None,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reason": G(lambda f: f.pick(["bad_password", "locked", "mfa_timeout", "unknown_user"])),
            "failed_attempts": G(lambda f: f.r.randint(1, 6)),
            "origin": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_changed_at": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None, None),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        None,
        {
            "form_id": G(lambda f: "nl_footer_" + f.m.lower()),
            "input": Y(lambda f: f.email(), "email", True),
            "topics": Many(G(lambda f: f.pick(["new_stock", "finance_deals", "ev_news", "events"])), 3),
            "double_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- leads --------------------------------------------------------------------------------------
    (
        "track",
        "Test Drive Booked",
        CONSUMER,
        None,
        {
            "booking_id": G(lambda f: "TD-" + f.digits(7)),
            "vehicle": {
                "id": G(lambda f: "veh_" + f.digits(7)),
                "stock_number": G(lambda f: f.stock_no()),
                "make": G(lambda f: f.vehicle()[0]),
                "model": G(lambda f: f.vehicle()[1]),
                "year": G(lambda f: f.r.randint(2013, 2023)),
            },
            "dealership": branch(),
            "slot_start": G(lambda f: f.iso()),
            "customer": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "licence_number": Opt(Y(lambda f: f.driving_licence(), "license"), 0.5),
            "licence_code": G(lambda f: f.pick(["B", "EB", "C1", "Code 08"])),
            "has_valid_licence": G(lambda f: True),
            "requires_hand_controls": RED(lambda f: f.pick([False, False, False, True]), "disability"),
            "home_test_drive": G(lambda f: f.pick([True, False])),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Prefer a Saturday morning",
                        "Will bring my wife along",
                        "Is the car still available?",
                        "Want to compare with the Ranger",
                        "Need to see the service book",
                        "Please have it washed",
                    ]
                )
            ),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Created",
        ["php"],
        None,
        {
            "lead-id": G(lambda f: f.digits(8)),
            "lead-source": G(
                lambda f: f.pick(["website", "autotrader", "cars.co.za", "dubizzle", "mobile.de"])
            ),
            "contact-name": Y(lambda f: f.full_name(), "name"),
            "contact-phone": Y(lambda f: f.phone(), "phone"),
            "contact-email": Y(lambda f: f.email(), "email"),
            "vehicle-of-interest": G(vname),
            "stock-no": G(lambda f: f.stock_no()),
            "message": G(
                lambda f: f.pick(
                    [
                        "Is this vehicle still available?",
                        "What is your best cash price?",
                        "Do you take trade-ins?",
                        "Can I get finance with a 10% deposit?",
                        "Ist das Fahrzeug unfallfrei?",
                        "Is the service plan transferable?",
                    ]
                )
            ),
            "assigned-to": Y(lambda f: f.full_name(), "name"),
            "branch": G(lambda f: f.dealer()[0]),
            "created-at": G(lambda f: f.epoch_ms()),
            "is-duplicate": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Assigned",
        ["ruby"],
        None,
        {
            "lead_id": G(lambda f: f.digits(8)),
            "salesperson": {
                "id": G(lambda f: "emp_" + f.digits(4)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "photo_url": Opt(
                    Y(lambda f: f"https://img.{DOMAIN[f.m]}/staff/{f.hexid(12)}.jpg", "photo"), 0.6
                ),
            },
            "sla_minutes": G(lambda f: f.pick([15, 30, 60])),
            "round_robin": G(lambda f: f.pick([True, False])),
            "queue": G(lambda f: f.pick(["new_leads", "finance_leads", "trade_in"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        None,
        {
            "call_id": G(lambda f: f.digits(10)),
            "direction": G(lambda f: f.pick(["inbound", "outbound"])),
            "raw_digits": Y(lambda f: f.phone(), "phone", True),
            "number": {
                "id": G(lambda f: f.digits(6)),
                "digits": G(lambda f: f.dealer()[2]),
                "name": G(lambda f: f.pick(["Menlyn Sales", "Dubai Showroom", "Hotline DE"])),
            },
            "user": {"id": G(lambda f: f.digits(6)), "name": Y(lambda f: f.full_name(), "name")},
            "duration": G(lambda f: f.r.randint(0, 1500)),
            "status": G(lambda f: f.pick(["answered", "missed", "voicemail"])),
            "tags": Many(G(lambda f: f.pick(["finance", "trade-in", "hot", "service"])), 2),
        },
    ),
    (
        "track",
        "WhatsApp Message Sent",
        ["go"],
        None,
        {
            "wa_id": Y(lambda f: f.whatsapp_id(), "phone", True),
            "wamid": G(lambda f: "wamid.HBgL" + f.hexid(28).upper()),
            "template_name": G(
                lambda f: f.pick(["test_drive_reminder", "finance_docs_needed", "delivery_eta"])
            ),
            "template_language": G(lambda f: f.pick(["en", "af", "ar", "de"])),
            "status": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
            "business_phone_number": G(lambda f: f.dealer()[2]),
            "conversation_category": G(lambda f: f.pick(["utility", "marketing"])),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python"],
        None,
        {
            "to": Y(lambda f: f.phone(), "phone", True),
            "text": Y(sms_text, "name", True),
            "sender_id": G(lambda f: "CarNexa"),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "provider_message_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Quote Shared",
        CONSUMER,
        None,
        {
            "quote_id": G(lambda f: "Q" + f.digits(8)),
            "channel": G(lambda f: f.pick(["email"])),
            "recipient": Y(lambda f: f.email(), "email", True),
            "vehicle_name": G(vname),
            "total": G(lambda f: f.price()),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        None,
        {
            "referral_code": G(lambda f: "CNX-" + f.hexid(6).upper()),
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_phone": Y(lambda f: f.phone(), "phone"),
            "reward_amount": G(lambda f: f.pick([500, 1000, 250])),
            "share_channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["rn"],
        None,
        {
            "q": Y(cust_lookup, "phone|email", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "search_scope": G(lambda f: f.pick(["customers", "leads"])),
            "duration_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web"],
        None,
        {
            "dealership_id": G(lambda f: "br_" + f.digits(3)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "Smooth process, car was spotless.",
                        "Finance took two weeks, too slow.",
                        "Salesman was very helpful!",
                        "Sehr freundliche Beratung.",
                        "Would buy here again.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "verified_buyer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Marketplace Lead Received",
        ["java"],
        None,
        {
            "externalLeadId": G(lambda f: f.digits(11)),
            "platform": G(
                lambda f: f.pick(["AutoTrader", "Cars.co.za", "dubizzle", "mobile.de", "AutoScout24"])
            ),
            "listingId": G(lambda f: f.digits(9)),
            "buyerName": Y(lambda f: f.full_name(), "name"),
            "buyerEmail": Y(lambda f: f.email(), "email"),
            "buyerPhone": Opt(Y(lambda f: f.phone(), "phone"), 0.7),
            "buyerPostcode": Opt(Y(lambda f: f.zip(), "zipcode"), 0.5),
            "requestType": G(lambda f: f.pick(["callback", "price_enquiry", "availability", "finance"])),
            "receivedAt": G(lambda f: f.iso()),
        },
    ),
    # -- trade-in -----------------------------------------------------------------------------------
    (
        "track",
        "Trade-In Valuation Requested",
        ["web", "swift", "kotlin"],
        None,
        {
            "valuation_id": G(lambda f: f.uuid()),
            "vehicle": {
                "make": G(lambda f: f.vehicle()[0]),
                "model": G(lambda f: f.vehicle()[1]),
                "year": G(lambda f: f.r.randint(2008, 2023)),
                "mileage_km": G(lambda f: f.r.randint(15_000, 320_000)),
                "registration": Y(lambda f: f.plate(), "license"),
                "vin": Opt(Y(lambda f: f.vin(), "serial"), 0.5),
                "colour": G(lambda f: f.pick(COLOURS)),
                "condition": G(lambda f: f.pick(["excellent", "good", "fair", "poor"])),
                "service_history": G(lambda f: f.pick(["full", "partial", "none"])),
            },
            "owner_postcode": Y(lambda f: f.zip(), "zipcode"),
            "owner": Opt(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "mobile": Y(lambda f: f.phone(), "phone"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                0.6,
            ),
            "has_outstanding_finance": G(lambda f: f.pick([True, False])),
            "settlement_bank": Opt(G(lambda f: f.bank()[0]), 0.4),
            "estimate_min": G(lambda f: f.price() // 2),
            "estimate_max": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
            "photos_uploaded": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Trade-In Offer Accepted",
        ["dotnet"],
        None,
        {
            "OfferId": G(lambda f: f.uuid()),
            "ValuationId": G(lambda f: f.uuid()),
            "OfferAmount": G(lambda f: f.price() // 2),
            "Currency": G(lambda f: f.cur()),
            "AcceptedAt": G(lambda f: f.iso()),
            "SellerFullName": Y(lambda f: f.full_name(), "name"),
            "SellerIdNumber": RED(lambda f: f.national_id(), "national id"),
            "Registration": Y(lambda f: f.plate(), "license"),
            "Vin": Y(lambda f: f.vin(), "serial"),
            "PayoutAccount": {
                "BankName": G(lambda f: f.bank()[0]),
                "BranchCode": G(lambda f: f.bank()[1]),
                "AccountHolder": Y(lambda f: f.full_name(), "name"),
                "AccountNumber": RED(lambda f: f.bank_account(), "bank account"),
                "AccountType": G(lambda f: f.pick(["Cheque", "Savings", "Current"])),
            },
            "SettlementAmount": G(lambda f: f.pick([0, f.price() // 4])),
            "InspectionPassed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vehicle Inspection Completed",
        ["rn"],
        None,
        {
            "inspection_id": G(lambda f: f.digits(7)),
            "vin": Y(lambda f: f.vin(), "serial"),
            "odometer_km": G(lambda f: f.r.randint(15_000, 320_000)),
            "inspector_name": Y(lambda f: f.full_name(), "name"),
            "damage_points": G(lambda f: f.r.randint(0, 14)),
            "tyre_tread_mm": G(lambda f: round(f.r.uniform(1.2, 8.0), 1)),
            "photos": Many(G(lambda f: f"https://img.{DOMAIN[f.m]}/insp/{f.hexid(12)}.jpg"), 4),
            "checklist_version": G(lambda f: f.pick(["v7", "v8.1"])),
            "grade": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "report_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # -- finance ------------------------------------------------------------------------------------
    (
        "track",
        "Finance Application Started",
        CONSUMER,
        None,
        {
            "application_id": G(lambda f: "FA-" + f.digits(8)),
            "product": G(lambda f: f.pick(["instalment_sale", "balloon", "lease", "islamic_murabaha"])),
            "vehicle_price": G(lambda f: f.price()),
            "deposit": G(lambda f: f.price() // 10),
            "term_months": G(lambda f: f.pick([36, 48, 60, 72])),
            "step": G(lambda f: 1),
            "joint_application": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Finance Application Submitted",
        ["node", "python"],
        None,
        {
            "application_id": G(lambda f: "FA-" + f.digits(8)),
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "id_number": RED(lambda f: f.national_id(), "national id"),
                "id_type": G(lambda f: {"ZA": "sa_id", "AE": "emirates_id", "DE": "personalausweis"}[f.m]),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "age": G(lambda f: f.r.randint(21, 68)),
                "marital_status": G(
                    lambda f: f.pick(["single", "married_in_community", "married_anc", "divorced"])
                ),
                "dependants": G(lambda f: f.r.randint(0, 5)),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "residential_address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "suburb": Y(lambda f: f.suburb(), "city|address"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "province": G(lambda f: f.region()),
                    "years_at_address": G(lambda f: f.r.randint(0, 25)),
                },
            },
            "employment": {
                "employer": G(lambda f: f.pick(EMPLOYERS[f.m])),
                "job_title": G(lambda f: f.pick(JOBS)),
                "employment_type": G(lambda f: f.pick(["permanent", "contract", "self_employed"])),
                "months_employed": G(lambda f: f.r.randint(3, 300)),
                "gross_monthly_income": Y(lambda f: f.monthly_income(), "salary"),
                "net_monthly_income": Y(lambda f: f.monthly_income(), "salary"),
            },
            "bank": {
                "name": G(lambda f: f.bank()[0]),
                "account_number": RED(lambda f: f.bank_account(), "bank account"),
                "account_type": G(lambda f: f.pick(["cheque", "savings", "current"])),
            },
            "co_applicant": Opt(
                {
                    "full_name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling"])),
                    "id_number": RED(lambda f: f.national_id(), "national id"),
                    "gross_monthly_income": Y(lambda f: f.monthly_income(), "salary"),
                },
                0.35,
            ),
            "consent_credit_check": G(lambda f: True),
            "consent_popia": G(lambda f: True),
            "deposit": G(lambda f: f.price() // 10),
            "finance_amount": G(lambda f: f.price()),
            "currency": G(lambda f: f.cur()),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        ["python"],
        None,
        {
            "application_id": G(lambda f: "FA-" + f.digits(8)),
            "bureau": G(lambda f: f.pick(["TransUnion", "Experian", "SCHUFA", "AECB", "XDS"])),
            "bureau_score": Y(lambda f: f.bureau_score(), "credit score"),
            "enquiry_reference": G(lambda f: f.hexid(20).upper()),
            "decision": G(lambda f: f.pick(["approved", "declined", "referred"])),
            "id_verified": G(lambda f: f.pick([True, False])),
            "affordability_passed": G(lambda f: f.pick([True, False])),
            "judgements_count": G(lambda f: f.r.randint(0, 2)),
            "duration_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        ["swift", "kotlin"],
        None,
        {
            "application_id": G(lambda f: "FA-" + f.digits(8)),
            "document_type": G(
                lambda f: {
                    "ZA": f.pick(["smart_id_card", "green_id_book"]),
                    "AE": "emirates_id",
                    "DE": "personalausweis",
                }[f.m]
            ),
            "document_number": RED(lambda f: f.national_id(), "national id"),
            "issuing_country": G(lambda f: f.m),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "selfie_url": Y(lambda f: f"https://kyc.{DOMAIN[f.m]}/selfie/{f.uuid()}.jpg", "photo"),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "face_match_score": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
            "file_sha256": G(lambda f: f.hexid(64)),
            "upload_ms": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["swift"],
        "AE",
        {
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "nationality": Y(
                lambda f: f.pick(["Indian", "Pakistani", "Filipino", "Egyptian", "British", "Emirati"]),
                "citizenship",
            ),
            "mrz_valid": G(lambda f: f.pick([True, False])),
            "scan_provider": G(lambda f: f.pick(["regula", "microblink"])),
            "residency_status": RED(
                lambda f: f.pick(
                    ["employment_visa", "golden_visa", "investor_visa", "uae_national", "visit_visa"]
                ),
                "visa",
            ),
        },
    ),
    (
        "track",
        "Auto Loan Pre-Approval",
        ["dotnet"],
        "AE",
        {
            "ApplicationRef": G(lambda f: "AL" + f.digits(9)),
            "EmiratesId": RED(lambda f: f.emirates_id(), "national id"),
            "FullNameEn": Y(lambda f: f.full_name(), "name"),
            "FullNameAr": Y(lambda f: f.pick(AR_NAMES), "name"),
            "Nationality": Y(
                lambda f: f.pick(["ARE", "IND", "PAK", "PHL", "EGY", "GBR", "JOR"]), "citizenship"
            ),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "EmployerName": G(lambda f: f.pick(EMPLOYERS["AE"])),
            "MonthlySalaryAed": Y(lambda f: f.monthly_income(), "salary"),
            "SalaryTransferBank": G(lambda f: f.bank()[0]),
            "AecbScore": Y(lambda f: f.bureau_score(), "credit score"),
            "Iban": RED(lambda f: f.iban_ae(), "bank account"),
            "RequiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "FinanceType": G(lambda f: f.pick(["Conventional", "Islamic"])),
            "ApprovedAmount": G(lambda f: f.price()),
            "Status": G(lambda f: f.pick(["PreApproved", "Declined", "ManualReview"])),
        },
    ),
    (
        "track",
        "Finanzierungsanfrage Eingegangen",
        ["php"],
        "DE",
        {
            "Anfrage_ID": G(lambda f: f.digits(9)),
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "Vorname": Y(lambda f: f.first(), "name"),
            "Nachname": Y(lambda f: f.last(), "name"),
            "Geburtsdatum": Y(lambda f: f.dob().replace("-", "."), "birthdate"),
            "Strasse": Y(lambda f: f.pick(DE_STREETS), "street|address"),
            "Hausnummer": Y(lambda f: str(f.r.randint(1, 160)), "address|street"),
            "PLZ": Y(lambda f: f.zip(), "zipcode"),
            "Ort": Y(lambda f: f.city(), "city"),
            "Telefon": Y(lambda f: f.phone(), "phone"),
            "EMail": Y(lambda f: f.email(), "email"),
            "Staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "griechisch"]), "citizenship"
            ),
            "Familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden", "verwitwet"])),
            "Arbeitgeber": G(lambda f: f.pick(EMPLOYERS["DE"])),
            "BeschaeftigtSeit": G(lambda f: f.date(2000, 2023)),
            "Nettoeinkommen": Y(lambda f: f.monthly_income(), "salary"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "SchufaEinwilligung": G(lambda f: True),
            "Fahrzeugpreis": G(lambda f: f.price()),
            "Anzahlung": G(lambda f: f.price() // 5),
            "Laufzeit": G(lambda f: f.pick([24, 36, 48, 60])),
            "Schlussrate": G(lambda f: f.price() // 3),
        },
    ),
    (
        "track",
        "Credit Life Cover Selected",
        ["java"],
        None,
        {
            "policyNumber": Y(lambda f: "CL" + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(INSURERS[f.m])),
            "coverAmount": G(lambda f: f.price()),
            "monthlyPremium": G(lambda f: f.money(150, 1400)),
            "smoker": Y(lambda f: f.pick([True, False, False]), "condition"),
            "preExistingConditions": Many(
                Y(
                    lambda f: f.pick(["hypertension", "type 2 diabetes", "asthma", "HIV", "none"]),
                    "condition",
                ),
                2,
            ),
            "medicalAidNumber": Opt(Y(lambda f: f.digits(9), "identification"), 0.5),
            "medicalAidScheme": Opt(
                G(lambda f: f.pick(["Discovery Health", "Bonitas", "GEMS", "Momentum"])), 0.5
            ),
            "beneficiary": {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "estate"])),
                "idNumber": RED(lambda f: f.national_id(), "national id"),
                "sharePct": G(lambda f: f.pick([100, 50, 25])),
            },
            "underwritingOutcome": G(lambda f: f.pick(["standard", "loaded", "declined"])),
        },
    ),
    (
        "track",
        "Insurance Quote Viewed",
        ["flutter", "web"],
        None,
        {
            "quote_id": G(lambda f: f.uuid()),
            "insurer": G(lambda f: f.pick(INSURERS[f.m])),
            "cover_type": G(lambda f: f.pick(["comprehensive", "third_party_fire_theft", "tyre_rim", "gap"])),
            "monthly_premium": G(lambda f: f.money(300, 4200)),
            "excess": G(lambda f: f.pick([2500, 5000, 7500, 500, 1000])),
            "main_driver": {
                "name": Y(lambda f: f.full_name(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "years_licensed": G(lambda f: f.r.randint(1, 40)),
                "licence_number": Opt(Y(lambda f: f.driving_licence(), "license"), 0.6),
                "claims_last_3y": G(lambda f: f.r.randint(0, 3)),
            },
            "overnight_parking": G(lambda f: f.pick(["garage", "carport", "street", "secure_complex"])),
            "postcode": Y(lambda f: f.zip(), "zipcode"),
            "tracker_fitted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Add-On Purchased",
        ["dotnet"],
        None,
        {
            "PolicyNumber": Y(lambda f: f.pick(["POL", "MV-", "KFZ"]) + f.digits(8), "identification"),
            "Insurer": G(lambda f: f.pick(INSURERS[f.m])),
            "AddOn": G(lambda f: f.pick(["Tyre & Rim", "Scratch & Dent", "GAP Cover", "Roadside Assist"])),
            "Premium": G(lambda f: f.money(60, 900)),
            "CommencementDate": G(lambda f: f.date(2024, 2025)),
            "DebitOrderDay": G(lambda f: f.pick([1, 15, 25, 31])),
            "PaymentMethod": G(lambda f: f.pick(["DebitOrder", "Card", "Included"])),
        },
    ),
    (
        "track",
        "eVB Requested",
        ["java"],
        "DE",
        {
            "evbNummer": Y(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(7)),
                "identification",
            ),
            "versicherer": G(lambda f: f.pick(INSURERS["DE"])),
            "fahrzeugKlasse": G(lambda f: "PKW"),
            "gueltigBis": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- payment ------------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "RSV-" + f.digits(8)),
            "value": G(lambda f: f.money(1000, 10000)),
            "revenue": G(lambda f: f.money(1000, 10000)),
            "currency": G(lambda f: f.cur()),
            "products": Many(vehicle_product(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "RSV-" + f.digits(8)),
            "payment_method": G(lambda f: f.pick(["card", "eft", "apple_pay", "paypal", "ozow"])),
            "step": G(lambda f: 2),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["web", "swift", "kotlin"],
        None,
        {
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["492181", "535316", "410124", "522184", "374245"])),
            "funding": G(lambda f: f.pick(["credit", "debit"])),
            "billing_postal_code": Opt(Y(lambda f: f.zip(), "zipcode"), 0.6),
            "three_ds": G(lambda f: f.pick(["authenticated", "attempted", "not_supported"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "RSV-" + f.digits(8)),
            "total": G(lambda f: f.money(1000, 10000)),
            "tax": G(lambda f: f.money(100, 1500)),
            "discount": G(lambda f: f.pick([0, 500, 1000])),
            "coupon": G(lambda f: f.pick(["", "WELCOME500", "RAMADAN24", "SOMMER"])),
            "currency": G(lambda f: f.cur()),
            "products": Many(addon_product(), 3),
            "reserved_vehicle": {"product_id": G(lambda f: "veh_" + f.digits(7)), "name": G(vname)},
            "billing_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.m),
            },
            "masked_pan": G(lambda f: f.masked_pan()),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "receipt_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "deposit-form-submitted",
        ["php"],
        "ZA",
        {
            "form-id": G(lambda f: "dep_" + f.digits(5)),
            "card-holder": Y(lambda f: f.full_name(), "name"),
            "card-number": RED(lambda f: f.card(), "credit card"),
            "card-expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "amount": G(lambda f: f.pick([5000, 10000, 2500])),
            "stock-no": G(lambda f: f.stock_no()),
            "branch": G(lambda f: f.dealer()[0]),
        },
    ),
    (
        "track",
        "Debit Order Mandate Created",
        ["java"],
        "ZA",
        {
            "mandateReference": G(lambda f: "CNXDO" + f.digits(9)),
            "accountHolder": Y(lambda f: f.full_name(), "name"),
            "bankName": G(lambda f: f.bank()[0]),
            "branchCode": G(lambda f: f.bank()[1]),
            "accountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "accountType": G(lambda f: f.pick(["cheque", "savings", "transmission"])),
            "debitDay": G(lambda f: f.pick([1, 15, 20, 25])),
            "instalment": G(lambda f: f.money(1500, 22000)),
            "authenticated": G(lambda f: f.pick(["DebiCheck", "TT3"])),
        },
    ),
    # -- delivery and paperwork ---------------------------------------------------------------------
    (
        "track",
        "Delivery Scheduled",
        ["python", "ruby"],
        None,
        {
            "delivery_id": G(lambda f: "DL" + f.digits(8)),
            "stock_number": G(lambda f: f.stock_no()),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
            "delivery_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "suburb": Y(lambda f: f.suburb(), "city|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "province": G(lambda f: f.region()),
            },
            "contact_person": Y(lambda f: f.full_name(), "name"),
            "contact_number": Y(lambda f: f.phone(), "phone"),
            "note": Y(msisdn_note, "phone", True),
            "driver": {"id": G(lambda f: "drv_" + f.digits(3)), "name": Y(lambda f: f.full_name(), "name")},
            "transporter": G(lambda f: f.pick(["in-house", "Vehicle Delivery Services", "Autotrans GmbH"])),
        },
    ),
    (
        "track",
        "Delivery Completed",
        ["kotlin"],
        None,
        {
            "delivery_id": G(lambda f: "DL" + f.digits(8)),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "gps": {
                "lat": Y(
                    lambda f: round(
                        f.r.uniform(-34.2, -22.5)
                        if f.m == "ZA"
                        else (f.r.uniform(24.1, 25.6) if f.m == "AE" else f.r.uniform(47.5, 54.5)),
                        6,
                    ),
                    "geolocation",
                ),
                "lng": Y(
                    lambda f: round(
                        f.r.uniform(18.3, 31.5)
                        if f.m == "ZA"
                        else (f.r.uniform(54.3, 56.1) if f.m == "AE" else f.r.uniform(6.1, 14.8)),
                        6,
                    ),
                    "geolocation",
                ),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "odometer_at_handover": G(lambda f: f.r.randint(8_000, 210_000)),
            "fuel_level_pct": G(lambda f: f.pick([25, 50, 75, 100])),
            "keys_handed_over": G(lambda f: f.pick([1, 2])),
            "signature_captured": G(lambda f: True),
            "recipient_id_checked": G(lambda f: f.pick([True, False])),
            "recipient_id_last4": Opt(RED(lambda f: f.za_id()[-4:], "national id"), 0.7),
            "delivered_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Vehicle Registration Submitted",
        ["java", "go"],
        None,
        {
            "registration_id": G(lambda f: f.uuid()),
            "authority": G(
                lambda f: f.pick(
                    ["eNaTIS", "RTA Dubai", "ITC Abu Dhabi", "Kfz-Zulassungsstelle Berlin", "KVR München"]
                )
            ),
            "new_plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "owner_name": Y(lambda f: f.full_name(), "name"),
            "owner_id_number": RED(lambda f: f.national_id(), "national id"),
            "owner_address": Y(lambda f: f.full_address(), "address"),
            "fee": G(lambda f: f.money(200, 1500)),
            "status": G(lambda f: f.pick(["submitted", "approved", "rejected", "awaiting_documents"])),
            "documents": Many(
                G(lambda f: f.pick(["proof_of_residence", "id_copy", "invoice", "roadworthy"])), 3
            ),
        },
    ),
    # -- local-language backends ----------------------------------------------------------------------
    (
        "track",
        "Toetsrit Bespreek",
        ["ruby"],
        "ZA",
        {
            "bespreking_id": G(lambda f: f.digits(7)),
            "voornaam": Y(lambda f: f.first(), "name"),
            "van": Y(lambda f: f.last(), "name"),
            "selfoonnommer": Y(lambda f: f.phone(), "phone"),
            "e_pos": Y(lambda f: f.email(), "email"),
            "id_nommer": RED(lambda f: f.za_id(), "national id"),
            "bestuurslisensie": Y(lambda f: f.driving_licence(), "license"),
            "tak": G(lambda f: f.dealer()[0]),
            "voertuig": G(vname),
            "datum": G(lambda f: f.iso()),
            "bevestig": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        "AE",
        {
            "الاسم_الكامل": Y(lambda f: f.pick(AR_NAMES), "name"),
            "رقم_الجوال": Y(lambda f: f.phone(), "phone"),
            "البريد_الإلكتروني": Y(lambda f: f.email(), "email"),
            "الإمارة": G(lambda f: f.pick(["دبي", "أبوظبي", "الشارقة", "عجمان"])),
            "رقم_الهوية": RED(lambda f: f.emirates_id(), "national id"),
            "السيارة_المطلوبة": G(
                lambda f: f.pick(["تويوتا لاند كروزر", "نيسان باترول", "لكزس LX", "هيونداي توسان"])
            ),
            "طريقة_التواصل": G(lambda f: f.pick(["واتساب", "اتصال", "بريد إلكتروني"])),
            "form_id": G(lambda f: "lp_ar_" + f.digits(3)),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"), 0.6),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.hexid(44), "advertising id"), 0.4),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_E164": Y(lambda f: f.phone().replace(" ", ""), "phone"),
            "HOME_SUBURB": Y(lambda f: f.suburb(), "city|address"),
            "HOME_REGION": G(lambda f: f.region()),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "LIFETIME_VALUE": G(lambda f: f.price()),
            "VEHICLES_PURCHASED": G(lambda f: f.r.randint(1, 5)),
            "LAST_PURCHASE_DATE": G(lambda f: f.date(2016, 2024)),
            "IS_FINANCE_CUSTOMER": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LOYALTY_NUMBER": G(lambda f: "CNX" + f.digits(10)),
            "PREFERRED_BRAND": G(lambda f: f.vehicle()[0]),
        },
    ),
    # -- staff and dealers --------------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "ruby"],
        None,
        {
            "name": G(lambda f: f.dealer()[0]),
            "industry": G(lambda f: "Automotive Retail"),
            "employees": G(lambda f: f.r.randint(12, 140)),
            "plan": G(lambda f: f.pick(["dealer_pro", "dealer_basic"])),
            "main_phone": G(lambda f: f.dealer()[2]),
            "sales_email": G(lambda f: f.pick(["sales@", "info@", "finance@"]) + DOMAIN[f.m]),
            "website": G(lambda f: f"https://www.{DOMAIN[f.m]}"),
            "showroom_address": {
                "street": G(lambda f: f.dealer()[3].split(",")[0]),
                "city": G(lambda f: f.dealer()[1]),
                "country": G(lambda f: f.m),
            },
            "vat_number": G(
                lambda f: {"ZA": "4" + f.digits(9), "AE": "100" + f.digits(12), "DE": "DE" + f.digits(9)}[f.m]
            ),
            "dealer_principal": Y(lambda f: f.full_name(), "name"),
            "dealer_principal_mobile": Y(lambda f: f.phone(), "phone"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        None,
        {
            "displayName": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
            "role": G(lambda f: f.pick(["sales_exec", "f_and_i", "inspector", "branch_manager", "driver"])),
            "employeeNumber": G(lambda f: "E" + f.digits(5)),
            "branchId": G(lambda f: "br_" + f.digits(3)),
            "title": G(
                lambda f: f.pick(["Sales Executive", "F&I Manager", "Branch Manager", "Vehicle Inspector"])
            ),
            "avatar": Opt(Y(lambda f: f"https://img.{DOMAIN[f.m]}/staff/{f.hexid(12)}.jpg", "photo"), 0.6),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Commission Calculated",
        ["python"],
        None,
        {
            "staff_id": G(lambda f: "E" + f.digits(5)),
            "staff_name": Y(lambda f: f.full_name(), "name"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "deals_closed": G(lambda f: f.r.randint(0, 22)),
            "gross_profit": G(lambda f: f.money(10000, 900000)),
            "commission_amount": Y(lambda f: f.money(2000, 95000), "salary"),
            "base_salary": Y(lambda f: f.monthly_income(), "salary"),
            "branch": G(lambda f: f.dealer()[0]),
            "currency": G(lambda f: f.cur()),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        ["go"],
        "ZA",
        {
            "employee_number": G(lambda f: "E" + f.digits(5)),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "id_number": RED(lambda f: f.za_id(), "national id"),
            "income_tax_number": RED(lambda f: f.pick("0123") + f.digits(9), "national id"),
            "population_group": Y(lambda f: f.pick(["African", "Coloured", "Indian", "White"]), "race"),
            "disability_status": RED(
                lambda f: f.pick(["none", "declared", "prefer_not_to_say"]), "disability"
            ),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "job_title": G(
                lambda f: f.pick(["Sales Executive", "F&I Manager", "Driver", "Workshop Foreman"])
            ),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "basic_salary": Y(lambda f: f.monthly_income(), "salary"),
            "bank_account_number": RED(lambda f: f.bank_account(), "bank account"),
            "branch_code": G(lambda f: f.bank()[1]),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "spouse", "brother", "friend"])),
            },
            "medical_aid_member": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Mitarbeiter Angelegt",
        ["php"],
        "DE",
        {
            "Personalnummer": G(lambda f: f.digits(6)),
            "Name": Y(lambda f: f.full_name(), "name"),
            "Steuer_ID": RED(lambda f: f.steuer_id(), "national id"),
            "Sozialversicherungsnummer": RED(
                lambda f: (
                    f"{f.r.randint(10, 89)} {f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}"
                    f"{f.r.randint(60, 99):02d} {f.pick('ABKMSW')} {f.digits(3)}"
                ),
                "national id",
            ),
            "Steuerklasse": G(lambda f: f.pick([1, 3, 4, 5])),
            "Konfession": Y(lambda f: f.pick(["rk", "ev", "--", "--"]), "religion"),
            "Krankenkasse": G(lambda f: f.pick(["TK", "AOK Nordost", "BARMER", "DAK-Gesundheit"])),
            "Bruttogehalt": Y(lambda f: f.monthly_income(), "salary"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "Schwerbehinderung": RED(lambda f: f.pick([False, False, True]), "disability"),
            "Eintrittsdatum": G(lambda f: f.date(2024, 2024)),
            "Position": G(lambda f: f.pick(["Verkaufsberater", "Serviceberater", "Kfz-Mechatroniker"])),
        },
    ),
    (
        "track",
        "Dokument Versendet",
        ["java"],
        "DE",
        {
            "dokument_id": G(lambda f: f.uuid()),
            "vorlage": G(
                lambda f: f.pick(["finanzierungsangebot", "kaufvertrag", "probefahrt_bestaetigung"])
            ),
            "betreff": Y(
                lambda f: f.pick(
                    [
                        f"Ihr Finanzierungsangebot, {f.pick(['Herr', 'Frau'])} {f.last()}",
                        f"Kaufvertrag für {f.full_name()}",
                        f"Terminbestätigung Probefahrt \u2013 {f.first()} {f.last()}",
                        f"{f.first()}, Ihre Unterlagen sind da",
                    ]
                ),
                "name",
                True,
            ),
            "empfaenger": Y(lambda f: f.email(), "email", True),
            "anhaenge": G(lambda f: f.r.randint(0, 4)),
            "gesendet_am": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "DMS Integration Connected",
        ["node"],
        None,
        {
            "integration": G(lambda f: f.pick(["Autoline", "Keyloop", "Pinewood", "CDK Drive"])),
            "dealer_id": G(lambda f: "dlr_" + f.digits(4)),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "connected_by": Y(lambda f: f.staff_email(), "email"),
            "sync_interval_min": G(lambda f: f.pick([5, 15, 60])),
            "webhook_url": G(lambda f: f"https://hooks.{DOMAIN[f.m]}/dms/{f.hexid(8)}"),
        },
    ),
    # -- ads ----------------------------------------------------------------------------------------
    (
        "track",
        "Lead Sent To Meta",
        ["node"],
        None,
        {
            "event_name": G(lambda f: "Lead"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"), 0.6),
                "country": G(lambda f: f.hexid(64)),
            },
            "custom_data": {"currency": G(lambda f: f.cur()), "value": G(lambda f: f.pick([50, 100, 250]))},
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        None,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": G(
                lambda f: f.pick(
                    ["Price drop on your saved Hilux", "New stock this week", "Your valuation is ready"]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["carnexa://saved", "carnexa://valuation", "carnexa://vehicle/123"])
            ),
            "delivered_at": G(lambda f: f.epoch_ms()),
        },
    ),
]

CLIENT_FOR = {"web": "web", "swift": "swift", "kotlin": "kotlin", "rn": "rn", "flutter": "flutter"}


def context_for(client, f):
    if client == "web":
        return web_ctx(f.pick(["/", "/used-cars", "/finance/apply", "/trade-in", "/book-test-drive"]))
    if client in CONTEXTS:
        return CONTEXTS[client]()
    return server_ctx(client)


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, market, body in EVENTS:
            f.m = market or f.pick(["ZA", "ZA", "AE", "DE"])
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "cnx_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "dlr_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, f), f, "context", labels)
            msg["integrations"] = {"All": True} if f.r.random() < 0.8 else {"All": True, "Salesforce": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=233, repeats=36)
    write(Path(__file__).parent, "holdout233_", events, labels)
