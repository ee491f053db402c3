"""Writes holdout237: tests/corpus/holdout237_events.jsonl and holdout237_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py's format were read), and
never run through the engine by its author. Run once
(`.venv/bin/python -m tests.corpus.build_holdout237`); the output is committed.

Covers a weight-loss and GLP-1 telehealth clinic operating in the US, the UK and Mexico: the
marketing site's eligibility quiz and lead capture (gclid, fbclid, fbp/fbc), sign-up and OTP /
magic-link sign-in, intake questionnaires (height, weight, BMI, conditions, medications, allergies,
pregnancy, race and ethnicity, sex and gender), a Typeform-shaped UK intake webhook, identity and
insurance verification, prescriber consults and prescriptions (NPI, DEA, ICD-10 codes, sig), a
.NET pharmacy system (PascalCase), e-commerce spec events for the shop, Stripe-shaped invoices,
HSA/FSA cards, shipping (EasyPost-shaped trackers, Royal Mail, Estafeta), injection reminders
(kebab-case Node service, Twilio-shaped callbacks), dose, weight and symptom logs, lab orders and
results, progress photos, subscriptions and refunds (sort code, CLABE), support tickets, in-app
chat, an Aircall-shaped call webhook, SendGrid and Meta CAPI and AppsFlyer shaped payloads, a
reverse-ETL identify with SCREAMING_SNAKE warehouse columns, a Mexican PHP backend with Spanish
keys (CURP, RFC, NSS, colonia), UK identifies with NHS numbers, group calls for employer
sponsors, clinician recruiting, alias, page and screen calls.

Contexts are those of the real client libraries: analytics.js (page, userAgentData, campaign,
consent), analytics-swift (device token, IDFV, IDFA), analytics-kotlin (instanceId, location),
analytics-react-native (context.traits), analytics_flutter, and the server libraries python,
node, go, java, ruby, php and .NET. Every message carries a coherent persona (one country, one
name, matching phone formats, postcodes, locale and timezone). Values are synthetic: cards pass
Luhn, IBAN-style and CLABE check digits, NHS numbers pass mod 11, CURP, NSS, DEA and NPI numbers
carry valid check digits.

Conventions: mostly camelCase and snake_case English keys; about 18 % of paths use PascalCase (.NET
pharmacy and insurance services, Twilio callbacks), kebab-case (Node notification service,
SendGrid's smtp-id), SCREAMING_SNAKE (warehouse sync) or Spanish keys (Mexican PHP backend).
Each leaf path has one label: classification, type (the reference's matcher
name, or bank account / geolocation / secret / national id / health id / advertising id / credit
card / token / social security number; `a|b` when either is fair) and value_only (the key does
not say what the value is; such a PII path holds that PII in every value).

Labelling rules (the brief's, followed exactly), and the calls this corpus had to make:
- PII: names, contact details, the person's own address or precise location, birth dates,
  government ids, financial accounts and full card numbers, health and other special categories,
  credentials and secrets, IP addresses, advertising ids, about the user or anyone else (recipients,
  emergency contacts, referees, subscribers, staff: prescribers, pharmacists, support agents,
  applicants). Colour is the reference matcher's default; outside the reference, red for
  credentials, secrets, tokens, card numbers, bank accounts, government ids and health ids,
  yellow otherwise (geolocation, advertising id).
- Green: ids we or vendors issue (user/order/consult/Stripe cus_/pi_/in_ ids, UUIDs, rx *ids*
  as opposed to rx numbers, tracking numbers, NPI, NCPDP, payer ids, Typeform's response
  `token`, which is a response id), versions, timestamps, amounts, enums, counters and booleans
  under PII-sounding keys (email_verified, ssn_provided, weight_unit, photo_count), product,
  plan, pharmacy, lab, payer and employer names, places that are not the person's (pharmacy and
  patient-service-centre addresses, phones and coordinates; carrier facility scan locations; a GP
  practice's name and postcode), country, state, county, locale, timezone, user agents,
  IDFV and vendor SDK device ids, card brand, last four, expiry and BIN, routing numbers, sort
  codes, rx BIN/PCN/group, an insurance *group* number (it names the employer's plan, not the
  member), ages and age bands, marital status, job titles and employers (an employer's HR contact
  is a person: yellow), business phones and role mailboxes (a Twilio `From`,
  support@, benefits@), email Message-IDs, UUID session tokens (Places sessiontoken), sha256 of
  our own user id (Meta external_id).
- Health: conditions, symptoms, pregnancy and breastfeeding, eligibility outcomes derived from
  BMI, ICD-10 / SNOMED codes on the person, lab result values and abnormal flags, body weight,
  waist, body fat, BMI and weight-loss progress are yellow `condition` / `diagnosis`;
  medication names, doses, strengths, sig, injection sites, rx numbers and the NDC of a drug
  dispensed to the person are yellow `medication`; allergies `allergy`; past bariatric surgery
  `procedure`. Height alone is green (a physical fact, not a health finding). Names and codes
  of lab tests and panels (LOINC, "Lipid Panel") are green: they describe the catalogue, not the
  person. Mobility limitation is red `disability`; veteran status red `veteran`; fasting for
  Ramadan yellow `religion`; race / ethnicity / sex / gender / sexual orientation yellow.
- Contested cases follow the product's policy: insurer member ids yellow `identification`; rx
  numbers yellow `medication`; pay and household income yellow `salary`; gclid / fbclid / fbp /
  fbc yellow `advertising id`; billing and shipping addresses yellow `address`; Stripe pm_ ids,
  OTP codes and magic-link tokens red `token`; MRN, NHS, Medicare MBI and IMSS NSS red `health
  id`; passport numbers red `passport`, CURP and RFC red `national id`;
  visa sponsorship red `visa`; SSN last four red `social security number`; a driving licence or
  a clinician's professional licence (cédula) and DEA number yellow `license`; a smart scale's
  serial yellow `serial` (a device the person keeps, like a VIN), while a disposable pen's
  serial and a drug lot number are green (product units); a parcel's `weight` is green;
  member / customer numbers green; push tokens red `token` (as in the
  main corpus).
- Meta CAPI's sha256 of an email or phone (user_data.em / ph) is still a matching key for the
  person: yellow `email|advertising id` / `phone|advertising id`, not value_only (the keys are
  Meta's names for email and phone).
- Free text is labelled by what every one of its values carries (the support description always
  carries a phone number, the in-app chat text always a symptom, the clinician note always a
  condition or medication, the Twilio body always the first name); free text with no PII in any
  value (cancellation feedback, delivery instructions, inbound SMS replies) is green.
"""

import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

US_FIRST = [
    "Ashley",
    "Brandon",
    "Tiffany",
    "DeShawn",
    "Jennifer",
    "Michael",
    "Keisha",
    "Tyler",
    "Brittany",
    "Marcus",
    "Lauren",
    "Kevin",
    "Latoya",
    "Cody",
    "Megan",
    "Jamal",
    "Heather",
    "Dustin",
    "Thuy",
    "Soo-jin",
    "Rebecca",
    "Darnell",
    "Crystal",
    "Tanisha",
    "Bao",
    "Rachel",
    "Shanice",
    "Travis",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Miller",
    "Davis",
    "Nguyen",
    "Kim",
    "Washington",
    "Jackson",
    "Anderson",
    "Thompson",
    "Martinez",
    "Robinson",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "Tran",
    "Chen",
    "Park",
    "Goldberg",
    "Kowalski",
    "Okafor",
    "Yazzie",
    "Begay",
    "Hernandez",
    "Schultz",
    "O'Neal",
]
UK_FIRST = [
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "Siobhan",
    "Callum",
    "Aaliyah",
    "Mohammed",
    "Priya",
    "Rhys",
    "Niamh",
    "Kwabena",
    "Aleksandra",
    "Chidi",
    "Eilidh",
    "Zainab",
    "Tomasz",
    "Gareth",
    "Hannah",
    "Sade",
    "Ewan",
    "Bronwen",
    "Imran",
    "Poppy",
    "Declan",
    "Anjali",
]
UK_LAST = [
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Patel",
    "Khan",
    "Ahmed",
    "Begum",
    "Evans",
    "Davies",
    "O'Connor",
    "MacDonald",
    "Kowalczyk",
    "Okonkwo",
    "Adeyemi",
    "Hughes",
    "Thompson",
    "Chaudhry",
    "Walsh",
    "Ó Súilleabháin",
    "Llewellyn",
    "Fraser",
    "Mistry",
]
MX_FIRST = [
    "María Guadalupe",
    "José Luis",
    "Ximena",
    "Juan Carlos",
    "Fernanda",
    "Alejandro",
    "Guadalupe",
    "Luis Ángel",
    "Valeria",
    "Rocío",
    "Diego",
    "Itzel",
    "Citlali",
    "Andrés",
    "Mariana",
    "Jesús",
    "Yolanda",
    "Héctor",
    "Brenda",
    "Ricardo",
    "Dulce María",
    "Emiliano",
    "Araceli",
    "Tonatiuh",
]
MX_LAST = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Flores",
    "Cruz",
    "Morales",
    "Reyes",
    "Gutiérrez",
    "Ortiz",
    "Chávez",
    "Ruiz",
    "Jiménez",
    "Díaz",
    "Vázquez",
    "Castillo",
    "Mendoza",
    "Torres",
    "Xicoténcatl",
    "Cuauhtémoc",
]
DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "att.net"],
    "UK": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "prodigy.net.mx", "live.com.mx"],
}
US_PLACES = [
    ("Houston", "TX", "770"),
    ("Phoenix", "AZ", "850"),
    ("Columbus", "OH", "432"),
    ("Memphis", "TN", "381"),
    ("Tampa", "FL", "336"),
    ("Atlanta", "GA", "303"),
    ("Charlotte", "NC", "282"),
    ("Denver", "CO", "802"),
    ("Detroit", "MI", "482"),
    ("Albuquerque", "NM", "871"),
    ("Fresno", "CA", "937"),
    ("Louisville", "KY", "402"),
    ("Brooklyn", "NY", "112"),
    ("Baton Rouge", "LA", "708"),
]
US_AREA = ["713", "602", "614", "901", "813", "404", "704", "303", "313", "505", "559", "502", "718", "225"]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Pecan Dr",
    "W 34th St",
    "Magnolia Blvd",
    "Cedar Ridge Rd",
    "Lakeview Ct",
    "Martin Luther King Jr Blvd",
    "N Central Ave",
    "Willow Creek Ln",
    "E Colfax Ave",
    "Shady Oaks Dr",
]
UK_PLACES = [
    ("Manchester", "Greater Manchester", ["M14 5RG", "M20 2LS", "M8 0QD"]),
    ("Leeds", "West Yorkshire", ["LS6 2AB", "LS11 7HP", "LS8 4EJ"]),
    ("Birmingham", "West Midlands", ["B15 2TT", "B11 3DL", "B23 6QP"]),
    ("London", "Greater London", ["SW9 8BH", "E17 4PP", "N15 5JR", "SE13 6LD"]),
    ("Glasgow", "Lanarkshire", ["G41 2RE", "G12 8QQ"]),
    ("Cardiff", "South Glamorgan", ["CF24 4HX", "CF5 1QE"]),
    ("Bristol", "Avon", ["BS5 6XN", "BS3 4QH"]),
    ("Leicester", "Leicestershire", ["LE2 0TA", "LE4 6RB"]),
]
UK_STREETS = [
    "Kingsley Road",
    "Victoria Street",
    "Church Lane",
    "Albert Terrace",
    "Mill Road",
    "Stanley Avenue",
    "Coronation Street",
    "Heol y Deri",
    "Gladstone Place",
    "Beechwood Close",
    "Station Road",
]
MX_PLACES = [
    ("Ciudad de México", "CDMX", ["03100", "06700", "04510", "11560"], "55"),
    ("Guadalajara", "Jalisco", ["44160", "44600", "45050"], "33"),
    ("Monterrey", "Nuevo León", ["64000", "64620", "66220"], "81"),
    ("Puebla", "Puebla", ["72000", "72530"], "222"),
    ("Mérida", "Yucatán", ["97000", "97130"], "999"),
    ("Tijuana", "Baja California", ["22000", "22320"], "664"),
    ("Querétaro", "Querétaro", ["76000", "76090"], "442"),
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Vallarta",
    "Calle Morelos",
    "Av. Constitución",
    "Calle 60",
    "Priv. de los Pinos",
    "Av. Revolución",
    "Calle Hidalgo",
    "Blvd. Agua Caliente",
]
MX_COLONIAS = [
    "Col. del Valle",
    "Roma Norte",
    "Col. Americana",
    "Centro",
    "Col. Chapultepec",
    "Narvarte Poniente",
    "Col. Obispado",
    "Lomas de Chapultepec",
    "Col. Jardines del Bosque",
    "García Ginerés",
]
CURP_STATES = {
    "CDMX": "DF",
    "Jalisco": "JC",
    "Nuevo León": "NL",
    "Puebla": "PL",
    "Yucatán": "YN",
    "Baja California": "BC",
    "Querétaro": "QT",
}

