"""Writes holdout45: tests/corpus/holdout45_events.jsonl and holdout45_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels; the only files consulted were the helpers (build.py, fake.py), the
format of build_holdout3.py and the reference (../shared/REFERENCE.md). Never scored by its
author. Run `.venv/bin/python -m tests.corpus.build_holdout45`; deterministic (seed 45).

Domain: payroll, HR and benefits software. An HR/payroll SaaS ("PeoplePay") with a web app
(analytics.js), an employee app (analytics-swift), a time-clock app (analytics-kotlin and
analytics_flutter), a benefits app (analytics-react-native) and server-side services
(analytics-python, -node, -go, -java, -ruby, -php, Analytics.NET). Employers in the US, Canada,
Australia and Poland. Covers onboarding and personal details, tax forms (W-4, TD1, TFN
declaration, Polish PIT/ZUS data), direct deposit (ABA routing, Canadian transit/institution,
Australian BSB, Polish NRB/IBAN), time clock and timesheets, time off and leave, payslips and
payroll runs, pay changes and garnishments, expenses and corporate cards, benefits enrolment
with dependants and beneficiaries, insurance and FSA claims, accommodations and EEO
self-identification, performance reviews and feedback, recruiting (careers site, applications,
interviews, offers, background checks, references), a perks store using Segment's e-commerce
spec events, vendor-shaped payloads (Google Places autocomplete, an SMS provider, a card
issuer's authorisation webhook, a payroll provider's webhook, a reverse-ETL warehouse sync),
identify / group / page / screen / alias calls.

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths (~20 %)
use other conventions real customers have: PascalCase from the .NET service, kebab-case from the
Australian kiosk and careers widget, SCREAMING_SNAKE from the warehouse sync, Polish keys from
the Polish backend (imie, nazwisko, pesel, adres, wynagrodzenie ...) and French keys from the
Quebec tax form. Values: names from many cultures, US/CA/AU/PL phone formats and addresses,
SSNs with valid structure, SINs passing Luhn, TFNs and PESELs and NIPs with valid check digits,
mod-97 IBANs, ABA routing numbers with valid checksums, Medicare/OHIP numbers with check digits.

Labelling rules (the product's default colours): each leaf path carries classification,
type (the reference's matcher name, or `bank account`, `geolocation`, `secret`, `national id`,
`health id`, `advertising id`, `credit card`, `password`, `token`, `union membership`; `a|b`
when either is fair) and value_only (the key does not say what the value is).
- PII = personal data about a natural person: the user, a candidate, a dependant, a
  beneficiary, an emergency contact, a referee, an interviewer, an HR admin or manager.
  Colour: the reference's default for the matcher; outside it, red for credentials, secrets,
  card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or the employer issue (employee numbers, badge numbers, claim numbers, member
  numbers, payslip ids), UUIDs, versions, timestamps, hashes of files, amounts that are not a
  person's pay (expenses, deductions, premiums, payroll-run totals, a job posting's salary
  range), enums, counters and booleans under PII-sounding keys, job titles, departments, salary
  bands, employers' and benefit plans' names, the employer's own EIN/ABN/NIP/REGON, address,
  phone and role mailboxes (payroll@, hr@), the SMS sender number, office and worksite
  locations (including a geofence's centre coordinates), country/state/province, locale,
  timezone, currency, routing numbers, BSBs, transit and institution numbers, card brand and
  last four, OS-issued device ids, user agents, pets' names and data, ages, marital status.
- Pay is yellow `salary`: salaries, hourly and contractor rates, gross/net pay, year-to-date
  gross, bonuses, declared tips, expected salary, equity in an offer.
- Contested cases per the product's published policy: insurance policy numbers yellow
  `identification`; rx numbers yellow `medication`; plates yellow `license`; gclid/fbclid/fbp
  yellow `advertising id`; billing addresses yellow `address`; card and payment tokens,
  invitation, reset and one-time codes red `token|secret`; SSN last four red.
- Special categories revealed by a boolean or enum are PII of that category: veteran and
  disability red (reference), race/ethnicity, gender (including pronouns), religion (the
  floating holiday observed), health conditions (tobacco use, pregnancy, an expected due date)
  yellow. Trade-union membership (a Polish payroll flag) is yellow `union membership`.
- Rules chosen where the reference is silent (what a careful privacy owner would flag): a sole
  trader contractor's NIP is red `national id` (it identifies the person), the employer's NIP is
  green; the Polish sick-note dependant's PESEL is red; a kiosk PIN is red `password`; an
  immigration visa type is red `visa`; a work-authorisation answer reveals citizenship (yellow);
  a birthday without a year is still yellow `birthdate`; file names built from the person's
  name are yellow `name`, value_only; device push tokens are red `token`.
- value_only PII paths hold that PII in every value; free text is labelled by what every value
  carries, and free-text paths here either always carry the PII or never do (then green).
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

NAMES = {
    "US": (
        [
            "Emily",
            "Marcus",
            "Guadalupe",
            "DeShawn",
            "Mei",
            "Arjun",
            "Fatima",
            "Tyler",
            "Keisha",
            "Ji-woo",
            "Santiago",
            "Abigail",
            "Darnell",
            "Leilani",
            "Hiroshi",
            "Maria",
            "Tomasz",
            "Aaliyah",
        ],
        [
            "Johnson",
            "Hernández",
            "Washington",
            "Nguyen",
            "Patel",
            "Kim",
            "O'Connell",
            "Abernathy",
            "Rodriguez",
            "Yazzie",
            "Goldberg",
            "Okafor",
            "Castillo",
            "Lindqvist",
            "Brooks",
            "Tanaka",
        ],
    ),
    "CA": (
        [
            "Geneviève",
            "Jean-François",
            "Harpreet",
            "Liam",
            "Chloé",
            "Amir",
            "Siobhan",
            "Wei",
            "Mathieu",
            "Nadia",
            "Tenzin",
            "Olivia",
            "Kwabena",
            "Isabelle",
            "Raj",
            "Élodie",
        ],
        [
            "Tremblay",
            "Gagnon",
            "Sandhu",
            "Côté",
            "MacDonald",
            "Roy",
            "Bouchard",
            "Chen",
            "Singh",
            "Lévesque",
            "Morrison",
            "Mensah",
            "Pelletier",
            "Fortin",
            "Grewal",
            "Campbell",
        ],
    ),
    "AU": (
        [
            "Lachlan",
            "Mia",
            "Aroha",
            "Jack",
            "Charlotte",
            "Thanh",
            "Eleni",
            "Kiran",
            "Harper",
            "Bilal",
            "Ngaire",
            "Oliver",
            "Ayesha",
            "Cooper",
            "Ruby",
            "Duc",
        ],
        [
            "O'Brien",
            "Nguyen",
            "Papadopoulos",
            "Smith",
            "Ngata",
            "Wilson",
            "Tran",
            "Kelly",
            "Haddad",
            "Murphy",
            "Taylor",
            "Rahman",
            "Anderson",
            "Walker",
            "Le",
            "Campbell",
        ],
    ),
    "PL": (
        [
            "Agnieszka",
            "Piotr",
            "Małgorzata",
            "Krzysztof",
            "Zofia",
            "Łukasz",
            "Katarzyna",
            "Michał",
            "Joanna",
            "Paweł",
            "Oksana",
            "Wojciech",
            "Ewa",
            "Tomasz",
            "Anna",
            "Jakub",
        ],
        [
            "Kowalska",
            "Wiśniewski",
            "Wójcik",
            "Zieliński",
            "Lewandowska",
            "Kamiński",
            "Dąbrowska",
            "Nowak",
            "Szymański",
            "Woźniak",
            "Kowalenko",
            "Jankowski",
            "Mazur",
            "Grabowska",
            "Król",
            "Piątek",
        ],
    ),
}
COUNTRIES = ["US", "CA", "AU", "PL"]

FREE_MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"],
    "CA": ["gmail.com", "shaw.ca", "videotron.ca", "rogers.com", "outlook.com"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com.au", "icloud.com"],
    "PL": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
}
EMPLOYERS = {
    "US": [
        ("Northwind Logistics", "northwindlogistics.com"),
        ("Bluebird Dental Group", "bluebirddental.com"),
        ("Riverside Brewing Co", "riversidebrewing.com"),
    ],
    "CA": [("Maple Ridge Foods", "mapleridgefoods.ca"), ("Laurentide Construction", "laurentide.ca")],
    "AU": [
        ("Coastal Care Services", "coastalcare.com.au"),
        ("Kookaburra Cafés Pty Ltd", "kookaburracafes.com.au"),
    ],
    "PL": [("Wisła Software sp. z o.o.", "wislasoftware.pl"), ("Piekarnia Złoty Kłos", "zlotyklos.pl")],
}

US_CITIES = [
    ("Chicago", "IL", "606"),
    ("Austin", "TX", "787"),
    ("Seattle", "WA", "981"),
    ("Atlanta", "GA", "303"),
    ("Phoenix", "AZ", "850"),
    ("Brooklyn", "NY", "112"),
    ("Denver", "CO", "802"),
    ("Tampa", "FL", "336"),
]
US_STREETS = [
    "W Belmont Ave",
    "Maple Ridge Dr",
    "E 14th St",
    "Peachtree Rd NE",
    "N Central Ave",
    "Vine St",
    "Willow Creek Ln",
    "Lakeshore Blvd",
]
CA_CITIES = [
    ("Toronto", "ON", "M"),
    ("Montréal", "QC", "H"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Halifax", "NS", "B"),
    ("Winnipeg", "MB", "R"),
]
CA_STREETS = [
    "Rue Saint-Denis",
    "Queen St W",
    "Commercial Dr",
    "Boulevard René-Lévesque O",
    "Spring Garden Rd",
    "17 Ave SW",
    "Portage Ave",
    "Bathurst St",
]
AU_CITIES = [
    ("Fitzroy", "VIC", "3065"),
    ("Parramatta", "NSW", "2150"),
    ("Fremantle", "WA", "6160"),
    ("Newtown", "NSW", "2042"),
    ("Toowong", "QLD", "4066"),
    ("Glenelg", "SA", "5045"),
]
AU_STREETS = ["Brunswick St", "Church St", "High St", "King St", "Coronation Dr", "Jetty Rd"]
PL_CITIES = [
    ("Warszawa", "mazowieckie", "00"),
    ("Kraków", "małopolskie", "31"),
    ("Gdańsk", "pomorskie", "80"),
    ("Wrocław", "dolnośląskie", "50"),
    ("Poznań", "wielkopolskie", "61"),
    ("Łódź", "łódzkie", "90"),
]
PL_STREETS = [
    "Marszałkowska",
    "Długa",
    "Piotrkowska",
    "Floriańska",
    "Świętojańska",
    "Grunwaldzka",
    "Ogrodowa",
]

LOCALES = {"US": ["en-US", "es-US"], "CA": ["en-CA", "fr-CA"], "AU": ["en-AU"], "PL": ["pl-PL", "en-GB"]}
TIMEZONES = {
    "US": ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"],
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Perth", "Australia/Brisbane"],
    "PL": ["Europe/Warsaw"],
}
COUNTRY_NAMES = {"US": "USA", "CA": "Canada", "AU": "Australia", "PL": "Polska"}
HQ = {  # employer -> (street, city, state, postal code, main phone): the business's own
    "Northwind Logistics": ("233 S Wacker Dr, Suite 4100", "Chicago", "IL", "60606", "(312) 555-0148"),
    "Bluebird Dental Group": ("1100 Peachtree St NE", "Atlanta", "GA", "30309", "404-555-0187"),
    "Riverside Brewing Co": ("601 W 6th St", "Austin", "TX", "78701", "1-800-555-0199"),
    "Maple Ridge Foods": ("100 King St W, Floor 37", "Toronto", "ON", "M5X 1A9", "(416) 555-0123"),
    "Laurentide Construction": ("1250 Boul. René-Lévesque O", "Montréal", "QC", "H3B 4W8", "+1 514 555 0110"),
    "Coastal Care Services": ("Level 12, 1 Market St", "Sydney", "NSW", "2000", "+61 2 9374 4000"),
    "Kookaburra Cafés Pty Ltd": ("88 High St", "Fremantle", "WA", "6160", "(08) 9335 1200"),
    "Wisła Software sp. z o.o.": ("ul. Prosta 20", "Warszawa", "mazowieckie", "00-850", "+48 22 628 12 34"),
    "Piekarnia Złoty Kłos": ("ul. Rynek Główny 9", "Kraków", "małopolskie", "31-042", "+48 12 421 55 00"),
}
# (site name, latitude, longitude) of employers' worksites: the business's places, not a person's.
SITES = {
    "US": [("Joliet DC", 41.5253, -88.0817), ("Austin taproom", 30.2598, -97.7146)],
    "CA": [("Mississauga plant", 43.6412, -79.6711), ("Laval yard", 45.5731, -73.7196)],
    "AU": [("Fremantle depot", -32.0569, 115.7439), ("Bondi café", -33.8915, 151.2767)],
    "PL": [("Magazyn Łódź", 51.7592, 19.456), ("Piekarnia Kraków", 50.0614, 19.9366)],
}
ABA = ["021000021", "026009593", "121000248", "011000015", "071000013", "322271627", "111000614"]
BSB = ["062-000", "033-000", "083-004", "012-003", "484-799", "063-019"]
PL_BANKS = ["10901014", "10501445", "11402004", "10201026", "12401037", "19401076"]
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


def ascii_name(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


class HR(Fake):
    """Fake with the HR domain's generators (all seeded from the one Random).

    `cur` is the country of the message being rendered and `row` its city, so that one event's
    address, phone formats, locale and state agree (set per message by build()).
    """

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cur: str | None = None
        self.row: tuple | None = None
        self.site: tuple | None = None
        self.emp: tuple | None = None

    def country(self):
        return self.cur or self.pick(COUNTRIES)

    def state_c(self):
        return self.city_row(self.country())[1]

    def locale_c(self):
        return self.pick(LOCALES[self.country()])

    def tz_c(self):
        return self.pick(TIMEZONES[self.country()])

    def work_site(self):
        if self.site is None:
            self.site = self.pick(SITES[self.country()])
        return self.site

    def near_site(self, i):
        return round(self.work_site()[i] + self.r.uniform(-0.004, 0.004), 6)

    def first_c(self, c=None):
        return self.pick(NAMES[c or self.country()][0])

    def last_c(self, c=None):
        return self.pick(NAMES[c or self.country()][1])

    def name_c(self, c=None):
        c = c or self.country()
        return f"{self.first_c(c)} {self.last_c(c)}"

    def personal_email(self, c=None):
        c = c or self.country()
        first, last = ascii_name(self.first_c(c)), ascii_name(self.last_c(c))
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[0]}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
                f"{first}_{last}",
            ]
        )
        return f"{local}@{self.pick(FREE_MAIL[c])}"

    def work_email(self, c=None):
        c = c or self.country()
        first, last = ascii_name(self.first_c(c)), ascii_name(self.last_c(c))
        domain = self.pick(EMPLOYERS[c])[1]
        return self.pick([f"{first}.{last}@{domain}", f"{first[0]}{last}@{domain}", f"{first}@{domain}"])

    def any_email(self, c=None):
        return self.personal_email(c) if self.r.random() < 0.5 else self.work_email(c)

    def employer_row(self):
        """The message's employer (name, domain), chosen once per message."""
        if self.emp is None:
            self.emp = self.pick(EMPLOYERS[self.country()])
        return self.emp

    def employer(self, c=None):
        return self.pick(EMPLOYERS[c])[0] if c else self.employer_row()[0]

    def hq(self, i):
        return HQ[self.employer_row()[0]][i]

    def phone_c(self, c=None):
        c = c or self.country()
        r = self.r
        if c in ("US", "CA"):
            area = self.pick(
                ["312", "512", "206", "404", "602", "718"]
                if c == "US"
                else ["416", "514", "604", "403", "902", "204", "647"]
            )
            ex, line = r.randint(201, 989), r.randint(0, 9999)
            return self.pick(
                [
                    f"({area}) {ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1 {area} {ex} {line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if c == "AU":
            mob = f"4{r.randint(0, 9)}{r.randint(0, 9)}"
            a, b = r.randint(100, 999), r.randint(100, 999)
            return self.pick(
                [
                    f"0{mob} {a} {b}",
                    f"+61 {mob} {a} {b}",
                    f"+61{mob}{a}{b}",
                    f"(0{self.pick(['2', '3', '7', '8'])}) {r.randint(8000, 9999)} {r.randint(1000, 9999)}",
                ]
            )
        p = f"{self.pick(['5', '6', '7', '8'])}{r.randint(0, 9)}{r.randint(0, 9)}"
        a, b = r.randint(100, 999), r.randint(100, 999)
        return self.pick(
            [
                f"+48 {p} {a} {b}",
                f"{p}-{a}-{b}",
                f"{p}{a}{b}",
                f"+48{p}{a}{b}",
                f"+48 22 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
            ]
        )

    def street_c(self, c=None):
        c = c or self.country()
        r = self.r
        if c == "US":
            return f"{r.randint(10, 9899)} {self.pick(US_STREETS)}" + self.pick(
                ["", "", " Apt 3B", " Unit 210"]
            )
        if c == "CA":
            return self.pick(
                [
                    f"{r.randint(10, 4999)} {self.pick(CA_STREETS)}",
                    f"{r.randint(101, 2405)}-{r.randint(10, 999)} {self.pick(CA_STREETS)}",
                ]
            )
        if c == "AU":
            return self.pick(
                [
                    f"{r.randint(1, 250)} {self.pick(AU_STREETS)}",
                    f"Unit {r.randint(1, 30)}/{r.randint(1, 120)} {self.pick(AU_STREETS)}",
                ]
            )
        return f"ul. {self.pick(PL_STREETS)} {r.randint(1, 140)}" + self.pick(
            ["", f"/{r.randint(1, 60)}", f" m. {r.randint(1, 40)}"]
        )

    def postcode_c(self, c, city_row):
        r = self.r
        if c == "US":
            return f"{city_row[2]}{r.randint(1, 99):02d}"
        if c == "CA":
            L = "ABCEGHJKLMNPRSTVXY"
            fsa = f"{city_row[2]}{r.randint(1, 9)}{self.pick(L)}"
            return f"{fsa} {r.randint(0, 9)}{self.pick(L)}{r.randint(0, 9)}"
        if c == "AU":
            return city_row[2]
        return f"{city_row[2]}-{r.randint(0, 999):03d}"

    def city_row(self, c):
        if c == self.cur and self.row is not None:
            return self.row
        row = self.pick({"US": US_CITIES, "CA": CA_CITIES, "AU": AU_CITIES, "PL": PL_CITIES}[c])
        if c == self.cur:
            self.row = row
        return row

    def city_c(self, c=None):
        return self.city_row(c or self.country())[0]

    def zip_c(self, c=None):
        c = c or self.country()
        return self.postcode_c(c, self.city_row(c))

    def address_line(self, c=None):
        c = c or self.country()
        row = self.city_row(c)
        pc = self.postcode_c(c, row)
        s = self.street_c(c)
        if c == "US":
            return f"{s}, {row[0]}, {row[1]} {pc}"
        if c == "CA":
            return f"{s}, {row[0]}, {row[1]} {pc}"
        if c == "AU":
            return f"{s}, {row[0]} {row[1]} {pc}"
        return f"{s}, {pc} {row[0]}"

    def dob(self, lo=1958, hi=2004):
        return self.date(lo, hi)

    def child_dob(self):
        return self.date(2008, 2024)

    # -- government and financial ids, with valid checksums ----------------------------------------

    def ssn_c(self):
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        raw = f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
        return self.pick([f"{raw[:3]}-{raw[3:5]}-{raw[5:]}", raw])

    def sin(self):
        body = str(self.r.randint(1, 7)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])

    def tfn(self):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            for last in range(10):
                if sum(a * b for a, b in zip([*d, last], w, strict=True)) % 11 == 0:
                    n = "".join(map(str, [*d, last]))
                    return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n])

    def pesel(self, lo=1960, hi=2004):
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        serial = f"{self.r.randint(0, 999):03d}{self.r.randint(0, 9)}"
        body = f"{y % 100:02d}{mm:02d}{d:02d}{serial}"
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        check = (10 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 10) % 10
        return body + str(check)

    def nip(self):
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
            c = sum(a * b for a, b in zip(d, w, strict=True)) % 11
            if c != 10:
                n = "".join(map(str, d)) + str(c)
                return self.pick([n, f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", f"PL{n}"])

    def regon(self):
        w = [8, 9, 2, 3, 4, 5, 6, 7]
        d = [self.r.randint(0, 9) for _ in range(8)]
        return "".join(map(str, d)) + str(sum(a * b for a, b in zip(d, w, strict=True)) % 11 % 10)

    def abn(self):
        w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(10)]
            x = [d[0] - 1, *d[1:]]
            if sum(a * b for a, b in zip(x, w, strict=True)) % 89 == 0:
                n = "".join(map(str, d))
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def employer_tax_id(self):
        c = self.country()
        if c == "US":
            return self.ein()
        if c == "CA":
            return self.digits(9) + "RP0001"
        if c == "AU":
            return self.abn()
        return self.pick(["5252248481", "6772477900", "5842739558", "7010002137"])

    def ein(self):
        return f"{self.pick(['12', '27', '36', '45', '81', '94'])}-{self.digits(7)}"

    def medicare_au(self):
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        d = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(a * b for a, b in zip(d, w, strict=True)) % 10
        n = "".join(map(str, d)) + str(check) + str(self.r.randint(1, 9))
        return self.pick([f"{n[:4]} {n[4:9]} {n[9]}", n])

    def ohip(self):
        n = self.luhn_complete(
            str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        )
        return self.pick([f"{n[:4]}-{n[4:7]}-{n[7:]}-{self.pick(['AB', 'KT', 'XY', 'GH'])}", n])

    def mod97_iban(self, country, bban):
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{bban}"

    def pl_account(self):
        iban = self.mod97_iban(
            "PL", self.pick(PL_BANKS) + "".join(str(self.r.randint(0, 9)) for _ in range(16))
        )
        nrb = iban[2:]
        return self.pick(
            [
                iban,
                " ".join(iban[i : i + 4] for i in range(0, 28, 4)),
                nrb,
                nrb[:2] + " " + " ".join(nrb[i : i + 4] for i in range(2, 26, 4)),
            ]
        )

    def us_account(self):
        return self.digits(self.pick([8, 9, 10, 12]))

    def ca_account(self):
        return self.digits(7)

    def au_account(self):
        return self.digits(self.pick([6, 8, 9]))

    def ipv4_c(self):
        r = self.r
        first = self.pick([24, 50, 67, 73, 99, 142, 174, 203, 31, 83, 89, 109, 188, 58, 101, 124])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6_c(self):
        prefix = self.pick(["2600:1700", "2607:fea8", "2001:8003", "2a02:a311", "2a01:110f", "2601:646"])
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def ip_any(self):
        return self.ipv4_c() if self.r.random() < 0.75 else self.ipv6_c()

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(self.r.randint(60, 80))) + "_BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(56))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def plate(self, c=None):
        c = c or self.country()
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        r = self.r
        if c == "US":
            return self.pick(
                [
                    f"{r.randint(1, 9)}{self.pick(L)}{self.pick(L)}{self.pick(L)}{r.randint(100, 999)}",
                    f"{self.pick(L)}{self.pick(L)}{self.pick(L)}-{r.randint(1000, 9999)}",
                ]
            )
        if c == "CA":
            return f"{self.pick(L)}{self.pick(L)}{self.pick(L)}{self.pick(L)} {r.randint(100, 999)}"
        if c == "AU":
            return f"{r.randint(1, 9)}{self.pick(L)}{self.pick(L)}{self.pick(L)}{r.randint(100, 999)}"
        return f"{self.pick(['WA', 'KR', 'GD', 'DW', 'PO'])} {r.randint(10000, 99999)}"

    def pay_annual(self, c=None):
        c = c or self.country()
        lo, hi = {"US": (38000, 185000), "CA": (42000, 160000), "AU": (55000, 190000), "PL": (60000, 320000)}[
            c
        ]
        return self.r.randint(lo // 500, hi // 500) * 500

    def pay_period_gross(self):
        return round(self.r.uniform(1450, 9800), 2)

    def hourly(self):
        return round(self.r.uniform(16.5, 72.0), 2)

    def d2024(self):
        return self.date(2024, 2024)

    def employee_number(self):
        return self.pick(["E", "EMP-", "", "00"]) + self.digits(self.pick([4, 5, 6]))


# -- free text ---------------------------------------------------------------------------------------


def strengths(f: HR) -> str:
    n = f.first_c()
    return f.pick(
        [
            f"{n} consistently closes payroll on time and mentors the new hires.",
            f"{n} took ownership of the Q3 audit and communicated clearly with finance.",
            f"Customers ask for {n} by name; great de-escalation skills.",
            f"Strong quarter. {n} automated the timesheet import and saved the team hours.",
            f"{n} is the go-to person for benefits questions on the floor.",
        ]
    )


def adjustment_note(f: HR) -> str:
    n = f.name_c()
    return f.pick(
        [
            f"Backpay for {n} per HR ticket",
            f"Reversed duplicate bonus for {n}",
            f"Missed overtime on {f.d2024()} - {n}",
            f"{n}: retro pay rise effective {f.d2024()}",
        ]
    )


def fsa_description(f: HR) -> str:
    return f.pick(
        [
            "Physiotherapy - lower back pain",
            "Insulin pens (type 1 diabetes)",
            "Asthma inhaler refill",
            "Therapy session - generalised anxiety",
            "Migraine medication copay",
            "CPAP supplies for sleep apnea",
            "Allergy shots (hay fever)",
            "Orthotics for plantar fasciitis",
        ]
    )


def chatbot_input(f: HR) -> str:
    e = f.personal_email()
    return f.pick(
        [
            f"please send my payslips to {e}",
            f"my personal email changed to {e}",
            f"can you update my email to {e} thanks",
            f"{e}",
            f"i no longer have access to my work inbox, use {e}",
        ]
    )


def ticket_body(f: HR) -> str:
    p = f.phone_c()
    return f.pick(
        [
            f"My overtime from last week is missing. Please call me at {p}.",
            f"W-2 shows the wrong address, reach me on {p}",
            f"Direct deposit didn't arrive. Mobile: {p}",
            f"Can someone from payroll ring me back? {p}",
            f"Locked out of the app after changing phones, new number {p}",
        ]
    )


def payslip_filename(f: HR) -> str:
    first, last = ascii_name(f.first_c()), ascii_name(f.last_c())
    return f.pick(
        [
            f"payslip_2024-{f.r.randint(1, 12):02d}_{last}_{first}.pdf",
            f"Payslip-{first.capitalize()}{last.capitalize()}-{f.d2024()}.pdf",
            f"{last.upper()}_{first.upper()}_payslip_{f.r.randint(1, 26):02d}.pdf",
        ]
    )


def resume_filename(f: HR) -> str:
    first, last = f.first_c(), f.last_c()
    return f.pick(
        [
            f"{first}_{last}_Resume.pdf",
            f"CV {first} {last} 2024.docx",
            f"{last.lower()}-{first.lower()}-cv.pdf",
            f"Resume - {first} {last}.pdf",
        ]
    )


# -- contexts ----------------------------------------------------------------------------------------


def web_context(f: HR, site: str):
    if site == "careers":
        paths = ["/jobs", "/jobs/payroll-specialist-4821", "/jobs/warehouse-associate-5512", "/apply"]
        host = "https://careers.peoplepay.io/" + f.pick(["northwind", "mapleridge", "coastalcare", "wisla"])
        titles = ["Careers", "Open roles", "Apply now", "Payroll Specialist"]
    else:
        paths = [
            "/dashboard",
            "/payroll/run",
            "/people",
            "/time/timesheets",
            "/benefits",
            "/me/profile",
            "/expenses",
            "/reviews",
        ]
        host = "https://app.peoplepay.io"
        titles = [
            "Dashboard | PeoplePay",
            "Run payroll | PeoplePay",
            "People | PeoplePay",
            "My profile | PeoplePay",
        ]
    page = f.pick(paths)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.linkedin.com/",
                        "https://app.peoplepay.io/dashboard",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "", "?tab=history", "?period=2024-03", "?utm_source=linkedin"])
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: host + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Microsoft Edge", "Not-A.Brand"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.locale_c()),
        "timezone": G(lambda f: f.tz_c()),
        "ip": Y(lambda f: f.ip_any(), "ip"),
    }
    if site == "careers":
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["spring_hiring_2024", "warehouse_q2", "grad_program"])),
            "source": G(lambda f: f.pick(["linkedin", "indeed", "google", "seek"])),
            "medium": G(lambda f: f.pick(["cpc", "jobs", "social"])),
            "term": G(lambda f: f.pick(["payroll jobs", "warehouse jobs near me", "praca księgowa"])),
            "content": G(lambda f: f.pick(["carousel_b", "text_ad_1"])),
        }
    return ctx


