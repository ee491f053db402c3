"""Writes holdout279: tests/corpus/holdout279_events.jsonl and holdout279_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
other corpora's labels, and never run through the engine by its author. Only build.py and
fake.py (helpers), build_holdout3.py (format), REFERENCE.md and DESIGN.md were read.

Domain: "TalkBridge", a speech-therapy and early-intervention service for children with autism
and developmental delays, working in Israel, Ontario and Mexico. Covers referrals (child's date of
birth, diagnoses, ICD-10 codes, standardised assessment results), parents and guardians (intake
forms, Typeform- and HubSpot-shaped submissions, consent), therapists' session notes and goal
progress, teletherapy (Zoom webhooks, WebRTC quality), school plans (IEP / PEI), funding (Ontario
Autism Program, OHIP health cards, private insurers, Israeli health funds and Bituach Leumi,
Mexican DIF / IMSS with CURP and NSS), therapists' schedules, mileage, timesheets and payouts
(SIN, RFC, teudat zehut, CLABE, IL IBAN), an e-commerce shop of therapy materials, Stripe-shaped
payments, Twilio SMS and SendGrid e-mail webhooks, Meta CAPI and ad click ids. Clients:
analytics.js (with consent preferences), analytics-swift, analytics-kotlin,
analytics-react-native, analytics-flutter and server libraries python/node/go/java/ruby/php/.NET.

Conventions: mostly camelCase and snake_case English keys; roughly 15 % others: PascalCase from
the .NET backend and Twilio, kebab-case from a landing-page builder and SendGrid (`smtp-id`),
SCREAMING_SNAKE from a warehouse sync, romanised Hebrew keys (`shem_prati`, `mispar_zehut`,
`kupat_holim` ...) and Spanish keys (`nombre`, `curp`, `colonia`, `notas` ...). Some Israeli
values are in Hebrew script. Values: names from Israeli (Jewish, Arab, Russian, Ethiopian),
Canadian (many origins) and Mexican cultures; national phone formats; Luhn-valid teudat zehut,
SIN, OHIP numbers and IMSS NSS; CURP with its check digit; mod-97 IL IBANs; CLABEs with their
3-7-1 check digit.

Labelling rules (the Privacy Portal's default colours, as the brief sets them):
- PII = personal data about a natural person (the user, child, guardian, sibling, therapist,
  case worker, referring physician, emergency contact ...). Colour = the reference's default for
  that matcher; types outside the reference: red for credentials/secrets, card numbers, bank
  accounts, government ids and health ids; yellow otherwise (geolocation, advertising id).
- Green: ids we issue, UUIDs, numeric ids, SKUs, versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans even under PII-sounding keys (`email_verified`,
  `diagnosis_count`, `photo_consent`), product / clinic / school / insurer / programme names,
  pets' names (a therapy dog), places that are not the person's (a clinic's city, a searched
  city), country, state/province, locale, language, timezone, currency, user agents, OS-issued
  device ids, card brand / last four / expiry / BIN-masked numbers, bank institution and transit
  numbers. Ages and age bands, marital status, job titles, business phones, role mailboxes, a
  clinic's Twilio number, claim / case / authorisation / folio numbers, e-mail Message-IDs and
  UUID session tokens are green (the published policy).
- Yellow by policy: an insurer's policy and member numbers (`identification`), pay, hourly
  rates, gross pay, payouts to a therapist and household income (`salary`), vehicle plates
  (`license`), ad click ids gclid / fbclid / fbp / fbc (`advertising id`), billing and shipping
  addresses (`address`). Professional registration numbers of therapists and physicians
  (CASLPO, Israeli Ministry of Health licence, Mexican cédula profesional) are `license`.
- Red by policy: Stripe `pm_` ids (`token`), one-time codes and sign-in link tokens (`token`),
  Zoom recording passcodes (`password`) and download tokens (`token`), health-system patient
  numbers: Ontario health card (OHIP) and Israeli health-fund (kupat holim) membership numbers
  (`health id`; in Israel these are the statutory health system's patient numbers, so they are
  not treated as a private insurer's member number), national ids (teudat zehut, CURP, RFC,
  SIN; IMSS NSS as `social security number|national id`), answers about the right to work
  (`visa`).
- Special categories: a boolean or enum that itself reveals a condition, disability, religion
  or ethnicity is PII of that category in that matcher's colour: `born_premature`,
  `sibling_in_therapy` (condition, yellow), `uses_aac_device`, IEP exceptionality and
  accommodations, disability-allowance receipt, `tipo_discapacidad` (disability, red), the
  Israeli population sector `migzar` (religion|ethnicity, yellow), indigenous self-identification
  (ethnicity, yellow).
- Health judgement calls (stated because they are contested): diagnoses, ICD-10 codes,
  referral concerns, medications, allergies, standardised assessment results (standard score,
  percentile, severity level) and CPT / procedure codes of services received are health data
  (yellow `diagnosis` / `condition` / `procedure` / `medication` / `allergy`). Service
  descriptors are green: discipline (SLP / OT), session modality, goal area, assessment
  instrument name, programme name, and per-session goal-progress counters and percentages (trial
  counts, accuracy %), which say nothing about the condition without the notes.
- value_only is true when the leaf key does not say what the value is (`text`, `value`, `q`,
  `input`, `label`, `notes`, `topic`, `summary`, `file_name`, `Body`, `externalIds[].id`, a
  Typeform answer's `date` / `choice.label`); every value of a value_only PII path carries
  that PII. Clinical free text (session notes, goal statements) always names the child and
  states the clinical picture: `name|condition`. Free text with no personal data in any value is
  green. A key under a parent that names it (`bank_account.number`) is not value_only.
- Where undecidable: what a careful privacy owner at a mid-size company would want flagged.
"""

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- templates beyond build.py's: fixed heterogeneous lists and optional keys ---------------------


@dataclass
class Seq:
    """A fixed list of differently-shaped items, all under `path[]`."""

    items: list


@dataclass
class Opt:
    """A key present in a fraction `p` of messages."""

    item: Any
    p: float = 0.6


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- people and places of the three regions -------------------------------------------------------

IL_GROUPS = [
    (
        [
            "Noa",
            "Yael",
            "Itai",
            "Omer",
            "Avigail",
            "Tamar",
            "Eitan",
            "Maayan",
            "Lior",
            "Shira",
            "Hadas",
            "Nadav",
        ],
        [
            "Cohen",
            "Levi",
            "Mizrahi",
            "Peretz",
            "Biton",
            "Friedman",
            "Azoulay",
            "Dahan",
            "Shapiro",
            "Ben-David",
        ],
    ),
    (
        ["Mohammed", "Rania", "Lina", "Amir", "Layan", "Yousef", "Nour", "Ahmad"],
        ["Khatib", "Haddad", "Abu-Ghosh", "Nasser", "Masarwa", "Zoabi", "Jabareen"],
    ),
    (["Dmitri", "Olga", "Anastasia", "Maxim", "Daniel"], ["Kaplan", "Rabinovich", "Sokolov", "Ivanov"]),
    (["Tigist", "Yonatan", "Meskerem", "Avraham"], ["Worku", "Tadesse", "Mekonen", "Alemu"]),
]
IL_FIRST = [n for group in IL_GROUPS for n in group[0]]
IL_LAST = [n for group in IL_GROUPS for n in group[1]]
IL_HEB = ["נועה לוי", "יעל כהן", "איתי מזרחי", "תמר פרץ", "אביגיל דהן", "עומר ביטון"]
CA_FIRST = [
    "Liam",
    "Olivia",
    "Priya",
    "Wei",
    "Ayesha",
    "Chidi",
    "Jean-François",
    "Chloé",
    "Mateo",
    "Harpreet",
    "Siobhan",
    "Kateri",
    "Nathan",
    "Fatima",
    "Ethan",
    "Mei",
    "Gurpreet",
    "Amelia",
    "Tenzin",
    "Aaliyah",
]
CA_LAST = [
    "Tremblay",
    "Sandhu",
    "Zhang",
    "Siddiqui",
    "Okonkwo",
    "Gagnon",
    "MacDonald",
    "Singh",
    "Nguyen",
    "O'Connor",
    "Wong",
    "Campbell",
    "Patel",
    "Morin",
    "Kovalenko",
    "Yusuf",
    "Deer",
    "Ferreira",
    "Lee",
    "Roy",
]
MX_FIRST = [
    "Sofía",
    "Santiago",
    "Ximena",
    "Mateo",
    "Itzel",
    "José Luis",
    "Valentina",
    "Diego",
    "Guadalupe",
    "Emiliano",
    "Renata",
    "Juan Pablo",
    "Camila",
    "Leonardo",
    "María José",
    "Xóchitl",
    "Regina",
    "Alejandro",
]
MX_LAST = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Jiménez",
    "Reyes",
    "Díaz",
    "Torres",
    "Cuauhtémoc",
    "Chan",
]
MAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net"]
STAFF_DOMAIN = "talkbridge.example"

