"""Writes holdout76: tests/corpus/holdout76_events.jsonl and holdout76_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other holdout's labels (only build.py, fake.py and build_holdout3.py were read, for the
helpers and the format). Not scored by its author.

Domain: a digital health clinic in the US and Canada ("Northlight Health"): telehealth visits
(primary care, dermatology with photo uploads), a weight-management programme (GLP-1
prescriptions, weight and BMI logs), lab orders and results, insurance eligibility checks,
pharmacy fulfilment and refills, intake forms, patient-clinician messaging, dependants,
clinicians and pharmacists, employer sponsors (group calls), an OTC shop, clinician shift pay.

Traffic: identify / track / page / screen / group / alias from analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the server libraries (python,
node, go, java, ruby, php, .NET), with their `context` blocks (ip, traits, device, app, library,
locale, userAgent, campaign, location). Keys are mostly camelCase and snake_case; about 15 % are
PascalCase (.NET EHR sync, Twilio-shaped webhooks, shift pay), kebab-case (a web form tool),
SCREAMING_SNAKE (a warehouse reverse-ETL sync) and Canadian French (the Québec pharmacy backend:
prénom, nom, date_de_naissance, numéro_assurance_maladie ...). Vendor-shaped payloads: Meta
Conversions API `user_data`, X12-270/271-style eligibility, Twilio message status, Stripe-style
payment methods.

Conventions: one label per leaf path (arrays as `[]`); classification red / yellow / green; type
is the reference's matcher name where one fits (`a|b` when either is fair), else `bank account`,
`geolocation`, `secret`, `national id`, `health id`, `advertising id`, `credit card`, `token`;
value_only is true when the key does not say what the value is and only the value reveals it.

Labelling rules (the product's default colours):
- PII = personal data about a natural person (patient, dependant, subscriber, emergency contact,
  clinician, pharmacist, HR contact, recipient): names, contact details, the person's own address
  or precise location, birth dates, government and health ids, financial accounts and full card
  numbers, health data and other special categories, credentials and secrets, IPs, ad ids.
  Colour: the reference's default for that matcher; outside the reference, red for credentials,
  secrets, cards, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue (patient, order, visit, encounter, appointment, lab order, requisition and
  message ids, UUIDs), versions, timestamps, amounts, enums, counters and booleans even under
  PII-sounding keys (emailVerified, phoneCount, passwordStrength, hasInsurance), product, plan,
  payer, pharmacy and company names, places that are not the person's (a pharmacy's or patient
  service centre's address, phone, city and coordinates), country, state, province, locale,
  language, timezone, currency, user agents, OS-issued device ids (IDFV, Android id). Card
  brand, last four, expiry and BIN green; routing, transit and institution numbers green; the
  last four of an SSN red.
- Booleans and enums that reveal a special category are PII of that category: pregnant, smoker,
  GLP-1 eligibility, reason for visit, triage level (`condition`, yellow), wheelchair user
  (`disability`, red), veteran (`veteran`, red).
- Contested cases, by the product's published policy: green loyalty/member/customer/claim
  numbers, ages and age bands, marital status, job titles and employers, a business's own phone,
  e-mail and address; yellow insurance policy numbers (`identification`), prescription/rx
  numbers (`medication`), pay and hourly rates (`salary`), vehicle plates (`license`), device
  serials and VINs (`serial`), gclid/fbclid/fbp/fbc (`advertising id`), the person's billing and
  shipping addresses (`address`); red payment tokens, activation and one-time codes
  (`token`).
- Free text is labelled by what every one of its values carries (green when none does); the
  generators here make each free-text path either always carry its PII or never.

Decisions where the rules leave room (what a careful privacy owner at a mid-size clinic would
want flagged):
- Numbers on government health cards (OHIP, RAMQ, Medicare MBI) and the clinic's medical record
  number (a HIPAA identifier) are `health id`, red. A private insurer's member / subscriber /
  policy id is the insurance policy number: yellow `identification`; the green member-number
  rule covers our own membership and loyalty numbers. Employer group numbers, payer ids and
  trace numbers are green.
- Health facts about the person are yellow in the reference's health matchers: diagnoses and
  ICD-10 codes (`diagnosis`), tests ordered and their LOINC / CPT codes (`procedure`), lab result
  values and abnormal flags, weight, BMI and goal weight (`condition`), drug names, NDC / DIN
  codes, dosage instructions (`medication`). Service lines, visit types and counters are green.
- Hashed identifiers sent for ad matching (Meta CAPI `em`, `ph`, `fn`, `ln`) keep the type of
  what they hash; `external_id` (a hash of our user id) is green.
- A clinician's NPI is a public provider registry number used in a professional capacity: green;
  the clinician's name and own work e-mail are PII (yellow).
- The clinic's own SMS sender number (Twilio `From`) is a business number: green.
- Device push tokens are red `token` (as in build.py).
"""

import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- values ---------------------------------------------------------------------------------------

