"""Writes holdout324: tests/corpus/holdout324_events.jsonl and holdout324_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never run through the engine by its author. Only `build.py` (L/G/Y/RED/
Many/render/write), `fake.py` and `build_holdout3.py` (for the format) were read.

What it covers: trade-union membership and industrial action in the United Kingdom, Germany and
South Africa, as sent by a union-technology provider that runs white-label member apps and
back offices for several unions. Member web site (analytics.js: joining, equality monitoring,
dues by card or direct debit, branch finder, events, a merchandise shop with Segment e-commerce
spec events, help search, password reset), member apps (analytics-swift, analytics-kotlin,
flutter: casework requests, consultative ballots, picket sign-ups and check-ins, strike-pay
claims, dependants), a rep and organiser app (analytics-react-native: member contacts,
workplace mapping, recruitment conversations, case notes, incident reports), a membership back
office and integrations (python, node, go, java, ruby, php, .NET: direct debits, payroll check-off,
tribunal and legal referrals, ballots, member search and exports, a Facebook Conversions API
payload, a Twilio SMS webhook, an e-mail bounce webhook, a reverse-ETL identify with warehouse
column names). German backends send German keys (Mitgliedsnummer, Streikgeld, Urabstimmung …);
South African ones send Afrikaans (lidnommer, id_nommer, selfoonnommer …) and isiZulu keys from a
USSD join channel (igama, isibongo, inombolo_yocingo …). About four in five leaf keys are
camelCase / snake_case English; the rest are PascalCase (.NET, Twilio's webhook), kebab-case
(php), SCREAMING_SNAKE (a warehouse reverse-ETL identify) and German / Afrikaans / isiZulu.
Values are country-consistent within an event: UK / German / South African names, phone formats,
addresses, postcodes, and ids with valid check digits (UK NI number structure, NHS number mod 11,
SA ID number Luhn, German Steuer-ID ISO 7064, German Rentenversicherungsnummer and
Krankenversichertennummer check digits, mod-97 IBANs, Luhn cards).

Conventions: a leaf path is dotted from the message root with `[]` for array items; each path has
one label for the whole corpus (classification, type, value_only). `type` uses the reference's
matcher names where one fits, else bank account, geolocation, national id, health id,
advertising id, token, political opinion, trade union; `a|b` when either name is fair.

Labelling rules (the product's default colours and published policy):
- PII is data about a natural person: the member, a dependant, an emergency contact, a colleague
  being mapped, a manager or witness named in a case, a rep or staff member (named work e-mail
  addresses included). Reference colours; red for credentials/tokens, card numbers, bank
  accounts, government ids and health ids; yellow otherwise.
- Green: ids we or a business issue (member numbers, Mitgliedsnummer, lidnommer, payroll / employee
  numbers, case and claim references, ACAS and CCMA case numbers, SEPA mandate references,
  GoCardless customer ids), versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys, employers, job titles, workplaces and their addresses and
  postcodes, branches, venues, hotels, products, sort codes, BICs and SA branch codes, ages and age
  bands, marital status, user agents, OS-issued device ids, the union's own phone numbers and role
  mailboxes, e-mail Message-IDs, Twilio `To` (the union's number).
- Trade-union data: a field whose value says whether the person is (was, or is becoming) a member
  of a union, or of which union (membership status, previous / new union, a payroll check-off
  membership flag, a recruitment "signed up" flag, a colleague's mapped membership) is yellow
  `trade union`; how a person voted in a ballot, a political-fund opt-in, and an organiser's
  assessment of a colleague's support for the union are yellow `political opinion` (`|trade
  union` where both are fair). Branch names, grades and dues bands are green (like a plan), and an
  event's name implying union activity does not make its other fields PII.
- Special categories under enums and booleans: disability and access needs red `disability`;
  pregnancy / due date yellow `condition`; injury and sickness reasons yellow
  `condition|diagnosis`; right-to-work answers and share codes red `visa`.
- Contested choices made here: the German Krankenversichertennummer is the lifelong number on the
  health card, so red `health id`; hashed e-mail / phone sent for ad matching (CAPI `em`, `ph`) are
  labelled as the PII they hash (yellow, not value_only: the vendor's key says what they are);
  the APNs push token in `context.device.token` is red `token`; Twilio's `FromCity` (the
  sender's city, derived from their number) is yellow `city`; a personal webinar join link
  carrying a registrant token is red `token`; declared salaries,
  gross pay, hourly rates and household income are yellow `salary`, amounts derived from them
  (strike pay, dues) green.
- value_only is true when the key does not say what the value is (`value`, `label`, `input`,
  `identifier`, `to`, `subscriber`, `recipient`, `q`, `externalIds[].id`, free text such as
  `message`, `notes`, `description`, `bemerkung`); such a path holds the PII in every value.
  Free text is labelled by what every one of its values carries, green when none does (`text`,
  `comment`, `feedback`, `note`, `Body`, `question_for_speaker`).
- Where a careful privacy owner would hesitate, the field is flagged (the stricter choice).
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places per country ------------------------------------------------------------------

FIRST = {
    "GB": [
        "Siobhan",
        "Gareth",
        "Aisha",
        "Kwabena",
        "Callum",
        "Niamh",
        "Rhys",
        "Farah",
        "Declan",
        "Bethany",
        "Tendai",
        "Imran",
        "Agnieszka",
        "Chidi",
        "Morag",
        "Jaswinder",
    ],
    "DE": [
        "Jürgen",
        "Leonie",
        "Mehmet",
        "Katarzyna",
        "Anja",
        "Tobias",
        "Svenja",
        "Emre",
        "Dragan",
        "Ulrike",
        "Jan-Ole",
        "Ayşe",
        "Lukas",
        "Birgit",
        "Nikolai",
        "Fatma",
    ],
    "ZA": [
        "Thandiwe",
        "Sipho",
        "Nomvula",
        "Pieter",
        "Lerato",
        "Riaan",
        "Ayanda",
        "Fatima",
        "Naledi",
        "Bongani",
        "Zanele",
        "Johan",
        "Mpho",
        "Lindiwe",
        "Kagiso",
        "Precious",
    ],
}
LAST = {
    "GB": [
        "O'Neill",
        "Evans",
        "Begum",
        "Asante",
        "McLeod",
        "Hughes",
        "Hussain",
        "Kaur",
        "Jones",
        "Robertson",
        "Okonkwo",
        "Whitfield",
        "Nowak",
        "Campbell",
        "Adeyemi",
        "Patel",
    ],
    "DE": [
        "Schäfer",
        "Weber",
        "Y\u0131lmaz",
        "Wiśniewska",
        "Köhler",
        "Hoffmann",
        "Becker",
        "Demir",
        "Petrović",
        "Schulze",
        "Brandt",
        "Öztürk",
        "Nguyen",
        "Krüger",
        "Wagner",
        "Al-Hassan",
    ],
    "ZA": [
        "Dlamini",
        "Ndlovu",
        "Mthembu",
        "van der Merwe",
        "Mokoena",
        "Botha",
        "Zulu",
        "Ebrahim",
        "Khumalo",
        "Nkosi",
        "Pillay",
        "Naidoo",
        "Mahlangu",
        "du Plessis",
        "Molefe",
        "September",
    ],
}
STREETS = {
    "GB": [
        "Crossley Street",
        "Victoria Road",
        "Harehills Lane",
        "Mill Lane",
        "Church Street",
        "Albert Road",
        "Gorsey Bank",
        "Cathays Terrace",
        "Dumbarton Road",
    ],
    "DE": [
        "Lindenstraße",
        "Hauptstraße",
        "Bahnhofstraße",
        "Am Westpark",
        "Kaiserstraße",
        "Schillerweg",
        "Eisenbahnstr.",
        "Bergmannsweg",
    ],
    "ZA": [
        "Vilakazi Street",
        "Jan Smuts Avenue",
        "Main Reef Road",
        "Florence Nzama Street",
        "Voortrekker Road",
        "Mandela Drive",
        "Klipspruit Valley Road",
        "Govan Mbeki Avenue",
    ],
}
CITIES = {
    "GB": [
        "Leeds",
        "Manchester",
        "Cardiff",
        "Glasgow",
        "Bristol",
        "Newcastle upon Tyne",
        "Sheffield",
        "Luton",
    ],
    "DE": ["Dortmund", "Leipzig", "Hamburg", "München", "Bochum", "Kassel", "Rostock", "Mannheim"],
    "ZA": [
        "Johannesburg",
        "Durban",
        "Gqeberha",
        "Soweto",
        "Pretoria",
        "Cape Town",
        "Pietermaritzburg",
        "Rustenburg",
    ],
}
PROVINCES = {
    "GB": ["Yorkshire", "Greater Manchester", "Wales", "Scotland", "South West"],
    "DE": ["Nordrhein-Westfalen", "Sachsen", "Hamburg", "Bayern", "Hessen"],
    "ZA": ["Gauteng", "KwaZulu-Natal", "Eastern Cape", "Western Cape", "North West"],
}
EMPLOYERS = {
    "GB": [
        "Leeds Teaching Hospitals NHS Trust",
        "Royal Mail Group",
        "Arriva North West",
        "Tesco Stores Ltd",
        "Cardiff Council",
        "Amazon UK Services Ltd",
    ],
    "DE": [
        "Deutsche Post AG",
        "Helios Kliniken GmbH",
        "Stadtwerke Bochum",
        "Amazon Logistik Leipzig GmbH",
        "Hamburger Hochbahn AG",
        "Kaufland Dienstleistung",
    ],
    "ZA": [
        "Transnet Freight Rail",
        "Eskom Holdings",
        "Sibanye-Stillwater",
        "Shoprite Checkers",
        "City of Johannesburg",
        "Durban University of Technology",
    ],
}
JOBS = {
    "GB": [
        "Staff Nurse",
        "Postal Worker",
        "Bus Driver",
        "Warehouse Operative",
        "Teaching Assistant",
        "Care Worker",
    ],
    "DE": ["Pflegefachkraft", "Zusteller", "Busfahrerin", "Lagerarbeiter", "Erzieherin", "Verkäuferin"],
    "ZA": ["Train Driver", "Artisan", "Rock Drill Operator", "Cashier", "Clerk", "Lecturer"],
}
UNIONS = {
    "GB": ["Unison", "GMB", "Unite", "CWU", "RCN", "none"],
    "DE": ["ver.di", "IG Metall", "EVG", "GEW", "NGG", "keine"],
    "ZA": ["NUMSA", "NUM", "SATAWU", "SAMWU", "NEHAWU", "none"],
}
BRANCHES = {
    "GB": [
        "Leeds Health",
        "Manchester Central",
        "Cardiff & Vale",
        "Glasgow City",
        "Bristol Postal",
        "Luton Airport",
    ],
    "DE": [
        "Bezirk Dortmund",
        "Bezirk Leipzig-Nordsachsen",
        "Landesbezirk Hamburg",
        "Bezirk München",
        "Bezirk Bochum",
    ],
    "ZA": ["Ekurhuleni", "eThekwini", "Nelson Mandela Bay", "Tshwane", "Rustenburg Local"],
}
CURRENCY = {"GB": "GBP", "DE": "EUR", "ZA": "ZAR"}
DOMAINS = {
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "ZA": ["gmail.com", "mweb.co.za", "webmail.co.za", "telkomsa.net", "outlook.com"],
}
UNION_DOMAIN = {"GB": "unitedworkers.org.uk", "DE": "ig-dienste.de", "ZA": "nupaw.org.za"}
GEO = {
    "GB": ((50.6, 55.9), (-4.3, 0.3)),
    "DE": ((47.8, 54.2), (6.2, 14.3)),
    "ZA": ((-33.9, -25.6), (18.4, 31.0)),
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
]
MERCH = [
    ("Solidarity Hoodie", "Apparel", "HD-SOL-"),
    ("Picket Line Flask 500ml", "Accessories", "FL-PKT-"),
    ("Branch Banner (custom)", "Banners", "BN-CUS-"),
    ("Strike Fund Enamel Badge", "Badges", "BG-STF-"),
    ("Hi-Vis Tabard - Official Picket", "Apparel", "TB-HIV-"),
    ("Know Your Rights Handbook 2024", "Books", "BK-KYR-"),
]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("\u0131", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if (c.isascii() and c.isalnum()) or c in ".-")


class F(Fake):
    """fake.Fake plus country-aware generators; `cc` is the current message's country."""

    cc = "GB"

    def c(self, cc=None):
        return cc or self.cc

    def fn(self, cc=None):
        return self.pick(FIRST[self.c(cc)])

    def ln(self, cc=None):
        return self.pick(LAST[self.c(cc)])

    def person(self, cc=None):
        return f"{self.fn(cc)} {self.ln(cc)}"

    def mail(self, cc=None):
        first, last = ascii_fold(self.fn(cc)).lower(), ascii_fold(self.ln(cc)).lower()
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(DOMAINS[self.c(cc)])}"

    def staff_mail(self, cc=None):
        first, last = ascii_fold(self.fn(cc)).lower(), ascii_fold(self.ln(cc)).lower()
        return f"{first}.{last}@{UNION_DOMAIN[self.c(cc)]}"

    def tel(self, cc=None):
        cc, r = self.c(cc), self.r
        if cc == "GB":
            n = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
        if cc == "DE":
            pre = self.pick(["151", "152", "157", "160", "162", "170", "171", "176"])
            n = str(r.randint(1000000, 99999999))
            return self.pick([f"+49 {pre} {n}", f"0{pre} {n}", f"+49{pre}{n}", f"0{pre}/{n}"])
        pre = self.pick(["82", "83", "72", "73", "71", "61", "79", "84"])
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return self.pick([f"+27 {pre} {a} {b}", f"0{pre} {a} {b}", f"+27{pre}{a}{b}", f"0{pre}{a}{b}"])

    def street_line(self, cc=None):
        cc = self.c(cc)
        n = self.r.randint(1, 240)
        if cc == "DE":
            return f"{self.pick(STREETS[cc])} {n}{self.pick(['', '', 'a', 'b'])}"
        return f"{n} {self.pick(STREETS[cc])}"

    def line2(self, cc=None):
        cc = self.c(cc)
        n = self.r.randint(1, 40)
        return self.pick(
            {
                "GB": [f"Flat {n}", f"Apartment {n}", f"Flat {n}B"],
                "DE": [f"c/o {self.ln('DE')}", f"{n}. OG links", f"Hinterhaus, {n}. OG"],
                "ZA": [f"Unit {n}", f"Flat {n} Sunnyside Court", f"Erf {n}"],
            }[cc]
        )

    def town(self, cc=None):
        return self.pick(CITIES[self.c(cc)])

    def postcode(self, cc=None):
        cc, r = self.c(cc), self.r
        if cc == "GB":
            area = self.pick(["LS", "M", "CF", "G", "BS", "NE", "S", "LU", "B", "EH"])
            return (
                f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
                f"{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            )
        if cc == "DE":
            return f"{r.randint(1067, 99998):05d}"
        return f"{r.randint(1, 9999):04d}"

    def full_address(self, cc=None):
        return (
            f"{self.street_line(cc)}, {self.postcode(cc)} {self.town(cc)}"
            if self.c(cc) == "DE"
            else f"{self.street_line(cc)}, {self.town(cc)}, {self.postcode(cc)}"
        )

    def geo(self, i):
        (a, b), (c, d) = GEO[self.cc]
        return round(self.r.uniform(a, b), 6) if i == 0 else round(self.r.uniform(c, d), 6)

    def money_c(self, lo=1, hi=500):
        return self.money(lo, hi)

    def cur(self):
        return CURRENCY[self.cc]

    def employer(self, cc=None):
        return self.pick(EMPLOYERS[self.c(cc)])

    def job(self, cc=None):
        return self.pick(JOBS[self.c(cc)])

    def branch(self, cc=None):
        return self.pick(BRANCHES[self.c(cc)])

    def member_no(self):
        return {"GB": "UW" + self.digits(7), "DE": self.digits(8), "ZA": "NP" + self.digits(6)}[self.cc]

    def dob(self, lo=1958, hi=2004):
        return self.date(lo, hi)

    # -- identifiers with real structure --------------------------------------------------------
    def ni_number(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6)
        if self.r.random() < 0.4:
            return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}"
        return f"{first}{second}{d}{self.pick('ABCD')}"

    def nhs_number(self):
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            body[0] = self.r.randint(4, 6)
            check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, body)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def sa_id(self):
        y, m, d = self.r.randint(58, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.luhn_complete(f"{y:02d}{m:02d}{d:02d}{self.r.randint(0, 9999):04d}08")

    def steuer_id(self):
        while True:
            digits = self.r.sample(range(10), 9)
            digits.insert(self.r.randint(1, 9), self.pick(digits))
            if digits[0] != 0:
                break
        product = 10
        for d in digits:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        s = "".join(map(str, digits)) + str(check)
        return self.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

    def rv_number(self):
        area = self.pick(["12", "13", "15", "24", "28", "53", "65"])
        bd = f"{self.r.randint(1, 28):02d}{self.r.randint(1, 12):02d}{self.r.randint(60, 99):02d}"
        letter = self.pick("ABDEGHKMSW")
        serial = f"{self.r.randint(0, 99):02d}"
        nums = area + bd + f"{ord(letter) - 64:02d}" + serial
        total = sum(
            sum(map(int, str(int(c) * w)))
            for c, w in zip(nums, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1], strict=True)
        )
        return self.pick(
            [f"{area}{bd}{letter}{serial}{total % 10}", f"{area} {bd} {letter} {serial}{total % 10}"]
        )

    def kvnr(self):
        letter = self.pick(string.ascii_uppercase)
        body = self.digits(8)
        nums = f"{ord(letter) - 64:02d}" + body
        total = sum(sum(map(int, str(int(c) * (1 if i % 2 == 0 else 2)))) for i, c in enumerate(nums))
        return f"{letter}{body}{total % 10}"

    def passport(self):
        if self.cc == "DE":
            return "C" + "".join(self.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if self.cc == "ZA":
            return self.pick(["A", "M"]) + self.digits(8)
        return self.digits(9)

    def share_code(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ23456789"
        s = "W" + "".join(self.pick(chars) for _ in range(8))
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def pm(self):
        return "pm_1" + "".join(self.pick(string.ascii_letters + string.digits) for _ in range(23))

    def sort_code(self):
        bank = self.pick(["20", "40", "60", "30", "07", "09"])
        return f"{bank}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def bank_acct(self):
        return {"GB": self.digits(8), "DE": self.iban("DE"), "ZA": self.digits(self.pick([10, 11]))}[self.cc]

    def sha(self, s):
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()

    def ref(self, prefix):
        return f"{prefix}-2024-{self.digits(5)}"


# -- contexts sent by the client libraries -----------------------------------------------------------

WEB_PAGES = [
    ("/join", "Join the union"),
    ("/strike-hub", "Strike hub"),
    ("/my-account/dues", "My dues"),
    ("/events", "Events and training"),
    ("/shop/cart", "Basket | Union Shop"),
    ("/help", "Help centre"),
]


def web_context(f: F):
    page = f.pick(WEB_PAGES)
    host = {
        "GB": "https://www.unitedworkers.org.uk",
        "DE": "https://www.ig-dienste.de",
        "ZA": "https://nupaw.org.za",
    }
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://l.facebook.com/", "https://t.co/x8Kd2"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=whatsapp&utm_medium=social", "?ref=nav"])),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: host[f.cc] + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(
            lambda f: {"GB": "en-GB", "DE": "de-DE", "ZA": f.pick(["en-ZA", "af-ZA", "zu-ZA"])}[f.cc]
        ),
        "timezone": G(
            lambda f: {"GB": "Europe/London", "DE": "Europe/Berlin", "ZA": "Africa/Johannesburg"}[f.cc]
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["pay_ballot_2024", "join_week", "strike_fund_appeal"])),
            "source": G(lambda f: f.pick(["whatsapp", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["social", "email", "paid_social"])),
            "content": G(lambda f: f.pick(["video_a", "carousel", "cta_button"])),
        },
    }