def swift_context(f: HR):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "PeoplePay"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "io.peoplepay.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.locale_c()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.tz_c()),
    }
    if f.r.random() < 0.6:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_context(f: HR):
    return {
        "app": {
            "name": G(lambda f: "PeoplePay Clock"),
            "version": G(lambda f: f.pick(["3.12.0", "3.13.1"])),
            "build": G(lambda f: f.pick(["31200", "31301"])),
            "namespace": G(lambda f: "io.peoplepay.clock"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Zebra Technologies", "motorola"])),
            "model": G(lambda f: f.pick(["SM-T220", "Pixel 7a", "TC52", "moto g power (2022)"])),
            "name": G(lambda f: f.pick(["gta7litewifi", "lynx", "TC52", "tonga"])),
            "type": G(lambda f: "android"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(lambda f: f.locale_c()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Telstra", "Play", "Optus", ""])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "11"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.5, 2.625, 2.0])),
            "width": G(lambda f: f.pick([800, 1080])),
            "height": G(lambda f: f.pick([1280, 2400])),
        },
        "timezone": G(lambda f: f.tz_c()),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)",
                    "Dalvik/2.1.0 (Linux; U; Android 11; TC52 Build/RKQ1.210614.002)",
                ]
            )
        ),
    }


def rn_context(f: HR):
    return {
        "app": {
            "name": G(lambda f: "Thrive Benefits"),
            "version": G(lambda f: f.pick(["2.8.1", "2.9.0"])),
            "build": G(lambda f: f.pick(["281", "290"])),
            "namespace": G(lambda f: "io.peoplepay.thrive"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.pick([f.uuid().upper(), f.uuid()]), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(["en-US", "en-CA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Denver", "America/Toronto"])),
        "traits": {
            "email": Y(lambda f: f.work_email(f.pick(["US", "CA"])), "email"),
            "firstName": Y(lambda f: f.first_c(f.pick(["US", "CA"])), "name"),
            "lastName": Y(lambda f: f.last_c(f.pick(["US", "CA"])), "name"),
            "employeeId": G(lambda f: f.employee_number()),
        },
    }


def flutter_context(f: HR):
    return {
        "app": {
            "name": G(lambda f: "ShiftClock"),
            "version": G(lambda f: f.pick(["1.9.3", "1.10.0"])),
            "build": G(lambda f: f.pick(["93", "100"])),
            "namespace": G(lambda f: "au.peoplepay.shiftclock"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-A546E", "CPH2591"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 892])),
            "density": G(lambda f: f.pick([3.0, 2.625])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-NZ"])),
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Australia/Brisbane", "Australia/Perth"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.NET": ["3.8.1"],
}


def server_context(f: HR, lib: str, extra: str = ""):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
    }
    if "ip" in extra:
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
    if "ua" in extra:
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if "traits" in extra:
        ctx["traits"] = {
            "email": Y(lambda f: f.work_email(), "email"),
            "employee_number": G(lambda f: f.employee_number()),
            "company_id": G(lambda f: "co_" + f.hexid(10)),
        }
    if "ext" in extra:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.personal_email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if "group" in extra:
        ctx["groupId"] = G(lambda f: "co_" + f.hexid(10))
    if "pl" in extra:
        ctx["locale"] = G(lambda f: "pl-PL")
        ctx["timezone"] = G(lambda f: "Europe/Warsaw")
    if "personas" in extra:
        ctx["personas"] = {
            "computation_class": G(lambda f: "audience"),
            "computation_id": G(lambda f: "aud_" + f.hexid(22)),
            "computation_key": G(lambda f: f.pick(["benefits_not_enrolled", "new_hires_30d"])),
            "namespace": G(lambda f: "spa_" + f.hexid(22)),
            "space_id": G(lambda f: "spa_" + f.hexid(22)),
        }
    return ctx


def context_for(f: HR, client: str):
    if client.startswith("web"):
        return web_context(f, "careers" if client == "web-careers" else "app")
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    lib, _, extra = client.partition(":")
    return server_context(f, lib, extra)


# -- reusable shapes ---------------------------------------------------------------------------------


def home_address():
    return {
        "line1": Y(lambda f: f.street_c(), "address|street"),
        "line2": Y(lambda f: f.pick(["Apt 4", "Unit 12", "Suite 300", "m. 7", "Level 2"]), "address|street"),
        "city": Y(lambda f: f.city_c(), "city"),
        "state": G(lambda f: f.state_c()),
        "postal_code": Y(lambda f: f.zip_c(), "zipcode"),
        "country": G(lambda f: f.country()),
    }


def perk():
    return {
        "product_id": G(lambda f: "perk_" + f.digits(5)),
        "sku": G(lambda f: f.pick(["GC-AMZ-50", "GYM-ANY-12M", "CIN-2PK", "SPA-100", "UBER-25"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Amazon gift card $50",
                    "Anytime Fitness 12 months",
                    "Cinema 2-pack",
                    "Day spa voucher",
                    "Uber Eats credit",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Gift cards", "Wellness", "Entertainment", "Food"])),
        "price": G(lambda f: f.pick([25.0, 50.0, 99.0, 119.0])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: "https://perks.peoplepay.io/p/" + f.digits(5)),
    }


# -- the events --------------------------------------------------------------------------------------
# (kind, event or page/screen name, client(s), body, weight)

EVENTS: list[tuple] = [
    # -- identity ------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "analytics-node:ip"],
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "firstName": Y(lambda f: f.first_c(), "name"),
            "lastName": Y(lambda f: f.last_c(), "name"),
            "phone": Y(lambda f: f.phone_c(), "phone"),
            "title": G(
                lambda f: f.pick(
                    [
                        "Payroll Specialist",
                        "HR Business Partner",
                        "Warehouse Lead",
                        "Dental Hygienist",
                        "Barista",
                        "Software Engineer",
                        "Office Manager",
                    ]
                )
            ),
            "department": G(lambda f: f.pick(["Finance", "Operations", "People", "Engineering", "Clinical"])),
            "role": G(lambda f: f.pick(["employee", "manager", "admin", "payroll_admin"])),
            "employeeId": G(lambda f: f.employee_number()),
            "companyId": G(lambda f: "co_" + f.hexid(10)),
            "createdAt": G(lambda f: f.iso()),
            "hireDate": G(lambda f: f.date(2012, 2024)),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "avatar": Y(lambda f: "https://cdn.peoplepay.io/avatars/" + f.hexid(16) + ".jpg", "photo"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "managerId": G(lambda f: f.uuid()),
            "workLocation": G(
                lambda f: f.pick(
                    ["Chicago HQ", "Toronto - King St", "Fremantle depot", "Warszawa biuro", "Remote"]
                )
            ),
            "employmentType": G(lambda f: f.pick(["full_time", "part_time", "casual", "contractor"])),
            "country": G(lambda f: f.country()),
            "plan": G(lambda f: f.pick(["core", "plus", "premium"])),
        },
        3,
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "firstName": Y(lambda f: f.first_c(), "name"),
            "lastName": Y(lambda f: f.last_c(), "name"),
            "employeeId": G(lambda f: f.employee_number()),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "preferredName": Y(lambda f: f.first_c(), "name"),
        },
        2,
    ),
    (
        "group",
        None,
        ["web", "analytics-python"],
        {
            "name": G(lambda f: f.employer()),
            "industry": G(
                lambda f: f.pick(["Logistics", "Healthcare", "Hospitality", "Software", "Construction"])
            ),
            "employees": G(lambda f: f.r.randint(8, 2400)),
            "plan": G(lambda f: f.pick(["core", "plus", "premium"])),
            "website": G(lambda f: "https://www." + f.employer_row()[1]),
            "createdAt": G(lambda f: f.iso()),
            "taxId": G(lambda f: f.employer_tax_id()),
            "mainPhone": G(lambda f: f.hq(4)),
            "headquarters": {
                "street": G(lambda f: f.hq(0)),
                "city": G(lambda f: f.hq(1)),
                "state": G(lambda f: f.hq(2)),
                "postalCode": G(lambda f: f.hq(3)),
                "country": G(lambda f: f.country()),
            },
            "payrollContactEmail": G(
                lambda f: f.pick(["payroll@", "hr@", "people-ops@", "kadry@"]) + f.employer_row()[1]
            ),
        },
        1,
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}, 1),
    # -- onboarding ---------------------------------------------------------------------------------
    (
        "track",
        "Employee Onboarding Started",
        "analytics-python:traits",
        {
            "employee_id": G(lambda f: f.uuid()),
            "start_date": G(lambda f: f.d2024()),
            "job_title": G(
                lambda f: f.pick(
                    [
                        "Payroll Specialist",
                        "Forklift Operator",
                        "Registered Nurse",
                        "Line Cook",
                        "Account Executive",
                    ]
                )
            ),
            "department": G(lambda f: f.pick(["Finance", "Operations", "Clinical", "Kitchen", "Sales"])),
            "employment_type": G(lambda f: f.pick(["full_time", "part_time", "seasonal"])),
            "pay_type": G(lambda f: f.pick(["salary", "hourly"])),
            "personal_email": Y(lambda f: f.personal_email(), "email"),
            "work_email": Y(lambda f: f.work_email(), "email"),
            "mobile_phone": Y(lambda f: f.phone_c(), "phone"),
            "country": G(lambda f: f.country()),
            "work_state": G(lambda f: f.state_c()),
            "is_rehire": G(lambda f: f.pick([True, False, False])),
        },
        2,
    ),
    (
        "track",
        "Personal Details Submitted",
        "web",
        {
            "legal_first_name": Y(lambda f: f.first_c(), "name"),
            "legal_last_name": Y(lambda f: f.last_c(), "name"),
            "preferred_name": Y(lambda f: f.first_c(), "name"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "marital_status": G(lambda f: f.pick(["single", "married", "de_facto", "divorced"])),
            "home_address": home_address(),
            "personal_phone": Y(lambda f: f.phone_c(), "phone"),
            "address_verified": G(lambda f: f.pick([True, False])),
            "name_changed": G(lambda f: f.pick([True, False, False])),
            "emergency_contacts": Many(
                {
                    "name": Y(lambda f: f.name_c(), "name"),
                    "relationship": G(
                        lambda f: f.pick(["spouse", "mother", "father", "partner", "sibling", "friend"])
                    ),
                    "phone": Y(lambda f: f.phone_c(), "phone"),
                    "email": Y(lambda f: f.personal_email(), "email"),
                },
                2,
            ),
        },
        2,
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(lambda f: f.pick(["onboarding_personal", "profile_edit"])),
            "field_name": G(lambda f: f.pick(["personal_phone", "emergency_phone", "mobile"])),
            "value": Y(lambda f: f.phone_c(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(400, 15000)),
        },
        2,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web",
        {
            "provider": G(lambda f: "google_places"),
            "prediction": {
                "description": Y(lambda f: f.address_line(), "address", True),
                "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
                "structured_formatting": {
                    "main_text": Y(lambda f: f.street_c(), "address|street", True),
                    "secondary_text": Y(
                        lambda f: f"{f.city_c()}, {f.state_c()}, {COUNTRY_NAMES[f.country()]}", "city", True
                    ),
                },
                "types": Many(G(lambda f: f.pick(["street_address", "premise", "geocode"])), 2),
            },
            "text": Y(lambda f: f.address_line(), "address", True),
            "address_label": G(lambda f: f.pick(["Home", "Mailing", "Home", "Other"])),
        },
        2,
    ),
    (
        "track",
        "Tax Form Submitted",
        "analytics-node:ip",
        {
            "form_type": G(lambda f: "W-4"),
            "tax_year": G(lambda f: 2024),
            "filing_status": G(lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"])),
            "ssn": RED(lambda f: f.ssn_c(), "social security number"),
            "multiple_jobs": G(lambda f: f.pick([True, False])),
            "dependents_amount": G(lambda f: f.pick([0, 2000, 4000, 6500])),
            "extra_withholding": G(lambda f: f.pick([0, 25, 50, 100])),
            "signature_name": Y(lambda f: f.name_c("US"), "name"),
            "signed_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ipv4_c(), "ip"),
        },
        2,
    ),
    (
        "track",
        "TD1 Submitted",
        "analytics-java:traits",
        {
            "employee_number": G(lambda f: f.employee_number()),
            "sin": RED(lambda f: f.sin(), "national id"),
            "province": G(lambda f: f.pick(["ON", "QC", "BC", "AB", "NS"])),
            "total_claim_amount": G(lambda f: f.pick([15705, 17000, 21003.5])),
            "signed_by": Y(lambda f: f.name_c("CA"), "name"),
            "submitted_at": G(lambda f: f.epoch_ms()),
        },
        2,
    ),
    (
        "track",
        "Formulaire TP-1015.3 Soumis",
        "analytics-java",
        {
            "prenom": Y(lambda f: f.first_c("CA"), "name"),
            "nom": Y(lambda f: f.last_c("CA"), "name"),
            "nas": RED(lambda f: f.sin(), "national id"),
            "date_naissance": Y(lambda f: f.dob(), "birthdate"),
            "adresse": Y(lambda f: f.street_c("CA"), "address|street"),
            "code_postal": Y(lambda f: f.zip_c("CA"), "zipcode"),
            "montant_total": G(lambda f: f.pick([18056, 19500, 21300])),
            "courriel": Y(lambda f: f.personal_email("CA"), "email"),
            "annee": G(lambda f: 2024),
        },
        1,
    ),
    (
        "track",
        "TFN Declaration Lodged",
        "analytics-go",
        {
            "tfn": RED(lambda f: f.tfn(), "national id"),
            "residency_status": G(
                lambda f: f.pick(["australian_resident", "foreign_resident", "working_holiday_maker"])
            ),
            "claims_tax_free_threshold": G(lambda f: f.pick([True, False])),
            "has_study_loan": G(lambda f: f.pick([True, False])),
            "payer_abn": G(lambda f: f.abn()),
            "lodged_at": G(lambda f: f.iso()),
            "super_fund": {
                "usi": G(lambda f: f.pick(["STA0100AU", "AUS0101AU", "HOS0100AU", "UNI0001AU"])),
                "fund_name": G(
                    lambda f: f.pick(["Australian Retirement Trust", "AustralianSuper", "HESTA", "UniSuper"])
                ),
                "member_number": G(lambda f: f.digits(9)),
            },
        },
        2,
    ),
    (
        "track",
        "W-2 Reprint Requested",
        "web",
        {
            "tax_year": G(lambda f: f.pick([2022, 2023, 2024])),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "delivery": G(lambda f: f.pick(["electronic", "mail"])),
            "mailing_address_confirmed": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "I-9 Document Verified",
        "analytics-ruby",
        {
            "document_type": G(
                lambda f: f.pick(["us_passport", "permanent_resident_card", "drivers_license"])
            ),
            "passport_number": RED(lambda f: f.pick(["5", "6", "A"]) + f.digits(8), "passport"),
            "uscis_number": RED(lambda f: "A" + f.digits(9), "national id"),
            "visa_type": RED(lambda f: f.pick(["H-1B", "TN", "L-1A", "O-1", "F-1 OPT"]), "visa"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "issuing_country": G(lambda f: f.pick(["USA", "IND", "CAN", "MEX", "PHL"])),
            "file_sha256": G(lambda f: f.hexid(64)),
            "everify_case_number": G(lambda f: "2024" + f.digits(9) + f.pick(["AB", "XC", "KQ"])),
        },
        2,
    ),
    # -- direct deposit -----------------------------------------------------------------------------
    (
        "track",
        "Bank Account Added",
        ["web", "swift"],
        {
            "account_holder_name": Y(lambda f: f.name_c("US"), "name"),
            "routing_number": G(lambda f: f.pick(ABA)),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_last4": G(lambda f: f.digits(4)),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "split_percentage": G(lambda f: f.pick([100, 50, 20])),
        },
        2,
    ),
    (
        "track",
        "Direct Deposit Changed",
        "Analytics.NET:ip",
        {
            "EmployeeNumber": G(lambda f: f.employee_number()),
            "InstitutionNumber": G(lambda f: f.pick(["001", "002", "003", "004", "006", "815"])),
            "TransitNumber": G(lambda f: f.digits(5)),
            "AccountNumber": RED(lambda f: f.ca_account(), "bank account"),
            "AccountHolder": Y(lambda f: f.name_c("CA"), "name"),
            "NotifyEmail": Y(lambda f: f.personal_email("CA"), "email"),
            "ChangedByIp": Y(lambda f: f.ipv4_c(), "ip"),
            "ChangedAtUtc": G(lambda f: f.iso()),
            "RequiresApproval": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Super Choice Submitted",
        "flutter",
        {
            "fund_abn": G(lambda f: f.abn()),
            "usi": G(lambda f: f.pick(["STA0100AU", "AUS0101AU", "HOS0100AU"])),
            "member_number": G(lambda f: f.digits(9)),
            "bsb": G(lambda f: f.pick(BSB)),
            "account_number": RED(lambda f: f.au_account(), "bank account"),
            "account_name": Y(lambda f: f.name_c("AU") + " " + f.pick(["Super Fund", "SMSF"]), "name"),
        },
        2,
    ),
    # -- time clock and timesheets -------------------------------------------------------------------
    (
        "track",
        "Clock In",
        ["kotlin", "flutter"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "job_code": G(lambda f: f.pick(["WH-PICK", "FOH", "KITCHEN", "NURSE-RN"])),
            "site": {
                "name": G(lambda f: f.work_site()[0]),
                "latitude": G(lambda f: f.work_site()[1]),
                "longitude": G(lambda f: f.work_site()[2]),
            },
            "location": {
                "latitude": Y(lambda f: f.near_site(1), "geolocation"),
                "longitude": Y(lambda f: f.near_site(2), "geolocation"),
            },
            "within_geofence": G(lambda f: f.pick([True, True, False])),
            "method": G(lambda f: f.pick(["face", "pin", "nfc_badge", "manual"])),
            "selfie_url": Y(
                lambda f: "https://clock-media.peoplepay.io/selfies/" + f.uuid() + ".jpg", "photo"
            ),
            "clocked_in_at": G(lambda f: f.iso()),
        },
        4,
    ),
    (
        "track",
        "Clock Out",
        ["kotlin", "flutter"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "hours_worked": G(lambda f: round(f.r.uniform(3, 12), 2)),
            "overtime_hours": G(lambda f: round(f.r.uniform(0, 3), 2)),
            "tips_declared": Y(lambda f: round(f.r.uniform(0, 240), 2), "salary"),
            "attestation_no_injury": G(lambda f: f.pick([True, True, False])),
            "clocked_out_at": G(lambda f: f.iso()),
        },
        4,
    ),
    (
        "track",
        "Kiosk Punch Recorded",
        "analytics-go",
        {
            "kiosk-id": G(lambda f: "KSK-" + f.digits(4)),
            "site-code": G(lambda f: f.pick(["FRE01", "BON02", "PAR03"])),
            "badge-number": G(lambda f: f.digits(6)),
            "employee-pin": RED(lambda f: f.digits(f.pick([4, 6])), "password"),
            "punch-type": G(lambda f: f.pick(["in", "out", "break_start", "break_end"])),
            "photo-url": Y(lambda f: "https://kiosk.peoplepay.io/p/" + f.hexid(20) + ".jpg", "photo"),
            "captured-at": G(lambda f: f.iso()),
            "face-match-score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "employee-name": Y(lambda f: f.name_c("AU"), "name"),
        },
        3,
    ),
    (
        "track",
        "Timesheet Submitted",
        "web",
        {
            "timesheet_id": G(lambda f: "ts_" + f.hexid(12)),
            "period_start": G(lambda f: f.d2024()),
            "period_end": G(lambda f: f.d2024()),
            "total_hours": G(lambda f: round(f.r.uniform(20, 60), 2)),
            "overtime_hours": G(lambda f: round(f.r.uniform(0, 10), 2)),
            "approver_id": G(lambda f: f.uuid()),
            "approver_name": Y(lambda f: f.name_c(), "name"),
            "status": G(lambda f: f.pick(["submitted", "resubmitted"])),
            "entries": Many(
                {
                    "date": G(lambda f: f.d2024()),
                    "project_code": G(lambda f: f.pick(["PRJ-104", "ADMIN", "CLIENT-AC", "TRAINING"])),
                    "hours": G(lambda f: f.pick([4, 7.5, 8, 9.25])),
                    "note": G(
                        lambda f: f.pick(
                            [
                                "Client onsite",
                                "Sprint planning",
                                "Inventory count",
                                "",
                                "Training module 3",
                                "Covered late shift",
                            ]
                        )
                    ),
                },
                5,
            ),
        },
        3,
    ),
    (
        "track",
        "Timesheet Approved",
        "analytics-ruby",
        {
            "timesheet_id": G(lambda f: "ts_" + f.hexid(12)),
            "approved_by": {
                "id": G(lambda f: f.uuid()),
                "name": Y(lambda f: f.name_c(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
            },
            "employee": {
                "id": G(lambda f: f.uuid()),
                "display_name": Y(lambda f: f.name_c(), "name"),
            },
            "comment": G(
                lambda f: f.pick(["Approved", "OK, thanks", "Approved - OT pre-authorised", "", "lgtm"])
            ),
        },
        2,
    ),
    # -- leave --------------------------------------------------------------------------------------
    (
        "track",
        "Time Off Requested",
        "swift",
        {
            "request_id": G(lambda f: f.uuid()),
            "leave_type": G(lambda f: f.pick(["vacation", "sick", "personal", "bereavement", "jury_duty"])),
            "start_date": G(lambda f: f.d2024()),
            "end_date": G(lambda f: f.d2024()),
            "hours": G(lambda f: f.pick([4, 8, 16, 40])),
            "manager_email": Y(lambda f: f.work_email(), "email"),
        },
        3,
    ),
    (
        "track",
        "Floating Holiday Requested",
        "web",
        {
            "request_id": G(lambda f: f.uuid()),
            "holiday_observed": Y(
                lambda f: f.pick(
                    ["Eid al-Fitr", "Yom Kippur", "Diwali", "Good Friday", "Lunar New Year", "Rosh Hashanah"]
                ),
                "religion",
            ),
            "date": G(lambda f: f.d2024()),
            "remaining_floating_days": G(lambda f: f.pick([0, 1, 2])),
        },
        1,
    ),
    (
        "track",
        "Parental Leave Requested",
        "web",
        {
            "request_id": G(lambda f: f.uuid()),
            "expected_due_date": Y(lambda f: f.date(2024, 2025), "condition"),
            "leave_weeks": G(lambda f: f.pick([6, 12, 16, 18, 26])),
            "is_primary_caregiver": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Zwolnienie Lekarskie Zarejestrowane",
        "analytics-php:pl",
        {
            "pracownik_id": G(lambda f: f.digits(5)),
            "seria_numer_zla": G(lambda f: f.pick(["ZY", "ZZ"]) + f.digits(7)),
            "data_od": G(lambda f: f.d2024()),
            "data_do": G(lambda f: f.d2024()),
            "liczba_dni": G(lambda f: f.r.randint(1, 30)),
            "ciaza": Y(lambda f: f.pick([True, False, False]), "condition"),
            "opieka_nad_dzieckiem": G(lambda f: f.pick([True, False])),
            "pesel_dziecka": RED(lambda f: f.pesel(2008, 2022), "national id"),
        },
        2,
    ),
    (
        "track",
        "Leave Balance Synced",
        "Analytics.NET",
        {
            "EmployeeId": G(lambda f: f.uuid()),
            "LeaveType": G(lambda f: f.pick(["Annual", "Sick", "LongService"])),
            "BalanceHours": G(lambda f: round(f.r.uniform(0, 300), 2)),
            "AccruedHours": G(lambda f: round(f.r.uniform(0, 12), 2)),
            "AsOfDate": G(lambda f: f.d2024()),
            "Source": G(lambda f: f.pick(["Xero", "KeyPay", "MYOB"])),
        },
        2,
    ),
    # -- payslips and payroll -----------------------------------------------------------------------
    (
        "screen",
        "Payslip Detail",
        "swift",
        {
            "payslip_id": G(lambda f: "ps_" + f.hexid(16)),
            "pay_date": G(lambda f: f.d2024()),
            "employer_name": G(lambda f: f.employer()),
            "gross_pay": Y(lambda f: f.pay_period_gross(), "salary"),
            "net_pay": Y(lambda f: round(f.pay_period_gross() * 0.72, 2), "salary"),
            "currency": G(lambda f: f.pick(["USD", "CAD", "AUD", "PLN"])),
            "deductions": Many(
                {
                    "code": G(lambda f: f.pick(["FIT", "SS", "MED", "CPP", "EI", "PAYG", "401K", "DENTAL"])),
                    "label": G(
                        lambda f: f.pick(
                            [
                                "Federal income tax",
                                "Social Security",
                                "Medicare",
                                "CPP",
                                "EI premium",
                                "PAYG withholding",
                                "401(k)",
                                "Dental plan",
                            ]
                        )
                    ),
                    "amount": G(lambda f: round(f.r.uniform(5, 900), 2)),
                },
                6,
            ),
            "ytd_gross": Y(lambda f: round(f.r.uniform(8000, 140000), 2), "salary"),
            "from_tab": G(lambda f: f.pick(["home", "pay", "notification"])),
        },
        3,
    ),
    (
        "track",
        "Payslip Downloaded",
        "Analytics.NET:ip",
        {
            "PayslipId": G(lambda f: f.uuid()),
            "EmployeeNumber": G(lambda f: f.employee_number()),
            "PayPeriodEnd": G(lambda f: f.d2024()),
            "GrossAmount": Y(lambda f: f.pay_period_gross(), "salary"),
            "NetAmount": Y(lambda f: round(f.pay_period_gross() * 0.7, 2), "salary"),
            "FileName": Y(payslip_filename, "name", True),
            "ClientIp": Y(lambda f: f.ipv4_c(), "ip"),
        },
        2,
    ),
    (
        "track",
        "Payslip Emailed",
        "analytics-python",
        {
            "payslip_id": G(lambda f: "ps_" + f.hexid(16)),
            "recipient": Y(lambda f: f.personal_email(), "email", True),
            "password_protected": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Wynagrodzenie Naliczone",
        "analytics-php:pl",
        {
            "pracownik_id": G(lambda f: f.digits(5)),
            "okres_rozliczeniowy": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "wynagrodzenie_brutto": Y(lambda f: round(f.r.uniform(4300, 28000), 2), "salary"),
            "wynagrodzenie_netto": Y(lambda f: round(f.r.uniform(3200, 19000), 2), "salary"),
            "skladki_zus": {
                "emerytalna": G(lambda f: round(f.r.uniform(400, 2700), 2)),
                "rentowa": G(lambda f: round(f.r.uniform(60, 420), 2)),
                "chorobowa": G(lambda f: round(f.r.uniform(100, 680), 2)),
                "zdrowotna": G(lambda f: round(f.r.uniform(330, 2200), 2)),
            },
            "zaliczka_pit": G(lambda f: round(f.r.uniform(0, 4000), 2)),
            "ppk_uczestnik": G(lambda f: f.pick([True, False])),
            "czlonek_zwiazku": Y(lambda f: f.pick([True, False]), "union membership"),
            "numer_rachunku": RED(lambda f: f.pl_account(), "bank account"),
            "urzad_skarbowy": G(
                lambda f: f.pick(["US Warszawa-Mokotów", "Pierwszy US Kraków", "US Gdańsk-Wrzeszcz"])
            ),
            "waluta": G(lambda f: "PLN"),
        },
        3,
    ),
    (
        "identify",
        None,
        "analytics-php:pl",
        {
            "email": Y(lambda f: f.personal_email("PL"), "email"),
            "imie": Y(lambda f: f.first_c("PL"), "name"),
            "nazwisko": Y(lambda f: f.last_c("PL"), "name"),
            "telefon": Y(lambda f: f.phone_c("PL"), "phone"),
            "pesel": RED(lambda f: f.pesel(), "national id"),
            "data_urodzenia": Y(lambda f: f.dob(), "birthdate"),
            "adres": {
                "ulica": Y(lambda f: f.street_c("PL"), "address|street"),
                "kod_pocztowy": Y(lambda f: f.zip_c("PL"), "zipcode"),
                "miejscowosc": Y(lambda f: f.city_c("PL"), "city"),
                "wojewodztwo": G(lambda f: f.pick(["mazowieckie", "małopolskie", "pomorskie"])),
            },
            "stanowisko": G(lambda f: f.pick(["Księgowa", "Programista", "Piekarz", "Kierownik zmiany"])),
            "dzial": G(lambda f: f.pick(["Finanse", "IT", "Produkcja"])),
            "data_zatrudnienia": G(lambda f: f.date(2015, 2024)),
            "rodzaj_umowy": G(lambda f: f.pick(["umowa o pracę", "umowa zlecenie", "B2B"])),
            "wymiar_etatu": G(lambda f: f.pick(["1/1", "1/2", "3/4"])),
            "nr_pracownika": G(lambda f: f.digits(5)),
        },
        2,
    ),
    (
        "track",
        "Umowa B2B Podpisana",
        "analytics-php:pl",
        {
            "umowa_id": G(lambda f: f"B2B/2024/{f.r.randint(1, 400):03d}"),
            "kontrahent": {
                "nazwa_firmy": G(
                    lambda f: f.pick(["IT Solutions", "Dev Consulting", "Code Studio"]) + " " + f.last_c("PL")
                ),
                "imie_nazwisko": Y(lambda f: f.name_c("PL"), "name"),
                "nip": RED(lambda f: f.nip(), "national id"),
                "email": Y(lambda f: f.personal_email("PL"), "email"),
            },
            "zleceniodawca_nip": G(lambda f: f.pick(["5252248481", "6772477900", "5842739558"])),
            "zleceniodawca_regon": G(lambda f: f.regon()),
            "stawka_godzinowa": Y(lambda f: f.pick([120, 150, 180, 220, 95]), "salary"),
            "waluta": G(lambda f: "PLN"),
            "data_rozpoczecia": G(lambda f: f.d2024()),
        },
        2,
    ),
    (
        "track",
        "Payroll Run Submitted",
        "analytics-node:group",
        {
            "payroll_run_id": G(lambda f: "pr_" + f.hexid(14)),
            "check_date": G(lambda f: f.d2024()),
            "employee_count": G(lambda f: f.r.randint(4, 900)),
            "total_gross": G(lambda f: round(f.r.uniform(5000, 2500000), 2)),
            "total_taxes": G(lambda f: round(f.r.uniform(900, 600000), 2)),
            "funding_account_last4": G(lambda f: f.digits(4)),
            "submitted_by_email": Y(lambda f: f.work_email(), "email"),
        },
        2,
    ),
    (
        "track",
        "Pay Rate Changed",
        "analytics-node:group",
        {
            "employee_id": G(lambda f: f.uuid()),
            "old_rate": Y(lambda f: f.hourly(), "salary"),
            "new_rate": Y(lambda f: f.hourly(), "salary"),
            "effective_date": G(lambda f: f.d2024()),
            "change_reason": G(lambda f: f.pick(["merit", "promotion", "market_adjustment", "minimum_wage"])),
            "salary_band": G(lambda f: f.pick(["L2", "L3", "P4", "M1"])),
            "approved_by": G(lambda f: f.uuid()),
            "bonus_amount": Y(lambda f: f.pick([500, 1000, 2500, 4000]), "salary"),
        },
        2,
    ),
    (
        "track",
        "Payroll Adjustment Created",
        "web",
        {
            "adjustment_id": G(lambda f: "adj_" + f.hexid(10)),
            "type": G(lambda f: f.pick(["backpay", "reversal", "correction"])),
            "amount": G(lambda f: round(f.r.uniform(-500, 2500), 2)),
            "note": Y(adjustment_note, "name", True),
        },
        2,
    ),
    (
        "track",
        "Garnishment Added",
        "analytics-python",
        {
            "employee_id": G(lambda f: f.uuid()),
            "type": G(lambda f: f.pick(["child_support", "tax_levy", "creditor"])),
            "agency": G(lambda f: f.pick(["IL SDU", "TX Child Support Division", "IRS"])),
            "amount": G(lambda f: round(f.r.uniform(50, 900), 2)),
            "payee_name": Y(lambda f: f.name_c("US"), "name"),
        },
        1,
    ),
    # -- expenses -----------------------------------------------------------------------------------
    (
        "track",
        "Expense Claim Submitted",
        ["rn", "kotlin"],
        {
            "claim_id": G(lambda f: "EXP-" + f.digits(6)),
            "merchant_name": G(
                lambda f: f.pick(["Uber", "Delta Air Lines", "Marriott", "Starbucks", "Orlen", "Qantas"])
            ),
            "category": G(lambda f: f.pick(["travel", "meals", "lodging", "mileage", "office_supplies"])),
            "amount": G(lambda f: round(f.r.uniform(4, 1900), 2)),
            "currency": G(lambda f: f.pick(["USD", "CAD", "AUD", "PLN"])),
            "business_purpose": G(
                lambda f: f.pick(
                    [
                        "Team lunch with client",
                        "Uber to airport",
                        "Hotel 2 nights",
                        "Printer toner",
                        "Conference parking",
                    ]
                )
            ),
            "card_last4": G(lambda f: f.digits(4)),
            "attendees": Many(
                {
                    "name": Y(lambda f: f.name_c(), "name"),
                    "company": G(lambda f: f.pick(["Globex", "Initech", "Northwind Logistics"])),
                },
                3,
            ),
        },
        3,
    ),
    (
        "track",
        "Mileage Logged",
        "flutter",
        {
            "trip_id": G(lambda f: f.uuid()),
            "distance_km": G(lambda f: round(f.r.uniform(2, 400), 1)),
            "vehicle_plate": Y(lambda f: f.plate("AU"), "license"),
            "start_lat": Y(lambda f: round(f.r.uniform(-38, -27), 6), "geolocation"),
            "start_lng": Y(lambda f: round(f.r.uniform(115, 153), 6), "geolocation"),
            "purpose": G(lambda f: f.pick(["client visit", "site inspection", "bank run"])),
            "route": G(
                lambda f: f.pick(
                    ["Fremantle → Perth CBD", "Parramatta → Sydney Airport", "Toowong → Brisbane CBD"]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Corporate Card Authorization",
        "analytics-go",
        {
            "card_token": RED(lambda f: "ic_" + f.hexid(24), "token"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["Visa", "Mastercard"])),
            "cardholder": {
                "name": Y(lambda f: f.name_c(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
            },
            "merchant_data": {
                "name": G(
                    lambda f: f.pick(["UBER *TRIP", "DELTA AIR 0062", "SHELL OIL 5744", "COSTCO WHSE #1203"])
                ),
                "category_code": G(lambda f: f.pick(["4121", "3058", "5541", "5300"])),
                "city": G(lambda f: f.pick(["San Francisco", "Atlanta", "Perth", "Toronto"])),
                "country": G(lambda f: f.pick(["US", "AU", "CA"])),
            },
            "amount": G(lambda f: round(f.r.uniform(4, 1900), 2)),
            "authorization_code": G(lambda f: f.digits(6)),
        },
        2,
    ),
    (
        "track",
        "Reimbursement Paid",
        "analytics-python",
        {
            "claim_id": G(lambda f: "EXP-" + f.digits(6)),
            "amount": G(lambda f: round(f.r.uniform(4, 1900), 2)),
            "payment_method": G(lambda f: f.pick(["ach", "eft", "sepa", "payroll"])),
            "payee_iban": RED(lambda f: f.pl_account(), "bank account"),
            "payee_name": Y(lambda f: f.name_c("PL"), "name"),
        },
        1,
    ),
    # -- benefits -----------------------------------------------------------------------------------
    (
        "track",
        "Benefits Enrolment Started",
        "rn",
        {
            "plan_year": G(lambda f: 2025),
            "trigger": G(lambda f: f.pick(["open_enrolment", "new_hire", "qualifying_life_event"])),
            "qle_type": G(lambda f: f.pick(["marriage", "birth", "divorce", "loss_of_coverage", "none"])),
            "dependants_count": G(lambda f: f.r.randint(0, 4)),
        },
        2,
    ),
    (
        "track",
        "Benefit Plan Selected",
        ["rn", "web"],
        {
            "plan_id": G(lambda f: "pln_" + f.hexid(8)),
            "plan_name": G(
                lambda f: f.pick(
                    [
                        "Aetna Choice POS II",
                        "Blue Cross PPO 500",
                        "Kaiser HMO",
                        "Delta Dental PPO",
                        "VSP Choice",
                    ]
                )
            ),
            "coverage_tier": G(
                lambda f: f.pick(["employee_only", "employee_spouse", "employee_children", "family"])
            ),
            "carrier": G(lambda f: f.pick(["Aetna", "BCBS", "Kaiser", "Delta Dental", "VSP"])),
            "monthly_premium": G(lambda f: round(f.r.uniform(20, 1800), 2)),
            "employer_contribution": G(lambda f: round(f.r.uniform(0, 1400), 2)),
            "hsa_election": G(lambda f: f.pick([0, 1000, 2500, 4150])),
            "tobacco_user": Y(lambda f: f.pick([True, False, False]), "condition"),
        },
        3,
    ),
    (
        "track",
        "Dependant Added",
        "rn",
        {
            "dependant": {
                "first_name": Y(lambda f: f.first_c("US"), "name"),
                "last_name": Y(lambda f: f.last_c("US"), "name"),
                "date_of_birth": Y(lambda f: f.child_dob(), "birthdate"),
                "relationship": G(lambda f: f.pick(["child", "spouse", "domestic_partner", "stepchild"])),
                "ssn": RED(lambda f: f.ssn_c(), "social security number"),
                "gender": Y(lambda f: f.pick(["F", "M", "U"]), "gender"),
                "has_disability": RED(lambda f: f.pick([True, False, False]), "disability"),
            },
            "dependant_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Beneficiary Designated",
        "web",
        {
            "policy_type": G(lambda f: f.pick(["basic_life", "supplemental_life", "ad_and_d"])),
            "beneficiaries": Many(
                {
                    "full_name": Y(lambda f: f.name_c(), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "sibling", "parent", "trust"])),
                    "percentage": G(lambda f: f.pick([100, 50, 25, 33.34])),
                    "birth_date": Y(lambda f: f.dob(1940, 2020), "birthdate"),
                    "phone": Y(lambda f: f.phone_c(), "phone"),
                    "address": Y(lambda f: f.address_line(), "address"),
                },
                3,
            ),
        },
        2,
    ),
    (
        "screen",
        "Insurance Card",
        "rn",
        {
            "member_id": G(lambda f: f.pick(["W", "XEH", "ZGP"]) + f.digits(9)),
            "group_number": G(lambda f: f.digits(7)),
            "policy_number": Y(lambda f: f.pick(["POL-", "H"]) + f.digits(9), "identification"),
            "rx_bin": G(lambda f: f.pick(["610014", "004336", "003858"])),
            "rx_pcn": G(lambda f: f.pick(["ADV", "MEDDPRIME", "A4"])),
        },
        2,
    ),
    (
        "track",
        "FSA Claim Submitted",
        "rn",
        {
            "claim_id": G(lambda f: "FSA-" + f.digits(7)),
            "account_type": G(lambda f: f.pick(["health_fsa", "hsa", "lpfsa"])),
            "service_date": G(lambda f: f.d2024()),
            "provider_name": G(
                lambda f: f.pick(
                    [
                        "CVS Pharmacy",
                        "Walgreens",
                        "Lakeview Physical Therapy",
                        "One Medical",
                        "Kaiser Permanente",
                    ]
                )
            ),
            "amount": G(lambda f: round(f.r.uniform(8, 900), 2)),
            "expense_type": G(lambda f: f.pick(["copay", "prescription", "therapy", "medical_supplies"])),
            "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "description": Y(fsa_description, "condition", True),
        },
        2,
    ),
    (
        "track",
        "Medicare Details Added",
        "flutter",
        {
            "medicare_number": RED(lambda f: f.medicare_au(), "health id"),
            "medicare_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2029)}"),
            "private_health_fund": G(lambda f: f.pick(["Bupa", "Medibank", "HCF", "nib", "none"])),
            "has_private_cover": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Health Card Registered",
        "analytics-java",
        {
            "province": G(lambda f: "ON"),
            "health_card_number": RED(lambda f: f.ohip(), "health id"),
            "group_benefits_certificate": G(lambda f: f.digits(8)),
        },
        1,
    ),
    (
        "track",
        "Pet Insurance Enrolled",
        "web",
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Reksio", "Milo", "Pierogi", "Bella"])),
            "breed": G(lambda f: f.pick(["Labrador", "Border Collie", "Maine Coon", "mixed"])),
            "pet_conditions": Many(G(lambda f: f.pick(["hip dysplasia", "none", "allergies"])), 2),
            "monthly_premium": G(lambda f: round(f.r.uniform(20, 90), 2)),
            "plan_name": G(lambda f: f.pick(["Nationwide Whole Pet", "Trupanion"])),
        },
        1,
    ),
    (
        "track",
        "Accommodation Requested",
        "web",
        {
            "request_id": G(lambda f: f.uuid()),
            "accommodation_type": RED(
                lambda f: f.pick(
                    [
                        "screen_reader",
                        "sign_language_interpreter",
                        "wheelchair_accessible_desk",
                        "reduced_hours_medical",
                    ]
                ),
                "disability",
            ),
            "hr_contact_email": G(
                lambda f: f.pick(["accommodations@", "hr@", "people-ops@"]) + f.pick(EMPLOYERS["US"])[1]
            ),
            "submitted_at": G(lambda f: f.iso()),
        },
        2,
    ),
    # -- perks store (e-commerce spec) --------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {"query": G(lambda f: f.pick(["gym", "gift card", "cinema", "massage", "coffee"]))},
        2,
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {**perk(), "currency": G(lambda f: f.pick(["USD", "AUD", "CAD"]))},
        2,
    ),
    (
        "track",
        "Order Completed",
        ["web", "analytics-node:group"],
        {
            "order_id": G(lambda f: "PK" + f.digits(8)),
            "total": G(lambda f: round(f.r.uniform(25, 400), 2)),
            "revenue": G(lambda f: round(f.r.uniform(25, 400), 2)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "currency": G(lambda f: f.pick(["USD", "AUD", "CAD"])),
            "payment_method": G(lambda f: f.pick(["perk_points", "card", "payroll_deduction"])),
            "points_redeemed": G(lambda f: f.r.randint(0, 5000)),
            "products": Many(perk(), 3),
            "gift_recipient_email": Y(lambda f: f.personal_email(), "email"),
            "billing_address": Y(lambda f: f.address_line("US"), "address"),
        },
        2,
    ),
    (
        "track",
        "Payment Method Added",
        "web",
        {
            "purpose": G(lambda f: f.pick(["cobra_premium", "perks_store"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2030)),
            "payment_token": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "billing_zip": Y(lambda f: f.zip_c("US"), "zipcode"),
            "bin": G(lambda f: f.pick(["414720", "542418", "601100", "371449"])),
        },
        1,
    ),
    # -- reviews ------------------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        "web",
        {
            "review_id": G(lambda f: f.uuid()),
            "reviewee_id": G(lambda f: f.uuid()),
            "review_type": G(lambda f: f.pick(["manager", "peer", "self", "upward"])),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "strengths": Y(strengths, "name", True),
            "areas_for_growth": G(
                lambda f: f.pick(
                    [
                        "Delegate more.",
                        "Documentation could be clearer.",
                        "Speak up in planning meetings.",
                        "",
                    ]
                )
            ),
            "word_count": G(lambda f: f.r.randint(30, 800)),
        },
        3,
    ),
    (
        "track",
        "Kudos Given",
        "analytics-node",
        {
            "from_user_id": G(lambda f: f.uuid()),
            "to_user_display_name": Y(lambda f: f.name_c(), "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Great job on the Q3 close!",
                        "Thanks for covering the weekend shift",
                        "Legend :)",
                        "Huge help with onboarding",
                    ]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "People Directory Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([f.name_c(), f.last_c(), f.name_c().lower()]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "department": G(lambda f: f.pick(["", "Finance", "Operations"])),
                "location": G(lambda f: f.pick(["", "Chicago HQ", "Remote"])),
            },
        },
        2,
    ),
    (
        "track",
        "Org Chart Person Selected",
        "web",
        {
            "component": G(lambda f: f.pick(["manager_picker", "org_chart", "approver_picker"])),
            "label": Y(
                lambda f: f"{f.name_c()} ({f.pick(['Finance', 'Ops', 'People', 'Sales'])})", "name", True
            ),
            "option_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    # -- recruiting ---------------------------------------------------------------------------------
    (
        "page",
        "Job Posting",
        "web-careers",
        {
            "path": G(lambda f: "/jobs/" + f.digits(4)),
            "url": G(lambda f: "https://careers.peoplepay.io/northwind/jobs/" + f.digits(4)),
            "title": G(lambda f: f.pick(["Payroll Specialist", "Warehouse Associate", "Barista"])),
            "referrer": G(lambda f: f.pick(["https://www.linkedin.com/", "https://au.indeed.com/", ""])),
            "job_id": G(lambda f: f.digits(4)),
            "job_location": G(lambda f: f.pick(["Joliet, IL", "Fremantle WA", "Toronto, ON", "Warszawa"])),
            "salary_min": G(lambda f: f.pick([42000, 55000, 68000])),
            "salary_max": G(lambda f: f.pick([60000, 75000, 92000])),
        },
        3,
    ),
    (
        "track",
        "Job Alert Subscribed",
        "web-careers",
        {
            "alert-email": Y(lambda f: f.personal_email(), "email"),
            "keywords": G(lambda f: f.pick(["payroll", "forklift", "nurse", "barista"])),
            "location-radius-km": G(lambda f: f.pick([10, 25, 50])),
            "job-category": G(lambda f: f.pick(["finance", "logistics", "hospitality"])),
            "double-opt-in": G(lambda f: True),
        },
        2,
    ),
    (
        "track",
        "Application Submitted",
        "web-careers",
        {
            "application_id": G(lambda f: f.digits(8)),
            "job_id": G(lambda f: f.digits(4)),
            "candidate": {
                "first_name": Y(lambda f: f.first_c(), "name"),
                "last_name": Y(lambda f: f.last_c(), "name"),
                "email": Y(lambda f: f.personal_email(), "email"),
                "phone": Y(lambda f: f.phone_c(), "phone"),
                "city": Y(lambda f: f.city_c(), "city"),
            },
            "resume_file_name": Y(resume_filename, "name", True),
            "source": G(lambda f: f.pick(["linkedin", "indeed", "referral", "company_site", "seek"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "referred_by_employee_id": G(lambda f: f.pick(["", f.employee_number()])),
            "expected_salary": Y(lambda f: f.pay_annual(), "salary"),
            "work_authorization": Y(
                lambda f: f.pick(["citizen", "permanent_resident", "requires_sponsorship", "work_visa"]),
                "citizenship",
            ),
            "has_drivers_license": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "EEO Survey Submitted",
        "web-careers",
        {
            "application_id": G(lambda f: f.digits(8)),
            "gender": Y(
                lambda f: f.pick(["Female", "Male", "Non-binary", "Decline to self-identify"]), "gender"
            ),
            "race_ethnicity": Y(
                lambda f: f.pick(
                    [
                        "Hispanic or Latino",
                        "Black or African American",
                        "Asian",
                        "White",
                        "Two or More Races",
                        "Native Hawaiian or Other Pacific Islander",
                    ]
                ),
                "race|ethnicity",
            ),
            "veteran_status": RED(
                lambda f: f.pick(
                    ["I am a protected veteran", "I am not a protected veteran", "I don't wish to answer"]
                ),
                "veteran",
            ),
            "disability_status": RED(
                lambda f: f.pick(
                    ["Yes, I have a disability", "No, I do not have a disability", "I do not want to answer"]
                ),
                "disability",
            ),
            "form_version": G(lambda f: "CC-305 (04/2026)"),
        },
        2,
    ),
    (
        "track",
        "Candidate Stage Changed",
        "analytics-ruby",
        {
            "application_id": G(lambda f: f.digits(8)),
            "candidate_name": Y(lambda f: f.name_c(), "name"),
            "from_stage": G(lambda f: f.pick(["Application Review", "Phone Screen", "Onsite"])),
            "to_stage": G(lambda f: f.pick(["Phone Screen", "Onsite", "Offer", "Rejected"])),
            "recruiter": {
                "id": G(lambda f: f.digits(6)),
                "name": Y(lambda f: f.name_c(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
            },
            "rejection_reason": G(
                lambda f: f.pick(["", "Lacking skills", "Hired another candidate", "Withdrew"])
            ),
        },
        3,
    ),
    (
        "track",
        "Interview Scheduled",
        "analytics-node:ip,ua,ext",
        {
            "interview_id": G(lambda f: f.uuid()),
            "start_time": G(lambda f: f.iso()),
            "interviewers": Many(
                {
                    "name": Y(lambda f: f.name_c(), "name"),
                    "email": Y(lambda f: f.work_email(), "email"),
                    "role": G(lambda f: f.pick(["hiring_manager", "panel", "recruiter"])),
                },
                3,
            ),
            "candidate_email": Y(lambda f: f.personal_email(), "email"),
            "meeting_url": G(lambda f: "https://zoom.us/j/" + f.digits(11)),
            "timezone": G(lambda f: f.pick(["America/Chicago", "Australia/Perth", "Europe/Warsaw"])),
        },
        2,
    ),
    (
        "track",
        "Offer Extended",
        "Analytics.NET",
        {
            "OfferId": G(lambda f: f.uuid()),
            "CandidateName": Y(lambda f: f.name_c(), "name"),
            "JobTitle": G(lambda f: f.pick(["Payroll Specialist", "Warehouse Lead", "Staff Accountant"])),
            "BaseSalary": Y(lambda f: f.pay_annual(), "salary"),
            "SigningBonus": Y(lambda f: f.pick([0, 2000, 5000, 10000]), "salary"),
            "EquityShares": Y(lambda f: f.pick([0, 500, 1200, 4000]), "salary"),
            "StartDate": G(lambda f: f.d2024()),
            "OfferLetterUrl": G(lambda f: "https://docs.peoplepay.io/offers/" + f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Background Check Ordered",
        "analytics-node",
        {
            "report_id": G(lambda f: f.hexid(24)),
            "candidate": {
                "first_name": Y(lambda f: f.first_c("US"), "name"),
                "last_name": Y(lambda f: f.last_c("US"), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "ssn": RED(lambda f: f.ssn_c(), "social security number"),
                "zipcode": Y(lambda f: f.zip_c("US"), "zipcode"),
                "driver_license_number": Y(
                    lambda f: f.pick(["D", "S", "F"]) + f.digits(f.pick([7, 8, 12])), "license"
                ),
                "driver_license_state": G(lambda f: f.pick(["IL", "TX", "CA", "GA"])),
            },
            "status": G(lambda f: f.pick(["pending", "clear", "consider"])),
        },
        2,
    ),
    (
        "track",
        "Reference Submitted",
        "web-careers",
        {
            "application_id": G(lambda f: f.digits(8)),
            "referee_name": Y(lambda f: f.name_c(), "name"),
            "referee_phone": Y(lambda f: f.phone_c(), "phone"),
            "referee_company": G(lambda f: f.pick(["Globex", "Initech", "Hooli", "Wisła Software"])),
            "relationship": G(lambda f: f.pick(["former_manager", "colleague", "client"])),
            "comments": G(
                lambda f: f.pick(["Reliable and punctual.", "Would rehire.", "Great team player.", ""])
            ),
        },
        2,
    ),
    # -- account & support ----------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin"],
        {
            "method": G(lambda f: f.pick(["password", "sso", "magic_link", "face_id"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none", "push"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        3,
    ),
    (
        "track",
        "Verification Code Sent",
        "analytics-python:ip",
        {
            "verification_code": RED(lambda f: f.digits(6), "token|secret"),
            "to": Y(lambda f: f.phone_c(), "phone", True),
            "from": G(lambda f: f.pick(["+13125550148", "+61480000111", "PeoplePay", "+48500600700"])),
            "provider": G(lambda f: f.pick(["twilio", "messagebird"])),
        },
        2,
    ),
    (
        "track",
        "Employee Invited",
        "analytics-python:traits",
        {
            "invitee_email": Y(lambda f: f.work_email(), "email"),
            "invitee_name": Y(lambda f: f.name_c(), "name"),
            "role": G(lambda f: f.pick(["employee", "manager", "admin"])),
            "invite_token": RED(lambda f: f.hexid(40), "token"),
            "expires_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "requests_last_24h": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Integration Connected",
        "analytics-python",
        {
            "provider": G(lambda f: f.pick(["quickbooks", "xero", "netsuite", "slack"])),
            "connected_by": G(lambda f: f.uuid()),
            "access_token": RED(
                lambda f: f.pick([f.jwt(), "xoxb-" + f.digits(12) + "-" + f.hexid(24)]), "token"
            ),
        },
        1,
    ),
    (
        "track",
        "HR Assistant Message Sent",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "input": Y(chatbot_input, "email", True),
            "intent": G(lambda f: f.pick(["update_contact", "payslip_delivery", "unknown"])),
        },
        2,
    ),
    (
        "track",
        "Support Ticket Created",
        "analytics-ruby",
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(["Missing overtime", "W-2 correction", "Direct deposit", "App login"])
            ),
            "body": Y(ticket_body, "phone", True),
            "requester": {
                "name": Y(lambda f: f.name_c(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
            },
            "support_phone": G(lambda f: "1-888-555-0164"),
        },
        2,
    ),
    (
        "track",
        "Payroll Provider Webhook",
        "analytics-go",
        {
            "event_type": G(
                lambda f: f.pick(["employee.updated", "payroll.processed", "contractor_payment.created"])
            ),
            "entity_type": G(lambda f: f.pick(["Employee", "Payroll", "ContractorPayment"])),
            "entity_uuid": G(lambda f: f.uuid()),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "signature": G(lambda f: "sha256=" + f.hexid(64)),
        },
        2,
    ),
    (
        "identify",
        None,
        "analytics-java:personas",
        {
            "EMPLOYEE_ID": G(lambda f: f.employee_number()),
            "FIRST_NAME": Y(lambda f: f.first_c(), "name"),
            "LAST_NAME": Y(lambda f: f.last_c(), "name"),
            "WORK_EMAIL": Y(lambda f: f.work_email(), "email"),
            "PERSONAL_EMAIL": Y(lambda f: f.personal_email(), "email"),
            "MOBILE_PHONE": Y(lambda f: f.phone_c(), "phone"),
            "BIRTH_DATE": Y(lambda f: f.dob(), "birthdate"),
            "GENDER": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
            "ETHNICITY": Y(
                lambda f: f.pick(["Hispanic or Latino", "Asian", "White", "Black or African American"]),
                "race|ethnicity",
            ),
            "HOME_STATE": G(lambda f: f.pick(["IL", "TX", "GA", "WA"])),
            "HOME_ZIP": Y(lambda f: f.zip_c("US"), "zipcode"),
            "HIRE_DATE": G(lambda f: f.date(2010, 2024)),
            "TERMINATION_DATE": G(lambda f: f.pick([None, None, f.d2024()])),
            "DEPARTMENT": G(lambda f: f.pick(["FINANCE", "OPERATIONS", "PEOPLE"])),
            "COST_CENTER": G(lambda f: f.pick(["CC-1001", "CC-2040", "CC-3300"])),
            "ANNUAL_SALARY": Y(lambda f: f.pay_annual("US"), "salary"),
            "PAY_GRADE": G(lambda f: f.pick(["G5", "G7", "G9"])),
            "FLSA_STATUS": G(lambda f: f.pick(["EXEMPT", "NON_EXEMPT"])),
            "MANAGER_EMAIL": Y(lambda f: f.work_email("US"), "email"),
            "IS_ACTIVE": G(lambda f: f.pick([True, True, False])),
            "AGE": G(lambda f: f.r.randint(19, 66)),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
        3,
    ),
    (
        "track",
        "Ad Click Captured",
        "web-careers",
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
        },
        2,
    ),
    (
        "screen",
        "Time Clock",
        ["kotlin", "flutter"],
        {
            "from_tab": G(lambda f: f.pick(["home", "schedule"])),
            "shift_count_today": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    (
        "page",
        "Run Payroll",
        "web",
        {
            "path": G(lambda f: "/payroll/run"),
            "url": G(lambda f: "https://app.peoplepay.io/payroll/run"),
            "title": G(lambda f: "Run payroll | PeoplePay"),
            "referrer": G(lambda f: "https://app.peoplepay.io/dashboard"),
            "search": G(lambda f: f.pick(["", "?group=hourly", "?period=2024-05"])),
        },
        2,
    ),
]


# Events that only exist in one country's payroll; the rest take their client's country, or any.
EVENT_COUNTRY = {
    "Tax Form Submitted": "US",
    "W-2 Reprint Requested": "US",
    "I-9 Document Verified": "US",
    "Bank Account Added": "US",
    "Garnishment Added": "US",
    "Benefit Plan Selected": "US",
    "Dependant Added": "US",
    "Beneficiary Designated": "US",
    "Insurance Card": "US",
    "FSA Claim Submitted": "US",
    "EEO Survey Submitted": "US",
    "Background Check Ordered": "US",
    "Payment Method Added": "US",
    "Accommodation Requested": "US",
    "Pet Insurance Enrolled": "US",
    "TD1 Submitted": "CA",
    "Formulaire TP-1015.3 Soumis": "CA",
    "Health Card Registered": "CA",
    "Direct Deposit Changed": "CA",
    "TFN Declaration Lodged": "AU",
    "Super Choice Submitted": "AU",
    "Medicare Details Added": "AU",
    "Mileage Logged": "AU",
    "Kiosk Punch Recorded": "AU",
    "Reimbursement Paid": "PL",
}


def country_for(f: HR, name: str | None, client: str) -> str:
    if name in EVENT_COUNTRY:
        return EVENT_COUNTRY[name]
    if client.endswith(":pl"):
        return "PL"
    if client == "flutter":
        return "AU"
    if client == "rn" or client.startswith("analytics-java:personas"):
        return "US"
    return f.pick(COUNTRIES)


def build(seed: int, repeats: int):
    f = HR(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients) if isinstance(clients, list) else clients
                f.cur, f.row, f.site, f.emp = country_for(f, name, client), None, None, None
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.hexid(12),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "co_" + f.hexid(10)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                elif body:
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(context_for(f, client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=45, repeats=10)
    write(Path(__file__).parent, "holdout45_", events, labels)
