"""Writes holdout20: tests/corpus/holdout20_events.jsonl and holdout20_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or builders (build_holdout3.py was read for its format only), and never run
through the engine before it was committed. Do not tune the engine to it; score it once.

Domain: health, as the everyday traffic of four Segment customers.
- Carebridge, a hospital patient portal in the US, the UK and Sweden: identify from the portal
  and from a warehouse reverse-ETL sync (SCREAMING_SNAKE), appointments, referrals from a .NET
  service (PascalCase), test results, prescriptions, insurance (member ids, Medicare MBIs),
  copays, identity checks, visit summaries (ICD-10 codes, allergies), next of kin, dependants,
  messages to clinicians, a staff patient search, a FHIR-shaped record sync from a Go service;
  the Swedish region's Node integration uses Swedish keys (personnummer with valid check
  digits, BankID, provsvar, återbetalning to an SE IBAN).
- Stillwater, a therapy app (React Native + Node): intake questionnaire with PHQ-9 items, GAD-7,
  medications and substance use, therapist matching, session metadata, crisis plans, mood logs,
  a Calendly-shaped booking webhook, UK direct-debit subscriptions, employer groups.
- Bloom, a period and fertility tracker (Flutter app, web shop): cycles, symptoms, ovulation
  tests, pregnancy mode, partner sharing, e-commerce spec events for its shop.
- Pawsome Vet, a vet clinic booking site (analytics.js, PHP/WordPress with Contact Form 7's
  kebab-case fields, Ruby reminders, Twilio- and Stripe-shaped payloads). Pets' names, breeds,
  conditions and medications are not personal; their owners' details are; vets are staff.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python/node/go/java/ruby/php/.NET server libraries (context.ip,
context.traits, device, app, library, locale, userAgent, campaign, externalIds). Values are
coherent within an event (one person, their region's phone, postcode and name formats).

Conventions: a leaf path is `section.key.sub` with `[]` for array elements, as `portal.events.
flatten` gives it. Each path has one label (classification, type, value_only) for all events.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, next of kin, dependants, partners,
  recipients, contacts, and staff (clinicians, therapists, vets, an employer's HR contact).
  Colour = the reference default for the matcher (name, email, phone, address, street, city,
  zipcode, birthdate, gender, sex, ip, license, identification, medication, allergy, condition,
  diagnosis, procedure: yellow; social security number, password, passport, token, credit card,
  disability, veteran: red). Types outside the reference: red for secrets, card numbers, bank
  accounts, government ids (`national id`) and health (`health id`, `health`); yellow for
  `geolocation` and `advertising id`.
- Health values that name the thing under a key that says so (a medication, dose or RxNorm code;
  a condition or symptom; a diagnosis or ICD-10 code; an allergy; a test, panel, LOINC or CPT
  code, or a procedure done, as a `procedure`) take the reference matcher and its colour: yellow.
- Booleans, flags, scores and status enums that reveal a special category about the person are
  red, typed by the category: health ones `condition|health` (has-a-risk flag, PHQ-9 / GAD-7
  answers and totals, abnormal-result flags, the specialty of the person's own referral,
  substance use, pregnancy, fertility goal, contraception), `disability` (wheelchair access),
  `religion`, `sexual orientation`, `ethnicity`. Measured values about the person's body (a lab
  result's value, basal temperature, cycle dates, cycle day and lengths, flow, ovulation test
  results, due date, weeks pregnant) are red `health`.
- Using the product is not itself labelled: in a therapy or fertility app, ids, durations,
  counts, UI state, plan names and preferences for a therapist are green. Counters and booleans
  under PII-sounding keys (`emailVerified`, `allergies_count`, `phq9_skipped_count`) are green.
  Demographic enums that are neither identifiers nor special categories (relationship status,
  age band, payer type, interpreter language) are green.
- Ids the customer issues (user, patient portal, appointment, order, referral UBRN, accession,
  invoice ids), UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, units, reference
  ranges, device ids from the OS, user agents, clinic/pharmacy/product/plan/company/pet names,
  places and phone numbers that belong to a clinic, pharmacy or business (a Twilio sender
  number), country, state, county, locale, language and timezone are green. Card brand, last
  four, expiry and BIN, sort codes and Swedish clearing numbers are green; the last four of an
  SSN are red.
- Judgement calls, as a careful privacy owner at a mid-size health company would want them:
  medical record numbers (MRN), insurance member ids and Medicare MBIs are `health id` (red)
  although the provider or payer issues them (HIPAA lists them among its identifiers); NHS
  numbers are `health id|national id` (red); a provider's NPI and a therapist's licence number
  are yellow (`identification`, `license`: a staff member's identifier); a sha256 of an email
  sent for ad matching stays yellow `email` (pseudonymous, still personal); a meeting join URL
  carrying its passcode is a red `secret`; a push token is a red `token`; a WordPress
  `user_login` is yellow `name`; the reason for the person's own visit is health (`condition`).
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `To`, `answer`, `body`, FHIR `identifier[].value`) and only the value
  reveals it. A value_only PII path holds that PII in every one of its values; free text is
  labelled by what every one of its values carries, and green when none carries PII.
"""

import hashlib
import string
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

# fmt: off
FIRST = {
    "US": [
        "Jasmine", "DeShawn", "Emily", "Carlos", "Mai", "Tyler", "Aaliyah", "Wei", "Guadalupe", "Brandon",
        "Keisha", "Hyun-woo", "Madison", "Jamal", "Rosa", "Ethan", "Nkechi", "Dakota", "Thanh", "Isabella",
        "Miguel", "Shanice", "Connor", "Esperanza",
    ],
    "UK": [
        "Oliver", "Amelia", "Harry", "Isla", "Siobhan", "Rhys", "Aisha", "Mohammed", "Priya", "Callum",
        "Niamh", "Tomasz", "Chidi", "Freya", "Gareth", "Zainab", "Eilidh", "Rajesh", "Bethan", "Kwabena",
        "Poppy", "Imran",
    ],
    "SE": [
        "Astrid", "Erik", "Maja", "Lars", "Ingrid", "Sven", "Elsa", "Karl", "Linnéa", "Björn", "Hodan",
        "Abdirahman", "Shirin", "Dariush", "Aino", "Mikael", "Sanna", "Goran", "Leila", "Oskar", "Agnes",
        "Ebba",
    ],
    "XX": [
        "Sakura", "Lucas", "Ngozi", "Ananya", "Yousef", "Camila", "Kofi", "Mei-Ling", "Dmitri", "Leilani",
        "Tariq", "Inès", "Mateus", "Chiamaka", "Hiroshi", "Valentina", "Arjun", "Olamide", "Zeynep",
        "Thabo", "Anneke", "Rohan", "Lucía", "Kateryna",
    ],
}
# fmt: on
# fmt: off
LAST = {
    "US": [
        "Johnson", "Washington", "Hernández", "Kim", "Nguyen", "Okonkwo", "Miller", "Rodriguez", "Begay",
        "Patel", "O'Connor", "Goldberg", "Yazzie", "Castillo", "Jackson", "Tran", "Kowalczyk", "Brooks",
        "Flores", "Chavez",
    ],
    "UK": [
        "Jones", "Williams", "Taylor", "Evans", "Hussain", "Begum", "MacDonald", "O'Sullivan", "Thompson",
        "Ahmed", "Wright", "Nowak", "Adeyemi", "Campbell", "Llewellyn", "Singh", "Davies", "Mensah",
        "Fraser",
    ],
    "SE": [
        "Lindqvist", "Johansson", "Andersson", "Nilsson", "Bergström", "Öberg", "Karlsson", "Mohamed",
        "Ali", "Rahimi", "Karimi", "Virtanen", "Eriksson", "Åkesson", "Petrović", "Holm", "Sjöberg",
        "Lundgren",
    ],
    "XX": [
        "Tanaka", "Oliveira", "Eze", "Iyer", "Al-Masri", "Restrepo", "Boateng", "Wu", "Volkov", "Kahale",
        "Farouk", "Moreau", "Santos", "Obi", "Yamamoto", "Bianchi", "Reddy", "Adebayo", "Yılmaz", "Nkosi",  # noqa: RUF001 (a Turkish surname)
        "de Vries", "Shevchenko",
    ],
}
# fmt: on
# fmt: off
MAIL = {
    "US": [
        "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
    ],
    "UK": [
        "gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk",
    ],
    "SE": [
        "gmail.com", "hotmail.se", "telia.com", "outlook.com", "live.se", "bredband.net",
    ],
    "XX": [
        "gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.com", "gmx.net",
    ],
}
# fmt: on
# fmt: off
US_PLACES = [
    ("Chicago", "IL", "606"), ("Houston", "TX", "770"), ("Phoenix", "AZ", "850"), ("Seattle", "WA", "981"),
    ("Atlanta", "GA", "303"), ("Albuquerque", "NM", "871"), ("Boston", "MA", "021"),
    ("Miami", "FL", "331"), ("Minneapolis", "MN", "554"), ("Oakland", "CA", "946"),
    ("Columbus", "OH", "432"), ("Brooklyn", "NY", "112"),
]
# fmt: on
# fmt: off
US_STREETS = [
    "Maple Ave", "W Jackson Blvd", "Elm St", "Peachtree Rd NE", "Cactus Rd", "Lakeshore Dr", "Mission St",
    "Oak Park Ave", "Cedar Ln", "Riverside Dr", "Central Ave SE",
]
# fmt: on
# fmt: off
UK_PLACES = [
    ("Manchester", "M", 1, 40), ("Leeds", "LS", 1, 28), ("Birmingham", "B", 1, 99),
    ("Bristol", "BS", 1, 16), ("Glasgow", "G", 1, 84), ("Cardiff", "CF", 10, 24), ("London", "SE", 1, 28),
    ("London", "N", 1, 22), ("Belfast", "BT", 1, 17), ("Leicester", "LE", 1, 9),
]
# fmt: on
# fmt: off
UK_STREETS = [
    "Rose Lane", "Victoria Road", "Church Street", "Station Road", "Park Avenue", "Mill Lane",
    "Queens Drive", "Heol y Nant", "Albert Terrace", "Cowgate",
]
# fmt: on
# fmt: off
SE_PLACES = [
    ("Stockholm", "1", "Stockholms län"), ("Göteborg", "4", "Västra Götalands län"),
    ("Malmö", "2", "Skåne län"), ("Uppsala", "75", "Uppsala län"), ("Umeå", "90", "Västerbottens län"),
    ("Linköping", "58", "Östergötlands län"), ("Örebro", "70", "Örebro län"),
]
# fmt: on
# fmt: off
SE_STREETS = [
    "Storgatan", "Sveavägen", "Kungsgatan", "Drottninggatan", "Linnégatan", "Skolgatan", "Björkvägen",
    "Götgatan", "Rådmansgatan", "Ringvägen",
]
# fmt: on
# fmt: off
XX_PLACES = [
    ("Toronto", "ON", "CA"), ("Sydney", "NSW", "AU"), ("Austin", "TX", "US"), ("Dublin", "D", "IE"),
    ("Melbourne", "VIC", "AU"), ("Vancouver", "BC", "CA"), ("Denver", "CO", "US"),
    ("Auckland", "AKL", "NZ"),
]
# fmt: on
FOLD = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "ö": "o",
        "é": "e",
        "è": "e",
        "á": "a",
        "í": "i",
        "ı": "i",  # noqa: RUF001 (Turkish dotless i)
        "ü": "u",
        "ç": "c",
        "'": "",
        " ": "",
        "-": "",
    }
)


