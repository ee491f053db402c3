"""Writes holdout230: tests/corpus/holdout230_events.jsonl and holdout230_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only build.py, fake.py and the format
of build_holdout3.py were read. Run: `.venv/bin/python -m tests.corpus.build_holdout230`.

What it covers: the everyday Segment traffic of "Haven", a mental-health crisis support and
telepsychiatry service in Canada, Australia and India. Help-seeker chats, callbacks and
telephony webhooks (Twilio-shaped), risk assessments and questionnaires (C-SSRS, PHQ-9, K10),
safety plans, psychiatrist appointments, session notes and prescriptions, patient records from a
.NET EHR sync in PascalCase, medication reminders and mood check-ins, emergency contacts and
dispatch, referrals, consent and anonymity settings, volunteer counsellor rosters (a kebab-case
rostering webhook, a SCREAMING_SNAKE reverse-ETL sync from the warehouse, a PascalCase payroll
export), insurance claims, donations (Stripe- and Razorpay-shaped), e-commerce spec events for
session packs and workbooks, group calls for EAP employers, alias calls, lifecycle events; a
Quebec partner line with French keys and an Indian state helpline and app with romanised Hindi
keys. Contexts are those of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, the Flutter library and the python/node/go/java/ruby/php/.NET server
libraries. Values are generated per region (CA/AU/IN) with national formats: NANP, Australian
and Indian phone numbers; Canadian, Australian and Indian postcodes and addresses; Luhn-valid
SINs and OHIP numbers; Medicare (AU) numbers with their weighted check digit; TFNs with
their mod-11 check; Aadhaar numbers with their Verhoeff check digit; PANs; ABHA numbers and
addresses; Quebec RAMQ numbers.

Conventions: dotted paths with `[]` for arrays, as portal.events.flatten gives them; only
properties, traits and context are labelled. Every leaf path has one label in every event that
carries it (a path never mixes a person's data with a business's). Each label is
classification (red/yellow/green), type (the reference's matcher name or one of `bank account`,
`geolocation`, `secret`, `national id`, `health id`, `advertising id`, `token`; `a|b` when
either name is fair) and value_only.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the help-seeker or patient, their emergency
  contacts, supports, guardians and dependants, donors, and staff (counsellors, volunteers,
  psychiatrists, GPs, supervisors). Colour is the reference's default for the matcher; outside
  the reference: red for credentials/secrets/tokens, card numbers, bank accounts (UPI VPAs
  included: they address a bank account), government ids and health ids; yellow otherwise.
- Green: ids we issue, UUIDs, numeric ids, SKUs, invoice and receipt numbers, versions,
  timestamps, hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
  product/plan/company/clinic/pharmacy/school names, pets, places that are not the person's,
  regions larger than a city (country, state, province, district/zila), locale, language,
  timezone, currency, user agents, OS-issued analytics device ids. Card brand, last four and
  expiry are green; BSB, transit/institution numbers and IFSC codes are green.
- Policy list: loyalty/member/customer/claim numbers, ages and age bands, marital status, job
  titles, employers, a business's own phone/e-mail/address (helplines, clinics, pharmacies, role
  mailboxes, the called number in a telephony webhook, SMS sender ids), pets, UUID tokens and
  e-mail Message-IDs are green; insurance policy numbers and an insurer's member numbers
  (`identification`), rx numbers (`medication`), pay and hourly rates (`salary`) and ad click
  ids (gclid, fbp, fbc: `advertising id`) are yellow; card/payment tokens (Stripe `pm_`), OTPs,
  sign-in link tokens, eScript tokens (`token`), health numbers (OHIP, RAMQ, Medicare, ABHA,
  MRN: `health id`), identity-document and tax numbers (`national id`/`passport`) and
  right-to-work / visa answers (`visa`) are red.
- Special categories as booleans, enums or scores: anything that itself reveals the person's
  mental or physical health (risk level, suicidal ideation, prior attempt, presenting concern,
  questionnaire totals and severities, mood ratings and tags, a mental-health care plan) is
  `condition` (or `condition|diagnosis`), yellow; religion, sexual orientation, gender and
  pronouns, Indigenous identity (`ethnicity|race`) in their reference colours; disability and
  veteran status red, as in the reference table.
- Decisions where the policy is silent (what a careful privacy owner would want): a field is
  labelled by its own values, not by the fact that the whole service is a mental-health one (an
  appointment id is green even though it implies care); doses and strengths without the drug
  name are green; a practitioner's public registration or provider number (AHPRA, CPSO, Medicare
  provider number) is green, like an NPI; a named staff member's own work e-mail and personal
  mobile are PII, a role mailbox is not; a push-notification device token is red `token`; a
  hash of a person's e-mail sent for ad matching is yellow `email` (it still singles the person
  out to the ad platform); a Working-with-Children-Check number is yellow
  `certificate|identification`; a mail provider's sending-server IP is green (not a person's);
  a city or suburb derived from the caller's number is the person's (yellow `city`).
- value_only is true when the key's own words do not name the type (`value`, `label`, `input`,
  `q`, `From`, `Caller`, `to`, `contact`, `username`, `body`, `description`, free-text notes)
  and only the value reveals it; a value_only PII path holds that PII in every one of its
  values. Free text is labelled by what every one of its values carries: green when none does;
  no path here mixes values with and without PII.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers per region ------------------------------------------------------

FIRST = {
    "CA": [
        "Émilie",
        "Jean-François",
        "Olivia",
        "Liam",
        "Mackenzie",
        "Wei",
        "Harpreet",
        "Aisha",
        "Mathieu",
        "Tanya",
        "Chantal",
        "Kiona",
        "Siobhan",
        "Gurpreet",
        "Darnell",
        "Mei-Ling",
        "Amir",
        "Nathalie",
        "Oluwaseun",
        "Tyler",
        "Ayaan",
        "Geneviève",
    ],
    "AU": [
        "Charlotte",
        "Jack",
        "Mia",
        "Thanh",
        "Nikos",
        "Jarrah",
        "Kirra",
        "Aroha",
        "Siosaia",
        "Ngozi",
        "Matilda",
        "Lachlan",
        "Georgia",
        "Mohammed",
        "Ayesha",
        "Bao",
        "Eleni",
        "Tane",
        "Lily",
        "Cooper",
    ],
    "IN": [
        "Aarav",
        "Ananya",
        "Priyanka",
        "Rohit",
        "Sanjay",
        "Kavya",
        "Arjun",
        "Lakshmi",
        "Fatima",
        "Imran",
        "Gurleen",
        "Meenakshi",
        "Sandeep",
        "Pooja",
        "Deepak",
        "Nandini",
        "Thenmozhi",
        "Vikram",
        "Riya",
        "Abdul",
        "Sneha",
        "Harish",
    ],
}
LAST = {
    "CA": [
        "Tremblay",
        "Gagnon",
        "Roy",
        "Côté",
        "Bouchard",
        "MacDonald",
        "Singh",
        "Wong",
        "Nguyen",
        "Chen",
        "Okonkwo",
        "Cardinal",
        "Bear",
        "Thompson",
        "Leblanc",
        "Gill",
        "Dhillon",
        "Kowalczyk",
        "Fraser",
        "Pelletier",
        "St-Pierre",
    ],
    "AU": [
        "Smith",
        "Nguyen",
        "Papadopoulos",
        "Williams",
        "Tran",
        "Kelly",
        "Brown",
        "Wilson",
        "Taylor",
        "Anderson",
        "Martin",
        "Lee",
        "Khoury",
        "Walker",
        "Rossi",
        "Jones",
        "Hughes",
        "Morgan",
        "Ng",
        "O'Connor",
    ],
    "IN": [
        "Sharma",
        "Patel",
        "Iyer",
        "Reddy",
        "Nair",
        "Gupta",
        "Singh",
        "Khan",
        "Das",
        "Chatterjee",
        "Menon",
        "Kaur",
        "Banerjee",
        "Joshi",
        "Mehta",
        "Pillai",
        "Rao",
        "Verma",
        "Mukherjee",
        "Qureshi",
        "Subramanian",
    ],
}
QC_FIRST = [
    "Émilie",
    "Jean-François",
    "Mathieu",
    "Chantal",
    "Geneviève",
    "Louis",
    "Marie-Ève",
    "Félix",
    "Sophie",
    "Étienne",
    "Nadia",
    "Rosalie",
    "Karim",
    "Maëlle",
]
QC_LAST = [
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
]
CITIES = {
    "CA": [
        "Toronto",
        "Montréal",
        "Vancouver",
        "Calgary",
        "Ottawa",
        "Winnipeg",
        "Halifax",
        "Québec",
        "Saskatoon",
        "Thunder Bay",
        "Surrey",
        "Brampton",
        "Gatineau",
    ],
    "AU": [
        "Sydney",
        "Melbourne",
        "Brisbane",
        "Perth",
        "Adelaide",
        "Hobart",
        "Darwin",
        "Cairns",
        "Geelong",
        "Wagga Wagga",
        "Parramatta",
        "Fremantle",
        "Toowoomba",
    ],
    "IN": [
        "Mumbai",
        "Delhi",
        "Bengaluru",
        "Chennai",
        "Kolkata",
        "Pune",
        "Hyderabad",
        "Lucknow",
        "Jaipur",
        "Kochi",
        "Patna",
        "Indore",
        "Guwahati",
    ],
}
CITY_PROV = {
    "Toronto": "ON",
    "Montréal": "QC",
    "Vancouver": "BC",
    "Calgary": "AB",
    "Ottawa": "ON",
    "Winnipeg": "MB",
    "Halifax": "NS",
    "Québec": "QC",
    "Saskatoon": "SK",
    "Thunder Bay": "ON",
    "Surrey": "BC",
    "Brampton": "ON",
    "Gatineau": "QC",
    "Sydney": "NSW",
    "Melbourne": "VIC",
    "Brisbane": "QLD",
    "Perth": "WA",
    "Adelaide": "SA",
    "Hobart": "TAS",
    "Darwin": "NT",
    "Cairns": "QLD",
    "Geelong": "VIC",
    "Wagga Wagga": "NSW",
    "Parramatta": "NSW",
    "Fremantle": "WA",
    "Toowoomba": "QLD",
    "Mumbai": "Maharashtra",
    "Delhi": "Delhi",
    "Bengaluru": "Karnataka",
    "Chennai": "Tamil Nadu",
    "Kolkata": "West Bengal",
    "Pune": "Maharashtra",
    "Hyderabad": "Telangana",
    "Lucknow": "Uttar Pradesh",
    "Jaipur": "Rajasthan",
    "Kochi": "Kerala",
    "Patna": "Bihar",
    "Indore": "Madhya Pradesh",
    "Guwahati": "Assam",
}
CA_POST = {"ON": "KLMNP", "QC": "GHJ", "BC": "V", "AB": "T", "MB": "R", "NS": "B", "SK": "S"}
AU_POST = {"NSW": "2", "VIC": "3", "QLD": "4", "SA": "5", "WA": "6", "TAS": "7", "NT": "08"}
IN_POST = {
    "Maharashtra": "41",
    "Delhi": "11",
    "Karnataka": "56",
    "Tamil Nadu": "60",
    "West Bengal": "70",
    "Telangana": "50",
    "Uttar Pradesh": "22",
    "Rajasthan": "30",
    "Kerala": "68",
    "Bihar": "80",
    "Madhya Pradesh": "45",
    "Assam": "78",
}
SUBURBS = [
    "Marrickville",
    "Footscray",
    "Fortitude Valley",
    "Subiaco",
    "Glenelg",
    "Sandy Bay",
    "Parramatta",
    "Brunswick",
    "Newtown",
    "Cabramatta",
    "Dandenong",
    "Logan Central",
]
PROVINCES = {
    "CA": ["ON", "QC", "BC", "AB", "MB", "NS", "SK"],
    "AU": ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT"],
    "IN": ["Maharashtra", "Delhi", "Karnataka", "Tamil Nadu", "West Bengal", "Telangana", "Kerala"],
}
TIMEZONES = {
    "CA": ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax", "America/Winnipeg"],
    "AU": [
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Brisbane",
        "Australia/Perth",
        "Australia/Adelaide",
    ],
    "IN": ["Asia/Kolkata"],
}
LOCALES = {"CA": ["en-CA", "fr-CA"], "AU": ["en-AU"], "IN": ["en-IN", "hi-IN"]}
CURRENCY = {"CA": "CAD", "AU": "AUD", "IN": "INR"}
SITE = {"CA": "https://havenline.ca", "AU": "https://havenline.org.au", "IN": "https://havenline.in"}
MAIL_DOMAINS = {
    "CA": ["gmail.com", "hotmail.ca", "outlook.com", "videotron.ca", "yahoo.ca", "icloud.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.in", "hotmail.com"],
}
STAFF_DOMAIN = {"CA": "havenline.ca", "AU": "havenline.org.au", "IN": "havenline.in"}
HELPLINES = {
    "CA": ["988", "1-833-456-4566", "+18334564566", "1 866 277-3553"],
    "AU": ["13 11 14", "1300 22 4636", "1800 55 1800", "+61 2 9000 1400"],
    "IN": ["14416", "1800-891-4416", "+91 22 2754 6669", "+912227546669"],
}
CLINICS = {
    "CA": ["Haven Telepsychiatry Toronto", "Clinique Haven Montréal", "Haven Mental Health Vancouver"],
    "AU": ["Haven Clinic Surry Hills", "Haven Telehealth Melbourne", "Haven Psychiatry Perth"],
    "IN": ["Haven Mind Clinic Bandra", "Haven Wellness Koramangala", "Haven Clinic Anna Nagar"],
}
PHARMACIES = {
    "CA": ["Shoppers Drug Mart #1127", "Pharmaprix 4410", "London Drugs Robson", "Rexall 7812"],
    "AU": ["Chemist Warehouse Bondi", "Priceline Pharmacy Carlton", "TerryWhite Chemmart Subiaco"],
    "IN": ["Apollo Pharmacy Andheri", "MedPlus Jayanagar", "Wellness Forever Pune"],
}
MEDS = [
    "sertraline",
    "escitalopram",
    "fluoxetine",
    "venlafaxine",
    "quetiapine",
    "lithium carbonate",
    "lamotrigine",
    "aripiprazole",
    "methylphenidate",
    "lisdexamfetamine",
    "mirtazapine",
    "olanzapine",
    "bupropion",
    "clonazepam",
    "desvenlafaxine",
]
ICD10 = [
    "F32.1",
    "F33.2",
    "F41.1",
    "F41.0",
    "F43.10",
    "F31.81",
    "F90.0",
    "F60.3",
    "F42.2",
    "F50.0",
    "F43.1",
    "F20.9",
]
CONCERNS = [
    "anxiety",
    "depression",
    "suicidal thoughts",
    "self-harm",
    "grief and loss",
    "psychosis",
    "substance use",
    "eating concerns",
    "panic attacks",
    "trauma",
]
WARNING_SIGNS = [
    "can't sleep for days",
    "stop replying to friends",
    "thinking about the pills again",
    "drinking alone at night",
    "panic attacks before work",
    "feeling numb",
    "urges to cut",
    "the voices getting louder",
    "not eating",
    "crying in the car",
]
PRODUCTS = [
    ("Psychiatric Assessment (60 min)", "CONSULT-INIT-60", "Consultations", 320.0),
    ("Follow-up Consultation (20 min)", "CONSULT-FU-20", "Consultations", 110.0),
    ("Medication Review (30 min)", "MEDREV-30", "Consultations", 150.0),
    ("CBT Workbook: Managing Anxiety", "BK-CBT-ANX", "Books", 29.95),
    ("Mindfulness Audio Course", "DIG-MIND-8W", "Digital", 49.0),
    ("DBT Skills Group (6 weeks)", "GRP-6W-DBT", "Programs", 390.0),
    ("Gift a Session", "GC-SESSION", "Gift Cards", 100.0),
]
COMPANIES = [
    "Maple Leaf Foods",
    "Infosys",
    "University of Melbourne",
    "Shopify",
    "Woolworths Group",
    "Tata Consultancy Services",
    "City of Ottawa",
    "Telstra",
    "Wipro",
    "Desjardins",
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]
ASCII = str.maketrans("éèêëàâçôöûüïîÉ'", "eeeeaacoouuiiE ")


class HFake(Fake):
    """fake.Fake with a current region, so one event's values belong together."""

    region = "CA"
    memo: dict

    def once(self, key, gen):
        """One value per event for fields that repeat it (Twilio's From and Caller)."""
        if key not in self.memo:
            self.memo[key] = gen()
        return self.memo[key]

    def e164(self):
        if self.region == "CA":
            area = self.pick([416, 647, 514, 604, 403, 613, 902])
            return f"+1{area}{self.r.randint(200, 989)}{self.digits(4)}"
        if self.region == "AU":
            return "+614" + self.digits(8)
        return "+91" + str(self.r.randint(6, 9)) + self.digits(9)

    def rfirst(self):
        return self.pick(FIRST[self.region])

    def rlast(self):
        return self.pick(LAST[self.region])

    def rname(self):
        return f"{self.rfirst()} {self.rlast()}"

    def remail(self, first=None, last=None):
        first = (first or self.rfirst()).translate(ASCII).replace(" ", "").lower()
        last = (last or self.rlast()).translate(ASCII).replace(" ", "").replace("-", "").lower()
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}",
                f"{first}_{last}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{first}{self.r.randint(80, 2005)}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[self.region])}"

    def staff_email(self):
        first = self.rfirst().translate(ASCII).replace(" ", "").lower()
        last = self.rlast().translate(ASCII).replace(" ", "").replace("-", "").lower()
        return f"{first}.{last[:1]}@{STAFF_DOMAIN[self.region]}"

    def rphone(self, region=None):
        region = region or self.region
        r = self.r
        if region == "CA":
            area = self.pick([416, 647, 514, 438, 604, 778, 403, 613, 902, 204, 306, 819])
            ex, line = r.randint(200, 989), r.randint(0, 9999)
            return self.pick(
                [
                    f"+1 {area} {ex} {line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                ]
            )
        if region == "AU":
            a, b, c = r.randint(10, 99), r.randint(100, 999), r.randint(100, 999)
            return self.pick(
                [
                    f"04{a} {b} {c}",
                    f"+61 4{a} {b} {c}",
                    f"+614{a}{b}{c}",
                    f"(0{self.pick([2, 3, 7, 8])}) 9{r.randint(100, 999)} {r.randint(1000, 9999)}",
                ]
            )
        head = str(r.randint(6, 9)) + self.digits(4)
        tail = self.digits(5)
        return self.pick([f"+91 {head} {tail}", f"+91{head}{tail}", f"0{head}{tail}", f"{head} {tail}"])

    def postcode(self, region=None):
        region = region or self.region
        if region == "CA":
            a, d = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
            r = self.r
            return (
                f"{self.pick(a)}{r.randint(0, 9)}{self.pick(d)} "
                f"{r.randint(0, 9)}{self.pick(d)}{r.randint(0, 9)}"
            )
        if region == "AU":
            return str(
                self.pick(
                    [2000, 2010, 2040, 2150, 3000, 3011, 3056, 3121, 4000, 4006, 5000, 6008, 6160, 7005, 870]
                )
                + 0
            ).zfill(4)
        return str(
            self.pick(
                [
                    110001,
                    110017,
                    400050,
                    400069,
                    560034,
                    560038,
                    600020,
                    700019,
                    500081,
                    411001,
                    226010,
                    682020,
                ]
            )
        )

    def rcity(self):
        return self.pick(CITIES[self.region])

    def rstreet(self):
        n = self.r.randint(1, 2400)
        if self.region == "CA":
            return self.pick(
                [
                    f"{n} Queen St W",
                    f"{n}, rue Saint-Denis",
                    f"{n} Jasper Ave NW",
                    f"Apt {self.r.randint(101, 2405)}, {n} Bloor St E",
                    f"{n} Robson St",
                    f"{n} Portage Ave",
                ]
            )
        if self.region == "AU":
            return self.pick(
                [
                    f"Unit {self.r.randint(1, 40)}/{n} Smith St",
                    f"{n} George St",
                    f"{n} Chapel St",
                    f"{n} Hay St",
                    f"{n} Sturt Rd",
                    f"{n} Brunswick St",
                ]
            )
        return self.pick(
            [
                f"Flat {self.r.randint(101, 904)}, Sai Residency, MG Road",
                f"H.No. {self.r.randint(1, 20)}-{self.r.randint(1, 9)}-{n}, Mehdipatnam",
                f"B-{self.r.randint(1, 300)}, Sector {self.r.randint(1, 120)}",
                f"{n}, 4th Cross, Indiranagar",
                f"Plot {self.r.randint(1, 90)}, Anna Nagar West",
                f"{self.r.randint(1, 80)}/{self.r.randint(1, 9)} Salt Lake Sector V",
            ]
        )

    def home(self):
        """The person's city, province and a postcode that fits them, one per event."""

        def make():
            city = self.rcity()
            prov = CITY_PROV[city]
            if self.region == "CA":
                letter = self.pick(CA_POST[prov])
                return city, prov, letter + self.postcode("CA")[1:]
            if self.region == "AU":
                prefix = AU_POST[prov]
                return city, prov, prefix + f"{self.r.randint(0, 99):03d}"[-(4 - len(prefix)) :]
            return city, prov, f"{IN_POST[prov]}{self.r.randint(0, 9999):04d}"

        return self.once("home", make)

    def full_address(self):
        city, prov, code = self.home()
        return f"{self.rstreet()}, {city} {prov} {code}"

    def rdate(self, start=1950, end=2008):
        return self.date(start, end)

    # -- national and health numbers -------------------------------------------------------------

    def sin(self):
        number = self.luhn_complete(str(self.pick([1, 2, 3, 4, 5, 6, 7])) + self.digits(7))
        return self.pick(
            [number, f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"]
        )

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            digits = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(8)]
            if sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0:
                s = "".join(map(str, digits))
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def aadhaar(self):
        d = [
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
        p = [
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
            [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
            [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
            [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
            [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
            [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
            [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
        ]
        inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
        body = str(self.r.randint(2, 9)) + self.digits(10)
        c = 0
        for i, ch in enumerate(reversed(body)):
            c = d[c][p[(i + 1) % 8][int(ch)]]
        number = body + str(inv[c])
        return self.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}"])

    def pan(self, last=None):
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        initial = (last or self.rlast())[0].upper()
        return (
            "".join(self.pick(letters) for _ in range(3))
            + "P"
            + initial
            + self.digits(4)
            + self.pick(letters)
        )

    def ohip(self):
        number = self.luhn_complete(self.digits(9))
        version = self.pick(["", "AB", "KX", "ZT", "MH"])
        return self.pick(
            [
                f"{number[:4]}-{number[4:7]}-{number[7:]}{'-' + version if version else ''}",
                f"{number} {version}".strip(),
                number + version,
            ]
        )

    def ramq(self, first=None, last=None):
        last = (last or self.pick(QC_LAST)).translate(ASCII).upper().replace("-", "")
        first = (first or self.pick(QC_FIRST)).translate(ASCII).upper()
        yy, mm, dd = self.r.randint(40, 99), self.r.randint(1, 12) + self.pick([0, 50]), self.r.randint(1, 28)
        return f"{last[:3]}{first[0]} {yy:02d}{mm:02d} {dd:02d}{self.r.randint(10, 99)}"

    def medicare_au(self):
        weights = [1, 3, 7, 9, 1, 3, 7, 9]
        digits = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 10
        s = "".join(map(str, digits)) + str(check) + str(self.r.randint(1, 9))
        irn = str(self.r.randint(1, 5))
        return self.pick([f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]} {s[4:9]} {s[9]}-{irn}"])

    def abha(self):
        s = "91" + self.digits(12)
        return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"

    def health_number(self):
        if self.region == "CA":
            return self.pick([self.ohip(), self.ohip(), self.ramq()])
        if self.region == "AU":
            return self.medicare_au()
        return self.abha()

    def national_tax_id(self):
        return {"CA": self.sin, "AU": self.tfn, "IN": self.pan}[self.region]()

    def bank_routing(self):
        if self.region == "CA":
            return f"{self.digits(5)}-{self.pick(['001', '002', '003', '004', '006', '815'])}"
        if self.region == "AU":
            return f"{self.pick(['062', '063', '082', '083', '033', '013'])}-{self.r.randint(0, 999):03d}"
        return self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + self.digits(6)

    def bank_account_no(self):
        return {
            "CA": lambda: self.digits(7),
            "AU": lambda: self.digits(self.pick([8, 9])),
            "IN": lambda: self.digits(self.pick([11, 12, 14])),
        }[self.region]()

    def vpa(self):
        first = self.rfirst().translate(ASCII).lower()
        handle = self.pick(
            [
                f"{first}.{self.rlast().lower()}",
                self.rphone("IN")[-10:].replace(" ", ""),
                f"{first}{self.r.randint(1, 999)}",
            ]
        )
        return f"{handle}@{self.pick(['okhdfcbank', 'oksbi', 'ybl', 'paytm', 'okicici', 'ibl'])}"

    def passport_no(self):
        if self.region == "CA":
            return self.pick(["AB", "GA", "HK", "AN"]) + self.digits(6)
        if self.region == "AU":
            return self.pick(["PA", "PB", "N", "RA"]) + self.digits(7)
        return self.pick("JKLMNPRSTUVWZ") + self.digits(7)

    def money_r(self, lo, hi):
        scale = 60 if self.region == "IN" else 1
        return round(self.r.uniform(lo, hi) * scale, 2)

    def sha256(self):
        return self.hexid(64)

    def alnum(self, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
        return "".join(self.pick(alphabet) for _ in range(n))

    def urlsafe(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def ts(self):
        return self.iso()


def pick(*items):
    return lambda f: f.pick(list(items))


def intn(lo, hi):
    return lambda f: f.r.randint(lo, hi)


# -- contexts of the client libraries ------------------------------------------------------------

WEB_PAGES = [
    ("/", "Haven — you don't have to go through it alone"),
    ("/chat", "Chat with a counsellor"),
    ("/get-help", "Get help now"),
    ("/donate", "Donate | Haven"),
    ("/book", "Book a psychiatrist"),
    ("/account", "My account"),
    ("/volunteer", "Volunteer with Haven"),
]


def web_context(f: HFake):
    path, title = f.pick(WEB_PAGES)
    return {
        "library": {"name": G(pick("analytics.js")), "version": G(pick("npm:next-1.70.0", "next-1.72.1"))},
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                pick("https://www.google.com/", "", "https://www.instagram.com/", "https://t.co/x4Lq")
            ),
            "search": G(pick("", "?utm_source=instagram&utm_medium=social", "?lang=fr", "?ref=footer")),
            "title": G(lambda f: title),
            "url": G(lambda f: SITE[f.region] + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "99", "8")),
                },
                3,
            ),
            "mobile": G(pick(True, False)),
            "platform": G(pick("Windows", "Android", "macOS")),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(pick("r_u_ok_day", "movember_2024", "world_mental_health_day", "giving_tuesday")),
            "source": G(pick("instagram", "google", "newsletter", "tiktok")),
            "medium": G(pick("social", "cpc", "email")),
            "content": G(pick("reel_03", "carousel_b", "text_link")),
        },
    }


def swift_context(f: HFake):
    idfa = f.pick([f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"])
    return {
        "app": {
            "name": G(pick("HavenMD")),
            "version": G(pick("4.2.0", "4.3.1", "4.3.2")),
            "build": G(pick("4200", "4310", "4321")),
            "namespace": G(pick("org.havenline.md")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(pick("iPhone14,7", "iPhone15,4", "iPhone13,2", "iPhone16,1")),
            "name": G(pick("iPhone")),
            "type": G(pick("ios")),
            "adTrackingEnabled": G(lambda f: idfa[0] != "0"),
            "advertisingId": Y(lambda f: idfa, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430)), "height": G(pick(844, 852, 932))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.remail(), "email"),
            "firstName": Y(lambda f: f.rfirst(), "name"),
        },
    }


def kotlin_context(f: HFake):
    return {
        "app": {
            "name": G(pick("HavenMD")),
            "version": G(pick("4.2.0", "4.3.1")),
            "build": G(pick("4200", "4310")),
            "namespace": G(pick("org.havenline.md")),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(pick("samsung", "Google", "OnePlus", "Xiaomi")),
            "model": G(pick("SM-A546E", "Pixel 8", "CPH2581", "23049PCD8I")),
            "name": G(pick("a54x", "shiba", "OP5961L1", "fire")),
            "type": G(pick("android")),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.16.3", "1.17.0"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "CA": ["Rogers", "Bell", "TELUS"],
                        "AU": ["Telstra", "Optus"],
                        "IN": ["Jio 4G", "Airtel", "Vi India"],
                    }[f.region]
                )
            ),
            "bluetooth": G(pick(False)),
        },
        "os": {"name": G(pick("Android")), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 2.75, 3.0)),
            "width": G(pick(1080)),
            "height": G(pick(2340, 2400)),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-38, 53), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, 151), 6), "geolocation"),
            "speed": G(pick(0.0, 1.2, 0.4)),
        },
        "traits": {
            "email": Y(lambda f: f.remail(), "email"),
            "firstName": Y(lambda f: f.rfirst(), "name"),
        },
    }