LOCALES = {"US": ["en-US", "es-US"], "UK": ["en-GB"], "MX": ["es-MX", "es-419"]}
TIMEZONES = {
    "US": ["America/Chicago", "America/New_York", "America/Phoenix", "America/Denver", "America/Los_Angeles"],
    "UK": ["Europe/London"],
    "MX": ["America/Mexico_City", "America/Monterrey", "America/Tijuana", "America/Merida"],
}

CONDITIONS = [
    "type 2 diabetes",
    "prediabetes",
    "hypertension",
    "obstructive sleep apnea",
    "PCOS",
    "high cholesterol",
    "GERD",
    "osteoarthritis",
    "depression",
    "hypothyroidism",
    "NAFLD",
    "insulin resistance",
    "asthma",
]
CONDICIONES = [
    "diabetes tipo 2",
    "hipertensión",
    "prediabetes",
    "apnea del sueño",
    "síndrome de ovario poliquístico",
    "hígado graso",
    "colesterol alto",
]
CURRENT_MEDS = [
    "metformin 500 mg",
    "lisinopril 10 mg",
    "levothyroxine 75 mcg",
    "atorvastatin 20 mg",
    "sertraline 50 mg",
    "omeprazole 20 mg",
    "amlodipine 5 mg",
    "bupropion XL 150 mg",
    "losartan 50 mg",
    "oral contraceptive",
]
ALLERGIES = ["penicillin", "sulfa drugs", "shellfish", "latex", "codeine", "peanuts", "amoxicillin"]
GLP1 = ["semaglutide", "tirzepatide", "liraglutide", "Wegovy", "Zepbound", "Ozempic", "Mounjaro"]
SEMA_DOSES = [0.25, 0.5, 1.0, 1.7, 2.4]
TIRZ_DOSES = [2.5, 5.0, 7.5, 10.0, 12.5, 15.0]
SIDE_EFFECTS = [
    "nausea",
    "constipation",
    "diarrhea",
    "fatigue",
    "headache",
    "heartburn",
    "vomiting",
    "injection site redness",
    "loss of appetite",
    "dizziness",
]
ICD10 = [
    "E66.01",
    "E66.09",
    "E66.9",
    "E66.811",
    "Z68.30",
    "Z68.32",
    "Z68.35",
    "Z68.37",
    "Z68.41",
    "E11.9",
    "R73.03",
    "I10",
    "E78.5",
    "G47.33",
    "E28.2",
    "K76.0",
]
SNOMED_SYMPTOMS = [
    ("Nausea", "422587007"),
    ("Constipation", "14760008"),
    ("Headache", "25064002"),
    ("Fatigue", "84229001"),
    ("Vomiting", "422400008"),
    ("Heartburn", "16331000"),
    ("Diarrhea", "62315008"),
    ("Dizziness", "404640003"),
]
RACES = [
    "White",
    "Black or African American",
    "Asian",
    "American Indian or Alaska Native",
    "Native Hawaiian or Other Pacific Islander",
    "Some other race",
]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.67",
]
PLANS = [
    "GLP-1 Program Monthly",
    "GLP-1 Program Quarterly",
    "Metabolic Care Membership",
    "Compounded Semaglutide Plan",
    "Tirzepatide Plan",
    "Coaching Only",
]
SHOP = [
    ("Body Composition Smart Scale", "Devices", 79.0, "VH-SCL-001", "Withings"),
    ("Sharps Disposal Container 1qt", "Supplies", 9.99, "VH-SHP-012", "BD"),
    ("Alcohol Prep Pads (100)", "Supplies", 6.5, "VH-PAD-100", "Curad"),
    ("Whey Protein Isolate Vanilla 2lb", "Nutrition", 44.0, "VH-WPI-2LB", "Ascent"),
    ("Electrolyte Mix Lemon (30 sticks)", "Nutrition", 29.0, "VH-ELX-30", "LMNT"),
    ("Insulated Pen Travel Case", "Accessories", 24.0, "VH-CASE-01", "Vitalia"),
    ("Fiber Gummies", "Nutrition", 19.0, "VH-FIB-60", "Vitalia"),
    ("Resistance Band Set", "Fitness", 22.0, "VH-BND-05", "Vitalia"),
]
PHARMACIES = {
    "US": [
        ("Walgreens #4821", "1520 Westheimer Rd", "Houston", "+1 713-522-1904", 29.7421, -95.4012),
        ("CVS Pharmacy #2207", "3030 N Central Ave", "Phoenix", "(602) 264-4391", 33.4822, -112.0739),
        ("Empower Pharmacy", "7601 N Sam Houston Pkwy W", "Houston", "(346) 762-8999", 29.9087, -95.5501),
        ("Kroger Pharmacy", "1095 Bethel Rd", "Columbus", "614-457-1470", 39.9985, -83.0398),
        (
            "Walmart Pharmacy 10-1198",
            "2200 W Memorial Rd",
            "Oklahoma City",
            "(405) 752-3812",
            35.6106,
            -97.5573,
        ),
    ],
    "UK": [
        ("Boots Pharmacy", "32 Market Street", "Manchester", "0161 834 4111"),
        ("Superdrug Pharmacy", "120 Briggate", "Leeds", "0113 245 2366"),
        ("Vitalia Dispensary", "Unit 4, Trafford Park", "Manchester", "0161 555 0192"),
    ],
    "MX": [
        ("Farmacias del Ahorro", "Av. Insurgentes Sur 1602", "Ciudad de México", "55 5322 2100"),
        ("Farmacias Guadalajara", "Av. Vallarta 2440", "Guadalajara", "33 3669 3300"),
        ("Farmacia San Pablo", "Av. Constitución 1500", "Monterrey", "81 8340 7200"),
    ],
}
EMPLOYERS = [
    (
        "Globex Logistics",
        "https://globex.example.com",
        "benefits@globex.example.com",
        "1 Globex Plaza",
        "Austin",
        "TX",
        "78744",
    ),
    (
        "Initech Inc.",
        "https://www.initech.example",
        "ap@initech.example",
        "4120 Freidrich Ln",
        "Austin",
        "TX",
        "78744",
    ),
    (
        "Houston ISD",
        "https://www.houstonisd.org",
        "benefits@houstonisd.org",
        "4400 W 18th St",
        "Houston",
        "TX",
        "77092",
    ),
    (
        "Sunrise Senior Living",
        "https://www.sunriseseniorliving.com",
        "hr-benefits@sunriseseniorliving.com",
        "7902 Westpark Dr",
        "McLean",
        "VA",
        "22102",
    ),
    (
        "Grupo Bimbo",
        "https://www.grupobimbo.com",
        "nominas@grupobimbo.com",
        "Prolongación Paseo de la Reforma 1000",
        "Ciudad de México",
        "CDMX",
        "01210",
    ),
]
PSCS = [
    ("Quest Diagnostics - Westheimer", "5115 Westheimer Rd Ste 200", "(713) 552-1200", "77056"),
    ("Labcorp at Walgreens", "1520 Westheimer Rd", "866-697-8378", "77006"),
    ("Quest Diagnostics Phoenix Camelback", "1300 E Camelback Rd", "(602) 264-5102", "85014"),
    ("Labcorp Columbus Bethel", "1085 Bethel Rd Ste 101", "(614) 326-0544", "43220"),
]
CLINIC_NUMBERS = {"US": ["+18885550143", "+13465550127"], "UK": ["+441615550192"], "MX": ["+525555500137"]}
STAFF = [
    "Dr. Adaeze Nwosu",
    "Dr. Michael Brennan",
    "Dr. Ana Sofía Treviño",
    "Sarah Lindqvist, NP",
    "Dr. Rajesh Iyer",
    "Kimberly Oduya, PA-C",
    "Dr. Fiona McAllister",
    "Dr. Ernesto Villalobos",
    "Jasmine Holloway, FNP-C",
    "Dr. Hye-won Cho",
]
AGENTS = ["Priya S.", "Marcus T.", "Lupita R.", "Devon K.", "Aoife M.", "Carlos V.", "Tamika B.", "Wen L."]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Persona:
    pass


