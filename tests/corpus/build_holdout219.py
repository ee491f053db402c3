"""Writes holdout219: tests/corpus/holdout219_events.jsonl and holdout219_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels; only build.py / fake.py (helpers), build_holdout3.py (format) and the reference's
default matcher table (REFERENCE.md, DESIGN.md) were read. Nobody has scored it while it was being
written.

Domain: a visa and immigration consultancy working in India, Canada and the UAE ("VisaBridge").
Client web portal (analytics.js), client apps (analytics-swift, analytics-kotlin,
analytics-react-native, analytics-flutter) and back ends (python CRM, node API and webhooks, go
telephony and biometrics services, java reverse-ETL and insurance, ruby mail ingest, php WordPress
lead forms, .NET UAE back office). Covers client profiles (passport, MRZ scans, education, work
history, language tests, family members and dependants), eligibility checks, visa applications,
document uploads and KYC vendor decisions, biometrics and medical appointments, fees and payments
(cards, UPI, Razorpay and Stripe shapes, refunds to bank accounts and IBANs, GST invoices), case
notes, embassy and client correspondence (inbound mail, SMS, WhatsApp Cloud API, call webhooks),
settlement services after landing, ad attribution and e-commerce spec events for service packages.

Conventions: mostly camelCase and snake_case; about 15 % of paths in other conventions real
customers have: PascalCase (.NET back office), kebab-case (document microservice),
SCREAMING_SNAKE (warehouse columns synced by reverse ETL), romanized Hindi and Devanagari keys
(Indian lead forms) and Arabic keys (a UAE enquiry form).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the client, a dependant, a referee, a supervisor, an
  emergency contact, a staff member (consultants, verifiers, agents). Colour = the reference's
  default for the matcher; outside the table red for credentials/secrets, card numbers, bank
  accounts (incl. UPI VPAs, which address a bank account), government ids and health ids; yellow
  otherwise (geolocation, advertising id, credit score).
- Green: ids we or a vendor issue (case, order, invoice, payment `pay_`/`pi_`, message, call ids,
  UUIDs), SKUs, versions, timestamps, hashes, amounts, enums, counters and booleans under
  PII-sounding keys, products and service packages, universities, employers, job titles, test
  centres, VFS centres, embassies and the consultancy's own branches (their addresses, phones and
  role mailboxes), country / state / emirate / province, locale, timezone, currency, user agents,
  OS-issued device ids, IFSC / SWIFT / transit numbers, card brand / BIN / last four / expiry,
  pets and their microchips, a business's GSTIN and trade licence.
- The contested-cases policy of the brief is applied as written (loyalty/member/claim numbers,
  ages, marital status, job titles green; insurance policy numbers yellow identification; salary
  yellow; credit score yellow; plates yellow license; gclid/fbclid/fbp/fbc yellow advertising id;
  billing addresses yellow address; pm_ tokens, OTPs, magic-link tokens red token; health card
  numbers red health id; identity document numbers red national id / passport; right to work /
  sponsorship answers red visa).
- Rules decided here for this domain (a careful privacy owner's choice):
  * The person's own immigration status or history (current status, holds a work permit, needs
    sponsorship, refused before, PR status, a UAE residence visa file or labour card number) is red
    `visa`. The consultancy's service package and the visa category a case is filed under are
    product enums: green.
  * IRCC application numbers, VFS / biometrics references, WES references and IELTS candidate
    numbers are case numbers an organisation issues: green. The IRCC UCI, Aadhaar (and its last
    four), PAN, SIN, Emirates ID and PR card number identify the person: red `national id`.
  * Certificate numbers held by the person (IELTS TRF, degree certificate, police clearance
    certificate) are yellow `certificate`. A consultant's RCIC licence number is yellow `license`.
  * Place of birth is the person's: yellow `city`. Passport / ID expiry and issue country: green.
  * Language-test bands, CRS scores, GPAs and years of experience are scores: green.
  * An APNs push token in context.device.token is red `token`.
  * A declared medical condition (including "none declared") and pregnancy are yellow `condition`;
    needing wheelchair access is red `disability`; medications yellow `medication`.
  * The last four digits of an Aadhaar number (like an SSN's) are red `national id`.
  * MRZ lines carry the passport number: red `passport`, not value_only (the key names the MRZ).
- value_only is true only when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `body`, `from`, `description`, `wa_id`); such a PII path holds that PII in
  every value. Free text is labelled by what every one of its values carries (green when none
  does). The type is `a|b` when either name is fair: each value is one kind or the other (a CRM
  search box holding e-mails or phone numbers) or carries both (an embassy letter with the
  client's name and UCI), and then the colour is the stricter one.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

NAMES = {
    "in": (
        [
            "Aarav",
            "Priya",
            "Rohan",
            "Ananya",
            "Vikram",
            "Lakshmi",
            "Sandeep",
            "Meenakshi",
            "Arjun",
            "Kavya",
            "Sneha",
            "Rahul",
            "Deepika",
            "Siddharth",
            "Karthik",
            "Divya",
            "Joydeep",
            "Tanvi",
            "Nikhil",
            "Aditi",
        ],
        [
            "Sharma",
            "Patel",
            "Iyer",
            "Reddy",
            "Nair",
            "Menon",
            "Chatterjee",
            "Banerjee",
            "Deshpande",
            "Kulkarni",
            "Joshi",
            "Pillai",
            "Rao",
            "Chaudhary",
            "Verma",
            "Bhattacharya",
            "Shah",
            "Mehta",
        ],
    ),
    "pb": (
        ["Harpreet", "Gurpreet", "Manpreet", "Simranjeet", "Jaskaran", "Navdeep", "Amandeep", "Rajvir"],
        ["Singh", "Kaur", "Gill", "Sandhu", "Dhillon", "Grewal", "Brar", "Sidhu"],
    ),
    "in_mus": (
        ["Farhan", "Ayesha", "Imran", "Zoya", "Sameer"],
        ["Qureshi", "Khan", "Siddiqui", "Ansari", "Shaikh"],
    ),
    "ar": (
        [
            "Mohammed",
            "Fatima",
            "Ahmed",
            "Mariam",
            "Khalid",
            "Noura",
            "Omar",
            "Layla",
            "Yousef",
            "Aisha",
            "Hamdan",
            "Salma",
            "Tariq",
            "Huda",
            "Rania",
        ],
        [
            "Al Mansoori",
            "Al Nuaimi",
            "Haddad",
            "Khoury",
            "El-Sayed",
            "Al Hashimi",
            "Nasser",
            "Abdullah",
            "Al Suwaidi",
            "Farouk",
            "Saleh",
            "Al Marzouqi",
        ],
    ),
    "ph": (
        ["Maria", "Jose", "Angelica", "Mark Anthony", "Jocelyn"],
        ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva"],
    ),
    "pk": (["Bilal", "Hira", "Usman", "Sana"], ["Ahmed", "Malik", "Chaudhry", "Butt"]),
    "np": (["Sujan", "Pooja", "Bikash", "Sabina"], ["Shrestha", "Gurung", "Thapa", "Tamang"]),
    "ng": (["Chinedu", "Funmilayo", "Emeka", "Ngozi"], ["Okeke", "Adeyemi", "Okafor", "Balogun"]),
    "cn": (["Wei", "Li Na", "Jun", "Xiaoling"], ["Zhang", "Wang", "Liu", "Chen"]),
    "vn": (["Lan", "Anh", "Minh", "Thu"], ["Nguyen", "Tran", "Pham", "Le"]),
    "ir": (["Reza", "Shirin", "Arash"], ["Tehrani", "Hosseini", "Karimi"]),
    "lk": (["Dilshan", "Nimali", "Kasun"], ["Perera", "Fernando", "Jayasuriya"]),
    "bd": (["Tanvir", "Nusrat", "Rafiq"], ["Hossain", "Rahman", "Islam"]),
    "ua": (["Oksana", "Dmytro", "Iryna"], ["Kovalenko", "Shevchenko", "Bondarenko"]),
    "br": (["João", "Ana Clara", "Thiago"], ["Pereira", "Oliveira", "Souza"]),
    "ca": (
        ["Emily", "Liam", "Sophie", "Étienne", "Olivia"],
        ["Tremblay", "MacDonald", "Gagnon", "O'Connor", "Wilson"],
    ),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon"], ["Park", "Kim", "Lee"]),
    "ke": (["Wanjiru", "Otieno", "Achieng"], ["Kamau", "Odhiambo", "Mwangi"]),
    "mx": (["Guadalupe", "Alejandro", "Sofía"], ["Hernández", "García", "Martínez"]),
    "tr": (["Mehmet", "Elif", "Emre"], ["Y\u0131lmaz", "Kaya", "Demir"]),
    "za": (["Thandiwe", "Sipho"], ["Dlamini", "Nkosi"]),
}
CULTURES = (
    ["in"] * 6
    + ["pb"] * 4
    + ["in_mus"] * 2
    + ["ar"] * 4
    + ["ph"] * 2
    + ["pk"] * 2
    + ["np", "ng", "cn", "vn", "ir", "lk", "bd", "ua", "br", "ca", "ca", "kr", "ke", "mx", "tr", "za"]
)
DEVANAGARI_NAMES = [
    "राहुल शर्मा",
    "प्रिया पटेल",
    "अंकित वर्मा",
    "सुनीता देवी",
    "मनोज कुमार",
    "पूजा सिंह",
    "अमनदीप कौर",
    "विकास यादव",
    "नेहा गुप्ता",
    "संजय मिश्रा",
]
ARABIC_NAMES = [
    "محمد المنصوري",
    "فاطمة الهاشمي",
    "أحمد الخوري",
    "مريم النعيمي",
    "خالد السويدي",
    "نورة عبدالله",
    "يوسف الحداد",
    "ليلى ناصر",
    "عمر صالح",
    "هدى المرزوقي",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.co.in",
    "outlook.com",
    "hotmail.com",
    "rediffmail.com",
    "icloud.com",
    "yahoo.ca",
    "proton.me",
]
CITIES = {
    "in": [
        "Mumbai",
        "Pune",
        "Bengaluru",
        "Chandigarh",
        "Ludhiana",
        "Ahmedabad",
        "Hyderabad",
        "Kochi",
        "Jalandhar",
        "New Delhi",
        "Chennai",
        "Kolkata",
        "Amritsar",
        "Vadodara",
    ],
    "ae": ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"],
    "ca": [
        "Toronto",
        "Brampton",
        "Mississauga",
        "Surrey",
        "Vancouver",
        "Calgary",
        "Winnipeg",
        "Halifax",
        "Montréal",
        "Edmonton",
        "Ottawa",
    ],
}
BRANCHES = [
    {
        "name": "VisaBridge Andheri",
        "address": "Unit 504, Kanakia Wall Street, Andheri-Kurla Road",
        "city": "Mumbai",
        "phone": "+91 22 4890 1200",
    },
    {
        "name": "VisaBridge Chandigarh",
        "address": "SCO 112-113, Sector 17-C",
        "city": "Chandigarh",
        "phone": "+91 172 470 5500",
    },
    {
        "name": "VisaBridge Dubai",
        "address": "Office 1407, Bay Square Building 3, Business Bay",
        "city": "Dubai",
        "phone": "+971 4 556 7300",
    },
    {
        "name": "VisaBridge Toronto",
        "address": "Suite 2100, 200 Bay St",
        "city": "Toronto",
        "phone": "+1 416-800-4412",
    },
]
VACS = [
    (
        "VFS Global Canada VAC - New Delhi",
        "Shivaji Stadium Metro Station, Baba Kharak Singh Marg",
        "New Delhi",
        "+91 22 6786 6013",
    ),
    (
        "VFS Global Canada VAC - Chandigarh",
        "SCO 11-12, Sector 9-D, Madhya Marg",
        "Chandigarh",
        "+91 172 461 0300",
    ),
    ("VFS Global Canada VAC - Mumbai", "Trade Centre, Bandra Kurla Complex", "Mumbai", "+91 22 6786 6013"),
    ("VFS Global Canada VAC - Dubai", "Wafi Mall, Level 2, Oud Metha", "Dubai", "+971 4 205 6000"),
]
UNIVERSITIES = [
    "University of Mumbai",
    "Panjab University",
    "Anna University",
    "IIT Bombay",
    "Amity University Dubai",
    "University of Toronto",
    "Seneca Polytechnic",
    "Humber College",
    "Manipal Academy of Higher Education",
    "University of Sharjah",
    "Delhi University",
]
EMPLOYERS = [
    "Infosys",
    "Tata Consultancy Services",
    "Emirates NBD",
    "Wipro",
    "HDFC Bank",
    "Emaar",
    "Apollo Hospitals",
    "Dubai Health Authority",
    "Shoppers Drug Mart",
    "Accenture",
    "Majid Al Futtaim",
]
JOB_TITLES = [
    "Software Engineer",
    "Registered Nurse",
    "Accountant",
    "Sales Manager",
    "Welder",
    "Data Analyst",
    "Chef de Partie",
    "Civil Engineer",
    "Truck Driver",
    "Pharmacist",
]
PACKAGES = [
    ("PKG-EE-STD", "Express Entry Standard", "Canada PR"),
    ("PKG-EE-PLUS", "Express Entry Plus (with ECA)", "Canada PR"),
    ("PKG-SP-CA", "Canada Study Permit", "Study"),
    ("PKG-VV-CA", "Canada Visitor Visa", "Visit"),
    ("PKG-GV-AE", "UAE Golden Visa Advisory", "UAE Residency"),
    ("PKG-SPS-CA", "Spousal Sponsorship", "Family"),
    ("PKG-PNP-ON", "Ontario PNP Filing", "Canada PR"),
]
PROGRAMS = [
    "Express Entry - FSW",
    "Express Entry - CEC",
    "Study Permit",
    "Visitor Visa (TRV)",
    "PGWP",
    "Spousal Sponsorship",
    "UAE Golden Visa",
    "UAE Green Visa",
    "Ontario PNP",
]
DOC_TYPES = [
    "passport_bio_page",
    "ielts_trf",
    "eca_report",
    "bank_statement",
    "employment_letter",
    "marriage_certificate",
    "birth_certificate",
    "police_clearance",
    "photo",
    "payslip",
]


def culture(f: Fake) -> tuple[list[str], list[str]]:
    return NAMES[f.pick(CULTURES)]


def first(f: Fake) -> str:
    return f.pick(culture(f)[0])


def last(f: Fake) -> str:
    return f.pick(culture(f)[1])


def full(f: Fake) -> str:
    firsts, lasts = culture(f)
    return f"{f.pick(firsts)} {f.pick(lasts)}"


ASCII = str.maketrans("ãáéíóúıÉç", "aaeiouiEc", " '-")


def email(f: Fake) -> str:
    firsts, lasts = culture(f)
    user, tail = f.pick(firsts).lower().translate(ASCII), f.pick(lasts).lower().translate(ASCII)
    sep = f.pick([".", "_", "", ""])
    num = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1985, 2004))])
    return f"{user}{sep}{tail[:8]}{num}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    firsts, lasts = culture(f)
    user, tail = f.pick(firsts).lower().translate(ASCII), f.pick(lasts).lower().translate(ASCII)
    return f"{user}.{tail[:7]}@visabridge.example.com"


def work_email(f: Fake, domains: list[str]) -> str:
    firsts, lasts = culture(f)
    user, tail = f.pick(firsts).lower().translate(ASCII), f.pick(lasts).lower().translate(ASCII)
    return f"{user}.{tail[:6]}@{f.pick(domains)}"


def phone(f: Fake, country=None) -> str:
    r = f.r
    country = country or f.pick(["in", "in", "in", "ae", "ae", "ca", "ph", "pk", "np", "ng"])
    if country == "in":
        n = f"{r.choice('6789')}{r.randint(0, 9999):04d}{r.randint(0, 99999):05d}"
        return f.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n}", f"{n[:5]}-{n[5:]}", f"+91-{n}"])
    if country == "ae":
        p, n = f.pick(["50", "52", "54", "55", "56", "58"]), f"{r.randint(1000000, 9999999)}"
        return f.pick([f"+971 {p} {n[:3]} {n[3:]}", f"+971{p}{n}", f"0{p} {n[:3]} {n[3:]}", f"00971 {p} {n}"])
    if country == "ca":
        a, e, l4 = (
            f.pick(["416", "647", "437", "905", "604", "778", "403", "204"]),
            r.randint(200, 999),
            r.randint(0, 9999),
        )
        return f.pick(
            [f"+1 {a}-{e}-{l4:04d}", f"({a}) {e}-{l4:04d}", f"+1{a}{e}{l4:04d}", f"{a}.{e}.{l4:04d}"]
        )
    if country == "ph":
        return f"+63 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    if country == "pk":
        return f"+92 3{r.randint(0, 49):02d} {r.randint(1000000, 9999999)}"
    if country == "np":
        return f"+977 98{r.randint(0, 9)}-{r.randint(1000000, 9999999)}"
    return f"+234 80{r.randint(2, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"


def e164(f: Fake) -> str:
    r = f.r
    country = f.pick(["in", "in", "ae", "ca"])
    if country == "in":
        return f"+91{r.choice('6789')}{r.randint(0, 999999999):09d}"
    if country == "ae":
        return f"+971{f.pick(['50', '52', '54', '55', '56', '58'])}{r.randint(1000000, 9999999)}"
    area = f.pick(["416", "647", "437", "905", "604", "778", "403"])
    return f"+1{area}{r.randint(200, 999)}{r.randint(0, 9999):04d}"


def wa_number(f: Fake) -> str:
    return e164(f)[1:]


def street(f: Fake, country=None) -> str:
    r = f.r
    country = country or f.pick(["in", "in", "ae", "ca"])
    if country == "in":
        return (
            f"{f.pick(['Flat', 'House No.', 'B-', 'Plot'])} {r.randint(1, 999)}, "
            f"{f.pick(['Sai Krupa Apartments', 'Green Park Society', 'Sector 22', 'Model Town'])}, "
            f"{f.pick(['14th Cross, Indiranagar', 'MG Road', 'Near Gurudwara', 'Baner Road', 'Phase 2'])}"
        )
    if country == "ae":
        return f.pick(
            [
                f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}, Al Barsha {r.randint(1, 3)}",
                f"Apt {r.randint(101, 4200)}, Marina Heights Tower, Dubai Marina",
                f"Flat {r.randint(101, 2400)}, Al Taawun Street, Al Khan",
                f"Building {r.randint(1, 60)}, Mohammed Bin Zayed City, Zone {r.randint(1, 30)}",
            ]
        )
    return f.pick(
        [
            f"{r.randint(1, 3000)}-{r.randint(10, 999)} "
            f"{f.pick(['Harbour St', 'Bloor St W', 'Kingsway', 'Queen St E'])}",
            f"{r.randint(10, 9999)} {f.pick(['Sandalwood Pkwy', 'Dundas St W', '152 St', 'Portage Ave'])}",
        ]
    )


def pin(f: Fake) -> str:
    return f"{f.r.randint(1, 8)}{f.r.randint(10000, 99999)}"


def ca_postal(f: Fake) -> str:
    L, d = "ABCEGHJKLMNPRSTVXY", f.r.randint
    return f"{f.pick('KLMNTV')}{d(0, 9)}{f.pick(L)} {d(0, 9)}{f.pick(L)}{d(0, 9)}"


def postcode(f: Fake) -> str:
    return f.pick([pin(f), pin(f), ca_postal(f)])


def city(f: Fake) -> str:
    return f.pick(CITIES[f.pick(["in", "in", "ae", "ca"])])


def dob(f: Fake, lo=1965, hi=2004) -> str:
    return f.date(lo, hi)


def passport(f: Fake) -> str:
    r = f.r
    kind = f.pick(["in", "in", "in", "ca", "ph", "pk", "ae"])
    if kind == "in":
        return f.pick("ABCJKLMNPRSTUVWZ") + f"{r.randint(1000000, 9999999)}"
    if kind == "ca":
        return f.pick(["AB", "GA", "HK", "P"]) + f"{r.randint(100000, 999999)}"
    if kind == "ph":
        return f"P{r.randint(1000000, 9999999)}{f.pick('ABC')}"
    if kind == "pk":
        return f"{f.pick(['AB', 'CV', 'FD'])}{r.randint(1000000, 9999999)}"
    return f"{f.pick('ABN')}{r.randint(1000000, 9999999)}"


_D = [
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
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(f: Fake, spaced=None) -> str:
    body = str(f.r.randint(2, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    n = body + str(_INV[c])
    spaced = f.r.random() < 0.6 if spaced is None else spaced
    return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n


def pan(f: Fake) -> str:
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(f.pick(L) for _ in range(3)) + "P" + f.pick(L) + f"{f.r.randint(1000, 9999)}" + f.pick(L)


def sin(f: Fake) -> str:
    n = f.luhn_complete(f.pick("12345679") + "".join(str(f.r.randint(0, 9)) for _ in range(7)))
    return f.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def emirates_id(f: Fake) -> str:
    n = f.luhn_complete(f"784{f.r.randint(1965, 2005)}{f.r.randint(1000000, 9999999)}")
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}" if f.r.random() < 0.7 else n


def uci(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"{r.randint(1000000000, 9999999999)}",
        ]
    )


def ircc_app(f: Fake) -> str:
    return f.pick(["E", "W", "S", "V", "F"]) + f"{f.r.randint(300000000, 399999999)}"


def ohip(f: Fake) -> str:
    n = f.r.randint(1000000000, 9999999999)
    s = str(n)
    return f.pick(
        [f"{s[:4]}-{s[4:7]}-{s[7:]}-{f.pick(['AB', 'KX', 'HM'])}", f"{s}{f.pick(['AB', 'KX', 'HM'])}", s]
    )


def trf(f: Fake) -> str:
    centre = f.pick(["IN", "AE", "CA"])
    tag = last(f).upper().replace(" ", "")[:4].ljust(4, "X")
    return f"{f.r.randint(22, 24)}{centre}{f.r.randint(1000, 999999):06d}{tag}{f.r.randint(1, 999):03d}A"


def card(f: Fake) -> str:
    if f.r.random() < 0.3:
        n = f.luhn_complete(
            f.pick(["6521", "6082", "8172"]) + "".join(str(f.r.randint(0, 9)) for _ in range(11))
        )
        return " ".join(n[i : i + 4] for i in range(0, 16, 4)) if f.r.random() < 0.5 else n
    return f.card()


def iban_ae(f: Fake) -> str:
    bban = f.pick(["033", "026", "030", "035"]) + "".join(str(f.r.randint(0, 9)) for _ in range(16))
    numeric = "".join(str(int(c, 36)) for c in bban + "AE00")
    raw = f"AE{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def bank_acct_in(f: Fake) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(f.pick([11, 12, 14, 15]))).lstrip("0") or "1"


def ifsc(f: Fake) -> str:
    return f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB"]) + "0" + f"{f.r.randint(0, 999999):06d}"


def vpa(f: Fake) -> str:
    user = f.pick([email(f).split("@")[0], "".join(c for c in phone(f, "in") if c.isdigit())[-10:]])
    return f"{user}@{f.pick(['okhdfcbank', 'okicici', 'oksbi', 'ybl', 'paytm', 'axl', 'ibl'])}"


def ipv4(f: Fake) -> str:
    return f.pick(
        [
            f.ipv4(),
            f"{f.pick(['49.36', '103.21', '106.51', '117.96', '94.200', '86.98', '99.230'])}."
            f"{f.r.randint(0, 255)}.{f.r.randint(1, 254)}",
        ]
    )


def ip_any(f: Fake) -> str:
    return ipv4(f) if f.r.random() < 0.8 else f"2405:201:{f.hexid(4)}:{f.hexid(4)}:{f.hexid(4)}::{f.hexid(3)}"


def lat(f: Fake) -> float:
    return round(f.pick([19.07, 28.61, 30.73, 25.2, 24.45, 43.65, 49.19, 12.97]) + f.r.uniform(-0.2, 0.2), 6)


def lon(f: Fake) -> float:
    return round(
        f.pick([72.87, 77.2, 76.77, 55.27, 54.37, -79.38, -122.85, 77.59]) + f.r.uniform(-0.2, 0.2), 6
    )


def iso(f: Fake) -> str:
    return f.iso()


def b64id(f: Fake, n: int) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(f.pick(alnum) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQi" + b64id(f, 70) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + b64id(f, 55)


def money(f: Fake, lo, hi, step=1):
    return round(f.r.uniform(lo, hi) / step) * step


# -- contexts -----------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A346E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
PAGES = [
    ("/", "VisaBridge | Immigration made simple"),
    ("/eligibility", "Check your CRS score - VisaBridge"),
    ("/book", "Book a consultation - VisaBridge"),
    ("/portal/case", "My case - VisaBridge Portal"),
    ("/checkout", "Checkout - VisaBridge"),
    ("/ae/golden-visa", "UAE Golden Visa - VisaBridge"),
    ("/portal/documents", "Documents - VisaBridge Portal"),
]
TZ = ["Asia/Kolkata", "Asia/Dubai", "America/Toronto", "America/Vancouver", "Asia/Kolkata"]
LOCALES = ["en-IN", "hi-IN", "en-AE", "ar-AE", "en-CA", "fr-CA", "pa-IN"]


def web_context(f: Fake):
    path, title = f.pick(PAGES)
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://visabridge.example.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=hi", "?step=2"])),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://visabridge.example.com" + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZ)),
        "ip": Y(ip_any, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(
                    ["canada_pr_2024", "golden_visa_uae", "study_fall24", "webinar_express_entry"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["canada pr consultant", "express entry crs", "golden visa dubai", "study visa canada"]
                )
            ),
            "content": G(lambda f: f.pick(["carousel_1", "video_30s", "hero_cta"])),
        }
    return ctx


def mobile_traits(f: Fake):
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": G(lambda f: "vb_" + f.digits(7)),
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
    }


def ios_context(f: Fake):
    device = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
    }
    if f.r.random() < 0.5:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        device["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.4:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx = {
        "app": {
            "name": G(lambda f: "VisaBridge"),
            "version": G(lambda f: f.pick(["3.4.0", "3.4.2", "3.5.0"])),
            "build": G(lambda f: f.pick(["812", "830", "851"])),
            "namespace": G(lambda f: "com.visabridge.client"),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.2"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(TZ)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip_any, "ip"),
    }
    if f.r.random() < 0.7:
        ctx["traits"] = mobile_traits(f)
    return ctx


def android_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "VisaBridge"),
            "version": G(lambda f: f.pick(["3.4.0", "3.4.1", "3.5.0"])),
            "build": G(lambda f: f.pick(["340012", "341003", "350001"])),
            "namespace": G(lambda f: "com.visabridge.client"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "Google", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A546E", "2201117PI", "CPH2451", "Pixel 7", "V2231"])),
            "name": G(lambda f: f.pick(["a54x", "spes", "OP5958L1", "panther"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio", "Airtel", "Vi India", "du", "Etisalat", "Rogers"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: f.pick(TZ)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2451 Build/TP1A.220905.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; 2201117PI Build/SKQ1.211006.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.35:
        ctx["location"] = {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        }
    return ctx


def rn_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "VisaBridge"),
            "version": G(lambda f: f.pick(["3.4.0", "3.5.0", "3.3.9"])),
            "build": G(lambda f: f.pick(["812", "851", "340012"])),
            "namespace": G(lambda f: "com.visabridge.client"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-M346B", "23053RN02I"])),
            "name": G(lambda f: f.pick(["iPhone", "m34x", "fire"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TZ)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.3:
        ctx["location"] = {"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")}
    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "VisaBridge Pets & Family"),
            "version": G(lambda f: f.pick(["1.2.0", "1.2.3", "1.3.0"])),
            "build": G(lambda f: f.pick(["45", "48", "52"])),
            "namespace": G(lambda f: "com.visabridge.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-S918B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 411])), "height": G(lambda f: f.pick([852, 891]))},
        "timezone": G(lambda f: f.pick(TZ)),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "py": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: Fake, client: str):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "py", "php") and f.r.random() < 0.6:
        ctx["ip"] = Y(ip_any, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if client == "py" and f.r.random() < 0.3:
        ctx["traits"] = {"email": Y(email, "email"), "userId": G(lambda f: "vb_" + f.digits(7))}
    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": ios_context,
    "android": android_context,
    "rn": rn_context,
    "flutter": flutter_context,
}

# -- event bodies -------------------------------------------------------------------------------

MOBILE = ["ios", "android", "rn"]


def package_product():
    return {
        "product_id": G(lambda f: f.pick(PACKAGES)[0]),
        "sku": G(lambda f: f.pick(PACKAGES)[0] + "-" + f.pick(["IN", "AE", "CA"])),
        "name": G(lambda f: f.pick(PACKAGES)[1]),
        "category": G(lambda f: f.pick(PACKAGES)[2]),
        "price": G(lambda f: money(f, 4999, 189999, 1000) - 1),
        "quantity": G(lambda f: f.pick([1, 1, 2])),
        "variant": G(lambda f: f.pick(["single applicant", "with spouse", "family of 4"])),
    }


def case_note(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"Client called from new number {p}, asked about biometrics slot.",
            f"Spoke with spouse on {p}; ECA report expected next week.",
            f"Left voicemail at {p} re: missing bank statements.",
            f"Per client, reach on WhatsApp {p} after 6pm IST.",
            f"Callback requested on {p} - refusal letter review.",
        ]
    )


def ticket_text(f: Fake) -> str:
    pp = passport(f)
    return f.pick(
        [
            f"Please update my passport number to {pp} on file, I renewed it last month.",
            f"The portal shows the old passport. New one is {pp}.",
            f"VFS rejected my slot booking, passport no {pp} not matching?",
            f"Passport {pp} expires soon, will this affect my PR application?",
        ]
    )


def chatbot_email(f: Fake) -> str:
    e = email(f)
    return f.pick([e, f"my email is {e}", f"{e} pls", f"sure, {e}", e.upper()])


def embassy_letter(f: Fake) -> str:
    name, u = full(f), uci(f)
    return f.pick(
        [
            f"Dear {name},\nUCI: {u}\nWe have received your application. "
            "Please provide biometrics within 30 days.",
            f"Dear {name} (UCI {u}),\nPlease submit your passport to the nearest visa application centre.",
            f"Client name: {name}\nClient ID / UCI: {u}\nA decision has been made on your application.",
        ]
    )


def sms_body(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi {n}, your biometrics appointment is confirmed for tomorrow 10:30 at VFS. "
            "Carry your passport. -VisaBridge",
            f"Dear {n}, please upload your IELTS TRF to the portal. -VisaBridge",
            f"{n}, your consultation starts in 15 min: join from the app. -VisaBridge",
        ]
    )


def dependant_label(f: Fake) -> str:
    return f"{full(f)} ({f.pick(['Son', 'Daughter', 'Spouse', 'Mother', 'Father'])})"


def places_description(f: Fake) -> str:
    c = f.pick(["in", "ae", "ca"])
    tail = {
        "in": f"{f.pick(CITIES['in'])}, India",
        "ae": f"{f.pick(CITIES['ae'])}, United Arab Emirates",
        "ca": f"{f.pick(CITIES['ca'])}, ON, Canada",
    }[c]
    return f"{street(f, c)}, {tail}"


def mrz2(f: Fake) -> str:
    r = f.r
    number = passport(f).ljust(9, "<")[:9]
    birth = dob(f).replace("-", "")[2:]
    nat, sex = f.pick(["IND", "PAK", "PHL", "NPL"]), f.pick("MF")
    expiry = f"{r.randint(26, 34)}0{r.randint(1, 9)}15"
    head = f"{number}{r.randint(0, 9)}{nat}{birth}{r.randint(0, 9)}{sex}{expiry}{r.randint(0, 9)}"
    return f"{head}{'<' * 14}0{r.randint(0, 9)}"


EVENTS = [
    # -- identity and profile -------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "ios", "android", "rn"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "other"]), "gender"),
            "nationality": Y(
                lambda f: f.pick(["Indian", "Emirati", "Pakistani", "Filipino", "Nepali", "Nigerian"]),
                "citizenship",
            ),
            "countryOfResidence": G(lambda f: f.pick(["IN", "AE", "CA", "QA"])),
            "city": Y(city, "city"),
            "preferredLanguage": G(lambda f: f.pick(["en", "hi", "pa", "ar", "fr"])),
            "createdAt": G(iso),
            "servicePackage": G(lambda f: f.pick(PACKAGES)[1]),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "dependantsCount": G(lambda f: f.r.randint(0, 4)),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "common-law", "divorced"])),
            "age": G(lambda f: f.r.randint(19, 58)),
            "whatsappNumber": Y(e164, "phone"),
            "avatar": Y(lambda f: f"https://cdn.visabridge.example.com/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ["py"],
        {
            "crm_id": G(lambda f: "CRM-" + f.digits(6)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "mobile_number": Y(phone, "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "place_of_birth": Y(
                lambda f: f.pick(CITIES["in"] + ["Lahore", "Kathmandu", "Manila", "Lagos"]), "city"
            ),
            "citizenship": Y(
                lambda f: f.pick(["India", "Pakistan", "Nepal", "Philippines", "Nigeria", "Bangladesh"]),
                "citizenship",
            ),
            "passport_number": RED(passport, "passport"),
            "passport_expiry": G(lambda f: f.date(2025, 2034)),
            "passport_issue_country": G(lambda f: f.pick(["IND", "PAK", "NPL", "PHL"])),
            "uci": RED(uci, "national id"),
            "residential_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Near City Mall", "Opp. SBI Branch", "Block C", "2nd Floor"]),
                    "address|street",
                ),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(["Punjab", "Maharashtra", "Dubai", "Ontario", "Gujarat"])),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["IN", "AE", "CA"])),
            },
            "marital_status": G(lambda f: f.pick(["single", "married", "widowed"])),
            "highest_education": G(lambda f: f.pick(["bachelors", "masters", "diploma", "phd"])),
            "ielts_overall": G(lambda f: f.pick([6.0, 6.5, 7.0, 7.5, 8.0])),
            "crs_score": G(lambda f: f.r.randint(380, 540)),
            "occupation": G(lambda f: f.pick(JOB_TITLES)),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "annual_income_inr": Y(lambda f: money(f, 300000, 4500000, 10000), "salary"),
            "lead_status": G(lambda f: f.pick(["new", "qualified", "retained", "closed_won"])),
            "consultant": {
                "id": G(lambda f: "stf_" + f.digits(4)),
                "name": Y(full, "name"),
                "email": Y(staff_email, "email"),
            },
            "created_at": G(iso),
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Emaar Hospitality",
                        "Infosys BPM",
                        "Apollo Hospitals",
                        "Al Futtaim Motors",
                        "Shoppers Drug Mart",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Healthcare", "IT Services", "Hospitality", "Retail"])),
            "employees": G(lambda f: f.pick([250, 1200, 45000, 8000])),
            "plan": G(
                lambda f: f.pick(["corporate_mobility", "corporate_mobility_plus", "startup_visa_desk"])
            ),
            "address": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "Emaar Square Building 3",
                            "Electronics City Phase 1",
                            "21 Greams Lane",
                            "Dubai Festival City",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Dubai", "Bengaluru", "Chennai", "Toronto"])),
                "country": G(lambda f: f.pick(["AE", "IN", "CA"])),
            },
            "website": G(
                lambda f: f.pick(
                    [
                        "https://www.emaar.example.com",
                        "https://www.infosysbpm.example.com",
                        "https://apollo.example.com",
                    ]
                )
            ),
            "tradeLicenseNumber": G(lambda f: f.pick(["DED-" + f.digits(6), "CN-" + f.digits(7)])),
            "gstin": G(lambda f: f.pick(["29AAACI4798L1ZL", "33AABCA1234B1Z5", "27AAACE5678C1ZD"])),
            "hrContactName": Y(full, "name"),
            "hrContactEmail": Y(
                lambda f: work_email(f, ["emaar.example.com", "infosys.example.com", "apollo.example.com"]),
                "email",
            ),
            "seatsPurchased": G(lambda f: f.r.randint(5, 300)),
        },
    ),
    (
        "page",
        "Eligibility",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/eligibility", "/eligibility/result", "/ae/golden-visa"])),
            "url": G(
                lambda f: (
                    "https://visabridge.example.com"
                    + f.pick(["/eligibility", "/eligibility/result", "/ae/golden-visa"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Check your CRS score - VisaBridge",
                        "Your result - VisaBridge",
                        "UAE Golden Visa - VisaBridge",
                    ]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=hi"])),
            "category": G(lambda f: f.pick(["tools", "programs"])),
        },
    ),
    (
        "screen",
        "Case Timeline",
        [*MOBILE, "flutter"],
        {
            "screen_class": G(
                lambda f: f.pick(["CaseTimelineViewController", "CaseTimelineFragment", "CaseTimelineScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "Documents", "Payments"])),
            "case_id": G(lambda f: "CASE-" + f.digits(6)),
        },
    ),
    # -- eligibility, consultation, signup ------------------------------------------------------
    (
        "track",
        "Eligibility Assessment Completed",
        ["web"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "target_country": G(lambda f: f.pick(["CA", "AE", "AU", "DE"])),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "age": G(lambda f: f.r.randint(18, 55)),
            "age_band": G(lambda f: f.pick(["18-24", "25-29", "30-34", "35-39", "40+"])),
            "education_level": G(lambda f: f.pick(["bachelors", "masters", "two_year_diploma", "phd"])),
            "years_of_experience": G(lambda f: f.r.randint(0, 15)),
            "ielts_band": G(lambda f: f.pick([5.5, 6.0, 6.5, 7.0, 8.0])),
            "french_nclc": G(lambda f: f.pick([0, 5, 7, 9])),
            "holds_valid_work_permit": RED(lambda f: f.pick([True, False]), "visa"),
            "needs_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "spouse_accompanying": G(lambda f: f.pick([True, False])),
            "crs_estimate": G(lambda f: f.r.randint(300, 560)),
            "proof_of_funds_cad": G(lambda f: money(f, 5000, 40000, 500)),
            "eligible": G(lambda f: f.pick([True, False])),
            "email": Y(email, "email"),
            "full_name": Y(full, "name"),
            "phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Consultation Booked",
        ["web", "rn"],
        {
            "booking_id": G(lambda f: "BK" + f.digits(8)),
            "slot_start": G(iso),
            "slot_timezone": G(lambda f: f.pick(TZ)),
            "mode": G(lambda f: f.pick(["video", "in_person", "phone"])),
            "topic": G(lambda f: f.pick(["express_entry", "study_permit", "golden_visa", "refusal_review"])),
            "consultant_id": G(lambda f: "stf_" + f.digits(4)),
            "consultant_name": Y(full, "name"),
            "branch": {
                "name": G(lambda f: f.pick(BRANCHES)["name"]),
                "address": G(lambda f: f.pick(BRANCHES)["address"]),
                "city": G(lambda f: f.pick(BRANCHES)["city"]),
                "phone": G(lambda f: f.pick(BRANCHES)["phone"]),
            },
            "attendee": {"name": Y(full, "name"), "email": Y(email, "email"), "phone": Y(phone, "phone")},
            "fee": G(lambda f: f.pick([0, 1499, 2999, 199])),
            "currency": G(lambda f: f.pick(["INR", "AED", "CAD"])),
        },
    ),
    (
        "track",
        "Signup Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["signup_v3", "signup_hi", "signup_ae"])),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: (
                    f.pick(["Canada@2024", "priya#1990", "Visa$Dream7", "Welcome123!", "ilovetoronto"])
                    + str(f.r.randint(1, 99))
                ),
                "password",
            ),
            "confirm_password": RED(
                lambda f: (
                    f.pick(["Canada@2024", "rahul@123", "Dubai!Life9", "Passw0rd#"]) + str(f.r.randint(1, 99))
                ),
                "password",
            ),
            "full_name": Y(full, "name"),
            "mobile": Y(phone, "phone"),
            "country_code": G(lambda f: f.pick(["+91", "+971", "+1", "+977"])),
            "referral_code": G(lambda f: f.pick(["", "VB-" + f.digits(5), "WEBINAR24"])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["rn", "flutter", "android"],
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "link_token": RED(lambda f: b64id(f, 43), "token"),
            "expires_in": G(lambda f: f.pick([900, 1800, 3600])),
            "redirect_path": G(lambda f: f.pick(["/portal/case", "/portal/documents", "/portal/payments"])),
        },
    ),
    ("alias", None, ["web", "ios", "android"], {}),
    # -- documents and verification -------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        [*MOBILE, "web"],
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(lambda f: f.pick(DOC_TYPES)),
            "applicant_role": G(lambda f: f.pick(["principal", "spouse", "child", "sponsor"])),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "IMG_" + f.digits(4) + ".jpg",
                        "scan" + f.digits(4) + ".pdf",
                        "passport_front.jpeg",
                        "document.pdf",
                        "WhatsApp Image 2024-03-1" + str(f.r.randint(0, 9)) + ".jpeg",
                    ]
                )
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/png", "image/heic"])),
            "sha256": G(lambda f: f.hexid(64)),
            "storage_key": G(lambda f: f"cases/{f.uuid()}/{f.uuid()}"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
            "is_certified_copy": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["ios", "android"],
        {
            "mrz": {
                "documentNumber": RED(passport, "passport"),
                "surname": Y(last, "name"),
                "givenNames": Y(first, "name"),
                "nationality": Y(lambda f: f.pick(["IND", "PAK", "PHL", "NPL", "NGA"]), "citizenship"),
                "dateOfBirth": Y(lambda f: dob(f).replace("-", "")[2:], "birthdate"),
                "sex": Y(lambda f: f.pick(["M", "F", "X"]), "sex|gender"),
                "dateOfExpiry": G(lambda f: f.date(2025, 2034).replace("-", "")[2:]),
                "issuingState": G(lambda f: f.pick(["IND", "PAK", "PHL", "NPL"])),
                "line2": RED(mrz2, "passport"),
            },
            "confidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 2)),
            "scanDurationMs": G(lambda f: f.r.randint(400, 6000)),
            "sdkVersion": G(lambda f: f.pick(["7.2.1", "7.3.0", "6.9.4"])),
        },
    ),
    (
        "track",
        "Identity Verification Decided",
        ["node"],
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "reason": G(lambda f: f.pick(["", "Document expired", "Face not visible", "Photo mismatch"])),
                "vendorData": G(lambda f: "vb_" + f.digits(7)),
                "decisionTime": G(iso),
                "person": {
                    "firstName": Y(first, "name"),
                    "lastName": Y(last, "name"),
                    "dateOfBirth": Y(dob, "birthdate"),
                    "idNumber": RED(lambda f: f.pick([aadhaar(f), emirates_id(f)]), "national id"),
                    "nationality": Y(lambda f: f.pick(["IN", "AE", "PK", "PH"]), "citizenship"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
                },
                "document": {
                    "number": RED(lambda f: f.pick([passport(f), emirates_id(f)]), "passport|national id"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD"])),
                    "country": G(lambda f: f.pick(["IN", "AE", "PK"])),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "riskScore": G(lambda f: round(f.r.uniform(0, 1), 2)),
            },
            "technicalData": {"ip": Y(ip_any, "ip")},
        },
    ),
    (
        "track",
        "Document Verified",
        ["go", "node"],
        {
            "document-id": G(lambda f: f.uuid()),
            "document-type": G(lambda f: f.pick(DOC_TYPES)),
            "verified-by": G(lambda f: "stf_" + f.digits(4)),
            "verifier-name": Y(full, "name"),
            "verification-result": G(lambda f: f.pick(["accepted", "rejected", "needs_review"])),
            "name-match-score": G(lambda f: round(f.r.uniform(0.4, 1.0), 2)),
            "dob-match": G(lambda f: f.pick([True, False])),
            "expiry-date": G(lambda f: f.date(2025, 2034)),
            "issuing-country": G(lambda f: f.pick(["IN", "AE", "CA", "PK"])),
            "holder-name": Y(full, "name"),
            "holder-dob": Y(dob, "birthdate"),
            "rejection-reason": G(lambda f: f.pick(["", "blurred", "expired", "cropped"])),
        },
    ),
    (
        "track",
        "Dependant Selected",
        ["web"],
        {
            "form": G(lambda f: f.pick(["biometrics_booking", "document_upload", "fee_payment"])),
            "field": G(lambda f: "applicant"),
            "selected": {
                "label": Y(dependant_label, "name", True),
                "value": G(lambda f: "dep_" + f.digits(6)),
            },
            "options_count": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    # -- family, education, work, language ------------------------------------------------------
    (
        "track",
        "Family Member Added",
        ["rn", "flutter"],
        {
            "member_id": G(lambda f: "dep_" + f.digits(6)),
            "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "mother", "father"])),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "date_of_birth": Y(lambda f: dob(f, 1950, 2023), "birthdate"),
            "passport_number": RED(passport, "passport"),
            "place_of_birth": Y(lambda f: f.pick(CITIES["in"] + ["Lahore", "Dubai", "Kathmandu"]), "city"),
            "accompanying": G(lambda f: f.pick([True, False])),
            "is_minor": G(lambda f: f.pick([True, False])),
            "nationality": Y(lambda f: f.pick(["Indian", "Pakistani", "Emirati", "Nepali"]), "citizenship"),
            "age": G(lambda f: f.r.randint(0, 80)),
            "occupation": G(lambda f: f.pick([*JOB_TITLES, "Student", "Homemaker"])),
        },
    ),
    (
        "track",
        "Education History Updated",
        ["web"],
        {
            "entries": Many(
                {
                    "institution": G(lambda f: f.pick(UNIVERSITIES)),
                    "degree": G(
                        lambda f: f.pick(
                            ["B.Tech", "B.Sc Nursing", "MBA", "B.Com", "Diploma in Welding", "M.Sc"]
                        )
                    ),
                    "field_of_study": G(
                        lambda f: f.pick(
                            ["Computer Science", "Nursing", "Finance", "Mechanical", "Hospitality"]
                        )
                    ),
                    "start_year": G(lambda f: f.r.randint(2000, 2018)),
                    "end_year": G(lambda f: f.r.randint(2004, 2023)),
                    "gpa": G(lambda f: f.pick(["7.8/10", "3.4/4", "68%", "8.2 CGPA"])),
                    "country": G(lambda f: f.pick(["IN", "AE", "CA"])),
                    "eca_reference": G(lambda f: f"{f.r.randint(1000000, 9999999)}{f.pick(['', 'WES'])}"),
                    "degree_certificate_no": Y(
                        lambda f: (
                            f.pick(["MU", "PU", "AU", "DU"])
                            + "/"
                            + str(f.r.randint(2005, 2023))
                            + "/"
                            + f.digits(6)
                        ),
                        "certificate",
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Work Experience Added",
        ["android"],
        {
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "noc_code": G(lambda f: f.pick(["21231", "31301", "11100", "72106", "63200", "31120"])),
            "start_date": G(lambda f: f.date(2008, 2020)),
            "end_date": G(lambda f: f.pick(["", f.date(2020, 2024)])),
            "hours_per_week": G(lambda f: f.pick([30, 37.5, 40, 48])),
            "monthly_salary": Y(lambda f: money(f, 25000, 450000, 500), "salary"),
            "salary_currency": G(lambda f: f.pick(["INR", "AED", "CAD"])),
            "supervisor_name": Y(full, "name"),
            "supervisor_email": Y(
                lambda f: work_email(
                    f, ["infosys.example.com", "emiratesnbd.example.com", "apollo.example.com"]
                ),
                "email",
            ),
            "supervisor_phone": Y(phone, "phone"),
            "work_city": G(lambda f: f.pick(["Bengaluru", "Dubai", "Pune", "Toronto", "Hyderabad"])),
            "is_current": G(lambda f: f.pick([True, False])),
            "reference_letter_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Language Test Result Added",
        ["ios"],
        {
            "testType": G(
                lambda f: f.pick(["IELTS General", "IELTS Academic", "CELPIP", "PTE Core", "TEF Canada"])
            ),
            "listening": G(lambda f: f.pick([6.0, 7.5, 8.5, 9.0])),
            "reading": G(lambda f: f.pick([5.5, 6.5, 7.0, 8.0])),
            "writing": G(lambda f: f.pick([6.0, 6.5, 7.0])),
            "speaking": G(lambda f: f.pick([6.0, 6.5, 7.5])),
            "overall": G(lambda f: f.pick([6.0, 6.5, 7.0, 7.5])),
            "testDate": G(lambda f: f.date(2022, 2024)),
            "trfNumber": Y(trf, "certificate"),
            "candidateNumber": G(lambda f: f"{f.r.randint(1, 999999):06d}"),
            "testCentre": G(
                lambda f: f.pick(["IDP Chandigarh", "British Council Mumbai", "IDP Dubai", "IDP Ahmedabad"])
            ),
            "validUntil": G(lambda f: f.date(2025, 2026)),
            "clbEquivalent": G(lambda f: f.r.randint(5, 10)),
        },
    ),
    (
        "track",
        "Police Clearance Requested",
        ["ruby"],
        {
            "pcc_country": G(lambda f: f.pick(["IN", "AE", "PK"])),
            "pcc_certificate_number": Y(
                lambda f: f.pick(["DL", "CH", "MU", "AMB"]) + f.digits(10), "certificate"
            ),
            "psk_location": G(
                lambda f: f.pick(["PSK Chandigarh", "POPSK Jalandhar", "PSK Lower Parel", "Dubai Police HQ"])
            ),
            "appointment_date": G(lambda f: f.date(2024, 2024)),
            "father_name": Y(full, "name"),
            "mother_name": Y(full, "name"),
            "spouse_name": Y(full, "name"),
            "current_address": Y(
                lambda f: f"{street(f, 'in')}, {f.pick(CITIES['in'])} - {pin(f)}", "address"
            ),
            "address_proof_type": G(lambda f: f.pick(["aadhaar", "utility_bill", "rent_agreement", "ejari"])),
            "status": G(lambda f: f.pick(["requested", "appointment_booked", "issued"])),
        },
    ),
    # -- applications, biometrics, medicals ------------------------------------------------------
    (
        "track",
        "Visa Application Submitted",
        ["py"],
        {
            "application_id": G(lambda f: f.uuid()),
            "ircc_application_number": G(ircc_app),
            "program": G(lambda f: f.pick(PROGRAMS)),
            "visa_category": G(lambda f: f.pick(["TRV", "Study Permit", "Work Permit", "PR", "Golden Visa"])),
            "submitted_at": G(iso),
            "government_fee": G(lambda f: f.pick([100, 150, 255, 1365, 950])),
            "fee_currency": G(lambda f: f.pick(["CAD", "AED"])),
            "biometrics_required": G(lambda f: f.pick([True, False])),
            "dependants_included": G(lambda f: f.r.randint(0, 4)),
            "applicant_uci": RED(uci, "national id"),
            "passport_number": RED(passport, "passport"),
            "principal_applicant_name": Y(full, "name"),
            "rcic_licence_number": Y(lambda f: f"R{f.r.randint(500000, 799999)}", "license"),
            "current_immigration_status": RED(
                lambda f: f.pick(["visitor", "student", "worker", "none", "PGWP holder"]), "visa"
            ),
            "refused_before": RED(lambda f: f.pick([True, False]), "visa"),
            "processing_office": G(lambda f: f.pick(["New Delhi", "Sydney", "CPC-Edmonton", "Ottawa"])),
        },
    ),
    (
        "track",
        "Biometrics Appointment Booked",
        ["java", "web"],
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(8)),
            "vac": {
                "name": G(lambda f: f.pick(VACS)[0]),
                "address": G(lambda f: f.pick(VACS)[1]),
                "city": G(lambda f: f.pick(VACS)[2]),
                "phone": G(lambda f: f.pick(VACS)[3]),
            },
            "slot": G(iso),
            "applicant_name": Y(full, "name"),
            "bil_reference": G(lambda f: "BIL" + f.digits(9)),
            "passport_number": RED(passport, "passport"),
            "applicant_dob": Y(dob, "birthdate"),
            "fee_amount": G(lambda f: f.pick([85, 170, 13800])),
            "fee_currency": G(lambda f: f.pick(["CAD", "INR"])),
            "appointment_for": G(lambda f: f.pick(["self", "spouse", "child"])),
        },
    ),
    (
        "track",
        "Biometrics Completed",
        ["go"],
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(8)),
            "completed_at": G(iso),
            "fingerprints_captured": G(lambda f: f.pick([True, False])),
            "collection_officer_id": G(lambda f: "OFF" + f.digits(4)),
            "center_code": G(lambda f: f.pick(["DEL-VAC-01", "CHD-VAC-02", "BOM-VAC-01", "DXB-VAC-01"])),
        },
    ),
    (
        "track",
        "Medical Exam Scheduled",
        ["py"],
        {
            "panel_physician": {
                "clinic_name": G(
                    lambda f: f.pick(
                        ["Max Healthcare IME Centre", "Dr. Lal Medical Panel", "Aster Clinic Bur Dubai"]
                    )
                ),
                "phone": G(lambda f: f.pick(["+91 11 4055 4055", "+91 172 503 9000", "+971 4 440 0500"])),
                "address": G(
                    lambda f: f.pick(["Press Enclave Road, Saket", "Sector 34-A", "Al Mankhool Road"])
                ),
                "city": G(lambda f: f.pick(["New Delhi", "Chandigarh", "Dubai"])),
            },
            "exam_date": G(lambda f: f.date(2024, 2024)),
            "declared_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["none declared", "hypertension", "type 2 diabetes", "past tuberculosis", "asthma"]
                    ),
                    "condition",
                ),
                2,
            ),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "requires_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(
                        ["metformin 500mg", "amlodipine", "salbutamol inhaler", "levothyroxine"]
                    ),
                    "medication",
                ),
                2,
            ),
            "exam_fee": G(lambda f: f.pick([5500, 7200, 800])),
        },
    ),
    (
        "track",
        "Settlement Service Enrolled",
        ["rn"],
        {
            "landing_date": G(lambda f: f.date(2023, 2024)),
            "province": G(lambda f: f.pick(["ON", "BC", "AB", "MB", "NS"])),
            "sin": RED(sin, "national id|social security number"),
            "ohip_number": RED(ohip, "health id"),
            "pr_card_number": RED(lambda f: f"PA{f.r.randint(1000000, 9999999)}", "national id"),
            "home_address": Y(lambda f: street(f, "ca") + ", " + f.pick(CITIES["ca"]), "address"),
            "mailing_postal_code": Y(ca_postal, "zipcode"),
            "bank_account_opened": G(lambda f: f.pick([True, False])),
            "services": Many(
                G(lambda f: f.pick(["airport_pickup", "sin_appointment", "housing", "job_search"])), 3
            ),
            "family_size": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        ["java"],
        {
            "policy_number": Y(lambda f: f.pick(["TIP/", "SCH-", "VV"]) + f.digits(8), "identification"),
            "insurer": G(lambda f: f.pick(["Tata AIG", "ICICI Lombard", "Manulife", "Orient Insurance"])),
            "insured_name": Y(full, "name"),
            "insured_dob": Y(dob, "birthdate"),
            "emergency_contact_phone": Y(phone, "phone"),
            "coverage_amount": G(lambda f: f.pick([50000, 100000, 150000])),
            "trip_start": G(lambda f: f.date(2024, 2025)),
            "trip_end": G(lambda f: f.date(2024, 2025)),
            "destination_country": G(lambda f: f.pick(["CA", "DE", "FR", "US"])),
            "premium": G(lambda f: money(f, 900, 18000, 10)),
            "currency": G(lambda f: f.pick(["INR", "AED"])),
        },
    ),
    # -- e-commerce spec and payments -----------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            **{k: v for k, v in package_product().items() if k != "quantity"},
            "currency": G(lambda f: f.pick(["INR", "AED", "CAD"])),
            "value": G(lambda f: money(f, 4999, 189999, 1000) - 1),
            "url": G(
                lambda f: (
                    "https://visabridge.example.com/services/"
                    + f.pick(["express-entry", "study-permit", "golden-visa"])
                )
            ),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ORD" + f.digits(9)),
            "value": G(lambda f: money(f, 4999, 189999, 1000) - 1),
            "revenue": G(lambda f: money(f, 4999, 189999, 1000) - 1),
            "tax": G(lambda f: money(f, 900, 34000, 10)),
            "discount": G(lambda f: f.pick([0, 500, 2000, 5000])),
            "coupon": G(lambda f: f.pick(["", "DIWALI10", "WEBINAR5K", "REFER2000"])),
            "currency": G(lambda f: f.pick(["INR", "AED", "CAD"])),
            "products": Many(package_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ORD" + f.digits(9)),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "card", "netbanking"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "rupay", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["416021", "524193", "652150", "376211", "489377"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["PB", "MH", "DU", "ON", "KA"])),
                "country": G(lambda f: f.pick(["IN", "AE", "CA"])),
            },
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Details Submitted",
        ["php"],
        {
            "gateway": G(lambda f: f.pick(["ccavenue", "payu", "network_international"])),
            "card_number": RED(card, "credit card"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "name_on_card": Y(lambda f: full(f).upper(), "name"),
            "amount": G(lambda f: money(f, 1499, 150000, 1)),
            "currency": G(lambda f: f.pick(["INR", "AED"])),
            "merchant_txn_id": G(lambda f: "VB" + f.digits(12)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ORD" + f.digits(9)),
            "invoice_number": G(lambda f: f"VB/{f.pick(['24-25', '23-24'])}/{f.r.randint(1, 99999):05d}"),
            "total": G(lambda f: money(f, 4999, 189999, 1000) - 1),
            "subtotal": G(lambda f: money(f, 4999, 160000, 1000) - 1),
            "tax": G(lambda f: money(f, 900, 34000, 10)),
            "currency": G(lambda f: f.pick(["INR", "AED", "CAD"])),
            "payment_intent": G(lambda f: "pi_3" + b64id(f, 23)),
            "payment_method_id": RED(lambda f: "pm_1" + b64id(f, 23), "token"),
            "customer_id": G(lambda f: "cus_" + b64id(f, 14)),
            "receipt_email": Y(email, "email"),
            "products": Many(package_product(), 2),
        },
    ),
    (
        "track",
        "UPI Payment Captured",
        ["php"],
        {
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + b64id(f, 14)),
                        "order_id": G(lambda f: "order_" + b64id(f, 14)),
                        "amount": G(lambda f: money(f, 149900, 18999900, 100)),
                        "currency": G(lambda f: "INR"),
                        "status": G(lambda f: f.pick(["captured", "authorized"])),
                        "method": G(lambda f: "upi"),
                        "vpa": RED(vpa, "bank account"),
                        "email": Y(email, "email"),
                        "contact": Y(lambda f: phone(f, "in").replace(" ", "").replace("-", ""), "phone"),
                        "fee": G(lambda f: f.r.randint(100, 40000)),
                        "tax": G(lambda f: f.r.randint(18, 7200)),
                        "created_at": G(lambda f: f.epoch_ms() // 1000),
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                            "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
                        },
                        "notes": {
                            "case_id": G(lambda f: "CASE-" + f.digits(6)),
                            "client_name": Y(full, "name"),
                        },
                    }
                }
            },
            "event": G(lambda f: f.pick(["payment.captured", "payment.authorized"])),
            "account_id": G(lambda f: "acc_" + b64id(f, 14)),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["py"],
        {
            "refund_id": G(lambda f: "rfnd_" + b64id(f, 14)),
            "amount": G(lambda f: money(f, 1000, 90000, 100)),
            "reason": G(lambda f: f.pick(["visa_refused", "service_cancelled", "duplicate_payment"])),
            "account_holder_name": Y(full, "name"),
            "account_number": RED(bank_acct_in, "bank account"),
            "ifsc_code": G(ifsc),
            "bank_name": G(lambda f: f.pick(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"])),
            "upi_id": RED(vpa, "bank account"),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["dotnet"],
        {
            "RefundId": G(lambda f: "RF-" + f.digits(7)),
            "ClientId": G(lambda f: "AE-CL-" + f.digits(5)),
            "AccountHolderName": Y(full, "name"),
            "Iban": RED(iban_ae, "bank account"),
            "SwiftCode": G(lambda f: f.pick(["EBILAEAD", "NBADAEAA", "ADCBAEAA", "DUIBAEAD"])),
            "BankName": G(
                lambda f: f.pick(["Emirates NBD", "First Abu Dhabi Bank", "ADCB", "Dubai Islamic Bank"])
            ),
            "Amount": G(lambda f: money(f, 500, 25000, 50)),
            "Currency": G(lambda f: "AED"),
            "ProcessedBy": Y(full, "name"),
            "ProcessedAtUtc": G(iso),
        },
    ),
    (
        "track",
        "Fee Invoice Generated",
        ["php"],
        {
            "invoice_number": G(lambda f: f"VB/{f.pick(['24-25', '23-24'])}/{f.r.randint(1, 99999):05d}"),
            "seller_gstin": G(lambda f: f.pick(["27AAKCV1234F1Z9", "04AAKCV1234F1Z3", "03AAKCV1234F1Z5"])),
            "billing_name": Y(full, "name"),
            "billing_address": Y(lambda f: f"{street(f, 'in')}, {f.pick(CITIES['in'])} {pin(f)}", "address"),
            "place_of_supply": G(lambda f: f.pick(["Punjab", "Maharashtra", "Gujarat", "Karnataka"])),
            "taxable_value": G(lambda f: money(f, 4999, 150000, 1)),
            "cgst": G(lambda f: money(f, 450, 13500, 1)),
            "sgst": G(lambda f: money(f, 450, 13500, 1)),
            "igst": G(lambda f: f.pick([0, 900, 2700, 27000])),
        },
    ),
    (
        "track",
        "Education Loan Pre-Qualified",
        ["go"],
        {
            "lender": G(lambda f: f.pick(["HDFC Credila", "Avanse", "Prodigy Finance", "SBI Scholar"])),
            "loan_amount_inr": G(lambda f: money(f, 500000, 6000000, 50000)),
            "cibil_score": Y(lambda f: f.r.randint(620, 870), "credit score"),
            "pan": RED(pan, "national id"),
            "co_applicant_name": Y(full, "name"),
            "co_applicant_income": Y(lambda f: money(f, 400000, 3000000, 10000), "salary"),
            "collateral_required": G(lambda f: f.pick([True, False])),
            "decision": G(lambda f: f.pick(["approved", "referred", "declined"])),
        },
    ),
    # -- CRM, notes, correspondence ------------------------------------------------------------
    (
        "track",
        "Case Note Added",
        ["py"],
        {
            "case_id": G(lambda f: "CASE-" + f.digits(6)),
            "note_id": G(lambda f: f.uuid()),
            "author_id": G(lambda f: "stf_" + f.digits(4)),
            "author_name": Y(full, "name"),
            "visibility": G(lambda f: f.pick(["internal", "client_visible"])),
            "note": Y(case_note, "phone", True),
            "tags": Many(G(lambda f: f.pick(["biometrics", "callback", "documents", "refusal"])), 2),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Client Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([email(f), e164(f), phone(f)]), "email|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "search_scope": G(lambda f: f.pick(["clients", "leads", "all"])),
            "staff_user_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "biometrics fee",
                        "pgwp processing time",
                        "police clearance certificate india",
                        "proof of funds",
                        "golden visa requirements",
                        "how to link uci",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
            "language": G(lambda f: f.pick(["en", "hi", "ar"])),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "turn": G(lambda f: f.r.randint(2, 9)),
            "step": G(lambda f: "collect_email"),
            "intent": G(lambda f: f.pick(["book_consultation", "eligibility", "fees"])),
            "input": Y(chatbot_email, "email", True),
        },
    ),
    (
        "track",
        "WhatsApp Opt-In Recorded",
        ["node"],
        {
            "channel": G(lambda f: "whatsapp"),
            "optin": {
                "value": Y(e164, "phone", True),
                "source": G(lambda f: f.pick(["checkout", "signup", "chatbot"])),
                "consented_at": G(iso),
            },
            "template_language": G(lambda f: f.pick(["en", "hi", "ar"])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "object": G(lambda f: "whatsapp_business_account"),
            "entry": Many(
                {
                    "id": G(lambda f: f.digits(15)),
                    "changes": Many(
                        {
                            "field": G(lambda f: "messages"),
                            "value": {
                                "messaging_product": G(lambda f: "whatsapp"),
                                "metadata": {
                                    "display_phone_number": G(
                                        lambda f: f.pick(["919876500012", "971045567300", "14168004412"])
                                    ),
                                    "phone_number_id": G(lambda f: f.digits(15)),
                                },
                                "contacts": Many(
                                    {
                                        "profile": {"name": Y(full, "name")},
                                        "wa_id": Y(wa_number, "phone", True),
                                    },
                                    1,
                                ),
                                "messages": Many(
                                    {
                                        "from": Y(wa_number, "phone", True),
                                        "id": G(lambda f: "wamid.HBgM" + b64id(f, 40)),
                                        "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                                        "type": G(lambda f: "text"),
                                        "text": {
                                            "body": G(
                                                lambda f: f.pick(
                                                    [
                                                        "When is my biometrics appointment?",
                                                        "Thanks!",
                                                        "I uploaded the documents",
                                                        "Is there any update on my file?",
                                                        "ok",
                                                        "Kab tak visa aayega?",
                                                    ]
                                                )
                                            )
                                        },
                                    },
                                    1,
                                ),
                            },
                        },
                        1,
                    ),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Call Completed",
        ["go"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: e164(f), "phone", True),
            "To": G(lambda f: f.pick(["+912248901200", "+97145567300", "+14168004412"])),
            "CallerName": Y(lambda f: full(f).upper(), "name"),
            "Direction": G(lambda f: f.pick(["inbound", "outbound-dial"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "AgentEmail": Y(staff_email, "email"),
            "QueueName": G(lambda f: f.pick(["canada_pr", "uae_desk", "payments"])),
        },
    ),
    (
        "track",
        "Embassy Email Received",
        ["ruby"],
        {
            "inbound": {
                "from": G(
                    lambda f: f.pick(
                        [
                            "IRCC-donotreply@cic.example.gc.ca",
                            "info.caniin@vfshelpline.example.com",
                            "no-reply@icp.example.gov.ae",
                            "donotreply@vfsglobal.example.com",
                        ]
                    )
                ),
                "to": G(
                    lambda f: f.pick(
                        [
                            "cases@visabridge.example.com",
                            "dubai.office@visabridge.example.com",
                            "toronto.office@visabridge.example.com",
                        ]
                    )
                ),
                "cc": Y(staff_email, "email"),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Biometrics Instruction Letter",
                            "Your application has been updated",
                            "Passport request",
                            "Appointment confirmation",
                        ]
                    )
                ),
                "message_id": G(
                    lambda f: f"<{f.hexid(24)}@{f.pick(['cic.example.gc.ca', 'vfsglobal.example.com'])}>"
                ),
                "text": RED(embassy_letter, "national id|name", True),
                "attachments": G(lambda f: f.r.randint(0, 3)),
                "dkim": G(
                    lambda f: f.pick(["{@cic.example.gc.ca : pass}", "{@vfsglobal.example.com : pass}"])
                ),
            },
            "parsed_by": G(lambda f: f.pick(["sendgrid_inbound_parse", "mailgun_routes"])),
        },
    ),
    (
        "track",
        "Client Email Sent",
        ["node"],
        {
            "to": Y(email, "email"),
            "from": G(
                lambda f: f.pick(
                    [
                        "cases@visabridge.example.com",
                        "no-reply@visabridge.example.com",
                        "payments@visabridge.example.com",
                    ]
                )
            ),
            "template": G(
                lambda f: f.pick(["document_reminder", "payment_receipt", "biometrics_instructions"])
            ),
            "message_id": G(lambda f: f"<{f.uuid()}@visabridge.example.com>"),
            "case_id": G(lambda f: "CASE-" + f.digits(6)),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Reminder SMS Sent",
        ["node"],
        {
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to_number": Y(e164, "phone"),
            "sender_id": G(lambda f: f.pick(["VSBRDG", "VisaBrdg", "+14168004412"])),
            "body": Y(sms_body, "name", True),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
            "num_segments": G(lambda f: f.pick([1, 2])),
            "price": G(lambda f: f.pick(["-0.0050", "-0.0450", "-0.0079"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Passport update", "Renewed passport", "Slot booking issue", "Passport expiry"]
                    )
                ),
                "description": RED(ticket_text, "passport", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "tags": Many(G(lambda f: f.pick(["passport", "portal", "vfs"])), 2),
                "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
                "assignee": {"name": Y(full, "name"), "email": Y(staff_email, "email")},
                "via": {"channel": G(lambda f: f.pick(["web", "email", "whatsapp"]))},
            },
        },
    ),
    (
        "track",
        "Consultant Assigned",
        ["go"],
        {
            "case_id": G(lambda f: "CASE-" + f.digits(6)),
            "consultant": {
                "id": G(lambda f: "stf_" + f.digits(4)),
                "name": Y(full, "name"),
                "email": Y(staff_email, "email"),
                "mobile": Y(lambda f: phone(f, f.pick(["in", "ae", "ca"])), "phone"),
                "rcic_licence": Y(lambda f: f"R{f.r.randint(500000, 799999)}", "license"),
            },
            "branch": G(lambda f: f.pick(BRANCHES)["name"]),
        },
    ),
    # -- referrals, contacts, address, marketing ------------------------------------------------
    (
        "track",
        "Referral Sent",
        ["rn"],
        {
            "referral_code": G(lambda f: "VB-" + f.digits(5)),
            "referee_name": Y(full, "name"),
            "referee_phone": Y(phone, "phone"),
            "referee_email": Y(email, "email"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email"])),
            "reward_inr": G(lambda f: f.pick([1000, 2000, 5000])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["android"],
        {
            "contact": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["brother", "mother", "friend", "spouse"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "updated_fields": Many(G(lambda f: f.pick(["name", "phone", "email", "relationship"])), 3),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + b64id(f, 23)),
            "description": Y(places_description, "address", True),
            "types": Many(G(lambda f: f.pick(["premise", "street_address", "subpremise", "geocode"])), 2),
            "field": G(lambda f: f.pick(["residential_address", "mailing_address"])),
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Ad Lead Captured",
        ["web"],
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(100000000, 2147483647)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["canada_pr_2024", "golden_visa_uae", "study_fall24"])),
            "landing_page": G(lambda f: f.pick(["/eligibility", "/ae/golden-visa", "/study"])),
            "phone": Y(phone, "phone"),
            "lead_score": G(lambda f: f.r.randint(0, 100)),
            "interested_country": G(lambda f: f.pick(["CA", "AE", "AU"])),
        },
    ),
    (
        "track",
        "Pet Relocation Added",
        ["flutter"],
        {
            "pet_name": G(lambda f: f.pick(["Bruno", "Simba", "Coco", "Laddoo", "Mishka", "Oreo"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["Labrador", "Indie", "Persian", "Beagle", "Shih Tzu"])),
            "microchip_number": G(lambda f: "9" + f.digits(14)),
            "rabies_vaccination_date": G(lambda f: f.date(2023, 2024)),
            "weight_kg": G(lambda f: round(f.r.uniform(3, 35), 1)),
        },
    ),
    # -- local-language keys and other conventions ------------------------------------------------
    (
        "track",
        "Lead Captured",
        ["php"],
        {
            "naam": Y(full, "name"),
            "pita_ka_naam": Y(full, "name"),
            "mobile_sankhya": Y(lambda f: phone(f, "in"), "phone"),
            "janm_tithi": Y(lambda f: "/".join(reversed(dob(f).split("-"))), "birthdate"),
            "pata": Y(lambda f: street(f, "in"), "address"),
            "shahar": Y(lambda f: f.pick(CITIES["in"]), "city"),
            "pin_code": Y(pin, "zipcode"),
            "shiksha": G(lambda f: f.pick(["12th pass", "graduate", "post graduate", "diploma"])),
            "videsh_jane_ka_uddeshya": G(lambda f: f.pick(["padhai", "naukri", "PR", "ghoomna"])),
            "whatsapp_number": Y(lambda f: phone(f, "in"), "phone"),
            "desh": G(lambda f: f.pick(["Canada", "Dubai", "Australia"])),
            "form_id": G(lambda f: f.pick(["wpforms_12", "wpforms_14"])),
        },
    ),
    (
        "track",
        "Enquiry Form Submitted",
        ["php"],
        {
            "नाम": Y(lambda f: f.pick(DEVANAGARI_NAMES), "name"),
            "मोबाइल नंबर": Y(lambda f: phone(f, "in"), "phone"),
            "ईमेल": Y(email, "email"),
            "पसंदीदा देश": G(lambda f: f.pick(["कनाडा", "दुबई", "ऑस्ट्रेलिया"])),
            "आयु": G(lambda f: f.r.randint(18, 45)),
            "शहर": Y(lambda f: f.pick(["लुधियाना", "जालंधर", "अहमदाबाद", "पुणे", "जयपुर"]), "city"),
            "form_version": G(lambda f: f.pick(["hi-2", "hi-3"])),
        },
    ),
    (
        "track",
        "Golden Visa Enquiry",
        ["dotnet"],
        {
            "الاسم_الكامل": Y(lambda f: f.pick(ARABIC_NAMES), "name"),
            "رقم_الهاتف": Y(lambda f: phone(f, "ae"), "phone"),
            "البريد_الإلكتروني": Y(email, "email"),
            "رقم_الهوية": RED(emirates_id, "national id"),
            "الجنسية": Y(lambda f: f.pick(["هندي", "باكستاني", "مصري", "أردني", "فلبيني"]), "citizenship"),
            "تاريخ_الميلاد": Y(dob, "birthdate"),
            "العنوان": Y(
                lambda f: (
                    f.pick(["فيلا", "شقة"])
                    + f" {f.r.randint(1, 90)}، شارع {f.r.randint(1, 40)}، "
                    + f.pick(["البرشاء", "الخان", "مدينة محمد بن زايد", "النهدة"])
                ),
                "address",
            ),
            "الإمارة": G(lambda f: f.pick(["دبي", "أبوظبي", "الشارقة", "عجمان"])),
            "نوع_التأشيرة": G(lambda f: f.pick(["الإقامة الذهبية", "الإقامة الخضراء", "تأشيرة مستثمر"])),
            "عدد_المعالين": G(lambda f: f.r.randint(0, 5)),
            "قيمة_الاستثمار": G(lambda f: f.pick([2000000, 2500000, 5000000])),
        },
    ),
    (
        "track",
        "Emirates ID Verified",
        ["dotnet"],
        {
            "ClientId": G(lambda f: "AE-CL-" + f.digits(5)),
            "EmiratesIdNumber": RED(emirates_id, "national id"),
            "FullNameEn": Y(full, "name"),
            "FullNameAr": Y(lambda f: f.pick(ARABIC_NAMES), "name"),
            "Nationality": Y(lambda f: f.pick(["IND", "PAK", "EGY", "PHL", "JOR"]), "citizenship"),
            "DateOfBirth": Y(dob, "birthdate"),
            "CardExpiryDate": G(lambda f: f.date(2025, 2029)),
            "ResidenceVisaFileNumber": RED(
                lambda f: (
                    f"{f.pick(['201', '101', '301'])}/{f.r.randint(2018, 2024)}/"
                    f"{f.r.randint(1000000, 9999999)}"
                ),
                "visa",
            ),
            "LabourCardNumber": RED(lambda f: f.digits(8), "visa"),
            "MobileNumber": Y(lambda f: phone(f, "ae"), "phone"),
            "IsVerified": G(lambda f: f.pick([True, False])),
            "VerificationSource": G(lambda f: f.pick(["ICP", "UAEPASS"])),
            "Emirate": G(lambda f: f.pick(["Dubai", "Abu Dhabi", "Sharjah"])),
        },
    ),
    (
        "track",
        "Salary Certificate Uploaded",
        ["dotnet"],
        {
            "DocumentId": G(lambda f: f.uuid()),
            "EmployerName": G(
                lambda f: f.pick(["Emirates NBD", "Emaar", "Majid Al Futtaim", "Dubai Health Authority"])
            ),
            "Designation": G(lambda f: f.pick(JOB_TITLES)),
            "MonthlySalaryAed": Y(lambda f: money(f, 4000, 60000, 250), "salary"),
            "SalaryBand": Y(lambda f: f.pick(["5k-10k", "10k-20k", "20k-30k", "30k+"]), "salary"),
            "JoiningDate": G(lambda f: f.date(2010, 2023)),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "CLIENT_ID": G(lambda f: "vb_" + f.digits(7)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FULL_NAME": Y(lambda f: full(f).upper(), "name"),
            "MOBILE_E164": Y(e164, "phone"),
            "DOB": Y(dob, "birthdate"),
            "PASSPORT_NO": RED(passport, "passport"),
            "PR_STATUS": RED(
                lambda f: f.pick(["PR_GRANTED", "ITA_RECEIVED", "IN_POOL", "NOT_APPLIED"]), "visa"
            ),
            "AADHAAR_LAST4": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "national id"),
            "PAN_NUMBER": RED(pan, "national id"),
            "CIBIL_SCORE": Y(lambda f: f.r.randint(600, 880), "credit score"),
            "HOME_PIN": Y(pin, "zipcode"),
            "LIFETIME_VALUE_INR": G(lambda f: money(f, 0, 400000, 1)),
            "CASE_COUNT": G(lambda f: f.r.randint(0, 4)),
            "LAST_CONTACTED_AT": G(iso),
            "SEGMENT": G(lambda f: f.pick(["high_intent", "nurture", "dormant"])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["py"],
        {
            "kyc_ref": G(lambda f: "EKYC" + f.digits(10)),
            "aadhaar_number": RED(aadhaar, "national id"),
            "masked_aadhaar": RED(lambda f: "XXXX XXXX " + aadhaar(f, False)[-4:], "national id"),
            "name_as_per_aadhaar": Y(full, "name"),
            "care_of": Y(lambda f: f.pick(["S/O ", "D/O ", "W/O ", "C/O "]) + full(f), "name"),
            "provider": G(lambda f: f.pick(["digilocker", "uidai_otp"])),
            "response_code": G(lambda f: f.pick(["000", "K-100", "998"])),
        },
    ),
    (
        "track",
        "Driving Licence Added",
        ["ios"],
        {
            "licenceNumber": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick(['MH12', 'PB10', 'DL03', 'GJ01'])} "
                        f"{f.r.randint(2005, 2022)}{f.r.randint(1000000, 9999999)}",
                        f.digits(7),
                    ]
                ),
                "license",
            ),
            "issuingAuthority": G(lambda f: f.pick(["RTO Pune", "RTO Ludhiana", "RTA Dubai"])),
            "vehiclePlate": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick(['MH', 'PB', 'GJ'])} {f.r.randint(1, 48):02d} "
                        f"{f.pick(['AB', 'CK', 'ZX'])} {f.r.randint(1000, 9999)}",
                        f"Dubai {f.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ')} {f.r.randint(10000, 99999)}",
                    ]
                ),
                "license",
            ),
            "licenceClass": G(lambda f: f.pick(["LMV", "MCWG", "Light Vehicle"])),
            "expiresOn": G(lambda f: f.date(2025, 2040)),
            "internationalPermit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["ruby"],
        {
            "integration": G(lambda f: f.pick(["zoho_crm", "razorpay", "docusign"])),
            "connected_by": G(lambda f: "stf_" + f.digits(4)),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_url": G(lambda f: "https://api.visabridge.example.com/hooks/" + f.hexid(8)),
        },
    ),
]

WEIGHTS = {"identify": 1.5, "page": 2.0, "screen": 1.5}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, event, clients, body in EVENTS:
        n = int(repeats * WEIGHTS.get(kind, 1.0) * (0.6 if kind == "alias" else 1.0))
        for _ in range(n):
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "vb_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            if kind in ("page", "screen"):
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            ctx = CONTEXTS[client](f) if client in CONTEXTS else server_context(f, client)
            msg["context"] = render(ctx, f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=219, repeats=30)
    write(Path(__file__).parent, "holdout219_", events, labels)
