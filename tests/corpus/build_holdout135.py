"""Writes holdout135: tests/corpus/holdout135_events.jsonl and holdout135_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only the helpers in build.py and
fake.py, holdout3's format, and the reference's matcher table were read.

Domain: an IT service desk and identity-management SaaS (Okta/ServiceNow-like) used by companies
in the US, India and Poland. Covers employee directory sync (SCIM payloads, HR feeds from
India and Poland with Polish keys, a warehouse reverse-ETL feed in SCREAMING_SNAKE), logins and
MFA (Okta System Log and Azure AD sign-in shaped payloads, geo-IP, devices, push and SMS
factors, a Twilio status webhook), password resets, access requests and approvals, hardware
assets and MDM enrolment, home shipping of laptops, support tickets with attachments, comments
and a virtual agent, visitors and guest Wi-Fi, audit logs, onboarding/offboarding, an internal
hardware store (Segment e-commerce spec events), the vendor's own marketing site (demo form,
ad click ids) and billing. Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics-flutter and server libraries (python, node, go, java, ruby,
php, csharp); identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case; PascalCase from .NET and vendor webhooks (Twilio,
Azure); kebab-case request headers; SCREAMING_SNAKE from a warehouse sync; Polish keys from a
Polish HR integration; SCIM's URN-keyed enterprise extension.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, an approver, a manager, an agent, a
  visitor, a guest, an emergency contact. Colour is the reference matcher's default; outside the
  reference, red for credentials/secrets, card numbers, bank accounts, government ids and health
  ids, yellow otherwise (geolocation, advertising id, ...).
- Green: ids we or the customer issue (okta ids, sys_ids, employee numbers, badge numbers, asset
  tags, ticket numbers), versions, timestamps (hire dates and last days included), hashes of
  non-PII, amounts, enums, counters and booleans under PII-sounding keys, job titles,
  departments, employers, company/app/product names, office locations and a company's own
  address, phone and role mailboxes (helpdesk@, billing@, no-reply@), a company's Twilio
  sender number, company tax ids (NIP, GSTIN, EIN), bank routing numbers and IFSC codes, card
  brand/last four/expiry, country/state/locale/timezone, user agents, analytics device ids,
  certificate serials and thumbprints, machine host names.
- Places: a person's home address, postal code and city are PII; so is the city and the
  coordinates geo-IP places a sign-in at (the person's location). Office and store places are
  green; state, region and country are green.
- Employee work e-mails, work phones and names are PII (yellow) even though the employer issues
  them; an employee number is green.
- A device serial number, IMEI or VIN assigned to a person is `serial` (yellow); a MAC address is
  `mac` (yellow). A device's display name made of its owner's first name ("Priya's iPhone") is
  yellow `name`, value_only.
- Special categories from an enum or boolean (veteran status, disability / screen reader use,
  blood group, trade-union membership, ethnicity) take that category's colour; right-to-work and
  sponsorship answers are red `visa`; the last four digits of an SSN are red.
- Contested cases follow the product's published policy: loyalty/member/customer/claim numbers,
  ages, marital status, job titles and employers, a business's own contacts, UUID tokens and
  e-mail Message-IDs are green; insurance/member numbers (`identification`), rx numbers
  (`medication`), pay (`salary`), credit scores, vehicle plates (`license`), VINs (`serial`),
  ad click ids (`advertising id`), the person's billing/shipping addresses (`address`), political
  opinion and trade union are yellow; payment tokens, activation/one-time/voucher codes and
  sign-in link tokens (`token`), patient numbers (`health id`), identity document numbers
  (`national id`/`passport`) and visa answers are red.
- Judgement calls (what a careful privacy owner at a mid-size company would want flagged): a
  SHA-256 of an e-mail sent for ad matching is still the person's e-mail (yellow `email`); a
  push token is red `token` (as in the main corpus); an authenticator's device name, a
  certificate's subject CN and Okta's `alternateId` are labelled by what their values are; Indian
  UAN and Aadhaar, Polish PESEL and dowód numbers and Indian PAN are red `national id`.
- Keys that hold e-mail addresses without saying so (`userName`, `username`, `login`,
  `userPrincipalName`, `subject_cn`, `granted_by`, `enrolled_by`, `from`, `cc`) are `email`,
  value_only. A free-text field names one type even when a value could be read two ways
  (a ticket description carries a callback phone in every value; a Slack approval text a
  requester's name; a work note an IP address; a virtual-agent utterance an e-mail).
- Blood group is health data under the reference's `condition` matcher (yellow); an
  accommodation that reveals a disability (screen reader, interpreter) is red `disability`.
- Group traits describe the customer company: its name, phone, HQ address, billing and helpdesk
  mailboxes and tax id are green; its primary contact's name and e-mail are yellow.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `input`, `to`, `from`, `alternateId`, `Body`, a URL or free-text key) and only the
  value reveals it. A value_only PII path holds that PII in every one of its values (checked at
  build time by `check_value_only` below, with this file's own patterns); free text is labelled by
  what every value carries and is green when none carries PII (also checked).
"""

import re
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, write
from tests.corpus.fake import Fake

# -- people, places and ids for the three countries ---------------------------------------------------

US_FIRST_F = [
    "Emily",
    "Jessica",
    "Ashley",
    "Maria",
    "Lauren",
    "Megan",
    "Kimberly",
    "Hannah",
    "Olivia",
    "Aaliyah",
]
US_FIRST_M = [
    "Marcus",
    "DeShawn",
    "Tyler",
    "Kevin",
    "Jamal",
    "Carlos",
    "Ethan",
    "Andre",
    "Brandon",
    "Hyun-woo",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Hernández",
    "Nguyen",
    "Kim",
    "O'Connor",
    "Washington",
    "Rodriguez",
    "Thompson",
    "Goldberg",
    "Martinez",
    "Park",
    "Jackson",
    "Murphy",
    "Okonkwo",
    "Cohen",
    "Brooks",
    "Yazzie",
]
IN_FIRST_F = [
    "Priya",
    "Ananya",
    "Deepika",
    "Lakshmi",
    "Harpreet",
    "Kavya",
    "Neha",
    "Shreya",
    "Meenakshi",
    "Pooja",
]
IN_FIRST_M = [
    "Aarav",
    "Rahul",
    "Vikram",
    "Arjun",
    "Mohammed",
    "Sanjay",
    "Venkatesh",
    "Rohan",
    "Karthik",
    "Imran",
]
IN_LAST = [
    "Sharma",
    "Iyer",
    "Reddy",
    "Patel",
    "Nair",
    "Gupta",
    "Qureshi",
    "Singh",
    "Menon",
    "Banerjee",
    "Subramanian",
    "Desai",
    "Chatterjee",
    "Joshi",
    "Rao",
    "Pillai",
    "Verma",
]
PL_FIRST_F = [
    "Małgorzata",
    "Agnieszka",
    "Katarzyna",
    "Magdalena",
    "Joanna",
    "Anna",
    "Zofia",
    "Ewa",
    "Aleksandra",
]
PL_FIRST_M = ["Krzysztof", "Paweł", "Tomasz", "Piotr", "Michał", "Łukasz", "Grzegorz", "Jakub", "Wojciech"]
PL_LAST = [
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Mazur",
    "Krawczyk",
    "Grabowski",
    "Jabłoński",
]
OTHER_NAMES = [
    ("Fatima", "Al-Sayed", "f"),
    ("Kenji", "Watanabe", "m"),
    ("Olumide", "Adeyemi", "m"),
    ("Siobhan", "Gallagher", "f"),
    ("Lars", "Eriksson", "m"),
    ("Thandiwe", "Ndlovu", "f"),
    ("Ahmet", "Yılmaz", "m"),  # noqa: RUF001 (a Turkish name)
    ("Camila", "Souza", "f"),
    ("Nguyen", "Thi Lan", "f"),
    ("Oksana", "Shevchenko", "f"),
]
ALL_FIRST = set(US_FIRST_F + US_FIRST_M + IN_FIRST_F + IN_FIRST_M + PL_FIRST_F + PL_FIRST_M)
ALL_FIRST |= {first for first, _, _ in OTHER_NAMES}

