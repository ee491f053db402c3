"""Writes holdout79: tests/corpus/holdout79_events.jsonl and holdout79_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels (only build.py, fake.py and build_holdout3.py for the format), and never scored by
its author. Run `.venv/bin/python -m tests.corpus.build_holdout79`; the output is deterministic
(seed 79).

What it covers: the traffic of an HR recruiting / applicant-tracking SaaS ("HireLoop", shaped like
Greenhouse, Lever and Workday Recruiting) whose customers hire in the US, India and France. Career
sites and the recruiter app (analytics.js), candidate apps (analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter) and back-end services (python, node, go, java, ruby, php,
csharp) send identify / track / page / screen / group / alias calls: job postings and job-board
orders (e-commerce spec: Products Searched, Product Viewed, Checkout Started, Order Completed),
applications with CVs and cover letters, screening questions (work authorisation, sponsorship,
relocation, salary expectations, notice period), US EEO self-identification, interview scheduling
(Zoom and Google Calendar shaped payloads), scorecards, referrals, offers, background checks
(Checkr-shaped, Indian BGV with PAN and Aadhaar, E-Verify), onboarding to an HRIS (.NET service
with PascalCase keys, French hires with French keys: numéro de sécurité sociale, IBAN, RQTH),
candidate messaging (Twilio and SendGrid shaped), integrations, consent and a warehouse
reverse-ETL sync (SCREAMING_SNAKE keys) and a WordPress job-board plugin (kebab-case keys).
Persons are generated per message (candidate, interviewers, referrer, hiring manager, recruiter,
references, dependants) with names from many cultures and national formats: US, Indian and French
phone numbers, addresses and postal codes; Aadhaar numbers with a valid Verhoeff digit, PANs,
French NIRs with their mod-97 key, SSNs of valid structure, Luhn card numbers, mod-97 IBANs.

Conventions: camelCase and snake_case English keys for most events; about 15 % of paths use
PascalCase (.NET), kebab-case (PHP plugin), SCREAMING_SNAKE (warehouse sync) or French keys. The
same key under different parents can carry different labels (a job's `location` is the office,
`candidate.location` the person's city); a path has one label across all events. Values that a
message repeats (the candidate's name in a cover letter, SMS and e-mail) are consistent within it.

Labelling rules (the Privacy Portal's default colours):
- A leaf path is PII when its values are personal data about a natural person: the candidate, an
  interviewer, a recruiter, a hiring manager, a referrer, a reference, a dependant. Type is the
  reference matcher's name (`name`, `email`, `phone`, `address`, `street`, `city`, `zipcode`,
  `birthdate`, `gender`, `race`, `ethnicity`, `citizenship`, `veteran`, `disability`, `visa`,
  `passport`, `license`, `certificate`, `identification`, `serial`, `photo`, `salary`, `ip`,
  `social security number`, `token`, `password`, `condition`, `diagnosis`, ...) or `geolocation`,
  `secret`, `national id`, `bank account`, `credit card`, `advertising id`; `a|b` when either fits.
  Colour: the reference's default for that matcher; outside it, red for credentials, secrets,
  cards, bank accounts, government ids and health, yellow otherwise.
- Green: ids we issue (candidate, application, job, requisition, interview, offer, employee numbers,
  an E-Verify case number, UUIDs), versions, timestamps, hashes of non-PII, amounts, enums, counters
  and booleans under PII-sounding keys (`emailVerified`, `phoneVerified`, `password_strength`,
  `aadhaar_verified`), job titles, employers, company and product names, schools and degrees, places
  that are not the person's (a searched city, an office), country, state, locale, timezone,
  currency, user agents, OS-issued device ids, card brand / last four / expiry, routing numbers,
  IFSC and BIC codes.
- Published policy followed as written: ages, age bands and marital status are green; job titles
  and employers are green; a business's own phone, e-mail and address (a company's careers
  mailbox, its Twilio sender number, its office) are green; pets are green; salaries, pay and
  salary expectations are yellow `salary` (also India's CTC); payment-method tokens, one-time
  codes and magic-link tokens are red `token|secret`; ad click and browser ids (gclid, fbclid,
  _fbp, li_fat_id) are yellow `advertising id`.
- Booleans and enums that reveal a special category are PII of it: EEO gender (yellow `gender`),
  race (yellow `race`), Hispanic/Latino (yellow `ethnicity`), protected-veteran status (red
  `veteran`), disability status, interview accommodations, India's PwD flag and France's RQTH (red
  `disability`).
- Decisions where the policy is silent, taken as a careful privacy owner would: answers that reveal
  a person's immigration status (authorised to work, needs sponsorship, citizenship status on
  E-Verify, whether a French titre de séjour is needed, a visa type, a USCIS receipt number that
  looks up the person's petition, an I-94 or A-number) are red `visa`; every component of a named
  person's pay (base, signing bonus, bonus target, CTC, expectations) is yellow `salary`; a French
  civilité (M./Mme) is yellow `gender|sex`; a place of birth is yellow `city`; a criminal-conviction
  answer is yellow `criminal record`; a drug-screen result is yellow `diagnosis|condition`; a
  LinkedIn profile URL is yellow `name|identification`; a CV file name built from the person's name
  is yellow `name`; a sha256 of a person's e-mail sent for ad matching is still yellow
  `email|advertising id`; a typed e-signature is a `name`; a Slack incoming-webhook URL and an
  integration API key are red `secret`; a Zoom meeting password is red `password`; a masked SSN
  showing the last four is red `social security number`; a job posting's own attributes (salary
  range, `visa_sponsorship_available`, `veteran_friendly`) describe the job, not a person: green.
- value_only is true when the key does not say what the value is (`value`, `q`, `label`, `input`,
  `text`, `note`, `Body`, `To`, `owner`, `calendar_id`, a file name, a transcript) and only the
  value reveals it. A value_only PII path holds that PII in every value; free text is labelled by
  what every one of its values carries (every SMS body greets the candidate by name, every
  recruiter note carries a phone number), and green when none of its values carries PII.
"""

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Michael",
        "Jessica",
        "Tyler",
        "Brianna",
        "DeShawn",
        "María",
        "Kevin",
        "Ashley",
        "Jamal",
        "Megan",
        "Carlos",
        "Hannah",
        "Jordan",
        "Mei-Ling",
        "Tuan",
        "Aaliyah",
        "Connor",
        "Diego",
        "Rebecca",
    ],
    "IN": [
        "Aarav",
        "Priya",
        "Ananya",
        "Rohan",
        "Vikram",
        "Sneha",
        "Arjun",
        "Kavya",
        "Ishaan",
        "Lakshmi",
        "Rahul",
        "Divya",
        "Sanjay",
        "Meera",
        "Harpreet",
        "Farhan",
        "Nandini",
        "Karthik",
        "Zainab",
        "Venkatesh",
    ],
    "FR": [
        "Camille",
        "Léa",
        "Hugo",
        "Manon",
        "Louis",
        "Chloé",
        "Théo",
        "Inès",
        "Mathis",
        "Élodie",
        "Antoine",
        "Margaux",
        "Yanis",
        "Sébastien",
        "Aurélie",
        "Nathan",
        "Clémence",
        "Mamadou",
        "Amina",
        "Jean-Baptiste",
    ],
    "XX": [
        "Wei",
        "Olusegun",
        "Yuki",
        "Lukas",
        "Sofía",
        "Nour",
        "Oksana",
        "Kwame",
        "Ji-woo",
        "Mateus",
        "Aylin",
        "Thandiwe",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Wilson",
        "Anderson",
        "Thompson",
        "Kim",
        "Washington",
        "O'Connor",
        "Nguyen",
        "Okafor",
        "Goldberg",
    ],
    "IN": [
        "Sharma",
        "Patel",
        "Iyer",
        "Reddy",
        "Nair",
        "Gupta",
        "Singh",
        "Banerjee",
        "Menon",
        "Chatterjee",
        "Kulkarni",
        "Desai",
        "Rao",
        "Joshi",
        "Mukherjee",
        "Pillai",
        "Qureshi",
        "Verma",
        "Subramanian",
        "Gill",
    ],
    "FR": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Lefèvre",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Benali",
        "Nguyen",
        "Traoré",
        "Mercier",
        "Da Silva",
        "Le Goff",
    ],
    "XX": [
        "Zhang",
        "Adeyemi",
        "Tanaka",
        "Schmidt",
        "Herrera",
        "El-Sayed",
        "Kovalenko",
        "Mensah",
        "Park",
        "Oliveira",
        "Yılmaz",  # noqa: RUF001
        "Dlamini",
    ],
}
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr"],
    "XX": ["gmail.com", "proton.me", "outlook.com", "gmx.de"],
}
CITIES = {
    "US": [
        ("Austin", "TX", "787"),
        ("Seattle", "WA", "981"),
        ("Chicago", "IL", "606"),
        ("Atlanta", "GA", "303"),
        ("Denver", "CO", "802"),
        ("Brooklyn", "NY", "112"),
        ("San Jose", "CA", "951"),
        ("Raleigh", "NC", "276"),
        ("Columbus", "OH", "432"),
        ("Phoenix", "AZ", "850"),
    ],
    "IN": [
        ("Bengaluru", "Karnataka", "560"),
        ("Pune", "Maharashtra", "411"),
        ("Hyderabad", "Telangana", "500"),
        ("Chennai", "Tamil Nadu", "600"),
        ("Mumbai", "Maharashtra", "400"),
        ("Gurugram", "Haryana", "122"),
        ("Noida", "Uttar Pradesh", "201"),
        ("Kochi", "Kerala", "682"),
        ("Kolkata", "West Bengal", "700"),
        ("Ahmedabad", "Gujarat", "380"),
    ],
    "FR": [
        ("Paris", "Île-de-France", "75"),
        ("Lyon", "Auvergne-Rhône-Alpes", "69"),
        ("Marseille", "Provence-Alpes-Côte d'Azur", "13"),
        ("Toulouse", "Occitanie", "31"),
        ("Nantes", "Pays de la Loire", "44"),
        ("Lille", "Hauts-de-France", "59"),
        ("Bordeaux", "Nouvelle-Aquitaine", "33"),
        ("Rennes", "Bretagne", "35"),
    ],
    "XX": [
        ("Berlin", "Berlin", "10"),
        ("Lagos", "Lagos", "10"),
        ("Toronto", "ON", "M5"),
        ("São Paulo", "SP", "01"),
        ("Seoul", "Seoul", "04"),
        ("Istanbul", "İstanbul", "34"),
    ],
}
US_STREETS = [
    "Oak Avenue",
    "Maple Street",
    "Willow Creek Dr",
    "W 34th St",
    "Lakeview Terrace",
    "Highland Ave",
    "Cedar Lane",
    "Pine Ridge Rd",
    "Magnolia Ct",
    "E Jefferson Blvd",
]
IN_BUILDINGS = [
    "Sai Residency",
    "Prestige Lakeside Habitat",
    "Shanti Nagar CHS",
    "Lodha Palava",
    "Green Glen Layout",
    "Sobha Dream Acres",
    "Hiranandani Gardens",
]
IN_ROADS = [
    "14th Cross Road, Indiranagar",
    "Baner Road",
    "2nd Main, HSR Layout",
    "Link Road, Malad West",
    "Old Airport Road",
    "Sector 62",
    "Anna Salai",
]
FR_STREETS = [
    "rue de la République",
    "avenue Victor Hugo",
    "rue des Lilas",
    "boulevard Jean Jaurès",
    "rue du Faubourg Saint-Antoine",
    "allée des Tilleuls",
    "rue Gambetta",
    "impasse des Rosiers",
]