IL_CITIES = [
    "Tel Aviv-Yafo",
    "Haifa",
    "Jerusalem",
    "Be'er Sheva",
    "Netanya",
    "Rishon LeZion",
    "Nazareth",
    "Bnei Brak",
    "Modi'in",
    "Ashdod",
    "Kfar Saba",
    "תל אביב-יפו",
    "חיפה",
]
CA_CITIES = [
    "Toronto",
    "Ottawa",
    "Mississauga",
    "Hamilton",
    "London",
    "Brampton",
    "Kitchener",
    "Sudbury",
    "Markham",
    "Thunder Bay",
    "Windsor",
]
MX_CITIES = [
    "Ciudad de México",
    "Guadalajara",
    "Monterrey",
    "Puebla",
    "Mérida",
    "Querétaro",
    "Tijuana",
    "León",
    "Oaxaca de Juárez",
    "Zapopan",
]
IL_STREETS = [
    "Herzl",
    "Rothschild",
    "HaNasi",
    "Ben Yehuda",
    "Jabotinsky",
    "Weizmann",
    "HaGalil",
    "Derech Hevron",
    "Allenby",
    "Sokolov",
    "Tuvia Almog",
    "Paul VI",
]
CA_STREETS = [
    "Queen St W",
    "Bloor St E",
    "Yonge St",
    "Bank St",
    "King St E",
    "Dundas St W",
    "Main St N",
    "Elgin St",
    "Lakeshore Rd",
    "Bathurst St",
    "Eglinton Ave W",
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Hidalgo",
    "Av. Juárez",
    "Calle 5 de Mayo",
    "Av. Vallarta",
    "Calle Morelos",
    "Av. Constitución",
    "Calle Zaragoza",
]
MX_COLONIAS = [
    "Del Valle",
    "Roma Norte",
    "Narvarte",
    "Providencia",
    "Obispado",
    "Centro",
    "Santa Fe",
    "Coyoacán",
    "Chapultepec",
    "Jardines del Bosque",
]
CLINICS = [
    "TalkBridge Tel Aviv",
    "TalkBridge Haifa",
    "TalkBridge Toronto Midtown",
    "TalkBridge Ottawa",
    "TalkBridge CDMX Del Valle",
    "TalkBridge Guadalajara",
]
CLINIC_CITIES = ["Tel Aviv-Yafo", "Haifa", "Toronto", "Ottawa", "Ciudad de México", "Guadalajara"]
CLINIC_PHONES = [
    "+972 3-555-0140",
    "+972 4-555-0177",
    "+1 416-555-0192",
    "+1 613-555-0118",
    "+52 55 5555 0134",
    "+52 33 5555 0160",
]
CLINIC_ADDRESSES = [
    "Derech Menachem Begin 132, Tel Aviv-Yafo",
    "Sderot HaNassi 8, Haifa",
    "2200 Yonge St, Suite 1400, Toronto, ON",
    "150 Elgin St, Ottawa, ON",
    "Av. Insurgentes Sur 1602, Piso 4, CDMX",
    "Av. Vallarta 3233, Guadalajara",
]
SCHOOLS = [
    "Bet Sefer Yahalom",
    "Ort Nazareth Elementary",
    "Maple Grove Public School",
    "St. Brigid Catholic School",
    "Escuela Primaria Benito Juárez",
    "Colegio Montessori del Valle",
    "Ganey Yeladim Rimon",
    "Rolling Hills PS",
]
DISTRICTS = [
    "Toronto District School Board",
    "Ottawa-Carleton DSB",
    "Misrad HaChinuch - Mahoz Tel Aviv",
    "SEP Ciudad de México",
    "Peel District School Board",
    "SEJ Jalisco",
]
DIAGNOSES = [
    "Autism spectrum disorder",
    "Global developmental delay",
    "Expressive language disorder",
    "Childhood apraxia of speech",
    "Mixed receptive-expressive language disorder",
    "Developmental language disorder",
    "Down syndrome",
    "Childhood-onset fluency disorder",
    "Trastorno del espectro autista",
    "Retraso global del desarrollo",
    "Otizm (ASD)",
    "Ikuv hitpatchuti globali",
]
ICD10 = ["F84.0", "F88", "F80.1", "F80.2", "R48.2", "F80.81", "Q90.9", "F90.0", "F80.9"]
CONCERNS = [
    "Not yet using words",
    "Doesn't respond to name",
    "Limited eye contact",
    "Stuttering",
    "Hard to understand",
    "Repetitive play",
    "Sensory sensitivities",
    "Lost words they had",
    "Picky eating / feeding difficulties",
]
MEDS = [
    "melatonin",
    "risperidone",
    "methylphenidate",
    "none",
    "aripiprazole",
    "omeprazole",
    "fluticasone inhaler",
]
ALLERGIES = ["none", "peanuts", "tree nuts", "penicillin", "latex", "eggs", "sesame"]
PRODUCTS = [
    "Chewy Tube Set (3 pcs)",
    "PECS Starter Kit",
    "Talking Tiles AAC Pack",
    "Weighted Lap Pad 2kg",
    "Visual Timer 60 min",
    "Articulation Flip Book",
    "Lámina de Pictogramas",
    "Kartisiyot Tmunot - Hebrew",
    "Bubble Tube Light",
    "Noise-Cancelling Kids Earmuffs",
    "Fidget Bundle",
]
PRODUCT_BRANDS = ["TalkBridge Press", "Ark Therapeutic", "Super Duper", "Pyramid", "Time Timer", "Mumbo"]
PRODUCT_CATEGORIES = ["AAC", "Oral motor", "Sensory", "Books", "Visual supports", "Toys"]
INSURERS = [
    "Sun Life",
    "Manulife",
    "Canada Life",
    "Green Shield",
    "GNP Seguros",
    "AXA Seguros",
    "MetLife México",
    "Harel",
    "Migdal",
    "Phoenix",
]
KUPOT = ["Clalit", "Maccabi", "Meuhedet", "Leumit", "כללית", "מכבי"]
CARRIERS = [
    "Cellcom",
    "Partner",
    "Pelephone",
    "HOT mobile",
    "Rogers",
    "Bell",
    "TELUS",
    "Telcel",
    "AT&T México",
    "Movistar",
]
LOCALES = ["he-IL", "en-CA", "fr-CA", "es-MX", "ar-IL", "ru-IL", "en-US"]
TIMEZONES = [
    "Asia/Jerusalem",
    "America/Toronto",
    "America/Mexico_City",
    "America/Monterrey",
    "America/Tijuana",
]
LANGUAGES = [
    "Hebrew",
    "Arabic",
    "Russian",
    "Amharic",
    "English",
    "French",
    "Spanish",
    "Punjabi",
    "Mandarin",
    "Tagalog",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
]


def region(f: Fake) -> str:
    return f.pick(["IL", "CA", "MX"])


def first_name(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return f.pick({"IL": IL_FIRST, "CA": CA_FIRST, "MX": MX_FIRST}[reg])


def last_name(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "MX":
        return f.pick(MX_LAST)
    return f.pick({"IL": IL_LAST, "CA": CA_LAST}[reg])


def full_name(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "IL" and f.r.random() < 0.15:
        return f.pick(IL_HEB)
    if reg == "MX":
        return f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)} {f.pick(MX_LAST)}"
    if reg == "IL":
        firsts, lasts = f.pick(IL_GROUPS)
        return f"{f.pick(firsts)} {f.pick(lasts)}"
    return f"{first_name(f, reg)} {last_name(f, reg)}"


def child_ref(f: Fake) -> str:
    """How staff refer to a child in a calendar or a note: first name and an initial."""
    reg = region(f)
    return f"{first_name(f, reg)} {last_name(f, reg)[0]}."


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúñüçèÁÉÍÓÚÑ'", "aeiounuceAEIOUN-")
    return s.translate(table).lower().replace(" ", "")


def email(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    first = ascii_fold(first_name(f, reg if reg != "IL" else "IL"))
    last = ascii_fold(last_name(f, reg))
    shape = f.pick(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{fi}{l}", "{l}.{f}{n}"])
    local = shape.format(f=first, l=last, n=f.r.randint(1, 99), fi=first[0])
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    reg = region(f)
    return f"{ascii_fold(first_name(f, reg))}.{ascii_fold(last_name(f, reg))}@{STAFF_DOMAIN}"


def il_phone(f: Fake) -> str:
    pre = f.pick(["50", "52", "53", "54", "55", "58"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick(
        [
            f"0{pre}-{a}{b}",
            f"+972-{pre}-{a}-{b}",
            f"+972{pre}{a}{b}",
            f"0{pre}-{a}-{b}",
            f"0{f.pick(['2', '3', '4', '8', '9'])}-{f.r.randint(5000000, 9999999)}",
        ]
    )


def ca_phone(f: Fake) -> str:
    area = f.pick(["416", "647", "437", "905", "289", "613", "519", "705", "807"])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1{area}{ex}{line:04d}",
            f"+1 {area} {ex} {line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def mx_phone(f: Fake) -> str:
    area = f.pick(["55", "33", "81", "222", "999", "442"])
    rest = f.digits(10 - len(area))
    half = len(rest) // 2
    return f.pick(
        [
            f"+52 {area} {rest[:half]} {rest[half:]}",
            f"{area} {rest[:half]} {rest[half:]}",
            f"+52 1 {area} {rest[:half]} {rest[half:]}",
            f"({area}) {rest[:half]}-{rest[half:]}",
            f"+52{area}{rest}",
        ]
    )


def phone(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return {"IL": il_phone, "CA": ca_phone, "MX": mx_phone}[reg](f)


def street(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "IL":
        return f.pick(
            [
                f"Rehov {f.pick(IL_STREETS)} {f.r.randint(1, 120)}",
                f"{f.pick(IL_STREETS)} {f.r.randint(1, 120)}/{f.r.randint(1, 30)}",
                f"רחוב הרצל {f.r.randint(1, 90)}",
            ]
        )
    if reg == "CA":
        return f.pick(
            [
                f"{f.r.randint(1, 3999)} {f.pick(CA_STREETS)}",
                f"{f.r.randint(1, 2999)}-{f.r.randint(1, 999)} {f.pick(CA_STREETS)}",
            ]
        )
    return f"{f.pick(MX_STREETS)} {f.r.randint(1, 3000)}" + f.pick(["", f" Int. {f.r.randint(1, 20)}"])


def city(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return f.pick({"IL": IL_CITIES, "CA": CA_CITIES, "MX": MX_CITIES}[reg])


def postal(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    if reg == "IL":
        return f.digits(7)
    if reg == "MX":
        return f"{f.r.randint(1000, 99999):05d}"
    u = string.ascii_uppercase.replace("D", "").replace("F", "").replace("I", "").replace("O", "")
    return (
        f"{f.pick('KLMNP')}{f.r.randint(0, 9)}{f.pick(u)} {f.r.randint(0, 9)}{f.pick(u)}{f.r.randint(0, 9)}"
    )


def full_address(f: Fake) -> str:
    reg = region(f)
    if reg == "CA":
        return f"{street(f, reg)}, {city(f, reg)}, ON {postal(f, reg)}"
    if reg == "MX":
        return f"{street(f, reg)}, Col. {f.pick(MX_COLONIAS)}, {postal(f, reg)} {city(f, reg)}"
    return f"{street(f, reg)}, {city(f, reg)} {postal(f, reg)}"


HOME_AREAS = [
    (32.08, 34.78),
    (32.79, 34.99),
    (31.77, 35.21),
    (31.25, 34.79),
    (43.65, -79.38),
    (43.59, -79.64),
    (45.42, -75.69),
    (19.43, -99.13),
    (20.67, -103.35),
    (25.69, -100.32),
]


def coords(f: Fake) -> tuple[float, float]:
    lat, lon = f.pick(HOME_AREAS)
    return round(lat + f.r.uniform(-0.09, 0.09), 6), round(lon + f.r.uniform(-0.09, 0.09), 6)


def home_lat(f: Fake) -> float:
    """A latitude; the longitude rendered next (home_lon) belongs to the same point."""
    lat, lon = coords(f)
    f.pending_lon = lon
    return lat


def home_lon(f: Fake) -> float:
    return f.__dict__.pop("pending_lon", None) or coords(f)[1]


def child_dob(f: Fake) -> str:
    return f.date(2016, 2023)


def adult_dob(f: Fake) -> str:
    return f.pick(
        [f.date(1972, 2001), f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1972, 2001)}"]
    )


# -- identifiers with real check digits -----------------------------------------------------------


def teudat_zehut(f: Fake) -> str:
    return f.luhn_complete(f"{f.r.randint(0, 99999999):08d}")


def sin(f: Fake) -> str:
    n = f.luhn_complete(str(f.pick([1, 2, 3, 4, 5, 6, 7])) + f"{f.r.randint(0, 9999999):07d}")
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def ohip(f: Fake) -> str:
    n = f.luhn_complete(str(f.r.randint(1, 9)) + f"{f.r.randint(0, 99999999):08d}")
    vc = f.pick(["", "AB", "KL", "XY", "MT"])
    return f.pick(
        [
            f"{n[:4]}-{n[4:7]}-{n[7:]}{('-' + vc) if vc else ''}",
            n + vc,
            f"{n[:4]} {n[4:7]} {n[7:]} {vc}".strip(),
        ]
    )


def imss_nss(f: Fake) -> str:
    return f.luhn_complete(
        f"{f.r.randint(1, 99):02d}{f.r.randint(60, 99):02d}{f.r.randint(60, 99):02d}{f.digits(4)}"
    )


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
MX_STATES = ["DF", "JC", "NL", "PL", "YN", "QT", "BC", "GT", "OC", "MC"]


def curp(f: Fake, start=1972, end=2023) -> str:
    up = string.ascii_uppercase
    vowels = "AEIOU"
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    year = f.r.randint(start, end)
    body = (
        f.pick(up)
        + f.pick(vowels)
        + f.pick(up)
        + f.pick(up)
        + f"{year % 100:02d}"
        + f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + f.pick("HM")
        + f.pick(MX_STATES)
        + f.pick(cons)
        + f.pick(cons)
        + f.pick(cons)
        + (str(f.r.randint(0, 9)) if year < 2000 else f.pick("ABC"))
    )
    total = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def rfc(f: Fake) -> str:
    up = string.ascii_uppercase
    return (
        f.pick(up)
        + f.pick("AEIOU")
        + f.pick(up)
        + f.pick(up)
        + f"{f.r.randint(60, 99):02d}"
        + f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + "".join(f.pick(up + "0123456789") for _ in range(3))
    )


def clabe(f: Fake) -> str:
    body = (
        f.pick(["002", "012", "014", "021", "072", "127"])
        + f.pick(["180", "320", "580", "650"])
        + f.digits(11)
    )
    weights = [3, 7, 1] * 6
    total = sum((int(d) * w) % 10 for d, w in zip(body, weights, strict=False))
    return body + str((10 - total % 10) % 10)


def il_iban(f: Fake) -> str:
    bban = (
        f.pick(["010", "012", "011", "020", "031"])
        + f"{f.r.randint(1, 999):03d}"
        + f"{f.r.randint(0, 10**13 - 1):013d}"
    )
    numeric = "".join(str(int(c, 36)) for c in bban + "IL00")
    raw = f"IL{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def il_bank_account(f: Fake) -> str:
    return (
        f"{f.pick(['10', '12', '11', '20', '31'])}-{f.r.randint(100, 999)}-{f.r.randint(100000, 999999999)}"
    )


def payroll_tax_id(f: Fake) -> str:
    """A therapist's tax id; the payroll fields rendered after it follow the same country."""
    f.payroll_region = region(f)
    return {"CA": sin, "IL": teudat_zehut, "MX": rfc}[f.payroll_region](f)


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def stripe_id(f: Fake, prefix: str, n=24) -> str:
    return prefix + alnum(f, n)


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(56))


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def plate(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            f"{f.r.randint(10, 99)}-{f.r.randint(100, 999)}-{f.r.randint(10, 99)}",
            f"{f.r.randint(100, 999)}-{f.r.randint(10, 99)}-{f.r.randint(100, 999)}",
            "".join(f.pick(up) for _ in range(4)) + f" {f.r.randint(100, 999)}",
            "".join(f.pick(up) for _ in range(3)) + f"-{f.r.randint(100, 999)}-{f.pick(up)}",
        ]
    )


def prof_license(f: Fake) -> str:
    return f.pick(
        [
            f"R{f.r.randint(1000, 9999)}",
            f"{f.r.randint(20000, 99999)}",
            f"{f.r.randint(4000000, 13999999)}",
            f"CASLPO-{f.r.randint(1000, 9999)}",
        ]
    )


def zoom_uuid(f: Fake) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits + "+/") for _ in range(22)) + "=="


def bin_masked(f: Fake) -> str:
    return f.pick(["458011", "532610", "411111", "376654", "522098"]) + "******" + f.digits(4)


# -- contexts of the client libraries ---------------------------------------------------------------


def ctx_traits():
    return {
        "email": Y(lambda f: email(f), "email"),
        "name": Y(lambda f: full_name(f), "name"),
        "phone": Opt(Y(lambda f: phone(f), "phone"), 0.5),
    }


def web_ctx(pages):
    def build(f: Fake):
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"])),
            },
            "page": {
                "path": G(lambda f, p=pages: f.pick(p)),
                "referrer": G(
                    lambda f: f.pick(
                        [
                            "",
                            "https://www.google.com/",
                            "https://www.facebook.com/",
                            "https://l.instagram.com/",
                            "https://www.bing.com/",
                        ]
                    )
                ),
                "search": G(
                    lambda f: f.pick(
                        [
                            "",
                            "?utm_source=facebook&utm_medium=paid",
                            "?lang=he",
                            "?step=2",
                            "?ref=pediatrician",
                        ]
                    )
                ),
                "title": G(
                    lambda f: f.pick(
                        [
                            "TalkBridge | Speech therapy for kids",
                            "Start a referral - TalkBridge",
                            "Family portal",
                            "Tienda TalkBridge",
                        ]
                    )
                ),
                "url": G(lambda f, p=pages: "https://portal.talkbridge.example" + f.pick(p)),
            },
            "userAgent": G(lambda f: f.pick(UAS)),
            "userAgentData": Opt(
                {
                    "brands": Many(
                        {
                            "brand": G(
                                lambda f: f.pick(
                                    ["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"]
                                )
                            ),
                            "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                        },
                        3,
                    ),
                    "mobile": G(lambda f: f.pick([True, False])),
                    "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Chrome OS"])),
                },
                0.6,
            ),
            "locale": G(lambda f: f.pick(LOCALES)),
            "timezone": G(lambda f: f.pick(TIMEZONES)),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
            "campaign": Opt(
                {
                    "name": G(
                        lambda f: f.pick(
                            ["oap_awareness_2024", "lead_gen_he", "regreso_a_clases", "teletherapy_launch"]
                        )
                    ),
                    "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "instagram"])),
                    "medium": G(lambda f: f.pick(["paid", "cpc", "email", "social"])),
                    "term": Opt(
                        G(
                            lambda f: f.pick(
                                [
                                    "speech therapy toronto",
                                    "terapia de lenguaje niños",
                                    "kalinait tikshoret",
                                    "autism assessment ontario",
                                ]
                            )
                        ),
                        0.5,
                    ),
                    "content": Opt(G(lambda f: f.pick(["carousel_a", "video_15s", "banner_he"])), 0.5),
                },
                0.35,
            ),
            "consent": Opt(
                {
                    "categoryPreferences": {
                        "Advertising": G(lambda f: f.pick([True, False])),
                        "Analytics": G(lambda f: True),
                        "Functional": G(lambda f: f.pick([True, False])),
                    }
                },
                0.7,
            ),
            "traits": Opt(ctx_traits(), 0.3),
        }

    return build


