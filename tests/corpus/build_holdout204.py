"""Writes holdout204: tests/corpus/holdout204_events.jsonl and holdout204_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and not tuned to it (no engine run, no scan, no evaluation while writing it).

Domain: "Stillwater", an employee wellbeing and employee-assistance (EAP) counselling platform
operating in the US, Singapore and Germany. Covered traffic: employer sign-up (`group` calls,
employer accounts, sales leads with ad click ids and Facebook CAPI `user_data`), eligibility files
and HRIS / payroll syncs (a German HR backend with German keys, a warehouse reverse-ETL feed with
SCREAMING_SNAKE keys, a .NET payroll connector with PascalCase keys), employee identify calls
(a Singapore Flutter app with NRIC and residency status), anonymous self-assessments (PHQ-9 /
GAD-7, mood, sleep, stress), counsellor and coach search, profiles and booking (with an
e-commerce spec checkout for extra session packs), reminders through Twilio- and SendGrid-shaped
payloads, video sessions, session-note metadata, EAP case intake, dependants, crisis escalations
and a crisis line's telephony webhook, benefits, reimbursements, employer invoices paid by card through
a legacy PHP billing system (full PANs), financial and legal coaching, pet-loss support,
HR dashboards and exports, sign-in, magic links, one-time codes, push tokens, wearables, consent,
data-subject requests and the provider (counsellor) side. Contexts are those of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the python,
node, go, java, ruby, php and .NET server libraries. About 15-20 % of keys use conventions other
than camelCase / snake_case: PascalCase (.NET, Twilio), kebab-case (an embedded booking widget,
SendGrid's `smtp-id`), SCREAMING_SNAKE (warehouse) and German.

Conventions: paths as `portal.events.flatten` gives them (`properties.products[].sku`); each leaf
path has one label {classification, type, value_only}; the type is the reference's matcher name
or one of `bank account`, `geolocation`, `national id`, `health id`, `advertising id`, `token`,
`trade union`, `credit score`; `a|b` when either is fair. Values are synthetic: names from US,
Singaporean (Chinese, Malay, Indian) and German / Turkish / Polish backgrounds, national phone
formats for all three countries, Luhn-valid cards, mod-97-valid German IBANs, SSNs with a valid
structure, Singapore NRIC / FIN numbers with their check letter, German tax ids (ISO 7064 check
digit) and pension-insurance numbers with their check digit.

Labelling rules (the product's default colours):
- PII = personal data about a natural person: the user, an employee in an eligibility file, a
  dependant, an emergency contact, a referred employee, a counsellor or other staff member, an
  HR user, an opposing party. Colour = the reference matcher's default colour; outside the
  reference: red for credentials / tokens, card numbers, bank accounts, government ids and health
  ids; yellow otherwise. Contested cases follow the product's published policy list (member,
  claim and case numbers green; insurer member and policy numbers `identification` yellow; pay
  `salary` yellow; ad click ids and browser ids `advertising id` yellow; billing addresses yellow;
  payment-method tokens, one-time codes and sign-in link tokens red; MRNs `health id` red;
  identity-document numbers red; right-to-work / visa answers `visa` red; trade-union membership
  yellow).
- Green: ids we or vendors issue (user, employer, booking, case, claim, Twilio SIDs, SendGrid
  ids, e-mail Message-IDs), versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `SafeToLeaveVoicemail`, `ssn_verified`),
  ages and age bands, marital status and German tax class, job titles, employers, products,
  plans, pets, a business's own phone numbers, mailboxes and addresses (employer headquarters,
  role mailboxes like benefits@, our SMS sender, our crisis-line number, a practice's city),
  routing numbers / BICs, card brand / BIN / expiry / last four, US NPI numbers of providers
  (a public registry number of the practitioner, kept green as the house corpus does).
- Special categories: a boolean or enum that reveals one about the person is PII of it
  (`schwerbehindert` disability red, `VeteranStatusCode` veteran red, `UNION_MEMBER` /
  `gewerkschaft_mitglied` trade union yellow, `konfession` religion yellow, `race` yellow,
  `residencyStatus` / `WorkAuthorization` / `requires_visa_sponsorship` visa red).
- Value_only is true only where the key does not say what the value is (`To`, `webhook.From`,
  `text`, `note`, `value`, `label`, `q`, `contact`, `recipient`, `uploaded_by`, `reported_by`,
  `trigger_phrase`), and then every value carries that PII (every SMS body greets the person by
  first name, every booking note carries a phone number). Free text that never carries PII is
  green (`comment`, `feedback`, `preview`, `notes`, `message`, `goal_title`, `description`,
  `input`).

House decisions where the brief leaves room (what a careful privacy owner would flag):
- Results of clinical screening instruments (PHQ-9 and GAD-7 scores, their severity band, the
  self-harm item), presenting issues / reasons for counselling, crisis risk levels, diagnosis
  codes, CPT codes and the therapy modality used are the person's health data: `condition`,
  `diagnosis`, `procedure` yellow. Self-reported wellness sliders (mood 1-5, stress 0-10, sleep
  hours, energy) are green like steps and heart rate. Search filters and aggregate statistics
  (a `topic` filter, an HR dashboard's top presenting issues across a company) are not about a
  person: green.
- A SHA-256 of an e-mail or phone sent for ad matching (Facebook CAPI `em`, `ph`) is still the
  person's identifier: yellow, `email|advertising id` / `phone|advertising id`.
- Germany's social-insurance (pension) number and tax id, a US SSN (also its last four) and a
  Singapore NRIC are government ids: red. A full address part on its own (house number, unit
  number, address line 2) is `address` yellow. A caller's city and ZIP from a telephony webhook
  are the person's location: yellow.
- A counsellor's or HR user's name, photo, e-mail and mobile are staff data: PII.
- Device push tokens and wearable OAuth tokens are credentials: `token` red.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

US_FIRST = [
    "Jasmine",
    "Tyrone",
    "Emily",
    "Carlos",
    "Hannah",
    "DeShawn",
    "Maria",
    "Kevin",
    "Aaliyah",
    "Brandon",
    "Guadalupe",
    "Ethan",
    "Keanu",
    "Nkechi",
    "Abigail",
    "Xavier",
    "Hye-jin",
    "Lakshmi",
    "Connor",
    "Marisol",
]
US_LAST = [
    "Johnson",
    "Washington",
    "Nguyen",
    "Rodriguez",
    "Kim",
    "Patel",
    "O'Connor",
    "Goldberg",
    "Begay",
    "Jackson",
    "Hernández",
    "Murphy",
    "Okonkwo",
    "Schwartz",
    "Yazzie",
    "Castillo",
    "Brooks",
    "Chowdhury",
]
DE_FIRST = [
    "Lukas",
    "Anna",
    "Mehmet",
    "Ayşe",
    "Jonas",
    "Lea",
    "Katarzyna",
    "Maximilian",
    "Sophie",
    "Jürgen",
    "Özlem",
    "Fatih",
    "Marie",
    "Niklas",
    "Svetlana",
    "Hannes",
    "Greta",
    "Emre",
]
DE_LAST = [
    "Müller",
    "Schmidt",
    "Y\u0131lmaz",
    "Schneider",
    "Fischer",
    "Weber",
    "Nowak",
    "Becker",
    "Hoffmann",
    "Kaya",
    "Wagner",
    "Schäfer",
    "Krüger",
    "Zimmermann",
    "Popescu",
    "Öztürk",
    "Lange",
]
# (given, family, how the full name is written)
SG_NAMES = [
    ("Wei Ming", "Tan", "{l} {g}"),
    ("Hui Min", "Lim", "{l} {g}"),
    ("Jun Jie", "Ng", "{l} {g}"),
    ("Siew Ling", "Goh", "{l} {g}"),
    ("Jia Hui", "Lee", "{l} {g}"),
    ("Kok Leong", "Chua", "{l} {g}"),
    ("Xin Yi", "Wong", "{l} {g}"),
    ("Zhi Hao", "Teo", "{l} {g}"),
    ("Nur Aisyah", "Rahman", "{g} binte {l}"),
    ("Muhammad Faizal", "Ismail", "{g} bin {l}"),
    ("Siti Nurhaliza", "Osman", "{g} binte {l}"),
    ("Hafiz", "Abdullah", "{g} bin {l}"),
    ("Kavitha", "Nair", "{g} {l}"),
    ("Arjun", "Subramaniam", "{g} {l}"),
    ("Priya", "Ramasamy", "{g} d/o {l}"),
    ("Rajesh", "Pillai", "{g} s/o {l}"),
    ("Daniel", "de Souza", "{g} {l}"),
    ("Chloe", "Fernandez", "{g} {l}"),
]

US_STREETS = [
    "Oak Avenue",
    "Maple St",
    "W 34th St",
    "Congress Ave",
    "Peachtree Rd NE",
    "Elm Street",
    "N Lamar Blvd",
    "Cedar Lane",
    "Lakeshore Dr",
    "Mission St",
]
US_CITIES = [
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Raleigh", "NC"),
    ("Seattle", "WA"),
    ("Phoenix", "AZ"),
    ("Brooklyn", "NY"),
    ("Atlanta", "GA"),
    ("Denver", "CO"),
    ("Oakland", "CA"),
    ("Chicago", "IL"),
]
SG_STREETS = [
    "Ang Mo Kio Avenue 10",
    "Tampines Street 81",
    "Jurong West Street 52",
    "Bedok North Road",
    "Toa Payoh Lorong 1",
    "Woodlands Drive 14",
    "Punggol Field",
    "Clementi Avenue 3",
]
DE_STREETS = [
    "Hauptstraße",
    "Bergmannstr.",
    "Schillerstraße",
    "Am Markt",
    "Goethestr.",
    "Lindenallee",
    "Karl-Marx-Allee",
    "Kastanienweg",
    "Sonnenstraße",
    "Friedrichstraße",
]
DE_CITIES = [
    ("Berlin", "Berlin", "10"),
    ("München", "Bayern", "80"),
    ("Hamburg", "Hamburg", "22"),
    ("Köln", "Nordrhein-Westfalen", "50"),
    ("Leipzig", "Sachsen", "04"),
    ("Dresden", "Sachsen", "01"),
    ("Frankfurt am Main", "Hessen", "60"),
    ("Stuttgart", "Baden-Württemberg", "70"),
]

EMPLOYERS = {
    "US": [
        ("Northwind Logistics", "northwindlogistics.com"),
        ("Brightline Health Systems", "brightlinehs.org"),
        ("Cascade Software", "cascadesoftware.io"),
        ("Redwood Credit Union", "redwoodcu.org"),
    ],
    "SG": [
        ("Merlion Capital", "merlioncapital.com.sg"),
        ("Straits Shipping", "straitsshipping.sg"),
        ("Kopi Labs", "kopilabs.sg"),
    ],
    "DE": [
        ("Helios Energie GmbH", "helios-energie.de"),
        ("Rheinwerk Maschinenbau AG", "rheinwerk-mb.de"),
        ("Spreeblick Media GmbH", "spreeblick-media.de"),
    ],
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"],
    "SG": ["gmail.com", "yahoo.com.sg", "hotmail.com", "singnet.com.sg", "outlook.sg"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
}
LOCALES = {
    "US": ["en-US", "es-US"],
    "SG": ["en-SG", "zh-SG", "en-GB", "ms-SG"],
    "DE": ["de-DE", "en-DE", "tr-DE"],
}
TZ = {
    "US": ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"],
    "SG": ["Asia/Singapore"],
    "DE": ["Europe/Berlin"],
}
SEXES = ["female", "male", "non-binary", "prefer_not_to_say"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("\u0131", "i").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class Person:
    def __init__(self, f: "W", cc: str):
        r = f.r
        self.cc = cc
        if cc == "SG":
            self.first, self.last, fmt = f.pick(SG_NAMES)
            self.full = fmt.format(g=self.first, l=self.last)
        elif cc == "DE":
            self.first, self.last = f.pick(DE_FIRST), f.pick(DE_LAST)
            self.full = f"{self.first} {self.last}"
        else:
            self.first, self.last = f.pick(US_FIRST), f.pick(US_LAST)
            self.full = f"{self.first} {self.last}"
        a, b = ascii_fold(self.first), ascii_fold(self.last)
        user = f.pick([f"{a}.{b}", f"{a}{b}{r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{r.randint(70, 99)}"])
        self.email = f"{user}@{f.pick(MAIL[cc])}"
        self.phone = f.phone_cc(cc)
        self.dob = f.date(1959, 2004)
        if cc == "SG":
            self.street = f"Blk {r.randint(101, 999)} {f.pick(SG_STREETS)}"
            self.unit = f"#{r.randint(2, 25):02d}-{r.randint(10, 1500)}"
            self.city, self.state, self.zip = (
                "Singapore",
                "",
                f"{r.randint(10, 82):02d}{r.randint(0, 9999):04d}",
            )
            self.lat, self.lon = round(r.uniform(1.28, 1.45), 6), round(r.uniform(103.65, 103.98), 6)
        elif cc == "DE":
            self.street = f"{f.pick(DE_STREETS)} {r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"
            self.unit = f.pick(["2. OG links", "Hinterhaus", "3. OG", "c/o Weber", "Whg. 12"])
            self.city, self.state, prefix = f.pick(DE_CITIES)
            self.zip = f"{prefix}{r.randint(100, 999)}"
            self.lat, self.lon = round(r.uniform(47.6, 54.7), 6), round(r.uniform(6.1, 14.9), 6)
        else:
            self.street = f"{r.randint(10, 9899)} {f.pick(US_STREETS)}"
            self.unit = f.pick(["Apt 4B", "Unit 12", "#305", "Apt 2", "Suite 210"])
            self.city, self.state = f.pick(US_CITIES)
            self.zip = f"{r.randint(10001, 98999):05d}"
            self.lat, self.lon = round(r.uniform(29.5, 47.6), 6), round(r.uniform(-122.4, -73.8), 6)


class W(Fake):
    """Fake with a country (`cc`), an employer and a current person (`me`) per message."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.new_message("US")

    def new_message(self, cc: str) -> None:
        self.cc = cc
        self.me = Person(self, cc)
        name, domain = self.pick(EMPLOYERS[cc])
        self.emp_name, self.emp_domain = name, domain
        self.emp_slug = domain.split(".")[0]
        self.me.work_email = f"{ascii_fold(self.me.first)}.{ascii_fold(self.me.last)}@{domain}"

    def other(self, cc: str | None = None) -> Person:
        return Person(self, cc or self.cc)

    def phone_cc(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        r = self.r
        if cc == "SG":
            head, tail = f"{self.pick(['8', '9'])}{r.randint(100, 999)}", f"{r.randint(0, 9999):04d}"
            return self.pick([f"+65 {head} {tail}", f"{head}{tail}", f"+65{head}{tail}", f"{head} {tail}"])
        if cc == "DE":
            mobile = f"{self.pick(['151', '160', '170', '176', '152'])}"
            rest = f"{r.randint(1000000, 99999999)}"
            return self.pick(
                [
                    f"+49 {mobile} {rest}",
                    f"0{mobile} {rest}",
                    f"+49{mobile}{rest}",
                    f"030 {r.randint(2000000, 99999999)}",
                    f"+49 (0)89 {r.randint(100000, 9999999)}",
                ]
            )
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def dob_de(self) -> str:
        return f"{self.r.randint(1, 28):02d}.{self.r.randint(1, 12):02d}.{self.r.randint(1959, 2004)}"

    def nric(self) -> str:
        prefix = self.pick(["S", "T", "F", "G"])
        digits = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
        total += 4 if prefix in "TG" else 0
        table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
        return prefix + "".join(map(str, digits)) + table[total % 11]

    def steuer_id(self) -> str:
        while True:
            chosen = self.r.sample(range(10), 9)
            digits = [*chosen, self.pick(chosen)]
            self.r.shuffle(digits)
            if digits[0] != 0:
                break
        product = 10
        for d in digits:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        return "".join(map(str, digits)) + str(check)

    def sv_nummer(self, last: str) -> str:
        area = self.pick(["12", "13", "15", "23", "28", "40", "53", "65"])
        born = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(60, 99):02d}"
        letter = (ascii_fold(last)[:1] or "m").upper()
        serial = f"{self.r.randint(0, 99):02d}"
        digits = area + born + f"{ord(letter) - 64:02d}" + serial
        total = 0
        for d, w in zip(digits, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1], strict=True):
            p = int(d) * w
            total += p // 10 + p % 10
        number = f"{area}{born}{letter}{serial}{total % 10}"
        return self.pick([number, f"{area} {born} {letter} {serial}{total % 10}"])

    def de_passport(self) -> str:
        return "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))

    def national_id(self) -> str:
        if self.cc == "SG":
            return self.nric()
        if self.cc == "DE":
            return self.steuer_id()
        return self.ssn()

    def bank_account(self) -> str:
        if self.cc == "DE":
            return self.iban("DE")
        if self.cc == "SG":
            return self.pick([f"{self.digits(3)}-{self.digits(6)}-{self.digits(1)}", self.digits(10)])
        return self.digits(self.pick([9, 10, 12]))

    def routing(self) -> str:
        if self.cc == "DE":
            return self.pick(["COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "GENODEF1M04"])
        if self.cc == "SG":
            return self.pick(["DBSSSGSG", "OCBCSGSG", "UOVBSGSG"])
        return self.pick(["021000021", "026009593", "121000248", "111000025", "322271627"])

    def zip_cc(self) -> str:
        return self.other().zip

    def geo(self) -> tuple[float, float]:
        p = self.other()
        return p.lat, p.lon

    def counsellor(self) -> str:
        p = self.other()
        title = {
            "US": ["Dr.", "", "", ""],
            "SG": ["Dr", "", "Ms", "Mr"],
            "DE": ["Dr.", "Dipl.-Psych.", "", ""],
        }
        return (self.pick(title[self.cc]) + " " + p.full).strip()

    def ts(self) -> str:
        return self.iso()


def c(*choices):
    """A green leaf picked from fixed choices."""
    return G(lambda f: f.pick(list(choices)))


def gid(prefix: str = "", n: int = 8):
    return G(lambda f: prefix + f.digits(n))


def guid():
    return G(lambda f: f.uuid())


def gts():
    return G(lambda f: f.iso())


def count(lo=0, hi=20):
    return G(lambda f: f.r.randint(lo, hi))


def flag():
    return G(lambda f: f.pick([True, False]))


def money(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def me_name():
    return Y(lambda f: f.me.full, "name")


def cur():
    return G(lambda f: {"US": "USD", "SG": "SGD", "DE": "EUR"}[f.cc])


def cc_loc():
    return G(lambda f: f.pick(LOCALES[f.cc]))


def cc_tz():
    return G(lambda f: f.pick(TZ[f.cc]))


def country():
    return G(lambda f: f.pick([f.cc, {"US": "United States", "SG": "Singapore", "DE": "Germany"}[f.cc]]))


# -- contexts ---------------------------------------------------------------------------------------


def web_context(site: str, paths: list[str], titles: list[str]):
    def page_path(f):
        return f.pick(paths)

    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": c("npm:next-1.66.0", "next-1.70.0")},
        "page": {
            "path": G(page_path),
            "referrer": c(
                "", "https://www.google.com/", "https://intranet.helios-energie.de/", "https://t.co/x8"
            ),
            "search": c("", "?utm_source=benefits_portal&utm_medium=referral", "?ref=email"),
            "title": c(*titles),
            "url": G(lambda f: f"https://{site}{f.pick(paths)}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": c("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": c("124", "99", "123"),
                },
                3,
            ),
            "mobile": flag(),
            "platform": c("macOS", "Windows", "Android", "Linux"),
        },
        "locale": cc_loc(),
        "timezone": cc_tz(),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": c("open_enrolment_2024", "mental_health_month", "welcome_series"),
            "source": c("benefits_portal", "newsletter", "slack", "intranet"),
            "medium": c("referral", "email", "qr"),
            "content": c("hero_button", "footer_link", "poster_b"),
        },
    }


EMPLOYEE_WEB = web_context(
    "app.stillwater.example",
    ["/", "/book", "/assessments/check-in", "/checkout", "/profile", "/resources"],
    ["Stillwater", "Book a session | Stillwater", "Check-in | Stillwater", "Your profile | Stillwater"],
)
HR_WEB = web_context(
    "hr.stillwater.example",
    ["/dashboards/utilization", "/employees", "/referrals/new", "/reports", "/settings/eligibility"],
    ["HR Dashboard | Stillwater for Employers", "Reports | Stillwater for Employers"],
)


def app_block(name: str, namespace: str):
    return {
        "name": G(lambda f: name),
        "version": c("4.18.0", "4.18.2", "4.19.0"),
        "build": c("41800", "41802", "41900"),
        "namespace": G(lambda f: namespace),
    }


SWIFT = {
    "app": app_block("Stillwater", "com.stillwater.ios"),
    "device": {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": c("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"),
        "name": c("iPhone", "iPad"),
        "type": G(lambda f: "ios"),
    },
    "library": {"name": G(lambda f: "analytics-swift"), "version": c("1.5.9", "1.5.11")},
    "instanceId": guid(),
    "locale": cc_loc(),
    "network": {"cellular": flag(), "wifi": flag()},
    "os": {"name": c("iOS", "iPadOS"), "version": c("17.4.1", "17.5", "16.7.8")},
    "screen": {"width": c(390, 393, 430, 820), "height": c(844, 852, 932, 1180)},
    "timezone": cc_tz(),
}

KOTLIN = {
    "app": app_block("Stillwater", "com.stillwater.android"),
    "device": {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": c("samsung", "Google", "Xiaomi", "OnePlus"),
        "model": c("SM-S918B", "Pixel 8", "2201116SG", "CPH2449"),
        "name": c("dm3q", "shiba", "veux", "OP5552L1"),
        "type": G(lambda f: "android"),
        "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        "adTrackingEnabled": flag(),
    },
    "library": {"name": G(lambda f: "analytics-kotlin"), "version": c("1.15.0", "1.16.3")},
    "instanceId": guid(),
    "locale": cc_loc(),
    "network": {
        "wifi": flag(),
        "cellular": flag(),
        "carrier": c("Singtel", "Telekom.de", "T-Mobile", "StarHub", "Vodafone.de", "Verizon"),
    },
    "os": {"name": G(lambda f: "Android"), "version": c("14", "13", "12")},
    "screen": {"density": c(2.625, 3.0, 2.75), "width": c(1080, 1440), "height": c(2340, 2400, 3088)},
    "timezone": cc_tz(),
    "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
    "traits": {"anonymousId": guid(), "userId": G(lambda f: "usr_" + f.hexid(12))},
}

RN = {
    "app": app_block("Stillwater", "com.stillwater.rn"),
    "device": {
        "id": guid(),
        "manufacturer": c("Apple", "samsung", "Google"),
        "model": c("iPhone14,7", "SM-A546E", "Pixel 7a"),
        "name": c("iPhone", "a54x", "lynx"),
        "type": c("ios", "android"),
    },
    "library": {"name": G(lambda f: "analytics-react-native"), "version": c("2.19.2", "2.20.0")},
    "instanceId": guid(),
    "locale": cc_loc(),
    "network": {"cellular": flag(), "wifi": flag()},
    "os": {"name": c("iOS", "Android"), "version": c("17.4", "14", "13")},
    "screen": {"width": c(390, 412), "height": c(844, 915)},
    "timezone": cc_tz(),
    "traits": {
        "email": Y(lambda f: f.me.email, "email"),
        "firstName": Y(lambda f: f.me.first, "name"),
        "employerId": G(lambda f: "emp_" + f.emp_slug),
    },
}

FLUTTER = {
    "app": app_block("Stillwater", "sg.stillwater.app"),
    "device": {
        "id": guid(),
        "manufacturer": c("Apple", "samsung", "OPPO"),
        "model": c("iPhone13,2", "SM-G991B", "CPH2387"),
        "name": c("iPhone", "o1s", "OP5759L1"),
        "type": c("ios", "android"),
    },
    "library": {"name": G(lambda f: "analytics-flutter"), "version": c("1.1.4", "1.1.7")},
    "locale": cc_loc(),
    "network": {"cellular": flag(), "wifi": flag()},
    "os": {"name": c("iOS", "Android"), "version": c("17.2", "14")},
    "screen": {"width": c(390, 1080), "height": c(844, 2400)},
    "timezone": cc_tz(),
}

SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.2",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server(lib: str, ip: bool = False, ua: bool = False, locale: bool = False):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}
    }
    if ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if ua:
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if locale:
        ctx["locale"] = cc_loc()
    return ctx