COMPANIES = [
    {
        "name": "Contoso Health",
        "domain": "contosohealth.com",
        "country": "US",
        "phone": "+1 617-555-0142",
        "careers": "careers.contosohealth.com",
        "office": "Boston - Seaport",
        "street": "200 Seaport Blvd",
    },
    {
        "name": "Lumen Retail",
        "domain": "lumenretail.com",
        "country": "US",
        "phone": "(512) 555-0178",
        "careers": "jobs.lumenretail.com",
        "office": "Austin HQ",
        "street": "901 E 6th St",
    },
    {
        "name": "Vayu Systems",
        "domain": "vayusystems.in",
        "country": "IN",
        "phone": "+91 80 4718 2200",
        "careers": "careers.vayusystems.in",
        "office": "Bengaluru - Whitefield",
        "street": "ITPL Main Road",
    },
    {
        "name": "Kaveri Fintech",
        "domain": "kaverifin.com",
        "country": "IN",
        "phone": "+91 22 6190 4400",
        "careers": "kaverifin.com/careers",
        "office": "Mumbai - BKC",
        "street": "G Block, Bandra Kurla Complex",
    },
    {
        "name": "Maison Verdier",
        "domain": "maisonverdier.fr",
        "country": "FR",
        "phone": "01 44 55 61 00",
        "careers": "recrutement.maisonverdier.fr",
        "office": "Paris 9e - Opéra",
        "street": "18 rue Auber",
    },
    {
        "name": "Fabrikam Logistique",
        "domain": "fabrikam.fr",
        "country": "FR",
        "phone": "+33 4 72 10 33 00",
        "careers": "carrieres.fabrikam.fr",
        "office": "Lyon Part-Dieu",
        "street": "5 place Charles Béraudier",
    },
]
JOBS = {
    "US": [
        "Senior Data Engineer",
        "Registered Nurse - ICU",
        "Store Associate",
        "Account Executive",
        "Staff Software Engineer",
        "Warehouse Associate",
        "Customer Success Manager",
        "Product Designer",
    ],
    "IN": [
        "Senior Data Engineer",
        "Backend Developer (Java)",
        "QA Engineer",
        "Business Analyst",
        "DevOps Engineer",
        "Relationship Manager",
        "Associate Product Manager",
        "Credit Analyst",
    ],
    "FR": [
        "Développeur Full-Stack",
        "Chargé de recrutement",
        "Vendeur Conseil",
        "Chef de projet IT",
        "Stagiaire Marketing",
        "Cariste",
        "Responsable logistique",
        "Data Analyst",
    ],
}
DEPARTMENTS = [
    "Engineering",
    "Nursing",
    "Retail Operations",
    "Sales",
    "Customer Success",
    "Design",
    "Finance",
    "Logistique",
    "Marketing",
]
EMPLOYERS = [
    "Infosys",
    "Accenture",
    "Wipro",
    "Capgemini",
    "Amazon",
    "Target",
    "Kaiser Permanente",
    "Tata Consultancy Services",
    "Decathlon",
    "Société Générale",
    "Walmart",
    "Freelance",
    "Zoho",
]
TITLES = [
    "Software Engineer",
    "Data Analyst",
    "Staff Nurse",
    "Sales Associate",
    "Team Lead",
    "Développeur Java",
    "Business Analyst",
    "Store Manager",
    "SDE II",
    "Consultant",
]
SCHOOLS = [
    "IIT Bombay",
    "University of Texas at Austin",
    "Anna University",
    "Université Lyon 1",
    "Georgia Tech",
    "VIT Vellore",
    "EPITA",
    "Arizona State University",
    "BITS Pilani",
    "HEC Paris",
]
DEGREES = [
    "B.Tech",
    "B.S. Computer Science",
    "MBA",
    "Master 2 Informatique",
    "BSN",
    "B.Com",
    "M.Sc. Data Science",
    "Licence Pro Logistique",
    "Associate Degree",
]
SKILLS = [
    "Python",
    "SQL",
    "Spark",
    "React",
    "Kubernetes",
    "Java",
    "Excel",
    "Salesforce",
    "Figma",
    "Patient care",
    "Forklift",
    "Négociation",
    "Airflow",
    "AWS",
]
SOURCES = [
    "LinkedIn",
    "Indeed",
    "Naukri",
    "Welcome to the Jungle",
    "Company website",
    "Referral",
    "Glassdoor",
    "APEC",
    "Instahyre",
    "Agency",
]
STAGES = [
    "Application Review",
    "Phone Screen",
    "Technical Interview",
    "Onsite",
    "Hiring Manager Review",
    "Offer",
    "Hired",
    "Rejected",
]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().replace("'", "")


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


def verhoeff_complete(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial + "0")):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return partial + str(VERHOEFF_INV[c])


class HF(Fake):
    """Fake with per-message people: who("candidate") is the same person for the whole message."""

    def start(self, market: str | None = None) -> None:
        self.company = self.pick([c for c in COMPANIES if market is None or c["country"] == market])
        self.people: dict[str, dict] = {}
        self.slot, self.slot_index = "candidate", self.r.randint(0, 3)
        self.job_title = self.pick(JOBS[self.company["country"]])

    def next_slot(self, roles: list[str]) -> str:
        """The next person of a list (interviewers, attendees): each array item is someone else."""
        self.slot = roles[self.slot_index % len(roles)]
        self.slot_index += 1
        return self.slot

    def who(self, role: str) -> dict:
        if role not in self.people:
            home = self.company["country"]
            if role == "candidate":
                country = home if self.r.random() < 0.8 else self.pick(["US", "IN", "FR", "XX"])
            else:
                country = home if self.r.random() < 0.9 else self.pick(["US", "IN", "FR", "XX"])
            self.people[role] = self.person(country, staff=role.rstrip("0123456789") in STAFF_ROLES)
        return self.people[role]

    def person(self, country: str, staff: bool = False) -> dict:
        first, last = self.pick(FIRST[country]), self.pick(LAST[country])
        a_first, a_last = (
            ascii_fold(first).lower().replace(" ", ""),
            ascii_fold(last).lower().replace(" ", ""),
        )
        if staff:
            email = f"{a_first}.{a_last}@{self.company['domain']}"
        else:
            user = self.pick(
                [
                    f"{a_first}.{a_last}",
                    f"{a_first}{a_last}{self.r.randint(1, 99)}",
                    f"{a_first[0]}{a_last}",
                    f"{a_first}_{a_last}{self.r.randint(80, 99)}",
                ]
            )
            email = f"{user}@{self.pick(MAIL[country])}"
        city, region, zip_prefix = self.pick(CITIES[country])
        return {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "email": email,
            "phone": self.phone_for(country),
            "street": self.street_for(country),
            "city": city,
            "region": region,
            "zip": self.zip_for(country, zip_prefix),
            "country": {"US": "US", "IN": "IN", "FR": "FR", "XX": self.pick(["DE", "NG", "CA", "BR", "KR"])}[
                country
            ],
            "dob": self.date(1964, 2004),
            "linkedin": f"https://www.linkedin.com/in/{a_first}-{a_last}-{self.hexid(6)}",
            "github": self.pick([a_first + a_last[:3], f"{a_first[0]}{a_last}", a_first + "-dev"])
            + str(self.r.randint(1, 999)),
            "cc": country,
        }

    def phone_for(self, country: str) -> str:
        r = self.r
        if country == "IN":
            n = f"{r.choice('6789')}{r.randint(0, 9999):04d}{r.randint(0, 99999):05d}"
            return self.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n[:5]} {n[5:]}", n, f"+91-{n}"])
        if country == "FR":
            d = [f"{r.choice('67')}"] + [f"{r.randint(0, 99):02d}" for _ in range(4)]
            return self.pick(
                [
                    "0" + d[0] + " " + " ".join(d[1:]),
                    "+33 " + d[0] + " " + " ".join(d[1:]),
                    "+33" + "".join(d),
                    "0" + d[0] + "." + ".".join(d[1:]),
                ]
            )
        if country == "XX":
            return self.pick(
                [
                    f"+49 15{r.randint(1, 9)} {r.randint(1000000, 9999999)}",
                    f"+234 80{r.randint(10000000, 99999999)}",
                    f"+1 416 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                    f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                ]
            )
        area = self.pick([212, 312, 404, 415, 503, 512, 617, 720, 919, 206, 480, 614, 713, 347])
        return self.us_phone(area)

    def us_phone(self, area: int) -> str:
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
                f"+1 {area} {ex} {line:04d}",
            ]
        )

    def street_for(self, country: str) -> str:
        r = self.r
        if country == "IN":
            return f"Flat {r.randint(1, 14)}{r.randint(1, 9):02d}, {self.pick(IN_BUILDINGS)}, {self.pick(IN_ROADS)}"  # noqa: E501
        if country == "FR":
            return f"{r.randint(1, 140)}{self.pick(['', '', ' bis'])} {self.pick(FR_STREETS)}"
        if country == "XX":
            return self.pick(
                [
                    f"Torstraße {r.randint(1, 200)}",
                    f"{r.randint(1, 99)} Admiralty Way",
                    f"{r.randint(10, 999)} Queen St W",
                    f"Rua Augusta, {r.randint(100, 2999)}",
                ]
            )
        return f"{r.randint(10, 9899)} {self.pick(US_STREETS)}" + self.pick(
            ["", "", f", Apt {r.randint(1, 40)}"]
        )

    def zip_for(self, country: str, prefix: str) -> str:
        r = self.r
        if country == "US":
            return f"{prefix}{r.randint(1, 99):02d}"
        if country == "IN":
            return f"{prefix}{r.randint(1, 99):03d}"
        if country == "FR":
            if prefix == "75":
                return f"750{r.randint(1, 20):02d}"
            return prefix + self.pick(["000", "100", "200", "300", "400"])
        return prefix + f"{r.randint(100, 999)}"

    # -- identifiers --------------------------------------------------------------------------------
    def aadhaar(self) -> str:
        n = verhoeff_complete(
            str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        )
        return self.pick([f"{n[:4]} {n[4:8]} {n[8:]}", n, f"{n[:4]}-{n[4:8]}-{n[8:]}"])

    def pan(self, last: str) -> str:
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        head = "".join(self.r.choice(letters) for _ in range(3))
        return f"{head}P{ascii_fold(last)[0].upper()}{self.r.randint(1, 9999):04d}{self.r.choice(letters)}"

    def nir(self, dob: str) -> str:
        sex = self.pick(["1", "2"])
        body = f"{sex}{dob[2:4]}{dob[5:7]}{self.pick(['75', '69', '13', '93', '59', '99'])}"
        body += f"{self.r.randint(1, 999):03d}{self.r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        if self.r.random() < 0.5:
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        return f"{body}{key:02d}"

    def passport_for(self, country: str) -> str:
        if country == "IN":
            return self.r.choice("JKLMNPRSTUVZ") + f"{self.r.randint(1000000, 9999999)}"
        if country == "FR":
            return (
                f"{self.r.randint(10, 24)}{self.r.choice('ABCDEFGHKL')}{self.r.choice('ABCDEFGHKL')}"
                + self.digits(5)
            )
        return self.pick([self.digits(9), "A" + self.digits(8)])

    def us_dl(self) -> str:
        return self.pick(
            [
                "D" + self.digits(7),
                self.digits(8),
                self.digits(9),
                "S530" + self.digits(8),
                "WDL" + self.hexid(9).upper(),
            ]
        )

    def slack_hook(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        tail = "".join(self.r.choice(alnum) for _ in range(24))
        return f"https://hooks.slack.com/services/T0{self.hexid(7).upper()}/B0{self.hexid(8).upper()}/{tail}"

    def stage(self) -> str:
        return self.pick(STAGES)


B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
STAFF_ROLES = {"interviewer", "interviewer2", "manager", "recruiter", "referrer", "approver", "coordinator"}


def P(role: str, attr: str):
    return lambda f: f.who(role)[attr]


def cand(attr: str):
    return P("candidate", attr)


def job(f: HF) -> str:
    return f.job_title


def co(attr: str):
    return lambda f: f.company[attr]


def iso_future(f: HF) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}T{f.pick(['09', '10', '11', '14', '15', '16'])}:00:00Z"  # noqa: E501