def ascii_fold(s: str) -> str:
    return s.lower().translate(FOLD)


@dataclass
class Person:
    first: str
    last: str
    email: str
    phone: str
    dob: str
    street: str
    city: str
    state: str
    postcode: str
    country: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def phone_for(f: Fake, region: str) -> str:
    r = f.r
    if region == "US":
        a, e, n = r.randint(201, 989), r.randint(201, 989), r.randint(0, 9999)
        return f.pick([f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}.{e}.{n:04d}"])
    if region == "UK":
        m = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
        return f.pick([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44{m}", f"0{m}"])
    if region == "SE":
        p = f"7{f.pick('0236')}{r.randint(1000000, 9999999)}"
        return f.pick(
            [
                f"0{p[:2]}-{p[2:5]} {p[5:7]} {p[7:]}",
                f"+46 {p[:2]} {p[2:5]} {p[5:7]} {p[7:]}",
                f"+46{p}",
                f"0{p}",
            ]
        )
    return f.pick(
        [
            f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+1 416 {r.randint(200, 999)} {r.randint(1000, 9999)}",
            f"+353 8{r.randint(3, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+49 15{r.randint(1, 9)} {r.randint(1000000, 99999999)}",
            f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
            f"+234 80{r.randint(3, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"+64 21 {r.randint(100, 999)} {r.randint(1000, 9999)}",
        ]
    )


def uk_postcode(f: Fake, area: str, lo: int, hi: int) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(lo, hi)} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def new_person(f: Fake, region: str) -> Person:
    r = f.r
    first, last = f.pick(FIRST[region]), f.pick(LAST[region])
    fo, la = ascii_fold(first), ascii_fold(last)
    year = r.randint(1942, 2004)
    local = f.pick(
        [
            f"{fo}.{la}",
            f"{fo}{la}{year % 100:02d}",
            f"{fo[0]}{la}",
            f"{fo}_{la}{r.randint(1, 99)}",
            f"{la}.{fo}",
            f"{fo}{year}",
        ]
    )
    email = f"{local}@{f.pick(MAIL[region])}"
    dob = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    if region == "US":
        city, state, z = f.pick(US_PLACES)
        street = f"{r.randint(2, 9899)} {f.pick(US_STREETS)}" + f.pick(
            ["", "", f" Apt {r.randint(1, 30)}{f.pick('ABCD')}"]
        )
        return Person(
            first,
            last,
            email,
            phone_for(f, region),
            dob,
            street,
            city,
            state,
            f"{z}{r.randint(1, 99):02d}",
            "US",
        )
    if region == "UK":
        city, area, lo, hi = f.pick(UK_PLACES)
        street = f.pick(
            [
                f"{r.randint(1, 220)} {f.pick(UK_STREETS)}",
                f"Flat {r.randint(1, 12)}, {r.randint(1, 90)} {f.pick(UK_STREETS)}",
            ]
        )
        return Person(
            first,
            last,
            email,
            phone_for(f, region),
            dob,
            street,
            city,
            "",
            uk_postcode(f, area, lo, hi),
            "GB",
        )
    if region == "SE":
        city, pre, county = f.pick(SE_PLACES)
        suffix = f.pick(["", "", "A", "B", f" lgh {r.randint(1001, 1504)}"])
        street = f"{f.pick(SE_STREETS)} {r.randint(1, 120)}{suffix}"
        digits = pre + "".join(str(r.randint(0, 9)) for _ in range(5 - len(pre)))
        return Person(
            first,
            last,
            email,
            phone_for(f, region),
            dob,
            street,
            city,
            county,
            f"{digits[:3]} {digits[3:]}",
            "SE",
        )
    city, state, country = f.pick(XX_PLACES)
    road = f.pick(["Wattle St", "Queen St W", "Harcourt Rd", "Ponsonby Rd", "Elm Grove", "Larimer St"])
    street = f"{r.randint(1, 400)} {road}"
    post = {
        "CA": f"M{r.randint(1, 9)}{f.pick('ABCEGH')} {r.randint(1, 9)}{f.pick('JKLMN')}{r.randint(1, 9)}",
        "AU": str(r.randint(2000, 3999)),
        "US": str(r.randint(78701, 80299)),
        "IE": f"D{r.randint(1, 24):02d} {f.pick('ACDEFHKNPRTVWXY')}{r.randint(100, 999)}",
        "NZ": str(r.randint(1010, 1072)),
    }[country]
    return Person(first, last, email, phone_for(f, "XX"), dob, street, city, state, post, country)


class HFake(Fake):
    """Fake with the current event's region, user, another person and a staff member."""

    def begin(self, region: str) -> None:
        self.region = region
        self.person = new_person(self, region)
        self.other = new_person(self, region)
        self.staff = new_person(self, region)

    def anyone(self) -> Person:
        return new_person(self, self.region)

    def staff_name(self) -> str:
        s = self.staff
        return self.pick(
            [f"Dr {s.first} {s.last}", f"Dr. {s.last}", f"{s.first} {s.last}", f"Dr {s.first[0]} {s.last}"]
        )


# -- identifiers ----------------------------------------------------------------------------------


def personnummer(f: Fake, long: bool | None = None) -> str:
    year = f.r.randint(1940, 2012)
    body = f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 999):03d}"
    ten = f.luhn_complete(body)
    long = f.r.random() < 0.5 if long is None else long
    if long:
        return f.pick([f"{year // 100}{ten}", f"{year // 100}{ten[:6]}-{ten[6:]}"])
    return f"{ten[:6]}-{ten[6:]}"


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.pick([4, 6, 7])] + [f.r.randint(0, 9) for _ in range(8)]
        check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, d)) + str(check)
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def ssn(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def mbi(f: Fake) -> str:
    letters = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]
    alnum = letters + list(string.digits)
    r = f.r
    c = [
        str(r.randint(1, 9)),
        r.choice(letters),
        r.choice(alnum),
        str(r.randint(0, 9)),
        r.choice(letters),
        r.choice(alnum),
        str(r.randint(0, 9)),
        r.choice(letters),
        r.choice(letters),
        str(r.randint(0, 9)),
        str(r.randint(0, 9)),
    ]
    s = "".join(c)
    return f.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def member_id(f: Fake) -> str:
    return f.pick(
        [
            "".join(f.pick(string.ascii_uppercase) for _ in range(3)) + f.digits(9),
            "W" + f.digits(9),
            f.digits(9) + "-0" + str(f.r.randint(1, 4)),
            "ZGP" + f.digits(8) + "01",
        ]
    )


def npi(f: Fake) -> str:
    nine = "1" + f.digits(8)
    return nine + f.luhn_complete("80840" + nine)[-1]


def mrn(f: Fake) -> str:
    return f.pick(["MRN" + f.digits(8), f.digits(7), "E" + f.digits(9)])


def iban_se(f: Fake) -> str:
    bban = f.pick(["500", "800", "600", "300", "957"]) + "".join(str(f.r.randint(0, 9)) for _ in range(17))
    numeric = "".join(str(int(c, 36)) for c in bban + "SE00")
    raw = f"SE{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, 24, 4))


def uk_account(f: Fake) -> str:
    return f.digits(8)


def sort_code(f: Fake) -> str:
    bank = f.pick(["20", "40", "60", "30", "09", "77", "83"])
    return f"{bank}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def us_dl(f: Fake) -> str:
    return f.pick(
        ["D" + f.digits(7), f.pick(string.ascii_uppercase) + f.digits(12), f.digits(9), "S" + f.digits(8)]
    )


def e164(phone: str, region: str) -> str:
    """A phone number as Twilio reports it."""
    digits = "".join(c for c in phone if c.isdigit())
    if phone.startswith("+"):
        return "+" + digits
    if region == "US":
        return "+1" + digits
    return {"UK": "+44", "SE": "+46"}[region] + digits.lstrip("0")


def ts(f: Fake) -> str:
    return f.iso()


def iso_date(f: Fake, y0=2024, y1=2025) -> str:
    return f"{f.r.randint(y0, y1)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def sha256(f: Fake, text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def sid(f: Fake, prefix: str) -> str:
    return prefix + f.hexid(32)


def local_slot(f: Fake) -> str:
    return f"{iso_date(f)}T{f.r.randint(8, 17):02d}:{f.pick(['00', '15', '30', '45'])}:00"


# fmt: off
DIAGNOSES = [
    "Type 2 diabetes mellitus without complications", "Essential (primary) hypertension",
    "Mild persistent asthma", "Migraine without aura", "Hypothyroidism, unspecified",
    "Generalized anxiety disorder", "Iron deficiency anaemia", "Gastro-oesophageal reflux disease",
    "Atrial fibrillation", "Low back pain",
]
# fmt: on
# fmt: off
PROCEDURES = [
    "ECG", "spirometry", "skin biopsy", "cervical screening", "ear irrigation", "flu vaccination",
    "INR check", "blood pressure check",
]
# fmt: on

# -- clinical vocabularies (values only) ----------------------------------------------------------