FIRST = [
    "Aiyana",
    "Tremaine",
    "Siobhan",
    "Mohammed",
    "Guadalupe",
    "Ji-woo",
    "Marie-Ève",
    "Gurpreet",
    "Olamide",
    "Wei",
    "Anastasia",
    "Kateri",
    "Jean-François",
    "Fatoumata",
    "Hiroshi",
    "Leilani",
    "Dmytro",
    "Rosalind",
    "Santiago",
    "Amira",
    "Chidi",
    "Mei-Ling",
    "Aarav",
    "Hùng",
    "Esperanza",
    "Tenzin",
    "Nadia",
    "Mathieu",
    "Zainab",
    "Connor",
    "Ngozi",
    "Isabella",
    "Rajesh",
    "Émilie",
    "Kofi",
    "Thi Lan",
    "Alejandro",
    "Farah",
    "Brayden",
    "Noor",
]
LAST = [
    "Tremblay",
    "Gagnon",
    "Bouchard",
    "Côté",
    "Nguyen",
    "Singh",
    "Dhillon",
    "Okonkwo",
    "Hernández",
    "Kim",
    "Wong",
    "Li",
    "MacDonald",
    "Thunderbird",
    "Cardinal",
    "Kowalczyk",
    "Petrenko",
    "Haddad",
    "Abdi",
    "Pierre-Louis",
    "Yamamoto",
    "Rossi",
    "Johnson",
    "Washington",
    "O'Connor",
    "Castillo",
    "Fraser",
    "Ahmadi",
    "Bélanger",
    "Roy",
    "Mendoza",
    "Desrosiers",
    "Osei",
    "Tran",
    "Reyes",
    "Park",
]
PERSONAL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "yahoo.ca",
    "videotron.ca",
    "shaw.ca",
    "sympatico.ca",
    "proton.me",
    "comcast.net",
    "yahoo.com",
]
AREA_CODES = [
    "416",
    "647",
    "514",
    "438",
    "418",
    "604",
    "778",
    "403",
    "587",
    "613",
    "902",
    "204",
    "306",
    "212",
    "718",
    "312",
    "415",
    "512",
    "206",
    "305",
    "617",
    "404",
    "702",
    "480",
    "503",
    "919",
]
US_CITIES = [
    ("Chicago", "IL"),
    ("Austin", "TX"),
    ("Seattle", "WA"),
    ("Miami", "FL"),
    ("Boston", "MA"),
    ("Atlanta", "GA"),
    ("Phoenix", "AZ"),
    ("Portland", "OR"),
    ("Raleigh", "NC"),
    ("Denver", "CO"),
    ("Brooklyn", "NY"),
    ("Minneapolis", "MN"),
]
CA_CITIES = [
    ("Toronto", "ON"),
    ("Mississauga", "ON"),
    ("Ottawa", "ON"),
    ("Montréal", "QC"),
    ("Laval", "QC"),
    ("Québec", "QC"),
    ("Gatineau", "QC"),
    ("Vancouver", "BC"),
    ("Surrey", "BC"),
    ("Calgary", "AB"),
    ("Edmonton", "AB"),
    ("Winnipeg", "MB"),
    ("Halifax", "NS"),
    ("Saskatoon", "SK"),
]
US_STREETS = [
    "N Lincoln Ave",
    "Oak St",
    "Maple Dr",
    "W 34th St",
    "Peachtree Rd NE",
    "Congress Ave",
    "SE Hawthorne Blvd",
    "Massachusetts Ave",
    "Elm Ct",
    "Bedford Ave",
]
CA_STREETS = [
    "King St W",
    "Yonge St",
    "Bloor St E",
    "Jasper Ave NW",
    "Granville St",
    "Portage Ave",
    "Spring Garden Rd",
    "17 Ave SW",
    "Bank St",
    "Commercial Dr",
]
QC_STREETS = [
    "rue Saint-Denis",
    "boulevard René-Lévesque O",
    "avenue du Mont-Royal E",
    "rue Sherbrooke E",
    "chemin Sainte-Foy",
    "boulevard des Laurentides",
    "rue Wellington",
]
CONDITIONS = [
    "type 2 diabetes",
    "hypertension",
    "asthma",
    "hypothyroidism",
    "depression",
    "GERD",
    "migraine",
    "sleep apnea",
    "PCOS",
    "high cholesterol",
]
ALLERGIES = ["penicillin", "sulfa drugs", "peanuts", "latex", "shellfish", "codeine", "amoxicillin"]
MEDS = [
    "metformin 500 mg",
    "lisinopril 10 mg",
    "levothyroxine 50 mcg",
    "sertraline 50 mg",
    "atorvastatin 20 mg",
    "salbutamol inhaler",
    "omeprazole 20 mg",
    "semaglutide 0.5 mg",
]
GLP1 = ["Wegovy", "Ozempic", "Zepbound", "Mounjaro", "Saxenda", "semaglutide (compounded)"]
RX_DRUGS = [
    *GLP1,
    "tretinoin 0.05% cream",
    "doxycycline 100 mg",
    "spironolactone 50 mg",
    "metformin ER 500 mg",
    "bupropion XL 150 mg",
    "clobetasol 0.05% ointment",
]
SIGS = [
    "Inject 0.25 mg subcutaneously once weekly for 4 weeks",
    "Inject 0.5 mg subcutaneously once weekly",
    "Apply a pea-sized amount to face nightly",
    "Take 1 tablet by mouth twice daily with food",
    "Take 1 capsule by mouth once daily in the morning",
    "Inject 2.5 mg subcutaneously once weekly",
]
ICD10 = [
    "E66.01",
    "E66.9",
    "Z68.35",
    "L70.0",
    "L20.9",
    "L40.0",
    "E11.9",
    "I10",
    "F41.1",
    "J06.9",
    "N39.0",
    "R73.03",
    "E03.9",
]
DX_TEXT = [
    "Morbid obesity due to excess calories",
    "Acne vulgaris",
    "Atopic dermatitis",
    "Psoriasis vulgaris",
    "Type 2 diabetes mellitus",
    "Essential hypertension",
    "Generalized anxiety disorder",
    "Prediabetes",
    "Urinary tract infection",
]
LABS = [
    ("4548-4", "Hemoglobin A1c", "%", "4.0-5.6"),
    ("2345-7", "Glucose, fasting", "mg/dL", "70-99"),
    ("2093-3", "Cholesterol, total", "mg/dL", "<200"),
    ("13457-7", "LDL cholesterol", "mg/dL", "<100"),
    ("2085-9", "HDL cholesterol", "mg/dL", ">40"),
    ("2571-8", "Triglycerides", "mg/dL", "<150"),
    ("3016-3", "TSH", "mIU/L", "0.4-4.0"),
    ("2160-0", "Creatinine", "mg/dL", "0.6-1.3"),
    ("718-7", "Hemoglobin", "g/dL", "12.0-17.5"),
]
PAYERS = [
    ("60054", "Aetna"),
    ("87726", "UnitedHealthcare"),
    ("62308", "Cigna"),
    ("00590", "Blue Cross Blue Shield of Texas"),
    ("SUNLF", "Sun Life"),
    ("MANU1", "Manulife"),
    ("GSC01", "Green Shield Canada"),
    ("MEDBC", "Medavie Blue Cross"),
]
EMPLOYERS = [
    "Shopify",
    "Hydro-Québec",
    "Kroger",
    "Tim Hortons",
    "Delta Air Lines",
    "Desjardins",
    "City of Calgary",
    "Walgreens",
    "Loblaw Companies",
    "self-employed",
]
JOBS = [
    "Registered Nurse",
    "Software Developer",
    "Teacher",
    "Truck Driver",
    "Accountant",
    "Cashier",
    "Electrician",
    "Graduate Student",
    "Retired",
    "Line Cook",
]
PHARMACIES = [
    ("Northlight Pharmacy - Laval", "3055 boul. Le Carrefour", "Laval", "QC", "+1 450-555-0142"),
    ("Northlight Pharmacy - Toronto", "100 King St W, Suite 210", "Toronto", "ON", "(416) 555-0177"),
    ("Walgreens #10432", "1554 N Milwaukee Ave", "Chicago", "IL", "(773) 555-0110"),
    ("CVS Pharmacy #2291", "350 Bedford Ave", "Brooklyn", "NY", "718-555-0133"),
    ("Shoppers Drug Mart #1288", "1125 Davie St", "Vancouver", "BC", "604-555-0191"),
]
PSCS = [
    ("LifeLabs - Bay & College", "777 Bay St", "Toronto", "ON", "+1 877-555-0123", 43.6606, -79.3853),
    ("Quest Diagnostics - Loop", "55 E Monroe St", "Chicago", "IL", "(312) 555-0188", 41.8807, -87.6252),
    ("Dynacare - Plateau", "4200 rue Saint-Denis", "Montréal", "QC", "514-555-0166", 45.5203, -73.5826),
    ("Labcorp - Downtown Austin", "1101 Congress Ave", "Austin", "TX", "512-555-0154", 30.2747, -97.7404),
]
OTC = [
    ("Vitamin D3 1000 IU (120 ct)", "Vitamins"),
    ("SPF 50 Mineral Sunscreen", "Skin Care"),
    ("Digital Bathroom Scale", "Devices"),
    ("Electrolyte Powder Sticks", "Nutrition"),
    ("Gentle Foaming Cleanser", "Skin Care"),
    ("Protein Shake Variety Pack", "Nutrition"),
    ("Sharps Container 1 qt", "Supplies"),
    ("Alcohol Prep Pads (100)", "Supplies"),
]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X)"
    " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918W)"
    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


