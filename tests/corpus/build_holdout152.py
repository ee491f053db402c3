"""Writes holdout152: tests/corpus/holdout152_events.jsonl and holdout152_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only the helpers in build.py and
fake.py, build_holdout3.py (for its format) and the reference's matcher table were read.

What it covers: the Segment traffic of "Northbridge University", a US university with branch
campuses in Lagos and Nairobi, running one admissions and student-information system. Applicants
(web, analytics.js) fill in the application: personal details, demographics, contacts, parents
and guardians, test scores (SAT, ACT, TOEFL, IELTS, WAEC, JAMB, KCSE), transcripts, personal
statements, recommenders; recommenders submit letters; admissions officers (a .NET CRM with
PascalCase keys, a Flutter app at school fairs) look up, read and rate; the financial-aid office runs a
FAFSA-like form with family income and parents' SSNs; international students give passports, visa
and SEVIS data and their sponsors; students (analytics-swift, analytics-kotlin, React Native)
register for courses, apply for housing, ask for disability accommodations, fill in
health forms, buy parking permits, take campus jobs; parents use a Flutter app; tuition arrives
by card (Stripe-shaped), Paystack (Nigeria) and M-Pesa (Kenya, Daraja's PascalCase) and bank
transfer; the bookstore uses the e-commerce spec; Twilio and SendGrid webhooks are forwarded by
server libraries (python, node, go, java, ruby, php, .NET). About 14 % of keys are not camelCase
or snake_case: PascalCase (.NET CRM, Daraja, Twilio), kebab-case (an embedded inquiry form),
SCREAMING_SNAKE (a reverse-ETL sync from the warehouse) and Swahili (a Kenyan partner portal).

Conventions: one label per leaf path (arrays as `[]`), the same across every event that holds the
path; `type` is the reference's matcher name where one fits, else bank account, geolocation,
secret, national id, health id, advertising id, credit score, political opinion, trade union;
`a|b` when either is fair. Every template is rendered many times (seeded), so each varying path
has many values.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a parent, a recommender, a sponsor, a
  roommate, a staff member (an officer's or an instructor's name and personal work e-mail).
  Colours follow the reference's default table; outside it, red for credentials and secrets,
  card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids the university or a vendor issues (application, student, matric, admission,
  receipt, invoice, customer, M-Pesa receipt numbers, CallSid), exam bodies' candidate and
  registration numbers (WAEC, JAMB, KCSE index: numbers an organisation issues, like member
  numbers), library card barcodes, UUIDs, SKUs, versions, timestamps, document dates (a passport's
  expiry), hashes of files, amounts (fees, grants, loans, balances), enums, counters and booleans
  under PII-sounding keys (`emailVerified`, `ssnProvided`, `guardianCount`), ages, marital
  status, job titles and employers, schools, halls, products, companies, a pet's (an assistance
  animal's) name, places that are not the person's (a consulate's city, a fair's venue and its
  coordinates, the university's own numbers and role mailboxes), country, state, county, LGA,
  state of origin, locale, timezone, currency, user agents, OS device ids; card brand, last four,
  BIN and expiry; bank routing numbers; UUID tokens (a Places session token).
- Academic results (test scores, GPA, grades, class rank) are green: no default matcher names
  them and the policy lists no such category; a privacy owner protects them by access, not colour.
- Yellow beyond the table: billing addresses (`address`), an insurer's member and policy numbers
  (`identification`), rx numbers (`medication`), pay, stipends, hourly rates, incomes and income
  bands (`salary`), credit scores, plates (`license`), VINs (`serial`), gclid/fbclid/fbp/fbc
  (`advertising id`), party affiliation (`political opinion`), union membership (`trade union`),
  a dorm room (the student's home: `address`), a fair's attendee's details.
- Red beyond the table: `pm_` ids and Paystack authorization codes (`token`), one-time codes,
  recommender and password-reset link tokens and a device's push token (`token`), a door PIN
  (`secret|password`), SSNs and their last four, ITINs, NIN, BVN, Kenyan ID numbers, KRA PINs,
  SEVIS ids and birth-certificate numbers (`national id`), passport numbers, MRN / NHIF numbers
  (`health id`), visa type, work authorisation and sponsorship answers (`visa`), disability flags
  and accommodations (`disability`), veteran status (`veteran`), bank account numbers and IBANs.
- A boolean or enum that reveals a special category about the person takes that category
  (Hispanic/Latino → `ethnicity`, a wheelchair → `disability`, a party → `political opinion`).
- value_only is true when the key does not say what the value is (`value`, `label`, `q`,
  `Query`, `input`, `text`, `note`, `to`, `body`, `fileName`, `deviceName`, `comments`) and only
  the value shows it. A value_only PII path holds that PII in every one of its values; free text (essay
  excerpts, reviewers' notes, maintenance descriptions) holding no PII in any value is green.
- Undecidable cases resolved toward what a careful privacy owner would flag: a caller's city and
  ZIP in a telephony webhook are the person's (`city`, `zipcode`); a hospital or doctor's office
  phone is a business's (green); a birth-certificate number is an identity document (red).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

NAMES = {
    "us": (
        ["Emily", "Tyler", "Madison", "Jamal", "Sarah", "Michael", "Ashley", "DeShawn", "Hannah", "Carlos"],
        ["Johnson", "Brooks", "Rivera", "Washington", "Goldberg", "O'Connor", "Nguyen", "Miller", "Reyes"],
    ),
    "ng": (
        ["Chinedu", "Adaeze", "Oluwaseun", "Babatunde", "Aisha", "Ibrahim", "Ngozi", "Funmilayo", "Emeka"],
        ["Okeke", "Nwosu", "Adeyemi", "Bakare", "Bello", "Musa", "Eze", "Ogunleye", "Abubakar", "Danjuma"],
    ),
    "ke": (
        ["Wanjiru", "Otieno", "Achieng", "Kiprono", "Chebet", "Mwangi", "Njeri", "Mutua", "Akinyi", "Hassan"],
        ["Kamau", "Odhiambo", "Ouma", "Kiptoo", "Rotich", "Njoroge", "Wambui", "Musyoka", "Onyango", "Abdi"],
    ),
    "xx": (
        ["Priya", "Wei", "Mohammed", "Sofía", "Hyun-woo", "Anh", "Fatma", "Lukas", "Aroha", "João", "Olena"],
        [
            "Raghunathan",
            "Zhang",
            "Al-Rashid",
            "Hernández",
            "Park",
            "Tran",
            "Y\u0131ld\u0131z",
            "Schneider",
            "Pereira",
        ],
    ),
}
REGIONS = ["us", "us", "us", "ng", "ng", "ng", "ke", "ke", "xx"]


def region(f: Fake) -> str:
    return f.pick(REGIONS)


def first(f: Fake, where: str | None = None) -> str:
    return f.pick(NAMES[where or region(f)][0])


def last(f: Fake, where: str | None = None) -> str:
    return f.pick(NAMES[where or region(f)][1])


def full(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    return f"{first(f, where)} {last(f, where)}"


def ascii_(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\u0131", "i")).encode("ascii", "ignore").decode()
    return text.replace("'", "").replace(" ", "").replace("-", "")


def email(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    a, b = ascii_(first(f, where)).lower(), ascii_(last(f, where)).lower()
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{f.r.randint(1, 9)}"])
    domain = f.pick(["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"])
    if where == "ng":
        domain = f.pick(["gmail.com", "yahoo.com", "yahoo.co.uk"])
    return f"{local}@{domain}"


def student_email(f: Fake) -> str:
    return f"{ascii_(first(f)).lower()}.{ascii_(last(f)).lower()}@students.nbu.edu"


def staff_email(f: Fake) -> str:
    return f"{ascii_(first(f)).lower()[0]}{ascii_(last(f)).lower()}@nbu.edu"


NG_PREFIXES = ["803", "806", "813", "816", "703", "706", "810", "814", "903", "905", "802", "808", "812"]
KE_PREFIXES = ["712", "722", "733", "701", "745", "768", "790", "110", "111", "757"]


def phone(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    if where == "ng":
        p, a, b = f.pick(NG_PREFIXES), f.r.randint(100, 999), f.r.randint(1000, 9999)
        return f.pick([f"+234 {p} {a} {b}", f"0{p} {a} {b}", f"+234{p}{a}{b}", f"0{p}{a}{b}"])
    if where == "ke":
        p, a, b = f.pick(KE_PREFIXES), f.r.randint(100, 999), f.r.randint(100, 999)
        return f.pick([f"+254 {p} {a} {b}", f"0{p} {a}{b}", f"+254{p}{a}{b}", f"0{p}{a}{b}"])
    if where == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
    return f.pick(
        [
            f"+91 {f.r.randint(70000, 99999)} {f.r.randint(10000, 99999)}",
            f"+86 139 {f.r.randint(1000, 9999)} {f.r.randint(1000, 9999)}",
            f.phone("uk"),
            f"+55 11 9{f.r.randint(1000, 9999)}-{f.r.randint(1000, 9999)}",
        ]
    )


def msisdn(f: Fake) -> str:
    return "254" + f.pick(KE_PREFIXES) + str(f.r.randint(100000, 999999))


US_CITIES = [
    ("Houston", "TX"),
    ("Atlanta", "GA"),
    ("Columbus", "OH"),
    ("Minneapolis", "MN"),
    ("Baltimore", "MD"),
]
NG_CITIES = [("Lagos", "Lagos"), ("Abuja", "FCT"), ("Ibadan", "Oyo"), ("Enugu", "Enugu"), ("Kano", "Kano")]
KE_CITIES = [("Nairobi", "Nairobi"), ("Mombasa", "Mombasa"), ("Kisumu", "Kisumu"), ("Eldoret", "Uasin Gishu")]
NG_STREETS = ["Awolowo Road", "Adeola Odeku Street", "Allen Avenue", "Ogui Road", "Aminu Kano Crescent"]
KE_STREETS = ["Ngong Road", "Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street", "Argwings Kodhek Road"]
US_STREETS = ["Maple Ave", "W 34th St", "Peachtree St NE", "Lakeview Dr", "N Charles St", "Elm Street"]


def street(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    if where == "ng":
        return f"{f.r.randint(1, 120)} {f.pick(NG_STREETS)}"
    if where == "ke":
        return f.pick(
            [
                f"Plot {f.r.randint(1, 400)}, {f.pick(KE_STREETS)}",
                f"{f.pick(KE_STREETS)}, Apt B{f.r.randint(1, 20)}",
            ]
        )
    return f"{f.r.randint(10, 9999)} {f.pick(US_STREETS)}"


def city(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    pool = {"ng": NG_CITIES, "ke": KE_CITIES}.get(where, US_CITIES)
    return f.pick(pool)[0]


def postcode(f: Fake, where: str | None = None) -> str:
    where = where or region(f)
    if where == "ng":
        return f.pick(["100001", "101241", "900108", "200284", "400102"])
    if where == "ke":
        return f.pick(["00100", "00200", "80100", "40100", "30100", "00505"])
    return f.zip()


def full_address(f: Fake) -> str:
    where = region(f)
    return f"{street(f, where)}, {city(f, where)} {postcode(f, where)}"


def dob(f: Fake) -> str:
    return f.date(1998, 2008)


def parent_dob(f: Fake) -> str:
    return f.date(1960, 1985)


# -- identifiers --------------------------------------------------------------------------------


def itin(f: Fake) -> str:
    return (
        f"9{f.r.randint(0, 99):02d}-{f.pick([70, 71, 75, 78, 80, 88, 90, 94, 99])}-{f.r.randint(1, 9999):04d}"
    )


def nin(f: Fake) -> str:
    return f.digits(11)


def bvn(f: Fake) -> str:
    return "22" + f.digits(9)


def ke_id(f: Fake) -> str:
    return str(f.r.randint(20_000_000, 39_999_999))


def kra_pin(f: Fake) -> str:
    return "A" + f"{f.r.randint(0, 999_999_999):09d}" + f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")


def passport(f: Fake) -> str:
    return f.pick(
        [
            "A" + f"{f.r.randint(0, 99_999_999):08d}",  # Nigeria
            "AK" + f"{f.r.randint(0, 9_999_999):07d}",  # Kenya
            f.digits(9),  # United States
            f.pick("JKLMNPRSTUVZ") + f"{f.r.randint(0, 9_999_999):07d}",  # India
            "E" + f.digits(8),  # China
        ]
    )


def sevis(f: Fake) -> str:
    return "N" + f"{f.r.randint(0, 9_999_999_999):010d}"


def nuban(f: Fake) -> str:
    """A Nigerian NUBAN account number with its check digit for the bank's code."""
    bank = f.pick(["058", "044", "011", "033", "057", "232"])
    serial = f"{f.r.randint(0, 999_999_999):09d}"
    weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    total = sum(int(d) * w for d, w in zip(bank + serial, weights, strict=True))
    return serial + str((10 - total % 10) % 10)


