"""Writes holdout196: tests/corpus/holdout196_events.jsonl and holdout196_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests or any other corpus's labels, and never scored by
its author. Run `.venv/bin/python -m tests.corpus.build_holdout196` (seeded, deterministic).

Domain: a law firm's client portal and a legal-aid intake service in Germany, South Africa and
Singapore. Intake questionnaires (matter type, opposing parties, criminal charges, immigration
status, family disputes, labour disputes, personal injury, wills), identity checks, document
uploads, conflict checks, fee earners' time entries and invoices, payments (cards, SEPA, South
African debit orders and EFT, Singapore PayNow), e-signature webhooks (DocuSign-shaped), court
dates, secure messaging, WhatsApp and telephony intake webhooks, e-mail/SMS delivery webhooks,
ad-platform conversions, reverse-ETL identify calls from a warehouse.

Clients: analytics.js (with page calls), analytics-swift, analytics-kotlin (with
`context.location`), analytics-react-native, analytics_flutter and server libraries (python,
node, go, java, ruby, php, .NET) with their `context` blocks (`ip`, `traits`, `device`, `app`,
`library`, `locale`, `userAgent`, `campaign`). identify, track, page, screen, group and alias
messages. Keys are mostly camelCase and snake_case English; about a fifth of the paths end in
PascalCase (.NET practice-management backend, Twilio webhooks), kebab-case (CMS forms, e-signature
requests), SCREAMING_SNAKE (warehouse syncs) or German and Afrikaans keys (`vorname`,
`geburtsdatum`, `id_nommer`, `selfoonnommer`, `maandelikse_inkomste` ...).

Values: names from German, Afrikaans, Nguni and Sotho, South African Indian, Chinese, Malay and
Tamil Singaporean, Turkish, Arabic, Ukrainian, Polish, Nigerian, Zimbabwean, Filipino,
Bangladeshi and Vietnamese naming customs; national phone formats of DE, ZA and SG; addresses in
each country's shape; South African ID numbers (Luhn), Singapore NRIC/FIN (check letter), German
Steuer-ID (ISO 7064 MOD 11,10), German ID-card and passport numbers (ICAO 7-3-1 check digit),
German health-insurance numbers (KVNR check digit), Luhn card numbers, mod-97 IBANs.

Conventions: each leaf path has one label (classification, type, value_only) over all its values.
Types are the reference's default matcher names where one fits, else `national id`,
`bank account`, `health id`, `advertising id`, `geolocation`, `credit card`, `token`, `secret`,
`criminal record`; `a|b` when either name is fair.

Labelling rules (the brief's, plus the ones I had to settle):
- PII is personal data about a natural person: the user, the other side of a dispute, children,
  beneficiaries, executors, emergency contacts, witnesses, referrers, judges and fee earners.
  Colours are the reference's defaults; outside its table: red for credentials, secrets,
  tokens, card numbers, bank accounts, government and identity-document numbers and health ids,
  yellow otherwise.
- Green: ids we issue (client, matter, invoice, envelope, document ids, UUIDs), court case
  numbers and CCMA / court file references (they name a case, not a person), versions,
  timestamps, hashes of files, amounts (fees, amount in dispute, bail), enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `id_number_provided`, `has_passport`),
  practice area / matter type (the service bought), company, court, hospital, product and pet
  names, a business's own phone, e-mail and address (courts, offices, the firm's WhatsApp and
  telephony numbers, role mailboxes), bank branch codes and BICs, card brand / last4 / expiry,
  identity documents' expiry dates and issuing countries, country, province, language, locale,
  timezone, currency, user agents, OS-issued device ids, Places session tokens, Message-IDs.
- The policy's contested cases are followed as written: insurer member numbers and legal
  expenses insurance policy numbers -> yellow `identification`; pay, income and hourly rates
  (including a fee earner's billing rate) -> yellow `salary`; vehicle plates -> yellow
  `license`; gclid / fbclid / fbp / fbc and the HubSpot `hutk` cookie -> yellow `advertising id`;
  billing addresses -> yellow `address`; union membership -> yellow `trade union`; card and
  payment tokens (`pm_`), one-time codes, sign-in link tokens -> red `token`; hospital MRNs and
  the German health-card number (KVNR) -> red `health id` (a South African medical-aid
  membership number is an insurer's member number: yellow `identification`); identity-document
  numbers -> red `passport` / `national id`; immigration status, visa / work-pass type and
  right-to-work answers -> red `visa`.
- Settled here: criminal-offence data about the person (charges, the statute charged, prior
  convictions yes/no) -> yellow `criminal record`; a nationality or country of birth -> yellow
  `citizenship`; a pregnancy flag -> yellow `condition`; a wheelchair-access need -> red
  `disability`; hashed e-mail / phone sent for ad matching (`em`, `ph`) stay personal data ->
  yellow `email` / `phone`, value_only false (the value is a hash, the key names the thing); an
  APNs push token in `context.device.token` -> red `token`; a KYC selfie URL -> yellow `photo`;
  an ID scan's MRZ line -> red `passport`.
- Also green: honorifics (`title`: Ms / Mr / Dr), an occupation, the names a page call puts in
  `properties.name`, free-text matter summaries, feedback comments and WhatsApp bodies (none of
  their values carries PII), the description of an asset in a will.
- value_only is true when the key does not say what the value is (`field.value`, `label`,
  `input`, `text`, `note`, `q`, `to`, `From`, `WaId`, `raw_digits`, `Narrative`, `paynow_proxy`);
  such a path holds that PII in every value. Free text is labelled by what every value carries
  and is green when no value carries PII (all free text here is built so that either every value
  or none does).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

WESTERN = {
    "de": (
        [
            "Lukas",
            "Anna",
            "Jonas",
            "Lea",
            "Felix",
            "Marie",
            "Maximilian",
            "Sophie",
            "Jürgen",
            "Ursula",
            "Dieter",
            "Sabine",
            "Katharina",
            "Tobias",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Richter",
            "Wagner",
            "Krüger",
            "Zimmermann",
            "Neumann",
        ],
    ),
    "af": (
        [
            "Pieter",
            "Annelie",
            "Johan",
            "Marietjie",
            "Hendrik",
            "Elmarie",
            "Francois",
            "Riana",
            "Wikus",
            "Karlien",
        ],
        [
            "van der Merwe",
            "Botha",
            "du Plessis",
            "Pretorius",
            "Nel",
            "Steyn",
            "Coetzee",
            "van Wyk",
            "le Roux",
            "Swanepoel",
            "Venter",
        ],
    ),
    "nguni": (
        [
            "Sipho",
            "Thandiwe",
            "Lwazi",
            "Nomvula",
            "Bongani",
            "Zanele",
            "Themba",
            "Ayanda",
            "Lindiwe",
            "Mandla",
            "Nokuthula",
            "Kagiso",
            "Palesa",
            "Tshepo",
        ],
        [
            "Dlamini",
            "Nkosi",
            "Mthembu",
            "Khumalo",
            "Zulu",
            "Ndlovu",
            "Mokoena",
            "Mahlangu",
            "Sithole",
            "Mabaso",
            "Molefe",
            "Tshabalala",
        ],
    ),
    "za_indian": (
        ["Kavitha", "Ravi", "Pravesh", "Shireen", "Yusuf", "Ayesha", "Deshni", "Keshav"],
        ["Naidoo", "Pillay", "Govender", "Moodley", "Reddy", "Chetty", "Moosa", "Essop"],
    ),
    "tr": (
        ["Emre", "Ayşe", "Mehmet", "Elif", "Can", "Zeynep"],
        ["Y\u0131lmaz", "Demir", "Kaya", "Şahin", "Öztürk", "Çelik"],
    ),
    "ar": (
        ["Ahmad", "Rania", "Omar", "Lina", "Yousef", "Hiba"],
        ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Al-Masri"],
    ),
    "ua": (
        ["Oksana", "Dmytro", "Iryna", "Andriy", "Olena"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko"],
    ),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], ["Nowak", "Wiśniewski", "Wójcik", "Kowalczyk"]),
    "afr": (
        ["Chiamaka", "Oluwaseun", "Tendai", "Farai", "Chipo", "Emeka", "Ngozi", "Tatenda"],
        ["Okonkwo", "Adeyemi", "Moyo", "Chikwanha", "Mutasa", "Eze", "Sibanda"],
    ),
    "ph": (
        ["Maria Cristina", "Jose", "Rowena", "Mark Anthony", "Jocelyn"],
        ["Santos", "Dela Cruz", "Bautista", "Reyes"],
    ),
}
SG_CHINESE_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo"]
SG_CHINESE_GIVEN = [
    "Wei Ming",
    "Hui Min",
    "Jia Hui",
    "Kok Leong",
    "Mei Ling",
    "Zhi Hao",
    "Shu Fen",
    "Jun Jie",
]
SG_ENGLISH = ["Jasmine", "Daniel", "Rachel", "Marcus", "Cheryl", "Benjamin"]
MALAY = [
    ("Nurul Aisyah", "binti"),
    ("Muhammad Faizal", "bin"),
    ("Siti Nurhaliza", "binti"),
    ("Ahmad Danial", "bin"),
    ("Farah Nadia", "binti"),
    ("Mohamed Irfan", "bin"),
]
MALAY_FATHERS = ["Ahmad", "Rahman", "Ismail", "Hassan", "Osman", "Yusof"]
TAMIL = [("Arun Kumar", "s/o"), ("Priya", "d/o"), ("Karthik", "s/o"), ("Devi", "d/o"), ("Suresh", "s/o")]
TAMIL_FATHERS = ["Ramasamy", "Subramaniam", "Krishnan", "Muthu"]
BANGLADESHI = ["Mohammad Rahim Uddin", "Md. Shahidul Islam", "Abdul Karim", "Rafiqul Hasan Sarker"]
VIETNAMESE = ["Nguyễn Thị Lan", "Trần Văn Minh", "Phạm Thu Hà"]

EMAIL_DOMAINS = [
    "gmail.com",
    "web.de",
    "gmx.de",
    "outlook.com",
    "yahoo.co.za",
    "icloud.com",
    "mweb.co.za",
    "hotmail.com",
    "singnet.com.sg",
    "t-online.de",
    "proton.me",
]
STAFF = [
    "Annelie Botha",
    "Kavitha Naidoo",
    "Dr. Katharina Weber",
    "Tobias Richter",
    "Lim Hui Min",
    "Rajan Pillai",
    "Thandiwe Mokoena",
    "Jonas Becker",
    "Cheryl Goh",
    "Yusuf Essop",
]
FIRM_DOMAINS = ["weber-partner.de", "bothanaidoo.co.za", "limrajan.com.sg"]
JUDGES = [
    "Richterin am Amtsgericht Schulz",
    "Judge M. Dlamini",
    "District Judge Tan Boon Huat",
    "Richter Dr. Hartmann",
    "Acting Judge van Zyl",
    "Magistrate R. Govender",
]

DE_STREETS = [
    "Hauptstraße",
    "Bahnhofstraße",
    "Gartenweg",
    "Schillerstraße",
    "Berliner Allee",
    "Kastanienallee",
    "Sonnenallee",
    "Lindenstraße",
    "Am Markt",
    "Hermannstraße",
]
DE_CITIES = [
    ("Berlin", "10"),
    ("Hamburg", "20"),
    ("München", "80"),
    ("Köln", "50"),
    ("Frankfurt am Main", "60"),
    ("Leipzig", "04"),
    ("Stuttgart", "70"),
    ("Düsseldorf", "40"),
]
ZA_STREETS = [
    "Long Street",
    "Jan Smuts Avenue",
    "Voortrekker Road",
    "Main Road",
    "Church Street",
    "Oxford Road",
    "Florida Road",
    "Kerkstraat",
    "Vilakazi Street",
    "Beach Road",
]
ZA_CITIES = [
    ("Cape Town", "8001"),
    ("Johannesburg", "2001"),
    ("Soweto", "1804"),
    ("Durban", "4001"),
    ("Pretoria", "0002"),
    ("Stellenbosch", "7600"),
    ("Gqeberha", "6001"),
    ("Khayelitsha", "7784"),
    ("Bloemfontein", "9301"),
]
SG_STREETS = [
    "Ang Mo Kio Avenue 3",
    "Jurong West Street 42",
    "Tampines Street 86",
    "Bedok North Road",
    "Woodlands Drive 14",
    "Toa Payoh Lorong 1",
    "Yishun Ring Road",
    "Clementi Avenue 2",
]

COURTS = [
    "Amtsgericht Berlin-Mitte",
    "Landgericht Hamburg",
    "Arbeitsgericht München",
    "Western Cape High Court",
    "Johannesburg Magistrate's Court",
    "Durban Regional Court",
    "State Courts of Singapore",
    "Family Justice Courts",
    "CCMA Cape Town",
]
PRACTICE_AREAS = [
    "family",
    "criminal_defence",
    "immigration",
    "employment",
    "tenancy",
    "personal_injury",
    "wills_estates",
    "debt",
    "consumer",
]
SERVICES = [
    ("Erstberatung (60 Min.)", "SVC-DE-ERST60", 226.10),
    ("Initial Consultation 30 min", "SVC-ZA-IC30", 950.0),
    ("Will Drafting - Standard", "PKG-WILL-STD", 3500.0),
    ("Uncontested Divorce Package", "PKG-DIV-UNC", 12500.0),
    ("Work Pass Appeal Review", "SVC-SG-WPAR", 480.0),
    ("Lease Review", "SVC-LEASE-RV", 150.0),
    ("CCMA Representation", "SVC-ZA-CCMA", 7800.0),
    ("Notarial Certification", "SVC-NOT-CERT", 35.0),
]
COMPANIES = [
    "Vonovia SE",
    "Shoprite Checkers (Pty) Ltd",
    "Sembcorp Marine Ltd",
    "Lieferando GmbH",
    "Sun City Security CC",
    "Keppel Shipyard",
    "Autohaus Krause GmbH",
    "Gold Reef Cleaning Services",
    "Deutsche Wohnen SE",
    "Hup Soon Construction Pte Ltd",
]
PETS = ["Bella", "Max", "Simba", "Luna", "Rocky", "Oscar", "Mochi", "Bruno", "Lucky", "Kiki"]
HOSPITALS = [
    "Charité Berlin",
    "Groote Schuur Hospital",
    "Chris Hani Baragwanath Hospital",
    "Tan Tock Seng Hospital",
    "Netcare Milpark",
    "Universitätsklinikum Eppendorf",
]

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
]


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("\u0131", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class LFake(Fake):
    """Fake with the three countries' names, numbers and addresses."""

    def person(self) -> tuple[str, str, str]:
        """(first, last, full) in the person's naming custom."""
        kind = self.r.random()
        if kind < 0.62:
            first_names, last_names = WESTERN[self.pick(list(WESTERN))]
            first, last = self.pick(first_names), self.pick(last_names)
            return first, last, f"{first} {last}"
        if kind < 0.74:
            sur, given = self.pick(SG_CHINESE_SURNAMES), self.pick(SG_CHINESE_GIVEN)
            if self.r.random() < 0.3:
                eng = self.pick(SG_ENGLISH)
                return eng, sur, f"{eng} {sur} {given}"
            return given, sur, f"{sur} {given}"
        if kind < 0.82:
            given, rel = self.pick(MALAY)
            father = self.pick(MALAY_FATHERS)
            return given, father, f"{given} {rel} {father}"
        if kind < 0.88:
            given, rel = self.pick(TAMIL)
            father = self.pick(TAMIL_FATHERS)
            return given, father, f"{given} {rel} {father}"
        full = self.pick(BANGLADESHI + VIETNAMESE)
        parts = full.split(" ")
        return parts[0], parts[-1], full

    def first(self):
        return self.person()[0]

    def last(self):
        return self.person()[1]

    def full_name(self):
        return self.person()[2]

    def email(self):
        first, last, _ = self.person()
        f = fold(first).lower().replace(" ", "").replace(".", "")
        la = fold(last).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [f"{f}.{la}", f"{f}{la}{self.r.randint(1, 99)}", f"{f[0]}.{la}", f"{f}_{la}", f"{la}.{f}"]
        )
        return f"{local.replace('-', '')}@{self.pick(EMAIL_DOMAINS)}"

    def staff(self):
        return self.pick(STAFF)

    def staff_email(self):
        name = fold(self.staff().replace("Dr. ", "")).lower().split(" ")
        return f"{name[0][0]}.{name[-1]}@{self.pick(FIRM_DOMAINS)}"

    def country(self):
        return self.pick(["DE", "ZA", "SG"])

    def phone(self, country=None):
        c = country or self.country()
        d = self.digits
        if c == "DE":
            pre = self.pick(["151", "160", "171", "176", "157"])
            return self.pick(
                [
                    f"+49 {pre} {d(4)} {d(4)}",
                    f"0{pre} {d(8)}",
                    f"+49{pre}{d(8)}",
                    f"030 {d(8)}",
                    f"(089) {d(7)}",
                ]
            )
        if c == "ZA":
            pre = self.pick(["82", "83", "72", "76", "61", "79"])
            return self.pick(
                [f"+27 {pre} {d(3)} {d(4)}", f"0{pre} {d(3)} {d(4)}", f"+27{pre}{d(7)}", f"021 {d(3)} {d(4)}"]
            )
        first = self.pick(["8", "9"])
        return self.pick([f"+65 {first}{d(3)} {d(4)}", f"+65{first}{d(7)}", f"{first}{d(3)} {d(4)}"])

    def wa_phone(self):
        return self.pick(
            [
                "27" + self.pick(["82", "72", "61"]) + self.digits(7),
                "65" + self.pick(["8", "9"]) + self.digits(7),
                "49" + self.pick(["151", "176"]) + self.digits(8),
            ]
        )

    def street(self, country=None):
        c = country or self.country()
        if c == "DE":
            return f"{self.pick(DE_STREETS)} {self.r.randint(1, 180)}{self.pick(['', '', 'a', 'b'])}"
        if c == "ZA":
            return f"{self.r.randint(1, 320)} {self.pick(ZA_STREETS)}"
        unit = f"#{self.r.randint(2, 25):02d}-{self.r.randint(1, 399)}"
        return f"Blk {self.r.randint(100, 899)} {self.pick(SG_STREETS)} {unit}"

    def city(self, country=None):
        c = country or self.country()
        if c == "DE":
            return self.pick(DE_CITIES)[0]
        if c == "ZA":
            return self.pick(ZA_CITIES)[0]
        return "Singapore"

    def zip(self, country=None):
        c = country or self.country()
        if c == "DE":
            return self.pick(DE_CITIES)[1] + self.digits(3)
        if c == "ZA":
            return self.pick(ZA_CITIES)[1]
        return f"{self.r.randint(10, 82):02d}{self.r.randint(0, 9999):04d}"

    def full_address(self, country=None):
        c = country or self.country()
        if c == "DE":
            city, plz = self.pick(DE_CITIES)
            return f"{self.street('DE')}, {plz}{self.digits(3)} {city}"
        if c == "ZA":
            city, code = self.pick(ZA_CITIES)
            return f"{self.street('ZA')}, {city}, {code}"
        return f"{self.street('SG')}, Singapore {self.zip('SG')}"

    def za_id(self, start=1950, end=2005):
        yy = self.r.randint(start, end) % 100
        body = f"{yy:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{self.r.randint(0, 9999):04d}"
        body += self.pick(["0", "0", "1"]) + "8"
        return self.luhn_complete(body)

    def nric(self):
        prefix = self.pick(["S", "T", "F", "G"])
        digits = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
        total += 4 if prefix in "TG" else 0
        table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
        return prefix + "".join(map(str, digits)) + table[total % 11]

    def fin(self):
        while True:
            n = self.nric()
            if n[0] in "FG":
                return n

    def steuer_id(self):
        while True:
            digits = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(9)]
            counts = sorted((digits.count(d) for d in set(digits)), reverse=True)
            if counts[0] == 2 and counts[1] == 1:
                break
        product = 10
        for d in digits:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, digits)) + str(check)

    @staticmethod
    def icao_check(s: str) -> str:
        def val(c):
            return int(c) if c.isdigit() else ord(c) - 55

        return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)

    def de_document(self, first="L"):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = first + "".join(self.pick(alphabet) for _ in range(8))
        return body + self.icao_check(body)

    def passport_no(self):
        kind = self.pick(["DE", "ZA", "SG", "OTHER"])
        if kind == "DE":
            return self.de_document("C")
        if kind == "ZA":
            return self.pick(["A", "M", "T"]) + self.digits(8)
        if kind == "SG":
            return self.pick(["E", "K"]) + self.digits(7) + self.pick("ABCDFGHJKLMN")
        return self.pick(["P", "FA", "EK"]) + self.digits(7)

    def id_number(self):
        """A government id from any of the three countries."""
        return self.pick([self.za_id(), self.nric(), self.de_document("L"), self.za_id()])

    def kvnr(self):
        letter = self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        body = self.digits(8)
        nums = f"{ord(letter) - 64:02d}" + body
        total = 0
        for i, c in enumerate(nums):
            p = int(c) * (1 if i % 2 == 0 else 2)
            total += p // 10 + p % 10
        return letter + body + str(total % 10)

    def mrz(self):
        surname = fold(self.last()).upper().replace(" ", "<").replace("-", "<")
        given = fold(self.first()).upper().replace(" ", "<")
        return f"P<{self.pick(['D<<', 'ZAF', 'SGP'])}{surname}<<{given}".ljust(44, "<")[:44]

    def plate(self):
        return self.pick(
            [
                f"B-{self.pick(['AB', 'KL', 'XM'])} {self.r.randint(1, 9999)}",
                f"CA {self.digits(3)}-{self.digits(3)}",
                f"{self.pick(['HJ', 'BT', 'DX'])} {self.r.randint(10, 99)} {self.pick(['CD', 'FX'])} GP",
                f"S{self.pick(['KA', 'LB', 'JP'])} {self.r.randint(1, 9999)} {self.pick('ACDGHJKLMPRTUXYZ')}",
                f"M-{self.pick(['QR', 'ST'])} {self.r.randint(100, 9999)}",
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["WVW", "WBA", "AHT", "MR0", "JTD"]) + "".join(self.pick(chars) for _ in range(14))

    def za_account(self):
        return self.digits(self.pick([10, 11]))

    def sg_account(self):
        return f"{self.digits(3)}-{self.digits(5)}-{self.r.randint(0, 9)}"

    def bank_account(self):
        return self.pick([self.iban("DE"), self.za_account(), self.sg_account()])

    def case_number(self):
        return self.pick(
            [
                f"{self.r.randint(1, 99)} F {self.r.randint(1, 999)}/24",
                f"{self.r.randint(1, 40)} Ca {self.r.randint(100, 9999)}/24",
                f"{self.r.randint(100, 9999)}/2024",
                f"HC/S {self.r.randint(1, 999)}/2024",
                f"FC/D {self.r.randint(100, 9999)}/2024",
                f"WECT{self.digits(5)}-24",
                f"CAS {self.r.randint(1, 999)}/0{self.r.randint(1, 9)}/2024",
            ]
        )

    def lat_lon(self):
        lat, lon = self.pick(
            [(52.52, 13.40), (-33.92, 18.42), (-26.20, 28.05), (1.35, 103.82), (53.55, 9.99), (-29.86, 31.02)]
        )
        return round(lat + self.r.uniform(-0.12, 0.12), 6), round(lon + self.r.uniform(-0.12, 0.12), 6)

    def lat(self):
        return self.lat_lon()[0]

    def lon(self):
        return self.lat_lon()[1]

    def matter_id(self):
        return f"M-2024-{self.digits(5)}"

    def client_id(self):
        return f"CL{self.digits(6)}"

    def iso_date(self, start=2024, end=2025):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def dob(self):
        return self.pick(
            [
                self.date(1948, 2006),
                f"{self.r.randint(1, 28):02d}.{self.r.randint(1, 12):02d}.{self.r.randint(1950, 2004)}",
            ]
        )

    def ip(self):
        return self.pick([self.ipv4(), self.ipv4(), self.ipv6()])


def P(*items):
    return lambda f: f.pick(list(items))


def INT(lo, hi):
    return lambda f: f.r.randint(lo, hi)


BOOL = P(True, False)


# -- contexts ---------------------------------------------------------------------------------------

PORTAL_PAGES = [
    ("/intake/start", "Start your enquiry"),
    ("/intake/step-2", "Your matter"),
    ("/matters", "My matters"),
    ("/documents", "Documents"),
    ("/invoices", "Invoices"),
    ("/messages", "Secure messages"),
    ("/book", "Book a consultation"),
    ("/", "Home"),
]


def web_context(f: LFake):
    path, title = f.pick(PORTAL_PAGES)
    return {
        "library": {
            "name": G(P("analytics.js")),
            "version": G(P("npm:next-1.72.1", "next-1.70.0", "npm:next-1.74.0")),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                P("https://www.google.com/", "", "https://www.legal-aid.co.za/", "https://www.bing.com/")
            ),
            "search": G(P("", "?lang=de", "?utm_source=google&utm_medium=cpc", "?ref=lasa")),
            "title": G(lambda f: title + " | LexPortal"),
            "url": G(lambda f: "https://portal.lexportal.example" + path),
        },
        "userAgent": G(P(*UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(P("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(P("124", "99", "123")),
                },
                3,
            ),
            "mobile": G(BOOL),
            "platform": G(P("Windows", "Android", "macOS")),
        },
        "locale": G(P("de-DE", "en-ZA", "af-ZA", "en-SG", "zh-SG", "en-GB")),
        "timezone": G(P("Europe/Berlin", "Africa/Johannesburg", "Asia/Singapore")),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(P("legal_aid_awareness", "divorce_q2", "erstberatung_sommer")),
            "source": G(P("google", "facebook", "newsletter")),
            "medium": G(P("cpc", "social", "email")),
            "term": G(P("divorce lawyer cape town", "anwalt arbeitsrecht", "work permit appeal")),
            "content": G(P("rsa_v2", "carousel_1", "footer_link")),
        },
    }


