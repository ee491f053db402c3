"""Writes holdout 305: tests/corpus/holdout305_events.jsonl and holdout305_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for format) and the shared
REFERENCE.md / DESIGN.md only, without reading the detection engine, its vocabularies, its tests or
any other corpus's labels, and without running the engine on these events.

Domain: a children's summer-camp and after-school-club operator with a parent app in the US,
Québec (Canada) and Spain. Registrations of children (dates of birth, grades, schools), guardians
and authorised pick-up people, medical forms (allergies, medications, EpiPens, conditions, health
cards), dietary needs, swim levels, cabin and group assignments, counsellor applications and
background checks, photo consent and galleries, payments (Stripe, SEPA direct debit, ACH),
subsidies and sibling discounts, incident reports, kiosk check-out, staff shifts.

Sources: analytics.js (parent portal, careers site), analytics-swift and analytics-kotlin (parent
app), analytics-react-native (staff app), analytics-flutter (check-in kiosk), and server libraries
analytics-python, -node, -go, -java, -ruby, -php and Analytics.NET; identify / track / page /
screen / group / alias calls; Segment e-commerce spec events; vendor-shaped payloads forwarded as
track events (a Stripe charge, a Twilio inbound SMS, SendGrid event webhooks, a Typeform
response, a Checkr-style background check, QuickBooks-style invoices, Contact Form 7 posts).

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths in other
conventions real customers have (a little over the brief's ~15 %: the domain's two non-English
backends carry their whole payloads in their language): PascalCase (.NET SIS sync, QuickBooks,
Twilio), kebab-case (Contact Form 7 on the Spanish WordPress site, SendGrid's `smtp-id`),
SCREAMING_SNAKE (a reverse-ETL sync from the warehouse), Québec French keys (the Québec backend,
Relevé 24 receipts, payroll) and Spanish keys (the Spanish backend).

Labelling (each leaf path: classification, type, value_only):
- PII is personal data about a natural person: the parent, the child, a pick-up person, a
  sibling, a counsellor, a nurse, a physician (their name; their clinic's phone is a business's),
  an applicant. Colours are the reference's defaults; outside the reference's names: red for
  credentials / one-time codes / payment tokens (`token`), card numbers (`credit card`), bank
  accounts (`bank account`), government ids (`national id`, `social security number`) and health
  system ids (`health id`: RAMQ card, Spanish tarjeta sanitaria); yellow for `geolocation`,
  `advertising id` (IDFA / GAID, gclid, fbclid, _fbp), `trade union`.
- Green: ids we or a vendor issue (camper, household, order, invoice, charge `ch_`, customer
  `cus_`, Twilio SIDs, SendGrid ids, e-mail Message-IDs, Typeform's response `token` which is the
  response's id, mandate references), SKUs, versions, timestamps, amounts, enums, counters and
  booleans even under PII-sounding keys (`emailVerified`, `consent_social_media`,
  `has_custody_order`, `id_verified`, `password_strength`), ages, age ranges and grades, school
  and club names (an institution's name, like an employer), camp / cabin / group / product
  names, the camp's own address, phone and location, a physician's clinic phone, the camp's
  Twilio number, role mailboxes, a searched zip, a bus stop, country, state / province, locale,
  language, timezone, currency, user agents, OS device ids, card brand / last4 / expiry, routing
  and transit numbers, BIC, the camp's EIN.
- Special categories from booleans and enums: `has_asthma`, `celiac` (condition), `has_epipen`
  (allergy), `iep_504_plan` (disability, red), `religious_diet`
  (halal / kosher: religion), `cabin_gender` (gender), union membership (trade union).
  Immunisation status and a tetanus date are labelled `procedure|condition`.
- Contested cases follow the product's published policy: insurer member ids are yellow
  `identification`, rx numbers yellow `medication`, hourly rates and household income yellow
  `salary`, vehicle plates yellow `license`, billing addresses yellow `address`, click ids yellow
  `advertising id`; Stripe `pm_` ids, one-time sign-in codes and a background-check invitation
  link (it logs the candidate in) red `token`; RAMQ / tarjeta sanitaria red `health id`; a DNI,
  NIE or SIN red `national id` (an SSN `social security number`), its last four digits red too;
  right-to-work and sponsorship answers red `visa`.
- value_only is true when the key does not say what the value is (`element.value`, `label`, `q`,
  `input`, `note`, `text`, `sent_to`, Twilio's `From`, Typeform `answers[].text`, an incident's
  `description`): every value of such a PII path holds the PII named by its type (each value
  holds at least one of the `a|b` types); a key naming the kind of value (`name`, `email`,
  `avatar`) is not value_only even inside a vendor's payload. Free text is
  labelled by what all its values carry; free text where none carries PII is green.
- Where undecidable, the choice a careful privacy owner at a mid-size company would want flagged:
  a medication's dose is `medication`, an injury and first aid are `condition` / `procedure`,
  a staff member's first-aid certificate number is `certificate`, a large-family title number is
  `identification`, an APNs push token in `context.device.token` is red `token`, a household's
  group name ("Famille Tremblay") is `name`. A pediatrician's name is PII, the clinic's phone is a
  business's (green). Cross-field consistency within one event is not modelled (values are drawn
  independently), as in the other corpora.
"""

import base64
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ----------------------------------------------------------------------------------------

US_FIRST_KID = [
    "Ava", "Liam", "Aaliyah", "DeShawn", "Mei", "Arjun", "Noor", "Santiago", "Chloe", "Ezra",
    "Amani", "Kai", "Yusuf", "Priya", "Hiroshi", "Isabella", "Jayden", "Zainab", "Eli", "Maya",
]  # fmt: skip
US_FIRST_ADULT = [
    "Jennifer", "Marcus", "Latoya", "Kevin", "Sunita", "Carlos", "Rachel", "Tomasz", "Keisha",
    "David", "Lin", "Fatoumata", "Brian", "Esperanza", "Nathan", "Aisha", "Gregory", "Minh",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Nguyen", "Kim", "Hernández", "Okonkwo", "Patel", "Cohen", "Johansson",
    "Yazzie", "Ahmed", "Kowalczyk", "O'Connor", "Washington", "Rosenberg", "Tran", "Delgado",
    "Abernathy", "D'Angelo", "Haile",
]  # fmt: skip
QC_FIRST_KID = [
    "Léa", "Félix", "Émile", "Florence", "Zoé", "Olivier", "Rosalie", "Thomas", "Mathis",
    "Juliette", "Noémie", "Laurent", "Maëlle", "Anaïs", "Xavier", "Amira", "Jean-Philippe",
]  # fmt: skip
QC_FIRST_ADULT = [
    "Marie-Ève", "Sébastien", "Geneviève", "Mathieu", "Isabelle", "François", "Nadia", "Stéphane",
    "Josée", "Karim", "Valérie", "Martin", "Chantal", "Dominic", "Mélanie",
]  # fmt: skip
QC_LAST = [
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Gagné", "Pelletier", "Bélanger", "Lévesque", "Nguyen", "Haddad", "St-Pierre", "Ouellet",
]  # fmt: skip
ES_FIRST_KID = [
    "Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Daniela", "Álvaro", "Pau", "Nerea",
    "Iker", "Aitana", "Jordi", "Laia", "Alejandro", "Carmen", "Unai", "Valentina",
]  # fmt: skip
ES_FIRST_ADULT = [
    "María José", "Javier", "Ainhoa", "Francisco", "Montserrat", "Raúl", "Begoña", "Sergio",
    "Rocío", "Iñaki", "Nuria", "Óscar", "Lorena", "Xavier", "Mercedes",
]  # fmt: skip
ES_LAST = [
    "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz",
    "Etxeberria", "Puig", "Castro", "Muñoz", "Romero", "Navarro", "Vidal", "Ortega",
]  # fmt: skip

KID = {"us": US_FIRST_KID, "qc": QC_FIRST_KID, "es": ES_FIRST_KID}
ADULT = {"us": US_FIRST_ADULT, "qc": QC_FIRST_ADULT, "es": ES_FIRST_ADULT}
LAST = {"us": US_LAST, "qc": QC_LAST, "es": ES_LAST}
MAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "qc": ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
}
ASCII = str.maketrans("áàâäãéèêëíìîïóòôöúùûüñçÁÉÍÓÚÑÇ' ", "aaaaaeeeeiiiioooouuuuncAEIOUNC__")


def reg(f: Fake) -> str:
    return f.pick(["us", "us", "qc", "es"])


def kid_first(f: Fake, r: str | None = None) -> str:
    return f.pick(KID[r or reg(f)])


def adult_first(f: Fake, r: str | None = None) -> str:
    return f.pick(ADULT[r or reg(f)])


def last(f: Fake, r: str | None = None) -> str:
    r = r or reg(f)
    if r == "es":
        return f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}"
    return f.pick(LAST[r])


def adult_name(f: Fake, r: str | None = None) -> str:
    r = r or reg(f)
    return f"{adult_first(f, r)} {last(f, r)}"


def kid_name(f: Fake, r: str | None = None) -> str:
    r = r or reg(f)
    return f"{kid_first(f, r)} {last(f, r)}"


def email(f: Fake, r: str | None = None) -> str:
    r = r or reg(f)
    first = adult_first(f, r).lower().translate(ASCII).replace("-", "")
    surname = last(f, r).split()[0].lower().translate(ASCII).replace("-", "")
    local = f.pick(
        [
            f"{first}.{surname}",
            f"{first[0]}{surname}",
            f"{first}{surname}{f.r.randint(1, 99)}",
            f"{surname}.{first}",
        ]
    )
    return f"{local}@{f.pick(MAIL[r])}"


def us_phone(f: Fake) -> str:
    area = f.pick([212, 347, 617, 773, 415, 512, 303, 404, 802, 207, 518, 914])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def qc_phone(f: Fake) -> str:
    area = f.pick([514, 438, 450, 579, 418, 581, 819, 873])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1 {area}-{ex}-{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area} {ex}-{line:04d}",
            f"+1{area}{ex}{line:04d}",
        ]
    )


