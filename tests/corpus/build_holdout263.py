"""Writes holdout263: tests/corpus/holdout263_events.jsonl and holdout263_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the labelling
policy alone, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events. It is for scoring the engine on
events it has never seen; nothing may be tuned against it.

Domain: a physiotherapy and sports-rehabilitation clinic chain ("Motio Physio") with a
home-exercise app, in Ireland, Germany and Colombia. Covered: patient identify calls (web, iOS,
Android, a warehouse reverse-ETL sync in SCREAMING_SNAKE keys, a German backend with German keys,
a Colombian backend with Spanish keys), intake and medical history (injuries, pain scores,
surgeries, conditions, medications, allergies, red-flag screening), a symptom-checker bot,
booking, waitlist, SMS and e-mail reminders, check-in, therapists' SOAP session notes and outcome
measures, GP discharge letters, exercise programmes, video completion, form-check uploads,
wearable range-of-motion sync, in-app messages, telehealth, GP and insurer referrals, Irish
private insurers, German statutory and private Krankenversicherung (Heilmittelverordnung), the
Colombian EPS, pre-authorisations, .NET invoices in PascalCase, co-payments (Stripe, SEPA, PSE),
refunds, a shop (analytics.js e-commerce spec and a WooCommerce/PHP server), gift vouchers,
practice-management webhooks, staff identify, rosters and onboarding, sign-in codes and links,
Facebook Conversions API and ad-click ids, group and alias calls. Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, the Flutter library and the python,
node, go, java, ruby, php and .NET server libraries (context.ip, context.traits, device, app,
library, locale, userAgent, campaign, location, externalIds).

Conventions: mostly camelCase and snake_case English keys; about a sixth in other conventions:
PascalCase (.NET invoicing and timesheets), kebab-case (a waitlist widget, a webform), SCREAMING_SNAKE
(reverse ETL), German keys (Versicherung, Rezept, Termin) and Spanish keys (afiliación, PSE).
Values are generated per country (Irish, German and Colombian names, phone formats, Eircodes,
PLZ, Colombian addresses) with valid check digits where real ids have them: PPSN (mod 23 check
letter), German Krankenversichertennummer (Luhn-style check digit), IBANs (mod 97), cards (Luhn).

Labelling rules (the product's default colours; the contested-case policy as given):
- PII is data about a natural person: the patient, a dependant, an emergency contact, a
  policy holder, a referring GP, a staff member. Colour is the reference matcher's default;
  outside the reference: red for credentials, secrets, card numbers, bank accounts, government
  and health ids; yellow for geolocation and advertising ids.
- Health data: anything that describes the patient's body, symptoms, injuries or treatment is
  health data: injury region, pain scores, symptom duration, outcome-measure scores, range of
  motion degrees, red-flag booleans, smoker/diabetic/pregnant flags and triage outcomes are
  yellow `condition`; diagnoses and ICD-10 / CIE-10 codes are `diagnosis`; surgeries, treatment
  interventions recorded for a patient and planned treatment are `procedure`; drugs and
  prescription numbers are `medication`; allergies `allergy`; a wheelchair flag is red
  `disability`. Administrative facts around care are green: services sold and booked
  ("Einzelbehandlung 30 Min", "Sports Massage"), programme and exercise names, reps, sets,
  completion percentages, video watch time, visit counts, measure names, form ids.
- Health ids (red `health id`): hospital MRNs, the Irish medical (GMS) card number and the German
  statutory Krankenversichertennummer on the eGK health card. An insurer's policy or member
  number (VHI, Laya, a PKV Versicherungsnummer, a Colombian EPS affiliate number) is yellow
  `identification`. Our own patient ids (UUIDs, Cliniko-style numeric ids, the app's user id)
  are green like any user id; a field named MRN / chart number is red.
- Government ids (PPSN, cédula, cédula de extranjería) red `national id`; passports red
  `passport`; right-to-work answers and permission stamps red `visa`.
- Honorifics that reveal gender (Mr, Ms, Mrs, Frau, Herr) are yellow `gender`; academic titles
  (Dr., Prof.) are green.
- Business data is green: clinic names, addresses, Eircodes, phones, role mailboxes and
  coordinates; a GP practice's name and phone; insurers' names and institution codes; company
  names in group calls; Twilio sender numbers; no-reply senders; Message-IDs.
- Hashes: a sha256 of an e-mail or phone (Facebook CAPI `em`, `ph`) stays PII of that type; a hash
  of our own user id is green.
- Presigned document URLs and telehealth join links carry a bearer credential: red
  `secret`/`token`, value_only (the key says "url").
- value_only is true when the key does not say what the value is (`value`, `q`, `to`, `body`,
  `text`, `input`, SOAP `subjective`...). Every value of a value_only PII path carries that PII;
  free text whose values carry none is green.
- Where a case was undecided, the rule chosen is what a careful privacy owner at a mid-size
  health company would flag: patient-recorded videos and photos are yellow `photo`; a wearable
  sensor's serial number and MAC, loaned to a patient, are `serial` and `mac`; a username whose
  values are e-mail addresses or handles is yellow `email|name`.
"""

import hashlib
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, per country ----------------------------------------------------------------------------