# fmt: off
CONDITIONS = [
    "type 2 diabetes", "hypertension", "asthma", "migraine", "hypothyroidism", "COPD",
    "atrial fibrillation", "endometriosis", "psoriasis", "GERD", "chronic back pain", "sleep apnea",
    "rheumatoid arthritis", "eczema",
]
# fmt: on
# fmt: off
SYMPTOMS = [
    "chest tightness", "shortness of breath", "dizziness", "a rash on my arms", "palpitations",
    "headaches every morning", "swollen ankles", "a persistent cough", "blurred vision",
    "stomach pain after eating", "night sweats", "numbness in my left hand",
]
# fmt: on
# fmt: off
MEDS = [
    ("metformin", "500 mg", "860975"), ("amlodipine", "5 mg", "197361"), ("sertraline", "50 mg", "312940"),
    ("levothyroxine", "75 mcg", "966224"), ("salbutamol inhaler", "100 mcg", "245314"),
    ("atorvastatin", "20 mg", "617312"), ("omeprazole", "20 mg", "402014"),
    ("lisinopril", "10 mg", "314076"), ("apixaban", "5 mg", "1364445"), ("sumatriptan", "50 mg", "313173"),
    ("fluoxetine", "20 mg", "310385"), ("methotrexate", "2.5 mg", "105585"),
]
# fmt: on
# fmt: off
ICD10 = [
    "E11.9", "I10", "J45.909", "G43.909", "E03.9", "J44.9", "I48.91", "N80.9", "L40.0", "K21.9", "M54.50",
    "G47.33", "F41.1", "F32.1",
]
# fmt: on
# fmt: off
LABS = [
    ("HbA1c", "4548-4", "mmol/mol", "20-41", 30, 75),
    ("Glucose, fasting", "1558-6", "mg/dL", "70-99", 70, 180),
    ("TSH", "3016-3", "mIU/L", "0.4-4.0", 0.1, 9.0),
    ("Total cholesterol", "2093-3", "mg/dL", "<200", 140, 290),
    ("Hemoglobin", "718-7", "g/dL", "12.0-15.5", 8.5, 17.0),
    ("Creatinine", "2160-0", "mg/dL", "0.6-1.2", 0.5, 2.4),
    ("Vitamin D, 25-OH", "1989-3", "ng/mL", "30-100", 8, 70),
    ("Ferritin", "2276-4", "ng/mL", "15-150", 4, 400), ("PSA", "2857-1", "ng/mL", "<4.0", 0.2, 9.5),
    ("ALT", "1742-6", "U/L", "7-56", 9, 140),
]
# fmt: on
# fmt: off
SPECIALTIES = [
    "Cardiology", "Dermatology", "Gastroenterology", "Rheumatology", "Respiratory medicine", "Gynaecology",
    "Endocrinology", "Neurology", "Urology", "Oncology", "Psychiatry", "Orthopaedics",
]
# fmt: on
# fmt: off
CLINICS = {
    "US": [
        "Carebridge Lakeshore Primary Care", "Carebridge Westside Cardiology",
        "Carebridge Midtown Imaging", "Carebridge Urgent Care - Oak Park",
    ],
    "UK": [
        "Riverside Surgery", "St Ann's Outpatients", "Carebridge Leeds Community Clinic",
        "Victoria Health Centre",
    ],
    "SE": [
        "Vårdcentralen Solna", "Carebridge Södermalm", "Närakuten Göteborg City", "Vårdcentralen Husie",
    ],
}
# fmt: on
# fmt: off
PHARMACIES = [
    "Walgreens #04127", "CVS Pharmacy #8812", "Boots Leeds Trinity", "Lloyds Pharmacy Cardiff Bay",
    "Apoteket Hjärtat Sveavägen", "Kronans Apotek Nordstan", "Rite Aid #3310",
]
# fmt: on
# fmt: off
PETS = [
    "Biscuit", "Luna", "Max", "Mochi", "Pepper", "Ziggy", "Nala", "Bella", "Oscar", "Teddy", "Kiwi",
    "Rocky", "Clementine", "Loki", "Poppy", "Sir Wigglesworth", "Bao", "Charlie",
]
# fmt: on
# fmt: off
BREEDS = {
    "dog": [
        "Labrador Retriever", "French Bulldog", "Cockapoo", "German Shepherd", "Dachshund", "mixed",
    ],
    "cat": [
        "Domestic Shorthair", "Maine Coon", "Siamese", "Ragdoll",
    ],
    "rabbit": [
        "Holland Lop", "Netherland Dwarf",
    ],
}
# fmt: on
# fmt: off
VET_CLINICS = [
    ("Pawsome Vet Clapham", "London"), ("Pawsome Vet Mission", "San Francisco"),
    ("Pawsome Vet Richmond", "Melbourne"), ("Pawsome Vet Leslieville", "Toronto"),
    ("Pawsome Vet Didsbury", "Manchester"),
]
# fmt: on


# -- free text; every value of a PII-labelled text carries its type ------------------------------


def visit_reason(f: HFake) -> str:
    c, s = f.pick(CONDITIONS), f.pick(SYMPTOMS)
    return f.pick(
        [
            f"{c} follow-up",
            f"{s} for two weeks",
            f"Review of {c} medication",
            f"New patient - {c}",
            f"{s.capitalize()}",
            f"Annual review ({c})",
        ]
    )


def clinician_message(f: HFake) -> str:
    c, s, m = f.pick(CONDITIONS), f.pick(SYMPTOMS), f.pick(MEDS)[0]
    return f.pick(
        [
            f"Hi, I've had {s} since {f.pick(['Monday', 'the weekend'])}. Is that normal with my {c}?",
            f"Since starting {m} I keep getting {s}. Should I stop taking it?",
            f"My {c} is flaring up again, can I get an earlier appointment?",
            f"Hello {f.staff_name()}, quick question about the {m} dose, I still have {s}.",
            f"Following up on my {c} bloods. Still getting {s}.",
        ]
    )


def phone_note(f: HFake) -> str:
    p = f.person.phone
    return f.pick(
        [
            f"Please call my mobile {p} rather than the landline",
            f"Running late, text {p}",
            f"My carer will attend, reach her on {phone_for(f, f.region)}",
            f"If anything changes call {p} after 3pm",
            f"Best number is {p}",
        ]
    )


def therapy_reason(f: HFake) -> str:
    return f.pick(
        [
            "Anxiety at work and trouble sleeping",
            "Panic attacks on the tube since March",
            "Low mood after my divorce, some days I can't get out of bed",
            "Grief and insomnia since my dad died in January",
            "I think I have ADHD and it's affecting my relationship",
            "Postnatal depression",
            "Drinking more than I'd like to",
            "Social anxiety, intrusive thoughts",
            "Burnout and constant worry",
            "OCD - checking rituals getting worse",
        ]
    )


def journal_note(f: HFake) -> str:
    return f.pick(
        [
            "Couldn't sleep again, mind racing",
            "Had a panic attack before the meeting",
            f"Argued with {f.other.first}, felt hopeless after",
            "Felt numb and detached most of the day, dissociating again",
            "Anxious all morning, better after a walk",
            "Low mood, skipped lunch, cried in the car",
            "Intrusive thoughts came back tonight",
            "Binged after work and felt awful",
        ]
    )


def cycle_note(f: HFake) -> str:
    return f.pick(
        [
            "Cramps all afternoon, took ibuprofen",
            "Spotting again mid-cycle",
            "Heavy flow + back pain",
            "Bloated and headache",
            "Nausea this morning, tested tomorrow?",
            "Migraine day 2 of period",
            "Tender breasts, mild cramps",
            "Acne flare before period",
        ]
    )


def pet_message(f: HFake) -> str:
    p = f.pick(PETS)
    return f.pick(
        [
            f"Does {p} need a booster before kennels in August?",
            f"{p} has been scratching his ears a lot, can we get seen this week?",
            "Do you stock the renal diet food for cats?",
            f"What time does the clinic close on Saturdays? {p} hates mornings.",
            "Is the puppy vaccination package still available?",
            f"{p} ate half a chocolate bar, what should we watch for?",
        ]
    )


def feedback_text(f: HFake) -> str:
    return f.pick(
        [
            "Parking was a nightmare",
            "Very kind nurse on ward 7",
            "Waited 40 minutes past my slot",
            "Easy to book online, thanks",
            "The video link didn't work on Safari",
            "Reception were great",
            "Please add evening appointments",
        ]
    )


# -- contexts -----------------------------------------------------------------------------------

UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.113 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
SITES = {
    "carebridge": {
        "US": "https://my.carebridgehealth.com",
        "UK": "https://my.carebridge.nhs.uk",
        "SE": "https://mina.carebridge.se",
        "pages": [
            ("/", "Home | Carebridge"),
            ("/appointments", "Appointments | Carebridge"),
            ("/appointments/book", "Book an appointment | Carebridge"),
            ("/results", "Test results | Carebridge"),
            ("/messages", "Messages | Carebridge"),
            ("/prescriptions", "Prescriptions | Carebridge"),
            ("/billing", "Billing | Carebridge"),
            ("/profile/contacts", "Contacts | Carebridge"),
        ],
    },
    "pawsome": {
        "XX": "https://www.pawsomevet.com",
        "pages": [
            ("/", "Pawsome Vet - friendly vets near you"),
            ("/book", "Book an appointment - Pawsome Vet"),
            ("/clinics", "Find a clinic - Pawsome Vet"),
            ("/shop/food", "Pet food - Pawsome Vet"),
            ("/contact", "Contact us - Pawsome Vet"),
            ("/checkout", "Checkout - Pawsome Vet"),
        ],
    },
    "bloom": {
        "XX": "https://shop.bloomcycle.app",
        "pages": [
            ("/", "Bloom Shop"),
            ("/collections/ovulation-tests", "Ovulation tests - Bloom Shop"),
            ("/products/prenatal-plus", "Prenatal+ - Bloom Shop"),
            ("/cart", "Your cart - Bloom Shop"),
        ],
    },
    "stillwater": {
        "XX": "https://www.stillwater.health",
        "pages": [
            ("/", "Stillwater - therapy that fits your life"),
            ("/get-started", "Get started - Stillwater"),
            ("/pricing", "Pricing - Stillwater"),
            ("/for-employers", "For employers - Stillwater"),
        ],
    },
}


def choose_page(f: HFake, brand: str) -> dict:
    site = SITES[brand]
    base = site.get(f.region, site.get("XX")) or site["US"]
    path, title = f.pick(site["pages"])
    search = f.pick(["", "", "?utm_source=newsletter&utm_medium=email", "?ref=sms", "?lang=en"])
    return {
        "path": path,
        "title": title,
        "url": base + path + search,
        "search": search,
        "referrer": f.pick(
            ["", "https://www.google.com/", "https://www.bing.com/", "https://l.facebook.com/", base + "/"]
        ),
        "name": title.split(" | ")[0].split(" - ")[0],
    }


def web_context(f: HFake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.page["path"]),
            "referrer": G(lambda f: f.page["referrer"]),
            "search": G(lambda f: f.page["search"]),
            "title": G(lambda f: f.page["title"]),
            "url": G(lambda f: f.page["url"]),
        },
        "userAgent": G(lambda f: f.pick(UAS_DESKTOP)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(
            lambda f: {"US": "en-US", "UK": "en-GB", "SE": "sv-SE"}.get(
                f.region, f.pick(["en-AU", "en-CA", "en-IE"])
            )
        ),
        "timezone": G(
            lambda f: {"US": "America/Chicago", "UK": "Europe/London", "SE": "Europe/Stockholm"}.get(
                f.region, f.pick(["Australia/Sydney", "America/Toronto"])
            )
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["flu_shots_2024", "portal_onboarding", "spring_wellbeing", "puppy_pack", "summer_sale"]
                )
            ),
            "source": G(lambda f: f.pick(["newsletter", "google", "sms"])),
            "medium": G(lambda f: f.pick(["email", "cpc", "text"])),
        },
    }


def swift_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Carebridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1", "6.5.2"])),
            "build": G(lambda f: f.pick(["6400", "6510", "6521"])),
            "namespace": G(lambda f: "com.carebridge.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: {"US": "en-US", "UK": "en-GB", "SE": "sv-SE"}.get(f.region, "en-US")),
        "timezone": G(
            lambda f: {"US": "America/New_York", "UK": "Europe/London", "SE": "Europe/Stockholm"}.get(
                f.region, "UTC"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "cb_" + f.digits(8)),
            "email": Y(lambda f: f.person.email, "email"),
            "firstName": Y(lambda f: f.person.first, "name"),
        },
    }


def kotlin_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Carebridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640012", "651003"])),
            "namespace": G(lambda f: "com.carebridge.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5913L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "EE", "Telia", "Vodafone UK", "Tele2"])),
        },
        "locale": G(lambda f: {"US": "en-US", "UK": "en-GB", "SE": "sv-SE"}.get(f.region, "en-US")),
        "timezone": G(
            lambda f: {"US": "America/Denver", "UK": "Europe/London", "SE": "Europe/Stockholm"}.get(
                f.region, "UTC"
            )
        ),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S918B", "Pixel 8"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "cb_" + f.digits(8)),
            "email": Y(lambda f: f.person.email, "email"),
            "firstName": Y(lambda f: f.person.first, "name"),
            "phone": Y(lambda f: f.person.phone, "phone"),
        },
    }