def bank_account(f: Fake) -> str:
    return f.pick([nuban(f), f.digits(12), "01" + f.digits(11), f.digits(10)])


ROUTING = ["021000021", "011401533", "121000358", "026009593", "111000025", "322271627", "061000104"]


def pm_id(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.pick(alnum) for _ in range(23))


def link_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(f.pick(alnum) for _ in range(43))


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.pick(alnum) for _ in range(60)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(55))


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {
        c: v
        for c, v in zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    }
    values.update({str(d): d for d in range(10)})
    body = [f.pick(chars) for _ in range(17)]
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    check = sum(values[c] * w for c, w in zip(body, weights, strict=True)) % 11
    body[8] = "X" if check == 10 else str(check)
    return "".join(body)


def plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            "".join(f.pick(letters) for _ in range(3)) + "-" + f.digits(4),  # TX / GA
            f.digits(1) + "".join(f.pick(letters) for _ in range(3)) + f.digits(3),  # CA style
            "K" + "".join(f.pick(letters) for _ in range(2)) + " " + f.digits(3) + f.pick(letters),  # Kenya
            "".join(f.pick(letters) for _ in range(3))
            + "-"
            + f.digits(3)
            + "".join(f.pick(letters) for _ in range(2)),  # NG
        ]
    )


def application_id(f: Fake) -> str:
    return f"NBU-25-{f.r.randint(100000, 999999)}"


def student_id(f: Fake) -> str:
    return f"{f.r.randint(900000000, 909999999)}"


def term(f: Fake) -> str:
    return f.pick(["Fall 2025", "Spring 2026", "Fall 2026", "Summer 2025"])


def program(f: Fake) -> str:
    return f.pick(["BSN", "BS-CS", "BA-ECON", "BS-MECH", "MPH", "MBA", "BS-BIO", "BA-MCOM"])


def money_ccy(f: Fake) -> str:
    return f.pick(["USD", "NGN", "KES"])