NAMES = {
    "IE": {
        "f": [
            "Aoife",
            "Siobhán",
            "Niamh",
            "Róisín",
            "Saoirse",
            "Gráinne",
            "Ciara",
            "Maeve",
            "Agnieszka",
            "Chiamaka",
        ],
        "m": ["Ciarán", "Oisín", "Pádraig", "Cian", "Eoin", "Darragh", "Seán", "Tadhg", "Rahul", "Tomasz"],
        "last": [
            "Murphy",
            "Kelly",
            "Byrne",
            "O'Sullivan",
            "Ní Bhriain",
            "Ó Conaill",
            "McCarthy",
            "Walsh",
            "Fitzgerald",
            "Mac Giolla Phádraig",
            "Kowalczyk",
            "Okonkwo",
            "Nair",
        ],
    },
    "DE": {
        "f": [
            "Mia",
            "Anneliese",
            "Leonie",
            "Hannelore",
            "Svenja",
            "Katarzyna",
            "Elif",
            "Jana",
            "Lea",
            "Amira",
        ],
        "m": [
            "Lukas",
            "Jürgen",
            "Emre",
            "Yusuf",
            "Maximilian",
            "Dragan",
            "Björn",
            "Karl-Heinz",
            "Finn",
            "Mehmet",
        ],
        "last": [
            "Müller",
            "Schmidt",
            "Weiß",
            "Öztürk",
            "Nowak",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Krüger",
            "Y\u0131lmaz",
            "Meißner",
            "von Dohnanyi",
            "Al-Hassan",
        ],
    },
    "CO": {
        "f": [
            "María José",
            "Luz Marina",
            "Valentina",
            "Leidy Johana",
            "Daniela",
            "Ana Lucía",
            "Yuliana",
            "Sara",
        ],
        "m": [
            "Juan Camilo",
            "Andrés Felipe",
            "Santiago",
            "Yeison",
            "Jhon Fredy",
            "Sebastián",
            "Carlos",
            "Esteban",
        ],
        "last": [
            "García",
            "Restrepo",
            "Rodríguez",
            "Gómez",
            "Martínez",
            "Ospina",
            "Valencia",
            "Mosquera",
            "Cárdenas",
            "Zapata",
            "Londoño",
            "Hernández",
            "Palacios",
        ],
    },
}
STAFF_FIRST = [
    "Maricel",
    "Thiago",
    "Wei",
    "Fatou",
    "Kenji",
    "Olumide",
    "Anjali",
    "Jomar",
    "Larissa",
    "Conor",
    "Jonas",
]
STAFF_LAST = [
    "Dela Cruz",
    "Oliveira",
    "Zhang",
    "Diallo",
    "Watanabe",
    "Adeyemi",
    "Sharma",
    "Santos",
    "Brennan",
    "Vogel",
]
MAIL = {
    "IE": ["gmail.com", "outlook.ie", "hotmail.com", "icloud.com", "eircom.net"],
    "DE": ["web.de", "gmx.de", "gmail.com", "t-online.de", "posteo.de"],
    "CO": ["gmail.com", "hotmail.com", "yahoo.com.co", "outlook.com", "une.net.co"],
}
STREETS = {
    "IE": [
        "Ranelagh Road",
        "Leinster Road",
        "Summerhill Parade",
        "Patrick Street",
        "Salthill Road",
        "O'Connell Avenue",
    ],
    "DE": [
        "Leopoldstraße",
        "Schönhauser Allee",
        "Türkenstraße",
        "Venloer Straße",
        "Am Kupfergraben",
        "Eppendorfer Weg",
    ],
    "CO": ["Calle 85", "Carrera 43A", "Calle 10 Sur", "Transversal 6", "Carrera 7", "Diagonal 40"],
}
CITIES = {
    "IE": ["Dublin 6", "Dublin 8", "Cork", "Galway", "Limerick", "Bray", "Swords"],
    "DE": ["München", "Berlin", "Köln", "Hamburg", "Nürnberg", "Leipzig"],
    "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla", "Envigado", "Bucaramanga"],
}
CLINICS = {
    "IE": [
        ("cl_ie_01", "Motio Physio Ranelagh", "Dublin", "01 497 2210", "D06 E9K2"),
        ("cl_ie_02", "Motio Physio Cork City", "Cork", "021 427 8830", "T12 P2C6"),
    ],
    "DE": [
        ("cl_de_01", "Motio Physio München-Schwabing", "München", "+49 89 2154 8870", "80802"),
        ("cl_de_02", "Motio Physio Berlin Mitte", "Berlin", "+49 30 2809 4410", "10117"),
    ],
    "CO": [
        ("cl_co_01", "Motio Fisioterapia Chapinero", "Bogotá", "+57 601 745 2290", "110231"),
        ("cl_co_02", "Motio Fisioterapia El Poblado", "Medellín", "+57 604 444 1870", "050021"),
    ],
}
LOCALE = {
    "IE": ["en-IE", "en-GB", "ga-IE"],
    "DE": ["de-DE", "de-AT", "en-DE"],
    "CO": ["es-CO", "es-419", "es-US"],
}
TZ = {"IE": "Europe/Dublin", "DE": "Europe/Berlin", "CO": "America/Bogota"}
CURRENCY = {"IE": "EUR", "DE": "EUR", "CO": "COP"}
INSURERS = {
    "IE": ["VHI Healthcare", "Laya Healthcare", "Irish Life Health", "Level Health"],
    "DE": ["Techniker Krankenkasse", "AOK Bayern", "BARMER", "DAK-Gesundheit", "Debeka (PKV)", "Allianz PKV"],
    "CO": ["EPS Sura", "Sanitas EPS", "Nueva EPS", "Compensar EPS", "Salud Total EPS"],
}
REGION = {
    "IE": ["knee", "lower back", "shoulder", "ankle", "neck", "hip", "Achilles", "hamstring"],
    "DE": ["Knie", "Lendenwirbelsäule", "Schulter", "Sprunggelenk", "Nacken", "Hüfte"],
    "CO": ["rodilla", "zona lumbar", "hombro", "tobillo", "cuello", "cadera"],
}
DIAGNOSES = {
    "IE": [
        "Patellofemoral pain syndrome, L knee",
        "Post-op ACL reconstruction (hamstring graft), week 8",
        "Lateral epicondylalgia R elbow",
        "Chronic non-specific low back pain",
        "Rotator cuff related shoulder pain, R",
        "Grade II lateral ankle sprain, L",
        "Mid-portion Achilles tendinopathy",
        "Cervical radiculopathy C6",
    ],
    "DE": [
        "Z.n. VKB-Plastik re. Knie, 8. Woche",
        "Lumbago, chronisch",
        "Impingement-Syndrom li. Schulter",
        "Gonarthrose bds., Grad II",
        "Supinationstrauma OSG re.",
        "HWS-Syndrom mit Ausstrahlung li. Arm",
    ],
    "CO": [
        "Esguince de tobillo grado II, izquierdo",
        "Lumbalgia mecánica crónica",
        "Tendinopatía del manguito rotador derecho",
        "Postoperatorio de reconstrucción de LCA, semana 6",
        "Síndrome patelofemoral bilateral",
        "Cervicalgia con radiculopatía C6",
    ],
}
ICD10 = ["M22.2", "S83.5", "M77.1", "M54.5", "M75.1", "S93.4", "M76.6", "M54.1", "M17.0", "M25.56"]
PROCEDURES = [
    "ACL reconstruction",
    "Arthroscopic meniscectomy",
    "Total hip replacement",
    "Rotator cuff repair",
    "Lumbar discectomy L4/5",
    "Carpal tunnel release",
    "Ankle ORIF",
    "Appendectomy",
]
TREATMENTS = [
    "manual therapy",
    "dry needling",
    "soft tissue massage",
    "kinesio taping",
    "shockwave",
    "joint mobilisation",
    "IASTM",
    "TENS",
]
MEDS = [
    "ibuprofen 400mg",
    "naproxen",
    "paracetamol",
    "Diclofenac gel",
    "pregabalin",
    "Metamizol",
    "Acetaminofén",
    "Tramadol",
    "amitriptyline 10mg",
    "Ibuprofeno",
]
ALLERGIES = [
    "penicillin",
    "latex",
    "none known",
    "adhesive tape",
    "NSAIDs",
    "kinesio tape adhesive",
    "codeine",
]
CONDITIONS = [
    "asthma",
    "type 2 diabetes",
    "hypertension",
    "osteoporosis",
    "rheumatoid arthritis",
    "hypothyroidism",
    "migraine",
    "depression",
]
EXERCISES = [
    ("ex_0112", "Bridge"),
    ("ex_0145", "Clamshell"),
    ("ex_0201", "Single-leg squat"),
    ("ex_0233", "Eccentric calf raise"),
    ("ex_0310", "Banded external rotation"),
    ("ex_0350", "Cat-camel"),
    ("ex_0388", "Wall slide"),
    ("ex_0402", "Step-down"),
    ("ex_0417", "Dead bug"),
]
PROGRAMMES = [
    "Foundations",
    "Return to Run",
    "Mobility Basics",
    "Strength Block B",
    "Desk Reset",
    "Post-op Phase 2",
]
SHOP = [
    ("sku_RB-LT-GRN", "Resistance Band Light", "TheraBand", "Bands", 12.0),
    ("sku_FR-45", "Foam Roller 45cm", "Blackroll", "Recovery", 34.9),
    ("sku_KT-BLK", "Kinesiology Tape Black", "KT Tape", "Taping", 14.5),
    ("sku_KS-M", "Knee Support M", "Bauerfeind", "Supports", 89.0),
    ("sku_MB-2", "Massage Ball Duo", "Blackroll", "Recovery", 16.0),
    ("sku_LB-PIL", "Lumbar Pillow", "Motio", "Posture", 39.0),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]

EIRCODE_KEYS = ["D02", "D04", "D06", "D6W", "D08", "T12", "T23", "H91", "V94", "A94", "K67", "A98"]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚñÑüÜöÖäÄßçğıİşŞ'", "aeiouAEIOUnNuUoOaAscgiIsS ")
    return s.translate(table).replace(" ", "")