class HFake(Fake):
    """fake.Fake plus a per-message persona: one country, one coherent set of identifiers."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.p = Persona()

    def new_persona(self, country: str | None = None) -> None:
        r = self.r
        c = country or r.choices(["US", "UK", "MX"], weights=[55, 25, 20])[0]
        p = Persona()
        p.country = c
        p.first, p.last = self.name_parts(c)
        p.full = f"{p.first} {p.last}"
        p.email = self.email_for(p.first, p.last, c)
        p.phone = self.phone_for(c)
        p.dob = self.date(1958, 2004)
        p.sex = r.choice(["female", "female", "female", "male"])
        if c == "US":
            city, state, zip3 = r.choice(US_PLACES)
            p.city, p.state, p.zip = city, state, f"{zip3}{r.randint(1, 99):02d}"
            p.street = f"{r.randint(100, 19999)} {r.choice(US_STREETS)}"
            p.line2 = r.choice(["Apt 3C", "Unit 12", "Apt 204", "# 7", "Lot 31", "Ste 110"])
            p.country_code, p.locale_country = "US", "United States"
        elif c == "UK":
            city, county, codes = r.choice(UK_PLACES)
            p.city, p.state, p.zip = city, county, r.choice(codes)
            p.street = f"{r.randint(1, 240)} {r.choice(UK_STREETS)}"
            p.line2 = r.choice(["Flat 2", "Flat 14b", "The Old Rectory", "Flat 3/1", "Rose Cottage"])
            p.country_code, p.locale_country = "GB", "United Kingdom"
        else:
            city, state, codes, lada = r.choice(MX_PLACES)
            p.city, p.state, p.zip = city, state, r.choice(codes)
            p.street = f"{r.choice(MX_STREETS)} {r.randint(12, 3400)}"
            p.line2 = r.choice(["Int. 4", "Depto. 302", "Int. B", "Piso 7", "Casa 12"])
            p.colonia = r.choice(MX_COLONIAS)
            p.lada = lada
            p.country_code, p.locale_country = "MX", "México"
        p.locale = r.choice(LOCALES[c])
        p.tz = r.choice(TIMEZONES[c])
        p.ip = self.ipv4() if r.random() < 0.8 else self.ipv6()
        p.user_id = "usr_" + self.hexid(20)
        p.password = r.choice(
            [
                "Summer2024!",
                "Tequila#88",
                "ilovemydog1",
                "P@ssw0rd123",
                "manchester99",
                "Guadalupe.1975",
                "Br0ncos#2023",
                "jesus4me",
                "Qwerty!2345",
                "Lunita*07",
                "OldTrafford1878",
                "Mochi&Luna22",
            ]
        )
        self.p = p

    # names, e-mail, phones
    def name_parts(self, c: str) -> tuple[str, str]:
        if c == "MX" or (c == "US" and self.r.random() < 0.25):
            first = self.pick(MX_FIRST)
            last = f"{self.pick(MX_LAST)} {self.pick(MX_LAST)}" if c == "MX" else self.pick(MX_LAST)
            return first, last
        if c == "UK":
            return self.pick(UK_FIRST), self.pick(UK_LAST)
        return self.pick(US_FIRST), self.pick(US_LAST)

    def person(self, c: str | None = None) -> str:
        first, last = self.name_parts(c or self.p.country)
        return f"{first} {last}"

    def email_for(self, first: str, last: str, c: str) -> str:
        fi = ascii_fold(first.split()[0]).lower().replace("'", "")
        la = ascii_fold(last.split()[0]).lower().replace("'", "").replace(" ", "")
        style = self.r.randint(0, 5)
        local = [
            f"{fi}.{la}",
            f"{fi}{la}{self.r.randint(1, 99)}",
            f"{fi[0]}{la}",
            f"{fi}_{la}{self.r.randint(70, 99)}",
            f"{la}.{fi}",
            f"{fi}{self.r.randint(1980, 2004)}",
        ][style]
        return f"{local}@{self.pick(DOMAINS[c])}"

    def other_email(self) -> str:
        first, last = self.name_parts(self.p.country)
        return self.email_for(first, last, self.p.country)

    def phone_for(self, c: str) -> str:
        r = self.r
        if c == "US":
            a, ex, ln = r.choice(US_AREA), r.randint(201, 989), r.randint(0, 9999)
            return r.choice(
                [f"+1{a}{ex}{ln:04d}", f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"{a}.{ex}.{ln:04d}"]
            )
        if c == "UK":
            mid, ln = r.randint(100, 999), r.randint(100000, 999999)
            return r.choice(
                [f"07{r.randint(300, 999)} {ln}", f"+44 7{r.randint(300, 999)} {ln}", f"+447{mid}{ln}"]
            )
        lada = r.choice(["55", "33", "81"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return r.choice(
            [f"+52 {lada} {a} {b}", f"+52 1 {lada} {a} {b}", f"{lada} {a} {b}", f"+52{lada}{a}{b}"]
        )

    def other_phone(self) -> str:
        return self.phone_for(self.p.country)

    # identifiers
    def nhs(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(4, 9)
            check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, d)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def mbi(self) -> str:
        alpha = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]
        r = self.r

        def an():
            return r.choice(alpha + list(string.digits))

        s = (
            f"{r.randint(1, 9)}{r.choice(alpha)}{an()}{r.randint(0, 9)}"
            f"{r.choice(alpha)}{an()}{r.randint(0, 9)}"
            f"{r.choice(alpha)}{r.choice(alpha)}{r.randint(0, 9)}{r.randint(0, 9)}"
        )
        return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def curp(self) -> str:
        r = self.r
        p = self.p
        last = ascii_fold(p.last).upper().replace(" ", "")
        parts = ascii_fold(p.last).upper().split()
        second = parts[1] if len(parts) > 1 else "X"
        first = ascii_fold(p.first.split()[0]).upper()
        vowel = next((c for c in last[1:] if c in "AEIOU"), "X")
        y, m, d = p.dob.split("-")
        sex = "M" if p.sex == "female" else "H"
        st = CURP_STATES.get(p.state, "DF")

        def cons(w):
            return next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")

        body = f"{last[0]}{vowel}{second[0]}{first[0]}{y[2:]}{m}{d}{sex}{st}"
        body += f"{cons(last)}{cons(second)}{cons(first)}"
        body += "0" if int(y) < 2000 else r.choice("ABCD")
        alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"
        total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self) -> str:
        return self.curp()[:10] + "".join(
            self.r.choice(string.ascii_uppercase + string.digits) for _ in range(3)
        )

    def nss(self) -> str:
        return self.luhn_complete(
            f"{self.r.randint(10, 99)}{self.r.randint(70, 99)}{self.r.randint(55, 99)}{self.digits(4)}"
        )

    def clabe(self) -> str:
        bank = self.pick(["002", "012", "014", "021", "072", "127", "137"])
        body = bank + f"{self.r.randint(100, 999)}" + "".join(str(self.r.randint(0, 9)) for _ in range(11))
        w = [3, 7, 1] * 6
        total = sum((int(c) * w[i]) % 10 for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def npi(self) -> str:
        base = self.pick(["1", "2"]) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return self.luhn_complete("80840" + base)[5:]

    def dea(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return (
            self.pick(["A", "B", "F", "M"]) + self.pick("BCDGHKLMNOPRSTW") + "".join(map(str, d)) + str(check)
        )

    def passport(self) -> str:
        c = self.p.country
        if c == "US":
            return self.pick([self.digits(9), "A" + self.digits(8)])
        if c == "UK":
            return str(self.r.randint(1, 5)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return self.pick(["G", "N", "P"]) + self.digits(8)

    def member_id(self) -> str:
        return self.pick(
            [
                "W" + self.digits(9),
                "XYZ" + self.digits(9),
                "U" + self.digits(8) + "01",
                "H" + self.digits(8),
                self.mbi(),
            ]
        )

    def gclid(self) -> str:
        alnum = string.ascii_letters + string.digits
        return "Cj0KCQjw" + "".join(self.r.choice(alnum + "-_") for _ in range(70)) + "_BwE"

    def fbclid(self) -> str:
        alnum = string.ascii_letters + string.digits
        return "IwAR" + "".join(self.r.choice(alnum + "_-") for _ in range(56))

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def otp(self) -> str:
        return f"{self.r.randint(0, 999999):06d}"

    def dose(self) -> float:
        return self.pick(SEMA_DOSES + TIRZ_DOSES)

    def kg(self) -> float:
        return round(self.r.uniform(74, 168), 1)

    def lb(self) -> float:
        return round(self.r.uniform(165, 365), 1)

    def bmi(self) -> float:
        return round(self.r.uniform(26.5, 52.0), 1)

    def alnum(self, n: int) -> str:
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def near(self, v: float, spread=0.05) -> float:
        return round(v + self.r.uniform(-spread, spread), 6)

    def user_lat(self) -> float:
        return {"US": self.near(33.7, 6), "UK": self.near(52.5, 2), "MX": self.near(20.6, 4)}[self.p.country]

    def user_lon(self) -> float:
        return {"US": self.near(-95.4, 12), "UK": self.near(-1.9, 1.5), "MX": self.near(-100.3, 5)}[
            self.p.country
        ]


# -- a render that also knows fixed sequences ------------------------------------------------------


class Seq:
    """An array whose elements are the given templates, in order (heterogeneous arrays)."""

    def __init__(self, *items):
        self.items = items


def render(template: Any, f: HFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def P(attr: str, type_: str, cls=Y, value_only=False):
    """A leaf taking the persona's attribute."""
    return cls(lambda f: getattr(f.p, attr), type_, value_only)


def hr_name(f) -> str:
    f._hr = f.name_parts(f.pick(["US", "US", "MX"]))
    return f"{f._hr[0]} {f._hr[1]}"


def hr_email(f) -> str:
    first = ascii_fold(f._hr[0].split()[0]).lower()
    last = ascii_fold(f._hr[1].split()[0]).lower().replace("'", "")
    domain = f._emp[2].split("@")[1]
    return f.pick([f"{first}.{last}@{domain}", f"{first[0]}{last}@{domain}"])


def state_code(p) -> str:
    if p.country == "US":
        return p.state
    if p.country == "UK":
        return {"Glasgow": "GB-SCT", "Cardiff": "GB-WLS"}.get(p.city, "GB-ENG")
    iso = {
        "CDMX": "CMX",
        "Jalisco": "JAL",
        "Nuevo León": "NLE",
        "Puebla": "PUE",
        "Yucatán": "YUC",
        "Baja California": "BCN",
        "Querétaro": "QUE",
    }
    return "MX-" + iso[p.state]


def e164(phone: str, country: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    if country == "US":
        return "+" + (digits if len(digits) == 11 else "1" + digits)
    if country == "UK":
        return "+" + ("44" + digits[1:] if digits.startswith("0") else digits)
    return "+" + (digits if digits.startswith("52") else "52" + digits)


def pick_into(attr: str, items: list, index: int):
    """Picks an item, remembers it on the Fake under attr, returns its index-th field."""

    def gen(f):
        item = f.pick(items)
        setattr(f, attr, item)
        return item[index] if index >= 0 else item

    return gen


def picked(attr: str, index: int):
    return lambda f: getattr(f, attr)[index]


def hsa_card(f) -> str:
    prefix = f.pick(["4", "51", "53", "2223"])
    number = f.luhn_complete(prefix + "".join(str(f.r.randint(0, 9)) for _ in range(15 - len(prefix))))
    return f.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])


def sha(s: str) -> str:
    return hashlib.sha256(s.strip().lower().encode()).hexdigest()


# -- contexts --------------------------------------------------------------------------------------

PORTAL_PAGES = [
    ("/", "Vitalia | Medical weight loss, online"),
    ("/eligibility", "Am I eligible? | Vitalia"),
    ("/pricing", "Plans & pricing | Vitalia"),
    ("/portal/dashboard", "Dashboard | Vitalia"),
    ("/portal/orders", "Your orders | Vitalia"),
    ("/checkout", "Checkout | Vitalia"),
    ("/es-mx/programa", "Programa GLP-1 | Vitalia México"),
    ("/uk/how-it-works", "How it works | Vitalia UK"),
]


