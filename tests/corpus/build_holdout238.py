"""Writes holdout238: tests/corpus/holdout238_events.jsonl and holdout238_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels, and never scored by its author. Only the helpers
(build.py, fake.py), build_holdout3.py (for the format) and the reference's matcher table were
read.

Domain: a job board and gig-recruitment platform ("HireBridge") in the Philippines, Pakistan and
Ireland: candidate profiles and CVs (work history, education, salary expectations, references,
emergency contacts, dependants), applications and screening answers, interview scheduling and
feedback, employer and recruiter accounts (group/identify), job posts and job alerts, document
uploads and identity verification, background, medical and right-to-work checks, offer letters,
placement-fee invoices, payouts to gig workers (GCash, JazzCash, IBAN), e-commerce spec events for
job-post packages, and vendor-shaped payloads (Stripe PaymentIntent, Twilio status callback,
SendGrid event, Calendly-style invitee, Veriff-style decision, Meta Conversions API user_data,
Hightouch/Census reverse-ETL identifies).

Clients: analytics.js (web), analytics-swift, analytics-kotlin, analytics-react-native (recruiter
app), analytics_flutter (gig app), and server libraries python, node, go, java, ruby, php and
.NET, each with the context block that library sends (app, device, os, screen, network, library,
locale, timezone, userAgent, userAgentData, page, campaign, ip, traits, instanceId, location,
externalIds). Message types: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % otherwise: PascalCase from
the .NET offer service and Twilio, kebab-case from the Go gig matcher and forwarded headers,
SCREAMING_SNAKE from the warehouse (reverse ETL), Tagalog keys in the Philippine gig app
(`pangalan`, `apelyido`, `kaarawan`, `tirahan`, `sahod` ...) and romanised Urdu keys in the
Pakistani backend (`naam`, `walid_ka_naam`, `shanakhti_card_number`, `pata`, `tankhwah` ...).
Values: Filipino, Pakistani, Irish and immigrant names; national phone formats (+63 / 09xx,
+92 / 03xx, +353 / 08x, UAE and Saudi numbers of overseas workers); barangay, sector and Eircode
addresses; IDs with valid checksums where real ones have one (Luhn cards, mod-97 IE and PK IBANs,
mod-23 PPSNs) and real structure otherwise (CNIC, TIN, SSS, PhilHealth, Pag-IBIG, passports).

Labelling rules (the Privacy Portal's default colours, as briefed):
- PII = personal data about a natural person: the user, a referee, an emergency contact, a
  dependant, an interviewer or recruiter (staff), a gig client. Colour = the reference matcher's
  default; outside the reference: red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids; yellow otherwise.
- Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys, company/product/pet names, places that are not the person's
  (a searched location, a job's city, an employer's or clinic's address), country, province,
  locale, language, timezone, currency, user agents, OS-issued device ids, card brand/last4/
  expiry/BIN, sort codes, BICs, ages and age bands, marital status, job titles and employers,
  a business's own phone/e-mail/address (role mailboxes, a Twilio sender number, call-masking
  proxy numbers), UUID session tokens, Message-IDs.
- Contested cases follow the product's published policy: insurer/HMO member numbers yellow
  `identification`; pay yellow `salary`; plates yellow `license`; gclid/fbclid/fbp/fbc yellow
  `advertising id`; billing addresses yellow `address`; trade union yellow; `pm_` ids, one-time
  codes and sign-in/reset link tokens red `token`; PhilHealth numbers and clinic patient numbers
  red `health id`; identity-document numbers red `national id`/`passport`; right-to-work and
  sponsorship answers (and the permit stamp) red `visa`.
- value_only is true when the key does not say what the value is (`value`, `text`, `q`, `input`,
  `label`, `Body`, `details`, `cover_letter`, `cv_filename` ...). A value_only PII path holds that
  PII in every one of its values. Free text is labelled by what every one of its values carries;
  free text that carries PII only sometimes is green.
Decisions where the briefed rules are silent (what a careful privacy owner would want):
- A person's pay is `salary` (expected, current, offered, a gig worker's hourly rate, the
  candidate salary a placement fee is computed from); an advertised salary range on a job post
  or a search filter describes a job, not a person: green.
- Hashed e-mail and phone sent for ad matching (Meta CAPI `em`, `ph`) stay personal: yellow,
  typed by what was hashed. `external_id` (a hash of our user id) is green.
- Background-check hits are yellow `criminal record`; an NBI clearance number is yellow
  `certificate`; drug-test and medical-fitness results are yellow `condition`; an accommodation
  request (wheelchair access, interpreter) reveals a disability: red `disability`.
- Push tokens are red `token`; a webhook signing secret or bearer header is red `secret`/`token`.
- Selfies and recorded video interviews are yellow `photo`; CV file names carry the candidate's
  name in every value: yellow `name`, value_only; LinkedIn profile URLs carry the name: yellow.
- A GCash/Maya/JazzCash/Easypaisa wallet number is a mobile number: yellow `phone`.
- Segment puts group and identify traits under one path: `traits.name` carries people's names
  from identify calls, so it is a yellow `name` path although group calls send company names
  there. The group call's own contact fields use distinct keys (`hq_phone`, `careers_email`).
- SSS, Pag-IBIG, TIN, CNIC, PPSN and Irish residence-permit numbers are red `national id`.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

PH_F = [
    "Maria Cristina",
    "Angelica",
    "Kristine Joy",
    "Princess",
    "Rhea Mae",
    "Jonalyn",
    "Ma. Theresa",
    "Lovely",
    "Divina",
    "Charmaine",
    "Aileen",
    "Mary Grace",
]
PH_M = [
    "Juan Carlo",
    "Jose Miguel",
    "Mark Anthony",
    "Jerome",
    "Jericho",
    "Rodel",
    "Rommel",
    "John Paul",
    "Christian",
    "Ramil",
    "Efren",
    "Noel",
]
PH_L = [
    "Santos",
    "Reyes",
    "dela Cruz",
    "Bautista",
    "Villanueva",
    "Mendoza",
    "Aquino",
    "Ramos",
    "Castillo",
    "Dizon",
    "Manalo",
    "Pascual",
    "Tolentino",
    "Macaraeg",
    "Gonzales",
    "Dimaculangan",
    "Salazar",
]
PK_F = ["Ayesha", "Hira", "Zainab", "Fatima", "Sana", "Mehwish", "Sadia", "Iqra", "Maryam", "Rabia", "Nimra"]
PK_M = [
    "Muhammad Bilal",
    "Usman",
    "Ahmed",
    "Hamza",
    "Imran",
    "Ali Raza",
    "Faisal",
    "Waqas",
    "Zeeshan",
    "Asad",
    "Muhammad Umar",
]
PK_L = [
    "Khan",
    "Qureshi",
    "Siddiqui",
    "Malik",
    "Butt",
    "Chaudhry",
    "Sheikh",
    "Awan",
    "Baloch",
    "Abbasi",
    "Hussain",
    "Jamil",
    "Rana",
    "Shah",
    "Mirza",
]
IE_F = [
    "Siobhán",
    "Aoife",
    "Niamh",
    "Saoirse",
    "Gráinne",
    "Róisín",
    "Caoimhe",
    "Katarzyna",
    "Ngozi",
    "Ana Luísa",
    "Deepika",
    "Andreea",
    "Li Na",
    "Olena",
]
IE_M = [
    "Ciarán",
    "Seán",
    "Oisín",
    "Pádraig",
    "Cillian",
    "Darragh",
    "Eoin",
    "Piotr",
    "Chidi",
    "João",
    "Arjun",
    "Oleksandr",
    "Wei",
]
IE_L = [
    "Murphy",
    "Byrne",
    "Kelly",
    "O'Sullivan",
    "Walsh",
    "Ní Bhriain",
    "McCarthy",
    "Doyle",
    "Fitzgerald",
    "Ó Ceallaigh",
    "Kavanagh",
    "Nowak",
    "Okeke",
    "Pereira",
    "Nair",
    "Popescu",
    "Zhang",
    "Kovalenko",
]

PH_CITIES = [
    ("Quezon City", "Metro Manila", "1101", 14.676, 121.044),
    ("Makati", "Metro Manila", "1226", 14.554, 121.024),
    ("Pasig", "Metro Manila", "1600", 14.576, 121.085),
    ("Taguig", "Metro Manila", "1634", 14.517, 121.051),
    ("Cebu City", "Cebu", "6000", 10.316, 123.885),
    ("Davao City", "Davao del Sur", "8000", 7.190, 125.455),
    ("Antipolo", "Rizal", "1870", 14.586, 121.176),
    ("Bacolod", "Negros Occidental", "6100", 10.676, 122.951),
    ("Iloilo City", "Iloilo", "5000", 10.720, 122.562),
    ("Baguio", "Benguet", "2600", 16.402, 120.596),
]
PH_STREETS = [
    "Mabini St.",
    "Rizal Ave.",
    "J.P. Laurel St.",
    "Aguinaldo Hwy",
    "Katipunan Ave.",
    "Osmeña Blvd.",
    "Sampaguita St.",
    "Bonifacio Dr.",
    "Magsaysay Ave.",
    "Luna St.",
]
PH_BRGY = [
    "San Isidro",
    "Poblacion",
    "Bagong Silang",
    "San Roque",
    "Santo Niño",
    "Malanday",
    "Commonwealth",
    "Lahug",
    "Talamban",
    "Pinagbuhatan",
]
PK_CITIES = [
    ("Karachi", "Sindh", "75300", 24.861, 67.010),
    ("Lahore", "Punjab", "54700", 31.520, 74.358),
    ("Islamabad", "Islamabad Capital Territory", "44000", 33.684, 73.048),
    ("Rawalpindi", "Punjab", "46000", 33.597, 73.048),
    ("Faisalabad", "Punjab", "38000", 31.418, 73.079),
    ("Peshawar", "Khyber Pakhtunkhwa", "25000", 34.015, 71.525),
    ("Multan", "Punjab", "60000", 30.157, 71.524),
]
PK_AREAS = [
    "Gulshan-e-Iqbal Block 13-D",
    "Model Town",
    "F-8/3",
    "DHA Phase 5",
    "Johar Town",
    "Satellite Town",
    "North Nazimabad Block H",
    "G-11/2",
    "Hayatabad Phase 3",
    "Bahria Town",
]
IE_CITIES = [
    ("Dublin 3", "Dublin", ["D03"], 53.362, -6.226),
    ("Dublin 8", "Dublin", ["D08"], 53.338, -6.282),
    ("Cork", "Cork", ["T12", "T23"], 51.898, -8.471),
    ("Galway", "Galway", ["H91"], 53.271, -9.057),
    ("Limerick", "Limerick", ["V94"], 52.663, -8.627),
    ("Waterford", "Waterford", ["X91"], 52.259, -7.110),
    ("Swords", "Dublin", ["K67"], 53.459, -6.218),
    ("Naas", "Kildare", ["W91"], 53.216, -6.667),
]
IE_STREETS = [
    "Seafield Road",
    "Main Street",
    "Castle Avenue",
    "The Maltings",
    "Church Road",
    "Oakwood Drive",
    "Ashgrove Park",
    "Bóthar na Trá",
    "St. Patrick's Terrace",
    "Riverside Walk",
]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"

MAIL_PH = ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com", "ymail.com"]
MAIL_PK = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"]
MAIL_IE = ["gmail.com", "eircom.net", "outlook.ie", "icloud.com", "hotmail.com"]

PH_MOBILE = [
    "905",
    "906",
    "915",
    "916",
    "917",
    "918",
    "919",
    "920",
    "921",
    "927",
    "928",
    "935",
    "945",
    "956",
    "961",
    "966",
    "977",
    "995",
    "998",
    "999",
]
PK_MOBILE = [
    "300",
    "301",
    "303",
    "306",
    "311",
    "313",
    "315",
    "321",
    "322",
    "331",
    "333",
    "336",
    "340",
    "345",
    "347",
]
IE_MOBILE = ["83", "85", "86", "87", "89"]

EMPLOYERS = [
    "Accenture Philippines",
    "Concentrix",
    "TaskUs",
    "Jollibee Foods Corp.",
    "SM Supermalls",
    "Systems Limited",
    "Jazz",
    "Engro Fertilizers",
    "Careem",
    "Arbisoft",
    "Intercom",
    "Stripe Dublin",
    "Kerry Group",
    "Primark",
    "Beacon Hospital",
    "Teleperformance",
    "10Pearls",
    "Ayala Land",
]
TITLES = [
    "Customer Service Representative",
    "Team Leader",
    "Software Engineer",
    "Registered Nurse",
    "Accountant",
    "Warehouse Associate",
    "Sales Associate",
    "Data Analyst",
    "Delivery Rider",
    "Virtual Assistant",
    "HR Generalist",
    "QA Engineer",
    "Barista",
    "Electrician",
    "Caregiver",
]
SCHOOLS = [
    "University of the Philippines Diliman",
    "Ateneo de Manila University",
    "Polytechnic University of the Philippines",
    "University of San Carlos",
    "LUMS",
    "NUST",
    "University of Karachi",
    "FAST-NUCES",
    "Trinity College Dublin",
    "University College Cork",
    "TU Dublin",
    "University of Galway",
]
DEGREES = [
    "BS Nursing",
    "BS Information Technology",
    "BS Accountancy",
    "BBA",
    "BS Computer Science",
    "MBA",
    "BA Psychology",
    "Level 8 Honours Degree",
    "Diploma in Hospitality",
    "Senior High School",
]
SKILLS = [
    "Excel",
    "Customer Service",
    "Python",
    "SQL",
    "Bookkeeping",
    "Tagalog",
    "Urdu",
    "Irish",
    "Forklift",
    "Patient Care",
    "SAP",
    "Salesforce",
    "Photoshop",
    "Driving",
]
JOB_QUERIES = [
    "call center",
    "nurse dublin",
    "work from home",
    "data entry",
    "software engineer lahore",
    "virtual assistant",
    "night shift",
    "warehouse cork",
    "caregiver abroad",
    "accountant karachi",
    "barista",
    "delivery rider",
]
JOB_LOCS = [
    "Makati",
    "Cebu City",
    "Quezon City",
    "Karachi",
    "Lahore",
    "Islamabad",
    "Dublin",
    "Cork",
    "Galway",
    "Remote",
    "Dubai, UAE",
    "Riyadh",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Mobile Safari/537.36",
]


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c == " ")


class Person:
    pass


class HFake(Fake):
    """fake.py's generator plus the people, numbers and addresses of PH, PK and IE."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cur = self.person()
        self.o = self.person()

    # people ---------------------------------------------------------------------------------
    def person(self, country: str | None = None) -> Person:
        p = Person()
        p.country = country or self.r.choices(["PH", "PK", "IE"], weights=[45, 30, 25])[0]
        p.gender = self.pick(["female", "male"])
        female = p.gender == "female"
        if p.country == "PH":
            p.first = self.pick(PH_F if female else PH_M)
            p.middle = self.pick(PH_L)
            p.last = self.pick(PH_L)
            p.full = self.pick([f"{p.first} {p.last}", f"{p.first} {p.middle[0]}. {p.last}"])
            city, p.province, p.postcode, lat, lon = self.pick(PH_CITIES)
            p.city = city
            p.street = self.pick(
                [
                    f"Blk {self.r.randint(1, 40)} Lot {self.r.randint(1, 60)} {self.pick(PH_STREETS)}",
                    f"{self.r.randint(1, 2999)} {self.pick(PH_STREETS)}",
                    f"Unit {self.r.randint(1, 40)}{self.pick('ABCDEF')}, {self.r.randint(1, 300)} "
                    f"{self.pick(PH_STREETS)}",
                ]
            )
            p.barangay = "Brgy. " + self.pick(PH_BRGY)
            p.address = f"{p.street}, {p.barangay}, {city}, {p.postcode} {p.province}"
            p.nationality = self.pick(["Filipino", "Filipino", "Filipino", "Filipino-American"])
            p.phone = self.phone_ph()
            domains = MAIL_PH
        elif p.country == "PK":
            p.first = self.pick(PK_F if female else PK_M)
            p.middle = ""
            p.last = self.pick(PK_L)
            p.full = f"{p.first} {p.last}"
            city, p.province, p.postcode, lat, lon = self.pick(PK_CITIES)
            p.city = city
            p.street = self.pick(
                [
                    f"House {self.r.randint(1, 900)}, Street {self.r.randint(1, 40)}",
                    f"Flat {self.r.randint(1, 20)}{self.pick('ABCD')}, Plot {self.r.randint(1, 400)}",
                    f"{self.r.randint(1, 300)}-{self.pick('ABCDEFGH')}",
                ]
            )
            p.barangay = self.pick(PK_AREAS)
            p.address = f"{p.street}, {p.barangay}, {city} {p.postcode}"
            p.nationality = self.pick(["Pakistani", "Pakistani", "Pakistani", "British Pakistani"])
            p.phone = self.phone_pk()
            domains = MAIL_PK
        else:
            p.first = self.pick(IE_F if female else IE_M)
            p.middle = ""
            p.last = self.pick(IE_L)
            if not female and p.last.startswith("Ní "):
                p.last = "Ó " + p.last[3:]
            p.full = f"{p.first} {p.last}"
            city, p.province, keys, lat, lon = self.pick(IE_CITIES)
            p.city = city
            p.postcode = self.eircode(self.pick(keys))
            p.street = self.pick(
                [
                    f"{self.r.randint(1, 180)} {self.pick(IE_STREETS)}",
                    f"Apt {self.r.randint(1, 60)}, {self.pick(IE_STREETS)}",
                ]
            )
            p.barangay = ""
            p.address = f"{p.street}, {city}, {p.postcode}"
            p.nationality = self.pick(
                [
                    "Irish",
                    "Irish",
                    "Polish",
                    "Nigerian",
                    "Brazilian",
                    "Indian",
                    "Filipino",
                    "Ukrainian",
                    "Romanian",
                ]
            )
            p.phone = self.phone_ie()
            domains = MAIL_IE
        p.lat = round(lat + self.r.uniform(-0.06, 0.06), 6)
        p.lon = round(lon + self.r.uniform(-0.06, 0.06), 6)
        f1 = ascii_fold(p.first).split()[0]
        l1 = ascii_fold(p.last).replace(" ", "")
        p.email = (
            self.pick(
                [
                    f"{f1}.{l1}",
                    f"{f1}{l1}{self.r.randint(1, 99)}",
                    f"{l1}.{f1[:1]}",
                    f"{f1}_{l1}{self.r.randint(80, 2005)}",
                    f"{f1}{l1[:3]}",
                ]
            )
            + "@"
            + self.pick(domains)
        )
        p.birthdate = self.date(1965, 2005)
        return p

    def new_cur(self) -> Person:
        self.cur = self.person()
        return self.cur

    def new_other(self, country: str | None = None) -> Person:
        self.o = self.person(country or self.cur.country)
        return self.o

    # phones --------------------------------------------------------------------------------
    def phone_ph(self) -> str:
        pre, a, b = self.pick(PH_MOBILE), self.r.randint(100, 999), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+63{pre}{a}{b:04d}",
                f"0{pre} {a} {b:04d}",
                f"0{pre}-{a}-{b:04d}",
                f"+63 {pre} {a} {b:04d}",
                f"0{pre}{a}{b:04d}",
            ]
        )

    def phone_pk(self) -> str:
        pre, n = self.pick(PK_MOBILE), self.r.randint(1000000, 9999999)
        return self.pick([f"+92{pre}{n}", f"0{pre}-{n}", f"0{pre} {n}", f"+92 {pre} {n}", f"0{pre}{n}"])

    def phone_ie(self) -> str:
        pre, a, b = self.pick(IE_MOBILE), self.r.randint(100, 999), self.r.randint(0, 9999)
        return self.pick(
            [f"+353{pre}{a}{b:04d}", f"0{pre} {a} {b:04d}", f"+353 {pre} {a} {b:04d}", f"0{pre}{a}{b:04d}"]
        )

    def phone_gulf(self) -> str:
        if self.r.random() < 0.5:
            return f"+971 5{self.pick('024568')} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"
        return f"+966 5{self.r.randint(0, 9)} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"

    def phone_any(self) -> str:
        return self.pick([self.phone_ph, self.phone_pk, self.phone_ie, self.phone_gulf])()

    # places --------------------------------------------------------------------------------
    def eircode(self, key: str) -> str:
        return key + " " + "".join(self.pick(EIRCODE_CHARS) for _ in range(4))

    # identifiers ---------------------------------------------------------------------------
    def iban_cc(self, country: str) -> str:
        if country == "IE":
            bban = self.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digits(6) + self.digits(8)
        else:
            bban = self.pick(["HABB", "MEZN", "UNIL", "SCBL", "ALFH", "MUCB"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(16)
            )
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def ppsn(self) -> str:
        digits = [self.r.randint(0, 9) for _ in range(7)]
        second = self.pick(["", "A", "A", "W"])
        total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
        if second:
            total += 9 * {"A": 1, "W": 0}[second]
        check = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
        return "".join(map(str, digits)) + check + second

    def cnic(self) -> str:
        region = self.pick(["35202", "42101", "61101", "37405", "17301", "42201", "36302"])
        last = self.r.randint(1, 9)
        return (
            f"{region}-{self.digits(7)}-{last}"
            if self.r.random() < 0.8
            else f"{region}{self.digits(7)}{last}"
        )

    def ph_tin(self) -> str:
        return f"{self.digits(3)}-{self.r.randint(0, 999):03d}-{self.r.randint(0, 999):03d}-000"

    def sss(self) -> str:
        return f"{self.r.randint(1, 34):02d}-{self.digits(7)}-{self.r.randint(0, 9)}"

    def philhealth(self) -> str:
        return f"{self.r.randint(1, 19):02d}-{self.digits(9)}-{self.r.randint(0, 9)}"

    def pagibig(self) -> str:
        return f"{self.pick(['1210', '1211', '1212'])}-{self.digits(4)}-{self.digits(4)}"

    def passport(self, country: str) -> str:
        if country == "PH":
            return "P" + self.digits(7) + self.pick("ABCDEFGH")
        if country == "PK":
            return self.pick(["AB", "BN", "CK", "DM", "EF"]) + self.digits(7)
        return self.pick(["PA", "PB", "PC", "LF"]) + self.digits(7)

    def gov_id(self, country: str) -> str:
        return {
            "PH": lambda: f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}-{self.digits(4)}",
            "PK": self.cnic,
            "IE": self.ppsn,
        }[country]()

    def monthly_salary(self, country: str) -> int:
        lo, hi, step = {"PH": (16000, 150000, 500), "PK": (45000, 600000, 5000), "IE": (2100, 9000, 50)}[
            country
        ]
        return self.r.randrange(lo, hi, step)

    def annual_salary(self, country: str) -> int:
        return (
            self.monthly_salary(country) * self.pick([12, 13, 14])
            if country != "IE"
            else self.r.randrange(28000, 120000, 500)
        )

    def currency(self, country: str) -> str:
        return {"PH": "PHP", "PK": "PKR", "IE": "EUR"}[country]

    def plate(self) -> str:
        if self.cur.country == "PH":
            return self.pick(["NCQ ", "ABC ", "DAB ", "WQX "]) + str(self.r.randint(1000, 9999))
        if self.cur.country == "PK":
            return self.pick(["LEB-", "KHI-", "RIK-", "ICT-"]) + str(self.r.randint(100, 9999))
        return (
            f"{self.r.randint(12, 24)}{self.pick(['1', '2'])}-{self.pick(['D', 'C', 'G', 'KE', 'LK'])}-"
            + str(self.r.randint(1, 99999))
        )

    def ts_local(self) -> str:
        r = self.r
        offset = {"PH": "+08:00", "PK": "+05:00", "IE": "+01:00"}[self.cur.country]
        return (
            f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(8, 18):02d}:"
            f"{self.pick(['00', '15', '30', '45'])}:00{offset}"
        )