class H(Fake):
    """Fake plus the countries, people and ids of this domain; one subject person per message."""

    def begin(self, cc: str) -> None:
        self.cc = cc
        self._p: dict | None = None

    # -- people
    def given(self, cc=None, sex=None):
        cc = cc or self.cc
        sex = sex or self.pick(["f", "m"])
        return self.pick(NAMES[cc][sex])

    def surname(self, cc=None):
        cc = cc or self.cc
        if cc == "CO":
            a, b = self.r.sample(NAMES["CO"]["last"], 2)
            return f"{a} {b}"
        return self.pick(NAMES[cc]["last"])

    def person_name(self, cc=None):
        return f"{self.given(cc)} {self.surname(cc)}"

    def staff_name(self):
        if self.r.random() < 0.5:
            return self.person_name()
        return f"{self.pick(STAFF_FIRST)} {self.pick(STAFF_LAST)}"

    def mail_for(self, first, last, cc=None):
        cc = cc or self.cc
        first = ascii_fold(first.split()[0]).lower()
        last = ascii_fold(last.split()[0]).lower()
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}",
                f"{first[:1]}{last}",
                f"{first}_{last}{self.r.randint(1, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL[cc])}"

    def email_any(self):
        return self.mail_for(self.given(), self.surname())

    @property
    def p(self) -> dict:
        if self._p is None:
            sex = self.pick(["f", "m"])
            first, last = self.given(sex=sex), self.surname()
            self._p = {
                "sex": sex,
                "first": first,
                "last": last,
                "email": self.mail_for(first, last),
                "phone": self.mobile(),
                "dob": (self.r.randint(1948, 2008), self.r.randint(1, 12), self.r.randint(1, 28)),
            }
        return self._p

    def dob(self, style="iso"):
        y, m, d = self.p["dob"]
        if style == "de":
            return f"{d:02d}.{m:02d}.{y}"
        if style == "co":
            return f"{d:02d}/{m:02d}/{y}"
        return f"{y}-{m:02d}-{d:02d}"

    def any_dob(self):
        return f"{self.r.randint(1940, 2012)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def mobile(self, cc=None):
        cc = cc or self.cc
        d = self.digits
        if cc == "IE":
            pre = self.pick(["83", "85", "86", "87", "89"])
            n = d(7)
            return self.pick(
                [f"+353 {pre} {n[:3]} {n[3:]}", f"0{pre} {n[:3]} {n[3:]}", f"+353{pre}{n}", f"0{pre}-{n}"]
            )
        if cc == "DE":
            pre = self.pick(["151", "152", "160", "170", "176", "157"])
            n = d(8)
            return self.pick([f"+49 {pre} {n}", f"0{pre} {n[:4]} {n[4:]}", f"+49{pre}{n}", f"0{pre}/{n}"])
        pre = self.pick(["300", "301", "310", "313", "316", "320", "350"])
        n = d(7)
        return self.pick(
            [f"+57 {pre} {n[:3]} {n[3:]}", f"{pre}{n}", f"+57{pre}{n}", f"({pre}) {n[:3]}-{n[3:]}"]
        )

    def street_addr(self, cc=None):
        cc = cc or self.cc
        s = self.pick(STREETS[cc])
        if cc == "IE":
            return self.pick(
                [f"{self.r.randint(1, 180)} {s}", f"Apt {self.r.randint(1, 40)}, {self.r.randint(1, 90)} {s}"]
            )
        if cc == "DE":
            return f"{s} {self.r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}"
        unit = self.pick(["", " Apto 502", " Int 3", " Torre 2 Apto 1104"])
        return f"{s} # {self.r.randint(1, 120)}-{self.r.randint(1, 99)}{unit}"

    def city_of(self, cc=None):
        return self.pick(CITIES[cc or self.cc])

    def postcode(self, cc=None):
        cc = cc or self.cc
        if cc == "IE":
            return (
                self.pick(EIRCODE_KEYS)
                + " "
                + self.pick("ACDEFHKNPRTVWXY")
                + "".join(self.pick(EIRCODE_CHARS) for _ in range(3))
            )
        if cc == "DE":
            return f"{self.r.randint(1067, 99998):05d}"
        return self.pick(["110", "050", "760", "080", "055", "680"]) + f"{self.r.randint(1, 999):03d}"

    # -- ids with their real check digits
    def ppsn(self):
        digits = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(dg * (8 - i) for i, dg in enumerate(digits))
        second = self.pick(["", "", "A", "W"])
        if second == "A":
            total += 9 * 1
        check = total % 23
        letter = "W" if check == 0 else chr(64 + check)
        return "".join(map(str, digits)) + letter + second

    def kvnr(self):
        letter = self.pick(string.ascii_uppercase)
        body = [self.r.randint(0, 9) for _ in range(8)]
        lv = ord(letter) - 64
        seq = [lv // 10, lv % 10, *body]
        total = 0
        for i, dg in enumerate(seq):
            prod = dg * (1 if i % 2 == 0 else 2)
            total += prod // 10 + prod % 10
        return letter + "".join(map(str, body)) + str(total % 10)

    def cedula(self):
        return self.pick([self.digits(10), self.digits(8), "1" + self.digits(9), self.digits(7)])

    def iban_of(self, cc):
        if cc == "IE":
            bank = self.pick([("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")])
            bban = bank[0] + bank[1] + self.digits(4) + self.digits(8)
        elif cc == "DE":
            return self.iban("DE")
        else:
            return self.iban(self.pick(["ES", "FR"]))
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def ip_any(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def clinic(self):
        return self.pick(CLINICS[self.cc])

    def money_local(self, lo=20, hi=120):
        if self.cc == "CO":
            return self.r.randint(lo, hi) * 1000
        return round(self.r.uniform(lo, hi), 2)

    def sha(self, s: str) -> str:
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()


def by_cc(**values):
    return lambda f: f.pick(values[f.cc]) if isinstance(values[f.cc], list) else values[f.cc]


# -- contexts of the client libraries --------------------------------------------------------------

PAGES = [
    ("/", "Motio Physio | Physiotherapy & Sports Rehab"),
    ("/book", "Book an appointment | Motio"),
    ("/clinics/ranelagh", "Ranelagh Clinic | Motio Physio"),
    ("/shop/recovery", "Recovery | Motio Shop"),
    ("/de/termin", "Termin buchen | Motio Physio"),
    ("/es/agendar", "Agenda tu cita | Motio Fisioterapia"),
    ("/intake", "Before your first visit | Motio"),
]


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "next-1.67.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.instagram.com/",
                        "https://www.google.de/",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=gp-letter", "?lang=es"])
            ),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: "https://www.motiophysio.com" + f.pick(PAGES)[0]),
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
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["spring_back_pain", "marathon_rehab_2024", "gp_referral_letter", "black_friday_shop"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "physio near me",
                        "sports physio dublin",
                        "physiotherapie münchen",
                        "fisioterapia bogotá",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["carousel_a", "text_b", "video_15s"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Motio Home"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4201", "4311", "4322"])),
            "namespace": G(lambda f: "com.motiophysio.home"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(
                lambda f: f.pick([f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]), "advertising id"
            ),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "userId": G(lambda f: "pt_" + f.hexid(12)),
        },
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Motio Home"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["40200", "40310", "40311"])),
            "namespace": G(lambda f: "com.motiophysio.home"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "23021RAA2Y", "moto g84 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "topaz", "bangkk"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    ["Vodafone IE", "Three", "Telekom.de", "o2 - de", "Claro", "Movistar", "Tigo"]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Motio Front Desk"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "291"])),
            "namespace": G(lambda f: "com.motiophysio.frontdesk"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X710"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 820), "height": G(lambda f: 1180)},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "traits": {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "role": G(lambda f: f.pick(["receptionist", "clinic_manager"])),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Motio Team"),
            "version": G(lambda f: f.pick(["1.12.0", "1.13.2"])),
            "build": G(lambda f: f.pick(["112", "132"])),
            "namespace": G(lambda f: "com.motiophysio.team"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S918B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
        "location": {
            "latitude": Y(
                lambda f: round({"IE": 53.3, "DE": 48.15, "CO": 4.65}[f.cc] + f.r.uniform(-0.2, 0.2), 6),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round({"IE": -6.26, "DE": 11.58, "CO": -74.06}[f.cc] + f.r.uniform(-0.2, 0.2), 6),
                "geolocation",
            ),
            "speed": G(lambda f: f.pick([0, 0.4, 11.2])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0"],
    "Analytics.CSharp": ["2.3.5", "2.4.0"],
}


def server_context(lib):
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
    if lib == "@segment/analytics-node":
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["groupId"] = G(lambda f: f.clinic()[0])
    if lib == "analytics-php":
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    if lib == "analytics-python":
        ctx["traits"] = {"email": Y(lambda f: f.p["email"], "email")}
    if lib == "analytics-ruby":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p["email"], "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda: server_context("analytics-python"),
    "node": lambda: server_context("@segment/analytics-node"),
    "go": lambda: server_context("analytics-go"),
    "java": lambda: server_context("analytics-java"),
    "ruby": lambda: server_context("analytics-ruby"),
    "php": lambda: server_context("analytics-php"),
    "dotnet": lambda: server_context("Analytics.CSharp"),
}
APPS = ["swift", "kotlin"]

# -- reusable pieces -------------------------------------------------------------------------------


def clinic_block():
    return {
        "id": G(lambda f: f.clinic()[0]),
        "name": G(lambda f: f.clinic()[1]),
        "city": G(lambda f: f.clinic()[2]),
        "phone": G(lambda f: f.clinic()[3]),
    }


def pain(f):
    return f.r.randint(0, 10)


def subjective(f):
    reg = f.pick(REGION[f.cc])
    return f.pick(
        {
            "IE": [
                f"Pt reports {pain(f)}/10 {reg} pain on stairs, improving since last session",
                f"Stiffness in {reg} in the mornings ~{f.r.randint(10, 45)} min, eases with movement",
                f"{reg.capitalize()} pain flared after 5k parkrun on Sat, {pain(f)}/10",
                f"Sleeping better, {reg} ache only at night now",
            ],
            "DE": [
                f"Pat. berichtet Schmerzen {reg} {pain(f)}/10 beim Treppensteigen",
                f"Morgensteifigkeit {reg} ca. {f.r.randint(10, 45)} Min.",
                f"Schmerzen {reg} nach dem Joggen verstärkt, NRS {pain(f)}",
            ],
            "CO": [
                f"Paciente refiere dolor de {reg} {pain(f)}/10 al subir escaleras",
                f"Rigidez matutina en {reg} de {f.r.randint(10, 45)} min",
                f"Dolor en {reg} aumentó después del partido del domingo, EVA {pain(f)}",
            ],
        }[f.cc]
    )


def objective(f):
    return f.pick(
        {
            "IE": [
                f"Knee flex {f.r.randint(90, 140)}°, ext -{f.r.randint(0, 10)}°, lag {f.r.randint(0, 15)}°",
                f"Shoulder abd {f.r.randint(90, 180)}° painful arc 70-110°, ER weakness 4/5",
                f"Lumbar flexion fingertips to mid-shin, SLR L {f.r.randint(40, 80)}° +ve",
                "Effusion +, tender medial joint line, Lachman firm end-feel",
            ],
            "DE": [
                f"ROM Knie Flex {f.r.randint(90, 140)}°/Ext 0°, Erguss +",
                f"Schulter Abd. {f.r.randint(90, 170)}°, schmerzhafter Bogen, AR-Kraft 4/5",
                "Druckschmerz medialer Gelenkspalt, Lachman fester Anschlag",
            ],
            "CO": [
                f"Dorsiflexión tobillo {f.r.randint(5, 20)}°, edema leve, dolor a la palpación LPAA",
                f"Flexión de rodilla {f.r.randint(90, 140)}°, derrame +",
                f"Lasègue positivo a {f.r.randint(40, 70)}° pierna izquierda",
            ],
        }[f.cc]
    )


def plan_text(f):
    hep = f.pick(["single-leg squats", "Copenhagen planks"])
    return f.pick(
        {
            "IE": [
                "Continue manual therapy + progressive loading; review 2/52",
                f"Dry needling R upper trap next visit, progress HEP to {hep}",
                "Taping + eccentric calf raises 3x15 daily",
                "Start hydrotherapy x4 sessions, then land-based strengthening",
            ],
            "DE": [
                "KG am Gerät 2x/Woche, Eigenübungen Kniebeuge",
                "Manuelle Therapie fortführen, Wiedervorstellung in 2 Wochen",
                "Lymphdrainage + Kompression, Belastungsaufbau",
            ],
            "CO": [
                "Terapia manual + fortalecimiento de cuádriceps, control en 2 semanas",
                "Punción seca trapecio superior derecho en la próxima sesión",
                "Vendaje neuromuscular + ejercicios excéntricos de gemelos",
            ],
        }[f.cc]
    )


def symptom_input(f):
    return f.pick(
        [
            "my knee hurts when i go down stairs",
            f"lower back pain since lifting at work {f.r.randint(2, 6)} weeks ago",
            "shoulder clicks and hurts when I reach overhead",
            "pins and needles in my left hand at night",
            "me duele el tobillo desde el partido del domingo",
            "dolor de espalda baja que baja por la pierna",
            "Schmerzen im rechten Knie nach dem Joggen",
            "Nackenschmerzen seit zwei Wochen, Kopfweh",
            "achilles sore first thing in the morning",
        ]
    )


def message_to_therapist(f):
    return f.pick(
        [
            "Hi, knee still a bit swollen after yesterday, ok to skip the squats?",
            f"Back pain was {pain(f)}/10 this morning, should I still do the bridges?",
            "Shoulder is much better, pain only when I sleep on it",
            "Hola, el hombro me sigue doliendo con el ejercicio 3",
            "Hola doctora, la rodilla sigue inflamada después de correr",
            "Hallo, die Rückenschmerzen sind deutlich besser geworden",
            "My ankle gave way again on the stairs, pain 6/10",
        ]
    )


def sms_body(f):
    first = f.p["first"]
    day = f.pick(["Tue 12 Mar", "Fri 5 Apr", "Mon 22 Apr", "Thu 9 May"])
    t = f.pick(["09:15", "10:30", "17:45", "18:30"])
    cl = f.clinic()[1]
    return {
        "IE": f"Hi {first}, reminder of your appointment at {cl} on {day} at {t}. Reply C to cancel.",
        "DE": f"Hallo {first}, Erinnerung an Ihren Termin bei {cl} am {day} um {t}. Absage: motio.de/a",
        "CO": f"Hola {first}, te recordamos tu cita en {cl} el {day} a las {t}. Responde C para cancelar.",
    }[f.cc]


def form_value(f):
    field = f.pick(["email", "phone", "name"])
    return {"email": f.p["email"], "phone": f.p["phone"], "name": f"{f.p['first']} {f.p['last']}"}[field]


def product():
    return {
        "product_id": G(lambda f: f.pick(SHOP)[0]),
        "sku": G(lambda f: f.pick(SHOP)[0].removeprefix("sku_")),
        "name": G(lambda f: f.pick(SHOP)[1]),
        "brand": G(lambda f: f.pick(SHOP)[2]),
        "category": G(lambda f: f.pick(SHOP)[3]),
        "price": G(lambda f: f.pick(SHOP)[4]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def presigned(f, name):
    key_id = "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(16))
    return (
        f"https://motio-docs-eu.s3.eu-west-1.amazonaws.com/{name}/{f.uuid()}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential=ASIA{key_id}%2F20240412%2Feu-west-1%2Fs3%2Faws4_request"
        f"&X-Amz-Date=20240412T101500Z&X-Amz-Expires=604800&X-Amz-Security-Token=IQoJb3JpZ2luX2VjE{f.hexid(40)}"
        f"&X-Amz-SignedHeaders=host&X-Amz-Signature={f.hexid(64)}"
    )


def fcm_token(f):
    alnum = string.ascii_letters + string.digits + "-_"
    return "".join(f.pick(alnum) for _ in range(22)) + ":APA91b" + "".join(f.pick(alnum) for _ in range(134))


def pm_token(f):
    return "pm_1" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(23))


def stripe_id(prefix):
    return lambda f: prefix + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))


