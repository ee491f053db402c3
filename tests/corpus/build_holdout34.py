"""Writes holdout34: tests/corpus/holdout34_events.jsonl and holdout34_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and never scored by
its author. Run `.venv/bin/python -m tests.corpus.build_holdout34`; the output is deterministic
(seeded) and committed.

Domain: education for children, three products of one Segment workspace.
- ClassBridge, a K-12 school app (US, UK, Australia): parents, guardians, teachers and students,
  attendance, grades, behaviour notes, medical and dietary information, pickup authorisations,
  parent-teacher messages, trips, lunch accounts, a uniform shop (e-commerce spec), a .NET MIS
  sync in PascalCase, reverse-ETL traits in SCREAMING_SNAKE from the warehouse, Twilio- and
  SendGrid-shaped delivery events.
- Tiny Steps, a childcare / nursery app (UK, Australia): daily reports (meals, naps, nappies),
  incident and medication records, allergy alerts, photos, check-in, invoices, Bacs Direct Debit
  mandates (GoCardless-shaped), a kebab-case waitlist form webhook.
- TutorMe, an online tutoring marketplace (UK, US, Australia, India, Ireland, Nigeria): tutors and
  students, search, bookings, sessions, reviews, chat moderation, Stripe-shaped payouts,
  safeguarding checks (Checkr-shaped US background checks, UK DBS, Australian WWCC).
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter, and the
python, node, go, java, ruby, php and .NET (C#) server libraries, each with the `context` block
it really sends (app, device, os, screen, network, library, locale, timezone, userAgent, ip,
campaign, page, consent, traits, location, externalIds); identify, track, page, screen, group and
alias calls. Values are country-coherent per message: names from many cultures, national phone
formats (UK, US, AU, IN, IE, NG), postcodes, NHS numbers (mod 11), Medicare numbers (their check
digit), UK pupil numbers (UPN check letter), National Insurance numbers (valid prefixes),
Australian TFNs (mod 11), Irish PPSNs (mod 23), Indian PANs (their structure), SSNs of valid
structure, Luhn cards, mod-97 IBANs, ABA routing numbers (their checksum).

Conventions: mostly camelCase and snake_case keys; about 15 % of paths in PascalCase (.NET MIS
sync, DBS check, Twilio's shape), kebab-case (a form builder's webhook) and SCREAMING_SNAKE
(warehouse traits), and the British / Australian English of the markets named (Forename,
Surname, Postcode, nappies, behaviour_type, mum-mobile, NextOfKin).

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person: the user, a child, a
  parent or carer, an emergency contact, a person authorised to collect a child, a teacher, a
  nursery worker, a tutor, a GP. Colour and type follow the reference's default matcher table
  (name, email, phone, address, street, city, zipcode, birthdate, gender, photo, ip, allergy,
  medication, condition, diagnosis, ethnicity, certificate, license, identification, salary: yellow;
  social security number, password, visa, disability, credit card, passport, token: red). Types
  outside the table: `national id` (UPN, NI number, TFN, tax ids), `health id` (NHS, Medicare,
  insurance member numbers), `bank account` (IBAN, UK account number), `secret`: red;
  `geolocation`, `advertising id`: yellow. `a|b` where either name is fair.
- Green: ids we or a vendor issue (student, staff, session, invoice, mandate, payout, message,
  Twilio/SendGrid ids), SKUs, versions, timestamps, file hashes, amounts, scores and grades,
  enums, counters and booleans even under PII-sounding keys (emailVerified, phoneVerified,
  photoConsent, password_manager_used, emergency_contacts_count), product, school, nursery,
  room, class, trip, pet and company names, places that are not the person's (a school's or
  nursery's address and office phone, a bus stop, a room, a searched subject), country, state,
  locale, language (including a child's first language), timezone, currency, user agents,
  OS-issued device ids, card brand / last four / expiry, sort codes, BSBs and routing numbers, an
  account number's last digits. An age in years is green (it is not a birth date).
- Health and other special categories: descriptive values under a key that names the category
  (allergies: "peanuts", medication: "Salbutamol inhaler", conditions: "asthma", ethnicity)
  take the reference matcher's yellow. A boolean or coded enum whose key does not name a
  reference matcher but which itself reveals a special category (has_epipen, head_injury,
  injury_type, SenStatus, absence reasons that include illness and religious observance, halal /
  kosher / vegetarian meal choices, right-to-work status) is red, typed by the category.
- A video recording of a tutoring session (its URL) is labelled like a photo of the person:
  yellow `photo`.
- value_only is true when the key does not say what the value is (value, label, q, input, note,
  text, caption, Body, body_preview, bio, topic, excerpt, description, reason_details,
  externalIds[].id) and only the value reveals it.
  Free text is labelled by what every one of its values carries: a free-text path is PII only
  when every value carries that PII (a greeting with the teacher's name, a callback number), and
  green when none does; the generators were written so that no free-text path is mixed.
- Where a careful privacy owner would hesitate, the label is what a mid-size company's owner
  would want flagged: a child's daily-report note that names the child, a recipient's name in a
  message preview, a bus's GPS fix at the moment a child boards are PII.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- names, places and identifiers ------------------------------------------------------------------

CHILD_FIRST = [
    "Maya", "Arlo", "Isla", "Leo", "Zara", "Aarav", "Amelia", "Oliver", "Yusuf", "Mia", "Freya",
    "Kai", "Nia", "Ravi", "Sienna", "Mateo", "Aisha", "Finn", "Chloe", "Hamza", "Ivy", "Jayden",
    "Lucía", "Noah", "Olumide", "Ruby", "Sami", "Tāne", "Wei", "Xavier", "Yara", "Zofia", "Ethan",
    "Harper", "Ayaan", "Saoirse", "Kofi", "Mei", "Liam", "Aroha", "Emre", "Ananya", "Declan",
]  # fmt: skip
ADULT_FIRST = [
    "Sarah", "James", "Fatima", "Oluwaseun", "Mei Ling", "Rajesh", "Claire", "Daniel", "Aoife",
    "Mohammed", "Thi Hoa", "Kerry", "Thabo", "Ana", "Grzegorz", "Hannah", "Siobhan", "Wiremu",
    "Deepika", "Marcus", "Jessica", "Tomasz", "Leilani", "Carlos", "Yasmin", "Ben", "Keisha",
    "Hiroshi", "Ngozi", "Elena", "Ahmed", "Rebecca", "Sunita", "Patrick", "Chioma", "Min-jun",
]  # fmt: skip
SURNAMES = [
    "Smith", "Okafor", "Patel", "Nguyen", "O'Brien", "Williams", "Kowalski", "Chen", "Haddad",
    "Rossi", "MacLeod", "Te Rangi", "Adeyemi", "García", "Kaur", "Singh", "Papadopoulos", "Ahmed",
    "Jones", "van der Berg", "Kim", "Tran", "Murphy", "Hughes", "Novak", "Mensah", "Sato",
    "Fernández", "Brown", "Al-Sayed", "Ivanova", "Walker", "Nakamura", "da Silva", "Hussain",
    "Thompson", "Begum", "Kelly", "Nwosu", "Lindqvist",
]  # fmt: skip
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]

TOWNS = {
    "GB": ["Leeds", "Bristol", "Croydon", "Cardiff", "Leicester", "Bradford", "Edinburgh", "Salford"],
    "US": ["Fresno", "Columbus", "Plano", "Oakland", "Tucson", "Raleigh", "Brooklyn", "Aurora"],
    "AU": ["Parramatta", "Fitzroy", "Chermside", "Fremantle", "Glenelg", "Blacktown", "Footscray"],
    "IN": ["Pune", "Bengaluru", "Hyderabad", "Jaipur", "Kochi"],
    "IE": ["Drumcondra", "Galway", "Cork", "Limerick"],
    "NG": ["Ikeja", "Lekki", "Abuja", "Enugu"],
}
STATES = {
    "GB": ["England", "Wales", "Scotland"],
    "US": ["CA", "OH", "TX", "NY", "AZ", "NC", "CO"],
    "AU": ["NSW", "VIC", "QLD", "WA", "SA"],
    "IN": ["MH", "KA", "TS", "RJ", "KL"],
    "IE": ["Dublin", "Galway", "Cork"],
    "NG": ["Lagos", "FCT", "Enugu"],
}
STREET_NAMES = {
    "GB": ["Acacia Road", "Beech Grove", "Victoria Street", "Mill Lane", "Church Close", "Kings Drive"],
    "US": ["Maple Ave", "W Elm St", "Oakwood Dr", "Lincoln Blvd", "Cedar Ln", "E 14th St"],
    "AU": ["Wattle Street", "Banksia Ave", "Parramatta Rd", "Gum Tree Cl", "Jacaranda Cres"],
    "IN": ["MG Road", "Link Road", "Station Road"],
    "IE": ["Griffith Avenue", "Main Street", "Seapoint Road"],
    "NG": ["Admiralty Way", "Allen Avenue", "Ogui Road"],
}
EMAIL_DOMAINS = {
    "GB": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "comcast.net"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com"],
    "NG": ["gmail.com", "yahoo.com"],
}
STAFF_DOMAINS = {
    "GB": ["westfieldprimary.org.uk", "staff.oakmat.org.uk"],
    "US": ["oakridge.k12.example.us"],
    "AU": ["banksia.nsw.edu.au", "education.example.nsw.gov.au"],
}
# Rough boxes around where each market's families live: (lat_min, lat_max, lon_min, lon_max).
GEO_BOX = {
    "GB": (50.8, 55.9, -4.3, 0.1),
    "US": (33.0, 42.0, -122.0, -73.0),
    "AU": (-37.9, -27.4, 144.9, 153.1),
    "IN": (12.9, 28.7, 72.8, 80.3),
    "IE": (51.8, 53.4, -9.1, -6.2),
    "NG": (6.4, 9.1, 3.3, 7.5),
}
TIMEZONES = {
    "GB": "Europe/London",
    "US": "America/Chicago",
    "AU": "Australia/Sydney",
    "IN": "Asia/Kolkata",
    "IE": "Europe/Dublin",
    "NG": "Africa/Lagos",
}
LOCALES = {"GB": "en-GB", "US": "en-US", "AU": "en-AU", "IN": "en-IN", "IE": "en-IE", "NG": "en-NG"}
CURRENCY = {"GB": "GBP", "US": "USD", "AU": "AUD", "IN": "INR", "IE": "EUR", "NG": "NGN"}

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
UK_POST_OUT = ["LS6", "BS8", "CR0", "CF10", "LE2", "BD9", "EH9", "M7", "SW11", "N16", "B13", "NG7"]
UK_POST_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


class Fake34(Fake):
    """fake.py's generator with a country per message and the formats of each market."""

    cc = "GB"

    def kid(self):
        return self.pick(CHILD_FIRST)

    def first(self):
        return self.pick(ADULT_FIRST)

    def last(self):
        return self.pick(SURNAMES)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def kid_full(self):
        return f"{self.kid()} {self.last()}"

    def teacher(self):
        return f"{self.pick(TITLES)} {self.last()}"

    def short_name(self):
        return f"{self.first()} {self.last()[0]}."

    def ascii(self, s):
        table = str.maketrans("áéíóúāñç", "aeiouanc")
        return "".join(c for c in s.lower().translate(table) if c.isalnum())

    def email(self):
        first, last = self.ascii(self.first()), self.ascii(self.last())
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(EMAIL_DOMAINS[self.cc])}"

    def staff_email(self):
        domain = self.pick(STAFF_DOMAINS.get(self.cc, STAFF_DOMAINS["US"]))
        return f"{self.ascii(self.first())[0]}.{self.ascii(self.last())}@{domain}"

    def mobile(self):
        d = self.digits
        fmt = self.r.randint(0, 2)
        if self.cc == "GB":
            n = "7" + str(self.r.randint(400, 999)) + d(6)
            return [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:7]} {n[7:]}", f"+44{n}"][fmt]
        if self.cc == "AU":
            n = "4" + d(8)
            return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}"][fmt]
        if self.cc == "IN":
            n = self.pick(["98", "97", "88", "70"]) + d(8)
            return [f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n}"][fmt]
        if self.cc == "IE":
            n = self.pick(["83", "85", "86", "87"]) + d(7)
            return [f"0{n[:2]} {n[2:5]} {n[5:]}", f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"+353{n}"][fmt]
        if self.cc == "NG":
            n = self.pick(["803", "806", "810", "813", "905"]) + d(7)
            return [f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+234{n}"][fmt]
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))

    def landline(self):
        if self.cc == "GB":
            return self.pick(
                [f"0113 496 {self.digits(4)}", f"020 7946 {self.digits(4)}", f"0117 496 {self.digits(4)}"]
            )
        if self.cc == "AU":
            return f"({self.pick(['02', '03', '07', '08'])}) {self.r.randint(5000, 9999)} {self.digits(4)}"
        return self.phone(self.pick(["nanp_paren", "nanp_dash"]))

    def school_phone(self):
        return {"GB": "0113 496 0000", "AU": "(02) 9876 5400", "US": "(614) 555-0142"}.get(
            self.cc, "+1 614 555 0142"
        )

    def postcode(self):
        if self.cc == "GB":
            letters = "".join(self.pick(UK_POST_IN_LETTERS) for _ in range(2))
            return f"{self.pick(UK_POST_OUT)} {self.r.randint(1, 9)}{letters}"
        if self.cc == "AU":
            return str(self.pick([2000, 2150, 3065, 4032, 6160, 5045]) + self.r.randint(0, 9))
        if self.cc == "IN":
            return f"{self.r.randint(110001, 682999)}"
        if self.cc == "IE":
            return (
                self.pick(["D09", "H91", "T12", "V94"]) + " " + self.pick("ACDEFHKNPRTVWXY") + self.digits(3)
            )
        if self.cc == "NG":
            return f"{self.r.randint(100001, 900001)}"
        return self.pick([self.zip(), f"{self.zip()}-{self.digits(4)}"])

    def street(self):
        num = self.r.randint(1, 240)
        name = self.pick(STREET_NAMES[self.cc])
        if self.cc == "AU" and self.r.random() < 0.3:
            return f"{self.r.randint(1, 12)}/{num} {name}"
        if self.cc == "GB" and self.r.random() < 0.25:
            return f"Flat {self.r.randint(1, 9)}, {num} {name}"
        if self.cc == "US" and self.r.random() < 0.3:
            return f"{num * 10 + 7} {name} Apt {self.r.randint(1, 9)}{self.pick('ABC')}"
        return f"{num} {name}"

    def city(self):
        return self.pick(TOWNS[self.cc])

    def state(self):
        return self.pick(STATES[self.cc])

    def address_line(self):
        return f"{self.street()}, {self.city()} {self.postcode()}"

    def lat(self):
        lo, hi = GEO_BOX[self.cc][:2]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = GEO_BOX[self.cc][2:]
        return round(self.r.uniform(lo, hi), 6)

    def kid_dob(self):
        return self.date(2008, 2022)

    def baby_dob(self):
        return self.date(2019, 2024)

    def adult_dob(self):
        return self.date(1962, 2001)

    def photo(self, kind="photos"):
        return f"https://media.{self.pick(['classbridge.app', 'tinysteps.co'])}/{kind}/{self.uuid()}.jpg"

    # government and health identifiers, with their check digits

    def nhs(self):
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            body[0] = self.r.randint(4, 6)
            check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if check == 10:
                continue
            s = "".join(map(str, body)) + str(0 if check == 11 else check)
            return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def medicare(self):
        body = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, body)) + str(check) + str(self.r.randint(1, 5))
        return self.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])

    def us_member_id(self):
        return self.pick(["W", "XEH", "MBR", "ZGP"]) + self.digits(9)

    def health_card(self):
        return {"GB": self.nhs, "AU": self.medicare}.get(self.cc, self.us_member_id)()

    def upn(self):
        body = f"{self.r.randint(201, 938):03d}{self.digits(4)}{self.r.randint(10, 24):02d}{self.digits(3)}"
        total = sum(int(c) * w for c, w in zip(body, range(2, 14), strict=True))
        return UPN_LETTERS[total % 23] + body

    def ni_number(self):
        while True:
            prefix = self.pick(NI_FIRST) + self.pick(NI_SECOND)
            if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = self.digits(6)
        suffix = self.pick("ABCD")
        return self.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
            if sum(d * w for d, w in zip(ds, weights, strict=True)) % 11 == 0:
                s = "".join(map(str, ds))
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def pan(self):
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        head = "".join(self.pick(letters) for _ in range(3)) + "P" + self.pick(letters)
        return f"{head}{self.digits(4)}{self.pick(letters)}"

    def ppsn(self):
        ds = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(ds, range(8, 1, -1), strict=True))
        return "".join(map(str, ds)) + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]

    def nin(self):
        return self.digits(11)

    def tax_id(self):
        by_country = {"GB": self.ni_number, "AU": self.tfn, "IN": self.pan, "IE": self.ppsn, "NG": self.nin}
        return by_country.get(self.cc, self.ssn)()

    def bank_routing(self):
        if self.cc == "GB":
            return self.sort_code().replace("-", "")
        if self.cc == "AU":
            return self.pick(["062000", "083004", "032001", "012003"])
        return self.aba()

    def aba(self):
        while True:
            ds = [self.r.randint(0, 3)] + [self.r.randint(0, 9) for _ in range(7)]
            for last in range(10):
                d = [*ds, last]
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                    return "".join(map(str, d))

    def sort_code(self):
        return self.pick(["20-00-00", "40-47-84", "30-96-34", "60-16-13", "07-01-16", "09-01-28"])

    def uk_account(self):
        return self.digits(8)

    def dbs(self):
        return "00" + self.digits(10)

    def wwcc(self):
        return self.pick(
            [f"WWC{self.digits(7)}{self.pick('EV')}", f"{self.digits(7)}A-01", f"{self.digits(8)}"]
        )

    def us_licence(self):
        return self.pick(
            [f"{self.pick('ABDFGY')}{self.digits(7)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"]
        )

    def google_token(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "ya29.a0" + "".join(self.pick(alnum) for _ in range(120))

    def refresh_token(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "1//0" + "".join(self.pick(alnum) for _ in range(98))


# -- templates: optional members and per-message countries ------------------------------------------


@dataclass
class Opt:
    """A member present in a share `p` of messages."""

    item: Any
    p: float = 0.6


_ABSENT = object()


def render(template: Any, f: Fake34, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Opt):
        return render(template.item, f, path, labels) if f.r.random() < template.p else _ABSENT
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            rendered = render(value, f, f"{path}.{key}", labels)
            if rendered is not _ABSENT:
                out[key] = rendered
        return out
    raise TypeError(type(template))


def C(value):
    """A constant (green) leaf."""
    return G(lambda f: value)


def P(*values):
    """A green leaf picked from `values`."""
    return G(lambda f: f.pick(list(values)))


def n(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def amount(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


TS = G(lambda f: f.iso())
UUID = G(lambda f: f.uuid())
BOOL = G(lambda f: f.pick([True, False]))

NAME = Y(lambda f: f.full_name(), "name")
FIRST = Y(lambda f: f.first(), "name")
LAST = Y(lambda f: f.last(), "name")
KID = Y(lambda f: f.kid(), "name")
EMAIL = Y(lambda f: f.email(), "email")
MOBILE = Y(lambda f: f.mobile(), "phone")
POSTCODE = Y(lambda f: f.postcode(), "zipcode")

PRODUCTS = {
    "cb": {
        "app": "ClassBridge",
        "ios_ns": "com.classbridge.parents",
        "android_ns": "app.classbridge.teacher",
        "host": "https://app.classbridge.com",
        "countries": ["GB", "US", "AU"],
    },
    "ts": {
        "app": "Tiny Steps",
        "ios_ns": "co.tinysteps.family",
        "android_ns": "co.tinysteps.staff",
        "host": "https://my.tinysteps.co",
        "countries": ["GB", "GB", "AU"],
    },
    "tm": {
        "app": "TutorMe",
        "ios_ns": "com.tutorme.app",
        "android_ns": "com.tutorme.app",
        "host": "https://www.tutorme.example",
        "countries": ["GB", "US", "AU", "IN", "IE", "NG"],
    },
}

UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


# -- contexts of the client libraries ---------------------------------------------------------------


def web_context(p, page):
    prod = PRODUCTS[p]
    return {
        "library": {
            "name": C("analytics.js"),
            "version": P("npm:next-1.64.0", "next-1.70.0", "npm:next-1.72.1"),
        },
        "page": {
            "path": C(page),
            "referrer": P("", "https://www.google.com/", "https://mail.google.com/", prod["host"] + "/home"),
            "search": P("", "?tab=overview", "?utm_source=newsletter&utm_medium=email", "?term=2"),
            "title": P(f"{prod['app']}", f"Dashboard | {prod['app']}", f"{prod['app']} - Messages"),
            "url": C(prod["host"] + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                        "version": P("124", "123", "99", "8"),
                    },
                    3,
                ),
                "mobile": BOOL,
                "platform": P("macOS", "Windows", "Chrome OS"),
            },
            0.6,
        ),
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": P("back_to_school", "spring_term_2024", "open_evening", "gcse_revision"),
                "source": P("newsletter", "facebook", "google", "school_letter"),
                "medium": P("email", "paid_social", "cpc", "qr"),
                "term": P("school app", "parent communication app", "maths tutor", "nursery near me"),
                "content": P("hero_cta", "footer_link", "carousel_2"),
            },
            0.3,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": BOOL,
                    "Analytics": BOOL,
                    "Functional": BOOL,
                }
            },
            0.4,
        ),
    }