def money_band(f: HF) -> int:
    cc = f.company["country"]
    if cc == "IN":
        return f.r.randint(6, 60) * 100000
    if cc == "FR":
        return f.r.randint(28, 75) * 1000
    return f.r.randint(45, 210) * 1000


def currency(f: HF) -> str:
    return {"US": "USD", "IN": "INR", "FR": "EUR"}[f.company["country"]]


def gravatar(f: HF, role: str) -> str:
    digest = hashlib.md5(f.who(role)["email"].encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?s=200&d=identicon"


def cv_filename(f: HF) -> str:
    c = f.who("candidate")
    first, last = ascii_fold(c["first"]).replace(" ", ""), ascii_fold(c["last"]).replace(" ", "")
    return f.pick(
        [
            f"{first}_{last}_Resume.pdf",
            f"{last} {first} - CV.pdf",
            f"CV_{first}_{last}_2024.docx",
            f"{first}{last}Resume (1).pdf",
            f"Resume-{first}-{last}.pdf",
            f"CV {first} {last.upper()}.pdf",
        ]
    )


def cover_letter_fr(f: HF) -> str:
    c = f.who("candidate")
    opening = f.pick(
        [
            f"Actuellement {f.pick(TITLES)} chez {f.pick(EMPLOYERS)}, je souhaite rejoindre {f.company['name']}",  # noqa: E501
            f"Passionné(e) par la logistique, je vous propose ma candidature au poste de {f.job_title}",
            f"Suite à votre annonce parue sur {f.pick(SOURCES)}, je me permets de postuler",
        ]
    )
    sign = f.pick(
        ["Cordialement,", "Bien à vous,", "Dans l'attente de votre retour, veuillez agréer mes salutations."]
    )
    return f"Madame, Monsieur,\n\n{opening}.\n\n{sign}\n{c['full']}"


def cover_letter_en(f: HF) -> str:
    c = f.who("candidate")
    body = f.pick(
        [
            f"I'm excited to apply for the {f.job_title} role at {f.company['name']}.",
            f"With {f.r.randint(2, 12)} years at {f.pick(EMPLOYERS)}, I believe I'd be a strong fit for {f.job_title}.",  # noqa: E501
            "Please find my resume attached; I'd welcome the chance to talk.",
        ]
    )
    return f"Dear Hiring Team,\n\n{body}\n\n{f.pick(['Best regards,', 'Sincerely,', 'Thanks,'])}\n{c['full']}"


def takeaway(f: HF) -> str:
    first = f.who("candidate")["first"]
    return f.pick(
        [
            f"{first} was strong on SQL and data modelling; weaker on streaming.",
            f"Good communicator. {first} walked through a past outage clearly.",
            f"{first} needed hints on the graph problem, finished with time to spare.",
            f"Would hire. {first} asked sharp questions about the team's on-call.",
            f"Not a fit for senior level - {first} could not go deep on system design.",
        ]
    )


def transcript(f: HF) -> str:
    c = f.who("candidate")
    return f.pick(
        [
            f"Hi, my name is {c['full']} and I've been working in {f.pick(DEPARTMENTS).lower()} for six years.",  # noqa: E501
            f"Hello! I'm {c['full']}. The project I'm proudest of is a migration we shipped last spring.",
            f"Good morning, {c['full']} here. I'd like to talk about a time I disagreed with my manager.",
        ]
    )


def recruiter_note(f: HF) -> str:
    c = f.who("candidate")
    return f.pick(
        [
            f"Prefers WhatsApp: {c['phone']}",
            f"Call back on {c['phone']} after 6pm local time",
            f"Spoke to {c['first']}, new mobile {c['phone']}",
            f"Alt number {c['phone']} (home). Notice period negotiable.",
            f"Left voicemail at {c['phone']}; try again Monday",
        ]
    )


def sms_body(f: HF) -> str:
    c = f.who("candidate")
    return f.pick(
        [
            f"Hi {c['first']}, your interview with {f.company['name']} for {f.job_title} is confirmed. Reply C to confirm.",  # noqa: E501
            f"{c['first']}, reminder: your {f.pick(['phone screen', 'onsite', 'video interview'])} is tomorrow. Reply STOP to opt out.",  # noqa: E501
            f"Hello {c['first']}! Please pick an interview slot: https://hl.ink/{f.hexid(6)}",
        ]
    )


def slack_text(f: HF) -> str:
    c = f.who("candidate")
    return f.pick(
        [
            f"New application from {c['full']} for *{f.job_title}*",
            f":tada: {c['full']} accepted the offer for {f.job_title}!",
            f"Scorecard overdue for {c['full']} ({f.job_title})",
        ]
    )


def push_body(f: HF) -> str:
    first = f.who("candidate")["first"]
    return f.pick(
        [
            f"{first}, {f.r.randint(2, 15)} new jobs match your alert",
            f"{first}, your application was viewed",
            f"Good news {first}! A recruiter wants to chat",
            f"{first}, complete your profile to stand out",
        ]
    )


def referral_note(f: HF) -> str:
    c = f.who("candidate")
    return f.pick(
        [
            f"I worked with {c['first']} at {f.pick(EMPLOYERS)} for {f.r.randint(2, 6)} years, great engineer.",  # noqa: E501
            f"{c['full']} is a former classmate, very strong in analytics.",
            f"Met {c['first']} at a meetup; sharp, wants to move to {f.company['country']}.",
        ]
    )


def accommodation_details(f: HF) -> str:
    return f.pick(
        [
            "I use a wheelchair and need step-free access to the interview room.",
            "I am deaf and would like an ASL interpreter for the panel.",
            "I have dyslexia; extra time on the written exercise would help.",
            "I am partially sighted and use a screen reader, please send documents in advance.",
            "I have ADHD and would prefer a quiet room with short breaks.",
        ]
    )


# -- contexts -----------------------------------------------------------------------------------

CHROME_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"  # noqa: E501
UAS = [
    CHROME_UA,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",  # noqa: E501
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",  # noqa: E501
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",  # noqa: E501
]
LOCALES = {"US": ["en-US", "es-US"], "IN": ["en-IN", "hi-IN", "en-GB"], "FR": ["fr-FR", "fr-FR", "en-GB"]}
TZS = {
    "US": ["America/New_York", "America/Chicago", "America/Los_Angeles"],
    "IN": ["Asia/Kolkata"],
    "FR": ["Europe/Paris"],
}


def web_context(f: HF):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/jobs", f"/jobs/{f.digits(7)}", "/apply", "/candidates", "/"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.linkedin.com/", "https://in.indeed.com/", "", "https://www.google.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?gh_src=linkedin", "?utm_source=indeed&utm_medium=cpc", "?lever-source=Naukri"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        f"Careers at {f.company['name']}",
                        f"{f.job_title} | {f.company['name']}",
                        "Candidates · HireLoop",
                    ]
                )
            ),
            "url": G(lambda f: f"https://{f.company['careers']}/jobs/{f.digits(7)}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.company["country"]])),
        "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["campus_2024", "nurse_hiring_q3", "alternance_rentree", "eng_brand"])
            ),
            "source": G(lambda f: f.pick(["linkedin", "indeed", "naukri", "google", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email", "job_board"])),
            "content": G(lambda f: f.pick(["carousel_a", "jd_link", "banner"])),
        },
    }


def swift_context(f: HF):
    return {
        "app": {
            "name": G(lambda f: "HireLoop Jobs"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "4.14.0"])),
            "build": G(lambda f: f.pick(["41200", "41302", "41400"])),
            "namespace": G(lambda f: "io.hireloop.jobs"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.company["country"]])),
        "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(cand("email"), "email"),
            "firstName": Y(cand("first"), "name"),
            "phone": Y(cand("phone"), "phone"),
            "userId": G(lambda f: "cand_" + f.digits(8)),
        },
    }


def kotlin_context(f: HF):
    return {
        "app": {
            "name": G(lambda f: "HireLoop Jobs"),
            "version": G(lambda f: f.pick(["4.12.0", "4.14.0"])),
            "build": G(lambda f: f.pick(["412000", "414003"])),
            "namespace": G(lambda f: "io.hireloop.jobs"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "2201117TI", "CPH2449", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "spes", "OP5958L1", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Jio", "Airtel", "Vi India", "Orange F", "T-Mobile", "Free"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.company["country"]])),
        "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(8.0, 49.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.0, 88.0), 6), "geolocation"),
            "speed": G(lambda f: 0.0),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(cand("email"), "email")},
    }


def rn_context(f: HF):
    return {
        "app": {
            "name": G(lambda f: "HireLoop Interviewer"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "io.hireloop.interviewer"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.company["country"]])),
        "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
        "traits": {
            "email": Y(P("interviewer", "email"), "email"),
            "name": Y(P("interviewer", "full"), "name"),
            "role": G(lambda f: f.pick(["interviewer", "hiring_manager", "recruiter"])),
        },
    }


def flutter_context(f: HF):
    return {
        "app": {
            "name": G(lambda f: f"{f.company['name']} Careers"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.0"])),
            "build": G(lambda f: f.pick(["80", "90"])),
            "namespace": G(lambda f: "com.kaverifin.careers"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Xiaomi", "realme", "Apple"])),
            "model": G(lambda f: f.pick(["Redmi Note 12", "RMX3686", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "16.7"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 390])), "height": G(lambda f: f.pick([873, 844]))},
        "locale": G(lambda f: f.pick(LOCALES[f.company["country"]])),
        "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.1"],
    "analytics-php": ["3.7.0", "3.8.1"],
    "analytics-csharp": ["2.3.6", "2.4.0"],
}
SERVER_LIB = {
    "python": "analytics-python",
    "node": "@segment/analytics-node",
    "go": "analytics-go",
    "java": "analytics-java",
    "ruby": "analytics-ruby",
    "php": "analytics-php",
    "csharp": "analytics-csharp",
}


def server_context(lib: str):
    def ctx(f: HF):
        base: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
        }
        if lib in ("@segment/analytics-node", "analytics-php"):
            base["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            base["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "analytics-python":
            base["traits"] = {"email": Y(cand("email"), "email")}
            base["groupId"] = G(lambda f: "org_" + f.digits(5))
        if lib == "analytics-java":
            base["groupId"] = G(lambda f: "org_" + f.digits(5))
        return base

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{short: server_context(lib) for short, lib in SERVER_LIB.items()},
}
MOBILE = ["swift", "kotlin"]


