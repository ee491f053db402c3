"""Writes holdout316: tests/corpus/holdout316_events.jsonl and holdout316_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests, other holdouts' labels or any score; never run
through the engine by its author. Run `.venv/bin/python -m tests.corpus.build_holdout316`
(seeded, deterministic).

Domain: a sperm and egg donor bank and surrogacy agency ("Selene Fertility") working in the US,
Ukraine and Colombia. Donor applications and screening (medical and family history, genetic
carrier screening, infectious-disease panels, semen analysis, photos, education, physical
traits), recipients' donor catalogue, search, favourites and vial reservations (e-commerce spec
events), IVF clinic coordination (cycles, monitoring, EMR webhooks), surrogate applications,
matching and pregnancy milestones, legal (DocuSign-shaped envelopes, pre-birth orders, notarial
files, exit documents) and escrow, donor compensation payouts (ACH, Ukrainian IBAN and card
payouts, Colombian accounts), careers, support, SMS (Twilio-shaped), Calendly-, Stripe- and
Zendesk-shaped payloads, a warehouse (reverse-ETL) identify, alias and group calls.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter, and
the python, node, go, java, ruby, php and C# server libraries, each with the `context` its library
really sends (app, device, os, screen, network, library, locale, timezone, userAgent, campaign,
context.traits, context.ip where a server forwards it, externalIds, location).

Conventions: mostly camelCase and snake_case English keys; about a fifth are PascalCase (.NET
escrow, EMR and Twilio payloads), kebab-case (a Node payout service), SCREAMING_SNAKE (a
warehouse sync), Ukrainian keys (Cyrillic from a CRM, transliterated from a Python backend) and
Spanish keys (Colombian backend). Values: names from many cultures (Ukrainian in Cyrillic and
Latin, Colombian double surnames, intended parents from Spain, Israel, China, Italy, the UK,
Germany, Australia, Nigeria, India, Korea...), national phone formats (+1, +380, +57, +34,
+972, +86, ...), local address formats, SSNs of valid structure, Ukrainian RNOKPP with their
check digit, Colombian cedulas, Luhn-valid cards (Ukrainian issuer BINs for card payouts),
mod-97 IBANs (UA, ES, DE, GB), real ABA routing numbers.

Labelling rules (the Privacy Portal's default colours):
- classification red / yellow / green; type is the reference matcher name (`a|b` when either is
  fair) or bank account, geolocation, secret, national id, health id, advertising id, credit
  score; colour is the reference's for its matcher, red for secrets, tokens, cards, bank
  accounts, government ids, health ids; yellow otherwise.
- PII = personal data about a natural person: the user, donors, surrogates, intended parents,
  partners, children (sibling registry, exit documents), friends referred, staff (coordinators,
  nurses, counsellors, physicians named in payloads, and their personal work e-mail).
- Green: ids we or vendors issue, SKUs, donor codes and the bank's donor pseudonyms (an alias
  the bank assigns, like a product name), versions, timestamps, hashes, amounts, enums,
  counters, booleans under PII-sounding keys, clinic / lab / court / notary-office / company
  names and their addresses, phones and role mailboxes, search filters and queries (a criterion
  the recipient searches for is not data about any person), states, countries, locales,
  timezones, user agents, OS device ids, ages, marital status, education, occupation,
  employers, pets' names and data, card brand / last4 / expiry / BIN, routing numbers and
  SWIFT BICs, frequent-flyer numbers, booking references, e-mail Message-IDs, the company's own
  SMS sender numbers, a Colombian "estrato" (a socioeconomic band, like an income bracket enum),
  an EPS or insurer's name, an insurance group number (it names the employer's plan).
- Contested cases follow the product policy in the brief: insurer member / policy numbers
  yellow identification; pay, including donor and surrogate compensation, yellow salary;
  credit score yellow; ad click ids (gclid, fbclid, fbp, fbc) yellow advertising id; billing
  address yellow address; payment tokens (`pm_`), one-time codes and reset-link tokens red
  token; clinic MRNs red health id; passport and ID numbers red; work-authorisation answers red
  visa; the last four of an SSN and a full taxpayer id red; prescription (rx) numbers yellow
  medication; an APNs push token on the device (`context.device.token`) red token.
- Health in this domain, decided here: a donor's or surrogate's own test results and clinical
  measurements (infectious-disease results, carrier status, karyotype, semen-analysis values,
  hormone levels, beta-hCG, BMI, PHQ-9 score, blood type) are yellow `diagnosis` (blood type and
  BMI `condition|diagnosis`); obstetric history (prior deliveries, pregnancy complications,
  being pregnant, gestational week, due date) yellow `condition`; prior C-sections yellow
  `procedure`; a disability answer red `disability`; COVID vaccination yes/no yellow
  `condition`; taking antidepressants yes/no yellow `medication`; a psychiatric-history
  yes/no yellow `condition`. The same attributes shown on a donor's
  catalogue profile (CMV status, blood type, ancestry) stay personal: the donor is a real,
  pseudonymous person. Search filters for them are green. Physical traits (height, weight, eye
  and hair colour) are green: descriptive, no matcher, not a special category.
- Ethnicity, ancestry and race yellow; religion yellow; "intended parent type" that says two
  dads / two moms yellow `sexual orientation`; nationality yellow `citizenship`.
- Staff: a named person in a payload (coordinator, nurse, counsellor, physician, DocuSign
  sender) is yellow `name`; their personal work address
  (k.shevchuk@selenefertility.com) yellow `email`; role mailboxes (ivf@...) green.
- value_only: true when the key does not say what the value is (value, input, q, note, message,
  text, body, to, From, answer, description, a payment purpose, `attention` on a shipment,
  `ApprovedBy` holding an e-mail) and only the value tells. A key naming a person's role
  (nurse, coordinator, titular, signer name) says a name follows: not value_only. Every
  value of a value_only PII path carries that PII; free text whose values carry no PII is green.
  Keys in Ukrainian or Spanish that name the content are not value_only.
"""

# ruff: noqa: RUF001 (Ukrainian text is meant to be Cyrillic)

import datetime
import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers ------------------------------------------------------------------

UA_F = [
    ("Олена", "Olena"),
    ("Оксана", "Oksana"),
    ("Ірина", "Iryna"),
    ("Тетяна", "Tetiana"),
    ("Наталія", "Nataliia"),
    ("Юлія", "Yuliia"),
    ("Анастасія", "Anastasiia"),
    ("Марія", "Mariia"),
    ("Вікторія", "Viktoriia"),
    ("Катерина", "Kateryna"),
    ("Світлана", "Svitlana"),
    ("Дарина", "Daryna"),
    ("Софія", "Sofiia"),
]
UA_M = [
    ("Андрій", "Andrii"),
    ("Олександр", "Oleksandr"),
    ("Дмитро", "Dmytro"),
    ("Сергій", "Serhii"),
    ("Тарас", "Taras"),
    ("Богдан", "Bohdan"),
    ("Максим", "Maksym"),
    ("Юрій", "Yurii"),
]
UA_LAST = [
    ("Коваленко", "Kovalenko"),
    ("Шевченко", "Shevchenko"),
    ("Бондаренко", "Bondarenko"),
    ("Ткаченко", "Tkachenko"),
    ("Кравченко", "Kravchenko"),
    ("Мельник", "Melnyk"),
    ("Бойко", "Boiko"),
    ("Поліщук", "Polishchuk"),
    ("Савчук", "Savchuk"),
    ("Гнатюк", "Hnatiuk"),
    ("Левченко", "Levchenko"),
    ("Романюк", "Romaniuk"),
    ("Олійник", "Oliinyk"),
]
UA_PATRONYMIC_F = ["Олександрівна", "Іванівна", "Петрівна", "Миколаївна", "Василівна", "Сергіївна"]
UA_PATRONYMIC_M = ["Олександрович", "Іванович", "Петрович", "Миколайович", "Васильович"]
UA_CITIES = [
    ("Київ", "Kyiv", "01", "м. Київ"),
    ("Харків", "Kharkiv", "61", "Харківська"),
    ("Львів", "Lviv", "79", "Львівська"),
    ("Одеса", "Odesa", "65", "Одеська"),
    ("Дніпро", "Dnipro", "49", "Дніпропетровська"),
    ("Вінниця", "Vinnytsia", "21", "Вінницька"),
    ("Полтава", "Poltava", "36", "Полтавська"),
    ("Черкаси", "Cherkasy", "18", "Черкаська"),
    ("Житомир", "Zhytomyr", "10", "Житомирська"),
    ("Івано-Франківськ", "Ivano-Frankivsk", "76", "Івано-Франківська"),
]
UA_STREETS = [
    ("вул. Шевченка", "vul. Shevchenka"),
    ("вул. Грушевського", "vul. Hrushevskoho"),
    ("просп. Науки", "prosp. Nauky"),
    ("вул. Садова", "vul. Sadova"),
    ("бульв. Лесі Українки", "bulv. Lesi Ukrainky"),
    ("вул. Січових Стрільців", "vul. Sichovykh Striltsiv"),
    ("вул. Героїв Праці", "vul. Heroiv Pratsi"),
    ("вул. Франка", "vul. Franka"),
]
CO_F = [
    "María Fernanda",
    "Valentina",
    "Daniela",
    "Laura Camila",
    "Juliana",
    "Paola Andrea",
    "Luisa Fernanda",
    "Natalia",
    "Yesenia",
    "Leidy Johana",
    "Catalina",
    "Angie Paola",
]
CO_M = ["Juan David", "Andrés Felipe", "Santiago", "Carlos Alberto", "Jhon Fredy", "Sebastián"]
CO_LAST = [
    "Rodríguez",
    "Gómez",
    "Martínez",
    "López",
    "García",
    "Restrepo",
    "Hernández",
    "Ospina",
    "Cárdenas",
    "Londoño",
    "Vélez",
    "Ramírez",
    "Zapata",
    "Quintero",
    "Muñoz",
    "Arango",
    "Castaño",
    "Ríos",
]
CO_CITIES = [
    ("Bogotá", "Bogotá D.C.", "11"),
    ("Medellín", "Antioquia", "05"),
    ("Cali", "Valle del Cauca", "76"),
    ("Barranquilla", "Atlántico", "08"),
    ("Bucaramanga", "Santander", "68"),
    ("Pereira", "Risaralda", "66"),
    ("Cartagena", "Bolívar", "13"),
    ("Manizales", "Caldas", "17"),
]
US_F = [
    "Hannah",
    "Madison",
    "Jasmine",
    "Alyssa",
    "Brianna",
    "Taylor",
    "Sophia",
    "Aaliyah",
    "Megan",
    "Destiny",
    "Kaitlyn",
    "Imani",
    "Mackenzie",
    "Gabriela",
    "Ashley",
    "Leilani",
]
US_M = ["Tyler", "Jacob", "Ethan", "Marcus", "Daniel", "Brandon", "Caleb", "Jamal", "Kevin", "Austin"]
US_LAST = [
    "Miller",
    "Brooks",
    "Carter",
    "Ramirez",
    "Lee",
    "Scott",
    "Martinez",
    "Jackson",
    "O'Neill",
    "Nguyen",
    "Washington",
    "Kowalczyk",
    "Yazzie",
    "Patel",
    "Kim",
    "Rivera",
    "Hughes",
    "Anderson",
    "Thompson",
    "Begay",
]
US_CITIES = [
    ("Austin", "TX", "787", "512"),
    ("San Diego", "CA", "921", "619"),
    ("Los Angeles", "CA", "900", "323"),
    ("Houston", "TX", "770", "713"),
    ("Phoenix", "AZ", "850", "602"),
    ("Denver", "CO", "802", "720"),
    ("Seattle", "WA", "981", "206"),
    ("Chicago", "IL", "606", "312"),
    ("Atlanta", "GA", "303", "404"),
    ("Miami", "FL", "331", "305"),
    ("Portland", "OR", "972", "503"),
    ("Columbus", "OH", "432", "614"),
    ("Raleigh", "NC", "276", "919"),
    ("Minneapolis", "MN", "554", "612"),
    ("Salt Lake City", "UT", "841", "801"),
    ("Brooklyn", "NY", "112", "718"),
    ("Nashville", "TN", "372", "615"),
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Cedar Ln",
    "Willow Dr",
    "Pecan St",
    "Lakeview Dr",
    "Magnolia Ct",
    "Ridge Rd",
    "Highland Ave",
    "Burnet Rd",
    "Mission St",
    "Peachtree St NE",
    "Bedford Ave",
    "W Camelback Rd",
]
# intended parents come from everywhere: (country, city, first names, last names, phone, street, zip)
INTL = [
    ("ES", "Madrid", ["Lucía", "Javier", "Carmen", "Álvaro"], ["Fernández", "Moreno", "Navarro", "Iglesias"]),
    ("IL", "Tel Aviv", ["Yael", "Noa", "Yosef", "Avi"], ["Cohen", "Levi", "Mizrahi", "Peretz"]),
    ("CN", "Shanghai", ["Wei", "Li Na", "Jun", "Xiaoling"], ["Zhang", "Wang", "Liu", "Chen"]),
    ("IT", "Milano", ["Giulia", "Marco", "Francesca", "Luca"], ["Bianchi", "Ferrari", "Romano", "Greco"]),
    ("GB", "London", ["Siobhan", "Oliver", "Priya", "Ewan"], ["Murphy", "Hughes", "Sharma", "MacLeod"]),
    ("DE", "Berlin", ["Katrin", "Jonas", "Sabine", "Tobias"], ["Schneider", "Wagner", "Becker", "Hoffmann"]),
    ("AU", "Sydney", ["Chloe", "Liam", "Mia", "Jack"], ["Tremblay", "O'Connor", "Nguyen", "Walsh"]),
    ("NG", "Lagos", ["Ngozi", "Olumide", "Chiamaka", "Tunde"], ["Okeke", "Adeyemi", "Eze", "Balogun"]),
    ("IN", "Mumbai", ["Aarav", "Ananya", "Rahul", "Kavya"], ["Mehta", "Iyer", "Reddy", "Kapoor"]),
    ("KR", "Seoul", ["Ji-woo", "Min-jun", "Seo-yeon", "Ha-eun"], ["Park", "Kim", "Choi", "Jung"]),
]
STAFF = [
    ("Kateryna Shevchuk", "k.shevchuk"),
    ("María José Restrepo", "mj.restrepo"),
    ("Jessica Park", "jpark"),
    ("Lauren Whitfield", "lwhitfield"),
    ("Oleksii Marchenko", "o.marchenko"),
    ("Diana Carolina Pérez", "dc.perez"),
    ("Amanda Okoro", "aokoro"),
    ("Tomás Echeverri", "techeverri"),
]
PHYSICIANS = [
    "Dr. Robert Klein",
    "Dr. Anjali Rao",
    "Dr. Viktor Hrytsenko",
    "Dr. Camila Duarte",
    "Dr. Sarah Feld",
]
# (name, city, state or country, address, zip, phone, website, role mailbox)
CLINICS = [
    (
        "Pacific Reproductive Center",
        "Los Angeles",
        "CA",
        "2080 Century Park E, Suite 1105",
        "90067",
        "(310) 277-2393",
        "https://www.pacificreproductive.com",
        "donorcoordinator@pacificrc.com",
    ),
    (
        "Texas Fertility Institute",
        "Austin",
        "TX",
        "3705 Medical Pkwy #420",
        "78705",
        "(512) 451-0149",
        "https://txfertility.com",
        "ivf@txfertility.com",
    ),
    (
        "Nadiya Clinic",
        "Kyiv",
        "UA",
        "вул. Мечникова, 16",
        "01133",
        "+380 44 591 1010",
        "https://nadiya.clinic",
        "ivf@nadiya.clinic",
    ),
    (
        "Clínica Fertilidad Andina",
        "Bogotá",
        "CO",
        "Calle 93 # 19-25, Consultorio 402",
        "110221",
        "+57 601 742 0900",
        "https://fertilidadandina.co",
        "info@fertilidadandina.co",
    ),
    (
        "Shady Grove Fertility",
        "Rockville",
        "MD",
        "9600 Blackwell Rd",
        "20850",
        "(888) 761-1967",
        "https://www.shadygrove.com",
        "donoregg@shadygrove.com",
    ),
    (
        "CCRM Denver",
        "Lone Tree",
        "CO",
        "10290 RidgeGate Cir",
        "80124",
        "(303) 788-8300",
        "https://ccrmivf.com",
        "denver@ccrmivf.com",
    ),
    (
        "ISIDA IVF",
        "Kyiv",
        "UA",
        "вул. Платона Майбороди, 8",
        "04050",
        "+380 44 390 7777",
        "https://isida.ua",
        "ivf@isida.ua",
    ),
    (
        "Inser Medellín",
        "Medellín",
        "CO",
        "Carrera 43A # 1-50, Torre 2",
        "050021",
        "+57 604 444 0440",
        "https://inser.com.co",
        "contacto@inser.com.co",
    ),
]
NATIONALITY = {
    "US": "American",
    "ES": "Spanish",
    "IL": "Israeli",
    "CN": "Chinese",
    "IT": "Italian",
    "GB": "British",
    "DE": "German",
    "AU": "Australian",
    "NG": "Nigerian",
    "IN": "Indian",
    "KR": "South Korean",
    "UA": "Ukrainian",
    "CO": "Colombian",
}
PSEUDONYMS = [
    "Aurora",
    "Everest",
    "Juniper",
    "Sage",
    "Marigold",
    "Atlas",
    "Wren",
    "Calypso",
    "Orion",
    "Hazel",
]
EYES = ["brown", "blue", "green", "hazel", "gray"]
HAIR = ["black", "dark brown", "light brown", "blonde", "auburn", "red"]
ETHNICITIES = [
    "Caucasian",
    "Hispanic/Latina",
    "East Asian",
    "South Asian",
    "Black/African American",
    "Middle Eastern",
    "Mixed",
    "Eastern European",
]
ANCESTRY = ["Ukrainian", "Irish", "German", "Mexican", "Colombian", "Korean", "Nigerian", "Italian", "Polish"]
BLOOD = ["O+", "O-", "A+", "A-", "B+", "AB+", "B-"]
DEGREES = ["High school", "Some college", "Associate", "Bachelor's", "Master's", "Doctorate"]
MAJORS = ["Nursing", "Biology", "Psychology", "Computer Science", "Economics", "Fine Arts", "Education"]
UNIVERSITIES = [
    "UT Austin",
    "Arizona State University",
    "UCLA",
    "KNU",
    "Universidad de Antioquia",
    "Ohio State",
]
OCCUPATIONS = ["Registered nurse", "Graduate student", "Software engineer", "Teacher", "Barista", "Paralegal"]
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 "
    "Mobile Safari/537.36",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def ua_phone(f: Fake) -> str:
    op = f.pick(["50", "66", "67", "68", "63", "73", "93", "95", "96", "97", "98", "99"])
    a, b, c = f.r.randint(100, 999), f.r.randint(10, 99), f.r.randint(10, 99)
    return f.pick(
        [
            f"+380 {op} {a} {b} {c}",
            f"+380{op}{a}{b}{c}",
            f"0{op}-{a}-{b}-{c}",
            f"(0{op}) {a}-{b}-{c}",
            f"+38 (0{op}) {a}-{b}-{c}",
        ]
    )