def swift_context(p):
    prod = PRODUCTS[p]
    return {
        "app": {
            "name": C(prod["app"]),
            "version": P("4.18.0", "4.19.2", "4.20.0"),
            "build": P("4180", "4192", "4200"),
            "namespace": C(prod["ios_ns"]),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.25),
            "adTrackingEnabled": BOOL,
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0", "1.6.2")},
        "os": {"name": P("iOS", "iPadOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430, 820), "height": P(844, 852, 932, 1180)},
        "network": {"wifi": BOOL, "cellular": BOOL},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "instanceId": UUID,
        "traits": Opt({"email": EMAIL, "firstName": FIRST, "userId": G(lambda f: "u_" + f.digits(7))}, 0.5),
    }


def kotlin_context(p):
    prod = PRODUCTS[p]
    return {
        "app": {
            "name": C(prod["app"]),
            "version": P("4.18.0", "4.19.1"),
            "build": P("41800", "41910", "41911"),
            "namespace": C(prod["android_ns"]),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "Lenovo", "motorola"),
            "model": P("SM-T220", "Pixel 7a", "Lenovo TB-X606F", "moto g54 5G"),
            "name": P("gta7litewifi", "lynx", "X606F", "cancunf"),
            "type": C("android"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.2),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3")},
        "os": {"name": C("Android"), "version": P("13", "14", "12")},
        "screen": {
            "density": P(1.5, 2.625, 2.75),
            "width": P(800, 1080, 1200),
            "height": P(1340, 2400, 1920),
        },
        "network": {
            "wifi": BOOL,
            "cellular": BOOL,
            "bluetooth": C(False),
            "carrier": P("EE", "Telstra", "T-Mobile", ""),
        },
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 13; SM-T220 Build/TP1A.220624.014)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)",
        ),
        "instanceId": UUID,
        "traits": Opt(
            {"anonymousId": UUID, "email": EMAIL, "role": P("teacher", "teaching_assistant", "office")}, 0.5
        ),
    }