# -- events ----------------------------------------------------------------------------------------
# (type, event name, clients, body)

EVENTS = [
    # -- patient identity ------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street_addr(), "street|address"),
                "city": Y(lambda f: f.city_of(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "age": G(lambda f: f.r.randint(16, 78)),
            "preferredClinic": G(lambda f: f.clinic()[1]),
            "preferredLanguage": G(lambda f: f.pick(["en", "de", "es", "ga"])),
            "insurer": G(lambda f: f.pick(INSURERS[f.cc])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "appointmentsCount": G(lambda f: f.r.randint(0, 40)),
            "referralSource": G(lambda f: f.pick(["gp", "google", "friend", "insurer", "instagram"])),
            "occupation": G(
                lambda f: f.pick(
                    ["teacher", "software engineer", "nurse", "Elektriker", "contadora", "retired"]
                )
            ),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(lambda f: f.p["email"], "email"),
            "FIRST_NAME": Y(lambda f: f.p["first"], "name"),
            "LAST_NAME": Y(lambda f: f.p["last"], "name"),
            "MOBILE_NUMBER": Y(lambda f: f.p["phone"], "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "COUNTY": G(
                lambda f: f.pick(["Co. Dublin", "Co. Cork", "Bayern", "Berlin", "Antioquia", "Cundinamarca"])
            ),
            "HOME_CLINIC_ID": G(lambda f: f.clinic()[0]),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 60)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "LTV_EUR": G(lambda f: f.money(50, 3000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PRIMARY_INJURY_REGION": Y(
                lambda f: f.pick(["knee", "lumbar spine", "shoulder", "ankle", "cervical spine"]), "condition"
            ),
            "NPS_LAST": G(lambda f: f.r.randint(0, 10)),
            "HAS_ACTIVE_PROGRAMME": G(lambda f: f.pick([True, False])),
            "DBT_SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "anrede": Y(lambda f: {"f": "Frau", "m": "Herr"}[f.p["sex"]], "gender"),
            "titel": G(lambda f: f.pick(["", "", "Dr.", "Prof. Dr."])),
            "vorname": Y(lambda f: f.p["first"], "name"),
            "nachname": Y(lambda f: f.p["last"], "name"),
            "geburtsdatum": Y(lambda f: f.dob("de"), "birthdate"),
            "strasse": Y(lambda f: f.street_addr("DE"), "street|address"),
            "plz": Y(lambda f: f.postcode("DE"), "zipcode"),
            "ort": Y(lambda f: f.city_of("DE"), "city"),
            "telefon": Y(lambda f: f.mobile("DE"), "phone"),
            "krankenkasse": G(lambda f: f.pick(INSURERS["DE"])),
            "versicherungsart": G(lambda f: f.pick(["GKV", "PKV", "Selbstzahler"])),
            "versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "beihilfeberechtigt": G(lambda f: f.pick([True, False])),
            "newsletter": G(lambda f: f.pick([True, False])),
            "kundeSeit": G(lambda f: f.date(2015, 2024)),
        },
        ["DE"],
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "nombres": Y(lambda f: f.p["first"], "name"),
            "apellidos": Y(lambda f: f.p["last"], "name"),
            "tipo_documento": G(lambda f: f.pick(["CC", "CE", "TI"])),
            "numero_documento": RED(lambda f: f.cedula(), "national id"),
            "fecha_nacimiento": Y(lambda f: f.dob("co"), "birthdate"),
            "celular": Y(lambda f: f.mobile("CO"), "phone"),
            "correo": Y(lambda f: f.p["email"], "email"),
            "direccion": Y(lambda f: f.street_addr("CO"), "address"),
            "ciudad": Y(lambda f: f.city_of("CO"), "city"),
            "departamento": G(
                lambda f: f.pick(["Antioquia", "Cundinamarca", "Valle del Cauca", "Atlántico"])
            ),
            "eps": G(lambda f: f.pick(INSURERS["CO"])),
            "regimen": G(lambda f: f.pick(["contributivo", "subsidiado"])),
            "estrato": G(lambda f: f.r.randint(1, 6)),
            "acepta_habeas_data": G(lambda f: True),
        },
        ["CO"],
    ),
    # -- intake ------------------------------------------------------------------------------------
    (
        "track",
        "Intake Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: "intake_v" + f.pick(["3", "4"])),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "injury_region": Y(lambda f: f.pick(REGION[f.cc]), "condition"),
            "injury_mechanism": Y(
                lambda f: f.pick(
                    ["sport", "fall", "lifting at work", "road traffic accident", "gradual onset"]
                ),
                "condition",
            ),
            "symptom_duration_weeks": Y(lambda f: f.r.randint(1, 104), "condition"),
            "pain_score_now": Y(pain, "condition"),
            "pain_score_worst": Y(pain, "condition"),
            "previous_surgeries": Many(Y(lambda f: f.pick(PROCEDURES), "procedure"), 2),
            "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "allergies": Y(lambda f: f.pick(ALLERGIES), "allergy"),
            "red_flags": {
                "night_pain": Y(lambda f: f.pick([True, False]), "condition"),
                "unexplained_weight_loss": Y(lambda f: f.pick([True, False]), "condition"),
                "bladder_bowel_changes": Y(lambda f: f.pick([True, False]), "condition"),
            },
            "has_pacemaker": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "emergency_contact": {
                "name": Y(lambda f: f.person_name(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "partner", "son", "friend"])),
            },
            "gp": {
                "name": Y(lambda f: "Dr " + f.person_name(), "name"),
                "practice": G(
                    lambda f: f.pick(
                        [
                            "Rathmines Medical Centre",
                            "Ballintemple Family Practice",
                            "Praxis am Nordbad",
                            "IPS Colsanitas Calle 100",
                        ]
                    )
                ),
                "phone": G(
                    lambda f: f.pick(["01 496 1234", "021 429 3344", "+49 89 123 4560", "+57 601 489 0000"])
                ),
            },
            "goals": G(
                lambda f: f.pick(
                    [
                        "Return to 5-a-side football",
                        "Run a 10k",
                        "Play with my kids",
                        "Get back to hiking",
                        "Volver a montar bicicleta",
                    ]
                )
            ),
            "employer": G(
                lambda f: f.pick(["Intel Ireland", "Siemens", "Bancolombia", "HSE", "self-employed"])
            ),
            "consent_treatment": G(lambda f: True),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "completion_seconds": G(lambda f: f.r.randint(180, 1500)),
        },
    ),
    (
        "track",
        "Medical History Updated",
        APPS,
        {
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "surgeries": Many(
                {
                    "procedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
                    "year": G(lambda f: f.r.randint(1995, 2024)),
                },
                2,
            ),
            "medications": Many(
                {
                    "name": Y(lambda f: f.pick(MEDS), "medication"),
                    "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
                },
                2,
            ),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "diabetic": Y(lambda f: f.pick([True, False]), "condition"),
            "wheelchair_user": RED(lambda f: f.pick([True, False, False]), "disability"),
            "section": G(lambda f: f.pick(["conditions", "surgeries", "medications"])),
            "items_changed": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Symptom Check Completed",
        ["web"],
        {
            "session_id": G(lambda f: f.uuid()),
            "input": Y(symptom_input, "condition", True),
            "triage_outcome": Y(
                lambda f: f.pick(["self_care", "book_physio", "see_gp_urgently", "emergency"]), "condition"
            ),
            "steps": G(lambda f: f.r.randint(3, 14)),
            "bot_version": G(lambda f: f.pick(["2024.03.1", "2024.04.2"])),
            "language": G(lambda f: f.pick(["en", "de", "es"])),
        },
    ),
    # -- booking -----------------------------------------------------------------------------------
    (
        "track",
        "Appointment Booked",
        ["node"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(16)),
            "clinic": clinic_block(),
            "therapist": {
                "id": G(lambda f: "th_" + f.digits(4)),
                "name": Y(lambda f: f.staff_name(), "name"),
            },
            "service": G(
                lambda f: f.pick(
                    [
                        "Initial Assessment 45min",
                        "Follow-up 30min",
                        "Sports Massage",
                        "Hydrotherapy",
                        "Einzelbehandlung 30 Min",
                        "Valoración inicial",
                    ]
                )
            ),
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "price": G(lambda f: f.money_local(40, 95)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "channel": G(lambda f: f.pick(["web", "app", "phone", "walk_in"])),
            "first_visit": G(lambda f: f.pick([True, False])),
            "insurer_billed": G(lambda f: f.pick([True, False])),
            "booked_by": G(lambda f: f.pick(["patient", "reception"])),
            "patient_email": Y(lambda f: f.p["email"], "email"),
            "reminder_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["python"],
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.p["phone"], "phone", True),
            "from": G(
                lambda f: {"IE": "+353 1 901 4477", "DE": "+49 89 9090 1290", "CO": "+57 601 508 7710"}[f.cc]
            ),
            "body": Y(sms_body, "name", True),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "num_segments": G(lambda f: f.pick([1, 2])),
            "price": G(lambda f: f.pick([-0.0741, -0.0653, -0.0120])),
            "appointment_id": G(lambda f: "apt_" + f.hexid(16)),
            "hours_before": G(lambda f: f.pick([24, 48, 2])),
        },
    ),
    (
        "track",
        "Email Reminder Sent",
        ["python"],
        {
            "recipient": Y(lambda f: f.p["email"], "email", True),
            "sender": G(
                lambda f: f.pick(
                    ["no-reply@motiophysio.com", "termine@motiophysio.de", "citas@motiofisioterapia.co"]
                )
            ),
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.motiophysio.com>"),
            "template": G(lambda f: f.pick(["reminder_24h", "reminder_48h", "first_visit_prep"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your appointment tomorrow",
                        "Ihr Termin morgen",
                        "Tu cita de mañana",
                        "Before your first visit",
                    ]
                )
            ),
            "appointment_id": G(lambda f: "apt_" + f.hexid(16)),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        APPS,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(16)),
            "reason": G(lambda f: f.pick(["schedule_conflict", "feeling_better", "cost", "other"])),
            "late_cancel": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: f.pick([0, 0, 25, 35])),
            "hours_before": G(lambda f: f.r.randint(1, 96)),
            "rebooked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        ["web"],
        {
            "clinic-id": G(lambda f: f.clinic()[0]),
            "contact-name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "contact-phone": Y(lambda f: f.p["phone"], "phone"),
            "preferred-days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat"])), 3),
            "time-of-day": G(lambda f: f.pick(["morning", "lunch", "evening"])),
            "notify-by-sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Book Appointment",
        APPS,
        {
            "name": G(lambda f: "Book Appointment"),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "slots_available": G(lambda f: f.r.randint(0, 30)),
            "week_offset": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "page",
        "Therapist Profile",
        ["web"],
        {
            "name": G(lambda f: "Therapist Profile"),
            "path": G(lambda f: "/team/t/" + f.digits(4)),
            "url": G(lambda f: "https://www.motiophysio.com/team/t/" + f.digits(4)),
            "title": G(lambda f: "Meet the team | Motio Physio"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "therapist_id": G(lambda f: "th_" + f.digits(4)),
            "specialties": Many(
                G(lambda f: f.pick(["sports", "pelvic health", "paediatrics", "vestibular", "MSK"])), 2
            ),
        },
    ),
    (
        "track",
        "Clinic Selected",
        ["web", "swift"],
        {
            "clinic": {
                **clinic_block(),
                "address": G(
                    lambda f: {
                        "IE": "14 Ranelagh Village",
                        "DE": "Leopoldstraße 58",
                        "CO": "Calle 63 # 9-41",
                    }[f.cc]
                ),
                "postcode": G(lambda f: f.clinic()[4]),
                "email": G(
                    lambda f: f.pick(
                        [
                            "ranelagh@motiophysio.com",
                            "muenchen@motiophysio.de",
                            "chapinero@motiofisioterapia.co",
                        ]
                    )
                ),
                "lat": G(lambda f: {"IE": 53.3256, "DE": 48.1601, "CO": 4.6486}[f.cc]),
                "lng": G(lambda f: {"IE": -6.2563, "DE": 11.5861, "CO": -74.0632}[f.cc]),
            },
            "search_area": G(
                lambda f: f.pick(["Ranelagh", "Cork City", "Schwabing", "Mitte", "Chapinero", "El Poblado"])
            ),
            "distance_km": G(lambda f: f.money(0, 25)),
            "results": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Patient Checked In",
        ["kotlin"],
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(16)),
            "check_in_method": G(lambda f: f.pick(["qr", "kiosk", "reception"])),
            "dob_confirmed": G(lambda f: f.pick([True, False])),
            "kiosk_id": G(lambda f: "kiosk-" + f.digits(2)),
            "wait_minutes": G(lambda f: f.r.randint(0, 25)),
            "forms_outstanding": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    # -- sessions and outcomes (therapists' app) ---------------------------------------------------
    (
        "track",
        "Session Note Saved",
        ["flutter"],
        {
            "session_id": G(lambda f: f.uuid()),
            "patient_id": G(lambda f: f.uuid()),
            "therapist_id": G(lambda f: "th_" + f.digits(4)),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "treatments": Many(Y(lambda f: f.pick(TREATMENTS), "procedure"), 3),
            "soap": {
                "subjective": Y(subjective, "condition", True),
                "objective": Y(objective, "condition", True),
                "assessment": Y(lambda f: f.pick(DIAGNOSES[f.cc]), "diagnosis", True),
                "plan": Y(plan_text, "procedure", True),
            },
            "pain_pre": Y(pain, "condition"),
            "pain_post": Y(pain, "condition"),
            "home_visit": G(lambda f: f.pick([True, False])),
            "signed_by": Y(lambda f: f.staff_name(), "name"),
            "template_version": G(lambda f: f.pick(["soap-2.1", "soap-2.2"])),
            "word_count": G(lambda f: f.r.randint(40, 400)),
        },
    ),
    (
        "track",
        "Outcome Measure Recorded",
        ["flutter"],
        {
            "measure": G(lambda f: f.pick(["KOOS", "ODI", "PSFS", "QuickDASH", "NDI", "LEFS"])),
            "measure_version": G(lambda f: f.pick(["1.0", "2.1"])),
            "score": Y(lambda f: f.r.randint(0, 100), "condition"),
            "subscales": {
                "pain": Y(lambda f: f.r.randint(0, 100), "condition"),
                "symptoms": Y(lambda f: f.r.randint(0, 100), "condition"),
                "adl": Y(lambda f: f.r.randint(0, 100), "condition"),
                "sport_rec": Y(lambda f: f.r.randint(0, 100), "condition"),
            },
            "mcid_reached": Y(lambda f: f.pick([True, False]), "condition"),
            "visit_number": G(lambda f: f.r.randint(1, 12)),
            "administered_at": G(lambda f: f.iso()),
            "patient_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Discharge Summary Sent",
        ["ruby"],
        {
            "letter_id": G(lambda f: "ltr_" + f.digits(7)),
            "gp_name": Y(lambda f: "Dr " + f.person_name(), "name"),
            "gp_email": Y(
                lambda f: (
                    f.mail_for(f.given(), f.surname()).split("@")[0]
                    + "@"
                    + f.pick(["rathminesmedical.ie", "praxis-nordbad.de", "healthmail.ie"])
                ),
                "email",
            ),
            "practice_name": G(
                lambda f: f.pick(
                    ["Rathmines Medical Centre", "Praxis am Nordbad", "Ballintemple Family Practice"]
                )
            ),
            "patient_dob": Y(lambda f: f.dob(), "birthdate"),
            "diagnosis": Y(lambda f: f.pick(DIAGNOSES[f.cc]), "diagnosis"),
            "sessions_attended": G(lambda f: f.r.randint(1, 16)),
            "outcome": G(lambda f: f.pick(["goals_met", "partially_met", "did_not_attend", "referred_on"])),
            "delivery": G(lambda f: f.pick(["healthlink", "email", "post"])),
            "letter_pdf_url": RED(lambda f: presigned(f, "letters"), "secret|token", True),
        },
    ),
    # -- home exercise app -------------------------------------------------------------------------
    (
        "track",
        "Programme Assigned",
        ["node"],
        {
            "programme_id": G(lambda f: "prg_" + f.digits(6)),
            "programme_name": G(lambda f: f.pick(PROGRAMMES)),
            "patient_id": G(lambda f: f.uuid()),
            "assigned_by": G(lambda f: "th_" + f.digits(4)),
            "weeks": G(lambda f: f.r.randint(2, 12)),
            "exercises": Many(
                {
                    "exercise_id": G(lambda f: f.pick(EXERCISES)[0]),
                    "name": G(lambda f: f.pick(EXERCISES)[1]),
                    "sets": G(lambda f: f.r.randint(1, 4)),
                    "reps": G(lambda f: f.pick([8, 10, 12, 15])),
                    "hold_seconds": G(lambda f: f.pick([0, 5, 30])),
                    "video_url": G(
                        lambda f: f"https://media.motiophysio.com/ex/{f.pick(EXERCISES)[0]}/720p.mp4"
                    ),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Exercise Video Completed",
        APPS,
        {
            "exercise_id": G(lambda f: f.pick(EXERCISES)[0]),
            "exercise_name": G(lambda f: f.pick(EXERCISES)[1]),
            "video_id": G(lambda f: "vid_" + f.hexid(10)),
            "percent_watched": G(lambda f: f.r.randint(20, 100)),
            "duration_s": G(lambda f: f.r.randint(30, 240)),
            "sets_completed": G(lambda f: f.r.randint(0, 4)),
            "reps_completed": G(lambda f: f.r.randint(0, 45)),
            "difficulty": G(lambda f: f.pick(["too_easy", "just_right", "too_hard"])),
            "pain_during": Y(pain, "condition"),
            "streak_days": G(lambda f: f.r.randint(0, 60)),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Check Uploaded",
        ["swift"],
        {
            "upload_id": G(lambda f: f.uuid()),
            "exercise_id": G(lambda f: f.pick(EXERCISES)[0]),
            "video_url": Y(lambda f: f"https://uploads.motiophysio.com/formcheck/{f.uuid()}.mov", "photo"),
            "thumbnail_url": Y(
                lambda f: f"https://uploads.motiophysio.com/formcheck/{f.uuid()}_thumb.jpg", "photo"
            ),
            "size_bytes": G(lambda f: f.r.randint(2_000_000, 90_000_000)),
            "duration_s": G(lambda f: f.r.randint(8, 60)),
            "shared_with_therapist": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "ROM Session Synced",
        ["go"],
        {
            "sensor": {
                "serial": Y(lambda f: "MTS-" + f.digits(4) + "-" + f.hexid(6).upper(), "serial"),
                "mac": Y(lambda f: f.mac(), "mac"),
                "firmware": G(lambda f: f.pick(["2.4.1", "2.5.0", "2.5.3"])),
                "model": G(lambda f: f.pick(["MotioSense Knee", "MotioSense Shoulder"])),
                "battery_pct": G(lambda f: f.r.randint(5, 100)),
            },
            "joint": Y(
                lambda f: f.pick(
                    ["knee_left", "knee_right", "shoulder_left", "shoulder_right", "ankle_left"]
                ),
                "condition",
            ),
            "peak_flexion_deg": Y(lambda f: round(f.r.uniform(60, 145), 1), "condition"),
            "peak_extension_deg": Y(lambda f: round(f.r.uniform(-12, 5), 1), "condition"),
            "samples": G(lambda f: f.r.randint(600, 24000)),
            "sample_rate_hz": G(lambda f: f.pick([50, 100])),
            "session_start": G(lambda f: f.epoch_ms()),
            "session_end": G(lambda f: f.epoch_ms()),
            "user_id": G(lambda f: "pt_" + f.hexid(12)),
        },
    ),
    (
        "screen",
        "Progress Chart",
        ["kotlin"],
        {
            "name": G(lambda f: "Progress Chart"),
            "metric": G(lambda f: f.pick(["adherence", "pain", "rom"])),
            "range": G(lambda f: f.pick(["7d", "30d", "all"])),
        },
    ),
    (
        "track",
        "Reminder Settings Changed",
        ["kotlin"],
        {
            "push_enabled": G(lambda f: f.pick([True, False])),
            "reminder_time": G(lambda f: f.pick(["07:30", "12:00", "19:30", "21:00"])),
            "days": Many(G(lambda f: f.pick(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])), 4),
            "fcm_token": RED(fcm_token, "token"),
        },
    ),
    (
        "track",
        "Message Sent",
        ["rn", "swift"],
        {
            "thread_id": G(lambda f: "thr_" + f.hexid(10)),
            "therapist_id": G(lambda f: "th_" + f.digits(4)),
            "text": Y(message_to_therapist, "condition", True),
            "attachment_count": G(lambda f: f.r.randint(0, 2)),
            "char_count": G(lambda f: f.r.randint(20, 300)),
        },
    ),
    (
        "track",
        "Video Call Joined",
        ["web"],
        {
            "room_id": G(lambda f: "rm_" + f.hexid(12)),
            "provider": G(lambda f: f.pick(["twilio_video", "daily"])),
            "join_url": RED(
                lambda f: f"https://meet.motiophysio.com/r/{f.hexid(10)}?t=" + f.jwt(), "token", True
            ),
            "camera_on": G(lambda f: f.pick([True, False])),
            "wait_seconds": G(lambda f: f.r.randint(0, 600)),
            "network_quality": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    # -- referrals and insurance -------------------------------------------------------------------
    (
        "track",
        "Referral Received",
        ["ruby"],
        {
            "referral_id": G(lambda f: "ref_" + f.digits(7)),
            "source": G(lambda f: f.pick(["gp", "consultant", "insurer", "self"])),
            "referrer": {
                "name": Y(lambda f: "Dr " + f.person_name(), "name"),
                "practice": G(
                    lambda f: f.pick(
                        [
                            "Rathmines Medical Centre",
                            "Sports Surgery Clinic",
                            "Praxis am Nordbad",
                            "Clínica del Country",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["01 526 2000", "01 496 1234", "+49 89 123 4560"])),
            },
            "patient": {
                "first_name": Y(lambda f: f.p["first"], "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "mrn": RED(lambda f: f.pick(["", "H"]) + f.digits(7), "health id"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
            },
            "referral_reason": Y(lambda f: f.pick(DIAGNOSES[f.cc]), "diagnosis"),
            "urgency": G(lambda f: f.pick(["routine", "soon", "urgent"])),
            "received_via": G(lambda f: f.pick(["healthlink", "fax", "email", "portal"])),
            "attachments": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Insurance Details Added",
        ["web", "swift"],
        {
            "insurer": G(lambda f: f.pick(INSURERS["IE"])),
            "policy_number": Y(lambda f: f.pick(["", "P"]) + f.digits(9), "identification"),
            "member_number": Y(lambda f: f.digits(8), "identification"),
            "medical_card_number": RED(lambda f: f.digits(7) + f.pick(string.ascii_uppercase), "health id"),
            "plan_level": G(
                lambda f: f.pick(["PMI 11 13", "Health Plan 26.1", "Prime 2", "Company Plan Extra"])
            ),
            "policy_holder_name": Y(lambda f: f.person_name("IE"), "name"),
            "relationship_to_holder": G(lambda f: f.pick(["self", "spouse", "child"])),
            "valid_until": G(lambda f: f.date(2024, 2026)),
            "preauth_required": G(lambda f: f.pick([True, False])),
            "excess_eur": G(lambda f: f.pick([0, 75, 150])),
        },
        ["IE"],
    ),
    (
        "track",
        "Versicherung Hinterlegt",
        ["node"],
        {
            "krankenkasse": G(lambda f: f.pick(INSURERS["DE"])),
            "kassen_ik": G(lambda f: "10" + f.digits(7)),
            "versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "versicherungsnummer_pkv": Y(
                lambda f: f.digits(3) + "-" + f.digits(6) + "-" + f.digits(2), "identification"
            ),
            "versichertenstatus": G(lambda f: f.pick(["1", "3", "5"])),
            "zuzahlungsbefreit": G(lambda f: f.pick([True, False])),
            "rezept": {
                "ausstellungsdatum": G(lambda f: f.date(2024, 2024)),
                "arzt_name": Y(lambda f: "Dr. med. " + f.person_name("DE"), "name"),
                "diagnose_icd10": Y(lambda f: f.pick(ICD10), "diagnosis"),
                "heilmittel": Y(lambda f: f.pick(["KG", "MT", "KG-Gerät", "MLD-45", "KG-ZNS"]), "procedure"),
                "anzahl_einheiten": G(lambda f: f.pick([6, 8, 10, 12])),
                "rezeptnummer": Y(lambda f: f.digits(10), "medication"),
                "hausbesuch": G(lambda f: f.pick([True, False])),
            },
        },
        ["DE"],
    ),
    (
        "track",
        "Afiliación Verificada",
        ["java"],
        {
            "eps": G(lambda f: f.pick(INSURERS["CO"])),
            "nit_eps": G(lambda f: f.pick(["800088702-2", "800251440-6", "900156264-2"])),
            "tipo_documento": G(lambda f: f.pick(["CC", "CE", "TI"])),
            "numero_documento": RED(lambda f: f.cedula(), "national id"),
            "numero_afiliado": Y(lambda f: f.digits(10), "identification"),
            "estado_afiliacion": G(lambda f: f.pick(["ACTIVO", "SUSPENDIDO", "RETIRADO"])),
            "categoria": G(lambda f: f.pick(["A", "B", "C"])),
            "cuota_moderadora": G(lambda f: f.pick([4500, 18000, 47300])),
            "copago_pct": G(lambda f: f.pick([11.5, 17.3, 23.0])),
            "autorizacion_numero": G(lambda f: f.digits(12)),
            "orden_medica": {
                "medico_tratante": Y(lambda f: "Dr. " + f.person_name("CO"), "name"),
                "diagnostico_cie10": Y(lambda f: f.pick(ICD10), "diagnosis"),
                "sesiones_autorizadas": G(lambda f: f.pick([5, 10, 15, 20])),
            },
        },
        ["CO"],
    ),
    (
        "track",
        "Pre-authorisation Requested",
        ["python"],
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "policy_number": Y(lambda f: f.pick(["", "P"]) + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(INSURERS["IE"])),
            "diagnosis_code": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "sessions_requested": G(lambda f: f.r.randint(4, 12)),
            "insurer_reference": G(lambda f: f.hexid(8).upper()),
            "status": G(lambda f: f.pick(["submitted", "approved", "declined", "info_requested"])),
        },
        ["IE"],
    ),
    # -- billing -----------------------------------------------------------------------------------
    (
        "track",
        "Invoice Issued",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: "RE-2024-" + f.digits(6)),
            "InvoiceDate": G(lambda f: f.date(2024, 2024)),
            "DueDate": G(lambda f: f.date(2024, 2024)),
            "PatientName": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "BillingAddress": {
                "Street": Y(lambda f: f.street_addr("DE"), "address|street"),
                "PostalCode": Y(lambda f: f.postcode("DE"), "zipcode"),
                "City": Y(lambda f: f.city_of("DE"), "city"),
                "Country": G(lambda f: "DE"),
            },
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEMMXXX", "BYLADEM1001", "GENODEF1M01"])),
            "MandateReference": G(lambda f: "MOTIO-" + f.digits(8)),
            "LineItems": Many(
                {
                    "Description": G(
                        lambda f: f.pick(
                            [
                                "Physiotherapie Einzelbehandlung 30 Min",
                                "Erstbefund",
                                "Hausbesuch-Zuschlag",
                                "Versäumnisgebühr",
                            ]
                        )
                    ),
                    "Code": G(lambda f: f.pick(["X0501", "X0201", "X9933", "PRIV-01"])),
                    "Quantity": G(lambda f: f.r.randint(1, 10)),
                    "UnitPrice": G(lambda f: f.pick([28.5, 36.0, 45.0, 60.0])),
                },
                3,
            ),
            "Total": G(lambda f: f.money(30, 600)),
            "Currency": G(lambda f: "EUR"),
            "VatRate": G(lambda f: 0),
        },
        ["DE"],
    ),
    (
        "track",
        "Co-payment Collected",
        ["node"],
        {
            "invoice_id": G(lambda f: "in_" + f.hexid(16)),
            "amount": G(lambda f: f.money_local(10, 80)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "method": G(lambda f: f.pick(["card", "sepa_debit", "apple_pay"])),
            "payment_method_id": RED(pm_token, "token"),
            "stripe_customer_id": G(stripe_id("cus_")),
            "payment_intent_id": G(stripe_id("pi_")),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
            },
            "receipt_email": Y(lambda f: f.p["email"], "email"),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["java"],
        {
            "refund_id": G(lambda f: "rf_" + f.digits(8)),
            "amount": G(lambda f: f.money(10, 300)),
            "reason": G(lambda f: f.pick(["duplicate", "cancelled_by_clinic", "insurer_paid", "other"])),
            "iban": RED(lambda f: f.iban_of(f.pick(["IE", "DE"])), "bank account"),
            "account_holder": Y(lambda f: f.person_name(), "name"),
            "processed_by": Y(
                lambda f: (
                    f.mail_for(f.pick(STAFF_FIRST), f.pick(STAFF_LAST)).split("@")[0] + "@motiophysio.com"
                ),
                "email",
            ),
        },
    ),
    (
        "track",
        "Pago PSE Iniciado",
        ["php"],
        {
            "referencia_pago": G(lambda f: "MOT" + f.digits(9)),
            "valor": G(lambda f: f.r.randint(20, 400) * 1000),
            "banco": G(
                lambda f: f.pick(["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi", "BBVA Colombia"])
            ),
            "tipo_persona": G(lambda f: f.pick(["natural", "juridica"])),
            "email_pagador": Y(lambda f: f.mail_for(f.given("CO"), f.surname("CO"), "CO"), "email"),
            "documento_pagador": RED(lambda f: f.cedula(), "national id"),
            "telefono_pagador": Y(lambda f: f.mobile("CO"), "phone"),
            "ip_cliente": Y(lambda f: f.ipv4(), "ip"),
            "cus": G(lambda f: f.digits(9)),
        },
        ["CO"],
    ),
    (
        "track",
        "Payment Failed",
        ["php"],
        {
            "order_id": G(lambda f: f.digits(5)),
            "gateway": G(lambda f: f.pick(["realex", "sagepay"])),
            "error_code": G(lambda f: f.pick(["101", "102", "205", "509"])),
            "error_message": G(
                lambda f: f.pick(["Declined by bank", "Card expired", "Insufficient funds", "3DS failed"])
            ),
            "raw_request": {
                "card": {
                    "number": RED(lambda f: f.card(formatted=False), "credit card"),
                    "expdate": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
                    "chname": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
                    "type": G(lambda f: f.pick(["VISA", "MC", "AMEX"])),
                },
                "amount": G(lambda f: f.r.randint(1000, 30000)),
                "currency": G(lambda f: "EUR"),
                "merchantid": G(lambda f: "motiophysio"),
            },
        },
    ),
    # -- shop --------------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["foam roller", "knee brace", "resistance band", "kinesio tape", "massage gun"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web"],
        {
            **product(),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "url": G(lambda f: "https://www.motiophysio.com/shop/p/" + f.pick(SHOP)[0]),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f.digits(5)),
            "revenue": G(lambda f: f.money(10, 200)),
            "shipping": G(lambda f: f.pick([0, 4.95, 6.5])),
            "tax": G(lambda f: f.money(1, 30)),
            "coupon": G(lambda f: f.pick(["", "RUNFIT10", "WELCOME"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["php"],
        {
            "order_id": G(lambda f: f.digits(5)),
            "order_key": G(
                lambda f: (
                    "wc_order_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(13))
                )
            ),
            "total": G(lambda f: f.money(10, 200)),
            "subtotal": G(lambda f: f.money(10, 200)),
            "tax": G(lambda f: f.money(1, 30)),
            "shipping": G(lambda f: f.pick([0, 4.95, 6.5])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_method_title": G(
                lambda f: f.pick(["Credit Card (Stripe)", "PayPal", "Visa ending in " + f.digits(4)])
            ),
            "transaction_id": G(stripe_id("pi_")),
            "products": Many(product()),
            "billing": {
                "first_name": Y(lambda f: f.p["first"], "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "company": G(lambda f: f.pick(["", "", "Intel Ireland", "Siemens AG"])),
                "address_1": Y(lambda f: f.street_addr(), "address|street"),
                "address_2": Y(
                    lambda f: f.pick(["Apt 2", "Flat 5", "3. OG", "Apto 302", "Unit 12"]), "address|street"
                ),
                "city": Y(lambda f: f.city_of(), "city"),
                "state": G(lambda f: f.pick(["D", "CO", "BY", "BE", "ANT", "DC"])),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
                "email": Y(lambda f: f.p["email"], "email"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
            },
            "shipping_address": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.surname(), "name"),
                "address_1": Y(lambda f: f.street_addr(), "address|street"),
                "city": Y(lambda f: f.city_of(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "customer_note": G(
                lambda f: f.pick(
                    [
                        "",
                        "Gift wrap please",
                        "Deliver after 5pm",
                        "Leave in porch",
                        "Bitte beim Nachbarn abgeben",
                    ]
                )
            ),
            "customer_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "customer_user_agent": G(lambda f: f.pick(UAS)),
            "date_created": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        ["web"],
        {
            "voucher_id": G(lambda f: "gv_" + f.digits(6)),
            "amount": G(lambda f: f.pick([50, 75, 100, 150])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "recipient_name": Y(lambda f: f.person_name(), "name"),
            "recipient_email": Y(lambda f: f.email_any(), "email"),
            "gift_message": G(
                lambda f: f.pick(
                    [
                        "Happy birthday! Treat yourself",
                        "For the marathon legs",
                        "Merry Christmas x",
                        "Alles Gute!",
                        "¡Feliz cumpleaños!",
                    ]
                )
            ),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
            "service": G(lambda f: f.pick(["Sports Massage", "Initial Assessment 45min", "Any service"])),
        },
    ),
    # -- practice management webhook ---------------------------------------------------------------
    (
        "track",
        "Patient Created",
        ["node"],
        {
            "patient": {
                "id": G(lambda f: int(f.digits(9))),
                "title": Y(lambda f: f.pick({"f": ["Ms", "Mrs", "Miss"], "m": ["Mr"]}[f.p["sex"]]), "gender"),
                "first_name": Y(lambda f: f.p["first"], "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "sex": Y(lambda f: {"f": "Female", "m": "Male"}[f.p["sex"]], "sex|gender"),
                "email": Y(lambda f: f.p["email"], "email"),
                "patient_phone_numbers": Many(
                    {
                        "number": Y(lambda f: f.mobile(), "phone"),
                        "phone_type": G(lambda f: f.pick(["Mobile", "Home", "Work"])),
                    },
                    2,
                ),
                "address_1": Y(lambda f: f.street_addr(), "address|street"),
                "city": Y(lambda f: f.city_of(), "city"),
                "post_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: {"IE": "Ireland", "DE": "Germany", "CO": "Colombia"}[f.cc]),
                "occupation": G(lambda f: f.pick(["Teacher", "Nurse", "Accountant", "Student", "Retired"])),
                "emergency_contact": Y(lambda f: f"{f.person_name()} {f.mobile()}", "name|phone"),
                "referral_source": G(lambda f: f.pick(["GP", "Google", "Friend", "Insurer"])),
                "notes": G(
                    lambda f: f.pick(
                        [
                            "Prefers morning appointments",
                            "Pays by card",
                            "Insurance: VHI",
                            "",
                            "Parking at rear",
                        ]
                    )
                ),
                "accepted_privacy_policy": G(lambda f: True),
                "created_at": G(lambda f: f.iso()),
                "archived_at": G(lambda f: None),
            },
            "webhook_id": G(lambda f: f.uuid()),
            "business_id": G(lambda f: int(f.digits(6))),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["swift"],
        {
            "dependant": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "date_of_birth": Y(
                    lambda f: f"{f.r.randint(2008, 2020)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                    "birthdate",
                ),
                "relationship": G(lambda f: f.pick(["son", "daughter", "child"])),
                "school": G(
                    lambda f: f.pick(
                        [
                            "Gonzaga College",
                            "St. Louis High School",
                            "Gymnasium Schwabing",
                            "Colegio San Bartolomé",
                        ]
                    )
                ),
                "club": G(
                    lambda f: f.pick(["Lansdowne FC", "TSV 1860", "Club Atlético Nacional", "Ranelagh Gaels"])
                ),
            },
            "guardian_consent": G(lambda f: True),
            "dependants_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Home Visit Scheduled",
        ["flutter"],
        {
            "visit_id": G(lambda f: "hv_" + f.digits(6)),
            "visit_address": Y(lambda f: f"{f.street_addr()}, {f.city_of()}", "address"),
            "visit_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "access_notes": G(
                lambda f: f.pick(
                    [
                        "Dog (Bruno) in the garden, friendly",
                        "Ring side door",
                        "Lift out of order, use stairs",
                        "Park in visitor bay 3",
                        "",
                    ]
                )
            ),
            "therapist_mobile": Y(lambda f: f.mobile(), "phone"),
            "travel_minutes": G(lambda f: f.r.randint(5, 60)),
            "mileage_km": G(lambda f: f.money(1, 40)),
        },
    ),
    # -- staff ---------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        {
            "email": Y(
                lambda f: f.mail_for(f.p["first"], f.p["last"]).split("@")[0] + "@motiophysio.com", "email"
            ),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "workMobile": Y(lambda f: f.mobile(), "phone"),
            "role": G(
                lambda f: f.pick(
                    ["physiotherapist", "senior_physiotherapist", "sports_therapist", "clinic_manager"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Chartered Physiotherapist", "Physiotherapeut", "Fisioterapeuta", "Clinical Lead"]
                )
            ),
            "employmentType": G(lambda f: f.pick(["full_time", "part_time", "contractor"])),
            "yearsExperience": G(lambda f: f.r.randint(0, 30)),
            "hourlyRate": Y(lambda f: f.pick([28.5, 32.0, 38.0, 45.0]), "salary"),
            "homeClinicId": G(lambda f: f.clinic()[0]),
        },
    ),
    (
        "track",
        "Shift Published",
        ["python"],
        {
            "roster_id": G(lambda f: "ros_" + f.digits(5)),
            "clinic_id": G(lambda f: f.clinic()[0]),
            "week_start": G(lambda f: f.date(2024, 2024)),
            "shifts": Many(
                {
                    "staff_id": G(lambda f: "st_" + f.digits(4)),
                    "staff_name": Y(lambda f: f.staff_name(), "name"),
                    "staff_mobile": Y(lambda f: f.mobile(), "phone"),
                    "role": G(lambda f: f.pick(["physio", "reception", "sports_therapist"])),
                    "start": G(lambda f: f.pick(["07:00", "08:00", "12:00", "14:00"])),
                    "end": G(lambda f: f.pick(["15:00", "16:30", "20:00", "21:00"])),
                    "hourly_rate_eur": Y(lambda f: f.pick([16.5, 22.0, 28.5, 34.0]), "salary"),
                },
                6,
            ),
            "published_by": Y(
                lambda f: (
                    f.mail_for(f.pick(STAFF_FIRST), f.pick(STAFF_LAST)).split("@")[0] + "@motiophysio.com"
                ),
                "email",
            ),
            "total_hours": G(lambda f: f.r.randint(40, 400)),
        },
    ),
    (
        "track",
        "TimesheetSubmitted",
        ["dotnet"],
        {
            "EmployeeNumber": G(lambda f: "E" + f.digits(5)),
            "EmployeeName": Y(lambda f: f.staff_name(), "name"),
            "PeriodStart": G(lambda f: f.date(2024, 2024)),
            "HoursWorked": G(lambda f: f.money(10, 45)),
            "OvertimeHours": G(lambda f: f.money(0, 8)),
            "GrossPay": Y(lambda f: f.money(400, 2500), "salary"),
            "CostCentre": G(lambda f: f.pick(["CC-IE-DUB", "CC-DE-MUC", "CC-CO-BOG"])),
            "ApprovedBy": G(lambda f: "st_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Onboarding Documents Submitted",
        ["web"],
        {
            "candidate_id": G(lambda f: "cand_" + f.digits(5)),
            "right_to_work": RED(
                lambda f: f.pick(["eu_citizen", "stamp_4", "critical_skills_permit", "needs_sponsorship"]),
                "visa",
            ),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "passport_number": RED(
                lambda f: f.pick(
                    ["PA" + f.digits(7), "P" + f.digits(7), "FY" + f.digits(6), "AQ" + f.digits(6)]
                ),
                "passport",
            ),
            "nationality": Y(
                lambda f: f.pick(["Irish", "Filipino", "Brazilian", "Indian", "Polish", "Colombian"]),
                "citizenship",
            ),
            "bank_iban": RED(lambda f: f.iban_of("IE"), "bank account"),
            "garda_vetting_status": G(lambda f: f.pick(["not_started", "pending", "complete"])),
            "coru_registered": G(lambda f: f.pick([True, False])),
            "start_date": G(lambda f: f.date(2024, 2025)),
        },
        ["IE"],
    ),
    # -- accounts and sign-in ------------------------------------------------------------------------
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "phone_masked": G(
                lambda f: f.pick(["+353 8* *** **", "+49 1** ****", "+57 3** *** **"]) + f.digits(2)
            ),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in": G(lambda f: 600),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "link": RED(
                lambda f: "https://app.motiophysio.com/auth/verify?token=" + f.hexid(48), "token", True
            ),
            "expires_in": G(lambda f: 900),
            "platform": G(lambda f: f.pick(["ios", "android", "web"])),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "found_in_breach": G(lambda f: f.pick([True, False])),
            "method": G(lambda f: f.pick(["settings", "reset_link"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web"],
        {
            "username": Y(
                lambda f: f.pick([f.p["email"], ascii_fold(f.p["first"]).lower() + str(f.r.randint(1, 999))]),
                "email|name",
            ),
            "failure": G(lambda f: f.pick(["bad_password", "locked", "unknown_user", "mfa_timeout"])),
            "attempts": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- neutral keys, search and UI -----------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["intake_v3", "intake_v4", "contact_us"])),
            "field": G(lambda f: f.pick(["email", "phone", "full_name"])),
            "label": G(
                lambda f: f.pick(
                    ["Email address", "Mobile number", "Full name", "Correo electrónico", "Vor- und Nachname"]
                )
            ),
            "value": Y(form_value, "email|phone|name", True),
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
            "is_valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["rn"],
        {
            "q": Y(
                lambda f: f.pick([f"{f.given()} {f.surname()}", f.surname(), f.mobile()]), "name|phone", True
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "clinic_id": G(lambda f: f.clinic()[0]),
                "active_only": G(lambda f: f.pick([True, False])),
            },
            "selected_index": G(lambda f: f.r.randint(-1, 5)),
        },
    ),
    (
        "track",
        "Button Clicked",
        ["web"],
        {
            "label": G(
                lambda f: f.pick(["Book now", "Jetzt buchen", "Agendar cita", "Call the clinic", "Email us"])
            ),
            "location": G(lambda f: f.pick(["header", "hero", "footer", "clinic_card"])),
            "href": G(
                lambda f: f.pick(["/book", "tel:+35314972210", "mailto:hello@motiophysio.com", "/de/termin"])
            ),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["web", "kotlin"],
        {
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great service, very thorough",
                        "Hard to find parking",
                        "Sehr kompetent!",
                        "Excelente atención",
                        "Waited 20 minutes",
                    ]
                )
            ),
            "appointment_id": G(lambda f: "apt_" + f.hexid(16)),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- marketing -----------------------------------------------------------------------------------
    (
        "track",
        "Ad Landing",
        ["web"],
        {
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(80))
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR" + "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(56))
                ),
                "advertising id",
            ),
            "utm_campaign": G(lambda f: f.pick(["spring_back_pain", "marathon_rehab_2024"])),
            "landing_page": G(lambda f: f.pick(["/lp/back-pain", "/lp/sports-injury", "/de/lp/ruecken"])),
        },
    ),
    (
        "track",
        "Conversions API Event",
        ["python"],
        {
            "event_name": G(lambda f: f.pick(["Schedule", "Purchase", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha(f.p["email"]), "email"),
                "ph": Y(lambda f: f.sha("".join(c for c in f.p["phone"] if c.isdigit())), "phone"),
                "external_id": G(lambda f: f.sha("pt_" + f.hexid(12))),
                "client_ip_address": Y(lambda f: f.ip_any(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(30, 120)),
                "currency": G(lambda f: "EUR"),
                "content_name": G(lambda f: f.pick(["Initial Assessment 45min", "Foam Roller 45cm"])),
            },
        },
    ),
    # -- group -----------------------------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Intel Ireland", "Siemens AG", "Bancolombia", "Accenture Dublin", "HUK-COBURG"]
                )
            ),
            "industry": G(
                lambda f: f.pick(["Semiconductors", "Engineering", "Banking", "Consulting", "Insurance"])
            ),
            "employees": G(lambda f: f.pick([450, 4900, 31000, 120000])),
            "plan": G(lambda f: f.pick(["corporate_wellness_basic", "corporate_wellness_plus"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.intel.ie", "https://www.siemens.com", "https://www.bancolombia.com"]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
            "contractId": G(lambda f: "cw_" + f.digits(5)),
            "sessionsIncluded": G(lambda f: f.pick([4, 6, 10])),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}),
]


def build(seed: int, repeats: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body, *countries in EVENTS:
            f.begin(f.pick(countries[0] if countries else ["IE", "IE", "DE", "CO"]))
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "pt_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind != "alias":
                section = "properties" if kind in ("track", "page", "screen") else "traits"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=263, repeats=34)
    write(Path(__file__).parent, "holdout263_", events, labels)
