"""Writes holdout 269: tests/corpus/holdout269_events.jsonl and holdout269_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels (only build.py, fake.py and build_holdout3.py were read, for the
helpers and the format), and never scored by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout269`); seeded, so the output is reproducible.

Domain: a student-loan and scholarship administration portal ("ScholarPath") serving the US,
Nigeria and Norway. Covers applications with national ids (SSN, NIN, BVN, fødselsnummer with
valid mod-11 check digits), parents' income and household details for need assessment, schools,
courses and grades, disbursements to bank accounts (US ACH with ABA-valid routing numbers,
NUBAN with its check digit, Norwegian kontonummer with mod-11, NO IBANs with mod-97), repayment
plans tied to employers and salary, deferment and hardship requests (unemployment, illness,
disability, sick leave), co-signers and references, call-centre notes and search, e-mail/SMS
delivery webhooks, identity vendors (Smile ID-, Signicat/BankID-, Plaid-, Paystack-, Twilio- and
SendGrid-shaped payloads), a warehouse reverse-ETL identify, and group calls for schools and
employers. Every Segment call type is present (identify, track, page, screen, group, alias) with
the contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics-flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use PascalCase
(.NET, vendor webhooks), kebab-case (a Nigerian web form), SCREAMING_SNAKE (reverse ETL from the
warehouse), Norwegian keys (`fornavn`, `fodselsnummer`, `kontonummer`, `beløp`, `sykmeldt` ...)
and romanised Yoruba keys (`oruko`, `oruko_idile`, `ojo_ibi`, `nomba_foonu`, `owo_osu_obi` ...).
Each message draws a region (US, NG, NO) so names, phones, addresses, postcodes and ids look like
that country's.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has a classification (red / yellow / green), a type (a default matcher name from
  the reference table, or `national id`, `bank account`, `geolocation`, `secret`, `health id`,
  `advertising id`, `credit score`, `trade union` ...; `a|b` when either is fair) and value_only
  (the key does not say what the value is). Colours are the reference's for its matchers;
  outside it, red for credentials/secrets, card numbers, bank accounts, government ids and health
  ids, yellow otherwise.
- Green: ids we or a partner issue (user, application, loan account, customer, student and
  matriculation numbers, Plaid/Paystack/Twilio ids), versions, timestamps, amounts, enums,
  counters and booleans under PII-sounding keys (`emailVerified`, `ssnProvided`,
  `password_strength`, `bvn_validated`), school / bank / employer / product names, a school's or
  employer's own address, phone and role mailbox, places that are not the person's, states,
  countries, locales, user agents, OS-issued device ids, routing numbers, bank codes, card brand,
  last four and expiry, ages, marital status, job titles and employers, grades/GPA and exam
  scores, household size and dependant counts, e-mail Message-IDs, UUID tokens.
- Yellow: salaries, pay and incomes, including a household's income and an income band
  (`salary`); credit scores; billing and home addresses; advertising click ids (gclid, fbclid,
  _fbp, _fbc, ttclid); a caller's city and ZIP derived from their number and the city and
  coordinates geolocated from the person's IP or home address (`city`, `geolocation`); staff and other
  people's names and personal e-mails; an exam certificate number (`certificate`); a
  SHA-256 of an e-mail sent for ad matching is labelled like the e-mail (`email`), since it
  still singles the person out; a Norwegian sick-leave flag and grade reveal health
  (`condition`); trade union membership (`trade union`).
- Red: government ids (SSN and its last four, NIN, BVN, fødselsnummer, identity document
  numbers), bank account numbers (NUBAN, kontonummer, IBAN, US account), payment-method tokens
  (`pm_`), one-time codes, sign-in link tokens, Plaid public tokens, webhook signing secrets,
  an APNs push token in context.device.token (as the project's main corpus labels it),
  a hospital's patient number (`health id`), veteran status, disability booleans and enums
  whose every value reveals a disability, work authorisation / residence permit (`visa`).
- Enums and booleans that reveal a special category are labelled with that category (race,
  ethnicity, religion, disability, veteran, condition); a deferment-type enum that does not
  include health values stays green.
- value_only paths (`q`, `input`, `text`, `note`, `statement`, `file_name`, `message`, `to`,
  `subject`, `recipient.label`, `context.externalIds[].id`) hold the labelled PII in every one of
  their values; free text that never carries PII (`summary`, `invite_message`) is green.
- Undecidable cases are settled for what a careful privacy owner at a mid-size company would
  want flagged: Nigerian state of origin is treated as a state (green), and an exam board's
  registration number or a school's student number as an issued id (green).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places per region -------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Jacob",
        "Aaliyah",
        "DeShawn",
        "María",
        "José",
        "Tyler",
        "Hannah",
        "Kenji",
        "Sarah",
        "Marcus",
        "Lucía",
        "Brandon",
        "Thi Lan",
        "Destiny",
        "Ethan",
        "Priya",
        "Malik",
    ],
    "NG": [
        "Oluwaseun",
        "Adebayo",
        "Chiamaka",
        "Ngozi",
        "Abubakar",
        "Aisha",
        "Tunde",
        "Folake",
        "Emeka",
        "Blessing",
        "Ifeoluwa",
        "Damilola",
        "Halima",
        "Chukwuemeka",
        "Yetunde",
        "Ibrahim",
        "Temitope",
    ],
    "NO": [
        "Ingrid",
        "Lars",
        "Sigrid",
        "Magnus",
        "Nora",
        "Henrik",
        "Astrid",
        "Ola",
        "Kari",
        "Jonas",
        "Thea",
        "Aksel",
        "Mohammed",
        "Fadumo",
        "Piotr",
        "Agnieszka",
        "Bjørn",
        "Åse",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Hernández",
        "Nguyen",
        "Kim",
        "Washington",
        "Patel",
        "O'Connor",
        "Rodriguez",
        "Brooks",
        "Yazzie",
        "Goldberg",
        "Jackson",
        "Morales",
        "Chen",
    ],
    "NG": [
        "Adeyemi",
        "Okafor",
        "Bello",
        "Ogunleye",
        "Eze",
        "Balogun",
        "Nwosu",
        "Adekunle",
        "Olawale",
        "Okonkwo",
        "Musa",
        "Afolabi",
        "Ibrahim",
        "Oyelaran",
        "Abdullahi",
    ],
    "NO": [
        "Hansen",
        "Johansen",
        "Olsen",
        "Larsen",
        "Andersen",
        "Pedersen",
        "Nilsen",
        "Kristiansen",
        "Haugen",
        "Berg",
        "Bakken",
        "Solberg",
        "Ali",
        "Hassan",
        "Nowak",
        "Ødegård",
        "Strømme",
    ],
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "utexas.edu", "osu.edu"],
    "NG": ["gmail.com", "yahoo.com", "yahoo.co.uk", "student.oauife.edu.ng", "live.unilag.edu.ng"],
    "NO": ["gmail.com", "online.no", "hotmail.com", "student.uio.no", "stud.ntnu.no"],
}
STREET = {
    "US": [
        "Maple Ave",
        "Oak St",
        "Cedar Dr",
        "Martin Luther King Jr Blvd",
        "Lincoln Way",
        "Elm St",
        "Peachtree Rd NE",
        "Mission St",
        "W 38th St",
        "Sunset Ln",
    ],
    "NG": [
        "Adeola Odeku Street",
        "Awolowo Road",
        "Herbert Macaulay Way",
        "Ikorodu Road",
        "Allen Avenue",
        "Ring Road",
        "Aminu Kano Crescent",
        "Bode Thomas Street",
        "Ogui Road",
    ],
    "NO": [
        "Storgata",
        "Thorvald Meyers gate",
        "Kirkeveien",
        "Bygdøy allé",
        "Olav Tryggvasons gate",
        "Nedre Storgate",
        "Møllendalsveien",
        "Kongens gate",
    ],
}
CITY = {
    "US": ["Houston", "Atlanta", "Columbus", "Phoenix", "Chicago", "Baltimore", "Fresno", "El Paso"],
    "NG": ["Lagos", "Ibadan", "Abuja", "Ile-Ife", "Kano", "Enugu", "Port Harcourt", "Abeokuta"],
    "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Bodø"],
}
STATE = {
    "US": ["TX", "GA", "OH", "AZ", "IL", "MD", "CA", "NM"],
    "NG": ["Lagos", "Oyo", "FCT", "Osun", "Kano", "Enugu", "Rivers", "Ogun"],
    "NO": ["Oslo", "Vestland", "Trøndelag", "Rogaland", "Troms", "Viken", "Agder", "Nordland"],
}
SCHOOLS = {
    "US": [
        "University of Texas at Austin",
        "Ohio State University",
        "Howard University",
        "Miami Dade College",
        "Georgia State University",
        "Arizona State University",
    ],
    "NG": [
        "University of Lagos",
        "Obafemi Awolowo University",
        "University of Ibadan",
        "Ahmadu Bello University",
        "Covenant University",
        "University of Nigeria, Nsukka",
    ],
    "NO": [
        "Universitetet i Oslo",
        "NTNU",
        "Universitetet i Bergen",
        "OsloMet",
        "Handelshøyskolen BI",
        "UiT Norges arktiske universitet",
    ],
}
EMPLOYERS = {
    "US": ["Kroger", "HCA Healthcare", "Houston ISD", "Deloitte", "Amazon", "City of Phoenix"],
    "NG": ["Dangote Group", "MTN Nigeria", "Access Bank", "Lagos State Govt", "Flutterwave", "Andela"],
    "NO": ["Equinor", "DNB", "Oslo kommune", "Helse Bergen", "Telenor", "Kiwi Norge"],
}
BANKS = {
    "US": ["Chase", "Bank of America", "Wells Fargo", "Navy Federal CU", "Chime"],
    "NG": ["GTBank", "Access Bank", "Zenith Bank", "First Bank", "UBA", "Kuda"],
    "NO": ["DNB", "SpareBank 1 SMN", "Nordea", "Sbanken", "Handelsbanken"],
}
NUBAN_BANKS = {"058": "GTBank", "044": "Access Bank", "057": "Zenith Bank", "011": "First Bank", "033": "UBA"}
LOCALE = {"US": ["en-US", "es-US"], "NG": ["en-NG", "en-GB", "yo-NG"], "NO": ["nb-NO", "nn-NO", "en-GB"]}
TZ = {
    "US": ["America/Chicago", "America/New_York", "America/Phoenix"],
    "NG": ["Africa/Lagos"],
    "NO": ["Europe/Oslo"],
}
CENTRES = {
    "US": [
        (29.7604, -95.3698, 0.3),
        (33.749, -84.388, 0.25),
        (39.9612, -82.9988, 0.2),
        (41.8781, -87.6298, 0.3),
    ],
    "NG": [(6.5244, 3.3792, 0.25), (7.3775, 3.947, 0.15), (9.0765, 7.3986, 0.2), (12.0022, 8.592, 0.15)],
    "NO": [
        (59.9139, 10.7522, 0.15),
        (60.3913, 5.3221, 0.1),
        (63.4305, 10.3951, 0.1),
        (69.6492, 18.9553, 0.05),
    ],
}
CURRENCY = {"US": "USD", "NG": "NGN", "NO": "NOK"}
HOST = {"US": "app.scholarpath.com", "NG": "ng.scholarpath.com", "NO": "no.scholarpath.com"}
CONDITIONS = [
    "multiple sclerosis",
    "breast cancer",
    "type 1 diabetes",
    "major depressive disorder",
    "lupus",
    "sickle cell disease",
    "long COVID",
    "Crohn's disease",
    "epilepsy",
]
ICD10 = ["G35", "C50.911", "E10.9", "F33.1", "M32.9", "D57.1", "U09.9", "K50.90", "G40.909"]
MEDS = [
    "hydroxyurea",
    "insulin glargine",
    "sertraline",
    "ocrelizumab",
    "prednisone",
    "mesalamine",
    "levetiracetam",
    "tamoxifen",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def _ascii(s: str) -> str:
    table = str.maketrans(
        {
            "ø": "o",
            "å": "a",
            "æ": "ae",
            "é": "e",
            "í": "i",
            "á": "a",
            "ú": "u",
            "Ø": "O",
            "Å": "A",
            "'": "",
            " ": "",
        }
    )
    return s.translate(table)


class F(Fake):
    """Fake values for one region at a time (set per message by build)."""

    region = "US"

    def reg(self, table):
        return self.pick(table[self.region])

    def first(self):
        return self.reg(FIRST)

    def last(self):
        return self.reg(LAST)

    def full_name(self):
        if self.region == "NG" and self.r.random() < 0.3:
            return f"{self.last()} {self.first()} {self.first()}"
        return f"{self.first()} {self.last()}"

    def email(self):
        first, last = _ascii(self.first()).lower(), _ascii(self.last()).lower()
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(90, 2006)}",
            ]
        )
        return f"{local}@{self.reg(MAIL)}"

    def phone(self, style=None):
        r = self.r
        if self.region == "NG":
            pre = self.pick(["803", "806", "813", "816", "703", "705", "809", "815", "901", "810"])
            a, b = r.randint(100, 999), r.randint(1000, 9999)
            return self.pick([f"+234 {pre} {a} {b}", f"0{pre}{a}{b}", f"+234{pre}{a}{b}", f"0{pre}-{a}-{b}"])
        if self.region == "NO":
            n = f"{self.pick(['4', '9'])}{r.randint(1000000, 9999999)}"
            return self.pick([f"+47 {n[:3]} {n[3:5]} {n[5:]}", n, f"+47{n}", f"{n[:3]} {n[3:5]} {n[5:]}"])
        return Fake.phone(self, self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    def e164(self):
        p = "".join(c for c in self.phone() if c.isdigit())
        if self.region == "NG":
            return "+234" + p[-10:]
        if self.region == "NO":
            return "+47" + p[-8:]
        return "+1" + p[-10:]

    def street(self):
        n = self.r.randint(1, 240)
        if self.region == "NO":
            return f"{self.reg(STREET)} {n}{self.pick(['', '', 'B', 'C'])}"
        if self.region == "NG":
            return f"{self.pick(['', 'Plot ', 'No. '])}{n} {self.reg(STREET)}"
        return f"{self.r.randint(100, 9899)} {self.reg(STREET)}"

    def line2(self):
        if self.region == "NO":
            return self.pick(["H0201", "H0304", "", None, "c/o Hansen"])
        if self.region == "NG":
            return self.pick(["Off Akin Adesola", "Flat 3", "Block C, Unilag Estate", "", None])
        return self.pick(["Apt 2B", "Unit 114", "#7", "", None])

    def city(self):
        return self.reg(CITY)

    def latlon(self):
        lat, lon, spread = self.pick(CENTRES[self.region])
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    def lat(self):
        self._point = self.latlon()
        return self._point[0]

    def lon(self):
        return self._point[1]

    def state(self):
        return self.reg(STATE)

    def zip(self):
        if self.region == "NO":
            return f"{self.r.randint(1, 9999):04d}"
        if self.region == "NG":
            return f"{self.r.randint(10, 99)}{self.r.randint(0, 9999):04d}"
        z = f"{self.r.randint(10000, 99999)}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def address(self):
        return (
            f"{self.street()}, {self.zip()} {self.city()}"
            if self.region == "NO"
            else (f"{self.street()}, {self.city()}, {self.state()} {self.zip()}")
        )

    def dob(self, start=1996, end=2007):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.region == "NO":
            return self.pick([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])
        if self.region == "US":
            return self.pick([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
        return self.pick([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])

    def fnr(self, start=1960, end=2006):
        while True:
            y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
            ind = self.r.randint(0, 499) if y < 2000 else self.r.randint(500, 999)
            ds = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
            k1 = 11 - sum(w * x for w, x in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], ds, strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(w * x for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [*ds, k1], strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "".join(map(str, ds)) + f"{k1}{k2}"

    def nin(self):
        return self.digits(11)

    def bvn(self):
        return "22" + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def pick_bank(self):
        self.bank = self.pick(list(NUBAN_BANKS))
        return self.bank

    def nuban(self, bank=None):
        bank = bank or self.pick(list(NUBAN_BANKS))
        serial = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        total = sum(
            w * int(c) for w, c in zip([3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3], bank + serial, strict=True)
        )
        return serial + str((10 - total % 10) % 10)

    def kontonummer(self, dotted=None):
        while True:
            body = self.pick(["1503", "1207", "9710", "3000", "1254", "4202"]) + self.digits(6)
            c = 11 - sum(w * int(x) for w, x in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], body, strict=True)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                break
        n = body + str(c)
        dotted = self.r.random() < 0.5 if dotted is None else dotted
        return f"{n[:4]}.{n[4:6]}.{n[6:]}" if dotted else n

    def iban_no(self):
        bban = self.kontonummer(dotted=False)
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "NO00")) % 97
        raw = f"NO{check:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def routing(self):
        while True:
            d = [int(c) for c in f"{self.pick(['01', '02', '03', '06', '07', '11', '12', '21', '26', '32'])}"]
            d += [self.r.randint(0, 9) for _ in range(6)]
            for last in range(10):
                ds = [*d, last]
                if (
                    3 * (ds[0] + ds[3] + ds[6]) + 7 * (ds[1] + ds[4] + ds[7]) + ds[2] + ds[5] + ds[8]
                ) % 10 == 0:
                    return "".join(map(str, ds))

    def us_account(self):
        return self.digits(self.pick([9, 10, 12]))

    def bank_account(self):
        if self.region == "NG":
            return self.nuban()
        if self.region == "NO":
            return self.kontonummer()
        return self.us_account()

    def national_id(self):
        if self.region == "NG":
            return self.nin()
        if self.region == "NO":
            return self.fnr(1996, 2006)
        return self.ssn()

    def salary(self):
        if self.region == "NG":
            return self.r.randrange(600_000, 18_000_000, 50_000)
        if self.region == "NO":
            return self.r.randrange(420_000, 1_100_000, 5_000)
        return self.r.randrange(24_000, 160_000, 500)

    def amount(self):
        if self.region == "NG":
            return self.r.randrange(50_000, 2_500_000, 1_000)
        if self.region == "NO":
            return self.r.randrange(5_000, 160_000, 100)
        return round(self.r.uniform(500, 20_500), 2)

    def school(self):
        return self.reg(SCHOOLS)

    def employer(self):
        return self.reg(EMPLOYERS)

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(self.r.randint(60, 80))) + "BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(self.r.randint(50, 60)))


def cur(f):
    return CURRENCY[f.region]


def pick(*items):
    return lambda f: f.pick(list(items))


# -- free text ---------------------------------------------------------------------------------------


def call_note(f):
    p = f.phone()
    return f.pick(
        [
            f"Borrower called about deferment status. Best callback number {p}.",
            f"Caller asked to update mobile to {p}; verified identity with DOB and last 4.",
            f"Left voicemail, asked them to call back on {p} after 4pm.",
            f"Parent called on behalf of student, reach her on {p}.",
            f"Says disbursement not received yet - escalate, call {p} tomorrow",
            f"cust wants paper statements. alt no {p}",
        ]
    )


def chat_text(f):
    e = f.email()
    return f.pick(
        [
            f"hi, my new email is {e}",
            f"pls send the award letter to {e}",
            f"I can't log in with {e} anymore",
            f"Can you cc my mum at {e}? she is the cosigner",
            f"my school email {e} isn't getting the codes",
            f"{e}",
        ]
    )


def hardship_statement(f):
    c, y = f.pick(CONDITIONS), f.r.randint(2018, 2024)
    return f.pick(
        [
            f"I was diagnosed with {c} in {y} and can only work part time.",
            f"Treatment for {c} means I have been out of work since March.",
            f"My {c} got worse this year, my doctor signed me off for 6 months.",
            f"Hospitalised twice for {c}, bills are piling up.",
            f"Living with {c}; income dropped after I had to reduce my hours.",
        ]
    )


def file_name(f):
    first, last = _ascii(f.first()), _ascii(f.last())
    return f.pick(
        [
            f"Passport_{last}_{first}.pdf",
            f"{first.lower()} {last.lower()} w2 2023.pdf",
            f"Bankutskrift_{first}_{last}.pdf",
            f"{last.upper()}_{first}_NIN_slip.jpg",
            f"payslip-{first.lower()}-{last.lower()}-feb.pdf",
            f"{first}{last}_admission_letter.png",
        ]
    )


def sms_body(f):
    n, a = f.first(), f.amount()
    return f.pick(
        [
            f"Hi {n}, your repayment of {cur(f)} {a:,} is due on the 28th. Reply STOP to opt out.",
            f"{n}, your disbursement of {cur(f)} {a:,} has been sent to your bank.",
            f"Dear {n}, your ScholarPath application is missing a document. Log in to upload it.",
            f"Hei {n}! Husk å laste opp studiebekreftelsen innen fredag.",
        ]
    )


def email_subject(f):
    n = f.first()
    return f.pick(
        [
            f"{n}, your award letter is ready",
            f"{n}, your disbursement is on its way",
            f"Action needed, {n}: verify your enrolment",
            f"Your {f.pick(['March', 'April', 'May'])} statement, {n}",
        ]
    )


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_context(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(pick("/apply", "/dashboard", "/repayment", "/documents", "/profile")),
            "referrer": G(
                pick("", "https://www.google.com/", "https://studentaid.gov/", "https://www.facebook.com/")
            ),
            "search": G(pick("", "?utm_source=newsletter&utm_medium=email", "?step=2", "?lang=nb")),
            "title": G(
                pick("ScholarPath", "Apply | ScholarPath", "Repayment | ScholarPath", "Mine dokumenter")
            ),
            "url": G(lambda f: f"https://{HOST[f.region]}" + f.pick(["/apply", "/dashboard", "/repayment"])),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "24", "99")),
                },
                3,
            ),
            "mobile": G(pick(True, False)),
            "platform": G(pick("Windows", "Android", "macOS")),
        },
        "locale": G(lambda f: f.reg(LOCALE)),
        "timezone": G(lambda f: f.reg(TZ)),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(pick("fafsa_season_24", "nelfund_launch", "studiestart_h24", "refi_retarget")),
            "source": G(pick("google", "facebook", "newsletter", "tiktok")),
            "medium": G(pick("cpc", "email", "paid_social")),
            "term": G(pick("student loans", "scholarship nigeria", "studielån", "refinance student loan")),
            "content": G(pick("hero_a", "hero_b", "footer_link")),
        },
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "ScholarPath"),
            "version": G(pick("4.12.0", "4.13.2", "4.14.0")),
            "build": G(pick("4120", "4132", "4140")),
            "namespace": G(lambda f: "com.scholarpath.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick("iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(pick("1.5.11", "1.6.0", "1.5.9"))},
        "locale": G(lambda f: f.reg(LOCALE)),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(lambda f: "iOS"), "version": G(pick("17.4.1", "16.7.7", "17.5"))},
        "screen": {"width": G(pick(390, 393, 414)), "height": G(pick(844, 852, 896))},
        "timezone": G(lambda f: f.reg(TZ)),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "ScholarPath"),
            "version": G(pick("4.12.0", "4.13.1", "4.14.0")),
            "namespace": G(lambda f: "com.scholarpath.android"),
            "build": G(pick("412000", "413100", "414000")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "TECNO", "Infinix", "Google", "Xiaomi")),
            "model": G(pick("SM-A145F", "TECNO KI7", "Infinix X6816", "Pixel 7", "23053RN02Y")),
            "name": G(pick("a14", "KI7", "X6816", "panther")),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(pick("1.15.0", "1.16.3", "1.14.2")),
        },
        "locale": G(lambda f: f.reg(LOCALE)),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick("13", "14", "12"))},
        "screen": {
            "density": G(pick(2.0, 2.625, 3.0)),
            "width": G(pick(720, 1080)),
            "height": G(pick(1600, 2400)),
        },
        "timezone": G(lambda f: f.reg(TZ)),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI7 Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A145F Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
            )
        ),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "ScholarPath"),
            "version": G(pick("4.12.0", "4.13.0", "4.14.1")),
            "build": G(pick("812", "830", "845")),
            "namespace": G(pick("com.scholarpath.ios", "com.scholarpath.android")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "TECNO")),
            "model": G(pick("iPhone13,2", "SM-A546E", "TECNO CK7n")),
            "type": G(pick("ios", "android")),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(pick("2.19.1", "2.20.0", "2.18.2")),
        },
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "13"))},
        "screen": {"width": G(pick(390, 412, 360)), "height": G(pick(844, 915, 800))},
        "locale": G(lambda f: f.reg(LOCALE)),
        "timezone": G(lambda f: f.reg(TZ)),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.full_name(), "name"),
        },
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: {"US": "United States", "NG": "Nigeria", "NO": "Norway"}[f.region]),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "ScholarPath"),
            "version": G(pick("4.12.0", "4.13.0", "4.14.0")),
            "build": G(pick("97", "101", "104")),
            "namespace": G(lambda f: "com.scholarpath.flutter"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("samsung", "itel", "Infinix", "Apple")),
            "model": G(pick("SM-A057F", "itel A665L", "Infinix X6711", "iPhone14,7")),
            "type": G(pick("android", "ios")),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(pick("1.1.4", "1.1.6", "1.0.2"))},
        "locale": G(lambda f: f.reg(LOCALE)),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("Android", "iOS")), "version": G(pick("13", "14", "17.5"))},
        "screen": {"width": G(pick(720, 1080, 390)), "height": G(pick(1612, 2408, 844))},
        "timezone": G(lambda f: f.reg(TZ)),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.0"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.3", "3.8.1"],
    "Analytics.NET": ["3.8.1", "3.8.0", "3.7.0"],
}


def server_context(lib):
    def make(f):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib in ("@segment/analytics-node", "analytics-php", "analytics-python"):
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
        if lib == "@segment/analytics-node":
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
            ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
        if lib == "analytics-java":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.e164(), "phone", True),
                    "type": G(lambda f: "phone_number"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "analytics-php":
            ctx["locale"] = G(lambda f: f.reg(LOCALE))
        if lib == "Analytics.NET":
            ctx["groupId"] = G(lambda f: "emp_" + f.digits(6))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]
ALL = ["US", "NG", "NO"]

# -- reusable blocks ---------------------------------------------------------------------------------


def home_address(street="street", city="city", state="state", zip_="postalCode", country="country"):
    return {
        street: Y(lambda f: f.street(), "address|street"),
        city: Y(lambda f: f.city(), "city"),
        state: G(lambda f: f.state()),
        zip_: Y(lambda f: f.zip(), "zipcode"),
        country: G(lambda f: f.region),
    }


def loan_product():
    return {
        "product_id": G(lambda f: "prd_" + f.hexid(10)),
        "sku": G(pick("FDL-SUB-24", "FDL-UNSUB-24", "PRIV-FIX-10", "NELF-TUIT", "LK-BASIS", "APP-FORM-24")),
        "name": G(
            pick(
                "Direct Subsidized Loan",
                "Private Fixed 10yr",
                "NELFUND Tuition Loan",
                "Basislån",
                "2024 Scholarship Application Form",
            )
        ),
        "category": G(pick("federal", "private", "scholarship", "fee")),
        "price": G(lambda f: f.amount()),
        "quantity": G(lambda f: 1),
    }


# -- events ------------------------------------------------------------------------------------------

EVENTS = [
    # ---- web pages and sign-up ---------------------------------------------------------------
    (
        "page",
        "Apply",
        "web",
        ALL,
        {
            "name": G(pick("Apply", "Dashboard", "Repayment", "Documents")),
            "path": G(pick("/apply", "/dashboard", "/repayment", "/documents")),
            "url": G(lambda f: f"https://{HOST[f.region]}" + f.pick(["/apply", "/dashboard", "/repayment"])),
            "title": G(pick("Apply | ScholarPath", "Dashboard | ScholarPath", "Søknad | ScholarPath")),
            "referrer": G(
                pick("", "https://www.google.com/", "https://nelf.gov.ng/", "https://lanekassen.no/")
            ),
            "search": G(pick("", "?step=household", "?utm_campaign=fafsa_season_24")),
            "category": G(pick("application", "account", "servicing")),
        },
    ),
    (
        "identify",
        None,
        "web",
        ["US", "NG"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": home_address(),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "preferredLanguage": G(pick("en", "es", "yo", "ha")),
            "studentStatus": G(pick("incoming", "enrolled", "graduated", "withdrawn")),
            "age": G(lambda f: f.r.randint(17, 34)),
            "accountType": G(pick("student", "parent", "cosigner")),
            "marketingOptIn": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Account Created",
        "web",
        ALL,
        {
            "method": G(pick("email", "google", "apple", "bankid")),
            "referral_code": G(lambda f: "SP-" + f.hexid(6).upper()),
            "password_strength": G(pick(1, 2, 3, 4)),
            "email_domain": G(lambda f: f.reg(MAIL)),
            "marketing_opt_in": G(pick(True, False)),
            "account_id": G(lambda f: "acc_" + f.hexid(16)),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        "node",
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "magic_link": RED(
                lambda f: (
                    f"https://{HOST[f.region]}/auth/verify?token=" + f.hexid(40) + "&redirect=%2Fdashboard"
                ),
                "token",
            ),
            "expires_at": G(lambda f: f.iso()),
            "link_ttl_minutes": G(pick(10, 15, 30)),
            "requested_from": G(pick("web", "ios", "android")),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "go",
        ALL,
        {
            "channel": G(pick("sms", "whatsapp", "voice")),
            "phone_number": Y(lambda f: f.e164(), "phone"),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "attempt": G(pick(1, 2, 3)),
            "provider": G(pick("twilio_verify", "termii", "sinch")),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Signed In",
        "node",
        ALL,
        {
            "method": G(pick("password", "magic_link", "bankid", "google")),
            "mfa_method": G(pick("sms", "totp", "none")),
            "success": G(pick(True, False)),
            "failure_reason": G(pick(None, "bad_password", "locked", "expired_link")),
            "client_ip": Y(lambda f: f.ip(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "new_device": G(pick(True, False)),
            "password_age_days": G(lambda f: f.r.randint(0, 900)),
            "breached_password_detected": G(pick(True, False)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Button Clicked",
        "web",
        ALL,
        {
            "label": G(pick("Apply now", "Continue", "Save and exit", "Fortsett", "Upload document")),
            "location": G(pick("hero", "footer", "sidebar", "modal")),
        },
    ),
    # ---- application --------------------------------------------------------------------------
    (
        "track",
        "Application Started",
        "web",
        ALL,
        {
            "application_id": G(lambda f: "APP-2024-" + f.digits(7)),
            "program": G(
                pick("federal_direct", "private_refi", "nelfund", "state_scholarship", "lanekassen_basis")
            ),
            "award_year": G(pick("2024-25", "2025-26", "2023-24")),
            "requested_amount": G(lambda f: f.amount()),
            "currency": G(cur),
            "school": {
                "name": G(lambda f: f.school()),
                "code": G(lambda f: f.digits(6) + "00"),
                "city": G(lambda f: f.city()),
                "state": G(lambda f: f.state()),
            },
            "enrollment_level": G(pick("undergraduate", "graduate", "postgraduate")),
            "is_first_application": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Personal Details Submitted",
        "web",
        ["US"],
        {
            "application_id": G(lambda f: "APP-2024-" + f.digits(7)),
            "ssn": RED(
                lambda f: f.ssn() if f.r.random() < 0.7 else f.ssn().replace("-", ""),
                "social security number",
            ),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "citizenshipStatus": Y(pick("us_citizen", "eligible_noncitizen", "neither"), "citizenship"),
            "alienRegistrationNumber": RED(lambda f: f.pick([None, "A" + f.digits(9)]), "national id"),
            "maritalStatus": G(pick("single", "married", "separated", "divorced")),
            "hasDependents": G(pick(True, False)),
            "numberOfDependents": G(lambda f: f.r.randint(0, 4)),
            "isVeteran": RED(pick(True, False), "veteran"),
            "activeDuty": RED(pick(True, False), "veteran"),
            "gender": Y(pick("female", "male", "nonbinary", "prefer_not_to_say"), "gender"),
            "ssnProvided": G(lambda f: True),
            "stateOfLegalResidence": G(lambda f: f.state()),
            "highSchoolCompletion": G(pick("diploma", "ged", "homeschooled")),
        },
    ),
    (
        "track",
        "Demographics Submitted",
        "rn",
        ["US"],
        {
            "race": Many(
                Y(
                    pick(
                        "White",
                        "Black or African American",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Native Hawaiian or Other Pacific Islander",
                    ),
                    "race",
                ),
                2,
            ),
            "ethnicity": Y(
                pick("Hispanic or Latino", "Not Hispanic or Latino", "Prefer not to say"), "ethnicity"
            ),
            "sex": Y(pick("F", "M", "X"), "sex"),
            "first_generation_student": G(pick(True, False)),
            "section_completed": G(lambda f: "demographics"),
            "skipped_questions": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Parent Information Added",
        "web",
        ["US"],
        {
            "application_id": G(lambda f: "APP-2024-" + f.digits(7)),
            "parents": Many(
                {
                    "relationship": G(pick("mother", "father", "stepparent", "legal_guardian")),
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "date_of_birth": Y(lambda f: f.dob(1958, 1985), "birthdate"),
                    "ssn": RED(lambda f: f.ssn(), "social security number"),
                    "marital_status": G(pick("married", "divorced", "widowed", "never_married")),
                    "education_level": G(
                        pick("high_school", "college_or_beyond", "middle_school", "unknown")
                    ),
                    "employer": G(lambda f: f.employer()),
                    "occupation": G(
                        pick("Registered Nurse", "Truck Driver", "Teacher", "Cashier", "Engineer")
                    ),
                    "annual_income": Y(lambda f: f.salary(), "salary"),
                    "is_deceased": G(pick(False, False, True)),
                },
                2,
            ),
            "parent_count": G(pick(1, 2)),
            "parent_ssn_missing": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Household Details Submitted",
        "python",
        ["US"],
        {
            "application_id": G(lambda f: "APP-2024-" + f.digits(7)),
            "household_size": G(lambda f: f.r.randint(1, 8)),
            "number_in_college": G(lambda f: f.r.randint(1, 3)),
            "household_agi": Y(lambda f: f.r.randrange(8_000, 240_000, 10), "salary"),
            "income_band": Y(pick("<30k", "30k-48k", "48k-75k", "75k-110k", "110k+"), "salary"),
            "tax_filing_status": G(pick("single", "married_joint", "head_of_household", "non_filer")),
            "received_snap": G(pick(True, False)),
            "cash_savings": G(lambda f: f.r.randrange(0, 25_000, 50)),
            "irs_data_transferred": G(pick(True, False)),
            "tax_year": G(pick(2022, 2023)),
        },
    ),
    (
        "track",
        "Need Assessment Completed",
        "python",
        ALL,
        {
            "application_id": G(lambda f: "APP-2024-" + f.digits(7)),
            "student_aid_index": G(lambda f: f.r.randint(-1500, 45000)),
            "pell_eligible": G(pick(True, False)),
            "cost_of_attendance": G(lambda f: f.amount()),
            "need_amount": G(lambda f: f.amount()),
            "decision": G(pick("approved", "partial", "declined", "manual_review")),
            "model_version": G(pick("sai-2024.2", "sai-2024.3", "nelf-v1.4", "lk-2024")),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "swift",
        ALL,
        {
            "upload_id": G(lambda f: f.uuid()),
            "document_type": G(
                pick("tax_return", "w2", "passport", "payslip", "admission_letter", "nin_slip")
            ),
            "file_name": Y(file_name, "name", True),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "mime_type": G(pick("application/pdf", "image/jpeg", "image/png", "image/heic")),
            "page_count": G(lambda f: f.r.randint(1, 12)),
            "source": G(pick("camera", "files", "photo_library")),
        },
    ),
    # ---- identity verification ----------------------------------------------------------------
    (
        "track",
        "Identity Verification Completed",
        "php",
        ["NG"],
        {
            "ResultCode": G(pick("1012", "1013", "1020", "1022")),
            "ResultText": G(pick("ID Number Validated", "ID Number Not Found", "Partial Match")),
            "SmileJobID": G(lambda f: "00000" + f.digits(5)),
            "PartnerParams": {
                "job_id": G(lambda f: "job_" + f.hexid(12)),
                "user_id": G(lambda f: "u_" + f.digits(8)),
                "job_type": G(pick(5, 6, 1)),
            },
            "IDType": G(pick("NIN_V2", "BVN", "NIN_SLIP")),
            "IDNumber": RED(lambda f: f.pick([f.nin(), f.bvn()]), "national id"),
            "FullName": Y(lambda f: f.full_name().upper(), "name"),
            "DOB": Y(lambda f: f.dob(1990, 2007), "birthdate"),
            "Gender": Y(pick("M", "F", "Male", "Female"), "gender"),
            "PhoneNumber": Y(lambda f: f.phone(), "phone"),
            "Country": G(lambda f: "NG"),
            "Actions": {
                "Verify_ID_Number": G(pick("Verified", "Not Verified", "Provisionally Verified")),
                "Selfie_To_ID_Authority_Compare": G(pick("Completed", "Not Applicable", "Failed")),
            },
            "ImageLinks": {
                "selfie_image": Y(
                    lambda f: (
                        "https://smile-uploads.s3.amazonaws.com/selfies/"
                        + f.hexid(24)
                        + ".jpg?X-Amz-Expires=3600"
                    ),
                    "photo",
                )
            },
            "timestamp": G(lambda f: f.iso()),
            "signature": G(lambda f: f.hexid(44)),
        },
    ),
    (
        "track",
        "BankID Authenticated",
        "java",
        ["NO"],
        {
            "sub": G(lambda f: f.hexid(43)),
            "nin": RED(lambda f: f.fnr(1960, 2006), "national id"),
            "nin_type": G(pick("BIRTH", "DNR", "BIRTH")),
            "nin_issuing_country": G(lambda f: "NO"),
            "given_name": Y(lambda f: f.first(), "name"),
            "family_name": Y(lambda f: f.last(), "name"),
            "birthdate": Y(lambda f: f.dob(1960, 2006), "birthdate"),
            "idp": G(pick("nbid", "nbid-mobile", "idporten")),
            "acr": G(
                pick(
                    "urn:signicat:oidc:method:nbid",
                    "idporten-loa-high",
                    "urn:signicat:oidc:method:nbid-mobile",
                )
            ),
            "session_id": G(lambda f: f.uuid()),
            "auth_time": G(lambda f: f.r.randint(1_706_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "ID Document Submitted",
        "kotlin",
        ALL,
        {
            "id_type": G(pick("passport", "national_id_card", "voters_card")),
            "id_number": RED(
                lambda f: f.pick(["A" + f.digits(8), "FC" + f.digits(7), f.digits(9), "B" + f.digits(8)]),
                "passport|national id",
            ),
            "issuing_country": G(lambda f: f.region),
            "expiry_year": G(lambda f: f.r.randint(2025, 2034)),
            "selfie_url": Y(lambda f: "https://kyc-cdn.scholarpath.com/selfie/" + f.uuid() + ".jpg", "photo"),
            "name_match_score": G(lambda f: round(f.r.uniform(0.6, 1.0), 2)),
            "dob_matches_id": G(pick(True, False)),
            "liveness_passed": G(pick(True, False)),
        },
    ),
    # ---- loan offers (e-commerce spec) -------------------------------------------------------
    (
        "track",
        "Product List Viewed",
        "web",
        ALL,
        {
            "list_id": G(pick("federal_loans", "private_loans", "scholarships")),
            "category": G(pick("federal", "private", "scholarship")),
            "products": Many(loan_product(), 3),
        },
    ),
    (
        "track",
        "Loan Offer Viewed",
        "flutter",
        ALL,
        {
            "offer_id": G(lambda f: "off_" + f.hexid(12)),
            "loan_type": G(pick("subsidized", "unsubsidized", "private_fixed", "private_variable")),
            "apr": G(lambda f: round(f.r.uniform(3.5, 14.9), 2)),
            "interest_rate": G(lambda f: round(f.r.uniform(3.0, 13.5), 3)),
            "term_months": G(pick(60, 120, 180, 240)),
            "monthly_payment": G(lambda f: f.money(40, 900)),
            "currency": G(cur),
            "value": G(lambda f: f.amount()),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        ["NG"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "total": G(lambda f: f.pick([5000, 7500, 10000, 3500])),
            "currency": G(lambda f: "NGN"),
            "payment_method": G(pick("card", "bank_transfer", "ussd")),
            "coupon": G(pick("", "EARLYBIRD", "STATEBOARD")),
            "affiliation": G(pick("Oyo State Scholarship Board", "Lagos State Scholarship Board", "NELFUND")),
            "email": Y(lambda f: f.email(), "email"),
            "products": Many(loan_product(), 1),
        },
    ),
    # ---- co-signers and references -------------------------------------------------------------
    (
        "track",
        "Co-signer Invited",
        "web",
        ["US"],
        {
            "invite_id": G(lambda f: "inv_" + f.hexid(10)),
            "cosigner": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(pick("parent", "grandparent", "aunt_uncle", "sibling", "other")),
            },
            "invite_message": G(
                pick(
                    "Please co-sign my loan, thank you!",
                    "Can you help me with this?",
                    "Here is the link we talked about",
                    "",
                )
            ),
            "channel": G(pick("email", "sms")),
        },
    ),
    (
        "track",
        "Co-signer Application Submitted",
        "ruby",
        ["US"],
        {
            "application_id": G(lambda f: "APP-2024-" + f.digits(7)),
            "cosigner_id": G(lambda f: "cs_" + f.digits(8)),
            "cosigner_ssn": RED(lambda f: f.ssn(), "social security number"),
            "cosigner_dob": Y(lambda f: f.dob(1955, 1990), "birthdate"),
            "cosigner_annual_income": Y(lambda f: f.salary(), "salary"),
            "cosigner_employer": G(lambda f: f.employer()),
            "cosigner_job_title": G(
                pick("Operations Manager", "RN", "Electrician", "Teacher", "Sales Associate")
            ),
            "cosigner_credit_score": Y(lambda f: f.r.randint(560, 830), "credit score"),
            "cosigner_housing_status": G(pick("own", "rent", "other")),
            "cosigner_monthly_housing_payment": G(lambda f: f.r.randrange(0, 3200, 25)),
            "cosigner_years_at_employer": G(lambda f: f.r.randint(0, 30)),
            "cosigner_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "zip": Y(lambda f: f.zip(), "zipcode"),
            },
            "hard_pull_consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Reference Added",
        "flutter",
        ["NG"],
        {
            "reference_name": Y(lambda f: f.full_name(), "name"),
            "reference_phone": Y(lambda f: f.phone(), "phone"),
            "reference_relationship": G(pick("uncle", "pastor", "lecturer", "family friend", "employer")),
            "reference_occupation": G(pick("Civil servant", "Trader", "Lecturer", "Clergy", "Banker")),
            "years_known": G(lambda f: f.r.randint(1, 20)),
            "reference_index": G(pick(1, 2)),
        },
    ),
    # ---- schools and grades --------------------------------------------------------------------
    (
        "group",
        None,
        "web",
        ALL,
        {
            "name": G(lambda f: f.school()),
            "type": G(pick("public", "private_nonprofit", "private_for_profit")),
            "city": G(lambda f: f.city()),
            "state": G(lambda f: f.state()),
            "country": G(lambda f: f.region),
            "school_code": G(lambda f: f.digits(6) + "00"),
            "enrollment": G(lambda f: f.r.randint(2000, 60000)),
            "website": G(pick("https://www.utexas.edu", "https://unilag.edu.ng", "https://www.uio.no")),
            "financial_aid_email": G(
                pick(
                    "finaid@utexas.edu",
                    "studentaffairs@unilag.edu.ng",
                    "studieadministrasjon@uio.no",
                    "aid@howard.edu",
                )
            ),
            "financial_aid_phone": G(pick("+1 512-471-6500", "+234 1 280 2101", "+47 22 85 50 50")),
        },
    ),
    (
        "track",
        "Enrollment Verified",
        "python",
        ["US"],
        {
            "student_id": G(lambda f: f.pick(["UT", "OSU", "H0"]) + f.digits(7)),
            "enrollment_status": G(pick("full_time", "three_quarter", "half_time", "withdrawn")),
            "term": G(pick("Fall 2024", "Spring 2025", "Summer 2024")),
            "credits_attempted": G(lambda f: f.r.randint(6, 18)),
            "credits_earned": G(lambda f: f.r.randint(0, 18)),
            "gpa": G(lambda f: round(f.r.uniform(1.8, 4.0), 2)),
            "major": G(
                pick("Nursing", "Computer Science", "Business Administration", "Biology", "Social Work")
            ),
            "school_code": G(lambda f: f.digits(6) + "00"),
        },
    ),
    (
        "track",
        "Scholarship Application Submitted",
        "web",
        ["NG"],
        {
            "application-ref": G(lambda f: "OYSSB/" + f.digits(4) + "/" + f.digits(5)),
            "applicant-name": Y(lambda f: f.full_name(), "name"),
            "state-of-origin": G(lambda f: f.state()),
            "lga": G(pick("Ibadan North", "Ife Central", "Ikeja", "Egbeda", "Surulere")),
            "matric-number": G(lambda f: f"{f.r.randint(17, 23)}0{f.r.randint(1, 9)}0{f.digits(4)}"),
            "jamb-reg-number": G(
                lambda f: f"202{f.r.randint(0, 3)}{f.digits(8)}{f.pick(['EF', 'GA', 'BD'])}"
            ),
            "jamb-score": G(lambda f: f.r.randint(180, 340)),
            "waec-certificate-no": Y(lambda f: "NGWASSCE" + f.digits(7), "certificate"),
            "cgpa": G(lambda f: round(f.r.uniform(2.4, 5.0), 2)),
            "level": G(pick("100L", "200L", "300L", "400L", "500L")),
            "ethnic-group": Y(pick("Yoruba", "Igbo", "Hausa", "Ijaw", "Tiv"), "ethnicity"),
            "religion": Y(pick("Christianity", "Islam", "Traditional"), "religion"),
            "disability-status": RED(pick(True, False), "disability"),
            "essay-word-count": G(lambda f: f.r.randint(300, 1200)),
            "phone-number": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "track",
        "Grades Reported",
        "php",
        ["NG"],
        {
            "matric_number": G(lambda f: f"{f.r.randint(17, 23)}0{f.r.randint(1, 9)}0{f.digits(4)}"),
            "session": G(pick("2022/2023", "2023/2024", "2021/2022")),
            "faculty": G(pick("Engineering", "Law", "Basic Medical Sciences", "Arts", "Social Sciences")),
            "department": G(pick("Electrical Engineering", "Law", "Nursing", "Economics", "English")),
            "course_codes": Many(G(pick("EEE 301", "LAW 201", "NSC 305", "ECN 202", "GST 111")), 4),
            "gpa": G(lambda f: round(f.r.uniform(1.5, 5.0), 2)),
            "carryovers": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # ---- Nigerian backend with Yoruba keys ------------------------------------------------------
    (
        "identify",
        None,
        "php",
        ["NG"],
        {
            "oruko": Y(lambda f: f.full_name(), "name"),
            "oruko_idile": Y(lambda f: f.last(), "name"),
            "ojo_ibi": Y(lambda f: f.dob(1995, 2007), "birthdate"),
            "nomba_foonu": Y(lambda f: f.phone(), "phone"),
            "imeeli": Y(lambda f: f.email(), "email"),
            "adiresi": Y(lambda f: f.street(), "address"),
            "ilu": Y(lambda f: f.city(), "city"),
            "ipinle": G(lambda f: f.state()),
            "ile_iwe": G(lambda f: f.school()),
            "ipele": G(pick("100L", "200L", "300L", "400L")),
            "esin": Y(pick("Kristẹni", "Mùsùlùmí", "Ìbílẹ̀"), "religion"),
            "ede": G(pick("yo", "en", "ha", "ig")),
            "akeko_id": G(lambda f: "AK" + f.digits(7)),
        },
    ),
    (
        "track",
        "Ebun Ibeere Fi Silẹ",
        "node",
        ["NG"],
        {
            "ibeere_id": G(lambda f: f.uuid()),
            "nin": RED(lambda f: f.nin(), "national id"),
            "bvn": RED(lambda f: f.bvn(), "national id"),
            "oruko_baba": Y(lambda f: f.full_name(), "name"),
            "oruko_iya": Y(lambda f: f.full_name(), "name"),
            "ise_baba": G(pick("Agbe", "Oniṣowo", "Oluko", "Awakọ", "Osise ijoba")),
            "owo_osu_obi": Y(lambda f: f.r.randrange(30_000, 900_000, 5_000), "salary"),
            "nomba_foonu_obi": Y(lambda f: f.phone(), "phone"),
            "iye_omo": G(lambda f: f.r.randint(1, 9)),
            "ipinle_abinibi": G(lambda f: f.state()),
            "bvn_validated": G(pick(True, False)),
            "nin_verified": G(pick(True, False)),
        },
    ),
    # ---- Norwegian backend ---------------------------------------------------------------------
    (
        "track",
        "Søknad Sendt",
        "web",
        ["NO"],
        {
            "soknadId": G(lambda f: "S" + f.digits(9)),
            "fodselsnummer": RED(lambda f: f.fnr(1994, 2006), "national id"),
            "fornavn": Y(lambda f: f.first(), "name"),
            "etternavn": Y(lambda f: f.last(), "name"),
            "epost": Y(lambda f: f.email(), "email"),
            "mobilnummer": Y(lambda f: f.phone(), "phone"),
            "adresse": {
                "gateadresse": Y(lambda f: f.street(), "address|street"),
                "postnummer": Y(lambda f: f.zip(), "zipcode"),
                "poststed": Y(lambda f: f.city(), "city"),
            },
            "sivilstand": G(pick("ugift", "gift", "samboer", "skilt")),
            "antallBarn": G(lambda f: f.r.randint(0, 3)),
            "borteboer": G(pick(True, False)),
            "lærested": G(lambda f: f.school()),
            "studieprogram": G(
                pick("Bachelor i informatikk", "Master i rettsvitenskap", "Sykepleie", "Lektorprogrammet")
            ),
            "studiepoeng": G(pick(30, 60, 45)),
            "inntekt": Y(lambda f: f.r.randrange(0, 400_000, 1_000), "salary"),
            "oppholdstillatelse": RED(pick("permanent", "studietillatelse", "EØS-registrering"), "visa"),
            "beløp": G(lambda f: f.amount()),
        },
    ),
    (
        "track",
        "Utbetaling Registrert",
        "dotnet",
        ["NO"],
        {
            "UtbetalingId": G(lambda f: f.uuid()),
            "Beløp": G(lambda f: f.amount()),
            "Valuta": G(lambda f: "NOK"),
            "Kontonummer": RED(lambda f: f.kontonummer(), "bank account"),
            "Kontoeier": Y(lambda f: f.full_name(), "name"),
            "Forfallsdato": G(lambda f: f.date(2024, 2025)),
            "Lånetype": G(pick("basislån", "stipend", "borteboerstipend", "reisestipend")),
            "Semester": G(pick("høst 2024", "vår 2025", "høst 2023")),
            "Kundenummer": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Nedbetalingsplan Valgt",
        "java",
        ["NO"],
        {
            "kundenummer": G(lambda f: f.digits(8)),
            "arbeidsgiver": G(lambda f: f.employer()),
            "stilling": G(pick("Sykepleier", "Utvikler", "Lærer", "Konsulent", "Butikkmedarbeider")),
            "bruttolonn": Y(lambda f: f.salary(), "salary"),
            "fagforening": Y(
                pick("Fagforbundet", "Tekna", "NITO", "Delta", "Utdanningsforbundet"), "trade union"
            ),
            "terminbelop": G(lambda f: f.r.randrange(900, 6000, 10)),
            "antallTerminer": G(pick(120, 240, 180)),
            "rente": G(lambda f: round(f.r.uniform(4.1, 5.9), 3)),
            "iban": RED(lambda f: f.iban_no(), "bank account"),
            "avtalegiro": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Betalingsutsettelse Søkt",
        "kotlin",
        ["NO"],
        {
            "arsak": G(pick("arbeidsledig", "lav inntekt", "foreldrepermisjon", "studier")),
            "sykmeldt": Y(pick(True, False), "condition"),
            "sykmeldingsgrad": Y(pick(20, 50, 80, 100), "condition"),
            "fraDato": G(lambda f: f.date(2024, 2025)),
            "antallMaaneder": G(pick(3, 6, 12)),
            "vedleggAntall": G(lambda f: f.r.randint(0, 4)),
            "saksbehandler": Y(lambda f: f.full_name(), "name"),
        },
    ),
    # ---- disbursements and bank accounts -------------------------------------------------------
    (
        "track",
        "Disbursement Scheduled",
        "java",
        ["US"],
        {
            "disbursement_id": G(lambda f: "dsb_" + f.hexid(12)),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: "USD"),
            "scheduled_date": G(lambda f: f.date(2024, 2025)),
            "method": G(pick("ach", "check", "school_direct")),
            "bank": {
                "name": G(lambda f: f.reg(BANKS)),
                "routing_number": G(lambda f: f.routing()),
                "account_number": RED(lambda f: f.us_account(), "bank account"),
                "account_type": G(pick("checking", "savings")),
                "account_holder_name": Y(lambda f: f.full_name(), "name"),
            },
            "payee": G(pick("student", "school")),
            "description": G(lambda f: "Refund of credit balance - " + f.school()),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        "web",
        ["US"],
        {
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "metadata": {
                "institution": {
                    "name": G(lambda f: f.reg(BANKS)),
                    "institution_id": G(lambda f: "ins_" + str(f.r.randint(3, 130000))),
                },
                "accounts": Many(
                    {
                        "id": G(
                            lambda f: "".join(
                                f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                                for _ in range(37)
                            )
                        ),
                        "name": G(pick("Plaid Checking", "Total Checking", "Savings", "Everyday Checking")),
                        "mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                        "type": G(pick("depository", "credit")),
                        "subtype": G(pick("checking", "savings")),
                    },
                    2,
                ),
                "link_session_id": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Transfer Webhook Received",
        "php",
        ["NG"],
        {
            "event": G(pick("transfer.success", "transfer.failed", "transfer.reversed")),
            "data": {
                "amount": G(lambda f: f.amount() * 100),
                "currency": G(lambda f: "NGN"),
                "reference": G(lambda f: "dsb_" + f.hexid(16)),
                "reason": G(pick("Tuition disbursement", "Upkeep allowance", "Refund")),
                "status": G(pick("success", "failed", "reversed")),
                "transfer_code": G(lambda f: "TRF_" + f.hexid(15)),
                "recipient": {
                    "active": G(lambda f: True),
                    "currency": G(lambda f: "NGN"),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "recipient_code": G(lambda f: "RCP_" + f.hexid(15)),
                    "type": G(lambda f: "nuban"),
                    "details": {
                        "bank_code": G(lambda f: f.pick_bank()),
                        "account_number": RED(lambda f: f.nuban(f.bank), "bank account"),
                        "account_name": Y(lambda f: f.full_name().upper(), "name"),
                        "bank_name": G(lambda f: NUBAN_BANKS[f.bank]),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Saved Recipient Selected",
        "flutter",
        ["NG"],
        {
            "recipient": {
                "id": G(lambda f: "RCP_" + f.hexid(15)),
                "label": Y(lambda f: f.full_name(), "name", True),
                "bank": G(lambda f: f.pick(list(NUBAN_BANKS.values()))),
                "last4": G(lambda f: f.digits(4)),
            },
            "purpose": G(pick("school_fees", "hostel", "books")),
        },
    ),
    # ---- repayment -----------------------------------------------------------------------------
    (
        "track",
        "Repayment Plan Selected",
        "web",
        ["US"],
        {
            "loan_account_number": G(lambda f: f.digits(10)),
            "plan": G(pick("standard", "graduated", "extended", "ibr", "paye", "save")),
            "monthly_payment": G(lambda f: f.money(0, 900)),
            "term_years": G(pick(10, 20, 25)),
            "employer_name": G(lambda f: f.employer()),
            "annual_salary": Y(lambda f: f.salary(), "salary"),
            "family_size": G(lambda f: f.r.randint(1, 7)),
            "pslf_eligible": G(pick(True, False)),
            "employer_ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "autopay": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Employment Verified",
        "dotnet",
        ["US"],
        {
            "EmployerName": G(lambda f: f.employer()),
            "EmployerEin": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "EmployerAddress": {
                "Street": G(pick("1014 Vine St", "2700 S Quincy St", "400 N Broad St", "1 Amazon Way")),
                "City": G(pick("Cincinnati", "Arlington", "Philadelphia", "Seattle")),
                "State": G(pick("OH", "VA", "PA", "WA")),
                "Zip": G(pick("45202", "22206", "19130", "98109")),
            },
            "EmployerPhone": G(pick("(513) 762-4000", "(615) 344-9551", "(713) 556-6000", "206-266-1000")),
            "PayrollContactEmail": G(
                pick(
                    "payroll@kroger.com",
                    "hr-verifications@hcahealthcare.com",
                    "payroll@houstonisd.org",
                    "no-reply@theworknumber.com",
                )
            ),
            "JobTitle": G(pick("Registered Nurse", "Teacher", "Software Engineer", "Warehouse Associate")),
            "EmploymentStartDate": G(lambda f: f.date(2015, 2024)),
            "AnnualSalary": Y(lambda f: f.salary(), "salary"),
            "HourlyRate": Y(lambda f: round(f.r.uniform(12, 65), 2), "salary"),
            "PayFrequency": G(pick("BIWEEKLY", "WEEKLY", "SEMIMONTHLY", "MONTHLY")),
            "VerifiedBy": Y(lambda f: f.full_name(), "name"),
            "VerifierEmail": Y(
                lambda f: (
                    _ascii(f.first()).lower()
                    + "."
                    + _ascii(f.last()).lower()
                    + f.pick(["@kroger.com", "@hcahealthcare.com", "@houstonisd.org"])
                ),
                "email",
            ),
            "FullTime": G(pick(True, False)),
            "QualifyingEmployer": G(pick(True, False)),
        },
    ),
    (
        "group",
        None,
        "dotnet",
        ["US", "NG"],
        {
            "employer_name": G(lambda f: f.employer()),
            "industry": G(pick("Retail", "Healthcare", "Public sector", "Banking", "Technology")),
            "employees": G(lambda f: f.r.randint(50, 400000)),
            "rc_number": G(lambda f: f.pick(["RC", "EIN "]) + f.digits(7)),
            "plan_tier": G(pick("employer_match", "pslf_partner", "payroll_deduction")),
            "primary_contact_name": Y(lambda f: f.full_name(), "name"),
            "primary_contact_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "screen",
        "Repayment Calculator",
        "swift",
        ALL,
        {
            "principal": G(lambda f: f.amount()),
            "rate": G(lambda f: round(f.r.uniform(3, 12), 2)),
            "term_years": G(pick(10, 20, 25)),
            "annual_income_input": Y(lambda f: f.salary(), "salary"),
            "estimated_payment": G(lambda f: f.money(0, 900)),
            "plan_compared": G(pick("standard", "ibr", "save")),
        },
    ),
    (
        "track",
        "Payment Made",
        "swift",
        ["US"],
        {
            "payment_id": G(lambda f: "pay_" + f.hexid(14)),
            "loan_account_number": G(lambda f: f.digits(10)),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: "USD"),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card": {
                "brand": G(pick("visa", "mastercard", "amex", "discover")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(pick("debit", "credit", "prepaid")),
            },
            "is_extra_payment": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Autopay Enabled",
        "node",
        ["US"],
        {
            "loan_account_number": G(lambda f: f.digits(10)),
            "bank_routing": G(lambda f: f.routing()),
            "debit_account": RED(lambda f: f.us_account(), "bank account"),
            "bank_account_last4": G(lambda f: f.digits(4)),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "mandate_id": G(lambda f: "mandate_" + f.hexid(24)),
            "rate_discount_bps": G(lambda f: 25),
            "draft_day": G(lambda f: f.r.randint(1, 28)),
        },
    ),
    # ---- deferment and hardship ----------------------------------------------------------------
    (
        "track",
        "Deferment Requested",
        "kotlin",
        ["US", "NG"],
        {
            "request_id": G(lambda f: "dfr_" + f.hexid(10)),
            "deferment_type": G(
                pick("economic_hardship", "unemployment", "in_school", "graduate_fellowship")
            ),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "months_requested": G(pick(3, 6, 12)),
            "supporting_document_count": G(lambda f: f.r.randint(0, 5)),
            "last_employer": G(lambda f: f.employer()),
            "receiving_unemployment_benefits": G(pick(True, False)),
            "loan_account_number": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Medical Hardship Submitted",
        "web",
        ["US", "NG"],
        {
            "request_id": G(lambda f: "dfr_" + f.hexid(10)),
            "condition": Y(lambda f: f.pick(CONDITIONS), "condition"),
            "diagnosis_code": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "treating_physician": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "clinic_name": G(
                pick("Houston Methodist", "LUTH Idi-Araba", "Lagos Island General", "Grady Memorial")
            ),
            "clinic_phone": G(
                pick("(713) 790-3311", "+234 1 291 3466", "(404) 616-1000", "+234 802 300 4000")
            ),
            "hospital_mrn": RED(lambda f: f.pick(["MRN", "LUTH/"]) + f.digits(8), "health id"),
            "currently_hospitalized": Y(pick(True, False), "condition"),
            "medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "statement": Y(hardship_statement, "condition|diagnosis", True),
        },
    ),
    (
        "track",
        "Disability Discharge Requested",
        "go",
        ["US"],
        {
            "request_id": G(lambda f: "tpd_" + f.hexid(10)),
            "discharge_basis": RED(
                pick(
                    "ssa_disability_determination", "va_individual_unemployability", "physician_certification"
                ),
                "disability",
            ),
            "disability_rating_pct": RED(pick(60, 70, 80, 100), "disability"),
            "va_service_connected": RED(pick(True, False), "veteran"),
            "loan_count": G(lambda f: f.r.randint(1, 9)),
            "outstanding_balance": G(lambda f: f.amount()),
            "submitted_via": G(pick("online", "mail", "fax")),
        },
    ),
    # ---- call centre and support ---------------------------------------------------------------
    (
        "track",
        "Call Completed",
        "go",
        ["US"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.e164(), "phone"),
            "To": G(pick("+18005550199", "+18886662025", "+18005550142")),
            "Direction": G(pick("inbound", "outbound-api", "outbound-dial")),
            "CallStatus": G(pick("completed", "no-answer", "busy", "failed")),
            "CallDuration": G(lambda f: str(f.r.randint(0, 2400))),
            "FromCity": Y(lambda f: f.city().upper(), "city"),
            "FromState": G(lambda f: f.state()),
            "FromZip": Y(lambda f: f.zip()[:5], "zipcode"),
            "FromCountry": G(lambda f: "US"),
        },
    ),
    (
        "track",
        "Ticket Note Added",
        "ruby",
        ALL,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "agent": {
                "id": G(lambda f: f.r.randint(1000, 9999)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(
                    lambda f: _ascii(f.first()).lower() + "." + _ascii(f.last()).lower() + "@scholarpath.com",
                    "email",
                ),
                "team": G(pick("tier1", "hardship", "disbursements", "collections")),
            },
            "channel": G(pick("phone", "chat", "email", "whatsapp")),
            "note": Y(call_note, "phone", True),
            "summary": G(
                pick(
                    "Explained IDR recertification steps",
                    "Disbursement timeline shared",
                    "Password reset walkthrough",
                    "Forwarded to hardship team",
                )
            ),
            "tags": Many(G(pick("deferment", "disbursement", "login", "repayment", "urgent")), 3),
            "priority": G(pick("low", "normal", "high", "urgent")),
            "csat_requested": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Borrower Searched",
        "web",
        ALL,
        {
            "q": Y(
                lambda f: f.pick([f.full_name(), f.email(), f.last() + ", " + f.first()]), "name|email", True
            ),
            "search_type": G(pick("global", "name", "email", "advanced")),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "agent_id": G(lambda f: f.r.randint(1000, 9999)),
            "filters": {
                "status": G(pick("active", "delinquent", "any")),
                "region": G(pick("US", "NG", "NO")),
            },
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "flutter",
        ALL,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(chat_text, "email", True),
            "sender_role": G(pick("borrower", "student")),
            "message_length": G(lambda f: f.r.randint(10, 90)),
            "bot_handled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Contact Field Updated",
        "swift",
        ALL,
        {
            "field": G(pick("mobile", "home_phone", "work_phone")),
            "input": Y(lambda f: f.phone(), "phone", True),
            "previous_value_present": G(pick(True, False)),
            "validation_result": G(pick("valid", "invalid_format", "unsupported_country")),
            "phone_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Profile Updated",
        "kotlin",
        ALL,
        {
            "fields_changed": Many(G(pick("email", "phone", "address", "bank_account")), 3),
            "email_changed": G(pick(True, False)),
            "phone_changed": G(pick(True, False)),
            "address_changed": G(pick(True, False)),
            "new_email": Y(lambda f: f.email(), "email"),
            "address_type": G(pick("home", "school", "mailing")),
        },
    ),
    # ---- messaging webhooks --------------------------------------------------------------------
    (
        "track",
        "Statement Email Event",
        "python",
        ["US", "NO"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(pick("delivered", "open", "click", "bounce")),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(
                lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8) + "-1-" + f.hexid(8) + "-2"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@ismtpd0{f.r.randint(10, 99)}p1mdw1.sendgrid.net>"),
            "category": Many(G(pick("statement", "servicing", "transactional")), 2),
            "timestamp": G(lambda f: f.r.randint(1_706_000_000, 1_735_000_000)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "subject": Y(email_subject, "name", True),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        "python",
        ["NG", "NO"],
        {
            "to": Y(lambda f: f.e164(), "phone", True),
            "message": Y(sms_body, "name", True),
            "status": G(pick("Success", "Sent", "Queued", "Failed")),
            "cost": G(lambda f: f.pick(["NGN 2.2000", "NGN 4.4000", "NOK 0.4500"])),
            "messageId": G(lambda f: "ATXid_" + f.hexid(32)),
            "networkCode": G(pick("62130", "62120", "62150", "24201")),
            "senderId": G(pick("SCHLRPATH", "ScholarPth", "2278")),
        },
    ),
    # ---- marketing and attribution -------------------------------------------------------------
    (
        "track",
        "Ad Click Captured",
        "node",
        ["US", "NG"],
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "_fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "_fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "ttclid": Y(lambda f: "E.C.P." + f.hexid(40), "advertising id"),
            "utm_source": G(pick("google", "facebook", "tiktok", "instagram")),
            "utm_campaign": G(pick("fafsa_season_24", "nelfund_launch", "refi_retarget")),
            "landing_page": G(pick("/apply", "/refinance", "/scholarships")),
        },
    ),
    (
        "track",
        "Marketing Consent Updated",
        "rn",
        ALL,
        {
            "email_opt_in": G(pick(True, False)),
            "sms_opt_in": G(pick(True, False)),
            "push_opt_in": G(pick(True, False)),
            "consent_version": G(pick("v3", "v4", "v4.1")),
            "lawful_basis": G(pick("consent", "legitimate_interest", "contract")),
        },
    ),
    (
        "identify",
        None,
        "python",
        ["US"],
        {
            "BORROWER_ID": G(lambda f: "B" + f.digits(9)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "EMAIL_SHA256": Y(lambda f: f.hexid(64), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.e164(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1980, 2005), "birthdate"),
            "ZIP_CODE": Y(lambda f: f.zip()[:5], "zipcode"),
            "STATE": G(lambda f: f.state()),
            "SSN_LAST4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(520, 840), "credit score"),
            "LOAN_BALANCE": G(lambda f: f.amount()),
            "DAYS_PAST_DUE": G(lambda f: f.pick([0, 0, 15, 30, 60, 90])),
            "DELINQUENCY_BUCKET": G(pick("current", "1-30", "31-60", "61-90", "90+")),
            "LAST_PAYMENT_AT": G(lambda f: f.iso()),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LIFECYCLE_STAGE": G(pick("in_school", "grace", "repayment", "paid_off")),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    # ---- security and integrations --------------------------------------------------------------
    (
        "track",
        "Webhook Endpoint Created",
        "ruby",
        ALL,
        {
            "endpoint_id": G(lambda f: "we_" + f.hexid(24)),
            "url": G(
                pick(
                    "https://hooks.oyssb.gov.ng/scholarpath",
                    "https://api.partner-cu.org/webhooks/sp",
                    "https://integrasjon.lanekassen.example.no/hook",
                )
            ),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "enabled_events": Many(G(pick("disbursement.sent", "application.approved", "payment.failed")), 3),
            "created_by": Y(lambda f: _ascii(f.first()).lower() + "@scholarpath.com", "email"),
        },
    ),
    (
        "screen",
        "Loan Dashboard",
        "kotlin",
        ALL,
        {
            "loan_count": G(lambda f: f.r.randint(1, 8)),
            "balance_visible": G(pick(True, False)),
            "has_cosigner": G(pick(True, False)),
        },
    ),
    # ---- more people: emergency contacts, dependants, refinance, fraud checks -------------------
    (
        "track",
        "Emergency Contact Added",
        "rn",
        ALL,
        {
            "emergency_contact": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "relationship": G(pick("mother", "father", "spouse", "sibling", "friend")),
            },
            "contacts_on_file": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Mailing Address Updated",
        "web",
        ALL,
        {
            "mailing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.region),
            },
            "geocode": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "accuracy": G(pick("ROOFTOP", "RANGE_INTERPOLATED", "APPROXIMATE")),
            },
            "address_validated": G(pick(True, False)),
            "validation_provider": G(pick("smarty", "google", "loqate")),
        },
    ),
    (
        "track",
        "Dependent Added",
        "web",
        ["US"],
        {
            "dependent": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(2008, 2023), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "relationship": G(pick("child", "stepchild", "other")),
                "lives_with_applicant": G(pick(True, False)),
            },
            "dependents_total": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Refinance Prequalification Submitted",
        "node",
        ["US"],
        {
            "prequal_id": G(lambda f: "pq_" + f.hexid(16)),
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "dob": Y(lambda f: f.dob(1980, 2001), "birthdate"),
                "ssn": RED(lambda f: f.ssn().replace("-", ""), "social security number"),
                "annual_income": Y(lambda f: f.salary(), "salary"),
                "monthly_housing_payment": G(lambda f: f.r.randrange(0, 3500, 25)),
                "employment_status": G(pick("full_time", "part_time", "self_employed", "unemployed")),
                "address": {
                    "street": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.state()),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                },
            },
            "requested_amount": G(lambda f: f.amount()),
            "soft_pull": G(lambda f: True),
        },
    ),
    (
        "track",
        "Fraud Check Completed",
        "go",
        ALL,
        {
            "check_id": G(lambda f: "frd_" + f.hexid(16)),
            "email_address": Y(lambda f: f.email(), "email"),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "ip_city": Y(lambda f: f.city(), "city"),
            "ip_geo": {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "ip_country": G(lambda f: f.region),
            "phone_line_type": G(pick("mobile", "landline", "voip", "prepaid")),
            "phone_carrier": G(pick("MTN Nigeria", "Airtel", "Telenor", "T-Mobile USA", "Verizon")),
            "email_first_seen_days": G(lambda f: f.r.randint(0, 4000)),
            "fraud_score": G(lambda f: f.r.randint(0, 100)),
            "decision": G(pick("accept", "review", "reject")),
        },
    ),
    (
        "track",
        "Guardian Consent Signed",
        "flutter",
        ["NG", "US"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "guardian_name": Y(lambda f: f.full_name(), "name"),
            "guardian_phone": Y(lambda f: f.phone(), "phone"),
            "guardian_email": Y(lambda f: f.email(), "email"),
            "guardian_id_number": RED(lambda f: f.national_id(), "national id|social security number"),
            "student_age": G(lambda f: f.r.randint(15, 17)),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        ["NO"],
        {
            "fornavn": Y(lambda f: f.first(), "name"),
            "etternavn": Y(lambda f: f.last(), "name"),
            "epost": Y(lambda f: f.email(), "email"),
            "mobil": Y(lambda f: f.phone(), "phone"),
            "fodselsdato": Y(lambda f: f.dob(1994, 2006), "birthdate"),
            "postnummer": Y(lambda f: f.zip(), "zipcode"),
            "kommune": G(pick("Oslo", "Bergen", "Trondheim", "Tromsø", "Bærum")),
            "kundenummer": G(lambda f: f.digits(8)),
            "målform": G(pick("bokmål", "nynorsk")),
            "varslingKanal": G(pick("sms", "epost", "push")),
        },
    ),
    ("alias", None, "swift", ALL, None),
    ("alias", None, "kotlin", ALL, None),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, regions, body in EVENTS:
            f.region = f.pick(regions)
            user_id = "usr_" + f.hexid(20)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["integrations"] = {"All": True}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=269, repeats=34)
    write(Path(__file__).parent, "holdout269_", events, labels)