def swift_context(f: LFake):
    return {
        "app": {
            "name": G(P("LexPortal")),
            "version": G(P("4.2.0", "4.3.1")),
            "build": G(P("4201", "4317")),
            "namespace": G(P("com.lexportal.client")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(P("Apple")),
            "model": G(P("iPhone15,2", "iPhone13,2", "iPhone16,1", "iPad13,18")),
            "name": G(P("iPhone", "iPad")),
            "type": G(P("ios")),
            "adTrackingEnabled": G(BOOL),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(P("analytics-swift")), "version": G(P("1.5.11", "1.6.0"))},
        "locale": G(P("en-ZA", "de-DE", "en-SG")),
        "network": {"wifi": G(BOOL), "cellular": G(BOOL)},
        "os": {"name": G(P("iOS", "iPadOS")), "version": G(P("17.4.1", "16.7.5", "17.5"))},
        "screen": {"width": G(P(390, 393, 820)), "height": G(P(844, 852, 1180))},
        "timezone": G(P("Africa/Johannesburg", "Europe/Berlin", "Asia/Singapore")),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
        },
    }


def kotlin_context(f: LFake):
    lat, lon = f.lat_lon()
    return {
        "app": {
            "name": G(P("LexPortal")),
            "version": G(P("4.2.0", "4.3.0")),
            "build": G(P("420", "430", "431")),
            "namespace": G(P("com.lexportal.client")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(P("samsung", "Xiaomi", "Google", "HUAWEI")),
            "model": G(P("SM-A145F", "Redmi Note 12", "Pixel 7", "SM-A546E")),
            "name": G(P("a14", "tapas", "panther", "a54x")),
            "type": G(P("android")),
            "adTrackingEnabled": G(BOOL),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(P("analytics-kotlin")), "version": G(P("1.15.0", "1.16.3"))},
        "locale": G(P("en-ZA", "af-ZA", "zu-ZA", "de-DE")),
        "location": {
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
            "speed": G(P(0.0, 1.2, 0.4)),
        },
        "network": {
            "wifi": G(BOOL),
            "cellular": G(BOOL),
            "bluetooth": G(P(False)),
            "carrier": G(P("Vodacom", "MTN", "Cell C", "Telekom.de", "Singtel")),
        },
        "os": {"name": G(P("Android")), "version": G(P("13", "14", "12"))},
        "screen": {"density": G(P(2.625, 3.0, 2.0)), "width": G(P(1080, 720)), "height": G(P(2340, 1600))},
        "timezone": G(P("Africa/Johannesburg", "Europe/Berlin")),
        "userAgent": G(
            P(
                "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: LFake):
    return {
        "app": {
            "name": G(P("Legal Aid Connect")),
            "version": G(P("2.8.0", "2.9.1")),
            "build": G(P("280", "291")),
            "namespace": G(P("za.org.legalaidconnect")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(P("samsung", "Apple", "HUAWEI")),
            "model": G(P("SM-A045F", "iPhone12,8", "MAR-LX1A")),
            "name": G(P("a04", "iPhone", "HWMAR")),
            "type": G(P("android", "ios")),
        },
        "library": {"name": G(P("analytics-react-native")), "version": G(P("2.19.2", "2.20.3"))},
        "locale": G(P("en-ZA", "af-ZA", "xh-ZA", "st-ZA")),
        "network": {"cellular": G(BOOL), "wifi": G(BOOL)},
        "os": {"name": G(P("Android", "iOS")), "version": G(P("12", "13", "17.4"))},
        "screen": {"height": G(P(780, 844)), "width": G(P(360, 390))},
        "timezone": G(P("Africa/Johannesburg")),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone("ZA"), "phone"),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_context(f: LFake):
    return {
        "app": {
            "name": G(P("LexPortal SG")),
            "version": G(P("1.4.2", "1.5.0")),
            "build": G(P("42", "50")),
            "namespace": G(P("sg.lexportal.app")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(P("samsung", "Apple", "OPPO")),
            "model": G(P("SM-S918B", "iPhone14,5", "CPH2385")),
            "type": G(P("android", "ios")),
        },
        "library": {"name": G(P("analytics_flutter")), "version": G(P("1.1.6", "1.1.7"))},
        "locale": G(P("en-SG", "zh-SG", "ms-SG", "ta-SG")),
        "network": {"wifi": G(BOOL), "cellular": G(BOOL)},
        "os": {"name": G(P("android", "ios")), "version": G(P("14", "17.4.1"))},
        "screen": {"width": G(P(1080, 1170)), "height": G(P(2340, 2532)), "density": G(P(3.0, 2.75))},
        "timezone": G(P("Asia/Singapore")),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.5.0"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str):
    name, version = SERVER_LIBS[lib]

    def ctx(f: LFake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if lib in ("node", "php"):
            out["ip"] = Y(lambda f: f.ip(), "ip")
            out["userAgent"] = G(P(*UA_WEB))
        if lib in ("python", "ruby"):
            out["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            }
        if lib == "java":
            out["active"] = G(P(False))
        if lib == "go":
            out["locale"] = G(P("en-ZA", "de-DE", "en-SG"))
            out["timezone"] = G(P("Africa/Johannesburg", "Europe/Berlin", "Asia/Singapore"))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
SERVERS = ["python", "node", "go", "java", "ruby", "php"]


# -- free text --------------------------------------------------------------------------------------


def narrative(f: LFake) -> str:
    name = f.full_name()
    return f.pick(
        [
            f"Telephone attendance on {name} re settlement proposal",
            f"Drafting letter to {name} (opposing party)",
            f"Consultation with client and {name}; taking instructions",
            f"Perusal of affidavit deposed to by {name}",
            f"E-mail to {name} re outstanding documents",
            f"Besprechung mit {name} wegen Umgangsrecht",
        ]
    )


def callback_text(f: LFake) -> str:
    phone = f.phone()
    return f.pick(
        [
            f"Client's sister called, call back on {phone}",
            f"New number: {phone}",
            f"Please call {phone} after 17:00",
            f"Bel asseblief terug op {phone}",
            f"Rückruf erbeten unter {phone}",
        ]
    )


def doc_note(f: LFake) -> str:
    email = f.email()
    return f.pick(
        [
            f"Please send the signed copy to {email}",
            f"Client asked us to cc {email}",
            f"Use {email} for all correspondence",
            f"Stuur asseblief na {email}",
        ]
    )


def matter_summary(f: LFake) -> str:
    return f.pick(
        [
            "My landlord won't return my deposit",
            "Unfair dismissal after 6 years",
            "Need help with a will for my mother",
            "Mein Vermieter hat mir gekündigt",
            "Ek is afgedank sonder 'n verhoor",
            "Employer holding my passport",
            "Divorce, we agree on everything",
            "Car accident, other driver not insured",
            "Debt collector keeps calling",
        ]
    )


# -- events -----------------------------------------------------------------------------------------


def address_block(country=None, key_style="camel"):
    keys = {
        "camel": ("street", "city", "postalCode", "country"),
        "snake": ("line1", "city", "postal_code", "country"),
    }[key_style]
    return {
        keys[0]: Y(lambda f: f.street(country), "street|address"),
        keys[1]: Y(lambda f: f.city(country), "city"),
        keys[2]: Y(lambda f: f.zip(country), "zipcode"),
        keys[3]: G(lambda f: country or f.country()),
    }


def service_product():
    return {
        "product_id": G(lambda f: f.digits(5)),
        "sku": G(lambda f: f.pick(SERVICES)[1]),
        "name": G(lambda f: f.pick(SERVICES)[0]),
        "category": G(P(*PRACTICE_AREAS)),
        "price": G(lambda f: f.pick(SERVICES)[2]),
        "quantity": G(INT(1, 3)),
    }


EVENTS = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": address_block(),
            "preferredLanguage": G(P("de", "en", "af", "zu", "zh", "ms")),
            "clientType": G(P("individual", "business", "legal_aid")),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(BOOL),
            "phoneVerified": G(BOOL),
            "title": G(P("Ms", "Mr", "Dr", "Mx")),
            "gender": Y(P("female", "male", "diverse", "prefer_not_to_say"), "gender"),
        },
    ),
    (
        "identify",
        None,
        ["python", "ruby"],
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email_address": Y(lambda f: f.email(), "email"),
            "mobile_number": Y(lambda f: f.phone(), "phone"),
            "id_number": RED(lambda f: f.id_number(), "national id"),
            "id_number_provided": G(P(True)),
            "date_of_birth": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "home_address": Y(lambda f: f.full_address(), "address"),
            "client_id": G(lambda f: f.client_id()),
            "marital_status": G(P("single", "married", "divorced", "widowed", "customary_union")),
            "dependants_count": G(INT(0, 6)),
            "employer": G(P(*COMPANIES)),
            "occupation": G(P("cashier", "security guard", "teacher", "domestic worker", "nurse", "driver")),
            "age": G(INT(18, 79)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "CLIENT_ID": G(lambda f: f.client_id()),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "MOBILE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "NATIONAL_ID": RED(lambda f: f.id_number(), "national id"),
            "LIFETIME_FEES_BILLED": G(lambda f: f.money(0, 90000)),
            "MATTERS_OPEN": G(INT(0, 5)),
            "LAST_INVOICE_DATE": G(lambda f: f.iso_date(2023, 2024)),
            "PREFERRED_OFFICE": G(P("Berlin", "Cape Town", "Johannesburg", "Singapore")),
            "IS_LEGAL_AID": G(BOOL),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "vorname": Y(lambda f: f.first(), "name"),
            "nachname": Y(lambda f: f.last(), "name"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "strasse": Y(lambda f: f.street("DE"), "street|address"),
            "plz": Y(lambda f: f.zip("DE"), "zipcode"),
            "ort": Y(lambda f: f.city("DE"), "city"),
            "telefon": Y(lambda f: f.phone("DE"), "phone"),
            "e_mail": Y(lambda f: f.email(), "email"),
            "mandantennummer": G(lambda f: "MD-" + f.digits(6)),
            "bundesland": G(P("Berlin", "Bayern", "Hamburg", "Nordrhein-Westfalen", "Sachsen")),
            "staatsangehoerigkeit": Y(
                P("deutsch", "türkisch", "syrisch", "ukrainisch", "polnisch"), "citizenship"
            ),
            "rechtsschutzversichert": G(BOOL),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "naam": Y(lambda f: f.first(), "name"),
            "van": Y(lambda f: f.last(), "name"),
            "id_nommer": RED(lambda f: f.za_id(), "national id"),
            "selfoonnommer": Y(lambda f: f.phone("ZA"), "phone"),
            "e_pos": Y(lambda f: f.email(), "email"),
            "adres": Y(lambda f: f.full_address("ZA"), "address"),
            "poskode": Y(lambda f: f.zip("ZA"), "zipcode"),
            "geboortedatum": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "huwelikstatus": G(P("ongetroud", "getroud", "geskei", "weduwee")),
            "maandelikse_inkomste": Y(lambda f: f.r.randint(0, 22000), "salary"),
            "aantal_afhanklikes": G(INT(0, 6)),
            "provinsie": G(P("Wes-Kaap", "Gauteng", "Vrystaat", "Oos-Kaap", "Noord-Kaap")),
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(P(*COMPANIES)),
            "employee_count": G(INT(5, 5000)),
            "plan": G(P("retainer_basic", "retainer_plus", "pay_as_you_go")),
            "website": G(
                P("https://www.vonovia.de", "https://www.shoprite.co.za", "https://www.krause-autohaus.de")
            ),
            "registration_number": G(P("HRB 123456 B", "2019/123456/07", "201912345K", "HRB 88012")),
            "vat_id": G(P("DE812345678", "4123456789", "M2-0123456-7")),
            "main_line": G(P("+49 30 2000 1000", "+27 21 480 7000", "+65 6221 0000")),
            "billing_contact_email": Y(lambda f: f.email(), "email"),
            "billing_contact_name": Y(lambda f: f.full_name(), "name"),
            "accounts_payable_mailbox": G(
                P("ap@vonovia.example", "invoices@shoprite.example", "accounts@krause.example")
            ),
        },
    ),
    ("alias", None, ["web", "swift", "python"], {}),
    # -- pages and screens --------------------------------------------------------------------------
    (
        "page",
        "Intake",
        ["web"],
        {
            "name": G(P("Intake Step 1", "Intake Step 2", "Intake Review")),
            "category": G(P("Intake")),
            "path": G(P("/intake/start", "/intake/step-2", "/intake/review")),
            "url": G(
                P(
                    "https://portal.lexportal.example/intake/start",
                    "https://portal.lexportal.example/intake/step-2",
                )
            ),
            "title": G(P("Start your enquiry | LexPortal", "Your matter | LexPortal")),
            "referrer": G(P("", "https://www.google.com/", "https://www.legal-aid.co.za/")),
            "search": G(P("", "?lang=af", "?practice=family")),
        },
    ),
    (
        "page",
        "Invoices",
        ["web"],
        {
            "name": G(P("Invoices", "Invoice Detail")),
            "category": G(P("Billing")),
            "path": G(P("/invoices", "/invoices/INV-2024-0412")),
            "url": G(
                P(
                    "https://portal.lexportal.example/invoices",
                    "https://portal.lexportal.example/invoices/INV-2024-0412",
                )
            ),
            "title": G(P("Invoices | LexPortal", "Rechnungen | LexPortal")),
            "referrer": G(P("", "https://portal.lexportal.example/matters")),
            "search": G(P("", "?status=open")),
        },
    ),
    (
        "screen",
        "Matter Overview",
        MOBILE,
        {
            "matter_id": G(lambda f: f.matter_id()),
            "tab": G(P("summary", "documents", "messages", "billing")),
            "unread_messages": G(INT(0, 9)),
            "next_hearing_in_days": G(INT(1, 120)),
        },
    ),
    # -- intake -------------------------------------------------------------------------------------
    (
        "track",
        "Intake Started",
        ["web", "rn", "flutter"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "matter_type": G(P(*PRACTICE_AREAS)),
            "jurisdiction": G(P("DE", "ZA", "SG")),
            "referral_source": G(P("google", "friend", "ngo", "court_helpdesk", "radio")),
            "is_urgent": G(BOOL),
            "language": G(P("de", "en", "af", "xh", "zh", "ms")),
            "interpreter_needed": G(BOOL),
            "interpreter_language": G(P("Arabic", "Turkish", "isiZulu", "Bengali", "Tamil", "Ukrainian")),
        },
    ),
    (
        "track",
        "Intake Field Completed",
        ["web"],
        {
            "form_id": G(P("intake_v3", "intake_v4")),
            "step": G(INT(1, 5)),
            "field": {
                "name": G(P("mobile_number", "alt_phone", "callback_phone")),
                "type": G(P("tel")),
                "value": Y(lambda f: f.phone(), "phone", True),
            },
        },
    ),
    (
        "track",
        "Intake Submitted",
        ["web", "swift", "kotlin"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "matter_type": G(P(*PRACTICE_AREAS)),
            "questions_answered": G(INT(8, 40)),
            "contact": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "preferredContactMethod": G(P("phone", "email", "whatsapp", "sms")),
                "bestTimeToCall": G(P("morning", "afternoon", "evening")),
            },
            "summary": G(matter_summary),
            "consent_privacy_notice": G(P(True)),
            "requires_wheelchair_access": RED(BOOL, "disability"),
        },
    ),
    (
        "track",
        "Opposing Party Added",
        ["web", "kotlin"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "party_index": G(INT(1, 3)),
            "opposing_party": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "role": G(
                    P("spouse", "former_partner", "landlord", "employer_contact", "neighbour", "debtor")
                ),
                "relationship_to_client": G(P("ex-husband", "ex-wife", "landlord", "manager", "none")),
                "address": Y(lambda f: f.full_address(), "address"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "date_of_birth_known": G(BOOL),
                "represented": G(BOOL),
                "lawyer_firm": G(
                    P("Hogan Lovells", "Werksmans Attorneys", "Rajah & Tann", "Kanzlei Braun", "")
                ),
            },
            "opposing_company": G(P(*COMPANIES)),
        },
    ),
    (
        "track",
        "Criminal Matter Intake",
        ["web", "python"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "charges": Many(
                {
                    "statute": Y(
                        P(
                            "§ 242 StGB",
                            "§ 223 StGB",
                            "s 3 Drugs and Drug Trafficking Act",
                            "Misuse of Drugs Act s 8",
                            "§ 263 StGB",
                            "Common assault",
                        ),
                        "criminal record",
                    ),
                    "offence": Y(
                        P("theft", "assault", "drug possession", "fraud", "shoplifting", "drunk driving"),
                        "criminal record",
                    ),
                    "count": G(INT(1, 3)),
                },
                2,
            ),
            "has_prior_convictions": Y(BOOL, "criminal record"),
            "currently_in_custody": G(BOOL),
            "police_station": G(
                P(
                    "Polizeiabschnitt 53 Berlin",
                    "Cape Town Central SAPS",
                    "Hillbrow SAPS",
                    "Ang Mo Kio Police Division",
                )
            ),
            "police_case_number": G(lambda f: f"CAS {f.r.randint(1, 999)}/{f.r.randint(1, 12):02d}/2024"),
            "arrest_date": G(lambda f: f.iso_date(2024, 2024)),
            "bail_amount": G(P(0, 500, 1000, 2000, 5000)),
            "court_name": G(P(*COURTS)),
        },
    ),
    (
        "track",
        "Immigration Intake Answered",
        ["flutter", "web"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "immigration_status": RED(
                P(
                    "work_permit",
                    "employment_pass",
                    "s_pass",
                    "dependant_pass",
                    "overstayer",
                    "asylum_seeker",
                    "refugee",
                ),
                "visa",
            ),
            "work_pass_type": RED(
                P("Work Permit", "S Pass", "Employment Pass", "Long-Term Visit Pass"), "visa"
            ),
            "right_to_work": RED(BOOL, "visa"),
            "requires_sponsorship": RED(BOOL, "visa"),
            "fin": RED(lambda f: f.fin(), "national id"),
            "passport_number": RED(lambda f: f.passport_no(), "passport"),
            "passport_held_by_employer": G(BOOL),
            "nationality": Y(
                P("Bangladeshi", "Indian", "Myanmar", "Chinese", "Filipino", "Indonesian"), "citizenship"
            ),
            "country_of_birth": Y(
                P("Bangladesh", "India", "Myanmar", "China", "Philippines", "Indonesia"), "citizenship"
            ),
            "has_passport": G(BOOL),
            "employer_uen": G(P("201912345K", "199801234D", "53312345W")),
            "employer_name": G(P(*COMPANIES)),
        },
    ),
    (
        "track",
        "Family Matter Details",
        ["web", "swift"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "dispute_type": G(
                P("divorce", "custody", "maintenance", "domestic_violence_interdict", "contact")
            ),
            "marital_status": G(P("married", "separated", "divorced", "customary_union", "unmarried")),
            "spouse_name": Y(lambda f: f.full_name(), "name"),
            "spouse_employer": G(P(*COMPANIES)),
            "spouse_monthly_income": Y(lambda f: f.r.randint(4000, 60000), "salary"),
            "number_of_children": G(INT(0, 5)),
            "children": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "date_of_birth": Y(lambda f: f.date(2008, 2023), "birthdate"),
                    "age": G(INT(1, 17)),
                    "lives_with": G(P("client", "other_parent", "shared", "grandparent")),
                    "school": G(
                        P("Laerskool Protea", "Grundschule am Park", "Rosyth School", "Sea Point Primary")
                    ),
                },
                3,
            ),
            "pets": Many({"name": G(P(*PETS)), "species": G(P("dog", "cat", "parrot"))}, 2),
            "is_pregnant": Y(BOOL, "condition"),
            "maintenance_amount_requested": G(lambda f: f.money(500, 9000)),
        },
    ),
    (
        "track",
        "Employment Dispute Details",
        ["rn", "python"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "employer_name": G(P(*COMPANIES)),
            "job_title": G(P("cashier", "security officer", "welder", "Lagerarbeiter", "cleaner", "foreman")),
            "monthly_salary": Y(lambda f: f.r.randint(3500, 45000), "salary"),
            "dismissal_date": G(lambda f: f.iso_date(2024, 2024)),
            "dismissal_reason_given": G(P("misconduct", "operational_requirements", "incapacity", "none")),
            "disciplinary_hearing_held": G(BOOL),
            "trade_union_member": Y(BOOL, "trade union"),
            "union_name": Y(P("NUMSA", "SACCAWU", "ver.di", "IG Metall", "SATAWU", "NTUC"), "trade union"),
            "ccma_case_number": G(lambda f: f"WECT{f.digits(5)}-24"),
            "manager_name": Y(lambda f: f.full_name(), "name"),
            "witnesses": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "still_employed": G(BOOL),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Personal Injury Details",
        ["web", "java"],
        {
            "intake_id": G(lambda f: f.uuid()),
            "accident_date": G(lambda f: f.iso_date(2023, 2024)),
            "injuries": Many(
                Y(
                    P("whiplash", "fractured wrist", "concussion", "spinal injury", "lacerations"),
                    "condition|diagnosis",
                ),
                3,
            ),
            "hospital_name": G(P(*HOSPITALS)),
            "hospital_mrn": RED(lambda f: f.pick(["MRN", "GSH", "TTS"]) + f.digits(7), "health id"),
            "treating_doctor": Y(lambda f: "Dr " + f.full_name(), "name"),
            "medical_aid_scheme": G(
                P("Discovery Health", "Bonitas", "Momentum Health", "AOK", "Techniker Krankenkasse")
            ),
            "medical_aid_number": Y(lambda f: f.digits(9), "identification"),
            "vehicle_registration": Y(lambda f: f.plate(), "license"),
            "other_driver_plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "raf_claim_number": G(lambda f: "RAF/" + f.digits(7)),
            "estimated_claim_value": G(lambda f: f.r.randint(5000, 900000)),
        },
    ),
    (
        "track",
        "Beratungshilfe Antrag Gestellt",
        ["go", "web"],
        {
            "antrag_id": G(lambda f: f.uuid()),
            "vorname": Y(lambda f: f.first(), "name"),
            "nachname": Y(lambda f: f.last(), "name"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}",
                "birthdate",
            ),
            "anschrift": Y(lambda f: f.full_address("DE"), "address"),
            "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
            "familienstand": G(P("ledig", "verheiratet", "geschieden", "verwitwet")),
            "nettoeinkommen": Y(lambda f: f.r.randint(0, 2400), "salary"),
            "rechtsgebiet": G(
                P("Mietrecht", "Arbeitsrecht", "Sozialrecht", "Familienrecht", "Ausländerrecht")
            ),
            "amtsgericht": G(
                P(
                    "Amtsgericht Berlin-Mitte",
                    "Amtsgericht Hamburg",
                    "Amtsgericht München",
                    "Amtsgericht Köln",
                )
            ),
            "bezieht_buergergeld": G(BOOL),
            "krankenversichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "krankenkasse": G(P("AOK Nordost", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit")),
        },
    ),
    (
        "track",
        "Mandatsanfrage Eingegangen",
        ["php"],
        {
            "anfrage_id": G(lambda f: f.digits(8)),
            "rechtsgebiet": G(
                P("Mietrecht", "Arbeitsrecht", "Sozialrecht", "Familienrecht", "Ausländerrecht")
            ),
            "gegner_name": Y(lambda f: f.full_name(), "name"),
            "gegner_anschrift": Y(lambda f: f.full_address("DE"), "address"),
            "streitwert": G(lambda f: f.r.randint(500, 80000)),
            "rechtsschutzversicherung": G(BOOL),
            "versicherer": G(P("ARAG", "Allianz", "DEVK", "Roland Rechtsschutz")),
            "versicherungsnummer": Y(lambda f: f.pick(["RS-", "", "48."]) + f.digits(9), "identification"),
            "rueckruf_telefon": Y(lambda f: f.phone("DE"), "phone"),
        },
    ),
    (
        "track",
        "Regshulp Aansoek Ingedien",
        ["rn"],
        {
            "aansoek_id": G(lambda f: f.uuid()),
            "saak_tipe": G(P("egskeiding", "uitsetting", "arbeid", "onderhoud", "strafsaak")),
            "naam_van_teenparty": Y(lambda f: f.full_name(), "name"),
            "teenparty_selfoon": Y(lambda f: f.phone("ZA"), "phone"),
            "ontvang_toelae": G(BOOL),
            "huishouding_grootte": G(INT(1, 9)),
            "maandelikse_inkomste": Y(lambda f: f.r.randint(0, 22000), "salary"),
            "kantoor": G(P("Kaapstad Regsentrum", "Bellville Regsentrum", "Paarl Regsentrum")),
            "dringend": G(BOOL),
        },
    ),
    (
        "track",
        "Eligibility Checked",
        ["web", "node"],
        {
            "check_id": G(lambda f: f.uuid()),
            "scheme": G(P("LASA", "Beratungshilfe", "Legal Aid Bureau", "CLAS")),
            "household_size": G(INT(1, 9)),
            "household_monthly_income": Y(lambda f: f.r.randint(0, 30000), "salary"),
            "receives_social_grant": G(BOOL),
            "owns_property": G(BOOL),
            "eligible": G(BOOL),
            "has_disability": RED(BOOL, "disability"),
        },
    ),
    # -- wills --------------------------------------------------------------------------------------
    (
        "track",
        "Will Questionnaire Completed",
        ["web", "flutter"],
        {
            "will_id": G(lambda f: f.uuid()),
            "package_sku": G(P("PKG-WILL-STD", "PKG-WILL-MIR", "PKG-WILL-TRUST")),
            "beneficiaries": Many(
                {
                    "full_name": Y(lambda f: f.full_name(), "name"),
                    "relationship": G(P("son", "daughter", "spouse", "sister", "friend", "church")),
                    "share_percent": G(P(10, 25, 33.33, 50, 100)),
                    "date_of_birth": Y(lambda f: f.date(1950, 2020), "birthdate"),
                    "id_number": RED(lambda f: f.id_number(), "national id"),
                },
                4,
            ),
            "executor": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "is_professional": G(BOOL),
            },
            "guardian_for_minors": Y(lambda f: f.full_name(), "name"),
            "pets": Many({"name": G(P(*PETS)), "caretaker_name": Y(lambda f: f.full_name(), "name")}, 2),
            "assets": Many(
                {
                    "type": G(P("property", "vehicle", "bank_account", "pension", "shares")),
                    "description": G(
                        P(
                            "Flat in Tampines",
                            "2017 Toyota Corolla",
                            "Family home, Soweto",
                            "Eigentumswohnung Leipzig",
                            "Old Mutual retirement annuity",
                        )
                    ),
                    "estimated_value": G(lambda f: f.r.randint(10000, 3000000)),
                },
                3,
            ),
            "religion": Y(P("Christian", "Muslim", "Hindu", "Buddhist", "Jewish", "none"), "religion"),
            "funeral_wishes": G(P("cremation", "burial", "no preference", "ashes scattered at sea")),
        },
    ),
    # -- identity verification ---------------------------------------------------------------------
    (
        "track",
        "Identity Verification Completed",
        ["node", "java"],
        {
            "check_id": G(lambda f: f.uuid()),
            "provider": G(P("onfido", "smile_identity", "singpass_myinfo", "idnow")),
            "result": G(P("clear", "consider", "rejected")),
            "document_type": G(P("passport", "national_identity_card", "smart_id_card", "residence_permit")),
            "document_number": RED(
                lambda f: f.pick([f.passport_no(), f.de_document("L"), f.za_id(), f.nric()]),
                "national id|passport",
            ),
            "issuing_country": G(P("DEU", "ZAF", "SGP", "ZWE", "BGD")),
            "document_expiry": G(lambda f: f.iso_date(2025, 2034)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "date_of_birth": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "nationality": Y(P("DEU", "ZAF", "SGP", "ZWE", "BGD", "TUR"), "citizenship"),
            "name_match_score": G(lambda f: round(f.r.uniform(0.6, 1), 2)),
            "dob_match": G(BOOL),
            "face_match": G(BOOL),
            "selfie_url": Y(
                lambda f: f"https://kyc-uploads.lexportal.example/selfies/{f.uuid()}.jpg", "photo"
            ),
            "mrz_line1": RED(lambda f: f.mrz(), "passport"),
            "attempt": G(INT(1, 3)),
        },
    ),
    # -- documents ----------------------------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ["web", "swift", "kotlin", "rn"],
        {
            "document_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "document_type": G(
                P(
                    "passport",
                    "id_card",
                    "payslip",
                    "lease",
                    "court_order",
                    "birth_certificate",
                    "medical_report",
                )
            ),
            "file_name": G(
                P(
                    "IMG_4821.jpg",
                    "scan0003.pdf",
                    "Mietvertrag.pdf",
                    "document.pdf",
                    "WhatsApp Image 2024-05-02.jpeg",
                )
            ),
            "mime_type": G(P("application/pdf", "image/jpeg", "image/png")),
            "size_bytes": G(INT(20000, 9000000)),
            "sha256": G(lambda f: f.hexid(64)),
            "upload_source": G(P("camera", "files", "drag_drop", "email_forward")),
            "virus_scan": G(P("clean", "pending")),
        },
    ),
    (
        "track",
        "Document Request Sent",
        ["ruby"],
        {
            "request_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "requested_by": Y(lambda f: f.staff(), "name"),
            "documents_requested": Many(
                G(P("proof_of_address", "payslips_3m", "marriage_certificate", "id_copy")), 3
            ),
            "note": Y(doc_note, "email", True),
        },
    ),
    # -- conflict checks and matters ---------------------------------------------------------------
    (
        "track",
        "Conflict Check Run",
        ["dotnet"],
        {
            "ConflictCheckId": G(lambda f: f.uuid()),
            "MatterId": G(lambda f: f.matter_id()),
            "SearchedNames": Many(Y(lambda f: f.full_name(), "name"), 4),
            "SearchedCompanies": Many(G(P(*COMPANIES)), 2),
            "MatchesFound": G(INT(0, 3)),
            "Status": G(P("Cleared", "PotentialConflict", "Waived")),
            "RunBy": Y(lambda f: f.staff_email(), "email"),
            "RelatedMatterIds": Many(G(lambda f: f.matter_id()), 2),
        },
    ),
    (
        "track",
        "Matter Opened",
        ["node", "java"],
        {
            "matter_id": G(lambda f: f.matter_id()),
            "matter_number": G(lambda f: f"{f.pick(['BER', 'CPT', 'JHB', 'SIN'])}/{f.digits(5)}"),
            "practice_area": G(P(*PRACTICE_AREAS)),
            "client_id": G(lambda f: f.client_id()),
            "responsible_lawyer": {
                "id": G(lambda f: "FE" + f.digits(3)),
                "name": Y(lambda f: f.staff(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "office": G(P("Berlin", "Cape Town", "Johannesburg", "Singapore")),
            },
            "fee_arrangement": G(P("hourly", "fixed", "contingency", "legal_aid")),
            "conflict_cleared": G(P(True)),
            "intake_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Client Searched",
        ["dotnet"],
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last(), f.full_name().lower()]), "name", True),
            "results": G(INT(0, 12)),
            "searched_by": G(lambda f: "FE" + f.digits(3)),
            "scope": G(P("clients", "all")),
        },
    ),
    (
        "track",
        "Quick Note Added",
        ["swift", "kotlin"],
        {
            "note_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "text": Y(callback_text, "phone", True),
            "pinned": G(BOOL),
            "visibility": G(P("team", "private")),
        },
    ),
    # -- time and billing ---------------------------------------------------------------------------
    (
        "track",
        "Time Entry Logged",
        ["dotnet"],
        {
            "TimeEntryId": G(lambda f: f.digits(8)),
            "MatterId": G(lambda f: f.matter_id()),
            "FeeEarnerId": G(lambda f: "FE" + f.digits(3)),
            "FeeEarnerName": Y(lambda f: f.staff(), "name"),
            "WorkDate": G(lambda f: f.iso_date(2024, 2024)),
            "Hours": G(lambda f: round(f.r.randint(1, 40) / 10, 1)),
            "HourlyRate": Y(P(250.0, 310.0, 2400.0, 3800.0, 450.0, 620.0), "salary"),
            "ActivityCode": G(P("L120", "L210", "A101", "A106", "L330")),
            "Narrative": Y(narrative, "name", True),
            "Billable": G(BOOL),
            "Currency": G(P("EUR", "ZAR", "SGD")),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["php", "ruby"],
        {
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(4)}"),
            "matter_id": G(lambda f: f.matter_id()),
            "client_id": G(lambda f: f.client_id()),
            "billing_name": Y(lambda f: f.full_name(), "name"),
            "billing_email": Y(lambda f: f.email(), "email"),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "subtotal": G(lambda f: f.money(100, 20000)),
            "vat": G(lambda f: f.money(10, 3000)),
            "vat_rate": G(P(0.19, 0.15, 0.09)),
            "total": G(lambda f: f.money(110, 23000)),
            "currency": G(P("EUR", "ZAR", "SGD")),
            "due_date": G(lambda f: f.iso_date(2024, 2025)),
            "line_items": Many(
                {
                    "description": G(
                        P(
                            "Drafting of will",
                            "Consultation",
                            "Court appearance",
                            "Perusal of documents",
                            "Disbursement: sheriff fees",
                        )
                    ),
                    "quantity": G(INT(1, 12)),
                    "unit_price": G(lambda f: f.money(20, 4000)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.money(35, 12500)),
            "revenue": G(lambda f: f.money(35, 12500)),
            "tax": G(lambda f: f.money(0, 2000)),
            "coupon": G(P("", "LEGALAID50", "FIRSTCONSULT")),
            "currency": G(P("EUR", "ZAR", "SGD")),
            "products": Many(service_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "payment_method": G(P("card", "sepa_debit", "paynow", "eft", "apple_pay")),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "card_brand": G(P("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(INT(1, 12)),
            "card_exp_year": G(INT(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_postcode": Y(lambda f: f.zip(), "zipcode"),
            "save_card": G(BOOL),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "affiliation": G(P("LexPortal Web", "LexPortal App")),
            "total": G(lambda f: f.money(35, 12500)),
            "revenue": G(lambda f: f.money(35, 12500)),
            "tax": G(lambda f: f.money(0, 2000)),
            "currency": G(P("EUR", "ZAR", "SGD")),
            "payment_method": G(P("card", "sepa_debit", "paynow", "eft", "apple_pay")),
            "products": Many(service_product(), 2),
            "customer_email": Y(lambda f: f.email(), "email"),
            "receipt_sent_to": Y(lambda f: f.email(), "email"),
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(4)}"),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node"],
        {
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(4)}"),
            "amount": G(lambda f: f.money(35, 12500)),
            "currency": G(P("EUR", "ZAR", "SGD")),
            "error": {
                "code": G(P("card_declined", "expired_card", "incorrect_cvc", "insufficient_funds")),
                "decline_code": G(P("generic_decline", "do_not_honor", "insufficient_funds")),
                "message": G(
                    P(
                        "Your card was declined.",
                        "Your card has expired.",
                        "Your card's security code is incorrect.",
                    )
                ),
            },
            "card": {
                "brand": G(P("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(INT(1, 12)),
                "exp_year": G(INT(2024, 2030)),
                "country": G(P("DE", "ZA", "SG")),
                "iin": G(P("414720", "535316", "404586", "520306")),
            },
            "attempt": G(INT(1, 4)),
            "card_number_entered": RED(lambda f: f.card(), "credit card"),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ["go"],
        {
            "mandatsreferenz": G(lambda f: "LXP-" + f.digits(8)),
            "kontoinhaber": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(P("COBADEFFXXX", "DEUTDEDBBER", "BELADEBEXXX", "GENODEF1S04")),
            "glaeubiger_id": G(P("DE98ZZZ09999999999")),
            "mandat_datum": G(lambda f: f.iso_date(2024, 2024)),
            "wiederkehrend": G(BOOL),
        },
    ),
    (
        "track",
        "Debit Order Authorised",
        ["python"],
        {
            "mandate_id": G(lambda f: f.uuid()),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "account_number": RED(lambda f: f.za_account(), "bank account"),
            "branch_code": G(P("250655", "632005", "051001", "198765", "470010")),
            "bank": G(P("FNB", "Absa", "Standard Bank", "Nedbank", "Capitec")),
            "account_type": G(P("cheque", "savings", "transmission")),
            "amount": G(lambda f: f.money(150, 3000)),
            "authentication": G(P("DebiCheck", "voice", "otp")),
        },
    ),
    (
        "track",
        "PayNow Payment Received",
        ["java"],
        {
            "transaction_ref": G(lambda f: "PN" + f.digits(12)),
            "paynow_proxy": Y(lambda f: f.phone("SG"), "phone", True),
            "proxy_type": G(P("MOBILE")),
            "payer_name": Y(lambda f: f.full_name().upper(), "name"),
            "payer_bank": G(P("DBS", "OCBC", "UOB", "POSB")),
            "payer_account": RED(lambda f: f.sg_account(), "bank account"),
            "amount": G(lambda f: f.money(35, 5000)),
            "uen": G(P("202012345R")),
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(4)}"),
        },
    ),
    (
        "track",
        "EFT Payment Received",
        ["php"],
        {
            "ozow_transaction_id": G(lambda f: f.uuid()),
            "bank_reference": G(lambda f: "LXP" + f.digits(7)),
            "payer_account_number": RED(lambda f: f.za_account(), "bank account"),
            "payer_bank": G(P("FNB", "Absa", "Capitec", "TymeBank")),
            "amount": G(lambda f: f.money(100, 15000)),
            "status": G(P("Complete", "Pending")),
            "hash_check": G(lambda f: f.hexid(128)),
        },
    ),
    # -- e-signature --------------------------------------------------------------------------------
    (
        "track",
        "Envelope Completed",
        ["node"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(P("completed", "sent", "delivered")),
            "emailSubject": G(
                P(
                    "Please DocuSign: Engagement Letter",
                    "Please DocuSign: Mandatsvereinbarung",
                    "Please sign: Power of Attorney",
                )
            ),
            "sender": {
                "userName": Y(lambda f: f.staff(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "accountId": G(lambda f: f.digits(8)),
            },
            "recipients": {
                "signers": Many(
                    {
                        "recipientId": G(P("1", "2", "3")),
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "routingOrder": G(P("1", "2")),
                        "status": G(P("completed", "sent", "delivered")),
                        "signedDateTime": G(lambda f: f.iso()),
                        "clientUserId": G(lambda f: f.client_id()),
                        "deliveryMethod": G(P("email", "sms")),
                    },
                    3,
                ),
            },
            "completedDateTime": G(lambda f: f.iso()),
            "signerIpAddress": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Signature Requested",
        ["web"],
        {
            "envelope_id": G(lambda f: f.uuid()),
            "document_name": G(
                P("Engagement Letter", "Mandatsvereinbarung", "Power of Attorney", "Settlement Agreement")
            ),
            "signer_count": G(INT(1, 4)),
            "signing-method": G(P("email", "embedded", "sms")),
            "signer-email": Y(lambda f: f.email(), "email"),
            "signer-mobile": Y(lambda f: f.phone(), "phone"),
            "expires-in-days": G(P(7, 14, 30)),
            "access_code_required": G(BOOL),
            "access-code": RED(lambda f: f.digits(6), "token"),
        },
    ),
    # -- court dates --------------------------------------------------------------------------------
    (
        "track",
        "Court Date Scheduled",
        ["python", "java"],
        {
            "hearing_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "case_number": G(lambda f: f.case_number()),
            "court_name": G(P(*COURTS)),
            "court_address": G(
                P(
                    "Littenstraße 12-17, 10179 Berlin",
                    "35 Keerom Street, Cape Town, 8001",
                    "1 Havelock Square, Singapore 059724",
                )
            ),
            "court_phone": G(P("+49 30 90230", "+27 21 480 2000", "+65 6587 8423")),
            "courtroom": G(P("Saal 3104", "Court 7", "Chamber 2B", "Courtroom 23")),
            "hearing_type": G(P("first_appearance", "mention", "trial", "mediation", "Güteverhandlung")),
            "hearing_datetime": G(lambda f: f.iso()),
            "judge": Y(P(*JUDGES), "name"),
            "attendance_required": G(BOOL),
            "reminder_sms_to": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web", "flutter"],
        {
            "booking_id": G(lambda f: f.uuid()),
            "event_type_name": G(
                P("Free 15-min consultation", "Erstberatung", "Legal aid screening", "Work pass clinic")
            ),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(P(15, 30, 60)),
            "location_type": G(P("in_person", "video", "phone")),
            "office_address": G(
                P(
                    "Friedrichstraße 68, 10117 Berlin",
                    "4 Loop Street, Cape Town, 8001",
                    "101 Cecil Street #20-01, Singapore 069533",
                )
            ),
            "invitee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "timezone": G(P("Europe/Berlin", "Africa/Johannesburg", "Asia/Singapore")),
                "text_reminder_number": Y(lambda f: f.phone(), "phone"),
            },
            "lawyer_id": G(lambda f: "FE" + f.digits(3)),
        },
    ),
    # -- messaging ----------------------------------------------------------------------------------
    (
        "track",
        "Secure Message Sent",
        ["web", "swift", "kotlin", "flutter"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "matter_id": G(lambda f: f.matter_id()),
            "sender_role": G(P("client", "lawyer", "paralegal")),
            "body_length": G(INT(2, 2000)),
            "attachment_count": G(INT(0, 5)),
            "encrypted": G(P(True)),
        },
    ),
    (
        "track",
        "Conversation Started",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "user": {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")},
            "assignee": {
                "name": Y(lambda f: f.staff(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
            },
            "reply_to": G(
                P("intake@weber-partner.de", "help@bothanaidoo.co.za", "enquiries@limrajan.com.sg")
            ),
            "topic": G(P("billing", "documents", "new_matter", "appointment")),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "whatsapp:+" + f.wa_phone(), "phone", True),
            "To": G(P("whatsapp:+27215550123", "whatsapp:+4930555012", "whatsapp:+6531580123")),
            "WaId": Y(lambda f: f.wa_phone(), "phone", True),
            "ProfileName": Y(lambda f: f.pick([f.first(), f.full_name()]), "name"),
            "Body": G(
                P(
                    "Hi",
                    "1",
                    "menu",
                    "Ek het hulp nodig met my huurkontrak",
                    "I need a lawyer",
                    "Hallo, ich habe eine Kündigung bekommen",
                    "2",
                )
            ),
            "NumMedia": G(P("0", "0", "1")),
        },
    ),
    (
        "track",
        "Call Ended",
        ["ruby"],
        {
            "call": {
                "id": G(lambda f: f.r.randint(10**8, 10**9)),
                "direction": G(P("inbound", "outbound")),
                "duration": G(INT(5, 3600)),
                "status": G(P("done", "missed", "voicemail")),
                "raw_digits": Y(lambda f: f.phone(), "phone", True),
                "number": {
                    "digits": G(P("+49 30 5550 1000", "+27 21 555 0100", "+65 3158 0100")),
                    "name": G(P("Intake Line DE", "Legal Aid Hotline", "SG Office")),
                },
                "user": {
                    "name": Y(lambda f: f.staff(), "name"),
                    "email": Y(lambda f: f.staff_email(), "email"),
                },
                "tags": Many(G(P("new_client", "existing_client", "urgent", "spam")), 2),
            },
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "rn"],
        {
            "callback_id": G(lambda f: f.uuid()),
            "preferred_slot": G(P("morning", "afternoon", "evening")),
            "phone_type": G(P("mobile", "landline")),
            "phone_count": G(P(1, 2)),
            "callback_number": Y(lambda f: f.phone(), "phone"),
            "safe_to_leave_voicemail": G(BOOL),
            "language": G(P("de", "en", "af", "xh", "zh", "ms")),
        },
    ),
    # -- notifications ------------------------------------------------------------------------------
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(P("delivered", "open", "click", "bounce")),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0001p1lon1.sendgrid.net>"),
            "category": Many(G(P("hearing_reminder", "invoice", "document_request", "newsletter")), 2),
            "useragent": G(P(*UA_WEB)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                P(
                    "https://portal.lexportal.example/invoices",
                    "https://portal.lexportal.example/documents",
                    "",
                )
            ),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["go", "php"],
        {
            "to": Y(lambda f: f.phone(), "phone", True),
            "from": G(P("LexPortal", "LEGALAID", "+27215550123")),
            "message_id": G(lambda f: f.hexid(32)),
            "status": G(P("queued", "delivered", "failed")),
            "body": G(
                P(
                    "Reminder: your hearing is tomorrow at 09:00. Reply STOP to opt out.",
                    "Your documents have been received.",
                    "Herinnering: u afspraak is more om 10:00.",
                    "Ihre Rechnung ist verfügbar im Portal.",
                )
            ),
        },
    ),
    # -- auth ---------------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "rn", "flutter"],
        {
            "method": G(P("password", "magic_link", "singpass", "google", "passkey")),
            "mfa_used": G(BOOL),
            "device_trusted": G(BOOL),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(INT(1, 400)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_sec": G(P(900, 3600)),
            "redirect_path": G(P("/matters", "/documents", "/invoices")),
        },
    ),
    (
        "track",
        "One Time Code Verified",
        ["web", "rn"],
        {
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "channel": G(P("sms", "email", "whatsapp")),
            "attempts": G(INT(1, 3)),
            "success": G(BOOL),
            "phone_verified": G(BOOL),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web"],
        {
            "passwordStrength": G(P("weak", "fair", "strong", "very_strong")),
            "passwordLength": G(INT(8, 32)),
            "breached_password_rejected": G(BOOL),
            "forced_reset": G(BOOL),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["web", "swift", "rn"],
        {
            "fields_changed": Many(G(P("phone", "address", "email", "emergency_contact", "language")), 3),
            "new_phone": Y(lambda f: f.phone(), "phone"),
            "emergency_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(P("mother", "brother", "partner", "friend", "aunt")),
            },
            "preferred_contact_method": G(P("phone", "email", "whatsapp", "sms")),
            "communication_language": G(P("de", "en", "af", "zu", "zh")),
            "address_type": G(P("home", "postal", "work")),
            "address_confirmed": G(BOOL),
        },
    ),
    # -- lookup, search, forms --------------------------------------------------------------------
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "flutter"],
        {
            "input": Y(lambda f: f.street()[: f.r.randint(10, 18)], "address|street", True),
            "label": Y(lambda f: f.full_address(), "address", True),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "session_token": G(lambda f: f.uuid()),
            "types": Many(G(P("street_address", "premise", "subpremise")), 2),
            "suggestion_index": G(INT(0, 4)),
        },
    ),
    (
        "track",
        "Help Articles Searched",
        ["web", "rn"],
        {
            "query": G(
                P(
                    "divorce",
                    "eviction notice",
                    "Mietminderung",
                    "unfair dismissal",
                    "work permit cancelled",
                    "onderhoud",
                    "maintenance court",
                )
            ),
            "results_count": G(INT(0, 40)),
            "filter": G(P("all", "family", "employment")),
        },
    ),
    (
        "track",
        "Lawyer Directory Searched",
        ["web"],
        {
            "search_city": G(P("Berlin", "Cape Town", "Durban", "Singapore", "Leipzig")),
            "practice_area": G(P(*PRACTICE_AREAS)),
            "results_count": G(INT(0, 60)),
            "languages": Many(G(P("de", "en", "af", "zu", "zh", "tr")), 2),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        {
            "form-name": G(P("contact-de", "contact-za", "contact-sg")),
            "full-name": Y(lambda f: f.full_name(), "name"),
            "e-mail": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "preferred-office": G(P("Berlin", "Kapstadt", "Johannesburg", "Singapur")),
            "matter-summary": G(matter_summary),
            "how-did-you-hear": G(P("google", "friend", "radio", "facebook")),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["node"],
        {
            "form_guid": G(lambda f: f.uuid()),
            "submittedFields": {
                "firstname": Y(lambda f: f.first(), "name"),
                "lastname": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "mobilephone": Y(lambda f: f.phone(), "phone"),
                "practice_area": G(P(*PRACTICE_AREAS)),
            },
            "hutk": Y(lambda f: f.hexid(32), "advertising id"),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                ),
                "advertising id",
            ),
            "pageUrl": G(
                P("https://lexportal.example/de/arbeitsrecht", "https://lexportal.example/za/divorce")
            ),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["python"],
        {
            "event_name": G(P("Lead", "Schedule", "Purchase")),
            "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "action_source": G(P("website")),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(P(*UA_WEB)),
                "external_id": G(lambda f: f.client_id()),
            },
            "custom_data": {"currency": G(P("EUR", "ZAR", "SGD")), "value": G(lambda f: f.money(0, 500))},
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["web", "rn"],
        {
            "nps": G(INT(0, 10)),
            "comment": G(
                P(
                    "Very helpful, thank you",
                    "Took too long to get a reply",
                    "Baie dankie vir die hulp!",
                    "Alles super",
                    "The app kept logging me out",
                    "",
                )
            ),
            "lawyer_rating": G(INT(1, 5)),
            "would_recommend": G(BOOL),
        },
    ),
    (
        "track",
        "Client Referred",
        ["java"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "referrer_org": G(P("Black Sash", "Caritas Berlin", "HOME Singapore", "TWC2", "ProBono.Org")),
            "referrer_contact_name": Y(lambda f: f.full_name(), "name"),
            "referrer_contact_email": Y(lambda f: f.email(), "email"),
            "referral_reason": G(P("eviction", "wage_theft", "asylum", "domestic_violence", "debt")),
            "client_consent": G(P(True)),
            "client_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Data Subject Request Submitted",
        ["python"],
        {
            "request_id": G(lambda f: f.uuid()),
            "request_type": G(P("access", "erasure", "rectification", "portability")),
            "requester_email": Y(lambda f: f.email(), "email"),
            "verification_method": G(P("email_link", "id_document", "portal_login")),
            "regulation": G(P("GDPR", "POPIA", "PDPA")),
            "due_date": G(lambda f: f.iso_date(2024, 2025)),
        },
    ),
    (
        "track",
        "Trust Deposit Received",
        ["dotnet"],
        {
            "TrustTransactionId": G(lambda f: f.digits(9)),
            "MatterId": G(lambda f: f.matter_id()),
            "Amount": G(lambda f: f.money(100, 50000)),
            "Currency": G(P("EUR", "ZAR", "SGD")),
            "DepositorName": Y(lambda f: f.full_name(), "name"),
            "DepositorIban": RED(lambda f: f.iban(f.pick(["DE", "NL", "GB"])), "bank account"),
            "Reference": G(lambda f: f.matter_id()),
            "ReceivedAt": G(lambda f: f.iso()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = LFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.client_id(),
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
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=196, repeats=30)
    write(Path(__file__).parent, "holdout196_", events, labels)