COMPANIES = {
    "US": [
        ("Kestrel Logistics", "kestrel-logistics.com", "Austin HQ - Floor 4"),
        ("Brightline Retail", "brightline.com", "Columbus DC - Building 2"),
        ("Harbor Point Credit Union", "harborpointcu.org", "Seattle - Pier 70 Office"),
    ],
    "IN": [
        ("Vanaja Software Pvt Ltd", "vanajasoft.in", "Bengaluru - Embassy Tech Village, Tower B"),
        ("Saffron Analytics", "saffronanalytics.co.in", "Pune - Hinjewadi Phase 2"),
        ("Meridian Pharma India", "meridianpharma.in", "Hyderabad - HITEC City"),
    ],
    "PL": [
        ("Wisła Finanse S.A.", "wislafinanse.pl", "Warszawa - Mokotów, budynek C"),
        ("Bursztyn Logistyka Sp. z o.o.", "bursztyn-logistyka.pl", "Gdańsk - Olivia Business Centre"),
        ("Kraków Games Studio", "krakowgames.pl", "Kraków - Quattro Business Park"),
    ],
}
HQ = {
    "Kestrel Logistics": ("3101 E 5th St", "Austin", "78702"),
    "Brightline Retail": ("4400 Easton Commons", "Columbus", "43219"),
    "Harbor Point Credit Union": ("2801 Alaskan Way", "Seattle", "98121"),
    "Vanaja Software Pvt Ltd": (
        "Embassy Tech Village, Outer Ring Rd, Devarabisanahalli",
        "Bengaluru",
        "560103",
    ),
    "Saffron Analytics": ("Plot 14, Rajiv Gandhi Infotech Park, Hinjewadi", "Pune", "411057"),
    "Meridian Pharma India": ("Cyber Towers, HITEC City", "Hyderabad", "500081"),
    "Wisła Finanse S.A.": ("ul. Postępu 14", "Warszawa", "02-676"),
    "Bursztyn Logistyka Sp. z o.o.": ("al. Grunwaldzka 472", "Gdańsk", "80-309"),
    "Kraków Games Studio": ("ul. Lubomirskiego 20", "Kraków", "31-509"),
}
DEPOTS = {
    "US": ("Trellis Depot - Memphis", "38118"),
    "IN": ("Vanaja IT Stores", "560037"),
    "PL": ("Magazyn IT Gdańsk", "80-309"),
}
US_CITIES = [
    ("Austin", "TX"),
    ("Denver", "CO"),
    ("Columbus", "OH"),
    ("Raleigh", "NC"),
    ("Seattle", "WA"),
    ("Chicago", "IL"),
    ("Phoenix", "AZ"),
    ("Atlanta", "GA"),
]
IN_CITIES = [
    ("Bengaluru", "KA", "560"),
    ("Pune", "MH", "411"),
    ("Hyderabad", "TG", "500"),
    ("Chennai", "TN", "600"),
    ("Gurugram", "HR", "122"),
    ("Kochi", "KL", "682"),
]
PL_CITIES = [
    ("Warszawa", "mazowieckie", "0"),
    ("Kraków", "małopolskie", "3"),
    ("Wrocław", "dolnośląskie", "5"),
    ("Gdańsk", "pomorskie", "8"),
    ("Poznań", "wielkopolskie", "6"),
    ("Łódź", "łódzkie", "9"),
]
US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "W 38th St",
    "Sunset Blvd",
    "Peachtree Rd NE",
    "Lakeview Dr",
    "Elm Ct",
]
IN_STREETS = ["14th Cross Rd, Indiranagar", "MG Road", "Baner Road", "Anna Salai", "Jubilee Hills Rd No. 36"]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jana Pawła II", "ul. Grunwaldzka"]
PERSONAL_DOMAINS = {
    "US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "PL": ["wp.pl", "o2.pl", "gmail.com", "interia.pl"],
}
FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻáéíñúüöıİ", "acelnoszzACELNOSZZaeinuuoiI")
APPS = [
    "Salesforce",
    "Jira Cloud",
    "AWS Prod Console",
    "Workday",
    "GitHub Enterprise",
    "SAP Concur",
    "Zoom",
    "Tally",
]
DEPARTMENTS = [
    "Finance",
    "Engineering",
    "People Ops",
    "Sales",
    "Warehouse Ops",
    "IT",
    "Legal",
    "Customer Success",
]
TITLES = [
    "Senior Accountant",
    "Software Engineer II",
    "HR Business Partner",
    "Account Executive",
    "Shift Supervisor",
    "IT Support Analyst",
    "Paralegal",
    "Specjalista ds. płac",
]
LAPTOPS = [
    ("Apple", "MacBook Pro 14 M3", "apple"),
    ("Dell", "Latitude 7440", "dell"),
    ("Lenovo", "ThinkPad T14 Gen 4", "lenovo"),
    ("HP", "EliteBook 840 G10", "lenovo"),
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

VERHOEFF_D = [
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
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


class HF(Fake):
    """Fake plus per-message personas, so a message's name, e-mail and phone belong together."""

    def new_message(self):
        self._people: dict[str, dict] = {}
        self._company = None

    # -- company and people -------------------------------------------------------------------------

    def company(self):
        if self._company is None:
            country = self.pick(["US", "US", "IN", "IN", "PL"])
            name, domain, office = self.pick(COMPANIES[country])
            self._company = {"country": country, "name": name, "domain": domain, "office": office}
        return self._company

    def person(self, role="user"):
        if role not in self._people:
            self._people[role] = self._make_person()
        return self._people[role]

    def _make_person(self):
        co = self.company()
        country = co["country"] if self.r.random() < 0.85 else self.pick(["US", "IN", "PL"])
        female = self.r.random() < 0.5
        if self.r.random() < 0.08:
            first, last, sex = self.pick(OTHER_NAMES)
            female = sex == "f"
        elif country == "US":
            first, last = self.pick(US_FIRST_F if female else US_FIRST_M), self.pick(US_LAST)
        elif country == "IN":
            first, last = self.pick(IN_FIRST_F if female else IN_FIRST_M), self.pick(IN_LAST)
            if first == "Harpreet":
                last = "Kaur"
        else:
            first, last = self.pick(PL_FIRST_F if female else PL_FIRST_M), self.pick(PL_LAST)
            if female and last.endswith("ski"):
                last = last[:-1] + "a"
        local_first = first.lower().translate(FOLD).replace(" ", "").replace("-", "")
        local_last = last.lower().translate(FOLD).replace("'", "").replace(" ", "").replace("-", "")
        work = self.pick(
            [
                f"{local_first}.{local_last}",
                f"{local_first[0]}{local_last}",
                f"{local_first}.{local_last}{self.r.randint(1, 9)}",
            ]
        )
        personal = self.pick(
            [
                f"{local_first}{local_last}{self.r.randint(70, 99)}",
                f"{local_first}.{local_last}",
                f"{local_last}.{local_first[:3]}",
            ]
        )
        return {
            "country": country,
            "female": female,
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "email": f"{work}@{co['domain']}",
            "personal_email": f"{personal}@{self.pick(PERSONAL_DOMAINS[country])}",
            "phone": self.phone_for(country),
            "work_phone": self.phone_for(country),
            "employee_id": {"US": "E", "IN": "VS", "PL": "PRC"}[country] + self.digits(5),
            "okta_id": "00u" + self.b62(17),
            "dob": self.date(1962, 2003),
            "title": self.pick(TITLES),
            "department": self.pick(DEPARTMENTS),
        }

    def p(self, role="user", attr="name"):
        return self.person(role)[attr]

    # -- formats -----------------------------------------------------------------------------------

    def b62(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def phone_for(self, country):
        r = self.r
        if country == "US":
            a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [f"({a}) {b}-{c:04d}", f"+1{a}{b}{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a} {b} {c:04d}"]
            )
        if country == "IN":
            n = str(r.choice([6, 7, 8, 9])) + "".join(str(r.randint(0, 9)) for _ in range(9))
            return self.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"+91-{n[:5]}-{n[5:]}", f"0{n[:5]} {n[5:]}"])
        n = str(r.choice([5, 6, 7, 8])) + "".join(str(r.randint(0, 9)) for _ in range(8))
        return self.pick(
            [
                f"+48 {n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"+48{n}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
            ]
        )

    def home(self, role="user"):
        """The person's home address, fixed per message and role."""
        person = self.person(role)
        if "home" not in person:
            r, c = self.r, person["country"]
            if c == "US":
                city, state = self.pick(US_CITIES)
                street = f"{r.randint(12, 9800)} {self.pick(US_STREETS)}"
                line2 = self.pick(
                    ["", f"Apt {r.randint(1, 40)}{self.pick('ABCD')}", f"Unit {r.randint(100, 999)}"]
                )
                zipc = f"{r.randint(10000, 99950)}"
            elif c == "IN":
                city, state, pin = self.pick(IN_CITIES)
                society = self.pick(["Shanti", "Prestige", "Sobha", "Lodha"])
                street = f"Flat {r.randint(101, 1204)}, {society} Residency"
                line2 = self.pick(IN_STREETS)
                zipc = pin + f"{r.randint(1, 110):03d}"
            else:
                city, state, z = self.pick(PL_CITIES)
                street = f"{self.pick(PL_STREETS)} {r.randint(1, 150)}/{r.randint(1, 60)}"
                line2 = ""
                zipc = f"{z}{r.randint(0, 9)}-{r.randint(0, 999):03d}"
            person["home"] = {"street": street, "line2": line2, "city": city, "state": state, "zip": zipc}
        return person["home"]

    def ipv4_public(self):
        r = self.r
        first = r.choice([49, 59, 73, 83, 98, 103, 106, 117, 157, 172, 188, 203, 24, 67, 89, 171])
        if first == 172:
            return f"172.{r.randint(32, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip_any(self):
        return self.ipv4_public() if self.r.random() < 0.8 else self.ipv6()

    def ipv4_private(self):
        r = self.r
        return self.pick(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
            ]
        )

    def iban_cc(self, country, bban):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{bban}"

    def pl_iban(self):
        raw = self.iban_cc(
            "PL", self.pick(["10901014", "11402004", "10202892", "12401037"]) + self.digits(16)
        )
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def pesel(self, dob=None):
        y, m, d = (int(x) for x in (dob or self.date(1962, 2003)).split("-"))
        m += 20 if y >= 2000 else 0
        body = f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(0, 999):03d}{self.r.randint(0, 9)}"
        weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(c) * w for c, w in zip(body, weights)) % 10) % 10)

    def aadhaar(self):
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        c = 0
        for i, digit in enumerate(reversed(body)):
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(digit)]]
        full = body + str(VERHOEFF_INV[c])
        return self.pick([full, f"{full[:4]} {full[4:8]} {full[8:]}"])

    def pan(self, last="X"):
        letters = string.ascii_uppercase
        fold = last.translate(FOLD).upper()
        return (
            "".join(self.r.choice(letters) for _ in range(3))
            + "P"
            + fold[0]
            + self.digits(4)
            + self.r.choice(letters)
        )

    def nip(self):
        while True:
            body = self.digits(9)
            check = sum(int(c) * w for c, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if check < 10:
                return body + str(check)

    def aba(self):
        return self.pick(["021000021", "011401533", "121000358", "026009593", "322271627"])

    def ifsc(self):
        return self.pick(["HDFC0", "ICIC0", "SBIN0", "UTIB0"]) + self.digits(6)

    def okta_app(self):
        return "0oa" + self.b62(17)

    def sys_id(self):
        return self.hexid(32)

    def serial(self, kind):
        up = string.ascii_uppercase + string.digits
        if kind == "apple":
            return "C02" + "".join(self.r.choice(up) for _ in range(9))
        if kind == "dell":
            return "".join(self.r.choice(up) for _ in range(7))
        return "PF" + "".join(self.r.choice(up) for _ in range(6))

    def imei(self):
        return self.luhn_complete(
            self.pick(["35", "86", "01"]) + "".join(str(self.r.randint(0, 9)) for _ in range(12))
        )

    def asset_tag(self):
        return self.pick(["KL-LT-", "VS-AST-", "WF/IT/", "BL-"]) + self.digits(6)

    def ticket(self, prefix="INC"):
        return f"{prefix}{self.r.randint(10000, 2999999):07d}"

    def url_token(self, n=43):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))


# -- shorthand ----------------------------------------------------------------------------------------


def C(*values):
    """Green: one of these values."""
    return G(lambda f: f.pick(values))