CONTEXTS = {
    "web": EMPLOYEE_WEB,
    "hr": HR_WEB,
    "swift": SWIFT,
    "kotlin": KOTLIN,
    "rn": RN,
    "flutter": FLUTTER,
    "python": server("analytics-python", ip=True),
    "node": server("@segment/analytics-node", ip=True, ua=True),
    "go": server("analytics-go"),
    "java": server("analytics-java", locale=True),
    "ruby": server("analytics-ruby"),
    "php": server("analytics-php"),
    "dotnet": server("Analytics.NET"),
}

# -- value pools ------------------------------------------------------------------------------------

JOB_TITLES = [
    "Warehouse Associate",
    "Software Engineer",
    "HR Business Partner",
    "Nurse Manager",
    "Relationship Manager",
    "Teamleiterin Vertrieb",
    "Maschinenführer",
    "Data Analyst",
    "Operations Executive",
    "Loan Officer",
]
DEPARTMENTS = [
    "Operations",
    "Engineering",
    "People",
    "Finance",
    "Sales",
    "Customer Care",
    "Logistik",
    "Produktion",
]
PRESENTING = [
    "anxiety",
    "low mood",
    "burnout",
    "grief and loss",
    "relationship difficulties",
    "work stress",
    "sleep problems",
    "alcohol use",
    "panic attacks",
    "postnatal depression",
]
ICD10 = ["F41.1", "F32.1", "F43.21", "F43.10", "Z56.6", "F10.10", "F51.01", "F33.0", "Z63.4"]
MEDS = [
    "sertraline 50 mg",
    "escitalopram 10 mg",
    "bupropion XL 150 mg",
    "quetiapine 25 mg",
    "zolpidem 5 mg",
    "Citalopram 20 mg",
    "none reported",
]
PREVIEWS = [
    "Thanks, see you Thursday!",
    "Can we move to 4pm?",
    "I tried the breathing exercise",
    "Running 5 min late, sorry",
    "ok",
    "Danke, bis nächste Woche",
    "Sounds good 👍",
]