def rn_context(p):
    prod = PRODUCTS[p]
    return {
        "app": {
            "name": C(prod["app"]),
            "version": P("2.31.0", "2.32.1"),
            "build": P("231", "232", "233"),
            "namespace": C(prod["ios_ns"]),
        },
        "device": {
            "id": UUID,
            "manufacturer": P("Apple", "samsung"),
            "model": P("iPad12,1", "iPhone14,7", "SM-X200"),
            "name": P("iPad", "iPhone", "gta8wifi"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.1")},
        "os": {"name": P("iPadOS", "iOS", "Android"), "version": P("17.4", "16.6", "14")},
        "screen": {"width": P(810, 390, 1200), "height": P(1080, 844, 1920)},
        "network": {"wifi": BOOL, "cellular": BOOL},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "traits": Opt(
            {
                "firstName": FIRST,
                "lastName": LAST,
                "phone": MOBILE,
                "nurseryId": G(lambda f: "nur_" + f.digits(4)),
            },
            0.5,
        ),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
                "city": Y(lambda f: f.city(), "city"),
                "country": G(lambda f: f.cc),
            },
            0.35,
        ),
    }


def flutter_context(p):
    prod = PRODUCTS[p]
    return {
        "app": {
            "name": C(prod["app"]),
            "version": P("3.4.0", "3.5.1", "3.6.0"),
            "build": P("340", "351", "360"),
            "namespace": C(prod["ios_ns"]),
        },
        "device": {
            "id": UUID,
            "manufacturer": P("Apple", "samsung", "Xiaomi", "OnePlus"),
            "model": P("iPhone13,2", "SM-A546E", "Redmi Note 12", "CPH2449"),
            "type": P("ios", "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.3),
            "adTrackingEnabled": BOOL,
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.1", "1.1.3")},
        "os": {"name": P("iOS", "Android"), "version": P("17.4.1", "14", "13")},
        "screen": {"width": P(390, 412, 393), "height": P(844, 915, 873), "density": P(3, 2.625, 2.75)},
        "network": {"wifi": BOOL, "cellular": BOOL},
        "locale": G(lambda f: LOCALES[f.cc]),
        "timezone": G(lambda f: TIMEZONES[f.cc]),
        "instanceId": UUID,
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": C(name), "version": P(*versions)}}
    if lib in ("python", "node", "php", "ruby"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.7)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UA_WEB)), 0.5)
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": C("email"),
                    "collection": C("users"),
                    "encoding": C("none"),
                },
                1,
            ),
            0.4,
        )
    if lib in ("python", "java", "go"):
        ctx["groupId"] = Opt(G(lambda f: "sch_" + f.digits(5)), 0.5)
        ctx["channel"] = C("server")
    return ctx


def context(client, p, page):
    if client == "web":
        return web_context(p, page)
    if client == "swift":
        return swift_context(p)
    if client == "kotlin":
        return kotlin_context(p)
    if client == "rn":
        return rn_context(p)
    if client == "flutter":
        return flutter_context(p)
    return server_context(client)


# -- shared shapes ----------------------------------------------------------------------------------


def uniform_sku(f):
    kind, colour = f.pick(["UNI", "PE", "BAG", "BOOK"]), f.pick(["NAV", "GRY", "RED", "S", "M"])
    return f"{kind}-{f.r.randint(100, 999)}-{colour}"


def uniform_product():
    return {
        "product_id": G(lambda f: "prod_" + f.hexid(10)),
        "sku": G(uniform_sku),
        "name": P(
            "Sweatshirt with crest",
            "PE polo shirt",
            "Book bag",
            "Reading diary",
            "Water bottle",
            "Fleece jacket",
        ),
        "category": P("Uniform", "PE kit", "Accessories", "Stationery"),
        "variant": P("Age 5-6", "Age 7-8", "Age 9-10", "Navy", "Grey"),
        "price": amount(3, 30),
        "quantity": n(1, 3),
        "gender": P("girls", "boys", "unisex"),
        "condition": P("new", "pre-loved", "like new"),
    }


def lesson_product():
    return {
        "product_id": G(lambda f: "bundle_" + f.digits(4)),
        "sku": P("TM-5HR", "TM-10HR", "TM-20HR", "TM-TRIAL"),
        "name": P("5 hour bundle", "10 hour bundle", "20 hour bundle", "Trial lesson"),
        "category": C("Lesson bundles"),
        "price": amount(15, 600),
        "quantity": C(1),
    }


def emergency_contact():
    return {
        "name": NAME,
        "relationship": P("grandmother", "aunt", "neighbour", "uncle", "family friend", "childminder"),
        "phone": MOBILE,
        "priority": n(1, 3),
    }


MEDICAL_NOTES = [
    "Travel sick on coaches, please sit near the front",
    "Needs 2 puffs of blue inhaler before PE",
    "Type 1 diabetic - carries glucose tablets and a pump",
    "Severe nut allergy, EpiPen in the front pocket of her bag",
    "Epilepsy: care plan attached, seizures are rare",
    "Eczema flares in the heat, uses emollient cream at lunch",
    "Has hay fever, takes cetirizine in the morning",
]
ABSENCE_DETAILS = [
    "She was sick twice overnight and has a high temperature",
    "Dentist appointment at 10:30, back after lunch",
    "Ear infection, the GP prescribed antibiotics",
    "Chickenpox - staying home until the spots crust over",
    "Migraine this morning, will be in tomorrow",
    "Hospital appointment for his asthma review",
    "Sprained ankle at football, on crutches for a week",
    "Tummy bug, 48 hours off as per school policy",
]
INJURIES = [
    "tripped on the step in the garden and grazed {p} knee",
    "bumped {p} head on the table edge during tidy up time",
    "was bitten on the arm by another child in the sandpit",
    "had a nosebleed after running in the playground",
    "trapped {p} finger in the gate, small bruise",
    "fell from the low climbing frame and hurt {p} wrist",
]


def greeting(f):
    body = f.pick(
        [
            "could you let me know what the homework is this week?",
            "thank you for the update on the reading scheme.",
            "we will be a few minutes late for pickup today.",
            "is the trip still going ahead on Friday?",
            "she forgot her PE kit, can I drop it at the office?",
        ]
    )
    return f"{f.pick(['Hi', 'Dear', 'Hello'])} {f.teacher()}, {body}"


