"""Writes holdout175: tests/corpus/holdout175_events.jsonl and holdout175_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py, for the format), and never scored
by its author. It is meant for one unseen measurement.

Domain: an employment background-screening and drug-testing provider (Checkr / HireRight-like)
serving employers in the US, the UK and India. Covered: candidate invitations and FCRA consent,
identity verification (SSN trace, National Insurance number, Aadhaar eKYC, PAN, passports), UK
right-to-work and DBS checks, US I-9, address history, county / state / federal criminal
searches, motor-vehicle reports, education, employment and professional-licence verification,
reference checks, credit checks, drug-test scheduling, lab results and MRO review, occupational
health, fingerprinting, adjudication, pre- and post-adverse-action notices, disputes, continuous
monitoring, webhooks to applicant-tracking systems (Greenhouse-shaped), e-mail and SMS delivery
webhooks, employer e-commerce (packages as products) and candidate-paid checks, EEO
self-identification, and the lifecycle noise of the mobile apps.

Conventions: identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the python / node / go / java / ruby / php / .NET server libraries. Keys are mostly camelCase and
snake_case; about 15 % are PascalCase (.NET HRIS integration), SCREAMING_SNAKE (a warehouse
reverse-ETL sync), kebab-case (a fingerprinting partner relay) and transliterated Hindi (an
Indian verification partner: `naam`, `pita_ka_naam`, `janm_tithi`, `pata` ...). Values come from
US, UK and Indian formats: NANP / UK / Indian phones, ZIP+4, UK postcodes, Indian PIN codes,
SSA-valid SSNs, valid-prefix National Insurance numbers, Verhoeff-valid Aadhaar numbers, PANs,
NHS numbers with their mod-11 check digit, Luhn cards, names from many cultures (some in
Devanagari script).

Labelling rules (the Privacy Portal defaults, applied per leaf path):
- PII = personal data about a natural person: the candidate, a referee, a respondent, a
  recruiter, adjudicator, verifier or hiring manager (staff). Colour = the reference's default
  for its matcher; outside the reference red for credentials / secrets, card numbers, bank
  accounts, government ids and health ids, yellow otherwise.
- Green: ids we or others issue (candidate, report, invitation, specimen and CCF numbers, court
  case numbers, e-Verify case numbers, NPI), versions, timestamps, hashes of documents, amounts,
  enums, counters and booleans under PII-sounding keys (`ssnVerified`, `records_count`), package,
  company, school, lab, collection-site and court names, a business's own address / phone / role
  mailbox, the job's work location, state, country, locale, user agents, OS device ids. Card
  brand, last four and expiry are green; the last four of an SSN or an Aadhaar are red.
- Contested cases follow the product's published policy: salaries `salary` and credit scores
  `credit score` yellow; plates `license`, VINs `serial`, insurance policy numbers
  `identification` yellow; gclid / fbclid / fbp / fbc `advertising id` yellow; the person's
  billing address yellow; payment-method tokens, one-time codes and sign-in link tokens red
  (`token`); NHS numbers red `health id`; identity-document numbers red (`national id` /
  `passport`); right-to-work answers, share codes, sponsorship and I-9 citizenship attestations
  red `visa`; marital status, ages, job titles, employers green.
- Decisions of this corpus where the policy is silent (what a careful privacy owner would flag):
  criminal and driving-offence details (offence text, offence level, disposition, a boolean that
  reveals a conviction) are yellow `criminal record`; report statuses (clear / consider) and
  record counts are green. A drug or alcohol test result and detected analytes are yellow
  `diagnosis`; the panel ordered is a product (green). A prescription disclosed to the MRO is
  `medication`. Driving-licence numbers (US, UK, India) are yellow `license`; professional
  licence and DBS certificate numbers yellow `certificate|license` / `certificate`; India's UAN
  and the USCIS A-number red `national id`. A hash of an e-mail address sent for ad matching is
  yellow `email` (pseudonymous personal data, not a hash of non-PII). Place of birth (town) is
  yellow `city`; a court's jurisdiction is green. A photo of the candidate's residence taken
  during address verification is yellow `photo`. A URL whose only secret is an embedded sign-in
  token is red `token`, value_only.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `to`, `recipient`, `comments`, a URL carrying a token); such a path holds
  its PII in every value. Free text that never carries PII is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

US_FIRST = ["James", "Maria", "DeShawn", "Emily", "Carlos", "Tyrone", "Ashley", "Hyun-woo", "Guadalupe"]
US_FIRST += ["Kayla", "Jamal", "Sarah", "Wei", "Miguel", "Brittany", "Dakota", "Nadia"]
US_LAST = ["Johnson", "Williams", "Hernandez", "Nguyen", "Washington", "Kim", "Rodriguez", "O'Connor"]
US_LAST += ["Jackson", "Schwartz", "Begay", "Kowalczyk", "Tran", "Abdullah", "Lopez", "Baptiste"]
UK_FIRST = ["Oliver", "Amelia", "Siobhan", "Callum", "Aisha", "Rhys", "Priyanka", "Tomasz", "Olumide"]
UK_FIRST += ["Isla", "Harriet", "Declan", "Kemi", "Ffion", "Yusuf"]
UK_LAST = ["Taylor", "Evans", "Ahmed", "Begum", "MacLeod", "Okonkwo", "Hughes", "Nowak", "Fitzgerald"]
UK_LAST += ["Ward", "Llewellyn", "Chowdhury", "Adeyemi", "Campbell"]
IN_FIRST = ["Aarav", "Ananya", "Venkatesh", "Lakshmi", "Mohammed", "Gurpreet", "Sneha", "Arjun", "Kavya"]
IN_FIRST += ["Rohan", "Fatima", "Siddharth", "Meenakshi", "Harpreet", "Deepika", "Naveen"]
IN_LAST = ["Sharma", "Iyer", "Reddy", "Banerjee", "Khan", "Singh", "Nair", "Deshpande", "Chatterjee"]
IN_LAST += ["Gupta", "Menon", "Kulkarni", "Naidu", "Qureshi", "Patil", "Mukherjee"]
DEVANAGARI = ["राहुल शर्मा", "प्रिया गुप्ता", "अमित कुमार", "सुनीता देवी", "विकास यादव", "नेहा सिंह"]

US_STREETS = [
    "Maple Ave",
    "W 3rd St",
    "Lakeview Dr",
    "Peachtree Rd NE",
    "Elm St",
    "Cactus Ln",
    "Oak Ridge Blvd",
]
US_CITIES = [
    ("Columbus", "OH"),
    ("Phoenix", "AZ"),
    ("Atlanta", "GA"),
    ("Sacramento", "CA"),
    ("Tulsa", "OK"),
    ("Raleigh", "NC"),
    ("Omaha", "NE"),
    ("Newark", "NJ"),
    ("El Paso", "TX"),
]
UK_STREETS = ["Church Lane", "Kingsway", "Victoria Road", "Station Road", "Albert Street", "Mill Close"]
UK_CITIES = [
    ("Manchester", "M14"),
    ("Leeds", "LS6"),
    ("Cardiff", "CF24"),
    ("Glasgow", "G12"),
    ("Bristol", "BS7"),
    ("Leicester", "LE2"),
    ("London", "E17"),
    ("Birmingham", "B29"),
]
IN_LOCALITIES = ["Indiranagar", "Kothrud", "Banjara Hills", "Adyar", "Salt Lake Sector V", "DLF Phase 3"]
IN_CITIES = [
    ("Bengaluru", "Karnataka", "560"),
    ("Pune", "Maharashtra", "411"),
    ("Hyderabad", "Telangana", "500"),
    ("Chennai", "Tamil Nadu", "600"),
    ("Kolkata", "West Bengal", "700"),
    ("Gurugram", "Haryana", "122"),
    ("Ahmedabad", "Gujarat", "380"),
]
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "yahoo.co.in",
    "rediffmail.com",
]
EMPLOYERS = [
    "Globex Logistics",
    "Initech",
    "Northwind Health",
    "Umbrella Staffing",
    "Tata Consultancy Services",
]
EMPLOYERS += ["Infosys", "Sainsbury's", "DoorDash", "Amazon Flex", "Wipro", "NHS Lothian"]
EMPLOYER_DOMAINS = ["globexlogistics.com", "initech.io", "northwindhealth.org", "umbrellastaffing.co.uk"]
PACKAGES = [
    ("pkg_basic", "Basic Criminal", 29.0),
    ("pkg_pro", "Pro Criminal + SSN Trace", 54.5),
    ("pkg_driver", "Driver Pro (MVR + Criminal)", 64.0),
    ("pkg_health", "Healthcare Plus (License + OIG)", 89.0),
    ("pkg_in_bgv", "India BGV Standard", 42.0),
    ("pkg_uk_dbs", "UK Enhanced DBS", 65.0),
    ("pkg_drug10", "10-Panel Urine Drug Screen", 48.0),
]
LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def region(f: Fake) -> str:
    return f.pick(["us", "us", "uk", "in"])


def first(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    return f.pick({"us": US_FIRST, "uk": UK_FIRST, "in": IN_FIRST}[reg])


def last(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    return f.pick({"us": US_LAST, "uk": UK_LAST, "in": IN_LAST}[reg])


def full(f: Fake) -> str:
    reg = region(f)
    if reg == "us" and f.r.random() < 0.2:
        return f"{first(f, reg)} {f.pick('ABCDJKLMRST')}. {last(f, reg)}"
    return f"{first(f, reg)} {last(f, reg)}"


def ascii_slug(s: str) -> str:
    table = str.maketrans({"'": "", " ": "", "-": "", ".": ""})
    return s.lower().translate(table)


def email(f: Fake) -> str:
    reg = region(f)
    fn, ln = ascii_slug(first(f, reg)), ascii_slug(last(f, reg))
    user = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(70, 99)}"]
    )
    return f"{user}@{f.pick(MAIL)}"


def work_email(f: Fake) -> str:
    return f"{ascii_slug(first(f))}.{ascii_slug(last(f))}@{f.pick(EMPLOYER_DOMAINS)}"


def phone(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    if reg == "us":
        a, e, n = f.r.randint(201, 989), f.r.randint(201, 989), f.r.randint(0, 9999)
        return f.pick([f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"{a}.{e}.{n:04d}"])
    if reg == "uk":
        m = f"7{f.r.randint(400, 999)}{f.r.randint(100000, 999999)}"
        return f.pick([f"+44{m}", f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}"])
    m = f"{f.pick('6789')}{f.digits(9)}"
    return f.pick([f"+91{m}", f"+91 {m[:5]} {m[5:]}", f"0{m}", f"{m[:5]} {m[5:]}"])


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(10001, 99950):05d}"
    return z if f.r.random() < 0.7 else f"{z}-{f.r.randint(1, 9999):04d}"


def uk_postcode(f: Fake, outward=None) -> str:
    outward = outward or f.pick(UK_CITIES)[1]
    return f"{outward} {f.r.randint(1, 9)}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}"


def pin(f: Fake) -> str:
    return f.pick(IN_CITIES)[2] + f"{f.r.randint(1, 99):03d}"


def postal(f: Fake) -> str:
    return f.pick([us_zip, uk_postcode, pin])(f)


def street(f: Fake, reg=None) -> str:
    reg = reg or region(f)
    if reg == "us":
        s = f"{f.r.randint(10, 9800)} {f.pick(US_STREETS)}"
        return s + f.pick(["", "", " Apt 4B", " Unit 12"])
    if reg == "uk":
        return f.pick(["", f"Flat {f.r.randint(1, 30)}, "]) + f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}"
    return f"Flat {f.r.randint(101, 1204)}, {f.pick(['Sai Residency', 'Prestige Lakeside', 'Green Acres'])}"


def city(f: Fake) -> str:
    return f.pick([c for c, _ in US_CITIES] + [c for c, _ in UK_CITIES] + [c for c, _, _ in IN_CITIES])


def one_line_address(f: Fake) -> str:
    reg = region(f)
    if reg == "us":
        c, s = f.pick(US_CITIES)
        return f"{street(f, 'us')}, {c}, {s} {us_zip(f)}"
    if reg == "uk":
        c, o = f.pick(UK_CITIES)
        return f"{street(f, 'uk')}, {c} {uk_postcode(f, o)}"
    c, s, p = f.pick(IN_CITIES)
    return f"{street(f, 'in')}, {f.pick(IN_LOCALITIES)}, {c}, {s} {p}{f.r.randint(1, 99):03d}"


def dob(f: Fake) -> str:
    y, m, d = f.r.randint(1958, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"])


def ssn(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def nino(f: Fake) -> str:
    a = f.pick("ABCEGHJKLMNPRSTWXYZ")
    b = f.pick("ABCEGHJKLMNPRSTWXYZ")
    while a + b in ("BG", "GB", "NK", "KN", "NT", "TN", "ZZ"):
        b = f.pick("ABCEHJKLMPRSTWXYZ")
    d = f.digits(6)
    tail = f.pick("ABCD")
    return f.pick([f"{a}{b}{d}{tail}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {tail}"])


_VD = [
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
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(f: Fake, spaced=None) -> str:
    body = str(f.r.randint(2, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    number = body + str(_VINV[c])
    spaced = f.r.random() < 0.6 if spaced is None else spaced
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def pan(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(f.pick(letters) for _ in range(3)) + "P" + f.pick(letters) + f.digits(4) + f.pick(letters)


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), f.pick("ABCDEFGHJKLMNPRSTUVWZ") + f.digits(7), "C" + f.digits(8)])


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 7)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def us_dl(f: Fake) -> str:
    return f.pick([f.pick("ABDFGKMRSW") + f.digits(7), f.digits(9), f.pick("ABDS") + f.digits(12)])


def uk_dl(f: Fake) -> str:
    sur = ascii_slug(last(f, "uk")).upper()[:5].ljust(5, "9")
    y, m, d = f.r.randint(60, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    initial = ascii_slug(first(f, "uk"))[0].upper()
    tail = f"{f.r.randint(0, 9)}{f.pick('ABCDEFGHIJ')}{f.pick('ABCDEFGHIJ')}"
    return f"{sur}{str(y)[0]}{m:02d}{d:02d}{str(y)[1]}{initial}9{tail}"


def plate(f: Fake) -> str:
    def letters(n):
        return "".join(f.pick("ABCDEFGHKLMNPRSTVWXY") for _ in range(n))

    return f.pick(
        [
            f"{letters(2)}{f.r.randint(10, 99)} {letters(3)}",
            f"{f.r.randint(1, 9)}{letters(3)}{f.digits(3)}",
            f"MH12 {letters(2)} {f.digits(4)}",
        ]
    )


def in_dl(f: Fake) -> str:
    return f"{f.pick(['MH12', 'KA03', 'TS09', 'DL04', 'TN22'])} {f.r.randint(2005, 2022)}{f.digits(7)}"


def any_dl(f: Fake) -> str:
    return f.pick([us_dl, uk_dl, in_dl])(f)


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2600:1700", "2a02:c7c", "2405:201", "2409:40f2", "2601:646"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip_any(f: Fake):
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


WORK_LOCATIONS = [
    ("US", "CA", "San Jose"),
    ("US", "NY", "Brooklyn"),
    ("GB", "ENG", "Leeds"),
    ("IN", "KA", "Bengaluru"),
]
WORK_LOCATIONS += [("US", "TX", "Dallas"), ("GB", "SCT", "Glasgow"), ("IN", "MH", "Pune")]


def work_location(i: int):
    """One coherent job location per event: the country leaf (rendered first) picks it."""

    def gen(f: Fake):
        if i == 0:
            f.work_location = f.pick(WORK_LOCATIONS)
        return f.work_location[i]

    return gen


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def num(n):
    return lambda f: int(f.digits(n))


def iso(f: Fake) -> str:
    return f.iso()


def uuid(f: Fake) -> str:
    return f.uuid()


def hex24(f: Fake) -> str:
    return f.hexid(24)


def boolean(f: Fake) -> bool:
    return f.pick([True, False])


def date_recent(f: Fake) -> str:
    return f.date(2012, 2024)


def package_slug(f: Fake) -> str:
    return f.pick(PACKAGES)[0]


# -- contexts ------------------------------------------------------------------------------------

CANDIDATE_PAGES = ["/apply/start", "/apply/consent", "/apply/identity", "/apply/addresses", "/apply/review"]
EMPLOYER_PAGES = ["/dashboard/candidates", "/dashboard/reports", "/dashboard/billing", "/dashboard/packages"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def web_context(f: Fake, employer: bool):
    host = "https://app.vettly.com" if employer else "https://candidate.vettly.com"
    pages = EMPLOYER_PAGES if employer else CANDIDATE_PAGES
    page = f.pick(pages)
    ctx = {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pick("next-1.66.0", "next-1.70.0", "next-1.72.1")),
        },
        "page": {
            "path": G(const(page)),
            "referrer": G(
                pick(
                    "", "https://www.google.com/", "https://boards.greenhouse.io/", "https://mail.google.com/"
                )
            ),
            "search": G(pick("", "?lang=en", "?step=2", "?utm_source=invite_email")),
            "title": G(pick("Vettly", "Vettly - Candidate Portal", "Reports | Vettly")),
            "url": G(const(host + page)),
        },
        "userAgent": G(pick(*WEB_UAS)),
        "locale": G(pick("en-US", "en-GB", "en-IN", "hi-IN", "es-US")),
        "timezone": G(
            pick("America/Chicago", "America/New_York", "Europe/London", "Asia/Kolkata", "America/Phoenix")
        ),
        "ip": Y(ip_any, "ip"),
        "campaign": {
            "name": G(pick("candidate_invite", "employer_q3_webinar", "drivers_onboarding")),
            "source": G(pick("invite_email", "linkedin", "google", "sms")),
            "medium": G(pick("email", "cpc", "sms", "social")),
            "term": G(pick("background check api", "drug testing near me", "dbs check")),
            "content": G(pick("cta_button", "footer_link", "v2")),
        },
    }
    if not employer:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "123", "99")),
                },
                3,
            ),
            "mobile": G(boolean),
            "platform": G(pick("Windows", "Android", "macOS")),
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(const("Vettly")),
            "version": G(pick("4.8.0", "4.8.2", "4.9.0")),
            "build": G(pick("4800", "4802", "4900")),
            "namespace": G(const("com.vettly.candidate")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick("iPhone14,5", "iPhone15,2", "iPhone12,1")),
            "name": G(const("iPhone")),
            "type": G(const("ios")),
            "adTrackingEnabled": G(boolean),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "os": {"name": G(const("iOS")), "version": G(pick("17.4.1", "16.7.5", "17.5"))},
        "screen": {"width": G(const(390)), "height": G(const(844)), "density": G(const(3))},
        "network": {"wifi": G(boolean), "cellular": G(boolean), "bluetooth": G(const(False))},
        "locale": G(pick("en-US", "en-GB", "en-IN")),
        "timezone": G(pick("America/Chicago", "Europe/London", "Asia/Kolkata")),
        "instanceId": G(uuid),
        "traits": {"email": Y(email, "email"), "candidateId": G(num(7))},
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(const("Vettly")),
            "version": G(pick("4.8.0", "4.8.1")),
            "build": G(pick("40801", "40800", "40795")),
            "namespace": G(const("com.vettly.candidate")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "OnePlus", "Google")),
            "model": G(pick("SM-A146B", "Redmi Note 12", "CPH2493", "Pixel 7")),
            "name": G(pick("a14", "tapas", "OP5958L1", "panther")),
            "type": G(const("android")),
            "adTrackingEnabled": G(boolean),
            "advertisingId": Y(uuid, "advertising id"),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick("1.15.0", "1.16.3"))},
        "os": {"name": G(const("Android")), "version": G(pick("13", "14", "12"))},
        "screen": {
            "density": G(pick(2.625, 2.75, 3.0)),
            "width": G(const(1080)),
            "height": G(pick(2400, 2340)),
        },
        "network": {
            "wifi": G(boolean),
            "cellular": G(boolean),
            "carrier": G(pick("Jio", "Airtel", "T-Mobile", "EE", "Vi")),
        },
        "locale": G(pick("en-IN", "hi-IN", "en-US", "en-GB")),
        "timezone": G(pick("Asia/Kolkata", "America/Los_Angeles", "Europe/London")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A146B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; CPH2493 Build/TP1A.220905.001)",
            )
        ),
        "instanceId": G(uuid),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(pick(0.0, 1.2, 13.4)),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(const("Vettly Collect")),
            "version": G(pick("2.3.0", "2.3.1", "2.4.0")),
            "build": G(pick("230", "231", "240")),
            "namespace": G(const("com.vettly.collect")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "samsung", "motorola")),
            "model": G(pick("iPhone13,2", "SM-G991U", "moto g power (2022)")),
            "name": G(pick("iPhone", "o1q", "tonga")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics-react-native")), "version": G(pick("2.17.0", "2.19.1"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.2", "13", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "network": {"wifi": G(boolean), "cellular": G(boolean)},
        "locale": G(pick("en-US", "es-US", "en-GB")),
        "timezone": G(pick("America/New_York", "America/Denver", "Europe/London")),
        "traits": {
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "firstName": Y(lambda f: first(f), "name"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(const("Vettly")),
            "version": G(pick("4.8.0", "4.7.3")),
            "build": G(pick("480", "473")),
        },
        "device": {
            "id": G(uuid),
            "manufacturer": G(pick("Apple", "samsung", "vivo")),
            "model": G(pick("iPhone14,7", "SM-M146B", "V2207")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.3", "13", "12"))},
        "screen": {"width": G(pick(390, 393)), "height": G(pick(844, 873))},
        "locale": G(pick("en-IN", "en-US")),
        "timezone": G(pick("Asia/Kolkata", "America/Chicago")),
    }


def server_context(lib: str, forwards_ip=False, traits=False, external=False):
    def ctx(f: Fake):
        name, version = LIBS[lib]
        out = {"library": {"name": G(const(name)), "version": G(const(version))}}
        if forwards_ip:
            out["ip"] = Y(ip_any, "ip")
            out["userAgent"] = G(pick(*WEB_UAS))
        if traits:
            out["traits"] = {
                "email": Y(email, "email"),
                "name": Y(full, "name"),
                "employerId": G(lambda f: "emp_" + f.digits(5)),
            }
        if external:
            out["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(const("email")),
                    "collection": G(const("users")),
                    "encoding": G(const("none")),
                },
                1,
            )
        out["groupId"] = G(lambda f: "emp_" + f.digits(5))
        return out

    return ctx


CONTEXTS = {
    "cweb": lambda f: web_context(f, employer=False),
    "eweb": lambda f: web_context(f, employer=True),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("python"),
    "python_t": server_context("python", traits=True),
    "node": server_context("node", forwards_ip=True),
    "node_x": server_context("node", external=True),
    "go": server_context("go"),
    "java": server_context("java"),
    "ruby": server_context("ruby", traits=True),
    "php": server_context("php", forwards_ip=True),
    "dotnet": server_context("dotnet"),
}


# -- shared templates ----------------------------------------------------------------------------


def free(f: Fake, texts) -> str:
    return f.pick(texts)


def address_block(city_key="city", zip_key="postalCode", street_key="street"):
    return {
        street_key: Y(lambda f: street(f), "address|street"),
        city_key: Y(city, "city"),
        "state": G(pick("OH", "CA", "TX", "Greater Manchester", "Karnataka", "Maharashtra", "GA")),
        zip_key: Y(postal, "zipcode"),
        "country": G(pick("US", "GB", "IN")),
    }


def package_product():
    return {
        "product_id": G(lambda f: f.pick(PACKAGES)[0]),
        "sku": G(
            lambda f: f"VT-{f.pick(['CRIM', 'MVR', 'DRUG', 'EDU', 'EMP', 'DBS'])}-{f.r.randint(100, 999)}"
        ),
        "name": G(lambda f: f.pick(PACKAGES)[1]),
        "category": G(pick("Criminal", "Drug & Health", "Verifications", "Driving", "International")),
        "price": G(lambda f: f.pick(PACKAGES)[2]),
        "quantity": G(lambda f: f.r.randint(1, 250)),
    }


# -- events --------------------------------------------------------------------------------------

EVENTS = [
    # -- candidate identity & invitation -----------------------------------------------------------
    (
        "identify",
        None,
        "cweb",
        {
            "email": Y(email, "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "middleName": Y(lambda f: f.pick(["Marie", "Kumar", "J", "Oluwaseun", "Anne", "Lee"]), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "noMiddleName": G(boolean),
            "phone": Y(phone, "phone"),
            "dateOfBirth": Y(dob, "birthdate"),
            "address": address_block(),
            "candidateId": G(num(8)),
            "employerName": G(lambda f: f.pick(EMPLOYERS)),
            "invitationStatus": G(pick("pending", "completed", "expired")),
            "emailVerified": G(boolean),
            "phoneVerified": G(boolean),
            "smsOptIn": G(boolean),
            "preferredLanguage": G(pick("en", "es", "hi")),
            "createdAt": G(iso),
        },
    ),
    (
        "track",
        "Candidate Invited",
        "node",
        {
            "invitation_id": G(hex24),
            "candidate_id": G(hex24),
            "candidate_email": Y(email, "email"),
            "candidate_first_name": Y(lambda f: first(f), "name"),
            "candidate_last_name": Y(lambda f: last(f), "name"),
            "candidate_phone": Y(phone, "phone"),
            "package": G(package_slug),
            "work_location": {
                "country": G(work_location(0)),
                "state": G(work_location(1)),
                "city": G(work_location(2)),
            },
            "recruiter_name": Y(full, "name"),
            "recruiter_email": Y(work_email, "email"),
            "reply_to": G(pick("hr@globexlogistics.com", "talent@initech.io", "no-reply@vettly.com")),
            "invitation_url": RED(
                lambda f: f"https://candidate.vettly.com/invite/{f.hexid(32)}?t={f.hexid(20)}", "token", True
            ),
            "expires_at": G(iso),
            "node_id": G(lambda f: f.hexid(10)),
            "tags": Many(G(pick("warehouse", "seasonal", "driver", "nurse", "remote")), 2),
            "copy_requested": G(boolean),
        },
    ),
    (
        "track",
        "Consent Signed",
        "cweb",
        {
            "consent_id": G(uuid),
            "disclosure_version": G(pick("FCRA-2023-11", "FCRA-2024-03", "UK-GDPR-2.1", "IN-DPDP-1.0")),
            "signature_name": Y(full, "name"),
            "signed_at": G(iso),
            "signer_ip": Y(ip_any, "ip"),
            "state_notices": Many(G(pick("CA", "NY", "WA", "MN", "OK")), 3),
            "california_copy_requested": G(boolean),
            "document_sha256": G(lambda f: f.hexid(64)),
            "authorization_type": G(pick("standalone", "continuous", "one_time")),
            "esign_provider": G(pick("internal", "docusign")),
            "time_to_sign_sec": G(lambda f: f.r.randint(8, 900)),
        },
    ),
    (
        "track",
        "Consent Checkbox Toggled",
        "cweb",
        {
            "checkbox_id": G(pick("fcra_authorization", "state_disclosure", "esign_consent")),
            "checked": G(boolean),
            "label": Y(
                lambda f: f.pick(
                    [
                        f"I, {full(f)}, authorize Vettly to obtain consumer reports about me.",
                        f"I, {full(f)}, consent to electronic signatures.",
                        f"{full(f)} agrees to the state disclosure.",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Identity Document Submitted",
        "rn",
        {
            "verificationId": G(lambda f: "idv_" + f.hexid(20)),
            "documentType": G(pick("passport", "aadhaar", "pan", "passport_card")),
            "issuingCountry": G(pick("US", "GB", "IN")),
            "documentNumber": RED(lambda f: f.pick([passport, aadhaar, pan])(f), "national id|passport"),
            "documentExpiry": G(lambda f: f.date(2025, 2034)),
            "frontImageUrl": Y(lambda f: f"https://files.vettly.com/idv/{f.uuid()}/front.jpg", "photo"),
            "selfieUrl": Y(lambda f: f"https://files.vettly.com/idv/{f.uuid()}/selfie.jpg", "photo"),
            "livenessScore": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "mrzValid": G(boolean),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "captureMethod": G(pick("auto", "manual", "upload")),
            "sdkVersion": G(pick("12.4.0", "12.5.1")),
        },
    ),
    (
        "track",
        "SSN Trace Completed",
        "python",
        {
            "trace_id": G(hex24),
            "report_id": G(hex24),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ssn_verified": G(boolean),
            "ssn_issued_state": G(pick("OH", "CA", "GA", "NY", "TX")),
            "ssn_issued_year_range": G(pick("1985-1987", "1990-1991", "2001-2003")),
            "death_index_match": G(const(False)),
            "aliases": Many(
                {
                    "first_name": Y(lambda f: first(f, "us"), "name"),
                    "middle_name": Y(pick("Ann", "R", "Lynn", "Jose", "Marie"), "name"),
                    "last_name": Y(lambda f: last(f, "us"), "name"),
                },
                2,
            ),
            "addresses_found": G(lambda f: f.r.randint(1, 9)),
            "address_history": Many(
                {
                    "street": Y(lambda f: street(f, "us"), "address|street"),
                    "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                    "state": G(lambda f: f.pick(US_CITIES)[1]),
                    "zipcode": Y(us_zip, "zipcode"),
                    "from_date": G(date_recent),
                    "to_date": G(date_recent),
                },
                4,
            ),
            "turnaround_minutes": G(lambda f: f.r.randint(1, 240)),
        },
    ),
    (
        "track",
        "Criminal Search Completed",
        "go",
        {
            "search_id": G(hex24),
            "report_id": G(hex24),
            "search_type": G(pick("county", "state", "federal", "national_db", "global_watchlist")),
            "court": G(
                pick(
                    "Cook County Circuit Court",
                    "Maricopa County Superior Court",
                    "US District Court N.D. Ga.",
                )
            ),
            "jurisdiction_state": G(pick("IL", "AZ", "GA", "TX")),
            "status": G(pick("clear", "consider", "pending", "suspended")),
            "records_count": G(lambda f: f.r.randint(0, 3)),
            "records": Many(
                {
                    "case_number": G(lambda f: f"{f.r.randint(2009, 2023)}-CR-{f.digits(6)}"),
                    "offense_description": Y(
                        pick(
                            "Petty theft",
                            "DUI - first offense",
                            "Possession of marijuana <2oz",
                            "Simple assault",
                            "Driving on suspended license",
                        ),
                        "criminal record",
                    ),
                    "offense_level": Y(pick("misdemeanor", "felony", "infraction"), "criminal record"),
                    "disposition": Y(
                        pick("convicted", "dismissed", "deferred adjudication", "nolle prosequi"),
                        "criminal record",
                    ),
                    "file_date": G(date_recent),
                    "disposition_date": G(date_recent),
                },
                2,
            ),
            "turnaround_hours": G(lambda f: f.r.randint(1, 96)),
        },
    ),
    (
        "track",
        "Motor Vehicle Report Completed",
        "ruby",
        {
            "mvr_id": G(hex24),
            "report_id": G(hex24),
            "license_number": Y(us_dl, "license"),
            "license_state": G(pick("CA", "TX", "FL", "PA", "OH")),
            "license_class": G(pick("C", "A", "B", "M")),
            "license_status": G(pick("valid", "expired", "suspended")),
            "license_expiration": G(lambda f: f.date(2025, 2030)),
            "full_name_on_record": Y(full, "name"),
            "dob_on_record": Y(dob, "birthdate"),
            "points": G(lambda f: f.r.randint(0, 8)),
            "accidents_count": G(lambda f: f.r.randint(0, 2)),
            "violations": Many(
                {
                    "description": Y(
                        pick(
                            "Speeding 11-15 over",
                            "Failure to obey traffic signal",
                            "DUI",
                            "Reckless driving",
                            "No proof of insurance",
                        ),
                        "criminal record",
                    ),
                    "violation_date": G(date_recent),
                    "points": G(lambda f: f.r.randint(0, 4)),
                },
                3,
            ),
            "commercial_driver": G(boolean),
        },
    ),
    (
        "track",
        "Drug Test Scheduled",
        "rn",
        {
            "appointmentId": G(lambda f: "apt_" + f.hexid(16)),
            "ccfNumber": G(lambda f: f.digits(10)),
            "panel": G(pick("10-Panel Urine", "5-Panel DOT", "Hair 7-Panel", "Oral Fluid 6-Panel")),
            "reason": G(pick("pre_employment", "random", "post_accident", "reasonable_suspicion")),
            "dotRegulated": G(boolean),
            "scheduledAt": G(iso),
            "searchZip": Y(us_zip, "zipcode"),
            "searchRadiusMiles": G(pick(5, 10, 25, 50)),
            "donorLocation": {
                "lat": Y(lambda f: round(f.r.uniform(25, 48), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-123, -71), 6), "geolocation"),
            },
            "collectionSite": {
                "name": G(pick("Quest Diagnostics - Midtown", "LabCorp PSC Tempe", "Concentra Urgent Care")),
                "address": G(pick("1200 Peachtree St NE Ste 100", "2050 E Southern Ave", "400 W Main St")),
                "city": G(pick("Atlanta", "Tempe", "Louisville")),
                "phone": G(pick("(404) 555-0182", "(480) 555-0117", "(502) 555-0143")),
                "lat": G(pick(33.7853, 33.3926, 38.2571)),
                "lng": G(pick(-84.3838, -111.9009, -85.7585)),
                "hours": G(pick("Mon-Fri 7am-5pm", "24/7", "Mon-Sat 8am-4pm")),
            },
        },
    ),
    (
        "track",
        "Drug Test Result Received",
        "java",
        {
            "specimenId": G(lambda f: f.digits(9)),
            "ccfNumber": G(lambda f: f.digits(10)),
            "labName": G(pick("Quest Diagnostics", "LabCorp", "Psychemedics")),
            "panel": G(pick("10-Panel Urine", "5-Panel DOT", "Hair 7-Panel", "Oral Fluid 6-Panel")),
            "labResult": Y(pick("negative", "positive", "negative_dilute", "refusal_to_test"), "diagnosis"),
            "alcoholConcentration": Y(pick(0.0, 0.012, 0.021, 0.041), "diagnosis"),
            "collectedAt": G(iso),
            "reportedAt": G(iso),
            "cutoffNgMl": G(pick(50, 20, 300)),
            "mroReviewed": G(boolean),
            "observedCollection": G(boolean),
        },
    ),
    (
        "track",
        "MRO Review Completed",
        "java",
        {
            "specimenId": G(lambda f: f.digits(9)),
            "mroName": Y(lambda f: "Dr. " + full(f), "name"),
            "positiveAnalytes": Many(
                Y(pick("THC", "amphetamine", "oxycodone", "benzodiazepines", "cocaine"), "diagnosis"), 2
            ),
            "hasValidPrescription": Y(boolean, "medication"),
            "medicationName": Y(pick("Adderall XR", "oxycodone 5mg", "alprazolam", "Vyvanse"), "medication"),
            "rxNumber": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "pharmacyName": G(pick("CVS Pharmacy #4412", "Walgreens #10231", "Boots")),
            "verifiedResult": G(pick("verified_negative", "verified_positive", "cancelled")),
            "interviewDate": G(date_recent),
        },
    ),
    # -- verifications -----------------------------------------------------------------------------
    (
        "track",
        "Education Verification Completed",
        "php",
        {
            "verification_id": G(hex24),
            "school_name": G(
                pick(
                    "Ohio State University",
                    "University of Leeds",
                    "IIT Bombay",
                    "Anna University",
                    "Georgia Tech",
                )
            ),
            "degree": G(pick("BSc (Hons)", "B.Tech", "MBA", "Associate of Applied Science", "BA")),
            "major": G(
                pick("Computer Science", "Nursing", "Mechanical Engineering", "Business Administration")
            ),
            "graduation_date": G(date_recent),
            "attended_from": G(date_recent),
            "verified": G(boolean),
            "discrepancy": G(pick("none", "degree_mismatch", "dates_mismatch", "not_found")),
            "student_name_on_record": Y(full, "name"),
            "registrar_email": G(
                pick("registrar@osu.edu", "verifications@leeds.ac.uk", "degree.verification@iitb.ac.in")
            ),
            "source": G(pick("national_student_clearinghouse", "hedd", "direct", "digilocker")),
        },
    ),
    (
        "track",
        "Employment Verification Completed",
        "python",
        {
            "verification_id": G(hex24),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "job_title": G(
                pick(
                    "Warehouse Associate",
                    "Registered Nurse",
                    "Software Engineer II",
                    "Delivery Driver",
                    "Team Lead",
                )
            ),
            "start_date": G(date_recent),
            "end_date": G(date_recent),
            "salary": Y(
                lambda f: f.pick([f.r.randint(28000, 160000), f.r.randint(300000, 2400000)]), "salary"
            ),
            "salary_currency": G(pick("USD", "GBP", "INR")),
            "pay_frequency": G(pick("annual", "hourly", "monthly")),
            "eligible_for_rehire": G(pick("yes", "no", "not_disclosed")),
            "reason_for_leaving": G(
                pick("Relocated", "Contract ended", "Better opportunity", "Company restructuring")
            ),
            "verifier_name": Y(full, "name"),
            "verifier_title": G(pick("HR Generalist", "Payroll Specialist", "HR Business Partner")),
            "verifier_email": Y(work_email, "email"),
            "employer_hr_phone": G(pick("+1 800 555 0199", "+44 20 7946 0321", "+91 80 4719 2000")),
            "the_work_number": G(boolean),
            "uan": RED(lambda f: "10" + f.digits(10), "national id"),
        },
    ),
    (
        "track",
        "Reference Check Submitted",
        "cweb",
        {
            "reference_id": G(uuid),
            "candidate_name": Y(full, "name"),
            "referee_name": Y(full, "name"),
            "referee_email": Y(email, "email"),
            "referee_phone": Y(phone, "phone"),
            "relationship": G(pick("manager", "peer", "direct_report", "client")),
            "years_known": G(lambda f: f.r.randint(1, 12)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "would_rehire": G(boolean),
            "comments": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} was one of the most reliable people on my team.",
                        f"I managed {first(f)} for three years, always punctual.",
                        f"Strong communicator. {first(f)} trained our new starters.",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Professional License Verified",
        "python",
        {
            "verification_id": G(hex24),
            "license_type": G(pick("RN", "LPN", "CNA", "PharmD", "CDL-A")),
            "credential_number": Y(
                lambda f: f.pick(["RN", "NR", "LP", ""]) + f.digits(7), "certificate|license"
            ),
            "issuing_state": G(pick("TX", "FL", "NY", "CA")),
            "status": G(pick("clear", "consider", "pending", "suspended")),
            "expiration_date": G(lambda f: f.date(2024, 2028)),
            "npi": G(lambda f: f.digits(10)),
            "oig_exclusion_match": G(const(False)),
            "disciplinary_actions_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Credit Report Pulled",
        "python",
        {
            "report_id": G(hex24),
            "bureau": G(pick("TransUnion", "Equifax", "Experian")),
            "credit_score": Y(lambda f: f.r.randint(480, 840), "credit score"),
            "score_model": G(pick("FICO 8", "VantageScore 4.0")),
            "tradelines_count": G(lambda f: f.r.randint(0, 30)),
            "bankruptcies_count": G(lambda f: f.r.randint(0, 1)),
            "collections_total": G(money(0, 9000)),
            "permissible_purpose": G(const("employment")),
            "position_level": G(pick("finance", "executive", "cash_handling")),
        },
    ),
    # -- UK & India --------------------------------------------------------------------------------
    (
        "track",
        "Right To Work Check Completed",
        "node",
        {
            "checkId": G(uuid),
            "checkType": G(pick("online_share_code", "idsp", "manual")),
            "shareCode": RED(
                lambda f: " ".join(
                    "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)) for _ in range(3)
                ),
                "visa",
            ),
            "outcome": RED(pick("continuous_right_to_work", "time_limited", "no_right_to_work"), "visa"),
            "visaExpiry": RED(lambda f: f.date(2024, 2029), "visa"),
            "requiresSponsorship": RED(boolean, "visa"),
            "nationality": Y(
                pick("British", "Indian", "Nigerian", "Polish", "Pakistani", "Irish"), "citizenship"
            ),
            "idspProvider": G(pick("Yoti", "TrustID", "Credas")),
            "followUpDate": G(date_recent),
            "checkedBy": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "DBS Application Submitted",
        "php",
        {
            "application_id": G(lambda f: "DBS-" + f.digits(8)),
            "dbs_level": G(pick("basic", "standard", "enhanced", "enhanced_barred")),
            "workforce": G(pick("child", "adult", "child_and_adult", "other")),
            "ni_number": RED(nino, "national id"),
            "passport_number": RED(passport, "passport"),
            "uk_driving_licence": Y(uk_dl, "license"),
            "previous_surnames": Many(Y(lambda f: last(f, "uk"), "name"), 2),
            "birth_town": Y(pick("Swansea", "Lagos", "Karachi", "Dundee", "Kraków", "Luton"), "city"),
            "birth_country": G(pick("GB", "NG", "PK", "PL")),
            "addresses": Many(
                {
                    "line1": Y(lambda f: street(f, "uk"), "address|street"),
                    "town": Y(lambda f: f.pick(UK_CITIES)[0], "city"),
                    "postcode": Y(uk_postcode, "zipcode"),
                    "from": G(date_recent),
                    "to": G(date_recent),
                },
                3,
            ),
            "certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "update_service_subscribed": G(boolean),
            "barred_list_check": G(boolean),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "naam": Y(lambda f: f.pick([full(f), f.pick(DEVANAGARI)]), "name"),
            "pita_ka_naam": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "janm_tithi": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "mobile": Y(lambda f: phone(f, "in"), "phone"),
            "pata": Y(lambda f: f"{street(f, 'in')}, {f.pick(IN_LOCALITIES)}", "address"),
            "shahar": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "rajya": G(lambda f: f.pick(IN_CITIES)[1]),
            "pin_code": Y(pin, "zipcode"),
            "aadhaar_sankhya": RED(aadhaar, "national id"),
            "pan": RED(pan, "national id"),
            "ling": Y(pick("purush", "mahila", "anya"), "gender"),
            "vaivahik_sthiti": G(pick("vivahit", "avivahit")),
            "bhasha": G(pick("hi", "ta", "te", "bn", "mr")),
        },
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        "python",
        {
            "txn_id": G(lambda f: "UKC:" + f.digits(12)),
            "aadhaar_masked": RED(lambda f: "XXXX XXXX " + f.digits(4), "national id"),
            "name_as_per_aadhaar": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "dob": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1965, 2004)}",
                "birthdate",
            ),
            "gender": Y(pick("M", "F", "T"), "gender"),
            "care_of": Y(
                lambda f: f.pick(["S/O ", "D/O ", "W/O ", "C/O "]) + f"{first(f, 'in')} {last(f, 'in')}",
                "name",
            ),
            "house": Y(lambda f: f"{f.r.randint(1, 999)}/{f.r.randint(1, 40)}", "address"),
            "street": Y(
                lambda f: f.pick(["MG Road", "4th Cross", "Link Road", "Station Road"]), "address|street"
            ),
            "landmark": Y(pick("Near Hanuman Mandir", "Opp. SBI ATM", "Behind Govt School"), "address"),
            "vtc": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "pincode": Y(pin, "zipcode"),
            "photo_url": Y(lambda f: f"https://files.vettly.com/ekyc/{f.hexid(16)}.jpg", "photo"),
            "otp_verified": G(boolean),
            "consent_captured": G(const(True)),
            "kua_response_code": G(pick("000", "K-100", "K-200")),
        },
    ),
    (
        "track",
        "PAN Verified",
        "java",
        {
            "panNumber": RED(pan, "national id"),
            "nameOnPan": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}".upper(), "name"),
            "panStatus": G(pick("valid", "invalid", "deactivated")),
            "aadhaarSeedingStatus": G(pick("Y", "N", "NA")),
            "panType": G(pick("individual", "company")),
            "nameMatchScore": G(lambda f: f.r.randint(40, 100)),
        },
    ),
    (
        "track",
        "OTP Verified",
        "kotlin",
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(pick("sms", "whatsapp", "email")),
            "attempts": G(lambda f: f.r.randint(1, 4)),
            "verified": G(boolean),
            "purpose": G(pick("aadhaar_ekyc", "login", "consent")),
            "latency_ms": G(lambda f: f.r.randint(900, 45000)),
        },
    ),
    (
        "track",
        "Address Verified",
        "kotlin",
        {
            "verification_id": G(hex24),
            "agent_id": G(lambda f: "FA" + f.digits(5)),
            "agent_name": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "visited_at": G(iso),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(8, 30), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(72, 88), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            },
            "address_proof_type": G(pick("electricity_bill", "rent_agreement", "aadhaar", "bank_statement")),
            "residence_type": G(pick("owned", "rented", "pg", "family")),
            "stay_since": G(date_recent),
            "respondent_name": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "respondent_relation": G(pick("self", "father", "spouse", "neighbour", "landlord")),
            "respondent_mobile": Y(lambda f: phone(f, "in"), "phone"),
            "house_photo_url": Y(lambda f: f"https://files.vettly.com/dav/{f.hexid(16)}.jpg", "photo"),
            "landmark": Y(pick("Near Hanuman Mandir", "Opp. SBI ATM", "Behind Govt School"), "address"),
            "result": G(pick("verified", "not_verified", "insufficient")),
        },
    ),
    (
        "track",
        "International Search Ordered",
        "node",
        {
            "order_id": G(hex24),
            "countries": Many(G(pick("IN", "PK", "PH", "NG", "GB", "MX")), 3),
            "search_types": Many(G(pick("criminal", "education", "employment", "global_sanctions")), 3),
            "candidate_name_native_script": Y(
                lambda f: f.pick([*DEVANAGARI, "محمد علی", "李伟", "Adebayo Ogunleye"]), "name"
            ),
            "father_name": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "passport_country": G(pick("IN", "PK", "GB", "PH")),
            "estimated_days": G(lambda f: f.r.randint(3, 21)),
        },
    ),
    (
        "track",
        "Occupational Health Clearance Recorded",
        "dotnet",
        {
            "ClearanceId": G(uuid),
            "NhsNumber": RED(nhs_number, "health id"),
            "FitnessOutcome": Y(pick("fit", "fit_with_adjustments", "unfit_temporary"), "condition"),
            "HepatitisBImmune": Y(boolean, "condition"),
            "RequiresAdjustments": RED(boolean, "disability"),
            "GpPractice": G(pick("Riverside Medical Centre", "Hilltop Surgery", "Greenway Health Centre")),
            "GpPracticePhone": G(pick("0161 496 0000", "0113 496 0123", "029 2018 0456")),
            "Trust": G(
                pick("Manchester University NHS FT", "Leeds Teaching Hospitals", "Cardiff and Vale UHB")
            ),
            "AssessedBy": Y(lambda f: "Nurse " + full(f), "name"),
            "AssessedOn": G(date_recent),
        },
    ),
    # -- employer-side integrations (PascalCase, SCREAMING, kebab) -------------------------------
    (
        "track",
        "BackgroundCheckOrdered",
        "dotnet",
        {
            "CandidateId": G(num(7)),
            "FirstName": Y(lambda f: first(f), "name"),
            "LastName": Y(lambda f: last(f), "name"),
            "EmailAddress": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(dob, "birthdate"),
            "HomeAddress": {
                "AddressLine1": Y(lambda f: street(f), "address|street"),
                "City": Y(city, "city"),
                "StateProvince": G(pick("OH", "CA", "Greater Manchester", "Karnataka")),
                "PostalCode": Y(postal, "zipcode"),
                "CountryCode": G(pick("US", "GB", "IN")),
            },
            "RequisitionId": G(lambda f: "REQ-" + f.digits(5)),
            "JobTitle": G(pick("Warehouse Associate", "Registered Nurse", "Delivery Driver", "Analyst")),
            "HiringManagerName": Y(full, "name"),
            "HiringManagerEmail": Y(work_email, "email"),
            "CostCenter": G(pick("CC-4410", "CC-2200", "CC-9001")),
            "OfferSalary": Y(lambda f: f.r.randint(30000, 140000), "salary"),
            "StartDate": G(date_recent),
            "IsRehire": G(boolean),
            "PackageCode": G(package_slug),
        },
    ),
    (
        "track",
        "Report Status Changed",
        "dotnet",
        {
            "ReportId": G(hex24),
            "PreviousStatus": G(pick("pending", "consider", "clear")),
            "NewStatus": G(pick("clear", "consider", "suspended", "dispute")),
            "Adjudication": G(pick("engaged", "pre_adverse_action", "post_adverse_action", "none")),
            "ChangedAtUtc": G(iso),
            "Candidate": {
                "Id": G(num(7)),
                "FullName": Y(full, "name"),
                "Email": Y(email, "email"),
            },
            "EtaDays": G(lambda f: f.r.randint(0, 10)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "CANDIDATE_ID": G(num(8)),
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(lambda f: first(f), "name"),
            "LAST_NAME": Y(lambda f: last(f), "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DOB": Y(dob, "birthdate"),
            "SSN_LAST4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ZIP": Y(us_zip, "zipcode"),
            "STATE": G(pick("OH", "TX", "CA", "GA", "NJ")),
            "REPORT_STATUS": G(pick("clear", "consider", "pending")),
            "PACKAGE": G(package_slug),
            "LIFETIME_CHECKS": G(lambda f: f.r.randint(1, 6)),
            "LAST_REPORT_AT": G(iso),
            "EMPLOYER_ID": G(lambda f: "emp_" + f.digits(5)),
            "IS_DRIVER": G(boolean),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(480, 840), "credit score"),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email"),
        },
    ),
    (
        "track",
        "Fingerprint Appointment Booked",
        "node",
        {
            "appointment-id": G(lambda f: "FP" + f.digits(8)),
            "applicant-name": Y(full, "name"),
            "applicant-email": Y(email, "email"),
            "applicant-phone": Y(lambda f: phone(f, "us"), "phone"),
            "fingerprint-type": G(pick("fbi_channeler", "state_livescan", "fd258_card")),
            "ori-number": G(lambda f: f.pick(["CA", "TX", "FL"]) + f.digits(7)),
            "oca-number": G(lambda f: f.digits(8)),
            "scheduled-for": G(iso),
            "site": {
                "name": G(pick("IdentoGO - Downtown", "Fieldprint Center 221", "UPS Store #4471")),
                "address": G(pick("501 Congress Ave", "2200 N Central Ave", "77 W Wacker Dr")),
                "city": G(pick("Austin", "Phoenix", "Chicago")),
            },
            "fee-amount": G(money(10, 60)),
            "payment-status": G(pick("paid", "employer_billed", "pending")),
        },
    ),
    (
        "track",
        "Field Visit Logged",
        "kotlin",
        {
            "visit_id": G(uuid),
            "ghar_ka_pata": Y(lambda f: f"{street(f, 'in')}, {f.pick(IN_LOCALITIES)}", "address"),
            "padosi_ka_naam": Y(
                lambda f: f.pick([f"{first(f, 'in')} {last(f, 'in')}", f.pick(DEVANAGARI)]), "name"
            ),
            "padosi_ka_mobile": Y(lambda f: phone(f, "in"), "phone"),
            "rehne_ki_avadhi_varsh": G(lambda f: f.r.randint(0, 25)),
            "makaan_ka_prakar": G(pick("apna", "kiraye", "PG")),
            "tippani": G(pick("Ghar band tha", "Candidate mila", "Padosi ne pushti ki", "Pata sahi hai")),
        },
    ),
    (
        "track",
        "Candidate Synced",
        "java",
        {
            "REPORT_ID": G(hex24),
            "CANDIDATE_EMAIL": Y(email, "email"),
            "CANDIDATE_FULL_NAME": Y(full, "name"),
            "HOME_POSTCODE": Y(postal, "zipcode"),
            "ADJUDICATION_STATUS": G(pick("ENGAGED", "PRE_ADVERSE", "POST_ADVERSE", "NONE")),
            "DAYS_TO_COMPLETE": G(lambda f: f.r.randint(0, 20)),
            "HOURLY_RATE": Y(lambda f: f.pick([f.money(14, 45), f.money(11, 25)]), "salary"),
        },
    ),
    (
        "track",
        "Livescan Result Posted",
        "node",
        {
            "tcn": G(lambda f: f.pick(["CA", "TX"]) + f.digits(10)),
            "applicant-name": Y(full, "name"),
            "applicant-dob": Y(dob, "birthdate"),
            "applicant-ssn": RED(ssn, "social security number"),
            "response-code": G(pick("NO_RECORD", "RECORD_FOUND", "REJECTED")),
            "rap-sheet-summary": Y(
                pick(
                    "1 arrest, 2016, Possession - dismissed",
                    "2 arrests, 2011/2018, Theft - convicted",
                    "1 arrest, 2020, Vandalism - diverted",
                ),
                "criminal record",
            ),
            "processed-at": G(iso),
        },
    ),
    # -- adjudication & adverse action -------------------------------------------------------------
    (
        "track",
        "Adjudication Decision Recorded",
        "eweb",
        {
            "reportId": G(hex24),
            "decision": G(pick("eligible", "pre_adverse_action", "escalate", "needs_review")),
            "adjudicatorEmail": Y(work_email, "email"),
            "matrixVersion": G(pick("v3", "v4.1", "2024-01")),
            "reasons": Many(G(pick("recency", "not_job_related", "severity", "rehabilitation")), 2),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Spoke with {full(f)}, record is 9 years old, proceed.",
                        f"{full(f)} provided rehabilitation certificate.",
                        f"Escalated to legal - {full(f)} disputes the charge.",
                    ]
                ),
                "name",
                True,
            ),
            "timeToDecisionMin": G(lambda f: f.r.randint(1, 4000)),
        },
    ),
    (
        "track",
        "Pre-Adverse Action Notice Sent",
        "ruby",
        {
            "adverse_action_id": G(hex24),
            "report_id": G(hex24),
            "candidate_email": Y(email, "email"),
            "candidate_name": Y(full, "name"),
            "mailing_address": Y(one_line_address, "address"),
            "adverse_items": Many(
                {
                    "id": G(hex24),
                    "text": Y(
                        pick(
                            "Conviction: Petty theft (2019)",
                            "Felony: Burglary 2nd degree",
                            "MVR: 3 moving violations in 36 months",
                            "DUI conviction 2021",
                        ),
                        "criminal record",
                        True,
                    ),
                },
                3,
            ),
            "waiting_period_days": G(pick(5, 7, 10)),
            "delivery_method": G(pick("email", "mail", "email_and_mail")),
            "notice_pdf_url": G(lambda f: f"https://files.vettly.com/notices/{f.uuid()}.pdf"),
            "individualized_assessment": G(boolean),
            "sent_by": Y(work_email, "email"),
        },
    ),
    (
        "track",
        "Candidate Dispute Filed",
        "cweb",
        {
            "disputeId": G(uuid),
            "reportId": G(hex24),
            "disputedItems": Many(G(pick("record_1", "record_2", "mvr_violation_1", "employment_1")), 2),
            "explanation": Y(
                lambda f: f.pick(
                    [
                        f"This record belongs to a different {full(f)}, not me.",
                        f"My legal name is {full(f)} and I have never lived in that county.",
                        f"The case was expunged. Please contact my attorney {full(f)}.",
                    ]
                ),
                "name",
                True,
            ),
            "contactPreference": G(pick("email", "phone", "mail")),
            "attachmentsCount": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Continuous Check Alert",
        "go",
        {
            "alert_id": G(uuid),
            "subscription_id": G(hex24),
            "alert_type": G(pick("new_record", "license_status_change", "new_violation")),
            "candidate": {
                "id": G(hex24),
                "full_name": Y(full, "name"),
                "email": Y(email, "email"),
            },
            "record_summary": Y(
                pick(
                    "Arrest: DUI, Maricopa County, 2024-03-11",
                    "Citation: Speeding 20+ over, TX",
                    "Charge: Shoplifting, Cook County",
                ),
                "criminal record",
                True,
            ),
            "severity": G(pick("low", "medium", "high")),
        },
    ),
    # -- I-9 & EEO ---------------------------------------------------------------------------------
    (
        "track",
        "I-9 Section 1 Completed",
        "cweb",
        {
            "formId": G(uuid),
            "citizenshipAttestation": RED(
                pick(
                    "us_citizen",
                    "noncitizen_national",
                    "lawful_permanent_resident",
                    "alien_authorized_to_work",
                ),
                "visa",
            ),
            "uscisANumber": RED(lambda f: "A" + f.digits(9), "national id"),
            "workAuthorizationExpires": RED(lambda f: f.date(2025, 2030), "visa"),
            "ssn": RED(ssn, "social security number"),
            "otherLastNamesUsed": Many(Y(lambda f: last(f, "us"), "name"), 2),
            "preparerUsed": G(boolean),
            "eVerifyCaseNumber": G(lambda f: f"{f.r.randint(2023, 2024)}{f.digits(9)}AB"),
            "completedAt": G(iso),
        },
    ),
    (
        "track",
        "EEO Self Identification Submitted",
        "cweb",
        {
            "gender": Y(pick("female", "male", "decline_to_answer", "non_binary"), "gender"),
            "pronouns": Y(pick("she/her", "he/him", "they/them"), "gender"),
            "hispanicOrLatino": Y(boolean, "ethnicity"),
            "raceEthnicity": Y(
                pick(
                    "Black or African American",
                    "Asian",
                    "White",
                    "Two or More Races",
                    "American Indian or Alaska Native",
                ),
                "race|ethnicity",
            ),
            "veteranStatus": RED(pick("protected_veteran", "not_a_veteran", "decline_to_answer"), "veteran"),
            "disabilityStatus": RED(pick("yes", "no", "do_not_wish_to_answer"), "disability"),
            "declinedToSelfIdentify": G(boolean),
            "formVersion": G(pick("CC-305 (2023)", "EEO-1 v2")),
        },
    ),
    # -- employer dashboard -------------------------------------------------------------------------
    (
        "track",
        "Candidates Searched",
        "eweb",
        {
            "q": Y(lambda f: f.pick([full(f), email(f), last(f)]), "name|email", True),
            "resultsCount": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "status": G(pick("all", "consider", "pending", "clear")),
                "package": G(package_slug),
            },
            "page": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Candidate Profile Viewed",
        "eweb",
        {
            "candidateId": G(hex24),
            "viewedSection": G(pick("summary", "criminal", "mvr", "drug", "documents")),
            "viewerRole": G(pick("admin", "adjudicator", "recruiter", "hiring_manager")),
            "reportStatus": G(pick("clear", "consider", "pending")),
            "timeOnPageMs": G(lambda f: f.r.randint(500, 300000)),
        },
    ),
    (
        "group",
        None,
        "eweb",
        {
            "name": G(lambda f: f.pick(EMPLOYERS)),
            "industry": G(pick("Logistics", "Healthcare", "Staffing", "Retail", "IT Services")),
            "employees": G(lambda f: f.pick([45, 320, 5400, 120000])),
            "plan": G(pick("starter", "growth", "enterprise")),
            "website": G(
                pick("https://globexlogistics.com", "https://initech.io", "https://northwindhealth.org")
            ),
            "mainPhone": G(pick("+1 614 555 0100", "+44 161 496 0800", "+91 80 4000 1234")),
            "billingEmail": G(
                pick("ap@globexlogistics.com", "accounts.payable@initech.io", "finance@northwindhealth.org")
            ),
            "headquarters": {
                "street": G(pick("1 Infinite Loop", "200 Deansgate", "44 Electronics City Phase 1")),
                "city": G(pick("Columbus", "Manchester", "Bengaluru")),
                "postalCode": G(pick("43215", "M3 3NW", "560100")),
                "country": G(pick("US", "GB", "IN")),
            },
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "accountOwnerEmail": Y(work_email, "email"),
            "fcraCertified": G(boolean),
            "createdAt": G(iso),
        },
    ),
    (
        "track",
        "Integration Connected",
        "eweb",
        {
            "integration": G(pick("greenhouse", "lever", "workday", "bamboohr", "icims")),
            "apiKey": RED(lambda f: f.pick([f.secret(), "lvr_live_" + f.hexid(32)]), "secret"),
            "webhookSecret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "connectedBy": Y(work_email, "email"),
            "scopes": Many(G(pick("candidates:read", "reports:write", "webhooks:manage")), 3),
            "sandbox": G(boolean),
        },
    ),
    (
        "track",
        "ATS Webhook Delivered",
        "go",
        {
            "webhook_id": G(uuid),
            "endpoint_url": G(
                pick(
                    "https://harvest.greenhouse.io/v1/partner/background_checks",
                    "https://api.lever.co/v1/webhooks/vettly",
                    "https://wd5.myworkday.com/ccx/service/customreport",
                )
            ),
            "http_status": G(pick(200, 202, 500, 429)),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "latency_ms": G(lambda f: f.r.randint(40, 9000)),
            "signature": G(lambda f: "sha256=" + f.hexid(64)),
            "payload": {
                "action": G(pick("background_check_completed", "candidate_updated")),
                "application_id": G(num(9)),
                "job_id": G(num(7)),
                "stage": G(pick("Offer", "Background Check", "Hired")),
                "candidate": {
                    "id": G(num(9)),
                    "first_name": Y(lambda f: first(f), "name"),
                    "last_name": Y(lambda f: last(f), "name"),
                    "email_addresses": Many(
                        {"value": Y(email, "email", True), "type": G(pick("personal", "work", "other"))}, 2
                    ),
                    "phone_numbers": Many(
                        {"value": Y(phone, "phone", True), "type": G(pick("mobile", "home", "work"))}, 2
                    ),
                },
                "background_check_status": G(pick("clear", "consider", "in_progress")),
            },
        },
    ),
    # -- messaging webhooks ------------------------------------------------------------------------
    (
        "track",
        "SMS Sent",
        "node_x",
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(phone, "phone", True),
            "from": G(pick("+18335550143", "VETTLY", "+447700900321")),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, your drug test appointment is confirmed. Reply STOP to opt out.",
                        f"{first(f)}, Globex has requested a background check. Check your email to start.",
                        f"Hi {first(f)}, your report is complete.",
                    ]
                ),
                "name",
                True,
            ),
            "status": G(pick("queued", "sent", "delivered", "undelivered")),
            "num_segments": G(pick(1, 2)),
            "price": G(pick(-0.0079, -0.0083, -0.04)),
            "template": G(pick("drug_appt_confirm", "invite_sms", "report_complete")),
        },
    ),
    (
        "track",
        "Email Event Received",
        "node",
        {
            "email": Y(email, "email"),
            "event_type": G(pick("delivered", "open", "click", "bounce")),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(5)),
            "smtp_id": G(lambda f: f"<{f.hexid(16)}@mail.vettly.com>"),
            "recipient_ip": Y(ip_any, "ip"),
            "useragent": G(pick(*WEB_UAS)),
            "category": Many(G(pick("invite", "reminder", "adverse_action", "report_complete")), 2),
            "asm_group_id": G(pick(1401, 1402)),
            "ts": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Invitation Reminder Sent",
        "ruby",
        {
            "invitation_id": G(hex24),
            "recipient": Y(email, "email", True),
            "reminder_number": G(lambda f: f.r.randint(1, 3)),
            "template": G(pick("reminder_day2", "reminder_day5", "final_notice")),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.vettly.com>"),
            "days_since_invite": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "cweb",
        {
            "email": Y(email, "email"),
            "login_url": RED(
                lambda f: f"https://candidate.vettly.com/auth/callback?code={f.hexid(40)}", "token", True
            ),
            "requested_from": G(pick("invite_email", "login_page", "sms")),
            "link_ttl_minutes": G(pick(15, 30, 60)),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "cweb",
        {
            "conversation_id": G(num(12)),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi, I changed my number, please text me at {phone(f)}",
                        f"Can someone call me on {phone(f)} about my report?",
                        f"wrong phone on file, correct one is {phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
            "author_type": G(pick("user", "lead")),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Address Autocomplete Queried",
        "cweb",
        {
            "input": Y(lambda f: street(f), "address", True),
            "session_token": G(uuid),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "country_restriction": G(pick("us", "gb", "in")),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "cweb",
        {
            "form": G(pick("addresses", "personal_info", "employment_history")),
            "field": G(pick("previous_employer_phone", "alternate_phone", "emergency_phone")),
            "value": Y(phone, "phone", True),
            "duration_ms": G(lambda f: f.r.randint(200, 20000)),
            "had_error": G(boolean),
        },
    ),
    # -- e-commerce: packages ---------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "eweb",
        {
            "query": G(
                pick("drug test", "mvr", "international criminal", "dbs check", "education verification")
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "eweb",
        {
            **package_product(),
            "currency": G(pick("USD", "GBP", "INR")),
            "position": G(lambda f: f.r.randint(1, 12)),
            "url": G(lambda f: "https://app.vettly.com/packages/" + f.pick(PACKAGES)[0]),
            "turnaround_days": G(pick(1, 3, 5)),
        },
    ),
    (
        "track",
        "Checkout Started",
        "eweb",
        {
            "order_id": G(hex24),
            "revenue": G(money(29, 12000)),
            "tax": G(money(0, 900)),
            "currency": G(pick("USD", "GBP", "INR")),
            "coupon": G(pick("", "SHRM2024", "FIRST50")),
            "po_number": G(lambda f: "PO-" + f.digits(6)),
            "billing_contact": Y(full, "name"),
            "products": Many(package_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "cweb",
        {
            "checkout_id": G(uuid),
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
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(full, "name"),
            "billing_address": {
                "line1": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postal_code": Y(us_zip, "zipcode"),
                "country": G(const("US")),
            },
            "amount": G(pick(29.0, 39.99, 54.5)),
            "currency": G(const("USD")),
            "paid_by": G(pick("candidate", "employer")),
        },
    ),
    (
        "track",
        "Order Completed",
        "php",
        {
            "order_id": G(hex24),
            "total": G(money(29, 12000)),
            "revenue": G(money(29, 12000)),
            "tax": G(money(0, 900)),
            "currency": G(pick("USD", "GBP", "INR")),
            "coupon": G(pick("", "SHRM2024", "FIRST50")),
            "payment_method": G(pick("card", "invoice", "ach")),
            "receipt_email": Y(email, "email"),
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "products": Many(package_product(), 3),
        },
    ),
    (
        "track",
        "Demo Requested",
        "eweb",
        {
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "workEmail": Y(work_email, "email"),
            "jobTitle": G(pick("HR Director", "Talent Acquisition Lead", "COO", "Recruiter")),
            "company": G(lambda f: f.pick(EMPLOYERS)),
            "companySize": G(pick("1-50", "51-500", "501-5000", "5000+")),
            "monthlyChecks": G(pick("<50", "50-500", "500+")),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(48), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "utm_campaign": G(pick("drug_testing_q2", "brand", "dbs_uk")),
        },
    ),
    # -- gig driver onboarding -------------------------------------------------------------------
    (
        "track",
        "Vehicle Information Submitted",
        "kotlin",
        {
            "vehicle_id": G(uuid),
            "plate": Y(plate, "license"),
            "vin": Y(
                lambda f: (
                    f.pick(["1HGCM8", "5YJ3E1", "JTDKN3", "MA3FB3"])
                    + "".join(f.pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(11))
                ),
                "serial",
            ),
            "make": G(pick("Honda", "Toyota", "Maruti Suzuki", "Tesla", "Ford")),
            "model": G(pick("Civic", "Prius", "Swift", "Model 3", "Transit")),
            "year": G(lambda f: f.r.randint(2010, 2024)),
            "color": G(pick("white", "silver", "black", "red")),
            "insurance_policy_number": Y(
                lambda f: f.pick(["POL", "GEICO-", "3001/"]) + f.digits(8), "identification"
            ),
            "insurer": G(pick("GEICO", "Progressive", "Admiral", "ICICI Lombard")),
            "insurance_expiry": G(lambda f: f.date(2024, 2026)),
            "drivers_license_number": Y(any_dl, "license"),
        },
    ),
    # -- screens, pages, lifecycle ---------------------------------------------------------------
    (
        "screen",
        "Document Capture",
        "swift",
        {
            "step": G(lambda f: f.r.randint(1, 6)),
            "total_steps": G(const(6)),
            "document_type": G(pick("passport", "drivers_license", "aadhaar")),
            "camera_permission": G(pick("granted", "denied", "not_determined")),
        },
    ),
    (
        "screen",
        "Collection Site Map",
        "rn",
        {
            "sites_shown": G(lambda f: f.r.randint(0, 20)),
            "map_provider": G(pick("apple", "google")),
            "location_permission": G(pick("granted", "denied")),
        },
    ),
    (
        "page",
        "Candidate Portal",
        "cweb",
        {
            "path": G(lambda f: f.pick(CANDIDATE_PAGES)),
            "title": G(pick("Vettly - Candidate Portal", "Consent | Vettly", "Your addresses | Vettly")),
            "url": G(lambda f: "https://candidate.vettly.com" + f.pick(CANDIDATE_PAGES)),
            "referrer": G(pick("", "https://mail.google.com/", "https://outlook.live.com/")),
            "search": G(pick("", "?lang=es", "?step=3")),
        },
    ),
    (
        "page",
        "Dashboard",
        "eweb",
        {
            "path": G(lambda f: f.pick(EMPLOYER_PAGES)),
            "title": G(pick("Candidates | Vettly", "Reports | Vettly", "Billing | Vettly")),
            "url": G(lambda f: "https://app.vettly.com" + f.pick(EMPLOYER_PAGES)),
            "referrer": G(pick("", "https://app.vettly.com/login")),
            "search": G(pick("", "?status=consider", "?page=2")),
        },
    ),
    (
        "track",
        "Application Opened",
        "swift",
        {
            "from_background": G(boolean),
            "version": G(pick("4.8.0", "4.8.2", "4.9.0")),
            "build": G(pick("4800", "4802", "4900")),
        },
    ),
    (
        "track",
        "Application Updated",
        "kotlin",
        {
            "previous_version": G(pick("4.7.9", "4.8.0")),
            "previous_build": G(pick("40790", "40800")),
            "version": G(pick("4.8.0", "4.8.1")),
            "build": G(pick("40800", "40801")),
        },
    ),
    (
        "track",
        "Document Upload Failed",
        "flutter",
        {
            "error_code": G(pick("FILE_TOO_LARGE", "UNSUPPORTED_TYPE", "NETWORK_TIMEOUT")),
            "file_size_kb": G(lambda f: f.r.randint(50, 25000)),
            "mime_type": G(pick("image/jpeg", "application/pdf", "image/heic")),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "document_type": G(pick("passport", "drivers_license", "aadhaar")),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "first_name": Y(lambda f: first(f, "in"), "name"),
            "last_name": Y(lambda f: last(f, "in"), "name"),
            "mobile_number": Y(lambda f: phone(f, "in"), "phone"),
            "email_id": Y(email, "email"),
            "father_name": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "marital_status": G(pick("single", "married", "divorced")),
            "age": G(lambda f: f.r.randint(19, 58)),
            "app_language": G(pick("en", "hi", "ta")),
            "bgv_stage": G(pick("documents", "address_verification", "completed")),
        },
    ),
    ("alias", None, "swift", {}),
    ("alias", None, "cweb", {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["cand_", "u_", ""]) + f.digits(8),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "emp_" + f.digits(5)
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
    events, labels = build(seed=175, repeats=30)
    write(Path(__file__).parent, "holdout175_", events, labels)