def C(attr: str):
    return lambda f: getattr(f.cur, attr)


def OTHER(attr: str):
    return lambda f: getattr(f.o, attr)


def fresh_other(attr: str):
    """The first leaf of a nested person: draws the person, then returns one attribute."""
    return lambda f: getattr(f.new_other(), attr)


def money_for(f: HFake, lo: int, hi: int) -> float:
    return round(f.r.uniform(lo, hi), 2)


# -- contexts -------------------------------------------------------------------------------------

LOCALES = {
    "PH": ["en-PH", "fil-PH", "en-US"],
    "PK": ["en-PK", "ur-PK", "en-US"],
    "IE": ["en-IE", "en-GB", "ga-IE"],
}
TZ = {"PH": "Asia/Manila", "PK": "Asia/Karachi", "IE": "Europe/Dublin"}
HOSTS = {
    "PH": "https://www.hirebridge.ph",
    "PK": "https://www.hirebridge.pk",
    "IE": "https://www.hirebridge.ie",
}
CARRIERS = {
    "PH": ["Globe", "Smart", "DITO", "TM"],
    "PK": ["Jazz", "Zong", "Telenor", "Ufone"],
    "IE": ["Vodafone IE", "Three", "eir", "48"],
}


def web_context(paths):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://www.linkedin.com/",
                        "https://l.instagram.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?ref=alert", "?page=2"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "HireBridge | Jobs in the Philippines",
                        "HireBridge Pakistan - Naukri",
                        "HireBridge Ireland | Jobs",
                        "Apply | HireBridge",
                    ]
                )
            ),
            "url": G(lambda f: HOSTS[f.cur.country] + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cur.country])),
        "timezone": G(lambda f: TZ[f.cur.country]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["bpo_hiring_q2", "ofw_caregivers", "tech_lahore", "dublin_nurses"])),
            "source": G(lambda f: f.pick(["facebook", "google", "jobstreet", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(JOB_QUERIES)),
            "content": G(lambda f: f.pick(["carousel_1", "video_15s", "text_ad"])),
        },
    }