# -- events -------------------------------------------------------------------------------------


def job_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f"REQ-{f.r.randint(2023, 2025)}-{f.r.randint(1, 999):04d}"),
        "name": G(job),
        "category": G(lambda f: f.pick(DEPARTMENTS)),
        "brand": G(co("name")),
        "position": G(lambda f: f.r.randint(1, 25)),
        "url": G(lambda f: f"https://{f.company['careers']}/jobs/{f.digits(7)}"),
    }


def slot_product():
    return {
        "product_id": G(lambda f: f.pick(["prod_spons30", "prod_spons60", "prod_boost7", "prod_campus"])),
        "sku": G(lambda f: f.pick(["SPONS-30D", "SPONS-60D", "BOOST-7D", "CAMPUS-PACK-5"])),
        "name": G(
            lambda f: f.pick(
                ["Sponsored Job - 30 days", "Sponsored Job - 60 days", "Boost 7 days", "Campus pack (5 jobs)"]
            )
        ),
        "price": G(lambda f: f.pick([199.0, 349.0, 49.0, 799.0])),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "category": G(lambda f: "job_ads"),
    }


def candidate_block():
    return {
        "id": G(lambda f: "cand_" + f.digits(8)),
        "first_name": Y(cand("first"), "name"),
        "last_name": Y(cand("last"), "name"),
        "email": Y(cand("email"), "email"),
        "phone": Y(cand("phone"), "phone"),
        "linkedin_url": Y(cand("linkedin"), "name|identification"),
    }


def page_props():
    return {
        "title": G(
            lambda f: f.pick(
                [
                    f"{f.job_title} | {f.company['name']}",
                    f"Careers at {f.company['name']}",
                    "Candidates · HireLoop",
                ]
            )
        ),
        "url": G(lambda f: f"https://{f.company['careers']}/jobs/{f.digits(7)}"),
        "path": G(lambda f: f.pick(["/jobs", f"/jobs/{f.digits(7)}", "/candidates/profile"])),
        "referrer": G(
            lambda f: f.pick(
                [
                    "https://www.linkedin.com/",
                    "",
                    "https://www.naukri.com/",
                    "https://www.welcometothejungle.com/",
                ]
            )
        ),
        "search": G(lambda f: f.pick(["", "?gh_src=linkedin", "?utm_source=indeed"])),
    }


EEO_VETERAN = [
    "I identify as one or more of the classifications of protected veteran",
    "I am not a protected veteran",
    "I don't wish to answer",
]
EEO_DISABILITY = [
    "Yes, I have a disability (or previously had a disability)",
    "No, I do not have a disability",
    "I do not want to answer",
]
EEO_RACE = [
    "Asian",
    "Black or African American",
    "White",
    "Two or More Races",
    "American Indian or Alaska Native",
    "Native Hawaiian or Other Pacific Islander",
    "Decline to self-identify",
]
ACCOMMODATIONS = [
    "wheelchair_accessible_room",
    "sign_language_interpreter",
    "screen_reader_compatible_assessment",
    "extended_time",
    "quiet_room",
]