def Gi(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def Gm(lo, hi):
    return G(lambda f: f.money(lo, hi))


def Gb():
    return G(lambda f: f.pick([True, False]))


def PN(role="user", attr="name", type_="name", value_only=False):
    """Yellow: an attribute of the message's persona."""
    return Y(lambda f: f.p(role, attr), type_, value_only)


def first_name(role="user"):
    return Y(lambda f: f.p(role, "first"), "name")


def last_name(role="user"):
    return Y(lambda f: f.p(role, "last"), "name")


def email(role="user", value_only=False):
    return Y(lambda f: f.p(role, "email"), "email", value_only)


def phone(role="user", value_only=False, attr="phone"):
    return Y(lambda f: f.p(role, attr), "phone", value_only)


ISO = G(lambda f: f.iso())
UUID = G(lambda f: f.uuid())
EPOCH = G(lambda f: f.epoch_ms())


def okta_id(role="user"):
    return G(lambda f: f.p(role, "okta_id"))


def emp_id(role="user"):
    return G(lambda f: f.p(role, "employee_id"))


CITY_COORDS = {
    "Austin": (30.2672, -97.7431),
    "Denver": (39.7392, -104.9903),
    "Columbus": (39.9612, -82.9988),
    "Raleigh": (35.7796, -78.6382),
    "Seattle": (47.6062, -122.3321),
    "Chicago": (41.8781, -87.6298),
    "Phoenix": (33.4484, -112.0740),
    "Atlanta": (33.7490, -84.3880),
    "Bengaluru": (12.9716, 77.5946),
    "Pune": (18.5204, 73.8567),
    "Hyderabad": (17.3850, 78.4867),
    "Chennai": (13.0827, 80.2707),
    "Gurugram": (28.4595, 77.0266),
    "Kochi": (9.9312, 76.2673),
    "Warszawa": (52.2297, 21.0122),
    "Kraków": (50.0647, 19.9450),
    "Wrocław": (51.1079, 17.0385),
    "Gdańsk": (54.3520, 18.6466),
    "Poznań": (52.4064, 16.9252),
    "Łódź": (51.7592, 19.4560),
}


def geo(f):
    """Where geo-IP (or the phone) places the user in this message: city, state, lat, lon."""
    if "_geo" not in f._people:
        c = f.p("user", "country")
        row = f.pick({"US": US_CITIES, "IN": IN_CITIES, "PL": PL_CITIES}[c])
        lat, lon = CITY_COORDS[row[0]]
        f._people["_geo"] = (
            row[0],
            row[1],
            round(lat + f.r.uniform(-0.2, 0.2), 6),
            round(lon + f.r.uniform(-0.2, 0.2), 6),
        )
    return f._people["_geo"]


def geo_city(f):
    return geo(f)[0]


def geo_state(f):
    return geo(f)[1]


def geo_lat(digits):
    return Y(lambda f: round(geo(f)[2], digits), "geolocation")


def geo_lon(digits):
    return Y(lambda f: round(geo(f)[3], digits), "geolocation")


COUNTRY = G(lambda f: f.p("user", "country"))
LOCALE = G(lambda f: {"US": "en-US", "IN": f.pick(["en-IN", "hi-IN"]), "PL": "pl-PL"}[f.p("user", "country")])
TZ = G(
    lambda f: {
        "US": f.pick(["America/Chicago", "America/New_York", "America/Denver"]),
        "IN": "Asia/Kolkata",
        "PL": "Europe/Warsaw",
    }[f.p("user", "country")]
)


# -- contexts -----------------------------------------------------------------------------------------


def web_context(console=True):
    host = "https://{}.trellis.id"
    pages = [
        ("/app/UserHome", "My Apps | Trellis"),
        ("/servicedesk/tickets", "Tickets | Trellis Service Desk"),
        ("/admin/people", "People | Admin"),
        ("/signin", "Sign In"),
        ("/requests/new", "Request access"),
    ]
    if not console:
        host = "https://www.trellis{}"
        pages = [
            ("/pricing", "Pricing | Trellis"),
            ("/demo", "Book a demo | Trellis"),
            ("/", "Trellis - Identity & Service Desk"),
        ]

    def page(f):
        if "page" not in f._people:
            path, title = f.pick(pages)
            sub = f.company()["domain"].split(".")[0] if console else ".id"
            f._people["page"] = {"path": path, "title": title, "url": host.format(sub) + path}
        return f._people["page"]

    ctx = {
        "library": {
            "name": C("analytics.js"),
            "version": C("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"),
        },
        "page": {
            "path": G(lambda f: page(f)["path"]),
            "referrer": C(
                "",
                "https://login.microsoftonline.com/",
                "https://www.google.com/",
                "https://mail.google.com/",
            ),
            "search": C("", "?fromLogin=true", "?tab=open", "?utm_source=linkedin&utm_medium=paid_social"),
            "title": G(lambda f: page(f)["title"]),
            "url": G(lambda f: page(f)["url"]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": C("Chromium", "Microsoft Edge", "Not-A.Brand", "Google Chrome"),
                    "version": C("124", "8", "123"),
                },
                3,
            ),
            "mobile": C(False),
            "platform": C("Windows", "macOS", "Linux"),
        },
        "locale": LOCALE,
        "timezone": TZ,
        "ip": Y(lambda f: f.ipv4_public(), "ip"),
    }
    if not console:
        ctx["campaign"] = {
            "name": C("q2_itsm_migration", "okta_alternative", "brand_in"),
            "source": C("google", "linkedin", "g2"),
            "medium": C("cpc", "paid_social", "referral"),
            "term": C("servicenow alternative", "sso for small business", "scim provisioning"),
            "content": C("hero_cta", "comparison_table"),
        }
    return ctx


