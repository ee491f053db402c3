"""Writes holdout124: tests/corpus/holdout124_events.jsonl and holdout124_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Only build.py, fake.py and build_holdout3.py
(for the format) were read. Run with `.venv/bin/python -m tests.corpus.build_holdout124`;
deterministic (seed 124).

Domain: a US urgent-care and telemedicine provider ("Juniper Urgent Care", telehealth brand
"Juniper Anywhere"). Covers online check-in with symptoms, insurance cards and eligibility, copays
and self-pay, appointment booking, telehealth visits (Twilio-shaped webhooks), visit notes and EHR
exports, lab orders and results, e-prescriptions sent to pharmacies, work and school notes,
follow-up messages (SMS and SendGrid-shaped webhooks), patient-portal logins (MFA, magic links),
billing statements, payment plans, cards and ACH, an over-the-counter test-kit shop (e-commerce
spec), occupational health, vaccines, travel clinic, staff and clinician tools, ad attribution
(Meta CAPI and AppsFlyer-shaped payloads). People: patients, parents of minor patients,
dependants, emergency contacts, friends referred, clinicians and front-desk staff, employers' HR
contacts.

Messages: identify / track / page / screen / group / alias, with the `context` blocks of
analytics.js (next), analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
and the python, node, go, java, ruby, php and .NET server libraries (`context.ip`,
`context.traits`, `context.device`, `context.location`, `context.campaign`, userAgent, locale).
Keys are mostly camelCase and snake_case; about 15 % use other real conventions: PascalCase (.NET
EHR integration, Twilio webhooks), SCREAMING_SNAKE (warehouse reverse-ETL identify), kebab-case
(HTML form field names) and Spanish keys (the Spanish-language check-in, es-US).

Conventions: one label per leaf path (`properties.products[].sku`); classification red / yellow /
green, type = the reference's default matcher name where one fits, else `national id`,
`health id`, `bank account`, `credit card`, `token`, `secret`, `password`, `ip`, `geolocation`,
`advertising id`, `credit score`; `a|b` when either name is fair. value_only = the key does not
say what the value is (neutral keys such as `value`, `label`, `text`, `note`, `q`, `input`, `to`,
`From`, `body`) and only the value reveals it; every value of a value_only PII path carries that
PII; free text is labelled by what every one of its values carries, green when none does.

Labelling rules (the product's default colours and published policy):
- PII = personal data about a natural person (patient, parent, dependant, contact, recipient,
  staff member). Reference colours; outside the reference: credentials, secrets, tokens, card
  numbers, bank accounts, government ids and health ids red; the rest yellow.
- Green: ids we or vendors issue (patient, visit, order, claim, statement, member/loyalty and
  account numbers we issue, Stripe `cus_`, Twilio SIDs, NPIs, payer ids, Rx BIN/PCN/group),
  versions, timestamps and dates that are not birth dates, hashes of non-PII, amounts, enums,
  counters and booleans under PII-sounding keys, product / plan / clinic / pharmacy / employer /
  school names, the business's own phone, e-mail, address and zip (clinic, pharmacy, support@,
  role mailboxes, the clinic's Twilio number), searched places, country, state, locale, timezone,
  user agents, OS-issued device ids (IDFV, context.device.id), ages, marital status, job titles,
  card brand / last four / expiry / BIN, routing numbers, a masked phone hint, e-mail Message-IDs.
- Yellow: names, e-mail, phone, the person's own address / street / city / zip (billing and
  shipping too), birth dates, gender / sex / pronouns, race, ethnicity, sexual orientation,
  citizenship, photos (insurance-card and selfie image URLs), IPs, precise location, advertising
  ids and ad click ids (IDFA, GAID, gclid, fbclid, fbp, fbc), an insurer's member id
  (`identification`), Rx numbers, drug names and NDCs (`medication`), pay rates (`salary`),
  credit scores, a clinician's DEA or state licence number (`license`).
- Red: SSNs and their last four, passwords, one-time codes, magic-link tokens, reset tokens,
  Stripe payment-method ids, push tokens (`token`), full card numbers and CVCs, bank account
  numbers, MRNs and Medicare MBIs (`health id`), identity-document numbers (`national id`,
  `passport`; a driver's licence shown as photo ID at check-in is an identity document:
  `national id|license`), veteran status and disability (the reference's red matchers).
- Health (the judgement calls for this domain, chosen as a careful privacy owner at a clinic
  would want them flagged): anything describing the patient's own health state - reason for
  visit, symptoms, their severity, fever, vital signs, pain score, pregnancy, an abnormal-result
  flag, lab result values, free text describing symptoms - is `condition` (yellow); ICD-10 codes
  and diagnosis texts are `diagnosis`; tests ordered or performed for the patient, their LOINC and
  CPT codes, vaccines given and drug-screen panels are `procedure`; allergies `allergy`. Codes
  are labelled like the term they encode. Catalogue data that is not about a person stays green:
  products in the test-kit shop, services on a bill (e-commerce `products[]`), units and
  reference ranges, vaccines recommended for a destination, specimen types, dosage strength.
- Images of a person (insurance-card photos, kiosk selfies, a guardian's signature image) are
  `photo` (yellow). Group traits describe the employer account (green) except the people named
  in it (HR contact, account manager: yellow). SMS replies in Twilio's `Body` carry no PII in
  this corpus (green); the follow-up `body` we send always greets the patient by name (yellow).
- A hash of a person's e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) is still that
  person's e-mail / phone (yellow); a hash of our own user id (`external_id`) is green.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRSTS = [
    "Maria",
    "José",
    "Guadalupe",
    "Aaliyah",
    "DeShawn",
    "Emily",
    "Michael",
    "Nguyen Van",
    "Thi Lan",
    "Jin-woo",
    "Seo-yeon",
    "Wei",
    "Xiaoming",
    "Priya",
    "Arjun",
    "Fatima",
    "Mohammed",
    "Ayesha",
    "Tenzin",
    "Kateri",
    "Ahanu",
    "Oluwaseun",
    "Chidi",
    "Abdi",
    "Hodan",
    "Jean-Baptiste",
    "Nadège",
    "Svetlana",
    "Dmitri",
    "Ana Lucía",
    "Santiago",
    "Camila",
    "Mateo",
    "Liam",
    "Olivia",
    "Noah",
    "Emma",
    "Sophia",
    "Jackson",
    "Harper",
    "Kenji",
    "Yuna",
    "Tavita",
    "Leilani",
    "Rosa",
    "Bao",
    "Marisol",
    "Tyrone",
    "Keisha",
    "Brandon",
    "Ashley",
    "Siobhan",
    "Gaurav",
    "Mei-Ling",
    "Efua",
]
LASTS = [
    "Hernández",
    "García",
    "Martinez",
    "Rodríguez",
    "Johnson",
    "Williams",
    "Washington",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Chen",
    "Wang",
    "Patel",
    "Shah",
    "Reddy",
    "Khan",
    "Siddiqui",
    "Ali",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Okonkwo",
    "Adeyemi",
    "Mohamed",
    "Warsame",
    "Pierre-Louis",
    "Baptiste",
    "Volkov",
    "Kowalczyk",
    "O'Connor",
    "McAllister",
    "Schneider",
    "Nakamura",
    "Tanaka",
    "Fa'alogo",
    "Kealoha",
    "Santos",
    "dela Cruz",
    "Reyes",
    "Cohen",
    "Goldberg",
    "Brown",
    "Miller",
    "Davis",
    "Thompson",
    "Jackson-Reed",
    "Al-Hassan",
    "Abubakar",
    "Gonzales",
    "Lopez",
    "Ramírez",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "aol.com",
    "proton.me",
    "comcast.net",
    "att.net",
]
STREET_NAMES = [
    "Oak",
    "Maple",
    "Cedar",
    "Pecan",
    "Magnolia",
    "Mesquite",
    "Lamar",
    "Guadalupe",
    "Riverside",
    "Sunset",
    "Lincoln",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Elm",
    "Willow Creek",
    "Canyon View",
    "Bluebonnet",
    "Peachtree",
    "Lakeshore",
    "Mission",
]
STREET_TYPES = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pkwy", "Trl"]
CITIES = [
    ("Austin", "TX"),
    ("San Antonio", "TX"),
    ("Round Rock", "TX"),
    ("Pflugerville", "TX"),
    ("Phoenix", "AZ"),
    ("Mesa", "AZ"),
    ("Tempe", "AZ"),
    ("Denver", "CO"),
    ("Aurora", "CO"),
    ("Atlanta", "GA"),
    ("Decatur", "GA"),
    ("Charlotte", "NC"),
    ("Durham", "NC"),
    ("Nashville", "TN"),
    ("Tampa", "FL"),
    ("Orlando", "FL"),
    ("Chicago", "IL"),
    ("Seattle", "WA"),
    ("Tacoma", "WA"),
    ("Albuquerque", "NM"),
]
STATES = ["TX", "AZ", "CO", "GA", "NC", "TN", "FL", "IL", "WA", "NM"]
CLINICS = [
    (
        "clx_0142",
        "Juniper Urgent Care - South Lamar",
        "3801 S Lamar Blvd Ste 100",
        "Austin",
        "TX",
        "78704",
        "(512) 555-0142",
    ),
    (
        "clx_0177",
        "Juniper Urgent Care - Tempe Marketplace",
        "2000 E Rio Salado Pkwy",
        "Tempe",
        "AZ",
        "85281",
        "(480) 555-0177",
    ),
    (
        "clx_0203",
        "Juniper Urgent Care - Highlands",
        "3400 W 32nd Ave",
        "Denver",
        "CO",
        "80211",
        "(720) 555-0203",
    ),
    (
        "clx_0219",
        "Juniper Urgent Care - Midtown",
        "950 W Peachtree St NW",
        "Atlanta",
        "GA",
        "30309",
        "(404) 555-0219",
    ),
    (
        "clx_0255",
        "Juniper Urgent Care - Ballard",
        "5300 24th Ave NW",
        "Seattle",
        "WA",
        "98107",
        "(206) 555-0255",
    ),
]
PHARMACIES = [
    ("1234567", "CVS Pharmacy #7745", "(512) 555-0190", "2501 S Congress Ave", "Austin", "78704"),
    ("4455123", "Walgreens #11520", "(480) 555-0133", "1120 E Apache Blvd", "Tempe", "85281"),
    ("0398812", "H-E-B Pharmacy", "(512) 555-0161", "2400 S Congress Ave", "Austin", "78704"),
    ("2230991", "King Soopers Pharmacy", "(720) 555-0111", "3600 Tejon St", "Denver", "80211"),
    ("5512870", "Kroger Pharmacy", "(404) 555-0188", "1700 Monroe Dr NE", "Atlanta", "30324"),
    ("6630044", "Bartell Drugs", "(206) 555-0124", "5503 24th Ave NW", "Seattle", "98107"),
]
REASONS = [
    "sore_throat",
    "cold_flu_symptoms",
    "covid_testing",
    "uti_symptoms",
    "rash_skin",
    "sprain_strain",
    "ear_pain",
    "pink_eye",
    "cough",
    "minor_cut",
    "allergies",
    "nausea",
]
SYMPTOMS = [
    "sore throat",
    "fever",
    "cough",
    "runny nose",
    "ear pain",
    "painful urination",
    "rash",
    "ankle swelling",
    "headache",
    "nausea",
    "vomiting",
    "shortness of breath",
    "dizziness",
    "chest congestion",
    "itchy eyes",
    "body aches",
    "diarrhea",
    "chills",
]
ALLERGIES = [
    "penicillin",
    "sulfa drugs",
    "amoxicillin",
    "peanuts",
    "latex",
    "codeine",
    "NKDA",
    "shellfish",
    "cephalosporins",
    "bee stings",
]
DRUGS = [
    ("amoxicillin 500 mg capsule", "00093-3109-05", "500 mg"),
    ("azithromycin 250 mg tablet", "00069-3060-30", "250 mg"),
    ("ibuprofen 800 mg tablet", "67877-0320-01", "800 mg"),
    ("prednisone 20 mg tablet", "00054-4728-25", "20 mg"),
    ("benzonatate 100 mg capsule", "10702-0056-01", "100 mg"),
    ("nitrofurantoin monohydrate 100 mg capsule", "47781-0303-01", "100 mg"),
    ("ondansetron 4 mg ODT", "68462-0157-13", "4 mg"),
    ("albuterol sulfate HFA 90 mcg inhaler", "00173-0682-20", "90 mcg"),
    ("cephalexin 500 mg capsule", "65862-0017-01", "500 mg"),
    ("oseltamivir 75 mg capsule", "00004-0800-85", "75 mg"),
    ("fluticasone propionate 50 mcg nasal spray", "60505-0829-01", "50 mcg"),
    ("mupirocin 2% ointment", "45802-0112-22", "2%"),
]
ICD10 = [
    ("J02.0", "Streptococcal pharyngitis"),
    ("J06.9", "Acute upper respiratory infection"),
    ("N39.0", "Urinary tract infection, site not specified"),
    ("U07.1", "COVID-19"),
    ("S93.401A", "Sprain of unspecified ligament of right ankle"),
    ("L03.115", "Cellulitis of right lower limb"),
    ("H66.90", "Otitis media, unspecified"),
    ("J45.901", "Unspecified asthma with acute exacerbation"),
    ("H10.31", "Acute conjunctivitis"),
    ("J10.1", "Influenza with other respiratory manifestations"),
    ("R11.2", "Nausea with vomiting"),
]
CPT = [
    "99203",
    "99204",
    "99213",
    "99214",
    "87880",
    "87635",
    "81002",
    "87804",
    "73610",
    "12001",
    "90471",
    "94640",
    "J1885",
]
LABS = [
    ("78012-2", "Strep A Ag rapid"),
    ("94500-6", "SARS-CoV-2 RNA PCR"),
    ("80382-5", "Influenza A Ag rapid"),
    ("5767-9", "Urinalysis appearance"),
    ("2345-7", "Glucose, serum"),
    ("718-7", "Hemoglobin"),
    ("4548-4", "Hemoglobin A1c"),
    ("6463-4", "Bacteria identified in urine culture"),
    ("2106-3", "hCG, urine qualitative"),
]
PAYERS = [
    ("Aetna", "60054"),
    ("Blue Cross Blue Shield of Texas", "84980"),
    ("UnitedHealthcare", "87726"),
    ("Cigna", "62308"),
    ("Humana", "61101"),
    ("Ambetter", "68069"),
    ("Texas Medicaid", "TXMCD"),
    ("Kaiser Permanente", "94135"),
]
EMPLOYERS = [
    "Lone Star Logistics",
    "Brightline Solar",
    "Pinnacle Foods",
    "Austin ISD",
    "Desert Sky Hospitality",
    "Front Range Builders",
    "Peach State Freight",
    "Sound Transit Co",
]
SCHOOLS = [
    "Lincoln Elementary",
    "Barton Hills Elementary",
    "McCallum High School",
    "Westlake Middle School",
    "Tempe Preparatory Academy",
    "North High School",
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
URLSAFE = ALNUM + "-_"


# -- value generators ------------------------------------------------------------------------------


def first(f: Fake) -> str:
    return f.pick(FIRSTS)


def last(f: Fake) -> str:
    return f.pick(LASTS)


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñçèêëü", "aeiounceeeu")
    return s.lower().translate(table).replace(" ", "").replace("'", "").replace("-", "")


def email(f: Fake) -> str:
    a, b = _ascii(first(f)), _ascii(last(f))
    user = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{f.r.randint(70, 99)}"])
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def us_phone(f: Fake, style: str | None = None) -> str:
    area = f.pick(
        [
            512,
            737,
            210,
            480,
            602,
            623,
            720,
            303,
            404,
            678,
            470,
            704,
            919,
            615,
            813,
            407,
            312,
            773,
            206,
            253,
            505,
        ]
    )
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    style = style or f.pick(["e164", "paren", "dash", "dot", "intl"])
    return {
        "e164": f"+1{area}{ex}{line:04d}",
        "paren": f"({area}) {ex}-{line:04d}",
        "dash": f"{area}-{ex}-{line:04d}",
        "dot": f"{area}.{ex}.{line:04d}",
        "intl": f"+1 {area}-{ex}-{line:04d}",
    }[style]


def intl_phone(f: Fake) -> str:
    d = f.digits
    return f.pick(
        [
            f"+52 55 {d(4)} {d(4)}",
            f"+52 1 656 {d(3)} {d(4)}",
            f"+63 917 {d(3)} {d(4)}",
            f"+91 98{d(3)} {d(5)}",
            f"+44 7700 {d(6)}",
            f"+234 803 {d(3)} {d(4)}",
            f"+84 90 {d(3)} {d(4)}",
            f"+1 416-{f.r.randint(201, 989)}-{d(4)}",
        ]
    )


def phone(f: Fake) -> str:
    return intl_phone(f) if f.r.random() < 0.2 else us_phone(f)


def street(f: Fake) -> str:
    direction = f.pick(["", "N ", "S ", "E ", "W "])
    s = f"{f.r.randint(100, 14999)} {direction}{f.pick(STREET_NAMES)} {f.pick(STREET_TYPES)}"
    return s + f.pick(["", "", "", f" Apt {f.r.randint(101, 2420)}", f" Unit {f.pick('ABCD')}", " #12"])


def city(f: Fake) -> str:
    return f.pick(CITIES)[0]


def zip5(f: Fake) -> str:
    z = (
        f.pick(
            [
                "787",
                "782",
                "786",
                "850",
                "852",
                "802",
                "800",
                "303",
                "282",
                "277",
                "372",
                "336",
                "328",
                "606",
                "981",
                "984",
                "871",
            ]
        )
        + f"{f.r.randint(1, 99):02d}"
    )
    return z + (f"-{f.r.randint(1000, 9999)}" if f.r.random() < 0.15 else "")


def dob(f: Fake, lo=1944, hi=2006) -> str:
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"])


def child_dob(f: Fake) -> str:
    return f"{f.r.randint(2008, 2023)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def day(f: Fake, year=2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def epoch_s(f: Fake) -> int:
    return f.r.randint(1_704_067_200, 1_735_600_000)


def mrn(f: Fake) -> str:
    return f.pick(["E" + f.digits(7), f.digits(8), "MRN" + f.digits(7), "JUC-" + f.digits(6)])


def mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    c = f.r.choice
    raw = (
        str(f.r.randint(1, 9))
        + c(letters)
        + c(an)
        + str(f.r.randint(0, 9))
        + c(letters)
        + c(an)
        + str(f.r.randint(0, 9))
        + c(letters)
        + c(letters)
        + str(f.r.randint(0, 9))
        + str(f.r.randint(0, 9))
    )
    return raw if f.r.random() < 0.5 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def member_id(f: Fake) -> str:
    return f.pick(
        [
            "W" + f.digits(9),
            "XOF" + f.digits(9),
            f.digits(9) + "01",
            "ZGP" + f.digits(9),
            "U" + f.digits(8) + "01",
            "H" + f.digits(8),
            f.digits(11),
        ]
    )


def rx_number(f: Fake) -> str:
    return f.pick([f.digits(7), f"{f.digits(7)}-{f.digits(5)}", "RX" + f.digits(8), f.digits(10)])


def npi(f: Fake) -> str:
    body = f.pick(["1", "2"]) + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    return f.luhn_complete("80840" + body)[5:]


def dea(f: Fake, surname: str | None = None) -> str:
    surname = surname or last(f)
    d = [f.r.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = _ascii(surname)[0].upper()
    return f.pick(["A", "B", "F", "M"]) + initial + "".join(map(str, d)) + str(check)


def aba(f: Fake) -> str:
    while True:
        d = [int(c) for c in f.pick(["011", "021", "031", "061", "071", "111", "113", "121", "122", "256"])]
        d += [f.r.randint(0, 9) for _ in range(5)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        check = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(check)


def rand(f: Fake, n: int, alphabet: str = ALNUM) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def pm_token(f: Fake) -> str:
    return "pm_1" + rand(f, 23)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def link_token(f: Fake) -> str:
    return rand(f, 43, URLSAFE)


def password(f: Fake) -> str:
    word = f.pick(
        [
            "Summer",
            "juniper",
            "Longhorns",
            "Bluebonnet",
            "Mateo",
            "Sunshine",
            "Password",
            "Abuela",
            "Rockies",
            "Falcons",
        ]
    )
    return word + f.pick(["2024!", "#88", "123$", "!!", "_07", "@1"]) + f.pick(["", "x", "Z9"])


def ipv4(f: Fake) -> str:
    return f.pick(
        [
            f.ipv4(),
            f"{f.pick([73, 99, 172, 24, 68, 107])}.{f.r.randint(0, 255)}."
            f"{f.r.randint(0, 255)}.{f.r.randint(1, 254)}",
        ]
    )


def ip_any(f: Fake) -> str:
    return f.ipv6() if f.r.random() < 0.25 else ipv4(f)


def idfa(f: Fake) -> str:
    return f.uuid().upper()


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + rand(f, 78, URLSAFE)


def fbclid(f: Fake) -> str:
    return "IwAR" + rand(f, 58, URLSAFE)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256(f: Fake) -> str:
    return f.hexid(64)


def twilio_sid(f: Fake, prefix: str) -> str:
    return prefix + f.hexid(32)


def clinic(f: Fake, i: int):
    return f.pick(CLINICS)[i]


def money(f: Fake, lo: float, hi: float) -> float:
    return round(f.r.uniform(lo, hi), 2)


# -- contexts --------------------------------------------------------------------------------------


def web_ctx(f: Fake, page: str, title: str) -> dict:
    url = "https://www.juniperurgentcare.com" + page
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.bing.com/", "https://m.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=google&utm_medium=cpc&utm_campaign=brand",
                        "?ref=sms_reminder",
                        "?lang=es",
                    ]
                )
            ),
            "title": G(lambda f: title + " | Juniper Urgent Care"),
            "url": G(lambda f: url),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-US", "es-US", "es-MX", "vi-VN"])),
        "timezone": G(
            lambda f: f.pick(
                [
                    "America/Chicago",
                    "America/Phoenix",
                    "America/Denver",
                    "America/New_York",
                    "America/Los_Angeles",
                ]
            )
        ),
        "ip": Y(ipv4, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(
                    ["brand_search", "flu_season_2024", "telehealth_launch", "back_to_school_physicals"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "yelp"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["urgent care near me", "walk in clinic", "covid test austin", "sports physical"]
                )
            ),
            "content": G(lambda f: f.pick(["ad_v2", "hero_banner", "text_link"])),
        }
    return ctx


def swift_ctx(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Juniper Care"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6402", "6501"])),
            "namespace": G(lambda f: "com.juniperhealth.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Phoenix", "America/Denver"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip_any, "ip"),
    }
    if f.r.random() < 0.3:
        ctx["device"]["advertisingId"] = Y(idfa, "advertising id")
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_ctx(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Juniper Care"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["640017", "650003"])),
            "namespace": G(lambda f: "com.juniperhealth.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S921U", "Pixel 8", "moto g stylus 5G (2023)", "CPH2451"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "genevn", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US"])),
        "network": {
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "AT&T", "Cricket Wireless"])),
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
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/New_York", "America/Los_Angeles"])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-S921U Build/UP1A.231005.007", "Pixel 8 Build/AP1A.240405.002"])
                + ")"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip_any, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "pt_" + f.digits(7)),
            "email": Y(email, "email"),
        }
    return ctx


def rn_ctx(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Juniper Anywhere"),
            "version": G(lambda f: f.pick(["3.12.0", "3.13.1"])),
            "build": G(lambda f: f.pick(["1207", "1311"])),
            "namespace": G(lambda f: "com.juniperhealth.anywhere"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A156U", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a15x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Phoenix", "America/Denver"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip_any, "ip"),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "phone": Y(phone, "phone"),
            "userId": G(lambda f: "pt_" + f.digits(7)),
        },
    }
    if f.r.random() < 0.4:
        ctx["location"] = {
            "city": Y(city, "city"),
            "country": G(lambda f: "United States"),
            "region": G(lambda f: f.pick(STATES)),
            "latitude": Y(lambda f: round(f.r.uniform(25.8, 47.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.4, -80.2), 6), "geolocation"),
        }
    return ctx


def flutter_ctx(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Juniper Check-In"),
            "version": G(lambda f: f.pick(["2.1.0", "2.2.3"])),
            "build": G(lambda f: f.pick(["210", "223"])),
            "namespace": G(lambda f: "com.juniperhealth.kiosk"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple"])),
            "model": G(lambda f: f.pick(["SM-X710", "iPad13,18"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["en_US", "es_US"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1600, 820])),
            "height": G(lambda f: f.pick([2560, 1180])),
            "density": G(lambda f: f.pick([2.0, 2.0, 1.5])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Phoenix"])),
        "network": {"wifi": G(lambda f: True)},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0", "3.4.0"],
    "analytics-java": ["3.5.0", "3.5.1"],
    "analytics-ruby": ["2.4.2", "2.4.3"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.1", "3.8.2"],
}
SERVER_LIB = {
    "py": "analytics-python",
    "node": "@segment/analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "dotnet": "Analytics.NET",
}


def server_ctx(f: Fake, client: str) -> dict:
    lib = SERVER_LIB[client]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
    }
    if client in ("node", "py", "ruby") and f.r.random() < 0.6:
        ctx["ip"] = Y(ip_any, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if client in ("node", "java") and f.r.random() < 0.3:
        ctx["traits"] = {"email": Y(email, "email"), "name": Y(full, "name")}
    if client == "go" and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: clinic(f, 0))
    if client == "py" and f.r.random() < 0.3:
        ctx["active"] = G(lambda f: False)
    return ctx


def context_for(f: Fake, client: str, page: tuple[str, str]) -> dict:
    if client == "web":
        return web_ctx(f, *page)
    if client == "swift":
        return swift_ctx(f)
    if client == "kotlin":
        return kotlin_ctx(f)
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f)
    return server_ctx(f, client)


APP = ["web", "swift", "kotlin", "rn"]
MOBILE = ["swift", "kotlin", "rn"]
SERVER = ["py", "node", "go", "java", "ruby", "php", "dotnet"]


# -- free text -------------------------------------------------------------------------------------


def symptom_text(f: Fake) -> str:
    return f.pick(
        [
            f"Started with {f.pick(SYMPTOMS)} {f.r.randint(2, 6)} days ago, now also {f.pick(SYMPTOMS)}",
            f"{f.pick(SYMPTOMS).capitalize()} since {f.pick(['Monday', 'the weekend', 'last night'])}, "
            "took tylenol, not helping",
            f"my son has {f.pick(SYMPTOMS)} and {f.pick(SYMPTOMS)}, "
            f"temp was {round(f.r.uniform(99.5, 103.2), 1)}",
            "Twisted my ankle playing soccer, swelling and can't put weight on it",
            f"Burning when I pee and {f.pick(['lower back pain', 'urgency', 'fever'])}",
            f"Rash on arms after hiking, very itchy, {f.pick(['spreading', 'blistering', 'not spreading'])}",
            f"Tested positive for covid at home, {f.pick(SYMPTOMS)} and {f.pick(SYMPTOMS)}",
        ]
    )


def clinical_note(f: Fake) -> str:
    code, desc = f.pick(ICD10)
    exam = f.pick(["tonsillar exudate", "clear lungs", "erythematous TM", "mild edema lateral malleolus"])
    care = f.pick(["started antibiotics", "rest, fluids, OTC analgesics", "splint applied, RICE"])
    temp, pulse = round(f.r.uniform(97.8, 102.9), 1), f.r.randint(62, 118)
    return f.pick(
        [
            f"Pt presents with {f.pick(SYMPTOMS)} x{f.r.randint(2, 7)}d. Exam: {exam}. "
            f"Dx {desc} ({code}). Plan: {f.pick(DRUGS)[0]}, f/u PRN.",
            f"Assessment: {desc}. Rapid test {f.pick(['positive', 'negative'])}. "
            "Supportive care, return if worse.",
            f"{desc} - {care}. Work note provided.",
            f"CC: {f.pick(SYMPTOMS)}. Vitals T {temp} HR {pulse}. Impression {code}.",
        ]
    )


def followup_body(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi {n}, this is Juniper Urgent Care checking in after your visit. "
            "How are you feeling? Reply 1-5.",
            f"Hi {n}, your lab results are ready in the Juniper Care app.",
            f"{n}, your prescription was sent to your pharmacy. Questions? Call (512) 555-0142.",
            f"Hello {n}, Dr. {last(f)} reviewed your results and would like a follow-up visit this week.",
            f"Hi {n}! Reminder: your telehealth follow-up starts at "
            f"{f.r.randint(8, 11)}:{f.pick(['00', '15', '30', '45'])} AM.",
        ]
    )


def staff_query(f: Fake) -> str:
    return f.pick([full(f), last(f) + ", " + first(f), us_phone(f, "dash"), f"{last(f)} {dob(f)}", email(f)])


# -- event templates -------------------------------------------------------------------------------
# (type, event or screen/page name, clients, (page path, page title) for web, body)

ADDR = {
    "street": Y(street, "street|address"),
    "city": Y(city, "city"),
    "state": G(lambda f: f.pick(STATES)),
    "postalCode": Y(zip5, "zipcode"),
    "country": G(lambda f: "US"),
}

EVENTS: list[tuple[str, str | None, list[str], tuple[str, str], dict]] = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn", "node"],
        ("/account", "My account"),
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "nonbinary", "unknown"]), "gender"),
            "address": ADDR,
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "vi", "zh"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "visitsCount": G(lambda f: f.r.randint(0, 14)),
            "lastVisitAt": G(lambda f: f.iso()),
            "homeClinicId": G(lambda f: clinic(f, 0)),
            "membershipTier": G(lambda f: f.pick(["none", "Juniper+", "Juniper+ Family"])),
            "membershipNumber": G(lambda f: "JPL-" + f.digits(8)),
            "age": G(lambda f: f.r.randint(18, 80)),
            "hasDependents": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["py"],
        ("/", "Home"),
        {
            "PATIENT_ID": G(lambda f: "pt_" + f.digits(7)),
            "MRN": RED(mrn, "health id"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_PHONE": Y(lambda f: us_phone(f, "e164"), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: dob(f)[:10], "birthdate"),
            "ZIP_CODE": Y(zip5, "zipcode"),
            "PRIMARY_PAYER": G(lambda f: f.pick(PAYERS)[0]),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 30)),
            "LTV_USD": G(lambda f: money(f, 0, 4200)),
            "LAST_VISIT_DATE": G(day),
            "IS_MINOR": G(lambda f: f.pick([True, False])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HOME_CLINIC": G(lambda f: clinic(f, 1)),
            "HAS_PCP": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Account Created",
        ["web", "kotlin", "swift"],
        ("/signup", "Create account"),
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google"])),
            "email": Y(email, "email"),
            "password": RED(password, "password"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_version": G(lambda f: f.pick(["2024-01", "2024-06"])),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: "JUNI-" + rand(f, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "rn"],
        ("/login", "Sign in"),
        {
            "username": Y(email, "email"),
            "login_method": G(lambda f: f.pick(["password", "magic_link", "face_id", "google"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "phone_hint": G(lambda f: f"(•••) •••-{f.r.randint(0, 9999):04d}"),
            "session_id": G(lambda f: f.uuid()),
            "days_since_last_login": G(lambda f: f.r.randint(0, 400)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["node", "py"],
        ("/login", "Sign in"),
        {
            "attempted_email": Y(email, "email"),
            "failure_reason": G(lambda f: f.pick(["bad_password", "locked", "unknown_user", "mfa_timeout"])),
            "attempt_count": G(lambda f: f.r.randint(1, 6)),
            "ip_address": Y(ipv4, "ip"),
            "captcha_score": G(lambda f: round(f.r.random(), 2)),
            "account_locked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "MFA Code Verified",
        ["node", "go"],
        ("/login/verify", "Verify"),
        {
            "code": RED(otp, "token"),
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "verified": G(lambda f: f.pick([True, True, False])),
            "expires_in": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node", "ruby"],
        ("/login", "Sign in"),
        {
            "email": Y(email, "email"),
            "link_token": RED(link_token, "token|secret"),
            "link_url": RED(
                lambda f: "https://portal.juniperurgentcare.com/auth/magic?token=" + link_token(f),
                "token|secret",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
            "delivery": G(lambda f: "email"),
        },
    ),
    (
        "track",
        "Password Reset Completed",
        ["web", "py"],
        ("/reset-password", "Reset password"),
        {
            "reset_token": RED(link_token, "token"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_changed_at": G(lambda f: f.iso()),
            "sessions_revoked": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "alias",
        None,
        [*APP, "node"],
        ("/signup", "Create account"),
        {},
    ),
    # -- booking / check-in -----------------------------------------------------------------------
    (
        "page",
        "Find a Clinic",
        ["web"],
        ("/locations", "Find a clinic"),
        {
            "path": G(lambda f: "/locations"),
            "url": G(lambda f: "https://www.juniperurgentcare.com/locations"),
            "title": G(lambda f: "Find a clinic | Juniper Urgent Care"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", ""])),
            "search": G(lambda f: f.pick(["", "?near=78704", "?near=Tempe%2C%20AZ"])),
            "name": G(lambda f: "Find a Clinic"),
        },
    ),
    (
        "page",
        "Pricing",
        ["web"],
        ("/pricing", "Self-pay pricing"),
        {
            "path": G(lambda f: "/pricing"),
            "url": G(lambda f: "https://www.juniperurgentcare.com/pricing"),
            "title": G(lambda f: "Self-pay pricing | Juniper Urgent Care"),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "https://www.juniperurgentcare.com/"])
            ),
            "search": G(lambda f: ""),
            "name": G(lambda f: "Pricing"),
        },
    ),
    (
        "track",
        "Clinic Searched",
        ["web", "swift", "kotlin"],
        ("/locations", "Find a clinic"),
        {
            "query": G(
                lambda f: f.pick(["78704", "Tempe", "urgent care denver", "85281", "open now", "Ballard"])
            ),
            "search_lat": G(lambda f: f.pick([30.2672, 33.4255, 39.7392, 47.6687])),
            "search_lng": G(lambda f: f.pick([-97.7431, -111.94, -104.9903, -122.3847])),
            "results_count": G(lambda f: f.r.randint(0, 6)),
            "used_current_location": G(lambda f: f.pick([True, False])),
            "filter_open_now": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Check In Started",
        [*APP, "flutter"],
        ("/check-in", "Check in"),
        {
            "check_in_id": G(lambda f: f.uuid()),
            "clinic_id": G(lambda f: clinic(f, 0)),
            "clinic_name": G(lambda f: clinic(f, 1)),
            "clinic_city": G(lambda f: clinic(f, 3)),
            "visit_type": G(lambda f: f.pick(["in_person", "video"])),
            "reason_for_visit": Y(lambda f: f.pick(REASONS), "condition"),
            "is_returning_patient": G(lambda f: f.pick([True, False])),
            "for_someone_else": G(lambda f: f.pick([True, False])),
            "queue_position": G(lambda f: f.r.randint(1, 25)),
            "estimated_wait_min": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Symptoms Submitted",
        [*APP, "flutter"],
        ("/check-in/symptoms", "Symptoms"),
        {
            "check_in_id": G(lambda f: f.uuid()),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 4),
            "symptom_count": G(lambda f: f.r.randint(1, 4)),
            "onset_days_ago": G(lambda f: f.r.randint(0, 14)),
            "severity": Y(lambda f: f.pick(["mild", "moderate", "severe"]), "condition"),
            "has_fever": Y(lambda f: f.pick([True, False]), "condition"),
            "temperature_f": Y(lambda f: round(f.r.uniform(97.5, 103.8), 1), "condition"),
            "is_pregnant": Y(lambda f: f.pick([True, False, False, False]), "condition"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "current_medications": Many(Y(lambda f: f.pick(DRUGS)[0], "medication"), 2),
            "additional_info": Y(symptom_text, "condition", True),
            "form_version": G(lambda f: f.pick(["v7", "v8"])),
            "duration_ms": G(lambda f: f.r.randint(12000, 240000)),
        },
    ),
    (
        "track",
        "Patient Details Entered",
        ["web", "rn", "flutter"],
        ("/check-in/patient", "Patient details"),
        {
            "check_in_id": G(lambda f: f.uuid()),
            "patient": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(child_dob, "birthdate"),
                "sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
                "age": G(lambda f: f.r.randint(0, 17)),
            },
            "guardian": {
                "full_name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["mother", "father", "grandparent", "legal_guardian"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "is_minor": G(lambda f: True),
            "consent_to_treat": G(lambda f: f.pick([True, True, False])),
            "preferred_pharmacy_id": G(lambda f: f.pick(PHARMACIES)[0]),
        },
    ),
    (
        "track",
        "Intake Form Submitted",
        ["web"],
        ("/check-in/contact", "Contact details"),
        {
            "form-id": G(lambda f: f.pick(["intake-v3", "intake-v4"])),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "phone-number": Y(phone, "phone"),
            "email-address": Y(email, "email"),
            "home-address": Y(lambda f: f"{street(f)}, {city(f)}, {f.pick(STATES)} {zip5(f)}", "address"),
            "preferred-contact-method": G(lambda f: f.pick(["text", "call", "email"])),
            "reason-for-visit": Y(lambda f: f.pick(REASONS), "condition"),
            "insurance-provider": G(lambda f: f.pick(PAYERS)[0]),
            "how-did-you-hear": G(lambda f: f.pick(["google", "friend", "drove_by", "employer"])),
            "accept-sms-terms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Registro Completado",
        ["web"],
        ("/es/registro", "Registro"),
        {
            "nombre": Y(first, "name"),
            "apellido": Y(last, "name"),
            "fecha_de_nacimiento": Y(dob, "birthdate"),
            "telefono_celular": Y(phone, "phone"),
            "correo_electronico": Y(email, "email"),
            "direccion": Y(street, "address|street"),
            "ciudad": Y(city, "city"),
            "estado": G(lambda f: f.pick(STATES)),
            "codigo_postal": Y(zip5, "zipcode"),
            "sintomas": Many(
                Y(
                    lambda f: f.pick(
                        ["dolor de garganta", "fiebre", "tos", "dolor de oído", "sarpullido", "náuseas"]
                    ),
                    "condition",
                ),
                3,
            ),
            "alergias": Y(
                lambda f: f.pick(["penicilina", "ninguna conocida", "sulfas", "mariscos"]), "allergy"
            ),
            "aseguradora": G(lambda f: f.pick(PAYERS)[0]),
            "numero_de_miembro": Y(member_id, "identification"),
            "idioma_preferido": G(lambda f: "es"),
            "necesita_interprete": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dependent Added",
        ["swift", "kotlin", "rn", "web"],
        ("/account/family", "Family members"),
        {
            "dependent": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(child_dob, "birthdate"),
                "sex": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
                "relationship": G(lambda f: f.pick(["child", "stepchild", "ward"])),
                "school": G(lambda f: f.pick(SCHOOLS)),
            },
            "dependents_count": G(lambda f: f.r.randint(1, 5)),
            "pediatrician_name": Y(lambda f: "Dr. " + full(f), "name"),
            "pediatric_practice": G(
                lambda f: f.pick(
                    ["Austin Regional Clinic", "Phoenix Children's Care Network", "Peachtree Pediatrics"]
                )
            ),
        },
    ),
    (
        "track",
        "Dependent Selected",
        MOBILE,
        ("/", "Home"),
        {
            "label": Y(lambda f: f"{first(f)} ({f.pick(['child', 'me', 'son', 'daughter'])})", "name", True),
            "profile_id": G(lambda f: "pt_" + f.digits(7)),
            "profiles_available": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        APP,
        ("/account/contacts", "Emergency contact"),
        {
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend", "partner"])),
            },
            "updated_fields": Many(G(lambda f: f.pick(["name", "phone", "relationship"])), 3),
        },
    ),
    (
        "track",
        "Demographics Updated",
        ["web", "swift", "kotlin"],
        ("/account/profile", "Profile"),
        {
            "race": Y(
                lambda f: f.pick(
                    [
                        "Black or African American",
                        "White",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Native Hawaiian or Other Pacific Islander",
                        "Declined",
                    ]
                ),
                "race",
            ),
            "ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Declined"]), "ethnicity"
            ),
            "gender_identity": Y(
                lambda f: f.pick(["woman", "man", "transgender woman", "nonbinary", "prefer_not_to_say"]),
                "gender",
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "sexual_orientation": Y(
                lambda f: f.pick(["straight", "gay or lesbian", "bisexual", "declined"]), "sexual orientation"
            ),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
            "preferred_language": G(lambda f: f.pick(["en", "es", "vi", "ar", "so"])),
            "interpreter_needed": G(lambda f: f.pick([True, False])),
            "veteran_status": RED(lambda f: f.pick(["veteran", "not_a_veteran", "declined"]), "veteran"),
            "uses_wheelchair": RED(lambda f: f.pick([True, False, False]), "disability"),
            "fields_changed": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        APP,
        ("/book", "Book a visit"),
        {
            "appointment_id": G(lambda f: f.uuid()),
            "slot_start": G(lambda f: f.iso()),
            "visit_type": G(lambda f: f.pick(["in_person", "video"])),
            "service_line": G(
                lambda f: f.pick(
                    ["urgent_care", "sports_physical", "occupational_health", "travel_medicine", "vaccines"]
                )
            ),
            "clinic": {
                "id": G(lambda f: clinic(f, 0)),
                "name": G(lambda f: clinic(f, 1)),
                "address": G(lambda f: clinic(f, 2)),
                "city": G(lambda f: clinic(f, 3)),
                "state": G(lambda f: clinic(f, 4)),
                "zip": G(lambda f: clinic(f, 5)),
                "phone": G(lambda f: clinic(f, 6)),
            },
            "provider_id": G(lambda f: "prv_" + f.digits(4)),
            "provider_name": Y(lambda f: f"{full(f)}, {f.pick(['MD', 'DO', 'PA-C', 'FNP-C'])}", "name"),
            "booking_channel": G(lambda f: f.pick(["web", "app", "phone"])),
            "lead_time_hours": G(lambda f: f.r.randint(0, 72)),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing"])),
            "utm_campaign": G(lambda f: f.pick(["brand_search", "flu_season_2024", "telehealth_launch"])),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        [*APP, "node"],
        ("/visits", "My visits"),
        {
            "appointment_id": G(lambda f: f.uuid()),
            "cancel_reason": G(
                lambda f: f.pick(["feeling_better", "scheduling_conflict", "went_elsewhere", "cost"])
            ),
            "hours_before_slot": G(lambda f: f.r.randint(0, 48)),
            "rebooked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Info Added",
        APP,
        ("/check-in/insurance", "Insurance"),
        {
            "payer_name": G(lambda f: f.pick(PAYERS)[0]),
            "payer_id": G(lambda f: f.pick(PAYERS)[1]),
            "plan_type": G(lambda f: f.pick(["PPO", "HMO", "EPO", "HDHP", "Medicaid"])),
            "member_id": Y(member_id, "identification"),
            "group_number": G(lambda f: f.pick(["0" + f.digits(6), "GRP" + f.digits(5), f.digits(8)])),
            "subscriber_name": Y(full, "name"),
            "subscriber_dob": Y(dob, "birthdate"),
            "relationship_to_subscriber": G(lambda f: f.pick(["self", "spouse", "child", "other"])),
            "card_front_url": Y(
                lambda f: f"https://files.juniperurgentcare.com/ins/{f.uuid()}/front.jpg", "photo"
            ),
            "card_back_url": Y(
                lambda f: f"https://files.juniperurgentcare.com/ins/{f.uuid()}/back.jpg", "photo"
            ),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "is_primary": G(lambda f: f.pick([True, True, False])),
            "has_secondary_insurance": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Card Scanned",
        ["kotlin", "swift"],
        ("/", "Home"),
        {
            "member_name": Y(full, "name"),
            "member_id": Y(member_id, "identification"),
            "rx_bin": G(lambda f: f.pick(["610014", "004336", "610502", "003858"])),
            "rx_pcn": G(lambda f: f.pick(["ADV", "MEDDPRIME", "A4", "9999"])),
            "rx_grp": G(lambda f: f.pick(["RX1234", "BCTXRX", "UHEALTH"])),
            "payer_name": G(lambda f: f.pick(PAYERS)[0]),
        },
    ),
    (
        "track",
        "Eligibility Checked",
        ["node", "java"],
        ("/", "Home"),
        {
            "check_in_id": G(lambda f: f.uuid()),
            "clearinghouse": G(lambda f: f.pick(["Availity", "Change Healthcare", "Waystar"])),
            "payer_id": G(lambda f: f.pick(PAYERS)[1]),
            "subscriberMemberId": Y(member_id, "identification"),
            "eligibility_status": G(lambda f: f.pick(["active", "inactive", "unknown"])),
            "copay_amount": G(lambda f: f.pick([0, 25, 40, 50, 75])),
            "deductible_remaining": G(lambda f: money(f, 0, 6500)),
            "coinsurance_pct": G(lambda f: f.pick([0, 10, 20, 30])),
            "trace_number": G(lambda f: f.digits(15)),
            "response_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "Medicare Eligibility Verified",
        ["java"],
        ("/", "Home"),
        {
            "mbi": RED(mbi, "health id"),
            "beneficiary_name": Y(full, "name"),
            "part_b_active": G(lambda f: f.pick([True, False])),
            "medicare_advantage": G(lambda f: f.pick([True, False])),
            "hets_transaction_id": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Self Pay Selected",
        APP,
        ("/check-in/payment", "Payment"),
        {
            "estimated_price": G(lambda f: f.pick([99, 129, 149, 189])),
            "price_tier": G(lambda f: f.pick(["basic", "standard", "complex"])),
            "reason": G(lambda f: f.pick(["no_insurance", "high_deductible", "out_of_network"])),
            "discount_code": G(lambda f: f.pick(["", "STUDENT15", "JUNIPERPLUS"])),
        },
    ),
    (
        "track",
        "Photo ID Scanned",
        ["flutter"],
        ("/", "Home"),
        {
            "photo_id_type": G(lambda f: f.pick(["drivers_license", "state_id", "passport"])),
            "photo_id_number": RED(
                lambda f: f.pick([f.digits(8), "D" + f.digits(7), f.pick("ABCDEFG") + f.digits(8)]),
                "national id|license",
            ),
            "photo_id_state": G(lambda f: f.pick(STATES)),
            "photo_id_expiration": G(lambda f: day(f, f.r.randint(2025, 2031))),
            "scan_confidence": G(lambda f: round(f.r.uniform(0.7, 1), 3)),
            "selfie_url": Y(
                lambda f: f"https://files.juniperurgentcare.com/kiosk/{f.hexid(20)}.jpg", "photo"
            ),
            "face_match_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "kiosk_id": G(lambda f: "KSK-" + f.digits(3)),
        },
    ),
    # -- telehealth ---------------------------------------------------------------------------------
    (
        "track",
        "Telehealth Visit Started",
        ["rn", "web"],
        ("/visit/room", "Video visit"),
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(12)),
            "room_sid": G(lambda f: twilio_sid(f, "RM")),
            "provider_display_name": Y(lambda f: f"Dr. {last(f)}", "name"),
            "provider_credentials": G(lambda f: f.pick(["MD", "DO", "PA-C", "NP"])),
            "patient_state": G(lambda f: f.pick(STATES)),
            "patient_location": {
                "lat": Y(lambda f: round(f.r.uniform(25.8, 47.7), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122.4, -80.2), 5), "geolocation"),
            },
            "callback_phone": Y(lambda f: us_phone(f), "phone"),
            "connection_type": G(lambda f: f.pick(["wifi", "cellular", "ethernet"])),
            "camera_enabled": G(lambda f: f.pick([True, False])),
            "mic_enabled": G(lambda f: True),
            "wait_seconds": G(lambda f: f.r.randint(10, 2400)),
        },
    ),
    (
        "track",
        "Telehealth Visit Ended",
        ["rn", "web"],
        ("/visit/room", "Video visit"),
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(12)),
            "duration_sec": G(lambda f: f.r.randint(180, 2400)),
            "ended_by": G(lambda f: f.pick(["provider", "patient", "network"])),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "disconnects": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Twilio Video Event",
        ["node"],
        ("/", "Home"),
        {
            "AccountSid": G(lambda f: "AC" + "3f9c1e7a2b4d6e8f0a1b2c3d4e5f6a7b"),
            "RoomSid": G(lambda f: twilio_sid(f, "RM")),
            "RoomName": G(lambda f: "visit-" + f.uuid()),
            "RoomStatus": G(lambda f: f.pick(["in-progress", "completed"])),
            "ParticipantSid": G(lambda f: twilio_sid(f, "PA")),
            "ParticipantIdentity": G(lambda f: f.pick(["pt_", "dr_"]) + f.digits(6)),
            "StatusCallbackEvent": G(
                lambda f: f.pick(["participant-connected", "participant-disconnected", "room-ended"])
            ),
            "ParticipantDuration": G(lambda f: f.r.randint(0, 3000)),
            "Timestamp": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ["node"],
        ("/", "Home"),
        {
            "MessageSid": G(lambda f: twilio_sid(f, "SM")),
            "From": Y(lambda f: us_phone(f, "e164"), "phone", True),
            "To": G(lambda f: f.pick(["+15125550142", "+14805550177", "+17205550203"])),
            "Body": G(
                lambda f: f.pick(
                    ["YES", "C", "STOP", "Running 10 min late", "Thanks!", "ok", "1", "5", "Can I come at 3?"]
                )
            ),
            "FromCity": Y(lambda f: city(f).upper(), "city"),
            "FromState": G(lambda f: f.pick(STATES)),
            "FromZip": Y(lambda f: zip5(f)[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "NumSegments": G(lambda f: "1"),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    # -- visit, notes, EHR --------------------------------------------------------------------------
    (
        "track",
        "Visit Completed",
        ["dotnet"],
        ("/", "Home"),
        {
            "VisitId": G(lambda f: f.digits(9)),
            "PatientMrn": RED(mrn, "health id"),
            "EncounterType": G(lambda f: f.pick(["URGENT_CARE", "TELEHEALTH", "OCC_HEALTH"])),
            "FacilityId": G(lambda f: clinic(f, 0)),
            "ProviderNpi": G(npi),
            "ProviderName": Y(lambda f: f"{last(f)}, {first(f)}", "name"),
            "DiagnosisCodes": Many(Y(lambda f: f.pick(ICD10)[0], "diagnosis"), 3),
            "DiagnosisDescriptions": Many(Y(lambda f: f.pick(ICD10)[1], "diagnosis"), 2),
            "ProcedureCodes": Many(Y(lambda f: f.pick(CPT), "procedure"), 3),
            "DispositionCode": G(
                lambda f: f.pick(["DISCHARGED_HOME", "REFERRED_PCP", "REFERRED_SPECIALIST"])
            ),
            "FollowUpRequired": G(lambda f: f.pick([True, False])),
            "ChartClosedAt": G(lambda f: f.iso()),
            "TotalCharge": G(lambda f: money(f, 90, 900)),
        },
    ),
    (
        "track",
        "Visit Summary Shared",
        ["node"],
        ("/", "Home"),
        {
            "note_id": G(lambda f: f.uuid()),
            "note_type": G(lambda f: f.pick(["after_visit_summary", "progress_note"])),
            "author_name": Y(lambda f: f"{full(f)}, {f.pick(['MD', 'PA-C', 'NP'])}", "name"),
            "note": Y(clinical_note, "diagnosis|condition", True),
            "shared_with": Y(email, "email", True),
            "page_count": G(lambda f: f.r.randint(1, 6)),
            "document_sha256": G(sha256),
        },
    ),
    (
        "screen",
        "Visit Summary",
        MOBILE,
        ("/", "Home"),
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(12)),
            "from_screen": G(lambda f: f.pick(["Home", "Visits", "Push"])),
        },
    ),
    (
        "track",
        "Work Note Requested",
        ["web", "swift", "kotlin"],
        ("/visits/notes", "Work and school notes"),
        {
            "note_type": G(lambda f: f.pick(["work", "school"])),
            "visit_id": G(lambda f: "vis_" + f.hexid(12)),
            "patient_name": Y(full, "name"),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "recipient_email": Y(email, "email"),
            "excused_from": G(day),
            "excused_until": G(day),
            "restrictions": Y(
                lambda f: f.pick(
                    [
                        "No lifting over 10 lbs until cleared",
                        "Must wear a mask for 5 days",
                        "Seated duty only, ankle sprain",
                        "Light duty, no ladder climbing",
                        "Remain home until fever free 24 hours",
                    ]
                ),
                "condition",
            ),
            "delivery_method": G(lambda f: f.pick(["email", "download", "fax"])),
        },
    ),
    (
        "track",
        "School Note Downloaded",
        ["web", "rn"],
        ("/visits/notes", "Work and school notes"),
        {
            "note_id": G(lambda f: f.uuid()),
            "student_first_name": Y(first, "name"),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "school_district": G(
                lambda f: f.pick(["Austin ISD", "Tempe Elementary District", "Denver Public Schools"])
            ),
            "format": G(lambda f: "pdf"),
            "download_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- labs ---------------------------------------------------------------------------------------
    (
        "track",
        "Lab Order Placed",
        ["java"],
        ("/", "Home"),
        {
            "order_id": G(lambda f: "LO-" + f.digits(8)),
            "patient_mrn": RED(mrn, "health id"),
            "lab_vendor": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "in_house"])),
            "tests": Many(
                {
                    "loinc": Y(lambda f: f.pick(LABS)[0], "procedure"),
                    "name": Y(lambda f: f.pick(LABS)[1], "procedure"),
                    "specimen_type": G(
                        lambda f: f.pick(["blood", "urine", "nasopharyngeal swab", "throat swab"])
                    ),
                    "priority": G(lambda f: f.pick(["routine", "stat"])),
                },
                3,
            ),
            "ordering_provider_npi": G(npi),
            "fasting_required": G(lambda f: f.pick([True, False])),
            "collected_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lab Result Released",
        ["java", "dotnet"],
        ("/", "Home"),
        {
            "result_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "LO-" + f.digits(8)),
            "test_name": Y(lambda f: f.pick(LABS)[1], "procedure"),
            "result_value": Y(
                lambda f: f.pick(
                    [
                        "Positive",
                        "Negative",
                        "Not detected",
                        str(round(f.r.uniform(4.5, 14.2), 1)),
                        str(f.r.randint(70, 240)),
                    ]
                ),
                "condition",
            ),
            "units": G(lambda f: f.pick(["", "mg/dL", "g/dL", "%"])),
            "reference_range": G(lambda f: f.pick(["Negative", "70-99", "12.0-15.5", "<5.7"])),
            "abnormal_flag": Y(lambda f: f.pick(["H", "L", "N", "A"]), "condition"),
            "result_status": G(lambda f: f.pick(["final", "preliminary", "corrected"])),
            "released_at": G(lambda f: f.iso()),
            "auto_released": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Lab Results",
        MOBILE,
        ("/", "Home"),
        {
            "result_count": G(lambda f: f.r.randint(1, 8)),
            "hasAbnormalResult": Y(lambda f: f.pick([True, False]), "condition"),
            "unreadCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "LabResultViewed",
        ["dotnet"],
        ("/", "Home"),
        {
            "ResultId": G(lambda f: f.uuid()),
            "PatientId": G(lambda f: f.digits(9)),
            "ViewedBy": G(lambda f: f.pick(["patient", "guardian", "proxy"])),
            "ViewedAtUtc": G(lambda f: f.iso()),
            "SecondsOnPage": G(lambda f: f.r.randint(3, 600)),
            "DownloadedPdf": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vaccine Administered",
        ["go"],
        ("/", "Home"),
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(12)),
            "vaccine": Y(
                lambda f: f.pick(
                    ["Influenza, quadrivalent", "Tdap", "COVID-19 mRNA 2024-25", "Hepatitis A", "Typhoid Vi"]
                ),
                "procedure|medication",
            ),
            "cvx_code": Y(lambda f: f.pick(["150", "115", "309", "52", "101"]), "procedure|medication"),
            "lot_number": G(lambda f: f.pick(["UJ472AA", "3CA21C1", "FL8095", "AB12X"])),
            "site": G(lambda f: f.pick(["left deltoid", "right deltoid"])),
            "dose_number": G(lambda f: f.r.randint(1, 3)),
            "vis_date": G(lambda f: f.pick(["2023-08-06", "2021-08-06"])),
            "reported_to_registry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Travel Consult Booked",
        ["web"],
        ("/travel", "Travel medicine"),
        {
            "destination_country": G(lambda f: f.pick(["Kenya", "Peru", "India", "Vietnam", "Ghana"])),
            "departure_date": G(day),
            "trip_length_days": G(lambda f: f.r.randint(5, 60)),
            "vaccines_recommended": Many(
                G(lambda f: f.pick(["Yellow fever", "Typhoid", "Hepatitis A", "Rabies"])), 3
            ),
            "passport_number": RED(lambda f: f.pick(["5", "6", "A"]) + f.digits(8), "passport"),
            "nationality": Y(
                lambda f: f.pick(["American", "Mexican", "Indian", "Vietnamese", "Canadian"]), "citizenship"
            ),
            "travelers_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    # -- prescriptions ------------------------------------------------------------------------------
    (
        "track",
        "Prescription Sent",
        ["go", "py"],
        ("/", "Home"),
        {
            "prescription_id": G(lambda f: f.uuid()),
            "rx_number": Y(rx_number, "medication"),
            "medication_name": Y(lambda f: f.pick(DRUGS)[0], "medication"),
            "ndc": Y(lambda f: f.pick(DRUGS)[1], "medication"),
            "strength": G(lambda f: f.pick(DRUGS)[2]),
            "quantity": G(lambda f: f.pick([10, 14, 20, 30])),
            "refills": G(lambda f: f.r.randint(0, 2)),
            "days_supply": G(lambda f: f.pick([5, 7, 10, 30])),
            "is_controlled_substance": Y(lambda f: f.pick([False, False, True]), "medication"),
            "prescriber": {
                "name": Y(lambda f: f"{full(f)}, {f.pick(['MD', 'DO', 'PA-C', 'NP'])}", "name"),
                "npi": G(npi),
                "dea": Y(dea, "license"),
            },
            "pharmacy": {
                "ncpdp_id": G(lambda f: f.pick(PHARMACIES)[0]),
                "name": G(lambda f: f.pick(PHARMACIES)[1]),
                "phone": G(lambda f: f.pick(PHARMACIES)[2]),
                "address": G(lambda f: f.pick(PHARMACIES)[3]),
                "city": G(lambda f: f.pick(PHARMACIES)[4]),
                "zip": G(lambda f: f.pick(PHARMACIES)[5]),
            },
            "erx_network": G(lambda f: "Surescripts"),
            "transmission_status": G(lambda f: f.pick(["accepted", "pending", "error"])),
        },
    ),
    (
        "track",
        "Preferred Pharmacy Changed",
        APP,
        ("/account/pharmacy", "Pharmacy"),
        {
            "old_pharmacy_id": G(lambda f: f.pick(PHARMACIES)[0]),
            "new_pharmacy_id": G(lambda f: f.pick(PHARMACIES)[0]),
            "pharmacy_name": G(lambda f: f.pick(PHARMACIES)[1]),
            "pharmacy_phone": G(lambda f: f.pick(PHARMACIES)[2]),
            "search_zip": G(lambda f: f.pick(["78704", "85281", "80211", "30324", "98107"])),
            "distance_mi": G(lambda f: round(f.r.uniform(0.2, 12), 1)),
            "is_24_hour": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Prescription Ready SMS Sent",
        ["ruby"],
        ("/", "Home"),
        {
            "to": Y(lambda f: us_phone(f, "e164"), "phone", True),
            "template": G(lambda f: f.pick(["rx_ready_v2", "rx_ready_es"])),
            "pharmacy_name": G(lambda f: f.pick(PHARMACIES)[1]),
            "message_sid": G(lambda f: twilio_sid(f, "SM")),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "segments": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    # -- follow-up messaging ------------------------------------------------------------------------
    (
        "track",
        "Follow Up Message Sent",
        ["ruby", "node"],
        ("/", "Home"),
        {
            "message_id": G(lambda f: f.uuid()),
            "thread_id": G(lambda f: "thr_" + f.hexid(10)),
            "channel": G(lambda f: f.pick(["sms", "email", "in_app"])),
            "sender_role": G(lambda f: f.pick(["clinician", "nurse", "system"])),
            "sender_name": Y(lambda f: f.pick([f"{first(f)} {last(f)}, RN", f"Dr. {last(f)}"]), "name"),
            "recipient": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "subject": G(
                lambda f: f.pick(
                    [
                        "How are you feeling?",
                        "Your lab results are ready",
                        "Prescription sent",
                        "Follow-up reminder",
                    ]
                )
            ),
            "body": Y(followup_body, "name", True),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "reply_allowed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Patient Message Submitted",
        ["web", "rn", "swift"],
        ("/messages", "Messages"),
        {
            "thread_id": G(lambda f: "thr_" + f.hexid(10)),
            "topic": G(lambda f: f.pick(["medication_question", "symptoms_worse", "billing", "results"])),
            "text": Y(symptom_text, "condition", True),
            "char_count": G(lambda f: f.r.randint(20, 600)),
            "marked_urgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Symptom Checker Message",
        ["web", "rn"],
        ("/symptom-checker", "Symptom checker"),
        {
            "conversation_id": G(lambda f: f.uuid()),
            "turn": G(lambda f: f.r.randint(1, 12)),
            "input": Y(symptom_text, "condition", True),
            "triage_level": G(lambda f: f.pick(["self_care", "urgent_care", "emergency", "telehealth"])),
            "model_version": G(lambda f: f.pick(["triage-2024.05", "triage-2024.09"])),
        },
    ),
    (
        "track",
        "Email Event",
        ["py"],
        ("/", "Home"),
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "sg_event_id": G(lambda f: rand(f, 22, URLSAFE)),
            "sg_message_id": G(lambda f: rand(f, 22, URLSAFE) + ".filterdrecv-" + f.digits(5)),
            "smtp-id": G(lambda f: f"<{rand(f, 22, URLSAFE)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "timestamp": G(epoch_s),
            "category": Many(G(lambda f: f.pick(["follow_up", "lab_results", "statement", "marketing"])), 2),
            "ip": Y(ipv4, "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://portal.juniperurgentcare.com/results",
                        "https://www.juniperurgentcare.com/locations",
                        "https://portal.juniperurgentcare.com/billing",
                    ]
                )
            ),
            "asm_group_id": G(lambda f: f.pick([18821, 18822])),
            "reply_to": G(
                lambda f: f.pick(["no-reply@juniperurgentcare.com", "care-team@juniperurgentcare.com"])
            ),
        },
    ),
    (
        "track",
        "Survey Submitted",
        ["web", "swift", "kotlin"],
        ("/survey", "Survey"),
        {
            "survey_id": G(lambda f: f.pick(["nps_post_visit", "telehealth_csat"])),
            "score": G(lambda f: f.r.randint(0, 10)),
            "provider_rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Fast and friendly",
                        "Waited too long in the lobby",
                        "Great experience",
                        "The app kept crashing",
                        "",
                        "Front desk was very helpful",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        APP,
        ("/refer", "Refer a friend"),
        {
            "friend_email": Y(email, "email"),
            "friend_name": Y(first, "name"),
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link"])),
            "referral_code": G(lambda f: "JUNI-" + rand(f, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "reward_usd": G(lambda f: f.pick([10, 20])),
        },
    ),
    # -- billing --------------------------------------------------------------------------------------
    (
        "track",
        "Statement Generated",
        ["php"],
        ("/", "Home"),
        {
            "statement_id": G(lambda f: "ST" + f.digits(9)),
            "account_number": G(lambda f: f.digits(8)),
            "guarantor": {
                "name": Y(full, "name"),
                "address": Y(lambda f: f"{street(f)}, {city(f)}, {f.pick(STATES)} {zip5(f)}", "address"),
                "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            },
            "balance_due": G(lambda f: money(f, 0, 1800)),
            "statement_date": G(day),
            "due_date": G(day),
            "aging_bucket": G(lambda f: f.pick(["current", "30", "60", "90+"])),
            "delivery_method": G(lambda f: f.pick(["email", "paper", "sms_link"])),
            "visit_ids": Many(G(lambda f: f.digits(9)), 3),
        },
    ),
    (
        "page",
        "Billing Statement",
        ["web"],
        ("/billing/statements", "Statements"),
        {
            "path": G(lambda f: "/billing/statements"),
            "url": G(lambda f: "https://portal.juniperurgentcare.com/billing/statements"),
            "title": G(lambda f: "Statements | Juniper Care"),
            "referrer": G(lambda f: f.pick(["", "https://portal.juniperurgentcare.com/"])),
            "search": G(lambda f: f.pick(["", "?from=email", "?from=sms"])),
            "name": G(lambda f: "Billing Statement"),
            "statement_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Payment Plan Created",
        ["web", "swift", "kotlin"],
        ("/billing/plan", "Payment plan"),
        {
            "plan_id": G(lambda f: "pp_" + f.hexid(10)),
            "installments": G(lambda f: f.pick([3, 6, 12])),
            "installment_amount": G(lambda f: money(f, 25, 300)),
            "first_payment_date": G(day),
            "autopay": G(lambda f: f.pick([True, False])),
            "payment_method_id": RED(pm_token, "token"),
            "stripe_customer_id": G(lambda f: "cus_" + rand(f, 14)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
        },
    ),
    (
        "track",
        "Payment Plan Approved",
        ["node"],
        ("/", "Home"),
        {
            "plan_id": G(lambda f: "pp_" + f.hexid(10)),
            "credit_score": Y(lambda f: f.r.randint(520, 820), "credit score"),
            "annual_income": Y(lambda f: f.r.randint(18000, 140000), "salary"),
            "approved": G(lambda f: f.pick([True, False])),
            "apr": G(lambda f: f.pick([0, 0, 9.99])),
        },
    ),
    (
        "track",
        "Bank Account Added",
        ["web"],
        ("/billing/methods", "Payment methods"),
        {
            "routing_number": G(aba),
            "bank_account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(full, "name"),
            "institution": G(
                lambda f: f.pick(["Chase", "Wells Fargo", "Frost Bank", "Navy Federal Credit Union"])
            ),
            "plaid_account_id": G(lambda f: rand(f, 37)),
            "verification": G(lambda f: f.pick(["instant", "microdeposits"])),
        },
    ),
    (
        "track",
        "Payment Posted",
        ["php"],
        ("/", "Home"),
        {
            "transaction_id": G(lambda f: f.digits(12)),
            "account_number": G(lambda f: f.digits(8)),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvc": RED(lambda f: f"{f.r.randint(100, 9999)}", "credit card"),
            "amount": G(lambda f: money(f, 10, 600)),
            "billing_zip": Y(zip5, "zipcode"),
            "posted_by": G(lambda f: f.pick(["front_desk", "ivr", "portal"])),
            "batch_no": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node", "py"],
        ("/", "Home"),
        {
            "invoice_id": G(lambda f: "in_" + rand(f, 24)),
            "amount": G(lambda f: money(f, 10, 600)),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor", "incorrect_cvc"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "371449", "601100", "411111"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "will_retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift"],
        ("/shop/checkout", "Checkout"),
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: money(f, 15, 180)),
            "shipping": G(lambda f: f.pick([0, 5.99, 9.99])),
            "tax": G(lambda f: money(f, 0, 14)),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "FLUSEASON", "FREESHIP"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(
                        lambda f: f.pick(
                            [
                                "JUC-KIT-COVID2",
                                "JUC-KIT-FLUAB",
                                "JUC-KIT-UTI",
                                "JUC-OTC-THERM",
                                "JUC-KIT-STREP",
                            ]
                        )
                    ),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "COVID-19 Home Test (2-pack)",
                                "Flu A/B + COVID Combo Test",
                                "UTI Test Strips (3)",
                                "Digital Thermometer",
                                "First Aid Kit",
                            ]
                        )
                    ),
                    "category": G(lambda f: f.pick(["Home Tests", "Supplies"])),
                    "price": G(lambda f: f.pick([14.99, 24.99, 9.99, 19.99, 29.0])),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(full, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(STATES)),
                "postal_code": Y(zip5, "zipcode"),
            },
            "email": Y(email, "email"),
            "gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        ("/shop", "Shop"),
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(lambda f: f.pick(["JUC-KIT-COVID2", "JUC-KIT-FLUAB", "JUC-OTC-THERM"])),
            "name": G(
                lambda f: f.pick(
                    ["COVID-19 Home Test (2-pack)", "Flu A/B + COVID Combo Test", "Digital Thermometer"]
                )
            ),
            "price": G(lambda f: f.pick([14.99, 24.99, 19.99])),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Visit Paid",
        ["web", "node"],
        ("/billing/pay", "Pay a bill"),
        {
            "order_id": G(lambda f: f.digits(9)),
            "revenue": G(lambda f: money(f, 25, 400)),
            "currency": G(lambda f: "USD"),
            "products": Many(
                {
                    "sku": G(
                        lambda f: f.pick(
                            ["SVC-UC-L3", "SVC-TELE", "SVC-PHYS-SPORT", "SVC-FLU-SHOT", "SVC-WORKNOTE"]
                        )
                    ),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Urgent care visit, level 3",
                                "Telehealth visit",
                                "Sports physical",
                                "Flu shot",
                                "Work note",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.pick([149, 79, 45, 35, 0])),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "ach", "hsa_card"])),
            "copay": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- occupational health / employers ---------------------------------------------------------------
    (
        "group",
        None,
        ["node", "java"],
        ("/", "Home"),
        {
            "name": G(lambda f: f.pick(EMPLOYERS)),
            "industry": G(
                lambda f: f.pick(["logistics", "construction", "education", "hospitality", "energy"])
            ),
            "employees": G(lambda f: f.r.randint(20, 9000)),
            "plan": G(lambda f: f.pick(["occ_health_basic", "occ_health_plus"])),
            "address": G(
                lambda f: f.pick(["1200 Industrial Blvd", "4500 Freidrich Ln Bldg 2", "77 Commerce St"])
            ),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "ap@lonestarlogistics.com",
                        "invoices@brightlinesolar.com",
                        "accounts.payable@pinnaclefoods.com",
                    ]
                )
            ),
            "hr_contact_name": Y(full, "name"),
            "hr_contact_email": Y(email, "email"),
            "contract_start": G(day),
            "account_manager": Y(full, "name"),
        },
    ),
    (
        "track",
        "Drug Screen Ordered",
        ["java"],
        ("/", "Home"),
        {
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "donor_name": Y(full, "name"),
            "donor_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "job_title": G(
                lambda f: f.pick(["CDL Driver", "Warehouse Associate", "Line Cook", "Electrician"])
            ),
            "panel": Y(lambda f: f.pick(["5-panel DOT", "10-panel non-DOT", "breath alcohol"]), "procedure"),
            "reason": G(lambda f: f.pick(["pre_employment", "random", "post_accident"])),
            "ccf_number": G(lambda f: f.digits(10)),
            "result": Y(lambda f: f.pick(["negative", "negative", "positive", "dilute"]), "condition"),
        },
    ),
    (
        "track",
        "Claim Submitted",
        ["java"],
        ("/", "Home"),
        {
            "claim_id": G(lambda f: "CLM" + f.digits(10)),
            "payer_claim_number": G(lambda f: f.digits(13)),
            "member_id": Y(member_id, "identification"),
            "billed_amount": G(lambda f: money(f, 90, 1200)),
            "allowed_amount": G(lambda f: money(f, 40, 600)),
            "cpt_codes": Many(Y(lambda f: f.pick(CPT), "procedure"), 3),
            "icd10_codes": Many(Y(lambda f: f.pick(ICD10)[0], "diagnosis"), 2),
            "place_of_service": G(lambda f: f.pick(["20", "02", "10"])),
            "rendering_npi": G(npi),
            "status": G(lambda f: f.pick(["submitted", "accepted", "rejected"])),
        },
    ),
    (
        "track",
        "PatientRegistered",
        ["dotnet"],
        ("/", "Home"),
        {
            "MedicalRecordNumber": RED(mrn, "health id"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "DateOfBirth": Y(lambda f: dob(f, 1940, 2023) + "T00:00:00", "birthdate"),
            "Sex": Y(lambda f: f.pick(["Female", "Male", "Unknown"]), "sex|gender"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "HomePhone": Y(phone, "phone"),
            "Address": {
                "Line1": Y(street, "address|street"),
                "City": Y(city, "city"),
                "State": G(lambda f: f.pick(STATES)),
                "PostalCode": Y(zip5, "zipcode"),
            },
            "PrimaryCareProvider": Y(lambda f: f"{last(f)}, {first(f)} MD", "name"),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced", "Unknown"])),
            "PreferredLanguage": G(lambda f: f.pick(["English", "Spanish", "Vietnamese"])),
            "RegisteredAtFacility": G(lambda f: clinic(f, 0)),
            "HL7MessageControlId": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Consentimiento Firmado",
        ["web"],
        ("/es/consentimiento", "Consentimiento"),
        {
            "nombre_del_tutor": Y(full, "name"),
            "parentesco": G(lambda f: f.pick(["madre", "padre", "abuela", "tutor legal"])),
            "telefono_tutor": Y(phone, "phone"),
            "nombre_del_menor": Y(full, "name"),
            "fecha_nacimiento_menor": Y(child_dob, "birthdate"),
            "firma_url": Y(lambda f: f"https://files.juniperurgentcare.com/firmas/{f.uuid()}.png", "photo"),
            "acepta_terminos": G(lambda f: True),
            "version_formulario": G(lambda f: f.pick(["es-2024-02", "es-2024-07"])),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        ("/contact", "Contact us"),
        {
            "caller-name": Y(full, "name"),
            "callback-number": Y(phone, "phone"),
            "best-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "callback-topic": G(lambda f: f.pick(["billing", "records_request", "employer_services"])),
        },
    ),
    # -- staff tools ------------------------------------------------------------------------------------
    (
        "track",
        "Patient Searched",
        ["web"],
        ("/staff/patients", "Patients"),
        {
            "q": Y(staff_query, "name|phone|birthdate|email", True),
            "results": G(lambda f: f.r.randint(0, 9)),
            "staff_role": G(lambda f: f.pick(["front_desk", "medical_assistant", "provider"])),
            "clinic_id": G(lambda f: clinic(f, 0)),
        },
    ),
    (
        "track",
        "Patient Chart Opened",
        ["web"],
        ("/staff/chart", "Chart"),
        {
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "staff_role": G(lambda f: f.pick(["front_desk", "medical_assistant", "provider"])),
            "patient_id": G(lambda f: "pt_" + f.digits(7)),
            "chart_section": G(lambda f: f.pick(["summary", "meds", "labs", "billing"])),
            "access_reason": G(lambda f: f.pick(["treatment", "billing", "operations"])),
            "break_glass": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Shift Started",
        ["swift"],
        ("/", "Home"),
        {
            "clinician_id": G(lambda f: "prv_" + f.digits(4)),
            "clinician_name": Y(full, "name"),
            "role": G(lambda f: f.pick(["MD", "PA-C", "NP", "RN", "MA"])),
            "clinic_id": G(lambda f: clinic(f, 0)),
            "hourly_rate": Y(lambda f: f.pick([38.5, 52.0, 74.0, 95.0, 112.5]), "salary"),
            "license_state": G(lambda f: f.pick(STATES)),
            "license_number": Y(
                lambda f: f.pick(["M" + f.digits(4), "RN" + f.digits(6), "PA" + f.digits(5)]), "license"
            ),
            "mobile": Y(lambda f: us_phone(f), "phone"),
            "shift_length_h": G(lambda f: f.pick([8, 10, 12])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ("/check-in/contact", "Contact details"),
        {
            "form": G(lambda f: "check_in_contact"),
            "field": G(lambda f: f.pick(["email", "mobile"])),
            "value": Y(lambda f: f.pick([email(f), us_phone(f)]), "email|phone", True),
            "time_to_fill_ms": G(lambda f: f.r.randint(800, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- ads and attribution -------------------------------------------------------------------------
    (
        "track",
        "CAPI Event Forwarded",
        ["node"],
        ("/", "Home"),
        {
            "event_name": G(lambda f: f.pick(["Schedule", "Lead", "Purchase"])),
            "event_time": G(epoch_s),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "external_id": G(sha256),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(ipv4, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 79, 149])),
                "currency": G(lambda f: "USD"),
                "content_name": G(lambda f: f.pick(["Telehealth Visit", "Clinic Check-In", "Home Test Kit"])),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        ["py"],
        ("/", "Home"),
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(idfa, "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["UAC_Install_TX", "Telehealth_iOS_Q3"])),
            "af_adset": G(lambda f: f.pick(["broad_25_54", "parents_kids_under_12"])),
            "install_time": G(lambda f: f.iso()),
            "ip": Y(ip_any, "ip"),
            "country_code": G(lambda f: "US"),
            "city": Y(city, "city"),
            "platform": G(lambda f: f.pick(["ios", "android"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, page, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "pt_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client, page), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=124, repeats=34)
    write(Path(__file__).parent, "holdout124_", events, labels)