def web_context(f: HFake):
    page = f.pick(PORTAL_PAGES)
    host = {"US": "www.vitaliahealth.com", "UK": "uk.vitaliahealth.com", "MX": "mx.vitaliahealth.com"}
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://www.bing.com/",
                        "https://www.tiktok.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?plan=quarterly", "?step=2"]
                )
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: f"https://{host[f.p.country]}{page[0]}"),
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
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.p.locale),
        "timezone": G(lambda f: f.p.tz),
        "ip": P("ip", "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["glp1_spring", "wl_brand_search", "uk_launch", "mx_lanzamiento", "retarget_quiz"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "newsletter", "bing"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "affiliate"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "semaglutide online",
                        "weight loss injections",
                        "wegovy price",
                        "glp-1 clinic near me",
                        "bajar de peso inyecciones",
                    ]
                )
            ),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Vitalia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42004"])),
            "namespace": G(lambda f: "com.vitaliahealth.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(
                lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2", "iPhone12,8"])
            ),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.p.locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.p.tz),
        "ip": P("ip", "ip"),
        "traits": {
            "email": P("email", "email"),
            "firstName": P("first", "name"),
        },
    }


def kotlin_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Vitalia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1", "4.20.0"])),
            "build": G(lambda f: f.pick(["418000", "419010", "420000"])),
            "namespace": G(lambda f: "com.vitaliahealth.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(
                lambda f: f.pick(["SM-A546B", "Pixel 8", "moto g power 5G", "SM-S918U", "23053RN02L"])
            ),
            "name": G(lambda f: f.pick(["a54x", "shiba", "devonn", "dm3q"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.p.locale),
        "location": {
            "latitude": Y(lambda f: f.user_lat(), "geolocation"),
            "longitude": Y(lambda f: f.user_lon(), "geolocation"),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "EE", "Vodafone UK", "Telcel", "AT&T MX"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.p.tz),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g power 5G Build/S3RQ32.20-42-10)",
                ]
            )
        ),
        "ip": P("ip", "ip"),
    }


def rn_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Vitalia"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2"])),
            "build": G(lambda f: f.pick(["41800", "41902", "418000"])),
            "namespace": G(lambda f: "com.vitaliahealth.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991U", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "o1q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.4"])),
        },
        "locale": G(lambda f: f.p.locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.p.tz),
        "ip": P("ip", "ip"),
        "traits": {
            "email": P("email", "email"),
            "firstName": P("first", "name"),
            "lastName": P("last", "name"),
            "phone": P("phone", "phone"),
        },
    }


def flutter_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Vitalia"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "mx.vitaliahealth.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto g54 5G", "iPhone13,2", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.0.9"])),
        },
        "locale": G(lambda f: f.p.locale),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.2"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 390])),
            "height": G(lambda f: f.pick([1600, 2400, 844])),
        },
        "timezone": G(lambda f: f.p.tz),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    def make(f: HFake):
        name, versions = SERVER_VERSIONS[lib]
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib in ("node", "ruby", "php"):
            ctx["ip"] = P("ip", "ip")
        if lib == "node":
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "java":
            ctx["groupId"] = G(lambda f: "emp_" + f.digits(5))
        if lib == "python":
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.p.email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_VERSIONS},
}
MOBILE = ["swift", "kotlin", "rn"]

# -- reusable blocks -------------------------------------------------------------------------------


def ship_address(
    line1="line1", line2="line2", city="city", state="state", zip_="postal_code", country="country"
):
    return {
        line1: P("street", "address|street"),
        line2: P("line2", "address|street"),
        city: P("city", "city"),
        state: G(lambda f: f.p.state),
        zip_: P("zip", "zipcode"),
        country: G(lambda f: f.p.country_code),
    }