def co_phone(f: Fake) -> str:
    pre = f.pick(["300", "301", "304", "310", "311", "313", "315", "316", "317", "320", "321", "350"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick(
        [f"+57 {pre} {a} {b}", f"{pre}{a}{b}", f"+57{pre}{a}{b}", f"{pre} {a} {b}", f"(+57) {pre}-{a}-{b}"]
    )


def us_phone(f: Fake, area: str | None = None) -> str:
    area = area or f.pick([c[3] for c in US_CITIES])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1{area}{ex}{line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def intl_phone(f: Fake, country: str) -> str:
    r = f.r
    return {
        "ES": f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        "IL": f"+972 5{r.randint(0, 8)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        "CN": f"+86 1{r.choice('3589')}{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
        "IT": f"+39 3{r.randint(20, 49)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        "GB": f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}",
        "DE": f"+49 15{r.randint(1, 9)} {r.randint(1000000, 99999999)}",
        "AU": f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        "NG": f"+234 80{r.randint(2, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        "IN": f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
        "KR": f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
    }[country]


def intl_address(f: Fake, country: str, city: str) -> tuple[str, str]:
    r = f.r
    return {
        "ES": (
            f"Calle de Alcalá, {r.randint(1, 300)}, {r.randint(1, 8)}º {r.choice('ABCD')}",
            f"280{r.randint(10, 55)}",
        ),
        "IL": (f"Rothschild Blvd {r.randint(1, 140)}", f"{r.randint(6100000, 6999999)}"),
        "CN": (
            f"{r.randint(1, 999)} Century Avenue, Pudong, Apt {r.randint(101, 2999)}",
            f"2001{r.randint(20, 99)}",
        ),
        "IT": (f"Via Roma {r.randint(1, 120)}", f"201{r.randint(10, 62)}"),
        "GB": (
            f"{r.randint(1, 220)} Harrow Road",
            f"W{r.randint(2, 10)} {r.randint(1, 9)}{r.choice('ABDEFG')}{r.choice('HJLNPQ')}",
        ),
        "DE": (f"Torstraße {r.randint(1, 230)}", f"10{r.randint(115, 999)}"),
        "AU": (f"{r.randint(1, 400)} George St", f"20{r.randint(0, 99):02d}"),
        "NG": (f"{r.randint(1, 60)} Admiralty Way, Lekki Phase 1", f"1052{r.randint(10, 99)}"),
        "IN": (f"Flat {r.randint(101, 1904)}, Hiranandani Gardens, Powai", f"4000{r.randint(10, 99)}"),
        "KR": (f"{r.randint(10, 500)} Teheran-ro, Gangnam-gu", f"06{r.randint(100, 999)}"),
    }[country]


def ssn(f: Fake) -> str:
    return f.ssn()


def rnokpp(f: Fake, sex: str = "F") -> str:
    """Ukrainian taxpayer number: days since 1899-12-31, serial (odd for men), check digit."""
    days = f.r.randint(31000, 38000)
    serial = f.r.randint(0, 999) * 10 + f.pick([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    body = f"{days:05d}{serial:04d}"
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10
    return body + str(check)


def ua_passport(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f.digits(9)  # ID-card
    return f.pick(["МЕ", "КВ", "СО", "НК", "ВА"]) + f"{f.r.randint(100000, 999999)}"


def cedula(f: Fake) -> str:
    n = f.pick([f.r.randint(10_000_000, 99_999_999), f.r.randint(1_000_000_000, 1_119_999_999)])
    if f.r.random() < 0.4:
        return f"{n:,}".replace(",", ".")
    return str(n)


def dni_es(f: Fake) -> str:
    n = f.r.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def passport_for(f: Fake, country: str) -> str:
    r = f.r
    up = string.ascii_uppercase
    return {
        "US": f"5{r.randint(10000000, 99999999)}",
        "ES": f"PA{r.choice(up)}{r.randint(100000, 999999)}",
        "IL": f"{r.randint(20000000, 39999999)}",
        "CN": f"E{r.randint(10000000, 99999999)}",
        "IT": f"Y{r.choice(up)}{r.randint(1000000, 9999999)}",
        "GB": f"{r.randint(100000000, 599999999)}",
        "DE": "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "AU": f"P{r.choice('ABCDE')}{r.randint(1000000, 9999999)}",
        "NG": f"A{r.randint(10000000, 99999999)}",
        "IN": f"{r.choice('JKLMNPRSTUVWZ')}{r.randint(1000000, 9999999)}",
        "KR": f"M{r.randint(10000000, 99999999)}",
        "UA": f"F{r.choice('ABEKX')}{r.randint(100000, 999999)}",
        "CO": f"AV{r.randint(100000, 999999)}",
    }[country]


def iban_ua(f: Fake) -> str:
    bank = f.pick(["305299", "322001", "300528", "320649", "351005"])
    bban = bank + "0000" + "2620" + "".join(str(f.r.randint(0, 9)) for _ in range(11))
    numeric = "".join(str(int(c, 36)) for c in bban + "UA00")
    raw = f"UA{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def ua_card(f: Fake) -> str:
    prefix = f.pick(["516875", "414949", "537541", "444111", "535527", "404030"])
    number = f.luhn_complete(prefix + "".join(str(f.r.randint(0, 9)) for _ in range(9)))
    return number if f.r.random() < 0.5 else " ".join(number[i : i + 4] for i in range(0, 16, 4))


def routing(f: Fake) -> str:
    return f.pick(["021000021", "026009593", "121000248", "111000614", "322271627", "061000104", "091000019"])


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    alnum = string.ascii_letters + string.digits
    return prefix + "".join(f.r.choice(alnum) for _ in range(n))


def b64ish(f: Fake, n: int) -> str:
    alnum = string.ascii_letters + string.digits + "-_"
    return "".join(f.r.choice(alnum) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + b64ish(f, 80)


def fbclid(f: Fake) -> str:
    return "IwAR" + b64ish(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(100000000, 2147483647)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def ipv4_for(f: Fake, market: str) -> str:
    first = {
        "US": [73, 98, 24, 67, 108, 174, 76],
        "UA": [46, 91, 176, 178, 93, 194],
        "CO": [181, 186, 190, 191, 201],
    }.get(market, [31, 81, 92, 109, 122, 58, 41, 196])
    return f"{f.pick(first)}.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"


def ipv6_for(f: Fake, market: str) -> str:
    head = {"US": "2600:1700", "UA": "2a02:2378", "CO": "2800:484"}.get(market, "2a01:e0a")
    return head + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip_for(f: Fake, market: str) -> str:
    return ipv6_for(f, market) if f.r.random() < 0.25 else ipv4_for(f, market)


def donor_code(f: Fake) -> str:
    return f.pick(["SD", "ED", "D"]) + str(f.r.randint(1000, 9999))


def uid(f: Fake) -> str:
    return f.pick([f.uuid(), "usr_" + f.hexid(20), str(f.r.randint(100000, 999999))])


class Person:
    """A coherent person for one message: the user the event is about."""

    def __init__(self, f: Fake, market: str, sex: str | None = None, age: tuple[int, int] = (21, 45)):
        r = f.r
        self.market = market
        self.sex = sex or f.pick(["F", "M"])
        year = 2024 - r.randint(*age)
        month, day = r.randint(1, 12), r.randint(1, 28)
        self.dob = f"{year}-{month:02d}-{day:02d}"
        self.dob_dmy = f"{day:02d}.{month:02d}.{year}"
        self.dob_slash = f"{day:02d}/{month:02d}/{year}"
        self.dob_us = f"{month:02d}/{day:02d}/{year}"
        self.year = year
        self.line2 = ""
        self.first_cyr = self.last_cyr = self.patronymic = self.city_cyr = self.street_cyr = ""
        if market == "UA":
            first = f.pick(UA_F if self.sex == "F" else UA_M)
            last = f.pick(UA_LAST)
            self.first_cyr, self.first = first
            self.last_cyr, self.last = last
            self.patronymic = f.pick(UA_PATRONYMIC_F if self.sex == "F" else UA_PATRONYMIC_M)
            city = f.pick(UA_CITIES)
            self.city_cyr, self.city, zip2, self.state = city
            street = f.pick(UA_STREETS)
            house, flat = r.randint(1, 160), r.randint(1, 220)
            self.street_cyr = f"{street[0]}, {house}, кв. {flat}"
            self.street = f"{street[1]}, {house}, kv. {flat}"
            self.zip = f"{zip2}{r.randint(0, 999):03d}"
            self.phone = ua_phone(f)
            self.country, self.locale, self.tz = "UA", "uk-UA", "Europe/Kyiv"
            self.natid = rnokpp(f, self.sex)
            self.passport = passport_for(f, "UA")
            domain = f.pick(["gmail.com", "ukr.net", "i.ua", "gmail.com", "meta.ua"])
        elif market == "CO":
            self.first = f.pick(CO_F if self.sex == "F" else CO_M)
            l1, l2 = f.pick(CO_LAST), f.pick(CO_LAST)
            self.last = f"{l1} {l2}"
            self.city, self.state, zip2 = f.pick(CO_CITIES)
            kind = f.pick(["Calle", "Carrera", "Transversal", "Diagonal", "Avenida Calle"])
            self.street = (
                f"{kind} {r.randint(1, 150)}{f.pick(['', 'A', 'B', ' Sur', 'A Bis'])} "
                f"# {r.randint(1, 99)}-{r.randint(1, 99)}"
            )
            self.line2 = f.pick(
                [f"Apto {r.randint(101, 1504)}", f"Torre {r.randint(1, 6)} Apto {r.randint(101, 2204)}"]
            )
            self.zip = f"{zip2}{r.randint(0, 9999):04d}"
            self.phone = co_phone(f)
            self.country, self.locale, self.tz = "CO", "es-CO", "America/Bogota"
            self.natid = cedula(f)
            self.passport = passport_for(f, "CO")
            domain = f.pick(["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"])
        elif market == "US":
            self.first = f.pick(US_F if self.sex == "F" else US_M)
            self.last = f.pick(US_LAST)
            self.city, self.state, zip3, area = f.pick(US_CITIES)
            self.street = f"{r.randint(100, 19999)} {f.pick(US_STREETS)}"
            self.line2 = f.pick(
                [
                    f"Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                    f"Unit {r.randint(100, 2400)}",
                    f"#{r.randint(100, 999)}",
                ]
            )
            self.zip = f"{zip3}{r.randint(0, 99):02d}"
            self.phone = us_phone(f, area)
            self.country, self.locale = "US", "en-US"
            self.tz = f.pick(["America/Chicago", "America/Los_Angeles", "America/New_York", "America/Denver"])
            self.natid = ssn(f)
            self.passport = passport_for(f, "US")
            domain = f.pick(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com"])
        else:
            country, city, firsts, lasts = f.pick(INTL)
            self.first, self.last = f.pick(firsts), f.pick(lasts)
            self.city, self.state = city, ""
            self.street, self.zip = intl_address(f, country, city)
            self.phone = intl_phone(f, country)
            self.country = country
            self.locale = {
                "ES": "es-ES",
                "IL": "he-IL",
                "CN": "zh-CN",
                "IT": "it-IT",
                "DE": "de-DE",
                "KR": "ko-KR",
            }.get(country, "en-" + country)
            self.tz = {
                "ES": "Europe/Madrid",
                "IL": "Asia/Jerusalem",
                "CN": "Asia/Shanghai",
                "IT": "Europe/Rome",
                "GB": "Europe/London",
                "DE": "Europe/Berlin",
                "AU": "Australia/Sydney",
                "NG": "Africa/Lagos",
                "IN": "Asia/Kolkata",
                "KR": "Asia/Seoul",
            }[country]
            self.natid = dni_es(f) if country == "ES" else f.digits(9)
            self.passport = passport_for(f, country)
            domain = {"CN": "qq.com", "IL": "walla.co.il", "DE": "gmx.de", "IT": "libero.it"}.get(
                country, "gmail.com"
            )
        self.full = f"{self.first} {self.last}"
        self.full_cyr = f"{self.last_cyr} {self.first_cyr} {self.patronymic}".strip()
        local_first = ascii_fold(self.first.split()[0]).lower().replace("'", "")
        local_last = ascii_fold(self.last.split()[0]).lower().replace("'", "").replace(" ", "")
        if domain == "qq.com":
            self.email = f"{r.randint(10000000, 3999999999)}@qq.com"
        else:
            style = f.pick(["{f}.{l}", "{f}{l}{n}", "{f0}{l}", "{f}_{l}{y}", "{l}.{f}{n}"])
            local = style.format(
                f=local_first, l=local_last, f0=local_first[0], n=r.randint(1, 99), y=year % 100
            )
            self.email = f"{local}@{domain}"
        self.ip = ip_for(f, market)
        self.age = 2024 - year


def other(f: Fake, market: str | None = None, sex: str | None = None) -> Person:
    """Someone else in the event: a partner, a friend, an attendee, a child."""
    return Person(f, market or f.pick(["US", "US", "UA", "CO", "INTL"]), sex)


def staff(f: Fake) -> tuple[str, str]:
    return f.s


def new_other(attr: str, market: str | None = None, sex: str | None = None):
    """Draws a new other person and returns one attribute; same_other() reads the same person's others."""

    def gen(f: Fake):
        f.o = other(f, f.p.market if market == "same" else market, sex)
        return getattr(f.o, attr)

    return gen


def same_other(attr: str):
    return lambda f: getattr(f.o, attr)


def clinic(i: int):
    return lambda f: f.c[i]


def staff_name(f: Fake) -> str:
    return staff(f)[0]


def staff_email(f: Fake) -> str:
    return staff(f)[1] + "@selenefertility.com"


def P(attr: str):
    return lambda f: getattr(f.p, attr)


def pick(*options):
    return lambda f: f.pick(list(options))


def money(lo: float, hi: float):
    return lambda f: f.money(lo, hi)


def integer(lo: int, hi: int):
    return lambda f: f.r.randint(lo, hi)


def iso(f: Fake) -> str:
    return f.iso()


def day(f: Fake) -> str:
    return f.iso()[:10]


def uuid(f: Fake) -> str:
    return f.uuid()


SURROGATE_MEDS = [
    ("Progesterone in oil", "1 mL", "intramuscular"),
    ("Estrace", "2 mg", "oral"),
    ("Prenatal vitamin", "1 tablet", "oral"),
    ("Baby aspirin", "81 mg", "oral"),
    ("Lovenox", "40 mg", "subcutaneous"),
    ("Endometrin", "100 mg", "vaginal"),
]


CARD_BINS = [
    ("Visa", "414720"),
    ("Visa", "426684"),
    ("Mastercard", "542418"),
    ("American Express", "379763"),
    ("Discover", "601100"),
    ("Mastercard", "222300"),
]


COURTS = [
    ("Superior Court of California, County of Los Angeles", "CA"),
    ("Superior Court of California, County of San Diego", "CA"),
    ("Clark County Family Court", "NV"),
    ("Denver District Court", "CO"),
    ("Circuit Court for Montgomery County", "MD"),
]


def remember_court(f: Fake):
    f.court = f.pick(COURTS)
    return f.court


def remember_card(f: Fake):
    f.k = f.pick(CARD_BINS)
    return f.k


def remember_med(f: Fake) -> tuple[str, str, str]:
    f.m = f.pick(SURROGATE_MEDS)
    return f.m


def remember(f: Fake, value: str) -> str:
    f.d = value
    return value


def later(f: Fake, lo: int, hi: int) -> str:
    return (datetime.date.fromisoformat(f.d) + datetime.timedelta(days=f.r.randint(lo, hi))).isoformat()


# -- contexts sent by the client libraries ----------------------------------------------------------

SITES = {
    "donors": (
        "https://donors.selenefertility.com",
        ["/", "/egg-donor/apply", "/sperm-donor/apply", "/faq", "/compensation"],
    ),
    "bank": (
        "https://bank.selenefertility.com",
        ["/donors", "/donors/search", "/cart", "/checkout", "/account"],
    ),
    "surrogacy": (
        "https://surrogacy.selenefertility.com",
        ["/", "/become-a-surrogate", "/intended-parents", "/apply"],
    ),
    "careers": ("https://careers.selenefertility.com", ["/jobs", "/jobs/apply"]),
    "crm": ("https://crm.selenefertility.com", ["/cases", "/donors", "/search"]),
}
TITLES = [
    "Become an Egg Donor | Selene",
    "Donor Search | Selene Bank",
    "Checkout | Selene Bank",
    "Selene Surrogacy",
]


def context_traits(f: Fake):
    traits: dict[str, Any] = {"userType": G(pick("donor", "recipient", "surrogate", "intended_parent"))}
    if f.r.random() < 0.7:
        traits["email"] = Y(P("email"), "email")
    if f.r.random() < 0.5:
        traits["firstName"] = Y(P("first"), "name")
        traits["lastName"] = Y(P("last"), "name")
    if f.r.random() < 0.3:
        traits["phone"] = Y(P("phone"), "phone")
    return traits


def web_context(f: Fake, site: str = "donors"):
    host, paths = SITES[site]
    path = f.pick(paths)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(pick("analytics.js")),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                pick("", "https://www.google.com/", "https://www.instagram.com/", "https://l.facebook.com/")
            ),
            "search": G(pick("", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?lang=uk")),
            "title": G(pick(*TITLES)),
            "url": G(lambda f: host + path),
        },
        "userAgent": G(pick(*UAS_WEB)),
        "locale": G(lambda f: f.p.locale if f.r.random() < 0.8 else "en-US"),
        "timezone": G(lambda f: f.p.tz),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "123", "99")),
                },
                3,
            ),
            "mobile": G(pick(True, False)),
            "platform": G(pick("Windows", "Android", "macOS")),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(pick("egg_donor_q2", "surrogacy_tx_search", "sperm_bank_brand", "donantes_co")),
            "source": G(pick("google", "facebook", "instagram", "tiktok")),
            "medium": G(pick("cpc", "paid_social", "email")),
            "term": G(
                pick("egg donor compensation", "become a surrogate texas", "donor sperm bank", "donar óvulos")
            ),
            "content": G(pick("carousel_1", "video_15s", "text_ad_b")),
        }
    return ctx


def swift_context(f: Fake):
    ios = f.pick(IOS_DEVICES)
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(pick("Apple")),
        "model": G(lambda f: ios[0]),
        "name": G(pick("iPhone")),
        "type": G(pick("ios")),
    }
    if f.r.random() < 0.4:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        device["adTrackingEnabled"] = G(pick(True, False))
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    return {
        "app": {
            "name": G(pick("Selene Donor")),
            "version": G(pick("4.2.0", "4.3.1", "4.1.7")),
            "build": G(pick("420", "431", "417")),
            "namespace": G(pick("com.selenefertility.donor")),
        },
        "device": device,
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(P("locale")),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": G(pick("iOS")), "version": G(lambda f: ios[1])},
        "screen": {"width": G(lambda f: ios[2]), "height": G(lambda f: ios[3])},
        "timezone": G(P("tz")),
        "instanceId": G(uuid),
        "traits": context_traits(f),
    }


ANDROID_DEVICES = [
    ("samsung", "SM-A546B", "a54x", "14", "UP1A.231005.007", 1080, 2340, 2.625),
    ("Google", "Pixel 7", "panther", "14", "AP1A.240405.002", 1080, 2400, 2.625),
    ("Xiaomi", "Redmi Note 12", "tapas", "13", "TKQ1.221114.001", 1080, 2400, 2.75),
    ("motorola", "moto g54 5G", "cancunf", "14", "U1TDS34.94-12-7", 1080, 2400, 2.75),
    ("samsung", "SM-S918U", "dm3q", "14", "UP1A.231005.007", 1080, 2340, 3.0),
    ("samsung", "SM-A155F", "a15", "14", "UP1A.231005.007", 1080, 2340, 2.625),
]
IOS_DEVICES = [
    ("iPhone15,4", "17.4.1", 393, 852),
    ("iPhone14,5", "17.5", 390, 844),
    ("iPhone16,2", "17.4.1", 430, 932),
    ("iPhone13,2", "16.7.8", 390, 844),
    ("iPhone12,1", "17.2.1", 414, 896),
]
CARRIERS = {
    "UA": ["Kyivstar", "lifecell", "Vodafone UA"],
    "CO": ["Claro", "Movistar", "Tigo"],
    "US": ["T-Mobile", "Verizon", "AT&T"],
    "INTL": ["Vodafone", "Orange", "Movistar", "Partner"],
}
AREAS = {"UA": (46.3, 50.6, 23.9, 36.3), "CO": (3.3, 11.0, -76.6, -73.0), "US": (25.7, 47.7, -122.5, -73.9)}


def kotlin_context(f: Fake):
    maker, model, codename, version, build, width, height, density = f.pick(ANDROID_DEVICES)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(pick("Selene Donor")),
            "version": G(pick("4.2.0", "4.3.0", "4.1.5")),
            "build": G(pick("40200", "40300", "40105")),
            "namespace": G(pick("com.selenefertility.donor")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: codename),
            "type": G(pick("android")),
            "advertisingId": Y(uuid, "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.16.3", "1.15.0"))},
        "locale": G(P("locale")),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(pick(False, True)),
            "carrier": G(lambda f: f.pick(CARRIERS[f.p.market])),
        },
        "os": {"name": G(pick("Android")), "version": G(lambda f: version)},
        "screen": {
            "density": G(lambda f: density),
            "width": G(lambda f: width),
            "height": G(lambda f: height),
        },
        "timezone": G(P("tz")),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android {version}; {model} Build/{build})"),
        "instanceId": G(uuid),
        "traits": context_traits(f),
    }
    if f.r.random() < 0.3 and f.p.market in AREAS:
        lat0, lat1, lon0, lon1 = AREAS[f.p.market]
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(lat0, lat1), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(lon0, lon1), 6), "geolocation"),
            "speed": G(pick(0.0, 1.2, 0.4)),
        }
    return ctx