class HFake(Fake):
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def email(self):
        first, last = (
            ascii_(self.first()).replace(" ", ""),
            ascii_(self.last()).replace("'", "").replace(" ", ""),
        )
        style = self.r.randint(0, 4)
        user = [
            f"{first}.{last}",
            f"{first}{last[:1]}{self.r.randint(1, 99)}",
            f"{first[:1]}{last}",
            f"{last}.{first}{self.r.randint(70, 99)}",
            f"{first}_{last}",
        ][style]
        return f"{user}@{self.pick(PERSONAL_DOMAINS)}"

    def staff_email(self):
        return f"{ascii_(self.first())[:1]}.{ascii_(self.last()).replace(chr(39), '')}@northlight.health"

    def phone(self, style=None):
        area = self.pick(AREA_CODES)
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        style = style or self.pick(["e164", "paren", "dash", "dot", "intl", "plain"])
        return {
            "e164": f"+1{area}{ex}{line:04d}",
            "paren": f"({area}) {ex}-{line:04d}",
            "dash": f"{area}-{ex}-{line:04d}",
            "dot": f"{area}.{ex}.{line:04d}",
            "intl": f"+1 {area}-{ex}-{line:04d}",
            "plain": f"{area}{ex}{line:04d}",
        }[style]

    def phone_world(self):
        return self.pick(
            [
                self.phone(),
                f"+44 7700 {self.r.randint(900000, 900999)}",
                f"+91 98{self.r.randint(100, 999)} {self.r.randint(10000, 99999)}",
                f"+52 55 {self.r.randint(1000, 9999)} {self.r.randint(1000, 9999)}",
                f"+63 917 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                "+33 6 " + " ".join(str(self.r.randint(10, 99)) for _ in range(4)),
                f"+234 803 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
            ]
        )

    def ca_postal(self):
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        return (
            f"{self.pick('ABCEGHJKLMNPRSTVXY')}{self.r.randint(0, 9)}{self.pick(letters)} "
            f"{self.r.randint(0, 9)}{self.pick(letters)}{self.r.randint(0, 9)}"
        )

    def postal(self):
        k = self.r.random()
        if k < 0.45:
            return self.ca_postal()
        if k < 0.85:
            return f"{self.r.randint(1001, 99950):05d}"
        return f"{self.r.randint(1001, 99950):05d}-{self.r.randint(1, 9999):04d}"

    def street(self):
        k = self.r.random()
        n = self.r.randint(2, 9800)
        if k < 0.4:
            return f"{n} {self.pick(US_STREETS)}" + self.pick(["", "", " Apt 4B", " #210", " Unit 3"])
        if k < 0.75:
            return self.pick(["", f"{self.r.randint(101, 2405)}-"]) + f"{n} {self.pick(CA_STREETS)}"
        return f"{n}, {self.pick(QC_STREETS)}" + self.pick(["", f", app. {self.r.randint(1, 12)}"])

    def city(self):
        return self.pick(US_CITIES + CA_CITIES)[0]

    def one_line_address(self):
        if self.r.random() < 0.5:
            city, state = self.pick(US_CITIES)
            number, street, zip_ = self.r.randint(2, 9800), self.pick(US_STREETS), self.r.randint(1001, 99950)
            return f"{number} {street}, {city}, {state} {zip_:05d}"
        city, prov = self.pick(CA_CITIES)
        return f"{self.r.randint(2, 9800)} {self.pick(CA_STREETS)}, {city} {prov} {self.ca_postal()}"

    def region(self):
        return self.pick(US_CITIES + CA_CITIES)[1]

    def dob(self, start=1944, end=2004):
        return self.date(start, end)

    def dob_us(self):
        return f"{self.r.randint(1, 12):02d}/{self.r.randint(1, 28):02d}/{self.r.randint(1948, 2003)}"

    def child_dob(self):
        return self.date(2008, 2023)

    def ohip(self):
        number = self.luhn_complete(self.digits(9))
        return self.pick(
            [
                f"{number[:4]}-{number[4:7]}-{number[7:]}-{self.alnum(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}",
                number,
                f"{number[:4]} {number[4:7]} {number[7:]}",
            ]
        )

    def ramq(self):
        last, first = (
            ascii_(self.last()).replace("'", "").replace(" ", "").upper(),
            ascii_(self.first()).upper(),
        )
        y, m, d = self.r.randint(40, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        m += self.pick([0, 50])
        raw = f"{(last + 'XXX')[:3]}{first[:1]}{y:02d}{m:02d}{d:02d}{self.r.randint(10, 19)}"
        return self.pick([raw, f"{raw[:4]} {raw[4:8]} {raw[8:]}"])

    def health_card(self):
        return self.pick([self.ohip(), self.ramq()])

    def sin(self):
        number = self.luhn_complete(
            self.pick("1234567") + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        )
        return self.pick(
            [number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"]
        )

    def mbi(self):
        a, d = "ACDEFGHJKMNPQRTUVWXY", "0123456789"
        an = a + d
        return (
            f"{self.r.randint(1, 9)}{self.pick(a)}{self.pick(an)}{self.pick(d)}-{self.pick(a)}{self.pick(an)}"
            f"{self.pick(d)}-{self.pick(a)}{self.pick(a)}{self.pick(d)}{self.pick(d)}"
        )

    def member_id(self):
        return self.pick(
            [
                "W" + self.digits(9),
                self.pick(["XJH", "ZGP", "YQT", "JQU"]) + self.digits(9),
                self.digits(11),
                "U" + self.digits(8) + "01",
                self.digits(7) + "-" + self.digits(2),
            ]
        )

    def npi(self):
        body = self.pick("12") + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        full = self.luhn_complete("80840" + body)
        return body + full[-1]

    def mrn(self):
        return self.pick(["MRN" + self.digits(8), self.digits(8), "NL-" + self.digits(7)])

    def rx(self):
        return self.pick(
            ["RX" + self.digits(7), self.digits(7), f"{self.digits(7)}-{self.r.randint(0, 9):02d}"]
        )

    def ndc(self):
        return f"{self.r.randint(1, 99999):05d}-{self.r.randint(1, 9999):04d}-{self.r.randint(1, 99):02d}"

    def din(self):
        return "02" + "".join(str(self.r.randint(0, 9)) for _ in range(6))

    def weight(self):
        return round(self.r.uniform(62, 165), 1)

    def bmi(self):
        return round(self.r.uniform(24.5, 48.0), 1)

    def photo(self, kind="derm"):
        return f"https://uploads.northlight.health/{kind}/{self.uuid()}.{self.pick(['jpg', 'heic', 'png'])}"

    def idfa(self):
        return self.uuid().upper()

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.IwAR{self.alnum(40, string.ascii_letters + string.digits + '_-')}"

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(60, string.ascii_letters + string.digits + "_-")

    def fbclid(self):
        return "IwAR" + self.alnum(58, string.ascii_letters + string.digits + "_-")

    def pm_token(self):
        return self.pick(["pm_1", "tok_1", "card_1"]) + self.alnum(23)

    def push_token(self):
        if self.r.random() < 0.5:
            return self.hexid(64)
        return (
            self.alnum(22, string.ascii_letters + string.digits + "-_")
            + ":APA91b"
            + self.alnum(134, string.ascii_letters + string.digits + "-_")
        )

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def kit_code(self):
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join(self.alnum(4, alpha) for _ in range(3))

    def plate(self):
        L_ = string.ascii_uppercase
        return self.pick(
            [
                f"{self.r.randint(1, 9)}{self.alnum(3, L_)}{self.r.randint(100, 999)}",
                f"{self.alnum(4, L_)} {self.r.randint(100, 999)}",
                f"{self.alnum(1, L_)}{self.r.randint(10, 99)} {self.alnum(3, L_)}",
                f"{self.alnum(3, L_)}-{self.r.randint(1000, 9999)}",
            ]
        )

    def dl(self):
        return self.pick(
            [
                f"{self.alnum(1, string.ascii_uppercase)}{self.digits(4)}-{self.digits(5)}-{self.digits(5)}",
                "D" + self.digits(7),
                self.alnum(1, string.ascii_uppercase) + self.digits(12),
                self.digits(9),
            ]
        )

    def ipv6(self):
        return f"{self.pick(['2607:fea8', '2600:1700', '2001:56a', '2605:8d80'])}:" + ":".join(
            f"{self.r.randint(0, 65535):x}" for _ in range(6)
        )

    def ip(self):
        return self.ipv6() if self.r.random() < 0.25 else self.ipv4()

    def sha256(self):
        return self.hexid(64)

    def bank_acct(self):
        return self.digits(self.pick([7, 8, 10, 12]))


# -- templates ------------------------------------------------------------------------------------


@dataclass
class Opt:
    """A key present in a share `p` of the messages."""

    item: Any
    p: float = 0.6


def render(template: Any, f: HFake, path: str, labels: dict[str, dict]) -> Any:
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


def C(value):
    return G(lambda f: value)


def P(*items):
    return G(lambda f: f.pick(list(items)))


# -- contexts -------------------------------------------------------------------------------------


def campaign():
    return Opt(
        {
            "name": P("glp1_spring", "derm_acne_q2", "labs_checkup", "brand_search"),
            "source": P("google", "facebook", "instagram", "newsletter", "tiktok"),
            "medium": P("cpc", "paid_social", "email"),
            "term": Opt(
                P("weight loss doctor online", "acne dermatologist", "a1c test near me", "telehealth")
            ),
            "content": Opt(P("hero_video", "carousel_2", "cta_button")),
        },
        0.35,
    )


def web_context(page: str, title: str):
    return {
        "library": {
            "name": C("analytics.js"),
            "version": P("npm:next-1.66.0", "npm:next-1.70.0", "next-1.72.1"),
        },
        "page": {
            "path": C(page),
            "referrer": P(
                "", "https://www.google.com/", "https://northlight.health/", "https://l.facebook.com/"
            ),
            "search": P("", "?utm_source=google&utm_medium=cpc", "?ref=email", "?step=2"),
            "title": C(title),
            "url": G(
                lambda f: "https://app.northlight.health" + page + f.pick(["", "?ref=email", "?step=2"])
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                        "version": P("124", "123", "99", "8"),
                    },
                    3,
                ),
                "mobile": P(False, True),
                "platform": P("macOS", "Windows", "Android"),
            }
        ),
        "locale": P("en-US", "en-CA", "fr-CA", "es-US"),
        "timezone": P(
            "America/Toronto", "America/Chicago", "America/Vancouver", "America/New_York", "America/Montreal"
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": campaign(),
    }


def mobile_traits():
    return Opt(
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Opt(Y(lambda f: f.first(), "name")),
            "lastName": Opt(Y(lambda f: f.last(), "name")),
            "phone": Opt(Y(lambda f: f.phone(), "phone"), 0.4),
            "plan": Opt(P("weight_management", "primary_care", "derm", "family")),
        },
        0.7,
    )