def rn_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Stillwater"),
            "version": G(lambda f: f.pick(["3.12.0", "3.13.2", "3.14.0"])),
            "build": G(lambda f: f.pick(["1204", "1311", "1402"])),
            "namespace": G(lambda f: "health.stillwater.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991U", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-AU", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "Australia/Melbourne"])),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "sw_" + f.hexid(12)),
            "firstName": Y(lambda f: f.person.first, "name"),
            "email": Y(lambda f: f.person.email, "email"),
        },
    }


def flutter_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Bloom"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.9.3"])),
            "build": G(lambda f: f.pick(["480", "491", "493"])),
            "namespace": G(lambda f: "app.bloomcycle"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145F", "22101316G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.pick([f.uuid().upper(), f.uuid()]), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 720])), "height": G(lambda f: f.pick([844, 1600]))},
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR", "de-DE", "en-IN"])),
        "timezone": G(
            lambda f: f.pick(["America/Sao_Paulo", "Europe/Berlin", "Asia/Kolkata", "America/New_York"])
        ),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.2"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]

    def make(f: HFake):
        ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php", "ruby", "dotnet"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS_DESKTOP))
        if client in ("node", "dotnet", "java"):
            ctx["locale"] = G(lambda f: {"US": "en-US", "UK": "en-GB", "SE": "sv-SE"}.get(f.region, "en"))
        if client == "python":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.person.email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "php":
            ctx["page"] = {"url": G(lambda f: f.page["url"]), "referrer": G(lambda f: f.page["referrer"])}
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{c: server_context(c) for c in SERVER_LIBS},
}


# -- shared property blocks ---------------------------------------------------------------------


def page_props():
    return {
        "path": G(lambda f: f.page["path"]),
        "url": G(lambda f: f.page["url"]),
        "title": G(lambda f: f.page["title"]),
        "referrer": G(lambda f: f.page["referrer"]),
        "search": G(lambda f: f.page["search"]),
        "name": G(lambda f: f.page["name"]),
    }