def sms_body(f: W) -> str:
    first = f.me.first
    return f.pick(
        [
            f"Hi {first}, your Stillwater session is tomorrow at {f.r.randint(8, 18)}:00. "
            "Reply C to confirm.",
            f"{first}, reminder: video session in 1 hour. Join: https://stw.example/j/{f.hexid(6)}",
            f"Hallo {first}, Ihr Termin morgen um {f.r.randint(8, 18)}:30 Uhr ist bestätigt.",
            f"Hi {first}! Your coach is ready for you. Open the app to start.",
        ]
    )


def booking_note(f: W) -> str:
    phone = f.phone_cc()
    return f.pick(
        [
            f"Please call my mobile {phone} rather than my work line",
            f"Best reached on {phone} after 6pm",
            f"Bitte nur unter {phone} anrufen, nicht im Büro",
            f"Text first: {phone}",
            f"I'd prefer phone, {phone}",
        ]
    )


def trigger(f: W) -> str:
    return f.pick(
        [
            "want to end it all",
            "kill myself",
            "hurt myself",
            "no reason to live",
            "nicht mehr leben",
            "overdose",
            "suicidal",
            "cutting again",
        ]
    )


def contact_label(f: W) -> str:
    p = f.other()
    return f.pick(
        [
            p.full,
            f"{p.full} ({f.pick(['Mum', 'Husband', 'Wife', 'Partner', 'Dad', 'Sister'])})",
            f"{p.first} {p.last[0]}.",
        ]
    )


def lookup_query(f: W) -> str:
    p = f.other()
    return f.pick([p.full, p.last, f"{p.first.lower()} {p.last[:3].lower()}", p.full.upper()])


def profile_value(f: W) -> str:
    return f.pick([f.me.email, f.phone_cc(), f.other().email])


def cal(f: W) -> str:
    return f.iso()


# -- events -----------------------------------------------------------------------------------------
# (kind, event or screen/page name, clients, fixed country or None, body)

