"""Writes holdout255: tests/corpus/holdout255_events.jsonl and holdout255_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Only `tests/corpus/build.py`,
`tests/corpus/fake.py`, `tests/corpus/build_holdout3.py` (for the format) and the reference's
default matcher table were read.

Domain: a construction-site workforce and safety compliance product ("SitePass") used by main
contractors in Qatar, the UK and Australia. Worker recruitment and inductions (passports and their
MRZ, Qatar IDs, UK right-to-work share codes, National Insurance numbers, Australian TFNs, CSCS
and White Card numbers, trade certificates), biometric site access (face and fingerprint
enrolment at kiosks, turnstile events shaped like a BioStar webhook), toolbox talks, incident and
injury reports, workers' compensation, drug and alcohol tests, heat-stress checks, timesheets and
geofenced clock-ins, Qatar Wage Protection System (WPS) salary files and transfers, UK CIS checks,
remittances, worker camp rooms, canteen and buses, a PPE and training-course shop (Segment
e-commerce spec), sign-in with one-time codes, vendor payloads (Twilio status callbacks, e-mail
delivery, Procore-style webhooks, an ID-scanner SDK). Clients: analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and C# server libraries, each with the `context` its library really sends (ip, traits,
device, app, library, locale, userAgent, campaign, location on the React Native app that uses a
location plugin). Calls: identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case; about 15 % of paths in PascalCase (the C# payroll
and testing services, Twilio), kebab-case (the turnstile gateway), SCREAMING_SNAKE (a warehouse
reverse-ETL identify), romanised Arabic keys (the Qatar camp-management backend) and romanised
Nepali keys (the remittance and welfare features of the worker app).

Labelling rules (the Privacy Portal's default colours):
- classification red / yellow / green; type is the reference matcher name, or `bank account`,
  `geolocation`, `secret`, `national id`, `health id`, `advertising id`, `credit card`, `token`,
  `password`, `ip`, `biometric`; `a|b` when either name is fair. Red for credentials and secrets,
  card numbers, bank accounts, government ids and health ids; otherwise the reference colour, and
  yellow for types outside the reference.
- PII is personal data about a natural person: the worker, an applicant, a dependant, an emergency
  contact, a witness, a supervisor, a collector, a driver, a remittance recipient.
- Green: ids the business issues (worker, badge, induction, incident, timesheet, order ids,
  card UIDs of access badges), versions, timestamps, hashes of documents, amounts that are not pay,
  enums, counters and booleans even under PII-sounding keys (`passportScanned`, `faceEnrolled`,
  `fingers_enrolled`, `phone_verified`), job titles, trades, employers, subcontractor and
  sponsor companies, company numbers, ABNs and VAT numbers, sites, camps, hospitals and their
  places, product and course names, tunnel-boring machines' and site dogs' names, country,
  nationality-free locales, languages, timezones, currencies, user agents, OS-issued device ids.
  Card brand, last four and expiry are green; sort codes and BSBs are green.
- Contested cases follow the product's published policy: member, claim and loyalty numbers,
  ages, marital status, job titles, employers, a business's own phone / e-mail / address, role
  mailboxes, Message-IDs and UUID tokens are green; insurance policy numbers (`identification`),
  prescription numbers (`medication`), pay, rates, wages and deductions (`salary`), vehicle
  plates (`license`), VINs (`serial`), gclid / fbclid / fbp / fbc (`advertising id`) and billing
  and shipping addresses (`address`) are yellow; payment-method tokens, one-time codes and reset
  links' tokens (`token`), health-system patient numbers (`health id`), identity document numbers
  (`national id` / `passport`) and right-to-work answers, visa numbers and share codes (`visa`)
  are red.
- Special categories: a boolean or enum that itself reveals health, religion, disability, veteran
  status or trade-union membership is PII of that category (`condition`, `religion`, ...).
- value_only is true when the key does not say what the value is (`contact.value`, `label`,
  `number`, `q`, `input`, `description`, `note`, `case_notes`, Twilio's `Body` and `To`,
  `recipient`, a ticket's `requester`, `context.externalIds[].id`) and only the value reveals it. Free text
  is labelled by what every one of its values carries: each free-text template here either always
  carries a piece of PII (a worker's first name in a greeting or a report) or never does.

Decisions where the rules left room (what a careful privacy owner would want flagged):
- A worker's camp room ("Block C / Room 214") is their home: yellow `address`; the camp's name is
  the employer's property: green.
- Injury details (nature, body part, treatment, restrictions), drug and alcohol results, breath
  alcohol readings, heart rate and skin temperature from heat-stress checks, blood group, fitness
  results and being a new or expectant mother are health: yellow `condition` / `diagnosis` /
  `procedure`; incident-level fields (type, severity, reportable, lost days) are green.
- A dietary requirement at a camp canteen (halal, Jain vegetarian, no beef) reveals religion:
  yellow `religion`.
- Face and fingerprint templates are biometric: yellow `biometric|photo`; a face image URL is
  yellow `photo`, a photo of a broken air conditioner is green.
- Certificate and card numbers of industry schemes (CSCS, White Card, CISRS, high-risk work
  licences) are yellow `certificate`; the serial numbers of company equipment (a harness, a
  turnstile) are green, only VINs are `serial`.
- A sole trader's UTR is a personal tax id: red `national id`; a CIS verification number is
  HMRC's reference for a check: green. The Qatar WPS payer QID (the establishment's signatory) is
  red; the employer's establishment id is green. A passport's and a visa's expiry dates are green
  (document dates), except a UK immigration permission's end date, which is an answer about the
  right to work: red `visa`.
"""

import base64
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people from the workforces of Qatar, the UK and Australia -------------------------------------