def swift_context():
    return {
        "app": {
            "name": C("Trellis Verify"),
            "version": C("7.14.0", "7.15.2"),
            "build": C("71400", "71502"),
            "namespace": C("id.trellis.verify"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": C("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"),
            "name": C("iPhone", "iPad"),
            "type": C("ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": C("analytics-swift"), "version": C("1.5.11", "1.6.0")},
        "locale": LOCALE,
        "network": {
            "wifi": Gb(),
            "cellular": Gb(),
            "carrier": C("Verizon", "Jio", "Airtel", "Orange PL", "Play", "T-Mobile"),
        },
        "os": {"name": C("iOS", "iPadOS"), "version": C("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": C(393, 390, 430), "height": C(852, 844, 932), "density": C(3)},
        "timezone": TZ,
        "ip": Y(lambda f: f.ipv4_public(), "ip"),
        "traits": {
            "email": email(),
            "userId": okta_id(),
        },
        "instanceId": UUID,
    }


def kotlin_context():
    return {
        "app": {
            "name": C("Trellis Verify"),
            "version": C("7.14.0", "7.15.1"),
            "build": C("714000", "715010"),
            "namespace": C("id.trellis.verify"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": C("samsung", "Google", "OnePlus", "Xiaomi", "motorola"),
            "model": C("SM-A546E", "Pixel 8", "CPH2449", "23021RAA2Y", "moto g84 5G"),
            "name": C("a54x", "shiba", "OP5961L1", "topaz"),
            "type": C("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": Gb(),
        },
        "library": {"name": C("analytics-kotlin"), "version": C("1.16.3", "1.15.0")},
        "locale": LOCALE,
        "location": {
            "latitude": geo_lat(6),
            "longitude": geo_lon(6),
            "speed": C(0.0, 1.2),
        },
        "network": {
            "wifi": Gb(),
            "cellular": Gb(),
            "carrier": C("Jio", "Vi India", "Plus", "T-Mobile", "AT&T"),
        },
        "os": {"name": C("Android"), "version": C("14", "13", "12")},
        "screen": {"density": C(2.625, 3.0, 2.75), "width": C(1080, 1220), "height": C(2340, 2400, 2712)},
        "timezone": TZ,
        "userAgent": C(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; CPH2449 Build/TP1A.220905.001)",
        ),
        "traits": {"anonymousId": UUID, "employeeId": emp_id()},
        "instanceId": UUID,
    }


def rn_context():
    return {
        "app": {
            "name": C("Trellis Desk"),
            "version": C("4.2.0", "4.3.1"),
            "build": C("420", "431"),
            "namespace": C("id.trellis.desk"),
        },
        "device": {
            "id": UUID,
            "manufacturer": C("Apple", "samsung", "Google"),
            "model": C("iPhone14,5", "SM-S918B", "Pixel 7"),
            "name": C("iPhone", "dm3q", "panther"),
            "type": C("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": C("2.19.2", "2.20.0")},
        "os": {"name": C("iOS", "Android"), "version": C("17.4", "14")},
        "screen": {"width": C(390, 412), "height": C(844, 915)},
        "network": {"wifi": Gb(), "cellular": Gb()},
        "locale": LOCALE,
        "timezone": TZ,
        "traits": {
            "email": email(),
            "name": PN(),
            "employeeId": emp_id(),
            "company": {"name": G(lambda f: f.company()["name"]), "id": G(lambda f: "org_" + f.hexid(10))},
        },
    }


def flutter_context():
    return {
        "app": {
            "name": C("Trellis Kiosk"),
            "version": C("2.0.3", "2.1.0"),
            "build": C("23", "31"),
            "namespace": C("id.trellis.kiosk"),
        },
        "device": {
            "id": UUID,
            "manufacturer": C("samsung", "Lenovo", "Apple"),
            "model": C("SM-X710", "TB-X606F", "iPad13,16"),
            "type": C("android", "ios"),
        },
        "library": {"name": C("analytics_flutter"), "version": C("1.1.3", "1.1.5")},
        "os": {"name": C("Android", "iPadOS"), "version": C("13", "17.4")},
        "screen": {"width": C(1600, 820), "height": C(2560, 1180), "density": C(1.5, 2.0)},
        "network": {"wifi": C(True)},
        "locale": LOCALE,
        "timezone": TZ,
        "ip": Y(lambda f: f.ipv4_public(), "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.1",
    "analytics-php": "3.8.0",
    "analytics-csharp": "2.3.6",
}


def external_id(f):
    kind = f.pick(["okta_user_id", "workday_worker_id"])
    f._people["_ext"] = kind
    return f.p("user", "okta_id") if kind == "okta_user_id" else "WD" + f.digits(7)


def server_context(lib):
    ctx: dict[str, Any] = {"library": {"name": C(lib), "version": C(SERVER_VERSIONS[lib])}}
    if lib == "analytics-node":
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["externalIds"] = Many(
            {
                "id": G(external_id),
                "type": G(lambda f: f._people["_ext"]),
                "collection": C("users"),
                "encoding": C("none"),
            },
            2,
        )
    if lib == "analytics-java":
        ctx["traits"] = {"email": email(), "employee_code": emp_id()}
        ctx["groupId"] = G(lambda f: "org_" + f.hexid(10))
    if lib == "analytics-go":
        ctx["groupId"] = G(lambda f: "org_" + f.hexid(10))
    if lib == "analytics-csharp":
        ctx["instanceId"] = UUID
    return ctx


CONTEXTS = {
    "web": lambda: web_context(True),
    "mkt": lambda: web_context(False),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda: server_context("analytics-python"),
    "node": lambda: server_context("analytics-node"),
    "go": lambda: server_context("analytics-go"),
    "java": lambda: server_context("analytics-java"),
    "ruby": lambda: server_context("analytics-ruby"),
    "php": lambda: server_context("analytics-php"),
    "csharp": lambda: server_context("analytics-csharp"),
}
MOBILE = ["swift", "kotlin"]

# -- free text --------------------------------------------------------------------------------------


def ticket_description(f):
    issue = f.pick(
        [
            "VPN disconnects every 10 minutes since the last GlobalProtect update.",
            "Outlook keeps asking for my password after the MFA change.",
            "Laptop fan very loud and battery drains in 2 hours.",
            "Cannot open the shared Finance drive, says access denied.",
            "Teams camera not detected after Windows update KB5036893.",
            "Locked out after entering the wrong Okta Verify code.",
        ]
    )
    tail = f.pick(
        ["Please call me back on {}", "Best reached on {}", "Callback: {}", "I'm WFH today, mobile {}"]
    )
    return f"{issue} {tail.format(f.p('user', 'phone'))}"


def short_description(f):
    return f.pick(
        [
            "VPN keeps disconnecting",
            "Outlook password prompt loop",
            "New monitor request",
            "Printer on 4th floor jammed",
            "Need Visio license",
            "Laptop running slow",
            "MFA reset needed",
            "Cannot access SharePoint site",
        ]
    )


def green_comment(f):
    return f.pick(
        [
            "Tried clearing the cache, no change.",
            "Works now, thanks!",
            "Still seeing the same error after reboot.",
            "Attached the screenshot you asked for.",
            "Can we do this after 3pm?",
            "Please close, resolved itself.",
        ]
    )


def work_note(f):
    return f.pick(
        [
            "Workstation {} not reachable over RDP, asked user to reboot.",
            "Pushed Intune policy to {}, waiting for check-in.",
            "User's session from {} flagged by Defender; reset sessions.",
            "Pinged {} - 100% packet loss, escalating to network team.",
        ]
    ).format(f.ipv4_private() if f.r.random() < 0.7 else f.ipv4_public())


def va_text(f):
    return f.pick(
        [
            "reset password for {}",
            "hi my email is {} and i cant login",
            "unlock account {}",
            "{} locked out after mfa change",
            "please add {} to the finance-shared group",
        ]
    ).format(f.p("user", "email") if f.r.random() < 0.7 else f.p("colleague", "email"))


def slack_text(f):
    return f.pick(
        [
            "{} requested access to {}. Approve or deny in Trellis.",
            ":key: {} needs approval for {} (admin role)",
            "Reminder: {} is still waiting on your approval for {}",
        ]
    ).format(f.p("requester"), f.pick(APPS))


def asset_note(f):
    return f.pick(
        [
            "Handed over to {} at reception",
            "Picked up by {} from the IT bar",
            "Left with {} (team lead) until the new hire starts",
            "Returned by {} with charger",
        ]
    ).format(f.p("colleague"))


def justification(f):
    return f.pick(
        [
            "Need access for Q3 audit prep",
            "New role in FP&A, replacing previous analyst",
            "Customer escalation, need read-only logs",
            "Project Atlas migration",
            "Covering for a colleague on leave",
            "Quarter-end close",
        ]
    )


def scim_error(f):
    return f.pick(
        [
            "User with userName '{}' already exists",
            "Manager reference not found for {}",
            'Invalid value for attribute emails[type eq "work"].value: {}',
            "Rate limited while updating {}",
        ]
    ).format(f.p("user", "email"))


# -- events -------------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, weight, body). For group the body is the traits.

ADDRESS_HOME = {
    "street": Y(lambda f: f.home()["street"], "address|street"),
    "city": Y(lambda f: f.home()["city"], "city"),
    "state": G(lambda f: f.home()["state"]),
    "postalCode": Y(lambda f: f.home()["zip"], "zipcode"),
    "country": COUNTRY,
}

EVENTS: list[tuple[str, str | None, list[str], int, dict]] = [
    # -- identify: the console and the apps -------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        70,
        {
            "email": email(),
            "firstName": first_name(),
            "lastName": last_name(),
            "displayName": PN(),
            "title": G(lambda f: f.p("user", "title")),
            "department": G(lambda f: f.p("user", "department")),
            "employeeNumber": emp_id(),
            "role": C("end_user", "agent", "org_admin", "super_admin", "approver"),
            "createdAt": ISO,
            "mfaEnrolled": Gb(),
            "mfaFactors": Many(C("okta_verify_push", "webauthn", "sms", "totp"), 3),
            "phoneVerified": Gb(),
            "mobilePhone": phone(),
            "avatar": Y(
                lambda f: f"https://cdn.trellis.id/avatars/{f.p('user', 'okta_id')}/{f.hexid(8)}.jpg", "photo"
            ),
            "locale": LOCALE,
            "timezone": TZ,
            "company": {
                "id": G(lambda f: "org_" + f.hexid(10)),
                "name": G(lambda f: f.company()["name"]),
                "plan": C("essentials", "professional", "enterprise"),
            },
            "manager": {"id": okta_id("manager"), "name": PN("manager"), "email": email("manager")},
        },
    ),
    # SCREAMING_SNAKE reverse-ETL sync from the warehouse
    (
        "identify",
        None,
        ["python"],
        40,
        {
            "EMAIL_ADDRESS": email(),
            "FIRST_NAME": first_name(),
            "LAST_NAME": last_name(),
            "EMPLOYEE_ID": emp_id(),
            "DEPT_CODE": C("FIN-01", "ENG-07", "OPS-12", "HR-02"),
            "COST_CENTER": C("CC4100", "CC2210", "CC7800"),
            "MANAGER_EMAIL": email("manager"),
            "HOME_COUNTRY": COUNTRY,
            "HOME_CITY": Y(lambda f: f.home()["city"], "city"),
            "LAST_LOGIN_TS": ISO,
            "LIFETIME_TICKETS": Gi(0, 140),
            "MFA_ENROLLED": Gb(),
            "PHONE_COUNT": Gi(0, 3),
            "DAYS_SINCE_PASSWORD_CHANGE": Gi(0, 400),
        },
    ),
    # .NET HR connector, PascalCase
    (
        "identify",
        None,
        ["csharp"],
        40,
        {
            "UserName": email(value_only=True),
            "DisplayName": PN(),
            "GivenName": first_name(),
            "FamilyName": last_name(),
            "EmployeeNumber": emp_id(),
            "JobTitle": G(lambda f: f.p("user", "title")),
            "Department": G(lambda f: f.p("user", "department")),
            "ManagerDisplayName": PN("manager"),
            "ManagerId": okta_id("manager"),
            "WorkPhone": phone(attr="work_phone"),
            "MobilePhone": phone(),
            "OfficeLocation": G(lambda f: f.company()["office"]),
            "HireDate": G(lambda f: f.date(2010, 2024)),
            "Active": Gb(),
            "Groups": Many(C("All Staff", "VPN Users", "Finance-RW", "Engineering", "Kraków Office"), 3),
        },
    ),
    # Polish HR integration (PHP), Polish keys
    (
        "identify",
        None,
        ["php"],
        35,
        {
            "imie": first_name(),
            "nazwisko": last_name(),
            "email_sluzbowy": email(),
            "telefon_komorkowy": phone(),
            "stanowisko": G(lambda f: f.p("user", "title")),
            "dzial": G(lambda f: f.p("user", "department")),
            "data_zatrudnienia": G(lambda f: f.date(2012, 2024)),
            "pesel": RED(lambda f: f.pesel(f.p("user", "dob")), "national id"),
            "data_urodzenia": Y(lambda f: f.p("user", "dob"), "birthdate"),
            "numer_dowodu": RED(
                lambda f: "".join(f.r.choice(string.ascii_uppercase) for _ in range(3)) + f.digits(6),
                "national id",
            ),
            "adres": {
                "ulica": Y(lambda f: f.home()["street"], "address|street"),
                "miasto": Y(lambda f: f.home()["city"], "city"),
                "kod_pocztowy": Y(lambda f: f.home()["zip"], "zipcode"),
                "wojewodztwo": G(lambda f: f.home()["state"]),
            },
            "numer_konta": RED(lambda f: f.pl_iban(), "bank account"),
            "wynagrodzenie_brutto": Y(lambda f: f.r.randint(60, 300) * 100, "salary"),
            "przelozony": PN("manager"),
            "lokalizacja_biura": G(lambda f: f.company()["office"]),
            "czlonek_zwiazku_zawodowego": Y(lambda f: f.pick([True, False]), "trade union"),
            "nip_pracodawcy": G(lambda f: f.nip()),
        },
    ),
    # India payroll/HRMS sync (Java), snake_case
    (
        "identify",
        None,
        ["java"],
        40,
        {
            "employee_code": emp_id(),
            "full_name": PN(),
            "official_email": email(),
            "personal_email": Y(lambda f: f.p("user", "personal_email"), "email"),
            "mobile": phone(),
            "pan_number": RED(lambda f: f.pan(f.p("user", "last")), "national id"),
            "aadhaar_number": RED(lambda f: f.aadhaar(), "national id"),
            "uan": RED(lambda f: "10" + f.digits(10), "national id"),
            "date_of_birth": Y(lambda f: f.p("user", "dob"), "birthdate"),
            "gender": Y(lambda f: f.pick(["Female", "Male"]) if f.r.random() < 0.95 else "Other", "gender"),
            "blood_group": Y(lambda f: f.pick(["A+", "B+", "O+", "AB+", "O-", "B-"]), "condition"),
            "marital_status": C("Single", "Married"),
            "father_name": Y(lambda f: f"{f.pick(IN_FIRST_M)} {f.p('user', 'last')}", "name"),
            "bank_account_no": RED(lambda f: f.digits(f.pick([11, 12, 14])), "bank account"),
            "ifsc_code": G(lambda f: f.ifsc()),
            "ctc_annual": Y(lambda f: f.r.randint(4, 60) * 100000, "salary"),
            "work_location": G(lambda f: f.company()["office"]),
            "is_differently_abled": RED(lambda f: f.pick([True, False]), "disability"),
            "emergency_contact": {
                "name": PN("emergency"),
                "relation": C("Spouse", "Father", "Mother", "Brother", "Sister"),
                "phone": phone("emergency"),
            },
            "gstin_employer": G(
                lambda f: f"29AAAC{f.pick('VSM')}{f.digits(4)}{f.pick('ABCD')}1Z{f.r.randint(1, 9)}"
            ),
        },
    ),
    # US HRIS (Ruby): EEO self-identification and right to work
    (
        "identify",
        None,
        ["ruby"],
        35,
        {
            "email": email(),
            "first_name": first_name(),
            "last_name": last_name(),
            "preferred_name": Y(
                lambda f: f.p("user", "first")[:4] if f.r.random() < 0.3 else f.p("user", "first"), "name"
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "birth_date": Y(lambda f: f.p("user", "dob"), "birthdate"),
            "home_address": {
                "street": Y(lambda f: f.home()["street"], "address|street"),
                "street2": Y(lambda f: f.home()["line2"], "address|street"),
                "city": Y(lambda f: f.home()["city"], "city"),
                "state": G(lambda f: f.home()["state"]),
                "zip": Y(lambda f: f.home()["zip"], "zipcode"),
            },
            "veteran_status": RED(
                lambda f: f.pick(["not_a_veteran", "protected_veteran", "decline_to_answer"]), "veteran"
            ),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "decline_to_answer"]), "disability"),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["Hispanic or Latino", "Asian", "Black or African American", "White", "Two or More Races"]
                ),
                "ethnicity",
            ),
            "work_authorization": RED(
                lambda f: f.pick(["us_citizen", "permanent_resident", "h1b", "opt_ead"]), "visa"
            ),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "hourly_rate": Y(lambda f: f.money(18, 95), "salary"),
            "age": Gi(21, 64),
            "employer": G(lambda f: f.company()["name"]),
            "direct_deposit": {
                "routing_number": G(lambda f: f.aba()),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                "account_type": C("checking", "savings"),
            },
        },
    ),
    # employee self-service profile (React Native)
    (
        "track",
        "Profile Updated",
        ["rn"],
        40,
        {
            "fields_changed": Many(C("phone", "address", "photo", "pronouns", "emergency_contact"), 3),
            "preferred_name": Y(lambda f: f.p("user", "first"), "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "photo_url": Y(lambda f: f"https://cdn.trellis.id/u/{f.hexid(12)}.png", "photo"),
            "emergency_contact_phone": phone("emergency"),
            "notification_prefs": {"email": Gb(), "sms": Gb(), "push": Gb()},
            "profile_completeness": Gm(0.3, 1),
            "source_screen": C("Profile", "Settings"),
        },
    ),
    # -- group: the customer account ------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        45,
        {
            "name": G(lambda f: f.company()["name"]),
            "industry": C("Logistics", "Software", "Financial Services", "Retail", "Pharmaceuticals"),
            "employees": C(180, 450, 1200, 3800),
            "plan": C("essentials", "professional", "enterprise"),
            "website": G(lambda f: "https://www." + f.company()["domain"]),
            "phone": G(
                lambda f: {"US": "+1 512 555 0142", "IN": "+91 80 4719 2000", "PL": "+48 22 540 11 00"}[
                    f.company()["country"]
                ]
            ),
            "address": {
                "street": G(lambda f: HQ[f.company()["name"]][0]),
                "city": G(lambda f: HQ[f.company()["name"]][1]),
                "postalCode": G(lambda f: HQ[f.company()["name"]][2]),
                "country": G(lambda f: f.company()["country"]),
            },
            "billing_email": G(lambda f: "accounts.payable@" + f.company()["domain"]),
            "support_email": G(lambda f: "it-helpdesk@" + f.company()["domain"]),
            "primaryContact": {
                "name": PN("admin"),
                "email": email("admin"),
                "title": C("IT Director", "Head of IT", "CIO"),
            },
            "createdAt": ISO,
            "tax_id": G(
                lambda f: {
                    "US": f"{f.r.randint(10, 99)}-{f.digits(7)}",
                    "IN": f"29AAAC{f.pick('VSM')}{f.digits(4)}{f.pick('ABCD')}1Z{f.r.randint(1, 9)}",
                    "PL": "PL" + f.nip(),
                }[f.company()["country"]]
            ),
        },
    ),
    # -- SCIM ----------------------------------------------------------------------------------------
    (
        "track",
        "SCIM User Provisioned",
        ["node", "go"],
        55,
        {
            "schemas": Many(
                C(
                    "urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                ),
                2,
            ),
            "id": okta_id(),
            "externalId": G(lambda f: "WD" + f.digits(7)),
            "userName": email(value_only=True),
            "name": {"givenName": first_name(), "familyName": last_name(), "formatted": PN()},
            "displayName": PN(),
            "title": G(lambda f: f.p("user", "title")),
            "active": Gb(),
            "emails": Many({"value": email(value_only=True), "type": C("work"), "primary": C(True)}, 1),
            "phoneNumbers": Many({"value": phone(value_only=True), "type": C("mobile")}, 1),
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": emp_id(),
                "costCenter": C("CC4100", "CC2210", "CC7800"),
                "organization": G(lambda f: f.company()["name"]),
                "department": G(lambda f: f.p("user", "department")),
                "manager": {"value": okta_id("manager"), "displayName": PN("manager")},
            },
            "meta": {"resourceType": C("User"), "created": ISO},
            "app": C("Salesforce", "Slack", "Zoom", "GitHub Enterprise"),
        },
    ),
    (
        "track",
        "SCIM Sync Completed",
        ["go"],
        30,
        {
            "sync_id": UUID,
            "users_created": Gi(0, 40),
            "users_updated": Gi(0, 400),
            "users_deactivated": Gi(0, 15),
            "errors": Many(
                {"code": C("uniqueness", "invalidValue", "tooMany"), "message": Y(scim_error, "email", True)},
                2,
            ),
        },
    ),
    # -- sign-in, MFA, sessions -------------------------------------------------------------------------
    (
        "track",
        "Login Succeeded",
        ["web", "swift", "kotlin"],
        110,
        {
            "method": C("password", "sso_saml", "passkey", "okta_verify_fastpass"),
            "idp": C("trellis", "azure_ad", "google_workspace"),
            "mfa_factor": C("push", "totp", "sms", "webauthn", "none"),
            "username": email(value_only=True),
            "ip_address": Y(lambda f: f.ip_any(), "ip"),
            "geo": {
                "city": Y(geo_city, "city"),
                "region": G(geo_state),
                "country": COUNTRY,
                "latitude": geo_lat(4),
                "longitude": geo_lon(4),
                "isp": C("Comcast Cable", "Reliance Jio", "Orange Polska", "Bharti Airtel", "Spectrum"),
            },
            "risk_score": Gi(0, 100),
            "new_device": Gb(),
            "new_geo": Gb(),
            "session_id": G(lambda f: "102" + f.b62(22)),
            "user_agent": G(lambda f: f.pick(UAS)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web", "node"],
        60,
        {
            "attempted_login": Y(lambda f: f.p("user", "email"), "email", True),
            "failure_reason": C(
                "INVALID_CREDENTIALS", "LOCKED_OUT", "MFA_TIMEOUT", "PASSWORD_EXPIRED", "UNKNOWN_USER"
            ),
            "failed_attempts": Gi(1, 10),
            "locked_out": Gb(),
            "client_ip": Y(lambda f: f.ip_any(), "ip"),
            "threat_suspected": Gb(),
            "headers": {
                "user-agent": G(lambda f: f.pick(UAS)),
                "x-forwarded-for": Y(
                    lambda f: f"{f.ipv4_public()}, 10.0.{f.r.randint(0, 9)}.{f.r.randint(2, 250)}", "ip"
                ),
                "x-request-id": UUID,
                "accept-language": C("en-US,en;q=0.9", "pl-PL,pl;q=0.9,en;q=0.8", "en-IN,hi;q=0.8"),
                "cf-ipcountry": COUNTRY,
            },
        },
    ),
    (
        "track",
        "MFA Factor Enrolled",
        ["swift", "kotlin"],
        45,
        {
            "factor_type": C("okta_verify_push", "totp", "webauthn", "sms"),
            "factor_id": G(lambda f: "opf" + f.b62(17)),
            "authenticator": C("Trellis Verify", "Google Authenticator", "YubiKey 5 NFC", "Windows Hello"),
            "device_name": Y(
                lambda f: f.pick(["{}'s iPhone", "{}'s Galaxy S23", "{} Pixel 8", "{}'s iPad"]).format(
                    f.p("user", "first")
                ),
                "name",
                True,
            ),
            "enrollment_phone": phone(),
            "biometric_enabled": Gb(),
            "is_primary": Gb(),
            "platform": C("IOS", "ANDROID"),
            "enrolled_at": ISO,
        },
    ),
    (
        "track",
        "Authenticator Activated",
        ["python"],
        30,
        {
            "user_id": okta_id(),
            "activation_code": RED(lambda f: f"{f.digits(4)}-{f.digits(4)}", "token"),
            "activation_channel": C("email", "qr", "sms"),
            "expires_at": ISO,
            "activated_by_admin": Gb(),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["node"],
        40,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": phone(value_only=True),
            "From": C("+15125550198", "+918047192233", "+48223071500"),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Your Trellis verification code is {}. It expires in 5 minutes.",
                        "{} is your Trellis sign-in code. Don't share it with anyone.",
                        "Kod weryfikacyjny Trellis: {}",
                    ]
                ).format(f.digits(6)),
                "token",
                True,
            ),
            "MessageStatus": C("queued", "sent", "delivered", "undelivered"),
            "ErrorCode": C(None, "30003", "30005"),
        },
    ),
    (
        "screen",
        "Push Approval",
        ["swift", "kotlin"],
        60,
        {
            "push_id": UUID,
            "app_name": C(*APPS),
            "request_location": Y(lambda f: f"{geo_city(f)}, {f.p('user', 'country')}", "city", True),
            "request_ip": Y(lambda f: f.ipv4_public(), "ip"),
            "browser": C("Chrome on Windows", "Safari on macOS", "Edge on Windows"),
            "expires_in_s": C(60, 120),
            "action": C("approved", "denied", "ignored"),
            "number_challenge_shown": Gb(),
        },
    ),
    (
        "track",
        "Session Revoked",
        ["go"],
        30,
        {
            "session_id": G(lambda f: "102" + f.b62(22)),
            "revoked_by": Y(lambda f: f.p("admin", "email"), "email", True),
            "reason": C("user_offboarded", "suspicious_activity", "password_reset", "admin_action"),
            "sessions_revoked": Gi(1, 8),
            "target_user_id": okta_id(),
        },
    ),
    (
        "track",
        "SSO Redirect Started",
        ["web"],
        35,
        {
            "app_instance_id": G(lambda f: f.okta_app()),
            "protocol": C("saml2", "oidc"),
            "authorize_url": Y(
                lambda f: (
                    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id="
                    + f.uuid()
                    + "&response_type=code&login_hint="
                    + f.p("user", "email").replace("@", "%40")
                    + "&state="
                    + f.hexid(16)
                ),
                "email",
                True,
            ),
            "relay_state": G(lambda f: f.hexid(20)),
            "idp": C("azure_ad", "google_workspace"),
        },
    ),
    # Okta System Log shaped audit event
    (
        "track",
        "System Log Event",
        ["go"],
        90,
        {
            "uuid": UUID,
            "published": ISO,
            "eventType": C(
                "user.session.start",
                "user.authentication.auth_via_mfa",
                "user.account.lock",
                "application.user_membership.add",
                "user.mfa.factor.deactivate",
            ),
            "displayMessage": C(
                "User login to Okta", "Authentication of user via MFA", "Max sign in attempts exceeded"
            ),
            "actor": {
                "id": okta_id(),
                "type": C("User"),
                "alternateId": email(value_only=True),
                "displayName": PN(),
            },
            "client": {
                "ipAddress": Y(lambda f: f.ip_any(), "ip"),
                "userAgent": {
                    "rawUserAgent": G(lambda f: f.pick(UAS)),
                    "os": C("Windows 10", "Mac OS X", "Linux"),
                    "browser": C("CHROME", "EDGE", "SAFARI", "FIREFOX"),
                },
                "geographicalContext": {
                    "city": Y(geo_city, "city"),
                    "state": G(geo_state),
                    "country": G(
                        lambda f: {"US": "United States", "IN": "India", "PL": "Poland"}[
                            f.p("user", "country")
                        ]
                    ),
                    "postalCode": Y(lambda f: f.home()["zip"], "zipcode"),
                    "geolocation": {
                        "lat": geo_lat(4),
                        "lon": geo_lon(4),
                    },
                },
            },
            "outcome": {
                "result": C("SUCCESS", "FAILURE", "CHALLENGE"),
                "reason": C(None, "INVALID_CREDENTIALS", "VERIFICATION_ERROR"),
            },
            "target": Many(
                {
                    "id": okta_id("target"),
                    "type": C("User"),
                    "alternateId": email("target", True),
                    "displayName": PN("target"),
                },
                1,
            ),
            "debugContext": {
                "debugData": {
                    "requestId": G(lambda f: f.b62(24)),
                    "requestUri": C("/api/v1/authn", "/idp/idx/challenge/answer", "/login/step-up/redirect"),
                    "threatSuspected": C("false", "true"),
                    "dtHash": G(lambda f: f.hexid(64)),
                }
            },
            "authenticationContext": {
                "authenticationProvider": C("OKTA_AUTHENTICATION_PROVIDER", "FACTOR_PROVIDER"),
                "credentialType": C("PASSWORD", "OTP", "ASSERTION"),
                "externalSessionId": G(lambda f: "102" + f.b62(22)),
            },
        },
    ),
    # Azure AD sign-in log shaped (PascalCase-ish camel from Graph)
    (
        "track",
        "Sign-in Log Ingested",
        ["csharp"],
        50,
        {
            "id": UUID,
            "createdDateTime": ISO,
            "userPrincipalName": email(value_only=True),
            "userDisplayName": PN(),
            "userId": UUID,
            "appDisplayName": C("Office 365 Exchange Online", "Microsoft Teams", "Trellis", "Azure Portal"),
            "ipAddress": Y(lambda f: f.ip_any(), "ip"),
            "clientAppUsed": C("Browser", "Mobile Apps and Desktop clients"),
            "conditionalAccessStatus": C("success", "notApplied", "failure"),
            "riskLevelAggregated": C("none", "low", "medium"),
            "status": {
                "errorCode": C(0, 50126, 50074),
                "failureReason": C("Other.", "Invalid username or password."),
            },
            "deviceDetail": {
                "deviceId": UUID,
                "displayName": G(
                    lambda f: f.pick(["LT-", "DESKTOP-", "WFKRK-", "VS-BLR-"]) + f.b62(7).upper()
                ),
                "operatingSystem": C("Windows10", "MacOs", "Ios"),
                "isCompliant": Gb(),
            },
            "location": {
                "city": Y(geo_city, "city"),
                "state": G(geo_state),
                "countryOrRegion": COUNTRY,
                "geoCoordinates": {
                    "latitude": geo_lat(5),
                    "longitude": geo_lon(5),
                },
            },
        },
    ),
    (
        "track",
        "VPN Connected",
        ["python"],
        45,
        {
            "gateway": C("vpn-aus-01", "vpn-blr-02", "vpn-waw-01"),
            "public_ip": Y(lambda f: f.ipv4_public(), "ip"),
            "assigned_ip": Y(
                lambda f: f"10.{f.r.randint(100, 130)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "hostname": G(lambda f: f.pick(["LT-", "MBP-", "WFKRK-"]) + f.b62(6).upper()),
            "client_version": C("6.2.1-263", "6.1.3-12"),
            "bytes_in": Gi(10**5, 10**9),
            "duration_s": Gi(30, 36000),
            "posture_check_passed": Gb(),
            "user": email(value_only=True),
        },
    ),
    # -- passwords ----------------------------------------------------------------------------------
    (
        "page",
        "Reset Password",
        ["web"],
        35,
        {
            "path": C("/signin/forgot-password"),
            "title": C("Reset your password"),
            "url": G(lambda f: "https://id.trellis.id/signin/forgot-password"),
            "referrer": C("https://id.trellis.id/signin"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", "ruby"],
        55,
        {
            "email": email(),
            "reset_method": C("email", "sms", "security_question", "admin"),
            "reset_link": RED(
                lambda f: (
                    "https://id.trellis.id/signin/reset-password/"
                    + f.url_token(20)
                    + "?fromURI=%2Fapp%2FUserHome"
                ),
                "token",
            ),
            "requested_by_admin": Gb(),
            "ticket_number": G(lambda f: f.ticket()),
            "expires_in_minutes": C(15, 60, 1440),
            "recovery_phone": phone(),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", "swift"],
        40,
        {
            "password_strength": C("weak", "fair", "strong", "very_strong"),
            "passwordScore": Gi(0, 4),
            "breached_password_check": C("passed", "failed"),
            "password_last_changed_at": ISO,
            "forced": Gb(),
            "reused": C(False),
        },
    ),
    (
        "track",
        "Local Account Created",
        ["php"],
        25,
        {
            "login": email(value_only=True),
            "temporary_password": RED(
                lambda f: (
                    f.pick(["Welcome", "Trellis", "Start", "Zmien"])
                    + f.b62(6)
                    + f.pick("!#$%&")
                    + str(f.r.randint(10, 99))
                ),
                "password",
            ),
            "must_change_on_first_login": C(True),
            "created_by": Y(lambda f: f.p("admin", "email"), "email", True),
            "account_type": C("kiosk", "service", "shared_mailbox", "contractor"),
            "expires_on": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Caller Identity Verified",
        ["web"],
        40,
        {
            "ticket_number": G(lambda f: f.ticket()),
            "verification_method": C("manager_callback", "id_document", "employee_id_and_dob", "push"),
            "dob_provided": Y(lambda f: f.p("user", "dob"), "birthdate"),
            "dob_match": Gb(),
            "document_type": C("passport"),
            "document_number": RED(
                lambda f: {
                    "US": f.pick("ACE") + f.digits(8),
                    "IN": f.pick("JKLMN") + f.digits(7),
                    "PL": "E" + f.pick("ABCD") + f.digits(7),
                }[f.p("user", "country")],
                "passport",
            ),
            "callback_number": phone("manager"),
            "agent": {"name": PN("agent"), "employee_id": emp_id("agent")},
            "verified": Gb(),
        },
    ),
    # -- access requests -------------------------------------------------------------------------------
    (
        "page",
        "Request Access",
        ["web"],
        30,
        {
            "path": C("/requests/new"),
            "title": C("Request access"),
            "url": G(lambda f: f"https://{f.company()['domain'].split('.')[0]}.trellis.id/requests/new"),
            "search": C("", "?app=salesforce", "?app=aws"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        45,
        {
            "form_id": C("access_request_v3", "hardware_request_v2"),
            "field_name": C("approver"),
            "label": Y(lambda f: f"{f.p('approver')} ({f.pick(DEPARTMENTS)})", "name", True),
            "value": okta_id("approver"),
            "input_method": C("typeahead", "dropdown"),
            "duration_ms": Gi(300, 9000),
        },
    ),
    (
        "track",
        "Contact Number Entered",
        ["web", "rn"],
        30,
        {
            "form_id": C("ticket_callback", "guest_wifi"),
            "input": phone(value_only=True),
            "valid": Gb(),
            "country_code": G(lambda f: {"US": "+1", "IN": "+91", "PL": "+48"}[f.p("user", "country")]),
        },
    ),
    (
        "track",
        "Access Requested",
        ["web", "rn"],
        70,
        {
            "request_id": G(lambda f: f.ticket("RITM")),
            "application": C(*APPS),
            "role_requested": C("read_only", "admin", "billing", "power_user", "developer"),
            "justification": G(justification),
            "requester": {
                "id": okta_id("requester"),
                "name": PN("requester"),
                "email": email("requester"),
                "department": G(lambda f: f.p("requester", "department")),
            },
            "approver_email": email("approver"),
            "urgency": C("low", "normal", "high"),
            "duration_days": C(7, 30, 90, None),
            "requires_second_approval": Gb(),
        },
    ),
    (
        "track",
        "Access Approved",
        ["web", "swift", "node"],
        55,
        {
            "request_id": G(lambda f: f.ticket("RITM")),
            "application": C(*APPS),
            "decision": C("approved", "denied"),
            "approver": {
                "name": PN("approver"),
                "email": email("approver"),
                "title": G(lambda f: f.p("approver", "title")),
            },
            "comment": G(green_comment),
            "auto_approved": Gb(),
            "hours_to_decision": Gm(0.1, 72),
            "approval_step": Gi(1, 3),
        },
    ),
    (
        "track",
        "Approval Notification Sent",
        ["go"],
        40,
        {
            "channel": C("slack", "teams", "email"),
            "slack_user_id": G(lambda f: "U0" + f.b62(9).upper()),
            "recipient_email": email("approver"),
            "text": Y(slack_text, "name", True),
            "message_ts": G(lambda f: f"{f.r.randint(1700000000, 1735000000)}.{f.digits(6)}"),
            "retry": Gi(0, 2),
        },
    ),
    (
        "track",
        "Admin Role Granted",
        ["ruby"],
        30,
        {
            "admin_email": email(),
            "granted_by": Y(lambda f: f.p("admin", "email"), "email", True),
            "role": C("SUPER_ADMIN", "ORG_ADMIN", "HELP_DESK_ADMIN", "READ_ONLY_ADMIN"),
            "scope": C("all", "group:Finance", "app:Salesforce"),
            "expires_at": ISO,
        },
    ),
    (
        "track",
        "SSO Connection Tested",
        ["php"],
        25,
        {
            "connection_id": G(lambda f: "con_" + f.b62(16)),
            "protocol": C("oidc", "saml2"),
            "issuer": C("https://login.microsoftonline.com/{tenant}/v2.0", "https://accounts.google.com"),
            "client_id": UUID,
            "client_secret": RED(lambda f: f.b62(3) + "8Q~" + f.url_token(34), "secret"),
            "result": C("ok", "invalid_client", "redirect_uri_mismatch"),
        },
    ),
    # -- assets and MDM -------------------------------------------------------------------------------
    (
        "track",
        "Asset Assigned",
        ["csharp"],
        55,
        {
            "AssetTag": G(lambda f: f.asset_tag()),
            "SerialNumber": Y(lambda f: f.serial(f.pick(["apple", "dell", "lenovo"])), "serial"),
            "Manufacturer": C(*[m for m, _, _ in LAPTOPS]),
            "Model": C(*[m for _, m, _ in LAPTOPS]),
            "AssignedToName": PN(),
            "AssignedToEmail": email(),
            "AssignedToEmployeeId": emp_id(),
            "AssignedBy": PN("agent"),
            "Location": G(lambda f: f.company()["office"]),
            "PurchaseCost": Gm(700, 3200),
            "Currency": G(lambda f: {"US": "USD", "IN": "INR", "PL": "PLN"}[f.company()["country"]]),
            "WarrantyExpires": G(lambda f: f.date(2025, 2028)),
            "MacAddress": Y(lambda f: f.mac(), "mac"),
            "Condition": C("New", "Refurbished", "Good"),
            "Note": Y(asset_note, "name", True),
        },
    ),
    (
        "track",
        "Asset Shipped",
        ["node", "python"],
        45,
        {
            "asset_tag": G(lambda f: f.asset_tag()),
            "shipment_id": UUID,
            "carrier": C("FedEx", "UPS", "Blue Dart", "InPost", "DPD Polska"),
            "tracking_number": G(lambda f: f.pick(["1Z", "7", "JJD"]) + f.digits(14)),
            "ship_to": {
                "name": PN(),
                "line1": Y(lambda f: f.home()["street"], "address|street"),
                "line2": Y(lambda f: f.home()["line2"], "address|street"),
                "city": Y(lambda f: f.home()["city"], "city"),
                "state": G(lambda f: f.home()["state"]),
                "postal_code": Y(lambda f: f.home()["zip"], "zipcode"),
                "country": COUNTRY,
                "phone": phone(),
            },
            "ship_from": {
                "name": G(lambda f: DEPOTS[f.company()["country"]][0]),
                "postal_code": G(lambda f: DEPOTS[f.company()["country"]][1]),
            },
            "signature_required": Gb(),
            "kit": Many(C("laptop", "charger", "dock", "headset", "yubikey"), 4),
            "shipping_cost": Gm(12, 140),
        },
    ),
    (
        "track",
        "Device Enrolled",
        ["swift", "kotlin"],
        50,
        {
            "mdm": C("Intune", "Jamf Pro", "Kandji"),
            "device_serial": Y(lambda f: f.serial(f.pick(["apple", "dell"])), "serial"),
            "imei": Y(lambda f: f.imei(), "serial"),
            "wifi_mac": Y(lambda f: f.mac(), "mac"),
            "os_version": C("17.4.1", "14", "13"),
            "ownership": C("corporate", "byod"),
            "compliant": Gb(),
            "encrypted": C(True),
            "jailbroken": C(False),
            "enrolled_by": email(value_only=True),
        },
    ),
    (
        "track",
        "Asset Returned",
        ["csharp"],
        35,
        {
            "AssetTag": G(lambda f: f.asset_tag()),
            "Condition": C("Good", "Damaged - screen", "Missing charger", "Good"),
            "ReturnReason": C("offboarding", "upgrade", "repair"),
            "WipeCompleted": Gb(),
            "Notes": G(
                lambda f: f.pick(
                    [
                        "Minor scratches on lid",
                        "Battery health 71%",
                        "Keyboard replaced",
                        "No issues",
                        "Sticker residue",
                    ]
                )
            ),
            "ReceivedBy": PN("agent"),
        },
    ),
    (
        "track",
        "License Assigned",
        ["java"],
        35,
        {
            "license_sku": C("O365_E3", "O365_E5", "VISIO_PLAN2", "ADOBE_CC_ALL", "JIRA_SOFTWARE"),
            "licenses_available": Gi(0, 300),
            "licenses_assigned": Gi(10, 4000),
            "assignee_id": okta_id(),
            "assignee_email": email(),
            "cost_per_month": Gm(5, 90),
        },
    ),
    (
        "track",
        "Certificate Issued",
        ["go"],
        30,
        {
            "cert_serial": G(lambda f: ":".join(f.hexid(2) for _ in range(16))),
            "subject_cn": email(value_only=True),
            "issuer": C("Trellis Issuing CA 2", "Vanaja Corp Issuing CA", "Wisla Finanse Device CA"),
            "not_after": ISO,
            "thumbprint_sha1": G(lambda f: f.hexid(40).upper()),
        },
    ),
    # -- internal hardware store (e-commerce spec) ------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        35,
        {"query": C("usb-c dock", "27 inch monitor", "headset", "ergonomic keyboard", "macbook charger")},
    ),
    (
        "track",
        "Product Viewed",
        ["web"],
        40,
        {
            "product_id": G(lambda f: "hw_" + f.digits(5)),
            "sku": G(lambda f: f.sku()),
            "name": C(
                "Dell UltraSharp U2723QE",
                "Logitech MX Keys",
                "Jabra Evolve2 65",
                "CalDigit TS4 Dock",
                "Apple Magic Mouse",
            ),
            "brand": C("Dell", "Logitech", "Jabra", "CalDigit", "Apple"),
            "category": C("Monitors", "Peripherals", "Audio", "Docks"),
            "price": Gm(40, 900),
            "currency": C("USD", "INR", "PLN"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "ruby"],
        45,
        {
            "order_id": G(lambda f: f.ticket("REQ")),
            "total": Gm(40, 2500),
            "currency": C("USD", "INR", "PLN"),
            "approved_by": Y(lambda f: f.p("manager", "email"), "email", True),
            "products": Many(
                {
                    "product_id": G(lambda f: "hw_" + f.digits(5)),
                    "sku": G(lambda f: f.sku()),
                    "name": C(
                        "Dell UltraSharp U2723QE", "Logitech MX Keys", "Jabra Evolve2 65", "CalDigit TS4 Dock"
                    ),
                    "price": Gm(40, 900),
                    "quantity": Gi(1, 2),
                },
                3,
            ),
            "payment_method": C("cost_center", "personal_card", "stipend"),
            "card_brand": C("visa", "mastercard", "amex", "rupay"),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(lambda f: "pm_" + f.b62(24), "token"),
        },
    ),
    (
        "track",
        "Home Office Stipend Claimed",
        ["php", "java"],
        35,
        {
            "claim_id": G(lambda f: "CLM-" + f.digits(7)),
            "amount": Gm(50, 1500),
            "currency": C("USD", "INR", "PLN"),
            "receipt_url": G(lambda f: f"https://files.trellis.id/receipts/{f.uuid()}.pdf"),
            "category": C("chair", "desk", "monitor", "internet"),
            "payout_account": RED(
                lambda f: f.pl_iban() if f.p("user", "country") == "PL" else f.digits(f.pick([10, 12, 14])),
                "bank account",
            ),
            "payout_bank_code": G(
                lambda f: (
                    f.pick(["10901014", "11402004"])
                    if f.p("user", "country") == "PL"
                    else f.ifsc()
                    if f.p("user", "country") == "IN"
                    else f.aba()
                )
            ),
        },
    ),
    # -- tickets -----------------------------------------------------------------------------------
    (
        "track",
        "Ticket Created",
        ["web", "rn"],
        90,
        {
            "ticket_id": G(lambda f: f.ticket()),
            "short_description": G(short_description),
            "description": Y(ticket_description, "phone", True),
            "category": C("Network", "Hardware", "Software", "Access", "Email"),
            "subcategory": C("VPN", "Laptop", "Outlook", "MFA", "Printer"),
            "priority": C(1, 2, 3, 4),
            "urgency": C("1 - High", "2 - Medium", "3 - Low"),
            "caller": {"sys_id": G(lambda f: f.sys_id()), "name": PN(), "email": email()},
            "assignment_group": C("Service Desk L1", "EUC", "Network Ops", "IAM"),
            "contact_type": C("self-service", "email", "phone", "chat", "walk-in"),
            "affected_ci": G(lambda f: f.pick(["LT-", "MBP-", "WFKRK-"]) + f.b62(6).upper()),
        },
    ),
    (
        "track",
        "Ticket Attachment Uploaded",
        ["web", "rn"],
        45,
        {
            "ticket_id": G(lambda f: f.ticket()),
            "file_name": G(
                lambda f: (
                    f.pick(["screenshot_", "error_log_", "IMG_", "Screen Recording "])
                    + f.digits(4)
                    + f.pick([".png", ".txt", ".HEIC", ".mov"])
                )
            ),
            "mime_type": C("image/png", "text/plain", "image/heic", "video/quicktime"),
            "size_bytes": Gi(2000, 40_000_000),
            "sha256": G(lambda f: f.hexid(64)),
            "scan_status": C("clean", "pending"),
        },
    ),
    (
        "track",
        "Ticket Comment Added",
        ["web", "rn", "node"],
        60,
        {
            "ticket_id": G(lambda f: f.ticket()),
            "author_role": C("requester", "agent"),
            "is_internal": Gb(),
            "body": G(green_comment),
            "work_notes": Y(work_note, "ip", True),
            "author": {"name": PN("agent"), "email": email("agent")},
            "chars": Gi(5, 900),
        },
    ),
    (
        "track",
        "Ticket Resolved",
        ["node"],
        50,
        {
            "ticket_id": G(lambda f: f.ticket()),
            "resolution_code": C(
                "Solved (Permanently)", "Solved (Workaround)", "Not Reproducible", "Closed by Caller"
            ),
            "time_to_resolve_minutes": Gi(3, 9000),
            "reopened_count": Gi(0, 3),
            "resolved_by": {"name": PN("agent"), "employee_id": emp_id("agent")},
            "csat_survey_sent": Gb(),
        },
    ),
    (
        "track",
        "CSAT Submitted",
        ["web", "node"],
        35,
        {
            "ticket_id": G(lambda f: f.ticket()),
            "score": Gi(1, 5),
            "comment": G(
                lambda f: f.pick(["Quick fix, thanks", "Took three days", "Agent was very patient", "", "ok"])
            ),
            "respondent_email": email(),
            "agent_name": PN("agent"),
        },
    ),
    (
        "track",
        "Virtual Agent Message",
        ["web", "rn"],
        45,
        {
            "conversation_id": UUID,
            "turn": Gi(1, 12),
            "utterance": Y(va_text, "email", True),
            "intent": C("password_reset", "account_unlock", "group_access", "unknown"),
            "confidence": Gm(0, 1),
            "handoff_to_agent": Gb(),
        },
    ),
    (
        "track",
        "Knowledge Article Searched",
        ["web", "rn"],
        40,
        {
            "q": C(
                "vpn not connecting",
                "how to reset mfa",
                "printer setup mac",
                "outlook signature",
                "jak zresetować hasło",
            ),
            "results": Gi(0, 30),
            "clicked_article": G(lambda f: "KB" + f.digits(7)),
            "page": Gi(1, 3),
        },
    ),
    (
        "track",
        "Inbound Email Received",
        ["python"],
        40,
        {
            "from": email(value_only=True),
            "to": G(lambda f: f.pick(["it-helpdesk@", "servicedesk@", "help@"]) + f.company()["domain"]),
            "cc": Many(email("colleague", True), 2),
            "subject": G(short_description),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.r.randint(1000, 9999)}@mail.gmail.com>"),
            "in_reply_to": G(lambda f: f"<{f.uuid()}@trellis.id>"),
            "spam_score": Gm(0, 5),
            "created_ticket": G(lambda f: f.ticket()),
        },
    ),
    (
        "track",
        "On-Call Shift Started",
        ["node"],
        25,
        {
            "shift_id": UUID,
            "queue": C("Service Desk L1", "EUC", "Network Ops"),
            "agent_name": PN("agent"),
            "agent_phone": phone("agent"),
            "escalation_email": G(lambda f: "oncall-it@" + f.company()["domain"]),
            "shift_hours": C(8, 12),
        },
    ),
    # -- offices, visitors, guests ---------------------------------------------------------------------
    (
        "track",
        "Visitor Registered",
        ["flutter"],
        45,
        {
            "visitor": {
                "full_name": PN("visitor"),
                "company": C("Globex", "Infosys", "Deloitte", "Asseco Poland", "Wipro"),
                "email": email("visitor"),
                "phone": phone("visitor"),
                "nationality": Y(
                    lambda f: f.pick(["Indian", "American", "Polish", "British", "Ukrainian"]), "citizenship"
                ),
                "photo": Y(lambda f: f"https://kiosk.trellis.id/visitors/{f.uuid()}.jpg", "photo"),
            },
            "host": {"name": PN("user"), "email": email(), "employee_id": emp_id()},
            "badge_number": G(lambda f: "V-" + f.digits(5)),
            "nda_signed": Gb(),
            "purpose": C("interview", "audit", "vendor meeting", "delivery"),
            "car_plate": Y(
                lambda f: f.pick(
                    [
                        f"KR {f.digits(5)}",
                        f"WA {f.digits(3)}{f.pick('ABCDEF')}{f.pick('KLMNP')}",
                        f"KA 0{f.r.randint(1, 9)} {f.pick(['MH', 'AB', 'EZ'])} {f.digits(4)}",
                        f"{f.r.randint(1, 9)}{f.pick('ABCDEFG')}{f.pick('HJKLM')}{f.pick('NPRS')}"
                        + f.digits(3),
                    ]
                ),
                "license",
            ),
            "floor": Gi(1, 12),
            "checked_in_at": ISO,
        },
    ),
    (
        "track",
        "Guest Wi-Fi Voucher Issued",
        ["flutter", "web"],
        35,
        {
            "guest_name": PN("visitor"),
            "guest_email": email("visitor"),
            "host_employee_email": email(),
            "voucher_code": RED(lambda f: f"{f.b62(4).upper()}-{f.b62(4).upper()}", "token"),
            "ssid": C("Guest-Kestrel", "VANAJA-GUEST", "WF-Goscie"),
            "valid_hours": C(8, 24, 72),
            "company_visiting": C("Globex", "Deloitte", "Asseco Poland"),
        },
    ),
    (
        "screen",
        "Tech Bar Check-in",
        ["flutter"],
        35,
        {
            "visitor_name": PN(),
            "badge_id": G(lambda f: f.digits(8)),
            "issue_type": C("laptop_repair", "password", "new_hire_setup", "loaner"),
            "wait_minutes": Gi(0, 45),
            "photo_consent": Gb(),
        },
    ),
    (
        "track",
        "Accessibility Accommodation Requested",
        ["web"],
        25,
        {
            "request_id": G(lambda f: f.ticket("RITM")),
            "accommodation_type": RED(
                lambda f: f.pick(
                    [
                        "screen reader (JAWS)",
                        "sign language interpreter",
                        "ergonomic chair - back condition",
                        "screen magnifier",
                    ]
                ),
                "disability",
            ),
            "uses_screen_reader": RED(lambda f: f.pick([True, False]), "disability"),
            "needs_hardware": Gb(),
            "manager_notified": Gb(),
            "sla_days": C(5, 10),
        },
    ),
    # -- onboarding / offboarding ----------------------------------------------------------------------
    (
        "track",
        "Onboarding Task Completed",
        ["ruby", "web"],
        45,
        {
            "new_hire_name": PN(),
            "new_hire_personal_email": Y(lambda f: f.p("user", "personal_email"), "email"),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "buddy_email": email("colleague"),
            "task": C("laptop_shipped", "accounts_created", "badge_printed", "mfa_enrolled", "welcome_call"),
            "laptop_model": C(*[m for _, m, _ in LAPTOPS]),
            "ship_to_home": Gb(),
            "days_before_start": Gi(-3, 14),
        },
    ),
    (
        "track",
        "Offboarding Started",
        ["ruby"],
        35,
        {
            "employee_id": emp_id(),
            "last_day": G(lambda f: f.date(2024, 2025)),
            "reason": C("resignation", "termination", "end_of_contract", "retirement"),
            "forward_email_to": email("manager"),
            "retain_mailbox_days": C(30, 90, 365),
            "personal_email_for_payslips": Y(lambda f: f.p("user", "personal_email"), "email"),
            "assets_outstanding": Gi(0, 4),
            "rehire_eligible": Gb(),
        },
    ),
    # -- the vendor's marketing site --------------------------------------------------------------------
    (
        "page",
        "Pricing",
        ["mkt"],
        50,
        {
            "path": C("/pricing"),
            "title": C("Pricing | Trellis"),
            "url": C("https://www.trellis.id/pricing"),
            "referrer": C("", "https://www.google.com/"),
        },
    ),
    (
        "track",
        "Demo Requested",
        ["mkt"],
        40,
        {
            "first_name": first_name(),
            "last_name": last_name(),
            "work_email": email(),
            "company": G(lambda f: f.company()["name"]),
            "job_title": C("IT Manager", "Head of IT", "Sysadmin", "CISO", "Kierownik IT"),
            "company_size": C("51-200", "201-1000", "1001-5000"),
            "country": COUNTRY,
            "phone": phone(),
            "message": G(
                lambda f: f.pick(
                    [
                        "Migrating off ServiceNow next year",
                        "Need SCIM for 40 apps",
                        "",
                        "Pricing for 800 seats?",
                    ]
                )
            ),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.url_token(60), "advertising id"),
            "li_fat_id": Y(lambda f: f.uuid(), "advertising id"),
            "hashed_email": Y(lambda f: f.hexid(64), "email"),
            "consent_marketing": Gb(),
            "form_variant": C("A", "B"),
        },
    ),
    (
        "track",
        "Subscription Upgraded",
        ["node"],
        30,
        {
            "plan_to": C("professional", "enterprise"),
            "seats": Gi(50, 5000),
            "arr_delta": Gm(1000, 250000),
            "currency": C("USD", "INR", "PLN"),
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2023, 2024)}-{f.digits(5)}"),
            "billing_contact_name": PN("admin"),
            "billing_contact_email": email("admin"),
            "vat_id": G(lambda f: "PL" + f.nip()),
        },
    ),
    # alias: anonymous visitor of the marketing site becomes a console user
    ("alias", None, ["mkt", "web"], 30, {}),
]


# -- building ---------------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+(@|%40)[\w-]+(\.[\w-]+)+")
PHONE_RE = re.compile(r"(\+?\d[\d\s().-]{8,}\d)")
IP_RE = re.compile(r"\b\d{1,3}(\.\d{1,3}){3}\b|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){3,7}")


def contains(kind: str, value: Any) -> bool:
    text = str(value)
    if kind == "email":
        return bool(EMAIL_RE.search(text)) or bool(re.fullmatch(r"[0-9a-f]{64}", text))
    if kind == "phone":
        return bool(PHONE_RE.search(text))
    if kind == "ip":
        return bool(IP_RE.search(text))
    if kind == "name":
        return any(first in text for first in ALL_FIRST)
    if kind == "city":
        return any(c[0] in text for c in US_CITIES + IN_CITIES + PL_CITIES)
    if kind == "token":
        return bool(re.search(r"\d{6}", text))
    if kind == "bank account":
        return bool(re.search(r"\d{10}", text.replace(" ", "")))
    raise KeyError(kind)


def check_value_only(events: list[dict], labels: dict[str, dict]) -> None:
    """Every value of a value_only PII path carries that PII; free text labelled green carries none."""
    from portal.events import flatten

    values: dict[str, list] = {}
    for event in events:
        for path, value in flatten(event):
            values.setdefault(path, []).append(value)
    for path, label in labels.items():
        if label["value_only"] and label["classification"] != "green":
            kind = label["type"].split("|")[0]
            bad = [v for v in values.get(path, []) if not contains(kind, v)]
            if bad:
                raise SystemExit(f"{path}: value without {kind}: {bad[:3]}")
        if label["classification"] == "green":
            for v in values.get(path, []):
                if (
                    isinstance(v, str)
                    and len(re.findall("[A-Za-z]{3,} ", v)) >= 2
                    and (EMAIL_RE.search(v) or PHONE_RE.search(v))
                ):
                    raise SystemExit(f"{path}: green free text carries PII: {v}")


def render_message(f: HF, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    from tests.corpus.build import render

    f.new_message()
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in ("web", "mkt", "swift", "kotlin", "rn", "flutter"):
        msg["anonymousId"] = f.uuid()
    if kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
        msg["userId"] = f.p("user", "okta_id")
    elif client != "mkt" or kind == "track":
        msg["userId"] = f.p("user", "okta_id")
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.hexid(10)
    if kind == "identify" or kind == "group":
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](), f, "context", labels)
    return msg


def build(seed: int, scale: float):
    f = HF(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, weight, body in EVENTS:
        for _ in range(max(4, round(weight * scale))):
            events.append(render_message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=135, scale=1.0)
    from portal.events import flatten

    seen = {path for event in events for path, _ in flatten(event)}
    missing = seen - set(labels)
    if missing:
        raise SystemExit(f"unlabelled paths: {sorted(missing)[:10]}")
    check_value_only(events, {p: labels[p] for p in seen})
    write(Path(__file__).parent, "holdout135_", events, labels)