def shop_product(brand: str):
    items = {
        "bloom": [
            ("Ovulation Test Strips x40", "BLM-OV40", "Tests", 24.0),
            ("Prenatal+ Vitamins 60ct", "BLM-PN60", "Supplements", 29.0),
            ("Pregnancy Test Duo", "BLM-PT02", "Tests", 12.5),
            ("Bloom Premium 12 months", "BLM-PREM12", "Subscription", 59.99),
            ("Basal Thermometer", "BLM-BBT1", "Devices", 19.0),
        ],
        "pawsome": [
            ("Renal Care Cat Food 2kg", "PV-RC2K", "Food", 32.5),
            ("Flea & Tick Spot-On 3pk", "PV-FT3", "Parasite control", 27.0),
            ("Dental Chews Large", "PV-DCL", "Treats", 9.99),
            ("Joint Support Chews", "PV-JSC", "Supplements", 21.0),
        ],
    }[brand]

    def pick(f, i):
        return f.pick(items)[i]

    return {
        "product_id": G(lambda f: f.digits(10)),
        "sku": G(lambda f: pick(f, 1) + "-" + f.pick(["A", "B", "C"])),
        "name": G(lambda f: pick(f, 0)),
        "category": G(lambda f: pick(f, 2)),
        "brand": G(lambda f: {"bloom": "Bloom", "pawsome": "Pawsome Vet"}[brand]),
        "price": G(lambda f: pick(f, 3)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def shipping_address():
    return {
        "name": Y(lambda f: f.person.full, "name"),
        "street": Y(lambda f: f.person.street, "street|address"),
        "city": Y(lambda f: f.person.city, "city"),
        "postal_code": Y(lambda f: f.person.postcode, "zipcode"),
        "country": G(lambda f: f.person.country),
    }


# -- events: (kind, event or screen/page name, clients, regions, count, body) ---------------------

US, UK, SE, XX = ["US"], ["UK"], ["SE"], ["XX"]
ALL3 = ["US", "UK", "SE"]

CAREBRIDGE = [
    ("page", None, ["web"], ALL3, 90, page_props()),
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        ["US", "UK"],
        40,
        {
            "email": Y(lambda f: f.person.email, "email"),
            "name": Y(lambda f: f.person.full, "name"),
            "firstName": Y(lambda f: f.person.first, "name"),
            "lastName": Y(lambda f: f.person.last, "name"),
            "phone": Y(lambda f: f.person.phone, "phone"),
            "birthday": Y(lambda f: f.person.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.person.street, "street|address"),
                "city": Y(lambda f: f.person.city, "city"),
                "state": G(lambda f: f.person.state),
                "postalCode": Y(lambda f: f.person.postcode, "zipcode"),
                "country": G(lambda f: f.person.country),
            },
            "createdAt": G(lambda f: f.iso()),
            "portalRegion": G(lambda f: f.region),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "pl", "ur", "vi"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "contactPreference": G(lambda f: f.pick(["email", "sms", "phone", "post"])),
            "hasProxyAccess": G(lambda f: f.pick([True, False])),
            "primaryClinic": G(lambda f: f.pick(CLINICS[f.region])),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web", "swift", "kotlin"],
        ["US", "UK"],
        40,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "appointment_type": G(
                lambda f: f.pick(["new_patient", "follow_up", "annual_physical", "vaccination"])
            ),
            "clinic_name": G(lambda f: f.pick(CLINICS[f.region])),
            "clinic_id": G(lambda f: f.r.randint(100, 480)),
            "clinician_name": Y(lambda f: f.staff_name(), "name"),
            "clinician_id": G(lambda f: "prov_" + f.digits(6)),
            "slot_start": G(lambda f: local_slot(f)),
            "duration_minutes": G(lambda f: f.pick([10, 15, 20, 30, 45])),
            "modality": G(lambda f: f.pick(["in_person", "video", "phone"])),
            "reason_for_visit": Y(visit_reason, "condition"),
            "booked_via": G(lambda f: f.pick(["portal", "app", "reminder_link"])),
            "is_new_patient": G(lambda f: f.pick([True, False])),
            "interpreter_needed": G(lambda f: f.pick([True, False])),
            "interpreter_language": G(
                lambda f: f.pick(["none", "Spanish", "Polish", "Urdu", "Vietnamese", "BSL"])
            ),
            "wheelchair_access_required": RED(lambda f: f.pick([True, False]), "disability"),
            "notes": Y(phone_note, "phone", True),
            "slots_shown": G(lambda f: f.r.randint(3, 40)),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        ["swift", "kotlin"],
        ALL3,
        24,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "cancel_reason": G(
                lambda f: f.pick(["feeling_better", "scheduling_conflict", "transport", "booked_elsewhere"])
            ),
            "hours_before": G(lambda f: f.r.randint(1, 240)),
            "rebooked": G(lambda f: f.pick([True, False])),
            "late_cancellation_fee": G(lambda f: f.pick([0, 0, 25, 50])),
        },
    ),
    (
        "track",
        "ReferralCreated",
        ["dotnet"],
        UK,
        26,
        {
            "ReferralId": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "Ubrn": G(lambda f: f.digits(12)),
            "PatientNhsNumber": RED(nhs_number, "health id|national id"),
            "PatientFullName": Y(lambda f: f.person.full, "name"),
            "PatientDateOfBirth": Y(lambda f: f.person.dob + "T00:00:00", "birthdate"),
            "ReferringGpName": Y(lambda f: f.staff_name(), "name"),
            "GpPracticeOdsCode": G(lambda f: f.pick("ABCDFGHJKLMNPY") + f.digits(5)),
            "Specialty": RED(lambda f: f.pick(SPECIALTIES), "condition|health"),
            "Priority": G(lambda f: f.pick(["Routine", "Urgent"])),
            "ServiceId": G(lambda f: f.r.randint(10000, 99999)),
            "CreatedUtc": G(lambda f: f.iso()),
            "Source": G(lambda f: f.pick(["eRS", "Portal", "Fax"])),
            "AttachmentCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "AppointmentReminderSent",
        ["dotnet"],
        UK,
        22,
        {
            "AppointmentId": G(lambda f: f.uuid()),
            "PatientMobile": Y(lambda f: f.person.phone, "phone"),
            "Channel": G(lambda f: f.pick(["Sms", "Email", "NhsApp"])),
            "TemplateName": G(lambda f: f.pick(["reminder_48h", "reminder_2h", "video_link"])),
            "SentUtc": G(lambda f: f.iso()),
            "ProviderMessageId": G(lambda f: f.uuid()),
            "Segments": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        UK,
        22,
        {
            "NhsNumber": RED(nhs_number, "health id|national id"),
            "GivenName": Y(lambda f: f.person.first, "name"),
            "FamilyName": Y(lambda f: f.person.last, "name"),
            "DateOfBirth": Y(lambda f: f.person.dob, "birthdate"),
            "Postcode": Y(lambda f: f.person.postcode, "zipcode"),
            "MobileNumber": Y(lambda f: f.person.phone, "phone"),
            "GpPractice": G(lambda f: f.pick(CLINICS["UK"])),
            "NhsLoginVerified": G(lambda f: f.pick([True, False])),
            "IdentityLevel": G(lambda f: f.pick(["P0", "P5", "P9"])),
        },
    ),
    (
        "track",
        "Test Result Viewed",
        ["web", "swift", "kotlin"],
        ["US", "UK"],
        40,
        {
            "result_id": G(lambda f: f.uuid()),
            "test_name": Y(lambda f: f.lab[0], "procedure"),
            "loinc_code": Y(lambda f: f.lab[1], "procedure"),
            "result_value": RED(lambda f: round(f.r.uniform(f.lab[4], f.lab[5]), 1), "health"),
            "unit": G(lambda f: f.lab[2]),
            "reference_range": G(lambda f: f.lab[3]),
            "abnormal_flag": RED(lambda f: f.pick(["H", "L", "N", "N"]), "condition|health"),
            "result_status": G(lambda f: f.pick(["final", "preliminary", "corrected"])),
            "released_at": G(lambda f: f.iso()),
            "view_count": G(lambda f: f.r.randint(1, 9)),
            "ordering_clinician": Y(lambda f: f.staff_name(), "name"),
            "has_clinician_comment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Prescription Refill Requested",
        ["web", "swift", "kotlin"],
        ["US", "UK"],
        34,
        {
            "prescription_id": G(lambda f: "rx_" + f.digits(9)),
            "medication_name": Y(lambda f: f.med[0], "medication"),
            "dosage": Y(lambda f: f.med[1], "medication"),
            "rxnorm_code": Y(lambda f: f.med[2], "medication"),
            "quantity": G(lambda f: f.pick([28, 30, 56, 90])),
            "refills_remaining": G(lambda f: f.r.randint(0, 5)),
            "days_supply": G(lambda f: f.pick([28, 30, 90])),
            "pharmacy": {
                "name": G(lambda f: f.pick(PHARMACIES)),
                "ncpdp_id": G(lambda f: f.digits(7)),
                "phone": G(
                    lambda f: f.pick(["(312) 555-0148", "0113 245 0191", "+1 617 555 0102", "029 2048 1144"])
                ),
                "city": G(lambda f: f.pick(["Chicago", "Leeds", "Boston", "Cardiff"])),
            },
            "prescriber_name": Y(lambda f: f.staff_name(), "name"),
            "prescriber_npi": Y(npi, "identification"),
            "home_delivery": G(lambda f: f.pick([True, False])),
            "controlled_substance": G(lambda f: False),
        },
    ),
    (
        "track",
        "Prescription Delivery Scheduled",
        ["node"],
        UK,
        20,
        {
            "delivery_id": G(lambda f: "dlv_" + f.hexid(10)),
            "prescription_id": G(lambda f: "rx_" + f.digits(9)),
            "recipient": {
                "name": Y(lambda f: f.pick([f.person.full, f.other.full]), "name"),
                "phone": Y(lambda f: f.person.phone, "phone"),
                "address_line1": Y(lambda f: f.person.street, "address|street"),
                "postcode": Y(lambda f: f.person.postcode, "zipcode"),
            },
            "safe_place": G(lambda f: f.pick(["porch", "with neighbour", "none", "garage"])),
            "delivery_window": G(lambda f: f.pick(["08:00-12:00", "12:00-17:00", "17:00-21:00"])),
            "courier": G(lambda f: f.pick(["Royal Mail Tracked 24", "DPD", "Evri"])),
            "signature_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Card Added",
        ["java"],
        US,
        28,
        {
            "payerName": G(
                lambda f: f.pick(
                    ["Aetna", "Blue Cross Blue Shield of Illinois", "UnitedHealthcare", "Medicare", "Cigna"]
                )
            ),
            "planName": G(
                lambda f: f.pick(["Choice POS II", "PPO Gold 1500", "Medicare Part B", "HMO Silver"])
            ),
            "memberId": RED(member_id, "health id"),
            "groupNumber": G(lambda f: f.digits(6) + f.pick(["", "-010", "-A01"])),
            "subscriberName": Y(lambda f: f.pick([f.person.full, f.other.full]), "name"),
            "subscriberDob": Y(lambda f: f.pick([f.person.dob, f.other.dob]), "birthdate"),
            "relationshipToSubscriber": G(lambda f: f.pick(["self", "spouse", "child", "other"])),
            "medicareMbi": RED(mbi, "health id"),
            "rxBin": G(lambda f: f.pick(["610014", "004336", "610502", "003858"])),
            "rxPcn": G(lambda f: f.pick(["ADV", "MEDDADV", "A4", "9999"])),
            "cardImagesUploaded": G(lambda f: f.r.randint(0, 2)),
            "eligibilityStatus": G(lambda f: f.pick(["active", "inactive", "pending"])),
            "verifiedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Copay Paid",
        ["web"],
        US,
        28,
        {
            "statement_id": G(lambda f: "ST-" + f.digits(8)),
            "amount": G(lambda f: f.pick([20, 25, 35, 40, 75.5, 120.0])),
            "currency": G(lambda f: "USD"),
            "payment_intent_id": G(lambda f: "pi_3P" + f.hexid(22)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["414720", "546616", "371449", "601100"])),
            "billing_postal_code": Y(lambda f: f.person.postcode, "zipcode"),
            "hsa_fsa_card": G(lambda f: f.pick([True, False])),
            "saved_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["python"],
        US,
        22,
        {
            "verification_id": G(lambda f: f.uuid()),
            "vendor": G(lambda f: f.pick(["id.me", "persona", "clear"])),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "ssn": RED(ssn, "social security number"),
            "dob": Y(lambda f: f.person.dob, "birthdate"),
            "drivers_license_number": Y(us_dl, "license"),
            "drivers_license_state": G(lambda f: f.person.state),
            "document_type": G(lambda f: f.pick(["drivers_license", "passport", "state_id"])),
            "match_score": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "passed": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Next of Kin Updated",
        ["web", "swift"],
        ALL3,
        26,
        {
            "next_of_kin": {
                "full_name": Y(lambda f: f.other.full, "name"),
                "relationship": G(
                    lambda f: f.pick(["spouse", "partner", "mother", "son", "daughter", "friend", "carer"])
                ),
                "phone": Y(lambda f: f.other.phone, "phone"),
                "email": Y(lambda f: f.other.email, "email"),
                "address": Y(lambda f: f"{f.other.street}, {f.other.city} {f.other.postcode}", "address"),
            },
            "is_emergency_contact": G(lambda f: f.pick([True, False])),
            "can_receive_results": G(lambda f: f.pick([True, False])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Dependant Linked",
        ["web"],
        UK,
        18,
        {
            "dependant_name": Y(lambda f: f.other.first + " " + f.person.last, "name"),
            "dependant_dob": Y(lambda f: iso_date(f, 2008, 2023), "birthdate"),
            "dependant_nhs_number": RED(nhs_number, "health id|national id"),
            "relationship": G(lambda f: f.pick(["parent", "guardian", "carer"])),
            "consent_form_signed": G(lambda f: f.pick([True, False])),
            "access_level": G(lambda f: f.pick(["full", "appointments_only", "read_only"])),
        },
    ),
    (
        "track",
        "Visit Summary Viewed",
        ["web", "swift", "kotlin"],
        ["US", "UK"],
        28,
        {
            "visit_id": G(lambda f: f.uuid()),
            "visit_date": G(lambda f: iso_date(f)),
            "diagnosis_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 3),
            "primary_diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "procedures": Many(Y(lambda f: f.pick(PROCEDURES), "procedure"), 2),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "latex", "peanuts", "sulfa drugs", "codeine"]), "allergy"),
                2,
            ),
            "allergies_count": G(lambda f: f.r.randint(0, 4)),
            "follow_up_weeks": G(lambda f: f.pick([0, 2, 4, 6, 12])),
            "summary_pages": G(lambda f: f.r.randint(1, 6)),
            "downloaded_pdf": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent to Clinician",
        ["web", "swift", "kotlin"],
        ["US", "UK"],
        34,
        {
            "thread_id": G(lambda f: "thr_" + f.hexid(10)),
            "message_id": G(lambda f: f.uuid()),
            "recipient_team": G(lambda f: f.pick(["GP reception", "Care team", "Nurse line", "Billing"])),
            "recipient_clinician": Y(lambda f: f.staff_name(), "name"),
            "subject": G(
                lambda f: f.pick(
                    ["Question about my results", "Repeat prescription", "Follow-up", "Sick note"]
                )
            ),
            "body": Y(clinician_message, "condition", True),
            "attachment_count": G(lambda f: f.r.randint(0, 3)),
            "marked_urgent": G(lambda f: f.pick([True, False])),
            "char_count": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        ["US", "UK"],
        24,
        {
            "q": Y(
                lambda f: f.pick(
                    [f.person.full, f.person.last + ", " + f.person.first, f.person.full.lower()]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "scope": G(lambda f: f.pick(["all_patients", "my_list", "today"])),
            "search_ms": G(lambda f: f.r.randint(40, 900)),
            "staff_role": G(lambda f: f.pick(["receptionist", "nurse", "physician", "admin"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ALL3,
        26,
        {
            "form_id": G(lambda f: f.pick(["registration", "contact_details", "nok"])),
            "field_name": G(lambda f: f.pick(["mobile", "home_phone", "work_phone", "emergency_phone"])),
            "value": Y(lambda f: phone_for(f, f.region), "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 30000)),
            "corrections": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Option Selected",
        ["web"],
        ["US", "UK"],
        20,
        {
            "field": G(lambda f: f.pick(["preferred_clinician", "usual_doctor"])),
            "label": Y(
                lambda f: f.staff_name() + f.pick(["", " (" + f.pick(CLINICS[f.region]) + ")"]), "name", True
            ),
            "option_index": G(lambda f: f.r.randint(0, 12)),
            "options_count": G(lambda f: f.r.randint(3, 20)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["web", "swift"],
        ["US", "UK"],
        18,
        {
            "survey_id": G(lambda f: "nps_" + f.digits(4)),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(feedback_text),
            "clinic_name": G(lambda f: f.pick(CLINICS[f.region])),
        },
    ),
    (
        "screen",
        "Results",
        ["swift", "kotlin"],
        ["US", "UK"],
        30,
        {
            "tab": G(lambda f: f.pick(["recent", "all", "imaging"])),
            "unread_results": G(lambda f: f.r.randint(0, 6)),
            "from_push": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Video Visit Joined",
        ["swift", "kotlin", "web"],
        ["US", "UK"],
        22,
        {
            "visit_id": G(lambda f: f.uuid()),
            "room_sid": G(lambda f: sid(f, "RM")),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "network_quality": G(lambda f: f.r.randint(1, 5)),
            "wait_seconds": G(lambda f: f.r.randint(0, 1800)),
            "camera_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lab Order Resulted",
        ["go"],
        US,
        24,
        {
            "order_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "accession_number": G(lambda f: f.pick(["A", "LC", "Q"]) + f.digits(9)),
            "patient_mrn": RED(mrn, "health id"),
            "panel_code": Y(lambda f: f.pick(["CMP", "LIPID", "CBC", "TSH", "HBA1C", "UA"]), "procedure"),
            "specimen_type": G(lambda f: f.pick(["blood", "serum", "urine"])),
            "result_count": G(lambda f: f.r.randint(1, 24)),
            "critical": RED(lambda f: f.pick([False, False, False, True]), "condition|health"),
            "turnaround_hours": G(lambda f: round(f.r.uniform(2, 96), 1)),
            "performing_lab": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "Carebridge Core Lab"])),
            "hl7_message_control_id": G(lambda f: f.digits(14)),
        },
    ),
    (
        "track",
        "Patient Record Synced",
        ["go"],
        UK,
        20,
        {
            "resource": {
                "resourceType": G(lambda f: "Patient"),
                "id": G(lambda f: f.uuid()),
                "identifier": Many(
                    {
                        "system": G(lambda f: "https://fhir.nhs.uk/Id/nhs-number"),
                        "value": RED(nhs_number, "health id|national id", True),
                    },
                    1,
                ),
                "name": Many(
                    {
                        "use": G(lambda f: "official"),
                        "family": Y(lambda f: f.person.last, "name"),
                        "given": Many(Y(lambda f: f.person.first, "name"), 1),
                        "prefix": G(lambda f: f.pick(["Mr", "Mrs", "Ms", "Mx", "Dr"])),
                    },
                    1,
                ),
                "telecom": Many(
                    {
                        "system": G(lambda f: "phone"),
                        "value": Y(lambda f: f.person.phone, "phone", True),
                        "use": G(lambda f: f.pick(["mobile", "home"])),
                    },
                    2,
                ),
                "gender": Y(lambda f: f.pick(["female", "male", "other", "unknown"]), "gender"),
                "birthDate": Y(lambda f: f.person.dob, "birthdate"),
                "address": Many(
                    {
                        "line": Many(Y(lambda f: f.person.street, "street|address"), 1),
                        "city": Y(lambda f: f.person.city, "city"),
                        "postalCode": Y(lambda f: f.person.postcode, "zipcode"),
                        "country": G(lambda f: "GB"),
                    },
                    1,
                ),
                "meta": {
                    "versionId": G(lambda f: str(f.r.randint(1, 40))),
                    "lastUpdated": G(lambda f: f.iso()),
                },
            },
            "sync_source": G(lambda f: "PDS"),
            "changed_fields": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["go"],
        ["US", "UK"],
        16,
        {
            "endpoint": G(lambda f: f.pick(["/v2/appointments", "/v2/results", "/fhir/Patient"])),
            "status_code": G(lambda f: f.pick([401, 403, 500, 502, 504])),
            "error": G(lambda f: f.pick(["upstream timeout", "token expired", "invalid signature"])),
            "request_id": G(lambda f: f.uuid()),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        US,
        30,
        {
            "PATIENT_KEY": G(lambda f: f.r.randint(10**6, 10**7)),
            "EMAIL_ADDRESS": Y(lambda f: f.person.email, "email"),
            "FIRST_NAME": Y(lambda f: f.person.first, "name"),
            "LAST_NAME": Y(lambda f: f.person.last, "name"),
            "DATE_OF_BIRTH": Y(lambda f: f.person.dob, "birthdate"),
            "ZIP_CODE": Y(lambda f: f.person.postcode, "zipcode"),
            "EMAIL_SHA256": Y(lambda f: sha256(f, f.person.email), "email"),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(0, 140)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "PRIMARY_CARE_CLINIC": G(lambda f: f.pick(CLINICS["US"])),
            "PORTAL_ACTIVE_FLAG": G(lambda f: f.pick(["Y", "N"])),
            "PAYER_TYPE": G(lambda f: f.pick(["COMMERCIAL", "MEDICARE", "MEDICAID", "SELF_PAY"])),
            "AGE_BAND": G(lambda f: f.pick(["18-34", "35-44", "45-54", "55-64", "65+"])),
            "CHRONIC_CONDITION_FLAG": RED(lambda f: f.pick([0, 1]), "condition|health"),
            "DBT_MODEL_VERSION": G(lambda f: f.pick(["v14", "v15"])),
        },
    ),
]

SWEDEN = [
    (
        "identify",
        None,
        ["node"],
        SE,
        26,
        {
            "förnamn": Y(lambda f: f.person.first, "name"),
            "efternamn": Y(lambda f: f.person.last, "name"),
            "personnummer": RED(personnummer, "national id"),
            "adress": {
                "gatuadress": Y(lambda f: f.person.street, "street|address"),
                "postnummer": Y(lambda f: f.person.postcode, "zipcode"),
                "ort": Y(lambda f: f.person.city, "city"),
            },
            "telefon": Y(lambda f: f.person.phone, "phone"),
            "e_post": Y(lambda f: f.person.email, "email"),
            "län": G(lambda f: f.person.state),
            "listad_vardcentral": G(lambda f: f.pick(CLINICS["SE"])),
            "samtycke_sms": G(lambda f: f.pick([True, False])),
            "sprak": G(lambda f: f.pick(["sv", "en", "ar", "so", "fa"])),
        },
    ),
    (
        "track",
        "Tid Bokad",
        ["node"],
        SE,
        26,
        {
            "bokning_id": G(lambda f: f.uuid()),
            "personnummer": RED(personnummer, "national id"),
            "patient_namn": Y(lambda f: f.person.full, "name"),
            "vardenhet": G(lambda f: f.pick(CLINICS["SE"])),
            "vardenhet_hsa_id": G(lambda f: "SE2321000016-" + f.hexid(4).upper()),
            "besokstyp": G(
                lambda f: f.pick(["Läkarbesök", "Sjuksköterskebesök", "Distanskontakt video", "Provtagning"])
            ),
            "starttid": G(lambda f: local_slot(f)),
            "mobilnummer": Y(lambda f: f.person.phone, "phone"),
            "tolkbehov": G(lambda f: f.pick([True, False])),
            "tolksprak": G(lambda f: f.pick(["", "arabiska", "somaliska", "persiska", "tigrinja"])),
            "region": G(lambda f: f.pick(["Region Stockholm", "Västra Götalandsregionen", "Region Skåne"])),
        },
    ),
    (
        "track",
        "Provsvar Visat",
        ["node"],
        SE,
        22,
        {
            "provsvar_id": G(lambda f: f.digits(10)),
            "analys": Y(
                lambda f: f.pick(
                    ["P-Glukos", "B-HbA1c", "S-TSH", "P-Kolesterol", "B-Hemoglobin", "P-Ferritin"]
                ),
                "procedure",
            ),
            "resultat": RED(lambda f: round(f.r.uniform(2, 140), 1), "health"),
            "enhet": G(lambda f: f.pick(["mmol/L", "mmol/mol", "mIE/L", "g/L", "µg/L"])),
            "referensintervall": G(lambda f: f.pick(["4,0-6,0", "27-42", "0,4-4,0", "117-153"])),
            "avvikande": RED(lambda f: f.pick([True, False]), "condition|health"),
            "signerad_av": Y(lambda f: f.staff.full, "name"),
            "publicerad": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "BankID Signering",
        ["node"],
        SE,
        22,
        {
            "orderRef": G(lambda f: f.uuid()),
            "personnummer": RED(personnummer, "national id"),
            "status": G(lambda f: f.pick(["complete", "failed", "pending"])),
            "hintCode": G(
                lambda f: f.pick(["", "userCancel", "expiredTransaction", "outstandingTransaction"])
            ),
            "enhet": G(lambda f: f.pick(["mobil", "dator"])),
            "ip_adress": Y(lambda f: f.ipv4(), "ip"),
            "varaktighet_ms": G(lambda f: f.r.randint(2000, 60000)),
        },
    ),
    (
        "track",
        "Återbetalning Begärd",
        ["node"],
        SE,
        18,
        {
            "arende_id": G(lambda f: "ÅB-" + f.digits(7)),
            "belopp": G(lambda f: f.pick([100, 200, 275, 400])),
            "valuta": G(lambda f: "SEK"),
            "iban": RED(iban_se, "bank account"),
            "clearingnummer": G(lambda f: f.pick(["8327-9", "6152", "5001", "3300", "9500"])),
            "kontonummer": RED(lambda f: f.digits(f.pick([7, 9, 10])), "bank account"),
            "kontoinnehavare": Y(lambda f: f.person.full, "name"),
            "orsak": G(lambda f: f.pick(["dubbelbetalning", "inställt besök", "frikort"])),
        },
    ),
]

STILLWATER = [
    ("page", None, ["web"], XX + US + UK, 30, page_props()),
    (
        "identify",
        None,
        ["rn"],
        XX + US + UK,
        34,
        {
            "email": Y(lambda f: f.person.email, "email"),
            "firstName": Y(lambda f: f.person.first, "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "birthday": Y(lambda f: f.person.dob, "birthdate"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["self_pay_weekly", "eap_8_sessions", "insurance"])),
            "employer": G(lambda f: f.pick(["Globex", "Northwind Traders", "Initech", "none"])),
            "state": G(lambda f: f.pick(["CA", "NY", "TX", "England", "VIC"])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "onboardingStep": G(lambda f: f.r.randint(1, 7)),
            "sessionsCompleted": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Intake Questionnaire Completed",
        ["rn"],
        XX + US + UK,
        34,
        {
            "questionnaire_id": G(lambda f: f.uuid()),
            "questionnaire_version": G(lambda f: f.pick(["2024.03", "2024.06"])),
            "phq9": {f"q{i}": RED(lambda f: f.r.randint(0, 3), "condition|health") for i in range(1, 10)},
            "phq9_total": RED(lambda f: f.r.randint(0, 27), "condition|health"),
            "phq9_skipped_count": G(lambda f: f.pick([0, 0, 1])),
            "gad7_total": RED(lambda f: f.r.randint(0, 21), "condition|health"),
            "severity_band": RED(
                lambda f: f.pick(["minimal", "mild", "moderate", "moderately_severe", "severe"]),
                "condition|health",
            ),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "sertraline",
                            "escitalopram",
                            "bupropion",
                            "quetiapine",
                            "lithium",
                            "propranolol",
                            "methylphenidate",
                        ]
                    ),
                    "medication",
                ),
                2,
            ),
            "substance_use": {
                "alcohol_drinks_per_week": RED(lambda f: f.r.randint(0, 30), "condition|health"),
                "cannabis": RED(
                    lambda f: f.pick(["never", "monthly", "weekly", "daily"]), "condition|health"
                ),
                "tobacco": RED(lambda f: f.pick([True, False]), "condition|health"),
            },
            "prior_therapy": RED(lambda f: f.pick([True, False]), "condition|health"),
            "self_harm_history": RED(lambda f: f.pick([True, False]), "condition|health"),
            "religion": RED(
                lambda f: f.pick(
                    ["Christian", "Muslim", "Jewish", "Hindu", "Buddhist", "none", "prefer_not_to_say"]
                ),
                "religion",
            ),
            "sexual_orientation": RED(
                lambda f: f.pick(
                    ["heterosexual", "gay", "lesbian", "bisexual", "queer", "prefer_not_to_say"]
                ),
                "sexual orientation",
            ),
            "ethnicity": RED(
                lambda f: f.pick(
                    ["Black or African American", "Asian", "Hispanic or Latino", "White", "Mixed", "Other"]
                ),
                "ethnicity",
            ),
            "relationship_status": G(
                lambda f: f.pick(["single", "married", "partnered", "divorced", "widowed"])
            ),
            "duration_seconds": G(lambda f: f.r.randint(120, 1500)),
        },
    ),
    (
        "track",
        "Therapist Matched",
        ["node"],
        XX + US + UK,
        28,
        {
            "match_id": G(lambda f: f.uuid()),
            "therapist_id": G(lambda f: "th_" + f.digits(5)),
            "therapist_name": Y(lambda f: f.staff.full, "name"),
            "therapist_license": Y(
                lambda f: f.pick(["LMFT ", "LCSW ", "PSY", "LPC "]) + f.digits(5), "license"
            ),
            "therapist_specialties": Many(
                G(lambda f: f.pick(["CBT", "EMDR", "couples", "DBT", "grief", "perinatal"])), 3
            ),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "preferences": {
                "therapist_gender": G(lambda f: f.pick(["no_preference", "female", "male", "non-binary"])),
                "language": G(lambda f: f.pick(["English", "Spanish", "Mandarin", "Arabic"])),
                "session_format": G(lambda f: f.pick(["video", "chat", "phone"])),
                "budget_max": G(lambda f: f.pick([60, 90, 120, 150])),
            },
            "rank": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Session Completed",
        ["node"],
        XX + US + UK,
        34,
        {
            "session_id": G(lambda f: f.uuid()),
            "therapist_id": G(lambda f: "th_" + f.digits(5)),
            "session_number": G(lambda f: f.r.randint(1, 40)),
            "duration_minutes": G(lambda f: f.pick([30, 45, 50, 53, 60])),
            "modality": G(lambda f: f.pick(["video", "phone", "chat"])),
            "cpt_code": Y(lambda f: f.pick(["90834", "90837", "90791", "90847"]), "procedure"),
            "note_status": G(lambda f: f.pick(["draft", "signed", "amended"])),
            "note_word_count": G(lambda f: f.r.randint(80, 900)),
            "risk_flag_raised": RED(lambda f: f.pick([False, False, True]), "condition|health"),
            "billed_amount": G(lambda f: f.pick([90, 120, 150, 0])),
            "no_show": G(lambda f: f.pick([True, False])),
            "homework_assigned": G(lambda f: f.pick([True, False])),
            "join_url": RED(
                lambda f: f"https://us06web.zoom.us/j/{f.digits(11)}?pwd={f.hexid(32)}", "secret", True
            ),
            "host_email": Y(
                lambda f: ascii_fold(f.staff.first) + "." + ascii_fold(f.staff.last) + "@stillwater.health",
                "email",
            ),
        },
    ),
    (
        "track",
        "Crisis Plan Updated",
        ["rn"],
        XX + US + UK,
        24,
        {
            "plan_id": G(lambda f: f.uuid()),
            "warning_signs": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "not sleeping",
                            "isolating myself",
                            "racing thoughts",
                            "drinking alone",
                            "thoughts of self-harm",
                            "skipping meds",
                        ]
                    ),
                    "condition",
                ),
                3,
            ),
            "coping_strategies": Many(
                G(lambda f: f.pick(["go for a walk", "box breathing", "cold shower", "music", "journal"])), 3
            ),
            "contacts": Many(
                {
                    "label": G(lambda f: f.pick(["Mum", "Sister", "Best friend", "Partner", "Neighbour"])),
                    "value": Y(lambda f: f.anyone().phone, "phone", True),
                },
                3,
            ),
            "professional_contacts": Many(
                {
                    "name": Y(lambda f: f.staff_name(), "name"),
                    "phone": Y(lambda f: phone_for(f, f.region), "phone"),
                },
                2,
            ),
            "hotline_saved": G(lambda f: f.pick([True, False])),
            "steps_completed": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Mood Logged",
        ["rn"],
        XX + US + UK,
        40,
        {
            "entry_id": G(lambda f: f.uuid()),
            "mood_score": RED(lambda f: f.r.randint(1, 10), "condition|health"),
            "mood_tags": Many(
                RED(
                    lambda f: f.pick(["anxious", "sad", "irritable", "calm", "hopeless", "panicky"]),
                    "condition|health",
                ),
                3,
            ),
            "note": Y(journal_note, "condition", True),
            "sleep_hours": RED(lambda f: f.pick([3.5, 5, 6, 7.5, 8, 9]), "health"),
            "logged_at": G(lambda f: f.iso()),
            "streak_days": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node"],
        UK,
        20,
        {
            "plan": G(lambda f: f.pick(["weekly_video", "monthly_chat", "couples_monthly"])),
            "price": G(lambda f: f.pick([65.0, 240.0, 320.0])),
            "currency": G(lambda f: "GBP"),
            "billing_interval": G(lambda f: f.pick(["week", "month"])),
            "payment_method": G(lambda f: f.pick(["direct_debit", "card"])),
            "sort_code": G(sort_code),
            "account_number": RED(uk_account, "bank account"),
            "account_holder_name": Y(lambda f: f.person.full, "name"),
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "promo_code": G(lambda f: f.pick(["", "FIRSTWEEK", "NHSSTAFF20"])),
            "employer_sponsored": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "invitee.created",
        ["node"],
        XX + US,
        22,
        {
            "event": G(lambda f: "invitee.created"),
            "payload": {
                "email": Y(lambda f: f.person.email, "email"),
                "name": Y(lambda f: f.person.full, "name"),
                "first_name": Y(lambda f: f.person.first, "name"),
                "last_name": Y(lambda f: f.person.last, "name"),
                "text_reminder_number": Y(lambda f: f.person.phone, "phone"),
                "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago", "Australia/Sydney"])),
                "status": G(lambda f: "active"),
                "uri": G(
                    lambda f: (
                        "https://api.calendly.com/scheduled_events/" + f.uuid() + "/invitees/" + f.uuid()
                    )
                ),
                "questions_and_answers": Many(
                    {
                        "question": G(lambda f: "What brings you to therapy right now?"),
                        "answer": Y(therapy_reason, "condition", True),
                        "position": G(lambda f: 0),
                    },
                    1,
                ),
                "scheduled_event": {
                    "name": G(lambda f: f.pick(["Free 15-minute consultation", "Intake session (50 min)"])),
                    "start_time": G(lambda f: f.iso()),
                    "location": {"type": G(lambda f: "zoom")},
                },
                "tracking": {
                    "utm_source": G(lambda f: f.pick(["instagram", "google", "employer_portal"])),
                    "utm_campaign": G(lambda f: f.pick(["spring_wellbeing", "eap_launch"])),
                },
            },
        },
    ),
    (
        "group",
        None,
        ["node"],
        XX + US + UK,
        12,
        {
            "employer_name": G(lambda f: f.pick(["Globex", "Northwind Traders", "Initech", "Hooli"])),
            "industry": G(lambda f: f.pick(["Technology", "Logistics", "Retail"])),
            "employees": G(lambda f: f.pick([120, 850, 4200, 15000])),
            "eap_plan": G(lambda f: f.pick(["8 sessions", "12 sessions", "unlimited chat"])),
            "hr_contact_email": Y(
                lambda f: (
                    ascii_fold(f.other.first)
                    + "."
                    + ascii_fold(f.other.last)
                    + "@"
                    + f.pick(["globex.com", "northwind.co.uk", "initech.io"])
                ),
                "email",
            ),
            "contract_start": G(lambda f: iso_date(f, 2023, 2024)),
            "seats": G(lambda f: f.r.randint(50, 5000)),
        },
    ),
    (
        "screen",
        "Therapist Profile",
        ["rn"],
        XX + US + UK,
        24,
        {
            "therapist_id": G(lambda f: "th_" + f.digits(5)),
            "position_in_list": G(lambda f: f.r.randint(1, 10)),
            "video_intro_played": G(lambda f: f.pick([True, False])),
        },
    ),
]

BLOOM = [
    (
        "identify",
        None,
        ["flutter"],
        XX + US + UK,
        34,
        {
            "email": Y(lambda f: f.person.email, "email"),
            "firstName": Y(lambda f: f.person.first, "name"),
            "birthYear": Y(lambda f: int(f.person.dob[:4]), "birthdate"),
            "goal": RED(
                lambda f: f.pick(
                    ["track_cycle", "get_pregnant", "avoid_pregnancy", "pregnant", "perimenopause"]
                ),
                "condition|health",
            ),
            "contraception": RED(
                lambda f: f.pick(["none", "pill", "iud_hormonal", "iud_copper", "condoms", "implant"]),
                "condition|health",
            ),
            "avgCycleLength": RED(lambda f: f.r.randint(24, 38), "health"),
            "avgPeriodLength": RED(lambda f: f.r.randint(3, 8), "health"),
            "partnerSharingEnabled": G(lambda f: f.pick([True, False])),
            "premium": G(lambda f: f.pick([True, False])),
            "units": G(lambda f: f.pick(["metric", "imperial"])),
            "createdAt": G(lambda f: f.iso()),
            "cyclesLogged": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Period Logged",
        ["flutter"],
        XX + US + UK,
        44,
        {
            "period_start_date": RED(lambda f: iso_date(f), "health"),
            "cycle_day": RED(lambda f: f.r.randint(1, 35), "health"),
            "flow": RED(lambda f: f.pick(["spotting", "light", "medium", "heavy"]), "health"),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(
                        ["cramps", "headache", "bloating", "acne", "back pain", "nausea", "fatigue"]
                    ),
                    "condition",
                ),
                4,
            ),
            "source": G(lambda f: f.pick(["manual", "widget", "reminder"])),
            "edited": G(lambda f: f.pick([True, False])),
            "entries_today": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Ovulation Test Logged",
        ["flutter"],
        XX + US + UK,
        28,
        {
            "result": RED(lambda f: f.pick(["negative", "high", "peak"]), "health"),
            "test_brand": G(lambda f: f.pick(["Clearblue", "Easy@Home", "Bloom strips", "Pregmate"])),
            "bbt_celsius": RED(lambda f: round(f.r.uniform(36.1, 37.2), 2), "health"),
            "photo_scanned": G(lambda f: f.pick([True, False])),
            "logged_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pregnancy Mode Enabled",
        ["flutter"],
        XX + US + UK,
        18,
        {
            "due_date": RED(lambda f: iso_date(f, 2024, 2025), "health"),
            "weeks_pregnant": RED(lambda f: f.r.randint(4, 40), "health"),
            "conceived_via_ivf": RED(lambda f: f.pick([True, False]), "condition|health"),
            "fertility_clinic": G(
                lambda f: f.pick(["CCRM Boston", "Create Fertility London", "IVF Australia", "none"])
            ),
            "switched_from_goal": G(lambda f: f.pick(["get_pregnant", "track_cycle"])),
        },
    ),
    (
        "track",
        "Daily Note Added",
        ["flutter"],
        XX + US + UK,
        26,
        {
            "note_id": G(lambda f: f.uuid()),
            "text": Y(cycle_note, "condition", True),
            "char_count": G(lambda f: f.r.randint(10, 200)),
            "private": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Partner Invite Sent",
        ["flutter"],
        XX + US + UK,
        24,
        {
            "invite_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: "email"),
            "input": Y(lambda f: f.other.email, "email", True),
            "partner_first_name": Y(lambda f: f.other.first, "name"),
            "share_scope": Many(G(lambda f: f.pick(["period", "fertile_window", "mood", "pregnancy"])), 3),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Partner Invite Accepted",
        ["flutter"],
        XX + US + UK,
        16,
        {
            "invite_id": G(lambda f: f.uuid()),
            "partner_user_id": G(lambda f: "bl_" + f.hexid(16)),
            "days_to_accept": G(lambda f: f.r.randint(0, 14)),
        },
    ),
    (
        "track",
        "Health Data Synced",
        ["flutter"],
        XX + US + UK,
        18,
        {
            "source": G(lambda f: f.pick(["HealthKit", "Health Connect", "Oura"])),
            "records_synced": G(lambda f: f.r.randint(0, 400)),
            "data_types": Many(
                G(lambda f: f.pick(["steps", "sleep", "basal_body_temperature", "heart_rate"])), 4
            ),
            "last_sync_at": G(lambda f: f.iso()),
            "permission_denied_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "screen",
        "Cycle Calendar",
        ["flutter"],
        XX + US + UK,
        30,
        {
            "view": G(lambda f: f.pick(["month", "week", "year"])),
            "predictions_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    ("page", None, ["web"], XX + US + UK, 24, page_props()),
    (
        "track",
        "Product Viewed",
        ["web"],
        XX + US + UK,
        24,
        {
            **shop_product("bloom"),
            "currency": G(lambda f: f.pick(["USD", "GBP", "AUD"])),
            "position": G(lambda f: f.r.randint(1, 12)),
            "list_id": G(lambda f: f.pick(["home_featured", "search_results", "collection"])),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        XX + US + UK,
        14,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "ovulation test",
                        "prenatal",
                        "pregnancy test",
                        "thermometer",
                        "dog food",
                        "flea treatment",
                    ]
                )
            )
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        XX + US + UK,
        28,
        {
            "order_id": G(lambda f: "#" + str(f.r.randint(1001, 99999))),
            "checkout_id": G(lambda f: f.hexid(32)),
            "total": G(lambda f: f.money(9, 150)),
            "revenue": G(lambda f: f.money(9, 150)),
            "tax": G(lambda f: f.money(0, 12)),
            "shipping": G(lambda f: f.pick([0, 3.99, 4.95])),
            "discount": G(lambda f: f.pick([0, 0, 5])),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "MOTHERSDAY"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "AUD", "CAD"])),
            "products": Many(shop_product("bloom"), 3),
            "email": Y(lambda f: f.person.email, "email"),
            "shipping_address": shipping_address(),
            "discreet_packaging": G(lambda f: f.pick([True, False])),
        },
    ),
]

PAWSOME = [
    ("page", None, ["web"], XX + US + UK, 40, page_props()),
    (
        "identify",
        None,
        ["php"],
        XX + US + UK,
        30,
        {
            "email": Y(lambda f: f.person.email, "email"),
            "name": Y(lambda f: f.person.full, "name"),
            "phone": Y(lambda f: f.person.phone, "phone"),
            "address": {
                "street": Y(lambda f: f.person.street, "street|address"),
                "city": Y(lambda f: f.person.city, "city"),
                "state": G(lambda f: f.person.state),
                "postalCode": Y(lambda f: f.person.postcode, "zipcode"),
                "country": G(lambda f: f.person.country),
            },
            "pets_count": G(lambda f: f.r.randint(1, 4)),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "preferred_clinic": G(lambda f: f.pick(VET_CLINICS)[0]),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Appointment Requested",
        ["web"],
        XX + US + UK,
        40,
        {
            "pet": {
                "name": G(lambda f: f.pick(PETS)),
                "species": G(lambda f: f.species),
                "breed": G(lambda f: f.pick(BREEDS[f.species])),
                "age_years": G(lambda f: f.r.randint(0, 16)),
                "weight_kg": G(lambda f: round(f.r.uniform(1.2, 42), 1)),
                "sex": G(lambda f: f.pick(["male_neutered", "female_spayed", "male", "female"])),
                "microchip_number": G(lambda f: f.pick(["985", "900", "956"]) + f.digits(12)),
            },
            "reason": G(
                lambda f: f.pick(
                    ["vaccination", "limping", "ear infection", "vomiting", "dental check", "skin allergy"]
                )
            ),
            "clinic": {
                "name": G(lambda f: f.pick(VET_CLINICS)[0]),
                "city": G(lambda f: f.pick(VET_CLINICS)[1]),
                "phone": G(
                    lambda f: f.pick(["020 7946 0321", "(415) 555-0187", "03 9555 0142", "0161 555 0199"])
                ),
            },
            "vet_name": Y(lambda f: f.staff_name(), "name"),
            "preferred_date": G(lambda f: iso_date(f)),
            "owner": {
                "first_name": Y(lambda f: f.person.first, "name"),
                "last_name": Y(lambda f: f.person.last, "name"),
                "phone": Y(lambda f: f.person.phone, "phone"),
                "email": Y(lambda f: f.person.email, "email"),
            },
            "new_client": G(lambda f: f.pick([True, False])),
            "insured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Profile Updated",
        ["web"],
        XX + US + UK,
        24,
        {
            "pet": {
                "name": G(lambda f: f.pick(PETS)),
                "species": G(lambda f: f.species),
                "date_of_birth": G(lambda f: iso_date(f, 2010, 2024)),
                "conditions": Many(
                    G(
                        lambda f: f.pick(
                            ["arthritis", "diabetes", "hyperthyroidism", "atopic dermatitis", "CKD stage 2"]
                        )
                    ),
                    2,
                ),
                "medications": Many(
                    G(
                        lambda f: f.pick(
                            ["Apoquel 16mg", "Metacam", "Vetoryl", "insulin (Caninsulin)", "Bravecto"]
                        )
                    ),
                    2,
                ),
                "allergies": Many(G(lambda f: f.pick(["chicken", "flea saliva", "penicillin"])), 1),
                "neutered": G(lambda f: f.pick([True, False])),
            },
            "fields_changed": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["php"],
        XX + US + UK,
        26,
        {
            "form-id": G(lambda f: f.pick(["1187", "2203"])),
            "your-name": Y(lambda f: f.person.full, "name"),
            "your-email": Y(lambda f: f.person.email, "email"),
            "your-phone": Y(lambda f: f.person.phone, "phone"),
            "your-message": G(pet_message),
            "pet-name": G(lambda f: f.pick(PETS)),
            "preferred-clinic": G(lambda f: f.pick(VET_CLINICS)[0]),
            "acceptance-terms": G(lambda f: "1"),
        },
    ),
    (
        "track",
        "User Registered",
        ["php"],
        XX + US + UK,
        18,
        {
            "user_login": Y(
                lambda f: (
                    ascii_fold(f.person.first) + ascii_fold(f.person.last)[:4] + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "user_email": Y(lambda f: f.person.email, "email"),
            "user_pass": RED(
                lambda f: f.pick(
                    ["Biscuit2019!", "Luna&Max22", "p4wsome!!", "Summer2024", "Tr0ub4dor&3", "qwerty1234"]
                ),
                "password",
            ),
            "display_name": Y(lambda f: f.person.full, "name"),
            "role": G(lambda f: "customer"),
            "user_registered": G(lambda f: f.iso().replace("T", " ")[:19]),
        },
    ),
    (
        "track",
        "Vaccination Reminder Sent",
        ["ruby"],
        XX + US + UK,
        24,
        {
            "reminder_id": G(lambda f: f.r.randint(100000, 999999)),
            "pet_name": G(lambda f: f.pick(PETS)),
            "vaccine": G(
                lambda f: f.pick(["Rabies", "DHPP", "Bordetella", "FVRCP", "Leptospirosis", "RHDV2"])
            ),
            "due_on": G(lambda f: iso_date(f)),
            "channel": G(lambda f: "sms"),
            "to": Y(lambda f: f.person.phone, "phone", True),
            "template_id": G(lambda f: f.pick(["vacc_due_14d", "vacc_overdue"])),
            "twilio_sid": G(lambda f: sid(f, "SM")),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["ruby"],
        XX + US + UK,
        20,
        {
            "MessageSid": G(lambda f: sid(f, "SM")),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "To": Y(lambda f: e164(f.person.phone, f.region), "phone", True),
            "From": G(lambda f: f.pick(["+14155550142", "+447700900761", "+61255501234"])),
            "AccountSid": G(lambda f: sid(f, "AC")),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "ErrorCode": G(lambda f: f.pick(["", "", "30003", "30005"])),
        },
    ),
    (
        "track",
        "Payment Completed",
        ["php"],
        XX + US + UK,
        26,
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "amount": G(lambda f: f.money(25, 900)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "AUD", "CAD"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": Y(lambda f: f.person.full.upper(), "name"),
            "postcode": Y(lambda f: f.person.postcode, "zipcode"),
            "clinic_id": G(lambda f: f.r.randint(1, 40)),
            "pet_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["php"],
        XX + US + UK,
        22,
        {
            "id": G(lambda f: "ch_3P" + f.hexid(22)),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "amount": G(lambda f: f.r.randint(2500, 90000)),
            "currency": G(lambda f: f.pick(["usd", "gbp", "aud"])),
            "receipt_email": Y(lambda f: f.person.email, "email"),
            "billing_details": {
                "name": Y(lambda f: f.person.full, "name"),
                "email": Y(lambda f: f.person.email, "email"),
                "phone": Y(lambda f: f.person.phone, "phone"),
                "address": {
                    "line1": Y(lambda f: f.person.street, "address|street"),
                    "city": Y(lambda f: f.person.city, "city"),
                    "postal_code": Y(lambda f: f.person.postcode, "zipcode"),
                    "country": G(lambda f: f.person.country),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2032)),
                    "funding": G(lambda f: f.pick(["credit", "debit"])),
                    "country": G(lambda f: f.pick(["US", "GB", "AU"])),
                },
            },
            "livemode": G(lambda f: True),
        },
    ),
    (
        "track",
        "Clinic Finder Used",
        ["web"],
        XX + US + UK,
        26,
        {
            "user_lat": Y(lambda f: round(f.home[0] + f.r.uniform(-0.08, 0.08), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.home[1] + f.r.uniform(-0.08, 0.08), 6), "geolocation"),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "results_count": G(lambda f: f.r.randint(0, 8)),
            "nearest_clinic": {
                "name": G(lambda f: f.pick(VET_CLINICS)[0]),
                "distance_km": G(lambda f: round(f.r.uniform(0.3, 24), 1)),
                "lat": G(lambda f: f.pick([51.4618, 37.7599, -37.8183, 43.6629, 53.4167])),
                "lng": G(lambda f: f.pick([-0.1384, -122.4148, 144.9980, -79.3344, -2.2310])),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        XX + US + UK,
        20,
        {
            "order_id": G(lambda f: "#" + str(f.r.randint(1001, 99999))),
            "checkout_id": G(lambda f: f.hexid(32)),
            "total": G(lambda f: f.money(9, 150)),
            "revenue": G(lambda f: f.money(9, 150)),
            "tax": G(lambda f: f.money(0, 12)),
            "shipping": G(lambda f: f.pick([0, 3.99, 4.95])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "AUD", "CAD"])),
            "products": Many(shop_product("pawsome"), 3),
            "email": Y(lambda f: f.person.email, "email"),
            "shipping_address": shipping_address(),
            "autoship": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, ["web"], XX + US + UK, 10, {}),
]

# Where Pawsome's users search from (near its clinics), for the person's own location.
HOMES = [
    (51.4618, -0.1384),
    (37.7599, -122.4148),
    (-37.8183, 144.998),
    (43.6629, -79.3344),
    (53.4167, -2.231),
]

BRANDS = [
    ("carebridge", CAREBRIDGE),
    ("carebridge", SWEDEN),
    ("stillwater", STILLWATER),
    ("bloom", BLOOM),
    ("pawsome", PAWSOME),
]
USER_IDS = {
    "carebridge": lambda f: "cb_" + f.digits(8),
    "stillwater": lambda f: "sw_" + f.hexid(12),
    "bloom": lambda f: f.uuid(),
    "pawsome": lambda f: str(f.r.randint(1000, 99999)),
}
WEB_BRAND = {"carebridge": "carebridge", "stillwater": "stillwater", "bloom": "bloom", "pawsome": "pawsome"}


def build(seed: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for brand, templates in BRANDS:
        for kind, name, clients, regions, count, body in templates:
            for _ in range(count):
                f.begin(f.pick(regions))
                f.page = choose_page(f, WEB_BRAND[brand])
                f.lab = f.pick(LABS)
                f.med = f.pick(MEDS)
                f.home = f.pick(HOMES)
                f.species = f.pick(list(BREEDS))
                client = f.pick(clients)
                msg: dict = {
                    "type": kind,
                    "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": USER_IDS[brand](f),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name or f.page["name"]
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                section = "traits" if kind in ("identify", "group") else "properties"
                if body:
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                msg["integrations"] = {}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2020)
    write(Path(__file__).parent, "holdout20_", events, labels)