def hybrid_device(f: Fake, with_name: bool) -> tuple[dict, dict, dict]:
    """device, os and screen blocks for a cross-platform app on either platform."""
    if f.r.random() < 0.5:
        model, version, width, height = f.pick(IOS_DEVICES)
        device = {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(lambda f: model),
            "type": G(pick("ios")),
        }
        if with_name:
            device["name"] = G(pick("iPhone"))
        os = {"name": G(pick("iOS")), "version": G(lambda f: version)}
    else:
        maker, model, codename, version, _, width, height, _ = f.pick(ANDROID_DEVICES)
        width, height = round(width / 2.625), round(height / 2.625)
        device = {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(pick("android")),
        }
        if with_name:
            device["name"] = G(lambda f: codename)
        os = {"name": G(pick("Android")), "version": G(lambda f: version)}
    screen = {"width": G(lambda f: width), "height": G(lambda f: height)}
    return device, os, screen


def rn_context(f: Fake):
    device, os, screen = hybrid_device(f, True)
    return {
        "app": {
            "name": G(pick("Selene Journey")),
            "version": G(pick("2.8.0", "2.9.1", "2.7.4")),
            "build": G(pick("280", "291", "274")),
            "namespace": G(pick("com.selenefertility.journey")),
        },
        "device": device,
        "library": {"name": G(pick("analytics-react-native")), "version": G(pick("2.19.2", "2.20.0"))},
        "locale": G(P("locale")),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": os,
        "screen": screen,
        "timezone": G(P("tz")),
        "instanceId": G(uuid),
        "traits": context_traits(f),
    }