CANDIDATE_PATHS = ["/", "/jobs", "/jobs/search", "/profile", "/profile/cv", "/apply", "/alerts"]
EMPLOYER_PATHS = [
    "/employer",
    "/employer/jobs/new",
    "/employer/candidates",
    "/employer/billing",
    "/employer/checkout",
    "/employer/interviews",
]


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "HireBridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.2"])),
            "build": G(lambda f: f.pick(["6400", "6521"])),
            "namespace": G(lambda f: "com.hirebridge.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,5", "iPhone15,4"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cur.country])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 414, 375])),
            "height": G(lambda f: f.pick([844, 896, 667])),
        },
        "timezone": G(lambda f: TZ[f.cur.country]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(C("email"), "email"), "name": Y(C("full"), "name")},
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "HireBridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.1"])),
            "build": G(lambda f: f.pick(["640", "651"])),
            "namespace": G(lambda f: "com.hirebridge.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "INFINIX", "realme"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "CPH2387", "V2254", "Infinix X6816"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cur.country])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cur.country])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "12", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2400, 2340])),
        },
        "timezone": G(lambda f: TZ[f.cur.country]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "HireBridge Recruiter"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "com.hirebridge.recruiter"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,2", "SM-S918B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(LOCALES[f.cur.country])),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: TZ[f.cur.country]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(C("email"), "email"),
            "name": Y(C("full"), "name"),
            "phone": Y(C("phone"), "phone"),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Raket by HireBridge"),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.2"])),
            "build": G(lambda f: f.pick(["90", "102"])),
            "namespace": G(lambda f: "ph.hirebridge.raket"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "realme"])),
            "model": G(lambda f: f.pick(["SM-A057F", "23106RN0DA", "RMX3710"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(lambda f: f.pick(["fil-PH", "en-PH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600)},
        "timezone": G(lambda f: "Asia/Manila"),
        "location": {
            "latitude": Y(C("lat"), "geolocation"),
            "longitude": Y(C("lon"), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 8.4])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "python"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if lib == "node":
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["externalIds"] = Many(
            {
                "id": Y(C("email"), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "java":
        ctx["groupId"] = G(lambda f: "emp_" + f.digits(6))
        ctx["timezone"] = G(lambda f: TZ[f.cur.country])
    if lib == "python":
        ctx["traits"] = {"email": Y(C("email"), "email"), "country": G(lambda f: f.cur.country)}
    return ctx


def context_for(client: str):
    if client == "web":
        return web_context(CANDIDATE_PATHS)
    if client == "web_emp":
        return web_context(EMPLOYER_PATHS)
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


# -- reusable pieces ------------------------------------------------------------------------------

PACKAGES = [
    ("JP-STD-30", "Standard Job Post (30 days)", "Job Posts", 1500),
    ("JP-FEAT-30", "Featured Job Post (30 days)", "Job Posts", 4500),
    ("JP-URG-7", "Urgent Hiring Badge (7 days)", "Add-ons", 900),
    ("CVDB-M", "CV Database Access - Monthly", "Subscriptions", 12000),
    ("ASMT-10", "Skills Assessment Credits x10", "Assessments", 2500),
    ("BG-NBI", "Background Check - NBI + Employment", "Screening", 1800),
]


def package_item():
    return {
        "product_id": G(lambda f: f.digits(5)),
        "sku": G(lambda f: f.pick(PACKAGES)[0]),
        "name": G(lambda f: f.pick(PACKAGES)[1]),
        "category": G(lambda f: f.pick(PACKAGES)[2]),
        "brand": G(lambda f: "HireBridge"),
        "variant": G(lambda f: f.pick(["PH", "PK", "IE"])),
        "price": G(lambda f: f.pick(PACKAGES)[3] * f.pick([1, 1, 1.0])),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "position": G(lambda f: f.r.randint(1, 6)),
        "url": G(lambda f: HOSTS[f.cur.country] + "/employer/pricing#" + f.pick(PACKAGES)[0].lower()),
        "image_url": G(lambda f: "https://cdn.hirebridge.com/packages/" + f.hexid(8) + ".png"),
    }


def cover_letter(f: HFake) -> str:
    p = f.cur
    opener = f.pick(
        [
            "Dear Hiring Manager,\nI am writing to apply for the position. I have {y} years of BPO "
            "experience.",
            "Good day! I would like to apply for this job. I am hardworking and willing to be trained.",
            "Hello, I saw your post on HireBridge and I believe my {y} years in retail make me a strong fit.",
            "Assalam o Alaikum, I am interested in this vacancy and can join immediately.",
        ]
    ).format(y=f.r.randint(1, 12))
    sign = f.pick(
        [f"\n\nSincerely,\n{p.full}", f"\n\nThank you po,\n{p.full}", f"\n\nRegards,\n{p.full}\n{p.phone}"]
    )
    return opener + sign


def cv_filename(f: HFake) -> str:
    p = f.cur
    first, last = ascii_fold(p.first).title().replace(" ", "_"), ascii_fold(p.last).title().replace(" ", "")
    return f.pick(
        [
            f"{first}_{last}_CV.pdf",
            f"CV - {p.full}.docx",
            f"{last.upper()}, {first} Resume 2024.pdf",
            f"Resume_{first}{last}.pdf",
        ]
    )


def chat_text(f: HFake) -> str:
    return f.pick(
        [
            "Hi po, pwede po ba ako tawagan sa {p}? Thank you po",
            "Good afternoon sir, this is my number {p}, available for interview anytime",
            "Please WhatsApp me at {p} instead, I don't check email often",
            "Sorry I missed the call, my number is {p}",
            "Salam, kindly call on {p} after 6pm",
        ]
    ).format(p=f.cur.phone)


def call_note(f: HFake) -> str:
    return f.pick(
        [
            "Called {p}, no answer. Will try again tomorrow.",
            "Spoke with candidate on {p}; available to start in 2 weeks.",
            "Candidate asked to use alternate number {p} going forward",
            "Left voicemail at {p} re: final interview",
            "{p} - busy, sent SMS instead",
        ]
    ).format(p=f.cur.phone)


def accommodation_details(f: HFake) -> str:
    return f.pick(
        [
            "I use a wheelchair and need a ground-floor interview room.",
            "I am Deaf and would need an ISL interpreter for the video interview.",
            "I have dyslexia, extra time on the written test would help.",
            "I am partially sighted, please send the assessment in a screen-reader friendly format.",
            "I have epilepsy and cannot do screen tests with flashing content.",
        ]
    )


def referral_label(f: HFake) -> str:
    o = f.o
    return f.pick(
        [
            o.full,
            o.first + " " + o.last[:1] + ".",
            f"{o.first} (work)",
            f"{'Ate' if o.gender == 'female' else 'Kuya'} {o.first}" if o.country == "PH" else o.full,
        ]
    )


# -- events ---------------------------------------------------------------------------------------
# (kind, event name or None, clients, weight, body)

CANDIDATE_APPS = ["web", "swift", "kotlin"]

EVENTS: list[tuple[str, str | None, list[str], int, Any]] = [
    # -- candidate identity -----------------------------------------------------------------------
    (
        "identify",
        None,
        CANDIDATE_APPS,
        3,
        {
            "email": Y(C("email"), "email"),
            "firstName": Y(C("first"), "name"),
            "lastName": Y(C("last"), "name"),
            "middleName": Y(lambda f: f.cur.middle or f.pick(PK_L + IE_L), "name"),
            "name": Y(C("full"), "name"),
            "phone": Y(C("phone"), "phone"),
            "whatsappNumber": Y(C("phone"), "phone"),
            "birthday": Y(C("birthdate"), "birthdate"),
            "nationality": Y(C("nationality"), "citizenship"),
            "gender": Y(C("gender"), "gender"),
            "address": {
                "street": Y(C("street"), "address|street"),
                "city": Y(C("city"), "city"),
                "state": G(lambda f: f.cur.province),
                "postalCode": Y(C("postcode"), "zipcode"),
                "country": G(lambda f: f.cur.country),
            },
            "avatar": Y(lambda f: "https://cdn.hirebridge.com/avatars/" + f.hexid(20) + ".jpg", "photo"),
            "linkedinUrl": Y(
                lambda f: (
                    "https://www.linkedin.com/in/"
                    + ascii_fold(f.cur.first).split()[0]
                    + "-"
                    + ascii_fold(f.cur.last).replace(" ", "")
                    + "-"
                    + f.hexid(8)
                ),
                "name",
            ),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "premium", "premium_plus"])),
            "profileCompleteness": G(lambda f: f.r.randint(20, 100)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "fil", "ur", "ga"])),
            "yearsExperience": G(lambda f: f.r.randint(0, 25)),
            "jobSeekingStatus": G(lambda f: f.pick(["actively_looking", "open", "not_looking"])),
            "headline": G(
                lambda f: f.pick(TITLES) + f.pick([" | 5 yrs BPO", " | open to WFH", " - OFW ready", ""])
            ),
            "desiredRole": G(lambda f: f.pick(TITLES)),
            "expectedSalary": {
                "amount": Y(lambda f: f.monthly_salary(f.cur.country), "salary"),
                "currency": G(lambda f: f.currency(f.cur.country)),
                "period": G(lambda f: f.pick(["monthly", "annual"])),
            },
            "openToRelocation": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 58)),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "separated", "widowed"])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        2,
        {
            "method": G(lambda f: f.pick(["email", "google", "facebook", "phone"])),
            "account_type": G(lambda f: f.pick(["candidate", "candidate", "employer"])),
            "email": Y(C("email"), "email"),
            "referral_code": G(lambda f: "REF-" + f.hexid(5).upper()),
            "accepted_terms": G(lambda f: True),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "signup_country": G(lambda f: f.cur.country),
        },
    ),
    (
        "track",
        "Sign In Link Requested",
        ["python"],
        1,
        {
            "email": Y(C("email"), "email"),
            "magic_link": RED(
                lambda f: HOSTS[f.cur.country] + "/auth/callback?token=" + f.hexid(48) + "&redirect=%2Fjobs",
                "token",
            ),
            "link_id": G(lambda f: f.uuid()),
            "expires_in": G(lambda f: 900),
            "delivery_channel": G(lambda f: f.pick(["email", "sms"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["swift", "kotlin", "flutter"],
        2,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "viber", "whatsapp"])),
            "verified": G(lambda f: f.pick([True, True, False])),
            "phone_country_code": G(lambda f: {"PH": "+63", "PK": "+92", "IE": "+353"}[f.cur.country]),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        1,
        {
            "email": Y(C("email"), "email"),
            "reset_url": RED(lambda f: HOSTS[f.cur.country] + "/reset-password/" + f.hexid(40), "token"),
            "token_expires_at": G(lambda f: f.iso()),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "password_strength_before": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    # -- job search -------------------------------------------------------------------------------
    (
        "track",
        "Job Searched",
        ["web", "swift", "kotlin", "flutter"],
        4,
        {
            "query": G(lambda f: f.pick(JOB_QUERIES)),
            "location": G(lambda f: f.pick(JOB_LOCS)),
            "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
            "filters": {
                "job_type": G(lambda f: f.pick(["full_time", "part_time", "contract", "gig"])),
                "salary_min": G(lambda f: f.pick([15000, 20000, 50000, 100000, 30000])),
                "remote": G(lambda f: f.pick([True, False])),
                "posted_within_days": G(lambda f: f.pick([1, 3, 7, 30])),
                "night_shift": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 850)),
            "page": G(lambda f: f.r.randint(1, 5)),
            "sort": G(lambda f: f.pick(["relevance", "date", "salary"])),
        },
    ),
    (
        "track",
        "Job Viewed",
        ["web", "swift", "kotlin"],
        4,
        {
            "job_id": G(lambda f: "JOB-" + f.cur.country + "-" + f.digits(6)),
            "job_title": G(lambda f: f.pick(TITLES)),
            "company_name": G(lambda f: f.pick(EMPLOYERS)),
            "company_id": G(lambda f: "emp_" + f.digits(6)),
            "location": {
                "city": G(lambda f: f.pick(JOB_LOCS)),
                "province": G(
                    lambda f: f.pick(["Metro Manila", "Cebu", "Punjab", "Sindh", "Leinster", "Munster"])
                ),
                "country": G(lambda f: f.pick(["PH", "PK", "IE", "AE", "SA"])),
            },
            "salary_range_min": G(lambda f: f.pick([18000, 25000, 60000, 32000])),
            "salary_range_max": G(lambda f: f.pick([30000, 45000, 120000, 55000])),
            "currency": G(lambda f: f.currency(f.cur.country)),
            "employment_type": G(lambda f: f.pick(["full_time", "contract", "part_time"])),
            "is_remote": G(lambda f: f.pick([True, False])),
            "posted_at": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["search", "alert", "recommended", "company_page"])),
            "preferred_gender": G(lambda f: f.pick(["any", "any", "female", "male"])),
        },
    ),
    (
        "track",
        "Job Saved",
        ["swift", "kotlin"],
        2,
        {
            "job_id": G(lambda f: "JOB-" + f.cur.country + "-" + f.digits(6)),
            "list_name": G(lambda f: f.pick(["Favorites", "Abroad", "WFH"])),
            "saved_jobs_count": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Nearby Jobs Viewed",
        ["kotlin", "flutter"],
        2,
        {
            "latitude": Y(C("lat"), "geolocation"),
            "longitude": Y(C("lon"), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5.0, 12.5, 30.0, 65.0])),
            "jobs_nearby": G(lambda f: f.r.randint(0, 60)),
            "permission": G(lambda f: f.pick(["precise", "approximate"])),
        },
    ),
    (
        "track",
        "Job Alert Created",
        ["web", "swift", "kotlin"],
        2,
        {
            "alert_id": G(lambda f: f.uuid()),
            "keywords": G(lambda f: f.pick(JOB_QUERIES)),
            "location": G(lambda f: f.pick(JOB_LOCS)),
            "frequency": G(lambda f: f.pick(["daily", "weekly", "instant"])),
            "channel": G(lambda f: f.pick(["email", "push", "sms"])),
            "notify_email": Y(C("email"), "email"),
            "salary_floor": G(lambda f: f.pick([20000, 50000, 35000])),
        },
    ),
    (
        "track",
        "Job Alert Email Opened",
        ["go"],
        2,
        {
            "alert_id": G(lambda f: f.uuid()),
            "jobs_count": G(lambda f: f.r.randint(1, 20)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "12 new Call Center jobs in Makati",
                        "New: Nurse jobs in Dublin",
                        "5 jobs matching 'data entry'",
                    ]
                )
            ),
            "opened_at": G(lambda f: f.epoch_ms()),
            "email_client": G(lambda f: f.pick(["Gmail", "Apple Mail", "Outlook"])),
        },
    ),
    # -- applications ------------------------------------------------------------------------------
    (
        "track",
        "Application Submitted",
        ["web", "swift", "kotlin"],
        3,
        {
            "application_id": G(lambda f: f.uuid()),
            "job_id": G(lambda f: "JOB-" + f.cur.country + "-" + f.digits(6)),
            "requisition_id": G(lambda f: "REQ-" + f.digits(5)),
            "resume_id": G(lambda f: f.hexid(24)),
            "cv_filename": Y(cv_filename, "name", True),
            "cv_sha256": G(lambda f: f.hexid(64)),
            "cover_letter": Y(cover_letter, "name", True),
            "answers": {
                "right_to_work": RED(lambda f: f.pick(["yes", "no", "yes_with_permit"]), "visa"),
                "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
                "notice_period_days": G(lambda f: f.pick([0, 15, 30, 60])),
                "expected_salary": Y(lambda f: f.monthly_salary(f.cur.country), "salary"),
                "willing_to_relocate": G(lambda f: f.pick([True, False])),
                "has_drivers_license": G(lambda f: f.pick([True, False])),
                "years_experience": G(lambda f: f.r.randint(0, 20)),
            },
            "source": G(lambda f: f.pick(["search", "alert", "easy_apply", "referral"])),
            "screening_questions_count": G(lambda f: f.r.randint(2, 8)),
            "time_to_complete_sec": G(lambda f: f.r.randint(40, 1200)),
        },
    ),
    (
        "track",
        "Application Status Changed",
        ["go"],
        3,
        {
            "application_id": G(lambda f: f.uuid()),
            "from_stage": G(lambda f: f.pick(["applied", "screening", "interview"])),
            "to_stage": G(lambda f: f.pick(["screening", "interview", "offer", "rejected", "hired"])),
            "changed_by_user_id": G(lambda f: "usr_" + f.digits(7)),
            "rejection_reason": G(lambda f: f.pick(["not_qualified", "position_filled", "no_show", None])),
        },
    ),
    # -- CV sections -----------------------------------------------------------------------------
    (
        "track",
        "Work Experience Added",
        ["web", "kotlin"],
        2,
        {
            "experience": {
                "company_name": G(lambda f: f.pick(EMPLOYERS)),
                "job_title": G(lambda f: f.pick(TITLES)),
                "start_date": G(lambda f: f.date(2008, 2021)[:7]),
                "end_date": G(lambda f: f.date(2015, 2024)[:7]),
                "is_current": G(lambda f: f.pick([True, False])),
                "monthly_salary": Y(lambda f: f.monthly_salary(f.cur.country), "salary"),
                "salary_currency": G(lambda f: f.currency(f.cur.country)),
                "industry": G(lambda f: f.pick(["BPO", "Healthcare", "Retail", "IT", "Logistics"])),
                "reason_for_leaving": G(
                    lambda f: f.pick(
                        ["Contract ended", "Career growth", "Relocation", "Company closed", "Better offer"]
                    )
                ),
                "supervisor_name": Y(fresh_other("full"), "name"),
                "supervisor_contact": Y(OTHER("phone"), "phone"),
            },
            "total_entries": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Education Added",
        ["web", "swift"],
        2,
        {
            "school": G(lambda f: f.pick(SCHOOLS)),
            "degree": G(lambda f: f.pick(DEGREES)),
            "field_of_study": G(
                lambda f: f.pick(["Nursing", "Computer Science", "Accountancy", "Marketing"])
            ),
            "graduation_year": G(lambda f: f.r.randint(1995, 2024)),
            "gwa": G(lambda f: f.pick([1.25, 1.5, 1.75, 2.0, 2.25, 3.1, 3.6])),
        },
    ),
    (
        "track",
        "References Submitted",
        ["web"],
        2,
        {
            "references": Many(
                {
                    "full_name": Y(fresh_other("full"), "name"),
                    "relationship": G(
                        lambda f: f.pick(["former supervisor", "manager", "colleague", "professor"])
                    ),
                    "company": G(lambda f: f.pick(EMPLOYERS)),
                    "position": G(lambda f: f.pick(TITLES)),
                    "mobile": Y(OTHER("phone"), "phone"),
                    "email": Y(OTHER("email"), "email"),
                    "years_known": G(lambda f: f.r.randint(1, 10)),
                    "consent_to_contact": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "reference_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["swift", "kotlin"],
        2,
        {
            "contact_name": Y(fresh_other("full"), "name"),
            "relationship": G(lambda f: f.pick(["mother", "spouse", "brother", "sister", "father"])),
            "contact_number": Y(OTHER("phone"), "phone"),
            "contact_address": Y(OTHER("address"), "address"),
            "same_address": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- Philippine gig app, Tagalog keys -------------------------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        2,
        {
            "pangalan": Y(C("first"), "name"),
            "apelyido": Y(C("last"), "name"),
            "gitnang_pangalan": Y(C("middle"), "name"),
            "pangalan_ng_ina": Y(lambda f: f.pick(PH_F) + " " + f.pick(PH_L), "name"),
            "numero_ng_philhealth": RED(lambda f: f.philhealth(), "health id"),
            "kaarawan": Y(
                lambda f: f"{f.cur.birthdate[5:7]}/{f.cur.birthdate[8:]}/{f.cur.birthdate[:4]}", "birthdate"
            ),
            "telepono": Y(C("phone"), "phone"),
            "tirahan": Y(C("street"), "address|street"),
            "barangay": Y(C("barangay"), "address"),
            "lungsod": Y(C("city"), "city"),
            "lalawigan": G(lambda f: f.cur.province),
            "edad": G(lambda f: f.r.randint(18, 55)),
            "kasarian": Y(lambda f: {"female": "babae", "male": "lalaki"}[f.cur.gender], "gender"),
            "katayuang_sibil": G(lambda f: f.pick(["walang asawa", "may asawa", "hiwalay", "balo"])),
            "relihiyon": Y(
                lambda f: f.pick(
                    ["Katoliko", "Iglesia ni Cristo", "Islam", "Born Again Christian", "Aglipayan"]
                ),
                "religion",
            ),
            "inaasahang_sahod": Y(lambda f: f.monthly_salary("PH"), "salary"),
            "wika": G(lambda f: f.pick(["Tagalog", "Cebuano", "Ilocano", "Hiligaynon"])),
            "may_sariling_motor": G(lambda f: f.pick([True, False])),
            "uri_ng_trabaho": G(
                lambda f: f.pick(["delivery", "labada", "paglilinis", "tutor", "karpintero"])
            ),
        },
    ),
    (
        "track",
        "Raket Tinanggap",
        ["flutter"],
        2,
        {
            "raket_id": G(lambda f: f.uuid()),
            "kategorya": G(lambda f: f.pick(["paglilinis", "delivery", "tubero", "aircon cleaning"])),
            "bayad": G(lambda f: f.pick([350, 500, 800, 1200, 1500])),
            "kliyente": Y(fresh_other("full"), "name"),
            "address_ng_kliyente": Y(OTHER("address"), "address"),
            "petsa": G(lambda f: f.date(2024, 2024)),
            "oras": G(lambda f: f.pick(["08:00", "13:30", "16:00"])),
            "tala": G(
                lambda f: f.pick(
                    [
                        "Magdala ng sariling gamit",
                        "Walang parking sa loob",
                        "May aso sa bahay",
                        "Pakisabi sa guard",
                    ]
                )
            ),
        },
    ),
    # -- Pakistani backend, romanised Urdu keys -------------------------------------------------
    (
        "track",
        "Profile Mukammal",
        ["python"],
        2,
        {
            "naam": Y(C("full"), "name"),
            "walid_ka_naam": Y(lambda f: f.pick(PK_M) + " " + f.cur.last, "name"),
            "walida_ka_naam": Y(lambda f: f.pick(PK_F) + " " + f.pick(PK_L), "name"),
            "passport_number": RED(lambda f: f.passport("PK"), "passport"),
            "shanakhti_card_number": RED(lambda f: f.cnic(), "national id"),
            "mobile_number": Y(C("phone"), "phone"),
            "pata": Y(C("address"), "address"),
            "shehar": Y(C("city"), "city"),
            "sooba": G(lambda f: f.cur.province),
            "umar": G(lambda f: f.r.randint(18, 50)),
            "jins": Y(lambda f: {"female": "aurat", "male": "mard"}[f.cur.gender], "gender"),
            "mazhab": Y(
                lambda f: f.pick(["Islam", "Islam", "Christianity", "Hinduism", "Sikhism"]), "religion"
            ),
            "tareekh_paidaish": Y(C("birthdate"), "birthdate"),
            "taleem": G(lambda f: f.pick(["Matric", "Intermediate", "BA", "BS", "MSc"])),
            "tajurba_saal": G(lambda f: f.r.randint(0, 20)),
            "tankhwah_ki_tawaqqo": Y(lambda f: f.monthly_salary("PK"), "salary"),
            "qaumiyat": Y(
                lambda f: f.pick(["Pakistani", "Pakistani", "Pakistani, British", "Afghan"]), "citizenship"
            ),
            "profile_version": G(lambda f: f.pick([3, 4])),
        },
    ),
    # -- documents, identity and checks -------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ["swift", "kotlin", "web"],
        3,
        {
            "upload_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(["passport", "national_id", "nbi_clearance", "diploma", "tor"])
            ),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "IMG_" + f.digits(4) + ".jpg",
                        "scan0" + f.digits(2) + ".pdf",
                        "PXL_2024" + f.digits(4) + ".jpg",
                    ]
                )
            ),
            "file_size_kb": G(lambda f: f.r.randint(80, 9000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "pages": G(lambda f: f.r.randint(1, 4)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
        },
    ),
    (
        "track",
        "Identity Verification Decided",
        ["ruby"],
        2,
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "reason": G(
                    lambda f: f.pick([None, "Document expired", "Face mismatch", "Poor image quality"])
                ),
                "person": {
                    "firstName": Y(C("first"), "name"),
                    "lastName": Y(C("last"), "name"),
                    "dateOfBirth": Y(C("birthdate"), "birthdate"),
                    "gender": Y(lambda f: f.cur.gender[0].upper(), "gender"),
                    "nationality": Y(
                        lambda f: {"PH": "PH", "PK": "PK", "IE": "IE"}[f.cur.country], "citizenship"
                    ),
                    "idNumber": RED(lambda f: f.gov_id(f.cur.country), "national id"),
                },
                "document": {
                    "number": RED(lambda f: f.passport(f.cur.country), "passport"),
                    "type": G(lambda f: "PASSPORT"),
                    "country": G(lambda f: f.cur.country),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "selfieUrl": Y(lambda f: "https://stationapi.veriff.com/v1/media/" + f.uuid(), "photo"),
                "decisionTime": G(lambda f: f.iso()),
                "acceptanceTime": G(lambda f: f.iso()),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    (
        "track",
        "Right To Work Checked",
        ["node"],
        2,
        {
            "check_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Yoti", "TrustID", "manual"])),
            "result": G(lambda f: f.pick(["passed", "referred", "failed"])),
            "full_name": Y(C("full"), "name"),
            "date_of_birth": Y(C("birthdate"), "birthdate"),
            "passport_number": RED(lambda f: f.passport(f.pick(["IE", "PH", "PK"])), "passport"),
            "work_permit_type": RED(
                lambda f: f.pick(
                    [
                        "Stamp 4",
                        "Stamp 1G",
                        "Critical Skills Employment Permit",
                        "General Employment Permit",
                        "EU citizen",
                    ]
                ),
                "visa",
            ),
            "irp_number": RED(lambda f: f.pick(["IRL", "RP"]) + f.digits(8), "national id"),
            "irp_expiry": G(lambda f: f.date(2024, 2029)),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "visa_sponsorship_required": RED(lambda f: f.pick([True, False]), "visa"),
            "checked_by": Y(lambda f: f.person("IE").full, "name"),
            "checked_at": G(lambda f: f.iso()),
            "employer_id": G(lambda f: "emp_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["go"],
        2,
        {
            "report_id": G(lambda f: f.hexid(24)),
            "package": G(
                lambda f: f.pick(["ph_standard", "pk_standard", "ie_garda_vetting", "ofw_deployment"])
            ),
            "status": G(lambda f: f.pick(["complete", "pending", "suspended"])),
            "adjudication": G(lambda f: f.pick(["engaged", "pre_adverse_action", None])),
            "nbi_clearance_no": Y(
                lambda f: f.pick(["A", "B", "C"]) + f.digits(9) + f.pick(["", "-NCR", "-R7"]), "certificate"
            ),
            "criminal_record_hit": Y(lambda f: f.pick([True, False, False, False]), "criminal record"),
            "drug_test_result": Y(
                lambda f: f.pick(["negative", "negative", "positive", "inconclusive"]), "condition"
            ),
            "medical_exam_status": G(lambda f: f.pick(["scheduled", "completed", "not_required"])),
            "hepatitis_b_reactive": Y(lambda f: f.pick([True, False, False]), "condition"),
            "employment_verified": G(lambda f: f.pick([True, False])),
            "completed_at": G(lambda f: f.iso()),
            "turnaround_hours": G(lambda f: f.r.randint(4, 240)),
            "candidate": {
                "first_name": Y(C("first"), "name"),
                "last_name": Y(C("last"), "name"),
                "dob": Y(C("birthdate"), "birthdate"),
                "phone": Y(C("phone"), "phone"),
                "address": Y(C("address"), "address"),
                "email": Y(C("email"), "email"),
            },
        },
    ),
    (
        "track",
        "Medical Exam Scheduled",
        ["python"],
        1,
        {
            "clinic_name": G(
                lambda f: f.pick(
                    [
                        "St. Luke's Extension Clinic",
                        "Nationwide Health Systems",
                        "Chughtai Lab Gulberg",
                        "Beacon Occupational Health",
                    ]
                )
            ),
            "clinic_address": G(
                lambda f: f.pick(
                    [
                        "1177 J. Bocobo St., Ermita, Manila",
                        "Ground Floor, Park Square, Makati",
                        "7-A Main Blvd, Gulberg III, Lahore",
                        "Sandyford, Dublin 18, D18 AK68",
                    ]
                )
            ),
            "clinic_phone": G(lambda f: f.pick(["(02) 8525 7500", "+92 42 111 456 789", "+353 1 293 6600"])),
            "exam_date": G(lambda f: f.date(2024, 2025)),
            "exam_type": G(lambda f: f.pick(["pre_employment", "pre_deployment", "annual"])),
            "patient_reference": RED(lambda f: "MRN-" + f.digits(8), "health id"),
            "philhealth_number": RED(lambda f: f.philhealth(), "health id"),
            "fit_to_work": Y(lambda f: f.pick(["fit", "fit", "unfit", "fit with restrictions"]), "condition"),
        },
    ),
    (
        "track",
        "Accessibility Accommodation Requested",
        ["web"],
        1,
        {
            "application_id": G(lambda f: f.uuid()),
            "accommodation_type": RED(
                lambda f: f.pick(
                    ["wheelchair_access", "sign_language_interpreter", "screen_reader", "extra_time"]
                ),
                "disability",
            ),
            "details": RED(accommodation_details, "disability|condition", True),
            "stage": G(lambda f: f.pick(["assessment", "interview", "onboarding"])),
        },
    ),
    (
        "track",
        "Diversity Survey Completed",
        ["web"],
        2,
        {
            "survey_id": G(lambda f: "eq_" + f.digits(5)),
            "gender_identity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "prefer not to say"]), "gender"
            ),
            "ethnic_background": Y(
                lambda f: f.pick(
                    [
                        "White Irish",
                        "Irish Traveller",
                        "Any other White background",
                        "Asian or Asian Irish",
                        "Black or Black Irish",
                    ]
                ),
                "ethnicity",
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["heterosexual", "gay or lesbian", "bisexual", "prefer not to say"]),
                "sexual orientation",
            ),
            "religion": Y(
                lambda f: f.pick(
                    ["Roman Catholic", "Church of Ireland", "Muslim", "No religion", "Orthodox"]
                ),
                "religion",
            ),
            "disability": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54"])),
            "trade_union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "caring_responsibilities": G(lambda f: f.pick([True, False])),
            "questions_skipped": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    # -- interviews -----------------------------------------------------------------------------
    (
        "track",
        "Interview Scheduled",
        ["node"],
        3,
        {
            "interview_id": G(lambda f: f.uuid()),
            "application_id": G(lambda f: f.uuid()),
            "scheduled_at": G(lambda f: f.ts_local()),
            "duration_min": G(lambda f: f.pick([20, 30, 45, 60])),
            "format": G(lambda f: f.pick(["video", "onsite", "phone"])),
            "meeting_url": G(
                lambda f: (
                    "https://meet.google.com/"
                    + "-".join(
                        "".join(f.pick("abcdefghijkmnopqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3)
                    )
                )
            ),
            "location": {
                "name": G(
                    lambda f: f.pick(
                        ["Concentrix Eton Centris", "TaskUs Anonas", "Systems Ltd HQ", "Kerry Group Tralee"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "EDSA cor. Quezon Ave, Quezon City",
                            "Anonas St, Quezon City",
                            "E-1 Sehjpal Road, Lahore Cantt",
                            "Prince's St, Tralee, V92 EH11",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Quezon City", "Lahore", "Tralee"])),
            },
            "interviewer": {
                "name": Y(fresh_other("full"), "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(f.o.first).split()[0]
                        + "."
                        + ascii_fold(f.o.last).replace(" ", "")
                        + "@"
                        + f.pick(["concentrix.com", "taskus.com", "systemsltd.com", "kerry.ie"])
                    ),
                    "email",
                ),
                "title": G(
                    lambda f: f.pick(["Talent Acquisition Lead", "Operations Manager", "HR Business Partner"])
                ),
            },
            "invitee": {
                "name": Y(C("full"), "name"),
                "email": Y(C("email"), "email"),
                "phone": Y(C("phone"), "phone"),
                "timezone": G(lambda f: TZ[f.cur.country]),
            },
            "reminder_sms_to": Y(C("phone"), "phone"),
            "round": G(lambda f: f.r.randint(1, 3)),
            "calendar_event_id": G(lambda f: f.hexid(26)),
        },
    ),
    (
        "track",
        "Interview Rescheduled",
        ["web_emp"],
        2,
        {
            "interview_id": G(lambda f: f.uuid()),
            "rescheduled_from": G(lambda f: f.ts_local()),
            "rescheduled_to": G(lambda f: f.ts_local()),
            "requested_by": G(lambda f: f.pick(["candidate", "employer"])),
            "reason": G(
                lambda f: f.pick(
                    [
                        "Typhoon signal no. 2, offices closed",
                        "Candidate has exam",
                        "Interviewer sick",
                        "Load shedding in area",
                        "Bank holiday",
                    ]
                )
            ),
            "notice_hours": G(lambda f: f.r.randint(1, 96)),
        },
    ),
    (
        "track",
        "Interview Feedback Submitted",
        ["rn"],
        3,
        {
            "interview_id": G(lambda f: f.uuid()),
            "interviewer_id": G(lambda f: "usr_" + f.digits(7)),
            "recommendation": G(lambda f: f.pick(["strong_yes", "yes", "no", "strong_no"])),
            "scorecard": {
                "communication": G(lambda f: f.r.randint(1, 5)),
                "technical": G(lambda f: f.r.randint(1, 5)),
                "culture_add": G(lambda f: f.r.randint(1, 5)),
            },
            "notes": G(
                lambda f: f.pick(
                    [
                        "Good English, a bit nervous.",
                        "Strong Excel skills, ok for night shift.",
                        "Did not join the call on time.",
                        "Recommend for TL role",
                        "Candidate asked about HMO dependants",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Candidate Call Logged",
        ["rn"],
        2,
        {
            "call_id": G(lambda f: f.uuid()),
            "outcome": G(lambda f: f.pick(["connected", "voicemail", "no_answer", "wrong_number"])),
            "call_duration_sec": G(lambda f: f.r.randint(0, 900)),
            "note": Y(call_note, "phone", True),
            "follow_up_at": G(lambda f: f.ts_local()),
        },
    ),
    (
        "track",
        "Video Interview Recorded",
        ["java"],
        1,
        {
            "recording_id": G(lambda f: f.uuid()),
            "recording_url": Y(
                lambda f: "https://media.hirebridge.com/interviews/" + f.uuid() + ".mp4", "photo"
            ),
            "duration_sec": G(lambda f: f.r.randint(60, 1800)),
            "questions_answered": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    # -- offers, .NET PascalCase ----------------------------------------------------------------
    (
        "track",
        "Offer Letter Sent",
        ["dotnet"],
        2,
        {
            "OfferId": G(lambda f: "OFR-" + f.digits(7)),
            "ApplicationId": G(lambda f: f.uuid()),
            "CandidateFullName": Y(C("full"), "name"),
            "CandidateEmail": Y(C("email"), "email"),
            "CandidateMobile": Y(C("phone"), "phone"),
            "CandidateAddress": Y(C("address"), "address"),
            "PositionTitle": G(lambda f: f.pick(TITLES)),
            "Department": G(lambda f: f.pick(["Operations", "Finance", "Engineering", "Nursing"])),
            "BaseSalary": Y(lambda f: f.monthly_salary(f.cur.country), "salary"),
            "SalaryCurrency": G(lambda f: f.currency(f.cur.country)),
            "SigningBonus": Y(lambda f: f.pick([5000, 10000, 20000, 1500]), "salary"),
            "StartDate": G(lambda f: f.date(2024, 2025)),
            "EmploymentType": G(lambda f: f.pick(["Regular", "Probationary", "Fixed-Term"])),
            "SignatoryName": Y(fresh_other("full"), "name"),
            "SignatoryEmail": Y(
                lambda f: (
                    ascii_fold(f.o.first).split()[0]
                    + "."
                    + ascii_fold(f.o.last).replace(" ", "")
                    + "@"
                    + f.pick(["accenture.com", "jollibee.com.ph", "careem.com", "primark.ie"])
                ),
                "email",
            ),
            "EnvelopeId": G(lambda f: f.uuid()),
            "ExpiresAt": G(lambda f: f.iso()),
            "Benefits": {
                "HmoProvider": G(
                    lambda f: f.pick(["Maxicare", "Intellicare", "MediCard", "VHI", "State Life"])
                ),
                "HmoDependentsAllowed": G(lambda f: f.r.randint(0, 4)),
                "LeaveCredits": G(lambda f: f.pick([12, 15, 20, 24])),
            },
            "Dependents": Many(
                {
                    "FullName": Y(fresh_other("full"), "name"),
                    "Relationship": G(lambda f: f.pick(["Spouse", "Child", "Parent"])),
                    "BirthDate": Y(lambda f: f.date(1950, 2023), "birthdate"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Offer Accepted",
        ["web"],
        2,
        {
            "offer_id": G(lambda f: "OFR-" + f.digits(7)),
            "accepted_at": G(lambda f: f.iso()),
            "signature_name": Y(C("full"), "name"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "hmo_card_number": Y(lambda f: f.pick(["MXC", "ICR", "MDC"]) + f.digits(10), "identification"),
        },
    ),
    # -- payroll & tax ------------------------------------------------------------------------
    (
        "track",
        "Government IDs Submitted",
        ["php"],
        2,
        {
            "tin": RED(lambda f: f.ph_tin(), "national id"),
            "sss_number": RED(lambda f: f.sss(), "national id"),
            "philhealth_number": RED(lambda f: f.philhealth(), "health id"),
            "pagibig_mid": RED(lambda f: f.pagibig(), "national id"),
            "tax_status": G(lambda f: f.pick(["S", "ME", "S1", "ME2"])),
            "has_tin": G(lambda f: f.pick([True, False])),
            "submitted_via": G(lambda f: f.pick(["web", "android", "ios"])),
            "onboarding_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Bank Details Added",
        ["java"],
        2,
        {
            "iban": RED(lambda f: f.iban_cc(f.cur.country), "bank account"),
            "bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "HABBPKKA", "MEZNPKKA", "UNILPKKA"])),
            "sort_code": G(lambda f: f.pick(["93-11-52", "90-00-17", "98-50-10"])),
            "account_holder": Y(C("full"), "name"),
            "verified": G(lambda f: f.pick([True, False])),
            "payout_schedule": G(lambda f: f.pick(["weekly", "biweekly"])),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["java"],
        3,
        {
            "payoutId": G(lambda f: "po_" + f.hexid(20)),
            "workerId": G(lambda f: "wkr_" + f.digits(6)),
            "amount": G(lambda f: money_for(f, 300, 25000)),
            "currency": G(lambda f: f.currency(f.cur.country)),
            "method": G(lambda f: f.pick(["gcash", "maya", "jazzcash", "easypaisa", "bank"])),
            "walletMobileNumber": Y(C("phone"), "phone"),
            "receiverIdNumber": RED(
                lambda f: f.cnic() if f.cur.country == "PK" else f.gov_id("PH"), "national id"
            ),
            "bank": {
                "bankName": G(lambda f: f.pick(["BDO Unibank", "BPI", "Metrobank", "HBL", "Meezan Bank"])),
                "accountName": Y(C("full"), "name"),
                "accountNumber": RED(lambda f: f.digits(f.pick([10, 12, 14])), "bank account"),
                "swiftCode": G(
                    lambda f: f.pick(["BNORPHMM", "BOPIPHMM", "MBTCPHMM", "HABBPKKA", "MEZNPKKA"])
                ),
                "branchCode": G(lambda f: f.digits(4)),
            },
            "reference": G(lambda f: "PAYOUT-" + f.digits(8)),
            "status": G(lambda f: f.pick(["sent", "failed", "pending"])),
            "fee": G(lambda f: f.pick([0, 10, 15, 25])),
        },
    ),
    # -- gig matcher (Go, kebab-case) -----------------------------------------------------------
    (
        "track",
        "Gig Matched",
        ["go"],
        3,
        {
            "gig-id": G(lambda f: f.uuid()),
            "worker-id": G(lambda f: "wkr_" + f.digits(6)),
            "worker-name": Y(C("full"), "name"),
            "worker-phone": Y(C("phone"), "phone"),
            "worker-lat": Y(C("lat"), "geolocation"),
            "worker-lng": Y(C("lon"), "geolocation"),
            "client-first-name": Y(lambda f: f.new_other().first, "name"),
            "client-address": Y(OTHER("address"), "address"),
            "proxy-number": G(lambda f: f.pick(["+63 2 8540 1100", "+92 21 3713 0000", "+353 1 513 4400"])),
            "distance-km": G(lambda f: round(f.r.uniform(0.3, 14), 1)),
            "eta-minutes": G(lambda f: f.r.randint(5, 60)),
            "rate-per-hour": Y(lambda f: f.pick([120, 150, 180, 250, 400, 14, 16]), "salary"),
            "category": G(
                lambda f: f.pick(["cleaning", "delivery", "pet_sitting", "moving_help", "tutoring"])
            ),
            "vehicle-plate": Y(lambda f: f.plate(), "license"),
            "match-score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
        },
    ),
    (
        "track",
        "Pet Sitting Booked",
        ["swift"],
        1,
        {
            "booking_id": G(lambda f: f.uuid()),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Bantay", "Murphy", "Mochi", "Sheru"])),
            "pet_breed": G(lambda f: f.pick(["Aspin", "Shih Tzu", "Labrador", "Jack Russell"])),
            "pet_age": G(lambda f: f.r.randint(1, 14)),
            "owner_name": Y(fresh_other("full"), "name"),
            "owner_eircode": Y(lambda f: f.eircode(f.pick(["D03", "D08", "T12", "H91", "A94"])), "zipcode"),
            "vet_clinic": G(
                lambda f: f.pick(["Clontarf Vet Clinic", "Ark Vets Cork", "Galway Vet Hospital"])
            ),
            "vet_phone": G(lambda f: f.pick(["+353 1 833 1000", "+353 21 430 4343", "+353 91 771 700"])),
            "nights": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    # -- employer side ------------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "web_emp"],
        2,
        {
            # Segment puts group and identify traits under the same path: traits.name carries people's
            # names from identify calls, so the path is a name field even though groups send companies.
            "name": Y(lambda f: f.pick(EMPLOYERS), "name"),
            "industry": G(lambda f: f.pick(["BPO", "Retail", "Healthcare", "Technology", "Manufacturing"])),
            "employees": G(lambda f: f.pick([25, 150, 800, 5000, 40000])),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://www.concentrix.com",
                        "https://www.jollibee.com.ph",
                        "https://www.systemsltd.com",
                        "https://www.kerry.com",
                    ]
                )
            ),
            "hq_phone": G(
                lambda f: f.pick(
                    ["(02) 8888 1234", "+92 42 111 797 836", "+353 66 718 2000", "+63 2 7908 8000"]
                )
            ),
            "careers_email": G(
                lambda f: f.pick(
                    [
                        "careers@jollibee.com.ph",
                        "hr@systemsltd.com",
                        "recruitment@kerry.ie",
                        "talent@taskus.com",
                    ]
                )
            ),
            "hq_address": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "10 Emerald Ave, Ortigas Center",
                            "E-1 Sehjpal Road",
                            "Prince's Street",
                            "5th Ave, BGC",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Pasig", "Lahore", "Tralee", "Taguig"])),
                "postal_code": G(lambda f: f.pick(["1605", "54810", "V92 EH11", "1634"])),
                "country": G(lambda f: f.pick(["PH", "PK", "IE"])),
            },
            "sec_registration_no": G(lambda f: f.pick(["CS2010", "A1998", "CS2019"]) + f.digits(5)),
            "vat_number": G(lambda f: f.pick(["IE", "PH", "PK"]) + f.digits(7) + f.pick(["T", "W", "A"])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "accounts@jollibee.com.ph",
                        "ap@systemsltd.com",
                        "finance@kerry.ie",
                        "billing@taskus.com",
                    ]
                )
            ),
            "account_manager": Y(lambda f: f.person().full, "name"),
            "created_at": G(lambda f: f.iso()),
            "verified_employer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["web_emp", "rn"],
        2,
        {
            "email": Y(
                lambda f: (
                    ascii_fold(f.cur.first).split()[0]
                    + "."
                    + ascii_fold(f.cur.last).replace(" ", "")
                    + "@"
                    + f.pick(["concentrix.com", "taskus.com", "systemsltd.com", "kerry.ie", "primark.ie"])
                ),
                "email",
            ),
            "name": Y(C("full"), "name"),
            "title": G(
                lambda f: f.pick(
                    ["Talent Acquisition Specialist", "HR Manager", "Recruiter", "Head of People"]
                )
            ),
            "company": G(lambda f: f.pick(EMPLOYERS)),
            "directLine": Y(C("phone"), "phone"),
            "seats": G(lambda f: f.r.randint(1, 40)),
            "role": G(lambda f: f.pick(["admin", "recruiter", "hiring_manager"])),
            "isAgency": G(lambda f: f.pick([True, False])),
            "lastLoginAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Job Posted",
        ["web_emp"],
        2,
        {
            "job_id": G(lambda f: "JOB-" + f.cur.country + "-" + f.digits(6)),
            "title": G(lambda f: f.pick(TITLES)),
            "company_name": G(lambda f: f.pick(EMPLOYERS)),
            "location": {
                "city": G(lambda f: f.pick(JOB_LOCS)),
                "province": G(lambda f: f.pick(["Metro Manila", "Cebu", "Punjab", "Sindh", "Co. Cork"])),
                "country": G(lambda f: f.pick(["PH", "PK", "IE", "AE"])),
            },
            "salary_min": G(lambda f: f.pick([18000, 22000, 60000, 30000])),
            "salary_max": G(lambda f: f.pick([28000, 35000, 150000, 48000])),
            "salary_currency": G(lambda f: f.pick(["PHP", "PKR", "EUR", "AED"])),
            "salary_visible": G(lambda f: f.pick([True, False])),
            "employment_type": G(lambda f: f.pick(["full_time", "contract", "project_based"])),
            "shift": G(lambda f: f.pick(["day", "night", "graveyard", "rotating"])),
            "headcount": G(lambda f: f.r.randint(1, 200)),
            "required_age_max": G(lambda f: f.pick([30, 35, 40, 45])),
            "preferred_gender": G(lambda f: f.pick(["any", "female", "male"])),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "careers@jollibee.com.ph",
                        "jobs@careem.com",
                        "hr@systemsltd.com",
                        "recruitment@kerry.ie",
                    ]
                )
            ),
            "contact_person": Y(fresh_other("full"), "name"),
            "contact_number": Y(OTHER("phone"), "phone"),
            "package_sku": G(lambda f: f.pick(PACKAGES)[0]),
        },
    ),
    (
        "track",
        "Candidate Lookup",
        ["web_emp"],
        2,
        {
            "q": Y(lambda f: f.person().full, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "database": G(lambda f: f.pick(["own_applicants", "cv_database"])),
            "took_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Talent Pool Searched",
        ["rn", "web_emp"],
        2,
        {
            "keywords": G(
                lambda f: f.pick(["nurse", "python django", "csr night shift", "forklift", "accountant"])
            ),
            "location": G(lambda f: f.pick(JOB_LOCS)),
            "max_expected_salary": G(lambda f: f.pick([25000, 40000, 200000, 60000])),
            "results_count": G(lambda f: f.r.randint(0, 3000)),
        },
    ),
    (
        "track",
        "Placement Fee Invoiced",
        ["ruby"],
        2,
        {
            "invoice_number": G(lambda f: "INV-" + f.pick(["PH", "PK", "IE"]) + "-2024-" + f.digits(5)),
            "employer_id": G(lambda f: "emp_" + f.digits(6)),
            "placement_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: money_for(f, 8000, 250000)),
            "currency": G(lambda f: f.currency(f.cur.country)),
            "fee_percentage": G(lambda f: f.pick([8.33, 10, 12.5, 15, 20])),
            "candidate_annual_salary": Y(lambda f: f.annual_salary(f.cur.country), "salary"),
            "candidate_name": Y(C("full"), "name"),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "payment_terms": G(lambda f: f.pick(["net_15", "net_30", "net_45"])),
            "billing_contact": {
                "name": Y(fresh_other("full"), "name"),
                "email": Y(
                    lambda f: (
                        ascii_fold(f.o.first).split()[0]
                        + "@"
                        + f.pick(["accenture.com", "10pearls.com", "kerry.ie"])
                    ),
                    "email",
                ),
            },
            "po_number": G(lambda f: "PO" + f.digits(7)),
            "guarantee_days": G(lambda f: f.pick([60, 90])),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["web_emp"],
        1,
        {
            "integration": G(lambda f: f.pick(["Workday", "BambooHR", "Sprout HR", "Greenhouse"])),
            "webhook_url": G(lambda f: "https://hooks.hirebridge.com/in/" + f.hexid(12)),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "connected_by_email": Y(lambda f: f.cur.email, "email"),
            "scopes": Many(G(lambda f: f.pick(["jobs:read", "candidates:write", "offers:read"])), 3),
        },
    ),
    (
        "track",
        "ATS Webhook Received",
        ["go"],
        2,
        {
            "headers": {
                "x-request-id": G(lambda f: f.uuid()),
                "x-hub-signature-256": G(lambda f: "sha256=" + f.hexid(64)),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": G(lambda f: f.pick(["Greenhouse-Webhooks/1.0", "Workday-Integration/2024.1"])),
                "x-forwarded-for": Y(lambda f: f.ipv4() + ", " + f.pick(["10.0.3.17", "172.16.0.4"]), "ip"),
            },
            "event-type": G(lambda f: f.pick(["candidate.hired", "application.updated", "job.closed"])),
            "delivery-attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- e-commerce spec: employer buys packages ---------------------------------------------
    (
        "track",
        "Product List Viewed",
        ["web_emp"],
        2,
        {
            "list_id": G(lambda f: f.pick(["pricing_ph", "pricing_pk", "pricing_ie"])),
            "category": G(lambda f: f.pick(["Job Posts", "Subscriptions", "Screening"])),
            "products": Many(package_item(), 4),
        },
    ),
    (
        "track",
        "Product Added",
        ["web_emp"],
        2,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in package_item().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web_emp"],
        2,
        {
            "order_id": G(lambda f: f.digits(9)),
            "revenue": G(lambda f: money_for(f, 900, 60000)),
            "tax": G(lambda f: money_for(f, 100, 7000)),
            "discount": G(lambda f: f.pick([0, 500, 1000])),
            "coupon": G(lambda f: f.pick(["HIRE10", "BAYANIHAN", "", "EIDHIRING"])),
            "currency": G(lambda f: f.currency(f.cur.country)),
            "products": Many(package_item(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web_emp"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "gcash", "bank_transfer", "easypaisa"])),
            "cardholder_name": Y(C("full"), "name"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["414720", "552213", "377481", "401200"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_postcode": Y(C("postcode"), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web_emp", "node"],
        2,
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money_for(f, 900, 60000)),
            "subtotal": G(lambda f: money_for(f, 900, 60000)),
            "tax": G(lambda f: money_for(f, 100, 7000)),
            "currency": G(lambda f: f.currency(f.cur.country)),
            "coupon": G(lambda f: f.pick(["HIRE10", "", "BAYANIHAN"])),
            "products": Many(package_item(), 3),
            "billing_address": {
                "name": Y(C("full"), "name"),
                "company": G(lambda f: f.pick(EMPLOYERS)),
                "line1": Y(C("street"), "address|street"),
                "line2": Y(lambda f: f.cur.barangay or f.pick(["Floor 3", "Suite 210"]), "address|street"),
                "city": Y(C("city"), "city"),
                "postal_code": Y(C("postcode"), "zipcode"),
                "country": G(lambda f: f.cur.country),
            },
            "invoice_email": Y(C("email"), "email"),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        1,
        {
            "order_id": G(lambda f: f.digits(9)),
            "total": G(lambda f: money_for(f, 900, 60000)),
            "currency": G(lambda f: f.currency(f.cur.country)),
            "reason": G(lambda f: f.pick(["duplicate", "requested_by_customer", "job_cancelled"])),
        },
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        ["node"],
        2,
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(lambda f: "charge.succeeded"),
            "api_version": G(lambda f: "2023-10-16"),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + f.hexid(24)),
                    "amount": G(lambda f: f.r.randint(90000, 6000000)),
                    "currency": G(lambda f: f.pick(["php", "eur", "pkr"])),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
                    "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
                    "status": G(lambda f: "succeeded"),
                    "receipt_email": Y(C("email"), "email"),
                    "billing_details": {
                        "name": Y(C("full"), "name"),
                        "email": Y(C("email"), "email"),
                        "phone": Y(C("phone"), "phone"),
                        "address": {
                            "line1": Y(C("street"), "address|street"),
                            "city": Y(C("city"), "city"),
                            "postal_code": Y(C("postcode"), "zipcode"),
                            "country": G(lambda f: f.cur.country),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                            "country": G(lambda f: f.cur.country),
                        },
                    },
                },
            },
            "livemode": G(lambda f: True),
        },
    ),
    # -- messaging vendors ------------------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        ["node"],
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+639171230000", "HireBridge", "+353861230000"])),
            "To": Y(C("phone"), "phone"),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Your HireBridge code is {c}. Do not share it.",
                        "{c} is your HireBridge verification code",
                        "HireBridge: use {c} to sign in. Valid for 10 min.",
                    ]
                ).format(c=f"{f.r.randint(0, 999999):06d}"),
                "token|secret",
                True,
            ),
            "NumSegments": G(lambda f: 1),
            "ErrorCode": G(lambda f: f.pick([None, 30003, 30005])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["python"],
        3,
        {
            "email": Y(C("email"), "email"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(
                lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8) + "-1-" + f.hexid(8).upper()
            ),
            "smtp-id": G(lambda f: "<" + f.hexid(16) + "@ismtpd0" + f.digits(3) + "p1mdw1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "category": Many(G(lambda f: f.pick(["job_alert", "application_update", "interview_invite"])), 2),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "useragent": G(lambda f: f.pick(UAS)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "web"],
        2,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_role": G(lambda f: f.pick(["candidate", "recruiter"])),
            "text": Y(chat_text, "phone", True),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "char_count": G(lambda f: f.r.randint(20, 200)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        3,
        {
            "form_id": G(lambda f: "quick_apply"),
            "field": G(lambda f: "mobile_number"),
            "value": Y(C("phone"), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(900, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web", "swift"],
        2,
        {
            "input": Y(C("street"), "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "provider": G(lambda f: "google_places"),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Friend Referred",
        ["swift", "kotlin"],
        2,
        {
            "referral_id": G(lambda f: f.uuid()),
            "recipients": Many(
                {
                    "label": Y(lambda f: (f.new_other(), referral_label(f))[1], "name", True),
                    "value": Y(OTHER("phone"), "phone", True),
                    "channel": G(lambda f: f.pick(["sms", "viber", "whatsapp"])),
                },
                3,
            ),
            "job_id": G(lambda f: "JOB-" + f.cur.country + "-" + f.digits(6)),
            "bonus_amount": G(lambda f: f.pick([500, 1000, 2000])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["web"],
        1,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(
                    ["Cannot upload CV", "Refund for job post", "Account locked", "Employer did not pay"]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "The upload button spins forever.",
                        "I was charged twice.",
                        "Please call me back on " + f.cur.phone,
                        "Hindi ko ma-open ang app",
                    ]
                )
            ),
            "requester": {"name": Y(C("full"), "name"), "email": Y(C("email"), "email")},
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["billing", "cv", "login", "employer"])), 2),
        },
    ),
    # -- ads and warehouse -------------------------------------------------------------------
    (
        "track",
        "Lead",
        ["python"],
        2,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: HOSTS[f.cur.country] + "/apply/thank-you"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 120])),
                "currency": G(lambda f: f.pick(["PHP", "PKR", "EUR"])),
                "content_name": G(lambda f: f.pick(TITLES)),
            },
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            "CANDIDATE_ID": G(lambda f: int(f.digits(8))),
            "EMAIL_ADDRESS": Y(C("email"), "email"),
            "FULL_NAME": Y(lambda f: f.cur.full.upper(), "name"),
            "MOBILE_NO": Y(lambda f: "".join(c for c in f.cur.phone if c.isdigit() or c == "+"), "phone"),
            "HOME_CITY": Y(lambda f: f.cur.city.upper(), "city"),
            "SIGNUP_COUNTRY": G(lambda f: f.cur.country),
            "DATE_OF_BIRTH": Y(C("birthdate"), "birthdate"),
            "LAST_APPLIED_AT": G(lambda f: f.iso()),
            "TOTAL_APPLICATIONS": G(lambda f: f.r.randint(0, 140)),
            "IS_PREMIUM": G(lambda f: f.pick([True, False])),
            "LTV_PHP": G(lambda f: money_for(f, 0, 9000)),
            "CHURN_SCORE": G(lambda f: round(f.r.uniform(0, 1), 4)),
            "PREFERRED_JOB_CATEGORY": G(lambda f: f.pick(["BPO", "Healthcare", "IT", "Logistics"])),
            "ACQUISITION_CHANNEL": G(lambda f: f.pick(["paid_social", "organic", "referral", "jobfair"])),
        },
    ),
    # -- pages, screens, alias ------------------------------------------------------------------
    (
        "page",
        "Jobs",
        ["web", "web_emp"],
        4,
        {
            "path": G(lambda f: f.pick(CANDIDATE_PATHS + EMPLOYER_PATHS)),
            "url": G(lambda f: HOSTS[f.cur.country] + f.pick(CANDIDATE_PATHS)),
            "title": G(lambda f: f.pick(["Jobs | HireBridge", "Pricing | HireBridge", "My Profile"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://m.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?q=call+center&l=Makati", "?q=nurse&l=Dublin", "?page=3"])),
            "category": G(lambda f: f.pick(["candidate", "employer"])),
        },
    ),
    (
        "screen",
        "Job Details",
        ["swift", "kotlin", "rn", "flutter"],
        4,
        {
            "name": G(lambda f: f.pick(["Job Details", "Home", "Applications", "Inbox", "Profile"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Search Results", "Notifications"])),
            "load_time_ms": G(lambda f: f.r.randint(80, 3000)),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], 2, None),
]


CLIENT_COUNTRY = {"flutter": "PH"}
EVENT_COUNTRY = {
    "Profile Mukammal": ["PK"],
    "Raket Tinanggap": ["PH"],
    "Right To Work Checked": ["IE"],
    "Government IDs Submitted": ["PH"],
    "Medical Exam Scheduled": ["PH"],
    "Background Check Completed": ["PH"],
    "Pet Sitting Booked": ["IE"],
    "Diversity Survey Completed": ["IE"],
    "Accessibility Accommodation Requested": ["IE", "PH"],
    "Bank Details Added": ["IE", "PK"],
    "Payout Sent": ["PH", "PK"],
    "Offer Accepted": ["PH"],
}


def message(f: HFake, kind: str, event: str | None, client: str, body: Any, labels: dict) -> dict:
    countries = EVENT_COUNTRY.get(event or "")
    f.cur = f.person(f.pick(countries) if countries else CLIENT_COUNTRY.get(client))
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid() if client not in SERVER_LIBS else f.hexid(32)}
    msg["anonymousId"] = f.uuid()
    msg["userId"] = f.pick(["cand_", "usr_", ""]) + f.digits(f.pick([7, 8]))
    msg["timestamp"] = f.iso()
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "emp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if body is not None:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    if client not in SERVER_LIBS:
        msg["sentAt"] = msg["timestamp"]
        msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=238, repeats=12)
    write(Path(__file__).parent, "holdout238_", events, labels)