def es_phone(f: Fake) -> str:
    a, b, c = f.r.randint(600, 699), f.r.randint(100, 999), f.r.randint(100, 999)
    return f.pick(
        [
            f"+34 {a} {b} {c}",
            f"{a} {str(b)[:2]} {str(b)[2:]}{str(c)[:1]} {str(c)[1:]}",
            f"+34{a}{b}{c}",
            f"{a}{b}{c}",
        ]
    )


def phone(f: Fake, r: str | None = None) -> str:
    return {"us": us_phone, "qc": qc_phone, "es": es_phone}[r or reg(f)](f)


US_CITIES = [
    "Brooklyn",
    "Newton",
    "Evanston",
    "Austin",
    "Decatur",
    "Burlington",
    "Portland",
    "Saratoga Springs",
]
US_STATES = ["NY", "MA", "IL", "TX", "GA", "VT", "ME", "CO"]
QC_CITIES = [
    "Montréal",
    "Laval",
    "Québec",
    "Longueuil",
    "Gatineau",
    "Sherbrooke",
    "Saint-Jérôme",
    "Terrebonne",
]
ES_CITIES = [
    "Madrid",
    "Barcelona",
    "Valencia",
    "Sevilla",
    "Bilbao",
    "Zaragoza",
    "Alcobendas",
    "Sant Cugat del Vallès",
]
ES_PROV = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bizkaia", "Zaragoza"]


US_STREETS = [
    "Maple Ave",
    "Chestnut St",
    "Linden Blvd",
    "Prospect Pl",
    "W 87th St",
    "Ridgewood Rd",
    "Beacon St",
]


def us_street(f: Fake) -> str:
    return f"{f.r.randint(2, 9800)} {f.pick(US_STREETS)}"


def qc_street(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(100, 9999)}, rue Saint-Denis",
            f"{f.r.randint(10, 999)} avenue du Parc, app. {f.r.randint(1, 12)}",
            f"{f.r.randint(100, 6000)} boul. René-Lévesque O",
            f"{f.r.randint(10, 900)} ch. de la Côte-des-Neiges",
            f"{f.r.randint(1000, 4999)}, rue des Érables",
        ]
    )


def es_street(f: Fake) -> str:
    return f.pick(
        [
            f"Calle de Alcalá, {f.r.randint(1, 400)}, {f.r.randint(1, 9)}º {f.pick('ABCD')}",
            f"Carrer de Mallorca {f.r.randint(1, 600)}, {f.r.randint(1, 6)}r {f.r.randint(1, 4)}a",
            f"Avda. de la Constitución {f.r.randint(1, 90)}",
            f"C/ Gran Vía {f.r.randint(1, 80)}, bajo",
            f"Plaza Mayor {f.r.randint(1, 30)}, {f.r.randint(1, 5)}º izq.",
        ]
    )


def street(f: Fake, r: str | None = None) -> str:
    return {"us": us_street, "qc": qc_street, "es": es_street}[r or reg(f)](f)


def us_zip(f: Fake) -> str:
    return f.pick(
        [
            "11215",
            "02458",
            "60201",
            "78704",
            "30030",
            "05401",
            "04101",
            "12866",
            f"{f.r.randint(10000, 99999)}",
        ]
    )


def qc_postal(f: Fake) -> str:
    L_, D = "ABCEGHJKLMNPRSTVXY", "0123456789"
    return f"{f.pick('GHJ')}{f.pick(D)}{f.pick(L_)} {f.pick(D)}{f.pick(L_)}{f.pick(D)}"


def es_cp(f: Fake) -> str:
    return f"{f.pick(['28', '08', '46', '41', '48', '50'])}{f.r.randint(0, 999):03d}"


def postal(f: Fake, r: str | None = None) -> str:
    return {"us": us_zip, "qc": qc_postal, "es": es_cp}[r or reg(f)](f)


def city(f: Fake, r: str | None = None) -> str:
    return f.pick({"us": US_CITIES, "qc": QC_CITIES, "es": ES_CITIES}[r or reg(f)])


def kid_dob(f: Fake) -> str:
    return f.date(2011, 2020)


def adult_dob(f: Fake) -> str:
    return f.date(1968, 1998)


# -- identifiers -----------------------------------------------------------------------------------

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 79_999_999)
    return f"{n}{DNI_LETTERS[n % 23]}"


def nie(f: Fake) -> str:
    p = f.pick("XYZ")
    n = f.r.randint(0, 9_999_999)
    return f"{p}{n:07d}{DNI_LETTERS[int('XYZ'.index(p) * 10_000_000 + n) % 23]}"


def sin(f: Fake) -> str:
    n = f.luhn_complete(f.pick("12345679") + "".join(str(f.r.randint(0, 9)) for _ in range(7)))
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def ramq(f: Fake) -> str:
    surname = f.pick(QC_LAST).upper().translate(ASCII).replace("-", "").replace("_", "")
    first = f.pick(QC_FIRST_KID).upper().translate(ASCII)
    yy, mm, dd = f.r.randint(11, 20), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    core = f"{surname[:3].ljust(3, 'X')}{first[0]}"
    digits = f"{yy:02d}{mm:02d}{dd:02d}{f.r.randint(10, 19)}"
    return f.pick([f"{core}{digits}", f"{core} {digits[:4]} {digits[4:]}"])


def tsi(f: Fake) -> str:
    """A Spanish tarjeta sanitaria individual code (CIP autonómico style)."""
    a = f.pick(ES_LAST).upper().translate(ASCII)[:2]
    b = f.pick(ES_LAST).upper().translate(ASCII)[:2]
    born = f.date(2011, 2020).replace("-", "")[2:]
    return f"{a}{b}{f.r.randint(0, 1)}{born}{f.r.randint(100, 999)}{f.r.randint(0, 9)}"