def ios_context(f: F):
    return {
        "app": {
            "name": G(lambda f: f.pick(["United Workers", "NUPAW Connect"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4322"])),
            "namespace": G(lambda f: "org.unionhub.member"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: {"GB": "en-GB", "DE": "de-DE", "ZA": "en-ZA"}[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(
            lambda f: {"GB": "Europe/London", "DE": "Europe/Berlin", "ZA": "Africa/Johannesburg"}[f.cc]
        ),
    }


def android_context(f: F):
    return {
        "app": {
            "name": G(lambda f: f.pick(["United Workers", "NUPAW Connect"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.3"])),
            "build": G(lambda f: f.pick(["40200", "40301", "40303"])),
            "namespace": G(lambda f: "org.unionhub.member"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Redmi Note 12", "Pixel 7a", "SM-A145F"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "lynx", "a14"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: {"GB": "en-GB", "DE": "de-DE", "ZA": f.pick(["en-ZA", "zu-ZA"])}[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: {
                    "GB": f.pick(["EE", "Vodafone UK", "O2 - UK"]),
                    "DE": f.pick(["Telekom.de", "o2 - de", "Vodafone.de"]),
                    "ZA": f.pick(["Vodacom", "MTN", "Cell C"]),
                }[f.cc]
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(
            lambda f: {"GB": "Europe/London", "DE": "Europe/Berlin", "ZA": "Africa/Johannesburg"}[f.cc]
        ),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A546B", "Pixel 7a"])
                + " Build/UP1A.231005.007)"
            )
        ),
    }


def rn_context(f: F):
    """The rep and organiser app; analytics-react-native copies identified traits into context."""
    return {
        "app": {
            "name": G(lambda f: "UnionHub Reps"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.4"])),
            "build": G(lambda f: f.pick(["280", "291", "294"])),
            "namespace": G(lambda f: "org.unionhub.reps"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "cancunf"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: {"GB": "en-GB", "DE": "de-DE", "ZA": "en-ZA"}[f.cc]),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 800])),
            "width": G(lambda f: f.pick([390, 412, 360])),
        },
        "timezone": G(
            lambda f: {"GB": "Europe/London", "DE": "Europe/Berlin", "ZA": "Africa/Johannesburg"}[f.cc]
        ),
        "traits": {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "name": Y(lambda f: f.person(), "name"),
            "repId": G(lambda f: "REP" + f.digits(5)),
            "region": G(lambda f: f.pick(PROVINCES[f.cc])),
            "role": G(
                lambda f: f.pick(["workplace_rep", "organiser", "health_and_safety_rep", "branch_secretary"])
            ),
        },
    }


def flutter_context(f: F):
    """The German member app (analytics_flutter), identified traits in context."""
    return {
        "app": {
            "name": G(lambda f: "IG Dienste Mitglieder"),
            "version": G(lambda f: f.pick(["3.0.2", "3.1.0", "3.1.4"])),
            "build": G(lambda f: f.pick(["302", "310", "314"])),
            "namespace": G(lambda f: "de.igdienste.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: "de-DE"),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4.1", "14"])),
        },
        "screen": {"height": G(lambda f: f.pick([844, 915])), "width": G(lambda f: f.pick([390, 412]))},
        "timezone": G(lambda f: "Europe/Berlin"),
        "traits": {
            "vorname": Y(lambda f: f.fn("DE"), "name"),
            "nachname": Y(lambda f: f.ln("DE"), "name"),
            "email": Y(lambda f: f.mail("DE"), "email"),
            "mitgliedsnummer": G(lambda f: f.digits(8)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(client):
    def build(f: F):
        name, versions = SERVER_LIBS[client]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if client == "node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.mail(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "python":
            ctx["active"] = G(lambda f: False)
        if client == "dotnet":
            ctx["Environment"] = G(lambda f: f.pick(["Production", "Staging"]))
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "ios": ios_context,
    "android": android_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}


# -- shared bodies ----------------------------------------------------------------------------------


def merch_product():
    def item(f: F):
        return f.pick(MERCH)

    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(MERCH)[2] + f.pick(["S", "M", "L", "XL", "OS"])),
        "name": G(lambda f: item(f)[0]),
        "category": G(lambda f: item(f)[1]),
        "brand": G(lambda f: f.pick(["United Workers", "NUPAW", "IG Dienste"])),
        "variant": G(lambda f: f.pick(["Red", "Black", "Navy", "One size"])),
        "price": G(lambda f: f.money(3, 45)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


def page_props(path, title):
    return {
        "path": G(lambda f: path),
        "url": G(lambda f: "https://www.unitedworkers.org.uk" + path),
        "title": G(lambda f: title),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.unitedworkers.org.uk/"])),
        "search": G(lambda f: f.pick(["", "?utm_campaign=pay_ballot_2024", "?ref=footer"])),
    }


def callback_text(f: F):
    t = f.tel()
    return f.pick(
        [
            f"Can someone ring me on {t} about my hearing?",
            f"My number is {t}, I work nights so after 2pm",
            f"{t} - please call after 6pm",
            f"Please call me back on {t}. Thanks",
            f"Best to text {t}, can't take calls at work",
        ]
    )


def manager_text(f: F):
    n = f.person()
    return f.pick(
        [
            f"Disciplinary hearing next Tuesday with {n}, I need a rep there",
            f"My line manager {n} keeps changing my shifts without notice",
            f"Investigation meeting called by {n} about timekeeping",
            f"{n} shouted at me in front of residents, want to raise a grievance",
            f"Invited to a sickness review by {n} on Friday",
        ]
    )


def rep_note(f: F):
    t = f.tel()
    return f.pick(
        [
            f"Spoke on {t}, will come to the gate meeting",
            f"No answer on {t}, left voicemail",
            f"Rang {t} - wants info on strike pay",
            f"Texted {t} the ballot reminder",
        ]
    )


def case_note(f: F):
    n = f.person()
    return f.pick(
        [
            f"Hearing with {n} moved to Friday 10am",
            f"{n} (HR) agreed to a phased return",
            f"Statement taken from witness {n}",
            f"Emailed {n} asking for the investigation pack",
        ]
    )


# -- events: (kind, event or page/screen name, client, country or None for any, body) --------------

ANY = None
EVENTS = [
    # ---- member web site --------------------------------------------------------------------------
    (
        "page",
        "Join",
        "web",
        "GB",
        {
            **page_props("/join", "Join United Workers"),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(70))
                ),
                "advertising id",
            ),
            "campaignLanding": G(lambda f: True),
        },
    ),
    (
        "track",
        "Membership Application Started",
        "web",
        ANY,
        {
            "application_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["website", "rep_referral", "qr_poster", "whatsapp"])),
            "sector": G(lambda f: f.pick(["health", "transport", "retail", "local_government", "education"])),
            "country": G(lambda f: f.cc),
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "referrer_member_number": G(lambda f: f.member_no()),
            "form_version": G(lambda f: f.pick(["v7", "v8"])),
        },
    ),
    (
        "track",
        "Membership Application Submitted",
        "node",
        ANY,
        {
            "applicationId": G(lambda f: f.uuid()),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "mobilePhone": Y(lambda f: f.tel(), "phone"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "homeAddress": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "town": Y(lambda f: f.town(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "employer": G(lambda f: f.employer()),
            "jobTitle": G(lambda f: f.job()),
            "workplace": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "St James's University Hospital",
                            "Bochum Depot",
                            "Mother City Mall",
                            "Sorting Office 4",
                            "Main Reef Shaft 3",
                        ]
                    )
                ),
                "postcode": G(lambda f: f.postcode()),
                "city": G(lambda f: f.town()),
            },
            "payrollNumber": G(lambda f: f.digits(f.pick([6, 7, 8]))),
            "grade": G(lambda f: f.pick(["full", "part_time", "apprentice", "student"])),
            "monthlySubscription": G(lambda f: f.money(4, 22)),
            "paymentMethod": G(lambda f: f.pick(["direct_debit", "payroll", "card"])),
            "previousUnion": Y(lambda f: f.pick(UNIONS[f.cc]), "trade union"),
            "politicalFundOptIn": Y(lambda f: f.pick([True, False]), "political opinion"),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "Equality Monitoring Submitted",
        "web",
        "GB",
        {
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Black Caribbean",
                        "Pakistani",
                        "Mixed - White and Asian",
                        "Polish",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity|race",
            ),
            "disability": RED(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "disability"),
            "sexualOrientation": Y(
                lambda f: f.pick(["heterosexual", "gay_man", "lesbian", "bisexual", "prefer_not_to_say"]),
                "sexual orientation",
            ),
            "genderIdentity": Y(
                lambda f: f.pick(["woman", "man", "non_binary", "prefer_not_to_say"]), "gender"
            ),
            "transHistory": Y(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "gender"),
            "religionOrBelief": Y(
                lambda f: f.pick(["Christian", "Muslim", "Sikh", "No religion", "Hindu", "Jewish"]),
                "religion",
            ),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "caringResponsibilities": G(lambda f: f.pick(["none", "children", "adult", "both"])),
            "firstLanguage": G(lambda f: f.pick(["English", "Welsh", "Polish", "Urdu"])),
            "completedAt": G(lambda f: f.iso()),
            "questionsSkipped": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Card Details Updated",
        "web",
        ANY,
        {
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "cardholder_name": Y(lambda f: f.person(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "stripe_payment_method": RED(lambda f: f.pm(), "token"),
            "wallet": G(lambda f: f.pick(["none", "apple_pay", "google_pay"])),
            "setup_intent_status": G(lambda f: f.pick(["succeeded", "requires_action"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        ANY,
        {
            "query": G(
                lambda f: f.pick(["hoodie", "picket flask", "banner", "badge", "rights handbook", "tabard"])
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        ANY,
        {
            **merch_product(),
            "currency": G(lambda f: f.cur()),
            "url": G(lambda f: "https://shop.unitedworkers.org.uk/p/" + f.digits(4)),
        },
    ),
    ("track", "Product Added", "web", ANY, {"cart_id": G(lambda f: f.uuid()), **merch_product()}),
    (
        "track",
        "Order Completed",
        "web",
        ANY,
        {
            "order_id": G(lambda f: "SHOP-" + f.digits(6)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(5, 180)),
            "shipping": G(lambda f: f.money(0, 8)),
            "tax": G(lambda f: f.money(0, 30)),
            "coupon": G(lambda f: f.pick(["", "REPS10", "SOLIDARITY"])),
            "currency": G(lambda f: f.cur()),
            "products": Many(merch_product()),
            "email": Y(lambda f: f.mail(), "email"),
            "shipping_address": {
                "name": Y(lambda f: f.person(), "name"),
                "address1": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.town(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "is_branch_order": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Branch Finder Searched",
        "web",
        ANY,
        {
            "query": G(lambda f: f.pick([f.town(), f.employer(), f.town()])),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "selected_branch_id": G(lambda f: "BR" + f.digits(4)),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
        },
    ),
    (
        "track",
        "Event Registered",
        "web",
        ANY,
        {
            "event_id": G(lambda f: "EV" + f.digits(5)),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Regional Women's Conference",
                        "Reps Induction Day 2",
                        "Strike Organising 101",
                        "Health & Safety Reps Training",
                    ]
                )
            ),
            "venue": G(lambda f: f.pick(["Leeds Civic Hall", "Gewerkschaftshaus Dortmund", "Durban ICC"])),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "Calverley Street, Leeds LS1 1UR",
                        "Ostwall 17, 44135 Dortmund",
                        "45 Bram Fischer Road, Durban 4001",
                    ]
                )
            ),
            "ticket_type": G(lambda f: f.pick(["member", "rep", "guest"])),
            "attendee": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
            },
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair access", "BSL interpreter", "hearing loop", "none", "step-free route"]
                ),
                "disability",
            ),
            "dietary_preference": G(lambda f: f.pick(["none", "vegetarian", "vegan", "pescatarian"])),
            "allergies": Many(Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "none"]), "allergy"), 2),
            "creche_places": G(lambda f: f.r.randint(0, 3)),
            "guests": Many(
                {"name": Y(lambda f: f.person(), "name"), "age": G(lambda f: f.r.randint(2, 70))}, 2
            ),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "web",
        ANY,
        {
            "topic": G(lambda f: f.pick(["casework", "membership", "dues", "other"])),
            "message": Y(callback_text, "phone", True),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Phone Validation Failed",
        "web",
        ANY,
        {
            "form": G(lambda f: f.pick(["join", "profile", "picket_signup"])),
            "field": G(lambda f: "mobile"),
            "value": Y(lambda f: f.tel(), "phone", True),
            "error": G(lambda f: f.pick(["invalid_format", "too_short", "not_mobile"])),
        },
    ),
    (
        "track",
        "Membership Lookup Attempted",
        "web",
        ANY,
        {
            "lookup_type": G(lambda f: "email"),
            "input": Y(lambda f: f.mail(), "email", True),
            "found": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        ANY,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_minutes": G(lambda f: 30),
            "email_found": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pay Calculator Used",
        "web",
        "GB",
        {
            "current_salary": Y(lambda f: f.r.randint(19000, 52000), "salary"),
            "hourly_rate": Y(lambda f: f.money(10.42, 24), "salary"),
            "hours_per_week": G(lambda f: f.pick([37.5, 22.5, 30, 16])),
            "pay_band": G(lambda f: f.pick(["Band 2", "Band 3", "Band 5", "Band 6"])),
            "offer_pct": G(lambda f: f.pick([4.5, 5.5, 6.0])),
            "real_terms_loss": G(lambda f: f.money(200, 4000)),
        },
    ),
    (
        "track",
        "Maternity Rights Check Started",
        "web",
        "GB",
        {
            "due_date": Y(lambda f: f.date(2024, 2025), "condition"),
            "weeks_employed": G(lambda f: f.r.randint(4, 300)),
            "employer_size": G(lambda f: f.pick(["<50", "50-249", "250+"])),
            "smp_eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Help Article Searched",
        "web",
        ANY,
        {
            "term": G(
                lambda f: f.pick(
                    [
                        "strike pay",
                        "maternity leave",
                        "how do I vote",
                        "change bank details",
                        "grievance template",
                        "picket rules",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
            "clicked_article_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web",
        ANY,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "list": G(lambda f: f.pick(["strike_updates", "women_members", "young_members"])),
            "double_opt_in": G(lambda f: True),
        },
    ),
    (
        "track",
        "Conference Hotel Booked",
        "web",
        ANY,
        {
            "hotel_name": G(
                lambda f: f.pick(["Novotel Leeds Centre", "Park Inn Dortmund", "Southern Sun Elangeni"])
            ),
            "check_in": G(lambda f: f.date(2024, 2024)),
            "nights": G(lambda f: f.r.randint(1, 3)),
            "room_type": G(lambda f: f.pick(["single", "twin", "accessible"])),
            "guest_name": Y(lambda f: f.person(), "name"),
            "confirmation_number": G(lambda f: f.digits(8)),
        },
    ),
    # ---- member apps ------------------------------------------------------------------------------
    (
        "identify",
        None,
        "ios",
        ANY,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.person(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "memberNumber": G(lambda f: f.member_no()),
            "branch": G(lambda f: f.branch()),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "af", "zu", "de"])),
            "biometricLogin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "My Cases",
        "ios",
        ANY,
        {"screen_class": G(lambda f: "CasesViewController"), "open_cases": G(lambda f: f.r.randint(0, 3))},
    ),
    (
        "track",
        "Casework Request Submitted",
        "ios",
        ANY,
        {
            "request_id": G(lambda f: f.uuid()),
            "case_type": G(
                lambda f: f.pick(["disciplinary", "grievance", "sickness_absence", "redundancy", "bullying"])
            ),
            "hearing_date": G(lambda f: f.date(2024, 2025)),
            "employer": G(lambda f: f.employer()),
            "manager_name": Y(lambda f: f.person(), "name"),
            "description": Y(manager_text, "name", True),
            "urgent": G(lambda f: f.pick([True, False])),
            "preferred_contact": G(lambda f: f.pick(["phone", "email", "whatsapp"])),
            "contact_number": Y(lambda f: f.tel(), "phone"),
            "absence_reason": Y(
                lambda f: f.pick(["stress", "back injury", "long covid", "depression", "migraine"]),
                "condition|diagnosis",
            ),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Dependant Added",
        "ios",
        ANY,
        {
            "label": Y(lambda f: f.fn(), "name", True),
            "relationship": G(lambda f: f.pick(["child", "partner", "parent"])),
            "dob": Y(lambda f: f.dob(2006, 2023), "birthdate"),
            "index": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Consultative Ballot Vote Cast",
        "ios",
        ANY,
        {
            "ballot_id": G(lambda f: "BAL-" + f.digits(4)),
            "question_id": G(lambda f: f.pick(["q1", "q2"])),
            "choice": Y(lambda f: f.pick(["yes_strike", "yes_asos", "no"]), "political opinion|trade union"),
            "vote_channel": G(lambda f: "app"),
            "voted_at": G(lambda f: f.iso()),
            "ballot_closes_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Picket Shift Signed Up",
        "ios",
        ANY,
        {
            "picket_id": G(lambda f: f.digits(5)),
            "site_name": G(lambda f: f.pick(["Main gate", "Depot entrance", "Staff car park"])),
            "site_address": G(
                lambda f: f.pick(
                    ["Beckett Street, Leeds LS9 7TF", "Castroper Str. 200, Bochum", "Jet Park Road, Boksburg"]
                )
            ),
            "shift_start": G(lambda f: f.iso()),
            "shift_length_hours": G(lambda f: f.pick([2, 3, 4])),
            "role": G(lambda f: f.pick(["picket", "picket_supervisor", "steward"])),
            "mobile": Y(lambda f: f.tel(), "phone"),
            "emergency_contact": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(lambda f: f.pick(["partner", "mother", "friend", "son"])),
            },
            "has_car": G(lambda f: f.pick([True, False])),
            "needs_lift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Strike Pay Claim Submitted",
        "ios",
        ANY,
        {
            "claim_id": G(lambda f: "SPC-" + f.digits(7)),
            "dispute_id": G(lambda f: "D" + f.digits(4)),
            "days_on_strike": G(lambda f: f.r.randint(1, 12)),
            "daily_rate": G(lambda f: f.pick([50, 70, 300])),
            "total_claimed": G(lambda f: f.money(50, 900)),
            "payout_method": G(lambda f: "bank_transfer"),
            "account_holder": Y(lambda f: f.person(), "name"),
            "bank_code": G(lambda f: {"GB": f.sort_code(), "DE": "COBADEFFXXX", "ZA": "250655"}[f.cc]),
            "account_number": RED(lambda f: f.bank_acct(), "bank account"),
            "hardship_requested": G(lambda f: f.pick([True, False])),
            "household_income": Y(lambda f: f.r.randint(900, 4200), "salary"),
            "dependants": Many(
                {
                    "first_name": Y(lambda f: f.fn(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(2008, 2023), "birthdate"),
                    "relationship": G(lambda f: f.pick(["child", "stepchild", "grandchild"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Resignation Requested",
        "ios",
        ANY,
        {
            "reason": G(lambda f: f.pick(["cost", "left_employer", "retired", "unhappy_with_service"])),
            "resignation_date": G(lambda f: f.date(2024, 2025)),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Too expensive for me now",
                        "Moved to a new job",
                        "",
                        "Rep never got back to me",
                        "Retiring in June, thanks for everything",
                    ]
                )
            ),
            "new_union": Y(lambda f: f.pick(UNIONS[f.cc]), "trade union"),
        },
    ),
    (
        "track",
        "Signed In",
        "android",
        ANY,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "biometric"])),
            "email": Y(lambda f: f.mail(), "email"),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "OTP Verified",
        "android",
        ANY,
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_verified": G(lambda f: True),
        },
    ),
    (
        "track",
        "Profile Updated",
        "android",
        ANY,
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "address", "workplace"])), 3),
            "email": Y(lambda f: f.mail(), "email"),
            "previous_email": Y(lambda f: f.mail(), "email"),
            "phone_number": Y(lambda f: f.tel(), "phone"),
            "phoneCount": G(lambda f: f.r.randint(1, 2)),
            "address_changed": G(lambda f: f.pick([True, False])),
            "address": Y(lambda f: f.full_address(), "address"),
        },
    ),
    (
        "track",
        "Picket Check In",
        "android",
        ANY,
        {
            "picketId": G(lambda f: f.digits(5)),
            "latitude": Y(lambda f: f.geo(0), "geolocation"),
            "longitude": Y(lambda f: f.geo(1), "geolocation"),
            "accuracyM": G(lambda f: f.r.randint(3, 60)),
            "checkedInAt": G(lambda f: f.epoch_ms()),
            "siteId": G(lambda f: "S" + f.digits(3)),
        },
    ),
    (
        "track",
        "Invite Sent",
        "android",
        ANY,
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "recipient": Y(lambda f: f.pick([f.tel(), f.mail()]), "email|phone", True),
            "text": G(
                lambda f: f.pick(
                    [
                        "Join me in the union: https://join.unitedworkers.org.uk/r/" + f.hexid(6),
                        "We're stronger together - sign up here https://nupaw.org.za/j/" + f.hexid(6),
                    ]
                )
            ),
            "invites_sent_total": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Account Recovery Started",
        "ios",
        ANY,
        {
            "identifier": Y(lambda f: f.pick([f.mail(), f.tel()]), "email|phone", True),
            "method": G(lambda f: f.pick(["sms_code", "email_link"])),
            "recovery_attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "android",
        ANY,
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "title": G(
                lambda f: f.pick(["Ballot closes Friday", "Picket rota is live", "Your dues receipt"])
            ),
            "deep_link": G(
                lambda f: f.pick(["unionhub://ballots/current", "unionhub://pickets", "unionhub://dues"])
            ),
        },
    ),
    ("alias", None, "android", ANY, {}),
    (
        "track",
        "Application Abandoned",
        "web",
        ANY,
        {
            "application_id": G(lambda f: f.uuid()),
            "last_step": G(lambda f: f.pick(["about_you", "your_job", "payment", "equality"])),
            "time_on_form_sec": G(lambda f: f.r.randint(20, 1500)),
            "fields_filled": G(lambda f: f.r.randint(1, 18)),
            "email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        ANY,
        {
            "order_id": G(lambda f: "SHOP-" + f.digits(6)),
            "revenue": G(lambda f: f.money(5, 160)),
            "currency": G(lambda f: f.cur()),
            "products": Many(merch_product()),
        },
    ),
    (
        "track",
        "Coupon Applied",
        "web",
        ANY,
        {
            "order_id": G(lambda f: "SHOP-" + f.digits(6)),
            "coupon_id": G(lambda f: f.pick(["cpn_reps10", "cpn_solidarity", "cpn_youth"])),
            "coupon_name": G(lambda f: f.pick(["REPS10", "SOLIDARITY", "YOUTH15"])),
            "discount": G(lambda f: f.money(1, 20)),
        },
    ),
    (
        "track",
        "Branch Meeting RSVP",
        "ios",
        ANY,
        {
            "meeting_id": G(lambda f: "MTG" + f.digits(5)),
            "rsvp": G(lambda f: f.pick(["going", "maybe", "not_going"])),
            "attending_online": G(lambda f: f.pick([True, False])),
            "guests_count": G(lambda f: f.r.randint(0, 2)),
            "question_for_speaker": G(
                lambda f: f.pick(
                    [
                        "When will we get the new offer?",
                        "",
                        "Is strike pay taxed?",
                        "What happens to agency staff?",
                    ]
                )
            ),
            "proxy_name": Y(lambda f: f.person(), "name"),
        },
    ),
    (
        "track",
        "Workplace Details Updated",
        "ios",
        ANY,
        {
            "workplace": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "St James's University Hospital",
                            "Royal Mail Leeds MC",
                            "Shoprite Soweto",
                            "Amazon LEJ1",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Beckett Street, Leeds LS9 7TF",
                            "Chapeltown Road, Soweto",
                            "Radefelder Allee 31, 04435 Schkeuditz",
                        ]
                    )
                ),
                "postcode": G(lambda f: f.pick(["LS9 7TF", "1818", "04435", "M17 1AB"])),
                "department": G(lambda f: f.pick(["Ward 14", "Sorting", "Tills", "Inbound"])),
            },
            "manager_name": Y(lambda f: f.person(), "name"),
            "manager_email": Y(lambda f: f.mail(), "email"),
            "contract_type": G(lambda f: f.pick(["permanent", "fixed_term", "zero_hours", "agency"])),
            "contracted_hours": G(lambda f: f.pick([37.5, 20, 16, 0, 45])),
            "shift_pattern": G(lambda f: f.pick(["days", "nights", "rotating", "split"])),
            "start_date": G(lambda f: f.date(2000, 2024)),
        },
    ),
    (
        "track",
        "Next Of Kin Updated",
        "ios",
        ANY,
        {
            "next_of_kin": {
                "full_name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": Y(lambda f: f.full_address(), "address"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "daughter", "brother", "mother"])),
            },
            "same_address_as_member": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reasonable Adjustment Requested",
        "ios",
        ANY,
        {
            "adjustment": RED(
                lambda f: f.pick(
                    [
                        "screen reader software",
                        "ergonomic chair",
                        "phased return",
                        "reduced hours",
                        "ground floor workstation",
                    ]
                ),
                "disability",
            ),
            "related_condition": Y(
                lambda f: f.pick(["dyslexia", "MS", "sciatica", "PTSD", "type 1 diabetes"]),
                "condition|diagnosis",
            ),
            "gp_letter_uploaded": G(lambda f: f.pick([True, False])),
            "occupational_health_referral": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Training Course Completed",
        "android",
        ANY,
        {
            "course_id": G(lambda f: "C" + f.digits(4)),
            "course_name": G(
                lambda f: f.pick(
                    ["Reps Stage 1", "Health & Safety Stage 2", "Organising at Work", "Bargaining Skills"]
                )
            ),
            "score": G(lambda f: f.r.randint(40, 100)),
            "certificate_id": G(lambda f: f.uuid()),
            "certificate_name": Y(lambda f: f.person(), "name"),
            "duration_min": G(lambda f: f.r.randint(30, 900)),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Pension Nomination Updated",
        "java",
        ANY,
        {
            "scheme": G(lambda f: f.pick(["Death Benefit Scheme", "Fallen Members Fund", "Lewenspolis"])),
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(1950, 2020), "birthdate"),
                    "share_pct": G(lambda f: f.pick([25, 50, 100])),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "sibling"])),
                },
                3,
            ),
            "witnessed": G(lambda f: f.pick([True, False])),
        },
    ),
    # ---- German member app (flutter) --------------------------------------------------------------
    (
        "identify",
        None,
        "flutter",
        "DE",
        {
            "mitgliedsnummer": G(lambda f: f.digits(8)),
            "vorname": Y(lambda f: f.fn(), "name"),
            "nachname": Y(lambda f: f.ln(), "name"),
            "e_mail": Y(lambda f: f.mail(), "email"),
            "telefon": Y(lambda f: f.tel(), "phone"),
            "geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1960, 2004)}",
                "birthdate",
            ),
            "strasse": Y(lambda f: f.street_line(), "street|address"),
            "plz": Y(lambda f: f.postcode(), "zipcode"),
            "ort": Y(lambda f: f.town(), "city"),
            "bezirk": G(lambda f: f.branch()),
            "betrieb": G(lambda f: f.employer()),
            "taetigkeit": G(lambda f: f.job()),
            "beitrag_monatlich": G(lambda f: f.money(8, 45)),
            "familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden"])),
        },
    ),
    (
        "track",
        "Urabstimmung Stimme Abgegeben",
        "flutter",
        "DE",
        {
            "urabstimmungId": G(lambda f: "UA-" + f.digits(4)),
            "tarifbereich": G(lambda f: f.pick(["TVöD", "Einzelhandel NRW", "Deutsche Post"])),
            "stimme": Y(lambda f: f.pick(["ja", "nein", "enthaltung"]), "political opinion|trade union"),
            "abgegebenAm": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Veranstaltung Angemeldet",
        "flutter",
        "DE",
        {
            "veranstaltungId": G(lambda f: f.digits(5)),
            "titel": G(lambda f: f.pick(["Streikversammlung", "Betriebsrätekonferenz", "Jugendcamp"])),
            "ort": G(
                lambda f: f.pick(["Gewerkschaftshaus Dortmund", "Volkshaus Leipzig", "DGB-Haus Hamburg"])
            ),
            "teilnehmer": {"vorname": Y(lambda f: f.fn(), "name"), "nachname": Y(lambda f: f.ln(), "name")},
            "kinderbetreuung": G(lambda f: f.pick([True, False])),
            "barrierefreiheit": RED(
                lambda f: f.pick(["Rollstuhlplatz", "Gebärdensprachdolmetschung", "keine"]), "disability"
            ),
        },
    ),
    (
        "track",
        "Tarifrechner Genutzt",
        "flutter",
        "DE",
        {
            "entgeltgruppe": G(lambda f: f.pick(["E5", "E8", "P7", "E11"])),
            "stufe": G(lambda f: f.r.randint(1, 6)),
            "bruttogehalt": Y(lambda f: f.r.randint(2400, 5200), "salary"),
            "wochenstunden": G(lambda f: f.pick([39, 30, 20])),
            "bundesland": G(lambda f: f.pick(PROVINCES["DE"])),
        },
    ),
    ("screen", "Streikkarte", "flutter", "DE", {"view": G(lambda f: f.pick(["map", "list"]))}),
    # ---- rep and organiser app (react-native) ------------------------------------------------------
    (
        "screen",
        "Member Profile",
        "rn",
        ANY,
        {
            "member_number": G(lambda f: f.member_no()),
            "tab": G(lambda f: f.pick(["overview", "cases", "dues"])),
        },
    ),
    (
        "track",
        "Member Contacted",
        "rn",
        ANY,
        {
            "member_number": G(lambda f: f.member_no()),
            "member_name": Y(lambda f: f.person(), "name"),
            "member_mobile": Y(lambda f: f.tel(), "phone"),
            "contact_method": G(lambda f: f.pick(["call", "sms", "whatsapp", "in_person"])),
            "outcome": G(lambda f: f.pick(["reached", "voicemail", "wrong_number", "call_back"])),
            "duration_sec": G(lambda f: f.r.randint(0, 900)),
            "notes": Y(rep_note, "phone", True),
            "follow_up_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Workplace Mapping Updated",
        "rn",
        ANY,
        {
            "workplace_id": G(lambda f: "WP" + f.digits(5)),
            "department": G(lambda f: f.pick(["Ward 14", "Night shift", "Loading bay", "Kitchen", "Admin"])),
            "headcount": G(lambda f: f.r.randint(8, 400)),
            "members_count": G(lambda f: f.r.randint(2, 300)),
            "contacts": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "job_title": G(lambda f: f.job()),
                    "phone": Y(lambda f: f.tel(), "phone"),
                    "union_support": Y(
                        lambda f: f.pick(["strong", "leaning", "undecided", "opposed"]),
                        "political opinion|trade union",
                    ),
                    "is_member": Y(lambda f: f.pick([True, False]), "trade union"),
                    "shift": G(lambda f: f.pick(["early", "late", "nights"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Recruitment Conversation Logged",
        "rn",
        ANY,
        {
            "prospect": {
                "first_name": Y(lambda f: f.fn(), "name"),
                "last_name": Y(lambda f: f.ln(), "name"),
                "mobile": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "issue": G(lambda f: f.pick(["pay", "workload", "bullying", "safety", "hours"])),
            "signed_up": Y(lambda f: f.pick([True, False]), "trade union"),
            "conversation_minutes": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Case Note Added",
        "rn",
        ANY,
        {
            "case_id": G(lambda f: f.ref("CW")),
            "note_type": G(lambda f: f.pick(["meeting", "call", "email", "hearing"])),
            "note_text": Y(case_note, "name", True),
            "visibility": G(lambda f: f.pick(["rep_only", "branch"])),
            "word_count": G(lambda f: f.r.randint(5, 60)),
        },
    ),
    (
        "track",
        "Health And Safety Incident Reported",
        "rn",
        ANY,
        {
            "incident_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["slip_trip", "manual_handling", "assault", "chemical"])),
            "site": G(lambda f: f.pick(["Depot 2", "Ward 9", "Shaft 3", "Warehouse B"])),
            "injured_person": Y(lambda f: f.person(), "name"),
            "injury": Y(
                lambda f: f.pick(["fractured wrist", "burn to hand", "back strain", "concussion"]),
                "condition|diagnosis",
            ),
            "riddor_reportable": G(lambda f: f.pick([True, False])),
            "reported_at": G(lambda f: f.iso()),
            "photos": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    # ---- back office and integrations (servers) ----------------------------------------------------
    (
        "identify",
        None,
        "python",
        ANY,
        {
            "memberNumber": G(lambda f: f.member_no()),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "mobile": Y(lambda f: f.tel(), "phone"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "branch": G(lambda f: f.branch()),
            "branchId": G(lambda f: "BR" + f.digits(4)),
            "workplace": G(
                lambda f: f.pick(["St James's University Hospital", "Depot Süd", "Sorting Office 4"])
            ),
            "employer": G(lambda f: f.employer()),
            "jobTitle": G(lambda f: f.job()),
            "grade": G(lambda f: f.pick(["full", "part_time", "retired", "student"])),
            "membershipStatus": Y(
                lambda f: f.pick(["active", "lapsed", "in_arrears", "resigned"]), "trade union"
            ),
            "joinedAt": G(lambda f: f.iso()),
            "duesMethod": G(lambda f: f.pick(["direct_debit", "payroll", "card", "debit_order"])),
            "arrearsMonths": G(lambda f: f.r.randint(0, 6)),
            "age": G(lambda f: f.r.randint(18, 67)),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        "python",
        "GB",
        {
            "mandate_reference": G(lambda f: "UWU-" + f.hexid(8).upper()),
            "gocardless_customer_id": G(lambda f: "CU000" + f.hexid(9).upper()),
            "account_holder_name": Y(lambda f: f.person(), "name"),
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": G(lambda f: f.pick(["Barclays", "NatWest", "Lloyds", "Nationwide", "Monzo"])),
            "collection_day": G(lambda f: f.pick([1, 15, 28])),
            "amount": G(lambda f: f.money(4, 22)),
            "first_collection_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Dues Adjustment Applied",
        "python",
        ANY,
        {
            "member_number": G(lambda f: f.member_no()),
            "old_amount": G(lambda f: f.money(4, 22)),
            "new_amount": G(lambda f: f.money(2, 22)),
            "reason": G(lambda f: f.pick(["hours_change", "retired", "hardship", "rate_review"])),
            "note": G(
                lambda f: f.pick(
                    [
                        "pro-rata for part-time hours",
                        "moved to retired grade",
                        "hardship waiver approved",
                        "annual uplift 2024",
                        "",
                    ]
                )
            ),
            "approved_by": G(lambda f: "staff_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Member Search",
        "python",
        ANY,
        {
            "q": Y(lambda f: f.pick([f.person(), f.ln(), f.person()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "branch": G(lambda f: f.branch()),
                "status": G(lambda f: f.pick(["any", "active", "lapsed"])),
            },
        },
    ),
    (
        "track",
        "Export Downloaded",
        "python",
        ANY,
        {
            "export_id": G(lambda f: f.uuid()),
            "report": G(lambda f: f.pick(["ballot_eligibility", "arrears", "new_joiners", "picket_rota"])),
            "row_count": G(lambda f: f.r.randint(10, 25000)),
            "requested_by": Y(lambda f: f.staff_mail(), "email"),
            "format": G(lambda f: f.pick(["csv", "xlsx"])),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "identify",
        None,
        "python",
        "GB",
        {
            "MEMBER_ID": G(lambda f: f.digits(7)),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.fn(), "name"),
            "LAST_NAME": Y(lambda f: f.ln(), "name"),
            "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "PHONE_MOBILE": Y(lambda f: f.tel(), "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "BRANCH_CODE": G(lambda f: "B" + f.digits(3)),
            "ARREARS_FLAG": G(lambda f: f.pick(["Y", "N"])),
            "LAST_PAYMENT_DATE": G(lambda f: f.date(2023, 2024)),
            "LIFETIME_DUES_GBP": G(lambda f: f.money(20, 4000)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "track",
        "Streikgeld Beantragt",
        "python",
        "DE",
        {
            "Mitgliedsnummer": G(lambda f: f.digits(8)),
            "Vorname": Y(lambda f: f.fn(), "name"),
            "Nachname": Y(lambda f: f.ln(), "name"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "BIC": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBXXX", "GENODEM1GLS", "WELADED1BOC"])),
            "Kontoinhaber": Y(lambda f: f.person(), "name"),
            "Streiktage": G(lambda f: f.r.randint(1, 10)),
            "Bruttomonatsverdienst": Y(lambda f: f.r.randint(2100, 5400), "salary"),
            "Beitragsklasse": G(lambda f: f.pick(["1%", "0,5%", "Mindestbeitrag"])),
            "Streikgeld_Betrag": G(lambda f: f.money(60, 1100)),
            "Tarifvertrag": G(lambda f: f.pick(["TVöD", "TV-L", "ETV Post"])),
            "Mandatsreferenz": G(lambda f: "IGD" + f.digits(10)),
            "Steuer_ID": RED(lambda f: f.steuer_id(), "national id"),
        },
    ),
    (
        "track",
        "Krankmeldung Beratung Angefragt",
        "python",
        "DE",
        {
            "mitgliedsnummer": G(lambda f: f.digits(8)),
            "arbeitsunfaehig_seit": G(lambda f: f.date(2024, 2024)),
            "diagnose": Y(
                lambda f: f.pick(["Bandscheibenvorfall", "Burnout", "Long Covid", "Depression"]),
                "diagnosis|condition",
            ),
            "krankenkasse": G(
                lambda f: f.pick(["AOK Nordost", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit"])
            ),
            "versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "rentenversicherungsnummer": RED(lambda f: f.rv_number(), "national id"),
            "wiedereingliederung": G(lambda f: f.pick([True, False])),
            "bemerkung": Y(
                lambda f: f.pick(
                    [
                        "Bitte Rückruf unter {t}",
                        "Erreichbar ab 16 Uhr: {t}",
                        "{t} (nur SMS)",
                        "Rückrufnummer {t}, AU bis Monatsende",
                    ]
                ).format(t=f.tel()),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Dispute Created",
        "java",
        ANY,
        {
            "dispute_id": G(lambda f: "D" + f.digits(4)),
            "employer": G(lambda f: f.employer()),
            "bargaining_unit": G(lambda f: f.pick(["Band 2-4 nursing", "Delivery staff", "Surface workers"])),
            "members_in_scope": G(lambda f: f.r.randint(40, 9000)),
            "issue": G(lambda f: f.pick(["pay", "pensions", "job_cuts", "safety"])),
            "pay_claim_pct": G(lambda f: f.pick([8, 10, 12.5])),
            "lead_organiser": Y(lambda f: f.person(), "name"),
            "lead_organiser_email": Y(lambda f: f.staff_mail(), "email"),
            "ballot_required": G(lambda f: True),
        },
    ),
    (
        "track",
        "Tribunal Claim Lodged",
        "java",
        "GB",
        {
            "acas_ec_number": G(lambda f: f"R{f.digits(6)}/24/{f.r.randint(10, 99)}"),
            "claim_type": G(lambda f: f.pick(["unfair_dismissal", "discrimination", "unpaid_wages"])),
            "respondent_employer": G(lambda f: f.employer()),
            "claimant_name": Y(lambda f: f.person(), "name"),
            "claimant_ni_number": RED(lambda f: f.ni_number(), "national id"),
            "solicitor_firm": G(
                lambda f: f.pick(["Thompsons Solicitors", "Slater and Gordon", "Morrish Solicitors"])
            ),
            "solicitor_contact": Y(lambda f: f.person(), "name"),
            "casework_mailbox": G(lambda f: "casework@unitedworkers.org.uk"),
            "hearing_venue": G(lambda f: f.pick(["Leeds ET", "Manchester ET", "Cardiff ET"])),
        },
    ),
    (
        "track",
        "Legal Referral Created",
        "java",
        "GB",
        {
            "referral_id": G(lambda f: f.digits(7)),
            "accident_date": G(lambda f: f.date(2023, 2024)),
            "injury_type": Y(
                lambda f: f.pick(["whiplash", "fractured ankle", "repetitive strain injury", "needlestick"]),
                "condition|diagnosis",
            ),
            "hospital": G(
                lambda f: f.pick(
                    ["Leeds General Infirmary", "University Hospital of Wales", "Manchester Royal Infirmary"]
                )
            ),
            "nhs_number": RED(lambda f: f.nhs_number(), "health id"),
            "claimant": {
                "full_name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "union_helpline": G(lambda f: "0800 587 " + f.pick(["1234", "4455"])),
        },
    ),
    (
        "track",
        "Migrant Worker Advice Requested",
        "node",
        "GB",
        {
            "visa_type": RED(
                lambda f: f.pick(
                    ["Skilled Worker", "Health and Care Worker", "EU Settled Status", "Graduate"]
                ),
                "visa",
            ),
            "right_to_work_share_code": RED(lambda f: f.share_code(), "visa"),
            "sponsor_employer": G(lambda f: f.employer("GB")),
            "nationality": Y(
                lambda f: f.pick(["Indian", "Nigerian", "Filipino", "Zimbabwean", "Polish"]), "citizenship"
            ),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "interpreter_language": G(lambda f: f.pick(["none", "Malayalam", "Tagalog", "Shona"])),
        },
    ),
    (
        "track",
        "Dues Payment Failed",
        "go",
        ANY,
        {
            "payment_id": G(lambda f: "pi_3" + f.hexid(21)),
            "failure_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "amount": G(lambda f: f.money(4, 40)),
            "currency": G(lambda f: f.cur().lower()),
            "member_email": Y(lambda f: f.mail(), "email"),
            "payment_method": RED(lambda f: f.pm(), "token"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "card_exp_year": G(lambda f: f.r.randint(2024, 2030)),
            "card_bin": G(lambda f: f.pick(["454313", "535522", "492181"])),
        },
    ),
    (
        "track",
        "Ballot Result Published",
        "go",
        ANY,
        {
            "ballot_id": G(lambda f: "BAL-" + f.digits(4)),
            "eligible": G(lambda f: f.r.randint(100, 20000)),
            "turnout_pct": G(lambda f: f.money(20, 80)),
            "yes_pct": G(lambda f: f.money(40, 98)),
            "no_pct": G(lambda f: f.money(2, 60)),
            "threshold_met": G(lambda f: f.pick([True, False])),
            "result": G(lambda f: f.pick(["mandate", "no_mandate"])),
        },
    ),
    (
        "track",
        "SMS Received",
        "go",
        ANY,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(lambda f: f.tel(), "phone"),
            "To": G(lambda f: {"GB": "+447700180020", "DE": "+4915792384001", "ZA": "+27600123456"}[f.cc]),
            "Body": G(lambda f: f.pick(["YES", "STOP", "Count me in", "Which gate?", "yes pls", "Y"])),
            "FromCity": Y(lambda f: f.town(), "city"),
            "FromCountry": G(lambda f: f.cc),
            "NumSegments": G(lambda f: 1),
        },
    ),
    (
        "track",
        "SMS Keyword Opt In",
        "go",
        ANY,
        {
            "keyword": G(lambda f: f.pick(["STRIKE", "PICKET", "JOIN", "VOTE"])),
            "subscriber": Y(lambda f: f.tel(), "phone", True),
            "short_code": G(lambda f: {"GB": "62277", "DE": "+4915792384001", "ZA": "31337"}[f.cc]),
            "opted_in_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Ballot Feedback Given",
        "ios",
        ANY,
        {
            "ballot_id": G(lambda f: "BAL-" + f.digits(4)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Easy to vote, thanks",
                        "Took ages to find the link",
                        "More info on strike pay please",
                        "",
                        "Why only two options?",
                    ]
                )
            ),
            "rating": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Member Record Merged",
        "go",
        ANY,
        {
            "surviving_member_id": G(lambda f: f.digits(7)),
            "merged_member_id": G(lambda f: f.digits(7)),
            "matched_on": Many(G(lambda f: f.pick(["email", "dob", "ni_number", "mobile"])), 3),
            "merged_by": Y(lambda f: f.staff_mail(), "email"),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 1), 2)),
        },
    ),
    (
        "track",
        "Grievance Case Opened",
        "dotnet",
        ANY,
        {
            "CaseId": G(lambda f: f.r.randint(100000, 999999)),
            "CaseReference": G(lambda f: f.ref("GRV")),
            "MemberNumber": G(lambda f: f.member_no()),
            "GrievanceCategory": G(lambda f: f.pick(["Bullying", "Pay", "Working Time", "Discrimination"])),
            "RespondentName": Y(lambda f: f.person(), "name"),
            "WitnessNames": Many(Y(lambda f: f.person(), "name"), 3),
            "AssignedRep": Y(lambda f: f.person(), "name"),
            "AssignedRepEmail": Y(lambda f: f.staff_mail(), "email"),
            "CreatedUtc": G(lambda f: f.iso()),
            "Status": G(lambda f: f.pick(["Open", "Stage1", "Stage2"])),
            "IsUrgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Band Changed",
        "java",
        ANY,
        {
            "from_band": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "to_band": G(lambda f: f.pick(["B", "C", "D", "E"])),
            "annual_salary_declared": Y(lambda f: f.r.randint(12000, 70000), "salary"),
            "effective_from": G(lambda f: f.date(2024, 2025)),
            "changed_by": G(lambda f: f.pick(["member", "system", "staff"])),
        },
    ),
    (
        "group",
        None,
        "dotnet",
        ANY,
        {
            "Name": G(lambda f: f.branch()),
            "Employer": G(lambda f: f.employer()),
            "Sector": G(lambda f: f.pick(["Health", "Transport", "Retail", "Mining"])),
            "MemberCount": G(lambda f: f.r.randint(30, 5000)),
            "DensityPct": G(lambda f: f.money(10, 95)),
            "BranchSecretary": Y(lambda f: f.person(), "name"),
            "BranchSecretaryEmail": Y(lambda f: f.staff_mail(), "email"),
            "OfficePhone": G(
                lambda f: {
                    "GB": "0113 245 " + f.digits(4),
                    "DE": "+49 231 5770" + f.digits(3),
                    "ZA": "+27 11 403 " + f.digits(4),
                }[f.cc]
            ),
            "OfficeAddress": G(
                lambda f: {
                    "GB": "Park Square East, Leeds LS1 2NE",
                    "DE": "Königswall 36, 44137 Dortmund",
                    "ZA": "Cosatu House, 110 Jorissen Street, Braamfontein",
                }[f.cc]
            ),
        },
    ),
    (
        "track",
        "Payroll Deduction Confirmed",
        "ruby",
        "GB",
        {
            "employer_id": G(lambda f: "EMP" + f.digits(4)),
            "payroll_period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05"])),
            "employee_number": G(lambda f: f.digits(7)),
            "employee_name": Y(lambda f: f.person(), "name"),
            "ni_number": RED(lambda f: f.ni_number(), "national id"),
            "deduction_amount": G(lambda f: f.money(4, 22)),
            "deduction_code": G(lambda f: f.pick(["U01", "U07", "UNI"])),
            "gross_pay": Y(lambda f: f.money(900, 4500), "salary"),
            "union_member": Y(lambda f: f.pick(["Y", "N"]), "trade union"),
        },
    ),
    (
        "track",
        "Email Bounced",
        "ruby",
        ANY,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "bounce_type": G(lambda f: f.pick(["hard", "soft"])),
            "reason": G(lambda f: f.pick(["550 5.1.1 mailbox unavailable", "452 mailbox full"])),
            "list_id": G(lambda f: f.hexid(10)),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.unitedworkers.org.uk>"),
            "sender": G(lambda f: "no-reply@unitedworkers.org.uk"),
        },
    ),
    (
        "track",
        "Dues Receipt Sent",
        "ruby",
        ANY,
        {
            "to": Y(lambda f: f.mail(), "email", True),
            "template_id": G(lambda f: f.pick(["d-4f1c9a", "d-77b2e0", "d-0a93c1"])),
            "receipt_number": G(lambda f: "RCPT-" + f.digits(8)),
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05"])),
        },
    ),
    (
        "track",
        "Webinar Registered",
        "php",
        ANY,
        {
            "webinar-id": G(lambda f: f.digits(11)),
            "webinar-title": G(
                lambda f: f.pick(["Your rights on strike", "Ballot Q&A", "Pensions explained"])
            ),
            "attendee-name": Y(lambda f: f.person(), "name"),
            "attendee-email": Y(lambda f: f.mail(), "email"),
            "job-role": G(lambda f: f.job()),
            "employer-name": G(lambda f: f.employer()),
            "join-url": RED(
                lambda f: f"https://us06web.zoom.us/w/{f.digits(11)}?tk={f.hexid(43)}.DQMAAAA", "token"
            ),
            "reminder-opt-in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "php",
        "ZA",
        {
            "lidnommer": G(lambda f: "NP" + f.digits(6)),
            "naam": Y(lambda f: f.fn(), "name"),
            "van": Y(lambda f: f.ln(), "name"),
            "e-pos": Y(lambda f: f.mail(), "email"),
            "selfoon": Y(lambda f: f.tel(), "phone"),
            "geboortedatum": Y(lambda f: f.dob(), "birthdate"),
            "woonadres": Y(lambda f: f.full_address(), "address"),
            "poskode": Y(lambda f: f.postcode(), "zipcode"),
            "werkgewer": G(lambda f: f.employer()),
            "tak": G(lambda f: f.branch()),
            "lidmaatskapstatus": Y(lambda f: f.pick(["aktief", "agterstallig", "bedank"]), "trade union"),
            "taal": G(lambda f: f.pick(["Afrikaans", "English", "isiZulu", "Sesotho"])),
        },
    ),
    (
        "track",
        "Stakingsgeld Eis Ingedien",
        "php",
        "ZA",
        {
            "lidnommer": G(lambda f: "NP" + f.digits(6)),
            "naam": Y(lambda f: f.person(), "name"),
            "id_nommer": RED(lambda f: f.sa_id(), "national id"),
            "selfoonnommer": Y(lambda f: f.tel(), "phone"),
            "bank": G(lambda f: f.pick(["Capitec", "FNB", "Absa", "Standard Bank", "Nedbank"])),
            "takkode": G(lambda f: f.pick(["470010", "250655", "632005", "051001"])),
            "rekeningnommer": RED(lambda f: f.digits(f.pick([10, 11])), "bank account"),
            "dae_op_staking": G(lambda f: f.r.randint(1, 21)),
            "bedrag": G(lambda f: f.money(150, 4000)),
        },
    ),
    (
        "track",
        "USSD Join Completed",
        "node",
        "ZA",
        {
            "session_id": G(lambda f: f.hexid(20)),
            "igama": Y(lambda f: f.fn(), "name"),
            "isibongo": Y(lambda f: f.ln(), "name"),
            "inombolo_kamazisi": RED(lambda f: f.sa_id(), "national id"),
            "inombolo_yocingo": Y(lambda f: "27" + f.pick(["82", "73", "61"]) + f.digits(7), "phone"),
            "umqashi": G(lambda f: f.employer()),
            "isifundazwe": G(lambda f: f.pick(PROVINCES["ZA"])),
            "ulimi": G(lambda f: f.pick(["isiZulu", "English", "isiXhosa"])),
            "menu_steps": G(lambda f: f.r.randint(6, 14)),
        },
    ),
    (
        "track",
        "Strike Notice Served",
        "node",
        "ZA",
        {
            "ccma_case_number": G(lambda f: f"GAJB{f.digits(5)}-24"),
            "commissioner": Y(lambda f: f.person(), "name"),
            "certificate_issued": G(lambda f: f.pick([True, False])),
            "employer": G(lambda f: f.employer()),
            "notice_hours": G(lambda f: 48),
            "protected_strike": G(lambda f: True),
        },
    ),
    (
        "track",
        "Lead",
        "node",
        ANY,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Many(Y(lambda f: f.sha(f.mail()), "email"), 1),
                "ph": Many(Y(lambda f: f.sha(f.tel()), "phone"), 1),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
                "external_id": G(lambda f: f.sha(f.uuid())),
            },
            "custom_data": {
                "content_name": G(lambda f: "join_form"),
                "value": G(lambda f: f.money(4, 22)),
                "currency": G(lambda f: f.cur()),
            },
        },
    ),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, cc, body in EVENTS:
            f.cc = cc or f.pick(["GB", "GB", "ZA", "DE"])
            if client == "flutter":
                f.cc = "DE"
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.member_no() if client in ("python", "dotnet", "php") else "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "br_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=324, repeats=34)
    write(Path(__file__).parent, "holdout324_", events, labels)
