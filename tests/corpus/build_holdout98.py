"""Writes holdout 98: tests/corpus/holdout98_events.jsonl and holdout98_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (format only) and the shared
REFERENCE/DESIGN notes, without reading the detection engine, its vocabularies, its tests or any
other corpus's labels, and without running the engine on these events.

Domain: a US health insurance member portal and app ("Bluestem Health", ACA marketplace and
employer plans, a Medicare Advantage line). Covers member registration and sign-in,
marketplace enrollment with dependants, plan shopping as e-commerce spec events, digital ID cards,
claims and explanations of benefits (member-facing and a .NET claims system), prior
authorisations, find-a-doctor search and PCP selection, pharmacy benefits, refills, mail-order
and reminders, premium payments (card, ACH, a Stripe webhook), wellness programmes with biometric
screenings and wearables, a health-risk assessment, the nurse line chat, a call centre, SMS
webhooks, brokers and employer groups (group calls), a pet-insurance perk, an OTC allowance store
and marketing attribution. Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries, with their `context` blocks (ip, traits, device, app, library, locale,
userAgent, campaign, location).

Conventions: mostly camelCase and snake_case; about 15 % of keys are PascalCase (.NET claims and
enrollment services, Twilio webhook fields), kebab-case (a form serialiser), SCREAMING_SNAKE
(a warehouse reverse-ETL sync) and Spanish (the Spanish-language portal and app).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the member, a dependant, an emergency contact, an
  authorised representative, a broker, an HR contact, a nurse, a call-centre agent, a clinician.
  Colour is the reference's default for the matcher (name, email, phone, address, city, zipcode,
  birthdate, gender, sex, race, ethnicity, citizenship, ip, photo, salary, religion, mac, serial,
  license, identification, sexual orientation, medication, allergy, condition, diagnosis,
  procedure: yellow; social security number, password, visa, veteran, disability, credit card,
  passport, token: red). Outside the reference: geolocation, advertising id, trade union: yellow;
  bank account, secret, national id, health id: red.
- Green: ids we issue (user, session, device, claim, authorisation, invoice, order, chat and
  message ids, UUIDs), versions, timestamps and dates of service, amounts, enums, counters and
  booleans even under PII-sounding keys (emailVerified, dependentCount, ssnProvided,
  passwordStrength, gender_filter), plan/product/drug-store/company/pharmacy/hospital names,
  places that are not the person's (a searched location, a practice's or pharmacy's address, an
  employer's city), country, state, county, locale, language, timezone, currency, user agents,
  OS analytics device ids, card brand / last four / expiry / BIN, bank routing numbers and BICs.
- Published policy, followed as written: claim numbers, ages, marital status, job titles and
  employers, a business's own phone/e-mail/address (a practice's phone, the plan's Twilio number,
  DNIS, support@ mailboxes), pets' names and data, UUID tokens (Places session token) and
  e-mail Message-IDs are green. An insurer's member / subscriber numbers are yellow
  `identification`; rx numbers yellow `medication`; incomes and salaries yellow `salary`; billing
  addresses yellow; ad click ids (gclid, fbclid, _fbp, _fbc, msclkid) yellow `advertising id`;
  union locals yellow `trade union`. Payment tokens (Stripe pm_), one-time and activation codes,
  sign-in and reset links' tokens, push tokens and bearer JWTs are red `token`; Medicare (MBI),
  Medicaid ids and hospital MRNs are red `health id`; identity-document numbers (passport, driver
  licence used as ID, alien number) red `national id`/`passport`; SSN and its last four red.
- Decisions where the brief leaves room (a careful privacy owner's choice):
  * NPIs (clinicians' and organisations' public registry numbers), tax ids of practices, RxBIN,
    RxPCN, RxGroup, group numbers and NCPDP ids identify businesses or plans: green. A broker's
    NPN is an individual's licence number: yellow `license`.
  * Clinicians named in claims, directories and authorisations are natural persons: yellow
    `name`; a provider's own gender is yellow `gender`; practice and facility names are green.
  * Biometric screening results (BMI, blood pressure, cholesterol, glucose, A1c, weight, waist),
    tobacco use, pregnancy, chronic-condition flags, a care-management programme for a disease,
    a risk score computed from diagnoses and symptom free text: yellow `condition`. Activity
    counters (steps goals, points, minutes) are green.
  * Drug names, NDCs and rx numbers tied to the member (refills, reminders, price checks in the
    member's own pharmacy tools) are yellow `medication`; a strength or days' supply alone is green.
  * ICD-10 codes: yellow `diagnosis`; CPT codes and service descriptions: yellow `procedure`.
  * Payment confirmation codes and authorisation / appeal / case numbers are references we issue
    (green); only codes that sign someone in or activate an account are red `token`.
  * Answers to security questions are credentials: red `password|secret`.
  * A hashed e-mail sent for ad matching is still the person's e-mail: yellow `email`.
  * A Stripe card fingerprint cannot charge the card: green, like the last four.
  * Twilio's FromCity/FromZip describe where the member's number is registered: yellow.
  * A picture of the member's insurance card or ID document, or a selfie: yellow `photo`.
- value_only is true only when the key is neutral or generic (value, text, body, note, input,
  statement, reason_for_visit, program_name, ...) and the value alone shows the PII; every value
  of such a path carries that PII. Free text that never carries PII is green.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRSTS = [
    "José",
    "Guadalupe",
    "Thanh",
    "Minh",
    "Aaliyah",
    "DeShawn",
    "Ngozi",
    "Wei",
    "Jae-won",
    "Seo-yeon",
    "Ananya",
    "Arjun",
    "Tomasz",
    "Svetlana",
    "Ahmed",
    "Layla",
    "Kekoa",
    "Leilani",
    "Dakota",
    "Tenzin",
    "Esperanza",
    "Ximena",
    "Ifeoma",
    "Chidi",
    "Yusuf",
    "Rosa",
    "Giulia",
    "Carmen",
    "Bao",
    "Hiroshi",
    "Ingrid",
    "Siobhan",
    "Tariq",
    "Emily",
    "Michael",
    "Jennifer",
    "Robert",
    "Latoya",
    "Marisol",
    "Nadia",
]
LASTS = [
    "Hernández",
    "Rodríguez",
    "Nguyễn",
    "Tran",
    "Kim",
    "Park",
    "Washington",
    "Jackson",
    "Begay",
    "Yazzie",
    "Kealoha",
    "Adeyemi",
    "Okonkwo",
    "Gupta",
    "Sharma",
    "Abdullahi",
    "Al-Sayed",
    "Nowak",
    "Petrov",
    "Cohen",
    "Fitzgerald",
    "Lindqvist",
    "Tanaka",
    "Rivera",
    "Santos",
    "Delgado",
    "Mahmoud",
    "Zhang",
    "Liu",
    "Johnson",
    "Williams",
    "O'Connor",
    "Bianchi",
]
US_PLACES = [
    ("Houston", "TX", "770"),
    ("Miami", "FL", "331"),
    ("Phoenix", "AZ", "850"),
    ("Atlanta", "GA", "303"),
    ("Charlotte", "NC", "282"),
    ("Columbus", "OH", "432"),
    ("Fresno", "CA", "937"),
    ("Albuquerque", "NM", "871"),
    ("Honolulu", "HI", "968"),
    ("Detroit", "MI", "482"),
    ("Nashville", "TN", "372"),
    ("Minneapolis", "MN", "554"),
    ("Tucson", "AZ", "857"),
    ("El Paso", "TX", "799"),
    ("Orlando", "FL", "328"),
]
STREETS = [
    "Calle Ocho",
    "Martin Luther King Jr Blvd",
    "W 34th St",
    "Peachtree Rd NE",
    "Kalakaua Ave",
    "Elm Street",
    "Mesa Verde Dr",
    "Bayou Ln",
    "N Central Ave",
    "Woodward Ave",
    "Maple Ct",
]
EMAIL_DOMAINS = ["example.com", "mail.example.org", "example.net", "inbox.example.us"]
STATES = ["TX", "FL", "AZ", "GA", "NC", "OH", "CA", "NM", "HI", "MI", "TN", "MN"]
PLANS = [
    "Bluestem Silver HMO 3500",
    "Bluestem Gold PPO 1500",
    "Bluestem Bronze EPO 7000",
    "Bluestem Platinum PPO 500",
    "Bluestem Silver 94 CSR HMO",
    "Bluestem Advantage HMO-POS",
]
EMPLOYERS = [
    "Sunbelt Logistics LLC",
    "Riverside Unified School District",
    "Keystone Foods Inc",
    "Cactus Valley Medical Group",
    "Pelican Marine Services",
    "Tri-County Transit",
]
FACILITIES = [
    "Memorial Hermann Southwest",
    "Banner Desert Medical Center",
    "Piedmont Atlanta Hospital",
    "Kapiolani Medical Center",
    "Henry Ford Health",
    "Vanderbilt Walk-In Clinic",
]
PRACTICES = [
    "Sunrise Family Medicine",
    "Lakeside Pediatrics PA",
    "Desert Sky Cardiology",
    "Bayou City Dermatology",
    "Northside Women's Health",
    "Valley Orthopedic Associates",
]
PHARMACIES = [
    "CVS Pharmacy #4471",
    "Walgreens #10233",
    "H-E-B Pharmacy",
    "Publix Pharmacy #0712",
    "Bluestem Mail Order Pharmacy",
    "Walmart Pharmacy 10-2391",
]
DRUGS = [
    ("metformin 500 mg tablet", "00093-1048-01"),
    ("atorvastatin 20 mg tablet", "00378-3952-77"),
    ("lisinopril 10 mg tablet", "68180-0514-01"),
    ("sertraline 50 mg tablet", "16729-0092-01"),
    ("levothyroxine 75 mcg tablet", "00378-1805-01"),
    ("albuterol HFA inhaler", "00173-0682-20"),
    ("Ozempic 0.5 mg pen", "00169-4132-12"),
    ("insulin glargine 100 units/mL", "00088-2220-33"),
    ("escitalopram 10 mg tablet", "00093-5851-01"),
    ("amlodipine 5 mg tablet", "00093-7167-98"),
]
ICD10 = ["E11.9", "I10", "J45.909", "F41.1", "M54.50", "Z00.00", "O09.90", "F32.A", "K21.9", "E78.5"]
CPT = [
    ("99213", "Office visit, established patient, low complexity"),
    ("99214", "Office visit, established patient, moderate complexity"),
    ("80053", "Comprehensive metabolic panel"),
    ("71046", "Chest X-ray, 2 views"),
    ("72148", "MRI lumbar spine without contrast"),
    ("90834", "Psychotherapy, 45 minutes"),
    ("93000", "Electrocardiogram with interpretation"),
    ("59400", "Routine obstetric care, vaginal delivery"),
]
SYMPTOMS = [
    "my son has had a fever of 102 since last night and a rash on his chest",
    "I'm 24 weeks pregnant and have had a headache for two days",
    "chest tightness when I climb stairs, I have high blood pressure",
    "my asthma inhaler isn't helping and I'm wheezing at night",
    "my blood sugar was 310 this morning, I'm type 2 diabetic",
    "sharp lower back pain after lifting, numbness in my left leg",
    "I've been having panic attacks at work since my medication changed",
    "my daughter threw up four times today and can't keep fluids down",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]
ALNUM = string.ascii_letters + string.digits


def first(f: Fake) -> str:
    return f.pick(FIRSTS) if f.r.random() < 0.7 else f.first()


def last(f: Fake) -> str:
    return f.pick(LASTS) if f.r.random() < 0.7 else f.last()


def full(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def fold(s: str) -> str:
    table = str.maketrans("éíóúñễáöü", "eiounenou")
    return s.lower().translate(table).replace("'", "").replace(" ", "").replace("-", "")


def email(f: Fake) -> str:
    if f.r.random() < 0.3:
        return f.email()
    sep = f.pick([".", "_", ""])
    suffix = f.pick(["", str(f.r.randint(1, 99))])
    return f"{fold(first(f))}{sep}{fold(last(f))[:8]}{suffix}@{f.pick(EMAIL_DOMAINS)}"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def intl_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
            f"+84 90 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+44 7700 {r.randint(900000, 900999)}",
            us_phone(f),
        ]
    )


def place(f: Fake):
    return f.pick(US_PLACES)


def street(f: Fake) -> str:
    return f"{f.r.randint(12, 19999)} {f.pick(STREETS)}"


def us_zip(f: Fake) -> str:
    return place(f)[2] + f"{f.r.randint(1, 99):02d}"


def member_id(f: Fake) -> str:
    style = f.pick(["bcbs", "w", "num", "suffix"])
    if style == "bcbs":
        return f.pick(["XEH", "ZGP", "JQU"]) + f.digits(9)
    if style == "w":
        return "W" + f.digits(9)
    if style == "num":
        return f.digits(11)
    return "BSH" + f.digits(8) + "-" + f.pick(["01", "02", "03"])


def group_number(f: Fake) -> str:
    return f.pick([f.digits(6), "GRP" + f.digits(5), f.digits(3) + "-" + f.digits(4)])


def npi(f: Fake) -> str:
    body = f.pick(["1", "2"]) + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    return body + f.luhn_complete("80840" + body)[-1]


def aba(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)]
    d[0] = f.pick([0, 1, 2, 3])
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - partial % 10) % 10)


def mbi(f: Fake) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    an = alpha + string.digits
    r = f.r
    chars = [
        str(r.randint(1, 9)),
        r.choice(alpha),
        r.choice(an),
        str(r.randint(0, 9)),
        r.choice(alpha),
        r.choice(an),
        str(r.randint(0, 9)),
        r.choice(alpha),
        r.choice(alpha),
        str(r.randint(0, 9)),
        str(r.randint(0, 9)),
    ]
    raw = "".join(chars)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}" if r.random() < 0.4 else raw


def medicaid_id(f: Fake) -> str:
    return f.pick(["9" + f.digits(7) + f.pick("ABCDEFG"), f.digits(10), "MC" + f.digits(9)])


def mrn(f: Fake) -> str:
    return f.pick(["MRN" + f.digits(8), f.digits(7), "E" + f.digits(9)])


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


def pm_token(f: Fake) -> str:
    return "pm_1" + "".join(f.r.choice(ALNUM) for _ in range(23))


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + "".join(f.r.choice(ALNUM + "-_") for _ in range(70)) + "BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + "".join(f.r.choice(ALNUM + "-_") for _ in range(58))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def apns(f: Fake) -> str:
    return f.hexid(64)


def fcm(f: Fake) -> str:
    return (
        "".join(f.r.choice(ALNUM) for _ in range(22))
        + ":APA91b"
        + "".join(f.r.choice(ALNUM + "-_") for _ in range(134))
    )


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), f.pick("ACEG") + f.digits(8)])


def dl_number(f: Fake) -> str:
    return f.pick(
        [
            f.pick("ABDFGS") + f.digits(7),
            f.digits(8),
            f.digits(9),
            f"S{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-0",
        ]
    )


def alien_number(f: Fake) -> str:
    return "A" + f.pick([f.digits(9), f.digits(8)])


def claim_number(f: Fake) -> str:
    return f.pick(["E" + f.digits(11), f"{f.r.randint(2023, 2024)}{f.digits(9)}", "CLM-" + f.digits(10)])


def auth_number(f: Fake) -> str:
    return f.pick(["PA" + f.digits(9), "A" + f.digits(7) + "-" + f.digits(2)])


def dob(f: Fake) -> str:
    return f.pick([f.date(1940, 2004), f.date(1940, 2004).replace("-", "/"), f.date(1950, 2000)])


def child_dob(f: Fake) -> str:
    return f.date(2006, 2024)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(v):
    return lambda f: v


def rint(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def hios(f: Fake) -> str:
    return f"{f.digits(5)}{f.pick(STATES)}{f.digits(7)}-0{f.r.randint(0, 6)}"


def signed_link(f: Fake) -> str:
    tok = "".join(f.r.choice(ALNUM) for _ in range(40))
    return f.pick(
        [
            f"https://members.bluestemhealth.example/reset?token={tok}",
            f"https://members.bluestemhealth.example/auth/magic?t={tok}&utm_source=email",
            f"https://app.bluestemhealth.example/activate/{tok}",
        ]
    )


def api_secret(f: Fake) -> str:
    return f.pick(
        [
            "sk_live_" + "".join(f.r.choice(ALNUM) for _ in range(24)),
            "SG."
            + "".join(f.r.choice(ALNUM) for _ in range(22))
            + "."
            + "".join(f.r.choice(ALNUM) for _ in range(43)),
            f.secret(),
        ]
    )


# -- contexts of the client libraries ---------------------------------------------------------------


def web_context(f: Fake):
    pages = [
        ("/", "Bluestem Health | Member Portal"),
        ("/claims", "My Claims | Bluestem Health"),
        ("/find-care", "Find a Doctor | Bluestem Health"),
        ("/pharmacy", "Pharmacy | Bluestem Health"),
        ("/billing", "Pay My Premium | Bluestem Health"),
        ("/shop/plans", "Shop 2025 Plans | Bluestem Health"),
    ]
    path, title = f.pick(pages)
    return {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "next-1.73.0")),
        },
        "page": {
            "path": G(const(path)),
            "referrer": G(
                pick(
                    "",
                    "https://www.google.com/",
                    "https://www.healthcare.gov/",
                    "https://members.bluestemhealth.example/",
                )
            ),
            "search": G(pick("", "?utm_source=google&utm_medium=cpc", "?lang=es", "?tab=dependents")),
            "title": G(const(title)),
            "url": G(const("https://members.bluestemhealth.example" + path)),
        },
        "userAgent": G(pick(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "99", "8", "123")),
                },
                3,
            ),
            "mobile": G(pick(False, True)),
            "platform": G(pick("Windows", "macOS", "Android", "Chrome OS")),
        },
        "locale": G(pick("en-US", "es-US", "en-US", "vi-VN", "zh-CN")),
        "timezone": G(pick("America/Chicago", "America/New_York", "America/Phoenix", "Pacific/Honolulu")),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(pick("oe_2025", "sep_retarget", "wellness_spring")),
            "source": G(pick("google", "facebook", "newsletter", "broker_portal")),
            "medium": G(pick("cpc", "email", "paid_social")),
            "term": G(pick("affordable health insurance", "obamacare plans texas", "silver plan")),
            "content": G(pick("hero_cta", "banner_b", "text_link")),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(const("Bluestem Health")),
            "version": G(pick("7.4.0", "7.4.2", "7.5.0")),
            "build": G(pick("7400", "7421", "7503")),
            "namespace": G(const("com.bluestemhealth.member")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(const("ios")),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
            "trackingStatus": G(pick("authorized", "denied", "notDetermined")),
            "token": RED(apns, "token"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.0", "1.6.1"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pick("en-US", "es-US", "ko-US")),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430)), "height": G(pick(844, 852, 932))},
        "timezone": G(pick("America/Chicago", "America/Los_Angeles", "America/New_York")),
        "traits": {
            "email": Y(email, "email"),
            "memberId": Y(member_id, "identification"),
            "planType": G(pick("HMO", "PPO", "EPO", "HMO-POS")),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(const("Bluestem Health")),
            "version": G(pick("7.4.0", "7.4.2", "7.5.0")),
            "build": G(pick("70400", "70402", "70500")),
            "namespace": G(const("com.bluestemhealth.member")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "motorola", "OnePlus")),
            "model": G(pick("SM-A546U", "Pixel 8", "moto g stylus 5G - 2024", "CPH2449")),
            "name": G(pick("a54x", "shiba", "kansas", "OP5913L1")),
            "type": G(const("android")),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3", "1.17.0"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pick("en-US", "es-US", "vi-US")),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(25.5, 47.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.5, -80.1), 6), "geolocation"),
            "speed": G(pick(0.0, 1.2, 13.8)),
        },
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "carrier": G(pick("T-Mobile", "Verizon", "AT&T", "Metro by T-Mobile")),
        },
        "os": {"name": G(const("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 3120, 2400)),
        },
        "timezone": G(pick("America/Chicago", "America/Denver", "America/New_York")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546U Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                "Dalvik/2.1.0 (Linux; U; Android 12; moto g stylus 5G Build/S2RDS32)",
            )
        ),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(email, "email")},
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(const("Bluestem Broker")),
            "version": G(pick("2.3.0", "2.3.4", "2.4.0")),
            "build": G(pick("230", "234", "240")),
            "namespace": G(const("com.bluestemhealth.broker")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,7", "SM-S918U", "Pixel 7")),
            "name": G(pick("iPhone", "dm3q", "panther")),
            "type": G(pick("ios", "android")),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "library": {
            "name": G(const("analytics-react-native")),
            "version": G(pick("2.19.2", "2.20.1", "2.20.3")),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(pick("en-US", "es-US", "en-US")),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4.1", "14", "13"))},
        "screen": {"width": G(pick(390, 412, 428)), "height": G(pick(844, 915, 926))},
        "timezone": G(pick("America/Chicago", "America/New_York", "America/Phoenix")),
        "traits": {"email": Y(email, "email"), "name": Y(full, "name")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(const("Bluestem Salud")),
            "version": G(pick("3.1.0", "3.1.2", "3.2.0")),
            "build": G(pick("31", "33", "40")),
            "namespace": G(const("com.bluestemhealth.salud")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "motorola")),
            "model": G(pick("iPhone13,2", "SM-A156U", "moto g play - 2024")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.2", "1.1.3", "1.1.5"))},
        "locale": G(pick("es-US", "es-MX", "en-US")),
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.3", "14", "13"))},
        "screen": {"width": G(pick(390, 412, 360)), "height": G(pick(844, 915, 800))},
        "timezone": G(pick("America/Chicago", "America/Phoenix", "America/Denver")),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.4.0"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.3", "2.5.0"],
    "analytics-php": ["3.8.0", "3.8.1"],
    "Analytics.NET": ["3.8.1", "3.8.2"],
}


def server_context(lib: str):
    def make(f: Fake):
        return {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
            "userAgent": G(pick(*UAS)),
            "traits": {"email": Y(email, "email")},
        }

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}
MOBILE = ["swift", "kotlin"]
SERVER = [
    "analytics-python",
    "analytics-node",
    "analytics-go",
    "analytics-java",
    "analytics-ruby",
    "analytics-php",
]


# -- reusable shapes --------------------------------------------------------------------------------


def plan_product():
    return {
        "product_id": G(hios),
        "sku": G(lambda f: f.pick(["BSH", "BSE"]) + "-" + f.digits(5) + "-" + str(f.r.randint(2024, 2025))),
        "name": G(pick(*PLANS)),
        "brand": G(const("Bluestem Health")),
        "category": G(pick("Bronze", "Silver", "Gold", "Platinum")),
        "variant": G(pick("HMO", "PPO", "EPO")),
        "price": G(money(0, 900)),
        "quantity": G(const(1)),
        "position": G(rint(1, 24)),
    }


def otc_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: "OTC-" + f.digits(5)),
        "name": G(
            pick(
                "Vitamin D3 1000 IU (100 ct)",
                "Digital Thermometer",
                "Reading Glasses +1.50",
                "Upper Arm Blood Pressure Monitor",
                "Sunscreen SPF 50",
                "Toothbrush Heads 4pk",
            )
        ),
        "category": G(pick("Vitamins", "First Aid", "Vision", "Personal Care", "Home Monitoring")),
        "price": G(money(3, 60)),
        "quantity": G(rint(1, 3)),
        "url": G(lambda f: "https://otc.bluestemhealth.example/p/" + f.digits(7)),
        "image_url": G(lambda f: "https://cdn.bluestemhealth.example/otc/" + f.hexid(10) + ".jpg"),
    }


def home_address():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(pick("Apt 4B", "Unit 112", "Lot 17", "#3", "Apt 2F"), "address|street"),
        "city": Y(lambda f: place(f)[0], "city"),
        "state": G(pick(*STATES)),
        "zip": Y(us_zip, "zipcode"),
        "county": G(pick("Harris", "Maricopa", "Miami-Dade", "Fulton", "Bernalillo", "Honolulu")),
    }


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- identity and account ------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "analytics-node"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(us_phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(pick("female", "male", "nonbinary", "F", "M"), "gender"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(lambda f: place(f)[0], "city"),
                "state": G(pick(*STATES)),
                "postalCode": Y(us_zip, "zipcode"),
                "country": G(pick("US", "USA")),
            },
            "memberId": Y(member_id, "identification"),
            "groupNumber": G(group_number),
            "planName": G(pick(*PLANS)),
            "planType": G(pick("HMO", "PPO", "EPO", "HMO-POS")),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "paperlessEob": G(pick(True, False)),
            "preferredLanguage": G(pick("en", "es", "vi", "zh", "ko")),
            "age": G(rint(19, 88)),
            "dependentCount": G(rint(0, 5)),
            "employer": G(pick(*EMPLOYERS)),
            "title": G(pick("Warehouse Associate", "Teacher", "Line Cook", "RN", "Bus Operator")),
            "maritalStatus": G(pick("single", "married", "divorced", "widowed")),
        },
    ),
    (
        "identify",
        None,
        MOBILE,
        {
            "email": Y(email, "email"),
            "name": Y(full, "name"),
            "memberId": Y(member_id, "identification"),
            "pcpName": Y(lambda f: f"Dr. {full(f)}", "name"),
            "lastLoginAt": G(lambda f: f.iso()),
            "biometricLoginEnabled": G(pick(True, False)),
            "pushOptIn": G(pick(True, False)),
            "hasDependents": G(pick(True, False)),
            "email_sha256": Y(lambda f: f.hexid(64), "email"),
        },
    ),
    ("alias", None, ["web", "swift"], {}),
    (
        "track",
        "Account Registration Started",
        ["web"],
        {
            "registration_step": G(pick("verify_identity", "create_login", "confirm_email")),
            "member_id": Y(member_id, "identification"),
            "date_of_birth": Y(dob, "birthdate"),
            "zip": Y(us_zip, "zipcode"),
            "dob_match": G(pick(True, False)),
            "zip_match": G(pick(True, False)),
            "activation_code": RED(lambda f: f"{f.hexid(4).upper()}-{f.hexid(4).upper()}", "token"),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_campaign": G(pick("oe_2025", "welcome_kit_qr", "id_card_mailer")),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin"],
        {
            "username": Y(email, "email"),
            "method": G(pick("password", "face_id", "fingerprint", "magic_link")),
            "mfa_method": G(pick("sms", "email", "totp", "none")),
            "otp_code": RED(otp, "token"),
            "remember_device": G(pick(True, False)),
            "failed_attempts": G(rint(0, 4)),
            "session_id": G(lambda f: f.uuid()),
            "password_strength": G(pick("weak", "fair", "strong")),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["analytics-node", "analytics-python"],
        {
            "email": Y(email, "email"),
            "reset_link": RED(signed_link, "token"),
            "reset_token_expires_at": G(lambda f: f.iso()),
            "password_changed_at": G(lambda f: f.iso()),
            "support_email": G(const("support@bluestemhealth.example")),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.bluestemhealth.example>"),
        },
    ),
    (
        "track",
        "Registration Form Submitted",
        ["web"],
        {
            "form-id": G(pick("member-signup", "member-signup-es")),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "email-address": Y(email, "email"),
            "mobile-phone": Y(us_phone, "phone"),
            "date-of-birth": Y(dob, "birthdate"),
            "member-id": Y(member_id, "identification"),
            "password": RED(
                lambda f: f.pick(["Summer2024!", "Bluest3m#", "ilovemykids7", "Qwerty!23"]) + f.digits(2),
                "password",
            ),
            "confirm-password": RED(
                lambda f: f.pick(["Summer2024!", "Bluest3m#", "ilovemykids7"]) + f.digits(2), "password"
            ),
            "security-question": G(
                pick(
                    "What was the name of your first pet?",
                    "In what city were you born?",
                    "What was your high school mascot?",
                )
            ),
            "security-answer": RED(
                pick("Biscuit", "El Paso", "Wildcats", "Manila", "Rocky"), "password|secret"
            ),
            "terms-accepted": G(const(True)),
            "sms-consent": G(pick(True, False)),
        },
    ),
    # -- marketplace enrollment -------------------------------------------------------------------------
    (
        "track",
        "Application Started",
        ["web", "kotlin"],
        {
            "application_id": G(lambda f: "APP-" + f.digits(8)),
            "coverage_year": G(pick(2024, 2025)),
            "state": G(pick(*STATES)),
            "county": G(pick("Harris", "Maricopa", "Miami-Dade", "Fulton", "Bernalillo")),
            "household_size": G(rint(1, 7)),
            "estimated_household_income": Y(lambda f: f.r.randint(14, 140) * 1000, "salary"),
            "tobacco_use": Y(pick(True, False), "condition"),
            "enrollment_type": G(pick("open_enrollment", "special_enrollment")),
            "sep_reason": G(pick("loss_of_coverage", "marriage", "birth_adoption", "moved", "none")),
            "fpl_percent": G(rint(100, 400)),
        },
    ),
    (
        "track",
        "Applicant Information Entered",
        ["analytics-python"],
        {
            "application_id": G(lambda f: "APP-" + f.digits(8)),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "sex": Y(pick("F", "M"), "sex|gender"),
                "gender_identity": Y(
                    pick("woman", "man", "transgender woman", "non-binary", "declined"), "gender"
                ),
                "sexual_orientation": Y(
                    pick("straight", "gay or lesbian", "bisexual", "declined"), "sexual orientation"
                ),
                "us_citizen": Y(pick(True, False), "citizenship"),
                "immigration_document_type": Y(
                    pick(
                        "I-551 Permanent Resident Card",
                        "I-766 Employment Authorization",
                        "I-94 Arrival/Departure Record",
                        "Certificate of Naturalization",
                    ),
                    "citizenship",
                ),
                "alien_number": RED(alien_number, "national id"),
                "is_pregnant": Y(pick(True, False), "condition"),
                "is_american_indian_alaska_native": Y(pick(True, False), "race|ethnicity"),
                "ethnicity": Many(
                    Y(pick("Mexican", "Cuban", "Puerto Rican", "Not Hispanic or Latino"), "ethnicity"), 2
                ),
                "race": Many(
                    Y(
                        pick(
                            "Asian Indian",
                            "Black or African American",
                            "White",
                            "Vietnamese",
                            "Native Hawaiian",
                        ),
                        "race",
                    ),
                    2,
                ),
                "is_veteran": RED(pick(True, False), "veteran"),
                "has_disability": RED(pick(True, False), "disability"),
                "marital_status": G(pick("single", "married", "separated")),
                "employer_name": G(pick(*EMPLOYERS)),
                "job_title": G(pick("Cashier", "Rideshare driver", "Home health aide", "Electrician")),
                "annual_income": Y(lambda f: f.r.randint(12000, 98000), "salary"),
                "email": Y(email, "email"),
                "phone": Y(us_phone, "phone"),
                "home_address": home_address(),
            },
            "step": G(rint(2, 6)),
            "ssn_provided": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Dependent Added",
        ["analytics-node", "web"],
        {
            "application_id": G(lambda f: "APP-" + f.digits(8)),
            "dependent": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(child_dob, "birthdate"),
                "relationship": G(pick("child", "spouse", "stepchild", "domestic_partner", "foster_child")),
                "gender": Y(pick("female", "male"), "gender"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "lives_with_applicant": G(pick(True, False)),
                "age": G(rint(0, 25)),
            },
            "dependent_count": G(rint(1, 5)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin"],
        {
            "list_id": G(pick("plans_2025_all", "plans_2025_silver", "plans_recommended")),
            "category": G(const("Health Plans")),
            "products": Many(plan_product(), 4),
            "filters_applied": Many(G(pick("hmo", "hsa_eligible", "doctor_in_network", "silver")), 2),
        },
    ),
    (
        "track",
        "Product Added",
        ["web"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in plan_product().items() if k in ("product_id", "sku", "name", "price")},
        },
    ),
    (
        "track",
        "Order Completed",
        ["analytics-node", "analytics-java"],
        {
            "order_id": G(lambda f: "ENR-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "revenue": G(money(0, 2400)),
            "total": G(money(0, 2400)),
            "coupon": G(pick("", "OTC25", "WELLNESS10")),
            "currency": G(const("USD")),
            "products": Many(plan_product(), 1),
            "aptc_applied": G(money(0, 900)),
            "effective_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "EnrollmentSubmitted",
        ["Analytics.NET"],
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "SubscriberFirstName": Y(first, "name"),
            "SubscriberLastName": Y(last, "name"),
            "SubscriberSsn": RED(
                lambda f: f.ssn().replace("-", "") if f.r.random() < 0.5 else f.ssn(),
                "social security number",
            ),
            "SubscriberDob": Y(lambda f: f.date(1955, 2002) + "T00:00:00", "birthdate"),
            "MemberId": Y(member_id, "identification"),
            "GroupNumber": G(group_number),
            "PlanId": G(hios),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "Dependents": Many(
                {
                    "FirstName": Y(first, "name"),
                    "LastName": Y(last, "name"),
                    "DateOfBirth": Y(child_dob, "birthdate"),
                    "Relationship": G(pick("Spouse", "Child", "Stepchild")),
                    "MemberSuffix": G(pick("02", "03", "04")),
                },
                3,
            ),
            "BrokerNpn": Y(lambda f: f.digits(f.pick([7, 8, 9])), "license"),
            "PremiumAmount": G(money(30, 1400)),
            "EmployerName": G(pick(*EMPLOYERS)),
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "AnnualSalary": Y(lambda f: f.r.randint(26, 160) * 1000, "salary"),
            "HourlyRate": Y(lambda f: f.money(14, 48), "salary"),
            "UnionLocal": Y(
                pick("IBEW Local 716", "Teamsters Local 988", "UFCW Local 1000", "SEIU Local 1199"),
                "trade union",
            ),
            "HireDate": G(lambda f: f.date(2005, 2024)),
        },
    ),
    (
        "track",
        "Solicitud Enviada",
        ["flutter"],
        {
            "nombre": Y(first, "name"),
            "apellidos": Y(lambda f: f"{last(f)} {last(f)}", "name"),
            "correo_electronico": Y(email, "email"),
            "telefono_celular": Y(us_phone, "phone"),
            "fecha_de_nacimiento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2003)}",
                "birthdate",
            ),
            "direccion": {
                "calle": Y(street, "address|street"),
                "ciudad": Y(lambda f: place(f)[0], "city"),
                "codigo_postal": Y(us_zip, "zipcode"),
                "estado": G(pick(*STATES)),
            },
            "numero_de_seguro_social": RED(lambda f: f.ssn(), "social security number"),
            "ingresos_anuales": Y(lambda f: f.r.randint(12, 80) * 1000, "salary"),
            "tamano_del_hogar": G(rint(1, 8)),
            "idioma_preferido": G(pick("español", "inglés")),
            "plan_seleccionado": G(pick(*PLANS)),
            "es_ciudadano": Y(pick(True, False), "citizenship"),
        },
    ),
    # -- id card and benefits -------------------------------------------------------------------------
    (
        "screen",
        "ID Card",
        MOBILE,
        {
            "member_id": Y(member_id, "identification"),
            "group_number": G(group_number),
            "rx_bin": G(pick("003858", "610014", "004336", "610502", "015581")),
            "rx_pcn": G(pick("A4", "ADV", "MEDDADV", "9999")),
            "rx_group": G(lambda f: "RX" + f.digits(4)),
            "subscriber_name": Y(full, "name"),
            "pcp_name": Y(lambda f: f"Dr. {full(f)}", "name"),
            "pcp_phone": G(lambda f: f"(832) 555-{f.r.randint(100, 199):04d}"),
            "card_side": G(pick("front", "back")),
            "copay_pcp": G(pick(0, 20, 35, 50)),
        },
    ),
    (
        "track",
        "ID Card Shared",
        MOBILE,
        {
            "share_method": G(pick("email", "fax", "airdrop", "print")),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(full, "name"),
            "card_image_url": Y(
                lambda f: f"https://files.bluestemhealth.example/idcards/{f.uuid()}.png", "photo"
            ),
            "for_dependent": G(pick(True, False)),
        },
    ),
    # -- claims ---------------------------------------------------------------------------------------
    (
        "track",
        "Claim Viewed",
        ["web", "swift", "kotlin"],
        {
            "claim_number": G(claim_number),
            "claim_status": G(pick("processed", "pending", "denied", "adjusted")),
            "service_date": G(lambda f: f.date(2023, 2024)),
            "billing_provider_name": G(pick(*FACILITIES, *PRACTICES)),
            "rendering_provider": Y(
                lambda f: f"{full(f)}, {f.pick(['MD', 'DO', 'NP', 'PA-C', 'LCSW'])}", "name"
            ),
            "patient_name": Y(full, "name"),
            "patient_relationship": G(pick("self", "spouse", "child")),
            "billed_amount": G(money(40, 9000)),
            "member_responsibility": G(money(0, 1500)),
            "diagnosis_codes": Many(Y(pick(*ICD10), "diagnosis"), 3),
            "procedure_code": Y(lambda f: f.pick(CPT)[0], "procedure"),
            "service_description": Y(lambda f: f.pick(CPT)[1], "procedure"),
        },
    ),
    (
        "track",
        "ClaimAdjudicated",
        ["Analytics.NET"],
        {
            "ClaimNumber": G(claim_number),
            "MemberId": Y(member_id, "identification"),
            "PatientFirstName": Y(first, "name"),
            "PatientLastName": Y(last, "name"),
            "PatientDob": Y(lambda f: f.date(1940, 2020) + "T00:00:00", "birthdate"),
            "DateOfService": G(lambda f: f.date(2023, 2024)),
            "DiagnosisCodes": Many(Y(pick(*ICD10), "diagnosis"), 4),
            "ProcedureCodes": Many(Y(lambda f: f.pick(CPT)[0], "procedure"), 3),
            "RenderingProviderNpi": G(npi),
            "BillingProviderTaxId": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "PlaceOfService": G(
                pick("11 - Office", "02 - Telehealth", "22 - Outpatient Hospital", "23 - Emergency Room")
            ),
            "BilledAmount": G(money(40, 12000)),
            "DenialReasonCode": G(pick("", "CO-97", "CO-50", "PR-1", "CO-16")),
            "AdjudicatedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Claim Submitted",
        ["web"],
        {
            "claim_number": G(claim_number),
            "claim_type": G(pick("out_of_country", "out_of_network", "pharmacy")),
            "country_of_service": G(pick("MX", "PH", "PT", "IN", "CA")),
            "amount": G(money(25, 3000)),
            "currency": G(pick("USD", "MXN", "EUR", "PHP")),
            "payee_name": Y(full, "name"),
            "payee_iban": RED(lambda f: f.iban(f.pick(["DE", "FR", "ES", "NL", "GB"])), "bank account"),
            "bic": G(pick("DEUTDEFF", "BNPAFRPP", "CAIXESBB", "ABNANL2A", "NWBKGB2L")),
            "notes": Y(
                lambda f: f.pick(
                    [
                        "Treated for food poisoning at a clinic in Lisbon",
                        "ER visit in Cancun for a broken wrist",
                        "Refill of my insulin while visiting family in Manila",
                        "Urgent care for an ear infection in Toronto",
                        "Stitches for a cut on my son's forehead in Guadalajara",
                    ]
                ),
                "condition|diagnosis",
                True,
            ),
        },
    ),
    (
        "track",
        "Claim Appeal Submitted",
        ["analytics-ruby"],
        {
            "appeal_id": G(lambda f: "APL-" + f.digits(7)),
            "claim_number": G(claim_number),
            "appeal_reason": G(pick("medical_necessity", "out_of_network", "coding_error", "timely_filing")),
            "statement": Y(
                lambda f: f.pick(
                    [
                        "My daughter's asthma was out of control and the ER visit was necessary",
                        "The MRI was ordered after 8 weeks of back pain and sciatica",
                        "I was hospitalized for pneumonia and the ambulance was not optional",
                        "My therapist is treating my PTSD and no in-network provider had openings",
                        "Insulin pump supplies are needed for my type 1 diabetes",
                    ]
                ),
                "condition",
                True,
            ),
            "authorized_rep_name": Y(full, "name"),
            "authorized_rep_phone": Y(intl_phone, "phone"),
        },
    ),
    # -- prior authorisation --------------------------------------------------------------------------
    (
        "track",
        "Prior Authorization Requested",
        ["analytics-java"],
        {
            "authNumber": G(auth_number),
            "requestType": G(pick("inpatient", "outpatient", "dme", "pharmacy")),
            "requestedService": Y(lambda f: f.pick(CPT)[1], "procedure"),
            "cptCode": Y(lambda f: f.pick(CPT)[0], "procedure"),
            "icd10Code": Y(pick(*ICD10), "diagnosis"),
            "requestingProviderNpi": G(npi),
            "requestingProviderName": Y(lambda f: f"Dr. {full(f)}", "name"),
            "facilityName": G(pick(*FACILITIES)),
            "urgency": G(pick("standard", "urgent", "retro")),
            "memberId": Y(member_id, "identification"),
            "patientDob": Y(dob, "birthdate"),
            "mrn": RED(mrn, "health id"),
            "status": G(pick("received", "in_review", "approved", "denied", "pended")),
            "submittedAt": G(lambda f: f.iso()),
        },
    ),
    # -- find a doctor --------------------------------------------------------------------------------
    (
        "track",
        "Provider Search Performed",
        [*MOBILE, "web"],
        {
            "q": G(
                pick(
                    "pediatrician",
                    "urgent care",
                    "dermatology",
                    "family medicine",
                    "physical therapy",
                    "dentist",
                )
            ),
            "specialty": G(
                pick("Pediatrics", "Cardiology", "Dermatology", "Family Medicine", "OB/GYN", "Orthopedics")
            ),
            "search_location": G(lambda f: f"{place(f)[0]}, {place(f)[1]}"),
            "accepting_new_patients": G(pick(True, False)),
            "language_filter": G(pick("any", "Spanish", "Vietnamese", "Mandarin", "Tagalog")),
            "gender_filter": G(pick("any", "female", "male")),
            "results_count": G(rint(0, 240)),
            "places_session_token": G(lambda f: f.uuid()),
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(25.5, 47.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122.5, -80.1), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Provider Viewed",
        ["web", "swift"],
        {
            "provider_id": G(lambda f: f.digits(8)),
            "npi": G(npi),
            "provider_name": Y(lambda f: f"{full(f)}, {f.pick(['MD', 'DO', 'NP', 'DPM'])}", "name"),
            "provider_gender": Y(pick("female", "male"), "gender"),
            "practice_name": G(pick(*PRACTICES)),
            "specialty": G(
                pick("Pediatrics", "Cardiology", "Dermatology", "Family Medicine", "OB/GYN", "Orthopedics")
            ),
            "practice_phone": G(
                lambda f: f"({f.pick(['713', '602', '404', '305'])}) 555-{f.r.randint(100, 199):04d}"
            ),
            "practice_address": {
                "street": G(
                    pick(
                        "6400 Fannin St Suite 2200",
                        "1441 N 12th St",
                        "1968 Peachtree Rd NW",
                        "3100 SW 62nd Ave",
                    )
                ),
                "city": G(pick("Houston", "Phoenix", "Atlanta", "Miami")),
                "zip": G(pick("77030", "85006", "30309", "33155")),
            },
            "accepting_new_patients": G(pick(True, False)),
            "languages": Many(G(pick("English", "Spanish", "Vietnamese", "Hindi", "Arabic")), 3),
        },
    ),
    (
        "track",
        "PCP Selected",
        ["analytics-ruby", "analytics-php"],
        {
            "member_id": Y(member_id, "identification"),
            "pcp_npi": G(npi),
            "pcp_name": Y(lambda f: f"Dr. {full(f)}", "name"),
            "effective_date": G(lambda f: f.date(2024, 2025)),
            "change_reason": G(pick("new_member", "moved", "provider_left_network", "preference")),
            "for_dependent": G(pick(True, False)),
            "dependent_name": Y(full, "name"),
        },
    ),
    (
        "track",
        "Appointment Requested",
        ["flutter", "web"],
        {
            "provider_npi": G(npi),
            "appointment_type": G(pick("new_patient", "follow_up", "telehealth", "annual_wellness")),
            "reason_for_visit": Y(
                lambda f: f.pick(
                    [
                        "persistent cough and shortness of breath",
                        "follow up on high blood pressure",
                        "rash that won't go away",
                        "knee pain after a fall",
                        "anxiety and trouble sleeping",
                        "migraines getting worse",
                    ]
                ),
                "condition",
                True,
            ),
            "contact_phone": Y(us_phone, "phone"),
            "telehealth": G(pick(True, False)),
        },
    ),
    # -- pharmacy -------------------------------------------------------------------------------------
    (
        "track",
        "Prescription Refill Requested",
        ["kotlin", "swift"],
        {
            "rx_number": Y(
                lambda f: f.pick([f.digits(7), "RX" + f.digits(8), f.digits(6) + "-" + f.digits(5)]),
                "medication",
            ),
            "drug_name": Y(lambda f: f.pick(DRUGS)[0], "medication"),
            "ndc": Y(lambda f: f.pick(DRUGS)[1], "medication"),
            "strength": G(pick("500 mg", "20 mg", "10 mg", "75 mcg", "0.5 mg")),
            "days_supply": G(pick(30, 60, 90)),
            "quantity": G(pick(30, 60, 90, 1)),
            "pharmacy_name": G(pick(*PHARMACIES)),
            "pharmacy_npi": G(npi),
            "pharmacy_phone": G(lambda f: f"1-800-555-{f.r.randint(1000, 1099)}"),
            "copay": G(pick(0.0, 4.5, 10.0, 35.0, 47.5)),
            "prescriber_name": Y(lambda f: f"Dr. {full(f)}", "name"),
            "shipping_address": {
                "line1": Y(street, "address|street"),
                "city": Y(lambda f: place(f)[0], "city"),
                "state": G(pick(*STATES)),
                "zip": Y(us_zip, "zipcode"),
            },
        },
    ),
    (
        "track",
        "Drug Price Checked",
        ["web"],
        {
            "drug_name": Y(lambda f: f.pick(DRUGS)[0], "medication"),
            "formulary_tier": G(pick(1, 2, 3, 4, 5)),
            "quantity": G(pick(30, 60, 90, 1)),
            "estimated_cost": G(money(0, 900)),
            "generic_available": G(pick(True, False)),
            "prior_auth_required": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Medication Reminder Set",
        ["swift", "flutter"],
        {
            "reminder_id": G(lambda f: f.uuid()),
            "medication": Y(lambda f: f.pick(DRUGS)[0], "medication"),
            "dose_time": G(pick("08:00", "12:30", "21:00")),
            "frequency": G(pick("daily", "twice_daily", "weekly")),
            "caregiver_phone": Y(intl_phone, "phone"),
        },
    ),
    (
        "track",
        "Receta Surtida",
        ["flutter"],
        {
            "numero_de_receta": Y(lambda f: f.digits(7), "medication"),
            "medicamento": Y(lambda f: f.pick(DRUGS)[0], "medication"),
            "farmacia": G(pick(*PHARMACIES)),
            "copago": G(pick(0.0, 4.5, 10.0, 35.0)),
            "fecha": G(lambda f: f.date(2024, 2024)),
            "dias_de_suministro": G(pick(30, 90)),
        },
    ),
    # -- OTC allowance store (e-commerce spec) --------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "kotlin"],
        {**otc_product(), "currency": G(const("USD")), "allowance_remaining": G(money(0, 150))},
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "OTC-" + f.digits(8)),
            "total": G(money(5, 150)),
            "currency": G(const("USD")),
            "products": Many(otc_product(), 4),
            "shipping_method": G(pick("standard", "two_day")),
        },
    ),
    (
        "track",
        "OTC Order Placed",
        ["analytics-go"],
        {
            "order_id": G(lambda f: "OTC-" + f.digits(8)),
            "items": Many(otc_product(), 4),
            "allowance_used": G(money(5, 150)),
            "ship_to": {
                "name": Y(full, "name"),
                "address1": Y(street, "address|street"),
                "city": Y(lambda f: place(f)[0], "city"),
                "state": G(pick(*STATES)),
                "postal_code": Y(us_zip, "zipcode"),
            },
            "tracking_number": G(lambda f: "1Z" + f.hexid(16).upper()),
        },
    ),
    # -- premium payments -----------------------------------------------------------------------------
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: "INV-" + f.digits(9)),
            "payment_method": G(pick("card", "ach", "apple_pay")),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(pick("414720", "543210", "601100", "371449")),
            "card_exp_month": G(rint(1, 12)),
            "card_exp_year": G(rint(2025, 2031)),
            "cardholder_name": Y(full, "name"),
            "billing_zip": Y(us_zip, "zipcode"),
            "payment_method_id": RED(pm_token, "token"),
            "save_for_autopay": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Premium Payment Completed",
        ["analytics-go", "analytics-python"],
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(9)),
            "amount": G(money(30, 1800)),
            "currency": G(const("USD")),
            "payment_channel": G(pick("web", "ivr", "autopay", "mobile")),
            "bank_account_last4": G(lambda f: f.digits(4)),
            "routing_number": G(aba),
            "account_number": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
            "account_type": G(pick("checking", "savings")),
            "payer_name": Y(full, "name"),
            "confirmation_code": G(lambda f: "PMT" + f.hexid(8).upper()),
            "autopay": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Payment Method Attached",
        ["analytics-node"],
        {
            "id": G(lambda f: "evt_1" + "".join(f.r.choice(ALNUM) for _ in range(23))),
            "type": G(const("payment_method.attached")),
            "data": {
                "object": {
                    "id": RED(pm_token, "token"),
                    "type": G(const("card")),
                    "customer": G(lambda f: "cus_" + "".join(f.r.choice(ALNUM) for _ in range(14))),
                    "created": G(lambda f: f.epoch_ms() // 1000),
                    "card": {
                        "brand": G(pick("visa", "mastercard", "amex")),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(rint(1, 12)),
                        "exp_year": G(rint(2025, 2031)),
                        "country": G(const("US")),
                        "funding": G(pick("credit", "debit", "prepaid")),
                        "fingerprint": G(lambda f: "".join(f.r.choice(ALNUM) for _ in range(16))),
                    },
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(us_phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "city": Y(lambda f: place(f)[0], "city"),
                            "postal_code": Y(us_zip, "zipcode"),
                            "state": G(pick(*STATES)),
                            "country": G(const("US")),
                        },
                    },
                }
            },
        },
    ),
    (
        "track",
        "Card Number Entered",
        ["web"],
        {
            "field": G(const("card_number")),
            "input": RED(lambda f: f.card(), "credit card", True),
            "valid_luhn": G(const(True)),
            "elapsed_ms": G(rint(800, 20000)),
        },
    ),
    # -- wellness -------------------------------------------------------------------------------------
    (
        "track",
        "Biometric Screening Completed",
        ["analytics-java"],
        {
            "screeningId": G(lambda f: f.uuid()),
            "screeningDate": G(lambda f: f.date(2024, 2024)),
            "eventSite": G(pick("Sunbelt Logistics HQ onsite", "Quest Patient Service Center", "Home kit")),
            "vendor": G(pick("Quest Diagnostics", "Labcorp", "Everlywell")),
            "bmi": Y(lambda f: round(f.r.uniform(18, 44), 1), "condition"),
            "systolic": Y(rint(98, 178), "condition"),
            "diastolic": Y(rint(58, 112), "condition"),
            "totalCholesterol": Y(rint(130, 290), "condition"),
            "glucose": Y(rint(70, 260), "condition"),
            "a1c": Y(lambda f: round(f.r.uniform(4.6, 11.2), 1), "condition"),
            "weightLbs": Y(rint(105, 340), "condition"),
            "waistIn": Y(rint(26, 58), "condition"),
            "nicotineResult": Y(pick("negative", "positive"), "condition"),
            "fasting": G(pick(True, False)),
            "pointsEarned": G(pick(100, 250, 500)),
        },
    ),
    (
        "track",
        "Wearable Connected",
        ["swift", "kotlin"],
        {
            "device_type": G(pick("Fitbit Charge 6", "Garmin Venu 3", "Omron Evolv BP7000", "Dexcom G7")),
            "device_serial": Y(lambda f: f.pick(["FB", "GV", "OM", "DX"]) + f.hexid(10).upper(), "serial"),
            "ble_mac": Y(lambda f: f.mac(), "mac"),
            "firmware": G(pick("1.184.52", "7.21", "2.0.3")),
            "sync_interval_min": G(pick(15, 60, 240)),
            "data_types": Many(G(pick("steps", "heart_rate", "sleep", "blood_pressure", "glucose")), 3),
        },
    ),
    (
        "track",
        "Health Assessment Completed",
        ["web", "rn"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "version": G(pick("HRA-2024.2", "HRA-2024.3")),
            "questions_answered": G(rint(18, 42)),
            "smoker": Y(pick(True, False), "condition"),
            "chronic_conditions": Many(
                Y(pick("hypertension", "diabetes", "asthma", "depression", "COPD"), "condition"), 3
            ),
            "phq9_score": Y(rint(0, 27), "condition"),
            "alcohol_drinks_per_week": Y(rint(0, 25), "condition"),
            "allergies": Many(
                Y(pick("penicillin", "peanuts", "sulfa drugs", "latex", "shellfish"), "allergy"), 2
            ),
            "points_earned": G(pick(100, 200)),
        },
    ),
    (
        "track",
        "Care Program Enrolled",
        ["analytics-python"],
        {
            "program_id": G(lambda f: "CM-" + f.digits(5)),
            "program_name": Y(
                pick(
                    "Diabetes Care Management",
                    "Healthy Heart (CHF)",
                    "Maternity Support",
                    "Behavioral Health Navigation",
                    "COPD Breathe Better",
                ),
                "condition",
                True,
            ),
            "care_manager_name": Y(lambda f: f"{full(f)}, RN", "name"),
            "care_manager_id": G(lambda f: "cm" + f.digits(4)),
            "enrollment_source": G(pick("claims_trigger", "self_referral", "pcp_referral")),
        },
    ),
    (
        "track",
        "Pet Insurance Quote Started",
        ["web"],
        {
            "pet_name": G(pick("Luna", "Biscuit", "Max", "Chula", "Mochi", "Rocky")),
            "species": G(pick("dog", "cat")),
            "breed": G(pick("Chihuahua", "Labrador Retriever", "Domestic Shorthair", "Pit Bull mix")),
            "pet_age": G(rint(0, 14)),
            "pet_sex": G(pick("female", "male")),
            "owner_zip": Y(us_zip, "zipcode"),
        },
    ),
    # -- nurse line, call centre, sms -----------------------------------------------------------------
    (
        "track",
        "Nurse Chat Started",
        ["web", "swift"],
        {
            "chat_id": G(lambda f: f.uuid()),
            "topic": G(pick("symptoms", "medication_question", "benefits", "after_visit")),
            "queue": G(pick("nurse_en", "nurse_es", "behavioral")),
            "nurse_name": Y(lambda f: f"{first(f)} {last(f)[0]}., RN", "name"),
            "nurse_id": G(lambda f: "RN" + f.digits(5)),
            "language": G(pick("en", "es", "vi")),
        },
    ),
    (
        "track",
        "Nurse Chat Message Sent",
        ["analytics-node"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "author_type": G(const("member")),
            "text": Y(pick(*SYMPTOMS), "condition", True),
            "sent_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Nurse Chat Ended",
        ["web", "swift"],
        {
            "chat_id": G(lambda f: f.uuid()),
            "duration_sec": G(rint(60, 2400)),
            "follow_up_requested": G(pick(True, False)),
            "callback_number": Y(us_phone, "phone"),
        },
    ),
    (
        "track",
        "Inbound SMS",
        ["analytics-php"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone("e164"), "phone"),
            "To": G(pick("+18325550143", "+16025550177", "+14045550102")),
            "Body": G(pick("STOP", "YES", "REFILL", "HELP", "Y", "CANCEL")),
            "NumMedia": G(pick("0", "1")),
            "FromCity": Y(lambda f: place(f)[0].upper(), "city"),
            "FromState": G(pick(*STATES)),
            "FromZip": Y(us_zip, "zipcode"),
            "FromCountry": G(const("US")),
            "SmsStatus": G(const("received")),
            "ApiVersion": G(const("2010-04-01")),
        },
    ),
    (
        "track",
        "Call Completed",
        ["analytics-java", "analytics-python"],
        {
            "call_id": G(lambda f: f.digits(12)),
            "ani": Y(lambda f: f.pick([f.phone("e164"), f.digits(10)]), "phone"),
            "dnis": G(pick("8005550111", "8885550199", "8775550123")),
            "queue": G(pick("member_services", "pharmacy", "billing", "spanish")),
            "agent_name": Y(full, "name"),
            "agent_id": G(lambda f: f.digits(5)),
            "caller_verified": G(pick(True, False)),
            "verified_via": G(pick("dob_zip", "member_id_dob", "ssn_last4")),
            "reason_code": G(pick("ID_CARD", "CLAIM_STATUS", "PREMIUM", "PCP_CHANGE")),
            "wrap_up_notes": Y(
                lambda f: f.pick(
                    [
                        "Mbr asked for callback at " + us_phone(f),
                        "Sent new ID card; alt number " + us_phone(f),
                        "Transferred to pharmacy, best contact " + us_phone(f),
                        "Spouse called from " + us_phone(f) + " re premium",
                    ]
                ),
                "phone",
                True,
            ),
            "ssn_last4": RED(ssn_last4, "social security number"),
        },
    ),
    # -- brokers and employer groups ------------------------------------------------------------------
    (
        "group",
        None,
        ["analytics-node", "analytics-ruby"],
        {
            "legal_name": G(pick(*EMPLOYERS)),
            "group_number": G(group_number),
            "industry": G(pick("Transportation", "Education", "Food Manufacturing", "Healthcare")),
            "employees": G(rint(12, 4800)),
            "hq_city": G(pick("Houston", "Fresno", "Columbus", "Tampa")),
            "union_plan": G(pick(True, False)),
            "hr_contact_name": Y(full, "name"),
            "hr_contact_email": Y(email, "email"),
            "hr_contact_phone": Y(us_phone, "phone"),
            "benefits_inbox": G(pick("benefits@sunbeltlogistics.example", "hr@keystonefoods.example")),
            "broker_agency": G(
                pick("Lone Star Benefits Group", "Gulf Coast Insurance Partners", "Alamo Agency")
            ),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "npn": Y(lambda f: f.digits(f.pick([7, 8, 9])), "license"),
            "agencyName": G(
                pick("Lone Star Benefits Group", "Gulf Coast Insurance Partners", "Alamo Agency")
            ),
            "licenseStates": Many(G(pick(*STATES)), 4),
            "role": G(pick("broker", "agency_admin", "navigator")),
        },
    ),
    (
        "track",
        "Broker Client Added",
        ["rn"],
        {
            "client_type": G(pick("individual", "small_group")),
            "client_first_name": Y(first, "name"),
            "client_last_name": Y(last, "name"),
            "client_email": Y(email, "email"),
            "client_mobile": Y(intl_phone, "phone"),
            "household_size": G(rint(1, 7)),
            "agency_phone": G(pick("(210) 555-0140", "(713) 555-0188", "(813) 555-0107")),
        },
    ),
    (
        "track",
        "Broker Assigned",
        ["analytics-python"],
        {
            "member_id": Y(member_id, "identification"),
            "broker": {
                "name": Y(full, "name"),
                "npn": Y(lambda f: f.digits(f.pick([7, 8, 9])), "license"),
                "email": Y(email, "email"),
                "agency": G(
                    pick("Lone Star Benefits Group", "Gulf Coast Insurance Partners", "Alamo Agency")
                ),
            },
            "assignment_type": G(pick("broker_of_record", "navigator", "referral")),
        },
    ),
    # -- Medicare Advantage --------------------------------------------------------------------------
    (
        "track",
        "Medicare Eligibility Checked",
        ["web", "analytics-python"],
        {
            "mbi": RED(mbi, "health id"),
            "medicaid_id": RED(medicaid_id, "health id"),
            "part_a_effective": G(lambda f: f.date(2010, 2025)),
            "dual_eligible": G(pick(True, False)),
            "esrd": Y(pick(True, False), "condition"),
        },
    ),
    # -- profile, contacts, preferences ----------------------------------------------------------------
    (
        "track",
        "Emergency Contact Updated",
        ["swift", "flutter"],
        {
            "contact": {
                "name": Y(full, "name"),
                "relationship": G(pick("mother", "spouse", "son", "friend", "brother")),
                "phone": Y(intl_phone, "phone"),
                "email": Y(email, "email"),
            },
            "is_primary": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Authorized Representative Added",
        ["web"],
        {
            "rep_full_name": Y(full, "name"),
            "rep_relationship": G(pick("adult_child", "spouse", "legal_guardian", "caregiver")),
            "rep_phone": Y(us_phone, "phone"),
            "poa_document_uploaded": G(pick(True, False)),
            "access_level": G(pick("view_only", "full", "claims_only")),
        },
    ),
    (
        "track",
        "Address Changed",
        ["web", "kotlin"],
        {
            "previous_zip": Y(us_zip, "zipcode"),
            "new_address": home_address(),
            "address_type": G(pick("home", "mailing")),
            "moved_out_of_service_area": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Communication Preferences Updated",
        ["web", "swift", "kotlin"],
        {
            "email_opt_in": G(pick(True, False)),
            "sms_opt_in": G(pick(True, False)),
            "mobile_number": Y(us_phone, "phone"),
            "paperless_eob": G(pick(True, False)),
            "emails_per_month": G(rint(0, 12)),
            "preferred_language": G(pick("en", "es", "vi", "zh")),
        },
    ),
    (
        "track",
        "Care Preferences Updated",
        ["web"],
        {
            "religious_preference": Y(
                pick("Catholic", "Baptist", "Muslim", "Jewish", "Buddhist", "Latter-day Saints"), "religion"
            ),
            "interpreter_language": G(pick("Spanish", "Vietnamese", "ASL", "Navajo")),
            "uses_wheelchair": RED(pick(True, False), "disability"),
            "hearing_impaired": RED(pick(True, False), "disability"),
            "advance_directive_on_file": G(pick(True, False)),
        },
    ),
    (
        "screen",
        "Push Notification Opened",
        MOBILE,
        {
            "notification_id": G(lambda f: f.uuid()),
            "campaign_id": G(lambda f: f.digits(7)),
            "title": G(pick("Your claim has been processed", "Time to refill?", "Your new ID card is ready")),
            "deep_link": G(pick("bluestem://claims", "bluestem://pharmacy/refills", "bluestem://idcard")),
            "push_token": RED(lambda f: f.pick([apns(f), fcm(f)]), "token"),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["analytics-python", "analytics-go"],
        {
            "verification_vendor": G(pick("Socure", "Persona", "LexisNexis")),
            "document_type": G(pick("drivers_license", "state_id", "passport")),
            "document_number": RED(
                lambda f: f.pick([dl_number(f), passport(f)]), "national id|passport|license"
            ),
            "passport_number": RED(passport, "passport"),
            "ssn_last4": RED(ssn_last4, "social security number"),
            "dob_match": G(pick(True, False)),
            "selfie_url": Y(lambda f: f"https://verify.example.com/s/{f.hexid(20)}.jpg", "photo"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "API Error",
        ["analytics-node"],
        {
            "endpoint": G(pick("/v2/claims", "/v2/members/me", "/v1/rx/refills")),
            "status_code": G(pick(401, 403, 500, 502, 504)),
            "request_id": G(lambda f: f.uuid()),
            "error_message": G(
                pick("upstream timeout", "token expired", "invalid_grant", "Internal Server Error")
            ),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "x_api_key": RED(api_secret, "secret"),
        },
    ),
    # -- neutral keys ---------------------------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(pick("contact-us", "update-profile", "find-care-signup")),
            "field_name": G(pick("email", "emailAddress", "contact_email")),
            "value": Y(email, "email", True),
            "duration_ms": G(rint(300, 12000)),
        },
    ),
    (
        "track",
        "Dropdown Option Selected",
        ["web", "kotlin"],
        {
            "dropdown": G(pick("member_selector", "claims_for", "switch_member")),
            "label": Y(lambda f: f"{full(f)} ({f.pick(['Self', 'Spouse', 'Child'])})", "name", True),
            "option_id": G(lambda f: f.hexid(8)),
            "index": G(rint(0, 5)),
        },
    ),
    (
        "track",
        "Help Article Searched",
        ["web", "swift"],
        {
            "q": G(pick("how to get id card", "what is a deductible", "change pcp", "pay premium", "hsa")),
            "results": G(rint(0, 40)),
            "clicked_article_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["rn", "kotlin"],
        {
            "rating": G(rint(1, 5)),
            "comment": G(
                pick(
                    "App crashes when I open claims",
                    "Love the new ID card screen",
                    "Too many steps to pay",
                    "Search is slow",
                    "",
                )
            ),
            "category": G(pick("bug", "praise", "billing", "search")),
            "nps": G(rint(0, 10)),
        },
    ),
    (
        "track",
        "Case Note Added",
        ["analytics-ruby"],
        {
            "case_id": G(lambda f: "CS" + f.digits(8)),
            "author_id": G(lambda f: "u" + f.digits(5)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Spoke with member's daughter {full(f)} about discharge plan",
                        f"Left voicemail for {full(f)}, will retry Tuesday",
                        f"Caregiver {full(f)} confirmed transport for Friday",
                        f"Member asked that {full(f)} be added as a contact",
                    ]
                ),
                "name",
                True,
            ),
            "visibility": G(pick("internal", "member_visible")),
        },
    ),
    # -- marketing ------------------------------------------------------------------------------------
    (
        "track",
        "Quote Landing Viewed",
        ["web"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_source": G(pick("google", "facebook", "bing")),
            "utm_medium": G(pick("cpc", "paid_social")),
            "utm_campaign": G(pick("oe_2025", "welcome_kit_qr", "id_card_mailer")),
            "zip_entered": Y(us_zip, "zipcode"),
            "age_band": G(pick("18-25", "26-34", "35-44", "45-54", "55-64", "65+")),
        },
    ),
    (
        "page",
        "Claims",
        ["web"],
        {
            "path": G(pick("/claims", "/claims/history", "/claims/eob")),
            "url": G(
                lambda f: "https://members.bluestemhealth.example" + f.pick(["/claims", "/claims/history"])
            ),
            "title": G(pick("My Claims | Bluestem Health", "Claim History | Bluestem Health")),
            "referrer": G(pick("", "https://members.bluestemhealth.example/")),
            "search": G(pick("", "?year=2024", "?status=denied")),
            "tab": G(pick("medical", "pharmacy", "dental")),
        },
    ),
    (
        "identify",
        None,
        ["analytics-python"],
        {
            "MEMBER_ID": Y(member_id, "identification"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_NUMBER": Y(lambda f: f.digits(10), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2004), "birthdate"),
            "ZIP_CODE": Y(us_zip, "zipcode"),
            "PLAN_CODE": G(lambda f: f.pick(["SLV", "GLD", "BRZ", "MAPD"]) + f.digits(3)),
            "LOB": G(pick("IFP", "SG", "LG", "MA")),
            "RISK_SCORE": Y(lambda f: round(f.r.uniform(0.3, 4.5), 3), "condition"),
            "HAS_CHRONIC_CONDITION": Y(pick(True, False), "condition"),
            "MEDICARE_BENEFICIARY_ID": RED(mbi, "health id"),
            "CHURN_PROPENSITY": G(lambda f: round(f.r.random(), 4)),
            "LAST_CLAIM_DATE": G(lambda f: f.date(2023, 2024)),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "mbr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=98, repeats=30)
    write(Path(__file__).parent, "holdout98_", events, labels)