def rn_context(f: HFake):
    return {
        "app": {
            "name": G(pick("Haven")),
            "version": G(pick("2.8.0", "2.9.1", "2.9.3")),
            "build": G(pick("208", "291", "293")),
            "namespace": G(pick("org.havenline.app")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "motorola")),
            "model": G(pick("iPhone13,4", "SM-G991B", "moto g54 5G")),
            "name": G(pick("iPhone", "o1s", "cancunf")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(pick("analytics-react-native")), "version": G(pick("2.19.2", "2.20.3"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "13"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def flutter_context(f: HFake):
    return {
        "app": {
            "name": G(pick("Haven Saathi")),
            "version": G(pick("1.4.0", "1.5.2")),
            "build": G(pick("40", "52")),
            "namespace": G(pick("in.havenline.saathi")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("Xiaomi", "vivo", "samsung", "realme")),
            "model": G(pick("Redmi Note 12", "V2207", "SM-M146B", "RMX3710")),
            "type": G(pick("android")),
        },
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.4", "1.1.7"))},
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {"wifi": G(pick(True, False))},
        "os": {"name": G(pick("Android")), "version": G(pick("13", "14", "12"))},
        "screen": {"width": G(pick(1080, 720)), "height": G(pick(2400, 1600))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: HFake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python"):
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
            out["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib == "dotnet":
            out["timezone"] = G(lambda f: f.pick(TIMEZONES[f.region]))
        if lib == "java":
            out["active"] = G(pick(False))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- value generators for free text ----------------------------------------------------------------


def callback_instructions(f: HFake) -> str:
    n = f.rfirst()
    return f.pick(
        [
            f"Ask for {n}, don't leave a voicemail",
            f"If {n}'s partner answers say it's the pharmacy",
            f"Call {n} after 7pm, at work until then",
            f"{n} prefers Hindi, please",
            f"Ring twice and ask for {n}",
            f"{n} shares the phone with her mum, be discreet",
        ]
    )


def sms_body(f: HFake) -> str:
    return f.pick(
        [
            f"Hi {f.rfirst()}, reminder of your video appointment with Dr {f.rlast()} tomorrow at "
            f"{f.r.randint(8, 17)}:{f.pick(['00', '30'])}. Reply C to confirm.",
            f"{f.rfirst()}, your session with Dr {f.rlast()} starts in 15 min. Join: https://md.havenline.app/j/"
            + f.alnum(6),
            f"Hi {f.rfirst()}, Dr {f.rlast()} has sent your prescription to your pharmacy.",
        ]
    )


def ticket_description(f: HFake) -> str:
    e = f.remail()
    return f.pick(
        [
            f"Hi, I changed my email to {e}, please update my account.",
            f"Can you send the receipt to {e}? Thanks",
            f"I can't log in with {e}, it says the link expired",
            f"Please cancel my subscription. Account email {e}",
            f"My partner ({e}) was charged twice for the same session",
        ]
    )


def handover_note(f: HFake) -> str:
    n = f.rfirst()
    return f.pick(
        [
            f"{n} agreed to call back tomorrow, safety plan reviewed",
            f"Spoke with {n} for 40 min, sister {f.rfirst()} is staying over tonight",
            f"{n} declined referral for now, follow up Thursday",
            f"Warm transfer of {n} to the youth line",
            f"{n} is safe, GP appointment booked",
        ]
    )


# -- events: (kind, event or page/screen name, clients, regions, weight, body) --------------------

ALL = ("CA", "AU", "IN")


def products():
    return Many(
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.pick(PRODUCTS)[1]),
            "name": G(lambda f: f.pick(PRODUCTS)[0]),
            "category": G(lambda f: f.pick(PRODUCTS)[2]),
            "price": G(lambda f: f.money_r(20, 400)),
            "quantity": G(intn(1, 3)),
        },
        3,
    )


EVENTS = [
    # -- help-seeker web and app traffic -----------------------------------------------------------
    (
        "page",
        "Get Help",
        ("web",),
        ALL,
        8,
        {
            "name": G(pick("Get Help", "Chat", "Home", "Donate")),
            "path": G(pick("/get-help", "/chat", "/", "/donate")),
            "url": G(lambda f: SITE[f.region] + f.pick(["/get-help", "/chat", "/"])),
            "title": G(pick("Get help now", "Chat with a counsellor", "Haven")),
            "referrer": G(pick("https://www.google.com/", "", "https://www.reddit.com/")),
            "search": G(pick("", "?utm_source=google", "?lang=hi")),
        },
    ),
    (
        "screen",
        "Safety Plan",
        ("ios", "android", "rn", "flutter"),
        ALL,
        6,
        {
            "from_screen": G(pick("Home", "Chat Ended", "Notifications")),
            "tab": G(pick("plan", "contacts", "coping")),
        },
    ),
    (
        "track",
        "Application Opened",
        ("ios", "android", "rn"),
        ALL,
        3,
        {
            "from_background": G(pick(True, False)),
            "referring_application": G(pick("com.apple.mobilesafari", "com.google.android.gm", "")),
            "url": G(pick("", "haven://chat", "haven://checkin?src=push")),
            "version": G(pick("2.9.1", "4.3.1", "4.2.0")),
            "build": G(pick("291", "4310", "4200")),
        },
    ),
    (
        "track",
        "Application Updated",
        ("ios", "android", "rn"),
        ALL,
        1,
        {
            "previous_version": G(pick("2.8.0", "4.2.0", "4.1.5")),
            "previous_build": G(pick("208", "4200", "4150")),
            "version": G(pick("2.9.1", "4.3.1", "4.2.0")),
            "build": G(pick("291", "4310", "4200")),
        },
    ),
    (
        "track",
        "Chat Requested",
        ("web", "rn"),
        ALL,
        5,
        {
            "chat_id": G(lambda f: f.uuid()),
            "queue": G(pick("general", "youth", "text", "french", "hindi", "tamil")),
            "entry_point": G(pick("homepage_button", "crisis_banner", "app_home", "push")),
            "wait_estimate_sec": G(intn(20, 1800)),
            "anonymous": G(pick(True, False)),
            "nickname": Y(lambda f: f.rfirst(), "name"),
            "age_range": G(pick("under 18", "18-24", "25-34", "35-54", "55+")),
            "postcode_provided": G(pick(True, False)),
            "immediate_danger": Y(pick("yes", "no", "unsure"), "condition"),
            "presenting_concern": Y(lambda f: f.pick(CONCERNS), "condition"),
            "language": G(pick("en", "fr", "hi", "ta")),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ("web", "rn"),
        ALL,
        6,
        {
            "chat_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(20)),
            "sender_role": G(pick("help_seeker", "counsellor")),
            "char_count": G(intn(2, 600)),
            "seq": G(intn(1, 140)),
            "contains_link": G(pick(True, False)),
            "typing_duration_ms": G(intn(400, 90000)),
        },
    ),
    (
        "track",
        "Quick Reply Sent",
        ("web",),
        ALL,
        2,
        {
            "chat_id": G(lambda f: f.uuid()),
            "template_id": G(pick("qr_welcome", "qr_grounding", "qr_hold", "qr_close")),
            "text": G(
                pick(
                    "You're not alone. We're here with you.",
                    "Let's try a grounding exercise together: name five things you can see.",
                    "Thanks for waiting, I'm just reading back through what you've shared.",
                    "Is it okay if I ask you a few questions about your safety?",
                )
            ),
            "counsellor_id": G(lambda f: "c_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Chat Ended",
        ("node",),
        ALL,
        4,
        {
            "chat_id": G(lambda f: f.uuid()),
            "duration_sec": G(intn(60, 5400)),
            "ended_by": G(pick("help_seeker", "counsellor", "system")),
            "outcome": G(pick("completed", "disconnected", "transferred", "timed_out")),
            "counsellor_id": G(lambda f: "c_" + f.digits(5)),
            "counsellor_display_name": Y(lambda f: f"{f.rfirst()} {f.rlast()[0]}.", "name"),
            "csat": G(intn(1, 5)),
            "wait_time_sec": G(intn(5, 2400)),
            "handover_note": Y(handover_note, "name", True),
        },
    ),
    (
        "track",
        "Callback Requested",
        ("web", "flutter"),
        ALL,
        4,
        {
            "callback_id": G(lambda f: f.uuid()),
            "callback_number": Y(lambda f: f.rphone(), "phone"),
            "preferred_window": G(pick("morning", "afternoon", "evening", "asap")),
            "ok_to_leave_voicemail": G(pick(True, False)),
            "callback_instructions": Y(callback_instructions, "name", True),
            "language": G(pick("en", "fr", "hi", "ta")),
            "queue_position": G(intn(1, 60)),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        ("go",),
        ALL,
        5,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(pick("AC3f9d2c0a7b5e41d8a6c0f1e2d3b4a5c6")),
            "From": Y(lambda f: f.once("caller", f.e164), "phone", True),
            "Caller": Y(lambda f: f.once("caller", f.e164), "phone", True),
            "To": G(lambda f: f.once("called", lambda: f.pick(HELPLINES[f.region]))),
            "Called": G(lambda f: f.once("called", lambda: f.pick(HELPLINES[f.region]))),
            "CallStatus": G(pick("ringing", "in-progress")),
            "Direction": G(pick("inbound")),
            "FromCity": Y(lambda f: f.rcity().upper(), "city"),
            "FromState": G(lambda f: f.pick(PROVINCES[f.region])),
            "FromZip": Y(lambda f: f.postcode(), "zipcode"),
            "FromCountry": G(lambda f: f.region),
            "CallerName": Y(lambda f: f.rname().upper(), "name"),
            "ApiVersion": G(pick("2010-04-01")),
        },
    ),
    (
        "track",
        "Call Completed",
        ("go",),
        ALL,
        4,
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "queue": G(pick("general", "youth", "veterans", "french")),
            "talk_time_sec": G(intn(30, 4800)),
            "hold_time_sec": G(intn(0, 900)),
            "transferred": G(pick(True, False)),
            "recording_consent": G(pick(True, False)),
            "proxy_number": G(lambda f: f.rphone()),
            "agent_id": G(lambda f: "c_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Risk Assessment Completed",
        ("python",),
        ALL,
        4,
        {
            "assessment_id": G(lambda f: f.uuid()),
            "chat_id": G(lambda f: f.uuid()),
            "tool": G(pick("C-SSRS screener", "ASQ", "SAFE-T")),
            "tool_version": G(pick("2.1", "1.0")),
            "suicidal_ideation": Y(pick(True, False), "condition"),
            "ideation_with_plan": Y(pick(True, False), "condition"),
            "access_to_means": Y(pick(True, False), "condition"),
            "prior_attempt": Y(pick(True, False), "condition"),
            "risk_level": Y(pick("low", "moderate", "high", "imminent"), "condition"),
            "protective_factors_count": G(intn(0, 6)),
            "duration_sec": G(intn(120, 1500)),
            "assessed_by": G(lambda f: "c_" + f.digits(5)),
            "follow_up_required": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Safety Plan Saved",
        ("rn", "ios"),
        ALL,
        3,
        {
            "plan_id": G(lambda f: f.uuid()),
            "plan_version": G(intn(1, 9)),
            "warning_signs": Many(Y(lambda f: f.pick(WARNING_SIGNS), "condition", True), 3),
            "coping_strategies": Many(
                G(
                    pick(
                        "go for a walk",
                        "listen to music",
                        "cold shower",
                        "box breathing",
                        "play guitar",
                        "watch a comfort show",
                    )
                ),
                3,
            ),
            "reasons_for_living": Many(
                G(
                    pick(
                        "my kids",
                        "my dog Biscuit",
                        "finishing my degree",
                        "my cat Mango",
                        "Nani",
                        "seeing the ocean again",
                        "my band",
                    )
                ),
                3,
            ),
            "supports": Many(
                {
                    "name": Y(lambda f: f.rname(), "name"),
                    "phone": Y(lambda f: f.rphone(), "phone"),
                    "relationship": G(pick("sister", "friend", "mum", "partner", "cousin", "teacher")),
                },
                3,
            ),
            "professional_contacts": Many(
                {
                    "clinic_name": G(lambda f: f.pick(CLINICS[f.region])),
                    "clinic_phone": G(lambda f: f.rphone()),
                },
                2,
            ),
            "safe_environment_steps": G(intn(0, 5)),
            "shared_with_counsellor": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ("flutter", "android"),
        ALL,
        3,
        {
            "contact_id": G(lambda f: f.uuid()),
            "relationship": G(pick("parent", "spouse", "sibling", "friend", "roommate")),
            "emergency_contact_name": Y(lambda f: f.rname(), "name"),
            "emergency_contact_phone": Y(lambda f: f.rphone(), "phone"),
            "emergency_contact_email": Y(lambda f: f.remail(), "email"),
            "is_primary": G(pick(True, False)),
            "contact_count": G(intn(1, 3)),
        },
    ),
    (
        "track",
        "Trusted Contact Picked",
        ("rn",),
        ALL,
        3,
        {
            "selected": {
                "label": Y(lambda f: f.rname(), "name", True),
                "value": Y(lambda f: f.rphone(), "phone", True),
            },
            "source": G(pick("device_contacts")),
            "contacts_permission": G(pick("granted", "limited")),
        },
    ),
    (
        "track",
        "Emergency Services Dispatched",
        ("java",),
        ALL,
        2,
        {
            "incidentId": G(lambda f: "INC-" + f.digits(7)),
            "dispatchAgency": G(
                lambda f: f.pick(
                    {
                        "CA": ["Toronto Police Service", "Urgences-santé", "BC EHS"],
                        "AU": ["NSW Ambulance", "Victoria Police", "QAS"],
                        "IN": ["Dial 112 Maharashtra", "Bengaluru Police Control Room"],
                    }[f.region]
                )
            ),
            "reasonCode": Y(
                pick("imminent_suicide_risk", "overdose_in_progress", "self_harm_injury"), "condition"
            ),
            "latitude": Y(lambda f: round(f.r.uniform(-37.9, 49.3), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123.2, 151.3), 6), "geolocation"),
            "accuracyMeters": G(intn(3, 1500)),
            "addressGiven": Y(lambda f: f.full_address(), "address"),
            "locationSource": G(pick("gps", "caller_provided", "carrier")),
            "etaMinutes": G(intn(4, 40)),
            "consentObtained": G(pick(True, False)),
            "supervisorId": G(lambda f: "c_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Location Shared",
        ("ios", "android"),
        ALL,
        2,
        {
            "lat": Y(lambda f: round(f.r.uniform(-37.9, 49.3), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-123.2, 151.3), 6), "geolocation"),
            "geohash": Y(lambda f: f.alnum(9, "0123456789bcdefghjkmnpqrstuvwxyz"), "geolocation"),
            "horizontal_accuracy": G(intn(5, 80)),
            "share_reason": G(pick("counsellor_request", "sos_button")),
            "shared_with": G(pick("counsellor", "emergency_services")),
        },
    ),
    (
        "track",
        "Bot Prompt Answered",
        ("web", "rn"),
        ALL,
        3,
        {
            "bot": G(pick("triage-bot")),
            "prompt_id": G(pick("ask_postcode")),
            "prompt": G(pick("What's your postcode so we can find services near you?")),
            "input": Y(lambda f: f.postcode(), "zipcode", True),
            "attempt": G(intn(1, 3)),
            "response_ms": G(intn(900, 60000)),
        },
    ),
    (
        "track",
        "Anonymity Settings Changed",
        ("rn", "web"),
        ALL,
        2,
        {
            "anonymous_mode": G(pick(True, False)),
            "share_location": G(pick(True, False)),
            "store_transcripts": G(pick(True, False)),
            "display_name_visible": G(pick(True, False)),
            "fields_hidden": G(intn(0, 6)),
            "setting_changed": G(pick("anonymous_mode", "share_location", "store_transcripts")),
        },
    ),
    (
        "track",
        "Consent Updated",
        ("web", "ios"),
        ALL,
        2,
        {
            "consent_id": G(lambda f: f.uuid()),
            "consent_type": G(pick("telehealth", "recording", "research", "share_with_gp")),
            "granted": G(pick(True, False)),
            "policy_version": G(pick("2024-03", "2024-07")),
            "guardian_name": Y(lambda f: f.rname(), "name"),
            "guardian_relationship": G(pick("mother", "father", "legal guardian")),
            "signed_at": G(lambda f: f.ts()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Mood Check-in Logged",
        ("flutter", "rn"),
        ALL,
        5,
        {
            "checkin_id": G(lambda f: f.uuid()),
            "mood_score": Y(intn(1, 10), "condition"),
            "tags": Many(Y(pick("anxious", "low", "irritable", "hopeless", "calm", "numb"), "condition"), 3),
            "journal_length": G(intn(0, 1200)),
            "streak_days": G(intn(0, 120)),
            "reminder_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Breathing Exercise Completed",
        ("rn", "flutter"),
        ALL,
        3,
        {
            "exercise_id": G(pick("box_4x4", "478", "physiological_sigh")),
            "exercise_name": G(pick("Box breathing", "4-7-8 breathing", "Physiological sigh")),
            "duration_sec": G(intn(60, 600)),
            "completed": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Questionnaire Submitted",
        ("web", "python"),
        ALL,
        4,
        {
            "questionnaire": G(pick("PHQ-9", "GAD-7", "K10")),
            "questionnaire_version": G(pick("1.0", "2023")),
            "total_score": Y(intn(0, 27), "condition"),
            "severity": Y(pick("minimal", "mild", "moderate", "moderately severe", "severe"), "condition"),
            "item_9_response": Y(intn(0, 3), "condition"),
            "completed_in_sec": G(intn(40, 600)),
            "administered_by": G(pick("self", "counsellor")),
        },
    ),
    (
        "track",
        "NPS Submitted",
        ("web", "rn"),
        ALL,
        2,
        {
            "score": G(intn(0, 10)),
            "comment": G(
                pick(
                    "Thank you, it really helped",
                    "Waited too long in the queue",
                    "Counsellor was kind",
                    "",
                    "App kept logging me out",
                )
            ),
            "survey_id": G(pick("nps_2024_q2", "nps_2024_q3")),
        },
    ),
    # -- telepsychiatry ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ("ios", "android", "web"),
        ALL,
        5,
        {
            "firstName": Y(lambda f: f.rfirst(), "name"),
            "lastName": Y(lambda f: f.rlast(), "name"),
            "email": Y(lambda f: f.remail(), "email"),
            "phone": Y(lambda f: f.rphone(), "phone"),
            "birthday": Y(lambda f: f.rdate(1950, 2006), "birthdate"),
            "age": G(intn(18, 74)),
            "gender": Y(pick("female", "male", "non-binary", "woman", "man"), "gender"),
            "pronouns": Y(pick("she/her", "he/him", "they/them"), "gender"),
            "address": {
                "street": Y(lambda f: f.rstreet(), "street|address"),
                "city": Y(lambda f: f.home()[0], "city"),
                "state": G(lambda f: f.home()[1]),
                "postalCode": Y(lambda f: f.home()[2], "zipcode"),
                "country": G(lambda f: f.region),
            },
            "preferredLanguage": G(pick("en", "fr", "hi", "ta", "pa")),
            "maritalStatus": G(pick("single", "married", "separated", "de facto")),
            "employer": G(lambda f: f.pick(COMPANIES)),
            "jobTitle": G(pick("Nurse", "Software Engineer", "Student", "Teacher", "Retail Assistant")),
            "createdAt": G(lambda f: f.ts()),
            "plan": G(pick("pay_per_visit", "care_plus", "eap")),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "marketingOptIn": G(pick(True, False)),
            "emergencyContactsCount": G(intn(0, 3)),
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        ALL,
        3,
        {
            "PatientId": G(lambda f: f.digits(7)),
            "FirstName": Y(lambda f: f.rfirst(), "name"),
            "LastName": Y(lambda f: f.rlast(), "name"),
            "Email": Y(lambda f: f.remail(), "email"),
            "MobilePhone": Y(lambda f: f.rphone(), "phone"),
            "DateOfBirth": Y(lambda f: f.rdate(1945, 2006) + "T00:00:00", "birthdate"),
            "Sex": Y(pick("F", "M", "X"), "sex|gender"),
            "HealthCardNumber": RED(lambda f: f.health_number(), "health id"),
            "HealthCardProvince": G(lambda f: f.pick(PROVINCES[f.region])),
            "Mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "PrimaryCareProvider": Y(lambda f: f"Dr. {f.rfirst()} {f.rlast()}", "name"),
            "PreferredPharmacy": G(lambda f: f.pick(PHARMACIES[f.region])),
            "InsuranceProvider": G(
                lambda f: f.pick(
                    {
                        "CA": ["Sun Life", "Manulife", "Canada Life"],
                        "AU": ["Bupa", "Medibank", "HCF"],
                        "IN": ["Star Health", "HDFC ERGO", "Niva Bupa"],
                    }[f.region]
                )
            ),
            "InsuranceMemberId": Y(lambda f: f.pick(["", "M", "SL"]) + f.digits(9), "identification"),
            "IsVeteran": RED(pick(True, False), "veteran"),
            "CreatedUtc": G(lambda f: f.ts()),
            "RecordVersion": G(intn(1, 40)),
        },
    ),
    (
        "track",
        "Intake Form Completed",
        ("web",),
        ALL,
        3,
        {
            "intake_id": G(lambda f: f.uuid()),
            "allergies": Many(
                Y(pick("penicillin", "sulfa drugs", "latex", "none known", "peanuts"), "allergy"), 2
            ),
            "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "previous_diagnoses": Many(
                Y(
                    pick(
                        "major depressive disorder",
                        "generalised anxiety disorder",
                        "bipolar II",
                        "ADHD",
                        "PTSD",
                        "anorexia nervosa",
                    ),
                    "diagnosis",
                ),
                2,
            ),
            "substance_use": Y(
                pick("none", "alcohol weekly", "cannabis daily", "alcohol daily"), "condition"
            ),
            "pregnant": Y(pick(True, False), "condition"),
            "gp_name": Y(lambda f: f"Dr {f.rfirst()} {f.rlast()}", "name"),
            "gp_clinic": G(
                lambda f: f.pick(
                    [
                        "Bloor West Family Health",
                        "Surry Hills Medical Centre",
                        "Fortis Clinic Vasant Kunj",
                        "CLSC Plateau-Mont-Royal",
                    ]
                )
            ),
            "gp_phone": G(lambda f: f.rphone()),
            "spiritual_care_preference": Y(
                pick("Sikh", "Hindu", "Muslim", "Christian", "Jewish", "Buddhist", "none"), "religion"
            ),
            "sexual_orientation": Y(
                pick("heterosexual", "gay", "lesbian", "bisexual", "queer", "prefer not to say"),
                "sexual orientation",
            ),
            "indigenous_status": Y(
                pick(
                    "First Nations",
                    "Métis",
                    "Inuit",
                    "Aboriginal",
                    "Torres Strait Islander",
                    "No",
                    "Prefer not to say",
                ),
                "ethnicity|race",
            ),
            "hearing_impaired": RED(pick(True, False), "disability"),
            "interpreter_needed": G(pick(True, False)),
            "pages_completed": G(intn(1, 8)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ("web", "ios"),
        ALL,
        5,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "clinician_id": G(lambda f: "dr_" + f.digits(4)),
            "clinician_name": Y(lambda f: f"Dr {f.rfirst()} {f.rlast()}", "name"),
            "specialty": G(pick("psychiatry", "child and adolescent psychiatry", "psychology")),
            "appointment_type": G(pick("initial_assessment", "follow_up", "medication_review")),
            "start_time": G(lambda f: f.ts()),
            "duration_min": G(pick(20, 30, 60)),
            "modality": G(pick("video", "phone")),
            "price": G(lambda f: f.money_r(80, 420)),
            "currency": G(lambda f: CURRENCY[f.region]),
            "funded_by": G(pick("provincial_plan", "medicare_bulk_billed", "self_pay", "insurer", "eap")),
            "reason_for_visit": Y(
                pick(
                    "ADHD assessment",
                    "postpartum depression",
                    "bipolar medication review",
                    "panic disorder",
                    "OCD follow-up",
                    "insomnia and low mood",
                ),
                "condition|diagnosis",
            ),
            "first_appointment": G(pick(True, False)),
            "referral_id": G(lambda f: "REF-" + f.digits(6)),
        },
    ),
    (
        "track",
        "Video Session Started",
        ("node",),
        ALL,
        4,
        {
            "sessionId": G(lambda f: f.uuid()),
            "roomSid": G(lambda f: "RM" + f.hexid(32)),
            "participantCount": G(intn(2, 3)),
            "clinicianId": G(lambda f: "dr_" + f.digits(4)),
            "patientJoinedAt": G(lambda f: f.epoch_ms()),
            "networkQuality": G(intn(1, 5)),
            "videoCodec": G(pick("VP8", "H264")),
            "participantIp": Y(lambda f: f.ipv4(), "ip"),
            "browser": G(pick("Chrome 124", "Safari 17.4", "Edge 124")),
        },
    ),
    (
        "track",
        "Session Note Signed",
        ("java",),
        ALL,
        4,
        {
            "noteId": G(lambda f: f.uuid()),
            "encounterId": G(lambda f: f.digits(9)),
            "clinicianId": G(lambda f: "dr_" + f.digits(4)),
            "diagnosisCodes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
            "signedUtc": G(lambda f: f.ts()),
            "wordCount": G(intn(120, 2400)),
            "templateName": G(pick("Psychiatric Intake v3", "Follow-up SOAP", "Medication Review")),
            "mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "addendumCount": G(intn(0, 3)),
            "supervisorReviewRequired": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Prescription Issued",
        ("java",),
        ALL,
        4,
        {
            "prescriptionId": G(lambda f: f.uuid()),
            "rxNumber": Y(lambda f: f.pick(["RX", "Rx-", ""]) + f.digits(7), "medication"),
            "medicationName": Y(lambda f: f.pick(MEDS).title(), "medication"),
            "strength": G(pick("10 mg", "25 mg", "50 mg", "100 mg", "300 mg", "450 mg")),
            "quantity": G(pick(28, 30, 60, 90)),
            "repeats": G(intn(0, 5)),
            "prescriberId": G(lambda f: "dr_" + f.digits(4)),
            "prescriberRegistrationNo": G(
                lambda f: {
                    "CA": "CPSO " + f.digits(5),
                    "AU": "MED000" + f.digits(7),
                    "IN": "NMC-" + f.digits(6),
                }[f.region]
            ),
            "pharmacyName": G(lambda f: f.pick(PHARMACIES[f.region])),
            "pharmacyPhone": G(lambda f: f.rphone()),
            "pharmacyFax": G(lambda f: f.rphone()),
            "escriptToken": RED(lambda f: f.alnum(18), "token"),
            "patientHealthNumber": RED(lambda f: f.health_number(), "health id"),
            "issuedUtc": G(lambda f: f.ts()),
        },
    ),
    (
        "track",
        "Prescription Refill Requested",
        ("rn", "ios"),
        ALL,
        3,
        {
            "rx_number": Y(lambda f: f.pick(["RX", ""]) + f.digits(7), "medication"),
            "medication": Y(lambda f: f.pick(MEDS), "medication"),
            "pharmacy_id": G(lambda f: "ph_" + f.digits(5)),
            "home_delivery": G(pick(True, False)),
            "note_to_pharmacist": G(
                pick("Please text when ready", "", "Blister pack please", "Same brand as last time")
            ),
            "days_remaining": G(intn(0, 10)),
        },
    ),
    (
        "track",
        "Medication Reminder Taken",
        ("ios", "android"),
        ALL,
        5,
        {
            "reminder_id": G(lambda f: f.uuid()),
            "medication_label": Y(
                lambda f: f.pick(MEDS).capitalize() + f.pick([" 50mg", " AM", " night", ""]), "medication"
            ),
            "taken_at": G(lambda f: f.ts()),
            "streak_days": G(intn(0, 200)),
            "snoozed": G(pick(True, False)),
            "dose_index": G(intn(1, 3)),
        },
    ),
    (
        "track",
        "Referral Created",
        ("ruby",),
        ALL,
        3,
        {
            "referral_id": G(lambda f: "REF-" + f.digits(6)),
            "referral_source": G(pick("gp", "self", "school", "emergency_department", "eap")),
            "referring_practitioner": {
                "name": Y(lambda f: f"Dr {f.rfirst()} {f.rlast()}", "name"),
                "clinic": G(
                    lambda f: f.pick(
                        [
                            "Bloor West Family Health",
                            "Surry Hills Medical Centre",
                            "Fortis Clinic Vasant Kunj",
                            "CLSC Plateau-Mont-Royal",
                        ]
                    )
                ),
                "phone": G(lambda f: f.rphone()),
                "email": Y(
                    lambda f: (
                        f.staff_email().split("@")[0]
                        + "@"
                        + f.pick(["familyhealth.ca", "smcmed.com.au", "fortisclinic.in"])
                    ),
                    "email",
                ),
                "provider_number": G(lambda f: f.digits(6) + f.pick("ABCDEFGH") + f.pick("ABCDEFGHJK")),
            },
            "referred_to_service": G(pick("telepsychiatry", "youth_program", "eating_disorders")),
            "urgency": G(pick("routine", "urgent", "within_72h")),
            "referral_reason": Y(
                pick(
                    "treatment-resistant depression",
                    "first-episode psychosis",
                    "ADHD diagnosis",
                    "perinatal anxiety",
                    "bulimia",
                ),
                "condition|diagnosis",
            ),
            "patient_dob": Y(lambda f: f.rdate(1950, 2010), "birthdate"),
            "patient_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "consent_to_share": G(pick(True, False)),
            "letter_sha256": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "Insurance Claim Submitted",
        ("java",),
        ("CA", "AU"),
        3,
        {
            "claimNumber": G(lambda f: "CLM" + f.digits(9)),
            "insurer": G(pick("Sun Life", "Manulife", "Bupa", "Medibank")),
            "policyNumber": Y(lambda f: f.pick(["G", "P"]) + f.digits(7), "identification"),
            "memberId": Y(lambda f: f.digits(8) + f.pick(["-01", "-02", ""]), "identification"),
            "dependantCode": G(pick("00", "01", "02")),
            "serviceDate": G(lambda f: f.date(2024, 2024)),
            "amountClaimed": G(lambda f: f.money(90, 420)),
            "providerNumber": G(lambda f: f.digits(6) + f.pick("ABCDEFGH") + f.pick("ABCDEFGHJK")),
            "mbsItem": G(pick("80010", "80110", "291", "296")),
            "hasMentalHealthCarePlan": Y(pick(True, False), "condition"),
            "sessionsUsedThisYear": G(intn(0, 10)),
        },
    ),
    (
        "track",
        "Dependant Added",
        ("web",),
        ALL,
        2,
        {
            "dependant": {
                "first_name": Y(lambda f: f.rfirst(), "name"),
                "date_of_birth": Y(lambda f: f.rdate(2008, 2018), "birthdate"),
                "school": G(
                    pick("Northview Heights SS", "Sydney Boys High", "DPS R.K. Puram", "École Jeanne-Mance")
                ),
                "grade": G(intn(5, 12)),
                "relationship": G(pick("son", "daughter", "ward")),
            },
            "guardian_consent": G(pick(True, False)),
            "dependant_count": G(intn(1, 4)),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ("python",),
        ALL,
        3,
        {
            "recipient": Y(lambda f: f.rphone(), "phone", True),
            "sender_id": G(pick("HavenMD", "+18445550123", "HAVNMD")),
            "message_body": Y(sms_body, "name", True),
            "segments": G(intn(1, 3)),
            "status": G(pick("queued", "sent", "delivered")),
            "price": G(pick(-0.0079, -0.0083, -0.044)),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    # -- accounts, security --------------------------------------------------------------------------
    (
        "track",
        "Magic Link Requested",
        ("node",),
        ALL,
        3,
        {
            "email": Y(lambda f: f.remail(), "email"),
            "linkToken": RED(lambda f: f.urlsafe(43), "token"),
            "expiresInSec": G(pick(600, 900)),
            "redirectPath": G(pick("/account", "/book", "/chat")),
            "requestIp": Y(lambda f: f.ipv4(), "ip"),
            "attempt": G(intn(1, 4)),
        },
    ),
    (
        "track",
        "Phone Verification Checked",
        ("go",),
        ALL,
        3,
        {
            "phone_e164": Y(lambda f: f.e164(), "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(pick("sms", "whatsapp", "call")),
            "verify_sid": G(lambda f: "VE" + f.hexid(32)),
            "attempts": G(intn(1, 5)),
            "verified": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Login Failed",
        ("node",),
        ALL,
        2,
        {
            "username": Y(lambda f: f.remail(), "email", True),
            "reason": G(pick("bad_password", "expired_link", "locked")),
            "failed_attempts": G(intn(1, 10)),
            "locked": G(pick(True, False)),
            "client_ip": Y(lambda f: f.ipv4(), "ip"),
            "password_length": G(intn(6, 24)),
        },
    ),
    (
        "track",
        "Admin Search Performed",
        ("web",),
        ALL,
        2,
        {
            "q": Y(lambda f: f.pick([f.remail(), f.rphone()]), "email|phone", True),
            "scope": G(pick("help_seekers", "patients", "volunteers")),
            "result_count": G(intn(0, 4)),
            "took_ms": G(intn(8, 900)),
            "filters": {"status": G(pick("active", "any", "archived"))},
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ("ruby",),
        ALL,
        2,
        {
            "ticket": {
                "id": G(intn(10000, 99999)),
                "subject": G(pick("Billing question", "Can't log in", "Change my email", "Refund request")),
                "description": Y(ticket_description, "email", True),
                "requester": {
                    "name": Y(lambda f: f.rname(), "name"),
                    "email": Y(lambda f: f.remail(), "email"),
                },
                "assignee": {"email": Y(lambda f: f.staff_email(), "email"), "id": G(intn(1000, 9999))},
                "via": {"channel": G(pick("email", "web", "api"))},
                "priority": G(pick("low", "normal", "high")),
                "tags": Many(G(pick("billing", "login", "account", "refund")), 2),
            },
            "support_address": G(lambda f: "support@" + STAFF_DOMAIN[f.region]),
        },
    ),
    (
        "track",
        "Email Delivered",
        ("php",),
        ALL,
        2,
        {
            "email": Y(lambda f: f.remail(), "email"),
            "sg_message_id": G(lambda f: f.urlsafe(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.uuid()}@{STAFF_DOMAIN[f.region]}>"),
            "event": G(pick("delivered", "bounce", "deferred")),
            "response": G(pick("250 2.0.0 OK", "550 5.1.1 User unknown", "421 4.7.0 Try again later")),
            "ip": G(pick("167.89.115.54", "149.72.154.232", "168.245.12.7")),
            "category": Many(G(pick("appointment", "receipt", "newsletter")), 2),
            "sender": G(lambda f: "no-reply@" + STAFF_DOMAIN[f.region]),
        },
    ),
    (
        "track",
        "Lead Captured",
        ("node",),
        ALL,
        2,
        {
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.urlsafe(30)}", "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.urlsafe(60), "advertising id"),
            "email_sha256": Y(lambda f: f.sha256(), "email"),
            "external_id": G(lambda f: "hv_" + f.digits(8)),
            "lead_type": G(pick("volunteer_interest", "donor_newsletter", "eap_demo")),
            "event_source_url": G(
                lambda f: SITE[f.region] + f.pick(["/volunteer", "/donate", "/workplaces"])
            ),
            "value": G(lambda f: f.money(0, 50)),
        },
    ),
    # -- commerce and donations --------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ("web",),
        ALL,
        3,
        {
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.pick(PRODUCTS)[1]),
            "name": G(lambda f: f.pick(PRODUCTS)[0]),
            "category": G(lambda f: f.pick(PRODUCTS)[2]),
            "price": G(lambda f: f.money_r(20, 400)),
            "currency": G(lambda f: CURRENCY[f.region]),
            "url": G(lambda f: SITE[f.region] + "/shop/" + f.pick(PRODUCTS)[1].lower()),
            "image_url": G(lambda f: f"https://cdn.havenline.app/img/{f.hexid(10)}.webp"),
        },
    ),
    (
        "track",
        "Checkout Started",
        ("web",),
        ALL,
        3,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "value": G(lambda f: f.money_r(20, 900)),
            "revenue": G(lambda f: f.money_r(20, 900)),
            "tax": G(lambda f: f.money_r(0, 60)),
            "discount": G(lambda f: f.money_r(0, 30)),
            "coupon": G(pick("", "EAP2024", "FIRSTVISIT")),
            "currency": G(lambda f: CURRENCY[f.region]),
            "products": products(),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web",),
        ALL,
        3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "step": G(pick(2, 3)),
            "payment_method": G(pick("card", "apple_pay", "google_pay")),
            "card_brand": G(pick("visa", "mastercard", "amex", "rupay")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(intn(1, 12)),
            "card_exp_year": G(intn(2025, 2031)),
            "payment_method_id": RED(
                lambda f: "pm_1P" + f.urlsafe(22).replace("-", "x").replace("_", "Q"), "token"
            ),
            "cardholder_name": Y(lambda f: f.rname(), "name"),
            "billing_postal_code": Y(lambda f: f.postcode(), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ("node",),
        ALL,
        3,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "invoice_number": G(lambda f: "HV-" + f.digits(4) + "-" + f.digits(5)),
            "total": G(lambda f: f.money_r(20, 900)),
            "subtotal": G(lambda f: f.money_r(20, 900)),
            "tax": G(lambda f: f.money_r(0, 60)),
            "currency": G(lambda f: CURRENCY[f.region]),
            "products": products(),
            "payment_intent": G(lambda f: "pi_3P" + f.urlsafe(22).replace("-", "x").replace("_", "Q")),
            "stripe_customer": G(
                lambda f: (
                    "cus_" + f.alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                )
            ),
            "billing_address": {
                "line1": Y(lambda f: f.rstreet(), "address|street"),
                "line2": Y(pick("Apt 1203", "Unit 4", "Floor 2", "Suite 210"), "address|street"),
                "city": Y(lambda f: f.rcity(), "city"),
                "state": G(lambda f: f.pick(PROVINCES[f.region])),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.region),
            },
            "customer_email": Y(lambda f: f.remail(), "email"),
            "gift": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Subscription Started",
        ("ruby",),
        ALL,
        2,
        {
            "plan": G(pick("care_plus_monthly", "care_plus_annual")),
            "interval": G(pick("month", "year")),
            "trial_days": G(pick(0, 7, 14)),
            "price": G(lambda f: f.money_r(15, 40)),
            "member_number": G(lambda f: "HM" + f.digits(8)),
            "eap_company_code": G(pick("SHOP-EAP", "INFY-WELL", "UNIMELB-STAFF", "")),
            "promo": G(pick("", "WMHD24")),
        },
    ),
    (
        "track",
        "Donation Completed",
        ("web", "php"),
        ("CA", "AU"),
        4,
        {
            "donation_id": G(lambda f: "DN" + f.digits(8)),
            "amount": G(lambda f: f.pick([10, 25, 50, 100, 250, 35.5])),
            "currency": G(lambda f: CURRENCY[f.region]),
            "recurring": G(pick(True, False)),
            "frequency": G(pick("one_time", "monthly")),
            "donor_first_name": Y(lambda f: f.rfirst(), "name"),
            "donor_last_name": Y(lambda f: f.rlast(), "name"),
            "donor_email": Y(lambda f: f.remail(), "email"),
            "donor_phone": Y(lambda f: f.rphone(), "phone"),
            "donor_address": Y(lambda f: f.full_address(), "address"),
            "tax_receipt_number": G(lambda f: f.pick(["CRA-", "DGR-"]) + f.digits(8)),
            "tribute": {
                "type": G(pick("in_honour", "in_celebration")),
                "honoree_name": Y(lambda f: f.rname(), "name"),
                "notify_email": Y(lambda f: f.remail(), "email"),
            },
            "employer_match": G(pick(True, False)),
            "employer_name": G(lambda f: f.pick(COMPANIES)),
            "anonymous_gift": G(pick(True, False)),
        },
    ),
    (
        "track",
        "UPI Payment Captured",
        ("php",),
        ("IN",),
        3,
        {
            "payment_id": G(
                lambda f: (
                    "pay_" + f.alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                )
            ),
            "order_id": G(
                lambda f: (
                    "order_" + f.alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                )
            ),
            "amount": G(lambda f: f.pick([50000, 100000, 250000, 500000])),
            "currency": G(pick("INR")),
            "method": G(pick("upi")),
            "vpa": RED(lambda f: f.vpa(), "bank account"),
            "email": Y(lambda f: f.remail(), "email"),
            "contact": Y(lambda f: "+91" + str(f.r.randint(6, 9)) + f.digits(9), "phone", True),
            "notes": {
                "donor_pan": RED(lambda f: f.pan(), "national id"),
                "address": Y(lambda f: f.full_address(), "address"),
                "campaign": G(pick("tele_manas_support", "exam_stress_line")),
            },
            "acquirer_data": {"rrn": G(lambda f: f.digits(12))},
            "fee": G(lambda f: f.pick([1180, 2360, 5900])),
            "tax": G(lambda f: f.pick([180, 360, 900])),
            "international": G(pick(False)),
            "created_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    # -- volunteers and staff ------------------------------------------------------------------------
    (
        "identify",
        None,
        ("python",),
        ALL,
        3,
        {
            "VOLUNTEER_ID": G(lambda f: "VOL" + f.digits(6)),
            "FULL_NAME": Y(lambda f: f.rname(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.remail(), "email"),
            "MOBILE_NUMBER": Y(lambda f: f.rphone(), "phone"),
            "HOME_SUBURB": Y(lambda f: f.pick(SUBURBS) if f.region == "AU" else f.rcity(), "city"),
            "STATE": G(lambda f: f.pick(PROVINCES[f.region])),
            "DATE_OF_BIRTH": Y(lambda f: f.rdate(1955, 2004), "birthdate"),
            "WWCC_NUMBER": Y(
                lambda f: f.pick(["WWC", "", "VIC"]) + f.digits(7) + f.pick(["E", "V", ""]),
                "certificate|identification",
            ),
            "WWCC_EXPIRY": G(lambda f: f.date(2025, 2029)),
            "POLICE_CHECK_STATUS": G(pick("CLEARED", "PENDING", "EXPIRED")),
            "TRAINING_COHORT": G(pick("2024-T1", "2024-T2", "2023-T3")),
            "HOURS_LOGGED_YTD": G(intn(0, 400)),
            "LANGUAGES": G(pick("en", "en,fr", "en,hi", "en,vi", "en,pa")),
            "IS_ACTIVE": G(pick(True, False)),
            "ONBOARDED_AT": G(lambda f: f.ts()),
            "ROLE": G(pick("CRISIS_SUPPORTER", "SHIFT_SUPERVISOR", "PEER_WORKER")),
            "EMERGENCY_CONTACT_NAME": Y(lambda f: f.rname(), "name"),
            "EMERGENCY_CONTACT_PHONE": Y(lambda f: f.rphone(), "phone"),
            "LIVED_EXPERIENCE": Y(pick(True, False), "condition"),
        },
    ),
    (
        "track",
        "Shift Claimed",
        ("web", "ios"),
        ALL,
        4,
        {
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
            "roster_id": G(lambda f: "ro_" + f.digits(4)),
            "shift_start": G(lambda f: f.ts()),
            "shift_end": G(lambda f: f.ts()),
            "line": G(pick("general", "youth", "text", "french")),
            "site": G(pick("remote", "Toronto hub", "Parramatta centre", "Pune centre")),
            "volunteer_id": G(lambda f: "VOL" + f.digits(6)),
            "volunteer_name": Y(lambda f: f.rname(), "name"),
            "supervisor_on_call": Y(lambda f: f.rname(), "name"),
            "supervisor_mobile": Y(lambda f: f.rphone(), "phone"),
            "remote": G(pick(True, False)),
            "shifts_this_month": G(intn(1, 12)),
        },
    ),
    (
        "track",
        "Shift Swapped",
        ("node",),
        ALL,
        3,
        {
            "shift-id": G(lambda f: "sh_" + f.digits(7)),
            "from-volunteer-email": Y(lambda f: f.remail(), "email"),
            "to-volunteer-email": Y(lambda f: f.remail(), "email"),
            "swap-reason": G(pick("illness", "family", "exam", "other")),
            "approved-by": Y(lambda f: f.rname(), "name"),
            "approved-at": G(lambda f: f.ts()),
            "swap-count": G(intn(1, 6)),
            "roster-source": G(pick("deputy", "rosterelf")),
        },
    ),
    (
        "track",
        "Timesheet Approved",
        ("dotnet",),
        ALL,
        3,
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "EmployeeName": Y(lambda f: f.rname(), "name"),
            "PayPeriod": G(pick("2024-06-01/2024-06-14", "2024-06-15/2024-06-28", "2024-07-01/2024-07-14")),
            "HoursWorked": G(lambda f: f.pick([7.5, 15.0, 22.5, 38.0, 76.0])),
            "HourlyRate": Y(lambda f: f.money_r(28, 62), "salary"),
            "GrossPay": Y(lambda f: f.money_r(400, 4200), "salary"),
            "PayoutAccount": {
                "RoutingCode": G(lambda f: f.bank_routing()),
                "AccountNumber": RED(lambda f: f.bank_account_no(), "bank account"),
                "AccountName": Y(lambda f: f.rname(), "name"),
            },
            "TaxId": RED(lambda f: f.national_tax_id(), "national id|social security number"),
            "CostCentre": G(pick("CC-410 Crisis Line", "CC-420 Telepsychiatry", "CC-300 Ops")),
            "ApprovedBy": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Training Module Completed",
        ("web",),
        ALL,
        3,
        {
            "module_id": G(pick("asist_d1", "asist_d2", "safe_messaging", "dv_awareness")),
            "module_name": G(
                pick("ASIST Day 1", "ASIST Day 2", "Safe messaging", "Family violence awareness")
            ),
            "score": G(intn(55, 100)),
            "attempts": G(intn(1, 3)),
            "certificate_id": G(lambda f: "CERT-" + f.digits(6)),
            "time_spent_sec": G(intn(600, 14400)),
            "passed": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Volunteer Application Submitted",
        ("web",),
        ALL,
        3,
        {
            "applicant_first_name": Y(lambda f: f.rfirst(), "name"),
            "applicant_last_name": Y(lambda f: f.rlast(), "name"),
            "applicant_email": Y(lambda f: f.remail(), "email"),
            "applicant_phone": Y(lambda f: f.rphone(), "phone"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "right_to_work": RED(pick("citizen", "permanent resident", "work visa", "student visa"), "visa"),
            "needs_visa_sponsorship": RED(pick(True, False), "visa"),
            "lived_experience_disclosed": G(pick(True, False)),
            "hours_per_week": G(pick(4, 8, 12)),
            "heard_about_us": G(pick("instagram", "friend", "university", "radio")),
            "languages": Many(G(pick("English", "French", "Hindi", "Vietnamese", "Punjabi", "Arabic")), 3),
            "age": G(intn(18, 70)),
        },
    ),
    (
        "track",
        "International Student Registered",
        ("java",),
        ("AU",),
        2,
        {
            "studentSupportId": G(lambda f: "ISS" + f.digits(6)),
            "institution": G(pick("University of Sydney", "Monash University", "UNSW", "RMIT")),
            "studentId": G(lambda f: "z" + f.digits(7)),
            "passportNumber": RED(
                lambda f: (
                    f.pick(["K", "L", "E", "G"]) + f.digits(7)
                    if f.r.random() < 0.6
                    else f.pick(["EA", "EB"]) + f.digits(7)
                ),
                "passport",
            ),
            "nationality": Y(
                pick("Indian", "Chinese", "Nepalese", "Vietnamese", "Colombian", "Filipino"), "citizenship"
            ),
            "visaSubclass": RED(pick("500", "485", "590"), "visa"),
            "oshcMemberNumber": Y(lambda f: f.digits(8), "identification"),
            "oshcProvider": G(pick("Allianz Care", "Bupa OSHC", "Medibank OSHC", "nib OSHC")),
            "courseLevel": G(pick("bachelor", "masters", "phd")),
        },
    ),
    (
        "group",
        None,
        ("node",),
        ALL,
        2,
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(pick("Food", "IT Services", "Education", "Government", "Retail", "Telecom")),
            "employees": G(intn(200, 600000)),
            "plan": G(pick("eap_standard", "eap_premium")),
            "website": G(
                pick(
                    "https://www.mapleleaffoods.com", "https://www.infosys.com", "https://www.unimelb.edu.au"
                )
            ),
            "support_email": G(
                pick("wellbeing@company.example", "hr-help@infosys.example", "eap@unimelb.example")
            ),
            "main_phone": G(lambda f: f.rphone()),
            "office": {
                "street": G(pick("6897 Financial Dr", "Electronics City Phase 1", "Grattan Street")),
                "city": G(pick("Mississauga", "Bengaluru", "Parkville")),
                "postcode": G(pick("L5N 0A1", "560100", "3010")),
                "country": G(pick("CA", "IN", "AU")),
            },
            "account_manager": Y(lambda f: f.rname(), "name"),
            "account_manager_email": Y(lambda f: f.staff_email(), "email"),
            "contract_start": G(lambda f: f.date(2021, 2024)),
            "seats": G(intn(100, 20000)),
        },
    ),
    ("alias", None, ("web", "ios"), ALL, 2, {}),
    # -- Quebec partner line (French keys) -----------------------------------------------------------
    (
        "track",
        "Appel Terminé",
        ("java",),
        ("CA",),
        4,
        {
            "appel_id": G(lambda f: f.uuid()),
            "prenom": Y(lambda f: f.pick(QC_FIRST), "name"),
            "nom": Y(lambda f: f.pick(QC_LAST), "name"),
            "telephone": Y(lambda f: f.rphone("CA"), "phone"),
            "courriel": Y(lambda f: f.remail(f.pick(QC_FIRST), f.pick(QC_LAST)), "email"),
            "code_postal": Y(lambda f: f.pick("GHJ") + f.postcode("CA")[1:], "zipcode"),
            "ville": Y(
                pick("Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières", "Saguenay"),
                "city",
            ),
            "region": G(pick("Montréal", "Capitale-Nationale", "Estrie", "Outaouais", "Mauricie")),
            "motif_appel": Y(
                pick(
                    "idées suicidaires",
                    "anxiété",
                    "dépression",
                    "automutilation",
                    "consommation",
                    "crise psychotique",
                ),
                "condition",
            ),
            "niveau_risque": Y(pick("faible", "modéré", "élevé"), "condition"),
            "duree_sec": G(intn(60, 4200)),
            "intervenant_id": G(lambda f: "INT-" + f.digits(4)),
            "intervenant_prenom": Y(lambda f: f.pick(QC_FIRST), "name"),
            "rappel_demande": G(pick(True, False)),
            "numero_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
            "langue": G(pick("fr", "en")),
        },
    ),
    (
        "identify",
        None,
        ("web",),
        ("CA",),
        3,
        {
            "prénom": Y(lambda f: f.pick(QC_FIRST), "name"),
            "nom_de_famille": Y(lambda f: f.pick(QC_LAST), "name"),
            "courriel": Y(lambda f: f.remail(f.pick(QC_FIRST), f.pick(QC_LAST)), "email"),
            "téléphone_cellulaire": Y(lambda f: f.rphone("CA"), "phone"),
            "date_de_naissance": Y(lambda f: f.rdate(1950, 2006), "birthdate"),
            "adresse": {
                "rue": Y(
                    lambda f: (
                        f"{f.r.randint(1, 9999)}, {
                            f.pick(
                                ['rue Sherbrooke Est', 'boul. René-Lévesque', 'rue Saint-Jean', 'av. du Parc']
                            )
                        }"
                    ),
                    "street|address",
                ),
                "ville": Y(pick("Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke"), "city"),
                "code_postal": Y(lambda f: f.pick("GHJ") + f.postcode("CA")[1:], "zipcode"),
                "province": G(pick("QC")),
            },
            "sexe": Y(pick("F", "M", "X"), "sex|gender"),
            "langue_préférée": G(pick("fr", "en")),
            "consentement_courriel": G(pick(True, False)),
            "nombre_de_séances": G(intn(0, 24)),
        },
    ),
    # -- Indian state helpline and app (romanised Hindi keys) ---------------------------------------
    (
        "track",
        "Sahayata Call Logged",
        ("python",),
        ("IN",),
        4,
        {
            "call_id": G(lambda f: f.uuid()),
            "naam": Y(lambda f: f.rname(), "name"),
            "mobile_no": Y(lambda f: f.rphone("IN"), "phone"),
            "umar": G(intn(14, 80)),
            "ling": Y(pick("purush", "mahila", "anya"), "gender"),
            "rajya": G(lambda f: f.pick(PROVINCES["IN"])),
            "zila": G(pick("Pune", "Thane", "Bengaluru Urban", "Lucknow", "Patna", "Ernakulam")),
            "shahar": Y(lambda f: f.pick(CITIES["IN"]), "city"),
            "pin_code": Y(lambda f: f.postcode("IN"), "zipcode"),
            "pata": Y(lambda f: f.rstreet(), "address"),
            "bhasha": G(pick("hindi", "marathi", "tamil", "bengali", "english")),
            "samasya": Y(
                pick(
                    "chinta (anxiety)",
                    "udaasi / depression",
                    "neend na aana",
                    "nasha mukti",
                    "aatmhatya ke vichar",
                    "exam ka tanav",
                ),
                "condition",
            ),
            "jokhim_star": Y(pick("kam", "madhyam", "uchch"), "condition"),
            "sahayak_id": G(lambda f: "S" + f.digits(4)),
            "sahayak_naam": Y(lambda f: f.rname(), "name"),
            "avadhi_minute": G(intn(3, 75)),
            "agli_call_tithi": G(lambda f: f.date(2024, 2024)),
            "referral_kendra": G(pick("NIMHANS Bengaluru", "DMHP Pune", "KGMU Lucknow", "none")),
            "abha_number": RED(lambda f: f.abha(), "health id"),
        },
    ),
    (
        "identify",
        None,
        ("flutter",),
        ("IN",),
        3,
        {
            "naam": Y(lambda f: f.rname(), "name"),
            "pita_ka_naam": Y(lambda f: f"{f.rfirst()} {f.rlast()}", "name"),
            "janm_tithi": Y(lambda f: f.rdate(1960, 2008), "birthdate"),
            "mobile": Y(lambda f: f.rphone("IN"), "phone"),
            "email": Y(lambda f: f.remail(), "email"),
            "shahar": Y(lambda f: f.pick(CITIES["IN"]), "city"),
            "pin_code": Y(lambda f: f.postcode("IN"), "zipcode"),
            "bhasha": G(pick("hindi", "english", "tamil", "marathi")),
            "aadhaar_verified": G(pick(True, False)),
            "aadhaar": RED(lambda f: f.aadhaar(), "national id"),
            "abha_address": RED(
                lambda f: f.rfirst().lower() + "." + f.rlast().lower() + f.pick(["", "91"]) + "@abdm",
                "health id",
            ),
            "vyavsay": G(pick("vidyarthi", "naukri", "grihini", "vyapar")),
            "vaivahik_sthiti": G(pick("avivahit", "vivahit")),
        },
    ),
    (
        "track",
        "Clinic Viewed",
        ("web", "flutter"),
        ALL,
        2,
        {
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "clinic_name": G(lambda f: f.pick(CLINICS[f.region])),
            "clinic_phone": G(lambda f: f.rphone()),
            "clinic_address": G(
                pick(
                    "14 Crown St, Surry Hills NSW 2010",
                    "Hill Road, Bandra West, Mumbai 400050",
                    "1 Yonge St, Toronto ON M5E 1E5",
                )
            ),
            "clinic_email": G(lambda f: "intake@" + STAFF_DOMAIN[f.region]),
            "distance_km": G(lambda f: f.money(0, 40)),
            "bulk_billing": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Services Searched",
        ("web",),
        ALL,
        3,
        {
            "query": G(
                pick(
                    "psychiatrist near me",
                    "free counselling",
                    "eating disorder support",
                    "tamil speaking counsellor",
                    "after hours",
                )
            ),
            "search_location": G(
                pick(
                    "Parramatta NSW",
                    "Koramangala, Bengaluru",
                    "Downtown Toronto",
                    "Fremantle",
                    "Plateau-Mont-Royal",
                )
            ),
            "radius_km": G(pick(5, 10, 25, 50)),
            "results_count": G(intn(0, 40)),
            "near_me": G(pick(True, False)),
            "filters": {"language": G(pick("any", "fr", "hi", "ta")), "cost": G(pick("free", "any"))},
        },
    ),
]


def build(seed: int, rounds: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, name, clients, regions, weight, body in EVENTS:
            for _ in range(weight):
                f.region = f.pick(list(regions))
                f.memo = {}
                client = f.pick(list(clients))
                identified = kind in ("identify", "group", "alias") or f.r.random() < 0.7
                msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                msg["anonymousId"] = f.uuid()
                if identified:
                    msg["userId"] = f.pick(["hv_" + f.digits(8), f.uuid()])
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=230, rounds=12)
    write(Path(__file__).parent, "holdout230_", events, labels)