def flutter_context(f: Fake):
    device, os, screen = hybrid_device(f, False)
    return {
        "app": {
            "name": G(pick("Selene Go")),
            "version": G(pick("1.9.0", "1.10.2", "1.8.5")),
            "build": G(pick("90", "102", "85")),
            "namespace": G(pick("com.selenefertility.go")),
        },
        "device": device,
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.3", "1.1.5"))},
        "locale": G(P("locale")),
        "os": os,
        "screen": screen,
        "timezone": G(P("tz")),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "traits": context_traits(f),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "csharp": ("Analytics.CSharp", ["2.4.1", "2.3.6"]),
}


def server_context(f: Fake, lang: str):
    name, versions = SERVER_LIBS[lang]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.4:
        ctx["ip"] = Y(P("ip"), "ip")
        ctx["userAgent"] = G(pick(*UAS_WEB))
    if lang == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(P("email"), "email", True),
                "type": G(pick("email")),
                "collection": G(pick("users")),
                "encoding": G(pick("none")),
            },
            1,
        )
    if lang in ("python", "ruby") and f.r.random() < 0.3:
        ctx["traits"] = {"email": Y(P("email"), "email")}
    if f.r.random() < 0.3:
        ctx["groupId"] = G(lambda f: "clinic_" + f.digits(4))
    return ctx


def make_context(f: Fake, client: str):
    if client.startswith("web"):
        return web_context(f, client.split(":")[1] if ":" in client else "donors")
    return {
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda f: server_context(f, client))(f)


# -- free text ---------------------------------------------------------------------------------------


def match_message(f: Fake) -> str:
    code, phone = donor_code(f), f.p.phone
    return f.pick(
        [
            f"Hi! We're very interested in {code}. Please call me at {phone}",
            f"Could someone text me at {phone}? We'd like to reserve this donor.",
            f"Is {code} available for a fresh cycle in June? My number is {phone}",
            f"Me interesa esta donante. Mi celular: {phone}",
            f"Доброго дня! Мій номер {phone}, зателефонуйте, будь ласка.",
        ]
    )


def case_note(f: Fake) -> str:
    p = other(f)
    return f.pick(
        [
            f"Called {p.first} re: monitoring schedule, she confirmed Tuesday 7:30am.",
            f"{p.full} sent updated ID; forwarded to legal.",
            f"Left voicemail for {p.first} {p.last[0]}., will retry tomorrow.",
            f"IPs ({p.full} and partner) approved the match.",
            f"Se habló con {p.full}, envía exámenes el lunes.",
            f"{p.first} asked to move the psych eval to next week.",
        ]
    )


def reminder_body(f: Fake) -> str:
    clinic = f.c[0]
    if f.p.market == "UA":
        return (
            f"{f.p.first_cyr}, нагадуємо: УЗД завтра о 8:00, клініка {clinic}. "
            "Відповідайте ТАК для підтвердження."
        )
    if f.p.market == "CO":
        return f"Hola {f.p.first}, te recordamos tu cita de monitoreo mañana a las 7:30 en {clinic}."
    return f.pick(
        [
            f"Hi {f.p.first}, reminder: monitoring at {clinic} tomorrow 7:30 AM. Reply C to confirm.",
            f"{f.p.first}, your Selene psych screening is on Thu at 2 PM. Reply R to reschedule.",
        ]
    )


def ticket_description(f: Fake) -> str:
    email = f.p.email
    return f.pick(
        [
            f"I can't log in, my account email is {email}",
            f"Please update my contact email to {email}, the old one is closed.",
            f"Resend the signed contract to {email} please",
            f"No recibí el correo de confirmación en {email}",
            f"Hi, two invoices were sent to {email} for the same vial order.",
        ]
    )


def chat_opening(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, this is {f.p.first}, I applied last week and haven't heard back.",
            f"Hello! {f.p.full} here, question about the compensation schedule",
            f"Hola, soy {f.p.first}, ¿cuándo es mi próxima cita?",
            f"Hi I'm {f.p.first}. Can I change my screening date?",
        ]
    )


def payment_purpose(f: Fake) -> str:
    initials = f"{f.p.first_cyr[0]}.{f.p.patronymic[0]}." if f.p.first_cyr else f.p.first[0] + "."
    surname = f.p.last_cyr or f.p.last
    return (
        f"Компенсація донору згідно договору № {f.r.randint(100, 9999)} від "
        f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2024, {surname} {initials}"
    )


TRANSLIT = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "",
        ],
        strict=True,
    )
)


def translit(text: str) -> str:
    out = []
    for c in text:
        t = TRANSLIT.get(c.lower(), c)
        out.append(t.capitalize() if c.isupper() else t)
    return "".join(out)


# -- shared shapes -----------------------------------------------------------------------------------


def vial_product():
    return {
        "product_id": G(lambda f: "vial_" + f.digits(7)),
        "sku": G(lambda f: donor_code(f) + "-" + f.pick(["IUI", "ICI", "ART", "LOT6"])),
        "name": G(lambda f: f"Donor {f.r.randint(1000, 9999)} · {f.pick(PSEUDONYMS)}"),
        "category": G(pick("Sperm Donor Vials", "Frozen Donor Eggs")),
        "variant": G(pick("IUI", "ICI", "ART", "6-egg lot", "8-egg lot")),
        "price": G(lambda f: f.pick([1195.0, 1395.0, 1595.0, 18500.0, 21000.0])),
        "quantity": G(integer(1, 4)),
    }


def address_traits():
    return {
        "street": Y(P("street"), "address|street"),
        "city": Y(P("city"), "city"),
        "state": G(P("state")),
        "postalCode": Y(P("zip"), "zipcode"),
        "country": G(P("country")),
    }


def identify_core(user_types=("donor", "recipient", "surrogate", "intended_parent")):
    return {
        "email": Y(P("email"), "email"),
        "firstName": Y(P("first"), "name"),
        "lastName": Y(P("last"), "name"),
        "phone": Y(P("phone"), "phone"),
        "birthday": Y(P("dob"), "birthdate"),
        "address": address_traits(),
        "createdAt": G(iso),
        "userType": G(pick(*user_types)),
    }


def page_props(f: Fake):
    return {
        "name": G(
            pick(
                "Become a Donor", "Donor Search", "Compensation", "FAQ", "Surrogate Requirements", "Checkout"
            )
        ),
        "category": G(pick("donor", "recipient", "surrogacy")),
        "path": G(pick("/", "/egg-donor/apply", "/donors/search", "/become-a-surrogate", "/compensation")),
        "referrer": G(pick("", "https://www.google.com/", "https://www.instagram.com/")),
        "search": G(pick("", "?utm_source=google", "?ref=email")),
        "title": G(pick(*TITLES)),
        "url": G(
            lambda f: (
                f.pick([SITES[k][0] for k in ("donors", "bank", "surrogacy")])
                + f.pick(["/", "/faq", "/apply"])
            )
        ),
    }


# -- events: (type, event, clients, markets, sex, weight, body) --------------------------------------

MOBILE = ["swift", "kotlin"]
DONOR_MARKETS = ["US", "US", "UA", "CO"]
IP_MARKETS = ["US", "US", "INTL", "INTL", "INTL"]
CONDITIONS = [
    "seasonal allergies",
    "asthma",
    "migraine",
    "PCOS",
    "hypothyroidism",
    "anxiety",
    "endometriosis",
]
FAMILY_CONDITIONS = [
    "type 2 diabetes",
    "breast cancer",
    "hypertension",
    "bipolar disorder",
    "Alzheimer's disease",
]
CARRIED = [
    "Cystic fibrosis (CFTR)",
    "Spinal muscular atrophy (SMN1)",
    "GJB2-related hearing loss",
    "Alpha thalassemia (HBA1/HBA2)",
    "Fragile X premutation (FMR1)",
]
RESULTS = ["non-reactive", "non-reactive", "negative", "reactive", "indeterminate"]


def genetic_body(f: Fake):
    carrier = f.r.random() < 0.4
    body: dict[str, Any] = {
        "lab_order_id": G(lambda f: "ORD-" + f.digits(8)),
        "lab_name": G(pick("Invitae", "Myriad", "Natera", "Sema4")),
        "panel": G(pick("Horizon 274", "Foresight 176", "Comprehensive Carrier 514")),
        "genes_tested": G(pick(274, 176, 514)),
        "carrier_status": Y(
            lambda f: "carrier" if carrier else f.pick(["non-carrier", "negative", "no variants"]),
            "diagnosis",
        ),
        "karyotype": Y(
            pick("46,XX", "46,XX", "46,XX,inv(9)(p12q13)", "46,XX,16qh+", "46,XX,t(11;22)(q23;q11.2)"),
            "diagnosis",
        ),
        "counselor_email": Y(staff_email, "email"),
        "patient_mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
        "reported_at": G(iso),
        "report_version": G(pick(1, 2, 3)),
    }
    if carrier:
        body["conditions_carried"] = Many(Y(pick(*CARRIED), "diagnosis"), 2)
    return body


def order_body(f: Fake):
    body: dict[str, Any] = {
        "order_id": G(lambda f: "SB-" + f.digits(7)),
        "checkout_id": G(uuid),
        "total": G(money(1195, 6400)),
        "revenue": G(money(1195, 6000)),
        "tax": G(money(0, 300)),
        "shipping": G(pick(295.0, 350.0, 425.0)),
        "currency": G(pick("USD")),
        "products": Many(vial_product(), 3),
        "ship_to": {
            "clinic_name": G(clinic(0)),
            "attention": Y(lambda f: other(f).full, "name", True),
            "address1": G(clinic(3)),
            "city": G(clinic(1)),
            "state": G(clinic(2)),
            "zip": G(clinic(4)),
            "phone": G(clinic(5)),
        },
        "recipient": {
            "first_name": Y(P("first"), "name"),
            "last_name": Y(P("last"), "name"),
            "email": Y(P("email"), "email"),
            "phone": Y(P("phone"), "phone"),
        },
        "payment_method_id": RED(lambda f: stripe_id(f, "pm_1P"), "token"),
        "stripe_customer_id": G(lambda f: stripe_id(f, "cus_", 14)),
    }
    return body