NAMES = {
    "NP": (
        [
            "Ram Bahadur",
            "Hari",
            "Bikash",
            "Suman",
            "Prakash",
            "Dil Kumar",
            "Santosh",
            "Bishnu",
            "Sita",
            "Anjali",
        ],
        ["Gurung", "Tamang", "Magar", "Rai", "Limbu", "Shrestha", "Thapa", "Sherpa", "Adhikari", "Khadka"],
    ),
    "IN": (
        ["Rajesh", "Suresh", "Manoj", "Arun", "Vijay", "Harpreet", "Gurpreet", "Anil", "Deepa"],
        ["Kumar", "Nair", "Singh", "Yadav", "Pillai", "Reddy", "Sharma", "Menon"],
    ),
    "BD": (
        ["Mohammad", "Abdul Karim", "Rafiqul", "Shahidul", "Jahangir", "Nasima"],
        ["Rahman", "Hossain", "Islam", "Uddin", "Miah", "Akter"],
    ),
    "PK": (["Imran", "Bilal", "Asif", "Zubair"], ["Khan", "Butt", "Qureshi", "Awan"]),
    "PH": (
        ["Jose", "Mark Anthony", "Jonel", "Ma. Cristina", "Rodel"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista"],
    ),
    "LK": (["Kasun", "Nuwan", "Chaminda", "Dilani"], ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe"]),
    "KE": (
        ["Peter", "Brian", "Joseph", "Faith", "Kwabena"],
        ["Otieno", "Mwangi", "Ochieng", "Asante", "Mugisha"],
    ),
    "QA": (
        ["Mohammed", "Khalid", "Abdulla", "Hamad", "Noora", "Maryam"],
        ["Al-Kuwari", "Al-Marri", "Al-Kaabi"],
    ),
    "EG": (["Ahmed", "Mahmoud", "Mostafa", "Yasmin"], ["Abdelrahman", "Fahmy", "El-Sayed", "Mansour"]),
    "GB": (
        [
            "Callum",
            "Jamie",
            "Liam",
            "Chloe",
            "Aoife",
            "Declan",
            "Gareth",
            "Tomasz",
            "Ionut",
            "Marius",
            "Darren",
        ],
        [
            "Brennan",
            "Murphy",
            "Evans",
            "Jones",
            "Nowak",
            "Popescu",
            "Walsh",
            "Hughes",
            "Okonkwo",
            "McAllister",
        ],
    ),
    "AU": (
        ["Jack", "Mitchell", "Lachlan", "Jess", "Sione", "Minh", "Tayla", "Nikolaos"],
        ["O'Connor", "Nguyen", "Taufa", "Papadopoulos", "Rossi", "Tran", "Wilson", "Kelly"],
    ),
}
ARABIC_SCRIPT_NAMES = [
    "محمد عبدالله الكواري",
    "رام بهادور غورونغ",
    "راجيش كومار",
    "أحمد محمود فهمي",
    "بيكاش تامانغ",
    "عبدالكريم رحمن",
    "خوسيه ديلا كروز",
    "كاسون بيريرا",
]
NATIONALITY = {
    "NP": "Nepalese",
    "IN": "Indian",
    "BD": "Bangladeshi",
    "PK": "Pakistani",
    "PH": "Filipino",
    "LK": "Sri Lankan",
    "KE": "Kenyan",
    "QA": "Qatari",
    "EG": "Egyptian",
    "GB": "British",
    "AU": "Australian",
}
ISO_NUM = {"NP": 524, "IN": 356, "BD": 50, "PK": 586, "PH": 608, "LK": 144, "KE": 404, "QA": 634, "EG": 818}
ISO3 = {
    "NP": "NPL",
    "IN": "IND",
    "BD": "BGD",
    "PK": "PAK",
    "PH": "PHL",
    "LK": "LKA",
    "KE": "KEN",
    "GB": "GBR",
}
GULF_WORKFORCE = ["NP", "NP", "IN", "BD", "PK", "PH", "LK", "KE", "EG", "QA"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "bigpond.com", "icloud.com"]

SITES = [
    ("QA-LUS-07", "Lusail Marina Towers", "Lusail", 25.4205, 51.4905),
    ("QA-MSH-02", "Msheireb Block D", "Doha", 25.2867, 51.5265),
    ("UK-MAN-14", "Mayfield Park Phase 2", "Manchester", 53.4760, -2.2290),
    ("UK-LDN-31", "Old Kent Road Plot 4", "London", 51.4870, -0.0760),
    ("AU-SYD-09", "Parramatta Square T6", "Parramatta", -33.8150, 151.0030),
    ("AU-PER-03", "Metronet Bayswater", "Perth", -31.9180, 115.9170),
]
TRADES = [
    "Steel Fixer",
    "Shuttering Carpenter",
    "Mason",
    "Scaffolder",
    "Electrician",
    "Plumber",
    "Crane Operator",
    "Rigger",
    "General Labourer",
    "HVAC Technician",
    "Site Engineer",
]
SUBCONTRACTORS = [
    "Al Jaber Engineering WLL",
    "Gulf Scaffolding Services",
    "Redrow Formwork Ltd",
    "Midland Steel Fixing Ltd",
    "Harbour Civil Pty Ltd",
    "Westside Electrical Pty Ltd",
    "Doha Marble Contracting",
]
PPE = [
    ("PPE-HV-2", "Hi-Vis Vest Class 2", "PPE", 6.5),
    ("PPE-HH-W", "Hard Hat Type 1 White", "PPE", 14.0),
    ("PPE-BT-S3", "Safety Boots S3", "Footwear", 69.0),
    ("PPE-GL-C5", "Cut Resistant Gloves Level C", "Hand Protection", 7.25),
    ("PPE-EP-32", "Disposable Ear Plugs (200)", "Hearing", 29.0),
    ("CRS-HSE-OP", "CITB HS&E Test - Operatives", "Courses", 22.5),
    ("CRS-WC-1001", "White Card CPCCWHS1001", "Courses", 79.0),
    ("CRS-SMSTS", "SMSTS 5-Day", "Courses", 595.0),
    ("CRS-WAH-1D", "Working at Heights (1 day)", "Courses", 145.0),
    ("CRS-HLTAID011", "Provide First Aid HLTAID011", "Courses", 129.0),
]


def person(f: Fake, region=None):
    region = region or f.pick([*GULF_WORKFORCE, "GB", "GB", "AU", "AU"])
    first, last = NAMES[region]
    return region, f.pick(first), f.pick(last)


def first_name(f: Fake) -> str:
    return person(f)[1]


def last_name(f: Fake) -> str:
    return person(f)[2]


def full_name(f: Fake, region=None) -> str:
    _, first, last = person(f, region)
    return f"{first} {last}"


def ascii_slug(s: str) -> str:
    return "".join(c for c in s.lower().replace(" ", ".") if c.isalnum() or c == ".").strip(".")


def email(f: Fake) -> str:
    _, first, last = person(f)
    local = f.pick(
        [
            f"{ascii_slug(first)}.{ascii_slug(last)}",
            f"{ascii_slug(first)}{f.r.randint(1, 99)}",
            ascii_slug(last),
        ]
    )
    return f"{local}{f.pick(['', str(f.r.randint(70, 2005))])}@{f.pick(MAIL_DOMAINS)}"


def nd(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country=None) -> str:
    country = country or f.pick(["QA", "QA", "GB", "AU", "NP", "IN", "BD", "PH", "KE"])
    style = f.r.random()
    if country == "QA":
        body = f.pick("3567") + nd(f, 7)
        return f"+974 {body[:4]} {body[4:]}" if style < 0.5 else (f"+974{body}" if style < 0.8 else body)
    if country == "GB":
        body = "7" + f.pick("4579") + nd(f, 8)
        return f"+44 {body[:4]} {body[4:]}" if style < 0.5 else f"0{body[:4]} {body[4:]}"
    if country == "AU":
        body = "4" + nd(f, 8)
        return (
            f"+61 {body[:3]} {body[3:6]} {body[6:]}" if style < 0.5 else f"0{body[:3]} {body[3:6]} {body[6:]}"
        )
    if country == "NP":
        return f.pick(["+977 ", "+977-", ""]) + "98" + f.pick("0145") + nd(f, 7)
    if country == "IN":
        return f"+91 {f.pick('6789')}{nd(f, 4)} {nd(f, 5)}"
    if country == "BD":
        return f"+880 1{f.pick('3456789')}{nd(f, 2)}-{nd(f, 6)}"
    if country == "PH":
        return f"+63 9{nd(f, 2)} {nd(f, 3)} {nd(f, 4)}"
    return f"+254 7{nd(f, 2)} {nd(f, 3)} {nd(f, 3)}"


def uk_postcode(f: Fake) -> str:
    area = f.pick(["LS", "M", "B", "E", "SE", "NW", "G", "CF", "BS", "NE", "L", "SW"])
    inward = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(1, 19)} {f.r.randint(1, 9)}{f.pick(inward)}{f.pick(inward)}"


def au_postcode(f: Fake) -> str:
    return f.pick(["2", "3", "4", "6"]) + nd(f, 3)


def home_address(f: Fake) -> str:
    kind = f.pick(["GB", "AU", "QA", "NP"])
    if kind == "GB":
        street = f.pick(["Ashgrove Road", "Victoria Street", "Beech Close", "Kings Avenue", "Mill Lane"])
        town = f.pick(["Leeds", "Salford", "Croydon", "Walsall", "Bristol"])
        return f"{f.r.randint(1, 220)} {street}, {town} {uk_postcode(f)}"
    if kind == "AU":
        street = f.pick(["Wattle St", "Parramatta Rd", "Banksia Ave", "Hay St", "Lygon St"])
        sub = f.pick(["Granville NSW", "Bayswater WA", "Carlton VIC", "Logan QLD"])
        unit = f.pick(["", f"Unit {f.r.randint(1, 40)}/"])
        return f"{unit}{f.r.randint(1, 300)} {street}, {sub} {au_postcode(f)}"
    if kind == "QA":
        return (
            f"Building {f.r.randint(1, 90)}, Street {f.r.randint(200, 990)}, Zone {f.r.randint(10, 91)}, Doha"
        )
    return (
        f"Ward {f.r.randint(1, 12)}, {f.pick(['Besisahar', 'Gorkha', 'Dhankuta', 'Butwal', 'Ilam'])}, Nepal"
    )


def street_line(f: Fake) -> str:
    street = f.pick(
        ["Ashgrove Road", "Victoria Street", "Wattle St", "Hay St", "Kings Avenue", "Banksia Ave"]
    )
    return (
        f.pick(["", "Flat " + str(f.r.randint(1, 30)) + ", ", "Unit " + str(f.r.randint(1, 40)) + "/"])
        + f"{f.r.randint(1, 300)} {street}"
    )


def near(f: Fake, lat: float, lon: float) -> tuple[float, float]:
    return round(lat + f.r.uniform(-0.02, 0.02), 6), round(lon + f.r.uniform(-0.02, 0.02), 6)


def site_latlon(f: Fake) -> tuple[float, float]:
    _, _, _, lat, lon = f.pick(SITES)
    return near(f, lat, lon)


# -- identity documents with the checksums real ones carry ------------------------------------------


def qid(f: Fake) -> str:
    region = f.pick(list(ISO_NUM))
    century = f.pick("23")
    year = f.r.randint(60, 99) if century == "2" else f.r.randint(0, 5)
    return f"{century}{year:02d}{ISO_NUM[region]:03d}{nd(f, 5)}"


def nino(f: Fake) -> str:
    first = f.pick("ABCEGHJKLMNPRSTWXYZ")
    second = f.pick("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    n = nd(f, 6)
    suffix = f.pick("ABCD")
    return f.pick([f"{first}{second}{n}{suffix}", f"{first}{second} {n[:2]} {n[2:4]} {n[4:]} {suffix}"])


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        head = [f.r.randint(0, 9) for _ in range(8)]
        s = sum(d * w for d, w in zip(head, weights, strict=False))
        last = (-s * 10) % 11
        if last < 10:
            digits = "".join(map(str, [*head, last]))
            return f.pick([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def medicare(f: Fake) -> str:
    head = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(head, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    digits = "".join(map(str, head)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([digits, f"{digits[:4]} {digits[4:9]} {digits[9]}"])


def nhs_number(f: Fake) -> str:
    while True:
        head = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(head)) % 11
        check = 0 if check == 11 else check
        if check < 10:
            digits = "".join(map(str, head)) + str(check)
            return f.pick([digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def hmc_card(f: Fake) -> str:
    return "HC" + nd(f, 8)


def passport_no(f: Fake, region=None) -> str:
    region = region or f.pick(["NP", "IN", "BD", "PH", "LK", "GB", "AU", "KE", "PK"])
    return {
        "NP": lambda: f.pick(["PA", "10"]) + nd(f, 7 if f.r.random() < 0.5 else 6),
        "IN": lambda: f.pick("JKLMNPRSTUVWZ") + nd(f, 7),
        "BD": lambda: f.pick(["A", "EB", "BW"]) + nd(f, 8 if f.r.random() < 0.3 else 7),
        "PH": lambda: "P" + nd(f, 7) + f.pick("ABC"),
        "LK": lambda: "N" + nd(f, 7),
        "GB": lambda: str(f.r.randint(1, 9)) + nd(f, 8),
        "AU": lambda: f.pick(["PA", "PB", "N", "RA"]) + nd(f, 7),
        "KE": lambda: "AK" + nd(f, 7),
        "PK": lambda: f.pick(["AB", "CK", "DW"]) + nd(f, 7),
    }[region]()


def mrz_check(s: str) -> str:
    values = {**{str(i): i for i in range(10)}, "<": 0}
    values.update({chr(65 + i): 10 + i for i in range(26)})
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz(f: Fake) -> dict[str, str]:
    region = f.pick(["NP", "IN", "BD", "PH", "LK", "GB", "KE", "PK"])
    _, first, last = person(f, region)
    surname = last.upper().replace("-", "<").replace(" ", "<").replace("'", "").replace(".", "")
    given = first.upper().replace(" ", "<").replace(".", "")
    line1 = f"P<{ISO3[region]}{surname}<<{given}".ljust(44, "<")[:44]
    number = passport_no(f, region)[:9]
    padded = number.ljust(9, "<")
    birth = f"{f.r.randint(65, 99)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    exp = f"{f.r.randint(25, 33)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    sex = f.pick("MMMF")
    personal = "<" * 14
    body = padded + mrz_check(padded) + ISO3[region] + birth + mrz_check(birth) + sex + exp + mrz_check(exp)
    composite = (
        padded
        + mrz_check(padded)
        + birth
        + mrz_check(birth)
        + exp
        + mrz_check(exp)
        + personal
        + mrz_check(personal)
    )
    line2 = body + personal + mrz_check(personal) + mrz_check(composite)
    return {
        "line1": line1,
        "line2": line2,
        "number": number,
        "surname": last.upper(),
        "given": first.upper(),
        "birth": birth,
        "expiry": exp,
        "sex": sex,
        "nat": ISO3[region],
    }


def np_citizenship(f: Fake) -> str:
    return f"{f.r.randint(1, 77):02d}-{f.pick(['01', '02'])}-{f.r.randint(40, 80)}-{nd(f, 5)}"


def share_code(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(f.pick(chars) for _ in range(9))
    return f.pick([f"{code[:3]} {code[3:6]} {code[6:]}", code])


def utr(f: Fake) -> str:
    return f.pick([nd(f, 10), f"{nd(f, 5)} {nd(f, 5)}"])


def abn(f: Fake) -> str:
    weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        digits = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(10)]
        adjusted = [digits[0] - 1, *digits[1:]]
        if sum(d * w for d, w in zip(adjusted, weights, strict=True)) % 89 == 0:
            s = "".join(map(str, digits))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def iban(f: Fake, country: str) -> str:
    if country == "QA":
        bban = f.pick(["QNBA", "CBQA", "DOHB", "QIIB", "MSHQ"]) + nd(f, 21)
    elif country == "GB":
        bban = f.pick(["NWBK", "BARC", "LOYD", "HBUK"]) + nd(f, 14)
    else:
        return f.iban(country)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def card_number(f: Fake) -> str:
    return f.card()


def cscs_no(f: Fake) -> str:
    return nd(f, f.pick([8, 10]))


def white_card(f: Fake) -> str:
    return f.pick(["CGI" + nd(f, 7), "WC" + nd(f, 6), "CIC0" + nd(f, 6), "QLD" + nd(f, 8)])


def trade_cert(f: Fake) -> str:
    return f.pick(
        ["CISRS-" + nd(f, 7), "HRW" + nd(f, 7), "NVQ/" + nd(f, 8), "QCDD-" + nd(f, 6), "ECS " + nd(f, 7)]
    )


def plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            str(f.r.randint(10000, 999999)),
            f"{f.pick(letters)}{f.pick(letters)}{f.r.randint(10, 74)} "
            f"{f.pick(letters)}{f.pick(letters)}{f.pick(letters)}",
            f"{f.pick(letters)}{f.pick(letters)}{f.pick(letters)}{f.r.randint(10, 99)}{f.pick(letters)}",
            f"1{f.pick(letters)}{f.pick(letters)}{f.pick(letters)}{f.r.randint(100, 999)}",
        ]
    )


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    )
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = list(f.pick(["JTF", "MR0", "WV1", "JN1", "6T1"]) + "".join(f.pick(chars) for _ in range(14)))
    total = sum((int(c) if c.isdigit() else translit[c]) * w for c, w in zip(body, weights, strict=True))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def face_template(f: Fake) -> str:
    return base64.b64encode(bytes(f.r.getrandbits(8) for _ in range(96))).decode()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQ" + "".join(f.pick(alnum) for _ in range(f.r.randint(60, 80))) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(56))


def dob(f: Fake) -> str:
    return f.date(1962, 2005)


def money_qar(f: Fake) -> float:
    return float(f.r.randint(1000, 4200)) if f.r.random() < 0.7 else round(f.r.uniform(900, 9000), 2)


def week_ending(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.pick([3, 10, 17, 24, 7, 14, 21, 28]):02d}"


def hhmm(f: Fake) -> str:
    return f"{f.r.randint(5, 8):02d}:{f.pick(['00', '15', '30', '45'])}"


def badge(f: Fake) -> str:
    return "B" + nd(f, 6)


def worker_id(f: Fake) -> str:
    return f.pick(["WK-", "W"]) + nd(f, 6)


def site_code(f: Fake) -> str:
    return f.pick(SITES)[0]


def site_name(f: Fake) -> str:
    return f.pick(SITES)[1]


# -- contexts of the client libraries ---------------------------------------------------------------

UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
]
WEB_PAGES = [
    ("/jobs", "Jobs | SitePass"),
    ("/apply", "Apply | SitePass"),
    ("/workers", "Workers | SitePass"),
    ("/incidents/new", "New incident | SitePass"),
    ("/shop/checkout", "Checkout | SitePass Shop"),
    ("/payroll/wps", "WPS | SitePass"),
    ("/camps/allocations", "Camp allocations | SitePass"),
]


def ip_any(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.85 else f.ipv6()


def web_context(f: Fake):
    path, title = f.pick(WEB_PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://app.sitepass.io/dashboard",
                        "https://www.linkedin.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?site=QA-LUS-07", "?tab=open", "?page=2"])),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://app.sitepass.io" + path),
        },
        "userAgent": G(lambda f: f.pick(UA_DESKTOP)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-AU", "ar-QA", "en-US", "en-QA"])),
        "timezone": G(
            lambda f: f.pick(["Asia/Qatar", "Europe/London", "Australia/Sydney", "Australia/Perth"])
        ),
        "ip": Y(ip_any, "ip"),
    }
    if f.r.random() < 0.3:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["steel_fixers_doha_q2", "cscs_course_promo", "white_card_june"])),
            "source": G(lambda f: f.pick(["google", "facebook", "indeed", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(["steel fixer jobs qatar", "white card course", "cscs test booking"])),
            "content": G(lambda f: f.pick(["ad_v1", "carousel_b", "footer_link"])),
        }
    return ctx


def swift_context(f: Fake):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "SitePass Worker"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.0"])),
            "build": G(lambda f: f.pick(["4800", "4902", "5001"])),
            "namespace": G(lambda f: "io.sitepass.worker"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,7", "iPhone15,4", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-QA", "en-GB", "en-AU", "ne-NP", "hi-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Ooredoo", "Vodafone Qatar", "EE", "Telstra", "Optus", "O2-UK"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 393])),
            "height": G(lambda f: f.pick([667, 844, 852])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Qatar", "Europe/London", "Australia/Sydney"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name")},
    }
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_context(f: Fake, kiosk=False):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "SitePass Kiosk" if kiosk else "SitePass Worker"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.0"])),
            "build": G(lambda f: f.pick(["480", "492", "500"])),
            "namespace": G(lambda f: "io.sitepass.kiosk" if kiosk else "io.sitepass.worker"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "HUAWEI", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-A145F", "SM-X200", "Redmi Note 12", "TB-X306F"])),
            "name": G(lambda f: f.pick(["a14", "gta8wifi", "tapas", "X306F"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: False if kiosk else f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-QA", "ne-NP", "hi-IN", "bn-BD", "en-AU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Ooredoo", "Vodafone Qatar", "Telstra", "Three UK"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.0, 2.625])),
            "height": G(lambda f: f.pick([2400, 1340, 2408])),
            "width": G(lambda f: f.pick([1080, 800, 1080])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Qatar", "Australia/Perth", "Europe/London"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TB-X306F Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }
    if not kiosk:
        ctx["traits"]["name"] = Y(full_name, "name")
        ctx["traits"]["phone"] = Y(phone, "phone")
        if f.r.random() < 0.5:
            ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def rn_context(f: Fake):
    lat, lon = site_latlon(f)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "SitePass Supervisor"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "io.sitepass.supervisor"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S911B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm1q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-AU", "en-QA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "scale": G(lambda f: 3),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Australia/Sydney", "Asia/Qatar"])),
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name")},
        "location": {
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        },
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "SitePass Worker"),
            "version": G(lambda f: f.pick(["4.9.2", "4.10.0"])),
            "build": G(lambda f: f.pick(["4902", "5001"])),
            "namespace": G(lambda f: "io.sitepass.worker"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "OPPO", "vivo", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A055F", "CPH2477", "V2250", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["ne-NP", "en-QA", "hi-IN", "bn-BD"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        "timezone": G(lambda f: "Asia/Qatar"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby", "python") and f.r.random() < 0.6:
        ctx["ip"] = Y(ip_any, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_DESKTOP))
    if lib in ("python", "node") and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("java", "dotnet", "go") and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: "org_" + nd(f, 5))
    return ctx


def context_for(f: Fake, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "kiosk":
        return kotlin_context(f, kiosk=True)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- values that belong together (rendered in key order: the first key draws, the next ones reuse) ---

_MEMO: dict[str, Any] = {}


def remember(f: Fake, key: str, value: Any) -> Any:
    _MEMO[key] = value
    return value


def recall(key: str) -> Any:
    return _MEMO[key]


# -- free text --------------------------------------------------------------------------------------


def incident_description(f: Fake) -> str:
    _, first, last = person(f)
    return f.pick(
        [
            f"{first} {last} slipped on wet formwork near the hoist and fell about 1m.",
            f"Rebar tie wire cut to {first}'s left palm while fixing starter bars.",
            f"Near miss: scaffold board dropped from L4, {first} {last} was below on the loading bay.",
            f"{first} reported dizziness after two hours on the deck, moved to the cooling room.",
            f"Supervisor {first} {last} stopped the lift, tag line snagged on the edge protection.",
        ]
    )


def welfare_note(f: Fake) -> str:
    first = first_name(f)
    return f.pick(
        [
            f"Met {first}, says salary for March not received yet. Escalated to payroll.",
            f"{first} asked for a room change, AC in C-block unit not working.",
            f"Visited {first} at clinic, father unwell back home, requested leave.",
            f"{first} raised concern about overtime not on payslip.",
        ]
    )


def sms_body(f: Fake) -> str:
    first = first_name(f)
    return f.pick(
        [
            f"Hi {first}, your induction at {site_name(f)} is booked for 06:30 tomorrow. "
            "Bring your ID. Reply STOP to opt out.",
            f"{first}, your White Card expires in 30 days. Renew in the SitePass app.",
            f"Hello {first}, your timesheet for w/e {week_ending(f)} was approved.",
            f"Dear {first}, the bus from Camp 3 leaves at 04:45 today due to the early pour.",
        ]
    )


def timesheet_note(f: Fake) -> str:
    name = full_name(f)
    return f.pick(
        [
            f"Approved by {name} (site manager)",
            f"OT agreed with {name} for night pour",
            f"Clock-out missed, confirmed by {name}",
        ]
    )


SAFE_NOTES = [
    "Discussed heat stress, hydration and work/rest cycles.",
    "Exclusion zones around the tower crane during lifts.",
    "Housekeeping on level 3, trip hazards from cable runs.",
    "Silica dust: wet cutting only, RPE face-fit checks due.",
    "Working at height: harness inspection before every shift.",
]
CHAT_TEXT = [
    "Concrete pour delayed to 2pm, pump truck stuck at the gate",
    "Crane on wind hold until gusts drop below 38 km/h",
    "Need 4 more fixers on L6 east core tomorrow",
    "Permit to work for hot works signed off",
    "Toolbox talk moved to the canteen, too hot outside",
]

# -- the events -------------------------------------------------------------------------------------


def products_item():
    return {
        "product_id": G(lambda f: remember(f, "product", f.pick(PPE))[0]),
        "sku": G(lambda f: recall("product")[0] + "-" + f.pick(["S", "M", "L", "XL", "9", "10", "STD"])),
        "name": G(lambda f: recall("product")[1]),
        "category": G(lambda f: recall("product")[2]),
        "brand": G(lambda f: f.pick(["Portwest", "Uvex", "Blundstone", "3M", "CITB", "SitePass Training"])),
        "price": G(lambda f: recall("product")[3]),
        "quantity": G(lambda f: f.r.randint(1, 20)),
        "variant": G(lambda f: f.pick(["Yellow", "Orange", "Size 9", "Size 10", "Online", "Classroom"])),
    }


EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- recruitment --------------------------------------------------------------------------------
    (
        "page",
        "Job Listing",
        ["web"],
        {
            "name": G(lambda f: "Job Listing"),
            "path": G(lambda f: "/jobs/" + nd(f, 5)),
            "url": G(lambda f: "https://careers.sitepass.io/jobs/" + nd(f, 5)),
            "title": G(lambda f: f.pick(TRADES) + " - " + f.pick(["Doha", "Manchester", "Sydney"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.indeed.com/", ""])),
            "search": G(
                lambda f: f.pick(["", "?utm_source=indeed", "?utm_source=facebook&utm_medium=paid_social"])
            ),
            "job_id": G(lambda f: "JOB-" + nd(f, 5)),
            "job_title": G(lambda f: f.pick(TRADES)),
            "salary_band": G(lambda f: f.pick(["QAR 1,500-2,200", "GBP 180-220/day", "AUD 45-55/hr"])),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["careers_quick_apply", "course_enquiry"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "landing_page": G(lambda f: f.pick(["/jobs", "/courses/white-card", "/courses/cscs"])),
            "email_provided": G(lambda f: f.pick([True, False])),
            "phone_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "job_id": G(lambda f: "JOB-" + nd(f, 5)),
            "applicant_name": Y(full_name, "name"),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(phone, "phone"),
            "current_country": G(
                lambda f: f.pick(["Nepal", "India", "Qatar", "United Kingdom", "Australia"])
            ),
            "trade": G(lambda f: f.pick(TRADES)),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "has_cscs_card": G(lambda f: f.pick([True, False])),
            "cscs_card_number": Y(cscs_no, "certificate"),
            "right_to_work": RED(
                lambda f: f.pick(
                    ["British citizen", "Settled status", "Skilled Worker visa", "Need sponsorship"]
                ),
                "visa",
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "expected_day_rate": Y(lambda f: f.r.randint(150, 320), "salary"),
            "cv_sha256": G(lambda f: f.hexid(64)),
            "source": G(lambda f: f.pick(["indeed", "referral", "agency", "walk-in"])),
        },
    ),
    (
        "track",
        "Equal Opportunities Form Completed",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "age_band": G(lambda f: f.pick(["16-24", "25-34", "35-44", "45-54", "55+"])),
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Asian or Asian British - Indian",
                        "Black African",
                        "Mixed",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity",
            ),
            "religion": Y(
                lambda f: f.pick(
                    ["Christian", "Muslim", "Hindu", "Sikh", "No religion", "Prefer not to say"]
                ),
                "religion",
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "has_disability": RED(lambda f: f.pick([True, False, False]), "disability"),
            "reasonable_adjustments": RED(
                lambda f: f.pick(
                    [
                        "Hearing aid - needs visual fire alarm",
                        "Dyslexia, extra time for CSCS test",
                        "Wheelchair access to the site office",
                    ]
                ),
                "disability",
            ),
            "armed_forces_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "marital_status": G(lambda f: f.pick(["single", "married", "prefer not to say"])),
            "completed_in_seconds": G(lambda f: f.r.randint(30, 400)),
        },
    ),
    # -- worker identity ----------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin", "web"],
        {
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "male"]), "gender"),
            "nationality": Y(lambda f: NATIONALITY[f.pick(list(NATIONALITY))], "citizenship"),
            "address": {
                "street": Y(
                    lambda f: (
                        f"{f.r.randint(1, 200)} "
                        + f.pick(["Victoria Street", "Wattle St", "Street 940", "Mill Lane"])
                    ),
                    "street|address",
                ),
                "city": Y(
                    lambda f: f.pick(["Salford", "Granville", "Doha", "Al Wakrah", "Croydon", "Bayswater"]),
                    "city",
                ),
                "postalCode": Y(lambda f: f.pick([uk_postcode(f), au_postcode(f)]), "zipcode"),
                "state": G(lambda f: f.pick(["NSW", "WA", "England", "Ad Dawhah"])),
                "country": G(lambda f: f.pick(["QA", "GB", "AU"])),
            },
            "trade": G(lambda f: f.pick(TRADES)),
            "employer": G(lambda f: f.pick(SUBCONTRACTORS)),
            "title": G(lambda f: f.pick(["Foreman", "Leading Hand", "Operative", "Site Engineer"])),
            "preferredLanguage": G(lambda f: f.pick(["ne", "hi", "bn", "en", "ar", "tl"])),
            "trade_union": Y(lambda f: f.pick(["Unite the Union", "GMB", "CFMEU", "None"]), "trade union"),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "inductions_completed": G(lambda f: f.r.randint(0, 9)),
            "age": G(lambda f: f.r.randint(19, 61)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "WORKER_ID": G(worker_id),
            "FIRST_NAME": Y(first_name, "name"),
            "LAST_NAME": Y(last_name, "name"),
            "QID_NUMBER": RED(qid, "national id"),
            "PASSPORT_NUMBER": RED(passport_no, "passport"),
            "NATIONALITY": Y(lambda f: NATIONALITY[f.pick(GULF_WORKFORCE)], "citizenship"),
            "DOB": Y(dob, "birthdate"),
            "MOBILE": Y(lambda f: phone(f, "QA"), "phone"),
            "TRADE": G(lambda f: f.pick(TRADES)),
            "EMPLOYER": G(lambda f: f.pick(SUBCONTRACTORS)),
            "SITE_CODE": G(site_code),
            "INDUCTION_DATE": G(lambda f: f.date(2023, 2024)),
            "QID_EXPIRY": G(lambda f: f.date(2025, 2027)),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "DAYS_ON_SITE": G(lambda f: f.r.randint(0, 900)),
            "LAST_SWIPE_AT": G(lambda f: f.iso()),
            "BASIC_SALARY_QAR": Y(money_qar, "salary"),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(SUBCONTRACTORS)),
            "industry": G(lambda f: "Construction"),
            "employees": G(lambda f: f.r.randint(12, 4000)),
            "plan": G(lambda f: f.pick(["starter", "site", "enterprise"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://aljaber.example.qa",
                        "https://harbourcivil.example.com.au",
                        "https://redrowformwork.example.co.uk",
                    ]
                )
            ),
            "abn": G(abn),
            "companyNumber": G(lambda f: f.pick(["0", "SC", "NI"]) + nd(f, 7)),
            "crNumber": G(lambda f: nd(f, 5)),
            "accountsEmail": G(
                lambda f: f.pick(
                    [
                        "accounts@harbourcivil.example.com.au",
                        "payables@aljaber.example.qa",
                        "finance@redrowformwork.example.co.uk",
                    ]
                )
            ),
            "officePhone": G(lambda f: f.pick(["+974 4444 1200", "+44 161 496 0800", "+61 2 9687 4400"])),
            "registeredOffice": {
                "street": G(
                    lambda f: f.pick(
                        ["Level 3, 100 George St", "Unit 4 Trafford Park", "Street 24, Industrial Area"]
                    )
                ),
                "city": G(lambda f: f.pick(["Parramatta", "Manchester", "Doha"])),
                "postalCode": G(lambda f: f.pick(["2150", "M17 1AB", ""])),
                "country": G(lambda f: f.pick(["AU", "GB", "QA"])),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- induction at the kiosk ---------------------------------------------------------------------
    (
        "track",
        "Induction Started",
        ["kiosk"],
        {
            "induction_id": G(lambda f: f.uuid()),
            "site_code": G(site_code),
            "site_name": G(site_name),
            "language": G(
                lambda f: f.pick(["Nepali", "Hindi", "Bengali", "English", "Arabic", "Tagalog", "Malayalam"])
            ),
            "kiosk_id": G(lambda f: "KSK-" + nd(f, 3)),
            "worker_type": G(lambda f: f.pick(["direct", "subcontractor", "visitor"])),
            "subcontractor": G(lambda f: f.pick(SUBCONTRACTORS)),
            "video_version": G(lambda f: f.pick(["v12", "v13"])),
        },
    ),
    (
        "track",
        "Worker Details Captured",
        ["kiosk", "rn"],
        {
            "induction_id": G(lambda f: f.uuid()),
            "worker": {
                "given_name": Y(first_name, "name"),
                "family_name": Y(last_name, "name"),
                "date_of_birth": Y(dob, "birthdate"),
                "nationality": Y(lambda f: NATIONALITY[f.pick(list(NATIONALITY))], "citizenship"),
                "sex": Y(lambda f: f.pick(["M", "F", "M"]), "sex|gender"),
                "mobile": Y(phone, "phone"),
                "home_address": Y(home_address, "address"),
                "trade": G(lambda f: f.pick(TRADES)),
            },
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "relationship": G(
                    lambda f: f.pick(["wife", "brother", "father", "mother", "husband", "friend"])
                ),
                "phone": Y(phone, "phone"),
            },
            "id_document": {
                "type": G(lambda f: f.pick(["passport", "qid", "passport"])),
                "number": RED(
                    lambda f: qid(f) if f.r.random() < 0.35 else passport_no(f), "passport|national id"
                ),
                "expiry": G(lambda f: f.date(2025, 2034)),
                "issuing_country": G(lambda f: f.pick(["NP", "IN", "BD", "QA", "PH", "GB"])),
            },
            "blood_group": Y(lambda f: f.pick(["O+", "A+", "B+", "AB+", "O-"]), "condition"),
            "medical_conditions": Many(
                Y(lambda f: f.pick(["asthma", "diabetes", "hypertension", "epilepsy"]), "condition"), 2
            ),
            "languages_spoken": Many(G(lambda f: f.pick(["ne", "hi", "en", "ar", "bn"])), 3),
            "passportScanned": G(lambda f: f.pick([True, False])),
            "photo_taken": G(lambda f: True),
        },
    ),
    (
        "track",
        "Document Scanned",
        ["kiosk"],
        {
            "scanId": G(lambda f: f.uuid()),
            "sdkVersion": G(lambda f: f.pick(["7.3.1", "7.4.0"])),
            "documentType": G(lambda f: f.pick(["Passport", "PASSPORT", "TD3"])),
            "issuingState": G(lambda f: remember(f, "mrz", mrz(f))["nat"]),
            "mrz": {
                "line1": RED(lambda f: recall("mrz")["line1"], "passport|name"),
                "line2": RED(lambda f: recall("mrz")["line2"], "passport"),
            },
            "docNumber": RED(lambda f: recall("mrz")["number"], "passport"),
            "holderSurname": Y(lambda f: recall("mrz")["surname"], "name"),
            "holderGivenNames": Y(lambda f: recall("mrz")["given"], "name"),
            "birthDate": Y(lambda f: recall("mrz")["birth"], "birthdate"),
            "sex": Y(lambda f: recall("mrz")["sex"], "sex|gender"),
            "nationality": Y(lambda f: recall("mrz")["nat"], "citizenship"),
            "expiryDate": G(lambda f: recall("mrz")["expiry"]),
            "faceImageUrl": Y(lambda f: f"https://docs.sitepass.io/scans/{f.uuid()}/face.jpg", "photo"),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 1), 3)),
            "processingTimeMs": G(lambda f: f.r.randint(300, 2400)),
            "mrzChecksumValid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Kiosk Step Completed",
        ["kiosk"],
        {
            "step": G(lambda f: "enter_qid"),
            "input": RED(qid, "national id", True),
            "duration_ms": G(lambda f: f.r.randint(2000, 40000)),
            "retries": G(lambda f: f.r.randint(0, 3)),
            "keyboard": G(lambda f: f.pick(["numeric", "onscreen"])),
        },
    ),
    (
        "track",
        "QID Verified",
        ["dotnet"],
        {
            "QidNumber": RED(qid, "national id"),
            "QidExpiry": G(lambda f: f.date(2025, 2028)),
            "FullNameEn": Y(lambda f: full_name(f).upper(), "name"),
            "FullNameAr": Y(lambda f: f.pick(ARABIC_SCRIPT_NAMES), "name"),
            "Nationality": Y(lambda f: NATIONALITY[f.pick(GULF_WORKFORCE)], "citizenship"),
            "Occupation": G(lambda f: f.pick(TRADES)),
            "SponsorName": G(lambda f: f.pick(SUBCONTRACTORS)),
            "EstablishmentId": G(lambda f: nd(f, 2) + "/" + nd(f, 5) + "/" + nd(f, 2)),
            "VerificationStatus": G(lambda f: f.pick(["Valid", "Expired", "NotFound"])),
            "VerifiedAtUtc": G(lambda f: f.iso()),
            "RequestId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["swift"],
        {
            "dependant": {
                "full_name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter"])),
                "dob": Y(lambda f: f.date(1985, 2022), "birthdate"),
                "qid": RED(qid, "national id"),
                "school": G(
                    lambda f: f.pick(
                        ["Birla Public School", "Doha British School", "Philippine School Doha", ""]
                    )
                ),
            },
            "dependants_total": G(lambda f: f.r.randint(1, 4)),
            "family_visa_eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Right To Work Checked",
        ["web"],
        {
            "check_id": G(lambda f: f.uuid()),
            "worker_id": G(worker_id),
            "share_code": RED(share_code, "visa|token"),
            "date_of_birth": Y(dob, "birthdate"),
            "outcome": RED(
                lambda f: f.pick(["Has right to work", "Time-limited right to work", "No right to work"]),
                "visa",
            ),
            "permission_expires": RED(lambda f: f.date(2024, 2029), "visa"),
            "ni_number": RED(nino, "national id"),
            "checker_name": Y(full_name, "name"),
            "check_type": G(lambda f: f.pick(["online", "manual", "idsp"])),
            "evidence_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Tax Details Submitted",
        ["flutter"],
        {
            "tfn": RED(tfn, "national id"),
            "claims_tax_free_threshold": G(lambda f: f.pick([True, False])),
            "has_study_loan": G(lambda f: f.pick([True, False])),
            "super_fund": G(lambda f: f.pick(["Cbus Super", "AustralianSuper", "Hostplus"])),
            "super_usi": G(lambda f: f.pick(["CBU0100AU", "STA0100AU", "HOS0100AU"])),
            "super_member_number": G(lambda f: nd(f, 9)),
            "abn": G(abn),
            "form_version": G(lambda f: "NAT3092-06.2019"),
        },
    ),
    (
        "track",
        "Bank Details Added",
        ["flutter", "swift"],
        {
            "country": G(lambda f: f.pick(["AU", "GB"])),
            "bank_name": G(lambda f: f.pick(["Commonwealth Bank", "Westpac", "Barclays", "Monzo"])),
            "bsb": G(lambda f: f.pick(["062-000", "032-001", "083-004"])),
            "sort_code": G(lambda f: f.pick(["20-00-00", "04-00-04", "30-94-57"])),
            "account_number": RED(lambda f: nd(f, f.pick([6, 8, 9])), "bank account"),
            "account_name": Y(full_name, "name"),
            "verified_by_penny_drop": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- certificates and cards ---------------------------------------------------------------------
    (
        "track",
        "Certificate Added",
        ["rn", "swift"],
        {
            "certificate_type": G(
                lambda f: f.pick(
                    [
                        "CSCS Blue Skilled Worker",
                        "White Card",
                        "CISRS Scaffolder",
                        "HRW Dogging",
                        "NVQ L2 Formwork",
                        "QCDD Rigger",
                    ]
                )
            ),
            "certificate_number": Y(trade_cert, "certificate"),
            "issuer": G(
                lambda f: f.pick(["CSCS", "SafeWork NSW", "CISRS", "WorkSafe WA", "Qatar Civil Defence"])
            ),
            "issue_date": G(lambda f: f.date(2015, 2024)),
            "expiry_date": G(lambda f: f.date(2024, 2029)),
            "front_photo_url": Y(lambda f: f"https://docs.sitepass.io/certs/{f.uuid()}/front.jpg", "photo"),
            "verified": G(lambda f: f.pick([True, False])),
            "days_to_expiry": G(lambda f: f.r.randint(-30, 1500)),
        },
    ),
    (
        "track",
        "White Card Verified",
        ["python"],
        {
            "white_card_number": Y(white_card, "certificate"),
            "state": G(lambda f: f.pick(["NSW", "VIC", "QLD", "WA"])),
            "holder_name": Y(full_name, "name"),
            "date_of_issue": G(lambda f: f.date(2010, 2024)),
            "rto_code": G(lambda f: nd(f, 5)),
            "result": G(lambda f: f.pick(["match", "no_match", "manual_review"])),
        },
    ),
    (
        "track",
        "CSCS Card Checked",
        ["php"],
        {
            "cscs_registration_number": Y(cscs_no, "certificate"),
            "card_type": G(
                lambda f: f.pick(
                    ["Green Labourer", "Blue Skilled Worker", "Gold Supervisor", "Black Manager"]
                )
            ),
            "surname": Y(last_name, "name"),
            "card_expiry": G(lambda f: f.date(2024, 2029)),
            "check_result": G(lambda f: f.pick(["valid", "expired", "not_found"])),
            "smart_check_id": G(lambda f: f.uuid()),
            "checked_by_email": Y(email, "email"),
        },
    ),
    # -- biometric access ---------------------------------------------------------------------------
    (
        "track",
        "Biometric Enrolled",
        ["kiosk"],
        {
            "enrolment_id": G(lambda f: f.uuid()),
            "worker_id": G(worker_id),
            "face_template": Y(face_template, "biometric|photo"),
            "fingerprint_template": Y(face_template, "biometric"),
            "face_image_url": Y(lambda f: f"https://bio.sitepass.io/faces/{f.hexid(24)}.jpg", "photo"),
            "fingers_enrolled": G(lambda f: f.r.randint(1, 4)),
            "face_quality_score": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "liveness_passed": G(lambda f: f.pick([True, True, False])),
            "terminal_serial": G(lambda f: "BS2-" + nd(f, 9)),
            "consent_given": G(lambda f: True),
            "faceEnrolled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Access Event",
        ["go"],
        {
            "biostar": {
                "event_id": G(lambda f: str(f.r.randint(10**6, 10**8))),
                "datetime": G(lambda f: f.iso()),
                "device_id": {
                    "id": G(lambda f: str(f.r.randint(540000000, 549999999))),
                    "name": G(lambda f: f.pick(["Gate 1 IN", "Gate 1 OUT", "Tower Hoist"])),
                },
                "user_id": {
                    "user_id": G(lambda f: nd(f, 6)),
                    "name": Y(full_name, "name"),
                    "photo_exists": G(lambda f: f.pick(["true", "false"])),
                },
                "event_type_id": {"code": G(lambda f: f.pick([4867, 4865, 6401, 4102]))},
                "tna_key": G(lambda f: f.pick(["1", "2", "0"])),
                "user_group_id": {
                    "id": G(lambda f: f.r.randint(1, 40)),
                    "name": G(lambda f: f.pick(SUBCONTRACTORS)),
                },
            },
            "site_code": G(site_code),
        },
    ),
    (
        "track",
        "Turnstile Passage",
        ["node"],
        {
            "event-id": G(lambda f: f.uuid()),
            "gate-id": G(lambda f: f.pick(["G1", "G2", "G3", "VEH-1"])),
            "direction": G(lambda f: f.pick(["in", "out"])),
            "badge-number": G(badge),
            "card-uid": G(lambda f: f.hexid(14).upper()),
            "worker-name": Y(full_name, "name"),
            "auth-mode": G(lambda f: f.pick(["face", "finger", "card", "face+card"])),
            "match-score": G(lambda f: f.r.randint(40, 99)),
            "result": G(lambda f: f.pick(["granted", "granted", "denied"])),
            "denied-reason": G(lambda f: f.pick(["", "induction_expired", "not_on_roster", "anti_passback"])),
            "body-temp-c": Y(lambda f: round(f.r.uniform(35.9, 38.2), 1), "condition"),
            "firmware": G(lambda f: f.pick(["1.9.2", "2.0.1"])),
        },
    ),
    # -- toolbox talks and site communications ------------------------------------------------------
    (
        "track",
        "Toolbox Talk Recorded",
        ["rn"],
        {
            "talk_id": G(lambda f: f.uuid()),
            "topic": G(
                lambda f: f.pick(
                    [
                        "Heat stress",
                        "Working at height",
                        "Silica dust",
                        "Lifting operations",
                        "Manual handling",
                    ]
                )
            ),
            "presenter_name": Y(full_name, "name"),
            "presenter_role": G(lambda f: f.pick(["HSE Officer", "Foreman", "Site Manager"])),
            "language": G(lambda f: f.pick(["Nepali", "Hindi", "English", "Arabic"])),
            "duration_minutes": G(lambda f: f.r.randint(5, 30)),
            "attendee_count": G(lambda f: f.r.randint(3, 60)),
            "attendees": Many(
                {
                    "worker_id": G(worker_id),
                    "name": Y(full_name, "name"),
                    "signed": G(lambda f: f.pick([True, False])),
                    "interpreter_used": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "group_photo_url": Y(lambda f: f"https://media.sitepass.io/talks/{f.hexid(20)}.jpg", "photo"),
            "notes": G(lambda f: f.pick(SAFE_NOTES)),
            "site_code": G(site_code),
            "weather": G(lambda f: f.pick(["sunny 41C", "overcast", "rain", "windy"])),
        },
    ),
    (
        "screen",
        "Toolbox Talk",
        ["swift", "kotlin"],
        {
            "name": G(lambda f: "Toolbox Talk"),
            "talk_id": G(lambda f: f.uuid()),
            "quiz_score": G(lambda f: f.r.randint(0, 10)),
            "quiz_passed": G(lambda f: f.pick([True, False])),
            "video_position_s": G(lambda f: f.r.randint(0, 600)),
        },
    ),
    (
        "screen",
        "Emergency Contacts",
        ["swift", "kotlin"],
        {
            "name": G(lambda f: "Emergency Contacts"),
            "contacts_count": G(lambda f: f.r.randint(0, 3)),
            "previous_screen": G(lambda f: f.pick(["Profile", "Home", "Settings"])),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        ["swift", "kotlin"],
        {
            "label": Y(full_name, "name", True),
            "relation": G(lambda f: f.pick(["wife", "brother", "mother", "son", "friend"])),
            "number": Y(phone, "phone", True),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Method Added",
        ["swift", "kotlin"],
        {
            "contact": {
                "type": G(lambda f: f.pick(["mobile", "whatsapp", "imo"])),
                "value": Y(phone, "phone", True),
                "primary": G(lambda f: f.pick([True, False])),
            },
            "source_screen": G(lambda f: f.pick(["Profile", "Onboarding"])),
        },
    ),
    (
        "track",
        "Message Sent",
        ["rn"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["site-ops", "foremen", "hse"])),
            "text": G(lambda f: f.pick(CHAT_TEXT)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "recipients_count": G(lambda f: f.r.randint(2, 80)),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+97444081200", "+447480780110", "+61480012345", "SitePass"])),
            "To": Y(phone, "phone", True),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        {
            "message_id": G(lambda f: f"<{f.hexid(16)}.{nd(f, 10)}@mail.sitepass.io>"),
            "recipient": Y(email, "email", True),
            "from": G(lambda f: f.pick(["no-reply@sitepass.io", "hse@sitepass.io"])),
            "template": G(lambda f: f.pick(["induction_booked", "card_expiring", "payslip_ready"])),
            "opened": G(lambda f: f.pick([True, False])),
            "bounce_type": G(lambda f: f.pick(["", "soft", "hard"])),
        },
    ),
    # -- incidents, injuries, health ----------------------------------------------------------------
    (
        "track",
        "Incident Reported",
        ["rn"],
        {
            "incident_id": G(lambda f: "INC-" + nd(f, 6)),
            "incident_type": G(
                lambda f: f.pick(
                    ["near_miss", "first_aid", "medical_treatment", "lost_time", "dangerous_occurrence"]
                )
            ),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "occurred_at": G(lambda f: f.iso()),
            "site_code": G(site_code),
            "location_on_site": G(
                lambda f: f.pick(["L3 east core", "Basement B2 ramp", "Laydown area", "Tower crane 2 base"])
            ),
            "reporter_location": {
                "lat": Y(lambda f: remember(f, "pos", site_latlon(f))[0], "geolocation"),
                "lng": Y(lambda f: recall("pos")[1], "geolocation"),
            },
            "injured_person": {
                "name": Y(full_name, "name"),
                "worker_id": G(worker_id),
                "employer": G(lambda f: f.pick(SUBCONTRACTORS)),
                "trade": G(lambda f: f.pick(TRADES)),
                "age": G(lambda f: f.r.randint(19, 60)),
            },
            "injury": {
                "nature": Y(
                    lambda f: f.pick(
                        ["laceration", "fracture", "sprain", "heat exhaustion", "eye foreign body"]
                    ),
                    "diagnosis|condition",
                ),
                "body_part": Y(
                    lambda f: f.pick(["left hand", "right ankle", "lower back", "eye", "head"]),
                    "condition|diagnosis",
                ),
                "treatment": Y(
                    lambda f: f.pick(
                        ["first aid on site", "sutures", "x-ray", "eye irrigation", "hospital admission"]
                    ),
                    "procedure",
                ),
            },
            "witness_name": Y(full_name, "name"),
            "witness_phone": Y(phone, "phone"),
            "description": Y(incident_description, "name", True),
            "photos_count": G(lambda f: f.r.randint(0, 6)),
            "riddor_reportable": G(lambda f: f.pick([True, False])),
            "days_lost": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Injury Treatment Logged",
        ["java"],
        {
            "incident_id": G(lambda f: "INC-" + nd(f, 6)),
            "patient_identifier": RED(
                lambda f: f.pick([nhs_number(f), medicare(f), hmc_card(f)]), "health id"
            ),
            "identifier_scheme": G(lambda f: f.pick(["NHS", "MEDICARE_AU", "HMC"])),
            "treating_facility": G(
                lambda f: f.pick(
                    ["Hamad General Hospital", "Salford Royal", "Westmead Hospital", "Al Khor Hospital"]
                )
            ),
            "treatment": Y(
                lambda f: f.pick(["wound closure", "cast applied", "IV rehydration", "CT scan"]), "procedure"
            ),
            "prescribed_medication": Y(
                lambda f: f.pick(["amoxicillin 500mg", "paracetamol", "ibuprofen 400mg", "tramadol"]),
                "medication",
            ),
            "rx_number": Y(lambda f: "RX" + nd(f, 8), "medication"),
            "work_restrictions": Y(
                lambda f: f.pick(["no lifting over 10kg", "no work at height", "light duties 2 weeks"]),
                "condition",
            ),
            "return_to_work_date": G(lambda f: f.date(2024, 2025)),
            "treating_doctor": Y(lambda f: "Dr " + full_name(f), "name"),
        },
    ),
    (
        "track",
        "Workers Comp Claim Lodged",
        ["ruby"],
        {
            "claim_number": G(lambda f: "WC" + nd(f, 9)),
            "insurer": G(lambda f: f.pick(["icare NSW", "Allianz", "QBE", "GIO"])),
            "policy_number": Y(lambda f: f.pick(["WCN", "P"]) + nd(f, 9), "identification"),
            "injured_worker": {
                "first_name": Y(first_name, "name"),
                "last_name": Y(last_name, "name"),
                "dob": Y(dob, "birthdate"),
                "mobile": Y(lambda f: phone(f, "AU"), "phone"),
                "address": Y(home_address, "address"),
            },
            "medicare_number": RED(medicare, "health id"),
            "piawe": Y(lambda f: round(f.r.uniform(900, 2600), 2), "salary"),
            "gp_name": Y(lambda f: "Dr " + full_name(f, "AU"), "name"),
            "gp_practice": G(lambda f: f.pick(["Granville Medical Centre", "Bayswater Family Practice"])),
            "certificate_of_capacity": G(lambda f: f.pick([True, False])),
            "date_of_injury": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "DrugAlcoholTestCompleted",
        ["dotnet"],
        {
            "TestId": G(lambda f: f.uuid()),
            "TestType": G(lambda f: f.pick(["Random", "PreStart", "PostIncident", "ReasonableCause"])),
            "SiteCode": G(site_code),
            "DonorName": Y(full_name, "name"),
            "DonorWorkerId": G(worker_id),
            "BreathAlcoholResult": Y(
                lambda f: f.pick([0.0, 0.0, 0.0, 0.012, 0.034, 0.051]), "condition|diagnosis"
            ),
            "OralFluidResult": Y(
                lambda f: f.pick(["Negative", "Negative", "NonNegative"]), "diagnosis|condition"
            ),
            "SubstancesDetected": Many(
                Y(lambda f: f.pick(["THC", "Methamphetamine", "Opiates", "Cocaine"]), "diagnosis|condition"),
                2,
            ),
            "CollectorName": Y(full_name, "name"),
            "CollectorAccreditation": Y(lambda f: "AS4760-" + nd(f, 5), "certificate"),
            "ChainOfCustodyNo": G(lambda f: "COC" + nd(f, 7)),
            "ConsentSigned": G(lambda f: True),
            "CompletedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Heat Stress Check",
        ["kotlin"],
        {
            "check_id": G(lambda f: f.uuid()),
            "wbgt_c": G(lambda f: round(f.r.uniform(26, 36), 1)),
            "heart_rate_bpm": Y(lambda f: f.r.randint(70, 165), "condition"),
            "skin_temp_c": Y(lambda f: round(f.r.uniform(34.5, 38.9), 1), "condition"),
            "urine_colour_score": Y(lambda f: f.r.randint(1, 8), "condition"),
            "work_rest_ratio": G(lambda f: f.pick(["45/15", "30/30", "stop work"])),
            "site_code": G(site_code),
            "action_taken": G(lambda f: f.pick(["none", "rest break", "cooling room", "medic called"])),
            "wearable_serial": G(lambda f: "KN" + nd(f, 8)),
        },
    ),
    (
        "track",
        "Medical Fitness Recorded",
        ["dotnet"],
        {
            "MedicalId": G(lambda f: f.uuid()),
            "WorkerId": G(worker_id),
            "FitnessResult": Y(lambda f: f.pick(["Fit", "Fit with restrictions", "Unfit"]), "condition"),
            "ChestXrayClear": Y(lambda f: f.pick([True, True, False]), "condition|diagnosis"),
            "NewOrExpectantMother": Y(lambda f: f.pick([False, False, True]), "condition"),
            "ExaminedAtUtc": G(lambda f: f.iso()),
            "Clinic": G(
                lambda f: f.pick(["QMVC Industrial Area", "Medicentre Manchester", "Healius Parramatta"])
            ),
        },
    ),
    # -- time and attendance ------------------------------------------------------------------------
    (
        "track",
        "Clocked In",
        ["rn", "flutter"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "site_code": G(site_code),
            "method": G(lambda f: f.pick(["geofence", "qr", "face"])),
            "clock_in_lat": Y(lambda f: remember(f, "pos", site_latlon(f))[0], "geolocation"),
            "clock_in_lng": Y(lambda f: recall("pos")[1], "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "inside_geofence": G(lambda f: f.pick([True, True, False])),
            "site_lat": G(lambda f: remember(f, "site", f.pick(SITES))[3]),
            "site_lng": G(lambda f: recall("site")[4]),
            "scheduled_start": G(hhmm),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        ["swift", "kotlin"],
        {
            "timesheet_id": G(lambda f: "TS-" + nd(f, 7)),
            "week_ending": G(week_ending),
            "site_code": G(site_code),
            "total_hours": G(lambda f: f.pick([40, 48, 54, 60, 38.5])),
            "overtime_hours": G(lambda f: f.pick([0, 4, 6, 12])),
            "hourly_rate": Y(lambda f: f.pick([9.5, 12.0, 28.5, 42.0, 55.0]), "salary"),
            "gross_pay": Y(lambda f: round(f.r.uniform(380, 2900), 2), "salary"),
            "approved_by": Y(full_name, "name"),
            "entries": Many(
                {
                    "date": G(lambda f: f.date(2024, 2024)),
                    "clock_in": G(hhmm),
                    "clock_out": G(lambda f: f"{f.r.randint(14, 19):02d}:{f.pick(['00', '30'])}"),
                    "hours": G(lambda f: f.pick([8, 9, 10, 10.5])),
                    "cost_code": G(lambda f: f.pick(["03-300 Concrete", "05-120 Steel", "09-200 Finishes"])),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Timesheet Adjusted",
        ["web"],
        {
            "timesheet_id": G(lambda f: "TS-" + nd(f, 7)),
            "field": G(lambda f: f.pick(["clock_out", "overtime_hours", "break_minutes"])),
            "old_value": G(lambda f: f.pick(["17:00", "0", "30"])),
            "new_value": G(lambda f: f.pick(["18:30", "4", "60"])),
            "note": Y(timesheet_note, "name", True),
        },
    ),
    # -- payroll and payments -----------------------------------------------------------------------
    (
        "track",
        "WPS Salary File Generated",
        ["dotnet"],
        {
            "EmployerEID": G(lambda f: nd(f, 2) + "/" + nd(f, 5) + "/" + nd(f, 2)),
            "PayerQID": RED(qid, "national id"),
            "PayerBankShortName": G(lambda f: f.pick(["QNB", "CBQ", "DB", "QIIB"])),
            "SalaryYearMonth": G(lambda f: f"2024{f.r.randint(1, 12):02d}"),
            "TotalSalaries": G(lambda f: round(f.r.uniform(150000, 4000000), 2)),
            "TotalRecords": G(lambda f: f.r.randint(40, 2200)),
            "SifVersion": G(lambda f: "1.1"),
            "FileName": G(lambda f: f"SIF_{nd(f, 8)}_{f.r.randint(1, 12):02d}2024.csv"),
        },
    ),
    (
        "track",
        "WPS Salary Transfer",
        ["dotnet"],
        {
            "EmployeeQID": RED(qid, "national id"),
            "EmployeeVisaId": RED(lambda f: nd(f, 10), "visa"),
            "EmployeeName": Y(lambda f: full_name(f, f.pick(GULF_WORKFORCE)).upper(), "name"),
            "EmployeeBankShortName": G(lambda f: f.pick(["QNB", "CBQ", "DB", "QIIB", "MSH"])),
            "EmployeeAccount": RED(lambda f: iban(f, "QA"), "bank account"),
            "SalaryFrequency": G(lambda f: "M"),
            "NumberOfWorkingDays": G(lambda f: f.r.randint(22, 31)),
            "NetSalary": Y(money_qar, "salary"),
            "BasicSalary": Y(lambda f: float(f.pick([1000, 1200, 1500, 1800, 2500])), "salary"),
            "ExtraHours": G(lambda f: f.r.randint(0, 60)),
            "ExtraIncome": Y(lambda f: float(f.r.randint(0, 900)), "salary"),
            "Deductions": Y(lambda f: float(f.pick([0, 0, 50, 150, 300])), "salary"),
            "PaymentType": G(lambda f: f.pick(["Normal Payment", "Bonus", "Final Settlement"])),
            "Notes": G(
                lambda f: f.pick(
                    ["", "Ramadan advance recovered", "Includes food allowance", "Annual leave pay"]
                )
            ),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        ["flutter", "kotlin"],
        {
            "payslip_id": G(lambda f: f.uuid()),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "currency": G(lambda f: f.pick(["QAR", "GBP", "AUD"])),
            "net_pay": Y(lambda f: round(f.r.uniform(900, 5200), 2), "salary"),
            "downloaded_pdf": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "CIS Verification Completed",
        ["php"],
        {
            "subcontractor_id": G(lambda f: "SUB-" + nd(f, 5)),
            "trading_name": G(
                lambda f: f.pick(
                    ["CB Plastering", "Evans Groundworks", "Nowak Drylining", "Premier Scaffold"]
                )
            ),
            "utr": RED(utr, "national id"),
            "ni_number": RED(nino, "national id"),
            "verification_number": G(lambda f: "V" + nd(f, 10) + f.pick(["", "/A", "/B"])),
            "tax_treatment": G(lambda f: f.pick(["gross", "net", "higher"])),
            "deduction_rate": G(lambda f: f.pick([0, 20, 30])),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Subcontractor Invoice Approved",
        ["web"],
        {
            "invoice_number": G(lambda f: "INV-" + nd(f, 6)),
            "subcontractor_name": G(lambda f: f.pick(SUBCONTRACTORS)),
            "vat_number": G(lambda f: f.pick(["GB" + nd(f, 9), ""])),
            "amount_ex_tax": G(lambda f: round(f.r.uniform(2000, 250000), 2)),
            "retention_pct": G(lambda f: f.pick([3, 5])),
            "currency": G(lambda f: f.pick(["GBP", "AUD", "QAR"])),
            "approved_by": Y(full_name, "name"),
            "remittance_email": G(
                lambda f: f.pick(["accounts@harbourcivil.example.com.au", "ap@midlandsteel.example.co.uk"])
            ),
            "payment_run_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Remittance Sent",
        ["flutter"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "pathaune_naam": Y(lambda f: full_name(f, "NP"), "name"),
            "prapak_naam": Y(lambda f: full_name(f, "NP"), "name"),
            "prapak_mobile": Y(lambda f: phone(f, "NP"), "phone"),
            "bank_khata_number": RED(lambda f: nd(f, f.pick([14, 16, 19])), "bank account"),
            "bank_ko_naam": G(lambda f: f.pick(["Nabil Bank", "Global IME Bank", "NIC Asia Bank"])),
            "shakha": G(lambda f: f.pick(["Pokhara", "Butwal", "Itahari", "New Road"])),
            "jilla": Y(
                lambda f: f.pick(["Gorkha", "Lamjung", "Jhapa", "Dhading", "Rupandehi"]), "city|address"
            ),
            "nata": G(lambda f: f.pick(["shrimati", "buwa", "aama", "bhai"])),
            "rakam": G(lambda f: f.r.randint(300, 3000)),
            "mudra": G(lambda f: "QAR"),
            "sewa_shulka": G(lambda f: f.pick([15, 20, 25])),
            "exchange_rate": G(lambda f: round(f.r.uniform(36.2, 36.9), 3)),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "naam": Y(first_name, "name"),
            "thar": Y(lambda f: full_name(f, "NP").split(" ")[-1], "name"),
            "buwa_ko_naam": Y(lambda f: full_name(f, "NP"), "name"),
            "janma_miti": Y(
                lambda f: f"20{f.r.randint(25, 62)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 30):02d}",
                "birthdate",
            ),
            "nagarikta_number": RED(np_citizenship, "national id"),
            "rahadani_number": RED(lambda f: passport_no(f, "NP"), "passport"),
            "sthayi_thegana": Y(
                lambda f: f"Ward {f.r.randint(1, 12)}, {f.pick(['Besisahar', 'Gorkha', 'Dhankuta', 'Ilam'])}",
                "address",
            ),
            "bhasa": G(lambda f: "ne"),
            "kaam": G(lambda f: f.pick(TRADES)),
        },
    ),
    # -- camps and transport ------------------------------------------------------------------------
    (
        "track",
        "Room Allocated",
        ["java"],
        {
            "ism_al_amil": Y(lambda f: full_name(f, f.pick(GULF_WORKFORCE)), "name"),
            "raqam_al_hawiya": RED(qid, "national id"),
            "al_jinsiya": Y(lambda f: NATIONALITY[f.pick(GULF_WORKFORCE)], "citizenship"),
            "raqam_al_jawal": Y(lambda f: phone(f, "QA"), "phone"),
            "tarikh_al_milad": Y(dob, "birthdate"),
            "al_mukhayyam": G(
                lambda f: f.pick(["Al Khor Community Camp 3", "Barwa Al Baraha", "Labour City Block 7"])
            ),
            "al_ghurfa": Y(lambda f: f"Block {f.pick('ABCDEF')} / Room {f.r.randint(101, 460)}", "address"),
            "raqam_al_sarir": G(lambda f: f.r.randint(1, 8)),
            "al_kafeel": G(lambda f: f.pick(SUBCONTRACTORS)),
            "tarikh_al_dukhul": G(lambda f: f.date(2023, 2024)),
            "allocation_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Meal Card Scanned",
        ["kiosk"],
        {
            "card_uid": G(lambda f: f.hexid(8).upper()),
            "canteen": G(lambda f: f.pick(["Camp 3 Mess A", "Camp 3 Mess B", "Site Canteen"])),
            "meal_type": G(lambda f: f.pick(["breakfast", "lunch", "dinner", "suhoor", "iftar"])),
            "dietary_requirement": Y(
                lambda f: f.pick(["halal", "jain vegetarian", "no beef", "no pork"]), "religion"
            ),
            "meals_this_month": G(lambda f: f.r.randint(1, 93)),
        },
    ),
    (
        "track",
        "Bus Boarded",
        ["flutter"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "route_code": G(lambda f: f.pick(["R12", "R7", "NIGHT-2"])),
            "bus_plate": Y(plate, "license"),
            "driver_name": Y(full_name, "name"),
            "driver_mobile": Y(lambda f: phone(f, "QA"), "phone"),
            "pickup_point": G(
                lambda f: f.pick(["Camp 3 Gate B", "Barwa Al Baraha Gate 2", "Industrial Area St 24 stop"])
            ),
            "badge_number": G(badge),
            "boarded_count": G(lambda f: f.r.randint(1, 60)),
            "departure_time": G(lambda f: f.pick(["04:45", "05:15", "17:30"])),
        },
    ),
    (
        "track",
        "Maintenance Request Submitted",
        ["swift", "flutter"],
        {
            "request_id": G(lambda f: "MR-" + nd(f, 6)),
            "category": G(lambda f: f.pick(["AC", "plumbing", "electrical", "pest control"])),
            "room": Y(lambda f: f"{f.pick('ABCDEF')}-{f.r.randint(101, 460)}", "address"),
            "issue": G(
                lambda f: f.pick(
                    [
                        "AC not cooling",
                        "Water leak under sink",
                        "Light in corridor broken",
                        "Bed bugs in room",
                    ]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "urgent"])),
            "photo_url": G(lambda f: f"https://media.sitepass.io/maintenance/{f.hexid(16)}.jpg"),
        },
    ),
    (
        "track",
        "Welfare Check Logged",
        ["web"],
        {
            "case_id": G(lambda f: "WF-" + nd(f, 5)),
            "worker_id": G(worker_id),
            "officer_name": Y(full_name, "name"),
            "category": G(lambda f: f.pick(["wages", "accommodation", "family", "other"])),
            "mental_health_referral": Y(lambda f: f.pick([True, False, False]), "condition"),
            "case_notes": Y(welfare_note, "name", True),
            "follow_up_days": G(lambda f: f.pick([3, 7, 14])),
        },
    ),
    (
        "track",
        "Vehicle Prestart Completed",
        ["kotlin"],
        {
            "checklist_id": G(lambda f: f.uuid()),
            "vehicle_type": G(lambda f: f.pick(["ute", "minibus", "telehandler", "tipper"])),
            "rego": Y(plate, "license"),
            "vin": Y(vin, "serial"),
            "odometer_km": G(lambda f: f.r.randint(2000, 280000)),
            "defects_found": G(lambda f: f.r.randint(0, 4)),
            "operator_name": Y(full_name, "name"),
            "operator_licence": Y(
                lambda f: f.pick(["HRW" + nd(f, 7), "LF" + nd(f, 6)]), "license|certificate"
            ),
            "harness_serial": G(lambda f: "HN-2023-" + nd(f, 6)),
        },
    ),
    # -- site operations that carry names of things -------------------------------------------------
    (
        "track",
        "TBM Shift Report",
        ["java"],
        {
            "tbm_name": G(lambda f: f.pick(["Ada", "Phyllis", "Florence", "Nancy", "Kathleen", "Al-Wakra"])),
            "ring_number": G(lambda f: f.r.randint(1, 2400)),
            "advance_mm": G(lambda f: f.r.randint(0, 18000)),
            "face_pressure_bar": G(lambda f: round(f.r.uniform(1.2, 3.5), 2)),
            "shift_supervisor": Y(full_name, "name"),
            "operator_id": G(worker_id),
            "shift": G(lambda f: f.pick(["day", "night"])),
        },
    ),
    (
        "track",
        "Security Patrol Logged",
        ["rn"],
        {
            "patrol_id": G(lambda f: f.uuid()),
            "guard_name": Y(full_name, "name"),
            "dog_name": G(lambda f: f.pick(["Rex", "Bella", "Zeus", "Luna"])),
            "checkpoint": G(lambda f: f.pick(["North gate", "Laydown yard", "Plant compound"])),
            "issues_found": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Observation Webhook",
        ["ruby"],
        {
            "procore": {
                "ulid": G(lambda f: "01H" + f.hexid(23).upper()),
                "timestamp": G(lambda f: f.iso()),
                "company_id": G(lambda f: f.r.randint(10000, 99999)),
                "project_id": G(lambda f: f.r.randint(100000, 999999)),
                "user_id": G(lambda f: f.r.randint(1000000, 9999999)),
                "event_type": G(lambda f: f.pick(["create", "update", "delete"])),
                "resource_name": G(lambda f: "Observations"),
                "resource_id": G(lambda f: f.r.randint(10**6, 10**8)),
                "api_version": G(lambda f: "v2"),
            },
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Cannot log in to kiosk",
                            "Induction video will not play",
                            "Payslip missing",
                            "Card reader offline",
                        ]
                    )
                ),
                "requester": Y(email, "email", True),
                "via": G(lambda f: f.pick(["web", "email", "mobile"])),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "tags": Many(G(lambda f: f.pick(["kiosk", "payroll", "app", "qatar", "uk"])), 3),
                "created_at": G(lambda f: f.iso()),
            },
        },
    ),
    # -- search and sign-in -------------------------------------------------------------------------
    (
        "track",
        "Worker Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([full_name(f), last_name(f).lower(), first_name(f)]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "trade": G(lambda f: f.pick([*TRADES, ""])),
                "site": G(lambda f: f.pick([site_code(f), ""])),
            },
        },
    ),
    (
        "track",
        "Document Library Searched",
        ["web", "swift"],
        {
            "query": G(
                lambda f: f.pick(
                    ["hot works permit", "SWMS formwork", "crane lift plan", "emergency plan L3"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["node"],
        {
            "phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "otp": RED(lambda f: nd(f, 6), "token"),
            "expires_in": G(lambda f: 300),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "flutter"],
        {
            "method": G(lambda f: f.pick(["otp", "password", "face_id"])),
            "otp_length": G(lambda f: 6),
            "biometric_login": G(lambda f: f.pick([True, False])),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        {
            "email": Y(email, "email"),
            "reset_link": RED(lambda f: "https://app.sitepass.io/reset?token=" + f.hexid(40), "token"),
            "requested_from": G(lambda f: f.pick(["login_page", "admin_console"])),
        },
    ),
    (
        "track",
        "Portal Account Created",
        ["php"],
        {
            "email": Y(email, "email"),
            "company_name": G(lambda f: f.pick(SUBCONTRACTORS)),
            "password": RED(
                lambda f: f.pick(["Welcome2024!", "Qatar@123", "Scaff0ld!ng", "Harbour#88"]), "password"
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_accepted": G(lambda f: True),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- PPE and course shop (Segment e-commerce spec) ----------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {"query": G(lambda f: f.pick(["safety boots", "white card", "hi vis", "first aid course"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["web"],
        {
            **products_item(),
            "currency": G(lambda f: f.pick(["GBP", "AUD", "QAR"])),
            "value": G(lambda f: f.money(5, 600)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web"],
        {"cart_id": G(lambda f: f.uuid()), **products_item()},
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "SO-" + nd(f, 7)),
            "value": G(lambda f: f.money(10, 900)),
            "revenue": G(lambda f: f.money(10, 900)),
            "shipping": G(lambda f: f.money(0, 25)),
            "tax": G(lambda f: f.money(0, 60)),
            "coupon": G(lambda f: f.pick(["", "BULK10", "CITB5"])),
            "currency": G(lambda f: f.pick(["GBP", "AUD", "QAR"])),
            "products": Many(products_item(), 4),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "SO-" + nd(f, 7)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "invoice"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: nd(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(full_name, "name"),
            "billing_address": {
                "line1": Y(street_line, "address|street"),
                "city": Y(lambda f: f.pick(["Leeds", "Parramatta", "Doha", "Perth"]), "city"),
                "postal_code": Y(lambda f: f.pick([uk_postcode(f), au_postcode(f)]), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "AU", "QA"])),
            },
        },
    ),
    (
        "track",
        "Card Payment Captured",
        ["php"],
        {
            "order_id": G(lambda f: "SO-" + nd(f, 7)),
            "gateway": G(lambda f: "legacy_eway"),
            "card_number": RED(card_number, "credit card"),
            "card_bin": G(lambda f: f.pick(["457173", "542418", "376010"])),
            "auth_code": G(lambda f: nd(f, 6)),
            "amount": G(lambda f: f.money(10, 900)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "SO-" + nd(f, 7)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(10, 900)),
            "subtotal": G(lambda f: f.money(10, 900)),
            "tax": G(lambda f: f.money(0, 60)),
            "currency": G(lambda f: f.pick(["GBP", "AUD", "QAR"])),
            "products": Many(products_item(), 4),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street_line, "address|street"),
                "city": Y(lambda f: f.pick(["Salford", "Granville", "Doha", "Bayswater"]), "city"),
                "postal_code": Y(lambda f: f.pick([uk_postcode(f), au_postcode(f)]), "zipcode"),
                "country": G(lambda f: f.pick(["GB", "AU", "QA"])),
            },
            "deliver_to_site": G(lambda f: f.pick([True, False])),
            "site_delivery_contact": G(
                lambda f: f.pick(["+974 4444 1200", "+44 161 496 0800", "Site office"])
            ),
            "course_booking_ref": G(lambda f: "CB" + nd(f, 6)),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        {
            "order_id": G(lambda f: "SO-" + nd(f, 7)),
            "refund_amount": G(lambda f: f.money(5, 600)),
            "reason": G(lambda f: f.pick(["course cancelled", "wrong size", "duplicate"])),
        },
    ),
]

ALIAS_CLIENTS = ["web", "swift", "python"]


def message(f: Fake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid()
        if client in ("web", "rn", "swift", "kotlin", "kiosk", "flutter")
        else f"{client}-{f.uuid()}",
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": worker_id(f) if f.r.random() < 0.85 else "usr_" + f.hexid(12),
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "org_" + nd(f, 5)
    section = "traits" if kind in ("identify", "group") else "properties"
    msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            events.append(message(f, kind, event, f.pick(clients), body, labels))
        for _ in range(2):
            alias = {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": worker_id(f),
            }
            alias["context"] = render(context_for(f, f.pick(ALIAS_CLIENTS)), f, "context", labels)
            events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=255, repeats=30)
    write(Path(__file__).parent, "holdout255_", events, labels)