# -- contexts sent by the client libraries ------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5k) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Mobile Safari/537.36 OPR/80.1.4170.72387",
]
APPLY_PAGES = [
    ("/apply/personal", "Personal Information | Apply | Northbridge"),
    ("/apply/family", "Family | Apply | Northbridge"),
    ("/apply/academics", "Academics | Apply | Northbridge"),
    ("/apply/documents", "Documents | Apply | Northbridge"),
    ("/apply/review", "Review & Submit | Apply | Northbridge"),
    ("/aid/fafsa", "Financial Aid | Northbridge"),
]
LOCALES = ["en-US", "en-NG", "en-KE", "sw-KE", "en-GB", "yo-NG", "zh-CN", "hi-IN"]
TIMEZONES = ["America/New_York", "America/Chicago", "Africa/Lagos", "Africa/Nairobi", "Asia/Kolkata"]


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.64.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(APPLY_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://apply.commonapp.org/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?step=2", "?utm_source=instagram&utm_medium=paid", "?lang=en"])
            ),
            "title": G(lambda f: f.pick(APPLY_PAGES)[1]),
            "url": G(lambda f: "https://apply.nbu.edu" + f.pick(APPLY_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Opera"])),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["fall25_intl_apply", "nursing_open_house", "lagos_fair_2025"])),
            "source": G(lambda f: f.pick(["instagram", "google", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["paid", "cpc", "email", "social"])),
            "term": G(
                lambda f: f.pick(["nursing degree usa", "study in america scholarships", "mba nairobi"])
            ),
            "content": G(lambda f: f.pick(["carousel_b", "video_30s", "hero_cta"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "NBU Mobile"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "edu.nbu.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,8", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "T-Mobile", "MTN NG", "Safaricom"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "NBU Mobile"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640", "650", "651"])),
            "namespace": G(lambda f: "edu.nbu.mobile"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Infinix", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "TECNO KI5k", "Infinix X6816", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "KI5k", "X6816", "lynx"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-4.5, 10.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(3.0, 40.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["MTN NG", "Airtel KE", "Safaricom", "glo"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2460])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI5k Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "NBU Housing"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "234", "240"])),
            "namespace": G(lambda f: "edu.nbu.housing"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918U", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: student_email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "studentId": G(lambda f: student_id(f)),
            "classYear": G(lambda f: f.pick([2026, 2027, 2028, 2029])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["NBU Family", "NBU Recruit"])),
            "version": G(lambda f: f.pick(["1.8.2", "1.9.0", "3.1.0"])),
            "build": G(lambda f: f.pick(["82", "90", "310"])),
            "namespace": G(lambda f: f.pick(["edu.nbu.family", "edu.nbu.recruit"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A146P", "TECNO CK7n", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 873])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.5.0", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "ruby", "php"):
        # Forwarded from the web request that triggered the call.
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client in ("python", "java"):
        ctx["traits"] = {"email": Y(lambda f: email(f), "email")}
    if client == "go":
        ctx["groupId"] = G(lambda f: f.pick(["inst_nbu_us", "inst_nbu_lagos", "inst_nbu_nairobi"]))
    return ctx


def context_for(client: str):
    if client in SERVER_LIBS:
        return server_context(client)
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }[client](None)


# -- shared value pools -------------------------------------------------------------------------

HIGH_SCHOOLS = [
    "Kings College Lagos",
    "Alliance High School",
    "Lincoln Park High School",
    "Federal Government College Enugu",
    "Starehe Boys Centre",
    "Bellaire High School",
    "Loreto Convent Msongari",
    "Corona Secondary School",
]
MAJORS = ["Nursing", "Computer Science", "Economics", "Mechanical Engineering", "Public Health", "Biology"]
COUNTRIES = ["United States", "Nigeria", "Kenya", "India", "Ghana", "China", "Brazil"]
HALLS = ["Wellington Hall", "Kilimanjaro House", "Oduduwa Hall", "Maple Court", "Harriet Tubman Hall"]
BUILDINGS = ["Science Center", "Okonjo-Iweala Hall", "Maathai Library", "Engineering Annex"]


def essay_excerpt(f: Fake) -> str:
    return f.pick(
        [
            "The first time I took apart our generator, I did not know how to put it back together.",
            "Robotics club taught me that failure is just data with a bad attitude.",
            "Every Saturday I helped at my family's shop in the market, counting change and stock.",
            "Moving schools three times taught me to make friends in the first week.",
            "I want to study public health because clean water should not depend on a postcode.",
            "Debate made me comfortable being wrong in front of a room full of people.",
        ]
    )


def ordinal_name(f: Fake, fmt: str) -> str:
    return fmt.format(first=first(f), last=last(f), full=full(f))


def page(path: str, title: str, name: str, category: str):
    return (
        "page",
        name,
        "web",
        {
            "path": G(lambda f: path),
            "url": G(lambda f: "https://apply.nbu.edu" + path + f.pick(["", "?step=1", "?ref=email"])),
            "title": G(lambda f: title),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://apply.nbu.edu/apply"])),
            "search": G(lambda f: f.pick(["", "?step=1", "?ref=email"])),
            "name": G(lambda f: name),
            "category": G(lambda f: category),
        },
    )


def screen(name: str, client: str, body: dict):
    return ("screen", name, client, body)


# -- admissions: applicants on the web ----------------------------------------------------------

ADMISSIONS = [
    page("/programs/nursing", "Nursing (BSN) | Northbridge", "Program Detail", "Programs"),
    page("/apply", "Start your application | Northbridge", "Apply Landing", "Admissions"),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "name": Y(lambda f: full(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: street(f), "street|address"),
                "city": Y(lambda f: city(f), "city"),
                "state": G(lambda f: f.pick(["TX", "GA", "Lagos", "Nairobi", "Oyo", "MD"])),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "NG", "KE", "IN"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "applicantType": G(lambda f: f.pick(["first_year", "transfer", "international", "graduate"])),
            "entryTerm": G(lambda f: term(f)),
            "intendedMajor": G(lambda f: f.pick(MAJORS)),
            "citizenship": Y(lambda f: f.pick(COUNTRIES), "citizenship"),
            "firstGeneration": G(lambda f: f.pick([True, False])),
            "highSchool": G(lambda f: f.pick(HIGH_SCHOOLS)),
            "graduationYear": G(lambda f: f.pick([2025, 2026, 2024])),
            "age": G(lambda f: f.r.randint(16, 34)),
            "emailOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Started",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "programCode": G(lambda f: program(f)),
            "term": G(lambda f: term(f)),
            "feeWaiverRequested": G(lambda f: f.pick([True, False])),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbclid": Y(lambda f: fbclid(f), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
        },
    ),
    (
        "track",
        "Personal Information Saved",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "legalFirstName": Y(lambda f: first(f), "name"),
            "legalLastName": Y(lambda f: last(f), "name"),
            "middleName": Y(lambda f: f.pick(["", first(f), first(f)]), "name"),
            "preferredName": Y(lambda f: f.pick([first(f), "Chi", "Tunde", "Kip", "Maddie"]), "name"),
            "suffix": G(lambda f: f.pick(["", "", "Jr.", "III"])),
            "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "placeOfBirth": Y(
                lambda f: f.pick(
                    [f"{city(f, 'ng')}, Nigeria", f"{city(f, 'ke')}, Kenya", f"{city(f, 'us')}, USA"]
                ),
                "city|address",
            ),
            "countryOfBirth": G(lambda f: f.pick(COUNTRIES)),
            "sexAssignedAtBirth": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "genderIdentity": Y(lambda f: f.pick(["woman", "man", "non-binary", "not listed"]), "gender"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "primaryLanguage": G(
                lambda f: f.pick(["English", "Yoruba", "Swahili", "Igbo", "Hausa", "Spanish"])
            ),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "single", "divorced"])),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssnProvided": G(lambda f: f.pick([True, False])),
            "dateOfBirthVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Demographics Submitted",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "hispanicOrLatino": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "race": Many(
                Y(
                    lambda f: f.pick(
                        ["Black or African American", "Asian", "White", "American Indian or Alaska Native"]
                    ),
                    "race",
                ),
                2,
            ),
            "ethnicGroup": Y(
                lambda f: f.pick(["Yoruba", "Igbo", "Hausa", "Kikuyu", "Luo", "Kalenjin"]), "ethnicity"
            ),
            "religiousPreference": Y(
                lambda f: f.pick(["Catholic", "Muslim", "Pentecostal", "Anglican", "None"]), "religion"
            ),
            "militaryStatus": RED(
                lambda f: f.pick(["none", "veteran", "active_duty", "dependent"]), "veteran"
            ),
            "isVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "stateOfOrigin": G(lambda f: f.pick(["Anambra", "Ogun", "Kano", "Rivers", "Enugu"])),
            "lga": G(lambda f: f.pick(["Ikeja", "Nsukka", "Ibadan North", "Kano Municipal"])),
            "countyOfResidence": G(lambda f: f.pick(["Nairobi", "Kiambu", "Kisumu", "Harris", "Fulton"])),
            "declinedToAnswer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Details Updated",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "mobilePhone": Y(lambda f: phone(f), "phone"),
            "homePhone": Y(lambda f: f.pick(["", phone(f, "us"), phone(f)]), "phone"),
            "whatsappNumber": Y(lambda f: phone(f, f.pick(["ng", "ke"])), "phone"),
            "alternateEmail": Y(lambda f: email(f), "email"),
            "permanentAddress": {
                "line1": Y(lambda f: street(f), "address|street"),
                "line2": Y(lambda f: f.pick(["", "Apt 4B", "Flat 3", "Off Admiralty Way"]), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "stateProvince": G(lambda f: f.pick(["Lagos", "Nairobi County", "GA", "TX", "Rivers"])),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["NG", "KE", "US"])),
            },
            "mailingSameAsPermanent": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(lambda f: street(f), "address|street", True),
            "sessionToken": G(lambda f: f.uuid()),
            "placeId": G(lambda f: "ChIJ" + f.hexid(23)),
            "selectedAddress": Y(lambda f: full_address(f), "address"),
            "suggestionsShown": G(lambda f: f.r.randint(0, 5)),
            "provider": G(lambda f: f.pick(["google_places", "loqate"])),
        },
    ),
    (
        "track",
        "Parent Guardian Added",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "guardian": {
                "relationship": G(
                    lambda f: f.pick(["mother", "father", "legal_guardian", "aunt", "grandparent"])
                ),
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "occupation": G(
                    lambda f: f.pick(["Civil servant", "Trader", "Nurse", "Engineer", "Teacher"])
                ),
                "employer": G(
                    lambda f: f.pick(
                        ["Lagos State Government", "Safaricom PLC", "Kaiser Permanente", "self-employed"]
                    )
                ),
                "livingStatus": G(lambda f: f.pick(["living", "living", "deceased"])),
                "birthYear": Y(lambda f: f.r.randint(1958, 1985), "birthdate"),
            },
            "guardianCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Test Score Reported",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "testType": G(
                lambda f: f.pick(["SAT", "ACT", "TOEFL iBT", "IELTS", "WAEC WASSCE", "JAMB UTME", "KCSE"])
            ),
            "compositeScore": G(lambda f: f.pick([1380, 29, 104, 7.5, 287, 1210])),
            "testDate": G(lambda f: f.date(2023, 2025)),
            "candidateNumber": G(lambda f: f.digits(10)),
            "jambRegNumber": G(lambda f: f"2024{f.digits(8)}{f.pick(['AB', 'FE', 'HJ'])}"),
            "kcseIndexNumber": G(lambda f: f.digits(11)),
            "subjects": Many(
                {
                    "subject": G(
                        lambda f: f.pick(
                            ["Mathematics", "English Language", "Biology", "Chemistry", "Kiswahili"]
                        )
                    ),
                    "grade": G(lambda f: f.pick(["A1", "B2", "B3", "C4", "A-", "B+"])),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Transcript Uploaded",
        "web",
        {
            "documentId": G(lambda f: f.uuid()),
            "applicationId": G(lambda f: application_id(f)),
            "fileName": Y(
                lambda f: ordinal_name(
                    f,
                    f.pick(
                        ["transcript_{first}_{last}.pdf", "{last}_{first}_WAEC.pdf", "{full} - KCSE cert.jpg"]
                    ),
                ),
                "name",
                True,
            ),
            "fileSizeBytes": G(lambda f: f.r.randint(80_000, 4_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "schoolName": G(lambda f: f.pick(HIGH_SCHOOLS)),
            "ceebCode": G(lambda f: f.digits(6)),
            "gpa": G(lambda f: f.pick([3.7, 3.92, 4.0, 3.15, 2.8])),
        },
    ),
    (
        "track",
        "Personal Statement Saved",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "promptId": G(lambda f: f.pick(["CA7-1", "CA7-4", "NBU-INTL-2"])),
            "wordCount": G(lambda f: f.r.randint(120, 650)),
            "draftVersion": G(lambda f: f.r.randint(1, 14)),
            "excerpt": G(lambda f: essay_excerpt(f)),
            "autosave": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recommender Invited",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "invitationId": G(lambda f: f.uuid()),
            "recommenderFirstName": Y(lambda f: first(f), "name"),
            "recommenderLastName": Y(lambda f: last(f), "name"),
            "recommenderEmail": Y(lambda f: email(f), "email"),
            "recommenderPhone": Y(lambda f: phone(f), "phone"),
            "recommenderTitle": G(
                lambda f: f.pick(["Physics Teacher", "Guidance Counselor", "Principal", "Store Manager"])
            ),
            "recommenderOrganization": G(lambda f: f.pick(HIGH_SCHOOLS)),
            "ferpaWaived": G(lambda f: f.pick([True, False])),
            "inviteToken": RED(lambda f: link_token(f), "token"),
        },
    ),
    (
        "track",
        "Recommender Selected",
        "web",
        {
            "option": {
                "value": G(lambda f: f.uuid()),
                "label": Y(lambda f: full(f), "name", True),
            },
            "listPosition": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Recommendation Submitted",
        "node",
        {
            "recommendation_id": G(lambda f: f.uuid()),
            "application_id": G(lambda f: application_id(f)),
            "recommender_id": G(lambda f: "rec_" + f.hexid(10)),
            "rating_overall": G(lambda f: f.pick(["top_1", "top_5", "top_10", "above_average"])),
            "letter_word_count": G(lambda f: f.r.randint(300, 1200)),
            "comments": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} is one of the most curious students I have taught in twenty years.",
                        f"I recommend {full(f)} without reservation.",
                        f"In my chemistry class {first(f)} led every lab group.",
                        f"{first(f)} {last(f)} tutored younger students every term.",
                    ]
                ),
                "name",
                True,
            ),
            "submitted_via": G(lambda f: f.pick(["portal", "email_upload"])),
            "letter_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Application Submitted",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "submittedAt": G(lambda f: f.iso()),
            "programChoices": Many(
                {
                    "programCode": G(lambda f: program(f)),
                    "rank": G(lambda f: f.r.randint(1, 3)),
                    "campus": G(lambda f: f.pick(["Baltimore", "Lagos", "Nairobi"])),
                },
                3,
            ),
            "feeAmount": G(lambda f: f.pick([75, 50, 0])),
            "currency": G(lambda f: money_ccy(f)),
            "feeWaiverUsed": G(lambda f: f.pick([True, False])),
            "signatureName": Y(lambda f: full(f), "name"),
        },
    ),
    (
        "track",
        "Campus Visit Registered",
        "web",
        {
            "visitId": G(lambda f: f.digits(7)),
            "visitDate": G(lambda f: f.date(2025, 2025)),
            "visitType": G(lambda f: f.pick(["tour", "open_house", "virtual"])),
            "visitorCount": G(lambda f: f.r.randint(1, 4)),
            "visitors": Many(
                {
                    "firstName": Y(lambda f: first(f), "name"),
                    "lastName": Y(lambda f: last(f), "name"),
                    "relationship": G(lambda f: f.pick(["self", "parent", "sibling", "guardian"])),
                },
                3,
            ),
            "accessibilityNeeds": RED(
                lambda f: f.pick(["wheelchair access", "ASL interpreter", "none", "large-print materials"]),
                "disability",
            ),
        },
    ),
    (
        "track",
        "Inquiry Form Submitted",
        "web",
        {
            "form-id": G(lambda f: f.pick(["rfi-undergrad", "rfi-grad", "rfi-intl"])),
            "first-name": Y(lambda f: first(f), "name"),
            "last-name": Y(lambda f: last(f), "name"),
            "email-address": Y(lambda f: email(f), "email"),
            "mobile-number": Y(lambda f: phone(f), "phone"),
            "zip-code": Y(lambda f: postcode(f, f.pick(["us", "ke"])), "zipcode"),
            "country-of-residence": G(lambda f: f.pick(COUNTRIES)),
            "high-school": G(lambda f: f.pick(HIGH_SCHOOLS)),
            "graduation-year": G(lambda f: f.pick(["2025", "2026", "2027"])),
            "intended-major": G(lambda f: f.pick(MAJORS)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: "app_contact_v3"),
            "field_name": G(lambda f: f.pick(["email", "confirm_email", "parent_email", "counselor_email"])),
            "value": Y(lambda f: email(f), "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 30000)),
        },
    ),
    (
        "track",
        "Chatbot Handoff Requested",
        "web",
        {
            "conversationId": G(lambda f: f.uuid()),
            "intent": G(lambda f: f.pick(["talk_to_counselor", "fee_question", "visa_question"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"please call me on {phone(f, 'ng')}",
                        f"My number is {phone(f)} I need help with my documents",
                        f"whatsapp {phone(f, 'ke')} thanks",
                        f"Can someone ring me at {phone(f, 'us')} after 4pm",
                    ]
                ),
                "phone",
                True,
            ),
            "botConfidence": G(lambda f: round(f.r.uniform(0.2, 0.99), 2)),
            "queue": G(lambda f: f.pick(["intl", "undergrad", "finaid"])),
        },
    ),
]


# -- financial aid ------------------------------------------------------------------------------

FINAID = [
    (
        "track",
        "Financial Aid Application Submitted",
        "python",
        {
            "aid_year": G(lambda f: f.pick(["2025-26", "2026-27"])),
            "fafsa_submission_id": G(lambda f: f.uuid()),
            "student_ssn": RED(lambda f: f.ssn(), "social security number"),
            "dependency_status": G(lambda f: f.pick(["dependent", "independent"])),
            "student_marital_status": G(lambda f: f.pick(["unmarried", "married", "separated"])),
            "parent1_first_name": Y(lambda f: first(f), "name"),
            "parent1_last_name": Y(lambda f: last(f), "name"),
            "parent1_ssn": RED(lambda f: f.ssn(), "social security number"),
            "parent1_dob": Y(lambda f: parent_dob(f), "birthdate"),
            "parent1_email": Y(lambda f: email(f), "email"),
            "parent2_first_name": Y(lambda f: first(f), "name"),
            "parent2_itin": RED(lambda f: itin(f), "national id|social security number"),
            "parents_marital_status": G(
                lambda f: f.pick(["married", "divorced", "never_married", "widowed"])
            ),
            "household_size": G(lambda f: f.r.randint(2, 9)),
            "parents_agi": Y(lambda f: f.r.randint(12_000, 240_000), "salary"),
            "student_earned_income": Y(lambda f: f.r.randint(0, 18_000), "salary"),
            "tax_filing_status": G(
                lambda f: f.pick(["married_joint", "head_of_household", "single", "not_filed"])
            ),
            "state_of_legal_residence": G(lambda f: f.pick(["MD", "TX", "GA", "OH"])),
            "sai": G(lambda f: f.r.randint(-1500, 40_000)),
            "pell_eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Scholarship Application Submitted",
        "web",
        {
            "scholarshipId": G(lambda f: f.pick(["SCH-MERIT-25", "SCH-AFRICA-LEAD", "SCH-NURSING-DEAN"])),
            "scholarshipName": G(
                lambda f: f.pick(["Presidential Merit", "Africa Leaders Fellowship", "Dean's Nursing Award"])
            ),
            "householdIncomeBand": Y(
                lambda f: f.pick(["<30k", "30-48k", "48-75k", "75-110k", ">110k"]), "salary"
            ),
            "orphanOrWard": G(lambda f: f.pick([True, False])),
            "amountRequested": G(lambda f: f.r.randint(2000, 30000)),
            "currency": G(lambda f: money_ccy(f)),
        },
    ),
    (
        "track",
        "Refund Preference Set",
        "web",
        {
            "refundMethod": G(lambda f: f.pick(["direct_deposit", "paper_check", "bankmobile"])),
            "bankRoutingNumber": G(lambda f: f.pick(ROUTING)),
            "bankAccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "accountHolderName": Y(lambda f: full(f), "name"),
            "accountType": G(lambda f: f.pick(["checking", "savings"])),
        },
    ),
    (
        "track",
        "Private Loan Cosigner Added",
        "node",
        {
            "loan_application_id": G(lambda f: "LA" + f.digits(9)),
            "lender": G(lambda f: f.pick(["Sallie Mae", "College Ave", "MPOWER Financing"])),
            "cosigner_name": Y(lambda f: full(f, "us"), "name"),
            "cosigner_email": Y(lambda f: email(f, "us"), "email"),
            "cosigner_credit_score": Y(lambda f: f.r.randint(560, 830), "credit score"),
            "cosigner_annual_income": Y(lambda f: f.r.randint(35_000, 210_000), "salary"),
            "cosigner_relationship": G(lambda f: f.pick(["parent", "relative", "other"])),
            "requested_amount": G(lambda f: f.r.randint(5000, 60_000)),
            "credit_check_consent": G(lambda f: True),
        },
    ),
]

# -- international students ---------------------------------------------------------------------

INTERNATIONAL = [
    (
        "track",
        "Visa Information Submitted",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "passportNumber": RED(lambda f: passport(f), "passport"),
            "passportCountry": G(lambda f: f.pick(["NG", "KE", "IN", "CN", "GH"])),
            "passportExpiry": G(lambda f: f.date(2026, 2034)),
            "countryOfCitizenship": Y(lambda f: f.pick(COUNTRIES[1:]), "citizenship"),
            "visaType": RED(lambda f: f.pick(["F-1", "J-1", "F-1", "none_required"]), "visa"),
            "requiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "sevisId": RED(lambda f: sevis(f), "national id"),
            "consulateCity": G(lambda f: f.pick(["Lagos", "Abuja", "Nairobi", "Mumbai"])),
            "visaAppointmentDate": G(lambda f: f.date(2025, 2025)),
            "passportScanUploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Financial Sponsor Added",
        "web",
        {
            "sponsorName": Y(lambda f: full(f, f.pick(["ng", "ke", "xx"])), "name"),
            "sponsorRelationship": G(lambda f: f.pick(["father", "uncle", "mother", "elder sister"])),
            "sponsorPhone": Y(lambda f: phone(f, f.pick(["ng", "ke", "xx"])), "phone"),
            "sponsorOccupation": G(lambda f: f.pick(["Business owner", "Civil servant", "Medical doctor"])),
            "sponsorAnnualIncome": Y(lambda f: f.r.randint(5_000_000, 90_000_000), "salary"),
            "incomeCurrency": G(lambda f: f.pick(["NGN", "KES", "USD"])),
            "fundsAvailableUsd": G(lambda f: f.r.randint(20_000, 120_000)),
            "sponsorBank": G(lambda f: f.pick(["GTBank", "Access Bank", "Equity Bank", "KCB"])),
        },
    ),
    (
        "track",
        "I-20 Issued",
        "java",
        {
            "student_id": G(lambda f: student_id(f)),
            "sevis_id": RED(lambda f: sevis(f), "national id"),
            "program_start": G(lambda f: f.date(2025, 2026)),
            "dso_name": Y(lambda f: full(f, "us"), "name"),
            "dso_email": Y(lambda f: staff_email(f), "email"),
            "intl_office_email": G(lambda f: "intl@nbu.edu"),
            "intl_office_phone": G(lambda f: "+1 410-555-0142"),
            "courier_tracking": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Nigeria Identity Verified",
        "php",
        {
            "applicant_id": G(lambda f: f.digits(8)),
            "nin": RED(lambda f: nin(f), "national id"),
            "bvn": RED(lambda f: bvn(f), "national id|bank account"),
            "verification_provider": G(lambda f: f.pick(["VerifyMe", "Youverify", "Dojah"])),
            "match_score": G(lambda f: round(f.r.uniform(0.5, 1.0), 3)),
            "name_match": G(lambda f: f.pick([True, False])),
            "dob_match": G(lambda f: f.pick([True, False])),
            "selfie_url": Y(lambda f: f"https://kyc-cdn.nbu.edu/selfies/{f.uuid()}.jpg", "photo"),
            "phone_on_record": Y(lambda f: phone(f, "ng"), "phone"),
        },
    ),
    (
        "track",
        "Ombi Limetumwa",
        "go",
        {
            "nambari_ya_ombi": G(lambda f: "KUC-" + f.digits(7)),
            "jina_kamili": Y(lambda f: full(f, "ke"), "name"),
            "barua_pepe": Y(lambda f: email(f, "ke"), "email"),
            "nambari_ya_simu": Y(lambda f: phone(f, "ke"), "phone"),
            "tarehe_ya_kuzaliwa": Y(lambda f: dob(f), "birthdate"),
            "jinsia": Y(lambda f: f.pick(["Mwanamke", "Mwanamume"]), "gender"),
            "nambari_ya_kitambulisho": RED(lambda f: ke_id(f), "national id"),
            "nambari_ya_cheti_cha_kuzaliwa": RED(lambda f: f.digits(9), "national id|certificate"),
            "kaunti": G(lambda f: f.pick(["Nairobi", "Kiambu", "Nakuru", "Kisumu", "Machakos"])),
            "shule_ya_upili": G(lambda f: f.pick(HIGH_SCHOOLS)),
            "alama_ya_kcse": G(lambda f: f.pick(["A", "A-", "B+", "B", "C+"])),
            "kozi": G(lambda f: f.pick(["Uuguzi", "Sayansi ya Kompyuta", "Uchumi"])),
            "mlezi_jina": Y(lambda f: full(f, "ke"), "name"),
            "mlezi_simu": Y(lambda f: phone(f, "ke"), "phone"),
        },
    ),
    (
        "track",
        "Malipo Yamethibitishwa",
        "go",
        {
            "nambari_ya_risiti": G(
                lambda f: "S" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
            ),
            "jina_la_mlipaji": Y(lambda f: full(f, "ke"), "name"),
            "simu_ya_mlipaji": Y(lambda f: phone(f, "ke"), "phone"),
            "kiasi": G(lambda f: f.r.randint(1000, 180000)),
            "sarafu": G(lambda f: "KES"),
            "njia_ya_malipo": G(lambda f: f.pick(["M-Pesa", "Airtel Money", "benki"])),
            "tarehe": G(lambda f: f.date(2025, 2025)),
        },
    ),
    (
        "track",
        "HELB Loan Linked",
        "go",
        {
            "helb_application_ref": G(lambda f: "HELB/" + f.digits(8)),
            "kra_pin": RED(lambda f: kra_pin(f), "national id"),
            "national_id_number": RED(lambda f: ke_id(f), "national id"),
            "loan_amount": G(lambda f: f.r.randint(35_000, 60_000)),
            "currency": G(lambda f: "KES"),
            "disbursement_bank_account": RED(lambda f: "0" + f.digits(12), "bank account"),
            "disbursement_bank": G(lambda f: f.pick(["Equity Bank", "KCB", "Co-operative Bank"])),
        },
    ),
]


# -- students: enrolment, grades, housing, health, campus life ---------------------------------

STUDENTS = [
    (
        "identify",
        None,
        "kotlin",
        {
            "studentId": G(lambda f: student_id(f)),
            "universityEmail": Y(lambda f: student_email(f), "email"),
            "personalEmail": Y(lambda f: email(f), "email"),
            "fullName": Y(lambda f: full(f), "name"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "dob": Y(lambda f: dob(f), "birthdate"),
            "classYear": G(lambda f: f.pick([2026, 2027, 2028, 2029])),
            "major": G(lambda f: f.pick(MAJORS)),
            "advisorName": Y(lambda f: f"Dr. {full(f)}", "name"),
            "residency": G(lambda f: f.pick(["in_state", "out_of_state", "international"])),
            "enrollmentStatus": G(lambda f: f.pick(["full_time", "part_time", "leave"])),
            "cumulativeGpa": G(lambda f: round(f.r.uniform(2.0, 4.0), 2)),
        },
    ),
    screen(
        "Class Schedule",
        "kotlin",
        {
            "termId": G(lambda f: f.pick(["2025FA", "2026SP"])),
            "view": G(lambda f: f.pick(["week", "list", "day"])),
            "courseCount": G(lambda f: f.r.randint(3, 7)),
        },
    ),
    (
        "track",
        "Course Registered",
        "kotlin",
        {
            "courseId": G(lambda f: f.digits(6)),
            "courseCode": G(lambda f: f.pick(["CSC 201", "NUR 310", "ECO 101", "MTH 241", "PHY 105"])),
            "termId": G(lambda f: f.pick(["2025FA", "2026SP"])),
            "waitlisted": G(lambda f: f.pick([True, False])),
            "instructorName": Y(lambda f: f"{f.pick(['Dr.', 'Prof.', ''])} {full(f)}".strip(), "name"),
            "instructorEmail": Y(lambda f: staff_email(f), "email"),
            "room": G(lambda f: f"{f.pick(BUILDINGS)} {f.r.randint(100, 420)}"),
        },
    ),
    (
        "track",
        "Transcript Requested",
        "swift",
        {
            "orderId": G(lambda f: "TR" + f.digits(8)),
            "deliveryMethod": G(lambda f: f.pick(["electronic", "mail", "pickup"])),
            "recipientInstitution": G(
                lambda f: f.pick(
                    ["University of Lagos", "WES", "Johns Hopkins University", "Strathmore University"]
                )
            ),
            "recipientEmail": G(
                lambda f: f.pick(
                    [
                        "admissions@jhu.edu",
                        "records@wes.org",
                        "admissions@unilag.edu.ng",
                        "graduate.admissions@strathmore.edu",
                    ]
                )
            ),
            "recipientAddress": G(
                lambda f: f.pick(
                    ["PO Box 5087, New York, NY 10274", "Akoka, Yaba, Lagos", "Ole Sangale Rd, Nairobi"]
                )
            ),
            "fee": G(lambda f: f.pick([10, 15, 25])),
        },
    ),
    (
        "track",
        "Housing Application Submitted",
        "rn",
        {
            "housingApplicationId": G(lambda f: f.uuid()),
            "term": G(lambda f: term(f)),
            "preferredHalls": Many(G(lambda f: f.pick(HALLS)), 3),
            "roomType": G(lambda f: f.pick(["single", "double", "suite", "apartment"])),
            "roommateRequestName": Y(lambda f: full(f), "name"),
            "roommateRequestEmail": Y(lambda f: student_email(f), "email"),
            "sleepSchedule": G(lambda f: f.pick(["early", "late", "flexible"])),
            "mealPlan": G(lambda f: f.pick(["unlimited", "block_150", "none"])),
            "medicalHousingNeed": RED(lambda f: f.pick([True, False]), "disability"),
            "moveInDate": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Room Assigned",
        "rn",
        {
            "assignmentId": G(lambda f: f.digits(7)),
            "residence": Y(
                lambda f: f"{f.pick(HALLS)} {f.r.randint(1, 6)}{f.r.randint(1, 40):02d}", "address"
            ),
            "bedSpace": G(lambda f: f.pick(["A", "B", "C"])),
            "roommateCount": G(lambda f: f.r.randint(0, 3)),
            "keyCardId": G(lambda f: f.hexid(8).upper()),
            "doorPin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "secret|password"),
            "rate": G(lambda f: f.pick([4200, 5100, 6350])),
        },
    ),
    (
        "track",
        "Maintenance Request Created",
        "rn",
        {
            "ticketId": G(lambda f: "WO-" + f.digits(6)),
            "category": G(lambda f: f.pick(["plumbing", "electrical", "pest", "furniture", "hvac"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Shower drain is blocked",
                        "Socket near the desk sparks",
                        "AC is leaking water onto the floor",
                        "Window latch broken",
                        "Ants in the kitchenette",
                    ]
                )
            ),
            "permissionToEnter": G(lambda f: f.pick([True, False])),
            "contactPhone": Y(lambda f: phone(f), "phone"),
            "building": G(lambda f: f.pick(HALLS)),
            "photoCount": G(lambda f: f.r.randint(0, 3)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"If I'm out call my mum on {phone(f)}",
                        f"text {phone(f)} before coming",
                        f"Call my roommate {phone(f)} to let you in",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Accommodation Request Submitted",
        "ruby",
        {
            "request_id": G(lambda f: f.uuid()),
            "term": G(lambda f: term(f)),
            "accommodation_types": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "extended_test_time",
                            "note_taker",
                            "accessible_housing",
                            "sign_language_interpreter",
                            "reduced_course_load",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "disability_category": RED(
                lambda f: f.pick(
                    ["learning", "mobility", "hearing", "visual", "psychological", "chronic_health"]
                ),
                "disability",
            ),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "animal_name": G(lambda f: f.pick(["Biscuit", "Luna", "Simba", "Max"])),
            "animal_species": G(lambda f: f.pick(["dog", "cat", "miniature horse"])),
            "diagnosis": Y(
                lambda f: f.pick(["ADHD", "dyslexia", "type 1 diabetes", "PTSD", "epilepsy"]),
                "diagnosis|condition",
            ),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(["methylphenidate", "insulin glargine", "lamotrigine", "sertraline"]),
                    "medication",
                ),
                2,
            ),
            "documentation_provider": Y(lambda f: f"Dr. {full(f)}", "name"),
            "provider_phone": G(lambda f: f.pick(["+1 410-555-0198", "+234 1 280 6000", "+254 20 366 2000"])),
            "has_documentation": G(lambda f: f.pick([True, False])),
            "case_manager_email": Y(lambda f: staff_email(f), "email"),
        },
    ),
    (
        "track",
        "Health Form Submitted",
        "swift",
        {
            "formId": G(lambda f: f.uuid()),
            "immunizationsComplete": G(lambda f: f.pick([True, False])),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "peanuts", "latex", "shellfish"]), "allergy"), 2
            ),
            "chronicConditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "sickle cell disease", "hypertension", "migraine"]),
                    "condition",
                ),
                2,
            ),
            "hasAsthma": Y(lambda f: f.pick([True, False]), "condition"),
            "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "insuranceProvider": G(
                lambda f: f.pick(["Aetna Student Health", "NHIF", "AXA Mansard", "UnitedHealthcare"])
            ),
            "insuranceMemberId": Y(
                lambda f: f.pick(["W" + f.digits(9), "NHIF" + f.digits(8), "AXM/" + f.digits(7)]),
                "identification",
            ),
            "policyNumber": Y(lambda f: "POL-" + f.digits(9), "identification"),
            "studentHealthMrn": RED(lambda f: "MRN" + f.digits(7), "health id"),
            "nhifNumber": RED(lambda f: f.digits(8), "health id"),
            "rxNumber": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "emergencyContact": {
                "name": Y(lambda f: full(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "sibling", "spouse"])),
            },
            "clinicPhone": G(lambda f: "+1 410-555-0111"),
            "age": G(lambda f: f.r.randint(17, 40)),
        },
    ),
    (
        "track",
        "Counseling Appointment Booked",
        "swift",
        {
            "appointmentId": G(lambda f: f.digits(8)),
            "serviceLine": Y(
                lambda f: f.pick(["anxiety_support", "grief", "eating_disorder", "substance_use"]),
                "condition",
            ),
            "modality": G(lambda f: f.pick(["in_person", "telehealth"])),
            "slotStart": G(lambda f: f.iso()),
            "counselorName": Y(lambda f: full(f), "name"),
            "firstVisit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parking Permit Purchased",
        "swift",
        {
            "permitNumber": G(lambda f: "P25-" + f.digits(5)),
            "permitZone": G(lambda f: f.pick(["Lot A", "Garage 2", "Commuter East"])),
            "licensePlate": Y(lambda f: plate(f), "license"),
            "vehicleVin": Y(lambda f: vin(f), "serial"),
            "vehicleMake": G(lambda f: f.pick(["Toyota", "Honda", "Hyundai", "Ford"])),
            "vehicleModel": G(lambda f: f.pick(["Corolla", "Civic", "Elantra", "Focus"])),
            "price": G(lambda f: f.pick([120.0, 240.0, 480.0])),
            "disabledPlacard": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Campus Job Offer Accepted",
        "dotnet",
        {
            "OfferId": G(lambda f: f.uuid()),
            "PositionTitle": G(
                lambda f: f.pick(
                    ["Library Assistant", "Teaching Assistant", "Lab Monitor", "Research Assistant"]
                )
            ),
            "Department": G(lambda f: f.pick(["Libraries", "Chemistry", "IT Services", "Public Health"])),
            "HourlyRate": Y(lambda f: f.pick([12.5, 15.0, 17.25, 19.0]), "salary"),
            "AnnualStipend": Y(lambda f: f.pick([18000, 24500, 31000]), "salary"),
            "HoursPerWeek": G(lambda f: f.pick([10, 15, 20])),
            "SupervisorName": Y(lambda f: full(f), "name"),
            "SupervisorEmail": Y(lambda f: staff_email(f), "email"),
            "WorkAuthorizationStatus": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "f1_on_campus", "cpt"]), "visa"
            ),
            "AuthorizedToWorkInUs": RED(lambda f: f.pick([True, False]), "visa"),
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "I9Completed": G(lambda f: f.pick([True, False])),
            "StartDate": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Voter Registration Started",
        "web",
        {
            "partner": G(lambda f: "TurboVote"),
            "stateOfRegistration": G(lambda f: f.pick(["MD", "GA", "TX", "OH"])),
            "partyAffiliation": Y(
                lambda f: f.pick(["Democratic", "Republican", "Independent", "Green", "none"]),
                "political opinion",
            ),
            "firstTimeVoter": G(lambda f: f.pick([True, False])),
            "absentee": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Campus Network Device Registered",
        "node",
        {
            "registration_id": G(lambda f: f.digits(9)),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "deviceName": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)}'s iPhone",
                        f"{first(f)}s-MacBook-Air",
                        f"{first(f).upper()}-PC",
                        f"Galaxy A54 ({first(f)})",
                    ]
                ),
                "name",
                True,
            ),
            "device_type": G(lambda f: f.pick(["game_console", "smart_tv", "laptop", "phone"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ID Card Photo Uploaded",
        "swift",
        {
            "photoUrl": Y(lambda f: f"https://idcard.nbu.edu/photos/{f.digits(9)}.jpg", "photo"),
            "faceDetected": G(lambda f: f.pick([True, False])),
            "retakeCount": G(lambda f: f.r.randint(0, 4)),
            "libraryCardNumber": G(lambda f: "21234" + f.digits(9)),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["password", "sso", "passkey", "magic_link"])),
            "mfaMethod": G(lambda f: f.pick(["sms", "totp", "none", "push"])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "failedAttempts": G(lambda f: f.r.randint(0, 3)),
            "appAccountToken": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        {
            "user_id": G(lambda f: student_id(f)),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "verified_with": G(lambda f: f.pick(["dob_and_ssn_last4", "security_question", "student_id"])),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "reset_link": RED(lambda f: "https://my.nbu.edu/reset?token=" + link_token(f), "token"),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Directory Searched",
        "kotlin",
        {
            "q": Y(lambda f: f.pick([full(f), last(f), f"{first(f)} {last(f)[0]}"]), "name", True),
            "resultCount": G(lambda f: f.r.randint(0, 25)),
            "scope": G(lambda f: f.pick(["students", "faculty", "staff", "all"])),
            "filterDepartment": G(lambda f: f.pick(["", "Nursing", "Computer Science"])),
        },
    ),
]


# -- tuition and fees ---------------------------------------------------------------------------

BOOKSTORE = [
    ("NBU-HOODIE-NVY-M", "Northbridge Hoodie (Navy)", "Apparel", 54.0),
    ("GRAD-GOWN-BA", "Bachelor's Graduation Gown", "Graduation", 65.0),
    ("TXT-9780134093413", "Campbell Biology 12e", "Textbooks", 189.99),
    ("CALC-TI84-PLUS", "TI-84 Plus CE Calculator", "Supplies", 139.0),
    ("NBU-MUG-11OZ", "Northbridge Mug", "Gifts", 14.5),
]


def book_product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(BOOKSTORE)[0]),
        "name": G(lambda f: f.pick(BOOKSTORE)[1]),
        "category": G(lambda f: f.pick(BOOKSTORE)[2]),
        "price": G(lambda f: f.pick(BOOKSTORE)[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "brand": G(lambda f: f.pick(["Northbridge", "Pearson", "Texas Instruments", "Champion"])),
        "variant": G(lambda f: f.pick(["M", "L", "Navy", "Hardcover"])),
    }


PAYMENTS = [
    (
        "track",
        "Product Viewed",
        "web",
        {
            **book_product(),
            "currency": G(lambda f: "USD"),
            "url": G(lambda f: f"https://store.nbu.edu/p/{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "affiliation": G(lambda f: "NBU Campus Store"),
            "total": G(lambda f: f.money(15, 400)),
            "revenue": G(lambda f: f.money(15, 400)),
            "coupon": G(lambda f: f.pick(["", "GRAD25", "WELCOMEWEEK"])),
            "currency": G(lambda f: "USD"),
            "products": Many(book_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: full(f), "name"),
                "line1": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: city(f, "us"), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "state": G(lambda f: f.pick(["MD", "TX", "GA"])),
                "country": G(lambda f: "US"),
            },
            "store_phone": G(lambda f: "+1 410-555-0120"),
        },
    ),
    (
        "track",
        "Application Fee Paid",
        "web",
        {
            "applicationId": G(lambda f: application_id(f)),
            "paymentId": G(lambda f: "pi_3" + f.hexid(23)),
            "paymentMethodId": RED(lambda f: pm_id(f), "token"),
            "amount": G(lambda f: f.pick([75, 50])),
            "currency": G(lambda f: "USD"),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "verve", "amex"])),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "cardExpMonth": G(lambda f: f.r.randint(1, 12)),
            "cardExpYear": G(lambda f: f.r.randint(2025, 2031)),
            "cardholderName": Y(lambda f: full(f), "name"),
            "billingAddress": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: city(f), "city"),
                "postalCode": Y(lambda f: postcode(f), "zipcode"),
                "country": G(lambda f: f.pick(["US", "NG", "KE", "IN"])),
            },
            "receiptEmail": Y(lambda f: email(f), "email"),
        },
    ),
    (
        "track",
        "Card Entered",
        "web",
        {
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "bin": G(lambda f: f.pick(["424242", "539983", "506099", "371449"])),
        },
    ),
    (
        "track",
        "Tuition Payment Failed",
        "node",
        {
            "stripe_event_id": G(lambda f: "evt_1" + f.hexid(23)),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_3" + f.hexid(23)),
                    "amount": G(lambda f: f.r.randint(100_000, 2_400_000)),
                    "currency": G(lambda f: "usd"),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "payment_method": RED(lambda f: pm_id(f), "token"),
                    "last_payment_error": {
                        "code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
                    },
                    "billing_details": {
                        "name": Y(lambda f: full(f), "name"),
                        "email": Y(lambda f: email(f), "email"),
                        "phone": Y(lambda f: phone(f), "phone"),
                        "address": {
                            "line1": Y(lambda f: street(f), "address|street"),
                            "city": Y(lambda f: city(f), "city"),
                            "postal_code": Y(lambda f: postcode(f), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "NG", "KE"])),
                        },
                    },
                    "metadata": {
                        "student_id": G(lambda f: student_id(f)),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Payment Plan Enrolled",
        "web",
        {
            "planId": G(lambda f: f.pick(["PP-4", "PP-5", "PP-10"])),
            "firstDueDate": G(lambda f: f.date(2025, 2026)),
            "autopay": G(lambda f: f.pick([True, False])),
            "payerRelationship": G(lambda f: f.pick(["self", "parent", "sponsor"])),
            "payerName": Y(lambda f: full(f), "name"),
            "payerEmail": Y(lambda f: email(f), "email"),
            "achRoutingNumber": G(lambda f: f.pick(ROUTING)),
            "achAccountLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "International Payment Initiated",
        "python",
        {
            "flywire_ref": G(lambda f: "NBU" + f.digits(9)),
            "payer_country": G(lambda f: f.pick(["NG", "KE", "IN", "DE", "GB"])),
            "payer_name": Y(lambda f: full(f), "name"),
            "payer_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL", "ES"])), "bank account"),
            "sender_bank": G(lambda f: f.pick(["Deutsche Bank", "Barclays", "ING", "Santander"])),
            "amount_usd": G(lambda f: f.money(1000, 20000)),
        },
    ),
    (
        "track",
        "Paystack Charge Succeeded",
        "php",
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: f.r.randint(3_000_000_000, 3_999_999_999)),
                "reference": G(lambda f: "NBU-LAG-" + f.hexid(10)),
                "amount": G(lambda f: f.r.randint(5_000_000, 250_000_000)),
                "currency": G(lambda f: "NGN"),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "authorization": {
                    "authorization_code": RED(lambda f: "AUTH_" + f.hexid(10), "token"),
                    "bin": G(lambda f: f.pick(["408408", "506099", "539983"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": G(lambda f: f.pick(["visa", "verve", "mastercard"])),
                    "bank": G(lambda f: f.pick(["Guaranty Trust Bank", "Access Bank", "Zenith Bank"])),
                },
                "customer": {
                    "id": G(lambda f: f.r.randint(100_000_000, 199_999_999)),
                    "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
                    "first_name": Y(lambda f: first(f, "ng"), "name"),
                    "last_name": Y(lambda f: last(f, "ng"), "name"),
                    "email": Y(lambda f: email(f, "ng"), "email"),
                    "phone": Y(lambda f: phone(f, "ng"), "phone"),
                },
                "metadata": {
                    "custom_fields": Many(
                        {
                            "display_name": G(lambda f: "Student Name"),
                            "variable_name": G(lambda f: "student_name"),
                            "value": Y(lambda f: full(f, "ng"), "name", True),
                        },
                        1,
                    ),
                    "matric_number": G(lambda f: f"NBU/LAG/{f.pick([2022, 2023, 2024])}/{f.digits(5)}"),
                },
            },
        },
    ),
    (
        "track",
        "Nigerian Bank Transfer Confirmed",
        "php",
        {
            "virtual_account_number": G(lambda f: "99" + f.digits(8)),
            "sender_account_number": RED(lambda f: nuban(f), "bank account"),
            "sender_account_name": Y(lambda f: full(f, "ng").upper(), "name"),
            "sender_bank_code": G(lambda f: f.pick(["058", "044", "011", "033", "057"])),
            "session_id": G(lambda f: "0000" + f.digits(26)),
            "amount_kobo": G(lambda f: f.r.randint(5_000_000, 250_000_000)),
            "narration": G(lambda f: f.pick(["SCHOOL FEES", "NBU TUITION 2025", "ACCEPTANCE FEE", "HOSTEL"])),
        },
    ),
    (
        "track",
        "M-Pesa Payment Received",
        "go",
        {
            "TransactionType": G(lambda f: "Pay Bill"),
            "TransID": G(
                lambda f: "S" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
            ),
            "TransTime": G(
                lambda f: "2025" + f.iso()[5:19].replace("-", "").replace("T", "").replace(":", "")
            ),
            "TransAmount": G(lambda f: f"{f.r.randint(1000, 180000)}.00"),
            "BusinessShortCode": G(lambda f: "522533"),
            "BillRefNumber": G(lambda f: f"ADM/{f.pick([2023, 2024, 2025])}/{f.digits(5)}"),
            "OrgAccountBalance": G(lambda f: f"{f.money(10_000, 9_000_000)}"),
            "MSISDN": Y(lambda f: msisdn(f), "phone"),
            "FirstName": Y(lambda f: first(f, "ke").upper(), "name"),
            "MiddleName": Y(lambda f: f.pick(["", first(f, "ke").upper()]), "name"),
            "LastName": Y(lambda f: last(f, "ke").upper(), "name"),
        },
    ),
]