def lead_body(f: Fake):
    body: dict[str, Any] = {
        "form_id": G(pick("hero_form", "footer_form", "quiz_result")),
        "lead_source": G(pick("paid_search", "paid_social", "organic", "referral")),
        "interest": G(pick("egg_donor", "sperm_donor", "surrogate", "intended_parent")),
        "first_name": Y(P("first"), "name"),
        "email": Y(P("email"), "email"),
        "phone": Y(P("phone"), "phone"),
        "country": G(P("country")),
        "utm_source": G(pick("google", "facebook", "instagram", "tiktok")),
    }
    if f.r.random() < 0.5:
        body["gclid"] = Y(gclid, "advertising id")
    else:
        body["fbclid"] = Y(fbclid, "advertising id")
    if f.r.random() < 0.6:
        body["fbp"] = Y(fbp, "advertising id")
        body["fbc"] = Y(fbc, "advertising id")
    return body


def ua_payout_body(f: Fake):
    body: dict[str, Any] = {
        "payout-id": G(lambda f: "po_" + f.hexid(12)),
        "donor-id": G(lambda f: str(f.r.randint(10000, 99999))),
        "amount-uah": Y(lambda f: f.pick([15000, 20000, 25000, 30000, 3500]), "salary"),
        "recipient-name": Y(lambda f: f"{f.p.last_cyr} {f.p.first_cyr} {f.p.patronymic}", "name"),
        "bank": G(pick("ПриватБанк", "monobank", "Ощадбанк", "Райффайзен Банк")),
        "purpose": Y(payment_purpose, "name", True),
        "approved-by": Y(staff_email, "email", True),
        "status": G(pick("queued", "sent", "failed")),
        "created-at": G(iso),
    }
    if f.r.random() < 0.5:
        body["recipient-card"] = RED(ua_card, "credit card")
    else:
        body["recipient-iban"] = RED(iban_ua, "bank account")
    return body


def escrow_body(f: Fake):
    intl = f.p.market == "INTL"
    iban_country = (
        f.p.country if f.p.country in ("ES", "DE", "GB") else f.pick(["ES", "DE", "GB", "FR", "NL"])
    )
    body = {
        "EscrowAccountId": G(lambda f: "ESC-" + f.digits(6)),
        "CaseNumber": G(lambda f: f"2024-{f.r.randint(1, 999):04d}"),
        "DepositAmount": G(lambda f: f.pick([25000.0, 15000.0, 40000.0, 7500.0, 62000.0])),
        "Currency": G(pick("USD")),
        "FundingMethod": G(lambda f: "SWIFT" if intl else f.pick(["wire", "ach"])),
        "PayerName": Y(P("full"), "name"),
        "PayerAccountNumber": RED(
            lambda f: f.iban(iban_country) if intl else f.digits(f.pick([9, 10, 12])), "bank account"
        ),
        "PayerRoutingNumber": G(routing),
        "ReceivedAtUtc": G(iso),
        "BalanceAfter": G(money(5000, 120000)),
    }
    if intl:
        del body["PayerRoutingNumber"]
        body["PayerSwiftBic"] = G(
            pick("BSCHESMMXXX", "DEUTDEFFXXX", "HBUKGB4BXXX", "CAIXESBBXXX", "BNPAFRPPXXX", "ABNANL2A")
        )
    return body