def callback_note(f):
    return f.pick(
        [
            f"Please call me on {f.mobile()} after 3pm",
            f"Can you ring me at {f.mobile()}? I can't get through to the office",
            f"Best number to reach me is {f.mobile()}",
            f"Call {f.landline()} (work) any time before 5",
        ]
    )


def daily_note(f):
    kid = f.kid()
    return f.pick(
        [
            f"{kid} had a lovely day building towers with the big blocks",
            f"{kid} ate all of lunch and asked for seconds!",
            f"Busy morning in the garden, {kid} loved the water tray",
            f"{kid} was a bit tired after lunch but perked up after nap",
            f"Today {kid} painted a picture for you - it's in the bag",
        ]
    )


def photo_caption(f):
    kids = [f.kid() for _ in range(f.r.randint(1, 3))]
    who = kids[0] if len(kids) == 1 else ", ".join(kids[:-1]) + " and " + kids[-1]
    return f.pick(
        [
            f"{who} at messy play",
            f"{who} exploring the mud kitchen",
            f"Story time with {who}",
            f"{who} planting sunflowers",
        ]
    )


def tutor_bio(f):
    return f.pick(
        [
            f"Hi, I'm {f.first()}! I've taught GCSE maths for 8 years.",
            f"I'm {f.first()}, a physics PhD student who loves making hard ideas simple.",
            f"Hello, {f.first()} here - qualified primary teacher, patient and fun.",
            f"My name is {f.first()} and I tutor SAT reading and writing.",
        ]
    )


def review_text(f):
    return f.pick(
        [
            f"{f.first()} was brilliant, my son finally gets algebra",
            f"Really patient with my daughter. Thanks {f.first()}!",
            f"{f.teacher()} explained everything clearly",
            f"Great session with {f.first()}, will book again",
        ]
    )


def contact_excerpt(f):
    return f.pick(
        [
            f"text me on {f.mobile()} and we can sort it out",
            f"my number is {f.mobile()}",
            f"email me at {f.email()} instead",
            f"add me {f.email()}",
            f"whatsapp {f.mobile()} cheaper that way",
        ]
    )


def twilio_body(f):
    kid = f.kid()
    return f.pick(
        [
            f"Westfield Primary: {kid} has not been registered today. Please call the office.",
            f"Tiny Steps: {kid}'s daily report is ready in the app.",
            f"Reminder: {kid}'s trip payment is due Friday.",
            f"Oakridge Elementary: {kid} was marked tardy this morning.",
        ]
    )


def incident_text(f):
    kid = f.kid()
    p = f.pick(["her", "his", "their"])
    return f"{kid} " + f.pick(INJURIES).format(p=p)


# -- events: (type, event, client, product, body) ---------------------------------------------------