# -- staff: admissions officers, recruiters; parents; vendor webhooks; warehouse syncs -----------

STAFF = [
    (
        "track",
        "Application Reviewed",
        "dotnet",
        {
            "ApplicationId": G(lambda f: application_id(f)),
            "ReviewerId": G(lambda f: f.digits(5)),
            "ReviewerName": Y(lambda f: full(f), "name"),
            "ReviewerEmail": Y(lambda f: staff_email(f), "email"),
            "ReadNumber": G(lambda f: f.pick([1, 2, 3])),
            "AcademicRating": G(lambda f: f.r.randint(1, 5)),
            "Recommendation": G(lambda f: f.pick(["Admit", "Waitlist", "Deny", "Defer"])),
            "Notes": G(
                lambda f: f.pick(
                    [
                        "Strong STEM profile, rigorous curriculum.",
                        "WAEC results verified; recommend merit scholarship.",
                        "Essay generic. Counselor letter very strong.",
                        "Missing second recommendation, follow up.",
                    ]
                )
            ),
            "IsAthlete": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Applicant Looked Up",
        "dotnet",
        {
            "Query": Y(lambda f: email(f), "email", True),
            "MatchCount": G(lambda f: f.r.randint(0, 3)),
            "OfficerId": G(lambda f: f.digits(5)),
            "Source": G(lambda f: f.pick(["crm_search", "inbox_link"])),
        },
    ),
    (
        "track",
        "Fair Attendee Scanned",
        "flutter",
        {
            "fairId": G(lambda f: f.pick(["LAG-EDUSA-2025", "NBO-KUCCPS-EXPO", "ATL-NACAC-25"])),
            "fairVenue": G(
                lambda f: f.pick(
                    ["Eko Hotel, Victoria Island", "KICC Nairobi", "Georgia World Congress Center"]
                )
            ),
            "venueLat": G(lambda f: f.pick([6.4253, -1.2884, 33.7592])),
            "venueLng": G(lambda f: f.pick([3.4224, 36.8233, -84.3983])),
            "attendee": {
                "fullName": Y(lambda f: full(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Y(lambda f: phone(f), "phone"),
                "school": G(lambda f: f.pick(HIGH_SCHOOLS)),
                "gradYear": G(lambda f: f.pick([2025, 2026, 2027])),
                "interest": G(lambda f: f.pick(MAJORS)),
            },
            "consentToContact": G(lambda f: f.pick([True, False])),
            "officerId": G(lambda f: f.digits(5)),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "role": G(lambda f: f.pick(["parent", "guardian", "sponsor"])),
            "relationshipToStudent": G(lambda f: f.pick(["mother", "father", "uncle", "grandmother"])),
            "linkedStudentIds": Many(G(lambda f: student_id(f)), 2),
            "preferredLanguage": G(lambda f: f.pick(["en", "sw", "yo", "ha", "es"])),
            "ferpaProxyAccess": G(lambda f: f.pick(["grades", "billing", "full", "none"])),
        },
    ),
    screen(
        "Student Bill",
        "flutter",
        {
            "balanceDue": G(lambda f: f.money(0, 25000)),
            "currency": G(lambda f: money_ccy(f)),
            "dueInDays": G(lambda f: f.r.randint(-10, 60)),
            "studentCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "SMS Sent",
        "python",
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: phone(f, f.pick(["us", "ng", "ke"])), "phone", True),
            "from": G(lambda f: f.pick(["+14105550177", "NBU", "+12025550143"])),
            "body": RED(
                lambda f: f.pick(
                    [
                        f"Your NBU verification code is {f.r.randint(100000, 999999)}",
                        f"{f.r.randint(100000, 999999)} is your Northbridge sign-in code. Expires in 10 min.",
                        f"NBU: use code {f.r.randint(100000, 999999)} to confirm your phone",
                    ]
                ),
                "token",
                True,
            ),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "price": G(lambda f: f.pick([-0.0079, -0.0415, -0.0583])),
        },
    ),
    (
        "track",
        "Admissions Call Completed",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(
                lambda f: (
                    phone(f, "us") if f.r.random() < 0.5 else "+234" + f.pick(NG_PREFIXES) + f.digits(7)
                ),
                "phone",
            ),
            "FromCity": Y(lambda f: city(f, "us").upper(), "city"),
            "FromState": G(lambda f: f.pick(["MD", "TX", "GA"])),
            "FromZip": Y(lambda f: f.zip(), "zipcode"),
            "FromCountry": G(lambda f: f.pick(["US", "NG"])),
            "To": G(lambda f: f.pick(["+14105550100", "+14105550101"])),
            "ToCity": G(lambda f: "BALTIMORE"),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "Direction": G(lambda f: "inbound"),
            "AgentName": Y(lambda f: full(f), "name"),
        },
    ),
    (
        "track",
        "Email Event Received",
        "python",
        {
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(9)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@ismtpd0{f.r.randint(1, 99):02d}p1mdw1.sendgrid.net>"),
            "email": Y(lambda f: email(f), "email"),
            "event": G(lambda f: f.pick(["open", "click", "delivered", "bounce"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(lambda f: f.pick(["https://apply.nbu.edu/status", "https://nbu.edu/visit", ""])),
            "from_address": G(lambda f: f.pick(["no-reply@nbu.edu", "admissions@nbu.edu", "finaid@nbu.edu"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "STUDENT_ID": G(lambda f: student_id(f)),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "PHONE_NUMBER": Y(lambda f: phone(f), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: dob(f), "birthdate"),
            "HOME_POSTAL_CODE": Y(lambda f: postcode(f), "zipcode"),
            "COHORT_YEAR": G(lambda f: f.pick([2025, 2026, 2027])),
            "ADMIT_TYPE": G(lambda f: f.pick(["FY", "TR", "INTL", "GR"])),
            "PELL_RECIPIENT": G(lambda f: f.pick([True, False])),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        "go",
        {
            "institution_name": G(lambda f: f.pick(HIGH_SCHOOLS)),
            "ceeb_code": G(lambda f: f.digits(6)),
            "school_type": G(lambda f: f.pick(["public", "private", "federal", "county"])),
            "country": G(lambda f: f.pick(["US", "NG", "KE"])),
            "counselor_email": Y(
                lambda f: staff_email(f).replace(
                    "nbu.edu", f.pick(["alliance.ac.ke", "kcl.sch.ng", "cps.edu"])
                ),
                "email",
            ),
            "main_phone": G(lambda f: f.pick(["+254 20 2012345", "+234 1 463 0000", "+1 773-555-0160"])),
        },
    ),
    ("alias", None, "java", None),
    ("alias", None, "node", None),
]

EVENTS = ADMISSIONS + FINAID + INTERNATIONAL + STUDENTS + PAYMENTS + STAFF


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": student_id(f),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "hs_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=152, repeats=28)
    write(Path(__file__).parent, "holdout152_", events, labels)