EVENTS: list[tuple[str, str | None, list[str], str | None, dict]] = [
    # -- employers and eligibility ------------------------------------------------------------------
    (
        "group",
        None,
        ["hr", "python"],
        None,
        {
            "name": G(lambda f: f.emp_name),
            "industry": c(
                "Logistics", "Healthcare", "Software", "Financial Services", "Manufacturing", "Media"
            ),
            "employees": count(80, 12000),
            "plan": c("eap_core", "eap_plus", "wellbeing_suite"),
            "website": G(lambda f: "https://www." + f.emp_domain),
            "createdAt": gts(),
            "mainPhone": c("+1 512 555 0142", "+65 6123 4500", "+49 30 2345670", "+1 (614) 555-0199"),
            "billingEmail": G(
                lambda f: f.pick(["benefits", "ap", "hr-ops", "invoices"]) + "@" + f.emp_domain
            ),
            "headquarters": {
                "city": c("Austin", "Singapore", "Berlin", "Columbus", "Köln"),
                "country": country(),
            },
            "registrationNumber": c("47-3920187", "201934567K", "HRB 184523 B", "83-1029384", "HRB 7781"),
            "hrisProvider": c("Workday", "BambooHR", "Personio", "SAP SuccessFactors", "ADP"),
            "ssoEnabled": flag(),
        },
    ),
    (
        "track",
        "Employer Account Created",
        ["node"],
        None,
        {
            "employer_id": G(lambda f: "emp_" + f.emp_slug),
            "company_name": G(lambda f: f.emp_name),
            "seats_purchased": count(50, 5000),
            "contract_start": G(lambda f: f.date(2024, 2025)),
            "admin": {
                "first_name": Y(lambda f: f.me.first, "name"),
                "last_name": Y(lambda f: f.me.last, "name"),
                "email": Y(lambda f: f.me.work_email, "email"),
                "phone": Y(lambda f: f.me.phone, "phone"),
                "job_title": c("HR Director", "Head of People", "Benefits Manager", "Personalleiterin"),
            },
            "country": country(),
            "sso_provider": c("okta", "azure_ad", "google", "none"),
            "account_executive": Y(lambda f: f.other("US").full, "name"),
        },
    ),
    (
        "track",
        "Eligibility File Uploaded",
        ["python"],
        None,
        {
            "file_id": guid(),
            "file_name": G(lambda f: f"eligibility_{f.emp_slug}_2024-{f.r.randint(1, 12):02d}.csv"),
            "row_count": count(80, 12000),
            "rows_rejected": count(0, 40),
            "sha256": G(lambda f: f.hexid(64)),
            "uploaded_by": Y(lambda f: f.me.work_email, "email", True),
            "sample_rejected_rows": Many(
                {
                    "employee_id": G(lambda f: f.pick(["E", "", "00"]) + f.digits(6)),
                    "first_name": Y(lambda f: f.other().first, "name"),
                    "last_name": Y(lambda f: f.other().last, "name"),
                    "date_of_birth": Y(lambda f: f.date(1959, 2005), "birthdate"),
                    "work_email": Y(lambda f: f.other().email, "email"),
                    "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                    "zip": Y(lambda f: f.zip_cc(), "zipcode"),
                    "reject_reason": c(
                        "duplicate_employee_id", "invalid_dob", "missing_email", "unknown_location"
                    ),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Mitarbeiter Synchronisiert",
        ["java"],
        "DE",
        {
            "personalnummer": gid("", 6),
            "vorname": Y(lambda f: f.me.first, "name"),
            "nachname": Y(lambda f: f.me.last, "name"),
            "geburtsdatum": Y(lambda f: f.dob_de(), "birthdate"),
            "geburtsort": Y(
                lambda f: f.pick(["Berlin", "Istanbul", "Gdańsk", "Leipzig", "Köln", "Kharkiv", "Bukarest"]),
                "city",
            ),
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "türkisch", "polnisch", "ukrainisch", "rumänisch"]),
                "citizenship",
            ),
            "telefon_privat": Y(lambda f: f.me.phone, "phone"),
            "geschlecht": Y(lambda f: f.pick(["m", "w", "d"]), "gender|sex"),
            "anschrift": {
                "strasse": Y(lambda f: f.me.street.rsplit(" ", 1)[0], "street|address"),
                "hausnummer": Y(lambda f: f.me.street.rsplit(" ", 1)[1], "address"),
                "plz": Y(lambda f: f.me.zip, "zipcode"),
                "ort": Y(lambda f: f.me.city, "city"),
                "land": c("DE", "Deutschland"),
            },
            "bundesland": G(lambda f: f.me.state),
            "eintrittsdatum": G(lambda f: f.date(2005, 2024)),
            "abteilung": c(*DEPARTMENTS),
            "kostenstelle": G(lambda f: "KST-" + f.digits(4)),
            "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
            "sozialversicherungsnummer": RED(lambda f: f.sv_nummer(f.me.last), "national id"),
            "krankenkasse": c(
                "Techniker Krankenkasse", "AOK Nordost", "BARMER", "DAK-Gesundheit", "IKK classic"
            ),
            "konfession": Y(lambda f: f.pick(["ev", "rk", "--", "ak"]), "religion"),
            "familienstand": c("ledig", "verheiratet", "geschieden", "verwitwet"),
            "steuerklasse": c(1, 2, 3, 4, 5),
            "bruttogehalt_monat": Y(lambda f: f.money(2400, 9800), "salary"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(lambda f: f.routing()),
            "schwerbehindert": RED(lambda f: f.pick([True, False, False]), "disability"),
            "gewerkschaft_mitglied": Y(lambda f: f.pick([True, False]), "trade union"),
        },
    ),
    (
        "track",
        "Eligibility Check Completed",
        ["web", "rn"],
        None,
        {
            "eligibility_status": c("eligible", "not_found", "needs_review"),
            "match_method": c("work_email", "employee_id", "dob_zip", "access_code"),
            "employer_slug": G(lambda f: f.emp_slug),
            "work_email": Y(lambda f: f.me.work_email, "email"),
            "personal_email": Y(lambda f: f.me.email, "email"),
            "dob": Y(lambda f: f.me.dob, "birthdate"),
            "zip_code": Y(lambda f: f.me.zip, "zipcode"),
            "attempt": count(1, 4),
            "email_domain": G(lambda f: f.emp_domain),
        },
    ),
    (
        "track",
        "Payroll Export Row Synced",
        ["python"],
        None,
        {
            "EMPLOYEE_ID": gid("", 7),
            "WORK_EMAIL": Y(lambda f: f.me.work_email, "email"),
            "FIRST_NAME": Y(lambda f: f.me.first, "name"),
            "LAST_NAME": Y(lambda f: f.me.last, "name"),
            "HIRE_DATE": G(lambda f: f.date(2008, 2024)),
            "TERMINATION_DATE": G(lambda f: f.pick([None, None, f.date(2024, 2024)])),
            "COST_CENTER": G(lambda f: "CC" + f.digits(4)),
            "BASE_SALARY": Y(lambda f: f.r.randint(38, 190) * 1000, "salary"),
            "SALARY_CURRENCY": cur(),
            "TAX_ID": RED(lambda f: f.national_id(), "national id|social security number"),
            "BANK_ACCOUNT": RED(lambda f: f.bank_account(), "bank account"),
            "UNION_MEMBER": Y(lambda f: f.pick([True, False]), "trade union"),
            "LOADED_AT": gts(),
            "ROW_HASH": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Payroll Sync Completed",
        ["dotnet"],
        "US",
        {
            "AssociateOID": G(lambda f: "G3" + f.hexid(14).upper()),
            "EmployeeGuid": G(lambda f: f.uuid()),
            "GivenName": Y(lambda f: f.me.first, "name"),
            "FamilyName": Y(lambda f: f.me.last, "name"),
            "BirthDate": Y(lambda f: f.me.dob + "T00:00:00", "birthdate"),
            "GenderCode": Y(lambda f: f.pick(["F", "M", "X"]), "gender|sex"),
            "EthnicityCode": Y(
                lambda f: f.pick(
                    ["Hispanic or Latino", "Black or African American", "Asian", "White", "Two or More Races"]
                ),
                "ethnicity|race",
            ),
            "VeteranStatusCode": RED(
                lambda f: f.pick(
                    ["Not a Protected Veteran", "Protected Veteran", "Declined to Self-Identify"]
                ),
                "veteran",
            ),
            "PayRate": Y(lambda f: f.money(16, 95), "salary"),
            "PayFrequency": c("Biweekly", "Semimonthly", "Weekly"),
            "WorkLocationCity": c("Austin", "Columbus", "Memphis", "Reno"),
            "HomeZip": Y(lambda f: f.me.zip, "zipcode"),
            "WorkPhone": Y(lambda f: f.phone_cc("US"), "phone"),
            "PersonalEmail": Y(lambda f: f.me.email, "email"),
            "DisabilityStatus": RED(
                lambda f: f.pick(
                    ["No, I do not have a disability", "Yes, I have a disability", "I do not want to answer"]
                ),
                "disability",
            ),
            "TaxIdLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "SyncedUtc": gts(),
            "RecordsChanged": count(0, 30),
        },
    ),
    (
        "track",
        "Payroll Deduction Created",
        ["php"],
        "US",
        {
            "deduction_id": G(lambda f: "ded_" + f.hexid(10)),
            "employee_number": gid("", 6),
            "pay_group": c("BW-HOURLY", "SM-SALARY"),
            "amount": money(5, 120),
            "currency": G(lambda f: "USD"),
            "pay_period_end": G(lambda f: f.date(2024, 2024)),
            "benefit_code": c("EAPPLUS", "COACH5", "FINWELL"),
            "annual_salary": Y(lambda f: f.r.randint(32, 210) * 1000, "salary"),
            "hourly_rate": Y(lambda f: f.money(15, 80), "salary"),
            "bank_routing_number": G(lambda f: f.routing()),
            "bank_account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_type": c("checking", "savings"),
            "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
            "w4_filing_status": c("single", "married_filing_jointly", "head_of_household"),
            "state_tax_code": c("TX", "OH", "CA", "NY", "WA"),
        },
    ),
    # -- employees -----------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        None,
        {
            "email": Y(lambda f: f.me.email, "email"),
            "firstName": Y(lambda f: f.me.first, "name"),
            "lastName": Y(lambda f: f.me.last, "name"),
            "preferredName": Y(lambda f: f.me.first.split()[0], "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "sie/ihr"]), "gender"),
            "phone": Y(lambda f: f.me.phone, "phone"),
            "birthday": Y(lambda f: f.me.dob, "birthdate"),
            "ageBand": c("18-24", "25-34", "35-44", "45-54", "55+"),
            "employerId": G(lambda f: "emp_" + f.emp_slug),
            "employerName": G(lambda f: f.emp_name),
            "department": c(*DEPARTMENTS),
            "jobTitle": c(*JOB_TITLES),
            "officeLocation": c("Austin TX", "Singapore - Marina One", "Berlin HQ", "Köln Werk 2", "Remote"),
            "country": country(),
            "createdAt": gts(),
            "eligibilityType": c("employee", "dependant", "contractor"),
            "isManager": flag(),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "smsOptIn": flag(),
            "emergencyContactPhone": Y(lambda f: f.phone_cc(), "phone"),
            "avatarUrl": Y(lambda f: f"https://cdn.stillwater.example/avatars/{f.hexid(20)}.jpg", "photo"),
            "homeAddress": {
                "street": Y(lambda f: f.me.street, "street|address"),
                "city": Y(lambda f: f.me.city, "city"),
                "postalCode": Y(lambda f: f.me.zip, "zipcode"),
                "state": G(lambda f: f.me.state),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        "SG",
        {
            "fullName": me_name(),
            "nric": RED(lambda f: f.nric(), "national id"),
            "mobileNumber": Y(lambda f: f.me.phone, "phone"),
            "emailAddress": Y(lambda f: f.me.email, "email"),
            "dateOfBirth": Y(lambda f: "/".join(reversed(f.me.dob.split("-"))), "birthdate"),
            "race": Y(
                lambda f: f.pick(["Chinese", "Malay", "Indian", "Eurasian", "Others"]), "race|ethnicity"
            ),
            "residencyStatus": RED(
                lambda f: f.pick(
                    ["Citizen", "Permanent Resident", "Employment Pass", "S Pass", "Dependant's Pass"]
                ),
                "visa|citizenship",
            ),
            "blockStreet": Y(lambda f: f.me.street, "address|street"),
            "unitNumber": Y(lambda f: f.me.unit, "address"),
            "postalCode": Y(lambda f: f.me.zip, "zipcode"),
            "preferredLanguage": c("English", "Mandarin", "Malay", "Tamil"),
            "employer": G(lambda f: f.emp_name),
            "maritalStatus": c("single", "married", "divorced", "widowed"),
            "nokName": Y(lambda f: f.other().full, "name"),
            "nokContact": Y(lambda f: f.phone_cc(), "phone"),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web", "kotlin"],
        None,
        {
            "dependant_id": guid(),
            "relationship": c("spouse", "child", "domestic_partner", "parent"),
            "dependant_first_name": Y(lambda f: f.other().first, "name"),
            "dependant_last_name": Y(lambda f: f.me.last, "name"),
            "dependant_dob": Y(lambda f: f.date(1960, 2022), "birthdate"),
            "dependant_gender": Y(lambda f: f.pick(["female", "male", "diverse", "unspecified"]), "gender"),
            "dependant_email": Y(lambda f: f.other().email, "email"),
            "lives_in_household": flag(),
            "is_minor": flag(),
            "invite_sent": flag(),
            "dependant_age": count(1, 70),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        ["web", "swift"],
        None,
        {
            "field": c("personal_email", "mobile_phone", "recovery_contact"),
            "value": Y(profile_value, "phone|email", True),
            "previous_value_present": flag(),
            "source": c("profile_page", "onboarding", "support_agent"),
        },
    ),
    (
        "track",
        "Emergency Contact Selected",
        ["kotlin", "swift"],
        None,
        {
            "contact_source": c("phonebook", "manual"),
            "label": Y(contact_label, "name", True),
            "has_phone": flag(),
            "has_email": flag(),
            "contact_count": count(1, 3),
        },
    ),
    # -- self-assessments -----------------------------------------------------------------------
    (
        "track",
        "Check-in Assessment Completed",
        ["swift", "kotlin", "rn", "flutter"],
        None,
        {
            "assessment_id": guid(),
            "assessment_version": c("2024.03", "2024.07"),
            "anonymous": flag(),
            "questions_answered": count(9, 16),
            "duration_seconds": count(60, 900),
            "phq9_score": Y(lambda f: f.r.randint(0, 27), "condition"),
            "gad7_score": Y(lambda f: f.r.randint(0, 21), "condition"),
            "severity_band": Y(
                lambda f: f.pick(["minimal", "mild", "moderate", "moderately severe", "severe"]), "condition"
            ),
            "item9_positive": Y(lambda f: f.pick([True, False, False, False]), "condition"),
            "stress_level": count(0, 10),
            "sleep_hours": G(lambda f: f.pick([4.5, 5, 6, 6.5, 7, 7.5, 8, 9])),
            "mood_rating": count(1, 5),
        },
    ),
    (
        "track",
        "Mood Logged",
        ["rn", "flutter"],
        None,
        {
            "mood_rating": count(1, 5),
            "mood_label": c("great", "good", "okay", "low", "awful"),
            "tags": Many(c("work", "family", "sleep", "exercise", "money", "weather"), 3),
            "comment": c(
                "Long day",
                "Felt better after a walk",
                "Deadline week",
                "",
                "Slept badly",
                "Good run this morning",
            ),
            "logged_at": gts(),
            "streak_days": count(0, 60),
            "reminder_enabled": flag(),
        },
    ),
    # -- counsellors and booking ----------------------------------------------------------------
    (
        "track",
        "Counsellor Search Performed",
        ["web", "rn"],
        None,
        {
            "topic": c(
                "workplace stress", "relationships", "grief", "parenting", "financial", "legal", "career"
            ),
            "language": c("English", "Deutsch", "Mandarin", "Spanish", "Malay", "Tamil", "Türkçe"),
            "provider_gender_preference": c("no_preference", "female", "male"),
            "session_format": c("video", "phone", "in_person", "chat"),
            "results_count": count(0, 60),
            "search_area": c(
                "Tampines", "Brooklyn", "Berlin-Kreuzberg", "Jurong East", "Schwabing", "Downtown Austin"
            ),
            "page": count(1, 4),
        },
    ),
    (
        "track",
        "Counsellor Profile Viewed",
        ["swift", "kotlin", "web"],
        None,
        {
            "counsellor_id": G(lambda f: "cns_" + f.hexid(8)),
            "counsellor_name": Y(lambda f: f.counsellor(), "name"),
            "credentials": c(
                "LCSW", "LPC", "PsyD", "Psychologische Psychotherapeutin", "MSocSci (Counselling)", "ICF PCC"
            ),
            "years_experience": count(2, 30),
            "languages": Many(c("English", "Deutsch", "Mandarin", "Spanish", "Malay", "Hokkien"), 3),
            "rating_avg": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
            "list_position": count(1, 20),
            "photo_url": Y(lambda f: f"https://cdn.stillwater.example/providers/{f.hexid(12)}.jpg", "photo"),
            "accepting_new_clients": flag(),
            "practice_name": c(
                "Harbor Counseling Group",
                "Praxis am Kollwitzplatz",
                "Mind Matters Clinic",
                "Tanglin Psychology",
            ),
            "practice_city": c("Austin", "Berlin", "Singapore", "Seattle", "Hamburg"),
        },
    ),
    (
        "track",
        "Session Booked",
        ["kotlin", "swift", "rn", "web"],
        None,
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "counsellor_id": G(lambda f: "cns_" + f.hexid(8)),
            "provider_type": c("counsellor", "coach", "psychologist", "financial_coach", "legal_advisor"),
            "session_format": c("video", "phone", "in_person", "chat"),
            "scheduled_start": gts(),
            "duration_minutes": c(30, 50, 60),
            "timezone": cc_tz(),
            "presenting_issue": Y(lambda f: f.pick(PRESENTING), "condition"),
            "is_first_session": flag(),
            "sessions_remaining": count(0, 10),
            "covered_by_employer": flag(),
            "copay_amount": G(lambda f: f.pick([0, 0, 25, 40])),
            "currency": cur(),
            "booking_channel": c("app", "web", "phone_intake"),
            "interpreter_language": c(None, "Spanish", "Malay", "Turkish", "Arabic"),
            "emergency_contact": {
                "name": Y(lambda f: f.other().full, "name"),
                "phone": Y(lambda f: f.phone_cc(), "phone"),
                "relationship": c("spouse", "parent", "friend", "sibling", "partner"),
            },
        },
    ),
    (
        "track",
        "Booking Note Added",
        ["web", "rn"],
        None,
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "note": Y(booking_note, "phone", True),
            "note_length": count(20, 80),
            "visible_to_counsellor": flag(),
        },
    ),
    (
        "track",
        "Booking Widget Submitted",
        ["web"],
        None,
        {
            "booking-id": G(lambda f: "bk_" + f.hexid(12)),
            "counsellor-slug": c("dr-sarah-whitfield", "katrin-vogel", "nurul-huda", "marcus-lee"),
            "slot-start": gts(),
            "slot-end": gts(),
            "client-name": me_name(),
            "client-email": Y(lambda f: f.me.email, "email"),
            "client-phone": Y(lambda f: f.me.phone, "phone"),
            "time-zone": cc_tz(),
            "reschedule-url": G(lambda f: "https://book.stillwater.example/reschedule/" + f.uuid()),
            "utm-source": c("intranet", "benefits_portal", "qr_poster"),
            "widget-version": c("3.2.0", "3.3.1"),
            "consent-given": G(lambda f: True),
        },
    ),
    (
        "track",
        "Termin Gebucht",
        ["java"],
        "DE",
        {
            "termin_id": gid("T", 8),
            "berater_id": gid("B", 5),
            "berater_name": Y(lambda f: f.counsellor(), "name"),
            "klient": {
                "vorname": Y(lambda f: f.me.first, "name"),
                "nachname": Y(lambda f: f.me.last, "name"),
                "e_mail": Y(lambda f: f.me.email, "email"),
                "telefon": Y(lambda f: f.me.phone, "phone"),
            },
            "anliegen": Y(
                lambda f: f.pick(
                    [
                        "Stress am Arbeitsplatz",
                        "Trauer",
                        "Schlafprobleme",
                        "Angst",
                        "Erschöpfung",
                        "Suchtproblematik",
                    ]
                ),
                "condition",
            ),
            "terminart": c("Video", "Telefon", "Präsenz"),
            "beginn": gts(),
            "dauer_minuten": c(50, 60),
            "standort": c("Praxis Berlin-Mitte", "Beratungsstelle Köln", "online"),
            "sprache": c("de", "en", "tr"),
            "erstgespraech": flag(),
            "kostenuebernahme_arbeitgeber": flag(),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        None,
        {
            "product_id": G(lambda f: "prod_" + f.hexid(10)),
            "sku": c("COACH-5PK", "COACH-10PK", "FIN-3PK", "SLEEP-COURSE"),
            "name": c(
                "Coaching 5-Pack", "Coaching 10-Pack", "Financial Coaching 3 Sessions", "Better Sleep Course"
            ),
            "category": c("coaching", "courses"),
            "price": money(49, 890),
            "currency": cur(),
            "url": G(
                lambda f: "https://app.stillwater.example/store/" + f.pick(["coach-5", "coach-10", "sleep"])
            ),
            "image_url": G(lambda f: f"https://cdn.stillwater.example/store/{f.hexid(8)}.png"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        None,
        {
            "checkout_id": guid(),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "payment_method_type": c("card", "paynow", "sepa_debit"),
            "card_bin": c("424242", "555555", "400011", "371449"),
            "card_exp_month": count(1, 12),
            "card_exp_year": count(2025, 2031),
            "hsa_fsa_card": flag(),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "cardholder_name": Y(lambda f: f.me.full.upper(), "name"),
            "save_card": flag(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": guid(),
            "total": money(49, 890),
            "subtotal": money(49, 890),
            "tax": money(0, 70),
            "coupon": c("", "WELLBEING20", "EAPFRIEND"),
            "currency": cur(),
            "payment_method": c("card", "apple_pay", "paynow", "sepa_debit"),
            "card_brand": c("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "products": Many(
                {
                    "product_id": G(lambda f: "prod_" + f.hexid(10)),
                    "sku": c("COACH-5PK", "COACH-10PK", "FIN-3PK", "SLEEP-COURSE"),
                    "name": c(
                        "Coaching 5-Pack",
                        "Coaching 10-Pack",
                        "Financial Coaching 3 Sessions",
                        "Better Sleep Course",
                    ),
                    "category": c("coaching", "courses"),
                    "price": money(49, 450),
                    "quantity": count(1, 2),
                },
                2,
            ),
            "billing_address": {
                "name": me_name(),
                "line1": Y(lambda f: f.me.street, "address|street"),
                "line2": Y(lambda f: f.me.unit, "address"),
                "city": Y(lambda f: f.me.city, "city"),
                "postal_code": Y(lambda f: f.me.zip, "zipcode"),
                "country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "track",
        "Employer Invoice Paid",
        ["php"],
        None,
        {
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
            "amount": money(900, 48000),
            "currency": cur(),
            "cardholder_name": me_name(),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "billing_email": G(
                lambda f: f.pick(["ap", "finance", "invoices", "buchhaltung"]) + "@" + f.emp_domain
            ),
        },
    ),
    # -- reminders and sessions -----------------------------------------------------------------
    (
        "track",
        "SMS Reminder Sent",
        ["go"],
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: f.phone("e164") if f.cc == "US" else f.me.phone, "phone", True),
            "From": c("+18885550142", "Stillwater", "+6531580000", "+4915735998000"),
            "SmsStatus": c("queued", "sent", "delivered", "undelivered"),
            "NumSegments": count(1, 3),
            "ErrorCode": c(None, None, 30003, 30005),
            "text": Y(sms_body, "name", True),
            "reminder_type": c("24h", "1h", "coach_ready"),
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Email Event Received",
        ["ruby"],
        None,
        {
            "email": Y(lambda f: f.me.email, "email"),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@ismtpd0{f.r.randint(10, 99)}p1mdw1.sendgrid.net>"),
            "event": c("open", "click"),
            "category": Many(c("session_reminder", "welcome", "newsletter"), 2),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(100, 999)}"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(
                lambda f: "https://app.stillwater.example/" + f.pick(["book", "resources/sleep", "check-in"])
            ),
        },
    ),
    (
        "track",
        "Video Session Joined",
        ["web", "swift"],
        None,
        {
            "session_id": G(lambda f: "ses_" + f.hexid(12)),
            "room_name": G(lambda f: "sw-" + f.hexid(10)),
            "video_provider": c("daily", "zoom", "twilio_video"),
            "participant_role": c("client", "counsellor"),
            "meeting_token": RED(lambda f: f.jwt(), "token"),
            "network_quality": c("good", "low", "very_low"),
            "camera_enabled": flag(),
            "mic_enabled": flag(),
        },
    ),
    (
        "track",
        "Session Note Saved",
        ["python"],
        None,
        {
            "note_id": guid(),
            "session_id": G(lambda f: "ses_" + f.hexid(12)),
            "client_id": G(lambda f: "usr_" + f.hexid(12)),
            "counsellor_id": G(lambda f: "cns_" + f.hexid(8)),
            "note_template": c("SOAP", "DAP", "BIRP"),
            "word_count": count(40, 900),
            "risk_assessment_completed": flag(),
            "diagnosis_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
            "cpt_code": Y(lambda f: f.pick(["90834", "90837", "90791", "90832"]), "procedure"),
            "modality": Y(
                lambda f: f.pick(["CBT", "ACT", "solution-focused", "EMDR", "DBT skills"]), "procedure"
            ),
            "session_number": count(1, 12),
            "signed_at": gts(),
            "billable": flag(),
            "client_case_number": G(lambda f: "EAP-2024-" + f.digits(5)),
        },
    ),
    (
        "track",
        "Case Opened",
        ["dotnet"],
        None,
        {
            "CaseId": guid(),
            "CaseNumber": G(lambda f: "EAP-2024-" + f.digits(5)),
            "ReferralSource": c("Self", "Manager", "HR", "Mandatory", "CriticalIncident"),
            "ClientFirstName": Y(lambda f: f.me.first, "name"),
            "ClientLastName": Y(lambda f: f.me.last, "name"),
            "ClientDateOfBirth": Y(lambda f: f.me.dob + "T00:00:00Z", "birthdate"),
            "ClientPhone": Y(lambda f: f.me.phone, "phone"),
            "PreferredContactMethod": c("Phone", "Email", "Sms"),
            "SafeToLeaveVoicemail": flag(),
            "PresentingConcern": Y(lambda f: f.pick(PRESENTING).title(), "condition"),
            "IntakeCounselorName": Y(lambda f: f.other().full, "name"),
            "EmployerName": G(lambda f: f.emp_name),
            "Relationship": c("Employee", "Spouse", "Child", "DomesticPartner"),
            "CreatedUtc": gts(),
            "Priority": c("Routine", "Urgent", "Emergent"),
            "Language": c("en-US", "de-DE", "zh-SG", "es-US"),
        },
    ),
    (
        "track",
        "Clinical Referral Sent",
        ["python"],
        "US",
        {
            "referral_id": guid(),
            "partner_clinic": c(
                "Lakeside Behavioral Health", "Cedar Psychiatry Associates", "Northside Recovery Center"
            ),
            "partner_clinic_phone": c("+1 (512) 555-0170", "+1 614-555-0133", "+1 206 555 0188"),
            "patient_mrn": RED(lambda f: f.pick(["MRN", "", "E"]) + f.digits(8), "health id"),
            "referral_reason": Y(lambda f: f.pick(PRESENTING), "condition|diagnosis"),
            "urgency": c("routine", "urgent"),
            "insurance_member_id": Y(lambda f: f.pick(["XGH", "ZQB", "W"]) + f.digits(9), "identification"),
            "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "consent_on_file": G(lambda f: True),
            "sent_via": c("direct_secure_messaging", "fax", "portal"),
        },
    ),
    # -- crisis ---------------------------------------------------------------------------------
    (
        "track",
        "Crisis Escalation Triggered",
        ["node"],
        None,
        {
            "escalation_id": guid(),
            "triggered_by": c("phq9_item9", "chat_keyword", "counsellor", "hotline"),
            "risk_level": Y(lambda f: f.pick(["low", "moderate", "high", "imminent"]), "condition"),
            "suicidal_ideation": Y(lambda f: f.pick([True, False]), "condition"),
            "trigger_phrase": Y(trigger, "condition", True),
            "location": {
                "lat": Y(lambda f: f.me.lat, "geolocation"),
                "lng": Y(lambda f: f.me.lon, "geolocation"),
                "accuracy_m": count(5, 1500),
            },
            "dispatch_address": Y(lambda f: f"{f.me.street}, {f.me.unit}, {f.me.city} {f.me.zip}", "address"),
            "callback_number": Y(lambda f: f.me.phone, "phone"),
            "on_call_clinician": Y(lambda f: f.counsellor(), "name"),
            "hotline_number": c("988", "1767", "0800 111 0 111", "+1 888 555 0100"),
            "emergency_services_contacted": flag(),
            "response_time_sec": count(5, 600),
            "case_number": G(lambda f: "EAP-2024-" + f.digits(5)),
            "country": country(),
        },
    ),
    (
        "track",
        "Crisis Line Call Connected",
        ["go"],
        "US",
        {
            "line": c("us_24_7", "us_spanish"),
            "wait_seconds": count(0, 240),
            "answered_by_counsellor_id": G(lambda f: "cns_" + f.hexid(8)),
            "webhook": {
                "CallSid": G(lambda f: "CA" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": Y(lambda f: f.phone("e164"), "phone", True),
                "To": c("+18885550100", "+18885550101"),
                "CallStatus": c("in-progress", "completed", "ringing"),
                "Direction": G(lambda f: "inbound"),
                "CallerCity": Y(lambda f: f.me.city.upper(), "city"),
                "CallerState": G(lambda f: f.me.state),
                "CallerZip": Y(lambda f: f.me.zip, "zipcode"),
                "CallerCountry": G(lambda f: "US"),
                "CallDuration": count(30, 3600),
            },
        },
    ),
    # -- benefits and money -------------------------------------------------------------------------
    (
        "track",
        "Benefit Enrolled",
        ["web", "rn"],
        None,
        {
            "benefit_id": G(lambda f: "ben_" + f.hexid(8)),
            "benefit_name": c(
                "Headspace Premium", "Gym Subsidy", "Financial Coaching", "Urban Sports Club M"
            ),
            "plan_tier": c("basic", "plus", "family"),
            "coverage_level": c("employee_only", "employee_spouse", "family"),
            "effective_date": G(lambda f: f.date(2024, 2025)),
            "monthly_cost": money(0, 80),
            "dependants_count": count(0, 4),
            "insurer_name": c("Aetna", "Cigna", "AIA Singapore", "Great Eastern", "Allianz Private"),
            "insurance_member_id": Y(lambda f: f.pick(["XGH", "ZQB", "W"]) + f.digits(9), "identification"),
            "insurance_group_number": G(lambda f: f.digits(6)),
            "policy_number": Y(lambda f: f.pick(["POL-", "L", "AZ"]) + f.digits(8), "identification"),
        },
    ),
    (
        "track",
        "Reimbursement Requested",
        ["rn", "flutter"],
        None,
        {
            "claim_id": guid(),
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "amount": money(10, 300),
            "currency": cur(),
            "category": c("fitness", "mindfulness_app", "ergonomics", "learning"),
            "merchant_name": c(
                "FitX Berlin", "Anytime Fitness Tampines", "Calm.com", "Planet Fitness", "ActiveSG"
            ),
            "merchant_city": c("Berlin", "Singapore", "San Francisco", "Austin"),
            "description": c(
                "Monthly gym membership", "Annual app subscription", "Standing desk", "Yoga class pack"
            ),
            "receipt_image_url": G(lambda f: f"https://uploads.stillwater.example/receipts/{f.uuid()}.jpg"),
            "payout_account": RED(lambda f: f.bank_account(), "bank account"),
            "payout_bank_code": G(lambda f: f.routing()),
        },
    ),
    (
        "track",
        "Financial Check-in Completed",
        ["web", "rn"],
        None,
        {
            "credit_score": Y(lambda f: f.r.randint(480, 840), "credit score"),
            "monthly_take_home": Y(lambda f: f.r.randint(18, 95) * 100, "salary"),
            "debt_types": Many(c("credit_card", "student_loan", "car_loan", "bnpl", "none"), 2),
            "savings_goal_amount": money(500, 20000),
            "emergency_fund_months": count(0, 6),
            "coach_session_requested": flag(),
        },
    ),
    (
        "track",
        "Legal Consultation Requested",
        ["web", "flutter"],
        None,
        {
            "matter_type": c("divorce", "tenancy", "will_and_estate", "consumer_debt", "employment"),
            "jurisdiction": c("TX", "SG", "DE-BE", "CA", "DE-NW"),
            "opposing_party_name": Y(lambda f: f.other().full, "name"),
            "urgency": c("standard", "court_date_within_14_days"),
            "conflict_check_passed": flag(),
            "consultation_format": c("phone", "video"),
            "referral_firm": c("Whitman & Cole LLP", "Rajah Partners", "Kanzlei Brandt", "Lee & Tan LLC"),
        },
    ),
    (
        "track",
        "Pet Loss Support Requested",
        ["rn", "swift"],
        None,
        {
            "pet_name": c("Biscuit", "Luna", "Mochi", "Bello", "Max", "Kopi", "Pepper"),
            "species": c("dog", "cat", "rabbit", "parrot"),
            "pet_age_years": count(1, 18),
            "date_of_loss": G(lambda f: f.date(2024, 2024)),
            "support_type": c("group", "one_to_one", "self_guided"),
            "resources_sent": flag(),
        },
    ),
    (
        "track",
        "Goal Created",
        ["rn", "flutter", "swift"],
        None,
        {
            "goal_id": guid(),
            "goal_title": c(
                "Run a 10k",
                "Save for a house",
                "Sleep before midnight",
                "Mehr Zeit mit Familie",
                "Learn to say no",
            ),
            "category": c("fitness", "finance", "sleep", "relationships", "work"),
            "target_date": G(lambda f: f.date(2024, 2025)),
            "coach_id": G(lambda f: "cns_" + f.hexid(8)),
        },
    ),
    # -- HR side ------------------------------------------------------------------------------------
    (
        "page",
        "HR Dashboard",
        ["hr"],
        None,
        {
            "path": c("/dashboards/utilization", "/dashboards/wellbeing"),
            "url": G(
                lambda f: "https://hr.stillwater.example/dashboards/" + f.pick(["utilization", "wellbeing"])
            ),
            "title": c("HR Dashboard | Stillwater for Employers"),
            "referrer": c("", "https://hr.stillwater.example/reports"),
            "search": c("", "?period=q2", "?period=ytd"),
            "dashboard_id": G(lambda f: "dash_" + f.digits(4)),
            "report_period": c("2024-Q1", "2024-Q2", "ytd"),
            "min_cohort_size": c(5, 10),
            "employer_id": G(lambda f: "emp_" + f.emp_slug),
            "filters": {
                "department": c(*DEPARTMENTS, "all"),
                "office": c("all", "Austin", "Singapore", "Berlin"),
            },
        },
    ),
    (
        "track",
        "Utilization Report Exported",
        ["hr"],
        None,
        {
            "report_id": guid(),
            "format": c("csv", "xlsx", "pdf"),
            "row_count": count(4, 200),
            "date_range_start": G(lambda f: f.date(2024, 2024)),
            "include_individual_data": G(lambda f: False),
            "exported_by_email": Y(lambda f: f.me.work_email, "email"),
            "recipients": Many(Y(lambda f: f.other().email, "email"), 3),
            "utilization_rate": G(lambda f: round(f.r.uniform(0.02, 0.18), 3)),
            "avg_wellbeing_index": G(lambda f: round(f.r.uniform(45, 78), 1)),
            "sessions_total": count(10, 4000),
            "top_presenting_issues": Many(
                c("work stress", "anxiety", "relationships", "burnout", "grief"), 3
            ),
        },
    ),
    (
        "track",
        "Manager Referral Submitted",
        ["hr"],
        None,
        {
            "referral_id": guid(),
            "referred_employee_name": Y(lambda f: f.other().full, "name"),
            "referred_employee_email": Y(lambda f: f.other().email, "email"),
            "manager_email": Y(lambda f: f.me.work_email, "email"),
            "reason_category": c(
                "performance", "attendance", "conduct", "wellbeing_check", "critical_incident"
            ),
            "urgency": c("standard", "same_week", "urgent"),
            "employee_consented": flag(),
            "notes": c(
                "Team has been through a restructuring",
                "Recent critical incident on site",
                "Employee asked for support",
                "Follow-up after return from leave",
            ),
            "follow_up_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Employee Lookup Searched",
        ["hr"],
        None,
        {
            "q": Y(lookup_query, "name", True),
            "results": count(0, 12),
            "scope": c("active", "all", "terminated"),
            "page": count(1, 3),
        },
    ),
    # -- accounts and devices -------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "web"],
        None,
        {
            "method": c("sso", "magic_link", "password", "passkey"),
            "sso_provider": c(None, "okta", "azure_ad", "google"),
            "mfa_method": c("none", "sms", "totp"),
            "login_count": count(1, 400),
            "email_verified": flag(),
            "remember_device": flag(),
            "password_strength": c(None, "weak", "fair", "strong"),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        None,
        {
            "email": Y(lambda f: f.pick([f.me.email, f.me.work_email]), "email"),
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in_sec": G(lambda f: 900),
            "redirect_path": c("/", "/book", "/check-in"),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["python"],
        None,
        {
            "channel": c("sms", "email", "whatsapp"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": count(1, 3),
            "verified": flag(),
            "phone_country_code": G(lambda f: {"US": "+1", "SG": "+65", "DE": "+49"}[f.cc]),
            "expires_at": gts(),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web"],
        None,
        {
            "new_password": RED(
                lambda f: f.pick(
                    ["Sommer2024!", "hunter2hunter2", "Tr0ub4dor&3", "Bella#1987", "kopi-o-kosong-9"]
                ),
                "password",
            ),
            "password_strength": c(None, "weak", "fair", "strong"),
            "password_length": count(8, 24),
            "breached": flag(),
            "changed_at": gts(),
            "forced_reset": flag(),
        },
    ),
    ("alias", None, ["ruby", "node"], None, {}),
    (
        "screen",
        "Home",
        ["swift", "kotlin", "flutter", "rn"],
        None,
        {
            "daily_tip_id": G(lambda f: "tip_" + f.digits(3)),
            "streak_days": count(0, 60),
            "unread_messages": count(0, 5),
            "tab": c("today", "explore", "sessions", "me"),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["flutter", "kotlin"],
        None,
        {
            "push_token": RED(lambda f: f"{f.hexid(11)}:APA91b{f.hexid(134)}", "token"),
            "provider": c("fcm", "apns"),
            "app_instance_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Wearable Connected",
        ["kotlin", "swift"],
        None,
        {
            "provider": c("fitbit", "garmin", "oura", "withings"),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "refresh_token": RED(lambda f: f.hexid(64), "token"),
            "scopes": Many(c("activity", "sleep", "heartrate", "profile"), 3),
            "device_serial": Y(lambda f: f.pick(["FB", "GA", "OR"]) + f.hexid(10).upper(), "serial"),
            "steps_last_7d": count(5000, 90000),
            "resting_heart_rate": count(48, 90),
            "sync_enabled": flag(),
            "device_mac": Y(lambda f: f.mac(), "mac"),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "web"],
        None,
        {
            "conversation_id": guid(),
            "message_id": guid(),
            "sender_role": c("client", "coach"),
            "message_length": count(1, 600),
            "has_attachment": flag(),
            "preview": c(*PREVIEWS),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["web", "swift"],
        None,
        {
            "session_id": G(lambda f: "ses_" + f.hexid(12)),
            "rating": count(1, 5),
            "nps": count(0, 10),
            "feedback": c(
                "Session was really helpful",
                "Video kept freezing",
                "Would like evening slots",
                "Sehr hilfreich, danke",
            ),
            "would_recommend": flag(),
            "counsellor_id": G(lambda f: "cns_" + f.hexid(8)),
        },
    ),
    (
        "track",
        "Resource Library Searched",
        ["web", "kotlin"],
        None,
        {
            "input": c(
                "sleep hygiene",
                "mindfulness",
                "parental leave",
                "budgeting",
                "difficult conversations",
                "Achtsamkeit",
            ),
            "results_count": count(0, 40),
            "clicked_result_id": G(lambda f: "art_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Data Subject Request Submitted",
        ["web"],
        None,
        {
            "request_id": guid(),
            "request_type": c("access", "deletion", "rectification", "portability"),
            "email": Y(lambda f: f.me.email, "email"),
            "regulation": G(lambda f: {"US": "CCPA", "SG": "PDPA", "DE": "GDPR"}[f.cc]),
            "verification_method": c("email_link", "sso"),
            "submitted_at": gts(),
        },
    ),
    (
        "track",
        "Einwilligung Erteilt",
        ["java"],
        "DE",
        {
            "einwilligung_id": guid(),
            "zweck": c("Verarbeitung von Gesundheitsdaten", "Newsletter", "Weitergabe an Berater"),
            "version": c("v3", "v4"),
            "erteilt_am": gts(),
            "widerrufen": flag(),
            "ip_adresse": Y(lambda f: f.ipv4(), "ip"),
            "kanal": c("app", "web"),
        },
    ),
    (
        "track",
        "Colleague Invited",
        ["web", "rn"],
        None,
        {
            "invite_id": guid(),
            "recipient": Y(lambda f: f.other().email, "email", True),
            "recipient_name": Y(lambda f: f.other().first, "name"),
            "message": c(
                "Thought this might help",
                "We get free sessions through work!",
                "",
                "Schau mal, ist kostenlos",
            ),
            "invites_sent_total": count(1, 12),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "kotlin"],
        None,
        {
            "callback_id": G(lambda f: "cb_" + f.hexid(10)),
            "contact": Y(lambda f: f.phone_cc(), "phone", True),
            "best_time": c("morning", "lunch", "evening", "anytime"),
            "reason": c("first_session", "billing", "technical", "other"),
            "language": c("English", "Deutsch", "Mandarin", "Spanish", "Malay", "Tamil", "Türkçe"),
        },
    ),
    (
        "track",
        "Critical Incident Reported",
        ["hr"],
        None,
        {
            "incident_id": guid(),
            "incident_type": c(
                "workplace injury", "armed robbery", "death of a colleague", "flood", "vehicle accident"
            ),
            "site_address": c(
                "2100 E St Elmo Rd, Austin, TX 78744",
                "10 Pasir Panjang Rd, Singapore 117438",
                "Industriestraße 12, 50735 Köln",
            ),
            "occurred_at": gts(),
            "reported_by": Y(lambda f: f.me.full, "name", True),
            "onsite_support_requested": flag(),
            "affected_employees": Many(
                {
                    "employee_id": gid("", 6),
                    "name": Y(lambda f: f.other().full, "name"),
                    "email": Y(lambda f: f.other().email, "email"),
                },
                4,
            ),
        },
    ),
    # -- marketing and sales ----------------------------------------------------------------------
    (
        "page",
        "Landing",
        ["web"],
        None,
        {
            "path": c("/for-employers", "/eap", "/demo"),
            "url": G(lambda f: "https://www.stillwater.example/" + f.pick(["for-employers", "eap", "demo"])),
            "title": c("Stillwater for Employers", "EAP that people actually use"),
            "referrer": c(
                "https://www.google.com/", "https://www.linkedin.com/", "https://www.facebook.com/"
            ),
            "search": c("?utm_source=google&utm_medium=cpc", "?utm_source=linkedin&utm_medium=paid_social"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(56), "advertising id"),
            "utm_source": c("google", "linkedin", "facebook"),
            "utm_campaign": c("hr_leaders_q2", "eap_switch", "wellbeing_roi"),
            "landing_variant": c("a", "b"),
        },
    ),
    (
        "track",
        "Demo Requested",
        ["node"],
        None,
        {
            "company": G(lambda f: f.emp_name),
            "company_size": c("51-200", "201-1000", "1001-5000", "5000+"),
            "work_email": Y(lambda f: f.me.work_email, "email"),
            "first_name": Y(lambda f: f.me.first, "name"),
            "last_name": Y(lambda f: f.me.last, "name"),
            "job_title": c("HR Director", "Head of People", "Benefits Manager", "CHRO", "Personalleiterin"),
            "phone": Y(lambda f: f.me.phone, "phone"),
            "country": country(),
            "li_fat_id": Y(lambda f: f.uuid(), "advertising id"),
            "hutk": Y(lambda f: f.hexid(32), "advertising id"),
            "hubspot_contact_id": gid("", 9),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email|advertising id"),
                "ph": Y(lambda f: f.hexid(64), "phone|advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
        },
    ),
    # -- provider side ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["dotnet"],
        None,
        {
            "ProviderId": G(lambda f: "cns_" + f.hexid(8)),
            "FirstName": Y(lambda f: f.me.first, "name"),
            "LastName": Y(lambda f: f.me.last, "name"),
            "Email": Y(lambda f: f.me.email, "email"),
            "MobilePhone": Y(lambda f: f.me.phone, "phone"),
            "LicenseNumber": Y(lambda f: f.pick(["LPC ", "LCSW-", "LMHC ", "PSY"]) + f.digits(6), "license"),
            "LicenseState": c("TX", "OH", "WA", "NY", "SG", "BE"),
            "NpiNumber": G(lambda f: f.luhn_complete("80840" + "1" + f.digits(8))[5:]),
            "HourlyRate": Y(lambda f: f.r.randint(45, 140), "salary"),
            "Languages": Many(c("English", "Spanish", "German", "Mandarin", "Malay"), 2),
            "Specialties": Many(c("Grief", "Trauma", "Couples", "Substance Use", "Workplace"), 3),
            "BackgroundCheckStatus": c("Clear", "Pending", "Consider"),
            "Timezone": cc_tz(),
            "ContractType": c("Affiliate", "Staff", "Network"),
            "WorkAuthorization": RED(
                lambda f: f.pick(
                    ["US Citizen", "Permanent Resident", "H-1B", "EU Blue Card", "Employment Pass"]
                ),
                "visa",
            ),
            "AcceptingClients": flag(),
            "CaseloadCount": count(0, 40),
            "TaxId": RED(lambda f: f.national_id(), "social security number|national id"),
            "HomeAddress": {
                "Line1": Y(lambda f: f.me.street, "address|street"),
                "City": Y(lambda f: f.me.city, "city"),
                "PostalCode": Y(lambda f: f.me.zip, "zipcode"),
                "Country": G(lambda f: f.cc),
            },
        },
    ),
    (
        "track",
        "Counsellor Application Submitted",
        ["php"],
        None,
        {
            "applicant_first_name": Y(lambda f: f.me.first, "name"),
            "applicant_last_name": Y(lambda f: f.me.last, "name"),
            "applicant_email": Y(lambda f: f.me.email, "email"),
            "license_type": c("LPC", "LCSW", "Psychologist", "Registered Counsellor"),
            "license_number": Y(lambda f: f.pick(["LPC ", "RC-", "PSY"]) + f.digits(6), "license"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "id_document_type": c("passport", "national_id", "drivers_license"),
            "id_document_number": RED(
                lambda f: f.pick(
                    [f.nric(), f.de_passport(), f.digits(9), f.pick("EK") + f.digits(7) + f.pick("ABCDHJK")]
                ),
                "passport|national id",
            ),
            "years_in_practice": count(1, 30),
            "expected_hourly_rate": Y(lambda f: f.r.randint(45, 150), "salary"),
            "referral_code": G(lambda f: "REF-" + f.hexid(5).upper()),
        },
    ),
]


def country_for(fixed: str | None, f: W) -> str:
    if fixed:
        return fixed
    return f.pick(["US", "US", "US", "US", "SG", "SG", "SG", "DE", "DE", "DE"])


def build(seed: int, repeats: int):
    f = W(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, fixed, body in EVENTS:
            f.new_message(country_for(fixed, f))
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if kind != "alias" or f.r.random() < 0.9:
                msg["userId"] = "usr_" + f.hexid(12)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "emp_" + f.emp_slug
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
                msg["userId"] = "usr_" + f.hexid(12)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client], f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=204, repeats=36)
    write(Path(__file__).parent, "holdout204_", events, labels)