CB = [
    (
        "identify",
        None,
        "swift",
        {
            "firstName": FIRST,
            "lastName": LAST,
            "email": EMAIL,
            "phone": MOBILE,
            "role": P("parent", "guardian", "carer"),
            "relationshipToStudent": P("mother", "father", "grandparent", "foster carer", "step-parent"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postalCode": POSTCODE,
                "country": G(lambda f: f.cc),
            },
            "avatarUrl": Opt(Y(lambda f: f.photo("avatars"), "photo")),
            "preferredLanguage": P("en", "es", "pa", "ar", "vi", "pl", "ur"),
            "childrenCount": n(1, 4),
            "schoolIds": Many(G(lambda f: "sch_" + f.digits(5)), 2),
            "emailVerified": BOOL,
            "phoneVerified": BOOL,
            "smsOptIn": BOOL,
            "createdAt": TS,
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "first_name": FIRST,
            "last_name": LAST,
            "email": Y(lambda f: f.staff_email(), "email"),
            "title": P("Year 4 Teacher", "Head of Maths", "SENCO", "Teaching Assistant", "Office Manager"),
            "department": P("Maths", "English", "Early Years", "Science", "Pastoral"),
            "school_id": G(lambda f: "sch_" + f.digits(5)),
            "staff_number": G(lambda f: "T" + f.digits(5)),
            "trn": Opt(Y(lambda f: f.digits(7), "identification|license"), 0.7),
            "work_mobile": MOBILE,
            "is_dsl": BOOL,
            "subjects": Many(P("maths", "english", "science", "history", "PE"), 3),
            "dbs_expiry": G(lambda f: f.date(2024, 2027)),
        },
    ),
    (
        "group",
        None,
        "java",
        {
            "name": P(
                "Westfield Primary School",
                "Oakridge Elementary",
                "Banksia Public School",
                "St Aidan's C of E Academy",
            ),
            "urn": G(lambda f: f.digits(6)),
            "district": P(
                "Leeds City Council",
                "Columbus City Schools",
                "NSW Department of Education",
                "Oak Multi-Academy Trust",
            ),
            "address": P(
                "Westfield Road, Leeds LS12 3QY",
                "1400 Oak Street, Columbus, OH 43205",
                "14 Banksia Ave, Blacktown NSW 2148",
            ),
            "officePhone": G(lambda f: f.school_phone()),
            "principalName": NAME,
            "plan": P("free", "standard", "premium"),
            "studentCount": n(90, 1800),
            "industry": C("K-12 Education"),
            "phase": P("primary", "secondary", "all-through"),
            "website": P(
                "https://westfield.example.sch.uk",
                "https://oakridge.example.org",
                "https://banksia.example.edu.au",
            ),
            "country": G(lambda f: f.cc),
            "state": G(lambda f: f.state()),
            "createdAt": TS,
        },
    ),
    (
        "track",
        "Attendance Marked",
        "kotlin",
        {
            "class_id": G(lambda f: "cls_" + f.digits(5)),
            "register_type": P("AM", "PM", "P1", "P4"),
            "student_id": G(lambda f: f.digits(6)),
            "student_name": Y(lambda f: f.kid_full(), "name"),
            "status": P("present", "absent", "late", "authorised_absence", "unauthorised_absence"),
            "absence_reason": RED(
                lambda f: f.pick(["illness", "medical_appointment", "religious_observance"]),
                "condition|religion",
            ),
            "late_minutes": n(0, 40),
            "marked_by_staff_id": G(lambda f: "T" + f.digits(5)),
            "marked_at": TS,
            "offline_sync": BOOL,
        },
    ),
    (
        "track",
        "Absence Reported",
        "swift",
        {
            "student_id": G(lambda f: f.digits(6)),
            "absence_date": G(lambda f: f.date(2024, 2024)),
            "reason_details": Y(lambda f: f.pick(ABSENCE_DETAILS), "condition|diagnosis|procedure", True),
            "expected_return_date": G(lambda f: f.date(2024, 2024)),
            "reported_by_relationship": P("mother", "father", "guardian"),
            "reported_by_name": NAME,
            "contact_number": MOBILE,
            "evidence_attached": BOOL,
        },
    ),
    (
        "track",
        "Grade Posted",
        "python",
        {
            "student_id": G(lambda f: f.digits(6)),
            "assignment_id": G(lambda f: f.digits(7)),
            "course_code": P("MATH-7A", "ENG-9C", "SCI-Y5", "HIST-11B"),
            "score": n(0, 50),
            "grade_percent": amount(0, 100),
            "term": P("2023-24 T2", "2023-24 T3", "Spring 2024"),
            "teacher_id": G(lambda f: "T" + f.digits(5)),
            "comment": P(
                "Great improvement on fractions", "Please show your working", "Excellent essay structure", ""
            ),
            "is_late": BOOL,
            "posted_at": TS,
        },
    ),
    (
        "track",
        "Behaviour Note Added",
        "kotlin",
        {
            "student_ids": Many(G(lambda f: f.digits(6)), 3),
            "category": P("positive", "concern"),
            "behaviour_type": P("kindness", "teamwork", "disruption", "homework_missed", "uniform"),
            "points": n(-3, 5),
            "comment": P(
                "Great teamwork in PE today",
                "Talking during assembly",
                "Helped tidy the library",
                "Forgot homework again",
            ),
            "location": P("Playground", "Canteen", "Room 12", "Sports hall"),
            "witness_staff": Opt(Many(NAME, 2), 0.6),
            "parent_notified": BOOL,
            "created_at": TS,
        },
    ),
    (
        "track",
        "Medical Info Updated",
        "swift",
        {
            "student_id": G(lambda f: f.digits(6)),
            "allergies": Many(
                Y(
                    lambda f: f.pick(
                        ["peanuts", "tree nuts", "penicillin", "bee stings", "latex", "shellfish", "egg"]
                    ),
                    "allergy",
                ),
                2,
            ),
            "conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["asthma", "type 1 diabetes", "epilepsy", "eczema", "ADHD", "coeliac disease"]
                    ),
                    "condition",
                ),
                2,
            ),
            "medications": Many(
                {
                    "name": Y(
                        lambda f: f.pick(
                            [
                                "Salbutamol inhaler",
                                "EpiPen Jr 0.15mg",
                                "Insulin (NovoRapid)",
                                "Methylphenidate",
                                "Cetirizine",
                            ]
                        ),
                        "medication",
                    ),
                    "dose": Y(
                        lambda f: f.pick(["2 puffs", "0.15 mg", "5 ml", "10 mg", "as needed"]), "medication"
                    ),
                    "school_administered": BOOL,
                },
                2,
            ),
            "has_epipen": RED(lambda f: f.pick([True, False]), "allergy"),
            "health_card_number": RED(lambda f: f.health_card(), "health id"),
            "gp_name": Y(lambda f: "Dr " + f.full_name(), "name"),
            "gp_practice": P("Meanwood Health Centre", "Blacktown Family Medical", "Oakridge Pediatrics"),
            "medical_consent": BOOL,
            "dietary_requirements": Many(
                RED(
                    lambda f: f.pick(["halal", "kosher", "vegetarian", "vegan", "no pork", "no beef"]),
                    "religion",
                ),
                2,
            ),
            "updated_fields_count": n(1, 6),
        },
    ),
    (
        "track",
        "Pickup Authorization Added",
        "web",
        {
            "student_id": G(lambda f: f.digits(6)),
            "authorization_id": UUID,
            "authorized_person": {
                "first_name": FIRST,
                "last_name": LAST,
                "relationship": P("grandparent", "neighbour", "nanny", "older sibling", "aunt"),
                "mobile": MOBILE,
                "email": Opt(EMAIL, 0.5),
                "photo_url": Y(lambda f: f.photo("pickup"), "photo"),
                "id_checked": BOOL,
            },
            "collection_password": RED(
                lambda f: f.pick(["blue giraffe", "Pancake42", "rainbow7", "tigerlily", "Mango!2024"]),
                "password",
            ),
            "days": Many(P("Mon", "Tue", "Wed", "Thu", "Fri"), 3),
            "valid_from": G(lambda f: f.date(2024, 2024)),
            "valid_until": G(lambda f: f.date(2024, 2025)),
            "one_time": BOOL,
        },
    ),
    (
        "track",
        "Student Picked Up",
        "kotlin",
        {
            "student_id": G(lambda f: f.digits(6)),
            "picked_up_by": NAME,
            "method": P("photo_match", "password", "known_adult"),
            "verified_by_staff_id": G(lambda f: "T" + f.digits(5)),
            "late_pickup_minutes": n(0, 45),
            "pickup_time": TS,
        },
    ),
    (
        "track",
        "Message Sent",
        "web",
        {
            "thread_id": UUID,
            "message_id": UUID,
            "sender_role": P("parent", "guardian"),
            "recipient_role": P("teacher", "office", "head_of_year"),
            "recipient_id": G(lambda f: "T" + f.digits(5)),
            "recipient_name": Y(lambda f: f.teacher(), "name"),
            "subject": P("Homework question", "Trip permission", "Pickup today", "PE kit", "Reading book"),
            "body_preview": Y(greeting, "name", True),
            "char_count": n(20, 900),
            "attachments_count": n(0, 3),
            "translated_to": P("", "es", "ar", "pl", "pa"),
        },
    ),
    (
        "track",
        "Callback Requested",
        "swift",
        {
            "student_id": G(lambda f: f.digits(6)),
            "topic": P("attendance", "fees", "wellbeing", "admissions"),
            "preferred_time": P("morning", "after 3pm", "lunchtime"),
            "note": Y(callback_note, "phone", True),
        },
    ),
    (
        "track",
        "Trip Consent Given",
        "swift",
        {
            "trip_id": G(lambda f: "trip_" + f.digits(4)),
            "trip_name": P(
                "Year 5 Science Museum visit", "Zoo excursion", "Taronga Zoo excursion", "Year 8 residential"
            ),
            "consent": BOOL,
            "cost": amount(5, 350),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "emergency_contact": emergency_contact(),
            "medical_notes": Opt(Y(lambda f: f.pick(MEDICAL_NOTES), "condition|medication|allergy"), 0.6),
            "signature_name": NAME,
            "signed_at": TS,
        },
    ),
    (
        "track",
        "Student Searched",
        "kotlin",
        {
            "q": Y(lambda f: f.pick([f.kid(), f.last(), f.kid_full(), f.kid().lower()[:4]]), "name", True),
            "results_count": n(0, 25),
            "filter": P("my_classes", "whole_school", "year_group"),
            "selected_index": n(0, 5),
        },
    ),
    (
        "track",
        "Student Enrolled",
        "dotnet",
        {
            "StudentId": G(lambda f: f.digits(7)),
            "Upn": RED(lambda f: f.upn(), "national id"),
            "Forename": Y(lambda f: f.kid(), "name"),
            "Surname": LAST,
            "PreferredName": Opt(Y(lambda f: f.kid(), "name"), 0.5),
            "DateOfBirth": Y(lambda f: f.kid_dob(), "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
            "YearGroup": P("Reception", "Year 1", "Year 4", "Year 7", "Year 10"),
            "FormGroup": P("7B", "4W", "RJ", "10Y"),
            "AdmissionDate": G(lambda f: f.date(2023, 2024)),
            "Ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White - British",
                        "Asian - Pakistani",
                        "Black - African",
                        "Mixed - White and Asian",
                        "Chinese",
                        "Refused",
                    ]
                ),
                "ethnicity",
            ),
            "FirstLanguage": P("English", "Polish", "Urdu", "Somali", "Romanian"),
            "SenStatus": RED(lambda f: f.pick(["N", "K", "E"]), "disability"),
            "HomeAddress": {
                "Line1": Y(lambda f: f.street(), "address|street"),
                "Town": Y(lambda f: f.city(), "city"),
                "Postcode": POSTCODE,
            },
            "PrimaryContactEmail": EMAIL,
            "SchoolUrn": G(lambda f: f.digits(6)),
            "SyncedAtUtc": TS,
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "PARENT_FULL_NAME": NAME,
            "PRIMARY_EMAIL": EMAIL,
            "MOBILE_NUMBER": MOBILE,
            "HOME_POSTCODE": POSTCODE,
            "HOUSEHOLD_ID": G(lambda f: "hh_" + f.digits(8)),
            "STUDENT_COUNT": n(1, 4),
            "LIFETIME_FEES_PAID": amount(0, 4000),
            "LAST_LOGIN_TS": TS,
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PREFERRED_LANGUAGE": P("en", "es", "ar", "pl"),
            "IS_EMAIL_VERIFIED": BOOL,
            "SIGNUP_SOURCE": P("school_invite", "app_store", "web"),
        },
    ),
    (
        "track",
        "Lunch Account Topped Up",
        "web",
        {
            "student_id": G(lambda f: f.digits(6)),
            "amount": amount(5, 80),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_method": P("card", "apple_pay", "google_pay"),
            "card_brand": P("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": n(1, 12),
            "card_exp_year": n(2025, 2031),
            "billing_zip": POSTCODE,
            "balance_after": amount(0, 120),
            "transaction_id": G(lambda f: "ch_" + f.hexid(24)),
        },
    ),
    (
        "track",
        "Payment Form Submitted",
        "php",
        {
            "form": C("school_fees"),
            "fee_type": P("trip", "music lessons", "breakfast club", "after school club"),
            "amount": amount(5, 400),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardholderName": NAME,
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "studentReference": G(lambda f: f.digits(6)),
        },
    ),
    ("track", "Products Searched", "web", {"query": P("jumper", "pe kit", "book bag", "fleece", "hat")}),
    (
        "track",
        "Product Viewed",
        "web",
        {
            **{k: v for k, v in uniform_product().items() if k in ("product_id", "sku", "name", "price")},
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": UUID,
            **{
                k: v
                for k, v in uniform_product().items()
                if k in ("product_id", "sku", "price", "quantity", "variant")
            },
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "affiliation": P("Westfield PTA shop", "Oakridge Spirit Store", "Banksia Uniform Shop"),
            "total": amount(5, 200),
            "revenue": amount(5, 200),
            "tax": amount(0, 20),
            "discount": amount(0, 10),
            "coupon": P("", "PRELOVED", "SIBLING10"),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(uniform_product(), 3),
        },
    ),
    (
        "track",
        "Emergency Contacts Updated",
        "web",
        {
            "student_id": G(lambda f: f.digits(6)),
            "form_id": C("emergency_contacts_v3"),
            "fields": Many(
                {
                    "name": P("contact_name", "contact_phone", "contact_email"),
                    "label": P("Contact name", "Contact phone", "Contact email"),
                    "value": Y(
                        lambda f: f.pick([f.full_name(), f.mobile(), f.email()]), "name|phone|email", True
                    ),
                },
                3,
            ),
            "emergency_contacts_count": n(1, 4),
        },
    ),
    (
        "track",
        "Recipient Selected",
        "web",
        {
            "composer_id": UUID,
            "option": {
                "label": Y(
                    lambda f: f"{f.teacher()} ({f.pick(['Year 3', 'Maths', 'Form 7B', 'Office'])})",
                    "name",
                    True,
                ),
                "value": G(lambda f: "T" + f.digits(5)),
            },
            "position": n(0, 12),
        },
    ),
    (
        "track",
        "Homework Submitted",
        "swift",
        {
            "assignment_id": G(lambda f: f.digits(7)),
            "file_name": P("homework.docx", "IMG_2231.HEIC", "essay_final.pdf", "worksheet 3.pdf"),
            "file_size_bytes": n(20000, 9000000),
            "sha256": G(lambda f: f.hexid(64)),
            "submitted_late": BOOL,
        },
    ),
    (
        "track",
        "Bus Boarded",
        "go",
        {
            "student_id": G(lambda f: f.digits(6)),
            "route_id": P("R12", "R7", "R31"),
            "stop_name": P("Maple Ave & 5th St", "Lincoln Blvd (north)", "Oakwood Dr loop"),
            "badge_uid": G(lambda f: f.hexid(8).upper()),
            "bus_gps": {
                "lat": Y(lambda f: round(f.r.uniform(39.9, 40.1), 6), "geolocation"),
                "lon": Y(lambda f: round(f.r.uniform(-83.1, -82.9), 6), "geolocation"),
            },
            "boarded_at": TS,
            "direction": P("to_school", "to_home"),
        },
    ),
    (
        "track",
        "Parent Evening Booked",
        "web",
        {
            "booking_id": UUID,
            "teacher_id": G(lambda f: "T" + f.digits(5)),
            "teacher_name": Y(lambda f: f.pick([f.teacher(), f.full_name()]), "name"),
            "slot_start": TS,
            "slot_minutes": P(5, 10, 15),
            "room": P("Hall", "Room 4", "Library", "online"),
            "video_link": G(lambda f: "https://meet.classbridge.com/r/" + f.hexid(10)),
            "attendees": Many(NAME, 2),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "To": MOBILE,
            "From": P("+447480000000", "WestfieldPS", "+61480000123", "+16145550100"),
            "MessageStatus": P("queued", "sent", "delivered", "undelivered"),
            "NumSegments": n(1, 3),
            "Body": Y(twilio_body, "name", True),
            "Price": G(lambda f: f"-{f.money(0, 1)}"),
            "ErrorCode": P(None, 30003, 30005),
        },
    ),
    (
        "track",
        "Email Event Received",
        "node",
        {
            "email": EMAIL,
            "event": P("delivered", "open", "click", "bounce", "spamreport"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filter0001p1las1-" + f.digits(5)),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "url": P("", "https://app.classbridge.com/messages", "https://app.classbridge.com/trips/pay"),
            "category": Many(P("newsletter", "attendance", "trip_reminder"), 2),
        },
    ),
    (
        "track",
        "Class Pet Weekend Booked",
        "swift",
        {
            "pet_name": P("Biscuit", "Nibbles", "Captain Fluff", "Hazel"),
            "pet_species": P("guinea pig", "hamster", "stick insects", "rabbit"),
            "class_id": G(lambda f: "cls_" + f.digits(5)),
            "weekend_start": G(lambda f: f.date(2024, 2024)),
            "host_family_surname": LAST,
        },
    ),
    (
        "track",
        "SIS Integration Connected",
        "python",
        {
            "provider": P("Wonde", "Clever", "Google Classroom", "Compass"),
            "access_token": RED(lambda f: f.google_token(), "token"),
            "refresh_token": Opt(RED(lambda f: f.refresh_token(), "token"), 0.6),
            "token_expires_in": C(3599),
            "scopes": Many(P("rosters.readonly", "coursework.me", "students.read"), 3),
            "school_id": G(lambda f: "sch_" + f.digits(5)),
            "connected_by_staff_id": G(lambda f: "T" + f.digits(5)),
            "sync_status": P("pending", "ok", "error"),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "web",
        {
            "input": Y(lambda f: f.email(), "email", True),
            "reason": P("wrong_password", "unknown_account", "locked"),
            "attempt": n(1, 5),
            "password_manager_used": BOOL,
            "sso_provider": P("", "google", "microsoft"),
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "name": P("Dashboard", "Messages", "Grades", "Attendance"),
            "path": P("/dashboard", "/messages", "/grades"),
            "url": G(lambda f: "https://app.classbridge.com/" + f.pick(["dashboard", "messages", "grades"])),
            "title": P("ClassBridge", "Messages | ClassBridge"),
            "referrer": P("", "https://www.google.com/"),
            "search": P("", "?tab=week"),
        },
    ),
    (
        "screen",
        None,
        "swift",
        {
            "name": P("Home", "Inbox", "Child Profile", "Calendar"),
            "tab": P("feed", "messages", "calendar"),
            "children_count": n(1, 4),
        },
    ),
    (
        "screen",
        None,
        "kotlin",
        {
            "name": P("Register", "Class List", "Behaviour", "Seating Plan"),
            "class_id": G(lambda f: "cls_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Staff Record Synced",
        "dotnet",
        {
            "StaffId": G(lambda f: "T" + f.digits(5)),
            "PayrollNumber": G(lambda f: "PR" + f.digits(6)),
            "Forename": FIRST,
            "Surname": LAST,
            "DateOfBirth": Y(lambda f: f.adult_dob(), "birthdate"),
            "NiNumber": RED(lambda f: f.ni_number(), "national id"),
            "EmailAddress": Y(lambda f: f.staff_email(), "email"),
            "MobileNumber": MOBILE,
            "AnnualSalary": Y(lambda f: f.r.randint(23000, 68000), "salary"),
            "ContractType": P("Permanent", "Fixed term", "Supply"),
            "Role": P("Class Teacher", "Teaching Assistant", "Cook", "Site Manager", "SENCO"),
            "QtsAwarded": BOOL,
            "TeacherReferenceNumber": Opt(Y(lambda f: f.digits(7), "identification|license"), 0.7),
            "DbsCertificateNumber": Y(lambda f: f.dbs(), "certificate"),
            "NextOfKin": {
                "Name": NAME,
                "Phone": MOBILE,
                "Relationship": P("Partner", "Mother", "Father", "Friend"),
            },
            "StartDate": G(lambda f: f.date(2005, 2024)),
            "SyncedAtUtc": TS,
        },
    ),
    (
        "track",
        "Admissions Application Submitted",
        "web",
        {
            "application_id": G(lambda f: "ADM-" + f.digits(6)),
            "entry_year": P("2024-25", "2025-26"),
            "entry_grade": P("Kindergarten", "Reception", "Year 7", "Grade 9"),
            "applicant": {
                "first_name": KID,
                "last_name": LAST,
                "date_of_birth": Y(lambda f: f.kid_dob(), "birthdate"),
                "gender": Y(lambda f: f.pick(["female", "male", "prefer not to say"]), "gender"),
                "previous_school": P(
                    "Little Acorns Nursery", "Lincoln Elementary", "St Mary's RC Primary", "Home educated"
                ),
                "home_language": P("English", "Spanish", "Punjabi", "Arabic", "Vietnamese"),
            },
            "parent": {
                "full_name": NAME,
                "email": EMAIL,
                "phone": MOBILE,
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.state()),
                    "postal_code": POSTCODE,
                },
            },
            "siblings_at_school": Opt(
                Many(
                    {"name": Y(lambda f: f.kid_full(), "name"), "year": P("Year 2", "Grade 4", "Year 9")}, 2
                ),
                0.8,
            ),
            "proof_of_address_uploaded": BOOL,
            "criteria": P("catchment", "sibling", "distance", "looked_after"),
        },
    ),
    (
        "track",
        "Guardian Invited",
        "swift",
        {
            "student_id": G(lambda f: f.digits(6)),
            "invitee": {"first_name": FIRST, "email": EMAIL, "phone": MOBILE},
            "relationship": P("father", "mother", "step-parent", "grandparent"),
            "permissions": Many(P("messages", "grades", "attendance", "payments"), 4),
            "has_parental_responsibility": BOOL,
            "invite_channel": P("sms", "email"),
        },
    ),
    (
        "track",
        "Student Profile Viewed",
        "kotlin",
        {
            "student_id": G(lambda f: f.digits(6)),
            "student": {
                "first_name": KID,
                "last_name": LAST,
                "date_of_birth": Y(lambda f: f.kid_dob(), "birthdate"),
                "pronouns": Opt(Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"), 0.6),
                "photo_url": Y(lambda f: f.photo("students"), "photo"),
                "tutor_group": P("7B", "4W", "RJ", "10Y", "Room 12"),
            },
            "tab": P("overview", "attendance", "behaviour", "medical"),
        },
    ),
    ("alias", None, "python", {}),
]

TS_EVENTS = [
    (
        "identify",
        None,
        "rn",
        {
            "firstName": FIRST,
            "lastName": LAST,
            "email": EMAIL,
            "phone": MOBILE,
            "children": Many(
                {
                    "child_id": G(lambda f: "ch_" + f.digits(6)),
                    "first_name": KID,
                    "date_of_birth": Y(lambda f: f.baby_dob(), "birthdate"),
                    "allergies": Opt(
                        Many(
                            Y(lambda f: f.pick(["egg", "dairy", "peanut", "sesame", "wheat"]), "allergy"), 2
                        ),
                        0.4,
                    ),
                    "room": P("Babies", "Toddlers", "Pre-school", "Joeys", "Kookaburras"),
                },
                2,
            ),
            "nurseryId": G(lambda f: "nur_" + f.digits(4)),
            "photoConsent": BOOL,
            "createdAt": TS,
        },
    ),
    (
        "track",
        "Daily Report Published",
        "rn",
        {
            "child_id": G(lambda f: "ch_" + f.digits(6)),
            "room_id": G(lambda f: "room_" + f.digits(3)),
            "report_date": G(lambda f: f.date(2024, 2024)),
            "meals": Many(
                {
                    "meal": P("breakfast", "snack", "lunch", "tea"),
                    "amount_eaten": P("all", "most", "some", "none"),
                    "food": P("Pasta bake", "Fish pie", "Fruit & crackers", "Chicken curry"),
                },
                4,
            ),
            "naps": Many({"start": TS, "end": TS, "duration_min": n(15, 150)}, 2),
            "nappies": Opt(
                Many({"time": TS, "type": P("wet", "soiled", "dry"), "cream_applied": BOOL}, 4), 0.7
            ),
            "mood": P("happy", "tired", "unsettled", "chatty"),
            "staff_note": Y(daily_note, "name", True),
            "key_person_name": NAME,
        },
    ),
    (
        "track",
        "Incident Reported",
        "rn",
        {
            "incident_id": UUID,
            "child_id": G(lambda f: "ch_" + f.digits(6)),
            "occurred_at": TS,
            "location": P("Garden", "Toddler room", "Bathroom", "Outdoor play area"),
            "injury_type": RED(
                lambda f: f.pick(["bump", "graze", "bite", "nosebleed", "bruise"]), "condition"
            ),
            "body_part": P("head", "knee", "arm", "face", "hand"),
            "head_injury": RED(lambda f: f.pick([True, False]), "condition"),
            "description": Y(incident_text, "condition", True),
            "first_aid_given": BOOL,
            "first_aider_name": NAME,
            "witness_staff": Many(NAME, 2),
            "parent_notified_at": TS,
            "parent_signed": BOOL,
        },
    ),
    (
        "track",
        "Allergy Alert Acknowledged",
        "rn",
        {
            "child_id": G(lambda f: "ch_" + f.digits(6)),
            "allergen": Y(
                lambda f: f.pick(["peanut", "egg", "cow's milk protein", "sesame", "kiwi"]), "allergy"
            ),
            "severity": RED(lambda f: f.pick(["mild", "moderate", "anaphylaxis"]), "allergy"),
            "room": P("Babies", "Toddlers", "Pre-school"),
            "acknowledged_by_staff_id": G(lambda f: "st_" + f.digits(4)),
            "acknowledged_at": TS,
        },
    ),
    (
        "track",
        "Photo Shared",
        "rn",
        {
            "photo_id": UUID,
            "photo_url": Y(lambda f: f.photo("photos"), "photo"),
            "thumbnail_url": Y(lambda f: f.photo("thumbs"), "photo"),
            "tagged_children": Many({"child_id": G(lambda f: "ch_" + f.digits(6)), "first_name": KID}, 3),
            "caption": Y(photo_caption, "name", True),
            "album": P("Messy play", "Garden", "Christmas concert", "Forest school"),
            "consent_checked": BOOL,
            "width": P(1080, 1920, 3024),
            "height": P(1080, 1440, 4032),
        },
    ),
    (
        "track",
        "Child Checked In",
        "rn",
        {
            "child_id": G(lambda f: "ch_" + f.digits(6)),
            "checked_in_at": TS,
            "dropped_off_by": NAME,
            "notes": P(
                "Bit tired today",
                "Had breakfast at home",
                "",
                "Nappy changed at 7.45",
                "Spare clothes in bag",
            ),
            "collection_expected_at": TS,
        },
    ),
    (
        "track",
        "Medication Administered",
        "rn",
        {
            "child_id": G(lambda f: "ch_" + f.digits(6)),
            "medicine_name": Y(
                lambda f: f.pick(
                    ["Calpol", "Piriton", "Salbutamol inhaler", "Amoxicillin", "Nurofen for Children"]
                ),
                "medication",
            ),
            "dose": Y(lambda f: f.pick(["5ml", "2.5ml", "2 puffs", "7.5ml"]), "medication"),
            "administered_at": TS,
            "administered_by": NAME,
            "witnessed_by": NAME,
            "parent_consent_on_file": BOOL,
        },
    ),
    (
        "track",
        "Invoice Issued",
        "go",
        {
            "invoice_number": G(lambda f: f"TS-2024-{f.digits(6)}"),
            "amount_due": amount(40, 2400),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "due_date": G(lambda f: f.date(2024, 2024)),
            "funded_hours": P(0, 15, 30),
            "subsidy_amount": amount(0, 900),
            "line_items": Many(
                {
                    "description": P(
                        "Full day - Toddlers", "Half day - Pre-school", "Late collection fee", "Nappies"
                    ),
                    "quantity": n(1, 20),
                    "unit_price": amount(2, 95),
                },
                4,
            ),
            "child_name": Y(lambda f: f.kid_full(), "name"),
            "bill_to": {
                "name": NAME,
                "email": EMAIL,
                "phone": MOBILE,
                "address": Y(lambda f: f.address_line(), "address"),
            },
            "status": P("open", "paid", "overdue"),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "go",
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "customer_id": G(lambda f: "CU" + f.hexid(12).upper()),
            "scheme": C("bacs"),
            "account_holder_name": NAME,
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.uk_account(), "bank account"),
            "account_number_ending": G(lambda f: f.digits(2)),
            "bank_name": P(
                "BARCLAYS BANK PLC", "HSBC UK BANK PLC", "MONZO BANK LIMITED", "NATIONWIDE BUILDING SOCIETY"
            ),
            "customer_email": EMAIL,
            "reference": G(lambda f: "TINYSTEPS-" + f.hexid(6).upper()),
        },
    ),
    (
        "track",
        "Nursery Tour Booked",
        "php",
        {
            "parent_name": NAME,
            "email": EMAIL,
            "phone": MOBILE,
            "child_dob": Y(lambda f: f.baby_dob(), "birthdate"),
            "preferred_start_date": G(lambda f: f.date(2024, 2025)),
            "nursery_branch": P(
                "Tiny Steps Clapham", "Tiny Steps Headingley", "Tiny Steps Manly", "Tiny Steps Fitzroy"
            ),
            "nursery_phone": P("020 7946 0011", "0113 496 0022", "(02) 9976 0033"),
            "how_did_you_hear": P("Google", "Friend", "Mumsnet", "Facebook", "Drove past"),
            "tour_slot": TS,
        },
    ),
    (
        "track",
        "Waitlist Form Submitted",
        "php",
        {
            "form-id": C("tsf_waitlist_2024"),
            "parent-first-name": FIRST,
            "parent-last-name": LAST,
            "parent-email": EMAIL,
            "mum-mobile": MOBILE,
            "child-first-name": KID,
            "child-dob-or-due-date": Y(lambda f: f.date(2022, 2025), "birthdate"),
            "postcode": POSTCODE,
            "sessions-required": Many(P("mon-am", "tue-full", "wed-full", "thu-pm", "fri-full"), 4),
            "funding-eligible": BOOL,
            "submitted-at": TS,
        },
    ),
    (
        "track",
        "Observation Recorded",
        "rn",
        {
            "observation_id": UUID,
            "child_id": G(lambda f: "ch_" + f.digits(6)),
            "framework": P("EYFS", "EYLF"),
            "area": P("Communication and language", "Physical development", "Personal, social and emotional"),
            "text": Y(daily_note, "name", True),
            "next_steps": P("Offer more mark-making", "Encourage turn taking", "Practise scissor skills"),
            "observer_name": NAME,
            "media_count": n(0, 4),
        },
    ),
    (
        "track",
        "Enquiry Form Submitted",
        "php",
        {
            "form-id": C("tsf_enquiry"),
            "your-name": NAME,
            "parent-email": EMAIL,
            "phone-number": MOBILE,
            "child-age-months": n(3, 54),
            "enquiry-type": P("place", "fees", "funding", "visit"),
            "preferred-branch": P("Clapham", "Headingley", "Manly", "Fitzroy"),
            "utm-source": P("google", "facebook", "(direct)"),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        "rn",
        {
            "staff_id": G(lambda f: "st_" + f.digits(4)),
            "clock_in_at": TS,
            "geo": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "accuracy_m": n(3, 60),
            },
            "within_geofence": BOOL,
            "ratio_after": P("1:3", "1:4", "1:8"),
        },
    ),
    (
        "screen",
        None,
        "rn",
        {
            "name": P("Room Register", "Daily Diary", "Gallery", "Invoices"),
            "room_id": G(lambda f: "room_" + f.digits(3)),
        },
    ),
]

TM = [
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": FIRST,
            "lastName": LAST,
            "email": EMAIL,
            "phone": MOBILE,
            "dateOfBirth": Y(lambda f: f.adult_dob(), "birthdate"),
            "accountType": C("tutor"),
            "headline": P(
                "GCSE Maths & Physics tutor",
                "Primary English specialist",
                "SAT prep coach",
                "JEE Chemistry mentor",
            ),
            "bio": Y(tutor_bio, "name", True),
            "subjects": Many(P("maths", "physics", "chemistry", "english", "piano", "coding"), 3),
            "qualifications": Many(
                P("BSc Physics, University of Leeds", "PGCE", "MA English, UCD", "B.Tech, IIT Bombay"), 2
            ),
            "hourlyRate": amount(15, 90),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
            "avatarUrl": Y(lambda f: f.photo("avatars"), "photo"),
            "timezone": G(lambda f: TIMEZONES[f.cc]),
            "createdAt": TS,
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": FIRST,
            "email": EMAIL,
            "accountType": C("student"),
            "studentFirstName": KID,
            "age": n(7, 18),
            "gradeLevel": P("Year 6", "Year 11", "Grade 8", "Class 10", "Year 12"),
            "parentEmail": EMAIL,
            "goals": Many(P("exam prep", "catch up", "homework help", "stretch"), 2),
            "createdAt": TS,
        },
    ),
    (
        "track",
        "Tutor Searched",
        "flutter",
        {
            "query": P(
                "gcse maths", "year 6 sats english", "piano grade 3", "a level chemistry", "python for kids"
            ),
            "subject": P("maths", "english", "music", "chemistry", "coding"),
            "level": P("primary", "gcse", "a-level", "k-12"),
            "max_price": P(25, 40, 60),
            "online_only": BOOL,
            "postcode": POSTCODE,
            "results_count": n(0, 250),
        },
    ),
    (
        "track",
        "Session Booked",
        "web",
        {
            "session_id": G(lambda f: "ses_" + f.hexid(12)),
            "tutor_id": G(lambda f: "tut_" + f.digits(6)),
            "student_id": G(lambda f: "stu_" + f.digits(6)),
            "subject": P("maths", "physics", "english", "piano"),
            "scheduled_at": TS,
            "duration_min": P(30, 45, 60, 90),
            "price": amount(15, 120),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "student_first_name": KID,
            "tutor_display_name": Y(lambda f: f.short_name(), "name"),
            "meeting_url": G(lambda f: "https://classroom.tutorme.example/s/" + f.hexid(10)),
            "recurring": BOOL,
        },
    ),
    (
        "track",
        "Session Completed",
        "node",
        {
            "session_id": G(lambda f: "ses_" + f.hexid(12)),
            "actual_duration_min": n(10, 95),
            "recording_url": Y(lambda f: f"https://rec.tutorme.example/{f.uuid()}.mp4", "photo"),
            "connection_quality": P("good", "fair", "poor"),
            "tutor_notes": P(
                "Covered quadratic equations; set worksheet 3",
                "Reading comprehension practice",
                "Scales and arpeggios",
                "Past paper 2019 Q1-Q6",
            ),
            "next_session_suggested": BOOL,
        },
    ),
    (
        "track",
        "Review Submitted",
        "flutter",
        {
            "session_id": G(lambda f: "ses_" + f.hexid(12)),
            "tutor_id": G(lambda f: "tut_" + f.digits(6)),
            "rating": n(1, 5),
            "review_text": Y(review_text, "name", True),
            "reviewer_display_name": Y(lambda f: f.short_name(), "name"),
            "would_recommend": BOOL,
        },
    ),
    (
        "track",
        "Payout Sent",
        "ruby",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(24)),
            "stripe_account": G(lambda f: "acct_" + f.hexid(16)),
            "amount": G(lambda f: f.r.randint(1000, 250000)),
            "currency": G(lambda f: CURRENCY[f.cc].lower()),
            "arrival_date": G(lambda f: f.epoch_ms() // 1000),
            "status": P("paid", "pending", "in_transit", "failed"),
            "destination": {
                "bank_name": P(
                    "STRIPE TEST BANK", "WELLS FARGO BANK", "BARCLAYS BANK UK", "COMMONWEALTH BANK"
                ),
                "last4": G(lambda f: f.digits(4)),
                "routing_number": G(lambda f: f.bank_routing()),
                "account_holder_name": NAME,
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "track",
        "Bank Details Updated",
        "ruby",
        {
            "iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "FR", "NL", "ES"])), "bank account"),
            "bic": P("NWBKGB2L", "DEUTDEFF", "BNPAFRPP", "ABNANL2A"),
            "account_holder": NAME,
            "previous_last4": G(lambda f: f.digits(4)),
            "verified_via": P("microdeposits", "open_banking", "manual"),
            "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Background Check Requested",
        "node",
        {
            "report_id": G(lambda f: f.hexid(24)),
            "package": P("tasker_standard", "driver_pro", "basic_plus"),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": FIRST,
                "last_name": LAST,
                "email": EMAIL,
                "dob": Y(lambda f: f.adult_dob(), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "zipcode": Y(lambda f: f.zip(), "zipcode"),
                "driver_license_number": Y(lambda f: f.us_licence(), "license"),
                "driver_license_state": P("CA", "OH", "TX", "NY"),
            },
            "status": P("pending", "complete"),
            "created_at": TS,
        },
    ),
    (
        "track",
        "DBS Certificate Verified",
        "dotnet",
        {
            "CertificateNumber": Y(lambda f: f.dbs(), "certificate"),
            "Surname": LAST,
            "DateOfBirth": Y(lambda f: f.adult_dob(), "birthdate"),
            "Workforce": P("Child Workforce", "Child and Adult Workforce"),
            "IssueDate": G(lambda f: f.date(2019, 2024)),
            "UpdateServiceSubscribed": BOOL,
            "Status": P("verified", "pending", "expired"),
            "TutorId": G(lambda f: "tut_" + f.digits(6)),
        },
    ),
    (
        "track",
        "WWCC Verified",
        "python",
        {
            "wwcc_number": Y(lambda f: f.wwcc(), "certificate|license"),
            "wwcc_state": P("NSW", "VIC", "QLD", "WA"),
            "family_name": LAST,
            "expiry": G(lambda f: f.date(2025, 2029)),
            "check_status": P("cleared", "pending", "expired"),
            "tutor_id": G(lambda f: "tut_" + f.digits(6)),
            "verified_at": TS,
        },
    ),
    (
        "track",
        "Tutor Application Submitted",
        "web",
        {
            "application_id": UUID,
            "tax_id": RED(lambda f: f.tax_id(), "national id|social security number"),
            "right_to_work": RED(
                lambda f: f.pick(
                    ["citizen", "settled_status", "student_visa", "work_visa", "pre_settled_status"]
                ),
                "visa|citizenship",
            ),
            "nationality": Y(
                lambda f: f.pick(["British", "Indian", "Nigerian", "Irish", "Australian", "Polish"]),
                "citizenship",
            ),
            "home_address": Y(lambda f: f.address_line(), "address"),
            "years_experience": n(0, 25),
            "highest_qualification": P("bachelors", "masters", "phd", "pgce", "a_levels"),
            "subjects": Many(P("maths", "physics", "english", "coding"), 3),
            "cv_url": G(lambda f: "https://files.tutorme.example/cv/" + f.uuid() + ".pdf"),
            "expected_hourly_rate": amount(15, 90),
        },
    ),
    (
        "track",
        "Chat Message Flagged",
        "node",
        {
            "message_id": UUID,
            "conversation_id": UUID,
            "flag_reason": P("contact_details_shared", "off_platform_payment"),
            "excerpt": Y(contact_excerpt, "phone|email", True),
            "sender_role": P("tutor", "parent", "student"),
            "moderator_action": P("redacted", "warned", "none"),
            "auto_detected": C(True),
        },
    ),
    (
        "track",
        "Calendar Synced",
        "flutter",
        {
            "calendar_provider": P("google", "outlook", "apple"),
            "calendar_email": EMAIL,
            "events_imported": n(0, 60),
            "two_way": BOOL,
        },
    ),
    (
        "track",
        "Referral Sent",
        "flutter",
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "invitee_email": EMAIL,
            "invitee_name": NAME,
            "channel": P("email", "whatsapp", "sms", "copy_link"),
            "reward_amount": P(10, 15, 20),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "checkout_id": UUID,
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "value": amount(15, 600),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "coupon": P("", "FIRSTLESSON", "SUMMER20"),
            "products": Many(lesson_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": UUID,
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "payment_method": P("card", "paypal", "apple_pay", "upi"),
            "card_brand": P("visa", "mastercard", "amex", "rupay"),
            "billing_name": NAME,
            "save_card": BOOL,
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "name": P("Find a tutor", "Tutor profile", "Checkout"),
            "path": P("/tutors", "/checkout", "/become-a-tutor"),
            "url": G(
                lambda f: "https://www.tutorme.example/" + f.pick(["tutors", "checkout", "become-a-tutor"])
            ),
            "title": P("TutorMe", "Find a tutor | TutorMe"),
            "referrer": P("", "https://www.google.com/"),
            "search": P("", "?subject=maths"),
        },
    ),
    (
        "screen",
        None,
        "flutter",
        {
            "name": P("Search", "Tutor Profile", "Lesson Room", "Wallet"),
            "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            "TUTOR_FULL_NAME": NAME,
            "PRIMARY_PHONE": MOBILE,
            "PERSONAL_EMAIL": EMAIL,
            "DATE_OF_BIRTH": Y(lambda f: f.adult_dob(), "birthdate"),
            "HOME_CITY": Y(lambda f: f.city(), "city"),
            "BILLING_COUNTRY": G(lambda f: f.cc),
            "TOTAL_SESSIONS": n(0, 1500),
            "LIFETIME_EARNINGS": amount(0, 40000),
            "LAST_SESSION_AT": TS,
            "AVG_RATING": G(lambda f: round(f.r.uniform(3.5, 5), 2)),
            "DBS_STATUS": P("verified", "pending", "not_required"),
            "PAYOUT_METHOD": P("bank", "paypal"),
        },
    ),
    (
        "track",
        "Student Added To Account",
        "flutter",
        {
            "student": {
                "first_name": KID,
                "last_name": LAST,
                "birthday": Y(lambda f: f.kid_dob(), "birthdate"),
                "school_name": P(
                    "Oakridge Elementary",
                    "Delhi Public School",
                    "St Aidan's Academy",
                    "Banksia Public School",
                ),
                "grade_level": P("Year 6", "Grade 8", "Class 10", "Year 12"),
                "special_needs": RED(
                    lambda f: f.pick(["dyslexia", "ADHD", "autism", "dyscalculia"]), "disability"
                ),
            },
            "students_on_account": n(1, 4),
            "added_by_role": P("parent", "guardian"),
        },
    ),
    (
        "track",
        "Zoom Meeting Ended",
        "node",
        {
            "event": C("meeting.ended"),
            "payload": {
                "object": {
                    "id": G(lambda f: f.digits(11)),
                    "uuid": G(lambda f: f.hexid(22) + "=="),
                    "host_email": Y(lambda f: f.email(), "email"),
                    "topic": Y(
                        lambda f: f"{f.pick(['Maths', 'Physics', 'Piano', 'English'])} with {f.first()}",
                        "name",
                        True,
                    ),
                    "duration": n(20, 95),
                    "participants": Many(
                        {
                            "user_name": Y(lambda f: f.pick([f.full_name(), f.kid()]), "name"),
                            "email": Opt(EMAIL, 0.6),
                            "ip_address": Y(lambda f: f.ipv4(), "ip"),
                            "join_time": TS,
                            "leave_time": TS,
                            "device": P("Windows", "Mac", "iOS", "Android", "Web"),
                        },
                        3,
                    ),
                },
            },
        },
    ),
    ("alias", None, "node", {}),
]

PAGES = {
    "cb": ["/dashboard", "/messages", "/students/attendance", "/shop", "/trips"],
    "ts": ["/diary", "/invoices"],
    "tm": ["/tutors", "/checkout", "/become-a-tutor"],
}

# How many messages each template contributes per round: identify and the everyday events more.
HEAVY = {
    "Attendance Marked",
    "Message Sent",
    "Daily Report Published",
    "Tutor Searched",
    "Session Booked",
    None,
}


# Events that exist in one market only.
MARKETS = {
    "Student Enrolled": ["GB"],
    "Staff Record Synced": ["GB"],
    "Lunch Account Topped Up": ["US"],
    "Bus Boarded": ["US"],
    "Direct Debit Mandate Created": ["GB"],
    "Nursery Tour Booked": ["GB", "AU"],
    "Background Check Requested": ["US"],
    "DBS Certificate Verified": ["GB"],
    "WWCC Verified": ["AU"],
    "Bank Details Updated": ["GB", "IE"],
    "Payout Sent": ["US", "GB", "AU"],
}


def message(f: Fake34, kind, event, client, product, body, labels):
    f.cc = f.pick(MARKETS.get(event, PRODUCTS[product]["countries"]))
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["u_", "usr_", ""]) + f.digits(7) if product != "tm" else "usr_" + f.hexid(12),
    }
    if event:
        msg["event"] = event
    if kind == "group":
        msg["groupId"] = "sch_" + f.digits(5)
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif body:
        msg["properties"] = render(body, f, "properties", labels)
    page = f.pick(PAGES[product])
    msg["context"] = render(context(client, product, page), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake34(seed)
    labels: dict[str, dict] = {}
    events = []
    catalogue = [(t, "cb") for t in CB] + [(t, "ts") for t in TS_EVENTS] + [(t, "tm") for t in TM]
    for _ in range(repeats):
        for (kind, event, client, body), product in catalogue:
            copies = 2 if event in HEAVY else 1
            for _ in range(copies):
                events.append(message(f, kind, event, client, product, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=34, repeats=18)
    write(Path(__file__).parent, "holdout34_", events, labels)