def app_block(name, ns, versions, builds):
    return {
        "name": G(lambda f, n=name: n),
        "version": G(lambda f, v=versions: f.pick(v)),
        "build": G(lambda f, b=builds: f.pick(b)),
        "namespace": G(lambda f, n=ns: n),
    }


def network_block():
    return {
        "wifi": G(lambda f: f.pick([True, False])),
        "cellular": G(lambda f: f.pick([True, False])),
        "carrier": Opt(G(lambda f: f.pick(CARRIERS)), 0.8),
        "bluetooth": Opt(G(lambda f: False), 0.5),
    }


def swift_ctx(f: Fake):
    """The therapists' iPad/iPhone app, analytics-swift with a location plugin for home visits."""
    return {
        "app": app_block(
            "TalkBridge Clinician",
            "com.talkbridge.clinician",
            ["4.2.0", "4.3.1", "4.4.0"],
            ["420", "431", "440"],
        ),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad14,1", "iPhone15,3", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPad", "iPhone"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": network_block(),
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "iOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 1024, 393])),
            "height": G(lambda f: f.pick([1180, 1366, 852])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "location": Opt(
            {
                "latitude": Y(home_lat, "geolocation"),
                "longitude": Y(home_lon, "geolocation"),
                "speed": G(lambda f: f.pick([0, 0.0, 1.4, 12.2])),
            },
            0.5,
        ),
        "traits": Opt(
            {"email": Y(lambda f: staff_email(f), "email"), "name": Y(lambda f: full_name(f), "name")}, 0.4
        ),
    }


def kotlin_ctx(f: Fake):
    """The parents' Android app, analytics-kotlin."""
    return {
        "app": app_block(
            "TalkBridge Family",
            "com.talkbridge.family",
            ["3.8.2", "3.9.0", "3.9.1"],
            ["30802", "30900", "30901"],
        ),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "Pixel 7a", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "lynx", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": network_block(),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "traits": Opt(ctx_traits(), 0.4),
    }


def rn_ctx(f: Fake):
    """The parents' app on iOS, analytics-react-native."""
    return {
        "app": app_block(
            "TalkBridge Family", "com.talkbridge.family", ["3.8.2", "3.9.0", "3.9.1"], ["382", "390", "391"]
        ),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone13,2", "iPhone14,5", "iPhone16,1", "iPad12,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": network_block(),
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.6.1"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": Opt(ctx_traits(), 0.4),
    }


def flutter_ctx(f: Fake):
    """The Mexican families' app, analytics_flutter."""
    return {
        "app": app_block(
            "TalkBridge Familias",
            "mx.talkbridge.familias",
            ["2.1.0", "2.2.3", "2.3.0"],
            ["210", "223", "230"],
        ),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Apple", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto e13", "iPhone12,1", "MAR-LX3A"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.0.2", "1.1.0", "1.1.1"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "es-419", "en-US"])),
        "network": network_block(),
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 828])),
            "height": G(lambda f: f.pick([1600, 2400, 1792])),
            "density": G(lambda f: f.pick([2.0, 3.0])),
        },
        "timezone": G(
            lambda f: f.pick(
                ["America/Mexico_City", "America/Monterrey", "America/Tijuana", "America/Merida"]
            )
        ),
        "userAgent": Opt(G(lambda f: "Dart/3.3 (dart:io)"), 0.5),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.5.0", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_ctx(lib):
    name, versions = SERVER_LIBS[lib]

    def build(f: Fake):
        ctx = {
            "library": {"name": G(lambda f, n=name: n), "version": G(lambda f, v=versions: f.pick(v))},
            "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.5),
            "userAgent": Opt(G(lambda f: f.pick(UAS)), 0.3),
            "groupId": Opt(G(lambda f: "clinic_" + f.digits(3)), 0.3),
        }
        if lib in ("python", "node"):
            ctx["externalIds"] = Opt(
                Many(
                    {
                        "id": Y(lambda f: email(f), "email", True),
                        "type": G(lambda f: "email"),
                        "collection": G(lambda f: "users"),
                        "encoding": G(lambda f: "none"),
                    },
                    1,
                ),
                0.3,
            )
        if lib == "dotnet":
            ctx["instanceId"] = G(lambda f: f.uuid())
        return ctx

    return build


CONTEXTS = {
    "web_family": web_ctx(["/", "/referral", "/referral/child", "/portal/sessions", "/portal/billing"]),
    "web_shop": web_ctx(["/shop", "/shop/cart", "/shop/checkout", "/shop/p/pecs-starter-kit"]),
    "web_landing": web_ctx(["/lp/autism-assessment", "/lp/terapia-lenguaje", "/lp/kalinaut"]),
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}


# -- free text ------------------------------------------------------------------------------------


def session_note(f: Fake) -> str:
    kid = first_name(f)
    return f.pick(
        [
            (
                f"{kid} produced /s/ in initial position 7/10 with a visual "
                "cue; fronting persists in conversation."
            ),
            f"{kid} used the AAC device to request 'more bubbles' 4x independently. Echolalia reduced today.",
            (
                f"Mom reports {kid} had 2 meltdowns at daycare this week. "
                "Worked on joint attention with turn-taking games."
            ),
            (
                f"{kid} tolerated the chewy tube for 5 min; oral-motor tone "
                "still low. Continue feeding desensitisation."
            ),
            (
                f"Good session. {kid} combined two words ('want car', 'daddy go') "
                "for the first time. Stuttering blocks fewer."
            ),
            f"{kid} was dysregulated after a new medication start (per dad). Shortened session to 30 min.",
        ]
    )


def nota_clinica(f: Fake) -> str:
    kid = f.pick(MX_FIRST)
    return f.pick(
        [
            (
                f"{kid} logró imitar 5 sílabas CV con apoyo visual. "
                "Persiste la apraxia en palabras de 3 sílabas."
            ),
            f"La mamá de {kid} comenta que ya pide agua con seña. Trabajamos atención conjunta.",
            (
                f"{kid} llegó muy inquieto; el TEA dificulta la "
                "transición. Usamos agenda visual con pictogramas."
            ),
            f"Sesión breve: {kid} con otitis según la abuela. Se practicaron praxias orofaciales.",
        ]
    )


def goal_text(f: Fake) -> str:
    kid = first_name(f)
    return f.pick(
        [
            f"Given a visual schedule, {kid} will request help using 2-word phrases in 4/5 opportunities.",
            f"{kid} will produce final consonants in CVC words with 80% accuracy across 3 sessions.",
            f"{kid} will respond to name within 3 seconds in 8/10 trials with minimal prompting.",
            f"Using the AAC device, {kid} will comment on peers' play twice per 20-minute session.",
            f"{kid} will use smooth-speech strategies in structured conversation with 90% fluency.",
        ]
    )


def parent_message(f: Fake) -> str:
    therapist = first_name(f)
    kid = first_name(f)
    return f.pick(
        [
            f"Hi {therapist}, {kid} has a fever so we'll need to cancel tomorrow.",
            f"Thanks {therapist}! {kid} said 'mama' twice today after the session 🙂",
            f"Hola {therapist}, ¿podemos cambiar la sesión de {kid} al jueves?",
            f"{therapist}, the school asked for {kid}'s progress report before the IEP meeting.",
            f"Shalom {therapist}, {kid} won't be at the gan on Sunday, can we do teletherapy?",
        ]
    )