def stripe_body(f: Fake):
    address: dict[str, Any] = {
        "line1": Y(P("street"), "address|street"),
        "city": Y(P("city"), "city"),
        "state": G(P("state")),
        "postal_code": Y(P("zip"), "zipcode"),
        "country": G(P("country")),
    }
    if f.p.line2:
        address["line2"] = Y(P("line2"), "address|street")
    intent = {
        "id": G(lambda f: stripe_id(f, "pi_3P")),
        "object": G(pick("payment_intent")),
        "amount": G(lambda f: f.pick([250000, 750000, 120000, 45000])),
        "currency": G(pick("usd")),
        "customer": G(lambda f: stripe_id(f, "cus_", 14)),
        "payment_method": RED(lambda f: stripe_id(f, "pm_1P"), "token"),
        "receipt_email": Y(P("email"), "email"),
        "status": G(pick("succeeded")),
        "billing_details": {
            "name": Y(P("full"), "name"),
            "address": address,
        },
        "payment_method_details": {
            "type": G(pick("card")),
            "card": {
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(integer(1, 12)),
                "exp_year": G(integer(2025, 2031)),
                "country": G(pick("US", "ES", "GB", "CO")),
                "funding": G(pick("credit", "debit")),
            },
        },
        "metadata": {
            "case_id": G(lambda f: f"2024-{f.r.randint(1, 999):04d}"),
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
        },
    }
    return {
        "id": G(lambda f: stripe_id(f, "evt_3P")),
        "type": G(pick("payment_intent.succeeded")),
        "created": G(lambda f: f.epoch_ms() // 1000),
        "data": {"object": intent},
    }


def ip_identify_body(f: Fake):
    address: dict[str, Any] = {
        "street": Y(P("street"), "address|street"),
        "city": Y(P("city"), "city"),
        "postalCode": Y(P("zip"), "zipcode"),
        "country": G(P("country")),
    }
    if f.p.state:
        address["state"] = G(P("state"))
    return {
        "email": Y(P("email"), "email"),
        "firstName": Y(P("first"), "name"),
        "lastName": Y(P("last"), "name"),
        "phone": Y(P("phone"), "phone"),
        "gender": Y(pick("female", "male", "non-binary", "woman", "man"), "gender"),
        "birthday": Y(P("dob"), "birthdate"),
        "address": address,
        "partnerFirstName": Y(lambda f: other(f).first, "name"),
        "maritalStatus": G(pick("married", "single", "domestic partnership", "engaged")),
        "intendedParentType": Y(
            pick("heterosexual couple", "two dads", "two moms", "single father", "single mother"),
            "sexual orientation",
        ),
        "citizenship": Y(lambda f: NATIONALITY[f.p.country], "citizenship"),
        "userType": G(pick("recipient", "intended_parent")),
        "createdAt": G(iso),
        "preferredLanguage": G(pick("en", "es", "zh", "he", "it", "de")),
    }


TRIPS = [
    ("Kyiv", "Hyatt Regency Kyiv", "UA"),
    ("Kyiv", "Hotel Dnipro", "UA"),
    ("Lviv", "Leopolis Hotel", "UA"),
    ("Bogotá", "Hotel de la Opera", "CO"),
    ("Medellín", "Four Points Medellín", "CO"),
    ("Cali", "Hotel Spiwak", "CO"),
]


def remember_trip(f: Fake):
    f.t = f.pick(TRIPS)
    return f.t


def travel_body(f: Fake):
    return {
        "trip_id": G(lambda f: "TRP-" + f.hexid(8).upper()),
        "traveler_name": Y(P("full"), "name"),
        "passport_number": RED(P("passport"), "passport"),
        "nationality": Y(lambda f: NATIONALITY[f.p.country], "citizenship"),
        "destination_city": G(lambda f: remember_trip(f)[0]),
        "hotel_name": G(lambda f: f.t[1]),
        "pnr": G(lambda f: "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(6))),
        "frequent_flyer_number": G(lambda f: f.digits(9)),
        "driver_phone": Y(lambda f: ua_phone(f) if f.t[2] == "UA" else co_phone(f), "phone"),
    }


EVENTS: list[tuple[str, str | None, list[str], list[str], str | None, int, Any]] = [
    # -- site and app traffic ----------------------------------------------------------------------
    (
        "page",
        None,
        ["web:donors", "web:bank", "web:surrogacy"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        3,
        page_props,
    ),
    (
        "screen",
        None,
        ["swift", "kotlin", "rn", "flutter"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "category": G(pick("application", "screening", "catalogue", "journey")),
            "previous_screen": G(pick("Home", "Profile", "Step 2", "Donor Search")),
            "load_ms": G(integer(80, 2400)),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web:donors", "web:bank"], DONOR_MARKETS, None, 1, {}),
    (
        "group",
        None,
        ["python", "node"],
        ["US", "UA", "CO"],
        None,
        1,
        {
            "name": G(clinic(0)),
            "industry": G(pick("Fertility clinic", "IVF clinic", "Reproductive medicine")),
            "website": G(clinic(6)),
            "createdAt": G(iso),
            "city": G(clinic(1)),
            "country": G(lambda f: f.c[2] if f.c[2] in ("UA", "CO") else "US"),
            "clinic_phone": G(clinic(5)),
            "support_email": G(clinic(7)),
            "medical_director": Y(pick(*PHYSICIANS), "name"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web:donors", "web:bank", "swift", "kotlin"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        2,
        {
            "method": G(pick("email", "google", "apple")),
            "email": Y(P("email"), "email"),
            "account_type": G(pick("donor", "recipient", "surrogate")),
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "password_strength": G(pick("weak", "fair", "strong")),
            "marketing_consent": G(pick(True, False)),
            "terms_version": G(pick("2024-01", "2023-07", "2024-05")),
        },
    ),
    (
        "track",
        "Signed In",
        ["web:bank", "swift", "kotlin", "rn"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        2,
        {
            "method": G(pick("password", "magic_link", "apple", "google")),
            "success": G(pick(True, True, False)),
            "failed_attempts": G(integer(0, 4)),
            "mfa_used": G(pick(True, False)),
            "session_id": G(uuid),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node", "go"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        1,
        {
            "email": Y(P("email"), "email"),
            "reset_link": RED(
                lambda f: f.pick([SITES["bank"][0], SITES["donors"][0]]) + "/reset?token=" + b64ish(f, 43),
                "token",
            ),
            "requested_ip": Y(P("ip"), "ip"),
            "expires_in": G(pick(900, 3600)),
            "smtp_message_id": G(lambda f: f"<{f.hexid(24)}@mail.selenefertility.com>"),
            "delivery_status": G(pick("sent", "delivered", "bounced")),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        1,
        {
            "channel": G(pick("sms", "email", "whatsapp")),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "provider": G(pick("twilio_verify", "sendgrid")),
            "attempt": G(integer(1, 3)),
            "expires_in_sec": G(pick(300, 600)),
            "phone_verified": G(pick(True, False)),
        },
    ),
    # -- donor applications ------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web:donors", "swift", "kotlin"],
        DONOR_MARKETS,
        None,
        3,
        lambda f: {
            **identify_core(["donor"]),
            "donorType": G(lambda f: "egg" if f.p.sex == "F" else "sperm"),
            "applicationStatus": G(pick("started", "submitted", "screening", "approved", "declined")),
            "heightCm": G(lambda f: f.r.randint(152, 180) if f.p.sex == "F" else f.r.randint(170, 196)),
            "ethnicity": Y(pick(*ETHNICITIES), "ethnicity"),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "preferredLanguage": G(pick("en", "uk", "es")),
            "age": G(P("age")),
        },
    ),
    (
        "track",
        "Donor Application Started",
        ["web:donors", "swift", "kotlin", "flutter"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "application_id": G(uuid),
            "donor_type": G(pick("egg", "sperm")),
            "program": G(pick("US", "UA", "CO")),
            "referral_source": G(pick("instagram", "friend", "google", "tiktok", "campus_flyer")),
            "eligibility_age": G(P("age")),
            "eligibility_passed": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Donor Application Submitted",
        ["node"],
        ["US"],
        "F",
        2,
        {
            "application_id": G(uuid),
            "donor_id": G(lambda f: "DN-" + f.digits(6)),
            "applicant": {
                "first_name": Y(P("first"), "name"),
                "last_name": Y(P("last"), "name"),
                "email": Y(P("email"), "email"),
                "mobile": Y(P("phone"), "phone"),
                "date_of_birth": Y(P("dob_us"), "birthdate"),
                "ssn_last4": RED(lambda f: f.p.natid[-4:], "social security number"),
                "address": {
                    "line1": Y(P("street"), "address|street"),
                    "city": Y(P("city"), "city"),
                    "state": G(P("state")),
                    "zip": Y(P("zip"), "zipcode"),
                },
            },
            "physical": {
                "height_in": G(integer(60, 74)),
                "weight_lb": G(integer(105, 175)),
                "eye_color": G(pick(*EYES)),
                "hair_color": G(pick(*HAIR)),
            },
            "education": {
                "highest_degree": G(pick(*DEGREES)),
                "field_of_study": G(pick(*MAJORS)),
                "university": G(pick(*UNIVERSITIES)),
            },
            "ethnicity": Many(Y(pick(*ETHNICITIES), "ethnicity"), 2),
            "religion": Y(pick("Christian", "Catholic", "Jewish", "Muslim", "None", "Buddhist"), "religion"),
            "has_children": G(pick(True, False)),
            "heard_about_us": G(pick("instagram", "friend", "google", "reddit")),
            "submitted_at": G(iso),
        },
    ),
    (
        "track",
        "Medical History Submitted",
        ["web:donors", "swift", "kotlin"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "questionnaire_id": G(uuid),
            "section": G(pick("personal", "family", "reproductive", "mental_health")),
            "conditions": Many(Y(pick(*CONDITIONS, "none reported"), "condition"), 2),
            "medications": Many(
                Y(
                    pick(
                        "sertraline 50 mg", "levothyroxine", "oral contraceptive", "albuterol inhaler", "none"
                    ),
                    "medication",
                ),
                2,
            ),
            "allergies": Many(
                Y(pick("penicillin", "latex", "peanuts", "sulfa drugs", "none known"), "allergy"), 2
            ),
            "surgeries": Many(
                Y(
                    pick("appendectomy", "wisdom teeth extraction", "tonsillectomy", "LEEP", "none"),
                    "procedure",
                ),
                2,
            ),
            "family_history": Many(
                {
                    "relation": G(
                        pick("mother", "father", "maternal grandmother", "paternal uncle", "sister")
                    ),
                    "condition": Y(pick(*FAMILY_CONDITIONS), "condition"),
                    "age_at_onset": G(integer(30, 80)),
                },
                3,
            ),
            "psychiatric_history": Y(pick(True, False), "condition"),
            "phq9_score": Y(integer(0, 19), "diagnosis"),
            "disability_status": RED(
                pick("none", "hearing impairment", "ADHD", "prefer not to say"), "disability"
            ),
            "completion_pct": G(integer(20, 100)),
        },
    ),
    ("track", "Genetic Screening Result Received", ["python"], DONOR_MARKETS, "F", 2, genetic_body),
    (
        "track",
        "Infectious Disease Panel Resulted",
        ["java"],
        DONOR_MARKETS,
        None,
        2,
        {
            "specimen_id": G(lambda f: "SP" + f.digits(9)),
            "collected_at": G(iso),
            "lab": G(pick("Quest Diagnostics", "LabCorp", "Synevo", "Sinlab")),
            "hiv_1_2_ag_ab": Y(pick(*RESULTS), "diagnosis"),
            "hbsag": Y(pick(*RESULTS), "diagnosis"),
            "chlamydia_naat": Y(pick("negative", "negative", "positive", "invalid"), "diagnosis"),
            "cmv_igg": Y(pick("positive", "negative", "equivocal"), "diagnosis"),
            "donor_eligibility": G(pick("eligible", "ineligible", "pending")),
            "ordering_physician": Y(pick(*PHYSICIANS), "name"),
            "ordering_physician_npi": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Donor Photos Uploaded",
        ["swift", "kotlin", "flutter"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "photo_count": G(integer(1, 12)),
            "photo_urls": Many(
                Y(
                    lambda f: (
                        f"https://media.selenefertility.com/donors/{f.hexid(12)}/"
                        f"{f.pick(['adult', 'baby', 'child'])}_{f.r.randint(1, 9)}.jpg"
                    ),
                    "photo",
                ),
                4,
            ),
            "childhood_photo_url": Y(
                lambda f: f"https://media.selenefertility.com/donors/{f.hexid(12)}/baby_1.jpg", "photo"
            ),
            "upload_ms": G(integer(300, 25000)),
            "face_detected": G(pick(True, False)),
            "source": G(pick("camera", "library", "google_photos")),
        },
    ),
    (
        "track",
        "Анкета донора отримана",
        ["php"],
        ["UA"],
        "F",
        2,
        {
            "ім'я": Y(P("first_cyr"), "name"),
            "прізвище": Y(P("last_cyr"), "name"),
            "по_батькові": Y(P("patronymic"), "name"),
            "дата_народження": Y(P("dob_dmy"), "birthdate"),
            "телефон": Y(P("phone"), "phone"),
            "email": Y(P("email"), "email"),
            "місто": Y(P("city_cyr"), "city"),
            "адреса": Y(P("street_cyr"), "address"),
            "область": G(P("state")),
            "рнокпп": RED(P("natid"), "national id"),
            "паспорт": RED(lambda f: ua_passport(f), "passport|national id"),
            "зріст": G(integer(155, 182)),
            "колір_очей": G(pick("карі", "блакитні", "зелені", "сірі")),
            "колір_волосся": G(pick("русяве", "темне", "світле", "руде")),
            "група_крові": Y(
                pick("I(0) Rh+", "II(A) Rh+", "III(B) Rh-", "IV(AB) Rh+", "II(A) Rh-"), "condition|diagnosis"
            ),
            "освіта": G(pick("вища", "середня спеціальна", "неповна вища")),
            "сімейний_стан": G(pick("заміжня", "неодружена", "розлучена")),
            "кількість_дітей": G(integer(0, 3)),
            "статус": G(pick("нова", "на перевірці", "схвалена", "відхилена")),
            "коментар": G(
                pick("Передзвонити після 18:00", "Документи надіслано", "Чекаємо аналізи", "Повторна донорка")
            ),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ["UA"],
        "F",
        2,
        {
            "email": Y(P("email"), "email"),
            "imia": Y(P("first"), "name"),
            "prizvyshche": Y(P("last"), "name"),
            "po_batkovi": Y(lambda f: translit(f.p.patronymic), "name"),
            "telefon": Y(P("phone"), "phone"),
            "data_narodzhennia": Y(P("dob"), "birthdate"),
            "misto": Y(P("city"), "city"),
            "oblast": G(lambda f: translit(f.p.state)),
            "adresa": Y(P("street"), "address"),
            "rnokpp": RED(P("natid"), "national id"),
            "typ_korystuvacha": G(pick("donorka", "surohatna_maty", "patsiientka")),
            "createdAt": G(iso),
        },
    ),
    (
        "track",
        "Solicitud Donante Recibida",
        ["ruby"],
        ["CO"],
        "F",
        2,
        {
            "nombres": Y(P("first"), "name"),
            "apellidos": Y(P("last"), "name"),
            "tipo_documento": G(pick("CC", "CE", "PPT")),
            "numero_documento": RED(P("natid"), "national id"),
            "fecha_nacimiento": Y(P("dob_slash"), "birthdate"),
            "celular": Y(P("phone"), "phone"),
            "correo": Y(P("email"), "email"),
            "direccion": Y(lambda f: f"{f.p.street} {f.p.line2}", "address|street"),
            "barrio": Y(
                pick(
                    "Chapinero Alto",
                    "El Poblado",
                    "Laureles",
                    "Ciudad Jardín",
                    "Cabecera del Llano",
                    "Bocagrande",
                ),
                "address",
            ),
            "ciudad": Y(P("city"), "city"),
            "departamento": G(P("state")),
            "eps": G(pick("Sura", "Sanitas", "Compensar", "Nueva EPS", "Salud Total")),
            "grupo_sanguineo": Y(pick(*BLOOD), "condition|diagnosis"),
            "estado_civil": G(pick("soltera", "casada", "unión libre")),
            "hijos": G(integer(0, 3)),
            "estrato": G(integer(1, 6)),
            "acepta_tratamiento_datos": G(pick(True, True, False)),
            "observaciones": G(
                pick(
                    "Llamar en la tarde",
                    "Pendiente examen de sangre",
                    "Viene referida por otra donante",
                    "Sin observaciones",
                )
            ),
        },
    ),
    (
        "track",
        "Semen Analysis Completed",
        ["go"],
        ["US", "US", "CO"],
        "M",
        2,
        {
            "sample_id": G(lambda f: "SA-" + f.digits(7)),
            "donor_id": G(lambda f: donor_code(f)),
            "collected_at": G(iso),
            "volume_ml": Y(lambda f: round(f.r.uniform(1.2, 5.5), 1), "diagnosis"),
            "concentration_m_per_ml": Y(integer(12, 180), "diagnosis"),
            "total_motility_pct": Y(integer(30, 80), "diagnosis"),
            "vials_produced": G(integer(0, 12)),
            "meets_bank_criteria": G(pick(True, False)),
        },
    ),
    # -- payouts -------------------------------------------------------------------------------------
    (
        "track",
        "Donor Compensation Paid",
        ["csharp"],
        ["US"],
        None,
        2,
        {
            "PaymentId": G(lambda f: "PAY-" + f.digits(8)),
            "DonorId": G(lambda f: "DN-" + f.digits(6)),
            "CompensationAmount": Y(
                lambda f: f.pick([500.0, 1000.0, 8000.0, 10000.0, 12000.0, 150.0]), "salary"
            ),
            "Currency": G(pick("USD")),
            "TaxpayerId": RED(P("natid"), "social security number"),
            "Milestone": G(pick("screening_complete", "retrieval", "donation_visit", "travel_stipend")),
            "BankName": G(pick("Chase", "Wells Fargo", "Navy Federal", "Chime")),
            "RoutingNumber": G(routing),
            "BankAccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "AccountHolderName": Y(P("full"), "name"),
            "W9OnFile": G(pick(True, False)),
            "PaidAtUtc": G(iso),
            "ApprovedBy": Y(staff_email, "email", True),
        },
    ),
    (
        "track",
        "Pago a Donante",
        ["php"],
        ["CO"],
        None,
        2,
        {
            "id_donante": G(lambda f: "CO-" + f.digits(5)),
            "valor_compensacion": Y(lambda f: f.pick([1800000, 2500000, 3200000, 450000]), "salary"),
            "moneda": G(pick("COP")),
            "banco": G(pick("Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi", "BBVA Colombia")),
            "numero_cuenta": RED(
                lambda f: (
                    f"{f.digits(3)}-{f.digits(6)}-{f.digits(2)}" if f.r.random() < 0.5 else f.digits(11)
                ),
                "bank account",
            ),
            "titular": Y(P("full"), "name"),
            "cedula_titular": RED(P("natid"), "national id"),
            "concepto": G(pick("compensación por donación", "reembolso transporte", "compensación ciclo 2")),
        },
    ),
    ("track", "Donor Payout Created", ["node"], ["UA"], "F", 2, ua_payout_body),
    (
        "identify",
        None,
        ["python"],
        ["US", "US", "UA", "CO"],
        None,
        2,
        {
            "DONOR_ID": G(lambda f: "DN-" + f.digits(6)),
            "FIRST_NAME": Y(P("first"), "name"),
            "EMAIL_ADDRESS": Y(P("email"), "email"),
            "PHONE_NUMBER": Y(P("phone"), "phone"),
            "HOME_STATE": G(P("state")),
            "DONOR_TYPE": G(pick("EGG", "SPERM")),
            "LIFETIME_DONATIONS": G(integer(0, 40)),
            "LIFETIME_COMPENSATION_USD": Y(lambda f: f.pick([0, 1500, 8000, 21000, 33500, 4200]), "salary"),
            "IS_ACTIVE": G(pick(True, False)),
            "MARKET": G(P("country")),
            "ETHNICITY": Y(pick(*ETHNICITIES), "ethnicity"),
            "CREATED_AT": G(iso),
        },
    ),
    # -- recipients: catalogue, search, reservations -------------------------------------------------
    (
        "identify",
        None,
        ["web:bank", "swift"],
        IP_MARKETS,
        None,
        2,
        ip_identify_body,
    ),
    (
        "track",
        "Products Searched",
        ["web:bank", "swift", "kotlin"],
        IP_MARKETS,
        None,
        3,
        {
            "query": G(
                pick(
                    "tall blue eyes engineer",
                    "ukrainian ancestry",
                    "cmv negative o+",
                    "asian donor phd",
                    "curly hair musician",
                    "",
                )
            ),
            "filters": {
                "donor_type": G(pick("sperm", "egg")),
                "ethnicity": Many(G(pick(*ETHNICITIES)), 2),
                "eye_color": Many(G(pick(*EYES)), 2),
                "min_height_cm": G(pick(160, 170, 178, 183)),
                "blood_type": G(pick(*BLOOD)),
                "cmv_negative_only": G(pick(True, False)),
            },
            "results_count": G(integer(0, 240)),
            "sort": G(pick("newest", "most_popular", "height_desc")),
            "page": G(integer(1, 8)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web:bank", "swift"],
        IP_MARKETS,
        None,
        2,
        {
            "list_id": G(pick("search_results", "new_donors", "staff_picks", "favorites")),
            "category": G(pick("Sperm Donors", "Egg Donors")),
            "products": Many(
                {
                    "product_id": G(lambda f: str(f.r.randint(1000, 9999))),
                    "sku": G(donor_code),
                    "name": G(lambda f: f.pick(PSEUDONYMS)),
                    "price": G(lambda f: f.pick([1195.0, 1395.0, 18500.0])),
                    "position": G(integer(1, 24)),
                    "category": G(pick("Sperm Donors", "Egg Donors")),
                    "eye_color": G(pick(*EYES)),
                    "cmv_status": Y(pick("negative", "positive"), "diagnosis"),
                },
                6,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web:bank", "swift", "kotlin"],
        IP_MARKETS,
        None,
        3,
        {
            "product_id": G(lambda f: str(f.r.randint(1000, 9999))),
            "sku": G(donor_code),
            "name": G(lambda f: f.pick(PSEUDONYMS)),
            "price": G(lambda f: f.pick([1195.0, 1395.0, 1595.0, 18500.0])),
            "currency": G(pick("USD")),
            "category": G(pick("Sperm Donors", "Egg Donors")),
            "ancestry": Many(Y(pick(*ANCESTRY), "ethnicity"), 3),
            "height_cm": G(integer(160, 196)),
            "eye_color": G(pick(*EYES)),
            "hair_color": G(pick(*HAIR)),
            "education": G(pick(*DEGREES)),
            "occupation": G(pick(*OCCUPATIONS)),
            "blood_type": Y(pick(*BLOOD), "condition|diagnosis"),
            "cmv_status": Y(pick("negative", "positive"), "diagnosis"),
            "id_release": G(pick("open", "anonymous")),
            "has_baby_photos": G(pick(True, False)),
            "reported_pregnancies": G(integer(0, 14)),
            "image_url": Y(
                lambda f: (
                    f"https://media.selenefertility.com/donors/{f.hexid(12)}/adult_{f.r.randint(1, 4)}.jpg"
                ),
                "photo",
            ),
        },
    ),
    (
        "track",
        "Donor Favorited",
        ["web:bank", "swift"],
        IP_MARKETS,
        None,
        2,
        {
            "donor_id": G(donor_code),
            "list_name": G(pick("Top picks", "Maybe", "Ask partner", "Favoritos")),
            "favorites_count": G(integer(1, 40)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web:bank"],
        IP_MARKETS,
        None,
        2,
        {"cart_id": G(uuid), **vial_product(), "currency": G(pick("USD"))},
    ),
    (
        "track",
        "Checkout Started",
        ["web:bank"],
        IP_MARKETS,
        None,
        2,
        {
            "order_id": G(lambda f: "SB-" + f.digits(7)),
            "revenue": G(money(1195, 6000)),
            "tax": G(money(0, 300)),
            "shipping": G(pick(295.0, 350.0, 425.0)),
            "currency": G(pick("USD")),
            "coupon": G(pick("", "SIBLING10", "WELCOME250")),
            "clinic_name": G(clinic(0)),
            "products": Many(vial_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web:bank"],
        ["US", "US", "CO"],
        None,
        2,
        {
            "checkout_id": G(uuid),
            "card_brand": G(lambda f: remember_card(f)[0]),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(integer(1, 12)),
            "card_exp_year": G(integer(2025, 2031)),
            "card_bin": G(lambda f: f.k[1]),
            "billing_address": {
                "name": Y(P("full"), "name"),
                "line1": Y(P("street"), "address|street"),
                "city": Y(P("city"), "city"),
                "state": G(P("state")),
                "postal_code": Y(P("zip"), "zipcode"),
                "country": G(P("country")),
            },
        },
    ),
    ("track", "Order Completed", ["node"], ["US", "US", "INTL"], None, 2, order_body),
    (
        "track",
        "Reservation Created",
        ["python"],
        IP_MARKETS,
        None,
        2,
        {
            "reservation_id": G(lambda f: "RSV-" + f.digits(6)),
            "donor_id": G(donor_code),
            "cycle_type": G(pick("fresh", "frozen", "split")),
            "eggs_reserved": G(pick(6, 8, 12)),
            "deposit": G(pick(2500.0, 5000.0, 1000.0)),
            "currency": G(pick("USD")),
            "intended_parent": {
                "full_name": Y(P("full"), "name"),
                "email": Y(P("email"), "email"),
                "country": G(P("country")),
            },
            "ivf_clinic": {
                "name": G(clinic(0)),
                "city": G(clinic(1)),
                "coordinator_email": Y(
                    lambda f: (
                        f"{ascii_fold(other(f).first.split()[0]).lower()}.{f.pick('rkmsl')}@{f.c[7].split('@')[1]}"
                    ),
                    "email",
                ),
            },
        },
    ),
    (
        "track",
        "Donor Match Requested",
        ["web:bank", "web:surrogacy"],
        ["US", "INTL", "CO", "UA"],
        None,
        2,
        {
            "donor_id": G(donor_code),
            "message": Y(match_message, "phone", True),
            "contact_preference": G(pick("call", "text", "email", "whatsapp")),
            "urgency": G(pick("this_month", "next_3_months", "just_browsing")),
        },
    ),
    (
        "track",
        "Sibling Registry Joined",
        ["web:bank"],
        ["US", "INTL"],
        None,
        1,
        {
            "registry_id": G(lambda f: "SR-" + f.digits(5)),
            "donor_code": G(donor_code),
            "child_first_name": Y(
                lambda f: f.pick(["Ava", "Leo", "Mila", "Noah", "Isla", "Mateo", "Yuna", "Eli"]), "name"
            ),
            "child_birth_year": Y(integer(2012, 2023), "birthdate"),
            "child_sex": Y(pick("female", "male", "F", "M"), "sex"),
            "contact_preference": G(pick("email_via_registry", "no_contact", "open")),
            "consent_to_share_email": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Financing Prequalified",
        ["node"],
        ["US"],
        None,
        1,
        {
            "application_id": G(uuid),
            "lender": G(pick("Future Family", "CapexMD", "Prosper Healthcare Lending")),
            "amount_requested": G(lambda f: f.pick([15000, 25000, 40000, 80000])),
            "apr": G(lambda f: round(f.r.uniform(5.9, 24.9), 2)),
            "term_months": G(pick(36, 60, 84)),
            "credit_score": Y(integer(580, 820), "credit score"),
            "annual_income": Y(lambda f: f.r.randint(45, 320) * 1000, "salary"),
            "employer": G(pick("Dell Technologies", "Kaiser Permanente", "Self-employed", "H-E-B", "Amazon")),
            "job_title": G(pick(*OCCUPATIONS, "Product manager")),
            "decision": G(pick("approved", "declined", "manual_review")),
        },
    ),
    # -- marketing and forms -------------------------------------------------------------------------
    ("track", "Lead Captured", ["web:donors", "web:surrogacy"], ["US", "US", "CO", "UA"], "F", 3, lead_body),
    (
        "track",
        "Email Capture Submitted",
        ["web:donors", "web:bank", "web:surrogacy"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        2,
        {
            "value": Y(P("email"), "email", True),
            "placement": G(pick("footer", "exit_intent", "blog_sidebar")),
            "list": G(pick("newsletter", "donor_updates", "ip_guide")),
        },
    ),
    (
        "track",
        "Phone Number Entered",
        ["web:donors", "swift", "kotlin", "flutter"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "form_id": G(pick("donor_application", "callback_request", "surrogate_quiz")),
            "input": Y(P("phone"), "phone", True),
            "dial_code": G(lambda f: {"US": "+1", "UA": "+380", "CO": "+57"}[f.p.market]),
            "is_valid": G(pick(True, True, False)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin", "web:donors"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "referral_id": G(lambda f: "REF-" + f.hexid(8)),
            "friend_name": Y(new_other("full", "same", "F"), "name"),
            "friend_email": Y(same_other("email"), "email"),
            "friend_phone": Y(same_other("phone"), "phone"),
            "channel": G(pick("sms", "email", "link_copy", "whatsapp")),
            "reward_amount": G(pick(250, 500, 100)),
        },
    ),
    (
        "track",
        "Consultation Booked",
        ["node"],
        [*IP_MARKETS, "CO"],
        None,
        2,
        {
            "event": {
                "uuid": G(uuid),
                "name": G(
                    pick("Intended Parent Consultation", "Egg Donor Intro Call", "Surrogacy 101 (Español)")
                ),
                "start_time": G(iso),
            },
            "invitee": {
                "name": Y(P("full"), "name"),
                "email": Y(P("email"), "email"),
                "timezone": G(P("tz")),
                "rescheduled": G(pick(False, True)),
            },
            "questions_and_answers": Many(
                {
                    "question": G(pick("Best phone number to reach you?")),
                    "answer": Y(P("phone"), "phone", True),
                },
                1,
            ),
            "tracking": {
                "utm_source": G(pick("google", "facebook", "podcast")),
                "utm_campaign": G(pick("ip_webinar", "brand", "es_latam")),
            },
        },
    ),
    # -- staff tools, support, messaging ------------------------------------------------------------
    (
        "track",
        "CRM Search Performed",
        ["web:crm"],
        ["US", "UA", "CO"],
        None,
        2,
        {
            "q": Y(lambda f: other(f).full, "name", True),
            "scope": G(pick("donors", "surrogates", "intended_parents", "all")),
            "results": G(integer(0, 12)),
        },
    ),
    (
        "track",
        "Case Note Added",
        ["python"],
        ["US", "UA", "CO"],
        None,
        2,
        {
            "case_id": G(lambda f: f"2024-{f.r.randint(1, 999):04d}"),
            "note": Y(case_note, "name", True),
            "author_id": G(lambda f: "stf_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        DONOR_MARKETS + IP_MARKETS,
        None,
        2,
        {
            "ticket": {
                "id": G(integer(10000, 99999)),
                "subject": G(
                    pick("Login problem", "Contract question", "Invoice duplicated", "Cambio de correo")
                ),
                "description": Y(ticket_description, "email", True),
                "tags": Many(G(pick("billing", "account", "legal", "es", "donor")), 3),
            },
            "requester": {"name": Y(P("full"), "name"), "email": Y(P("email"), "email")},
            "assignee": {"name": Y(staff_name, "name")},
        },
    ),
    (
        "track",
        "Conversation Started",
        ["swift", "kotlin", "rn"],
        ["US", "US", "CO"],
        "F",
        2,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(pick("in_app", "messenger")),
            "text": Y(chat_opening, "name", True),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["go"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "appointment_id": G(lambda f: "APT-" + f.digits(7)),
            "to": Y(P("phone"), "phone", True),
            "from": G(
                lambda f: {
                    "US": f.pick(["+15125550199", "74121"]),
                    "UA": "+380443334455",
                    "CO": "+576017420900",
                }[f.p.market]
            ),
            "template": G(pick("monitoring_reminder", "psych_eval_reminder", "retrieval_prep")),
            "body": Y(reminder_body, "name", True),
            "provider_status": G(pick("queued", "sent", "delivered", "undelivered")),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        ["python"],
        ["US"],
        None,
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+1" + "".join(c for c in f.p.phone if c.isdigit())[-10:], "phone", True),
            "To": G(pick("+15125550199", "+18885550142")),
            "Body": G(
                pick(
                    "Yes",
                    "Running 10 min late",
                    "Confirmed for tomorrow",
                    "STOP",
                    "Can we move it to Thursday?",
                )
            ),
            "FromCity": Y(lambda f: f.p.city.upper(), "city"),
            "FromState": G(P("state")),
            "FromZip": Y(P("zip"), "zipcode"),
            "FromCountry": G(pick("US")),
        },
    ),
    (
        "track",
        "Lab Webhook Received",
        ["go"],
        DONOR_MARKETS,
        None,
        1,
        {
            "provider": G(pick("invitae", "quest", "natera")),
            "event_type": G(pick("result.final", "result.amended", "order.received")),
            "headers": {
                "x-api-key": RED(lambda f: "lab_live_" + b64ish(f, 32), "secret"),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-request-id": G(uuid),
                "user-agent": G(pick("Invitae-Webhooks/2.1", "Quest-Notify/1.4", "Natera-Hooks/3.0")),
            },
            "signature": G(lambda f: hashlib.sha256(f.hexid(16).encode()).hexdigest()),
            "received_at": G(iso),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["web:careers"],
        ["US", "US", "CO", "UA"],
        None,
        1,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(4)),
            "job_title": G(
                pick(
                    "Donor Coordinator", "Case Manager (Bilingual)", "Nurse Coordinator", "Escrow Specialist"
                )
            ),
            "location": G(pick("Austin, TX", "Remote - US", "Kyiv", "Bogotá")),
            "candidate": {
                "first_name": Y(P("first"), "name"),
                "email": Y(P("email"), "email"),
            },
            "work_authorization": RED(
                pick("US citizen", "Green card holder", "H-1B (requires transfer)", "Requires sponsorship"),
                "visa",
            ),
            "requires_sponsorship": RED(pick(True, False), "visa"),
            "expected_salary": Y(lambda f: f.pick([52000, 58000, 65000, 72000, 80000]), "salary"),
            "years_experience": G(integer(0, 15)),
            "languages": Many(G(pick("English", "Spanish", "Ukrainian", "Russian")), 3),
            "is_veteran": RED(pick(True, False, "decline"), "veteran"),
            "gender": Y(pick("Female", "Male", "Non-binary", "Decline to self-identify"), "gender"),
            "race": Y(
                pick(
                    "Hispanic or Latino", "White", "Black or African American", "Asian", "Two or more races"
                ),
                "race",
            ),
            "disability_status": RED(
                pick("none", "hearing impairment", "ADHD", "prefer not to say"), "disability"
            ),
        },
    ),
    # -- IVF clinic coordination ---------------------------------------------------------------------
    (
        "track",
        "Cycle Scheduled",
        ["java"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "cycle_id": G(lambda f: "CYC-" + f.digits(6)),
            "clinic_id": G(lambda f: "clinic_" + f.digits(4)),
            "clinic_name": G(clinic(0)),
            "donor_id": G(donor_code),
            "recipient_id": G(uid),
            "cycle_type": G(pick("fresh", "frozen", "split")),
            "protocol": G(pick("antagonist", "long lupron", "microdose flare")),
            "stim_start_date": G(lambda f: remember(f, day(f))),
            "retrieval_date": G(lambda f: later(f, 10, 14)),
            "stim_medications": Many(
                Y(
                    pick(
                        "Gonal-F 225 IU",
                        "Menopur 75 IU",
                        "Ganirelix 250 mcg",
                        "Lupron trigger 40 units",
                        "Ovidrel 250 mcg",
                        "Cetrotide 0.25 mg",
                    ),
                    "medication",
                ),
                4,
            ),
            "clinic_address": G(lambda f: f"{f.c[3]}, {f.c[1]}"),
            "clinic_phone": G(clinic(5)),
        },
    ),
    (
        "track",
        "Monitoring Visit Recorded",
        ["java", "go"],
        DONOR_MARKETS,
        "F",
        2,
        {
            "visit_id": G(lambda f: "MV-" + f.digits(7)),
            "cycle_id": G(lambda f: "CYC-" + f.digits(6)),
            "cycle_day": G(integer(2, 13)),
            "estradiol_pg_ml": Y(integer(80, 4200), "diagnosis"),
            "endometrial_lining_mm": Y(lambda f: round(f.r.uniform(5, 13), 1), "diagnosis"),
            "next_visit_at": G(iso),
            "nurse": Y(lambda f: other(f).full, "name"),
            "visit_location": G(clinic(0)),
        },
    ),
    (
        "track",
        "EMR Patient Updated",
        ["csharp"],
        [*IP_MARKETS, "US"],
        None,
        2,
        {
            "PatientId": G(uuid),
            "Mrn": RED(lambda f: f.digits(8), "health id"),
            "FirstName": Y(P("first"), "name"),
            "LastName": Y(P("last"), "name"),
            "Dob": Y(P("dob"), "birthdate"),
            "PrimaryDiagnosis": Y(
                pick(
                    "Diminished ovarian reserve",
                    "Male factor infertility",
                    "Recurrent pregnancy loss",
                    "Unexplained infertility",
                    "Uterine factor",
                ),
                "diagnosis",
            ),
            "Icd10Code": Y(pick("N97.9", "N46.9", "N96", "E28.310", "N97.2"), "diagnosis"),
            "InsuranceCarrier": G(pick("Aetna", "Cigna", "UnitedHealthcare", "Self-pay", "Progyny")),
            "InsuranceMemberId": Y(
                lambda f: f.pick([f"W{f.digits(9)}", f"XGH{f.digits(9)}", f.digits(9)]), "identification"
            ),
            "GroupNumber": G(lambda f: f.digits(6)),
            "ReferringPhysician": Y(pick(*PHYSICIANS), "name"),
        },
    ),
    # -- surrogacy -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["rn", "flutter", "web:surrogacy"],
        ["US", "US", "CO", "UA"],
        "F",
        2,
        lambda f: {
            **identify_core(["surrogate"]),
            "bmi": Y(lambda f: round(f.r.uniform(19, 32), 1), "condition|diagnosis"),
            "heightCm": G(integer(152, 180)),
            "deliveries": Y(integer(1, 4), "condition"),
            "cSections": Y(integer(0, 2), "procedure"),
            "maritalStatus": G(pick("married", "single", "partnered", "divorced")),
            "partnerName": Y(lambda f: other(f, f.p.market, "M").full, "name"),
            "insuranceProvider": G(pick("Blue Cross Blue Shield", "Aetna", "Medicaid", "Sura", "none")),
            "applicationStatus": G(pick("submitted", "records_review", "matched", "pregnant", "delivered")),
            "age": G(P("age")),
        },
    ),
    (
        "track",
        "Surrogate Application Submitted",
        ["web:surrogacy", "rn"],
        ["US", "US", "CO"],
        "F",
        2,
        {
            "application_id": G(uuid),
            "state": G(P("state")),
            "age": G(P("age")),
            "bmi": Y(lambda f: round(f.r.uniform(19, 32), 1), "condition|diagnosis"),
            "deliveries": Y(integer(1, 4), "condition"),
            "c_sections": Y(integer(0, 2), "procedure"),
            "pregnancy_complications": Many(
                Y(
                    pick("none", "preeclampsia", "gestational diabetes", "preterm labor", "placenta previa"),
                    "condition",
                ),
                2,
            ),
            "on_antidepressants": Y(pick(True, False), "medication"),
            "covid_vaccinated": Y(pick(True, False), "condition"),
            "drivers_license_number": Y(
                lambda f: f.pick([f"{f.r.choice('ABCDW')}{f.digits(7)}", f.digits(8), f"{f.digits(9)}"]),
                "license",
            ),
            "insurance": {
                "carrier": G(pick("Blue Cross Blue Shield", "Aetna", "Ambetter", "Sura")),
                "policy_number": Y(
                    lambda f: f.pick([f"XGH{f.digits(9)}", f"U{f.digits(8)}", f.digits(11)]), "identification"
                ),
                "plan_type": G(pick("PPO", "HMO", "EPO")),
            },
            "support_person": {
                "name": Y(lambda f: other(f, f.p.market).full, "name"),
                "relationship": G(pick("husband", "mother", "sister", "partner", "friend")),
            },
            "receives_government_assistance": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Match Proposed",
        ["ruby"],
        ["US", "CO", "UA"],
        "F",
        2,
        {
            "match_id": G(lambda f: "M-" + f.digits(5)),
            "surrogate_id": G(uid),
            "intended_parents_id": G(uid),
            "coordinator": Y(staff_name, "name"),
            "ip_profile": {
                "family_type": Y(
                    pick("heterosexual couple", "two dads", "two moms", "single father", "single mother"),
                    "sexual orientation",
                ),
                "country": G(pick("ES", "IL", "CN", "IT", "US", "GB", "DE")),
                "citizenship": Y(
                    pick("Spanish", "Israeli", "Chinese", "Italian", "American", "British"), "citizenship"
                ),
                "languages": Many(G(pick("English", "Spanish", "Hebrew", "Mandarin", "Italian")), 2),
            },
            "compatibility_score": G(lambda f: round(f.r.uniform(0.4, 0.98), 2)),
        },
    ),
    (
        "track",
        "Match Meeting Scheduled",
        ["node"],
        IP_MARKETS,
        None,
        1,
        {
            "meeting_id": G(lambda f: f.digits(11)),
            "match_id": G(lambda f: "M-" + f.digits(5)),
            "scheduled_for": G(iso),
            "duration_min": G(pick(30, 45, 60)),
            "interpreter_language": G(pick("uk", "es", "zh", "he", "none")),
            "attendees": Many(
                {
                    "name": Y(lambda f: other(f).full, "name"),
                    "role": G(pick("surrogate", "intended_parent", "coordinator", "interpreter")),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Home Visit Completed",
        ["ruby"],
        ["US", "CO"],
        "F",
        1,
        {
            "visit_id": G(lambda f: "HV-" + f.digits(5)),
            "surrogate_id": G(uid),
            "social_worker": Y(lambda f: other(f).full, "name"),
            "pets": Many(
                {
                    "name": G(pick("Luna", "Max", "Coco", "Bella", "Toby", "Canela", "Rocky")),
                    "species": G(pick("dog", "cat", "rabbit")),
                    "vaccinated": G(pick(True, False)),
                },
                3,
            ),
            "home_type": G(pick("house", "apartment", "townhouse")),
            "smoke_free_home": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Medication Logged",
        ["rn", "flutter"],
        ["US", "CO", "UA"],
        "F",
        2,
        {
            "medication_name": Y(lambda f: remember_med(f)[0], "medication"),
            "dose": G(lambda f: f.m[1]),
            "route": G(lambda f: f.m[2]),
            "rx_number": Y(lambda f: f.pick(["RX", "Rx#", ""]) + f.digits(7), "medication"),
            "logged_at": G(iso),
            "reminder_enabled": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Symptom Reported",
        ["rn"],
        ["US", "CO"],
        "F",
        1,
        {
            "symptoms": Many(
                Y(pick("nausea", "spotting", "headache", "cramping", "swelling", "fatigue"), "condition"), 3
            ),
            "gestational_week": Y(integer(5, 39), "condition"),
            "reported_at": G(iso),
            "contacted_nurse": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Pregnancy Test Result Recorded",
        ["java"],
        ["US", "UA", "CO"],
        "F",
        1,
        {
            "cycle_id": G(lambda f: "CYC-" + f.digits(6)),
            "surrogate_id": G(uid),
            "test_date": G(lambda f: remember(f, day(f))),
            "beta_hcg_miu_ml": Y(lambda f: f.pick([0.4, 2.0, 48.0, 126.0, 311.0, 640.0]), "diagnosis"),
            "result": Y(pick("positive", "negative", "borderline"), "condition"),
            "repeat_test_due": G(lambda f: later(f, 2, 7)),
            "heartbeat_confirmed": Y(pick(True, False), "condition"),
        },
    ),
    # -- legal and escrow ----------------------------------------------------------------------------
    ("track", "Escrow Account Funded", ["csharp"], IP_MARKETS, None, 2, escrow_body),
    ("track", "Invoice Paid", ["node"], ["US", "US", "CO"], None, 2, stripe_body),
    (
        "track",
        "Envelope Completed",
        ["node"],
        IP_MARKETS,
        None,
        2,
        {
            "envelopeId": G(uuid),
            "status": G(pick("completed")),
            "emailSubject": G(
                lambda f: (
                    f"Please DocuSign: {f.pick(['Gestational Carrier Agreement', 'Egg Donor Agreement'])}"
                    f" - Case 2024-{f.r.randint(1, 999):04d}"
                )
            ),
            "completedDateTime": G(iso),
            "documentsCount": G(integer(1, 5)),
            "sender": {"userName": Y(staff_name, "name"), "email": Y(staff_email, "email")},
            "signers": Many(
                {
                    "name": Y(new_other("full"), "name"),
                    "email": Y(same_other("email"), "email"),
                    "roleName": G(pick("Surrogate", "Intended Parent 1", "Intended Parent 2", "Attorney")),
                    "signedDateTime": G(iso),
                    "ipAddress": Y(lambda f: ip_for(f, f.pick(["US", "UA", "CO", "INTL"])), "ip"),
                    "routingOrder": G(pick("1", "2", "3")),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Pre-Birth Order Filed",
        ["ruby"],
        IP_MARKETS,
        None,
        1,
        {
            "case_id": G(lambda f: f"2024-{f.r.randint(1, 999):04d}"),
            "court": G(lambda f: remember_court(f)[0]),
            "state": G(lambda f: f.court[1]),
            "filing_date": G(lambda f: remember(f, day(f))),
            "expected_due_date": Y(lambda f: later(f, 60, 150), "condition"),
            "intended_parents": Many(
                {
                    "full_name": Y(lambda f: other(f).full, "name"),
                    "relationship": G(pick("father", "mother", "parent")),
                },
                2,
            ),
            "surrogate_name": Y(lambda f: other(f, "US", "F").full, "name"),
            "status": G(pick("filed", "granted", "hearing_set")),
        },
    ),
    (
        "track",
        "Exit Documents Issued",
        ["python"],
        ["INTL"],
        None,
        1,
        {
            "case_id": G(lambda f: f"UA-2024-{f.r.randint(1, 999):04d}"),
            "child_name": Y(
                lambda f: f"{f.pick(['Sofía', 'Daniel', 'Noa', 'Leo', 'Emma', 'Mateo', 'Mei'])} {f.p.last}",
                "name",
            ),
            "child_birth_date": Y(
                lambda f: f"2024-{f.r.randint(1, 11):02d}-{f.r.randint(1, 28):02d}", "birthdate"
            ),
            "child_passport_number": RED(lambda f: passport_for(f, f.p.country), "passport"),
            "child_passport_country": G(P("country")),
            "embassy": G(lambda f: f"Embassy of {f.p.country} in {f.pick(['Kyiv', 'Bogotá', 'Warsaw'])}"),
            "dna_test_completed": G(pick(True, False)),
            "parents_citizenship": Y(lambda f: NATIONALITY[f.p.country], "citizenship"),
        },
    ),
    (
        "track",
        "Proceso Notarial Actualizado",
        ["php"],
        ["CO"],
        "F",
        1,
        {
            "radicado": G(lambda f: f"2024-{f.digits(6)}"),
            "notaria": G(pick("Notaría 20 de Bogotá", "Notaría 15 de Medellín", "Notaría 4 de Cali")),
            "nombre_gestante": Y(P("full"), "name"),
            "cedula_gestante": RED(P("natid"), "national id"),
            "padres_intencion": Many(
                {
                    "nombre": Y(lambda f: other(f, "INTL").full, "name"),
                    "pasaporte": RED(
                        lambda f: passport_for(f, f.pick(["ES", "IL", "IT", "CN", "US"])), "passport"
                    ),
                    "nacionalidad": Y(
                        pick("española", "israelí", "italiana", "china", "estadounidense"), "citizenship"
                    ),
                },
                2,
            ),
            "fecha_audiencia": G(day),
            "estado": G(pick("radicado", "en revisión", "escritura firmada")),
        },
    ),
    ("track", "Trip Booked", ["python"], ["INTL"], None, 1, travel_body),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, markets, sex, weight, body in EVENTS:
            for _ in range(weight):
                market = f.pick(markets)
                age = (19, 39) if sex == "M" else (21, 40) if sex == "F" else (24, 52)
                f.p = Person(f, market, sex, age)
                f.s = f.pick(STAFF)
                f.c = f.pick(CLINICS)
                client = f.pick(clients)
                user_id = uid(f)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": user_id,
                }
                if event:
                    msg["event"] = event
                if kind in ("page", "screen"):
                    msg["name"] = f.pick(["Donor Search", "Application", "Home", "Compensation", "Journey"])
                if kind == "group":
                    msg["groupId"] = "clinic_" + f.digits(4)
                if kind == "alias":
                    msg["previousId"] = f.uuid()
                template = body(f) if callable(body) else body
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(template, f, section, labels)
                msg["context"] = render(make_context(f, client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=316, repeats=14)
    write(Path(__file__).parent, "holdout316_", events, labels)