def aba(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        d[0] = f.pick([0, 1, 2, 3])
        for c in range(10):
            w = [*d, c]
            if (3 * (w[0] + w[3] + w[6]) + 7 * (w[1] + w[4] + w[7]) + (w[2] + w[5] + w[8])) % 10 == 0:
                return "".join(map(str, w))


def pm(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits
    return "pm_" + "".join(f.r.choice(alnum) for _ in range(24))


def stripe_id(f: Fake, prefix: str) -> str:
    alnum = string.ascii_letters + string.digits
    return prefix + "".join(f.r.choice(alnum) for _ in range(24))


def gclid(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits + "-_"
    return "Cj0KCQjw" + "".join(f.r.choice(alnum) for _ in range(f.r.randint(70, 90))) + "BwE"


def fbclid(f: Fake) -> str:
    alnum = string.ascii_letters + string.digits + "_-"
    return "IwAR" + "".join(f.r.choice(alnum) for _ in range(58))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(100_000_000, 2_147_483_647)}"


def push_token(f: Fake) -> str:
    return f.hexid(64)


def b64id(f: Fake, n: int) -> str:
    return base64.urlsafe_b64encode(bytes(f.r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def session_sku(f: Fake) -> str:
    kind, year = f.pick(["DAY", "OVN", "ASC", "CDJ", "CAMP"]), f.pick(["2024", "2025"])
    return f"{kind}-{year}-W{f.r.randint(1, 9)}-{f.pick(['AM', 'PM', 'FD'])}"


def lat_near(f: Fake) -> float:
    return round(f.pick([40.67, 42.33, 45.50, 46.81, 40.42, 41.39, 44.26]) + f.r.uniform(-0.2, 0.2), 6)


def lon_near(f: Fake) -> float:
    return round(f.pick([-73.94, -71.06, -73.57, -71.21, -3.70, 2.17, -72.58]) + f.r.uniform(-0.2, 0.2), 6)


def t(*choices: str):
    return lambda f: f.pick(list(choices))


CAMP_SESSIONS = [
    "Robotics Camp — Week 3",
    "Lakeside Overnight (2 weeks)",
    "Camp de jour Les Castors — semaine 5",
    "Campamento de Inglés Sierra de Gredos",
    "After-School Chess Club (Fall)",
    "Junior Lifeguard Prep",
    "Théâtre et Impro 9-12 ans",
    "Multiaventura Pirineo 10-14",
    "Art Studio Mornings",
]
SCHOOLS = [
    "P.S. 321 William Penn",
    "Lincoln Elementary",
    "École primaire Saint-Jean-de-Brébeuf",
    "École Le Plateau",
    "CEIP Miguel de Cervantes",
    "Escola Sant Gervasi",
    "Brookline Middle School",
    "Colegio Nuestra Señora del Pilar",
]
ALLERGIES = ["peanuts", "tree nuts", "bee stings", "penicillin", "shellfish", "latex", "eggs", "sesame"]
MEDS = [
    "Albuterol inhaler",
    "Methylphenidate 18 mg",
    "Cetirizine",
    "EpiPen Jr 0.15 mg",
    "Insulin lispro",
    "Fluticasone",
]
CONDITIONS = ["asthma", "type 1 diabetes", "ADHD", "epilepsy", "eczema", "migraine", "anxiety"]
PHYS_CLINIC_PHONES = [
    "+1 617-555-0140",
    "(212) 555-0182",
    "+1 514-555-0107",
    "+34 915 550 123",
    "(773) 555-0166",
]


PICKUP_NOTES = {
    "us": ["{} will pick up today, her cell is {}", "Today {} is collecting the kids. Call {} if late"],
    "qc": ["{} vient chercher les enfants, tél. {}", "C'est {} qui passe prendre Léo à 16 h ({})"],
    "es": ["Hoy recoge {}, móvil {}", "Recogerá a los niños {}. Teléfono: {}"],
}
SUPPORT_TEXTS = {
    "us": ["Please call me at {} about the waitlist", "Hi, my new number is {}, can you update it?"],
    "qc": ["Bonjour, rappelez-moi au {} svp", "Mon nouveau numéro est le {}, merci de le mettre à jour"],
    "es": ["Hola, mi teléfono es {} para lo del autobús", "Llamadme al {} por favor, es urgente"],
}


def pickup_note(f: Fake) -> str:
    r = reg(f)
    return f.pick(PICKUP_NOTES[r]).format(adult_name(f, r), phone(f, r))


def support_text(f: Fake) -> str:
    r = reg(f)
    return f.pick(SUPPORT_TEXTS[r]).format(phone(f, r))


# -- templates beyond build.py's: fixed-length arrays ----------------------------------------------


class Seq:
    """A fixed array whose elements are (possibly different) templates, in order."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
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


# -- contexts --------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; SM-S918W) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
LOCALES = ["en-US", "fr-CA", "es-ES", "ca-ES", "en-CA"]
TZS = ["America/New_York", "America/Toronto", "Europe/Madrid", "America/Chicago", "America/Denver"]


def ip_any(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def web_context(path: str, title: str):
    return {
        "library": {
            "name": G(t("analytics.js")),
            "version": G(t("npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0")),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                t("https://www.google.com/", "", "https://www.facebook.com/", "https://l.instagram.com/")
            ),
            "search": G(t("", "?utm_source=newsletter&utm_medium=email", "?lang=fr", "?ref=parent_app")),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://families.pinewoodcamps.com" + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(t("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(t("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": G(t(True, False)),
            "platform": G(t("macOS", "Windows", "Android")),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(ip_any, "ip"),
        "campaign": {
            "name": G(t("summer_2025_early_bird", "inscriptions_ete", "verano2025", "afterschool_fall")),
            "source": G(t("google", "facebook", "newsletter", "instagram")),
            "medium": G(t("cpc", "email", "paid_social", "organic")),
            "term": G(
                t("summer camp near me", "camp de jour montreal", "campamento verano niños", "robotics camp")
            ),
            "content": G(t("hero_video", "carousel_2", "textlink", "story_ad")),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(t("Pinewood Families")),
            "version": G(t("4.12.0", "4.13.2", "4.14.0")),
            "build": G(t("4120", "4132", "4140")),
            "namespace": G(t("com.pinewoodcamps.families")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(t("Apple")),
            "model": G(t("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18")),
            "name": G(t("iPhone", "iPad")),
            "type": G(t("ios")),
            "adTrackingEnabled": G(t(True, False)),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(push_token, "token"),
        },
        "library": {"name": G(t("analytics-swift")), "version": G(t("1.5.11", "1.6.0", "1.6.1"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {"cellular": G(t(True, False)), "wifi": G(t(True, False))},
        "os": {"name": G(t("iOS", "iPadOS")), "version": G(t("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(t(393, 430, 390, 820)), "height": G(t(852, 932, 844, 1180))},
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(ip_any, "ip"),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(adult_first, "name"),
            "householdId": G(lambda f: "hh_" + f.digits(7)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(t("Pinewood Families")),
            "version": G(t("4.12.0", "4.13.1", "4.14.0")),
            "namespace": G(t("com.pinewoodcamps.families")),
            "build": G(t("41200", "41310", "41400")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(t("samsung", "Google", "motorola", "OnePlus")),
            "model": G(t("SM-S918W", "Pixel 8", "moto g play - 2023", "CPH2451")),
            "name": G(t("dm3q", "shiba", "maui", "OP5961L1")),
            "type": G(t("android")),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(t(True, False)),
        },
        "library": {"name": G(t("analytics-kotlin")), "version": G(t("1.15.0", "1.16.3", "1.17.0"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "location": {
            "latitude": Y(lat_near, "geolocation"),
            "longitude": Y(lon_near, "geolocation"),
            "speed": G(t(0.0, 1.2, 13.4)),
        },
        "network": {
            "wifi": G(t(True, False)),
            "carrier": G(t("Vidéotron", "Bell", "Movistar", "Verizon", "T-Mobile")),
            "cellular": G(t(True, False)),
            "bluetooth": G(t(False, True)),
        },
        "os": {"name": G(t("Android")), "version": G(t("14", "13", "12"))},
        "screen": {
            "density": G(t(2.625, 3.0, 2.75)),
            "height": G(t(2340, 2400, 1600)),
            "width": G(t(1080, 720, 1440)),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            t(
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                "Dalvik/2.1.0 (Linux; U; Android 13; SM-S918W Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 12; moto g play - 2023 Build/S3SGS32.39-181-5)",
            )
        ),
        "ip": Y(ip_any, "ip"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "firstName": Y(adult_first, "name"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(t("Pinewood Staff")),
            "version": G(t("2.3.0", "2.4.1", "2.5.0")),
            "build": G(t("230", "241", "250")),
            "namespace": G(t("com.pinewoodcamps.staff")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(t("Apple", "samsung", "Google")),
            "model": G(t("iPhone13,2", "SM-A546W", "Pixel 7a")),
            "name": G(t("iPhone", "a54x", "lynx")),
            "type": G(t("ios", "android")),
        },
        "library": {
            "name": G(t("@segment/analytics-react-native")),
            "version": G(t("2.19.2", "2.20.1", "2.20.3")),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {"cellular": G(t(True, False)), "wifi": G(t(True, False))},
        "os": {"name": G(t("iOS", "Android")), "version": G(t("17.4.1", "14", "13"))},
        "screen": {"height": G(t(844, 915, 800)), "width": G(t(390, 412, 360))},
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(ip_any, "ip"),
        "traits": {
            "email": Y(
                lambda f: (
                    adult_first(f, "us").lower().translate(ASCII)
                    + f".{f.r.randint(1, 99)}@staff.pinewoodcamps.com"
                    if f.r.random() < 0.5
                    else email(f)
                ),
                "email",
            ),
            "staffRole": G(t("counselor", "nurse", "unit_head", "lifeguard", "director")),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(t("Pinewood Kiosk")),
            "version": G(t("1.8.0", "1.8.3", "1.9.0")),
            "build": G(t("80", "83", "90")),
            "namespace": G(t("com.pinewoodcamps.kiosk")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(t("samsung", "Apple", "Lenovo")),
            "model": G(t("SM-X200", "iPad12,1", "TB-X606F")),
            "type": G(t("android", "ios")),
        },
        "library": {"name": G(t("analytics_flutter")), "version": G(t("1.1.4", "1.1.6", "1.1.7"))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {"name": G(t("Android", "iOS")), "version": G(t("13", "17.4", "12"))},
        "screen": {"height": G(t(1340, 1180, 1200)), "width": G(t(800, 820, 1920))},
        "timezone": G(lambda f: f.pick(TZS)),
        "network": {"wifi": G(t(True))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.3.4"],
    "analytics-node": ["2.1.0", "2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.1"],
    "analytics-java": ["3.5.0", "3.5.1", "3.5.2"],
    "analytics-ruby": ["2.4.1", "2.4.3", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.8.1"],
    "Analytics.NET": ["3.8.0", "3.8.1", "3.9.0"],
}


def server_context(library: str):
    def build_context(f: Fake):
        ctx: dict[str, Any] = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if library == "analytics-node":
            ctx["ip"] = Y(ip_any, "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if library == "Analytics.NET":
            ctx["ip"] = Y(ip_any, "ip")
        if library in ("analytics-python", "analytics-java"):
            ctx["traits"] = {"email": Y(email, "email")}
        return ctx

    return build_context


def web(path: str, title: str):
    return lambda f: web_context(path, title)


CONTEXTS = {
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}

# -- shared shapes ---------------------------------------------------------------------------------


def product_line():
    return {
        "product_id": G(lambda f: f"ses_{f.digits(6)}"),
        "sku": G(session_sku),
        "name": G(lambda f: f.pick(CAMP_SESSIONS)),
        "category": G(t("Day Camp", "Overnight Camp", "After-School Club", "Camp de jour", "Campamento")),
        "variant": G(t("Full day", "Half day AM", "Extended care", "Jornada completa")),
        "price": G(lambda f: f.money(120, 2400)),
        "quantity": G(t(1, 1, 2)),
        "camper_id": G(lambda f: "cmp_" + f.digits(7)),
        "camper_name": Y(lambda f: kid_name(f), "name"),
    }


def address_block(style: str = "snake"):
    if style == "stripe":
        return {
            "line1": Y(street, "address|street"),
            "line2": Y(t("Apt 3R", "app. 204", "2º B", "Unit 12", "", "Suite 5"), "address|street"),
            "city": Y(city, "city"),
            "state": G(t("NY", "QC", "MA", "Madrid", "B", "IL")),
            "postal_code": Y(postal, "zipcode"),
            "country": G(t("US", "CA", "ES")),
        }
    raise ValueError(style)


def ans(kind: str, ref: str, value: Any):
    return {
        "type": G(lambda f: kind),
        "field": {
            "id": G(lambda f: b64id(f, 9)),
            "ref": G(lambda f: ref),
            "type": G(
                lambda f: {
                    "text": "short_text",
                    "email": "email",
                    "phone_number": "phone_number",
                    "boolean": "yes_no",
                    "number": "number",
                    "choice": "multiple_choice",
                }[kind]
            ),
        },
        kind: value,
    }


# -- events ----------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, Any, dict]] = [
    # -- parent identity --------------------------------------------------------------------------
    (
        "identify",
        None,
        web("/account", "My account | Pinewood Camps"),
        {
            "email": Y(email, "email"),
            "firstName": Y(adult_first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(adult_name, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(t("NY", "QC", "Cataluña", "MA", "Comunidad de Madrid", "IL")),
                "postalCode": Y(postal, "zipcode"),
                "country": G(t("US", "CA", "ES")),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(t("en", "fr", "es", "ca")),
            "childrenCount": G(t(1, 2, 3, 4)),
            "emailVerified": G(t(True, False)),
            "smsOptIn": G(t(True, False)),
            "membershipTier": G(t("standard", "returning_family", "staff_family")),
            "referralCode": G(lambda f: "PINE-" + f.hexid(6).upper()),
        },
    ),
    (
        "identify",
        None,
        swift_context,
        {
            "email": Y(email, "email"),
            "firstName": Y(adult_first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "avatar": Y(lambda f: f"https://cdn.pinewoodcamps.com/avatars/{f.uuid()}.jpg", "photo"),
            "pushEnabled": G(t(True, False)),
            "appRating": G(t(3, 4, 5)),
            "householdId": G(lambda f: "hh_" + f.digits(7)),
            "preferredLanguage": G(t("en", "fr", "es")),
        },
    ),
    (
        "identify",
        None,
        CONTEXTS["python"],
        {
            "PRIMARY_GUARDIAN_EMAIL": Y(email, "email"),
            "PRIMARY_GUARDIAN_PHONE": Y(phone, "phone"),
            "HOME_ZIP": Y(postal, "zipcode"),
            "FIRST_CHILD_DOB": Y(kid_dob, "birthdate"),
            "CAMPER_COUNT": G(t(1, 2, 3)),
            "LIFETIME_VALUE": G(lambda f: f.money(200, 18000)),
            "LAST_SESSION_DATE": G(lambda f: f.date(2023, 2025)),
            "HOUSEHOLD_INCOME_BAND": Y(t("<50k", "50-100k", "100-150k", "150k+"), "salary"),
            "FINANCIAL_AID_ELIGIBLE": G(t(True, False)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "SEGMENT": G(t("returning_family", "new_2025", "lapsed", "vip")),
            "HOUSEHOLD_ID": G(lambda f: "hh_" + f.digits(7)),
        },
    ),
    (
        "group",
        None,
        swift_context,
        {
            "name": Y(
                lambda f: f.pick(["The {} Family", "Famille {}", "Familia {}", "{} household"]).format(
                    last(f)
                ),
                "name",
            ),
            "plan": G(t("pay_as_you_go", "season_pass", "installments")),
            "memberCount": G(t(2, 3, 4, 5)),
            "primaryLanguage": G(t("en", "fr", "es")),
            "createdAt": G(lambda f: f.iso()),
            "region": G(t("US-Northeast", "CA-QC", "ES-MD", "ES-CT")),
        },
    ),
    ("alias", None, swift_context, {}),
    ("alias", None, web("/signup", "Create your account"), {}),
    # -- browsing & e-commerce spec ---------------------------------------------------------------
    (
        "page",
        None,
        web("/camps", "Find a camp | Pinewood Camps"),
        {
            "name": G(t("Camp Finder", "Session Detail", "Pricing", "FAQ")),
            "path": G(t("/camps", "/camps/robotics", "/fr/camps", "/es/campamentos")),
            "url": G(
                lambda f: (
                    "https://families.pinewoodcamps.com"
                    + f.pick(["/camps", "/camps/robotics", "/fr/camps", "/es/campamentos"])
                )
            ),
            "title": G(t("Find a camp | Pinewood Camps", "Trouver un camp", "Encuentra tu campamento")),
            "referrer": G(t("https://www.google.com/", "", "https://www.bing.com/")),
            "search": G(t("", "?age=9", "?week=3&type=day")),
        },
    ),
    (
        "screen",
        None,
        swift_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "tab": G(t("schedule", "photos", "forms", "payments")),
            "from_push": G(t(True, False)),
            "badge_count": G(t(0, 1, 3, 7)),
        },
    ),
    (
        "track",
        "Products Searched",
        web("/camps", "Find a camp | Pinewood Camps"),
        {
            "query": G(
                t(
                    "robotics camp",
                    "camp de jour 8 ans",
                    "campamento inglés julio",
                    "swim lessons",
                    "overnight camp vermont",
                )
            ),
            "filters": {
                "age": G(t(6, 8, 9, 11, 13)),
                "zip": G(t("11215", "H2T 1S6", "28004", "05401")),
                "week": G(t("2025-07-07", "2025-07-14", "2025-08-04")),
                "type": G(t("day", "overnight", "after_school")),
            },
            "results_count": G(lambda f: f.r.randint(0, 42)),
        },
    ),
    (
        "track",
        "Product Viewed",
        web("/camps/session", "Session detail"),
        {
            "product_id": G(lambda f: f"ses_{f.digits(6)}"),
            "sku": G(session_sku),
            "name": G(lambda f: f.pick(CAMP_SESSIONS)),
            "category": G(t("Day Camp", "Overnight Camp", "After-School Club")),
            "price": G(lambda f: f.money(120, 2400)),
            "currency": G(t("USD", "CAD", "EUR")),
            "location_name": G(
                t("Camp Pinewood — Lake Placid, NY", "Centre Pinewood Laval", "Albergue Sierra de Gredos")
            ),
            "age_range": G(t("6-8", "9-12", "13-15")),
            "spots_left": G(lambda f: f.r.randint(0, 30)),
            "start_date": G(lambda f: f.date(2025, 2025)),
        },
    ),
    (
        "track",
        "Product Added",
        kotlin_context,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f"ses_{f.digits(6)}"),
            "sku": G(session_sku),
            "price": G(lambda f: f.money(120, 2400)),
            "quantity": G(t(1, 1, 2)),
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "camper_first_name": Y(lambda f: kid_first(f), "name"),
            "camper_age": G(t(6, 7, 9, 10, 12, 14)),
        },
    ),
    (
        "track",
        "Checkout Started",
        web("/checkout", "Checkout"),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "affiliation": G(t("Pinewood Web", "Pinewood Québec", "Pinewood España")),
            "value": G(lambda f: f.money(150, 4800)),
            "revenue": G(lambda f: f.money(150, 4800)),
            "tax": G(lambda f: f.money(0, 300)),
            "discount": G(lambda f: f.money(0, 200)),
            "coupon": G(t("SIBLING10", "EARLYBIRD25", "", "HERMANOS15")),
            "currency": G(t("USD", "CAD", "EUR")),
            "products": Many(product_line(), 3),
        },
    ),
    (
        "track",
        "Coupon Applied",
        web("/checkout", "Checkout"),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "coupon_id": G(lambda f: "cpn_" + f.digits(5)),
            "coupon_name": G(t("SIBLING10", "EARLYBIRD25", "HERMANOS15", "FRATRIE10")),
            "discount": G(lambda f: f.money(10, 200)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        web("/checkout/payment", "Payment"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "step": G(t(2, 3)),
            "payment_method": G(t("card", "ach_debit", "sepa_debit", "apple_pay")),
            "card_brand": G(t("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_zip": Y(postal, "zipcode"),
            "stripe_payment_method": RED(pm, "token"),
            "installment_plan": G(t("pay_in_full", "3_payments", "monthly")),
            "autopay": G(t(True, False)),
        },
    ),
    (
        "track",
        "Order Completed",
        CONTEXTS["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "invoice_number": G(lambda f: f"INV-{f.pick(['2024', '2025'])}-{f.digits(5)}"),
            "total": G(lambda f: f.money(150, 4800)),
            "subtotal": G(lambda f: f.money(150, 4800)),
            "tax": G(lambda f: f.money(0, 300)),
            "sibling_discount": G(lambda f: f.money(0, 240)),
            "subsidy_applied": G(lambda f: f.money(0, 900)),
            "currency": G(t("USD", "CAD", "EUR")),
            "products": Many(product_line(), 3),
            "billing_address": {
                "name": Y(adult_name, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(t("NY", "QC", "MA", "Madrid", "IL")),
                "postal_code": Y(postal, "zipcode"),
                "country": G(t("US", "CA", "ES")),
            },
            "payer_email": Y(email, "email"),
            "payment_plan": G(t("pay_in_full", "3_payments", "monthly")),
            "balance_due": G(lambda f: f.money(0, 1500)),
            "is_first_order": G(t(True, False)),
        },
    ),
    (
        "track",
        "Order Refunded",
        CONTEXTS["ruby"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "refund_id": G(lambda f: stripe_id(f, "re_")),
            "amount": G(lambda f: f.money(25, 1200)),
            "reason": G(
                t("session_cancelled", "withdrawal_before_deadline", "duplicate", "medical_withdrawal")
            ),
            "currency": G(t("USD", "CAD", "EUR")),
        },
    ),
    (
        "track",
        "Registration Step Completed",
        web("/register", "Register"),
        {
            "step": G(t(1, 2, 3, 4, 5)),
            "step_name": G(t("camper_info", "guardians", "medical", "pickup", "payment")),
            "camper_count": G(t(1, 2, 3)),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "duration_ms": G(lambda f: f.r.randint(4000, 600000)),
            "returning_family": G(t(True, False)),
        },
    ),
    # -- campers ------------------------------------------------------------------------------------
    (
        "track",
        "Camper Profile Created",
        web("/register/camper", "Camper information"),
        {
            "camper": {
                "id": G(lambda f: "cmp_" + f.digits(7)),
                "first_name": Y(kid_first, "name"),
                "last_name": Y(last, "name"),
                "preferred_name": Y(t("Bea", "Max", "JP", "Lulu", "Nico", "Sasha", "Teo"), "name"),
                "date_of_birth": Y(kid_dob, "birthdate"),
                "gender": Y(t("girl", "boy", "non-binary", "prefer not to say"), "gender"),
                "pronouns": Y(t("she/her", "he/him", "they/them", "elle", "él"), "gender"),
                "age": G(t(5, 7, 8, 10, 11, 13)),
                "grade_entering": G(t("K", "2", "4", "6", "8", "3º Primaria", "5e année")),
                "school_name": G(lambda f: f.pick(SCHOOLS)),
                "school_district": G(
                    t(
                        "NYC DOE District 15",
                        "Centre de services scolaire de Montréal",
                        "Brookline Public Schools",
                        "DAT Madrid-Capital",
                    )
                ),
                "t_shirt_size": G(t("YS", "YM", "YL", "AS")),
                "photo_url": Y(
                    lambda f: f"https://cdn.pinewoodcamps.com/campers/{f.uuid()}/profile.jpg", "photo"
                ),
                "returning_camper": G(t(True, False)),
                "years_attended": G(t(0, 1, 2, 4)),
            },
            "guardian_relationship": G(t("mother", "father", "grandparent", "legal guardian", "stepparent")),
            "has_custody_order": G(t(True, False)),
        },
    ),
    (
        "track",
        "Enrollment Synced",
        CONTEXTS["dotnet"],
        {
            "EnrollmentId": G(lambda f: f.digits(8)),
            "CamperId": G(lambda f: f.digits(6)),
            "FirstName": Y(kid_first, "name"),
            "LastName": Y(last, "name"),
            "DateOfBirth": Y(lambda f: kid_dob(f) + "T00:00:00", "birthdate"),
            "Gender": Y(t("F", "M", "X"), "gender"),
            "Grade": G(t("3", "5", "7", "K")),
            "SchoolName": G(lambda f: f.pick(SCHOOLS)),
            "GuardianEmail": Y(email, "email"),
            "GuardianMobile": Y(phone, "phone"),
            "HomeAddress": {
                "Street1": Y(street, "address|street"),
                "Street2": Y(t("Apt 2", "app. 5", "3º A", "Unit B", "PH1"), "address|street"),
                "City": Y(city, "city"),
                "StateProvince": G(t("NY", "QC", "MA", "M", "B")),
                "PostalCode": Y(postal, "zipcode"),
                "Country": G(t("United States", "Canada", "Spain")),
            },
            "SessionCode": G(session_sku),
            "BalanceDue": G(lambda f: f.money(0, 2000)),
            "IsSiblingDiscount": G(t(True, False)),
            "HealthFormComplete": G(t(True, False)),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Sibling Discount Applied",
        CONTEXTS["node"],
        {
            "household_id": G(lambda f: "hh_" + f.digits(7)),
            "sibling_count": G(t(2, 3, 4)),
            "discount_pct": G(t(5, 10, 15)),
            "discount_amount": G(lambda f: f.money(20, 400)),
            "siblings": Many(
                {
                    "camper_id": G(lambda f: "cmp_" + f.digits(7)),
                    "first_name": Y(kid_first, "name"),
                    "age": G(t(5, 7, 9, 11, 13)),
                },
                3,
            ),
        },
    ),
    # -- medical & dietary --------------------------------------------------------------------------
    (
        "track",
        "Medical Form Submitted",
        swift_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "form_version": G(t("2025.1", "2025.2", "2024.3")),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 3),
            "allergy_severity": Y(t("mild", "moderate", "severe", "anaphylactic"), "allergy"),
            "has_epipen": Y(t(True, False), "allergy"),
            "medications": Many(
                {
                    "name": Y(lambda f: f.pick(MEDS), "medication"),
                    "dose": Y(t("0.15 mg", "2 puffs", "10 mg", "5 units", "1 tablet"), "medication"),
                    "schedule": G(t("with breakfast", "as needed", "before swim", "12:00")),
                    "self_carry": G(t(True, False)),
                },
                2,
            ),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "has_asthma": Y(t(True, False), "condition"),
            "iep_504_plan": RED(t(True, False), "disability"),
            "immunizations_up_to_date": Y(t(True, False), "procedure|condition"),
            "last_tetanus_shot": Y(lambda f: f.date(2016, 2024), "procedure|condition"),
            "insurance_provider": G(
                t("Aetna", "BlueCross BlueShield", "Kaiser Permanente", "Sanitas", "Manulife")
            ),
            "insurance_member_id": Y(
                lambda f: f.pick(["W", "XEH", "ZGP", "MBR"]) + f.digits(9), "identification"
            ),
            "insurance_group_number": G(lambda f: f.digits(6)),
            "physician_name": Y(lambda f: "Dr. " + adult_name(f), "name"),
            "physician_phone": G(lambda f: f.pick(PHYS_CLINIC_PHONES)),
            "medical_notes": Y(
                t(
                    "Needs inhaler before swim and hikes.",
                    "Type 1 diabetic: check blood sugar before lunch.",
                    "Severe peanut allergy, EpiPen in backpack.",
                    "Takes ADHD medication at breakfast; may be tired after lunch.",
                    "Mild eczema, please apply cream after swimming.",
                ),
                "condition|medication|allergy",
            ),
            "signed_by": Y(adult_name, "name"),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dietary Needs Updated",
        kotlin_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "diet_type": G(t("vegetarian", "vegan", "pescatarian", "no_preference")),
            "religious_diet": Y(t("halal", "kosher", "hindu_vegetarian", "no_pork"), "religion"),
            "food_allergies": Many(
                Y(t("peanuts", "tree nuts", "milk", "eggs", "wheat", "fish"), "allergy"), 3
            ),
            "celiac": Y(t(True, False), "condition"),
            "lunch_plan": G(t("camp_lunch", "bring_own", "hot_lunch_plus")),
            "snack_preference": G(t("fruit", "crackers", "no_snack")),
        },
    ),
    (
        "track",
        "Medication Administered",
        rn_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": Y(t("0.15 mg", "2 puffs", "10 mg", "5 units", "1 tablet"), "medication"),
            "rx_number": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "pharmacy_name": G(t("CVS Pharmacy #4821", "Jean Coutu", "Farmacia Lda. Ruiz", "Walgreens")),
            "administered_by": Y(lambda f: adult_name(f), "name"),
            "administered_at": G(lambda f: f.iso()),
            "parent_authorization_on_file": G(t(True, False)),
            "missed_dose": G(t(True, False)),
        },
    ),
    (
        "track",
        "Incident Report Filed",
        rn_context,
        {
            "incident_id": G(lambda f: "inc_" + f.digits(6)),
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "camper_name": Y(kid_name, "name"),
            "incident_type": G(t("injury", "behavior", "lost_item", "near_miss")),
            "injury_type": Y(
                t("bee sting", "scraped knee", "sprained wrist", "nosebleed", "head bump", "splinter"),
                "condition|diagnosis",
            ),
            "first_aid_given": Y(
                t("ice pack", "bandage", "EpiPen administered", "wound cleaned", "rest in infirmary"),
                "procedure",
            ),
            "location_on_site": G(
                t("waterfront", "dining hall", "climbing wall", "soccer field", "cabin area")
            ),
            "severity": G(t("minor", "moderate", "serious")),
            "reported_by": Y(adult_name, "name"),
            "witness_names": Many(Y(kid_name, "name"), 2),
            "parent_notified": G(t(True, False)),
            "parent_notified_via": G(t("phone", "sms", "app", "in_person")),
            "description": Y(
                lambda f: f.pick(
                    [
                        "{} tripped on the dock and scraped a knee; cleaned and bandaged.",
                        "{} was stung by a bee near the archery range, ice applied, no swelling.",
                        "{} had a nosebleed during capture the flag, stopped after 10 min.",
                        "{} bumped heads with another camper, monitored for concussion signs.",
                        "{} fell from the climbing wall harness step, sprained wrist, parent called.",
                    ]
                ).format(kid_first(f)),
                "name|condition",
                True,
            ),
            "follow_up_required": G(t(True, False)),
        },
    ),
    # -- pick-up and check-out ----------------------------------------------------------------------
    (
        "track",
        "Authorized Pickup Added",
        swift_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "pickup_person": {
                "first_name": Y(adult_first, "name"),
                "last_name": Y(last, "name"),
                "relationship": G(t("grandmother", "aunt", "nanny", "neighbor", "uncle", "family friend")),
                "mobile": Y(phone, "phone"),
                "photo_url": Y(lambda f: f"https://cdn.pinewoodcamps.com/pickups/{f.uuid()}.jpg", "photo"),
                "is_emergency_contact": G(t(True, False)),
            },
            "requires_id_check": G(t(True, False)),
            "valid_until": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        kotlin_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "contact": {
                "full_name": Y(adult_name, "name"),
                "phone": Y(phone, "phone"),
                "alt_phone": Y(phone, "phone"),
                "relationship": G(t("grandfather", "aunt", "neighbour", "godmother", "tío")),
                "language": G(t("en", "fr", "es", "pt", "vi")),
            },
            "priority": G(t(1, 2, 3)),
        },
    ),
    (
        "track",
        "Camper Checked Out",
        flutter_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "checkout_time": G(lambda f: f.iso()),
            "picked_up_by": Y(adult_name, "name"),
            "pickup_relationship": G(t("parent", "grandparent", "nanny", "authorized adult")),
            "id_type": G(t("drivers_license", "passport", "carte_ramq", "dni", "known_face")),
            "id_verified": G(t(True, False)),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1000, 9999)} {f.pick(['BCD', 'KLM', 'RTX'])}",
                        f"{f.pick(['JXK', 'HTR', 'GZB'])}-{f.r.randint(1000, 9999)}",
                        f"{f.r.randint(100, 999)} {f.pick(['MNP', 'QWE'])}",
                    ]
                ),
                "license",
            ),
            "kiosk_id": G(lambda f: "ksk_" + f.digits(3)),
            "gate": G(t("North", "Main", "Porte B", "Entrada 2")),
            "late_pickup": G(t(True, False)),
            "late_fee": G(t(0, 0, 5, 15, 25)),
        },
    ),
    (
        "track",
        "Pickup Note Added",
        swift_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "date": G(lambda f: f.date(2025, 2025)),
            "note": Y(
                lambda f: pickup_note(f),
                "name|phone",
                True,
            ),
            "urgent": G(t(True, False)),
        },
    ),
    (
        "track",
        "Geofence Entered",
        kotlin_context,
        {
            "camp_id": G(lambda f: "site_" + f.digits(3)),
            "geofence_id": G(lambda f: "gf_" + f.hexid(8)),
            "latitude": Y(lat_near, "geolocation"),
            "longitude": Y(lon_near, "geolocation"),
            "accuracy_m": G(lambda f: round(f.r.uniform(3, 60), 1)),
            "distance_to_gate_m": G(lambda f: f.r.randint(0, 400)),
            "camp_location": {
                "lat": G(t(44.2795, 45.5597, 40.3167)),
                "lng": G(t(-73.9799, -73.7121, -5.2333)),
            },
        },
    ),
    (
        "track",
        "Kiosk Family Lookup",
        flutter_context,
        {
            "kiosk_id": G(lambda f: "ksk_" + f.digits(3)),
            "input": Y(phone, "phone", True),
            "input_method": G(t("keypad", "qr", "nfc")),
            "matches": G(t(0, 1, 1, 2)),
        },
    ),
    (
        "track",
        "Visitor Badge Printed",
        flutter_context,
        {
            "visitor_name": Y(adult_name, "name"),
            "visitor_company": G(
                t("Sysco Food Services", "Inspection MAPAQ", "Pool Tech Inc.", "Autocares Ruiz")
            ),
            "host_staff_name": Y(adult_name, "name"),
            "badge_number": G(lambda f: "V-" + f.digits(4)),
            "photo_captured": G(t(True, False)),
        },
    ),
    # -- activities, swim, cabins --------------------------------------------------------------------
    (
        "track",
        "Swim Test Recorded",
        rn_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "swim_level": G(t("non-swimmer", "beginner", "intermediate", "advanced")),
            "band_color": G(t("red", "yellow", "green", "blue")),
            "passed": G(t(True, False)),
            "tested_by": Y(adult_name, "name"),
            "lifeguard_cert_number": Y(
                lambda f: f.pick(["ARC-", "LSS-", "SOC-"]) + f.digits(7), "certificate"
            ),
            "test_date": G(lambda f: f.date(2025, 2025)),
            "water_temp_c": G(lambda f: f.r.randint(17, 26)),
            "notes": G(
                t(
                    "Strong kicker, needs work on breathing.",
                    "Comfortable in deep end.",
                    "Retest next week.",
                    "Floats well; nervous jumping in.",
                )
            ),
        },
    ),
    (
        "track",
        "Cabin Assigned",
        CONTEXTS["node"],
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "session_id": G(lambda f: f"ses_{f.digits(6)}"),
            "cabin_id": G(lambda f: "cab_" + f.digits(3)),
            "cabin_name": G(t("Birch 4", "Cèdre 2", "Osprey", "Cabaña Encina", "Loon Lodge")),
            "bunk": G(t("top", "bottom", "single")),
            "cabin_gender": Y(t("girls", "boys", "all-gender"), "gender"),
            "counselor_id": G(lambda f: "stf_" + f.digits(5)),
            "counselor_name": Y(adult_name, "name"),
            "group_name": G(t("Otters", "Les Castors", "Los Linces", "Falcons")),
            "roommate_request": Y(kid_name, "name"),
            "roommate_request_honored": G(t(True, False)),
        },
    ),
    (
        "track",
        "Club Signup",
        kotlin_context,
        {
            "club_name": G(
                t(
                    "Chess Club",
                    "Lego Robotics",
                    "Ateliers de cuisine",
                    "Club de Teatro",
                    "Coding with Scratch",
                )
            ),
            "school_id": G(lambda f: "sch_" + f.digits(4)),
            "day_of_week": G(t("MON", "TUE", "WED", "THU")),
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "grade": G(t("2", "3", "4", "5", "6")),
            "teacher_name": Y(lambda f: f.pick(["Ms. ", "Mr. ", "Mme ", "Profe "]) + last(f), "name"),
            "room": G(t("Gym", "Room 104", "Salle 12", "Aula 3")),
            "price": G(lambda f: f.money(80, 420)),
        },
    ),
    (
        "track",
        "Attendance Marked",
        rn_context,
        {
            "roster_date": G(lambda f: f.date(2025, 2025)),
            "group_id": G(lambda f: "grp_" + f.digits(4)),
            "present_count": G(lambda f: f.r.randint(5, 18)),
            "absent_count": G(lambda f: f.r.randint(0, 4)),
            "absent_camper_ids": Many(G(lambda f: "cmp_" + f.digits(7)), 3),
            "marked_by_staff_id": G(lambda f: "stf_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Lunch Ordered",
        flutter_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "menu_item": G(
                t(
                    "Turkey Sandwich",
                    "Pasta Bolognese",
                    "Croque-monsieur",
                    "Tortilla de patatas",
                    "Veggie Wrap",
                )
            ),
            "contains_nuts": G(t(True, False)),
            "allergen_flags": Many(G(t("gluten", "dairy", "egg", "soy")), 2),
            "price": G(lambda f: f.money(4, 9)),
        },
    ),
    # -- photos ------------------------------------------------------------------------------------
    (
        "track",
        "Photo Downloaded",
        swift_context,
        {
            "gallery_id": G(lambda f: "gal_" + f.digits(5)),
            "album_name": G(t("Week 2 — Canoe Trip", "Journée pyjama", "Fiesta del agua", "Color War 2025")),
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(
                lambda f: (
                    f"https://media.pinewoodcamps.com/galleries/{f.r.randint(2024, 2025)}/{f.hexid(10)}/"
                    f"IMG_{f.r.randint(1000, 9999)}.jpg"
                ),
                "photo",
            ),
            "tagged_camper_ids": Many(G(lambda f: "cmp_" + f.digits(7)), 3),
            "tagged_names": Many(Y(kid_first, "name"), 3),
            "resolution": G(t("original", "web", "thumbnail")),
            "download_source": G(t("gallery", "share_sheet", "email_digest")),
        },
    ),
    (
        "track",
        "Photo Consent Updated",
        web("/account/consents", "Consents"),
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "consent_internal": G(t(True, False)),
            "consent_social_media": G(t(True, False)),
            "consent_press": G(t(True, False)),
            "signed_by": Y(adult_name, "name"),
            "signature_ip": Y(ip_any, "ip"),
            "signed_at": G(lambda f: f.iso()),
            "consent_version": G(t("v3", "v4", "2025-01")),
        },
    ),
    (
        "track",
        "Contact Chip Tapped",
        swift_context,
        {
            "label": Y(adult_name, "name", True),
            "chip_type": G(t("counselor", "unit_head", "nurse")),
            "action": G(t("call", "message", "view")),
        },
    ),
    (
        "track",
        "Referral Sent",
        swift_context,
        {
            "referral_code": G(lambda f: "PINE-" + f.hexid(6).upper()),
            "recipient_email": Y(email, "email"),
            "recipient_name": Y(adult_name, "name"),
            "channel": G(t("email", "sms", "whatsapp", "copy_link")),
            "reward_amount": G(t(25, 50, 75)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        swift_context,
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "message_title": G(
                t(
                    "Pickup reminder",
                    "New photos from today!",
                    "Formulaire médical à compléter",
                    "Pago pendiente",
                )
            ),
            "deeplink": G(t("pinewood://photos", "pinewood://forms/medical", "pinewood://payments")),
            "received_at": G(lambda f: f.iso()),
        },
    ),
    # -- support & forms ---------------------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        web("/register/guardians", "Guardians"),
        {
            "form_id": G(t("guardian_contact", "pickup_contact")),
            "element": {
                "name": G(t("email", "mobile", "contact")),
                "type": G(t("email", "tel", "text")),
                "value": Y(lambda f: email(f) if f.r.random() < 0.5 else phone(f), "email|phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
            "autofilled": G(t(True, False)),
        },
    ),
    (
        "track",
        "Support Message Sent",
        web("/help", "Help"),
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(t("chat", "email")),
            "text": Y(
                lambda f: support_text(f),
                "phone",
                True,
            ),
            "page_section": G(t("payments", "registration", "forms")),
            "attachment_count": G(t(0, 0, 1, 2)),
        },
    ),
    (
        "track",
        "Staff Directory Searched",
        rn_context,
        {
            "q": Y(lambda f: f.pick([adult_name(f), kid_name(f), last(f)]), "name", True),
            "results": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Sign-In Code Requested",
        CONTEXTS["go"],
        {
            "email": Y(email, "email"),
            "code": RED(lambda f: f.digits(6), "token"),
            "expires_in": G(t(300, 600, 900)),
            "delivery": G(t("email", "sms")),
            "attempt": G(t(1, 2, 3)),
        },
    ),
    (
        "track",
        "Password Changed",
        kotlin_context,
        {
            "password_strength": G(t("weak", "fair", "strong", "very_strong")),
            "password_length": G(t(8, 10, 12, 16, 20)),
            "reused_password": G(t(True, False)),
            "biometric_enabled": G(t(True, False)),
            "login_attempts": G(t(1, 2, 3, 5)),
        },
    ),
    # -- staff ------------------------------------------------------------------------------------
    (
        "track",
        "Counselor Application Submitted",
        web("/careers/apply", "Join our team"),
        {
            "application_id": G(lambda f: "app_" + f.digits(6)),
            "first_name": Y(adult_first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "date_of_birth": Y(lambda f: f.date(1995, 2007), "birthdate"),
            "position_applied": G(
                t("General Counselor", "Lifeguard", "Camp Nurse", "Moniteur·trice", "Monitor de tiempo libre")
            ),
            "years_experience": G(t(0, 1, 2, 3, 5)),
            "certifications": Many(
                G(t("CPR", "Lifeguard", "Wilderness First Aid", "DAFA", "Monitor de Ocio")), 3
            ),
            "authorized_to_work_us": RED(t(True, False), "visa"),
            "requires_visa_sponsorship": RED(t(True, False), "visa"),
            "expected_hourly_rate": Y(t(15, 16.5, 18, 20, 22.5), "salary"),
            "over_18": G(t(True, False)),
            "how_heard": G(t("campus fair", "instagram", "returning staff", "indeed")),
        },
    ),
    (
        "track",
        "Background Check Initiated",
        CONTEXTS["python"],
        {
            "candidate_id": G(lambda f: f.hexid(24)),
            "report_id": G(lambda f: f.hexid(24)),
            "package": G(t("tasker_standard", "driver_pro", "childcare_plus")),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "dob": Y(lambda f: f.date(1980, 2006), "birthdate"),
            "zipcode": Y(us_zip, "zipcode"),
            "driver_license_number": Y(lambda f: f.pick(["D", "S", "K"]) + f.digits(8), "license"),
            "driver_license_state": G(t("NY", "MA", "VT", "IL")),
            "email": Y(email, "email"),
            "invitation_url": RED(
                lambda f: f"https://apply.checkr.com/invite/pinewood/{b64id(f, 12)}", "token"
            ),
            "status": G(t("pending", "invitation_sent")),
        },
    ),
    (
        "track",
        "Background Check Completed",
        CONTEXTS["python"],
        {
            "candidate_id": G(lambda f: f.hexid(24)),
            "report_id": G(lambda f: f.hexid(24)),
            "status": G(t("complete", "canceled", "pending")),
            "turnaround_hours": G(lambda f: f.r.randint(4, 240)),
            "package": G(t("tasker_standard", "driver_pro", "childcare_plus")),
        },
    ),
    (
        "track",
        "Staff Profile Updated",
        rn_context,
        {
            "staff_id": G(lambda f: "stf_" + f.digits(5)),
            "staff": {
                "first_name": Y(adult_first, "name"),
                "last_name": Y(last, "name"),
                "personal_email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
                "date_of_birth": Y(lambda f: f.date(1990, 2007), "birthdate"),
                "tshirt": G(t("S", "M", "L", "XL")),
                "first_aid_cert_number": Y(lambda f: f"FA-{f.digits(8)}", "certificate"),
                "cert_expiry": G(lambda f: f.date(2025, 2027)),
                "emergency_contact": {
                    "name": Y(adult_name, "name"),
                    "phone": Y(phone, "phone"),
                    "relationship": G(t("mother", "partner", "brother", "roommate")),
                },
                "direct_deposit": {
                    "routing_number": G(aba),
                    "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                    "account_type": G(t("checking", "savings")),
                },
                "tax_form": G(t("W-4", "TP-1015.3", "Modelo 145")),
            },
        },
    ),
    (
        "track",
        "Shift Clocked In",
        rn_context,
        {
            "staff_id": G(lambda f: "stf_" + f.digits(5)),
            "shift_id": G(lambda f: "shf_" + f.digits(6)),
            "site_id": G(lambda f: "site_" + f.digits(3)),
            "role": G(t("Senior Counselor", "Lifeguard", "Animateur", "Monitor", "Kitchen")),
            "hourly_rate": Y(t(15.0, 16.25, 17.5, 19.0, 21.75), "salary"),
            "clock_in_lat": Y(lat_near, "geolocation"),
            "clock_in_lng": Y(lon_near, "geolocation"),
            "overtime": G(t(True, False)),
        },
    ),
    # -- subsidies ---------------------------------------------------------------------------------
    (
        "track",
        "Subsidy Application Submitted",
        CONTEXTS["go"],
        {
            "application_id": G(lambda f: f.uuid()),
            "program": G(t("state_ccap", "camp_scholarship", "ymca_assist", "employer_dcap")),
            "household_size": G(t(2, 3, 4, 5, 6)),
            "household_income": Y(lambda f: f.r.randint(18000, 95000), "salary"),
            "income_verified": G(t(True, False)),
            "receives_snap": G(t(True, False)),
            "employer": G(t("Montefiore Medical Center", "Target", "City of Boston", "self-employed")),
            "job_title": G(t("Medical Assistant", "Cashier", "Bus Operator", "Hairstylist")),
            "case_worker_email": Y(
                lambda f: (
                    adult_first(f, "us").lower().translate(ASCII)
                    + "."
                    + last(f, "us").lower().translate(ASCII)
                    + "@hra.nyc.gov"
                ),
                "email",
            ),
            "parent_ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "subsidy_percent": G(t(25, 50, 75, 90)),
            "status": G(t("submitted", "under_review", "approved", "denied")),
        },
    ),
    (
        "track",
        "Tax Receipt Downloaded",
        web("/account/tax", "Tax documents"),
        {
            "tax_year": G(t(2022, 2023, 2024)),
            "provider_ein": G(t("13-4051728", "04-2103594", "36-2167817")),
            "amount_paid": G(lambda f: f.money(300, 9000)),
            "dependent_care_fsa": G(t(True, False)),
            "format": G(t("pdf", "csv", "html")),
        },
    ),
    # -- Québec backend (French keys) --------------------------------------------------------------
    (
        "track",
        "Inscription complétée",
        CONTEXTS["java"],
        {
            "no_inscription": G(lambda f: f"INS-{f.digits(6)}"),
            "prenom_enfant": Y(lambda f: kid_first(f, "qc"), "name"),
            "nom_enfant": Y(lambda f: last(f, "qc"), "name"),
            "date_naissance_enfant": Y(kid_dob, "birthdate"),
            "numero_assurance_maladie": RED(ramq, "health id"),
            "prenom_parent": Y(lambda f: adult_first(f, "qc"), "name"),
            "nom_parent": Y(lambda f: last(f, "qc"), "name"),
            "courriel_parent": Y(lambda f: email(f, "qc"), "email"),
            "telephone_cellulaire": Y(qc_phone, "phone"),
            "adresse": Y(qc_street, "address|street"),
            "ville": Y(lambda f: city(f, "qc"), "city"),
            "code_postal": Y(qc_postal, "zipcode"),
            "province": G(t("QC")),
            "langue_communication": G(t("fr", "en")),
            "programme": G(t("Camp de jour", "Service de garde", "Camp spécialisé sciences")),
            "groupe": G(t("Les Castors", "Les Hiboux", "Les Renards", "Les Loutres")),
            "semaine": G(t(1, 2, 3, 5, 8)),
            "moniteur": Y(lambda f: adult_first(f, "qc"), "name"),
            "allergies": Many(Y(t("arachides", "noix", "fruits de mer", "œufs", "lactose"), "allergy"), 2),
            "medicaments": Many(Y(t("Ventolin", "Concerta 18 mg", "Réactine", "EpiPen Jr"), "medication"), 2),
            "autorisation_photo": G(t(True, False)),
            "rabais_fratrie": G(lambda f: f.money(0, 120)),
            "montant_total": G(lambda f: f.money(150, 1800)),
        },
    ),
    (
        "track",
        "Relevé 24 émis",
        CONTEXTS["java"],
        {
            "numero_releve": G(lambda f: f.digits(9)),
            "annee_fiscale": G(t(2022, 2023, 2024)),
            "nom_beneficiaire": Y(lambda f: adult_name(f, "qc"), "name"),
            "nas_beneficiaire": RED(sin, "national id|social security number"),
            "adresse_beneficiaire": Y(
                lambda f: f"{qc_street(f)}, {city(f, 'qc')} QC {qc_postal(f)}", "address"
            ),
            "montant_admissible": G(lambda f: f.money(200, 6000)),
            "nb_jours_garde": G(lambda f: f.r.randint(5, 60)),
            "no_entreprise_neq": G(t("1143526789", "1170012345", "1162233445")),
        },
    ),
    (
        "track",
        "Employé embauché",
        CONTEXTS["java"],
        {
            "matricule": G(lambda f: f.digits(6)),
            "nas": RED(sin, "national id|social security number"),
            "poste": G(t("Animateur", "Animatrice", "Coordonnateur", "Sauveteur")),
            "taux_horaire": Y(t(15.75, 16.5, 17.25, 18.0), "salary"),
            "syndicat": Y(t("CSN", "FTQ", "CSQ", "aucun"), "trade union"),
            "date_embauche": G(lambda f: f.date(2024, 2025)),
            "institution_bancaire": G(t("815", "006", "003")),
            "transit": G(lambda f: f.digits(5)),
            "numero_compte": RED(lambda f: f.digits(7), "bank account"),
        },
    ),
    # -- Spanish backend (Spanish keys) ------------------------------------------------------------
    (
        "track",
        "Inscripción Realizada",
        CONTEXTS["php"],
        {
            "id_inscripcion": G(lambda f: f.digits(7)),
            "nombre_menor": Y(lambda f: kid_first(f, "es"), "name"),
            "apellidos_menor": Y(lambda f: last(f, "es"), "name"),
            "fecha_nacimiento_menor": Y(lambda f: "/".join(reversed(kid_dob(f).split("-"))), "birthdate"),
            "nombre_tutor": Y(lambda f: adult_name(f, "es"), "name"),
            "dni_tutor": RED(lambda f: dni(f) if f.r.random() < 0.75 else nie(f), "national id"),
            "telefono_movil": Y(es_phone, "phone"),
            "correo_electronico": Y(lambda f: email(f, "es"), "email"),
            "direccion": Y(es_street, "address|street"),
            "codigo_postal": Y(es_cp, "zipcode"),
            "municipio": Y(lambda f: city(f, "es"), "city"),
            "provincia": G(lambda f: f.pick(ES_PROV)),
            "colegio": G(
                t(
                    "CEIP Miguel de Cervantes",
                    "Escola Sant Gervasi",
                    "Colegio Nuestra Señora del Pilar",
                    "IES Ramiro de Maeztu",
                )
            ),
            "curso": G(t("2º Primaria", "4º Primaria", "6º Primaria", "1º ESO")),
            "turno": G(t("mañana", "tarde", "jornada completa")),
            "tarjeta_sanitaria": RED(tsi, "health id"),
            "alergias": Many(Y(t("frutos secos", "marisco", "polen", "penicilina"), "allergy"), 2),
            "intolerancias": Many(Y(t("lactosa", "gluten", "fructosa"), "allergy|condition"), 2),
            "autoriza_imagenes": G(t(True, False)),
            "autoriza_salida_solo": G(t(True, False)),
            "familia_numerosa": G(t(True, False)),
            "num_titulo_familia_numerosa": Y(
                lambda f: f"{f.pick(['28', '08', '46'])}/{f.digits(6)}/{f.r.randint(2015, 2024)}",
                "identification",
            ),
            "importe": G(lambda f: f.money(90, 1400)),
            "descuento_hermanos": G(t(0, 10, 15)),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        CONTEXTS["php"],
        {
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "account_holder_name": Y(lambda f: adult_name(f, "es"), "name"),
            "bic": G(t("CAIXESBBXXX", "BBVAESMMXXX", "BSCHESMMXXX", "INGDESMMXXX")),
            "mandate_reference": G(lambda f: f"PINE-ES-{f.digits(8)}"),
            "signed_at": G(lambda f: f.iso()),
            "sequence_type": G(t("RCUR", "OOFF", "FRST")),
        },
    ),
    (
        "track",
        "Formulario de Contacto Enviado",
        CONTEXTS["php"],
        {
            "your-name": Y(lambda f: adult_name(f, "es"), "name"),
            "your-email": Y(lambda f: email(f, "es"), "email"),
            "your-phone": Y(es_phone, "phone"),
            "your-message": G(
                t(
                    "¿Quedan plazas para la primera quincena de julio?",
                    "¿Hay autobús desde Pozuelo?",
                    "Quisiera información sobre el campamento de inglés.",
                    "¿Ofrecéis servicio de acogida a las 8?",
                )
            ),
            "menu-campamento": G(t("Inglés Gredos", "Multiaventura Pirineo", "Urbano Madrid")),
            "edad-hijo": G(t("7", "9", "11", "13")),
            "acceptance-privacy": G(t("1")),
        },
    ),
    # -- vendor-shaped ----------------------------------------------------------------------------
    (
        "track",
        "Charge Succeeded",
        CONTEXTS["node"],
        {
            "type": G(t("charge.succeeded")),
            "livemode": G(t(True)),
            "data": {
                "object": {
                    "id": G(lambda f: stripe_id(f, "ch_")),
                    "object": G(t("charge")),
                    "amount": G(lambda f: f.r.randint(5000, 480000)),
                    "currency": G(t("usd", "cad", "eur")),
                    "customer": G(
                        lambda f: (
                            "cus_"
                            + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(14))
                        )
                    ),
                    "payment_method": RED(pm, "token"),
                    "receipt_email": Y(email, "email"),
                    "description": G(
                        t(
                            "Camp Pinewood — Week 3 deposit",
                            "Inscription camp de jour été",
                            "Campamento Inglés — 2ª quincena",
                        )
                    ),
                    "billing_details": {
                        "name": Y(adult_name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": address_block("stripe"),
                    },
                    "payment_method_details": {
                        "type": G(t("card")),
                        "card": {
                            "brand": G(t("visa", "mastercard", "amex")),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(t("US", "CA", "ES")),
                            "funding": G(t("credit", "debit")),
                        },
                    },
                    "metadata": {
                        "camper_id": G(lambda f: "cmp_" + f.digits(7)),
                        "session_sku": G(session_sku),
                        "camper_name": Y(kid_name, "name"),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        CONTEXTS["go"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(
                lambda f: f.pick(
                    [f"+1{f.pick([617, 212, 514, 438])}{f.r.randint(2000000, 9999999)}", f"+346{f.digits(8)}"]
                ),
                "phone",
                True,
            ),
            "To": G(t("+18025550142", "+15145550177", "+34910555012")),
            "Body": G(t("YES", "STOP", "Oui", "Sí", "C", "Confirmed", "HELP")),
            "FromCountry": G(t("US", "CA", "ES")),
            "NumMedia": G(t("0", "0", "1")),
            "SmsStatus": G(t("received")),
        },
    ),
    (
        "track",
        "Email Event",
        CONTEXTS["python"],
        {
            "email": Y(email, "email"),
            "event": G(t("delivered", "open", "click", "bounce", "unsubscribe")),
            "sg_event_id": G(lambda f: b64id(f, 16)),
            "sg_message_id": G(lambda f: f"{b64id(f, 16)}.filterdrecv-{f.r.randint(5, 9)}-{f.hexid(6)}"),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@pinewoodcamps.com>"),
            "ip": Y(ip_any, "ip"),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "category": Many(G(t("pickup_reminder", "newsletter", "receipt", "forms_due")), 2),
            "url": G(
                t(
                    "https://families.pinewoodcamps.com/forms",
                    "https://families.pinewoodcamps.com/photos",
                    "https://pinewoodcamps.com/es/verano",
                )
            ),
            "asm_group_id": G(t(1042, 1043, 1088)),
            "from_address": G(
                t("no-reply@pinewoodcamps.com", "inscriptions@pinewoodcamps.ca", "hola@pinewoodcamps.es")
            ),
        },
    ),
    (
        "track",
        "Registration Form Response",
        CONTEXTS["node"],
        {
            "event_id": G(lambda f: b64id(f, 9)),
            "form_response": {
                "form_id": G(t("kT3xQp", "Rf9LzA", "mN2vWc")),
                "token": G(
                    lambda f: "".join(f.r.choice(string.ascii_lowercase + string.digits) for _ in range(32))
                ),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {
                    "utm_source": G(t("instagram", "newsletter", "google")),
                    "family_id": G(lambda f: "hh_" + f.digits(7)),
                },
                "answers": Seq(
                    ans("text", "child_first_name", Y(kid_first, "name", True)),
                    ans("text", "child_last_name", Y(last, "name", True)),
                    ans("text", "guardian_full_name", Y(adult_name, "name", True)),
                    ans("email", "guardian_email", Y(email, "email")),
                    ans(
                        "phone_number",
                        "guardian_phone",
                        Y(
                            lambda f: "+1" + f.digits(10) if f.r.random() < 0.7 else "+346" + f.digits(8),
                            "phone",
                        ),
                    ),
                    ans("number", "child_age", G(t(6, 8, 9, 11, 12))),
                    ans("boolean", "photo_consent", G(t(True, False))),
                    ans(
                        "choice",
                        "swim_level",
                        {"label": G(t("Beginner", "Intermediate", "Advanced", "Can't swim yet"))},
                    ),
                ),
            },
        },
    ),
    (
        "track",
        "Invoice Paid",
        CONTEXTS["dotnet"],
        {
            "Invoice": {
                "Id": G(lambda f: f.digits(4)),
                "DocNumber": G(lambda f: f"PW-{f.digits(5)}"),
                "TxnDate": G(lambda f: f.date(2024, 2025)),
                "TotalAmt": G(lambda f: f.money(100, 4000)),
                "Balance": G(lambda f: f.money(0, 500)),
                "CustomerRef": {"value": G(lambda f: f.digits(3)), "name": Y(adult_name, "name")},
                "BillEmail": {"Address": Y(email, "email")},
                "BillAddr": {
                    "Line1": Y(street, "address|street"),
                    "City": Y(city, "city"),
                    "CountrySubDivisionCode": G(t("NY", "QC", "MA")),
                    "PostalCode": Y(postal, "zipcode"),
                },
            }
        },
    ),
    (
        "track",
        "ACH Account Linked",
        CONTEXTS["ruby"],
        {
            "institution_name": G(t("Chase", "Bank of America", "Citizens Bank", "TD Bank")),
            "routing_number": G(aba),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_mask": G(lambda f: f.digits(4)),
            "account_holder_name": Y(lambda f: adult_name(f, "us"), "name"),
            "account_type": G(t("checking", "savings")),
            "link_session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Ad Conversion Sent",
        CONTEXTS["node"],
        {
            "event_name": G(t("Purchase", "CompleteRegistration", "Lead")),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(t("website")),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "client_ip_address": Y(ip_any, "ip"),
            "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            "value": G(lambda f: f.money(100, 4000)),
            "currency": G(t("USD", "CAD", "EUR")),
        },
    ),
    (
        "track",
        "Bus Route Assigned",
        CONTEXTS["python"],
        {
            "route_id": G(lambda f: "rt_" + f.digits(3)),
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "stop_id": G(lambda f: "stp_" + f.digits(4)),
            "stop_name": G(
                t(
                    "Maple Ave & 3rd St",
                    "Métro Jean-Talon",
                    "Plaza de Castilla (dársena 4)",
                    "Newton Centre T stop",
                )
            ),
            "pickup_time": G(t("07:45", "08:05", "08:20", "07:30")),
            "driver_name": Y(adult_name, "name"),
            "bus_number": G(t("12", "7B", "Autocar 3", "21")),
            "rider_count": G(lambda f: f.r.randint(8, 52)),
        },
    ),
    (
        "track",
        "Parent Survey Submitted",
        web("/survey/end-of-season", "End of season survey"),
        {
            "survey_id": G(lambda f: "srv_" + f.digits(4)),
            "nps_score": G(lambda f: f.r.randint(0, 10)),
            "would_recommend": G(t(True, False)),
            "favorite_activity": G(t("swimming", "archery", "arts_and_crafts", "campfire", "robotics")),
            "comments": G(
                t(
                    "Counselors were amazing this year!",
                    "Pickup line was too slow.",
                    "More shade at the pool please.",
                    "Mi hijo quiere repetir.",
                    "",
                )
            ),
            "follow_up_ok": G(t(True, False)),
            "respondent_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Canteen Purchase",
        flutter_context,
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "items": Many(
                {
                    "sku": G(lambda f: f"CNT-{f.r.randint(100, 999)}"),
                    "name": G(
                        t(
                            "Freeze pop",
                            "Camp T-shirt",
                            "Water bottle",
                            "Friendship bracelet kit",
                            "Granola bar",
                        )
                    ),
                    "price": G(lambda f: f.money(1, 25)),
                    "quantity": G(t(1, 2, 3)),
                },
                3,
            ),
            "wallet_balance": G(lambda f: f.money(0, 60)),
            "daily_limit_reached": G(t(True, False)),
        },
    ),
    (
        "track",
        "Session Transfer Requested",
        CONTEXTS["ruby"],
        {
            "from_session_id": G(lambda f: f"ses_{f.digits(6)}"),
            "to_session_id": G(lambda f: f"ses_{f.digits(6)}"),
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "reason": G(
                t("schedule_conflict", "friend_in_other_week", "family_vacation", "medical_withdrawal")
            ),
            "transfer_fee": G(t(0, 25, 50)),
            "requested_by_name": Y(adult_name, "name"),
        },
    ),
    (
        "track",
        "Late Pickup Alert Sent",
        CONTEXTS["go"],
        {
            "camper_id": G(lambda f: "cmp_" + f.digits(7)),
            "sent_to": Y(
                lambda f: f"+1{f.pick([617, 212, 514, 438, 802])}{f.r.randint(2000000, 9999999)}",
                "phone",
                True,
            ),
            "minutes_late": G(lambda f: f.r.randint(5, 45)),
            "template_id": G(t("late_pickup_en", "retard_fr", "retraso_es")),
            "channel": G(t("sms", "voice")),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        rn_context,
        {
            "item_description": G(
                t("blue water bottle", "grey hoodie size YM", "left swim goggle", "lunch box with dinosaurs")
            ),
            "found_location": G(t("waterfront", "dining hall", "bus 7B", "art shed")),
            "owner_name": Y(kid_name, "name"),
            "claimed": G(t(True, False)),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        web("/camps/session", "Session detail"),
        {
            "session_id": G(lambda f: f"ses_{f.digits(6)}"),
            "position": G(lambda f: f.r.randint(1, 40)),
            "notify_via": G(t("email", "sms", "push")),
            "camper_age": G(t(6, 7, 9, 10, 12, 14)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, context, body in EVENTS:
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(8),
            }
            if event:
                msg["event"] = event
            if kind == "group":
                msg["groupId"] = "hh_" + f.digits(7)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind == "screen":
                msg["name"] = f.pick(["Schedule", "Photos", "Forms", "Payments"])
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif body:
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(context(f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=305, repeats=34)
    write(Path(__file__).parent, "holdout305_", events, labels)