def sms_body(f: Fake) -> str:
    kid = first_name(f)
    day = f.pick(["Tue 16:00", "Wed 09:30", "Sun 15:15", "jueves 17:00", "Thu 11:45"])
    return f.pick(
        [
            (
                f"Hi! Reminder: {kid}'s speech session is on {day} at "
                "TalkBridge. Reply C to confirm or R to reschedule."
            ),
            f"Recordatorio: la sesión de {kid} es el {day}. Responde C para confirmar.",
            f"TalkBridge: {kid}'s teletherapy link for {day} is in your family portal.",
            f"Tzohorayim tovim! Tizkoret: hatipul shel {kid} b-{day}. Lehishur hashiv C.",
        ]
    )


# -- events -----------------------------------------------------------------------------------------


def address_block():
    return {
        "street": Y(lambda f: street(f), "street|address"),
        "city": Y(lambda f: city(f), "city"),
        "postalCode": Y(lambda f: postal(f), "zipcode"),
        "state": G(
            lambda f: f.pick(
                ["ON", "Ontario", "Jalisco", "CDMX", "Nuevo León", "Tel Aviv District", "Haifa District"]
            )
        ),
        "country": G(lambda f: f.pick(["CA", "IL", "MX"])),
    }


def shop_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f"TB-{f.pick(['AAC', 'ORM', 'SEN', 'BK', 'VIS'])}-{f.r.randint(100, 999)}"),
        "name": G(lambda f: f.pick(PRODUCTS)),
        "brand": G(lambda f: f.pick(PRODUCT_BRANDS)),
        "category": G(lambda f: f.pick(PRODUCT_CATEGORIES)),
        "variant": Opt(G(lambda f: f.pick(["Ages 2-5", "Hebrew", "Español", "Blue", "Set of 3"])), 0.6),
        "price": G(lambda f: f.money(8, 420)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"https://portal.talkbridge.example/shop/p/{f.r.randint(1000, 9999)}"),
    }


def stripe_address():
    return {
        "line1": Y(lambda f: street(f), "address|street"),
        "line2": Opt(
            Y(lambda f: f.pick(["Apt 4", "Unit 1207", "Depto. 3B", "Dira 12", "Int. 5"]), "address|street"),
            0.5,
        ),
        "city": Y(lambda f: city(f), "city"),
        "postal_code": Y(lambda f: postal(f), "zipcode"),
        "state": G(lambda f: f.pick(["ON", "JAL", "CMX", "NLE", ""])),
        "country": G(lambda f: f.pick(["CA", "MX", "IL"])),
    }


PARENT_APP = ["kotlin", "rn"]


def hubspot_field(name, gen):
    """One entry of a HubSpot form submission: every value is the submitter's name, e-mail or phone."""
    return {
        "objectTypeId": G(lambda f: "0-1"),
        "name": G(lambda f, n=name: n),
        "value": Y(gen, "name|email|phone", True),
    }


EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- referrals and intake ----------------------------------------------------------------------
    (
        "page",
        "Referral",
        ["web_family"],
        {
            "path": G(lambda f: f.pick(["/referral", "/referral/child", "/referral/guardian"])),
            "url": G(
                lambda f: (
                    "https://portal.talkbridge.example"
                    + f.pick(["/referral", "/referral/child", "/referral/guardian"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Start a referral - TalkBridge", "Referencia - TalkBridge", "Hafnaya - TalkBridge"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://portal.talkbridge.example/"])
            ),
            "search": G(lambda f: f.pick(["", "?step=2", "?lang=es", "?src=oap"])),
        },
    ),
    (
        "track",
        "Referral Started",
        ["web_family", "rn"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "referral_source": G(
                lambda f: f.pick(["pediatrician", "school", "self", "daycare", "kupat_holim"])
            ),
            "region": G(lambda f: f.pick(["IL", "ON", "MX"])),
            "child_age_months": G(lambda f: f.r.randint(14, 96)),
            "language_at_home": G(lambda f: f.pick(LANGUAGES)),
            "preferred_contact_method": G(lambda f: f.pick(["sms", "email", "phone", "whatsapp"])),
        },
    ),
    (
        "track",
        "Referral Submitted",
        ["node"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "child": {
                "first_name": Y(lambda f: first_name(f), "name"),
                "last_name": Y(lambda f: last_name(f), "name"),
                "date_of_birth": Y(lambda f: child_dob(f), "birthdate"),
                "sex": Y(lambda f: f.pick(["F", "M", "female", "male"]), "sex|gender"),
                "primary_language": G(lambda f: f.pick(LANGUAGES)),
                "daycare_or_school": Opt(G(lambda f: f.pick(SCHOOLS)), 0.7),
            },
            "guardian": {
                "full_name": Y(lambda f: full_name(f), "name"),
                "relationship": G(
                    lambda f: f.pick(["mother", "father", "grandmother", "foster parent", "legal guardian"])
                ),
                "email": Y(lambda f: email(f), "email"),
                "mobile": Y(lambda f: phone(f), "phone"),
                "secondary_phone": Opt(Y(lambda f: phone(f), "phone"), 0.4),
                "preferred_language": G(lambda f: f.pick(LANGUAGES)),
                "interpreter_needed": G(lambda f: f.pick([True, False])),
            },
            "concerns": Many(Y(lambda f: f.pick(CONCERNS), "condition"), 3),
            "diagnosis_status": Y(
                lambda f: f.pick(["diagnosed", "suspected", "awaiting assessment"]), "diagnosis"
            ),
            "diagnosis_count": G(lambda f: f.r.randint(0, 3)),
            "referring_physician": Opt(
                {
                    "name": Y(lambda f: "Dr. " + full_name(f), "name"),
                    "clinic": G(
                        lambda f: f.pick(
                            [
                                "SickKids Developmental Paediatrics",
                                "Clalit Child Development Center",
                                "Hospital Infantil de México",
                                "CHEO",
                            ]
                        )
                    ),
                    "phone": G(
                        lambda f: f.pick(
                            ["+1 416-555-0101", "+972 3-555-0199", "+52 55 5555 0110", "+1 613-555-0170"]
                        )
                    ),
                    "license_number": Y(lambda f: prof_license(f), "license"),
                },
                0.6,
            ),
            "consent_to_contact": G(lambda f: True),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web_family"],
        {
            "input": Y(lambda f: street(f), "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "selected_place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
            "form": G(lambda f: f.pick(["referral", "billing", "home_visit"])),
        },
    ),
    (
        "track",
        "Intake Form Submitted",
        ["python"],
        {
            "event_id": G(lambda f: f.hexid(20).upper()),
            "event_type": G(lambda f: "form_response"),
            "form_response": {
                "form_id": G(lambda f: f.pick(["lT4Z3j", "Qx9Pa1", "mN2bYc"])),
                "token": G(lambda f: f.hexid(32)),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "definition": {
                    "id": G(lambda f: f.pick(["lT4Z3j", "Qx9Pa1", "mN2bYc"])),
                    "title": G(
                        lambda f: f.pick(["Family intake (EN)", "Cuestionario de ingreso", "Sheelon klita"])
                    ),
                },
                "hidden": {
                    "utm_source": G(lambda f: f.pick(["facebook", "google", "pediatrician_flyer"])),
                },
                "answers": Seq(
                    [
                        {
                            "type": G(lambda f: "text"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "short_text"),
                                "ref": G(lambda f: "child_name"),
                            },
                            "text": Y(lambda f: full_name(f), "name", True),
                        },
                        {
                            "type": G(lambda f: "email"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "email"),
                                "ref": G(lambda f: "parent_email"),
                            },
                            "email": Y(lambda f: email(f), "email"),
                        },
                        {
                            "type": G(lambda f: "phone_number"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "phone_number"),
                                "ref": G(lambda f: "parent_phone"),
                            },
                            "phone_number": Y(
                                lambda f: f.pick(
                                    [
                                        "+9725" + f.digits(8),
                                        "+1" + f.pick(["416", "647", "613"]) + f.digits(7),
                                        "+52" + f.digits(10),
                                    ]
                                ),
                                "phone",
                            ),
                        },
                        {
                            "type": G(lambda f: "date"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "date"),
                                "ref": G(lambda f: "child_dob"),
                            },
                            "date": Y(lambda f: child_dob(f), "birthdate", True),
                        },
                        {
                            "type": G(lambda f: "choice"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "multiple_choice"),
                                "ref": G(lambda f: "main_concern"),
                            },
                            "choice": {"label": Y(lambda f: f.pick(CONCERNS), "condition", True)},
                        },
                        {
                            "type": G(lambda f: "number"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "number"),
                                "ref": G(lambda f: "siblings"),
                            },
                            "number": G(lambda f: f.r.randint(0, 4)),
                        },
                    ]
                ),
            },
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["node"],
        {
            "portalId": G(lambda f: 4471823),
            "formGuid": G(lambda f: f.uuid()),
            "fields": Seq(
                [
                    hubspot_field("firstname", lambda f: first_name(f)),
                    hubspot_field("lastname", lambda f: last_name(f)),
                    hubspot_field("email", lambda f: email(f)),
                    hubspot_field("phone", lambda f: phone(f)),
                ]
            ),
            "context": {
                "hutk": G(lambda f: f.hexid(32)),
                "pageUri": G(
                    lambda f: "https://talkbridge.example/" + f.pick(["contact", "es/contacto", "he/contact"])
                ),
                "pageName": G(lambda f: f.pick(["Contact us", "Contacto", "Tzor kesher"])),
                "ipAddress": Y(lambda f: f.ipv4(), "ip"),
            },
        },
    ),
    (
        "track",
        "Lead Captured",
        ["php"],
        {
            "page-id": G(lambda f: f.uuid()),
            "page-variant": G(lambda f: f.pick(["a", "b", "c"])),
            "full-name": Y(lambda f: full_name(f), "name"),
            "email-address": Y(lambda f: email(f), "email"),
            "phone-number": Y(lambda f: phone(f), "phone"),
            "child-age": G(lambda f: f.pick(["under 2", "2-3", "4-5", "6+"])),
            "ip-address": Y(lambda f: f.ipv4(), "ip"),
            "submitted-at": G(lambda f: f.iso()),
            "utm-campaign": G(lambda f: f.pick(["oap_awareness_2024", "regreso_a_clases", "lead_gen_he"])),
            "gclid": Opt(Y(lambda f: gclid(f), "advertising id"), 0.5),
        },
    ),
    (
        "page",
        "Landing",
        ["web_landing"],
        {
            "path": G(lambda f: f.pick(["/lp/autism-assessment", "/lp/terapia-lenguaje", "/lp/kalinaut"])),
            "url": G(
                lambda f: (
                    "https://portal.talkbridge.example"
                    + f.pick(["/lp/autism-assessment", "/lp/terapia-lenguaje", "/lp/kalinaut"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Autism assessment in Ontario", "Terapia de lenguaje", "Kalinaut tikshoret"]
                )
            ),
            "gclid": Opt(Y(lambda f: gclid(f), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: fbclid(f), "advertising id"), 0.5),
            "experiment": G(lambda f: f.pick(["hero_video", "hero_photo", "control"])),
        },
    ),
    (
        "track",
        "Lead",
        ["python"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://portal.talkbridge.example/referral"),
            "user_data": {
                "fbp": Y(lambda f: fbp(f), "advertising id"),
                "fbc": Opt(Y(lambda f: fbc(f), "advertising id"), 0.6),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(lambda f: "usr_" + f.digits(7)),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 120])),
                "currency": G(lambda f: f.pick(["CAD", "ILS", "MXN"])),
            },
        },
    ),
    # -- families: identify in three markets ----------------------------------------------------------
    (
        "identify",
        None,
        ["web_family", "rn"],
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first_name(f), "name"),
            "lastName": Y(lambda f: last_name(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "address": address_block(),
            "preferredLanguage": G(lambda f: f.pick(LANGUAGES)),
            "createdAt": G(lambda f: f.iso()),
            "childrenCount": G(lambda f: f.r.randint(1, 3)),
            "fundingType": G(
                lambda f: f.pick(["private_pay", "oap_childhood_budget", "insurance", "kupah", "dif"])
            ),
            "region": G(lambda f: f.pick(["IL", "ON", "MX"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "maritalStatus": Opt(G(lambda f: f.pick(["married", "single", "divorced", "separated"])), 0.5),
            "occupation": Opt(
                G(
                    lambda f: f.pick(
                        ["Nurse", "Software developer", "Teacher", "Self-employed", "Truck driver"]
                    )
                ),
                0.5,
            ),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "nombre": Y(lambda f: f.pick(MX_FIRST), "name"),
            "apellido_paterno": Y(lambda f: f.pick(MX_LAST), "name"),
            "apellido_materno": Y(lambda f: f.pick(MX_LAST), "name"),
            "correo": Y(lambda f: email(f, "MX"), "email"),
            "telefono": Y(lambda f: mx_phone(f), "phone"),
            "curp": RED(lambda f: curp(f, 1975, 2001), "national id"),
            "fecha_nacimiento": Y(lambda f: adult_dob(f), "birthdate"),
            "domicilio": {
                "calle": Y(lambda f: f.pick(MX_STREETS), "street|address"),
                "numero_exterior": Y(lambda f: str(f.r.randint(1, 3000)), "street|address"),
                "colonia": Y(lambda f: f.pick(MX_COLONIAS), "address"),
                "codigo_postal": Y(lambda f: postal(f, "MX"), "zipcode"),
                "municipio": Y(
                    lambda f: f.pick(
                        ["Benito Juárez", "Coyoacán", "Zapopan", "San Pedro Garza García", "Tlaquepaque"]
                    ),
                    "city",
                ),
                "estado": G(
                    lambda f: f.pick(["Ciudad de México", "Jalisco", "Nuevo León", "Puebla", "Yucatán"])
                ),
            },
            "parentesco": G(lambda f: f.pick(["madre", "padre", "abuela", "tía", "tutor legal"])),
            "estado_civil": G(lambda f: f.pick(["casada", "soltera", "unión libre", "casado"])),
            "ocupacion": G(lambda f: f.pick(["maestra", "comerciante", "ingeniero", "ama de casa"])),
            "num_hijos": G(lambda f: f.r.randint(1, 4)),
            "pertenece_pueblo_indigena": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "fecha_registro": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["kotlin"],
        {
            "shem_prati": Y(lambda f: f.pick(IL_FIRST), "name"),
            "shem_mishpacha": Y(lambda f: f.pick(IL_LAST), "name"),
            "mispar_zehut": RED(lambda f: teudat_zehut(f), "national id"),
            "telefon_nayad": Y(lambda f: il_phone(f), "phone"),
            "email": Y(lambda f: email(f, "IL"), "email"),
            "ktovet": Y(lambda f: street(f, "IL"), "address|street"),
            "yishuv": Y(lambda f: city(f, "IL"), "city"),
            "mikud": Y(lambda f: postal(f, "IL"), "zipcode"),
            "kupat_holim": G(lambda f: f.pick(KUPOT)),
            "sfat_em": G(lambda f: f.pick(["ivrit", "aravit", "rusit", "amharit", "anglit"])),
            "migzar": Y(
                lambda f: f.pick(["haredi", "aravi", "dati-leumi", "klali", "beduini"]), "religion|ethnicity"
            ),
            "madad_sotsio_ekonomi": G(lambda f: f.r.randint(1, 10)),
            "taarich_hitztarfut": G(lambda f: f.date(2021, 2024)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: "usr_" + f.digits(7)),
            "EMAIL_ADDRESS": Y(lambda f: email(f), "email"),
            "FIRST_NAME": Y(lambda f: first_name(f), "name"),
            "LAST_NAME": Y(lambda f: last_name(f), "name"),
            "CHILD_DOB": Y(lambda f: child_dob(f), "birthdate"),
            "PRIMARY_DX": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "HEALTH_CARD_NO": Opt(RED(lambda f: ohip(f), "health id"), 0.6),
            "FUNDING_SOURCE": G(lambda f: f.pick(["OAP", "PRIVATE", "INSURANCE", "KUPAH", "DIF"])),
            "LIFETIME_SESSIONS": G(lambda f: f.r.randint(0, 240)),
            "LAST_SESSION_AT": G(lambda f: f.iso()),
            "LTV_CAD": G(lambda f: f.money(0, 24000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    ("alias", None, ["web_family", "kotlin", "node"], {}),
    # -- children ------------------------------------------------------------------------------------
    (
        "track",
        "Child Profile Created",
        PARENT_APP,
        {
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "first_name": Y(lambda f: first_name(f), "name"),
            "date_of_birth": Y(lambda f: child_dob(f), "birthdate"),
            "nickname": Opt(
                Y(lambda f: f.pick(["Noni", "Tomi", "Pepe", "Lulu", "Beni", "Chiquis"]), "name"), 0.5
            ),
            "gender": Y(lambda f: f.pick(["boy", "girl", "prefer not to say"]), "gender"),
            "diagnoses": Many(Y(lambda f: f.pick(DIAGNOSES), "diagnosis"), 2),
            "icd10_codes": Opt(Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2), 0.6),
            "born_premature": Y(lambda f: f.pick([True, False]), "condition"),
            "uses_aac_device": RED(lambda f: f.pick([True, False]), "disability"),
            "medications": Opt(Many(Y(lambda f: f.pick(MEDS), "medication"), 2), 0.6),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "school_name": Opt(G(lambda f: f.pick(SCHOOLS)), 0.7),
            "grade": Opt(
                G(lambda f: f.pick(["JK", "SK", "Grade 1", "Gan Hova", "Preescolar 3", "Kita Aleph"])), 0.7
            ),
            "photo_url": Opt(
                Y(lambda f: f"https://media.talkbridge.example/children/{f.uuid()}.jpg", "photo"), 0.5
            ),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "medication_reminders_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sibling Added",
        ["flutter", "kotlin"],
        {
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "sibling": {
                "first_name": Y(lambda f: first_name(f), "name"),
                "birth_year": Y(lambda f: f.r.randint(2008, 2023), "birthdate"),
                "sibling_in_therapy": Y(lambda f: f.pick([True, False]), "condition"),
                "lives_in_home": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        PARENT_APP,
        {
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "contact": {
                "label": G(
                    lambda f: f.pick(["Grandmother", "Savta", "Abuela", "Neighbour", "Uncle", "Nanny"])
                ),
                "value": Y(lambda f: phone(f), "phone", True),
                "display_name": Y(lambda f: full_name(f), "name"),
                "can_pick_up": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Consent Updated",
        ["web_family"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "document_version": G(lambda f: f.pick(["2024-01", "2024-03-he", "2023-11-es"])),
            "purposes": Many(
                G(
                    lambda f: f.pick(
                        [
                            "treatment",
                            "teletherapy_recording",
                            "school_communication",
                            "research",
                            "marketing",
                        ]
                    )
                ),
                3,
            ),
            "granted": G(lambda f: f.pick([True, False])),
            "guardian_signature_name": Y(lambda f: full_name(f), "name"),
            "signed_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- assessment and funding --------------------------------------------------------------------
    (
        "track",
        "Assessment Completed",
        ["python"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "clinician_id": G(lambda f: "thr_" + f.digits(4)),
            "instrument": G(
                lambda f: f.pick(["CELF-5", "PLS-5", "ADOS-2", "Vineland-3", "GFTA-3", "REEL-4"])
            ),
            "ados_module": Opt(G(lambda f: f.pick(["Toddler", "1", "2", "3"])), 0.4),
            "administered_at": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([45, 60, 90, 120])),
            "standard_score": Y(lambda f: f.r.randint(48, 112), "diagnosis|condition"),
            "percentile_rank": Y(lambda f: f.r.randint(1, 80), "diagnosis|condition"),
            "severity_level": Y(
                lambda f: f.pick(["mild", "moderate", "severe", "Level 1", "Level 2", "Level 3"]),
                "diagnosis|condition",
            ),
            "procedure_code": Y(lambda f: f.pick(["92523", "92522", "96112", "97151"]), "procedure"),
            "recommended_sessions_per_week": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "Funding Application Submitted",
        ["dotnet"],
        {
            "ApplicationId": G(lambda f: f.r.randint(100000, 999999)),
            "Programme": G(
                lambda f: f.pick(["Ontario Autism Program", "Private insurance", "Special Services Funding"])
            ),
            "OapReferenceNumber": Opt(G(lambda f: "OAP-" + f.digits(7)), 0.7),
            "ChildHealthCardNumber": RED(lambda f: ohip(f), "health id"),
            "ChildDateOfBirth": Y(lambda f: child_dob(f), "birthdate"),
            "GuardianName": Y(lambda f: full_name(f, "CA"), "name"),
            "GuardianPhone": Y(lambda f: ca_phone(f), "phone"),
            "HouseholdIncome": Opt(Y(lambda f: f.r.randint(28000, 210000), "salary"), 0.6),
            "RequestedAmount": G(lambda f: f.pick([5000, 20000, 65000])),
            "Currency": G(lambda f: "CAD"),
            "CaseWorkerName": Y(lambda f: full_name(f, "CA"), "name"),
            "CaseWorkerEmail": Y(
                lambda f: (
                    f"{ascii_fold(first_name(f, 'CA'))}.{ascii_fold(last_name(f, 'CA'))}@ontario.example"
                ),
                "email",
            ),
            "SubmittedAt": G(lambda f: f.iso()),
            "Status": G(lambda f: f.pick(["Received", "InReview", "Approved", "MoreInfoNeeded"])),
        },
    ),
    (
        "track",
        "Insurance Verified",
        ["python"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "insurer": G(lambda f: f.pick(INSURERS)),
            "plan_name": G(
                lambda f: f.pick(
                    ["Extended Health Basic", "Gastos Médicos Mayores", "Bri'ut Plus", "Flex Premium"]
                )
            ),
            "policy_number": Y(
                lambda f: f.pick([f.digits(8), "GMM-" + f.digits(9), f"{f.digits(6)}-{f.digits(2)}"]),
                "identification",
            ),
            "member_id": Y(
                lambda f: f.pick([f.digits(10), "SL" + f.digits(8), f.digits(7) + "-01"]), "identification"
            ),
            "subscriber": {
                "name": Y(lambda f: full_name(f), "name"),
                "date_of_birth": Y(lambda f: adult_dob(f), "birthdate"),
                "relationship_to_child": G(lambda f: f.pick(["parent", "self", "grandparent"])),
            },
            "coverage_pct": G(lambda f: f.pick([50, 80, 100])),
            "annual_max": G(lambda f: f.pick([500, 1500, 3000, 50000])),
            "eligible": G(lambda f: f.pick([True, False])),
            "claim_number": Opt(G(lambda f: "CLM" + f.digits(9)), 0.5),
        },
    ),
    (
        "track",
        "Hitchayvut Received",
        ["java"],
        {
            "mispar_hitchayvut": G(lambda f: f.digits(10)),
            "kupah": G(lambda f: f.pick(KUPOT)),
            "mispar_haver_kupah": RED(lambda f: teudat_zehut(f), "health id|national id"),
            "teudat_zehut_yeled": RED(lambda f: teudat_zehut(f), "national id"),
            "shem_yeled": Y(lambda f: full_name(f, "IL"), "name"),
            "taarich_leida_yeled": Y(
                lambda f: f.pick(
                    [
                        child_dob(f),
                        f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2016, 2023)}",
                    ]
                ),
                "birthdate",
            ),
            "snif": G(lambda f: f.pick(["Ramat Aviv", "Neve Shaanan", "Kiryat Yovel", "Nazareth Illit"])),
            "mispar_tipulim": G(lambda f: f.pick([12, 18, 24, 30])),
            "tokef_ad": G(lambda f: f.date(2024, 2025)),
            "sug_tipul": G(lambda f: f.pick(["kalinaut tikshoret", "ripui beisok", "pizioterapia"])),
            "mekabel_gimlat_nechut": RED(lambda f: f.pick([True, False]), "disability"),
            "status": G(lambda f: f.pick(["meusheret", "bevdika", "nidchet"])),
        },
    ),
    (
        "track",
        "Solicitud de Apoyo Enviada",
        ["php"],
        {
            "folio": G(lambda f: "DIF-" + f.digits(8)),
            "programa": G(
                lambda f: f.pick(["DIF Nacional", "CRIT Teletón", "IMSS Guardería", "Beca Bienestar"])
            ),
            "curp_menor": RED(lambda f: curp(f, 2016, 2023), "national id"),
            "nss_tutor": RED(lambda f: imss_nss(f), "social security number|national id"),
            "nombre_tutor": Y(lambda f: full_name(f, "MX"), "name"),
            "telefono_contacto": Y(lambda f: mx_phone(f), "phone"),
            "correo_tutor": Opt(Y(lambda f: email(f, "MX"), "email"), 0.7),
            "ingreso_mensual": Y(lambda f: f.pick([6500, 9800, 14200, 22000, 31000]), "salary"),
            "tipo_discapacidad": RED(
                lambda f: f.pick(["autismo", "lenguaje", "intelectual", "motriz"]), "disability"
            ),
            "municipio": Y(
                lambda f: f.pick(["Iztapalapa", "Zapopan", "Apodaca", "Tlalnepantla", "Mérida"]), "city"
            ),
            "estado": G(
                lambda f: f.pick(["Ciudad de México", "Jalisco", "Nuevo León", "Estado de México", "Yucatán"])
            ),
            "fecha_solicitud": G(lambda f: f.date(2024, 2024)),
        },
    ),
]

EVENTS += [
    # -- sessions, notes and goals ----------------------------------------------------------------------
    (
        "track",
        "Session Scheduled",
        ["swift", "web_family"],
        {
            "session_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "therapist_id": G(lambda f: "thr_" + f.digits(4)),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "modality": G(lambda f: f.pick(["in_person", "teletherapy", "home_visit", "school_visit"])),
            "discipline": G(lambda f: f.pick(["SLP", "OT", "BCBA", "feeding"])),
            "room": Opt(G(lambda f: f.pick(["Room 3", "Sensory gym", "Heder 2", "Consultorio B"])), 0.5),
            "clinic": {
                "name": G(lambda f: f.pick(CLINICS)),
                "address": G(lambda f: f.pick(CLINIC_ADDRESSES)),
                "city": G(lambda f: f.pick(CLINIC_CITIES)),
                "phone": G(lambda f: f.pick(CLINIC_PHONES)),
            },
            "therapy_dog": Opt(
                {
                    "name": G(lambda f: f.pick(["Bamba", "Luna", "Maple", "Canela"])),
                    "breed": G(lambda f: f.pick(["Golden Retriever", "Labradoodle", "Cavalier"])),
                },
                0.3,
            ),
        },
    ),
    (
        "track",
        "Session Completed",
        ["swift"],
        {
            "session_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "attended": G(lambda f: f.pick([True, True, False])),
            "minutes": G(lambda f: f.r.randint(20, 60)),
            "goals_targeted": G(lambda f: f.r.randint(1, 5)),
            "trials_correct": G(lambda f: f.r.randint(0, 20)),
            "accuracy_pct": G(lambda f: f.r.randint(0, 100)),
            "prompt_level": G(lambda f: f.pick(["independent", "gestural", "verbal", "full physical"])),
            "notes": Y(lambda f: session_note(f), "name|condition", True),
            "billing_code": Y(lambda f: f.pick(["92507", "92526", "97153", "92609"]), "procedure"),
        },
    ),
    (
        "track",
        "Sesión Completada",
        ["flutter"],
        {
            "id_sesion": G(lambda f: f.uuid()),
            "terapeuta": {
                "nombre": Y(lambda f: full_name(f, "MX"), "name"),
                "cedula_profesional": Y(lambda f: str(f.r.randint(4000000, 13999999)), "license"),
            },
            "paciente": {
                "nombre": Y(lambda f: f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)}", "name"),
                "edad": G(lambda f: f.r.randint(2, 9)),
                "diagnostico": Y(
                    lambda f: f.pick(
                        ["TEA", "Retraso del lenguaje", "Apraxia del habla", "Síndrome de Down", "TDAH"]
                    ),
                    "diagnosis",
                ),
            },
            "notas": Y(lambda f: nota_clinica(f), "name|condition", True),
            "duracion_min": G(lambda f: f.pick([30, 45, 50])),
            "modalidad": G(lambda f: f.pick(["presencial", "en línea", "domicilio"])),
            "costo": G(lambda f: f.pick([450, 600, 750, 900])),
            "moneda": G(lambda f: "MXN"),
        },
    ),
    (
        "track",
        "Tipul Huzman",
        ["kotlin"],
        {
            "mispar_tipul": G(lambda f: f.digits(8)),
            "taarich": G(lambda f: f.date(2024, 2024)),
            "shaa": G(lambda f: f.pick(["08:30", "15:15", "16:00", "17:45"])),
            "shem_metapelet": Y(lambda f: full_name(f, "IL"), "name"),
            "shem_hayeled": Y(lambda f: full_name(f, "IL"), "name"),
            "gil_hayeled": G(lambda f: f.r.randint(2, 8)),
            "sug_tipul": G(lambda f: f.pick(["kalinaut tikshoret", "ripui beisok", "hadracha horit"])),
            "ivhun": Y(
                lambda f: f.pick(["ASD", "ikuv hitpatchuti", "apraxia", "leakut", "ikuv safati"]), "diagnosis"
            ),
            "mikum": G(lambda f: f.pick(["TalkBridge Tel Aviv", "TalkBridge Haifa", "gan", "bayit"])),
            "bituach_mashlim": G(
                lambda f: f.pick(["Clalit Mushlam Platinum", "Maccabi Sheli", "Meuhedet Adif", "none"])
            ),
        },
    ),
    (
        "track",
        "Goal Progress Updated",
        ["java"],
        {
            "goal_id": G(lambda f: f.uuid()),
            "iep_goal_ref": Opt(G(lambda f: f"IEP-{f.r.randint(2023, 2024)}-{f.r.randint(1, 12)}"), 0.5),
            "domain": G(
                lambda f: f.pick(
                    [
                        "expressive language",
                        "receptive language",
                        "articulation",
                        "pragmatics",
                        "fluency",
                        "AAC",
                    ]
                )
            ),
            "goal_text": Y(lambda f: goal_text(f), "name|condition", True),
            "baseline_pct": G(lambda f: f.r.randint(0, 40)),
            "current_pct": G(lambda f: f.r.randint(20, 95)),
            "target_pct": G(lambda f: f.pick([80, 90])),
            "status": G(lambda f: f.pick(["met", "progressing", "not progressing", "discontinued"])),
        },
    ),
    (
        "track",
        "Caseload Searched",
        ["swift"],
        {
            "q": Y(lambda f: f.pick([first_name(f), full_name(f), last_name(f)]), "name", True),
        },
    ),
    (
        "screen",
        "Child Progress",
        ["swift", "kotlin", "rn"],
        {
            "child_id": G(lambda f: "chd_" + f.hexid(12)),
            "tab": G(lambda f: f.pick(["goals", "notes", "home_practice", "reports"])),
            "from_notification": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Práctica en Casa",
        ["flutter"],
        {
            "actividad_id": G(lambda f: f.digits(5)),
            "nivel": G(lambda f: f.pick(["fácil", "medio", "difícil"])),
            "desde": G(lambda f: f.pick(["inicio", "notificacion"])),
        },
    ),
    (
        "track",
        "Home Practice Logged",
        ["flutter", "rn"],
        {
            "activity_id": G(lambda f: f.digits(5)),
            "activity_name": G(
                lambda f: f.pick(["Bubble blowing", "Animal sounds", "Pictogramas: comida", "Milim rishonot"])
            ),
            "minutes": G(lambda f: f.r.randint(3, 30)),
            "completed": G(lambda f: f.pick([True, False])),
            "parent_rating": G(lambda f: f.r.randint(1, 5)),
            "audio_recording_url": Opt(
                Y(lambda f: f"https://media.talkbridge.example/practice/{f.uuid()}.m4a", "photo"), 0.4
            ),
            "comment": Opt(
                G(
                    lambda f: f.pick(
                        ["Muy bien hoy", "Too tired", "Loved the animal cards", "Lo hicimos en el coche", ""]
                    )
                ),
                0.5,
            ),
        },
    ),
    (
        "track",
        "Message Sent",
        PARENT_APP,
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "recipient_role": G(lambda f: f.pick(["therapist", "clinic_admin", "billing"])),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "char_count": G(lambda f: f.r.randint(5, 400)),
            "text": Y(lambda f: parent_message(f), "name", True),
        },
    ),
    # -- teletherapy ------------------------------------------------------------------------------------
    (
        "track",
        "Teletherapy Session Joined",
        ["web_family"],
        {
            "session_id": G(lambda f: f.uuid()),
            "room_id": G(lambda f: f.digits(11)),
            "provider": G(lambda f: f.pick(["zoom", "doxy.me", "twilio_video"])),
            "participant_role": G(lambda f: f.pick(["parent", "child", "therapist", "interpreter"])),
            "audio_only": G(lambda f: f.pick([True, False])),
            "camera_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Zoom Participant Joined",
        ["node"],
        {
            "event": G(lambda f: "meeting.participant_joined"),
            "event_ts": G(lambda f: f.epoch_ms()),
            "payload": {
                "account_id": G(lambda f: alnum(f, 22)),
                "object": {
                    "id": G(lambda f: f.digits(11)),
                    "uuid": G(lambda f: zoom_uuid(f)),
                    "host_id": G(lambda f: alnum(f, 22)),
                    "topic": Y(
                        lambda f: (
                            f.pick(
                                [
                                    "Speech session \u2013 ",
                                    "Teletherapy: ",
                                    "Sesión de lenguaje - ",
                                    "Tipul - ",
                                ]
                            )
                            + child_ref(f)
                        ),
                        "name",
                        True,
                    ),
                    "type": G(lambda f: f.pick([2, 8])),
                    "start_time": G(lambda f: f.iso()),
                    "timezone": G(lambda f: f.pick(TIMEZONES)),
                    "duration": G(lambda f: f.pick([30, 45, 60])),
                    "participant": {
                        "user_id": G(lambda f: f.digits(8)),
                        "user_name": Y(lambda f: full_name(f), "name"),
                        "id": Opt(G(lambda f: alnum(f, 22)), 0.5),
                        "participant_uuid": G(lambda f: f.uuid().upper()),
                        "join_time": G(lambda f: f.iso()),
                        "email": Opt(Y(lambda f: email(f), "email"), 0.6),
                        "registrant_id": Opt(G(lambda f: alnum(f, 22)), 0.3),
                        "participant_user_id": Opt(G(lambda f: alnum(f, 22)), 0.5),
                        "customer_key": Opt(G(lambda f: "usr_" + f.digits(7)), 0.5),
                        "phone_number": Opt(Y(lambda f: phone(f), "phone"), 0.25),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Zoom Recording Completed",
        ["node"],
        {
            "event": G(lambda f: "recording.completed"),
            "event_ts": G(lambda f: f.epoch_ms()),
            "download_token": RED(lambda f: f.jwt(), "token"),
            "payload": {
                "account_id": G(lambda f: alnum(f, 22)),
                "object": {
                    "id": G(lambda f: f.digits(11)),
                    "uuid": G(lambda f: zoom_uuid(f)),
                    "host_email": Y(lambda f: staff_email(f), "email"),
                    "password": RED(lambda f: alnum(f, 8), "password"),
                    "recording_play_passcode": RED(lambda f: alnum(f, 32), "password"),
                    "share_url": G(lambda f: f"https://talkbridge.zoom.example/rec/share/{alnum(f, 40)}"),
                    "recording_files": Many(
                        {
                            "id": G(lambda f: f.uuid()),
                            "file_type": G(lambda f: f.pick(["MP4", "M4A", "TRANSCRIPT", "CHAT"])),
                            "file_size": G(lambda f: f.r.randint(10**5, 10**9)),
                            "status": G(lambda f: "completed"),
                        },
                        3,
                    ),
                },
            },
        },
    ),
    (
        "track",
        "Video Quality Reported",
        ["rn", "web_family"],
        {
            "session_id": G(lambda f: f.uuid()),
            "mos": G(lambda f: round(f.r.uniform(1.5, 4.5), 2)),
            "jitter_ms": G(lambda f: f.r.randint(0, 80)),
            "packet_loss_pct": G(lambda f: round(f.r.uniform(0, 9), 2)),
            "rtt_ms": G(lambda f: f.r.randint(20, 600)),
            "local_candidate_ip": Y(
                lambda f: f.pick(
                    [
                        f"192.168.{f.r.randint(0, 254)}.{f.r.randint(2, 254)}",
                        f"10.0.{f.r.randint(0, 254)}.{f.r.randint(2, 254)}",
                    ]
                ),
                "ip",
            ),
            "public_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- school plans --------------------------------------------------------------------------------
    (
        "track",
        "IEP Meeting Scheduled",
        ["web_family"],
        {
            "iep_id": G(lambda f: f.uuid()),
            "school": {
                "name": G(lambda f: f.pick(SCHOOLS)),
                "district": G(lambda f: f.pick(DISTRICTS)),
                "phone": G(lambda f: f.pick(["+1 416-555-0133", "+972 3-555-0166", "+52 55 5555 0181"])),
                "email": G(
                    lambda f: f.pick(
                        [
                            "office@maplegrove.school.example",
                            "info@rimon-gan.example",
                            "direccion@benitojuarez.edu.example",
                        ]
                    )
                ),
            },
            "meeting_date": G(lambda f: f.date(2024, 2025)),
            "attendees": Many(
                {
                    "name": Y(lambda f: full_name(f), "name"),
                    "role": G(
                        lambda f: f.pick(["parent", "teacher", "principal", "SLP", "resource teacher"])
                    ),
                    "email": Y(lambda f: email(f), "email"),
                },
                4,
            ),
            "exceptionality": RED(
                lambda f: f.pick(
                    [
                        "Communication - Autism",
                        "Communication - Language Impairment",
                        "Intellectual - Developmental Disability",
                        "Multiple Exceptionalities",
                    ]
                ),
                "disability",
            ),
            "accommodations": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "visual schedule",
                            "extra time",
                            "quiet space for breaks",
                            "AAC device in class",
                            "educational assistant support",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "school_year": G(lambda f: f.pick(["2023-2024", "2024-2025"])),
        },
    ),
    (
        "track",
        "IEP Document Uploaded",
        ["go"],
        {
            "document_id": G(lambda f: f.uuid()),
            "file_name": Y(
                lambda f: (
                    f.pick(["IEP", "PEI", "Tochnit_Hinuchit"])
                    + f"_{full_name(f).replace(' ', '_')}_{f.r.randint(2023, 2024)}.pdf"
                ),
                "name",
                True,
            ),
            "size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "mime_type": G(lambda f: "application/pdf"),
            "uploaded_by": G(lambda f: "usr_" + f.digits(7)),
            "school_year": G(lambda f: f.pick(["2023-2024", "2024-2025"])),
        },
    ),
    (
        "track",
        "Document Signed",
        ["java"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "sent", "delivered"])),
            "emailSubject": Y(
                lambda f: (
                    f.pick(
                        ["Please sign: Consent for ", "Firma: Consentimiento - ", "Service agreement \u2013 "]
                    )
                    + full_name(f)
                ),
                "name",
                True,
            ),
            "createdDateTime": G(lambda f: f.iso()),
            "recipients": {
                "signers": Many(
                    {
                        "email": Y(lambda f: email(f), "email"),
                        "name": Y(lambda f: full_name(f), "name"),
                        "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                        "routingOrder": G(lambda f: str(f.r.randint(1, 2))),
                        "status": G(lambda f: f.pick(["completed", "sent"])),
                        "signedDateTime": Opt(G(lambda f: f.iso()), 0.6),
                        "clientUserId": Opt(G(lambda f: "usr_" + f.digits(7)), 0.5),
                    },
                    2,
                )
            },
        },
    ),
]

EVENTS += [
    # -- payments ---------------------------------------------------------------------------------------
    (
        "track",
        "Payment Method Added",
        ["web_family"],
        {
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "type": G(lambda f: "card"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
                "country": G(lambda f: f.pick(["CA", "MX", "IL"])),
            },
            "billing_details": {
                "name": Y(lambda f: full_name(f), "name"),
                "email": Y(lambda f: email(f), "email"),
                "phone": Opt(Y(lambda f: phone(f), "phone"), 0.5),
                "address": stripe_address(),
            },
            "set_as_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "invoice_id": G(lambda f: stripe_id(f, "in_")),
            "customer": G(lambda f: stripe_id(f, "cus_", 14)),
            "customer_email": Y(lambda f: email(f), "email"),
            "customer_name": Y(lambda f: full_name(f), "name"),
            "number": G(lambda f: f"{alnum(f, 8).upper()}-{f.r.randint(1, 40):04d}"),
            "amount_paid": G(lambda f: f.r.randint(9000, 180000)),
            "currency": G(lambda f: f.pick(["cad", "mxn", "ils"])),
            "status": G(lambda f: "paid"),
            "lines": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Speech therapy session (45 min)",
                                "Assessment report",
                                "Parent coaching (60 min)",
                                "Sesión de terapia de lenguaje",
                            ]
                        )
                    ),
                    "amount": G(lambda f: f.r.randint(9000, 60000)),
                    "quantity": G(lambda f: f.r.randint(1, 8)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["ruby"],
        {
            "payment_id": G(lambda f: f.digits(9)),
            "processor": G(lambda f: f.pick(["Cardcom", "Tranzila", "Stripe", "Conekta"])),
            "masked_card": G(lambda f: bin_masked(f)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 31)}"),
            "error_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "033", "do_not_honor"])),
            "amount": G(lambda f: f.money(150, 1200)),
            "currency": G(lambda f: f.pick(["ILS", "CAD", "MXN"])),
        },
    ),
    # -- therapy materials shop (e-commerce spec) -----------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web_shop", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    ["chewy tube", "pecs", "pictogramas", "visual timer", "weighted blanket", "kartisiyot"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web_shop", "rn"],
        {**shop_product(), "currency": G(lambda f: f.pick(["CAD", "ILS", "MXN"]))},
    ),
    (
        "track",
        "Product Added",
        ["web_shop", "rn"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in shop_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web_shop"],
        {
            "order_id": G(lambda f: "TB" + f.digits(8)),
            "value": G(lambda f: f.money(20, 900)),
            "revenue": G(lambda f: f.money(20, 900)),
            "shipping": G(lambda f: f.money(0, 35)),
            "tax": G(lambda f: f.money(0, 90)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "OAP10", "BIENVENIDA", "GAN2024"])),
            "currency": G(lambda f: f.pick(["CAD", "ILS", "MXN"])),
            "products": Many(shop_product(), 3),
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["web_shop"],
        {
            "order_id": G(lambda f: "TB" + f.digits(8)),
            "cart_id": G(lambda f: f.uuid()),
            "coupon_name": G(lambda f: f.pick(["OAP10", "BIENVENIDA", "GAN2024"])),
            "discount": G(lambda f: f.money(0, 40)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web_shop", "node"],
        {
            "order_id": G(lambda f: "TB" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 900)),
            "subtotal": G(lambda f: f.money(20, 900)),
            "currency": G(lambda f: f.pick(["CAD", "ILS", "MXN"])),
            "affiliation": G(lambda f: "TalkBridge Shop"),
            "products": Many(shop_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: full_name(f), "name"),
                "line1": Y(lambda f: street(f), "address|street"),
                "line2": Opt(
                    Y(lambda f: f.pick(["Apt 4", "Unit 1207", "Depto. 3B", "Dira 12"]), "address|street"), 0.4
                ),
                "city": Y(lambda f: city(f), "city"),
                "postal_code": Y(lambda f: postal(f), "zipcode"),
                "province": G(lambda f: f.pick(["ON", "Jalisco", "CDMX", "Merkaz", "Tel Aviv"])),
                "country": G(lambda f: f.pick(["CA", "MX", "IL"])),
                "phone": Opt(Y(lambda f: phone(f), "phone"), 0.6),
            },
            "billing_address": Opt(Y(lambda f: full_address(f), "address"), 0.5),
            "order_notes": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Please deliver after 4pm",
                            "Dejar con el portero",
                            "Gift wrap please",
                            "Leave with the shomer",
                        ]
                    )
                ),
                0.4,
            ),
            "tracking_number": Opt(
                G(lambda f: f.pick(["RR" + f.digits(9) + "IL", "1Z" + f.hexid(16).upper(), f.digits(12)])),
                0.5,
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Reviewed",
        ["web_shop"],
        {
            "product_id": G(lambda f: f.digits(7)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_body": G(
                lambda f: f.pick(
                    [
                        "Sturdy and my son loves it",
                        "Muy útiles los pictogramas",
                        "Arrived quickly",
                        "Too small for a 6 year old",
                        "Excellent quality",
                    ]
                )
            ),
            "verified_purchase": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- therapists: profile, schedule, travel, pay ---------------------------------------------------
    (
        "identify",
        None,
        ["swift"],
        {
            "firstName": Y(lambda f: first_name(f), "name"),
            "lastName": Y(lambda f: last_name(f), "name"),
            "email": Y(lambda f: staff_email(f), "email"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "role": G(
                lambda f: f.pick(
                    [
                        "Speech-Language Pathologist",
                        "Communicative Disorders Assistant",
                        "Clinical Lead",
                        "Terapeuta de lenguaje",
                        "Kalinait Tikshoret",
                    ]
                )
            ),
            "clinic_id": G(lambda f: "clinic_" + f.digits(3)),
            "discipline": G(lambda f: f.pick(["SLP", "OT", "BCBA"])),
            "languages": Many(G(lambda f: f.pick(LANGUAGES)), 3),
            "license_number": Y(lambda f: prof_license(f), "license"),
            "licensing_body": G(
                lambda f: f.pick(
                    ["CASLPO", "Israel Ministry of Health", "SEP - Dirección General de Profesiones"]
                )
            ),
            "hire_date": G(lambda f: f.date(2015, 2024)),
            "home_postal_code": Opt(Y(lambda f: postal(f), "zipcode"), 0.6),
            "employment_type": G(lambda f: f.pick(["full_time", "part_time", "contractor"])),
            "hourly_rate": Y(lambda f: f.pick([48, 55, 62.5, 180, 220, 350]), "salary"),
            "caseload_size": G(lambda f: f.r.randint(5, 40)),
        },
    ),
    (
        "track",
        "Therapist Profile Viewed",
        ["web_family", "kotlin"],
        {
            "therapist_id": G(lambda f: "thr_" + f.digits(4)),
            "therapist_name": Y(lambda f: full_name(f), "name"),
            "languages": Many(G(lambda f: f.pick(LANGUAGES)), 3),
            "specialties": Many(
                G(
                    lambda f: f.pick(
                        ["apraxia", "AAC", "feeding", "stuttering", "early intervention", "bilingual"]
                    )
                ),
                3,
            ),
            "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 1)),
            "clinic_city": G(lambda f: f.pick(CLINIC_CITIES)),
        },
    ),
    (
        "track",
        "Clinic Searched",
        ["web_family", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "speech therapist near Haifa",
                        "terapia de lenguaje Monterrey",
                        "autism assessment Ottawa",
                        "kalinait tikshoret beer sheva",
                    ]
                )
            ),
            "filters": {
                "city": G(lambda f: f.pick([*CLINIC_CITIES, "Monterrey", "Be'er Sheva"])),
                "language": G(lambda f: f.pick(LANGUAGES)),
                "modality": G(lambda f: f.pick(["any", "teletherapy", "in_person"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Shift Published",
        ["java"],
        {
            "therapist_id": G(lambda f: "thr_" + f.digits(4)),
            "week_start": G(lambda f: f.date(2024, 2024)),
            "slots": Many(
                {
                    "start": G(lambda f: f.iso()),
                    "end": G(lambda f: f.iso()),
                    "location": G(lambda f: f.pick([*CLINICS, "Home visits", "Teletherapy"])),
                    "type": G(lambda f: f.pick(["session", "admin", "assessment", "travel"])),
                    "summary": Y(
                        lambda f: (
                            f.pick(["SLP \u2013 ", "Assessment: ", "Home visit - ", "Sesión: "])
                            + child_ref(f)
                        ),
                        "name",
                        True,
                    ),
                },
                5,
            ),
            "total_hours": G(lambda f: f.pick([18, 24.5, 32, 37.5])),
        },
    ),
    (
        "track",
        "Home Visit Arrived",
        ["swift"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "lat": Y(home_lat, "geolocation"),
            "lng": Y(home_lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "family_address": Y(lambda f: full_address(f), "address"),
            "parking_note": G(
                lambda f: f.pick(
                    [
                        "Street parking",
                        "Visitor lot",
                        "No parking - used Pango",
                        "Estacionamiento en la calle",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Mileage Logged",
        ["kotlin", "swift"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "km": G(lambda f: round(f.r.uniform(1, 80), 1)),
            "from_clinic": G(lambda f: f.pick(CLINICS)),
            "to_postal_code": Y(lambda f: postal(f), "zipcode"),
            "vehicle_plate": Y(lambda f: plate(f), "license"),
            "amount": G(lambda f: f.money(2, 120)),
        },
    ),
    (
        "track",
        "Timesheet Approved",
        ["dotnet"],
        {
            "TimesheetId": G(lambda f: f.r.randint(10000, 99999)),
            "EmployeeId": G(lambda f: f.r.randint(1000, 9999)),
            "EmployeeName": Y(lambda f: full_name(f), "name"),
            "EmployeeEmail": Y(lambda f: staff_email(f), "email"),
            "HourlyRate": Y(lambda f: f.pick([46.0, 52.5, 61.0, 185.0, 240.0]), "salary"),
            "HoursWorked": G(lambda f: round(f.r.uniform(10, 44), 2)),
            "GrossPay": Y(lambda f: f.money(600, 9000), "salary"),
            "Currency": G(lambda f: f.pick(["CAD", "ILS", "MXN"])),
            "ApprovedBy": Y(lambda f: full_name(f), "name"),
            "PayPeriodEnd": G(lambda f: f.date(2024, 2024)),
            "Province": G(lambda f: f.pick(["ON", "Tel Aviv", "CDMX"])),
        },
    ),
    (
        "track",
        "Payroll Profile Updated",
        ["ruby"],
        {
            "therapist_id": G(lambda f: "thr_" + f.digits(4)),
            "legal_name": Y(lambda f: full_name(f), "name"),
            "date_of_birth": Y(lambda f: adult_dob(f), "birthdate"),
            "tax_id": RED(lambda f: payroll_tax_id(f), "national id|social security number"),
            "tax_id_type": G(lambda f: {"CA": "SIN", "IL": "TZ", "MX": "RFC"}[f.payroll_region]),
            "work_permit_status": RED(
                lambda f: f.pick(
                    ["citizen", "permanent_resident", "open_work_permit", "requires_sponsorship"]
                ),
                "visa",
            ),
            "bank_account": {
                "type": G(lambda f: {"CA": "ca_eft", "IL": "il_domestic", "MX": "clabe"}[f.payroll_region]),
                "institution_number": Opt(G(lambda f: f.pick(["001", "002", "003", "004", "006"])), 0.5),
                "transit_number": Opt(G(lambda f: f"{f.r.randint(10000, 99999)}"), 0.5),
                "number": RED(
                    lambda f: {"CA": f.digits(7), "IL": il_bank_account(f), "MX": clabe(f)}[f.payroll_region],
                    "bank account",
                ),
            },
            "emergency_contact": {
                "name": Y(lambda f: full_name(f), "name"),
                "phone": Y(lambda f: phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "partner", "hermana"])),
            },
        },
    ),
    (
        "track",
        "Payout Sent",
        ["go"],
        {
            "payout_id": G(lambda f: f.uuid()),
            "therapist_id": G(lambda f: "thr_" + f.digits(4)),
            "payout_amount": Y(lambda f: f.money(3000, 48000), "salary"),
            "currency": G(lambda f: f.pick(["MXN", "ILS"])),
            "destination": {
                "iban": Opt(RED(lambda f: il_iban(f), "bank account"), 0.5),
                "clabe": Opt(RED(lambda f: clabe(f), "bank account"), 0.5),
                "bank_name": G(
                    lambda f: f.pick(["BBVA México", "Banorte", "Bank Hapoalim", "Bank Leumi", "Santander"])
                ),
                "account_holder": Y(lambda f: full_name(f), "name"),
            },
            "rfc": Opt(RED(lambda f: rfc(f), "national id"), 0.4),
            "period": G(lambda f: f.pick(["2024-05", "2024-06", "2024-07"])),
        },
    ),
]

EVENTS += [
    # -- clinics (group) ----------------------------------------------------------------------------------
    (
        "group",
        None,
        ["web_family", "python"],
        {
            "name": G(
                lambda f: f.pick(
                    [*CLINICS, "Kol Tov Speech Clinic", "Centro Hablemos", "Little Voices Therapy"]
                )
            ),
            "industry": G(lambda f: "Healthcare"),
            "employees": G(lambda f: f.r.randint(3, 120)),
            "plan": G(lambda f: f.pick(["clinic_basic", "clinic_pro", "network"])),
            "website": G(
                lambda f: f.pick(
                    ["https://talkbridge.example", "https://koltov.example", "https://hablemos.example"]
                )
            ),
            "office_phone": G(lambda f: f.pick(CLINIC_PHONES)),
            "billing_email": G(
                lambda f: f.pick(
                    ["billing@talkbridge.example", "cuentas@hablemos.example", "office@koltov.example"]
                )
            ),
            "city": G(lambda f: f.pick(CLINIC_CITIES)),
            "owner_name": Y(lambda f: full_name(f), "name"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    # -- messaging vendors -------------------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        ["go"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": Opt(G(lambda f: "MG" + f.hexid(32)), 0.6),
            "From": G(lambda f: f.pick(["+97235550140", "+14165550192", "+525555550134", "TalkBridge"])),
            "To": Y(
                lambda f: f.pick(
                    [
                        "+97254" + f.digits(7),
                        "+97252" + f.digits(7),
                        "+1416" + f.digits(7),
                        "+1647" + f.digits(7),
                        "+5255" + f.digits(8),
                        "+5233" + f.digits(8),
                    ]
                ),
                "phone",
            ),
            "Body": Y(lambda f: sms_body(f), "name", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "ErrorCode": Opt(G(lambda f: f.pick(["30003", "30005", "30007"])), 0.2),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Event",
        ["node"],
        {
            "email": Y(lambda f: email(f), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(
                lambda f: alnum(f, 22) + ".filterdrecv-" + f.hexid(9) + "-1-" + f.hexid(8) + "-1B-0"
            ),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "timestamp": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "category": Many(
                G(lambda f: f.pick(["session_reminder", "invoice", "progress_report", "newsletter"])), 2
            ),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(G(lambda f: f.pick(UAS)), 0.6),
            "url": Opt(
                G(
                    lambda f: (
                        "https://portal.talkbridge.example/" + f.pick(["sessions", "billing", "reports"])
                    )
                ),
                0.3,
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Can't join the video session",
                            "Problema con la factura",
                            "Reschedule request",
                            "Login issue",
                            "Bakasha lehachzer kesef",
                        ]
                    )
                ),
                "description": Y(
                    lambda f: f.pick(
                        [
                            "Please call me back at {p}, the link doesn't work.",
                            "Llámenme al {p} por favor, no me llegó la factura.",
                            "My new number is {p}. Can we move Sunday's session?",
                            "Reach me on WhatsApp {p} after 18:00.",
                        ]
                    ).format(p=phone(f)),
                    "phone",
                    True,
                ),
                "requester": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                },
                "via": G(lambda f: f.pick(["web", "email", "mobile"])),
                "tags": Many(G(lambda f: f.pick(["teletherapy", "billing", "es", "he", "urgent"])), 3),
                "assignee_email": G(
                    lambda f: f.pick(
                        [
                            "support@talkbridge.example",
                            "soporte@talkbridge.example",
                            "help@talkbridge.example",
                        ]
                    )
                ),
            }
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web_landing", "web_family"],
        {
            "email": Y(lambda f: email(f), "email"),
            "list_id": G(lambda f: f.hexid(10)),
            "source": G(lambda f: f.pick(["footer", "blog", "lp_popup"])),
            "interests": Many(
                G(lambda f: f.pick(["early signs", "bilingual kids", "AAC", "school readiness"])), 3
            ),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "he", "es", "ar", "fr"])),
        },
    ),
    # -- accounts and security -------------------------------------------------------------------------------
    (
        "track",
        "Sign In Link Requested",
        ["node"],
        {
            "email": Y(lambda f: email(f), "email"),
            "link_token": RED(lambda f: alnum(f, 43), "token"),
            "expires_at": G(lambda f: f.iso()),
            "delivery": G(lambda f: f.pick(["email", "sms"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["python"],
        {
            "phone": Y(lambda f: phone(f), "phone"),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio_verify", "vonage"])),
        },
    ),
    (
        "track",
        "Login Failed",
        ["python", "node"],
        {
            "username": Y(lambda f: email(f), "email"),
            "reason": G(lambda f: f.pick(["bad_password", "locked", "mfa_failed", "unknown_user"])),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "attempt": G(lambda f: f.r.randint(1, 6)),
            "password_reset_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["python"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "previous_password_age_days": G(lambda f: f.r.randint(1, 900)),
            "forced": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- app plumbing ----------------------------------------------------------------------------------------
    (
        "track",
        "Push Notification Opened",
        ["kotlin", "rn", "flutter"],
        {
            "campaign_id": G(lambda f: f.digits(6)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Time for today's practice!",
                        "¡Hora de practicar!",
                        "Your session starts in 15 min",
                        "Dochot hitkadmut chadash",
                    ]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["talkbridge://practice", "talkbridge://sessions", "talkbridge://reports"])
            ),
        },
    ),
    (
        "track",
        "Application Error",
        ["flutter", "rn", "swift"],
        {
            "error_code": G(lambda f: f.pick(["E_NETWORK", "E_TIMEOUT", "VIDEO_PERMISSION_DENIED", "401"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "SocketException: Failed host lookup: 'api.talkbridge.example'",
                        "Camera permission denied",
                        "Request timed out after 30000ms",
                        "Token expired",
                    ]
                )
            ),
            "screen": G(lambda f: f.pick(["Home", "VideoCall", "Practice", "Billing"])),
        },
    ),
    (
        "track",
        "Waitlist Position Updated",
        ["ruby"],
        {
            "waitlist_id": G(lambda f: f.uuid()),
            "position": G(lambda f: f.r.randint(1, 400)),
            "region": G(
                lambda f: f.pick(["IL-Center", "IL-North", "ON-GTA", "ON-East", "MX-CDMX", "MX-JAL"])
            ),
            "estimated_wait_weeks": G(lambda f: f.r.randint(1, 52)),
        },
    ),
]

SERVER = ("python", "node", "go", "java", "ruby", "php", "dotnet")


def envelope(f: Fake, kind: str, name: str | None, client: str) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid()}
    if client in SERVER:
        msg["timestamp"] = f.iso()
        msg["userId"] = f.pick(["usr_" + f.digits(7), str(f.r.randint(10000, 999999))])
    else:
        msg["anonymousId"] = f.uuid()
        msg["originalTimestamp"] = f.iso()
        msg["sentAt"] = f.iso()
        if f.r.random() < 0.75:
            msg["userId"] = "usr_" + f.digits(7)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "clinic_" + f.digits(3)
    elif kind == "alias":
        msg["previousId"] = f.uuid()
        msg["userId"] = "usr_" + f.digits(7)
    if f.r.random() < 0.2:
        msg["integrations"] = {"All": True, "Facebook Pixel": f.pick([True, False])}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = envelope(f, kind, name, client)
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=279, repeats=32)
    write(Path(__file__).parent, "holdout279_", events, labels)