EVENTS: list[tuple[str, str | None, list[str], str | None, dict]] = [
    # -- career site and candidate apps -------------------------------------------------------------
    (
        "page",
        "Job Details",
        ["web"],
        None,
        {**page_props(), "job_id": G(lambda f: f.digits(7)), "department": G(lambda f: f.pick(DEPARTMENTS))},
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "data engineer",
                        "nurse night shift",
                        "java developer pune",
                        "alternance marketing",
                        "warehouse",
                        "remote product designer",
                        "cariste lyon",
                    ]
                )
            ),
            "location": G(
                lambda f: f.pick(["Bengaluru", "Remote", "Paris", "Austin, TX", "Hyderabad", "Lyon", ""])
            ),
            "radius_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "remote_only": G(lambda f: f.pick([True, False])),
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "filters": {
                "department": Many(G(lambda f: f.pick(DEPARTMENTS)), 2),
                "employment_type": G(lambda f: f.pick(["full_time", "part_time", "contract", "internship"])),
            },
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web"],
        None,
        {"category": G(lambda f: f.pick(DEPARTMENTS)), "products": Many(job_product(), 4)},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        None,
        {
            **{k: v for k, v in job_product().items() if k != "position"},
            "variant": G(lambda f: f.pick(["full_time", "part_time", "CDI", "CDD", "internship"])),
            "image_url": G(lambda f: f"https://cdn.hireloop.io/logos/{f.hexid(10)}.png"),
            "location": G(lambda f: f.company["office"]),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "flutter"],
        None,
        {
            "email": Y(cand("email"), "email"),
            "firstName": Y(cand("first"), "name"),
            "lastName": Y(cand("last"), "name"),
            "phone": Y(cand("phone"), "phone"),
            "city": Y(cand("city"), "city"),
            "country": G(cand("country")),
            "linkedinUrl": Y(cand("linkedin"), "name|identification"),
            "avatar": Y(lambda f: f"https://cdn.hireloop.io/avatars/{f.uuid()}.jpg", "photo"),
            "address": {
                "street": Y(cand("street"), "street|address"),
                "city": Y(cand("city"), "city"),
                "postalCode": Y(cand("zip"), "zipcode"),
                "state": G(cand("region")),
                "country": G(cand("country")),
            },
            "birthday": Y(cand("dob"), "birthdate"),
            "pronouns": Y(
                lambda f: f.pick(["she/her", "he/him", "they/them", "il/lui", "elle/elle"]), "gender"
            ),
            "createdAt": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(SOURCES)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "fr", "hi", "ta"])),
            "profileCompleteness": G(lambda f: f.r.randint(10, 100)),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        None,
        {
            "method": G(lambda f: f.pick(["email", "google", "linkedin", "apple"])),
            "email": Y(cand("email"), "email"),
            "email_domain": G(lambda f: f.who("candidate")["email"].split("@")[1]),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Phone Verification Submitted",
        ["swift", "kotlin", "flutter"],
        None,
        {
            "phone": Y(cand("phone"), "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        None,
        {
            "email": Y(cand("email"), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "requested_via": G(lambda f: f.pick(["login_page", "apply_flow"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        None,
        {
            "email": Y(cand("email"), "email"),
            "login_url": RED(
                lambda f: f"https://{f.company['careers']}/portal/magic?token={f.hexid(48)}", "token", True
            ),
            "expires_at": G(lambda f: f.iso()),
            "purpose": G(lambda f: f.pick(["status_check", "document_upload", "schedule_interview"])),
        },
    ),
    (
        "track",
        "Application Started",
        ["web", "swift", "kotlin", "flutter"],
        None,
        {
            "job_id": G(lambda f: f.digits(7)),
            "application_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(SOURCES)),
            "step": G(lambda f: f.pick(["resume_upload", "contact_info", "questions"])),
            "apply_with": G(lambda f: f.pick(["resume", "linkedin", "indeed"])),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["web"],
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "job_id": G(lambda f: f.digits(7)),
            "requisition_id": G(lambda f: f"REQ-{f.r.randint(2023, 2025)}-{f.r.randint(1, 999):04d}"),
            "job_title": G(job),
            "candidate": {
                **candidate_block(),
                "location": Y(
                    lambda f: f"{f.who('candidate')['city']}, {f.who('candidate')['region']}", "city"
                ),
                "github_username": Y(cand("github"), "name"),
                "current_employer": G(lambda f: f.pick(EMPLOYERS)),
                "current_title": G(lambda f: f.pick(TITLES)),
            },
            "resume": {
                "file_id": G(lambda f: "file_" + f.hexid(20)),
                "filename": Y(cv_filename, "name", True),
                "size_bytes": G(lambda f: f.r.randint(40_000, 2_400_000)),
                "mime_type": G(
                    lambda f: f.pick(
                        [
                            "application/pdf",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        ]
                    )
                ),
                "sha256": G(lambda f: f.hexid(64)),
            },
            "cover_letter": Y(cover_letter_en, "name", True),
            "source": G(lambda f: f.pick(SOURCES)),
            "attribution": {
                "gclid": Y(
                    lambda f: "Cj0KCQjw" + "".join(f.r.choice(B64URL) for _ in range(80)), "advertising id"
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
                "li_fat_id": Y(lambda f: f.uuid(), "advertising id"),
                "utm_campaign": G(lambda f: f.pick(["eng_brand", "nurse_hiring_q3", "campus_2024"])),
            },
            "consent": {
                "privacy_policy_version": G(lambda f: f.pick(["v3.2", "v4.0"])),
                "gdpr_consent": G(lambda f: f.pick([True, False])),
                "talent_pool_opt_in": G(lambda f: f.pick([True, False])),
            },
            "questions_answered": G(lambda f: f.r.randint(0, 12)),
            "time_to_complete_sec": G(lambda f: f.r.randint(60, 2400)),
        },
    ),
    (
        "track",
        "Screening Questions Answered",
        ["web", "swift", "kotlin"],
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "job_id": G(lambda f: f.digits(7)),
            "answers": {
                "legally_authorized_to_work": RED(lambda f: f.pick([True, False]), "visa"),
                "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
                "willing_to_relocate": G(lambda f: f.pick([True, False, "open to discuss"])),
                "expected_salary": Y(money_band, "salary"),
                "salary_currency": G(currency),
                "salary_period": G(lambda f: f.pick(["yearly", "monthly", "hourly"])),
                "notice_period_days": G(lambda f: f.pick([0, 15, 30, 60, 90])),
                "earliest_start_date": G(lambda f: f.date(2024, 2025)),
                "years_of_experience": G(lambda f: f.r.randint(0, 25)),
                "has_drivers_license": G(lambda f: f.pick([True, False])),
                "felony_conviction": Y(
                    lambda f: f.pick([False, False, True, "prefer not to say"]), "criminal record"
                ),
                "over_18": G(lambda f: True),
            },
            "custom": Many(
                {
                    "question": G(
                        lambda f: f.pick(
                            [
                                "Are you comfortable working on-site 3 days a week?",
                                "How many years of Python experience do you have?",
                                "Are you open to travel up to 25%?",
                                "Can you work night shifts?",
                            ]
                        )
                    ),
                    "answer": G(lambda f: f.pick(["Yes", "No", "3-5 years", "Maybe", "1-2 years"])),
                },
                3,
            ),
            "knockout_failed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "EEO Survey Submitted",
        ["web"],
        "US",
        {
            "application_id": G(lambda f: f.uuid()),
            "gender": Y(
                lambda f: f.pick(["Female", "Male", "Non-binary", "Decline to self-identify"]), "gender"
            ),
            "race": Y(lambda f: f.pick(EEO_RACE), "race"),
            "hispanic_or_latino": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "veteran_status": RED(lambda f: f.pick(EEO_VETERAN), "veteran"),
            "disability_status": RED(lambda f: f.pick(EEO_DISABILITY), "disability"),
            "form_cc305_signed": G(lambda f: f.pick([True, False])),
            "signature_name": Y(cand("full"), "name"),
            "signed_on": G(lambda f: f.date(2024, 2024)),
            "declined_all": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Accommodation Requested",
        ["web", "node"],
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "accommodation_type": RED(lambda f: f.pick(ACCOMMODATIONS), "disability"),
            "details": RED(accommodation_details, "disability", True),
            "preferred_contact": G(lambda f: f.pick(["email", "phone"])),
            "stage": G(lambda f: f.stage()),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        None,
        {
            "form_id": G(lambda f: "apply_" + f.digits(5)),
            "field": G(lambda f: "email"),
            "value": Y(cand("email"), "email", True),
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Chatbot Contact Captured",
        ["web", "flutter"],
        None,
        {
            "bot_id": G(lambda f: f.pick(["olivia-retail", "aria-campus"])),
            "conversation_id": G(lambda f: f.uuid()),
            "step": G(lambda f: "mobile_number"),
            "input": Y(cand("phone"), "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["web_widget", "whatsapp", "sms"])),
        },
    ),
    (
        "screen",
        "Application Status",
        ["swift", "kotlin", "flutter"],
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["submitted", "in_review", "interviewing", "offer", "rejected"])),
            "job_title": G(job),
            "days_since_applied": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        None,
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(6)),
            "title": G(lambda f: f.pick(["Job alert", "Application update", "New message"])),
            "body": Y(push_body, "name", True),
            "deep_link": G(lambda f: f"hireloop://jobs/{f.digits(7)}"),
        },
    ),
    (
        "track",
        "Job Alert Created",
        ["kotlin", "swift"],
        None,
        {
            "alert_id": G(lambda f: f.uuid()),
            "keywords": G(lambda f: f.pick(["data engineer", "nurse", "java", "logistique", "sales"])),
            "location_name": G(lambda f: f.pick(["Pune", "Seattle", "Paris", "Near me", "Chennai"])),
            "radius_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "frequency": G(lambda f: f.pick(["daily", "weekly", "instant"])),
            "user_lat": Y(lambda f: round(f.r.uniform(8.0, 49.0), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-122.0, 88.0), 6), "geolocation"),
            "alert_email": Y(cand("email"), "email"),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ["swift", "kotlin"],
        None,
        {
            "url": G(lambda f: f"https://hl.ink/j/{f.hexid(8)}?utm_source=facebook&utm_campaign=eng_brand"),
            "provider": G(lambda f: f.pick(["branch", "appsflyer"])),
            "campaign": G(lambda f: f.pick(["eng_brand", "campus_2024", "nurse_hiring_q3"])),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(52), "advertising id"),
        },
    ),
    (
        "track",
        "Video Response Recorded",
        ["web", "swift"],
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "question_id": G(lambda f: "q_" + f.digits(4)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "duration_sec": G(lambda f: f.r.randint(30, 180)),
            "video_url": Y(lambda f: f"https://media.hireloop.io/vi/{f.uuid()}.mp4", "photo"),
            "transcript": Y(transcript, "name", True),
            "captions_language": G(lambda f: f.pick(["en", "fr", "en-IN"])),
        },
    ),
    (
        "track",
        "Offer Accepted",
        ["swift", "web"],
        None,
        {
            "offer_id": G(lambda f: "off_" + f.digits(7)),
            "application_id": G(lambda f: f.uuid()),
            "signed_at": G(lambda f: f.iso()),
            "envelope_id": G(lambda f: f.uuid()),
            "signature_name": Y(cand("full"), "name"),
            "start_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Talent Community Joined",
        ["web"],
        None,
        {
            "email": Y(cand("email"), "email"),
            "interests": Many(G(lambda f: f.pick(DEPARTMENTS)), 3),
            "location_preference": G(lambda f: f.pick(["Remote", "Bengaluru", "Paris", "Chicago"])),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- recruiter app ----------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        None,
        {
            "email": Y(P("recruiter", "email"), "email"),
            "firstName": Y(P("recruiter", "first"), "name"),
            "lastName": Y(P("recruiter", "last"), "name"),
            "title": G(
                lambda f: f.pick(
                    [
                        "Talent Acquisition Partner",
                        "Recruiting Coordinator",
                        "Head of People",
                        "Chargée de recrutement",
                        "HRBP",
                    ]
                )
            ),
            "role": G(lambda f: f.pick(["admin", "recruiter", "coordinator", "hiring_manager"])),
            "avatar": Y(lambda f: gravatar(f, "recruiter"), "photo"),
            "slackUserId": G(lambda f: "U0" + f.hexid(8).upper()),
            "seatType": G(lambda f: f.pick(["full", "interviewer_only"])),
            "createdAt": G(lambda f: f.iso()),
            "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        None,
        {
            "name": G(co("name")),
            "industry": G(
                lambda f: f.pick(["Healthcare", "Retail", "Software", "Financial Services", "Logistics"])
            ),
            "employees": G(lambda f: f.pick([180, 950, 4200, 12000])),
            "plan": G(lambda f: f.pick(["growth", "pro", "enterprise"])),
            "website": G(lambda f: f"https://www.{f.company['domain']}"),
            "createdAt": G(lambda f: f.iso()),
            "hq_country": G(co("country")),
            "careers_email": G(
                lambda f: f.pick(["careers", "talent", "recrutement", "jobs"]) + "@" + f.company["domain"]
            ),
            "main_phone": G(co("phone")),
            "headquarters": {
                "street": G(co("street")),
                "city": G(lambda f: f.company["office"].split(" ")[0]),
                "postal_code": G(lambda f: f.pick(["02210", "78701", "560066", "400051", "75009", "69003"])),
            },
        },
    ),
    (
        "track",
        "Job Posted",
        ["web", "python"],
        None,
        {
            "job_id": G(lambda f: f.digits(7)),
            "requisition_id": G(lambda f: f"REQ-{f.r.randint(2023, 2025)}-{f.r.randint(1, 999):04d}"),
            "job_title": G(job),
            "department": G(lambda f: f.pick(DEPARTMENTS)),
            "office": {"name": G(co("office")), "country": G(co("country"))},
            "remote_policy": G(lambda f: f.pick(["onsite", "hybrid", "remote"])),
            "employment_type": G(
                lambda f: f.pick(["full_time", "part_time", "contract", "CDI", "internship"])
            ),
            "salary_range": {
                "min": G(money_band),
                "max": G(lambda f: money_band(f) + 20000),
                "currency": G(currency),
                "period": G(lambda f: f.pick(["yearly", "hourly"])),
            },
            "visa_sponsorship_available": G(lambda f: f.pick([True, False])),
            "veteran_friendly": G(lambda f: f.pick([True, False])),
            "relocation_assistance": G(lambda f: f.pick([True, False])),
            "hiring_manager": {
                "id": G(lambda f: "usr_" + f.digits(6)),
                "name": Y(P("manager", "full"), "name"),
                "email": Y(P("manager", "email"), "email"),
            },
            "recruiter_email": Y(P("recruiter", "email"), "email"),
            "openings": G(lambda f: f.r.randint(1, 12)),
            "boards": Many(G(lambda f: f.pick(["linkedin", "indeed", "naukri", "wttj", "glassdoor"])), 3),
            "internal_only": G(lambda f: f.pick([True, False])),
            "bias_check": {
                "gendered_words_count": G(lambda f: f.r.randint(0, 9)),
                "score": G(lambda f: f.r.randint(40, 100)),
            },
        },
    ),
    (
        "track",
        "Candidates Searched",
        ["web"],
        None,
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        f.who("candidate")["full"],
                        f.who("candidate")["last"],
                        f.who("candidate")["full"].lower(),
                    ]
                ),
                "name",
                True,
            ),
            "filters": {
                "stage": G(lambda f: f.stage()),
                "job_id": G(lambda f: f.digits(7)),
                "tags": Many(
                    G(lambda f: f.pick(["silver-medalist", "campus", "rehire", "diversity-pipeline"])), 2
                ),
            },
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "search_mode": G(lambda f: f.pick(["quick", "advanced"])),
        },
    ),
    (
        "track",
        "Candidate Stage Changed",
        ["web", "rn", "ruby"],
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "candidate_id": G(lambda f: "cand_" + f.digits(8)),
            "candidate_name": Y(cand("full"), "name"),
            "from_stage": G(lambda f: f.stage()),
            "to_stage": G(lambda f: f.stage()),
            "rejection_reason": G(
                lambda f: f.pick(["", "skills_gap", "withdrew", "salary_mismatch", "position_filled"])
            ),
            "moved_by_user_id": G(lambda f: "usr_" + f.digits(6)),
            "automated": G(lambda f: f.pick([True, False])),
            "rejection_email_sent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Note Added",
        ["web", "rn"],
        None,
        {
            "note_id": G(lambda f: f.uuid()),
            "application_id": G(lambda f: f.uuid()),
            "visibility": G(lambda f: f.pick(["private", "hiring_team", "everyone"])),
            "note": Y(recruiter_note, "phone", True),
            "mentions": Many(G(lambda f: "usr_" + f.digits(6)), 2),
        },
    ),
    (
        "track",
        "Referrer Selected",
        ["web"],
        None,
        {
            "field_id": G(lambda f: "referrer"),
            "selected": {
                "value": G(lambda f: "emp_" + f.digits(5)),
                "label": Y(P("referrer", "full"), "name", True),
            },
            "list_size": G(lambda f: f.r.randint(5, 3000)),
        },
    ),
    (
        "track",
        "Referral Submitted",
        ["web", "ruby"],
        None,
        {
            "referral_id": G(lambda f: "ref_" + f.digits(6)),
            "job_id": G(lambda f: f.digits(7)),
            "referrer": {
                "employee_id": G(lambda f: "emp_" + f.digits(5)),
                "name": Y(P("referrer", "full"), "name"),
                "email": Y(P("referrer", "email"), "email"),
            },
            "candidate": candidate_block(),
            "relationship": G(lambda f: f.pick(["former_colleague", "friend", "classmate", "met_at_event"])),
            "known_for_years": G(lambda f: f.r.randint(0, 15)),
            "referral_note": Y(referral_note, "name", True),
            "bonus_eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Prospect Added",
        ["web"],
        None,
        {
            "prospect": {
                "full_name": Y(cand("full"), "name"),
                "headline": G(lambda f: f"{f.pick(TITLES)} at {f.pick(EMPLOYERS)}"),
                "profile_url": Y(cand("linkedin"), "name|identification"),
                "location": Y(
                    lambda f: f"{f.who('candidate')['city']}, {f.who('candidate')['region']}", "city"
                ),
                "current_company": G(lambda f: f.pick(EMPLOYERS)),
                "open_to_work": G(lambda f: f.pick([True, False])),
            },
            "pool_id": G(lambda f: "pool_" + f.digits(4)),
            "source": G(lambda f: f.pick(["linkedin_extension", "github_extension"])),
            "owner": Y(P("recruiter", "email"), "email", True),
        },
    ),
    (
        "track",
        "Candidate Merged",
        ["java"],
        None,
        {
            "primary_candidate_id": G(lambda f: "cand_" + f.digits(8)),
            "merged_candidate_id": G(lambda f: "cand_" + f.digits(8)),
            "match_keys": Many(G(lambda f: f.pick(["email", "phone", "linkedin_url"])), 2),
            "duplicate_email": Y(cand("email"), "email"),
        },
    ),
    # -- interviews -------------------------------------------------------------------------------
    (
        "track",
        "Interview Scheduled",
        ["node"],
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "application_id": G(lambda f: f.uuid()),
            "stage": G(lambda f: f.stage()),
            "start_time": G(iso_future),
            "end_time": G(iso_future),
            "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
            "duration_minutes": G(lambda f: f.pick([30, 45, 60, 90])),
            "location_type": G(lambda f: f.pick(["video", "onsite", "phone"])),
            "meeting_url": G(lambda f: f"https://meet.google.com/{f.hexid(3)}-{f.hexid(4)}-{f.hexid(3)}"),
            "room": {
                "name": G(lambda f: f.pick(["Everest 4F", "Salle Montmartre", "Nilgiri", "Lakeview"])),
                "address": G(co("street")),
            },
            "interviewers": Many(
                {
                    "user_id": G(
                        lambda f: (
                            f.next_slot(["interviewer", "interviewer2", "interviewer3"])
                            and "usr_" + f.digits(6)
                        )
                    ),
                    "name": Y(lambda f: f.who(f.slot)["full"], "name"),
                    "email": Y(lambda f: f.who(f.slot)["email"], "email"),
                    "calendar_id": Y(lambda f: f.who(f.slot)["email"], "email", True),
                    "role": G(lambda f: f.pick(["interviewer", "shadow", "lead"])),
                    "response_status": G(lambda f: f.pick(["accepted", "needsAction", "tentative"])),
                },
                3,
            ),
            "candidate": {
                "email": Y(cand("email"), "email"),
                "first_name": Y(cand("first"), "name"),
                "timezone": G(lambda f: f.pick(TZS.get(f.who("candidate")["cc"], ["UTC"]))),
            },
            "scheduled_by_email": Y(P("coordinator", "email"), "email"),
            "self_scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Zoom Meeting Created",
        ["go"],
        None,
        {
            "event": G(lambda f: "meeting.created"),
            "event_ts": G(lambda f: f.epoch_ms()),
            "payload": {
                "object": {
                    "id": G(lambda f: int(f.digits(11))),
                    "host_id": G(lambda f: f.hexid(22)),
                    "host_email": Y(P("interviewer", "email"), "email"),
                    "topic": G(lambda f: f"Interview: {f.job_title}"),
                    "start_time": G(iso_future),
                    "duration": G(lambda f: f.pick([30, 45, 60])),
                    "timezone": G(lambda f: f.pick(TZS[f.company["country"]])),
                    "password": RED(lambda f: f.pick([f.digits(6), f.hexid(8)]), "password"),
                },
            },
        },
    ),
    (
        "track",
        "Calendar Invite Sent",
        ["python"],
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "calendar_event": {
                "id": G(lambda f: f.hexid(26)),
                "status": G(lambda f: "confirmed"),
                "htmlLink": G(lambda f: "https://www.google.com/calendar/event?eid=" + f.hexid(40)),
                "summary": G(lambda f: f"{f.pick(['Onsite', 'Phone Screen', 'Entretien'])} - {f.job_title}"),
                "start": {
                    "dateTime": G(iso_future),
                    "timeZone": G(lambda f: f.pick(TZS[f.company["country"]])),
                },
                "organizer": {"email": Y(P("coordinator", "email"), "email")},
                "attendees": Many(
                    {
                        "email": Y(
                            lambda f: f.who(
                                f.next_slot(["candidate", "interviewer", "interviewer2", "interviewer3"])
                            )["email"],
                            "email",
                        ),
                        "displayName": Y(lambda f: f.who(f.slot)["full"], "name"),
                        "responseStatus": G(lambda f: f.pick(["needsAction", "accepted", "declined"])),
                    },
                    4,
                ),
            },
        },
    ),
    (
        "track",
        "Scorecard Submitted",
        ["web", "rn"],
        None,
        {
            "scorecard_id": G(lambda f: f.uuid()),
            "interview_id": G(lambda f: f.uuid()),
            "interviewer_id": G(lambda f: "usr_" + f.digits(6)),
            "interviewer_name": Y(P("interviewer", "full"), "name"),
            "overall_recommendation": G(lambda f: f.pick(["strong_yes", "yes", "no", "strong_no"])),
            "ratings": Many(
                {
                    "attribute": G(
                        lambda f: f.pick(
                            ["Communication", "SQL", "System design", "Ownership", "Culture add"]
                        )
                    ),
                    "score": G(lambda f: f.r.randint(1, 4)),
                },
                5,
            ),
            "key_takeaways": Y(takeaway, "name", True),
            "private_notes": G(
                lambda f: f.pick(
                    [
                        "Strong fundamentals, weak on system design.",
                        "Needs a second technical round.",
                        "Culture add, would pair well with the platform team.",
                        "",
                        "Pas assez d'expérience en Java.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Feedback Reminder Sent",
        ["ruby"],
        None,
        {
            "interview_id": G(lambda f: f.uuid()),
            "interviewer_email": Y(P("interviewer", "email"), "email"),
            "hours_overdue": G(lambda f: f.r.randint(24, 200)),
            "reminder_number": G(lambda f: f.r.randint(1, 4)),
            "channel": G(lambda f: f.pick(["email", "slack"])),
        },
    ),
    (
        "track",
        "Assessment Completed",
        ["go"],
        None,
        {
            "assessment_id": G(lambda f: "asm_" + f.hexid(12)),
            "test_name": G(
                lambda f: f.pick(["Backend Java - Medium", "SQL Fundamentals", "Numerical Reasoning"])
            ),
            "score": G(lambda f: f.r.randint(0, 100)),
            "percentile": G(lambda f: f.r.randint(1, 99)),
            "plagiarism_flag": G(lambda f: f.pick([True, False])),
            "candidate_email": Y(cand("email"), "email"),
            "report_url": G(lambda f: f"https://app.codility.com/c/report/{f.hexid(16)}"),
        },
    ),
]

EVENTS += [
    # -- offers, checks and onboarding --------------------------------------------------------------
    (
        "track",
        "Offer Created",
        ["java"],
        None,
        {
            "offer_id": G(lambda f: "off_" + f.digits(7)),
            "application_id": G(lambda f: f.uuid()),
            "candidate_name": Y(cand("full"), "name"),
            "job_title": G(job),
            "employment_type": G(lambda f: f.pick(["full_time", "part_time", "contract", "CDI", "CDD"])),
            "base_salary": Y(money_band, "salary"),
            "signing_bonus": Y(lambda f: f.pick([0, 5000, 10000, 25000, 100000]), "salary"),
            "bonus_target_percent": Y(lambda f: f.pick([0, 5, 10, 15, 20]), "salary"),
            "currency": G(currency),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "expires_at": G(lambda f: f.iso()),
            "template_id": G(lambda f: f.pick(["tmpl_us_ft_v7", "tmpl_in_ft_v3", "tmpl_fr_cdi_v2"])),
            "approval_chain": Many(
                {
                    "approver_name": Y(P("approver", "full"), "name"),
                    "approver_email": Y(P("approver", "email"), "email"),
                    "status": G(lambda f: f.pick(["approved", "pending", "rejected"])),
                    "approved_at": G(lambda f: f.iso()),
                },
                3,
            ),
            "relocation": {
                "package": G(lambda f: f.pick(["none", "lump_sum", "full_service"])),
                "dependents": Many(
                    {
                        "first_name": Y(lambda f: f.pick(FIRST[f.who("candidate")["cc"]]), "name"),
                        "relationship": G(lambda f: f.pick(["spouse", "child", "partner"])),
                        "age": G(lambda f: f.r.randint(1, 45)),
                    },
                    3,
                ),
                "pets": Many(
                    {
                        "name": G(lambda f: f.pick(["Biscuit", "Luna", "Simba", "Moka", "Bruno"])),
                        "species": G(lambda f: f.pick(["dog", "cat"])),
                    },
                    2,
                ),
            },
        },
    ),
    (
        "track",
        "Visa Petition Filed",
        ["python"],
        "US",
        {
            "petition_id": G(lambda f: "pet_" + f.digits(6)),
            "visa_type": RED(
                lambda f: f.pick(["H-1B", "H-1B transfer", "L-1B", "O-1A", "TN", "E-3"]), "visa"
            ),
            "receipt_number": RED(lambda f: f.pick(["EAC", "WAC", "IOE", "LIN"]) + f.digits(10), "visa"),
            "passport_number": RED(lambda f: f.passport_for(f.who("candidate")["cc"]), "passport"),
            "passport_country": G(lambda f: f.who("candidate")["country"].replace("US", "MX")),
            "i94_number": RED(lambda f: f.digits(9) + f.pick(["A3", "B1", "C2"]), "visa|national id"),
            "current_status_expires": G(lambda f: f.date(2024, 2027)),
            "attorney_email": Y(
                lambda f: f"{ascii_fold(f.pick(FIRST['US'])).lower()}@fragomen-example.com", "email"
            ),
            "dependents_count": G(lambda f: f.r.randint(0, 3)),
            "premium_processing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["go"],
        "US",
        {
            "type": G(lambda f: "report.completed"),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "status": G(lambda f: f.pick(["complete", "pending", "suspended"])),
                    "adjudication": G(
                        lambda f: f.pick(["engaged", "pre_adverse_action", "post_adverse_action", ""])
                    ),
                    "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "essential_criminal"])),
                    "candidate_id": G(lambda f: f.hexid(24)),
                }
            },
            "candidate": {
                "first_name": Y(cand("first"), "name"),
                "last_name": Y(cand("last"), "name"),
                "email": Y(cand("email"), "email"),
                "dob": Y(cand("dob"), "birthdate"),
                "ssn": RED(lambda f: "XXX-XX-" + f.digits(4), "social security number"),
                "zipcode": Y(cand("zip"), "zipcode"),
                "driver_license_number": Y(lambda f: f.us_dl(), "license"),
                "driver_license_state": G(lambda f: f.pick(["CA", "TX", "NY", "WA", "IL"])),
                "no_middle_name": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Drug Screening Result Received",
        ["go"],
        "US",
        {
            "screening_id": G(lambda f: "ds_" + f.digits(8)),
            "candidate_id": G(lambda f: "cand_" + f.digits(8)),
            "panel": G(lambda f: f.pick(["DOT 5-panel", "10-panel urine", "4-panel no THC"])),
            "result": Y(
                lambda f: f.pick(["negative", "negative", "positive", "dilute", "cancelled"]),
                "diagnosis|condition",
            ),
            "collected_at": G(lambda f: f.iso()),
            "site_city": G(lambda f: f.pick(["Austin", "Boston", "Dallas", "Cambridge"])),
            "mro_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "BGV Initiated",
        ["java"],
        "IN",
        {
            "bgv_case_id": G(lambda f: "BGV" + f.digits(9)),
            "vendor": G(lambda f: f.pick(["AuthBridge", "First Advantage", "SpringVerify"])),
            "package": G(lambda f: f.pick(["standard_it", "bfsi_plus"])),
            "candidate_name": Y(cand("full"), "name"),
            "father_name": Y(lambda f: f.pick(FIRST["IN"]) + " " + f.who("candidate")["last"], "name"),
            "date_of_birth": Y(cand("dob"), "birthdate"),
            "pan_number": RED(lambda f: f.pan(f.who("candidate")["last"]), "national id"),
            "aadhaar_number": RED(lambda f: f.aadhaar(), "national id"),
            "uan": RED(lambda f: "10" + f.digits(10), "national id"),
            "permanent_address": Y(
                lambda f: (
                    f"{f.who('candidate')['street']}, {f.who('candidate')['city']} {f.who('candidate')['zip']}"  # noqa: E501
                ),
                "address",
            ),
            "current_ctc": Y(lambda f: f.r.randint(4, 60) * 100000, "salary"),
            "previous_employers": Many(
                {
                    "name": G(lambda f: f.pick(EMPLOYERS)),
                    "employee_code": G(lambda f: f.pick(["E", "INF", "TCS"]) + f.digits(6)),
                    "designation": G(lambda f: f.pick(TITLES)),
                    "from": G(lambda f: f"{f.r.randint(2012, 2020)}-{f.r.randint(1, 12):02d}"),
                    "to": G(lambda f: f"{f.r.randint(2020, 2024)}-{f.r.randint(1, 12):02d}"),
                    "hr_email": Y(
                        lambda f: (
                            f"{ascii_fold(f.pick(FIRST['IN'])).lower()}.{ascii_fold(f.pick(LAST['IN'])).lower()}@"
                            + f.pick(["infosys.com", "wipro.com", "tcs.com", "accenture.com"])
                        ),
                        "email",
                    ),
                },
                3,
            ),
            "aadhaar_verified": G(lambda f: f.pick([True, False])),
            "pan_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Naukri Application Imported",
        ["java"],
        "IN",
        {
            "naukri_application_id": G(lambda f: f.digits(12)),
            "job_id": G(lambda f: f.digits(7)),
            "candidate_name": Y(cand("full"), "name"),
            "mobile": Y(cand("phone"), "phone"),
            "email": Y(cand("email"), "email"),
            "current_ctc": Y(lambda f: f.r.randint(4, 60) * 100000, "salary"),
            "expected_ctc": Y(lambda f: f.r.randint(6, 80) * 100000, "salary"),
            "notice_period_days": G(lambda f: f.pick([0, 15, 30, 60, 90])),
            "current_location": Y(cand("city"), "city"),
            "preferred_locations": Many(
                G(lambda f: f.pick(["Bengaluru", "Pune", "Hyderabad", "Remote", "Chennai"])), 3
            ),
            "total_experience": G(lambda f: f"{f.r.randint(0, 20)} Years {f.r.randint(0, 11)} Months"),
            "key_skills": Many(G(lambda f: f.pick(SKILLS)), 5),
            "gender": Y(lambda f: f.pick(["Male", "Female", "Other"]), "gender"),
            "date_of_birth": Y(cand("dob"), "birthdate"),
            "pwd_candidate": RED(lambda f: f.pick([False, False, True]), "disability"),
        },
    ),
    (
        "track",
        "E-Verify Case Created",
        ["csharp"],
        "US",
        {
            "CaseNumber": G(lambda f: f"{f.r.randint(2024, 2025)}{f.r.randint(100, 366)}{f.digits(9)}AB"),
            "EmployeeFirstName": Y(cand("first"), "name"),
            "EmployeeLastName": Y(cand("last"), "name"),
            "DateOfBirth": Y(cand("dob"), "birthdate"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "CitizenshipStatus": RED(
                lambda f: f.pick(
                    [
                        "US_CITIZEN",
                        "NONCITIZEN_NATIONAL",
                        "LAWFUL_PERMANENT_RESIDENT",
                        "ALIEN_AUTHORIZED_TO_WORK",
                    ]
                ),
                "visa",
            ),
            "AlienNumber": RED(lambda f: "A" + f.digits(9), "visa|national id"),
            "DocumentListA": G(
                lambda f: f.pick(
                    ["US Passport", "Permanent Resident Card", "Employment Authorization Document"]
                )
            ),
            "DocumentExpiration": G(lambda f: f.date(2025, 2034)),
            "CaseStatus": G(
                lambda f: f.pick(["EMPLOYMENT_AUTHORIZED", "TENTATIVE_NONCONFIRMATION", "CLOSED"])
            ),
            "EmployerId": G(lambda f: f.digits(7)),
            "HireDate": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Candidate Hired",
        ["csharp"],
        None,
        {
            "CandidateId": G(lambda f: "cand_" + f.digits(8)),
            "EmployeeNumber": G(lambda f: f.digits(6)),
            "FirstName": Y(cand("first"), "name"),
            "LastName": Y(cand("last"), "name"),
            "PreferredName": Y(cand("first"), "name"),
            "WorkEmail": Y(
                lambda f: (
                    f"{ascii_fold(f.who('candidate')['first']).lower()}.{ascii_fold(f.who('candidate')['last']).lower()}"
                    f"@{f.company['domain']}".replace(" ", "")
                ),
                "email",
            ),
            "PersonalEmail": Y(cand("email"), "email"),
            "MobilePhone": Y(cand("phone"), "phone"),
            "HireDate": G(lambda f: f.date(2024, 2025)),
            "JobProfile": G(job),
            "CostCenter": G(lambda f: f"CC-{f.r.randint(100, 999)}"),
            "Location": G(co("office")),
            "ManagerName": Y(P("manager", "full"), "name"),
            "ManagerEmployeeNumber": G(lambda f: f.digits(6)),
            "BaseSalary": Y(money_band, "salary"),
            "PayFrequency": G(lambda f: f.pick(["Monthly", "Biweekly", "Semi-monthly"])),
            "Currency": G(currency),
            "HomeAddress": {
                "Line1": Y(cand("street"), "address|street"),
                "City": Y(cand("city"), "city"),
                "PostalCode": Y(cand("zip"), "zipcode"),
                "CountryCode": G(cand("country")),
            },
            "EmergencyContact": {
                "Name": Y(
                    lambda f: f.pick(FIRST[f.who("candidate")["cc"]]) + " " + f.who("candidate")["last"],
                    "name",
                ),
                "Relationship": G(lambda f: f.pick(["Spouse", "Parent", "Sibling", "Friend"])),
                "Phone": Y(lambda f: f.phone_for(f.who("candidate")["cc"]), "phone"),
            },
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced", "Domestic Partnership"])),
            "DateOfBirth": Y(cand("dob"), "birthdate"),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "Not Declared"]), "gender"),
        },
    ),
    (
        "track",
        "Candidature Envoyée",
        ["web"],
        "FR",
        {
            "offre_id": G(lambda f: f.digits(7)),
            "poste": G(job),
            "civilite": Y(lambda f: f.pick(["M.", "Mme"]), "gender|sex"),
            "nom": Y(cand("last"), "name"),
            "prenom": Y(cand("first"), "name"),
            "email": Y(cand("email"), "email"),
            "telephone": Y(cand("phone"), "phone"),
            "ville": Y(cand("city"), "city"),
            "code_postal": Y(cand("zip"), "zipcode"),
            "pretentions_salariales": Y(lambda f: f"{f.r.randint(28, 70)}k€ brut annuel", "salary"),
            "disponibilite": G(lambda f: f.pick(["immédiate", "1 mois", "3 mois", f.date(2024, 2025)])),
            "lettre_de_motivation": Y(cover_letter_fr, "name", True),
            "cv_nom_fichier": Y(cv_filename, "name", True),
            "source_candidature": G(
                lambda f: f.pick(["Welcome to the Jungle", "APEC", "Indeed", "LinkedIn", "Site carrière"])
            ),
            "consentement_rgpd": G(lambda f: True),
            "rqth": RED(lambda f: f.pick([False, False, True]), "disability"),
            "permis_b": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Embauche Confirmée",
        ["java"],
        "FR",
        {
            "id_candidat": G(lambda f: "cand_" + f.digits(8)),
            "matricule": G(lambda f: f.digits(6)),
            "nom": Y(cand("last"), "name"),
            "prenom": Y(cand("first"), "name"),
            "date_de_naissance": Y(cand("dob"), "birthdate"),
            "lieu_de_naissance": Y(
                lambda f: f.pick(["Paris 14e", "Lyon", "Dakar", "Lille", "Casablanca", "Marseille"]), "city"
            ),
            "numero_securite_sociale": RED(
                lambda f: f.nir(f.who("candidate")["dob"]), "social security number|national id"
            ),
            "nationalite": Y(
                lambda f: f.pick(["française", "sénégalaise", "marocaine", "portugaise", "française"]),
                "citizenship",
            ),
            "titre_de_sejour_requis": RED(lambda f: f.pick([False, False, True]), "visa"),
            "adresse": Y(cand("street"), "address|street"),
            "code_postal": Y(cand("zip"), "zipcode"),
            "ville": Y(cand("city"), "city"),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(lambda f: f.pick(["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CMCIFRPP"])),
            "type_contrat": G(lambda f: f.pick(["CDI", "CDD", "Alternance", "Stage"])),
            "date_embauche": G(lambda f: f.date(2024, 2025)),
            "salaire_brut_annuel": Y(money_band, "salary"),
            "periode_essai_mois": G(lambda f: f.pick([2, 3, 4])),
            "situation_familiale": G(lambda f: f.pick(["célibataire", "marié(e)", "pacsé(e)", "divorcé(e)"])),
            "nombre_enfants": G(lambda f: f.r.randint(0, 4)),
            "rqth": RED(lambda f: f.pick([False, False, True]), "disability"),
            "mutuelle_formule": G(lambda f: f.pick(["Essentiel", "Confort", "Dispensé"])),
            "nom_manager": Y(P("manager", "full"), "name"),
        },
    ),
    (
        "track",
        "job-application-received",
        ["php"],
        None,
        {
            "job-slug": G(lambda f: f.job_title.lower().replace(" ", "-").replace("(", "").replace(")", "")),
            "job-id": G(lambda f: f.r.randint(1000, 9999)),
            "applicant-name": Y(cand("full"), "name"),
            "applicant-email": Y(cand("email"), "email"),
            "applicant-phone": Y(cand("phone"), "phone"),
            "cv-attachment-id": G(lambda f: f.r.randint(10000, 99999)),
            "cover-message": G(
                lambda f: f.pick(
                    [
                        "Please find my CV attached.",
                        "Available immediately.",
                        "I am interested in this position.",
                        "Disponible de suite.",
                    ]
                )
            ),
            "submitted-at": G(lambda f: f.iso()),
            "form-version": G(lambda f: f.pick(["2.1", "2.2"])),
            "spam-score": G(lambda f: round(f.r.random(), 2)),
            "remote-ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "CANDIDATE_ID": G(lambda f: "cand_" + f.digits(8)),
            "EMAIL": Y(cand("email"), "email"),
            "FIRST_NAME": Y(cand("first"), "name"),
            "LAST_NAME": Y(cand("last"), "name"),
            "PHONE_NUMBER": Y(cand("phone"), "phone"),
            "HOME_CITY": Y(cand("city"), "city"),
            "CURRENT_STAGE": G(lambda f: f.stage()),
            "LAST_ACTIVITY_AT": G(lambda f: f.iso()),
            "APPLICATION_COUNT": G(lambda f: f.r.randint(1, 9)),
            "SOURCE": G(lambda f: f.pick(SOURCES)),
            "IS_SILVER_MEDALIST": G(lambda f: f.pick([True, False])),
            "DO_NOT_CONTACT": G(lambda f: f.pick([True, False])),
            "EXPECTED_SALARY": Y(money_band, "salary"),
        },
    ),
    (
        "track",
        "Equipment Requested",
        ["ruby"],
        None,
        {
            "request_id": G(lambda f: "eq_" + f.digits(6)),
            "employee_number": G(lambda f: f.digits(6)),
            "laptop_model": G(
                lambda f: f.pick(["MacBook Pro 14 M3", "ThinkPad T14 Gen 4", "Dell Latitude 7440"])
            ),
            "laptop_serial": Y(
                lambda f: f.pick(["C02" + f.hexid(9).upper(), "PF" + f.hexid(6).upper(), f.hexid(7).upper()]),
                "serial",
            ),
            "asset_tag": G(lambda f: "IT-" + f.digits(5)),
            "ship_to": {
                "name": Y(cand("full"), "name"),
                "street": Y(cand("street"), "address|street"),
                "city": Y(cand("city"), "city"),
                "postal_code": Y(cand("zip"), "zipcode"),
                "country": G(cand("country")),
                "phone": Y(cand("phone"), "phone"),
            },
        },
    ),
    (
        "track",
        "License Verified",
        ["java"],
        "US",
        {
            "verification_id": G(lambda f: f.uuid()),
            "candidate_id": G(lambda f: "cand_" + f.digits(8)),
            "license": {
                "type": G(lambda f: f.pick(["RN", "LPN", "NP"])),
                "state": G(lambda f: f.pick(["MA", "TX", "CA", "NY"])),
                "number": Y(
                    lambda f: f.pick(["RN" + f.digits(6), f.digits(7), "95" + f.digits(6)]), "license"
                ),
                "expires_on": G(lambda f: f.date(2025, 2027)),
                "status": G(lambda f: f.pick(["active", "active", "expired"])),
            },
            "source": G(lambda f: "Nursys"),
        },
    ),
    (
        "track",
        "Reference Check Requested",
        ["ruby"],
        None,
        {
            "reference_check_id": G(lambda f: "rc_" + f.digits(6)),
            "application_id": G(lambda f: f.uuid()),
            "references": Many(
                {
                    "name": Y(
                        lambda f: (
                            f.full_name() if f.r.random() < 0.3 else f.person(f.company["country"])["full"]
                        ),
                        "name",
                    ),
                    "email": Y(lambda f: f.person(f.company["country"])["email"], "email"),
                    "phone": Y(lambda f: f.phone_for(f.company["country"]), "phone"),
                    "relationship": G(lambda f: f.pick(["manager", "peer", "direct_report", "professor"])),
                    "company": G(lambda f: f.pick(EMPLOYERS)),
                    "title": G(lambda f: f.pick(TITLES)),
                },
                3,
            ),
            "reminder_days": G(lambda f: f.pick([2, 3, 5])),
        },
    ),
    (
        "track",
        "Onboarding Bank Details Submitted",
        ["java"],
        None,
        {
            "employee_number": G(lambda f: f.digits(6)),
            "country": G(co("country")),
            "account_holder_name": Y(cand("full"), "name"),
            "account_number": RED(
                lambda f: (
                    f.iban("FR") if f.company["country"] == "FR" else f.digits(f.pick([10, 11, 12, 14]))
                ),
                "bank account",
            ),
            "routing_code": G(
                lambda f: {
                    "US": f.pick(["021000021", "011401533", "121000358", "026009593"]),
                    "IN": f.pick(["HDFC0001234", "ICIC0004567", "SBIN0012345", "UTIB0000431"]),
                    "FR": f.pick(["BNPAFRPPXXX", "SOGEFRPP"]),
                }[f.company["country"]]
            ),
            "account_type": G(lambda f: f.pick(["checking", "savings", "salary"])),
            "verified_by_penny_drop": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Resume Parsed",
        ["python"],
        None,
        {
            "parse_id": G(lambda f: f.uuid()),
            "file": {
                "id": G(lambda f: "file_" + f.hexid(20)),
                "filename": Y(cv_filename, "name", True),
                "size_bytes": G(lambda f: f.r.randint(40_000, 2_400_000)),
                "mime_type": G(lambda f: f.pick(["application/pdf", "application/msword"])),
                "sha256": G(lambda f: f.hexid(64)),
            },
            "parser_version": G(lambda f: f.pick(["7.2.0", "7.3.1"])),
            "duration_ms": G(lambda f: f.r.randint(300, 9000)),
            "result": {
                "name": Y(cand("full"), "name"),
                "emails": Many(Y(cand("email"), "email"), 2),
                "phones": Many(Y(cand("phone"), "phone"), 2),
                "address": Y(
                    lambda f: f"{f.who('candidate')['street']}, {f.who('candidate')['city']}", "address"
                ),
                "skills": Many(G(lambda f: f.pick(SKILLS)), 6),
                "total_experience_years": G(lambda f: round(f.r.uniform(0, 25), 1)),
                "education": Many(
                    {
                        "school": G(lambda f: f.pick(SCHOOLS)),
                        "degree": G(lambda f: f.pick(DEGREES)),
                        "graduation_year": G(lambda f: f.r.randint(1990, 2024)),
                    },
                    2,
                ),
                "experience": Many(
                    {
                        "company": G(lambda f: f.pick(EMPLOYERS)),
                        "title": G(lambda f: f.pick(TITLES)),
                        "summary": G(
                            lambda f: f.pick(
                                [
                                    "Built ETL pipelines on Spark.",
                                    "Managed a team of 6 associates.",
                                    "Patient care in a 20-bed ICU.",
                                    "Développement d'APIs REST en Java.",
                                ]
                            )
                        ),
                    },
                    3,
                ),
                "languages": Many(G(lambda f: f.pick(["English", "Hindi", "French", "Tamil", "Spanish"])), 3),
                "personal_details": {
                    "date_of_birth": Y(cand("dob"), "birthdate"),
                    "father_name": Y(
                        lambda f: f.pick(FIRST[f.who("candidate")["cc"]]) + " " + f.who("candidate")["last"],
                        "name",
                    ),
                    "marital_status": G(lambda f: f.pick(["Single", "Married", "Unmarried"])),
                    "nationality": Y(
                        lambda f: f.pick(["Indian", "American", "French", "Nigerian", "Brazilian"]),
                        "citizenship",
                    ),
                },
                "certifications": Many(
                    {
                        "name": G(
                            lambda f: f.pick(
                                ["AWS Solutions Architect - Associate", "PMP", "CKA", "BLS (AHA)"]
                            )
                        ),
                        "credential_id": Y(
                            lambda f: f.pick(["AWS-ASA-", "PMP-", "LF-", "AHA-"]) + f.digits(7), "certificate"
                        ),
                    },
                    2,
                ),
            },
        },
    ),
    # -- messaging, integrations, consent -------------------------------------------------------
    (
        "track",
        "SMS Sent",
        ["go"],
        None,
        {
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": G(
                lambda f: {"US": "+16175550142", "IN": "+918047182200", "FR": "+33644630000"}[
                    f.company["country"]
                ]
            ),
            "To": Y(cand("phone"), "phone", True),
            "Body": Y(sms_body, "name", True),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "Price": G(lambda f: f.pick(["-0.00790", "-0.00400", None])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        None,
        {
            "email": Y(cand("email"), "email"),
            "from": G(lambda f: "no-reply@" + f.company["domain"]),
            "subject": G(
                lambda f: f.pick(
                    [
                        f"Interview confirmation - {f.job_title}",
                        f"Your application to {f.company['name']}",
                        "Merci pour votre candidature",
                        "Next steps",
                    ]
                )
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filter" + f.digits(4)),
            "category": Many(G(lambda f: f.pick(["interview", "transactional", "rejection", "offer"])), 2),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        None,
        {
            "email": Y(cand("email"), "email"),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filter" + f.digits(4)),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Slack Notification Sent",
        ["python"],
        None,
        {
            "channel": G(
                lambda f: f.pick(["#hiring-data-eng", "#recrutement", "#offers", "#nursing-hiring"])
            ),
            "team_id": G(lambda f: "T0" + f.hexid(8).upper()),
            "text": Y(slack_text, "name", True),
            "notification_type": G(
                lambda f: f.pick(["new_application", "offer_accepted", "scorecard_overdue"])
            ),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["node"],
        None,
        {
            "integration": G(lambda f: f.pick(["bamboohr", "workday", "slack", "checkr", "docusign"])),
            "connected_by_email": Y(P("recruiter", "email"), "email"),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_url": RED(lambda f: f.slack_hook(), "secret"),
            "scopes": Many(
                G(lambda f: f.pick(["candidates:read", "jobs:write", "offers:read", "chat:write"])), 3
            ),
            "sync_frequency": G(lambda f: f.pick(["realtime", "hourly", "daily"])),
        },
    ),
    (
        "track",
        "Webhook Delivered",
        ["go"],
        None,
        {
            "webhook_id": G(lambda f: "wh_" + f.hexid(12)),
            "event_type": G(lambda f: f.pick(["candidate.hired", "application.created", "offer.signed"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "status_code": G(lambda f: f.pick([200, 200, 202, 500, 404])),
            "request_headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "Content-Type": G(lambda f: "application/json"),
                "User-Agent": G(lambda f: "HireLoop-Webhooks/1.4"),
                "X-Hireloop-Signature": G(lambda f: "sha256=" + f.hexid(64)),
            },
        },
    ),
    (
        "track",
        "Consent Recorded",
        ["node", "web"],
        None,
        {
            "consent_id": G(lambda f: f.uuid()),
            "purposes": Many(
                G(lambda f: f.pick(["application_processing", "talent_pool", "marketing", "analytics"])), 3
            ),
            "granted": G(lambda f: f.pick([True, False])),
            "policy_version": G(lambda f: f.pick(["v3.2", "v4.0"])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "recorded_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["node"],
        None,
        {
            "event_name": G(lambda f: f.pick(["SubmitApplication", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(
                    lambda f: hashlib.sha256(f.who("candidate")["email"].encode()).hexdigest(),
                    "email|advertising id",
                ),
                "ph": Y(
                    lambda f: hashlib.sha256(
                        "".join(c for c in f.who("candidate")["phone"] if c.isdigit()).encode()
                    ).hexdigest(),
                    "phone|advertising id",
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: hashlib.sha256(("cand_" + f.digits(8)).encode()).hexdigest()),
            },
            "custom_data": {"content_name": G(job), "content_category": G(lambda f: f.pick(DEPARTMENTS))},
        },
    ),
    # -- job-board orders (e-commerce spec) -------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(14)),
            "revenue": G(lambda f: f.money(49, 4000)),
            "currency": G(lambda f: f.pick(["USD", "INR", "EUR"])),
            "coupon": G(lambda f: f.pick(["", "HIRE20", "CAMPUS50"])),
            "products": Many(slot_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["php"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "card", "invoice"])),
            "payment": {
                "card_number": RED(lambda f: f.card(), "credit card"),
                "cardholder_name": Y(P("recruiter", "full"), "name"),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(14)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(49, 4000)),
            "revenue": G(lambda f: f.money(49, 4000)),
            "tax": G(lambda f: f.money(0, 500)),
            "currency": G(lambda f: f.pick(["USD", "INR", "EUR"])),
            "products": Many(slot_product(), 3),
            "billing_email": Y(P("recruiter", "email"), "email"),
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "po_number": G(lambda f: f.pick(["PO-" + f.digits(6), ""])),
            "payment": {
                "method": G(lambda f: f.pick(["card", "sepa_debit", "upi"])),
                "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "rupay"])),
                "card_last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "payment_method_id": RED(
                    lambda f: (
                        "pm_"
                        + "".join(
                            f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                            for _ in range(24)
                        )
                    ),
                    "token",
                ),
            },
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], None, {}),
    (
        "page",
        "Candidate Profile",
        ["web"],
        None,
        {**page_props(), "candidate_id": G(lambda f: "cand_" + f.digits(8))},
    ),
]


def message(f: HF, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["cand_", "usr_"]) + f.digits(8),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = HF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, market, body in EVENTS:
            f.start(market)
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=79, repeats=30)
    write(Path(__file__).parent, "holdout79_", events, labels)
