"""Writes holdout89: tests/corpus/holdout89_events.jsonl and holdout89_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers (build.py,
fake.py, build_holdout3.py for the format) only, without reading the detection engine, its
vocabularies, its tests, its documentation or any other corpus's labels, and without running the
engine on these events. Nothing here is tuned to the engine.

Domain: dental clinic chains and appointment booking in the US and Spain. A US chain ("Bright
Smiles Dental") and a Spanish one ("Sonríe Clínicas Dentales") send everyday Segment traffic:
clinic and provider search, online booking, rescheduling, new-patient medical history forms
(medications, allergies, conditions, pregnancy), guardians and dependants, treatment plans and
estimates, insurance cards, eligibility checks (a 271-shaped payload), claims and their status
webhooks, Medicare / Medicaid checks, X-ray uploads with DICOM tags, a clinic shop (e-commerce
spec events), card payments (Stripe-shaped), patient-financing applications, ACH and SEPA
autopay, SMS reminders (Twilio-shaped), WhatsApp reminders (`wa_id`), e-mail events
(SendGrid-shaped), minors' treatment consent signed by a guardian, reviews, referrals,
staff (dentists, hygienists, front desk) identities, shifts and invites, a staff dashboard's
patient search, a chatbot, ad click ids forwarded to a conversions API, a warehouse sync, and
identify / track / page / screen / group / alias calls. Contexts are those of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and C# server libraries (`context.ip`, `context.traits`,
`context.externalIds`, device, app, library, locale, userAgent, campaign).

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (the C# claims
and treatment-plan services, DICOM tags, Twilio's webhook fields), kebab-case (an intake form),
SCREAMING_SNAKE (a warehouse reverse-ETL identify) and Spanish backend keys (paciente, nombre,
apellidos, dni, fecha_nacimiento, aseguradora, tutor, presupuesto, titular …).

Values: names from many cultures (US, Spanish with two surnames, Catalan, Basque, Latin American,
Moroccan, Romanian, Chinese, Nigerian, Vietnamese, Navajo …), US, Spanish and other national
phone formats, US and Spanish addresses with matching postal codes, DNI / NIE with their check
letters, valid-structure SSNs, CMS-format Medicare MBIs, Luhn cards, mod-97 IBANs (Spanish ones
with correct internal CCC check digits), NPIs with the Luhn check over the 80840 prefix.

Labelling rules (the brief's, followed as written), with the decisions this corpus needed:
- Each leaf path: classification (red / yellow / green), type (a REFERENCE.md default matcher
  name or bank account, geolocation, secret, national id, health id, advertising id, credit card,
  token …; `a|b` when either is fair) and value_only (the key does not say what the value is).
- PII (the user's, a recipient's, a guardian's, a dependant's, a staff member's) in the
  reference's colour; outside the reference, red for credentials, secrets, tokens, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (appointment, patient record UUIDs, claim numbers, Stripe
  `pi_`/`cus_`, Twilio SIDs, DICOM UIDs, confirmation codes), versions, timestamps, hashes of
  non-PII, amounts, enums, counters and booleans under PII-sounding keys (`isPregnant` is not
  one of these: see below), clinic / insurer / product / plan names (also clinics named after
  a dentist: a company name), a clinic's own phone, address, e-mail, coordinates and NPI,
  Twilio sender numbers, role mailboxes, searched places, country, state, province, locale,
  language, timezone, currency, user agents, OS-issued device ids, card brand / last four /
  expiry, routing numbers and BICs, ages and age bands, marital status, employers, job titles.
- Health: medications, allergies, conditions, pregnancy, tobacco use, the reason for a visit and
  the procedures of a patient's treatment plan or claim are the patient's health data (yellow,
  `medication` / `allergy` / `condition` / `procedure`); a boolean that reveals one
  (`isPregnant`, `latexAllergy`, `takesBloodThinners`, `embarazada`) carries that type. The
  booking menu's service names ("New Patient Exam", "Teeth Whitening") are products: green;
  specialty and visit type enums: green; counts (`medicationsCount`): green.
- Health ids (red): chart numbers / MRNs, the DICOM PatientID, the Spanish `nhc` (número de
  historia clínica), the Spanish health card (`tarjeta_sanitaria`), Medicare MBIs, Medicaid ids.
  The booking platform's opaque patient record keys (`patientId` UUIDs, `pat_…`) are ids we
  issue: green. An insurer's member / policy / card number is yellow `identification`; the
  employer plan's group number, payer ids and claim numbers are green.
- Staff: a dentist's or hygienist's name, work e-mail, phone and photo are personal data
  (yellow). An individual dentist's NPI is yellow `identification`; a Spanish dentist's
  `numero_colegiado` and a US state dental licence number are yellow `license`; hourly rates are
  yellow `salary`. A practice's (organisation) NPI and its tax id are the business's: green.
- Images: X-ray and insurance-card image URLs and a staff headshot are yellow `photo`; opaque
  document URLs (an EOB PDF) are green. X-ray sensor serials belong to the clinic: green.
- Hashed contact details sent for ad matching (Meta CAPI `em` / `ph`, unsalted SHA-256) are
  still the person's e-mail / phone (yellow `email` / `phone`); a SHA-256 of our own user id is
  a hash of non-PII: green. gclid / fbp / fbc are yellow `advertising id`.
- A guardian's driver's licence number is yellow `license` (the reference's colour); the last
  four digits of an SSN are red like the SSN; a DICOM / 271 sex code (F/M) is `sex|gender`.
- A push token (`context.device.token`) is labelled red `token` as in the base corpus.
- A physician's or specialist's office phone is a business phone: green; the physician's name
  is a natural person's: yellow.
- A provider-gender preference ("female") is a preference, not the patient's gender: green.
- Twilio `FromState` / `FromCountry` are region-level: green.
- value_only paths hold that PII in every value (the generators guarantee it: every SMS body
  carries the patient's first name, every front-desk note a phone number …); free text with no
  PII in any value (chat text, review text, observaciones, cancellation notes) is green.
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers ---------------------------------------------------------------------

US_FIRST = [
    "Emily", "Jamal", "DeShawn", "Aaliyah", "Hannah", "Ethan", "Mia", "Wei", "Priya", "Arjun",
    "Minh", "Thanh", "Carlos", "Guadalupe", "Ximena", "José", "Fatima", "Ahmed", "Olumide",
    "Chinedu", "Keisha", "Tyrone", "Sarah", "Michael", "Kenji", "Soo-ah", "Mateo", "Isabella",
    "Dmitri", "Nadia", "Yara", "Liam", "Grace", "Ngozi", "Tallulah", "Bao", "Rebecca", "Darnell",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Nguyen", "Tran", "Patel", "Shah", "Kim", "Park", "Rodriguez",
    "Hernandez", "Martinez", "Okafor", "Adeyemi", "Washington", "Cohen", "Goldberg", "O'Connor",
    "Murphy", "Kowalczyk", "Yamamoto", "Chen", "Wong", "Haddad", "Abdullah", "Begay", "Yazzie",
    "Thompson", "Brooks", "Delgado", "Castillo", "Friedman", "Nakamura", "Mbeki", "Le",
]  # fmt: skip
ES_FIRST = [
    "María", "Lucía", "Carmen", "Javier", "Alejandro", "Jordi", "Montserrat", "Iñaki", "Aitor",
    "Nerea", "Pilar", "José Luis", "María José", "Ainhoa", "Xabier", "Rocío", "Álvaro",
    "Inmaculada", "Youssef", "Fatima-Zahra", "Andrei", "Ioana", "Wei", "Valentina", "Camila",
    "Santiago", "Núria", "Pau", "Begoña", "Francisco Javier", "Ana Belén", "Hugo", "Martina",
]  # fmt: skip
ES_LAST = [
    "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
    "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz",
    "Romero", "Alonso", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano",
    "Etxeberria", "Puig", "Ferrer", "Vidal", "Castells", "El Amrani", "Benali", "Popescu",
    "Ionescu", "Zhang", "Wang", "Aguirre", "Iglesias", "Oliveira",
]  # fmt: skip
KIDS_FIRST = [
    "Lucía",
    "Mateo",
    "Sofía",
    "Leo",
    "Emma",
    "Noah",
    "Ava",
    "Hugo",
    "Olivia",
    "Liam",
    "Zara",
    "Amir",
]
STAFF_US = [
    "Dr. Wei Chen", "Dr. Priya Raman", "Dr. Marcus Bell", "Dr. Sofia Alvarez", "Dr. Kwame Asante",
    "Dr. Hannah Lindqvist", "Dr. Omar Siddiqui", "Dr. Rachel Goldstein",
]  # fmt: skip
HYGIENISTS = [
    "Brittany Cole", "Maribel Ortega", "Tasha Green", "Linh Pham", "Amanda Reyes", "Kayla Yellowhorse",
    "Megan O'Neill", "Rosa Delgado",
]  # fmt: skip
STAFF_ES = [
    "Dra. Elena Ruiz Soler", "Dr. Marc Vidal Puig", "Dra. Irati Goikoetxea", "Dr. Pablo Herrero",
    "Dra. Laura Sanz Ortega", "Dr. Hamid Benjelloun",
]  # fmt: skip
EMAIL_DOMAINS = ["example.com", "mail.example.org", "example.net", "correo.example.es", "inbox.example.us"]
US_PLACES = [
    ("Austin", "TX", "787"), ("Round Rock", "TX", "786"), ("Houston", "TX", "770"),
    ("El Paso", "TX", "799"), ("Phoenix", "AZ", "850"), ("Mesa", "AZ", "852"),
    ("San Diego", "CA", "921"), ("Chula Vista", "CA", "919"), ("Miami", "FL", "331"),
    ("Denver", "CO", "802"), ("Chicago", "IL", "606"), ("Charlotte", "NC", "282"),
    ("Brooklyn", "NY", "112"), ("Seattle", "WA", "981"), ("Gallup", "NM", "873"),
]  # fmt: skip
US_STREETS = [
    "Maple Ave", "W 38th St", "S Congress Ave", "Oak Hollow Dr", "Bluebonnet Ln", "E Camelback Rd",
    "Palm Grove Ct", "N Halsted St", "Flatbush Ave", "Mesa Verde Way", "Cedar Ridge Pkwy",
    "Martin Luther King Jr Blvd",
]  # fmt: skip
ES_PLACES = [
    ("Madrid", "Madrid", "280"), ("Alcalá de Henares", "Madrid", "288"), ("Barcelona", "Barcelona", "080"),
    ("Sabadell", "Barcelona", "082"), ("Valencia", "Valencia", "460"), ("Sevilla", "Sevilla", "410"),
    ("Bilbao", "Bizkaia", "480"), ("Málaga", "Málaga", "290"), ("Zaragoza", "Zaragoza", "500"),
    ("Las Palmas de Gran Canaria", "Las Palmas", "350"), ("Murcia", "Murcia", "300"),
]  # fmt: skip
ES_STREETS = [
    "Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Carrer de Mallorca",
    "Carrer de Sants", "Paseo de la Castellana", "Calle Licenciado Poza", "Avenida del Puerto",
    "Calle San Vicente Mártir", "Plaza de España", "Calle Larios", "Calle del Doctor Esquerdo",
]  # fmt: skip
US_CLINICS = [
    "Bright Smiles Dental - Round Rock", "Bright Smiles Dental - South Congress",
    "Bright Smiles Dental - Mesa", "Patel Family Dentistry", "Bright Smiles Kids - Chula Vista",
    "Bright Smiles Dental & Orthodontics - Denver",
]  # fmt: skip
ES_CLINICS = [
    "Sonríe Chamberí", "Sonríe Nervión", "Sonríe Ruzafa", "Clínica Dental Dra. Ruiz Soler",
    "Sonríe Sants", "Sonríe Indautxu",
]  # fmt: skip
US_INSURERS = ["Delta Dental", "MetLife", "Cigna Dental", "Aetna", "Guardian", "United Concordia", "Humana"]
ES_INSURERS = ["Sanitas", "Adeslas", "DKV", "Mapfre", "Asisa", "Caser", "Sin seguro"]
MEDS_US = [
    "lisinopril 10 mg", "metformin 500 mg", "atorvastatin 20 mg", "levothyroxine 75 mcg", "warfarin",
    "Eliquis 5 mg", "alendronate 70 mg weekly", "sertraline 50 mg", "albuterol inhaler",
    "amlodipine 5 mg", "Ozempic 0.5 mg", "prednisone 10 mg",
]  # fmt: skip
MEDS_ES = ["Sintrom 4 mg", "Adiro 100", "Omeprazol 20 mg", "Eutirox 50", "Enalapril 10 mg", "Metformina 850"]
ALLERGIES_US = ["penicillin", "latex", "codeine", "sulfa drugs", "ibuprofen", "amoxicillin", "epinephrine"]
ALLERGIES_ES = ["penicilina", "látex", "AINEs", "metamizol", "yodo", "amoxicilina"]
CONDITIONS_US = [
    "high blood pressure", "type 2 diabetes", "asthma", "heart murmur", "artificial knee joint",
    "GERD", "HIV", "hepatitis C", "osteoporosis", "sleep apnea", "anxiety disorder", "epilepsy",
]  # fmt: skip
CONDITIONS_ES = [
    "hipertensión",
    "diabetes tipo 2",
    "asma",
    "cardiopatía",
    "hepatitis B",
    "osteoporosis",
    "epilepsia",
]
CDT = [
    ("D0150", "Comprehensive oral evaluation"), ("D0210", "Intraoral complete series of radiographs"),
    ("D1110", "Prophylaxis - adult"), ("D2391", "Resin-based composite, one surface, posterior"),
    ("D2740", "Crown - porcelain/ceramic"), ("D3330", "Endodontic therapy, molar"),
    ("D4341", "Periodontal scaling and root planing, 4+ teeth per quadrant"),
    ("D6010", "Surgical placement of implant body"), ("D7140", "Extraction, erupted tooth"),
    ("D8090", "Comprehensive orthodontic treatment of the adult dentition"),
]  # fmt: skip
ES_TREATMENTS = [
    "Implante dental unitario", "Endodoncia molar", "Ortodoncia invisible", "Corona de zirconio",
    "Extracción cordal", "Curetaje por cuadrante", "Empaste composite",
]  # fmt: skip
SERVICES = [
    "New Patient Exam & X-rays", "Cleaning & Checkup", "Teeth Whitening", "Invisalign Consultation",
    "Emergency Visit", "Kids Checkup", "Primera visita gratuita", "Limpieza dental", "Blanqueamiento",
]  # fmt: skip
PRODUCTS = [
    ("Oral-B iO Series 9", "Oral-B", "Electric Toothbrushes"),
    ("Philips Sonicare 4100", "Philips", "Electric Toothbrushes"),
    ("Opalescence Go Whitening Kit 15%", "Ultradent", "Whitening"),
    ("Retainer Cleaning Crystals (3 mo)", "Bright Smiles", "Aligner Care"),
    ("Waterpik Cordless Advanced", "Waterpik", "Flossers"),
    ("Kids Sparkle Toothpaste 2-pack", "Bright Smiles", "Toothpaste"),
    ("Night Guard Case", "Bright Smiles", "Aligner Care"),
]
REVIEW_TEXT = [
    "Super friendly front desk and the cleaning was quick.",
    "Parking was hard to find but the visit itself was great.",
    "They explained every cost before starting. Appreciated that.",
    "Waited 25 minutes past my appointment time.",
    "My kids actually like going to the dentist now!",
    "Muy buena atención, me explicaron todo el presupuesto.",
    "Painless filling, I barely felt the numbing.",
    "Online booking was easy, got a Saturday slot.",
]
CHAT_TEXT = [
    "Do you take Delta Dental PPO?",
    "What time do you open on Saturday?",
    "How much is a whitening session without insurance?",
    "Is there parking at the South Congress office?",
    "¿Tenéis cita esta semana para una limpieza?",
    "Can I bring my 4 year old to my appointment?",
    "do you do payment plans",
]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]

GMAIL_PROXY_UA = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"

_ASCII = str.maketrans("áéíóúàèòïüñçÁÉÍÓÚÑ", "aeiouaeoiuncAEIOUN")


def ascii_(s: str) -> str:
    return s.translate(_ASCII).replace("'", "").replace(" ", "").replace("-", "")


def us_first(f: Fake) -> str:
    return f.pick(US_FIRST)


def us_last(f: Fake) -> str:
    return f.pick(US_LAST)


def es_first(f: Fake) -> str:
    return f.pick(ES_FIRST)


def apellidos(f: Fake) -> str:
    return f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}"


def any_first(f: Fake) -> str:
    return us_first(f) if f.r.random() < 0.55 else es_first(f)


def any_last(f: Fake) -> str:
    return us_last(f) if f.r.random() < 0.55 else f.pick(ES_LAST)


def full(f: Fake) -> str:
    if f.r.random() < 0.55:
        return f"{us_first(f)} {us_last(f)}"
    return f"{es_first(f)} {apellidos(f)}"


def email(f: Fake, first: str | None = None, last: str | None = None) -> str:
    first = ascii_(first or any_first(f)).lower()
    last = ascii_(last or any_last(f)).lower()
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last[:1]}{f.r.randint(70, 99)}",
            f"{first[:1]}{last}",
            f"{last}.{first}{f.r.randint(1, 9)}",
            f"{first}_{last}{f.r.randint(1, 999)}",
        ]
    )
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


def us_phone(f: Fake) -> str:
    area = f.pick([512, 737, 713, 915, 602, 480, 619, 305, 720, 312, 704, 718, 206, 505, 210])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
            f"+1 {area} {ex} {line:04d}",
            f"{area}{ex}{line:04d}",
        ]
    )


def es_phone(f: Fake) -> str:
    n = f"{f.pick(['6', '7'])}{f.r.randint(10, 99)}{f.r.randint(100000, 999999)}"
    if f.r.random() < 0.15:
        n = f"9{f.pick(['1', '3', '5', '6'])}{f.r.randint(1000000, 9999999)}"
    return f.pick(
        [
            f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"+34{n}",
            n,
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"0034 {n[:3]} {n[3:6]} {n[6:]}",
        ]
    )


def intl_phone(f: Fake) -> str:
    return f.pick(
        [
            f"+52 55 {f.r.randint(1000, 9999)} {f.r.randint(1000, 9999)}",
            f"+57 3{f.r.randint(10, 24)} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
            f"+212 6 {f.r.randint(10, 99)} {f.r.randint(10, 99)} {f.r.randint(10, 99)} {f.r.randint(10, 99)}",
            f"+40 7{f.r.randint(20, 89)} {f.r.randint(100, 999)} {f.r.randint(100, 999)}",
            f"+44 7{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}",
            f"+234 80{f.r.randint(1, 9)} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def phone(f: Fake) -> str:
    x = f.r.random()
    return us_phone(f) if x < 0.5 else es_phone(f) if x < 0.85 else intl_phone(f)


def us_street(f: Fake) -> str:
    return f"{f.r.randint(100, 19999)} {f.pick(US_STREETS)}"


def us_unit(f: Fake) -> str:
    return f.pick(["Apt 4B", "Unit 1203", "#215", "Apt 2", "Ste 110", "Bldg C Apt 8"])


def es_street(f: Fake) -> str:
    piso = f.pick(["1º A", "3º B", "2º izq.", "bajo", "4º 2ª", "5º D", "ático"])
    return f"{f.pick(ES_STREETS)}, {f.r.randint(1, 240)}, {piso}"


def us_place(f: Fake):
    return f.pick(US_PLACES)


def us_zip(f: Fake) -> str:
    prefix = us_place(f)[2]
    z = f"{prefix}{f.r.randint(1, 99):02d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1000, 9999)}"


def es_cp(f: Fake) -> str:
    return f"{f.pick(ES_PLACES)[2]}{f.r.randint(1, 99):02d}"


def dob_iso(f: Fake, start=1942, end=2006) -> str:
    return f.date(start, end)


def dob_us(f: Fake, start=1942, end=2006) -> str:
    y, m, d = f.date(start, end).split("-")
    return f"{m}/{d}/{y}"


def dob_es(f: Fake, start=1942, end=2006) -> str:
    y, m, d = f.date(start, end).split("-")
    return f"{d}/{m}/{y}"


def dob_any(f: Fake) -> str:
    return f.pick([dob_iso, dob_us])(f)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 79_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}" if f.r.random() < 0.8 else f"{n:08d}-{DNI_LETTERS[n % 23]}"


def nie(f: Fake) -> str:
    p = f.r.randint(0, 2)
    n = f.r.randint(0, 9_999_999)
    return f"{'XYZ'[p]}{n:07d}{DNI_LETTERS[int(f'{p}{n:07d}') % 23]}"


def dni_or_nie(f: Fake) -> str:
    return dni(f) if f.r.random() < 0.8 else nie(f)


def _ccc_digit(digits: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def es_iban(f: Fake) -> str:
    entity = f.pick(["2100", "0049", "0182", "0081", "2038", "1465", "0128"])
    office = f"{f.r.randint(0, 9999):04d}"
    account = "".join(str(f.r.randint(0, 9)) for _ in range(10))
    bban = entity + office + _ccc_digit("00" + entity + office) + _ccc_digit(account) + account
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "ES00")) % 97
    raw = f"ES{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, 24, 4)) if f.r.random() < 0.5 else raw


def npi(f: Fake, first="1") -> str:
    body = first + "".join(str(f.r.randint(0, 9)) for _ in range(8))
    return f.luhn_complete("80840" + body)[5:]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(f: Fake) -> str:
    def a():
        return f.pick(MBI_ALPHA)

    def n():
        return str(f.r.randint(0, 9))

    def an():
        return f.pick(MBI_ALPHA + "0123456789")

    s = str(f.r.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if f.r.random() < 0.4 else s


def tarjeta_sanitaria(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEFGHJLMNPRSTVZ") for _ in range(4))
    return letters + f"{f.r.randint(0, 999999999999):012d}"


def member_id(f: Fake) -> str:
    return f.pick(
        [
            "W" + f.digits(9),
            "U" + f.digits(8) + " 01",
            "DDP" + f.digits(9),
            f.digits(11),
            "MTL" + f.digits(8),
            "XEH" + f.digits(9),
        ]
    )


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def sms_body(f: Fake) -> str:
    first = any_first(f)
    minute = f.pick(["00", "15", "30", "45"])
    when = f"{f.r.randint(1, 12)}/{f.r.randint(1, 28)} at {f.r.randint(7, 17)}:{minute}"
    return f.pick(
        [
            f"Hi {first}, this is Bright Smiles Dental reminding you of your visit on {when}. "
            "Reply C to confirm or R to reschedule.",
            f"{first}, your cleaning with {f.pick(HYGIENISTS)} is tomorrow at "
            f"{f.r.randint(8, 16)}:{f.pick(['00', '30'])}. Reply C to confirm.",
            f"Hola {first}, te recordamos tu cita en {f.pick(ES_CLINICS)} el {f.r.randint(1, 28)}/"
            f"{f.r.randint(1, 12)} a las {f.r.randint(9, 20)}:00. Responde SI para confirmar.",
            f"Hi {first}! Don't forget to complete your new patient forms before {when}: "
            "https://bsd.example.com/f/" + f.hexid(8),
        ]
    )


def front_desk_note(f: Fake) -> str:
    return f.pick(
        [
            f"Mom will bring him, call her cell {us_phone(f)} if running late",
            f"Prefers mornings. Alt number {phone(f)}",
            f"Llamar al {es_phone(f)} para confirmar presupuesto",
            f"Pt asked for a callback re: insurance at {us_phone(f)}",
            f"Work line {phone(f)} - do not leave voicemail with details",
        ]
    )


def medical_info(f: Fake) -> str:
    return f.pick(
        [
            f"I take {f.pick(MEDS_US)} every morning",
            "Currently on {} and {}".format(*f.r.sample(MEDS_US, 2)),
            "Stopped {} last month, doctor switched me to {}".format(*f.r.sample(MEDS_US, 2)),
            f"Tomo {f.pick(MEDS_ES)} desde hace dos años",
            f"{f.pick(MEDS_US)} as needed",
        ]
    )


def dicom_name(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f"{ascii_(us_last(f)).upper()}^{ascii_(us_first(f)).upper()}"
    return f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}^{es_first(f)}"


def xray_file(f: Fake) -> str:
    last, first = ascii_(any_last(f)).upper(), ascii_(any_first(f)).upper()
    kind = f.pick(["BWX", "PANO", "PA", "FMX", "CBCT"])
    y, m, d = f.date(2023, 2024).split("-")
    return f.pick([f"{last}_{first}_{kind}_{y}{m}{d}.dcm", f"{last}, {first} - {kind} {m}-{d}-{y}.jpg"])


AREAS = [
    (30.27, -97.74),
    (33.42, -111.83),
    (32.72, -117.16),
    (25.76, -80.19),
    (40.42, -3.70),
    (41.39, 2.17),
    (39.47, -0.38),
    (37.39, -5.98),
    (43.26, -2.93),
]


def user_lat(f: Fake) -> float:
    f.area = f.pick(AREAS)
    return round(f.area[0] + f.r.uniform(-0.25, 0.25), 6)


def user_lng(f: Fake) -> float:
    return round(getattr(f, "area", AREAS[0])[1] + f.r.uniform(-0.25, 0.25), 6)


def iso_future(f: Fake) -> str:
    r = f.r
    day = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    return f"{day}T{r.randint(13, 23):02d}:{r.choice(['00', '30'])}:00Z"


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def const(value):
    return G(lambda f: value)


def uuid_():
    return G(lambda f: f.uuid())


def boolean():
    return G(lambda f: f.pick([True, False]))


def count(lo=0, hi=10):
    return G(lambda f: f.r.randint(lo, hi))


def ts():
    return G(lambda f: f.iso())


# -- contexts of the client libraries ------------------------------------------------------------------


def us_or_es(f: Fake, us, es):
    return us if f.r.random() < 0.6 else es


def web_context(f: Fake):
    paths = ["/", "/book", "/book/confirm", "/new-patient-forms", "/shop/whitening", "/es/pedir-cita"]
    path = f.pick(paths)
    host = (
        "https://www.brightsmiles.example.com" if not path.startswith("/es") else "https://sonrie.example.es"
    )
    search = f.pick(
        ["", "", "?utm_source=google&utm_medium=cpc&utm_campaign=implants_q2", "?loc=austin-south"]
    )
    return {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.64.0", "next-1.66.0", "next-1.70.0"),
        },
        "page": {
            "path": const(path),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.yelp.com/", "https://l.instagram.com/"
            ),
            "search": const(search),
            "title": pick("Book a Visit | Bright Smiles Dental", "Pide cita | Sonríe", "New Patient Forms"),
            "url": const(host + path + search),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "123", "99"),
                },
                3,
            ),
            "mobile": boolean(),
            "platform": pick("Windows", "macOS", "Android"),
        },
        "locale": pick("en-US", "es-US", "es-ES", "ca-ES"),
        "timezone": pick("America/Chicago", "America/Phoenix", "Europe/Madrid", "Atlantic/Canary"),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": pick("implants_q2", "invisalign_summer", "new_patient_special", "blanqueamiento_2024"),
            "source": pick("google", "facebook", "newsletter", "yelp"),
            "medium": pick("cpc", "paid_social", "email"),
            "term": pick("dentist near me", "emergency dentist", "invisalign cost", "dentista urgencias"),
        },
    }


def mobile_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(any_first, "name"),
        "lastName": Y(any_last, "name"),
        "preferredClinicId": G(lambda f: "cl_" + f.digits(4)),
    }


def swift_context(f: Fake):
    es = f.r.random() < 0.4
    return {
        "app": {
            "name": const("Sonríe" if es else "Bright Smiles"),
            "version": pick("4.2.0", "4.3.1", "4.4.0"),
            "build": pick("4200", "4310", "4402"),
            "namespace": const("es.sonrie.app" if es else "com.brightsmiles.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"),
            "name": pick("iPhone", "iPad"),
            "type": const("ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": const("es-ES" if es else f.pick(["en-US", "es-US"])),
        "network": {"cellular": boolean(), "wifi": boolean()},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"height": pick(844, 852, 932), "width": pick(390, 393, 430)},
        "timezone": const("Europe/Madrid" if es else f.pick(["America/Chicago", "America/Denver"])),
        "instanceId": uuid_(),
        "traits": mobile_traits(),
    }


def kotlin_context(f: Fake):
    es = f.r.random() < 0.4
    return {
        "app": {
            "name": const("Sonríe" if es else "Bright Smiles"),
            "version": pick("4.2.0", "4.3.1"),
            "build": pick("420", "431"),
            "namespace": const("es.sonrie.app" if es else "com.brightsmiles.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "Xiaomi", "motorola"),
            "model": pick("SM-A546B", "Pixel 8", "23078PND5G", "moto g power (2024)"),
            "name": pick("a54x", "shiba", "marble", "fogorow"),
            "type": const("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": boolean(),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "instanceId": uuid_(),
        "locale": const("es-ES" if es else "en-US"),
        "network": {"bluetooth": const(False), "cellular": boolean(), "wifi": boolean()},
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 3.0, 2.75), "height": pick(2340, 2400), "width": pick(1080, 1008)},
        "timezone": const("Europe/Madrid" if es else "America/Chicago"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['13', '14'])}; "
                f"{f.pick(['SM-A546B', 'Pixel 8'])} Build/UP1A.231005.007)"
            )
        ),
        "traits": mobile_traits(),
    }


def rn_context(f: Fake):
    ios = f.r.random() < 0.5
    return {
        "app": {
            "name": const("Bright Smiles"),
            "version": pick("4.3.1", "4.4.0"),
            "build": pick("431", "440"),
            "namespace": const("com.brightsmiles.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper() if ios else f.hexid(16)),
            "manufacturer": const("Apple" if ios else "samsung"),
            "model": const("iPhone14,7" if ios else "SM-S918U"),
            "name": const("iPhone" if ios else "dm3q"),
            "type": const("ios" if ios else "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.1")},
        "locale": pick("en-US", "es-US"),
        "network": {"cellular": boolean(), "wifi": boolean()},
        "os": {"name": const("iOS" if ios else "Android"), "version": const("17.4" if ios else "14")},
        "screen": {"height": pick(844, 915), "width": pick(390, 412)},
        "timezone": pick("America/Chicago", "America/Los_Angeles", "America/New_York"),
        "traits": mobile_traits(),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": const("Sonríe"),
            "version": pick("2.0.3", "2.1.0"),
            "build": pick("203", "210"),
            "namespace": const("es.sonrie.app"),
        },
        "device": {
            "id": uuid_(),
            "manufacturer": pick("Apple", "Xiaomi", "samsung"),
            "model": pick("iPhone13,2", "Redmi Note 12", "SM-A145R"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.1", "1.1.3")},
        "locale": pick("es-ES", "ca-ES", "eu-ES"),
        "network": {"cellular": boolean(), "wifi": boolean()},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.3", "13", "14")},
        "screen": {"height": pick(844, 2400), "width": pick(390, 1080)},
        "timezone": pick("Europe/Madrid", "Atlantic/Canary"),
        "traits": mobile_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "csharp": ("Analytics.CSharp", ["2.4.0", "2.4.2"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": const(name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "php"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib in ("node", "java", "csharp"):
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": const("email"),
                "collection": const("users"),
                "encoding": const("none"),
            },
            1,
        )
    if lib in ("python", "go"):
        ctx["groupId"] = G(lambda f: "org_" + f.digits(4))
    return ctx


def context_for(f: Fake, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", *MOBILE]
SERVERS = list(SERVER_LIBS)

# -- reusable bodies -------------------------------------------------------------------------------


def person_us():
    return {
        "first_name": Y(us_first, "name"),
        "last_name": Y(us_last, "name"),
        "email": Y(email, "email"),
        "phone": Y(us_phone, "phone"),
        "date_of_birth": Y(dob_any, "birthdate"),
    }


def paciente():
    return {
        "nombre": Y(es_first, "name"),
        "apellidos": Y(apellidos, "name"),
        "dni": RED(dni_or_nie, "national id"),
        "fecha_nacimiento": Y(dob_es, "birthdate"),
        "telefono": Y(es_phone, "phone"),
        "email": Y(email, "email"),
    }


def product_item():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f"BSD-{f.pick(['TB', 'WH', 'AC', 'FL'])}-{f.r.randint(100, 999)}"),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "variant": pick("White", "Black", "Lavender", "Refill 3-pack", "Mint"),
        "price": G(money(6, 320)),
        "quantity": count(1, 3),
    }


def page_props():
    return {
        "path": pick("/", "/book", "/locations", "/insurance", "/es/pedir-cita", "/shop"),
        "url": pick(
            "https://www.brightsmiles.example.com/book",
            "https://www.brightsmiles.example.com/locations/round-rock",
            "https://sonrie.example.es/pedir-cita",
        ),
        "title": pick("Book a Visit | Bright Smiles Dental", "Locations", "Pide cita | Sonríe"),
        "referrer": pick("https://www.google.com/", "", "https://www.facebook.com/"),
        "search": pick("", "?utm_source=google", "?service=whitening"),
    }


# -- events ----------------------------------------------------------------------------------------

EVENTS = [
    # -- search and booking ---------------------------------------------------------------------
    ("page", "Book a Visit", ["web"], page_props()),
    (
        "track",
        "Clinics Searched",
        ["web", "rn", "flutter"],
        {
            "query": pick(
                "Austin, TX", "78745", "dentist near me", "Chamberí", "dentista niños Bilbao", "Mesa AZ"
            ),
            "results_count": count(0, 14),
            "radius_mi": pick(5, 10, 25),
            "sort": pick("distance", "next_available", "rating"),
            "user_location": {
                "lat": Y(user_lat, "geolocation"),
                "lng": Y(user_lng, "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 65)),
            },
            "filters": {
                "insurance_accepted": pick("Delta Dental PPO", "Cigna DPPO", "Adeslas", "any"),
                "languages": Many(pick("Spanish", "English", "Vietnamese", "Catalan"), 2),
                "accepts_medicaid": boolean(),
            },
        },
    ),
    (
        "track",
        "Clinic Viewed",
        ["web", "swift", "kotlin", "rn"],
        {
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "clinic_name": G(lambda f: f.pick(US_CLINICS + ES_CLINICS)),
            "clinic_phone": pick("(512) 555-0142", "+1 480-555-0199", "+34 910 555 012", "(619) 555-0177"),
            "clinic_email": pick("roundrock@brightsmiles.example.com", "chamberi@sonrie.example.es"),
            "clinic_address": {
                "street": pick(
                    "1401 S Congress Ave Ste 200", "2250 E Baseline Rd", "Calle de Santa Engracia, 56"
                ),
                "city": pick("Austin", "Mesa", "Madrid", "Sevilla"),
                "state": pick("TX", "AZ", "Madrid", "Andalucía"),
                "zip": pick("78704", "85204", "28010", "41005"),
            },
            "clinic_lat": pick(30.2489, 33.3785, 40.4361),
            "clinic_lng": pick(-97.7501, -111.7900, -3.7004),
            "clinic_npi": G(lambda f: npi(f, "2")),
            "rating": pick(4.6, 4.8, 4.9, 4.3),
            "distance_mi": G(money(0.3, 24)),
        },
    ),
    (
        "track",
        "Provider Viewed",
        ["web", "swift", "kotlin", "rn"],
        {
            "provider_id": G(lambda f: "prv_" + f.digits(5)),
            "provider_name": Y(lambda f: f.pick(STAFF_US + STAFF_ES), "name"),
            "provider_credentials": pick("DDS", "DMD", "DDS, MS", "RDH", "Odontóloga"),
            "specialty": pick("general dentistry", "orthodontics", "pediatric dentistry", "periodontics"),
            "years_experience": count(2, 35),
            "languages": Many(pick("English", "Spanish", "Hindi", "Twi", "Swedish"), 3),
            "accepting_new_patients": boolean(),
            "provider_photo_url": Y(
                lambda f: f"https://cdn.brightsmiles.example.com/team/{f.hexid(10)}.jpg", "photo"
            ),
            "preferred_provider_gender": pick("female", "male", "no_preference"),
        },
    ),
    (
        "track",
        "Appointment Slot Selected",
        APPS,
        {
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "provider_id": G(lambda f: "prv_" + f.digits(5)),
            "slot_start": G(iso_future),
            "duration_min": pick(30, 45, 60, 90),
            "service": pick(*SERVICES),
            "is_first_visit": boolean(),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["node", "python", "web"],
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "confirmation_code": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "clinic_name": G(lambda f: f.pick(US_CLINICS + ES_CLINICS)),
            "service": pick(*SERVICES),
            "start_time": G(iso_future),
            "patient": {**person_us(), "zip": Y(us_zip, "zipcode")},
            "insurance_member_id": Y(member_id, "identification"),
            "reason_for_visit": Y(
                lambda f: f.pick(
                    [
                        "toothache lower left",
                        "chipped front tooth",
                        "bleeding gums when brushing",
                        "jaw pain when chewing",
                        "sensitivity to cold",
                        "swollen gum near wisdom tooth",
                        "lost a filling",
                    ]
                ),
                "condition",
            ),
            "insurance_carrier": G(lambda f: f.pick(US_INSURERS)),
            "has_insurance": boolean(),
            "new_patient": boolean(),
            "sms_reminders_opt_in": boolean(),
            "booking_channel": pick("web", "ios", "android", "phone"),
        },
    ),
    (
        "track",
        "Appointment Rescheduled",
        APPS,
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "previous_start": G(iso_future),
            "new_start": G(iso_future),
            "hours_notice": count(1, 240),
            "reschedule_count": count(1, 4),
            "initiated_by": pick("patient", "clinic"),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        ["web", "swift", "kotlin", "ruby"],
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "cancel_reason": pick(
                "schedule_conflict", "feeling_better", "cost", "found_other_dentist", "other"
            ),
            "cancellation_note": pick(
                "Work came up, will rebook next week",
                "car broke down",
                "Too expensive after insurance",
                "",
                "Me ha surgido un viaje",
            ),
            "late_cancel_fee": pick(0, 25, 50),
            "hours_notice": count(1, 240),
        },
    ),
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(email, "email"),
            "firstName": Y(any_first, "name"),
            "lastName": Y(any_last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob_iso, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "F", "M"]), "gender"),
            "address": {
                "street": Y(us_street, "street|address"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "postalCode": Y(us_zip, "zipcode"),
                "country": pick("US", "USA"),
            },
            "avatar": Y(lambda f: f"https://cdn.brightsmiles.example.com/avatars/{f.uuid()}.jpg", "photo"),
            "preferredClinicId": G(lambda f: "cl_" + f.digits(4)),
            "preferredLanguage": pick("en", "es", "vi"),
            "smsOptIn": boolean(),
            "emailVerified": boolean(),
            "phoneVerified": boolean(),
            "createdAt": ts(),
            "age": count(18, 88),
            "insuranceProvider": G(lambda f: f.pick(US_INSURERS)),
            "totalVisits": count(0, 40),
            "lifetimeValue": G(money(0, 12000)),
            "plan": pick("none", "Bright Smiles Membership", "Bright Smiles Membership Perio"),
        },
    ),
    ("alias", None, APPS, {}),
    (
        "screen",
        "Appointment Details",
        MOBILE,
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "clinic_name": G(lambda f: f.pick(US_CLINICS + ES_CLINICS)),
            "provider_name": Y(lambda f: f.pick(STAFF_US + STAFF_ES), "name"),
            "starts_in_hours": count(1, 500),
        },
    ),
    # -- dependants and guardians ---------------------------------------------------------------
    (
        "track",
        "Dependent Added",
        ["swift", "kotlin", "rn", "web"],
        {
            "dependent": {
                "first_name": Y(lambda f: f.pick(KIDS_FIRST), "name"),
                "last_name": Y(any_last, "name"),
                "date_of_birth": Y(lambda f: dob_iso(f, 2010, 2022), "birthdate"),
                "age": count(2, 16),
                "relationship": pick("child", "stepchild", "grandchild", "ward"),
            },
            "guardian": {
                "full_name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "is_legal_guardian": boolean(),
            },
            "consent_signed": boolean(),
            "consent_signature_name": Y(full, "name"),
            "dependents_count": count(1, 5),
        },
    ),
    (
        "screen",
        "Family Profiles",
        ["rn", "flutter", "swift"],
        {
            "profiles": Many(
                {
                    "profile_id": G(lambda f: "pat_" + f.hexid(10)),
                    "label": Y(
                        lambda f: f.pick(
                            [f.pick(KIDS_FIRST), f"{f.pick(KIDS_FIRST)} ({f.r.randint(3, 15)})", any_first(f)]
                        ),
                        "name",
                        True,
                    ),
                    "is_primary": boolean(),
                },
                4,
            ),
            "profiles_count": count(1, 5),
        },
    ),
    # -- medical history forms -------------------------------------------------------------------
    (
        "track",
        "Medical History Submitted",
        ["web", "node", "swift"],
        {
            "form_id": G(lambda f: "frm_" + f.hexid(12)),
            "form_version": pick("2024.2", "2024.3", "2025.1"),
            "patientId": uuid_(),
            "medications": Many(Y(lambda f: f.pick(MEDS_US), "medication"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES_US), "allergy"), 2),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS_US), "condition"), 3),
            "medicationsCount": count(0, 6),
            "isPregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "isNursing": Y(lambda f: f.pick([True, False]), "condition"),
            "takesBloodThinners": Y(lambda f: f.pick([True, False]), "medication"),
            "latexAllergy": Y(lambda f: f.pick([True, False]), "allergy"),
            "premedicationRequired": Y(lambda f: f.pick([True, False]), "medication|condition"),
            "tobaccoUse": Y(lambda f: f.pick(["never", "former", "current", "vape"]), "condition"),
            "physician": {
                "name": Y(lambda f: "Dr. " + full(f), "name"),
                "officePhone": pick("(512) 555-0188", "(602) 555-0121", "(305) 555-0164"),
            },
            "emergencyContact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": pick("spouse", "mother", "father", "friend", "partner", "daughter"),
            },
            "additionalInfo": Y(medical_info, "medication", True),
            "signatureCaptured": boolean(),
        },
    ),
    (
        "track",
        "Cuestionario Salud Enviado",
        ["python", "flutter"],
        {
            "paciente": paciente(),
            "alergias": Many(Y(lambda f: f.pick(ALLERGIES_ES), "allergy"), 2),
            "medicacion_actual": Many(Y(lambda f: f.pick(MEDS_ES), "medication"), 3),
            "enfermedades": Many(Y(lambda f: f.pick(CONDITIONS_ES), "condition"), 2),
            "embarazada": Y(lambda f: f.pick([True, False]), "condition"),
            "fumador": Y(lambda f: f.pick([True, False]), "condition"),
            "contacto_emergencia": {
                "nombre": Y(lambda f: f"{es_first(f)} {apellidos(f)}", "name"),
                "telefono": Y(es_phone, "phone"),
                "parentesco": pick("cónyuge", "madre", "hijo", "hermana", "pareja"),
            },
            "aseguradora": G(lambda f: f.pick(ES_INSURERS)),
            "numero_poliza": Y(lambda f: f.pick(["P", "DKV-", "ASI"]) + f.digits(9), "identification"),
            "clinica": G(lambda f: f.pick(ES_CLINICS)),
            "version_formulario": pick("v3", "v4"),
            "consentimiento_rgpd": boolean(),
            "observaciones": pick(
                "Sin observaciones",
                "Prefiere citas por la tarde",
                "Pide presupuesto por escrito",
                "Viene derivado de otra clínica",
                "",
            ),
        },
    ),
    (
        "track",
        "intake-field-completed",
        ["web"],
        {
            "form-id": pick("new-patient-v3", "new-patient-v4"),
            "field-id": pick("date-of-birth", "dob"),
            "entered-value": Y(lambda f: f.pick([dob_us, dob_iso])(f), "birthdate", True),
            "time-on-field-ms": count(800, 30000),
            "autofilled": boolean(),
        },
    ),
    # -- treatment plans and estimates ------------------------------------------------------------
    (
        "track",
        "Treatment Plan Presented",
        ["csharp"],
        {
            "TreatmentPlanId": G(lambda f: f.digits(9)),
            "PatientId": uuid_(),
            "ChartNumber": RED(lambda f: f.pick(["BSD", "CH"]) + f.digits(6), "health id"),
            "PresentedBy": Y(lambda f: f.pick(STAFF_US), "name"),
            "Procedures": Many(
                {
                    "CdtCode": Y(lambda f: f.pick(CDT)[0], "procedure"),
                    "Description": Y(lambda f: f.pick(CDT)[1], "procedure"),
                    "Fee": G(money(60, 4200)),
                    "InsuranceEstimate": G(money(0, 2000)),
                    "PatientPortion": G(money(0, 2500)),
                },
                4,
            ),
            "TotalFee": G(money(200, 14000)),
            "EstimatedInsurance": G(money(0, 2000)),
            "PatientResponsibility": G(money(100, 12000)),
            "Status": pick("Presented", "Accepted", "Declined"),
            "PresentedVia": pick("Chairside", "Email", "PatientPortal"),
        },
    ),
    (
        "track",
        "Estimate Viewed",
        ["web", "rn", "swift"],
        {
            "estimate_id": G(lambda f: "est_" + f.hexid(10)),
            "total_estimate": G(money(200, 14000)),
            "insurance_coverage_pct": pick(0, 50, 80, 100),
            "out_of_pocket": G(money(50, 9000)),
            "financing_offered": boolean(),
            "procedures_count": count(1, 8),
            "currency": pick("USD", "EUR"),
        },
    ),
    (
        "track",
        "Treatment Plan Accepted",
        ["swift", "kotlin", "web"],
        {
            "plan_id": G(lambda f: f.digits(9)),
            "accepted_items_count": count(1, 6),
            "signature": {
                "signed_name": Y(full, "name"),
                "signed_at": ts(),
                "method": pick("typed", "drawn"),
            },
            "deposit_amount": G(money(0, 500)),
            "payment_option": pick("pay_in_full", "financing", "insurance_then_balance"),
        },
    ),
    (
        "track",
        "Presupuesto Aceptado",
        ["php", "python"],
        {
            "presupuesto_id": G(lambda f: "PRES-2024-" + f.digits(5)),
            "nhc": RED(lambda f: f.pick(["", "HC-"]) + f.digits(6), "health id"),
            "importe_total": G(money(90, 9000)),
            "financiado": boolean(),
            "financiera": pick("Sabadell Consumer", "Cetelem", "Pepper Money", "Ninguna"),
            "cuotas": pick(1, 6, 12, 24, 36),
            "tratamientos": Many(Y(lambda f: f.pick(ES_TREATMENTS), "procedure"), 3),
            "odontologo": Y(lambda f: f.pick(STAFF_ES), "name"),
            "numero_colegiado": Y(lambda f: f"{f.r.randint(1, 52):02d}00{f.digits(4)}", "license"),
            "clinica": G(lambda f: f.pick(ES_CLINICS)),
            "fecha_aceptacion": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- insurance -------------------------------------------------------------------------------
    (
        "track",
        "Insurance Added",
        ["web", "swift", "kotlin", "rn"],
        {
            "carrier_name": G(lambda f: f.pick(US_INSURERS)),
            "payer_id": pick("CDCA1", "60054", "62308", "65978", "GI813", "CX014"),
            "member_id": Y(member_id, "identification"),
            "group_number": G(lambda f: f.pick(["", "GRP-"]) + f.digits(6)),
            "plan_type": pick("PPO", "DHMO", "Indemnity", "Medicaid"),
            "subscriber_relationship": pick("self", "spouse", "child", "other"),
            "subscriber": {
                "first_name": Y(us_first, "name"),
                "last_name": Y(us_last, "name"),
                "date_of_birth": Y(dob_any, "birthdate"),
            },
            "subscriber_ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "subscriber_employer": pick(
                "H-E-B", "Dell Technologies", "City of Mesa", "Amazon", "self-employed"
            ),
            "card_front_image_url": Y(
                lambda f: f"https://uploads.brightsmiles.example.com/ins/{f.uuid()}/front.jpg", "photo"
            ),
            "card_back_image_url": Y(
                lambda f: f"https://uploads.brightsmiles.example.com/ins/{f.uuid()}/back.jpg", "photo"
            ),
            "is_primary": boolean(),
        },
    ),
    (
        "track",
        "Eligibility Checked",
        ["go", "node"],
        {
            "request_id": uuid_(),
            "payer": {
                "id": pick("CDCA1", "60054", "62308", "65978"),
                "name": G(lambda f: f.pick(US_INSURERS)),
            },
            "provider": {
                "npi": G(lambda f: npi(f, "2")),
                "organization_name": pick("Bright Smiles Dental PLLC", "Patel Family Dentistry PC"),
            },
            "subscriber": {
                "member_id": Y(member_id, "identification"),
                "first_name": Y(us_first, "name"),
                "last_name": Y(us_last, "name"),
                "dob": Y(lambda f: dob_iso(f).replace("-", ""), "birthdate"),
                "gender": Y(lambda f: f.pick(["M", "F", "U"]), "gender|sex"),
            },
            "coverage": {
                "status": pick("active", "inactive"),
                "plan_begin": G(lambda f: f"2024-{f.pick(['01', '07'])}-01"),
                "annual_maximum": pick(1000, 1500, 2000, 2500),
                "remaining_maximum": G(money(0, 2500)),
                "deductible_met": boolean(),
            },
            "response_ms": count(180, 9000),
        },
    ),
    (
        "track",
        "Public Coverage Verified",
        ["php", "ruby"],
        {
            "program": pick("Medicaid", "CHIP", "Medicare Advantage"),
            "medicaid_id": RED(lambda f: f.pick(["5", "7", "9"]) + f.digits(8), "health id"),
            "medicare_mbi": RED(mbi, "health id"),
            "beneficiary_name": Y(full, "name"),
            "beneficiary_dob": Y(dob_us, "birthdate"),
            "state": pick("TX", "AZ", "CA", "NM"),
            "verified": boolean(),
        },
    ),
    (
        "track",
        "Claim Submitted",
        ["java", "csharp"],
        {
            "claim_id": G(lambda f: "CLM" + f.digits(10)),
            "payer_claim_control_number": G(lambda f: f.digits(14)),
            "billed_amount": G(money(80, 6000)),
            "procedure_codes": Many(Y(lambda f: f.pick(CDT)[0], "procedure"), 4),
            "rendering_provider_npi": Y(lambda f: npi(f, "1"), "identification"),
            "patient_member_id": Y(member_id, "identification"),
            "attachments_count": count(0, 4),
            "xray_attached": boolean(),
            "clearinghouse": pick("DentalXChange", "Change Healthcare", "Vyne Trellis"),
            "status": pick("submitted", "accepted", "rejected"),
        },
    ),
    (
        "track",
        "Claim Status Updated",
        ["ruby", "node"],
        {
            "claim_id": G(lambda f: "CLM" + f.digits(10)),
            "status": pick("paid", "denied", "pended", "partially_paid"),
            "paid_amount": G(money(0, 3000)),
            "denial_reason_code": pick("", "CO-45", "CO-97", "PR-1", "N130"),
            "eob_url": G(lambda f: f"https://portal.brightsmiles.example.com/docs/eob/{f.hexid(16)}.pdf"),
            "remark": pick("Frequency limitation", "Processed as primary", "", "Missing tooth clause"),
        },
    ),
    (
        "track",
        "Aseguradora Validada",
        ["python", "php"],
        {
            "paciente_id": G(lambda f: f.digits(7)),
            "aseguradora": G(lambda f: f.pick(ES_INSURERS)),
            "numero_tarjeta_seguro": Y(lambda f: f.digits(16), "identification"),
            "tarjeta_sanitaria": RED(tarjeta_sanitaria, "health id"),
            "cobertura": pick("completa", "parcial", "solo_revisiones"),
            "copago": G(money(0, 60)),
            "valida": boolean(),
        },
    ),
    # -- X-rays ------------------------------------------------------------------------------------
    (
        "track",
        "X-Ray Uploaded",
        ["node", "go"],
        {
            "study_instance_uid": G(
                lambda f: f"1.2.840.113619.2.{f.digits(6)}.{f.digits(10)}.{f.r.randint(1, 99)}"
            ),
            "modality": pick("IO", "PX", "DX", "CT"),
            "image_type": pick("bitewing", "panoramic", "periapical", "cbct", "fmx"),
            "file_name": Y(xray_file, "name", True),
            "file_size_bytes": count(80_000, 40_000_000),
            "sha256": G(lambda f: f.hexid(64)),
            "storage_url": Y(
                lambda f: f"https://xray.brightsmiles.example.com/studies/{f.uuid()}.dcm", "photo"
            ),
            "dicom_tags": {
                "PatientName": Y(dicom_name, "name"),
                "PatientID": RED(lambda f: f.pick(["BSD", "CH"]) + f.digits(6), "health id"),
                "PatientBirthDate": Y(lambda f: dob_iso(f).replace("-", ""), "birthdate"),
                "PatientSex": Y(lambda f: f.pick(["F", "M", "O"]), "sex|gender"),
                "StudyDate": G(lambda f: f.date(2024, 2024).replace("-", "")),
                "InstitutionName": G(lambda f: f.pick(US_CLINICS + ES_CLINICS)),
                "ReferringPhysicianName": Y(
                    lambda f: f.pick(["CHEN^WEI^^DR", "RAMAN^PRIYA^^DR", "BELL^MARCUS", "RUIZ SOLER^ELENA"]),
                    "name",
                ),
                "Manufacturer": pick("Carestream Dental", "Planmeca", "Dentsply Sirona", "Vatech"),
            },
            "sensor_serial": G(lambda f: "SN" + f.digits(9)),
            "uploaded_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "screen",
        "X-Ray Viewer",
        ["swift", "kotlin"],
        {
            "study_id": G(lambda f: f.digits(9)),
            "image_count": count(1, 18),
            "zoom_level": pick(1.0, 1.5, 2.0, 3.0),
            "shared": boolean(),
        },
    ),
    (
        "track",
        "X-Rays Shared",
        ["web"],
        {
            "study_id": G(lambda f: f.digits(9)),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(lambda f: "Dr. " + full(f), "name"),
            "share_link_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_days": pick(7, 14, 30),
            "message": pick("Records for consult", "Please see attached FMX", "", "As discussed"),
            "images_shared": count(1, 18),
        },
    ),
    # -- shop and payments -----------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {"query": pick("electric toothbrush", "whitening", "retainer case", "waterpik", "kids toothpaste")},
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {**product_item(), "currency": const("USD"), "value": G(money(6, 320))},
    ),
    ("track", "Product Added", ["web", "swift"], {"cart_id": uuid_(), **product_item()}),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "BSD" + f.digits(7)),
            "value": G(money(6, 600)),
            "revenue": G(money(6, 600)),
            "shipping": pick(0, 5.99, 9.99),
            "tax": G(money(0, 40)),
            "coupon": pick("", "SMILE10", "NEWPATIENT"),
            "currency": const("USD"),
            "products": Many(product_item(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": uuid_(),
            "order_id": G(lambda f: "BSD" + f.digits(7)),
            "payment_method": pick("card", "hsa_card", "apple_pay"),
            "card_brand": pick("visa", "mastercard", "amex", "discover"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": count(1, 12),
            "card_exp_year": count(2025, 2031),
            "cardholder_name": Y(full, "name"),
            "billing_zip": Y(us_zip, "zipcode"),
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(23), "token"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "BSD" + f.digits(7)),
            "total": G(money(6, 600)),
            "revenue": G(money(6, 600)),
            "tax": G(money(0, 40)),
            "shipping": pick(0, 5.99, 9.99),
            "currency": const("USD"),
            "coupon": pick("", "SMILE10", "NEWPATIENT"),
            "products": Many(product_item(), 3),
            "shipping_address": {
                "name": Y(full, "name"),
                "line1": Y(us_street, "address|street"),
                "line2": Y(us_unit, "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "postal_code": Y(us_zip, "zipcode"),
                "country": const("US"),
            },
            "customerEmail": Y(email, "email"),
            "is_gift": boolean(),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "payment_intent": {
                "id": G(lambda f: "pi_3" + f.hexid(23)),
                "customer": G(lambda f: "cus_" + f.hexid(14)),
                "amount": count(2500, 450000),
                "currency": pick("usd", "eur"),
                "payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token"),
                "receipt_email": Y(email, "email"),
                "description": pick("Visit balance", "Treatment deposit", "Membership plan - monthly"),
            },
            "charge": {
                "id": G(lambda f: "ch_3" + f.hexid(23)),
                "card": {
                    "brand": pick("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": count(1, 12),
                    "exp_year": count(2025, 2031),
                    "fingerprint": G(lambda f: f.hexid(16)),
                },
                "billing_details": {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                    "address": {
                        "line1": Y(us_street, "address|street"),
                        "city": Y(lambda f: us_place(f)[0], "city"),
                        "postal_code": Y(us_zip, "zipcode"),
                        "state": G(lambda f: us_place(f)[1]),
                        "country": const("US"),
                    },
                },
            },
            "invoice_number": G(lambda f: f"BSD-{f.digits(4)}-{f.digits(4)}"),
        },
    ),
    (
        "track",
        "Payment Plan Application Started",
        ["web", "node"],
        {
            "application_id": uuid_(),
            "lender": pick("CareCredit", "Sunbit", "Cherry", "Proceed Finance"),
            "requested_amount": G(money(300, 15000)),
            "applicant": {
                "first_name": Y(us_first, "name"),
                "last_name": Y(us_last, "name"),
                "dob": Y(dob_us, "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "annual_income": Y(lambda f: f.r.randint(18, 240) * 1000, "salary"),
                "employer": pick("H-E-B", "Banner Health", "self-employed", "Walmart", "Austin ISD"),
                "employment_status": pick("full_time", "part_time", "self_employed", "retired"),
                "housing_status": pick("rent", "own", "other"),
                "street_address": Y(lambda f: f"{us_street(f)} {us_unit(f)}", "address|street"),
                "city": Y(lambda f: us_place(f)[0], "city"),
                "state": G(lambda f: us_place(f)[1]),
                "zip": Y(us_zip, "zipcode"),
                "mobile": Y(us_phone, "phone"),
                "email": Y(email, "email"),
            },
            "ssn_provided": boolean(),
            "credit_score": Y(lambda f: f.r.randint(540, 830), "credit score"),
            "decision": pick("approved", "declined", "pending"),
            "approved_amount": G(money(0, 15000)),
            "apr": pick(0.0, 9.99, 17.9, 26.99),
            "term_months": pick(6, 12, 24, 48),
        },
    ),
    (
        "track",
        "Autopay Enabled",
        ["go", "java"],
        {
            "plan_id": G(lambda f: "pp_" + f.digits(6)),
            "bank": {
                "routing_number": pick("111000025", "122105155", "021000021", "114924742"),
                "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
                "account_type": pick("checking", "savings"),
                "account_holder_name": Y(full, "name"),
                "bank_name": pick("Bank of America", "Wells Fargo", "Frost Bank", "Chase"),
            },
            "first_debit_date": G(lambda f: f.date(2024, 2025)),
            "installment_amount": G(money(25, 600)),
            "installments": pick(6, 12, 18),
        },
    ),
    (
        "track",
        "Domiciliación Bancaria Creada",
        ["php"],
        {
            "paciente_id": G(lambda f: f.digits(7)),
            "titular": Y(lambda f: f"{es_first(f)} {apellidos(f)}", "name"),
            "iban": RED(es_iban, "bank account"),
            "bic": pick("CAIXESBBXXX", "BBVAESMMXXX", "BSCHESMMXXX", "BSABESBBXXX"),
            "mandato_sepa_id": G(lambda f: "SONRIE-" + f.digits(8)),
            "importe_cuota": G(money(30, 400)),
            "num_cuotas": pick(6, 12, 24),
        },
    ),
    # -- reminders -------------------------------------------------------------------------------------
    (
        "track",
        "Reminder Sent",
        ["python", "node"],
        {
            "channel": const("sms"),
            "reminder_type": pick("48h", "24h", "2h", "recall_6mo", "forms_incomplete"),
            "appointment_id": G(lambda f: f.digits(8)),
            "template_id": pick("appt_reminder_en_v4", "appt_reminder_es_v2", "forms_nudge_v1"),
            "twilio": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "To": Y(phone, "phone"),
                "From": pick("+15125550100", "+14805550123", "+34910555012", "BRIGHTSMILE"),
                "Status": pick("queued", "sent", "delivered", "undelivered"),
                "NumSegments": pick(1, 2, 3),
                "Body": Y(sms_body, "name", True),
            },
            "send_offset_hours": pick(-48, -24, -2),
        },
    ),
    (
        "track",
        "Reminder Reply Received",
        ["python"],
        {
            "inbound": {
                "SmsSid": G(lambda f: "SM" + f.hexid(32)),
                "From": Y(phone, "phone"),
                "To": pick("+15125550100", "+14805550123", "+34910555012"),
                "Body": pick("C", "CONFIRM", "Si", "R", "running 10 min late", "STOP", "cancel pls"),
                "FromState": pick("TX", "AZ", "CA", ""),
                "FromCountry": pick("US", "ES", "MX"),
            },
            "parsed_intent": pick("confirm", "reschedule", "opt_out", "unknown"),
            "appointment_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Email Event",
        ["node", "ruby"],
        {
            "email": Y(email, "email"),
            "event": pick("delivered", "open", "click", "bounce", "unsubscribe"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.digits(3)}"),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(5)}@mail.brightsmiles.example.com>"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick([*UAS, GMAIL_PROXY_UA])),
            "category": Many(pick("reminder", "recall", "forms", "receipt"), 2),
            "url": pick(
                "https://www.brightsmiles.example.com/book", "https://www.brightsmiles.example.com/forms", ""
            ),
            "from_address": pick("no-reply@brightsmiles.example.com", "recordatorios@sonrie.example.es"),
            "reply_to": pick("frontdesk.roundrock@brightsmiles.example.com", "info@sonrie.example.es"),
        },
    ),
    (
        "track",
        "Reminder Preferences Updated",
        ["swift", "kotlin", "flutter"],
        {
            "sms_enabled": boolean(),
            "email_enabled": boolean(),
            "push_enabled": boolean(),
            "reminder_lead_time_hours": pick(2, 24, 48),
            "phone_count": count(1, 3),
            "alternate_phone": Y(phone, "phone"),
            "preferred_channel": pick("sms", "email", "push", "whatsapp"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["rn", "node"],
        {
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": pick("sms", "email", "voice"),
            "attempt": count(1, 3),
            "expires_in_s": pick(300, 600),
            "purpose": pick("sign_in", "verify_phone", "reset_password"),
        },
    ),
    # -- reviews and referrals ---------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        ["web", "rn", "kotlin"],
        {
            "review_id": uuid_(),
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "provider_id": G(lambda f: "prv_" + f.digits(5)),
            "rating": count(1, 5),
            "nps_score": count(0, 10),
            "review_text": pick(*REVIEW_TEXT),
            "reviewer_display_name": Y(
                lambda f: f.pick([f"{any_first(f)} {any_last(f)[0]}.", any_first(f), full(f)]), "name"
            ),
            "would_recommend": boolean(),
            "published_to_google": boolean(),
        },
    ),
    (
        "track",
        "Review Request Sent",
        ["node"],
        {
            "recipient_email": Y(email, "email"),
            "recipient_first_name": Y(any_first, "name"),
            "review_link": pick("https://g.page/r/CWx3bright/review", "https://g.page/r/CZ9sonrie/review"),
            "sent_via": pick("email", "sms"),
            "days_after_visit": count(0, 3),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "swift"],
        {
            "referral_code": G(lambda f: "SMILE-" + f.hexid(5).upper()),
            "friend_name": Y(full, "name"),
            "friend_phone": Y(phone, "phone"),
            "friend_email": Y(email, "email"),
            "channel": pick("sms", "whatsapp", "copy_link"),
            "reward_amount": pick(25, 50),
        },
    ),
    (
        "track",
        "Specialist Referral Created",
        ["java"],
        {
            "referral_id": G(lambda f: f.digits(7)),
            "referring_dentist_name": Y(lambda f: f.pick(STAFF_US), "name"),
            "specialist_practice": pick(
                "Hill Country Oral Surgery", "Desert Endodontics", "Smile Perio Group"
            ),
            "specialist_type": pick("oral_surgeon", "endodontist", "periodontist", "orthodontist"),
            "specialist_phone": pick("(512) 555-0111", "(480) 555-0137", "(619) 555-0190"),
            "urgency": pick("routine", "soon", "urgent"),
            "note": Y(front_desk_note, "phone", True),
        },
    ),
    # -- staff -------------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["csharp"],
        {
            "Email": Y(
                lambda f: (
                    f"{ascii_(us_first(f)).lower()}.{ascii_(us_last(f)).lower()}@brightsmiles.example.com"
                ),
                "email",
            ),
            "FirstName": Y(us_first, "name"),
            "LastName": Y(us_last, "name"),
            "Role": pick("Dentist", "Hygienist", "DentalAssistant", "FrontDesk", "OfficeManager"),
            "JobTitle": pick("Associate Dentist", "Registered Dental Hygienist", "Treatment Coordinator"),
            "Npi": Y(lambda f: npi(f, "1"), "identification"),
            "StateLicenseNumber": Y(lambda f: f.pick(["TX", "AZ", "CA"]) + "-" + f.digits(5), "license"),
            "LicenseState": pick("TX", "AZ", "CA"),
            "MobilePhone": Y(us_phone, "phone"),
            "DateOfBirth": Y(dob_iso, "birthdate"),
            "HeadshotUrl": Y(
                lambda f: f"https://cdn.brightsmiles.example.com/team/{f.hexid(10)}.jpg", "photo"
            ),
            "HourlyRate": Y(lambda f: f.money(22, 68), "salary"),
            "EmploymentType": pick("W2", "1099", "Temp"),
            "ClinicIds": Many(G(lambda f: "cl_" + f.digits(4)), 3),
            "HiredAt": ts(),
        },
    ),
    (
        "track",
        "Shift Scheduled",
        ["java", "go"],
        {
            "shift_id": G(lambda f: f.digits(8)),
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "hygienist": {
                "id": G(lambda f: "stf_" + f.digits(4)),
                "name": Y(lambda f: f.pick(HYGIENISTS), "name"),
                "mobile": Y(us_phone, "phone"),
                "email": Y(
                    lambda f: f"{ascii_(us_first(f)).lower()}.{f.digits(2)}@{f.pick(EMAIL_DOMAINS)}", "email"
                ),
                "hourly_rate": Y(lambda f: f.money(38, 62), "salary"),
            },
            "start_at": G(iso_future),
            "end_at": G(iso_future),
            "chairs": Many(pick("Op 1", "Op 2", "Op 3", "Hyg 1"), 2),
        },
    ),
    (
        "track",
        "Staff Invited",
        ["web"],
        {
            "invitee_email": Y(email, "email"),
            "invitee_role": pick("hygienist", "front_desk", "dentist", "billing"),
            "invited_by_user_id": G(lambda f: "usr_" + f.digits(6)),
            "invite_token": RED(lambda f: f.hexid(32), "token"),
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "seats_remaining": count(0, 20),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        {
            "name": G(lambda f: f.pick(US_CLINICS + ES_CLINICS)),
            "industry": const("Dental"),
            "employees": count(6, 60),
            "plan": pick("Growth", "Enterprise", "Starter"),
            "website": pick("https://www.brightsmiles.example.com", "https://sonrie.example.es"),
            "practiceManagementSystem": pick("Dentrix", "Eaglesoft", "Open Dental", "Gesden", "Clinic Cloud"),
            "officePhone": pick("(512) 555-0100", "+34 910 555 012", "(480) 555-0123"),
            "officeAddress": {
                "street": pick("1401 S Congress Ave Ste 200", "Calle de Santa Engracia, 56"),
                "city": pick("Austin", "Madrid"),
                "postalCode": pick("78704", "28010"),
            },
            "taxId": pick("74-3219876", "B87654321", "86-1122334"),
            "createdAt": ts(),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        any_last(f).lower(),
                        full(f),
                        f"{any_last(f)}, {any_first(f)}",
                        f"{ascii_(any_first(f)).lower()} {ascii_(any_last(f)).lower()[:4]}",
                    ]
                ),
                "name",
                True,
            ),
            "results_count": count(0, 30),
            "search_scope": pick("this_clinic", "all_clinics"),
            "clinic_id": G(lambda f: "cl_" + f.digits(4)),
            "staff_role": pick("front_desk", "hygienist", "office_manager"),
        },
    ),
    (
        "track",
        "Appointment Note Added",
        ["web", "java"],
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "note": Y(front_desk_note, "phone", True),
            "note_length": count(20, 160),
            "author_role": pick("front_desk", "hygienist", "dentist"),
        },
    ),
    # -- accounts -----------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "method": pick("email", "google", "apple"),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Smile2024!", "tacos&teeth9", "Madrid#1987", "brightsmiles"]), "password"
            ),
            "password_strength": pick("weak", "fair", "strong"),
            "accepted_terms": const(True),
            "marketing_opt_in": boolean(),
            "signup_source": pick("booking_flow", "homepage", "recall_email"),
        },
    ),
    (
        "track",
        "Signed In",
        MOBILE,
        {
            "method": pick("password", "magic_link", "face_id", "fingerprint"),
            "mfa_used": boolean(),
            "login_count": count(1, 200),
            "session_id": uuid_(),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["web"],
        {
            "email": Y(email, "email"),
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "expires_at": ts(),
            "redirect_path": pick("/appointments", "/forms", "/billing"),
        },
    ),
    (
        "track",
        "Portal Login Failed",
        ["python", "ruby"],
        {
            "attempted_email": Y(email, "email"),
            "failure_reason": pick("bad_password", "unknown_user", "locked", "mfa_failed"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "failed_attempts": count(1, 10),
            "locked": boolean(),
        },
    ),
    # -- neutral keys, chat, ads, warehouse ------------------------------------------------------------------
    (
        "track",
        "Chat Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": pick("visitor", "user"),
            "text": pick(*CHAT_TEXT),
            "language": pick("en", "es"),
            "bot_intent": pick("insurance", "hours", "pricing", "parking", "kids"),
        },
    ),
    (
        "track",
        "Chatbot Step Completed",
        ["web"],
        {
            "bot_id": pick("booking-bot-v2", "sonrie-bot"),
            "step": const("collect_email"),
            "step_index": pick(3, 4),
            "input": Y(email, "email", True),
            "fallback": boolean(),
        },
    ),
    (
        "track",
        "Booking Form Field Completed",
        ["web", "rn"],
        {
            "form": pick("book_appointment", "new_patient"),
            "field": {
                "name": pick("mobile_phone", "phone", "telefono_movil"),
                "value": Y(phone, "phone", True),
                "type": const("tel"),
            },
            "duration_ms": count(800, 20000),
            "corrected": boolean(),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ["node", "web"],
        {
            "event_id": uuid_(),
            "lead_type": pick("implant_consult", "invisalign_consult", "whitening_offer"),
            "estimated_value": pick(150, 900, 4500),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(30) + "_BwE", "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "user_data": {
                "em": Y(lambda f: sha256(email(f)), "email"),
                "ph": Y(lambda f: sha256(f"1{f.digits(10)}"), "phone"),
                "external_id": G(lambda f: sha256("usr_" + f.digits(6))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
        },
    ),
    (
        "screen",
        "Nearby Clinics Map",
        ["kotlin", "flutter", "swift"],
        {
            "user_lat": Y(user_lat, "geolocation"),
            "user_lng": Y(user_lng, "geolocation"),
            "clinics_shown": count(1, 12),
            "map_zoom": pick(11, 12, 13, 14),
            "permission_status": pick("granted", "approximate", "denied"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "PATIENT_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(us_first, "name"),
            "LAST_NAME": Y(us_last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_PHONE": Y(us_phone, "phone"),
            "DOB": Y(dob_iso, "birthdate"),
            "HOME_ZIP": Y(us_zip, "zipcode"),
            "LAST_VISIT_DATE": G(lambda f: f.date(2023, 2024)),
            "NEXT_RECALL_DUE": G(lambda f: f.date(2024, 2025)),
            "LIFETIME_PRODUCTION_USD": G(money(0, 25000)),
            "OUTSTANDING_BALANCE_USD": G(money(0, 1500)),
            "HAS_PPO": boolean(),
            "RECALL_OVERDUE": boolean(),
            "PRIMARY_CLINIC": G(lambda f: f.pick(US_CLINICS)),
            "AGE_BAND": pick("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
            "MARITAL_STATUS": pick("single", "married", "divorced", "widowed", "unknown"),
        },
    ),
    (
        "track",
        "Minor Consent Signed",
        ["web", "node"],
        {
            "consent_id": uuid_(),
            "consent_version": pick("minor-treatment-v2", "minor-treatment-v3"),
            "minor": {
                "first_name": Y(lambda f: f.pick(KIDS_FIRST), "name"),
                "last_name": Y(any_last, "name"),
                "date_of_birth": Y(lambda f: dob_us(f, 2008, 2023), "birthdate"),
            },
            "guardian": {
                "first_name": Y(us_first, "name"),
                "last_name": Y(us_last, "name"),
                "relationship": pick("mother", "father", "legal guardian", "grandparent"),
                "drivers_license_number": Y(lambda f: f.pick(["", "D"]) + f.digits(8), "license"),
                "id_state": pick("TX", "AZ", "CA", "NM"),
                "phone": Y(us_phone, "phone"),
                "email": Y(email, "email"),
            },
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "signed_at": ts(),
        },
    ),
    (
        "track",
        "Recordatorio WhatsApp Enviado",
        ["python", "php"],
        {
            "wa_id": Y(lambda f: f"34{f.pick(['6', '7'])}{f.digits(8)}", "phone", True),
            "mensaje_id": G(lambda f: "wamid.HBgL" + f.hexid(30).upper()),
            "plantilla": pick("recordatorio_cita_24h", "recordatorio_revision_6m", "presupuesto_pendiente"),
            "idioma": pick("es", "ca", "eu"),
            "nombre_paciente": Y(es_first, "name"),
            "estado": pick("sent", "delivered", "read", "failed"),
            "clinica": G(lambda f: f.pick(ES_CLINICS)),
        },
    ),
    (
        "identify",
        None,
        ["php", "flutter"],
        {
            "nombre": Y(es_first, "name"),
            "apellidos": Y(apellidos, "name"),
            "dni": RED(dni_or_nie, "national id"),
            "fecha_nacimiento": Y(dob_es, "birthdate"),
            "telefono": Y(es_phone, "phone"),
            "email": Y(email, "email"),
            "direccion": Y(es_street, "address|street"),
            "codigo_postal": Y(es_cp, "zipcode"),
            "localidad": Y(lambda f: f.pick(ES_PLACES)[0], "city"),
            "provincia": G(lambda f: f.pick(ES_PLACES)[1]),
            "aseguradora": G(lambda f: f.pick(ES_INSURERS)),
            "idioma": pick("es", "ca", "eu", "en"),
            "acepta_comunicaciones": boolean(),
            "edad": count(18, 90),
        },
    ),
    (
        "track",
        "Cita Reservada",
        ["web", "flutter", "php"],
        {
            "cita_id": G(lambda f: f.digits(7)),
            "clinica": G(lambda f: f.pick(ES_CLINICS)),
            "tratamiento": pick(
                "Primera visita gratuita", "Limpieza dental", "Blanqueamiento", "Revisión ortodoncia"
            ),
            "fecha_cita": G(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/2025 {f.r.randint(9, 20)}:00"
            ),
            "paciente": paciente(),
            "primera_visita": boolean(),
            "es_menor": boolean(),
            "tutor": {
                "nombre": Y(es_first, "name"),
                "apellidos": Y(apellidos, "name"),
                "dni": RED(dni_or_nie, "national id"),
                "telefono": Y(es_phone, "phone"),
                "email": Y(email, "email"),
                "parentesco": pick("madre", "padre", "tutor legal", "abuela"),
            },
            "origen": pick("web", "app", "google_reserve", "doctoralia"),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if kind != "alias" and f.r.random() < 0.85:
                msg["userId"] = "usr_" + f.digits(6)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(4)
            elif kind == "alias":
                msg["userId"] = "usr_" + f.digits(6)
                msg["previousId"] = msg["anonymousId"]
            client = f.pick(clients)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=89, repeats=32)
    write(Path(__file__).parent, "holdout89_", events, labels)
