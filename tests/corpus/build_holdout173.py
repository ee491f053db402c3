"""Writes holdout173: tests/corpus/holdout173_events.jsonl and holdout173_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the other holdout builders (build_holdout3.py was read for its format only),
and never scored by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout173`.

What it covers: a K-12 school district's learning platform and parent portal used by districts in
the US, Singapore and the UAE: student enrolment with guardians, custody documents and authorised
pick-up, attendance and behaviour incidents, grades, transcripts and report cards, special
educational needs (IEP, 504, SEN) and school health plans, school bus tracking (a vendor webhook in
kebab-case, boarding scans), lunch accounts, tuition and fee payments (Stripe-shaped, ACH, UAE
IBAN transfers), a school store on Segment's e-commerce spec, parent-teacher messages, conferences,
field-trip consent and chaperone forms, sign-in, provisioning and integrations. Calls are
identify, track, page, screen, group and alias; contexts are those of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics-flutter and the python, node, go, java, ruby,
php and .NET server libraries (`context.ip`, `context.traits`, device, app, library, locale,
userAgent, campaign, location where an app sets it).

Conventions: most keys are camelCase or snake_case English; the rest are PascalCase (.NET
services), kebab-case (the bus vendor's webhook), SCREAMING_SNAKE (a warehouse reverse-ETL sync of
the student information system) and Arabic (the UAE schools' SIS and health sync). Values follow
each person's region: US, Singapore and UAE names (Chinese, Malay, Indian, Emirati, Arab, South
Asian and Filipino expatriates, US names of many origins, Arabic script), national phone formats,
HDB block, villa and US street addresses; SSNs with a valid structure, Singapore NRIC/FIN with the
correct check letter, Emirates IDs with their Luhn digit, Luhn-valid card numbers, mod-97 UAE
IBANs, VINs with a valid check digit.

Labels (one per leaf path; arrays are `[]`): classification red / yellow / green, type (the
reference's default matcher name, or bank account, geolocation, secret, token, national id, health
id, advertising id, credit card, password, ip; `a|b` when either name is fair) and value_only (the
key does not say what the value is; such a path holds that PII in every one of its values).
PII means personal data about a natural person: the user, a student, a guardian, an emergency or
pick-up contact, a sibling, a staff member (teacher, nurse, driver, case manager, volunteer).
Colours follow the reference's defaults; types outside it are red for credentials, secrets,
tokens, card numbers, bank accounts, government ids and health ids, yellow otherwise. Green: ids
we issue (student, district, lunch-account, RFID badge, state and ministry student numbers, order,
invoice and payment-intent ids), versions, timestamps, hashes of non-PII, amounts, grades and
scores, counts, booleans and enums even under PII-sounding keys, school, course, product, company
and pet names, a school's own phone, e-mail and address, role mailboxes (admissions@, office@),
a physician's practice phone, places that are not a person's, country, state, emirate, locale,
language, timezone, currency, user agents, OS-issued device ids, card brand, last four, expiry and
BIN, bank routing numbers. The product's published policy is followed for contested cases:
insurance policy and member numbers yellow `identification`; salaries yellow; vehicle plates
yellow `license` and VINs yellow `serial` (also for a school bus); ad click ids yellow `advertising
id`; billing and home addresses yellow `address`; Stripe `pm_` ids, one-time and reset codes red
`token`; Medicaid and health-card numbers red `health id`; identity document numbers red
(`national id`, `passport`); residence visa numbers red `visa`; the last four of an SSN red.
A boolean or enum that reveals a special category is labelled with that category: an IEP flag,
a disability category and IEP/504 accommodations are red `disability`; a health-plan type is
yellow `condition`; an allergy flag is yellow `allergy`.

Calls made where a rule left room (what a careful privacy owner would want flagged):
- A school bus's live position is a vehicle's, not a person's: green. A boarding scan's
  coordinates tie a named student to a place and time: yellow geolocation.
- A student's school-issued e-mail (first.last@students...) is an e-mail: yellow; a numeric login is
  an id: green. Free/reduced lunch status, SNAP receipt, English learner status, dietary choices
  and absence reason codes are enums that name no special category in every value: green.
- A key that names a person's role but not what is stored (`principal`, `attendees[]`,
  `recipients[]`, `signed_in_by`, `connected_by`, Twilio's `To`) is value_only.
- In UAE addresses the postal field holds a P.O. Box number: labelled `zipcode` like a ZIP.
- A Stripe payment-intent id (`pi_`) names a transaction, not a card: green; `pm_` ids are red.
- Blood group has no matcher of its own: yellow `condition`.
- A pre-signed report-card URL (an AWS access key id and signature in its query) is a bearer
  credential: red `token|secret`, value_only. A pick-up code word is a secret the family holds:
  red `password|secret`.
- Free text is labelled by what every value carries; messages built to always name the student
  are yellow `name` (value_only), notes that never carry PII are green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places by region ------------------------------------------------------------------

US_FIRST = [
    "Emma",
    "Liam",
    "Olivia",
    "Jayden",
    "Aaliyah",
    "DeShawn",
    "Camila",
    "Mateo",
    "Sophia",
    "Hunter",
    "Valentina",
    "Tyler",
    "Brianna",
    "Kai",
    "Mai",
    "Ximena",
    "Ethan",
    "Nia",
    "Santiago",
    "Abigail",
    "Hamza",
    "Grace",
    "Luca",
    "Imani",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Rodriguez",
    "Nguyen",
    "Kim",
    "Patel",
    "Jackson",
    "Hernández",
    "O'Connor",
    "Washington",
    "Kowalczyk",
    "Yang",
    "Vang",
    "Begay",
    "Murphy",
    "López",
    "Greenberg",
    "Abdi",
    "Schmidt",
    "Okoro",
    "Brooks",
    "Castillo",
]
SG_FIRST = [
    "Wei Ling",
    "Jun Jie",
    "Xin Yi",
    "Nur Aisyah",
    "Muhammad Irfan",
    "Priya",
    "Arjun",
    "Hui Min",
    "Ethan",
    "Chloe",
    "Siti Nurhaliza",
    "Ryan",
    "Kavya",
    "Zhi Hao",
    "Farhan",
    "Jia En",
]
SG_CHINESE_LAST = ["Tan", "Lim", "Lee", "Ng", "Goh", "Wong", "Chua", "Teo", "Koh", "Ong"]
SG_OTHER_LAST = ["Rahman", "Hassan", "Subramaniam", "Ramasamy", "Osman", "Nair", "Ismail", "Pillai"]
AE_FIRST = [
    "Mohammed",
    "Fatima",
    "Hamdan",
    "Mariam",
    "Omar",
    "Layla",
    "Ahmed",
    "Aisha",
    "Saeed",
    "Noora",
    "Arjun",
    "Maria",
    "Yousef",
    "Hessa",
    "Rania",
    "Khalid",
    "Zainab",
    "Ibrahim",
    "Joshua",
    "Anjali",
]
AE_LAST = [
    "Al Mansoori",
    "Al Nuaimi",
    "Al Falasi",
    "Al Suwaidi",
    "Al Shamsi",
    "Haddad",
    "Khalil",
    "Menon",
    "Santos",
    "Rahman",
    "Al Ketbi",
    "Nasser",
    "Farouk",
    "Al Marzouqi",
    "Qureshi",
    "Reyes",
]
AR_FIRST = ["محمد", "فاطمة", "حمدان", "مريم", "عمر", "ليلى", "أحمد", "عائشة", "سعيد", "نورة", "يوسف", "حصة"]
AR_MALE = ["محمد", "حمدان", "عمر", "أحمد", "سعيد", "يوسف", "خالد", "راشد"]
AR_LAST = ["المنصوري", "النعيمي", "الفلاسي", "السويدي", "الشامسي", "حداد", "الكتبي", "المرزوقي", "ناصر"]

PROVIDERS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "SG": ["gmail.com", "yahoo.com.sg", "hotmail.com", "singnet.com.sg", "outlook.com"],
    "AE": ["gmail.com", "hotmail.com", "emirates.net.ae", "outlook.com", "icloud.com"],
}
STAFF_DOMAINS = {"US": "riversideusd.org", "SG": "moe.edu.sg", "AE": "alnoorschool.ae"}
STUDENT_DOMAINS = {"US": "students.riversideusd.org", "SG": "students.edu.sg", "AE": "st.alnoorschool.ae"}
US_PLACES = [
    ("Chicago", "IL", "606"),
    ("Austin", "TX", "787"),
    ("Fresno", "CA", "937"),
    ("Columbus", "OH", "432"),
    ("Charlotte", "NC", "282"),
    ("Fairfax", "VA", "220"),
    ("Minneapolis", "MN", "554"),
    ("Phoenix", "AZ", "850"),
]
US_STREETS = [
    "Damen Ave",
    "Oak Park Blvd",
    "Maple St",
    "Lakeview Dr",
    "Cedar Hollow Rd",
    "E 5th St",
    "Willow Creek Ln",
    "Sunnyside Ave",
    "Magnolia Ct",
    "W Addison St",
]
SG_ESTATES = [
    ("Tampines", "52"),
    ("Jurong West", "64"),
    ("Ang Mo Kio", "56"),
    ("Bedok North", "46"),
    ("Woodlands", "73"),
    ("Punggol", "82"),
    ("Sengkang", "54"),
    ("Clementi", "12"),
]
AE_AREAS = [
    ("Al Barsha 2", "Dubai"),
    ("Mirdif", "Dubai"),
    ("Jumeirah 1", "Dubai"),
    ("Al Khalidiyah", "Abu Dhabi"),
    ("Al Reem Island", "Abu Dhabi"),
    ("Al Nahda", "Sharjah"),
    ("Al Jimi", "Al Ain"),
]

SCHOOLS = {
    "US": ["Riverside Elementary", "Jefferson Middle School", "Lincoln High School", "Cesar Chavez Academy"],
    "SG": [
        "Tampines Primary School",
        "Greenridge Secondary School",
        "Punggol View Primary",
        "Clementi Town Secondary",
    ],
    "AE": ["Al Noor International School", "Dubai Heights Academy", "Al Reem British School"],
}
COURSES = [
    "Algebra I",
    "English 7",
    "Biology",
    "World History",
    "Mathematics (Sec 2)",
    "Arabic Language B",
    "Chemistry",
    "Art & Design",
    "Physical Education",
    "Islamic Studies",
    "Computer Science Principles",
]
CURRENCY = {"US": "USD", "SG": "SGD", "AE": "AED"}
REL = [
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "aunt",
    "uncle",
    "stepfather",
    "legal guardian",
    "foster parent",
]


def ascii_fold(text: str) -> str:
    table = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")
    return text.translate(table).replace("'", "").replace(" ", "")


class F(Fake):
    """Fake with a coherent person per message (`p`) and a scratch person for list items (`o`)."""

    def region(self):
        return self.r.choices(["US", "SG", "AE"], weights=[5, 3, 3])[0]

    def person(self, region=None, child=False):
        region = region or self.region()
        if region == "US":
            first, last = self.pick(US_FIRST), self.pick(US_LAST)
            full = f"{first} {last}"
        elif region == "SG":
            first = self.pick(SG_FIRST)
            if self.r.random() < 0.55:
                last = self.pick(SG_CHINESE_LAST)
                full = f"{last} {first}" if " " in first else f"{first} {last}"
            else:
                last = self.pick(SG_OTHER_LAST)
                full = f"{first} {self.pick(['bin', 'binte', 's/o', 'd/o'])} {last}"
        else:
            first, last = self.pick(AE_FIRST), self.pick(AE_LAST)
            full = f"{first} {last}"
        dob = self.date(2007, 2019) if child else self.date(1962, 1996)
        return {
            "region": region,
            "first": first,
            "last": last,
            "full": full,
            "dob": dob,
            "email": self.personal_email(region, first, last),
            "phone": self.mobile(region),
        }

    def personal_email(self, region, first, last):
        a, b = ascii_fold(first).lower(), ascii_fold(last).lower()
        shape = self.pick(
            [f"{a}.{b}", f"{a}{b}{self.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{self.r.randint(70, 99)}"]
        )
        return f"{shape}@{self.pick(PROVIDERS[region])}"

    def mobile(self, region=None):
        region = region or self.p["region"]
        r = self.r
        if region == "US":
            a = self.pick([312, 773, 415, 512, 646, 713, 305, 206, 617, 480, 919, 702, 559, 614, 704, 703])
            x, n = r.randint(201, 989), r.randint(0, 9999)
            return self.pick(
                [f"({a}) {x}-{n:04d}", f"{a}-{x}-{n:04d}", f"+1{a}{x}{n:04d}", f"{a}.{x}.{n:04d}"]
            )
        if region == "SG":
            d = str(self.pick([8, 9])) + f"{r.randint(0, 9999999):07d}"
            return self.pick([f"+65 {d[:4]} {d[4:]}", d, f"+65{d}", f"{d[:4]} {d[4:]}"])
        p, n = self.pick(["50", "52", "54", "55", "56", "58"]), f"{r.randint(0, 9999999):07d}"
        return self.pick([f"+971 {p} {n[:3]} {n[3:]}", f"0{p} {n[:3]} {n[3:]}", f"+971{p}{n}", f"0{p}{n}"])

    def new_message(self, region=None):
        region = region or self.region()
        self.p = child = self.person(region, child=True)
        g = self.person(region)
        if self.r.random() < 0.6:
            g["last"] = child["last"]
            g["full"] = f"{g['first']} {g['last']}" if region != "SG" else g["full"]
        child["g"] = g
        child["school"] = self.pick(SCHOOLS[region])
        child["currency"] = CURRENCY[region]
        r = self.r
        if region == "US":
            city, state, z = self.pick(US_PLACES)
            child["addr"] = {
                "line1": f"{r.randint(100, 9899)} {self.pick(['', 'N ', 'S ', 'W '])}{self.pick(US_STREETS)}",
                "line2": self.pick(["Apt 2B", "Unit 14", "Apt 305", "#7", "Suite B"]),
                "city": city,
                "state": state,
                "zip": f"{z}{r.randint(1, 99):02d}" + self.pick(["", f"-{r.randint(1000, 9999)}"]),
                "country": "US",
            }
        elif region == "SG":
            estate, pc = self.pick(SG_ESTATES)
            blk = r.randint(101, 899)
            child["addr"] = {
                "line1": f"Blk {blk} {estate} {self.pick(['Street', 'Avenue', 'Drive'])} {r.randint(1, 91)}",
                "line2": f"#{r.randint(2, 25):02d}-{r.randint(1, 480):03d}",
                "city": "Singapore",
                "state": "Singapore",
                "zip": f"{pc}{blk:03d}{r.randint(0, 9)}"[:6],
                "country": "SG",
            }
        else:
            area, city = self.pick(AE_AREAS)
            child["addr"] = {
                "line1": self.pick(
                    [
                        f"Villa {r.randint(1, 140)}, {r.randint(1, 60)} Street, {area}",
                        f"Al Wasl Tower, {area}",
                        f"Building {r.randint(3, 90)}, {area}",
                    ]
                ),
                "line2": self.pick(
                    [
                        f"Apt {r.randint(101, 2410)}",
                        f"Flat {r.randint(101, 2410)}",
                        f"Villa {r.randint(1, 99)}",
                    ]
                ),
                "city": city,
                "state": city if city != "Al Ain" else "Abu Dhabi",
                "zip": f"P.O. Box {r.randint(1000, 499999)}",
                "country": "AE",
            }
        child["student_id"] = {"US": "", "SG": "S", "AE": "AN"}[region] + str(r.randint(100000, 999999))

    def item(self):
        self.it = self.pick(STORE)
        return self.it

    def lat(self):
        region = self.p["region"]
        lo, hi = {"US": (29.5, 47.5), "SG": (1.28, 1.45), "AE": (24.2, 25.45)}[region]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        region = self.p["region"]
        lo, hi = {"US": (-122.5, -77.0), "SG": (103.65, 103.98), "AE": (54.3, 56.1)}[region]
        return round(self.r.uniform(lo, hi), 6)

    def other(self, region=None):
        self.o = self.person(region or self.p["region"])
        return self.o

    def staff(self):
        s = self.person(self.p["region"])
        dom = STAFF_DOMAINS[s["region"]]
        a, b = ascii_fold(s["first"]).lower(), ascii_fold(s["last"]).lower()
        s["email"] = f"{a}.{b}@{dom}" if s["region"] != "SG" else f"{a}_{b}@{dom}"
        prefix = {"US": "Mr. ", "SG": "Mdm ", "AE": "Ms. "}[s["region"]]
        s["display"] = self.pick([s["full"], prefix + s["last"], s["full"]])
        self.o = s
        return s

    # -- identifiers -----------------------------------------------------------------------------

    def nric(self, child=True):
        prefix = self.pick(["T"] if child else ["S", "S", "F", "G"])
        digits = f"{self.r.randint(0, 9999999):07d}"
        total = sum(int(d) * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
        total += 4 if prefix in "TG" else 0
        letters = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
        return f"{prefix}{digits}{letters[total % 11]}"

    def emirates_id(self, child=True):
        year = self.r.randint(2007, 2019) if child else self.r.randint(1965, 1996)
        body = self.luhn_complete(f"784{year}{self.r.randint(0, 9999999):07d}")
        return self.pick([f"{body[:3]}-{body[3:7]}-{body[7:14]}-{body[14]}", body])

    def ae_iban(self):
        bban = self.pick(["033", "026", "030", "035", "044"]) + f"{self.r.randint(0, 10**16 - 1):016d}"
        numeric = "".join(str(int(c, 36)) for c in bban + "AE00")
        raw = f"AE{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = self.pick(["1BAKG", "4DRBU", "1GB6G", "JHMCM", "3C6TR"]) + "".join(
            self.pick(chars) for _ in range(12)
        )
        values = {c: v for c, v in zip("ABCDEFGH", range(1, 9), strict=True)}
        values.update({c: v for c, v in zip("JKLMN", range(1, 6), strict=True)})
        values.update({"P": 7, "R": 9, **{c: v for c, v in zip("STUVWXYZ", range(2, 10), strict=True)}})
        values.update({str(d): d for d in range(10)})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        total = sum(values[c] * w for c, w in zip(body, weights, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def plate(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(1, 9)}{''.join(self.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
                f"{r.randint(100, 999)}",
                f"PC {r.randint(1000, 9999)} {self.pick('ABCDEGHJKLMPRSTXYZ')}",
                f"Dubai {self.pick(['A', 'B', 'K', 'M'])} {r.randint(10000, 99999)}",
                f"S{self.pick('BCDFGHJKL')}{self.pick('ABCDEFGHJKL')} "
                f"{r.randint(1, 9999)} {self.pick('ABCDEGHJKLMPRSTXYZ')}",
            ]
        )

    def dl(self):
        r = self.r
        return self.pick(
            [
                f"{self.pick('ABCDGHKLMRSW')}{r.randint(100, 999)}-"
                f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"{r.randint(10000000, 49999999)}",
                f"{self.pick('ABDFGNSY')}{r.randint(1000000, 9999999)}",
                f"{r.randint(100000, 9999999)}",
            ]
        )

    def passport(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(5, 6)}{r.randint(10000000, 99999999)}",
                f"K{r.randint(1000000, 9999999)}{self.pick('ABCDEFGHIJKLMNPQRSTUVWXYZ')}",
                f"{self.pick('JKLMNPRSTUVZ')}{r.randint(1000000, 9999999)}",
                f"P{r.randint(100000, 9999999):07d}",
            ]
        )

    def stripe(self, prefix, n=24):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "1" + "".join(self.pick(alnum) for _ in range(n - 1))

    def medicaid(self):
        r = self.r
        return self.pick(
            [
                f"{self.pick('ABCDEFGHJKLMNPRSTVWXYZ')}{self.pick('ABCDEFGHJKLMNPRSTVWXYZ')}"
                f"{r.randint(10000, 99999)}{self.pick('ABCDEFGHJKLM')}",
                f"9{r.randint(10000000, 99999999)}{self.pick('ABCDEFGH')}",
                f"{r.randint(100000000, 999999999)}{self.pick(['', '01', 'A'])}",
            ]
        )


def p(key):
    return lambda f: f.p[key]


def g(key):
    return lambda f: f.p["g"][key]


def addr(key):
    return lambda f: f.p["addr"][key]


def pick(items):
    return lambda f: f.pick(items)


def ri(a, b):
    return lambda f: f.r.randint(a, b)


BOOL = pick([True, False])


def date24(f):
    return (
        f"2024-{f.r.randint(8, 12):02d}-{f.r.randint(1, 28):02d}"
        if f.r.random() < 0.5
        else f"2025-{f.r.randint(1, 6):02d}-{f.r.randint(1, 28):02d}"
    )


# -- contexts -------------------------------------------------------------------------------------

UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
]
LOCALES = ["en-US", "es-US", "en-SG", "zh-SG", "ms-SG", "en-AE", "ar-AE", "hi-IN", "tl-PH"]
TZ = {
    "US": ["America/Chicago", "America/New_York", "America/Los_Angeles"],
    "SG": ["Asia/Singapore"],
    "AE": ["Asia/Dubai"],
}


def tz(f):
    return f.pick(TZ[f.p["region"]])


def web_context(page: str, title: str, host="portal.schoolbridge.app"):
    return {
        "library": {
            "name": G(pick(["analytics.js"])),
            "version": G(pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.69.2"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://mail.google.com/",
                        f"https://{host}/home",
                        "https://riversideusd.org/",
                    ]
                )
            ),
            "search": G(pick(["", "?lang=en", "?utm_source=district_email&utm_medium=email", "?student=2"])),
            "title": G(lambda f: f"{title} | SchoolBridge"),
            "url": G(lambda f: f"https://{host}{page}"),
        },
        "userAgent": G(pick(UA_DESKTOP)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])),
                    "version": G(pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(BOOL),
            "platform": G(pick(["Windows", "macOS", "Chrome OS", "Android"])),
        },
        "locale": G(pick(LOCALES)),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                pick(["back_to_school_2024", "enrollment_fy25", "lunch_reload_reminder", "open_house"])
            ),
            "source": G(pick(["district_email", "facebook", "google", "sms"])),
            "medium": G(pick(["email", "cpc", "social", "text"])),
            "content": G(pick(["hero_button", "footer_link", "reminder_v2"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(pick(["SchoolBridge Parent"])),
            "version": G(pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(pick(["4180", "4182", "4190"])),
            "namespace": G(pick(["app.schoolbridge.parent"])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick(["Apple"])),
            "model": G(pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(pick(["iPhone", "iPad"])),
            "type": G(pick(["ios"])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pick(["analytics-swift"])), "version": G(pick(["1.5.11", "1.6.0"]))},
        "locale": G(pick(LOCALES)),
        "network": {"wifi": G(BOOL), "cellular": G(BOOL)},
        "os": {"name": G(pick(["iOS", "iPadOS"])), "version": G(pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(pick([390, 393, 430, 820])), "height": G(pick([844, 852, 932, 1180]))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(g("email"), "email"),
            "firstName": Y(g("first"), "name"),
            "lastName": Y(g("last"), "name"),
            "phone": Y(g("phone"), "phone"),
            "role": G(pick(["guardian"])),
        },
    }


def kotlin_context():
    return {
        "app": {
            "name": G(pick(["SchoolBridge Parent"])),
            "version": G(pick(["4.18.1", "4.19.0"])),
            "build": G(pick(["418010", "419003"])),
            "namespace": G(pick(["app.schoolbridge.parent"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick(["samsung", "Google", "Xiaomi", "OPPO"])),
            "model": G(pick(["SM-A546E", "Pixel 7a", "2201117TG", "CPH2473"])),
            "name": G(pick(["a54x", "lynx", "spes", "OP5961L1"])),
            "type": G(pick(["android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(BOOL),
        },
        "library": {"name": G(pick(["analytics-kotlin"])), "version": G(pick(["1.16.3", "1.17.0"]))},
        "locale": G(pick(LOCALES)),
        "network": {
            "wifi": G(BOOL),
            "cellular": G(BOOL),
            "bluetooth": G(BOOL),
            "carrier": G(pick(["Singtel", "du", "Etisalat", "T-Mobile", "StarHub", "Verizon"])),
        },
        "os": {"name": G(pick(["Android"])), "version": G(pick(["14", "13", "12"]))},
        "screen": {
            "density": G(pick([2.625, 3.0, 2.0])),
            "width": G(pick([1080, 720])),
            "height": G(pick([2340, 2400, 1600])),
        },
        "timezone": G(tz),
        "userAgent": G(
            pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context():
    return {
        "app": {
            "name": G(pick(["SchoolBridge Student"])),
            "version": G(pick(["2.7.0", "2.7.3", "2.8.0"])),
            "build": G(pick(["270", "273", "280"])),
            "namespace": G(pick(["app.schoolbridge.student"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick(["Apple", "samsung", "Lenovo"])),
            "model": G(pick(["iPad (9th generation)", "SM-X200", "TB-X606F", "iPhone 13"])),
            "name": G(pick(["iPad", "gta8wifi", "X606F", "iPhone"])),
            "type": G(pick(["ios", "android"])),
        },
        "library": {
            "name": G(pick(["@segment/analytics-react-native"])),
            "version": G(pick(["2.19.1", "2.20.2"])),
        },
        "locale": G(pick(LOCALES)),
        "network": {"wifi": G(BOOL), "cellular": G(BOOL)},
        "os": {"name": G(pick(["iOS", "Android"])), "version": G(pick(["17.4", "13", "12"]))},
        "screen": {"width": G(pick([810, 1200, 390])), "height": G(pick([1080, 1920, 844]))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(
                lambda f: (
                    f"{ascii_fold(f.p['first']).lower()}.{ascii_fold(f.p['last']).lower()}@{STUDENT_DOMAINS[f.p['region']]}"
                ),
                "email",
            ),
            "gradeLevel": G(ri(1, 12)),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(pick(["BusBuddy"])),
            "version": G(pick(["3.2.0", "3.2.1"])),
            "build": G(pick(["32", "33"])),
            "namespace": G(pick(["com.schoolbridge.busbuddy"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick(["Apple", "samsung", "Google"])),
            "model": G(pick(["iPhone14,7", "SM-S918B", "Pixel 8"])),
            "type": G(pick(["ios", "android"])),
        },
        "library": {"name": G(pick(["analytics_flutter"])), "version": G(pick(["1.1.2", "1.1.4"]))},
        "locale": G(pick(LOCALES)),
        "os": {"name": G(pick(["iOS", "Android"])), "version": G(pick(["17.5", "14"]))},
        "screen": {"width": G(pick([390, 1080])), "height": G(pick([844, 2340]))},
        "timezone": G(tz),
        "network": {"wifi": G(BOOL), "cellular": G(BOOL)},
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 3), 1)),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.1", "2.4.3"],
    "analytics-php": ["3.7.3", "3.8.0"],
    "Analytics.NET": ["3.8.1", "3.8.0"],
}


def server_context(lib: str, ip=False):
    ctx = {"library": {"name": G(lambda f: lib), "version": G(pick(SERVER_VERSIONS[lib]))}}
    if ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(pick(UA_DESKTOP))
    return ctx


# -- shared shapes --------------------------------------------------------------------------------

STORE = [
    ("Riverside Eagles Hoodie", "Apparel", 38.0),
    ("PE Uniform Polo", "Uniform", 18.5),
    ("Yearbook 2025", "Yearbook", 45.0),
    ("Graphing Calculator TI-84", "Supplies", 119.0),
    ("Art Supply Kit", "Supplies", 24.0),
    ("School Tie (Secondary)", "Uniform", 12.0),
    ("Water Bottle 750ml", "Accessories", 15.0),
]


def store_product():
    return {
        "product_id": G(lambda f: f"prod_{f.r.randint(1000, 1099)}"),
        "sku": G(lambda f: f"SB-{f.r.randint(100, 999)}-{f.pick(['YS', 'YM', 'AS', 'AM', 'OS'])}"),
        "name": G(lambda f: f.item()[0]),
        "category": G(lambda f: f.it[1]),
        "price": G(lambda f: f.it[2]),
        "quantity": G(ri(1, 3)),
    }


def teacher_message(f):
    s, gf = f.p["first"], f.p["g"]["first"]
    return f.pick(
        [
            f"Hi {gf}, just a reminder that {s} needs to return the signed trip form by Friday.",
            f"Dear {gf}, {s} did really well on today's quiz, please keep encouraging the reading at home!",
            f"{s} left a jacket in the classroom today, we'll keep it at the front office.",
            f"Hello, I'd like to set up a quick call about {s}'s progress in maths this term.",
            f"Good afternoon {gf}. {s} has missing homework for Unit 4, can we check in this week?",
            f"Thanks for the note about {s}. I've moved the seat closer to the board as requested.",
        ]
    )


def parent_reply(f):
    ph, em = f.p["g"]["phone"], f.p["g"]["email"]
    return f.pick(
        [
            f"Thanks! Please call me on {ph} after 5pm.",
            f"Can you send the worksheet to {em}? The portal link isn't working.",
            f"I'm travelling this week, my husband can be reached on {f.mobile()}.",
            f"Sure, WhatsApp me at {ph} and we can find a time.",
            f"Noted. Please use {em} from now on, the old address is closed.",
        ]
    )


def incident_text(f):
    other = f.person(f.p["region"], child=True)["first"]
    s = f.p["first"]
    return f.pick(
        [
            f"{s} and {other} were pushing in the lunch line; both separated and spoken to.",
            f"{s} used inappropriate language towards {other} during PE.",
            f"{other} reported that {s} took her phone at recess. Phone returned.",
            f"{s} left class without permission and was found in the library.",
            f"Argument between {s} and {other} on Bus 14, driver reported at drop-off.",
        ]
    )


def grade_comment(f):
    s = f.p["first"]
    return f.pick(
        [
            f"{s} shows strong understanding of linear equations.",
            f"Good effort, {s}. Please review the feedback on question 3.",
            f"{s} needs to show working for full marks.",
            f"Excellent lab report, {s}!",
            f"Late submission, {s}; 10% deducted as per policy.",
        ]
    )


def custody_note(f):
    g, o = f.p["g"], f.person(f.p["region"])
    return f.pick(
        [
            f"Only {g['full']} may pick up. {o['full']} is not authorised per court order.",
            f"Joint custody: alternate weeks with {o['full']}; both may receive reports.",
            f"{o['full']} has no access to records. Call {g['first']} if he arrives at school.",
            f"Restraining order against {o['full']} on file until 2026.",
        ]
    )


def medical_note(f):
    return f.pick(
        [
            "Carries an inhaler for asthma, may need it after running.",
            "Severe peanut allergy, EpiPen in the front pocket of backpack.",
            "Takes methylphenidate at lunch, please remind the nurse.",
            "Type 1 diabetes, checks glucose before lunch and snacks.",
            "Epilepsy: seizure plan attached, call 911 if over 5 minutes.",
            "Allergic to bee stings, has antihistamine tablets.",
        ]
    )


def presigned(f):
    key = "AKIA" + "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    return (
        f"https://sb-reportcards.s3.amazonaws.com/{f.r.randint(2024, 2025)}/T{f.r.randint(1, 3)}/"
        f"{f.hexid(12)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={key}%2F2024"
        f"1101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=900&X-Amz-Signature={f.hexid(64)}"
    )


# -- events ---------------------------------------------------------------------------------------
# (kind, event or screen/page name, clients, body)

EVENTS = [
    # -- identities -------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "email": Y(g("email"), "email"),
            "firstName": Y(g("first"), "name"),
            "lastName": Y(g("last"), "name"),
            "phone": Y(g("phone"), "phone"),
            "address": {
                "street": Y(addr("line1"), "address|street"),
                "city": Y(addr("city"), "city"),
                "state": G(addr("state")),
                "postalCode": Y(addr("zip"), "zipcode"),
                "country": G(addr("country")),
            },
            "role": G(pick(["guardian"])),
            "relationshipToStudent": G(pick(REL)),
            "preferredLanguage": G(pick(["en", "es", "ar", "zh", "ms", "ta", "vi", "so"])),
            "emailVerified": G(BOOL),
            "smsOptIn": G(BOOL),
            "childrenCount": G(ri(1, 4)),
            "districtId": G(lambda f: f"dist_{f.r.randint(100, 140)}"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["web_teacher"],
        {
            "firstName": Y(lambda f: f.staff()["first"], "name"),
            "lastName": Y(lambda f: f.o["last"], "name"),
            "email": Y(lambda f: f.o["email"], "email"),
            "title": G(
                pick(
                    [
                        "5th Grade Teacher",
                        "Mathematics Teacher",
                        "Form Teacher",
                        "Assistant Principal",
                        "Counselor",
                    ]
                )
            ),
            "department": G(pick(["Mathematics", "English", "Science", "Student Services", "Arabic"])),
            "school": G(lambda f: f.p["school"]),
            "employee_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "certification_number": Y(
                lambda f: f.pick([f"IL-PEL-{f.digits(7)}", f"TL{f.digits(6)}", f"MOE-T-{f.digits(5)}"]),
                "certificate",
            ),
            "hire_date": G(lambda f: f.date(2001, 2024)),
            "role": G(pick(["teacher", "admin", "counselor"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "STUDENT_ID": G(p("student_id")),
            "STUDENT_FIRST_NAME": Y(p("first"), "name"),
            "STUDENT_LAST_NAME": Y(p("last"), "name"),
            "GRADE_LEVEL": G(pick(["KG", "01", "03", "05", "07", "09", "11", "12"])),
            "SCHOOL_CODE": G(lambda f: f"{f.r.randint(100, 480)}"),
            "BIRTH_DATE": Y(p("dob"), "birthdate"),
            "GENDER": Y(pick(["F", "M", "X"]), "gender|sex"),
            "ETHNICITY": Y(pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "RACE": Y(
                pick(
                    [
                        "White",
                        "Black or African American",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Two or More Races",
                    ]
                ),
                "race",
            ),
            "HOME_LANGUAGE": G(pick(["English", "Spanish", "Vietnamese", "Somali", "Hmong", "Arabic"])),
            "ELL_STATUS": G(pick(["EL", "RFEP", "EO", "IFEP"])),
            "IEP_FLAG": RED(pick(["Y", "N"]), "disability"),
            "FRL_ELIGIBILITY": G(pick(["F", "R", "P"])),
            "GUARDIAN_1_EMAIL": Y(g("email"), "email"),
            "GUARDIAN_1_PHONE": Y(g("phone"), "phone"),
            "HOME_ZIP": Y(lambda f: f"{f.pick(US_PLACES)[2]}{f.r.randint(1, 99):02d}", "zipcode"),
            "STATE_STUDENT_ID": G(lambda f: f.digits(10)),
            "ENROLLMENT_STATUS": G(pick(["ACTIVE", "WITHDRAWN", "PRE-REG"])),
            "LAST_SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "StudentNumber": G(lambda f: f"{f.r.randint(1000000, 9999999)}"),
            "EsisNumber": G(lambda f: f.digits(9)),
            "FullNameEnglish": Y(p("full"), "name"),
            "FullNameArabic": Y(lambda f: f"{f.pick(AR_FIRST)} {f.pick(AR_MALE)} {f.pick(AR_LAST)}", "name"),
            "EmiratesId": RED(lambda f: f.emirates_id(), "national id"),
            "PassportNumber": RED(lambda f: f.passport(), "passport"),
            "ResidenceVisaNumber": RED(
                lambda f: (
                    f"{f.pick(['201', '101', '301'])}/{f.r.randint(2015, 2024)}/"
                    f"{f.r.randint(1, 9)}/{f.r.randint(100000, 999999)}"
                ),
                "visa",
            ),
            "Nationality": Y(
                pick(
                    [
                        "Emirati",
                        "Indian",
                        "Pakistani",
                        "Egyptian",
                        "Filipino",
                        "British",
                        "Jordanian",
                        "Syrian",
                    ]
                ),
                "citizenship",
            ),
            "DateOfBirth": Y(lambda f: f"{f.date(2007, 2019)}T00:00:00", "birthdate"),
            "Gender": Y(pick(["Male", "Female"]), "gender|sex"),
            "GradeLevel": G(pick(["FS2", "Year 1", "Year 4", "Grade 6", "Grade 9", "Year 12"])),
            "Curriculum": G(pick(["British", "American", "IB", "MoE"])),
            "Emirate": G(pick(["Dubai", "Abu Dhabi", "Sharjah"])),
            "IsPeopleOfDetermination": RED(pick([True, False]), "disability"),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "nric": RED(lambda f: f.nric(child=False), "national id"),
            "full_name": Y(g("full"), "name"),
            "email": Y(g("email"), "email"),
            "mobile_no": Y(lambda f: f.mobile("SG"), "phone"),
            "postal_code": Y(lambda f: f"{f.pick(SG_ESTATES)[1]}{f.r.randint(1000, 9999)}", "zipcode"),
            "race": Y(pick(["Chinese", "Malay", "Indian", "Eurasian", "Others"]), "race"),
            "religion": Y(
                pick(["Buddhism", "Islam", "Christianity", "Hinduism", "Taoism", "No religion"]), "religion"
            ),
            "level": G(pick(["P3", "P5", "Sec 1", "Sec 2", "Sec 4"])),
            "cca": G(pick(["Robotics", "Choir", "Football", "Chinese Orchestra", "Scouts", "NCC"])),
            "subject_combination": G(pick(["Pure Chem/Bio", "Combined Sci", "Humanities"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["web_admin"],
        {
            "name": G(lambda f: f.p["school"]),
            "industry": G(pick(["K-12 Education"])),
            "website": G(
                pick(["https://riversideusd.org", "https://www.moe.gov.sg", "https://alnoorschool.ae"])
            ),
            "plan": G(pick(["district", "school", "trial"])),
            "employees": G(ri(40, 420)),
            "student_count": G(ri(300, 2800)),
            "district": G(pick(["Riverside Unified School District", "MOE East Zone", "GEMS-style Group"])),
            "principal": Y(lambda f: f.staff()["full"], "name", True),
            "principal_email": Y(lambda f: f.o["email"], "email"),
            "main_office": {
                "phone": G(pick(["+1 (559) 327-4100", "+65 6783 2091", "+971 4 344 8120"])),
                "email": G(
                    pick(
                        [
                            "office@riverside.riversideusd.org",
                            "general@tampinespri.moe.edu.sg",
                            "info@alnoorschool.ae",
                        ]
                    )
                ),
                "street": G(
                    pick(["2100 N Fowler Ave", "250 Tampines Street 12", "Al Safa 1, Sheikh Zayed Rd"])
                ),
                "city": G(pick(["Fresno", "Singapore", "Dubai"])),
            },
            "timezone": G(tz),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- enrolment --------------------------------------------------------------------------------
    (
        "track",
        "Enrollment Application Started",
        ["web"],
        {
            "application_id": G(lambda f: f"APP-{f.r.randint(2025, 2026)}-{f.digits(6)}"),
            "school_year": G(pick(["2025-26", "2026-27"])),
            "entry_grade": G(pick(["K", "1", "6", "9", "Year 7", "P1"])),
            "school_choice": G(lambda f: f.p["school"]),
            "applicant_type": G(pick(["new", "transfer", "returning"])),
            "step": G(ri(1, 3)),
        },
    ),
    (
        "track",
        "Enrollment Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: f"APP-{f.r.randint(2025, 2026)}-{f.digits(6)}"),
            "student": {
                "first_name": Y(p("first"), "name"),
                "last_name": Y(p("last"), "name"),
                "preferred_name": Y(lambda f: f.pick([f.p["first"].split()[0], f.p["first"][:3]]), "name"),
                "date_of_birth": Y(p("dob"), "birthdate"),
                "gender": Y(pick(["female", "male", "nonbinary"]), "gender"),
                "pronouns": Y(pick(["she/her", "he/him", "they/them"]), "gender"),
            },
            "guardians": Many(
                {
                    "first_name": Y(lambda f: f.other()["first"], "name"),
                    "last_name": Y(lambda f: f.o["last"], "name"),
                    "relationship": G(pick(REL)),
                    "email": Y(lambda f: f.o["email"], "email"),
                    "mobile": Y(lambda f: f.o["phone"], "phone"),
                    "employer": G(
                        pick(
                            [
                                "Kaiser Permanente",
                                "Emirates Group",
                                "DBS Bank",
                                "Self-employed",
                                "Fresno County",
                                "ADNOC",
                            ]
                        )
                    ),
                    "occupation": G(
                        pick(["Nurse", "Engineer", "Teacher", "Accountant", "Driver", "Homemaker"])
                    ),
                    "lives_with_student": G(BOOL),
                    "custody": G(pick(["joint", "sole", "none", "shared_physical"])),
                },
                2,
            ),
            "siblings": Many(
                {
                    "name": Y(
                        lambda f: f.person(f.p["region"], child=True)["first"] + " " + f.p["last"], "name"
                    ),
                    "grade": G(pick(["K", "2", "4", "8", "10"])),
                    "school": G(lambda f: f.p["school"]),
                },
                2,
            ),
            "home_address": {
                "line1": Y(addr("line1"), "address|street"),
                "line2": Y(addr("line2"), "address|street"),
                "city": Y(addr("city"), "city"),
                "state": G(addr("state")),
                "zip": Y(addr("zip"), "zipcode"),
                "country": G(addr("country")),
            },
            "previous_school": G(
                pick(["Kids' Academy Preschool", "Sunshine Kindergarten", "Oakwood Elementary", "none"])
            ),
            "has_iep": RED(BOOL, "disability"),
            "photo_release": G(BOOL),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Custody Document Uploaded",
        ["node"],
        {
            "student_id": G(p("student_id")),
            "document_type": G(
                pick(["court_order", "parenting_plan", "restraining_order", "guardianship_letter"])
            ),
            "file_name": G(
                lambda f: (
                    f"{f.pick(['custody_order', 'parenting-plan', 'scan'])}_{f.r.randint(2019, 2024)}.pdf"
                )
            ),
            "file_sha256": G(lambda f: f.hexid(64)),
            "file_size_kb": G(ri(80, 4800)),
            "restricted_person": {
                "full_name": Y(lambda f: f.other()["full"], "name"),
                "relationship": G(pick(["father", "mother", "stepfather", "uncle"])),
                "photo_url": Y(
                    lambda f: f"https://files.schoolbridge.app/restricted/{f.uuid()}.jpg", "photo"
                ),
            },
            "custody_note": Y(custody_note, "name", True),
            "pickup_authorized": G(BOOL),
            "effective_date": G(date24),
            "uploaded_by_staff_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
        },
    ),
    (
        "track",
        "Authorized Pickup Added",
        ["swift"],
        {
            "student_id": G(p("student_id")),
            "pickup_person": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "phone": Y(lambda f: f.o["phone"], "phone"),
                "relationship": G(
                    pick(["grandmother", "nanny", "neighbour", "aunt", "driver", "family friend"])
                ),
                "photo_on_file": G(BOOL),
            },
            "code_word": RED(
                pick(["blueberry", "Pikachu77", "rainbow-fish", "GRANDMA2", "kiwi", "falcon"]),
                "password|secret",
            ),
            "valid_until": G(date24),
            "pickups_on_file": G(ri(1, 6)),
        },
    ),
    (
        "track",
        "Emergency Contacts Updated",
        ["kotlin"],
        {
            "student_id": G(p("student_id")),
            "contacts": Many(
                {
                    "name": Y(lambda f: f.other()["full"], "name"),
                    "phone": Y(lambda f: f.o["phone"], "phone"),
                    "relationship": G(pick([*REL, "neighbour", "family friend"])),
                    "priority": G(ri(1, 4)),
                    "can_pickup": G(BOOL),
                },
                3,
            ),
            "contact_count": G(ri(1, 4)),
        },
    ),
    # -- attendance and behaviour -----------------------------------------------------------------
    (
        "track",
        "Attendance Marked",
        ["web_teacher"],
        {
            "section_id": G(lambda f: f"sec_{f.r.randint(10000, 99999)}"),
            "period": G(pick(["1", "2", "3", "HR", "AM"])),
            "date": G(date24),
            "present_count": G(ri(18, 32)),
            "absent_count": G(ri(0, 5)),
            "tardy_count": G(ri(0, 4)),
            "marked_by": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "method": G(pick(["seating_chart", "list", "kiosk"])),
        },
    ),
    (
        "track",
        "Absence Reported",
        ["kotlin", "swift"],
        {
            "student_id": G(p("student_id")),
            "absence_date": G(date24),
            "reason_code": G(
                pick(["illness", "medical_appointment", "family", "religious_observance", "travel", "other"])
            ),
            "partial_day": G(BOOL),
            "return_time": G(pick(["", "10:30", "12:15", "13:00"])),
            "note": G(
                pick(
                    [
                        "Will be back tomorrow",
                        "Family travel",
                        "Missed the bus, coming in late",
                        "Appointment in the morning",
                        "Back after lunch",
                        "Weather, roads closed",
                    ]
                )
            ),
            "reported_by_relationship": G(pick(REL)),
        },
    ),
    (
        "track",
        "Late Check-In",
        ["php"],
        {
            "student_number": G(p("student_id")),
            "kiosk_id": G(lambda f: f"KIOSK-{f.r.randint(1, 6):02d}"),
            "checkin_time": G(lambda f: f.iso()),
            "minutes_late": G(ri(1, 95)),
            "reason": G(pick(["traffic", "appointment", "overslept", "bus", "other"])),
            "signed_in_by": Y(g("full"), "name", True),
            "pass_printed": G(BOOL),
        },
    ),
    (
        "track",
        "Behavior Incident Logged",
        ["web_teacher"],
        {
            "incident_id": G(lambda f: f"INC-{f.digits(7)}"),
            "incident_type": G(
                pick(["disruption", "bullying", "fighting", "tardiness", "device_misuse", "defiance"])
            ),
            "severity": G(pick(["minor", "major", "level_2", "level_3"])),
            "location": G(pick(["classroom", "cafeteria", "bus", "playground", "hallway", "gym"])),
            "occurred_at": G(lambda f: f.iso()),
            "students_involved": Many(
                {
                    "student_id": G(lambda f: f"{f.r.randint(100000, 999999)}"),
                    "name": Y(lambda f: f.person(f.p["region"], child=True)["full"], "name"),
                    "role": G(pick(["aggressor", "target", "witness", "participant"])),
                },
                3,
            ),
            "description": Y(incident_text, "name", True),
            "reported_by_name": Y(lambda f: f.staff()["display"], "name"),
            "parent_notified": G(BOOL),
            "action_taken": G(
                pick(["conference", "detention", "warning", "suspension", "restorative_circle"])
            ),
            "suspension_days": G(ri(0, 3)),
        },
    ),
    (
        "track",
        "Merit Points Awarded",
        ["rn"],
        {
            "points": G(ri(1, 10)),
            "category": G(pick(["kindness", "effort", "leadership", "punctuality"])),
            "house": G(pick(["Phoenix", "Falcon", "Oryx", "Merlion", "Eagle"])),
            "awarded_by_teacher_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "student_display_name": Y(lambda f: f"{f.p['first']} {f.p['last'][0]}.", "name"),
        },
    ),
    # -- learning and grades ----------------------------------------------------------------------
    (
        "track",
        "Assignment Submitted",
        ["rn"],
        {
            "assignment_id": G(lambda f: f.digits(8)),
            "course_id": G(lambda f: f"crs_{f.hexid(10)}"),
            "course_name": G(pick(COURSES)),
            "submitted_at": G(lambda f: f.iso()),
            "late": G(BOOL),
            "attempt": G(ri(1, 3)),
            "word_count": G(ri(50, 2400)),
            "plagiarism_score": G(lambda f: round(f.r.uniform(0, 0.4), 2)),
        },
    ),
    (
        "track",
        "Grade Posted",
        ["python"],
        {
            "student_id": G(p("student_id")),
            "course_code": G(pick(["MATH7", "ENG9H", "BIO1", "AR-B-6", "SCI-S2", "HIST10"])),
            "term": G(pick(["T1", "T2", "S1", "Q3"])),
            "score": G(lambda f: round(f.r.uniform(42, 100), 1)),
            "max_points": G(pick([20, 50, 100])),
            "letter_grade": G(pick(["A", "A-", "B+", "B", "C", "D", "F"])),
            "teacher_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "comment": Y(grade_comment, "name", True),
        },
    ),
    (
        "track",
        "Report Card Viewed",
        ["swift"],
        {
            "student_id": G(p("student_id")),
            "term": G(pick(["T1", "T2", "S1", "Q3"])),
            "gpa": G(lambda f: round(f.r.uniform(1.8, 4.0), 2)),
            "attendance_rate": G(lambda f: round(f.r.uniform(0.8, 1.0), 3)),
            "pdf_url": RED(presigned, "token|secret", True),
        },
    ),
    (
        "track",
        "Transcript Requested",
        ["dotnet"],
        {
            "RequestId": G(lambda f: f.uuid()),
            "StudentNumber": G(lambda f: f"{f.r.randint(1000000, 9999999)}"),
            "DeliveryMethod": G(pick(["Electronic", "Mail", "Pickup"])),
            "RecipientInstitution": G(
                pick(
                    [
                        "University of Texas at Austin",
                        "National University of Singapore",
                        "Khalifa University",
                        "UCLA",
                    ]
                )
            ),
            "RecipientEmail": G(
                pick(
                    [
                        "admissions@utexas.edu",
                        "admissions@nus.edu.sg",
                        "registrar@ku.ac.ae",
                        "transcripts@ucla.edu",
                    ]
                )
            ),
            "RequestorEmail": Y(g("email"), "email"),
            "Fee": G(pick([0, 5, 10, 15])),
            "Currency": G(p("currency")),
            "RequestedUtc": G(lambda f: f.iso()),
        },
    ),
    # -- special needs and health -----------------------------------------------------------------
    (
        "track",
        "Health Plan Updated",
        ["web_nurse"],
        {
            "student_id": G(p("student_id")),
            "plan_type": Y(
                pick(
                    [
                        "asthma action plan",
                        "anaphylaxis emergency plan",
                        "diabetes care plan",
                        "seizure action plan",
                    ]
                ),
                "condition",
            ),
            "conditions": Many(
                Y(pick(["asthma", "type 1 diabetes", "epilepsy", "ADHD", "eczema", "migraine"]), "condition"),
                2,
            ),
            "allergies": Many(
                Y(
                    pick(["peanuts", "tree nuts", "shellfish", "penicillin", "latex", "bee stings"]),
                    "allergy",
                ),
                2,
            ),
            "medications": Many(
                {
                    "name": Y(
                        pick(
                            [
                                "albuterol inhaler",
                                "EpiPen Jr",
                                "insulin lispro",
                                "levetiracetam",
                                "cetirizine",
                                "methylphenidate",
                            ]
                        ),
                        "medication",
                    ),
                    "dose": G(pick(["2 puffs", "0.15 mg", "5 units", "250 mg", "10 mg"])),
                    "schedule": G(pick(["as needed", "before lunch", "daily 12:00", "emergency only"])),
                    "administered_by": G(pick(["nurse", "self", "trained staff"])),
                },
                2,
            ),
            "epipen_on_site": Y(BOOL, "allergy"),
            "physician_name": Y(lambda f: "Dr. " + f.other()["full"], "name"),
            "physician_phone": G(
                pick(["(559) 459-3900", "+65 6321 4311", "+971 4 435 9999", "(512) 324-7000"])
            ),
            "insurance": {
                "provider": G(
                    pick(["Blue Cross Blue Shield", "Daman", "AXA", "Kaiser Permanente", "MediShield Life"])
                ),
                "policy_number": Y(
                    lambda f: f.pick([f"POL{f.digits(9)}", f"{f.digits(3)}-{f.digits(6)}-{f.digits(2)}"]),
                    "identification",
                ),
                "member_id": Y(
                    lambda f: f.pick([f"XEH{f.digits(9)}", f"W{f.digits(9)}01", f"{f.digits(12)}"]),
                    "identification",
                ),
            },
            "medicaid_id": RED(lambda f: f.medicaid(), "health id"),
            "last_reviewed": G(date24),
        },
    ),
    (
        "track",
        "Nurse Visit Logged",
        ["web_nurse"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "student_id": G(p("student_id")),
            "symptom": Y(
                pick(["headache", "stomach ache", "asthma flare", "nosebleed", "fever", "low blood sugar"]),
                "condition",
            ),
            "treatment": Y(
                pick(
                    [
                        "ice pack",
                        "rest 15 min",
                        "inhaler administered",
                        "glucose tablets",
                        "temperature check",
                    ]
                ),
                "procedure",
            ),
            "disposition": G(
                pick(["returned to class", "sent home", "parent picked up", "ambulance called"])
            ),
            "duration_min": G(ri(5, 60)),
            "parent_contacted": G(BOOL),
            "nurse_name": Y(lambda f: f.staff()["display"], "name"),
        },
    ),
    (
        "track",
        "IEP Meeting Scheduled",
        ["java"],
        {
            "meeting_id": G(lambda f: f.digits(9)),
            "student_id": G(p("student_id")),
            "meeting_type": G(pick(["annual_review", "initial_eligibility", "triennial", "amendment"])),
            "disability_category": RED(
                pick(
                    [
                        "Specific Learning Disability",
                        "Autism",
                        "Speech or Language Impairment",
                        "Other Health Impairment",
                        "Emotional Disturbance",
                        "Hearing Impairment",
                    ]
                ),
                "disability",
            ),
            "accommodations": Many(
                RED(
                    pick(
                        [
                            "extended time",
                            "preferential seating",
                            "text-to-speech",
                            "frequent breaks",
                            "small group testing",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "case_manager": {
                "name": Y(lambda f: f.staff()["full"], "name"),
                "email": Y(lambda f: f.o["email"], "email"),
            },
            "attendees_count": G(ri(3, 8)),
            "scheduled_for": G(lambda f: f.iso()),
            "interpreter_needed": G(BOOL),
            "interpreter_language": G(pick(["Spanish", "Arabic", "Vietnamese", "none"])),
        },
    ),
    (
        "track",
        "SEN Support Recorded",
        ["python"],
        {
            "student_id": G(p("student_id")),
            "support_type": RED(pick(["dyslexia", "ADHD", "ASD", "hearing loss", "dyspraxia"]), "disability"),
            "allied_educator": Y(lambda f: f.person("SG")["full"], "name"),
            "hours_per_week": G(ri(1, 6)),
            "programme": G(
                pick(
                    ["School-based Dyslexia Remediation", "Learning Support Programme", "Transition Support"]
                )
            ),
            "mtl_exemption": G(BOOL),
            "review_date": G(date24),
        },
    ),
    (
        "track",
        "Health Record Synced",
        ["php"],
        {
            "رقم_الطالب": G(lambda f: f"{f.r.randint(1000000, 9999999)}"),
            "اسم_الطالب": Y(lambda f: f"{f.pick(AR_FIRST)} {f.pick(AR_LAST)}", "name"),
            "الحساسية": Many(
                Y(pick(["الفول السوداني", "البنسلين", "البيض", "المكسرات", "الحليب"]), "allergy"), 2
            ),
            "الأمراض_المزمنة": Y(pick(["الربو", "السكري من النوع الأول", "الصرع", "فقر الدم"]), "condition"),
            "فصيلة_الدم": Y(pick(["A+", "O+", "B-", "AB+", "O-"]), "condition"),
            "رقم_البطاقة_الصحية": RED(
                lambda f: f.pick([f"784{f.digits(12)}", f"DHA-{f.digits(8)}", f"{f.digits(9)}"]), "health id"
            ),
            "تاريخ_آخر_فحص": G(date24),
            "المدرسة": G(pick(SCHOOLS["AE"])),
            "الحالة": G(pick(["نشط", "مؤرشف"])),
        },
    ),
    (
        "track",
        "Guardian Registered",
        ["php"],
        {
            "اسم_ولي_الأمر": Y(lambda f: f"{f.pick(AR_FIRST)} {f.pick(AR_LAST)}", "name"),
            "رقم_الجوال": Y(lambda f: f.mobile("AE"), "phone"),
            "البريد_الإلكتروني": Y(lambda f: f.person("AE")["email"], "email"),
            "صلة_القرابة": G(pick(["الأب", "الأم", "الجد", "العم", "الخال"])),
            "رقم_الهوية": RED(lambda f: f.emirates_id(child=False), "national id"),
            "جهة_العمل": G(pick(["شرطة دبي", "طيران الإمارات", "بلدية أبوظبي", "أدنوك"])),
            "العنوان": Y(
                lambda f: (
                    f"فيلا {f.r.randint(1, 140)}، شارع {f.r.randint(1, 60)}، "
                    f"{f.pick(['البرشاء', 'مردف', 'الخالدية', 'النهدة'])}"
                ),
                "address",
            ),
            "الإمارة": G(pick(["دبي", "أبوظبي", "الشارقة", "العين"])),
            "لغة_التواصل": G(pick(["العربية", "الإنجليزية"])),
            "تاريخ_التسجيل": G(lambda f: f.iso()),
        },
    ),
    # -- transport --------------------------------------------------------------------------------
    (
        "track",
        "Bus Location Updated",
        ["go"],
        {
            "vehicle-id": G(lambda f: f"bus-{f.r.randint(1, 80):03d}"),
            "route-id": G(lambda f: f"R{f.r.randint(1, 40)}"),
            "route-name": G(pick(["Route 14 AM", "Tampines Loop B", "Mirdif Express", "Route 7 PM"])),
            "operator": G(
                pick(
                    [
                        "First Student",
                        "Durham School Services",
                        "Comfort Transportation",
                        "Emirates Transport",
                    ]
                )
            ),
            "lat": G(lambda f: f.lat()),
            "lng": G(lambda f: f.lon()),
            "speed-kph": G(lambda f: round(f.r.uniform(0, 70), 1)),
            "heading": G(ri(0, 359)),
            "recorded-at": G(lambda f: f.iso()),
            "driver-name": Y(lambda f: f.other()["full"], "name"),
            "driver-phone": Y(lambda f: f.o["phone"], "phone"),
            "license-plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "next-stop": G(
                pick(
                    ["Maple & 5th", "Blk 512 bus stop", "Mirdif City Centre gate 3", "Lincoln HS front loop"]
                )
            ),
            "eta-minutes": G(ri(1, 25)),
            "odometer-km": G(ri(20000, 310000)),
        },
    ),
    (
        "track",
        "Student Boarded Bus",
        ["node"],
        {
            "student_id": G(p("student_id")),
            "student_name": Y(p("full"), "name"),
            "rfid_tag": G(lambda f: f.hexid(8).upper()),
            "bus_number": G(lambda f: f"{f.r.randint(1, 80)}"),
            "stop_id": G(lambda f: f"stop_{f.r.randint(100, 999)}"),
            "stop_name": G(
                pick(["Maple & 5th", "Blk 512 bus stop", "Mirdif City Centre gate 3", "Oak Park Blvd & Elm"])
            ),
            "direction": G(pick(["to_school", "to_home"])),
            "scanned_at": G(lambda f: f.iso()),
            "geo": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lon": Y(lambda f: f.lon(), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Bus ETA Viewed",
        ["flutter"],
        {
            "route_id": G(lambda f: f"R{f.r.randint(1, 40)}"),
            "stop_id": G(lambda f: f"stop_{f.r.randint(100, 999)}"),
            "eta_minutes": G(ri(1, 30)),
            "notifications_enabled": G(BOOL),
            "children_on_route": G(ri(1, 3)),
        },
    ),
    (
        "track",
        "Bus Stop Change Requested",
        ["swift", "flutter"],
        {
            "current_stop_id": G(lambda f: f"stop_{f.r.randint(100, 999)}"),
            "requested_pickup_address": Y(
                lambda f: f"{f.p['addr']['line1']}, {f.p['addr']['city']}", "address"
            ),
            "reason": G(pick(["moved", "childcare", "custody_schedule", "safety"])),
            "effective_date": G(date24),
            "alternate": {
                "type": G(pick(["childcare", "grandparent", "other_parent"])),
                "contact_name": Y(lambda f: f.other()["full"], "name"),
                "address": Y(
                    lambda f: (
                        f"{f.r.randint(10, 999)} {f.pick(US_STREETS)}"
                        if f.p["region"] == "US"
                        else f"Blk {f.r.randint(101, 899)} {f.pick(SG_ESTATES)[0]} St {f.r.randint(1, 91)}"
                        if f.p["region"] == "SG"
                        else f"Villa {f.r.randint(1, 140)}, {f.pick(AE_AREAS)[0]}"
                    ),
                    "address",
                ),
            },
        },
    ),
    (
        "track",
        "Transport Eligibility Checked",
        ["web"],
        {
            "home_address": Y(lambda f: f"{f.p['addr']['line1']}, {f.p['addr']['city']}", "address"),
            "geocode": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "distance_miles": G(lambda f: round(f.r.uniform(0.2, 9.0), 2)),
            "eligible": G(BOOL),
            "walk_zone": G(BOOL),
            "assigned_school": G(lambda f: f.p["school"]),
        },
    ),
    # -- lunch and payments -----------------------------------------------------------------------
    (
        "track",
        "Lunch Balance Viewed",
        ["kotlin"],
        {
            "lunch_account_number": G(lambda f: f.digits(7)),
            "balance": G(lambda f: round(f.r.uniform(-8, 90), 2)),
            "currency": G(p("currency")),
            "student_id": G(p("student_id")),
        },
    ),
    (
        "track",
        "Lunch Account Topped Up",
        ["web"],
        {
            "order_id": G(lambda f: f"ord_{f.hexid(14)}"),
            "revenue": G(lambda f: float(f.pick([10, 20, 25, 50, 100]))),
            "currency": G(p("currency")),
            "payment_method": G(pick(["card", "apple_pay", "google_pay"])),
            "payment_method_id": RED(lambda f: f.stripe("pm_"), "token"),
            "card": {
                "brand": G(pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(ri(1, 12)),
                "exp_year": G(ri(2025, 2031)),
                "bin": G(pick(["424242", "545454", "411111", "371449"])),
            },
            "students": Many(
                {
                    "student_id": G(lambda f: f"{f.r.randint(100000, 999999)}"),
                    "amount": G(pick([10, 20, 25])),
                },
                3,
            ),
            "auto_reload": G(BOOL),
            "receipt_email": Y(g("email"), "email"),
        },
    ),
    (
        "track",
        "Meal Purchased",
        ["php"],
        {
            "transaction_id": G(lambda f: f.digits(10)),
            "pos_terminal": G(lambda f: f"LINE-{f.r.randint(1, 4)}"),
            "meal_type": G(pick(["breakfast", "lunch", "a_la_carte"])),
            "items": Many(
                {
                    "sku": G(lambda f: f"MNU-{f.r.randint(100, 999)}"),
                    "name": G(
                        pick(
                            [
                                "Chicken Rice",
                                "Cheese Pizza Slice",
                                "Chocolate Milk",
                                "Falafel Wrap",
                                "Fruit Cup",
                                "Mee Goreng",
                            ]
                        )
                    ),
                    "price": G(pick([0.75, 1.2, 2.5, 3.25, 4.0])),
                    "qty": G(ri(1, 2)),
                },
                3,
            ),
            "free_reduced_status": G(pick(["free", "reduced", "paid"])),
            "allergy_flag": Y(BOOL, "allergy"),
            "balance_after": G(lambda f: round(f.r.uniform(-5, 60), 2)),
        },
    ),
    (
        "track",
        "Fee Payment Completed",
        ["node"],
        {
            "order_id": G(lambda f: f"ord_{f.hexid(14)}"),
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "fee_type": G(pick(["field_trip", "activity", "instrument_rental", "tuition", "exam_fee"])),
            "amount": G(lambda f: f.money(5, 900)),
            "currency": G(p("currency")),
            "payment_intent_id": G(lambda f: f.stripe("pi_")),
            "payment_method_id": RED(lambda f: f.stripe("pm_"), "token"),
            "payer": {
                "name": Y(g("full"), "name"),
                "email": Y(g("email"), "email"),
                "billing_address": {
                    "line1": Y(addr("line1"), "address"),
                    "city": Y(addr("city"), "city"),
                    "postal_code": Y(addr("zip"), "zipcode"),
                    "country": G(addr("country")),
                },
            },
            "receipt_url": G(lambda f: f"https://pay.stripe.com/receipts/acct_1{f.hexid(15)}/{f.hexid(24)}"),
        },
    ),
    (
        "track",
        "Tuition Installment Paid",
        ["dotnet"],
        {
            "InstallmentId": G(lambda f: f.digits(8)),
            "AmountAed": G(lambda f: float(f.pick([8500, 12750, 15600, 21000]))),
            "Term": G(pick(["Term 1", "Term 2", "Term 3"])),
            "PayerName": Y(lambda f: f.person("AE")["full"], "name"),
            "PayerIban": RED(lambda f: f.ae_iban(), "bank account"),
            "BankReference": G(lambda f: f"FT{f.digits(12)}"),
            "SiblingDiscountApplied": G(BOOL),
            "PaidUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ACH Autopay Enrolled",
        ["ruby"],
        {
            "routing_number": G(pick(["021000021", "122000247", "111000614", "071000013"])),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(pick(["checking", "savings"])),
            "account_holder_name": Y(g("full"), "name"),
            "mandate_accepted_at": G(lambda f: f.iso()),
            "plan": G(pick(["monthly", "per_term"])),
        },
    ),
    # -- school store (Segment e-commerce spec) --------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {"query": G(pick(["hoodie", "yearbook", "calculator", "pe uniform", "tie"]))},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {
            **store_product(),
            "currency": G(p("currency")),
            "url": G(lambda f: f"https://store.schoolbridge.app/p/{f.r.randint(1000, 1099)}"),
        },
    ),
    ("track", "Product Added", ["web"], {"cart_id": G(lambda f: f.uuid()), **store_product()}),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f"ord_{f.hexid(14)}"),
            "value": G(lambda f: f.money(12, 240)),
            "currency": G(p("currency")),
            "products": Many(store_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(pick([2, 3])),
            "payment_method": G(pick(["card", "paypal", "apple_pay"])),
            "cardholder_name": Y(g("full"), "name"),
            "billing_zip": Y(lambda f: f"{f.pick(US_PLACES)[2]}{f.r.randint(1, 99):02d}", "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: f"ord_{f.hexid(14)}"),
            "total": G(lambda f: f.money(12, 240)),
            "tax": G(lambda f: f.money(0, 20)),
            "discount": G(pick([0, 5, 10])),
            "coupon": G(pick(["", "PTA10", "STAFF15"])),
            "currency": G(p("currency")),
            "shipping_method": G(pick(["pickup_at_school", "standard"])),
            "products": Many(
                {
                    **store_product(),
                    "personalization": Y(
                        lambda f: f.pick(
                            [f.p["first"].upper(), f"{f.p['first']} {f.p['last'][0]}.", f.p["full"]]
                        ),
                        "name",
                        True,
                    ),
                },
                2,
            ),
        },
    ),
    # -- messages and conferences -----------------------------------------------------------------
    (
        "track",
        "Message Sent",
        ["web_teacher"],
        {
            "conversation_id": G(lambda f: f"conv_{f.hexid(12)}"),
            "message_id": G(lambda f: f.uuid()),
            "recipient_type": G(pick(["guardian", "all_guardians", "student"])),
            "recipient": {
                "guardian_id": G(lambda f: f"gdn_{f.digits(6)}"),
                "name": Y(g("full"), "name"),
                "email": Y(g("email"), "email"),
            },
            "subject": G(
                pick(
                    [
                        "Field trip reminder",
                        "Quick update",
                        "Missing homework",
                        "Conference time",
                        "Great news!",
                    ]
                )
            ),
            "body": Y(teacher_message, "name", True),
            "char_count": G(ri(40, 600)),
            "attachments": G(ri(0, 2)),
            "translated_to": G(pick(["", "es", "ar", "zh", "vi"])),
            "channel": G(pick(["app", "email", "sms"])),
        },
    ),
    (
        "track",
        "Message Read",
        ["swift", "kotlin"],
        {
            "conversation_id": G(lambda f: f"conv_{f.hexid(12)}"),
            "message_id": G(lambda f: f.uuid()),
            "read_at": G(lambda f: f.iso()),
            "sender_role": G(pick(["teacher", "counselor", "office"])),
            "sender_name": Y(lambda f: f.staff()["display"], "name"),
        },
    ),
    (
        "track",
        "Parent Reply Sent",
        ["kotlin", "swift"],
        {
            "conversation_id": G(lambda f: f"conv_{f.hexid(12)}"),
            "text": Y(parent_reply, "phone|email", True),
            "reply_length": G(ri(20, 140)),
            "used_translation": G(BOOL),
        },
    ),
    (
        "track",
        "Conference Slot Booked",
        ["web"],
        {
            "slot_id": G(lambda f: f"slot_{f.digits(6)}"),
            "teacher_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(pick([10, 15, 20])),
            "mode": G(pick(["in_person", "video", "phone"])),
            "video_link": G(lambda f: f"https://meet.google.com/{f.hexid(3)}-{f.hexid(4)}-{f.hexid(3)}"),
            "attendees": Many(Y(lambda f: f.other()["full"], "name", True), 3),
        },
    ),
    (
        "track",
        "Staff Directory Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick([f.staff()["last"], f.staff()["full"], f.staff()["display"]]), "name", True
            ),
            "results_count": G(ri(0, 6)),
            "filter": G(pick(["all", "teachers", "office", "counselors"])),
        },
    ),
    (
        "track",
        "Student Selected",
        ["web_teacher"],
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        f"{f.p['last']}, {f.p['first']} (Gr {f.r.randint(1, 12)})",
                        f"{f.p['full']}",
                        f"{f.p['first']} {f.p['last'][0]}.",
                    ]
                ),
                "name",
                True,
            ),
            "source": G(pick(["autocomplete", "roster", "seating_chart"])),
            "position": G(ri(1, 8)),
        },
    ),
    # -- field trips ------------------------------------------------------------------------------
    (
        "track",
        "Field Trip Consent Submitted",
        ["swift", "kotlin"],
        {
            "trip_id": G(lambda f: f"trip_{f.digits(5)}"),
            "trip_name": G(
                pick(
                    [
                        "Field Museum Visit",
                        "Science Centre Singapore",
                        "Louvre Abu Dhabi",
                        "Yosemite Overnight",
                        "Al Ain Zoo",
                    ]
                )
            ),
            "departure_at": G(lambda f: f.iso()),
            "consent_given": G(BOOL),
            "photo_consent": G(BOOL),
            "guardian_signature": Y(g("full"), "name"),
            "signed_at": G(lambda f: f.iso()),
            "emergency_contact": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "phone": Y(lambda f: f.o["phone"], "phone"),
                "relationship": G(pick(REL)),
            },
            "medical_notes": Y(medical_note, "condition|allergy|medication"),
            "dietary_needs": G(pick(["none", "vegetarian", "vegan", "no beef", "pescatarian"])),
            "tshirt_size": G(pick(["YS", "YM", "YL", "AS", "AM"])),
            "cost": G(pick([0, 12.5, 35, 80])),
            "paid": G(BOOL),
        },
    ),
    (
        "track",
        "Chaperone Application Submitted",
        ["web"],
        {
            "volunteer": {
                "first_name": Y(g("first"), "name"),
                "last_name": Y(g("last"), "name"),
                "email": Y(g("email"), "email"),
                "mobile": Y(g("phone"), "phone"),
                "date_of_birth": Y(g("dob"), "birthdate"),
            },
            "drivers_license_number": Y(lambda f: f.dl(), "license"),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "background_check_consent": G(BOOL),
            "previous_volunteer": G(BOOL),
            "availability": Many(G(pick(["mon", "tue", "wed", "thu", "fri"])), 3),
            "trip_id": G(lambda f: f"trip_{f.digits(5)}"),
        },
    ),
    (
        "track",
        "Contact Field Validated",
        ["web"],
        {
            "form": G(pick(["trip_consent", "enrollment", "profile"])),
            "field": G(pick(["guardian_email", "secondary_email"])),
            "input": Y(lambda f: f.other()["email"], "email", True),
            "valid": G(BOOL),
        },
    ),
    (
        "track",
        "Trip Roster Exported",
        ["java"],
        {
            "trip_id": G(lambda f: f"trip_{f.digits(5)}"),
            "export_format": G(pick(["pdf", "csv", "xlsx"])),
            "row_count": G(ri(12, 120)),
            "exported_by_staff_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "recipients": Many(Y(lambda f: f.staff()["email"], "email", True), 3),
            "includes_medical": G(BOOL),
        },
    ),
    (
        "track",
        "Class Pet Weekend Signup",
        ["web"],
        {
            "pet_name": G(pick(["Nibbles", "Sir Hops-a-Lot", "Biscuit", "Mango", "Sheldon"])),
            "species": G(pick(["hamster", "rabbit", "guinea pig", "tortoise"])),
            "weekend_of": G(date24),
            "host_family_name": Y(g("last"), "name"),
            "has_other_pets": G(BOOL),
            "classroom": G(pick(["Room 12", "2B", "Year 3 Oryx"])),
        },
    ),
    # -- accounts and integrations ----------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["rn"],
        {
            "method": G(pick(["google", "clever", "password", "qr_badge", "singpass", "uae_pass"])),
            "login_ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "success": G(BOOL),
            "attempt": G(ri(1, 3)),
            "mfa_used": G(BOOL),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        {
            "email": Y(g("email"), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "password_strength": G(pick(["weak", "fair", "strong"])),
            "expires_in": G(pick([900, 3600])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "to": Y(g("phone"), "phone", True),
            "from": G(pick(["+13125550199", "+6531582211", "SchoolBridge"])),
            "channel": G(pick(["sms", "whatsapp", "call"])),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "sid": G(lambda f: "VE" + f.hexid(32)),
            "status": G(pick(["pending", "approved"])),
            "price": G(pick([0.0079, 0.05])),
        },
    ),
    (
        "track",
        "Student Account Provisioned",
        ["python"],
        {
            "student_id": G(p("student_id")),
            "login": G(lambda f: f"s{f.digits(7)}"),
            "workspace_email": Y(
                lambda f: (
                    f"{ascii_fold(f.p['first']).lower()}.{ascii_fold(f.p['last']).lower()}"
                    f"{f.r.randint(1, 99)}@{STUDENT_DOMAINS[f.p['region']]}"
                ),
                "email",
            ),
            "temporary_password": RED(
                lambda f: f.pick(["Eagles", "Tiger", "Ocean", "Sunny"]) + f"{f.r.randint(1000, 9999)}!",
                "password",
            ),
            "must_change_password": G(BOOL),
            "clever_id": G(lambda f: f.hexid(24)),
            "grade": G(ri(1, 12)),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["go"],
        {
            "integration": G(pick(["PowerSchool", "Google Classroom", "Clever", "Canvas", "iSAMS"])),
            "district_id": G(lambda f: f"dist_{f.r.randint(100, 140)}"),
            "client_id": G(lambda f: f.uuid()),
            "client_secret": RED(lambda f: f.pick([f.secret(), f.hexid(40)]), "secret"),
            "webhook_url": G(lambda f: f"https://hooks.schoolbridge.app/v1/{f.hexid(10)}"),
            "scopes": Many(G(pick(["rosters.read", "grades.write", "attendance.read"])), 3),
            "connected_by": Y(lambda f: f.staff()["email"], "email", True),
        },
    ),
    (
        "track",
        "Device Enrolled",
        ["java"],
        {
            "asset_tag": G(lambda f: f"RUSD-{f.digits(6)}"),
            "serial_number": Y(
                lambda f: f.pick(
                    [
                        f"5CD{f.digits(4)}{f.pick(['XY', 'LK', 'QW'])}{f.digits(1)}",
                        f"NXH{f.hexid(4).upper()}{f.digits(11)}",
                    ]
                ),
                "serial",
            ),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "model": G(pick(["HP Chromebook 11 G9", "Acer Chromebook Spin 311", "iPad (10th gen)"])),
            "assigned_student_id": G(p("student_id")),
            "enrolled_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "form": G(pick(["open_house_rsvp", "brochure_download"])),
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
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
            "grade_interest": G(pick(["KG", "Grade 1", "Year 7", "Sec 1"])),
            "parent_email": Y(g("email"), "email"),
        },
    ),
    (
        "track",
        "Emergency Broadcast Delivered",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(pick(["AC3f9a0c21d7e84b6f9c0e2d1a7b5c4e81"])),
            "To": Y(g("phone"), "phone", True),
            "From": G(pick(["+15593274100", "+6568832091", "AD-SCHOOL"])),
            "MessageStatus": G(pick(["delivered", "sent", "undelivered", "failed"])),
            "ErrorCode": G(pick(["", "30003", "30005"])),
            "NumSegments": G(pick(["1", "2"])),
            "broadcast_id": G(lambda f: f"bc_{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Financial Aid Application Submitted",
        ["web"],
        {
            "aid_application_id": G(lambda f: f"FA-{f.digits(6)}"),
            "applicant_guardian_name": Y(g("full"), "name"),
            "parent_ssn": RED(lambda f: f.ssn(), "social security number"),
            "household_income": Y(lambda f: f.r.randint(18, 240) * 1000, "salary"),
            "household_size": G(ri(2, 8)),
            "receives_snap": G(BOOL),
            "school_year": G(pick(["2025-26", "2026-27"])),
        },
    ),
    (
        "track",
        "Visitor Signed In",
        ["dotnet"],
        {
            "VisitorName": Y(lambda f: f.other()["full"], "name"),
            "DateOfBirth": Y(lambda f: f"{f.o['dob']}T00:00:00", "birthdate"),
            "DriverLicenseNumber": Y(lambda f: f.dl(), "license"),
            "VisitorPhotoUrl": Y(
                lambda f: f"https://visitors.schoolbridge.app/photos/{f.uuid()}.jpg", "photo"
            ),
            "HostStaffName": Y(lambda f: f.staff()["display"], "name"),
            "Purpose": G(pick(["Volunteer", "Parent Meeting", "Contractor", "Early Pickup", "Delivery"])),
            "BadgeNumber": G(lambda f: f"V{f.digits(5)}"),
            "ScreeningResult": G(pick(["Clear", "Clear", "Review"])),
            "SignedInUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Substitute Teacher Booked",
        ["java"],
        {
            "booking_id": G(lambda f: f.digits(8)),
            "substitute": {
                "name": Y(lambda f: f.staff()["full"], "name"),
                "email": Y(lambda f: f.o["email"], "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "hourly_rate": Y(lambda f: f.pick([18.5, 22.0, 25.75, 31.0, 45.0, 120.0]), "salary"),
            "covering_teacher_id": G(lambda f: f"E{f.r.randint(10000, 99999)}"),
            "date": G(date24),
            "periods": Many(G(pick(["1", "2", "3", "4", "5", "6"])), 4),
        },
    ),
    (
        "track",
        "Student Photo Uploaded",
        ["rn", "kotlin"],
        {
            "photo_url": Y(
                lambda f: f"https://media.schoolbridge.app/students/{f.p['student_id']}/{f.hexid(16)}.jpg",
                "photo",
            ),
            "purpose": G(pick(["yearbook", "id_card", "profile"])),
            "face_count": G(ri(1, 1)),
        },
    ),
    # -- screens, pages, alias --------------------------------------------------------------------
    (
        "screen",
        "Student Dashboard",
        ["swift", "kotlin"],
        {
            "name": G(pick(["Student Dashboard"])),
            "student_id": G(p("student_id")),
            "tab": G(pick(["overview", "grades", "attendance", "messages"])),
        },
    ),
    (
        "screen",
        "Bus Tracker",
        ["flutter"],
        {"name": G(pick(["Bus Tracker"])), "route_id": G(lambda f: f"R{f.r.randint(1, 40)}")},
    ),
    (
        "page",
        "Report Card",
        ["web"],
        {
            "path": G(pick(["/students/report-card"])),
            "url": G(pick(["https://portal.schoolbridge.app/students/report-card"])),
            "title": G(pick(["Report Card | SchoolBridge"])),
            "referrer": G(pick(["", "https://portal.schoolbridge.app/home"])),
            "name": G(pick(["Report Card"])),
        },
    ),
    (
        "page",
        "Lunch Account",
        ["web"],
        {
            "path": G(pick(["/lunch"])),
            "url": G(pick(["https://portal.schoolbridge.app/lunch"])),
            "title": G(pick(["Lunch Account | SchoolBridge"])),
            "referrer": G(pick(["", "https://portal.schoolbridge.app/home", "https://mail.google.com/"])),
            "name": G(pick(["Lunch Account"])),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}),
]

PAGES = {
    "Enrollment Application Started": ("/enroll", "Enroll"),
    "Enrollment Application Submitted": ("/enroll/review", "Review application"),
    "Transport Eligibility Checked": ("/transport/eligibility", "Transport"),
    "Lunch Account Topped Up": ("/lunch/add-funds", "Add funds"),
    "Conference Slot Booked": ("/conferences", "Conferences"),
    "Staff Directory Searched": ("/directory", "Staff directory"),
    "Chaperone Application Submitted": ("/trips/volunteer", "Volunteer"),
    "Contact Field Validated": ("/forms", "Forms"),
    "Class Pet Weekend Signup": ("/class/pet", "Class pet"),
    "Password Reset Requested": ("/reset", "Reset password"),
    "Lead Captured": ("/open-house", "Open house"),
}


def context_for(client: str, event: str | None):
    if client == "web":
        path, title = PAGES.get(event or "", ("/store", "School store"))
        return web_context(path, title)
    if client == "web_teacher":
        return web_context("/teacher/classes", "Classes", host="teach.schoolbridge.app")
    if client == "web_nurse":
        return web_context("/health/students", "Health office", host="teach.schoolbridge.app")
    if client == "web_admin":
        return web_context("/admin/schools", "Schools", host="admin.schoolbridge.app")
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    lib, ip = {
        "python": ("analytics-python", False),
        "node": ("@segment/analytics-node", True),
        "go": ("analytics-go", False),
        "java": ("analytics-java", False),
        "ruby": ("analytics-ruby", True),
        "php": ("analytics-php", False),
        "dotnet": ("Analytics.NET", False),
    }[client]
    return server_context(lib, ip)


# Events that only one region's systems send.
REGION_OF = {
    "Tuition Installment Paid": "AE",
    "Health Record Synced": "AE",
    "Guardian Registered": "AE",
    "ACH Autopay Enrolled": "US",
    "Chaperone Application Submitted": "US",
    "Payment Info Entered": "US",
    "SEN Support Recorded": "SG",
}
IDENTIFY_REGION = {"go": "US", "dotnet": "AE", "python": "SG"}


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            f.new_message(IDENTIFY_REGION.get(client) if kind == "identify" else REGION_OF.get(name or ""))
            server = client in ("python", "node", "go", "java", "ruby", "php", "dotnet")
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if not server:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f"usr_{f.digits(8)}"
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f"sch_{f.r.randint(1000, 1400)}"
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, name), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=173, repeats=34)
    write(Path(__file__).parent, "holdout173_", events, labels)