def shop_product():
    return {
        "product_id": G(lambda f: "prod_" + f.hexid(14)),
        "sku": G(pick_into("_prod", SHOP, 3)),
        "name": G(picked("_prod", 0)),
        "category": G(picked("_prod", 1)),
        "brand": G(picked("_prod", 4)),
        "price": G(picked("_prod", 2)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def amount(lo=49, hi=549):
    return G(lambda f: f.money(lo, hi))


# -- events ----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, country or None, body)

ts = G(lambda f: f.iso())

EVENTS: list[tuple[str, str | None, list[str], str | None, dict]] = [
    # -- marketing site, quiz, leads ---------------------------------------------------------------
    (
        "page",
        "Eligibility Quiz",
        ["web"],
        None,
        {
            "path": G(lambda f: f.pick(["/eligibility", "/uk/eligibility", "/es-mx/elegibilidad"])),
            "url": G(lambda f: "https://www.vitaliahealth.com/eligibility?step=" + str(f.r.randint(1, 6))),
            "title": G(lambda f: f.pick(["Am I eligible? | Vitalia", "¿Califico? | Vitalia México"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.instagram.com/"])),
        },
    ),
    (
        "track",
        "Eligibility Quiz Completed",
        ["web", "swift", "kotlin"],
        None,
        {
            "quiz_id": G(lambda f: f.uuid()),
            "height_ft": G(lambda f: f.r.randint(4, 6)),
            "height_in": G(lambda f: f.r.randint(0, 11)),
            "weight_lbs": Y(lambda f: f.lb(), "condition"),
            "goal_weight_lbs": Y(lambda f: round(f.lb() * 0.8, 1), "condition"),
            "bmi": Y(lambda f: f.bmi(), "condition"),
            "sex": Y(lambda f: f.p.sex, "sex|gender"),
            "age": G(lambda f: f.r.randint(19, 68)),
            "state": G(lambda f: f.p.state),
            "has_type2_diabetes": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant_or_breastfeeding": Y(lambda f: f.pick([False, False, True]), "condition"),
            "eligibility_result": Y(
                lambda f: f.pick(["eligible", "eligible", "not_eligible", "needs_review"]), "condition"
            ),
            "recommended_plan": G(lambda f: f.pick(PLANS)),
            "questions_answered": G(lambda f: f.r.randint(9, 14)),
            "weight_unit": G(lambda f: f.pick(["lb", "kg"])),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        None,
        {
            "lead_id": G(lambda f: f.uuid()),
            "email": P("email", "email"),
            "first_name": P("first", "name"),
            "phone": P("phone", "phone"),
            "zip_code": P("zip", "zipcode"),
            "sms_consent": G(lambda f: f.pick([True, False])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "landing_page": G(
                lambda f: f.pick(["/lp/semaglutide", "/lp/tirzepatide", "/uk/lp/wegovy", "/es-mx/lp"])
            ),
            "email_valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        None,
        {
            "form_id": G(lambda f: f.pick(["signup-main", "signup-modal", "signup-uk"])),
            "fields": {
                "email": P("email", "email"),
                "password": P("password", "password", RED),
                "confirm_password": P("password", "password", RED),
                "referral_code": G(lambda f: f.pick(["", "FRIEND25", f.hexid(6).upper()])),
                "terms_accepted": G(lambda f: True),
            },
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["node"],
        None,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "otp_code": RED(lambda f: f.otp(), "token"),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["python"],
        None,
        {
            "recipient": P("email", "email", value_only=True),
            "link": RED(
                lambda f: "https://app.vitaliahealth.com/auth/verify?token=" + f.alnum(43), "token", True
            ),
            "expires_at": ts,
            "login_attempts_24h": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- identify calls --------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        "US",
        {
            "email": P("email", "email"),
            "firstName": P("first", "name"),
            "lastName": P("last", "name"),
            "phone": P("phone", "phone"),
            "birthday": P("dob", "birthdate"),
            "state": G(lambda f: f.p.state),
            "createdAt": ts,
            "plan": G(lambda f: f.pick(PLANS)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(20, 66)),
            "sexAtBirth": Y(lambda f: f.p.sex, "sex"),
            "genderIdentity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "transgender woman", "prefer not to say"]),
                "gender",
            ),
            "memberNumber": G(lambda f: "VH-" + f.digits(7)),
            "employer": G(
                lambda f: f.pick(["H-E-B", "Amazon", "Houston Methodist", "City of Phoenix", "Self-employed"])
            ),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Registered Nurse", "Teacher", "Warehouse Associate", "Accountant", "Truck Driver"]
                )
            ),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "divorced", "widowed"])),
            "veteranStatus": RED(lambda f: f.pick(["veteran", "not_a_veteran", "active_duty"]), "veteran"),
            "avatar": Y(lambda f: f"https://media.vitaliahealth.com/avatars/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ["kotlin", "web", "ruby"],
        "UK",
        {
            "first_name": P("first", "name"),
            "surname": P("last", "name"),
            "email": P("email", "email"),
            "mobile_number": P("phone", "phone"),
            "date_of_birth": P("dob", "birthdate"),
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "gp_practice_name": G(
                lambda f: f.pick(
                    [
                        "Ancoats Urban Village Medical Practice",
                        "Leeds City Medical Practice",
                        "The Jenner Practice",
                        "Whiteladies Medical Group",
                    ]
                )
            ),
            "gp_practice_postcode": G(lambda f: f.pick(["M4 6EE", "LS2 8DB", "SE26 5PB", "BS8 2PN"])),
            "postcode": P("zip", "zipcode"),
            "county": G(lambda f: f.p.state),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "bmi_at_signup": Y(lambda f: f.bmi(), "condition"),
        },
    ),
    (
        "identify",
        None,
        ["php", "flutter"],
        "MX",
        {
            "nombre": P("first", "name"),
            "apellidos": P("last", "name"),
            "correo_electronico": P("email", "email"),
            "telefono_celular": P("phone", "phone"),
            "fecha_de_nacimiento": P("dob", "birthdate"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "nss": RED(lambda f: f.nss(), "health id|social security number"),
            "sexo": Y(lambda f: {"female": "mujer", "male": "hombre"}[f.p.sex], "sex|gender"),
            "nacionalidad": Y(
                lambda f: f.pick(["mexicana", "mexicana", "estadounidense", "colombiana"]), "citizenship"
            ),
            "calle": P("street", "street|address"),
            "colonia": Y(lambda f: f.p.colonia, "address"),
            "municipio": P("city", "city"),
            "estado": G(lambda f: f.p.state),
            "codigo_postal": P("zip", "zipcode"),
            "plan": G(lambda f: f.pick(["Plan Mensual", "Plan Trimestral", "Plan Semestral"])),
            "acepta_whatsapp": G(lambda f: f.pick([True, False])),
            "numero_cliente": G(lambda f: "MX" + f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "FIRST_NAME": P("first", "name"),
            "LAST_NAME": P("last", "name"),
            "EMAIL": P("email", "email"),
            "PHONE_NUMBER": P("phone", "phone"),
            "DATE_OF_BIRTH": P("dob", "birthdate"),
            "PATIENT_MRN": RED(lambda f: f.pick(["MRN", "VH"]) + f.digits(8), "health id"),
            "STATE_CODE": G(lambda f: state_code(f.p)),
            "SUBSCRIPTION_STATUS": G(lambda f: f.pick(["active", "paused", "past_due", "canceled"])),
            "CURRENT_MEDICATION": Y(lambda f: f.pick(GLP1), "medication"),
            "CURRENT_DOSE_MG": Y(lambda f: f.dose(), "medication"),
            "START_WEIGHT_LB": Y(lambda f: f.lb(), "condition"),
            "PCT_WEIGHT_LOST": Y(lambda f: round(f.r.uniform(0, 22), 2), "condition"),
            "LTV_USD": G(lambda f: f.money(49, 4200)),
            "LAST_ORDER_AT": ts,
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    ("alias", None, MOBILE, None, {}),
    (
        "group",
        None,
        ["java", "web"],
        None,
        {
            "name": G(pick_into("_emp", EMPLOYERS, 0)),
            "employees": G(lambda f: f.r.randint(80, 40000)),
            "plan": G(lambda f: f.pick(["employer_sponsored", "cost_share_50", "full_coverage"])),
            "website": G(picked("_emp", 1)),
            "billing_email": G(picked("_emp", 2)),
            "hr_contact_name": Y(hr_name, "name"),
            "hr_contact_email": Y(hr_email, "email"),
            "address": {
                "street": G(picked("_emp", 3)),
                "city": G(picked("_emp", 4)),
                "state": G(picked("_emp", 5)),
                "postal_code": G(picked("_emp", 6)),
            },
        },
    ),
    # -- intake ------------------------------------------------------------------------------------
    (
        "track",
        "Intake Submitted",
        ["web", "swift", "kotlin", "rn"],
        None,
        {
            "intake_id": G(lambda f: f.uuid()),
            "height_cm": G(lambda f: f.r.randint(148, 196)),
            "weight_kg": Y(lambda f: f.kg(), "condition"),
            "bmi": Y(lambda f: f.bmi(), "condition"),
            "waist_cm": Y(lambda f: f.r.randint(84, 150), "condition"),
            "goal_weight_kg": Y(lambda f: round(f.kg() * 0.82, 1), "condition"),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition|diagnosis"), 3),
            "conditions_count": G(lambda f: f.r.randint(0, 4)),
            "current_medications": Many(Y(lambda f: f.pick(CURRENT_MEDS), "medication"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "pregnancy_status": Y(
                lambda f: f.pick(["not_pregnant", "pregnant", "trying_to_conceive", "postpartum"]),
                "condition",
            ),
            "is_breastfeeding": Y(lambda f: f.pick([True, False, False]), "condition"),
            "family_history_mtc": Y(lambda f: f.pick([True, False, False, False]), "condition"),
            "prior_bariatric_surgery": Y(
                lambda f: f.pick(["none", "gastric sleeve", "gastric bypass", "lap band"]), "procedure"
            ),
            "prior_glp1_use": Y(lambda f: f.pick([True, False]), "medication"),
            "race": Many(Y(lambda f: f.pick(RACES), "race"), 2),
            "ethnicity": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino", "Declined"]), "ethnicity"
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["straight", "gay or lesbian", "bisexual", "something else", "declined"]),
                "sexual orientation",
            ),
            "mobility_limitation": RED(lambda f: f.pick([True, False, False]), "disability"),
            "activity_level": G(lambda f: f.pick(["sedentary", "lightly_active", "active", "very_active"])),
            "dietary_preference": G(
                lambda f: f.pick(["no_preference", "vegetarian", "low_carb", "pescatarian", "mediterranean"])
            ),
            "age": G(lambda f: f.r.randint(19, 70)),
            "questions_answered": G(lambda f: f.r.randint(28, 46)),
            "dob_provided": G(lambda f: True),
        },
    ),
    (
        "track",
        "Typeform Response Received",
        ["node"],
        "UK",
        {
            "event_id": G(lambda f: f.alnum(26).upper()),
            "event_type": G(lambda f: "form_response"),
            "form_response": {
                "form_id": G(lambda f: f.pick(["lT4Z3j", "pX9QwA"])),
                "token": G(lambda f: f.alnum(32).lower()),
                "landed_at": ts,
                "submitted_at": ts,
                "hidden": {
                    "utm_source": G(lambda f: f.pick(["facebook", "google", "tiktok"])),
                    "utm_campaign": G(lambda f: f.pick(["uk_launch", "uk_wegovy_search", "uk_retarget"])),
                    "vh_uid": G(lambda f: f.p.user_id),
                },
                "answers": Seq(
                    {
                        "type": G(lambda f: "text"),
                        "field": {
                            "id": G(lambda f: "fn" + f.alnum(8)),
                            "type": G(lambda f: "short_text"),
                            "ref": G(lambda f: "first_name"),
                        },
                        "text": P("first", "name", value_only=True),
                    },
                    {
                        "type": G(lambda f: "email"),
                        "field": {
                            "id": G(lambda f: "em" + f.alnum(8)),
                            "type": G(lambda f: "email"),
                            "ref": G(lambda f: "email"),
                        },
                        "email": P("email", "email"),
                    },
                    {
                        "type": G(lambda f: "phone_number"),
                        "field": {
                            "id": G(lambda f: "ph" + f.alnum(8)),
                            "type": G(lambda f: "phone_number"),
                            "ref": G(lambda f: "mobile"),
                        },
                        "phone_number": Y(lambda f: "+447" + f.digits(9), "phone"),
                    },
                    {
                        "type": G(lambda f: "date"),
                        "field": {
                            "id": G(lambda f: "db" + f.alnum(8)),
                            "type": G(lambda f: "date"),
                            "ref": G(lambda f: "dob"),
                        },
                        "date": P("dob", "birthdate", value_only=True),
                    },
                    {
                        "type": G(lambda f: "number"),
                        "field": {
                            "id": G(lambda f: "wt" + f.alnum(8)),
                            "type": G(lambda f: "number"),
                            "ref": G(lambda f: "weight_kg"),
                        },
                        "number": Y(lambda f: f.kg(), "condition", True),
                    },
                    {
                        "type": G(lambda f: "choice"),
                        "field": {
                            "id": G(lambda f: "sx" + f.alnum(8)),
                            "type": G(lambda f: "multiple_choice"),
                            "ref": G(lambda f: "sex_at_birth"),
                        },
                        "choice": {"label": Y(lambda f: f.p.sex.capitalize(), "sex|gender", True)},
                    },
                    {
                        "type": G(lambda f: "choices"),
                        "field": {
                            "id": G(lambda f: "cd" + f.alnum(8)),
                            "type": G(lambda f: "multiple_choice"),
                            "ref": G(lambda f: "conditions"),
                        },
                        "choices": {"labels": Many(Y(lambda f: f.pick(CONDITIONS), "condition", True), 3)},
                    },
                    {
                        "type": G(lambda f: "boolean"),
                        "field": {
                            "id": G(lambda f: "pg" + f.alnum(8)),
                            "type": G(lambda f: "yes_no"),
                            "ref": G(lambda f: "pregnant"),
                        },
                        "boolean": Y(lambda f: f.pick([True, False, False]), "condition", True),
                    },
                ),
            },
        },
    ),
    # -- identity and insurance --------------------------------------------------------------------
    (
        "track",
        "Identity Verification Completed",
        ["go", "node"],
        None,
        {
            "inquiry_id": G(lambda f: "inq_" + f.alnum(24)),
            "status": G(lambda f: f.pick(["approved", "approved", "declined", "needs_review"])),
            "document_type": G(lambda f: "passport"),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "issuing_country": G(lambda f: f.p.country_code),
            "date_of_birth": P("dob", "birthdate"),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "address_match": G(lambda f: f.pick([True, False])),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ssn_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driver License Scanned",
        ["swift", "kotlin"],
        "US",
        {
            "scan_id": G(lambda f: f.uuid()),
            "drivers_license_number": Y(
                lambda f: f.pick(["D" + f.digits(7), f.digits(8), "S" + f.digits(12), f.digits(9)]), "license"
            ),
            "dl_state": G(lambda f: f.p.state),
            "dl_expiration": G(lambda f: f.date(2025, 2032)),
            "full_name_on_id": P("full", "name"),
        },
    ),
    (
        "track",
        "Insurance Eligibility Checked",
        ["dotnet"],
        "US",
        {
            "CheckId": G(lambda f: f.uuid()),
            "PayerName": G(
                lambda f: f.pick(
                    [
                        "Aetna",
                        "UnitedHealthcare",
                        "Blue Cross Blue Shield of Texas",
                        "Cigna",
                        "Humana",
                        "Medicare Part D",
                    ]
                )
            ),
            "PayerId": G(lambda f: f.pick(["60054", "87726", "G84980", "62308", "61101"])),
            "MemberId": Y(lambda f: f.member_id(), "identification"),
            "GroupNumber": G(lambda f: f.pick(["0123456-010-00001", "GRP88213", "717543", "X04521"])),
            "SubscriberName": Y(lambda f: f.pick([f.p.full, f.person()]), "name"),
            "SubscriberDob": Y(lambda f: f.date(1950, 2000), "birthdate"),
            "RelationshipToSubscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            "CoverageActive": G(lambda f: f.pick([True, False])),
            "Glp1Covered": G(lambda f: f.pick([True, False, False])),
            "PriorAuthRequired": G(lambda f: f.pick([True, False])),
            "CopayUsd": G(lambda f: f.pick([0, 25, 50, 100, 250])),
            "RxBin": G(lambda f: f.pick(["610014", "004336", "003858", "610502"])),
            "RxPcn": G(lambda f: f.pick(["ADV", "MEDDPRIME", "A4", "9999"])),
            "RxGroup": G(lambda f: f.pick(["RX1234", "HEBRX", "CVSCRX"])),
            "ResponseMs": G(lambda f: f.r.randint(300, 6000)),
        },
    ),
    (
        "track",
        "Medicare Beneficiary Verified",
        ["java"],
        "US",
        {
            "verificationId": G(lambda f: f.uuid()),
            "mbi": RED(lambda f: f.mbi(), "health id"),
            "partDPlan": G(
                lambda f: f.pick(
                    ["SilverScript Choice", "AARP Medicare Rx Preferred", "Wellcare Value Script"]
                )
            ),
            "eligible": G(lambda f: f.pick([True, False])),
            "checkedAt": ts,
        },
    ),
    # -- consults and prescriptions ----------------------------------------------------------------
    (
        "track",
        "Consult Scheduled",
        ["web", "swift", "kotlin", "rn"],
        None,
        {
            "consult_id": G(lambda f: "cns_" + f.hexid(16)),
            "consult_type": G(lambda f: f.pick(["async", "video", "phone"])),
            "scheduled_for": ts,
            "provider_id": G(lambda f: "prv_" + f.digits(5)),
            "provider_name": Y(lambda f: f.pick(STAFF), "name"),
            "provider_credentials": G(lambda f: f.pick(["MD", "DO", "NP", "PA-C", "FNP-C"])),
            "provider_npi": G(lambda f: f.npi()),
            "is_follow_up": G(lambda f: f.pick([True, False])),
            "patient_timezone": G(lambda f: f.p.tz),
        },
    ),
    (
        "track",
        "Consult Completed",
        ["python"],
        None,
        {
            "consult_id": G(lambda f: "cns_" + f.hexid(16)),
            "duration_sec": G(lambda f: f.r.randint(240, 2400)),
            "status": G(lambda f: f.pick(["completed", "no_show", "patient_cancelled"])),
            "diagnosis_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 3),
            "clinician_note": Y(
                lambda f: f.pick(
                    [
                        f"BMI {f.bmi()}, T2DM on metformin. Start semaglutide 0.25 mg weekly x4w.",
                        "Pt reports nausea after step-up to 1 mg; hold titration 2 weeks, ondansetron PRN.",
                        f"HTN controlled on lisinopril. Weight {f.kg()} kg. Continue tirzepatide 5 mg.",
                        "Hx PCOS, TTC within 12 mo - counselled to stop GLP-1 2 months before conception.",
                        "Sleep apnea on CPAP; GERD. Escalate to 1.7 mg if tolerated.",
                        "Prediabetes (A1c 6.1). No hx pancreatitis or MTC. Approved for Wegovy 0.25 mg.",
                    ]
                ),
                "condition|medication",
                True,
            ),
            "prescriber_email": Y(
                lambda f: f.pick(
                    [
                        "a.nwosu@vitaliahealth.com",
                        "sarah.lindqvist@vitaliahealth.com",
                        "r.iyer@vitaliahealth.com",
                        "e.villalobos@vitaliahealth.mx",
                        "f.mcallister@vitaliahealth.co.uk",
                    ]
                ),
                "email",
            ),
        },
    ),
    (
        "track",
        "Prescription Written",
        ["java"],
        "US",
        {
            "prescriptionId": G(lambda f: f.uuid()),
            "rxNumber": Y(lambda f: f.pick(["RX", ""]) + f.digits(7), "medication"),
            "medication": Y(lambda f: f.pick(GLP1), "medication"),
            "strength": Y(
                lambda f: f.pick(
                    [
                        "0.25 mg/0.5 mL",
                        "0.5 mg/0.5 mL",
                        "2.5 mg/0.5 mL",
                        "1 mg/0.5 mL",
                        "5 mg/0.5 mL",
                        "2.4 mg/0.75 mL",
                    ]
                ),
                "medication",
            ),
            "sig": Y(
                lambda f: f.pick(
                    [
                        "Inject 0.25 mg subcutaneously once weekly",
                        "Inject 2.5 mg SC once a week for 4 weeks",
                        "Inject 0.5 mg SC weekly; increase per titration",
                        "Inject 20 units SC weekly",
                    ]
                ),
                "medication",
            ),
            "daysSupply": G(lambda f: f.pick([28, 30, 84])),
            "prescriberNpi": G(lambda f: f.npi()),
            "prescriberDea": Y(lambda f: f.dea(), "license|identification"),
            "prescriberName": Y(lambda f: f.pick(STAFF), "name"),
            "pharmacyNcpdp": G(lambda f: f.digits(7)),
            "pharmacyName": G(pick_into("_ph", PHARMACIES["US"], 0)),
            "pharmacyPhone": G(picked("_ph", 3)),
        },
    ),
    (
        "track",
        "Receta Emitida",
        ["php"],
        "MX",
        {
            "folio_receta": Y(lambda f: "REC-" + f.digits(8), "medication"),
            "medicamento": Y(
                lambda f: f.pick(
                    ["semaglutida", "tirzepatida", "liraglutida", "Ozempic 0.25 mg", "Mounjaro 2.5 mg"]
                ),
                "medication",
            ),
            "medico_nombre": Y(
                lambda f: f.pick(
                    [
                        "Dra. Ana Sofía Treviño",
                        "Dr. Ernesto Villalobos",
                        "Dra. Mariel Cantú",
                        "Dr. Jorge Iñiguez",
                    ]
                ),
                "name",
            ),
            "cedula_profesional": Y(lambda f: f.digits(f.pick([7, 8])), "license"),
            "especialidad": G(lambda f: f.pick(["Medicina Interna", "Endocrinología", "Medicina General"])),
            "motivo_consulta": Y(
                lambda f: f.pick([*CONDICIONES, "obesidad grado II", "obesidad grado I"]),
                "condition|diagnosis",
            ),
            "modalidad": G(lambda f: f.pick(["videollamada", "chat", "presencial"])),
            "fecha_emision": ts,
            "id_paciente": G(lambda f: f.digits(6)),
        },
    ),
    # -- pharmacy and orders -----------------------------------------------------------------------
    (
        "track",
        "Prescription Filled",
        ["dotnet"],
        "US",
        {
            "PrescriptionId": G(lambda f: f.uuid()),
            "RxNumber": Y(lambda f: f.digits(7), "medication"),
            "PatientId": G(lambda f: f.digits(8)),
            "PatientFirstName": P("first", "name"),
            "PatientLastName": P("last", "name"),
            "PatientDob": P("dob", "birthdate"),
            "DrugName": Y(
                lambda f: f.pick(
                    [
                        "WEGOVY 0.25MG/0.5ML PEN",
                        "ZEPBOUND 2.5MG/0.5ML PEN",
                        "SEMAGLUTIDE 2.5MG/ML VIAL (COMPOUNDED)",
                        "OZEMPIC 1MG/DOSE PEN",
                    ]
                ),
                "medication",
            ),
            "Ndc": Y(
                lambda f: f.pick(["0169-4525-14", "0002-1506-80", "0169-4132-12", "0169-4501-14"]),
                "medication",
            ),
            "QuantityDispensed": G(lambda f: f.pick([1, 2, 4])),
            "DaysSupply": G(lambda f: 28),
            "LotNumber": G(lambda f: f.pick(["PP5F371", "D283746", "NR9K442"]) + f.digits(2)),
            "ExpirationDate": G(lambda f: f.date(2025, 2026)),
            "PharmacistName": Y(lambda f: f.person("US") + ", PharmD", "name"),
            "PharmacistLicense": Y(lambda f: f.pick(["RPH", "PHA"]) + f.digits(6), "license"),
            "ShipTo": ship_address("Line1", "Line2", "City", "State", "PostalCode", "Country"),
            "FilledAtUtc": ts,
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        None,
        {
            **shop_product(),
            "currency": G(lambda f: f.pick(["USD", "GBP", "MXN"])),
            "value": G(lambda f: f.money(6, 80)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.money(20, 600)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "MXN"])),
            "coupon": G(lambda f: f.pick(["", "NEWYEAR50", "FIRSTMONTH", "BIENVENIDA"])),
            "products": Many(shop_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "oxxo"])),
            "payment_method_id": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "is_hsa_fsa": G(lambda f: f.pick([True, False])),
            "billing_zip": P("zip", "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 700)),
            "subtotal": G(lambda f: f.money(20, 650)),
            "tax": G(lambda f: f.money(0, 40)),
            "shipping": G(lambda f: f.pick([0.0, 7.95, 14.95])),
            "discount": G(lambda f: f.money(0, 50)),
            "coupon": G(lambda f: f.pick(["", "NEWYEAR50", "FIRSTMONTH"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "MXN"])),
            "products": Many(shop_product(), 3),
            "shipping_address": {"name": P("full", "name"), **ship_address()},
            "billing_address": ship_address(),
            "customer_email": P("email", "email"),
            "delivery_instructions": G(
                lambda f: f.pick(
                    [
                        "Leave at front door",
                        "Ring bell, dog is friendly",
                        "",
                        "Leave with concierge",
                        "Do not leave in sun",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Order Shipped",
        ["node"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "carrier": G(lambda f: f.pick(["UPS", "FedEx", "USPS"])),
            "service": G(lambda f: f.pick(["2nd Day Air", "Priority Overnight", "Priority Mail"])),
            "tracking_number": G(
                lambda f: f.pick(["1Z" + f.alnum(16).upper(), f.digits(12), "9400" + f.digits(18)])
            ),
            "tracking_url": G(lambda f: "https://track.vitaliahealth.com/" + f.alnum(10)),
            "cold_chain": G(lambda f: True),
            "recipient": {
                "name": P("full", "name"),
                "phone": P("phone", "phone"),
                "email": P("email", "email"),
            },
            "ship_to": ship_address("line1", "line2", "city", "state", "zip", "country"),
            "signature_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tracker Updated",
        ["go"],
        "US",
        {
            "id": G(lambda f: "trk_" + f.hexid(32)),
            "tracking_code": G(lambda f: "9400" + f.digits(18)),
            "status": G(lambda f: f.pick(["in_transit", "out_for_delivery", "delivered", "pre_transit"])),
            "carrier": G(lambda f: f.pick(["USPS", "UPS", "FedEx"])),
            "est_delivery_date": ts,
            "signed_by": Y(
                lambda f: f.pick([f.p.first.upper(), f.p.last.upper(), f.person().upper()]), "name"
            ),
            "weight": G(lambda f: round(f.r.uniform(8, 60), 1)),
            "public_url": G(lambda f: "https://track.easypost.com/" + f.alnum(40)),
            "tracking_details": Many(
                {
                    "message": G(
                        lambda f: f.pick(
                            [
                                "Arrived at USPS Regional Facility",
                                "Departed Shipping Partner Facility",
                                "Shipping Label Created",
                                "In Transit to Next Facility",
                            ]
                        )
                    ),
                    "status": G(lambda f: f.pick(["in_transit", "pre_transit"])),
                    "datetime": ts,
                    "tracking_location": {
                        "city": G(
                            lambda f: f.pick(
                                ["MEMPHIS", "LOUISVILLE", "DALLAS", "INDIANAPOLIS", "NORTH HOUSTON"]
                            )
                        ),
                        "state": G(lambda f: f.pick(["TN", "KY", "TX", "IN"])),
                        "zip": G(lambda f: f.pick(["38118", "40209", "75261", "46241", "77315"])),
                        "country": G(lambda f: "US"),
                    },
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Order Dispatched",
        ["ruby"],
        "UK",
        {
            "order_ref": G(lambda f: "VUK-" + f.digits(6)),
            "royal_mail_tracking": G(lambda f: f.pick(["JB", "TT", "RD"]) + f.digits(9) + "GB"),
            "service": G(lambda f: f.pick(["Tracked 24", "Special Delivery Guaranteed by 1pm"])),
            "recipient_name": P("full", "name"),
            "address_line_1": P("street", "address|street"),
            "address_line_2": P("line2", "address|street"),
            "town": P("city", "city"),
            "county": G(lambda f: f.p.state),
            "postcode": P("zip", "zipcode"),
            "delivery_phone": P("phone", "phone"),
            "signature_required": G(lambda f: f.pick([True, False])),
            "dispensing_pharmacy": G(pick_into("_ph", PHARMACIES["UK"], 0)),
            "dispensing_pharmacy_phone": G(picked("_ph", 3)),
            "gphc_premises_number": G(lambda f: "1" + f.digits(6)),
        },
    ),
    (
        "track",
        "Pedido Enviado",
        ["php"],
        "MX",
        {
            "numero_pedido": G(lambda f: "MX-" + f.digits(7)),
            "paqueteria": G(lambda f: f.pick(["Estafeta", "DHL Express", "FedEx México", "99minutos"])),
            "numero_guia": G(lambda f: f.digits(f.pick([10, 22]))),
            "destinatario": P("full", "name"),
            "telefono_contacto": P("phone", "phone"),
            "direccion_entrega": {
                "calle": P("street", "street|address"),
                "numero_interior": P("line2", "address"),
                "colonia": Y(lambda f: f.p.colonia, "address"),
                "ciudad": P("city", "city"),
                "estado": G(lambda f: f.p.state),
                "cp": P("zip", "zipcode"),
            },
            "instrucciones": G(
                lambda f: f.pick(
                    [
                        "Dejar con el portero",
                        "Tocar el timbre dos veces",
                        "",
                        "Entregar en horario de oficina",
                    ]
                )
            ),
            "monto_total": G(lambda f: f.money(1500, 9800)),
        },
    ),
    (
        "track",
        "Pharmacy Search",
        ["swift", "kotlin", "rn"],
        "US",
        {
            "user_lat": Y(lambda f: f.user_lat(), "geolocation"),
            "user_lng": Y(lambda f: f.user_lon(), "geolocation"),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "pharmacies": Many(
                {
                    "name": G(pick_into("_ph", PHARMACIES["US"], 0)),
                    "ncpdp_id": G(lambda f: f.digits(7)),
                    "address": G(picked("_ph", 1)),
                    "city": G(picked("_ph", 2)),
                    "phone": G(picked("_ph", 3)),
                    "lat": G(picked("_ph", 4)),
                    "lng": G(picked("_ph", 5)),
                    "distance_mi": G(lambda f: round(f.r.uniform(0.3, 24), 1)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        None,
        {
            "sessiontoken": G(lambda f: f.uuid()),
            "input": Y(
                lambda f: f.pick([f.p.street, f.p.street.lower(), f"{f.p.street} {f.p.city[:3]}"]),
                "address|street",
                True,
            ),
            "prediction": {
                "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
                "description": Y(
                    lambda f: f"{f.p.street}, {f.p.city}, {f.p.state}, {f.p.locale_country}", "address", True
                ),
                "types": Many(G(lambda f: f.pick(["street_address", "premise", "geocode"])), 2),
            },
            "address_type": G(lambda f: f.pick(["shipping", "billing"])),
        },
    ),
    # -- dose logs and reminders -------------------------------------------------------------------
    (
        "screen",
        "Dose Log",
        [*MOBILE, "flutter"],
        None,
        {
            "screen_class": G(
                lambda f: f.pick(["DoseLogViewController", "DoseLogFragment", "DoseLogScreen"])
            ),
        },
    ),
    (
        "track",
        "Dose Logged",
        [*MOBILE, "flutter"],
        None,
        {
            "dose_id": G(lambda f: f.uuid()),
            "medication": Y(lambda f: f.pick(GLP1), "medication"),
            "dose_mg": Y(lambda f: f.dose(), "medication"),
            "injection_site": Y(
                lambda f: f.pick(["left abdomen", "right abdomen", "left thigh", "right thigh", "upper arm"]),
                "medication|procedure",
            ),
            "logged_at": ts,
            "scheduled_for": ts,
            "days_late": G(lambda f: f.pick([0, 0, 0, 1, 2, 3])),
            "pen_serial": G(lambda f: f.pick(["PP", "NS"]) + f.digits(8)),
            "side_effects": Many(Y(lambda f: f.pick(SIDE_EFFECTS), "condition"), 3),
            "weight_kg": Y(lambda f: f.kg(), "condition"),
            "dose_number": G(lambda f: f.r.randint(1, 52)),
        },
    ),
    (
        "track",
        "Reminder Settings Updated",
        MOBILE,
        None,
        {
            "reminder_enabled": G(lambda f: f.pick([True, False])),
            "reminder_time": G(lambda f: f.pick(["08:00", "19:30", "21:00", "07:15"])),
            "fasting_for_ramadan": Y(lambda f: f.pick([True, False, False]), "religion"),
            "timezone": G(lambda f: f.p.tz),
        },
    ),
    (
        "track",
        "injection-reminder-sent",
        ["node"],
        None,
        {
            "reminder-id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "template-name": G(lambda f: f.pick(["dose_due_v3", "dose_overdue_v1", "recordatorio_dosis_es"])),
            "scheduled-for": ts,
            "recipient-phone": P("phone", "phone"),
            "dose-number": G(lambda f: f.r.randint(1, 52)),
            "send-status": G(lambda f: f.pick(["queued", "sent", "failed"])),
            "retry-count": G(lambda f: f.r.randint(0, 2)),
            "local-hour": G(lambda f: f.r.randint(6, 21)),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["python"],
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(CLINIC_NUMBERS[f.p.country])),
            "To": Y(lambda f: e164(f.p.phone, f.p.country), "phone"),
            "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {f.p.first.split()[0]}, your weekly dose is due today. Reply STOP to opt out.",
                        f"{f.p.first.split()[0]}, your Vitalia order has shipped! Keep it refrigerated.",
                        f"Hola {f.p.first.split()[0]}, tu cita es mañana a las 10:00.",
                        f"Hi {f.p.first.split()[0]} - your clinician replied to your message in the app.",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["python"],
        None,
        {
            "from_number": P("phone", "phone"),
            "to_number": G(lambda f: f.pick(CLINIC_NUMBERS[f.p.country])),
            "body": G(lambda f: f.pick(["YES", "STOP", "Confirmed", "C", "ok thanks", "Sí", "HELP"])),
        },
    ),
    # -- weight, symptoms, labs, photos ------------------------------------------------------------
    (
        "track",
        "Weight Logged",
        [*MOBILE, "flutter"],
        None,
        {
            "entry_id": G(lambda f: f.uuid()),
            "weight_kg": Y(lambda f: f.kg(), "condition"),
            "bmi": Y(lambda f: f.bmi(), "condition"),
            "body_fat_pct": Y(lambda f: round(f.r.uniform(24, 52), 1), "condition"),
            "source": G(lambda f: f.pick(["manual", "withings", "apple_health", "health_connect"])),
            "scale_serial": Y(lambda f: f.pick(["00:24:E4:", "WBS"]) + f.hexid(6).upper(), "serial"),
            "unit": G(lambda f: f.pick(["kg", "lb", "st"])),
            "logged_at": ts,
            "weight_logged_count": G(lambda f: f.r.randint(1, 300)),
        },
    ),
    (
        "track",
        "Symptom Logged",
        MOBILE,
        None,
        {
            "entry_id": G(lambda f: f.uuid()),
            "symptom": {
                "label": Y(lambda f: f.pick(SNOMED_SYMPTOMS)[0], "condition", True),
                "code": Y(lambda f: f.pick(SNOMED_SYMPTOMS)[1], "condition", True),
                "system": G(lambda f: "http://snomed.info/sct"),
            },
            "onset": ts,
            "alert_care_team": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lab Order Placed",
        ["java"],
        "US",
        {
            "labOrderId": G(lambda f: "LO-" + f.digits(9)),
            "labVendor": G(lambda f: f.pick(["Quest Diagnostics", "Labcorp", "Getlabs"])),
            "panel": G(
                lambda f: f.pick(
                    [
                        "Comprehensive Metabolic Panel",
                        "Hemoglobin A1c",
                        "Lipid Panel",
                        "TSH",
                        "CBC with Differential",
                    ]
                )
            ),
            "requisitionNumber": G(lambda f: f.digits(10)),
            "fastingRequired": G(lambda f: f.pick([True, False])),
            "collectBy": G(lambda f: f.date(2024, 2025)),
            "orderingProvider": Y(lambda f: f.pick(STAFF), "name"),
            "patientServiceCenter": {
                "name": G(pick_into("_psc", PSCS, 0)),
                "address": G(picked("_psc", 1)),
                "phone": G(picked("_psc", 2)),
                "zip": G(picked("_psc", 3)),
            },
        },
    ),
    (
        "track",
        "Lab Results Received",
        ["python"],
        None,
        {
            "lab_order_id": G(lambda f: "LO-" + f.digits(9)),
            "mrn": RED(lambda f: f.pick(["", "E"]) + f.digits(8), "health id"),
            "accession_number": G(lambda f: f.pick(["WH", "PX"]) + f.digits(9)),
            "collected_at": ts,
            "ordering_provider": Y(lambda f: f.pick(STAFF), "name"),
            "results": Seq(
                {
                    "loinc": G(lambda f: "4548-4"),
                    "name": G(lambda f: "Hemoglobin A1c"),
                    "value": Y(lambda f: round(f.r.uniform(5.0, 9.8), 1), "diagnosis|condition", True),
                    "unit": G(lambda f: "%"),
                    "reference_range": G(lambda f: "4.0-5.6"),
                    "flag": Y(lambda f: f.pick(["H", "N", "H"]), "diagnosis|condition", True),
                },
                {
                    "loinc": G(lambda f: "2089-1"),
                    "name": G(lambda f: "LDL Cholesterol"),
                    "value": Y(lambda f: f.r.randint(70, 210), "diagnosis|condition", True),
                    "unit": G(lambda f: "mg/dL"),
                    "reference_range": G(lambda f: "<100"),
                    "flag": Y(lambda f: f.pick(["H", "N"]), "diagnosis|condition", True),
                },
                {
                    "loinc": G(lambda f: "3016-3"),
                    "name": G(lambda f: "TSH"),
                    "value": Y(lambda f: round(f.r.uniform(0.3, 7.5), 2), "diagnosis|condition", True),
                    "unit": G(lambda f: "mIU/L"),
                    "reference_range": G(lambda f: "0.45-4.50"),
                    "flag": Y(lambda f: f.pick(["N", "H", "L"]), "diagnosis|condition", True),
                },
            ),
        },
    ),
    (
        "track",
        "Progress Photo Uploaded",
        MOBILE,
        None,
        {
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(
                lambda f: f"https://media.vitaliahealth.com/progress/{f.hexid(24)}/front.jpg", "photo"
            ),
            "thumbnail_url": Y(
                lambda f: f"https://media.vitaliahealth.com/progress/{f.hexid(24)}/thumb_320.jpg", "photo"
            ),
            "pose": G(lambda f: f.pick(["front", "side", "back"])),
            "week_number": G(lambda f: f.r.randint(0, 52)),
            "file_size_bytes": G(lambda f: f.r.randint(300_000, 4_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic"])),
            "shared_with_provider": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    # -- subscriptions, payments, refunds ----------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["node", "swift"],
        None,
        {
            "subscription_id": G(lambda f: "sub_1" + f.alnum(23)),
            "customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "plan_id": G(lambda f: f.pick(["price_1P" + f.alnum(22)])),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "amount": amount(),
            "currency": G(lambda f: f.pick(["USD", "GBP", "MXN"])),
            "payment_method_id": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "iin": G(lambda f: f.pick(["414720", "542418", "371449", "601100", "485246"])),
            },
            "hsa_fsa_eligible": G(lambda f: True),
            "app_account_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["ruby"],
        None,
        {
            "id": G(lambda f: "evt_1" + f.alnum(23)),
            "type": G(lambda f: "invoice.paid"),
            "data": {
                "object": {
                    "id": G(lambda f: "in_1" + f.alnum(23)),
                    "number": G(lambda f: f.alnum(8).upper() + "-" + f"{f.r.randint(1, 40):04d}"),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "customer_email": P("email", "email"),
                    "customer_name": P("full", "name"),
                    "customer_phone": P("phone", "phone"),
                    "customer_address": {
                        "line1": P("street", "address|street"),
                        "line2": P("line2", "address|street"),
                        "city": P("city", "city"),
                        "state": G(lambda f: f.p.state),
                        "postal_code": P("zip", "zipcode"),
                        "country": G(lambda f: f.p.country_code),
                    },
                    "amount_paid": G(lambda f: f.r.randint(4900, 54900)),
                    "currency": G(lambda f: f.pick(["usd", "gbp", "mxn"])),
                    "payment_intent": G(lambda f: "pi_3" + f.alnum(23)),
                    "default_payment_method": RED(lambda f: "pm_1" + f.alnum(23), "token"),
                }
            },
        },
    ),
    (
        "track",
        "HSA Card Added",
        ["web"],
        "US",
        {
            "card_number": RED(hsa_card, "credit card"),
            "cardholder": P("full", "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "hsa_administrator": G(
                lambda f: f.pick(["HealthEquity", "Optum Bank", "Fidelity HSA", "HSA Bank", "WEX"])
            ),
            "account_type": G(lambda f: f.pick(["hsa", "fsa"])),
        },
    ),
    (
        "track",
        "Letter of Medical Necessity Requested",
        ["web", "python"],
        "US",
        {
            "lmn_id": G(lambda f: "LMN-" + f.digits(6)),
            "patient_name": P("full", "name"),
            "diagnosis": Y(
                lambda f: f.pick(
                    [
                        "Obesity, BMI 35.0-35.9 (Z68.35)",
                        "Morbid obesity (E66.01)",
                        "Overweight with prediabetes (E66.3, R73.03)",
                        "Obesity, BMI 30.0-30.9 (Z68.30)",
                    ]
                ),
                "diagnosis",
            ),
            "hsa_administrator": G(lambda f: f.pick(["HealthEquity", "Optum Bank", "Fidelity HSA"])),
            "tax_year": G(lambda f: f.pick([2023, 2024])),
            "delivery_email": P("email", "email"),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["ruby"],
        "UK",
        {
            "refund_id": G(lambda f: "re_" + f.alnum(24)),
            "amount_gbp": G(lambda f: f.money(20, 300)),
            "reason": G(lambda f: f.pick(["order_cancelled", "delivery_failed", "goodwill"])),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-96-26", "09-01-28", "60-83-71"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder": P("full", "name"),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "approved_by": Y(lambda f: f.pick(AGENTS), "name"),
        },
    ),
    (
        "track",
        "Reembolso Procesado",
        ["php"],
        "MX",
        {
            "id_reembolso": G(lambda f: f.uuid()),
            "clabe": RED(lambda f: f.clabe(), "bank account"),
            "banco": G(
                lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banamex", "Azteca", "Nu México"])
            ),
            "titular": P("full", "name"),
            "monto": G(lambda f: f.money(400, 6000)),
            "motivo": G(lambda f: f.pick(["pedido_cancelado", "cobro_duplicado", "cortesia"])),
            "referencia_spei": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["web", "node"],
        None,
        {
            "subscription_id": G(lambda f: "sub_1" + f.alnum(23)),
            "reason": G(
                lambda f: f.pick(
                    ["too_expensive", "reached_goal", "switching_provider", "insurance_now_covers", "pausing"]
                )
            ),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Too expensive for me right now",
                        "Shipping took too long twice",
                        "Will be back after the holidays",
                        "",
                        "App is great, price is not",
                    ]
                )
            ),
            "months_active": G(lambda f: f.r.randint(1, 18)),
            "refund_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- support -----------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["node"],
        None,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Pen arrived warm",
                        "Billing question",
                        "Change shipping day",
                        "Cannot log in",
                        "Pedido no llegó",
                    ]
                )
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"Package was left outside all day and the pens feel warm. Call me at {f.p.phone}.",
                        f"I was charged twice this month. Best number to reach me is {f.p.phone}.",
                        f"Can you move my delivery to Friday? Text {f.p.phone} if there's a problem.",
                        f"Mi pedido no ha llegado, mi número es {f.p.phone}.",
                    ]
                ),
                "phone",
                True,
            ),
            "requester": {"name": P("full", "name"), "email": P("email", "email")},
            "assignee": {
                "id": G(lambda f: f.r.randint(1000, 9999)),
                "name": Y(lambda f: f.pick(AGENTS), "name"),
                "email": Y(
                    lambda f: f.pick(
                        [
                            "priya.s@vitaliahealth.com",
                            "marcus.t@vitaliahealth.com",
                            "lupita.r@vitaliahealth.mx",
                            "aoife.m@vitaliahealth.co.uk",
                        ]
                    ),
                    "email",
                ),
            },
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "reply_to": G(
                lambda f: f.pick(
                    ["care@vitaliahealth.com", "soporte@vitaliahealth.mx", "help@vitaliahealth.co.uk"]
                )
            ),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        None,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "cancel subscription",
                        "change delivery address",
                        "pen not clicking",
                        "refund",
                        "cómo cancelar",
                        "hsa receipt",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Care Team Message Sent",
        MOBILE,
        None,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: "patient"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"I've had {f.pick(SIDE_EFFECTS)} since my last dose, is that normal?",
                        f"Still getting {f.pick(SIDE_EFFECTS)} 3 days after the 1 mg shot",
                        f"Can I take my dose if I have {f.pick(['a cold', 'the flu', 'COVID'])}?",
                        f"Tengo {f.pick(['náuseas', 'estreñimiento', 'dolor de cabeza'])} desde el lunes",
                        "My blood sugar dropped to 62 this morning, should I skip?",
                    ]
                ),
                "condition",
                True,
            ),
            "char_count": G(lambda f: f.r.randint(20, 400)),
        },
    ),
    (
        "track",
        "Call Ended",
        ["go"],
        None,
        {
            "event": G(lambda f: "call.ended"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "data": {
                "id": G(lambda f: f.r.randint(10**9, 2 * 10**9)),
                "duration": G(lambda f: f.r.randint(10, 1800)),
                "raw_digits": Y(lambda f: f.p.phone, "phone", True),
                "number": {
                    "digits": G(
                        lambda f: f.pick(["+1 888-555-0143", "+44 161 555 0192", "+52 55 5550 0137"])
                    ),
                    "name": G(lambda f: f.pick(["Care Line US", "Care Line UK", "Atención MX"])),
                },
                "user": {
                    "name": Y(lambda f: f.pick(AGENTS), "name"),
                    "email": Y(
                        lambda f: f.pick(
                            [
                                "devon.k@vitaliahealth.com",
                                "tamika.b@vitaliahealth.com",
                                "carlos.v@vitaliahealth.mx",
                            ]
                        ),
                        "email",
                    ),
                },
                "contact": {
                    "first_name": P("first", "name"),
                    "last_name": P("last", "name"),
                    "phone_numbers": Seq(
                        {
                            "label": G(lambda f: f.pick(["Mobile", "Home", "Work"])),
                            "value": Y(lambda f: f.p.phone, "phone", True),
                        }
                    ),
                    "emails": Seq(
                        {
                            "label": G(lambda f: f.pick(["Personal", "Work"])),
                            "value": Y(lambda f: f.p.email, "email", True),
                        }
                    ),
                },
            },
        },
    ),
    # -- other people ------------------------------------------------------------------------------
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        None,
        {
            "contact_name": Y(lambda f: f.person(), "name"),
            "contact_phone": Y(lambda f: f.other_phone(), "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend", "daughter", "son"])),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["web", "swift", "kotlin"],
        None,
        {
            "referral_code": G(lambda f: "VH" + f.alnum(6).upper()),
            "referee_email": Y(lambda f: f.other_email(), "email"),
            "referee_first_name": Y(lambda f: f.name_parts(f.p.country)[0], "name"),
            "channel": G(lambda f: f.pick(["email", "sms", "copy_link", "whatsapp"])),
        },
    ),
    (
        "track",
        "Household Profile Updated",
        ["web", "rn"],
        None,
        {
            "household_size": G(lambda f: f.r.randint(1, 6)),
            "pets": Many(
                {
                    "species": G(lambda f: f.pick(["dog", "cat", "dog"])),
                    "name": G(
                        lambda f: f.pick(
                            ["Biscuit", "Luna", "Canela", "Max", "Bella", "Chispa", "Mochi", "Rocky"]
                        )
                    ),
                },
                2,
            ),
            "annual_household_income": Y(
                lambda f: f.pick([28000, 42000, 65000, 88000, 120000, 175000]), "salary"
            ),
        },
    ),
    (
        "track",
        "Clinician Application Submitted",
        ["web"],
        "US",
        {
            "application_id": G(lambda f: f.uuid()),
            "role": G(
                lambda f: f.pick(
                    ["Nurse Practitioner", "Physician Assistant", "Physician (MD/DO)", "Registered Dietitian"]
                )
            ),
            "applicant_name": P("full", "name"),
            "applicant_email": P("email", "email"),
            "applicant_phone": P("phone", "phone"),
            "licensed_states": Many(G(lambda f: f.pick(["TX", "FL", "CA", "NY", "AZ", "OH"])), 4),
            "license_number": Y(lambda f: f.pick(["AP", "NP", "PA"]) + f.digits(6), "license"),
            "npi": G(lambda f: f.npi()),
            "desired_hourly_rate": Y(lambda f: f.pick([65, 72.5, 85, 95, 110, 140]), "salary"),
            "years_experience": G(lambda f: f.r.randint(1, 25)),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False, False]), "visa"),
            "resume_file_name": Y(
                lambda f: "_".join(
                    [
                        ascii_fold(f.p.first.split()[0]),
                        ascii_fold(f.p.last.split()[0]),
                        f.pick(["Resume", "CV", "resume_2024"]) + ".pdf",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    # -- marketing vendors -------------------------------------------------------------------------
    (
        "track",
        "Email Opened",
        ["node"],
        None,
        {
            "email": P("email", "email"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "event": G(lambda f: "open"),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(
                lambda f: (
                    f.alnum(22)
                    + ".filterdrecv-"
                    + f.digits(4)
                    + "-"
                    + f.hexid(5)
                    + "-1-"
                    + f.hexid(8).upper()
                    + "-1.0"
                )
            ),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        *UAS,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                    ]
                )
            ),
            "ip": P("ip", "ip"),
            "marketing_campaign_id": G(lambda f: f.r.randint(10000, 99999)),
        },
    ),
    (
        "track",
        "Purchase",
        ["node"],
        None,
        {
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: "ord_" + f.hexid(16)),
            "user_data": {
                "em": Many(Y(lambda f: sha(f.p.email), "email|advertising id"), 1),
                "ph": Many(Y(lambda f: sha(e164(f.p.phone, f.p.country)[1:]), "phone|advertising id"), 1),
                "external_id": Many(G(lambda f: sha(f.p.user_id)), 1),
                "client_ip_address": P("ip", "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
            },
            "custom_data": {
                "currency": G(lambda f: f.pick(["USD", "GBP", "MXN"])),
                "value": G(lambda f: f.money(49, 549)),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        None,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.r.randint(10**18, 9 * 10**18)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "install_time": ts,
            "country_code": G(lambda f: f.p.country_code),
            "city": P("city", "city"),
            "ip": P("ip", "ip"),
        },
    ),
    (
        "track",
        "Contact Field Completed",
        ["web"],
        None,
        {
            "form_id": G(lambda f: f.pick(["waitlist", "callback_request", "newsletter_footer"])),
            "field": {
                "name": G(lambda f: f.pick(["contact", "your_details", "input_2"])),
                "value": P("email", "email", value_only=True),
                "valid": G(lambda f: f.pick([True, False])),
            },
        },
    ),
]

CLIENTS_BY_COUNTRY = {"flutter": "MX", "php": "MX"}


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, country, body in EVENTS:
            client = f.pick(clients)
            f.new_persona(country or CLIENTS_BY_COUNTRY.get(client))
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.p.user_id,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "emp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=237, repeats=34)
    write(Path(__file__).parent, "holdout237_", events, labels)