def swift_context():
    return {
        "app": {
            "name": C("Northlight"),
            "version": P("6.4.0", "6.4.2", "6.5.0"),
            "build": P("6400", "6421", "6503"),
            "namespace": C("health.northlight.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "advertisingId": Opt(Y(lambda f: f.idfa(), "advertising id"), 0.3),
            "adTrackingEnabled": P(True, False),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": P("en-US", "en-CA", "fr-CA"),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "carrier": P("Rogers", "Bell", "Verizon", "AT&T", "Vidéotron"),
        },
        "os": {"name": C("iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430, 820), "height": P(844, 852, 932, 1180)},
        "timezone": P("America/Toronto", "America/Los_Angeles", "America/Montreal", "America/Edmonton"),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": mobile_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(library="analytics-kotlin", version=("1.16.2", "1.17.0")):
    return {
        "app": {
            "name": C("Northlight"),
            "version": P("6.4.0", "6.5.0"),
            "build": P("640012", "650003"),
            "namespace": C("health.northlight.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "motorola", "OnePlus"),
            "model": P("SM-S918W", "Pixel 8", "moto g stylus 5G", "CPH2449"),
            "name": P("dm3q", "shiba", "genevn", "OP5958L1"),
            "type": C("android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.35),
            "adTrackingEnabled": P(True, False),
            "token": Opt(RED(lambda f: f.push_token(), "token"), 0.3),
        },
        "library": {"name": C(library), "version": P(*version)},
        "locale": P("en-CA", "fr-CA", "en-US"),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "bluetooth": C(False),
            "carrier": P("TELUS", "Fido", "T-Mobile", "Freedom"),
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "width": P(1080, 1440), "height": P(2340, 3120, 2400)},
        "timezone": P("America/Toronto", "America/Vancouver", "America/Chicago", "America/Halifax"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-S918W', 'Pixel 8'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": mobile_traits(),
    }


def rn_context():
    ctx = kotlin_context("analytics-react-native", ("2.19.2", "2.20.1"))
    del ctx["userAgent"]
    ctx["device"]["manufacturer"] = P("Apple", "samsung", "Google")
    ctx["device"]["model"] = P("iPhone15,3", "SM-A546W", "Pixel 7a")
    ctx["device"]["type"] = P("ios", "android")
    ctx["os"]["name"] = P("iOS", "Android")
    return ctx


def flutter_context():
    ctx = kotlin_context("analytics_flutter", ("1.1.3", "1.1.4"))
    del ctx["userAgent"]
    del ctx["instanceId"]
    ctx["device"]["type"] = P("ios", "android")
    ctx["os"]["name"] = P("iOS", "Android")
    return ctx


def located(ctx):
    ctx["location"] = {
        "latitude": Y(lambda f: round(f.r.uniform(25.5, 53.6), 6), "geolocation"),
        "longitude": Y(lambda f: round(f.r.uniform(-123.2, -63.5), 6), "geolocation"),
        "speed": P(0.0, 0.4, 1.2),
    }
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ("2.3.2", "2.3.3")),
    "node": ("@segment/analytics-node", ("2.1.0", "2.1.2")),
    "go": ("analytics-go", ("3.3.0",)),
    "java": ("analytics-java", ("3.5.1", "3.5.0")),
    "ruby": ("analytics-ruby", ("2.4.3",)),
    "php": ("analytics-php", ("3.7.1", "3.8.0")),
    "dotnet": ("Analytics.CSharp", ("2.4.0", "2.3.9")),
}


def server_context(lib: str, with_ip=False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": C(name), "version": P(*versions)}}
    if lib == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        )
    if with_ip:
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    return ctx


# -- events ---------------------------------------------------------------------------------------
# (type, event or page/screen name, client, body, weight)

MSG = []


def ev(kind, name, client, body, weight=1.0):
    MSG.append((kind, name, client, body, weight))


# identify from web/mobile
ev(
    "identify",
    None,
    "web:/account/profile:Your profile | Northlight",
    {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
        "birthday": Y(lambda f: f.dob(), "birthdate"),
        "address": {
            "street": Y(lambda f: f.street(), "address|street"),
            "city": Y(lambda f: f.city(), "city"),
            "state": G(lambda f: f.region()),
            "postalCode": Y(lambda f: f.postal(), "zipcode"),
            "country": P("US", "CA"),
        },
        "createdAt": G(lambda f: f.iso()),
        "plan": P("weight_management", "primary_care", "derm", "family", "pay_per_visit"),
        "emailVerified": P(True, False),
        "phoneVerified": P(True, False),
        "smsOptIn": P(True, False),
        "preferredLanguage": P("en", "fr", "es"),
        "age": G(lambda f: f.r.randint(18, 79)),
        "patientId": G(lambda f: "pt_" + f.hexid(20)),
        "hasInsurance": P(True, False),
        "dependantsCount": G(lambda f: f.r.randint(0, 4)),
        "avatar": Opt(Y(lambda f: f"https://cdn.northlight.health/avatars/{f.hexid(24)}.jpg", "photo")),
        "marketingConsent": P(True, False),
        "membershipNumber": Opt(G(lambda f: "NLM-" + f.digits(8))),
    },
    2,
)
ev(
    "identify",
    None,
    "swift",
    {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "phone": Opt(Y(lambda f: f.phone(), "phone")),
        "plan": P("weight_management", "primary_care", "derm", "family", "pay_per_visit"),
        "pushEnabled": P(True, False),
        "biometricLogin": P(True, False),
        "preferredPharmacyId": G(lambda f: "ph_" + f.digits(5)),
        "ageBand": P("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
        "sexAtBirth": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
        "province": P("ON", "QC", "BC", "AB", "NS", "MB"),
    },
)
# warehouse reverse-ETL (SCREAMING_SNAKE)
ev(
    "identify",
    None,
    "python",
    {
        "EMAIL": Y(lambda f: f.email(), "email"),
        "FIRST_NAME": Y(lambda f: f.first(), "name"),
        "LAST_NAME": Y(lambda f: f.last(), "name"),
        "PHONE_NUMBER": Y(lambda f: f.phone("e164"), "phone"),
        "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
        "POSTAL_CODE": Y(lambda f: f.postal(), "zipcode"),
        "STATE_CODE": G(lambda f: f.region()),
        "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 60)),
        "LAST_VISIT_AT": G(lambda f: f.iso()),
        "PLAN_TIER": P("BASIC", "PLUS", "PREMIUM"),
        "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
        "GLP1_ACTIVE": Y(lambda f: f.pick([True, False]), "medication"),
        "PRIMARY_DX_CODE": Y(lambda f: f.pick(ICD10), "diagnosis"),
        "LTV_USD": G(lambda f: f.money(40, 4200)),
        "MRN": RED(lambda f: f.mrn(), "health id"),
        "ACQUISITION_CHANNEL": P("paid_search", "organic", "referral", "employer"),
        "DBT_UPDATED_AT": G(lambda f: f.iso()),
    },
)
# EHR sync from .NET (PascalCase)
ev(
    "identify",
    None,
    "dotnet",
    {
        "PatientId": G(lambda f: f.uuid()),
        "FirstName": Y(lambda f: f.first(), "name"),
        "LastName": Y(lambda f: f.last(), "name"),
        "PreferredName": Opt(Y(lambda f: f.first(), "name")),
        "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
        "SexAtBirth": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
        "GenderIdentity": Y(
            lambda f: f.pick(["Woman", "Man", "Non-binary", "Transgender woman", "Prefer not to say"]),
            "gender",
        ),
        "Pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "il/lui", "elle"]), "gender"),
        "PrimaryPhone": Y(lambda f: f.phone(), "phone"),
        "EmailAddress": Y(lambda f: f.email(), "email"),
        "HomeAddress": {
            "Line1": Y(lambda f: f.street(), "address|street"),
            "Line2": Opt(
                Y(lambda f: f.pick(["Apt 12", "Suite 300", "Unit 1907", "Basement"]), "address|street")
            ),
            "City": Y(lambda f: f.city(), "city"),
            "StateOrProvince": G(lambda f: f.region()),
            "PostalCode": Y(lambda f: f.postal(), "zipcode"),
            "Country": P("USA", "Canada"),
        },
        "MaritalStatus": P("Single", "Married", "Divorced", "Widowed", "Common-law"),
        "Employer": P(*EMPLOYERS),
        "Occupation": P(*JOBS),
        "Race": Y(
            lambda f: f.pick(
                [
                    "White",
                    "Black or African American",
                    "Asian",
                    "American Indian or Alaska Native",
                    "Native Hawaiian or Other Pacific Islander",
                    "Declined",
                ]
            ),
            "race",
        ),
        "Ethnicity": Y(
            lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Declined"]), "ethnicity"
        ),
        "PreferredLanguage": P("English", "French", "Spanish", "Punjabi", "Tagalog"),
        "InterpreterNeeded": P(True, False),
        "MedicalRecordNumber": RED(lambda f: f.mrn(), "health id"),
        "PrimaryCareProviderName": Y(lambda f: "Dr. " + f.full_name(), "name"),
        "IsVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
        "CreatedUtc": G(lambda f: f.iso()),
        "UpdatedUtc": G(lambda f: f.iso()),
        "RowVersion": G(lambda f: f.r.randint(1, 40)),
    },
)
# Québec pharmacy backend (French keys)
ev(
    "track",
    "Dossier Patient Créé",
    "php",
    {
        "id_patient": G(lambda f: f.uuid()),
        "prénom": Y(lambda f: f.first(), "name"),
        "nom": Y(lambda f: f.last(), "name"),
        "date_de_naissance": Y(lambda f: f.dob(), "birthdate"),
        "sexe": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
        "numéro_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
        "date_expiration_carte": G(lambda f: f"{f.r.randint(2025, 2031)}-{f.r.randint(1, 12):02d}"),
        "courriel": Y(lambda f: f.email(), "email"),
        "téléphone": Y(lambda f: f.phone(f.pick(["dash", "paren", "intl"])), "phone"),
        "adresse": {
            "rue": Y(lambda f: f"{f.r.randint(10, 9800)}, {f.pick(QC_STREETS)}", "address|street"),
            "ville": Y(
                lambda f: f.pick(["Montréal", "Laval", "Québec", "Gatineau", "Longueuil", "Sherbrooke"]),
                "city",
            ),
            "province": C("QC"),
            "code_postal": Y(lambda f: f.ca_postal(), "zipcode"),
        },
        "langue_préférée": P("fr", "en"),
        "consentement_dossier_santé": P(True, False),
        "pharmacie_id": G(lambda f: "ph_" + f.digits(5)),
        "créé_le": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Consultation Pharmacien Terminée",
    "php",
    {
        "id_consultation": G(lambda f: f.digits(9)),
        "pharmacien": {
            "prénom": Y(lambda f: f.first(), "name"),
            "nom": Y(lambda f: f.last(), "name"),
            "id": G(lambda f: "emp_" + f.digits(4)),
        },
        "numéro_ordonnance": Y(lambda f: f.rx(), "medication"),
        "médicament": Y(lambda f: f.pick(RX_DRUGS), "medication"),
        "din": Y(lambda f: f.din(), "medication"),
        "canal": P("téléphone", "vidéo", "en_personne"),
        "durée_minutes": G(lambda f: f.r.randint(3, 25)),
        "note": Y(
            lambda f: f.pick(
                [
                    "Message laissé au {p}, rappeler avant 17 h",
                    "Patient joint au {p}; explique la titration",
                    "Left voicemail at {p} re: injection technique",
                    "Rappel demandé au {p}",
                ]
            ).format(p=f.phone(f.pick(["dash", "paren"]))),
            "phone",
            True,
        ),
        "facturable": P(True, False),
    },
)
# dependants
ev(
    "track",
    "Dependant Added",
    "web:/account/family:Family members | Northlight",
    {
        "dependant": {
            "id": G(lambda f: "dep_" + f.hexid(12)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
            "sex": Y(lambda f: f.pick(["female", "male"]), "sex"),
            "relationship": P("child", "spouse", "parent", "other"),
            "health_card_number": Opt(RED(lambda f: f.health_card(), "health id")),
        },
        "dependants_total": G(lambda f: f.r.randint(1, 5)),
        "guardian_consent": C(True),
        "added_from": P("settings", "booking_flow"),
    },
)
ev(
    "track",
    "Profile Switched",
    "swift",
    {
        "profile_id": G(lambda f: "dep_" + f.hexid(12)),
        "label": Y(
            lambda f: f"{f.first()} ({f.pick(['daughter', 'son', 'me', 'partner', 'mom'])})", "name", True
        ),
        "profile_type": P("self", "dependant"),
        "profiles_count": G(lambda f: f.r.randint(2, 5)),
    },
)
# intake
ev(
    "track",
    "Intake Form Submitted",
    "web:/intake/health-history:Health history | Northlight",
    {
        "form_id": P("intake_v7", "intake_glp1_v3", "intake_derm_v2"),
        "form_version": P("7.2", "3.0", "2.4"),
        "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
        "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
        "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
        "smoker": Y(lambda f: f.pick([True, False]), "condition"),
        "alcohol_use": Y(lambda f: f.pick(["never", "monthly", "weekly", "daily"]), "condition"),
        "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
        "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
        "religion": Opt(
            Y(lambda f: f.pick(["Catholic", "Muslim", "Sikh", "Jewish", "Hindu", "None"]), "religion"), 0.3
        ),
        "emergency_contact": {
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone_world(), "phone"),
            "relationship": P("spouse", "mother", "friend", "son", "sister"),
        },
        "hipaa_ack_signed": C(True),
        "signature_name": Y(lambda f: f.full_name(), "name"),
        "pages_completed": G(lambda f: f.r.randint(3, 9)),
        "completed_in_seconds": G(lambda f: f.r.randint(90, 1800)),
        "preferred_pharmacy_id": G(lambda f: "ph_" + f.digits(5)),
    },
)
ev(
    "track",
    "Form Submitted",
    "web:/get-started:Get started | Northlight",
    {
        "form-id": P("lead-glp1", "lead-derm", "lead-employer"),
        "form-name": P("Weight care waitlist", "Skin check", "Employer benefits"),
        "first-name": Y(lambda f: f.first(), "name"),
        "last-name": Y(lambda f: f.last(), "name"),
        "email-address": Y(lambda f: f.email(), "email"),
        "phone-number": Y(lambda f: f.phone(), "phone"),
        "zip-code": Y(lambda f: f.postal(), "zipcode"),
        "how-did-you-hear": P("Instagram", "Friend", "Podcast", "Google", "My employer"),
        "terms-accepted": C(True),
        "password-strength": P("weak", "fair", "strong"),
        "submitted-at": G(lambda f: f.epoch_ms()),
    },
)
ev(
    "track",
    "Form Field Completed",
    "web:/get-started:Get started | Northlight",
    {
        "form_id": P("lead-glp1", "lead-derm", "signup"),
        "field_name": P("email", "phone"),
        "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
        "duration_ms": G(lambda f: f.r.randint(300, 20000)),
        "autofilled": P(True, False),
    },
)
# visits
ev(
    "track",
    "Visit Requested",
    "swift",
    {
        "visit_id": G(lambda f: "vis_" + f.hexid(16)),
        "service_line": P("primary_care", "dermatology", "weight_management"),
        "visit_type": P("video", "async", "phone"),
        "reason_for_visit": Y(
            lambda f: f.pick(
                [
                    "acne",
                    "eczema",
                    "uti",
                    "anxiety",
                    "weight_loss",
                    "sinus_infection",
                    "hair_loss",
                    "birth_control",
                ]
            ),
            "condition",
        ),
        "symptom_description": Y(
            lambda f: f.pick(
                [
                    "Itchy rash on both elbows for 2 weeks",
                    "Burning when I pee since Monday",
                    "Cystic acne on jaw, tried benzoyl peroxide",
                    "Can't sleep, racing thoughts",
                    "Sinus pressure and fever 38.5",
                    "Patchy hair loss at crown",
                ]
            ),
            "condition",
        ),
        "is_follow_up": P(True, False),
        "preferred_time": P("asap", "morning", "evening", "weekend"),
        "state_of_residence": G(lambda f: f.region()),
        "price": P(0, 29, 49, 79),
        "currency": P("USD", "CAD"),
        "booked_for": P("self", "dependant"),
    },
)
ev(
    "track",
    "Appointment Booked",
    "kotlin",
    {
        "appointment_id": G(lambda f: f.digits(8)),
        "start_time": G(lambda f: f.iso()),
        "timezone": P("America/Toronto", "America/Chicago", "America/Vancouver"),
        "specialty": P("primary_care", "dermatology", "obesity_medicine", "nutrition"),
        "clinician_id": G(lambda f: "cl_" + f.digits(5)),
        "clinician_name": Y(lambda f: f.pick(["Dr. ", "", "NP "]) + f.full_name(), "name"),
        "reminder_sms": P(True, False),
        "reminder_phone": Y(lambda f: f.phone(), "phone"),
        "booked_for": P("self", "dependant"),
        "slot_rank": G(lambda f: f.r.randint(1, 12)),
        "lead_time_hours": G(lambda f: f.r.randint(1, 300)),
    },
)
ev(
    "track",
    "Video Visit Joined",
    "rn",
    {
        "appointment_id": G(lambda f: f.digits(8)),
        "room_id": G(lambda f: "RM" + f.hexid(32)),
        "clinician": {
            "id": G(lambda f: "cl_" + f.digits(5)),
            "name": Y(lambda f: f.full_name(), "name"),
            "credentials": P("MD", "NP", "DO", "PA-C", "RD"),
            "npi": G(lambda f: f.npi()),
        },
        "video_provider": P("twilio", "vonage", "zoom"),
        "wait_time_seconds": G(lambda f: f.r.randint(0, 1500)),
        "network_quality": P(1, 2, 3, 4, 5),
        "camera_enabled": P(True, False),
        "interpreter_joined": P(True, False),
    },
)
ev(
    "track",
    "Visit Completed",
    "node",
    {
        "encounter_id": G(lambda f: "enc_" + f.hexid(20)),
        "appointment_id": G(lambda f: f.digits(8)),
        "duration_minutes": G(lambda f: f.r.randint(6, 45)),
        "diagnosis_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 3),
        "primary_diagnosis": Y(lambda f: f.pick(DX_TEXT), "diagnosis"),
        "cpt_codes": Many(
            Y(lambda f: f.pick(["99213", "99214", "99442", "11102", "17110", "99204"]), "procedure"), 2
        ),
        "prescriptions_written": G(lambda f: f.r.randint(0, 3)),
        "follow_up_days": P(0, 7, 14, 30, 90),
        "clinician_id": G(lambda f: "cl_" + f.digits(5)),
        "clinician_email": Y(lambda f: f.staff_email(), "email"),
        "payer_type": P("self_pay", "commercial", "medicare", "provincial"),
        "patient_state": G(lambda f: f.region()),
        "chart_locked_at": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Symptom Checker Completed",
    "rn",
    {
        "session_id": G(lambda f: f.uuid()),
        "input": Y(
            lambda f: f.pick(
                [
                    "sore throat and fever since yesterday",
                    "red itchy patches on my hands",
                    "i think i have a uti again",
                    "chest tightness when running",
                    "painful rash on my side, blisters",
                    "period is 2 weeks late",
                ]
            ),
            "condition",
            True,
        ),
        "triage_level": Y(
            lambda f: f.pick(["self_care", "virtual_visit", "urgent_care", "emergency"]), "condition"
        ),
        "suggested_service": P("primary_care", "dermatology", "womens_health"),
        "answers_count": G(lambda f: f.r.randint(4, 18)),
        "duration_ms": G(lambda f: f.r.randint(20000, 400000)),
        "model_version": P("sc-2024.04", "sc-2024.05.1"),
    },
)
# dermatology
ev(
    "track",
    "Photo Uploaded",
    "kotlin",
    {
        "upload_id": G(lambda f: f.uuid()),
        "case_id": G(lambda f: "case_" + f.digits(7)),
        "photo_url": Y(lambda f: f.photo(), "photo"),
        "thumbnail_url": Y(lambda f: f.photo("derm/thumbs"), "photo"),
        "file_size_bytes": G(lambda f: f.r.randint(180_000, 6_000_000)),
        "mime_type": P("image/jpeg", "image/heic", "image/png"),
        "width": P(3024, 4032, 1080),
        "height": P(4032, 3024, 1920),
        "exif_stripped": C(True),
        "capture_source": P("camera", "gallery"),
        "photo_index": G(lambda f: f.r.randint(1, 6)),
    },
)
ev(
    "track",
    "Dermatology Case Submitted",
    "flutter",
    {
        "case_id": G(lambda f: "case_" + f.digits(7)),
        "concern": Y(
            lambda f: f.pick(["acne", "eczema", "psoriasis", "mole_check", "rosacea", "hair_loss", "warts"]),
            "condition",
        ),
        "duration_of_concern": P("<1_week", "1-4_weeks", "1-6_months", ">6_months"),
        "prior_treatments": Many(
            Y(
                lambda f: f.pick(
                    ["tretinoin", "hydrocortisone 1%", "benzoyl peroxide", "minoxidil", "clindamycin gel"]
                ),
                "medication",
            ),
            2,
        ),
        "photos": Many(
            {
                "url": Y(lambda f: f.photo(), "photo"),
                "taken_at": G(lambda f: f.iso()),
                "blur_score": G(lambda f: round(f.r.random(), 3)),
            },
            3,
        ),
        "photo_count": G(lambda f: f.r.randint(1, 6)),
        "async_consult": C(True),
    },
)
# weight management
ev(
    "track",
    "Weight Logged",
    "flutter",
    {
        "entry_id": G(lambda f: f.uuid()),
        "weight": Y(lambda f: f.weight(), "condition"),
        "unit": P("kg", "lb"),
        "bmi": Y(lambda f: f.bmi(), "condition"),
        "source": P("manual", "withings", "apple_health", "google_fit"),
        "scale_serial": Opt(
            Y(lambda f: "WBS" + f.pick(["05", "06", "13"]) + "-" + f.hexid(10).upper(), "serial"), 0.4
        ),
        "logged_at": G(lambda f: f.iso()),
        "streak_days": G(lambda f: f.r.randint(0, 120)),
        "week_of_program": G(lambda f: f.r.randint(1, 52)),
    },
    1.5,
)
ev(
    "track",
    "Subscription Started",
    "web:/weight/checkout:Checkout | Northlight",
    {
        "subscription_id": G(lambda f: "sub_" + f.alnum(14)),
        "plan_id": P("wm_monthly", "wm_quarterly", "pc_annual"),
        "plan_name": P("Weight Care - Monthly", "Weight Care - 3 months", "Primary Care Annual"),
        "price": P(99.0, 129.0, 249.0, 199.0),
        "currency": P("USD", "CAD"),
        "interval": P("month", "quarter", "year"),
        "trial": P(True, False),
        "coupon": P("", "NEWYEAR25", "EMPLOYER100"),
        "glp1_eligible": Y(lambda f: f.pick([True, False]), "condition"),
        "starting_bmi": Y(lambda f: f.bmi(), "condition"),
        "goal_weight_lb": Y(lambda f: f.r.randint(130, 240), "condition"),
        "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.4),
        "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.3),
        "utm_campaign": Opt(P("glp1_spring", "brand_search", "tiktok_ugc")),
    },
)
# pharmacy
ev(
    "track",
    "Prescription Created",
    "java",
    {
        "rx_number": Y(lambda f: f.rx(), "medication"),
        "medication_name": Y(lambda f: f.pick(RX_DRUGS), "medication"),
        "ndc": Y(lambda f: f.ndc(), "medication"),
        "sig": Y(lambda f: f.pick(SIGS), "medication"),
        "quantity": P(1, 2, 4, 30, 60),
        "days_supply": P(28, 30, 84, 90),
        "refills_authorized": G(lambda f: f.r.randint(0, 11)),
        "prescriber": {
            "id": G(lambda f: "cl_" + f.digits(5)),
            "name": Y(lambda f: f.full_name(), "name"),
            "npi": G(lambda f: f.npi()),
        },
        "pharmacy": {
            "id": G(lambda f: "ph_" + f.digits(5)),
            "name": G(lambda f: f.pick(PHARMACIES)[0]),
            "phone": G(lambda f: f.pick(PHARMACIES)[4]),
            "address": G(lambda f: f.pick(PHARMACIES)[1]),
            "city": G(lambda f: f.pick(PHARMACIES)[2]),
            "ncpdp_id": G(lambda f: f.digits(7)),
        },
        "prior_auth_required": P(True, False),
        "erx_message_id": G(lambda f: f.uuid()),
        "controlled_substance": C(False),
    },
)
ev(
    "track",
    "Refill Requested",
    "swift",
    {
        "rx_number": Y(lambda f: f.rx(), "medication"),
        "medication": Y(lambda f: f.pick(RX_DRUGS), "medication"),
        "refill_number": G(lambda f: f.r.randint(1, 11)),
        "auto_refill": P(True, False),
        "delivery_method": P("courier", "pickup", "mail"),
        "pharmacy_id": G(lambda f: "ph_" + f.digits(5)),
        "rx_count": G(lambda f: f.r.randint(1, 4)),
        "requested_at": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Order Shipped",
    "go",
    {
        "order_id": G(lambda f: "NL" + f.digits(9)),
        "carrier": P("Canada Post", "Purolator", "UPS", "FedEx"),
        "tracking_number": G(
            lambda f: f.pick(
                ["1Z" + f.alnum(16, string.ascii_uppercase + string.digits), f.digits(16), "7" + f.digits(11)]
            )
        ),
        "cold_chain": P(True, False),
        "ship_to": {
            "name": Y(lambda f: f.full_name(), "name"),
            "line1": Y(lambda f: f.street(), "address|street"),
            "city": Y(lambda f: f.city(), "city"),
            "region": G(lambda f: f.region()),
            "postal_code": Y(lambda f: f.postal(), "zipcode"),
            "country": P("US", "CA"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "signature_required": P(True, False),
        "package_count": G(lambda f: f.r.randint(1, 3)),
        "shipped_at": G(lambda f: f.iso()),
    },
)
# e-commerce (OTC shop)
ev(
    "track",
    "Products Searched",
    "web:/shop:Shop | Northlight",
    {"query": P("sunscreen", "vitamin d", "scale", "sharps container", "protein", "cleanser")},
)


def product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f"NL-{f.r.randint(1000, 9999)}-{f.pick(['01', '02', 'XL', 'BLK'])}"),
        "name": G(lambda f: f.pick(OTC)[0]),
        "category": G(lambda f: f.pick(OTC)[1]),
        "brand": P("Northlight Essentials", "CeraVe", "Jamieson", "Withings"),
        "price": G(lambda f: f.money(6, 90)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


ev(
    "track",
    "Product Viewed",
    "web:/shop/product:Product | Northlight",
    {
        **product(),
        "currency": P("USD", "CAD"),
        "url": G(lambda f: f"https://northlight.health/shop/p/{f.digits(6)}"),
        "position": G(lambda f: f.r.randint(1, 24)),
    },
)
ev(
    "track",
    "Order Completed",
    "node",
    {
        "order_id": G(lambda f: "NL" + f.digits(9)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: f.money(10, 400)),
        "subtotal": G(lambda f: f.money(10, 380)),
        "tax": G(lambda f: f.money(0, 40)),
        "shipping": P(0, 5.99, 9.99),
        "discount": P(0, 5, 10),
        "coupon": P("", "WELCOME10", "HSA5"),
        "currency": P("USD", "CAD"),
        "products": Many(product(), 3),
        "shipping_address": {
            "name": Y(lambda f: f.full_name(), "name"),
            "line1": Y(lambda f: f.street(), "address|street"),
            "line2": Opt(Y(lambda f: f.pick(["Apt 4B", "Unit 1203", "Suite 5", "app. 7"]), "address|street")),
            "city": Y(lambda f: f.city(), "city"),
            "state": G(lambda f: f.region()),
            "postal_code": Y(lambda f: f.postal(), "zipcode"),
            "country": P("US", "CA"),
        },
        "billing_address": Y(lambda f: f.one_line_address(), "address"),
        "payment_method": P("card", "apple_pay", "hsa_card", "paypal"),
        "card_brand": P("visa", "mastercard", "amex", "interac"),
        "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        "customer_email": Y(lambda f: f.email(), "email"),
        "delivery_instructions": P(
            "Leave with concierge", "Buzz #", "Side door please", "Do not leave in sun", ""
        ),
        "is_gift": C(False),
        "loyalty_number": Opt(G(lambda f: "6" + f.digits(9)), 0.4),
    },
)
ev(
    "track",
    "Payment Info Entered",
    "web:/checkout:Checkout | Northlight",
    {
        "checkout_id": G(lambda f: f.uuid()),
        "step": C(3),
        "payment_method_token": RED(lambda f: f.pm_token(), "token"),
        "card_brand": P("visa", "mastercard", "amex", "interac"),
        "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        "exp_month": G(lambda f: f.r.randint(1, 12)),
        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "bin": P("411111", "545454", "378282", "450644", "520082"),
        "cardholder_name": Y(lambda f: f.full_name(), "name"),
        "billing_postal_code": Y(lambda f: f.postal(), "zipcode"),
        "hsa_fsa_card": P(True, False),
        "wallet": P("none", "apple_pay", "google_pay"),
    },
)
ev(
    "track",
    "Card Details Captured",
    "php",
    {
        "gateway": P("moneris", "authorize_net"),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "pan": RED(lambda f: f.card(), "credit card"),
        "cvd": RED(lambda f: f"{f.r.randint(100, 9999)}", "credit card"),
        "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
        "response_code": P("027", "051", "481", "001"),
        "avs_result": P("Y", "N", "Z", "A"),
    },
    0.6,
)
# insurance
ev(
    "track",
    "Insurance Eligibility Checked",
    "go",
    {
        "trace_number": G(lambda f: f.digits(9)),
        "payer_id": G(lambda f: f.pick(PAYERS)[0]),
        "payer_name": G(lambda f: f.pick(PAYERS)[1]),
        "member_id": Y(lambda f: f.member_id(), "identification"),
        "group_number": G(lambda f: f.pick(["GRP" + f.digits(6), f.digits(5), "0" + f.digits(6)])),
        "subscriber": {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "dob": Y(lambda f: f.dob().replace("-", ""), "birthdate"),
            "relationship": P("self", "spouse", "child"),
        },
        "eligibility_status": P("active", "inactive", "not_found"),
        "plan_name": P("Choice POS II", "PPO 1500", "HMO Blue", "Extended Health Plus"),
        "copay_amount": P(0, 20, 35, 50),
        "coinsurance_pct": P(0, 10, 20),
        "deductible_remaining": G(lambda f: f.money(0, 3000)),
        "service_type_codes": Many(P("30", "98", "1", "88"), 3),
        "response_time_ms": G(lambda f: f.r.randint(300, 9000)),
        "clearinghouse": P("change_healthcare", "availity", "telus_eclaims"),
    },
)
ev(
    "track",
    "Insurance Card Uploaded",
    "rn",
    {
        "card_front_url": Y(lambda f: f.photo("insurance"), "photo"),
        "card_back_url": Y(lambda f: f.photo("insurance"), "photo"),
        "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        "policy_number": Y(lambda f: f.member_id(), "identification"),
        "insurer": G(lambda f: f.pick(PAYERS)[1]),
        "plan_type": P("PPO", "HMO", "EPO", "group_benefits"),
        "is_primary": P(True, False),
    },
)
ev(
    "track",
    "Coverage Verified",
    "ruby",
    {
        "coverage_type": P("medicare", "ohip", "ramq", "msp"),
        "health_card_number": RED(lambda f: f.health_card(), "health id"),
        "medicare_beneficiary_id": Opt(RED(lambda f: f.mbi(), "health id"), 0.5),
        "card_version_code": P("AB", "KL", ""),
        "verified": P(True, False),
        "verification_source": P("ministry_api", "manual", "cms_hets"),
        "checked_by_staff_id": G(lambda f: "emp_" + f.digits(4)),
    },
)
ev(
    "track",
    "Sliding Scale Application Submitted",
    "web:/billing/assistance:Financial assistance | Northlight",
    {
        "application_id": G(lambda f: f.uuid()),
        "household_size": G(lambda f: f.r.randint(1, 7)),
        "household_income": Y(lambda f: f.r.randint(12000, 95000), "salary"),
        "employment_status": P("employed", "unemployed", "student", "retired"),
        "employer": P(*EMPLOYERS),
        "job_title": P(*JOBS),
        "marital_status": P("single", "married", "separated"),
        "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
        "ssn_provided": P(True, False),
        "proof_uploaded": P(True, False),
        "discount_tier": P("A", "B", "C"),
    },
)
ev(
    "track",
    "Identity Verified",
    "go",
    {
        "verification_id": G(lambda f: "idv_" + f.alnum(20)),
        "vendor": P("persona", "onfido"),
        "ssn": RED(lambda f: f.ssn(), "social security number"),
        "dob": Y(lambda f: f.dob_us(), "birthdate"),
        "document_type": P("drivers_license", "passport", "state_id"),
        "document_number": Y(lambda f: f.dl(), "license"),
        "document_state": G(lambda f: f.region()),
        "selfie_url": Y(lambda f: f.photo("idv"), "photo"),
        "match_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
        "status": P("approved", "needs_review", "declined"),
    },
    0.8,
)
# labs
ev(
    "track",
    "Lab Order Placed",
    "python",
    {
        "lab_order_id": G(lambda f: "lo_" + f.hexid(16)),
        "requisition_number": G(lambda f: f.digits(10)),
        "lab_partner": P("Quest", "Labcorp", "LifeLabs", "Dynacare"),
        "tests": Many(
            {
                "code": Y(lambda f: f.pick(LABS)[0], "procedure"),
                "name": Y(lambda f: f.pick(LABS)[1], "procedure"),
            },
            4,
        ),
        "fasting_required": P(True, False),
        "patient_service_center": {
            "id": G(lambda f: "psc_" + f.digits(4)),
            "name": G(lambda f: f.pick(PSCS)[0]),
            "address": G(lambda f: f.pick(PSCS)[1]),
            "city": G(lambda f: f.pick(PSCS)[2]),
            "phone": G(lambda f: f.pick(PSCS)[4]),
        },
        "ordering_clinician_name": Y(lambda f: f.full_name(), "name"),
        "ordering_clinician_npi": G(lambda f: f.npi()),
        "kit_activation_code": Opt(RED(lambda f: f.kit_code(), "token"), 0.5),
        "price": P(0, 39, 89, 129),
        "collection_method": P("psc", "home_kit", "mobile_phlebotomy"),
    },
)
ev(
    "track",
    "Lab Results Available",
    "python",
    {
        "lab_order_id": G(lambda f: "lo_" + f.hexid(16)),
        "results": Many(
            {
                "loinc": Y(lambda f: f.pick(LABS)[0], "procedure"),
                "analyte": Y(lambda f: f.pick(LABS)[1], "procedure"),
                "result_value": Y(lambda f: round(f.r.uniform(0.5, 240), 1), "condition|diagnosis"),
                "unit": G(lambda f: f.pick(LABS)[2]),
                "reference_range": G(lambda f: f.pick(LABS)[3]),
                "abnormal_flag": Y(lambda f: f.pick(["H", "L", "N", "HH"]), "condition|diagnosis"),
            },
            5,
        ),
        "result_status": P("final", "preliminary", "corrected"),
        "abnormal_count": G(lambda f: f.r.randint(0, 4)),
        "notified_via": P("push", "email", "sms"),
        "resulted_at": G(lambda f: f.iso()),
    },
)
ev(
    "track",
    "Lab Visit Checked In",
    "kotlin+loc",
    {
        "checkin_id": G(lambda f: f.uuid()),
        "psc_id": G(lambda f: "psc_" + f.digits(4)),
        "site": {
            "name": G(lambda f: f.pick(PSCS)[0]),
            "lat": G(lambda f: f.pick(PSCS)[5]),
            "lng": G(lambda f: f.pick(PSCS)[6]),
        },
        "queue_position": G(lambda f: f.r.randint(1, 15)),
        "parking_plate": Opt(Y(lambda f: f.plate(), "license"), 0.5),
        "distance_to_site_m": G(lambda f: f.r.randint(0, 400)),
        "arrived_at": G(lambda f: f.iso()),
    },
)
# messaging
ev(
    "track",
    "Message Sent",
    "web:/messages:Messages | Northlight",
    {
        "thread_id": G(lambda f: "thr_" + f.hexid(12)),
        "message_id": G(lambda f: "msg_" + f.hexid(16)),
        "sender_role": P("patient", "caregiver"),
        "recipient_clinician_id": G(lambda f: "cl_" + f.digits(5)),
        "recipient_name": Y(lambda f: f.pick(["Dr. ", "", "NP "]) + f.full_name(), "name"),
        "body_length": G(lambda f: f.r.randint(3, 1200)),
        "has_attachment": P(True, False),
        "attachment_count": G(lambda f: f.r.randint(0, 3)),
        "quick_reply": P("", "Thanks!", "Yes, that works", "Can we reschedule?"),
    },
    1.3,
)
ev(
    "track",
    "SMS Status Updated",
    "node",
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": C("AC4b1f0e9a3c2d7e8f9a0b1c2d3e4f5a6b"),
        "From": P("+14165550100", "+15145550175", "+13125550142"),
        "To": Y(lambda f: f.phone("e164"), "phone", True),
        "Body": Y(
            lambda f: f.pick(
                [
                    "Hi {n}, your Northlight prescription is ready for pickup.",
                    "Northlight: {n}, your lab results are ready in the app.",
                    "Hi {n}! Reminder: video visit tomorrow at 3:30 PM. Reply C to confirm.",
                    "Bonjour {n}, votre commande a été expédiée.",
                    "{n}, your order NL{o} has shipped.",
                ]
            ).format(n=f.first(), o=f.digits(9)),
            "name",
            True,
        ),
        "SmsStatus": P("queued", "sent", "delivered", "undelivered"),
        "NumSegments": P("1", "2"),
        "ErrorCode": P("", "30003", "30005"),
        "ApiVersion": C("2010-04-01"),
    },
)
ev(
    "track",
    "Provider Searched",
    "web:/care-team:Find a clinician | Northlight",
    {
        "q": Y(lambda f: f.pick(["dr ", "Dr. ", "", ""]) + f.pick([f.full_name(), f.last()]), "name", True),
        "results_count": G(lambda f: f.r.randint(0, 12)),
        "filters": {
            "specialty": P("any", "dermatology", "primary_care"),
            "language": P("any", "fr", "es", "pa"),
            "clinician_gender": P("any", "female", "male"),
        },
    },
)
ev(
    "track",
    "Support Ticket Created",
    "ruby",
    {
        "ticket_id": G(lambda f: f.digits(6)),
        "subject": P("Billing question", "Shipping delay", "Can't log in", "Cancel subscription"),
        "description": P(
            "My package hasn't arrived yet.",
            "I was charged twice this month.",
            "The app keeps logging me out.",
            "How do I pause my plan?",
        ),
        "requester": {"name": Y(lambda f: f.full_name(), "name"), "email": Y(lambda f: f.email(), "email")},
        "assignee": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.staff_email(), "email"),
        },
        "priority": P("low", "normal", "high"),
        "tags": Many(P("billing", "shipping", "login", "glp1", "refund"), 3),
        "channel": P("email", "web", "chat"),
        "support_email": C("care@northlight.health"),
    },
)
ev(
    "track",
    "Help Center Searched",
    "swift",
    {
        "query": G(lambda f: f.pick(["how to cancel", "refill delay", "hsa receipt", "change pharmacy"])),
        "results_count": G(lambda f: f.r.randint(0, 30)),
    },
)
ev(
    "track",
    "Referral Sent",
    "rn",
    {
        "referral_code": G(lambda f: f.alnum(8, string.ascii_uppercase + string.digits)),
        "contact": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
        "channel": P("sms", "email", "whatsapp"),
        "reward_amount": P(25, 50),
        "referrals_sent_total": G(lambda f: f.r.randint(1, 12)),
    },
)
# auth
ev(
    "track",
    "Verification Code Sent",
    "go",
    {
        "verification_code": RED(lambda f: f.otp(), "token"),
        "channel": P("sms", "email", "voice"),
        "recipient": Y(lambda f: f.pick([f.phone("e164"), f.email()]), "phone|email", True),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "expires_in": C(600),
        "purpose": P("login", "phone_change", "password_reset"),
    },
)
ev(
    "track",
    "Account Settings Updated",
    "java",
    {
        "changed_fields": Many(P("email", "phone", "address", "password", "language"), 3),
        "previous_email": Y(lambda f: f.email(), "email"),
        "new_email": Y(lambda f: f.email(), "email"),
        "email_verified": P(True, False),
        "phoneCount": G(lambda f: f.r.randint(0, 2)),
        "password_changed": P(True, False),
        "password_strength": P("weak", "medium", "strong"),
        "mfa_method": P("sms", "totp", "none"),
        "session_token": RED(lambda f: f.jwt(), "token"),
        "ip_address": Y(lambda f: f.ip(), "ip"),
    },
)
ev(
    "track",
    "Signed Up",
    "web:/signup:Create account | Northlight",
    {
        "signup_method": P("email", "google", "apple"),
        "email": Y(lambda f: f.email(), "email"),
        "password": RED(
            lambda f: f.pick(["Maple2024!", "hunter22", "Northl1ght#", "Tr1llium!!", "soleil-2019"]),
            "password",
        ),
        "referral_code": G(lambda f: f.alnum(8, string.ascii_uppercase + string.digits)),
        "plan_interest": P("weight", "skin", "primary", "labs"),
        "accepted_terms": C(True),
        "accepted_privacy_version": P("2024-01", "2024-04"),
    },
)
ev(
    "track",
    "Integration Error",
    "node",
    {
        "integration": P("stripe", "surescripts", "healthie", "withings"),
        "request_id": G(lambda f: f.uuid()),
        "endpoint": P("/v1/payment_intents", "/erx/newrx", "/api/graphql", "/measure"),
        "status_code": P(400, 401, 429, 500, 502),
        "api_key": RED(lambda f: f.secret(), "secret"),
        "webhook_secret": Opt(RED(lambda f: "whsec_" + f.alnum(32), "secret"), 0.5),
        "retry_count": G(lambda f: f.r.randint(0, 5)),
        "client_ip": Y(lambda f: f.ipv4(), "ip"),
    },
    0.7,
)
# Meta CAPI forwarder (vendor shape)
ev(
    "track",
    "Conversions API Event",
    "node",
    {
        "event_name": P("Lead", "Purchase", "CompleteRegistration"),
        "event_time": G(lambda f: f.epoch_ms() // 1000),
        "event_id": G(lambda f: f.uuid()),
        "action_source": C("website"),
        "user_data": {
            "em": Y(lambda f: f.sha256(), "email"),
            "ph": Opt(Y(lambda f: f.sha256(), "phone")),
            "fn": Opt(Y(lambda f: f.sha256(), "name")),
            "ln": Opt(Y(lambda f: f.sha256(), "name")),
            "external_id": G(lambda f: f.sha256()),
            "client_ip_address": Y(lambda f: f.ip(), "ip"),
            "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            "fbc": Opt(Y(lambda f: f.fbc(), "advertising id")),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
        },
        "custom_data": {
            "value": G(lambda f: f.money(20, 300)),
            "currency": P("USD", "CAD"),
            "content_ids": Many(G(lambda f: f.digits(6)), 2),
        },
    },
)
# clinician shift pay (.NET PascalCase)
ev(
    "track",
    "Shift Completed",
    "dotnet",
    {
        "ShiftId": G(lambda f: f.r.randint(100000, 999999)),
        "ClinicianId": G(lambda f: "cl_" + f.digits(5)),
        "ClinicianName": Y(lambda f: f.full_name(), "name"),
        "JobTitle": P("Nurse Practitioner", "Physician", "Registered Dietitian", "Pharmacist"),
        "HourlyRate": Y(lambda f: f.money(45, 210), "salary"),
        "ShiftHours": P(4, 6, 8, 10, 12),
        "Province": P("ON", "QC", "BC", "AB"),
        "DirectDeposit": {
            "TransitNumber": G(lambda f: f.digits(5)),
            "InstitutionNumber": P("001", "002", "003", "004", "006", "010", "815"),
            "AccountNumber": RED(lambda f: f.bank_acct(), "bank account"),
        },
        "Sin": RED(lambda f: f.sin(), "national id"),
        "PaidUtc": G(lambda f: f.iso()),
    },
    0.7,
)
ev(
    "track",
    "Refund Issued",
    "ruby",
    {
        "refund_id": G(lambda f: "re_" + f.alnum(20)),
        "order_id": G(lambda f: "NL" + f.digits(9)),
        "amount": G(lambda f: f.money(5, 300)),
        "reason": P("duplicate", "service_not_rendered", "pharmacy_out_of_stock"),
        "method": P("ach", "eft", "original_card"),
        "routing_number": P("021000021", "026009593", "121000358", "111000025", "071000013"),
        "account_number": RED(lambda f: f.bank_acct(), "bank account"),
        "account_holder_name": Y(lambda f: f.full_name(), "name"),
        "claim_number": G(lambda f: "CLM" + f.digits(8)),
    },
    0.7,
)
# employer sponsor (group)
ev(
    "group",
    None,
    "ruby",
    {
        "name": P("Hydro-Québec", "Desjardins", "Acme Logistics Inc.", "Shopify", "City of Calgary"),
        "industry": P("Utilities", "Financial Services", "Logistics", "Software", "Government"),
        "employees": G(lambda f: f.r.randint(50, 40000)),
        "plan": P("employer_basic", "employer_plus"),
        "mainPhone": P("+1 514-555-0100", "1-800-555-0199", "(403) 555-0120"),
        "benefitsEmail": P("benefits@acmelogistics.com", "rh@desjardins.example", "hr@calgary.example"),
        "headquarters": {
            "street": P("75 boul. René-Lévesque O", "100 des Commandeurs", "800 Macleod Trail SE"),
            "city": P("Montréal", "Lévis", "Calgary"),
            "state": P("QC", "AB"),
            "postal_code": P("H2Z 1A4", "G6V 7N5", "T2G 2M3"),
        },
        "hr_contact": {
            "name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
        "contract_start": G(lambda f: f.date(2022, 2024)),
        "website": P("https://www.hydroquebec.com", "https://acmelogistics.com"),
        "eligible_lives": G(lambda f: f.r.randint(40, 30000)),
    },
    0.6,
)
# lifecycle, pages and screens
ev(
    "track",
    "Application Opened",
    "swift",
    {
        "from_background": P(True, False),
        "version": P("6.4.0", "6.5.0"),
        "build": P("6400", "6503"),
        "url": P("", "northlight://visit/start", "northlight://rx"),
    },
)
ev(
    "track",
    "Application Installed",
    "kotlin",
    {"version": P("6.4.0", "6.5.0"), "build": P("640012", "650003")},
    0.5,
)
ev(
    "track",
    "Notification Opened",
    "flutter",
    {
        "campaign_id": G(lambda f: f.digits(6)),
        "notification_type": P("refill_due", "weigh_in", "lab_ready", "message"),
        "opened_within_s": G(lambda f: f.r.randint(1, 90000)),
    },
)
ev(
    "page",
    "Dashboard",
    "web:/dashboard:Dashboard | Northlight",
    {
        "path": C("/dashboard"),
        "title": C("Dashboard | Northlight"),
        "url": C("https://app.northlight.health/dashboard"),
        "referrer": P("", "https://app.northlight.health/login"),
    },
    2,
)
ev(
    "page",
    "Visit Summary",
    "web:/visits/summary:Visit summary | Northlight",
    {
        "path": C("/visits/summary"),
        "title": C("Visit summary | Northlight"),
        "url": G(lambda f: "https://app.northlight.health/visits/summary?id=" + f.digits(8)),
        "referrer": P("", "https://app.northlight.health/dashboard"),
        "search": G(lambda f: "?id=" + f.digits(8)),
    },
    1.2,
)
ev(
    "screen",
    "Weight Chart",
    "flutter",
    {"range": P("1w", "1m", "3m", "all"), "entries_shown": G(lambda f: f.r.randint(1, 120))},
)
ev(
    "screen",
    "Prescription Details",
    "swift",
    {
        "rx_id": G(lambda f: "rxo_" + f.hexid(12)),
        "refills_left": G(lambda f: f.r.randint(0, 11)),
        "medication": Y(lambda f: f.pick(RX_DRUGS), "medication"),
    },
)
ev(
    "screen",
    "Find a Pharmacy",
    "kotlin+loc",
    {
        "results": G(lambda f: f.r.randint(0, 20)),
        "radius_km": P(5, 10, 25),
        "nearest_pharmacy_city": G(lambda f: f.pick(PHARMACIES)[2]),
    },
)
ev("alias", None, "web:/signup:Create account | Northlight", None, 0.5)
ev("alias", None, "rn", None, 0.4)


def context_for(client: str):
    if client.startswith("web:"):
        _, page, title = client.split(":", 2)
        return web_context(page, title)
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "kotlin+loc":
        return located(kotlin_context())
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client, with_ip=client in ("node", "php"))


def build(seed: int, base: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, client, body, weight in MSG:
        for _ in range(round(base * weight)):
            user = f.pick(["pt_" + f.hexid(20), f.digits(7), f.uuid()])
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.pick(["ajs-next-", "", "node-next-"]) + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "emp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=76, base=34)
    write(Path(__file__).parent, "holdout76_", events, labels)
